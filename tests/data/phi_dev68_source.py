"""Blind development set d68 for the PHI scanner: tests/data/phi_dev68.jsonl.

Organisation: Prairie Plains Regional Hospital, Garden City and Dodge City, Kansas
(phi_dev68_org.json): nine 620-555-01xx lines (main, ED, Dodge City campus, language
line, Foundation, L&D/NICU, HR, HIM fax, media), three addresses (3200 East Spruce
Street and 415 West Fulton Street in Garden City, 2100 North Central Avenue in Dodge
City), two domains (prairieplainsrh.org, pprhgives.org) and four handles.
Focus: a meatpacking and feedlot region of southwest Kansas - Guatemalan (K'iche',
Q'anjob'al), Mexican, Somali, Burmese and Karen families, Low German Mennonite farm
families (including Mennonites from Chihuahua), wheat-harvest, grain-bin, auger,
feedlot and livestock injuries, tornadoes and grass fires, rodeo and high-school
football.
Hard cases: names that are words or places (Cash, Chase, Hope, Faith, Summer, Rich,
Art, Paz, Milagros, Esperanza, Amparo, Liberty, Independence, Prairie, Dallas,
Cheyenne), towns that are words (Liberal, Kismet, Plains, Protection) and the town
'Plains' next to the hospital's own name; lower-case and ALL-CAPS names; LAST, FIRST
chart lines; Somali three-part names, Q'anjob'al names made of first names, Karen and
Burmese names with honorifics; nicknames in quotes; names only in hashtags; patients
who are staff, volunteers or local celebrities, and relatives who are staff or donors;
employers; dates as numbers, Roman months, ordinals, day of month alone, Spanish
dates, and holidays that are the patient's day (Día de la Candelaria, Día de Muertos,
Eid, Fourth of July, Nochevieja, disaster dates); ages over 89 in digits, words,
ordinals, '94yo', 'centenarian'/'centenaria'; family phones one digit away from the
hospital's; masked SSN, account, licence, plate, device serial, IP, portal user and
social handles. Hard negatives: staff, volunteers aged 90+, a staff member's 90-year-old
father, donors and sponsor companies (the same companies elsewhere as a patient's
employer), visiting public figures, historical figures (Wyatt Earp, Buffalo Jones,
César Chávez, Virginia Apgar), eponymous conditions, awareness and event dates, the
same tornado date with and without a patient, age ranges ('in her 90s', 'más de 90',
'2 a 96 años'), a state's 164th birthday, name-shaped campaign hashtags, horses and
dogs, and the hospital's own numbers, addresses, domains and handles.
Language mix: 240 posts, 150 English and 90 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers of a patient are NAME (the holdout decision): "Sandhill Beef",
  "Cottonwood Cattle Company", "Wheatland Co-op", "Feedyard Los Pinos". The same
  companies as sponsors, donors or event venues are not labelled.
- The hospital's own towns (Garden City, Dodge City) are GEO only when they are the
  patient's or family's home or the place of the injury; as the campus location they
  are not (declared with ok= when both uses occur in one post). The town where the
  patient works (the plant in Holcomb, the elevator in Kalvesta) is GEO.
- The town in a school or team name is GEO when it tells where the patient lives
  ("Spearville Lancers" -> "Spearville", "kearny county high" -> "kearny county");
  the school name itself is not labelled; a school name with no town (South Gray,
  Pleasant Valley School) is not labelled; the opponent's town is not.
- Counties keep their designator in the span ("Ford County", "GRANT COUNTY").
- Foreign municipalities, cities and refugee camps (Cobán, Nebaj, San Juan Ixcoy,
  Momostenango, Cuauhtémoc, Jerez, Olanchito, Kismayo, Dadaab, Mae La, Hpa-an) are
  GEO; countries and first-level divisions (Huehuetenango as departamento, Chihuahua,
  Zacatecas, Honduras) are not.
- A relative's identifiers are labelled like the patient's: a brother's age over 89
  ("101") is AGE, a son's or grandmother's town is GEO. Coworkers are not relatives.
- A person is labelled by the role in the post: a staff member, volunteer or local
  celebrity who is the patient, or a nurse who is the patient's daughter, is labelled;
  a donor introduced as a patient's relative is labelled.
- Burmese and Karen honorifics (U, Daw, Ko, Saw, Naw) are titles, excluded from the
  NAME span like Mr./Mrs.; family surnames in the plural ("Walls") are NAME.
- Decade and range ages ("in her 90s", "más de 90 años", "casi 90") are not AGE; an
  exact age over 89 is AGE even for an unnamed patient.
- A disaster's date is DATE when it is a named patient's injury date ("the June 2
  tornado", "TORNADO DEL 24 DE MAYO") and not otherwise. Appointment and pick-up dates
  of the patient are DATE. A stay written as a range is one span ("Sept 3-9"). A
  Spanish day of month alone keeps 'día' ("día 5"). Every mention of the patient's
  holiday is labelled ("Twins on Eid!" and "Eid al-Fitr"), but a greeting ("Eid
  Mubarak") is not.
- A default registration DOB (01/01) is still DATE; a masked SSN with its last four
  digits ("xxx-xx-4471") is SSN; a room code with no keyword ("4N-12") is OTHER_ID as
  written; a trauma bay and NICU cribs ("Trauma Bay 2", "cuna 3") are OTHER_ID like
  rooms and beds; highway mile markers are not part of the road's GEO span.
- Animals (horses, bulls, dogs, a pony) are never labelled; seasons and farm seasons
  ("last fall", "this winter", "fall harvest") are not dates.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev68.jsonl"), os.path.join(HERE, "phi_dev68_org.json"), "d68")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Six weeks ago Wyatt Unruh, 17, was pinned under a round baler on his family's place outside Montezuma. Today the South Gray linebacker walked out of 3 North on his own. His mom Darlene says the prayer chain at Grace Mennonite never stopped. #WyattStrong",
    [("NAME", "Wyatt Unruh"), ("GEO", "Montezuma"), ("NAME", "Darlene"), ("NAME", "#WyattStrong")],
    note="patient, mother and name hashtag are NAME; home town Montezuma is GEO; age 17, the school name South Gray (not a town), the unit 3 North and the church are not identifiers",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Hope Friesen, our new trauma surgeon! Raised on a wheat farm near Copeland, she trained in Wichita and says coming home to southwest Kansas was always the plan. Welcome, Dr. Friesen! 🌾",
    "a surgeon's name and home town: staff are never labelled",
)

# 3
p(
    "es",
    "patient_story",
    "Hace un mes, Matías Pascual Andrés se cayó de un andamio en la planta. Hoy regresa a casa con su esposa Juana y sus tres hijos en Holcomb. ¡Gracias, don Matías, por enseñarnos tanto q'anjob'al! 💙",
    [
        ("NAME", "Matías Pascual Andrés"),
        ("NAME", "Matías", "*"),
        ("NAME", "Juana"),
        ("GEO", "Holcomb"),
    ],
    note="patient (all three tokens look like first names), wife and home town; 'don' is a title; 'la planta' names no employer",
)

# 4
n(
    "es",
    "health_tip",
    "🌡️ Ola de calor en el suroeste de Kansas: si trabaja en la planta empacadora o en el corral de engorda, tome agua cada 15 minutos, descanse a la sombra y conozca las señales del golpe de calor. ¿Dudas? Llame a nuestra línea en español: 620-555-0135.",
    "heat tip for plant and feedlot workers; the number is the hospital's Spanish line",
)

# 5
p(
    "en",
    "discharge",
    "NICU GRAD ALERT 🎓 Baby Ka Paw Htoo came to us at 26 weeks on January 9 and went home yesterday at 6 lbs 2 oz! Her big brother Eh Doh Say made the cap. Ta blut (thank you) to our Karen interpreter Saw Lah Say for being with the family every step. #PPRHNICU",
    [("NAME", "Ka Paw Htoo"), ("DATE", "January 9"), ("NAME", "Eh Doh Say")],
    note="baby ('Baby' is descriptive) and brother are NAME, admission date is DATE; the interpreter Saw Lah Say is staff; 'yesterday' is relative; #PPRHNICU is the hospital's tag",
)

# 6
n(
    "en",
    "public_figure",
    "Gunfighters, lawmen and one very patient horse: thanks to the Wyatt Earp and Bat Masterson reenactors who visited pediatrics during Dodge City Days. The kids voted Doc Holliday best mustache. 🤠",
    "historical figures played by reenactors at a town festival; no patient named",
)

# 7
p(
    "en",
    "pasted_record",
    "PENNER, ABRAM J  DOB 03/14/1958  MRN PP-0417733  Rm 218  Dx: crush injury L hand (feedlot gate)  d/c to home, Copeland KS",
    [
        ("NAME", "PENNER, ABRAM J"),
        ("DATE", "03/14/1958"),
        ("MRN", "PP-0417733"),
        ("OTHER_ID", "Rm 218"),
        ("GEO", "Copeland"),
    ],
    note="chart line pasted by mistake: LAST, FIRST name, DOB, MRN value, room with keyword, home town (KS is a state)",
)

# 8
n(
    "en",
    "crisis_update",
    "UPDATE 9:40 PM: The grass fire north of Ingalls is contained. We treated 6 people tonight for smoke inhalation and minor burns; all are in stable condition. Family reunification at the Garden City campus, east entrance. Media: 620-555-0189.",
    "fire location and a count of patients, none identified; hospital campus and media line",
)

# 9
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Milagros! 🎀 Nació el 2 de febrero, Día de la Candelaria, a las 4:12 a. m., justo cuando la tormenta de nieve cerró la US-50. Sus papás, Rocío y Edgar Tzoc, dicen que fue un verdadero milagro llegar a tiempo desde Lakin.",
    [
        ("NAME", "Milagros"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Rocío"),
        ("NAME", "Edgar Tzoc"),
        ("GEO", "Lakin"),
    ],
    note="baby Milagros (a word-name; 'milagro' is not her name), birth date written twice (date and the holiday), parents, home town; US-50 is the road they drove, not a crash site; the hour is not a date",
)

# 10
n(
    "es",
    "staff_spotlight",
    "Conozcan a Esperanza Dyck, enfermera de parto y una de nuestras intérpretes de bajo alemán. Creció en Cuauhtémoc, Chihuahua, y llegó a Garden City en 2004. ¡Gracias por cuidar a nuestras familias menonitas, Esperanza!",
    "a nurse and interpreter, her home towns: staff are never labelled",
)

# 11
p(
    "en",
    "memorial",
    "We lost a legend. Cowboy poet and our longtime patient Lyle 'Dusty' Reimer passed peacefully in room 304 on the 11th, his 94th birthday, with his daughters Carol and Jean singing. He told every nurse the same story about the '59 blizzard and we loved it every time. Ride easy, Dusty.",
    [
        ("NAME", "Lyle 'Dusty' Reimer"),
        ("NAME", "Dusty", "*"),
        ("OTHER_ID", "room 304"),
        ("DATE", "11th"),
        ("AGE", "94th"),
        ("NAME", "Carol"),
        ("NAME", "Jean"),
    ],
    note="patient with quoted nickname (whole name span, later nickname alone), room, day of month alone of his death, age 94th, daughters; '59 is a bare year",
)

# 12
n(
    "en",
    "health_tip",
    "Harvest is here. 🌾 Before you climb into that combine: shut it down, pull the key, and wait for every moving part to stop. Augers don't give second chances. #HarvestSafe #PrairieStrong",
    "farm safety tip with campaign hashtags",
)

# 13
p(
    "en",
    "thank_you",
    "A huge thank-you from the family of Hodan Abdi Warsame, who spent 19 days with us after the crash on Jennie Barker Road. Her husband Abdirahman brought sambusa for every shift. Mahadsanid, Hodan — we'll miss that smile!",
    [
        ("NAME", "Hodan Abdi Warsame"),
        ("NAME", "Hodan", "*"),
        ("GEO", "Jennie Barker Road"),
        ("NAME", "Abdirahman"),
    ],
    note="patient (Somali three-part name), husband, and the road of her crash (a road named after a person is still GEO); 19 days is a duration",
)

# 14
n(
    "en",
    "campaign_hashtag",
    "Every dollar raised during #HopeForHarvest funds farm-safety kits for rural families in Finney, Kearny and Gray counties. Give at pprhgives.org or call the Foundation at 620-555-0147. #PrairieStrong",
    "campaign hashtags; counties describe the service area, not a patient; hospital domain and number",
)

# 15
p(
    "es",
    "pasted_record",
    "Mensaje del portal: 'Hola, soy la hija de Consuelo Ramírez Xicay, cama 12 del 4 Oeste. Mi mamá nació el 30/11/1961. Por favor llámenme al 620-555-0142, soy Brenda.'",
    [
        ("NAME", "Consuelo Ramírez Xicay"),
        ("OTHER_ID", "cama 12"),
        ("DATE", "30/11/1961"),
        ("PHONE", "620-555-0142"),
        ("NAME", "Brenda"),
    ],
    note="portal message pasted: patient, bed with keyword (4 Oeste is a unit), birth date, daughter's phone and name",
)

# 16
n(
    "es",
    "event",
    "🩺 Feria de salud gratuita el sábado 14 de septiembre en el Centro Comunitario de Dodge City, de 9 a 1. Vacunas, presión arterial y pruebas de azúcar. Habrá intérpretes de español, somalí, karen y q'anjob'al.",
    "event date and venue are not patient identifiers",
)

# 17
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Mrs. Helena Koehn! 🎂 She was born on a homestead near Meade, taught school in a one-room schoolhouse, and is recovering from a hip fracture with us this week. Her great-grandson Caleb drove up from Oklahoma with a quilt from the Koehn family reunion.",
    [
        ("AGE", "100th"),
        ("NAME", "Helena Koehn"),
        ("NAME", "Koehn", "*"),
        ("GEO", "Meade"),
        ("NAME", "Caleb"),
    ],
    note="age 100th, patient ('Mrs.' excluded), family surname again, birthplace town, great-grandson; Oklahoma is a state",
)

# 18
n(
    "en",
    "eponymous_condition",
    "Parkinson's doesn't stop the Rock Steady Boxing crew! Tuesdays and Thursdays, 10 AM, Dodge City campus gym. Ask your neurologist about a referral, or call 620-555-0122.",
    "eponymous condition, class schedule, hospital number",
)

# 19
p(
    "en",
    "patient_story",
    "Remember the 8-year-old who got tangled in the rope during mutton busting at the Ford County fair? Cash is back on his pony! His grandpa Elmer sent us this video of his first ride since July 27. 🐴 #CashCan",
    [
        ("GEO", "Ford County"),
        ("NAME", "Cash"),
        ("NAME", "Elmer"),
        ("PHOTO", "video"),
        ("DATE", "July 27"),
        ("NAME", "#CashCan"),
    ],
    note="boy named Cash (a word), county of his injury, grandfather, the video shows him, injury date, name hashtag; the pony is unnamed",
)

# 20
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Irene Schmidt, 92, has folded every Thank-You card our patients have received since 1998. Ask her for a butterscotch. 💛",
    "a volunteer over 90: volunteers' names and ages are not labelled",
)

# 21
p(
    "es",
    "discharge",
    "¡Se va a casa don Aurelio! 🙌 Después de 23 días en la UCI por la neumonía, Aurelio Chun Mateo vuelve a Ulysses con su hija Marisol. Nos pidió que le dijéramos a toda la cuadrilla de la planta de Sandhill Beef que ya pronto regresa.",
    [
        ("NAME", "Aurelio Chun Mateo"),
        ("NAME", "Aurelio", "*"),
        ("GEO", "Ulysses"),
        ("NAME", "Marisol"),
        ("NAME", "Sandhill Beef"),
    ],
    note="patient, home town, daughter, and his employer (employers are NAME)",
)

# 22
n(
    "es",
    "sponsor",
    "Gracias a Sandhill Beef y a High Plains Feeders por donar 300 cascos para bicicleta a las escuelas primarias de Garden City y Holcomb. 🚲 #FuerzaPradera",
    "companies as donors (not as a patient's employer), schools' towns of a donation, campaign hashtag",
)

# 23
p(
    "en",
    "pasted_record",
    "pt Mohamed A. Farah, bed 3 ED, states wife Ifrah can be reached at ifrah.farah88@gmail.com; KanCare ID 70044219385 verified",
    [
        ("NAME", "Mohamed A. Farah"),
        ("OTHER_ID", "bed 3"),
        ("NAME", "Ifrah"),
        ("EMAIL", "ifrah.farah88@gmail.com"),
        ("HEALTH_PLAN", "70044219385"),
    ],
    note="note pasted: patient with middle initial, ED bed, wife's name and e-mail, Medicaid plan id value",
)

# 24
n(
    "en",
    "recruitment",
    "We're hiring bilingual RNs for our Dodge City campus! Spanish, Somali, Karen or K'iche' a plus. Sign-on bonus up to $15K. Apply at prairieplainsrh.org/careers or call HR at 620-555-0168.",
    "recruitment with hospital URL and HR number",
)

# 25
p(
    "en",
    "birth_announcement",
    "First baby of 2025 at Prairie Plains! 🎉 Welcome Liberty Rose Goertzen, born 12:07 a.m. January 1 to Jolene and Travis of Plains. Travis says she'll be driving the grain cart by age 10.",
    [
        ("NAME", "Liberty Rose Goertzen"),
        ("DATE", "January 1"),
        ("NAME", "Jolene"),
        ("NAME", "Travis", "*"),
        ("GEO", "Plains", 2),
    ],
    note="baby (word-names), birth date, parents, home town Plains KS; the 'Plains' in the hospital's name is not GEO; 2025 is a bare year",
    ok=("Plains",),
)

# 26
n(
    "en",
    "statistic",
    "In 2024 our trauma team cared for 412 farm and ranch injuries — 61 involved augers or PTO shafts, 38 involved livestock. Most patients were men between 40 and 65. #FarmSafetyWeek",
    "aggregate statistics",
)

# 27
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Guadalupe 'Lupita' Hernández Solís, 91 años, quien falleció el 2 de noviembre, Día de Muertos, rodeada de sus nietos. Durante 30 años vendió tamales afuera de la planta en Holcomb. Descanse en paz, Lupita. 🕯️",
    [
        ("NAME", "Guadalupe 'Lupita' Hernández Solís"),
        ("NAME", "Lupita", "*"),
        ("AGE", "91"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Holcomb"),
    ],
    note="patient with nickname, age 91 (without 'años'), death date and the holiday naming the same day, town where she worked and lived",
)

# 28
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de urgencias. Mamá y bebé están bien y nuestro equipo de guardia está... ¡todavía temblando! 😅 Recuerden: si las contracciones son cada 5 minutos, vengan ya.",
    "anonymous birth; 'anoche' is relative",
)

# 29
p(
    "en",
    "discharge",
    "After 112 days in our NICU, twins Amos and Anna Wiebe are HOME in Kismet! Dad Jake built the nursery himself; mom Katie says first stop is church, second stop is Braum's. 💕",
    [
        ("NAME", "Amos"),
        ("NAME", "Anna Wiebe"),
        ("GEO", "Kismet"),
        ("NAME", "Jake"),
        ("NAME", "Katie"),
    ],
    note="twins, parents, home town Kismet KS (a word); 112 days is a duration; Braum's is a restaurant chain",
)

# 30
n(
    "en",
    "public_figure",
    "Thank you, Governor Laura Kelly, for touring our burn unit after last week's grass fires and meeting the nurses and medics who worked through the night. Your support for rural hospitals means a lot out here.",
    "a visiting public figure; no patient",
)

# 31
p(
    "en",
    "thank_you",
    "Shoutout to the Banman family for the 14 dozen zwieback and two pans of platz they dropped off for 2 West. Grandma Sara Banman was our patient in March and says she's never seen a hospital cafeteria run out of pie that fast.",
    [("NAME", "Sara Banman"), ("NAME", "Banman", "*"), ("DATE", "March")],
    note="the family are a patient's relatives (not donors): family surname, patient, month of her stay",
)

# 32
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs elbow ligaments for ropers and bronc riders too. Free injury screening at the high school rodeo finals — booth 12.",
    "eponymous surgery named after a ballplayer; booth number at an event",
)

# 33
p(
    "es",
    "patient_story",
    "Esta es la historia de Faadumo. Llegó de Dadaab con su mamá, Sahra Hassan, y el 7 de junio tuvo su cirugía de corazón. Hoy vino a su primer chequeo con nuestra cardióloga en Dodge City. ¡Faadumo ya quiere jugar fútbol!",
    [("NAME", "Faadumo", "*"), ("GEO", "Dadaab"), ("NAME", "Sahra Hassan"), ("DATE", "7 de junio")],
    note="patient, refugee camp she came from (GEO), mother, surgery date; Dodge City is the hospital's clinic",
)

# 34
n(
    "es",
    "research",
    "Nuestro estudio con la Universidad de Kansas encontró que 1 de cada 4 trabajadores de plantas empacadoras en el condado de Finney tiene presión alta sin diagnosticar. Pronto: chequeos gratuitos en el trabajo.",
    "research statistic about a population",
)

# 35
p(
    "en",
    "pasted_record",
    "Reminder to self: call back KLASSEN, Aganetha re: pacemaker interrogation, device SN PZX778201Q, home ph (620) 555-0161, lives w/ son Peter on Rd 19, Cimarron",
    [
        ("NAME", "KLASSEN, Aganetha"),
        ("DEVICE", "PZX778201Q"),
        ("PHONE", "(620) 555-0161"),
        ("NAME", "Peter"),
        ("GEO", "Rd 19"),
        ("GEO", "Cimarron"),
    ],
    note="a clinician's note posted by mistake: patient, pacemaker serial, home phone, son, road and town",
)

# 36
n(
    "en",
    "hospital_contact",
    "Need a copy of your records? Fax requests to Health Information Management at 620-555-0176 or email him@prairieplainsrh.org. Questions about your bill? 620-555-0100, option 4.",
    "hospital fax, e-mail and main line",
)

# 37
p(
    "en",
    "patient_story",
    "Meet Chase. Last fall a pen gate caught him across the chest at Cottonwood Cattle Company, where he's worked since high school. Three surgeries later, Chase Ratzlaff is back roping with his dad Marvin in Sublette. 🤠",
    [
        ("NAME", "Chase", "*"),
        ("NAME", "Chase Ratzlaff"),
        ("NAME", "Cottonwood Cattle Company"),
        ("NAME", "Marvin"),
        ("GEO", "Sublette"),
    ],
    note="patient (Chase, a word-name), his employer, father, home town; 'last fall' is a season",
)

# 38
n(
    "en",
    "anonymous_story",
    "A patient in her 90s asked our night nurse to braid her hair the way her mother did on the farm. At 3 a.m., that's exactly what happened. This is why we do this. 💙",
    "anonymous; 'in her 90s' is a decade, not an exact age",
)

# 39
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 97, don Eusebio! 🎉 Eusebio Tut Caal celebró hoy en el piso de rehabilitación con pastel de tres leches y marimba de sus bisnietos. Nació en Cobán un 24 de diciembre, así que cada Nochebuena es doble fiesta.",
    [
        ("AGE", "97"),
        ("NAME", "Eusebio Tut Caal"),
        ("NAME", "Eusebio", "*"),
        ("GEO", "Cobán"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
    ],
    note="age 97, patient, birthplace (Guatemalan town), birth date written as date and as the holiday",
)

# 40
n(
    "es",
    "campaign_hashtag",
    "#MilagrosDeLaPradera 🌾 Este mes compartimos historias de esperanza de nuestra comunidad. ¿Tiene una historia que contar? Escríbanos a historias@prairieplainsrh.org.",
    "campaign hashtag that contains a name-like word; hospital e-mail",
)

# 41
p(
    "en",
    "crisis_update",
    "TORNADO UPDATE 11:50 PM: We have received 9 patients from tonight's storm; 2 were transferred to Wichita. Families looking for loved ones, call 620-555-0100. To the family of Lucas Ortiz-Penner: he is out of surgery and asking for his dog.",
    [("NAME", "Lucas Ortiz-Penner")],
    note="a crisis update that names one patient (hyphenated surname); counts, hour, Wichita transfers and the main line are not identifiers",
)

# 42
n(
    "en",
    "crisis_update",
    "⚠️ Tornado warning for Finney and Kearny counties until 7:15 PM. Patients and visitors are sheltering in interior hallways. The ED remains open. Do not call the hospital for weather info — follow @NWSDodgeCity.",
    "weather warning; counties are the warning area; a public agency's handle",
)

# 43
p(
    "en",
    "patient_story",
    "so proud of our girl mariela!! 4 months after the feedyard rollover on hwy 83 she WALKED at kearny county high graduation. thank u pprh rehab team 😭❤️ #marielastrong",
    [("NAME", "mariela"), ("GEO", "hwy 83"), ("GEO", "kearny county"), ("NAME", "#marielastrong")],
    note="lower-case name and name hashtag, road of her crash, county of her school (tells where she lives)",
)

# 44
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Ezekiel Dyck, who delivered an estimated 6,000 babies in Garden City over 38 years — including two of our current L&D nurses! 👶",
    "retiring physician; the babies are an anonymous count",
)

# 45
p(
    "es",
    "pasted_record",
    "URGENTE - Paciente: TZOC XICAY, MARÍA ELENA / Fecha nac.: 08-03-1987 / Exp. 0023-9917 / Hab. 216 / Tel. familiar: 620 555 0127 (esposo, Feliciano)",
    [
        ("NAME", "TZOC XICAY, MARÍA ELENA"),
        ("DATE", "08-03-1987"),
        ("MRN", "0023-9917"),
        ("OTHER_ID", "Hab. 216"),
        ("PHONE", "620 555 0127"),
        ("NAME", "Feliciano"),
    ],
    note="pasted record: LAST LAST, FIRST name, birth date, chart number (expediente), room with its keyword, husband's phone and name",
)

# 46
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por la chinche besucona y puede dañar el corazón años después. Si usted vivió en zonas rurales de Guatemala o México, pregunte a su médico por la prueba. Es gratis en nuestra clínica de Dodge City.",
    "eponymous disease; countries; hospital clinic",
)

# 47
p(
    "en",
    "thank_you",
    "To whoever paid for Rosie's meals in the cafeteria all week: Rosalind Gutiérrez-Friesen wants you to know her hubby Art is off the ventilator and cracking bad jokes again. Bless you. 🙏",
    [("NAME", "Rosie"), ("NAME", "Rosalind Gutiérrez-Friesen"), ("NAME", "Art")],
    note="patient Art (a word-name) and his wife, by nickname and full hyphenated name",
)

# 48
n(
    "en",
    "event",
    "Join us Saturday, June 14, for the Prairie Plains 5K at Lee Richardson Zoo! Proceeds support the Sunny Days pediatric fund. Register at pprhgives.org.",
    "event date, a venue named after a person, a fund name",
)

# 49
p(
    "en",
    "milestone_birthday",
    "NINETY-NINE and still beating us at dominoes! Happy birthday to Abe Thiessen, who is spending his big day on our swing bed unit. His brother Henry (101!) called from Inman to sing.",
    [
        ("AGE", "NINETY-NINE"),
        ("NAME", "Abe Thiessen"),
        ("NAME", "Henry"),
        ("AGE", "101"),
        ("GEO", "Inman"),
    ],
    note="patient's age in capitals words, patient, brother, the brother's age over 89 and town (relatives' identifiers are labelled)",
)

# 50
n(
    "en",
    "health_tip",
    "Grass fire smoke is rolling over Dodge City and Spearville tonight. If you have asthma or COPD, stay inside, run AC on recirculate, and keep rescue inhalers close. Trouble breathing = call 911.",
    "public smoke advisory; towns are the affected area",
)

# 51
p(
    "es",
    "discharge",
    "¡De regreso a casa! Después de 41 días en la UCIN, la pequeña Anita Fehr Wall ya está con su familia en Copeland. Sus papás, Johan y Susana, nos trajeron queso menonita de Chihuahua. ¡Danke schön y muchas gracias! 🧀",
    [("NAME", "Anita Fehr Wall"), ("GEO", "Copeland"), ("NAME", "Johan"), ("NAME", "Susana")],
    note="baby (double Mennonite surname, 'la pequeña' excluded), home town, parents; Chihuahua here is the state the cheese comes from",
)

# 52
n(
    "es",
    "public_figure",
    "Hoy nos visitó el cónsul de México en Kansas City, Lic. Rodrigo Valdés Ortega, para hablar sobre la salud de los trabajadores agrícolas y las jornadas de consulado móvil en Dodge City. ¡Gracias por su apoyo!",
    "a visiting consul (public figure)",
)

# 53
p(
    "en",
    "patient_story",
    "Mr. K came in by helicopter on the 3rd after a grain bin collapsed on him near Satanta. Today he sent us a postcard: 'Wheat's in, I'm out. Thanks, 4 West.' Get well soon, Mr. K! 🌾",
    [("NAME", "K", "*"), ("DATE", "3rd"), ("GEO", "Satanta")],
    note="initial used for the patient, day of month of his injury, place of injury; 4 West is a unit",
)

# 54
n(
    "en",
    "staff_spotlight",
    "Our Pink Ladies auxiliary turned 60 this year! Founding member Gladys Penner, 97, still works the gift shop every Wednesday. Stop by and say hi. 🎀",
    "a volunteer aged 97: volunteers are not patients",
)

# 55
p(
    "en",
    "pasted_record",
    "Portal msg from user wiebe.katie22: 'Can someone call my husband Jake about Amos's feeding schedule? His cell is 620.555.0194. Also our new address is 1207 Road T, Kismet.'",
    [
        ("OTHER_ID", "wiebe.katie22"),
        ("NAME", "Jake"),
        ("NAME", "Amos"),
        ("PHONE", "620.555.0194"),
        ("GEO", "1207 Road T"),
        ("GEO", "Kismet"),
    ],
    note="portal user name, father, baby patient, father's phone, street address and town",
)

# 56
n(
    "en",
    "research",
    "New study from our Dodge City campus: Somali and Karen-speaking patients who got a same-language nurse call after discharge had 30% fewer readmissions. Read the full paper at prairieplainsrh.org/research.",
    "population research; hospital URL",
)

# 57
p(
    "es",
    "thank_you",
    "¡Gracias a la familia Sic Batz por los 150 chuchitos para el turno de noche! 🫔 Su abuelito, don Celestino, estuvo con nosotros desde el Viernes Santo hasta el lunes y dicen que nunca lo vieron tan bien atendido.",
    [("NAME", "Sic Batz"), ("NAME", "Celestino"), ("DATE", "Viernes Santo")],
    note="family surname, patient, admission day named by the holiday; 'el lunes' is a weekday",
)

# 58
n(
    "es",
    "statistic",
    "En 2024 atendimos 1,812 partos: el 58 % de las mamás prefirió atención en español y 94 familias pidieron intérprete de q'anjob'al o k'iche'. ¡Gracias a nuestro equipo de Servicios de Idiomas!",
    "statistics; 94 is a count of families, not an age",
)

# 59
p(
    "en",
    "discharge",
    "LOOK WHO'S GOING HOME!!! BRAXTON HOLT, THE TOUGHEST LITTLE COWBOY IN GRANT COUNTY, RANG THE BELL TODAY AFTER HIS LAST ROUND OF CHEMO. ROOM 12 WON'T BE THE SAME. 🔔🤠",
    [("NAME", "BRAXTON HOLT"), ("GEO", "GRANT COUNTY"), ("OTHER_ID", "ROOM 12")],
    note="all caps: patient, home county, room",
)

# 60
n(
    "en",
    "campaign_hashtag",
    "Wear purple Friday for #GraceForGrandparents — our drive collecting lap blankets for long-term care residents across Ford County. Drop-off: Dodge City campus lobby, 2100 North Central Avenue.",
    "campaign hashtag that looks like a name hashtag; county of the drive; hospital address",
)

# 61
p(
    "es",
    "patient_story",
    "Les presentamos a Yeferson, de 6 años, que el 15 de septiembre —Día de la Independencia de Guatemala— sufrió quemaduras en el incendio de pastizales cerca de Pierceville. Su familia abrió una página para ayudar: gofundme.com/f/ayuda-para-yeferson. ¡Fuerza, campeón! #FuerzaYeferson",
    [
        ("NAME", "Yeferson"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Guatemala"),
        ("GEO", "Pierceville"),
        ("URL", "gofundme.com/f/ayuda-para-yeferson"),
        ("NAME", "#FuerzaYeferson"),
    ],
    note="patient, injury date written as date and as the national holiday, place of injury, the family's fundraiser URL, name hashtag",
)

# 62
n(
    "en",
    "health_tip",
    "Fire season reminder: grass fires can outrun a pickup. If you see smoke on the horizon near your place, call 911 first, then move livestock only if it's safe. Burn injuries? Our ED is open 24/7 at 3200 East Spruce Street.",
    "safety tip; the hospital's address",
)

# 63
p(
    "en",
    "pasted_record",
    "Fwd billing question: pt HTOO, EH KAW / acct 40-118-2271 / SSN xxx-xx-4471 / guarantor: daughter Paw Wah, 620-555-0158. Pls call her, not him — he only speaks Sgaw Karen.",
    [
        ("NAME", "HTOO, EH KAW"),
        ("ACCOUNT", "40-118-2271"),
        ("SSN", "xxx-xx-4471"),
        ("NAME", "Paw Wah"),
        ("PHONE", "620-555-0158"),
    ],
    note="billing note pasted: patient, account number, masked SSN (the last four still identify), daughter and her phone",
)

# 64
n(
    "es",
    "health_tip",
    "Temporada de tornados 🌪️: tenga un plan. Identifique el cuarto interior de su casa o tráiler, guarde zapatos y linterna, y active las alertas de emergencia en su celular. En Garden City, las sirenas se prueban el primer lunes de cada mes.",
    "tornado preparedness tip",
)

# 65
p(
    "en",
    "birth_announcement",
    "A Fourth of July firecracker! 🎆 Independence 'Indy' Ramírez arrived at 9:58 p.m. on the Fourth, right as the Garden City fireworks started. Mom Yesenia says the name was not up for debate. 🇺🇸",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Independence 'Indy' Ramírez"),
        ("DATE", "Fourth", "*"),
        ("NAME", "Yesenia"),
    ],
    note="birth on the holiday, named twice ('Fourth of July', 'the Fourth'); baby with a word-name and nickname; mother; the town fireworks are not her geography",
)

# 66
n(
    "en",
    "public_figure",
    "Pro rodeo bullfighter Jace 'Hollywood' Dominguez stopped by our Dodge City campus before Roundup to talk helmets and vests with young riders. Thanks, Jace! 🤠",
    "a visiting rodeo star with a nickname: public figure, not a patient",
)

# 67
p(
    "es",
    "pasted_record",
    "Reporte de triaje (no publicar): conductor BAUTISTA LÓPEZ, Fredy, lic. KS M12-44-8839, placas 418 KVD, choque en la K-156 y calle 7 de Holcomb, tel. de su hermano Wilmer +1 620 555 0116",
    [
        ("NAME", "BAUTISTA LÓPEZ, Fredy"),
        ("LICENSE", "M12-44-8839"),
        ("VEHICLE", "418 KVD"),
        ("GEO", "K-156"),
        ("GEO", "calle 7"),
        ("GEO", "Holcomb"),
        ("NAME", "Wilmer"),
        ("PHONE", "+1 620 555 0116"),
    ],
    note="triage report: patient, driver's licence and plate values, crash location (highway, street, town), brother and his phone",
)

# 68
n(
    "es",
    "event",
    "¡Clase de parto en español! Todos los martes de octubre, 6:30 p. m., en el salón Cottonwood del campus de Garden City (3200 East Spruce Street). Inscripciones: 620-555-0153.",
    "class schedule, a meeting-room name, hospital address and number",
)

# 69
p(
    "en",
    "memorial",
    "Rest easy, Coach. Dale 'Bull' Harshberger led the Cimarron Bluejays for 31 years and spent his last weeks with us in hospice room 6. He died on Veterans Day — fitting for a Marine. Our hearts are with his wife Bev and the whole Bluejay nation. 💙💛",
    [
        ("NAME", "Dale 'Bull' Harshberger"),
        ("GEO", "Cimarron"),
        ("OTHER_ID", "room 6"),
        ("DATE", "Veterans Day"),
        ("NAME", "Bev"),
    ],
    note="a well-known local coach who is the patient: name with nickname, his school's town (where he lived), room, death on a holiday, wife",
)

# 70
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves', Addison's — thyroid and adrenal conditions are named after the doctors who described them, but they're treatable. Our endocrinology clinic now sees patients in Dodge City every Thursday.",
    "eponymous conditions",
)

# 71
p(
    "en",
    "thank_you",
    "Our own ED charge nurse Brenda Penner-Voth finished her last round of radiation on Halloween and showed up to work dressed as a bell. 🔔 Brenda, we're so proud of you. Costume of the year.",
    [("NAME", "Brenda Penner-Voth"), ("NAME", "Brenda", "*"), ("DATE", "Halloween")],
    note="a staff member who is the patient: name and the date of her last treatment (a holiday)",
)

# 72
n(
    "en",
    "staff_spotlight",
    "Nurse Week spotlight: Abdullahi Warsame came to Garden City in 2008 to work at the plant, learned English at night, and now runs our 4 West night shift. His daughter Hibo just started nursing school. Proud doesn't cover it.",
    "a nurse and his own daughter: staff and staff's family, not patients",
)

# 73
p(
    "es",
    "discharge",
    "¡CHUY YA SE VA A SU CASA! 🎉 Jesús 'Chuy' Domínguez Ortiz pasó 8 semanas con nosotros tras el accidente en el corral de engorda de Ingalls. Su esposa Lety y sus hijas le hicieron un letrero gigante. ¡Te vamos a extrañar, Chuy!",
    [
        ("NAME", "CHUY"),
        ("NAME", "Jesús 'Chuy' Domínguez Ortiz"),
        ("NAME", "Chuy", "*"),
        ("GEO", "Ingalls"),
        ("NAME", "Lety"),
    ],
    note="nickname in capitals and in the full name, place of injury, wife",
)

# 74
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: El incendio al sur de Dodge City está controlado. Atendimos a 4 bomberos voluntarios por inhalación de humo; todos fueron dados de alta. Gracias a los departamentos de bomberos de Ford, Gray y Meade.",
    "crisis update; anonymous firefighters; fire departments' counties",
)

# 75
p(
    "en",
    "patient_story",
    "When Amal Yusuf's water broke two months early during her shift at the packing plant, her coworker Ubah drove her 40 miles through a snowstorm. Baby Sagal arrived on the 19th and is growing strong in our NICU. Ubah, you're a hero. 🌨️",
    [("NAME", "Amal Yusuf"), ("NAME", "Sagal"), ("DATE", "19th")],
    note="mother and baby, birth day of month; the coworker is neither a relative nor household, so not labelled; no employer named",
)

# 76
n(
    "en",
    "anonymous_story",
    "One of our NICU grads from 2019 came back today to deliver cookies she baked with her mom. She's 6 now and informed us she will be a 'baby doctor.' We have no doubt. 🍪",
    "anonymous former patient; bare year, age 6",
)

# 77
p(
    "es",
    "pasted_record",
    "Por favor envíen los resultados de mi papá, Crisanto Pérez Ramos (nacido el 1 de mayo de 1950), a mi correo: perez.ramos.familia@yahoo.com. Número de expediente: 5518-204. Gracias, Maricela.",
    [
        ("NAME", "Crisanto Pérez Ramos"),
        ("DATE", "1 de mayo de 1950"),
        ("EMAIL", "perez.ramos.familia@yahoo.com"),
        ("MRN", "5518-204"),
        ("NAME", "Maricela"),
    ],
    note="a family message posted publicly: patient, full birth date, family e-mail, chart number, daughter",
)

# 78
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a Dolores Klassen, técnica de laboratorio, por sus 25 años con Prairie Plains! Doña Lola nació en Cuauhtémoc y habla español, bajo alemán e inglés. 🧪",
    "a lab tech, her nickname and birthplace: staff",
)

# 79
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! Katharina 'Tina' Unger celebrated in room 112 with borscht from her church ladies and a card from the Governor. She was born in a sod house near Jetmore on March 2 and hasn't slowed down since.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Katharina 'Tina' Unger"),
        ("OTHER_ID", "room 112"),
        ("GEO", "Jetmore"),
        ("DATE", "March 2"),
    ],
    note="'centenarian' states her age; patient, room, birthplace, birth date",
)

# 80
n(
    "en",
    "statistic",
    "This year our Dodge City campus welcomed 41 babies born to Karen-speaking families, 63 to Somali-speaking families, and 7 sets of twins. One mom delivered 97 minutes after walking in. 🏃‍♀️",
    "statistics; 97 is minutes, not an age",
)

# 81
p(
    "en",
    "patient_story",
    "Cheyenne Bottoms? No — Cheyenne Barkman! The 14-year-old barrel racer from Bucklin broke her femur on August 3rd and was back in the saddle for the Kansas High School Rodeo finals. Her mare, Whiskey, approved. 🐎",
    [("NAME", "Cheyenne Barkman"), ("GEO", "Bucklin"), ("DATE", "August 3rd")],
    note="patient (Cheyenne Bottoms is a Kansas wetland, not her), home town, injury date; the horse is not labelled",
)

# 82
n(
    "en",
    "sponsor",
    "Thank you to the Friesen Family Foundation for funding our new pediatric rehab gym in memory of their grandfather. The Friesen Rehab Room opens in May!",
    "donor family naming a room; the opening month is an event date",
)

# 83
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Santiago Efraín! 👶 Nació el 12/12, Día de la Virgen de Guadalupe, y pesó 3.4 kg. Sus papás, Guadalupe y Efraín Zamora, no podían creerlo. ¡Felicidades a la familia Zamora de Sublette!",
    [
        ("NAME", "Santiago Efraín"),
        ("DATE", "12/12"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Guadalupe", 2),
        ("NAME", "Efraín Zamora"),
        ("NAME", "Zamora", "*"),
        ("GEO", "Sublette"),
    ],
    note="baby, birth date as number and holiday (the 'Guadalupe' inside the holiday is part of the DATE), mother Guadalupe, father, family surname, home town",
)

# 84
n(
    "es",
    "health_tip",
    "¿Sabía que el golpe de calor puede matar en menos de una hora? Si un compañero de trabajo está confundido, deja de sudar o se desmaya, llame al 911 y enfríelo con agua. Más información en prairieplainsrh.org/calor.",
    "heat tip; national emergency number and hospital URL",
)

# 85
p(
    "en",
    "thank_you",
    "Pictured: the crew from Sunflower Electric who dug a nurse's car out of a snowdrift so she could make her shift. And this sweet note from room 208's patient, who watched the whole thing from her window: 'Best show all week.' #PrairieStrong",
    [("OTHER_ID", "room 208")],
    note="the room number identifies a patient; the photo shows linemen, not the patient, so no PHOTO",
)

# 86
n(
    "en",
    "recruitment",
    "Now hiring: certified Somali, Karen and Q'anjob'al medical interpreters. Flexible shifts at both campuses. Ask for Nasteho in Language Services, 620-555-0135, or visit prairieplainsrh.org/careers.",
    "recruitment; staff contact; hospital number and URL",
)

# 87
p(
    "en",
    "discharge",
    "He walked out on his own two feet, waved at the whole 3rd floor and told us the hospital coffee is 'worse than the feedlot's.' Fair. Go home and rest, cowboy. 🤠 #TeamTripp",
    [("NAME", "#TeamTripp")],
    note="the patient is named only in the hashtag; '3rd floor' is a unit",
)

# 88
n(
    "en",
    "campaign_hashtag",
    "#TeamPPRH brought home the trophy at the Beef Empire Days tug-of-war! 💪 Congrats to our ED, lab and facilities crew. #BeefEmpireDays #GardenCityStrong",
    "hospital and town campaign hashtags shaped like name hashtags",
)

# 89
p(
    "es",
    "memorial",
    "Hoy despedimos a don Bartolo Ixcoy Sajché, quien trabajó 22 años en la planta de Holcomb y falleció aquí el 14/II. Sus compañeros de la línea hicieron una colecta para enviarlo a San Juan Ixcoy, su pueblo en Huehuetenango. Que descanse en paz.",
    [
        ("NAME", "Bartolo Ixcoy Sajché"),
        ("GEO", "Holcomb"),
        ("DATE", "14/II"),
        ("GEO", "San Juan Ixcoy"),
    ],
    note="patient, town where he worked and lived, death date with Roman month, home municipality; Huehuetenango is a departamento (state level)",
)

# 90
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, quien luchó por la salud y la dignidad de los trabajadores del campo. 31 de marzo, Día de César Chávez. ✊",
    "historical figure and his commemorative day",
)

# 91
p(
    "en",
    "pasted_record",
    "[auto] Portal login alert — user: dwiebe_ranch, last login from 10.44.17.203 — pt WIEBE, DANIEL P, appt 4/22 ortho f/u, MRN 00918844",
    [
        ("OTHER_ID", "dwiebe_ranch"),
        ("IP", "10.44.17.203"),
        ("NAME", "WIEBE, DANIEL P"),
        ("DATE", "4/22"),
        ("MRN", "00918844"),
    ],
    note="system alert pasted: portal user name, patient's IP address, name, appointment date, MRN",
)

# 92
n(
    "en",
    "research",
    "Our Kansas Farmworker Lung Study is enrolling! Adults 18-90 who have worked in feedyards, grain elevators or dairies may qualify. $50 gift card per visit. Call 620-555-0100 ext. 4412.",
    "research recruitment; a population age range; hospital number and extension",
)

# 93
p(
    "en",
    "patient_story",
    "Three generations of Walls in one room! Grandpa Isaak Wall (the patient, bed 2), son Jacob and grandson Little Isaak all showed up in matching suspenders for his knee surgery. Gute Besserung, Opa!",
    [
        ("NAME", "Walls"),
        ("NAME", "Isaak Wall"),
        ("NAME", "Isaak", 2),
        ("OTHER_ID", "bed 2"),
        ("NAME", "Jacob"),
    ],
    note="family surname in the plural, patient, bed, son and grandson ('Little' is descriptive)",
)

# 94
n(
    "en",
    "health_tip",
    "Kawasaki disease is the leading cause of acquired heart disease in U.S. kids. Fever for 5+ days, red eyes, cracked lips, swollen hands? Call your pediatrician. Our pediatric cardiology clinic: 620-555-0122.",
    "eponymous disease (also a city name); hospital number",
)

# 95
p(
    "es",
    "patient_story",
    "UN AÑO DESPUÉS DEL TORNADO DEL 24 DE MAYO, FLOR DE MARÍA COC sigue en terapia, pero ya cocina para sus cinco hijos otra vez. ¡Gracias por dejarnos ser parte de tu historia, Flor!",
    [("DATE", "24 DE MAYO"), ("NAME", "FLOR DE MARÍA COC"), ("NAME", "Flor")],
    note="capitals: the tornado date is her injury date; patient's full name and first name",
)

# 96
n(
    "es",
    "event",
    "🎗️ Caminata contra el cáncer de mama: domingo 20 de octubre, 8 a. m., salida desde el parque Finnup. Camisetas gratis para sobrevivientes. #OctubreRosa",
    "event date and venue",
)

# 97
p(
    "en",
    "birth_announcement",
    "Our first harvest baby of the year arrived on the 28th — a 9 lb 4 oz boy whose dad came straight from the combine, still covered in wheat chaff. Congrats, family! 🌾👶",
    [("DATE", "28th")],
    note="nameless baby, but the day of month of his birth is a date element",
)

# 98
n(
    "en",
    "anonymous_story",
    "Last night a little boy in our ER asked if the helicopter pilot could 'do a flip.' She said no, but she did let him wear her helmet. Sometimes the best medicine is a helmet that's way too big. 🚁",
    "anonymous child; relative time only",
)

# 99
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 -> Enc# E-2291830 / wristband 00-77-4412-A / ABDI, Nimco / ED bed 14 / allergies: PCN",
    [
        ("OTHER_ID", "E-2291830"),
        ("OTHER_ID", "00-77-4412-A"),
        ("NAME", "ABDI, Nimco"),
        ("OTHER_ID", "bed 14"),
    ],
    note="encounter and wristband ids (values), patient, bed with keyword (ED is the unit)",
)

# 100
n(
    "en",
    "hospital_contact",
    "Our Dodge City campus has moved its after-hours entrance to the north side of 2100 North Central Avenue while we repave. Questions? Call 620-555-0122 or message @PPRHDodgeCity.",
    "hospital address, number and handle",
)

# 101
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de la UCI de parte de la familia Coj. Mi suegro, don Tomás 'Tata' Coj, salió adelante del COVID y el 6 de enero, Día de Reyes, comió rosca con sus nietos en casa. — Lidia",
    [
        ("NAME", "Tomás 'Tata' Coj"),
        ("NAME", "Coj", "*"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Lidia"),
    ],
    note="patient with nickname, family surname, a dated event of the patient written twice, daughter-in-law who signs",
)

# 102
n(
    "es",
    "sponsor",
    "Gracias a la Cooperativa de Trigo de Ulysses por patrocinar nuestra Noche de Salud Familiar. ¡Más de 300 familias recibieron chequeos gratis! 🌾",
    "sponsor with a town in its name",
)

# 103
p(
    "en",
    "milestone_birthday",
    "94yo, two new knees, zero patience for hospital Jell-O. Happy birthday, Reuben! Our ortho floor threw him a party with real pie from his church. 🥧",
    [("AGE", "94yo"), ("NAME", "Reuben")],
    note="age token with suffix, patient's first name",
)

# 104
n(
    "en",
    "public_figure",
    "Fun fact for Kansas Day: Garden City's Buffalo Jones helped save the American bison. Fun fact #2: our main campus sits on what was once his ranchland. Happy 164th birthday, Kansas! 🌻",
    "historical figure; a state's 164th birthday is not a person's age",
)

# 105
p(
    "en",
    "patient_story",
    "Follow along with 7-year-old Ayaan Mohamud Ali's recovery after the house fire on Larned Avenue — his aunt Khadra is posting updates at caringbridge.org/visit/ayaanstrong. 💙",
    [
        ("NAME", "Ayaan Mohamud Ali"),
        ("GEO", "Larned Avenue"),
        ("NAME", "Khadra"),
        ("URL", "caringbridge.org/visit/ayaanstrong"),
    ],
    note="patient, street of the fire (his home), aunt, the family's update page",
)

# 106
n(
    "en",
    "staff_spotlight",
    "Say hi to Dr. María José Toews-Guzmán, our new OB/GYN! She grew up in Liberal, did residency in Kansas City, and speaks Spanish and Plautdietsch. Book with her at 620-555-0153.",
    "a physician's hyphenated name and home town: staff",
)

# 107
p(
    "es",
    "discharge",
    "¡Nuestro guerrero salió hoy! 💪 Después de 3 meses y 2 cirugías, Brayan vuelve a Liberal con su abuela Chayo. #BrayanGuerrero #FuerzaPradera",
    [("NAME", "Brayan"), ("GEO", "Liberal"), ("NAME", "Chayo"), ("NAME", "#BrayanGuerrero")],
    note="patient, home town Liberal (a word), grandmother's nickname, name hashtag; #FuerzaPradera is the campaign",
)

# 108
n(
    "es",
    "anonymous_story",
    "Una paciente de más de 90 años nos pidió que le cantáramos 'Las Mañanitas' en k'iche'. Nuestra intérprete lo hizo, y todo el piso lloró. 💐",
    "anonymous; 'más de 90 años' is a range, not an exact age",
)

# 109
p(
    "en",
    "thank_you",
    "The Dueck family wants to thank everyone who helped after their farmhouse near Minneola was flattened in the June 2 tornado. Grandma Agatha is out of the ICU! Cards can be sent c/o our Foundation, 415 West Fulton Street, or call 620-555-0147.",
    [("NAME", "Dueck"), ("GEO", "Minneola"), ("DATE", "June 2"), ("NAME", "Agatha")],
    note="family surname, home town, the tornado date is the patient's injury date, patient; Foundation address and number are the hospital's",
)

# 110
n(
    "en",
    "crisis_update",
    "One year after the June 2 tornado, we're still learning. Our new mass-casualty plan cut ED wait times in half during drills. Thank you to every first responder in Ford and Clark counties.",
    "the date of a disaster with no patient tied to it",
)

# 111
p(
    "es",
    "pasted_record",
    "Datos para el seguro: FRIESEN KLASSEN, Helena — póliza Blue Cross KS XKH448120937 — domicilio: Road 70 #8802, Copeland — cel. del esposo Abram: 620-555-0104",
    [
        ("NAME", "FRIESEN KLASSEN, Helena"),
        ("HEALTH_PLAN", "XKH448120937"),
        ("GEO", "Road 70 #8802"),
        ("GEO", "Copeland"),
        ("NAME", "Abram"),
        ("PHONE", "620-555-0104"),
    ],
    note="insurance data pasted: patient, policy number, rural address and town, husband and his cell",
)

# 112
n(
    "es",
    "recruitment",
    "¿Hablas q'anjob'al, mam o k'iche'? ¡Te necesitamos! Buscamos intérpretes médicos para nuestros campus de Garden City y Dodge City. Solicita en prairieplainsrh.org/empleos o llama al 620-555-0168.",
    "recruitment; hospital URL and number",
)

# 113
p(
    "en",
    "patient_story",
    "He's called the play-by-play for every Spearville Lancers game since 1987. Tonight, after his heart bypass, Stan 'The Voice' Kowalski called the game from his hospital bed in room 319 — and the Lancers won. Get well, Stan! 🏈",
    [
        ("GEO", "Spearville"),
        ("NAME", "Stan 'The Voice' Kowalski"),
        ("NAME", "Stan", "*"),
        ("OTHER_ID", "room 319"),
    ],
    note="a local celebrity who is the patient; his team's town (where he lives), room; 1987 is a bare year",
)

# 114
n(
    "en",
    "event",
    "Blood drive TODAY 10-4 in the Garden City campus cafeteria! Our phlebotomist Sunny Vang promises cookies and zero bruises. Walk-ins welcome. 🩸",
    "event; staff name",
)

# 115
p(
    "es",
    "birth_announcement",
    "¡Llegó Paz! 🕊️ La hija de Nayeli y Óscar Guerrero nació el Día de Acción de Gracias en la madrugada. 'Después de tanta guerra con el parto, le pusimos Paz', dice su papá.",
    [
        ("NAME", "Paz", "*"),
        ("NAME", "Nayeli"),
        ("NAME", "Óscar Guerrero"),
        ("DATE", "Día de Acción de Gracias"),
    ],
    note="baby named Paz (a word), parents, birth on Thanksgiving",
)

# 116
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. 💙💛 Este 21 de marzo, Día Mundial del Síndrome de Down, usa calcetines disparejos y comparte tu foto con #CalcetinesDisparejos.",
    "eponymous condition; awareness day; 'foto' is the reader's",
)

# 117
p(
    "en",
    "pasted_record",
    "Callback list (DO NOT POST): 1) Eh Ler Htoo, 620-555-0113, ZIP 67851, Karen interp needed. 2) GARCIA-LOPEZ, Dulce, post-op day 2, DOB 11/02/2019.",
    [
        ("NAME", "Eh Ler Htoo"),
        ("PHONE", "620-555-0113"),
        ("GEO", "67851"),
        ("NAME", "GARCIA-LOPEZ, Dulce"),
        ("DATE", "11/02/2019"),
    ],
    note="two patients: name, phone and ZIP of one; hyphenated name and DOB of the other",
)

# 118
n(
    "en",
    "statistic",
    "By the numbers, 2024 wheat harvest season: 27 auger injuries, 14 heat illnesses, 9 grain-bin rescues, 0 deaths. Let's keep that last number at zero. #HarvestSafe",
    "aggregate statistics; a season is not a date",
)

# 119
p(
    "en",
    "discharge",
    "bubba's going home!!! 🎉 after 3 wks in peds w/ RSV our little man is back to chasing barn cats in Satanta. thank u Dr. Ochoa & the night crew — love, mom & dad (Krista + Dallas)",
    [("NAME", "bubba"), ("GEO", "Satanta"), ("NAME", "Krista"), ("NAME", "Dallas")],
    note="lower-case nickname, home town, parents (Dallas is a place-name); Dr. Ochoa is staff",
)

# 120
n(
    "en",
    "public_figure",
    "Touchdown! ⚡ Former Chiefs lineman and Dodge City native Marcus Tran visited the peds floor and signed 40 footballs. The kids tackled him. Gently.",
    "a visiting former athlete and his home town: public figure",
)

# 121
p(
    "en",
    "sponsor",
    "The new Tyler Goossen Memorial Helmet Program will give 500 free rodeo helmets to kids across southwest Kansas. Tyler's parents, Lonnie and Deb Goossen, started it after we lost Tyler to a bull-riding injury on April 9, 2019. Thank you for turning grief into protection. 💙",
    [
        ("NAME", "Tyler Goossen"),
        ("NAME", "Tyler", "*"),
        ("NAME", "Lonnie"),
        ("NAME", "Deb Goossen"),
        ("DATE", "April 9, 2019"),
    ],
    note="donors introduced as a late patient's parents are his relatives: patient (also inside the program name), parents, date of his death with the year attached",
)

# 122
n(
    "en",
    "sponsor",
    "The Reimer Family Rodeo Arena hosts our free Cowboy Check-Up Day on September 7: blood pressure, skin checks and hearing tests between go-rounds. Thanks to Reimer Feeders for sponsoring! 🤠",
    "a donor family naming a venue and a sponsoring company; event date",
)

# 123
p(
    "es",
    "milestone_birthday",
    "¡Noventa y dos años y sigue bailando! 💃 Doña Socorro Méndez Ayala celebró su cumpleaños en la habitación 221 con mariachi de Dodge City. Su hijo Rigoberto viajó desde Jerez, Zacatecas, para sorprenderla.",
    [
        ("AGE", "Noventa y dos"),
        ("NAME", "Socorro Méndez Ayala"),
        ("OTHER_ID", "habitación 221"),
        ("NAME", "Rigoberto"),
        ("GEO", "Jerez"),
    ],
    note="age in words, patient ('Doña' excluded), room with keyword, son and his town (Zacatecas is the state); the mariachi's town is not hers",
)

# 124
n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria más querida, doña Trinidad Banda, cumple 100 años este domingo y sigue tejiendo gorritos para la UCIN. ¡Feliz cumpleaños, doña Trini! 🧶",
    "a volunteer turning 100: volunteers' names and ages are not labelled",
)

# 125
p(
    "en",
    "patient_story",
    "Photo: Colt Yoder, 16, on 'Midnight Express' eight seconds before that bull stepped on his chest at the Dodge City Roundup on August 2. Two surgeries and one very loud mom (hi, Shawna!) later, he's home in Fowler. #ColtTough",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Colt Yoder"),
        ("GEO", "Dodge City"),
        ("DATE", "August 2"),
        ("NAME", "Shawna"),
        ("GEO", "Fowler"),
        ("NAME", "#ColtTough"),
    ],
    note="the photo shows the patient; patient, town of his injury, injury date, mother, home town, name hashtag; the bull's name is not labelled",
)

# 126
n(
    "en",
    "event",
    "Dodge City Roundup runs July 30–August 3! Our athletic trainers and paramedics will be behind the chutes every night. Stop by our tent for free sunscreen and earplugs. 🤠",
    "event dates and the rodeo's town",
)

# 127
p(
    "en",
    "pasted_record",
    "pls fax d/c summary for SCHROCK, LaVerne to her son's farm office fax (620) 555-0196 — NOT to our HIM fax 620-555-0176. DOB 7/7/41. thx",
    [("NAME", "SCHROCK, LaVerne"), ("FAX", "(620) 555-0196"), ("DATE", "7/7/41")],
    note="patient, the son's fax number (the hospital's HIM fax is not labelled), date of birth with two-digit year",
)

# 128
n(
    "en",
    "hospital_contact",
    "Questions about MyPrairie, our patient portal? Our help desk is at 620-555-0100 (option 2), Monday–Friday. Never share your portal password — our staff will never ask for it. 🔒",
    "hospital help desk number",
)

# 129
p(
    "es",
    "discharge",
    "¡Alta médica! 🎈 El pequeño Byron Alexander, de 3 años, ya regresa a casa en Deerfield después de la cirugía del 5/VI. Su abuelita doña Tomasa vino desde Momostenango para cuidarlo. ¡Maltyox, doña Tomasa!",
    [
        ("NAME", "Byron Alexander"),
        ("GEO", "Deerfield"),
        ("DATE", "5/VI"),
        ("NAME", "Tomasa", "*"),
        ("GEO", "Momostenango"),
    ],
    note="child ('El pequeño' excluded), home town, surgery date with Roman month, grandmother and her Guatemalan town",
)

# 130
n(
    "es",
    "health_tip",
    "Protéjase del sarampión: revise el carné de vacunas de sus hijos antes del regreso a clases. Vacunas gratis en nuestra clínica de 415 West Fulton Street, martes y jueves. ¿Preguntas? 620-555-0135.",
    "vaccination tip; hospital clinic address and number",
)

# 131
p(
    "en",
    "memorial",
    "IN LOVING MEMORY 🕊️ ELIZABETH 'BETTY' KROEKER, 101ST BIRTHDAY THIS PAST SPRING, PASSED ON CHRISTMAS EVE IN OUR HOSPICE SUITE. SHE NURSED IN THIS BUILDING FROM 1946 TO 1985. THANK YOU, BETTY.",
    [
        ("NAME", "ELIZABETH 'BETTY' KROEKER"),
        ("NAME", "BETTY", "*"),
        ("AGE", "101ST"),
        ("DATE", "CHRISTMAS EVE"),
    ],
    note="a former nurse who is the patient: name with nickname, ordinal age, death on Christmas Eve; bare years and a season are not labelled",
)

# 132
n(
    "en",
    "staff_spotlight",
    "40 years ago today, Nurse Wilma Goering started her first shift at Prairie Plains. She's 91 now and came back this morning for coffee with the night crew. Once a PPRH nurse, always a PPRH nurse. ☕",
    "a retired nurse visiting, aged 91: staff, not a patient",
)

# 133
p(
    "en",
    "patient_story",
    "When the Clark County fire jumped the highway, rancher Dwight Ediger went back for his neighbor's cattle. He spent 3 weeks in our burn unit. His granddaughter Kenzie wrote every nurse a thank-you card in crayon. 🧡",
    [("GEO", "Clark County"), ("NAME", "Dwight Ediger"), ("NAME", "Kenzie")],
    note="county where he was burned, patient, granddaughter",
)

# 134
n(
    "en",
    "crisis_update",
    "GRASS FIRE ALERT: Highway 160 is closed between Ashland and Protection. Our Dodge City ED is on standby. If you are evacuating with oxygen tanks, keep them away from heat. Updates on @PrairiePlainsRH.",
    "road closure (Protection is a town); no patient; hospital handle",
)

# 135
p(
    "es",
    "pasted_record",
    "Nota de enfermería (favor de borrar): Sra. Aganetha Dyck de Wall, cama 4, UCI. Nació 29-II-1964. Habla solo bajo alemán; su hija Susanna (susiwall@hotmail.com) traduce.",
    [
        ("NAME", "Aganetha Dyck de Wall"),
        ("OTHER_ID", "cama 4"),
        ("DATE", "29-II-1964"),
        ("NAME", "Susanna"),
        ("EMAIL", "susiwall@hotmail.com"),
    ],
    note="patient with 'de' married surname, bed, birth date (leap day, Roman month), daughter and her e-mail",
)

# 136
n(
    "es",
    "research",
    "Investigadores de Prairie Plains y K-State estudian cómo el polvo de los corrales de engorda afecta los pulmones de los niños en los condados de Finney y Ford. Las familias participantes reciben $40 por visita.",
    "population research; counties of the study",
)

# 137
p(
    "en",
    "birth_announcement",
    "Twins on Eid! 🌙 Hamza and Hafsa were born on the first morning of Eid al-Fitr to Fardowsa and Abdiwali Hirsi of Garden City. Eid Mubarak to the whole Hirsi family!",
    [
        ("DATE", "Eid", 1),
        ("NAME", "Hamza"),
        ("NAME", "Hafsa"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Fardowsa"),
        ("NAME", "Abdiwali Hirsi"),
        ("NAME", "Hirsi", "*"),
        ("GEO", "Garden City"),
    ],
    note="birth day named twice ('Eid', 'Eid al-Fitr'); 'Eid Mubarak' is a greeting; twins, parents, family surname, home town (the hospital's town, here the family's home)",
    ok=("Eid",),
)

# 138
n(
    "en",
    "campaign_hashtag",
    "Show us your #FarmStrongFamily! Tag a photo of your crew wearing ear protection this harvest and win a cooler from @pprhfoundation. 🌾",
    "campaign hashtag; readers' photos; Foundation handle",
)

# 139
p(
    "en",
    "thank_you",
    "Thank you to Wheatland Co-op for covering every shift while Gerald Unruh recovered from his grain-bin entrapment. Gerald has run their Kalvesta elevator for 27 years and says he'll be back before fall harvest. 🌾",
    [
        ("NAME", "Wheatland Co-op"),
        ("NAME", "Gerald Unruh"),
        ("NAME", "Gerald", "*"),
        ("GEO", "Kalvesta"),
    ],
    note="the patient's employer (NAME), patient, town where he works; 'fall harvest' is a season",
)

# 140
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 30,000 Americans. Our new multidisciplinary ALS clinic in Garden City means families no longer drive 4 hours to Wichita. Learn more at prairieplainsrh.org/als.",
    "eponymous disease named after a ballplayer; hospital URL",
)

# 141
p(
    "es",
    "birth_announcement",
    "En la foto: la pequeña Esperanza Quej Cuc, nacida el primero de agosto a las 3:33 a. m. ¡Con esperanza y mucho amor la recibieron sus papás, Marta y Gaspar! 💕",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Esperanza Quej Cuc"),
        ("DATE", "primero de agosto"),
        ("NAME", "Marta"),
        ("NAME", "Gaspar"),
    ],
    note="photo of the baby, baby (Esperanza; 'esperanza' lower case is the word), birth date with 'primero', parents",
)

# 142
n(
    "es",
    "event",
    "🌹 Este 10 de mayo, Día de las Madres, todas las mamás que den a luz en Prairie Plains recibirán una rosa y una foto profesional gratis. ¡Felicidades, mamás!",
    "a holiday promotion, not any patient's date",
)

# 143
p(
    "en",
    "patient_story",
    "UPDATE FROM THE FAMILY: Trey is off the vent!!! The Holcomb Longhorns are wearing his number on their helmets Friday. Keep the prayers coming. #PRAYFORTREY",
    [("NAME", "Trey"), ("GEO", "Holcomb"), ("NAME", "#PRAYFORTREY")],
    note="patient, his school team's town (where he lives), name hashtag in capitals; Friday is a weekday",
)

# 144
n(
    "en",
    "anonymous_story",
    "A dad drove 70 miles with his daughter's severed fingertip on ice in a Sonic cup. Our hand surgeon reattached it. She's 9, she's fine, and she wants everyone to know she still plays piano. 🎹",
    "anonymous child and father; distance and age 9 are not identifiers",
)

# 145
p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia de don Severiano Lux por el mole que trajeron al 3 Norte. Si alguien encontró la chamarra café de don Severiano, por favor llame a su nieta Yadira al 620-555-0172 (no al hospital, 620-555-0100).",
    [
        ("NAME", "Severiano Lux"),
        ("NAME", "Severiano", "*"),
        ("NAME", "Yadira"),
        ("PHONE", "620-555-0172"),
    ],
    note="patient, granddaughter and her phone next to the hospital's main line (not labelled); 3 Norte is a unit",
)

# 146
n(
    "es",
    "public_figure",
    "¡Qué honor! La campeona olímpica de lucha Brenda Sánchez visitó a nuestros pacientes de pediatría y les enseñó su medalla. 🥇",
    "a visiting athlete: public figure",
)

# 147
p(
    "en",
    "discharge",
    "Daw Mya Sein, 93, went home to her grandson's house on Campus Drive today after beating pneumonia. She taught our whole floor to say 'thank you' in Burmese: kyay zu tin ba de! 🙏",
    [("NAME", "Mya Sein"), ("AGE", "93"), ("GEO", "Campus Drive")],
    note="Burmese honorific 'Daw' excluded; age 93; the street she goes home to",
)

# 148
n(
    "en",
    "staff_spotlight",
    "Meet Saw Htoo Paw, our first Karen-speaking respiratory therapist! He came to Garden City from Mae La camp in 2009 and worked at the plant for 6 years before RT school. 💙",
    "a staff member's name and history",
)

# 149
p(
    "en",
    "pasted_record",
    "txt from unit: 'Rm 5B pt (Fehr, Cornelius, MR# 7730152) wants his wife Tina to bring his Bible + reading glasses. Her # is 620 555 0139'",
    [
        ("OTHER_ID", "Rm 5B"),
        ("NAME", "Fehr, Cornelius"),
        ("MRN", "7730152"),
        ("NAME", "Tina"),
        ("PHONE", "620 555 0139"),
    ],
    note="text message pasted: room, patient, MRN, wife and her phone",
)

# 150
n(
    "en",
    "research",
    "Congrats to Dr. Fatuma Hussein and our Dodge City research team on their new NIH grant to study gestational diabetes in East African moms! 👏",
    "researcher's name; population study",
)

# 151
p(
    "en",
    "milestone_birthday",
    "one hundred years young today!! 🎉 mr. frank zerr got his own parade down the 2 South hallway, complete with the pep band from Sublette, his hometown. the drummer is his great-grandson Tucker.",
    [("AGE", "one hundred"), ("NAME", "frank zerr"), ("GEO", "Sublette"), ("NAME", "Tucker")],
    note="age in words, lower-case name ('mr.' excluded), home town, great-grandson; 2 South is a unit",
)

# 152
n(
    "en",
    "event",
    "Mennonite Relief Sale is this Saturday at the Garden City fairgrounds! Our team will be doing free blood sugar checks next to the verenike booth. See you there. 🥟",
    "community event",
)

# 153
p(
    "es",
    "patient_story",
    "Hace dos semanas, Jacobo 'Jake' Thiessen Peters, de 34 años, perdió tres dedos en una sembradora. Hoy, gracias a nuestro cirujano de mano, ya puede sostener a su bebé. Su esposa Elisabeth nos mandó este video. 🎥",
    [("NAME", "Jacobo 'Jake' Thiessen Peters"), ("NAME", "Elisabeth"), ("PHOTO", "video")],
    note="patient with nickname and double surname, wife, the video shows him; age 34 is not labelled",
)

# 154
n(
    "es",
    "anonymous_story",
    "Anoche, una familia de Guatemala llegó a urgencias con un niño con fiebre muy alta. Solo hablaban mam. En 6 minutos teníamos intérprete por video. Así trabajamos en Prairie Plains. 💙",
    "anonymous family; a country; the video is the interpreter's",
)

# 155
p(
    "en",
    "pasted_record",
    "EMS handoff (do not share): MVC, semi vs pickup on US-83 at mile 42. Driver ALVARADO, Kevin, 23, KS plate 917 HWN. Passenger is his brother Josué. Both to Trauma Bay 2.",
    [
        ("GEO", "US-83"),
        ("NAME", "ALVARADO, Kevin"),
        ("VEHICLE", "917 HWN"),
        ("NAME", "Josué"),
        ("OTHER_ID", "Trauma Bay 2"),
    ],
    note="road of the crash, patient, plate value, brother (also a patient), trauma bay treated as a room",
)

# 156
n(
    "en",
    "health_tip",
    "Anhydrous ammonia burns are a spring planting danger. Always wear goggles and gloves, keep 5 gallons of water on the tank, and flush for 15 minutes if exposed. Then call 911.",
    "farm safety tip",
)

# 157
p(
    "en",
    "thank_you",
    "To Summer and Rich: thank you for trusting us with your mom's care. Marlene Buller was the kindest patient 4 West has ever had, and we will miss her cinnamon rolls on Fridays. 💐",
    [("NAME", "Summer"), ("NAME", "Rich"), ("NAME", "Marlene Buller")],
    note="children with word-names and the patient",
)

# 158
n(
    "en",
    "statistic",
    "Since our Karen and Somali community health workers started home visits, missed prenatal appointments dropped 42%. 90% of moms said they'd recommend the program. 📈",
    "statistics; 90% is not an age",
)

# 159
p(
    "es",
    "memorial",
    "Descanse en paz, Rodolfo 'Rudy' Saucedo, quien falleció el pasado 16 de septiembre. Rudy fue barbero en la avenida Wyatt Earp por 40 años y le cortó el pelo a medio pueblo. Un abrazo a su esposa Amparo.",
    [
        ("NAME", "Rodolfo 'Rudy' Saucedo"),
        ("NAME", "Rudy", "*"),
        ("DATE", "16 de septiembre"),
        ("GEO", "avenida Wyatt Earp"),
        ("NAME", "Amparo"),
    ],
    note="patient with nickname, death date, street of his barbershop (named after a historical figure, still GEO), wife (a word-name)",
)

# 160
n(
    "es",
    "health_tip",
    "¿Trabaja con ganado? La brucelosis y la fiebre Q se transmiten por animales. Use guantes al atender partos de vacas y lave bien sus manos. Consulte con nuestro equipo: 620-555-0122.",
    "zoonosis tip; hospital number",
)

# 161
p(
    "en",
    "patient_story",
    "J.R. rolled his four-wheeler checking pivots on the 22nd. This morning the Haskell County farmer asked our PT team if he could 'just walk to the truck.' Not yet, J.R. Not yet. 😂",
    [("NAME", "J.R.", "*"), ("DATE", "22nd"), ("GEO", "Haskell County")],
    note="initials used as the patient's name, day of month of the injury, his county",
)

# 162
n(
    "en",
    "event",
    "Friday Night Lights, Prairie Plains style: our sports medicine team will be on the sidelines for every Garden City Buffaloes home game this season. Go Buffs! 🏈",
    "team and season; no patient",
)

# 163
p(
    "es",
    "discharge",
    "¡Se fue a casa el bebé Kevin Mateo! Nació el 30 de diciembre con 29 semanas. Su mamá, Ilsy Pascual, dice que la primera visita será a su tía Cata en los apartamentos Campus Heights.",
    [
        ("NAME", "Kevin Mateo"),
        ("DATE", "30 de diciembre"),
        ("NAME", "Ilsy Pascual"),
        ("NAME", "Cata"),
        ("GEO", "Campus Heights"),
    ],
    note="baby, birth date, mother, aunt and her apartment complex (neighbourhood-level GEO)",
)

# 164
n(
    "es",
    "campaign_hashtag",
    "¡Gracias por participar en #VacunaTuFamilia! Este verano vacunamos a 1,200 niños en Garden City, Holcomb y Dodge City. 💉",
    "campaign hashtag; towns of a campaign",
)

# 165
p(
    "en",
    "pasted_record",
    "Scheduling note: pt Abdikadir Osman Nur, DOB 01/01/1975 (registered default), lives with cousin Bashir at 608 N 8th St Apt 3, Garden City. Prefers Somali interpreter.",
    [
        ("NAME", "Abdikadir Osman Nur"),
        ("DATE", "01/01/1975"),
        ("NAME", "Bashir"),
        ("GEO", "608 N 8th St Apt 3"),
        ("GEO", "Garden City"),
    ],
    note="patient, a default January 1 birth date is still his recorded DOB, cousin in his household, street address and town",
)

# 166
n(
    "en",
    "sponsor",
    "Huge thanks to the Dodge City Mennonite Men's Chorus for raising $18,000 for our hospice at their Christmas concert. 🎶 #Grateful",
    "donor group; holiday of a concert",
)

# 167
p(
    "en",
    "birth_announcement",
    "Double sixes! 🎲 Baby Emily Soc Ajanel was born 6/6 at 6:06 a.m., weighing 6 lb 6 oz. Her grandma Sebastiana says she's buying a lottery ticket. 😂",
    [("NAME", "Emily Soc Ajanel"), ("DATE", "6/6"), ("NAME", "Sebastiana")],
    note="baby, birth date (the time and weight are not dates), grandmother",
)

# 168
n(
    "en",
    "public_figure",
    "Thank you, Senator Jerry Moran, for visiting our Garden City campus to hear how rural hospitals are handling the growth of our immigrant and refugee communities.",
    "a visiting senator",
)

# 169
p(
    "es",
    "pasted_record",
    "Captura del chat (sin querer): 'Paciente Wendy Ordóñez, 19 años, cama 8 de Labor y Parto. Su pareja Nery llamó desde el 620-555-0145 preguntando por ella.'",
    [
        ("NAME", "Wendy Ordóñez"),
        ("OTHER_ID", "cama 8"),
        ("NAME", "Nery"),
        ("PHONE", "620-555-0145"),
    ],
    note="screenshot of a chat: patient, bed, partner (household) and his phone (not a hospital number)",
)

# 170
n(
    "es",
    "staff_spotlight",
    "¡Orgullo Prairie Plains! Nuestra enfermera Flor Chávez se graduó de su maestría y su hijo Dylan, de 8 años, la vio cruzar el escenario. 🎓",
    "a nurse and her own son: staff family, not a patient",
)

# 171
p(
    "en",
    "patient_story",
    "Dodge City Red Demons QB Isaiah Banda tore his ACL in Friday's game against Garden City. Surgery went great and Isaiah is already doing quad sets. Red Demon Nation, send him some love! ❤️🖤",
    [("GEO", "Dodge City"), ("NAME", "Isaiah Banda"), ("NAME", "Isaiah", "*")],
    note="his school team's town (where he lives) is GEO even though it is a hospital town; the opponent's town is not; weekday not labelled",
)

# 172
n(
    "en",
    "health_tip",
    "Concussion signs after a hit: headache, confusion, nausea, 'just not right.' When in doubt, sit them out. Our free sideline concussion clinic is open Saturday mornings at 415 West Fulton Street.",
    "tip; hospital clinic address",
)

# 173
p(
    "en",
    "thank_you",
    "Thank you to Ko Naing and the Burmese Buddhist community for the mohinga lunch for our ICU team, in thanks for the care of his father, U Than Tun. 🍜",
    [("NAME", "Naing"), ("NAME", "Than Tun")],
    note="a donor who is a patient's son is labelled; Burmese honorifics 'Ko' and 'U' are excluded",
)

# 174
n(
    "en",
    "anonymous_story",
    "A farmer brought us a thank-you card and a bushel of sweet corn today. He didn't want his name shared — just wanted the trauma team to know he's walking his fields again. 🌽",
    "anonymous former patient",
)

# 175
p(
    "es",
    "birth_announcement",
    "¡Un bebé del Cinco de Mayo! 🇲🇽 Mateo Alejandro nació el 5 de mayo a las 5:05 p. m. en nuestra sala de partos de Dodge City. Felicidades a sus papás, Karla y Jonathan Villalobos, de Montezuma.",
    [
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Mateo Alejandro"),
        ("DATE", "5 de mayo"),
        ("NAME", "Karla"),
        ("NAME", "Jonathan Villalobos"),
        ("GEO", "Montezuma"),
    ],
    note="birth date as holiday and as date, baby, parents, home town; Dodge City is the hospital's delivery unit",
)

# 176
n(
    "es",
    "event",
    "¡Celebra el Cinco de Mayo con nosotros! Habrá chequeos gratis de presión y glucosa en la fiesta del parque Wright de Dodge City, de 11 a 3. 🎉",
    "holiday event; venue",
)

# 177
p(
    "en",
    "pasted_record",
    "Forwarding for the diabetes educator: Dexcom G7 receiver SN 4KT-882-019 belongs to HOLT, Brayden (age 11); mom is alicia.holt.ks@outlook.com, she'll pick it up 10/3.",
    [
        ("DEVICE", "4KT-882-019"),
        ("NAME", "HOLT, Brayden"),
        ("EMAIL", "alicia.holt.ks@outlook.com"),
        ("DATE", "10/3"),
    ],
    note="device serial, patient, mother's e-mail, the date of the patient's pick-up visit; the product name is not an identifier",
)

# 178
n(
    "en",
    "recruitment",
    "Grow your career where the sky is big. 🌾 Prairie Plains is hiring travel-to-perm RNs, CNAs, and a Karen-speaking patient navigator. Relocation help available. prairieplainsrh.org/careers",
    "recruitment; hospital URL",
)

# 179
p(
    "en",
    "memorial",
    "Goodbye, Walt. Walter 'Walt' Isaac spent 72 years on the same quarter section north of Garden City and his last night with us, with his border collie Pepper allowed in by special permission. He was 90. 🐕",
    [("NAME", "Walter 'Walt' Isaac"), ("NAME", "Walt", "*"), ("GEO", "Garden City"), ("AGE", "90")],
    note="patient with nickname, the town his farm is near, age 90; the dog's name is not labelled",
)

# 180
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter disease is a common cause of knee pain in growing athletes — we see a lot of it during wrestling and basketball season. Rest, ice and stretching help. Ask our sports med team.",
    "eponymous condition",
)

# 181
p(
    "en",
    "patient_story",
    "Follow @brooks_on_the_mend for updates on Brooks Albers, the Ulysses sophomore hurt in the grain truck rollover on Road 11. Tagging @PrairiePlainsRH so our trauma team sees the love! 💚",
    [
        ("OTHER_ID", "@brooks_on_the_mend"),
        ("NAME", "Brooks Albers"),
        ("GEO", "Ulysses"),
        ("GEO", "Road 11"),
    ],
    note="the family's social handle (OTHER_ID) next to the hospital's handle; patient, his school town, road of the crash",
)

# 182
n(
    "es",
    "eponymous_condition",
    "El Alzheimer no es parte normal del envejecimiento. Si su papá o abuelita olvida nombres o se pierde en lugares conocidos, hable con su médico. Grupo de apoyo en español: primer jueves del mes, 6 p. m., campus de Dodge City.",
    "eponymous disease; support-group schedule",
)

# 183
p(
    "es",
    "patient_story",
    "Gracias a Dios, Dulce María Arreola ya camina otra vez. El 9 de marzo un conductor la atropelló frente a su casa en la calle Fleming 1104. Hoy su mamá, Griselda, nos trajo conchas para todo el piso. 🥐",
    [
        ("NAME", "Dulce María Arreola"),
        ("DATE", "9 de marzo"),
        ("GEO", "calle Fleming 1104"),
        ("NAME", "Griselda"),
    ],
    note="patient, injury date, home street and number, mother",
)

# 184
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Austin Holcomb, hospitalist, to our Dodge City campus! And no, he's not from Holcomb — he's from Tulsa. 😄",
    "a doctor whose surname is a local town; staff",
)

# 185
p(
    "en",
    "discharge",
    "Going home day for Saw Eh Thaw! 🎉 Three weeks after falling from a ladder at his job on a dairy near Lakin, he's heading home to his wife Naw Mu Mu and their four kids. He spent 11 years in Mae La camp before coming to Kansas; we are honored we got to care for him.",
    [("NAME", "Eh Thaw"), ("GEO", "Lakin"), ("NAME", "Mu Mu"), ("GEO", "Mae La")],
    note="Karen honorifics 'Saw' and 'Naw' are titles, excluded; place of injury; wife; the refugee camp he lived in",
)

# 186
n(
    "en",
    "campaign_hashtag",
    "Thank you for making #GivingTuesday our best ever! $61,200 for the Dodge City NICU family lounge. Watch for our thank-you video on @PPRH_NICU. 💜",
    "campaign hashtag; hospital handle",
)

# 187
p(
    "en",
    "pasted_record",
    "Copied from registration: ENNS, JOHN PETER  Guarantor acct 7781-0045-22  DL KS K09-88-1173  Emergency contact: ENNS, MARGARETHA (wife)  Cell 620/555/0121",
    [
        ("NAME", "ENNS, JOHN PETER"),
        ("ACCOUNT", "7781-0045-22"),
        ("LICENSE", "K09-88-1173"),
        ("NAME", "ENNS, MARGARETHA"),
        ("PHONE", "620/555/0121"),
    ],
    note="registration screen: patient, account, driver's licence, wife and her cell (one digit from the Dodge City line, but not it)",
)

# 188
n(
    "es",
    "event",
    "¡Jornada de salud para trabajadores de la planta! Sábado 12 de abril, de 7 a. m. a 1 p. m., frente a la entrada de Sandhill Beef en Holcomb. Presión, glucosa, colesterol y vacunas contra la gripe. Gratis.",
    "event at a plant gate; the company is a venue, not a patient's employer",
)

# 189
p(
    "es",
    "milestone_birthday",
    "¡Nuestra paciente centenaria, doña Katarina Neufeld, cumplió años el 17 de octubre! Nació en Cuauhtémoc, Chihuahua, y sus nietos le cantaron en bajo alemán y en español. 🎂",
    [
        ("AGE", "centenaria"),
        ("NAME", "Katarina Neufeld"),
        ("DATE", "17 de octubre"),
        ("GEO", "Cuauhtémoc"),
    ],
    note="'centenaria' states her age; patient, birthday, birthplace city (Chihuahua is the state)",
)

# 190
n(
    "es",
    "statistic",
    "La temporada de tornados en cifras: en 2024 atendimos 58 lesiones por tormentas, en pacientes de 2 a 96 años, sin ninguna muerte. Tenga un plan, un refugio y un casco para los niños.",
    "statistics; an age range of a population is not a patient's age",
)

# 191
p(
    "en",
    "discharge",
    "Best Thanksgiving ever: she went home on Thanksgiving morning after 47 days with us, just in time to carve the turkey. 🦃 #JosefinaFuerte #PrairieStrong",
    [("DATE", "Thanksgiving", "*"), ("NAME", "#JosefinaFuerte")],
    note="discharge on a holiday (both mentions of the day), patient named only in a hashtag",
)

# 192
n(
    "es",
    "public_figure",
    "En el Mes de la Herencia Hispana recordamos a la Dra. Helen Rodríguez Trías, pionera de la salud pública y primera latina en presidir la Asociación Americana de Salud Pública.",
    "historical figure",
)

# 193
p(
    "en",
    "thank_you",
    "Some patients are family. ICU nurse Jenna Koehn cared for her own dad, Harlan Koehn, during his COVID fight this winter — and he's home on the farm near Ingalls today. 'She bossed me around like a pro,' he says.",
    [("NAME", "Jenna Koehn"), ("NAME", "Harlan Koehn"), ("GEO", "Ingalls")],
    note="a nurse who is the patient's daughter is labelled as his relative; patient; home town; 'this winter' is a season",
)

# 194
n(
    "en",
    "staff_spotlight",
    "Happy 90th birthday to Leroy Dyck, father of our CFO Janet Dyck-Meier and one of the farmers who helped build our first hospital wing in 1962! 🎂",
    "a staff member's father, not a patient: his age 90 is not labelled",
)

# 195
p(
    "es",
    "pasted_record",
    "Formulario de Medicaid (borrador): Nombre: Saquic Tum, Ana Lucía — Seguro Social: 512-55-0198 — Fecha de nacimiento: 02/09/2001 — Dirección: 1812 Chmelka Dr, Holcomb KS 67851",
    [
        ("NAME", "Saquic Tum, Ana Lucía"),
        ("SSN", "512-55-0198"),
        ("DATE", "02/09/2001"),
        ("GEO", "1812 Chmelka Dr"),
        ("GEO", "Holcomb"),
        ("GEO", "67851"),
    ],
    note="form draft: patient, SSN, birth date, street, town, ZIP",
)

# 196
n(
    "es",
    "crisis_update",
    "⚠️ Por el frío extremo, la clínica de Dodge City abrirá a las 10 a. m. este martes. Urgencias sigue abierta 24 horas. Si necesita transporte, llame al 620-555-0100.",
    "weather schedule change; hospital number",
)

# 197
p(
    "en",
    "birth_announcement",
    "Prairie is here! 🌾 Born July 19 to Cody and Shelby Koop of Leoti, Prairie Jo Koop is the first baby born in our new birthing suites. Cody swears she was named after Prairie Plains. (She wasn't.)",
    [
        ("NAME", "Prairie", 1),
        ("DATE", "July 19"),
        ("NAME", "Cody", "*"),
        ("NAME", "Shelby Koop"),
        ("GEO", "Leoti"),
        ("NAME", "Prairie Jo Koop"),
    ],
    note="baby named Prairie (the 'Prairie' of the hospital's name is not labelled), birth date, parents, home town",
    ok=("Prairie",),
)

# 198
n(
    "es",
    "event",
    "Prueba de sirenas y clase gratuita de RCP este sábado en el parque Stevens de Garden City. ¡Traigan a los niños: nuestros paramédicos traerán la ambulancia! 🚑",
    "event and venue",
)

# 199
p(
    "es",
    "discharge",
    "¡FELICIDADES, TÍO CHEMA! 🎉 DON JOSÉ MARÍA 'CHEMA' LUNA SALIÓ HOY DE REHABILITACIÓN DESPUÉS DE SU DERRAME. LO ESPERAN EN CASA SU ESPOSA CHELO Y SU PERRITA CANELA.",
    [("NAME", "JOSÉ MARÍA 'CHEMA' LUNA"), ("NAME", "CHEMA", "*"), ("NAME", "CHELO")],
    note="capitals: patient by nickname and full name ('TÍO', 'DON' excluded), wife; the dog is not labelled",
)

# 200
n(
    "es",
    "anonymous_story",
    "Un trabajador de la planta llegó con una cortada profunda en la mano. Antes de la cirugía solo preguntó una cosa: '¿Me van a descontar el día?' Conozca sus derechos: la línea de Servicios de Idiomas le ayuda, 620-555-0135.",
    "anonymous worker; hospital language line",
)

# 201
p(
    "en",
    "patient_story",
    "Halima Abdi Jama is ninety-one and has survived a civil war, a refugee camp and two Kansas winters. This week she survived her first surgery, too. Her grandson Mustafe translated every word. She asked us to say hello to everyone back home in Kismayo.",
    [("NAME", "Halima Abdi Jama"), ("AGE", "ninety-one"), ("NAME", "Mustafe"), ("GEO", "Kismayo")],
    note="patient, age in words, grandson, home city abroad",
)

# 202
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke. Sudden face drooping? Don't guess — call 911. Our Garden City ED is a certified stroke center. #BEFAST",
    "eponymous condition; campaign hashtag",
)

# 203
p(
    "en",
    "pasted_record",
    "wrong chat lol — 'pt in 4N-12 is gonzalez, rosa (mrn 0-0339-1877), her sister lupe is at the desk asking for the wifi pw'",
    [("OTHER_ID", "4N-12"), ("NAME", "gonzalez, rosa"), ("MRN", "0-0339-1877"), ("NAME", "lupe")],
    note="room code tied to the patient (no keyword, so the code itself), lower-case name, MRN, sister",
)

# 204
n(
    "en",
    "research",
    "New: our partnership with Kansas State's Beef Cattle Institute is studying how heat stress affects feedlot workers' kidneys. 120 volunteers enrolled so far. Thank you, Finney County!",
    "population research; a county thanked",
)

# 205
p(
    "es",
    "memorial",
    "Nos despedimos de Ramona Cisneros, quien vivió 64 años en la Avenue B de Dodge City y murió aquí, en nuestro campus de Dodge City, el 3 de abril. Gracias a sus hijos Beto y Male por dejarnos acompañarla.",
    [
        ("NAME", "Ramona Cisneros"),
        ("GEO", "Avenue B"),
        ("GEO", "Dodge City", 1),
        ("DATE", "3 de abril"),
        ("NAME", "Beto"),
        ("NAME", "Male"),
    ],
    note="patient, home street and town; the same town as the hospital's campus is not labelled; death date; children by nicknames",
    ok=("Dodge City",),
)

# 206
n(
    "es",
    "recruitment",
    "¿Eres técnico de farmacia bilingüe? Prairie Plains te ofrece bono de $5,000 y horario flexible. Conoce a nuestra gerente, Lety Friesen, en la feria de empleo del 22 de mayo. prairieplainsrh.org/empleos",
    "recruitment; a manager's name; job-fair date; hospital URL",
)

# 207
p(
    "en",
    "milestone_birthday",
    "Happy 98th birthday, sweetheart! Ruth Ann Stucky was born on Valentine's Day and is spending this one on our rehab unit, with roses from her son Merle and a heart-shaped cookie from the night shift. ❤️",
    [("AGE", "98th"), ("NAME", "Ruth Ann Stucky"), ("DATE", "Valentine's Day"), ("NAME", "Merle")],
    note="ordinal age, patient, birth on a holiday, son",
)

# 208
n(
    "en",
    "public_figure",
    "#ThankYouMaggie — KSN meteorologist Maggie Ortega stopped by to thank our storm-weary ED team with 20 pizzas. 🍕",
    "a TV meteorologist in a name-shaped hashtag: public figure",
)

# 209
p(
    "en",
    "thank_you",
    "Faith wants to find the nurse who sang 'Amazing Grace' to her husband Orlan in room 214 on the night of the 30th. Please call her at 620-555-0183 — she says it was the only night he slept.",
    [
        ("NAME", "Faith"),
        ("NAME", "Orlan"),
        ("OTHER_ID", "room 214"),
        ("DATE", "30th"),
        ("PHONE", "620-555-0183"),
    ],
    note="wife (a word-name) and patient, room, day of month, wife's phone",
)

# 210
n(
    "en",
    "health_tip",
    "Ticks are out on the prairie! Check kids and dogs after every pasture walk. Fever or a bullseye rash? Call your doctor. Rocky Mountain spotted fever is rare here — but it happens.",
    "tip; disease named after a place",
)

# 211
p(
    "es",
    "patient_story",
    "Pedro Brito Cobo llegó de Nebaj hace 10 años y trabaja en Feedyard Los Pinos. El 1.º de julio lo pateó un novillo y se fracturó la pierna. Hoy ya camina con muletas. ¡Ánimo, Pedro! 💪",
    [
        ("NAME", "Pedro Brito Cobo"),
        ("NAME", "Pedro", "*"),
        ("GEO", "Nebaj"),
        ("NAME", "Feedyard Los Pinos"),
        ("DATE", "1.º de julio"),
    ],
    note="patient, home town abroad, employer, injury date with an ordinal sign",
)

# 212
n(
    "es",
    "research",
    "Estudio de Prairie Plains: el 38 % de los niños de familias que trabajan en la carne en Garden City tiene caries sin tratar. Por eso abrimos la clínica dental móvil. 🦷",
    "population statistic",
)

# 213
p(
    "en",
    "discharge",
    "Hope Nickel was told she might never walk again after the grass fire near Englewood on the 8th. She walked out our front doors today. Hope, you ARE hope. 💛 #HopeNickelStrong",
    [
        ("NAME", "Hope Nickel"),
        ("NAME", "Hope", "*"),
        ("GEO", "Englewood"),
        ("DATE", "8th"),
        ("NAME", "#HopeNickelStrong"),
    ],
    note="patient Hope (the lower-case 'hope' is the word), place of injury, day of month, name hashtag",
)

# 214
n(
    "en",
    "sponsor",
    "Thank you, Nickel Family Dairy, for donating 400 gallons of milk to our pediatric and NICU families this year! 🥛",
    "a donor business with a family surname",
)

# 215
p(
    "es",
    "pasted_record",
    "Usuario del portal: mgarcia_holcomb77 — Paciente: García Tomás, Marvin — Cita: 14-nov, 9:30, Ortopedia — Teléfono de la mamá (Doris): 620-555-0125",
    [
        ("OTHER_ID", "mgarcia_holcomb77"),
        ("NAME", "García Tomás, Marvin"),
        ("DATE", "14-nov"),
        ("NAME", "Doris"),
        ("PHONE", "620-555-0125"),
    ],
    note="portal user name, patient, appointment date, mother and her phone",
)

# 216
n(
    "es",
    "campaign_hashtag",
    "#ElRanchoSeCuida 🐄 Esta semana compartimos consejos de seguridad para vaqueros y trabajadores de corrales. ¡Etiquete a su cuadrilla!",
    "campaign hashtag",
)

# 217
p(
    "en",
    "patient_story",
    "the whole town of Montezuma showed up in purple for little Micah Wiebe's homecoming parade after his leukemia treatment. we're not crying, you're crying. #micahsmarch #PrairieStrong",
    [("GEO", "Montezuma"), ("NAME", "Micah Wiebe"), ("NAME", "#micahsmarch")],
    note="home town, patient ('little' excluded), lower-case name hashtag; #PrairieStrong is the campaign",
)

# 218
n(
    "es",
    "anonymous_story",
    "Ayer una abuelita caminó 3 kilómetros en la nieve para traer la insulina de su nieto a urgencias. Tiene casi 90 años. La llevamos a su casa en una de nuestras camionetas. 🚗❄️",
    "anonymous; 'casi 90' is not an age over 89",
)

# 219
p(
    "en",
    "memorial",
    "We remember Soe Moe, 58, who died on the first of June after a long fight with liver cancer. His wife Htoo Htoo and their children returned his ashes to Hpa-an. Our Karen community health team will miss his laugh.",
    [("NAME", "Soe Moe"), ("DATE", "first of June"), ("NAME", "Htoo Htoo"), ("GEO", "Hpa-an")],
    note="patient, death date in words, wife, his home city in Myanmar",
)

# 220
n(
    "en",
    "staff_spotlight",
    "Our athletic trainer Coach Dee Schroeder was named Kansas Athletic Trainer of the Year! 20 seasons with the Cimarron Bluejays and not one missed game. 🏆",
    "staff member and the team she works with",
)

# 221
p(
    "es",
    "thank_you",
    "Mil gracias a las enfermeras que acompañaron a mi hija Keyla el día 5, cuando nació su bebé Liam antes de tiempo. Estuvieron con ella toda la noche. Dios las bendiga. — Alba, abuela orgullosa",
    [("NAME", "Keyla"), ("DATE", "día 5"), ("NAME", "Liam"), ("NAME", "Alba")],
    note="mother and baby, day of month of the birth ('día 5'), grandmother who signs",
)

# 222
n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a nuestra intérprete de k'iche', Doña Juana Tzul, que cumple 20 años en Prairie Plains. ¡Ha acompañado más de 3,000 partos! 👏",
    "an interpreter: staff",
)

# 223
p(
    "en",
    "pasted_record",
    "From the contact form: 'My brother Arturo Gómez was in your ICU Sept 3-9. I'm writing about him at arturosroad.blogspot.com and want permission to use your logo. — Ana Gómez, anagomez.writes@gmail.com'",
    [
        ("NAME", "Arturo Gómez"),
        ("DATE", "Sept 3-9"),
        ("URL", "arturosroad.blogspot.com"),
        ("NAME", "Ana Gómez"),
        ("EMAIL", "anagomez.writes@gmail.com"),
    ],
    note="patient, stay dates as one range, the family's blog URL, sister and her e-mail",
)

# 224
n(
    "en",
    "hospital_contact",
    "Reminder: Prairie Plains will never text you asking for payment by gift card. Real billing questions go to 620-555-0100 or billing@prairieplainsrh.org. Report scams to @PrairiePlainsRH.",
    "hospital number, e-mail and handle",
)

# 225
p(
    "es",
    "birth_announcement",
    "¡El último bebé del año! Nació en Nochevieja, a las 11:58 p. m.: Ángel Gabriel Ríos, hijo de Daniela y Luis. Dos minutos más y habría sido el primero de 2025. 😅 ¡Bienvenido, Ángel!",
    [
        ("DATE", "Nochevieja"),
        ("NAME", "Ángel Gabriel Ríos"),
        ("NAME", "Ángel", "*"),
        ("NAME", "Daniela"),
        ("NAME", "Luis"),
    ],
    note="birth on New Year's Eve, baby, parents; 2025 is a bare year",
)

# 226
n(
    "es",
    "health_tip",
    "Con el viento del oeste llegan las tolvaneras. Si tiene asma, use mascarilla N95 al trabajar afuera y tenga su inhalador a la mano. Más consejos en prairieplainsrh.org.",
    "dust-storm tip; hospital domain",
)

# 227
p(
    "es",
    "patient_story",
    "¡Giro inesperado! Nuestro querido recepcionista voluntario, don Marvin Isaac, de 95 años, estuvo esta semana del otro lado del mostrador tras una caída en su casa de Holcomb. Está bien, está gruñón y quiere que le devuelvan su gafete. 😂",
    [("NAME", "Marvin Isaac"), ("AGE", "95"), ("GEO", "Holcomb")],
    note="a volunteer who is the patient: name, age 95, home town",
)

# 228
n(
    "en",
    "staff_spotlight",
    "Our oldest volunteer, Marjorie Unruh, turns 99 on Sunday, June 8! She still shelves books in the patient library every Tuesday. Stop by with a card. 📚",
    "a volunteer's age and birthday: not a patient",
)

# 229
p(
    "es",
    "patient_story",
    "Seguimos buscando a la familia de un paciente: Nelson Mejía Paz, de unos 40 años, originario de Olanchito, Honduras. Llegó inconsciente el 27 de enero tras el accidente en la Highway 50. Caso 2025-00417. Llame al 620-555-0110.",
    [
        ("NAME", "Nelson Mejía Paz"),
        ("GEO", "Olanchito"),
        ("DATE", "27 de enero"),
        ("GEO", "Highway 50"),
        ("OTHER_ID", "2025-00417"),
    ],
    note="public appeal naming a patient: name, home town abroad, admission date, road of the crash, case number; the number is the hospital's ED",
)

# 230
n(
    "es",
    "event",
    "Posada navideña para las familias de la UCIN: 18 de diciembre, 6 p. m., en la cafetería del campus de Garden City. Habrá tamales, piñata y fotos con Santa. 🎄",
    "event date",
)

# 231
p(
    "en",
    "thank_you",
    "huge shoutout to the night crew on 3 north from the guys at Sandhill Beef second shift — our buddy tito is back on the line next week after his appendix blew up on memorial day. tito says the jello was mid.",
    [("NAME", "Sandhill Beef"), ("NAME", "tito", "*"), ("DATE", "memorial day")],
    note="coworkers' post: the patient's employer, lower-case nickname, the day of his emergency (holiday, lower case)",
)

# 232
n(
    "en",
    "eponymous_condition",
    "Public health note: Finney County has confirmed 3 cases of Legionnaires' disease linked to a cooling tower. The hospital's water systems are not affected. Symptoms: cough, fever, muscle aches.",
    "eponymous disease; anonymous cases; county of a public-health notice",
)

# 233
p(
    "en",
    "pasted_record",
    "'DOB 12/25, yes Christmas, yes she's heard every joke' — pt SCHMIDT, Noelle, bed 22, tiktok @noelleonthefarm, mom on phone 620-555-0187",
    [
        ("DATE", "12/25"),
        ("DATE", "Christmas"),
        ("NAME", "SCHMIDT, Noelle"),
        ("OTHER_ID", "bed 22"),
        ("OTHER_ID", "@noelleonthefarm"),
        ("PHONE", "620-555-0187"),
    ],
    note="birth date as number and holiday, patient, bed, social handle, mother's phone (two digits from the media line, but not it)",
)

# 234
n(
    "en",
    "recruitment",
    "Interpreters wanted — Somali, Karen, Burmese, Q'anjob'al, Mam. Part-time and PRN. Questions? Email languageservices@prairieplainsrh.org. 🌍",
    "recruitment; hospital e-mail",
)

# 235
p(
    "es",
    "discharge",
    "¡Graduación de la UCIN! 🎓 Camila y Valentina, las gemelas de Yanira y Erick Baten, llegaron el 2/VII con apenas 1 kilo cada una. Hoy se van a casa a Garden City. ¡Las vamos a extrañar en la cuna 3 y la cuna 4!",
    [
        ("NAME", "Camila"),
        ("NAME", "Valentina"),
        ("NAME", "Yanira"),
        ("NAME", "Erick Baten"),
        ("DATE", "2/VII"),
        ("GEO", "Garden City"),
        ("OTHER_ID", "cuna 3"),
        ("OTHER_ID", "cuna 4"),
    ],
    note="twins, parents, birth date with Roman month, home town (the hospital's town, here their home), crib numbers with keyword",
)

# 236
n(
    "es",
    "public_figure",
    "¿Sabía que la Dra. Virginia Apgar creó la escala que usamos en cada nacimiento? En 1952 cambió para siempre el cuidado de los recién nacidos. Hoy la recordamos en su cumpleaños, 7 de junio.",
    "historical figure and her birthday; eponymous score",
)

# 237
p(
    "en",
    "patient_story",
    "Eleven-year-old Levi Penner was riding his bike home from Pleasant Valley School when a semi clipped him on Road 22 near Copeland on October 14th. Today he rang our discharge bell with his brothers Sam and Ezra. 🔔",
    [
        ("NAME", "Levi Penner"),
        ("GEO", "Road 22"),
        ("GEO", "Copeland"),
        ("DATE", "October 14th"),
        ("NAME", "Sam"),
        ("NAME", "Ezra"),
    ],
    note="patient, road and town of the crash, injury date, brothers; the school name is not an identifier",
)

# 238
n(
    "en",
    "statistic",
    "Our Garden City ED saw 41,930 visits last year. Busiest day: July 5. Quietest: Christmas. Most common reason: back pain. Most unusual: a man who swallowed a feedlot ear tag. 🐄",
    "statistics; dates of hospital volume, not a patient's; anonymous patient",
)

# 239
p(
    "es",
    "pasted_record",
    "Para seguridad: el carro de la familia del paciente de la habitación 310 (Chevy Silverado blanca, placas de Chihuahua EFJ-42-17) está en zona de ambulancias. Que lo mueva su yerno, Ovidio.",
    [("OTHER_ID", "habitación 310"), ("VEHICLE", "EFJ-42-17"), ("NAME", "Ovidio")],
    note="room of an unnamed patient, the family's plate value, son-in-law; Chihuahua is the issuing state",
)

# 240
n(
    "en",
    "anonymous_story",
    "Last night our NICU team celebrated a 100-day milestone with one of our tiniest fighters: a cupcake (for the parents), a tiny banner, and a LOT of happy tears. 🎉",
    "anonymous baby; '100-day' is a duration, not an age",
)

if __name__ == "__main__":
    S.main("phi_dev68_source")
