"""Blind development set d69 for the PHI scanner: tests/data/phi_dev69.jsonl.

Organisation: Merrimack and Harbor Health (phi_dev69_org.json), a two-campus system in
Lowell (310 Pawtucket Boulevard; units 6 West, 7 North, 7 South, NICU; Family Health Center
at 52 Jackson Street) and Boston (1 Harbor Point Way, Dorchester; 5 Harbor, 4 Ellis, Birth
Center). Its eight 555-01xx numbers, three addresses and ZIPs, two domains and four handles
are never PHI.
Focus: Cambodian, Dominican, Cape Verdean, Irish and Brazilian families of the Merrimack
Valley and Boston: Khmer names (surname first) and nicknames, Khmer kinship honorifics,
Kriolu nicknames and the honorific "Nha", Dominican double surnames and diminutives,
Brazilian/Portuguese names; mill-town history, the Marathon, snowstorms, triple-deckers,
Red Sox and Bruins.
Hard cases: names that are words or places (Hope, Winter, Boston, Lynn, Chelsea, Santiago,
Lowell, Milagros, Bienvenido, Grace, Sunny, Bay, Faith and Joy), with the same words used as
words, places or idioms beside them; names only in hashtags (#TeamDjodjo, #TeamNENE, pun
hashtags); lower-case and ALL-CAPS names; chart-style "LAST, FIRST M."; initials (Mr. T.,
C.S., the R. family); quoted nicknames inside full names; hyphenated and double surnames;
relatives, roommates, donors and a nurse who are a patient's family; staff, volunteers and
public figures who are patients; patients' employers; dates as numbers, ISO, ordinals,
day-of-month alone, Spanish forms, ranges and holidays (Marathon Monday, Nochebuena, Día de
Reyes, Cape Verdean Independence Day, first day of Khmer New Year); ages over 89 as digits,
words, ordinals, "94yo", "nonagenarian", "centenaria", and 89 (not labelled); family phones,
fax, e-mails, fundraiser URLs, handles beside the hospital's own; MRN, SSN, health plan,
account, licence, plate, pacemaker serial, wristband, encounter, incident, portal user name,
IP, rooms and beds. Hard negatives: staff and doctors (with their own birthdays, birthplaces
and families), volunteers over 90, donors and sponsors with towns, visiting players and
officials, historical figures (Kerouac, Lucy Larcom), eponyms (Apgar, Colles', Guillain-Barré,
Lou Gehrig), awareness days, event dates, named storms, statistics with 90+ populations,
campaign hashtags (#HarborHope, #FuerzaLowell), anonymous stories ("in her 90s").
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Honorifics and kinship words are left out of NAME like Mr./doña: Kriolu "Nha", Khmer "Om",
  "Yay", "Ta", "Ming", "Lok Yeay", Portuguese/Spanish "vovó", "avó", "abuela", "mami", "papi".
  A kinship word alone is not a name. The article of a quoted nickname is left out
  ('La Flaca' -> "Flaca").
- Initials keep their periods: "T.", "C.S.", "R.", "DELGADO, YOKAIRIS M.".
- Lowell, Boston and Dorchester as the hospital's own campus locations are not GEO; the same
  places are GEO when they are a patient's or relative's home, workplace or place of injury.
- The place where a patient was injured or born (road, hill, channel, town of the workplace)
  is GEO like the road of a crash; a relative's home town or city of origin is GEO, and is
  enough on its own to make a nameless story patient-specific.
- A floor or apartment is inside the street span only when written as part of the address
  ("58 Lilley Ave, 2nd fl", "33 Tremont St, apto. 2"); "el tercer piso de un triple-decker"
  alone is not labelled. A patient's team's town and ZIP are GEO (they tell where he lives).
- A date range written as one expression is one DATE span without "del" ("3 al 10 de agosto").
  A day of the month alone ("the 9th", "el 15", "día 5") is DATE. Dates of a patient's own
  activities (a race the mother ran, a portal login, an appointment) are DATE.
- Named storms ("Winter Storm Fiona", "the Blizzard of '78") and seasons are not dates; a
  month tied to the patient's event ("the July heat wave") is.
- Decade ranges ("in her 90s") are not AGE; an unnamed patient's exact age over 89 is AGE and
  makes the post patient-specific; multi-word ages are one span ("noventa y tres",
  "one hundred and two"). Ages of volunteers, staff and public figures are never labelled.
- Staff, volunteers and public figures who are described as patients (including a therapist
  born in our NICU, a TV anchor, a state representative) are labelled as patients; a nurse who
  is the patient's granddaughter is labelled as a relative; a roommate is a household member.
  The hospital itself as a staff-patient's employer is never labelled.
- A patient's employer is NAME (Channel 7, LRTA, Boott Mills, Market Basket, Angkor Kitchen);
  the same businesses or buildings named as sponsors or landmarks in other posts are not.
- A hashtag built on the patient's name is NAME even when it is a pun (#SunnyDaysAhead);
  hashtags built on a city or community (#FuerzaLowell, #KhmerProud) are campaign hashtags.
- Incident, encounter and wristband numbers are OTHER_ID values; a portal user name is
  OTHER_ID; a login IP is IP; a family's fundraiser page is URL.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev69.jsonl"), os.path.join(HERE, "phi_dev69_org.json"), "d69")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Sokha! 🥊 Chea Sokha, 11, of Lowell's Lower Highlands, spent three weeks on 6 West after a bike crash on Chelmsford Street on March 8. Today he walked out in his Bruins jersey. #SokhaStrong",
    [
        ("NAME", "Chea Sokha"),
        ("NAME", "Sokha", "*"),
        ("GEO", "Lowell"),
        ("GEO", "Lower Highlands"),
        ("GEO", "Chelmsford Street"),
        ("DATE", "March 8"),
        ("NAME", "#SokhaStrong"),
    ],
    note="Khmer name in surname-first order, then the given name alone and in a hashtag; city and neighbourhood of home, road of the crash, crash date. Age 11 and '6 West' (a unit) are not labelled.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: after 31 years on 6 West, charge nurse Bopha Keo is retiring on June 28. She trained half our nurses and fed the other half. Stop by the Varnum Room Friday 2-4 pm for cake. 🎉 #MHHProud",
    "A staff member's name and retirement date; a conference room. Staff identifiers are never labelled.",
)

# 3
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Yokasta Marie! 💕 Nació el 2 de febrero a las 4:12 a. m. en nuestro Centro de Partos de Boston, 7 libras 3 onzas. Felicidades a mami Wandy Almánzar y a papi Ramón. ¡Dominicana hasta los huesos! 🇩🇴",
    [
        ("NAME", "Yokasta Marie"),
        ("DATE", "2 de febrero"),
        ("NAME", "Wandy Almánzar"),
        ("NAME", "Ramón"),
    ],
    note="Newborn's names, birth date without the article, both parents ('mami', 'papi' are descriptive words). Boston is the hospital's own birth center, not GEO; the time and weight are not identifiers.",
)

# 4
p(
    "en",
    "pasted_record",
    "Pt: LY, SOPHEAP  MRN: MH-0078812  DOB 11/03/1958  Rm 514-B  Dx: CHF exacerbation  -- sorry wrong window, please disregard",
    [
        ("NAME", "LY, SOPHEAP"),
        ("MRN", "MH-0078812"),
        ("DATE", "11/03/1958"),
        ("OTHER_ID", "Rm 514-B"),
    ],
    note="Chart line pasted by mistake: chart-style name, MRN value with its prefix, full DOB, room with its keyword.",
)

# 5
n(
    "en",
    "health_tip",
    "Snow emergency tip: shovel out your hydrant and your neighbor's dryer vent. Carbon monoxide has no smell. If your CO alarm goes off, get out and call 911. Questions? Our Lowell ED line is 978-555-0111.",
    "Safety tip; 911 and the hospital's own ED number.",
)

# 6
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Nha Maria! 🎂 Maria 'Nhanha' Fortes was born in Brava, Cabo Verde and came to Dorchester in 1968. She celebrated on 4 Ellis, our geriatric unit, with cachupa from her granddaughter Elisa. Txau, Nha Maria—we love you!",
    [
        ("AGE", "100th"),
        ("NAME", "Maria 'Nhanha' Fortes"),
        ("NAME", "Maria", "*"),
        ("GEO", "Brava"),
        ("GEO", "Dorchester"),
        ("NAME", "Elisa"),
    ],
    note="'Nha' is a Kriolu honorific (like doña) and is left out; the quoted nickname stays inside the full name. Birthplace island/town and home neighbourhood are GEO, the country and the bare year are not; '4 Ellis' is a unit.",
)

# 7
n(
    "es",
    "health_tip",
    "¿Sabías que la presión alta no siempre da síntomas? Mídete la presión gratis este sábado en el Centro de Salud Familiar de 52 Jackson Street, Lowell, de 9 a 1. Se habla español, khmer y portugués. 📞 978-555-0195",
    "Screening event at the hospital's own clinic address and phone.",
)

# 8
p(
    "en",
    "memorial",
    "Rest easy, Mickey. Michael 'Mickey' Callahan, 94, of the Acre, rode the mill-town bus to our dialysis unit three times a week for six years and never once missed telling us the Sox score. He worked 41 years at the Wannalancit Mills, taught half the Acre to skate on the frozen canal, and called every nurse 'sweetheart' whether they liked it or not (they did). He passed Christmas Eve surrounded by his daughters, Siobhan and Nora, with the Bruins on mute and a Jameson he was absolutely not supposed to have. Thank you for letting us be part of your family, Mickey. 💚☘️",
    [
        ("NAME", "Michael 'Mickey' Callahan"),
        ("NAME", "Mickey", "*"),
        ("AGE", "94"),
        ("GEO", "Acre", "*"),
        ("NAME", "Wannalancit Mills"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Siobhan"),
        ("NAME", "Nora"),
    ],
    note="Long memorial: nickname and full name, age over 89, his Lowell neighbourhood twice (the article is left out), his employer (NAME), date of death given as a holiday, daughters' names.",
)

# 9
n(
    "en",
    "public_figure",
    "Wally the Green Monster and Red Sox closer Tomás Reyes stopped by the pediatric floor in Boston today, signed 40 baseballs, and lost a thumb war to basically everyone. ⚾ Thank you, Red Sox Foundation!",
    "A mascot and a visiting public figure; no patient is named.",
)

# 10
p(
    "es",
    "thank_you",
    "Gracias infinitas a la familia Peña-Rosario por las 200 mascarillas que cosieron para la unidad de diálisis en honor a su abuelo, don Fello, que se dializó con nosotros hasta su partida. 🙏",
    [("NAME", "Peña-Rosario"), ("NAME", "Fello")],
    note="Donors introduced as relatives of a patient are labelled (family surname only); the patient's nickname without 'don'.",
)

# 11
n(
    "en",
    "anonymous_story",
    "A patient in her 90s asked our night nurse to braid her hair the way her mother did back in Cambodia. So she did, at 3 a.m., with a YouTube tutorial. This is nursing. 💙",
    "Anonymous story: a decade range ('in her 90s') is not an age token, and a country is not GEO.",
)

# 12
p(
    "en",
    "pasted_record",
    "Hi this is Dara Nhem's mom, can someone from 5 Harbor call me back about his discharge meds? my cell 978-555-0134 or darasmom.nhem@gmail.com. His MRN is 40291177. thx",
    [
        ("NAME", "Dara Nhem"),
        ("PHONE", "978-555-0134"),
        ("EMAIL", "darasmom.nhem@gmail.com"),
        ("MRN", "40291177"),
    ],
    note="A parent's comment reposted by mistake: patient name, mother's cell and e-mail, MRN. '5 Harbor' is a unit.",
)

# 13
n(
    "es",
    "event",
    "🎶 Noche de bachata a beneficio de la unidad neonatal: viernes 14 de marzo, 7 p. m., en el auditorio de 1 Harbor Point Way. Boletos en merrimackharbor.org/bachata. ¡Trae a tu abuela!",
    "Event date, the hospital's own address and domain.",
)

# 14
p(
    "en",
    "discharge",
    "GOING HOME!!! 🎉 After 112 days in our NICU, BABY KOSAL is headed to his triple-decker on Lakeview Ave in Dracut. Mom Srey Leak says the first thing they'll do is introduce him to the Red Sox on TV. #KosalGoesHome",
    [
        ("NAME", "KOSAL"),
        ("GEO", "Lakeview Ave"),
        ("GEO", "Dracut"),
        ("NAME", "Srey Leak"),
        ("NAME", "#KosalGoesHome"),
    ],
    note="ALL-CAPS name ('BABY' is descriptive), street and town of home, mother's two-word Khmer given name, name hashtag. The length of stay is not labelled.",
)

# 15
n(
    "en",
    "eponymous_condition",
    "Today is World Down Syndrome Day (3/21). Our Down syndrome clinic in Lowell sees kids and adults from across the Merrimack Valley. Rock your mismatched socks 🧦 #WDSD",
    "Eponymous condition and awareness-day date; the clinic's city.",
)

# 16
p(
    "en",
    "thank_you",
    "To Hope, Liam and Cian Doherty: thank you for the 38 hand-drawn cards (one for every bed on 6 West) in memory of your dad, who spent his last weeks with us in February. We hope you know how much they mean. 💚",
    [("NAME", "Hope"), ("NAME", "Liam"), ("NAME", "Cian Doherty"), ("DATE", "February")],
    note="Children of a deceased patient are relatives; 'Hope' is a name here ('hope' in lower case is the verb). The month of the patient's last admission is a date element.",
)

# 17
n(
    "es",
    "statistic",
    "En 2024 atendimos 8.412 partos entre Lowell y Boston; el 31 % de las mamás prefirió atención en un idioma distinto al inglés. Nuestros intérpretes hablan 14 idiomas. 💬",
    "Statistics only.",
)

# 18
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Peg Sullivan, turns 93 on Sunday! Peg has staffed the Lowell gift shop since 1979 and still won't let anyone else price the Beanie Babies. Happy birthday, Peg! 🎈",
    "A volunteer's name and age over 89: volunteers are not patients.",
)

# 19
p(
    "en",
    "patient_story",
    "You know Fátima from our Boston registration desk. Last fall she was on the other side of the desk: Fátima Tavares, 38, was admitted to 5 Harbor on October 17 with a ruptured appendix. She's back at work and asked us to share her thank-you to the surgical team. 🙏",
    [("NAME", "Fátima Tavares"), ("NAME", "Fátima", "*"), ("DATE", "October 17")],
    note="A staff member who was a patient is labelled as a patient: name and admission date. 'Last fall' is a season, not a date; age 38 is not labelled.",
)

# 20
n(
    "en",
    "hospital_contact",
    "Phones down at our Boston campus? Nope, just moved. New numbers: main 617-555-0160, Birth Center 617-555-0172, Foundation 617-555-0188. Lowell main line stays 978-555-0100. 📞",
    "The hospital's own phone numbers.",
)

# 21
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Altagracia Jiménez de Polanco, de 97 años, voluntaria de nuestra capilla por 20 años y paciente de nuestra unidad de cuidados paliativos, donde falleció el 6 de enero, Día de Reyes. Sus nietos Yeudy y Kelvin le cantaron hasta el final. 🕊️",
    [
        ("NAME", "Altagracia Jiménez de Polanco"),
        ("AGE", "97"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Yeudy"),
        ("NAME", "Kelvin"),
    ],
    note="A volunteer who died as a patient is a patient: name without 'doña', age over 89, date of death written twice (date and holiday), grandchildren.",
)

# 22
n(
    "en",
    "research",
    "New in JAMA Pediatrics: Dr. Chanthou Prak and our Lowell team found that Khmer-language text reminders raised well-child visit rates by 22% among 1,140 families. Huge thanks to every family who took part. 📊",
    "Research news; a doctor's name and aggregate numbers.",
)

# 23
p(
    "en",
    "birth_announcement",
    "Talk about a fast finish 🏃‍♀️ Baby Boston Ruiz arrived at 12:07 p.m. on Marathon Monday, right as the elites crossed Boylston. Mom Kayla ran the race in '23 and says he's already got better splits. Welcome to the world, Boston!",
    [
        ("NAME", "Boston Ruiz"),
        ("NAME", "Boston", "*"),
        ("DATE", "Marathon Monday"),
        ("NAME", "Kayla"),
    ],
    note="A baby named Boston (a place word used as a name), born on a named day (Marathon Monday), mother's name. Boylston is the race route, not the family's address; a bare year is not labelled.",
)

# 24
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en nuestro estacionamiento de Lowell. ¡Todos bien! ❄️",
    "Short anonymous story: a birth in the hospital's parking lot 'last night' identifies no one.",
)

# 25
n(
    "en",
    "campaign_hashtag",
    "Thank you for making #HarborHope our best giving day ever: $412,000 for the Boston NICU! Every dollar stays in Dorchester. #MerrimackMighty #HopeForHarbor",
    "Campaign hashtags that contain the word Hope, not a patient's name; Dorchester is the hospital's neighbourhood.",
)

# 26
p(
    "en",
    "pasted_record",
    "PATIENT: DOS SANTOS, JOAO P  |  ACCT# 7730-441-09  |  ADM 02/14  |  BED 3  |  INS: MASSHEALTH ID 100294837561",
    [
        ("NAME", "DOS SANTOS, JOAO P"),
        ("ACCOUNT", "7730-441-09"),
        ("DATE", "02/14"),
        ("OTHER_ID", "BED 3"),
        ("HEALTH_PLAN", "100294837561"),
    ],
    note="All-caps registration line: chart-style name with a two-word surname, account number, admission date, bed with its keyword, health-plan member id.",
)

# 27
n(
    "en",
    "staff_spotlight",
    "Meet Grace Winter, RN, our newest Lowell NICU nurse, who grew up three blocks from the hospital on Pawtucket Boulevard and whose mom was a NICU nurse here for 30 years. Welcome home, Grace! 👶💙",
    "A nurse's own street and her mother (also staff): staff identifiers are not labelled.",
)

# 28
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 19 días en cuidados intensivos por COVID, Juan Carlos 'Cuco' Batista vuelve a su casa en la calle Branch de Lawrence. Su esposa Mildred nos trajo pasteles en hoja para todo el piso. ¡Fuerza, Cuco! #FuerzaCuco",
    [
        ("NAME", "Juan Carlos 'Cuco' Batista"),
        ("NAME", "Cuco", "*"),
        ("GEO", "calle Branch"),
        ("GEO", "Lawrence"),
        ("NAME", "Mildred"),
        ("NAME", "#FuerzaCuco"),
    ],
    note="Name with quoted nickname, nickname alone and in a hashtag, street ('calle' kept as in 'calle Elm') and city of home, wife.",
)

# 29
n(
    "en",
    "event",
    "Save the date: Saturday, May 17 is our Merrimack River Walk for Kids' Health, 3 miles from Boott Mills to the hospital. Register at mhhealth.org/walk. Dogs welcome, 🐕 strollers welcome, Bruins fans tolerated.",
    "Event date and route; hospital domain.",
)

# 30
p(
    "en",
    "milestone_birthday",
    "Birthday on 7 North today! 🎂 Our 94yo friend Bridie just asked for a Guinness and a Sox win. We're working on one of those. Happy birthday, Bridie! #BridieIs94",
    [("AGE", "94yo"), ("NAME", "Bridie", "*"), ("NAME", "#BridieIs94")],
    note="Age token '94yo', first name twice, and a hashtag combining name and age labelled as one NAME. 'today' is relative and '7 North' a unit.",
)

# 31
n(
    "es",
    "recruitment",
    "¿Eres enfermera bilingüe? Estamos contratando en Lowell y Boston: turnos de noche, diferencial de $6/hora y bono de $10,000. Aplica en merrimackharbor.org/empleos o llama al 978-555-0147. 👩‍⚕️",
    "Recruitment with the hospital's own domain and HR phone.",
)

# 32
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig played at Fenway as a visitor more than a few times. To kick off ALS Awareness Month, our neuromuscular clinic is hosting a Q&A on ALS (Lou Gehrig's disease) with Dr. Nuno Pires. May 1, 6 pm, Zoom.",
    "Historical figure, eponymous disease, a doctor and an event date.",
)

# 33
p(
    "en",
    "patient_story",
    "ok we're not crying, you're crying. ninety-one-year-old john kearney walked the 6 west hallway today with his PT, holding the same lowell sun he's read every morning since 1950. 'still cheaper than the globe,' he says.",
    [("AGE", "ninety-one-year-old"), ("NAME", "john kearney")],
    note="Lower-case name and an age over 89 in words as one hyphenated token. 'lowell sun' is a newspaper, not where he lives; the year is bare.",
)

# 34
n(
    "en",
    "statistic",
    "Flu season by the numbers (Lowell + Boston, Oct–Feb): 2,318 positive tests, 412 admissions, and 9 patients aged 90+. Please get your shot. 💉",
    "Aggregate numbers; 'aged 90+' is a population age.",
)

# 35
p(
    "es",
    "patient_story",
    "Yudelka tenía 16 años cuando llegó desde Santiago de los Caballeros con leucemia. Hoy, 1.º de junio, termina su último ciclo de quimio y toca la campana. 🔔 ¡Lo lograste, Yudelka! #YudelkaVence",
    [
        ("NAME", "Yudelka", "*"),
        ("GEO", "Santiago de los Caballeros"),
        ("DATE", "1.º de junio"),
        ("NAME", "#YudelkaVence"),
    ],
    note="First name twice and in a hashtag, foreign home city, date of the last chemo written with an ordinal abbreviation.",
)

# 36
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 am: Due to the nor'easter, Lowell outpatient clinics open at 10 a.m. today. The Boston ED and Birth Center are fully open. Please don't drive in this unless you need to. ❄️🚫🚗",
    "Operational storm update.",
)

# 37
n(
    "en",
    "memorial",
    "With heavy hearts we remember Dr. Seamus Riordan, who delivered more than 9,000 Lowell babies between 1971 and 2009. He died March 2 at 91. His wife Kathleen asks that donations go to the Riordan Family Birth Center fund.",
    "Memorial of a retired doctor: staff name, age, date of death and his own family are never labelled.",
)

# 38
p(
    "en",
    "thank_you",
    "A note from Marlene Souza's family, shared with permission: 'Thank you to everyone on 4 Ellis who cared for our mom after her stroke on Nov. 3. If any of her nurses want the recipe for her canja, text me at 508-555-0119.' (Daniela, daughter). Reach our patient relations office at 978-555-0123.",
    [("NAME", "Marlene Souza"), ("DATE", "Nov. 3"), ("PHONE", "508-555-0119"), ("NAME", "Daniela")],
    note="Permission does not remove the labels: patient, stroke date, daughter's phone and name. The hospital's patient-relations number beside it is not labelled.",
)

# 39
p(
    "es",
    "milestone_birthday",
    "🎉 ¡Feliz cumpleaños número cien, abuela Cruz! Doña Cruz Mercedes Ureña cumplió 100 años el pasado domingo 9 de noviembre en nuestra unidad de rehabilitación, rodeada de sus 14 nietos y con merengue de Juan Luis Guerra a todo volumen. 💃",
    [
        ("AGE", "cien"),
        ("NAME", "Cruz Mercedes Ureña"),
        ("NAME", "Cruz", "*"),
        ("AGE", "100"),
        ("DATE", "9 de noviembre"),
    ],
    note="Age over 89 in words and digits ('años' excluded), name without 'abuela'/'Doña', birthday date without the weekday. The singer is a public figure.",
)

# 40
n(
    "en",
    "sponsor",
    "Thank you to the Kinnealey Family Foundation and to Lowell's own Teixeira Bakery for fueling our night shift all winter. 1,200 malasadas and counting. 🍩",
    "Donors and a sponsor business, not introduced as patients' relatives.",
)

# 41
p(
    "en",
    "patient_story",
    "Home in Revere tonight. Thank you for every prayer. #TeamDjodjo #HarborStrong",
    [("NAME", "#TeamDjodjo"), ("GEO", "Revere")],
    note="The Kriolu nickname appears only in a hashtag; home town is GEO. #HarborStrong is a campaign hashtag.",
)

# 42
n(
    "en",
    "health_tip",
    "Heading to the Southie St. Patrick's Day parade? ☘️ Eat before you drink, hydrate, and keep an eye on your friends. If someone can't be woken, call 911. Poison Control: 1-800-222-1222.",
    "Holiday safety tip; national lines.",
)

# 43
p(
    "es",
    "pasted_record",
    "Buenas, soy la hija de Ana Lucía Guzmán, está en la habitación 418 desde el 22/12. ¿Pueden llamarme al (617) 555-0153? Su número de expediente es 3390-7715. Gracias.",
    [
        ("NAME", "Ana Lucía Guzmán"),
        ("OTHER_ID", "habitación 418"),
        ("DATE", "22/12"),
        ("PHONE", "(617) 555-0153"),
        ("MRN", "3390-7715"),
    ],
    note="Daughter's message pasted publicly: name, room with keyword, admission date (day/month), daughter's phone, record number.",
)

# 44
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today, now 6 feet tall and a high school junior, to thank the nurse who held him at 1 lb 14 oz. She still works nights. She still cried.",
    "Anonymous former patient; weights and 'today' identify no one.",
)

# 45
p(
    "en",
    "discharge",
    "Om Sophal is going home! Sophal 'Pal' Yin, who spent 41 days with us after a stroke on the 2nd of January, leaves today for his daughter's place on Westford Street. His granddaughter Malis made the whole unit num banh chok. 🍜",
    [
        ("NAME", "Sophal 'Pal' Yin"),
        ("NAME", "Sophal", "*"),
        ("DATE", "2nd of January"),
        ("GEO", "Westford Street"),
        ("NAME", "Malis"),
    ],
    note="'Om' is a Khmer kinship honorific, left out. Quoted nickname in full name, stroke date as an ordinal, street where he will live, granddaughter.",
)

# 46
n(
    "en",
    "public_figure",
    "On this day in 1922, Jack Kerouac was born in Lowell's Centralville neighborhood. Our Lowell campus library is hosting a reading of 'Maggie Cassidy' on March 12 at 6 pm. 📚",
    "Historical figure's birthplace, a book title and an event date.",
)

# 47
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia Almonte, enfermera de la UCI pediátrica desde hace 12 años, nacida en San Francisco de Macorís y criada en Lawrence. Cuando no está trabajando, está en Fenway gritándole a los Yankees. ⚾",
    "A nurse's name and home towns: staff, not patient.",
)

# 48
p(
    "en",
    "birth_announcement",
    "Born on Cape Verdean Independence Day! 🇨🇻 Welcome Kiara 'Kika' Andrade Gomes, born July 5 at 11:58 pm (just made it!) at our Boston Birth Center. Big brother Tchuca is already teaching her Kriolu.",
    [
        ("DATE", "Cape Verdean Independence Day"),
        ("NAME", "Kiara 'Kika' Andrade Gomes"),
        ("DATE", "July 5"),
        ("NAME", "Tchuca"),
    ],
    note="Birth date written as a holiday and as a date, double surname with quoted nickname, brother's Kriolu nickname.",
)

# 49
n(
    "en",
    "recruitment",
    "We're hiring Khmer, Portuguese, Cape Verdean Creole and Spanish medical interpreters in Lowell and Boston. Full-time, benefits day one. Apply: merrimackharbor.org/careers. #InterpretersAreHealthcare",
    "Recruitment.",
)

# 50
p(
    "en",
    "pasted_record",
    "wristband scan test, pls ignore: O'SULLIVAN-MURPHY, KATHLEEN A / DOB 04-02-1931 / 94 F / WB# A0049-771-2 / Rm 7N-12",
    [
        ("NAME", "O'SULLIVAN-MURPHY, KATHLEEN A"),
        ("DATE", "04-02-1931"),
        ("AGE", "94"),
        ("OTHER_ID", "A0049-771-2"),
        ("OTHER_ID", "Rm 7N-12"),
    ],
    note="Wristband line: hyphenated chart-style name, DOB, age over 89, wristband id (value only), room with keyword.",
)

# 51
n(
    "en",
    "event",
    "Our annual Angkor Night gala is Saturday, April 12, the eve of Khmer New Year. 🪷 Dinner, apsara dancers, and an auction to fund the Sokhom Meas Interpreter Fellowship. Tickets: mhhealth.org/angkor",
    "Event date, holiday, and a fellowship named after a person (a named fund, not a patient).",
)

# 52
p(
    "es",
    "thank_you",
    "mil gracias a la familia de la señora rosa idalia méndez por las flores!! 💐 rosa estuvo con nosotros en 5 harbor del 3 al 10 de agosto y nos dejó a todos con ganas de bailar. su hija karina dice que ya está cocinando sancocho otra vez jaja",
    [
        ("NAME", "rosa idalia méndez"),
        ("NAME", "rosa", "*"),
        ("DATE", "3 al 10 de agosto"),
        ("NAME", "karina"),
    ],
    note="Lower-case names, the stay written as one date range (span without 'del'), daughter.",
)

# 53
n(
    "en",
    "crisis_update",
    "MARATHON MONDAY: our Boston ED is staffed up and our medical tent volunteers are at mile 26. Runners: if you feel chest pain, dizziness or confusion, STOP and find a medical tent. Families: 617-555-0160 for our Boston campus. 🏃",
    "Marathon Monday as an event, not a patient's day; hospital number.",
)

# 54
p(
    "en",
    "patient_story",
    "Mr. T. is 96 and still insists on walking to the nurses' station to say goodnight. Last night he brought a harmonica. Mr. T., you are the best part of our shift. (7 North)",
    [("NAME", "T.", "*"), ("AGE", "96")],
    note="An initial used as the patient's name (span is the initial with its period, twice), age over 89.",
)

# 55
n(
    "es",
    "eponymous_condition",
    "Hoy es el Día Mundial del Parkinson 🌷 (11 de abril, natalicio de James Parkinson). Nuestro grupo de apoyo en español se reúne cada segundo martes en Lowell. Info: 978-555-0195.",
    "Awareness day, a historical figure's birthday, eponymous disease.",
)

# 56
p(
    "en",
    "memorial",
    "Fly high, Bobby O. 🖤💛 Robert 'Bobby O' O'Neil, 58, Bruins season-ticket holder since the Garden was the Garden, died on 7 South last Sunday with his dog Bergeron on the bed. (Yes, we let the dog in.)",
    [("NAME", "Robert 'Bobby O' O'Neil"), ("NAME", "Bobby O", "*")],
    note="Nickname and full name; the dog's name (also a hockey player's) is a pet's, 'last Sunday' is relative.",
)

# 57
n(
    "en",
    "statistic",
    "#MillCityHistory 🏭 In 1912, Lowell's mills employed 35,000 workers, many of them Irish, French-Canadian, Greek and Portuguese immigrants, and the city's first hospital ward for mill injuries opened on Pawtucket Street that same year. That winter, 20,000 workers walked out in Lawrence in the Bread and Roses strike. A century later the faces have changed (Cambodian, Dominican, Brazilian, Cape Verdean) but our occupational health team still sees textile, warehouse and loading-dock injuries every single week. Lift with your legs, Merrimack Valley.",
    "History and statistics.",
)

# 58
p(
    "es",
    "birth_announcement",
    "🇩🇴 ¡Nació patriota! El pequeño Duarte Emmanuel Sánchez Tejeda llegó el 27 de febrero, Día de la Independencia, a las 6:02 a. m. Sus papás, Leidy y Frandy, son de Villa Altagracia y viven en Lynn. ¡Bienvenido, Duarte!",
    [
        ("NAME", "Duarte Emmanuel Sánchez Tejeda"),
        ("NAME", "Duarte", "*"),
        ("DATE", "27 de febrero"),
        ("DATE", "Día de la Independencia"),
        ("NAME", "Leidy"),
        ("NAME", "Frandy"),
        ("GEO", "Villa Altagracia"),
        ("GEO", "Lynn"),
    ],
    note="Baby named after a historical figure is still the patient; birth date as date and holiday; parents; family's home town abroad and city.",
)

# 59
n(
    "en",
    "hospital_contact",
    "Reminder: we will NEVER DM you asking for your MRN, date of birth or insurance ID. Questions about a bill? Call 978-555-0100 or write to billing@mhhealth.org. Follow only @MerrimackHarbor and @MHHBoston for official updates.",
    "The hospital's own phone, e-mail domain and handles; the words MRN/date of birth without values.",
)

# 60
p(
    "en",
    "thank_you",
    "Shoutout to @team_vannak_fights for organizing the car wash that raised $3,100 for our pediatric oncology family fund 🧽🚗 Vannak, we're rooting for you every single day.",
    [("OTHER_ID", "@team_vannak_fights"), ("NAME", "Vannak")],
    note="A family's social handle is OTHER_ID; the patient's first name.",
)

# 61
p(
    "en",
    "patient_story",
    "Our Lowell PT team had a very special visitor: Thiago Ferreira da Silva, 14, from Framingham, who learned to walk again after a snowmobile crash on New Year's Day. His vovó flew in from Governador Valadares for his first steps. ⚽ Bora, Thiago!",
    [
        ("NAME", "Thiago Ferreira da Silva"),
        ("NAME", "Thiago", "*"),
        ("GEO", "Framingham"),
        ("DATE", "New Year's Day"),
        ("GEO", "Governador Valadares"),
    ],
    note="Brazilian multi-part surname, home town, injury date as a holiday, grandmother's city abroad ('vovó' is a kinship word, not a name).",
)

# 62
n(
    "es",
    "health_tip",
    "Ola de frío: nada de estufas de gas para calentar la casa. 🥶",
    "Winter safety tip.",
)

# 63
n(
    "en",
    "staff_spotlight",
    "Happy birthday to our Khmer interpreter Sopheap 'Pheap' Kong, who has translated for more than 20,000 Lowell families since 1998! Pheap was born in the Khao-I-Dang camp and turns 60 on Friday. 🎂",
    "A staff member's nickname, birthplace and birthday: staff identifiers are not labelled.",
)

# 64
p(
    "en",
    "memorial",
    "We were honored to care for Honora 'Nonie' Fahey at the end. She died on the 17th, St. Patrick's Day, at 102, with a Clancy Brothers record playing. Her son Fergal says she planned it that way. ☘️ #NonieFahey",
    [
        ("NAME", "Honora 'Nonie' Fahey"),
        ("DATE", "17th"),
        ("DATE", "St. Patrick's Day"),
        ("AGE", "102"),
        ("NAME", "Fergal"),
        ("NAME", "#NonieFahey"),
    ],
    note="Day of the month alone and the holiday name for the same date of death, age over 89, son, name hashtag. The band is a public name.",
)

# 65
p(
    "es",
    "discharge",
    "Hoy se va de alta Wendy Yomaira Frías, luego de 3 semanas en 5 Harbor. Llegó el 12/ene después de un accidente en la Ruta 28 en Andover. Su mamá, doña Fefa, nos abrazó a todas. 🤗",
    [
        ("NAME", "Wendy Yomaira Frías"),
        ("DATE", "12/ene"),
        ("GEO", "Ruta 28"),
        ("GEO", "Andover"),
        ("NAME", "Fefa"),
    ],
    note="Admission date with an abbreviated Spanish month, road and town of the crash, mother's nickname without 'doña'.",
)

# 66
n(
    "en",
    "event",
    "Red Sox Nation, assemble ⚾ Our Harbor campus is hosting a blood drive with the Red Sox Foundation on Friday, June 6, 10 am–4 pm. Every donor gets a voucher for two bleacher seats. Sign up: mhhealth.org/blood",
    "Event date and sponsor.",
)

# 67
p(
    "en",
    "pasted_record",
    "Screenshot from our intake training deck (oops, real data, now removed and reported): Name: Nuon, Chanthy  SSN: 031-64-2219  Address: 14 Agawam St, Apt 3, Lowell MA 01851  Phone: 978.555.0166",
    [
        ("NAME", "Nuon, Chanthy"),
        ("SSN", "031-64-2219"),
        ("GEO", "14 Agawam St, Apt 3"),
        ("GEO", "Lowell"),
        ("GEO", "01851"),
        ("PHONE", "978.555.0166"),
    ],
    note="Form fields: surname-first name, SSN, street with number and apartment, city, ZIP, dotted phone.",
)

# 68
n(
    "es",
    "campaign_hashtag",
    "Este Giving Tuesday, #UnidosPorElBebé recaudó $58,300 para la UCI neonatal de Boston. ¡Gracias, Dorchester, Lawrence y Lowell! 💜 #MerrimackMighty",
    "Campaign hashtags and towns of donors in general.",
)

# 69
n(
    "en",
    "public_figure",
    "Bruins defenseman Colin Maguire and Blades the Bruin brought the Stanley Cup replica to our Lowell pediatric floor. Colin grew up on Christian Hill and still shovels his mom's driveway. 🏒",
    "A visiting player's name and neighbourhood: public figure, not a patient.",
)

# 70
p(
    "en",
    "milestone_birthday",
    "Happy ninety-ninth birthday to Mrs. Evangelina 'Vangie' Rosa, our longest-running cardiac rehab regular! She turned 99 on Tuesday and did her full 30 minutes on the bike anyway. 🚴‍♀️",
    [("AGE", "ninety-ninth"), ("NAME", "Evangelina 'Vangie' Rosa"), ("AGE", "99")],
    note="Age over 89 as an ordinal word and as digits; surname that is also a word. The weekday is not labelled.",
)

# 71
n(
    "en",
    "anonymous_story",
    "Our youngest patient this winter was born at 23 weeks during a blizzard, weighing less than a can of soda. She went home yesterday after 128 days. We don't have words. 💗",
    "Nameless story: gestational age, season, duration and relative days identify no one.",
)

# 72
p(
    "es",
    "patient_story",
    "¿Se acuerdan de 'La Flaca'? Nuestra paciente más querida de diálisis, Ramona Altagracia Cepeda, cumplió 10 años con nosotros. Vive en el tercer piso de un triple-decker en la calle Lawrence de Lowell y sube las escaleras sola. 💪",
    [
        ("NAME", "Flaca"),
        ("NAME", "Ramona Altagracia Cepeda"),
        ("GEO", "calle Lawrence"),
        ("GEO", "Lowell"),
    ],
    note="Quoted nickname without its article, full name, street (a street named like a city) and city of home. 'tercer piso' alone is not labelled; 10 years of dialysis is a duration.",
)

# 73
n(
    "en",
    "research",
    "Our Harbor campus is enrolling adults 65+ in the PREVENT-FALLS study. Participants get a free home safety check and a $50 gift card. Call 617-555-0160 and ask for the research office. Study lead: Dr. Ines Barbosa.",
    "Research recruitment; population age and a doctor.",
)

# 74
p(
    "en",
    "birth_announcement",
    "She couldn't wait for the plows ❄️ Winter Sreyneang Chhim was born in the back of a Lowell Fire ambulance on Route 3 during Tuesday's storm, then got the rest of her welcome in our NICU. Proud parents: Sreymom and Vuthy Chhim. Welcome, Winter!",
    [
        ("NAME", "Winter Sreyneang Chhim"),
        ("NAME", "Winter", "*"),
        ("GEO", "Route 3"),
        ("NAME", "Sreymom"),
        ("NAME", "Vuthy Chhim"),
    ],
    note="A baby named Winter (a season word), the road where she was born, parents. 'Tuesday's storm' is a weekday, not a date.",
)

# 75
n(
    "es",
    "event",
    "🇨🇻 Este domingo 6 de julio celebramos la independencia de Cabo Verde con música, cachupa y chequeos de presión gratis en el Centro de Salud Familiar de Jackson Street. ¡Todos bienvenidos!",
    "Community event date and the hospital's clinic.",
)

# 76
p(
    "en",
    "thank_you",
    "Channel 7's own Dana Kilcoyne asked us to share this: after her heart attack on Thanksgiving morning, the Lowell cath lab team had her artery open in 38 minutes. Welcome back to the anchor desk, Dana! ❤️",
    [
        ("NAME", "Channel 7"),
        ("NAME", "Dana Kilcoyne"),
        ("NAME", "Dana", "*"),
        ("DATE", "Thanksgiving"),
    ],
    note="A public figure who is the patient is labelled as a patient, and her employer (a TV station) is NAME; the heart attack happened on a holiday ('morning' is left out).",
)

# 77
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis don't take snow days. Our IBD nurse line is open through the storm: 978-555-0100, option 4. Stay warm, Merrimack Valley. #CrohnsAndColitis",
    "Eponymous condition and the hospital's own line.",
)

# 78
p(
    "en",
    "pasted_record",
    "Security post (delete after): vehicle blocking ambulance bay belongs to the family of the pt in Rm 6W-09, MA plate 5KTR 22, owner Yiannis Pappas, license S48812093. Please move!!",
    [
        ("OTHER_ID", "Rm 6W-09"),
        ("VEHICLE", "5KTR 22"),
        ("NAME", "Yiannis Pappas"),
        ("LICENSE", "S48812093"),
    ],
    note="Internal post shared by mistake: patient's room with keyword, a relative's plate, name and driver's licence number.",
)

# 79
p(
    "es",
    "milestone_birthday",
    "La nonagenaria más alegre de Lawrence 💃 Doña Quisqueya Paulino celebró sus 92 en nuestra sala de diálisis con bizcocho dominicano y un merengue de Johnny Ventura. ¡Que cumplas muchos más, Quisqueya!",
    [
        ("AGE", "nonagenaria"),
        ("GEO", "Lawrence"),
        ("NAME", "Quisqueya Paulino"),
        ("NAME", "Quisqueya", "*"),
        ("AGE", "92"),
    ],
    note="'nonagenaria' states an age over 89; the age in digits; home city; a first name that is also a poetic name of the island. The singer is a public figure.",
)

# 80
n(
    "en",
    "crisis_update",
    "Water main break on Pawtucket Boulevard: the main entrance at 310 Pawtucket Boulevard is closed. Please use the Varnum Ave entrance. ED remains open. Updates at merrimackharbor.org/alerts.",
    "The hospital's own address and entrances.",
)

# 81
p(
    "en",
    "discharge",
    "Discharged on Easter Sunday! 🐣 After a month on 5 Harbor, Deivid Nascimento (9) went home to his family in Somerville, just in time for his avó's feijoada. #DeividVenceu",
    [
        ("DATE", "Easter Sunday"),
        ("NAME", "Deivid Nascimento"),
        ("GEO", "Somerville"),
        ("NAME", "#DeividVenceu"),
    ],
    note="Discharge on a holiday, name, home town, Portuguese name hashtag.",
)

# 82
n(
    "es",
    "recruitment",
    "¡Únete a nuestro equipo de Servicios Ambientales! Turnos en Lowell y Dorchester, $22/hora para empezar. Feria de empleo el sábado 8 de febrero en 52 Jackson Street. Pregunta por Carmen.",
    "Job fair date at the hospital's address; a recruiter's name.",
)

# 83
n(
    "en",
    "sponsor",
    "Huge thanks to Market Basket for 600 pounds of turkey and the fixings for our Thanksgiving night shift, and to the O'Donnell family of Chelmsford for funding 40 winter coats for our pediatric clinic. 🦃🧥",
    "Donor family and town, not introduced as relatives of a patient.",
)

# 84
p(
    "en",
    "patient_story",
    "Kim has been coming to our Jackson Street clinic since she was a refugee kid in 1983. Today, at 47, Sreykim 'Kim' Phok got her citizenship and came straight from the JFK Federal Building to show us. 🇺🇸",
    [("NAME", "Sreykim 'Kim' Phok"), ("NAME", "Kim", "*")],
    note="Khmer given name with its short nickname. The clinic is the hospital's, the federal building is named for a public figure, the year is bare.",
)

# 85
p(
    "es",
    "pasted_record",
    "ALERTA DE CAÍDA | PACIENTE: FERMÍN DE JESÚS, ELADIO / CAMA 14 / 91 AÑOS / NO. DE EXPEDIENTE 55-20193",
    [
        ("NAME", "FERMÍN DE JESÚS, ELADIO"),
        ("OTHER_ID", "CAMA 14"),
        ("AGE", "91"),
        ("MRN", "55-20193"),
    ],
    note="All-caps fall alert: chart-style name with compound surname, bed with keyword, age over 89, record number.",
)

# 86
n(
    "en",
    "health_tip",
    "Heat wave alert for Lowell and Boston 🌡️ Check on elderly neighbors, especially anyone over 90 living alone on the top floor of a triple-decker. Cooling center info: 617-555-0160.",
    "Population age; hospital number.",
)

# 87
p(
    "en",
    "memorial",
    "Our Harbor PICU will never forget Djamila 'Mila' Tavares Semedo, who fought so hard and left us on 11/4. Mila loved Moana, the color purple, and her cousin Zezinho. Fly high, Mila. 💜",
    [
        ("NAME", "Djamila 'Mila' Tavares Semedo"),
        ("NAME", "Mila", "*"),
        ("DATE", "11/4"),
        ("NAME", "Zezinho"),
    ],
    note="Double surname with nickname, date of death, cousin's Kriolu nickname. A film character is not a person.",
)

# 88
n(
    "en",
    "statistic",
    "By the numbers, 2024: 1,402 NICU admissions across Lowell and Boston, 96% survival for babies born at 28 weeks or later, and 18 babies under 1 lb who went home. 💙 #NICUAwarenessMonth",
    "Statistics.",
)

# 89
p(
    "es",
    "thank_you",
    "Un mensaje de la familia Reynoso: 'Gracias al equipo de la UCI por cuidar a papi Bienvenido como si fuera suyo. Si alguien encontró su rosario azul, por favor escríbanos a reynosofamilia22@hotmail.com.' 🙏",
    [("NAME", "Reynoso"), ("NAME", "Bienvenido"), ("EMAIL", "reynosofamilia22@hotmail.com")],
    note="Family surname, the patient's first name that is also a Spanish word ('papi' is descriptive), the family's e-mail.",
)

# 90
p(
    "en",
    "patient_story",
    "A grandmother from Fall River drove through a whiteout to hold her grandson in our NICU for the first time. She brought a thermos of caldo verde for the nurses. Some families just get it. ❄️",
    [("GEO", "Fall River")],
    note="Nameless story whose only identifier is a relative's home town: that makes it patient-specific.",
)

# 91
n(
    "en",
    "staff_spotlight",
    "Nurses Week spotlight: Maria de Fátima 'Fafá' Lopes, RN, has worked nights in the Boston ED for 27 years. Coworkers say she can start an IV in a blizzard, in the dark, with one hand holding a Dunkin'. 🫡",
    "A nurse's full name and nickname.",
)

# 92
p(
    "es",
    "patient_story",
    "Una paciente de 95 años nos enseñó hoy a hacer habichuelas con dulce. No nos dejó anotar la receta: 'eso se aprende mirando'. 🥄",
    [("AGE", "95")],
    note="An unnamed patient's exact age over 89 is an identifier, so the post is patient-specific.",
)

# 93
p(
    "en",
    "pasted_record",
    "From a patient portal screenshot someone posted in our group: 'User: sreypov.lim88 | Last login 03/02 from 73.114.22.190 | Upcoming: Cardiology 3/19 with Dr. Keane'. Please don't post portal screenshots, friends!",
    [("OTHER_ID", "sreypov.lim88"), ("DATE", "03/02"), ("IP", "73.114.22.190"), ("DATE", "3/19")],
    note="Portal user name (OTHER_ID), the patient's login date and appointment date, IP address. The doctor is staff.",
)

# 94
n(
    "en",
    "public_figure",
    "Lucy Larcom worked in Lowell's mills at age 11 and wrote about it for the rest of her life. This Women's History Month our Lowell lobby hosts an exhibit on the mill girls' health, from brown lung to the 1912 strike. Free, through March 31.",
    "Historical figure and exhibit dates.",
)

# 95
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY ON 7 SOUTH!!! 🎉🎉 HAPPY BIRTHDAY MARGARET 'PEGGY' DONOVAN!!! (she asked us to use caps so she could read it)",
    [("AGE", "101ST"), ("NAME", "MARGARET 'PEGGY' DONOVAN")],
    note="All-caps ordinal age over 89 and all-caps name.",
)

# 96
n(
    "es",
    "health_tip",
    "Si tu bebé nació antes de tiempo, pregúntale a tu pediatra por la vacuna contra el VRS. En nuestras clínicas de Lowell y Boston es gratis con MassHealth. Llama al 617-555-0172. 👶",
    "Health tip addressed to everyone.",
)

# 97
n(
    "en",
    "event",
    "Choul Chnam Thmey! 🪷 Join us April 13 at the Lowell Family Health Center for Khmer New Year blessings, free blood pressure checks, and num banh chok from Mrs. Chhay's kitchen. Monks from Trairatanaram Temple will bless the clinic at 10.",
    "Holiday event; a caterer's name.",
)

# 98
p(
    "en",
    "discharge",
    "Rafaela Costa-Mendonça is officially NICU-free! Born at 25 weeks on Dec. 30, she weighed 1 lb 9 oz. Today she's 8 lbs and heading home to Everett (02149 represent 💪). Her parents, Luana and Caio, brought pão de queijo for everyone.",
    [
        ("NAME", "Rafaela Costa-Mendonça"),
        ("DATE", "Dec. 30"),
        ("GEO", "Everett"),
        ("GEO", "02149"),
        ("NAME", "Luana"),
        ("NAME", "Caio"),
    ],
    note="Hyphenated surname, birth date, home town and ZIP, parents.",
)

# 99
p(
    "es",
    "patient_story",
    "Le pusieron Milagros y no es casualidad. 🙏 Nació el 14 de octubre con apenas 24 semanas y hoy, 96 días después, Milagros Encarnación se va a su casa en Jamaica Plain. Gracias, mami Yahaira, por tu fe.",
    [
        ("NAME", "Milagros Encarnación"),
        ("NAME", "Milagros", "*"),
        ("DATE", "14 de octubre"),
        ("GEO", "Jamaica Plain"),
        ("NAME", "Yahaira"),
    ],
    note="A name that is also a word, birth date, neighbourhood of home, mother. '96 días' is a length of stay, not an age.",
)

# 100
n(
    "en",
    "campaign_hashtag",
    "Show us your #MillCityMiracle: share a photo of your family's favorite Lowell spot and tag #MHHLowellLove. For every post, Enterprise Bank gives $5 to our NICU. 📸",
    "Campaign hashtags; a sponsor.",
)

# 101
p(
    "en",
    "thank_you",
    "To the family in room 512 who left a box of Dunkin' and a note signed 'the R. family': we got it, we ate it, we cried a little. Thank you. ☕",
    [("OTHER_ID", "room 512"), ("NAME", "R.")],
    note="Room number with keyword and a family initial (with its period).",
)

# 102
n(
    "en",
    "hospital_contact",
    "Mailing a thank-you card to a nurse? 💌 Lowell: 310 Pawtucket Boulevard, Lowell, MA 01854. Boston: 1 Harbor Point Way, Boston, MA 02125. Write the unit name on the envelope and we'll get it there.",
    "The hospital's own addresses and ZIPs.",
)

# 103
n(
    "es",
    "public_figure",
    "El pelotero dominicano de los Red Sox, Rafael 'Felo' Valdez, visitó hoy la pediatría de Boston y repartió gorras firmadas. Felo nació en San Pedro de Macorís y dice que todavía no se acostumbra a la nieve. ⚾❄️",
    "A visiting ballplayer's nickname and birthplace: public figure.",
)

# 104
p(
    "en",
    "patient_story",
    "Last year Declan Foley collapsed at mile 20 on Heartbreak Hill and spent 11 days in our Harbor ICU. This Monday he'll run it again, with the nurse who met him in the medical tent jogging the last mile beside him. Go, Dec! #DecRunsBoston",
    [
        ("NAME", "Declan Foley"),
        ("GEO", "Heartbreak Hill"),
        ("NAME", "Dec"),
        ("NAME", "#DecRunsBoston"),
    ],
    note="Name, short form and hashtag; the place of the collapse is GEO like the road of a crash. Relative days are not labelled.",
)

# 105
n(
    "en",
    "research",
    "Our Cape Verdean Heart Study just passed 2,000 participants from Brockton, Dorchester and Roxbury! Findings on sickle cell trait and hypertension are coming this fall. Obrigadu to every family. 🇨🇻❤️",
    "Research news; towns of a study population.",
)

# 106
p(
    "es",
    "birth_announcement",
    "🎄 El mejor regalo de Nochebuena: Ángel David Marte Polanco, 8 libras, nacido a las 11:40 p. m. Sus abuelos vinieron desde Haverhill en plena nevada. ¡Feliz Navidad, familia Marte!",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Ángel David Marte Polanco"),
        ("NAME", "Marte", "*"),
        ("GEO", "Haverhill"),
    ],
    note="Born on Christmas Eve (holiday = birth date), full name, grandparents' town, family surname. 'Feliz Navidad' is a greeting, not the birth date.",
)

# 107
n(
    "en",
    "event",
    "Join Dr. Siobhan Keane and the Harbor Pipes & Drums for our St. Patrick's Day 5K on March 15 at Castle Island. Proceeds support the Eileen McGrath Hospice Garden. ☘️🏃",
    "Event with a doctor, a venue and a garden named after a person.",
)

# 108
p(
    "en",
    "pasted_record",
    "Re: records request for patient Antônio Carlos Medeiros, DOB 09/09/1947. Please fax to his daughter at (781) 555-0142 or email carla.medeiros.adv@outlook.com. Thanks, Carla",
    [
        ("NAME", "Antônio Carlos Medeiros"),
        ("DATE", "09/09/1947"),
        ("FAX", "(781) 555-0142"),
        ("EMAIL", "carla.medeiros.adv@outlook.com"),
        ("NAME", "Carla"),
    ],
    note="Records request pasted publicly: name, DOB, daughter's fax, e-mail and name.",
)

# 109
n(
    "en",
    "statistic",
    "Snowstorm stats from last night: 41 ED visits in Lowell, 12 snowblower hand injuries, 7 heart attacks while shoveling, 0 babies born in a snowbank (a first this winter). Please shovel slowly. 🌨️",
    "Aggregate storm statistics.",
)

# 110
p(
    "es",
    "memorial",
    "Descansa en paz, don Eusebio 'Chebo' Taveras, de noventa y tres años, que nos contaba chistes en cada sesión de terapia. Falleció el domingo de Resurrección en su casa de Methuen. Te extrañamos, Chebo. 🕊️",
    [
        ("NAME", "Eusebio 'Chebo' Taveras"),
        ("NAME", "Chebo", "*"),
        ("AGE", "noventa y tres"),
        ("DATE", "domingo de Resurrección"),
        ("GEO", "Methuen"),
    ],
    note="Name with nickname, age over 89 in Spanish words, date of death as a holiday, home town.",
)

# 111
n(
    "en",
    "crisis_update",
    "Power is back at our Boston campus after last night's outage. No patients were harmed; generators carried the NICU and ICU. Thank you to Facilities, especially Manny, Joe and Tiago, who worked through the night. 🔦",
    "Operational update thanking staff by first name.",
)

# 112
p(
    "en",
    "patient_story",
    "Lowell Fitzgerald, 90, has lived in Lowell his whole life (yes, really) and was the first patient to test our new Lowell cardiac rehab gym. 'Named after the city, built like the mills,' he says. 💪",
    [("NAME", "Lowell Fitzgerald"), ("AGE", "90"), ("GEO", "Lowell", 2)],
    note="A patient whose first name is the city; his home city is GEO; the third 'Lowell' is the hospital's gym (not GEO, declared).",
    ok=("Lowell",),
)

# 113
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra Dra. Yanira Féliz, primera cirujana dominicana jefa de trauma en el Harbor! Nació en Baní, se graduó de la UASD y llegó a Boston en pleno invierno de 2011. 🩺",
    "A surgeon's name and birthplace: staff.",
)

# 114
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves', Addison's: our endocrinology team in Lowell treats them all. January is Thyroid Awareness Month; book a screening at merrimackharbor.org/thyroid.",
    "Eponymous conditions and an awareness month.",
)

# 115
p(
    "en",
    "thank_you",
    "obrigadu to nha tuta's whole family for the cachupa rica 😍 the night shift on 4 ellis is still full. we miss her already",
    [("NAME", "tuta")],
    note="Lower-case Kriolu nickname after the honorific 'nha'.",
)

# 116
p(
    "es",
    "discharge",
    "Cuarto 6, cama B: vacío y feliz 😄 Nuestro paciente más joven del piso, Brayan Almánzar, se fue a casa hoy. ¡Te vamos a extrañar, campeón!",
    [("OTHER_ID", "Cuarto 6"), ("OTHER_ID", "cama B"), ("NAME", "Brayan Almánzar")],
    note="Room and bed, each with its keyword, and the patient's name.",
)

# 117
n(
    "en",
    "recruitment",
    "Night shift RNs: $15,000 sign-on bonus at our Lowell campus, plus free parking (we know). Bring your Bruins mug. Apply by Feb 28 at mhhealth.org/nursing or call 978-555-0147.",
    "Recruitment deadline and hospital contacts.",
)

# 118
n(
    "en",
    "sponsor",
    "Thank you to the Nguyen-Pereira family, owners of Pho & Pão on Merrimack Street, for feeding 200 snowed-in staff during Tuesday's storm. You are Lowell. 🍜🥖",
    "Donor family and their business address: not patients.",
)

# 119
p(
    "es",
    "patient_story",
    "El día 5 se cumplió un año del incendio del triple-decker de la calle Cross en Lowell. Nelson Tejada, que sacó a sus tres hijos por la ventana, volvió hoy a saludar al equipo de quemados. 🔥💪",
    [("DATE", "día 5"), ("GEO", "calle Cross"), ("GEO", "Lowell"), ("NAME", "Nelson Tejada")],
    note="Day of the month alone for the injury date, street and city of the fire at his home, patient's name.",
)

# 120
n(
    "en",
    "anonymous_story",
    "Last night in our Lowell ED: a mill-town grandpa, a snowplow driver and a Bruins fan walked in. Same guy. He's fine. Wear your gloves when you clear the snowblower chute, folks. 🧤",
    "Anonymous ED story.",
)

# 121
p(
    "en",
    "patient_story",
    "Sokun Prum was on the line at Angkor Kitchen in Lowell when the grease fire started on New Year's Eve. Three skin grafts later, he's back to making the best amok in the city, with a new respect for fire extinguishers. 🔥🙏",
    [
        ("NAME", "Sokun Prum"),
        ("NAME", "Angkor Kitchen"),
        ("GEO", "Lowell"),
        ("DATE", "New Year's Eve"),
    ],
    note="Patient's employer is NAME; the town where he was burned is GEO; the injury happened on a holiday.",
)

# 122
n(
    "en",
    "staff_spotlight",
    "Proud moment for night nurse Kelly Brennan: her daughter Ava, 12, won the Lowell city spelling bee with 'chrysanthemum'. Kelly says she studied in the 6 West break room. 🐝",
    "A staff member and her own child, who is not a patient.",
)

# 123
p(
    "es",
    "patient_story",
    "Nuestra enfermera Yaritza Peña cuidó de su propia abuela, doña Chucha Valdez, de 98 años, durante su estadía en 4 Ellis. 'Fue un honor', dice Yaritza. Doña Chucha ya está en casa en Roslindale. ❤️",
    [
        ("NAME", "Yaritza Peña"),
        ("NAME", "Yaritza", "*"),
        ("NAME", "Chucha Valdez"),
        ("NAME", "Chucha", "*"),
        ("AGE", "98"),
        ("GEO", "Roslindale"),
    ],
    note="A nurse who is the patient's granddaughter is labelled as a relative; patient's nickname-name, age over 89, home neighbourhood.",
)

# 124
n(
    "en",
    "event",
    "Our Lowell nurses are skating at the Tsongas Center on Jan 25 in a charity game vs. Lowell Fire. Tickets $10, all proceeds to the NICU family fund. 🏒",
    "Event date and an arena named after a public figure.",
)

# 125
p(
    "en",
    "thank_you",
    "So many of you asked how to help the Keo family after Saturday's fire on Bridge Street: their fundraiser is gofundme.com/f/keo-family-fire-lowell. Little Sovann is out of the burn unit and asking for his Pedroia jersey. 💛",
    [
        ("NAME", "Keo"),
        ("GEO", "Bridge Street"),
        ("URL", "gofundme.com/f/keo-family-fire-lowell"),
        ("NAME", "Sovann"),
    ],
    note="Family surname, street of the house fire, the family's fundraiser URL, the child's name ('Little' is descriptive). The ballplayer is a public figure.",
)

# 126
n(
    "en",
    "public_figure",
    "Fun fact for #MillCityHistory: our Lowell campus sits near where the Pawtucket Canal was dug by Irish laborers in 1822, many of whom were treated for cholera by Dr. John O. Green. 🏭",
    "History: a historical doctor and anonymous laborers.",
)

# 127
n(
    "es",
    "crisis_update",
    "⚠️ Tormenta de nieve: las clínicas de Lowell abrirán a las 10 a. m. El Centro de Partos de Boston funciona normal. Si tienes una cita, te llamaremos desde el 978-555-0100. No salgas si no es necesario. ❄️",
    "Storm update with the hospital's own number.",
)

# 128
p(
    "en",
    "birth_announcement",
    "Meet Lynn Sreypich Ouk, born 6/6 at 6:06 am (we checked twice). Her parents met at a Khmer New Year party in Lynn and named her after the city. Welcome, Lynn! 🌊",
    [("NAME", "Lynn Sreypich Ouk"), ("DATE", "6/6"), ("GEO", "Lynn", 2), ("NAME", "Lynn", 3)],
    note="A baby named after a city: the name twice (NAME) and the city where the parents met (GEO). Birth date as numbers; the time is not labelled.",
)

# 129
n(
    "en",
    "eponymous_condition",
    "Apgar scores, explained: Dr. Virginia Apgar created the 0–10 newborn check in 1952. A 7 at five minutes is normal! Questions? Ask our Birth Center nurses at 617-555-0172. 👶",
    "Eponymous score and its historical inventor.",
)

# 130
p(
    "es",
    "discharge",
    "¡Alta médica! Nuestra pequeña guerrera Anyelí Rodríguez Báez sale hoy después de su trasplante de riñón (fecha de cirugía: 2025-01-14). Su donante fue su tía Yocasta. #AnyelíGuerrera",
    [
        ("NAME", "Anyelí Rodríguez Báez"),
        ("DATE", "2025-01-14"),
        ("NAME", "Yocasta"),
        ("NAME", "#AnyelíGuerrera"),
    ],
    note="Double surname, surgery date in ISO form, the aunt who donated the kidney, accented name hashtag.",
)

# 131
n(
    "en",
    "sponsor",
    "Thank you, Cabral Family Foundation! Their $250,000 gift names the Manuel & Graça Cabral Kriolu Patient Navigator program at our Harbor campus. Manuel came to New Bedford from Fogo in 1971. 🇨🇻",
    "Donors and a program named after them, with the donor's own history: not patients.",
)

# 132
p(
    "en",
    "pasted_record",
    "Tech note posted to wrong account: pacemaker interrogation for HENNESSEY, PATRICK, device serial PJN449201R, implanted 8/22/2019, next check 2/10. -BT",
    [
        ("NAME", "HENNESSEY, PATRICK"),
        ("DEVICE", "PJN449201R"),
        ("DATE", "8/22/2019"),
        ("DATE", "2/10"),
    ],
    note="Chart-style name, pacemaker serial, implant and follow-up dates. 'BT' is the technician's initials.",
)

# 133
n(
    "en",
    "health_tip",
    "Running Boston this year? 🏃‍♂️ Our sports med team says: don't try anything new on race day, not shoes, not gels, not the free beer at mile 21. And know the signs of hyponatremia.",
    "Health tip for marathon runners.",
)

# 134
p(
    "es",
    "milestone_birthday",
    "¡Nuestra centenaria favorita! Doña Ercilia Batista de Gil cumple hoy 101 años y celebró en la clínica de Jackson Street con su bisnieta Kiara y un pastel de tres leches. 🎂🇩🇴",
    [("AGE", "centenaria"), ("NAME", "Ercilia Batista de Gil"), ("AGE", "101"), ("NAME", "Kiara")],
    note="'centenaria' and the number are ages over 89; married name with 'de'; great-granddaughter. The clinic is the hospital's.",
)

# 135
n(
    "en",
    "anonymous_story",
    "A gentleman in his 90s came to our Lowell ED last night after shoveling his whole driveway 'because the plow guy was late.' He's fine. The plow guy has been spoken to. ❄️😂",
    "Anonymous; a decade range ('in his 90s') is not labelled.",
)

# 136
p(
    "en",
    "patient_story",
    "update from the mahoney-keane crew: seamus is off the vent!!! 🙌 he gave his nurses a thumbs up and asked who won the bruins game. keep the prayers coming #seamusstrong",
    [("NAME", "mahoney-keane"), ("NAME", "seamus"), ("NAME", "#seamusstrong")],
    note="Lower-case hyphenated family surname, first name and lower-case name hashtag.",
)

# 137
n(
    "en",
    "campaign_hashtag",
    "Eleven years later, we still remember the runners, families and first responders we cared for. #BostonStrong #OneBostonDay 💙💛",
    "Public campaign hashtags; no one is named.",
)

# 138
n(
    "es",
    "statistic",
    "En 2024, nuestros intérpretes hicieron 61.200 llamadas en español, 18.400 en jemer, 9.900 en portugués y 4.300 en criollo caboverdiano. ¡Gracias, equipo de Servicios de Idiomas! 🗣️",
    "Statistics.",
)

# 139
p(
    "en",
    "memorial",
    "Lok Yeay Chhorn Sarun, our beloved nonagenarian from the Sunday Khmer diabetes group, passed away peacefully on April 14, the first day of Khmer New Year. Her grandsons Visal and Rithy carried her prayer beads to the temple. 🙏🪷",
    [
        ("NAME", "Chhorn Sarun"),
        ("AGE", "nonagenarian"),
        ("DATE", "April 14"),
        ("DATE", "first day of Khmer New Year"),
        ("NAME", "Visal"),
        ("NAME", "Rithy"),
    ],
    note="'Lok Yeay' is a Khmer honorific (left out); 'nonagenarian' is an age; the date of death is written as a date and as the holiday; grandsons.",
)

# 140
n(
    "en",
    "research",
    "Published this week: our Lowell team's study of 312 Cambodian-American survivors of the Khmer Rouge found that PTSD screening in primary care doubled referrals to treatment. Led by Dr. Vanna Sem and Dr. Kathleen Roche.",
    "Research news with doctors' names and a study population.",
)

# 141
p(
    "es",
    "thank_you",
    "En la foto: la familia Mejía Ozuna con el equipo de la UCI neonatal el día que su gemela Génesis pesó por fin 5 libras. ¡Gracias por dejarnos compartir este momento! 📸",
    [("PHOTO", "En la foto"), ("NAME", "Mejía Ozuna"), ("NAME", "Génesis")],
    note="Photo cue for a photo of the family, double family surname, the twin's name (also a word).",
)

# 142
n(
    "en",
    "public_figure",
    "Bruins alumni night! 91-year-old former Bruin 'Jumpin' Jack' Doyle (who played on the '57 team) signed pucks in our Lowell lobby for two hours straight. Legend. 🏒",
    "A public figure's age over 89 and nickname: not a patient.",
)

# 143
p(
    "en",
    "discharge",
    "Discharge dance party on 6 West 💃 for Chelsea Amaral, 17, who beat MIS-C and is heading home to Chelsea (yes, Chelsea from Chelsea). Her avó Dalia brought the speaker.",
    [
        ("NAME", "Chelsea Amaral"),
        ("GEO", "Chelsea", 2),
        ("NAME", "Chelsea", 3),
        ("GEO", "Chelsea", 4),
        ("NAME", "Dalia"),
    ],
    note="A first name that is also her home city: each occurrence labelled NAME or GEO by its role; grandmother.",
)

# 144
n(
    "es",
    "health_tip",
    "¿Dolor de pecho al palear nieve? No es 'un aire'. Llama al 911. Los síntomas de infarto en mujeres pueden ser distintos: cansancio, náuseas, dolor de espalda. Más info en mhhealth.org/corazon ❤️",
    "Health tip.",
)

# 145
n(
    "en",
    "hospital_contact",
    "Family members: you can reach a patient on 5 Harbor 24/7 through our Boston main line, 617-555-0160. For Khmer, Spanish, Portuguese or Kriolu, ask for an interpreter or call 978-555-0195. 📞",
    "Hospital numbers.",
)

# 146
p(
    "en",
    "pasted_record",
    "reposting from our Facebook inbox by accident, sorry!! 'hi, my grandma Yay Nhoeun (Nhoeun Sok, born 5/12/1934) is on 7 north since sunday, she doesnt eat the hospital food so my mom is bringing bobor every night, is that ok? also can the nurse call my aunt Ming Sreyleak 978-555-0181 she only speaks khmer and she is the one who signs things. the interpreter line was busy all morning. thank you so much you guys are the best, we are praying for all of you'",
    [
        ("NAME", "Nhoeun Sok"),
        ("NAME", "Nhoeun", "*"),
        ("DATE", "5/12/1934"),
        ("NAME", "Sreyleak"),
        ("PHONE", "978-555-0181"),
    ],
    note="Khmer kinship honorifics 'Yay' (grandma) and 'Ming' (aunt) are left out; patient's name, DOB, aunt's name and phone.",
)

# 147
n(
    "en",
    "thank_you",
    "To the 214 volunteers who logged 31,000 hours this year, including 92-year-old Mary Flanagan, who still pushes the library cart every Thursday: THANK YOU. 💙 #NationalVolunteerWeek",
    "A volunteer's age over 89: volunteers are not patients.",
)

# 148
p(
    "es",
    "patient_story",
    "Después de 6 meses de rehabilitación por una caída en su trabajo, en el almacén de Market Basket en Tewksbury, Franklyn Almonte volvió a manejar su montacargas. Su esposa Ivelisse nos escribió: 'ustedes le devolvieron la vida'. 🙌",
    [
        ("NAME", "Market Basket"),
        ("GEO", "Tewksbury"),
        ("NAME", "Franklyn Almonte"),
        ("NAME", "Ivelisse"),
    ],
    note="The patient's employer is NAME, the town of the workplace injury GEO; patient and wife.",
)

# 149
n(
    "en",
    "event",
    "Free flu shots this Saturday 10–2 at Kerouac Park by the Cambodian American League booth, and Sunday after 11:30 Mass at St. Anthony's in Lowell's Back Central. Walk right up. 💉",
    "Event venues (a park named after a public figure, a church, a neighbourhood).",
)

# 150
p(
    "en",
    "birth_announcement",
    "Double the joy 👶👶 Faith and Joy Okafor-Lima arrived 2 minutes apart on the 1st of March at our Boston Birth Center. Dad Chidi says he's outnumbered. Mom Renata says he always was.",
    [
        ("NAME", "Faith"),
        ("NAME", "Joy Okafor-Lima"),
        ("DATE", "1st of March"),
        ("NAME", "Chidi"),
        ("NAME", "Renata"),
    ],
    note="Twins whose names are words ('joy' in lower case is the noun), hyphenated surname, birth date as an ordinal, parents.",
)

# 151
p(
    "es",
    "memorial",
    "Hoy hace un año que partió nuestro querido Anselmo 'Chemo' Ventura, paciente de la unidad de diálisis de Lowell por 12 años. Falleció el 3 de marzo de 2024. Su nieta Dayanara sigue viniendo a saludar. 🕯️",
    [("NAME", "Anselmo 'Chemo' Ventura"), ("DATE", "3 de marzo de 2024"), ("NAME", "Dayanara")],
    note="Nickname that is also a medical word, full date of death with year, granddaughter. 'Hoy hace un año' is relative.",
)

# 152
n(
    "en",
    "anonymous_story",
    "Overheard on 4 Ellis: a patient told her nurse she'd survived the Khmer Rouge, two winters in a mill-town attic, and three grandsons' hockey seasons, so one hip replacement wasn't going to stop her. 💪",
    "Anonymous patient with no identifier.",
)

# 153
p(
    "en",
    "patient_story",
    "State Rep. Marisol Correia wanted people to know: her colon cancer was found at a routine screening in our Lowell GI lab on Jan. 9, at age 45. 'Get the test,' she says. #ScreenWithMarisol",
    [("NAME", "Marisol Correia"), ("DATE", "Jan. 9"), ("NAME", "#ScreenWithMarisol")],
    note="A public figure who is the patient is labelled; title left out; screening date; hashtag with her name. Age 45 is not labelled.",
)

# 154
n(
    "es",
    "event",
    "Domingo 18 de mayo: Caminata por la Salud de la Mujer en el parque Fort Hill de Lowell. Habrá mamografías gratis en la unidad móvil. Inscríbete al 978-555-0195. 🎀",
    "Event date and venue.",
)

# 155
p(
    "en",
    "staff_spotlight",
    "Full circle 🔄 Respiratory therapist Dara Chhun was born at 26 weeks in our Lowell NICU on Feb. 2, 1998. Today she runs the ventilators there. 'Some of the same nurses are still here,' she says. 💙",
    [("NAME", "Dara Chhun"), ("DATE", "Feb. 2, 1998")],
    note="A staff member described as a former NICU patient is labelled as a patient: name and birth date with its year.",
)

# 156
p(
    "en",
    "thank_you",
    "Nha Bibinha sent us 4 dozen pastel com diabo dentro 🔥 from her kitchen in Brockton to say thank you for her new knee. Obrigadu, Nha Bibinha! You can come back anytime (as a visitor 😉).",
    [("NAME", "Bibinha", "*"), ("GEO", "Brockton")],
    note="Kriolu nickname after the honorific 'Nha', twice; home town.",
)

# 157
p(
    "es",
    "pasted_record",
    "Hola, necesito cambiar la cita de mi hijo Jeremy Núñez Liriano (fecha de nacimiento 14/03/2016, MassHealth 100384756012). Mi número es 978 555 0158. Gracias, Yolanda",
    [
        ("NAME", "Jeremy Núñez Liriano"),
        ("DATE", "14/03/2016"),
        ("HEALTH_PLAN", "100384756012"),
        ("PHONE", "978 555 0158"),
        ("NAME", "Yolanda"),
    ],
    note="Parent's message posted publicly: name, DOB day/month/year, MassHealth id, phone with spaces, mother's name.",
)

# 158
n(
    "en",
    "crisis_update",
    "Winter Storm Fiona update: Lowell clinics CLOSED today, Boston clinics open at noon. ED, Birth Center and dialysis are open. If your dialysis ride cancels, call 978-555-0100 and we'll find you one. 🚐",
    "A storm's name is not a person; hospital number.",
)

# 159
n(
    "en",
    "statistic",
    "Our Geriatric ED turned one! In its first year it cared for 3,905 patients over 75, including 612 aged 90 or older and 4 centenarians. Average stay: down 3.1 hours. 🎉",
    "Population ages and counts ('4 centenarians' is not a person).",
)

# 160
p(
    "es",
    "birth_announcement",
    "💐 ¡Qué regalo del Día de las Madres! Alba Sofía nació el domingo 11 de mayo a las 5:45 a. m. Su mamá, Yessica Contreras, dice que fue el mejor de su vida. ¡Bienvenida, Alba!",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Alba Sofía"),
        ("NAME", "Alba", "*"),
        ("DATE", "11 de mayo"),
        ("NAME", "Yessica Contreras"),
    ],
    note="Birth on Mother's Day written as the holiday and the date (weekday left out), baby and mother.",
)

# 161
p(
    "en",
    "patient_story",
    "Patient C.S., 93, wants everyone to know she beat COVID twice and the Blizzard of '78 once. She credits prahok and stubbornness. 🦠❌",
    [("NAME", "C.S."), ("AGE", "93")],
    note="Initials as the patient's name and an age over 89. A named storm with a bare year is not a date element.",
)

# 162
n(
    "en",
    "health_tip",
    "Shoveling after 60? Know the signs of a heart attack, and of a Colles' fracture from slipping on ice (a broken wrist, named for Dr. Abraham Colles). Salt your steps, wear cleats, take breaks. 🧂",
    "Eponymous fracture and its historical namesake.",
)

# 163
n(
    "es",
    "public_figure",
    "Este mes recordamos a la Dra. Evangelina Rodríguez, primera médica dominicana, graduada en 1925. Su historia inspira a nuestras residentes de Lowell y Boston. 👩‍⚕️🇩🇴",
    "Historical figure.",
)

# 164
p(
    "en",
    "discharge",
    "Special delivery 🚑➡️🏠: our Mobile Integrated Health team drove 97-year-old Manuel 'Manny' Pina home to 58 Lilley Ave, 2nd fl, after 16 days on 7 South. His cat was waiting on the porch.",
    [("AGE", "97-year-old"), ("NAME", "Manuel 'Manny' Pina"), ("GEO", "58 Lilley Ave, 2nd fl")],
    note="Age token with suffix, name with nickname, triple-decker address with its floor as one span.",
)

# 165
n(
    "en",
    "sponsor",
    "Thanks to Bill Tsapatsaris of Acre Auto Body for plowing our Jackson Street clinic lot for free, every storm, for 9 winters. ❄️🚜",
    "A sponsor and his business: not a patient.",
)

# 166
p(
    "es",
    "thank_you",
    "Gracias a todos los que oraron por Joselito. 🙏 Ya salió de la UCI pediátrica. Si quieren mandarle tarjetas, su tía Mayra las recoge: 617-555-0107. #OracionesPorJoselito",
    [
        ("NAME", "Joselito"),
        ("NAME", "Mayra"),
        ("PHONE", "617-555-0107"),
        ("NAME", "#OracionesPorJoselito"),
    ],
    note="Child's diminutive name, aunt's name and phone (a Boston number that is not the hospital's), name hashtag.",
)

# 167
n(
    "en",
    "recruitment",
    "We're hiring CNAs for 4 Ellis and 7 South! No experience? Our paid training starts March 3. Portuguese, Kriolu, Khmer or Spanish a plus. Apply at merrimackharbor.org/cna 🩺",
    "Recruitment with a course date.",
)

# 168
p(
    "en",
    "milestone_birthday",
    "Two birthdays on the Lowell dialysis unit today 🎂🎂: patient Eileen 'Leeny' Hurley turns 90 and her favorite tech, Sambath, turns 60. They're splitting the cake. Leeny says she gets the bigger half.",
    [("NAME", "Eileen 'Leeny' Hurley"), ("NAME", "Leeny", "*"), ("AGE", "90")],
    note="Patient's name and age 90 are labelled; the technician's name and age are staff's.",
)

# 169
n(
    "en",
    "eponymous_condition",
    "Sickle cell disease affects many of our Cape Verdean and Dominican families. June 19 is World Sickle Cell Day: free trait testing at our Harbor campus, 9–3. 🩸",
    "Awareness day and population groups.",
)

# 170
p(
    "es",
    "patient_story",
    "el pequeño yeiko ya volvió a batear 💪⚾ después de su cirugía de corazón el 9 de septiembre. su equipo de pequeñas ligas de lawrence (01841) le hizo un túnel de honor. ¡dale, yeiko!",
    [("NAME", "yeiko", "*"), ("DATE", "9 de septiembre"), ("GEO", "lawrence"), ("GEO", "01841")],
    note="Lower-case nickname twice, surgery date, town and ZIP of his team (they tell where he lives).",
)

# 171
p(
    "en",
    "pasted_record",
    "FWD: incident #IR-2025-0412, fall, Rm 7S-03, pt GALLAGHER, MAUREEN, enc 88120349, 1/27 at 0340. Family (son Brendan) notified.",
    [
        ("OTHER_ID", "IR-2025-0412"),
        ("OTHER_ID", "Rm 7S-03"),
        ("NAME", "GALLAGHER, MAUREEN"),
        ("OTHER_ID", "88120349"),
        ("DATE", "1/27"),
        ("NAME", "Brendan"),
    ],
    note="Incident-report number and encounter number (values only), room with keyword, chart-style name, date of the fall, son.",
)

# 172
n(
    "en",
    "anonymous_story",
    "A dad from our NICU texted a photo at 2 a.m.: his daughter's first snow, through the window, from her crib at home. No names, no faces. Just snow. That's the whole post. ❄️",
    "Anonymous story; the photo is not posted and shows no one.",
)

# 173
n(
    "es",
    "anonymous_story",
    "Una abuelita de 80 y tantos años vino a la clínica de Jackson Street en plena nevada para su vacuna. 'Si no vengo yo, ¿quién me la pone?' Palabras sabias. 💉",
    "Anonymous patient; an age under 90 is not labelled.",
)

# 174
p(
    "en",
    "patient_story",
    "Six months ago Marcus Depina couldn't lift his arm after a stroke. Tonight he throws out the first pitch at Fenway with his PT, Jenny, catching. Marcus, 44, from Mattapan: don't bounce it. ⚾ #MarcusThrows",
    [
        ("NAME", "Marcus Depina"),
        ("NAME", "Marcus", "*"),
        ("GEO", "Mattapan"),
        ("NAME", "#MarcusThrows"),
    ],
    note="Patient's name, neighbourhood and hashtag; the therapist is staff; Fenway is a venue.",
)

# 175
n(
    "en",
    "hospital_contact",
    "Our new patient portal address is portal.merrimackharbor.org. We will never text you a link from any other domain. Report suspicious messages to security@mhhealth.org. 🔒",
    "The hospital's own domains.",
)

# 176
p(
    "es",
    "discharge",
    "¡Rumbo a Providence! 🚗 Luz Clarita Marte, de 90 años, termina hoy su rehabilitación tras la fractura de cadera que sufrió el 24 de diciembre resbalando en el hielo. Su nieto Adonis la viene a buscar. ❄️",
    [
        ("GEO", "Providence"),
        ("NAME", "Luz Clarita Marte"),
        ("AGE", "90"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Adonis"),
    ],
    note="Destination home city, a name that is also a word, age 90, injury date, grandson.",
)

# 177
n(
    "en",
    "research",
    "Can Boston Marathon runners teach us about heart rhythm? Our 'Heartbreak Hill' study followed 800 runners from 2015 to 2024 and found atrial fibrillation in 3.2%. Paper out today in Circulation. 🏃❤️",
    "Research news; a study named after a place.",
)

# 178
p(
    "en",
    "thank_you",
    "The new rocking chairs in our Lowell NICU were donated by Mark and Theresa Kowalczyk in memory of their son Jakub, who was born here on Nov. 14, 2019 and lived 9 days. We think of him every time someone rocks a baby. 🤍",
    [("NAME", "Mark"), ("NAME", "Theresa Kowalczyk"), ("NAME", "Jakub"), ("DATE", "Nov. 14, 2019")],
    note="Donors introduced as parents of a patient are labelled; the baby's name and birth date.",
)

# 179
n(
    "es",
    "sponsor",
    "¡Gracias, Supermercado Lowell Fresh y Panadería La Caridad por donar 300 comidas de Nochebuena para el personal de turno! 🎄 Ustedes son familia.",
    "Sponsors; a holiday that is no patient's event.",
)

# 180
n(
    "en",
    "event",
    "Bruins watch party for our ED staff (not the patients, sorry) Thursday at 7 in the Lowell cafeteria. Wear black and gold. Free pizza courtesy of Dr. Keane, who lost a bet to Dr. Prak. 🏒🍕",
    "Staff event; doctors' names.",
)

# 181
p(
    "en",
    "patient_story",
    "Pictured: Sreyneth Sam, 8, and her brother Bunthoeun ringing the bell on 6 West after her last round of chemo on Halloween (she came as Elsa, obviously). 🔔👑",
    [("PHOTO", "Pictured"), ("NAME", "Sreyneth Sam"), ("NAME", "Bunthoeun"), ("DATE", "Halloween")],
    note="Photo cue for a photo of the patient, her name and her brother's, last chemo on a holiday. The costume character is not a person.",
)

# 182
p(
    "en",
    "discharge",
    "Sunny days ahead for Sunny! ☀️ Sunil 'Sunny' Hak, 15, went home to Pawtucketville today, 3 weeks after his appendix burst during the July heat wave. #SunnyDaysAhead",
    [
        ("NAME", "Sunil 'Sunny' Hak"),
        ("NAME", "Sunny", 2),
        ("GEO", "Pawtucketville"),
        ("DATE", "July"),
        ("NAME", "#SunnyDaysAhead"),
    ],
    note="'Sunny days' is the adjective (declared unlabelled); the nickname, the full name, the pun hashtag built on his name, home neighbourhood, month of the emergency.",
    ok=("Sunny",),
)

# 183
p(
    "en",
    "sponsor",
    "Forty years ago, Dr. Riordan delivered Patrick Sheehan at 29 weeks in our old Lowell nursery. Today Patrick, now a Dracut contractor, rebuilt our NICU family lounge for free. Thank you, Patrick! 🔨💙",
    [("NAME", "Patrick Sheehan"), ("NAME", "Patrick", "*"), ("GEO", "Dracut")],
    note="A donor who was himself a patient (a NICU baby) is labelled, with the town where he works; the doctor is staff.",
)

# 184
p(
    "en",
    "milestone_birthday",
    "Mrs. Ng turns one hundred and two today and told our chaplain, Fr. Walsh, that the secret is congee and never owning a car. 🎂 #7North",
    [("NAME", "Ng"), ("AGE", "one hundred and two")],
    note="Surname alone after a title, age over 89 in words. The chaplain is staff; #7North is a unit.",
)

# 185
p(
    "en",
    "patient_story",
    "Baby Pisey's updates are at caringbridge.org/visit/piseykhem, and her mom Channary asks for no visitors while she's on isolation. 💕 #prayforpisey",
    [
        ("NAME", "Pisey"),
        ("URL", "caringbridge.org/visit/piseykhem"),
        ("NAME", "Channary"),
        ("NAME", "#prayforpisey"),
    ],
    note="Baby's name ('Baby' descriptive), the family's CaringBridge URL, mother, lower-case name hashtag.",
)

# 186
p(
    "en",
    "birth_announcement",
    "Born on the Fourth of July 🇺🇸🎆 Welcome, Liberty Rose Brennan-Cabral! 7 lb 7 oz, delivered by Dr. Barbosa's team at the Boston Birth Center. Big sisters Maeve and Iara approve.",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Liberty Rose Brennan-Cabral"),
        ("NAME", "Maeve"),
        ("NAME", "Iara"),
    ],
    note="Birth on a holiday, a first name that is a word, hyphenated surname, sisters. The doctor is staff.",
)

# 187
p(
    "en",
    "pasted_record",
    "pt: DELGADO, YOKAIRIS M. | DOB: 3rd of May 1988 | admit Jan 3rd | unit 5H bed 22 | insurer BMC HealthNet #BHN-447-201-98",
    [
        ("NAME", "DELGADO, YOKAIRIS M."),
        ("DATE", "3rd of May 1988"),
        ("DATE", "Jan 3rd"),
        ("OTHER_ID", "bed 22"),
        ("HEALTH_PLAN", "BHN-447-201-98"),
    ],
    note="Chart-style name (the initial keeps its period), DOB and admission date in ordinal forms, bed with keyword (the unit is not labelled), health-plan number.",
)

# 188
p(
    "en",
    "patient_story",
    "Shoutout to Dorval Barros, who drives the LRTA 8 bus past our Lowell campus every day and was our patient on 7 South last month after a heart attack behind the wheel. He got the bus stopped safely first. Hero. 🚌",
    [("NAME", "Dorval Barros"), ("NAME", "LRTA")],
    note="Patient's name and his employer (the regional transit authority) as NAME. 'last month' is relative.",
)

# 189
p(
    "en",
    "pasted_record",
    "can someone tell the 7 north nurses that ma sokhom's daughter is coming at 6? email me at sokhom.ma.family@yahoo.com if she needs anything. thanks 🙏",
    [("NAME", "ma sokhom"), ("EMAIL", "sokhom.ma.family@yahoo.com")],
    note="Lower-case Khmer name in surname-first order, the family's e-mail.",
)

# 190
p(
    "en",
    "thank_you",
    "Our Harbor trauma team wants to thank Brendan 'Bren' Daly of Southie, who pulled two kids out of the Fort Point Channel on Mar. 7th and then ended up our patient with hypothermia. He's home and already bragging. 🧊",
    [
        ("NAME", "Brendan 'Bren' Daly"),
        ("GEO", "Southie"),
        ("GEO", "Fort Point Channel"),
        ("DATE", "Mar. 7th"),
    ],
    note="Rescuer who became the patient: name, neighbourhood nickname, place and date of the injury.",
)

# 191
p(
    "en",
    "patient_story",
    "Watch the video 🎥 and try not to cry. Ten months ago, firefighter Marcelo Tavares Lopes was carried out of a burning triple-decker in Dorchester with burns over 40% of his body. He spent 71 days in our Harbor burn unit, had 9 surgeries, and learned to hold a fork again with our OT team. Yesterday he walked, without a cane, into his own retirement party, where his wife Nilda and their twins, Tiago and Tânia, were waiting with a cake shaped like a fire hydrant. Firefighter, patient, legend. Obrigado, Marcelo. 🚒❤️",
    [
        ("PHOTO", "video"),
        ("NAME", "Marcelo Tavares Lopes"),
        ("NAME", "Marcelo", "*"),
        ("GEO", "Dorchester"),
        ("NAME", "Nilda"),
        ("NAME", "Tiago"),
        ("NAME", "Tânia"),
    ],
    note="Long story: video cue, name, place of the injury (the hospital's own neighbourhood, but here the fire's), wife and twins. Durations are not labelled.",
)

# 192
p(
    "en",
    "patient_story",
    "Our volunteer of the year is also a patient: Helen Ouellette, 91, who knits hats for every Lowell NICU baby, just had her cataracts done in our eye clinic on June 3. She's back knitting and says the colors are 'too bright now.' 🧶",
    [("NAME", "Helen Ouellette"), ("AGE", "91"), ("DATE", "June 3")],
    note="A volunteer who is also a patient is labelled: name, age over 89, surgery date.",
)

# 193
p(
    "en",
    "patient_story",
    "Huge day for Bay Nguyen-Santos: first solid food since the crash on Rt 38 in Tewksbury on 9/30. (It was a Fluff sandwich. He's from Somerville, what did you expect.) 🥪",
    [
        ("NAME", "Bay Nguyen-Santos"),
        ("GEO", "Rt 38"),
        ("GEO", "Tewksbury"),
        ("DATE", "9/30"),
        ("GEO", "Somerville"),
    ],
    note="A first name that is a word, hyphenated surname, road and town of the crash, crash date, home city.",
)

# 194
p(
    "en",
    "thank_you",
    "If you're trying to reach Loreto Furtado's family, please don't call our Boston main line (617-555-0160); call his sister Filomena at 617-555-0119 instead. She asked us to post this. 🙏",
    [("NAME", "Loreto Furtado"), ("NAME", "Filomena"), ("PHONE", "617-555-0119")],
    note="A relative's phone next to the hospital's own main line (not labelled); patient and sister.",
)

# 195
p(
    "en",
    "birth_announcement",
    "Ran 26.2 on April 21st, had a baby on April 23rd 🤯 Congratulations to marathoner-mom Aoife Gallagher-Silva and her son Rónán, born at our Boston Birth Center. Aoife says the delivery was the easier of the two.",
    [
        ("DATE", "April 21st"),
        ("DATE", "April 23rd"),
        ("NAME", "Aoife Gallagher-Silva"),
        ("NAME", "Aoife", "*"),
        ("NAME", "Rónán"),
    ],
    note="The mother (a patient) ran the race on a date tied to her; the birth date; Irish names with accents and a hyphenated surname.",
)

# 196
p(
    "en",
    "campaign_hashtag",
    "#TeamNENE block party raised $8,400! THANK YOU!!! 🇨🇻💙",
    [("NAME", "#TeamNENE")],
    note="Short post whose only identifier is an all-caps Kriolu nickname in a hashtag.",
)

# 197
p(
    "en",
    "milestone_birthday",
    "Our oldest ED patient this year, at 104: Mrs. Thi Hoa Lam, who came in on 2/29, her 26th 'real' birthday, she told us. Fractured wrist, perfect sense of humor. 🐸",
    [("AGE", "104"), ("NAME", "Thi Hoa Lam"), ("DATE", "2/29")],
    note="Age over 89, name, the ED visit date (also her leap-day birthday). '26th birthday' counts leap days, not her age, and is under 90.",
)

# 198
p(
    "en",
    "patient_story",
    "Carlos 'Charlie' Monteiro has swept the floors at Boott Mills for 31 years. After his bypass on Labor Day, the whole Boott Mills crew showed up at 6 West with a cake shaped like a broom. 🧹❤️",
    [("NAME", "Carlos 'Charlie' Monteiro"), ("NAME", "Boott Mills", "*"), ("DATE", "Labor Day")],
    note="Employer (a mill building used as a landmark elsewhere) is NAME here, twice; surgery date as a holiday.",
)

# 199
p(
    "en",
    "patient_story",
    "Three generations of Chhay women in one room: grandma Kimsan (getting a new hip), mom Sophy (holding the flowers) and little Bopha (holding the snacks). Recovery goes faster with snacks. 🌸",
    [("NAME", "Chhay"), ("NAME", "Kimsan"), ("NAME", "Sophy"), ("NAME", "Bopha")],
    note="Family surname, the patient and two relatives ('grandma', 'mom', 'little' are descriptive).",
)

# 200
p(
    "en",
    "patient_story",
    "Paddy Kearns, 89, fell on the ice outside his Highlands triple-decker on the 9th and was home again by the 12th. 'Hip's fine, pride's not,' he says. ☘️",
    [("NAME", "Paddy Kearns"), ("GEO", "Highlands"), ("DATE", "9th"), ("DATE", "12th")],
    note="Age 89 is NOT labelled; days of the month alone for the fall and the discharge; home neighbourhood.",
)

# 201
p(
    "en",
    "birth_announcement",
    "Grace under pressure 🙏 Grace Oliveira, 33, delivered her daughter Esperança in the Storrow Drive traffic on the way to us on Sunday. Both are doing great on 5 Harbor.",
    [("NAME", "Grace Oliveira"), ("NAME", "Esperança"), ("GEO", "Storrow Drive")],
    note="'Grace under pressure' is the idiom (declared unlabelled); the mother, the baby (a name that is a word in Portuguese) and the road where she was born.",
    ok=("Grace",),
)

# 202
p(
    "en",
    "patient_story",
    "Shoutout to our favorite dialysis patient, Mr. Radhamés 'Papo' Féliz, who just got his kidney! 🎉 Transplant was 12/24 at 3 a.m. Best Nochebuena gift ever, says his wife Ana Iris.",
    [
        ("NAME", "Radhamés 'Papo' Féliz"),
        ("DATE", "12/24"),
        ("DATE", "Nochebuena"),
        ("NAME", "Ana Iris"),
    ],
    note="Name with nickname, transplant date as numbers and again as the holiday, wife.",
)

# 203
p(
    "en",
    "patient_story",
    "Ta Phan Chheang was a rice farmer in Battambang before he was a mill worker in Lowell. At 96, he just finished cardiac rehab and asked for a photo with the whole team. Here it is! 📸",
    [
        ("NAME", "Phan Chheang"),
        ("GEO", "Battambang"),
        ("GEO", "Lowell"),
        ("AGE", "96"),
        ("PHOTO", "photo"),
    ],
    note="'Ta' (grandfather) is a Khmer honorific; foreign home town, city where he lived and worked, age over 89, photo of the patient.",
)

# 204
p(
    "en",
    "birth_announcement",
    "Welcome Theo Amaral-Flynn, born in the 9th inning of the Sox game on April 8 at our Boston Birth Center. Dad Kevin missed the walk-off. Worth it. ⚾👶",
    [("NAME", "Theo Amaral-Flynn"), ("DATE", "April 8"), ("NAME", "Kevin")],
    note="Birth date; '9th inning' is not a date; father.",
)

# 205
p(
    "en",
    "memorial",
    "Posting on behalf of the family: MOREIRA, JOSÉ CARLOS (Zeca) passed peacefully on 7 South this morning. Wake details to follow. Obrigado to all who cared for him.",
    [("NAME", "MOREIRA, JOSÉ CARLOS"), ("NAME", "Zeca")],
    note="Chart-style all-caps name pasted into a memorial, plus his nickname.",
)

# 206
p(
    "en",
    "pasted_record",
    "CODE BLUE PAGE SENT TO PUBLIC PAGE IN ERROR | RM 604 | O'CONNOR, DEIRDRE | ADMITTED 12 FEB | IGNORE",
    [("OTHER_ID", "RM 604"), ("NAME", "O'CONNOR, DEIRDRE"), ("DATE", "12 FEB")],
    note="All-caps page: room with keyword, chart-style name, admission date day-month.",
)

# 207
p(
    "en",
    "thank_you",
    "Thank you to Cesária's roommate and best friend, Jovelina, who drove through the storm to bring her insulin. Cesária Lopes Andrade is home in Brockton and doing well. 💙",
    [
        ("NAME", "Cesária Lopes Andrade"),
        ("NAME", "Cesária", "*"),
        ("NAME", "Jovelina"),
        ("GEO", "Brockton"),
    ],
    note="A household member (roommate) is labelled like a relative; patient and home town.",
)

# 208
n(
    "en",
    "staff_spotlight",
    "Pictured: our 7 South night nurses, who kept every patient warm through a 9-hour power outage with blankets from the dryer and a lot of hot cocoa. 🔦☕",
    "A photo of staff is not PHOTO of a patient.",
)

# 209
n(
    "en",
    "public_figure",
    "Thank you, City Councilor Narin Chea, for cutting the ribbon at our Khmer New Year health fair and translating for our nurses all afternoon. 🪷",
    "A public official at an event, not a patient.",
)

# 210
n(
    "en",
    "eponymous_condition",
    "Bell's palsy or stroke? Both can droop the face. If it's sudden, don't guess: call 911. Our Lowell stroke team answers 24/7. #BEFAST",
    "Eponymous condition and a campaign hashtag.",
)

# 211
n(
    "en",
    "statistic",
    "Marathon Monday 2025: our medical tent at mile 24 saw 212 runners, sent 9 to our Boston ED, and handed out 3,000 cups of broth. Everyone went home. 🏃💙",
    "Aggregate numbers for a public event.",
)

# 212
n(
    "en",
    "research",
    "Our Brazilian Women's Health Project is recruiting mothers from Framingham, Everett and Somerville for a study on postpartum depression. $40 per visit. Portuguese-speaking staff. merrimackharbor.org/mulheres",
    "Research recruitment; towns of a population.",
)

# 213
n(
    "en",
    "anonymous_story",
    "Someone just called our ED line asking if we had seen 'a guy in a Bruins jersey.' Ma'am, it's Boston. It's April. Narrow it down. 😂 (She found him.)",
    "Anonymous; no identifier.",
)

# 214
n(
    "en",
    "health_tip",
    "Kids and sledding: no trees, no roads, no towing behind snowmobiles. Last winter our pediatric ED saw 63 sledding injuries. Helmets aren't just for hockey. 🛷⛑️",
    "Health tip with a statistic.",
)

# 215
n(
    "en",
    "campaign_hashtag",
    "#CaboVerdeStrong #KhmerProud #OrgulloDominicano: our community health workers are the heart of this place. Meet them at the Lowell Folk Festival, booth 14. 💚",
    "Community campaign hashtags and an event booth.",
)

# 216
n(
    "en",
    "event",
    "Mill City Memories: a free storytelling night for seniors at our Lowell campus, Thursday, October 9, 6 pm. Bring a photo from your mill days. Hosted by volunteer Rita Boisvert, 94. 🏭",
    "Event date; a volunteer's age over 89 is not labelled.",
)

# 217
n(
    "en",
    "staff_spotlight",
    "Everybody on 4 Ellis knows 'Tchetcho': patient care tech Sérgio Barbosa Delgado, born in Praia, raised in Roxbury, 19 years with us. He learned enough Khmer from his patients to tell better jokes, enough Spanish to lose arguments, and he still sings morna on the night shift when the unit is quiet. Ask him about the 2015 blizzard, when he slept in the linen room for three nights. 😄",
    "A staff member's nickname, birthplace and home neighbourhood.",
)

# 218
n(
    "en",
    "thank_you",
    "Thank you, Lowell Fire Engine 7 and Trinity EMS, for getting a mother and her newborn to us safely during last night's whiteout. Both are doing well. 🚒🍼",
    "Anonymous mother and baby; responders' units.",
)

# 219
n(
    "en",
    "hospital_contact",
    "Looking for the Birth Center? Enter at 1 Harbor Point Way, Boston, MA 02125 (Entrance C), and park in Garage 2. Questions: 617-555-0172. Visitors need a badge from the front desk. 🅿️",
    "The hospital's address, entrance and phone.",
)

# 220
n(
    "en",
    "memorial",
    "Rest in peace, Eileen 'Dot' Moran, who volunteered at our Lowell information desk for 28 years and knew every family by name. She was 96. Her funeral Mass is Saturday at St. Margaret's. 💐",
    "Memorial of a volunteer (not described as a patient): name and age are not labelled.",
)

# 221
n(
    "en",
    "crisis_update",
    "Boil-water order for parts of Lowell (ZIPs 01851 and 01854). Our Lowell campus has its own water supply and remains fully open. Patients, don't drink from bathroom taps until we say so. 🚰",
    "Public ZIPs of an area notice, including the hospital's own.",
)

# 222
n(
    "en",
    "recruitment",
    "Love the Bruins, hate commuting? Our Lowell pharmacy is 10 minutes from the Tsongas Center. Now hiring pharmacists and techs. Apply: mhhealth.org/pharmacy 💊",
    "Recruitment.",
)

# 223
p(
    "es",
    "patient_story",
    "Foto: Santiago Almonte Reyes, de 8 años, con su medalla de 'Valiente del Mes'. Santiago nació en Santiago y vive en Lawrence. ¡Eres un campeón! 🏅",
    [
        ("PHOTO", "Foto"),
        ("NAME", "Santiago Almonte Reyes"),
        ("NAME", "Santiago", 2),
        ("GEO", "Santiago", 3),
        ("GEO", "Lawrence"),
    ],
    note="Photo cue; a first name that is also his birth city (NAME and GEO by role); home city.",
)

# 224
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 90, don Pancho! 🎉 Francisco 'Pancho' Rosario celebró en la sala de espera de cardiología con sus hijas Lourdes y Maritza. Nació un 4 de octubre en Moca.",
    [
        ("AGE", "90"),
        ("NAME", "Francisco 'Pancho' Rosario"),
        ("NAME", "Pancho", "*"),
        ("NAME", "Lourdes"),
        ("NAME", "Maritza"),
        ("DATE", "4 de octubre"),
        ("GEO", "Moca"),
    ],
    note="Age 90, nickname after 'don', daughters (one named like a place), birth date without 'un', birthplace abroad.",
)

# 225
p(
    "es",
    "pasted_record",
    "Formulario de admisión (publicado por error): Nombre: Rosanna Jáquez Ureña | Dirección: 33 Tremont St, apto. 2, Lawrence | Licencia de conducir MA S90273318 | Tel. 978-555-0163",
    [
        ("NAME", "Rosanna Jáquez Ureña"),
        ("GEO", "33 Tremont St, apto. 2"),
        ("GEO", "Lawrence"),
        ("LICENSE", "S90273318"),
        ("PHONE", "978-555-0163"),
    ],
    note="Admission form: name, street address with apartment, city, driver's licence, phone.",
)

# 226
p(
    "es",
    "discharge",
    "Entró el 15 y sale hoy 😊 Kelvin José Abreu, de Roxbury, ya se va de la UCI tras su neumonía. ¡Mamá Leidy, ya puedes dormir!",
    [("DATE", "15"), ("NAME", "Kelvin José Abreu"), ("GEO", "Roxbury"), ("NAME", "Leidy")],
    note="Day of the month alone for the admission, name, neighbourhood, mother.",
)

# 227
p(
    "es",
    "memorial",
    "Nuestro querido don Tito Guerrero, de cien años, falleció el Día de los Padres rodeado de sus 7 hijos en la unidad de hospicio. Que en paz descanse. 🕊️",
    [("NAME", "Tito Guerrero"), ("AGE", "cien"), ("DATE", "Día de los Padres")],
    note="Name (surname is also a word), age in words, date of death as a holiday.",
)

# 228
n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestro camillero Ramón 'Moncho' Pichardo, 22 años en Emergencias de Lowell. Nació en Baní un 24 de diciembre y dice que por eso siempre trabaja en Nochebuena. 🎄",
    "A staff member's nickname, birthplace and birthday.",
)

# 229
n(
    "es",
    "health_tip",
    "Temporada de gripe: vacúnate. Es gratis con MassHealth en nuestras clínicas de Lowell (52 Jackson Street) y Boston (1 Harbor Point Way). Sin cita. 💉",
    "The hospital's own addresses.",
)

# 230
n(
    "es",
    "event",
    "¡Día de la Independencia Dominicana! 🇩🇴 El 27 de febrero celebraremos con una feria de salud en nuestra clínica de Jackson Street: presión, azúcar y mangú. ¡Los esperamos!",
    "Holiday and event date, no patient's event.",
)

# 231
n(
    "es",
    "statistic",
    "El invierno pasado atendimos 1.180 caídas en hielo en Lowell y Boston; 212 pacientes tenían más de 90 años. Usa botas con buena suela y sal en los escalones. 🧂",
    "Population age and counts.",
)

# 232
n(
    "es",
    "public_figure",
    "Gracias al Club de Béisbol Dominicano de Lawrence y al exgrandesligas Pedro 'El Tigre' Cabrera por visitar a los niños del piso de pediatría. ⚾",
    "A visiting former ballplayer and a club.",
)

# 233
n(
    "es",
    "anonymous_story",
    "Esta mañana una familia de la unidad neonatal nos dejó una carta: 'Gracias por cuidar a nuestro hijo como si fuera de ustedes'. Sin firma. No hacía falta. 💜",
    "Anonymous family.",
)

# 234
n(
    "es",
    "recruitment",
    "Buscamos promotoras de salud que hablen español, portugués o criollo caboverdiano para nuestras clínicas de Dorchester y Lowell. Salario desde $24/hora. Llama al 978-555-0147.",
    "Recruitment.",
)

# 235
n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero tratable. Si sientes debilidad que sube por las piernas, acude a Emergencias. Nuestro equipo de neurología en Boston atiende en español. 🧠",
    "Eponymous syndrome.",
)

# 236
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Por la tormenta, el transporte para diálisis de mañana sale una hora antes. Si tu chofer no llega, llama al 617-555-0160. No te quedes sin tu tratamiento. 🚐❄️",
    "Storm update with the hospital's number.",
)

# 237
n(
    "es",
    "sponsor",
    "Gracias a la familia Tejeda-Mármol, dueños de Restaurante El Cibao en Lawrence, por las 400 cenas navideñas para el personal. ¡Qué sazón! 🍛",
    "Donor family and their business, not patients' relatives.",
)

# 238
n(
    "es",
    "campaign_hashtag",
    "#FuerzaLowell #LatinasEnSalud: este mes celebramos a las 127 enfermeras latinas de nuestro hospital. ¡Gracias por todo! 💪👩‍⚕️",
    "#FuerzaLowell has the shape of a name hashtag but names a city; campaign hashtags.",
)

# 239
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió desde Cabo Verde para dar las gracias por cuidar a su hijo estudiante cuando se enfermó en pleno invierno. Gracias a ti por confiar en nosotros. 🇨🇻",
    "Anonymous; a country is not GEO and a season is not a date.",
)

# 240
n(
    "es",
    "hospital_contact",
    "¿Necesitas intérprete para tu cita? Llama al 978-555-0195 o escribe a idiomas@merrimackharbor.org. Hablamos español, jemer, portugués y criollo caboverdiano. 🗣️",
    "The hospital's interpreter line and domain.",
)

if __name__ == "__main__":
    S.main("phi_dev69_source")
