"""Blind development set d73 for the PHI scanner: tests/data/phi_dev73.jsonl.

Organisation: Coral Vista Medical Center, a fictional safety-net hospital in Miami, FL
(main hospital at 1450 NW 10th Avenue), with a Hialeah campus (850 East 25th Street) and
a Little Haiti family clinic (5901 NE 2nd Avenue); phones 305-555-0100 ... 0170, domains
coralvistamed.org, coralvistafoundation.org and cvmc-miami.org, handles @CoralVistaMed,
@coralvistasalud and @CVMC_Volunteers (all in phi_dev73_org.json, never PHI). Its
communities are Cuban, Venezuelan, Colombian, Nicaraguan and Haitian families in
Miami-Dade, and its feeds mix English, Spanish, Spanglish and Haitian Creole greetings.
Focus: South Florida (Miami-Dade, Hialeah, Little Haiti): Haitian Creole names, greetings
and nicknames (Wideline, Jean-Baptiste, Fanfan, Ti Jean, Manman), Spanish compound names
and double surnames, diminutives (Pepito, Yuli, Cuqui, Fefita, Nenita), Spanish dates in
every form ("20 de mayo", "20/5", "20-may", "1ro de octubre", "primero de enero",
Nochebuena, Dia de las Madres, saints' days), ages in Spanish words, hurricane crisis
updates, Spanglish.
Hard cases: names that are words or places (Cielo, Luz, Pura, Florida, Soledad, Dulce,
Jeune, Esperanza, Merveille, Chiquinquira), lower-case and ALL-CAPS names, surnames alone, hashtags,
initials, pasted bed boards and tracking boards, Creole "Ti" nicknames, ages in words
("noventa y cinco", "ciento tres", "cien"), named days that coincide with the patient's
event (Dia de San Lazaro, Haitian Flag Day, World Down Syndrome Day, Groundhog Day),
day-only dates, date ranges, relatives' ages, hospital campus towns next to home towns.
Hard negatives: staff with Haitian and Cuban names and nicknames (Dr. Wideline Joseph,
Dr. Jean-Baptiste Fanfan, nurse Yuli, chef Fanfan, "Manman Gigi"), a staff member's
grandmother of 99, volunteers aged 92, donors and sponsors, public and historical figures
(Celia Cruz, Jose Marti, Carlos Finlay, Toussaint Louverture, Dessalines, Ruben Dario,
Roberto Clemente, Lecuona, Compay Segundo), hurricane names (Andrew, Irma, Odalys),
eponymous conditions (Chagas, Kawasaki, Guillain-Barre, Dravet, Hodgkin), event dates and
awareness days that match dates used elsewhere, population ages ("mayores de 90"),
templates, pasted staff rosters and directories, the hospital's own phones/addresses.
Language mix: 240 posts, 130 English and 110 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship and courtesy words are never part of a NAME and are not labelled alone:
  Manman, Papa, Tonton, Grann, abuela/abuelo, tia, mami, Don/Dona, and "Tata" when it
  means grandpa ("abuelo Tata Pancho" -> "Pancho"). A quoted nickname is the name
  ("'Tata'" for Cristobalina, "'Papa Ex'" -> "Ex" because Papa is the kinship word).
- Haitian Creole "Ti" nicknames are labelled whole ("Ti Jean", "Ti Pierre", "Ti Lyon"):
  "Ti" is written as part of the nickname. English "little/lil/baby/big" stay outside
  the span ("big mike" -> "mike"); "BABY GIRL" on a board is not a name.
- Diminutives and nicknames (Pepito, Cuqui, Yuli, Fefita, Nenita, Chino, Cheo) are NAME.
  Compound given names and double surnames, with particles, are one span
  ("Yaniuska Perez Rodriguez", "Trina Alcala de Urdaneta", "Rosalia Benitez de Armas");
  a full name with a quoted nickname inside is one span.
- Ages in Spanish words: the span is the number words only ("noventa y cinco",
  "ciento tres", "cien", "noventa y un"), never "anos". An age+sex token on a board
  ("90F") is one AGE span. Ages over 89 of a patient's relative (a spouse of 93) are AGE.
  Ages of staff, volunteers, staff members' relatives and public figures, and counts of
  people ("96 pacientes centenarios", "90 and older") are not.
- Date ranges are labelled element by element ("del 3 al 19 de abril" -> "3" and
  "19 de abril"; "Oct 2 to Oct 20" -> both). Day-only dates: the day token ("2nd",
  "17th"). Articles are outside ("the 3rd of March" -> "3rd of March", "el 20 de mayo"
  -> "20 de mayo", "el primero de enero" -> "primero de enero").
- A named day (Nochebuena, Dia de las Madres, Dia de San Lazaro, Dia de Reyes, Haitian
  Flag Day, World Down Syndrome Day, Groundhog Day, Holy Saturday, Halloween) is DATE when
  the patient's event fell on it, and so is the calendar date naming the same day; the
  span stops before a locative qualifier ("dia de las madres", not "... en Nicaragua").
  The same named days in event notices are not labelled.
- Future appointment and party dates of a named patient are DATE (they are tied to him).
- Hurricane names are never NAME; "since Andrew" is not a date.
- GEO includes a relative's city, the place of the patient's accident or rescue
  ("Okeechobee Road", "la palmetto", "Key Biscayne") and the town of the patient's
  school. The hospital's own Hialeah campus and Little Haiti clinic are not GEO (an
  intended unlabelled repeat, declared with ok=, when the patient also lives there).
- Family social handles, portal user names, wristband numbers and ED tracking-board
  bed codes ("T4") are OTHER_ID; room/bed numbers keep their keyword ("hab. 712",
  "Cama 7", "Rm 514-B").
- A former patient now on staff is labelled when the post tells his patient history.
- A third party's fax (a school) is not labelled; a photo that is mentioned but not
  attached is not PHOTO; the word "Drapo" discussed as a word is not labelled.
- A staff member's own family is never labelled, even with an age over 89.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev73.jsonl"), os.path.join(HERE, "phi_dev73_org.json"), "d73")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Wideline Jean-Baptiste, 7, who came to us from Little Haiti on June 3 with a sickle cell crisis so bad she couldn't walk. Today she danced out of 6 West with her manman, Mirlande, and big brother Fanfan leading the conga line. Wideline, you are a warrior! 💛 #WidelineWarrior",
    [
        ("NAME", "Wideline Jean-Baptiste"),
        ("GEO", "Little Haiti"),
        ("DATE", "June 3"),
        ("NAME", "Mirlande"),
        ("NAME", "Fanfan"),
        ("NAME", "Wideline", 2),
        ("NAME", "#WidelineWarrior"),
    ],
    note="patient, her mother and brother named; home neighbourhood; admission date; 'manman' and 'big' are not part of names",
)

# 2
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Wideline Joseph, hematóloga pediátrica de nuestra clínica de Little Haiti. Nació en Jacmel, llegó a Miami a los 12 años y hoy dirige el programa de anemia falciforme. ¡Gracias, doctora! 🇭🇹 #OrgulloCoralVista",
    "a staff doctor: her name, birthplace and age are not patient identifiers",
)

# 3
p(
    "en",
    "pasted_record",
    "oops wrong paste 🙈 — 'PIERRE-LOUIS, DIEUSEUL  MRN 04417829  DOB 11/02/1931  Rm 514-B  adm 9/14  dx CHF' — pls disregard, deleting",
    [
        ("NAME", "PIERRE-LOUIS, DIEUSEUL"),
        ("MRN", "04417829"),
        ("DATE", "11/02/1931"),
        ("OTHER_ID", "Rm 514-B"),
        ("DATE", "9/14"),
    ],
    note="chart line pasted by mistake: name, MRN, birth date, room, admission date",
)

# 4
n(
    "en",
    "health_tip",
    "hurricane prep tip 🌀: pack meds for 7 days, copies of ur insurance card + med list in a ziploc. dialysis pts: call your center BEFORE the storm. questions? 305-555-0100 #HurricaneSeason",
    "general advice; the number is the hospital's main line",
)

# 5
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Cuqui Arencibia! 🎂 Nació el 20 de mayo en Camagüey, el mismo día de la independencia cubana, y hoy lo celebró en el piso 4 con sus nietos Yoandri y Lisandra, un cake de guayaba y un disco de Celia Cruz. ¡Azúcar, Cuqui!",
    [
        ("AGE", "100"),
        ("NAME", "Cuqui Arencibia"),
        ("DATE", "20 de mayo"),
        ("GEO", "Camagüey"),
        ("DATE", "día de la independencia cubana"),
        ("NAME", "Yoandri"),
        ("NAME", "Lisandra"),
        ("NAME", "Cuqui", 2),
    ],
    note="centenarian's age, birth date written twice (date and national day), birthplace, grandchildren; Celia Cruz is a public figure",
)

# 6
n(
    "es",
    "public_figure",
    "Hoy, 19 de mayo, se cumplen 130 años de la caída de José Martí en Dos Ríos. 'Ayudar al que lo necesita no sólo es parte del deber, sino de la felicidad.' Nuestros voluntarios repartieron 300 almuerzos en Hialeah en su honor. 🇨🇺",
    "a historical figure's death date and place; volunteers unnamed",
)

# 7
p(
    "en",
    "thank_you",
    "Replying to Marisol Urbina: Marisol, thank you for the beautiful note about your dad, Hernán. The whole 5 North team remembers him dancing salsa with the walker on his 91st birthday, March 9. Please give our love to Tía Chela! ❤️",
    [
        ("NAME", "Marisol Urbina"),
        ("NAME", "Marisol", 2),
        ("NAME", "Hernán"),
        ("AGE", "91st"),
        ("DATE", "March 9"),
        ("NAME", "Chela"),
    ],
    note="reply to a patient's daughter: patient, daughter and aunt named, age over 89 and birthday; 'Tía' excluded",
)

# 8
n(
    "en",
    "staff_spotlight",
    "shoutout to our night charge nurse Yuli Cabrera who speaks 3 languages and has worked every hurricane since Andrew 🌀💪 26 yrs at Coral Vista this June! #NursesRock",
    "a nurse (a diminutive name of staff); Andrew is a hurricane; a work anniversary is not a patient date",
)

# 9
p(
    "en",
    "discharge",
    "Pepito is GOING HOME 🥳 3 weeks in the PICU since 2/8 and today he walked out on his own. gracias to his abuela Nena who never left his side, not one day #FuerzaPepito",
    [("NAME", "Pepito"), ("DATE", "2/8"), ("NAME", "Nena"), ("NAME", "#FuerzaPepito")],
    note="diminutive name, admission date, grandmother's nickname, name hashtag",
)

# 10
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN HURACÁN (6:00 p.m.): El hospital principal y el campus de Hialeah funcionan con generador. La clínica de Little Haiti (5901 NE 2nd Avenue) cierra mañana. Citas de diálisis: llame al 305-555-0122. Emergencias: 911. #CoralVistaListos",
    "storm notice with the hospital's own address and dialysis number and 911",
)

# 11
p(
    "en",
    "memorial",
    "We are heartbroken to share that Mr. Exantus Bien-Aimé, our beloved “Papa Ex”, passed away on Christmas Eve at 97, surrounded by his children Nadège and Frantz. For eleven years he came to dialysis every Monday with a bag of mints for the nurses. Repoze an pè, Papa Ex. 🕊️",
    [
        ("NAME", "Exantus Bien-Aimé"),
        ("NAME", "Ex", "*"),
        ("DATE", "Christmas Eve"),
        ("AGE", "97"),
        ("NAME", "Nadège"),
        ("NAME", "Frantz"),
    ],
    note="memorial: name, nickname without the kinship word Papa, death on Christmas Eve, age 97, children",
)

# 12
n(
    "en",
    "eponymous_condition",
    "June 19 is World Sickle Cell Day. Sickle cell anemia, once called Herrick's anemia after the Chicago doctor who described it in 1910, is common in our Haitian community. Free screening at our Little Haiti clinic all week. Info: coralvistamed.org/sicklecell",
    "awareness day, an eponym, the hospital's clinic and domain",
)

# 13
p(
    "es",
    "patient_story",
    "La historia de Yaniuska Pérez Rodríguez nos llena de orgullo. Llegó de Maracaibo con 24 semanas de embarazo, dio a luz a los gemelos Santiago y Sebastián el 14 de febrero —sí, el Día de San Valentín— y pasaron 61 días en nuestra NICU. Hoy viven en Doral con su papá, Dayron. ¡Gracias por dejarnos contarla, Yaniuska! 💕",
    [
        ("NAME", "Yaniuska Pérez Rodríguez"),
        ("GEO", "Maracaibo"),
        ("NAME", "Santiago"),
        ("NAME", "Sebastián"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("GEO", "Doral"),
        ("NAME", "Dayron"),
        ("NAME", "Yaniuska", 2),
    ],
    note="double surname, home cities, twins' birth date written twice, father",
)

# 14
n(
    "es",
    "anonymous_story",
    "Anoche, en medio de la tormenta, una bebé nació en el estacionamiento de la sala de emergencias. Mamá y bebé están bien. Gracias a los paramédicos y al equipo de Labor y Parto que salieron bajo la lluvia. 🌧️👶",
    "anonymous birth; 'anoche' is a relative expression",
)

# 15
p(
    "en",
    "birth_announcement",
    "welcome to the world baby yuli 💗 born 4/1 (no joke!!) 6 lb 2 oz, mom lisandra + dad osmany are over the moon. first april fools baby of the yr at #CoralVista",
    [
        ("NAME", "yuli"),
        ("DATE", "4/1"),
        ("NAME", "lisandra"),
        ("NAME", "osmany"),
        ("DATE", "april fools"),
    ],
    note="lower-case names; birth date written twice (4/1 and april fools)",
)

# 16
n(
    "en",
    "sponsor",
    "Huge thanks to the Arocha-Benítez Family Foundation for funding the new hurricane-proof generator at our Hialeah campus! Rafael and Teresa Arocha-Benítez cut the ribbon Tuesday. 🎉",
    "donors, not introduced as patients' relatives",
)

# 17
p(
    "en",
    "pasted_record",
    "Evacuation bed board 4N (DO NOT POST) — Bed 1 GONZALEZ, M. 94 / Bed 2 JOSEPH-CHARLES, W. (MRN 55-019-4402) / Bed 3 open / Bed 4 ROJAS DE LA CRUZ, A. 92 — all to 7 South by 1400.",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", "GONZALEZ, M."),
        ("AGE", "94"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "JOSEPH-CHARLES, W."),
        ("MRN", "55-019-4402"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "ROJAS DE LA CRUZ, A."),
        ("AGE", "92"),
    ],
    note="pasted bed board: beds, ALL-CAPS names with initials, ages over 89, an MRN; the empty bed is not labelled",
)

# 18
n(
    "es",
    "event",
    "🎶 Noche de Celia: este viernes 18 de julio homenajeamos a Celia Cruz en su aniversario con música en el lobby del 850 East 25th Street, Hialeah. Entrada gratis para pacientes y familias. ¡Azúcar! #CoralVistaCultura",
    "event date, a public figure, the hospital's address",
)

# 19
p(
    "es",
    "thank_you",
    "RT @yanet_fuentes: gracias x todo al equipo de cardio 🙏 mi papi Orlando Fuentes salió ayer del hospital después del bypass del 23 de marzo. if anyone wants to send him cards: orlandofuentes47@gmail.com",
    [
        ("OTHER_ID", "@yanet_fuentes"),
        ("NAME", "Orlando Fuentes"),
        ("DATE", "23 de marzo"),
        ("EMAIL", "orlandofuentes47@gmail.com"),
    ],
    note="repost of a daughter's post: her handle, the patient's name, surgery date, e-mail; 'ayer' not a date",
)

# 20
n(
    "en",
    "research",
    "Our team published new data on heat-related ER visits among outdoor workers in Miami-Dade: visits rose 38% on days above 95°F. Lead author Dr. Osmany Valdés thanks the 1,204 workers who participated. Read more: cvmc-miami.org/heat",
    "statistics and a staff researcher; 95 is a temperature",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Happy 102nd birthday to our Little Havana legend, Mrs. Caridad “Cachita” Lorenzo! Born August 2nd in Pinar del Río, she rolled cigars until she was 80 and still beats our rehab techs at dominoes. Her son Raúl says the secret is café con leche and no gossip. 🎂",
    [
        ("AGE", "102nd"),
        ("GEO", "Little Havana"),
        ("NAME", "Caridad “Cachita” Lorenzo"),
        ("DATE", "August 2nd"),
        ("GEO", "Pinar del Río"),
        ("NAME", "Raúl"),
    ],
    note="age, neighbourhood, full name with quoted nickname as one span, birth date and birthplace, son",
)

# 22
n(
    "en",
    "public_figure",
    "Did you know? Roberto Clemente died on New Year's Eve 1972 flying relief supplies to earthquake-struck Managua. 50+ years later, our volunteers are packing hurricane kits in his honor this Saturday. #ServeLikeClemente",
    "a public figure, his death date and a hashtag with his name",
)

# 23
p(
    "es",
    "pasted_record",
    "Paciente: LOUISSAINT, JEAN ROBERT “TI JEAN” / Exp.: 7730-5521 / F. nac.: 12-ene-1958 / Hab. 318 / Contacto: hija Rose-Guerline, 786-555-0143 — ⚠️ Este mensaje se publicó por error, favor de borrarlo.",
    [
        ("NAME", "LOUISSAINT, JEAN ROBERT"),
        ("NAME", "TI JEAN"),
        ("MRN", "7730-5521"),
        ("DATE", "12-ene-1958"),
        ("OTHER_ID", "Hab. 318"),
        ("NAME", "Rose-Guerline"),
        ("PHONE", "786-555-0143"),
    ],
    note="record pasted by mistake: name and Creole nickname, record number, birth date, room, daughter and her phone",
)

# 24
n(
    "es",
    "statistic",
    "En 2024 atendimos a 412 pacientes mayores de 90 años en nuestras salas, un 18% más que en 2023, y la estancia promedio fue de 5,2 días. Cuidar a nuestros mayores es un honor. 👵🏽👴🏿",
    "a population age and counts, no individual",
)

# 25
p(
    "en",
    "crisis_update",
    "STORM UPDATE 11pm: power restored on 3 West. To the family of Mr. Gerardo Sandoval in room 304 who called the main line: he's comfortable, on oxygen, and asking for his guava pastelitos. His son Luis, if you see this, we couldn't reach you at 786-555-0176. Family updates: 305-555-0111. Stay safe, Hialeah. 🌀",
    [
        ("NAME", "Gerardo Sandoval"),
        ("OTHER_ID", "room 304"),
        ("NAME", "Luis"),
        ("PHONE", "786-555-0176"),
    ],
    note="patient, room, son and his phone; 305-555-0111 is the hospital's family line",
)

# 26
n(
    "en",
    "crisis_update",
    "Hurricane Irma taught us a lot. Since 2017 we've added 3 backup generators, 2 days of extra water and a Creole-language info line (305-555-0155). Shelter-in-place plan for staff families: see the intranet. #CoralVistaReady",
    "a hurricane name, the hospital's Creole line",
)

# 27
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a nuestra paciente más querida de diálisis, Misleidys Oquendo, quien falleció el 2 de noviembre, Día de los Muertos, a los 64 años. Su esposo Reinier y sus hijas le pidieron a todo el piso que le pusiera una vela. Descansa en paz, Misle. 🕯️",
    [
        ("NAME", "Misleidys Oquendo"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Reinier"),
        ("NAME", "Misle"),
    ],
    note="death date written twice, husband, nickname; age 64 is not labelled",
)

# 28
n(
    "es",
    "memorial",
    "Hoy despedimos a nuestro compañero, el enfermero Reinaldo 'Rey' Casanova, quien trabajó 31 años en urgencias. Falleció el 5 de marzo. Su sonrisa nos acompañó en cada huracán. Descansa en paz, Rey. 💙",
    "memorial of a staff nurse: his name and death date are not patient identifiers",
)

# 29
p(
    "en",
    "birth_announcement",
    "FIRST BABY OF 2025!! 🎆 little Merveille arrived at 12:03am on Jan. 1 — Haitian Independence Day — to mom Dieunie & dad Mackenson. soup joumou for everyone 🍲 #CoralVistaBabies",
    [
        ("NAME", "Merveille"),
        ("DATE", "Jan. 1"),
        ("DATE", "Haitian Independence Day"),
        ("NAME", "Dieunie"),
        ("NAME", "Mackenson"),
    ],
    note="baby named with a French word, birth date and the national day naming it, parents; the bare year is not labelled",
)

# 30
n(
    "en",
    "campaign_hashtag",
    "#CoralVistaStrong isn't just a hashtag. It's 4,000 employees who slept at the hospital during the storm. Share your storm-shift photo with #CoralVistaStrong and #MiamiNurses 💪",
    "campaign hashtags only",
)

# 31
p(
    "es",
    "discharge",
    "Después de 47 días, ¡Don Chepe se va a casa! José 'Chepe' Altamirano, de 93 años, llegó desde Sweetwater el 29 de junio con neumonía y hoy salió bailando el Palo de Mayo con las enfermeras. Su nieta Fabiola nos pidió compartirlo. ¡Que viva Nicaragua! 🇳🇮",
    [
        ("NAME", "Chepe", 1),
        ("NAME", "José 'Chepe' Altamirano"),
        ("AGE", "93"),
        ("GEO", "Sweetwater"),
        ("DATE", "29 de junio"),
        ("NAME", "Fabiola"),
    ],
    note="nickname and full name, age, home town, admission date, granddaughter; 'Palo de Mayo' is a dance, not a date",
)

# 32
n(
    "es",
    "recruitment",
    "¿Eres enfermera/o bilingüe (español o kreyòl)? 🩺 Contratamos en nuestro campus de Hialeah y en Little Haiti. Bono de $10,000. Aplica en coralvistamed.org/empleos o escribe a talento@coralvistamed.org",
    "recruitment with the hospital's own domain and e-mail",
)

# 33
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, but 4-year-old Thiago Rivas-Mena knows it too well: he was diagnosed here on October 12th after 6 days of fever. His mom, Yeniset, wants every parent to know the signs 👉 red eyes, rash, swollen hands. Thiago is home now and back to his dinosaurs. 🦖",
    [
        ("NAME", "Thiago Rivas-Mena"),
        ("DATE", "October 12th"),
        ("NAME", "Yeniset"),
        ("NAME", "Thiago", 2),
    ],
    note="eponym not labelled; patient, diagnosis date, mother",
)

# 34
n(
    "en",
    "eponymous_condition",
    "Alzheimer's, Parkinson's, Huntington's: three conditions named after doctors. Our memory clinic now offers visits in Spanish and Haitian Creole. Caregivers, join our support group on the 2nd Tuesday of each month. 📞 305-555-0133",
    "eponyms, a recurring event, the hospital's number",
)

# 35
p(
    "es",
    "milestone_birthday",
    "🎉 ¡noventa y cinco velitas para Abuela Fefa! cumplió años el 11/9 en la sala de rehab y pidió un cafecito cubano en vez de cake. felicidades, Fefita 💐",
    [("AGE", "noventa y cinco"), ("NAME", "Fefa"), ("DATE", "11/9"), ("NAME", "Fefita")],
    note="age in Spanish words, nickname and its diminutive, birthday; 'Abuela' excluded",
)

# 36
n(
    "es",
    "public_figure",
    "3 de diciembre, Día de la Medicina Latinoamericana, en honor al médico cubano Carlos J. Finlay, nacido en Camagüey en 1833, quien descubrió que un mosquito transmite la fiebre amarilla. ¡Felicidades a nuestros médicos! 🦟🩺",
    "a historical figure's birthday and birthplace",
)

# 37
p(
    "en",
    "anonymous_story",
    "A 96-year-old grandmother from Opa-locka taught our whole ICU how to make sopa de pollo over FaceTime this week. She insisted. We obeyed. 🍲❤️",
    [("AGE", "96-year-old"), ("GEO", "Opa-locka")],
    note="nameless story made specific by an age over 89 and a home town",
)

# 38
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — now 6 years old, taller than the incubator that saved him, and very proud of his lost tooth. Moments like this are why we do this. 💙",
    "anonymous former patient, age under 90, 'today'",
)

# 39
p(
    "es",
    "hospital_contact",
    "@marlene_ortiz_mia Hola Marlene, lamentamos la confusión con la cita de su mamá, Sra. Edelmira Ortiz. Ya le dejamos mensaje al 305-555-0186 que tenemos en su expediente. Para reprogramar también puede llamar a Servicios al Paciente: 305-555-0144.",
    [
        ("OTHER_ID", "@marlene_ortiz_mia"),
        ("NAME", "Marlene"),
        ("NAME", "Edelmira Ortiz"),
        ("PHONE", "305-555-0186"),
    ],
    note="reply to a daughter: her handle and name, the patient, the patient's phone; 305-555-0144 is the hospital's",
)

# 40
n(
    "es",
    "hospital_contact",
    "📍 Nuestras sedes: Hospital principal, 1450 NW 10th Avenue, Miami, FL 33136 · Campus Hialeah, 850 East 25th Street, Hialeah, FL 33013 · Clínica Little Haiti, 5901 NE 2nd Avenue, Miami, FL 33137. Citas: 305-555-0100. Síguenos en @CoralVistaMed",
    "the hospital's own addresses, phone and handle",
)

# 41
p(
    "en",
    "patient_story",
    "cant stop smiling at this one: Ti Jean (8) from Little Haiti beat lymphoma and rang the bell today!! 🔔 his tonton Wesner flew in from Cap-Haïtien for it. we love u Ti Jean #TiJeanStrong",
    [
        ("NAME", "Ti Jean", "*"),
        ("GEO", "Little Haiti"),
        ("NAME", "Wesner"),
        ("GEO", "Cap-Haïtien"),
        ("NAME", "#TiJeanStrong"),
    ],
    note="Creole nickname labelled whole, home neighbourhood, uncle (tonton excluded) and his city, name hashtag",
)

# 42
n(
    "en",
    "event",
    "Save the date! 🇭🇹 Haitian Flag Day health fair, Sunday May 18, 10am–2pm at our Little Haiti clinic, 5901 NE 2nd Avenue. Free BP checks, sickle cell screening, and konpa by DJ Ti Mouche. Mèsi!",
    "event date and venue are the hospital's; the DJ is a performer",
)

# 43
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, María de los Ángeles! 👼 Nació el domingo 8 de diciembre, día de la Inmaculada, a las 5:40 de la mañana. Sus papás, Karelys Suárez y Yoel Marrero, vinieron desde Hialeah Gardens y ya le dicen 'Angie'. 💗",
    [
        ("NAME", "María de los Ángeles"),
        ("DATE", "8 de diciembre"),
        ("DATE", "día de la Inmaculada"),
        ("NAME", "Karelys Suárez"),
        ("NAME", "Yoel Marrero"),
        ("GEO", "Hialeah Gardens"),
        ("NAME", "Angie"),
    ],
    note="compound name, birth date and the feast day naming it (weekday not labelled), parents, home town, nickname",
)

# 44
n(
    "es",
    "birth_announcement",
    "¡Récord! 🍼 Este fin de semana nacieron 31 bebés en nuestro campus de Hialeah, incluidas dos parejas de gemelos. Felicidades a todas las familias y a nuestro equipo de Labor y Parto.",
    "a count of births, no individual",
)

# 45
p(
    "en",
    "pasted_record",
    "Reply to @CVMC_Volunteers: here's the list for tomorrow's visits 👉 Rm 221 – Mrs. A. Villalobos (Spanish, loves boleros) · Rm 223 – Mr. Fils-Aimé (Creole only, hard of hearing, turns 90 on the 17th!) · Rm 230 – Yusnavy, 15, wants manga",
    [
        ("OTHER_ID", "Rm 221"),
        ("NAME", "A. Villalobos"),
        ("OTHER_ID", "Rm 223"),
        ("NAME", "Fils-Aimé"),
        ("AGE", "90"),
        ("DATE", "17th"),
        ("OTHER_ID", "Rm 230"),
        ("NAME", "Yusnavy"),
    ],
    note="visit list posted publicly: rooms, names, an age of 90 and a day-only birthday; the handle is the hospital's",
)

# 46
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Mrs. Hortensia 'Tencha' Ibarra, 92, has knitted 1,100 baby hats for our NICU since 2009. She says she'll stop at 100. We don't believe her. 🧶💕",
    "a volunteer: her nickname and age over 89 are not a patient's",
)

# 47
p(
    "es",
    "thank_you",
    "Queremos agradecer públicamente a la familia Desravines. Cuando su hijo Kervens estuvo internado del 3 al 19 de abril, su mamá Nadine cocinó diri ak pwa para todo el turno de noche cada viernes. Kervens ya está en casa en North Miami y volvió a la escuela. Mèsi anpil! 🇭🇹",
    [
        ("NAME", "Desravines"),
        ("NAME", "Kervens", "*"),
        ("DATE", "3"),
        ("DATE", "19 de abril"),
        ("NAME", "Nadine"),
        ("GEO", "North Miami"),
    ],
    note="family surname, patient, stay written as a range (two date elements), mother, home town",
)

# 48
n(
    "es",
    "thank_you",
    "Gracias, Dra. Lourdes Echevarría, por 25 años cuidando a los niños de Hialeah. Hoy se jubila nuestra pediatra favorita, y las mamás del barrio le hicieron una fiesta sorpresa con flan y merengue. 🎉",
    "a retiring staff doctor",
)

# 49
p(
    "en",
    "discharge",
    "HE'S GOING HOME!!! 🏠 after 112 days MARCOS ANTONIO (aka Tony) leaves the burn unit today. his sisters Daimarelys & Yuleidy made the sign. go get em TONY 💪",
    [
        ("NAME", "MARCOS ANTONIO"),
        ("NAME", "Tony"),
        ("NAME", "Daimarelys"),
        ("NAME", "Yuleidy"),
        ("NAME", "TONY"),
    ],
    note="ALL-CAPS compound first name, nickname in two cases, sisters",
)

# 50
n(
    "en",
    "health_tip",
    "Generator safety 🔌: NEVER run it inside the house or garage. Carbon monoxide poisoning sends dozens of Miami-Dade families to the ER after every hurricane. Symptoms: headache, dizziness, nausea. Call 911 or Poison Control 1-800-222-1222.",
    "advice with national lines only",
)

# 51
p(
    "es",
    "pasted_record",
    "uy, esto no era para aquí 😬 'Nombre: Yuli Peña Báez | HC: 00-58-2291 | Seguro: Sunshine Health 8830041-02 | Ingreso: 12/06 | Alergia: PCN' — BORRAR",
    [
        ("NAME", "Yuli Peña Báez"),
        ("MRN", "00-58-2291"),
        ("HEALTH_PLAN", "8830041-02"),
        ("DATE", "12/06"),
    ],
    note="pasted chart line: name, record number, plan id (the insurer's name is not), admission date",
)

# 52
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Cuqui Valdés cumple hoy 40 años en Coral Vista 🎉 Entró el 1 de septiembre de 1985, sobrevivió al huracán Andrew en el turno de noche y dice que no piensa jubilarse. ¡Gracias, Cuqui!",
    "a nurse's nickname and hiring date; a hurricane name",
)

# 53
p(
    "en",
    "memorial",
    "Today we light a candle for Fernando Ignacio Calzadilla, 'el Profe', who taught chemistry in Barquisimeto for 40 years before coming to Kendall to be near his grandchildren. He passed peacefully on 7/22, at 90. His daughter Mariángel asked us to share his words: 'Sin química no hay vida.' Notes for the family: mariangel.calzadilla@gmail.com 🕯️",
    [
        ("NAME", "Fernando Ignacio Calzadilla"),
        ("NAME", "Profe"),
        ("GEO", "Barquisimeto"),
        ("GEO", "Kendall"),
        ("DATE", "7/22"),
        ("AGE", "90"),
        ("NAME", "Mariángel"),
        ("EMAIL", "mariangel.calzadilla@gmail.com"),
    ],
    note="name, nickname without the article, former and current cities, death date, age 90, daughter and her e-mail",
)

# 54
n(
    "en",
    "public_figure",
    "On this day, January 1, 1804, Haiti became the first free Black republic. 🇭🇹 Today our Little Haiti clinic served soup joumou to patients and staff in honor of Jean-Jacques Dessalines and Toussaint Louverture. Bòn ane!",
    "a national day and historical figures",
)

# 55
p(
    "es",
    "crisis_update",
    "🌀 Familias de pacientes evacuados del piso 7: la señora Nidia Castañeda (hab. 712, MRN 81-220-4519) ya está en el campus Hialeah y su hija Jeannette puede llamarla. El joven Brayan Ocampo (hab. 715) sigue en observación. Línea para familias: 305-555-0111.",
    [
        ("NAME", "Nidia Castañeda"),
        ("OTHER_ID", "hab. 712"),
        ("MRN", "81-220-4519"),
        ("NAME", "Jeannette"),
        ("NAME", "Brayan Ocampo"),
        ("OTHER_ID", "hab. 715"),
    ],
    note="crisis update naming evacuated patients, rooms, an MRN, a daughter; the line and campus are the hospital's",
)

# 56
n(
    "es",
    "crisis_update",
    "Aviso 🌀: Por la tormenta tropical, todas las cirugías electivas del martes y miércoles se reprograman. Si tiene cita, le llamaremos. Refugios del condado: llame al 311. Actualizaciones en coralvistamed.org/tormenta y en @coralvistasalud.",
    "storm notice; weekdays; the hospital's domain and handle",
)

# 57
p(
    "en",
    "birth_announcement",
    "baby #2 for our own ER nurse Yuli Cabrera?? no!! this is a DIFFERENT Yuli 😂 welcome Yuliana Sofía, born 10/10 to mom Yuli Ramos from Hialeah. 7lb 9oz of pure cuteness 💕",
    [
        ("NAME", "Yuli", 2),
        ("NAME", "Yuliana Sofía"),
        ("DATE", "10/10"),
        ("NAME", "Yuli Ramos"),
        ("GEO", "Hialeah"),
    ],
    note="the nurse Yuli Cabrera is staff (intended unlabelled repeat of 'Yuli'); the mother Yuli, the baby, birth date, home town",
    ok=("Yuli",),
)

# 58
n(
    "en",
    "recruitment",
    "We're hiring Haitian Creole medical interpreters! 🗣️ Full-time, Little Haiti clinic + main campus. Apply at coralvistamed.org/careers. Questions? careers@coralvistamed.org or 305-555-0100.",
    "recruitment with the hospital's contacts",
)

# 59
p(
    "es",
    "milestone_birthday",
    "@maite_zb Sí, ¡es verdad! Nuestra paciente más veterana, doña Amparo Zayas Bazán, cumple ciento tres años este 15 de agosto. Nació en Holguín y vive en Westchester con su sobrina Maité. Si quieren mandarle tarjetas: amparo.cumple103@gmail.com 💌",
    [
        ("OTHER_ID", "@maite_zb"),
        ("NAME", "Amparo Zayas Bazán"),
        ("AGE", "ciento tres"),
        ("DATE", "15 de agosto"),
        ("GEO", "Holguín"),
        ("GEO", "Westchester"),
        ("NAME", "Maité"),
        ("EMAIL", "amparo.cumple103@gmail.com"),
    ],
    note="reply to the niece's handle; double surname, age in words, birthday, birthplace and home, niece, e-mail",
)

# 60
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana, cuéntanos qué plato de tu abuela te cura cualquier cosa 🍛 Usa #SazónQueSana y etiqueta a @coralvistasalud. ¡Los mejores ganan una canasta de productos!",
    "campaign hashtag and the hospital's handle",
)

# 61
p(
    "en",
    "research",
    "Meet Dieuseul Charlemagne, one of the first participants in our sickle cell gene therapy trial. Dieuseul, 31, grew up in Gonaïves and now lives in Miami Gardens. 'I want my daughter Nahomie to see me run,' he says. Enrollment info: cvmc-miami.org/trials",
    [
        ("NAME", "Dieuseul Charlemagne"),
        ("NAME", "Dieuseul", 2),
        ("GEO", "Gonaïves"),
        ("GEO", "Miami Gardens"),
        ("NAME", "Nahomie"),
    ],
    note="named trial participant, home towns, daughter; age 31 not labelled",
)

# 62
n(
    "en",
    "research",
    "New study from our Little Haiti clinic: among 2,300 adults screened, 1 in 9 had undiagnosed high blood pressure. Patients 90 and older were the most likely to be on 3+ medications. Thank you to everyone who took part! 📊",
    "statistics and a population age",
)

# 63
p(
    "es",
    "patient_story",
    "Desde Sweetwater con amor 💙🤍: Don Chilo y Doña Mercedes Talavera llevan 68 años casados. Él tiene 91 y ella 89. Cuando a él lo operaron de la cadera el 4 de enero, ella no se movió de la silla ni una noche. ¡Ese es el amor nica!",
    [
        ("GEO", "Sweetwater"),
        ("NAME", "Chilo"),
        ("NAME", "Mercedes Talavera"),
        ("AGE", "91"),
        ("DATE", "4 de enero"),
    ],
    note="patient's nickname, wife's name, home town, his age 91 (her 89 is not labelled), surgery date",
)

# 64
n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Chagas afecta a miles de personas nacidas en Centroamérica y Sudamérica que hoy viven en Miami? Lleva el nombre del médico brasileño Carlos Chagas. Hazte la prueba gratis en nuestra clínica de Hialeah. 🪲",
    "an eponymous condition and the physician it is named after",
)

# 65
p(
    "en",
    "thank_you",
    "this made our week 😭 the Okafor-Desir family dropped off 200 griot plates for the ICU to say thanks for caring for their grandpa Ludovic in Nov. mèsi, Okafor-Desirs!!",
    [
        ("NAME", "Okafor-Desir"),
        ("NAME", "Ludovic"),
        ("DATE", "Nov"),
        ("NAME", "Okafor-Desirs"),
    ],
    note="hyphenated family surname twice, patient, month of stay",
)

# 66
n(
    "en",
    "sponsor",
    "Thank you, Sabor Tropical Supermarkets, for donating 5,000 bottles of water to our storm shelter in Hialeah! 🙏 And to owner Yoandri Pupo, who drove the truck himself.",
    "a sponsor and its owner",
)

# 67
p(
    "en",
    "memorial",
    "rest in peace, Mayito 🕊️ 17 years young. you taught the whole onco floor how to laugh. buen viaje, campeón. #PorSiempreMayito",
    [("NAME", "Mayito"), ("NAME", "#PorSiempreMayito")],
    note="diminutive name and memorial hashtag; age 17 not labelled",
)

# 68
n(
    "es",
    "memorial",
    "A un año del huracán, recordamos a las 14 personas de nuestra comunidad que perdieron la vida. Hoy, a las 3 de la tarde, tendremos un minuto de silencio en la capilla del hospital. 🕯️",
    "anonymous community memorial",
)

# 69
p(
    "en",
    "pasted_record",
    "[draft caption] Pt: Wislande Exumé-Toussaint, 34F, G3P2, MRN 2290-4471, arrived by ambulance from Florida City 2/27 at 31wks. Plan: betamethasone. ← sorry team, pasted the wrong thing!! Caption should be about Preemie Awareness Month",
    [
        ("NAME", "Wislande Exumé-Toussaint"),
        ("MRN", "2290-4471"),
        ("GEO", "Florida City"),
        ("DATE", "2/27"),
    ],
    note="pasted chart note: name, MRN, home town, arrival date; age 34 not labelled",
)

# 70
n(
    "en",
    "campaign_hashtag",
    "It's #PreemieAwarenessMonth 💜 1 in 10 babies in the US is born too soon. Our NICU cared for 640 little fighters last year. Share your #NICUgrad story with us at @CoralVistaMed.",
    "awareness month, statistics, the hospital's handle",
)

# 71
p(
    "es",
    "discharge",
    "¡Alta médica! 🎈 La señora Trina Alcalá de Urdaneta, de 90 años, se va hoy a su casa en Weston después de su reemplazo de rodilla del 1ro de octubre. Su hijo Gustavo dice que ya le tiene listas las arepas. ¡Chévere, Doña Trina!",
    [
        ("NAME", "Trina Alcalá de Urdaneta"),
        ("AGE", "90"),
        ("GEO", "Weston"),
        ("DATE", "1ro de octubre"),
        ("NAME", "Gustavo"),
        ("NAME", "Trina", 2),
    ],
    note="married surname with 'de', age 90, home town, surgery date, son",
)

# 72
n(
    "en",
    "health_tip",
    "August heat ☀️: drink water even if you're not thirsty, especially if you work construction or in the fields. Adults over 65: stay inside between noon and 4pm. Heat stroke signs: confusion, hot dry skin. Call 911.",
    "advice; a month and a population age",
)

# 73
p(
    "en",
    "milestone_birthday",
    "A centenarian in our cardiac rehab? You bet. 🎉 Mr. Wilfrid Pierre-Antoine walked 100 steps on his 100th birthday this morning, exactly like he promised his therapist. Happy birthday, Mr. Wilfrid! 🇭🇹",
    [
        ("AGE", "centenarian"),
        ("NAME", "Wilfrid Pierre-Antoine"),
        ("AGE", "100th"),
        ("NAME", "Wilfrid", 2),
    ],
    note="'centenarian' and '100th' are ages; '100 steps' is not",
)

# 74
n(
    "en",
    "milestone_birthday",
    "Coral Vista turns 75 today! 🎂 Founded on March 4, 1950 by the Sisters of Charity as a 40-bed clinic, we now care for 300,000 patients a year. Thank you, Miami!",
    "the hospital's own anniversary",
)

# 75
p(
    "es",
    "patient_story",
    "Jhon Fredy llegó de Medellín con su mamá, doña Luz Dary, para una cirugía de corazón que en su país no podían hacerle. Lo operamos el 9 de abril y hoy, 3 semanas después, ya pide bandeja paisa. ¡Gracias, Luz Dary, por confiar en nosotros! 💛💙❤️",
    [
        ("NAME", "Jhon Fredy"),
        ("GEO", "Medellín"),
        ("NAME", "Luz Dary", "*"),
        ("DATE", "9 de abril"),
    ],
    note="compound first name, home city, mother (a name that is a word), surgery date",
)

# 76
n(
    "es",
    "research",
    "Nuestro equipo de investigación busca voluntarios mayores de 90 años para un estudio sobre la longevidad en la comunidad cubana de Miami. 🧬 Información: investigacion@coralvistamed.org",
    "a population age and the hospital's e-mail",
)

# 77
p(
    "en",
    "hospital_contact",
    "@ricardo_tamayo_fl Hi Ricardo, we're so sorry about the billing mix-up on your mom Olga's ER visit from Feb 11. Our billing team will call you at 786-555-0198 — or reach them directly at 305-555-0125, Mon–Fri.",
    [
        ("OTHER_ID", "@ricardo_tamayo_fl"),
        ("NAME", "Ricardo"),
        ("NAME", "Olga"),
        ("DATE", "Feb 11"),
        ("PHONE", "786-555-0198"),
    ],
    note="reply to a son: handle, names, visit date, his phone; 305-555-0125 is the hospital's",
)

# 78
n(
    "en",
    "hospital_contact",
    "Need us? 📞 Main line 305-555-0100 · ER nurse advice 305-555-0111 · Kreyòl line 305-555-0155 · Foundation 305-555-0133. Email info@coralvistamed.org. We're at 1450 NW 10th Avenue, Miami.",
    "the hospital's own phones, e-mail and address",
)

# 79
p(
    "es",
    "anonymous_story",
    "Una abuelita nicaragüense de 88 años nos visitó hoy con un ramo de flores: aquí le salvamos la vida el 30 de mayo de 1998, día de las madres en Nicaragua. 'Nunca lo olvidé', nos dijo. 🌺",
    [("DATE", "30 de mayo de 1998"), ("DATE", "día de las madres")],
    note="nameless, but the date of her admission (written twice) identifies her; 88 not labelled",
)

# 80
n(
    "es",
    "anonymous_story",
    "Un paciente de 70 y tantos años nos dejó esta nota al salir: 'Llegué con miedo, me voy con amigos.' No nos dijo su nombre, pero nos alegró el turno entero. 💌",
    "anonymous patient, age under 90",
)

# 81
p(
    "en",
    "patient_story",
    "update on lil Bebo from Allapattah 🐯: 2 wks out of surgery and already stealing the nurses' jello. mom Yamilé says thank u for all the prayers 🙏 #BeboFuerte",
    [("NAME", "Bebo"), ("GEO", "Allapattah"), ("NAME", "Yamilé"), ("NAME", "#BeboFuerte")],
    note="nickname ('lil' excluded), neighbourhood, mother, name hashtag",
)

# 82
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Jean-Baptiste Fanfan, our new chief of emergency medicine 🩺 Born in Port-au-Prince, trained in Miami, and fluent in four languages. Fun fact: he DJs konpa on weekends. Byenveni, Dr. Fanfan!",
    "a staff doctor with Haitian names and birthplace",
)

# 83
p(
    "es",
    "pasted_record",
    "Lista de traslado – Huracán (NO PUBLICAR) / Cama 7: Ruiz Sotolongo, Hilda, 96 a., HC 6612-0075, O2 / Cama 8: Quintero, Ángel, 61 a. / Cama 9: Toussaint, Mérilia, 101 a., NPO — salen a las 16:00",
    [
        ("OTHER_ID", "Cama 7"),
        ("NAME", "Ruiz Sotolongo, Hilda"),
        ("AGE", "96"),
        ("MRN", "6612-0075"),
        ("OTHER_ID", "Cama 8"),
        ("NAME", "Quintero, Ángel"),
        ("OTHER_ID", "Cama 9"),
        ("NAME", "Toussaint, Mérilia"),
        ("AGE", "101"),
    ],
    note="pasted transfer list: beds, surname-first names, ages over 89 (61 is not), a record number",
)

# 84
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Sotolongo por donar 40 camas nuevas para nuestro piso de geriatría. 🛏️ La familia Sotolongo apoya a Coral Vista desde 1992. ¡Mil gracias!",
    "a donor family, not introduced as patients' relatives",
)

# 85
p(
    "en",
    "memorial",
    "Rest easy, Soledad. 🕊️ Soledad Irizarry Mejía came to us every Tuesday for 9 years for chemo and never once arrived without pastelitos for the infusion room. She died on Holy Saturday, April 19, at home in Hialeah with her sons Alexis and Yuniel beside her. Condolences can be sent to alexis.irizarry@gmail.com. Soledad, nunca te olvidaremos.",
    [
        ("NAME", "Soledad Irizarry Mejía"),
        ("NAME", "Soledad", "*"),
        ("DATE", "Holy Saturday"),
        ("DATE", "April 19"),
        ("GEO", "Hialeah"),
        ("NAME", "Alexis"),
        ("NAME", "Yuniel"),
        ("EMAIL", "alexis.irizarry@gmail.com"),
    ],
    note="name that is a word, death date written twice, home town, sons, son's e-mail",
)

# 86
n(
    "en",
    "memorial",
    "This week our palliative care team held hands with 6 families saying goodbye. We don't share their names, but we carry them with us. Thank you to our chaplains, who pray in English, Spanish and Kreyòl. 🤍",
    "anonymous families",
)

# 87
p(
    "es",
    "birth_announcement",
    "🎄 ¡Bebé de Nochebuena! Nació Jesús Manuel a las 11:52 p.m. del 24 de diciembre 😍 Sus papás, Yusleidy y Ernesto, dicen que el lechón puede esperar. ¡Felicidades, familia Barroso!",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Jesús Manuel"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Yusleidy"),
        ("NAME", "Ernesto"),
        ("NAME", "Barroso"),
    ],
    note="birth on Nochebuena written twice, baby, parents, family surname",
)

# 88
n(
    "es",
    "event",
    "🎄 Este 24 de diciembre, Nochebuena, nuestra cafetería servirá lechón, congrí y yuca con mojo para los pacientes hospitalizados y sus familias. Misa en la capilla a las 8 p.m. ¡Felices fiestas!",
    "a holiday event: the date is not any patient's event",
)

# 89
p(
    "en",
    "discharge",
    "@LittleHaitiMom_Rose thank YOU for trusting us with baby Samuel 💙 72 days in the NICU and he's finally home in Little Haiti! see u at the 1 year checkup on March 2nd 🥳",
    [
        ("OTHER_ID", "@LittleHaitiMom_Rose"),
        ("NAME", "Samuel"),
        ("GEO", "Little Haiti"),
        ("DATE", "March 2nd"),
    ],
    note="mother's handle, baby, home neighbourhood, his appointment date",
)

# 90
n(
    "en",
    "event",
    "Join us March 2nd for our free Family Health Day at the Hialeah campus 🎈 car seat checks, flu shots, free haircuts for kids. 850 East 25th Street, 9am–1pm. RSVP coralvistamed.org/familyday",
    "event date and the hospital's address",
)

# 91
p(
    "es",
    "thank_you",
    "Esta carta llegó a nuestro buzón y con permiso de la familia la compartimos: 'Gracias al equipo del 5 Norte por cuidar a mi manman, Rosemène Dorcéus, cuando tuvo el derrame el 16 de enero. Ella solo habla kreyòl y ustedes buscaron intérprete a las 3 de la mañana.' – Jocelyne Dorcéus, Miami Shores",
    [
        ("NAME", "Rosemène Dorcéus"),
        ("DATE", "16 de enero"),
        ("NAME", "Jocelyne Dorcéus"),
        ("GEO", "Miami Shores"),
    ],
    note="letter from a daughter: patient, stroke date, daughter, home town; 'manman' not labelled",
)

# 92
n(
    "es",
    "thank_you",
    "Gracias a los 85 voluntarios de la Iglesia Notre-Dame d'Haïti y de la parroquia San Lázaro que ayudaron a limpiar la clínica después de la tormenta. 🙏 ¡Bondye beni nou!",
    "volunteers and parishes",
)

# 93
p(
    "en",
    "milestone_birthday",
    "94 today & still sharper than all of us 😂 happy bday Grandpa Nico (Nicanor Ledesma) from your 4th floor rehab crew. born on the 4th of july, of course he wanted fireworks 🎆",
    [
        ("AGE", "94"),
        ("NAME", "Nico"),
        ("NAME", "Nicanor Ledesma"),
        ("DATE", "4th of july"),
    ],
    note="age, nickname ('Grandpa' excluded) and full name, birthday in lower case; '4th floor' is not a date",
)

# 94
n(
    "en",
    "public_figure",
    "Tito Puente, Celia Cruz, Gloria Estefan: our lobby playlist this Hispanic Heritage Month (Sept 15–Oct 15) is all Latin legends. 🎶 Request your favorite at the front desk!",
    "public figures and an observance",
)

# 95
p(
    "es",
    "crisis_update",
    "UPDATE huracán 🌀: los pacientes de diálisis de Little Haiti fueron trasladados al hospital principal. Si usted es familiar de Sra. Anne-Marie Jeune (MRN 6650-1938) o del Sr. Lucner Bastien (MRN 6650-2207), favor de llamar a la línea de familias 305-555-0111.",
    [
        ("NAME", "Anne-Marie Jeune"),
        ("MRN", "6650-1938"),
        ("NAME", "Lucner Bastien"),
        ("MRN", "6650-2207"),
    ],
    note="storm update naming patients with MRNs; 'Little Haiti' is the clinic here, the line is the hospital's",
)

# 96
n(
    "en",
    "crisis_update",
    "🌀 A Category 3 hurricane is approaching the coast. Coral Vista's emergency plan is active: our ER stays OPEN 24/7. Home-oxygen patients: if you lose power, go to the county's special-needs shelter. Info: 311 or 305-555-0100.",
    "storm notice, 311 and the main line",
)

# 97
p(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is 3/21 💙💛 — and this year it's also Valentina Ocando's 5th birthday! Valentina came to us from Barquisimeto as a newborn for heart surgery. Her mom Génesis says: 'Down syndrome is not a limit.' Send Vale birthday wishes: familia.ocando@gmail.com 🧦",
    [
        ("DATE", "World Down Syndrome Day"),
        ("DATE", "3/21"),
        ("NAME", "Valentina Ocando"),
        ("NAME", "Valentina", 2),
        ("GEO", "Barquisimeto"),
        ("NAME", "Génesis"),
        ("NAME", "Vale"),
        ("EMAIL", "familia.ocando@gmail.com"),
    ],
    note="the awareness day is also her birthday, so both expressions are DATE; name, nickname, home city, mother, e-mail",
)

# 98
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke — sudden drooping on one side of the face. Don't guess: call 911. Our neurologist Dr. Mackenson Guerrier explains the difference in Kreyòl and English on our YouTube this Friday.",
    "an eponym and a staff neurologist",
)

# 99
p(
    "es",
    "milestone_birthday",
    "Una nonagenaria con más energía que todo el piso 😅 Doña Cristobalina 'Tata' Mendieta celebró sus 98 el día de Reyes con roscón, sus bisnietos y su novio de la sala de terapia, Don Eusebio. ¡Felices 98, Tata!",
    [
        ("AGE", "nonagenaria"),
        ("NAME", "Cristobalina 'Tata' Mendieta"),
        ("AGE", "98", "*"),
        ("DATE", "día de Reyes"),
        ("NAME", "Eusebio"),
        ("NAME", "Tata", 2),
    ],
    note="'nonagenaria' and 98 are ages; quoted nickname inside the full name; birthday on Día de Reyes; her partner",
)

# 100
n(
    "es",
    "milestone_birthday",
    "Nuestra recepcionista Marlenis está de fiesta: su abuela Ofelia cumple 99 años hoy en Camagüey 🎂 y todo el equipo de admisiones le grabó un video cantándole. ¡Felicidades, Ofelia!",
    "a staff member's own grandmother, not a patient: name, age and town not labelled",
)

# 101
p(
    "en",
    "pasted_record",
    "Can someone delete my last story?? it showed the whiteboard 😩 — 'Rm 608 | BATISTA-OLIVERA, YOELKIS | DOB 06/30/1987 | allergies: latex | fall risk | wife Anisleydis 786-555-0127'",
    [
        ("OTHER_ID", "Rm 608"),
        ("NAME", "BATISTA-OLIVERA, YOELKIS"),
        ("DATE", "06/30/1987"),
        ("NAME", "Anisleydis"),
        ("PHONE", "786-555-0127"),
    ],
    note="whiteboard in a story: room, name, birth date, wife and her phone",
)

# 102
n(
    "en",
    "pasted_record",
    "[TEMPLATE — fill before posting] Today we celebrate ___(patient first name)___, who turned ___ on ___! Thanks to ___ unit. #CoralVistaCelebrates — reminder: get a signed release from the family first.",
    "an empty template",
)

# 103
p(
    "es",
    "discharge",
    "Salió de alta Osmel Guerra Pupo, el balsero que rescatamos el 6 de julio frente a Key Biscayne. Después de 12 días en cuidados intensivos por deshidratación, hoy se reunió con su prima Arelys, que vive en Hialeah y pide que otros familiares la llamen al 786-555-0115. ¡Bienvenido a la libertad, Osmel!",
    [
        ("NAME", "Osmel Guerra Pupo"),
        ("DATE", "6 de julio"),
        ("GEO", "Key Biscayne"),
        ("NAME", "Arelys"),
        ("GEO", "Hialeah"),
        ("PHONE", "786-555-0115"),
        ("NAME", "Osmel", 2),
    ],
    note="double surname, rescue date and place, cousin, her town and phone",
)

# 104
n(
    "es",
    "public_figure",
    "“Con los pobres de la tierra quiero yo mi suerte echar.” — José Martí, nacido el 28 de enero de 1853. Este martes, nuestros médicos ofrecerán consultas gratis en el Parque José Martí de la Pequeña Habana. 🇨🇺",
    "a historical figure's birthday, a park named for him, an event",
)

# 105
p(
    "en",
    "thank_you",
    "Mr. R.D. from 3 West left us this note: 'Y'all treated me like family since the day I came in, August 14. Tell Nurse Bibi she makes the best Cuban coffee in Miami.' Thank YOU, Mr. R.D. 🙏",
    [("NAME", "R.D.", "*"), ("DATE", "August 14")],
    note="patient initials twice and admission date; Nurse Bibi is staff",
)

# 106
n(
    "en",
    "thank_you",
    "To the 312 nurses, techs, cooks and housekeepers who lived at the hospital for 4 days during Hurricane Odalys: THANK YOU. 🌀💙 Our patients never missed a meal or a med. #CoralVistaStrong",
    "a hurricane with a person's name; staff thanked as a group",
)

# 107
p(
    "es",
    "patient_story",
    "Las gemelas Fátima y Fabiola Centeno cumplieron un año sin convulsiones 🎉 Las dos fueron diagnosticadas con síndrome de Dravet aquí en marzo de 2023. Su papá, Don Noel, maneja desde Homestead cada mes a las citas. ¡Fuerza, familia Centeno!",
    [
        ("NAME", "Fátima"),
        ("NAME", "Fabiola Centeno"),
        ("DATE", "marzo de 2023"),
        ("NAME", "Noel"),
        ("GEO", "Homestead"),
        ("NAME", "Centeno", 2),
    ],
    note="twins, diagnosis month with year, father, home town, family surname; Dravet is an eponym",
)

# 108
n(
    "es",
    "research",
    "Estudio de Coral Vista: el síndrome de Dravet y otras epilepsias raras se diagnostican 2 años más tarde en familias que no hablan inglés. Buscamos familias para un grupo focal en español y kreyòl. Más info: 305-555-0133.",
    "research finding and the hospital's number",
)

# 109
p(
    "en",
    "crisis_update",
    "Storm update: the Hialeah campus is on generator power. ⚡ To everyone asking about Mrs. Dulce María Boza (MRN 7209-3318) in Rm 210 — her daughter Yanelis just told us she's watching novelas and complaining about the jello, so she's fine 😂",
    [
        ("NAME", "Dulce María Boza"),
        ("MRN", "7209-3318"),
        ("OTHER_ID", "Rm 210"),
        ("NAME", "Yanelis"),
    ],
    note="patient (a name that is a word), MRN, room, daughter; the campus is the hospital's",
)

# 110
n(
    "en",
    "crisis_update",
    "🌀 Hurricane Odalys update, 4pm: 142 patients safely moved from our Little Haiti clinic and coastal units. No injuries. Families can find loved ones by calling 305-555-0111 (English/Español) or 305-555-0155 (Kreyòl).",
    "a hurricane name, counts and the hospital's lines",
)

# 111
p(
    "es",
    "hospital_contact",
    "@la_nena_de_papi Hola Nena, sentimos mucho lo de tu papá, Sr. Heriberto Lugones. Para pedir su expediente del ingreso de septiembre, manda un correo con tu identificación a records@coralvistamed.org desde el mismo email que nos diste (nena.lugones@hotmail.com) 🙏",
    [
        ("OTHER_ID", "@la_nena_de_papi"),
        ("NAME", "Nena"),
        ("NAME", "Heriberto Lugones"),
        ("DATE", "septiembre"),
        ("EMAIL", "nena.lugones@hotmail.com"),
    ],
    note="reply to a daughter: handle, nickname, patient, admission month, her e-mail; records@ is the hospital's",
)

# 112
n(
    "es",
    "hospital_contact",
    "¿Necesita su historial médico? Solicítelo en línea en coralvistamed.org/records, por correo a records@coralvistamed.org o en persona en la planta baja del 1450 NW 10th Avenue. Tiempo de respuesta: 5 días hábiles.",
    "the hospital's records contacts",
)

# 113
p(
    "en",
    "birth_announcement",
    "It's a girl!! 🎀 Welcome Oriana Valentina, born 5/5 at 3:14am to first-time parents Mariángela & Luis Alejandro from Doral — aka Doralzuela 🇻🇪😄 Mom's favorite part? The cachapas from Abuela Chiquinquirá.",
    [
        ("NAME", "Oriana Valentina"),
        ("DATE", "5/5"),
        ("NAME", "Mariángela"),
        ("NAME", "Luis Alejandro"),
        ("GEO", "Doral"),
        ("GEO", "Doralzuela"),
        ("NAME", "Chiquinquirá"),
    ],
    note="compound names, birth date, home town and its nickname, grandmother (a name that is a place)",
)

# 114
n(
    "en",
    "birth_announcement",
    "A baby boy arrived in the back seat of an Uber outside our ER last night 🚗👶 Both mom and baby are doing great. Shoutout to the driver and our triage nurse Yanet, who caught him!",
    "anonymous birth, 'last night', a staff nurse",
)

# 115
p(
    "es",
    "memorial",
    "Hoy despedimos con cariño a Manman Tita, Marie-Thérèse Augustin, quien nos dejó el pasado 1 de mayo a los noventa y un años. Nacida en Jérémie, fue partera durante 50 años. Sus nietas Guerline y Djenane dicen que 'recibió a medio Jérémie'. Repoze nan lapè. 🕊️",
    [
        ("NAME", "Tita"),
        ("NAME", "Marie-Thérèse Augustin"),
        ("DATE", "1 de mayo"),
        ("AGE", "noventa y un"),
        ("GEO", "Jérémie", "*"),
        ("NAME", "Guerline"),
        ("NAME", "Djenane"),
    ],
    note="nickname without 'Manman', full name, death date, age in words, birthplace twice, granddaughters",
)

# 116
n(
    "es",
    "staff_spotlight",
    "Nuestro chef Fanfan Delice cumple 20 años cocinando para los pacientes de Coral Vista 👨🏿‍🍳 Su sopa joumou del 1 de enero es leyenda. ¡Gracias, Chef Fanfan!",
    "a staff chef; a holiday date",
)

# 117
p(
    "en",
    "patient_story",
    "Cielo is 11, loves K-pop, and has spent her last 3 birthdays with us at the cancer center. This year, on Sept 30, she'll celebrate at HOME in Kendall. Her big sister Estrella is already planning the party. Cielo, the sky's the limit ☁️",
    [("NAME", "Cielo", "*"), ("DATE", "Sept 30"), ("GEO", "Kendall"), ("NAME", "Estrella")],
    note="names that are words, birthday, home town, sister",
)

# 118
n(
    "en",
    "anonymous_story",
    "A teen patient asked us yesterday if nurses ever cry. Yes. Sometimes in the supply closet, sometimes in the car, sometimes with you. 💙 Thank you for letting us be human.",
    "anonymous patient, relative day",
)

# 119
p(
    "en",
    "discharge",
    "our favorite bolero singer from Rm 412 is going home 😭 J.C.M., thank you for serenading the night shift every single night. enjoy Hialeah Gardens, maestro 🎶",
    [("OTHER_ID", "Rm 412"), ("NAME", "J.C.M."), ("GEO", "Hialeah Gardens")],
    note="room, initials, home town",
)

# 120
n(
    "es",
    "event",
    "📅 16 y 17 de diciembre: peregrinación de San Lázaro 🙏 La capilla del hospital estará abierta toda la noche del 16 para quienes quieran prender una vela. Estacionamiento gratis en el campus de Hialeah.",
    "a feast-day event, not a patient's date",
)

# 121
p(
    "en",
    "pasted_record",
    "oops — this went to the wrong window: Financial counseling: ARMANDO DELGADO VIZCAÍNO · SSN 589-22-4107 · Acct #A77410023 · Medicaid ID 441722098 · callback (786) 555-0164 (daughter Yadira)",
    [
        ("NAME", "ARMANDO DELGADO VIZCAÍNO"),
        ("SSN", "589-22-4107"),
        ("ACCOUNT", "A77410023"),
        ("HEALTH_PLAN", "441722098"),
        ("PHONE", "(786) 555-0164"),
        ("NAME", "Yadira"),
    ],
    note="financial note: name, SSN, account, Medicaid id, callback phone, daughter",
)

# 122
n(
    "en",
    "statistic",
    "By the numbers, hurricane week 🌀: 1,180 ER visits, 63 babies born, 9 generator refuels, 2,400 pastelitos donated, 0 patients lost to power outages. Proud of this team. #CoralVistaStrong",
    "counts only",
)

# 123
p(
    "es",
    "patient_story",
    "¡Qué carnaval! 🎭 Sharon Vanessa Orozco, de 16 años, llegó de Barranquilla en noviembre para su trasplante de riñón. Su donante fue su propio tío, Wilmer. Hoy, a tres meses de la cirugía, nos visitó disfrazada de marimonda. ¡Tremenda, Sharon!",
    [
        ("NAME", "Sharon Vanessa Orozco"),
        ("GEO", "Barranquilla"),
        ("DATE", "noviembre"),
        ("NAME", "Wilmer"),
        ("NAME", "Sharon", 2),
    ],
    note="name, home city, month of admission, uncle; 16 not labelled",
)

# 124
n(
    "es",
    "statistic",
    "Cifras 2024 ❤️ 3.412 bebés nacidos, 218 trasplantes, 41.000 consultas en kreyòl y 96 pacientes centenarios atendidos en nuestra clínica geriátrica. ¡Gracias, Miami!",
    "counts of people; 'centenarios' describes a group, not one patient",
)

# 125
p(
    "en",
    "memorial",
    "rip big mike 💔 our favorite dialysis regular, miguel ángel sosa, passed on halloween night (10/31) still wearing his spiderman mask. 4 yrs of tuesdays/thursdays with us. #LongLiveBigMike",
    [
        ("NAME", "mike"),
        ("NAME", "miguel ángel sosa"),
        ("DATE", "halloween"),
        ("DATE", "10/31"),
        ("NAME", "#LongLiveBigMike"),
    ],
    note="lower-case nickname ('big' excluded) and full name, death date written twice, name hashtag",
)

# 126
n(
    "en",
    "eponymous_condition",
    "Crohn's, Hashimoto's, Graves' disease, Guillain-Barré: if it's named after a doctor, chances are your family has questions 😅 Ask our specialists LIVE on Instagram Thursday 7pm @CoralVistaMed",
    "eponyms and the hospital's handle",
)

# 127
p(
    "es",
    "thank_you",
    "¡Mil gracias a la familia Hernández-Caraballo por las 50 cajas de croquetas! 🥐 Su mamá, Zoila, estuvo con nosotros en la UCI desde el Día de Acción de Gracias. Si alguien quiere escribirles: hernandezcaraballo.fam@gmail.com",
    [
        ("NAME", "Hernández-Caraballo"),
        ("NAME", "Zoila"),
        ("DATE", "Día de Acción de Gracias"),
        ("EMAIL", "hernandezcaraballo.fam@gmail.com"),
    ],
    note="family surname, patient, admission on a holiday, family e-mail",
)

# 128
n(
    "en",
    "sponsor",
    "🙌 Thanks to Pollos El Guajiro and the Haitian-American Chamber of Commerce of Miami for sponsoring our health fair. 600+ neighbors got their blood pressure checked!",
    "sponsors and counts",
)

# 129
p(
    "en",
    "milestone_birthday",
    "Born on Valentine's Day in Managua, Doña Esperanza Cuadra turned 100 with us on Friday. 💘 She told our nurses the secret to a long life: 'gallo pinto, rosary and never marrying a man who can't dance.' Her granddaughter Ileana brought the mariachis — cards welcome at (786) 555-0131. Feliz cumple, Doña Esperanza!",
    [
        ("DATE", "Valentine's Day"),
        ("GEO", "Managua"),
        ("NAME", "Esperanza Cuadra"),
        ("AGE", "100"),
        ("NAME", "Ileana"),
        ("PHONE", "(786) 555-0131"),
        ("NAME", "Esperanza", 2),
    ],
    note="birthday on a holiday, birthplace, a name that is a word, age 100, granddaughter and phone",
)

# 130
n(
    "en",
    "campaign_hashtag",
    "Show us your #AbuelaPower 💪👵🏽 Every grandma who walks our 5K on Nov 9 gets a medal and a cafecito. Register: coralvistafoundation.org/5k #CoralVista5K",
    "campaign hashtags, an event date, the foundation's domain",
)

# 131
p(
    "es",
    "pasted_record",
    "Nota rápida (borrar antes de publicar 😅): Pte. Wendy Rosario Mairena, 27 años, nica, vive en Sweetwater, HC 91-044-382, FUR 3/9, CPN en clínica Hialeah.",
    [
        ("NAME", "Wendy Rosario Mairena"),
        ("GEO", "Sweetwater"),
        ("MRN", "91-044-382"),
        ("DATE", "3/9"),
    ],
    note="pasted note: name, home town, record number, last-period date; the Hialeah clinic is the hospital's",
)

# 132
n(
    "es",
    "pasted_record",
    "Guardia del fin de semana (copiado del correo interno): Urgencias – Dr. Fanfan / Pediatría – Dra. Joseph / UCI – Dr. Valdés / Partos – Dra. Echevarría. Cualquier cambio, al 305-555-0122.",
    "a pasted staff roster and the hospital's number",
)

# 133
p(
    "en",
    "patient_story",
    "When 6-year-old Fanfan (Jean-Fritz) arrived from Port-de-Paix in July, he had never seen an escalator. Now he rides ours 'for physical therapy' and has memorized every nurse's name. His mom, Saintilia, calls him 'Ti Lyon'. We see why. 🦁",
    [
        ("NAME", "Fanfan"),
        ("NAME", "Jean-Fritz"),
        ("GEO", "Port-de-Paix"),
        ("DATE", "July"),
        ("NAME", "Saintilia"),
        ("NAME", "Ti Lyon"),
    ],
    note="nickname and given name, home city, arrival month, mother, Creole nickname",
)

# 134
n(
    "en",
    "staff_spotlight",
    "Congrats to our respiratory therapist Manman Gigi (that's what the whole unit calls Ghislaine Noël!) on 30 years at Coral Vista. She's trained half the RTs in Miami. 🎉",
    "a staff member's nickname and name",
)

# 135
p(
    "es",
    "discharge",
    "¡MAYRA VOLVIÓ A CASA! 💐 Después de 3 semanas en la UCI por COVID, MAYRA ALEJANDRA TOVAR se fue de alta justo el Día de las Madres, el 11 de mayo, con sus tres hijos esperándola en el lobby. ❤️",
    [
        ("NAME", "MAYRA", 1),
        ("NAME", "MAYRA ALEJANDRA TOVAR"),
        ("DATE", "Día de las Madres"),
        ("DATE", "11 de mayo"),
    ],
    note="ALL-CAPS names, discharge date written as holiday and date",
)

# 136
n(
    "es",
    "event",
    "💐 Este Día de las Madres, domingo 11 de mayo, regalaremos una flor a cada mamá que visite el hospital. ¡Y a las mamás que trabajan aquí, un cafecito doble! #MamásCoralVista",
    "holiday event: the date is not a patient's",
)

# 137
p(
    "en",
    "hospital_contact",
    "@Frandy_Mompremier we've passed your message to the unit, Frandy. Your grandmother Mrs. Ilfrède Mompremier is in the cardiac ICU; the nurses will call you back at +1 305 555 0191 after rounds. 💙",
    [
        ("OTHER_ID", "@Frandy_Mompremier"),
        ("NAME", "Frandy"),
        ("NAME", "Ilfrède Mompremier"),
        ("PHONE", "+1 305 555 0191"),
    ],
    note="reply to a grandson: handle, name, patient, his phone",
)

# 138
n(
    "en",
    "hospital_contact",
    "Reminder 📢: we will NEVER ask for your SSN or card number over DM. Our only official accounts are @CoralVistaMed, @coralvistasalud and @CVMC_Volunteers. Report scams to 305-555-0144.",
    "the hospital's handles and number",
)

# 139
p(
    "es",
    "milestone_birthday",
    "cien años cumple hoy la señora Rosalía Benítez de Armas 🎉🎂 y nos dijo: 'el secreto es no coger lucha'. de parte de todo el 6 Sur: ¡felicidades, abuela Rosa! 🌹",
    [("AGE", "cien"), ("NAME", "Rosalía Benítez de Armas"), ("NAME", "Rosa")],
    note="age in words, compound surname, short name ('abuela' excluded)",
)

# 140
n(
    "es",
    "public_figure",
    "El 24 de agosto nació Beny Moré, 'el Bárbaro del Ritmo' 🎺 Nuestro grupo de musicoterapia le dedicó hoy un danzón, y hasta los pacientes de 90 y pico bailaron.",
    "a public figure's birthday; a group of patients by age range, no individual",
)

# 141
p(
    "en",
    "anonymous_story",
    "The gentleman in room 517 asked for one thing today: to hear the Cuban national anthem one more time. So 14 nurses, 2 doctors and a housekeeper sang it at his door. 🇨🇺 We didn't stop crying for an hour.",
    [("OTHER_ID", "room 517")],
    note="nameless story made specific by a room number",
)

# 142
n(
    "en",
    "anonymous_story",
    "Last week a Haitian grandmother in our ER didn't speak any English or Spanish. Our housekeeper, who grew up in Les Cayes, stayed 2 hours past her shift to interpret. That's Coral Vista. 🇭🇹❤️",
    "anonymous patient; the hometown is a staff member's",
)

# 143
p(
    "es",
    "crisis_update",
    "🌀 Actualización 8:00 a.m.: gracias a Dios el huracán pasó sin daños graves. Anoche nació en el campus Hialeah una niña durante el apagón, a las 2:17 a.m. del 10 de septiembre, a la luz de las linternas de los celulares. Sus padres, Yordanka y Raidel, la llamaron Luz. 💡 Todos los demás pacientes están estables.",
    [
        ("DATE", "10 de septiembre"),
        ("NAME", "Yordanka"),
        ("NAME", "Raidel"),
        ("NAME", "Luz"),
    ],
    note="birth date, parents, a name that is a word ('la luz' is not)",
)

# 144
n(
    "es",
    "crisis_update",
    "Después del huracán: si su casa sufrió daños, puede solicitar ayuda de FEMA en disasterassistance.gov o al 1-800-621-3362. Nuestras trabajadoras sociales le ayudan en español y kreyòl en la clínica de Little Haiti, de 9 a 5.",
    "national aid line and site, the hospital's clinic",
)

# 145
p(
    "en",
    "research",
    "Proud moment: our case report on a rare Chagas heart complication was published this week, and patient Rigoberto Blandón (from León, now in Sweetwater) gave us permission to share his story. Rigoberto was admitted Jan 8th and is now back at work. He's happy to talk with other patients: rblandon.leon@gmail.com",
    [
        ("NAME", "Rigoberto Blandón"),
        ("GEO", "León"),
        ("GEO", "Sweetwater"),
        ("NAME", "Rigoberto", 2),
        ("DATE", "Jan 8th"),
        ("EMAIL", "rblandon.leon@gmail.com"),
    ],
    note="named case-report patient, home cities, admission date, e-mail; Chagas is an eponym",
)

# 146
n(
    "en",
    "research",
    "Can WhatsApp reminders improve insulin adherence? Our diabetes study with 420 adults in Hialeah says yes — missed doses dropped 27%. Thanks to lead researcher Dr. Yusimí Ferrer and her team. 📱",
    "study results and a staff researcher",
)

# 147
p(
    "es",
    "birth_announcement",
    "¡Trillizos! 👶👶👶 Ángel, Gabriel y Rafael llegaron el 29 de septiembre, día de San Miguel Arcángel (¡y no, no le pusieron Miguel a ninguno! 😂). Mamá Yailín y papá Eliécer, de Miami Lakes, están felices. Pesaron 3 libras cada uno.",
    [
        ("NAME", "Ángel"),
        ("NAME", "Gabriel"),
        ("NAME", "Rafael"),
        ("DATE", "29 de septiembre"),
        ("DATE", "día de San Miguel Arcángel"),
        ("NAME", "Yailín"),
        ("NAME", "Eliécer"),
        ("GEO", "Miami Lakes"),
    ],
    note="triplets, birth date written as date and saint's day, parents, home town; 'Miguel' names nobody",
)

# 148
n(
    "es",
    "birth_announcement",
    "🎉 ¡Nuestro bebé número 100.000 nació esta semana! Los papás prefirieron mantener su privacidad, pero nos dejaron decirles que es varón, pesó 8 libras y tiene los cachetes más grandes del mundo.",
    "an anonymous birth",
)

# 149
p(
    "en",
    "thank_you",
    "to the family of 'Chino' — thank u for the cake & the beautiful words. taking care of your dad for 3 months on 4 North was an honor. he'll always be our favorite domino champion 🁢 #4NorthFamily",
    [("NAME", "Chino")],
    note="patient's nickname; the unit hashtag is not a name",
)

# 150
n(
    "en",
    "thank_you",
    "Thank you to the Miami Heat for visiting our pediatric floor today! 🏀🔥 The kids got signed jerseys and one of our nurses got a selfie she'll never delete. #HeatCulture",
    "a sports team visit, anonymous children",
)

# 151
p(
    "es",
    "patient_story",
    "Cuqui, Yuli y Pepito: así les dicen en casa a Ana Cristina, Yulieski y José Ernesto Rabelo, tres hermanos de Hialeah que donaron médula a su primo Nelsito el 12/3. ¡Familia que se apoya, familia que sana! 🧬❤️",
    [
        ("NAME", "Cuqui"),
        ("NAME", "Yuli"),
        ("NAME", "Pepito"),
        ("NAME", "Ana Cristina"),
        ("NAME", "Yulieski"),
        ("NAME", "José Ernesto Rabelo"),
        ("GEO", "Hialeah"),
        ("NAME", "Nelsito"),
        ("DATE", "12/3"),
    ],
    note="donor siblings' nicknames and names, home town, recipient's diminutive, transplant date",
)

# 152
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: 'Mi hijo nació prematuro aquí hace 20 años y hoy se graduó de enfermero.' 🎓 No nos dio nombres ni fechas, pero nos alegró el día. ¡Bienvenido al gremio, colega!",
    "anonymous former patient; 'hace 20 años' is relative",
)

# 153
p(
    "en",
    "discharge",
    "Discharge photo request from the family of pt #00718844 approved ✅ — going home to Miami Springs today after 19 days. Pictured: the patient with nurses Alina and Betsy.",
    [("MRN", "00718844"), ("GEO", "Miami Springs"), ("PHOTO", "Pictured")],
    note="bare patient number, home town, photo of the patient; nurses are staff",
)

# 154
n(
    "en",
    "discharge",
    "Our 1,000th heart-failure patient went home this year with a remote monitoring kit 📲 Readmissions fell 22%. To every family who learned to weigh in each morning: you did that.",
    "an anonymous milestone",
)

# 155
p(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré dejó a Rolando Echemendía sin poder caminar el 15 de febrero. Hoy, a sus 90 años, volvió a subir escaleras en terapia. Su esposa Nilda dice que fue por terquedad cubana. 😂💪",
    [("NAME", "Rolando Echemendía"), ("DATE", "15 de febrero"), ("AGE", "90"), ("NAME", "Nilda")],
    note="eponym not labelled; patient, onset date, age 90, wife",
)

# 156
n(
    "es",
    "eponymous_condition",
    "¿Qué es el mal de Parkinson? 🧠 Temblor, rigidez, lentitud. Si nota estos síntomas en un familiar, pida cita en nuestra clínica de neurología: 305-555-0100. Charla gratis el jueves en el campus Hialeah.",
    "an eponym and the hospital's number",
)

# 157
p(
    "en",
    "campaign_hashtag",
    "Wear orange Friday for #FuerzaDayana 🧡 Dayana, 12, is fighting leukemia on our 8th floor, and her school in Hialeah is turning orange for her. Tag us @CoralVistaMed with your pics! #CoralVistaKids",
    [("NAME", "#FuerzaDayana"), ("NAME", "Dayana"), ("GEO", "Hialeah")],
    note="name hashtag and name; the school's town tells where she lives; #CoralVistaKids is a campaign tag",
)

# 158
n(
    "en",
    "campaign_hashtag",
    "#MiamiLovesHaiti 🇭🇹💙 This weekend our staff collected 3 tons of medical supplies for clinics in Jacmel and Les Cayes. Thank you to everyone who donated! #KonbitPouAyiti",
    "campaign hashtags; destination towns of a donation, no patient",
)

# 159
p(
    "es",
    "campaign_hashtag",
    "hoy todos de azul por #yosoyelian 💙 elian tiene 7 años y está esperando un corazón. sus papás, Yosvany y Marlén, agradecen cada oración. comparte y dona sangre 🩸",
    [("NAME", "#yosoyelian"), ("NAME", "elian"), ("NAME", "Yosvany"), ("NAME", "Marlén")],
    note="lower-case name hashtag and name, parents",
)

# 160
n(
    "es",
    "campaign_hashtag",
    "#DonaVida 🩸 Nuestro banco de sangre necesita donantes O negativo después del huracán. Lunes a sábado, 7 a.m. a 7 p.m., 1450 NW 10th Avenue. Cada donación salva hasta 3 vidas.",
    "campaign hashtag and the hospital's address",
)

# 161
p(
    "en",
    "patient_story",
    "Florida Mendoza has never lived anywhere but Florida — well, except for 40 years in Matagalpa 😄 At 91, she just finished cardiac rehab with the fastest 6-minute walk on the ward. Her grandson Darwin says she's training for the 5K.",
    [("NAME", "Florida Mendoza"), ("GEO", "Matagalpa"), ("AGE", "91"), ("NAME", "Darwin")],
    note="a name that is a state (the state itself is not GEO), former home city, age, grandson",
)

# 162
n(
    "en",
    "public_figure",
    "🇳🇮 Today we remember Rubén Darío, the Nicaraguan poet born January 18, 1867. Our Nicaraguan patients and staff read his poems aloud in the main lobby — in Spanish, English and Miskito.",
    "a historical figure's birthday; anonymous group",
)

# 163
p(
    "es",
    "milestone_birthday",
    "Noventa y siete años y sigue contando chistes malos 😂 ¡Feliz cumpleaños al Sr. Eulogio Carballosa, que nació un 15 de junio y hoy lo celebra con nosotros en rehabilitación! Sus hijos Lázaro y Migdalia lo sorprendieron con un tres y un conjunto de son. 🎸",
    [
        ("AGE", "Noventa y siete"),
        ("NAME", "Eulogio Carballosa"),
        ("DATE", "15 de junio"),
        ("NAME", "Lázaro"),
        ("NAME", "Migdalia"),
    ],
    note="age in words, birthday, children; 'un tres' is a guitar",
)

# 164
n(
    "es",
    "staff_spotlight",
    "A sus 71 años, la Dra. Migdalia Ferrer sigue haciendo guardias en nuestra sala de partos 👩🏽‍⚕️. Ha recibido más de 9.000 bebés desde que llegó de Cienfuegos en 1980. ¡Leyenda!",
    "a staff doctor's age and hometown",
)

# 165
p(
    "en",
    "pasted_record",
    "FW: pls post thank-you for the Saintil family?? → From: jn.saintil@gmail.com | 'My father Joseph Saintil (DOB 2/14/1934, MRN 30-77215) was in the ICU from Oct 2 to Oct 20...' — [SOCIAL TEAM: draft pending consent]",
    [
        ("NAME", "Saintil", 1),
        ("EMAIL", "jn.saintil@gmail.com"),
        ("NAME", "Joseph Saintil"),
        ("DATE", "2/14/1934"),
        ("MRN", "30-77215"),
        ("DATE", "Oct 2"),
        ("DATE", "Oct 20"),
    ],
    note="forwarded e-mail: family surname, son's e-mail, patient, birth date, MRN, stay range",
)

# 166
n(
    "en",
    "recruitment",
    "Now hiring: travel nurses for hurricane season (June 1–Nov 30) 🌀 $3,000 sign-on bonus, housing near our Miami campus. Apply at coralvistamed.org/careers or email careers@coralvistamed.org.",
    "season dates and the hospital's contacts",
)

# 167
p(
    "es",
    "discharge",
    "Alta 20-may ✅ Sra. Yoselín Matamoros (HC 448-201-77), 34 años, post-cesárea, a su casa en Little Havana con su bebé Keyla. Seguimiento en la clínica el 3-jun.",
    [
        ("DATE", "20-may"),
        ("NAME", "Yoselín Matamoros"),
        ("MRN", "448-201-77"),
        ("GEO", "Little Havana"),
        ("NAME", "Keyla"),
        ("DATE", "3-jun"),
    ],
    note="abbreviated Spanish dates (discharge and follow-up), name, record number, neighbourhood, baby",
)

# 168
n(
    "es",
    "health_tip",
    "🦟 Después de las lluvias, vacíe macetas, llantas y cubos: el mosquito del dengue se cría en agua estancada. Fiebre alta + dolor detrás de los ojos = consulte. Línea de enfermería 24 h: 305-555-0111.",
    "advice and the nurse line",
)

# 169
p(
    "en",
    "memorial",
    "Our hearts are with the family of Toussaint Célestin, 99, who passed Tuesday night, one day after his birthday on Nov 17. A retired tailor from Cap-Haïtien, he sewed every first-communion dress in his parish in North Miami. His wife Yolette, 93, was by his side.",
    [
        ("NAME", "Toussaint Célestin"),
        ("AGE", "99"),
        ("DATE", "Nov 17"),
        ("GEO", "Cap-Haïtien"),
        ("GEO", "North Miami"),
        ("NAME", "Yolette"),
        ("AGE", "93"),
    ],
    note="patient with a historical first name, age, birthday, home cities, wife and her age over 89",
)

# 170
n(
    "en",
    "memorial",
    "We mourn Dr. Hilario Bastien-Loy, 94, who founded our Little Haiti clinic in 1979 and saw patients until he was 88. Funeral Mass Saturday at Notre Dame d'Haiti. Memorial gifts: coralvistafoundation.org/bastien",
    "memorial of a staff founder: his age over 89 is not a patient's",
)

# 171
p(
    "es",
    "thank_you",
    "¡Gracias, familia Briceño Lugo! 💛💙❤️ Nos escribieron desde Valencia para agradecer la atención a su papá, el Sr. Ramón Briceño, quien tuvo un infarto aquí el primero de enero durante su visita. Nos pidieron compartir su correo para que sus amigos en Miami le escriban: ramonbriceno.ve@gmail.com",
    [
        ("NAME", "Briceño Lugo"),
        ("GEO", "Valencia"),
        ("NAME", "Ramón Briceño"),
        ("DATE", "primero de enero"),
        ("EMAIL", "ramonbriceno.ve@gmail.com"),
    ],
    note="double family surname, home city, patient, date in words, e-mail",
)

# 172
n(
    "es",
    "thank_you",
    "Gracias a un donante anónimo de Miami Lakes que pagó las cuentas de farmacia de 50 familias después del huracán. 🙏 'Solo pido que lo pasen', nos escribió.",
    "an anonymous donor's town, no patient",
)

# 173
p(
    "en",
    "event",
    "You're invited 🎈 Join Mateo Quiñones-Arias and the 7th floor for his 'Goodbye Chemo' party, Thursday at 3pm in the teen lounge! Mateo finished his last round on June 12 and wants everyone to wear Marlins gear. RSVP to his mom Carolina, 786-555-0161 ⚾",
    [
        ("NAME", "Mateo Quiñones-Arias"),
        ("NAME", "Mateo", 2),
        ("DATE", "June 12"),
        ("NAME", "Carolina"),
        ("PHONE", "786-555-0161"),
    ],
    note="a patient's party: name, last-chemo date, mother and her phone",
)

# 174
n(
    "en",
    "event",
    "🎉 Calle Ocho health tent is back! Find our nurses at SW 8th St & 15th Ave, March 9, 11am–6pm, for free glucose checks and hurricane-kit giveaways. ¡Nos vemos en la Calle Ocho!",
    "event date and venue",
)

# 175
p(
    "es",
    "pasted_record",
    "[captura de WhatsApp compartida por error] 'Buenas, soy la hija de Gladys Ferrán, la de la cama 12 en observación. Mi número es +57 300 555 0147, estamos de Cali. Ella cumple 90 el 30 de junio 🙏'",
    [
        ("NAME", "Gladys Ferrán"),
        ("OTHER_ID", "cama 12"),
        ("PHONE", "+57 300 555 0147"),
        ("GEO", "Cali"),
        ("AGE", "90"),
        ("DATE", "30 de junio"),
    ],
    note="screenshot: patient, bed, daughter's Colombian phone, home city, age 90, birthday",
)

# 176
n(
    "es",
    "pasted_record",
    "Directorio rápido (pegado de la intranet): Admisiones 305-555-0100 · Finanzas 305-555-0125 · Relaciones con el Paciente 305-555-0144 · Fax de Registros Médicos 305-555-0170 · Capellanía 305-555-0160.",
    "the hospital's own directory",
)

# 177
p(
    "en",
    "thank_you",
    "THANK YOU to everyone who ran for #TEAMNENITA this weekend 🏃‍♀️💗 Your $18,400 will help families like Nenita's. Nenita (Ernestina Salas) got her new liver here on Aug. 30 and is back to bossing her 4 brothers around.",
    [
        ("NAME", "#TEAMNENITA"),
        ("NAME", "Nenita", "*"),
        ("NAME", "Ernestina Salas"),
        ("DATE", "Aug. 30"),
    ],
    note="ALL-CAPS name hashtag, diminutive, full name, transplant date",
)

# 178
n(
    "en",
    "sponsor",
    "A big gracias to the Hialeah Rotary Club, whose Noche Cubana gala raised $40,000 for new NICU incubators ☕🎉 Special thanks to gala chair Yamila Ordóñez and emcee DJ Cuqui.",
    "sponsors, a gala chair and a performer",
)

# 179
p(
    "es",
    "memorial",
    "Falleció el 17 de diciembre, día de San Lázaro, nuestro querido paciente Lázaro 'Cachao' Villavicencio, a los noventa y cuatro años. Era devoto del santo y su hija Odalys dice que 'se fue con él'. Paz a su alma. 🙏",
    [
        ("DATE", "17 de diciembre"),
        ("DATE", "día de San Lázaro"),
        ("NAME", "Lázaro 'Cachao' Villavicencio"),
        ("AGE", "noventa y cuatro"),
        ("NAME", "Odalys"),
    ],
    note="death date written as date and saint's day, name with a musician's nickname, age in words, daughter",
)

# 180
n(
    "es",
    "public_figure",
    "Cada 17 de diciembre miles de cubanos caminan hasta El Rincón en honor a San Lázaro, Babalú Ayé. Si usted camina en Miami este año, hidrátese, use zapatos cómodos y no deje de tomar sus medicinas. 🙏",
    "a saint and a feast day, no patient",
)

# 181
p(
    "en",
    "birth_announcement",
    "🇭🇹 Born on Haitian Flag Day! Welcome to the world, Drapo-Lynn Cadet, who arrived 5/18 at 7:04am to proud parents Wilguens and Darline of Little Haiti. Yes, 'Drapo' means flag. 💙❤️",
    [
        ("DATE", "Haitian Flag Day"),
        ("NAME", "Drapo-Lynn Cadet"),
        ("DATE", "5/18"),
        ("NAME", "Wilguens"),
        ("NAME", "Darline"),
        ("GEO", "Little Haiti"),
    ],
    note="birth date as national day and date, baby, parents, neighbourhood; 'Drapo' discussed as a word is not labelled",
)

# 182
n(
    "en",
    "statistic",
    "Did you know? 1 in 3 babies born at our Little Haiti clinic last year had at least one parent born in Haiti, and 1 in 4 at our Hialeah campus had a parent born in Cuba. 🌎 Miami is made of many flags.",
    "statistics",
)

# 183
p(
    "es",
    "patient_story",
    "Así fue como conocimos a DAYMI ROSABAL: llegó un 31 de diciembre a las 11:58 p.m. con dolores de parto y dio a luz a Yeilin en el ascensor del tercer piso. ¡Ni tiempo de llegar a la sala! 😅 Si quieres mandarle un mensaje a la familia: rosabal.familia@yahoo.com",
    [
        ("NAME", "DAYMI ROSABAL"),
        ("DATE", "31 de diciembre"),
        ("NAME", "Yeilin"),
        ("EMAIL", "rosabal.familia@yahoo.com"),
    ],
    note="ALL-CAPS name, arrival date, baby, family e-mail",
)

# 184
n(
    "en",
    "statistic",
    "📊 62% of the patients we see in Hialeah prefer care in Spanish, and 9% in Little Haiti prefer Kreyòl. That's why 100% of our forms now come in all three languages.",
    "percentages",
)

# 185
p(
    "en",
    "milestone_birthday",
    "happy 90th Mr. Cheo!! 🎂 our most stylish dialysis patient turned ninety on the 2nd & showed up in a white guayabera + fedora. legend. 👒",
    [("AGE", "90th"), ("NAME", "Cheo"), ("AGE", "ninety"), ("DATE", "2nd")],
    note="age twice (digits and words), nickname, day-only birthday",
)

# 186
n(
    "en",
    "milestone_birthday",
    "Our oldest volunteer turned 89 today 🎂 and she still beats everyone to the 6am shift. Happy birthday to the heart of our gift shop!",
    "a volunteer, age under 90",
)

# 187
p(
    "en",
    "thank_you",
    "huge thank u to yoandri and his mom mirta for the 3 tres leches cakes 😍 yoandri spent 2 months with us in trauma after the crash on the palmetto on august 14. and now he's WALKING!! 🙌",
    [("NAME", "yoandri", "*"), ("NAME", "mirta"), ("GEO", "palmetto"), ("DATE", "august 14")],
    note="lower-case names, the road of his crash, accident date",
)

# 188
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yoyi, nuestra técnica de rayos X favorita 📸. Lleva 15 años con nosotros, vino de Santa Clara en una balsa en 1994 y hoy entrena a los nuevos técnicos. ¡Gracias, Yoyi!",
    "a staff nickname and her hometown",
)

# 189
p(
    "en",
    "patient_story",
    "📸 Pictured: 'Peanut' (real name Emmanuella Joseph) meeting our therapy dog Mango on her last day of chemo. Peanut, 9, from Miami Gardens, says Mango is her best friend now. 🐶",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Peanut", "*"),
        ("NAME", "Emmanuella Joseph"),
        ("GEO", "Miami Gardens"),
    ],
    note="photo of the patient, nickname and name, home town; the dog is not labelled",
)

# 190
n(
    "en",
    "staff_spotlight",
    "📸 In this photo: our Environmental Services team, who scrubbed all 14 floors after the storm. From left: Marie-Ange, Yosbel, Ti Paul and Marisela. Heroes without capes. 🧽",
    "a photo of staff, staff names and a Creole nickname",
)

# 191
p(
    "es",
    "pasted_record",
    "Reporte de seguridad (¡no es para redes!): el vehículo del familiar del paciente Andrés Felipe Montoya, Toyota gris placa FL JKV-492, quedó mal estacionado en la rampa. Licencia del conductor M352-118-87-402-0.",
    [
        ("NAME", "Andrés Felipe Montoya"),
        ("VEHICLE", "JKV-492"),
        ("LICENSE", "M352-118-87-402-0"),
    ],
    note="security report: patient, his relative's plate and licence",
)

# 192
n(
    "es",
    "recruitment",
    "¿Hablas kreyòl, español o inglés y tienes tiempo libre? 🙋 Únete a nuestros voluntarios: acompaña pacientes, lleva revistas, toca música. Info: voluntarios@coralvistamed.org o @CVMC_Volunteers.",
    "volunteer recruitment, the hospital's contacts",
)

# 193
p(
    "en",
    "discharge",
    "After 5 months in the hospital, Wisline Paul-Exavier goes home today to her husband Fednel and their 3 kids in Golden Glades. She was admitted on the 3rd of March with a severe burn from a cooking accident. Bon retou lakay, Wisline! 🏡",
    [
        ("NAME", "Wisline Paul-Exavier"),
        ("NAME", "Fednel"),
        ("GEO", "Golden Glades"),
        ("DATE", "3rd of March"),
        ("NAME", "Wisline", 2),
    ],
    note="hyphenated surname, husband, neighbourhood, admission date",
)

# 194
n(
    "en",
    "recruitment",
    "Nursing students! 📚 Our summer externship in the NICU, ER and burn unit opens Feb 1. Spanish or Kreyòl a plus. Info session Jan 15 at the Hialeah campus. coralvistamed.org/students",
    "program dates and the hospital's site",
)

# 195
p(
    "es",
    "crisis_update",
    "🌀 si alguien conoce a la familia de Juana Bautista Rocha, 89 años, de Hialeah — está con nosotros desde la tormenta y no sabemos de sus hijos. Su nieto dejó este número: 786-555-0139. Por favor compartan.",
    [("NAME", "Juana Bautista Rocha"), ("GEO", "Hialeah"), ("PHONE", "786-555-0139")],
    note="patient, home town, grandson's phone; age 89 is not labelled",
)

# 196
n(
    "es",
    "crisis_update",
    "🌀 AVISO: nuestras líneas telefónicas están saturadas. Para localizar a un paciente trasladado por el huracán, escriba a familias@coralvistamed.org con el nombre completo y fecha de nacimiento del paciente. No publique esos datos en los comentarios. 🙏",
    "asks for identifiers without giving any",
)

# 197
p(
    "en",
    "research",
    "Meet one of the oldest participants ever in our heart-valve trial: Mrs. Altagracia Monegro, 97, who had her TAVR on 8/19 and was home in Hialeah 2 days later. 'I still have things to do,' she says. 💓",
    [("NAME", "Altagracia Monegro"), ("AGE", "97"), ("DATE", "8/19"), ("GEO", "Hialeah")],
    note="trial participant, age, procedure date, home town",
)

# 198
n(
    "en",
    "research",
    "Research spotlight 🔬: Dr. Nadège Pierre-Louis and her team found that sickle cell patients who got care in Kreyòl had 30% fewer ER returns. Published today in our community health journal. Mèsi, Dr. Pierre-Louis!",
    "a staff researcher with a Haitian surname",
)

# 199
p(
    "es",
    "anonymous_story",
    "Un bebé nicaragüense que nació aquí el 19 de julio —sí, el día de la Revolución— volvió hoy con su mamá a darnos las gracias. Tiene 3 años y ya sabe decir 'enfermera' en tres idiomas. 🇳🇮",
    [("DATE", "19 de julio"), ("DATE", "día de la Revolución")],
    note="nameless, but the birth date (written twice) is an identifier",
)

# 200
n(
    "es",
    "anonymous_story",
    "Una señora haitiana nos trajo hoy un plato de pikliz para el turno de noche. No quiso decirnos su nombre: 'Ustedes cuidaron a mi esposo y eso basta.' Mèsi, madame. 🌶️",
    "an anonymous relative",
)

# 201
p(
    "en",
    "pasted_record",
    "Pls redact before posting!! Patient portal ticket: user 'mamiyuli1962' (Yuliet Sardiñas), login from IP 72.14.201.88, can't see son Dariel's lab results (MRN 40-118-2273). Son's DOB 9/9/2011.",
    [
        ("OTHER_ID", "mamiyuli1962"),
        ("NAME", "Yuliet Sardiñas"),
        ("IP", "72.14.201.88"),
        ("NAME", "Dariel"),
        ("MRN", "40-118-2273"),
        ("DATE", "9/9/2011"),
    ],
    note="portal ticket: mother's user name, name and IP, child patient, MRN, birth date",
)

# 202
n(
    "en",
    "health_tip",
    "Kreyòl tip 🇭🇹: 'Bwè dlo!' = Drink water! With heat index at 108°F this week, check on your elderly neighbors, especially anyone over 90 living alone. Cooling centers: call 311.",
    "advice and a population age",
)

# 203
p(
    "es",
    "milestone_birthday",
    "101 añitos 🎂💃 y bailó casino con el fisioterapeuta. ¡felicidades, Pura! nacida un 3 de mayo, Día de la Cruz, en Santiago de Cuba 🇨🇺",
    [
        ("AGE", "101"),
        ("NAME", "Pura"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día de la Cruz"),
        ("GEO", "Santiago de Cuba"),
    ],
    note="age, a name that is a word, birthday written twice, birthplace",
)

# 204
n(
    "es",
    "event",
    "🇭🇹 Mayo es el Mes de la Herencia Haitiana. Durante todo el mes, nuestra cafetería servirá griot, diri djon djon y pikliz los viernes, y habrá clases gratis de kreyòl básico para el personal. Mèsi!",
    "a heritage month event",
)

# 205
p(
    "en",
    "thank_you",
    "A handwritten card from the Jean-Louis kids made the ICU team cry today: 'Thank you for keeping Grann alive long enough to meet baby Ketsia on Easter Sunday.' 💛 We love you too.",
    [("NAME", "Jean-Louis"), ("NAME", "Ketsia"), ("DATE", "Easter Sunday")],
    note="family surname, baby relative, the day the patient met her ('Grann' is a kinship word)",
)

# 206
n(
    "en",
    "sponsor",
    "Thank you to Little Haiti's own Chef Ti Rose and her restaurant Lakay Manman for feeding our night shift all hurricane week 🍛🇭🇹 Go eat there. Seriously.",
    "a sponsor chef and her restaurant",
)

# 207
p(
    "en",
    "discharge",
    "Best gift ever 🎄: Kendry, our 14-year-old transplant patient on 9 North, goes home on December 25th. His mom, Leidy, promised him pernil and a PlayStation. See you at your checkup, Kendry!",
    [("NAME", "Kendry", "*"), ("DATE", "December 25th"), ("NAME", "Leidy")],
    note="patient, discharge date, mother; 14 not labelled",
)

# 208
n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Médicos Venezolanos de Florida por donar 2.000 dosis de vacunas para nuestra jornada de salud en Doral. 🇻🇪 ¡Chévere, colegas!",
    "a sponsor association",
)

# 209
p(
    "en",
    "hospital_contact",
    "@Yamileth_R Hi Yamileth — for your son Jostin's school forms, ask his pediatrician to fax them to the school at (305) 555-0193, not to us 😊 Our records fax is 305-555-0170.",
    [("OTHER_ID", "@Yamileth_R"), ("NAME", "Yamileth"), ("NAME", "Jostin")],
    note="mother's handle and name, child; the school's fax and the hospital's fax are not labelled",
)

# 210
n(
    "en",
    "hospital_contact",
    "Physicians: send referrals to our Little Haiti clinic by fax at 305-555-0170 or securely via coralvistamed.org/refer. Questions? Provider line 305-555-0125.",
    "the hospital's fax, domain and line",
)

# 211
p(
    "es",
    "pasted_record",
    "Ups, esto era un correo interno 🙈: 'Favor de enviar el resumen de alta de la paciente Leonor Betancourt (exp. 5520-0914) al fax de su hijo, 305-555-0182, antes del viernes.'",
    [("NAME", "Leonor Betancourt"), ("MRN", "5520-0914"), ("FAX", "305-555-0182")],
    note="internal e-mail: patient, record number, son's fax",
)

# 212
n(
    "es",
    "anonymous_story",
    "Durante el huracán, una enfermera del 3 Oeste cargó en brazos a un paciente de 80 años por 6 pisos cuando se cayeron los elevadores. Ella no quiere que digamos su nombre. Nosotros solo queremos decirle: gracias. 💙",
    "anonymous patient aged under 90",
)

# 213
p(
    "en",
    "memorial",
    "One year ago today we lost our sweet Abuela Chela — Graciela Montes de Oca, 92 — on Mother's Day, May 12. Her grandkids still bring flan to 4 West every month. We miss you, Chela. 🌹",
    [
        ("NAME", "Chela", "*"),
        ("NAME", "Graciela Montes de Oca"),
        ("AGE", "92"),
        ("DATE", "Mother's Day"),
        ("DATE", "May 12"),
    ],
    note="nickname ('Abuela' excluded), compound surname, age, death date written twice; 'one year ago today' not labelled",
)

# 214
n(
    "en",
    "memorial",
    "33 years ago this week, Hurricane Andrew flattened Homestead. Our hospital treated 2,000+ people in 10 days. Today we remember the lives lost and honor the nurses who never went home. 🕯️",
    "a hurricane anniversary; a town with no patient",
)

# 215
p(
    "es",
    "patient_story",
    "¡HISTORIA DE FUERZA! 💪 YOANDRY CASTELLANOS DE LA PAZ, de Hialeah, perdió la pierna en un accidente de moto en la Okeechobee Road el 22 de febrero. Hoy dio sus primeros pasos con prótesis en el gimnasio de nuestro campus de Hialeah, y su novia Lianet no paró de llorar. ¡Dale, Yoandry!",
    [
        ("NAME", "YOANDRY CASTELLANOS DE LA PAZ"),
        ("GEO", "Hialeah"),
        ("GEO", "Okeechobee Road"),
        ("DATE", "22 de febrero"),
        ("NAME", "Lianet"),
        ("NAME", "Yoandry"),
    ],
    note="ALL-CAPS double surname, home town (the hospital's Hialeah campus is an intended unlabelled repeat), crash road and date, girlfriend",
    ok=("Hialeah",),
)

# 216
n(
    "es",
    "campaign_hashtag",
    "#HialeahSeCuida 💙 Este mes de prevención del cáncer de mama, hazte tu mamografía. Campus Hialeah, sin cita los sábados. Comparte con #HialeahSeCuida y etiqueta a tus amigas.",
    "campaign hashtag",
)

# 217
p(
    "en",
    "birth_announcement",
    "👶 Double the joy! Twins Salomé and Samuel Arango were born on 02.02 — Groundhog Day 🦫 — to Paola and Juan Camilo from Medellín, who were visiting family in Kendall. Early but strong at 34 weeks!",
    [
        ("NAME", "Salomé"),
        ("NAME", "Samuel Arango"),
        ("DATE", "02.02"),
        ("DATE", "Groundhog Day"),
        ("NAME", "Paola"),
        ("NAME", "Juan Camilo"),
        ("GEO", "Medellín"),
        ("GEO", "Kendall"),
    ],
    note="twins, birth date in dotted form and as Groundhog Day, parents, home city, relatives' town",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "It's #GroundhogDay and yes, it's 84°F in Miami 😎 The only shadow we care about: the one you see on your skin. Free skin cancer checks this week. #SunSafeMiami",
    "a holiday hashtag, not a patient's date",
)

# 219
p(
    "es",
    "milestone_birthday",
    "mañana es el cumple 90 de mi abuelo Tata Pancho y está ingresado en el 7 Este 😢 enfermeras, ¿le pueden cantar? se llama Francisco Luis Garrido, hab. 742 🙏 si me quieren avisar: 305-555-0197 — mensaje de su nieta Karla, compartido con permiso",
    [
        ("AGE", "90"),
        ("NAME", "Pancho"),
        ("NAME", "Francisco Luis Garrido"),
        ("OTHER_ID", "hab. 742"),
        ("PHONE", "305-555-0197"),
        ("NAME", "Karla"),
    ],
    note="age 90, nickname ('Tata' = grandpa excluded), full name, room, granddaughter and her phone; 'mañana' not a date",
)

# 220
n(
    "es",
    "public_figure",
    "Compay Segundo vivió hasta los 95 años y tocaba el tres hasta el final 🎸 Nuestros pacientes mayores de 90 lo prueban: la música mantiene el cerebro joven. Taller de son todos los jueves.",
    "a public figure's age and a population age",
)

# 221
p(
    "en",
    "crisis_update",
    "Found in our ER waiting room after the storm: a wristband — name ILDEFONSO MARRERO, band # 7734-2201-WB. If this is your family member, he's safe with us! DM us or call his daughter's number on the band, 786-555-0108 🙏",
    [("NAME", "ILDEFONSO MARRERO"), ("OTHER_ID", "7734-2201-WB"), ("PHONE", "786-555-0108")],
    note="wristband name and number, daughter's phone",
)

# 222
n(
    "en",
    "crisis_update",
    "📣 Post-storm clinic hours: Little Haiti clinic reopens Monday 8am. Hialeah campus fully open. Main hospital ER never closed. Tetanus shots free for cleanup injuries all week. Info @coralvistasalud",
    "hours and the hospital's handle",
)

# 223
p(
    "es",
    "eponymous_condition",
    "El linfoma de Hodgkin no pudo con Yanisleidy 💪 Terminó su última quimio el 10/02 y hoy toca la campana en la clínica de oncología. Su esposo Alain y sus hijas gritaban '¡Yani, Yani!'. #YaniVence",
    [
        ("NAME", "Yanisleidy"),
        ("DATE", "10/02"),
        ("NAME", "Alain"),
        ("NAME", "Yani", "*"),
        ("NAME", "#YaniVence"),
    ],
    note="eponym not labelled; patient, nickname twice, last-chemo date, husband, name hashtag",
)

# 224
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down, síndrome de Tourette, enfermedad de Addison: nombres de médicos, no de personas que lo padecen. En nuestras redes hablamos de condiciones sin usar etiquetas. 💙 #PrimeroLaPersona",
    "eponyms and a campaign hashtag",
)

# 225
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight 🌟: Nurse Yanet Ibarra has worked in our NICU for 22 years — and last week one of her first preemies, Yohandry Silveira, came back to work here as a respiratory therapist! Yohandry was born at 26 weeks on April 4th. Full circle. 💙",
    [("NAME", "Yohandry Silveira"), ("NAME", "Yohandry", 2), ("DATE", "April 4th")],
    note="the nurse is staff; the former NICU patient's name and birth date are labelled",
)

# 226
n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week! 💐 Special shoutout to our Haitian nurses' association, 140 strong, who staffed our Kreyòl line for 72 hours straight during the storm. Mèsi, Nurse Fabienne, Nurse Guerda, Nurse Jean-Baptiste and all of you!",
    "staff names, including a Haitian surname",
)

# 227
p(
    "es",
    "research",
    "Nuestro estudio de cuidadores nos presentó a Maritza Peláez, quien cuida a su madre con Alzheimer, doña Eloína, de 95 años, en su casa de Miami Springs. 'Necesitamos más ayuda en español', dice. Maritza ofrece hablar con otras cuidadoras: 786-555-0158.",
    [
        ("NAME", "Maritza Peláez"),
        ("NAME", "Eloína"),
        ("AGE", "95"),
        ("GEO", "Miami Springs"),
        ("NAME", "Maritza", 2),
        ("PHONE", "786-555-0158"),
    ],
    note="caregiver daughter and patient, age 95, home town, daughter's phone; Alzheimer is an eponym",
)

# 228
n(
    "es",
    "research",
    "Resultados 📊: en nuestro estudio con 1.800 adultos de Hialeah y Little Haiti, los que caminaban 30 minutos al día tuvieron 40% menos ingresos por insuficiencia cardíaca. Gracias a la Dra. Yusimí Ferrer y a todos los participantes.",
    "study results and a staff researcher",
)

# 229
p(
    "en",
    "public_figure",
    "When our patient Dulce 'Dulcita' Almeida-Ruiz, 93, told us she once sang backup for Celia Cruz, we didn't believe her — until her son Osvaldo brought the photo. 🎶 Azúcar, Dulcita!",
    [
        ("NAME", "Dulce 'Dulcita' Almeida-Ruiz"),
        ("AGE", "93"),
        ("NAME", "Osvaldo"),
        ("NAME", "Dulcita", 2),
    ],
    note="patient with a public-figure anecdote: name, age, son; the old photo is not attached, so no PHOTO",
)

# 230
n(
    "en",
    "public_figure",
    "Tonight our lobby pianist plays Ernesto Lecuona, the Cuban composer of 'Malagueña', born August 6, 1895 in Guanabacoa. 🎹 Patients and families welcome, 7pm.",
    "a historical figure's birthday and birthplace",
)

# 231
p(
    "es",
    "patient_story",
    "Bonjou, Miami! 🇭🇹 Les presentamos a Ti Pierre, de 10 años, y a su abuela Manman Lucie, que vino desde Les Cayes para acompañarlo en su trasplante del 6 de agosto. Ti Pierre ya pide griot, y Manman Lucie ya le enseñó kreyòl a media UCI. Su tía en Haití pide que la llamen al +509 3455 0190 para mandarle fotos. 😄",
    [
        ("NAME", "Ti Pierre", "*"),
        ("NAME", "Lucie", "*"),
        ("GEO", "Les Cayes"),
        ("DATE", "6 de agosto"),
        ("PHONE", "+509 3455 0190"),
    ],
    note="Creole nickname, grandmother ('Manman' excluded) and her city, transplant date, aunt's Haitian phone",
)

# 232
n(
    "es",
    "event",
    "🎤 Noche de konpa y salsa a beneficio de la clínica de Little Haiti: sábado 14 de junio, 8 p.m., en el auditorio del hospital. Boletos en coralvistafoundation.org. ¡Ven con tu manman y tu abuela!",
    "event date and the foundation's domain",
)

# 233
p(
    "en",
    "pasted_record",
    "🚫 NOT FOR SOCIAL — ED tracking board screenshot: 'T4 FLEURANT, MACKENSON 52M CP' · 'T6 QUIÑONES, ZAIDA 90F fall' · 'T9 ROSARIO, BABY GIRL nb' ... sorry, deleting now",
    [
        ("OTHER_ID", "T4"),
        ("NAME", "FLEURANT, MACKENSON"),
        ("OTHER_ID", "T6"),
        ("NAME", "QUIÑONES, ZAIDA"),
        ("AGE", "90F"),
        ("OTHER_ID", "T9"),
        ("NAME", "ROSARIO"),
    ],
    note="tracking board: bed codes, names, an age+sex token over 89; 52 and 'BABY GIRL' not labelled",
)

# 234
n(
    "en",
    "statistic",
    "Hurricane season by the numbers 🌀: 6 named storms hit South Florida since 2004. Our ER sees 3x more chainsaw injuries and 5x more CO poisonings in the week after a storm. Stay safe out there.",
    "statistics",
)

# 235
p(
    "es",
    "thank_you",
    "Gracias, Sra. Mirtha Echarte, por sus palabras: 'Mi esposo Gilberto llegó el 20/5 sin poder respirar y salió caminando el 2/6.' 🙏 Si otras familias de la UCI quieren conectar con ella, nos autorizó compartir su correo: mirthaecharte@outlook.com",
    [
        ("NAME", "Mirtha Echarte"),
        ("NAME", "Gilberto"),
        ("DATE", "20/5"),
        ("DATE", "2/6"),
        ("EMAIL", "mirthaecharte@outlook.com"),
    ],
    note="wife and patient, admission and discharge dates in day/month form, her e-mail",
)

# 236
n(
    "es",
    "thank_you",
    "Gracias a las 40 familias que llenaron nuestra encuesta de satisfacción este mes. 📝 Sus comentarios ya cambiaron algo: ahora el menú tiene café cubano todo el día. ¡Los escuchamos!",
    "anonymous families",
)

# 237
p(
    "en",
    "milestone_birthday",
    "Ms. Evangelista Pujols, our nonagenarian queen of bingo, turns 96 on the twenty-first of June! 👑 Her niece Ana Iris is collecting birthday cards at evangelista.cards@gmail.com — let's flood her inbox!",
    [
        ("NAME", "Evangelista Pujols"),
        ("AGE", "nonagenarian"),
        ("AGE", "96"),
        ("DATE", "twenty-first of June"),
        ("NAME", "Ana Iris"),
        ("EMAIL", "evangelista.cards@gmail.com"),
    ],
    note="name, 'nonagenarian' and 96, birthday in words, niece and e-mail",
)

# 238
n(
    "en",
    "milestone_birthday",
    "Our geriatric unit threw a 'Celia at 100' dance party 💃 to honor what would have been Celia Cruz's 100th birthday. Patients, nurses and therapists all in sequins. ¡Azúcar! (No patients were harmed by the conga line.)",
    "a public figure's centenary; anonymous patients",
)

# 239
p(
    "es",
    "discharge",
    "Regalo del Día de los Padres 🎁: Don Yoel Rivero Quesada (MRN 0032-7781) se va de alta el 15 de junio tras su trasplante de hígado, justo para almorzar con sus hijos Yoelito y Yadelis en Homestead. ¡Felicidades, papá!",
    [
        ("DATE", "Día de los Padres"),
        ("NAME", "Yoel Rivero Quesada"),
        ("MRN", "0032-7781"),
        ("DATE", "15 de junio"),
        ("NAME", "Yoelito"),
        ("NAME", "Yadelis"),
        ("GEO", "Homestead"),
    ],
    note="discharge on Father's Day written twice, double surname, MRN, children, home town",
)

# 240
n(
    "es",
    "discharge",
    "Hoy se fue de alta el último paciente que evacuamos de la clínica de Little Haiti durante el huracán. 🏠 Gracias a todas las familias por su paciencia. Volvemos a la normalidad.",
    "an anonymous discharge",
)

if __name__ == "__main__":
    S.main("phi_dev73_source")
