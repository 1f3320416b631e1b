"""Blind development set d59 for the PHI scanner: tests/data/phi_dev59.jsonl.

Organisation: Lakeside West Community Hospital, Chicago (phi_dev59_org.json): the
Pilsen campus (1850 W Cermak Rd, main hospital, ED and trauma center), the Little
Village Clinic (3420 W 26th St) and the Humboldt Park Clinic (2701 W Division St);
nine 555-01xx lines (main, ED, Patient & Family Relations, the two clinics, Spanish
line, Foundation, media, volunteers), lakesidewest.org and
lakesidewestfoundation.org, four handles (@LakesideWestCH, @LakesideWestES,
@LWCHFoundation, @LakesideWestNICU).
Focus: Mexican, Puerto Rican, Polish and Black families of the West Side: gunshot
wounds, heat waves, the Chicago Marathon, winter falls on ice; Polish names,
diminutives and vocatives (Wojtek, Gosia, Zosia, Wiesiu, Henryku), Puerto Rican
nicknames (Papo, Nena, Junior, Wichy, Chiqui, Cuca), neighbourhoods, streets,
corners and CTA stations.
Hard cases: names that are words or places (Hope, Faith, Dolores, Esperanza,
Remedios, Precious, Summer, Major, Austin from Austin, brooklyn, Lincoln, Julio);
lower-case and ALL-CAPS names; names only in hashtags (#LongLiveTayTay,
#justicianayeli, #TeamDonBeto); LAST, FIRST chart lines with double and hyphenated
surnames; initials (R.M., Mr. C, Mr. D); employers (Carnicería La Chiquita, the
CTA, Pilsen Steel Fabricators); patients who are staff, volunteers or a public
figure; relatives in passing; dates as numbers, ordinals, day of month alone,
European 12.03.1935, Spanish dates and holidays that are the patient's day (Wigilia,
Dyngus Day, Pączki Day, Casimir Pulaski Day, Día de Reyes, Nochebuena, Miércoles de
Ceniza, World Prematurity Day); ages over 89 as 94yo, 101ST, NINETY-SIX, noventa y
dos, centenaria, nonagenario, 90s; family phones, fax, e-mails, handles, URLs and IPs
next to the hospital's own; MRN, SSN, Medicaid, account, licence, plate, VIN,
pacemaker/CGM serials, wristband, encounter and police report numbers, rooms, beds and
a trauma bay. Hard negatives: staff and doctors with the same nicknames (Titi, Papo,
la Nena, Junior), staff and volunteers over 90, donors over 90, a 91-year-old public
marathoner, historical figures (Pulaski, Kościuszko, Clemente, Juárez, Harold
Washington, Daniel Hale Williams) and their name hashtags, eponymous conditions,
awareness days, event dates, statistics with ages 90+, patients aged 89, a mascot and
a chatbot with names, campaign hashtags (#TitiKnowsBest, #NoMoreJohnDoes,
#AskAuntieDee, #GraceUnderPressure), crisis updates with unnamed victims, and the
hospital's numbers, addresses and domains.
Language mix: 240 posts, 130 English and 110 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers are NAME (holdout rule), as one span even when the name holds a place
  (Pilsen Steel Fabricators) or is a public agency (the CTA, for a bus operator).
- The place of the patient's injury or event (corner "26 y Pulaski", street, beach,
  park, the road where labour started) is GEO. A CTA station is GEO with the station
  name only ("Kedzie", "California", "Western", "Cicero"); lines and bus routes
  (Pink Line, the 9 Ashland bus) are never GEO.
- Crisis updates about a public incident with several unnamed victims: the scene is
  not GEO (no identified patient); once a victim is named, his scene is GEO.
- Pilsen, Little Village / La Villita and Humboldt Park are GEO only where they say
  where a patient or family lives or was hurt; as names of the hospital's campus or
  clinics they are not (posts with both uses declare the clinic use with ok=).
- Puerto Rico, Mexican states (Jalisco, Michoacán) and countries are not GEO; towns
  in Puerto Rico, Mexico and Poland are. Demonyms (Chicagoan, boricua, polaca) are not
  GEO. Another hospital named as a transfer destination (Lurie) is not labelled.
- Kinship words and honorifics before a name are outside the NAME span (Titi, Pan,
  Pani, Panie, don, doña, Grandma, Mama, Papi, mami, Ald., Mrs.); used alone they are
  not names (Tata, abue, mija). Nicknames (Papo, Nena, Junior, Chino) are NAME when
  they name a patient or relative; Polish vocatives and diminutives are NAME.
- Partners (a girlfriend who became a fiancée) count as relatives. Neighbours and
  bystanders who helped are not relatives or household and are not labelled.
- A staff member, volunteer or public figure who is the patient of the post is
  labelled like any patient; the same kind of person in a staff, volunteer or public
  role is not. A former patient for whom a room is named, and his donor wife, are
  labelled.
- A decade over 89 ("in her 90s") is not AGE: it is the "90 or older" category Safe
  Harbor allows (as in the other sets); "nonagenarian" is AGE; 89 in digits or words
  is never AGE. Separate unit words stay out ("92 y/o" -> "92",
  "95 primaveras" -> "95").
- Day of month alone: the span includes "día" ("día 9") or the ordinal ("28th");
  after a weekday ("el sábado 3") only the number. Appointment, follow-up and planned
  discharge dates of a patient are DATE.
- Named days that are the patient's event are DATE, with every mention of that day
  (both "Happy Dyngus Day" and "born on Dyngus Day"); a public anniversary (September
  20, Hurricane María) is DATE when the text makes it the patient's surgery day. The
  marathon is an event, not a date; "Marathon Sunday" is a weekday.
- Trauma bays and ED beds tied to a patient are OTHER_ID with the keyword ("Trauma 2",
  "Bed 4", "cama 7"); units (4 West, 3 Norte, 6E) are never labelled. Police report
  numbers, wristband and encounter numbers, portal user names and a family business's
  social handle are OTHER_ID (value only). "Exp." (expediente) is MRN; Medicaid number
  is HEALTH_PLAN.
- A family fundraiser or update URL is one URL span; the name inside it is not labelled
  again. Pets, mascots and chatbots are not names. School names are not identifiers.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev59.jsonl"), os.path.join(HERE, "phi_dev59_org.json"), "d59")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'Meet Wojciech "Wojtek" Kowalczyk, 94, who slipped on black ice outside his Archer Heights bungalow on January 9th and broke his hip. Six weeks later he walked our 4 West hallway with his walker and a pączek in hand. Sto lat, Wojtek! 🇵🇱 #LakesideStrong',
    [
        ("NAME", 'Wojciech "Wojtek" Kowalczyk'),
        ("NAME", "Wojtek", "*"),
        ("AGE", "94"),
        ("GEO", "Archer Heights"),
        ("DATE", "January 9th"),
    ],
    note="patient's full name with quoted nickname as one span, nickname again; age 94; home neighbourhood; date of the fall. 4 West is a unit, #LakesideStrong a campaign tag.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Agnieszka Zielińska, RN! 31 years on our Pilsen campus night shift, three generations of nurses trained, and the best pierogi at every potluck. Dziękujemy, Aga. 💙",
    "a retiring nurse (staff) and her diminutive; Pilsen campus is the hospital's own.",
)

# 3
p(
    "es",
    "discharge",
    "¡Se va a casa! Después de 52 días con nosotros, Papo (así le dice todo Humboldt Park) salió hoy caminando. Gracias a su Titi Millie por no faltar ni un solo día. #FuerzaPapo #PapoStrong",
    [
        ("NAME", "Papo"),
        ("GEO", "Humboldt Park"),
        ("NAME", "Millie"),
        ("NAME", "#FuerzaPapo"),
        ("NAME", "#PapoStrong"),
    ],
    note="nickname Papo; his neighbourhood; aunt Millie (kinship word Titi excluded); two name hashtags. 52 días is a duration.",
)

# 4
n(
    "es",
    "health_tip",
    "🔥 Alerta de calor en Chicago: temperaturas de 100°F este jueves. Tome agua, busque sombra y visite a sus vecinos mayores. Centros de enfriamiento: llame al 311. Dudas de salud: nuestra línea en español (312) 555-0159.",
    "heat tip; 100°F is a temperature; 311 and the hospital's Spanish line are not patient phones.",
)

# 5
p(
    "en",
    "pasted_record",
    "RE: follow-up — Pt: NOWAK-WIŚNIEWSKA, AGNIESZKA M | DOB 07/22/1961 | MRN LW00731842 | Rm 6E-12 | f/u ortho 2/3. sorry wrong window, delete pls",
    [
        ("NAME", "NOWAK-WIŚNIEWSKA, AGNIESZKA M"),
        ("DATE", "07/22/1961"),
        ("MRN", "LW00731842"),
        ("OTHER_ID", "Rm 6E-12"),
        ("DATE", "2/3"),
    ],
    note="pasted chart line: LAST, FIRST name with hyphenated surname, DOB, MRN, room with keyword, follow-up appointment date.",
)

# 6
n(
    "en",
    "public_figure",
    "Thank you, Mayor Elena Ruiz-Padilla, for touring our Little Village Clinic today and meeting the community health workers who knocked on 4,000 doors during last month's heat wave. 🙌 3420 W 26th St is open 7 days a week.",
    "visiting public figure; the clinic and its address are the hospital's.",
)

# 7
p(
    "es",
    "memorial",
    "Hoy despedimos a doña Socorro Martínez, voluntaria de nuestra clínica de La Villita por 20 años y, en sus últimos días, nuestra paciente. Falleció el 3 de febrero rodeada de sus nietos. Descanse en paz, doña Socorro. 🕊️",
    [("NAME", "Socorro Martínez"), ("NAME", "Socorro", "*"), ("DATE", "3 de febrero")],
    note="a volunteer who was also a patient: her name (doña excluded) and date of death are labelled. The clinic in La Villita is the hospital's.",
)

# 8
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el asiento trasero de un taxi, frente a nuestra entrada de Cermak. Mamá y bebé están muy bien. ¡Bienvenido al mundo, pequeño! 💛",
    "nameless birth; 'anoche' is relative; the Cermak entrance is the hospital's.",
)

# 9
p(
    "en",
    "thank_you",
    "To the family of Mr. Jackson who sent 40 tamales and a card to 3 North: we're not crying, you're crying. Your dad was a joy to care for. 🫶 — Team 3N",
    [("NAME", "Jackson")],
    note="patient's surname (Mr. excluded); 3 North is a unit.",
)

# 10
n(
    "en",
    "eponymous_condition",
    "Parkinson's doesn't take a day off and neither does our movement disorders team. Join Dr. Tomasz Wróbel for a free talk on Parkinson's and Lewy body dementia, Thursday April 10, 6 pm, Pilsen campus auditorium.",
    "eponymous conditions; doctor's name; event date and venue.",
)

# 11
p(
    "en",
    "birth_announcement",
    "First baby of the year at Lakeside West! 🎉 Welcome Amelia Rose Garza-Ocampo, born 12:03 a.m. on New Year's Day, 7 lb 2 oz. Mom Yesenia and dad Héctor of Brighton Park say she's already the boss.",
    [
        ("NAME", "Amelia Rose Garza-Ocampo"),
        ("DATE", "New Year's Day"),
        ("NAME", "Yesenia"),
        ("NAME", "Héctor"),
        ("GEO", "Brighton Park"),
    ],
    note="baby's name; holiday that is her birthday; parents; family neighbourhood. Time of birth is not a date element.",
)

# 12
n(
    "es",
    "event",
    "📅 Feria de salud gratuita el sábado 14 de junio, de 10 a 2, en el Paseo Boricua (Division y California). Vacunas, presión arterial y pruebas de glucosa. ¡Traigan a la familia! #HumboldtPark",
    "event date and venue; the neighbourhood hashtag is not a patient's.",
)

# 13
p(
    "es",
    "patient_story",
    "Hace un año, a Brandon 'BJ' Ocasio le dispararon en la esquina de 26 y Pulaski cuando volvía de trabajar en Carnicería La Chiquita. Hoy BJ regresó a darle las gracias a nuestro equipo de trauma. #BJStrong",
    [
        ("NAME", "Brandon 'BJ' Ocasio"),
        ("NAME", "BJ", "*"),
        ("GEO", "26 y Pulaski"),
        ("NAME", "Carnicería La Chiquita"),
        ("NAME", "#BJStrong"),
    ],
    note="GSW survivor: name with nickname, nickname again, corner where he was shot, his employer (NAME), name hashtag. 'Hace un año' is relative.",
)

# 14
n(
    "en",
    "crisis_update",
    "UPDATE 9:40 pm: Our Pilsen ED is receiving patients from the shooting near 18th & Blue Island. Families looking for loved ones, please call Patient & Family Relations at (312) 555-0122 — do not come to the ambulance bay. We will post updates here.",
    "crisis update with no patient named; the scene is a public event location, not tied to an identified patient; hospital number.",
)

# 15
p(
    "en",
    "milestone_birthday",
    '100 candles, one very determined lady. 🎂 Happy 100th birthday to Stanisława "Stasia" Grabowski, who celebrated on our rehab unit with her great-grandkids and a polka playlist. She says the secret is rosół and minding your own business.',
    [("AGE", "100"), ("AGE", "100th"), ("NAME", 'Stanisława "Stasia" Grabowski')],
    note="age 100 twice (candles count and ordinal); name with quoted diminutive.",
)

# 16
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe 'Lupita' Herrera, jefa de Urgencias en Pilsen. Creció en La Villita, estudió en la UIC y hoy forma a la próxima generación de médicas latinas. ¡Orgullo del barrio! 👩🏽‍⚕️",
    "doctor's name, nickname and home neighbourhood: staff, never labelled.",
)

# 17
p(
    "en",
    "patient_story",
    "A 97-year-old grandmother from Garfield Ridge just walked out of our ICU after beating COVID and pneumonia at the same time. She asked for her rosary, her reading glasses and a Polish sausage, in that order. 💪",
    [("AGE", "97-year-old"), ("GEO", "Garfield Ridge")],
    note="unnamed patient, but age over 89 and home neighbourhood are identifiers.",
)

# 18
n(
    "en",
    "statistic",
    "Last winter our EDs treated 1,312 falls on ice. Adults over 90 were 4x more likely to be admitted. Salt your steps, wear boots with grip, and check on your neighbors. ❄️ #WinterSafety",
    "statistics; 'adults over 90' is a population age.",
)

# 19
p(
    "es",
    "birth_announcement",
    "¡Nuestra bebé del Día de Reyes! 👑 Itzel nació el 6 de enero a las 4:12 a.m. Sus papás, Karina y Omar, dicen que la rosca de este año ya traía sorpresa. 🎉",
    [
        ("DATE", "Día de Reyes"),
        ("NAME", "Itzel"),
        ("DATE", "6 de enero"),
        ("NAME", "Karina"),
        ("NAME", "Omar"),
    ],
    note="birth date written twice (holiday and day-month); baby and parents' names.",
)

# 20
n(
    "es",
    "recruitment",
    "¿Eres enfermera bilingüe? Estamos contratando en Pilsen, La Villita y Humboldt Park. Bono de $10,000 para turnos de noche. Aplica en lakesidewest.org/empleos o llama al (312) 555-0100.",
    "recruitment; hospital sites, domain and main line.",
)

# 21
p(
    "en",
    "discharge",
    "going home day for lil marisol!! 🎈 83 days in the NICU, 3 surgeries, a million skin-to-skin hours with mama. see you at NICU reunion, marisol 💕",
    [("NAME", "marisol", "*")],
    note="lower-case first name, twice; 'lil' is descriptive; 83 days is a duration.",
)

# 22
n(
    "en",
    "campaign_hashtag",
    "Every nurse deserves a thank-you 💐 Tag a nurse who cared for you or your family this year with #ThankYouNurseLucy — named for Lucy Navarrete, the Pilsen nurse who started our first bilingual birthing class in 1974.",
    "campaign hashtag named for a historical nurse, not a patient.",
)

# 23
p(
    "es",
    "pasted_record",
    'Paciente: ROSADO RIVERA, JOSÉ "JUNIOR" | F.N. 11/05/1979 | Exp. 0093-4471-2 | Cama 14 | Tel. familia (773) 555-0108 (esposa, Nena) — ¡Ups! Esto no era para esta cuenta. Borrado en 3, 2, 1...',
    [
        ("NAME", 'ROSADO RIVERA, JOSÉ "JUNIOR"'),
        ("DATE", "11/05/1979"),
        ("MRN", "0093-4471-2"),
        ("OTHER_ID", "Cama 14"),
        ("PHONE", "(773) 555-0108"),
        ("NAME", "Nena"),
    ],
    note="pasted record: double surname LAST, FIRST with nickname, birth date, expediente number (MRN), bed, family phone, wife's nickname.",
)

# 24
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Chagas afecta a miles de personas en Chicago que nacieron en México y Centroamérica? Prueba gratuita en nuestra clínica de Little Village, 3420 W 26th St, de lunes a viernes.",
    "eponymous disease; population; the clinic's own address.",
)

# 25
p(
    "en",
    "thank_you",
    "Huge thanks to Darnell and Keisha Whitfield, who raised $18,000 for our trauma unit in memory of their son Marcus, treated here after he was shot on Ogden Ave in 2022. Marcus's light keeps shining. #MarcusMatters",
    [
        ("NAME", "Darnell"),
        ("NAME", "Keisha Whitfield"),
        ("NAME", "Marcus", "*"),
        ("GEO", "Ogden Ave"),
        ("NAME", "#MarcusMatters"),
    ],
    note="donors introduced as a patient's parents are labelled; patient's name, possessive excluded; street where he was shot; name hashtag. Bare year not labelled.",
)

# 26
n(
    "en",
    "sponsor",
    "Thank you to Kowalski Plumbing & Heating for sponsoring this year's Winter Coat Drive! 2,100 coats went to families at our Little Village and Humboldt Park clinics. 🧥",
    "sponsor business with a surname; hospital clinics.",
)

# 27
p(
    "es",
    "milestone_birthday",
    "¡Noventa y nueve años y sigue bailando salsa! 💃🏽 Feliz cumpleaños a doña Carmen Iris Velázquez, nacida en Bayamón y vecina de la Kedzie desde 1968. Gracias por alegrar el piso 5 Oeste esta semana, doña Carmen.",
    [
        ("AGE", "Noventa y nueve"),
        ("NAME", "Carmen Iris Velázquez"),
        ("NAME", "Carmen", "*"),
        ("GEO", "Bayamón"),
        ("GEO", "Kedzie"),
    ],
    note="age in words; name (doña excluded); birthplace town in Puerto Rico; home street. Bare year and unit not labelled.",
)

# 28
n(
    "es",
    "public_figure",
    "Un honor recibir hoy al exboxeador boricua Ángel 'Cano' Figueroa, quien visitó a nuestros pacientes de pediatría en Humboldt Park y les regaló guantes firmados. 🥊🇵🇷",
    "visiting public figure; patients are anonymous.",
)

# 29
p(
    "en",
    "patient_story",
    "Hope is a 6-year-old from Little Village who loves the Pink Line, Takis and Spider-Man. Hope spent her birthday, August 2nd, on our peds floor getting chemo — so our nurses threw her a party. Never lose hope, Hope. 🕷️",
    [("NAME", "Hope", "*"), ("GEO", "Little Village"), ("DATE", "August 2nd")],
    note="first name that is a word (lower-case 'hope' is the word); home neighbourhood (same name as the hospital's clinic); birthday. Pink Line is a transit line, not a place.",
)

# 30
n(
    "en",
    "research",
    "New from our research team: Chicago heat waves raised ED visits for kidney injury by 23% among residents over 65, with the biggest jump in Pilsen and Little Village. Read the study by Dr. Oyelaran and Dr. Kamińska at lakesidewest.org/research.",
    "research statistic about populations; authors are staff; hospital domain.",
)

# 31
p(
    "es",
    "thank_you",
    "Mensaje de la familia Quiñones: “Gracias al 4 Norte por cuidar a mi papá, don Chago, como si fuera suyo.” Si quieren escribirles: quinones.familia73@gmail.com 💌",
    [("NAME", "Quiñones"), ("NAME", "Chago"), ("EMAIL", "quinones.familia73@gmail.com")],
    note="family surname, patient's nickname (don excluded), family e-mail. 4 Norte is a unit.",
)

# 32
n(
    "es",
    "memorial",
    "Con profundo dolor despedimos al Dr. Ignacio Ramírez, pediatra de nuestra clínica de Little Village durante 35 años, quien falleció el 2 de marzo a los 91 años. Miles de niños de La Villita crecieron con él. Descanse en paz. 🕯️",
    "memorial for a staff doctor: his date of death and age over 89 are not patient identifiers.",
)

# 33
p(
    "en",
    "pasted_record",
    'Reminder: flu shots at all 3 sites!!  [Portal msg from user gosia_k1958 @ 73.44.219.106: "can my mother Halina get her 2nd dose at Humboldt Park clinic? her MRN is 5520193"]',
    [("OTHER_ID", "gosia_k1958"), ("IP", "73.44.219.106"), ("NAME", "Halina"), ("MRN", "5520193")],
    note="pasted portal message: relative's portal user name, IP address, patient's first name, MRN. The clinic is the hospital's.",
)

# 34
n(
    "en",
    "hospital_contact",
    "Need us? Main line (312) 555-0100 • ER non-emergency (312) 555-0115 • Little Village Clinic (773) 555-0134 • Humboldt Park Clinic (773) 555-0146. Emergencies: call 911. Mental health crisis: 988.",
    "the hospital's own numbers and national lines.",
)

# 35
p(
    "en",
    "memorial",
    "Chicago lost another one too soon. Our trauma team fought for him for 11 hours. Rest easy, young king. 🕊️ #LongLiveTayTay #PeaceInPilsen",
    [("NAME", "#LongLiveTayTay")],
    note="the patient is named only in a hashtag; #PeaceInPilsen is a campaign tag.",
)

# 36
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia puertorriqueña celebramos a nuestras familias con #FuerzaBoricua y #TitiKnowsBest 💪🏽🇵🇷 — comparte una foto de la titi que te cuida.",
    "campaign hashtags; Titi is a kinship word, not a name; no patient.",
)

# 37
p(
    "es",
    "discharge",
    "¡Hoy Don Refugio 'Cuco' Alvarado, de 91 años, se fue a casa a Cicero después de su cirugía de cadera! Se cayó en el hielo el 28 de diciembre sacando la basura. Cuco, ¡ya no más hielo sin botas! 🥾",
    [
        ("NAME", "Refugio 'Cuco' Alvarado"),
        ("NAME", "Cuco", "*"),
        ("AGE", "91"),
        ("GEO", "Cicero"),
        ("DATE", "28 de diciembre"),
    ],
    note="name with nickname (Don excluded), nickname again, age 91, home town, date of the fall.",
)

# 38
n(
    "en",
    "event",
    "Running the Chicago Marathon on Oct. 12? Our medical tent is at Mile 17 on Blue Island Ave in Pilsen, staffed by 40 Lakeside West nurses and docs. Hydrate, salt, and listen to your body. 🏃🏽‍♀️ #ChicagoMarathon",
    "public event date and the hospital's tent location.",
)

# 39
p(
    "en",
    "patient_story",
    "On October 8 last year, R.M. collapsed at Mile 22 of the marathon, right by the Chinatown gate. Bystander CPR + our team = a second chance. This fall he's training again, and he asked us to share his story (initials only, he's shy). 🏅",
    [("DATE", "October 8"), ("NAME", "R.M."), ("GEO", "Chinatown")],
    note="date of the cardiac arrest; patient's initials; place where he collapsed. 'This fall' is a season.",
)

# 40
n(
    "es",
    "anonymous_story",
    "Una paciente de 89 años nos dijo hoy: “Mija, sobreviví al invierno del 67, no me va a ganar una gripe.” Y no le ganó. 💪🏽❄️",
    "unnamed patient aged 89 (not over 89); '67 is a year.",
)

# 41
p(
    "en",
    "thank_you",
    "Shoutout to the crew at Pilsen Steel Fabricators, who visited their coworker Luis Ortega-Banda every day of his 3 weeks in our burn unit. Luis goes home tomorrow. Brotherhood looks like this. 🔥👷🏽",
    [("NAME", "Pilsen Steel Fabricators"), ("NAME", "Luis Ortega-Banda"), ("NAME", "Luis", "*")],
    note="patient's employer (NAME), hyphenated name, first name again.",
)

# 42
n(
    "en",
    "staff_spotlight",
    "Our ED charge nurse Kasia Wójcik ran her 10th Chicago Marathon on Sunday — alongside her dad, Zbigniew, who's 71 and still faster than all of us. Gratulacje! 🇵🇱🏃‍♀️",
    "a nurse and her own father: staff family is never labelled.",
)

# 43
p(
    "es",
    "patient_story",
    "Cuando llegó a Urgencias en enero, Yadiel no podía respirar. Hoy, con su nuevo inhalador y mucha paciencia de su abuela Gladys, juega béisbol otra vez en Humboldt Park. ⚾ #YadielVaPaLante",
    [
        ("DATE", "enero"),
        ("NAME", "Yadiel"),
        ("NAME", "Gladys"),
        ("GEO", "Humboldt Park"),
        ("NAME", "#YadielVaPaLante"),
    ],
    note="month of admission; patient and grandmother; neighbourhood where he plays; name hashtag.",
)

# 44
n(
    "es",
    "health_tip",
    "❄️ Caídas en el hielo: la causa #1 de fracturas de cadera que vemos en enero y febrero. Use sal, zapatos con suela de goma y pasamanos. Si su mamá o abuelo vive solo, llámelos cada día.",
    "winter tip; months not tied to a patient.",
)

# 45
p(
    "en",
    "milestone_birthday",
    "this 94yo just beat every one of us at bingo on 5 West 😂 happy birthday mr. lewandowski, we owe you $3",
    [("AGE", "94yo"), ("NAME", "lewandowski")],
    note="age token with suffix; lower-case surname (mr. excluded).",
)

# 46
n(
    "en",
    "public_figure",
    "Happy Casimir Pulaski Day, Chicago! 🇵🇱🇺🇸 Our clinics are open regular hours today. Fun fact: our first chief of surgery, Dr. Helena Dąbrowska, was the daughter of Polish immigrants from Back of the Yards.",
    "holiday that is nobody's event here; historical staff doctor and her family's neighbourhood.",
)

# 47
p(
    "en",
    "birth_announcement",
    'Born on Casimir Pulaski Day, 8 lb 11 oz of pure joy: welcome to the world, Kazimierz "Kaz" Jabłoński! 🇵🇱 Mom Ola says the name was decided the second her water broke on Pulaski Rd. 😂',
    [
        ("DATE", "Casimir Pulaski Day"),
        ("NAME", 'Kazimierz "Kaz" Jabłoński'),
        ("NAME", "Ola"),
        ("GEO", "Pulaski Rd"),
    ],
    note="holiday that is the birthday; baby's name with nickname; mother; road where labour started.",
)

# 48
n(
    "es",
    "statistic",
    "En 2024 atendimos a 214 víctimas de heridas de bala en nuestro centro de trauma de Pilsen. El 61% tenía menos de 25 años. Cada número es un hijo, una hermana, un vecino. #PazEnLaVillita",
    "statistics; campaign hashtag.",
)

# 49
p(
    "es",
    "pasted_record",
    "Informe de accidente — conductor: Jesús Alberto Tinoco Mora, licencia IL T520-4419-8837, placa CH 48291, choque en Cermak y Damen 2/14 00:40. Traslado a Trauma. [no publicar]",
    [
        ("NAME", "Jesús Alberto Tinoco Mora"),
        ("LICENSE", "T520-4419-8837"),
        ("VEHICLE", "CH 48291"),
        ("GEO", "Cermak y Damen"),
        ("DATE", "2/14"),
    ],
    note="pasted crash report: name, driver's licence value, plate, crash intersection, date (the time is not a date element).",
)

# 50
n(
    "en",
    "staff_spotlight",
    "Meet Irene, 93, our longest-serving volunteer. Every Tuesday since 1988 she's pushed the book cart through the Pilsen campus. Her advice to new volunteers: \"Wear comfortable shoes and never ask a nurse if it's quiet.\" 📚 #VolunteerWeek",
    "a volunteer's name and age over 89 are not patient identifiers.",
)

# 51
p(
    "en",
    "patient_story",
    "Plot twist: our 92-year-old volunteer Walter Mroczek spent this week on the OTHER side of the book cart — as a patient on 4 West after a fall on his icy porch in Jefferson Park. He's already asking when he can come back to work. Get well, Walt! 📚",
    [
        ("AGE", "92-year-old"),
        ("NAME", "Walter Mroczek"),
        ("NAME", "Walt"),
        ("GEO", "Jefferson Park"),
    ],
    note="a volunteer who is the patient here: age, name, nickname, home neighbourhood.",
)

# 52
n(
    "es",
    "event",
    "🕯️ Altar de Día de Muertos en el lobby de Pilsen, del 28 de octubre al 2 de noviembre. Familias que perdieron a un ser querido en nuestro hospital pueden traer una foto para el altar comunitario.",
    "event dates; no patient named.",
)

# 53
p(
    "es",
    "memorial",
    "Nuestra pequeña Xóchitl se fue al cielo el Día de Muertos, 2 de noviembre, después de pelear 4 meses en la UCIN. Sus papás nos pidieron que su foto quede en el altar de Pilsen. Siempre con nosotros, Xóchitl. 🌼",
    [("NAME", "Xóchitl", "*"), ("DATE", "Día de Muertos"), ("DATE", "2 de noviembre")],
    note="baby's name twice; date of death as holiday and day-month. Her photo on the altar is not an attached photo (no PHOTO).",
)

# 54
n(
    "en",
    "health_tip",
    "Heat advisory through Friday 🥵 CTA cooling buses are parked at 18th St Pink Line and Kedzie/26th. Signs of heat stroke: confusion, hot dry skin, no sweating. Call 911. Don't leave kids, seniors or pets in cars — not even for 5 minutes.",
    "heat tip; public cooling locations.",
)

# 55
p(
    "en",
    "crisis_update",
    "Update on the Douglass Park shooting: 2 patients remain in critical condition. 14-year-old Deshawn Pruitt was transferred to Lurie this morning; his mother, Tanya, asked us to thank the community for the prayers. Media: (312) 555-0181.",
    [("GEO", "Douglass Park"), ("NAME", "Deshawn Pruitt"), ("NAME", "Tanya")],
    note="crisis update naming a patient and his mother; the park where he was shot. Age 14 and the hospital's media line are not labelled.",
)

# 56
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Por la ola de calor, la clínica de Humboldt Park abre su sala de enfriamiento hasta las 9 p.m. Si tiene familiares mayores sin aire acondicionado, tráigalos. Línea en español: (312) 555-0159.",
    "crisis update; hospital clinic and line.",
)

# 57
p(
    "es",
    "discharge",
    "¡De regreso a casa! Gosia, nuestra paciente más platicadora, aprendió a decir 'gracias' y 'tengo hambre' en español durante sus 3 semanas en el 6 Este. Dziękujemy, Małgorzata! 🌷",
    [("NAME", "Gosia"), ("NAME", "Małgorzata")],
    note="Polish diminutive and full first name of the same patient.",
)

# 58
n(
    "en",
    "research",
    "Our Humboldt Park clinic is one of 12 sites in a new NIH study on Hashimoto's thyroiditis and Graves' disease in Latina women. Eligible? Ages 18-65. Call (773) 555-0146 or email research@lakesidewest.org.",
    "eponymous conditions; hospital number and e-mail.",
)

# 59
p(
    "en",
    "thank_you",
    "Austin from Austin 😄 came back to 5 West with donuts to thank the nurses who got him through a nasty bout of heatstroke during the July 4th heat wave. You're welcome anytime, Austin!",
    [("NAME", "Austin", 1), ("GEO", "Austin", 2), ("NAME", "Austin", 3), ("DATE", "July 4th")],
    note="first name that is also his Chicago neighbourhood; date of the heatstroke.",
)

# 60
n(
    "en",
    "anonymous_story",
    "An 89-year-old patient told our night nurse she'd survived the blizzard of '67, two husbands and the Cubs, so a broken wrist wasn't going to stop her. She was right. 💪 #WinterFalls",
    "unnamed patient aged 89, not over 89.",
)

# 61
p(
    "es",
    "thank_you",
    "Compartimos el mensaje de una mamá: “GRACIAS LAKESIDE WEST!!! mi hijo ANTHONY 'PAPITO' SERRANO salio hoy despues de 3 semanas, el doctor Wong y las enfermeras del 5 oeste son angeles 🙏🏽 si alguien quiere ayudar con los gastos llamenme al 773-555-0172. (para donar al hospital es el 312-555-0167, no el mio jaja)”",
    [("NAME", "ANTHONY 'PAPITO' SERRANO"), ("PHONE", "773-555-0172")],
    note="ALL-CAPS name with nickname; the mother's phone. Dr. Wong is staff; 312-555-0167 is the hospital's foundation line.",
)

# 62
n(
    "en",
    "staff_spotlight",
    "Everyone on 2 South calls her Titi. Officially she's Migdalia Torres, unit clerk for 27 years, keeper of the snack drawer and the only person who knows where the fax cover sheets are. Happy work anniversary, Titi! 🎉",
    "a unit clerk (staff) and her nickname.",
)

# 63
p(
    "en",
    "patient_story",
    "Darius was waiting for the bus at the Kedzie Pink Line stop on June 19th — Juneteenth — when a stray bullet hit his leg. Three surgeries later he's walking with a cane and already back in class at Harrison Prep. Proud of you, D. 💪🏾",
    [
        ("NAME", "Darius"),
        ("GEO", "Kedzie"),
        ("DATE", "June 19th"),
        ("DATE", "Juneteenth"),
        ("NAME", "D"),
    ],
    note="patient's name and initial; CTA station where he was shot (station name only); date of injury written twice. The school name is not an identifier.",
)

# 64
n(
    "es",
    "research",
    "Nuestro estudio con la UIC sobre el síndrome de Down y la enfermedad de Alzheimer busca familias hispanohablantes. Participantes de 18 a 90 años. Más información: (312) 555-0100 o investigacion@lakesidewest.org.",
    "eponymous conditions; population age range; hospital contact.",
)

# 65
p(
    "es",
    "patient_story",
    "Esperanza llegó a nuestra UCIN pesando 1 libra 9 onzas el 12 de diciembre, Día de la Virgen de Guadalupe. Su mamá, Guadalupe, dice que nunca perdió la esperanza. Hoy Esperanza cumple un año. 🌹",
    [
        ("NAME", "Esperanza", "*"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Guadalupe", 2),
    ],
    note="baby named Esperanza (lower-case 'esperanza' is the word); birth date as day-month and as the feast day; mother Guadalupe (the first 'Guadalupe' is inside the feast-day DATE span).",
)

# 66
n(
    "en",
    "event",
    "Pączki Day is Tuesday! 🍩 Our Foundation will be selling pączki from Oak Mill Bakery in the Pilsen lobby, 7-11 am, to support the NICU. Preorder: (312) 555-0167 or lakesidewestfoundation.org/paczki",
    "fundraiser date and venue; hospital foundation number and domain.",
)

# 67
p(
    "en",
    "birth_announcement",
    "Sweetest delivery of the year 🍩 Baby Zofia arrived on Pączki Day, February 13, at 9 lb even. Dad Bartek brought a dozen custard pączki for L&D. Witamy, Zosia!",
    [
        ("NAME", "Zofia"),
        ("DATE", "Pączki Day"),
        ("DATE", "February 13"),
        ("NAME", "Bartek"),
        ("NAME", "Zosia"),
    ],
    note="baby's name and Polish diminutive; birth date as named day and calendar date; father.",
)

# 68
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la Dra. Magdalena Kowalczyk-Reyes, nuestra nueva jefa de Neonatología! Hija de madre polaca y padre de Michoacán, habla tres idiomas y ama los tamales de su suegra. 👶🏽",
    "new department chief (staff) and her own family.",
)

# 69
p(
    "en",
    "pasted_record",
    "happy friday all!! 🎉 oops — WASHINGTON, LATOYA D  SSN 318-62-4407  IL Medicaid 710452289  acct# 004417723  adm 01/30  ED bed 22",
    [
        ("NAME", "WASHINGTON, LATOYA D"),
        ("SSN", "318-62-4407"),
        ("HEALTH_PLAN", "710452289"),
        ("ACCOUNT", "004417723"),
        ("DATE", "01/30"),
        ("OTHER_ID", "bed 22"),
    ],
    note="pasted registration line: LAST, FIRST name, SSN, Medicaid number, account number, admission date, bed with keyword.",
)

# 70
n(
    "en",
    "public_figure",
    "Today we remember Dr. Daniel Hale Williams, the Chicago surgeon who performed one of the first successful open-heart surgeries in 1893. #BlackHistoryMonth #DanielHaleWilliams",
    "historical figure; his name hashtag is not a patient's.",
)

# 71
p(
    "es",
    "milestone_birthday",
    "Hoy, 15 de agosto, nuestra paciente centenaria doña Amparo Ruelas cumple 103 años en el 3 Norte. Nació en Tlaquepaque, Jalisco, y llegó a Pilsen en 1956. ¡Que vivan los 103, doña Amparo! 🎂",
    [
        ("DATE", "15 de agosto"),
        ("AGE", "centenaria"),
        ("NAME", "Amparo Ruelas"),
        ("NAME", "Amparo", "*"),
        ("AGE", "103", "*"),
        ("GEO", "Tlaquepaque"),
        ("GEO", "Pilsen"),
    ],
    note="birthday; 'centenaria' and 103 (twice) are ages over 89; name; birthplace city and home neighbourhood. Jalisco is a state; 1956 a bare year.",
)

# 72
n(
    "es",
    "anonymous_story",
    "Un abuelito de 85 años vino caminando bajo la nieve desde su casa porque “ya no hay camiones que lleguen a tiempo”. Le dimos café y lo llevamos de regreso. Así es el barrio. ☕",
    "unnamed patient aged 85; no place named.",
)

# 73
p(
    "en",
    "memorial",
    "Our Humboldt Park Clinic family lost a legend. Titi Nilda, in her 90s and still the loudest voice at every dominó game on Division Street, passed peacefully on 6 West on Sunday. 🇵🇷🕊️",
    [("NAME", "Nilda"), ("GEO", "Division Street")],
    note="patient's name (Titi excluded); decade over 89 is an age over 89; street where she lived her life. The clinic is the hospital's; Sunday is a weekday.",
)

# 74
n(
    "en",
    "campaign_hashtag",
    "Say it with us: #NoMoreJohnDoes. Carry ID and an emergency contact in your phone so our ED can reach your family fast. 📱 Set up Medical ID today.",
    "campaign hashtag that looks like a name.",
)

# 75
p(
    "es",
    "patient_story",
    "Durante la ola de calor del 14 de julio, don Wenceslao, de 90 años, se desmayó en su departamento de La Villita sin aire acondicionado. Su vecina lo trajo a nuestra clínica de La Villita. Hoy está bien y ya tiene su aire nuevo. ❄️",
    [("DATE", "14 de julio"), ("NAME", "Wenceslao"), ("AGE", "90"), ("GEO", "La Villita", 1)],
    note="date he collapsed; name (don excluded); age 90; his home neighbourhood. The second 'La Villita' names the hospital's clinic and is not GEO.",
    ok=("La Villita",),
)

# 76
n(
    "es",
    "event",
    "¡Vengan a echar porras! Estación de ánimo de Lakeside West en la milla 17, calle 18 y Blue Island, domingo 12 de octubre. Habrá agua, fruta y mariachi. 🎺🏃🏽",
    "hospital event date and location.",
)

# 77
p(
    "en",
    "discharge",
    "NICU GRADUATION 🎓 Pictured: Aaliyah-Marie, born at 24 weeks on the 3rd of March, heading home today with mom Brianna and big brother Kenji. Our @LakesideWestNICU team is SO proud.",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Aaliyah-Marie"),
        ("DATE", "3rd of March"),
        ("NAME", "Brianna"),
        ("NAME", "Kenji"),
    ],
    note="photo cue; hyphenated first name; birth date; mother and brother. The handle is the hospital's.",
)

# 78
n(
    "en",
    "statistic",
    "Since 2019, 1,047 babies have graduated from our NICU. Our youngest was born at 22 weeks and went home after 131 days. 💙 #WorldPrematurityDay is Nov 17 — wear purple!",
    "statistics; anonymous superlative; awareness day date.",
)

# 79
p(
    "en",
    "birth_announcement",
    "Born on World Prematurity Day itself 💜 — little Rafael Ignacio arrived at 29 weeks on November 17 and is doing great in our NICU. Mama Lucero asked us to say: thank you, 4 East!",
    [
        ("DATE", "World Prematurity Day"),
        ("NAME", "Rafael Ignacio"),
        ("DATE", "November 17"),
        ("NAME", "Lucero"),
    ],
    note="an awareness day that is the baby's birthday, plus the calendar date; baby and mother.",
)

# 80
n(
    "es",
    "health_tip",
    "¿Tiene marcapasos o desfibrilador? En la ola de calor, evite trabajar cerca de generadores y lleve siempre su tarjeta del dispositivo. Preguntas: Clínica de Cardiología, (312) 555-0100, ext. 4410.",
    "device tip with no serial number; hospital line and extension.",
)

# 81
p(
    "es",
    "pasted_record",
    'Nota enfermería 3N: Pte. Ortiz Cruz, Wilfredo ("Wichy"), marcapasos Medtronic S/N PJN204881H, revisión el 22 de abril. Hija: Marilyn, 872-555-0153. [perdón, error de pegado]',
    [
        ("NAME", "Ortiz Cruz, Wilfredo"),
        ("NAME", "Wichy"),
        ("DEVICE", "PJN204881H"),
        ("DATE", "22 de abril"),
        ("NAME", "Marilyn"),
        ("PHONE", "872-555-0153"),
    ],
    note="pasted nursing note: double surname LAST, FIRST, nickname, pacemaker serial, check date, daughter's name and phone. 3N is a unit; Medtronic the maker.",
)

# 82
n(
    "es",
    "eponymous_condition",
    "La ELA, también llamada enfermedad de Lou Gehrig, afecta a unas 30,000 personas en EE.UU. Este 21 de junio, Día Mundial de la ELA, nuestro equipo de neurología ofrece charlas gratis en Pilsen.",
    "eponym of a public figure; awareness day and event date.",
)

# 83
p(
    "en",
    "patient_story",
    "Faith and her grandpa Lincoln ride the 9 Ashland bus to our Pilsen campus for dialysis three days a week. Lincoln turns 96 on the 28th, and Faith has already ordered the cake. Keep the faith, you two. 🎂",
    [("NAME", "Faith", "*"), ("NAME", "Lincoln", "*"), ("AGE", "96"), ("DATE", "28th")],
    note="patient and granddaughter with word/place-like names (lower-case 'faith' is the word); age 96; his birthday as day of month alone. The bus route and campus are not GEO.",
)

# 84
n(
    "en",
    "recruitment",
    '"I started as a CNA in 2009 and now I\'m a nurse practitioner." — Grzegorz Sadowski, NP. Lakeside West pays for your degree. Info night: Wed., May 7, 6 pm, 1850 W Cermak Rd. #NowHiring',
    "staff testimonial; event date; hospital address.",
)

# 85
p(
    "es",
    "thank_you",
    "Junior y su mamá, doña Cuca, nos mandaron este mensaje: “Gracias a Urgencias por salvarle la vida a mi nene el Viernes Santo.” Síganlos en @junior_y_cuca_pr 🙏🏽",
    [
        ("NAME", "Junior"),
        ("NAME", "Cuca"),
        ("DATE", "Viernes Santo"),
        ("OTHER_ID", "@junior_y_cuca_pr"),
    ],
    note="patient nickname Junior, mother's nickname (doña excluded), holiday that is the day of his emergency, family social handle.",
)

# 86
n(
    "es",
    "sponsor",
    "Gracias a Panadería Nuevo León y a la familia Ibarra, dueños desde 1973, por donar 500 conchas para el Día del Niño en nuestra clínica de La Villita. 🥖💕",
    "sponsor business and donor family (not a patient's relatives); event.",
)

# 87
p(
    "en",
    "thank_you",
    "The new family lounge on 4 East is named for Bogdan Nowicki, who spent his last weeks with us in 2021. Thank you to his wife, Jadwiga, and their kids for making this space possible. Bogdan would have loved the coffee machine. ☕",
    [("NAME", "Bogdan Nowicki"), ("NAME", "Bogdan", "*"), ("NAME", "Jadwiga")],
    note="the room is named for a former patient, so he and his donor wife are labelled; bare year not labelled.",
)

# 88
n(
    "en",
    "sponsor",
    "Ribbon cutting! The Wiśniewski Family Pediatric Wing opens Monday on our Pilsen campus, thanks to a $2M gift from Marek and Teresa Wiśniewski of Wiśniewski Logistics. 🎀",
    "donors who name a wing, not introduced as patients' relatives.",
)

# 89
p(
    "es",
    "discharge",
    "despues de 2 meses en la uci, mi sobrino kevin ya esta en casa en berwyn!! gracias a todos los que donaron en gofundme.com/f/kevin-se-levanta 🙏 — Compartido con permiso de la familia",
    [("NAME", "kevin"), ("GEO", "berwyn"), ("URL", "gofundme.com/f/kevin-se-levanta")],
    note="lower-case first name and home town; family fundraiser URL (the name inside it is covered by the URL span).",
)

# 90
n(
    "es",
    "crisis_update",
    "❄️ Tormenta invernal: nuestras clínicas de La Villita y Humboldt Park cierran a las 3 p.m. hoy. Urgencias en Pilsen sigue abierta 24/7. Si no es emergencia, llame al (312) 555-0115.",
    "closure update; hospital sites and line.",
)

# 91
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO OUR FAVORITE PATIENT, MISS ODESSA BELL!!! 🎉🎉 Born in Greenwood, Mississippi, Chicagoan since the Great Migration, and still sharper than every resident on 5 West.",
    [("AGE", "101ST"), ("NAME", "ODESSA BELL"), ("GEO", "Greenwood")],
    note="ALL-CAPS ordinal age and name (MISS excluded); birthplace city. Mississippi is a state.",
)

# 92
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma, Kaposi sarcoma, Bell's palsy: all named for doctors, none of them contagious. 🧠 Ask our oncology team anything Thursday at noon on Facebook Live.",
    "eponymous conditions.",
)

# 93
p(
    "es",
    "patient_story",
    "Dolores llegó con dolores de pecho el Jueves Santo y salió con dos stents. Sus hijos, Rubén y Maricela, ya la tienen en su casa de la calle 19, con caldo y telenovelas. ¡Dolores, sin dolores! 💗",
    [
        ("NAME", "Dolores", "*"),
        ("DATE", "Jueves Santo"),
        ("NAME", "Rubén"),
        ("NAME", "Maricela"),
        ("GEO", "calle 19"),
    ],
    note="name that is also a word (lower-case 'dolores' is the word); holiday of admission; children; home street.",
)

# 94
n(
    "es",
    "staff_spotlight",
    "Nuestras voluntarias de la Legión de María, la más joven de 78 y la mayor de 95 años, tejieron 300 gorritos para los bebés de la UCIN. ¡Gracias, señoras! 🧶",
    "volunteers' ages, even over 89, are not patient identifiers.",
)

# 95
p(
    "en",
    "patient_story",
    "Marathon Sunday, mile 20, 88 degrees: Tomasz Zając went down with heatstroke on 18th Street. Core temp 107. Eleven days later the Palos Heights dad walked out of our ICU. Next year, he says, he's walking it. 🏃‍♂️🔥",
    [("NAME", "Tomasz Zając"), ("GEO", "18th Street"), ("GEO", "Palos Heights")],
    note="name; street where he collapsed; home town. Temperatures and durations are not identifiers; the marathon is an event, not a date.",
)

# 96
n(
    "en",
    "health_tip",
    "Running in the heat? Our sports med team says: pre-hydrate, add salt, slow your pace 30 sec/mile for every 10°F over 60°F. Worried about a runner? Find our tents at Miles 17 and 21. ☀️",
    "tip; hospital tent locations.",
)

# 97
p(
    "es",
    "birth_announcement",
    "🎄 ¡El regalo llegó temprano! Jadiel Omar Santiago Vélez nació en Nochebuena, a las 11:48 p.m., 12 minutos antes de Navidad. Papi Edwin y mami Yaritza ya le compraron su primer jersey de los Cangrejeros. 🇵🇷",
    [
        ("NAME", "Jadiel Omar Santiago Vélez"),
        ("DATE", "Nochebuena"),
        ("NAME", "Edwin"),
        ("NAME", "Yaritza"),
    ],
    note="baby's full name with double surname; born on Christmas Eve (Navidad is explicitly not his birthday); parents (papi/mami excluded).",
)

# 98
n(
    "es",
    "event",
    "🎄 Posada navideña para familias de la UCIN el 16 de diciembre, 5 p.m., en el auditorio de Pilsen. Habrá piñata, ponche y Santa Claus bilingüe. Confirme al (312) 555-0122.",
    "event date and venue; hospital line.",
)

# 99
p(
    "en",
    "pasted_record",
    "Fwd from referral coordinator (pls don't post!!): KRAWCZYK, BEATA  DOB 4/9/1947  MRN 002-118-430. Daughter Ewa wants records faxed to her office, 773-555-0161. Cardiology f/u 5/14.",
    [
        ("NAME", "KRAWCZYK, BEATA"),
        ("DATE", "4/9/1947"),
        ("MRN", "002-118-430"),
        ("NAME", "Ewa"),
        ("FAX", "773-555-0161"),
        ("DATE", "5/14"),
    ],
    note="pasted referral: LAST, FIRST, DOB, MRN, daughter's name and fax, follow-up date.",
)

# 100
n(
    "en",
    "hospital_contact",
    "Our new Humboldt Park Clinic address is 2701 W Division St (across from the flag!). Take the 70 Division bus or the Blue Line to Division. Appointments: (773) 555-0146.",
    "the hospital's clinic address, transit directions and number.",
)

# 101
p(
    "en",
    "patient_story",
    "Jurek shoveled his own walk AND his neighbor's on Milwaukee Ave on Feb. 2 — then felt the chest pain. His wife Bożena drove him straight to our ED. Two stents later, Jurek has agreed (reluctantly) that his grandson Kuba can do the shoveling. ❄️❤️",
    [
        ("NAME", "Jurek", "*"),
        ("GEO", "Milwaukee Ave"),
        ("DATE", "Feb. 2"),
        ("NAME", "Bożena"),
        ("NAME", "Kuba"),
    ],
    note="Polish diminutive, home street, date of the heart attack, wife and grandson.",
)

# 102
n(
    "es",
    "health_tip",
    "Palear nieve es ejercicio pesado. Si tiene más de 55 años, problemas del corazón o fuma, pídale ayuda a un vecino. Dolor de pecho = llame al 911. No maneje usted mismo al hospital. ❤️❄️",
    "tip; population age.",
)

# 103
p(
    "es",
    "memorial",
    "El día 9 se cumple un año desde que perdimos a Kevin 'KJ' Maldonado, de 17 años, herido de bala frente a su casa en la 25 y Sawyer. Su mamá, Leticia, nos pidió que lo recordáramos hoy. Te extrañamos, KJ. 🕯️ #JusticiaParaKJ",
    [
        ("DATE", "día 9"),
        ("NAME", "Kevin 'KJ' Maldonado"),
        ("NAME", "KJ", "*"),
        ("GEO", "25 y Sawyer"),
        ("NAME", "Leticia"),
        ("NAME", "#JusticiaParaKJ"),
    ],
    note="day of month of his death; name and nickname; corner of his home; mother; name hashtag. Age 17 not labelled.",
)

# 104
n(
    "en",
    "public_figure",
    "Ald. Nicolás Ybarra joined our trauma nurses this morning to talk violence prevention with students from Benito Juárez High School. Thank you for showing up for Pilsen. 🙏🏽",
    "public figure visiting; school named for a historical figure.",
)

# 105
p(
    "en",
    "patient_story",
    "With his blessing: Ald. Nicolás Ybarra is recovering on our Pilsen campus after emergency gallbladder surgery on Labor Day. He says thanks to the ED team and promises to stop skipping meals. 🙏🏽",
    [("NAME", "Nicolás Ybarra"), ("DATE", "Labor Day")],
    note="a public figure who is the patient here: name (Ald. excluded) and the holiday of his surgery.",
)

# 106
n(
    "es",
    "staff_spotlight",
    "Esta semana cumple 25 años con nosotros el Dr. Wojciech Nowak, cirujano de trauma nacido en Cracovia el 3 de mayo, Día de la Constitución polaca. ¡Sto lat, doctor! 🇵🇱",
    "staff surgeon's birthplace and birthday are not patient identifiers.",
)

# 107
p(
    "es",
    "thank_you",
    "Gracias a los compañeros de Taquería El Milagro que donaron sangre por su compañera Rosa María Peña-Olvera después de su accidente en la Cermak. Rosa María ya está en rehabilitación. ❤️🩸",
    [
        ("NAME", "Taquería El Milagro"),
        ("NAME", "Rosa María Peña-Olvera"),
        ("NAME", "Rosa María", "*"),
        ("GEO", "Cermak"),
    ],
    note="patient's employer (NAME); name with hyphenated surname; first names again; road of her crash.",
)

# 108
n(
    "es",
    "anonymous_story",
    "Una mamá joven llegó a Urgencias con su bebé de 3 semanas ardiendo en fiebre a las 2 de la mañana. Hoy el bebé está sano y la mamá trajo pan dulce para el turno de noche. Gracias por confiar en nosotros. 🍞",
    "nameless story; age in weeks and hour are not identifiers.",
)

# 109
p(
    "en",
    "thank_you",
    "big love to @the.wisniewski.five for the 60 pierogi they dropped off for night shift after little Antek's tonsils came out 🥟 antek, you're the real MVP",
    [("OTHER_ID", "@the.wisniewski.five"), ("NAME", "Antek"), ("NAME", "antek")],
    note="family social handle; patient's name in normal and lower case (little excluded).",
)

# 110
n(
    "en",
    "campaign_hashtag",
    "#GraceUnderPressure 🙌 This week we celebrate our respiratory therapists — the folks who kept Chicago breathing through three COVID winters. Tag an RT who made a difference. #RTWeek",
    "campaign hashtag containing a word that is also a name.",
)

# 111
p(
    "en",
    "anonymous_story",
    "To whoever left the anonymous card for the patient in Room 512 — she cried happy tears. We passed it along. Chicago, you're the best. 💌",
    [("OTHER_ID", "Room 512")],
    note="no name, but a room number tied to the patient is an identifier.",
)

# 112
n(
    "en",
    "event",
    "Visiting hours update: 4 West and 5 West are open 8 am–8 pm, two visitors per patient. ICU visits by arrangement, call (312) 555-0100. Masks available at every entrance. 😷",
    "units and hours; hospital number.",
)

# 113
p(
    "es",
    "pasted_record",
    "[Mensaje del portal] Usuario: yari.ocasio87 — “Buenas, soy la hija de Ramona Ocasio (MRN 48-220-915), ¿pueden cambiar su cita del 3 de marzo? Vivimos en la 3400 W Cortland y no tengo carro.”",
    [
        ("OTHER_ID", "yari.ocasio87"),
        ("NAME", "Ramona Ocasio"),
        ("MRN", "48-220-915"),
        ("DATE", "3 de marzo"),
        ("GEO", "3400 W Cortland"),
    ],
    note="pasted portal message: daughter's portal user name, patient's name, MRN, appointment date, home address.",
)

# 114
n(
    "es",
    "recruitment",
    "¡Se buscan intérpretes médicos de español, polaco y portugués! Turnos flexibles en Pilsen y Humboldt Park. Envíe su CV a empleos@lakesidewest.org antes del 30 de junio. 💼",
    "recruitment; hospital e-mail; deadline date.",
)

# 115
p(
    "en",
    "milestone_birthday",
    'NINETY-SIX and still making the best pasteles on Rockwell Street 🇵🇷 Happy birthday to our longtime dialysis patient Doña Monserrate "Monsi" Figueroa! Your chair on Tuesdays will be decorated. 🎈',
    [("AGE", "NINETY-SIX"), ("GEO", "Rockwell Street"), ("NAME", 'Monserrate "Monsi" Figueroa')],
    note="ALL-CAPS age in words; home street; name with quoted nickname (Doña excluded).",
)

# 116
n(
    "en",
    "health_tip",
    "Black ice is invisible. Walk like a penguin 🐧: short steps, feet flat, arms out. If you fall, don't rush to get up. Our ED saw 46 hip fractures in January alone.",
    "tip and statistic.",
)

# 117
p(
    "es",
    "discharge",
    "Lo que une Chicago: Kasia (polaca) y Mateo (de Jalisco) recibieron hoy el alta de su gemelas, Lena y Luna, tras 61 días en la UCIN. Se van a su casa en Brighton Park. 💕👶🏻👶🏽",
    [
        ("NAME", "Kasia"),
        ("NAME", "Mateo"),
        ("NAME", "Lena"),
        ("NAME", "Luna"),
        ("GEO", "Brighton Park"),
    ],
    note="parents and twins; home neighbourhood. Jalisco is a state; 61 días a duration.",
)

# 118
n(
    "es",
    "eponymous_condition",
    "Mayo es el mes de concientización sobre la enfermedad de Lyme y el síndrome de Ehlers-Danlos. ¿Preguntas? Clínica de especialidades: (312) 555-0100. 💙",
    "eponymous conditions; awareness month.",
)

# 119
p(
    "en",
    "patient_story",
    "Mr. C, one of our favorite dialysis regulars, rode the Blue Line from Logan Square every Monday, Wednesday and Friday for 9 years. Today, December 5th, he got the call: a kidney. 🎉 Go get it, Mr. C!",
    [("NAME", "C", "*"), ("GEO", "Logan Square"), ("DATE", "December 5th")],
    note="initial used as the patient's name (Mr. excluded); home neighbourhood; transplant date. Weekdays not labelled.",
)

# 120
n(
    "en",
    "anonymous_story",
    "Overheard at 3 am in our ED waiting room: a grandpa in a Sox jacket teaching a scared teenager to play cribbage while they both waited to be seen. This is the West Side. 🃏",
    "nameless moment; no identifiers.",
)

# 121
p(
    "en",
    "patient_story",
    "You know her as the voice that answers our main line at (312) 555-0100. This month Yolanda Betancourt-Díaz was on the other end of the call: on January 17 she slipped on the ice at the California Blue Line platform and broke both wrists. Our ortho team put her back together, her husband Raúl learned to braid her hair (badly, he admits), and her granddaughter Itzayana made get-well cards for all of 4 West. Yolanda is back at the switchboard Monday. 💙 #LakesideFamily",
    [
        ("NAME", "Yolanda Betancourt-Díaz"),
        ("NAME", "Yolanda", "*"),
        ("DATE", "January 17"),
        ("GEO", "California"),
        ("NAME", "Raúl"),
        ("NAME", "Itzayana"),
    ],
    note="a staff member who is the patient here: name, date of the fall, CTA station where she fell, husband and granddaughter. The main line is the hospital's.",
)

# 122
n(
    "es",
    "staff_spotlight",
    "Conozcan a Wilfredo “Papo” Rivera, nuestro técnico de rayos X en Humboldt Park desde 1998. Nacido en Aguadilla, criado en la Division, Papo conoce a medio barrio por su nombre. Los sábados entrena a un equipo de pelota de niños y los domingos cocina arroz con gandules para toda la clínica. “Aquí no se atiende pacientes, se atiende familia”, dice. ¡Gracias por 27 años, Papo! 🇵🇷⚾",
    "staff member's name, nickname, birthplace and street: never labelled.",
)

# 123
p(
    "es",
    "discharge",
    "¡Wichy se fue a casa! Gracias, 3 Norte. 🙌",
    [("NAME", "Wichy")],
    note="patient's nickname.",
)

# 124
n(
    "en",
    "health_tip",
    "Dr. Kowalczyk says: wear your helmet. Every ride. 🚲",
    "tip from a staff doctor.",
)

# 125
p(
    "en",
    "memorial",
    "Pan Henryk Zieliński died peacefully on Wigilia, surrounded by his family and the smell of his daughter Renata's barszcz, which she smuggled onto 6 West. He was 98. Wieczny odpoczynek, Panie Henryku. 🕯️",
    [
        ("NAME", "Henryk Zieliński"),
        ("DATE", "Wigilia"),
        ("NAME", "Renata"),
        ("AGE", "98"),
        ("NAME", "Henryku"),
    ],
    note="name (Pan/Panie excluded) and its Polish vocative form; died on Christmas Eve (Wigilia); daughter; age 98.",
)

# 126
n(
    "en",
    "public_figure",
    "Fun fact for Polish Heritage Month: Tadeusz Kościuszko, hero of two revolutions, has a statue in Humboldt Park — a short walk from our clinic at 2701 W Division St. 🇵🇱🇺🇸 Stop by for a free BP check Friday.",
    "historical figure; hospital clinic address.",
)

# 127
p(
    "en",
    "discharge",
    "finaly home!!! after 40 days our girl jazmine is back in 60632 with her 4 brothers and a very spoiled chihuahua named Taco 🌮 thank u 4 west for everything",
    [("NAME", "jazmine"), ("GEO", "60632")],
    note="lower-case first name; home ZIP. The dog's name is not labelled.",
)

# 128
n(
    "es",
    "event",
    "💐 Este 10 de mayo, Día de las Madres, regalaremos flores a todas las mamás que visiten nuestra clínica de Little Village. ¡Feliz día a todas! 3420 W 26th St.",
    "holiday event; hospital clinic address.",
)

# 129
p(
    "es",
    "birth_announcement",
    "¡El mejor regalo del Día de las Madres! 💐 Ximena Guadalupe nació el 10 de mayo en nuestro piso de maternidad. Su mamá, Araceli, dice que este año no quiere flores, ya tiene suficiente. 😄",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Ximena Guadalupe"),
        ("DATE", "10 de mayo"),
        ("NAME", "Araceli"),
    ],
    note="birthday as holiday and as day-month; baby and mother.",
)

# 130
n(
    "es",
    "campaign_hashtag",
    "#AbuelaApproved 👵🏽✅ Nuestras recetas de caldo de pollo bajo en sodio ya están en lakesidewest.org/recetas. Etiqueta a tu abuela favorita. #ComeSano",
    "campaign hashtags; hospital domain.",
)

# 131
p(
    "en",
    "pasted_record",
    'can someone tell me why the ED board is printing on our twitter lol 🤦 — "ZAJAC, T | 44M | wristband LW-ED-7784213 | enc 2025-0412-0098 | Trauma 2 | hx HTN"',
    [
        ("NAME", "ZAJAC, T"),
        ("OTHER_ID", "LW-ED-7784213"),
        ("OTHER_ID", "2025-0412-0098"),
        ("OTHER_ID", "Trauma 2"),
    ],
    note="pasted ED board line: LAST, initial; wristband and encounter numbers; trauma bay (a bed, keyword included). Age 44 not labelled.",
)

# 132
n(
    "en",
    "research",
    "Our trauma surgeons just published 5 years of data: Chicago gunshot victims treated within 15 minutes of injury had 38% lower mortality. Next free Stop the Bleed class: June 21, 10 am. lakesidewest.org/stopthebleed",
    "research statistic; class date; hospital domain.",
)

# 133
p(
    "es",
    "patient_story",
    "Don Efraín llegó de Ponce hace 6 meses para vivir con su hija Marisol en la Kostner. El 27 de junio, con 98°F, su cuerpo no aguantó el calor. Hoy, gracias al equipo de la UCI y a su nieto Josué, que lo encontró a tiempo, está de vuelta jugando dominó. 🇵🇷",
    [
        ("NAME", "Efraín"),
        ("GEO", "Ponce"),
        ("NAME", "Marisol"),
        ("GEO", "Kostner"),
        ("DATE", "27 de junio"),
        ("NAME", "Josué"),
    ],
    note="patient (Don excluded), home town in Puerto Rico, daughter, home street, date of heatstroke, grandson. 98°F is a temperature.",
)

# 134
n(
    "es",
    "statistic",
    "La ola de calor de esta semana: 87 visitas a Urgencias por golpe de calor, 61% personas mayores de 65, 12 hospitalizados. Revise a sus vecinos. Centros de enfriamiento: llame al 311. 🥵",
    "statistics.",
)

# 135
p(
    "en",
    "thank_you",
    "A letter we'll frame: \"My grandmother Teodora doesn't speak English, and your interpreter Ana sat with her for two hours so she wouldn't be scared.\" — from her grandson Luis. Luis, we shared your note with Ana. Write us anytime: patientrelations@lakesidewest.org 💌",
    [("NAME", "Teodora"), ("NAME", "Luis", "*")],
    note="patient and grandson; the interpreter is staff; hospital e-mail.",
)

# 136
n(
    "en",
    "staff_spotlight",
    "Shoutout to our interpreter team: 31 languages, 94,000 encounters last year, from K'iche' to Polish to ASL. Special thanks to Ana Beltrán, who has interpreted in our Pilsen ED since 1995. 🗣️",
    "staff; statistics.",
)

# 137
p(
    "en",
    "patient_story",
    "He was walking his little sister Amani home from the Cicero Green Line stop when the shots started. Jaylen, 15, shielded her with his body. After 4 surgeries, Jaylen came home to Austin on Thanksgiving. #JAYLENSTRONG #PeaceInChicago",
    [
        ("NAME", "Amani"),
        ("GEO", "Cicero"),
        ("NAME", "Jaylen", "*"),
        ("GEO", "Austin"),
        ("DATE", "Thanksgiving"),
        ("NAME", "#JAYLENSTRONG"),
    ],
    note="sister; CTA station where he was shot; patient name and ALL-CAPS name hashtag; home neighbourhood; discharge holiday. Age 15 not labelled; #PeaceInChicago is a campaign.",
)

# 138
n(
    "en",
    "eponymous_condition",
    "Youth pitchers: Tommy John surgery isn't a rite of passage. Our sports medicine clinic offers free arm-care screenings for Little League teams on Saturdays in May. Call (312) 555-0100.",
    "eponymous procedure; hospital line.",
)

# 139
p(
    "es",
    "pasted_record",
    "URGENTE PARA FACTURACIÓN — Pte: GONZÁLEZ DE LA CRUZ, MARÍA DEL CARMEN; F. nac. 02/02/1955; Medicaid IL 553019822; Cuenta 77-4410293; dirección 2218 S Albany Ave apto 2R. [borrar]",
    [
        ("NAME", "GONZÁLEZ DE LA CRUZ, MARÍA DEL CARMEN"),
        ("DATE", "02/02/1955"),
        ("HEALTH_PLAN", "553019822"),
        ("ACCOUNT", "77-4410293"),
        ("GEO", "2218 S Albany Ave apto 2R"),
    ],
    note="pasted billing line: compound surname LAST, FIRST; DOB; Medicaid number; account; street address with apartment.",
)

# 140
n(
    "es",
    "hospital_contact",
    "📍 Nuestras sedes: Campus Pilsen, 1850 W Cermak Rd · Clínica Little Village, 3420 W 26th St · Clínica Humboldt Park, 2701 W Division St. Citas en español: (312) 555-0159. Portal: lakesidewest.org/mychart",
    "the hospital's addresses, line and domain.",
)

# 141
p(
    "en",
    "milestone_birthday",
    'Our resident nonagenarian DJ, Mr. Clarence "Smooth C" Whitaker, spun Motown for the whole dialysis unit on his birthday, March 22nd. Requests accepted Tuesdays and Thursdays. 🎶',
    [("AGE", "nonagenarian"), ("NAME", 'Clarence "Smooth C" Whitaker'), ("DATE", "March 22nd")],
    note="'nonagenarian' states an age over 89; name with nickname; birthday.",
)

# 142
n(
    "en",
    "anonymous_story",
    "Last night a man walked into our ED carrying a stranger he'd found collapsed at a bus stop. He didn't leave a name, he just asked us to 'take care of him.' We did. To the good Samaritan: thank you. 🙏",
    "nameless story; no place named.",
)

# 143
p(
    "es",
    "memorial",
    "hoy hace 1 año que se nos fue mi abuelita chayo, el 1º de junio... gracias a las enfermeras del 6 oeste que la cuidaron como reina. te extrañamos abue 💐 (compartido por su nieta, con permiso)",
    [("NAME", "chayo"), ("DATE", "1º de junio")],
    note="lower-case nickname; date of death with ordinal sign.",
)

# 144
n(
    "es",
    "health_tip",
    "¿Su papá repite las mismas preguntas? No siempre es la edad. Conozca las 10 señales del Alzheimer en nuestra charla gratuita del 18 de septiembre, 6 p.m., Clínica Humboldt Park. Registro: (773) 555-0146.",
    "eponymous condition; event date; hospital clinic line.",
)

# 145
p(
    "en",
    "patient_story",
    "Agnieszka flew in from Rzeszów to run her first Chicago Marathon. At mile 25 her knee gave out. She crawled the last 200 meters to the finish, then came to our ED. Torn meniscus, medal intact. Her sister Dorota ran beside her the whole way. 🏅🇵🇱",
    [("NAME", "Agnieszka"), ("GEO", "Rzeszów"), ("NAME", "Dorota")],
    note="patient's first name; home city abroad; sister.",
)

# 146
n(
    "en",
    "event",
    "We need 60 more medical volunteers for marathon weekend! Nurses, EMTs, PTs: sign up by Sept 15 at lakesidewest.org/marathon. Questions: Volunteer Services, (312) 555-0193. 🏃",
    "event deadline; hospital domain and line.",
)

# 147
p(
    "es",
    "patient_story",
    "Don Anselmo trabajó 40 años en la tortillería El Ranchito. Hoy, en su cumpleaños 92, sus excompañeros vinieron al 5 Oeste con mariachi y tortillas recién hechas. ¡Felicidades, don Anselmo! 🎺",
    [("NAME", "Anselmo", "*"), ("NAME", "El Ranchito"), ("AGE", "92")],
    note="name (don excluded), employer (NAME), age 92.",
)

# 148
n(
    "es",
    "sponsor",
    "Gracias a Supermercado La Hacienda y a la Cámara de Comercio de La Villita por patrocinar la carrera 5K “Corre por la Salud” del 7 de septiembre. ¡Más de 1,200 corredores! 🏃🏽‍♀️",
    "sponsors; event date.",
)

# 149
p(
    "en",
    "discharge",
    "Home today after heatstroke: our favorite 93-year-old from Little Village. Stay cool, abuelo! #TeamDonBeto",
    [("AGE", "93-year-old"), ("GEO", "Little Village"), ("NAME", "#TeamDonBeto")],
    note="age over 89, home neighbourhood, name hashtag.",
)

# 150
n(
    "en",
    "campaign_hashtag",
    "Marathon day is here! Cheer for the 112 nurses, doctors and techs running for our NICU today with #TeamLakeside 💙 Find our cheer station at Mile 17 in Pilsen.",
    "staff team hashtag; event location.",
)

# 151
p(
    "es",
    "thank_you",
    "La familia de Nena Colón nos pide compartir: “Gracias a Urgencias por atender a mami el 4 de julio. Si alguien encontró su cartera en la Western, llame a mi hermano Tito al +1 773 555 0190.” Para objetos perdidos en el hospital: (312) 555-0100.",
    [
        ("NAME", "Nena Colón"),
        ("DATE", "4 de julio"),
        ("GEO", "Western"),
        ("NAME", "Tito"),
        ("PHONE", "+1 773 555 0190"),
    ],
    note="patient, date of her ED visit, street where she lost her wallet, son and his phone; the hospital's lost-and-found number is not labelled.",
)

# 152
n(
    "es",
    "staff_spotlight",
    "Todos en la UCIN le dicen “la Nena” porque entró a trabajar aquí a los 19 años. Hoy, 33 años después, la enfermera Marilú Negrón se jubila. ¡Gracias por cuidar a más de 5,000 bebés! 👶🏽💕",
    "a nurse's nickname and name: staff.",
)

# 153
p(
    "en",
    "pasted_record",
    'DRAFT v2 — do not publish until family signs release: "Thanks to the Hernández-Kowalski family (contact: Magda, magda.hk@yahoo.com, 708-555-0119) for letting us share baby Tymon\'s NICU journey."',
    [
        ("NAME", "Hernández-Kowalski"),
        ("NAME", "Magda"),
        ("EMAIL", "magda.hk@yahoo.com"),
        ("PHONE", "708-555-0119"),
        ("NAME", "Tymon"),
    ],
    note="draft with the family's hyphenated surname, mother's name, e-mail and phone, baby's name.",
)

# 154
n(
    "en",
    "sponsor",
    "Thank you, Abuela Rosa's Tamales! Owner Rosa Villegas brought 300 tamales to feed our staff during the blizzard. ❄️🫔 Support local: 26th & Kedzie.",
    "a business owner who fed staff; her business's location.",
)

# 155
p(
    "en",
    "patient_story",
    "Found in the parking garage: the keys to a silver Honda, VIN 1HGCM82633A004352, belonging to our patient Mr. Dąbrowski in Room 412. If that's you, Mr. D, your nephew Paweł can pick them up at Security.",
    [
        ("VEHICLE", "1HGCM82633A004352"),
        ("NAME", "Dąbrowski"),
        ("OTHER_ID", "Room 412"),
        ("NAME", "D"),
        ("NAME", "Paweł"),
    ],
    note="vehicle VIN, surname and initial (Mr. excluded), room with keyword, nephew.",
)

# 156
n(
    "es",
    "crisis_update",
    "Atendemos a 4 personas heridas en el tiroteo de anoche en la calle 24 y Kostner. Familiares: llamen a Relaciones con Pacientes, (312) 555-0122. No publicaremos nombres. Pedimos paz para La Villita. 🕊️",
    "crisis update: the scene of a public incident with several unnamed victims is not tied to an identified patient.",
)

# 157
p(
    "es",
    "patient_story",
    "Kiara se tiró al lago en Montrose Beach el Día de San Juan, 24 de junio, como manda la tradición boricua... y se cortó el pie con un vidrio. 14 puntos después, dice que el año que viene vuelve. 🌊🇵🇷 ¡Cuidado con los pies, Kiara!",
    [
        ("NAME", "Kiara", "*"),
        ("GEO", "Montrose Beach"),
        ("DATE", "Día de San Juan"),
        ("DATE", "24 de junio"),
    ],
    note="name twice; beach where she was hurt; date of injury as feast day and day-month.",
)

# 158
n(
    "es",
    "public_figure",
    "Cada 31 de diciembre recordamos a Roberto Clemente, que murió llevando ayuda a Nicaragua. Este año, nuestra campaña #ComoClemente recolectó 2,000 juguetes para niños de Humboldt Park. ⚾🇵🇷",
    "historical figure's death date; campaign hashtag with his name.",
)

# 159
p(
    "en",
    "milestone_birthday",
    "Our Pi Day twins turn 1 today! 🥧 Ava and Eli Kamiński were born 3/14 at 31 weeks. Mom Kinga brought a cherry pie to the NICU to celebrate. Happy birthday, Ava & Eli!",
    [
        ("DATE", "Pi Day"),
        ("NAME", "Ava", "*"),
        ("NAME", "Eli Kamiński"),
        ("NAME", "Eli", "*"),
        ("DATE", "3/14"),
        ("NAME", "Kinga"),
    ],
    note="birthday as named day and as 3/14; twins' names and surname; mother.",
)

# 160
n(
    "en",
    "statistic",
    "March 14 is Pi Day AND World Kidney Day this year. 37 million Americans have kidney disease and most don't know it. Free kidney screenings at our Little Village Clinic, 9 am–1 pm. 🥧🫘",
    "awareness days and statistics.",
)

# 161
p(
    "es",
    "birth_announcement",
    "¡Gemelos con dos cumpleaños! Mateo nació el 31 de diciembre a las 11:57 p.m. y su hermano Tadeo el 1 de enero a las 12:04 a.m. Sus papás, Wiktoria y Julio, ya planean dos fiestas. 🎉🎆",
    [
        ("NAME", "Mateo"),
        ("DATE", "31 de diciembre"),
        ("NAME", "Tadeo"),
        ("DATE", "1 de enero"),
        ("NAME", "Wiktoria"),
        ("NAME", "Julio"),
    ],
    note="twins and their two birth dates; parents (Julio is a name here, not the month).",
)

# 162
n(
    "es",
    "event",
    "🎆 El 31 de diciembre nuestro equipo de Urgencias estará listo. Por favor: no dispare al aire. Las balas que suben, bajan. El año pasado atendimos a 3 personas heridas por balas perdidas en Año Nuevo.",
    "holiday safety message; statistic.",
)

# 163
p(
    "en",
    "pasted_record",
    "Pls remove!! — Pt: Lopez, Brian (DOB 08/15/2006), GSW L thigh, CPD RD# JH-418273, found at 21st & Loomis 02:10. Mother (Sandra Lopez) at bedside, bed 9.",
    [
        ("NAME", "Lopez, Brian"),
        ("DATE", "08/15/2006"),
        ("OTHER_ID", "JH-418273"),
        ("GEO", "21st & Loomis"),
        ("NAME", "Sandra Lopez"),
        ("OTHER_ID", "bed 9"),
    ],
    note="pasted trauma note: LAST, FIRST; DOB; police report number; corner where he was found; mother; bed with keyword.",
)

# 164
n(
    "en",
    "health_tip",
    "Heading to the lakefront for the Air & Water Show? The Pink and Green Lines will be packed. Bring water, sunscreen and a hat, and know the signs of heat exhaustion. Our EDs are ready. ☀️",
    "event tip; transit lines.",
)

# 165
p(
    "en",
    "patient_story",
    "Precious is our NICU's tiniest fighter: 1 lb 2 oz when she was born on Halloween. Her mom says she's \"a precious little pumpkin.\" 🎃 Today Precious weighs 4 lbs and is breathing on her own!",
    [("NAME", "Precious", "*"), ("DATE", "Halloween")],
    note="name that is a word (lower-case 'precious' is the word); birthday holiday.",
)

# 166
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Hope Okafor and nurse Faith Lindqvist, our 2025 Daisy and Bee award winners! 🌼🐝 Both were nominated by patients' families on 3 North.",
    "staff with word-like first names.",
)

# 167
p(
    "es",
    "thank_you",
    "La familia Wróblewski de Archer Heights nos trajo pierogi para celebrar que su papá, Zdzisław, salió de su cirugía de corazón el día 5. ¡Gracias! Dziękujemy! 🥟",
    [("NAME", "Wróblewski"), ("GEO", "Archer Heights"), ("NAME", "Zdzisław"), ("DATE", "día 5")],
    note="family surname, home neighbourhood, patient's name, day of month of his surgery.",
)

# 168
n(
    "es",
    "research",
    "Nuevo estudio: la diabetes tipo 2 en adultos latinos de Chicago aumentó 18% desde 2015. Participa en nuestro estudio “Corazón Sano” si tienes 40-75 años. Info: investigacion@lakesidewest.org",
    "research; population ages; hospital e-mail.",
)

# 169
p(
    "en",
    "milestone_birthday",
    "Happy Dyngus Day from our 102-year-old birthday girl! 💦 Mrs. Halina Kołodziej was born on Dyngus Day in Zakopane and says she's been splashed with water on every birthday since. Sto lat! 🇵🇱",
    [
        ("DATE", "Dyngus Day", "*"),
        ("AGE", "102-year-old"),
        ("NAME", "Halina Kołodziej"),
        ("GEO", "Zakopane"),
    ],
    note="her birthday is Dyngus Day (both mentions); age; name (Mrs. excluded); birthplace town.",
)

# 170
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — 3/21, for the three copies of chromosome 21. Rock your mismatched socks 🧦 and join our family picnic at Harrison Park, noon–3. #RockYourSocks",
    "eponymous condition; awareness day; event venue.",
)

# 171
p(
    "es",
    "patient_story",
    "Nuestra paciente Yamilet, de Humboldt Park, viene cada mes a la Clínica Humboldt Park para su insulina. En su quinceañera, el 8 de marzo, bailó el vals con su papá, Ángel, sin bajar el azúcar ni una vez. 👑💙",
    [("NAME", "Yamilet"), ("GEO", "Humboldt Park", 1), ("DATE", "8 de marzo"), ("NAME", "Ángel")],
    note="name; home neighbourhood (the second 'Humboldt Park' is the hospital's clinic); date of her quinceañera; father.",
    ok=("Humboldt Park",),
)

# 172
n(
    "es",
    "anonymous_story",
    "Un señor nos pidió que le tomáramos una foto con el equipo de trauma que le salvó la vida hace 10 años. No quiso salir en redes, pero quería que supieran: “Gracias a ustedes conocí a mis nietos.” 💙",
    "nameless former patient; no photo is attached or shown.",
)

# 173
p(
    "en",
    "patient_story",
    'When the heat index hit 110 on August 2, Grandma Lupe refused to leave her third-floor walk-up on Blue Island Ave. Her neighbor, a retired CTA mechanic named Stan Nowak, checked on her twice a day — and the second time he found her confused and burning up. He called 911, rode with her in the ambulance, and called her daughter Graciela in Aurora. Lupe spent 5 days in our ICU. Stan got a hug from the whole family and a lifetime supply of tamales, and Lupe\'s advice for the next heat wave is simple: "When your neighbor knocks, open the door." Check on each other, Chicago. 🥵❤️',
    [
        ("DATE", "August 2"),
        ("NAME", "Lupe", "*"),
        ("GEO", "Blue Island Ave"),
        ("NAME", "Graciela"),
        ("GEO", "Aurora"),
    ],
    note="date of heatstroke; patient (Grandma excluded); home street; daughter and her city. The neighbour who helped is a bystander, not a relative or household member.",
)

# 174
n(
    "en",
    "public_figure",
    "Chicago Fire midfielder Kuba Lis stopped by our pediatric floor with signed scarves and a lot of bad Spanish. The kids loved it. 🔥⚽",
    "visiting public figure; anonymous patients.",
)

# 175
p(
    "es",
    "pasted_record",
    "Nota interna (no publicar): paciente Bermúdez Soto, Néstor — sesión del portal 10.24.118.62 — la familia publica actualizaciones en caringbridge.org/visit/nestorbermudez",
    [
        ("NAME", "Bermúdez Soto, Néstor"),
        ("IP", "10.24.118.62"),
        ("URL", "caringbridge.org/visit/nestorbermudez"),
    ],
    note="double surname LAST, FIRST; portal session IP; family's update page URL.",
)

# 176
n(
    "es",
    "hospital_contact",
    "¿Perdió algo en el hospital? Objetos perdidos: Seguridad, Campus Pilsen, 1850 W Cermak Rd, sótano. Tel. (312) 555-0100, ext. 2. Horario: 24 horas. 🔑",
    "hospital address and line.",
)

# 177
p(
    "en",
    "birth_announcement",
    "Thanksgiving baby alert 🦃 Welcome Xiomara Nicole, born Nov. 27 at 6 lb 6 oz! Grandma Wanda says she's the best thing she's ever been thankful for. #XiomaraNicole #GobbleGobble",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Xiomara Nicole"),
        ("DATE", "Nov. 27"),
        ("NAME", "Wanda"),
        ("NAME", "#XiomaraNicole"),
    ],
    note="birthday as holiday and date; baby; grandmother (Grandma excluded); name hashtag.",
)

# 178
n(
    "en",
    "campaign_hashtag",
    "Meet MARIA, our new bilingual discharge chatbot 🤖 Ask MARIA about your meds, appointments and parking at lakesidewest.org/maria. #AskMaria",
    "a chatbot's name and its campaign hashtag; hospital domain.",
)

# 179
p(
    "es",
    "milestone_birthday",
    "¡95 primaveras! Don Lázaro Huerta, nonagenario orgulloso de Uruapan, celebró su cumpleaños en diálisis con su esposa Remedios y un pastel sin azúcar. 🎂 ¡Que cumpla muchos más!",
    [
        ("AGE", "95"),
        ("NAME", "Lázaro Huerta"),
        ("AGE", "nonagenario"),
        ("GEO", "Uruapan"),
        ("NAME", "Remedios"),
    ],
    note="age 95 and 'nonagenario'; name (Don excluded); home town; wife (a name that is also a word).",
)

# 180
n(
    "es",
    "statistic",
    "Maratón de Chicago 2025: nuestras carpas médicas atendieron a 412 corredores, 38 por golpe de calor y 2 por paro cardíaco (ambos sobrevivieron gracias a la RCP). ¡Gracias a los 140 voluntarios! 🏃🏽‍♂️",
    "statistics.",
)

# 181
p(
    "es",
    "patient_story",
    "Don Nando Rosario, de Caguas, se cayó de una escalera arreglando el techo el 1ro de mayo. Hoy ya camina con andador y su esposa, Titi Blanca, dice que se acabaron las escaleras. Para mandarle tarjetas: su hija Ivelisse, 773.555.0144. 💌",
    [
        ("NAME", "Nando Rosario"),
        ("GEO", "Caguas"),
        ("DATE", "1ro de mayo"),
        ("NAME", "Blanca"),
        ("NAME", "Ivelisse"),
        ("PHONE", "773.555.0144"),
    ],
    note="name (Don excluded), home town, date of the fall, wife (Titi excluded), daughter and her phone.",
)

# 182
n(
    "en",
    "sponsor",
    "Eleanor Brzezinski turned 98 this spring and celebrated by funding 10 new NICU incubators. 💙 Thank you, Eleanor, for 40 years of giving to Lakeside West. #DonorSpotlight",
    "a donor's name and age over 89: donors are never labelled.",
)

# 183
p(
    "en",
    "milestone_birthday",
    "Sto lat, Pani Basia! 🎉 Barbara Sowa celebrated her 90th birthday (born 12.03.1935 in Kraków, she'll tell you) with a pączek on our cardiac unit. Her grandson Tomek brought the candles; our nurses brought the singing.",
    [
        ("NAME", "Basia"),
        ("NAME", "Barbara Sowa"),
        ("AGE", "90th"),
        ("DATE", "12.03.1935"),
        ("GEO", "Kraków"),
        ("NAME", "Tomek"),
    ],
    note="diminutive (Pani excluded) and full name; ordinal age 90; European-format birth date with its year; birthplace city; grandson.",
)

# 184
n(
    "es",
    "hospital_contact",
    "¿Necesita una cama de hospital o silla de ruedas para su casa? Nuestro programa de préstamo de equipo médico es gratis. Llame al (312) 555-0122 o visite la Clínica Humboldt Park, 2701 W Division St.",
    "'cama' without a number and patient; hospital line and address.",
)

# 185
p(
    "en",
    "pasted_record",
    "Posted to wrong acct, sorry!! Intake: PEREZ, YESENIA  age 34  addr 4417 W Cermak Rd, Cicero 60804  email yesiperez34@hotmail.com  emerg contact: husband Omar 708-555-0183",
    [
        ("NAME", "PEREZ, YESENIA"),
        ("GEO", "4417 W Cermak Rd"),
        ("GEO", "Cicero"),
        ("GEO", "60804"),
        ("EMAIL", "yesiperez34@hotmail.com"),
        ("NAME", "Omar"),
        ("PHONE", "708-555-0183"),
    ],
    note="pasted intake: LAST, FIRST; home street address (same road as the hospital, different number), town and ZIP; e-mail; husband's name and phone. Age 34 not labelled.",
)

# 186
n(
    "en",
    "statistic",
    "In 2024 our hospitalists cared for 612 patients aged 90 and older — up 40% since 2019. Our Acute Care for Elders unit on 5 West is built for them. 👵🏾👴🏼",
    "population age over 89; statistics.",
)

# 187
p(
    "es",
    "memorial",
    "Nuestro equipo de trauma no pudo salvar a Nayeli, 16 años, herida de bala el sábado 3 en la Hermosa. Su abuela, doña Rafaela, pide justicia y paz. Descansa, mija. 🕊️ #justicianayeli",
    [
        ("NAME", "Nayeli"),
        ("DATE", "3"),
        ("GEO", "Hermosa"),
        ("NAME", "Rafaela"),
        ("NAME", "#justicianayeli"),
    ],
    note="name; day of month of the shooting (the weekday is not labelled); neighbourhood; grandmother (doña excluded); lower-case name hashtag. Age 16 not labelled.",
)

# 188
n(
    "es",
    "staff_spotlight",
    "Al Dr. Luis “Junior” Matos todos lo conocen por su risa. Nacido en Mayagüez, llegó a Chicago en 2003 y desde entonces dirige nuestro programa de heridas de bala en Humboldt Park. ¡Feliz Semana del Médico, Junior! 🩺",
    "doctor's nickname and birthplace: staff.",
)

# 189
p(
    "en",
    "thank_you",
    "OMG THE PIEROGI!!! 😭 Thank you to the whole crew at Staropolska Deli for the catering after your cashier Ela's emergency c-section. Ela + baby Nikodem are doing great and going home Friday!",
    [("NAME", "Staropolska Deli"), ("NAME", "Ela", "*"), ("NAME", "Nikodem")],
    note="patient's employer (NAME), patient and newborn.",
)

# 190
n(
    "en",
    "campaign_hashtag",
    "Ask Auntie 💬 Every Wednesday our nurse practitioner Auntie Dee answers your health questions live on Instagram. Send yours with #AskAuntieDee. This week: heat rash, sunscreen and swimmer's ear. ☀️",
    "a staff member's nickname and its campaign hashtag.",
)

# 191
p(
    "en",
    "discharge",
    "After 5 weeks on our cardiac unit, Chiqui Ramos-Lugo went home on Three Kings Day — January 6 — just in time for her grandkids to leave grass in their shoeboxes for the camels. 🐪👑 ¡Felicidades, Chiqui!",
    [
        ("NAME", "Chiqui Ramos-Lugo"),
        ("NAME", "Chiqui", "*"),
        ("DATE", "Three Kings Day"),
        ("DATE", "January 6"),
    ],
    note="nickname with hyphenated surname; discharge date as holiday and calendar date.",
)

# 192
n(
    "es",
    "event",
    "🇵🇷 ¡Nos vemos en el Desfile del Pueblo Puertorriqueño el sábado 21 de junio! Nuestra carpa de salud estará en Division y Washtenaw con agua, protector solar y pruebas de presión. #FiestasPuertorriqueñas",
    "event date and location.",
)

# 193
p(
    "es",
    "pasted_record",
    "Recordatorio interno — pte. KOWALCZYK, STANISŁAW, habitación 318, CP 60638, alta prevista 15/09. Hijo: Tomasz. NO PUBLICAR.",
    [
        ("NAME", "KOWALCZYK, STANISŁAW"),
        ("OTHER_ID", "habitación 318"),
        ("GEO", "60638"),
        ("DATE", "15/09"),
        ("NAME", "Tomasz"),
    ],
    note="pasted note: LAST, FIRST; room with keyword; postal code; planned discharge date (day/month); son.",
)

# 194
n(
    "en",
    "eponymous_condition",
    "Every parent should know the Heimlich maneuver. Free infant & child CPR classes in Spanish and English at our Pilsen campus, first Saturday of every month. Register: (312) 555-0100. 👶",
    "eponymous procedure; classes; hospital line.",
)

# 195
p(
    "en",
    "patient_story",
    "Yolanda Merriweather has driven the #9 Ashland bus for the CTA for 22 years. Last winter a passenger collapsed and she did CPR until EMS arrived. On March 3, SHE was the one in our cath lab, with a heart attack of her own. Yolanda, you save lives — glad we could return the favor. ❤️🚌",
    [
        ("NAME", "Yolanda Merriweather"),
        ("NAME", "Yolanda", "*"),
        ("NAME", "CTA"),
        ("DATE", "March 3"),
    ],
    note="patient's name; her employer, the CTA (NAME); date of her heart attack. The bus route is not GEO.",
)

# 196
n(
    "es",
    "health_tip",
    "Si viaja en la Línea Rosa o en el camión 60 de Blue Island/26 durante la ola de calor, lleve agua. Si alguien se desmaya en la estación, avise al operador y llame al 911. 🚇🥵",
    "transit heat tip.",
)

# 197
p(
    "es",
    "birth_announcement",
    "¡Bebé del Cinco de Mayo! 🇲🇽 Emiliano nació el 5 de mayo a las 5:05 p.m. (¡no es broma!). Su papá, Rigoberto, ya le tiene listo su sombrerito. Felicidades a la familia Tapia-Ochoa. 🎉",
    [
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Emiliano"),
        ("DATE", "5 de mayo"),
        ("NAME", "Rigoberto"),
        ("NAME", "Tapia-Ochoa"),
    ],
    note="birthday as holiday and day-month; baby, father, hyphenated family surname.",
)

# 198
n(
    "es",
    "public_figure",
    "Hoy, 21 de marzo, natalicio de Benito Juárez, recordamos que “el respeto al derecho ajeno es la paz”. Feliz inicio de primavera desde nuestra clínica de La Villita. 🌸",
    "historical figure's birthday.",
)

# 199
p(
    "en",
    "memorial",
    'We\'re heartbroken to share that Grzegorz "Greg" Mazur, the Portage Park grandpa who charmed every nurse on 4 West with his accordion, passed away on July 22 after complications from heatstroke. He was 91. His wife of 65 years, Teresa, and his daughters Ewa and Monika asked us to thank the ICU team "for treating Tata like family." In lieu of flowers, they ask that you check on an older neighbor during the next heat wave. Odpoczywaj w pokoju, Greg. 🪗🕯️',
    [
        ("NAME", 'Grzegorz "Greg" Mazur'),
        ("NAME", "Greg", "*"),
        ("GEO", "Portage Park"),
        ("DATE", "July 22"),
        ("AGE", "91"),
        ("NAME", "Teresa"),
        ("NAME", "Ewa"),
        ("NAME", "Monika"),
    ],
    note="name with nickname; home neighbourhood; date of death; age 91; wife and daughters. 'Tata' is a kinship word.",
)

# 200
n(
    "en",
    "research",
    "Our geriatrics team presented at the Gerontological Society meeting: among patients 90+, early mobility cut hospital delirium by 27%. Congrats to Dr. Fatima Qureshi and PT lead Marcus Bell! 🧠",
    "population age; staff names.",
)

# 201
p(
    "es",
    "thank_you",
    "¡Gracias por las pupusas! La familia de Jocelyn (la de la cama 7 del 3 Norte 😉) trajo comida para todo el turno. Si quieren la receta, escríbanle a su tía: reyna.pupusas@gmail.com o en IG @pupuseria_reyna_chi",
    [
        ("NAME", "Jocelyn"),
        ("OTHER_ID", "cama 7"),
        ("EMAIL", "reyna.pupusas@gmail.com"),
        ("OTHER_ID", "@pupuseria_reyna_chi"),
    ],
    note="patient's name and bed; her aunt's e-mail and social handle.",
)

# 202
n(
    "en",
    "anonymous_story",
    "A mom delivered twins in the back of an Uber in our ED driveway last night. Our triage nurse ran out with a blanket. Everyone is healthy. Welcome to the world, babies! 👶👶",
    "nameless births; the driveway is the hospital's.",
)

# 203
p(
    "en",
    "patient_story",
    "Summer spent most of the summer in our pediatric ICU after a near-drowning at Humboldt Park beach on June 30. Her big brother Major pulled her out. 🏊 Summer starts 2nd grade next week, and Major got a medal from the CFD.",
    [
        ("NAME", "Summer", "*"),
        ("GEO", "Humboldt Park"),
        ("DATE", "June 30"),
        ("NAME", "Major", "*"),
    ],
    note="names that are words (lower-case 'summer' is the season); beach where she nearly drowned; date of injury; brother.",
)

# 204
n(
    "es",
    "anonymous_story",
    "Una señora de ochenta y nueve años nos enseñó a hacer tamales de rajas durante su estancia en el 5 Oeste. Dice que la receta es secreta, pero ya la sabe medio piso. 🫔",
    "unnamed patient aged 89 (in words): not over 89.",
)

# 205
p(
    "es",
    "patient_story",
    "Una abuelita de noventa y dos años de Back of the Yards sobrevivió tres días sola en su casa sin calefacción durante la helada. Hoy se recupera en nuestro piso 5 Oeste y pide su cafecito con pan dulce. ☕❄️",
    [("AGE", "noventa y dos"), ("GEO", "Back of the Yards")],
    note="unnamed patient, but her age over 89 (in words) and home neighbourhood are identifiers.",
)

# 206
n(
    "en",
    "public_figure",
    "At 91, Chicago's oldest marathon finisher, Harold Greene, crossed the line Sunday in 7:12:48 — and stopped by our Mile 17 tent just to thank the volunteers (no treatment needed!). Inspiration! 🏅",
    "a public figure's age over 89; he was not a patient.",
)

# 207
p(
    "en",
    "patient_story",
    "Last year's oldest finisher wasn't so lucky: 94-year-old Walter Krupa collapsed at Mile 24 and spent two nights with us. Walter is back training, his doctors approve (mostly), and his daughter Marlene will run beside him this year. 🏃‍♂️",
    [
        ("AGE", "94-year-old"),
        ("NAME", "Walter Krupa"),
        ("NAME", "Walter", "*"),
        ("NAME", "Marlene"),
    ],
    note="a runner who was our patient: age, name, daughter.",
)

# 208
n(
    "es",
    "event",
    "👑 Entrega de juguetes del Día de Reyes: 6 de enero, 10 a.m., Clínica Humboldt Park. Para niños de 0 a 12 años. Traiga su tarjeta de paciente. ¡Los Reyes Magos llegan en camello... o en la 70!",
    "event date; hospital clinic.",
)

# 209
p(
    "es",
    "pasted_record",
    "Perdón, error: “Paciente: Ocasio, Brenda L. — Seguro Social 402-71-9936 — monitor de glucosa Dexcom SN 40XK7713 — madre: Lourdes Ocasio, 773-555-0127”",
    [
        ("NAME", "Ocasio, Brenda L."),
        ("SSN", "402-71-9936"),
        ("DEVICE", "40XK7713"),
        ("NAME", "Lourdes Ocasio"),
        ("PHONE", "773-555-0127"),
    ],
    note="pasted record: LAST, FIRST with initial; Social Security number; glucose monitor serial; mother's name and phone.",
)

# 210
n(
    "es",
    "recruitment",
    "¿Te gusta ayudar? Buscamos voluntarios bilingües para acompañar a familias en Urgencias. Mínimo 16 años. Sesión informativa: jueves 9 de octubre, 5 p.m., 1850 W Cermak Rd. Info: (312) 555-0193.",
    "event date; hospital address and line.",
)

# 211
p(
    "en",
    "thank_you",
    "brooklyn (yes, like the bridge 🌉) made our whole NICU cry today — her parents Dante and Shay came back from Bolingbrook with a slideshow of her first year. happy 1st birthday, brooklyn! 🎂",
    [("NAME", "brooklyn", "*"), ("NAME", "Dante"), ("NAME", "Shay"), ("GEO", "Bolingbrook")],
    note="lower-case first name that is also a place; parents; home town.",
)

# 212
n(
    "en",
    "eponymous_condition",
    "December 1-7 is Crohn's & Colitis Awareness Week. Join our GI team for a Q&A on Dec. 3 at 7 pm on Facebook Live, with patient advocate and Olympic swimmer Kristin Adler. 💜",
    "eponymous condition; awareness week and event date; public figure.",
)

# 213
p(
    "es",
    "discharge",
    "¡A casa! El pequeño Krzyś, de 4 años, se tragó un imán el 20 de noviembre y tuvo que operarse. Su mamá, Justyna, nos trajo un pastel de manzana polaco (szarlotka) para agradecer. 🍎🧲",
    [("NAME", "Krzyś"), ("DATE", "20 de noviembre"), ("NAME", "Justyna")],
    note="Polish diminutive (el pequeño excluded); date of injury; mother.",
)

# 214
n(
    "es",
    "crisis_update",
    "⚠️ Nuestro portal de pacientes está fuera de servicio hoy. Para citas llame al (312) 555-0159; para resultados urgentes, al (312) 555-0100. Disculpe las molestias.",
    "outage notice; hospital lines.",
)

# 215
p(
    "en",
    "patient_story",
    "Papo's back! 🎉 Remember the Humboldt Park teen who spent 52 days with us last spring? He came back today to volunteer in our peds playroom — with his Titi Millie and his cousin Jomar. Told you he'd be back, Papo. #PapoStrong",
    [
        ("NAME", "Papo", "*"),
        ("GEO", "Humboldt Park"),
        ("NAME", "Millie"),
        ("NAME", "Jomar"),
        ("NAME", "#PapoStrong"),
    ],
    note="a former patient now volunteering: nickname, neighbourhood, aunt (Titi excluded), cousin, name hashtag. 'last spring' is a season.",
)

# 216
n(
    "en",
    "staff_spotlight",
    "#IreneTurns94 🎂 Our longest-serving book-cart volunteer celebrates her birthday today! Stop by the Pilsen lobby between 2 and 3 for cake. (Irene says no singing. We're singing.)",
    "a volunteer's name hashtag and age over 89: not a patient.",
)

# 217
p(
    "es",
    "milestone_birthday",
    "¡Don Ezequiel Bautista cumple 100 años este Día del Padre, 15 de junio! 🎂 Nació en San Juan de los Lagos y crió a 9 hijos en Pilsen. Lo celebramos en diálisis con sus hijas Toña y Chela. ¡Que vivan los 100!",
    [
        ("NAME", "Ezequiel Bautista"),
        ("AGE", "100", "*"),
        ("DATE", "Día del Padre"),
        ("DATE", "15 de junio"),
        ("GEO", "San Juan de los Lagos"),
        ("GEO", "Pilsen"),
        ("NAME", "Toña"),
        ("NAME", "Chela"),
    ],
    note="name (Don excluded); age 100 twice; birthday as holiday and date; birthplace town; home neighbourhood; daughters' nicknames.",
)

# 218
n(
    "es",
    "campaign_hashtag",
    "¡Conozcan a Lupita la Gotita! 💧 Nuestra mascota les recuerda a los niños tomar agua en la ola de calor. Compartan sus fotos tomando agua con #AguaConLupita",
    "a mascot's name and campaign hashtag.",
)

# 219
p(
    "en",
    "pasted_record",
    "oops 🙈 — Sowinski, Jadwiga | 92 y/o F | DOB 11/30 | Rm 5W-07 | DNR",
    [("NAME", "Sowinski, Jadwiga"), ("AGE", "92"), ("DATE", "11/30"), ("OTHER_ID", "Rm 5W-07")],
    note="pasted line: LAST, FIRST; age 92 (unit 'y/o' excluded); birth date; room with keyword.",
)

# 220
n(
    "en",
    "health_tip",
    "Snow emergency tonight 🚫🚗 Streets like Ashland, Western, Cermak and Division are tow zones. Take the Pink or Blue Line if you have an appointment tomorrow — our clinics are open. ❄️",
    "streets named for the public; no patient.",
)

# 221
p(
    "en",
    "patient_story",
    "He proposed in the ICU. 💍 On Valentine's Day, Andre Fountain — 3 weeks after being shot on 63rd Street — asked his girlfriend Tiana to marry him from his hospital bed. She said yes. Our nurses supplied the rose. 🌹",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Andre Fountain"),
        ("GEO", "63rd Street"),
        ("NAME", "Tiana"),
    ],
    note="date of an event of the inpatient; name; street where he was shot; partner (treated as a relative).",
)

# 222
n(
    "es",
    "memorial",
    "Descansa en paz, enfermera Gloria “Yoyi” Santiago (1951–2025), voz de la UCIN de Humboldt Park por 30 años. Su familia recibirá amigos el 12 de abril en la Funeraria Rosario, 3211 W Division St. 🕯️",
    "memorial for a nurse (staff): her dates, funeral and family are not patient identifiers.",
)

# 223
p(
    "es",
    "crisis_update",
    "Actualización: el joven herido ayer en el tiroteo de la calle 26, Alexis Farías, de 19 años, está estable. Su papá, Rogelio, agradece las oraciones y pide que no se difundan rumores. Prensa: (312) 555-0181.",
    [("GEO", "calle 26"), ("NAME", "Alexis Farías"), ("NAME", "Rogelio")],
    note="named victim: street where he was shot; name; father. 'ayer' is relative; the press line is the hospital's.",
)

# 224
n(
    "en",
    "crisis_update",
    "UPDATE: Our Pilsen ED is on bypass for trauma until 6 pm due to multiple patients from the I-55 pileup. Stroke and STEMI patients are still accepted. Families: (312) 555-0122.",
    "public incident with unnamed victims; hospital line.",
)

# 225
p(
    "en",
    "birth_announcement",
    "congrats to the Bautista-Nowak fam on baby #3!! 💙 Leo arrived 4/1 (no joke) at 8lb 3oz. proud big sisters Zuzia & Camila say hi. grandma Irma says call her at 773-555-0116 not the hospital (312-555-0100) lol",
    [
        ("NAME", "Bautista-Nowak"),
        ("NAME", "Leo"),
        ("DATE", "4/1"),
        ("NAME", "Zuzia"),
        ("NAME", "Camila"),
        ("NAME", "Irma"),
        ("PHONE", "773-555-0116"),
    ],
    note="family surname, baby, birth date, sisters, grandmother and her phone; the hospital's main line next to it is not labelled.",
)

# 226
n(
    "es",
    "health_tip",
    "☀️ ¿Sabía que la piel morena también se quema? Use protector solar FPS 30+ aunque esté nublado. Clínica de dermatología en Little Village: citas al (773) 555-0134.",
    "tip; hospital clinic line.",
)

# 227
p(
    "es",
    "pasted_record",
    "“hola soy la esposa de Chucho Barragán el de la habitación 227, se puede estacionar gratis? vivimos lejos, en Joliet” — mensaje recibido a las 3:14 desde 172.58.41.9",
    [
        ("NAME", "Chucho Barragán"),
        ("OTHER_ID", "habitación 227"),
        ("GEO", "Joliet"),
        ("IP", "172.58.41.9"),
    ],
    note="pasted message: patient's nickname and surname, room with keyword, home town, sender's IP.",
)

# 228
n(
    "es",
    "staff_spotlight",
    "La enfermera Bożena Hernández nació en Zakopane, se casó con un michoacano y hoy interpreta en polaco, español e inglés en nuestro 4 Oeste. ¡Gracias, Bożena, por cuidar a todos en su idioma! 🇵🇱🇲🇽",
    "nurse's name and birthplace: staff.",
)

# 229
p(
    "en",
    "patient_story",
    "Seven years after Hurricane María, Doña Cuca still lights a candle every September 20. This year she lit it in our cardiac unit, where she's recovering from bypass surgery done on that same day. Fuerza, DOÑA CUCA! 🇵🇷🕯️",
    [("NAME", "Cuca"), ("NAME", "CUCA"), ("DATE", "September 20")],
    note="nickname in normal and ALL CAPS (Doña excluded); September 20 is the hurricane's anniversary but the text makes it her surgery date, so it is DATE. The hurricane's name is not a person.",
)

# 230
n(
    "en",
    "public_figure",
    "Happy birthday to the late Mayor Harold Washington, born April 15, 1922! 🎂 His push for neighborhood health centers helped inspire our Little Village Clinic. #HaroldWashington",
    "historical figure's birth date and name hashtag.",
)

# 231
p(
    "es",
    "patient_story",
    "Doña Rosario Nieves, 90 años recién cumplidos, se resbaló en el hielo camino a misa en Belmont Cragin el Miércoles de Ceniza. Fractura de muñeca, pero no perdió la ceniza de la frente. 😅🙏🏽",
    [
        ("NAME", "Rosario Nieves"),
        ("AGE", "90"),
        ("GEO", "Belmont Cragin"),
        ("DATE", "Miércoles de Ceniza"),
    ],
    note="name (Doña excluded); age 90; neighbourhood of the fall; Ash Wednesday, a named holiday, was the day of the fall.",
)

# 232
n(
    "es",
    "anonymous_story",
    "Esta semana un niño de 7 años nos regaló un dibujo de “los doctores superhéroes” después de que le quitaron el yeso. Ya está pegado en la sala de descanso. 🦸🏽‍♀️🖍️",
    "nameless child aged 7.",
)

# 233
p(
    "en",
    "discharge",
    "Bed 4 in our Humboldt Park observation unit is finally empty — because Mr. Wiesław Górski, our 3-time heatstroke frequent flyer, FINALLY got an air conditioner, thanks to his neighbors on Fairfield Ave and the ComEd assistance program. Stay cool, Wiesiu! ❄️",
    [
        ("OTHER_ID", "Bed 4"),
        ("NAME", "Wiesław Górski"),
        ("NAME", "Wiesiu"),
        ("GEO", "Fairfield Ave"),
    ],
    note="bed tied to the patient; name (Mr. excluded) and Polish diminutive; home street. The unit is the hospital's.",
)

# 234
n(
    "en",
    "recruitment",
    '"Lakeside West gave me my first job at 16 and my nursing degree at 40." — Danuta Kamińska, RN, 4 West. Now hiring CNAs at all three sites. lakesidewest.org/careers #NowHiring',
    "staff testimonial; hospital domain.",
)

# 235
p(
    "es",
    "memorial",
    "El 31 de diciembre, Nochevieja, perdimos a Giovanni “Gio” Arellano por una bala perdida mientras celebraba con su familia en la Lawndale. Tenía 12 años. Su mamá, Selene, pide: no disparen al aire. 🕊️ #GioPorSiempre",
    [
        ("DATE", "31 de diciembre"),
        ("DATE", "Nochevieja"),
        ("NAME", "Giovanni “Gio” Arellano"),
        ("GEO", "Lawndale"),
        ("NAME", "Selene"),
        ("NAME", "#GioPorSiempre"),
    ],
    note="date of death as day-month and as holiday; name with nickname; street where he was shot; mother; name hashtag.",
)

# 236
n(
    "es",
    "event",
    "Este lunes, Día de Casimir Pulaski, nuestras clínicas abren en horario normal. Urgencias de Pilsen siempre está abierta. Feliz día a la comunidad polaca de Chicago. 🇵🇱",
    "public holiday; hospital hours.",
)

# 237
p(
    "en",
    "patient_story",
    "Photo: Manny Quiñones, 17, with the trauma team that saved him after he was shot near the Western Pink Line stop on May 30. Manny's graduating from Benito Juárez this week. 🎓 #MannyMadeIt",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Manny Quiñones"),
        ("NAME", "Manny", "*"),
        ("GEO", "Western"),
        ("DATE", "May 30"),
        ("NAME", "#MannyMadeIt"),
    ],
    note="photo cue; name; CTA station where he was shot; date of injury; name hashtag. The school (named for a historical figure) is not an identifier.",
)

# 238
n(
    "en",
    "sponsor",
    "Our Foundation gala raised $1.2M for the trauma center! Thank you to honorees Dr. Ray and Lourdes Villanueva and presenting sponsor Polonia Bank. Give year-round at lakesidewestfoundation.org or (312) 555-0167. ✨",
    "honorees and sponsor; foundation domain and line.",
)

# 239
p(
    "en",
    "milestone_birthday",
    "Our centenarian superstar Titi Lydia Vélez turned one hundred and one on the Fourth of July! 🎆🇵🇷 Born in Aguadilla, she has lived on Spaulding Ave since 1961 and still beats her nephew Chino at dominoes. Happy birthday, Titi Lydia!",
    [
        ("AGE", "centenarian"),
        ("NAME", "Lydia Vélez"),
        ("NAME", "Lydia", "*"),
        ("AGE", "one hundred and one"),
        ("DATE", "Fourth of July"),
        ("GEO", "Aguadilla"),
        ("GEO", "Spaulding Ave"),
        ("NAME", "Chino"),
    ],
    note="'centenarian' and the age in words; name (Titi excluded); birthday holiday; birthplace town; home street; nephew's nickname.",
)

# 240
n(
    "en",
    "statistic",
    "Winter stat: 70% of the hip fractures we repaired in January were in women over 75. Does your mom live alone? Make sure she has salt for her sidewalk. 🧂❄️",
    "statistic; population age.",
)

if __name__ == "__main__":
    S.main("phi_dev59_source")
