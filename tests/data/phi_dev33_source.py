"""Blind development set d33 for the PHI scanner: tests/data/phi_dev33.jsonl.

Organisation: Charlesgate Children's and University Hospital, Boston, MA (phi_dev33_org.json): main
campus at 300 Charlesgate Avenue (children's hospital, NICU, Birth Center, ER and the adult
"University campus"), the Dorchester Family Health Center at 1450 Dorchester Avenue and the Quincy
Sports Medicine & Hockey Injury Clinic at 88 Centre Street; eight (617) 555-01xx numbers; domains
charlesgatekids.org and ccuh.org; handles @CharlesgateKids, @CCUHBoston, @CCUH_NICU.
Focus: Cape Verdean, Brazilian, Irish American, Haitian, Dominican and Chinese families; marathon,
sledding and hockey injuries; rare diseases and long NICU stays; snowstorms; Red Sox and Patriots
players (all fictional) who visit and who are patients; staff, volunteers and officials who are
patients or patients' relatives next to near-identical posts where they are not; names that are
words or places (Hope, Luz, Esperanza, Will, Storm, Summer, Sunny, Mercy, Brooklyn, Paris, Nairobi,
Santiago), names only in hashtags, lower-case / ALL-CAPS / misspelt names, surname-first Chinese
names, Irish-language names, double surnames; pasted bed boards, bracelets, bills, portal and IT
tickets, referral faxes and insurance cards.
Language mix: 240 posts, 204 English and 36 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A relative's age over 89 is labelled AGE like the patient's (a great-grandmother of 97, a
  grandmother of 92 or 91), since relatives' identifiers are covered; the ages of volunteers, staff
  and public figures who are not patients are never labelled (volunteer 95, doctor 91, player 92).
- Staff, volunteers, officials and public figures are labelled when the post makes them a patient
  (a nurse's own surgery, a physician or clerk who gave birth here, a nurse or volunteer who was a
  NICU/cleft patient, a player operated on here) or a patient's relative (an ER nurse whose son was
  treated, a councilor's daughter, a TV anchor's son). The same people in a spotlight are not.
- Donors introduced as a patient's parents are labelled, including their surname inside the name
  of the room they funded ("Kowalczyk Family Sensory Room"); donor families and businesses that are
  not introduced as relatives are not.
- Codes on a bed board ("5W-08") are labelled OTHER_ID as written, because the code is itself the
  bed; elsewhere rooms and beds keep their keyword ("Rm 712", "RM 5W-12", "habitación 614",
  "Cama 12", "cuarto 503"). Hospital units (6 North, 7 Shattuck, 5 Oeste) are never labelled.
- Other OTHER_IDs: an IT incident number about a family's portal account, an encounter number, a
  newborn wristband number, a telehealth meeting ID, a marathon bib number, a portal user name and
  a patient's social handle (with its @).
- Dates in pasted records are DATE whenever they belong to the patient: date of service,
  collection date, follow-up and appointment dates, as well as birth, admission, surgery and death.
  "6/10" used as a rating and "3.14" used for Pi Day as an event are not dates; "3.14" naming a
  patient's birthday next to "March 14" is labelled (same day named twice).
- Place of an injury or birth is GEO like a crash road: the town of a rink injury, a sledding hill,
  a beach, a lake, the expressway where a baby was born in an ambulance, the street of a
  skateboard fall ("calle Centre", not the hospital's Centre Street address). Event venues, the
  hospital's sites (including the word Dorchester in "Dorchester Family Health Center"), a
  conference city and where fireworks were seen are not. State abbreviations (NH) are not GEO.
- "Home for Thanksgiving" and "Feliz Navidad" greetings are not DATE when the patient's event
  happened on another day; "Navidad" naming the birth date is labelled and the greeting declared in
  ok. "Marathon Monday" and "Patriots' Day" are DATE when the patient was hurt on them.
- Kinship and courtesy words stay outside NAME spans (Grandma, tia, bisavó, A-ma, GRANMÈ, doña,
  Madame, BABY, BABY GIRL, la pequeña, el bebé); a name hashtag that also contains an age
  ("#DocTurns93") is one NAME span.
- The referring practice's fax number on a referral sheet is a provider's, not a patient's, and
  is not labelled; a parent's office fax is FAX.
- Anonymous posts carry no dates or places of their patients, so that "false" never hides a
  date or town of a real patient.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev33.jsonl"), os.path.join(HERE, "phi_dev33_org.json"), "d33")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Djassi Monteiro Fortes! 🎉 Born 2/11 at 4:52 a.m. in the middle of the "
    "nor'easter, 7 lb 3 oz. Mom Nilza says the snowplows on their street in Mattapan were his "
    "welcome parade. Parabens from all of us on 6 South! #SnowBaby",
    [("NAME", "Djassi Monteiro Fortes"), ("DATE", "2/11"), ("NAME", "Nilza"), ("GEO", "Mattapan")],
    note=(
        "newborn's Cape Verdean triple name, birth date, mother, home neighbourhood; 6 South is a "
        "unit, #SnowBaby a generic tag"
    ),
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Meet Fátima Andrade, RN, who has spent 19 years in our NICU and speaks "
    "Kriolu, Portuguese and 'enough Spanish to calm any abuela.' Born in Praia, raised in "
    "Brockton, Fátima was the first in her family to finish college. Thank you, Fátima! "
    "#CCUHNurses",
    "a nurse's name, birthplace and hometown: staff identifiers are never labelled",
)

# 3
p(
    "en",
    "patient_story",
    "Two years after he was hurt by a fallen barricade near the Mile 25 marker, Seamus O'Loughlin "
    "ran the whole thing. 🏃‍♂️ He was 16 when our trauma team met him on Marathon Monday; "
    "yesterday he crossed the finish line while his sister Aoife held a sign that said 'SHAY DID "
    "IT.' Proud doesn't begin to cover it.",
    [
        ("NAME", "Seamus O'Loughlin"),
        ("DATE", "Marathon Monday"),
        ("NAME", "Aoife"),
        ("NAME", "SHAY"),
    ],
    note=(
        "injury on Marathon Monday (named day of the patient's event) is DATE; ALL-CAPS nickname "
        "on the sign; age 16 and 'Mile 25 marker' are not labelled"
    ),
)

# 4
n(
    "en",
    "event",
    "Marathon Monday is April 21! Our medical tent volunteers will be at Mile 17 and the finish. "
    "Families: if you're cheering on Comm Ave, the Newton Fire Dept first-aid station is at "
    "Walnut St. Hydrate, sunscreen, and look after the kids. #CCUHMarathon",
    "date and streets of a public event, no patient",
)

# 5
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de la UCIN. Mi hija Yaneiry Almonte Peña nació el 3 de enero con "
    "26 semanas y hoy, después de 112 días, ¡nos vamos a casa a Lawrence! Dios les bendiga. — "
    "Ramona, mamá de Yaneiry",
    [
        ("NAME", "Yaneiry Almonte Peña"),
        ("DATE", "3 de enero"),
        ("GEO", "Lawrence"),
        ("NAME", "Ramona"),
        ("NAME", "Yaneiry", 2),
    ],
    note="double surname, birth date, home city, mother's signature",
)

# 6
n(
    "es",
    "health_tip",
    "Consejo de invierno: si se va la luz durante la tormenta, NUNCA use la estufa ni el "
    "generador dentro de la casa para calentarse. El monóxido de carbono no huele. Detectores de "
    "CO en cada piso. ¿Dudas? Llame al (617) 555-0167 para un intérprete.",
    "winter safety tip; 'luz' is the word for power, the number is the hospital's interpreter line",
)

# 7
p(
    "en",
    "pasted_record",
    "[reposted from internal channel by mistake — deleted] INC0048821 | Portal lockout | Parent: "
    "Wen Li (mother of pt LI, XIAOYU) | MRN 6604173 | cb 857-555-0198 | login wenli.mama88 | last "
    "login IP 73.219.40.18 | resolved, pw reset",
    [
        ("OTHER_ID", "INC0048821"),
        ("NAME", "Wen Li"),
        ("NAME", "LI, XIAOYU"),
        ("MRN", "6604173"),
        ("PHONE", "857-555-0198"),
        ("OTHER_ID", "wenli.mama88"),
        ("IP", "73.219.40.18"),
    ],
    note=(
        "IT ticket about a patient's family: ticket number (a case id), parent and patient names, "
        "MRN, callback phone, portal user name, IP"
    ),
)

# 8
n(
    "en",
    "statistic",
    "By the numbers, 2024: 1,912 NICU admissions, 41 babies born under 1 lb, 318 hockey-related "
    "concussion visits at our Quincy clinic, and 212 patients aged 90 or older cared for at our "
    "University campus. Thank you for trusting us. 💙",
    "aggregate counts; 'aged 90 or older' is a population age",
)

# 9
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Mrs. Bridget 'Bridie' Callahan! 🎂 Our 7 Shattuck crew threw a party for our "
    "favorite Southie centenarian this morning — she was born on St. Patrick's Day and insists "
    "the parade is still for her.",
    [
        ("AGE", "100th"),
        ("NAME", "Bridget 'Bridie' Callahan"),
        ("GEO", "Southie"),
        ("AGE", "centenarian"),
        ("DATE", "St. Patrick's Day"),
    ],
    note=(
        "inpatient's age over 89 twice (100th, centenarian), nickname inside the name span, "
        "neighbourhood, birthday holiday"
    ),
)

# 10
n(
    "en",
    "public_figure",
    "Huge thanks to Red Sox closer Tomás Arriaga and outfielder Cole Brannigan for spending their "
    "off day on 5 West signing casts and playing Mario Kart. Tomás lost every race. Cole says he "
    "let him. ⚾ #CCUHKids",
    "visiting ballplayers are public figures, not patients",
)

# 11
p(
    "en",
    "public_figure",
    "Full circle: Patriots rookie tackle Marcus Teixeira spent 71 days in our NICU after being "
    "born at 27 weeks. Today he came back to the unit where it started — and met the nurse who "
    "held him first. 🏈💙",
    [("NAME", "Marcus Teixeira")],
    note="a public figure who was our patient (NICU baby) is labelled",
)

# 12
n(
    "en",
    "staff_spotlight",
    "Full circle: NICU nurse Mariana Teixeira started here as a unit clerk 22 years ago. Today "
    "she was named our Nurse of the Year — and her first NICU 'baby' came back to hand her the "
    "award. 💙 #NursesWeek",
    "staff member's name; the former NICU baby is anonymous",
)

# 13
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Esperanza! 💕 Nació el Día de Reyes, 6 de enero, a las 11:20 p.m., 6 libras 9 "
    "onzas. Sus padres, Yohanny y Félix De la Cruz, dicen que fue el mejor regalo. Con esperanza "
    "y amor, el equipo de Maternidad.",
    [
        ("NAME", "Esperanza"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Yohanny"),
        ("NAME", "Félix De la Cruz"),
    ],
    note=(
        "name that is also a word (lower-case 'esperanza' is the word); the same day named twice; "
        "parents"
    ),
)

# 14
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, las clínicas de Dorchester y Quincy abren hoy a las 10 a.m. "
    "El hospital principal y Urgencias siguen abiertos 24 horas. Si su cita es cancelada, le "
    "llamaremos. Información: (617) 555-0100.",
    "storm hours of the hospital's own sites",
)

# 15
p(
    "en",
    "discharge",
    "After 143 days, little Hope Pierre-Louis is going HOME to Mattapan! 🏠 Hope arrived 15 weeks "
    "early on Oct. 2 and fought through two surgeries for NEC. Her mom Widline says she never "
    "lost hope — fitting, right? #NICUGrad",
    [
        ("NAME", "Hope Pierre-Louis"),
        ("GEO", "Mattapan"),
        ("NAME", "Hope", 2),
        ("DATE", "Oct. 2"),
        ("NAME", "Widline"),
    ],
    note="name that is a word (lower-case 'hope' is not the name), birth date, home, mother",
)

# 16
n(
    "en",
    "health_tip",
    "Hockey parents: a helmet doesn't prevent concussions. If your skater has a headache, feels "
    "'foggy,' or is sensitive to light after a hit — off the ice, no same-day return. Our Quincy "
    "clinic (88 Centre Street) sees walk-ins Sat 8-12. Questions: (617) 555-0178.",
    "concussion tip with the hospital's own clinic address and number",
)

# 17
p(
    "en",
    "thank_you",
    "Comment from Facebook, shared with permission: 'Thank you Dr. Okonkwo and nurse Kayleigh for "
    "taking care of our Declan in room 512 after his spinal fusion. You made a 13 yr old laugh "
    "when he didn't want to. — the Fitzgerald family, Dorchester'",
    [("NAME", "Declan"), ("OTHER_ID", "room 512"), ("NAME", "Fitzgerald"), ("GEO", "Dorchester")],
    note=(
        "patient, his room (with keyword), family surname and neighbourhood; the doctor and nurse "
        "are staff"
    ),
)

# 18
n(
    "en",
    "sponsor",
    "The Fitzgerald name is everywhere in Boston — and now on our new Fitzgerald Family Rehab "
    "Gym, made possible by a gift from the Rose Fitzgerald Memorial Fund. Come see the climbing "
    "wall on Thursday. #CCUHGiving",
    "family that names a building through a fund, not introduced as relatives of a patient",
)

# 19
p(
    "en",
    "memorial",
    "In loving memory of Kenji 'KJ' Wong-Ramírez, 8 years old, who left us on November 14 "
    "surrounded by his moms and his big brother Ollie. KJ taught every resident on 6 North how to "
    "play Uno properly. Forever one of ours. #KJForever",
    [
        ("NAME", "Kenji 'KJ' Wong-Ramírez"),
        ("DATE", "November 14"),
        ("NAME", "Ollie"),
        ("NAME", "KJ", 2),
        ("NAME", "#KJForever"),
    ],
    note="double surname with nickname, date of death, brother, name hashtag; age 8 not labelled",
)

# 20
n(
    "en",
    "memorial",
    "We are heartbroken to share that Dr. Eileen Moynihan, who founded our pediatric rheumatology "
    "program, passed away on December 3 at 91. Thousands of kids with lupus and JIA grew up "
    "healthier because of her. Service details at charlesgatekids.org/moynihan.",
    "a staff physician's death date and age over 89 are not patient identifiers",
)

# 21
p(
    "en",
    "pasted_record",
    "Whoever posted the bed board in the Parents' FB group please take it down 🙏: '5W-08 GOMES, "
    "Kauã 4y RSV HFNC | 5W-09 DUBOIS-ÉTIENNE, Mackenson 11m bronchiolitis | 5W-11 O'NEIL, Brayden "
    "6y asthma'",
    [
        ("OTHER_ID", "5W-08"),
        ("NAME", "GOMES, Kauã"),
        ("OTHER_ID", "5W-09"),
        ("NAME", "DUBOIS-ÉTIENNE, Mackenson"),
        ("OTHER_ID", "5W-11"),
        ("NAME", "O'NEIL, Brayden"),
    ],
    note=(
        "bed-board lines: bed codes (unit+bed, no keyword needed) and patient names; ages under "
        "90 not labelled"
    ),
)

# 22
n(
    "en",
    "recruitment",
    "We're hiring! Haitian Creole and Cape Verdean Kriolu medical interpreters, full- and "
    "part-time, Dorchester and main campus. $2,500 sign-on bonus. Apply at ccuh.org/careers or "
    "call (617) 555-0100 and ask for Talent Acquisition. #InterpretersMatter",
    "job post with the hospital's own sites, domain and number",
)

# 23
p(
    "en",
    "patient_story",
    "Cam 'Moose' Sullivan took a skate blade to the wrist in a Bantam game in Braintree on Jan. "
    "18. Two hand surgeries and 14 weeks of OT later, he's back on the ice. Moose, we'll see you "
    "at the next home game! 🏒",
    [
        ("NAME", "Cam 'Moose' Sullivan"),
        ("GEO", "Braintree"),
        ("DATE", "Jan. 18"),
        ("NAME", "Moose", 2),
    ],
    note="nickname that is an ordinary word; town and date of the injury",
)

# 24
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter disease is a common cause of knee pain in growing athletes — especially "
    "hockey and basketball players ages 10-15. Ice, rest, and stretching usually help. It's named "
    "for Dr. Robert Osgood, a Boston orthopedist, and Swiss surgeon Carl Schlatter. "
    "#SportsMedSaturday",
    "eponymous condition and the historical physicians it is named after",
)

# 25
p(
    "es",
    "patient_story",
    "Luz tiene 9 años y nunca había visto la nieve hasta que llegó de Santiago de los Caballeros "
    "para su trasplante de riñón. Hoy, tres meses después, hizo su primer muñeco de nieve en el "
    "jardín del hospital. ¡Que la luz de Luz siga brillando! ✨",
    [("NAME", "Luz", "*"), ("GEO", "Santiago de los Caballeros")],
    note="name that is a word ('la luz' is the word), foreign home city",
)

# 26
n(
    "es",
    "research",
    "Nuestro equipo de investigación busca familias dominicanas y puertorriqueñas con niños de 5 "
    "a 12 años con asma para un estudio sobre el moho en viviendas. Compensación de $150. Más "
    "información: ccuh.org/estudio-asma o (617) 555-0100.",
    "study recruitment addressed to population groups",
)

# 27
p(
    "en",
    "patient_story",
    "Our own Siobhan Kelleher, charge nurse on 4 East for 20 years, was on the other side of the "
    "bed this month: she had her gallbladder out at our University campus on June 6. Siobhan, the "
    "4 East team wants you back but not too soon! 💐",
    [("NAME", "Siobhan Kelleher"), ("DATE", "June 6"), ("NAME", "Siobhan", 2)],
    note="a staff member who is herself a patient: her name and surgery date are labelled",
)

# 28
n(
    "en",
    "staff_spotlight",
    "Our own Siobhan Kelleher, charge nurse on 4 East for 20 years, is this month's DAISY "
    "honoree. A family wrote: 'She stayed past her shift so my son wouldn't be alone.' Siobhan, "
    "you make 4 East feel like home. 💐",
    "the same nurse as a staff honoree; the family quoted is anonymous",
)

# 29
p(
    "en",
    "birth_announcement",
    "It's a girl! Congratulations to Dr. Ana Beatriz Rocha, one of our pediatric hospitalists, "
    "who welcomed baby Maria Clara on 3/27 right here in our Birth Center. Maria Clara already "
    "has her mom's grip. 💗",
    [("NAME", "Ana Beatriz Rocha"), ("NAME", "Maria Clara", "*"), ("DATE", "3/27")],
    note=(
        "a physician who delivered here is a patient (mother); the baby's compound first name and "
        "birth date"
    ),
)

# 30
n(
    "en",
    "birth_announcement",
    "Last night at 2:14 a.m., with the roads closed and snow still falling, a baby boy decided he "
    "couldn't wait and was born in the back of a plow truck in our ambulance bay. Mom and baby "
    "are doing great. Shout out to the Boston Public Works driver who flashed his lights the "
    "whole way! ❄️",
    "anonymous birth; 'last night' and the hour are not dates",
)

# 31
p(
    "en",
    "pasted_record",
    "Comment: 'why was I billed twice?? Guarantor: ROSARIO, DOLORES M | Patient: ROSARIO, "
    "ENMANUEL | Acct 40077129834 | DOS 08/14 | MassHealth ID 100482916073 | call me 978-555-0124' "
    "— Dolores, we've hidden your comment to protect your info. Patient Financial Services will "
    "call you today.",
    [
        ("NAME", "ROSARIO, DOLORES M"),
        ("NAME", "ROSARIO, ENMANUEL"),
        ("ACCOUNT", "40077129834"),
        ("DATE", "08/14"),
        ("HEALTH_PLAN", "100482916073"),
        ("PHONE", "978-555-0124"),
        ("NAME", "Dolores"),
    ],
    note=(
        "billing line: guarantor (parent) and patient, account, date of service, Medicaid ID, "
        "parent's phone"
    ),
)

# 32
n(
    "en",
    "hospital_contact",
    "Need us? Main: (617) 555-0100 · ER info: (617) 555-0111 · NICU families: (617) 555-0123 · "
    "Patient & Family Relations: (617) 555-0134 · Interpreters: (617) 555-0167. We're at 300 "
    "Charlesgate Avenue, Boston, MA 02215. In an emergency, call 911.",
    "the hospital's own numbers and address",
)

# 33
p(
    "en",
    "memorial",
    "A note from our chaplain: 'Mr. D, 94, asked me to read him the Red Sox box score every "
    "morning on 9 Shattuck. On his last day he made me promise to finish the season for him.' "
    "Rest easy, Mr. D. ⚾",
    [("NAME", "D", "*"), ("AGE", "94")],
    note="an initial used for a patient is NAME; age over 89",
)

# 34
n(
    "en",
    "anonymous_story",
    "A grandfather in his 80s drove an hour each way through the storm every single day to sit "
    "with his granddaughter in the NICU. When the roads closed, our security team found him a "
    "cot. That's what this place is about. #CCUHStrong",
    "anonymous family story; 'in his 80s' is under 90",
)

# 35
p(
    "en",
    "patient_story",
    "Comment from a proud dad: 'MY BOY WOODLEY JEAN-BAPTISTE WALKED OUT OF REHAB TODAY!!! 3 "
    "months after the car hit him on Blue Hill Ave. God is good. Mèsi anpil 6 West!!!'",
    [("NAME", "WOODLEY JEAN-BAPTISTE"), ("GEO", "Blue Hill Ave")],
    note="ALL-CAPS name, road where he was hit",
)

# 36
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 a.m.: The blizzard has closed Route 3 and parts of I-93. The main campus and ER "
    "are OPEN. Dorchester Family Health Center is closed today; Quincy Sports Med opens at noon. "
    "Staff: check your email for the parking ban plan. Patients: please don't risk the roads for "
    "routine visits.",
    "storm update: roads and the hospital's sites, no patient",
)

# 37
p(
    "en",
    "discharge",
    "Going home day for 'Doudou'! 🥟 After 6 weeks on 5 West for Kawasaki disease complications, "
    "our favorite dumpling fan is headed back to Quincy with Grandma Lin. Doudou, the playroom "
    "will miss your karaoke.",
    [("NAME", "Doudou", "*"), ("GEO", "Quincy"), ("NAME", "Lin")],
    note=(
        "quoted nickname as the patient's name; home town (also the name of a hospital site "
        "city); grandmother's surname; Kawasaki is eponymous"
    ),
)

# 38
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in U.S. children. Watch for "
    "5+ days of fever with red eyes, rash, red cracked lips, and swollen hands or feet. It's "
    "named after Dr. Tomisaku Kawasaki. Early treatment protects the heart.",
    "eponymous condition and its namesake",
)

# 39
p(
    "en",
    "birth_announcement",
    "Four generations! 💛 Baby Nayeli Tavares, born last week in our Birth Center, met her bisavó "
    "Maria da Luz Évora, 97, who flew in from Mindelo for the occasion. Pictured left to right: "
    "great-grandma, grandma Lúcia, mom Kátia and Nayeli.",
    [
        ("NAME", "Nayeli Tavares"),
        ("NAME", "Maria da Luz Évora"),
        ("AGE", "97"),
        ("GEO", "Mindelo"),
        ("PHOTO", "Pictured"),
        ("NAME", "Lúcia"),
        ("NAME", "Kátia"),
        ("NAME", "Nayeli", 2),
    ],
    note=(
        "newborn and relatives; a relative's age over 89 and foreign home city; the photo shows "
        "the baby"
    ),
)

# 40
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Agnes Mulcahy, who has volunteered at our gift shop every Tuesday "
    "since 1988! Agnes has knitted over 4,000 hats for our NICU babies. We love you, Agnes! 🧶 "
    "#VolunteerAppreciation",
    "a volunteer's age over 89 is not labelled",
)

# 41
p(
    "en",
    "milestone_birthday",
    "She knitted hats for our NICU for 30 years — now it's our turn to celebrate her. Happy 101st "
    "birthday to Nora Flaherty, recovering on 7 Shattuck after a hip repair. Nora says the secret "
    "is 'tea, the rosary, and never missing a Bruins game.' 🎂",
    [("AGE", "101st"), ("NAME", "Nora Flaherty"), ("NAME", "Nora", 2)],
    note="a former volunteer who is now an inpatient: her name and age over 89 are labelled",
)

# 42
n(
    "en",
    "sponsor",
    "Thank you to Dunkin' and the Boston Bruins Foundation for 2,000 hot chocolates delivered to "
    "families stuck here during the storm — and to our partners at Santander for matching every "
    "dollar raised at the Skate-a-Thon! #CCUHGiving",
    "corporate sponsors",
)

# 43
p(
    "en",
    "campaign_hashtag",
    "Every lap counts! 🏒 Her U12 teammates are skating 500 laps this weekend for #TeamNiamh, "
    "who's been with us since her leukemia diagnosis in September. Donate: "
    "gofundme.com/f/skate-for-niamh-obrien #SkateForACure",
    [
        ("NAME", "#TeamNiamh"),
        ("DATE", "September"),
        ("URL", "gofundme.com/f/skate-for-niamh-obrien"),
    ],
    note=(
        "name only in a hashtag; a month alone tied to the diagnosis; fundraiser URL; "
        "#SkateForACure is a campaign tag"
    ),
)

# 44
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! Every gift to #CCUHStrong today is matched up to $50,000 by the "
    "Donnelly Family Foundation. Use #NICUStrong and tag us @CharlesgateKids to share why you "
    "give. 💙",
    "campaign hashtags, a donor foundation and the hospital's handle",
)

# 45
p(
    "es",
    "discharge",
    "¡Dado de alta! 🎉 Después de 3 semanas en la habitación 614 por una fractura de fémur, Yordy "
    "Rodríguez Almonte regresa a Jamaica Plain. Yordy, tu mamá Altagracia dice que ya no más "
    "patineta en la calle Centre. 😅",
    [
        ("OTHER_ID", "habitación 614"),
        ("NAME", "Yordy Rodríguez Almonte"),
        ("GEO", "Jamaica Plain"),
        ("NAME", "Yordy", 2),
        ("NAME", "Altagracia"),
        ("GEO", "calle Centre"),
    ],
    note=(
        "room with keyword, double surname, home neighbourhood, mother, street of the skateboard "
        "accident (not the hospital's Centre Street address)"
    ),
)

# 46
n(
    "es",
    "staff_spotlight",
    "Conozca a Altagracia Peña, trabajadora social de nuestra UCIN desde hace 15 años. Nacida en "
    "San Francisco de Macorís y criada en Jamaica Plain, Altagracia acompaña a las familias "
    "hispanas en los días más difíciles. ¡Gracias, Altagracia! 💜",
    "social worker's name and hometowns: staff",
)

# 47
p(
    "en",
    "pasted_record",
    "Copied from a dad's Reddit post that tagged us (we've asked him to remove it): 'Discharge "
    "summary — Pt: Thiago dos Santos Pereira DOB 05/09/2019 MRN 5519028 Adm 12/22 Dx: "
    "intussusception. Follow-up Dr. Haddad 1/5.'",
    [
        ("NAME", "Thiago dos Santos Pereira"),
        ("DATE", "05/09/2019"),
        ("MRN", "5519028"),
        ("DATE", "12/22"),
        ("DATE", "1/5"),
    ],
    note=(
        "chart line: Brazilian compound surname, DOB, MRN, admission and follow-up dates; the "
        "doctor is staff"
    ),
)

# 48
n(
    "en",
    "research",
    "New in Pediatrics from our Rare Disease Institute: a gene-therapy trial for Batten disease "
    "(CLN2) showed slowed decline in 11 of 14 children over 48 months. Senior author Dr. Priya "
    "Raman thanks the families who made it possible. Read more at ccuh.org/research.",
    "research news: aggregate results, researcher's name, eponymous disease",
)

# 49
p(
    "en",
    "patient_story",
    "Catching up with Mackenzie (Kenzie) Doherty, one of the first kids in our CLN2 trial. She's "
    "11 now, reads at grade level and just got her yellow belt. 🥋 Her dad Brian: 'Dr. Raman gave "
    "us years we were told we wouldn't have.' Comment from Aunt Kim: 'so proud of you McKenzie!!'",
    [
        ("NAME", "Mackenzie (Kenzie) Doherty"),
        ("NAME", "Brian"),
        ("NAME", "Kim"),
        ("NAME", "McKenzie"),
    ],
    note=(
        "name with parenthesised nickname, father, aunt, a misspelling of the patient's name; "
        "researcher is staff"
    ),
)

# 50
n(
    "en",
    "statistic",
    "1 in 1,000 babies born at our hospital has a condition found on the newborn screen. Last "
    "year that meant 9 babies with PKU, 4 with sickle cell disease and 2 with SMA — all started "
    "treatment before they were 2 weeks old. Screening saves lives.",
    "aggregate screening statistics",
)

# 51
p(
    "en",
    "patient_story",
    "They called her a miracle, so they named her one. Milagros Batista was born at 23 weeks on "
    "Christmas Eve and weighed 1 lb 2 oz. Today she's a loud, opinionated 3-year-old who came "
    "back to visit 'her' NICU in a tutu. 🎀",
    [("NAME", "Milagros Batista"), ("DATE", "Christmas Eve")],
    note="name meaning 'miracles'; born on a named holiday",
)

# 52
n(
    "en",
    "anonymous_story",
    "One of our NICU grads — born at 23 weeks, less than the weight of a can of soda — came back "
    "today in a tutu to say hi to the nurses who cared for her. We can't share her name, but we "
    "can share our happy tears. 🎀",
    "de-identified NICU graduate",
)

# 53
p(
    "en",
    "thank_you",
    "A huge thank you to Claudette Saint-Fleur, who drove her grandson to dialysis three times a "
    "week through every snowstorm this winter, and never once missed a session. Claudette, you're "
    "the real MVP. 💪",
    [("NAME", "Claudette Saint-Fleur"), ("NAME", "Claudette", 2)],
    note="a patient's grandmother named without the patient: relative's name is labelled",
)

# 54
n(
    "en",
    "thank_you",
    "A huge thank you to Claudette Beauvais, our volunteer driver, who took dialysis patients to "
    "and from the Dorchester center through every snowstorm this winter, and never once missed a "
    "shift. Claudette, you're the real MVP. 💪",
    "same wording about a volunteer driver: not labelled",
)

# 55
p(
    "en",
    "event",
    "Join 9-year-old Padraig 'Paddy' Keane and his family this Saturday, 10-2, outside the "
    "Dorchester Family Health Center for the 3rd annual Paddy's Lemonade Stand for Brain Tumor "
    "Research! Paddy finished radiation on March 8 and wants to raise $10K. 🍋",
    [("NAME", "Padraig 'Paddy' Keane"), ("NAME", "Paddy", "*"), ("DATE", "March 8")],
    note=(
        "patient-run fundraiser at a hospital site: name, nickname inside the event name, "
        "end-of-radiation date"
    ),
)

# 56
n(
    "en",
    "event",
    "Save the date: Saturday, Dec. 6 is our Holiday Toy Drive at the Dorchester Family Health "
    "Center, 1450 Dorchester Avenue. Santa arrives at 11, Red Sox mascot Wally at noon. Unwrapped "
    "toys only, please! 🎁",
    "hospital event date and the hospital's address",
)

# 57
p(
    "es",
    "memorial",
    "Hoy hace un año que se nos fue nuestro angelito Anthony Yunior Mejía. 💔 Naciste el 2 de "
    "febrero y te fuiste el 19 de agosto, pero en la UCIN fuiste el más fuerte. Gracias a las "
    "enfermeras que te cantaban bachata. — Tu mami Yesenia y tu papi Junior",
    [
        ("NAME", "Anthony Yunior Mejía"),
        ("DATE", "2 de febrero"),
        ("DATE", "19 de agosto"),
        ("NAME", "Yesenia"),
        ("NAME", "Junior"),
    ],
    note=(
        "birth and death dates, parents ('Yunior' and 'Junior' are different people); 'hoy hace "
        "un año' is relative"
    ),
)

# 58
n(
    "es",
    "memorial",
    "Este 15 de octubre, Día de la Concientización sobre la Pérdida del Embarazo y la Infancia, "
    "encenderemos velas a las 7 p.m. en la capilla por todos los bebés que se fueron demasiado "
    "pronto. Todas las familias son bienvenidas. 🕯️",
    "awareness day and hospital vigil date, no patient",
)

# 59
p(
    "en",
    "pasted_record",
    "Posted by accident to our Story (removed within 4 min): 'EVS priority clean — Rm 712 Murphy "
    "(d/c 11:00), Rm 714 Ng, Rm 719 Jean-Louis (isolation), Rm 722 Costa.'",
    [
        ("OTHER_ID", "Rm 712"),
        ("NAME", "Murphy"),
        ("OTHER_ID", "Rm 714"),
        ("NAME", "Ng"),
        ("OTHER_ID", "Rm 719"),
        ("NAME", "Jean-Louis"),
        ("OTHER_ID", "Rm 722"),
        ("NAME", "Costa"),
    ],
    note=(
        "housekeeping room list: rooms with keyword and surnames; the discharge hour is not a date"
    ),
)

# 60
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Patient Financial Services: (617) 555-0134, Mon–Fri 8–6. Never post "
    "your account number, MRN or insurance ID in comments — we will NEVER ask for them on social "
    "media. Message us at @CCUHBoston and we'll call you.",
    "hospital number and handle",
)

# 61
p(
    "en",
    "patient_story",
    "Maria Eduarda — 'Duda' to everyone on 8 East — just became the first kid in New England to "
    "get the new gene therapy for spinal muscular atrophy type 2 at age 7. Her family drove in "
    "from Framingham at 4 a.m. on 9/30 for infusion day. Força, Duda! 💚",
    [("NAME", "Maria Eduarda"), ("NAME", "Duda", "*"), ("GEO", "Framingham"), ("DATE", "9/30")],
    note="Brazilian compound name and its nickname, home town, infusion date",
)

# 62
n(
    "en",
    "research",
    "Força! Our neuromuscular team just enrolled the first New England patient in a phase 3 "
    "gene-therapy trial for SMA type 2. Trials like this are open to kids 2-12 across the region "
    "— ask your neurologist or visit ccuh.org/sma.",
    "an anonymous first enrollee; regions are not tied to an identified patient",
)

# 63
p(
    "en",
    "thank_you",
    "To the McDonough family of West Roxbury: thank you for the 300 hockey sticks you donated in "
    "memory of your son Liam, who spent his last Christmas on 6 North. His jersey number, 19, now "
    "hangs in our playroom. 🏒💙",
    [("NAME", "McDonough"), ("GEO", "West Roxbury"), ("NAME", "Liam"), ("DATE", "Christmas")],
    note=(
        "donors introduced as a patient's parents: family surname and neighbourhood; the patient; "
        "the holiday he spent here"
    ),
)

# 64
n(
    "en",
    "sponsor",
    "Thank you to the McDonough Insurance Group of West Roxbury for donating 300 hockey sticks "
    "and a season of ice time to our Sports Medicine rehab program. Local businesses keeping kids "
    "on the ice! 🏒",
    "a business sponsor, not a patient family",
)

# 65
p(
    "en",
    "discharge",
    "She rang the bell! 🔔 After 2½ years of chemo, today was the last day. Thank you to everyone "
    "who followed along with #BellaBelievesInMagic — we'll miss the glitter on 6 North (no we "
    "won't, it's everywhere).",
    [("NAME", "#BellaBelievesInMagic")],
    note="the patient's name appears only inside a hashtag",
)

# 66
n(
    "en",
    "campaign_hashtag",
    "Ring the bell week! 🔔 Share a photo of your child's end-of-treatment moment with "
    "#CCUHRingsTheBell and #GoldInSeptember for Childhood Cancer Awareness Month. Please only "
    "share what you're comfortable sharing.",
    "campaign hashtags and an awareness month",
)

# 67
p(
    "en",
    "hospital_contact",
    "Comment we had to hide: 'Does anyone know Dr. Haddad's email? My son Kevin Andrés Polanco "
    "Guzmán has his GI follow-up next week and I lost the paper. Email me at "
    "kpolanco.mami@hotmail.com or text 617-555-0239.' — We've messaged you privately, ma'am! 💙",
    [
        ("NAME", "Kevin Andrés Polanco Guzmán"),
        ("EMAIL", "kpolanco.mami@hotmail.com"),
        ("PHONE", "617-555-0239"),
    ],
    note=(
        "Dominican double surname, the mother's e-mail and phone; 617 area code but not a "
        "hospital number"
    ),
)

# 68
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Samir Haddad, our new chief of pediatric GI, who grew up in Lawrence and trained at "
    "Boston Medical Center. His favorite part of the job? 'Watching a kid who couldn't eat finish "
    "a whole plate of mac and cheese.'",
    "staff physician and his hometown",
)

# 69
p(
    "es",
    "pasted_record",
    "Por favor NO publiquen fotos de sus pulseras 🙏. Alguien compartió esto: 'PACIENTE: GUZMÁN, "
    "LUIS MIGUEL · F. NAC. 14/03/2021 · NHC 7731058 · Cama 12 · Alergia: penicilina'.",
    [
        ("NAME", "GUZMÁN, LUIS MIGUEL"),
        ("DATE", "14/03/2021"),
        ("MRN", "7731058"),
        ("OTHER_ID", "Cama 12"),
    ],
    note="wristband text: name, day-first birth date, record number (NHC), bed with keyword",
)

# 70
n(
    "es",
    "health_tip",
    "Si su hijo tiene fiebre y es menor de 3 meses, llévelo a Urgencias de inmediato. Para "
    "mayores, vigile: ¿toma líquidos?, ¿orina?, ¿está alerta? En caso de emergencia, llame al "
    "911. Línea de enfermería en español: (617) 555-0167.",
    "fever tip; national and hospital numbers",
)

# 71
p(
    "en",
    "birth_announcement",
    "Bòn ane! 🇭🇹 Our first baby of the new year is Emmanuella Joseph, born at 12:03 a.m. on "
    "January 1 — Haitian Independence Day — to proud parents Fabienne and Réginald of Hyde Park. "
    "Soup joumou for everyone!",
    [
        ("NAME", "Emmanuella Joseph"),
        ("DATE", "January 1"),
        ("DATE", "Haitian Independence Day"),
        ("NAME", "Fabienne"),
        ("NAME", "Réginald"),
        ("GEO", "Hyde Park"),
    ],
    note="birth date named twice (date and holiday), parents, neighbourhood",
)

# 72
n(
    "en",
    "event",
    "Join us January 1 for Soup Joumou Day at the Dorchester Family Health Center! 🇭🇹 Free soup, "
    "blood-pressure checks and flu shots from 11-2, in partnership with Haitian Americans United. "
    "Haitian Independence Day — Bòn ane!",
    "the same holiday as a hospital event date",
)

# 73
p(
    "en",
    "crisis_update",
    "Update on Tuesday's school bus crash on Morrissey Blvd: 4 children were treated in our ER; 3 "
    "have gone home. With his parents' permission, we can share that Darnell Andrade-Lopes, 10, "
    "remains in fair condition in the PICU. Please respect the families' privacy.",
    [("GEO", "Morrissey Blvd"), ("NAME", "Darnell Andrade-Lopes")],
    note=(
        "crisis update naming one patient: his name and the road of the crash; weekday and age 10 "
        "not labelled"
    ),
)

# 74
n(
    "en",
    "crisis_update",
    "Update on this morning's school bus crash: 6 children were evaluated in our ER, all with "
    "minor injuries, and all have been reunited with their families. Thank you to Boston EMS and "
    "State Police. No further details will be shared.",
    "the same kind of update without names or places",
)

# 75
p(
    "en",
    "patient_story",
    "Brooklyn and Paris Dos Reis aren't just twins — they're the first conjoined twins separated "
    "at our hospital in 20 years. Eight months after their 19-hour surgery on May 14, they're "
    "crawling in opposite directions. 💕",
    [("NAME", "Brooklyn"), ("NAME", "Paris Dos Reis"), ("DATE", "May 14")],
    note="first names that are place names; surgery date",
)

# 76
n(
    "en",
    "health_tip",
    "Traveling to Brooklyn or Paris for the holidays with a baby under 2? Bring a copy of "
    "vaccination records, pack a thermometer, and book a bulkhead seat. Our Travel Clinic can "
    "help: (617) 555-0100, option 4.",
    "the same words as places, in a travel tip",
)

# 77
p(
    "en",
    "thank_you",
    "Thank you from the Chen family: 'Our A-ma, 92, came every day on the Orange Line from "
    "Chinatown to feed little Jiaming his congee when he was on 5 West. She says the nurses are "
    "her grandchildren now.' ❤️",
    [("NAME", "Chen"), ("AGE", "92"), ("GEO", "Chinatown"), ("NAME", "Jiaming")],
    note=(
        "family surname; the grandmother's age over 89 and neighbourhood (relative); the patient; "
        "'A-ma' is a kinship term"
    ),
)

# 78
n(
    "en",
    "statistic",
    "Our Geriatric Trauma Program at the University campus treated 1,204 adults over 90 for falls "
    "last year. Falls at home are the #1 cause of injury in people 90+. Remove rugs, add grab "
    "bars, light the stairs.",
    "population ages over 90",
)

# 79
p(
    "en",
    "memorial",
    "We mourn former State Rep. Thomas 'Tip' Geraghty of Charlestown, who was cared for by our "
    "oncology team for the last two years of his life and died here on Sept. 9. He called our "
    "nurses 'the real legislature.' Our sympathies to his wife Maureen.",
    [
        ("NAME", "Thomas 'Tip' Geraghty"),
        ("GEO", "Charlestown"),
        ("DATE", "Sept. 9"),
        ("NAME", "Maureen"),
    ],
    note="a public official who was our patient: name, town, date of death, wife",
)

# 80
n(
    "en",
    "public_figure",
    "Thank you, State Sen. Maura Geraghty-Flynn, for visiting our NICU today and for championing "
    "the pediatric mental health bill. Kids can't wait for beds. #KidsCantWait",
    "a visiting official, not a patient",
)

# 81
p(
    "en",
    "patient_story",
    "from a mom in our comments: 'my daughter isabella got her trach out today after 2 yrs!!! we "
    "live in eastie and the whole street came out with balloons 🎈 thank u 8 east'",
    [("NAME", "isabella"), ("GEO", "eastie")],
    note="lower-case name and neighbourhood nickname (East Boston); '8 east' is a unit",
)

# 82
n(
    "en",
    "anonymous_story",
    "A mom told us today: 'My daughter got her trach out after two years and the whole street "
    "came out with balloons.' Moments like these are why we do this. 🎈 (Shared with permission; "
    "details changed for privacy.)",
    "the same story de-identified",
)

# 83
p(
    "en",
    "pasted_record",
    "Ugh, we had to remove a post where a family shared their son's implant card: 'Cochlear "
    "implant — Recipient: Owen Dwyer | Device SN 4C7-2281-09X | Surgery 10/17 | Surgeon: Dr. Lam "
    "| Clinic: CCUH Audiology (617) 555-0100.'",
    [("NAME", "Owen Dwyer"), ("DEVICE", "4C7-2281-09X"), ("DATE", "10/17")],
    note=(
        "implant card: name, device serial, surgery date; surgeon and clinic number are not "
        "labelled"
    ),
)

# 84
n(
    "en",
    "research",
    "Our audiology team has now performed 500 pediatric cochlear implant surgeries! Research led "
    "by Dr. Helen Lam shows kids implanted before 12 months develop language on par with hearing "
    "peers. 👂",
    "research milestone; researcher's name",
)

# 85
p(
    "en",
    "discharge",
    "197 days. 3 surgeries. 1 stubborn little man. Edson Gomes-Barros is going home to Brockton "
    "today! His parents Ivanilda and Carlos learned every monitor alarm on our unit. Edson, don't "
    "forget us. 💙 #NICUGrad #CCUHStrong",
    [
        ("NAME", "Edson Gomes-Barros"),
        ("GEO", "Brockton"),
        ("NAME", "Ivanilda"),
        ("NAME", "Carlos"),
        ("NAME", "Edson", 2),
    ],
    note="NICU graduate, hyphenated Cape Verdean surname, home city, parents",
)

# 86
n(
    "en",
    "discharge",
    "197 days. 3 surgeries. 1 stubborn little man. One of our longest-ever NICU stays ended today "
    "with a conga line down the hallway. We can't say his name yet (family's request!), but we "
    "can say: we'll miss you, buddy. 💙",
    "the same discharge without any identifier",
)

# 87
p(
    "en",
    "hospital_contact",
    "To the family in the silver Honda Odyssey, plate 7XKR42, parked in the ambulance bay at 3 "
    "a.m. for little Gabriel Sousa: your car was moved to Garage B and the keys are at the "
    "security desk. No ticket — we get it. 💙",
    [("VEHICLE", "7XKR42"), ("NAME", "Gabriel Sousa")],
    note="family's licence plate and the patient's name",
)

# 88
n(
    "en",
    "hospital_contact",
    "Snow emergency parking: during the ban, families of inpatients can park free in Garage B "
    "(enter from Charlesgate Avenue). Show your visitor badge at the exit. Questions? Security: "
    "(617) 555-0100, ext. 2.",
    "hospital parking information",
)

# 89
p(
    "es",
    "thank_you",
    "mil gracias a las enfermeras del 5 oeste q cuidaron a mi nieto Jandel cuando le dio la "
    "bronquiolitis!!! ustedes son unos ángeles. bendiciones desde Hyde Park — doña Mercedes (91 "
    "años y todavía en Facebook 😂)",
    [("NAME", "Jandel"), ("GEO", "Hyde Park"), ("NAME", "Mercedes"), ("AGE", "91")],
    note="grandson, grandmother's neighbourhood, name without 'doña' and her age over 89",
)

# 90
n(
    "es",
    "sponsor",
    "¡Gracias a Supermercado La Fe de Hyde Park y a Banco Popular por donar 500 abrigos de "
    "invierno para las familias de nuestra clínica en Dorchester! ❄️🧥",
    "business sponsors and their neighbourhood",
)

# 91
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Mr. Leung Wai-Keung (梁偉強), who celebrated with longevity noodles and "
    "his 11 grandkids in our Geriatric unit lounge today! Mr. Leung is recovering from pneumonia "
    "and plans to be back at mahjong in Quincy soon. 🍜",
    [
        ("AGE", "90th"),
        ("NAME", "Leung Wai-Keung"),
        ("NAME", "梁偉強"),
        ("NAME", "Leung", 2),
        ("GEO", "Quincy"),
    ],
    note="surname-first Cantonese name in Latin and Chinese script, age 90, home town",
)

# 92
n(
    "en",
    "milestone_birthday",
    "Happy 150th birthday to us! 🎂 Charlesgate Children's opened its doors on March 3, 1875 with "
    "20 beds on Rutland Street. Join us for cake in the main lobby on Monday. #CCUH150",
    "the hospital's anniversary, not a patient's",
)

# 93
p(
    "en",
    "patient_story",
    "Nothing but love for our friend #teamjoaopedro today 💚💛 — day +100 after his bone marrow "
    "transplant! His big sister was his donor. @CharlesgateKids",
    [("NAME", "#teamjoaopedro")],
    note="lower-case name hashtag; 'day +100' is not a date",
)

# 94
n(
    "en",
    "campaign_hashtag",
    "Be The Match! 💚 Only 23% of Black and Latino patients find a matched unrelated bone marrow "
    "donor. Swab drive Saturday 10-3 in our lobby. #BeTheMatch #CCUHStrong #SwabForBoston",
    "campaign hashtags and population statistic",
)

# 95
p(
    "en",
    "pasted_record",
    "Screenshot text from a parent's portal message posted in a support group: 'MyCCUH Message — "
    "From: Dr. Patel To: Rosa Cabral (proxy for CABRAL, MATEO) — Mateo's EEG on 4/8 showed no "
    "seizure activity. Encounter #E-20931177.'",
    [
        ("NAME", "Rosa Cabral"),
        ("NAME", "CABRAL, MATEO"),
        ("NAME", "Mateo"),
        ("DATE", "4/8"),
        ("OTHER_ID", "E-20931177"),
    ],
    note="portal message: proxy parent, patient, test date, encounter number",
)

# 96
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — 3/21, for the three copies of chromosome 21. Wear your "
    "mismatched socks! 🧦 Our Down Syndrome Program sees 900 kids and adults from across New "
    "England.",
    "eponymous condition and an awareness-day date",
)

# 97
p(
    "en",
    "discharge",
    "Sunny days ahead for Sunny Okafor! ☀️ After 5 weeks with a heart infection, our 6-year-old "
    "weather reporter is headed home to Roslindale. Sunny's forecast: 100% chance of pancakes.",
    [("NAME", "Sunny Okafor"), ("NAME", "Sunny", 3), ("GEO", "Roslindale")],
    note="the first 'Sunny' is the adjective (declared unlabelled); '100%' is not an age",
    ok=("Sunny",),
)

# 98
n(
    "en",
    "health_tip",
    "Sunny days ahead! ☀️ Sunscreen SPF 30+ for kids over 6 months, reapply every 2 hours, and "
    "keep babies under 6 months in the shade. Your skin will thank you in 2075.",
    "sun-safety tip",
)

# 99
p(
    "en",
    "discharge",
    "Back to school for Ciarán Ó Súilleabháin! 🎒 The 15-year-old goalie from Milton had a "
    "ruptured spleen after a collision on Feb. 22 — but after 9 days in the PICU he's cleared to "
    "go home (no hockey till summer, Ciarán!).",
    [
        ("NAME", "Ciarán Ó Súilleabháin"),
        ("GEO", "Milton"),
        ("DATE", "Feb. 22"),
        ("NAME", "Ciarán", 2),
    ],
    note="Irish-language name, hometown, injury date",
)

# 100
n(
    "es",
    "public_figure",
    "¡Gracias a los jugadores de los Red Sox Rafael Mercedes y Wilyer Castillo por visitar a "
    "nuestros pacientes del 6 Norte hoy! Firmaron pelotas, bailaron bachata y prometieron un "
    "jonrón para los niños. ⚾🇩🇴",
    "visiting ballplayers",
)

# 101
p(
    "en",
    "hospital_contact",
    "FOUND in the Main Lobby: a wallet with a MA driver's license (Deirdre Nolan, S48217735) and "
    "her son Rory's MassHealth card — he was seen in our ER last night. We've taken it to "
    "Security — Deirdre, call (617) 555-0100 ext. 2 to pick it up. (Please stop commenting the "
    "license number, folks!)",
    [("NAME", "Deirdre Nolan"), ("LICENSE", "S48217735"), ("NAME", "Rory"), ("NAME", "Deirdre", 2)],
    note="a patient's mother: name and driver's licence number; the patient's first name",
)

# 102
n(
    "en",
    "hospital_contact",
    "Lost something? Lost & Found is at the Security desk, Main Lobby, 300 Charlesgate Avenue. "
    "Open 24/7. Call (617) 555-0100 ext. 2. For your safety we never post photos of IDs or cards "
    "found on campus.",
    "hospital address and number",
)

# 103
p(
    "en",
    "patient_story",
    "Meet 'Ti Jo' — Josué Dorvil, age 4, who has sickle cell disease and just finished his 50th "
    "transfusion like a pro. His grandmother Marie-Ange braids his hair before every visit so he "
    "looks sharp for the nurses. 💪🏾 #SickleCellWarrior",
    [("NAME", "Ti Jo"), ("NAME", "Josué Dorvil"), ("NAME", "Marie-Ange")],
    note="Haitian nickname, name, grandmother; '50th' is a count, not an age",
)

# 104
n(
    "en",
    "eponymous_condition",
    "February is Heart Month ❤️ Tetralogy of Fallot, named for French physician Étienne-Louis "
    "Arthur Fallot, is one of the most common congenital heart defects. Our cardiac surgeons "
    "repair about 60 a year, most before 6 months of age.",
    "eponymous defect and its historical namesake",
)

# 105
p(
    "es",
    "milestone_birthday",
    "Cuando la pequeña Ámbar Nicole llegó a nuestra UCIN pesaba menos que una libra de arroz. Hoy "
    "cumple su primer añito y su papá Wander nos mandó esta foto desde Roxbury con el bizcocho "
    "dominicano más grande que hemos visto. 🎂",
    [("NAME", "Ámbar Nicole"), ("NAME", "Wander"), ("PHOTO", "foto"), ("GEO", "Roxbury")],
    note=(
        "baby's compound name without 'la pequeña', father, photo of the birthday girl, "
        "neighbourhood"
    ),
)

# 106
n(
    "es",
    "event",
    "¡Fiesta de graduados de la UCIN! Sábado 14 de junio, 1-4 p.m., en el Parque Franklin. "
    "Música, comida y fotos con las enfermeras. Confirme su asistencia al (617) 555-0123. "
    "¡Esperamos verlos!",
    "hospital event date and venue",
)

# 107
p(
    "en",
    "pasted_record",
    "A staff member's handoff note ended up in a public reply — now deleted, and yes, we've "
    "reported it: 'bed 14 - Widlene Charles, 16yo, DKA, mom Nadège at bedside, pls call "
    "interpreter (Kreyòl) before 8, mom cell 774-555-0161.'",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "Widlene Charles"),
        ("NAME", "Nadège"),
        ("PHONE", "774-555-0161"),
    ],
    note=(
        "bed with keyword, patient (surname that is a first name), mother, mother's cell; 16yo "
        "not labelled"
    ),
)

# 108
n(
    "en",
    "staff_spotlight",
    "Our Kreyòl interpreter team — Nadège, Jean-Robert, Guerline and Wesner — handled 11,000 "
    "sessions last year. Mèsi anpil for making sure every Haitian family understands every word. "
    "🇭🇹",
    "interpreters' first names: staff",
)

# 109
p(
    "en",
    "thank_you",
    "The Nguyen-Costa family dropped off 40 pizzas for the night shift on 6 North to say thanks "
    "for Lily's last round of chemo. 🍕 From #LilyLovesPizza to all of us: you're family.",
    [("NAME", "Nguyen-Costa"), ("NAME", "Lily"), ("NAME", "#LilyLovesPizza")],
    note="family surname, patient, name hashtag",
)

# 110
n(
    "en",
    "sponsor",
    "Thank you Regina Pizzeria for 40 pizzas for the night shift on 6 North! 🍕 Nurses run on "
    "cheese and kindness. #CCUHNurses",
    "business sponsor whose name is also a first name",
)

# 111
p(
    "en",
    "patient_story",
    "Follow along with 17-year-old Tiago Furtado (@tiagobeatsleukemia) as he vlogs his way "
    "through CAR-T therapy on 6 North. His latest video, filmed in room 621 with his mom Eunice "
    "as camerawoman, has 2 million views! 🎥",
    [
        ("NAME", "Tiago Furtado"),
        ("OTHER_ID", "@tiagobeatsleukemia"),
        ("OTHER_ID", "room 621"),
        ("NAME", "Eunice"),
    ],
    note="patient's social handle, room with keyword, mother; the vlog is not an attached photo",
)

# 112
n(
    "en",
    "research",
    "Our CAR-T program has now treated 150 children and young adults with relapsed leukemia. "
    "5-year results, presented today at ASH in San Diego, show 61% remain in remission. Thank you "
    "to every family who trusted us with a trial.",
    "aggregate research results; conference city",
)

# 113
p(
    "en",
    "birth_announcement",
    "Double the luck! 🧧 Twins Anyi and Anle Zhou arrived on Lunar New Year's Day, Jan. 29, to "
    "parents Shu and David Zhou of Malden. The nurses on 6 South say this is the first time "
    "they've had to hand out four red envelopes.",
    [
        ("NAME", "Anyi"),
        ("NAME", "Anle Zhou"),
        ("DATE", "Lunar New Year's Day"),
        ("DATE", "Jan. 29"),
        ("NAME", "Shu"),
        ("NAME", "David Zhou"),
        ("GEO", "Malden"),
    ],
    note="twins, birth date named twice, parents, city",
)

# 114
n(
    "en",
    "event",
    "Happy Lunar New Year! 🧧 Join our Chinese Family Advisory Council on Saturday, Feb. 1 for "
    "dumplings, lion dancers and a free car-seat check in the Main Lobby. Cantonese and Mandarin "
    "interpreters on site.",
    "hospital event date",
)

# 115
p(
    "en",
    "memorial",
    "We said goodbye this week to Mary Catherine 'Kitty' Dunleavy, 96, who was born in County "
    "Mayo, raised eleven children in Dorchester and spent her last days with us on 9 Shattuck. "
    "Kitty asked for Danny Boy and a Sam Adams. We obliged with the song. 🍀",
    [
        ("NAME", "Mary Catherine 'Kitty' Dunleavy"),
        ("AGE", "96"),
        ("GEO", "County Mayo"),
        ("GEO", "Dorchester"),
        ("NAME", "Kitty", 2),
    ],
    note=(
        "age over 89, foreign county of birth, neighbourhood; 'Danny Boy' is a song, 'Sam Adams' "
        "a beer"
    ),
)

# 116
n(
    "en",
    "crisis_update",
    "Power has been restored to all inpatient units after this morning's outage. Generators "
    "kicked in within 10 seconds and no patient care was affected. Thank you to our Facilities "
    "crew who worked through the night in the snow. ⚡",
    "outage update",
)

# 117
p(
    "en",
    "public_figure",
    "Patriots linebacker Jalen Whitfield thanked our orthopedic team on Instagram today after his "
    "ACL reconstruction here on Nov. 20. Welcome back to the weight room soon, Jalen — the kids "
    "on 5 West made you a get-well banner. 🏈",
    [("NAME", "Jalen Whitfield"), ("DATE", "Nov. 20"), ("NAME", "Jalen", 2)],
    note="a player who was operated on here is a patient: name and surgery date",
)

# 118
n(
    "en",
    "public_figure",
    "Patriots safety Andre Okoye stopped by 5 West today to hand out signed footballs and teach "
    "our kids his sack dance. Thanks, Andre — come back anytime! 🏈",
    "a visiting player, not a patient",
)

# 119
p(
    "en",
    "pasted_record",
    "Referral cover sheet someone attached to a public Facebook review (hidden): 'TO: CCUH Rare "
    "Disease Clinic FAX (617) 555-0189 | FROM: Dr. Kowalski, Lowell Pediatrics, fax 978-555-0177 "
    "| RE: Angélica Vásquez Tejada, DOB 11/30/2016, suspected Prader-Willi | Parent: Miguelina "
    "Tejada 978-555-0148'",
    [
        ("NAME", "Angélica Vásquez Tejada"),
        ("DATE", "11/30/2016"),
        ("NAME", "Miguelina Tejada"),
        ("PHONE", "978-555-0148"),
    ],
    note=(
        "patient, DOB, parent and her phone; the hospital fax and the referring doctor's practice "
        "fax are not labelled"
    ),
)

# 120
n(
    "en",
    "hospital_contact",
    "Referring providers: send rare-disease referrals to our intake team by fax at (617) 555-0189 "
    "or through the EHR referral portal. Urgent consults: call (617) 555-0100 and ask for the "
    "rare disease fellow on call.",
    "hospital fax and number",
)

# 121
p(
    "en",
    "patient_story",
    "Will Brennan will tell you himself: a broken femur from a sledding crash on Corey Hill in "
    "Brookline isn't the end of the world — it's 'a really long sleepover.' Will goes home "
    "tomorrow with a cast his whole class signed. ❄️🛷",
    [("NAME", "Will Brennan"), ("GEO", "Corey Hill"), ("GEO", "Brookline"), ("NAME", "Will", 2)],
    note="name that is a verb ('will tell' is not labelled); hill and town of the sledding crash",
)

# 122
n(
    "en",
    "health_tip",
    "Sledding season is here ❄️ Our ER saw 63 sledding injuries last winter. Sit feet-first, "
    "never on a road or near trees, and helmets aren't just for hockey. Corey Hill and Larz "
    "Anderson are great — just look before you go!",
    "the same places in a general tip",
)

# 123
p(
    "es",
    "discharge",
    "¡Yeyo se va pa' la casa! 🏠 Después de 40 días por una infección grave, Rafael Emilio 'Yeyo' "
    "Sánchez vuelve a su casa en Chelsea. Su abuela, doña Dulce, trajo sancocho para todo el 5 "
    "Oeste. ¡Buen provecho!",
    [
        ("NAME", "Yeyo", 1),
        ("NAME", "Rafael Emilio 'Yeyo' Sánchez"),
        ("GEO", "Chelsea"),
        ("NAME", "Dulce"),
    ],
    note="Dominican nickname, full name, town, grandmother whose name is a word",
)

# 124
n(
    "es",
    "health_tip",
    "¿Sabía que los niños menores de 2 años no deben tomar jugo? Agua y leche son lo mejor. Y "
    "nada de miel antes del primer año — puede causar botulismo. Más consejos dulces y sanos en "
    "ccuh.org/es.",
    "nutrition tip",
)

# 125
p(
    "en",
    "sponsor",
    "Meet the people behind the new Kowalczyk Family Sensory Room: Greg and Danielle Kowalczyk, "
    "whose son Teddy spent 3 months with us after a near-drowning at Wollaston Beach. 'We wanted "
    "other kids to have a quiet place to heal.' Thank you! 💙",
    [
        ("NAME", "Kowalczyk", 1),
        ("NAME", "Greg"),
        ("NAME", "Danielle Kowalczyk"),
        ("NAME", "Teddy"),
        ("GEO", "Wollaston Beach"),
    ],
    note=(
        "donors introduced as a patient's parents: their names, also inside the room name; place "
        "of the accident"
    ),
)

# 126
n(
    "en",
    "sponsor",
    "Meet the people behind the new Mahoney Family Sensory Room: Ed and Joanne Mahoney, longtime "
    "neighbors of our Dorchester center and retired teachers. 'We wanted kids to have a quiet "
    "place to heal.' Thank you! 💙",
    "donors who are not relatives of a patient",
)

# 127
p(
    "en",
    "patient_story",
    "From our pediatric psych unit, shared by J.R., 15: 'I was scared to come here. I'm less "
    "scared to go home.' Keep going, J.R. 💛 #KidsCantWait",
    [("NAME", "J.R.", "*")],
    note="initials used for a patient",
)

# 128
n(
    "en",
    "anonymous_story",
    "From our pediatric psych unit, shared by a 15-year-old patient: 'I was scared to come here. "
    "I'm less scared to go home.' Keep going. 💛 Pediatric mental health boarding is a crisis in "
    "Massachusetts. #KidsCantWait",
    "the same quote, anonymous",
)

# 129
p(
    "en",
    "pasted_record",
    "Please don't post specimen labels! 😬 This was in a comment: 'PEREIRA DA SILVA, KAUÃ  M  3Y  "
    "MRN:3308711  ACCT:9100445821  COLL 02/03 07:15  CBC W/DIFF  RM 5W-12'.",
    [
        ("NAME", "PEREIRA DA SILVA, KAUÃ"),
        ("MRN", "3308711"),
        ("ACCOUNT", "9100445821"),
        ("DATE", "02/03"),
        ("OTHER_ID", "RM 5W-12"),
    ],
    note=(
        "lab label: name, MRN, account, collection date, room with keyword; sex/age 3Y not labelled"
    ),
)

# 130
n(
    "en",
    "statistic",
    "Lab by the numbers 🧪: 2.1 million tests last year, 98% of STAT results within 60 minutes, "
    "and 1 very tired pneumatic tube system. Thank you, Lab Medicine! #LabWeek",
    "aggregate numbers",
)

# 131
p(
    "en",
    "discharge",
    "Home for Thanksgiving! 🦃 Bruno Vieira Lima had his kidney transplant here on Nov. 3 — his "
    "uncle Márcio was the donor — and today both of them are headed back to Somerville in time "
    "for turkey and feijoada.",
    [("NAME", "Bruno Vieira Lima"), ("DATE", "Nov. 3"), ("NAME", "Márcio"), ("GEO", "Somerville")],
    note=(
        "patient and living-donor uncle, transplant date, town; Thanksgiving is not the date of "
        "the event"
    ),
)

# 132
n(
    "en",
    "event",
    "Thanksgiving on the units 🦃: our Food & Nutrition team will serve 1,400 turkey dinners on "
    "Thursday, Nov. 27, plus halal, kosher, vegetarian and, yes, feijoada and pikliz options. "
    "Families eat free with a visitor badge.",
    "hospital holiday meal date",
)

# 133
p(
    "en",
    "patient_story",
    "Updates on Aoibheann's recovery from her spinal cord injury are on her CaringBridge: "
    "caringbridge.org/visit/aoibheannstrong. Her mom Sinéad asks that cards go through our Child "
    "Life office, not to the family's home. Questions: sineadmcg77@gmail.com.",
    [
        ("NAME", "Aoibheann"),
        ("URL", "caringbridge.org/visit/aoibheannstrong"),
        ("NAME", "Sinéad"),
        ("EMAIL", "sineadmcg77@gmail.com"),
    ],
    note="Irish name, family's CaringBridge URL, mother and her e-mail",
)

# 134
n(
    "en",
    "hospital_contact",
    "Want to send a card to a patient? Mail it c/o Child Life, 300 Charlesgate Avenue, Boston, MA "
    "02215, with the patient's name and unit — or use our e-card form at "
    "charlesgatekids.org/ecards. We'll deliver it within a day. 💌",
    "hospital mailing address and domain",
)

# 135
p(
    "es",
    "pasted_record",
    "Alguien publicó su recordatorio de cita 😬: 'Hola DAYANA ROSARIO SANTOS, su cita en "
    "Neurología es el 17/07 a las 9:30 a.m. en 300 Charlesgate Avenue. Responda SÍ para "
    "confirmar. ID de paciente 8820417.' Por favor, ¡no compartan estos mensajes!",
    [("NAME", "DAYANA ROSARIO SANTOS"), ("DATE", "17/07"), ("MRN", "8820417")],
    note=(
        "appointment text: name, appointment date, patient ID (MRN); hospital address not labelled"
    ),
)

# 136
n(
    "es",
    "recruitment",
    "¿Habla español y le gusta ayudar? Buscamos voluntarios para acompañar a familias hispanas en "
    "la UCIN, 4 horas por semana. Capacitación gratis. Escriba a voluntarios@ccuh.org o llame al "
    "(617) 555-0100.",
    "volunteer recruitment with the hospital's e-mail and number",
)

# 137
p(
    "en",
    "patient_story",
    "Mercy Louis-Jacques is 12, has a rare kidney disease called Alport syndrome, and has already "
    "taught herself three coding languages during dialysis. Her dad Wilner calls her 'the CEO of "
    "6 West.' Mercy wants to build an app for other kids on dialysis. 💻",
    [("NAME", "Mercy Louis-Jacques"), ("NAME", "Wilner"), ("NAME", "Mercy", 2)],
    note="name that is a word, father; Alport is eponymous",
)

# 138
n(
    "en",
    "eponymous_condition",
    "Mercy, grace and science: this year's Alport Syndrome Foundation walk raised $82,000 for "
    "research on the kidney disease first described by Dr. Cecil Alport in 1927. Thanks to the "
    "400 walkers who braved the rain on the Esplanade!",
    "'Mercy' as a word; eponymous disease and its namesake",
)

# 139
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles wouldn't fit, so we used one big one. 🎂 Happy birthday to Mr. Francis X. "
    "Coughlin, ninety-nine today, a Navy veteran who came in for a pacemaker and left with 30 new "
    "friends on 8 Shattuck.",
    [("AGE", "Ninety-nine"), ("NAME", "Francis X. Coughlin"), ("AGE", "ninety-nine")],
    note="spelled-out age over 89, twice",
)

# 140
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Walter Brennan-Shea, 91, who saw his last patient in our cardiology "
    "clinic on Friday after 62 years of practice. He's the oldest practicing physician in our "
    "history and still drives himself from Needham. 🎉",
    "a staff physician's age over 89 and town are not labelled",
)

# 141
p(
    "en",
    "pasted_record",
    "Parents, please crop hospital bracelets out of your photos! We had to hide one today that "
    "clearly showed: 'BABY GIRL ALVES  DOB 06/21  0613  WB# 44721-A  MOM: ALVES, JOSIANE'.",
    [("NAME", "ALVES", 1), ("DATE", "06/21"), ("OTHER_ID", "44721-A"), ("NAME", "ALVES, JOSIANE")],
    note=(
        "newborn bracelet: surname without 'BABY GIRL', DOB, wristband number, mother; 0613 is "
        "the birth time"
    ),
)

# 142
n(
    "en",
    "health_tip",
    "Privacy tip for new parents 📸: before you share that first photo, crop out the hospital "
    "bracelet, crib card and whiteboard. They can show your baby's full name, birth date and "
    "medical record number.",
    "privacy tip",
)

# 143
p(
    "en",
    "patient_story",
    "From Governador Valadares to our OR: Gabriela Rocha Neves, 14, traveled 4,700 miles for "
    "surgery on a rare heart tumor. On 8/12 our cardiac team removed it in 6 hours. This week she "
    "took her first walk outside with her tia Rosângela. ❤️🇧🇷",
    [
        ("GEO", "Governador Valadares"),
        ("NAME", "Gabriela Rocha Neves"),
        ("DATE", "8/12"),
        ("NAME", "Rosângela"),
    ],
    note="foreign home city, name, surgery date, aunt (without 'tia')",
)

# 144
n(
    "en",
    "research",
    "Rare heart tumors in kids are, well, rare — about 1 in 100,000. Our cardiac surgery team "
    "published the largest series to date: 212 children from 19 countries, with 96% survival. "
    "Congratulations to Dr. Mei-Ling Zhao and team! 📄",
    "aggregate series; researcher",
)

# 145
p(
    "en",
    "patient_story",
    "Our ER nurse Colleen Walsh has treated hundreds of hockey injuries — but last Saturday it "
    "was her own son, Aidan, on the stretcher after a hit into the boards. Aidan's fine (mild "
    "concussion), and Colleen says she'll never complain about the helmet rule again. 🏒",
    [("NAME", "Colleen Walsh"), ("NAME", "Aidan", "*"), ("NAME", "Colleen", 2)],
    note="a nurse who is a patient's mother is a patient's relative: labelled with her son",
)

# 146
n(
    "en",
    "staff_spotlight",
    "Our ER nurse Colleen Walsh has treated hundreds of hockey injuries in 18 years — and she "
    "coaches U10 girls in Dorchester on weekends. Her advice for hockey parents: 'Helmets, "
    "mouthguards, and let them quit for a day if they're hurting.' 🏒",
    "the same nurse as staff",
)

# 147
p(
    "es",
    "birth_announcement",
    "¡Nació Santiago! 💙 Llegó el 25 de diciembre, Navidad, a las 6:10 a.m., con 8 libras. Sus "
    "padres Keila y Ramón Ventura, de Lynn, dicen que ya no necesitan más regalos. ¡Feliz Navidad "
    "de parte de Maternidad!",
    [
        ("NAME", "Santiago"),
        ("DATE", "25 de diciembre"),
        ("DATE", "Navidad", 1),
        ("NAME", "Keila"),
        ("NAME", "Ramón Ventura"),
        ("GEO", "Lynn"),
    ],
    note=(
        "birth date named twice; the closing 'Feliz Navidad' greeting is not the birth date "
        "(declared unlabelled)"
    ),
    ok=("Navidad",),
)

# 148
n(
    "es",
    "campaign_hashtag",
    "¡Feliz Navidad! 🎄 Este año nuestras enfermeras repartieron 2,000 regalos en todas las "
    "unidades. Gracias a todos los que donaron con #NavidadEnCCUH y #CCUHStrong. ¡Próspero Año "
    "Nuevo!",
    "holiday greeting and campaign hashtags",
)

# 149
p(
    "en",
    "patient_story",
    "Family comment we had to remove (but wow, the love): 'Send cards for our Finn to 42 Adams St "
    "Apt 3, Dorchester MA 02124 — he's home from his liver transplant and would love mail from "
    "anyone who followed #FinnFightsOn 🍀'",
    [
        ("NAME", "Finn"),
        ("GEO", "42 Adams St Apt 3"),
        ("GEO", "Dorchester"),
        ("GEO", "02124"),
        ("NAME", "#FinnFightsOn"),
    ],
    note="home street address with apartment, neighbourhood, ZIP, name hashtag",
)

# 150
n(
    "en",
    "campaign_hashtag",
    "#FightLikeAKid 💪 This month we're sharing stories of courage from kids across New England "
    "(with their families' blessing). Tag yours with #FightLikeAKid and #CCUHStrong. Mail for "
    "patients: c/o Child Life, 300 Charlesgate Avenue, Boston, MA 02215.",
    "campaign hashtags and the hospital's address",
)

# 151
p(
    "en",
    "pasted_record",
    "Insurance card photo (removed) in a comment asking about coverage: 'BCBS of Massachusetts · "
    "Member: FONSECA, LARA · ID: XDJ904418273 · Dependent of: FONSECA, PAULO' — Lara's dad, we've "
    "sent you a DM with our financial counselor's info.",
    [
        ("NAME", "FONSECA, LARA"),
        ("HEALTH_PLAN", "XDJ904418273"),
        ("NAME", "FONSECA, PAULO"),
        ("NAME", "Lara"),
    ],
    note=(
        "insurance card text: member, member ID, subscriber parent; the removed card photo is not "
        "an attached photo"
    ),
)

# 152
n(
    "en",
    "recruitment",
    "Now hiring: Financial Counselors (bilingual Portuguese or Spanish a plus) to help families "
    "navigate MassHealth, Health Safety Net and private insurance. Hybrid schedule. Apply at "
    "ccuh.org/careers. #CCUHCareers",
    "job post",
)

# 153
p(
    "en",
    "thank_you",
    "Reply thread on our NICU post: 'Thank u for saving our Kaitlynn ❤️❤️ born 1 lb 4 oz on Aug "
    "9!!!' — 'omg Katelyn looks so big now 😭' — 'so proud of u Kaitlyn and your mama Shannon!!'",
    [
        ("NAME", "Kaitlynn"),
        ("DATE", "Aug 9"),
        ("NAME", "Katelyn"),
        ("NAME", "Kaitlyn"),
        ("NAME", "Shannon"),
    ],
    note="three spellings of the same baby's name, birth date, mother",
)

# 154
n(
    "en",
    "event",
    "Calling all NICU grads! 🎓 Our annual NICU Reunion is Sunday, Aug. 10, 12-3 at the Franklin "
    "Park Zoo. Free admission for grads and their families. RSVP at charlesgatekids.org/reunion "
    "or (617) 555-0123.",
    "hospital event date and venue",
)

# 155
p(
    "en",
    "patient_story",
    "'Djudjuca' — that's what her grandma calls Judite Semedo, 5, who got her new heart on the "
    "Fourth of July, right as the fireworks started over the Charles. Her mom Elisângela: 'Her "
    "heart has fireworks in it now.' Judite lives with her family on Bowdoin Street in "
    "Dorchester.",
    [
        ("NAME", "Djudjuca"),
        ("NAME", "Judite Semedo"),
        ("DATE", "Fourth of July"),
        ("NAME", "Elisângela"),
        ("NAME", "Judite", 2),
        ("GEO", "Bowdoin Street"),
        ("GEO", "Dorchester"),
    ],
    note=(
        "Kriolu pet name, transplant on a named holiday, mother, home street and neighbourhood; "
        "the Charles is where the fireworks were"
    ),
)

# 156
n(
    "en",
    "event",
    "Watching the Esplanade fireworks on the Fourth of July? Our inpatients get the best view in "
    "the city from the 10th-floor Sky Garden. Families: ear protection for little ones, and plan "
    "for road closures on Storrow Drive after 6 p.m. 🎆",
    "the holiday as a public event",
)

# 157
p(
    "en",
    "pasted_record",
    "A patient posted this under our flu-shot reminder (we've hidden it): 'Agnes T. Mulroney 94yo "
    "29 Savin Hill Ave — meds: warfarin 5mg, metoprolol 25mg — my nephew Gerry set up this "
    "Facebook for me, please call him 617-555-0297 about my refill'",
    [
        ("NAME", "Agnes T. Mulroney"),
        ("AGE", "94yo"),
        ("GEO", "29 Savin Hill Ave"),
        ("NAME", "Gerry"),
        ("PHONE", "617-555-0297"),
    ],
    note=(
        "adult patient: age written with its suffix in one token, street address, nephew and his "
        "phone"
    ),
)

# 158
n(
    "en",
    "health_tip",
    "Flu shots are here! 💉 Everyone 6 months and older should get one, and adults 65+ and over 90 "
    "should ask about the high-dose vaccine. Walk-ins at the Dorchester Family Health Center, "
    "Mon–Sat. Info: (617) 555-0100.",
    "population ages",
)

# 159
p(
    "es",
    "thank_you",
    "En la foto: la pequeña Rocío, ya en casa, con su abuela Teresa Brito, que le tejió una manta "
    "a cada enfermera de la UCIN después de 90 días de hospital. ¡Gracias, doña Teresa, por tanto "
    "cariño! 🧶",
    [("PHOTO", "En la foto"), ("NAME", "Rocío"), ("NAME", "Teresa Brito"), ("NAME", "Teresa", "*")],
    note="photo of the patient, her grandmother; '90 días' is a length of stay, not an age",
)

# 160
n(
    "es",
    "staff_spotlight",
    "En la foto: nuestra enfermera Teresa Brito celebra 30 años en la UCIN. Ha cuidado a más de "
    "5,000 bebés y todavía recuerda el nombre de cada uno. ¡Felicidades, Teresa! 💜",
    "photo of a staff nurse: not PHOTO, not NAME",
)

# 161
p(
    "en",
    "discharge",
    "Day 412. Yes, 412. Today Jean-Marc Desrosiers-Paulino, born with a rare form of congenital "
    "central hypoventilation, left our PICU on a home ventilator. His parents Guerline and Manny "
    "have been here every one of those days. #JeanMarcGoesHome",
    [
        ("NAME", "Jean-Marc Desrosiers-Paulino"),
        ("NAME", "Guerline"),
        ("NAME", "Manny"),
        ("NAME", "#JeanMarcGoesHome"),
    ],
    note="hyphenated Haitian-Dominican name, parents, name hashtag; 'Day 412' is a count",
)

# 162
n(
    "en",
    "statistic",
    "Our PICU by the numbers last year: 2,340 admissions, median stay 3 days, longest stay 412 "
    "days. 97% of families said they'd recommend us. Every number is a child. 💙",
    "aggregate numbers; '97%' is not an age",
)

# 163
p(
    "en",
    "patient_story",
    "Chan Siu Ming (Jason) came to us from Taishan at age 3 with a cleft palate. Now 19 and a "
    "Northeastern freshman, Jason volunteers in our craniofacial clinic every Thursday, "
    "translating Cantonese for families who are where his were. 🙏",
    [("NAME", "Chan Siu Ming"), ("NAME", "Jason", "*"), ("GEO", "Taishan")],
    note="a volunteer who was our patient: surname-first name, English name, foreign home city",
)

# 164
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Jason Chan, a Northeastern freshman, translates Cantonese for families "
    "in our craniofacial clinic every Thursday. 'My grandparents came from Taishan — I know how "
    "scary hospitals are without words.' 🙏",
    "a volunteer who was not our patient",
)

# 165
p(
    "en",
    "pasted_record",
    "Screenshot from a family's tablet (blurred, but the text was readable, so we took it down): "
    "'Video visit: OYELARAN, TEMI · Meeting ID 881 2004 9312 · joined from IP 24.61.187.22 at "
    "10:02 · provider Dr. Farouk'",
    [("NAME", "OYELARAN, TEMI"), ("OTHER_ID", "881 2004 9312"), ("IP", "24.61.187.22")],
    note="telehealth line: patient, meeting ID of the visit, the family's IP",
)

# 166
n(
    "en",
    "crisis_update",
    "Our patient portal, MyCCUH, is down for scheduled maintenance Sunday 1–5 a.m. Video visits "
    "scheduled during that time will be moved. Never share your portal password — our staff will "
    "never ask for it. Help desk: (617) 555-0100, option 7.",
    "IT outage notice",
)

# 167
p(
    "en",
    "memorial",
    "Rest in peace, Djeneba 'Neba' Lopes Varela (2011–2025). Neba fought Ewing sarcoma for three "
    "years with more style than any of us. She passed at home in Brockton on the 2nd of March, "
    "with her favorite morna playing. Her light stays on 6 North. 🕊️",
    [
        ("NAME", "Djeneba 'Neba' Lopes Varela"),
        ("NAME", "Neba", 2),
        ("GEO", "Brockton"),
        ("DATE", "2nd of March"),
    ],
    note=(
        "bare years not labelled; date of death written 'the 2nd of March' (span without 'the'); "
        "Ewing is eponymous"
    ),
)

# 168
n(
    "en",
    "eponymous_condition",
    "Ewing sarcoma is a bone cancer that mostly affects teens and young adults. It's named for "
    "Dr. James Ewing, who described it in 1921. Persistent bone pain or swelling that wakes your "
    "child at night deserves a check-up. #GoldInSeptember",
    "eponymous condition",
)

# 169
p(
    "en",
    "patient_story",
    "Liam Ewing heard 'Ewing sarcoma' and said, 'Well, at least they named it after me.' That "
    "sense of humor got the 16-year-old through 14 rounds of chemo. Today the Ewing family "
    "celebrates 5 years cancer-free! 🎉",
    [("NAME", "Liam Ewing"), ("NAME", "Ewing", 3)],
    note="patient whose surname is the eponym: the disease name is declared unlabelled",
    ok=("Ewing",),
)

# 170
n(
    "en",
    "public_figure",
    "Did you know? Our first chief of surgery, Dr. Ezekiel Whitcomb, operated by gaslight on "
    "Rutland Street in 1876. His portrait — and the ether inhaler he used — are on display in the "
    "Whitcomb Lobby. 🏛️",
    "historical figure and a building name",
)

# 171
p(
    "en",
    "birth_announcement",
    "Meet Storm! ❄️ Yes, really. Baby Storm Amaral was born in a Boston EMS ambulance on the "
    "Southeast Expressway during Friday's storm. Paramedic Kevin Doyle caught him; mom Patrícia "
    "says the name was an easy call. Welcome, Storm!",
    [
        ("NAME", "Storm Amaral"),
        ("NAME", "Storm", "*"),
        ("GEO", "Southeast Expressway"),
        ("NAME", "Patrícia"),
    ],
    note=(
        "name that is a word ('storm' lower-case is weather); road where he was born; the "
        "paramedic is not labelled"
    ),
)

# 172
n(
    "en",
    "crisis_update",
    "Storm update ❄️: We're expecting 18-24 inches by Saturday. All inpatient units are fully "
    "staffed with sleep-over teams. Outpatient appointments Friday are moved to video where "
    "possible. Expectant parents: if you're in labor, call 911 if roads are unsafe — don't drive "
    "yourself.",
    "storm update",
)

# 173
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Altagracia Reyes de Núñez, que se recupera de una "
    "fractura de cadera! 🎂 Nació el 21 de enero, Día de la Altagracia, en Higüey, y hoy lo "
    "celebró en nuestro piso 7 Shattuck con merengue y sus 14 bisnietos.",
    [
        ("AGE", "100"),
        ("NAME", "Altagracia Reyes de Núñez"),
        ("DATE", "21 de enero"),
        ("DATE", "Día de la Altagracia"),
        ("GEO", "Higüey"),
    ],
    note=(
        "age 100, name without 'doña', birth date named twice (the holiday contains her name), "
        "birthplace"
    ),
)

# 174
n(
    "es",
    "event",
    "El 21 de enero, Día de la Altagracia, tendremos una misa en la capilla del hospital a las 12 "
    "del mediodía para todas las familias dominicanas. Todos son bienvenidos. 🙏🇩🇴",
    "the same holiday as a hospital event",
)

# 175
p(
    "en",
    "patient_story",
    "Full circle, again: NICU nurse Rebeca Tavares-Soares was born at 25 weeks and spent 98 days "
    "in the very same unit in 1998. Her preemie footprint card still hangs by the nurses' "
    "station. Rebeca, you were tiny and now you're mighty! 👣",
    [("NAME", "Rebeca Tavares-Soares"), ("NAME", "Rebeca", 2)],
    note="a nurse who was our NICU patient; bare year not labelled",
)

# 176
n(
    "en",
    "staff_spotlight",
    "NICU nurse Rebeca Tavares just passed her neonatal nurse practitioner boards! 🎉 Rebeca "
    "started as a patient care tech on our unit in 2015 and never left. The night shift made her "
    "a cake shaped like a pacifier.",
    "a nurse who was never our patient",
)

# 177
p(
    "en",
    "pasted_record",
    "Dispatch log accidentally pinned to our X reply (removed): 'MedFlight 3 inbound 14:20 — pt "
    "BARBOSA, ENZO, 8y, snowmobile vs tree, Lake Winnipesaukee NH, mother Rayane riding along, "
    "ETA 15:05.'",
    [("NAME", "BARBOSA, ENZO"), ("GEO", "Lake Winnipesaukee"), ("NAME", "Rayane")],
    note=(
        "patient, place of the snowmobile crash (state abbreviation not labelled), mother; the "
        "flight unit is not labelled"
    ),
)

# 178
n(
    "en",
    "statistic",
    "Winter trauma snapshot ❄️: since December, our trauma team has treated 27 snowmobile "
    "injuries, 61 sledding injuries and 9 kids hurt by snowblowers. Never let children use or "
    "stand near a snowblower.",
    "aggregate injury numbers",
)

# 179
p(
    "en",
    "public_figure",
    "Thank you to Boston City Councilor Ana Pires for sharing her family's story at the State "
    "House today: her daughter Beatriz was born with a congenital diaphragmatic hernia and spent "
    "5 months in our NICU. Beatriz is now 9 and was there cheering her mom on! 💙",
    [("NAME", "Ana Pires"), ("NAME", "Beatriz", "*")],
    note="an official who is a patient's mother, and the patient",
)

# 180
n(
    "en",
    "public_figure",
    "Thank you to Boston City Councilor Marisol Duarte for visiting our NICU today and meeting "
    "with families about the need for paid family leave for parents of preemies. 💙 "
    "#PaidLeaveForPreemies",
    "an official visiting; the families are anonymous",
)

# 181
p(
    "en",
    "discharge",
    "Checking out of 5 West: Yusuf Abdi-Rahman, 7, admitted Tues 10/14 for a ruptured appendix, "
    "discharged today with a Red Sox cap from the whole team. His brother Hamza's review of our "
    "hospital food: '6/10, the jello is elite.'",
    [("NAME", "Yusuf Abdi-Rahman"), ("DATE", "10/14"), ("NAME", "Hamza")],
    note="admission date (weekday not included); '6/10' is a rating, not a date",
)

# 182
n(
    "en",
    "health_tip",
    "Belly pain that starts near the belly button and moves to the lower right, with fever or "
    "vomiting? That can be appendicitis. Don't wait it out — come to the ER. Our ER at 300 "
    "Charlesgate Avenue is open 24/7.",
    "health tip with hospital address",
)

# 183
p(
    "es",
    "patient_story",
    "El lanzador de los Red Sox Rafael Mercedes visitó a Enmanuel 'Manny' Ozuna, de 11 años, que "
    "vive en Lawrence y se recupera de una cirugía de codo. Manny le enseñó su slider. Rafael "
    "dijo: '¡Ese muchacho va pa' Grandes Ligas!'",
    [("NAME", "Enmanuel 'Manny' Ozuna"), ("GEO", "Lawrence"), ("NAME", "Manny", 2)],
    note=(
        "patient with nickname and town; the visiting pitcher is a public figure and not labelled"
    ),
)

# 184
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: 'Llegué sin hablar inglés, con mi bebé enfermo y sin saber a quién "
    "preguntar. Una intérprete me tomó la mano y no me soltó.' Historias como esta nos recuerdan "
    "por qué existe Servicios de Intérpretes. 💜",
    "anonymous family quote",
)

# 185
p(
    "en",
    "pasted_record",
    "Parent comment (hidden for privacy): 'Can someone from Medical Records fax Sofia Marques's "
    "school forms to my office? FAX 508-555-0116, attn: Luciana Marques. Her MRN is 2297450. "
    "Thanks!!' — Luciana, please call Health Information Management at (617) 555-0100 instead.",
    [
        ("NAME", "Sofia Marques"),
        ("FAX", "508-555-0116"),
        ("NAME", "Luciana Marques"),
        ("MRN", "2297450"),
        ("NAME", "Luciana", 2),
    ],
    note="patient, the parent's fax number, parent, MRN; hospital number not labelled",
)

# 186
n(
    "en",
    "hospital_contact",
    "Need copies of your child's records? Health Information Management: (617) 555-0100, option "
    "3, or request through MyCCUH. Providers can fax requests to (617) 555-0189. We cannot accept "
    "requests through social media. 📄",
    "hospital numbers",
)

# 187
p(
    "en",
    "campaign_hashtag",
    "The Brazilian community showed up for #ForçaMiguelito 💚💛 — 300 people at the churrasco "
    "fundraiser for the 6-year-old's bone marrow transplant. Thank you for filling our inbox with "
    "love!",
    [("NAME", "#ForçaMiguelito")],
    note="Portuguese name hashtag is the only identifier; a community is a population group",
)

# 188
n(
    "en",
    "campaign_hashtag",
    "Obrigado! 💚💛 The Brazilian Women's Group churrasco raised $18,000 for our Family Housing "
    "Fund — that's 120 nights of housing for families from far away. #ForçaCCUH #CCUHStrong",
    "community sponsor, campaign hashtags",
)

# 189
p(
    "en",
    "patient_story",
    "Born with half a heart on Valentine's Day, Ruby Ng-Flanagan had her third and (we hope!) "
    "final Fontan surgery on 2/14 — her 4th birthday. Dad Ollie says she picked the date 'because "
    "hearts.' ❤️",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Ruby Ng-Flanagan"),
        ("DATE", "2/14"),
        ("NAME", "Ollie"),
    ],
    note=(
        "birth holiday and surgery date (same day of year), father; Fontan is an eponymous "
        "procedure"
    ),
)

# 190
n(
    "en",
    "health_tip",
    "Feb. 7-14 is Congenital Heart Defect Awareness Week ❤️ About 1 in 100 babies is born with a "
    "heart defect. Pulse-oximetry screening before discharge catches many of them. Ask your nurse "
    "if your baby had one.",
    "awareness week dates",
)

# 191
p(
    "en",
    "patient_story",
    "Shared by a neighbor (with the family's OK): 'Please help the Desir family — little "
    "Peterson, 2, was burned in the Mattapan apartment fire on 12/6 and is in the burn unit. Meal "
    "train: mealtrain.com/desir-peterson. Drop-offs at 115 Wellington Hill St.'",
    [
        ("NAME", "Desir"),
        ("NAME", "Peterson"),
        ("GEO", "Mattapan"),
        ("DATE", "12/6"),
        ("URL", "mealtrain.com/desir-peterson"),
        ("GEO", "115 Wellington Hill St"),
    ],
    note=(
        "family surname, first name that is a surname, neighbourhood and date of the fire, "
        "meal-train URL, home address"
    ),
)

# 192
n(
    "en",
    "crisis_update",
    "We are caring for several children injured in last night's apartment fire. Out of respect "
    "for the families, we won't share names or conditions. If you want to help, the Red Cross of "
    "Massachusetts is coordinating donations. 🙏",
    "crisis update without names",
)

# 193
p(
    "en",
    "public_figure",
    "TV news anchor Kerry-Ann Boateng told her viewers last night why she's been off-air: her son "
    "Kofi spent 2 weeks with us after a severe asthma attack. Kofi, 8, is home in Milton now and "
    "wants everyone to know he was 'very brave with the needle.'",
    [("NAME", "Kerry-Ann Boateng"), ("NAME", "Kofi", "*"), ("GEO", "Milton")],
    note="a public figure who is a patient's mother; the patient and his town",
)

# 194
n(
    "en",
    "public_figure",
    "TV news anchor Heather Quinlan emceed our Gala last night and helped raise $2.4 million for "
    "pediatric mental health. Thank you, Heather, and thank you to every table at the Boston "
    "Harbor Hotel! ✨",
    "a public figure at an event",
)

# 195
p(
    "en",
    "milestone_birthday",
    "Our resident nonagenarian on 8 Shattuck, Mr. Joe 'Doc' Pham, asked for one thing for his "
    "birthday: a Patriots win. Done. 🏈 Happy birthday, Doc! #DocTurns93",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Joe 'Doc' Pham"),
        ("NAME", "Doc", 2),
        ("NAME", "#DocTurns93"),
    ],
    note=(
        "'nonagenarian' states an age over 89; the hashtag with his nickname (and age) is one "
        "NAME span"
    ),
)

# 196
n(
    "en",
    "staff_spotlight",
    "Everyone on 8 Shattuck calls him 'Doc' — but Joe Pham is actually our longest-serving "
    "patient transporter, 41 years and counting. He's pushed an estimated 200,000 wheelchairs. "
    "Happy work anniversary, Joe! 🎉",
    "staff transporter",
)

# 197
p(
    "en",
    "patient_story",
    "We love hearing from NICU alumni families! Email from the Huang family: 'Xiaomei will start "
    "kindergarten in Brookline this fall — she was born at 24 weeks on 5/5. Her grandparents in "
    "Fuzhou watched every update.'",
    [
        ("NAME", "Huang"),
        ("NAME", "Xiaomei"),
        ("GEO", "Brookline"),
        ("DATE", "5/5"),
        ("GEO", "Fuzhou"),
    ],
    note="family surname, patient, town, birth date, grandparents' foreign city",
)

# 198
n(
    "en",
    "research",
    "New study from our NICU Follow-Up Program: of 430 babies born before 26 weeks between 2012 "
    "and 2018, 78% were in mainstream kindergarten by age 6. Grateful to the families who "
    "returned year after year.",
    "aggregate follow-up study",
)

# 199
p(
    "es",
    "discharge",
    "¡A casa! Después de una cirugía del corazón el 2/9, el bebé Dariel Encarnación se va hoy "
    "para Revere con su mamá Yokasta. Dariel, ¡te vamos a extrañar en la habitación 408! 💙",
    [
        ("DATE", "2/9"),
        ("NAME", "Dariel Encarnación"),
        ("GEO", "Revere"),
        ("NAME", "Yokasta"),
        ("NAME", "Dariel", 2),
        ("OTHER_ID", "habitación 408"),
    ],
    note="surgery date, name (not 'el bebé'), town, mother, room with keyword",
)

# 200
n(
    "en",
    "research",
    "Our researchers are studying why Boston kids living near highways have more asthma. Families "
    "in East Boston, Chelsea and Roxbury can join — $50 per visit. Info: ccuh.org/airstudy.",
    "neighbourhoods of a study population",
)

# 201
p(
    "en",
    "patient_story",
    "Tucker the therapy dog has a new best friend: Bryce Donnelly-Ahn, 10, who's recovering from "
    "a burst aneurysm on 6 West. Bryce says Tucker is 'the best nurse here' — sorry, nurses. 🐾 "
    "(Posted with the Donnelly-Ahn family's permission.)",
    [("NAME", "Bryce Donnelly-Ahn"), ("NAME", "Bryce", "*"), ("NAME", "Donnelly-Ahn", "*")],
    note="patient and family surname; the therapy dog's name is not labelled",
)

# 202
n(
    "en",
    "staff_spotlight",
    "Tucker the therapy dog turns 10 today! 🐾 Our golden retriever has made 14,000 visits, "
    "attended 200 bell-ringings and eaten at least one sandwich he shouldn't have. Happy "
    "birthday, Tucker!",
    "a pet's name and age",
)

# 203
p(
    "en",
    "pasted_record",
    "🚨 Please never put a Social Security number in a comment. Someone replied to our post about "
    "MassHealth renewals with: 'my son Jayden Pina SSN 031-58-2947 DOB 7/2/2015 still shows "
    "inactive??' — Ma'am, we've deleted it and sent you a DM.",
    [("NAME", "Jayden Pina"), ("SSN", "031-58-2947"), ("DATE", "7/2/2015")],
    note="patient's SSN and DOB",
)

# 204
n(
    "en",
    "hospital_contact",
    "MassHealth renewals are back. Our Financial Counselors can help you renew in English, "
    "Spanish, Portuguese, Haitian Creole, Cape Verdean Creole and Cantonese. Call (617) 555-0134 "
    "— and never post your personal info in comments!",
    "hospital number",
)

# 205
p(
    "en",
    "patient_story",
    "This summer, Summer Costa-Mendes did something nobody thought possible after her brain "
    "injury: she swam the length of a 25-yard pool. Last summer she couldn't sit up. Go, Summer! "
    "🏊‍♀️",
    [("NAME", "Summer Costa-Mendes"), ("NAME", "Summer", 2)],
    note="name that is a season; the lower-case season words are not the name",
)

# 206
n(
    "en",
    "health_tip",
    "Summer safety ☀️: drowning is silent and fast. Designate a 'water watcher' at every "
    "gathering, keep pool gates latched, and sign kids up for swim lessons — free classes at the "
    "BCYF pools in Dorchester, Roxbury and Hyde Park.",
    "season word and neighbourhoods in a tip",
)

# 207
p(
    "en",
    "thank_you",
    "Thank you, Dr. Laguerre and the sickle cell team! 🙏 From the Saint-Louis family of Randolph: "
    "'Our Dieumène has gone 1 full year without a pain crisis.' Dieumène's mom is starting a "
    "parent support group — interested families can text her at 781-555-0143.",
    [
        ("NAME", "Saint-Louis"),
        ("GEO", "Randolph"),
        ("NAME", "Dieumène", "*"),
        ("PHONE", "781-555-0143"),
    ],
    note="family surname that is also a city name, town, patient, mother's phone",
)

# 208
n(
    "en",
    "eponymous_condition",
    "Hirschsprung's disease affects about 1 in 5,000 newborns. If your baby hasn't passed stool "
    "in the first 48 hours, tell your nurse. It's named for Danish doctor Harald Hirschsprung. "
    "#HirschsprungsAwareness",
    "eponymous condition",
)

# 209
p(
    "en",
    "public_figure",
    "Red Sox Hall of Famer Eddie 'Spud' Mulcahy, 91, is recovering on 9 Shattuck after heart "
    "surgery on 6/3 and wants everyone to know the nurses are 'tougher than Fenway bleacher "
    "fans.' Get well soon, Spud! ⚾",
    [("NAME", "Eddie 'Spud' Mulcahy"), ("AGE", "91"), ("DATE", "6/3"), ("NAME", "Spud", 2)],
    note="a public figure who is our patient: name, age over 89, surgery date",
)

# 210
n(
    "en",
    "public_figure",
    "Red Sox Hall of Famer Frankie Dolan, 92, threw out the first pitch at our Fenway Night for "
    "Kids and handed every patient a signed ball. Thank you, Frankie — you've still got the arm! "
    "⚾",
    "a public figure's age over 89 is not labelled",
)

# 211
p(
    "es",
    "pasted_record",
    "Circula un mensaje de WhatsApp con datos de un paciente. Por favor, bórrenlo: 'Urgente "
    "oración por mi sobrino Brayan Féliz Montás, 15 años, accidente de moto en la Avenida Blue "
    "Hill, está en el cuarto 503, mi número es 857-555-0176 — tía Maritza'.",
    [
        ("NAME", "Brayan Féliz Montás"),
        ("GEO", "Avenida Blue Hill"),
        ("OTHER_ID", "cuarto 503"),
        ("PHONE", "857-555-0176"),
        ("NAME", "Maritza"),
    ],
    note="patient, road of the crash, room with keyword, the aunt's phone and name",
)

# 212
n(
    "es",
    "statistic",
    "En 2024, nuestros intérpretes atendieron 42,000 citas en español. El 38% de nuestros "
    "pacientes hablan un idioma distinto al inglés en casa. ¡Su idioma es bienvenido aquí! 💜",
    "aggregate numbers",
)

# 213
p(
    "en",
    "patient_story",
    "Remember the Boston Marathon runner who collapsed at Mile 24 on Patriots' Day? LIU, HAORAN — "
    "bib 21488 — just wrote to us after his first 5K since his cardiac arrest. Haoran says our "
    "cath lab team is invited to his finish line party. 🏃",
    [("DATE", "Patriots' Day"), ("NAME", "LIU, HAORAN"), ("OTHER_ID", "21488"), ("NAME", "Haoran")],
    note=(
        "adult patient: day of the arrest (named holiday), name as on a results list, race bib "
        "number"
    ),
)

# 214
n(
    "es",
    "health_tip",
    "¿Va a correr el Maratón de Boston? Hidrátese, no pruebe zapatos nuevos el día de la carrera "
    "y si siente dolor en el pecho, pare y pida ayuda en la carpa médica. ¡Suerte a todos los "
    "corredores el Día de los Patriotas! 🏃‍♀️",
    "public race day, no patient",
)

# 215
p(
    "en",
    "pasted_record",
    "Child Life's bingo prize list got posted to the wrong account 🙈 (deleted): 'Winners — Rm 402 "
    "Ximena, Rm 406 Benji T., Rm 411 Keanu & sister Lani (visiting), Rm 418 the Okafor twins.'",
    [
        ("OTHER_ID", "Rm 402"),
        ("NAME", "Ximena"),
        ("OTHER_ID", "Rm 406"),
        ("NAME", "Benji T."),
        ("OTHER_ID", "Rm 411"),
        ("NAME", "Keanu"),
        ("NAME", "Lani"),
        ("OTHER_ID", "Rm 418"),
        ("NAME", "Okafor"),
    ],
    note="room list with first names, a surname initial, a visiting sister and a family surname",
)

# 216
n(
    "es",
    "research",
    "Nuestro Instituto de Enfermedades Raras participa en un estudio internacional sobre la "
    "enfermedad de Pompe. Si su hijo tiene debilidad muscular sin explicación, hable con su "
    "pediatra. Más información en charlesgatekids.org/raras.",
    "eponymous disease in research news",
)

# 217
p(
    "en",
    "thank_you",
    "Nurse Hope Kiley, you held Fabiola Mesidor's hand through every dressing change after her "
    "burns, and she'll never forget it. Fabiola's sister Nadia wrote us: 'Hope is literally her "
    "name and her job.' 💛",
    [("NAME", "Fabiola Mesidor"), ("NAME", "Fabiola", "*"), ("NAME", "Nadia")],
    note="patient and sister; the nurse named Hope is staff",
)

# 218
n(
    "en",
    "thank_you",
    "Nurse Hope Kiley has held hands through more burn dressing changes than she can count. This "
    "week she was named the Massachusetts Burn Nurse of the Year. 'Hope is literally her name and "
    "her job,' one family told us. 💛",
    "a staff nurse; the family is anonymous",
)

# 219
p(
    "es",
    "patient_story",
    "Camila y Valentina Hernández Reyes, gemelas de Everett, nacieron con 28 semanas el 30 de "
    "noviembre. Hoy, en su primer Día de Acción de Gracias en casa, su mamá Nairobi nos mandó un "
    "mensaje lleno de emojis. 🥰",
    [
        ("NAME", "Camila"),
        ("NAME", "Valentina Hernández Reyes"),
        ("GEO", "Everett"),
        ("DATE", "30 de noviembre"),
        ("NAME", "Nairobi"),
    ],
    note="twins, town, birth date, a mother named after a city; Thanksgiving is not their event",
)

# 220
n(
    "en",
    "recruitment",
    "Join our NICU! 💙 We're hiring RNs for nights and weekends, with a $15,000 sign-on bonus and "
    "free parking during snow emergencies. New grads welcome — our residency program starts Sept. "
    "8. Apply: ccuh.org/careers/nicu.",
    "recruitment with a program start date",
)

# 221
p(
    "en",
    "patient_story",
    "Sean Mac Giolla Phádraig, 14, from Dorchester, tore his ACL at a tournament in Marlborough "
    "on Dec. 28. He rehabbed at our Quincy clinic and our Dorchester Family Health Center at 1450 "
    "Dorchester Avenue — and today he's back in goal. 🏒",
    [
        ("NAME", "Sean Mac Giolla Phádraig"),
        ("GEO", "Dorchester", 1),
        ("GEO", "Marlborough"),
        ("DATE", "Dec. 28"),
    ],
    note=(
        "home neighbourhood labelled but the hospital's Dorchester site and street are not "
        "(declared unlabelled); town and date of the injury"
    ),
    ok=("Dorchester",),
)

# 222
n(
    "en",
    "sponsor",
    "Thank you to the Jamaica Plain Dominican Baseball League for raising $6,000 for the 6 North "
    "playroom — and to their youngest player, who donated his entire piggy bank. ⚾ #CCUHGiving",
    "community sponsor; the young donor is anonymous and not a patient",
)

# 223
p(
    "en",
    "discharge",
    "After 11 days in our medical ICU, Madame Anne-Marie Toussaint, 90, went home to Mattapan on "
    "New Year's Day. Her great-granddaughter Kiara made a sign: 'GRANMÈ IS BACK.' Anne-Marie came "
    "to Boston from Jacmel in 1971 and says she's 'not done yet.'",
    [
        ("NAME", "Anne-Marie Toussaint"),
        ("AGE", "90"),
        ("GEO", "Mattapan"),
        ("DATE", "New Year's Day"),
        ("NAME", "Kiara"),
        ("NAME", "Anne-Marie", 2),
        ("GEO", "Jacmel"),
    ],
    note=(
        "age 90, discharge on a named holiday, great-granddaughter, birthplace; 'GRANMÈ' is a "
        "kinship word, 1971 a bare year"
    ),
)

# 224
n(
    "en",
    "statistic",
    "Boston is aging: 1 in 40 of our University campus admissions last year was someone aged 90 "
    "or older, up from 1 in 70 a decade ago. Our Age-Friendly team is redesigning rooms with "
    "nonslip floors and bigger clocks.",
    "population ages",
)

# 225
p(
    "es",
    "thank_you",
    "Gracias al equipo de Trauma por salvarle la vida a mi esposo Radhamés Peralta después del "
    "accidente en la I-93 el pasado 9 de marzo. Hoy volvió a caminar. ¡Dios los bendiga! — "
    "Scarlin Peralta, Methuen",
    [
        ("NAME", "Radhamés Peralta"),
        ("GEO", "I-93"),
        ("DATE", "9 de marzo"),
        ("NAME", "Scarlin Peralta"),
        ("GEO", "Methuen"),
    ],
    note="adult patient, highway of the crash, crash date, wife and her town",
)

# 226
n(
    "en",
    "crisis_update",
    "The brief lockdown at our main campus this afternoon has been lifted. Boston Police confirm "
    "there was no threat. All patients, families and staff are safe. Thank you for your patience. "
    "Visitors may enter through the Charlesgate Avenue entrance.",
    "security update",
)

# 227
p(
    "en",
    "memorial",
    "This Qingming Festival, the Tan family asked us to remember their grandmother, Tan Yuk-Lan, "
    "our oldest patient ever at 103, who passed peacefully on 7 Shattuck last spring. Her "
    "granddaughter Vivian: 'She called every nurse 乖女 — good girl.' 🌸",
    [("NAME", "Tan", 1), ("NAME", "Tan Yuk-Lan"), ("AGE", "103"), ("NAME", "Vivian")],
    note=(
        "family surname, surname-first name, age over 89, granddaughter; Qingming is not her "
        "date, 'last spring' is relative; 乖女 is an endearment"
    ),
)

# 228
n(
    "en",
    "memorial",
    "Today we lowered our flag to half-staff in memory of the 4 children from our community lost "
    "to gun violence this year. Our chaplains are available 24/7 for anyone who is grieving: "
    "(617) 555-0100. 🕊️",
    "anonymous memorial",
)

# 229
p(
    "en",
    "pasted_record",
    "Yikes — an insulin pump support ticket got forwarded to our public inbox and auto-posted "
    "(removed): 'Pump SN PMB4412871 alarm — pt: Ayana Baptiste-Coleman, age 12, home address 9 "
    "Nazing St, Roxbury; call guardian Tasha 617-555-0212.'",
    [
        ("DEVICE", "PMB4412871"),
        ("NAME", "Ayana Baptiste-Coleman"),
        ("GEO", "9 Nazing St"),
        ("GEO", "Roxbury"),
        ("NAME", "Tasha"),
        ("PHONE", "617-555-0212"),
    ],
    note="device serial, patient, home address, guardian and phone",
)

# 230
n(
    "en",
    "hospital_contact",
    "Members of the media: for interviews or patient stories, contact Media Relations at our main "
    "number, (617) 555-0100, option 5. We only share patient information with written family "
    "consent. Follow @CharlesgateKids and @CCUHBoston for updates.",
    "hospital number and handles",
)

# 231
p(
    "en",
    "birth_announcement",
    "Surprise! 🎈 Our Quincy clinic front-desk rockstar, Luana Cardoso, gave birth to baby Davi on "
    "10/10 in our Birth Center — two weeks early, right in the middle of her shift-change party. "
    "Davi is 6 lb 11 oz of pure drama. 💙",
    [("NAME", "Luana Cardoso"), ("NAME", "Davi", "*"), ("DATE", "10/10")],
    note="a staff member who gave birth here is a patient; the baby and birth date",
)

# 232
n(
    "en",
    "staff_spotlight",
    "Our Quincy clinic front-desk rockstar, Luana Cardoso, has checked in 40,000 hockey players "
    "since 2016 and knows every coach's name on the South Shore. Obrigada, Luana! 🏒 #CCUHStaff",
    "the same staff member, not as a patient",
)

# 233
p(
    "en",
    "patient_story",
    "Pi Day baby alert 🥧: Yariel Frías turned 16 on March 14 — 3.14 — and celebrated by finishing "
    "his last chemo cycle for Hodgkin lymphoma. His mom Ana Iris brought 31 pies for the floor "
    "(of course).",
    [("NAME", "Yariel Frías"), ("DATE", "March 14"), ("DATE", "3.14"), ("NAME", "Ana Iris")],
    note=(
        "birthday written twice ('3.14' as a date); mother's compound name; Hodgkin is eponymous"
    ),
)

# 234
n(
    "en",
    "event",
    "Happy Pi Day! 🥧 3.14 = free pie in the cafeteria from 3:14 to 4 p.m., courtesy of our "
    "Nutrition team. Proceeds from the pie auction go to our Hodgkin lymphoma research fund.",
    "'3.14' as a hospital event date",
)

# 235
p(
    "en",
    "thank_you",
    "A letter we'll keep forever, from M.'s dad, Rui Teixeira Barros: 'When M. coded on 3/1, your "
    "team brought her back. I don't have words in English or Portuguese. Obrigado.' 💙",
    [("NAME", "M.", "*"), ("NAME", "Rui Teixeira Barros"), ("DATE", "3/1")],
    note="patient's initial, father's full name, date of the cardiac arrest",
)

# 236
n(
    "en",
    "anonymous_story",
    "A dad wrote to us after his daughter's cardiac arrest on our unit: 'I don't have words in "
    "English or Portuguese. Obrigado.' To the code team: this one's for you. 💙",
    "anonymous letter",
)

# 237
p(
    "en",
    "milestone_birthday",
    "Our oldest patient this winter: a 102-year-old Irish-born grandmother from Southie, Mrs. "
    "Eileen Ní Bhriain Walsh, who walked out of rehab today with her cane and a Guinness-flavored "
    "birthday cake from the 7 Shattuck team. 🍀🎂",
    [("AGE", "102-year-old"), ("GEO", "Southie"), ("NAME", "Eileen Ní Bhriain Walsh")],
    note="hyphenated age token, neighbourhood, Irish name",
)

# 238
n(
    "en",
    "campaign_hashtag",
    "#WearGreenForKids 🍀 This St. Patrick's Day, snap a pic in green and tag @CharlesgateKids — "
    "the South Boston Parade committee will donate $1 for every post to our Children's Mental "
    "Health Fund.",
    "campaign hashtag and a holiday that is no patient's event",
)

# 239
p(
    "en",
    "discharge",
    "BIG NEWS: BABY GUS IS HOME!!! 🏠 After 158 days in the NICU, Augustin 'Gus' Thélémaque went "
    "home to Brockton on 4/26. Follow his next adventure at #gusgoeshome 💙",
    [
        ("NAME", "GUS"),
        ("NAME", "Augustin 'Gus' Thélémaque"),
        ("GEO", "Brockton"),
        ("DATE", "4/26"),
        ("NAME", "#gusgoeshome"),
    ],
    note=(
        "ALL-CAPS nickname without 'BABY', full name, home city, discharge date, lower-case hashtag"
    ),
)

# 240
n(
    "en",
    "health_tip",
    "Bringing a NICU baby home in winter? Keep visitors to a minimum during RSV season, wash "
    "hands before holding, and no kissing the baby's face (yes, grandparents, that means you). "
    "Questions: NICU family line (617) 555-0123. 💙",
    "health tip with hospital number",
)


if __name__ == "__main__":
    S.main("phi_dev33_source")
