"""Blind development set d60 for the PHI scanner: tests/data/phi_dev60.jsonl.

Organisation: Rio Grande Valley Health (Hospital del Valle), McAllen and Brownsville, Texas, with a clinic in Pharr
(phi_dev60_org.json): nine 956-555-01xx lines, three campus addresses, rgvhealth.org / hospitaldelvalle.org and the
handles @RGVHealth, @HospitalDelValle, @HDVFoundation. Its numbers, addresses, ZIPs, domains and handles are never PHI.
Focus: a Spanish-majority border hospital: colonias, ejidos and ranches as home places, migrant families, farm, ranch,
heat-stroke and border-crossing injuries, Border Patrol / CBP agents as staff, rescuers, custodians and patients,
quinceañeras, Catholic feast days and saints' names that are also people's names (Guadalupe, Natividad, Concepción,
Dolores, Reyes, Santos, Cruz, Amparo, Consuelo, Refugio, Socorro), Tejano nicknames (Chuy, Nacho, Chayo, Güero,
Flaco, Chencho, Chebo, Memo, Lalo), Mexican ids (CURP, matrícula consular, A-numbers, Tamaulipas plates/licences).
Hard cases: names that are words or places (Mercedes, Elsa, Donna, Hope, Milagros, Pilar, Cielo, Paz, Luz, Abril);
names only in hashtags, lower-case and ALL-CAPS names, "LAST, FIRST" chart lines, initials, double and hyphenated
surnames, married names with "viuda de"; relatives named in passing; a staff clerk, volunteers, an agent, a Tejano
singer and a coach who are patients; dates as numbers, ordinals, a day of the month alone, Spanish dates in words,
feast days and holidays that are the patient's day (Nochebuena, Día de Reyes, Good Friday, Viernes de Dolores, leap
day); ages over 89 in digits, words, ordinals, "94yo", "#100Años", "centenaria", "nonagenarian"; family phones with
555-01xx numbers next to the hospital's, Mexican numbers sharing the foundation line's last digits, MRNs, rooms, beds,
dialysis chairs, wristbands and ids in odd formats. Hard negatives: staff and doctors with feast-day names, volunteers
aged 94 and 96, donors and donors' mothers, visiting officials and singers, historical figures and treaties, eponyms,
awareness days, event dates on the same holidays, colonias named for dates, statistics with popular baby names,
campaign hashtags shaped like name hashtags (#MercedesStrong for a town, #OrandoPorElValle), hospital programs named
like women (Programa Amparo, grupo Consuelo, campaña Esperanza), age bands ("in her 90s", "noventa y tantos",
"over 90"), incident sites of unnamed groups, a patient's co-worker's phone, and the hospital's own contacts.
Language mix: 240 posts, 100 English and 140 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Staff, volunteers, agents and public figures are patients (and labelled) only when the post says they were our
  patient; a staff member's own family, donors, rescuers and visitors are never labelled.
- Employer = NAME (holdout rule), applied to the patient's own employer whatever it is: a company ("Citrícola Los
  Naranjos", "Vértice Autopartes"), a rancher or his ranch ("Homero", "Santa Elena"), a federal agency ("Border Patrol",
  "Patrulla Fronteriza", "CBP"). The Border Patrol as rescuers, custodians, blood donors, a staff member's former
  employer or a relative's employer is not labelled.
- Ranches, ejidos and colonias where the patient lives, was born, was injured or is sent are GEO, name only (the words
  rancho / colonia / ejido are left out, "Colonia Alberta" -> "Alberta"; town names such as "Rancho Viejo" keep their
  full form); a ranch named as the patient's workplace is the employer (NAME). A colonia named for a date
  ("colonia 17 de Abril") is GEO, not DATE.
- Every place tied to the patient's own story is GEO: home, birthplace, place of injury or collapse (roads with their
  type word: "FM 1015", "US-281", "Expressway 83", "carretera 107", "Pharr-Reynosa bridge"), the city a patient is
  transferred from or to or discharged to, the patient's workplace city, the town of the patient's own party, a
  relative's home city, and the town inside the patient's school name ("Weslaco High" -> "Weslaco"). A campus city is
  GEO only as the patient's home ("Brownsville 78520"). First-level divisions abroad (Tamaulipas, Olancho,
  Quetzaltenango) are states, not GEO; "el Valle" / the Valley is the hospital's region, not GEO.
- Incident sites of unnamed groups (60 people rescued at a bridge, 9 crash patients, 14 migrants in Brooks County, a
  colonia fire) are not GEO; the site is GEO once an identified patient was in it, and a single unnamed patient's home
  town is GEO (that post is patient-specific).
- Holidays and feast days: the span is the holiday name as written, with "día de" / "Día de la" and an attached year
  ("día de la Inmaculada Concepción", "Día de la Virgen", "Día de Reyes 2019", "Good Friday", "Viernes de Dolores");
  "leap day" repeating the birth day is DATE. A patient's saint's day (onomástico, "her feast day") is a person-tied
  date. The Virgin and saints as religious figures, holiday greetings ("Merry Christmas"), a holiday the patient will
  simply spend at home, and hospital events on holidays are not labelled.
- A day of the month alone is the number or ordinal only ("14th", "3rd", "Sunday the 8th" -> "8th", "el día 5" -> "5").
  Appointment dates of the patient are person-tied dates.
- AGE: an exact age over 89 is labelled even for an unnamed patient, inside a statistic too ("tenía 97 años"); tokens
  as written ("94yo", "90th", "102nd", "Noventa y tres", "cien", "one hundred"); a hashtag stating the age ("#100Años")
  is one AGE span like a name hashtag; "centenaria" and "nonagenarian" are AGE per the rules. Decade bands and
  aggregates ("in her 90s", "noventa y tantos", "over 90", "mayores de 90") are the Safe Harbor 90+ category, not AGE.
- NAME: married names keep "viuda de" / "de" ("Natividad Elizondo viuda de Garza", "Refugio Cantú de Leal"); kinship
  words (Tío, tía, Nana, abuelita, Abuelo) and articles before nicknames ("El Güero", "la Chata") are left out, but a
  quoted nickname inside a full name stays inside it with its article ('JUANITA "LA GÜERA" MALDONADO'). A tagged
  profile name ("@Marisa Tapia") is NAME without the "@"; a real handle ("@tamales_de_abuela", "@lupita.salinas87")
  and a portal user name are OTHER_ID.
- Ids: immigration A-numbers, matrícula consular, CURP, border crossing card and wristband numbers are OTHER_ID (value
  only); a dialysis chair ("Chair 6") is OTHER_ID with its keyword, like a bed; plates are VEHICLE, Texas and
  Tamaulipas driver's licences and a CDL are LICENSE.
- A co-worker is neither relative nor employer: his name and phone are not labelled.
- A hospital program named like a woman is not a name; when the patient shares it ("doña Amparo" and "Programa Amparo")
  the program mention is declared unlabelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev60.jsonl"), os.path.join(HERE, "phi_dev60_org.json"), "d60")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "es",
    "patient_story",
    'Después de 19 días en la UCI por golpe de calor, don Jesús "Chuy" Cantú regresó a su casa en la colonia Las Milpas. '
    "Lo encontraron en la pizca de melón el 6 de julio con 107°F de temperatura. ¡Fuerza, Chuy! 🌵☀️ #FuerzaChuy #ValleStrong",
    [
        ("NAME", 'Jesús "Chuy" Cantú'),
        ("NAME", "Chuy", "*"),
        ("GEO", "Las Milpas"),
        ("DATE", "6 de julio"),
        ("NAME", "#FuerzaChuy"),
    ],
    note="patient's full name with quoted nickname, nickname again, name hashtag; colonia of residence is GEO; "
    "injury date. 'don' excluded; #ValleStrong is the campaign hashtag; 19 days is a duration.",
)

# 2
n(
    "en",
    "health_tip",
    "Heat index hits 112 in McAllen today. Farmworkers, roofers, agents on the line: water every 15 minutes, shade breaks, "
    "and know the signs of heat stroke. Nurse line: 956-555-0123 #BeatTheHeat #RGV",
    "weather tip to a population; 112 is a heat index, McAllen is the weather location, the number is the hospital's nurse line.",
)

# 3
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Natividad Elizondo viuda de Garza, voluntaria por 30 años y paciente de nuestra "
    "unidad de cuidados paliativos, que falleció en Nochebuena a los 96 años. Descanse en paz, doña Nati. 🕊️",
    [
        ("NAME", "Natividad Elizondo viuda de Garza"),
        ("NAME", "Nati"),
        ("DATE", "Nochebuena"),
        ("AGE", "96"),
    ],
    note="a volunteer who was also our patient is a patient: name (with 'viuda de Garza'), nickname, death on Nochebuena, age 96.",
)

# 4
n(
    "es",
    "staff_spotlight",
    'Conozcan a la enfermera Dolores "Lolis" Peña, 28 años en Labor y Parto del campus Brownsville. Ha recibido a más de '
    "6,000 bebés, ¡incluyendo a dos de sus nietos! Gracias, Lolis, por tanto amor. 💕 #OrgulloDelValle",
    "staff nurse and her unnamed grandchildren; 28 years is her tenure.",
)

# 5
p(
    "en",
    "discharge",
    "Big day for Mercedes! After a rollover on FM 1015 near Edcouch on 3/2, this Weslaco High senior walked out of rehab on "
    "her own two feet. Her mom Blanca says the #MercedesStrong signs all over town got her through. 💙",
    [
        ("NAME", "Mercedes"),
        ("GEO", "FM 1015"),
        ("GEO", "Edcouch"),
        ("DATE", "3/2"),
        ("GEO", "Weslaco"),
        ("NAME", "Blanca"),
        ("NAME", "#MercedesStrong"),
    ],
    note="patient named Mercedes (also a Valley town) and her name hashtag; crash road and nearby town are GEO; crash date; "
    "the town in her school's name tells where she lives (GEO); mother's name.",
)

# 6
n(
    "en",
    "campaign_hashtag",
    "#MercedesStrong 💪 Our Mercedes clinic reopened this morning after the flood. Thank you to the City of Mercedes crews and "
    "every nurse who waded in. Walk-ins welcome 8-5. Questions: 956-555-0100",
    "#MercedesStrong here is the town's flood-recovery hashtag; Mercedes is the town and our clinic's location; hospital number.",
)

# 7
p(
    "es",
    "pasted_record",
    "Recordatorio interno turno noche: TREVIÑO GARZA, MA. GUADALUPE | Exp. 00-731-992 | Hab. 412-B | Ingreso 12/12 | "
    "Dx IVU complicada | Avisar a hija Rocío 956-555-0172",
    [
        ("NAME", "TREVIÑO GARZA, MA. GUADALUPE"),
        ("MRN", "00-731-992"),
        ("OTHER_ID", "Hab. 412-B"),
        ("DATE", "12/12"),
        ("NAME", "Rocío"),
        ("PHONE", "956-555-0172"),
    ],
    note="pasted chart line: chart-style name, expediente number (MRN value only), room with keyword, admission date, "
    "daughter's name and phone (not a hospital line).",
)

# 8
n(
    "es",
    "event",
    "🌹 Este 12 de diciembre, Día de la Virgen de Guadalupe, habrá mañanitas en la capilla del campus McAllen a las 6 am. "
    "Todos son bienvenidos: pacientes, familias y personal. Info: 956-555-0134",
    "feast-day event at the chapel: the date and the Virgin of Guadalupe are not a patient's; hospital number.",
)

# 9
p(
    "en",
    "milestone_birthday",
    'Happy 102nd birthday to Mr. Cipriano "Chano" Olivarez! Born on the 4th of July on a ranch outside Rio Grande City, '
    "he's been with our cardiac rehab crew since spring. Still beats the therapists at dominoes. 🎂🇺🇸",
    [
        ("AGE", "102nd"),
        ("NAME", 'Cipriano "Chano" Olivarez'),
        ("DATE", "4th of July"),
        ("GEO", "Rio Grande City"),
    ],
    note="age 102 as ordinal, name with nickname, birth on the Fourth of July, birthplace town; 'since spring' is a season.",
)

# 10
n(
    "en",
    "public_figure",
    "Thank you, Congresswoman Vicente-Salas, for touring our new burn unit in Brownsville today and meeting the nurses who "
    "cared for 41 heat-injury patients this summer. 🙏",
    "visiting public figure; 41 patients is a statistic.",
)

# 11
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Itzel! 👶🌹 Nació el 12 de diciembre, Día de la Virgen, a las 5:40 am en nuestro campus de "
    "Brownsville, pesando 3.2 kg. Sus papás, Yesenia y Ramiro Salinas, de Los Fresnos, ya le tienen su vestidito de la "
    "Guadalupana. #BebésDelValle",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen"),
        ("NAME", "Yesenia"),
        ("NAME", "Ramiro Salinas"),
        ("GEO", "Los Fresnos"),
    ],
    note="baby's name, birth date written twice (date and feast day), parents' names, home town. 'la Guadalupana' is the "
    "Virgin, not the baby; the campus is not GEO; birth time and weight are not identifiers.",
)

# 12
n(
    "es",
    "eponymous_condition",
    '¿Sabías que la enfermedad de Chagas se transmite por la chinche besucona ("kissing bug")? En el Valle hay casos cada '
    "año. Si tienes palpitaciones o hinchazón, consulta a tu médico. Línea de enfermería: 956-555-0123 #DíaMundialDelChagas 14 de abril",
    "eponymous disease, awareness day and its date, hospital nurse line.",
)

# 13
p(
    "en",
    "thank_you",
    "To the Border Patrol agents who found Rosa Icela and her son Kevin in the brush south of Falfurrias on June 18th and "
    "carried them 2 miles to the road: thank you. Both were discharged from our pediatric and adult units this week. 💙",
    [("NAME", "Rosa Icela"), ("NAME", "Kevin"), ("GEO", "Falfurrias"), ("DATE", "June 18th")],
    note="mother and son patients, place and date of their rescue; the Border Patrol agents are rescuers, not the patients' employer.",
)

# 14
n(
    "en",
    "anonymous_story",
    "A woman in her 90s walked into our Brownsville ER last night and asked for 'the doctor who delivered me.' He retired in "
    "1989. She left with a new pacemaker and our whole night shift's hearts. ❤️",
    "anonymous patient; 'in her 90s' is an age band, not an exact age; 1989 is the doctor's retirement year.",
)

# 15
p(
    "es",
    "discharge",
    "Nacho ya se va a casa 🥳 Después de 3 semanas por la mordida de víbora en el rancho Los Ébanos, hoy lo dimos de alta. "
    "Gracias a su esposa Chayo que nunca se separó de la cama 7. #NachoStrong",
    [
        ("NAME", "Nacho"),
        ("GEO", "Los Ébanos"),
        ("NAME", "Chayo"),
        ("OTHER_ID", "cama 7"),
        ("NAME", "#NachoStrong"),
    ],
    note="nickname, ranch where the snakebite happened (GEO), wife's nickname, bed with keyword, name hashtag.",
)

# 16
n(
    "es",
    "crisis_update",
    "AVISO: Por la llegada de 60 personas rescatadas en el puente de Los Indios, el campus Brownsville activó su plan de "
    "saturación. Si tu familiar fue trasladado, llama a Relaciones con Pacientes: 956-555-0134. No compartas fotos de pacientes en redes. 🙏",
    "mass-casualty update: a group of 60 people, the bridge is where a group was rescued, hospital number.",
)

# 17
p(
    "en",
    "patient_story",
    'we see you, flaco 💪 Gilberto "Flaco" Ybarra, 17, lost two fingers to a cotton module builder at the gin on May 9 and '
    "was back throwing a baseball eleven weeks later. #FlacoFuerte",
    [
        ("NAME", "flaco"),
        ("NAME", 'Gilberto "Flaco" Ybarra'),
        ("DATE", "May 9"),
        ("NAME", "#FlacoFuerte"),
    ],
    note="lower-case nickname that is an ordinary word, full name with nickname, injury date, nickname hashtag; age 17 "
    "and 'eleven weeks later' are not identifiers.",
)

# 18
n(
    "en",
    "research",
    "New from our Brownsville research team: among 1,284 farmworkers screened in Cameron and Hidalgo counties, 22% showed "
    "early kidney injury after heat exposure. Full study at rgvhealth.org/research #HeatHealth",
    "research statistic about a population; counties describe the study area; hospital domain.",
)

# 19
p(
    "es",
    "milestone_birthday",
    '¡Feliz cumpleaños número cien a doña Concepción "Conchita" Barrera! 🎉 Nació un 8 de diciembre, día de la Inmaculada '
    "Concepción, en el ejido La Gloria, Tamaulipas, y hoy lo celebró con sus bisnietos en nuestra sala de diálisis. #100Años",
    [
        ("AGE", "cien"),
        ("NAME", 'Concepción "Conchita" Barrera'),
        ("DATE", "8 de diciembre"),
        ("DATE", "día de la Inmaculada Concepción"),
        ("GEO", "La Gloria"),
        ("AGE", "#100Años"),
    ],
    note="age 100 in words and as an age hashtag, name that is also the feast day, birth date written as date and feast day, "
    "birthplace ejido (foreign town); Tamaulipas is a state.",
)

# 20
n(
    "es",
    "campaign_hashtag",
    "Este mes lanzamos #AmparoParaTodos 💚: nuestro Programa Amparo de asistencia financiera ya ayudó a 3,400 familias de "
    "colonias del Valle. Solicita en hospitaldelvalle.org/amparo o al 956-555-0134.",
    "Amparo is the hospital's charity-care program and campaign hashtag, not a person; statistic; hospital domain and number.",
)

# 21
p(
    "en",
    "pasted_record",
    "RE: transfer f/u — pt ESCAMILLA, JOSE A, DOB 09/16/1958, MRN RGV0048213, arrived from Reynosa this am, bed 22, wife "
    "Marisol cell (899) 555-2716. Pls call back.",
    [
        ("NAME", "ESCAMILLA, JOSE A"),
        ("DATE", "09/16/1958"),
        ("MRN", "RGV0048213"),
        ("GEO", "Reynosa"),
        ("OTHER_ID", "bed 22"),
        ("NAME", "Marisol"),
        ("PHONE", "(899) 555-2716"),
    ],
    note="pasted transfer note: chart name, DOB, MRN, foreign city he was transferred from, bed, wife's name and cell.",
)

# 22
n(
    "en",
    "staff_spotlight",
    "Meet agent-turned-nurse Rubén Saldívar! After 14 years with Border Patrol, Rubén joined our ER in Brownsville and now "
    "teaches heat-illness classes to his old unit. 'Same desert, different uniform.' #NursesOfTheValley",
    "staff member; his former employer is a staff member's, not a patient's.",
)

# 23
p(
    "es",
    "patient_story",
    "Hace un año, la noche del 15 de septiembre, Santiago (8) llegó en helicóptero desde San Benito con quemaduras por un "
    "cohete. Hoy volvió a visitarnos con su abuelo don Eleazar y nos trajo pan de dulce. 🇲🇽❤️",
    [
        ("DATE", "15 de septiembre"),
        ("NAME", "Santiago"),
        ("GEO", "San Benito"),
        ("NAME", "Eleazar"),
    ],
    note="injury date, child's name, home town named for a saint, grandfather's name; 'hace un año' and 'hoy' are relative.",
)

# 24
n(
    "es",
    "memorial",
    "Hoy recordamos a la Dra. Consuelo Villarreal (1931-2024), primera pediatra mexicoamericana del Valle y fundadora de "
    "nuestra clínica en Pharr. Su nombre vive en el Pabellón Infantil Villarreal. 🕊️ #DraConsuelo",
    "memorial of a founding physician (staff, historical figure) and the pavilion named for her; not a patient.",
)

# 25
p(
    "en",
    "discharge",
    "NICU GRAD 🎓👶 Baby Dolores 'Lola' Ramírez-Cavazos came home to Palmview after 97 days with us! Born at 24 weeks on "
    "Good Friday, she now weighs 5 lbs 2 oz. Mom Anayeli and dad Chris say she's named for her great-grandma. #NICUGrad",
    [
        ("NAME", "Dolores 'Lola' Ramírez-Cavazos"),
        ("GEO", "Palmview"),
        ("DATE", "Good Friday"),
        ("NAME", "Anayeli"),
        ("NAME", "Chris"),
    ],
    note="hyphenated surname with nickname, home town, birth on Good Friday (named holiday), parents; 97 days is a stay, not an age.",
)

# 26
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Guillain-Barré, Hansen's disease: three conditions named for doctors that our neurology and infectious "
    "disease teams see in the Valley. Hansen's (leprosy) is rare but still diagnosed in South Texas — treatment is free and "
    "it's curable. #WorldLeprosyDay",
    "eponymous conditions and an awareness day.",
)

# 27
p(
    "es",
    "thank_you",
    'Mensaje de la familia Hinojosa: "Gracias al equipo del 5 Norte por cuidar a mi papá Reynaldo como si fuera suyo. Desde '
    'el 2 de febrero, Día de la Candelaria, hasta que se fue en paz, nunca estuvo solo". Los tamales que trajeron estaban buenísimos. 🫔',
    [
        ("NAME", "Hinojosa"),
        ("NAME", "Reynaldo"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="family surname, patient's first name, admission date written twice (date and feast day); 5 Norte is a unit.",
)

# 28
n(
    "es",
    "health_tip",
    "🌡️ ¿Trabajas en la labor, en construcción o en la Patrulla Fronteriza? Golpe de calor = piel caliente y seca, confusión, "
    "desmayo. Llama al 911, enfría a la persona con agua y sombra. Más info: rgvhealth.org/calor",
    "tip for workers; Patrulla Fronteriza is an employer of a population, not of a patient; 911 and hospital domain.",
)

# 29
p(
    "en",
    "patient_story",
    "Our own Lupe Saenz, unit clerk on 4 West for 22 years, spent Thanksgiving on the other side of the call light after an "
    "emergency appendectomy. She's home now and says the pudding is better than she remembered. We missed you, Lupe! 🦃",
    [("NAME", "Lupe Saenz"), ("NAME", "Lupe", "*"), ("DATE", "Thanksgiving")],
    note="a staff member who was our patient is a patient: name, nickname, surgery on Thanksgiving; 4 West is a unit.",
)

# 30
n(
    "en",
    "staff_spotlight",
    "Meet Señora Amparo Leal, 94, our longest-serving volunteer! Every Tuesday since 1987 she's pushed the book cart through "
    "the Brownsville campus. Her secret? 'Menudo on Sundays and no fighting with anyone.' 💐 Volunteer with us: 956-555-0156",
    "volunteer over 90 is not a patient; hospital volunteer line.",
)

# 31
p(
    "es",
    "patient_story",
    "guadalupe tiene 15 años y hoy, 3 de mayo, día de la Santa Cruz, debía ser su quinceañera. En lugar de eso la celebramos "
    "en la habitación 318 con el vestido, la corona y el chambelán favorito: el Dr. Tijerina 😂👑 Feliz quince, lupita!! #QuinceEnElHospital",
    [
        ("NAME", "guadalupe"),
        ("DATE", "3 de mayo"),
        ("DATE", "día de la Santa Cruz"),
        ("OTHER_ID", "habitación 318"),
        ("NAME", "lupita"),
    ],
    note="lower-case name and nickname, her quinceañera date written as date and feast day, room; Dr. Tijerina is staff; "
    "age 15 not labelled; #QuinceEnElHospital is a campaign hashtag.",
)

# 32
p(
    "es",
    "statistic",
    "En 2024 atendimos 1,126 casos de enfermedad por calor. El paciente de mayor edad tenía 97 años y el más joven, 4 meses. "
    "7 de cada 10 eran trabajadores del campo o de la construcción. 🥵 #VeranoSeguro",
    [("AGE", "97")],
    note="an exact age over 89 of one (unnamed) patient is AGE, even inside a statistic; the rest are aggregates.",
)

# 33
n(
    "es",
    "statistic",
    "Datos 2024 de nuestro programa de diálisis: 312 pacientes de 18 colonias, edad promedio 61 años, 14% mayores de 90. 💧 "
    "Gracias a las 48 enfermeras y técnicos que lo hacen posible.",
    "aggregate statistics; 'mayores de 90' is a population age.",
)

# 34
p(
    "en",
    "crisis_update",
    "UPDATE 6pm: All 14 passengers from this morning's van rollover on US-281 near Linn are stable. At her family's request: "
    "Elsa Moreno, the 9-year-old from Elsa who was flown to our McAllen trauma center, is out of surgery and awake. Her "
    "grandma Ofelia asks for prayers, not calls.",
    [
        ("GEO", "US-281"),
        ("GEO", "Linn"),
        ("NAME", "Elsa Moreno"),
        ("GEO", "Elsa", 2),
        ("NAME", "Ofelia"),
    ],
    note="named patient in a crisis update: crash road and place, her name, her home town Elsa (same word as her name), "
    "grandmother's name; the trauma center is the hospital.",
)

# 35
n(
    "en",
    "crisis_update",
    "Hidalgo County is under a boil-water notice. Our McAllen and Pharr campuses are unaffected and open. Dialysis patients "
    "with appointments Saturday: keep your regular time. Updates at rgvhealth.org and @RGVHealth",
    "public notice; county and campuses are not a patient's; hospital domain and handle.",
)

# 36
p(
    "es",
    "pasted_record",
    "Buenas tardes, le escribe Yadira Garza por mi mamá María de los Ángeles Garza Longoria, paciente del Dr. Leal. Su número "
    "de Medicaid es 517 204 889 y su fecha de nacimiento es 30/04/1961. Mi correo es yadi.garza61@gmail.com. ¿Le pueden cambiar la cita?",
    [
        ("NAME", "Yadira Garza"),
        ("NAME", "María de los Ángeles Garza Longoria"),
        ("HEALTH_PLAN", "517 204 889"),
        ("DATE", "30/04/1961"),
        ("EMAIL", "yadi.garza61@gmail.com"),
    ],
    note="portal message posted by mistake: daughter's and patient's names, Medicaid number, DOB, daughter's e-mail; Dr. Leal is staff.",
)

# 37
n(
    "es",
    "public_figure",
    "¡Qué honor! El cantante tejano Rigo Almaraz visitó hoy a los niños de oncología en McAllen y les cantó 'Desvelado'. "
    "Gracias por tu corazón, Rigo. 🎤💙",
    "visiting public figure; the children are unnamed.",
)

# 38
p(
    "en",
    "memorial",
    "Rest easy, Tío Beto. Alberto Guerra Jr. — ranch foreman, Vietnam vet, and the loudest laugh on 3 South — passed away on "
    "September 2, surrounded by his daughters Sandra and Noemi. He asked us to tell his dogs Pancho and Lucky he said goodbye. 🕊️",
    [
        ("NAME", "Beto"),
        ("NAME", "Alberto Guerra Jr."),
        ("DATE", "September 2"),
        ("NAME", "Sandra"),
        ("NAME", "Noemi"),
    ],
    note="nickname after the kinship word 'Tío', full name with Jr., date of death, daughters; the dogs' names are pets.",
)

# 39
n(
    "en",
    "memorial",
    "Today we lower our flags for Agent Daniel Ocañas of the U.S. Border Patrol, who died in the line of duty near Roma on "
    "Tuesday. Our trauma team and chaplains stand with his family and the Rio Grande Valley Sector. 🇺🇸🕊️",
    "public tribute to a fallen agent who is not described as our patient; a public figure, not a patient.",
)

# 40
p(
    "es",
    "discharge",
    '¡Se nos va Don Pancho! 🤠 Francisco "Pancho" Villarreal, de 91 años, vaquero que vive en el rancho La Coma, cerca de '
    "Hebbronville, se fue hoy a casa tras una fractura de cadera. Dice que para el desfile de Charro Days vuelve a montar. 🐴",
    [
        ("NAME", "Pancho"),
        ("NAME", 'Francisco "Pancho" Villarreal'),
        ("AGE", "91"),
        ("GEO", "La Coma"),
        ("GEO", "Hebbronville"),
    ],
    note="nickname after 'Don', full name, age 91, the ranch he lives on and the nearby town; Charro Days is a public festival.",
)

# 41
n(
    "es",
    "health_tip",
    "Para los que cruzan a diario por el puente: lleven agua, gorra y su lista de medicamentos. Si en la fila se sienten "
    "mareados, avisen a un oficial. Nuestro módulo de salud en el Puente Internacional Anzaldúas abre de 6 a 10 am.",
    "tip for commuters; the bridge is the hospital's health-booth location, not a patient's.",
)

# 42
p(
    "en",
    "birth_announcement",
    "Surprise delivery! 🚗👶 Baby Natividad arrived on Christmas morning in the back of her dad's F-150 on Expressway 83 near "
    "Weslaco. Mom Karina and little Naty are doing great. Merry Christmas from L&D! 🎄",
    [
        ("NAME", "Natividad"),
        ("DATE", "Christmas", 1),
        ("GEO", "Expressway 83"),
        ("GEO", "Weslaco"),
        ("NAME", "Karina"),
        ("NAME", "Naty"),
    ],
    note="baby's name, born on Christmas, the road and town where she was born, mother, nickname; the closing 'Merry "
    "Christmas' is a holiday greeting, not the birth date.",
    ok=("Christmas",),
)

# 43
n(
    "en",
    "event",
    "Join us Dec 12 for the 5th annual Guadalupe 5K 🏃‍♀️🌹 from the Basilica of Our Lady of San Juan to our McAllen campus. "
    "All proceeds go to the NICU. Register: rgvhealth.org/5k #Guadalupe5K",
    "event date and a race named for the Virgin; campaign hashtag; hospital domain.",
)

# 44
p(
    "es",
    "pasted_record",
    "urgente!! alguien del turno de noche vio el celular de la sra. del cuarto 214? es de la pte Dolores Ruiz Cantú, lo dejó "
    "su hijo Nico. el cel es 956 555 0193 y su usuario del portal es lolaruiz58",
    [
        ("OTHER_ID", "cuarto 214"),
        ("NAME", "Dolores Ruiz Cantú"),
        ("NAME", "Nico"),
        ("PHONE", "956 555 0193"),
        ("OTHER_ID", "lolaruiz58"),
    ],
    note="internal message posted publicly: room, patient's name, son's name, family cell, portal user name.",
)

# 45
n(
    "es",
    "research",
    "Investigación del Valle 🔬 Nuestro estudio con 640 familias de colonias de Hidalgo y Starr encontró que el 31% no tiene "
    "aire acondicionado. Con la Universidad del Valle instalamos 200 unidades este verano. Resultados: hospitaldelvalle.org/investigacion",
    "research on a population; counties describe the study area; hospital domain.",
)

# 46
p(
    "en",
    "discharge",
    "Agent Marco Treviño is going home! 🎉 The 12-year Border Patrol veteran collapsed from heat stroke on a trail near the "
    "Falfurrias checkpoint on July 27 and spent 9 days in our ICU. His wife Daisy and their three boys were waiting outside "
    "with a sign. #TreviñoStrong",
    [
        ("NAME", "Marco Treviño"),
        ("NAME", "Border Patrol"),
        ("GEO", "Falfurrias"),
        ("DATE", "July 27"),
        ("NAME", "Daisy"),
        ("NAME", "#TreviñoStrong"),
    ],
    note="agent as patient: name, his employer (Border Patrol) is NAME, place and date of the collapse, wife's name, "
    "surname hashtag; 'Agent' is a title.",
)

# 47
n(
    "en",
    "thank_you",
    "Huge thanks to Border Patrol's BORSTAR medics, Cameron County EMS and the Brownsville Fire Department, who together "
    "brought 23 heat-stroke patients to our ER in July. We're in this together. 🚑",
    "thanks to agencies; 23 patients in July is an aggregate.",
)

# 48
p(
    "es",
    "milestone_birthday",
    '🎂 ¡Noventa y tres años y sigue bailando! Hoy le cantamos las mañanitas a doña Socorro "Coco" Alanís en el piso de '
    "rehabilitación. Nació el día de San Juan, 24 de junio, en Camargo, y hoy también se cumplen 3 semanas de su cirugía de rodilla. ❤️",
    [
        ("AGE", "Noventa y tres"),
        ("NAME", 'Socorro "Coco" Alanís'),
        ("DATE", "día de San Juan"),
        ("DATE", "24 de junio"),
        ("GEO", "Camargo"),
    ],
    note="age 93 in words, name with nickname, birth date as feast day and date, birthplace in Mexico; '3 semanas' is relative.",
)

# 49
n(
    "es",
    "anonymous_story",
    "Anoche una bebé nació en el estacionamiento del campus Brownsville. Mamá y bebé están perfectas. Gracias al guardia que "
    "corrió por una silla de ruedas y al equipo de Labor y Parto. 💗 #BebésDelValle",
    "anonymous birth; 'anoche' is relative; the parking lot is the hospital's.",
)

# 50
p(
    "en",
    "patient_story",
    "Shoutout to mrs. ocampo in rm 5-112 who taught our entire night shift how to make tamales from her bed 😂🫔 she says her "
    "granddaughter brianna will be posting the recipe on @tamales_de_abuela",
    [
        ("NAME", "ocampo"),
        ("OTHER_ID", "rm 5-112"),
        ("NAME", "brianna"),
        ("OTHER_ID", "@tamales_de_abuela"),
    ],
    note="lower-case surname, room with keyword, granddaughter's name, family's social handle.",
)

# 51
n(
    "en",
    "recruitment",
    "Now hiring: bilingual RNs for our Brownsville ER and McAllen NICU. $15K sign-on bonus. Night shift differential. "
    "¿Hablas español? Even better. Apply at rgvhealth.org/careers or call 956-555-0178. #NurseJobs #RGV",
    "recruitment; hospital domain and careers line.",
)

# 52
p(
    "es",
    "memorial",
    "Descansa en paz, Victoria. 🕊️ Victoria Aurora Peña, de San Juan, luchó 4 años contra la leucemia y se fue el 2 de "
    "noviembre, Día de Muertos, rodeada de cempasúchil. Su mamá Mirna nos pidió compartir su altar. #VictoriaPorSiempre",
    [
        ("NAME", "Victoria Aurora Peña"),
        ("NAME", "Victoria", "*"),
        ("GEO", "San Juan"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Mirna"),
        ("NAME", "#VictoriaPorSiempre"),
    ],
    note="name, home town, date of death as date and holiday, mother's name, name hashtag.",
)

# 53
n(
    "es",
    "event",
    "Este 2 de noviembre, Día de Muertos, el equipo de Cuidados Paliativos pondrá un altar en el lobby del campus McAllen "
    "para recordar a los pacientes que partieron este año. Traigan la foto de su ser querido. 🌼💀",
    "hospital event on a holiday; no patient named.",
)

# 54
p(
    "en",
    "thank_you",
    "The Cavazos family has donated $50,000 to our NICU in honor of their grandson Mateo Cavazos, who spent his first 81 days "
    "with us after being born on March 3. Thank you, Ramón and Irma Cavazos, for turning your gratitude into incubators. 💙",
    [
        ("NAME", "Cavazos", 1),
        ("NAME", "Mateo Cavazos"),
        ("DATE", "March 3"),
        ("NAME", "Ramón"),
        ("NAME", "Irma Cavazos"),
    ],
    note="donors introduced as a patient's grandparents are relatives: family surname, their names, the baby's name and birth date.",
)

# 55
n(
    "en",
    "sponsor",
    "Thank you to H-E-B and the Rodríguez Cavazos Foundation for sponsoring this year's Back-to-School health fair in "
    "Brownsville: 1,900 free physicals and 2,400 backpacks! 🎒 #ValleStrong",
    "sponsors and a foundation; event statistics.",
)

# 56
p(
    "es",
    "patient_story",
    "Gracias a todos por las oraciones 🙏 sigue en terapia intensiva pero ya abrió los ojos. Su cuarto está lleno de dibujos "
    "de sus compañeros de 2do grado. #OrandoPorIker #FuerzaDelValle",
    [("NAME", "#OrandoPorIker")],
    note="the patient is named only in the hashtag; #FuerzaDelValle is the campaign hashtag.",
)

# 57
n(
    "es",
    "campaign_hashtag",
    "#OrandoPorElValle 🙏 Esta semana de calor extremo, nuestras capellanías ofrecen misa por todos los trabajadores del "
    "campo a las 12 pm en la capilla de Brownsville. #FuerzaDelValle",
    "campaign hashtags shaped like prayer-for-a-name hashtags; a population.",
)

# 58
p(
    "en",
    "pasted_record",
    "[Automated] Remote monitoring alert: device SN MDT-4471-99823 (ICD), patient HERNANDEZ, ROSALINDA, DOB 11/02/1949, "
    "acct 7712003415, last transmission from IP 187.190.44.12. Route to EP clinic.",
    [
        ("DEVICE", "MDT-4471-99823"),
        ("NAME", "HERNANDEZ, ROSALINDA"),
        ("DATE", "11/02/1949"),
        ("ACCOUNT", "7712003415"),
        ("IP", "187.190.44.12"),
    ],
    note="pasted device alert: device serial, chart name, DOB, account number, IP address.",
)

# 59
n(
    "en",
    "hospital_contact",
    "Looking for a loved one admitted during the bridge closure? Call Patient Relations at 956-555-0134 (24/7), email "
    "pacientes@hospitaldelvalle.org, or DM @HospitalDelValle. We can't share patient info over social media. 🙏",
    "hospital contact details only.",
)

# 60
p(
    "es",
    "pasted_record",
    'Cierre de caso — trabajo social. Pte: Crescencio "Chencho" Salazar Ortiz. Núm. A: 212-555-810. Matrícula consular '
    "0038817425. Alta 14/10 a albergue en Matamoros. Contacto: sobrina Araceli, araceli.sz@hotmail.com",
    [
        ("NAME", 'Crescencio "Chencho" Salazar Ortiz'),
        ("OTHER_ID", "212-555-810"),
        ("OTHER_ID", "0038817425"),
        ("DATE", "14/10"),
        ("GEO", "Matamoros"),
        ("NAME", "Araceli"),
        ("EMAIL", "araceli.sz@hotmail.com"),
    ],
    note="pasted social-work note: name, immigration A-number and consular ID number (OTHER_ID), discharge date, the city "
    "he was discharged to, niece's name and e-mail.",
)

# 61
p(
    "es",
    "patient_story",
    "La familia Ramírez Domínguez llegó desde San Pedro Sula hace dos meses. El 9 de agosto, su hijo Josué, de 6 años, cayó "
    "del techo del albergue en Reynosa y cruzó para ser operado aquí. Hoy Josué caminó por primera vez. 🙌 #JosuéCamina",
    [
        ("NAME", "Ramírez Domínguez"),
        ("GEO", "San Pedro Sula"),
        ("DATE", "9 de agosto"),
        ("NAME", "Josué", "*"),
        ("GEO", "Reynosa"),
        ("NAME", "#JosuéCamina"),
    ],
    note="migrant family: double surname, home city abroad, injury date and place (Reynosa), child's name twice and in a hashtag.",
)

# 62
n(
    "es",
    "anonymous_story",
    "Un trabajador de la labor de 58 años llegó ayer con 108°F de temperatura. Sus compañeros lo enfriaron con hielo de la "
    "hielera en la camioneta mientras llegaba la ambulancia. Eso le salvó la vida. Aprende a hacerlo 👉 hospitaldelvalle.org/calor",
    "anonymous patient; age 58 and 'ayer' do not identify; hospital domain.",
)

# 63
p(
    "es",
    "discharge",
    "Don Eusebio Chapa ya está en casa 🏡 Se cayó de una escalera piscando toronja para Citrícola Los Naranjos el 28 de enero. "
    "Gracias a sus compañeros de la cuadrilla que lo trajeron en la troca. ¡Ánimo, don Chebo!",
    [
        ("NAME", "Eusebio Chapa"),
        ("NAME", "Citrícola Los Naranjos"),
        ("DATE", "28 de enero"),
        ("NAME", "Chebo"),
    ],
    note="patient's name and nickname, his employer (NAME), injury date; co-workers unnamed.",
)

# 64
n(
    "es",
    "sponsor",
    "Gracias a Citrícola Río Bravo por donar 500 hieleras y 10,000 botellas de agua para las cuadrillas del Valle este "
    "verano. 💧 #VeranoSeguro",
    "a company as sponsor, not a patient's employer; 'este verano' is a season.",
)

# 65
p(
    "en",
    "milestone_birthday",
    "94yo and still driving the tractor 😳🚜 Happy birthday to our dialysis champ Don Refugio! He wants everyone to know he's "
    "been coming to the Pharr clinic three times a week since Día de Reyes 2019 and hasn't missed once.",
    [("AGE", "94yo"), ("NAME", "Refugio"), ("DATE", "Día de Reyes 2019")],
    note="age token '94yo', first name that is also a word, first dialysis date given as a holiday with its year; the "
    "Pharr clinic is the hospital's.",
)

# 66
n(
    "en",
    "staff_spotlight",
    "Dr. Natividad Cruz and Dr. Jesús Reyes have delivered babies on every Christmas Eve since 2011 — on purpose. 'Somebody "
    "has to,' says Dr. Cruz. Merry Christmas from your Brownsville L&D team 🎄👶",
    "doctors with feast-day names; Christmas Eve is not a patient's date here.",
)

# 67
p(
    "es",
    "pasted_record",
    "FAVOR DE NO PUBLICAR — PACIENTE: DE LA ROSA HINOJOSA, ESPERANZA. FN: 02-FEB-1957. SEGURO: BCBSTX XJH884127733. "
    "DOMICILIO: 418 CALLE ÉBANO, COLONIA CAMERON PARK. CEL ESPOSO: +52 868 555 0171.",
    [
        ("NAME", "DE LA ROSA HINOJOSA, ESPERANZA"),
        ("DATE", "02-FEB-1957"),
        ("HEALTH_PLAN", "XJH884127733"),
        ("GEO", "418 CALLE ÉBANO"),
        ("GEO", "CAMERON PARK"),
        ("PHONE", "+52 868 555 0171"),
    ],
    note="ALL-CAPS pasted face sheet: chart name, DOB, member ID (value only), street address and colonia, husband's Mexican cell.",
)

# 68
n(
    "es",
    "campaign_hashtag",
    "#Esperanza2025 🌱 Nuestra campaña de Esperanza recauda fondos para el nuevo centro oncológico infantil en Harlingen. "
    "Cada dólar cuenta: hospitaldelvalle.org/esperanza o llama al 956-555-0145.",
    "Esperanza is the campaign's name; the center's city is a hospital site; foundation line and domain.",
)

# 69
p(
    "en",
    "patient_story",
    "Meet J.R. 👋 This 11-year-old from Progreso has spent more birthdays in our dialysis unit than at home, but on the 14th "
    "he gets his new kidney — from his uncle Toño. Say a prayer for J.R. and Tío Toño! 🙏",
    [("NAME", "J.R.", "*"), ("GEO", "Progreso"), ("DATE", "14th"), ("NAME", "Toño", "*")],
    note="initials used as the name, home town that is an ordinary word, surgery day of month alone, uncle's nickname twice.",
)

# 70
n(
    "en",
    "event",
    "Diez y Seis de Septiembre Health Fair 🇲🇽 Sept 16, 9am-1pm at our Pharr clinic, 815 S Cage Blvd. Free glucose checks, "
    "flu shots and paletas. ¡Los esperamos!",
    "event on a holiday at the hospital's own address.",
)

# 71
p(
    "es",
    "thank_you",
    "Mil gracias a la Sra. Leticia Garza y a sus hijas, que todos los días de la estancia de su esposo en la UCI trajeron "
    "café de olla para las enfermeras del turno de noche. ☕❤️",
    [("NAME", "Leticia Garza")],
    note="the wife of an ICU patient is a patient's relative: her name alone makes the post patient-specific.",
)

# 72
n(
    "es",
    "thank_you",
    "Mil gracias a la Sra. Herminia Tovar y a sus nietos, voluntarios del programa Abrazos, que este mes tejieron 300 "
    "gorritos para los bebés de la UCIN. 🧶💕",
    "volunteers and their grandchildren; babies unnamed.",
)

# 73
p(
    "en",
    "memorial",
    'We will miss you, Mr. Valentine. 💔 Valentín "Val" Esquivel, 90, the Harlingen barber who gave free haircuts at our '
    "Brownsville clinic every Saturday, became our patient in January and passed on Valentine's Day — the same day he was born.",
    [
        ("NAME", "Valentine", 1),
        ("NAME", 'Valentín "Val" Esquivel'),
        ("AGE", "90"),
        ("GEO", "Harlingen"),
        ("DATE", "January"),
        ("DATE", "Valentine's Day"),
    ],
    note="a volunteer who became our patient: nickname, name, age 90, his town, admission month, death (and birth) on "
    "Valentine's Day; 'the same day' only points back.",
)

# 74
n(
    "en",
    "eponymous_condition",
    "3/21 is World Down Syndrome Day 🧦🧦 Wear your mismatched socks and stop by the McAllen lobby for our photo booth with "
    "the Down Syndrome Association of South Texas. #LotsOfSocks",
    "eponymous condition and awareness-day date.",
)

# 75
p(
    "es",
    "birth_announcement",
    "¡TRILLIZOS EN EL VALLE! 👶👶👶 Santos, Reyes y Cruz llegaron el 6 de enero, Día de Reyes, en nuestro campus McAllen. Sus "
    'papás Marisela y Joel Tamez, de Alamo, dicen que los nombres "ya estaban escritos". 😂',
    [
        ("NAME", "Santos"),
        ("NAME", "Reyes", 1),
        ("NAME", "Cruz"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Marisela"),
        ("NAME", "Joel Tamez"),
        ("GEO", "Alamo"),
    ],
    note="triplets named Santos, Reyes and Cruz (also feast words), birth date as date and Día de Reyes, parents, home town.",
)

# 76
n(
    "es",
    "public_figure",
    "¿Sabías que Brownsville fue escenario de la primera batalla de la guerra entre México y Estados Unidos en 1846? Hoy, el "
    "Museo Histórico y nuestro hospital celebran juntos el Mes de la Herencia Hispana con charlas de salud y la historia de Juan Cortina. 📚",
    "history and a historical figure; heritage month.",
)

# 77
p(
    "en",
    "pasted_record",
    "Security log 0213: vehicle left in ambulance bay belongs to ER pt VELA, ARTURO. Silver Ram TX plate NGD-4471, DL "
    "31877645. Daughter Priscilla notified at 956-555-0162 and will move it.",
    [
        ("NAME", "VELA, ARTURO"),
        ("VEHICLE", "NGD-4471"),
        ("LICENSE", "31877645"),
        ("NAME", "Priscilla"),
        ("PHONE", "956-555-0162"),
    ],
    note="pasted security log: chart name, plate, driver's license, daughter's name and phone (555-01xx but not a hospital "
    "line); the log number is the hospital's.",
)

# 78
n(
    "en",
    "hospital_contact",
    "Our Brownsville campus phone lines are back up. Main: 956-555-0111. Patient Relations: 956-555-0134. Spanish nurse line: "
    "956-555-0123. Thanks for your patience today! 📞",
    "hospital numbers only.",
)

# 79
p(
    "es",
    "patient_story",
    "El Güero ya puede comer tacos otra vez 🌮😂 Después de que un caballo le pateó la cara en el lienzo charro de Rancho "
    "Viejo el 10 de marzo, le reconstruimos la mandíbula. Gracias a su novia Itzel por las fotos del antes y después. #FuerzaGüero",
    [
        ("NAME", "Güero"),
        ("GEO", "Rancho Viejo"),
        ("DATE", "10 de marzo"),
        ("NAME", "Itzel"),
        ("NAME", "#FuerzaGüero"),
    ],
    note="nickname that is an ordinary word (article 'El' excluded), town of the injury, injury date, girlfriend, "
    "nickname hashtag; no attached photo is described.",
)

# 80
n(
    "es",
    "staff_spotlight",
    'Feliz jubilación a "El Chino" Ramón Garza, camillero del campus Brownsville por 41 años. Nadie conoce los pasillos como '
    "él. 🎉 ¡Te vamos a extrañar, Chino!",
    "retiring staff member and his nickname.",
)

# 81
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente centenaria favorita, doña Refugio Cantú de Leal, cumple hoy 103 y pidió dos cosas: barbacoa y que su "
    'bisnieta Kimberly le pusiera "Como la Flor" en la bocina. 🌹 ¡Felicidades, Cuquita!',
    [
        ("AGE", "centenaria"),
        ("NAME", "Refugio Cantú de Leal"),
        ("AGE", "103"),
        ("NAME", "Kimberly"),
        ("NAME", "Cuquita"),
    ],
    note="'centenaria' and 103 are ages over 89; married name with 'de'; great-granddaughter; nickname. The song title is not a name.",
)

# 82
n(
    "es",
    "public_figure",
    "Hoy, 16 de abril, recordamos a Selena Quintanilla, la Reina del Tex-Mex. 🌹 Nuestro personal de Brownsville vino de "
    "morado. ¿Cuál es tu canción favorita? #SelenaForever",
    "public figure's birthday; not a patient.",
)

# 83
p(
    "en",
    "birth_announcement",
    "Baby Selena was born on April 16 — yes, THAT April 16 💜 — at 7 lbs 1 oz. Mom Crystal Garza-Luna says there was never "
    "another name on the list. Welcome to the world, mija! #LDbabies",
    [("NAME", "Selena"), ("DATE", "April 16", "*"), ("NAME", "Crystal Garza-Luna")],
    note="baby named for a public figure and born on her birthday: both mentions of the birth date, mother's hyphenated "
    "name; 'mija' is an endearment.",
)

# 84
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today — now 6 feet tall and starting nursing school in the fall. 22 years ago he weighed "
    "1 lb 9 oz. We cried. Of course we cried. 🥹",
    "anonymous former patient; relative time and a season only.",
)

# 85
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Los 4 trabajadores lesionados en la explosión de la empacadora en Edinburg siguen estables. La familia "
    "de Osvaldo Lerma nos autorizó a compartir que ya salió de cirugía. Pedimos respetar su privacidad. Información a familias: 956-555-0134",
    [("GEO", "Edinburg"), ("NAME", "Osvaldo Lerma")],
    note="a named patient in a crisis update: his name and the town where he was injured; hospital number.",
)

# 86
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 10 pm: Recibimos 9 pacientes del choque múltiple en la carretera 77 cerca de Raymondville. 3 en estado "
    "crítico. Se necesitan donadores de sangre tipo O en el campus Brownsville, 3400 Boca Chica Blvd. 🩸",
    "unnamed group of patients: the crash site is not tied to an identifiable patient; hospital address.",
)

# 87
p(
    "en",
    "thank_you",
    "To Mr. Dominguez in 3-North bed 14: the night shift says you were the best patient of 2024 and the worst at hiding candy "
    "from your diabetes educator. 🍬 Go Vaqueros! —Your 3N nurses",
    [("NAME", "Dominguez"), ("OTHER_ID", "bed 14")],
    note="surname after an honorific, bed number with keyword; 3-North is a unit; 2024 is a bare year.",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week to Mr. Dominic Dominguez, RN, our 3-North charge nurse and the only man alive who can start an IV in a "
    "moving ambulance on Military Hwy. 💉",
    "staff nurse; the highway is not tied to a patient.",
)

# 89
p(
    "es",
    "pasted_record",
    "Para Admisión: pte. Juan Pablo Ochoa Reyna, SS 623-41-0087, fecha de ingreso 5/08, viene de la colonia Los Ébanos de "
    "Mission. Traslado a Houston pendiente.",
    [
        ("NAME", "Juan Pablo Ochoa Reyna"),
        ("SSN", "623-41-0087"),
        ("DATE", "5/08"),
        ("GEO", "Los Ébanos"),
        ("GEO", "Mission"),
        ("GEO", "Houston"),
    ],
    note="pasted admission note: name, SSN, admission date, colonia and town (an ordinary word), transfer destination city.",
)

# 90
n(
    "es",
    "health_tip",
    "¿Dolores de cabeza, mareo y orina oscura después de trabajar al sol? Pueden ser señales de deshidratación. Toma agua "
    "antes de tener sed y usa ropa clara. 💧 Dudas: 956-555-0123",
    "'Dolores' here is the word for pains; hospital nurse line.",
)

# 91
p(
    "es",
    "patient_story",
    "Doña Dolores Garza dice que sus dolores de rodilla se acabaron 🦵✨ A sus 92 años, caminó el pasillo del 2 Sur sin "
    "andadera, seis semanas después de su reemplazo de rodilla. ¡Así se hace, doña Lolita!",
    [("NAME", "Dolores Garza"), ("AGE", "92"), ("NAME", "Lolita")],
    note="patient named Dolores next to the word 'dolores', age 92, nickname; 2 Sur is a unit.",
)

# 92
n(
    "en",
    "research",
    "Our trauma team's new paper: ATV and horse injuries on South Texas ranches, 2019-2024. 418 patients, median age 34, 11 "
    "deaths. Helmets cut head injuries by half. 🤠🪖 Read it: rgvhealth.org/ranchsafety",
    "aggregate research; hospital domain.",
)

# 93
p(
    "en",
    "patient_story",
    'Get well soon, Chente! 🎶 Tejano legend Vicente "Chente" Olvera, accordion king of the Tejano charts, was admitted to '
    "our McAllen campus Sunday after a fall at home in La Feria. He's already asking for his accordion. 🪗",
    [("NAME", "Chente"), ("NAME", 'Vicente "Chente" Olvera'), ("GEO", "La Feria")],
    note="a public figure who is our patient is labelled: nickname, name, home town (an ordinary phrase); Sunday is a weekday.",
)

# 94
n(
    "es",
    "public_figure",
    "El alcalde de Brownsville y la jueza del condado Cameron visitaron a nuestro equipo de quemados para agradecerles su "
    "labor tras el incendio en la colonia Cameron Park. 🚒",
    "visiting officials; the fire's colonia is not tied to an identifiable patient.",
)

# 95
p(
    "es",
    "discharge",
    "Chonita se fue a casa justo a tiempo para la fiesta de su santo 🎉 Concepción Ybarra Tijerina, de 17 años, pasó 5 "
    "semanas con nosotros por lupus. Su onomástico es el 8 de diciembre y su familia en Donna ya tiene listos los tamales.",
    [
        ("NAME", "Chonita"),
        ("NAME", "Concepción Ybarra Tijerina"),
        ("DATE", "8 de diciembre"),
        ("GEO", "Donna"),
    ],
    note="nickname and name, her saint's day (a date tied to her), family's town (also a first name); age 17 not labelled.",
)

# 96
n(
    "es",
    "staff_spotlight",
    "Bienvenida a Donna Treviño, nuestra nueva directora de enfermería en el campus McAllen. Donna creció en Donna, Texas "
    "(¡sí, en serio!) y trabajó 15 años en el Driscoll de Corpus. 👩‍⚕️",
    "new staff director, her home town and former employer are a staff member's.",
)

# 97
p(
    "en",
    "patient_story",
    "Sharing for a family in our NICU (posted w/ permission): baby Itzayana Rocha was born 26 weeks on 10/31 and needs a "
    "transfer flight. GoFundMe: gofundme.com/f/itzayana-rocha-nicu 💜",
    [("NAME", "Itzayana Rocha"), ("DATE", "10/31"), ("URL", "gofundme.com/f/itzayana-rocha-nicu")],
    note="baby's name, birth date, the family's fundraiser URL.",
)

# 98
n(
    "en",
    "health_tip",
    "Halloween safety 🎃: glow sticks, not candles; check candy before eating; and if your little one has a peanut allergy, "
    "look for teal pumpkins! ER questions: 956-555-0123",
    "holiday tip; hospital line.",
)

# 99
p(
    "es",
    "thank_you",
    "@lupita.salinas87 Hola Lupita, lamentamos la espera de su papá en urgencias anoche. Ya lo pasamos con Relaciones con "
    "Pacientes; por favor llame al 956-555-0134 y dé el número de cuenta 40018773.",
    [("OTHER_ID", "@lupita.salinas87"), ("NAME", "Lupita"), ("ACCOUNT", "40018773")],
    note="public reply to a patient's daughter: her handle and name, the account number; the phone is Patient Relations.",
)

# 100
n(
    "es",
    "hospital_contact",
    "Hola, lamentamos mucho su experiencia. Por su privacidad, no comparta datos médicos aquí. Escríbanos a "
    "pacientes@hospitaldelvalle.org o llame al 956-555-0134 y con gusto le ayudamos. 🙏",
    "generic reply with hospital contacts.",
)

# 101
p(
    "en",
    "discharge",
    "Isidro came home to Colonia Alberta on Juneteenth after a month of burn care — his mom's trailer caught fire during the "
    "blackout. The whole colonia lined the caliche road with balloons. 🎈 #IsidroStrong",
    [("NAME", "Isidro"), ("GEO", "Alberta"), ("DATE", "Juneteenth"), ("NAME", "#IsidroStrong")],
    note="name, his colonia (named like a Canadian province), discharge on Juneteenth, name hashtag.",
)

# 102
n(
    "en",
    "event",
    "Juneteenth Freedom Walk 🖤 Saturday 8am, Brownsville campus to Linear Park. Free blood pressure checks after. All welcome!",
    "event on a holiday.",
)

# 103
p(
    "es",
    "memorial",
    "El agente Óscar Benavides, de la Patrulla Fronteriza, fue nuestro paciente durante 11 días tras ser atropellado en el "
    "puesto de Sarita el 3 de octubre. Falleció anoche. A su esposa Maribel y a sus compañeros, nuestro abrazo. 🕊️",
    [
        ("NAME", "Óscar Benavides"),
        ("NAME", "Patrulla Fronteriza"),
        ("GEO", "Sarita"),
        ("DATE", "3 de octubre"),
        ("NAME", "Maribel"),
    ],
    note="an agent who was our patient: name, employer (NAME), place and date of injury, wife.",
)

# 104
n(
    "es",
    "thank_you",
    "Gracias a los agentes de la Patrulla Fronteriza del sector Valle del Río Grande que donaron sangre hoy en el campus "
    "McAllen: ¡87 unidades! 🩸🇺🇸",
    "agents as blood donors, not patients.",
)

# 105
p(
    "en",
    "patient_story",
    "CONGRATS TO MIGUEL ANGEL SOSA ON RINGING THE BELL TODAY!!! 🔔 LAST CHEMO, 14 MONTHS AFTER DIAGNOSIS. YOUR MAMA ROSA AND "
    "YOUR WHOLE TEAM AT THE MCALLEN INFUSION CENTER ARE SO PROUD 💛",
    [("NAME", "MIGUEL ANGEL SOSA"), ("NAME", "ROSA")],
    note="ALL-CAPS patient and mother's names; the infusion center is the hospital's.",
)

# 106
n(
    "en",
    "staff_spotlight",
    "CONGRATS TO DR. ROSA MENCHACA ON 30 YEARS AT THE MCALLEN INFUSION CENTER!!! 🎉 THOUSANDS OF BELLS RUNG ON YOUR WATCH.",
    "ALL-CAPS staff name.",
)

# 107
p(
    "es",
    "pasted_record",
    "Pendientes del turno: 1) Hab. 6-07, pte. R.M.G., exp. #0048-8812, 94 a., caída en casa en Santa Rosa, familia avisada. "
    "2) Revisar glucosas del 5 Norte.",
    [
        ("OTHER_ID", "Hab. 6-07"),
        ("NAME", "R.M.G."),
        ("MRN", "0048-8812"),
        ("AGE", "94"),
        ("GEO", "Santa Rosa"),
    ],
    note="pasted shift list: room, initials, expediente value, age 94 abbreviated, town of the fall (a saint's name); 5 Norte is a unit.",
)

# 108
n(
    "es",
    "research",
    "Nuestro Dr. Ignacio Santos publicó en JAMA un estudio sobre la diabetes en colonias fronterizas: 2,300 adultos, 38% sin "
    "diagnóstico previo. ¡Felicidades, Dr. Santos! 📄",
    "staff researcher; aggregate data.",
)

# 109
p(
    "es",
    "milestone_birthday",
    "¡¡101!! 🎉 Don Tiburcio Leal celebró sus 101 años en la sala de espera de cardiología con mariachi y todo. Nació en "
    'Guerrero, Tamaulipas, y trabajó 60 años en el campo. Su hija Paz dice que el secreto es "tortillas de harina y no preocuparse".',
    [("AGE", "101", "*"), ("NAME", "Tiburcio Leal"), ("GEO", "Guerrero"), ("NAME", "Paz")],
    note="age 101 twice, name, birthplace town Guerrero (Tamaulipas; the homonymous Mexican state is not meant), daughter "
    "named Paz; 60 years of work is not an age.",
)

# 110
n(
    "es",
    "event",
    "En este Día Internacional de la Paz, nuestros capellanes te invitan a un momento de silencio a las 12 pm en todas "
    "nuestras capillas. ☮️ La paz también es salud.",
    "awareness day; Paz is the word peace.",
)

# 111
p(
    "en",
    "thank_you",
    "From the inbox (shared with permission): 'My dad Rigoberto was in room 508 over Labor Day weekend and Nurse Kassandra "
    "made him laugh every night. Please tell her thank you. — Norma Villalobos, nvillalobos@utrgv.edu'",
    [
        ("NAME", "Rigoberto"),
        ("OTHER_ID", "room 508"),
        ("DATE", "Labor Day"),
        ("NAME", "Norma Villalobos"),
        ("EMAIL", "nvillalobos@utrgv.edu"),
    ],
    note="patient's name, room, stay over Labor Day (holiday of his stay), daughter's name and e-mail; Nurse Kassandra is staff.",
)

# 112
n(
    "en",
    "anonymous_story",
    "A grandpa in his 90s asked us to share this: 'Wear your seatbelt. I didn't, and I'm lucky my grandkids still have me.' "
    "🚗 #ClickItOrTicket",
    "anonymous patient in an age band (90s), no exact age.",
)

# 113
p(
    "es",
    "discharge",
    "Lalo, Memo y la Chata: tres hermanos de Sullivan City que llegaron juntos por intoxicación con monóxido de carbono el 31 "
    "de diciembre. Hoy, Día de Reyes, los tres se fueron a casa con su abuela. 🎁",
    [
        ("NAME", "Lalo"),
        ("NAME", "Memo"),
        ("NAME", "Chata"),
        ("GEO", "Sullivan City"),
        ("DATE", "31 de diciembre"),
        ("DATE", "Día de Reyes"),
    ],
    note="three sibling patients' nicknames ('la' excluded), home town, admission date, discharge on Día de Reyes.",
)

# 114
n(
    "es",
    "event",
    "🎁 Este 6 de enero, Día de Reyes, partiremos la rosca con los niños hospitalizados en McAllen y Brownsville. ¡Gracias a "
    "Panadería La Reynera por donar 40 roscas!",
    "hospital event on a holiday; a bakery as donor.",
)

# 115
p(
    "es",
    "patient_story",
    "Ximena Garza de la Fuente cumplió 15 el 1ro de agosto en el piso de oncología pediátrica y hoy, por fin, tuvo su baile en "
    "el salón Las Palmas de Weslaco 💃👑 Su chambelán de honor: su hermano Diego, su donador de médula. #XimenaQuince",
    [
        ("NAME", "Ximena Garza de la Fuente"),
        ("DATE", "1ro de agosto"),
        ("GEO", "Weslaco"),
        ("NAME", "Diego"),
        ("NAME", "#XimenaQuince"),
    ],
    note="name, birthday, town of her quinceañera party, brother (donor), name hashtag; age 15 not labelled.",
)

# 116
n(
    "en",
    "campaign_hashtag",
    "Our #QuinceDreams program has now thrown 42 quinceañeras for patients in treatment 👑 — dresses donated by Novias "
    "Martínez, cakes by Pastelería Lupita. Want to help? rgvhealth.org/quince",
    "program hashtag; businesses named like people are sponsors; hospital domain.",
)

# 117
p(
    "es",
    "memorial",
    "Descansa, Wilmer. 🕊️ Wilmer Josué Alvarado, de 19 años, de Juticalpa, Olancho, murió el 23 de julio por golpe de calor "
    "después de cruzar por el monte cerca de Encino. Su primo Kevin pudo llegar a despedirse.",
    [
        ("NAME", "Wilmer Josué Alvarado"),
        ("NAME", "Wilmer", "*"),
        ("GEO", "Juticalpa"),
        ("DATE", "23 de julio"),
        ("GEO", "Encino"),
        ("NAME", "Kevin"),
    ],
    note="name, home city abroad (Olancho is a department, state-level, not GEO), date of death, place he collapsed "
    "(Encino, also a tree), cousin.",
)

# 118
n(
    "es",
    "anonymous_story",
    "Este verano, 14 personas migrantes llegaron a nuestras salas con golpe de calor después de caminar por los ranchos de "
    "Brooks County. Una de ellas, una joven de 17 años, nos pidió rezar por su mamá. 🙏",
    "unnamed group and an unnamed 17-year-old; the county is not tied to an identifiable patient.",
)

# 119
p(
    "en",
    "patient_story",
    "Lost & found 🧸 Little Abril left her brown teddy bear 'Canelo' in ER room 12 Tuesday night and her mom Jackie says she "
    "can't sleep without it. Found it? Call Security at 956-555-0100 or Jackie directly at 956-555-0126.",
    [
        ("NAME", "Abril"),
        ("OTHER_ID", "room 12"),
        ("NAME", "Jackie", "*"),
        ("PHONE", "956-555-0126"),
    ],
    note="child's name (a Spanish month word), ER room, mother's name twice and her phone next to the hospital's main "
    "line; the toy's name is not a person.",
)

# 120
n(
    "en",
    "hospital_contact",
    "Lost & found 🧸 A brown teddy bear with a pink bow was turned in at our Brownsville ER. Call Security at 956-555-0111 to "
    "claim it. Someone's little one misses it!",
    "hospital number only.",
)

# 121
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumple 95, abuelita Chayito! 🎂 Del 4 Norte con amor.",
    [("AGE", "95"), ("NAME", "Chayito")],
    note="short post: age 95 and nickname ('abuelita' is a kinship word); 4 Norte is a unit.",
)

# 122
n(
    "es",
    "event",
    "Hoy 95 voluntarios limpiaron la colonia Las Milpas. ¡Gracias! 🧹",
    "95 is a count of volunteers; the colonia is an event site.",
)

# 123
p(
    "en",
    "patient_story",
    "Pictured: Javier Montemayor and his daughter Luz on his last day of cardiac rehab 💪❤️ Javier had a triple bypass on 2/14 "
    "— 'my Valentine's Day present,' he says. Keep walking, Javier!",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Javier Montemayor"),
        ("NAME", "Javier", "*"),
        ("NAME", "Luz"),
        ("DATE", "2/14"),
        ("DATE", "Valentine's Day"),
    ],
    note="photo of the patient, his name (three times), daughter named Luz, surgery date written as 2/14 and as Valentine's Day.",
)

# 124
n(
    "en",
    "staff_spotlight",
    "Pictured: our Brownsville cardiac rehab team celebrating 10,000 patient visits this year! 💪 From left: Yolanda, Tere, "
    "Marcos and Dr. Luz Elena Vidaurri.",
    "photo of staff; staff names.",
)

# 125
p(
    "es",
    "discharge",
    "En la foto: la pequeña Milagros con sus papás, Brenda y Efraín, el día que salió de la UCIN. Nació el 19 de marzo, día de "
    "San José, con apenas 680 gramos. ¡Eres un milagro, Milagros! 🙏💗",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Milagros", "*"),
        ("NAME", "Brenda"),
        ("NAME", "Efraín"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
    ],
    note="photo cue, baby's name (also a word) twice, parents, birth date as date and feast day; 'la pequeña' excluded.",
)

# 126
n(
    "es",
    "sponsor",
    "Gracias a la familia Zamora-Leal por donar la nueva sala de lactancia del campus Brownsville en memoria de su madre, "
    "doña Josefina. 💐 #HDVFoundation",
    "donor family and the donors' late mother, not described as a patient.",
)

# 127
p(
    "en",
    "discharge",
    'Reposting w/ permission 💙 "shout out to my tia yolie who got discharged today frm 6 west after her stroke on 9/9!!! '
    'thank u to ALL the nurses esp the night ones 😭🙏 #tiayoliestrong"',
    [("NAME", "yolie"), ("DATE", "9/9"), ("NAME", "#tiayoliestrong")],
    note="lower-case nickname (after the kinship word 'tia'), stroke date, name hashtag; 6 west is a unit.",
)

# 128
n(
    "en",
    "health_tip",
    "reminder: flu shots r free this wknd at the pharr clinic 815 s cage blvd, no appt needed!! bring ur kids 💉 call 956-555-0189",
    "the hospital's own address in lower case and its clinic line.",
)

# 129
p(
    "es",
    "pasted_record",
    'Favor de enviar resumen de alta de la pte. Herminia "Minnie" Quiroga (exp. HV-220-4419) por fax a su hijo Rolando: '
    "956-555-0119. Dirección de la familia: 2207 Calle Pino, Brownsville 78520.",
    [
        ("NAME", 'Herminia "Minnie" Quiroga'),
        ("MRN", "HV-220-4419"),
        ("NAME", "Rolando"),
        ("FAX", "956-555-0119"),
        ("GEO", "2207 Calle Pino"),
        ("GEO", "Brownsville"),
        ("GEO", "78520"),
    ],
    note="pasted request: name, expediente, son's name and fax, family street, city (also a hospital city) and ZIP.",
)

# 130
n(
    "es",
    "hospital_contact",
    "¿Necesitas tu expediente médico? Llena la forma en hospitaldelvalle.org/expediente o visítanos en 3400 Boca Chica Blvd, "
    "Brownsville, TX 78521. Tel. de Archivo Clínico: 956-555-0100 ext. 4410.",
    "hospital domain, address, ZIP and main line.",
)

# 131
p(
    "es",
    "memorial",
    "Hoy despedimos a Anselmo Treviño, tractorista de Agrícola El Sauz por 40 años, que murió en nuestra UCI el 17 de mayo "
    "tras la volcadura de su tractor en un camino de terracería cerca de La Sara. Lo acompañaron hasta el final sus hijos "
    "Chuy, Neto y Lorena.",
    [
        ("NAME", "Anselmo Treviño"),
        ("NAME", "Agrícola El Sauz"),
        ("DATE", "17 de mayo"),
        ("GEO", "La Sara"),
        ("NAME", "Chuy"),
        ("NAME", "Neto"),
        ("NAME", "Lorena"),
    ],
    note="name, employer, date of death, place of the rollover (a town named like a woman), three children.",
)

# 132
n(
    "es",
    "sponsor",
    "Agrícola El Sauz y la Fundación Hospital del Valle entregaron 1,200 kits de primeros auxilios a tractoristas y "
    "piscadores de Willacy County. 🚜🩹",
    "company as sponsor; the county describes a population.",
)

# 133
p(
    "en",
    "discharge",
    "thank you hope 🌻 for 63 days you kept the whole 5 south unit laughing. go home, eat enchiladas, and don't come back "
    "(unless it's to visit). — love, your nurses",
    [("NAME", "hope")],
    note="lower-case first name that is an ordinary word; 63 days is a stay; 5 south is a unit.",
)

# 134
n(
    "en",
    "event",
    "Hope Week starts Monday 💛 Chaplains, music therapy and the therapy dogs Chispa and Lucky will visit every floor in "
    "McAllen and Brownsville. #HopeWeek",
    "event name; therapy dogs are animals.",
)

# 135
p(
    "es",
    "patient_story",
    'Doña Amparo Villegas, de 90 años, fue la primera paciente en recibir el Programa Amparo de asistencia financiera. "Con '
    'razón me llamo así", nos dijo riéndose. ¡Gracias por su confianza, doña Amparo! 💚',
    [("NAME", "Amparo Villegas"), ("AGE", "90"), ("NAME", "Amparo", 3)],
    note="patient named like the charity program: her name twice and age 90; 'Programa Amparo' is the program, left unlabelled.",
    ok=("Amparo",),
)

# 136
n(
    "es",
    "recruitment",
    "¡Únete a nuestro equipo! Buscamos promotoras de salud bilingües para visitar colonias de Hidalgo y Starr. Requisito: "
    "conocer la comunidad y tener licencia de manejo de Texas. Aplica: hospitaldelvalle.org/empleos o 956-555-0178.",
    "recruitment; counties and a license type, no values.",
)

# 137
p(
    "en",
    "patient_story",
    "Lupe's family brought a portrait of the Virgen de Guadalupe to room 211 and the whole floor has been lighting candles "
    "(battery ones, fire marshal 😅). Guadalupe Soliz, 97, says she's going home by the 12th, her feast day. We believe her.",
    [
        ("NAME", "Lupe"),
        ("OTHER_ID", "room 211"),
        ("NAME", "Guadalupe Soliz"),
        ("AGE", "97"),
        ("DATE", "12th"),
    ],
    note="nickname, room, full name, age 97, her feast day / planned discharge as a day of the month; the Virgin's name is not hers.",
)

# 138
n(
    "en",
    "event",
    "Our mobile clinic heads north this week: Guadalupe County on Monday, Victoria on Wednesday, Alice on Friday. Free "
    "vaccines for adults and kids 🚐💉 Schedule at rgvhealth.org/mobile",
    "places named like people are event stops.",
)

# 139
p(
    "es",
    "patient_story",
    "Se busca a familiares de Rodolfo Castañeda, de 67 años, originario de Valle Hermoso, Tamaulipas, ingresado el domingo en "
    "el campus Brownsville. Si usted es su familiar, comuníquese con Trabajo Social al 956-555-0134. El único contacto que "
    "traía es el de su compañero de trabajo, Jaime: +52 894 555 0128 (no contesta).",
    [("NAME", "Rodolfo Castañeda"), ("GEO", "Valle Hermoso")],
    note="patient's name and home town; the co-worker is neither relative nor employer, so his name and phone are not "
    "labelled; hospital number.",
)

# 140
n(
    "es",
    "crisis_update",
    "⚠️ Alerta de calor extremo: índice de 115°F este fin de semana en Hidalgo, Cameron, Willacy y Starr. Nuestras salas de "
    "urgencias están listas. Centros de enfriamiento en hospitaldelvalle.org/enfriamiento",
    "public alert; counties; hospital domain.",
)

# 141
p(
    "en",
    "milestone_birthday",
    "Mrs. Eufemia Salas turns one hundred today and says she's ready for a hundred more! 🎉 Her son Arnulfo drove in from "
    "Laredo with the whole family.",
    [("NAME", "Eufemia Salas"), ("AGE", "one hundred"), ("NAME", "Arnulfo"), ("GEO", "Laredo")],
    note="age 100 in words, name, son's name and his city; 'a hundred more' is not an age.",
)

# 142
n(
    "en",
    "public_figure",
    "On this day in 1848, the Treaty of Guadalupe Hidalgo was signed, making the Rio Grande the border. 175+ years later, our "
    "hospitals in McAllen and Brownsville serve families on both sides. 🇺🇸🇲🇽",
    "historical treaty named for a place.",
)

# 143
p(
    "es",
    "patient_story",
    "Kiko tiene 7 años y ya sabe más de diabetes que muchos adultos 💪 Este niño de La Joya se pone su propia insulina desde el "
    '30 de abril, Día del Niño, cuando lo diagnosticamos. Su bomba de insulina (serie PMP-77810-X) se llama "Robotín". 🤖',
    [
        ("NAME", "Kiko"),
        ("GEO", "La Joya"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
        ("DEVICE", "PMP-77810-X"),
    ],
    note="nickname, home town (an ordinary phrase), diagnosis date as date and Día del Niño, insulin pump serial; the "
    "pump's nickname is not a person.",
)

# 144
n(
    "es",
    "event",
    "🎈 ¡Feliz Día del Niño! Este 30 de abril tendremos payasos, piñatas y lotería en el piso de pediatría de McAllen de 3 a 5 pm.",
    "hospital event on a holiday.",
)

# 145
p(
    "en",
    "pasted_record",
    "[draft] Pt portal msg re: GUERRA-SALINAS, ANA CECILIA — mom (Dalia) wants to reschedule ortho f/u from 11/4. Reach at "
    "dalia.salinas@yahoo.com or 956-555-0154. — K.R., clinic scheduler",
    [
        ("NAME", "GUERRA-SALINAS, ANA CECILIA"),
        ("NAME", "Dalia"),
        ("DATE", "11/4"),
        ("EMAIL", "dalia.salinas@yahoo.com"),
        ("PHONE", "956-555-0154"),
    ],
    note="draft with chart name, mother's name, appointment date, mother's e-mail and phone; K.R. is the staff scheduler.",
)

# 146
p(
    "en",
    "anonymous_story",
    "Last night a family drove 3 hours from a ranch near Hebbronville because their grandmother couldn't breathe. She's "
    "stable now. If you live far from care, call our nurse line first: 956-555-0123. 🌵",
    [("GEO", "Hebbronville")],
    note="nameless story that gives the patient's home town: the town makes it patient-specific; nurse line is the hospital's.",
)

# 147
n(
    "en",
    "anonymous_story",
    "A rancher in his 70s drove himself to our ER with a rattlesnake bite — and brought the snake in a cooler 'so you know "
    "which antivenom.' (Please don't do this.) 🐍 Call 911 instead.",
    "anonymous patient, age band under 90, no place.",
)

# 148
p(
    "es",
    "discharge",
    'Natividad "Nati" Mireles, de 8 años, ya terminó sus quimios 🎉 Esta Navidad la pasará en su casa en Port Isabel, con su '
    "perro Tamal y su abuelo Chema. ¡Feliz Navidad, Nati!",
    [
        ("NAME", 'Natividad "Nati" Mireles'),
        ("NAME", "Nati", "*"),
        ("GEO", "Port Isabel"),
        ("NAME", "Chema"),
    ],
    note="name with nickname, home town, grandfather; Navidad is a holiday she will spend at home, not a care event; the dog is a pet.",
)

# 149
n(
    "es",
    "event",
    "🎄 Misa de Nochebuena en la capilla del campus McAllen, 24 de diciembre a las 10 pm. Transmitiremos en vivo para "
    "pacientes en sus cuartos por el canal 3.",
    "hospital event on a holiday.",
)

# 150
p(
    "en",
    "patient_story",
    "It was 4:12 a.m. on August 3rd when a produce truck hit the back of Sergio Alvarado Peña's pickup on the Pharr-Reynosa "
    "bridge. Sergio, a 41-year-old mechanic from Río Bravo, spent 23 days in our trauma ICU and six more weeks relearning to "
    "walk. Today he came back with his wife Claudia and their girls, Fernanda and Regina, carrying a tres leches cake for the "
    "7th floor. 'I crossed that bridge every day for 20 years,' he told us. 'Now I cross it to say thank you.' Sergio asked us "
    "to share his story so drivers slow down. 💙 #BridgeSafety",
    [
        ("DATE", "August 3rd"),
        ("NAME", "Sergio Alvarado Peña"),
        ("NAME", "Sergio", "*"),
        ("GEO", "Pharr-Reynosa bridge"),
        ("GEO", "Río Bravo"),
        ("NAME", "Claudia"),
        ("NAME", "Fernanda"),
        ("NAME", "Regina"),
    ],
    note="long story: crash date, name (possessive excluded) three times, the bridge of the crash, home city, wife and "
    "daughters; age 41, times and durations are not identifiers; 'that bridge' only points back.",
)

# 151
n(
    "en",
    "staff_spotlight",
    'Thirty-one years ago, Dr. Aurelio "Yeyo" Castañeda drove a borrowed ambulance 150 miles through the night with a '
    "newborn in an incubator plugged into the cigarette lighter. That baby is now a pediatrician. This week "
    "Dr. Castañeda retires at 78. From a borrowed ambulance to a 48-bed Level IV NICU — thank you, Dr. Yeyo, for everything. "
    "🥹💙 Retirement party Friday 4 pm, McAllen auditorium; all staff and alumni welcome.",
    "retiring doctor; the former patient is unnamed and carries no identifier; 'Thirty-one years ago' is relative.",
)

# 152
p(
    "es",
    "pasted_record",
    "Trailero con golpe de calor: pte. Heriberto Salas Gámez, CDL TX 40221876, tráiler placas 88-AK-3D (Tamaulipas), "
    "compañía Transportes Garza Hermanos. Llegó el 2 de junio. Contacto: esposa Elvia, 899 555 0145.",
    [
        ("NAME", "Heriberto Salas Gámez"),
        ("LICENSE", "40221876"),
        ("VEHICLE", "88-AK-3D"),
        ("NAME", "Transportes Garza Hermanos"),
        ("DATE", "2 de junio"),
        ("NAME", "Elvia"),
        ("PHONE", "899 555 0145"),
    ],
    note="pasted note: name, commercial license, trailer plate, employer, admission date, wife and her Reynosa-area "
    "number (same last seven digits as the foundation line, different area code).",
)

# 153
n(
    "es",
    "health_tip",
    "Traileros: la cabina puede llegar a 130°F estacionada. Nunca duerman con el motor apagado en verano sin ventilación. "
    "Revisa tu presión en nuestra feria de salud en el puente Pharr-Reynosa cada martes. 🚛",
    "tip for truckers; the bridge is an event site.",
)

# 154
p(
    "en",
    "discharge",
    '🎓 NICU grad alert! Born the 29th of February (yes, a leap day baby!), little Emiliano "Mito" Garza weighed 1 lb 14 oz. '
    "112 days later he's heading home to San Juan. #MitoMighty",
    [
        ("DATE", "29th of February"),
        ("DATE", "leap day"),
        ("NAME", 'Emiliano "Mito" Garza'),
        ("GEO", "San Juan"),
        ("NAME", "#MitoMighty"),
    ],
    note="birth date and the same day again as 'leap day', name with nickname, home town, nickname hashtag; 112 days is a stay.",
)

# 155
n(
    "en",
    "research",
    "Why are so many Valley kids getting Kawasaki disease? Our pediatric cardiology team is enrolling families in a 3-year "
    "study. Ages 0-10, McAllen and Brownsville. Info: rgvhealth.org/kawasaki or 956-555-0100.",
    "eponymous disease, study recruitment.",
)

# 156
p(
    "es",
    "thank_you",
    "Tus compañeras de la lotería de los jueves te mandan besos, Chela 💐 ¡Pronto de vuelta en Edcouch!",
    [("NAME", "Chela"), ("GEO", "Edcouch")],
    note="short post: patient's nickname and home town.",
)

# 157
n(
    "es",
    "event",
    "Pronto de vuelta: la feria de salud de Edcouch regresa en marzo. 💐",
    "event town and month.",
)

# 158
p(
    "es",
    "patient_story",
    "Roberto y Ana Lucía Benavides-Ochoa perdieron su casa en la colonia Muñiz en el incendio del 14 de febrero. Roberto sigue "
    "en la unidad de quemados. Si quieren ayudar, la parroquia San José recibe donaciones a nombre de la familia Benavides-Ochoa. 🙏",
    [
        ("NAME", "Roberto", "*"),
        ("NAME", "Ana Lucía Benavides-Ochoa"),
        ("GEO", "Muñiz"),
        ("DATE", "14 de febrero"),
        ("NAME", "Benavides-Ochoa", 2),
    ],
    note="patient and his wife, hyphenated family surname, their colonia, date of the fire; the parish is a donation point.",
)

# 159
n(
    "es",
    "event",
    "Día de San José: bendición de manos para todo el personal de enfermería este 19 de marzo a las 7 am en la capilla de "
    "Brownsville. 🙏",
    "staff event on a feast day.",
)

# 160
p(
    "en",
    "birth_announcement",
    "Twins on Thanksgiving! 🦃👶👶 Meet Sunny and Story Cervantes, born 11/27 at our McAllen campus. Dad Pedro says they'll "
    "never have to share a birthday with turkey again… wait. 😂",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Sunny"),
        ("NAME", "Story Cervantes"),
        ("DATE", "11/27"),
        ("NAME", "Pedro"),
    ],
    note="birth on Thanksgiving and 11/27, twins with word-like names, father.",
)

# 161
n(
    "en",
    "sponsor",
    "Thank you to the McAllen Rotary Club for serving 600 Thanksgiving plates to families staying with loved ones in our "
    "hospitals. 🦃❤️",
    "sponsor; holiday is not a patient's date.",
)

# 162
p(
    "es",
    "thank_you",
    "Gracias a don Homero, el patrón del rancho Santa Elena, que manejó 2 horas para traer a su vaquero Teodoro a urgencias "
    'cuando lo picó un alacrán. Teodoro ya está bien y dice que el patrón es "casi familia". 🦂',
    [("NAME", "Homero"), ("NAME", "Santa Elena"), ("NAME", "Teodoro", "*")],
    note="the patient's employer (the rancher and his ranch) is NAME; patient's name twice.",
)

# 163
n(
    "es",
    "staff_spotlight",
    "Don Homero Salinas, nuestro jardinero, lleva 25 años cuidando los rosales del campus McAllen. 🌹 ¡Gracias, don Homero!",
    "staff gardener.",
)

# 164
p(
    "en",
    "pasted_record",
    "Oops — wrong window. Ignore: Pt ALANIZ, GRACIELA 'Chela' — portal user chela.alaniz1960 locked out, acct 55-10928-3, "
    "callback 956-555-0137 (home).",
    [
        ("NAME", "ALANIZ, GRACIELA"),
        ("NAME", "Chela"),
        ("OTHER_ID", "chela.alaniz1960"),
        ("ACCOUNT", "55-10928-3"),
        ("PHONE", "956-555-0137"),
    ],
    note="chart name, nickname, portal user name, account, home phone (not a hospital line).",
)

# 165
n(
    "en",
    "event",
    "Oops! Our last post had a typo: the diabetes class is 11/4, not 11/14. See you at the Pharr clinic! 📅",
    "class dates.",
)

# 166
p(
    "es",
    "birth_announcement",
    "El mejor regalo del 10 de mayo 💐 Aylin llegó justo el Día de las Madres para su mamá Jazmín, en el campus Brownsville. "
    "¡Felicidades a todas las mamás del Valle!",
    [("DATE", "10 de mayo"), ("NAME", "Aylin"), ("DATE", "Día de las Madres"), ("NAME", "Jazmín")],
    note="birth date as date and Mother's Day, baby and mother.",
)

# 167
n(
    "es",
    "event",
    "Este 10 de mayo, todas las mamás que den a luz en nuestros hospitales recibirán una canasta de regalos de la Fundación. "
    "💐 #DíaDeLasMadres",
    "promotion on a holiday; no patient.",
)

# 168
p(
    "en",
    "patient_story",
    "Follow baby Rafa's journey at @rafas_big_fight 💪 (shared with his parents' permission). He had his second heart surgery "
    "on the 3rd and is already kicking the nurses.",
    [("NAME", "Rafa"), ("OTHER_ID", "@rafas_big_fight"), ("DATE", "3rd")],
    note="baby's name, family handle, surgery day of month.",
)

# 169
n(
    "en",
    "hospital_contact",
    "Follow us @RGVHealth and @HospitalDelValle for heat alerts, clinic hours and job openings. 💙",
    "hospital handles.",
)

# 170
p(
    "es",
    "milestone_birthday",
    '¡¡FELICIDADES A DOÑA JUANITA "LA GÜERA" MALDONADO POR SUS 99 AÑOS!! 🎂 NACIÓ EL 24 DE FEBRERO, DÍA DE LA BANDERA, Y NOS '
    "DICE QUE POR ESO ES TAN PATRIOTA 🇲🇽😂",
    [
        ("NAME", 'JUANITA "LA GÜERA" MALDONADO'),
        ("AGE", "99"),
        ("DATE", "24 DE FEBRERO"),
        ("DATE", "DÍA DE LA BANDERA"),
    ],
    note="ALL-CAPS name with nickname, age 99, birth date and Flag Day.",
)

# 171
n(
    "es",
    "campaign_hashtag",
    "Hoy, Día de la Bandera de México, recordamos a nuestros pacientes y familias de ambos lados del río. 🇲🇽🇺🇸 #UnSoloValle",
    "holiday greeting; campaign hashtag.",
)

# 172
p(
    "en",
    "birth_announcement",
    "Agent Luis Cavazos just met his daughter! 👶 Baby Xitlali was born on 7/4 while her dad was on shift at the port of "
    "entry. Luis made it in 40 minutes. Welcome, Xitlali!",
    [("NAME", "Luis Cavazos"), ("NAME", "Luis", "*"), ("NAME", "Xitlali", "*"), ("DATE", "7/4")],
    note="father (a relative) and baby named, birth date; the father's employer is not the patient's employer.",
)

# 173
n(
    "en",
    "thank_you",
    "Shout-out to the CBP officers at the Hidalgo port who walk our dialysis van through every Tuesday and Thursday. 🙏 "
    "Border communities take care of each other.",
    "officers as a group; the port is a crossing on the van's route.",
)

# 174
p(
    "es",
    "birth_announcement",
    "Abuela Tomasa vino desde el ejido Las Rusias para conocer a su nieto Brayan, que nació el 2 de enero con 32 semanas. Si "
    "alguien de la familia quiere mandarle saludos, el teléfono de la tía Nayeli es 868 555 0130. 💕",
    [
        ("NAME", "Tomasa"),
        ("GEO", "Las Rusias"),
        ("NAME", "Brayan"),
        ("DATE", "2 de enero"),
        ("NAME", "Nayeli"),
        ("PHONE", "868 555 0130"),
    ],
    note="grandmother and her ejido, baby and birth date, aunt's name and Matamoros-area phone.",
)

# 175
n(
    "es",
    "event",
    "Nuestra clínica móvil estará en el ejido Las Rusias y en Matamoros este sábado con la Secretaría de Salud de Tamaulipas. "
    "Consultas gratis 🚐",
    "event sites.",
)

# 176
p(
    "en",
    "birth_announcement",
    "Little Dolores was born on Viernes de Dolores and her abuela says it was destiny. Welcome to the world, Dolores Itzel "
    "Márquez! 💜",
    [("NAME", "Dolores", 1), ("DATE", "Viernes de Dolores"), ("NAME", "Dolores Itzel Márquez")],
    note="baby named Dolores born on Viernes de Dolores (holiday that is her birth day); 'Little' excluded.",
)

# 177
n(
    "en",
    "eponymous_condition",
    "Addison's, Graves', Hashimoto's: our endocrinology team in Pharr now offers same-week appointments for thyroid and "
    "adrenal conditions. 956-555-0189",
    "eponymous conditions; clinic line.",
)

# 178
p(
    "es",
    "discharge",
    "feliz alta, beto!! 🥳 te extrañaremos en el 3 sur",
    [("NAME", "beto")],
    note="lower-case nickname; 3 sur is a unit.",
)

# 179
n(
    "es",
    "anonymous_story",
    "feliz alta a todos los pacientes que se van a casa hoy 🥳",
    "no one identified.",
)

# 180
p(
    "en",
    "patient_story",
    "Our volunteer of the year is also our patient of the week 😄 Mr. Herminio Cantú, 91, who has delivered mail on 4 North "
    "since 1998, had his pacemaker checked today and went right back to work. Cantú family, he's all yours at 5 pm.",
    [("NAME", "Herminio Cantú"), ("AGE", "91"), ("NAME", "Cantú", 2)],
    note="a volunteer who is our patient: name, age 91, family surname; 1998 is a bare year; 4 North is a unit.",
)

# 181
p(
    "es",
    "milestone_birthday",
    "Cumpleaños número 90 de don Teófilo Zamora en la sala de hemodiálisis 🎉 Nació el Día de la Independencia, 16 de "
    "septiembre, en Río Bravo. ¡Viva don Teo!",
    [
        ("AGE", "90"),
        ("NAME", "Teófilo Zamora"),
        ("DATE", "Día de la Independencia"),
        ("DATE", "16 de septiembre"),
        ("GEO", "Río Bravo"),
        ("NAME", "Teo"),
    ],
    note="age 90, name and nickname, birth date as holiday and date, birthplace.",
)

# 182
n(
    "es",
    "event",
    "El 16 de septiembre celebramos la Independencia de México con pozole para todo el personal del campus Brownsville. "
    "¡Viva México! 🇲🇽",
    "staff event on a holiday.",
)

# 183
p(
    "en",
    "milestone_birthday",
    "Happy 90th, Nana Chuy! 🎂 Chair 6 in the Pharr dialysis unit won't be the same without your jokes this week.",
    [("AGE", "90th"), ("NAME", "Chuy"), ("OTHER_ID", "Chair 6")],
    note="age 90 as ordinal, nickname after 'Nana', dialysis chair number (like a bed) with its keyword.",
)

# 184
n(
    "en",
    "health_tip",
    "Chair yoga for dialysis patients every Wednesday at 10 in the Pharr clinic 🧘 Ask your nurse!",
    "class for a population.",
)

# 185
p(
    "es",
    "pasted_record",
    "Registro urgencias 02:14 — Nombre: José Ángel Garza Hernández. CURP: GAHJ580716HTSRRN09. Domicilio: Privada Los Álamos "
    "12, Reynosa. Acompañante: hija, Jessica Garza, tel. 899 555 0117.",
    [
        ("NAME", "José Ángel Garza Hernández"),
        ("OTHER_ID", "GAHJ580716HTSRRN09"),
        ("GEO", "Privada Los Álamos 12"),
        ("GEO", "Reynosa"),
        ("NAME", "Jessica Garza"),
        ("PHONE", "899 555 0117"),
    ],
    note="pasted ER registration: name, Mexican CURP (OTHER_ID), street address and city, daughter's name and phone; "
    "the time is not an identifier.",
)

# 186
n(
    "es",
    "hospital_contact",
    "¿Vienes de México a consulta? Trae tu identificación, tu lista de medicinas y estudios previos. Si no tienes seguro, "
    "pregunta por el Programa Amparo: 956-555-0134. 🇲🇽🇺🇸",
    "advice; charity program; hospital number.",
)

# 187
p(
    "en",
    "pasted_record",
    "Handoff: Pt is Rosendo Leal-Garza, DOB March 1st '51, Medicare # 3QX4-RT7-MK22, Bed 4B in PACU, wife Imelda at "
    "956.555.0149. Allergic to PCN.",
    [
        ("NAME", "Rosendo Leal-Garza"),
        ("DATE", "March 1st '51"),
        ("HEALTH_PLAN", "3QX4-RT7-MK22"),
        ("OTHER_ID", "Bed 4B"),
        ("NAME", "Imelda"),
        ("PHONE", "956.555.0149"),
    ],
    note="handoff note: hyphenated name, DOB with abbreviated year, Medicare number, bed, wife and her phone (dotted, not "
    "a hospital line).",
)

# 188
n(
    "en",
    "hospital_contact",
    "Medicare open enrollment runs Oct 15 - Dec 7. Free help in English and Spanish at our McAllen campus every Thursday. "
    "Call 956-555-0134 to book. 📋",
    "enrollment dates and hospital number.",
)

# 189
p(
    "es",
    "patient_story",
    "Doña Cuca estaba sola en su casa de la colonia Villa Verde sin aire acondicionado cuando sus vecinos la encontraron el "
    "primero de julio. Hoy, 3 semanas después, ya tiene una unidad nueva gracias al programa Aire para el Valle. ❄️💚",
    [("NAME", "Cuca"), ("GEO", "Villa Verde"), ("DATE", "primero de julio")],
    note="nickname, colonia, date she was found (written in words); the program name is the hospital's.",
)

# 190
n(
    "es",
    "campaign_hashtag",
    "Programa Aire para el Valle: si eres adulto mayor o tienes un bebé y no tienes aire acondicionado en casa, llama al "
    "956-555-0134. Ya entregamos 200 unidades en colonias de Hidalgo County. ❄️ #AireParaElValle",
    "program and campaign hashtag; aggregate.",
)

# 191
p(
    "en",
    "memorial",
    'Coach Ray "Big Ray" Saldaña, who led Valley teams to three state titles, passed away peacefully in our palliative care '
    "unit on 10/12 at age 93. His grandson Tristan asked us to thank the night nurses. ⚾🕊️",
    [("NAME", 'Ray "Big Ray" Saldaña'), ("DATE", "10/12"), ("AGE", "93"), ("NAME", "Tristan")],
    note="a local public figure who died as our patient: name with nickname ('Coach' is a title), date of death, age 93, grandson.",
)

# 192
n(
    "en",
    "public_figure",
    "Thank you to the Edinburg Bobcats football team for visiting our pediatric floor and signing 200 footballs! 🏈",
    "visiting team.",
)

# 193
p(
    "es",
    "patient_story",
    "Mariela no se perdió los quince de su hija Daniela: la trasladamos en ambulancia desde la UCI al salón en Mission el "
    "sábado 12 de octubre, con su enfermera Sandra. 👑❤️",
    [("NAME", "Mariela"), ("NAME", "Daniela"), ("GEO", "Mission"), ("DATE", "12 de octubre")],
    note="patient and her daughter, town and date of the transport to the party; the weekday is not labelled; Sandra is staff.",
)

# 194
n(
    "es",
    "event",
    "El 12 de octubre, Día de la Hispanidad, nuestro coro de empleados cantará en el lobby del campus McAllen a las 12 pm. 🎶",
    "staff event on a holiday.",
)

# 195
p(
    "en",
    "patient_story",
    "Meet Ana Sofía, 6, diagnosed with Wilms tumor on her birthday, Sept. 9. Today she rang the bell! #AnaSofiaStrong",
    [("NAME", "Ana Sofía"), ("DATE", "Sept. 9"), ("NAME", "#AnaSofiaStrong")],
    note="name, birthday/diagnosis date, name hashtag; Wilms tumor is an eponym.",
)

# 196
n(
    "en",
    "statistic",
    "This month three patients over 90 completed our cardiac rehab program. Age is just a number! 💪",
    "'over 90' is an aggregate age category of unnamed patients.",
)

# 197
p(
    "es",
    "patient_story",
    "Gracias por tantas oraciones 🙏 Hoy salió de terapia intensiva. #TodosConYadi #FuerzaDelValle",
    [("NAME", "#TodosConYadi")],
    note="patient named only in a hashtag; the other hashtag is the campaign's.",
)

# 198
n(
    "es",
    "campaign_hashtag",
    "#TodosConElValle 🙏 Gracias a todos los que donaron sangre esta semana: ¡312 donadores! #FuerzaDelValle",
    "campaign hashtags shaped like name hashtags.",
)

# 199
p(
    "en",
    "patient_story",
    "Our nonagenarian marathoner is back on the treadmill three weeks after his hip surgery. 🏃‍♂️",
    [("AGE", "nonagenarian")],
    note="'nonagenarian' states an age over 89 of an unnamed patient: AGE, so patient-specific.",
)

# 200
n(
    "en",
    "staff_spotlight",
    "Volunteers needed for our Grandparents Day tea, Sept 7! Our oldest volunteer, Mr. Ignacio Peña, is 96 and already signed "
    "up. 🫖 956-555-0156",
    "volunteer's name and age are not patient identifiers; event date; volunteer line.",
)

# 201
p(
    "es",
    "pasted_record",
    "ojo turno de la mañana: ponce, maria del rosario, cama 9, ingreso 03/11, viene de la colonia 17 de Abril, su hijo juan "
    "carlos se queda a dormir",
    [
        ("NAME", "ponce, maria del rosario"),
        ("OTHER_ID", "cama 9"),
        ("DATE", "03/11"),
        ("GEO", "17 de Abril"),
        ("NAME", "juan carlos"),
    ],
    note="lower-case chart name, bed, admission date, colonia named for a date (GEO, not DATE), son's name in lower case.",
)

# 202
n(
    "es",
    "event",
    "La clínica móvil estará en la colonia 20 de Noviembre el 15 de marzo de 9 a 1. 🚐 Vacunas y presión gratis.",
    "event site (a colonia named for a date) and event date.",
)

# 203
p(
    "en",
    "thank_you",
    "Thank you, Garcia-Vela family, for the 40 pizzas 🍕 after Abuelo Memo's discharge on Sunday the 8th! (The family asked us "
    "to share his page: caringbridge.org/visit/memogarciavela)",
    [
        ("NAME", "Garcia-Vela"),
        ("NAME", "Memo"),
        ("DATE", "8th"),
        ("URL", "caringbridge.org/visit/memogarciavela"),
    ],
    note="family surname, patient's nickname, discharge day of month (weekday excluded), the family's page URL.",
)

# 204
n(
    "en",
    "sponsor",
    "Thank you, Garcia Ranch Supply, for the 40 pizzas 🍕 for our night shift! Y'all are the best.",
    "a business sponsor named like a family.",
)

# 205
p(
    "es",
    "memorial",
    "Con cariño despedimos a don Arnoldo Benavides, quien falleció el día 5 en nuestro piso de cuidados paliativos. Su esposa, "
    "doña Chela, y sus hijos Rey, Lucy y Toño agradecen los mensajes. Rosario el jueves en San Benito. 🕊️",
    [
        ("NAME", "Arnoldo Benavides"),
        ("DATE", "5"),
        ("NAME", "Chela"),
        ("NAME", "Rey"),
        ("NAME", "Lucy"),
        ("NAME", "Toño"),
        ("GEO", "San Benito"),
    ],
    note="name, day of death (day of month alone), wife and children, town of the family's rosary; 'Rosario' is the "
    "prayer, not a person; 'el jueves' is a weekday.",
)

# 206
n(
    "es",
    "event",
    "Rosario por la salud de todos los enfermos este jueves a las 6 pm en la capilla de McAllen. Todos invitados. 📿",
    "prayer event.",
)

# 207
p(
    "en",
    "campaign_hashtag",
    "ROUND 6 DONE 💪💪 ONLY TWO MORE TO GO! #BRAVEBRIANA",
    [("NAME", "#BRAVEBRIANA")],
    note="all-caps name hashtag is the only identifier.",
)

# 208
n(
    "en",
    "campaign_hashtag",
    "ROUND 2 OF FLU SEASON IS HERE 😷 MASKS ARE BACK IN ALL WAITING ROOMS. #MASKUPVALLE",
    "campaign hashtag.",
)

# 209
p(
    "es",
    "patient_story",
    "Pilar Treviño fue el pilar de nuestra sala de espera por 6 semanas mientras su esposo Alfonso se recuperaba del accidente "
    "en la carretera 107, cerca de Edinburg. Hoy se fueron juntos a casa. ❤️",
    [("NAME", "Pilar Treviño"), ("NAME", "Alfonso"), ("GEO", "carretera 107"), ("GEO", "Edinburg")],
    note="wife (relative) named like the word 'pilar', patient's name, road and town of the crash.",
)

# 210
n(
    "es",
    "staff_spotlight",
    "Nuestros voluntarios son el pilar de este hospital. 💚 Este año donaron 48,000 horas. Únete: 956-555-0156",
    "volunteers; aggregate; volunteer line.",
)

# 211
p(
    "en",
    "discharge",
    "'Y'all treated me like family.' Officer Belinda Ortega, a CBP officer at the Progreso crossing, was hit by a car in the "
    "inspection lane on 1/15. After 5 weeks with our trauma team, she's back home in Weslaco. 💙",
    [
        ("NAME", "Belinda Ortega"),
        ("NAME", "CBP"),
        ("GEO", "Progreso"),
        ("DATE", "1/15"),
        ("GEO", "Weslaco"),
    ],
    note="officer as patient: name, employer (CBP), place and date of injury, home town.",
)

# 212
n(
    "en",
    "statistic",
    "Fun fact: 1 in 4 babies born at our Brownsville campus this year had a parent who commutes across an international "
    "bridge. 🌉👶 #OneValley",
    "aggregate statistic.",
)

# 213
p(
    "es",
    "patient_story",
    "Se encontró un rosario con medalla de San Judas en el estacionamiento norte. Parece ser del paciente de la pulsera "
    "4471-0932 que se fue ayer. Si es de su familia, llame al 956-555-0111.",
    [("OTHER_ID", "4471-0932")],
    note="an unnamed patient's wristband number is an identifier; San Judas is a saint; hospital number.",
)

# 214
n(
    "es",
    "hospital_contact",
    "Se encontró un rosario con medalla de San Judas en el estacionamiento norte del campus Brownsville. Para reclamarlo, "
    "llame a Seguridad: 956-555-0111. 📿",
    "lost item; hospital number.",
)

# 215
p(
    "en",
    "thank_you",
    "@Marisa Tapia we're so sorry about the mix-up with your grandpa's meds in room 4112. Please call Patient Relations at "
    "956-555-0134 so we can make it right.",
    [("NAME", "Marisa Tapia"), ("OTHER_ID", "room 4112")],
    note="reply naming the patient's granddaughter (a tagged profile name, so NAME without '@') and the room; Patient "
    "Relations number.",
)

# 216
n(
    "en",
    "hospital_contact",
    "We're so sorry for the wait times in our McAllen ER this weekend. Flu and heat cases doubled. If it's not an emergency, "
    "our Pharr clinic is open until 9 pm: 956-555-0189.",
    "apology to the public; clinic line.",
)

# 217
p(
    "es",
    "thank_you",
    "Consuelo Garza Villarreal perdió a su bebé Mateo el 4 de agosto. Hoy nos pidió compartir que el grupo de duelo Consuelo "
    'del hospital "le salvó la vida". Si tú también lo necesitas: 956-555-0134. 💜',
    [("NAME", "Consuelo Garza Villarreal"), ("NAME", "Mateo"), ("DATE", "4 de agosto")],
    note="mother (relative) and baby named, date of death; 'grupo de duelo Consuelo' is the hospital's program.",
)

# 218
n(
    "es",
    "event",
    "Grupo de duelo Consuelo: para mamás y papás que han perdido a un bebé. Primer martes de cada mes, 6 pm, campus McAllen. "
    "Información: 956-555-0134. 💜 #ConsueloCares",
    "program named like a woman; campaign hashtag.",
)

# 219
p(
    "es",
    "pasted_record",
    "Reporte de ingreso: masculino de 34 años, vaquero del rancho Los Cuates, coceado por un toro el 21 de abril. Nombre: "
    "Baltazar Ríos. Licencia Tamps. 28-117-3390. Sin familiares en EE.UU.; su mamá vive en el ejido El Control.",
    [
        ("NAME", "Los Cuates"),
        ("DATE", "21 de abril"),
        ("NAME", "Baltazar Ríos"),
        ("LICENSE", "28-117-3390"),
        ("GEO", "El Control"),
    ],
    note="employer ranch (NAME), injury date, name, Tamaulipas driver's license, mother's ejido; age 34 not labelled.",
)

# 220
n(
    "es",
    "health_tip",
    "¿Sabías que las lesiones por ganado son la segunda causa de trauma en vaqueros del sur de Texas? Usa casco y botas con "
    "punta de acero. 🐂 #RanchoSeguro",
    "tip; campaign hashtag.",
)

# 221
p(
    "es",
    "birth_announcement",
    "¡Cielo ya tiene 1 añito! 🎂 Hace un año, el 22 de noviembre, nació con 25 semanas en nuestra UCIN de McAllen. Hoy su "
    "mamá Karla nos mandó este video de sus primeros pasos. 🥹",
    [("NAME", "Cielo"), ("DATE", "22 de noviembre"), ("PHOTO", "video"), ("NAME", "Karla")],
    note="baby's name (a word), birth date, the video shows her, mother.",
)

# 222
n(
    "es",
    "event",
    "¡Mira este video! 🎥 Nuestro equipo de la UCIN bailando para celebrar el Día Mundial de la Prematurez, 17 de noviembre. 💜",
    "video of staff; awareness day.",
)

# 223
p(
    "es",
    "pasted_record",
    "Pte. en custodia de la Patrulla Fronteriza, hab. 517, nombre: Elmer Antonio Cruz Vásquez, A# 219 876 554, de Cantel, "
    "Quetzaltenango. Favor de que el intérprete de K'iche' pase antes de las 2.",
    [
        ("OTHER_ID", "hab. 517"),
        ("NAME", "Elmer Antonio Cruz Vásquez"),
        ("OTHER_ID", "219 876 554"),
        ("GEO", "Cantel"),
    ],
    note="room, name, A-number, home town; Quetzaltenango is a department (state-level); the Patrulla Fronteriza has "
    "custody, it is not his employer.",
)

# 224
n(
    "es",
    "hospital_contact",
    "Nuestro equipo de intérpretes ahora ofrece K'iche', Mam y Q'anjob'al además de español. 🗣️ Pide tu intérprete gratis al "
    "llegar. #LenguasDelValle",
    "service announcement.",
)

# 225
p(
    "es",
    "patient_story",
    "Los quince de Kassandra siguen en pie 👑 Su mamá nos pidió compartir la liga para ayudar con los gastos de su quimio: "
    "kassandra15.gofund.me 💗",
    [("NAME", "Kassandra"), ("URL", "kassandra15.gofund.me")],
    note="patient's name and the family's fundraiser URL.",
)

# 226
n(
    "es",
    "campaign_hashtag",
    "¿Tu quinceañera está en tratamiento? Nuestro programa Sueños de Quince organiza el baile con vestido, pastel y DJ "
    "gratis. Informes: hospitaldelvalle.org/quince 👑 #SueñosDeQuince",
    "program; hospital domain.",
)

# 227
p(
    "es",
    "pasted_record",
    "PACIENTE REYES REYES, CRUZ — EXPEDIENTE: RGV/22/004417 — CUARTO 609 — FAVOR DE NO DAR INFORMES POR TELÉFONO.",
    [("NAME", "REYES REYES, CRUZ"), ("MRN", "RGV/22/004417"), ("OTHER_ID", "CUARTO 609")],
    note="ALL-CAPS chart name (repeated surname), expediente, room.",
)

# 228
n(
    "es",
    "hospital_contact",
    "ATENCIÓN: POR SEGURIDAD DE NUESTROS PACIENTES, NO DAMOS INFORMES POR TELÉFONO NI POR REDES SOCIALES. LLAME A RELACIONES "
    "CON PACIENTES AL 956-555-0134.",
    "policy notice; hospital number.",
)

# 229
n(
    "es",
    "staff_spotlight",
    'Nuestra enfermera Guadalupe "Lupita" Mata celebra 20 años en urgencias. Su esposo, agente de la Patrulla Fronteriza, y '
    "sus hijas Ana y Sofía la sorprendieron con mariachi. 🎺",
    "staff member and her own family.",
)

# 230
n(
    "es",
    "statistic",
    "En 2024 nacieron 6,812 bebés en nuestros dos hospitales. Los nombres más populares: Mateo, Santiago, Camila y Valentina. "
    "👶💙 #BebésDelValle",
    "popular names as a statistic, not any patient's name.",
)

# 231
n(
    "es",
    "eponymous_condition",
    "Mal de Parkinson, Alzheimer y esclerosis lateral amiotrófica (enfermedad de Lou Gehrig): nuestro grupo de apoyo para "
    "cuidadores se reúne cada lunes en Pharr. ☎️ 956-555-0189",
    "eponymous conditions; clinic line.",
)

# 232
n(
    "es",
    "recruitment",
    "¿Fuiste agente de la Patrulla Fronteriza o militar? Tu experiencia como paramédico cuenta. Tenemos vacantes en nuestro "
    "equipo de transporte aéreo. Aplica: hospitaldelvalle.org/empleos 🚁",
    "recruitment.",
)

# 233
n(
    "es",
    "sponsor",
    "La familia Guajardo donó 50 sillas de ruedas en memoria del fundador de Transportes Guajardo, don Ismael Guajardo "
    "(1920-2019). ¡Gracias! ♿",
    "donor family and a deceased founder, not described as a patient.",
)

# 234
n(
    "es",
    "health_tip",
    "Día Mundial del Riñón, 13 de marzo: 1 de cada 3 adultos del Valle tiene riesgo de enfermedad renal. Hazte la prueba "
    "gratis en la clínica de Pharr. 💧",
    "awareness day; statistic.",
)

# 235
p(
    "es",
    "thank_you",
    "Te extrañamos en la cama 12, Don Polo. 🥲",
    [("OTHER_ID", "cama 12"), ("NAME", "Polo")],
    note="short: bed number and nickname.",
)

# 236
n(
    "es",
    "anonymous_story",
    "Una paciente de noventa y tantos años volvió hoy a traernos tamales en agradecimiento por cómo la cuidamos. 🫔❤️",
    "'noventa y tantos' is an age band (90-99), not an exact age; no one named; 'hoy' is relative.",
)

# 237
p(
    "es",
    "milestone_birthday",
    "Doña Blanca Estela Leal cumplió 100 años el 24 de diciembre y celebró Nochebuena en el 5 Norte con sus 4 hijas, 11 "
    "nietos y 19 bisnietos. 🎄 ¡Que Dios la bendiga!",
    [
        ("NAME", "Blanca Estela Leal"),
        ("AGE", "100"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
    ],
    note="name, age 100, birthday written as date and as Nochebuena (the same day, spent in hospital); 5 Norte is a unit.",
)

# 238
p(
    "es",
    "discharge",
    "Yesenia trabaja en la maquiladora Vértice Autopartes de Reynosa y cruza todos los días. El 8 de marzo, Día de la Mujer, "
    "se desmayó en la fila del puente; hoy, gracias a su nuevo marcapasos, ya regresó a trabajar. 💪",
    [
        ("NAME", "Yesenia"),
        ("NAME", "Vértice Autopartes"),
        ("GEO", "Reynosa"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    note="name, employer and its city, date she collapsed as date and holiday.",
)

# 239
p(
    "es",
    "thank_you",
    "Familia Olvera Tamez: su tarjeta de cruce (núm. 0193-44871) se quedó en el cuarto 12 cuando dieron de alta a su papá. "
    "Pase por ella a Seguridad del campus Brownsville. 🪪",
    [("NAME", "Olvera Tamez"), ("OTHER_ID", "0193-44871"), ("OTHER_ID", "cuarto 12")],
    note="family surname, border crossing card number, patient's room.",
)

# 240
n(
    "es",
    "crisis_update",
    "Por el cierre del puente Progreso–Nuevo Progreso, las citas de diálisis de pacientes que cruzan desde México se "
    "reprogramarán. Llame al 956-555-0189. 🚧",
    "service notice; clinic line.",
)

if __name__ == "__main__":
    S.main("phi_dev60_source")
