"""Blind development set d88 for the PHI scanner: tests/data/phi_dev88.jsonl.

Organisation: Pequabuck Valley Medical Center (phi_dev88_org.json), fictional, with
campuses in Hartford (1450 Capitol Avenue), New Britain (220 Stanley Street) and
Waterbury (95 Highland Avenue); ten (860)/(203) 555-01xx lines, three domains, four
handles. None of its numbers, addresses, domains or handles is ever labelled.
Focus: the Hartford / New Britain / Waterbury communities: Puerto Rican families (many
Spanish posts), New Britain's Polish 'Little Poland', Jamaican and West Indian, Bosnian and
Portuguese / Azorean families; the Puerto Rican Day parade, Dożynki, Jamaican Independence
Day, snowstorms, factory injuries, insurance-company employees as patients, UConn Huskies
fans.
Hard cases: Polish diminutives and quoted nicknames inside full names (Zbigniew "Zbyszek"
...), names that are words (Joy, Dolores, Bienvenida, Providencia, Blessing, crystal,
Alma), lower-case and ALL-CAPS names, initials (Mrs. B., J.M.), name hashtags, a patient's
surname that is a footballer's, employers as the only identifier, unnamed patients over 89,
relatives' towns and ages, holidays that are the birth or death date written next to the
date, day-of-month alone, month alone, compact and ranged dates, age-sex tokens (91F),
ages in words in English and Spanish, bed boards, OR boards, HL7 segments, wristbands,
fax cover sheets, portal messages with user names and IP addresses, insurance cards,
pasted e-mails, voicemail transcripts, family social handles, fundraising URLs, device
serials, licence numbers in SSN-like format, plates.
Hard negatives: staff, chaplains, volunteers and a board member with Polish / Puerto Rican
/ Jamaican / Bosnian names, some 90+ years old; staff members' own families (a nurse's
mother turning 91, a nurse's grandmother's 100th); donors and sponsors that elsewhere are
patients' employers; public and historical figures with dates (Clemente, Marley, Garvey,
Julia de Burgos, Rita Moreno at 93, Pulaski, Noah Webster); the UConn mascot 'Jonathan';
eponyms (Parkinson's, Lou Gehrig, Crohn's, Down, Hodgkin, Lyme, Graves', Hashimoto's,
Addison's, Huntington's, Kawasaki, Raynaud's, Tourette); ages 87-89 and durations like
'94 days'; population ages (adults over 90, centenarians); event and storm dates; the
hospital's rooms, entrances, fax, server IP; third-party phones and e-mails (a restaurant,
a neighbourhood association, a sponsor, a staff member's personal e-mail); 'Sto lat'.
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not
(English 85 / 85, Spanish 35 / 35).
Labelling decisions taken in this set (where the rules leave room):
- A person who is staff or a volunteer AND a patient is labelled as a patient (the
  pharmacist who became our patient; the palliative patient who was also a volunteer);
  a staff member introduced as a patient's relative is labelled as the relative (the
  radiology tech whose mother died in our ICU). Staff members' own families who are not
  said to be patients stay unlabelled (a nurse's mother "who turns 91 this month").
- A relative's age over 89 is AGE like the patient's (the husband "Hamza, 91" of a hip
  patient), since relatives' identifiers are labelled.
- The patient's employer is NAME, past employers too ("worked 38 years at Hardware City
  Bearing"); the same company as a sponsor, donor or insurer is not labelled ("Thank you to
  Nutmeg State Assurance for sponsoring"; "CHARTER OAK MUTUAL HEALTH" on an insurance card).
  An employer alone makes a nameless story patient-specific ("a 44-year-old press operator
  at Kensington Tool & Die").
- Named public holidays (fixed or movable) are DATE when the patient's event happened on
  them ("born on Thanksgiving morning", "Nochebuena", "Día de los Padres, 15 de junio",
  "Leap Day baby"), every mention. Holidays merely spent in hospital ("he spent Christmas,
  New Year's and Valentine's Day with us") or the day of a family's visit ("dropped off on
  Wigilia") are not. Local events are not dates even when the patient's event happened
  there (water broke "at the Dożynki polka tent"; watched "the Desfile Puertorriqueño");
  "the blizzard" is not a date, "During the Feb. 8 storm" labels "Feb. 8".
- A compact date range is one DATE span ("Nov. 4-6", "10/03-10/05", "3 al 10 de enero");
  two dates joined by words are two spans ("from July 8 to July 20"). A day of the month
  alone keeps its word: "día 5", "20th", "3rd". The date of an e-mail header ("Date: Mon,
  Feb 10") is not the patient's event and is not labelled.
- GEO covers the place of the patient's injury or birth, not only home: a park
  ("Walnut Hill Park"), roads ("Ruta 8", "Route 69", "I-84", "Farmington Avenue"), the
  street where a baby was born ("Chase Avenue"); and relatives' towns ("great-grandkids in
  Arecibo", "granddaughter drove up from Stamford"). Places the patient only visited
  (parade route, festival street, church, pharmacy on "Albany Ave") are not GEO. A campus
  town named as the hospital's location is not GEO even in a post where the same town is
  the patient's home (then only the home mention is labelled, e.g. "came to Waterbury in
  1967" vs "our Waterbury cardiac rehab gym", declared with ok=).
- Puerto Rico, the Azores, Jamaica, Bosnia, Poland and Portugal count as state- or
  country-level and are never GEO; their towns, islands and parishes are (Yauco, Caguas,
  Vieques, Ribeira Grande, "São Miguel", Montego Bay, Tuzla, Kraków). Waterbury's
  "Brooklyn" and Connecticut's "Berlin" are GEO when they are the family's.
- In pasted bed or huddle boards a bed/room number without a keyword is OTHER_ID when a
  patient is listed on that line ("412-A  KOWALCZYK, WOJCIECH"); empty beds are not
  labelled. Operating rooms ("OR 5") are hospital locations and are never labelled, like
  conference rooms. Dialysis chairs and hallway beds are OTHER_ID with the keyword
  ("Chair 12", "Hall 3").
- Age-sex tokens on boards are labelled whole when the age is over 89 ("91F", "90M");
  ages in words are labelled as written ("Ninety-three", "Noventa y cinco"). "Sto lat"
  (the song) is never AGE. An unnamed patient's age over 89 is AGE ("her 104th birthday").
- Identifier types: the last four digits of an SSN are SSN ("SSN (last 4): 4417"); a
  "número de paciente" / "expediente" number is MRN; a financial number (FIN) is ACCOUNT;
  encounter numbers and workers' comp claim numbers are OTHER_ID; an insurance group
  number and Rx BIN are plan-wide and not labelled, the member id is HEALTH_PLAN; a CT
  driver's licence in SSN-like format is LICENSE; a family's GoFundMe / CaringBridge page
  is URL.
- Names in structured text keep their separators: "KOVAČEVIĆ^ADNAN", "SMITH-GRANT, ODETTE",
  "Fernandes, Manuel J.". A quoted nickname inside a full name is one span with it
  ('Desmond "Dez" Whyte'); kinship words and titles are outside the span (Nana, Titi,
  babcia, vovó, Pani, Dona, Madame, Miss).
- A name used as a plain word in a pun is not labelled ("Pure Joy!" before "Joy Campbell",
  declared with ok=).
- Bystanders and first responders (the police officer who caught a baby, a plow driver) and
  third-party contacts (a restaurant's phone, a neighbourhood association's phone, a
  sponsor's e-mail, a staff member's personal gmail, the hospital's server IP) are never
  labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev88.jsonl"), os.path.join(HERE, "phi_dev88_org.json"), "d88")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When Zbigniew “Zbyszek” Wróbel caught his hand in a press at Kensington Tool & Die on "
    "March 11, his coworkers knew exactly what to do. Twenty minutes later he was in our New "
    "Britain trauma bay. Six surgeries and a lot of pierogi later, Zbyszek is back home on Broad "
    "Street, showing off his grip to anyone who will shake his hand. His wife Halina says the "
    "first thing he asked after surgery was whether he'd still be able to play accordion at "
    "Dożynki. Answer: yes. Dziękujemy, Zbyszek! #NewBritainStrong",
    [
        ("NAME", "Zbigniew “Zbyszek” Wróbel"),
        ("NAME", "Zbyszek", "*"),
        ("NAME", "Kensington Tool & Die"),
        ("DATE", "March 11"),
        ("GEO", "Broad Street"),
        ("NAME", "Halina"),
    ],
    note="factory injury story: patient's full name with quoted Polish diminutive, the diminutive "
    "alone twice, employer, injury date, home street, wife's name; the campus town, Dożynki and "
    "the campaign hashtag are not labelled",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Krystyna Zielińska, RN, who has worked nights on 5 West at our New Britain campus for "
    "31 years. Born in Rzeszów, she came to Connecticut in 1989 and still brings makowiec to "
    "every shift on Wigilia. Sto lat, Krystyna, and thank you! #PVMCNurses",
    "staff spotlight: the nurse's name, birthplace and holiday are a staff member's, not a "
    "patient's; 'Sto lat' is a song, not an age",
)

# 3
p(
    "es",
    "milestone_birthday",
    "¡Felicidades a doña Carmen Lydia Rosario, que cumplió 100 años el 2 de febrero en nuestra "
    "unidad de rehabilitación de Hartford! Nació en Yauco y llegó a Frog Hollow en 1957. Sus "
    "nietas le trajeron pasteles y un cuatro para cantarle. ¡Bendiciones, doña Carmen!",
    [
        ("NAME", "Carmen Lydia Rosario"),
        ("NAME", "Carmen", "*"),
        ("AGE", "100"),
        ("DATE", "2 de febrero"),
        ("GEO", "Yauco"),
        ("GEO", "Frog Hollow"),
    ],
    note="centenarian patient: name (doña excluded), age 100, birthday, home town in Puerto "
    "Rico and Hartford neighbourhood; the campus town and the bare year are not labelled",
)

# 4
n(
    "es",
    "crisis_update",
    "Se acerca la tormenta de nieve: el jueves 12 de enero se esperan hasta 14 pulgadas en "
    "Hartford, New Britain y Waterbury. Si usa oxígeno en casa, tenga baterías cargadas. "
    "Emergencias: 911. Línea de enfermería en español: (860) 555-0130. #PVMCInvierno",
    "storm warning: the date is the storm's, the towns are the service area, the numbers are "
    "911 and the hospital's Spanish line",
)

# 5
p(
    "en",
    "pasted_record",
    "Census update before the storm 🙏 thank you night shift!\n\n"
    "4N BED BOARD 0600\n"
    "412-A  KOWALCZYK, WOJCIECH  78M  hip fx POD2  dc planning\n"
    "412-B  (clean)\n"
    "414  MEDINA-RIVERA, JOSUE  34M  ETOH w/d  CIWA q4\n"
    "415  BROWN, ANDRENE  91F  CHF  DNR  daughter Marcia 860-555-0163",
    [
        ("OTHER_ID", "412-A"),
        ("NAME", "KOWALCZYK, WOJCIECH"),
        ("OTHER_ID", "414"),
        ("NAME", "MEDINA-RIVERA, JOSUE"),
        ("OTHER_ID", "415"),
        ("NAME", "BROWN, ANDRENE"),
        ("AGE", "91F"),
        ("NAME", "Marcia"),
        ("PHONE", "860-555-0163"),
    ],
    note="bed board pasted under a thank-you: bed numbers of occupied beds, three patient "
    "names, one age over 89 (age-sex token), a daughter's name and phone; the empty bed, the "
    "unit and ages under 90 are not labelled",
)

# 6
n(
    "en",
    "event",
    "Join us Saturday, August 5 at Keney Park for our Jamaican Independence Day health fair! "
    "Free blood pressure checks, diabetes screening, and ackee & saltfish from Mama Vee's "
    "kitchen. Questions? Call (860) 555-0100 or email community@pequabuckvalley.org. One love, "
    "Hartford! 🇯🇲",
    "community event: event date and park, a caterer's name, the hospital's phone and e-mail",
)

# 7
p(
    "en",
    "milestone_birthday",
    "Happy 103rd birthday to Miss Icilda from Bloomfield, our longest-serving Cardiac Rehab "
    "graduate! She says the secret is Guinness punch and never missing church. 🎂 #PVMCHeart",
    [("AGE", "103rd"), ("NAME", "Icilda"), ("GEO", "Bloomfield")],
    note="X-length birthday post: age over 89 with ordinal suffix, first name, home town",
)

# 8
n(
    "en",
    "event",
    "Jonathan the Husky made rounds on 6 West today 🐾🏀 and the pediatric floor has officially "
    "lost its voice. Thanks to the UConn Spirit Squad for the pom-poms and the signed ball now "
    "hanging at the nurses' station. #BleedBlue #PVMCKids",
    "mascot visit: 'Jonathan' is the UConn mascot, no patient is named or dated",
)

# 9
p(
    "es",
    "thank_you",
    "Respuesta a un comentario: Gracias, Yesenia. Nos alegra mucho saber que tu papá, don "
    "Efraín Colón Ortiz, ya está en casa en Waterbury. Si necesitan copia del alta, llamen a "
    "Registros Médicos al (860) 555-0105 y den el número de expediente 00318842.",
    [
        ("NAME", "Yesenia"),
        ("NAME", "Efraín Colón Ortiz"),
        ("GEO", "Waterbury"),
        ("MRN", "00318842"),
    ],
    note="reply to a daughter's comment: her name, her father's name, his home town (also a "
    "campus town, but here his home) and his record number; the records office line is the "
    "hospital's",
)

# 10
n(
    "es",
    "anonymous_story",
    "Anoche, durante la tormenta, una bebé decidió no esperar: nació en el estacionamiento de "
    "nuestro campus de Waterbury, en el asiento trasero de una camioneta, con la ayuda de dos "
    "paramédicos de la Unidad 14. Mamá y bebé están perfectas. ¡Bienvenida al mundo, pequeña! 💗",
    "anonymous parking-lot birth: 'anoche' is relative, the place is the hospital's lot, "
    "'Unidad 14' is an ambulance",
)

# 11
p(
    "en",
    "discharge",
    "After 62 days in our NICU, little Jayceon Campbell-Reid went home to Windsor today in a "
    "UConn onesie, weighing 5 lbs 9 oz. Born at 25 weeks on Dec. 2, he spent Christmas, New "
    "Year's and Valentine's Day with us. Mom Shanice and Dad Omari: we'll miss you! "
    "#JayceonsJourney",
    [
        ("NAME", "Jayceon Campbell-Reid"),
        ("GEO", "Windsor"),
        ("DATE", "Dec. 2"),
        ("NAME", "Shanice"),
        ("NAME", "Omari"),
        ("NAME", "#JayceonsJourney"),
    ],
    note="NICU discharge: name, home town, birth date, parents, name hashtag; holidays spent "
    "in the unit are not the patient's event dates",
)

# 12
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Join Dr. Amra Hodžić and our movement disorders team "
    "on April 11 (World Parkinson's Day) for a free Rock Steady Boxing demo at the New Britain "
    "YWCA. Register: pequabuckvalley.org/parkinsons or (860) 555-0101.",
    "eponym, awareness day, a staff doctor, an event venue and the hospital's URL and phone",
)

# 13
p(
    "en",
    "pasted_record",
    "Fwd: story release - please draft for Thursday\n\n"
    "From: Ewa Nowicki <ewa.nowicki@pequabuckvalley.org>\n"
    "To: Marketing\n"
    "Patient: Lucjan Baran, DOB 06/30/1947, MRN 5520-1178\n"
    "Contact: daughter Agnieszka Baran-Pratt, agnieszka.bp@gmail.com, (959) 555-0172\n"
    "Release signed 9/14. He'd love a Dożynki-themed photo shoot!",
    [
        ("NAME", "Lucjan Baran"),
        ("DATE", "06/30/1947"),
        ("MRN", "5520-1178"),
        ("NAME", "Agnieszka Baran-Pratt"),
        ("EMAIL", "agnieszka.bp@gmail.com"),
        ("PHONE", "(959) 555-0172"),
        ("DATE", "9/14"),
    ],
    note="forwarded internal e-mail: patient name, DOB, MRN, daughter's name, e-mail and phone, "
    "release-signing date; the sender is staff on the hospital domain",
)

# 14
n(
    "en",
    "recruitment",
    "Hablas español? Mówisz po polsku? Falas português? Our Interpreter Services team is hiring "
    "in Hartford, New Britain and Waterbury. Medical interpreters start at $28.40/hr. Apply by "
    "March 31: careers.pequabuckvalley.org (Req #24-0871) or call (860) 555-0145.",
    "job ad: deadline, requisition number, hospital URL and careers line",
)

# 15
p(
    "es",
    "birth_announcement",
    "¡Llegó la primera bebé del 2025 en Pequabuck Valley! Aitana Sofía nació el 1 de enero a "
    "las 12:07 a.m. en nuestro campus de Hartford y pesó 7 libras. Sus papás, Keila y Jonathan "
    "Meléndez, de Parkville, dicen que ya es fan de los Huskies. #PrimerBebé",
    [
        ("NAME", "Aitana Sofía"),
        ("DATE", "1 de enero"),
        ("NAME", "Keila"),
        ("NAME", "Jonathan Meléndez"),
        ("GEO", "Parkville"),
    ],
    note="first baby of the year: baby's names, birth date, parents' names, family's "
    "neighbourhood; the bare year and birth time are not labelled",
)

# 16
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,212 pacientes mayores de 90 años en nuestros tres campus, y 14 "
    "centenarios celebraron su cumpleaños con nosotros. ¡Gracias por confiar en nuestro equipo "
    "de geriatría!",
    "population ages and counts, no individual patient",
)

# 17
p(
    "en",
    "memorial",
    'We are heartbroken to share that Mr. Desmond "Dez" Whyte, 94, our beloved Thursday-morning '
    "dialysis patient for 11 years, passed away on Sunday. Dez was born in Montego Bay and "
    "settled in the North End, and he never once missed a chance to tell us about the 1962 "
    "Independence celebrations in Kingston. Rest easy, Uncle Dez. 🕊️",
    [
        ("NAME", 'Desmond "Dez" Whyte'),
        ("NAME", "Dez", "*"),
        ("AGE", "94"),
        ("GEO", "Montego Bay"),
        ("GEO", "North End"),
    ],
    note="memorial of a dialysis patient: full name with quoted nickname, nickname alone, age "
    "94, birthplace and neighbourhood; Sunday is a weekday, 1962 a bare year, Kingston is where "
    "a public celebration took place, not where he lived",
)

# 18
n(
    "en",
    "hospital_contact",
    "Reminder: our Waterbury campus main entrance at 95 Highland Avenue is closed for repaving "
    "through Friday. Use the Cooke Street entrance (Lot C). Valet: (203) 555-0102. Patient "
    "Relations: (860) 555-0115 or patientrelations@pequabuckvalley.org.",
    "the hospital's own address, entrance, lot, phones and e-mail",
)

# 19
p(
    "en",
    "patient_story",
    "“I process claims all day. I never thought I'd be one.” Tamara Okafor-Lynch, a senior "
    "underwriter at Charter Oak Mutual, collapsed at her desk on June 3. Coworkers started CPR "
    "and used the AED until Hartford EMS arrived. Today, 40 days after her cardiac arrest, "
    "Tamara rang our bell and walked out of Cardiac Rehab. ❤️ Learn CPR: pequabuckvalley.org/cpr",
    [
        ("NAME", "Tamara Okafor-Lynch"),
        ("NAME", "Charter Oak Mutual"),
        ("DATE", "June 3"),
        ("NAME", "Tamara", "*"),
    ],
    note="insurance-company employee as patient: name, employer, date of the arrest; "
    "'40 days after' is relative, Hartford EMS is a public service, the URL is the hospital's",
)

# 20
n(
    "en",
    "staff_spotlight",
    "Our nurses don't just work here, some of them run it! Congratulations to Marisol "
    "Figueroa-Dávila, BSN, RN, named Chief Nursing Officer effective July 1. Marisol started as a "
    "CNA on our Hartford med-surg floor in 1998, grew up in Barry Square and still lives there "
    "with her mom, doña Mercedes, who turns 91 this month! 🎉",
    "staff promotion: the nurse's neighbourhood and her own mother's name and age 91 belong to "
    "a staff member's family, not to a patient",
)

# 21
p(
    "es",
    "pasted_record",
    "Mensaje del portal (MyPVMC) - usuario: wilfredo.rdz1962\n"
    "De: Wilfredo Rodríguez Santiago\n"
    "Asunto: cita de seguimiento\n\n"
    "Buenas, soy Wilfredo, me operaron de la rodilla el 22 de agosto. Necesito cambiar la cita "
    "del día 5. Mi celular es 860-555-0187. Mi plan es HUSKY, ID de miembro 018834521. Gracias.",
    [
        ("OTHER_ID", "wilfredo.rdz1962"),
        ("NAME", "Wilfredo Rodríguez Santiago"),
        ("NAME", "Wilfredo", "*"),
        ("DATE", "22 de agosto"),
        ("DATE", "día 5"),
        ("PHONE", "860-555-0187"),
        ("HEALTH_PLAN", "018834521"),
    ],
    note="pasted portal message: portal user name, name, surgery date, appointment day of "
    "month, cell phone, plan member id; the plan's name (HUSKY) is not an identifier",
)

# 22
n(
    "es",
    "event",
    "¡Nos vemos en el Desfile Puertorriqueño de Hartford este domingo 8 de junio! Busca nuestra "
    "carpa en Park Street con pruebas de glucosa gratis, y saluda a la Dra. Nilda Pagán y al "
    "enfermero Javier Cotto. 🇵🇷 Info: (860) 555-0130 · pvmc.org/desfile",
    "parade: event date and venue street, staff names, hospital phone and URL",
)

# 23
p(
    "en",
    "thank_you",
    "Shoutout to Mrs. B. in room 318, who taught our entire night shift how to make pão doce at "
    "3 a.m. (well, she supervised). Obrigada! 🍞",
    [("NAME", "B."), ("OTHER_ID", "room 318")],
    note="initial used as the patient's name and her room number",
)

# 24
n(
    "en",
    "research",
    "New from our research team: in a study of 2,450 adults over 90 in Hartford and New Haven "
    "counties, those who walked 20 minutes a day had 31% fewer hip fractures. Led by Dr. Goran "
    "Mehmedović; published April 2 in the Journal of Geriatric Care. Trial ID NCT05512874.",
    "study results: population ages and counties, staff investigator, publication date, "
    "trial registry number",
)

# 25
p(
    "en",
    "patient_story",
    "Thirty years ago Senada Hadžić fled Tuzla with two children and a suitcase. Last week, at "
    "92, she became the oldest patient ever to get a TAVR valve at our Heart Institute, and on "
    "Tuesday she walked her granddaughter Lejla to the school bus on Maple Avenue. Senada, you "
    "are our hero. 💙",
    [
        ("NAME", "Senada Hadžić"),
        ("NAME", "Senada", "*"),
        ("GEO", "Tuzla"),
        ("AGE", "92"),
        ("NAME", "Lejla"),
        ("GEO", "Maple Avenue"),
    ],
    note="Bosnian refugee story: name, home town abroad, age 92, granddaughter, home street; "
    "'last week' and Tuesday are relative",
)

# 26
n(
    "en",
    "campaign_hashtag",
    "Every scarf knitted by the Ladies of St. Stanislaus goes to a patient in our New Britain "
    "infusion center this winter. 🧣 Show us yours with #ScarvesForSTAN and #PVMCWarmHearts! "
    "Drop-off: 220 Stanley Street, lobby desk, weekdays 8-4.",
    "donation drive: the church group and its hashtag, the hospital's address",
)

# 27
p(
    "es",
    "discharge",
    "¡Hoy se fue a casa Yadiel! 🎉 Después de 3 semanas en la habitación 612 por un accidente de "
    "moto en la Ruta 8, este campeón de 17 años salió caminando con sus muletas y su gorra de los "
    "Huskies. Gracias a su mamá, Marangely, por su fuerza. #FuerzaYadiel",
    [
        ("NAME", "Yadiel"),
        ("OTHER_ID", "habitación 612"),
        ("GEO", "Ruta 8"),
        ("NAME", "Marangely"),
        ("NAME", "#FuerzaYadiel"),
    ],
    note="discharge: first name, room, road of the crash, mother's name, name hashtag; age 17 "
    "is not labelled",
)

# 28
n(
    "es",
    "eponymous_condition",
    "Mayo es el mes de concienciación sobre la enfermedad de Lou Gehrig (ELA). El grupo de apoyo "
    "en español se reúne el segundo martes de cada mes en la Sala de Conferencias 2B de nuestro "
    "campus de New Britain. Coordina: Lcda. Ivelisse Marrero, (860) 555-0101.",
    "eponym, meeting schedule, conference room, staff coordinator and hospital phone",
)

# 29
p(
    "en",
    "pasted_record",
    "Posted to the wrong account, sorry!! ---> ED triage note 02/11 2214: pt SMITH-GRANT, ODETTE, "
    "DOB 11/04/1960, MRN 01997463, arrived via private car from 47 Wethersfield Ave Apt 3, "
    "Hartford 06114, c/o fall on ice. Husband Clive at bedside, ph 860.555.0155.",
    [
        ("DATE", "02/11"),
        ("NAME", "SMITH-GRANT, ODETTE"),
        ("DATE", "11/04/1960"),
        ("MRN", "01997463"),
        ("GEO", "47 Wethersfield Ave Apt 3"),
        ("GEO", "Hartford"),
        ("GEO", "06114"),
        ("NAME", "Clive"),
        ("PHONE", "860.555.0155"),
    ],
    note="triage note: visit date, name, DOB, MRN, home address, city and ZIP, husband's name "
    "and phone; the time is not labelled",
)

# 30
n(
    "en",
    "anonymous_story",
    "Last night a man in his 80s came into our Waterbury ED during the blizzard after shoveling "
    "his whole driveway, and his neighbor's. His heart is fine, his back is not. Please, "
    "friends: take breaks, push don't lift, and let the young folks help. ❄️",
    "anonymous patient: age band under 90, relative date, the hospital's ED",
)

# 31
p(
    "en",
    "milestone_birthday",
    "Sto lat, sto lat! 🎶 Our Wednesday volunteers threw a party on 3 North for Pani Stanisława "
    "Mazur, who turned 101 on Friday. She survived the war in Kraków, worked 38 years at Hardware "
    "City Bearing, and still beats everyone at cards. Stanisława, niech żyje! #StoLat",
    [
        ("NAME", "Stanisława Mazur"),
        ("NAME", "Stanisława", "*"),
        ("AGE", "101"),
        ("GEO", "Kraków"),
        ("NAME", "Hardware City Bearing"),
    ],
    note="101st birthday: name (Pani excluded), age, home city abroad, past employer; 'Sto lat' "
    "and #StoLat are a song, Friday a weekday",
)

# 32
n(
    "en",
    "sponsor",
    "Thank you to Nutmeg State Assurance for sponsoring this year's Husky Heart 5K! 🏃 Special "
    "thanks to CEO Daniel Okonkwo-Price and his wife Renata, who ran it together in memory of "
    "her father. Proceeds support the Wojcik Family Cardiac Wing. #PVMCFoundation",
    "sponsor, its CEO and his wife, a building named for donors: none introduced as a patient "
    "or a patient's relative",
)

# 33
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Ángel Luis Vélez, paciente de nuestra unidad de diálisis "
    "por nueve años, quien falleció el 14 de febrero, Día de San Valentín, rodeado de su familia "
    "en Waterbury. Siempre llegaba con su radio tocando a Héctor Lavoe. Descansa en paz, don "
    "Ángel. 🕊️",
    [
        ("NAME", "Ángel Luis Vélez"),
        ("NAME", "Ángel", "*"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("GEO", "Waterbury"),
    ],
    note="memorial: name, date of death written twice (date and holiday), home town; Héctor "
    "Lavoe is a public figure",
)

# 34
n(
    "es",
    "health_tip",
    "¿Sabía que en Connecticut el 211 le conecta con refugios de calefacción durante las olas de "
    "frío? Si alguien está confundido, temblando o con la piel muy fría, llame al 911. Centro de "
    "Toxicología: 1-800-222-1222 (intoxicación por monóxido de carbono). 🥶",
    "cold-weather tip with national and state lines only",
)

# 35
p(
    "en",
    "thank_you",
    "Replying to @kasia_in_newbritain: Kasia, thank you for the kind words about your dad's stay "
    "on 4 North! We've shared your note with the whole team. Please give Mr. Lewandowski our best "
    "and tell him the nurses miss his jokes. 💙",
    [
        ("OTHER_ID", "@kasia_in_newbritain"),
        ("NAME", "Kasia"),
        ("NAME", "Lewandowski"),
    ],
    note="reply to a daughter: her social handle, her first name and the patient's surname "
    "(a famous footballer's name, here the patient's); the unit is not labelled",
)

# 36
n(
    "en",
    "public_figure",
    "Roberto Clemente died on December 31, 1972, flying relief supplies to Nicaragua. Every year "
    "on that date our Puerto Rican Nurses Association chapter collects supplies in his honor. "
    "Drop off at our Capitol Avenue lobby through Dec. 30. #Clemente21",
    "public figure's date of death, a drive's deadline and the hospital's lobby",
)

# 37
p(
    "es",
    "pasted_record",
    "RV: solicitud de historia\n"
    "De: Lourdes Báez <lourdes.baez77@yahoo.com>\n"
    "Para: comunicaciones@pequabuckvalley.org\n\n"
    "Hola, quisiera contar la historia de mi hijo Kevin Adrián Báez, que tuvo su trasplante de "
    "riñón el 9 de octubre. Su número de expediente es 70042218. Pueden llamarme al "
    "(860) 555-0169. ¡Gracias!",
    [
        ("NAME", "Lourdes Báez"),
        ("EMAIL", "lourdes.baez77@yahoo.com"),
        ("NAME", "Kevin Adrián Báez"),
        ("DATE", "9 de octubre"),
        ("MRN", "70042218"),
        ("PHONE", "(860) 555-0169"),
    ],
    note="mother's e-mail pasted: her name, e-mail and phone, her son's name, transplant date "
    "and record number; the hospital's address is not labelled",
)

# 38
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 a.m.: Due to the snowstorm, all outpatient clinics at our Hartford, New Britain "
    "and Waterbury campuses open at 10 a.m. today. Dialysis patients: your unit will call you "
    "directly. Emergency departments are open 24/7. Status line: (860) 555-0100, option 9.",
    "storm closure: campus towns, times, hospital line",
)

# 39
p(
    "en",
    "patient_story",
    "caption draft for ig: vovó maria de fátima (91!!) from parkville learning to use her new "
    "walker with PT lucas. she told him he walks like a tourist lol",
    [("NAME", "maria de fátima"), ("AGE", "91"), ("GEO", "parkville")],
    note="lower-case caption draft: patient's name, age 91, neighbourhood; 'vovó' is a kinship "
    "word and 'lucas' is the physical therapist",
)

# 40
n(
    "en",
    "statistic",
    "By the numbers, Jan 1 - Feb 28: 🚑 3,118 ED visits at our Waterbury campus, 212 "
    "snow-shoveling injuries, 19 patients aged 90+, 4 babies born during storms, 1 very tired "
    "security guard named Dave. Thank you, team!",
    "aggregate counts, a reporting period, a population age band and a staff member's name",
)

# 41
p(
    "en",
    "pasted_record",
    "Proud moment for our ortho team! Caption: “Back on his feet!”\n"
    "[DISCHARGE SUMMARY - NOT FOR PUBLICATION]\n"
    "Patient: Fernandes, Manuel J. | MRN: 3309-5521-7 | Admit: 01/19 | D/C: 01/27 | "
    "Dx: L femur fx, s/p ORIF | Employer: Brass City Fasteners (WC claim #WC-2025-004417) | "
    "Dispo: home w/ wife Graça, 12 Bishop St, Waterbury",
    [
        ("NAME", "Fernandes, Manuel J."),
        ("MRN", "3309-5521-7"),
        ("DATE", "01/19"),
        ("DATE", "01/27"),
        ("NAME", "Brass City Fasteners"),
        ("OTHER_ID", "WC-2025-004417"),
        ("NAME", "Graça"),
        ("GEO", "12 Bishop St"),
        ("GEO", "Waterbury"),
    ],
    note="discharge summary pasted under a caption: name, MRN, admit and discharge dates, "
    "employer, workers' comp claim number, wife, home street and town",
)

# 42
n(
    "en",
    "health_tip",
    "Working the line at a New Britain or Waterbury factory? Our occupational medicine team sees "
    "40+ hand injuries a month. Keep guards on presses, never clear a jam with the power on, and "
    "report near-misses. Occupational Health: (860) 555-0101, ext. 4410. OSHA: 1-800-321-6742.",
    "safety tip: towns of the service area, a monthly count, the hospital's line with extension, "
    "a national hotline",
)

# 43
p(
    "es",
    "patient_story",
    "Cuando Maribel Torres Nieves llegó a nuestra sala de emergencias el 17 de marzo, no podía "
    "respirar. Trabajaba turnos dobles en el almacén de Nutmeg Foods y pensaba que era “solo un "
    "catarro”. Era neumonía en ambos pulmones. Pasó 11 días en la cama 7 de cuidados intensivos. "
    "Hoy Maribel volvió a su casa en la calle Babcock de Hartford con sus tres nenes. “Díganle a "
    "la gente que no espere”, nos pidió. #MaribelVenció",
    [
        ("NAME", "Maribel Torres Nieves"),
        ("NAME", "Maribel", "*"),
        ("DATE", "17 de marzo"),
        ("NAME", "Nutmeg Foods"),
        ("OTHER_ID", "cama 7"),
        ("GEO", "calle Babcock"),
        ("GEO", "Hartford"),
        ("NAME", "#MaribelVenció"),
    ],
    note="long story: name, admission date, employer, ICU bed, home street and town, name "
    "hashtag; '11 días' is a duration",
)

# 44
n(
    "es",
    "staff_spotlight",
    "Conozcan a Wanda Ivette Quiñones, técnica de farmacia en nuestro campus de Waterbury desde "
    "2003. Nació en Ponce, vive en Naugatuck y el 19 de noviembre, Día del Descubrimiento de "
    "Puerto Rico, siempre trae arroz con gandules para todo el piso. ¡Gracias, Wanda!",
    "staff spotlight: her birthplace, town and a public holiday are a staff member's",
)

# 45
p(
    "en",
    "memorial",
    "Rest in peace, Winston Barrett, 97, the 'mayor of the dialysis unit' from Blue Hills Avenue, "
    "who went home to the Lord on Jan. 9. We'll keep the Red Stripe cap on his chair. 🇯🇲",
    [
        ("NAME", "Winston Barrett"),
        ("AGE", "97"),
        ("GEO", "Blue Hills Avenue"),
        ("DATE", "Jan. 9"),
    ],
    note="X-length memorial: name, age 97, home street, date of death",
)

# 46
n(
    "en",
    "event",
    "Dożynki is back on Broad Street August 16-17! Find the Pequabuck Valley tent next to the "
    "kiełbasa stand for free skin checks and flu shots. Our own Dr. Zbigniew Pawlak will be "
    "judging the pierogi contest again (he takes it very seriously). #LittlePoland #NewBritain",
    "festival: event dates and street, a staff doctor with a Polish first name",
)

# 47
p(
    "en",
    "pasted_record",
    "Our ED team during last night's storm surge. Caption below 👇\n"
    "[img alt: tracking board]\n"
    "Rm 7  NWACHUKWU, Chidi  CP r/o ACS\n"
    "Rm 9  ROSADO, Luz N.  SOB  HUSKY A\n"
    "Hall 3  DUDA, Teresa  fall  92  fam: son Piotr (203) 555-0148\n"
    "#PVMCStrong",
    [
        ("OTHER_ID", "Rm 7"),
        ("NAME", "NWACHUKWU, Chidi"),
        ("OTHER_ID", "Rm 9"),
        ("NAME", "ROSADO, Luz N."),
        ("OTHER_ID", "Hall 3"),
        ("NAME", "DUDA, Teresa"),
        ("AGE", "92"),
        ("NAME", "Piotr"),
        ("PHONE", "(203) 555-0148"),
    ],
    note="tracking board text in an image caption: room and hallway-bed numbers, three patient "
    "names, an age over 89, a son's name and phone; the plan name is not an identifier",
)

# 48
n(
    "en",
    "eponymous_condition",
    "Crohn's, colitis, celiac? Our IBD nurse navigator, Beata Kowalski, RN, runs a support group "
    "the first Monday of each month. Next meeting: Monday, March 3, 6 p.m., Conference Room 4A, "
    "New Britain campus. Call (860) 555-0101.",
    "eponym, staff nurse, meeting date, conference room, hospital phone",
)

# 49
p(
    "es",
    "birth_announcement",
    "📸 En la foto: la pequeña Génesis Marie con su abuela, doña Iris Maldonado, que vino desde "
    "Caguas para conocerla. Génesis nació el 6 de enero, Día de Reyes, y ya tiene su corona. 👑 "
    "#BienvenidaGénesis",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Génesis Marie"),
        ("NAME", "Génesis", "*"),
        ("NAME", "Iris Maldonado"),
        ("GEO", "Caguas"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "#BienvenidaGénesis"),
    ],
    note="photo caption: photo cue, baby's names, grandmother's name and home town, birth date "
    "written twice (date and holiday), name hashtag",
)

# 50
n(
    "es",
    "anonymous_story",
    "Una paciente de 89 años nos dijo hoy: “Mija, yo llegué aquí en el 58 sin saber inglés, y "
    "mire, aquí sigo.” Historias como la suya son la razón por la que tenemos intérpretes las 24 "
    "horas. 💛 #OrgulloBoricua",
    "anonymous patient aged 89, which is not over 89; a bare year",
)

# 51
p(
    "en",
    "discharge",
    "Going home! 🎈 Emir, 9, spent 12 days on our pediatric floor after a sledding accident at "
    "Walnut Hill Park. Today he left with a cast signed by every nurse and his sister Amila's "
    "drawing of a Husky. Hvala, Emir, be brave! #EmirStrong",
    [
        ("NAME", "Emir", "*"),
        ("GEO", "Walnut Hill Park"),
        ("NAME", "Amila"),
        ("NAME", "#EmirStrong"),
    ],
    note="child's discharge: first name twice, the park where he was injured, sister's name, "
    "name hashtag; age 9 and '12 days' are not labelled",
)

# 52
n(
    "en",
    "public_figure",
    "Today we remember Pope John Paul II, born Karol Wojtyła on May 18, 1920, whose portrait "
    "still hangs in half the kitchens on Broad Street. Our New Britain chaplain, Fr. Tadeusz "
    "Górski, will celebrate Mass in the chapel at noon.",
    "public figure's birth date, a street as community reference, staff chaplain",
)

# 53
p(
    "en",
    "pasted_record",
    "Hi team, can we do a story on this? Forwarding from the patient:\n\n"
    "> From: Gary Thibodeau <gthibodeau@nutmegassurance.com>\n"
    "> I'm an actuary at Nutmeg State Assurance and I was your patient Nov. 4-6 for my appendix. "
    "Account #88120045 shows I owe $0, thank you! Happy to be featured. Cell 860-555-0191.\n\n"
    "Thx, Dana (Media Relations)",
    [
        ("NAME", "Gary Thibodeau"),
        ("EMAIL", "gthibodeau@nutmegassurance.com"),
        ("NAME", "Nutmeg State Assurance"),
        ("DATE", "Nov. 4-6"),
        ("ACCOUNT", "88120045"),
        ("PHONE", "860-555-0191"),
    ],
    note="forwarded patient e-mail: name, work e-mail, employer (an insurer that elsewhere "
    "appears as a sponsor), stay dates, billing account, cell; Dana is staff",
)

# 54
n(
    "en",
    "hospital_contact",
    "Need a copy of your records? Health Information Management, 1450 Capitol Avenue, Room 140, "
    "Hartford, CT 06106. Phone (860) 555-0105 · Fax (860) 555-0140 · records@pequabuckvalley.org. "
    "Bring a photo ID; forms at pvmc.org/records.",
    "the hospital's office address with room number, ZIP, phone, fax, e-mail and URL",
)

# 55
p(
    "es",
    "pasted_record",
    "Nota de enfermería 03/02 - Pte: Negrón Pabón, Carmen Iris, 93 años, hab. 508-B. Hija "
    "(Nilsa) solicita que no se publique su foto. Tel. hija: (860) 555-0178. Seguro: Medicare "
    "5XK2-WP7-RT41.",
    [
        ("DATE", "03/02"),
        ("NAME", "Negrón Pabón, Carmen Iris"),
        ("AGE", "93"),
        ("OTHER_ID", "hab. 508-B"),
        ("NAME", "Nilsa"),
        ("PHONE", "(860) 555-0178"),
        ("HEALTH_PLAN", "5XK2-WP7-RT41"),
    ],
    note="nursing note: note date, name, age 93, room with abbreviated keyword, daughter's name "
    "and phone, Medicare number",
)

# 56
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Enfermeros/as bilingües para nuestro piso de medicina en Waterbury. "
    "Bono de firma de $10,000. Sesión informativa: miércoles 9 de abril, 5 p.m., Sala Brass City "
    "(1er piso). Pregunte por Yaritza Ocasio, reclutadora, al (860) 555-0145 o a "
    "empleos@pequabuckvalley.org.",
    "job ad: session date, meeting room, recruiter's name, hospital phone and e-mail",
)

# 57
p(
    "en",
    "milestone_birthday",
    "When Deolinda Pacheco turned 90 last week, she had one request for her care team at our "
    "Waterbury campus: a bowl of caldo verde, made the way they make it back home in Ribeira "
    "Grande. Our dietary team found the recipe, her grandson Tiago brought the chouriço, and the "
    "whole floor smelled like São Miguel. Parabéns, Dona Deolinda! 🇵🇹",
    [
        ("NAME", "Deolinda Pacheco"),
        ("NAME", "Deolinda", "*"),
        ("AGE", "90"),
        ("GEO", "Ribeira Grande"),
        ("NAME", "Tiago"),
        ("GEO", "São Miguel"),
    ],
    note="90th birthday: name (Dona excluded), age, home town and island in the Azores, "
    "grandson; 'last week' is relative and the campus is the hospital's",
)

# 58
n(
    "en",
    "statistic",
    "Snowstorm by the numbers 🌨️ 41 inches in Waterbury since December. 88 slip-and-fall visits. "
    "3 patients over 90 who told us they'd shoveled worse in '78. 0 days our staff didn't show "
    "up. Thank you, Team PVMC.",
    "aggregate counts: '88' is a visit count and 'over 90' a group of unnamed patients",
)

# 59
p(
    "en",
    "thank_you",
    "@bigmike_wtby Mike, so glad your mom is home and feeling better! Tell Mrs. Rosemarie DeLuca "
    "the whole 7th floor says hi, and that we're still waiting on that biscotti recipe. 😉",
    [
        ("OTHER_ID", "@bigmike_wtby"),
        ("NAME", "Mike"),
        ("NAME", "Rosemarie DeLuca"),
    ],
    note="reply to a son: his handle and name, the patient's name (Mrs. excluded)",
)

# 60
n(
    "en",
    "sponsor",
    "A heartfelt thank-you to the Hadžiselimović family, whose gift to the Pequabuck Valley "
    "Foundation will fund a new Bosnian-language patient navigator. Samir and Dženana "
    "Hadžiselimović, owners of Sarajevo Grill on Park Road, say Hartford welcomed them in 1995 "
    "and this is their way of saying hvala. Learn more: pvmcfoundation.org/give",
    "donors and their restaurant, not introduced as patients or patients' relatives",
)

# 61
p(
    "es",
    "thank_you",
    "Gracias por escribirnos, @nayeli.rivera.07 💕 Qué bueno que tu abuelito, don Papo, ya está "
    "comiendo bien. Cuando le den de alta de la habitación 4210 le vamos a hacer una despedida con "
    "salsa. ¡Un abrazo a toda la familia Rivera!",
    [
        ("OTHER_ID", "@nayeli.rivera.07"),
        ("NAME", "Papo"),
        ("OTHER_ID", "habitación 4210"),
        ("NAME", "Rivera"),
    ],
    note="reply to a granddaughter: her handle, the patient's nickname (don excluded), his room, "
    "the family surname",
)

# 62
n(
    "es",
    "event",
    "Día de Reyes en pediatría: el lunes 6 de enero los Tres Reyes Magos (nuestros enfermeros "
    "Luis, Edwin y Carlos) repartirán regalos en el piso de pediatría del campus de Hartford. "
    "¡Traigan su cajita con hierba para los camellos! 👑👑👑",
    "holiday event: the date is the event's and the names are staff nurses",
)

# 63
p(
    "en",
    "pasted_record",
    "PLEASE DELETE - wrong tab.\n"
    "SZCZEPANIK, HENRYK  M  DOB: 02-29-1932  MRN# 0044817266  Acct# 7700135492  "
    "PCP: Dr. Ana Bettencourt  Adv dir: HCP daughter Dorota Szczepanik-Lee 860-555-0129",
    [
        ("NAME", "SZCZEPANIK, HENRYK"),
        ("DATE", "02-29-1932"),
        ("MRN", "0044817266"),
        ("ACCOUNT", "7700135492"),
        ("NAME", "Dorota Szczepanik-Lee"),
        ("PHONE", "860-555-0129"),
    ],
    note="chart header: name, DOB, MRN, account, health-care proxy daughter and her phone; "
    "the PCP is a doctor",
)

# 64
n(
    "en",
    "campaign_hashtag",
    "Show your #HuskyHeart! 💙 For every photo tagged #PVMCHuskyHeart during March Madness, the "
    "Pequabuck Valley Foundation donates $1 to our pediatric cancer fund. Go Huskies! Tag "
    "@PVMCFoundation.",
    "campaign hashtags and the foundation's handle",
)

# 65
p(
    "en",
    "milestone_birthday",
    "Our oldest patient this week celebrated her 104th birthday on 5 West yesterday, with cake, "
    "a cuatro player and a video call with her great-grandkids in Arecibo. She asked us not to "
    "share her name, so we're just sending all the love. 💐",
    [("AGE", "104th"), ("GEO", "Arecibo")],
    note="unnamed patient over 89: the age is an identifier, and so is the relatives' town",
)

# 66
n(
    "en",
    "anonymous_story",
    "A patient's daughter left this note at our Waterbury nurses' station: “You treated my father "
    "like he was your own. I will never forget the night nurse who sang to him in Portuguese.” We "
    "won't either. 💙 #NursesWeek",
    "anonymous thank-you note, no name, date or place of the family",
)

# 67
p(
    "es",
    "patient_story",
    "Luis “Wichy” Ortiz Cruz tiene 58 años, es fanático de los Huskies desde siempre y el 3 de "
    "abril vio la final desde la cama 12 de nuestra unidad coronaria, dos días después de su "
    "cateterismo. Cuando ganaron, ¡el monitor casi se vuelve loco! Wichy ya está en casa en "
    "Bristol. ¡Bleed Blue, Wichy! 💙🏀",
    [
        ("NAME", "Luis “Wichy” Ortiz Cruz"),
        ("NAME", "Wichy", "*"),
        ("DATE", "3 de abril"),
        ("OTHER_ID", "cama 12"),
        ("GEO", "Bristol"),
    ],
    note="Huskies fan: full name with nickname, nickname alone, date in hospital, bed, home "
    "town; age 58 and 'dos días después' are not labelled",
)

# 68
n(
    "es",
    "public_figure",
    "Hoy recordamos a Julia de Burgos, poeta puertorriqueña nacida el 17 de febrero de 1914. "
    "Nuestro grupo de lectura en español lee “Río Grande de Loíza” el jueves a las 3 p.m. en la "
    "biblioteca de pacientes del campus de Hartford.",
    "a public figure's birth date and a poem's title with a place name",
)

# 69
p(
    "en",
    "pasted_record",
    "Security log 01/22 0310 - vehicle blocking ambulance bay: silver Honda CR-V, CT plate "
    "AJ-71032, registered to ED patient GRAHAM, TREVOR (bed 14). Keys with wife Paulette at "
    "triage. Towed? No.",
    [
        ("DATE", "01/22"),
        ("VEHICLE", "AJ-71032"),
        ("NAME", "GRAHAM, TREVOR"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Paulette"),
    ],
    note="security log: date of the ED visit, licence plate, name, bed, wife's name",
)

# 70
n(
    "en",
    "research",
    "Are you 90 or older and living in Hartford County? Our Healthy Aging Study is enrolling! "
    "Participants get a free hearing test and a $50 gift card. Contact study coordinator Adaeze "
    "Nwosu at aging.study@pequabuckvalley.org or (860) 555-0120. IRB #2024-117.",
    "recruitment of a population aged 90+, a county, staff coordinator, hospital e-mail and "
    "phone, IRB number",
)

# 71
p(
    "en",
    "patient_story",
    "Pictured: Ricardo Amaral and his daughter Inês on the day he came home. On Sept. 19, a steel "
    "coil rolled off a truck at Brass City Fasteners and pinned Ricardo's legs. Our trauma team "
    "at the Waterbury campus worked for nine hours. Today Ricardo walked his daughter down the "
    "aisle at Our Lady of Fatima, just like he promised her in the ICU. Obrigado for letting us "
    "share your story, Ricardo. ❤️",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ricardo Amaral"),
        ("NAME", "Ricardo", "*"),
        ("NAME", "Inês"),
        ("DATE", "Sept. 19"),
        ("NAME", "Brass City Fasteners"),
    ],
    note="factory injury story with photo cue: name, daughter, injury date, employer; the church "
    "and the campus are not labelled",
)

# 72
n(
    "en",
    "eponymous_condition",
    "Down syndrome doesn't define anyone. On World Down Syndrome Day (3/21), our pediatric "
    "therapists are wearing mismatched socks. Shoutout to our oncologist Dr. Alberto Ruiz-Lugo, "
    "a Hodgkin lymphoma survivor himself, for leading the sock parade!",
    "eponyms, an awareness date written like a chart date, a staff doctor's own history",
)

# 73
p(
    "es",
    "pasted_record",
    "Texto pegado por error: “Hola, es Jacqueline, la nieta de doña Providencia Lugo (cama 3, "
    "6 Este). Ella cumple 99 el 12 de mayo, ¿podemos traer bizcocho? Mi cel es 475-555-0113 y mi "
    "correo jacky.lugo@hotmail.com. Gracias!!”",
    [
        ("NAME", "Jacqueline"),
        ("NAME", "Providencia Lugo"),
        ("OTHER_ID", "cama 3"),
        ("AGE", "99"),
        ("DATE", "12 de mayo"),
        ("PHONE", "475-555-0113"),
        ("EMAIL", "jacky.lugo@hotmail.com"),
    ],
    note="text message pasted by mistake: granddaughter's name, patient's name (a word too), "
    "bed, age 99, birthday, phone and e-mail; the unit is not labelled",
)

# 74
n(
    "es",
    "health_tip",
    "Mamá y papá: el asiento del carro salva vidas. Revisamos su asiento gratis todos los martes "
    "de 10 a 2 en la entrada de la calle Stanley del campus de New Britain. Citas: "
    "(860) 555-0130. Los técnicos certificados Marcos y Edna hablan español.",
    "car-seat checks: the hospital's entrance, phone and staff technicians",
)

# 75
p(
    "en",
    "thank_you",
    "Thank you, #TeamBeryl! 💐 Nana Beryl turned 96 on our 3 West floor and every single one of "
    "you showed up with sorrel and black cake. 🇯🇲",
    [("NAME", "#TeamBeryl"), ("NAME", "Beryl"), ("AGE", "96")],
    note="name hashtag, first name ('Nana' is a kinship word), age 96",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Winston Grant, our Waterbury transport aide for 42 years! Born in St. "
    "Ann, Jamaica, Winston pushed an estimated 180,000 wheelchairs and never once missed a "
    "birthday on the unit. His last day is Friday, March 28. Big up, Winston! 🇯🇲",
    "retiring staff member: his birthplace and last working day are not a patient's",
)

# 77
p(
    "es",
    "discharge",
    "¡Alta después de 71 días! Joel Ramos Figueroa, de 34 años, obrero de la construcción de "
    "Meriden, cayó de un andamio el 2 de noviembre. Pasó Acción de Gracias, Nochebuena y Año Nuevo "
    "en nuestro piso de trauma. Hoy salió caminando con su esposa Damaris y su hija Nashaly. "
    "¡Fuerza, Joel! 💪",
    [
        ("NAME", "Joel Ramos Figueroa"),
        ("NAME", "Joel", "*"),
        ("GEO", "Meriden"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Damaris"),
        ("NAME", "Nashaly"),
    ],
    note="trauma discharge: name, home town, injury date, wife and daughter; holidays spent in "
    "hospital are not the patient's event dates",
)

# 78
n(
    "es",
    "campaign_hashtag",
    "#NuestraGenteEnPVMC 💛 Este mes celebramos a nuestros pacientes y familias hispanas con "
    "música de plena en los vestíbulos de los tres campus. Comparta su foto con #OrgulloBoricua y "
    "etiquete a @PequabuckValley.",
    "campaign hashtags and the hospital's handle",
)

# 79
p(
    "en",
    "pasted_record",
    "Voicemail transcript (Media Relations line, 2:14 PM): 'Hi, this is Nadira Begić calling about "
    "my husband Mirza Begić, he was in the ICU from July 8 to July 20 and we want to thank Dr. "
    "Patel and everyone. Our number is 860 555 0196, or email nadira.begic@outlook.com. Thank "
    "you, hvala.'",
    [
        ("NAME", "Nadira Begić"),
        ("NAME", "Mirza Begić"),
        ("DATE", "July 8"),
        ("DATE", "July 20"),
        ("PHONE", "860 555 0196"),
        ("EMAIL", "nadira.begic@outlook.com"),
    ],
    note="voicemail transcript: wife's and patient's names, ICU dates, family phone and e-mail; "
    "the doctor is not labelled",
)

# 80
n(
    "en",
    "crisis_update",
    "Water main break on Capitol Avenue: our Hartford campus is on backup water. Surgeries "
    "scheduled for Tuesday, Feb. 4 will go ahead. Visitors: please use the Broad Street garage. "
    "Updates at pequabuckvalley.org/alerts.",
    "operational update: the hospital's street, a schedule date, the garage and URL",
)

# 81
p(
    "en",
    "pasted_record",
    "Can someone make this into a 'grateful patient' graphic? 🙏\n---\n"
    "From: Patient Financial Services\n"
    "Re: Kwame Asante-Boateng - charity care approved\n"
    "SSN (last 4): 4417 | Guarantor: Abena Asante-Boateng | Acct 6600-2931-08 | DOS 10/03-10/05\n"
    "Please send approval letter to 88 Garden St, Apt 2R, Hartford 06112.",
    [
        ("NAME", "Kwame Asante-Boateng"),
        ("SSN", "4417"),
        ("NAME", "Abena Asante-Boateng"),
        ("ACCOUNT", "6600-2931-08"),
        ("DATE", "10/03-10/05"),
        ("GEO", "88 Garden St, Apt 2R"),
        ("GEO", "Hartford"),
        ("GEO", "06112"),
    ],
    note="billing e-mail pasted under a request: name, last four of SSN, guarantor (relative), "
    "account, dates of service, home address, city, ZIP",
)

# 82
n(
    "en",
    "staff_spotlight",
    "Meet our Waterbury security team! 🛡️ Officer Delroy McKenzie (badge 0417) has walked every "
    "floor of this building since 2004 and knows the best Jamaican patty spot on East Main. Got a "
    "question for security? Call (203) 555-0102, ext. 2.",
    "staff officer with badge number, a street as a food tip, the hospital's line",
)

# 83
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Aylin Nicole! 💕 Nació el 24 de diciembre a las 11:58 p.m., justo a tiempo para "
    "la Nochebuena, en nuestro campus de Waterbury. Pesó 6 libras 14 onzas. Su papá, Christian "
    "Morales, dice que es el mejor regalo de Navidad. Felicidades a mamá Jomaris y a Titi Nydia. 🎄",
    [
        ("NAME", "Aylin Nicole"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Christian Morales"),
        ("NAME", "Jomaris"),
        ("NAME", "Nydia"),
    ],
    note="birth: baby's names, birth date written twice (date and Nochebuena), father, mother, "
    "aunt ('Titi' excluded); Navidad is the next day, not the birth date",
)

# 84
n(
    "es",
    "crisis_update",
    "Aviso: debido a la nieve, el centro de diálisis de New Britain abrirá a las 10 a.m. el "
    "martes 4 de febrero. Si su tratamiento es a las 6 a.m., le llamaremos para reprogramar. "
    "Transporte: (860) 555-0101, ext. 3300.",
    "snow delay: a schedule date, times, the hospital's line",
)

# 85
p(
    "en",
    "patient_story",
    "From the claims floor to the comeback! 🏀 Deshawn Pryce, a data analyst at Connecticut River "
    "Life, was 31 when a stroke hit him during a team huddle on Feb. 12. Thanks to coworkers who "
    "knew BE FAST, he reached our stroke center in 38 minutes. On April 7 he watched the Huskies "
    "win it all from our rehab gym, cheering with his left hand. #DeshawnStrong",
    [
        ("NAME", "Deshawn Pryce"),
        ("NAME", "Connecticut River Life"),
        ("DATE", "Feb. 12"),
        ("DATE", "April 7"),
        ("NAME", "#DeshawnStrong"),
    ],
    note="insurance-company employee: name, employer, stroke date, a dated day of his rehab stay, "
    "name hashtag; age 31 and '38 minutes' are not labelled",
)

# 86
n(
    "en",
    "public_figure",
    "“One good thing about music, when it hits you, you feel no pain.” - Bob Marley, born "
    "February 6, 1945. Our music therapists bring reggae, bomba and polka to the bedside every "
    "week. Want to volunteer your talent? Email volunteer@pequabuckvalley.org.",
    "public figure's birth date, the hospital's volunteer e-mail",
)

# 87
p(
    "en",
    "pasted_record",
    "Cardiology clinic note pasted into draft: 'Pt Hyacinth Ellis-Morgan, DOB 04/09/1938, seen "
    "2/26 for device check. Medtronic dual-chamber pacemaker, serial PJN418822S, interrogation "
    "normal. Remote monitor linked to home IP 73.149.22.87. Granddaughter Kerry-Ann "
    "(kerryann.morgan@gmail.com) manages her appointments.'",
    [
        ("NAME", "Hyacinth Ellis-Morgan"),
        ("DATE", "04/09/1938"),
        ("DATE", "2/26"),
        ("DEVICE", "PJN418822S"),
        ("IP", "73.149.22.87"),
        ("NAME", "Kerry-Ann"),
        ("EMAIL", "kerryann.morgan@gmail.com"),
    ],
    note="clinic note: name (also a flower), DOB, visit date, pacemaker serial, home IP address, "
    "granddaughter's name and e-mail; the manufacturer is not labelled",
)

# 88
n(
    "en",
    "eponymous_condition",
    "Alzheimer's and dementia caregivers: you are not alone. Our free Memory Café meets at the "
    "Waterbury campus on the second Thursday of each month, with coffee, music and respite care. "
    "Led by geriatrician Dr. Mirela Kovačević. RSVP: (203) 555-0102.",
    "eponym, recurring schedule, staff doctor, hospital line",
)

# 89
p(
    "es",
    "memorial",
    "Hoy despedimos a doña Dolores “Lola” Santiago, centenaria, voluntaria y paciente de nuestro "
    "programa de cuidados paliativos, quien falleció en su casa de la calle Park el 28 de junio. "
    "Lola nació en Utuado y crió a ocho hijos en Hartford. Su hija Migdalia nos pidió compartir "
    "su receta de coquito. 🕊️",
    [
        ("NAME", "Dolores “Lola” Santiago"),
        ("NAME", "Lola", "*"),
        ("AGE", "centenaria"),
        ("GEO", "calle Park"),
        ("DATE", "28 de junio"),
        ("GEO", "Utuado"),
        ("GEO", "Hartford"),
        ("NAME", "Migdalia"),
    ],
    note="memorial of a patient who was also a volunteer: name with nickname, 'centenaria', home "
    "street, date of death, birthplace, town where she raised her family, daughter",
)

# 90
n(
    "es",
    "anonymous_story",
    "Un señor de 87 años llegó a nuestra sala de emergencias con su perrita Canela en brazos porque "
    "“no tenía con quién dejarla”. Nuestro equipo la cuidó hasta que llegó su vecino. Ambos están "
    "bien. 🐶❤️",
    "anonymous patient aged 87 (not over 89) and a pet's name",
)

# 91
p(
    "en",
    "discharge",
    "#TeamWojtek did it! 🎉 Wojtek, 6, rang the bell on our pediatric oncology floor this morning "
    "after his last round of chemo. His mom Agata says they're celebrating with pączki from the "
    "bakery. #KidsBeatCancer",
    [("NAME", "#TeamWojtek"), ("NAME", "Wojtek"), ("NAME", "Agata")],
    note="name hashtag, Polish diminutive as first name, mother's name; #KidsBeatCancer is a "
    "campaign",
)

# 92
n(
    "en",
    "event",
    "Huskies watch party in the lobby! 🏀 Tuesday, April 8, 9 p.m., Hartford campus atrium. "
    "Patients who are able, families and staff welcome. Jersey contest judged by our CEO, Dr. "
    "Carla Mendes-Whitfield. Go Huskies!",
    "event date and venue, the CEO's name",
)

# 93
p(
    "en",
    "pasted_record",
    "oops 😬 that was supposed to go to the lab group chat:\n"
    "'STAT CBC/BMP for PIETRZAK, Jadwiga, 95 y/o, 4N rm 418, MRN 00-55-1873, collected 0815 on "
    "1/14. Husband Zdzisław wants a call: 860-555-0183.'",
    [
        ("NAME", "PIETRZAK, Jadwiga"),
        ("AGE", "95"),
        ("OTHER_ID", "rm 418"),
        ("MRN", "00-55-1873"),
        ("DATE", "1/14"),
        ("NAME", "Zdzisław"),
        ("PHONE", "860-555-0183"),
    ],
    note="lab message: name, age 95, room, MRN, collection date, husband's name and phone",
)

# 94
n(
    "en",
    "health_tip",
    "Pączki Day is Tuesday! 🍩 Enjoy one (or two), but if you're managing diabetes, our dietitian "
    "Justyna Wrona, RD, suggests splitting one with a friend and taking a walk down Broad Street "
    "afterward. Diabetes education: (860) 555-0101.",
    "holiday tip: staff dietitian, a street, hospital line",
)

# 95
p(
    "es",
    "pasted_record",
    "Autorización para publicar: Paciente: Xiomara Del Valle Cintrón · Fecha de nacimiento: "
    "15/08/1979 · Expediente: 61-004392 · Dirección: 140 Franklin Ave, apto. 1, Hartford, CT 06114 "
    "· Firma: X. Del Valle · Fecha: 02/03 · Foto incluida: sí",
    [
        ("NAME", "Xiomara Del Valle Cintrón"),
        ("DATE", "15/08/1979"),
        ("MRN", "61-004392"),
        ("GEO", "140 Franklin Ave, apto. 1"),
        ("GEO", "Hartford"),
        ("GEO", "06114"),
        ("NAME", "X. Del Valle"),
        ("DATE", "02/03"),
    ],
    note="release form pasted: name, DOB, record number, address, city, ZIP, signature, signing "
    "date; 'Foto incluida' does not say a photo is attached to the post",
)

# 96
n(
    "es",
    "sponsor",
    "Gracias a Supermercado La Boricua de Park Street por donar 300 pavos para las familias de "
    "nuestro programa de diálisis este Día de Acción de Gracias. Su dueño, don Tito Arroyo, dice "
    "que su mamá siempre le enseñó a compartir. 🦃",
    "sponsor business and owner, a holiday; no patient is named",
)

# 97
p(
    "en",
    "milestone_birthday",
    "Big up to Mama Pearl, who celebrated her 100th on August 6, Jamaica's Independence Day, right "
    "here on 6 East! 🇯🇲 She says turning 100 on Independence Day means the whole island is "
    "celebrating her. 🎉 #PearlAt100",
    [
        ("NAME", "Pearl"),
        ("AGE", "100th"),
        ("DATE", "August 6"),
        ("DATE", "Jamaica's Independence Day"),
        ("AGE", "100"),
        ("DATE", "Independence Day", 2),
        ("NAME", "#PearlAt100"),
    ],
    note="100th birthday: first name ('Mama' is a kinship word), age twice, birthday written "
    "three ways (date, holiday, holiday again), name hashtag",
)

# 98
n(
    "en",
    "public_figure",
    "Happy Constitution Day to our Polish community! 🇵🇱 May 3 marks Poland's constitution of "
    "1791. Our New Britain campus cafeteria is serving żurek and bigos all week, courtesy of chef "
    "Bogdan Wiśniewski.",
    "national holiday date and a staff chef",
)

# 99
p(
    "en",
    "patient_story",
    "Thirty years after arriving in Hartford as refugees, Hamza and Fikreta Mujić came back to our "
    "hospital for a happier reason: Fikreta's new hip. Surgery was Oct. 15; by Oct. 18 she was "
    "making burek for the nurses (we didn't ask, we just ate). Hamza, 91, never left her side. "
    "They live on Fairfield Avenue, where the neighbors have already shoveled their walk. ❤️",
    [
        ("GEO", "Hartford"),
        ("NAME", "Hamza", "*"),
        ("NAME", "Fikreta Mujić"),
        ("NAME", "Fikreta", "*"),
        ("DATE", "Oct. 15"),
        ("DATE", "Oct. 18"),
        ("AGE", "91"),
        ("GEO", "Fairfield Avenue"),
    ],
    note="hip surgery story: couple's names, their city and street, surgery and recovery dates, "
    "the husband's (a relative's) age 91",
)

# 100
n(
    "en",
    "recruitment",
    "Now hiring CNAs for nights on 4 North, New Britain! $2,000 sign-on bonus, tuition help, and "
    "the best pierogi potlucks in Connecticut. Apply at careers.pequabuckvalley.org/4N by Friday, "
    "May 16, or text PVMCJOBS to 555-0188.",
    "job ad: unit, deadline, hospital URL and a recruiting text line",
)

# 101
p(
    "es",
    "patient_story",
    "Carlos Javier Medina trabaja en el centro de llamadas de Charter Oak Mutual. El 9 de enero, "
    "durante la tormenta, resbaló en el hielo frente a su casa en la avenida Wethersfield y se "
    "fracturó la muñeca. Nuestro equipo de ortopedia lo operó esa misma noche. Hoy ya vuelve a "
    "contestar llamadas... ¡con la mano izquierda! 😂 #CarlosRegresa",
    [
        ("NAME", "Carlos Javier Medina"),
        ("NAME", "Charter Oak Mutual"),
        ("DATE", "9 de enero"),
        ("GEO", "avenida Wethersfield"),
        ("NAME", "#CarlosRegresa"),
    ],
    note="insurance call-centre employee: name, employer, injury date, home street, name hashtag",
)

# 102
n(
    "es",
    "eponymous_condition",
    "Junio es el mes de concienciación del síndrome de Tourette. Nuestro neurólogo pediátrico, el "
    "Dr. Rafael Albizu, ofrece una charla en español para padres el 14 de junio en el campus de "
    "Hartford. Inscríbase: pvmc.org/tourette",
    "eponym, staff doctor, talk date, hospital URL",
)

# 103
p(
    "en",
    "pasted_record",
    "Can we get a shoutout for the OR team?? here's today's board lol\n"
    "OR 3  0730  CHEN-ALVARADO, MEI  54F  lap chole  Dr. Okafor\n"
    "OR 5  0800  KRAWCZYK, BOLESŁAW  90M  L TKA  Dr. Silva  ***pt is deaf, use board***\n"
    "OR 5  1130  MARTINS, ANA PAULA  68F  R TKA  Dr. Silva",
    [
        ("NAME", "CHEN-ALVARADO, MEI"),
        ("NAME", "KRAWCZYK, BOLESŁAW"),
        ("AGE", "90M"),
        ("NAME", "MARTINS, ANA PAULA"),
    ],
    note="OR schedule: three patient names, one age over 89 (age-sex token); operating rooms, "
    "times, surgeons and ages under 90 are not labelled",
)

# 104
n(
    "en",
    "hospital_contact",
    "Lost & found 🧤 We have 47 mittens, 12 scarves, one UConn jersey (#14) and a set of rosary "
    "beads at the Hartford campus security desk. Call (860) 555-0100 and ask for security, or stop "
    "by Room B-104 on the ground floor.",
    "counts, a jersey number and the security office's room number",
)

# 105
p(
    "es",
    "thank_you",
    "Hola Sr. Figueroa, lamentamos mucho la espera en urgencias con su esposa, doña Awilda, el "
    "sábado pasado. Nuestra oficina de Relaciones con Pacientes quiere hablar con usted: ¿nos "
    "confirma si el número 860-555-0124 que nos dejó es el correcto? También puede llamar al "
    "(860) 555-0115.",
    [("NAME", "Figueroa"), ("NAME", "Awilda"), ("PHONE", "860-555-0124")],
    note="public reply to a complaint: husband's surname, patient's first name, the family's "
    "phone; 'el sábado pasado' is relative and the second number is the hospital's",
)

# 106
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Johanna Irizarry, de Waterbury, por recibir el premio DAISY! "
    "Una familia escribió: “Johanna cuidó a mi mamá como si fuera la suya.” Johanna lleva 12 años "
    "en nuestra unidad de cuidados intensivos. 🌼",
    "staff award: the nurse's name and town, an anonymous family quote",
)

# 107
p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian, Mr. Feliks Zając, celebrated his birthday on 2 West with polka "
    "music and his great-granddaughter Zosia on accordion. Feliks fixed typewriters for 50 years "
    "and still fixes the squeaky wheels on our IV poles. Sto lat! 🎶",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Feliks Zając"),
        ("NAME", "Feliks", "*"),
        ("NAME", "Zosia"),
    ],
    note="'nonagenarian' states an age over 89; name, great-granddaughter; '50 years' is a "
    "duration",
)

# 108
n(
    "en",
    "anonymous_story",
    "This week, a grandmother in her 70s learned CPR in our free Saturday class. On Monday, she "
    "used it on a stranger at a bus stop. He's alive. Sign up for the next class: pvmc.org/cpr",
    "anonymous bystander and stranger, weekdays, hospital URL",
)

# 109
p(
    "en",
    "pasted_record",
    "Draft post: “Teamwork across campuses! 🚑”\n"
    "[attached: FAX COVER SHEET]\n"
    "To: Quinnipiac Rehab Admissions  From: PVMC Case Mgmt, fax (860) 555-0140\n"
    "Re: transfer of Alvarado, Reinaldo, DOB 07/07/1951, MRN 0098-3321\n"
    "Family fax for copies: (860) 555-0116 (son, Edgardo Alvarado)",
    [
        ("NAME", "Alvarado, Reinaldo"),
        ("DATE", "07/07/1951"),
        ("MRN", "0098-3321"),
        ("FAX", "(860) 555-0116"),
        ("NAME", "Edgardo Alvarado"),
    ],
    note="fax cover sheet: name, DOB, MRN, the family's fax and the son's name; the hospital's "
    "fax is not labelled",
)

# 110
n(
    "en",
    "crisis_update",
    "Recall notice: certain lots of the FlowGuard infusion pump (model FG-200, lots 24A117 through "
    "24A139) are being recalled by the manufacturer. No patients at Pequabuck Valley were affected. "
    "Questions? Pharmacy hotline (860) 555-0100, ext. 7421.",
    "device model and lot numbers not tied to any patient, hospital line",
)

# 111
p(
    "es",
    "discharge",
    "Después de 5 meses, ¡Ámbar se va a casa! 🏠 Nuestra guerrera de la UCI neonatal nació el 11 de "
    "septiembre con apenas 1 libra y 9 onzas. Hoy pesa 6 libras y se va para Meriden con sus papás "
    "Zuleyka y Bryan. Gracias por dejarnos ser parte de su historia. #ÁmbarGuerrera",
    [
        ("NAME", "Ámbar"),
        ("DATE", "11 de septiembre"),
        ("GEO", "Meriden"),
        ("NAME", "Zuleyka"),
        ("NAME", "Bryan"),
        ("NAME", "#ÁmbarGuerrera"),
    ],
    note="NICU discharge: baby's name, birth date (also a public remembrance day), home town, "
    "parents, name hashtag",
)

# 112
n(
    "es",
    "public_figure",
    "Hoy el alcalde de Hartford, Luis Cruz-Beltrán, visitó nuestra nueva clínica comunitaria de "
    "Park Street junto a la senadora estatal Migdalia Oquendo. ¡Gracias por su apoyo a la salud de "
    "nuestros barrios!",
    "public officials and the hospital's clinic",
)

# 113
p(
    "en",
    "patient_story",
    "when your 92 yr old patient from the east end asks if the huskies won and you have to break "
    "it to her gently 😭 love you miss gloria",
    [("AGE", "92"), ("GEO", "east end"), ("NAME", "gloria")],
    note="lower-case staff post: age 92, neighbourhood, first name ('miss' excluded)",
)

# 114
n(
    "en",
    "statistic",
    "In 2024 our three EDs saw 212,804 visits, and more than 1,900 of those patients were over 90. "
    "Top injuries: falls on ice, snow-blower fingers, and kitchen knives (bagels!). Stay safe this "
    "winter, Connecticut.",
    "aggregate counts and a population age band",
)

# 115
p(
    "en",
    "pasted_record",
    "Reposting our valet team's shoutout! (pls crop the ticket)\n"
    "[ticket text] Waterbury campus · 03/09 · Owner: Okonjo, Blessing · Rm 3211 · "
    "CT DL 112-45-8830 on file · Plate 9KX-TR4",
    [
        ("DATE", "03/09"),
        ("NAME", "Okonjo, Blessing"),
        ("OTHER_ID", "Rm 3211"),
        ("LICENSE", "112-45-8830"),
        ("VEHICLE", "9KX-TR4"),
    ],
    note="valet ticket text: visit date, name (also a word), room, driver's licence number in an "
    "SSN-like format, plate; the campus is the hospital's",
)

# 116
n(
    "en",
    "campaign_hashtag",
    "#BrassCityStrong 💪 Waterbury, you showed up: 1,400 pints of blood donated in January. Next "
    "drive: Feb. 22 at the Palace Theater. Sign up at pvmc.org/blood or call (203) 555-0102.",
    "campaign hashtag, event date and venue, hospital URL and line",
)

# 117
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco velitas! 🎂 Don Ismael Quiles cumplió noventa y cinco años el 20 de marzo en "
    "el piso 5 Oeste, y se los celebramos con un trío que le tocó “Preciosa”. Don Ismael llegó de "
    "Mayagüez en 1952 para trabajar en las tabacaleras del valle. ¡Que cumpla muchos más!",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Ismael Quiles"),
        ("AGE", "noventa y cinco"),
        ("DATE", "20 de marzo"),
        ("NAME", "Ismael", "*"),
        ("GEO", "Mayagüez"),
    ],
    note="95th birthday: age in words twice, name (Don excluded), birthday, home town; "
    "'Preciosa' is a song, 1952 a bare year",
)

# 118
n(
    "es",
    "health_tip",
    "Ola de calor este fin de semana: hasta 97°F en Hartford. Si su abuelita tiene 90 años o más, "
    "llámela dos veces al día y verifique que tenga abanico o aire acondicionado y agua fresca. "
    "Centros de enfriamiento: llame al 211.",
    "heat tip: a temperature and a population age, the state line",
)

# 119
p(
    "en",
    "memorial",
    "Our hearts are with our own Radiology tech, Marlon Thompson, whose mother, Mrs. Claudette "
    "Thompson, passed away in our ICU on Nov. 30 after a brave fight. Claudette volunteered at our "
    "gift shop for 15 years. Please keep the Thompson family in your prayers. 💙",
    [
        ("NAME", "Marlon Thompson"),
        ("NAME", "Claudette Thompson"),
        ("DATE", "Nov. 30"),
        ("NAME", "Claudette", "*"),
        ("NAME", "Thompson", "*"),
    ],
    note="a staff member who is a patient's son is labelled as the relative; patient's name, "
    "date of death, family surname",
)

# 120
n(
    "en",
    "memorial",
    "We mourn Dr. Teodor Wiśniewski, who served as chief of surgery at our New Britain campus from "
    "1979 to 2004 and died on March 2 at age 94. Dr. W. trained half the surgeons in Connecticut. "
    "Visitation Friday at Sacred Heart Church, Broad Street.",
    "memorial of a former staff surgeon: his age and date of death are not a patient's",
)

# 121
p(
    "en",
    "patient_story",
    "Safety matters. Last month a 44-year-old press operator at Kensington Tool & Die lost two "
    "fingers when a guard was removed to clear a jam. He asked us to share this so it never "
    "happens to a coworker. Talk to your supervisor. Lockout/tagout saves hands. 🖐️",
    [("NAME", "Kensington Tool & Die")],
    note="nameless injury story that names the patient's employer: the employer is an "
    "identifier; age 44 and 'last month' are not",
)

# 122
n(
    "en",
    "eponymous_condition",
    "Lyme disease is named for Lyme, Connecticut, where it was first described in 1975. Tick "
    "season is here: check yourself and your kids after hikes on Talcott Mountain or in Hubbard "
    "Park. Found a tick? Our walk-in clinics in Hartford, New Britain and Waterbury can help. "
    "(860) 555-0100.",
    "eponym named for a town, hiking places and service towns, none tied to a patient",
)

# 123
p(
    "es",
    "pasted_record",
    "De: Nilda Cartagena <nildacartagena@gmail.com>\n"
    "Asunto: ¿pueden compartir?\n\n"
    "Mi esposo, Héctor Luis Cartagena, lleva desde el 2 de diciembre en su UCI después del "
    "accidente en la fábrica. Creamos una página para ayudar con los gastos: "
    "gofundme.com/f/fuerza-hector-cartagena. Su número de paciente es 00417789. ¡Mil gracias!",
    [
        ("NAME", "Nilda Cartagena"),
        ("EMAIL", "nildacartagena@gmail.com"),
        ("NAME", "Héctor Luis Cartagena"),
        ("DATE", "2 de diciembre"),
        ("URL", "gofundme.com/f/fuerza-hector-cartagena"),
        ("MRN", "00417789"),
    ],
    note="wife's e-mail pasted: her name and e-mail, patient's name (also a city), admission "
    "date, the family's fundraising URL, patient number",
)

# 124
n(
    "es",
    "event",
    "Festival de la Salud en el Parque Pope, sábado 21 de junio, de 10 a.m. a 2 p.m. Vacunas, "
    "presión arterial, y bomba y plena en vivo. Organiza nuestra promotora de salud, Lizbeth "
    "Santos: (860) 555-0130 · lsantos@pequabuckvalley.org",
    "health fair: event date and park, staff organiser, hospital phone and e-mail",
)

# 125
p(
    "en",
    "birth_announcement",
    "Leap Day baby alert! 🐸 Welcome to the world, Kalani Rose Brown-Whyte, born Feb. 29 at 4:12 "
    "a.m. at our New Britain birthing center. She'll only have a real birthday every four years, "
    "so big sister Imani has promised to throw her extra-big parties. Congrats, Tashauna and "
    "Devon!",
    [
        ("DATE", "Leap Day"),
        ("NAME", "Kalani Rose Brown-Whyte"),
        ("DATE", "Feb. 29"),
        ("NAME", "Imani"),
        ("NAME", "Tashauna"),
        ("NAME", "Devon"),
    ],
    note="birth: the birth date written as a named day and as a date, baby's names, sister and "
    "parents",
)

# 126
n(
    "en",
    "staff_spotlight",
    "Congratulations to our ED charge nurse Kayla Pereira and her husband Mateus on the birth of "
    "their son, Gabriel, on March 14! Kayla says Gabriel has already learned the most important "
    "ED skill: sleeping through anything. Welcome to the PVMC family! 👶",
    "a staff member's own family: names and birth date are not labelled",
)

# 127
p(
    "en",
    "discharge",
    "Pure Joy! 🎈 Joy Campbell, 11, went home today after her spinal surgery. Tip from Joy: "
    "always bring your own pillow. #JoyStrong",
    [("NAME", "Joy Campbell"), ("NAME", "Joy", 3), ("NAME", "#JoyStrong")],
    note="a first name that is also a word: the pun 'Pure Joy' is not labelled, the name is",
    ok=("Joy",),
)

# 128
n(
    "en",
    "public_figure",
    "Fun fact for Dictionary Day: Noah Webster was born in West Hartford on October 16, 1758. Our "
    "medical librarian, Halina Kruk, has an early edition of his dictionary on display in the "
    "Hartford campus library through Friday.",
    "historical figure's birth date and town, a staff librarian",
)

# 129
p(
    "es",
    "thank_you",
    "Foto: doña Bienvenida Ocasio, de 102 años, con nuestra enfermera Yamilet el día de su alta. "
    "Doña Bienvenida nos enseñó a jugar dominó y nos ganó a todas. ¡Gracias por su cariño, y "
    "felicidades a su hijo Papo Ocasio, que no se despegó de su lado! 💙",
    [
        ("PHOTO", "Foto"),
        ("NAME", "Bienvenida Ocasio"),
        ("AGE", "102"),
        ("NAME", "Bienvenida", "*"),
        ("NAME", "Papo Ocasio"),
    ],
    note="photo caption: photo cue, patient's name (also a word), age 102, son's name; the nurse "
    "is staff",
)

# 130
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió después de dar a luz en plena tormenta: “Las enfermeras me hicieron "
    "sentir en casa.” Gracias a nuestro equipo de maternidad, que no se fue a casa en 36 horas "
    "para cubrir los turnos. 💕",
    "anonymous mother, no identifier",
)

# 131
p(
    "en",
    "pasted_record",
    "Photo of our new wristband printers! 📸 (test print below)\n"
    "LOPES, JOAO P  DOB 12/25/1944  MRN 4471902  ENC 9920018837  ALLERGY: PCN\n"
    "wait this isn't a test patient is it",
    [
        ("NAME", "LOPES, JOAO P"),
        ("DATE", "12/25/1944"),
        ("MRN", "4471902"),
        ("OTHER_ID", "9920018837"),
    ],
    note="a real wristband printed as a 'test': name, DOB, MRN, encounter number; the photo "
    "shows printers, not a patient",
)

# 132
n(
    "en",
    "hospital_contact",
    "Physicians: refer to our Waterbury Wound Center by fax at (860) 555-0140 or through Care Link. "
    "Patients can self-refer: (203) 555-0102. Free parking in Lot B, 95 Highland Avenue. Se habla "
    "español, falamos português, govorimo bosanski.",
    "the hospital's fax, phone and address",
)

# 133
p(
    "en",
    "patient_story",
    "The patient in room 5114 asked for just one thing before surgery this morning: that somebody "
    "play the UConn fight song. Our anesthesiologist pulled it up on his phone and the whole OR "
    "sang along. 🎶",
    [("OTHER_ID", "room 5114")],
    note="nameless story that gives the patient's room number",
)

# 134
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today, 16 years after spending 94 days with us, "
    "and she's now applying to nursing school. We can't tell you her name, but we can tell you "
    "that our NICU nurses cried. 💙",
    "anonymous former patient: '94 days' is a duration, not an age",
)

# 135
p(
    "es",
    "pasted_record",
    "Pizarra de la unidad 6 Este (turno de noche) - ¡gracias equipo!\n"
    "Cama 1: Sra. Otero, Gladys - caída - hija Zoraida 860-555-0137\n"
    "Cama 2: vacía\n"
    "Cama 3: Sr. Vázquez Pagán, Ernesto - 101 años - HUSKY C\n"
    "Cama 4: Sr. Koval, Ivan - intérprete ucraniano",
    [
        ("OTHER_ID", "Cama 1"),
        ("NAME", "Otero, Gladys"),
        ("NAME", "Zoraida"),
        ("PHONE", "860-555-0137"),
        ("OTHER_ID", "Cama 3"),
        ("NAME", "Vázquez Pagán, Ernesto"),
        ("AGE", "101"),
        ("OTHER_ID", "Cama 4"),
        ("NAME", "Koval, Ivan"),
    ],
    note="unit whiteboard: occupied beds, three patients (Sra./Sr. excluded), a daughter and her "
    "phone, age 101; the empty bed is not labelled",
)

# 136
n(
    "es",
    "health_tip",
    "¿Necesita ayuda con la calefacción este invierno? Llame al 211 o a la Asociación de Vecinos "
    "de Frog Hollow al (860) 555-0174. Nuestras trabajadoras sociales también pueden ayudarle: "
    "(860) 555-0130.",
    "a community association's phone and neighbourhood, the state line, the hospital's line",
)

# 137
p(
    "en",
    "milestone_birthday",
    "Someone on 4 West turned 100 today! 🎉 Born on Christmas Eve, she says she's been the best "
    "present her family ever got. Her granddaughter drove up from Stamford with a cake shaped like "
    "a Husky.",
    [("AGE", "100"), ("DATE", "Christmas Eve"), ("GEO", "Stamford")],
    note="unnamed centenarian: age, birth date as a holiday, a relative's home town",
)

# 138
n(
    "en",
    "event",
    "Jamaica 63! 🇯🇲 Join our Caribbean Nurses Association at the Caribbean Cultural Hall, 3340 "
    "Main Street, Hartford, on Wednesday, August 6 for free blood pressure checks and a steel-pan "
    "set by nurse Errol Campbell. RSVP: caribbeannurses.ct@gmail.com",
    "event venue address and date, a staff nurse, the association's e-mail",
)

# 139
p(
    "en",
    "thank_you",
    "To the Nowak family: thank you for the 200 pierogi you dropped off on Wigilia in memory of "
    "your dad, who spent his last Christmas with us on 5 North. We will never forget him. 🕯️",
    [("NAME", "Nowak")],
    note="family surname of a deceased patient; Wigilia is the day of the family's visit, not "
    "the patient's event",
)

# 140
n(
    "en",
    "research",
    "Our biobank just passed 10,000 samples! 🧪 Each one is stored under a coded ID (like "
    "PVB-000001) and never linked to a name outside our secure lab. Thanks to every participant "
    "and to Dr. Ifeoma Chukwu's team. Learn more: pequabuckvalley.org/biobank",
    "a sample-code format, a staff doctor, hospital URL",
)

# 141
p(
    "es",
    "patient_story",
    "Keishla tenía 16 años cuando le diagnosticaron diabetes tipo 1 en marzo. Hoy, con su bomba de "
    "insulina (número de serie TX-4430-9921, ¡que su mamá tiene tatuado en el brazo para "
    "emergencias! 😅), jugó su primer partido de baloncesto con su equipo de Bulkeley High. "
    "¡Wepa, Keishla! #KeishlaImparable",
    [
        ("NAME", "Keishla", "*"),
        ("DATE", "marzo"),
        ("DEVICE", "TX-4430-9921"),
        ("NAME", "#KeishlaImparable"),
    ],
    note="teen with diabetes: name, month of diagnosis, insulin pump serial, name hashtag; the "
    "school is not an identifier",
)

# 142
n(
    "es",
    "public_figure",
    "¡Feliz cumpleaños a la gran Rita Moreno, que cumple 93 años! Nacida en Humacao, nos inspira a "
    "todos a seguir bailando. 💃 Nuestra clase de baile para mayores es los viernes a las 10 a.m. "
    "en el campus de Hartford.",
    "a public figure's age over 89 and birthplace are not labelled",
)

# 143
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\n"
    "From: Sharon Whyte-Bailey <sharon.whyte.bailey@icloud.com>\n"
    "Date: Mon, Feb 10\n"
    "Subject: thank you + story\n\n"
    "My mother Ruby Whyte (DOB 08/06/1948, MRN 7745120) was in your Waterbury ED on Feb. 3 after "
    "she fell on the ice outside her house on Walnut Street. The nurses were angels. You can use "
    "her picture. - Sharon",
    [
        ("NAME", "Sharon Whyte-Bailey"),
        ("EMAIL", "sharon.whyte.bailey@icloud.com"),
        ("NAME", "Ruby Whyte"),
        ("DATE", "08/06/1948"),
        ("MRN", "7745120"),
        ("DATE", "Feb. 3"),
        ("GEO", "Walnut Street"),
        ("NAME", "Sharon", "*"),
    ],
    note="forwarded e-mail: daughter's name and e-mail, patient's name, DOB, MRN, ED visit date, "
    "home street; the e-mail header date is not the patient's event",
)

# 144
n(
    "en",
    "campaign_hashtag",
    "Wear blue on Friday for #MaxsMiles! The Max Kowal Memorial 5K, named for the New Britain "
    "police officer who founded our community CPR program, raises funds for our trauma center "
    "every spring. Register at maxsmiles5k.org.",
    "a race and hashtag named for a program founder, not a patient",
)

# 145
p(
    "en",
    "patient_story",
    "Fátima Sousa has lived in Waterbury's Brooklyn neighborhood since she arrived from Portugal at "
    "19. On the morning of Jan. 28 a neighbor found her on her kitchen floor, and our stroke team "
    "had her clot out within the hour. Today Fátima is home, back to feeding every cat on Charles "
    "Street. Obrigada for trusting us! 💙",
    [
        ("NAME", "Fátima Sousa"),
        ("NAME", "Fátima", "*"),
        ("GEO", "Waterbury"),
        ("GEO", "Brooklyn"),
        ("DATE", "Jan. 28"),
        ("GEO", "Charles Street"),
    ],
    note="stroke story: name, city (possessive excluded), neighbourhood that shares a New York "
    "borough's name, stroke date, street; Portugal is a country",
)

# 146
n(
    "en",
    "staff_spotlight",
    "Meet our oldest volunteer: Irena Sadowska, 93, who has staffed the New Britain campus gift "
    "shop every Tuesday since 1988. Her secret? “Walk to church, eat your soup, and never "
    "retire.” Thank you, Pani Irena! 💐 #VolunteerWeek",
    "a volunteer's name and age over 89 are not labelled",
)

# 147
p(
    "es",
    "discharge",
    "¡se fue pa' casa mi gente! 🙌 después de 3 semanas en la habitación 715, nuestro querido don "
    "chago ya está en su casa en la calle Zion. gracias a su nieta crystal por traernos "
    "pastelillos cada viernes. #fuerzachago",
    [
        ("OTHER_ID", "habitación 715"),
        ("NAME", "chago"),
        ("GEO", "calle Zion"),
        ("NAME", "crystal"),
        ("NAME", "#fuerzachago"),
    ],
    note="lower-case post: room, nickname (don excluded), home street, granddaughter's name "
    "(also a word), lower-case name hashtag",
)

# 148
n(
    "es",
    "research",
    "Estudio para adultos hispanos con diabetes en Hartford, New Britain y Waterbury: buscamos 300 "
    "participantes de 40 a 75 años. Recibirá $75 y un glucómetro gratis. Protocolo PVMC-2025-031. "
    "Contacto: Dra. Yesenia Cotto, (860) 555-0120.",
    "study recruitment: population ages, protocol number, staff doctor, hospital line",
)

# 149
p(
    "en",
    "pasted_record",
    "note to self: do NOT post 🙃\n"
    "CM note 4/2: Pt OLIVEIRA, ROSALINA, 99, MRN 88-231-774, d/c to SNF on 4/5. Contact son "
    "Joaquim Oliveira, joaquim.oliveira@sapo.pt (lives in Portugal), local contact niece Sandra "
    "203-555-0149.",
    [
        ("DATE", "4/2"),
        ("NAME", "OLIVEIRA, ROSALINA"),
        ("AGE", "99"),
        ("MRN", "88-231-774"),
        ("DATE", "4/5"),
        ("NAME", "Joaquim Oliveira"),
        ("EMAIL", "joaquim.oliveira@sapo.pt"),
        ("NAME", "Sandra"),
        ("PHONE", "203-555-0149"),
    ],
    note="case-management note: note and discharge dates, name, age 99, MRN, son's name and "
    "e-mail, niece's name and phone",
)

# 150
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's thyroiditis, Addison's disease: three conditions named for the "
    "doctors who described them, and all three treated by our endocrinology team. January is "
    "Thyroid Awareness Month; schedule a check at (860) 555-0100.",
    "eponyms and an awareness month",
)

# 151
p(
    "en",
    "pasted_record",
    "MyPVMC message pasted into the wrong window:\n"
    "From: agnieszka_w58 (Agnieszka Wójcik)\n"
    "Sent from IP 24.63.118.205\n"
    "'Hi, I'm due for my mammogram callback from 11/12. Can I come on the 20th instead? My cell "
    "changed: 860-555-0166. Thanks, Agnieszka'",
    [
        ("OTHER_ID", "agnieszka_w58"),
        ("NAME", "Agnieszka Wójcik"),
        ("IP", "24.63.118.205"),
        ("DATE", "11/12"),
        ("DATE", "20th"),
        ("NAME", "Agnieszka", "*"),
        ("PHONE", "860-555-0166"),
    ],
    note="portal message: user name, name, sender IP, visit date, appointment day of month, "
    "cell phone, sign-off name",
)

# 152
n(
    "en",
    "staff_spotlight",
    "Our nurses' softball team, the Night Shift Sluggers, won the Hartford city league title on "
    "Sunday! ⚾ Want to join next season? Email team captain Rob Mercado, RN, at "
    "rob.mercado.softball@gmail.com.",
    "a staff member's personal e-mail is not a patient identifier",
)

# 153
p(
    "es",
    "memorial",
    "Con el corazón en la mano despedimos a Ramón “Moncho” Pizarro, de 96 años, paciente de "
    "nuestra unidad de cuidados paliativos. Moncho nació en Vieques, jugó pelota en las ligas de "
    "los años 50 y murió el Día de los Padres, 15 de junio, rodeado de sus 14 nietos. ⚾🕊️",
    [
        ("NAME", "Ramón “Moncho” Pizarro"),
        ("NAME", "Moncho", "*"),
        ("AGE", "96"),
        ("GEO", "Vieques"),
        ("DATE", "Día de los Padres"),
        ("DATE", "15 de junio"),
    ],
    note="memorial: name with nickname, age 96, birthplace (an island town), date of death "
    "written as a holiday and as a date",
)

# 154
n(
    "es",
    "event",
    "¡Parranda navideña! El viernes 12 de diciembre nuestros empleados llevarán la parranda por "
    "los pisos del campus de Waterbury, 95 Highland Avenue. Trae tu güiro. Coordina: Edwin Cotto, "
    "ext. 5520.",
    "staff event: date, the hospital's address, staff organiser and extension",
)

# 155
p(
    "en",
    "discharge",
    "After the blizzard knocked out his power and his oxygen concentrator, Mr. Leroy Gayle, 90, "
    "spent nine days with us on 3 East. Today he went home to a new backup generator, courtesy of "
    "his church. His niece Sophia says he's already planning his 91st. 🇯🇲",
    [("NAME", "Leroy Gayle"), ("AGE", "90"), ("NAME", "Sophia"), ("AGE", "91st")],
    note="storm discharge: name, age 90 and the coming 91st, niece's name; the unit and 'nine "
    "days' are not labelled",
)

# 156
n(
    "en",
    "public_figure",
    "Today we celebrate Marcus Garvey, born August 17, 1887, in St. Ann's Bay, Jamaica. Our "
    "Caribbean Heritage book club meets in the Hartford campus library at noon to read his "
    "speeches. All are welcome.",
    "historical figure's birth date and birthplace",
)

# 157
p(
    "en",
    "pasted_record",
    "Can we blur this and post as 'what to bring to your appointment'? 📋\n"
    "[card] CHARTER OAK MUTUAL HEALTH · CHOICE PPO · Member: DOMINGUEZ, YARITZA · "
    "ID: CO8834-20117-01 · Group: 0047821 · Rx BIN 610014",
    [("NAME", "DOMINGUEZ, YARITZA"), ("HEALTH_PLAN", "CO8834-20117-01")],
    note="insurance card text: member name and member id; the insurer's name, group number and "
    "pharmacy BIN are plan-wide, not the patient's",
)

# 158
n(
    "en",
    "eponymous_condition",
    "Huntington's disease affects about 41,000 Americans. Our Waterbury neurology clinic now offers "
    "genetic counseling in English, Spanish, Portuguese and Bosnian. Call (203) 555-0102 or visit "
    "pvmc.org/hd.",
    "eponym, population count, hospital line and URL",
)

# 159
p(
    "en",
    "thank_you",
    "Hvala, Mr. and Mrs. Hodžić, for the baklava! 🍯 Enjoy retirement from dialysis, Kemal. Your "
    "kidney donor, cousin Adnan, says you owe him burek for life. 😂",
    [("NAME", "Hodžić"), ("NAME", "Kemal"), ("NAME", "Adnan")],
    note="family surname, patient's first name, a relative who was his kidney donor",
)

# 160
n(
    "en",
    "anonymous_story",
    "She walked into our Waterbury ED at 89 years young, in heels, and told triage she only came "
    "because her daughter made her. Ladies, listen to your daughters. 💃 (Shared with permission; "
    "no names, as requested.)",
    "anonymous patient aged 89, which is not over 89",
)

# 161
p(
    "es",
    "pasted_record",
    "Perdón, esto no era para Facebook 🙈\n"
    "Estado de cuenta - Pequabuck Valley Medical Center\n"
    "Paciente: Rosado Ayala, Brenda L. · Cuenta #: 5521-0098-774 · Fecha de servicio: 19 de "
    "noviembre · Saldo: $0.00 · Correo: brendarosado82@yahoo.com",
    [
        ("NAME", "Rosado Ayala, Brenda L."),
        ("ACCOUNT", "5521-0098-774"),
        ("DATE", "19 de noviembre"),
        ("EMAIL", "brendarosado82@yahoo.com"),
    ],
    note="billing statement: name, account number, date of service, e-mail; the hospital's name "
    "is not labelled",
)

# 162
n(
    "es",
    "recruitment",
    "Ser intérprete médico es un servicio a la comunidad. Buscamos intérpretes de español, "
    "portugués y bosnio para los turnos de noche. Requisito: certificación CCHI o NBCMI. Solicite "
    "antes del 30 de mayo en careers.pequabuckvalley.org, requisición 25-0412.",
    "job ad: deadline and requisition number",
)

# 163
p(
    "en",
    "patient_story",
    "Huskies superfan @bleedblue_ray (Raymond Okeke to his nurses) watched the whole tournament "
    "from bed 22 in our cardiac ICU. Doctor's orders: no jumping. He did not comply. 🏀💙",
    [("OTHER_ID", "@bleedblue_ray"), ("NAME", "Raymond Okeke"), ("OTHER_ID", "bed 22")],
    note="patient's social handle, name and bed",
)

# 164
n(
    "en",
    "health_tip",
    "Snowblower safety, from our hand surgeons: never reach into the chute, even with the engine "
    "off. Use a stick. Every storm we see the same injuries, and most happen in the first hour "
    "after the plow goes by. ❄️ Hand injury? Go to the nearest ED or call 911.",
    "safety tip without any person",
)

# 165
p(
    "en",
    "pasted_record",
    "Great teamwork on 5 North tonight! 🙌\n"
    "(from the huddle sheet) rm 501 Pani Krystyna K. (91) - fall risk, bed alarm ON; rm 503 Mr. "
    "Zbigniew S. - NPO after MN; rm 508 Mrs. Halina Z. - daughter Basia calls 9pm",
    [
        ("OTHER_ID", "rm 501"),
        ("NAME", "Krystyna K."),
        ("AGE", "91"),
        ("OTHER_ID", "rm 503"),
        ("NAME", "Zbigniew S."),
        ("OTHER_ID", "rm 508"),
        ("NAME", "Halina Z."),
        ("NAME", "Basia"),
    ],
    note="huddle sheet: rooms, first names with initials (titles excluded), age 91, a "
    "daughter's name",
)

# 166
n(
    "en",
    "hospital_contact",
    "Precisa de um intérprete? Our Portuguese interpreters are available 24/7 at all three "
    "campuses. Ask your nurse, or call (860) 555-0130. Para marcar consulta: (203) 555-0102 "
    "(Waterbury).",
    "the hospital's interpreter and scheduling lines",
)

# 167
p(
    "es",
    "birth_announcement",
    "¡Doble bendición en el Día de las Madres! 👶👶 Los gemelos Ezequiel y Elián nacieron el 11 de "
    "mayo en nuestro campus de New Britain. Su mamá, Darlene Quiñones, de Berlin, dice que fue el "
    "mejor regalo de su vida. Papá Josué ya compró dos camisetas de los Huskies. 💙💙",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Ezequiel"),
        ("NAME", "Elián"),
        ("DATE", "11 de mayo"),
        ("NAME", "Darlene Quiñones"),
        ("GEO", "Berlin"),
        ("NAME", "Josué"),
    ],
    note="twins: birth date as holiday and date, babies' names, parents, home town (Berlin, CT, "
    "which shares a capital's name)",
)

# 168
n(
    "es",
    "anonymous_story",
    "Esta mañana una abuelita le tejió un gorrito a cada bebé de la unidad neonatal. Tiene 88 años "
    "y lleva 20 años haciéndolo. No quiere que digamos su nombre, solo que “los bebés no pasen "
    "frío”. 🧶💕",
    "anonymous knitter (not a patient), age 88",
)

# 169
p(
    "en",
    "memorial",
    "With heavy hearts we say goodbye to José Carlos Medeiros, our longtime dialysis patient and "
    "the unofficial DJ of Chair 12. Zé passed away on All Saints' Day, Nov. 1, at home in "
    "Parkville with his wife Lurdes. Descansa em paz, Zé. 🕊️",
    [
        ("NAME", "José Carlos Medeiros"),
        ("OTHER_ID", "Chair 12"),
        ("NAME", "Zé", "*"),
        ("DATE", "All Saints' Day"),
        ("DATE", "Nov. 1"),
        ("GEO", "Parkville"),
        ("NAME", "Lurdes"),
    ],
    note="memorial: name and nickname, dialysis chair number, date of death as holiday and date, "
    "neighbourhood, wife",
)

# 170
n(
    "en",
    "statistic",
    "Our Spanish line answered 18,462 calls last year, our Polish line 4,118 and our Portuguese "
    "line 2,977. Average wait: 41 seconds. Call (860) 555-0130 any time, and press 2 for Polish or "
    "3 for Portuguese.",
    "call counts and the hospital's line",
)

# 171
p(
    "en",
    "patient_story",
    "On the night of Dec. 19, Nuno Ferreira was driving home from his shift at Brass City "
    "Fasteners when his car slid off Route 69 in the snow. A plow driver spotted his hazard "
    "lights. Nuno spent 23 days in our ICU and, after months of rehab, went back to work on the "
    "line this week. His coworkers lined up to clap him in. 👏",
    [
        ("DATE", "Dec. 19"),
        ("NAME", "Nuno Ferreira"),
        ("NAME", "Nuno", "*"),
        ("NAME", "Brass City Fasteners"),
        ("GEO", "Route 69"),
    ],
    note="crash story: date, name, employer, road of the crash",
)

# 172
n(
    "en",
    "sponsor",
    "Thanks to Brass City Fasteners for donating 500 ice-melt buckets to our Waterbury patients who "
    "live alone! Businesses that want to help can reach their community team at "
    "giving@brasscityfasteners.com.",
    "a company as sponsor (not as a patient's employer) and its e-mail",
)

# 173
p(
    "es",
    "thank_you",
    "@soy_la_nena_de_papi Gracias por tu mensaje, Nashla 💕 Nos alegra que tu papá, don Wilfredo "
    "Cintrón, se esté recuperando en casa en Southington. Si necesitas algo más, escríbele a "
    "nuestra navegadora de pacientes.",
    [
        ("OTHER_ID", "@soy_la_nena_de_papi"),
        ("NAME", "Nashla"),
        ("NAME", "Wilfredo Cintrón"),
        ("GEO", "Southington"),
    ],
    note="reply to a daughter: her handle and name, her father's name and home town",
)

# 174
n(
    "es",
    "public_figure",
    "Hoy celebramos el natalicio de Eugenio María de Hostos (11 de enero), educador puertorriqueño. "
    "Nuestra biblioteca comunitaria de Park Street tendrá lecturas para niños a las 4 p.m. ¡Los "
    "esperamos!",
    "public figure's birthday and the hospital's community library",
)

# 175
p(
    "en",
    "pasted_record",
    "Slack from #comms-approvals: 'Is 00731156 the one whose family signed the release? The mom's "
    "email is tanyag.ct@gmail.com. If so we can post the NICU grad photo Friday.'",
    [("MRN", "00731156"), ("EMAIL", "tanyag.ct@gmail.com")],
    note="bare record number and a mother's e-mail; the photo is mentioned, not attached",
)

# 176
n(
    "en",
    "crisis_update",
    "Our patient portal will be down for maintenance Saturday, 11 p.m. to 3 a.m. If you see an "
    "error from server 10.4.0.12, that's us, not you. Need a refill urgently? Call your pharmacy or "
    "(860) 555-0100.",
    "the hospital's own server address, hours, hospital line",
)

# 177
p(
    "en",
    "milestone_birthday",
    "HAPPY 105TH BIRTHDAY, MISS DORETTA!!! 🎂🎉 The whole 4th floor sang for you this morning. "
    "Doretta was born in Kingston, raised 9 kids in the North End and still does her own hair. "
    "LOVE YOU!!",
    [
        ("AGE", "105TH"),
        ("NAME", "DORETTA"),
        ("NAME", "Doretta"),
        ("GEO", "Kingston"),
        ("GEO", "North End"),
    ],
    note="all-caps birthday: age, name in capitals and in normal case, birthplace, neighbourhood",
)

# 178
n(
    "en",
    "research",
    "Our research team, led by Dr. Wojciech Kaczmarek, found that Polish-speaking patients were "
    "40% more likely to finish cardiac rehab when classes were offered in Polish. Published March "
    "12 in Heart & Community. Thank you to the 312 participants!",
    "staff investigator with a Polish name, publication date, participant count",
)

# 179
p(
    "es",
    "pasted_record",
    "Formulario de admisión (copiado de Epic por error):\n"
    "Nombre: Acevedo Lugo, Juan Gabriel | SS#: 582-11-0934 | Licencia CT: 198244731 | Fecha de "
    "ingreso: 07/03 | Contacto: esposa Ivelisse, (860) 555-0192 | Dirección: Zion St #55, Hartford",
    [
        ("NAME", "Acevedo Lugo, Juan Gabriel"),
        ("SSN", "582-11-0934"),
        ("LICENSE", "198244731"),
        ("DATE", "07/03"),
        ("NAME", "Ivelisse"),
        ("PHONE", "(860) 555-0192"),
        ("GEO", "Zion St #55"),
        ("GEO", "Hartford"),
    ],
    note="admission form: name, SSN, driver's licence, admission date, wife's name and phone, "
    "address and city",
)

# 180
n(
    "es",
    "hospital_contact",
    "¿Necesita su expediente médico? Pídalo en persona en 1450 Capitol Avenue (sala 140), por fax "
    "al (860) 555-0140 o por correo a registros@pequabuckvalley.org. Traiga una identificación con "
    "foto.",
    "the hospital's address, office room, fax and e-mail",
)

# 181
p(
    "en",
    "patient_story",
    "A note from the nurses on 6 West: to J.M., who spent his 21st birthday with us after the "
    "crash on I-84, we hope you get a do-over party. Your cake is still in our fridge. 🎂",
    [("NAME", "J.M."), ("GEO", "I-84")],
    note="initials used as the patient's name, road of the crash; a 21st birthday is not an age "
    "over 89",
)

# 182
n(
    "en",
    "event",
    "Hartford's Puerto Rican Day Parade steps off Sunday at noon from Park Street! 🇵🇷 Look for our "
    "float, with Dr. Hiram Vélez on the cuatro and our ED nurses on bomba drums. First aid tents "
    "at Bushnell Park. #PVMCenelDesfile",
    "parade: weekday, route, staff doctor, first-aid venue",
)

# 183
p(
    "en",
    "pasted_record",
    "Transport log, Waterbury ED, 02/17 (pls don't post the log part):\n"
    "0715 Pt: Costa, Manuel - wheelchair to 3W, wife's car CT 4-TUG-88 in Lot A\n"
    "0740 Pt: Begović, Selma - stretcher to CT scan\n"
    "0805 Pt: Ricketts, Delroy - discharged home, son Andre picking up",
    [
        ("DATE", "02/17"),
        ("NAME", "Costa, Manuel"),
        ("VEHICLE", "4-TUG-88"),
        ("NAME", "Begović, Selma"),
        ("NAME", "Ricketts, Delroy"),
        ("NAME", "Andre"),
    ],
    note="transport log: date of the patients' visit, three names, a wife's plate, a son's name; "
    "times, units and the lot are not labelled",
)

# 184
n(
    "en",
    "statistic",
    "Holiday babies 2024: 3 born on Thanksgiving, 5 on Christmas Day, 2 on New Year's Eve and 4 on "
    "Three Kings Day at our three birthing centers. 🎄👶 Thank you to the L&D teams who worked "
    "every one of those holidays!",
    "aggregate birth counts by holiday, no individual baby",
)

# 185
p(
    "es",
    "patient_story",
    "Antes de su cirugía de corazón el 4 de agosto, Edwin “Pito” Marrero le prometió a su nieta "
    "Kiara que iría a verla bailar en el Desfile Puertorriqueño. Y cumplió: ahí estaba, en su silla "
    "de ruedas en Park Street, con la bandera en la mano. ¡Eso es corazón boricua, Pito! 🇵🇷❤️",
    [
        ("DATE", "4 de agosto"),
        ("NAME", "Edwin “Pito” Marrero"),
        ("NAME", "Pito", "*"),
        ("NAME", "Kiara"),
    ],
    note="surgery date, name with nickname, granddaughter; the parade and its route are a public "
    "event, not the patient's date or home",
)

# 186
n(
    "es",
    "health_tip",
    "¿Tiene 65 años o más? La vacuna contra el virus sincitial respiratorio (VSR) es para usted. "
    "Vacúnese gratis el sábado 18 de octubre en la Iglesia San Pedro, 47 Main St, New Britain. "
    "Información: (860) 555-0130.",
    "vaccine clinic: population age, event date and venue address, hospital line",
)

# 187
p(
    "en",
    "thank_you",
    "Shoutout to Mr. Ewart in Chair 4 for bringing our dialysis crew a whole pot of curry goat to "
    "celebrate Jamaica's independence. We are still full. 🇯🇲🍛",
    [("NAME", "Ewart"), ("OTHER_ID", "Chair 4")],
    note="patient's name (Mr. excluded) and dialysis chair",
)

# 188
n(
    "en",
    "campaign_hashtag",
    "#PolkaForParkinsons is back! 🎶 The Polish National Home hosts our fundraiser dance on "
    "Saturday, Oct. 11. Music by the Stan Kowalski Band. All proceeds to our movement disorders "
    "clinic. Tickets: pvmcfoundation.org/polka",
    "eponym in a campaign hashtag, event date and venue, a band named for a person",
)

# 189
p(
    "en",
    "discharge",
    "Our littlest Christmas miracle goes home today! 🎄 Born 14 weeks early on Thanksgiving "
    "morning, she weighed just 1 lb 6 oz. Today she's 5 lbs and heading home to Plainville with "
    "two very tired, very happy parents.",
    [("DATE", "Thanksgiving"), ("GEO", "Plainville")],
    note="nameless NICU baby: birth date as a holiday and home town; 'Christmas miracle' is not "
    "the date of an event",
)

# 190
n(
    "en",
    "staff_spotlight",
    "Our NICU nurse Ana Lúcia Raposo flew to São Miguel last week for her grandmother's 100th "
    "birthday! 🎉 Avó Conceição still bakes massa sovada every Sunday. Parabéns from all of us, "
    "Ana!",
    "a staff member's own grandmother: her name, age and island are not labelled",
)

# 191
p(
    "es",
    "pasted_record",
    "Correo reenviado:\n"
    "“Soy Marisol Ayala, la esposa de Ángel Ayala (expediente 3318-2204). Estamos publicando "
    "actualizaciones en caringbridge.org/visit/angelayala. Él se operó el 16 de julio y ya camina. "
    "Pueden escribirme a marisol.ayala.ct@gmail.com.”",
    [
        ("NAME", "Marisol Ayala"),
        ("NAME", "Ángel Ayala"),
        ("MRN", "3318-2204"),
        ("URL", "caringbridge.org/visit/angelayala"),
        ("DATE", "16 de julio"),
        ("EMAIL", "marisol.ayala.ct@gmail.com"),
    ],
    note="forwarded e-mail: wife's and patient's names, record number, the family's update page, "
    "surgery date, wife's e-mail",
)

# 192
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad: es una condición genética. Este 21 de marzo, Día "
    "Mundial del Síndrome de Down, nuestro equipo de pediatría usará medias disparejas. ¡Únase con "
    "una foto y la etiqueta #MediasDisparejas!",
    "eponym, awareness date, campaign hashtag",
)

# 193
p(
    "en",
    "patient_story",
    "Our own night-shift pharmacist, Tomasz Grabowski, became our patient on Jan. 6 when he "
    "collapsed in the parking garage after a 12-hour shift. Today, after a triple bypass, Tomasz is "
    "back behind the counter, and he wants every one of you to get your cholesterol checked. ❤️",
    [("NAME", "Tomasz Grabowski"), ("DATE", "Jan. 6"), ("NAME", "Tomasz", "*")],
    note="a staff member who became a patient is labelled as a patient: name, date of the event",
)

# 194
n(
    "en",
    "public_figure",
    "Happy 90th birthday to Coach Henryk 'Hank' Zielinski, who led New Britain High's football team "
    "to four state titles and has served on the Pequabuck Valley Foundation board since 1992! 🏈",
    "a local public figure and board member: his age over 89 is not a patient's",
)

# 195
p(
    "en",
    "pasted_record",
    "[Secure chat, copied into a caption by mistake]\n"
    "Hi Dr. Santos, Mrs. Gjonaj in 7B bed 2 (MRN 20918877) wants to talk before her procedure on "
    "3/28. Her daughter Vjollca speaks for her: vjollca.gjonaj@gmail.com / 203-555-0158.",
    [
        ("NAME", "Gjonaj"),
        ("OTHER_ID", "bed 2"),
        ("MRN", "20918877"),
        ("DATE", "3/28"),
        ("NAME", "Vjollca"),
        ("EMAIL", "vjollca.gjonaj@gmail.com"),
        ("PHONE", "203-555-0158"),
    ],
    note="secure chat: patient surname, bed, MRN, procedure date, daughter's name, e-mail and "
    "phone; the doctor and the unit are not labelled",
)

# 196
p(
    "en",
    "birth_announcement",
    "Born at the festival! 🌾 Baby Zofia Maria Król arrived just hours after mom Katarzyna's water "
    "broke at the Dożynki polka tent on Broad Street. Dad Michał says she'll be crowned harvest "
    "queen in about 18 years. Witamy, Zofia! 👶",
    [
        ("NAME", "Zofia Maria Król"),
        ("NAME", "Zofia", "*"),
        ("NAME", "Katarzyna"),
        ("NAME", "Michał"),
    ],
    note="birth: baby's names, mother and father; the festival is a local event, not a date, and "
    "its street is the venue, not the family's home",
)

# 197
n(
    "en",
    "staff_spotlight",
    "Say hello to Father Emmanuel Osei, our new Catholic chaplain at the Hartford campus! Fr. "
    "Emmanuel speaks English, Twi and Spanish and is available for patients and families 24/7 "
    "through the operator at (860) 555-0100. Welcome, Father!",
    "new staff chaplain and the hospital's operator line",
)

# 198
p(
    "en",
    "pasted_record",
    "Label printer test?? 🤔\n"
    "PID|1||00558291^^^PVMC^MR||KOVAČEVIĆ^ADNAN^^||19880412|M|||14 Oak St^^New Britain^CT^06053"
    "||(860)555-0171",
    [
        ("MRN", "00558291"),
        ("NAME", "KOVAČEVIĆ^ADNAN"),
        ("DATE", "19880412"),
        ("GEO", "14 Oak St"),
        ("GEO", "New Britain"),
        ("GEO", "06053"),
        ("PHONE", "(860)555-0171"),
    ],
    note="raw HL7 PID segment: MRN, name in caret format, compact DOB, street, city, ZIP, phone",
)

# 199
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in children, and no, it's not "
    "named for the motorcycle! Dr. Tomisaku Kawasaki first described it in Japan in 1967. Watch "
    "for fever over 5 days, red eyes, rash, swollen hands. Questions? (860) 555-0100.",
    "eponym and the physician it is named for",
)

# 200
p(
    "en",
    "milestone_birthday",
    "The youngest 98-year-old we know just finished her last round of PT on 2 West. She walked the "
    "whole hallway, then asked for a ride home to Newington so she wouldn't miss Wheel of Fortune. "
    "Goals. 📺",
    [("AGE", "98-year-old"), ("GEO", "Newington")],
    note="unnamed patient: age over 89 with suffix, home town",
)

# 201
n(
    "en",
    "anonymous_story",
    "To the gentleman who left a $100 bill and a note reading “for the night nurses' pizza” at the "
    "Waterbury ED desk last Thursday: thank you. The pizza was excellent. 🍕",
    "anonymous donor, a sum of money, a weekday",
)

# 202
p(
    "en",
    "thank_you",
    "Replying to @huskymom_2003: we loved having your son Devontae with us after his knee surgery! "
    "Tell him the 5 North nurses are still wearing the UConn wristbands he gave us. 💙 Best of luck "
    "to Devontae and the Weaver High team this season!",
    [("OTHER_ID", "@huskymom_2003"), ("NAME", "Devontae", "*")],
    note="reply to a mother: her handle, her son's name; his school is not an identifier",
)

# 203
n(
    "en",
    "recruitment",
    "Nurse residency applications open! 🩺 New grads: 12-month program at our Hartford, New Britain "
    "and Waterbury campuses. Info session Thursday, Feb. 20, 6 p.m., on Zoom (meeting ID 842 5519 "
    "0037). Questions: Tanisha Bell, residency coordinator, residency@pequabuckvalley.org",
    "job ad: session date, a meeting ID that looks like a phone number, staff coordinator",
)

# 204
p(
    "en",
    "pasted_record",
    "Copy for caption? → 'DISCHARGE INSTRUCTIONS for: Nathaniel Forbes-Campbell · Date of birth: "
    "10/31/1936 · Discharged: 12/08 · Follow up with Dr. Aziz in 1 week · Home health: VNA will "
    "call daughter Yvonne at 860-555-0193 · Pharmacy: Walgreens, Albany Ave' Lol sorry wrong "
    "clipboard",
    [
        ("NAME", "Nathaniel Forbes-Campbell"),
        ("DATE", "10/31/1936"),
        ("DATE", "12/08"),
        ("NAME", "Yvonne"),
        ("PHONE", "860-555-0193"),
    ],
    note="discharge instructions: name, DOB, discharge date, daughter's name and phone; the "
    "doctor and the pharmacy's location are not labelled",
)

# 205
n(
    "en",
    "statistic",
    "This year our Health Information Management team processed 48,211 record requests, scanned "
    "1.2 million pages and answered 9,930 calls at (860) 555-0105. Median turnaround: 3 business "
    "days. 📁",
    "department statistics and the records line",
)

# 206
p(
    "en",
    "patient_story",
    "Don Cheo, 91, from Bristol, brought the night shift a bag of guineítos from his backyard "
    "today. “For the girls on nights,” he said. Gracias, don Cheo! 🍌",
    [("NAME", "Cheo", "*"), ("AGE", "91"), ("GEO", "Bristol")],
    note="nickname (Don excluded) twice, age 91, home town",
)

# 207
n(
    "es",
    "crisis_update",
    "Alerta: este viernes 28 de febrero se espera otra tormenta. Si usted es paciente de diálisis, "
    "coma según su dieta renal y tenga lista una bolsa con su lista de medicinas. Su centro de "
    "diálisis le llamará al número que tiene en su expediente.",
    "storm alert: the storm's date; 'expediente' without any number",
)

# 208
p(
    "en",
    "patient_story",
    "Meet Alma and her father, Ibrahim Selimović, 90, who came to our Waterbury campus for cataract "
    "surgery on Oct. 2 and left seeing his grandchildren's faces clearly for the first time in "
    "years. Alma asked us to thank Dr. Hoang personally. Done! 👓 (Shared with permission.)",
    [
        ("NAME", "Alma", "*"),
        ("NAME", "Ibrahim Selimović"),
        ("AGE", "90"),
        ("DATE", "Oct. 2"),
    ],
    note="daughter's name (a Spanish word too), patient's name, age 90, surgery date",
)

# 209
n(
    "en",
    "crisis_update",
    "Warming center open: our New Britain campus community room (220 Stanley Street, entrance C) is "
    "open overnight Monday, Jan. 20 through Wednesday, Jan. 22 for anyone who needs heat. Pets "
    "welcome. Questions: (860) 555-0101.",
    "warming center: the hospital's address, dates of the service, hospital line",
)

# 210
p(
    "en",
    "pasted_record",
    "Scanned this for the 'day in the life' reel, pls blur!! ➡️ Wristband: PALMER, JUNIOR A · "
    "MRN 6602813 · FIN 40019937 · DOB 03/15/1933 · Rm 4411-1",
    [
        ("NAME", "PALMER, JUNIOR A"),
        ("MRN", "6602813"),
        ("ACCOUNT", "40019937"),
        ("DATE", "03/15/1933"),
        ("OTHER_ID", "Rm 4411-1"),
    ],
    note="wristband: name (a given name that looks like a suffix), MRN, financial number, DOB, "
    "room",
)

# 211
n(
    "en",
    "public_figure",
    "On Pulaski Day we remember General Kazimierz Pułaski, the 'father of the American cavalry', "
    "who died on October 11, 1779, after being wounded at Savannah. Students from a New Britain "
    "middle school sang for our patients today. 🇵🇱🇺🇸",
    "historical figure's date of death and a school choir",
)

# 212
p(
    "en",
    "memorial",
    "The Kowalczyk family asked us to share their thanks to the 4 North team who cared for their "
    "babcia, Leokadia, in her final days in January. She was 98 and, in her words, 'ready to see "
    "Grandpa Stefan again.' Wieczny odpoczynek. 🕯️",
    [
        ("NAME", "Kowalczyk"),
        ("NAME", "Leokadia"),
        ("DATE", "January"),
        ("AGE", "98"),
        ("NAME", "Stefan"),
    ],
    note="family surname, patient's first name ('babcia' is a kinship word), month of death, age "
    "98, late husband's name",
)

# 213
n(
    "en",
    "hospital_contact",
    "Follow us! 📲 Hartford: @PequabuckValley · New Britain: @PVMC_NewBritain · Waterbury: "
    "@PVMCWaterbury · Foundation: @PVMCFoundation. For media inquiries, call (860) 555-0120. We "
    "never ask for medical information in DMs.",
    "the hospital's own handles and media line",
)

# 214
p(
    "en",
    "discharge",
    "Ninety-three and back on her feet! 👟 Mrs. Odette Lamothe walked out of 3 West today, 11 days "
    "after her hip surgery on the 3rd. Bonne chance, Madame Odette!",
    [
        ("AGE", "Ninety-three"),
        ("NAME", "Odette Lamothe"),
        ("DATE", "3rd"),
        ("NAME", "Odette", "*"),
    ],
    note="age in words, name (Mrs./Madame excluded), surgery day of the month",
)

# 215
n(
    "en",
    "research",
    "Centenarians and the flu: a new study from our infectious disease team followed 214 "
    "centenarians across Connecticut and found that high-dose vaccines cut hospitalizations by a "
    "third. Centenarian or not: get your flu shot! 💉",
    "'centenarian' used for a population, not for one patient",
)

# 216
p(
    "es",
    "thank_you",
    "Hola Marilyn, gracias por tus palabras 💕 Ya le pasamos tu mensaje al equipo del 4 Norte que "
    "cuidó a tu abuela, doña Felícita Rondón, durante su estadía del 3 al 10 de enero. ¡Un abrazo a "
    "toda la familia Rondón de Waterbury!",
    [
        ("NAME", "Marilyn"),
        ("NAME", "Felícita Rondón"),
        ("DATE", "3 al 10 de enero"),
        ("NAME", "Rondón", "*"),
        ("GEO", "Waterbury"),
    ],
    note="reply to a granddaughter: her name, the patient's name, the stay as one date range, "
    "family surname and home town",
)

# 217
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a doña Carmen Delia Ruiz, nuestra voluntaria de 92 años, que lleva 30 años "
    "leyéndole a los pacientes del campus de Hartford! Nació en Cayey y dice que el secreto es "
    "“café, rosario y no quedarse sentada”. 💐",
    "a volunteer's name, age over 89 and birthplace are not labelled",
)

# 218
p(
    "en",
    "patient_story",
    "Black ice is no joke. On Jan. 31, 19-year-old UConn student Brandon Achebe lost control on "
    "Farmington Avenue and hit a pole. Our trauma team repaired his spleen. Today Brandon's back in "
    "class in Storrs, and his mom, Ngozi, has already bought him snow tires. #BrandonStrong",
    [
        ("DATE", "Jan. 31"),
        ("NAME", "Brandon Achebe"),
        ("GEO", "Farmington Avenue"),
        ("NAME", "Brandon", "*"),
        ("GEO", "Storrs"),
        ("NAME", "Ngozi"),
        ("NAME", "#BrandonStrong"),
    ],
    note="crash story: date, name, road of the crash, the college town where he lives, mother, "
    "name hashtag; age 19 and the university are not labelled",
)

# 219
n(
    "en",
    "sponsor",
    "Big thanks to Scotty's Jerk Center on Albany Avenue for feeding our entire ED night shift "
    "during the storm! 🍗 Order from them at (860) 555-0182 and tell them PVMC sent you.",
    "a restaurant's street and phone: a sponsor's, not a patient's",
)

# 220
p(
    "en",
    "pasted_record",
    "Teams msg pasted: 'Dear comms, Mr. Edin Hasanović (MRN 1140-5527) and his wife Amra want to do "
    "a video for our Refugee Health anniversary. They were both treated here after arriving in "
    "1996. His email: edin.hasanovic@gmail.com. He's free after his dialysis on Tues/Thurs.'",
    [
        ("NAME", "Edin Hasanović"),
        ("MRN", "1140-5527"),
        ("NAME", "Amra"),
        ("EMAIL", "edin.hasanovic@gmail.com"),
    ],
    note="internal message: name, MRN, wife's name, e-mail; weekdays and the bare year are not "
    "labelled",
)

# 221
n(
    "en",
    "anonymous_story",
    "What's it like to spend the holidays in a hospital bed? Ask any of the 212 patients who were "
    "with us on Christmas Day. Our volunteers delivered 212 stockings, one to every room, from 4 "
    "North to 7 West. 🎄",
    "aggregate count of patients on a holiday, units, no individual",
)

# 222
p(
    "en",
    "milestone_birthday",
    "Parabéns, Sr. Américo! 🎉 Today Américo Furtado turns 100, and he spent his birthday morning "
    "in our Waterbury cardiac rehab gym, doing his usual 20 minutes on the bike. Born in Fajã de "
    "Baixo, Américo came to Waterbury in 1967 and worked 31 years in the brass mills. Muitos "
    "parabéns!",
    [
        ("NAME", "Américo", "*"),
        ("NAME", "Américo Furtado"),
        ("AGE", "100"),
        ("GEO", "Fajã de Baixo"),
        ("GEO", "Waterbury", 2),
    ],
    note="100th birthday: name (Sr. excluded), age, birthplace in the Azores, the city he moved "
    "to; the first 'Waterbury' names the hospital's gym",
    ok=("Waterbury",),
)

# 223
n(
    "en",
    "campaign_hashtag",
    "This #GivingTuesday, #BeLikeBarbara! 💙 Barbara Wentworth-Hale, our longtime Foundation chair, "
    "is matching every gift up to $25,000 for the new Waterbury NICU. Give at pvmcfoundation.org.",
    "a donor's name in a campaign hashtag",
)

# 224
p(
    "en",
    "thank_you",
    "Replying to Carlene: So happy your grandfather, Mr. Nathaniel Reid, is home from 3 West! For "
    "his follow-up, our scheduler will call the number you gave us, 203-555-0119. Blessings! 🙏",
    [("NAME", "Carlene"), ("NAME", "Nathaniel Reid"), ("PHONE", "203-555-0119")],
    note="public reply: granddaughter's name, patient's name, the family's phone",
)

# 225
n(
    "en",
    "eponymous_condition",
    "Cold fingers turning white, then blue? It might be Raynaud's phenomenon, named for French "
    "physician Maurice Raynaud. Our rheumatology team at the New Britain campus sees it every "
    "winter. Keep hands warm, avoid smoking, and call (860) 555-0101 for an appointment.",
    "eponym and the physician it is named for",
)

# 226
p(
    "en",
    "patient_story",
    "When Keisha Lawrence-Bent, a claims supervisor at Connecticut River Life, found a lump in "
    "October, she booked a mammogram at our mobile van parked outside her office. Eight months, one "
    "surgery and six rounds of chemo later, Keisha rang the bell on June 18. 🎀 #KeishaRangTheBell",
    [
        ("NAME", "Keisha Lawrence-Bent"),
        ("NAME", "Connecticut River Life"),
        ("DATE", "October"),
        ("NAME", "Keisha", "*"),
        ("DATE", "June 18"),
        ("NAME", "#KeishaRangTheBell"),
    ],
    note="insurance-company employee: name, employer, month she found the lump, last-treatment "
    "date, name hashtag",
)

# 227
n(
    "en",
    "statistic",
    "We celebrated 31 birthdays of 100 or more on our inpatient floors this year, a new record! "
    "Connecticut now has more than 1,000 centenarians. 🎂",
    "aggregate count of patients aged 100 or more, a state population",
)

# 228
p(
    "en",
    "pasted_record",
    "Internal note (please don't post): Family of Mr. Clement Ashby (MRN 5500437, room 610) asked "
    "that his story be shared on Jamaica Day. His son Courtney's phone is (860) 555-0161; his church, "
    "Faith Tabernacle, is organizing meals.",
    [
        ("NAME", "Clement Ashby"),
        ("MRN", "5500437"),
        ("OTHER_ID", "room 610"),
        ("NAME", "Courtney"),
        ("PHONE", "(860) 555-0161"),
    ],
    note="internal note: name, MRN, room, son's name and phone; the planned posting day and the "
    "church are not identifiers",
)

# 229
n(
    "en",
    "crisis_update",
    "Carbon monoxide alert: our three EDs treated 14 people for CO poisoning during the storm, most "
    "from generators running in garages. Keep generators 20 feet from your home. Symptoms? Get "
    "outside and call 911 or Poison Control at 1-800-222-1222.",
    "aggregate count, national lines",
)

# 230
p(
    "en",
    "birth_announcement",
    "Snow baby! ❄️👶 During the Feb. 8 storm, a mom from Wolcott delivered her daughter in the back "
    "of a police cruiser on Chase Avenue, with Officer Dan Rourke catching. Mom and baby are doing "
    "great on our Waterbury maternity floor.",
    [("DATE", "Feb. 8"), ("GEO", "Wolcott"), ("GEO", "Chase Avenue")],
    note="nameless birth: the birth date, the mother's town and the street where the baby was "
    "born; the officer is not a patient",
)

# 231
n(
    "en",
    "public_figure",
    "Mark Twain wrote Tom Sawyer in his house on Farmington Avenue, just two miles from our Hartford "
    "campus. Join our Medical Humanities Book Club on Wednesday, Nov. 19 to discuss it, led by Dr. "
    "Samuel Clemens-Ortiz (yes, really). 📚",
    "historical figure's house, event date, a staff doctor",
)

# 232
p(
    "es",
    "discharge",
    "¡Wepa! Después de 6 semanas en la unidad de quemados, Jahdiel, de 8 años, se fue hoy a su casa "
    "en Meriden. Se quemó el 14 de diciembre ayudando a su abuela a freír alcapurrias. Su abuela, "
    "doña Nereida, le prometió que la próxima vez él solo pela los guineos. 💪 #JahdielGuerrero",
    [
        ("NAME", "Jahdiel"),
        ("GEO", "Meriden"),
        ("DATE", "14 de diciembre"),
        ("NAME", "Nereida"),
        ("NAME", "#JahdielGuerrero"),
    ],
    note="burn-unit discharge: name, home town, injury date, grandmother, name hashtag",
)

# 233
n(
    "es",
    "event",
    "Clínica de vacunas para el regreso a clases: sábado 16 de agosto, 9 a.m. a 1 p.m., Escuela "
    "Burns, 195 Putnam St, Hartford. Traiga la tarjeta de vacunas de su hijo. Información: "
    "(860) 555-0130 o vacunas@pvmc.org.",
    "clinic date and venue address, hospital phone and e-mail",
)

# 234
p(
    "en",
    "pasted_record",
    "RE: RE: patient story shortlist\n"
    "1) Wanda Ocasio-Maldonado (knee, 3/3), wandaom@aol.com\n"
    "2) Zdzisław Nowicki (CABG, 2/19), wnuk: pawel.nowicki93@wp.pl\n"
    "3) 'Miss Vie' Thompson (100th bday 4/22!!)\n"
    "Let's lead with #3.",
    [
        ("NAME", "Wanda Ocasio-Maldonado"),
        ("DATE", "3/3"),
        ("EMAIL", "wandaom@aol.com"),
        ("NAME", "Zdzisław Nowicki"),
        ("DATE", "2/19"),
        ("EMAIL", "pawel.nowicki93@wp.pl"),
        ("NAME", "Vie"),
        ("NAME", "Thompson"),
        ("AGE", "100th"),
        ("DATE", "4/22"),
    ],
    note="reply-all shortlist: three patients' names, procedure dates, a patient's and a "
    "grandson's e-mail, age 100 and birthday",
)

# 235
n(
    "en",
    "staff_spotlight",
    "Our Waterbury NICU nurse manager, Sharlene Francis, was born in Mandeville on Jamaica's very "
    "first Independence Day, August 6, 1962! 🇯🇲 Happy birthday, Sharlene, from your team.",
    "a staff member's birth date and birthplace",
)

# 236
p(
    "en",
    "thank_you",
    "To @zbyszek_and_halina: thank you for the card! Bed 3 in our ICU misses its favorite accordion "
    "player. 🪗",
    [("OTHER_ID", "@zbyszek_and_halina"), ("OTHER_ID", "Bed 3")],
    note="the patient's family handle and his ICU bed",
)

# 237
n(
    "en",
    "health_tip",
    "Ramadan, Lent and the harvest feasts all test our diets. Fasting with diabetes? Talk to your "
    "doctor first. Our certified diabetes educators, including Bosnian-speaking Lejla Mahmutović, "
    "RN, can help you plan: (203) 555-0102.",
    "religious seasons, a staff nurse, hospital line",
)

# 238
p(
    "en",
    "patient_story",
    "Video: 🎥 Watch Mr. Teodoro 'Teddy' Santiago, 94, sink a free throw in our rehab gym on March "
    "20, five weeks after his stroke. He told the therapists he learned it watching the Huskies. "
    "Teddy's grandson Marcus filmed it.",
    [
        ("PHOTO", "Video"),
        ("NAME", "Teodoro 'Teddy' Santiago"),
        ("NAME", "Teddy", "*"),
        ("AGE", "94"),
        ("DATE", "March 20"),
        ("NAME", "Marcus"),
    ],
    note="video of the patient: cue word, name with nickname, age 94, date, grandson",
)

# 239
n(
    "en",
    "campaign_hashtag",
    "#HartfordHeart 💙❤️ 1,000 CPR-trained neighbors in Frog Hollow, Parkville and the North End by "
    "July 4! Classes in English, Spanish, Polish and Bosnian. Sign up: pvmc.org/cpr or call "
    "(860) 555-0100.",
    "campaign: neighbourhoods as a target area, a goal date",
)

# 240
n(
    "en",
    "crisis_update",
    "Scam alert: someone is calling patients claiming to be from Pequabuck Valley billing and asking "
    "for Social Security numbers. We will never ask for your SSN by phone. Our billing office is "
    "(860) 555-0100, option 3. Report scams at reportfraud.ftc.gov.",
    "scam warning: SSN mentioned without a number, hospital line, a public URL",
)

if __name__ == "__main__":
    S.main("phi_dev88_source")
