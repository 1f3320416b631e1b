"""Blind development set d36 for the PHI scanner: tests/data/phi_dev36.jsonl.

Organisation: Saguaro Valley Health, Tucson and Phoenix, AZ (phi_dev36_org.json): sites, phones,
domains, handles. The Tucson campus (trauma, burns, children's, NICU), the Phoenix campus (trauma,
burn ICU, sports medicine), the Sun City West campus (geriatrics, rehab, cardiac, dialysis) and a
South Tucson clinic; seven hospital numbers (switchboards, ED/security, nurse and interpreter line,
foundation, Sells outreach); two domains; three handles.
Focus: Sonoran Desert posts: Tohono O'odham and Pascua Yaqui patients and villages (Sells, Pisinemo,
Gu Achi, Ali Chuk, Old and New Pascua, Guadalupe), Mexican American families on both sides of the
border, snowbirds and Sun City elders over 90, heat stroke, pavement burns, bees and rattlesnakes,
hiking and desert rescues, monsoon floods, lightning and dust storms, rodeo injuries,
spring-training ballplayers; names that are ordinary words, places or holidays (Paz, Storm, Summer,
River, Liberty, Justice, Dakota, Sedona, Winslow, Guadalupe, Cielo, Blanca Nieves, Socorro, Dolores,
Crystal), double surnames, nicknames, lower-case and ALL-CAPS names, name hashtags, pasted bed
boards, tickets, portal and billing lines; near-twin hard negatives (staff, volunteers, officials
and celebrities who are patients next to ones who are not).
Language mix: 240 posts, 120 English and 120 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- The place where a named patient was hurt, lost or rescued (trail, peak, wash, mountain range,
  park, the town of a rodeo or fair, a road or highway of a crash, I-10 included) is GEO, like the
  road of a crash. The same places in tips, statistics, warnings or anonymous stories are not
  labelled.
- Tribal nations (Tohono O'odham Nation, Pascua Yaqui) are affiliations, not GEO; a patient's
  village, district or community (Sells, Pisinemo, San Xavier, Old Pascua, New Pascua, Guadalupe,
  barrio Pascua) is GEO.
- A tribal enrollment number is OTHER_ID; AHCCCS, Medicare, Mercy Care, OHIP, BCBS and tribal
  health-program member numbers are HEALTH_PLAN; the Spanish chart number (Exp., expediente) is MRN;
  NSS is SSN.
- A snowbird's home city abroad or in another state (Duluth, Winnipeg, Saskatoon, Thunder Bay,
  Sherbrooke) is GEO, with a Canadian postal code; provinces and states are not.
- A date on which the patient travels home ("Back home to Duluth in April", "drive back to Saskatoon
  3/30") is a date element tied to the patient and is DATE. The date of a bed list, census or triage
  note is DATE (the patients' date of stay); times of day are not.
- Holidays: when the patient's birth, injury, onset or death fell on one (Día de San Juan, Semana
  Santa, Jueves Santo, Domingo de Ramos, Easter, Día de Muertos, Día de Reyes, Navidad,
  Thanksgiving, Halloween, Valentine's Day, the 4th of July, Mexican Independence Day, Día de San
  Isidro, día de San José, día de la Virgen de Guadalupe), the holiday is DATE, and when the date is
  also written, both are labelled. A count of many births on a holiday (Día de las Madres) is not
  tied to one patient and is not labelled.
- Ages written as words or odd tokens are AGE: "Noventa y siete", "noventa y nueve", "Ninety-two",
  "Cien", "9-0" (the big 9-0), "94F" on a tracking board, "96-year-old", "centenaria",
  "Centenarian". Ages 88 and 89, a son's age of 79, volunteers' ages (95, 92) and 90 as a
  temperature are not. A relative's age over 89 (a great-grandmother of 93) is labelled.
- A quoted nickname with its article ("La Generala", "El Halcón", "El Chapulín") is labelled with
  the article as part of the name; kinship and courtesy titles (Tata, Grandpa, Grandma, don, doña,
  Mr., Sra., Deputy, Officer) are left out, and so is the suffix Jr.
- Treatment-room, hallway and ED-bay positions on a tracking board (TR4, TR9, HALL 2, bay 7), cribs
  (Cuna 4) and Hab./cuarto/Rm/Bed numbers tied to a patient are OTHER_ID with their keyword; an
  empty bed is not labelled. A bed number of an unnamed patient in an IT ticket ("the bed 14
  patient") is still labelled.
- Staff, volunteers, officials and celebrities who are patients (a respiratory therapist, a former
  charge nurse, a deputy, a firefighter, a tribal police officer, a former senator, a state
  legislator, a boxer, two ballplayers, a volunteer who died in our care) are labelled; the same
  kind of people visiting, working or being honoured are not. A new nurse introduced as a former
  NICU patient is labelled; in the job ad where she is only staff, she is not.
- Donors introduced as a patient's family are labelled; donor families, businesses and clubs are
  not. A patient named in a memorial run or walk is labelled, but the event's date and venue are
  not.
- A hashtag containing a patient's name (#LupitaStrong, #abuelotony, #GemelosManuel,
  #MatíasGuerrero) is one NAME span; campaign hashtags (#SaguaroStrong, #FuerzaDesierto,
  #MonsoonBaby, #CorazónDelDesierto) are not.
- Pets and animals (the K9 Diesel, the horses Biscuit and Dust Devil) and eponyms (Kawasaki,
  Guillain-Barré, Parkinson's, Tommy John, Down, Chagas, Alzheimer) are never labelled; a song title
  ("Cielito Lindo") is not a name.
- "Sunny days ahead for our girl" in a memorial for Sunny is wordplay and is declared unlabelled.
- PHOTO is labelled only where the text says the photo or video shows the patient (three posts); a
  phone photo of a form, a staff photo and photo calls in campaigns are not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev36.jsonl"), os.path.join(HERE, "phi_dev36_org.json"), "d36")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "After 19 days in our burn unit, Ruben is going home to Ajo! He grabbed a car door handle in "
    "the July heat and got second-degree burns on both palms. Nurses lined the hall for his "
    "clap-out. Go get 'em, Ruben 🌵 #SaguaroStrong",
    [("NAME", "Ruben", "*"), ("GEO", "Ajo"), ("DATE", "July")],
    note=(
        "Ruben is the patient (twice); Ajo is his home town (also the Spanish word for garlic); the "
        "month of the burn is a date element tied to him. #SaguaroStrong is the hospital's campaign "
        "hashtag."
    ),
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Meet Delores Antone, RN, who grew up in Sells and drives 60 miles each way "
    "to work nights in our ED. 'Heat season is our hurricane season,' she says. Thank you, "
    "Delores!",
    "Delores Antone is a nurse; her home town is a staff member's detail, not a patient's.",
)

# 3
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Xóchitl! Nació el 24 de junio, Día de San Juan, justo cuando cayó la primera "
    "lluvia del monzón. Sus papás, Itzel y Ramón Amarillas, dicen que es su bendición de agua. "
    "3.2 kg de pura alegría 💧",
    [
        ("NAME", "Xóchitl"),
        ("DATE", "24 de junio"),
        ("DATE", "Día de San Juan"),
        ("NAME", "Itzel"),
        ("NAME", "Ramón Amarillas"),
    ],
    note=(
        "Newborn and parents named; the birth date is written twice (date and the feast day), both "
        "labelled."
    ),
)

# 4
n(
    "es",
    "health_tip",
    "Calor extremo: si vas a caminar en Sabino Canyon o el Monte Lemmon, sal antes de las 7 "
    "a.m., lleva un galón de agua por persona y dile a alguien tu ruta. Los golpes de calor "
    "pueden matar en menos de una hora. #VeranoSeguro",
    "General hiking advice; the places are not tied to any patient.",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 103rd birthday to Mrs. Winifred 'Winnie' Olsen, who has wintered in Sun City since "
    "1971 and was our patient on 3 West this week! She says the secret is bridge, bourbon and "
    "never shoveling snow again. Back home to Duluth in April 🎂",
    [
        ("AGE", "103rd"),
        ("NAME", "Winifred 'Winnie' Olsen"),
        ("GEO", "Sun City"),
        ("GEO", "Duluth"),
        ("DATE", "April"),
    ],
    note=(
        "Snowbird patient: age over 89, name with quoted nickname, winter home and home city; the "
        "month she travels home is a date element tied to her. 1971 is a bare year; 3 West is a unit."
    ),
)

# 6
n(
    "en",
    "public_figure",
    "Spring training is here! Chicago Cubs pitcher Marco Villaseñor and catcher Danny Kwon "
    "stopped by our Phoenix pediatric floor today to sign caps and talk hydration with the kids. "
    "Thanks for the visit, fellas! #SaguaroKids",
    "Visiting ballplayers are public figures, not patients; no child is identified.",
)

# 7
p(
    "en",
    "public_figure",
    "Update from Saguaro Valley Health Phoenix: Chicago Cubs reliever Tanner Boyd was treated "
    "here on March 6 after being struck by a line drive during a Cactus League game in Mesa. He "
    "is awake, in good spirits and was released; his family gave permission to share this update.",
    [("NAME", "Tanner Boyd"), ("DATE", "March 6"), ("GEO", "Mesa")],
    note=(
        "A public figure who IS a patient: name, date of treatment and the city of the injury are "
        "labelled."
    ),
)

# 8
n(
    "es",
    "eponymous_condition",
    "Noviembre es el mes de concientización sobre el Alzheimer. Si tu abuelo repite preguntas o "
    "se pierde camino a la tienda, no es 'cosa de la edad'. Habla con su médico. Grupo de apoyo "
    "en español cada martes en nuestra clínica de South Tucson.",
    "Alzheimer is an eponymous condition; the clinic is the hospital's own site.",
)

# 9
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de la UCI de Tucson por cuidar a mi papá, don Chuy Valenzuela, "
    "los 11 días que estuvo intubado por la fiebre del valle. Ya está en casa en Old Pascua "
    "comiendo menudo. Dios los bendiga. — Familia Valenzuela",
    [("NAME", "Chuy Valenzuela"), ("NAME", "Valenzuela", 2), ("GEO", "Old Pascua")],
    note=(
        "Patient by nickname and surname, family signature surname, home community (Old Pascua). "
        "'don' is an honorific; the Tucson ICU is the hospital."
    ),
)

# 10
n(
    "es",
    "staff_spotlight",
    "Conoce a la Dra. Guadalupe Yucupicio, pediatra e integrante de la tribu Pascua Yaqui, que "
    "este mes cumple 20 años en Saguaro Valley Health. Durante la Cuaresma coordina las brigadas "
    "de agua para las ceremonias en Old Pascua. ¡Gracias, doctora!",
    "A physician, her tribe and her community work; staff are never labelled.",
)

# 11
p(
    "en",
    "pasted_record",
    "[comment] can someone help my mom get into the portal?? it keeps saying locked. her name is "
    "Teresa Francisco, DOB 02/11/1958, MRN 7741902, she lives out by San Xavier and the clinic "
    "phone never picks up. my cell is 520-555-2847",
    [
        ("NAME", "Teresa Francisco"),
        ("DATE", "02/11/1958"),
        ("MRN", "7741902"),
        ("GEO", "San Xavier"),
        ("PHONE", "520-555-2847"),
    ],
    note=(
        "A relative pastes the patient's name, DOB and MRN, her community (San Xavier District) and "
        "the relative's own cell."
    ),
)

# 12
n(
    "en",
    "recruitment",
    "We're hiring bilingual (English/Spanish) and O'odham-speaking patient navigators for our "
    "Sells outreach clinic and Tucson ED. Sign-on bonus, tribal preference honored. Apply at "
    "saguarovalleyhealth.org/careers or call (520) 555-0100.",
    "Job ad with the hospital's own clinic, domain and phone.",
)

# 13
p(
    "en",
    "memorial",
    "We are heartbroken to share that Lorenzo 'Chito' Enos, 67, a Tohono O'odham basket-maker "
    "and grandfather of 14, passed away in our care on August 3 after a heat stroke while "
    "checking cattle near Pisinemo. His family asked us to share his story so others drink water "
    "and carry a phone. Rest easy, Chito.",
    [
        ("NAME", "Lorenzo 'Chito' Enos"),
        ("NAME", "Chito", 2),
        ("DATE", "August 3"),
        ("GEO", "Pisinemo"),
    ],
    note=(
        "Name with nickname (repeated alone), date of death, village where the heat stroke happened. "
        "Age 67 is under 90; the tribal nation is an affiliation, not GEO."
    ),
)

# 14
n(
    "en",
    "crisis_update",
    "Excessive Heat Warning through Sunday: 116°F expected in Phoenix. Our ED is seeing heat "
    "illness every hour. Cooling centers are open at libraries and senior centers; check on "
    "older neighbors, especially anyone living alone without AC. If someone is confused and hot "
    "to the touch, call 911.",
    "Public heat warning, no individual.",
)

# 15
p(
    "es",
    "patient_story",
    "Hace un año, Dulce María Buitimea, de Guadalupe, fue mordida por una cascabel mientras "
    "tendía ropa. Llegó con la pierna negra. Después de 24 frascos de antiveneno y tres "
    "cirugías, hoy volvió a bailar en la fiesta de su barrio. ¡Gracias por dejarnos contar tu "
    "historia, Dulce!",
    [("NAME", "Dulce María Buitimea"), ("NAME", "Dulce", 2), ("GEO", "Guadalupe")],
    note=(
        "Patient named in full and by first name; Guadalupe is her town (the Pascua Yaqui town near "
        "Tempe), though it looks like a first name. 'Hace un año' is relative."
    ),
)

# 16
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,284 personas por enfermedades del calor en nuestros tres campus. El "
    "38 % tenía más de 65 años y 71 eran mayores de 90. La mayoría estaba sola en casa con el "
    "aire acondicionado apagado para ahorrar. Revisa a tus vecinos.",
    "Aggregate counts; 'mayores de 90' is a population age.",
)

# 17
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Storm! ⛈️ Little Storm Juan arrived at 3:12 a.m. on July 19 while the "
    "power flickered across Tucson. Mom Kateri says the name was never in doubt. #MonsoonBaby",
    [("NAME", "Storm", 1), ("NAME", "Storm Juan"), ("DATE", "July 19"), ("NAME", "Kateri")],
    note=(
        "Baby named with an ordinary word and an O'odham surname that looks like a first name; birth "
        "date; mother. #MonsoonBaby is generic, Tucson is where the power flickered, not the "
        "family's home."
    ),
)

# 18
n(
    "en",
    "sponsor",
    "Huge thanks to the Dominguez Family Foundation and Desert Sun Credit Union for funding 40 "
    "new cooling vests for our Phoenix EMS partners. Pictured: foundation chair Rick Dominguez "
    "with our trauma team.",
    (
        "Donors and a foundation chair, not relatives of a patient; the photo shows a donor and "
        "staff."
    ),
)

# 19
p(
    "en",
    "thank_you",
    "To the night nurse on 5 North who sang to my grandpa in O'odham when he couldn't sleep — "
    "thank you. Grandpa Felix passed peacefully a week later at home in Sells, like he wanted. "
    "We will never forget you. — Marlena",
    [("NAME", "Felix"), ("GEO", "Sells"), ("NAME", "Marlena")],
    note="Patient's first name, his home in Sells, and the granddaughter who signs.",
)

# 20
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for big leaguers. Our sports medicine team repairs elbow "
    "ligaments for high-school pitchers across the Valley every spring. Warning signs: "
    "inner-elbow pain, numb fingers, losing velocity. Rest is not weakness!",
    "Tommy John is an eponymous procedure, not a patient.",
)

# 21
p(
    "es",
    "pasted_record",
    "Lista de camas Urgencias Phoenix 07/14 06:00\n"
    "Cama 3 - LÓPEZ MESA, ARMANDO - golpe de calor, T 41.8 - AHCCCS A88120457\n"
    "Cama 7 - HUANG, LI - fractura de muñeca (rodeo)\n"
    "Cama 12 - ESPINOZA, BEATRIZ - deshidratación",
    [
        ("DATE", "07/14"),
        ("OTHER_ID", "Cama 3"),
        ("NAME", "LÓPEZ MESA, ARMANDO"),
        ("HEALTH_PLAN", "A88120457"),
        ("OTHER_ID", "Cama 7"),
        ("NAME", "HUANG, LI"),
        ("OTHER_ID", "Cama 12"),
        ("NAME", "ESPINOZA, BEATRIZ"),
    ],
    note=(
        "Pasted ED bed list: the list date is the patients' date of stay; bed numbers with keyword, "
        "names, an AHCCCS (Arizona Medicaid) member ID. The time is not labelled."
    ),
)

# 22
n(
    "es",
    "event",
    "🩸 Colecta de sangre en la Fiesta de los Vaqueros: 20 al 23 de febrero, carpa de primeros "
    "auxilios junto a la arena. Cada donante recibe un paliacate edición rodeo. ¡Una donación "
    "salva hasta tres vidas!",
    "Dates of a hospital event at the rodeo.",
)

# 23
p(
    "en",
    "crisis_update",
    "UPDATE: The hiker airlifted off Picacho Peak yesterday, Brandon Schaefer, 24, of "
    "Minneapolis, is in serious but stable condition. His family asked us to share this and to "
    "thank the DPS Ranger crew. Please don't hike Picacho after 9 a.m. in summer.",
    [("GEO", "Picacho Peak"), ("NAME", "Brandon Schaefer"), ("GEO", "Minneapolis")],
    note=(
        "Rescue site of a named patient and his home city are GEO; age 24 is not labelled; the "
        "closing advice names the mountain generically. DPS Ranger is the rescue helicopter."
    ),
)

# 24
n(
    "en",
    "anonymous_story",
    "A rancher in his 70s walked into our Sells clinic last week with chest pain he'd had 'for a "
    "few days.' It was a heart attack. He's OK now, and he asked us to tell you: don't wait. "
    "Heart attack signs in men and women can be quiet.",
    "De-identified patient (decade of age only); the Sells clinic is the hospital's own site.",
)

# 25
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Refugio 'Cuca' Ochoa! 🎉 Nació en Magdalena de Kino, "
    "Sonora, el 2 de febrero, Día de la Candelaria, y hoy celebró con tamales en su cuarto del "
    "tercer piso. Sus 9 nietos y 23 bisnietos le cantaron Las Mañanitas.",
    [
        ("AGE", "100"),
        ("NAME", "Refugio 'Cuca' Ochoa"),
        ("GEO", "Magdalena de Kino"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note=(
        "Centenarian patient: age, name, foreign birthplace, birth date written as date and feast "
        "day. Sonora is a state."
    ),
)

# 26
n(
    "es",
    "public_figure",
    "Hoy nos visitó la alcaldesa de Tucson, Regina Castañeda, para inaugurar la nueva sala de "
    "enfriamiento rápido de urgencias. '¡El calor es una emergencia de salud pública!', dijo. "
    "Gracias, alcaldesa.",
    "A visiting mayor, not a patient.",
)

# 27
p(
    "en",
    "staff_spotlight",
    "Today we're cheering for one of our own: respiratory therapist Joaquin Matus, who has spent "
    "12 years on the other side of the bed, was discharged from our ICU after a bad bout of "
    "Valley fever. He asked us to post this so his coworkers stop texting him. Welcome back "
    "soon, Joaquin!",
    [("NAME", "Joaquin Matus"), ("NAME", "Joaquin", 2)],
    note="A staff member who was a patient: his name is a patient's name here.",
)

# 28
n(
    "en",
    "staff_spotlight",
    "Respiratory therapist Joaquina Matus just finished her 12th year on our Tucson ICU team and "
    "trained 40 new RTs in the Valley fever protocol. She asked us to post this so her coworkers "
    "stop texting her about the cake. Happy work anniversary, Joaquina!",
    "Near-twin of the previous post, but she is only staff.",
)

# 29
p(
    "es",
    "discharge",
    "¡Se va a casa el pequeño Santi! 🐂 Se cayó del toro mecánico en la feria de Nogales el 9 de "
    "mayo y pasó 16 días con nosotros. Sus primos le hicieron un letrero que dice 'Santiago "
    "Moraga Jr., campeón'. ¡Te extrañaremos, vaquero!",
    [("NAME", "Santi"), ("DATE", "9 de mayo"), ("GEO", "Nogales"), ("NAME", "Santiago Moraga")],
    note=(
        "Nickname and full name (Jr. is a suffix left out like Sr.), injury date, the town of the "
        "fair where he was hurt."
    ),
)

# 30
n(
    "es",
    "anonymous_story",
    "Un paciente de 58 años nos pidió compartir esto: 'Yo pensaba que el monzón solo traía "
    "lluvia. Crucé un arroyo crecido en mi troca y el agua me arrastró.' Hoy está bien. Si está "
    "inundado, date la vuelta. No te ahogues.",
    "Anonymous patient, age under 90, no place.",
)

# 31
p(
    "en",
    "pasted_record",
    "IT ticket INC0048817 (P2) — Requestor: Ashley Tran, unit clerk 4W. Issue: wristband printer "
    "printing wrong label. Printed: PEREZ-ANTONE, ELENA / MRN 00913384 / DOB 06/30/1941 / Enc "
    "55102938 instead of the bed 14 patient. Please fix before 1900 meds.",
    [
        ("NAME", "PEREZ-ANTONE, ELENA"),
        ("MRN", "00913384"),
        ("DATE", "06/30/1941"),
        ("OTHER_ID", "55102938"),
        ("OTHER_ID", "bed 14"),
    ],
    note=(
        "IT ticket: the requestor is staff; the misprinted wristband carries a patient's name, MRN, "
        "DOB, encounter number, and the bed of another (unnamed) patient, which is labelled with its "
        "keyword."
    ),
)

# 32
n(
    "en",
    "pasted_record",
    "Reminder from IT: when you report a portal issue, use ticket template PT-ACCESS and NEVER "
    "paste a patient's name, MRN or DOB into Teams or Facebook comments. Fields: Name: [LAST, "
    "FIRST] / MRN: [########] / DOB: [MM/DD/YYYY]. Thanks! — Help Desk, ext. 4400",
    "A blank template with placeholders only.",
)

# 33
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Evangelina 'Vangie' Yucupicio, de 94 años, maestra de la "
    "lengua yoeme por cuatro décadas, quien falleció el Domingo de Ramos rodeada de su familia. "
    "Que descanse entre flores. #VangieParaSiempre",
    [
        ("NAME", "Evangelina 'Vangie' Yucupicio"),
        ("AGE", "94"),
        ("DATE", "Domingo de Ramos"),
        ("NAME", "#VangieParaSiempre"),
    ],
    note="Name, age over 89, death on Palm Sunday (a named holiday, labelled), name hashtag.",
)

# 34
n(
    "es",
    "memorial",
    "Hoy recordamos a la enfermera Rosalía Moreno, quien trabajó 31 años en nuestro piso de "
    "maternidad y nos dejó este mes. Recibió a más de cinco mil bebés de Tucson. Su familia "
    "invita a una misa el sábado 12 de abril en la Misión San Xavier del Bac. Descanse en paz.",
    "Memorial for a nurse (staff), with the date and place of her mass; nothing about a patient.",
)

# 35
p(
    "es",
    "patient_story",
    "¡Les presentamos a Dakota! A los 6 años, la picaron más de 200 abejas africanizadas "
    "mientras jugaba en el patio de su abuela, sobre Valencia Road. Su abuela Lupe la cargó y "
    "corrió. Hoy Dakota ya volvió a la escuela y quiere que todos sepan: si te persiguen las "
    "abejas, ¡CORRE y métete a un lugar cerrado! 🐝",
    [("NAME", "Dakota", "*"), ("GEO", "Valencia Road"), ("NAME", "Lupe")],
    note=(
        "Child named like a state; the road where it happened (grandma's home); the grandmother's "
        "name."
    ),
)

# 36
n(
    "es",
    "health_tip",
    "Llegó la temporada de abejas. Si te persiguen: corre en línea recta, tápate la cara con la "
    "camiseta y métete a un carro o edificio. No te tires a la alberca: te esperan. ¿Más de 15 "
    "piquetes? Ve a que te revisen. #DesiertoSeguro",
    "Generic advice.",
)

# 37
p(
    "es",
    "pasted_record",
    "Copié esto del portal porque no entiendo: 'Paciente: GARCÍA RUIZ, MA. DE LOS ÁNGELES. Fecha "
    "de ingreso: 15/08. Dx: golpe de calor. Seguro: AHCCCS ID A71193025. Cuenta: 4410-882-0915.' "
    "¿Alguien me explica qué quiere decir 'Dx'? Es mi mamá 🙏",
    [
        ("NAME", "GARCÍA RUIZ, MA. DE LOS ÁNGELES"),
        ("DATE", "15/08"),
        ("HEALTH_PLAN", "A71193025"),
        ("ACCOUNT", "4410-882-0915"),
    ],
    note=(
        "Portal lines pasted by a daughter: double surname, admission date, AHCCCS ID, account "
        "number."
    ),
)

# 38
n(
    "es",
    "recruitment",
    "¿Hablas español y o'odham o yoeme? Buscamos intérpretes médicos certificados para Tucson y "
    "Sells. Horario flexible, beneficios completos. Envía tu CV a "
    "empleos@saguarovalleyhealth.org o llama al (520) 555-0100.",
    "Job ad; the e-mail and phone are the hospital's.",
)

# 39
p(
    "en",
    "milestone_birthday",
    "Turning the big 9-0 in Bed 6! 🎈 Our Sun City West team threw a party for Harold Lindqvist, "
    "a retired Winnipeg hockey coach and snowbird of 30 winters, who celebrated his birthday on "
    "February 14 while recovering from hip surgery. Happy birthday, Harold!",
    [
        ("AGE", "9-0"),
        ("OTHER_ID", "Bed 6"),
        ("NAME", "Harold Lindqvist"),
        ("NAME", "Harold", 2),
        ("GEO", "Winnipeg"),
        ("DATE", "February 14"),
    ],
    note=(
        "'9-0' is an age of 90; bed with keyword; name; home city; birthday. Sun City West team is "
        "the hospital campus."
    ),
)

# 40
n(
    "en",
    "milestone_birthday",
    "Our volunteer Bernice Kowalski turns 95 today! She's greeted visitors at our Sun City West "
    "front desk every Tuesday since 2003, and she still beats us all at Wordle. Happy birthday, "
    "Bernice! 💐",
    "A volunteer's age and name are never labelled.",
)

# 41
p(
    "es",
    "birth_announcement",
    "¡Primer bebé del 2025 en Saguaro Valley Health Tucson! Emiliano nació a las 12:07 a.m. del "
    "1 de enero. Su mamá, Yesenia Lopez, de South Tucson, dice que su abuelo ya le compró sus "
    "primeras botas. 👢",
    [
        ("NAME", "Emiliano"),
        ("DATE", "1 de enero"),
        ("NAME", "Yesenia Lopez"),
        ("GEO", "South Tucson"),
    ],
    note=(
        "Baby, birth date, mother and the family's city (the hospital also has a South Tucson "
        "clinic, not mentioned here)."
    ),
)

# 42
n(
    "es",
    "birth_announcement",
    "Durante el apagón del monzón del martes nacieron 9 bebés en nuestro hospital de Phoenix, "
    "¡con luz de generador y mucho corazón! Gracias a nuestras enfermeras de Labor y Parto. "
    "Mamás y bebés están bien. 💡👶",
    "A count of births with a weekday only.",
)

# 43
p(
    "en",
    "eponymous_condition",
    "Lupita is 4 and spent Easter week with us fighting Kawasaki disease. Her heart is OK thanks "
    "to fast treatment. Her mom Araceli wants every parent to know the signs: fever 5+ days, red "
    "eyes, cracked lips, swollen hands. #LupitaStrong",
    [("NAME", "Lupita"), ("DATE", "Easter"), ("NAME", "Araceli"), ("NAME", "#LupitaStrong")],
    note=(
        "Patient, mother, name hashtag; her stay fell on Easter (holiday labelled as a date). "
        "Kawasaki is eponymous."
    ),
)

# 44
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in kids in the US. It's "
    "named for Dr. Tomisaku Kawasaki, who described it in 1967. Fever for 5+ days with red eyes, "
    "cracked lips or a rash? See a doctor. #HeartMonth",
    "Eponymous condition and its namesake (a historical figure).",
)

# 45
p(
    "es",
    "patient_story",
    "Rosendo Lucero, de 41 años, jinete de toros de Marana, se fracturó la pelvis el 22 de "
    "febrero en el rodeo. Hoy, con andadera, le dijo a su fisioterapeuta: 'El año que entra "
    "regreso al toro.' Su esposa Marisela: 'Sobre mi cadáver.' 😂",
    [
        ("NAME", "Rosendo Lucero"),
        ("GEO", "Marana"),
        ("DATE", "22 de febrero"),
        ("NAME", "Marisela"),
    ],
    note="Bull rider: name, home town, injury date, wife. Age 41 is not labelled.",
)

# 46
n(
    "es",
    "crisis_update",
    "⚠️ Aviso: por la tormenta de anoche, la entrada de urgencias de nuestro campus de Phoenix "
    "en Palo Verde Pkwy está cerrada. Use la entrada norte. Pacientes con citas en la clínica de "
    "heridas serán reprogramados. Dudas: (602) 555-0118.",
    "Hospital entrance closure; hospital street and phone.",
)

# 47
p(
    "en",
    "thank_you",
    "THANK YOU to the Ironwood search team and your flight nurses for finding our dad, GERALD "
    "PIKE, after 2 nights lost off the Wasson Peak trail. He's 91 and swears he knew where he "
    "was the whole time. — The Pike kids (Dana, Cal & Rebecca)",
    [
        ("NAME", "GERALD PIKE"),
        ("GEO", "Wasson Peak"),
        ("AGE", "91"),
        ("NAME", "Pike"),
        ("NAME", "Dana"),
        ("NAME", "Cal"),
        ("NAME", "Rebecca"),
    ],
    note=(
        "ALL-CAPS patient name, where he was lost, age over 89, the family surname and the three "
        "children."
    ),
)

# 48
n(
    "en",
    "thank_you",
    "A huge thank-you to Pima County Sheriff's Search and Rescue, Southern Arizona Rescue "
    "Association and DPS Ranger for 140+ desert rescues this year. Our trauma team sees what you "
    "do. You're heroes. #SaguaroStrong",
    "Thanks to rescue agencies; no patient.",
)

# 49
p(
    "es",
    "pasted_record",
    "Hoja de ingreso (foto del celular): Nombre: Anselmo Tautimez Flores | Fecha nac.: "
    "03-03-1948 | Dirección: 5521 S Calle Vicam, Tucson AZ 85757 | Tel. 520-555-7394 | N.º de "
    "inscripción tribal: PY-004117 | Contacto: hija Leticia, leti.tautimez@gmail.com",
    [
        ("NAME", "Anselmo Tautimez Flores"),
        ("DATE", "03-03-1948"),
        ("GEO", "5521 S Calle Vicam"),
        ("GEO", "Tucson"),
        ("GEO", "85757"),
        ("PHONE", "520-555-7394"),
        ("OTHER_ID", "PY-004117"),
        ("NAME", "Leticia"),
        ("EMAIL", "leti.tautimez@gmail.com"),
    ],
    note=(
        "Admission sheet: name, DOB, street/city/ZIP, phone, tribal enrollment number (OTHER_ID), "
        "daughter's name and e-mail. The 'foto' is of a form, not of the patient."
    ),
)

# 50
n(
    "es",
    "hospital_contact",
    "📞 Números útiles de Saguaro Valley Health:\n"
    "Tucson (principal): (520) 555-0100\n"
    "Urgencias Tucson: (520) 555-0142\n"
    "Phoenix: (602) 555-0118\n"
    "Sun City West: (623) 555-0165\n"
    "Línea de enfermería 24/7 en español: (520) 555-0187\n"
    "Emergencias: 911",
    "Hospital numbers only.",
)

# 51
p(
    "en",
    "pasted_record",
    "Room list, Sun City West 3 East, 0700 handoff:\n"
    "Rm 301 - HOLLOWAY, MARGARET A, 98, fall/hip, DNR\n"
    "Rm 304 - BEAUCHAMP, GILLES, 89, CHF, French-speaking (Quebec)\n"
    "Rm 306 - KRAUSE, DORIS, 101, UTI, daughter Pam cell 623-555-4410",
    [
        ("OTHER_ID", "Rm 301"),
        ("NAME", "HOLLOWAY, MARGARET A"),
        ("AGE", "98"),
        ("OTHER_ID", "Rm 304"),
        ("NAME", "BEAUCHAMP, GILLES"),
        ("OTHER_ID", "Rm 306"),
        ("NAME", "KRAUSE, DORIS"),
        ("AGE", "101"),
        ("NAME", "Pam"),
        ("PHONE", "623-555-4410"),
    ],
    note=(
        "Handoff list: rooms with keyword, names, ages 98 and 101 (89 is not labelled), a daughter "
        "and her cell. Quebec is a province."
    ),
)

# 52
n(
    "en",
    "statistic",
    "By the numbers, summer 2024 at our Sun City West campus: 412 heat-related ED visits, "
    "average age 81, 37 patients over 90. Most common cause: AC failure. Please get your unit "
    "serviced before May. #BeatTheHeat",
    "Aggregate counts; 'over 90' is a population age.",
)

# 53
p(
    "es",
    "thank_you",
    "Quiero agradecer a la enfermera Marta y al Dr. Okafor por salvar a mi esposo Efraín cuando "
    "le dio el golpe de calor pizcando en los campos de Yuma el 2 de julio. Ya camina y ya "
    "regaña. Gracias, Saguaro Valley. — Norma R., Somerton",
    [
        ("NAME", "Efraín"),
        ("GEO", "Yuma"),
        ("DATE", "2 de julio"),
        ("NAME", "Norma R."),
        ("GEO", "Somerton"),
    ],
    note=(
        "Patient, where and when the heat stroke happened, his wife (name and initial) and their "
        "town. Staff not labelled."
    ),
)

# 54
n(
    "es",
    "thank_you",
    "Gracias a Mercado La Frontera y a los Bomberos de Tucson por donar 5,000 botellas de agua y "
    "suero oral para nuestros albergues de calor. ¡Así se cuida al barrio! 💙 #CuidemosDelCalor",
    "Thanks to a business and the fire department.",
)

# 55
p(
    "en",
    "public_figure",
    "Former Arizona state senator Ramona Kisto asked us to share that she is recovering well at "
    "our Tucson campus after surgery on January 8 for a broken wrist from a fall at home in "
    "Catalina. She thanks the ED staff and says she'll be back at the Capitol soon.",
    [("NAME", "Ramona Kisto"), ("DATE", "January 8"), ("GEO", "Catalina")],
    note="A former official who is a patient: name, surgery date, home town.",
)

# 56
n(
    "en",
    "public_figure",
    "Former Arizona state senator Ramona Kisto toured our Tucson campus on January 8 to see the "
    "new burn unit and spoke with the ED staff about heat deaths in Catalina and the Tohono "
    "O'odham Nation. Thank you for championing heat safety, Senator.",
    (
        "Same official on a visit; she is not a patient, so her name, date and places are not "
        "labelled."
    ),
)

# 57
p(
    "es",
    "birth_announcement",
    "Bienvenidos, gemelos Kai y Nova Manuel 💙💗 Nacieron el 3/8 a las 34 semanas y pasaron 21 "
    "días en la UCIN. Sus papás, de Sells, ya los llevaron a conocer a la bisabuela. "
    "#GemelosManuel",
    [
        ("NAME", "Kai"),
        ("NAME", "Nova Manuel"),
        ("DATE", "3/8"),
        ("GEO", "Sells"),
        ("NAME", "#GemelosManuel"),
    ],
    note=(
        "Twins (surname Manuel looks like a first name), birth date, family's town, a hashtag with "
        "the surname."
    ),
)

# 58
n(
    "es",
    "campaign_hashtag",
    "Este verano únete a #FuerzaDesierto: comparte una foto con tu botella de agua y etiqueta a "
    "@SVHSalud. Por cada foto, nuestros patrocinadores donan un abanico a un adulto mayor de "
    "Tucson. #AguaEsVida",
    "Campaign hashtags and the hospital handle.",
)

# 59
p(
    "en",
    "discharge",
    "Going home day for Mr. T! 🚲 Our favorite 96-year-old snowbird from Green Bay wrecked his "
    "trike on the bike path in Surprise in December and has been with us since. He says he'll be "
    "riding again by the weekend. Safe travels, Mr. T!",
    [
        ("NAME", "T", "*"),
        ("AGE", "96-year-old"),
        ("GEO", "Green Bay"),
        ("GEO", "Surprise"),
        ("DATE", "December"),
    ],
    note=(
        "Initial used as the patient's name (twice, without 'Mr.'), hyphenated age, home city, the "
        "city of the crash (Surprise, AZ, an ordinary word) and the month of the injury."
    ),
)

# 60
n(
    "en",
    "discharge",
    "Our 1,000th patient through the new cardiac rehab program walked out today to a mariachi "
    "send-off. He asked to stay anonymous, but said: 'Tell people to take the stairs.' "
    "Congratulations to the cardiac team!",
    "Anonymous patient, an ordinal count only.",
)

# 61
p(
    "es",
    "pasted_record",
    "Ticket de TI #INC0051270 — Solicitante: Brenda Ochoa (registro). Problema: el paciente "
    "Jesús 'Chuy' Amarillas (MRN 00688231) no puede entrar al portal; usuario chuyama63, último "
    "intento desde IP 68.104.22.19. Celular del paciente: (520) 555-3321.",
    [
        ("NAME", "Jesús 'Chuy' Amarillas"),
        ("MRN", "00688231"),
        ("OTHER_ID", "chuyama63"),
        ("IP", "68.104.22.19"),
        ("PHONE", "(520) 555-3321"),
    ],
    note=(
        "IT ticket: requestor is staff; patient name, MRN, portal user name, IP of his login and his "
        "cell."
    ),
)

# 62
n(
    "es",
    "research",
    "Nuestro equipo de investigación, junto con la Nación Tohono O'odham, estudia cómo la "
    "diabetes y el calor extremo afectan los riñones. Buscamos 300 voluntarios adultos de "
    "comunidades del desierto. Participación confidencial. Info: "
    "investigacion@saguarovalleyhealth.org",
    "Research recruitment; the e-mail is the hospital's.",
)

# 63
p(
    "en",
    "memorial",
    "Fly high, Sunny. 🌻 Sunny Ybarra, 19, a barrel racer from Casa Grande, died July 27 from "
    "injuries after her horse, Biscuit, fell on her. Her family is planting sunflowers at every "
    "rodeo arena in the state. Sunny days ahead for our girl.",
    [("NAME", "Sunny", 1), ("NAME", "Sunny Ybarra"), ("GEO", "Casa Grande"), ("DATE", "July 27")],
    note=(
        "Name, home town, date of death. The horse is not labelled; 'Sunny days' is wordplay, "
        "declared unlabelled."
    ),
    ok=("Sunny",),
)

# 64
n(
    "en",
    "memorial",
    "Today we lowered our flags to honor Captain Rafael Ibarra of the Phoenix Fire Department, "
    "who died on the fire line on July 9 battling a brush fire in 118° heat. Our ED staff worked "
    "alongside him for 22 years. Rest in peace, Captain.",
    (
        "A firefighter who died in the field, not our patient; dates of public figures are not "
        "labelled."
    ),
)

# 65
p(
    "es",
    "milestone_birthday",
    "¡Noventa y siete años y sigue haciendo tortillas de harina cada mañana! 🎂 Feliz cumpleaños "
    "a doña Amparo Leyva, paciente de nuestra clínica de Sun City desde hace 15 años. Sus hijos "
    "la llaman 'La Generala'.",
    [("AGE", "Noventa y siete"), ("NAME", "Amparo Leyva"), ("NAME", "La Generala")],
    note=(
        "Age in words, name, and a quoted nickname (the article is part of the nickname). The Sun "
        "City clinic is the hospital's."
    ),
)

# 66
n(
    "es",
    "milestone_birthday",
    "¡Saguaro Valley Health cumple 75 años! 🎉 Desde 1950 cuidamos a familias de Tucson, de la "
    "Nación Tohono O'odham y del pueblo Pascua Yaqui. Celebra con nosotros el 15 de octubre en "
    "el patio central: música, menudo y pastel.",
    "The hospital's anniversary and event date.",
)

# 67
p(
    "es",
    "patient_story",
    "Paz tenía 11 días de nacida cuando su temperatura llegó a 104 en un carro con el aire "
    "descompuesto a las afueras de Gila Bend. Hoy, a los 3 meses, está sanita. Su papá, Omar "
    "Haddad, nos pidió compartir: nunca dejes a un bebé en un carro caliente, ni 'un minutito', "
    "y revisa tu aire acondicionado.",
    [("NAME", "Paz"), ("GEO", "Gila Bend"), ("NAME", "Omar Haddad")],
    note=(
        "Baby named with an ordinary word, place of the event, her father. 104 is a temperature; "
        "infant ages not labelled."
    ),
)

# 68
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — 4 years old, a cowboy hat, and a 'thank "
    "you' card drawn in purple crayon. His mom asked us not to share his name, but she wanted "
    "our NICU nurses to know he's in preschool now. 💜",
    "Anonymous former patient.",
)

# 69
p(
    "es",
    "discharge",
    "¡Alta médica para don Cipriano! 🙌 Don Cipriano Ortega, de 92 años, estuvo perdido dos días "
    "cerca de Arivaca buscando su caballo. Hoy se fue a casa con su nieta Yadira. Dice que el "
    "caballo volvió solito a los dos días. 🐴",
    [
        ("NAME", "Cipriano", 1),
        ("NAME", "Cipriano Ortega"),
        ("AGE", "92"),
        ("GEO", "Arivaca"),
        ("NAME", "Yadira"),
    ],
    note="Name (first alone, then full), age over 89, where he was lost, granddaughter.",
)

# 70
n(
    "es",
    "discharge",
    "Hoy dimos de alta a un señor de setenta y tantos años que vive en la calle y que pasó dos "
    "semanas con nosotros por quemaduras de asfalto. Nuestra trabajadora social le consiguió "
    "cuarto en un albergue con aire acondicionado. Así se sana: con techo.",
    "Anonymous patient, age under 90.",
)

# 71
p(
    "en",
    "pasted_record",
    "Billing question from a Facebook DM (shared w/ permission): 'My husband Dwight Fairbanks "
    "got a bill for $14,220 for his helicopter ride off Mount Lemmon on 10/14. Account 30017742, "
    "Medicare 1EG4-TE5-MK72. Why is it out of network??? Call me, 612-555-0893.'",
    [
        ("NAME", "Dwight Fairbanks"),
        ("GEO", "Mount Lemmon"),
        ("DATE", "10/14"),
        ("ACCOUNT", "30017742"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("PHONE", "612-555-0893"),
    ],
    note="Billing DM: patient name, rescue site and date, account, Medicare number, the wife's phone.",
)

# 72
n(
    "en",
    "hospital_contact",
    "Visiting a loved one? 🅿️ Tucson: free parking in Garage B off 3150 N Saguaro Vista Dr. "
    "Phoenix: valet at the main entrance, 1900 W Palo Verde Pkwy. Sun City West: lot C by the "
    "rehab gym. Questions: (520) 555-0100 or @SaguaroValleyHealth.",
    "Hospital addresses, parking, phone and handle.",
)

# 73
p(
    "es",
    "patient_story",
    "Esta es Guadalupe 'Lupe' Matus de Guadalupe, Arizona 😄 Le dio golpe de calor caminando en "
    "la procesión de Semana Santa del pueblo yaqui. Hoy ya está de vuelta, con su sombrero y su "
    "botella de agua. Foto compartida con permiso de la familia.",
    [
        ("NAME", "Guadalupe 'Lupe' Matus"),
        ("GEO", "Guadalupe", 2),
        ("DATE", "Semana Santa"),
        ("PHOTO", "Foto"),
    ],
    note=(
        "The same word is her first name and her town; the heat stroke happened during Holy Week "
        "(holiday labelled); the photo shows her."
    ),
)

# 74
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no detiene a nadie: este sábado nuestro equipo de terapia corre con la "
    "Liga Challenger de béisbol de Phoenix. Y recuerda: la enfermedad de Chagas también existe "
    "en Arizona por la chinche besucona. Pregunta a tu doctor.",
    "Eponymous conditions (Down, Chagas), no patient.",
)

# 75
p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Baby Sedona Rae arrived 9/16 — Mexican Independence Day — just like her "
    "great-grandpa Ignacio. Mom Brianna & Dad Luis Cárdenas are over the moon. 7 lb 2 oz of pure "
    "sass.",
    [
        ("NAME", "Sedona Rae"),
        ("DATE", "9/16"),
        ("DATE", "Mexican Independence Day"),
        ("NAME", "Ignacio"),
        ("NAME", "Brianna"),
        ("NAME", "Luis Cárdenas"),
    ],
    note="Baby named like a city, birth date written twice, relatives (great-grandfather, parents).",
)

# 76
n(
    "en",
    "event",
    "Join us Saturday, March 22 for the Sabino Canyon Heat Safety Hike & Health Fair: free blood "
    "pressure checks, sunscreen, and a talk by our ED director Dr. Lena Whitehorse. 6:30–9:30 "
    "a.m. at the visitor center. #DesertSmart",
    "Event date and venue, staff name.",
)

# 77
p(
    "es",
    "memorial",
    "Hoy hace un año perdimos a Tomás Barragán Cruz en el accidente de la carretera 86, camino a "
    "Sells, el 18 de noviembre. Su familia dona hoy 200 hieleras para los puestos de primeros "
    "auxilios del Rodeo y Feria O'odham en su nombre. Te recordamos, Tomás.",
    [
        ("NAME", "Tomás Barragán Cruz"),
        ("NAME", "Tomás", 2),
        ("GEO", "carretera 86"),
        ("GEO", "Sells"),
        ("DATE", "18 de noviembre"),
    ],
    note=(
        "Name (double surname; Cruz is also a word), the road of the crash and the town it led to, "
        "date of death. The rodeo is an event."
    ),
)

# 78
n(
    "es",
    "sponsor",
    "Gracias a la Familia Quiñones y a Ferretería El Gallo por patrocinar nuestra Carrera del "
    "Agua 5K. ¡Todo lo recaudado compra termómetros y bolsas de hielo para brigadas de calor! "
    "🏃‍♀️",
    "Donor family with no patient tie.",
)

# 79
p(
    "en",
    "sponsor",
    "Thank you to the Castillo family, whose son Mateo spent 52 days in our NICU in 2019, for "
    "donating three new giraffe isolettes in his honor. Mateo is now a kindergartner who loves "
    "dinosaurs and monsoon puddles.",
    [("NAME", "Castillo"), ("NAME", "Mateo", "*")],
    note=(
        "Donors introduced as a patient's family: surname and the child's name are labelled. 2019 is "
        "a bare year."
    ),
)

# 80
n(
    "en",
    "sponsor",
    "Thank you to the Castillo Family Dental Group for sponsoring free sunscreen at every Little "
    "League field in Tucson this summer! ☀️ Healthy smiles, healthy skin.",
    "A business sponsor with a family name.",
)

# 81
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: los cinco trabajadores de la construcción traídos ayer desde Maryvale por "
    "golpe de calor están estables. Uno de ellos, Fermín Olea, de 34 años, pidió que su familia "
    "supiera que está bien: '¡Mamá, ya comí!' 😅",
    [("GEO", "Maryvale"), ("NAME", "Fermín Olea")],
    note=(
        "Group incident with one named worker: his name and the neighbourhood where he collapsed; "
        "age 34 not labelled."
    ),
)

# 82
n(
    "es",
    "crisis_update",
    "Aviso de calor extremo: 117 °F hoy en Phoenix. Nuestra sala de urgencias está llena por "
    "golpes de calor. Si trabajas afuera: agua cada 15 minutos, sombra, descansos. Patrones: la "
    "ley de Arizona ahora exige planes de calor. #VeranoSeguro",
    "Public warning.",
)

# 83
p(
    "en",
    "thank_you",
    "Just want to say thank you to everyone at the Sun City West ER. My mother, Evelyn Strand "
    "(she's 99!), fell at 4 a.m. on New Year's Day and you treated her like a queen. She's home "
    "in Youngtown now, bossing the caregivers. — Karen Strand-Hughes",
    [
        ("NAME", "Evelyn Strand"),
        ("AGE", "99"),
        ("DATE", "New Year's Day"),
        ("GEO", "Youngtown"),
        ("NAME", "Karen Strand-Hughes"),
    ],
    note=(
        "Patient, age, date of the fall (holiday), her town, daughter with a hyphenated surname. The "
        "ER is the hospital."
    ),
)

# 84
n(
    "en",
    "campaign_hashtag",
    "Look Before You Lock! 🚗 Arizona has lost too many kids in hot cars. Put your phone or left "
    "shoe in the back seat every time. Share with #LookBeforeYouLock and #SaguaroStrong.",
    "Campaign hashtags.",
)

# 85
p(
    "es",
    "thank_you",
    "Gracias al equipo de neumología por atender a mi abuela Chabela, de Pisinemo, con tanta "
    "paciencia. Ella solo habla o'odham y nunca la dejaron sin intérprete. Ya está en casa. "
    "#AbuelaChabela",
    [("NAME", "Chabela"), ("GEO", "Pisinemo"), ("NAME", "#AbuelaChabela")],
    note="Nickname, home village, name hashtag.",
)

# 86
n(
    "es",
    "staff_spotlight",
    "Conoce a Bernadette Lewis, intérprete de tohono o'odham ñiok en nuestro hospital desde "
    "2011. Nació en Pisinemo y dice que su trabajo es 'que nuestros abuelos nunca se sientan "
    "solos en un cuarto de hospital'. ¡Gracias, Bernadette!",
    "An interpreter (staff) and her birthplace.",
)

# 87
p(
    "en",
    "patient_story",
    "Meet Carlos 'Chuckie' Bojórquez, a Peoria roofer who collapsed on a job site on June 11 "
    "with a core temperature of 108. Ice-water immersion in our ED saved his brain. 'I don't "
    "remember a thing,' he laughs. His crew now takes a shade break every hour.",
    [("NAME", "Carlos 'Chuckie' Bojórquez"), ("GEO", "Peoria"), ("DATE", "June 11")],
    note="Name with nickname, home city, date of collapse. 108 is a temperature.",
)

# 88
n(
    "en",
    "research",
    "New from our emergency medicine researchers: cold-water immersion in a body bag cooled "
    "heat-stroke patients twice as fast as ice packs (n=212, Phoenix, 2022–2024). Published this "
    "week in the Journal of Desert Emergency Medicine. Congrats, Dr. Priya Natarajan and team!",
    "Research result with a researcher's name.",
)

# 89
p(
    "es",
    "pasted_record",
    "Nota de enfermería 14/06 22:40 — Pte. SOTO ENCINAS, J. (Exp. 00751204), 93 a., cuarto "
    "212-B. Hija Marcela al tel. 623-555-8826 pregunta si lo pueden trasladar a su casa en Sun "
    "City. Marcapasos Medtronic SN PJN410223H.",
    [
        ("DATE", "14/06"),
        ("NAME", "SOTO ENCINAS, J."),
        ("MRN", "00751204"),
        ("AGE", "93"),
        ("OTHER_ID", "cuarto 212-B"),
        ("NAME", "Marcela"),
        ("PHONE", "623-555-8826"),
        ("GEO", "Sun City"),
        ("DEVICE", "PJN410223H"),
    ],
    note=(
        "Nursing note: date, name with initial, chart number (Exp.), age, room, daughter and phone, "
        "home city, pacemaker serial."
    ),
)

# 90
n(
    "es",
    "statistic",
    "Temporada de monzón 2024 en números: 146 personas atendidas por caídas de árboles y cables, "
    "38 por rayos o descargas, 212 por accidentes de tránsito en calles inundadas. El monzón es "
    "hermoso... de lejos. ⛈️",
    "Aggregate counts.",
)

# 91
p(
    "en",
    "discharge",
    "Discharge day for Deputy Aaron Whitfield of the Pinal County Sheriff's Office! He was "
    "bitten by a rattlesnake on March 30 during a search near the Superstition Mountains and "
    "needed 30 vials of antivenom. His K9 partner, Diesel, was waiting in the lobby. Welcome "
    "home, Deputy.",
    [("NAME", "Aaron Whitfield"), ("DATE", "March 30"), ("GEO", "Superstition Mountains")],
    note=(
        "A deputy who is a patient: name, date and place of the bite. The dog is not labelled; the "
        "county is his employer."
    ),
)

# 92
n(
    "en",
    "public_figure",
    "Pinal County Sheriff Aaron Whitmore visited our ED team today to thank them for treating 27 "
    "deputies and search volunteers for heat and snakebites this spring. His K9 partner, Diesel, "
    "approved of the break room. 🐕",
    "A visiting sheriff, not a patient; the deputies are a count.",
)

# 93
p(
    "es",
    "birth_announcement",
    "Los abuelos Matus Valencia anuncian con orgullo el nacimiento de su nieta Ximena, nacida en "
    "Navidad a las 11:58 de la noche en Saguaro Valley Health Tucson. Sus papás, Karla y "
    "Jonathan, le dicen 'nuestro regalo'. 🎄",
    [
        ("NAME", "Matus Valencia"),
        ("NAME", "Ximena"),
        ("DATE", "Navidad"),
        ("NAME", "Karla"),
        ("NAME", "Jonathan"),
    ],
    note="Grandparents' double surname, baby, Christmas birth, parents.",
)

# 94
n(
    "es",
    "health_tip",
    "Consejos para el monzón: 1) No cruces arroyos crecidos. 2) Si hay tormenta de polvo, "
    "oríllate, apaga las luces y quita el pie del freno ('Pull aside, stay alive'). 3) Si "
    "truena, métete. No hay lugar seguro afuera. 🌩️",
    "Generic advice.",
)

# 95
p(
    "en",
    "milestone_birthday",
    "Centenarian alert! 🎉 Our longtime patient Leonard 'Len' Nakamura celebrated 100 years on "
    "August 12 with his Sun City lawn bowling club. He credits daily swims and 'staying out of "
    "the afternoon sun since 1962.' Happy birthday, Len!",
    [
        ("AGE", "Centenarian"),
        ("NAME", "Leonard 'Len' Nakamura"),
        ("NAME", "Len", 2),
        ("AGE", "100"),
        ("DATE", "August 12"),
        ("GEO", "Sun City"),
    ],
    note=(
        "'Centenarian' and '100' both state his age; name; birthday; his home community. 1962 is a "
        "bare year."
    ),
)

# 96
n(
    "en",
    "health_tip",
    "Over 90 and living alone? Sign up for our free Daily Call program: a volunteer calls every "
    "morning during heat season to check that your AC is working and you're drinking water. Call "
    "(623) 555-0165. Adult kids can sign up parents too.",
    "Population age; hospital phone.",
)

# 97
p(
    "es",
    "patient_story",
    "Samuel Norris, de San Lucy Village, tenía 16 años cuando se rompió el cuello tirándose a un "
    "canal el Día de la Independencia, el 4 de julio. Hoy, dos años después, habla en escuelas "
    "de la Nación: 'Revisa el agua antes de tirarte'. Gracias, Samuel.",
    [
        ("NAME", "Samuel Norris"),
        ("NAME", "Samuel", 2),
        ("GEO", "San Lucy Village"),
        ("DATE", "Día de la Independencia"),
        ("DATE", "4 de julio"),
    ],
    note="Name, home village, the injury date written as holiday and date. Age 16 not labelled.",
)

# 98
n(
    "es",
    "research",
    "Investigación: estudiamos si una app en yoeme y español ayuda a controlar la diabetes tipo "
    "2 en familias de Pascua Yaqui. Primeros resultados: bajaron los niveles de A1c en 68 % de "
    "los participantes. ¡Gracias a las familias participantes!",
    "Research on a community; no individual.",
)

# 99
p(
    "en",
    "pasted_record",
    "[Screenshot text] MyChart message — From: mike.ostrowski44@yahoo.com — To: Saguaro Valley "
    "Health Orthopedics — Re: my dad, Stanley Ostrowski (MRN 00574221), 91, broken hip at the "
    "Leisure World golf course in Mesa 2/20. Can we move his follow-up to before we drive back "
    "to Saskatoon 3/30?",
    [
        ("EMAIL", "mike.ostrowski44@yahoo.com"),
        ("NAME", "Stanley Ostrowski"),
        ("MRN", "00574221"),
        ("AGE", "91"),
        ("GEO", "Leisure World"),
        ("GEO", "Mesa"),
        ("DATE", "2/20"),
        ("GEO", "Saskatoon"),
        ("DATE", "3/30"),
    ],
    note=(
        "Son's e-mail, patient name, MRN, age, the retirement community and city of the fall, date "
        "of injury, home city abroad, and the date the patient travels home (a date tied to him)."
    ),
)

# 100
n(
    "en",
    "recruitment",
    "Love the desert? Travel RNs wanted for our Phoenix ED, May–September heat season. 13-week "
    "contracts, housing stipend, and the best tacos in the Valley in our cafeteria. Apply: "
    "saguarovalleyhealth.org/travel 🌵",
    "Job ad.",
)

# 101
p(
    "es",
    "discharge",
    "Se fue a casa la señora Inocencia Molina, de 98 años, de Marana, después de una semana con "
    "neumonía. Antes de irse le regaló a cada enfermera un rosario tejido. ¡Cuídese mucho, doña "
    "Chencha!",
    [("NAME", "Inocencia Molina"), ("AGE", "98"), ("GEO", "Marana"), ("NAME", "Chencha")],
    note="Name, age, town, and her nickname (Chencha = Inocencia).",
)

# 102
n(
    "es",
    "hospital_contact",
    "¿Necesitas un intérprete? Todos nuestros servicios de interpretación son gratis: español, "
    "tohono o'odham ñiok, yoeme, navajo, árabe y más. Pídelo en recepción o llama a la línea de "
    "enfermería al (520) 555-0187. Escríbenos a @SVHSalud.",
    "Hospital line and handle.",
)

# 103
p(
    "en",
    "campaign_hashtag",
    "Day 30 of #PrayersForPaisley 🙏 Paisley, 8, is still in our PICU after the flash flood in "
    "Tanque Verde Wash swept away her family's SUV. Her mom Heather and little brother Colt are "
    "out of the hospital. Thank you for the meals, Tucson. #SaguaroStrong",
    [
        ("NAME", "#PrayersForPaisley"),
        ("NAME", "Paisley"),
        ("GEO", "Tanque Verde Wash"),
        ("NAME", "Heather"),
        ("NAME", "Colt"),
    ],
    note=(
        "Name hashtag, child's name, the wash where the SUV was swept away, mother and brother. "
        "#SaguaroStrong is a campaign; 'Day 30' is relative."
    ),
)

# 104
n(
    "en",
    "campaign_hashtag",
    "Turn Around, Don't Drown! 🌊 Tanque Verde Wash, Sabino Creek and the Rillito can flood in "
    "minutes. It only takes 12 inches of water to float an SUV. #TADD #MonsoonSafe #SaguaroStrong",
    "Same wash named in general advice; no patient.",
)

# 105
p(
    "es",
    "pasted_record",
    "Mensaje de voz transcrito (buzón de registro): 'Habla Rigoberto Salcido, papá de Iker "
    "Salcido, fecha de nacimiento 12 de diciembre de 2017. Le dieron de alta el viernes del piso "
    "de pediatría. Necesito la factura para el seguro, cuenta 88-201-4473. Mi número es "
    "602-555-7719. Vivimos en 4810 W Pierson St, Phoenix 85031.'",
    [
        ("NAME", "Rigoberto Salcido"),
        ("NAME", "Iker Salcido"),
        ("DATE", "12 de diciembre de 2017"),
        ("ACCOUNT", "88-201-4473"),
        ("PHONE", "602-555-7719"),
        ("GEO", "4810 W Pierson St"),
        ("GEO", "Phoenix"),
        ("GEO", "85031"),
    ],
    note="Voicemail: father and child, DOB with year, account, phone, street, city and ZIP.",
)

# 106
n(
    "es",
    "anonymous_story",
    "Una abuelita de nuestro programa de diálisis nos dijo: 'Mi nieto me dejó el celular con "
    "números grandes y ahora llamo cuando me siento mal.' Pequeñas ideas salvan vidas. Comparte "
    "tus trucos para cuidar a tus mayores en el calor.",
    "Anonymous patient.",
)

# 107
p(
    "en",
    "patient_story",
    "Rocky Begay has been a cowboy since he could walk. On Valentine's Day, Feb. 14, a bronc "
    "named Dust Devil threw him into a rail at the O'odham Tash rodeo in Casa Grande. Six screws "
    "later, he's walking the halls of 4 South with his walker and his hat. Ride on, Rocky! 🤠",
    [
        ("NAME", "Rocky Begay"),
        ("NAME", "Rocky", 2),
        ("DATE", "Valentine's Day"),
        ("DATE", "Feb. 14"),
        ("GEO", "Casa Grande"),
    ],
    note=(
        "Name, injury date written twice, town of the rodeo where he was hurt. The horse and the "
        "unit are not labelled."
    ),
)

# 108
n(
    "en",
    "event",
    "Rodeo season means our trauma team goes to the rodeo too. Find our first-aid tent at La "
    "Fiesta de los Vaqueros, Feb. 20–23, behind the bucking chutes. Free sunscreen, water and "
    "concussion checks. Ride safe! 🤠",
    "Event dates.",
)

# 109
p(
    "es",
    "staff_spotlight",
    "Nuestra querida exenfermera jefa Ofelia Paredes cumple hoy 90 años y sigue viniendo cada "
    "martes como voluntaria... pero esta semana le tocó estar del otro lado: ingresó el 5 de "
    "marzo por una caída y se recupera en el cuarto 318. ¡Ánimo, Ofe!",
    [
        ("NAME", "Ofelia Paredes"),
        ("AGE", "90"),
        ("DATE", "5 de marzo"),
        ("OTHER_ID", "cuarto 318"),
        ("NAME", "Ofe"),
    ],
    note=(
        "A former nurse and volunteer who is now a patient: name, age, admission date, room, "
        "nickname."
    ),
)

# 110
n(
    "es",
    "staff_spotlight",
    "Nuestra querida exenfermera jefa Otilia Paredes cumple hoy 90 años y sigue viniendo cada "
    "martes como voluntaria a leerles cuentos a los niños de pediatría. ¡Feliz cumpleaños, Oti! 🎂",
    "Near-twin of the previous post: a volunteer's age, not a patient's.",
)

# 111
p(
    "en",
    "pasted_record",
    "Copied from the ED tracking board (please delete after reading!!) — TR4: YAZZIE, MARVIN "
    "52M, syncope, hiking Camelback — TR9: O'NEILL, PEG 94F, heat exh., from Sun City — HALL 2: "
    "unknown male, MVC, wristband 3318820",
    [
        ("OTHER_ID", "TR4"),
        ("NAME", "YAZZIE, MARVIN"),
        ("GEO", "Camelback"),
        ("OTHER_ID", "TR9"),
        ("NAME", "O'NEILL, PEG"),
        ("AGE", "94F"),
        ("GEO", "Sun City"),
        ("OTHER_ID", "HALL 2"),
        ("OTHER_ID", "3318820"),
    ],
    note=(
        "Tracking board: treatment-room and hallway positions (room ids with their keyword), names, "
        "'94F' as one age token (52 is not labelled), where one collapsed and where one lives, "
        "wristband number."
    ),
)

# 112
n(
    "en",
    "statistic",
    "Hiking rescues by the numbers, 2024: Camelback Mountain 61, Piestewa Peak 44, Sabino Canyon "
    "38, Picacho Peak 17. Average age of rescued hikers: 34. 80% started after 10 a.m. Hike "
    "early, carry more water than you think, turn back halfway through your water.",
    "Counts per trail; no individual.",
)

# 113
p(
    "es",
    "eponymous_condition",
    "Mi hijo Matías, de 9 años, tiene síndrome de Guillain-Barré desde el 2 de noviembre, Día de "
    "Muertos. Hoy dio sus primeros pasos sin ayuda en el piso de rehabilitación. Gracias a la "
    "Dra. Herrera y a todos. ¡Arriba Matías! #MatíasGuerrero",
    [
        ("NAME", "Matías", "*"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "#MatíasGuerrero"),
    ],
    note=(
        "Child's name twice, onset date written twice, name hashtag. Guillain-Barré is eponymous; "
        "Dra. Herrera is staff."
    ),
)

# 114
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Parkinson lleva el nombre de James Parkinson, un médico de "
    "Londres? Nuestro grupo de baile 'Danzón para Parkinson' se reúne los jueves en Sun City "
    "West. ¡Ven a bailar con nosotros!",
    "Eponymous condition and its historical namesake.",
)

# 115
p(
    "en",
    "discharge",
    "Headed home to Tempe! 🏡 Eleanor Whitcomb-Ruiz, 90, spent 10 days with us after her car AC "
    "died in a grocery store parking lot on the hottest day of the year. Her great-grandson "
    "Diego was her 'security guard' every afternoon. Stay cool, Eleanor!",
    [
        ("GEO", "Tempe"),
        ("NAME", "Eleanor Whitcomb-Ruiz"),
        ("AGE", "90"),
        ("NAME", "Diego"),
        ("NAME", "Eleanor", 2),
    ],
    note=(
        "Home city, hyphenated surname, age 90, great-grandson. 'Hottest day of the year' is "
        "relative."
    ),
)

# 116
n(
    "en",
    "discharge",
    "Our first patient treated in the new Heat Stroke Rapid Cooling Bay walked out on his own "
    "two feet this morning! Core temp 107.6°F on arrival, cooled to 102 in 18 minutes. Proud of "
    "this team. 🧊",
    "Anonymous patient, temperatures only.",
)

# 117
p(
    "es",
    "memorial",
    "Descansa en paz, Tata Nacho. 🕯️ Ignacio 'Nacho' Valenzuela Buitimea, músico pascola y "
    "abuelo de todos en New Pascua, falleció el 11 de abril, Jueves Santo, en nuestra unidad de "
    "cuidados paliativos. Tenía 96 años. #TataNacho",
    [
        ("NAME", "Nacho", 1),
        ("NAME", "Ignacio 'Nacho' Valenzuela Buitimea"),
        ("GEO", "New Pascua"),
        ("DATE", "11 de abril"),
        ("DATE", "Jueves Santo"),
        ("AGE", "96"),
        ("NAME", "#TataNacho"),
    ],
    note=(
        "'Tata' (grandfather) is a title left out; name, community, date of death written twice, "
        "age, hashtag."
    ),
)

# 118
n(
    "es",
    "memorial",
    "Este Día de Muertos, nuestro altar en el vestíbulo honra a los trabajadores de la salud que "
    "perdimos y a todas las personas que murieron por el calor en Arizona este año. Trae una "
    "foto o una flor de cempasúchil. Vestíbulo del campus Tucson, 1 y 2 de noviembre.",
    "Hospital altar; holiday and dates of an event.",
)

# 119
p(
    "en",
    "thank_you",
    "@SaguaroValleyHealth thank u for taking care of my abuelo tony moreno after his heat stroke "
    "at the swap meet on 8/3!! he's back home in barrio hollywood playing dominoes already 😭❤️ "
    "#abuelotony",
    [
        ("NAME", "tony moreno"),
        ("DATE", "8/3"),
        ("GEO", "barrio hollywood"),
        ("NAME", "#abuelotony"),
    ],
    note="Lower-case name, date, neighbourhood and hashtag; the hospital handle is not labelled.",
)

# 120
n(
    "en",
    "thank_you",
    "Thank you to the Tucson Fire Department, Phoenix Fire, and the Tohono O'odham Nation Fire "
    "Department for 3 straight weeks of 115°+ heat and zero complaints. Our ED doors are always "
    "open for a cold Gatorade. 💪",
    "Thanks to agencies.",
)

# 121
p(
    "es",
    "public_figure",
    "El exboxeador y orgullo de South Tucson, Rubén 'El Halcón' Sotelo, nos pidió compartir que "
    "fue dado de alta el 28 de agosto tras una cirugía de corazón. 'Gané la pelea más "
    "importante', dijo. ¡Fuerza, campeón!",
    [("GEO", "South Tucson"), ("NAME", "Rubén 'El Halcón' Sotelo"), ("DATE", "28 de agosto")],
    note="A local celebrity who is a patient: home town, name with ring nickname, discharge date.",
)

# 122
n(
    "es",
    "public_figure",
    "El exboxeador y orgullo de South Tucson, Rubén 'El Halcón' Sotelo, visitó a los niños de "
    "oncología el 28 de agosto y les regaló guantes firmados. '¡Ustedes son los verdaderos "
    "campeones!', les dijo. ¡Gracias, campeón!",
    "Same celebrity on a visit, not a patient.",
)

# 123
p(
    "en",
    "patient_story",
    "Summer Antone was 15 when lightning struck the ground near her at a softball game in Sells "
    "in August. Her heart stopped. Her coach started CPR. Now 17, she's training to be an EMT. "
    "#SummerStrong ⚡",
    [("NAME", "Summer Antone"), ("GEO", "Sells"), ("DATE", "August"), ("NAME", "#SummerStrong")],
    note="Name that is an ordinary word, town and month of the strike, name hashtag.",
)

# 124
n(
    "en",
    "health_tip",
    "Summer storms bring lightning. When thunder roars, go indoors — no dugout, tree or ramada "
    "is safe. 30% of lightning survivors have long-term injuries. If someone is struck, they are "
    "safe to touch: call 911 and start CPR. #MonsoonSafe",
    "Generic advice; 'Summer' is a season.",
)

# 125
p(
    "es",
    "pasted_record",
    "Resultados copiados del portal: PACIENTE: ENCINAS ROMERO, MA GUADALUPE | NSS: 527-41-8830 | "
    "FN: 08/ene/1952 | Lic. AZ D04418275 | Dom.: Calle Tres Cruces 118, Nogales, Sonora | Cuenta "
    "7720-31 | Coccidioides Ab: POSITIVO",
    [
        ("NAME", "ENCINAS ROMERO, MA GUADALUPE"),
        ("SSN", "527-41-8830"),
        ("DATE", "08/ene/1952"),
        ("LICENSE", "D04418275"),
        ("GEO", "Calle Tres Cruces 118"),
        ("GEO", "Nogales"),
        ("ACCOUNT", "7720-31"),
    ],
    note="Portal lines: name, SSN (NSS), DOB, Arizona licence, foreign street and city, account.",
)

# 126
n(
    "es",
    "pasted_record",
    "Plantilla para reportar errores del portal (NO escriba datos del paciente en Facebook): "
    "Número de ticket: ____ / Área: ____ / Descripción del problema: ____ / Captura de pantalla "
    "sin nombres. Gracias, Mesa de Ayuda de TI, ext. 4400.",
    "Blank template.",
)

# 127
p(
    "en",
    "birth_announcement",
    "Born in the back of a pickup on State Route 86 between Sells and Three Points at 2:40 a.m.! "
    "🚚 Welcome, baby River, and congratulations to mom Chenoa and dad Marcus Garcia. Our flight "
    "crew met them on the highway.",
    [
        ("GEO", "State Route 86"),
        ("GEO", "Sells"),
        ("GEO", "Three Points"),
        ("NAME", "River"),
        ("NAME", "Chenoa"),
        ("NAME", "Marcus Garcia"),
    ],
    note=(
        "Roadside birth: the road and the two towns it was between, baby named with an ordinary "
        "word, parents."
    ),
)

# 128
n(
    "en",
    "birth_announcement",
    "Fun fact: last year our Tucson labor & delivery team welcomed 3,402 babies, including 41 "
    "sets of twins and 2 sets of triplets. The most popular names? Sofia, Mateo and Liam. 👶",
    "Popular names are aggregate, not any one baby.",
)

# 129
p(
    "es",
    "thank_you",
    "Mil gracias a la Dra. Whitehorse y a los paramédicos de Tohono O'odham por salvar a mi "
    "hermano Ambrosio cuando lo picó el alacrán en Gu Achi el 29 de mayo. ¡Ya está en casa! Att: "
    "Celestina y toda la familia Pablo",
    [
        ("NAME", "Ambrosio"),
        ("GEO", "Gu Achi"),
        ("DATE", "29 de mayo"),
        ("NAME", "Celestina"),
        ("NAME", "Pablo"),
    ],
    note=(
        "Patient, village and date of the sting, sister, family surname that is also a first name. "
        "Staff not labelled."
    ),
)

# 130
n(
    "es",
    "thank_you",
    "Gracias a la Dra. Lena Whitehorse por 25 años salvando vidas en nuestra sala de urgencias "
    "de Tucson. Hoy se jubila y se va a vivir a Gu Achi, cerca de su familia. ¡Te vamos a "
    "extrañar, doctora! 💐",
    "A doctor's retirement and new home: staff details.",
)

# 131
p(
    "en",
    "memorial",
    "In loving memory of Marjorie 'Midge' Albrecht, 104, of Sun City, who died peacefully on "
    "Thanksgiving morning. A Navy nurse in Korea and a Saguaro Valley volunteer for 25 years, "
    "she was our patient these last weeks. Her daughter Ingrid asks for donations to our "
    "Palliative Care fund.",
    [
        ("NAME", "Marjorie 'Midge' Albrecht"),
        ("AGE", "104"),
        ("GEO", "Sun City"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Ingrid"),
    ],
    note=(
        "A volunteer who was also a patient: name, age, town, date of death (holiday), daughter. "
        "Korea is a country."
    ),
)

# 132
n(
    "en",
    "memorial",
    "We are saddened by the loss of Marjorie Albers, 92, who volunteered at our Sun City West "
    "gift shop for 25 years and knitted more than 3,000 baby hats. Her memorial is Saturday, "
    "Nov. 30, at Sun City Grand Chapel. She will be missed.",
    "A volunteer's death (not our patient); her age and memorial date are not labelled.",
)

# 133
p(
    "es",
    "milestone_birthday",
    "🎉 ¡101 años! Don Eusebio 'Chebo' Ramírez celebró su cumpleaños el 15 de mayo, Día de San "
    "Isidro Labrador, patrono de los campesinos… ¡y él pizcó algodón en Eloy toda su vida! Fue "
    "paciente de nuestra clínica de corazón por 20 años.",
    [
        ("AGE", "101"),
        ("NAME", "Eusebio 'Chebo' Ramírez"),
        ("DATE", "15 de mayo"),
        ("DATE", "Día de San Isidro Labrador"),
        ("GEO", "Eloy"),
    ],
    note="Age, name, birthday as date and feast day, the town where he lived and worked.",
)

# 134
n(
    "es",
    "statistic",
    "En Arizona viven más de 14,000 personas mayores de 95 años, muchas en Sun City y Green "
    "Valley. En nuestra clínica geriátrica atendimos a 1,930 pacientes mayores de 90 el año "
    "pasado. ¡Qué bonito envejecer en el desierto!",
    "Population ages and places.",
)

# 135
p(
    "en",
    "pasted_record",
    "Fwd: visitor badge request — Patient: KILLSBACK, ANNALISE / Rm 5122 / visitor: husband Troy "
    "Killsback, AZ DL D11039846, vehicle 2019 Ford F-150 plate CBX4729, VIN 1FTEW1E57KFA10532. "
    "Please have security expect him after 2100.",
    [
        ("NAME", "KILLSBACK, ANNALISE"),
        ("OTHER_ID", "Rm 5122"),
        ("NAME", "Troy Killsback"),
        ("LICENSE", "D11039846"),
        ("VEHICLE", "CBX4729"),
        ("VEHICLE", "1FTEW1E57KFA10532"),
    ],
    note=(
        "Patient and room; the husband's name, driver licence, plate and VIN. 2019 is a model year, "
        "2100 a time."
    ),
)

# 136
n(
    "en",
    "recruitment",
    "Now hiring: Community Health Representatives to work with families in San Xavier, Sells and "
    "the Pascua Yaqui community. Must be comfortable driving dirt roads and speaking with "
    "elders. Tribal members strongly encouraged to apply. Info: (520) 555-0156.",
    "Communities served, not a patient's home.",
)

# 137
p(
    "es",
    "patient_story",
    "¿Se acuerdan de Blanca Nieves Ortiz, la niña que se perdió en el Monte Lemmon el 4 de "
    "julio? Hoy cumplió un mes en casa en Oracle, y ya volvió a su clase de ballet folklórico. "
    "Blanca, ¡eres una guerrera! 💃",
    [
        ("NAME", "Blanca Nieves Ortiz"),
        ("NAME", "Blanca", 2),
        ("GEO", "Monte Lemmon"),
        ("DATE", "4 de julio"),
        ("GEO", "Oracle"),
    ],
    note="Name made of ordinary words (Snow White), where and when she was lost, home town (Oracle).",
)

# 138
n(
    "es",
    "anonymous_story",
    "Un abuelo nos escribió: 'Cuando llegué a urgencias no sabía ni mi nombre por el calor. La "
    "enfermera me habló en yoeme y supe que iba a estar bien.' Por eso contratamos intérpretes. "
    "#OrgullosamenteBilingües",
    "Anonymous patient quote.",
)

# 139
p(
    "en",
    "hospital_contact",
    "@SaguaroValleyHealth my grandmother Olivia Juan is in your Tucson ICU and no one will give "
    "us an update. I've called (520) 555-0100 six times. Please call me back at 520-555-6093. "
    "She doesn't speak English, only O'odham.",
    [("NAME", "Olivia Juan"), ("PHONE", "520-555-6093")],
    note="Patient and the grandchild's phone are labelled; the hospital number and handle are not.",
)

# 140
n(
    "en",
    "hospital_contact",
    "Family updates for ICU patients: the patient (or their chosen contact) receives a 4-digit "
    "passcode at admission. Call (520) 555-0100, ask for the ICU charge nurse and give the "
    "passcode. O'odham, Yoeme and Spanish interpreters available 24/7.",
    "Hospital procedure and number.",
)

# 141
p(
    "es",
    "crisis_update",
    "Actualización del incendio Cañada Seca: atendimos a 3 bomberos por calor. Uno de ellos, el "
    "bombero de Tucson Nicolás Ferrán, nos autorizó a decir que fue dado de alta hoy. ¡Gracias "
    "por tu servicio, Nico!",
    [("NAME", "Nicolás Ferrán"), ("NAME", "Nico")],
    note="A firefighter who is a patient: name and nickname.",
)

# 142
n(
    "es",
    "crisis_update",
    "Actualización del incendio Cañada Seca: por el humo, pacientes con asma o EPOC deben "
    "quedarse adentro. Nuestras clínicas de Tucson y Sells abren hoy hasta las 9 p.m. y tienen "
    "mascarillas N95 gratis.",
    "Public update.",
)

# 143
p(
    "en",
    "milestone_birthday",
    "Ninety-two candles and one very loud 'Las Mañanitas'! 🎂 Our 5 North nurses threw a surprise "
    "party for Mrs. Consuelo 'Connie' Abril on her birthday, 11/22, while she recovers from "
    "pneumonia. Her grandson flew in from El Paso just for it.",
    [
        ("AGE", "Ninety-two"),
        ("NAME", "Consuelo 'Connie' Abril"),
        ("DATE", "11/22"),
        ("GEO", "El Paso"),
    ],
    note="Age in words, name (surname Abril = April), birthday, the grandson's city.",
)

# 144
n(
    "en",
    "event",
    "Mark your calendars 📅 Senior Heat Safety Fair, Thursday, May 15, 9 a.m.–noon at our Sun "
    "City West campus: free fan giveaway for the first 200 residents over 65, AC rebate info "
    "from the utility, and blood pressure checks.",
    "Event date; population age.",
)

# 145
p(
    "es",
    "pasted_record",
    "Censo UCIN Tucson 02/03:\n"
    "Cuna 4 — RN Chavira, Andrea (hija de Rosa Chavira) — 29 sem., 1,120 g\n"
    "Cuna 5 — RN Gemelo A Tapia — 31 sem.\n"
    "Cuna 6 — RN Gemelo B Tapia — 31 sem.\n"
    "Enfermera a cargo: Lcda. Pamela Ruiz",
    [
        ("DATE", "02/03"),
        ("OTHER_ID", "Cuna 4"),
        ("NAME", "Chavira, Andrea"),
        ("NAME", "Rosa Chavira"),
        ("OTHER_ID", "Cuna 5"),
        ("NAME", "Tapia", "*"),
        ("OTHER_ID", "Cuna 6"),
    ],
    note=(
        "NICU census: date, cribs (beds) with keyword, newborns (RN = recién nacido) and a mother; "
        "the charge nurse is staff."
    ),
)

# 146
n(
    "es",
    "event",
    "¡Ven a nuestra Feria de Salud del Día de San Juan! 24 de junio en el Parque Santa Rosa: "
    "pruebas de glucosa, vacunas, lotería y raspados. Celebramos la llegada del monzón con la "
    "comunidad. 🌧️",
    "Event on a holiday.",
)

# 147
p(
    "en",
    "pasted_record",
    "ED triage note 06/21 14:32 — 23 y/o M, Ian McAllister, found down on Piestewa Peak summit "
    "trail, core temp 106.9. Companion: wife Ashley Park, ph 480-555-9902. Home address: 2200 E "
    "Apache Blvd Apt 314, Tempe. Insurance BCBS ID XGP88314227.",
    [
        ("DATE", "06/21"),
        ("NAME", "Ian McAllister"),
        ("GEO", "Piestewa Peak"),
        ("NAME", "Ashley Park"),
        ("PHONE", "480-555-9902"),
        ("GEO", "2200 E Apache Blvd Apt 314"),
        ("GEO", "Tempe"),
        ("HEALTH_PLAN", "XGP88314227"),
    ],
    note=(
        "Triage note: date, name, where he collapsed, wife and her phone, street with apartment, "
        "city, insurance ID."
    ),
)

# 148
n(
    "en",
    "research",
    "Can Tohono O'odham traditional foods like tepary beans and cholla buds lower blood sugar? "
    "Our diabetes researchers and the San Xavier District are recruiting 120 adults for a "
    "6-month study. Community-led, community-owned data. Learn more at svhfoundation.org/tepary.",
    "Research with a community partner.",
)

# 149
p(
    "es",
    "discharge",
    "¡Alta! 🎉 Después de 5 semanas en la unidad de quemaduras, Jazmín, de 6 años, se va a su "
    "casa en el barrio Pascua. Se quemó las plantas de los pies en el asfalto el 20 de junio. Su "
    "mamá Griselda le compró sus primeras chanclas de princesa. #JazmínValiente",
    [
        ("NAME", "Jazmín"),
        ("GEO", "barrio Pascua"),
        ("DATE", "20 de junio"),
        ("NAME", "Griselda"),
        ("NAME", "#JazmínValiente"),
    ],
    note="Child, neighbourhood, date of the burn, mother, name hashtag.",
)

# 150
n(
    "es",
    "campaign_hashtag",
    "Comparte tu historia con #SaguaroStrong y #FuerzaDesierto. Este año lanzamos "
    "#CorazónDelDesierto para celebrar a nuestros enfermeros y enfermeras. ¿A quién quieres "
    "agradecer? Etiqueta a @SaguaroValleyHealth.",
    "Campaign hashtags.",
)

# 151
p(
    "en",
    "public_figure",
    "Statement from Saguaro Valley Health, released with permission: San Francisco Giants "
    "prospect Julio Candelario was treated in our Phoenix ED on March 11 for heat exhaustion "
    "after a Cactus League game in Scottsdale and has been released. He thanks the fans for "
    "their messages.",
    [("NAME", "Julio Candelario"), ("DATE", "March 11"), ("GEO", "Scottsdale")],
    note="A ballplayer who is a patient: name, date, city where he fell ill.",
)

# 152
n(
    "en",
    "public_figure",
    "Spring training legend alert ⚾ Hall of Famer 'Big Mike' Santangelo threw out the first "
    "pitch at our Little League Heat Safety Day in Scottsdale on March 11. Thanks for reminding "
    "the kids to drink water between innings!",
    "A visiting retired star (nickname and all) and an event date; not a patient.",
)

# 153
p(
    "es",
    "patient_story",
    "Así se veía Tadeo Enos hace un mes, conectado a mil tubos después de que lo tumbó un rayo "
    "mientras arreaba vacas cerca de Ali Chuk. Hoy camina a su camioneta solito. 📸 Video "
    "compartido por su hija Marisa.",
    [("NAME", "Tadeo Enos"), ("GEO", "Ali Chuk"), ("PHOTO", "Video"), ("NAME", "Marisa")],
    note="Name, village of the lightning strike, a video that shows him, his daughter.",
)

# 154
n(
    "es",
    "patient_story",
    "Historias del desierto: un trabajador agrícola de unos 50 años llegó a nuestra clínica con "
    "la piel seca y confundido. Su compañero reconoció las señales del golpe de calor y lo mojó "
    "con la manguera. Esa decisión le salvó la vida.",
    "Anonymous patient, approximate age under 90.",
)

# 155
p(
    "en",
    "patient_story",
    "When the haboob hit I-10 near Casa Grande on April 2 and caused a 19-car pileup, Terrence "
    "'TJ' Whitaker of Tucson was in the middle of it. Three broken ribs and a collapsed lung "
    "later, TJ is home and wants you to remember: Pull aside, stay alive.",
    [
        ("GEO", "I-10"),
        ("GEO", "Casa Grande"),
        ("DATE", "April 2"),
        ("NAME", "Terrence 'TJ' Whitaker"),
        ("NAME", "TJ", 2),
        ("GEO", "Tucson"),
    ],
    note="The road and town of his crash, its date, name with initials nickname, home city.",
)

# 156
n(
    "en",
    "crisis_update",
    "Dust storm pileup on I-10 near Casa Grande: we have received 9 patients at our Phoenix and "
    "Tucson trauma centers. Families looking for loved ones, call our family line at (602) "
    "555-0118. We will not share patient information on social media.",
    "Same crash, counts only; hospital phone.",
)

# 157
p(
    "es",
    "pasted_record",
    "Lista de pacientes para traslado a Sun City West (enviada por WhatsApp 😬): 1) Hab. 214 – "
    "Sra. Jovita Canizales, 95 – Exp. 00430019. 2) Hab. 220 – Sr. Willem de Groot, 88, de "
    "Ámsterdam – Exp. 00430274. Contacto de Jovita: nieto Rafa, rafa.canizales@outlook.com",
    [
        ("OTHER_ID", "Hab. 214"),
        ("NAME", "Jovita Canizales"),
        ("AGE", "95"),
        ("MRN", "00430019"),
        ("OTHER_ID", "Hab. 220"),
        ("NAME", "Willem de Groot"),
        ("GEO", "Ámsterdam"),
        ("MRN", "00430274"),
        ("NAME", "Jovita", 2),
        ("NAME", "Rafa"),
        ("EMAIL", "rafa.canizales@outlook.com"),
    ],
    note=(
        "Transfer list: rooms, names, chart numbers, age 95 (88 is not labelled), foreign city, "
        "grandson and his e-mail. Sun City West is the receiving campus."
    ),
)

# 158
n(
    "es",
    "sponsor",
    "Gracias a Cervecería Monzón y a Tortillería La Esperanza por patrocinar nuestra Noche de "
    "Lotería para recaudar fondos para la UCIN. ¡Recaudamos $18,450! El premio mayor se lo llevó "
    "nuestra enfermera Karina Dávila. 🎉",
    "Sponsors and a staff winner.",
)

# 159
p(
    "en",
    "birth_announcement",
    "Twins, in a dust storm, on the 4th of July! 🎆 Welcome Liberty and Justice Nakai, born at "
    "8:15 and 8:22 p.m. while the fireworks got canceled. Mom Shandiin says she's never naming "
    "kids after a holiday again.",
    [("DATE", "4th of July"), ("NAME", "Liberty"), ("NAME", "Justice Nakai"), ("NAME", "Shandiin")],
    note="Birth date (holiday), twins named with ordinary words, mother.",
)

# 160
n(
    "en",
    "birth_announcement",
    "Did you know? July is the busiest month for births at our Tucson hospital — about 310 "
    "babies! Monsoon babies, we love you all. 🌩️👶",
    "A month in a statistic, no baby.",
)

# 161
p(
    "es",
    "thank_you",
    "Querido equipo de oncología pediátrica: hoy mi hija Renata Gil Amaya tocó la campana. 🔔 18 "
    "meses de quimio, desde el 6 de enero, Día de Reyes. Gracias por cada abrazo. Con cariño, su "
    "mamá, Perla Amaya.",
    [
        ("NAME", "Renata Gil Amaya"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Perla Amaya"),
    ],
    note="Patient with double surname, start of treatment written as date and holiday, mother.",
)

# 162
n(
    "es",
    "staff_spotlight",
    "Nuestra oncóloga pediátrica, la Dra. Renata Gil, celebró hoy a los 500 niños que han tocado "
    "la campana en nuestra unidad desde 2010. 🔔 ¡Felicidades, doctora, y gracias por cada abrazo!",
    "Near-twin name, but a doctor.",
)

# 163
p(
    "en",
    "discharge",
    "He's going home! 🏠 After a rattlesnake bit him on the hand while he was moving a woodpile "
    "in Green Valley on May 4, Fred Oyelaran, 90, needed 36 vials of antivenom. He says next "
    "year he's hiring the neighbor kid.",
    [("GEO", "Green Valley"), ("DATE", "May 4"), ("NAME", "Fred Oyelaran"), ("AGE", "90")],
    note="Town and date of the bite, name, age 90.",
)

# 164
n(
    "en",
    "health_tip",
    "🐍 Rattlesnake season tips: watch where you put your hands and feet, use a flashlight at "
    "night, and never try to kill or pick up a snake. If bitten: stay calm, remove rings, and "
    "get to an ER. No ice, no tourniquet, no cutting.",
    "Generic advice.",
)

# 165
p(
    "es",
    "memorial",
    "Hoy se cumplen diez años de la muerte de Dolores 'Lola' Nuñez, de Three Points. Murió de un "
    "golpe de calor a los 44 años esperando el camión. Su hermana Irma pide más paradas con "
    "sombra. Te queremos, Lola. #SombraParaLola",
    [
        ("NAME", "Dolores 'Lola' Nuñez"),
        ("NAME", "Lola", 2),
        ("GEO", "Three Points"),
        ("NAME", "Irma"),
        ("NAME", "#SombraParaLola"),
    ],
    note="Name (Dolores is also a word), town, sister, name hashtag; age 44 not labelled.",
)

# 166
n(
    "es",
    "memorial",
    "Hoy, en el Día Nacional de Concientización sobre el Calor, recordamos a las 645 personas "
    "que murieron por el calor en el condado de Maricopa el año pasado. Cada una tenía nombre y "
    "familia. Ninguna muerte por calor es inevitable.",
    "Awareness day and a county count.",
)

# 167
p(
    "en",
    "pasted_record",
    "Pt portal message (de-identify before sharing!! — someone forgot): 'Hi, this is Gladys "
    "Thorsen, date of birth January 4, 1932. My Medicare number is 7TH2-JK4-QP19 and my new "
    "address for the winter is 17410 N 99th Ave Unit 12, Sun City 85373. Please send my "
    "pacemaker card. Device SN RZE662114R.'",
    [
        ("NAME", "Gladys Thorsen"),
        ("DATE", "January 4, 1932"),
        ("HEALTH_PLAN", "7TH2-JK4-QP19"),
        ("GEO", "17410 N 99th Ave Unit 12"),
        ("GEO", "Sun City"),
        ("GEO", "85373"),
        ("DEVICE", "RZE662114R"),
    ],
    note="Portal message: name, full DOB, Medicare number, winter street, city, ZIP, pacemaker serial.",
)

# 168
n(
    "en",
    "statistic",
    "📊 1 in 4 people we treated for heat stroke last summer were 'snowbirds' who stayed into May "
    "or arrived early in October. Acclimatization takes 7-14 days. Ease into desert heat, "
    "whatever your age.",
    "Aggregate share; months not tied to a patient.",
)

# 169
p(
    "es",
    "birth_announcement",
    "¡Llegó Itzayana! 👶 Nacida el 12 de diciembre, día de la Virgen de Guadalupe, en Saguaro "
    "Valley Health Phoenix. Su bisabuela Guadalupe Tánori, de 93 años, lloró de la emoción: 'Ya "
    "sabía que iba a ser ese día'.",
    [
        ("NAME", "Itzayana"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Guadalupe Tánori"),
        ("AGE", "93"),
    ],
    note=(
        "Baby, birth date written twice; the great-grandmother is a relative, so her name and age "
        "over 89 are labelled."
    ),
)

# 170
n(
    "es",
    "health_tip",
    "Bebés y calor: los bebés se deshidratan más rápido. Vístelos con ropa ligera, nunca cubras "
    "la carriola con una cobija (se vuelve un horno) y jamás los dejes en el carro. Si tu bebé "
    "moja menos pañales, llama al pediatra.",
    "Generic advice.",
)

# 171
p(
    "en",
    "thank_you",
    "Thank you, thank you, THANK YOU to the burn unit for taking care of my son KEVIN after he "
    "fell on the blacktop at Reid Park on June 30. His scars are healing and he's back to "
    "skateboarding (with shoes this time 🙄). — Monica Delgadillo, Midvale Park",
    [
        ("NAME", "KEVIN"),
        ("GEO", "Reid Park"),
        ("DATE", "June 30"),
        ("NAME", "Monica Delgadillo"),
        ("GEO", "Midvale Park"),
    ],
    note="ALL-CAPS name, park where he was burned and the date, mother and their neighbourhood.",
)

# 172
n(
    "en",
    "sponsor",
    "Shout-out to Reid Park Zoo and Tucson Electric Power for sponsoring our Kids' Heat Safety "
    "Day on June 30! 🦒 More than 600 kids learned how to spot heat illness, and every one went "
    "home with a cooling towel.",
    "Sponsors and an event date.",
)

# 173
p(
    "es",
    "milestone_birthday",
    "Hoy nuestra paciente más querida de diálisis, María del Socorro 'Coco' Félix, cumple "
    "noventa y nueve. 🎂 Viene tres veces por semana desde Tubac y nunca ha faltado. "
    "¡Felicidades, Coco!",
    [
        ("NAME", "María del Socorro 'Coco' Félix"),
        ("NAME", "Coco", 2),
        ("AGE", "noventa y nueve"),
        ("GEO", "Tubac"),
    ],
    note="Name (Socorro is also a word), nickname, age in words, home town.",
)

# 174
n(
    "es",
    "recruitment",
    "¡Únete al equipo de diálisis! Buscamos técnicos y enfermeras para nuestras clínicas en "
    "Tucson, Sells y Sun City West. Turnos de 4 días, bono de contratación. Aplica en "
    "saguarovalleyhealth.org/empleos.",
    "Job ad.",
)

# 175
p(
    "en",
    "crisis_update",
    "Power restored at our Sun City West campus after last night's monsoon outage. All patients "
    "were safe on generator power. Special thanks to Mr. Arnold Pettersen in Room 204, 97, who "
    "kept the whole hallway singing Sinatra by flashlight. 🔦🎶",
    [("NAME", "Arnold Pettersen"), ("OTHER_ID", "Room 204"), ("AGE", "97")],
    note="A crisis update that names one patient, his room and his age.",
)

# 176
n(
    "en",
    "crisis_update",
    "Power has been restored at our Sun City West campus after last night's monsoon outage. All "
    "patients were safe on generator power the entire time, and elective procedures resume at 10 "
    "a.m. Thank you for your patience.",
    "Near-twin without the patient.",
)

# 177
p(
    "es",
    "pasted_record",
    "RX de alta — Paciente: Buitimea Valenzuela, Marcelino | Fecha de alta: 09/10 | Dom.: 7405 S "
    "Camino Bacum, Tucson 85757 | Tel.: (520) 555-2266 | Bomba de insulina SN: NG2214487H | "
    "Plan: Pascua Yaqui Health Program ID PYHP-00281",
    [
        ("NAME", "Buitimea Valenzuela, Marcelino"),
        ("DATE", "09/10"),
        ("GEO", "7405 S Camino Bacum"),
        ("GEO", "Tucson"),
        ("GEO", "85757"),
        ("PHONE", "(520) 555-2266"),
        ("DEVICE", "NG2214487H"),
        ("HEALTH_PLAN", "PYHP-00281"),
    ],
    note=(
        "Discharge sheet: name, discharge date, street, city, ZIP, phone, insulin pump serial, "
        "tribal health plan ID."
    ),
)

# 178
n(
    "es",
    "research",
    "Estudio nuevo: pacientes de 60 a 95 años con fiebre del valle se recuperaron más rápido con "
    "seguimiento en casa por enfermeras bilingües. Gracias a los 412 participantes de Tucson y "
    "Phoenix. Publicado en la Revista de Medicina del Suroeste.",
    "Study age range is a population age.",
)

# 179
p(
    "en",
    "patient_story",
    "Remember the hiker who got stuck on Finger Rock in June? That was Priya Raman, a UA grad "
    "student from Bangalore, and she just sent us this photo from the summit — her first hike "
    "since her rescue. 'Started at 4 a.m. this time,' she says. 👏",
    [
        ("GEO", "Finger Rock"),
        ("DATE", "June"),
        ("NAME", "Priya Raman"),
        ("GEO", "Bangalore"),
        ("PHOTO", "photo"),
    ],
    note="Rescue site and month, name, foreign home city, a photo of her.",
)

# 180
n(
    "en",
    "anonymous_story",
    "A snowbird from the Midwest told us today: 'Back home, 90 degrees is a heat wave. Here it's "
    "a cool morning.' He came in dizzy after golfing at noon. He's fine, and he agreed we could "
    "share his lesson: tee times before 8, not after.",
    "Anonymous patient; 90 is a temperature; the Midwest is a region.",
)

# 181
p(
    "es",
    "patient_story",
    "Chiqui es la bebé más valiente de Barrio Anita 💪 Nació con el corazón al revés y la "
    "operaron el 14 de febrero, Día del Amor y la Amistad. ¡Qué fecha para arreglar un corazón! "
    "Sus papás, Lorena y Abel Ruelas, agradecen las oraciones.",
    [
        ("NAME", "Chiqui"),
        ("GEO", "Barrio Anita"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día del Amor y la Amistad"),
        ("NAME", "Lorena"),
        ("NAME", "Abel Ruelas"),
    ],
    note="Nickname, neighbourhood, surgery date written twice, parents.",
)

# 182
n(
    "es",
    "event",
    "Caminata 'Corazones del Desierto' para niños con cardiopatías: 14 de febrero, 7 a.m., "
    "Parque Reid. Inscripción gratis en svhfoundation.org/corazones. ¡Trae a tu familia!",
    "Event date.",
)

# 183
p(
    "en",
    "memorial",
    "Rest in peace, Officer Daniel 'Danny' Quiroz of the Tohono O'odham Police Department, who "
    "died in our trauma center on October 2 after a crash on Federal Route 15. Our hearts are "
    "with his wife Ramona and their three children in Sells.",
    [
        ("NAME", "Daniel 'Danny' Quiroz"),
        ("DATE", "October 2"),
        ("GEO", "Federal Route 15"),
        ("NAME", "Ramona"),
        ("GEO", "Sells"),
    ],
    note="An officer who died as our patient: name, date, road of the crash, wife, family's town.",
)

# 184
n(
    "en",
    "memorial",
    "Today we join the Tohono O'odham Police Department in honoring fallen officers on Peace "
    "Officers Memorial Day, May 15. Our trauma team stands with every family who has lost "
    "someone in uniform. 💙",
    "Awareness day.",
)

# 185
p(
    "es",
    "discharge",
    "¡Ya se fue a casa el Sr. Cuauhtémoc Ríos! 🏡 Estuvo 3 semanas con nosotros por un golpe de "
    "calor mientras trabajaba en un techo en Maryvale. Su esposa Lupe y su hija Citlali le "
    "prepararon birria para la llegada. ¡Éxito, don Temo!",
    [
        ("NAME", "Cuauhtémoc Ríos"),
        ("GEO", "Maryvale"),
        ("NAME", "Lupe"),
        ("NAME", "Citlali"),
        ("NAME", "Temo"),
    ],
    note="Name, neighbourhood where he collapsed, wife, daughter, nickname.",
)

# 186
n(
    "es",
    "discharge",
    "Consejo para el día del alta: pide tu lista de medicamentos impresa, pregunta a quién "
    "llamar si tienes dudas y asegúrate de que el carro que te recoge tenga aire acondicionado. "
    "Nuestra sala de alta tiene agua y cargadores.",
    "Generic advice.",
)

# 187
p(
    "en",
    "pasted_record",
    "Lost & found ticket #LF-2291: Pink iPhone left in ED bay 7 by patient Brooklyn Sandoval "
    "(DOB 4/9/2011); mom Tiffany can pick up at security. Contact: tiffany.sandoval.az@gmail.com "
    "/ 520-555-1787. Case note: bee swarm at a pecan grove in Marana.",
    [
        ("OTHER_ID", "bay 7"),
        ("NAME", "Brooklyn Sandoval"),
        ("DATE", "4/9/2011"),
        ("NAME", "Tiffany"),
        ("EMAIL", "tiffany.sandoval.az@gmail.com"),
        ("PHONE", "520-555-1787"),
        ("GEO", "Marana"),
    ],
    note=(
        "Ticket: ED bay (bed) with keyword, patient named like a place, DOB, mother and her "
        "contacts, town of the swarm."
    ),
)

# 188
n(
    "en",
    "hospital_contact",
    "Lost something during your visit? Our Lost & Found is at the Tucson security desk, open "
    "24/7. Call (520) 555-0142 or email lostandfound@saguarovalleyhealth.org. Please include a "
    "description, the date, and the unit — never your medical details.",
    "Hospital contact.",
)

# 189
p(
    "es",
    "public_figure",
    "Comunicado autorizado: la diputada estatal Anabel Yocupicio fue atendida en nuestro campus "
    "de Tucson el 3 de octubre por una mordedura de perro en su casa de Marana. Se encuentra "
    "bien y agradece los mensajes. ¡Pronta recuperación!",
    [("NAME", "Anabel Yocupicio"), ("DATE", "3 de octubre"), ("GEO", "Marana")],
    note="A legislator who is a patient.",
)

# 190
n(
    "es",
    "public_figure",
    "La diputada estatal Anabel Yocupicio presentó hoy en nuestro auditorio de Tucson la nueva "
    "ley de protección contra el calor para trabajadores agrícolas. 'Nadie debe morir por "
    "trabajar', dijo. Gracias por su liderazgo.",
    "Same legislator, not a patient.",
)

# 191
p(
    "en",
    "eponymous_condition",
    "Meet Hank Lindgren, 93, a Sun City snowbird from Fargo with Parkinson's who hasn't missed a "
    "Rock Steady Boxing class in 6 years. 'Parkinson's hits hard, so do I,' he grins. 🥊",
    [("NAME", "Hank Lindgren"), ("AGE", "93"), ("GEO", "Sun City"), ("GEO", "Fargo")],
    note="Patient name, age, winter and home cities; Parkinson's is eponymous.",
)

# 192
n(
    "en",
    "eponymous_condition",
    "Rock Steady Boxing for Parkinson's disease is back at our Sun City West gym! Classes "
    "Mon/Wed/Fri 10 a.m., all levels. Research shows intense exercise may slow Parkinson's "
    "progression. Gloves provided. 🥊",
    "Eponymous condition, class schedule.",
)

# 193
p(
    "es",
    "thank_you",
    "Gracias a las enfermeras del 4 Oeste que le cantaron 'Cielito Lindo' a mi tía Cielo cuando "
    "cumplió 91 en el hospital el 30 de octubre. Ella dice que fue su mejor cumpleaños. — "
    "Sobrinos Fimbres, de Nogales",
    [
        ("NAME", "Cielo"),
        ("AGE", "91"),
        ("DATE", "30 de octubre"),
        ("NAME", "Fimbres"),
        ("GEO", "Nogales"),
    ],
    note="Patient (Cielo = sky), age, birthday, family surname and town. The song title is not a name.",
)

# 194
n(
    "es",
    "thank_you",
    "Gracias a los mariachis de Pueblo High por venir a tocar 'Cielito Lindo' en cada piso del "
    "hospital el 10 de mayo. ¡Las mamás hospitalizadas lloraron de emoción! 🎺",
    "Musicians' visit on Mother's Day; patients only as a group.",
)

# 195
p(
    "en",
    "pasted_record",
    "Bed board 0600 — Phoenix Burn ICU\n"
    'Bed 1: RAMIREZ, CHRISTOPHER "Topher" — 32% TBSA, pavement, Guadalupe\n'
    "Bed 2: THOMPSON, WILMA — 92 — scald, Sun City\n"
    "Bed 3: empty\n"
    "Bed 4: NGUYEN, BAO — 14% TBSA, propane grill, Maryvale",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", 'RAMIREZ, CHRISTOPHER "Topher"'),
        ("GEO", "Guadalupe"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "THOMPSON, WILMA"),
        ("AGE", "92"),
        ("GEO", "Sun City"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "NGUYEN, BAO"),
        ("GEO", "Maryvale"),
    ],
    note=(
        "Bed board: occupied beds with keyword (the empty bed 3 is not tied to anyone), names, age, "
        "home towns."
    ),
)

# 196
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Burn ICU nurse Wilma Thompson, 61, has worked 40 Phoenix summers and "
    "trained every burn nurse on the unit. Her advice for new grads: 'Drink water like it's your "
    "job, because it is.' Thank you, Wilma! 🔥",
    "A nurse whose name echoes the previous bed board; staff are not labelled.",
)

# 197
p(
    "es",
    "birth_announcement",
    "Bienvenido, Tonatiuh 'Toño' Ramírez Peralta 🌞 Nació en pleno eclipse solar, el 8 de abril, "
    "en nuestro hospital de Tucson. Su papá, Héctor, es maestro de astronomía y dice que ya lo "
    "tenía planeado. 😂",
    [("NAME", "Tonatiuh 'Toño' Ramírez Peralta"), ("DATE", "8 de abril"), ("NAME", "Héctor")],
    note="Baby with nickname and double surname, birth date, father.",
)

# 198
n(
    "es",
    "birth_announcement",
    "¡Récord! En las 24 horas del Día de las Madres nacieron 27 bebés en nuestros hospitales de "
    "Tucson y Phoenix. Felicidades a todas las nuevas mamás. 💐👶",
    "A count of births on a holiday; no single baby.",
)

# 199
p(
    "en",
    "discharge",
    "Discharge day for our favorite Canadian! 🇨🇦 Pierre-Luc Gagnon of Sherbrooke, Quebec spent 8 "
    "days with us after getting lost in the Superstitions on Jan. 19. He says he'll stick to "
    "shuffleboard now.",
    [
        ("NAME", "Pierre-Luc Gagnon"),
        ("GEO", "Sherbrooke"),
        ("GEO", "Superstitions"),
        ("DATE", "Jan. 19"),
    ],
    note="Hyphenated name, foreign city, where and when he was lost. Quebec is a province.",
)

# 200
n(
    "en",
    "discharge",
    "Quick reminder on discharge day: ask your nurse for a printed medication list, know who to "
    "call with questions, and make sure your ride has AC. Our discharge lounge in Tucson has "
    "water, snacks and phone chargers. 🚗",
    "Generic advice.",
)

# 201
p(
    "es",
    "pasted_record",
    "Mensaje de Facebook reenviado al equipo: 'Buenas, soy Ernestina Ochoa, mamá de Bryan Ochoa, "
    "el muchacho del accidente en la Ajo Way el 16/9. Su número de caso es CS-2024-018823 y su "
    "póliza Mercy Care es 0A4429917. ¿Cuándo lo pasan a rehabilitación?'",
    [
        ("NAME", "Ernestina Ochoa"),
        ("NAME", "Bryan Ochoa"),
        ("GEO", "Ajo Way"),
        ("DATE", "16/9"),
        ("OTHER_ID", "CS-2024-018823"),
        ("HEALTH_PLAN", "0A4429917"),
    ],
    note="Mother and son, road and date of the crash, case number, health plan ID.",
)

# 202
n(
    "es",
    "hospital_contact",
    "📍 Nuestras ubicaciones:\n"
    "Tucson: 3150 N Saguaro Vista Dr, Tucson, AZ 85716\n"
    "Phoenix: 1900 W Palo Verde Pkwy, Phoenix, AZ 85015\n"
    "Sun City West: 13700 W Del Webb Blvd, Sun City West, AZ 85375\n"
    "Clínica South Tucson: 2201 S 6th Ave, South Tucson, AZ 85713",
    "The hospital's own addresses.",
)

# 203
p(
    "en",
    "campaign_hashtag",
    "#BringJoeyHome update 💛 Joey Lomayestewa, the Flagstaff teen burned in the Tonto Basin "
    "brush fire on June 8, took his first steps today. His aunt Marlene says keep the posts "
    "coming, he reads every one.",
    [
        ("NAME", "#BringJoeyHome"),
        ("NAME", "Joey Lomayestewa"),
        ("GEO", "Flagstaff"),
        ("GEO", "Tonto Basin"),
        ("DATE", "June 8"),
        ("NAME", "Marlene"),
    ],
    note="Name hashtag, name, home city, place and date of the burn, aunt.",
)

# 204
n(
    "en",
    "campaign_hashtag",
    "This summer, we're proud to join #HeatReadyAZ and #CoolKidsAZ, statewide campaigns to put "
    "shade structures in every school playground. Tag a school that needs one! 🌳 "
    "@SaguaroValleyHealth @SVHKids",
    "Campaign hashtags and hospital handles.",
)

# 205
p(
    "es",
    "patient_story",
    "Don Fidencio Morales, de Tolleson, tenía 88 años cuando se le cayó el techo de la cochera "
    "en la tormenta del 25 de julio. Hoy, con 89 y su bastón nuevo, ya anda otra vez regando sus "
    "rosales. Dice que el próximo monzón lo va a ver desde la sala.",
    [("NAME", "Fidencio Morales"), ("GEO", "Tolleson"), ("DATE", "25 de julio")],
    note="Name, town, date of the storm injury; ages 88 and 89 are not labelled.",
)

# 206
n(
    "es",
    "anonymous_story",
    "Una señora de 89 años nos pidió compartir esto de forma anónima: 'Yo apagaba el aire para "
    "ahorrar. Casi me muero. Ahora sé que hay ayuda para pagar la luz.' Llama al 211 para "
    "programas de ayuda con facturas de energía.",
    "Anonymous; 89 is not an age over 89; 211 is a public line.",
)

# 207
p(
    "en",
    "thank_you",
    "Big thanks from the whole Kowalczyk clan to the ICU at Sun City West. Grandpa Stan turned "
    "100 in your care on March 9 and Nurse Yolanda made him a cake shaped like a walleye. He's "
    "back home in Surprise and telling everyone. 🎣",
    [
        ("NAME", "Kowalczyk"),
        ("NAME", "Stan"),
        ("AGE", "100"),
        ("DATE", "March 9"),
        ("GEO", "Surprise"),
    ],
    note="Family surname, patient, age, birthday, home town. The nurse is staff.",
)

# 208
n(
    "en",
    "thank_you",
    "Thank you to Sun City West Kiwanis for 500 handmade lap quilts for our ICU patients! Each "
    "one has a note tucked inside. Our patients treasure them. 💙",
    "A club's donation.",
)

# 209
p(
    "es",
    "milestone_birthday",
    "¡Cien años de vida! 🌵 Hoy celebramos a la señora Josefa Antone, de San Xavier, la "
    "centenaria más alegre de nuestro programa de visitas a domicilio. Nació un 19 de marzo, día "
    "de San José, y su nombre se lo debe a él.",
    [
        ("AGE", "Cien"),
        ("NAME", "Josefa Antone"),
        ("GEO", "San Xavier"),
        ("AGE", "centenaria"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
    ],
    note="Age as a word and as 'centenaria', name, community, birth date written twice.",
)

# 210
n(
    "es",
    "milestone_birthday",
    "¡Nuestra clínica de Sells cumple 10 años! 🎂 Más de 40,000 consultas, con enfermeras de la "
    "comunidad y servicios en tohono o'odham ñiok. Gracias a la Nación Tohono O'odham por su "
    "confianza.",
    "A clinic anniversary.",
)

# 211
p(
    "en",
    "pasted_record",
    "Screenshot from a family group chat someone posted to our page (we've hidden it): 'Grandma "
    "Bea (Beatrice Hollis) 95, is in Rm 418 at the Tucson campus. Visiting hours til 8. Her "
    "patient # is 00817320 and the unit phone is (520) 555-0100 ext 418.'",
    [
        ("NAME", "Bea"),
        ("NAME", "Beatrice Hollis"),
        ("AGE", "95"),
        ("OTHER_ID", "Rm 418"),
        ("MRN", "00817320"),
    ],
    note=(
        "Nickname and name, age, room, chart number; the hospital switchboard and extension are not "
        "labelled."
    ),
)

# 212
n(
    "en",
    "research",
    "Our trauma researchers found that 1 in 3 rodeo injuries we treated in 2023–24 were "
    "concussions, and most riders returned to competition within a week. A new study with the "
    "state rodeo association on helmet use starts this fall. 🤠",
    "Research summary.",
)

# 213
p(
    "es",
    "crisis_update",
    "Actualización: la familia Tautimez confirma que su hijo Marcos, de 12 años, el niño que "
    "arrastró la corriente en el arroyo de Tanque Verde el domingo, está estable en terapia "
    "intensiva pediátrica. Piden oraciones y que nadie cruce arroyos crecidos.",
    [("NAME", "Tautimez"), ("NAME", "Marcos"), ("GEO", "Tanque Verde")],
    note="Family surname, child, wash where he was swept away; the weekday is not labelled.",
)

# 214
n(
    "es",
    "crisis_update",
    "⚠️ Alerta de inundación repentina en el este de Tucson. Los arroyos Tanque Verde y Sabino "
    "están crecidos. No cruces. Nuestra sala de urgencias de Tucson está abierta y preparada. En "
    "emergencia, llama al 911.",
    "Flood alert with the same wash; no patient.",
)

# 215
p(
    "en",
    "recruitment",
    "From patient to nurse 💜 Sofia Lucero spent her first 97 days in our NICU in 2001. Today she "
    "starts as a NICU nurse on the same unit. Want to join her? We're hiring NICU RNs: "
    "saguarovalleyhealth.org/careers.",
    [("NAME", "Sofia Lucero")],
    note=(
        "A new nurse introduced as a former patient: her name is labelled. 97 days is a length of "
        "stay, 2001 a bare year."
    ),
)

# 216
n(
    "en",
    "recruitment",
    "We're hiring NICU RNs! Join Sofia Lucero, RN, and a team that's cared for 12,000 tiny "
    "patients since 1998. Sign-on bonus up to $15,000. Apply: saguarovalleyhealth.org/careers 💜",
    "The same name as staff only.",
)

# 217
p(
    "es",
    "event",
    "Los invitamos a la Carrera 5K 'Corre por Chayito' el 7 de septiembre en Sahuarita, en "
    "memoria de Rosario 'Chayito' Leyva, quien murió de fiebre del valle en nuestro hospital a "
    "los 9 años. Lo recaudado apoya a familias de la UCI pediátrica.",
    [("NAME", "Chayito", 1), ("NAME", "Rosario 'Chayito' Leyva")],
    note=(
        "A deceased patient named in an event (Rosario is also a word); the race date and venue are "
        "the event's, not hers."
    ),
)

# 218
n(
    "es",
    "event",
    "Festival de Pascola y Venado en el Centro Cultural de Old Pascua este sábado 5 de abril. "
    "Nuestro equipo de salud comunitaria tendrá una carpa con agua, presión arterial y vacunas. "
    "Respeten las ceremonias: no se permiten fotos durante la Cuaresma.",
    "Community event.",
)

# 219
p(
    "en",
    "event",
    "Join the Hernández family at Kennedy Park on May 10 for Abby's Walk 🦋, honoring Abigail "
    "Hernández, who spent her last days in our pediatric hospice after a 3-year fight with "
    "neuroblastoma. Proceeds support our Child Life program.",
    [("NAME", "Hernández", 1), ("NAME", "Abby"), ("NAME", "Abigail Hernández")],
    note=(
        "Family surname, nickname inside the walk's name, full name; the walk date and park are the "
        "event's."
    ),
)

# 220
n(
    "en",
    "event",
    "Kennedy Park, May 10, 7 a.m.: our 12th annual Desert Kids Walk for pediatric cancer "
    "research 🦋. Register at svhfoundation.org/walk. Every dollar stays in Southern Arizona.",
    "Event.",
)

# 221
p(
    "es",
    "research",
    "Con permiso de su familia: Don Aurelio Manuel, de 91 años, de Gu Vo, fue el primer "
    "participante de nuestro estudio sobre corazón y calor en adultos mayores de la Nación "
    "Tohono O'odham. Gracias por abrir camino, don Aurelio.",
    [("NAME", "Aurelio Manuel"), ("NAME", "Aurelio", 2), ("AGE", "91"), ("GEO", "Gu Vo")],
    note="A named study participant (a patient): name, age, village.",
)

# 222
n(
    "es",
    "research",
    "Buscamos participantes: adultos de 65 años o más que vivan en Sun City, Sun City West o "
    "Youngtown para un estudio sobre sueño y temperatura en casa. Te prestamos un termómetro "
    "inteligente. Info: (623) 555-0165.",
    "Eligibility by population and area.",
)

# 223
p(
    "en",
    "statistic",
    "Our 1,000th heat-stroke patient since the cooling bay opened was Gilbert 'Gil' Castañeda, a "
    "delivery driver from Avondale, on July 11. He asked us to share the milestone — and to "
    "remind delivery companies that trucks need AC. 📦",
    [("NAME", "Gilbert 'Gil' Castañeda"), ("GEO", "Avondale"), ("DATE", "July 11")],
    note="A statistic milestone that names the patient, his town and date.",
)

# 224
n(
    "en",
    "statistic",
    "Heat deaths in Maricopa County by age, 2024: under 50: 29%; 50–64: 33%; 65–74: 17%; 75+: "
    "21%, including 14 people over 90. 3 of 4 heat deaths happened outdoors. Source: county "
    "public health.",
    "Population ages and a county.",
)

# 225
p(
    "es",
    "thank_you",
    "Mi papá, Beto Yescas, llegó con golpe de calor desde el campo de golf donde trabaja en "
    "Scottsdale el 17 de junio. Estuvo 5 días en la UCI. Hoy ya volvió a trabajar, pero ahora "
    "entra a las 4 de la mañana. Gracias, Saguaro Valley. — Yaritza Yescas",
    [
        ("NAME", "Beto Yescas"),
        ("GEO", "Scottsdale"),
        ("DATE", "17 de junio"),
        ("NAME", "Yaritza Yescas"),
    ],
    note="Patient, city and date of the heat stroke, daughter.",
)

# 226
n(
    "es",
    "anonymous_story",
    "Una jovencita de 15 años que atendimos este verano nos pidió contar su historia sin su "
    "nombre: se desmayó en la práctica de fútbol a las 3 de la tarde. Ahora es la 'capitana del "
    "agua' de su equipo. Entrenadores: practiquen temprano. ⚽",
    "Anonymous teenage patient.",
)

# 227
p(
    "en",
    "patient_story",
    "Winslow, our 7-year-old 'cowboy of the cardiac floor,' got his new heart on Halloween night "
    "🎃. He dressed as a heart surgeon for the occasion. His mom Darlene and his sisters Kya and "
    "Shania say trick-or-treating can wait until next year. #WinslowsHeart",
    [
        ("NAME", "Winslow"),
        ("DATE", "Halloween"),
        ("NAME", "Darlene"),
        ("NAME", "Kya"),
        ("NAME", "Shania"),
        ("NAME", "#WinslowsHeart"),
    ],
    note="Child named like an Arizona town, transplant on Halloween, mother and sisters, name hashtag.",
)

# 228
n(
    "en",
    "health_tip",
    "Halloween in the desert can still hit 95°F. Skip heavy masks, carry water, and "
    "trick-or-treat after sunset. Check candy for choking hazards for little ones, and use glow "
    "sticks so drivers can see you. 🎃",
    "Generic advice; 95 is a temperature.",
)

# 229
p(
    "es",
    "pasted_record",
    "Pantallazo de la pulsera: TORRES, BALTAZAR | F. Nac 07/07/1933 | Exp 00992716 | Pulsera "
    "4471-2209 | Alergias: PENICILINA | Cuarto 509",
    [
        ("NAME", "TORRES, BALTAZAR"),
        ("DATE", "07/07/1933"),
        ("MRN", "00992716"),
        ("OTHER_ID", "4471-2209"),
        ("OTHER_ID", "Cuarto 509"),
    ],
    note="Wristband: name, DOB, chart number, wristband number, room.",
)

# 230
n(
    "es",
    "staff_spotlight",
    "Conoce a Baltazar Torres, nuestro técnico de farmacia del turno de noche en Phoenix. Lleva "
    "18 años preparando antivenenos y dice que ha visto 'más cascabeles que un vaquero'. "
    "¡Gracias, Balta! 🐍",
    "A pharmacy technician sharing the previous patient's name.",
)

# 231
p(
    "en",
    "milestone_birthday",
    "Happy 106th to the one and only Opal Winterhalter of Sun City West! 🌸 Opal survived the "
    "Dust Bowl, two hip fractures and our cafeteria meatloaf (her words). She celebrated with "
    "her son Curtis, 79, in Room 112.",
    [
        ("AGE", "106th"),
        ("NAME", "Opal Winterhalter"),
        ("NAME", "Opal", 2),
        ("GEO", "Sun City West"),
        ("NAME", "Curtis"),
        ("OTHER_ID", "Room 112"),
    ],
    note=(
        "Age, name, her home community (also the name of our campus's town), son, room. The son's "
        "age 79 is not labelled."
    ),
)

# 232
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to the saguaro by our Tucson front entrance! 🌵 Botanists think it "
    "sprouted around 1925, and it has seen more monsoons than any of us. Stop by and say hi (but "
    "don't hug it).",
    "A cactus's 100th birthday.",
)

# 233
p(
    "es",
    "discharge",
    "¡Gol! ⚽ Kevin 'El Chapulín' Verdugo, portero de 17 años de Nogales, Sonora, se va a casa "
    "después de que un rayo cayó en la cancha el 12 de agosto. Su entrenador y todo el equipo "
    "vinieron con su uniforme a despedirlo.",
    [("NAME", "Kevin 'El Chapulín' Verdugo"), ("GEO", "Nogales"), ("DATE", "12 de agosto")],
    note="Name with nickname, foreign home city, date of the strike.",
)

# 234
n(
    "es",
    "sponsor",
    "¡Gracias, Club de Fútbol Chapulines de Nogales! Donaron 30 detectores de rayos portátiles "
    "para las ligas infantiles del sur de Arizona. Seguridad primero en la temporada de monzón. ⚡",
    "A sponsor club.",
)

# 235
p(
    "en",
    "thank_you",
    "Shoutout to the ED team at @SaguaroValleyHealth! You stitched up my husband Rudy after his "
    "horse stepped on him at the Prescott rodeo on the 4th of July, and let our daughter Kenzie "
    "stay with him the whole time. 10/10. — Crystal Whitesell",
    [
        ("NAME", "Rudy"),
        ("GEO", "Prescott"),
        ("DATE", "4th of July"),
        ("NAME", "Kenzie"),
        ("NAME", "Crystal Whitesell"),
    ],
    note="Patient, town and date of the injury, daughter, wife (Crystal is also a word).",
)

# 236
n(
    "en",
    "health_tip",
    "Rodeo riders: a concussion can happen even with a hat. Watch for headache, dizziness, "
    "confusion or vomiting after a fall. No riding until you're cleared. And yes, helmets are "
    "cowboy. 🤠 #RideSafe",
    "Generic advice.",
)

# 237
p(
    "es",
    "thank_you",
    "Gracias infinitas a urgencias por atender a mi suegra, doña Herminia Gámez Luján, de 90 "
    "años, cuando se cayó el Jueves Santo en la procesión de Magdalena. Ya está mejor en su casa "
    "en Rio Rico. — Familia Gámez",
    [
        ("NAME", "Herminia Gámez Luján"),
        ("AGE", "90"),
        ("DATE", "Jueves Santo"),
        ("GEO", "Magdalena"),
        ("GEO", "Rio Rico"),
        ("NAME", "Gámez", 2),
    ],
    note="Name, age, date of the fall (holiday), town of the procession, home town, family surname.",
)

# 238
n(
    "es",
    "health_tip",
    "Semana Santa con calor: si vas a las procesiones, lleva sombrero, agua y algo de comer. "
    "Personas mayores y con diabetes: caminen un tramo y descansen. Nuestro puesto de primeros "
    "auxilios estará en la Plaza de Guadalupe.",
    "Generic advice; first-aid post at an event venue.",
)

# 239
p(
    "en",
    "pasted_record",
    "Snowbird intake form (left on the lobby copier!): Name: MacDONALD, Fiona | DOB: 12 Dec 1938 "
    "| Home: 44 Birch Lane, Thunder Bay, ON P7B 3K5 | Winter: Lakeview Manor, Sun City | OHIP #: "
    "5829-114-607-KR | Emergency: son Alastair, +1 807 555 2310",
    [
        ("NAME", "MacDONALD, Fiona"),
        ("DATE", "12 Dec 1938"),
        ("GEO", "44 Birch Lane"),
        ("GEO", "Thunder Bay"),
        ("GEO", "P7B 3K5"),
        ("GEO", "Lakeview Manor"),
        ("GEO", "Sun City"),
        ("HEALTH_PLAN", "5829-114-607-KR"),
        ("NAME", "Alastair"),
        ("PHONE", "+1 807 555 2310"),
    ],
    note=(
        "Intake form: odd-case name, DOB, Canadian street, city and postal code, winter residence "
        "and town, Ontario health card, son and his phone."
    ),
)

# 240
n(
    "en",
    "hospital_contact",
    "Snowbirds: welcome back! 🐦 Transferring your records from home? Fax them to our Sun City "
    "West registration desk at (623) 555-0165 or upload through the portal. Canadian visitors, "
    "bring your provincial health card and travel insurance info.",
    "Hospital fax line.",
)

if __name__ == "__main__":
    S.main("phi_dev36_source")
