"""Blind development set d12 for the PHI scanner: tests/data/phi_dev12.jsonl.

Organisation: Bayshore Memorial Health System, Miami, Florida (phi_dev12_org.json), an
urban safety-net hospital with a Level I trauma center, a transplant institute, a NICU and
a children's hospital wing, serving families from Cuba, Venezuela, Colombia, Puerto Rico,
Nicaragua and Haiti. Its phone numbers, addresses, domains and handles are never PHI.

Focus: hurricane and heat crisis updates, trauma survivors, transplant recipients, living
donors and donor families, NICU graduates, quinceañeras and abuelas in the hospital;
Haitian Creole and Spanish names in English posts, diminutives (Juanito, Lupita, Tomasita),
double surnames, first names that are ordinary words (Milagros, Luz, Angel, Dulce, Paz,
Esperanza, Rocío, Consuelo, Cielo, Sol, Lovely, Dieumerci), Spanish-English mixed posts,
lower-case and ALL-CAPS posts, pasted internal notes, and the hard negatives that look like
them: staff, volunteers, therapy dogs, mannequins, software, storms, funds, rooms and
events carrying the same names.

240 posts, 120 patient-specific / 120 not; 132 English, 108 Spanish (a post that mixes
the two is filed under its main language). Written blind, by hand, one post at a time,
without looking at the scanner or at any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- A post is patient-specific iff it carries at least one labelled identifier of a patient
  or of a patient's relative / household member (a partner counts). Anonymous stories,
  staff, doctors, volunteers, staff members' own families, donors of money, named funds,
  rooms and buildings, public or historical figures, pets, therapy dogs, eponymous
  conditions, campaign hashtags and the hospital's own phones, addresses, domains and
  handles are never labelled, unless that person is the patient or a patient's relative.
- NAME: name tokens only; titles and kinship words outside ("Dr.", "Chief", "Mr.", "doña",
  "don", "Sra.", "abuela", "tía", "Grann", "Manmi"); possessive 's outside; family
  surnames ("la familia Rivera Santiago" -> "Rivera Santiago"); nicknames, lower-case and
  ALL-CAPS names as written; initials with their periods ("J.B.", "Nereida R."); a quoted
  nickname inside a full name is one span ("José 'Chepito' Arguello"); a name hashtag is
  one span with its '#', lower case or with digits included ("#fuerzaparamila",
  "#ValeriaSofía1Año").
- DATE: every date element except a bare year tied to the patient or relative, as written
  with an attached year ("6/3", "28/06", "03/09/1958", "9 de agosto", "2 DE NOVIEMBRE");
  a month alone ("enero", "desde junio"); a holiday on which the event happened, both
  expressions when the day is named twice ("14 de febrero, Día de San Valentín"). Articles
  are left out. Weekdays, times and relative expressions are not labelled, nor event dates.
- AGE: only ages over 89, the token as written ("94", "90th", "ninety", "One hundred and
  one"), plus "centenarian" / "nonagenarian" / "centenaria" and their Spanish forms
  "centenario" / "nonagenaria".
- GEO: places smaller than a state tied to the patient or family: home town, neighbourhood,
  street with number, ZIP, birthplace, a relative's city, the road or place of an injury,
  the town a patient works in. Countries, states and the hospital's own sites are not GEO.
- PHONE / FAX / EMAIL / URL / IP of the patient or family, as written; MRN, SSN,
  HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE: the value only. OTHER_ID: room / bed /
  apartment numbers with their keyword ("room 5112", "hab. 612-B", "cama 7", "Apt 12C"),
  portal user names, and social handles of patients or families with the '@'. PHOTO: the
  cue word only, when the text says the attached picture or video shows the patient.
- Every occurrence of a labelled string is labelled; ok=(...) lists deliberate exceptions.

Decisions of this set:
- Organ donors, living or deceased, are patients and their families are patients'
  relatives; the anonymous recipient of a donor's heart is a patient too, so his city is
  GEO. Donors of money are labelled only when introduced as a patient's relatives, and
  then everywhere, inside the fund's name too (the Iturralde endowment).
- Staff, volunteers and local figures who become patients are labelled (a secretary in
  the ICU, a fire chief, a retired pediatrician, a radio voice, a café owner), as are
  former patients who are now staff, and a staff member who is a patient's grandfather.
  Otherwise a staff member's own family is not labelled, even a grandmother of 100, and a
  volunteer's age over 89 is not labelled.
- An age over 89 of a patient's relative is labelled, as are a relative's birthplace,
  birthday and the month of a relative's wedding.
- Puerto Rico is treated like a state (not GEO); its towns (Bayamón, Ponce) are GEO.
  Foreign cities are GEO (Maracaibo, Cúcuta, León, Granada, Cap-Haïtien, Banes).
- Roads are labelled as written: "avenida Okeechobee" keeps its Spanish street word like
  "calle Elm"; numbered roads are the number or street as written ("836", "calle 8",
  "US-1"); a restaurant where the patient choked is GEO; an intersection is two spans.
  A town inside an employer's name ("Hialeah Fire") is the town a patient works in.
- A crash site or shelter named in a public notice with no individual patient is not
  labelled; the hospital's own clinic towns (Little Havana, Hialeah, Homestead) are never
  GEO, even in a patient's post.
- Storm names (Irma, Andrew, Milton, Rafael) are never names; a baby who shares one is.
  Lower-case endearments ("little angel", "mija") and generic "abuela" are not names. A
  name explained as a word ("Caridad means charity") is still the name.
- A holiday that is not the day of the patient's event (Christmas spent at home, a
  Hispanic Heritage party) is not a DATE. Bare list numbers in a census with no keyword
  are not OTHER_ID. A photo mentioned but not attached is not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev12.jsonl"), os.path.join(HERE, "phi_dev12_org.json"), "d12")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "discharge",
    "Milagros was born at 24 weeks, 1 lb 3 oz, while the storm shutters were still up. Today she walked into our NICU reunion in a tutu 🩰 A real milagro, as her abuela Nidia says. #NICUGrad #BayshoreStrong",
    [("NAME", "Milagros"), ("NAME", "Nidia")],
    note="word-name 'Milagros' next to the common noun 'milagro'; grandmother named with the Spanish kinship word",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Luz Marina Ocampo, enfermera de la UCI neonatal desde hace 22 años. Nació en Barranquilla, llegó a Miami en 1998 y dice que su trabajo es 'dar luz' a las familias. ¡Gracias, Luz! 💛 #OrgulloBayshore",
    "a nurse's name and birthplace: staff are never labelled",
)

p(
    "en",
    "anonymous_story",
    "A man in his 70s collapsed at a bus stop on Flagler Street during yesterday's heat advisory. Bystanders started CPR and he is recovering in our cardiac ICU. Learn hands-only CPR — it takes 2 minutes. #HeatSafety",
    [("GEO", "Flagler Street")],
    note="anonymous patient, but the street where he collapsed is his injury location; 'Flagler' reads like a surname",
)

n(
    "es",
    "crisis_update",
    "⚠️ AVISO DE CALOR: índice de calor de 110°F hoy en el condado Miami-Dade. Nuestras salas de emergencia en Miami y Homestead están abiertas 24/7. Tome agua, busque sombra y llame al (305) 555-0111 si alguien tiene confusión o deja de sudar. #CalorExtremo",
    "county-wide advisory, the hospital's own sites and phone line",
)

p(
    "en",
    "patient_story",
    "“I got my life back at 11:42 p.m. on a Tuesday.” That's how Reginald “Reggie” Pierre-Louis describes the night his new liver arrived. One year later, Reggie is back behind the counter of his family's bakery in Little Haiti 🥖🇭🇹 #DonateLife",
    [("NAME", "Reginald “Reggie” Pierre-Louis"), ("NAME", "Reggie", "*"), ("GEO", "Little Haiti")],
    note="full name with a quoted nickname, then the nickname alone; the neighbourhood where he works; time and weekday are not dates",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Dulce María! 🎀 Nació el 14 de febrero, Día de San Valentín, a las 3:12 a.m. en nuestra sala de partos. Su mamá, Yuleisy, dice que no podía tener otro nombre. Felicidades a la familia Cabrera Rondón 💕",
    [
        ("NAME", "Dulce María"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Yuleisy"),
        ("NAME", "Cabrera Rondón"),
    ],
    note="word-name 'Dulce'; the birth day named twice (date and holiday); double family surname",
)

n(
    "en",
    "health_tip",
    "Dulce de leche, flan, pastelitos... we love them too 😅 but if you're living with diabetes, try splitting dessert this Nochebuena. Our dietitians share 5 swaps at bayshorememorial.org/diabetes #SaludBayshore",
    "'Dulce' is a dessert and Nochebuena a holiday, not a patient's name or date",
)

p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Consuelo Arencibia, voluntaria de nuestro hospital por 31 años, quien falleció aquí el pasado 9 de agosto rodeada de sus nietos. Consuelo tenía 94 años y un cafecito siempre listo para todos. Descanse en paz. 🕊️",
    [
        ("NAME", "Consuelo Arencibia"),
        ("NAME", "Consuelo", "*"),
        ("DATE", "9 de agosto"),
        ("AGE", "94"),
    ],
    note="a volunteer who died here as a patient; 'doña' outside the span; date of death and age over 89",
)

n(
    "en",
    "staff_spotlight",
    "Happy retirement, Angel! 🎉 After 35 years pushing wheelchairs and telling bad jokes at the main entrance, transport tech Angel Figueroa is hanging up his badge. Stop by the lobby Friday 2–4 pm to say adiós.",
    "a retiring transport tech; the opening line reads like a patient send-off",
)

p(
    "en",
    "discharge",
    "Angel is 4 and he has a new heart ❤️ He asked the Transplant Institute team for one thing before going home: a ride in the red wagon down the hall of 7 East. Wish granted. Go home and be a kid, little angel 😇 #TransplantKids",
    [("NAME", "Angel")],
    note="word-name; the lower-case 'little angel' is an endearment, not the name; 7 East is a unit",
)

n(
    "es",
    "crisis_update",
    "Huracán: el Hospital Infantil Bayshore NO evacuará. Si su hijo depende de oxígeno o de un ventilador en casa y pierde la electricidad, venga a la entrada de NW 14th Street. Info en kreyòl: (305) 555-0189. #HuracánMilton",
    "storm instructions; a hospital entrance and the hospital's Creole line; the storm's name is not a person",
)

p(
    "en",
    "milestone_birthday",
    "Shoutout to Lovely, who turned 16 on the peds floor yesterday and still managed to beat every nurse at Uno 🃏 Lovely, you're the best roommate room 5112 ever had! #BayshoreKids",
    [("NAME", "Lovely", "*"), ("OTHER_ID", "room 5112")],
    note="Haitian first name that is an English adjective; her room number; age 16 and 'yesterday' not labelled",
)

p(
    "es",
    "patient_story",
    "Paz tiene 7 años y llegó a nuestro centro de trauma después de un accidente en la US-1 a la altura de Cutler Bay. Hoy, tres meses después, volvió a montar bicicleta 🚲 (con casco, ¡claro!). Gracias a su mamá Rocío por dejarnos compartir. #TraumaSurvivor #SemanaDeLaPaz",
    [("NAME", "Paz"), ("GEO", "US-1"), ("GEO", "Cutler Bay"), ("NAME", "Rocío")],
    note="word-name 'Paz' (also inside a campaign hashtag, not a whole word there); road and town of the crash; mother",
)

n(
    "en",
    "public_figure",
    "Celia Cruz would have loved this: our dialysis unit's Friday salsa hour is back 💃 ¡Azúcar! Thanks to DJ Papo from WQBA for the playlist. #FeelGoodFriday",
    "a historical singer and a radio DJ; no patient named",
)

p(
    "es",
    "patient_story",
    "Todo Miami conoce a Papo Villalobos, el de la ventanita de café en la Calle Ocho. Lo que pocos saben es que hace un año recibió un riñón en nuestro Instituto de Trasplantes. Hoy nos trajo 40 cafecitos para celebrar ☕☕ ¡Gracias, Papo!",
    [("NAME", "Papo Villalobos"), ("NAME", "Papo", "*"), ("GEO", "Calle Ocho")],
    note="a local figure who is a transplant recipient; the street where he works",
)

n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the #1 cause of acquired heart disease in kids in the U.S. Fever 5+ days, red eyes, cracked lips, swollen hands? Call your pediatrician. Our Kawasaki clinic sees kids from across South Florida. #KawasakiDiseaseAwareness",
    "eponymous condition and clinic",
)

n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Chagas puede vivir en el cuerpo por décadas sin síntomas? Si usted nació en Centroamérica o Sudamérica, pregunte a su médico por la prueba. Clínica de Chagas: martes y jueves en Little Havana.",
    "eponymous condition; a population's birthplace; the hospital's clinic neighbourhood",
)

p(
    "en",
    "pasted_record",
    "Shift handoff (copy for unit board — DO NOT POST): bed 14 — DESROSIERS, Manoucheka, 58F, s/p kidney tx 6/3, MRN 4471902, daughter Fabienne at bedside, speaks Kreyòl only. Call daughter 786-555-3318 with updates.",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "DESROSIERS, Manoucheka"),
        ("DATE", "6/3"),
        ("MRN", "4471902"),
        ("NAME", "Fabienne"),
        ("PHONE", "786-555-3318"),
    ],
    note="pasted handoff: bed, inverted upper-case name, transplant date, MRN, daughter and her phone",
)

p(
    "es",
    "thank_you",
    "Familia Joseph-Étienne: gracias por el pan, las flores y sobre todo por sus palabras. Su hijo Woodly fue dado de alta el 2 de julio y las enfermeras del piso 6 todavía hablan de su risa. 💙",
    [("NAME", "Joseph-Étienne"), ("NAME", "Woodly"), ("DATE", "2 de julio")],
    note="Haitian hyphenated family surname and first name in a Spanish post; discharge date",
)

n(
    "en",
    "event",
    "Save the date! NICU Reunion picnic, Saturday, October 19, 10am–1pm at Bayfront Park 🎈 Graduates of all ages welcome, from the class of 1998 to last month's tiny heroes. RSVP: bayshorekids.org/reunion",
    "event date and venue, no patient",
)

n(
    "en",
    "recruitment",
    "Now hiring RNs for our Level I Trauma Center! Bilingual (English/Spanish or English/Kreyòl) a plus. Sign-on bonus up to $15K. Apply: bayshorememorial.org/careers or call (305) 555-0100. #NursingJobs #MiamiNurses",
    "recruitment; hospital domain and switchboard",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 100, abuela Esperanza! 🎂 Nuestra paciente más querida de geriatría celebró el Día de Reyes rodeada de bisnietos, boleros y un flan gigante. Esperanza dice que el secreto es 'no pelear con nadie y dormir siesta'. ¡Una centenaria con mucho sabor!",
    [("AGE", "100"), ("NAME", "Esperanza", "*"), ("DATE", "Día de Reyes"), ("AGE", "centenaria")],
    note="word-name 'Esperanza'; the 100th birthday fell on a holiday; 'centenaria'",
)

p(
    "en",
    "thank_you",
    "shoutout to luz and her crew from sweetwater who brought 200 pastelitos to the 4th floor ICU waiting room after her dad's heart surgery. luz you are a LEGEND 🥐🙌",
    [("NAME", "luz", "*"), ("GEO", "sweetwater")],
    note="all lower case: the patient's daughter 'luz' (a word) and the family's town 'sweetwater'",
)

n(
    "es",
    "health_tip",
    "la luz del sol es más fuerte entre las 10 y las 4. protector solar SPF 30, sombrero y mucha agua. consuelo para los que trabajan afuera: nuestra clínica de Homestead tiene chequeos gratis de presión los sábados ☀️",
    "lower-case 'luz' and 'consuelo' are ordinary words; the hospital's Homestead clinic",
)

n(
    "en",
    "anonymous_story",
    "One of our trauma survivors came back this week, 10 years to the day after his motorcycle crash, to thank the team that caught him. He asked us not to share his name, so we'll just say: thank you for coming back. 💙 #TraumaSurvivorsDay",
    "anonymous survivor; '10 years to the day' is relative",
)

p(
    "es",
    "pasted_record",
    "NOTA INTERNA – NO PUBLICAR. Pte: Rosario Quintana de León, 91 años, hab. 612-B. Ingreso 28/06 por golpe de calor (vive sola en Allapattah, sin aire acondicionado). Hija: Maritza, cel (786) 555-2047. Medicare: 1EG4-TE5-MK73.",
    [
        ("NAME", "Rosario Quintana de León"),
        ("AGE", "91"),
        ("OTHER_ID", "hab. 612-B"),
        ("DATE", "28/06"),
        ("GEO", "Allapattah"),
        ("NAME", "Maritza"),
        ("PHONE", "(786) 555-2047"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
    ],
    note="pasted note: compound name with 'de León', age over 89, abbreviated room, admission date, neighbourhood, daughter's cell, Medicare id",
)

p(
    "en",
    "crisis_update",
    "Update from the ED: the 8 construction workers brought in from the Doral job site yesterday with heat exhaustion are all stable. One of them, Yunior, asked us to tell his crew boss he'll be back Monday 😅 Hydrate, people. #HeatSafety",
    [("GEO", "Doral"), ("NAME", "Yunior")],
    note="crisis update that names one worker; the town where the patients work",
)

n(
    "es",
    "staff_spotlight",
    "La enfermera Milagros Peña y su hija Esperanza, ambas graduadas de nuestro programa de residencia de enfermería, ahora trabajan juntas en el mismo turno de la UCI cardíaca 💙 Madre e hija, Bayshore de corazón.",
    "a nurse and her daughter, both staff; word-names that are never patients here",
)

p(
    "en",
    "milestone_birthday",
    "Bon anivèsè, Grann Yvrose! 🎉 Our favorite dialysis patient turned 98 this week and brought her own sweet potato pie for the whole unit. Mèsi, Yvrose! #KreyolPale",
    [("NAME", "Yvrose", "*"), ("AGE", "98")],
    note="Haitian Creole greeting and kinship title 'Grann' outside the span; age over 89",
)

n(
    "es",
    "research",
    "Publicamos en la revista Transplantation los resultados de 10 años de trasplantes de riñón en pacientes hispanos: 412 pacientes, sobrevida del injerto a 5 años de 89%. Gracias a cada paciente y familia donante que hizo esto posible. #Investigación",
    "aggregate research results",
)

p(
    "en",
    "birth_announcement",
    "A Christmas Eve surprise 🎄 Baby Noel arrived at 11:58 pm in the back of a Miami-Dade Fire Rescue truck on the Dolphin Expressway, and Rescue 12 brought him and mom Keisha straight to us. Both doing great!",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Noel"),
        ("GEO", "Dolphin Expressway"),
        ("NAME", "Keisha"),
    ],
    note="birth on a holiday; the name 'Noel' echoes the holiday; the road where he was born; Rescue 12 is a unit",
)

p(
    "es",
    "discharge",
    "¡Juanito se va a casa! 🏠 Después de 63 días en la UCI neonatal, Juan Sebastián (Juanito para todos) sale hoy con sus papás, Mari y Andrés. Pesaba 1 libra 9 onzas al nacer y hoy pesa 6 libras. ¡Te vamos a extrañar, Juanito! #GraduadoUCIN",
    [("NAME", "Juanito", "*"), ("NAME", "Juan Sebastián"), ("NAME", "Mari"), ("NAME", "Andrés")],
    note="diminutive and full compound first name; parents' first names, one a diminutive",
)

n(
    "en",
    "sponsor",
    "Huge thanks to the Esperanza Fund and the Rodríguez-Alvarez family for the new NICU family lounge 🛋️ The Milagros Lounge opens Monday with free cafecito for every NICU parent. #Gratitude",
    "a named fund, a donor family and a named room",
)

p(
    "es",
    "milestone_birthday",
    "Lupita cumple 15 en el piso de oncología y no se iba a quedar sin su quinceañera 👑 Las enfermeras le consiguieron vestido, chambelanes (¡los residentes!) y un DJ. #QuinceDeLupita #LupitaFuerte",
    [("NAME", "Lupita"), ("NAME", "#QuinceDeLupita"), ("NAME", "#LupitaFuerte")],
    note="diminutive name and two name hashtags; age 15 not labelled",
)

n(
    "en",
    "hospital_contact",
    "Looking for a loved one after the I-95 pileup? Families can call our Family Information Line at (305) 555-0178 or come to the main lobby at 1400 NW Bayshore Drive. We cannot share patient info on social media. 🙏",
    "a public mass-casualty event naming no patient; hospital phone and address",
)

p(
    "es",
    "thank_you",
    "Gracias, Yamilé, Osmany y Dayron, por traer la foto de la boda de sus padres para colgarla junto a la cama de su mamá en la UCI. Cuarenta años de casados, y ella abrió los ojos cuando la vio. 💛",
    [("NAME", "Yamilé"), ("NAME", "Osmany"), ("NAME", "Dayron")],
    note="the patient's children named with no kinship cue before the names; the wedding photo is not attached to the post",
)

p(
    "en",
    "patient_story",
    "Meet Ross. At 19, Ross had a Ross procedure (yes, really — it's named after Dr. Donald Ross) to replace his aortic valve with his own pulmonary valve. Six months later he's back pitching for FIU. 'I had to get the surgery with my name on it,' he says ⚾",
    [("NAME", "Ross", 1), ("NAME", "Ross", 2)],
    note="the patient shares his name with an eponymous procedure and its surgeon",
    ok=("Ross",),
)

p(
    "es",
    "anonymous_story",
    "Una señora de 96 años llegó anoche a urgencias después de dos días sin luz ni aire acondicionado. Está estable. Por favor, vayan a ver a sus vecinos mayores. Centros de enfriamiento: bayshorememorial.org/calor",
    [("AGE", "96")],
    note="anonymous heat patient whose age is over 89",
)

n(
    "en",
    "statistic",
    "By the numbers, 2024 hurricane season at Bayshore: 1,214 ED visits in the 72 hours after landfall, 86 generator-related CO poisonings, 19 chainsaw injuries, 0 hours without power thanks to our facilities crew. #HurricanePrep",
    "aggregate counts",
)

p(
    "es",
    "patient_story",
    "Nuestra querida Dulce, secretaria del piso 5 por 18 años, hoy está del otro lado: se recupera de una cirugía de corazón en nuestra UCI. Dulce, tus compañeros te mandan fuerza y pastelitos (cuando el médico lo permita 😉). #FuerzaDulce",
    [("NAME", "Dulce", "*"), ("NAME", "#FuerzaDulce")],
    note="a staff member who is now a patient; word-name and name hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#BayshoreStrong #MiamiStrong #DonateLife 💚 April is Donate Life Month. One donor can save 8 lives. Register in 2 minutes at your DMV or at bayshorememorial.org/donatelife and tell your family. #DonaVida",
    "campaign hashtags and an awareness month",
)

p(
    "es",
    "memorial",
    "La familia de Yesenia Paz Molina decidió donar sus órganos después de que ella perdiera la vida en un accidente en la avenida Okeechobee. Gracias a Yesenia, cinco personas tienen una segunda oportunidad. Su mamá, doña Caridad, nos pidió que dijéramos su nombre. 🕊️💚 #DonaVida",
    [
        ("NAME", "Yesenia Paz Molina"),
        ("NAME", "Yesenia", "*"),
        ("GEO", "avenida Okeechobee"),
        ("NAME", "Caridad"),
    ],
    note="an organ donor who died here is a patient; word-name 'Paz' inside a double surname; the road of the crash; her mother",
)

p(
    "en",
    "patient_story",
    "Please help the Baptiste family! 🙏 Their son Jean-Marc, 17, was burned when a generator caught fire after the storm. Dad Wilner set up a fund for his care: gofundme.com/f/jeanmarc-baptiste-burns. Every share helps. #MiamiStrong",
    [
        ("NAME", "Baptiste"),
        ("NAME", "Jean-Marc"),
        ("NAME", "Wilner"),
        ("URL", "gofundme.com/f/jeanmarc-baptiste-burns"),
    ],
    note="family surname, hyphenated Haitian first name, father; the family's fundraiser URL",
)

n(
    "es",
    "anonymous_story",
    "Un bebé nació anoche en el estacionamiento de nuestra sala de emergencias de Homestead 🚗👶 Mamá y bebé están perfectamente. ¡Gracias al guardia de seguridad que se convirtió en partero por 5 minutos! #BienvenidoAlMundo",
    "anonymous birth in the hospital's own parking lot; 'anoche' is relative",
)

n(
    "en",
    "staff_spotlight",
    "Room 4 at our Trauma Bay is where Dr. Esperanza Villanueva-Toussaint has run 1,000+ trauma activations. This month she becomes the first Haitian-Cuban woman to direct our Level I Trauma Center. Félicitations, felicidades, congrats, Dr. V! 👩‍⚕️",
    "a trauma surgeon; 'Room 4' is a trauma bay, not a patient's room",
)

p(
    "es",
    "patient_story",
    "Don Ramiro lleva 14 meses con su corazón mecánico (LVAD) esperando un trasplante, y hoy por fin le llegó el corazón ❤️ Su esposa, Amparo, dice que van a extrañar el 'pitico' de la batería. ¡Adelante, Ramiro!",
    [("NAME", "Ramiro", "*"), ("NAME", "Amparo")],
    note="'Don' outside the span; wife's word-name 'Amparo'; '14 meses' is a duration",
)

p(
    "en",
    "pasted_record",
    "FW: pls post the attached photo of him in rehab but blur the pump 😬 -- Pt DOUGLAS, Trevon (MRN 5520877), HeartMate 3 LVAD SN HM3-0457712, implanted 2/11. Lives on Douglas Road w/ grandmother. Driver lic D452-118-94-331-0.",
    [
        ("PHOTO", "photo"),
        ("NAME", "DOUGLAS, Trevon"),
        ("MRN", "5520877"),
        ("DEVICE", "HM3-0457712"),
        ("DATE", "2/11"),
        ("GEO", "Douglas Road"),
        ("LICENSE", "D452-118-94-331-0"),
    ],
    note="forwarded note: photo of the patient, device serial, implant date; his street shares his surname",
)

n(
    "es",
    "health_tip",
    "¿Generador en casa? NUNCA lo use dentro de la casa, el garaje o cerca de una ventana. El monóxido de carbono no huele y mata. Después del huracán Irma atendimos a decenas de familias intoxicadas. Si se siente mareado, salga y llame al 911. #TemporadaDeHuracanes",
    "safety tip; a storm's name and aggregate families",
)

p(
    "en",
    "patient_story",
    "Five weeks ago Dieula couldn't breathe on her own. Today she sang 'Ayiti Cheri' for the 3rd floor step-down unit 🎶 Fritznel, Bedina and Mackenson, your mom is a superstar. #KreyolPale #BayshoreStrong",
    [("NAME", "Dieula"), ("NAME", "Fritznel"), ("NAME", "Bedina"), ("NAME", "Mackenson")],
    note="Haitian first names; the children are addressed with no cue before their names",
)

n(
    "es",
    "event",
    "📅 Feria de salud en el parque Máximo Gómez (Dominó Park), sábado 12 de abril, 9 a.m.–1 p.m.: presión arterial, glucosa, vacunas y partidas de dominó con nuestros cardiólogos. ¡Traiga a su abuela!",
    "event date and venue named for a historical figure",
)

p(
    "en",
    "discharge",
    "WELCOME HOME MAYRA!!!! 🎉🎉 94 DAYS IN THE BURN UNIT AND SHE WALKED OUT ON HER OWN TWO FEET. THE WHOLE 8TH FLOOR IS CRYING. WE LOVE YOU MAYRA 💗 #BURNSURVIVOR",
    [("NAME", "MAYRA", "*")],
    note="all caps; '94 DAYS' is a length of stay, not an age",
)

n(
    "es",
    "public_figure",
    "Roberto Clemente murió en 1972 llevando ayuda a Nicaragua. Cada 31 de diciembre, nuestro equipo de trauma pediátrico recuerda su ejemplo llevando juguetes a los niños hospitalizados. ¡Gracias, Clemente! ⚾",
    "a historical figure's death date is not a patient's",
)

p(
    "en",
    "thank_you",
    "If you were at Versailles on Saturday night and helped the man who choked on his croqueta — his daughter Gisela wants to thank you in person! Email her at gisela.fonseca.miami@gmail.com 💛 (shared with permission)",
    [("GEO", "Versailles"), ("NAME", "Gisela"), ("EMAIL", "gisela.fonseca.miami@gmail.com")],
    note="the restaurant where the patient choked (also a French city name); his daughter and her e-mail",
)

n(
    "es",
    "recruitment",
    "¿Habla español, inglés y kreyòl? 🗣️ Buscamos intérpretes médicos certificados para nuestro Centro de Salud Familiar de Little Haiti (5840 NE 2nd Avenue). Solicite en bayshorememorial.org/empleos. #Empleos #Miami",
    "the hospital's own clinic address",
)

p(
    "en",
    "crisis_update",
    "To the family of the driver of the silver Corolla, FL tag LXR-4472, brought to our trauma center after the crash on the Palmetto at NW 58th St: your car has been moved to the tow lot; call the FHP. He is stable.",
    [("VEHICLE", "LXR-4472"), ("GEO", "Palmetto"), ("GEO", "NW 58th St")],
    note="unnamed patient identified by his plate and the crash location",
)

n(
    "es",
    "statistic",
    "En 2024, el Centro de Trauma Nivel I de Bayshore atendió 4.812 pacientes: 38% accidentes de tránsito, 21% caídas, 17% heridas de bala. El 9% tenía más de 90 años. #PrevenciónDeTrauma",
    "aggregate counts; a population age over 90",
)

p(
    "en",
    "patient_story",
    "Caridad means charity, and no one has lived it more. Caridad Leyva volunteered at our Little Havana clinic for 20 years; this month she came back as a patient for her own knee replacement. She is walking the halls already, telling the PTs how to do their jobs 😂",
    [("NAME", "Caridad Leyva"), ("NAME", "Caridad", "*")],
    note="the opening 'Caridad' is her name explained as a word; volunteer turned patient",
)

n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 6:00 p.m.: Todos nuestros hospitales funcionan con generador. Cirugías electivas de mañana, canceladas. Pacientes de diálisis: su turno es igual, y si no tiene transporte llame al (305) 555-0145. #Huracán 🌀",
    "operations update; hospital line",
)

p(
    "en",
    "thank_you",
    "@marisolb305 We're so sorry, Marisol. We've asked a billing supervisor to call you today about your mom Aurelia's ER bill (acct # 7730-118-2209). At 92 she shouldn't have to wait on hold. 💙",
    [
        ("OTHER_ID", "@marisolb305"),
        ("NAME", "Marisol"),
        ("NAME", "Aurelia"),
        ("ACCOUNT", "7730-118-2209"),
        ("AGE", "92"),
    ],
    note="public reply: daughter's handle and name, mother's name, account number, age over 89",
)

p(
    "es",
    "thank_you",
    "Compartimos con permiso el mensaje de una sobrina: gracias a los bomberos de la estación 3 y a todo el equipo de trauma por salvarle la vida a mi tío chucho después del choque en la 836 los queremos",
    [("NAME", "chucho"), ("GEO", "836")],
    note="no punctuation, lower-case nickname; the expressway of the crash given by its number; the fire station is not labelled",
)

n(
    "en",
    "research",
    "New from our Transplant Institute: living-donor liver transplants for adults with acute liver failure cut waitlist deaths by 40% in our 2019–2023 cohort (n=126). Read it in the American Journal of Transplantation. Thank you to every donor and recipient. 🔬",
    "aggregate research",
)

p(
    "es",
    "discharge",
    "Hermanas de sangre y ahora de riñón 💚 Yaneisy le donó un riñón a su hermana Yusimí el 17 de marzo en nuestro Instituto de Trasplantes. Hoy, las dos salieron de alta juntas, con camisetas iguales que decían 'Team Riñón'. #DonanteVivo",
    [("NAME", "Yaneisy"), ("NAME", "Yusimí"), ("DATE", "17 de marzo")],
    note="living donor and recipient are both patients; surgery date",
)

n(
    "en",
    "health_tip",
    "Heat + medications = danger. Some meds for Parkinson's, blood pressure and mental health make it harder for your body to cool down. Ask your pharmacist before the next heat wave. Stay cool, Miami 🥵 #HeatSafety",
    "eponymous condition in a tip",
)

p(
    "es",
    "patient_story",
    "🙏 Cadena de oración por Angelito. Tiene 3 añitos y sigue en la UCI pediátrica después de casi ahogarse en una piscina en Kendall. Su papá, Brayan, agradece los mensajes al 305-555-8821. #FuerzaAngelito",
    [
        ("NAME", "Angelito"),
        ("GEO", "Kendall"),
        ("NAME", "Brayan"),
        ("PHONE", "305-555-8821"),
        ("NAME", "#FuerzaAngelito"),
    ],
    note="diminutive word-name and name hashtag; the place of the drowning is a town that reads like a name; the father's phone",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to respiratory therapist Wisline Charles, whose son Junior just graduated from the Miami-Dade Fire academy! Junior says he learned CPR at the kitchen table 🚒",
    "a staff member and her own son",
)

p(
    "es",
    "pasted_record",
    "Formulario de admisión (favor no subir a Facebook 🙈): Nombre: Altagracia Mejía Rosario. Fecha de nacimiento: 03/09/1958. SS#: 987-65-4321. Dirección: 2231 NW 3rd St, Apt 4, Miami FL 33135. Contacto: hijo Wander.",
    [
        ("NAME", "Altagracia Mejía Rosario"),
        ("DATE", "03/09/1958"),
        ("SSN", "987-65-4321"),
        ("GEO", "2231 NW 3rd St"),
        ("OTHER_ID", "Apt 4"),
        ("GEO", "Miami"),
        ("GEO", "33135"),
        ("NAME", "Wander"),
    ],
    note="pasted form: double surname where 'Rosario' is a surname, birth date, SSN, address with apartment, city and ZIP, son 'Wander' (a word)",
)

n(
    "en",
    "event",
    "100 years old and still open 24/7 🎂 Bayshore Memorial opened its doors on July 4, 1925. Join us July 4 for our centennial block party on the front lawn: cake, fireworks and free blood pressure checks. #Bayshore100",
    "the hospital's own age and founding date",
)

p(
    "es",
    "discharge",
    "Doña Socorro, nonagenaria y orgullosa de Cárdenas, salió hoy de alta después de una neumonía. Le prometió a su nieta Yanelis que esta vez sí se va a poner la vacuna. 💉👵 #VacúnateMiami",
    [("NAME", "Socorro"), ("AGE", "nonagenaria"), ("GEO", "Cárdenas"), ("NAME", "Yanelis")],
    note="'nonagenaria' states an age over 89; her Cuban home town reads like a surname; granddaughter",
)

n(
    "en",
    "eponymous_condition",
    "Why is it called the Apgar score? Dr. Virginia Apgar created it in 1952 to check newborns at 1 and 5 minutes. Every baby born at Bayshore gets one — including the 4,106 babies we delivered last year 👶 #NurseryFacts",
    "eponymous score and a historical physician",
)

p(
    "es",
    "patient_story",
    "En enero, Rocío llegó a nuestra sala de emergencia con un derrame cerebral a los 34 años. Hoy, gracias a la rehabilitación y a su terquedad, volvió a bailar salsa en la boda de su hermana Tania 💃 #SobrevivienteDeACV",
    [("DATE", "enero"), ("NAME", "Rocío"), ("NAME", "Tania")],
    note="a month alone tied to her admission; word-name 'Rocío'; sister",
)

n(
    "en",
    "anonymous_story",
    "A 19-year-old was hit by a car while riding a scooter last night. He is in critical condition. We're asking everyone: wear a helmet, use the bike lane, and please slow down on Miami streets. #VisionZero",
    "anonymous: age under 90, no place or date",
)

p(
    "es",
    "patient_story",
    "En la foto: Mamá Mirtha y su trasplantado favorito, su hijo Lázaro, celebrando un año de su nuevo hígado 🎂 El donante era un joven de 22 años; su familia nos escribió que estarían felices de ver esta sonrisa. #DonaVida",
    [("PHOTO", "En la foto"), ("NAME", "Mirtha"), ("NAME", "Lázaro")],
    note="photo caption of the recipient and his mother; the anonymous donor's age is not labelled",
)

n(
    "en",
    "crisis_update",
    "Hurricane Milton update, 9 PM: Our Homestead ER is open. Main campus has received 23 storm-related injuries tonight, mostly falls from ladders and cuts from shutters. Please stay off ladders. Please. 🙏 #HurricaneMilton",
    "storm name and counts",
)

p(
    "es",
    "milestone_birthday",
    "felicidades a nuestro paciente wilfredo que hoy cumple 101 años en la sala de cardiologia el dice que es de sagua la grande y que el secreto es el cafe y el domino",
    [("NAME", "wilfredo"), ("AGE", "101"), ("GEO", "sagua la grande")],
    note="no accents or punctuation, lower case; age over 89 and Cuban birthplace",
)

n(
    "en",
    "eponymous_condition",
    "#LouGehrigDay isn't just for baseball fans. ALS affects about 1 in 300 people. Our ALS clinic, one of only 3 in South Florida, runs a free support group every 2nd Tuesday. ⚾💙",
    "eponymous condition hashtag",
)

p(
    "es",
    "patient_story",
    "Desde Maracaibo llegó la abuela Ninoska para conocer a su nieta Valentina, que nació con 28 semanas y lleva dos meses en la UCIN 💕 Nueve años sin verse con su hija Oriana, y se reencontraron aquí. ¡Bienvenida a Miami, abuela!",
    [("GEO", "Maracaibo"), ("NAME", "Ninoska"), ("NAME", "Valentina"), ("NAME", "Oriana")],
    note="a relative's foreign city; grandmother, patient and mother; 'Miami' is where the hospital is",
)

p(
    "en",
    "milestone_birthday",
    "happy 90th to our favorite grumpy patient on 6 west, mr. hollingsworth 🎈 he says turning ninety is 'no big deal' and then asked for a second slice of tres leches",
    [("AGE", "90th"), ("NAME", "hollingsworth"), ("AGE", "ninety")],
    note="lower-case surname after 'mr.'; age as an ordinal and as a word; 6 west is a unit",
)

n(
    "es",
    "sponsor",
    "Gracias a Supermercados El Ahorro y a la familia Dorta por donar 5.000 botellas de agua y 300 ventiladores para nuestros pacientes de diálisis durante la ola de calor 💧 #GraciasMiami",
    "a business and a donor family",
)

p(
    "en",
    "thank_you",
    "Thank you, Chepito! 🙏 José 'Chepito' Arguello spent 40 days with us after a fall from a roof in Hialeah Gardens. Before going home he taught half the 5th floor to make vigorón from his hometown, Granada. We're still full. 😋",
    [
        ("NAME", "Chepito", "*"),
        ("NAME", "José 'Chepito' Arguello"),
        ("GEO", "Hialeah Gardens"),
        ("GEO", "Granada"),
    ],
    note="Nicaraguan nickname, quoted in the full name; place of the fall; hometown that is also a Spanish city",
)

n(
    "es",
    "campaign_hashtag",
    "#MiamiFuerte #BayshoreStrong 💪 Una semana después del huracán, seguimos aquí. Gracias a cada enfermera que durmió en el hospital, a cada cocinero que hizo cafecito a las 3 a.m. y a cada vecino que trajo hielo. Juntos. 🌴",
    "campaign hashtags",
)

p(
    "en",
    "milestone_birthday",
    "Sol turned 1 today! ☀️ Our tiniest NICU grad of the year (born at 23 weeks on Mother's Day, 14 oz) celebrated with a sunflower cake and her parents Yadira and Kevin. Happy birthday, Sol! 🌻",
    [("NAME", "Sol", "*"), ("DATE", "Mother's Day"), ("NAME", "Yadira"), ("NAME", "Kevin")],
    note="word-name 'Sol'; born on a holiday; 'turned 1 today' is relative",
)

n(
    "es",
    "staff_spotlight",
    "La Dra. Marisol 'Sol' Echevarría lleva 25 años operando corazones de niños en Bayshore. Hoy recibió el premio a la trayectoria de la Sociedad Cubanoamericana de Cardiología. ¡Felicidades, Dra. Sol! ☀️❤️",
    "a surgeon with a word-name nickname",
)

n(
    "en",
    "health_tip",
    "Pets feel the heat too 🐶 Walk early, check the pavement with the back of your hand, and never leave anyone — kid, abuela or dog — in a parked car. In Miami, a car hits 120°F in 20 minutes. #HeatSafety",
    "heat tip; 'abuela' is generic",
)

p(
    "es",
    "patient_story",
    "El cielo estaba gris cuando Cielo llegó en helicóptero desde Key Largo después del accidente de lancha. Hoy, seis semanas después, salió caminando y con el cielo azul 💙 Gracias a su novio Jhonatan, que no se separó de su cama. #SobrevivienteDeTrauma",
    [("NAME", "Cielo"), ("GEO", "Key Largo"), ("NAME", "Jhonatan")],
    note="word-name 'Cielo' beside the lower-case noun; the place of the boating accident; her partner",
)

p(
    "en",
    "pasted_record",
    "Release of info request — pls fax the discharge summary for Wilkens Augustin, DOB 11/22/1947, to his daughter's office at fax 954-555-6620, attn: Nadège Augustin. Not for the Facebook page, Carla!!",
    [
        ("NAME", "Wilkens Augustin"),
        ("DATE", "11/22/1947"),
        ("FAX", "954-555-6620"),
        ("NAME", "Nadège Augustin"),
    ],
    note="internal request: birth date, the daughter's fax number and name; 'Carla' is staff",
)

n(
    "es",
    "health_tip",
    "¿Su hijo tiene fiebre y está en la piscina todo el día? Ojo con el agua: en verano vemos más infecciones de oído. Si el dolor no mejora en 48 horas, llame a nuestra línea pediátrica (305) 555-0167. 🏊‍♂️",
    "tip and hospital line",
)

n(
    "en",
    "research",
    "Meet Hope, our new hospital-wide sepsis alert. Hope (Hospital Outcomes Prediction Engine) flags patients whose vitals are trending the wrong way up to 6 hours earlier. In its first year, sepsis deaths fell 18%. 📉",
    "'Hope' is a software tool introduced like a patient",
)

p(
    "es",
    "anonymous_story",
    "El 15 de septiembre, una niña de 5 años llegó a nuestra sala de emergencias después de morder un cable eléctrico. Hoy está bien, pero su historia es un recordatorio: tape los enchufes y guarde los cargadores. #SeguridadInfantil",
    [("DATE", "15 de septiembre")],
    note="anonymous child, but her admission date is given",
)

n(
    "en",
    "event",
    "On September 15 we'll light up the lobby in every color of Latin America for Hispanic Heritage Month 🇨🇺🇻🇪🇨🇴🇵🇷🇳🇮🇭🇹 Bring your flag, your abuela and your best pastelito recipe.",
    "event date",
)

p(
    "es",
    "thank_you",
    "A la familia Rivera Santiago, de Bayamón: gracias por confiar en nosotros para el trasplante de Keishla. Sabemos que no fue fácil dejar Puerto Rico por seis meses. ¡Ya casi regresan a casa! 🇵🇷💙",
    [("NAME", "Rivera Santiago"), ("GEO", "Bayamón"), ("NAME", "Keishla")],
    note="double family surname; Puerto Rican home town (Puerto Rico itself is treated like a state)",
)

p(
    "en",
    "patient_story",
    "If you've been to a kompa night in North Miami, you know Ti Bob's guitar. Robert 'Ti Bob' Alexis spent 3 weeks in our stroke unit this spring and played his first chords again yesterday on 4 West 🎸 Alexis family, thank you for the music.",
    [
        ("GEO", "North Miami"),
        ("NAME", "Ti Bob", "*"),
        ("NAME", "Robert 'Ti Bob' Alexis"),
        ("NAME", "Alexis", "*"),
    ],
    note="local musician; Creole nickname 'Ti Bob' with possessive; the town where he plays; the family surname is also a first name",
)

n(
    "es",
    "public_figure",
    "Carlos J. Finlay, el médico cubano que descubrió que el mosquito transmite la fiebre amarilla, nació un 3 de diciembre. Por eso el 3 de diciembre celebramos el Día de la Medicina Latinoamericana. ¡Felicidades a nuestros médicos! 🦟🩺",
    "a historical physician's birth date",
)

p(
    "en",
    "crisis_update",
    "Heat update: 3 patients admitted today with heat stroke, including a 91-year-old Opa-locka man found in his apartment with the AC broken. Check on your neighbors. Cooling centers: bayshorememorial.org/heat",
    [("AGE", "91"), ("GEO", "Opa-locka")],
    note="crisis count that singles out one patient by age over 89 and home town",
)

p(
    "es",
    "thank_you",
    "Nos escribió una abuela: 'gracias a todos por las oraciones 🙏 el bebé de los Valdés salió de la UCIN ayer y ya está en casa con sus papis'. ¡Nosotros también estamos felices! #VivaMateíto",
    [("NAME", "Valdés"), ("NAME", "#VivaMateíto")],
    note="family surname only and a diminutive name hashtag",
)

n(
    "en",
    "event",
    "Meet Máximo. He's been shot 500 times, intubated 2,000 times and never complained once. Máximo is our trauma simulation mannequin, and he just got an upgrade 🤖 #TraumaEducation",
    "a mannequin introduced like a patient",
)

p(
    "es",
    "pasted_record",
    "ojo: la paciente de la cama 7 (Piedad Orozco, HC 60031188) pidió que NO se publique su foto del cumpleaños. Su hijo Fredy vive en Cúcuta y llega mañana.",
    [
        ("OTHER_ID", "cama 7"),
        ("NAME", "Piedad Orozco"),
        ("MRN", "60031188"),
        ("NAME", "Fredy"),
        ("GEO", "Cúcuta"),
    ],
    note="internal note: bed, word-name 'Piedad', chart number (HC), son and his city; the photo is not attached",
)

n(
    "en",
    "statistic",
    "Our NICU had its busiest month ever: 61 admissions, including 3 sets of twins and 1 set of triplets born at 29 weeks. To every NICU parent reading this at 3 a.m.: you are not alone. 💜",
    "aggregate counts",
)

p(
    "es",
    "birth_announcement",
    "Mientras el viento sacudía las ventanas del piso 9, nació Irma Daniela, 7 libras 4 onzas 🌀 Y no, sus papás Lisandra y Michel no la llamaron así por el huracán Irma: se llama así por su bisabuela, Irma Luisa, que cumple 93 en Jovellanos. 💙",
    [
        ("NAME", "Irma Daniela"),
        ("NAME", "Lisandra"),
        ("NAME", "Michel"),
        ("NAME", "Irma Luisa"),
        ("AGE", "93"),
        ("GEO", "Jovellanos"),
    ],
    note="the baby shares a hurricane's name (not labelled); great-grandmother's age over 89 and Cuban town that is also a surname",
)

p(
    "en",
    "staff_spotlight",
    "Twenty years ago this week, a 2 lb baby named Esperanza left our NICU. Today Esperanza Dorvil is a NICU nurse... on our unit 🥹 Welcome to the team, full circle.",
    [("NAME", "Esperanza", "*"), ("NAME", "Esperanza Dorvil")],
    note="reads as a staff spotlight, but the new nurse is a former NICU patient",
)

n(
    "es",
    "staff_spotlight",
    "Nuestro capellán, el padre Ángel Benítez, bendijo esta mañana la nueva capilla del Hospital Infantil. La capilla lleva el nombre de Santa Rosa de Lima y fue donada por la familia Arocha. 🙏",
    "a chaplain, a saint and a donor family",
)

p(
    "en",
    "discharge",
    "#babyjuju is going HOME 🏠✨ after 118 days!! our littlest fighter from Liberty City came in at 1 lb 1 oz and is leaving at 5 lbs. juju, 4 North will never be the same 💕",
    [("NAME", "#babyjuju"), ("GEO", "Liberty City"), ("NAME", "juju")],
    note="lower-case nickname and name hashtag; home neighbourhood 'Liberty City'; 4 North is a unit",
)

n(
    "es",
    "crisis_update",
    "Ola de calor: del lunes al jueves, índices de 105–112°F. Personas mayores de 65, niños pequeños y trabajadores al aire libre corren mayor riesgo. Centros de enfriamiento abiertos en Hialeah, Little Havana y Homestead. #CalorExtremo",
    "population groups and public cooling-centre towns",
)

n(
    "en",
    "sponsor",
    "The Consuelo & Rafael Mendizábal Pediatric Burn Center opens next month, thanks to a $12M gift from the Mendizábal Family Foundation. Consuelo was a pediatric nurse for 40 years. 💙",
    "donors who name a building",
)

p(
    "es",
    "memorial",
    "Hoy izamos la bandera de Dona Vida en honor a Kevin Andrés, de 19 años, cuyo corazón late ahora en el pecho de un padre de familia de Orlando. #KevinAndrésVive 💚",
    [("NAME", "Kevin Andrés"), ("NAME", "#KevinAndrésVive"), ("GEO", "Orlando")],
    note="organ donor's name and name hashtag; the anonymous recipient's city is a patient's geography",
)

p(
    "en",
    "pasted_record",
    "Security note for the web team: the patient portal login 'dkfontaine88' (Delphine Fontaine, rm 907) showed access from IP 203.0.113.45 — her son Marc says it wasn't him. Please don't screenshot this for the IT newsletter 🙃",
    [
        ("OTHER_ID", "dkfontaine88"),
        ("NAME", "Delphine Fontaine"),
        ("OTHER_ID", "rm 907"),
        ("IP", "203.0.113.45"),
        ("NAME", "Marc"),
    ],
    note="portal user name, abbreviated room, IP address, son",
)

n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad. Este 21 de marzo, Día Mundial del Síndrome de Down, nuestra clínica pediátrica celebra a las familias con una tarde de baile y arte. 💛💙 #DíaMundialDelSíndromeDeDown",
    "eponymous condition and awareness day",
)

n(
    "en",
    "anonymous_story",
    "Last night a grandmother brought her 3 grandkids to our ER because their apartment had no power and the baby needed her nebulizer. We plugged it in, made cafecito and found them a cooling center. That's what a safety-net hospital does. 💙",
    "anonymous family, relative time only",
)

p(
    "es",
    "birth_announcement",
    "La enfermera Milagros Peña cuidó a Milagros Fuentes el día que nació, hace 30 años, en nuestra UCIN. Ayer, Milagros Fuentes volvió... para dar a luz a su propio bebé, y adivinen quién estaba de turno. 💕 Bienvenido, Thiago.",
    [("NAME", "Milagros Fuentes", "*"), ("NAME", "Thiago")],
    note="the nurse and the patient share the first name; only the patient and her baby are labelled",
)

p(
    "en",
    "milestone_birthday",
    "Her quince was supposed to be at a hall on Saturday. Instead, Daniela spent it on our oncology floor — so the hall came to her 👑💃 Chambelanes in scrubs, a cake from her Tía Mily, and a waltz with her dad Orlando in the family lounge.",
    [("NAME", "Daniela"), ("NAME", "Mily"), ("NAME", "Orlando")],
    note="Spanish kinship title outside the span; the father's name is also a Florida city",
)

n(
    "es",
    "recruitment",
    "¿Eres enfermera graduada en Venezuela, Cuba o Colombia? Nuestro programa Puentes te ayuda a validar tu título y prepararte para el NCLEX. Próxima sesión informativa: 8 de mayo, 6 p.m., en el auditorio principal. 🩺",
    "recruitment event date",
)

p(
    "en",
    "pasted_record",
    "Trauma team debrief (internal): motorcyclist, ~30s, no helmet, struck at SW 8th St & 27th Ave. ID from wallet: Eliécer Mantilla, 1820 SW 5th St. Bike: Yamaha, VIN JYARJ16E06A001234. Family not yet notified — DO NOT share.",
    [
        ("GEO", "SW 8th St"),
        ("GEO", "27th Ave"),
        ("NAME", "Eliécer Mantilla"),
        ("GEO", "1820 SW 5th St"),
        ("VEHICLE", "JYARJ16E06A001234"),
    ],
    note="crash intersection, home address, VIN",
)

n(
    "es",
    "hospital_contact",
    "Si busca a un familiar que fue trasladado desde el refugio de la escuela Miami Senior High, llame a nuestra línea de información familiar: (305) 555-0178. No podemos dar información de pacientes por redes sociales. 🙏",
    "a public shelter and the hospital's family line; no patient",
)

n(
    "en",
    "thank_you",
    "Thank you to Officer Dulce Moreno of Miami-Dade PD, who drove a mom in labor to our ER through 2 feet of water on Friday. Mom and baby are doing great — and Officer Moreno is getting a very special thank-you card. 🚓👶",
    "a police officer; the mother and baby are anonymous",
)

p(
    "es",
    "patient_story",
    "¡Felices 50 años de casados a don Efraín y doña Lydia, de Ponce! 💍 Lydia está con nosotros recuperándose de una cirugía de cadera, así que las enfermeras de ortopedia les organizaron la fiesta en el cuarto 418.",
    [("NAME", "Efraín"), ("NAME", "Lydia", "*"), ("GEO", "Ponce"), ("OTHER_ID", "cuarto 418")],
    note="Puerto Rican town that is also a surname; spouse; room",
)

n(
    "en",
    "hospital_contact",
    "Ponce de Leon Boulevard will be closed between Alhambra Circle and Miracle Mile for the Hispanic Heritage 5K on Sunday. Patients coming to our Coral Gables imaging center: use the Le Jeune Road entrance. 🏃",
    "road closures named after people; a hospital site",
)

p(
    "es",
    "hospital_contact",
    "Sr. Wilmer Zambrano: su tarjeta de Medicaid (ID 1123456789) y su cédula venezolana quedaron en la recepción de nuestra clínica de Homestead. Pase a recogerlas o llame al (305) 555-0145. 📇",
    [("NAME", "Wilmer Zambrano"), ("HEALTH_PLAN", "1123456789")],
    note="lost-and-found notice that exposes a Medicaid id; the hospital line is not labelled",
)

p(
    "en",
    "discharge",
    "Chief Ortega has run into a lot of burning buildings in 30 years with Hialeah Fire. Last month it was his own heart that needed rescuing. Chief Raúl Ortega is home after a triple bypass and says he'll be back at Station 7 by summer. 🚒❤️",
    [("NAME", "Raúl Ortega"), ("NAME", "Ortega", "*"), ("GEO", "Hialeah")],
    note="a fire chief who is the patient; title outside; the town of his employer",
)

p(
    "es",
    "anonymous_story",
    "Una abuelita de Little Havana nos trajo hoy una caja de pastelitos de guayaba 'para las enfermeras que cuidaron a mi esposo el año pasado'. No quiso decir su nombre. Gracias, abuela anónima. 🥐💛",
    [("GEO", "Little Havana")],
    note="anonymous wife of a former patient, but her neighbourhood is given",
)

n(
    "en",
    "statistic",
    "Organ donation in Florida, 2024: 1,532 deceased donors, 4,900+ transplants. 🇺🇸 Miami-Dade registered 41,000 new donors. Our Transplant Institute performed 388 transplants: 212 kidneys, 104 livers, 51 hearts, 21 lungs. #DonateLife",
    "aggregate counts",
)

p(
    "es",
    "discharge",
    "Hoy se fue de alta Mari Carmen, our 'abuela del piso 3', después de 5 semanas. She taught every nurse to say 'mija, ponte un suéter' 😂 We'll miss you, Mari Carmen! Saludos a tu nieto Dairon en Caracas. 🇻🇪",
    [("NAME", "Mari Carmen", "*"), ("NAME", "Dairon"), ("GEO", "Caracas")],
    note="Spanish-English mix; compound first name; grandson and his city",
)

n(
    "en",
    "campaign_hashtag",
    "#TeamLuz? No — #TeamLuzVerde! 💚 Our green-light campaign for organ donor registration is live. Change your porch light to green this week to honor donors and their families. #DonateLife",
    "campaign hashtag that contains a word-name",
)

p(
    "en",
    "patient_story",
    "You know his voice from the 6 a.m. traffic report on Radio Sabor 1190. What you didn't know: Pepe 'El Tráfico' Landaeta has been waiting 3 years for a kidney. Last night, the call came. 📻💚 Pepe, we'll keep the radio on for you.",
    [("NAME", "Pepe 'El Tráfico' Landaeta"), ("NAME", "Pepe", "*")],
    note="a local radio voice who is a transplant patient; Spanish on-air nickname inside the name",
)

n(
    "es",
    "health_tip",
    "Esperanza, paz y mucha agua: así recomendamos pasar el Día de las Madres si su mamá está en diálisis. Sí, puede comer pastel, pero un pedacito. 😉 Consulte a su nefrólogo.",
    "'Esperanza' and 'paz' are words; a holiday that is not a patient's event",
)

p(
    "en",
    "patient_story",
    "Congrats to our Bayshore Kids scholarship winner, Fedna, a 2x leukemia survivor from the 33150 ZIP code who starts nursing school at FIU this fall! 🎓 Fedna, we can't wait to work with you.",
    [("NAME", "Fedna", "*"), ("GEO", "33150")],
    note="scholarship post about a former patient; home ZIP",
)

p(
    "es",
    "pasted_record",
    "CENSO UCI 3B – 06:00 | 1: GUERRA MEDINA, Ángel Luis – 67 – POD#2 Whipple | 2: libre | 3: SAINT-FLEUR, Marie-Ange – 44 – ECMO | 4: PAZ, Esperanza – 90 – sepsis. NO COMPARTIR.",
    [
        ("NAME", "GUERRA MEDINA, Ángel Luis"),
        ("NAME", "SAINT-FLEUR, Marie-Ange"),
        ("NAME", "PAZ, Esperanza"),
        ("AGE", "90"),
    ],
    note="pasted census: double surnames, hyphenated Haitian names, word-names; only the age over 89; bare list numbers carry no keyword",
)

n(
    "en",
    "eponymous_condition",
    "What's a Whipple? 🤔 It's the surgery (named for Dr. Allen Whipple) that removes part of the pancreas, the duodenum and the gallbladder. Our pancreas team performed its 500th Whipple this month. #PancreaticCancerAwareness",
    "eponymous procedure and its historical surgeon",
)

p(
    "es",
    "patient_story",
    "🎈🎈 #fuerzaparamila 🎈🎈 Mila ya respira sola. Su mamá Yarelis nos pidió que compartiéramos esta foto de Mila con su primera sonrisa fuera del ventilador.",
    [("NAME", "#fuerzaparamila"), ("NAME", "Mila", "*"), ("NAME", "Yarelis"), ("PHOTO", "foto")],
    note="lower-case name hashtag; the shared photo shows the patient",
)

n(
    "en",
    "staff_spotlight",
    "Say hi to Paz! 🐾 Our newest therapy dog is a 3-year-old goldendoodle who visits the pediatric floors Tuesdays and Thursdays. Paz loves belly rubs and knows how to 'high five' 🖐️ #PetTherapy",
    "a therapy dog with a word-name",
)

p(
    "es",
    "patient_story",
    "Desde León, Nicaragua, vinieron Mercedes, Rosa Amelia y Francisco para acompañar a su papá, don Chico, en su cirugía de corazón. Don Chico ya pidió su gallo pinto. 😄🇳🇮",
    [
        ("GEO", "León"),
        ("NAME", "Mercedes"),
        ("NAME", "Rosa Amelia"),
        ("NAME", "Francisco"),
        ("NAME", "Chico", "*"),
    ],
    note="relatives' Nicaraguan city that is also a name; children listed with the cue after; 'Chico' is a nickname and a word",
)

n(
    "en",
    "recruitment",
    "Be like Rosa. 💙 Rosa started as a unit secretary in 1999, went to nursing school at night, and now runs our 32-bed surgical ICU. Our tuition program can get you there too. bayshorememorial.org/grow",
    "a staff member's career story",
)

p(
    "en",
    "milestone_birthday",
    "This is Fritz. He's 101, he survived Hurricane Andrew, 2 wars and a quadruple bypass, and today he beat COVID. 💪 Our resident centenarian says the secret is a daily plate of griot and no salt (we're checking on that).",
    [("NAME", "Fritz"), ("AGE", "101"), ("AGE", "centenarian")],
    note="age over 89 as a number and a word; the hurricane's name is not a person",
)

n(
    "es",
    "crisis_update",
    "🌀 El huracán Rafael se acerca. Si usted o un familiar está embarazada de más de 36 semanas y vive en una zona de evacuación (A o B), llame a nuestra línea de partos. Tenemos camas. (305) 555-0100.",
    "storm name that is a first name; hospital line",
)

p(
    "en",
    "discharge",
    "Mèsi anpil, Bondye! 🙏 Manmi Lourdes went home from 5 South today after 2 months. Her grandson Kervens carried her suitcase and told every nurse 'she's the boss.' Bon retou lakay, Manmi! 🇭🇹",
    [("NAME", "Lourdes"), ("NAME", "Kervens")],
    note="Creole kinship title 'Manmi' outside the span; first name that is also a place; grandson",
)

n(
    "es",
    "public_figure",
    "Hoy nos visitó la alcaldesa Gladys Montoya para agradecer a nuestro equipo de trauma. Gracias, señora alcaldesa, por recorrer el piso 8 y escuchar a nuestras enfermeras. 🏥",
    "a public official's visit",
)

p(
    "en",
    "anonymous_story",
    "On March 2, a 6-year-old boy was pulled from a canal in Sweetwater after 4 minutes underwater. Today he's home, and his family wants every parent to know: fence your pool, and learn CPR. 💙 #DrowningPrevention",
    [("DATE", "March 2"), ("GEO", "Sweetwater")],
    note="anonymous child with the date and town of the drowning",
)

n(
    "es",
    "eponymous_condition",
    "¿Qué es la tetralogía de Fallot? Es una cardiopatía congénita con cuatro defectos; lleva el nombre del médico francés Étienne-Louis Arthur Fallot. Nuestro equipo de cirugía cardíaca pediátrica repara más de 30 casos al año. ❤️ #SemanaDeLasCardiopatíasCongénitas",
    "eponymous condition and its historical physician",
)

p(
    "en",
    "patient_story",
    "Our nonagenarian power couple! 💑 Walter (96) and Beatriz (93) Kaplan-Soto have been married 70 years and were admitted to adjoining rooms on 3 West after the same bout of flu. They asked us to open the door between them. Done. ❤️",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Walter"),
        ("AGE", "96"),
        ("NAME", "Beatriz"),
        ("AGE", "93"),
        ("NAME", "Kaplan-Soto"),
    ],
    note="two patients with ages over 89 in parentheses and a hyphenated surname after both first names",
)

n(
    "es",
    "anonymous_story",
    "Una familia venezolana nos escribió para agradecer el cuidado que recibió su hija durante el último huracán. 'Llegamos con miedo, nos fuimos con amigos.' Gracias a ustedes por confiar. 💛",
    "anonymous family; a nationality is not an identifier",
)

p(
    "en",
    "sponsor",
    "The Milagros & Angel Iturralde NICU Endowment will fund 2 lactation consultants for the next 5 years 💜 Milagros and Angel lost their son Tomás in our NICU in 1994, and they've spent 30 years making sure other parents don't feel alone.",
    [("NAME", "Milagros", "*"), ("NAME", "Angel", "*"), ("NAME", "Iturralde"), ("NAME", "Tomás")],
    note="donors who are a former patient's parents are labelled, even inside the fund name; bare year not labelled",
)

p(
    "es",
    "patient_story",
    "La abuela Rosita, de 99 años, se escapó de su cuarto a las 5 de la mañana para buscar su cafecito en la cafetería. La encontró el guardia Ramón. 'Es que el café de arriba no sirve', dijo. 😂☕ Ya está de vuelta en el 3 Oeste.",
    [("NAME", "Rosita"), ("AGE", "99")],
    note="diminutive name and age over 89; the guard is staff; 3 Oeste is a unit",
)

n(
    "en",
    "campaign_hashtag",
    "#AbuelaApproved ✅ Our new cafeteria menu has arroz con pollo, griot, bandeja paisa and gallo pinto — taste-tested by our volunteer abuelas. Lunch, 11–2, main campus. 😋",
    "campaign hashtag; volunteers",
)

p(
    "es",
    "patient_story",
    "Sigan la historia de Nico, nuestro pequeño guerrero del corazón, en la cuenta de su mamá: @nico_corazon_valiente 💙 Hoy cumple 100 días después de su trasplante.",
    [("NAME", "Nico"), ("OTHER_ID", "@nico_corazon_valiente")],
    note="the family's social handle; '100 días' is a duration, not an age",
)

n(
    "en",
    "staff_spotlight",
    "At 91, Gladys Pérez is still our fastest volunteer at the gift shop register. 64 years of volunteering at Bayshore, and she still refuses the elevator. 🛗❌ Happy Volunteer Week, Gladys!",
    "a volunteer's age over 89 is not labelled",
)

p(
    "es",
    "crisis_update",
    "Don Anselmo trabaja en un vivero en Redland desde hace 40 años. El martes se desmayó del calor entre las matas de mango y llegó a nuestro hospital de Homestead con 106°F de temperatura. Hoy ya quiere volver. ¡Despacio, don Anselmo! 🥭🌡️",
    [("NAME", "Anselmo", "*"), ("GEO", "Redland")],
    note="the area where the patient works; the hospital's Homestead site is not labelled",
)

p(
    "en",
    "memorial",
    "On Nov 3, Marcus 'Boogie' Harrell gave the gift of life to four people. Today his mom, Denise, met the man who received his heart. 💚 Thank you, Harrell family. #DonorFamily #DonateLife",
    [
        ("DATE", "Nov 3"),
        ("NAME", "Marcus 'Boogie' Harrell"),
        ("NAME", "Denise"),
        ("NAME", "Harrell", "*"),
    ],
    note="organ donor's date of death, name with nickname, mother, family surname",
)

n(
    "es",
    "health_tip",
    "¿Sabe cuál es su presión arterial? El 'asesino silencioso' afecta a 1 de cada 2 adultos hispanos en Miami. Chequeo gratis en nuestra clínica de Little Havana, 3100 NW 7th Street, lunes a viernes. 🩺",
    "the hospital's own clinic address",
)

p(
    "en",
    "milestone_birthday",
    "¡Feliz cumpleaños, Don Tito! Our favorite dialysis patient was born el 1 de enero in Banes and turned 93 this week. Tito, you're the reason the 6 a.m. chairs always laugh. 🎂",
    [("NAME", "Tito", "*"), ("DATE", "1 de enero"), ("GEO", "Banes"), ("AGE", "93")],
    note="Spanish date inside an English post; Cuban birthplace; age over 89",
)

p(
    "es",
    "statistic",
    "Cifras del calor 2024 en Bayshore: 612 visitas a emergencias por enfermedades del calor, 74 hospitalizaciones, edad promedio 58 años. El paciente de mayor edad tenía 97 años.",
    [("AGE", "97")],
    note="a statistic that singles out one patient by an age over 89",
)

n(
    "en",
    "event",
    "Gracias, Miami! 🙏 Our blood drive at the ballpark brought in 412 units. Special shout-out to Abuela Esperanza's Bakery for 600 pastelitos and to every donor who rolled up a sleeve. 🩸",
    "a business named after a person",
)

p(
    "es",
    "patient_story",
    "Felicitamos a Marisela Ángel, una de nuestras primeras pacientes de trasplante de páncreas (2005), que hoy se gradúa de enfermera. ¡De paciente a colega! 🎓",
    [("NAME", "Marisela Ángel")],
    note="surname that is a word-name; former patient turned colleague",
)

n(
    "en",
    "anonymous_story",
    "To the man who left a $50 bill and a note saying 'for the coffee of the night nurses' on 7 West: we don't know who you are, but the night nurses say thank you. ☕💙",
    "anonymous visitor",
)

p(
    "en",
    "crisis_update",
    "Heat wave check-in: our community health workers found Ms. Idalia Furtado, 88, at home in Apt 12C at the Overtown senior towers with no AC. She is now with us for observation, and her building's AC is being fixed. 🌡️",
    [("NAME", "Idalia Furtado"), ("OTHER_ID", "Apt 12C"), ("GEO", "Overtown")],
    note="apartment and neighbourhood; age 88 is not labelled",
)

n(
    "es",
    "staff_spotlight",
    "La doctora Esperanza Lugo y el doctor Ángel Ramos recibieron hoy el premio Corazón de Bayshore por su trabajo en el Hospital Infantil durante el huracán. Ambos durmieron 5 noches en la sala de emergencias. 🏆",
    "physicians with word-names",
)

p(
    "en",
    "patient_story",
    "#PrayForPapi trending on our 9th floor lol — Rafael 'Papi' Colón's grandkids made signs for his window. He's recovering from a hip fracture and loving the attention 😂",
    [("NAME", "#PrayForPapi"), ("NAME", "Rafael 'Papi' Colón")],
    note="nickname hashtag; possessive outside the span",
)

p(
    "es",
    "patient_story",
    "Sorteamos 100 aires acondicionados portátiles para pacientes con EPOC. Ganadores notificados por teléfono. Primera ganadora: Nereida R., ZIP 33142, paciente de nuestra clínica respiratoria. ¡Felicidades!",
    [("NAME", "Nereida R."), ("GEO", "33142")],
    note="first name and initial; home ZIP",
)

n(
    "en",
    "health_tip",
    "Coral Way, Bird Road, Calle Ocho: if your commute floods, don't drive through it. 6 inches of water can stall a car; 12 inches can float it. Turn around, don't drown. 🌊🚗",
    "street names in a public tip",
)

p(
    "en",
    "discharge",
    "just got word that tia nena from the burn unit is finally going home today she's been here since easter sunday and the whole 8th floor is a mess of tears",
    [("NAME", "nena"), ("DATE", "easter sunday")],
    note="lower case, no punctuation; nickname that is a Spanish word; admission on a holiday",
)

p(
    "es",
    "thank_you",
    "Consuelo, tu consuelo fue nuestro consuelo. 💜 Gracias por visitar cada semana a los papás de la UCIN desde que tu hijo Matías se fue al cielo en 2019. La familia Bayshore te abraza.",
    [("NAME", "Consuelo"), ("NAME", "Matías")],
    note="mother of a former patient; her name beside the lower-case noun",
)

n(
    "en",
    "crisis_update",
    "Boil water notice for parts of Hialeah and Miami Springs. Our Hialeah Outpatient Center at 2950 West 12th Avenue is OPEN; we're using bottled water. Dialysis patients: your sessions are not affected. 💧",
    "public notice; hospital address",
)

n(
    "es",
    "research",
    "¿Participaría en un estudio? Buscamos adultos hispanos de 18 a 90 años con diabetes tipo 2 para un estudio sobre el calor y el azúcar en la sangre. Compensación: $200. Info: bayshorememorial.org/estudios 🔬",
    "population age range",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to our ED charge nurse Rocío Benítez, who married fellow trauma nurse Angel Duarte this weekend in Coral Gables! 💍 The whole ED wore pink for them.",
    "two staff members' wedding and its town",
)

p(
    "es",
    "patient_story",
    "Tres generaciones en un mismo piso: la bisabuela Lupe (cirugía de cadera, cuarto 702), su nieta Karla (dio a luz en el 5° piso) y la bebé Ámbar, que nació el domingo. ¡Todas bien! 👵👩👶",
    [("NAME", "Lupe"), ("OTHER_ID", "cuarto 702"), ("NAME", "Karla"), ("NAME", "Ámbar")],
    note="three patients of one family; diminutive, room, word-name 'Ámbar'; weekday not labelled",
)

n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke: one side of the face droops. Don't guess. Call 911 if a face droops suddenly; only a doctor can tell the difference. BE FAST. #StrokeAwareness",
    "eponymous condition",
)

p(
    "en",
    "pasted_record",
    "Pls update the donor-family thank-you list: add Iris & Manuel Paz (parents of donor Gabriel Paz, d. 8/19) — iris.paz1962@yahoo.com. Send the Donate Life pin by mail. — Transplant office",
    [
        ("NAME", "Iris"),
        ("NAME", "Manuel Paz"),
        ("NAME", "Gabriel Paz"),
        ("DATE", "8/19"),
        ("EMAIL", "iris.paz1962@yahoo.com"),
    ],
    note="donor's parents, donor's date of death, mother's e-mail; surname 'Paz' is a word",
)

n(
    "es",
    "staff_spotlight",
    "¡Bienvenido, Dr. Jean-Robert Pierre! Nuestro nuevo cirujano de trasplante nació en Jacmel, Haití, se formó en Montreal y habla kreyòl, francés, inglés y ahora... ¡español de Hialeah! 😄",
    "a surgeon's birthplace; staff are never labelled",
)

p(
    "en",
    "patient_story",
    "Dieumerci means 'thank God,' and that's exactly what his mom said when he opened his eyes on our PICU yesterday. Dieumerci was hit by a car on NE 54th Street on his way to school last week. Keep fighting, little man. 💙",
    [("NAME", "Dieumerci", "*"), ("GEO", "NE 54th Street")],
    note="Haitian name explained as a phrase; the street of the crash",
)

n(
    "es",
    "event",
    "Caminata 'Pasos por la Vida' a beneficio de nuestro Instituto de Trasplantes: domingo 9 de marzo, 7 a.m., en Tropical Park. Camine en honor a un donante o un trasplantado. Inscripción: bayshorememorial.org/pasos 💚",
    "event date and venue",
)

n(
    "en",
    "public_figure",
    "Thank you to Marlins outfielder Danny Cruz for reading 'Where the Wild Things Are' to our kids on 5 North! 📚⚾ The kids want a rematch.",
    "a visiting athlete",
)

p(
    "es",
    "anonymous_story",
    "Un señor centenario de Westchester fue rescatado ayer de su casa inundada por los bomberos. Está estable en nuestra UCI. Por favor: si tiene vecinos mayores, llámelos hoy. 🌊",
    [("AGE", "centenario"), ("GEO", "Westchester")],
    note="anonymous patient: 'centenario' states an age over 89; home neighbourhood",
)

n(
    "en",
    "anonymous_story",
    "A patient told us today she learned English by reading our discharge papers for 30 years — her words, 'you taught me the words for my own body.' We're expanding our interpreter program in Spanish and Kreyòl. 🗣️",
    "anonymous patient quote",
)

p(
    "en",
    "milestone_birthday",
    "happy bday to the queen of 4 east, ms rosa delgado-ortiz, who turned 95 surrounded by her 4 kids 11 grandkids and 1 very confused parrot named pancho 🦜🎂",
    [("NAME", "rosa delgado-ortiz"), ("AGE", "95")],
    note="lower-case hyphenated name; age over 89; the parrot's name is not labelled",
)

n(
    "es",
    "crisis_update",
    "🔌 ¿Depende de electricidad para su equipo médico (oxígeno, diálisis en casa, ventilador)? Regístrese HOY en el Programa de Evacuación para Personas con Necesidades Especiales del condado. Más información: (305) 555-0145.",
    "preparedness notice",
)

n(
    "en",
    "research",
    "Our trauma team's study of e-scooter injuries in Miami-Dade, 2021–2024: 1,088 patients, median age 31, 63% male, 4% helmeted. The oldest rider was in her 80s. 🛴 #TraumaResearch",
    "aggregate research; 'in her 80s' is under 90",
)

p(
    "es",
    "event",
    "¡Qué reunión! 💜 Vinieron Santi (24 semanas), las gemelas Luz y Dulce (27 semanas), Kevincito (26 semanas) y el famoso Bebo, que hoy tiene 10 años y quiere ser neonatólogo. #ReuniónUCIN",
    [
        ("NAME", "Santi"),
        ("NAME", "Luz"),
        ("NAME", "Dulce"),
        ("NAME", "Kevincito"),
        ("NAME", "Bebo"),
    ],
    note="event post listing NICU graduates: diminutives, word-names, a nickname",
)

n(
    "en",
    "statistic",
    "Luz, Dulce, Paz, Esperanza, Milagros… 🌟 The most popular baby names at Bayshore Memorial in 2024 included some beautiful Spanish words. #1 was Liam, #2 Mía, and #3… Santiago! 👶",
    "aggregate list of popular names, no individual",
)

p(
    "en",
    "patient_story",
    "From Medellín to Miami for a new set of lungs 🫁 Camilo Restrepo waited 19 months. His sister Paula flew in from Bogotá and never left his side. Camilo, your first deep breath was our favorite sound all year.",
    [
        ("GEO", "Medellín"),
        ("NAME", "Camilo Restrepo"),
        ("NAME", "Camilo", "*"),
        ("NAME", "Paula"),
        ("GEO", "Bogotá"),
    ],
    note="patient's foreign home city; sister and her city",
)

n(
    "es",
    "sponsor",
    "Gracias a la Fundación Celia Cruz y a Bodega La Caridad por los 500 juguetes para el Día de Reyes en nuestro Hospital Infantil. 🎁👑",
    "a foundation and a business named after people and a word-name",
)

n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call (305) 555-0100, option 4, or email billing@bayshorememorial.org. Se habla español. Nou pale kreyòl. 💬",
    "hospital phone and e-mail",
)

p(
    "en",
    "pasted_record",
    "Ambulance run sheet (scanned) – Pt: Jeudy, Nadia Marie / DOB 07-30-1984 / Addr: 455 NW 79th St Apt 2, Miami 33150 / Ph: (786) 555-4419 / Ins: Sunshine Health 08814452 / c/o chest pain, onset 14:20.",
    [
        ("NAME", "Jeudy, Nadia Marie"),
        ("DATE", "07-30-1984"),
        ("GEO", "455 NW 79th St"),
        ("OTHER_ID", "Apt 2"),
        ("GEO", "Miami"),
        ("GEO", "33150"),
        ("PHONE", "(786) 555-4419"),
        ("HEALTH_PLAN", "08814452"),
    ],
    note="run sheet: inverted name, birth date, address with apartment, city and ZIP, phone, plan member number",
)

p(
    "es",
    "milestone_birthday",
    "💗 Los 15 de Ashley Nicole Cárdenas Tobón: vals en la UCI pediátrica, corona de flores hecha por las enfermeras y su abuelita Chela bailando con suero y todo. #LosQuinceDeAshley",
    [("NAME", "Ashley Nicole Cárdenas Tobón"), ("NAME", "Chela"), ("NAME", "#LosQuinceDeAshley")],
    note="four-part name with double surname; grandmother's nickname; name hashtag",
)

n(
    "en",
    "staff_spotlight",
    "Our NICU nurse Milagros 'Millie' Ortega just celebrated 40 years at Bayshore! She's cared for an estimated 6,000 babies — including two of our current NICU doctors. 💕 Thank you, Millie.",
    "a nurse; the former patients are not named",
)

p(
    "es",
    "birth_announcement",
    "Nuestro camillero Osvaldo nos presentó hoy a su nieto Lían, que nació aquí el 30 de abril después de 3 semanas en la UCIN. ¡Osvaldo está que no cabe de orgullo! 👶💙",
    [("NAME", "Osvaldo", "*"), ("NAME", "Lían"), ("DATE", "30 de abril")],
    note="a staff member who is the grandfather of a patient born here: both labelled",
)

n(
    "en",
    "event",
    "Mark your calendars: Nochebuena dinner for patients' families stuck in the hospital over the holidays, Dec 24, 6 pm, cafeteria. Lechón, congrí and yuca con mojo. 🐖🎄 No one eats alone at Bayshore.",
    "event date on a holiday",
)

p(
    "en",
    "patient_story",
    "shoutout to the legend in room 1014 who asked for a cafecito 5 min after waking up from anesthesia. you know who you are, Chucho 😂☕",
    [("OTHER_ID", "room 1014"), ("NAME", "Chucho")],
    note="room number and nickname",
)

n(
    "es",
    "eponymous_condition",
    "Mes de concientización sobre el Alzheimer 💜 Si su abuela repite la misma historia, se pierde camino a casa o no reconoce a la familia, consulte. Nuestra Clínica de Memoria atiende en español y kreyòl.",
    "eponymous condition; generic 'abuela'",
)

n(
    "en",
    "crisis_update",
    "Traffic alert: the Dolphin Expressway eastbound is closed at NW 27th Ave after a multi-vehicle crash. Our trauma center is receiving patients. Please avoid the area and let emergency vehicles through. 🚑",
    "a public crash site with no individual patient",
)

p(
    "es",
    "patient_story",
    "La familia Jean-Louis viajó desde Cap-Haïtien cuando supo que su hija Rose-Merline necesitaba un trasplante de riñón. Hoy, gracias a un donante anónimo, Rose-Merline está lista para volver a la escuela. ¡Mèsi, donante! 🇭🇹💚",
    [("NAME", "Jean-Louis"), ("GEO", "Cap-Haïtien"), ("NAME", "Rose-Merline", "*")],
    note="Haitian hyphenated surname and first name in a Spanish post; home city",
)

n(
    "en",
    "statistic",
    "Since 2000, 1,021 babies under 1,000 grams have gone home from our NICU. The smallest weighed 320 grams — about the weight of a can of soda. 🥤💜 #WorldPrematurityDay",
    "aggregate counts; a birth weight alone is not an identifier",
)

n(
    "es",
    "staff_spotlight",
    "Rosario, Mercedes, Dolores y Consuelo: cuatro hermanas, cuatro enfermeras, 140 años sumados de servicio en Bayshore. ¡Feliz Día de la Enfermera a las hermanas Valdivia! 💐",
    "four nurses with word-names",
)

p(
    "en",
    "patient_story",
    "Get well soon, Dr. Abreu! 💐 Our beloved retired pediatrician, Dr. Hilda Abreu (who delivered hundreds of our NICU grads' parents), is recovering on 6 West after a fall at home. Cards welcome at the nurses' station.",
    [("NAME", "Hilda Abreu"), ("NAME", "Abreu", "*")],
    note="a retired doctor who is now the patient; 'Dr.' outside the span",
)

p(
    "es",
    "birth_announcement",
    "FELICIDADES A LA FAMILIA GONZÁLEZ PÉREZ POR LA LLEGADA DE SUS TRILLIZOS MATEO, LUCAS Y EMMA NACIDOS EL 2 DE NOVIEMBRE DÍA DE LOS MUERTOS QUE DIOS LOS BENDIGA",
    [
        ("NAME", "GONZÁLEZ PÉREZ"),
        ("NAME", "MATEO"),
        ("NAME", "LUCAS"),
        ("NAME", "EMMA"),
        ("DATE", "2 DE NOVIEMBRE"),
        ("DATE", "DÍA DE LOS MUERTOS"),
    ],
    note="all caps, no punctuation; the birth day named twice",
)

n(
    "en",
    "campaign_hashtag",
    "#CafecitoForACause ☕ Every cafecito bought at our lobby ventanita this week donates $1 to our Hurricane Relief Fund for employees who lost homes. Gracias, Bayshore family! 💙",
    "campaign hashtag",
)

p(
    "en",
    "patient_story",
    "Meet Mr. Orestes Villar and his wife of 62 years, Paris. Yes, Paris, like the city. She was born in Key West on Valentine's Day and has never been to France, but she's visited Orestes in our cardiac unit every single day. 💕",
    [
        ("NAME", "Orestes Villar"),
        ("NAME", "Orestes", "*"),
        ("NAME", "Paris", "*"),
        ("GEO", "Key West"),
        ("DATE", "Valentine's Day"),
    ],
    note="the wife's name is a city; her birthplace and birthday (a holiday) are a relative's",
)

n(
    "es",
    "health_tip",
    "Trabajadores de la construcción, jardineros, repartidores: descansen 10 minutos cada hora a la sombra, tomen agua aunque no tengan sed y conozcan los síntomas del golpe de calor. Su familia los espera en casa. 👷‍♂️☀️",
    "heat tip",
)

n(
    "en",
    "event",
    "Got a NICU grad at home? Share their name and their birth weight in the comments and we'll read them aloud at the reunion 💜 (Parents only, please — and no last names!)",
    "invitation; no individual",
)

p(
    "es",
    "memorial",
    "Esperanza es el nombre de la mamá de Brandon, y esperanza es lo que Brandon les dio a 6 familias cuando donó sus órganos el 12 de octubre. Gracias, Esperanza, por decir que sí. 💚 #DonaVida",
    [("NAME", "Esperanza", "*"), ("NAME", "Brandon", "*"), ("DATE", "12 de octubre")],
    note="donor's mother's word-name beside the lower-case noun; donor; date of donation",
)

n(
    "en",
    "research",
    "Dr. Luz Castellanos-Pierre and Dr. Noel Batista just performed our first robotic living-donor kidney removal. The donor went home in 2 days. 🤖🫘",
    "surgeons with word-names; anonymous donor",
)

p(
    "en",
    "patient_story",
    "The Fuentes family has spent every Christmas since 2015 on our peds oncology floor. This year, for the first time, they're spending it at home in Doral. 🎄 Merry Christmas, Benji!",
    [("NAME", "Fuentes"), ("GEO", "Doral"), ("NAME", "Benji")],
    note="family surname, home town, nickname; Christmas here is not a medical event date",
)

n(
    "es",
    "crisis_update",
    "El 24 de agosto de 1992, el huracán Andrew destruyó el techo de nuestro pabellón sur. 30 años después, nuestro hospital está preparado para vientos de 180 mph. #NuncaOlvidamos",
    "a historical storm date, not a patient's",
)

p(
    "en",
    "crisis_update",
    "FOUND after the storm: a blue Honda Civic, FL plate QTZ 881, in our ER ambulance bay since Sunday night. Belongs to the family of one of our ICU patients, Mr. Dessalines. Please call security at (305) 555-0100.",
    [("VEHICLE", "QTZ 881"), ("NAME", "Dessalines")],
    note="a family's plate; surname shared with a Haitian historical figure; hospital number",
)

n(
    "es",
    "staff_spotlight",
    "La sala 4 del quirófano lleva ahora el nombre del Dr. Rafael Cabrera Infante, pionero del trasplante hepático en Bayshore. Su hija, la Dra. Milagros Cabrera, lo recordó con cariño. 🏥",
    "an operating room named for a surgeon; his daughter is staff",
)

n(
    "en",
    "sponsor",
    "Angel Flight Southeast flew 12 transplant patients to Miami last year for free. 🛩️ Thank you to their volunteer pilots! #DonateLife",
    "'Angel' is part of a charity's name",
)

p(
    "en",
    "patient_story",
    "Update from Ernesto, Dulce's dad: 3 weeks after her liver transplant, she ate her first arepa 🫓 and asked for a second. Thank you to the living donor who made this possible — her tía Yolimar.",
    [("NAME", "Ernesto"), ("NAME", "Dulce"), ("NAME", "Yolimar")],
    note="father named before the patient; word-name with possessive; the living donor is her aunt",
)

n(
    "es",
    "recruitment",
    "¿Sabías que puedes ser donante vivo de riñón o de una parte del hígado? Habla con nuestro equipo: (305) 555-0123. Un donante vivo puede cambiar una vida sin perder la suya. 💚",
    "donor recruitment; hospital line",
)

n(
    "en",
    "event",
    "Haitian Flag Day, May 18 🇭🇹 Join our Little Haiti Family Health Center for free screenings, kompa and diri ak djon djon. 5840 NE 2nd Avenue, 10am–2pm.",
    "holiday event at the hospital's own address",
)

n(
    "en",
    "staff_spotlight",
    "Bienvenido to Chispa, the new golden retriever in our pediatric ER! She's 2, she's certified, and she already has a fan club on 5 North. 🐕",
    "a therapy dog",
)

p(
    "es",
    "memorial",
    "Hoy despedimos a Tomasita, como le decíamos todos, que pasó sus últimos días con nosotros en cuidados paliativos. Tomasa Beltrán tenía 102 años, 14 nietos y la mejor receta de natilla de Hialeah. Descanse en paz. 🕊️",
    [("NAME", "Tomasita"), ("NAME", "Tomasa Beltrán"), ("AGE", "102"), ("GEO", "Hialeah")],
    note="diminutive then full name; age over 89; her town",
)

n(
    "en",
    "crisis_update",
    "Heat index 112°F today. If you're 65+, pregnant, or work outside, you're at highest risk. Free rides to cooling centers: call 311. Our EDs are open 24/7. 🔥",
    "population advice",
)

n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare — about 1 in 100,000 people a year. It can follow a stomach bug or flu. Sudden leg weakness that climbs upward? Go to the ER. 🧠 #GBSAwareness",
    "eponymous condition",
)

p(
    "es",
    "milestone_birthday",
    "Feliz primer cumpleaños a nuestra guerrerita Valeria Sofía, trasplante de hígado a los 6 meses 💛 #ValeriaSofía1Año",
    [("NAME", "Valeria Sofía"), ("NAME", "#ValeriaSofía1Año")],
    note="compound first name and a name hashtag with a number",
)

n(
    "en",
    "recruitment",
    "Our Level I Trauma Center is hiring trauma surgeons, PAs and chaplains. Yes, chaplains. Because at 3 a.m. a family sometimes needs a prayer more than a surgeon. 🙏 bayshorememorial.org/careers",
    "recruitment",
)

p(
    "en",
    "thank_you",
    "A mom from the NICU asked us to share this: 'To the nurse who sang to my son Emiliano in Spanish at 2 a.m. — he still falls asleep to that song.' 💜",
    [("NAME", "Emiliano")],
    note="an anonymous-looking quote that names the baby",
)

n(
    "es",
    "statistic",
    "Este verano, nuestra línea en kreyòl (305) 555-0189 recibió 3.200 llamadas. El 40% fueron por dudas sobre medicamentos y calor. Nou la pou nou! 🇭🇹",
    "aggregate counts; hospital line",
)

p(
    "en",
    "milestone_birthday",
    "One hundred and one candles 🕯️ Happy birthday to Mrs. Evangelina Moya-Stuart, who celebrated on 8 East with her great-great-grandson Mateo and a mariachi from her hometown, Miami Springs. ¡Qué viva Evangelina!",
    [
        ("AGE", "One hundred and one"),
        ("NAME", "Evangelina Moya-Stuart"),
        ("NAME", "Evangelina", "*"),
        ("NAME", "Mateo"),
        ("GEO", "Miami Springs"),
    ],
    note="age over 89 spelled out; hyphenated surname; great-great-grandson; home town",
)

n(
    "es",
    "statistic",
    "¡Celebramos 25 años de Bayshore Kids! 🎉 En 2000 abrimos con 40 camas; hoy tenemos 180, incluida una UCIN nivel IV. Gracias a cada familia que nos confió a sus hijos.",
    "the hospital's own history",
)

n(
    "en",
    "staff_spotlight",
    "Our nurse Esperanza's abuela turned 100 in Camagüey today, and the whole 6th floor sang to her on FaceTime 🎂🇨🇺",
    "a staff member's own grandmother: her age and town are not labelled",
)

p(
    "en",
    "discharge",
    "Born on the Fourth of July, discharged on Labor Day 🇺🇸 Our littlest patriot, 1 lb 11 oz at birth, went home today with mom and dad. Happy (belated) birthday, firecracker! 🎆",
    [("DATE", "Fourth of July"), ("DATE", "Labor Day")],
    note="anonymous baby, but the birth and discharge days are given as holidays",
)

n(
    "es",
    "crisis_update",
    "Aviso: mañana martes se suspenden las consultas externas en nuestra clínica de Hialeah por el paso de la tormenta tropical. Las citas se reprogramarán por teléfono. ☔",
    "closure of a hospital site",
)

n(
    "en",
    "public_figure",
    "Toussaint Louverture, Simón Bolívar, José Martí: Miami's streets and parks are full of liberators. This Heritage Month, our interpreters are sharing the history behind the names on your way to our hospital. 🗺️",
    "historical figures",
)

p(
    "es",
    "pasted_record",
    "[WhatsApp] Mija, la señora del cuarto 508 (Caridad Hevia) dice que su hijo el de Tampa, Alexis, llega el jueves. Su número es 813-555-9076. No lo pongas en el grupo de Facebook 😅",
    [
        ("OTHER_ID", "cuarto 508"),
        ("NAME", "Caridad Hevia"),
        ("GEO", "Tampa"),
        ("NAME", "Alexis"),
        ("PHONE", "813-555-9076"),
    ],
    note="pasted chat: room, patient, son's city, son and his phone; 'Mija' is an endearment",
)

n(
    "en",
    "staff_spotlight",
    "Our Transplant Institute's social worker, Dulce María Ferrer, was named Florida Transplant Social Worker of the Year! 🏆 She has walked 1,200 families through the waitlist.",
    "a social worker with a word-name",
)

p(
    "en",
    "crisis_update",
    "UPDATE: the family of the hit-and-run victim on Biscayne Blvd has asked us to share his name so witnesses can come forward: Jonás Paredes, 24, of Little River. Any info → Miami PD.",
    [("GEO", "Biscayne Blvd"), ("NAME", "Jonás Paredes"), ("GEO", "Little River")],
    note="road of the crash and home neighbourhood; age 24 not labelled",
)

n(
    "es",
    "anonymous_story",
    "Un papá hizo 14 horas de viaje en carro con su hijo en el asiento de atrás para llegar a nuestro Hospital Infantil antes del huracán. Nos dijo: 'Aquí sé que lo van a cuidar'. Gracias por su confianza. 💙",
    "anonymous family",
)

n(
    "en",
    "sponsor",
    "Thank you, Publix Super Markets Charities, for a $250,000 grant to our Hurricane Family Shelter — 40 beds for families of patients in our ICUs and NICU during storms. 🏠",
    "corporate donor",
)

p(
    "es",
    "patient_story",
    "¡Mírenla! 😍 En el video, Yulissa baila su primer reguetón tres meses después de su accidente en la calle 8. Su fisioterapeuta, Yanet, no para de llorar.",
    [("PHOTO", "video"), ("NAME", "Yulissa"), ("GEO", "calle 8")],
    note="the video shows the patient; street of the accident by number; the therapist is staff",
)

n(
    "en",
    "health_tip",
    "Mosquito season = dengue season. 🦟 Miami-Dade has reported local dengue cases this summer. Dump standing water, use repellent, and see a doctor for high fever with body aches. #FightTheBite",
    "public health tip",
)

n(
    "en",
    "event",
    "Luz & Paz Night 🕯️🕊️ Our annual candlelight vigil for families who lost a loved one in our ICUs is Nov 2 at 7 pm in the Healing Garden. All are welcome.",
    "event named with word-names; event date",
)

n(
    "es",
    "staff_spotlight",
    "Nuestro chef Papo Echeverri preparó 900 platos de arroz con pollo para el personal que se quedó durante el huracán. ¡Papo, eres un héroe sin capa! 🍗",
    "a chef on staff",
)

p(
    "en",
    "patient_story",
    "Big cheers for Mr. J.B. on 4 West, who walked 400 feet today — 3 weeks after we met him in the trauma bay. His daughter Guerline tells us he's been practicing his dance moves for her wedding in June. 💃",
    [("NAME", "J.B."), ("NAME", "Guerline"), ("DATE", "June")],
    note="initials; daughter; the month of a relative's wedding",
)

n(
    "en",
    "crisis_update",
    "Our main campus is now on generator power after a transformer fire on NW 17th St. All patients are safe. Elevators in the south tower are limited — please use the north tower. ⚡",
    "operations update",
)

p(
    "es",
    "thank_you",
    "Gracias por las flores y la torta, familia Arocena. Que Pipo siga así de fuerte en casa 💐",
    [("NAME", "Arocena"), ("NAME", "Pipo")],
    note="short post: family surname and a nickname",
)

n(
    "en",
    "crisis_update",
    "DYK? Hurricanes used to be named only after women. Since 1979 the lists alternate: Andrew, Irma, María, Ian, Milton… names we remember here in the ED. 🌀 Get your kit ready. #HurricanePrep",
    "storm names",
)

n(
    "es",
    "event",
    "Esperanza Viva, nuestro grupo de apoyo para pacientes con cáncer en español, se reúne cada jueves a las 6 p.m. en el salón Rosario del Hospital Infantil. ¡Bienvenidos todos! 🎗️",
    "a support group and a named room",
)

n(
    "en",
    "staff_spotlight",
    "Fun fact: our NICU's longest-serving volunteer cuddler, Mr. Harold Lindqvist, 93, has rocked more than 2,000 babies. 👴👶 Thank you, Harold!",
    "a volunteer's age over 89 is not labelled",
)

p(
    "es",
    "patient_story",
    "Desde junio, Mayelín viene tres veces por semana a diálisis en nuestra clínica de Little Havana. Hoy vino vestida de Celia Cruz para la fiesta del Día de la Hispanidad. ¡Azúcar, Mayelín! 💃",
    [("DATE", "junio"), ("NAME", "Mayelín", "*")],
    note="a month alone tied to her care; the clinic's neighbourhood and the holiday party are not hers",
)

p(
    "en",
    "event",
    "Who's ready for #BayshoreBingo? 🎲 Our dialysis patients have been playing every Tuesday for 10 years, and the reigning champ, Ms. Odalys, just hit 300 wins. Bingo night for families: Friday, 6 pm.",
    [("NAME", "Odalys")],
    note="event post that names one patient",
)

n(
    "en",
    "research",
    "New grant! 🎉 The NIH awarded our team $3.2M to study why Haitian and Caribbean-born adults in Miami have higher rates of kidney failure — and how to catch it earlier. #KidneyHealth",
    "research on a population",
)

n(
    "es",
    "campaign_hashtag",
    "#HialeahTeQuiere 💛 Gracias a todos los vecinos que donaron sangre en nuestra clínica de Hialeah este sábado: 186 pintas. ¡Eso es Hialeah!",
    "campaign hashtag; a town as a community",
)

p(
    "en",
    "patient_story",
    "We don't usually do this, but Mrs. Faustina Loor asked: 'Please post that I'm 90 and I just had my first surgery ever, and I was not scared.' Done, Faustina. You were amazing. 💙",
    [("NAME", "Faustina Loor"), ("NAME", "Faustina", "*"), ("AGE", "90")],
    note="age over 89 in a quote",
)

n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repaired 41 elbow ligaments last year — in pitchers, yes, but also in a javelin thrower, a drummer, and a dentist. ⚾🥁🦷",
    "eponymous procedure named for an athlete",
)

if __name__ == "__main__":
    S.main("phi_dev12_source")
