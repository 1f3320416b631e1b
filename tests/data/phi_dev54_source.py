"""Blind development set d54 for the PHI scanner: tests/data/phi_dev54.jsonl.

Organisation: High Desert Regional Health (phi_dev54_org.json): campuses in
Albuquerque (4100 Tramway Boulevard NE), Santa Fe (850 Cerrillos Road) and Española
(310 Paseo de Oñate); phones (505) 555-0100 / -0123 / -0147 / -0160 / -0182 / -0195;
domains hdrhealth.org and hdrfoundation.org; handles @HighDesertHealth, @HDRSantaFe,
@HDRFoundation.
Focus: northern New Mexico: Hispano families with old Spanish names and nicknames
(Chebo, Chayo, Nacho, Lalo, Cuca, Güero, Nati...), Pueblo and Navajo (Diné) families,
Balloon Fiesta accidents, lowriders, Los Alamos lab workers and retirees, curanderas,
matachines, feast days, Zozobra.
Hard cases: names that are words or places (Mesa, Storm, Sky, Brook, Cielo, Socorro,
Belén, Paz, Luz, Abril, Cruz, Crystal as a town, Cuba and Madrid as NM towns, Córdova
as both a town and a surname); lower-case and chart-style names; names only in
hashtags; feast days and holidays that are the patient's day next to feast days that
are only events; ages over 89 in digits, words, ordinals and chart shorthand next to
volunteers aged 91/93 and population ages; family phones in the hospital's own
555-01xx range; badge, encounter, portal, plan and device numbers; staff, volunteers
and public figures who are patients next to those who are not; the hospital's own
street (Cerrillos Road) as a patient's crash road.
Language mix: 240 posts, 150 English and 90 Spanish; 120 patient-specific, 120 not
(English 75/75, Spanish 45/45).
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer is not labelled (Los Alamos lab, a school bus route, a bus
  company); an employee badge number of a patient ("badge Z-118842") is OTHER_ID, as
  "any other unique identifying number".
- Staff, volunteers and public figures are labelled when the post says they are (or
  were) our patient; in their own role they are not (a volunteer of 91 or 93 is not
  AGE, a coach or governor is not NAME).
- A feast day, holiday or named festival night is DATE when the patient's event
  happened on it; the span is the day's name ("San Lorenzo" in "feast of San
  Lorenzo", "San Isidro" in "fiesta de San Isidro", "Zozobra" in "Zozobra night",
  "Día de la Virgen de Guadalupe", "día de la Asunción", "Memorial Day"). A
  recurring tradition ("every Christmas"), a feast the event was only near ("a un
  día de la fiesta de San Lorenzo") and festivals in an event's name ("Fiestas de Las
  Vegas") are not labelled.
- Age decade bands ("in her 90s", "noventa y tantos años") are already the Safe
  Harbor "90 or older" aggregate and are not AGE; exact ages in digits, words and
  ordinals and "centenaria" are. Chart shorthand is labelled as its whole token
  ("92yo"), since the span must be a whole word.
- The place where a patient was injured (crash road, field, monument) is GEO like a
  crash road; a pueblo or Navajo chapter the patient or family lives in is GEO.
  Tribal affiliation (Navajo, Diné, Tewa), the Navajo Nation as a whole, states,
  event venues, churches, care facilities a patient is sent to and responding
  agencies are not GEO. Santa Fe and Española are GEO only when they are a
  patient's home, never when they name our campus.
- A day of the month alone is DATE: English "12th", "9th"; Spanish "el día 14" ->
  "día 14" (without the article).
- Dates of a patient's own personal events (the wedding he walked his daughter at,
  the day his wired jaw is to be released) are DATE.
- Neighbours and friends are not relatives or household: not labelled.
- Names of lowrider cars and pets are not labelled; licence plates are VEHICLE.
- A masked SSN that still shows digits ("***-**-4471") is SSN as written; an
  insurance group number (shared by a whole employer group) is not labelled, the
  member ID is HEALTH_PLAN.
- A relative's social handle and a patient portal user name are OTHER_ID.
- Named research participants are labelled as patients.
- A photo of an object (an insurance card) or a photo on an ofrenda (not attached to
  the post) is not PHOTO.
- Bare years are never labelled, even in a life span "(1941-2025)".
- Anonymous crisis updates carry no crash location, so they stay not
  patient-specific.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev54.jsonl"), os.path.join(HERE, "phi_dev54_org.json"), "d54")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Amado Lucero 🎈 — a Balloon Fiesta crew chief for 22 years, until a hard landing in a Corrales alfalfa field on Oct. 8 broke his pelvis. Eleven weeks later he walked out of our rehab gym on his own. Amado says he'll be back on the chase crew next fall (his wife Prudencia says we'll see 😂). #BalloonFiesta #RehabWorks",
    [
        ("NAME", "Amado Lucero"),
        ("GEO", "Corrales"),
        ("DATE", "Oct. 8"),
        ("NAME", "Amado", 2),
        ("NAME", "Prudencia"),
    ],
    note="Patient named twice; Corrales is where he was injured; Oct. 8 injury date; wife Prudencia is a relative. 'next fall' is a season, #BalloonFiesta an event tag.",
)

# 2
n(
    "en",
    "staff_spotlight",
    'Staff spotlight ✨ Respiratory therapist Dolores "Lola" Archuleta has worked nights on our Santa Fe campus since the Cerro Grande fire. She makes the best green chile stew on 5 North and has trained half our RTs. Thank you, Lola! #HDRProud',
    "Staff member with nickname; Cerro Grande fire is a historical event; 5 North is a unit.",
)

# 3
p(
    "en",
    "birth_announcement",
    "First baby of the Balloon Fiesta week! 🎈👶 Little Mesa Yazzie-Benally arrived 10/4 at 6:12 a.m., 7 lb 2 oz, while mom Krystal watched the Dawn Patrol glow from our L&D window. Welcome, Mesa!",
    [
        ("NAME", "Mesa Yazzie-Benally"),
        ("DATE", "10/4"),
        ("NAME", "Krystal"),
        ("NAME", "Mesa", 2),
    ],
    note="Newborn whose name is a word; birth date 10/4; mother's name. Dawn Patrol is a fiesta event.",
)

# 4
n(
    "en",
    "event",
    "Mass Ascension is Saturday, Oct. 5 — our first-aid tent is at the north end of Balloon Fiesta Park from 5:30 a.m. Stop by for sunscreen, water and a free BP check. Questions? (505) 555-0100. #BalloonFiesta",
    "Event date and venue; hospital's main number.",
)

# 5
p(
    "en",
    "memorial",
    'We lost a legend. Eusebio "Chebo" Montoya, lowrider builder from Chimayó, passed peacefully in our ICU on Jan. 14 with his grandkids around him and the radio playing oldies. His \'64 Impala, La Tortuga, led the procession to the santuario. Descansa, Chebo. 🕊️',
    [
        ("NAME", 'Eusebio "Chebo" Montoya'),
        ("GEO", "Chimayó"),
        ("DATE", "Jan. 14"),
        ("NAME", "Chebo", 2),
    ],
    note="Deceased patient with nickname, home village and death date. The car's name La Tortuga is not an identifier.",
)

# 6
n(
    "en",
    "health_tip",
    "Why do so many families in northern New Mexico hear the words 'cerebral cavernous malformation'? A single founder mutation, CCM1, traces back centuries to early Spanish colonial families. Our neurology clinic offers genetic counseling in English and Spanish: (505) 555-0123.",
    "Population genetics; hospital number.",
)

# 7
p(
    "en",
    "pasted_record",
    "oops wrong window 😬 ignore — 'ADM 09/30 TRUJILLO, ANSELMO R  DOB 02/11/1958  MRN HD-0448172  rm 6W-14  dx: fx L tibia (balloon basket landing)'",
    [
        ("DATE", "09/30"),
        ("NAME", "TRUJILLO, ANSELMO R"),
        ("DATE", "02/11/1958"),
        ("MRN", "HD-0448172"),
        ("OTHER_ID", "rm 6W-14"),
    ],
    note="Pasted admission line: admission date, chart-style name, DOB, MRN, room with keyword.",
)

# 8
n(
    "en",
    "public_figure",
    "Honored to host the Isotopes today ⚾🌵 Outfielder Danny Ocampo signed casts, played lotería with our peds unit, and Orbit the mascot danced with every nurse on 3 East.",
    "Visiting athlete and mascot; no patient named.",
)

# 9
p(
    "en",
    "thank_you",
    "To the Begay family of Crownpoint: thank you for the mutton stew, the fry bread and the beautiful Two Grey Hills rug you left at the nurses' station after Grandma Lorraine went home. Ahéhee' from all of us on 4 North 💙",
    [
        ("NAME", "Begay"),
        ("GEO", "Crownpoint"),
        ("NAME", "Lorraine"),
    ],
    note="Patient's family surname, their chapter, patient's first name. Two Grey Hills is a rug style, not the family's home.",
)

# 10
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our night nurse she had ridden a burro to school in the mountains. Tonight she asked for atole and a rosary, and the whole unit found both. These are the moments. 💛",
    "Anonymous; 'in her 90s' is the aggregate band, not an exact age.",
)

# 11
p(
    "en",
    "milestone_birthday",
    "Feliz cumpleaños to our favorite dialysis regular, Mr. Salomón Gurulé, who turned 96 on Sunday! He brought bizcochitos for the whole chair row and told us the secret is lard, not butter. 🎂",
    [
        ("NAME", "Salomón Gurulé"),
        ("AGE", "96"),
    ],
    note="Named patient aged 96; Sunday is a weekday, not labelled.",
)

# 12
n(
    "en",
    "recruitment",
    "We're hiring RNs for our Española clinic! Sign-on bonus, loan repayment, and a commute past the Rio Grande every morning. Apply at hdrhealth.org/careers or call (505) 555-0147. #NursingJobs #NorteNurses",
    "Recruitment; hospital site, domain and phone.",
)

# 13
p(
    "en",
    "discharge",
    "rusty is going HOME!!! 🎉 after 6 weeks in the burn unit (lowrider hydraulic fire, long story) our boy Rusty Maestas rang the bell today. his mom Yolanda asked us to post this so his primos in Peñasco can see. #RustyStrong",
    [
        ("NAME", "rusty"),
        ("NAME", "Rusty Maestas"),
        ("NAME", "Yolanda"),
        ("GEO", "Peñasco"),
        ("NAME", "#RustyStrong"),
    ],
    note="Lower-case and full name of the patient, mother's name, family's village, name hashtag.",
)

# 14
n(
    "en",
    "crisis_update",
    "ALERT: Due to the Hermits Peak area smoke, our Las Vegas-area outreach clinic is closed through Friday. Patients with appointments will be called. Nurse advice line: (505) 555-0160. Stay inside, keep windows shut, N95s available at our Santa Fe main entrance.",
    "Closure notice; places are the fire and our own clinic.",
)

# 15
p(
    "en",
    "patient_story",
    "Dusty Tso drove 3 hrs from Shiprock with a wasp sting swelling his whole arm (he's allergic, and he knew it 🙃). 2 EpiPens later he's fine and wants everyone to know: carry yours. Thanks Dusty for letting us share!",
    [
        ("NAME", "Dusty Tso"),
        ("GEO", "Shiprock"),
        ("NAME", "Dusty", 2),
    ],
    note="Named patient (name is a word) and his home chapter.",
)

# 16
n(
    "en",
    "health_tip",
    "Hantavirus season tip: before you sweep out the shed or the horno, open doors for 30 minutes and spray mouse droppings with a bleach mix (1 part bleach to 10 parts water). Don't sweep dry. Fever + aches + shortness of breath after cleaning? Call us: (505) 555-0160.",
    "General tip; hospital nurse line.",
)

# 17
p(
    "en",
    "staff_spotlight",
    "Some of you know our own housekeeping lead, Cipriano Vigil, spent last month on the other side of the bed after his bypass. Cip, 5 East missed your whistling. Welcome back to work Monday! 🧹💪",
    [
        ("NAME", "Cipriano Vigil"),
        ("NAME", "Cip"),
    ],
    note="A staff member who was our patient (bypass): his name and nickname are a patient's. 'last month' is relative.",
)

# 18
n(
    "en",
    "public_figure",
    "Throwback: in 1943 Robert Oppenheimer's Los Alamos team relied on a tiny Santa Fe office at 109 East Palace for everything, including medical referrals to our predecessor hospital. History month display is up in the Albuquerque lobby through March 31.",
    "Historical figure and historical address; display end date is an event date.",
)

# 19
p(
    "en",
    "pasted_record",
    "Shift handoff (posted to the wrong group, sorry!!): 'pt gallegos, fidel — 93 yo M — bed 2 — LANL retiree, badge Z-118842 still on lanyard — fall at home 12th, CT neg'",
    [
        ("NAME", "gallegos, fidel"),
        ("AGE", "93"),
        ("OTHER_ID", "bed 2"),
        ("OTHER_ID", "Z-118842"),
        ("DATE", "12th"),
    ],
    note="Lower-case chart name, age 93, bed, lab badge number (employer LANL not labelled), day of the fall.",
)

# 20
n(
    "en",
    "sponsor",
    "Huge thanks to Sandia Lowrider Club and Big Jim's Chile Roasters for sponsoring Saturday's car show & vaccine clinic in our Española parking lot. 41 flu shots and the best-looking '59 Bel Air in the valley. 🚗💉",
    "Sponsors and an event at our own lot.",
)

# 21
p(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. For Graciela Tapia, 91, it's every month: her granddaughter Nicole Tapia reads to her in Tewa every afternoon at our Santa Fe memory care. 'She still corrects my grammar,' Nicole laughs. 💜",
    [
        ("NAME", "Graciela Tapia"),
        ("AGE", "91"),
        ("NAME", "Nicole Tapia"),
        ("NAME", "Nicole", 2),
    ],
    note="Patient, her age 91, granddaughter. Alzheimer's is an eponym; June is the awareness month.",
)

# 22
n(
    "en",
    "eponymous_condition",
    "Parkinson's doesn't stop Rock Steady Boxing! Classes with coach Marcus Armijo, Tues & Thurs 10 a.m., Albuquerque wellness center. Free for anyone with a Parkinson's diagnosis. #RockSteady",
    "Eponym and a coach; no patient.",
)

# 23
p(
    "en",
    "campaign_hashtag",
    "The whole pueblo showed up in orange for #TeamTeofilo this weekend 🧡 Cornhole, posole and a bake sale raised $4,300 for his family's travel costs while he's in treatment with us. Keep the prayers coming. #HDRStrong",
    [
        ("NAME", "#TeamTeofilo"),
    ],
    note="The patient is named only in the hashtag; #HDRStrong is a campaign tag.",
)

# 24
n(
    "en",
    "campaign_hashtag",
    "Join #HDRStrong and #CuidaTuCorazon this February: wear red Friday, post a selfie, tag @HighDesertHealth and we'll donate $1 per photo to our cardiac rehab scholarship. ❤️",
    "Campaign hashtags and our handle.",
)

# 25
p(
    "en",
    "birth_announcement",
    "TWINS on the feast of San Lorenzo! 🎉 Lorenzo and Clara Romero were born Aug. 10 — the same day their great-grandpa danced with the matachines 60 years ago. Mom Jessica and dad Ray are over the moon. #FeastDayBabies",
    [
        ("DATE", "San Lorenzo"),
        ("NAME", "Lorenzo", 2),
        ("NAME", "Clara Romero"),
        ("DATE", "Aug. 10"),
        ("NAME", "Jessica"),
        ("NAME", "Ray"),
    ],
    note="Born on the feast of San Lorenzo = Aug. 10: both date forms; twin named like the feast; parents.",
)

# 26
n(
    "en",
    "statistic",
    "2024 by the numbers at High Desert Regional Health: 3,912 babies, 61,400 ER visits, 214 balloon-related injuries during Fiesta week (mostly ankles!), and 1 very patient helicopter crew. Thank you, New Mexico.",
    "Aggregate statistics.",
)

# 27
p(
    "en",
    "hospital_contact",
    "Family of Bernadette Chávez — please call the 4 North charge nurse at (505) 555-0100 ext. 4410; we have her glasses and rosary. We tried the number on file, (505) 555-0237, and it's disconnected.",
    [
        ("NAME", "Bernadette Chávez"),
        ("PHONE", "(505) 555-0237"),
    ],
    note="Patient named; family number on file. (505) 555-0100 is ours.",
)

# 28
n(
    "en",
    "hospital_contact",
    "Where to go 📍 Albuquerque: 4100 Tramway Boulevard NE · Santa Fe: 850 Cerrillos Road · Española: 310 Paseo de Oñate. Main line (505) 555-0100, billing (505) 555-0182. DM @HighDesertHealth for anything else.",
    "Our own addresses, numbers and handle.",
)

# 29
p(
    "en",
    "thank_you",
    "Shoutout to Officer Leandro Baca, who we cared for after a crash on I-25 near La Bajada on Christmas Eve. He sent the unit 3 dozen biscochitos and a card that made our charge nurse cry. Stay safe out there, Leandro 👮‍♂️",
    [
        ("NAME", "Leandro Baca"),
        ("GEO", "I-25"),
        ("GEO", "La Bajada"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Leandro", 2),
    ],
    note="Police officer who was our patient: name, road and place of his crash, crash on Christmas Eve.",
)

# 30
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Yolanda Naranjo, our first Santa Clara Pueblo–born trauma surgeon 🩺 She grew up fishing the Rio Grande below Española, trained at UNM and Johns Hopkins, and still judges the pie contest at the Santa Clara feast every Aug. 12.",
    "Staff member's own background; feast date is an event.",
)

# 31
p(
    "en",
    "memorial",
    'Every Día de los Muertos our Española team builds an ofrenda. This year it holds a photo of Abrán "Bronco" Olguín, who taught half of us to two-step and died here on 3/2 after 40 years of dialysis visits. We miss you, Bronco. 🌼',
    [
        ("NAME", 'Abrán "Bronco" Olguín'),
        ("DATE", "3/2"),
        ("NAME", "Bronco", 2),
    ],
    note="Deceased patient and death date. The photo is on the ofrenda, not attached: no PHOTO. Día de los Muertos is not his date.",
)

# 32
n(
    "en",
    "research",
    "New from our Los Alamos–Española partnership: a study of 1,200 lab retirees found no excess thyroid disease vs. matched controls. Full paper in the Journal of Rural Health; lay summary at hdrhealth.org/research.",
    "Aggregate research result.",
)

# 33
p(
    "en",
    "milestone_birthday",
    'ONE HUNDRED AND ONE 🎉🎉 Mrs. Refugio "Cuca" Sisneros of Belen celebrated her 101ST birthday in our Sandia rehab unit — mariachi, tres leches and a video call with her 14 great-grandkids. Cuca says the trick is a spoon of red chile every morning.',
    [
        ("AGE", "ONE HUNDRED AND ONE"),
        ("NAME", 'Refugio "Cuca" Sisneros'),
        ("GEO", "Belen"),
        ("AGE", "101ST"),
        ("NAME", "Cuca", 2),
    ],
    note="Age in capital words and ordinal, name with nickname, home town. Sandia rehab is our unit; the video call is not an attached video.",
)

# 34
n(
    "en",
    "anonymous_story",
    "Last night a man walked into our ED carrying his dad, still in his matachines headdress after the feast day dances. Dad is okay — dehydrated, 80-something and stubborn. Drink water, dancers! 💧",
    "Anonymous; no date, place or age over 89.",
)

# 35
p(
    "en",
    "discharge",
    "After 112 days in our NICU, baby Cielo is heading home to Tohatchi!! ☁️💙 Her parents, Shandiin and Marcus Etsitty, made the 4-hour round trip every weekend. Cielo, the sky's the limit.",
    [
        ("NAME", "Cielo", "*"),
        ("GEO", "Tohatchi"),
        ("NAME", "Shandiin"),
        ("NAME", "Marcus Etsitty"),
    ],
    note="Baby's name (a word), home chapter, parents.",
)

# 36
n(
    "en",
    "event",
    "Farolito walk for organ donor families: Dec. 24, 5 p.m., Canyon Road. Luminarias lit in memory of every donor since 1990. Hosted by New Mexico Donor Services and the HDR chaplaincy. 🕯️",
    "Event date and venue.",
)

# 37
p(
    "en",
    "patient_story",
    '"I thought I was too tough for a curandera OR a cardiologist." — Tomás Valdez, 67, of Mora, who finally came in after three days of chest pain. Today he has two stents and a new deal with his wife Lupe: she gets to make his appointments. ❤️',
    [
        ("NAME", "Tomás Valdez"),
        ("GEO", "Mora"),
        ("NAME", "Lupe"),
    ],
    note="Patient, his town, his wife. Age 67 is not labelled.",
)

# 38
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke. Drooping face + arm weakness or slurred speech = call 911. Facial droop alone after a cold? Still get checked within 72 hrs — steroids work best early. #BEFAST",
    "Eponym and a national line.",
)

# 39
p(
    "en",
    "public_figure",
    "Grateful to former state senator Eloy Manzanares, who asked us to share that he is recovering at our Albuquerque campus after a mild stroke on Nov. 2, and wants every viejito in Rio Arriba County to know the signs. Get well, Senator!",
    [
        ("NAME", "Eloy Manzanares"),
        ("DATE", "Nov. 2"),
    ],
    note="Public figure who is our patient: name and stroke date. Rio Arriba County is his audience, not his home.",
)

# 40
n(
    "en",
    "public_figure",
    "Lobos women's coach Tamara Blevins and guard Aaliyah Redhouse visited our pediatric floor today 🐺 Thank you for the signed jerseys and the free-throw contest!",
    "Visiting coach and athlete.",
)

# 41
p(
    "en",
    "pasted_record",
    "From our family liaison's notes (shared with permission for #PatientExperienceWeek): 'Spoke w/ daughter Marisol Quintana 505-555-0291 re: dad's d/c to Casa Real. Prefers email: mquintana.abq@gmail.com. Pt Rodolfo Quintana, acct 77-30419.'",
    [
        ("NAME", "Marisol Quintana"),
        ("PHONE", "505-555-0291"),
        ("EMAIL", "mquintana.abq@gmail.com"),
        ("NAME", "Rodolfo Quintana"),
        ("ACCOUNT", "77-30419"),
    ],
    note="Daughter's name, phone, email; patient's name and account. Casa Real is the facility he goes to, not GEO.",
)

# 42
n(
    "en",
    "health_tip",
    "Balloon Fiesta safety from our ER docs: wear closed-toe shoes, keep kids clear of the crown line, and never grab a basket that's lifting. Last year's most common injury? Sprained ankles from running in the dark field. 🎈",
    "General safety tip.",
)

# 43
p(
    "en",
    "anonymous_story",
    "One of our volunteers sat with a 104-year-old patient overnight so she wouldn't be alone. They played conquián until 3 a.m. She won. 🃏",
    [
        ("AGE", "104-year-old"),
    ],
    note="Unnamed patient, but her age over 89 is an identifier.",
)

# 44
n(
    "en",
    "anonymous_story",
    "A grandmother in her 90s taught our residents how to wrap a tamal today while waiting on her labs. Nobody passed. 😂 #TeachingHospital",
    "Anonymous; decade band only.",
)

# 45
p(
    "en",
    "event",
    'This year\'s Fun Run is dedicated to Xavier "X" Jaramillo, the Los Lunas cross-country kid who beat leukemia here. Join him at the start line Sept. 14 at Tingley Beach! #RunForX',
    [
        ("NAME", 'Xavier "X" Jaramillo'),
        ("GEO", "Los Lunas"),
        ("NAME", "#RunForX"),
    ],
    note="Former patient named, his school town (where he lives), name hashtag. Sept. 14 is the race date.",
)

# 46
n(
    "en",
    "event",
    "Matachines at the hospital! 🎶 The Alcalde matachines dancers will perform in the Española courtyard on Dec. 27 at 11 a.m. — La Malinche, El Monarca and El Toro included. All welcome; bring a chair.",
    "Performance date and venue; dance roles.",
)

# 47
p(
    "en",
    "thank_you",
    "@nana_chela_cooks thank you for the 200 burritos for our night shift!! And congrats again to your grandson Joaquín on getting his trach out 🙌",
    [
        ("OTHER_ID", "@nana_chela_cooks"),
        ("NAME", "Joaquín"),
    ],
    note="Grandmother's personal handle (a relative) and the patient's name.",
)

# 48
n(
    "en",
    "sponsor",
    "Thank you to the Gallegos Family Foundation for funding our new mobile mammography van for Mora, San Miguel and Guadalupe counties! 🚐 First stop: Wagon Mound, Oct. 21.",
    "Donor foundation; service area and event date.",
)

# 49
p(
    "en",
    "crisis_update",
    "UPDATE 4:30pm: All 11 passengers from the tour bus rollover on NM-14 near Madrid are stable. Per the family's request we can share that the driver, Arsenio Padilla, is out of surgery. Media inquiries: (505) 555-0100.",
    [
        ("GEO", "NM-14"),
        ("GEO", "Madrid"),
        ("NAME", "Arsenio Padilla"),
    ],
    note="Crash road and town (Madrid, NM), named injured driver.",
)

# 50
n(
    "en",
    "crisis_update",
    "Trauma update: we received 6 patients from this morning's hot-air balloon hard landing. 4 treated and released, 2 admitted in fair condition. We will not share names. Thank you to Sandoval County Fire.",
    "Anonymous; the fire department is an agency, not the patients' location.",
)

# 51
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles (we checked with the fire marshal 🔥) for Juanita Naranjo, Santa Clara potter and our longest-serving volunteer — who was admitted Friday and insisted the party go on anyway. Happy birthday, Tía Juanita!",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Juanita Naranjo"),
        ("GEO", "Santa Clara"),
        ("NAME", "Juanita", 2),
    ],
    note="A volunteer who is now our patient: her age in words, name and pueblo.",
)

# 52
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Lupita Armijo, 91, who has folded every baby blanket in our L&D since 1998. She says retirement is for people who don't like babies. 💕",
    "Volunteer in her volunteer role; her age is not a patient's.",
)

# 53
p(
    "en",
    "patient_story",
    "When Storm Yazzie's horse spooked near Ramah, the rodeo clown drove her 40 miles to our ER in his pickup. Storm's back in the saddle and wanted to say: wear a helmet, even for barrels. 🐎",
    [
        ("NAME", "Storm Yazzie"),
        ("GEO", "Ramah"),
        ("NAME", "Storm", 2),
    ],
    note="Patient whose first name is a word; place of injury.",
)

# 54
n(
    "en",
    "research",
    "Our Navajo-language stroke education video, made with Diné community health representatives, is now on YouTube. Early results: recognition of stroke signs rose from 38% to 71% in participating chapters. 🧠",
    "Research result; the video is educational.",
)

# 55
p(
    "en",
    "discharge",
    'Discharge day for Mr. Ignacio "Nacho" Ulibarri! 🎉 After his lowrider jack slipped on him in the garage on Fourth Street in Barelas, Nacho spent 23 days with us. His daughter Angie says the Monte Carlo is officially sold. 😂',
    [
        ("NAME", 'Ignacio "Nacho" Ulibarri'),
        ("GEO", "Fourth Street"),
        ("GEO", "Barelas"),
        ("NAME", "Nacho", 2),
        ("NAME", "Angie"),
    ],
    note="Patient with nickname, his street and neighbourhood, daughter.",
)

# 56
n(
    "en",
    "statistic",
    "Did you know? New Mexicans over 65 are 2x as likely to die from a fall than the national average. Our Stepping On classes are free: call (505) 555-0160.",
    "Population statistic.",
)

# 57
p(
    "en",
    "pasted_record",
    "Our ED registration desk posted a photo of a patient's insurance card by mistake (removed in 5 min, but screenshots happen): 'BCBS NM  ID: XZH 447 201 993  Member: ARCHULETA, PILAR  Group 00871'. Reminder: never photograph patient documents.",
    [
        ("HEALTH_PLAN", "XZH 447 201 993"),
        ("NAME", "ARCHULETA, PILAR"),
    ],
    note="Member ID and name on a patient's card. Group number is shared by the employer group; the photo shows an object, not the patient.",
)

# 58
n(
    "en",
    "pasted_record",
    "Template for our discharge whiteboard (feel free to borrow, nurses!): 'Your nurse today: ___  Your doctor: ___  Goal for today: ___  Questions for the team: ___  Ride home arranged? Y / N'",
    "Blank template.",
)

# 59
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, but 3-year-old Faith Kawasaki-Lee (yes, really 😅) was diagnosed with it on Feb. 3. Her dad Kenji wants parents to know: 5 days of fever + red eyes + rash = get seen.",
    [
        ("NAME", "Faith Kawasaki-Lee"),
        ("DATE", "Feb. 3"),
        ("NAME", "Kenji"),
    ],
    note="Patient whose surname matches the eponym; diagnosis date; father. 'Kawasaki disease' itself is not labelled.",
)

# 60
n(
    "en",
    "eponymous_condition",
    "Down syndrome awareness 💙💛 Meet the Buddy Walk crew: 300 walkers, 40 teams, and the loudest cheer section in Albuquerque. Walk date: Oct. 19 at Balloon Fiesta Park. Register at hdrfoundation.org/buddywalk.",
    "Eponym, event date, our domain.",
)

# 61
p(
    "en",
    "hospital_contact",
    "We found a hearing aid (Phonak, serial 1842-ZR-0771) in the Española waiting room Tuesday. We think it belongs to our patient Fidencio Naranjo — Mr. Naranjo, please call (505) 555-0147 and we'll hold it at the front desk.",
    [
        ("DEVICE", "1842-ZR-0771"),
        ("NAME", "Fidencio Naranjo"),
        ("NAME", "Naranjo", 2),
    ],
    note="Patient's device serial and name; phone is ours.",
)

# 62
n(
    "en",
    "hospital_contact",
    "Lost & found 🔎 Questions about unclaimed items: security desk at Albuquerque (ext. 2200) or Santa Fe (505) 555-0123. Items are kept 30 days, then donated to St. Martin's.",
    "Our own contacts; charity name.",
)

# 63
p(
    "en",
    "birth_announcement",
    'Born on Zozobra night!! 🔥👶 Baby Guadalupe "Lupita" Córdova arrived at 9:41 p.m. on Aug. 30, right as Old Man Gloom went up in flames across town. Proud grandma Socorro says it was a sign. Welcome, Lupita!',
    [
        ("DATE", "Zozobra"),
        ("NAME", 'Guadalupe "Lupita" Córdova'),
        ("DATE", "Aug. 30"),
        ("NAME", "Socorro"),
        ("NAME", "Lupita", 2),
    ],
    note="Birth on Zozobra night = Aug. 30 (both labelled), baby with nickname, grandmother (name is also a town).",
)

# 64
n(
    "en",
    "event",
    "Zozobra is Friday! 🔥 Our first-aid volunteers will be at Fort Marcy Park from 4 p.m. Hydrate, bring ear protection for little ones, and if you lose your group, meet at the blue HDR tent.",
    "Public event and venue.",
)

# 65
p(
    "en",
    "memorial",
    "In loving memory of Paz Lovato (1941–2025), of Questa, whose quilts warmed every bed in our hospice. Her son Benny asked us to share her rosary: Thursday, 7 p.m., San Antonio church. Que en paz descanse, Paz.",
    [
        ("NAME", "Paz Lovato"),
        ("GEO", "Questa"),
        ("NAME", "Benny"),
        ("NAME", "Paz", 2),
    ],
    note="Deceased patient (name is a word), town, son. Bare years not labelled; the church is a venue.",
)

# 66
n(
    "en",
    "memorial",
    "Today we lowered our flags for Dr. Ernesto Baca, who delivered more than 6,000 babies in Rio Arriba County over 41 years. Services will be held Saturday at the Santuario de Chimayó. Rest well, doctor. 🕊️",
    "Staff memorial.",
)

# 67
p(
    "en",
    "campaign_hashtag",
    'Day 30 of #ChaseForChayo 🎈 — 30 balloons flew our colors this morning for Rosario "Chayo" Duran, the chase-crew driver injured at Fiesta. Keep tagging, Albuquerque! #HDRStrong',
    [
        ("NAME", "#ChaseForChayo"),
        ("NAME", 'Rosario "Chayo" Duran'),
    ],
    note="Name hashtag and patient's name; #HDRStrong is ours.",
)

# 68
n(
    "en",
    "campaign_hashtag",
    "#CuentaConmigo is back! Each share = $1 for rural ride vouchers so patients from Chama to Cuba can make it to chemo. Thanks to New Mexico Gas Company for matching up to $10,000. 💚",
    "Campaign; towns describe the service area.",
)

# 69
p(
    "en",
    "thank_you",
    "Thank you note of the week 💌 'To the nurses who held my hand when I lost my baby on May 12. You said her name, Esperanza, every time. — Leticia M.'",
    [
        ("DATE", "May 12"),
        ("NAME", "Esperanza"),
        ("NAME", "Leticia M"),
    ],
    note="Patient (mother) by first name and initial, date of the loss, baby's name.",
)

# 70
n(
    "en",
    "thank_you",
    "Thank you to the Española Valley High School FFA for the 60 hand-knit hats for our newborns! 🧶 And to Ms. Trujillo's art class for the get-well cards — our peds kids loved them.",
    "Donors and a teacher.",
)

# 71
p(
    "en",
    "pasted_record",
    "lol autocorrect turned my post into a chart note 🙄 ignore: 'rm 318 sena — 92yo F — NKDA — fam @ bedside (son Pete, cell 505 555 0318)'",
    [
        ("OTHER_ID", "rm 318"),
        ("NAME", "sena"),
        ("AGE", "92yo"),
        ("NAME", "Pete"),
        ("PHONE", "505 555 0318"),
    ],
    note="Room, lower-case surname, age 92 in shorthand, son's name and cell.",
)

# 72
n(
    "en",
    "staff_spotlight",
    "Nurses Week spotlight 🌵 Meet Ray Benally (ICU), Consuelo Ortiz (L&D) and Tito Sandoval (ED) — together 87 years of night shifts. Ray's tip for new grads: 'Eat the green chile. Trust the monitor, but trust your gut more.'",
    "Staff only.",
)

# 73
p(
    "en",
    "health_tip",
    "Heat tip from our ER, shared with permission: Lorenzo Abeyta, a Los Alamos lab machinist, passed out while hiking Bandelier on July 3 — no water, no hat. He's fine now and says: bring 2 liters per person. ☀️",
    [
        ("NAME", "Lorenzo Abeyta"),
        ("GEO", "Bandelier"),
        ("DATE", "July 3"),
    ],
    note="Patient, place and date of his collapse. His employer is not labelled.",
)

# 74
n(
    "en",
    "health_tip",
    "Green chile roasting season = burn season. 🌶️ If you get capsaicin on your hands, wash with dish soap, then soak in milk. Never touch your eyes or contacts. Blisters bigger than a quarter? Come see us.",
    "General tip.",
)

# 75
p(
    "en",
    "patient_story",
    "Cruz learned to walk again in the same hallway where his grandpa Cruz Sr. learned 30 years ago. Two generations of Cruz Martínez, one physical therapist (hi, Bev!). #RehabFamily",
    [
        ("NAME", "Cruz", 1),
        ("NAME", "Cruz", 2),
        ("NAME", "Cruz Martínez"),
    ],
    note="Patient and his grandfather share a name; 'Sr.' is not part of the span; Bev is staff.",
)

# 76
n(
    "en",
    "hospital_contact",
    "Santa Cruz, Santa Clara, San Juan, Santo Domingo — our Pueblo patient navigators cover 19 Pueblos and speak five languages between them. If you need help getting to an appointment, call (505) 555-0123.",
    "Service area; our number.",
)

# 77
n(
    "en",
    "public_figure",
    "Historic moment 📜 On this day in 1680 the Pueblo Revolt, led by Po'pay of Ohkay Owingeh, began. Visit the Po'pay statue replica in our Santa Fe lobby and the exhibit on Pueblo healing traditions through Aug. 31.",
    "Historical figure; exhibit date.",
)

# 78
p(
    "en",
    "public_figure",
    "With her blessing 🙏: award-winning potter Evangeline Toya is recovering with us after a fall at her studio in Jemez Springs on the 9th. She asks her collectors to be patient about the Santa Fe Indian Market pieces!",
    [
        ("NAME", "Evangeline Toya"),
        ("GEO", "Jemez Springs"),
        ("DATE", "9th"),
    ],
    note="Known artist who is our patient: name, place and day of the fall. Indian Market is an event.",
)

# 79
n(
    "en",
    "recruitment",
    "Now hiring: Navajo- and Tewa-speaking interpreters for our Albuquerque and Española sites 🗣️ Part-time OK. Apply at hdrhealth.org/careers.",
    "Recruitment.",
)

# 80
p(
    "en",
    "crisis_update",
    "We're sorry to confirm that the 17-year-old driver in last night's lowrider cruise crash on Central Ave, Alejandro \"Ale\" Sedillo, died this morning at our trauma center. His family asks for privacy and thanks Albuquerque for the prayers.",
    [
        ("GEO", "Central Ave"),
        ("NAME", 'Alejandro "Ale" Sedillo'),
    ],
    note="Crash road and the patient's name; 'last night'/'this morning' are relative.",
)

# 81
n(
    "en",
    "crisis_update",
    "Boil-water notice for the Chimayó area affects our outpatient clinic: we're using bottled water & hand sanitizer. All appointments go ahead as scheduled. Questions: (505) 555-0147.",
    "Area notice; no patient.",
)

# 82
p(
    "en",
    "discharge",
    "Going home today after her new hip: our sweet patient Sky Chinana, who asked that we post her 'before & after' walking video so her brother Dale in Gallup stops worrying. 👣",
    [
        ("NAME", "Sky Chinana"),
        ("PHOTO", "video"),
        ("NAME", "Dale"),
        ("GEO", "Gallup"),
    ],
    note="Patient (name is a word), attached video of her, brother and his town.",
)

# 83
n(
    "en",
    "discharge",
    "Discharge checklist 📋 Before you leave: 1) meds reconciled 2) follow-up booked 3) ride confirmed 4) you know who to call — our nurse line (505) 555-0160 is bilingual and open 24/7.",
    "Checklist; our line.",
)

# 84
p(
    "en",
    "milestone_birthday",
    "Happy 100th to Bonifacio Herrera of Ribera! 🎂 Born Jan. 19 — the same day as the first snowfall his mother ever saw in the village, he likes to say. Your team on 2 West loves you, Don Boni.",
    [
        ("AGE", "100th"),
        ("NAME", "Bonifacio Herrera"),
        ("GEO", "Ribera"),
        ("DATE", "Jan. 19"),
        ("NAME", "Boni"),
    ],
    note="Age 100, name and nickname (Don is a title), village, birth date.",
)

# 85
n(
    "en",
    "milestone_birthday",
    "Our Española clinic turns 50 this year! 🎉 Opened in 1975 in a former feed store, it now sees 38,000 visits a year. Join the open house May 17.",
    "The clinic's anniversary; event date.",
)

# 86
p(
    "en",
    "sponsor",
    "The new NICU family room is named for little Gabriel Maestas, who spent 9 days with us in 2019. His grandparents, Arturo and Elena Maestas, gave the gift in his memory. 💙",
    [
        ("NAME", "Gabriel Maestas"),
        ("NAME", "Arturo"),
        ("NAME", "Elena Maestas"),
    ],
    note="Donors introduced as a patient's grandparents are relatives; the patient is named. Year not labelled.",
)

# 87
n(
    "en",
    "sponsor",
    "Thank you, Los Alamos National Laboratory employees' campaign, for $82,000 toward our rural telehealth carts! And to Sen. Ana Trujillo-Baca for cutting the ribbon. 🎀",
    "Donor campaign and an official.",
)

# 88
p(
    "en",
    "event",
    "Matachines in the Santa Fe courtyard today 🎶 for our patient Anastacio Roybal, who has danced El Monarca in Alcalde every Christmas since 1962 and couldn't go home for it this year. His nephews brought the whole danza to him.",
    [
        ("NAME", "Anastacio Roybal"),
        ("GEO", "Alcalde"),
    ],
    note="Patient and his village. 'every Christmas' is a recurring tradition, not his event date.",
)

# 89
n(
    "en",
    "event",
    "Feast day etiquette reminder from our Pueblo liaisons: San Geronimo Day at Taos Pueblo is Sept. 30. Our Taos mobile clinic will be closed that day so staff can attend. Photography is not allowed at feasts — please respect that. 🙏",
    "Public feast date; clinic closure.",
)

# 90
p(
    "en",
    "anonymous_story",
    "Shout out to the patient in room 27 who taught our whole unit how to make a God's eye from popsicle sticks. Ojos de Dios are now hanging at every nurses' station. 💛",
    [
        ("OTHER_ID", "room 27"),
    ],
    note="Unnamed, but the room number points to one patient.",
)

# 91
n(
    "en",
    "anonymous_story",
    "A lab physicist came in convinced her headache was radiation. It was dehydration and 14 cups of coffee. ☕ Drink water, Los Alamos.",
    "Anonymous; Los Alamos addresses the town's public.",
)

# 92
p(
    "en",
    "thank_you",
    "Big thank you to Chata and Pancho Lucero (the cutest couple on the Low Road) for the ristra that now hangs over our Española front desk! Pancho's new knee looks great 🌶️",
    [
        ("NAME", "Chata"),
        ("NAME", "Pancho Lucero"),
        ("GEO", "Low Road"),
        ("NAME", "Pancho", 2),
    ],
    note="Patient Pancho and his wife Chata (nicknames), the road they live on.",
)

# 93
n(
    "en",
    "statistic",
    "Balloon Fiesta 2024 by the numbers 🎈: 886,000 visitors, 540 balloons, 97 first-aid visits to our tent, 3 transports. Thanks for keeping it safe, Albuquerque!",
    "Counts, not ages.",
)

# 94
p(
    "en",
    "pasted_record",
    "PSA to staff: do NOT post census screenshots. Today's (now deleted) included 'LUJAN, DAMIAN  8/22/2009  MRN 04-118-2290  ED bay 6  MOI: fell off balloon chase truck'.",
    [
        ("NAME", "LUJAN, DAMIAN"),
        ("DATE", "8/22/2009"),
        ("MRN", "04-118-2290"),
        ("OTHER_ID", "bay 6"),
    ],
    note="Chart name, DOB, MRN, bed bay with keyword.",
)

# 95
n(
    "en",
    "pasted_record",
    "Copy of our bilingual discharge instructions for hand fractures (parents asked!): 'Keep the splint dry. Mantenga la férula seca. Elevate above the heart. Call (505) 555-0160 if fingers turn blue or numb.'",
    "Generic instructions.",
)

# 96
p(
    "en",
    "patient_story",
    "Meet Faustino, 94, who still herds his sheep near Abiquiú every morning — well, he did until a ram knocked him flat. 😅 Two weeks of PT later, Faustino told his therapist the ram is 'retired.' 🐑",
    [
        ("NAME", "Faustino", "*"),
        ("AGE", "94"),
        ("GEO", "Abiquiú"),
    ],
    note="First name, age 94, where he lives and was hurt.",
)

# 97
n(
    "en",
    "research",
    "Georgia O'Keeffe painted the cliffs near Abiquiú; our dermatologists study the skin those cliffs' sunshine damages. New melanoma screening study enrolling adults 40+ in Rio Arriba County — call (505) 555-0147.",
    "Historical figure; study population.",
)

# 98
p(
    "en",
    "birth_announcement",
    "When it's Christmas Eve and the farolitos are lit on Canyon Road... 🕯️ Emmanuel Chacón made his entrance at 11:58 p.m. on 12/24 — two minutes shy of Christmas! Congrats to Veronica & Joe.",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Emmanuel Chacón"),
        ("DATE", "12/24"),
        ("NAME", "Veronica"),
        ("NAME", "Joe"),
    ],
    note="Born on Christmas Eve = 12/24 (both). 'Christmas' itself is not his birthday; Canyon Road is the farolito walk.",
)

# 99
n(
    "en",
    "birth_announcement",
    "Birth stats you'll love 🎈👶 Our L&D team welcomed 27 babies over the Balloon Fiesta weekend, including 3 sets of twins and one 10-lb 'balloon baby.'",
    "Aggregate births.",
)

# 100
p(
    "en",
    "memorial",
    'Rest in power, Benny "Bugsy" Tafoya (Santa Clara), lowrider legend of Española\'s Riverside Drive cruise. He passed at our Española hospital on Memorial Day surrounded by his car club. The club will cruise in his honor Sunday. 🚗🕊️',
    [
        ("NAME", 'Benny "Bugsy" Tafoya'),
        ("GEO", "Santa Clara"),
        ("DATE", "Memorial Day"),
    ],
    note="Deceased patient, his pueblo, died on Memorial Day. Riverside Drive is the public cruise, Española our hospital.",
)

# 101
n(
    "en",
    "memorial",
    "Today we remember the 1980 New Mexico State Penitentiary riot and the HDR nurses who treated the wounded. A plaque honoring Nurse Adelina Sánchez is in the Santa Fe chapel. 🕯️",
    "Historical event and a nurse.",
)

# 102
p(
    "en",
    "hospital_contact",
    "Mrs. Olivia Benavídez, your husband's wallet and keys from his ER visit are at the Albuquerque security desk (ext. 2200). Our calls to (505) 555-0126 go to voicemail. 🙏",
    [
        ("NAME", "Olivia Benavídez"),
        ("PHONE", "(505) 555-0126"),
    ],
    note="Patient's wife and her number; 555-0126 is not one of our lines.",
)

# 103
n(
    "en",
    "hospital_contact",
    "Need a records request? Email records@hdrhealth.org or fax (505) 555-0182. Allow 10 business days. Please don't send your records or MRN over DM — we can't accept them here. 🔒",
    "Our own email and fax.",
)

# 104
p(
    "en",
    "staff_spotlight",
    'Our favorite ED tech Marcos "Tiny" Velarde became our patient this month — appendix, 2 a.m., on his own shift on the 17th 🤦‍♂️. He\'s back Monday and wants everyone to stop asking to see the scar.',
    [
        ("NAME", 'Marcos "Tiny" Velarde'),
        ("DATE", "17th"),
    ],
    note="Staff member as patient: name and the day of his surgery.",
)

# 105
n(
    "en",
    "staff_spotlight",
    'Employee of the Quarter: Francisquita "Kika" Mondragón, unit clerk on 3 West, who answers every call in English, Spanish and Keres. Kika, you\'re the glue. 💚',
    "Staff member.",
)

# 106
p(
    "en",
    "campaign_hashtag",
    "#BeBoldForBeto 💪 Beto finished his last round of chemo today at our Santa Fe cancer center. Ring it, mijo! 🔔 #HDRStrong #CancerFree",
    [
        ("NAME", "#BeBoldForBeto"),
        ("NAME", "Beto"),
    ],
    note="Name hashtag and nickname.",
)

# 107
n(
    "en",
    "campaign_hashtag",
    "Why #NorteStrong? Because from Taos to Truth or Consequences, rural New Mexicans drive an average of 68 miles to see a specialist. We're bringing the specialists to you. 🚐",
    "Campaign and statistic.",
)

# 108
p(
    "en",
    "research",
    'Proud of our research participant Hermenegildo "Gildo" Atencio of El Rito, who at 90 is the oldest volunteer in our oculopharyngeal muscular dystrophy study — a condition traced to early Hispano families of the Rio Arriba. He drove himself to every visit.',
    [
        ("NAME", 'Hermenegildo "Gildo" Atencio'),
        ("GEO", "El Rito"),
        ("AGE", "90"),
    ],
    note="Named study participant, his village, age 90. 'Rio Arriba' here is a population.",
)

# 109
n(
    "en",
    "research",
    "Research news: HDR and the Navajo Nation Division of Health received a $3.1M grant to study uranium exposure and kidney disease in 20 chapters. Community meetings start in Crownpoint Oct. 2.",
    "Grant news; meeting venue and date.",
)

# 110
p(
    "en",
    "eponymous_condition",
    "Guillain-Barré hit Melchor Jaramillo three days after a flu-like illness. Six weeks on our neuro floor, 4 weeks of rehab, and on Easter Sunday he walked his daughter Ana down the aisle at San Felipe de Neri. 😭",
    [
        ("NAME", "Melchor Jaramillo"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Ana"),
    ],
    note="Patient, the date of his daughter's wedding he walked her at (a personal event), daughter. The church is a venue.",
)

# 111
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves', Addison's — three eponymous conditions, all autoimmune, all more common in women. Our endocrinology clinic in Santa Fe now takes same-week referrals. 🦋",
    "Eponyms.",
)

# 112
p(
    "en",
    "crisis_update",
    "Update on the Jemez Mountains wildfire evacuees at our shelter clinic: we've reunited 14 pets with owners and found the family of Mr. Onésimo Ortiz, 92, who wandered from the evacuation center. His son Ramón picked him up at 6 p.m. 🙏",
    [
        ("NAME", "Onésimo Ortiz"),
        ("AGE", "92"),
        ("NAME", "Ramón"),
    ],
    note="Patient, age 92, son.",
)

# 113
n(
    "en",
    "crisis_update",
    "We are at capacity. 🚨 ERs in Albuquerque are seeing record RSV & flu volume. If it's not an emergency, use our nurse line (505) 555-0160 or urgent care on Cerrillos Road in Santa Fe.",
    "Capacity notice; our line and site.",
)

# 114
p(
    "en",
    "discharge",
    "Hey Esperanza Gallegos! 🎈 Our team says adiós and good luck in Durango — 14 weeks after the hot-air balloon basket crushed your ankle on Oct. 11. Don't forget your PT exercises, or Karen will find you. 😉",
    [
        ("NAME", "Esperanza Gallegos"),
        ("GEO", "Durango"),
        ("DATE", "Oct. 11"),
    ],
    note="Patient, her new home town, injury date. Karen is staff.",
)

# 115
n(
    "en",
    "discharge",
    "Our discharge lounge in Albuquerque is now open 7 days a week 🛋️ Wait for your ride in comfort, grab a coffee, and pick up your meds from our pharmacy before you go.",
    "Service news.",
)

# 116
p(
    "en",
    "patient_story",
    "meet little brook from the Tsosie family, who swallowed a button battery on new year's eve 😰 her mom recognized the signs, got her here in 40 min from To'hajiilee, and brook is now a happy, hungry 2-year-old. keep batteries locked up!! 🔋",
    [
        ("NAME", "brook", "*"),
        ("NAME", "Tsosie"),
        ("DATE", "new year's eve"),
        ("GEO", "To'hajiilee"),
    ],
    note="Lower-case first name (a word), family surname, injury on New Year's Eve, home community.",
)

# 117
n(
    "en",
    "health_tip",
    "Button batteries + kids = emergency. If you suspect a swallowed battery, give 2 tsp of honey every 10 min (kids over 1) on the way to the ER, and call Poison Control 1-800-222-1222. 🍯",
    "Tip; national line.",
)

# 118
p(
    "en",
    "thank_you",
    "From the family of Leonides Romero, of Córdova: 'Thank you to the 2 West nurses who sang \"Las Mañanitas\" to Papá on his 95th birthday, March 21, even though he was on a ventilator. He heard you.' 💐",
    [
        ("NAME", "Leonides Romero"),
        ("GEO", "Córdova"),
        ("AGE", "95th"),
        ("DATE", "March 21"),
    ],
    note="Patient, his village (also a surname), 95th birthday and its date.",
)

# 119
n(
    "en",
    "thank_you",
    "Thank you to the Pueblo of Isleta for hosting our mobile vaccine clinic, and to Governor Marcelino Lente for rolling up his sleeve first. 💉",
    "Host community and an official.",
)

# 120
p(
    "en",
    "milestone_birthday",
    "Fireworks and flan 🎆🍮 Our patient Ofelia Esquibel was born on the 4th of July and turned 90 today on 3 North. She says the fireworks were always for her.",
    [
        ("NAME", "Ofelia Esquibel"),
        ("DATE", "4th of July"),
        ("AGE", "90"),
    ],
    note="Patient, birth date as a holiday, age 90.",
)

# 121
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday, New Mexico State Fair! 🎡 Our first-aid booth has been there since the 1950s. See you in the Agriculture building.",
    "An event's anniversary, not a person's age.",
)

# 122
p(
    "en",
    "pasted_record",
    "Accidentally shared to our story (removed): 'Visit 10/06 · ENC# 2025-1006-88412 · Pt: B. Yazzie · Ph: 928-555-0144 · Address: HC 61 Box 1127, Kayenta · dx balloon tether burn R hand'",
    [
        ("DATE", "10/06"),
        ("OTHER_ID", "2025-1006-88412"),
        ("NAME", "B. Yazzie"),
        ("PHONE", "928-555-0144"),
        ("GEO", "HC 61 Box 1127"),
        ("GEO", "Kayenta"),
    ],
    note="Visit date, encounter number, initial + surname, phone, rural address and town.",
)

# 123
n(
    "en",
    "pasted_record",
    "From our patient-safety huddle board (posted with pride!): 'Days since last fall on 4 North: 112 · Hand hygiene: 96% · Pain reassessed within 1 hr: 91%'",
    "Unit metrics.",
)

# 124
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Baby Girl Manygoats! 🐑 Born 6 lb 9 oz to Tanisha and Derrick of Crystal on the 3rd, our first Navajo-language naming ceremony in the new birth center.",
    [
        ("NAME", "Manygoats"),
        ("NAME", "Tanisha"),
        ("NAME", "Derrick"),
        ("GEO", "Crystal"),
        ("DATE", "3rd"),
    ],
    note="Baby's surname, parents, their town (Crystal, NM), birth day of month.",
)

# 125
n(
    "en",
    "public_figure",
    "Olympic gold medalist Jordan Lente-Hill stopped by our peds rehab gym to talk about coming back from ACL surgery. Thanks for inspiring our kids! 🥇",
    "Visiting athlete speaking of his own past surgery elsewhere.",
)

# 126
p(
    "en",
    "public_figure",
    "Isotopes pitcher Manny Quintana, treated in our ER after Sunday's line drive to the jaw, sends his thanks (and a signed ball) to Dr. Ellis and the OMFS team. Wired shut till Sept. 1, but he's already asking for posole through a straw. ⚾",
    [
        ("NAME", "Manny Quintana"),
        ("DATE", "Sept. 1"),
    ],
    note="Athlete who is our patient; the date his jaw is released. Dr. Ellis is staff.",
)

# 127
n(
    "en",
    "sponsor",
    "This year's Balloon Fiesta first-aid tents are brought to you by Rio Grande Credit Union and Sandia Peak Tramway. 🎈 Thanks, neighbors!",
    "Sponsors.",
)

# 128
p(
    "en",
    "sponsor",
    "The garden outside our Santa Fe hospice is a gift from the Roybal family of Nambé, in memory of their mother Celestina, who spent her last days here in the spring. 🌷",
    [
        ("NAME", "Roybal"),
        ("GEO", "Nambé"),
        ("NAME", "Celestina"),
    ],
    note="Donor family are a patient's children; their village; patient's name. 'spring' is a season.",
)

# 129
n(
    "en",
    "recruitment",
    "Calling all retirees from the labs! 🧪 Our Los Alamos volunteer program needs drivers, greeters and tutors. Training Oct. 8. Email volunteer@hdrhealth.org.",
    "Volunteer recruitment.",
)

# 130
p(
    "en",
    "anonymous_story",
    "Our oldest ED patient of the year just left: a gentleman of 102 who came in for a cut hand, flirted with every nurse, and declined the wheelchair. 👴🏽",
    [
        ("AGE", "102"),
    ],
    note="Unnamed patient with an age over 89.",
)

# 131
n(
    "en",
    "anonymous_story",
    "A Diné grandmother asked if she could bless her grandson with corn pollen before his surgery. Of course. Our chaplains keep pollen pouches on hand now. 🌽",
    "Anonymous; tribal affiliation is not an identifier.",
)

# 132
p(
    "en",
    "patient_story",
    "Hi, I'm Reyes! 👋 (shared with mom's OK) I'm 8, I'm from Las Vegas — the New Mexico one — and I got 14 stitches after the Fiestas de Las Vegas on July 4. Next year I'll wear shoes on the bounce house.",
    [
        ("NAME", "Reyes"),
        ("GEO", "Las Vegas", 1),
        ("DATE", "July 4"),
    ],
    note="Child's name, home town, injury date. The second 'Las Vegas' is the festival's name.",
    ok=("Las Vegas",),
)

# 133
n(
    "en",
    "event",
    "Save the date 📅 Our Healthy Aging Fair is Thursday, Oct. 24, 9–1 at the Española Convention Center: free hearing tests, Medicare help, and a curandera-led workshop on traditional remedies (osha, chamomile, yerba buena) with Doña Eufemia Medina.",
    "Event with a curandera presenter.",
)

# 134
p(
    "en",
    "health_tip",
    "Curanderismo and medicine can work together 🌿 Our patient Elías Padilla's grandmother, curandera Trinidad Padilla, still treats his empacho with her herbs while his gastroenterologist watches his meds. Ask us about interactions — Elías's pharmacist caught one!",
    [
        ("NAME", "Elías Padilla"),
        ("NAME", "Trinidad Padilla"),
        ("NAME", "Elías", 2),
    ],
    note="Patient and his grandmother (a curandera, but here a relative).",
)

# 135
n(
    "en",
    "health_tip",
    "Using osha root or chaparral? Tell your provider. Chaparral can harm the liver, and some remedies interact with blood thinners. We respect curanderismo — let's make it safe together. 🌿",
    "General tip.",
)

# 136
p(
    "en",
    "event",
    "This Saturday's lowrider show & shine honors 'Big Joe' Montaño, who has been in our ICU since his hydraulics accident on 5/18. His '72 Caprice, license plate LOW 505, will lead the cruise. 💜",
    [
        ("NAME", "Big Joe"),
        ("NAME", "Montaño"),
        ("DATE", "5/18"),
        ("VEHICLE", "LOW 505"),
    ],
    note="Patient's nickname and surname, accident date, his plate.",
)

# 137
n(
    "en",
    "event",
    "Cruise for a Cause 🚗 Sunday, June 8, Española Plaza. Lowriders, hydraulics contest, vaccine tent and free A1C checks. Hosted by the Española Lowrider Association with @HDRFoundation.",
    "Event date and venue.",
)

# 138
p(
    "en",
    "memorial",
    "We were honored to care for Dr. Leonard Chee, Navajo Code Talker descendant and our own retired family physician, in his final weeks. He died peacefully Sept. 2 at age 93. Hágoónee', Dr. Chee.",
    [
        ("NAME", "Leonard Chee"),
        ("DATE", "Sept. 2"),
        ("AGE", "93"),
        ("NAME", "Chee", 2),
    ],
    note="A retired physician who was our patient: name, death date, age 93.",
)

# 139
n(
    "en",
    "memorial",
    "On this Veterans Day we remember the Navajo Code Talkers, including Chester Nez, the last of the original 29, who passed in 2014. 🇺🇸",
    "Historical figure.",
)

# 140
p(
    "en",
    "thank_you",
    "To the grandpa in rm 5 who fixed our broken med cart wheel with a paperclip and a hair tie: you're hired. 😂 (Thanks for letting us share, Mr. Sena!)",
    [
        ("OTHER_ID", "rm 5"),
        ("NAME", "Sena"),
    ],
    note="Room number and surname of the patient.",
)

# 141
n(
    "en",
    "statistic",
    "Every 9 minutes someone in New Mexico needs blood. Our Santa Fe donor center collected 2,340 units last year. Book a slot: hdrhealth.org/give or (505) 555-0195.",
    "Statistic; our domain and number.",
)

# 142
p(
    "en",
    "discharge",
    "She's home! 🏡 Doña Crescencia Vigil went back to her adobe on Calle Ojo in Truchas today after her pacemaker. Neighbors Frank and Lucy promised to check on her daily — and to call her nephew if the chickens escape again. 🐓",
    [
        ("NAME", "Crescencia Vigil"),
        ("GEO", "Calle Ojo"),
        ("GEO", "Truchas"),
    ],
    note="Patient, street and village. Neighbours are not relatives or household.",
)

# 143
n(
    "en",
    "staff_spotlight",
    "Meet our chaplain, Hermana Guadalupe Sánchez, who has blessed every new ambulance since 2006 and speaks Spanish, English and a little Tiwa. Ask her about the time a bishop got stuck in our elevator. 🙏",
    "Staff chaplain.",
)

# 144
p(
    "en",
    "campaign_hashtag",
    "Tag your pics #PrayForPita 🙏 Our patient Pita, a Los Alamos bus driver, was hurt in the NM-502 crash on the 22nd. Her family thanks everyone for the donations.",
    [
        ("NAME", "#PrayForPita"),
        ("NAME", "Pita"),
        ("GEO", "NM-502"),
        ("DATE", "22nd"),
    ],
    note="Name hashtag, nickname, crash road, crash day. Employer not labelled.",
)

# 145
n(
    "en",
    "campaign_hashtag",
    "#LoboLove is back for Homecoming week 🐺 — wear cherry & silver, tag @HighDesertHealth, and we'll donate $2 per post to UNM student mental health.",
    "Campaign.",
)

# 146
p(
    "en",
    "hospital_contact",
    "Mr. & Mrs. Archuleta of Abiquiú — the lab results you asked about are ready. Please log in with the portal ID we gave you (abiq.archuleta58) or call (505) 555-0147. We can't discuss them here. 🔒",
    [
        ("NAME", "Archuleta"),
        ("GEO", "Abiquiú"),
        ("OTHER_ID", "abiq.archuleta58"),
    ],
    note="Patients' surname, village, portal user name.",
)

# 147
n(
    "en",
    "hospital_contact",
    "Our Santa Fe campus has moved its outpatient lab to 850 Cerrillos Road, suite 120. Hours 7–5, M–F. Fax orders to (505) 555-0123. 🧪",
    "Our own address and fax.",
)

# 148
p(
    "en",
    "milestone_birthday",
    '92 today 🎉 and still the fastest wheelchair on 4 East! Happy birthday to Mr. Julián "Lalo" Lovato, who celebrated with his great-granddaughter Destiny and a plate of sopaipillas.',
    [
        ("AGE", "92"),
        ("NAME", 'Julián "Lalo" Lovato'),
        ("NAME", "Destiny"),
    ],
    note="Age 92, patient with nickname, great-granddaughter.",
)

# 149
n(
    "en",
    "statistic",
    "Centenarians in New Mexico: 612 and counting, per the state census. 🎂 Our geriatrics team says the secret is family, green chile and staying busy.",
    "Population count.",
)

# 150
p(
    "en",
    "pasted_record",
    "Wrong chat!! deleting in 1 min: 'S/P CABG POD3 — MONDRAGON, EPIFANIO — DOB 11-Nov-52 — MRN#0091823 — HICN 4TE7-AB9-QK21 — daughter Rita 505.555.0273'",
    [
        ("NAME", "MONDRAGON, EPIFANIO"),
        ("DATE", "11-Nov-52"),
        ("MRN", "0091823"),
        ("HEALTH_PLAN", "4TE7-AB9-QK21"),
        ("NAME", "Rita"),
        ("PHONE", "505.555.0273"),
    ],
    note="Chart name, DOB, MRN, Medicare number, daughter's name and phone.",
)

# 151
p(
    "es",
    "patient_story",
    "Les presentamos a doña Prescila Maestas, de Las Trampas, que a sus 97 años sigue haciendo colchas. Llegó con neumonía el 2 de febrero y hoy salió caminando con su bastón. ¡Qué ejemplo, doña Prescila! 🧶",
    [
        ("NAME", "Prescila Maestas"),
        ("GEO", "Las Trampas"),
        ("AGE", "97"),
        ("DATE", "2 de febrero"),
        ("NAME", "Prescila", 2),
    ],
    note="Paciente, su pueblo, 97 años, fecha de ingreso.",
)

# 152
n(
    "es",
    "health_tip",
    "¿Sabía usted? El hantavirus se transmite por el excremento de ratones. Antes de limpiar el jacal o el gallinero, ventile 30 minutos y rocíe con cloro. Si le da fiebre y le falta el aire, llame a nuestra línea de enfermería: (505) 555-0160.",
    "Consejo general; línea del hospital.",
)

# 153
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en nuestro hospital de Española. Sus papás, Marisela y Junior Trujillo, dicen que el nombre no fue difícil de escoger. 😇",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Marisela"),
        ("NAME", "Junior Trujillo"),
    ],
    note="Bebé llamada como la fiesta; nació el 12 de diciembre = Día de la Virgen (ambos); padres. Española es nuestro hospital.",
)

# 154
n(
    "es",
    "event",
    "Este 12 de diciembre celebramos a la Virgen de Guadalupe con mariachis en la capilla de nuestro campus de Santa Fe a las 10 a.m. Todos son bienvenidos. 🌹",
    "Fecha de un evento del hospital.",
)

# 155
p(
    "es",
    "memorial",
    'Con mucho dolor despedimos a Anselmo "Chemo" Archuleta, matachín de Bernalillo por más de 50 años, quien falleció en nuestra UCI el 9 de agosto, a un día de la fiesta de San Lorenzo que tanto amaba. Descanse en paz, Chemo. 🕊️',
    [
        ("NAME", 'Anselmo "Chemo" Archuleta'),
        ("GEO", "Bernalillo"),
        ("DATE", "9 de agosto"),
        ("NAME", "Chemo", 2),
    ],
    note="Paciente fallecido, su pueblo, fecha de muerte. La fiesta de San Lorenzo no es su fecha.",
)

# 156
n(
    "es",
    "staff_spotlight",
    'Conozcan a la enfermera Soledad "Chole" Baca, de nuestro piso de maternidad en Española. Lleva 30 años recibiendo bebés y dice que ya atendió a los nietos de sus primeros pacientes. ¡Gracias, Chole! 👶',
    "Enfermera del hospital.",
)

# 157
p(
    "es",
    "discharge",
    "¡A casa, Nesha! 🏠 Después de 3 semanas con nosotros por la quemadura del horno, la pequeña Nesha Naranjo regresa a Ohkay Owingeh con su mamá Lorencita. ¡Te vamos a extrañar!",
    [
        ("NAME", "Nesha", 1),
        ("NAME", "Nesha Naranjo"),
        ("GEO", "Ohkay Owingeh"),
        ("NAME", "Lorencita"),
    ],
    note="Niña paciente, su pueblo, su mamá.",
)

# 158
n(
    "es",
    "crisis_update",
    "AVISO: Por el humo del incendio en las montañas de Jemez, la clínica móvil no irá a Cuba ni a Regina esta semana. Reprogramaremos sus citas. Información: (505) 555-0147.",
    "Ruta de la clínica móvil; ningún paciente.",
)

# 159
p(
    "es",
    "thank_you",
    "Gracias a la familia Tafoya-Gutiérrez por los bizcochitos y la ristra que trajeron al quinto piso. Don Celso ya está en casa en Santa Cruz y, según su esposa Nieves, ya volvió a pelear con el vecino. 😂",
    [
        ("NAME", "Tafoya-Gutiérrez"),
        ("NAME", "Celso"),
        ("GEO", "Santa Cruz"),
        ("NAME", "Nieves"),
    ],
    note="Apellido compuesto de la familia, paciente, su pueblo, su esposa. El vecino no es familiar.",
)

# 160
n(
    "es",
    "public_figure",
    "Visita especial: el alcalde de Española, Rubén Salazar, y la secretaria de salud del estado inauguraron hoy nuestra nueva sala de diálisis. ¡Gracias por apoyar la salud rural! 🎀",
    "Funcionarios públicos.",
)

# 161
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número cien a don Amarante Quintana! 🎂 Nació el 6 de enero, Día de Reyes, en Costilla, y celebró con rosca de reyes en nuestra unidad de rehabilitación.",
    [
        ("AGE", "cien"),
        ("NAME", "Amarante Quintana"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("GEO", "Costilla"),
    ],
    note="Edad en palabra, nombre, nacimiento el 6 de enero = Día de Reyes (ambos), pueblo natal.",
)

# 162
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,147 adultos mayores de 90 años en nuestras tres sedes. El 68 % vive en zonas rurales. Por eso llevamos la clínica móvil a sus pueblos. 🚐",
    "Edad de una población.",
)

# 163
p(
    "es",
    "pasted_record",
    "Publicado por error (ya borrado): 'MARTINEZ, M  F.N. 03/15/1948  Exp. 07-22-310  Hab. 214  Dx: fractura de cadera  Contacto: hija Rosa 505-555-0352'",
    [
        ("NAME", "MARTINEZ, M"),
        ("DATE", "03/15/1948"),
        ("MRN", "07-22-310"),
        ("OTHER_ID", "Hab. 214"),
        ("NAME", "Rosa"),
        ("PHONE", "505-555-0352"),
    ],
    note="Nombre de expediente, fecha de nacimiento, número de expediente, habitación, hija y su teléfono.",
)

# 164
n(
    "es",
    "pasted_record",
    "Plantilla para sus notas de alta (¡compártanla!): 'Nombre: ______  Fecha de alta: ______  Medicamentos: ______  Cita de seguimiento: ______  Teléfono de la enfermera: (505) 555-0160'",
    "Plantilla en blanco.",
)

# 165
p(
    "es",
    "patient_story",
    "Cuando Socorro Lucero sintió el dolor en el pecho, estaba bailando en la fiesta de San Isidro en Agua Fría. Su hija Angélica la trajo en 15 minutos. Hoy, con dos stents, Socorro ya planea bailar el próximo año. 💃",
    [
        ("NAME", "Socorro Lucero"),
        ("DATE", "San Isidro"),
        ("GEO", "Agua Fría"),
        ("NAME", "Angélica"),
        ("NAME", "Socorro", 2),
    ],
    note="Paciente, el día de la fiesta en que le dio el infarto, lugar, hija.",
)

# 166
n(
    "es",
    "anonymous_story",
    "Anoche una paciente de noventa y tantos años nos pidió que le cantáramos 'Las Golondrinas'. Media unidad se sabía la letra. 🎶",
    "Anónima; 'noventa y tantos' es la franja, no una edad exacta.",
)

# 167
p(
    "es",
    "eponymous_condition",
    "El párkinson no detiene a don Ezequiel Garduño, de Placitas: cada martes viene a nuestra clase de boxeo en Albuquerque y su nieta Paola lo graba para TikTok (@paola.y.su.abuelo). 🥊",
    [
        ("NAME", "Ezequiel Garduño"),
        ("GEO", "Placitas"),
        ("NAME", "Paola"),
        ("OTHER_ID", "@paola.y.su.abuelo"),
    ],
    note="Paciente, su pueblo, su nieta y la cuenta de ella.",
)

# 168
n(
    "es",
    "eponymous_condition",
    "¿Qué es el síndrome de Down? Es una condición genética, no una enfermedad. Este 21 de marzo, Día Mundial del Síndrome de Down, use calcetines disparejos y comparta con #CalcetinesDisparejos. 🧦",
    "Epónimo y día de concienciación.",
)

# 169
p(
    "es",
    "campaign_hashtag",
    "¡Todos con #FuerzaChuy! 💪 Chuy sigue en terapia intensiva después del accidente del globo. Su familia agradece las oraciones desde Peña Blanca.",
    [
        ("NAME", "#FuerzaChuy"),
        ("NAME", "Chuy"),
        ("GEO", "Peña Blanca"),
    ],
    note="Hashtag con nombre, apodo, pueblo de la familia.",
)

# 170
n(
    "es",
    "campaign_hashtag",
    "#NorteSano: este mes, por cada persona que se haga su prueba de diabetes en Española, Taos o Chama, donaremos una canasta de verduras a la despensa local. 🥬",
    "Campaña.",
)

# 171
p(
    "es",
    "hospital_contact",
    "Familia de la señora Josefita Apodaca: tenemos sus anteojos y su rosario en la recepción de Santa Fe. El número que nos dejaron, (505) 555-0419, no contesta. Llámenos al (505) 555-0123.",
    [
        ("NAME", "Josefita Apodaca"),
        ("PHONE", "(505) 555-0419"),
    ],
    note="Paciente y el teléfono de su familia; el otro número es nuestro.",
)

# 172
n(
    "es",
    "hospital_contact",
    "Nuestros números 📞 Línea principal: (505) 555-0100 · Santa Fe: (505) 555-0123 · Española: (505) 555-0147 · Enfermería 24/7 en español: (505) 555-0160. Escríbanos también a @HDRSantaFe.",
    "Números y cuenta del hospital.",
)

# 173
p(
    "es",
    "discharge",
    "Hoy dimos de alta a Tobías Yepa, de Jémez Pueblo, después de 40 días por la mordedura de víbora que sufrió el 2 de julio en su milpa. 🐍 ¡Cuídese mucho, Tobías!",
    [
        ("NAME", "Tobías Yepa"),
        ("GEO", "Jémez Pueblo"),
        ("DATE", "2 de julio"),
        ("NAME", "Tobías", 2),
    ],
    note="Paciente, su pueblo, fecha de la mordedura.",
)

# 174
n(
    "es",
    "discharge",
    "Antes de irse a casa, pregunte: ¿Qué medicinas tomo? ¿Cuándo es mi próxima cita? ¿A quién llamo si me siento mal? Nuestra línea de enfermería bilingüe: (505) 555-0160.",
    "Consejo general.",
)

# 175
p(
    "es",
    "memorial",
    "Hoy nuestra capellanía recuerda a Fermín Lujan, músico de Taos, que tocó el violín con los matachines cada Navidad. Murió aquí el 24 de diciembre, Nochebuena, con su violín al lado. 🎻",
    [
        ("NAME", "Fermín Lujan"),
        ("GEO", "Taos"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
    ],
    note="Paciente fallecido, su pueblo, muerte el 24 de diciembre = Nochebuena. 'cada Navidad' es una tradición.",
)

# 176
n(
    "es",
    "memorial",
    "Con cariño recordamos al Dr. Facundo Salazar, fundador de nuestra clínica en Española en 1975. Su misa será el sábado en la iglesia de Santa Cruz de la Cañada. 🕯️",
    "Médico del hospital.",
)

# 177
p(
    "es",
    "public_figure",
    "Con su permiso: el famoso lowrider y artista de Española, Rubén \"El Santo\" Medina, se recupera en nuestro hospital tras un infarto el 30 de abril. Dice que su Impala 'La Guadalupana' lo espera. 🚗",
    [
        ("GEO", "Española"),
        ("NAME", 'Rubén "El Santo" Medina'),
        ("DATE", "30 de abril"),
    ],
    note="Figura pública que es paciente: su ciudad, nombre con apodo, fecha del infarto. El nombre del carro no se marca.",
)

# 178
n(
    "es",
    "public_figure",
    "Hoy recordamos a Dennis Chávez, senador de Nuevo México nacido en Los Chávez, pionero de los derechos civiles. Exhibición en el vestíbulo de Albuquerque hasta el 30 de abril.",
    "Figura histórica; fecha de exhibición.",
)

# 179
p(
    "es",
    "staff_spotlight",
    'Nuestra compañera Yolanda "Yoli" Chavarría, técnica de laboratorio, fue nuestra paciente en marzo: cáncer de mama detectado en su propia mamografía de rutina. Hoy regresa al trabajo. ¡Bienvenida, Yoli! 🎀 #OctubreRosa',
    [
        ("NAME", 'Yolanda "Yoli" Chavarría'),
        ("DATE", "marzo"),
        ("NAME", "Yoli", 2),
    ],
    note="Empleada que fue paciente: nombre, mes de su diagnóstico. #OctubreRosa es campaña.",
)

# 180
n(
    "es",
    "staff_spotlight",
    "Conozca al Dr. Ignacio Benavídez, cirujano de trauma, que atendió a los heridos del Balloon Fiesta por 20 años. Su consejo: 'Zapatos cerrados y no se agarren de la canasta.' 🎈",
    "Médico del hospital.",
)

# 181
p(
    "es",
    "anonymous_story",
    "Un señor de 98 años llegó a urgencias manejando su propia troca. Cuando le preguntamos quién lo trajo, dijo: 'Pos yo.' 😂",
    [
        ("AGE", "98"),
    ],
    note="Paciente sin nombre con edad mayor de 89.",
)

# 182
n(
    "es",
    "anonymous_story",
    "Una curandera de la sierra vino a visitar a un paciente y terminó enseñando a nuestras enfermeras a preparar té de poleo para el estómago. Aprendemos unos de otros. 🌿",
    "Anónimo.",
)

# 183
p(
    "es",
    "thank_you",
    "Querida familia Benally: gracias por el tapete que tejió la abuela Rose para la sala de espera de la UCI. Nos contaron que lo terminó el mismo día que a su nieto Kyle le quitaron el ventilador, el 19 de septiembre. 💙",
    [
        ("NAME", "Benally"),
        ("NAME", "Rose"),
        ("NAME", "Kyle"),
        ("DATE", "19 de septiembre"),
    ],
    note="Familia, abuela, paciente y la fecha en que le quitaron el ventilador.",
)

# 184
n(
    "es",
    "thank_you",
    "Gracias a los Caballeros de Colón de Bernalillo por las 300 cobijas para nuestros pacientes de diálisis. ¡Que Dios los bendiga! 🙏",
    "Donantes.",
)

# 185
p(
    "es",
    "birth_announcement",
    "¡Nació en pleno Balloon Fiesta! 🎈 Bienvenido, Mateo Sandoval Chávez, 3.4 kg, nacido el sábado 5 de octubre durante la Ascensión Masiva. Felicidades a Karina y a Esteban.",
    [
        ("NAME", "Mateo Sandoval Chávez"),
        ("DATE", "5 de octubre"),
        ("NAME", "Karina"),
        ("NAME", "Esteban"),
    ],
    note="Bebé, fecha de nacimiento (sin el día de la semana), padres.",
)

# 186
n(
    "es",
    "event",
    "¡Baile de matachines en nuestro patio de Española! Domingo 29 de diciembre, 11 a.m. Con el grupo de San Juan y El Toro más bravo del norte. 🎶",
    "Evento.",
)

# 187
p(
    "es",
    "patient_story",
    "A Benigno le decían 'el Güero' en Chimayó. Se cayó del techo arreglando las canales el 3 de junio y hoy, con la pierna nueva de titanio, ya pide su chile. ¡Ánimo, Güero!",
    [
        ("NAME", "Benigno"),
        ("NAME", "Güero", "*"),
        ("GEO", "Chimayó"),
        ("DATE", "3 de junio"),
    ],
    note="Nombre y apodo, pueblo, fecha de la caída.",
)

# 188
n(
    "es",
    "research",
    "Nuevo estudio: la mutación CCM1, común en familias hispanas del norte de Nuevo México, se remonta a colonos del siglo XVII. Ofrecemos pruebas genéticas gratuitas a familias con historial de convulsiones. Info: (505) 555-0123.",
    "Investigación poblacional.",
)

# 189
p(
    "es",
    "research",
    "Gracias a la familia Ulibarri de Tierra Amarilla: tres generaciones — la abuela Luz, su hijo Ramón y su nieta Abril — participaron en nuestro estudio de la mutación CCM1. 🧬",
    [
        ("NAME", "Ulibarri"),
        ("GEO", "Tierra Amarilla"),
        ("NAME", "Luz"),
        ("NAME", "Ramón"),
        ("NAME", "Abril"),
    ],
    note="Participantes nombrados (Abril es un nombre, no el mes), su pueblo.",
)

# 190
n(
    "es",
    "crisis_update",
    "Actualización: recibimos a 4 personas del choque de esta mañana. Dos ya fueron dadas de alta. Por respeto a las familias, no daremos nombres. 🙏",
    "Anónimo.",
)

# 191
p(
    "es",
    "crisis_update",
    "Confirmamos, con permiso de la familia, que Dionisio Tapia, el conductor del camión escolar, sigue en estado grave. Los 12 niños están bien. Oraciones para don Dionisio. 🙏",
    [
        ("NAME", "Dionisio Tapia"),
        ("NAME", "Dionisio", 2),
    ],
    note="Paciente nombrado; su empleo no se marca.",
)

# 192
n(
    "es",
    "recruitment",
    "¿Habla español, tewa o navajo? ¡Lo necesitamos! Buscamos intérpretes médicos para Santa Fe y Española. Aplique en hdrhealth.org/empleos. 💼",
    "Reclutamiento.",
)

# 193
p(
    "es",
    "milestone_birthday",
    '¡Noventa y cinco años! 🎉 Doña Natividad "Nati" Lovato celebró su cumpleaños el 25 de diciembre — sí, nació en Navidad — en nuestro piso de cardiología, con sus 9 hijos. ¡Felicidades, Nati!',
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", 'Natividad "Nati" Lovato'),
        ("DATE", "25 de diciembre"),
        ("DATE", "Navidad"),
        ("NAME", "Nati", 2),
    ],
    note="Edad en palabras, nombre con apodo, nacimiento el 25 de diciembre = Navidad.",
)

# 194
n(
    "es",
    "milestone_birthday",
    "¡Nuestro hospital de Santa Fe cumple 100 años! Desde 1925 cuidamos a las familias del norte. Celebración el 15 de mayo con música y biscochitos. 🎂",
    "Aniversario del hospital.",
)

# 195
p(
    "es",
    "pasted_record",
    "Captura que circuló en el grupo de WhatsApp (ya la reportamos): 'Pte: sra. Valdez Romero, Consuelo · 94 a · Cama 12 · Seguro Medicaid NM #NM44718203 · tel. de casa 575-555-0188 · vive sola en La Jara'",
    [
        ("NAME", "Valdez Romero, Consuelo"),
        ("AGE", "94"),
        ("OTHER_ID", "Cama 12"),
        ("HEALTH_PLAN", "NM44718203"),
        ("PHONE", "575-555-0188"),
        ("GEO", "La Jara"),
    ],
    note="Nombre con dos apellidos, edad 94, cama, Medicaid, teléfono, pueblo.",
)

# 196
n(
    "es",
    "health_tip",
    "Temporada de chile 🌶️: si se quema las manos tostando chile, lávese con jabón de trastes y remoje en leche. No use mantequilla. Si salen ampollas grandes, venga a vernos.",
    "Consejo general.",
)

# 197
p(
    "es",
    "eponymous_condition",
    'Maximiliano "Max" Gurulé, de Mora, tiene enfermedad de Crohn desde los 14 años. El 19 de mayo, Día Mundial de la EII, Max compartió su historia: su cirugía fue aquí el 2 de enero y hoy corre maratones. 🏃',
    [
        ("NAME", 'Maximiliano "Max" Gurulé'),
        ("GEO", "Mora"),
        ("NAME", "Max", 2),
        ("DATE", "2 de enero"),
    ],
    note="Paciente con apodo, pueblo, fecha de cirugía. El 19 de mayo es el día mundial; Crohn es epónimo.",
)

# 198
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Alzheimer afecta a 1 de cada 9 personas mayores de 65. Nuestro grupo de apoyo para cuidadores se reúne el primer jueves de cada mes en Española. ☕",
    "Epónimo; estadística.",
)

# 199
p(
    "es",
    "campaign_hashtag",
    "#LuchaConLulú 💜 Hoy Lulú cumplió 100 días sin convulsiones después de su cirugía. Sus papás, Brenda y Ángel Romero, agradecen a todo Los Lunas. 🙏",
    [
        ("NAME", "#LuchaConLulú"),
        ("NAME", "Lulú"),
        ("NAME", "Brenda"),
        ("NAME", "Ángel Romero"),
        ("GEO", "Los Lunas"),
    ],
    note="Hashtag con nombre, nombre, padres, su pueblo.",
)

# 200
n(
    "es",
    "campaign_hashtag",
    "¡Únase a #HDRFuerte! Cada vez que comparta esta publicación, @HDRFoundation dona $1 para traslados de pacientes de zonas rurales. 💙",
    "Campaña del hospital.",
)

# 201
p(
    "es",
    "sponsor",
    "La nueva sala de juegos de pediatría lleva el nombre de Sofía Archibeque, paciente de leucemia que nos dejó en 2021. Sus abuelos, Tranquilino y Eloísa Archibeque, donaron la sala. 🎨",
    [
        ("NAME", "Sofía Archibeque"),
        ("NAME", "Tranquilino"),
        ("NAME", "Eloísa Archibeque"),
    ],
    note="Paciente fallecida y sus abuelos donantes (familiares).",
)

# 202
n(
    "es",
    "sponsor",
    "Gracias a la Cooperativa Eléctrica del Río Grande y a Tortillería La Chiquita por patrocinar nuestra feria de salud en Alcalde. 🌽",
    "Patrocinadores.",
)

# 203
p(
    "es",
    "discharge",
    'Después del choque del globo aerostático el 7 de octubre en Corrales, el piloto Guillermo "Memo" Salas por fin se va a casa. Memo: los globos pueden esperar. 🎈',
    [
        ("DATE", "7 de octubre"),
        ("GEO", "Corrales"),
        ("NAME", 'Guillermo "Memo" Salas'),
        ("NAME", "Memo", 2),
    ],
    note="Fecha y lugar del accidente, paciente con apodo.",
)

# 204
n(
    "es",
    "discharge",
    "¿Sabía que puede recoger sus medicinas de alta en nuestra farmacia antes de salir? Abierto de 7 a.m. a 9 p.m. en Albuquerque, 4100 Tramway Boulevard NE.",
    "Dirección del hospital.",
)

# 205
p(
    "es",
    "patient_story",
    "Pilar Gallegos, maestra de Cuba (sí, Cuba, Nuevo México 😄), llegó con una picadura de alacrán el día 14. Hoy está de regreso en su salón y pide que todos sacudan los zapatos antes de ponérselos. 🦂",
    [
        ("NAME", "Pilar Gallegos"),
        ("GEO", "Cuba", "*"),
        ("DATE", "día 14"),
    ],
    note="Paciente, su pueblo (Cuba, NM, dos veces), día del mes de la picadura.",
)

# 206
n(
    "es",
    "patient_story",
    "Historias de nuestra gente: en 1918, durante la gripe, las hermanas de la caridad atendieron a cientos de familias en Santa Fe. Hoy seguimos su ejemplo. Exposición en el vestíbulo. 📜",
    "Historia; ningún paciente identificado.",
)

# 207
p(
    "es",
    "hospital_contact",
    "Sr. Aurelio Manzanares: su receta está lista en la farmacia de Española. Por favor no nos mande su número de seguro social por mensaje directo — vimos el que envió (***-**-4471) y ya lo borramos. Llámenos al (505) 555-0147. 🔒",
    [
        ("NAME", "Aurelio Manzanares"),
        ("SSN", "***-**-4471"),
    ],
    note="Paciente y su SSN parcial.",
)

# 208
n(
    "es",
    "hospital_contact",
    "Para pedir su expediente médico, escriba a records@hdrhealth.org o visite hdrhealth.org/expediente. Nunca le pediremos su número de Seguro Social por redes sociales. 🔐",
    "Contacto del hospital.",
)

# 209
p(
    "es",
    "memorial",
    "Doña Tomasita Esquibel, la curandera de Ojo Caliente que sobó a medio norte de Nuevo México, murió en nuestro hospicio el 1 de noviembre, Día de Todos los Santos, a los 99 años. Que descanse con los santos. 🕯️",
    [
        ("NAME", "Tomasita Esquibel"),
        ("GEO", "Ojo Caliente"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("AGE", "99"),
    ],
    note="Curandera que fue paciente: nombre, pueblo, fecha de muerte (dos formas), 99 años.",
)

# 210
n(
    "es",
    "memorial",
    "El 2 de noviembre, Día de los Muertos, nuestra capilla tendrá un altar para recordar a todos los pacientes que fallecieron este año. Traiga una flor de cempasúchil. 🌼",
    "Evento; nadie nombrado.",
)

# 211
p(
    "es",
    "milestone_birthday",
    "Hoy cumple 90 añitos don Silviano Roybal, de El Valle, y quiso celebrar con sus enfermeras de diálisis en Española. Nació el 20 de junio y dice que por eso le gusta el calor. ☀️",
    [
        ("AGE", "90"),
        ("NAME", "Silviano Roybal"),
        ("GEO", "El Valle"),
        ("DATE", "20 de junio"),
    ],
    note="Edad 90, nombre, pueblo, fecha de nacimiento.",
)

# 212
n(
    "es",
    "milestone_birthday",
    "¡Felicidades a nuestra voluntaria más antigua, doña Remedios Sena, que cumplió 93 años! Lleva 25 años repartiendo revistas en Santa Fe. 💐",
    "Voluntaria, no paciente.",
)

# 213
p(
    "es",
    "pasted_record",
    "Nota que se publicó sin querer en nuestra página: 'Ingreso 14/10 — Pte. Yazzie, Harrison — lesión por cuerda de globo — Medicaid ID 8823-4410-07 — acompañante: esposa Darlene, correo dyazzie77@hotmail.com'",
    [
        ("DATE", "14/10"),
        ("NAME", "Yazzie, Harrison"),
        ("HEALTH_PLAN", "8823-4410-07"),
        ("NAME", "Darlene"),
        ("EMAIL", "dyazzie77@hotmail.com"),
    ],
    note="Fecha de ingreso, nombre, Medicaid, esposa y su correo.",
)

# 214
n(
    "es",
    "statistic",
    "Durante el Balloon Fiesta 2024 nuestra carpa de primeros auxilios atendió 212 visitas: 40 % tobillos torcidos, 25 % quemaduras de sol y 3 caídas de canasta. 🎈",
    "Estadística.",
)

# 215
p(
    "es",
    "thank_you",
    "Mil gracias a la señora Delfina Sisneros, que nos trajo tamales para todo el turno de noche el día que dieron de alta a su esposo Rafael. ¡Estaban riquísimos! 🫔",
    [
        ("NAME", "Delfina Sisneros"),
        ("NAME", "Rafael"),
    ],
    note="Esposa del paciente y el paciente.",
)

# 216
n(
    "es",
    "thank_you",
    "Gracias a las Lobas de la UNM por visitar a nuestros pacientes de pediatría. ¡La entrenadora Marisa Valdez y sus jugadoras se robaron el show! 🐺",
    "Visita de deportistas.",
)

# 217
p(
    "es",
    "public_figure",
    "Con permiso de su familia: la exreina de las Fiestas de Santa Fe, Valeria Ortiz, está en nuestra UCI después del accidente de anoche en Cerrillos Road. Agradecen sus oraciones. 👑",
    [
        ("NAME", "Valeria Ortiz"),
        ("GEO", "Cerrillos Road"),
    ],
    note="Figura pública que es paciente; la calle del accidente (aunque nuestro campus está en esa calle).",
)

# 218
n(
    "es",
    "public_figure",
    "Hoy nos visitó el arzobispo de Santa Fe para bendecir la nueva capilla. También recordamos al arzobispo Jean-Baptiste Lamy, quien fundó el primer hospital de la ciudad en 1865. ⛪",
    "Figuras públicas e históricas.",
)

# 219
p(
    "es",
    "anonymous_story",
    "Una paciente centenaria nos contó que conoció a su esposo bailando en la fiesta de San Juan. Hoy le pusimos música y bailó con su enfermero. 💃",
    [
        ("AGE", "centenaria"),
    ],
    note="Sin nombre, pero 'centenaria' dice una edad mayor de 89.",
)

# 220
n(
    "es",
    "anonymous_story",
    "Un joven llegó con quemaduras por tostar chile sin guantes. Moraleja: ¡use guantes! 🌶️ Ya está bien.",
    "Anónimo.",
)

# 221
p(
    "es",
    "patient_story",
    "Cheyenne Begay, de Shiprock, venció la meningitis en nuestro hospital. Su mamá, Loretta, nos pidió compartir el video de Cheyenne tocando el tambor el día que salió, 28 de febrero. 🥁",
    [
        ("NAME", "Cheyenne Begay"),
        ("GEO", "Shiprock"),
        ("NAME", "Loretta"),
        ("PHOTO", "video"),
        ("NAME", "Cheyenne", 2),
        ("DATE", "28 de febrero"),
    ],
    note="Paciente, su comunidad, su mamá, video de ella, fecha de alta.",
)

# 222
n(
    "es",
    "research",
    "Investigadores del HDR y la Nación Navajo estudian el uranio en pozos de agua. Reuniones comunitarias en Crownpoint y Shiprock en noviembre. 💧",
    "Investigación; sedes de reuniones.",
)

# 223
p(
    "es",
    "birth_announcement",
    "¡Gemelas! 👶👶 Belén y Paz llegaron el 15 de agosto, día de la Asunción, a la familia Córdova-Jaramillo de Belén. La abuela Chonita ya les tejió dos cobijas. 🌸",
    [
        ("NAME", "Belén", 1),
        ("NAME", "Paz"),
        ("DATE", "15 de agosto"),
        ("DATE", "día de la Asunción"),
        ("NAME", "Córdova-Jaramillo"),
        ("GEO", "Belén", 2),
        ("NAME", "Chonita"),
    ],
    note="Gemelas (Belén también es su pueblo), fecha de nacimiento en dos formas, apellido, abuela.",
)

# 224
n(
    "es",
    "birth_announcement",
    "¿Embarazada? Nuestras clases prenatales en español son los martes en Española. Aprenda sobre lactancia, parto y cuidados del recién nacido. Regístrese: (505) 555-0147. 🤰",
    "Clases.",
)

# 225
p(
    "es",
    "crisis_update",
    'Actualización del accidente en la feria de Rio Arriba: el menor herido, identificado por su familia como Adrián "Güero" Maestas, de Hernández, fue trasladado a nuestro centro de trauma en Albuquerque. 🙏',
    [
        ("NAME", 'Adrián "Güero" Maestas'),
        ("GEO", "Hernández"),
    ],
    note="Paciente con apodo y su pueblo (Hernández, también apellido). La feria es el evento.",
)

# 226
n(
    "es",
    "crisis_update",
    "⚠️ Corte de luz en nuestro campus de Española. Los generadores funcionan y todos los pacientes están seguros. Las citas de esta tarde se reprogramarán.",
    "Aviso del hospital.",
)

# 227
p(
    "es",
    "health_tip",
    "Consejo de salud de parte de Gilberto Baca, de Velarde, quien nos pidió contar su historia: por no usar casco, su caída de la moto el 4 de septiembre le costó 3 semanas en la UCI. ¡Use casco! 🪖",
    [
        ("NAME", "Gilberto Baca"),
        ("GEO", "Velarde"),
        ("DATE", "4 de septiembre"),
    ],
    note="Paciente, su pueblo (Velarde, también apellido), fecha del accidente.",
)

# 228
n(
    "es",
    "health_tip",
    "En la fiesta del pueblo: tome agua, use sombrero y busque sombra. Los danzantes y los mayores corren más riesgo de golpe de calor. ☀️",
    "Consejo general.",
)

# 229
p(
    "es",
    "event",
    "Este domingo la procesión de San Antonio pasará frente a nuestro hospital de Española para bendecir a doña Amalia Valdez, hospitalizada en el cuarto 208, que ha organizado la procesión por 40 años. 🙏",
    [
        ("NAME", "Amalia Valdez"),
        ("OTHER_ID", "cuarto 208"),
    ],
    note="Paciente y su cuarto.",
)

# 230
n(
    "es",
    "event",
    "Peregrinación a Chimayó: el Viernes Santo tendremos puestos de agua y primeros auxilios en la carretera 76 y en Nambé. ¡Buen camino, peregrinos! 🚶",
    "Evento público.",
)

# 231
p(
    "es",
    "recruitment",
    "Cuando nuestro paciente Darío Montoya se recuperó de su accidente en el laboratorio el 2 de marzo, decidió estudiar enfermería. ¡Hoy empieza con nosotros como auxiliar! Estamos contratando más como él: hdrhealth.org/empleos.",
    [
        ("NAME", "Darío Montoya"),
        ("DATE", "2 de marzo"),
    ],
    note="Expaciente ahora empleado: nombre y fecha del accidente.",
)

# 232
n(
    "es",
    "recruitment",
    "¿Trabajó en Los Álamos y ahora está jubilado? Lo invitamos a ser voluntario en nuestras clínicas. Capacitación el 8 de octubre. 📋",
    "Reclutamiento de voluntarios.",
)

# 233
p(
    "es",
    "statistic",
    "De los 4,200 bebés que nacieron en nuestros hospitales este año, solo una nació el 29 de febrero: ¡felicidades, Leilani Tso, y a sus papás Jolene y Vince! 🐸",
    [
        ("DATE", "29 de febrero"),
        ("NAME", "Leilani Tso"),
        ("NAME", "Jolene"),
        ("NAME", "Vince"),
    ],
    note="Fecha de nacimiento, bebé, padres.",
)

# 234
n(
    "es",
    "statistic",
    "Nuevo México tiene una de las tasas más altas de muertes por caídas en mayores de 65. En 2024 hicimos 1,830 evaluaciones de riesgo gratuitas. 🧓",
    "Estadística.",
)

# 235
p(
    "es",
    "thank_you",
    "A la familia de la Cama 7: gracias por la guitarra y las canciones de cada tarde. El señor Herrera nos dijo que la música le quitó el dolor más que la morfina. 🎸",
    [
        ("OTHER_ID", "Cama 7"),
        ("NAME", "Herrera"),
    ],
    note="Cama y apellido del paciente.",
)

# 236
n(
    "es",
    "staff_spotlight",
    'Conozcan a nuestra partera Maricela "Chela" Ortega, que ha atendido partos en Tierra Amarilla, Chama y Dulce durante 22 años. ¡Gracias, Chela! 👶',
    "Partera del hospital.",
)

# 237
p(
    "es",
    "discharge",
    "¡Se va a casa la pequeña Xochitl! 🌸 Después de 5 semanas en la UCIN, Xochitl y sus papás regresan a su casa en la calle Agua Fría, en Santa Fe. Que Dios los bendiga. 💕",
    [
        ("NAME", "Xochitl", "*"),
        ("GEO", "calle Agua Fría"),
        ("GEO", "Santa Fe"),
    ],
    note="Bebé, su calle y ciudad (Santa Fe como hogar, no como nuestro campus).",
)

# 238
n(
    "es",
    "sponsor",
    "Gracias a la familia Gallegos, dueños de Gallegos Lowrider Supply, por donar 50 sillas de auto para bebés a nuestras mamás primerizas. 🚗👶",
    "Donantes, no familiares de un paciente.",
)

# 239
p(
    "es",
    "patient_story",
    "Chepe Sandoval, veterano de Vietnam de 91 años, llegó a nuestra clínica de Santa Fe el Día de los Veteranos, 11 de noviembre, por una caída. Hoy ya camina con andadera y nos contó todas sus historias. 🇺🇸",
    [
        ("NAME", "Chepe Sandoval"),
        ("AGE", "91"),
        ("DATE", "Día de los Veteranos"),
        ("DATE", "11 de noviembre"),
    ],
    note="Paciente, 91 años, fecha de ingreso en dos formas. Santa Fe es nuestra clínica.",
)

# 240
n(
    "es",
    "research",
    "Estudio de la Universidad de Nuevo México y HDR: el 42 % de los pacientes hispanos del norte usa remedios de curanderas junto con sus medicinas. Hable con su médico sobre sus hierbas. 🌿",
    "Investigación.",
)

if __name__ == "__main__":
    S.main("phi_dev54_source")
