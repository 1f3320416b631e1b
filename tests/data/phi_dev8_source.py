"""Blind development set d8 for the PHI scanner: Misión Trinidad Medical Center.

What the set is
  Social-media posts and drafts for a fictional hospital in San Antonio, Texas
  (Misión Trinidad Medical Center / Hospital Misión Trinidad, contacts in
  phi_dev8_org.json) serving a largely bilingual community. Focus: Spanish-majority
  posts (about two thirds Spanish, one third English, some mixing both): double
  surnames, diminutives (Juanito, Lupita, Chuy, la bebé Itzel), don / doña /
  abuelita / tía, religious and family dates (quinceañera, Día de la Virgen,
  Nochebuena, bautizo), Tejano music and sports figures (public), farmworkers and
  families across the border, pasted drafts with expediente numbers and family
  phones. X posts (<= 280 characters) and longer Facebook posts, about half of them
  patient-specific. Written blind, by hand, one post at a time, without looking at
  the scanner, its word lists or any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor)
  - A post is patient_specific iff it carries at least one labelled identifier of
    a patient or of a patient's relative / household member. Anonymous stories,
    tips, statistics, events, staff spotlights, recruitment, research and crisis
    updates carry none.
  - Staff, doctors, volunteers, staff members' own families, donors and named
    funds or buildings, public and historical figures, saints, pets, eponymous
    conditions, the hospital's own phones / addresses / domains / handles and
    campaign hashtags are never labelled (unless that person IS a patient or a
    patient's relative).
  - NAME: name tokens only; honorifics and descriptive words (don, doña, tía,
    abuelita, Sgt., Mr., la bebé) stay outside; possessive 's excluded; family
    surnames ("familia Rentería Olvera") labelled; a hashtag holding a patient's
    name is one NAME span including '#'; a family's social handle is OTHER_ID.
  - DATE: any date element but a bare year tied to the patient (birth, admission,
    surgery, discharge, death), as written ("9 de junio", "03/11/1958",
    "Nochebuena"); a holiday is DATE when the patient's event fell on it, and both
    expressions are labelled when the same day is named twice. Weekdays, relative
    expressions and dates of hospital events are not labelled.
  - AGE only over 89 (the number token, "97 años" -> "97").
  - GEO: places smaller than a state tied to the patient or family, including
    foreign cities; states and countries are not GEO.
  - Room / bed numbers are OTHER_ID including the keyword ("cuarto 218",
    "cama 7"); MRN / expediente, health plan, account and other ids: value only.
  - Family phones and emails are labelled; the hospital's never.
  - Every occurrence of a labelled string is labelled; `ok=` lists the intended
    exceptions (the same string used as an ordinary word or a public name).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev8.jsonl"), os.path.join(HERE, "phi_dev8_org.json"), "d8")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- batch 1

p(
    "es",
    "discharge",
    "¡Chuy ya se va a casa! 🎉 Después de 3 semanas en la UCI pediátrica, nuestro guerrero de 7 años "
    "salió hoy caminando solito. Gracias a su mamá, doña Licha, por su fe inquebrantable. #FuerzaChuy",
    [("NAME", "Chuy"), ("NAME", "Licha"), ("NAME", "#FuerzaChuy")],
    note="diminutive name alone at the start; name hashtag; mother named with doña outside the span",
)
n(
    "es",
    "staff_spotlight",
    "Conozcan a Lupita Garza Villarreal, nuestra nueva enfermera jefe del turno de noche en Maternidad. "
    "Lupita creció en el Westside, estudió en UTSA y lleva 12 años cuidando a las mamás de San Antonio. "
    "«Aquí aprendí que una mamá primeriza a las 3 de la mañana necesita más un abrazo que una explicación», "
    "dice.\n\n¡Bienvenida, Lupita! 💙 #OrgulloTrinidad",
    "staff spotlight: the nurse's name and neighbourhood are not patient identifiers",
)
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, la bebé Itzel! 👶🏽\n\n"
    "Nació en Nochebuena a las 11:52 p.m., justito antes de la medianoche, pesando 3.1 kilos. Sus papás, "
    "Yesenia y Rodrigo, nos dieron permiso de compartir la noticia con toda la familia Trinidad.\n\n"
    "¡Qué regalo de Navidad más bonito! 🎄✨\n\nGracias a todo el equipo de Maternidad que trabajó esa noche lejos de sus "
    "propias familias. 💙 #BebésTrinidad",
    [("NAME", "Itzel"), ("DATE", "Nochebuena"), ("NAME", "Yesenia"), ("NAME", "Rodrigo")],
    note="birth on Nochebuena is a DATE; 'regalo de Navidad' is a figure of speech for the next day, "
    "not the birth date; 'familia Trinidad' is the hospital family",
)
n(
    "es",
    "eponymous_condition",
    "Este sábado 12 de abril, grupo de apoyo para familias que viven con Parkinson y Alzheimer. Sala "
    "Guadalupe, 2º piso, 10:00 a.m. Habrá café, pan dulce y traducción al inglés. Info: (210) 555-0123. "
    "#CuidandoAlCuidador",
    "eponymous conditions, a hospital event date, a conference room and the hospital's Spanish line",
)
p(
    "en",
    "discharge",
    "Officer Daniels is back on his feet! 🚔 Three weeks after the crash on Loop 410, he walked out of "
    "rehab to a salute from his SAPD brothers and sisters. Welcome home, sir. #SAPDStrong",
    [("NAME", "Daniels"), ("GEO", "Loop 410")],
    note="patient introduced by his job title; the road of his crash is GEO; #SAPDStrong is a campaign tag",
)
n(
    "en",
    "public_figure",
    "35 years ago, Selena Quintanilla taught a whole generation to sing 'Como la Flor' at the top of their "
    "lungs. This week our pediatric floor is hosting a Selena sing-along for families, Thursday 4 p.m., "
    "3rd floor playroom. Bring your best bidi bidi bom bom! 🌹\n\nMusic therapy is part of how we heal: our board-certified "
    "music therapists see more than 200 kids a month, in English and Spanish. 🎶 #MusicHeals",
    "public figure and a hospital event; no patient named",
)
p(
    "es",
    "pasted_record",
    "BORRADOR - no publicar todavía\n"
    "Paciente: TREVIÑO SALINAS, MARÍA GUADALUPE\n"
    "Exp. 00-448-120 | F. nac. 03/11/1958\n"
    "Hab. 412-B, 4 Norte\n"
    "Contacto: hija Sandra Treviño (210) 555-8834\n\n"
    "Texto propuesto: Doña Lupe celebra hoy 30 años como voluntaria de nuestra capilla, ¡ahora como "
    "paciente! Le mandamos mucho cariño.",
    [
        ("NAME", "TREVIÑO SALINAS, MARÍA GUADALUPE"),
        ("MRN", "00-448-120"),
        ("DATE", "03/11/1958"),
        ("OTHER_ID", "Hab. 412-B"),
        ("NAME", "Sandra Treviño"),
        ("PHONE", "(210) 555-8834"),
        ("NAME", "Lupe"),
    ],
    note="pasted chart header in Spanish; a volunteer who is now the patient is labelled; 4 Norte is a unit",
)
n(
    "es",
    "anonymous_story",
    "Anoche, a las 2 de la mañana, una mamá llegó a nuestra sala de urgencias con su bebé de 4 meses que "
    "no respiraba bien. En menos de 10 minutos, el equipo ya lo tenía estable.\n\n"
    "Hoy el bebé está bien y en casa. La mamá nos pidió no compartir nombres, pero sí quería que supieran "
    "esto: «Gracias por tratarnos como familia, y por hablarme en español cuando yo no podía ni pensar.» "
    "💙\n\n#EquipoUrgencias #MisiónTrinidad",
    "anonymous story: relative time only, no name or other identifier",
)
p(
    "es",
    "milestone_birthday",
    '¡101 años! 🎂 Doña Refugio "Cuquita" Elizondo festejó su cumpleaños en el piso 5 con mariachi, '
    "tamales y sus 14 bisnietos. ¡Que Dios la bendiga, Cuquita!",
    [("AGE", "101"), ("NAME", 'Refugio "Cuquita" Elizondo'), ("NAME", "Cuquita", 2)],
    note="age over 89; quoted nickname inside the full name, then alone",
)
n(
    "en",
    "staff_spotlight",
    "Meet Jordan Villanueva, RN, our new charge nurse on 5 West! 👋\n\n"
    "Jordan grew up in Harlandale, the son of a farmworker mom who picked onions in the Valley every "
    'spring. "She\'s the reason I speak Spanish to every patient who needs it," he says.\n\n'
    "When he's not at work, Jordan coaches his daughter Mia's softball team and makes a mean pot of menudo "
    "on Sundays.\n\nWelcome to the team, Jordan! #NurseLife #MisionTrinidadFamily",
    "staff spotlight: the nurse, his neighbourhood and his own daughter are not patients",
)
p(
    "es",
    "thank_you",
    "Queremos agradecer a todo el personal del 3er piso por cuidar a mi apá, don Chema Rentería, durante "
    "sus últimos días. Nunca lo dejaron solo. Las enfermeras le ponían sus canciones de Ramón Ayala y él "
    "sonreía. 🕊️\n\nDescansa en paz, apá. Te extrañamos.\n— Familia Rentería Olvera",
    [("NAME", "Chema Rentería"), ("NAME", "Rentería Olvera")],
    note="family thank-you signed with the double family surname; Ramón Ayala is a public figure",
)
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana, comparte por qué amas a tu comunidad con #OrgulloDelWestside y "
    "#MisiónTrinidadContigo. ¡Las mejores fotos saldrán en nuestra pantalla del lobby! 📸",
    "campaign hashtags only",
)
p(
    "es",
    "patient_story",
    "esperanza ya comió su primera gelatina después de la cirugía!! 🍓 la enfermera Rosy dice que pidió "
    "otra. vamos esperanza!! #EsperanzaFuerte",
    [("NAME", "esperanza", "*"), ("NAME", "#EsperanzaFuerte")],
    note="lower-case name that is an ordinary word (hope); the nurse Rosy is staff",
)
n(
    "es",
    "health_tip",
    "🌡️ ¡Ola de calor en San Antonio! Si trabaja en el campo o en construcción: tome agua cada 15 minutos, "
    "descanse en la sombra y aprenda las señales del golpe de calor. Mareo + confusión = llame al 911. "
    "#CalorExtremo",
    "heat tip for farmworkers in general; the city is not tied to a patient; 911 is national",
)
p(
    "en",
    "memorial",
    'Today we lower our flags in memory of Sgt. Rubén "Ruby" Castañeda, a Vietnam veteran who spent his '
    "final months with us on our hospice unit.\n\n"
    "Ruby loved the Spurs, his 1967 Impala, and his wife of 58 years, Herlinda. He asked that his story be "
    "shared so other veterans know they don't have to face the end alone.\n\n"
    "Rest easy, Sergeant. We've got it from here. 🇺🇸",
    [("NAME", 'Rubén "Ruby" Castañeda'), ("NAME", "Ruby", 2), ("NAME", "Herlinda")],
    note="rank outside the span; quoted nickname reused alone; the wife is a relative",
)
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: Our ER is on diversion for ambulance traffic due to a power outage at the Espada "
    "Parkway campus. Walk-in patients are still being seen. Westside Clinic (815 South Zarzamora Street) "
    "is open until 9 pm. Questions: (210) 555-0100.",
    "crisis update with the hospital's own address and number",
)
p(
    "es",
    "discharge",
    "¡Hoy se fue a casa nuestro paciente #1000 de rehabilitación cardiaca este año! 🫀\n\n"
    "Don Eleuterio Saucedo, agricultor de Pearsall, llegó en marzo después de un infarto mientras pizcaba "
    "cacahuate. Hoy salió caminando, con su sombrero y su esposa, doña Chayo, del brazo.\n\n"
    "«Ya me quiero ir a ver mis vacas», nos dijo riéndose. ¡Cuídese mucho, don Eleuterio! 🤠",
    [
        ("NAME", "Eleuterio Saucedo"),
        ("GEO", "Pearsall"),
        ("DATE", "marzo"),
        ("NAME", "Chayo"),
        ("NAME", "Eleuterio", 2),
    ],
    note="home town is GEO; admission month alone is a DATE element; '#1000' is a count, not an id",
)
n(
    "es",
    "research",
    "Investigadores de Misión Trinidad y UT Health San Antonio publicaron hoy un estudio con 2,400 "
    "pacientes latinos con diabetes tipo 2: quienes recibieron educación en español redujeron su A1c en "
    "promedio 0.8 puntos. Lea más en misiontrinidad.org/investigacion",
    "research news with aggregate numbers and the hospital's domain",
)
p(
    "es",
    "pasted_record",
    "Para el post de mañana (confirmar con la familia):\n"
    'Nombre: Jesús "Chuyito" Medrano Lara, 9 años\n'
    "Fecha de ingreso: 14 de febrero\n"
    "Cuarto 218, Oncología Pediátrica\n"
    "Mamá: Araceli Lara, cel. 210.555.3390, correo arelara82@gmail.com\n"
    "Idea: fotos con el disfraz de Spider-Man que le regalaron los bomberos",
    [
        ("NAME", 'Jesús "Chuyito" Medrano Lara'),
        ("DATE", "14 de febrero"),
        ("OTHER_ID", "Cuarto 218"),
        ("NAME", "Araceli Lara"),
        ("PHONE", "210.555.3390"),
        ("EMAIL", "arelara82@gmail.com"),
    ],
    note="pasted draft: admission date, room with keyword, mother's cell with dots and her email",
)
n(
    "en",
    "eponymous_condition",
    "Shaking hands aren't always Parkinson's. Sometimes it's an overactive thyroid (Graves' disease) or "
    "essential tremor. Talk to your doctor, and don't self-diagnose on TikTok. 🩺\n\nOur movement disorders clinic sees "
    "patients in English and Spanish, and a simple blood test can rule thyroid problems in or out. Referrals: "
    "(210) 555-0100.\n\n#ThyroidAwarenessMonth",
    "eponymous conditions only",
)
p(
    "es",
    "patient_story",
    "Gracias por las bendiciones para @elbebe_santiago_tx 🙏 Ya le quitaron el oxígeno y hoy por fin lo "
    "cargó su abuelita. Seguimos rezando. #NICU",
    [("OTHER_ID", "@elbebe_santiago_tx")],
    note="the baby is identified only by the family's social handle (OTHER_ID)",
)
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Marisol Peña, que hoy celebra los XV años de su hija Ximena! 👑💜\n\n"
    "Marisol lleva 18 años en nuestra Unidad de Cuidados Intensivos y nunca ha faltado a una Nochebuena de "
    "turno. Esta vez, el equipo le cubrió el fin de semana para que pudiera bailar el vals con su niña.\n\n"
    "¡Que viva la quinceañera! 🎉",
    "a nurse and her own daughter's quinceañera: staff family, not patients",
)
p(
    "en",
    "thank_you",
    "To the family of Mr. Okafor in room 614: your son's gospel choir in the lobby last night had the whole "
    "6th floor in tears. Thank you for sharing your dad with us. 🎶",
    [("NAME", "Okafor"), ("OTHER_ID", "room 614")],
    note="honorific outside the span; room number with keyword; '6th floor' is not an id",
)
n(
    "es",
    "event",
    "📅 Feria de salud y vacunas GRATIS\n🗓️ Sábado 17 de mayo, 9 a.m.–1 p.m.\n"
    "📍 Clínica del Westside, 815 South Zarzamora Street\n"
    "Vacunas contra la influenza, presión arterial, glucosa y revisión dental para niños. ¡No se necesita "
    "seguro! Preguntas: 210-555-0123\n\n¿Trabaja en el campo y no puede venir en sábado? Nuestra clínica móvil visita "
    "los ranchos de lunes a viernes. Pregunte por las rutas de esta temporada. 🚐🌾",
    "hospital event with its date, the clinic's address and the hospital phone",
)
p(
    "es",
    "memorial",
    "Hoy se cumple un año de que nuestra querida Flor partió al cielo. 🌸\n\n"
    "Flor Anahí Cisneros tenía 15 años y una risa que se escuchaba desde la estación de enfermeras. Soñaba "
    "con su quinceañera y la celebramos aquí mismo, en el cuarto 402, con vestido rosa y chambelanes de la "
    "unidad de oncología.\n\n"
    "Su mamá, Norma, nos escribió esta semana: «Flor sigue viva en cada niño que ustedes cuidan.»\n\n"
    "Te recordamos siempre, Flor. 💐 #FlorParaSiempre",
    [
        ("NAME", "Flor Anahí Cisneros"),
        ("NAME", "Flor", "*"),
        ("OTHER_ID", "cuarto 402"),
        ("NAME", "Norma"),
        ("NAME", "#FlorParaSiempre"),
    ],
    note="memorial: 'one year ago today' is relative and not a DATE; name that is a word (flower)",
)
n(
    "en",
    "recruitment",
    "¡Estamos contratando! Bilingual RNs, CNAs and respiratory therapists — $10K sign-on bonus for nights. "
    "Apply at misiontrinidad.org/careers or call (210) 555-0162. Hablamos tu idioma. 💼\n\nOpen house for nurses: "
    "every first Thursday, 5–7 p.m., main lobby. Bring your résumé and your questions; we'll bring the "
    "pan dulce. ☕",
    "recruitment with the hospital's domain and careers line",
)
p(
    "es",
    "patient_story",
    "Su esposa Yolanda no se le despegó ni un minuto. 💑\n\n"
    "Durante 41 días en la UCI, ella le leía el periódico, le ponía cumbias de Selena y le platicaba de los "
    "nietos aunque él no pudiera contestar. Hoy él salió de la unidad caminando con andadera, y ella iba "
    "adelante abriéndole paso.\n\nGracias, Yolanda, por enseñarnos lo que es el amor. ❤️",
    [("NAME", "Yolanda", "*")],
    note="patient unnamed; only his wife is named, which makes the post patient-specific; Selena is public",
)
n(
    "es",
    "public_figure",
    "Flaco Jiménez nos enseñó que el acordeón también sana. 🪗 Este viernes, conjunto en vivo en el patio "
    "de Rehabilitación a las 3 p.m. para pacientes y familias. ¡Viva la música tejana!",
    "Tejano public figure and a hospital event",
)
p(
    "en",
    "discharge",
    "Hunter is going HOME!!! 🏠 After 112 days in the NICU, our littlest fighter weighs 6 lbs 2 oz and has "
    "the loudest cry on the unit. Go get 'em, buddy. #NICUgrad",
    [("NAME", "Hunter")],
    note="name that is an ordinary word, alone at the start",
)
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today — now a 2nd grader — to drop off 200 hand-colored cards for the "
    "babies upstairs. 💙 Best visit of the year. #NICUgrad",
    "anonymous former patient; no identifier",
)
p(
    "es",
    "patient_story",
    "Nuestro paisano de Michoacán, don Audencio, trabajaba en la pizca de melón cuando sufrió el golpe de "
    "calor. Su familia en Zamora no podía venir, así que las enfermeras hacían videollamadas todas las "
    "noches. Hoy regresa con sus compañeros a Uvalde. 🙏🌵\n\nA todos los trabajadores del campo: el golpe de calor "
    "mata. Tomen agua cada 15 minutos aunque no tengan sed, descansen en la sombra y cuídense entre "
    "compañeros. 💧",
    [("NAME", "Audencio"), ("GEO", "Zamora"), ("GEO", "Uvalde")],
    note="farmworker: family's foreign city and his Texas town are GEO; Michoacán is a state",
)
n(
    "es",
    "eponymous_condition",
    "21 de marzo: Día Mundial del Síndrome de Down 🧦🧦\n\n"
    "Hoy usamos calcetines disparejos en todo el hospital. Las personas con síndrome de Down tienen derecho "
    "a una atención médica respetuosa y en su idioma.\n\n"
    "Nuestra Clínica de Desarrollo Infantil atiende a más de 300 familias. Citas: (210) 555-0150. "
    "#CalcetinesDisparejos #DíaMundialDelSíndromeDeDown",
    "awareness day date and an eponymous condition; hospital phone",
)
p(
    "es",
    "pasted_record",
    "pt Chelo Ybarra hab 309 – la hija pregunta si pueden publicar lo de su cumple 100 el 8 de dic, Día de "
    "la Inmaculada. tel de la hija 210 555 7712",
    [
        ("NAME", "Chelo Ybarra"),
        ("OTHER_ID", "hab 309"),
        ("AGE", "100"),
        ("DATE", "8 de dic"),
        ("DATE", "Día de la Inmaculada"),
        ("PHONE", "210 555 7712"),
    ],
    note="internal note: same birthday named twice (date and feast day), both labelled",
)
n(
    "en",
    "sponsor",
    "THANK YOU to the Garza-Hinojosa Family Foundation! 💛\n\n"
    "Their $2 million gift will open the new Garza-Hinojosa Family Pediatric Emergency Center on our Espada "
    "Parkway campus next spring. Ernesto and Leticia Garza-Hinojosa grew up on the Southside and say this "
    'gift is "for every kid who has to wait too long to be seen."\n\n'
    "Groundbreaking: Oct. 3, 10 a.m. All are welcome.",
    "donors and a named building; an event date",
)
p(
    "es",
    "thank_you",
    "Respuesta a comentario: Sra. Villalobos, gracias por sus palabras 🙏 Fue un honor cuidar de su esposo "
    "Tomás en el 5 Oeste. Le mandamos un abrazo a toda la familia en Laredo.",
    [("NAME", "Villalobos"), ("NAME", "Tomás"), ("GEO", "Laredo")],
    note="comment reply to a patient's wife; Sra. outside the span; 5 Oeste is a unit",
)
n(
    "es",
    "crisis_update",
    "⚠️ AVISO: Debido a la tormenta, la Clínica del Westside cerrará hoy a las 2 p.m. Las citas de la tarde "
    "se cambiarán automáticamente; le llamaremos del (210) 555-0181. Urgencias en Espada Parkway sigue "
    "abierta 24/7. Manténgase seguro y no cruce calles inundadas.\n\nSi usa oxígeno o diálisis en casa y se queda sin "
    "luz, llame al 911 o venga a Urgencias. No espere a que se le acabe el tanque. 🙏\n\n#SATX",
    "crisis update with hospital phone and campus",
)
p(
    "en",
    "patient_story",
    "When our own Dr. Ana Lucía Herrera became a patient, she found out what it feels like from the other "
    "side of the bed rail.\n\n"
    "Ana Lucía, a pediatric hospitalist here for 11 years, was diagnosed with breast cancer in January. "
    "Today she rang the bell on our infusion floor, surrounded by the same nurses she's worked beside for a "
    'decade.\n\n"I\'m going to be a better doctor because of this," she told us. We have no doubt. 🎗️\n\n'
    "Shared with Dr. Herrera's permission.",
    [
        ("NAME", "Ana Lucía Herrera"),
        ("NAME", "Ana Lucía", 2),
        ("DATE", "January"),
        ("NAME", "Herrera", 2),
    ],
    note="a doctor who became a patient is labelled; diagnosis month is a DATE element",
)
n(
    "en",
    "public_figure",
    "Manu, Timmy and Tony made San Antonio believe. 🏀 Our pediatric patients got a surprise visit from the "
    "Spurs Coyote today — high fives all around! #GoSpursGo",
    "public sports figures and a mascot; patients unnamed",
)
p(
    "es",
    "birth_announcement",
    "¡Llegó Sunny! ☀️ 3.4 kg de puro amor, nacida el 4 de julio mientras los cohetes tronaban afuera. "
    "Felicidades a su mami Karina. #BebésTrinidad",
    [("NAME", "Sunny"), ("DATE", "4 de julio"), ("NAME", "Karina")],
    note="English word-name in a Spanish post; birth on a holiday",
)
n(
    "es",
    "health_tip",
    "¿Su hijo tiene fiebre alta por más de 5 días, ojos rojos y labios partidos? Podría ser enfermedad de "
    "Kawasaki. 👀\n\nEs poco común, pero tratable si se detecta a tiempo. Lleve a su niño al pediatra o a "
    "urgencias.\n\nLínea de enfermería 24 horas (en español): (210) 555-0123.\n\nDato: la enfermedad lleva el nombre del Dr. "
    "Tomisaku Kawasaki, el pediatra japonés que la describió en 1967.",
    "eponymous condition and the hospital's nurse line",
)
p(
    "en",
    "pasted_record",
    "DRAFT for FB — pending consent\n"
    "Pt: Will Okonkwo-Reyes, DOB 2/9/2011, MRN 7731-0042\n"
    "Bed 12, PICU\n"
    "Dad's cell (210) 555-2268\n"
    'Caption idea: "Will\'s got the will to win!" — basketball camp kid, collapsed on court, back to '
    "shooting hoops 3 weeks later.",
    [
        ("NAME", "Will Okonkwo-Reyes"),
        ("DATE", "2/9/2011"),
        ("MRN", "7731-0042"),
        ("OTHER_ID", "Bed 12"),
        ("PHONE", "(210) 555-2268"),
        ("NAME", "Will", 2),
    ],
    note="name 'Will' beside the lower-case noun 'will', which is not labelled",
)
n(
    "es",
    "staff_spotlight",
    "Hoy despedimos a doña Chona, nuestra voluntaria de 92 años que por 30 años repartió café y rosarios en "
    "la sala de espera. 💐 ¡Gracias por tanto, doña Chona!",
    "a volunteer: her name and her age over 89 are not labelled",
)
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 95, don Nicanor! 🎉🎂\n\n"
    "Nació el 2 de febrero, Día de la Candelaria, en un rancho cerca de Sabinas Hidalgo, y cruzó a Texas a "
    "los 17 para trabajar en el traque. Hoy festejó en su cuarto del Centro de Cuidados Prolongados con "
    "tamales (¡claro, es Candelaria!) y su bisnieta Abril le cantó Las Mañanitas.\n\n¡Que cumpla muchos más! 🙌",
    [
        ("AGE", "95"),
        ("NAME", "Nicanor"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("GEO", "Sabinas Hidalgo"),
        ("DATE", "Candelaria", 2),
        ("NAME", "Abril"),
    ],
    note="birthday named three ways; the great-granddaughter's name is a month; foreign town is GEO",
)
n(
    "en",
    "statistic",
    "By the numbers, 2024 🧮\n• 6,812 babies born\n• 41% of our patients prefer Spanish\n• 1,200+ "
    "farmworkers seen at our mobile clinic\n• 0 families turned away for inability to pay\nThank you, "
    "San Antonio. 💙",
    "statistics only",
)
p(
    "es",
    "patient_story",
    "Tía Lencha manda saludos desde la cama 7 😂 dice que la comida del hospital está buena pero que le "
    "falta chile. ¡Ya mero sale, tía! 🌶️",
    [("NAME", "Lencha"), ("OTHER_ID", "cama 7")],
    note="'Tía' outside the span; bed number with keyword",
)
n(
    "es",
    "event",
    "Misa por los enfermos en la capilla este 12 de diciembre, Día de la Virgen de Guadalupe 🌹, a las "
    "7 a.m. Mañanitas a la Virgen con mariachi. Todos bienvenidos.\n\nDespués de la misa habrá chocolate y pan dulce "
    "en la cafetería. Los pacientes que no puedan bajar podrán verla por el canal 3 de su televisión. 📺🌹",
    "religious holiday that is a hospital event, not a patient's date; the Virgin is not a person to label",
)
p(
    "es",
    "patient_story",
    "De los campos de cebolla de Hondo a caminar otra vez. 🌱\n\n"
    "Rigoberto Ochoa Balderas tiene 34 años y llegó con nosotros el 9 de junio después de caer de una "
    "escalera en una huerta de nuez. Su esposa y sus tres hijos viven en Ciudad Acuña, y durante semanas se "
    "comunicó con ellos solo por WhatsApp desde su cama.\n\n"
    "Hoy, con su nueva prótesis, dio sus primeros pasos en terapia. «Lo primero que voy a hacer es cargar a "
    "mi hija Fátima», dice.\n\n¡Adelante, Rigo! 💪",
    [
        ("GEO", "Hondo"),
        ("NAME", "Rigoberto Ochoa Balderas"),
        ("DATE", "9 de junio"),
        ("GEO", "Ciudad Acuña"),
        ("NAME", "Fátima"),
        ("NAME", "Rigo"),
    ],
    note="farmworker with a double surname; work town and family's Mexican city are GEO; age 34 not labelled",
)
n(
    "es",
    "anonymous_story",
    "Un abuelito de 88 años nos pidió que le pusiéramos a Pedro Infante mientras lo preparaban para "
    "cirugía. El quirófano entero terminó cantando «Amorcito corazón». 🎶❤️",
    "anonymous patient aged 88 (not over 89); Pedro Infante is a public figure",
)
p(
    "en",
    "thank_you",
    "To the nurses on 4 North who took care of my Grandma Pilar — gracias de corazón. 🌹\n\n"
    "She only spoke Spanish and was scared, and you sang with her, brushed her hair, and called me at 3am "
    "when she asked for me. She passed on November 2, Día de los Muertos, just like she always said she "
    "would.\n\nWe put your names on her ofrenda. — Denise (granddaughter)\n\n#Gratitude",
    [
        ("NAME", "Pilar"),
        ("DATE", "November 2"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Denise"),
    ],
    note="date of death named twice; the granddaughter signing is a relative",
)
n(
    "en",
    "health_tip",
    "Allergy season in SA = cedar fever 🌲🤧. Shower after being outdoors, keep windows shut, and check the "
    "pollen count before your morning run.\n\nCedar fever peaks from December to February in South Texas. "
    "Antihistamines and saline rinses help most people. Symptoms lasting over 10 days, or a fever over "
    "101°F? That may be something else — call us: (210) 555-0100.",
    "seasonal tip with the hospital number",
)

# ---------------------------------------------------------------- batch 2

p(
    "es",
    "patient_story",
    "Milagros, así se llama, y así llegó: 24 semanas y 680 gramos. 💜 Hoy cumple 100 días en la UCIN y ya "
    "pesa 2 kilos. ¡Un milagro de verdad! #UCIN",
    [("NAME", "Milagros")],
    note="name that is a word (miracles) beside 'milagro'; '100 días' is not an age",
)
n(
    "es",
    "hospital_contact",
    "¿Necesita hablar con alguien en español? 📞\nLínea de enfermería 24/7: (210) 555-0123\n"
    "Maternidad: (210) 555-0145\nCitas Clínica del Westside: (210) 555-0181\n"
    "Escríbanos por DM a @MisionTrinidadES o visite misiontrinidad.org/es\n\nPor su privacidad, nunca comparta datos "
    "médicos ni números de expediente en los comentarios. 🔒",
    "the hospital's own phones, handle and domain",
)
p(
    "en",
    "patient_story",
    "Our residents at the Centro de Cuidados Prolongados had a lotería tournament this afternoon, and the "
    'undisputed champion is Mr. Hollis Ray Whitfield, 93, who yelled "¡LOTERÍA!" so loud the nurses came '
    "running. 🃏\n\n"
    'Mr. Whitfield learned the game from his late wife, Consuelo, in Del Rio in 1958. "She cheated," he '
    'says. "I loved her anyway."\n\nRunner-up: the activities director, who will not be named. 😉',
    [
        ("NAME", "Hollis Ray Whitfield"),
        ("AGE", "93"),
        ("NAME", "Whitfield", 2),
        ("NAME", "Consuelo"),
        ("GEO", "Del Rio"),
    ],
    note="care-home resident; late wife is a relative; the bare year 1958 is not labelled",
)
n(
    "es",
    "public_figure",
    "Hace 30 años perdimos a Selena, pero su música sigue sonando en cada rincón de San Antonio. 🌹\n\n"
    "Este 31 de marzo, nuestra Clínica de la Mujer ofrecerá mastografías gratuitas en honor a todas las "
    "mujeres que, como ella, soñaron en grande.\n\nCitas: (210) 555-0100 o en misiontrinidad.org/selena",
    "a public figure's anniversary and a hospital event date; no patient",
)
p(
    "es",
    "pasted_record",
    "URGENTE - revisar antes de subir\n"
    'Paciente: Guadalupe "Lupita" Arredondo Cantú\n'
    "Expediente: MT-2291847\n"
    "Seguro: Medicaid #518 772 904\n"
    "Fecha de nacimiento: 12 de diciembre de 2016 (¡nació el Día de la Virgen!)\n"
    "Papá: Efraín Arredondo, tel. +52 878 555 2190 (Piedras Negras)\n"
    "Cuarto: 306",
    [
        ("NAME", 'Guadalupe "Lupita" Arredondo Cantú'),
        ("MRN", "MT-2291847"),
        ("HEALTH_PLAN", "518 772 904"),
        ("DATE", "12 de diciembre de 2016"),
        ("DATE", "Día de la Virgen"),
        ("NAME", "Efraín Arredondo"),
        ("PHONE", "+52 878 555 2190"),
        ("GEO", "Piedras Negras"),
        ("OTHER_ID", "Cuarto: 306"),
    ],
    note="pasted draft: expediente, Medicaid number, birthday named twice, father's Mexican phone and city",
)
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis don't take holidays. Our IBD nurse navigators (bilingual!) are here to help you "
    "plan ahead for tamale season. 🫔\n\nHoliday tips: keep your usual meal schedule, go easy on the chile and "
    "the lard, and pack your meds before you drive to abuela's for Nochebuena. Call (210) 555-0100 and ask "
    "for GI.\n\n#CrohnsAndColitis",
    "eponymous condition, hospital number",
)
p(
    "es",
    "discharge",
    "rocky salió hoy!!! 🥊 14 días en la UCI después del accidente en la I-35 y ya anda pidiendo tacos de "
    "barbacoa. ¡eres un campeón rocky! #RockyStrong",
    [("NAME", "rocky", "*"), ("GEO", "I-35"), ("NAME", "#RockyStrong")],
    note="lower-case word-name; highway of the patient's crash is GEO",
)
n(
    "es",
    "statistic",
    "En 2024 atendimos a 3,118 trabajadores agrícolas en nuestra clínica móvil, de Pearsall a Hondo y "
    "Devine. 🚐🌾 El 62% no tenía médico de cabecera. Seguimos en camino.",
    "towns of the mobile clinic's route, not tied to any patient; aggregate numbers",
)
p(
    "en",
    "birth_announcement",
    "Double the love in Maternidad! 👶🏽👶🏽\n\n"
    "Twins River and Journey Castillo arrived on March 14 — Pi Day! — at 4:12 and 4:19 a.m. Mom Brianna "
    "says River is already the bossy one.\n\n"
    "Congratulations to the whole Castillo crew, and to big brother Mateo, who has been promoted to "
    "Official Diaper Inspector. 🧷",
    [
        ("NAME", "River", "*"),
        ("NAME", "Journey Castillo"),
        ("DATE", "March 14"),
        ("DATE", "Pi Day"),
        ("NAME", "Brianna"),
        ("NAME", "Castillo", 2),
        ("NAME", "Mateo"),
    ],
    note="word-names River and Journey; birth date named twice; times of birth are not dates",
)
n(
    "es",
    "staff_spotlight",
    'Conozcan al Dr. Jesús "Chuy" Zamarripa, nuestro nuevo cardiólogo. 🫀\n\n'
    "El Dr. Chuy nació en Eagle Pass, hijo de trabajadores del campo, y fue el primero de su familia en ir "
    "a la universidad. Hoy atiende en español e inglés en nuestra Clínica del Corazón.\n\n"
    "«Mi abuelita murió de un infarto sin nunca ver a un cardiólogo. Por ella estoy aquí.»\n\n"
    "¡Bienvenido, doctor! 👨🏽‍⚕️",
    "a doctor, his home town and his own late grandmother (never our patient)",
)
p(
    "es",
    "memorial",
    "Descanse en paz don Pancho Ledesma (1948-2025), conductor de la ruta 68 por 40 años y paciente de "
    "nuestra unidad de diálisis desde 2019. 🕊️ Sus compañeros de VIA lo despidieron con bocinazos. Lo "
    "vamos a extrañar.",
    [("NAME", "Pancho Ledesma")],
    note="bare years are not labelled; a bus route number is not an identifier",
)
n(
    "en",
    "sponsor",
    "Huge thanks to H-E-B for donating 500 turkeys 🦃 to our patients' families this Thanksgiving, and to "
    "the Ortiz family for funding the new Sala Ortiz family lounge on 6 North.\n\nThe lounge has recliners, a "
    "microwave, a coffee maker that actually works, and a view of the old missions. Families of our ICU "
    "patients can use it 24/7. 💙",
    "sponsors and a lounge named for donors",
)
p(
    "es",
    "patient_story",
    "💛 Kermés para Juanito 💛\n\n"
    "La familia de Juanito Paredes, paciente de nuestra unidad de hematología, está organizando una kermés "
    "este domingo en el salón parroquial de San Juan Bosco para ayudar con los gastos de su trasplante. "
    "Habrá gorditas, aguas frescas, lotería y una rifa.\n\n"
    "Si no pueden ir, pueden donar en gofundme.com/f/juanito-paredes-trasplante o por Zelle a su mamá, "
    "Leticia: 210-555-4471.\n\n¡Todos con Juanito! #TodosConJuanito",
    [
        ("NAME", "Juanito Paredes"),
        ("NAME", "Juanito", "*"),
        ("URL", "gofundme.com/f/juanito-paredes-trasplante"),
        ("NAME", "Leticia"),
        ("PHONE", "210-555-4471"),
        ("NAME", "#TodosConJuanito"),
    ],
    note="family-run fundraiser: fundraiser URL and mother's Zelle phone; the parish hall is an event venue",
)
n(
    "es",
    "anonymous_story",
    "«Doctora, ¿me va a poder ver mi hija en su graduación?»\n\n"
    "Esa fue la pregunta de una paciente que llegó con nosotros hace seis meses con cáncer de mama. Ayer, "
    "con su pañuelo rosa y su bata de hospital escondida bajo un vestido, estuvo en primera fila.\n\n"
    "No compartimos su nombre, pero sí su fuerza. 🎗️ #OctubreRosa",
    "anonymous story with relative time only",
)
p(
    "en",
    "pasted_record",
    "pls fix before posting!! — Pt Faith Morales-Ibarra, acct# 7734-22, ins ID BCBS XJH448210933, Rm 512. "
    "Her husband Luis wants to be tagged: @luis.ibarra.210",
    [
        ("NAME", "Faith Morales-Ibarra"),
        ("ACCOUNT", "7734-22"),
        ("HEALTH_PLAN", "XJH448210933"),
        ("OTHER_ID", "Rm 512"),
        ("NAME", "Luis"),
        ("OTHER_ID", "@luis.ibarra.210"),
    ],
    note="account and insurance ids value only; the husband's handle is OTHER_ID",
)
n(
    "en",
    "health_tip",
    "Día de los Muertos is a beautiful time to remember loved ones 💀🌼. It's also a good time to talk with "
    "your family about advance directives.\n\nWho would speak for you if you couldn't? Does your family know "
    "what you'd want? Our chaplains and social workers can help you fill out the forms in English or "
    "Spanish. Free bilingual help: (210) 555-0100, ext. 4.",
    "holiday that is nobody's event; hospital number with extension",
)
p(
    "es",
    "patient_story",
    "Gracias a J.M.R. y a su familia por dejarnos compartir su historia: 3 paros cardiacos, 2 cirugías y "
    "hoy, una sonrisa enorme al salir por la puerta. 🫀❤️",
    [("NAME", "J.M.R.")],
    note="the patient appears only as initials",
)
n(
    "es",
    "event",
    "🎄 Posada Navideña en Misión Trinidad 🎄\n\n"
    "Jueves 18 de diciembre, 5:30 p.m., en el lobby principal (4700 Espada Parkway). Peregrinos, "
    "villancicos, piñatas para los niños hospitalizados y champurrado para todos.\n\n"
    "Voluntarios: regístrense al (210) 555-0199 o en fundacionmisiontrinidad.org/posada.",
    "hospital event, address, foundation phone and domain",
)
p(
    "es",
    "milestone_birthday",
    "🎂 ¡Cien años cumple hoy doña Socorro! Nació en Linares, Nuevo León, y hoy la festejamos en el 3 Norte "
    "con pastel de tres leches.\n\nSus nietos le trajeron mariachi y ella les pidió «El Rey», y la cantó completita. 🎺\n\n"
    "¡Felicidades, doña Socorro! 🌹",
    [("AGE", "Cien"), ("NAME", "Socorro", "*"), ("GEO", "Linares")],
    note="age written as a word; birthplace city is GEO, the Mexican state is not",
)
n(
    "es",
    "eponymous_condition",
    "¿Ha notado que su mano tiembla en reposo o que camina más despacio? Podría ser Parkinson. No es «cosa "
    "de la edad». Hable con su médico. 🧠 #DíaMundialDelParkinson",
    "eponymous condition and awareness hashtag",
)
p(
    "en",
    "memorial",
    'We are heartbroken. Kiki, the little girl who taught our whole PICU to dance to "Bidi Bidi Bom Bom," '
    "earned her angel wings last night. 🕊️ Our love to her mom and dad. #KikisDance",
    [("NAME", "Kiki"), ("NAME", "#KikisDance")],
    note="nickname alone; 'last night' is not a date; the song title is not a name",
)
n(
    "en",
    "staff_spotlight",
    'Happy retirement, Nurse Dolores "Lolis" Garza! 🎉\n\n'
    "42 years. Three generations of babies. Lolis started in our nursery in 1983 and swears she has held "
    "half of the Westside's kids.\n\n"
    "Her granddaughter, Alyssa, is now a nurse on our Mother-Baby unit — so the tradition continues. 💕\n\n"
    "Enjoy Port Aransas, Lolis!",
    "retiring nurse, her own granddaughter (staff) and her vacation town",
)
p(
    "es",
    "pasted_record",
    "exp 88124 / cama 14 / hija: Marisela Quiroga 📞 (830) 555-6127 — pidió que pongamos foto de su mamá con "
    "el mariachi",
    [
        ("MRN", "88124"),
        ("OTHER_ID", "cama 14"),
        ("NAME", "Marisela Quiroga"),
        ("PHONE", "(830) 555-6127"),
    ],
    note="terse internal note; the requested photo is not attached, so no PHOTO",
)
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 🧊: Por la helada, nuestras clínicas abrirán a las 10 a.m. el martes 20 de enero. "
    "Urgencias sigue abierta. Si se quedó sin luz y usa oxígeno en casa, venga a Espada Parkway o llame al "
    "911.\n\nRecuerde: nunca use la estufa ni el horno para calentar la casa, y no deje el carro prendido en la "
    "cochera. El monóxido de carbono no huele y mata. ⚠️\n\nMás información: @MisionTrinidadES",
    "crisis update: clinic dates and the hospital's handle",
)
p(
    "es",
    "thank_you",
    "📸 En la foto: Lupita Saldívar con las enfermeras que la cuidaron durante 3 meses en la unidad de "
    "quemados.\n\n"
    "Lupita, de 11 años, sufrió quemaduras en el 40% de su cuerpo en el incendio de su casa en la calle "
    "Culebra el 2 de enero. Hoy volvió a visitarnos con un pastel y una carta: «Gracias por no dejar que me "
    "rindiera».\n\nLupita, ¡tú nos inspiras a nosotras! 💕",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Lupita Saldívar"),
        ("NAME", "Lupita", "*"),
        ("GEO", "calle Culebra"),
        ("DATE", "2 de enero"),
    ],
    note="photo caption cue; the street of the patient's house fire is GEO",
)
n(
    "es",
    "public_figure",
    "¡Gracias, Eva Longoria y el equipo de los Spurs, por visitar a nuestros pacientes de pediatría! Las "
    "sonrisas de hoy no tienen precio. 💙🏀",
    "public figures visiting; patients unnamed",
)
p(
    "en",
    "patient_story",
    "Peanut update: 🥜 off CPAP, drinking from a bottle, and flirting with every nurse on 2 East. Mom says "
    "thank you for the prayers, y'all! #PeanutPower",
    [("NAME", "Peanut"), ("NAME", "#PeanutPower")],
    note="nickname used as the baby's name, no quotes; 2 East is a unit",
)
n(
    "en",
    "statistic",
    "Every year, about 1 in 4 Bexar County adults over 65 falls. 😟\n\n"
    "Most falls happen at home: bathrooms, loose rugs, poor lighting. This Fall Prevention Week, we're doing "
    "FREE home-safety checklists at our Westside Clinic.\n\n"
    "Drop by 815 South Zarzamora Street, Mon–Fri 8–5, or call (210) 555-0181.",
    "population statistic for a county; hospital address and phone",
)
p(
    "es",
    "discharge",
    "Después de 52 días, ¡Ángel regresa a casa! 😇\n\n"
    "Ángel Gabriel tiene apenas 4 meses y nació con una cardiopatía congénita. Sus abuelos vinieron desde "
    "Saltillo para estar con él en cada cirugía, y su papá manejaba todos los días desde Seguin después del "
    "trabajo.\n\n"
    "Hoy las tres generaciones salieron juntas por la puerta principal. 💙 ¡Que Dios te bendiga, Angelito!",
    [
        ("NAME", "Ángel Gabriel"),
        ("NAME", "Ángel", "*"),
        ("GEO", "Saltillo"),
        ("GEO", "Seguin"),
        ("NAME", "Angelito"),
    ],
    note="name that is a word (angel) and its diminutive; grandparents' Mexican city and father's town",
)
n(
    "es",
    "research",
    "📢 Buscamos voluntarios para un estudio sobre diabetes y enfermedad de Chagas en adultos latinos. "
    "Compensación de $50. Info: investigacion@misiontrinidad.org o (210) 555-0100 ext. 7.",
    "research recruitment; Chagas is an eponymous disease; hospital email and phone",
)
p(
    "es",
    "pasted_record",
    "---------- Mensaje reenviado ----------\n"
    "De: Graciela Montemayor <gmontemayor.tx@yahoo.com>\n"
    "Asunto: Foto de mi papá para Facebook\n\n"
    "Hola, les mando la foto de mi papá, Arnulfo Montemayor, en su cama del cuarto 221 con el gorrito de los "
    "Spurs. Él cumplió 90 el 15 de agosto y quiere que todo San Antonio se entere jaja. Gracias!!\nGraciela",
    [
        ("NAME", "Graciela Montemayor"),
        ("EMAIL", "gmontemayor.tx@yahoo.com"),
        ("PHOTO", "Foto"),
        ("PHOTO", "foto"),
        ("NAME", "Arnulfo Montemayor"),
        ("OTHER_ID", "cuarto 221"),
        ("AGE", "90"),
        ("DATE", "15 de agosto"),
        ("NAME", "Graciela", 2),
    ],
    note="forwarded family email: the attached photo shows the patient (PHOTO cue in subject and body)",
)
n(
    "en",
    "hospital_contact",
    "Media inquiries: (210) 555-0177 or prensa@misiontrinidad.org. For patient condition updates, families "
    "should call the main line at (210) 555-0100 — we can't share patient info on social media. 🔒",
    "the hospital's media line, email and switchboard",
)
p(
    "es",
    "patient_story",
    "Nuestro compañero de mantenimiento, don Beto Carrizales, sufrió un derrame cerebral en el trabajo y lo "
    "atendimos en minutos. Hoy regresó a visitarnos caminando.\n\nSus compañeros le guardaron su gorra y su radio, "
    "y ya le advirtieron que el elevador 4 lo sigue extrañando. 😂\n\nConozca las señales de un derrame: cara "
    "caída, brazo débil, habla rara = llame al 911.\n\n¡Lo extrañamos, Beto! 🛠️💙",
    [("NAME", "Beto Carrizales"), ("NAME", "Beto", 2)],
    note="an employee who became a patient",
)
n(
    "es",
    "staff_spotlight",
    "Felicidades a Faith Ramírez, RN, ganadora del premio DAISY de este mes 🌼 Sus pacientes dicen que tiene "
    "«manos de ángel». ¡Gracias, Faith!",
    "award for a nurse whose name is a word; staff",
)
p(
    "en",
    "thank_you",
    "Reply to @MisionTrinidad: Just wanted to say THANK YOU to Dr. Patel and the whole L&D team. My daughter "
    "Sofía Inés was born 12/12 at 12:12 — el Día de la Virgen, no less 😭🌹 — and my wife Marisa had the best "
    "care. We'll be back for #2! — proud dad, Gilberto",
    [
        ("NAME", "Sofía Inés"),
        ("DATE", "12/12"),
        ("DATE", "Día de la Virgen"),
        ("NAME", "Marisa"),
        ("NAME", "Gilberto"),
    ],
    note="comment from a father; birth date named twice; the doctor and the hospital handle are not labelled",
)
n(
    "en",
    "anonymous_story",
    "A dad drove his son 3 hours to our ER last night, with the inhaler forgotten on the kitchen counter back home. "
    "Our RT team had him breathing easy in 10 min. Pack the meds, friends. 💨",
    "anonymous father and son; relative time only",
)
p(
    "es",
    "patient_story",
    "La Güera ya está de regreso en su puesto de raspas en la Zarzamora 🍧 después de su cirugía de "
    "vesícula. ¡Pasen a saludarla y a comprarle una mangonada!",
    [("NAME", "Güera"), ("GEO", "Zarzamora")],
    note="nickname with an article; the street of her stand is GEO (not the clinic's street address)",
)
n(
    "es",
    "event",
    "🏃🏽‍♀️ Carrera 5K «Corre por tu Corazón» — domingo 9 de febrero, 7:30 a.m., Mission County Park. "
    "Inscripciones: fundacionmisiontrinidad.org/5k #CorrePorTuCorazón",
    "hospital event date and venue, foundation domain",
)
p(
    "en",
    "pasted_record",
    "Internal – DO NOT POST\n"
    "Patient: Hope Delacruz, DOB 07/04/1989\n"
    "SSN 455-81-2093\n"
    "TX DL 31877420\n"
    "Vehicle in ED lot: silver Tacoma, plate LRN-4471\n"
    "Emergency contact: sister Faith Delacruz, faithd@outlook.com\n"
    'Comms wants a "Hope on the 4th of July" story — check with Legal.',
    [
        ("NAME", "Hope Delacruz"),
        ("DATE", "07/04/1989"),
        ("SSN", "455-81-2093"),
        ("LICENSE", "31877420"),
        ("VEHICLE", "LRN-4471"),
        ("NAME", "Faith Delacruz"),
        ("EMAIL", "faithd@outlook.com"),
        ("NAME", "Hope", 2),
        ("DATE", "4th of July"),
    ],
    note="chart paste with SSN, licence and plate; birthday named twice",
)
n(
    "en",
    "eponymous_condition",
    "Tourette syndrome is not just swearing — in fact, most people with Tourette never have that symptom.\n\n"
    "This month our pediatric neurology team is hosting a free bilingual family night: Thursday, June 5, "
    "6 p.m., Sala Guadalupe. Dinner and childcare provided.\n\nRSVP: (210) 555-0150.\n\nFun fact: the condition is named "
    "for Georges Gilles de la Tourette, the French neurologist who described it in 1885.",
    "eponymous condition; hospital event date and room",
)
p(
    "es",
    "patient_story",
    "Gracias a todos por sus oraciones 🙏 el corazón nuevo ya late fuerte. #FuerzaPaco #UnidosPorPaco",
    [("NAME", "#FuerzaPaco"), ("NAME", "#UnidosPorPaco")],
    note="the patient is named only inside hashtags",
)
n(
    "es",
    "health_tip",
    "Quinceañeras, bodas, bautizos... ¡temporada de fiestas! 🎉\n\n"
    "Si tiene diabetes, no tiene que perderse la celebración: coma porciones pequeñas, prefiera agua "
    "mineral en lugar de refresco y baile todo lo que pueda. 💃🏽\n\n"
    "Clases gratuitas de nutrición en español cada martes. Inscríbase al (210) 555-0181.",
    "family celebrations in general; hospital phone",
)
p(
    "es",
    "memorial",
    "Hasta siempre, Doña Fina. 🌹 91 años de risas, rezos y buñuelos. Gracias por dejarnos ser parte de su "
    "familia estos últimos meses en el Centro de Cuidados Prolongados.\n\nSus buñuelos eran famosos en todo el piso. "
    "Este año los vamos a hacer con su receta, que nos dejó escrita a mano. 🕊️",
    [("NAME", "Fina"), ("AGE", "91")],
    note="capitalised Doña outside the span; age over 89",
)
p(
    "es",
    "thank_you",
    "Una abuelita de Monterrey nos trajo hoy una olla de tamales para todo el turno de noche. «Por cuidar a "
    "mi viejito», dijo. No quiso darnos su nombre. 🫔❤️",
    [("GEO", "Monterrey")],
    note="looks anonymous, but the patient's wife is tied to a foreign city, which is GEO",
)
n(
    "en",
    "recruitment",
    "Spanish-speaking? Love babies? 👶 Our NICU is hiring night-shift RNs. Join the @TrinidadNICU family: "
    "misiontrinidad.org/careers",
    "recruitment with the hospital's handle and domain",
)
p(
    "en",
    "discharge",
    "Summer is going home just in time for summer! ☀️ After 63 days on 3 West, she's headed back to "
    "Floresville. Enjoy the pool, girl! 🏊‍♀️",
    [("NAME", "Summer"), ("GEO", "Floresville")],
    note="capitalised name 'Summer' beside the season 'summer' in lower case",
)
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Guerra-Elizondo por su donativo de $500,000 para la nueva Unidad "
    "Materno-Infantil «Abuelita Carmen Guerra». 💐\n\n"
    "Don Óscar Guerra Elizondo nos contó que su madre, doña Carmen, fue partera en el Westside por más de "
    "40 años y ayudó a nacer a cientos de bebés.\n\n"
    "«Ella hubiera querido que ninguna mamá diera a luz sola», dijo.\n\nLa nueva unidad abrirá en la "
    "primavera.",
    "donor family and a unit named for the donor's mother, a midwife, not a patient",
)
p(
    "es",
    "pasted_record",
    "[10:42] Mari (Trabajo Social): oigan, la señora del cuarto 409 (Hilda Escamilla) dice que sí quiere que "
    "subamos lo de su nieto que le cantó por videollamada desde Matamoros 🥹 su número es 956-555-3817 por si "
    "necesitan la firma",
    [
        ("OTHER_ID", "cuarto 409"),
        ("NAME", "Hilda Escamilla"),
        ("GEO", "Matamoros"),
        ("PHONE", "956-555-3817"),
    ],
    note="pasted chat: the social worker Mari is staff; grandson's Mexican city is GEO",
)
n(
    "es",
    "statistic",
    "📊 El 38% de las mamás que dieron a luz con nosotros este año nacieron en México, Guatemala u Honduras. "
    "Por eso todos nuestros cursos prenatales son bilingües. 🤰🏽",
    "aggregate statistic; countries are never GEO",
)
p(
    "en",
    "patient_story",
    "so this is a little different than our usual posts 💛\n\n"
    "marcus, one of our dialysis patients for 6 years, got THE CALL on tuesday — a kidney match. his wife "
    "kendra screamed so loud the whole unit heard it.\n\n"
    "he had his transplant yesterday and is already complaining about the jello, which is how we know he's "
    "fine. 😂\n\nwe love you marcus. go live your life. #kidneytransplant",
    [("NAME", "marcus", "*"), ("NAME", "kendra")],
    note="all lower case; weekday and 'yesterday' not labelled",
)

# ---------------------------------------------------------------- batch 3

p(
    "es",
    "patient_story",
    "Una quinceañera que nadie va a olvidar 👑💜\n\n"
    "Dayanara Esquivel Ruiz cumplió sus XV años el sábado pasado, a mitad de su tratamiento de "
    "quimioterapia. Como no podía salir del hospital, su familia trajo la fiesta al hospital.\n\n"
    "Su chambelán de honor fue su primo Brandon, sus damas fueron sus enfermeras, y su tía Nena le puso la "
    "última muñeca mientras sonaba «Tiempo de vals». Hasta el Dr. Salinas bailó (no muy bien, la verdad 😅)."
    "\n\nDayanara, eres la quinceañera más valiente que conocemos. ¡Que vengan muchos cumpleaños más! 🎉\n\n"
    "#QuinceañeraValiente",
    [
        ("NAME", "Dayanara Esquivel Ruiz"),
        ("NAME", "Dayanara", 2),
        ("NAME", "Brandon"),
        ("NAME", "Nena"),
    ],
    note="quinceañera in hospital; cousin and aunt are relatives; 'el sábado pasado' and age 15 not labelled",
)
n(
    "es",
    "staff_spotlight",
    "¡Doble celebración en el 4 Norte! 🕊️\n\n"
    "Nuestra enfermera Araceli Domínguez bautizó este domingo a su bebé, Emiliano, en la Catedral de San "
    "Fernando. ¡Y los padrinos son dos de sus compañeras del turno de noche, Rosy y Claudia!\n\n"
    "«Ellas han estado conmigo en todo, era natural que también estuvieran en esto», dice Araceli.\n\n"
    "Felicidades a la familia Domínguez. 💙",
    "a nurse's own baby's bautizo; staff and staff family, no patient",
)
n(
    "en",
    "event",
    "🎉 FIESTA IS HERE! 🎉\n\n"
    "Our 2025 Misión Trinidad Fiesta medal is ready — featuring a tiny papel picado heart and our NICU's "
    "famous knitted sombrero.\n\n"
    "Grab yours for $10 at the gift shop (main lobby, 4700 Espada Parkway) or at our booth at the Fiesta "
    "Flambeau parade on Saturday, April 26. All proceeds support the Fundación's patient family fund.\n\n"
    "Viva Fiesta! 🌺 #FiestaSA #VivaFiesta",
    "hospital event with date and the hospital's own address",
)
p(
    "en",
    "patient_story",
    '"I never thought I\'d get to hold her again."\n\n'
    "Precious Akinyemi-Walker was 31 weeks pregnant when a car ran a red light at Military Drive and "
    "Zarzamora on August 3. She spent 18 days in our trauma ICU; her baby girl, Zuri, was delivered by "
    "emergency C-section and spent those same 18 days one floor up in the NICU.\n\n"
    "Last week, for the first time, mom and baby were together in room 318, and Precious got to hold Zuri "
    "skin-to-skin.\n\nThey're both going home this weekend. We are not crying, you are. 😭💕",
    [
        ("NAME", "Precious Akinyemi-Walker"),
        ("GEO", "Military Drive"),
        ("GEO", "Zarzamora"),
        ("DATE", "August 3"),
        ("NAME", "Zuri", "*"),
        ("OTHER_ID", "room 318"),
        ("NAME", "Precious", 2),
    ],
    note="word-name 'Precious'; the crash intersection is GEO; mother and baby are both patients",
)
n(
    "es",
    "eponymous_condition",
    "El Alzheimer no solo le pasa a quien lo tiene: le pasa a toda la familia. 💜\n\n"
    "En el Día Mundial del Alzheimer, 21 de septiembre, queremos recordarles que pedir ayuda no es "
    "abandonar a mamá o a papá. Es cuidarlos mejor.\n\n"
    "Nuestro grupo de apoyo para cuidadores se reúne el primer martes de cada mes en la Clínica del "
    "Westside, en español y con café de olla.\n\nInformes: (210) 555-0181 #DíaMundialDelAlzheimer",
    "eponymous condition, awareness day date, hospital phone",
)
p(
    "es",
    "pasted_record",
    "Nota para Comunicación (NO PUBLICAR TAL CUAL):\n"
    "Paciente: Sr. Baltazar Quintero Luna\n"
    "No. de expediente 4471-0093-2\n"
    "Fecha de ingreso 30/09, alta programada 14/10\n"
    "Esposa: Sra. Ofelia Luna de Quintero — 210-555-6604 / casa\n"
    "Hijo en Guadalajara: +52 33 5555 1178\n"
    "Domicilio: 1419 Nogalitos St., 78204\n"
    "Historia: trabajó 40 años en la empacadora y quiere agradecer a su equipo de rehabilitación.",
    [
        ("NAME", "Baltazar Quintero Luna"),
        ("MRN", "4471-0093-2"),
        ("DATE", "30/09"),
        ("DATE", "14/10"),
        ("NAME", "Ofelia Luna de Quintero"),
        ("PHONE", "210-555-6604"),
        ("GEO", "Guadalajara"),
        ("PHONE", "+52 33 5555 1178"),
        ("GEO", "1419 Nogalitos St."),
        ("GEO", "78204"),
    ],
    note="day/month dates; wife's married name 'Luna de Quintero'; son's Mexican city and phone; home address",
)
n(
    "en",
    "public_figure",
    "On June 25, 1999, San Antonio celebrated its first Spurs championship — and our ER saw 14 fans with, "
    "ahem, 'celebration injuries.' 🏆😅\n\n"
    "This NBA Finals season, have fun, hydrate, and please don't climb the light poles on Commerce Street."
    "\n\nIf someone gets hurt celebrating, call 911 — and save the victory lap for after the parade. 🏆\n\nGo "
    "Spurs Go! #PorVida",
    "historical date of a public event; anonymous injuries; a street not tied to a patient",
)
p(
    "es",
    "patient_story",
    "Don Chuy Tamez, nuestro paciente de 97 años del Centro de Cuidados Prolongados, votó hoy por primera "
    "vez desde su cama 🗳️🇺🇸 Se hizo ciudadano en marzo. ¡Nunca es tarde!\n\n«Llegué a este país para la pizca de "
    "algodón y hoy voté como ciudadano», nos dijo con su sombrero en la mano. Gracias a los voluntarios "
    "electorales que trajeron la boleta hasta su cuarto. 🇺🇸",
    [("NAME", "Chuy Tamez"), ("AGE", "97"), ("DATE", "marzo")],
    note="long-term care resident; the month of his naturalisation is a date element tied to him",
)
n(
    "es",
    "health_tip",
    "Antes de la carne asada del 4 de julio 🇺🇸🔥: lávese las manos, no deje la comida al sol más de 1 hora y "
    "tenga a la mano el número de Control de Envenenamiento: 1-800-222-1222.",
    "holiday that is nobody's event; national Poison Control line",
)
p(
    "es",
    "birth_announcement",
    "Nuestro primer bebé del Día de Reyes 👑👑👑\n\n"
    "Santiago Emmanuel Rosales llegó el 6 de enero a las 3:33 a.m. con 3.6 kilos y un pulmón de tenor. Su "
    "mamá, Aracely, dice que ya tiene su rosca reservada para el próximo año y que el muñequito le toca a "
    "él.\n\n¡Bienvenido, Santiago! Que los Reyes Magos te traigan mucha salud. 🎁",
    [
        ("DATE", "Día de Reyes"),
        ("NAME", "Santiago Emmanuel Rosales"),
        ("DATE", "6 de enero"),
        ("NAME", "Aracely"),
        ("NAME", "Santiago", 2),
    ],
    note="birth day named as a feast and as a date; 'Reyes Magos' is not the birth date",
)
n(
    "es",
    "anonymous_story",
    "Llegó en la madrugada, todavía con la tierra del surco en las botas. 🌾\n\n"
    "Un trabajador agrícola de 50 y tantos años, originario de Guanajuato, sufrió un golpe de calor mientras "
    "cosechaba sandía. Sus compañeros lo trajeron en la caja de una troca.\n\n"
    "Hoy está estable y pidió que le dijéramos a su patrón que «mañana regresa». Le dijimos que no tan "
    "rápido. 😅\n\nSi trabaja bajo el sol: agua, sombra y descanso. Su vida vale más que la cosecha. 💧",
    "anonymous farmworker; Guanajuato is a state, not GEO; age range under 90",
)
p(
    "en",
    "thank_you",
    "Shoutout to Grandpa Joe's care team on 5W! 🙌 He turned 90 on the 14th and you made it the best "
    "birthday ever. — the Kowalczyk family",
    [("NAME", "Joe"), ("AGE", "90"), ("DATE", "14th"), ("NAME", "Kowalczyk")],
    note="'the 14th' is a date element (article outside, as with Spanish 'el'); family surname signature",
)
n(
    "en",
    "recruitment",
    "Did your abuela raise you to take care of people? 💙\n\n"
    "We're hiring bilingual CNAs, unit secretaries and patient transporters at all three campuses. No "
    "experience? We'll train you — paid.\n\n"
    "✅ Tuition help for nursing school\n✅ Day-one health insurance\n✅ A team that speaks your language\n\n"
    "Apply: misiontrinidad.org/careers | Text JOBS to (210) 555-0162 #NowHiring #SATXJobs",
    "recruitment; hospital domain and careers line",
)
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos al bombero Eusebio «Chevo» Garza Leal, del SAFD Estación 23, quien "
    "falleció la madrugada del 16 de septiembre en nuestra unidad de quemados tras combatir el incendio en "
    "la calle Guadalupe.\n\n"
    "Chevo tenía 46 años, dos hijas, Xitlali y Renata, y un corazón más grande que su camión.\n\n"
    "A su esposa, Sandra, y a toda la familia del SAFD: estamos con ustedes. 🕊️🚒\n\n"
    "Descanse en paz, Chevo.",
    [
        ("NAME", "Eusebio «Chevo» Garza Leal"),
        ("NAME", "Chevo", "*"),
        ("DATE", "16 de septiembre"),
        ("GEO", "calle Guadalupe"),
        ("NAME", "Xitlali"),
        ("NAME", "Renata"),
        ("NAME", "Sandra"),
    ],
    note="a firefighter introduced by his job is the patient; the street of the fire where he was hurt is GEO",
)
n(
    "es",
    "event",
    "⛪ Bendición de las manos para todo el personal de salud este miércoles a las 7 a.m. en la capilla San "
    "Rafael. ¡Los esperamos, enfermeras, médicos, intendencia, todos! 🙏",
    "hospital event for staff; a chapel named for a saint",
)
p(
    "es",
    "discharge",
    "Y así, con mariachi y todo, salió don Reynaldo del cuarto 517 🎺 después de 3 semanas por COVID. Lo "
    "estaba esperando su nieta Jazmín con un letrero: «BIENVENIDO A CASA, BUELO». ❤️\n\nPasó 9 días con oxígeno y "
    "nos pidió recordarles a todos: vacúnense, sobre todo los abuelitos. 💉",
    [("NAME", "Reynaldo"), ("OTHER_ID", "cuarto 517"), ("NAME", "Jazmín")],
)
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers, especially in young adults. Night sweats + "
    "itching + swollen nodes that don't go away? Get checked. 🎗️\n\nIt's named for Thomas Hodgkin, the London doctor "
    "who first described it in 1832. Today, most patients are cured. Our cancer center offers second "
    "opinions in Spanish: (210) 555-0100.",
    "eponymous condition only",
)
p(
    "en",
    "patient_story",
    "OKAY WE HAVE TO TELL YOU ABOUT MISS ODESSA. 😂\n\n"
    "Miss Odessa Jean Pruitt has lived at our long-term care center since the spring, and at 98 she is the "
    "undisputed queen of Thursday bingo. She also has opinions about the Spurs' defense. Loud ones.\n\n"
    "This week she asked for one thing for her birthday on the 22nd: a visit from a real, live Spurs "
    "player. So we made some calls. 🏀\n\nStay tuned. 👀\n\n#MissOdessaWantsASpur",
    [
        ("NAME", "ODESSA"),
        ("NAME", "Odessa Jean Pruitt"),
        ("AGE", "98"),
        ("DATE", "22nd"),
        ("NAME", "#MissOdessaWantsASpur"),
    ],
    note="ALL-CAPS name; 'Miss' outside the span; 'since the spring' is a season, not labelled",
)
n(
    "es",
    "statistic",
    "Datos que nos preocupan 📉\n\n"
    "En el condado de Bexar, 1 de cada 6 adultos latinos tiene diabetes, y muchos no lo saben. En nuestras "
    "ferias de salud de este año, revisamos la glucosa de 2,870 personas: 412 tenían niveles altos y no "
    "tenían diagnóstico.\n\n"
    "Una prueba de glucosa toma 2 minutos. Es gratis en la Clínica del Westside de lunes a viernes.\n\n"
    "#DiabetesLatina #SaludSATX",
    "county statistics; aggregate numbers",
)
p(
    "es",
    "pasted_record",
    "Para el video de 'Corazones valientes' 🎥 — paciente: Leonel Ibarra Salazar, 58 años, marcapasos "
    "Medtronic serie PJN449107S, implantado el 3 de abril. Su esposa Rocío (210-555-7390) dice que él quiere "
    "salir en el video con su sombrero de los Dallas Cowboys 🙄 (ni modo)",
    [
        ("NAME", "Leonel Ibarra Salazar"),
        ("DEVICE", "PJN449107S"),
        ("DATE", "3 de abril"),
        ("NAME", "Rocío"),
        ("PHONE", "210-555-7390"),
    ],
    note="pacemaker serial number is DEVICE; the planned video is not attached, so no PHOTO",
)
n(
    "es",
    "crisis_update",
    "🌀 ACTUALIZACIÓN — Huracán en el Valle del Río Grande\n\n"
    "Esta noche recibimos a 23 pacientes trasladados desde hospitales de Brownsville y Harlingen por la "
    "evacuación. Todos están estables.\n\n"
    "Si usted busca a un familiar trasladado, llame a nuestra línea de información para familias: "
    "(210) 555-0100, opción 5. Por privacidad, no compartimos nombres en redes sociales.\n\n"
    "Gracias a nuestro personal, que se quedó horas extra para recibirlos. 💙",
    "cities of the sending hospitals describe a group of 23 patients, no individual",
)
p(
    "es",
    "thank_you",
    "Carta de la familia Sepúlveda 💌\n\n"
    "«A las enfermeras de Labor y Parto: Mi esposa, Itzel, llegó con ustedes el 28 de junio con 29 semanas "
    "y mucho miedo. Ustedes le hablaron en español, le tomaron la mano y le explicaron todo. Nuestros "
    "gemelos, Leo y Luna, nacieron esa misma noche.\n\n"
    "Hoy ya están en casa en Converse y ya comen como tragones.\n\n"
    "Nunca vamos a olvidar lo que hicieron por nosotros.\n\nCon cariño, Abraham Sepúlveda»",
    [
        ("NAME", "Sepúlveda", 1),
        ("NAME", "Itzel"),
        ("DATE", "28 de junio"),
        ("NAME", "Leo"),
        ("NAME", "Luna"),
        ("GEO", "Converse"),
        ("NAME", "Abraham Sepúlveda"),
    ],
    note="family letter: mother and twins are patients, the father signs; home town is GEO",
)
n(
    "en",
    "staff_spotlight",
    "Our Child Life specialist Hope Treviño and therapy dog Biscuit 🐶 visited 47 kids this week. Biscuit's "
    "favorite trick? Stealing tortilla chips. #TherapyDogTuesday",
    "staff member with a word-name and a therapy dog",
)
p(
    "en",
    "discharge",
    "Mr. V — as the whole 6 North team calls him — is going home today after 5 weeks with us. 🏡\n\n"
    "A proud grandpa from Eagle Pass, Mr. V came in after a fall from a ladder while trimming his pecan tree "
    "(sir, please hire someone next time 😅). Through two surgeries and a lot of physical therapy, his "
    "daughters took turns driving up from Eagle Pass and sleeping in the recliner.\n\n"
    "We'll miss your jokes, Mr. V. Stay off ladders! 🪜🚫",
    [("NAME", "V", "*"), ("GEO", "Eagle Pass", "*")],
    note="the patient appears only as an initial after 'Mr.'; home town repeated",
)
n(
    "es",
    "public_figure",
    "Emma Tenayuca tenía 21 años cuando encabezó la huelga de las nueceras en San Antonio en 1938. ✊🏽\n\n"
    "Luchó por salarios justos y por condiciones de trabajo dignas para miles de mujeres mexicanas y "
    "mexicoamericanas del Westside.\n\n"
    "Este Mes de la Historia de la Mujer, recordamos que la salud también empieza con un trabajo digno. "
    "#MesDeLaMujer #HistoriaDeSanAntonio",
    "historical public figure; her age and the year are not patient data",
)
p(
    "es",
    "patient_story",
    "Ya salió de cirugía nuestra princesa 👸🏽 mil gracias a todos los que rezaron por ella. Síganla en "
    "@princesa.xime.lucha para sus actualizaciones 💕",
    [("OTHER_ID", "@princesa.xime.lucha")],
    note="patient identified only by the family's social handle",
)
n(
    "es",
    "hospital_contact",
    "📍 ¿Cómo llegar? Urgencias: 4700 Espada Parkway, San Antonio, TX 78214. Clínica del Westside: 815 South "
    "Zarzamora Street, 78207. Cuidados Prolongados: 1250 Old Pearsall Road. 🚌 Rutas VIA 42 y 51.",
    "the hospital's own addresses and ZIP codes",
)
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 104 a nuestra paciente más sabia, doña Petra Villaseñor! 🎂🌺\n\n"
    "Doña Petra nació un 29 de junio, día de San Pedro y San Pablo, en San Juan de los Lagos, Jalisco. "
    "Trabajó en la pizca de algodón, crió 11 hijos y hoy tiene más de 60 nietos y bisnietos.\n\n"
    "Su secreto para vivir tanto: «Frijoles, fe, y no meterse en chismes». 😂\n\n¡Bendiciones, doña Petra!",
    [
        ("AGE", "104"),
        ("NAME", "Petra Villaseñor"),
        ("NAME", "Petra", "*"),
        ("DATE", "29 de junio"),
        ("DATE", "día de San Pedro y San Pablo"),
        ("GEO", "San Juan de los Lagos"),
    ],
    note="saints' feast day that is her birthday is a DATE; Mexican town with a saint's name is GEO",
)
n(
    "en",
    "health_tip",
    "Back-to-school shots, done right. 🎒💉\n\n"
    "Our FREE school vaccine clinics are back:\n"
    "📅 Saturday, August 2, 9–1 — Westside Clinic, 815 South Zarzamora Street\n"
    "📅 Saturday, August 9, 9–1 — main lobby, 4700 Espada Parkway\n\n"
    "Bring your child's shot record and ID. No insurance needed. Se habla español.\n\n"
    "Questions? (210) 555-0150",
    "event dates, hospital addresses and phone",
)
p(
    "en",
    "pasted_record",
    "FAX COVER — Misión Trinidad HIM Dept.\n"
    "To: Dr. R. Aldana, Laredo Medical Group — fax (956) 555-4412\n"
    "RE: SALAZAR, ESTEBAN — DOB 11/23/1961 — MRN 00918273\n"
    "Pages: 4\n\n"
    "(Accidentally pasted into the Hootsuite queue — DELETE)",
    [("NAME", "SALAZAR, ESTEBAN"), ("DATE", "11/23/1961"), ("MRN", "00918273")],
    note="the fax number and city belong to the receiving doctor's office, not the patient: not labelled",
)
n(
    "es",
    "research",
    "🔬 Nuevo estudio: la enfermedad de Graves y la tiroiditis de Hashimoto son más comunes de lo que se "
    "pensaba entre mujeres latinas de Texas, según investigadores de Misión Trinidad.\n\n"
    "El estudio revisó los expedientes anonimizados de 18,000 pacientes entre 2015 y 2023. La Dra. Marcela "
    "Olvera, autora principal, dice: «Muchas mujeres viven años con cansancio y palpitaciones sin saber que "
    "es la tiroides».\n\nLea el resumen en misiontrinidad.org/investigacion/tiroides",
    "research: eponymous conditions, anonymised records, a staff researcher",
)
p(
    "es",
    "patient_story",
    "Luz ya vio la luz 🌞 Después de 9 días con los ojos vendados tras su cirugía de cataratas, hoy vio por "
    "primera vez a su bisnieto Iker. ¡Qué bonito, Luz!",
    [("NAME", "Luz", "*"), ("NAME", "Iker")],
    note="name 'Luz' beside the lower-case noun 'luz'",
)
n(
    "es",
    "anonymous_story",
    "Hoy una niña de 6 años le dio a nuestra enfermera un dibujo: «Gracias por no picarme fuerte». 🖍️💉 Ese "
    "dibujo ya está pegado en la estación de enfermeras.",
    "anonymous child; no identifier",
)
p(
    "es",
    "patient_story",
    "Veinte años sin verse. 🤍\n\n"
    "Doña Rosaura Benavides llegó a nuestra unidad de cuidados paliativos en octubre. Su único deseo era ver "
    "otra vez a su hermana Eva, que vive en Nuevo Laredo y no tenía visa.\n\n"
    "Gracias a una visa humanitaria, el consulado y un trabajador social muy terco (¡gracias, Memo!), Eva "
    "cruzó el puente el viernes y llegó a la habitación 227 con un ramo de cempasúchil.\n\n"
    "Se abrazaron por una hora sin decir nada.\n\nA veces la medicina más fuerte es un abrazo. 💛",
    [
        ("NAME", "Rosaura Benavides"),
        ("DATE", "octubre"),
        ("NAME", "Eva", "*"),
        ("GEO", "Nuevo Laredo"),
        ("OTHER_ID", "habitación 227"),
    ],
    note="sister across the border: her city is GEO; the social worker Memo is staff",
)
n(
    "en",
    "sponsor",
    "Thank you, Valero, for sponsoring this year's Cinco de Mayo blood drive! 🩸 1 donation = 3 lives. Sign "
    "up: fundacionmisiontrinidad.org/blood\n\nDonors get a free paleta and a Fiesta-themed T-shirt while supplies "
    "last. 🍧 Walk-ins welcome, main lobby, 7 a.m.–3 p.m.",
    "corporate sponsor; holiday of a hospital event",
)
p(
    "es",
    "pasted_record",
    "PACIENTE: HERNÁNDEZ DE LA GARZA, JOSÉ ÁNGEL\nEDAD: 92 AÑOS\nEXP: 00-771-904\nCAMA 3, UCI\n"
    "FAM: NIETA KARLA (210) 555-1946",
    [
        ("NAME", "HERNÁNDEZ DE LA GARZA, JOSÉ ÁNGEL"),
        ("AGE", "92"),
        ("MRN", "00-771-904"),
        ("OTHER_ID", "CAMA 3"),
        ("NAME", "KARLA"),
        ("PHONE", "(210) 555-1946"),
    ],
    note="ALL-CAPS chart paste with a compound surname",
)
n(
    "es",
    "staff_spotlight",
    "Tres generaciones de enfermeras Zúñiga 💙💙💙\n\n"
    "La abuela, Dora Zúñiga, empezó en nuestra sala de partos en 1979. Su hija Sandra es hoy supervisora de "
    "la UCI. Y esta semana, su nieta Valeria se graduó de la Escuela de Enfermería de UTSA y se une al turno "
    "de noche en Pediatría.\n\n«Mi abuela me enseñó que la enfermería es rezar con las manos», dice "
    "Valeria.\n\n¡Bienvenida a la familia Trinidad, Valeria! 🎓",
    "three generations of staff; family words but no patient",
)
p(
    "en",
    "milestone_birthday",
    "Our favorite veteran, Sgt. Maj. (Ret.) Willie Mae Thompson, turned 100 on Veterans Day. 🇺🇸 Born 11/11, "
    "served in Korea, and still does 20 push-ups. Happy birthday, Sergeant Major! 🎖️",
    [("NAME", "Willie Mae Thompson"), ("AGE", "100"), ("DATE", "Veterans Day"), ("DATE", "11/11")],
    note="rank outside the span; birthday named as a holiday and as a date; Korea is a country",
)
n(
    "en",
    "crisis_update",
    "Cyberattack update 3/4: Our patient portal is back online ✅. Please reset your password at "
    "misiontrinidad.org/portal. We will NEVER ask for your SSN by text. Questions: (210) 555-0100.",
    "date of a hospital incident; hospital domain and number",
)
p(
    "es",
    "thank_you",
    "¡Gracias, familia Tijerina! 🌻 Por 3 años trajeron a su hija Consuelo a sus quimios cada martes desde "
    "Pleasanton, y hoy nos trajeron girasoles para celebrar la última. ¡Felicidades, Consuelo!",
    [("NAME", "Tijerina"), ("NAME", "Consuelo", "*"), ("GEO", "Pleasanton")],
    note="name that is a word (consolation); weekday not labelled",
)
n(
    "es",
    "event",
    "🕯️ Nuestro altar de Día de Muertos 🕯️\n\n"
    "Este año, el altar del lobby está dedicado a los trabajadores de salud que nos dejaron, a los grandes "
    "de la música tejana —Selena, Emilio Navaira, Laura Canales, Valerio Longoria— y a nuestra querida "
    "compañera de intendencia, doña Tere Salcedo, que trapeó estos pasillos por 35 años.\n\n"
    "Los invitamos a traer una foto o una flor de cempasúchil para sus seres queridos del 28 de octubre al "
    "2 de noviembre.\n\n🌼 Porque recordar también es sanar.",
    "memorial-like but for public figures and a staff member; event dates; 'foto' is not an attached photo",
)
p(
    "en",
    "birth_announcement",
    "Born on Cinco de Mayo 🇲🇽🎉: welcome, Xóchitl! 7 lbs 9 oz of pure fiesta. Congrats to mama Dulce and "
    "papa Rey. #BabiesOfMisionTrinidad",
    [("DATE", "Cinco de Mayo"), ("NAME", "Xóchitl"), ("NAME", "Dulce"), ("NAME", "Rey")],
    note="holiday as birth date; parents' names are words (sweet, king)",
)
n(
    "es",
    "eponymous_condition",
    "¿Se le cayó un lado de la cara de repente? 😶\n\n"
    "Puede ser parálisis de Bell... o puede ser un derrame cerebral. No espere a averiguarlo en casa.\n\n"
    "Recuerde RÁPIDO:\nR — Rostro caído\nÁ — Alteración del equilibrio\nP — Pérdida de fuerza en un brazo\n"
    "I — Impedimento para hablar\nD — Dificultad para ver\nO — Obtenga ayuda: llame al 911\n\n"
    "#DerrameCerebral #ActúeRápido",
    "eponymous condition (Bell); single capital letters are a mnemonic, not initials",
)
p(
    "es",
    "patient_story",
    "Nuestra compañera de la cafetería, Nieves, ¡ya está de regreso después de su operación de rodilla! 🦵 "
    "Y sí, ya volvió el pozole de los jueves. Bienvenida, Nieves ❄️",
    [("NAME", "Nieves", "*")],
    note="an employee whose surgery is disclosed is a patient; name that is a word (snows)",
)
n(
    "en",
    "anonymous_story",
    "She asked us not to share her name, her face, or even which unit she was on. So we won't. 💜\n\n"
    'But she wanted other women to hear this: "I stayed because I thought nobody would believe me. The '
    'nurse believed me in five minutes."\n\n'
    "October is Domestic Violence Awareness Month. If you are not safe at home, our ER staff can help you "
    "privately — just tell them you need to talk to a social worker. National hotline: 1-800-799-7233.\n\n"
    "#DVAM #YouAreNotAlone",
    "anonymous survivor; awareness month; national hotline",
)
p(
    "es",
    "pasted_record",
    "Ticket TI #44821: la familia de la paciente Mayra Alejandra Tovar (hab. 611) no puede entrar al portal. "
    "Usuario del portal: mayra.tovar86 · IP de la casa: 72.181.40.17 · correo del esposo: "
    "jc.tovar@hotmail.com — Comunicación: NO responder en público",
    [
        ("NAME", "Mayra Alejandra Tovar"),
        ("OTHER_ID", "hab. 611"),
        ("OTHER_ID", "mayra.tovar86"),
        ("IP", "72.181.40.17"),
        ("EMAIL", "jc.tovar@hotmail.com"),
    ],
    note="IT ticket pasted by mistake: portal user name, home IP, husband's email; the ticket number is internal",
)
n(
    "es",
    "health_tip",
    "🦟 Temporada de mosquitos: use repelente, vacíe las macetas y llantas con agua. Dengue, zika y virus del "
    "Nilo Occidental se previenen en casa. Dudas: (210) 555-0123.",
    "tip; hospital phone",
)
p(
    "en",
    "memorial",
    'It has been one year since we lost our mother, Dolores "Lola" Ybarra Cantú, in your ICU. 💐\n\n'
    "Mom was born in Piedras Negras on October 12, 1941, and crossed the bridge to Eagle Pass as a teenager. "
    "She cleaned houses in Alamo Heights for 40 years so all six of us could go to college.\n\n"
    'The night she passed, Nurse Tommy held her hand and sang "Cielito Lindo" because none of us could get '
    "there in time from Houston. We will never forget that.\n\n"
    "Thank you, Misión Trinidad. — Rachel, Gabe, and the Ybarra family",
    [
        ("NAME", 'Dolores "Lola" Ybarra Cantú'),
        ("GEO", "Piedras Negras"),
        ("DATE", "October 12, 1941"),
        ("GEO", "Eagle Pass"),
        ("GEO", "Alamo Heights"),
        ("GEO", "Houston"),
        ("NAME", "Rachel"),
        ("NAME", "Gabe"),
        ("NAME", "Ybarra", 2),
    ],
    note="family memorial: birthplace, towns of her life and the children's city are GEO; Nurse Tommy is staff",
)
n(
    "en",
    "statistic",
    "In 2024, our Spanish-language nurse line answered 48,210 calls 📞 — that's one every 11 minutes. Save "
    "it: (210) 555-0123.",
    "statistic and hospital phone",
)
p(
    "es",
    "patient_story",
    "la tía cuca ya camina sin andadera 👏👏 y ya anda regañando a todo el piso porque no le traen su "
    "cafecito. bienvenida de vuelta, tía cuca",
    [("NAME", "cuca", "*")],
    note="lower-case nickname after 'tía'",
)

# ---------------------------------------------------------------- batch 4

p(
    "es",
    "discharge",
    "¡Qué victoria! 🏆 Y no hablamos del partido de los Spurs... hablamos de Victoria Alvarado Mendoza, de "
    "8 años, que hoy terminó su último ciclo de quimio contra la leucemia.\n\n"
    "Victoria tocó la campana tan fuerte que se escuchó hasta la cafetería. Su papá, don Fermín, lloró más "
    "que nadie.\n\n¡Esta victoria es tuya, mija! 🔔",
    [("NAME", "Victoria Alvarado Mendoza"), ("NAME", "Victoria", 2), ("NAME", "Fermín")],
    note="name 'Victoria' beside the lower-case noun 'victoria' twice",
)
n(
    "en",
    "staff_spotlight",
    'Meet Dr. Guadalupe "Lupe" Ríos, our new medical director of the Westside Clinic! Born and raised on '
    "Guadalupe Street, she's come home. 🏠💙",
    "a doctor and the street she grew up on; not a patient",
)
p(
    "en",
    "pasted_record",
    "Hey team, can someone make a graphic? Pt's daughter emailed: 'Please post a happy 99th for my dad "
    "Ignacio Fuentes, room 210 at Old Pearsall, b. 9/30.' Her email: paty.fuentes.sa@gmail.com",
    [
        ("AGE", "99th"),
        ("NAME", "Ignacio Fuentes"),
        ("OTHER_ID", "room 210"),
        ("DATE", "9/30"),
        ("EMAIL", "paty.fuentes.sa@gmail.com"),
    ],
    note="'Old Pearsall' names the hospital's long-term care campus, not the patient's address",
)
n(
    "es",
    "event",
    "🎈 ¡Feliz Día del Niño! 🎈 Este 30 de abril habrá payasos, lotería y paletas para todos los niños "
    "hospitalizados y sus hermanitos. 3 p.m., terraza de Pediatría. #DíaDelNiño",
    "hospital event on a holiday; no child named",
)
p(
    "es",
    "discharge",
    "¡Devolvimos la troca! 🛻\n\n"
    "Cuando don Ignacio «Nacho» Pérez llegó a urgencias con un infarto, manejó él solito desde Poteet en su "
    "Ford 1978 y la dejó estacionada en la entrada principal. Tres semanas después, nuestro equipo de "
    "seguridad todavía la tenía guardada (placas TX 7HG-2291, por si alguien preguntaba 😅).\n\n"
    "Hoy su nieto Christian vino por él y por la troca. Don Nacho se fue manejando... de copiloto. 😂",
    [
        ("NAME", "Ignacio «Nacho» Pérez"),
        ("GEO", "Poteet"),
        ("VEHICLE", "7HG-2291"),
        ("NAME", "Christian"),
        ("NAME", "Nacho", 2),
    ],
    note="licence plate of the patient's truck is VEHICLE (value only); the model year is not an identifier",
)
n(
    "es",
    "anonymous_story",
    "Sesenta y cinco años de casados. 💍\n\n"
    "Esta semana, en nuestra unidad de cuidados intensivos, una pareja de abuelitos renovó sus votos frente "
    "al capellán. Ella, en silla de ruedas; él, con su mejor guayabera. Sus hijos y nietos llenaron el "
    "pasillo.\n\nLa familia nos pidió mantener su privacidad, pero sí quería que el mundo supiera que el amor "
    "de verdad existe. ❤️\n\n#AmorVerdadero",
    "anonymous couple; 'esta semana' is relative",
)
p(
    "en",
    "patient_story",
    "Rocky the Chihuahua wasn't allowed in, so Mrs. Ortega's grandson Dylan held him up to the window of her "
    "1st-floor room. 🐶 Best medicine. #PetsHeal",
    [("NAME", "Ortega"), ("NAME", "Dylan")],
    note="the pet's name is not labelled; honorific outside; the grandson is a relative",
)
n(
    "en",
    "public_figure",
    'Thank you, Victor Wembanyama, for reading "Where the Wild Things Are" in French, English and '
    "(attempted!) Spanish to our kids today. 📚🏀 The kids say your Spanish needs work. We say it was "
    "perfect. #PorVida",
    "public sports figure; children unnamed",
)
p(
    "es",
    "pasted_record",
    "Para Relaciones Públicas — caso «bebé del puente»:\n"
    "RN: García Olvera, bebé varón (hijo de Marisol Olvera)\n"
    "Nac. 17/03 a las 04:10 en el Puente Internacional de Laredo\n"
    "Exp. MT-5520193 | Cuenta 99-4410-07\n"
    "Póliza CHIP 7710453382\n"
    "Abuela: Sra. Hortensia Olvera, WhatsApp +52 867 555 0931",
    [
        ("NAME", "García Olvera"),
        ("NAME", "Marisol Olvera"),
        ("DATE", "17/03"),
        ("GEO", "Puente Internacional de Laredo"),
        ("MRN", "MT-5520193"),
        ("ACCOUNT", "99-4410-07"),
        ("HEALTH_PLAN", "7710453382"),
        ("NAME", "Hortensia Olvera"),
        ("PHONE", "+52 867 555 0931"),
    ],
    note="'RN' here means recién nacido; birthplace on a border bridge is GEO; CHIP policy is HEALTH_PLAN",
)
n(
    "es",
    "health_tip",
    "Nochebuena = tamales, buñuelos y ponche 🎄 Si usa insulina, no se salte sus dosis aunque esté de "
    "fiesta. ¡Feliz Navidad de parte de todo Misión Trinidad! 🎁",
    "holidays that are nobody's event",
)
p(
    "es",
    "birth_announcement",
    "Primer bebé del 2026 en San Antonio 🎆 ¡Es niña! Camila Yaretzi nació a las 12:00:47 del 1 de enero, con "
    "3.2 kg. ¡Felicidades a sus papás, Brenda y Óscar!",
    [("NAME", "Camila Yaretzi"), ("DATE", "1 de enero"), ("NAME", "Brenda"), ("NAME", "Óscar")],
    note="bare year not labelled, the day of birth is",
)
n(
    "en",
    "staff_spotlight",
    "Meet Nathan, the newest member of our Nutrition Services team! 🍎\n\n"
    "Nathan has Down syndrome, a black belt in taekwondo, and the best attendance record in the department. "
    "He delivers meal trays on 5 West and knows every patient's favorite Jell-O flavor.\n\n"
    '"I like making people smile when they feel bad," he says. Mission accomplished, Nathan. 💪\n\n'
    "#InclusionWorks #MisionTrinidadFamily",
    "an employee with an eponymous condition is staff, not a patient",
)
p(
    "en",
    "thank_you",
    "I don't usually post, but I need to say this. On January 9 I came into your ER at 2 a.m. thinking I had "
    "heartburn. It was a heart attack. I'm 41. Dr. Nwosu and the cath lab team had a stent in me in 38 "
    "minutes.\n\nI'm back coaching my son's little league team in Helotes this spring. Thank you doesn't "
    'cover it.\n\n— Armando "Mando" Gallegos',
    [("DATE", "January 9"), ("GEO", "Helotes"), ("NAME", 'Armando "Mando" Gallegos')],
    note="first-person comment from the patient; the doctor is staff; age 41 not labelled",
)
p(
    "es",
    "crisis_update",
    "⚠️ Aviso de salud pública: una persona con sarampión estuvo en nuestra sala de espera de Urgencias el "
    "14 de marzo, entre las 6 y las 9 p.m. Si usted estuvo ahí y no está vacunado, llame a nuestra línea de "
    "enfermería: (210) 555-0123.",
    [("DATE", "14 de marzo")],
    note="hard: the patient is anonymous but the date of their ER visit is a date tied to a patient",
)
p(
    "es",
    "memorial",
    "Hoy la capilla se llenó de mariachi para despedir a Don Cipriano, nuestro residente más querido, que "
    "partió el 12 de diciembre, como él quería: en el día de su Virgen. 🌹🕊️",
    [("NAME", "Cipriano"), ("DATE", "12 de diciembre"), ("DATE", "día de su Virgen")],
    note="date of death named twice (date and 'el día de su Virgen')",
)
n(
    "es",
    "sponsor",
    "¡Gracias a la Panadería La Superior y a los Caballeros de Colón del Consejo 3212 por los 800 panes de "
    "muerto para las familias de nuestros pacientes! 💀🍞",
    "sponsors; council number is not a patient id",
)
p(
    "en",
    "discharge",
    "look who's going home 👀 @baby_gia_grows! 117 days, 3 surgeries, and the sassiest side-eye on 2 East. "
    "follow her journey, y'all 💕",
    [("OTHER_ID", "@baby_gia_grows")],
    note="the baby appears only in the family's handle",
)
n(
    "en",
    "research",
    "New from our NICU: babies whose parents got skin-to-skin coaching in Spanish went home 4.2 days sooner "
    "on average (n=312). Published in J Perinatol. 🔬👶",
    "research, aggregate data",
)
p(
    "es",
    "patient_story",
    "De Zacatecas a Texas, con el corazón dividido. 💔\n\n"
    "José Luis Escobedo, de 38 años, vino con una visa de trabajo temporal a la cosecha de espinaca en "
    "Crystal City. El 21 de noviembre, una máquina le atrapó el brazo.\n\n"
    "Después de dos cirugías, ya mueve los dedos. Su esposa, Maricela, y sus hijos lo esperan en Jerez, "
    "donde le prepararon un altar con veladoras para que se aliviara.\n\n"
    "«Les voy a llevar unas botas vaqueras de San Antonio», dice. 🤠\n\n¡Pronta recuperación, José Luis!",
    [
        ("NAME", "José Luis Escobedo"),
        ("GEO", "Crystal City"),
        ("DATE", "21 de noviembre"),
        ("NAME", "Maricela"),
        ("GEO", "Jerez"),
        ("NAME", "José Luis", 2),
    ],
    note="H-2A farmworker: place of injury and family's Mexican town are GEO; Zacatecas is a state; "
    "'botas de San Antonio' is a souvenir, not his address",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra capellana, la hermana Guadalupe Rocha, cumple hoy 25 años acompañando a pacientes y familias en "
    "sus momentos más difíciles. ¡Gracias, hermana Lupe! 🙏",
    "chaplain (staff) anniversary",
)
p(
    "es",
    "pasted_record",
    "Transcripción nota de voz (Karla, Trabajo Social): «...entonces la señora Amparo, la del 3 Sur cama 8, "
    "dice que su hijo Jonathan sí quiere salir en el video del Día de las Madres, nada más que lo llamemos "
    "al 726-555-0849 antes del jueves...»",
    [("NAME", "Amparo"), ("OTHER_ID", "cama 8"), ("NAME", "Jonathan"), ("PHONE", "726-555-0849")],
    note="voice-note transcript; Karla is staff; the holiday is the video's theme, not a patient date",
)
n(
    "en",
    "health_tip",
    "It's going to hit 107° this weekend. 🥵\n\n"
    "Please check on your abuelos, tíos and elderly neighbors — especially those living alone or without "
    "A/C. Older adults can get dangerously dehydrated without ever feeling thirsty.\n\n"
    "City cooling centers are open at library branches and senior centers. Need a ride? Call 311.\n\n"
    "Signs of heat stroke (confusion, hot dry skin, fainting) = call 911.",
    "tip with family words and public numbers",
)
p(
    "en",
    "patient_story",
    "Our own ER nurse Brianna Salas has triaged hundreds of kids. On Memorial Day, she was the mom in the "
    "waiting room. 💔\n\n"
    "Her 4-year-old, Elijah, swallowed a button battery from a TV remote. Because Brianna knew the signs, "
    "she got him here in 20 minutes — and our GI team removed it before it caused lasting damage.\n\n"
    "Elijah is home, eating popsicles and bossing his sister around. Brianna asked us to share this: lock "
    "up those remotes, y'all. 🔋🚫\n\n#ButtonBatteryAwareness",
    [
        ("NAME", "Brianna Salas"),
        ("NAME", "Brianna", "*"),
        ("DATE", "Memorial Day"),
        ("NAME", "Elijah", "*"),
    ],
    note="a nurse who is a patient's mother is labelled as a relative; the injury fell on a holiday",
)
n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Huntington es hereditaria? Si alguien en su familia la tiene, nuestro "
    "consejero genético le atiende en español. Citas: (210) 555-0150 🧬",
    "eponymous condition; hospital phone",
)
p(
    "es",
    "thank_you",
    "muchas grasias a las enfermeras del 5 piso x cuidar a mi ama doña chayito, ustedes son angeles 🙏🙏 dios "
    "las bendiga — flia. cantu rdz",
    [("NAME", "chayito"), ("NAME", "cantu rdz")],
    note="lower case with typos; family surnames abbreviated (Cantú Rodríguez)",
)
n(
    "es",
    "anonymous_story",
    "Un bebé nació anoche en el estacionamiento de Urgencias 🚗👶 ¡Mamá y bebé están perfectamente! Gracias al "
    "guardia de seguridad que corrió por la silla de ruedas. #BebéDelEstacionamiento",
    "birth story with relative time only, nobody named",
)
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Hector Guadalupe Villarreal! 🎂\n\n"
    "Hector was born in Monterrey on Christmas Day and has spent most of his birthdays sharing cake with the "
    "baby Jesus, he jokes. This year he's spending it with us on 4 North after hip surgery, so his grandkids "
    "brought the whole party — tamales, a piñata, and a mariachi trio that squeezed into room 433.\n\n"
    "Feliz cumpleaños, don Héctor! 🎉",
    [
        ("AGE", "90th"),
        ("NAME", "Hector Guadalupe Villarreal"),
        ("NAME", "Hector", 2),
        ("GEO", "Monterrey"),
        ("DATE", "Christmas Day"),
        ("OTHER_ID", "room 433"),
        ("NAME", "Héctor"),
    ],
    note="name spelled with and without accent; birthday on Christmas",
)
n(
    "en",
    "hospital_contact",
    "Lost something at our hospital? 🧦📱 Lost & Found is at the main security desk, 4700 Espada Parkway. "
    "Call (210) 555-0100, option 2, or DM @MisionTrinidad.",
    "hospital address, phone and handle",
)
p(
    "es",
    "patient_story",
    "Su hija manejó 9 horas desde Torreón para estar en la cirugía de su papá. Se llama Araceli y no se ha "
    "despegado de la cama 12 ni para comer. ❤️ Eso es amor de hija.",
    [("GEO", "Torreón"), ("NAME", "Araceli"), ("OTHER_ID", "cama 12")],
    note="patient unnamed; daughter's name, her Mexican city and the bed number",
)
n(
    "es",
    "recruitment",
    "¿Eres promotora de salud? 💚\n\n"
    "Buscamos promotoras y promotores bilingües para nuestro programa de salud comunitaria en los condados "
    "de Frio, Atascosa y Medina. Visitarás a familias trabajadoras del campo, les ayudarás con citas, "
    "medicinas y seguros, y serás el puente entre ellas y nuestro equipo médico.\n\n"
    "✔️ Salario competitivo y millaje\n✔️ Capacitación pagada\n\n"
    "Aplica en misiontrinidad.org/empleos o llama al (210) 555-0162.",
    "recruitment; counties of the service area are not tied to a patient",
)
p(
    "es",
    "discharge",
    "¡El acordeón vuelve a sonar! 🪗\n\n"
    "Don Lalo Mendiola, acordeonista de conjunto que ha tocado en cada baile del Westside desde los años 70, "
    "sufrió un derrame cerebral en agosto que le paralizó la mano izquierda.\n\n"
    "Después de meses de terapia ocupacional en nuestro centro de rehabilitación, hoy tocó «Viva Seguín» "
    "para todo el equipo.\n\nSí, lloramos. 🥹 ¡Gracias, don Lalo!",
    [("NAME", "Lalo Mendiola"), ("DATE", "agosto"), ("NAME", "Lalo", 2)],
    note="a local musician who is the patient; the song title 'Viva Seguín' is not GEO",
)
p(
    "en",
    "sponsor",
    "A gift in Danny's name. 💛\n\n"
    "In 2019, Ray and Linda Moreno lost their son Danny to leukemia on our pediatric oncology floor. He was "
    "12 and loved Pokémon and the Spurs.\n\n"
    "This week the Morenos opened Danny's Den, a game room for kids in treatment, stocked with every console "
    "Danny ever asked for.\n\n"
    '"He\'d want other kids to have somewhere to just be kids," Linda said.\n\nThank you, Moreno family. 🎮',
    [
        ("NAME", "Danny", "*"),
        ("NAME", "Ray"),
        ("NAME", "Linda Moreno"),
        ("NAME", "Morenos"),
        ("NAME", "Linda", 2),
        ("NAME", "Moreno", 2),
    ],
    note="donors introduced as a patient's parents are labelled; the room named for the patient too",
)
p(
    "es",
    "pasted_record",
    "Pendiente: foto de doña Beatriz Lozano (exp. 3390-118) con su bisnieta en la Misa de la Virgen, hab. 215. "
    "Hija autoriza: betylozano@prodigy.net.mx",
    [
        ("NAME", "Beatriz Lozano"),
        ("MRN", "3390-118"),
        ("OTHER_ID", "hab. 215"),
        ("EMAIL", "betylozano@prodigy.net.mx"),
    ],
    note="a pending photo, not attached: no PHOTO",
)
n(
    "es",
    "event",
    "🎶 Este viernes 21 de marzo: Noche de conjunto tejano en el patio del Centro de Cuidados Prolongados, "
    "con el Conjunto Los Nietos. 6 p.m. ¡Traigan a sus abuelitos!",
    "hospital event; band name is not a person to label",
)
p(
    "en",
    "patient_story",
    "HUGE congrats to our patient-turned-marathoner! 🏃‍♀️ One year after her liver transplant, "
    "@RunLikeRosalinda finished the San Antonio Rock 'n' Roll Half. Go girl!!",
    [("OTHER_ID", "@RunLikeRosalinda")],
    note="the patient appears only as her social handle; the race name is an event",
)
n(
    "en",
    "anonymous_story",
    "A grandfather in our ER last night told our nurse, \"I've been coming here since it was the old hospital "
    "on Durango Street.\" That was 1961. 🏥 We're honored to still be his hospital.",
    "anonymous patient; the street is the hospital's old site; bare year",
)
p(
    "es",
    "discharge",
    "Nuestra «Chiquis» se graduó... de la UCIN. 🎓👶🏽\n\n"
    "La Chiquis —Ximena Guadalupe en su acta— nació a las 25 semanas el 8 de marzo, Día de la Mujer, y desde "
    "entonces demostró que las mujeres de su familia no se rinden: su mamá, Daniela, y su abuela, doña "
    "Chela, se turnaron 96 noches para cantarle.\n\n"
    "Hoy se fue a casa a Kyle, con su birrete hecho por las enfermeras. ¡Vuela alto, Chiquis! 💜",
    [
        ("NAME", "Chiquis", "*"),
        ("NAME", "Ximena Guadalupe"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("NAME", "Daniela"),
        ("NAME", "Chela"),
        ("GEO", "Kyle"),
    ],
    note="nickname in guillemets and with an article; birth date named twice; home town Kyle is a word-like name",
)
n(
    "es",
    "public_figure",
    "Laura Canales fue la reina de los Tejano Music Awards en los años 80 🎤 y abrió camino para todas las "
    "que vinieron después. Mujeres que hicieron historia. #MesDeLaMujer",
    "historical public figure",
)
p(
    "es",
    "milestone_birthday",
    "Doña Altagracia cumple 93 hoy 🎂 en la cama 4 del 2 Norte. Pidió pan de elote y «que le pongan a "
    "Vicente». ¡Ya se lo cantamos! 🎶",
    [("NAME", "Altagracia"), ("AGE", "93"), ("OTHER_ID", "cama 4")],
    note="'Vicente' is the singer (public figure), not labelled",
)
n(
    "en",
    "statistic",
    "How long will I wait in your ER? ⏱️\n\nFair question. Last month:\n"
    "• Median time to see a provider: 22 minutes\n"
    "• 94% of chest pain patients had an EKG within 10 minutes\n"
    "• Average length of stay for patients sent home: 3 hr 12 min\n\n"
    "We post these every month because you deserve to know. Full report: misiontrinidad.org/wait-times",
    "aggregate statistics",
)
p(
    "en",
    "pasted_record",
    "Scheduled 9:00 AM — 'Meet Baby Kai! 🌊 Born 6/21 on the first day of summer at 8 lbs even. Follow his "
    "family's blog at kaisbigadventure.blogspot.com' — NEEDS CONSENT FORM BEFORE POSTING",
    [
        ("NAME", "Kai"),
        ("DATE", "6/21"),
        ("DATE", "first day of summer"),
        ("URL", "kaisbigadventure.blogspot.com"),
    ],
    note="scheduled draft: birth date named twice; family blog URL",
)
n(
    "es",
    "health_tip",
    "¿Ya viene la quinceañera? 👑\n\n"
    "Entre el vestido, los chambelanes y el DJ, no olvide algo importante: la vacuna contra el VPH. Protege "
    "contra varios tipos de cáncer y funciona mejor entre los 9 y 12 años.\n\n"
    "Es gratis para niñas y niños con Medicaid o CHIP en nuestra Clínica del Westside. Citas: "
    "(210) 555-0181.\n\n#VacunaVPH #SaludDeQuinceañera",
    "tip about quinceañeras in general",
)
p(
    "es",
    "patient_story",
    "Cruz ya puede respirar solo 🙌 Don Cruz, de 67 años, pasó 19 días intubado. Su primera palabra fue "
    "«café». Gracias a la Cruz Roja por el traslado desde Del Rio.",
    [("NAME", "Cruz", 1), ("NAME", "Cruz", 2), ("GEO", "Del Rio")],
    note="name 'Cruz' also occurs in 'Cruz Roja' (Red Cross), left unlabelled",
    ok=("Cruz",),
)
n(
    "en",
    "crisis_update",
    "Visitor update for flu & RSV season 🤧\n\nStarting Monday, December 1:\n"
    "• 2 visitors per patient at a time\n"
    "• No visitors under 12 on the Mother-Baby and NICU units\n"
    "• Masks required in all patient areas\n\n"
    "We know family is everything, especially during las fiestas. Video visits are available on every unit "
    "— ask your nurse. Thank you for helping us protect our most fragile patients. 💙",
    "policy update with a hospital date",
)
p(
    "es",
    "memorial",
    "Para Ángel Mateo, que vivió 3 días y nos enseñó más que muchos en 100 años. 👼🏽\n\n"
    "Nació el 19 de octubre y voló al cielo el 22. Sus papás, Karen y Luis Alberto, nos pidieron compartir "
    "su nombre para que no se olvide.\n\n"
    "Octubre es el Mes de Concientización sobre la Pérdida del Embarazo y la Infancia. Si tu familia vive "
    "una pérdida así, no estás sola. 💙🩷\n\n#OlasDeLuz",
    [
        ("NAME", "Ángel Mateo"),
        ("DATE", "19 de octubre"),
        ("DATE", "22"),
        ("NAME", "Karen"),
        ("NAME", "Luis Alberto"),
    ],
    note="bare day number 'el 22' is the date of death; '100 años' is not an age; awareness month not labelled",
)
p(
    "es",
    "staff_spotlight",
    "De paciente a enfermera 💙\n\n"
    "Hace 26 años, Andrea Pizaña nació en nuestra UCIN a las 27 semanas, pesando menos de un kilo. Hoy es "
    "enfermera... en nuestra UCIN.\n\n"
    "«Mi mamá todavía tiene la foto de la enfermera que me cuidó», dice Andrea. Esa enfermera, Chela Ruiz, "
    "se jubiló hace años, pero vino a verla en su primer día. 🥹\n\n¡Bienvenida a casa, Andrea!",
    [("NAME", "Andrea Pizaña"), ("NAME", "Andrea", "*")],
    note="staff spotlight of a nurse who was our NICU patient: she is a (former) patient; the retired "
    "nurse is staff",
)
n(
    "en",
    "eponymous_condition",
    "Asperger's is no longer a separate diagnosis — it's now part of autism spectrum disorder. Our "
    "developmental clinic evaluates kids 18 months+, in English & Spanish. (210) 555-0150 🧩",
    "eponymous condition; hospital phone",
)
p(
    "en",
    "thank_you",
    "Thank you to the Flores-Tijerina family for the 40 pizzas 🍕 — and welcome home to your grandma "
    "Mercedes! 3 North misses her already.",
    [("NAME", "Flores-Tijerina"), ("NAME", "Mercedes")],
    note="donors of pizza who are a patient's family are labelled",
)
n(
    "es",
    "campaign_hashtag",
    "Comparte tu foto con el listón rosa 🎗️ usando #RosaEnElWestside y #MisiónTrinidadContigo. Por cada "
    "foto, la Fundación dona $1 para mastografías gratis.",
    "campaign hashtags; the photos are the public's, not a patient's",
)
p(
    "es",
    "pasted_record",
    "Favor de mandar el formulario de autorización de foto al fax de la familia de Rogelio Banda Ruelas: "
    "(830) 555-2047, atención a su hijo, Lic. Rogelio Banda Cano. Exp. 00-219-773. Quieren subir su "
    "historia para el 16 de septiembre, que es cuando él cumple 91.",
    [
        ("NAME", "Rogelio Banda Ruelas"),
        ("FAX", "(830) 555-2047"),
        ("NAME", "Rogelio Banda Cano"),
        ("MRN", "00-219-773"),
        ("DATE", "16 de septiembre"),
        ("AGE", "91"),
    ],
    note="the family's fax; 'Lic.' outside the son's name; birthday date and age over 89",
)

# ---------------------------------------------------------------- batch 5

n(
    "es",
    "staff_spotlight",
    "Conozcan a Esperanza «Espy» Salinas, nuestra nueva trabajadora social bilingüe en Oncología. 💜\n\n"
    "Espy creció en Laredo, hija de un trailero y una costurera. Estudió en Our Lady of the Lake y trabajó "
    "8 años con familias migrantes antes de llegar con nosotros.\n\n"
    "«Mi trabajo es que ninguna familia tenga que navegar el cáncer y el sistema de salud al mismo tiempo "
    "sin ayuda», dice.\n\nSi su familia necesita apoyo, pregunte por Espy en el 3er piso. ¡Bienvenida! 🌷",
    "staff spotlight: a social worker whose name is a word; her home town is not a patient's",
)
p(
    "es",
    "patient_story",
    "El Coach Nando Cárdenas lleva 30 años sacando muchachos de la calle en su gimnasio de box de la "
    "Castroville Road. 🥊\n\n"
    "El 3 de mayo, mientras entrenaba a sus peleadores, sintió un dolor en el pecho que le bajaba por el "
    "brazo. Uno de sus muchachos llamó al 911 y le hizo RCP hasta que llegó la ambulancia.\n\n"
    "Hoy, con tres stents y una dieta que odia, regresó al gimnasio. Sus muchachos le hicieron valla con los "
    "guantes en alto.\n\n«El corazón se me arregló, pero el genio no», dice riéndose. 😂\n\n"
    "¡Arriba, Coach! 🥊❤️",
    [("NAME", "Nando Cárdenas"), ("GEO", "Castroville Road"), ("DATE", "3 de mayo")],
    note="'Coach' is a title, also used alone as a form of address, not labelled; the gym's road is GEO",
)
n(
    "en",
    "public_figure",
    'Lydia Mendoza, "La Alondra de la Frontera," recorded "Mal Hombre" right here in San Antonio in '
    "1934 and became the first star of Tejano music. 🎶\n\n"
    "This Friday at 2 p.m., our music therapy program hosts a family singalong of her classics in the rehab "
    "gym. Bring your voice (and your abuelita). Lyrics in Spanish and English provided.",
    "historical public figure; hospital event",
)
p(
    "es",
    "pasted_record",
    "[Comunicación MT] Sandra: ya tengo la historia de la bebé del 2 Este 👶🏽\n"
    "[Comunicación MT] Sandra: se llama Itzayana Guadalupe Reséndez, nació el 30/11 con 26 semanas\n"
    "[Comunicación MT] Sandra: la mamá (Yuridia) quiere que pongamos su página: "
    "facebook.com/milagrodeitzayana\n"
    "[Comunicación MT] Rubén: ok pero sin el número de cuna porfa, ya lo pusiste arriba (cuna 14) 🙃",
    [
        ("NAME", "Itzayana Guadalupe Reséndez"),
        ("DATE", "30/11"),
        ("NAME", "Yuridia"),
        ("URL", "facebook.com/milagrodeitzayana"),
        ("OTHER_ID", "cuna 14"),
    ],
    note="pasted staff chat: Sandra and Rubén are staff; the family's page URL and the crib number",
)
n(
    "es",
    "anonymous_story",
    "Carta a Santa encontrada en Pediatría 🎅🏽✉️\n\n"
    "«Querido Santa: este año no quiero juguetes. Quiero que mi mamá ya no llore en el pasillo cuando cree "
    "que estoy dormido. Y unos tenis de luces, si te sobran.»\n\n"
    "No sabemos quién la escribió, pero Santa ya está trabajando en los dos deseos. 🎄💙",
    "anonymous child; no identifier",
)
p(
    "en",
    "discharge",
    "Pastor Ezequiel Montoya has visited our hospital every Wednesday for 22 years to pray with patients. "
    "🙏\n\n"
    "On June 18, he was the one in the bed — a ruptured appendix that turned into sepsis. For eleven days, "
    "the chaplains he trained took turns praying with him.\n\n"
    "Today Pastor Montoya went home to his congregation in Southcross. \"I've preached about grace for 40 "
    'years," he said. "This week I got to receive it."\n\nWelcome home, Pastor. ✝️',
    [
        ("NAME", "Ezequiel Montoya"),
        ("DATE", "June 18"),
        ("NAME", "Montoya", 2),
        ("GEO", "Southcross"),
    ],
    note="a visiting pastor who became the patient; 'Pastor' is a title outside the span",
)
n(
    "es",
    "event",
    "👑 Nuestra primera Quinceañera Colectiva 👑\n\n"
    "Este sábado, siete jovencitas que están en tratamiento contra el cáncer celebrarán sus XV años en el "
    "lobby de Misión Trinidad, con vestidos donados por boutiques del Westside, chambelanes de los "
    "bomberos de San Antonio y un vals coreografiado por nuestras enfermeras.\n\n"
    "Por respeto a su privacidad no publicaremos sus nombres ni fotos. Pero sí les pedimos que nos ayuden a "
    "llenarles el muro de buenos deseos. 💌 #QuinceañeraColectiva",
    "patients described as a group, unnamed; weekday only",
)
p(
    "es",
    "thank_you",
    "Mil gracias a Dios y al equipo de cirugía 🙏 mi esposo Eliseo ya está en recuperación, salió bien del "
    "bypass. Les escribo desde la sala de espera del 2do piso. — Rosalba de Ayala",
    [("NAME", "Eliseo"), ("NAME", "Rosalba de Ayala")],
    note="comment from a patient's wife signing with her married name",
)
n(
    "en",
    "health_tip",
    "Tamalada season is here! 🫔\n\n"
    "A few tips from our infection prevention team (who are also serious tamale people):\n"
    "• Keep the masa and the filling cold until you're ready to spread\n"
    "• Steam until the masa pulls cleanly from the husk\n"
    "• Cool leftovers within 2 hours — no leaving the pot on the stove overnight, tía 👀\n\n"
    "Buen provecho! #TamaladaSafety",
    "tip; 'tía' is a generic address",
)
p(
    "es",
    "patient_story",
    "Todo Prospect Hill está rezando por «el Pollo» 🐓❤️\n\n"
    "Así le dicen a Ramiro desde que tenía 5 años, y así lo conocen en la tiendita, en la iglesia y en la "
    "liga de softbol. El domingo, el Pollo se desmayó en pleno partido y lo trajeron a nuestra sala de "
    "urgencias.\n\n"
    "Hoy ya está despierto, pidiendo que le traigan su gorra de los Missions. Sus compañeros del equipo "
    "vinieron a cantarle afuera de la ventana. 🥎\n\n¡Ánimo, Pollo!",
    [("GEO", "Prospect Hill"), ("NAME", "Pollo", "*"), ("NAME", "Ramiro")],
    note="nickname that is an ordinary noun; the patient's neighbourhood is GEO; the Missions are a team",
)
n(
    "es",
    "research",
    "🌡️ Nuevo estudio: el calor extremo y los riñones\n\n"
    "Investigadores de Misión Trinidad siguieron durante dos veranos a 420 trabajadores agrícolas de los "
    "condados de Frio y Atascosa. Quienes tomaban agua con electrolitos cada hora tuvieron 40% menos "
    "lesiones renales agudas.\n\n"
    "El estudio fue financiado por los Institutos Nacionales de Salud. Resultados completos en "
    "misiontrinidad.org/investigacion/calor",
    "research on a population; counties not tied to one patient",
)
p(
    "es",
    "pasted_record",
    "Hoja de admisión (copiar solo la historia, NO los datos):\n"
    "Nombre: Efigenia Calderón Ruiz\n"
    "Seguro Social: 627-40-1188\n"
    "Fecha de nac.: 25/12/1952 (Navidad)\n"
    "Domicilio: 318 Calle Brazos, Apt. 4, San Antonio 78225\n"
    "Medicare: 1EG4-TE5-MK72\n"
    "Responsable: su yerno, Ismael Durán — ismaeld@att.net\n"
    "Historia: 40 años como costurera en la fábrica de Levi's de la Zarzamora; quiere agradecer a las "
    "enfermeras que le cosieron un vestido a su muñeca.",
    [
        ("NAME", "Efigenia Calderón Ruiz"),
        ("SSN", "627-40-1188"),
        ("DATE", "25/12/1952"),
        ("DATE", "Navidad"),
        ("GEO", "318 Calle Brazos, Apt. 4"),
        ("GEO", "San Antonio"),
        ("GEO", "78225"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("NAME", "Ismael Durán"),
        ("EMAIL", "ismaeld@att.net"),
        ("GEO", "Zarzamora"),
    ],
    note="the patient's city in her own address is GEO even though it is the hospital's city; "
    "Medicare number is HEALTH_PLAN; her workplace street is GEO",
)
n(
    "es",
    "crisis_update",
    "Se restableció la luz en el Centro de Cuidados Prolongados ⚡ Todos los residentes están bien y "
    "calientitos. Gracias a CPS Energy y a nuestro equipo de mantenimiento. 💙",
    "residents as a group; utility company",
)
p(
    "en",
    "patient_story",
    "Our Tuesday dialysis crew threw a surprise party for Mr. Mendez's 500th treatment 🎉 He brought pan dulce "
    "for everybody, because of course he did.",
    [("NAME", "Mendez")],
    note="surname after Mr. only; '500th' is a count, not an age",
)
n(
    "en",
    "campaign_hashtag",
    "This Nurses Week, tag a nurse who changed your life with #TeamTrinidad and #FuerzaEnfermería 💙 We'll "
    "share our favorites all week. (Please don't share patient details — just the love!)",
    "campaign hashtags built like name hashtags, but they name the hospital",
)
p(
    "es",
    "birth_announcement",
    "Un bautizo muy especial en la UCIN 🕊️💧\n\n"
    "El padre Tony, nuestro capellán, bautizó ayer a la pequeña Guadalupe Itzel Cantú, que nació el 2 de "
    "octubre con apenas 24 semanas. Sus padrinos, su tío Abel y su tía Yesica, la sostuvieron con guantes "
    "estériles y lágrimas en los ojos.\n\n"
    "«Queríamos que su bautizo fuera donde ella está dando la pelea», nos dijo su mamá, Rubí.\n\n"
    "¡Bendiciones, Lupita! 👶🏽💜",
    [
        ("NAME", "Guadalupe Itzel Cantú"),
        ("DATE", "2 de octubre"),
        ("NAME", "Abel"),
        ("NAME", "Yesica"),
        ("NAME", "Rubí"),
        ("NAME", "Lupita"),
    ],
    note="NICU bautizo: the chaplain is staff; godparents are relatives; 'la pequeña' outside the span",
)
n(
    "es",
    "eponymous_condition",
    "¿Cansancio que no se quita, piel más oscura y antojo de sal? 🧂\n\n"
    "Pueden ser señales de la enfermedad de Addison, un problema de las glándulas suprarrenales. Es poco "
    "común, pero se puede tratar con medicamento.\n\n"
    "Y al revés: cara redonda, panza y estrías moradas pueden ser síndrome de Cushing.\n\n"
    "Si algo no le cuadra, hable con su médico. Nuestra línea de enfermería en español: (210) 555-0123.",
    "eponymous conditions",
)
p(
    "es",
    "patient_story",
    "Manolo, el perro de terapia, visitó hoy a doña Queta en el cuarto 304 y ella le cantó «Como la flor» "
    "🐶🌹 Selena estaría orgullosa.",
    [("NAME", "Queta"), ("OTHER_ID", "cuarto 304")],
    note="the therapy dog and Selena are not labelled; the patient is",
)
n(
    "en",
    "recruitment",
    "We're hiring medical interpreters! 🗣️\n\n"
    "Spanish is a must. K'iche', Mam, Q'anjob'al or Portuguese? Even better — more and more of our "
    "patients' families speak Mayan languages, and they deserve to be understood.\n\n"
    "Full-time, benefits from day one, paid certification.\n\n"
    "Apply at misiontrinidad.org/careers or call (210) 555-0162.",
    "recruitment",
)
p(
    "en",
    "memorial",
    "Fly high, Coach Rudy. 🕊️ Rudy Salcido coached little league in Edgewood for 35 years and spent his last "
    "days with us on 6 North. The whole team came in their jerseys.",
    [("NAME", "Rudy Salcido"), ("NAME", "Rudy", "*"), ("GEO", "Edgewood")],
    note="'Coach' outside the span; the neighbourhood where he coached is GEO",
)
n(
    "es",
    "event",
    "🩸 Colecta de sangre en la Parroquia San Juan de los Lagos este domingo después de la misa de 9. ¡Una "
    "donación salva hasta 3 vidas! #DonaSangreSATX",
    "event at a parish named for a Mexican town; not a patient's place",
)
p(
    "es",
    "pasted_record",
    "Correo de la mamá (campaña UCIN):\n"
    '"Hola, soy Nayeli Guerrero, mamá de Mateo Guerrero (nació 7/7/24). Mi cel es 210-555-6170. Les adjunto '
    'el video de Mateo saliendo de la UCIN, lo pueden usar con su nombre. Gracias por todo."',
    [
        ("NAME", "Nayeli Guerrero"),
        ("NAME", "Mateo Guerrero"),
        ("DATE", "7/7/24"),
        ("PHONE", "210-555-6170"),
        ("PHOTO", "video"),
        ("NAME", "Mateo", 2),
    ],
    note="the attached video shows the patient: PHOTO cue",
)
n(
    "es",
    "statistic",
    "🎉 ¡Mil bebés nacidos en nuestra Maternidad en lo que va del año! El 58% de sus mamás eligió dar a luz "
    "con una doula o partera de nuestro programa. 👶🏽",
    "aggregate numbers",
)
p(
    "es",
    "milestone_birthday",
    "¡Gemelas de 90 años! 👵🏽👵🏽\n\n"
    "Las hermanas María de Jesús y María del Refugio Ortiz nacieron el 15 de mayo, Día de San Isidro "
    "Labrador, en un ejido cerca de Múzquiz, Coahuila. Este año las dos celebraron su cumpleaños en nuestro "
    "Centro de Cuidados Prolongados, donde viven en cuartos de al lado.\n\n"
    "Se visten igual, se pelean igual y se ríen igual. Y cuando les preguntamos cuál es la mayor, las dos "
    "dijeron «¡yo!». 😂\n\n¡Felices 90, Chuyita y Cuca!",
    [
        ("AGE", "90", "*"),
        ("NAME", "María de Jesús"),
        ("NAME", "María del Refugio Ortiz"),
        ("DATE", "15 de mayo"),
        ("DATE", "Día de San Isidro Labrador"),
        ("GEO", "Múzquiz"),
        ("NAME", "Chuyita"),
        ("NAME", "Cuca"),
    ],
    note="two residents; shared surname stated once; saint's feast day is their birthday",
)
n(
    "en",
    "eponymous_condition",
    "Raynaud's phenomenon: fingers turning white then blue in the cold? 🥶 It's common, usually harmless — "
    "but worth mentioning to your doctor. Stay warm out there, San Antonio!",
    "eponymous condition",
)
p(
    "en",
    "patient_story",
    "Every Sunday, Mr. Abernathy's granddaughter streams the Cowboys game to his tablet from Lubbock so they "
    "can yell at the refs together. 🏈\n\n"
    "This week his tablet died at halftime. So three nurses, a respiratory therapist and a very confused "
    "security guard gathered around the nurses' station TV with him for the second half.\n\n"
    "His granddaughter (@kenz.abernathy on IG, go say hi) says thank you. 💙",
    [("NAME", "Abernathy"), ("GEO", "Lubbock"), ("OTHER_ID", "@kenz.abernathy")],
    note="relative's city and handle; weekday not labelled",
)
n(
    "es",
    "public_figure",
    "Hoy recordamos al Dr. Héctor P. García, médico de Corpus Christi que fundó el American GI Forum en 1948 "
    "para luchar por la atención médica de los veteranos mexicoamericanos. 🇺🇸\n\n"
    "Su lucha sigue viva en cada veterano que atendemos en español. #MesDeLaHerenciaHispana",
    "historical public figure and his city",
)
p(
    "es",
    "discharge",
    "Itzel ya está en casa con su mamá Yesenia 🏡💕 (¿se acuerdan de la bebé de Nochebuena?) Hoy cumple 3 "
    "meses. ¡Gracias por todo su cariño!",
    [("NAME", "Itzel"), ("NAME", "Yesenia"), ("DATE", "Nochebuena")],
    note="'la bebé de Nochebuena' refers to her birth date",
)
n(
    "es",
    "hospital_contact",
    "¿Cuál número marco? 📞\n\n🚑 Emergencia: 911\n"
    "🩺 Línea de enfermería 24 horas en español: (210) 555-0123\n"
    "🤰🏽 Maternidad: (210) 555-0145\n"
    "👶🏽 Clínica de Desarrollo Infantil: (210) 555-0150\n"
    "🏥 Conmutador: (210) 555-0100\n"
    "💙 Fundación: (210) 555-0199\n\n"
    "Guárdelos en su celular. ¡Nunca sabe cuándo los va a necesitar!",
    "the hospital's own numbers",
)
p(
    "en",
    "pasted_record",
    'pt: Rocío "Chio" Benavides | DOB 1/2/45 | MRN: 55-302-617 | bed 3B, CCU | husband Aurelio cell '
    "+1 210 555 8807 | wants pic w/ mariachi",
    [
        ("NAME", 'Rocío "Chio" Benavides'),
        ("DATE", "1/2/45"),
        ("MRN", "55-302-617"),
        ("OTHER_ID", "bed 3B"),
        ("NAME", "Aurelio"),
        ("PHONE", "+1 210 555 8807"),
    ],
    note="pipe-separated chart line; international format phone",
)
n(
    "en",
    "anonymous_story",
    "One night last winter, a man walked into our ER carrying his neighbor's 6-year-old on his back. The "
    "boy's parents were working a double shift and he'd had a seizure.\n\n"
    "The neighbor didn't speak English, didn't have a car, and had walked eleven blocks in the cold.\n\n"
    "The boy is fine. The neighbor wouldn't give us his name — he just asked for a coffee and a ride home. "
    "We gave him both. ☕\n\nThat's San Antonio. 💙",
    "anonymous; season only",
)
p(
    "es",
    "patient_story",
    "Todos en Misión Trinidad conocen a don Poncho. 👮🏽‍♂️\n\n"
    "Lleva 19 años cuidando la entrada de Urgencias, saludando a cada familia por su nombre y regalando "
    "dulces a los niños que llegan asustados.\n\n"
    "En enero, don Poncho fue el que llegó en camilla: una neumonía que lo tuvo 2 semanas en nuestra UCI. "
    "Esta semana regresó a su puesto y la fila para abrazarlo llegó hasta el estacionamiento. 🤗\n\n"
    "¡Bienvenido de vuelta, Poncho!",
    [("NAME", "Poncho", "*"), ("DATE", "enero")],
    note="a security guard (employee) who became a patient; admission month",
)
n(
    "es",
    "sponsor",
    "🦁 ¡Gracias, Club de Leones de Pleasanton!\n\n"
    "Con su rifa anual y su venta de fajitas, los Leones recaudaron $18,000 para comprar sillas reclinables "
    "para los papás de nuestra UCIN.\n\n"
    "«Muchos papás del campo manejan horas para estar con sus bebés. Lo mínimo es que puedan dormir bien», "
    "dijo su presidente, el Sr. Lupe Galván.\n\n¡Gracias, Leones! 🦁💛",
    "donor club, its town and its president",
)
p(
    "es",
    "thank_you",
    "Desde Reynosa, gracias. 🇲🇽🤝🇺🇸\n\n"
    "Mi mamá, Herminia Saldaña, fue atendida en su hospital en febrero cuando vino a visitarnos y se le "
    "complicó la diabetes. Ella no habla inglés y tenía mucho miedo, pero las enfermeras le hablaban en "
    "español y hasta le rezaban el rosario.\n\n"
    "Ya está de regreso en su casa en Reynosa, con su pie completo gracias al Dr. Lozano.\n\n"
    "Dios los bendiga. — Sus hijos, Noemí y Rafael",
    [
        ("GEO", "Reynosa", "*"),
        ("NAME", "Herminia Saldaña"),
        ("DATE", "febrero"),
        ("NAME", "Noemí"),
        ("NAME", "Rafael"),
    ],
    note="cross-border family letter; the doctor is staff",
)
n(
    "en",
    "health_tip",
    "Cascarones are fun 🥚🎉 — confetti in the eyes is not. If it happens, rinse with clean water for 15 "
    "minutes and don't rub. Still red or painful? Come see us. #FiestaSafety",
    "tip",
)
p(
    "es",
    "patient_story",
    "Hoy se casaron en la capilla Gerardo y Paty 💍 Él, paciente de diálisis desde hace 4 años; ella, su novia "
    "desde la secundaria. Las enfermeras del turno de la mañana fueron las damas. 💐",
    [("NAME", "Gerardo"), ("NAME", "Paty")],
    note="patient and his bride (a household member) by first name only",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra Dra. Milagros Ayala fue nombrada una de las «Mujeres Latinas que Inspiran» de San Antonio 🏆 "
    "¡Felicidades, doctora!",
    "doctor whose name is a word; staff",
)
p(
    "en",
    "discharge",
    "Junior's going home! 🎉 13 years old, 2 weeks in the PICU after a nasty fall off his dirt bike in Von "
    "Ormy. Stay on the trails, bud. — your 5th floor fan club",
    [("NAME", "Junior"), ("GEO", "Von Ormy")],
    note="nickname 'Junior'; place of the accident",
)
n(
    "es",
    "event",
    "🎁 ¡Rosca de Reyes en Pediatría! 👑\n\n"
    "Este 6 de enero, los Reyes Magos (sí, los de verdad 😉) visitarán a todos los niños hospitalizados con "
    "juguetes, chocolate caliente y una rosca gigante de Panadería Bedoy.\n\n"
    "Al que le toque el muñequito... ¡invita los tamales el 2 de febrero!\n\n3 p.m., sala de juegos del "
    "2 Este.",
    "holiday dates of a hospital event",
)
p(
    "es",
    "pasted_record",
    "DATOS (no publicar): Paciente menor: Dulce María Ocañas Reyna, 6 años | Exp. 20-114-509 | CURP "
    "OARD190412MCLCYL07 | Tel. casa (210) 555-3021 | Tía que acompaña: Rosa Reyna",
    [
        ("NAME", "Dulce María Ocañas Reyna"),
        ("MRN", "20-114-509"),
        ("OTHER_ID", "OARD190412MCLCYL07"),
        ("PHONE", "(210) 555-3021"),
        ("NAME", "Rosa Reyna"),
    ],
    note="Mexican CURP (national id) labelled OTHER_ID; home phone",
)
n(
    "en",
    "statistic",
    "Our Westside Clinic saw 31,402 visits last year. 74% in Spanish. 0 interpreters needed on the phone, "
    "because our staff ARE the interpreters. 💪 #OrgulloDelWestside",
    "statistic",
)
p(
    "es",
    "patient_story",
    "¡¡¡ABUELITA CHELO YA CAMINA!!! 🚶🏽‍♀️🎉\n\n"
    "Perdón por los gritos, pero es que estamos muy emocionados. Doña Chelo Treviño llegó en diciembre con "
    "una fractura de cadera y nadie pensaba que volvería a caminar a sus 89 años.\n\n"
    "Pues hoy dio 40 pasos en el pasillo del 3 Sur, con su andadera y sus aretes de oro, porque «una no sale "
    "fachosa». 😂\n\n¡Así se hace, abuelita Chelo! 💪",
    [
        ("NAME", "CHELO"),
        ("NAME", "Chelo Treviño"),
        ("DATE", "diciembre"),
        ("NAME", "Chelo", 2),
    ],
    note="ALL-CAPS and normal-case name; age 89 is not over 89 and is not labelled",
)
n(
    "es",
    "anonymous_story",
    "Anoche una abuelita nos pidió que llamáramos a su hijo, que vive lejos, para decirle que estaba bien. Lo "
    "hicimos. Él lloró. Ella también. Nosotros también. 📞❤️",
    "anonymous; no place named",
)
p(
    "en",
    "thank_you",
    "To the Labor & Delivery team: my name is Guadalupe Santos. I picked strawberries in Florida and onions "
    "in Texas while I was pregnant with my daughter, and I had no doctor until your mobile clinic found me at "
    "the fields outside Dilley at 30 weeks.\n\n"
    "My daughter Esperanza was born October 2 and she is healthy and beautiful. 🍓\n\n"
    "Thank you for never making me feel like I was less because I work in the fields.",
    [
        ("NAME", "Guadalupe Santos"),
        ("GEO", "Dilley"),
        ("NAME", "Esperanza"),
        ("DATE", "October 2"),
    ],
    note="farmworker mother writing in English; states are not GEO, the town where she worked is",
)
n(
    "en",
    "crisis_update",
    "✅ UPDATE: The boil-water notice for our Old Pearsall Road campus has been lifted by SAWS. Water "
    "fountains and ice machines are back in service. Thank you for your patience, and thank you to our "
    "Facilities team for hauling 4,000 bottles of water up the stairs this week! 💧",
    "hospital campus and utility",
)
p(
    "es",
    "memorial",
    "Hoy hace un año que #SiempreConDiego nos dejó 💙⚽ Sus papás organizaron un torneo de fútbol en su "
    "honor este sábado en el parque Cassiano. ¡Ahí estaremos!",
    [("NAME", "#SiempreConDiego")],
    note="name only in the hashtag; the park is an event venue",
)
n(
    "es",
    "eponymous_condition",
    "El síndrome de Tourette no es «mala educación». 🧠 Si su hijo tiene tics, nuestra clínica de neurología "
    "pediátrica puede ayudar. (210) 555-0150",
    "eponymous condition",
)
p(
    "es",
    "patient_story",
    "Concurso de altares en el Centro de Cuidados Prolongados 🌼💀\n\n"
    "Este año ganó el altar de doña Eustolia, que lo dedicó a su esposo Melquiades con su sombrero, su "
    "cajetilla de Faros y una foto de él con Pedro Infante (¡de verdad!).\n\n"
    "Segundo lugar: don Fidencio, con un altar para su mamá hecho completamente de papel picado que él mismo "
    "cortó, a sus 94 años.\n\n"
    "¡Gracias a todos los residentes por compartir a sus seres queridos con nosotros! 🕯️",
    [("NAME", "Eustolia"), ("NAME", "Melquiades"), ("NAME", "Fidencio"), ("AGE", "94")],
    note="residents and a late husband; Pedro Infante is public; the photo on the altar is not attached",
)
n(
    "en",
    "staff_spotlight",
    "True story: we have FOUR nurses named Guadalupe on 4 North. 😂\n\n"
    "There's Lupe (nights), Lupita (days), Pita (weekends) and Guadalupe, who refuses all nicknames.\n\n"
    'When a doctor calls out "Guadalupe!" in the hallway, four heads turn. Happy Día de la Virgen to all '
    "our Guadalupes, Lupes, Lupitas and Pitas! 🌹 #NurseLife",
    "staff names and nicknames; holiday that is nobody's event",
)
p(
    "en",
    "patient_story",
    "Hey @MisionTrinidad, my tata Eulalio says the menudo in your cafeteria is better than mine. Rude. Get well "
    "soon tata ❤️ (room 508)",
    [("NAME", "Eulalio"), ("OTHER_ID", "room 508")],
    note="comment from a grandchild; the hospital handle is not labelled",
)

# ---------------------------------------------------------------- batch 6

n(
    "es",
    "health_tip",
    "🌹 Peregrinos de la Virgen: algunos consejos de nuestra enfermera de pie diabético antes de caminar el "
    "12 de diciembre:\n\n"
    "• Use calcetines secos y zapatos ya domados, no nuevos\n"
    "• Revise sus pies antes y después de caminar\n"
    "• Si tiene diabetes, lleve un dulce o jugo por si le baja el azúcar\n"
    "• Tome agua aunque haga frío\n\nQue la Virgen los acompañe. 🙏",
    "religious holiday that is nobody's event; tip",
)
p(
    "es",
    "patient_story",
    "Los matachines de la parroquia de San José bailaron hoy en el estacionamiento para don Tereso Ramos, "
    "que lleva 50 años bailando con ellos y este año, por primera vez, no pudo ir a la peregrinación. "
    "🥁🌹\n\n"
    "Don Tereso, de 81 años, se recupera de una cirugía de corazón en el 4 Norte. Lo asomamos a la ventana "
    "en su silla de ruedas, con su penacho en las piernas.\n\n"
    "«La Virgen entiende», dijo. Nosotros no pudimos contener las lágrimas.",
    [("NAME", "Tereso Ramos"), ("NAME", "Tereso", 2)],
    note="age 81 not labelled; the parish is a venue, not his address",
)
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Year: Mr. Ray Castillo! 🏆\n\n"
    "Ray is 91 years old and has rocked NICU babies every Tuesday morning since 2009. That's over 800 "
    "Tuesdays. He sings them Pedro Infante songs, off-key, and swears it helps them sleep.\n\n"
    '"At my age, you learn what matters," Ray says. "Holding a baby matters."\n\n'
    "Thank you, Ray. The babies (and their nurses) adore you. 💙",
    "a volunteer aged over 89: neither his name nor his age is labelled",
)
p(
    "es",
    "pasted_record",
    "Sra. Torres llamó a Comunicación molesta por la factura: Cuenta #7734-2290-01, paciente su esposo "
    "Valentín Torres Garza, fecha de servicio 03/02. Pide que le llamen al 210 555 9184 ext 2 (trabajo). NO "
    "es para redes, pasarlo a Servicios Financieros.",
    [
        ("NAME", "Torres", 1),
        ("ACCOUNT", "7734-2290-01"),
        ("NAME", "Valentín Torres Garza"),
        ("DATE", "03/02"),
        ("PHONE", "210 555 9184 ext 2"),
    ],
    note="billing complaint pasted by mistake: account number, date of service, wife's work phone with ext",
)
n(
    "es",
    "public_figure",
    "Rosita Fernández, «la Primera Dama de la Canción» de San Antonio, cantó durante décadas en el Teatro "
    "Arneson del River Walk. 🎶💃🏽\n\n"
    "Este Mes de la Herencia Hispana, los residentes de nuestro Centro de Cuidados Prolongados recrearon su "
    "show con vestidos de china poblana, sombreros y mucho, mucho zapateado (sentados, pero con ganas).\n\n"
    "¡Viva Rosita! #MesDeLaHerenciaHispana",
    "historical public figure; residents unnamed",
)
p(
    "en",
    "patient_story",
    "Bexar County Deputy Marisol Quiñones was directing traffic on Loop 1604 on Christmas Eve when a pickup "
    "clipped her patrol unit. 🚓\n\n"
    "Four surgeries and 61 days later, she walked out of our rehab gym today — to a line of deputies, "
    'dispatchers, and her twin boys, Gael and Adrián, holding a sign that said "MOM IS BACK ON PATROL."\n\n'
    "Well, desk duty first, Deputy Quiñones. 😉 Welcome home.",
    [
        ("NAME", "Marisol Quiñones"),
        ("GEO", "Loop 1604"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Gael"),
        ("NAME", "Adrián"),
        ("NAME", "Quiñones", 2),
    ],
    note="patient introduced by job title; crash road and holiday date; 'Deputy' outside the span; "
    "'Bexar County' names her employer (the sheriff's office), not where she lives",
)
n(
    "es",
    "anonymous_story",
    "Hace unas semanas llegó a Urgencias un papá guatemalteco que solo hablaba k'iche'. Su hija de 8 años, "
    "que sí habla español, intentaba traducir entre lágrimas.\n\n"
    "Nuestra intérprete Ixchel Tzul, que creció hablando k'iche' en su casa, llegó en 15 minutos aunque era "
    "su día libre.\n\n«Cuando escuchó su idioma, se le cayeron los hombros. Por fin podía respirar», cuenta "
    "Ixchel.\n\nEl papá está bien. La niña volvió a ser niña. 💙\n\n#AccesoLingüístico",
    "anonymous family (nationality only); the interpreter is staff",
)
p(
    "es",
    "discharge",
    "Lupillo se fue a casa 🏠 con su casco nuevo y la promesa de no volver a subirse al techo a bajar el "
    "papalote 🪁 ¡Te queremos, Lupillo! — Tus enfermeras del 2 Este",
    [("NAME", "Lupillo", "*")],
    note="diminutive alone at the start",
)
n(
    "es",
    "event",
    "Este 2 de noviembre, Misa de Difuntos en la capilla a las 12 p.m. por todos los pacientes que partieron "
    "este año en nuestro hospital. 🕯️ Las familias son bienvenidas.",
    "patients as an unnamed group; date of a hospital event",
)
p(
    "es",
    "pasted_record",
    "Formulario de consentimiento — foto/video\n"
    "Nombre del paciente: Yahir Alonso Lucio Pardo\n"
    "Fecha de nacimiento: 09-ago-2013\n"
    "No. de expediente: A-004-77312\n"
    "Padre/tutor: Yolanda Pardo Ríos\n"
    "Dirección: 5611 Pinn Rd, Lote 22, San Antonio, TX 78227\n"
    "Correo: yoli.pardo@icloud.com\n"
    "Firma: ________",
    [
        ("NAME", "Yahir Alonso Lucio Pardo"),
        ("DATE", "09-ago-2013"),
        ("MRN", "A-004-77312"),
        ("NAME", "Yolanda Pardo Ríos"),
        ("GEO", "5611 Pinn Rd, Lote 22"),
        ("GEO", "San Antonio"),
        ("GEO", "78227"),
        ("EMAIL", "yoli.pardo@icloud.com"),
    ],
    note="consent form: street with lot number, city and ZIP are GEO, the state is not",
)
n(
    "en",
    "research",
    "Our cardiologists found that Spanish-speaking heart failure patients who got follow-up calls in Spanish "
    "had 27% fewer readmissions. Read it: misiontrinidad.org/research 🫀",
    "research, aggregate",
)
p(
    "en",
    "milestone_birthday",
    'HAPPY 100TH BIRTHDAY TO MISS EULA MAE!!! 🎂💯 Our oldest resident says the secret is "minding your own '
    'business and a little Big Red." 🥤',
    [("AGE", "100TH"), ("NAME", "EULA MAE")],
    note="ALL CAPS: age token with suffix; 'MISS' outside the span; Big Red is a soda",
)
n(
    "es",
    "staff_spotlight",
    "¡Felicidades al Dr. Trinidad «Trino» Garza, que hoy cumple 40 años como médico familiar en la Clínica "
    "del Westside! 🩺\n\n"
    "El Dr. Trino ha atendido a tres generaciones de familias del Westside: abuelas, hijas y nietas. Muchos "
    "de sus pacientes de hoy son los bebés que él recibió en los 80.\n\n"
    "«Yo no tengo pacientes, tengo compadres», dice riéndose.\n\n"
    "Gracias, doctor, por cuatro décadas de cariño. 💙",
    "a doctor who shares the hospital's name; patients unnamed",
)
p(
    "es",
    "thank_you",
    "gracias misión trinidad x cuidar a mi hijo kevin cuando tuvo el acsidente en la carretera 90 😭 ya esta "
    "en la casa en castroville. dios los bendiga",
    [("NAME", "kevin"), ("GEO", "carretera 90"), ("GEO", "castroville")],
    note="lower case with typos; crash road and home town in lower case",
)
n(
    "es",
    "statistic",
    "Tu código postal no debería decidir cuántos años vives. 📍\n\n"
    "Según datos del condado, en algunos códigos postales del Westside como el 78207, la esperanza de vida "
    "es de unos 69 años; en zonas del norte de la ciudad, supera los 84.\n\n"
    "Por eso abrimos nuestra Clínica del Westside, y por eso seguimos llevando la clínica móvil a donde está "
    "la gente.\n\n#SaludEsJusticia",
    "a ZIP code and ages as population statistics; 'esperanza' is the noun",
)
p(
    "es",
    "patient_story",
    "Doña Caridad Zamora Elizondo, residente de nuestro Centro de Cuidados Prolongados, tejió 300 gorritos "
    "para los bebés de la UCIN este año. 🧶👶🏽\n\n"
    "A sus 96 años, dice que tejer la mantiene «con la cabeza en su lugar». Aprendió de su abuela en "
    "Sabinas, Coahuila, y desde entonces no ha soltado las agujas.\n\n"
    "Cada gorrito lleva una etiqueta que dice: «Tejido con amor por la abuelita Caridad». 💕\n\n"
    "La caridad bien entendida empieza... con gorritos. 😉",
    [
        ("NAME", "Caridad Zamora Elizondo"),
        ("AGE", "96"),
        ("GEO", "Sabinas"),
        ("NAME", "Caridad", 2),
    ],
    note="resident (patient) who volunteers; name 'Caridad' beside the noun 'caridad'",
)
n(
    "en",
    "hospital_contact",
    "Need a copy of your medical records? 📄 Request them online at misiontrinidad.org/records or call "
    "Health Information at (210) 555-0100, option 4. Please don't send record requests by DM — we can't "
    "accept them here. 🔒",
    "hospital domain and number",
)
p(
    "es",
    "birth_announcement",
    "¡Nació la primera bebé del Día de las Madres! 💐 Abril Guadalupe llegó el 10 de mayo a las 6:05 a.m. Su "
    "mamá, Rocío, dice que es el mejor regalo que ha recibido. 👶🏽",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Abril Guadalupe"),
        ("DATE", "10 de mayo"),
        ("NAME", "Rocío"),
    ],
    note="a baby named for a month (born in May); birth date named twice",
)
n(
    "es",
    "crisis_update",
    "🌧️ ALERTA POR INUNDACIONES\n\n"
    "Por las lluvias fuertes, cerramos hoy la Clínica del Westside, y el Centro de Cuidados Prolongados no "
    "recibirá visitas hasta nuevo aviso. Todos los residentes están bien.\n\n"
    "Urgencias en 4700 Espada Parkway sigue abierta. Si su calle está inundada: ¡dé la vuelta, no se ahogue! "
    "🚗🚫\n\nActualizaciones: @MisionTrinidadES",
    "crisis update; hospital address and handle",
)
p(
    "es",
    "patient_story",
    "Doña Esperanza y don Felipe cumplieron 70 años de casados en el cuarto 312 💍 Él le llevó mariachi; ella "
    "le llevó el caldo. 😂",
    [("NAME", "Esperanza"), ("NAME", "Felipe"), ("OTHER_ID", "cuarto 312")],
    note="a patient and spouse; which one is in the bed does not matter, both are labelled",
)
n(
    "es",
    "campaign_hashtag",
    "¡Gracias por cada mensaje para nuestros pacientes! 💌 Sigan usando #CartasParaLaUCIN y #AbrazosDeLejos "
    "— las enfermeras se las leen a los papás cada noche.",
    "campaign hashtags",
)
p(
    "en",
    "pasted_record",
    "FYI the Garcia baby in NICU pod 4 (mom: Jackie, 210-555-7743) is NOT the Garcia baby from the news "
    "story — do not tag.",
    [("NAME", "Garcia", "*"), ("OTHER_ID", "pod 4"), ("NAME", "Jackie"), ("PHONE", "210-555-7743")],
    note="two babies with the same surname, both patients; NICU pod number with keyword",
)
n(
    "es",
    "eponymous_condition",
    "¿Creció en un rancho con techo de palma o de adobe? 🏚️\n\n"
    "La enfermedad de Chagas la transmite la «chinche besucona», que vive en grietas de casas de adobe y "
    "gallineros, también aquí en el sur de Texas. Muchas personas la tienen por años sin síntomas, hasta que "
    "afecta el corazón.\n\n"
    "La prueba es un simple análisis de sangre. Pregunte en la Clínica del Westside: (210) 555-0181.",
    "eponymous condition",
)
p(
    "es",
    "memorial",
    "Descanse en paz, Nicolás. 🕊️\n\n"
    "Nicolás Hernández Tapia tenía 27 años y trabajaba en las huertas de durazno de Stonewall cuando sufrió "
    "el accidente que le quitó la vida el 14 de julio. Murió en nuestra UCI, acompañado de sus compañeros de "
    "cuadrilla, porque su familia estaba en México.\n\n"
    "Gracias a una colecta de sus compañeros y de nuestro personal, su cuerpo regresó a su pueblo, "
    "Matehuala, donde lo esperaban su mamá, doña Esther, y su hija de 3 años, Nicole.\n\n"
    "Que la tierra le sea leve. 🌹",
    [
        ("NAME", "Nicolás Hernández Tapia"),
        ("NAME", "Nicolás", "*"),
        ("GEO", "Stonewall"),
        ("DATE", "14 de julio"),
        ("GEO", "Matehuala"),
        ("NAME", "Esther"),
        ("NAME", "Nicole"),
    ],
    note="farmworker memorial: work town and home town in Mexico are GEO; the country is not",
)
n(
    "en",
    "anonymous_story",
    'A 4-year-old in our ER asked if the X-ray machine could see his dreams. 🩻💭 Our tech said "only the '
    "good ones.\" We're keeping him. (Not really. He went home.)",
    "anonymous child",
)
p(
    "es",
    "patient_story",
    "«Mi papá siempre decía que quería ver nacer a su primer nieto.» 🥹\n\n"
    "Y lo logró. Desde su cama en la UCI, por videollamada, vio nacer a Emiliano, hijo de su hija Karla, en "
    "nuestra sala de partos dos pisos abajo. Las enfermeras de los dos pisos se coordinaron por radio.\n\n"
    "La familia es de Fresnillo y llevaba meses esperando este día. Bienvenido, Emiliano. 💙",
    [("NAME", "Emiliano", "*"), ("NAME", "Karla"), ("GEO", "Fresnillo")],
    note="the ICU patient is unnamed; his daughter and newborn grandson (also a patient) are named",
)
n(
    "es",
    "research",
    "Reclutamos familias con niños con enfermedad de Crohn para un estudio sobre la dieta mexicana "
    "tradicional 🌽🫘 Info: investigacion@misiontrinidad.org",
    "research recruitment; eponymous condition; hospital email",
)
p(
    "en",
    "thank_you",
    "Mom has Alzheimer's and most days she doesn't know my name. But on Sunday, when Nurse Yvette put on Los "
    'Panchos, she sang every word of "Sabor a Mí" and called me "mijo." 💔❤️\n\n'
    "Thank you to the whole memory care team at Old Pearsall for taking care of Graciela Ontiveros like she's "
    "your own mother.\n\n— Her son, Danny",
    [("NAME", "Graciela Ontiveros"), ("NAME", "Danny")],
    note="eponymous condition of a named patient; the nurse and the trio Los Panchos are not labelled",
)
n(
    "es",
    "staff_spotlight",
    "Conozcan a Sol, nuestra nueva perrita de terapia 🐕☀️ Sol visita Pediatría lunes y jueves. Su "
    "especialidad: dejarse abrazar.",
    "a therapy dog with a word-name",
)
p(
    "es",
    "pasted_record",
    "Paciente llegó en su propio camión: placas de Coahuila FKR-44-17, licencia de conducir mexicana No. "
    "05071988221. Nombre: Ramón Ibarra Castañeda. Esposa en Monclova: +52 866 555 7302. Quiere que avisemos "
    "a su patrón en Uvalde.",
    [
        ("VEHICLE", "FKR-44-17"),
        ("LICENSE", "05071988221"),
        ("NAME", "Ramón Ibarra Castañeda"),
        ("GEO", "Monclova"),
        ("PHONE", "+52 866 555 7302"),
        ("GEO", "Uvalde"),
    ],
    note="Mexican plate and driver's licence; wife's city and phone; the employer's town is tied to the patient",
)
n(
    "es",
    "health_tip",
    "¿Su bebé tiene fiebre y menos de 3 meses? 🌡️👶🏽 No espere: llévelo a urgencias de inmediato. No le dé "
    "medicina sin preguntar. Línea de enfermería 24/7: (210) 555-0123",
    "tip; hospital line",
)
p(
    "es",
    "patient_story",
    "Les presentamos a La Reina del 5 Oeste 👑\n\n"
    "Doña Reina Maldonado lleva 2 meses con nosotros, and she runs this floor. Cada mañana les pregunta a las "
    "enfermeras quién está casada, quién está soltera y quién necesita un novio. 😂\n\n"
    "Ayer juntó a nuestro enfermero Chris con la terapeuta respiratoria Dani. Van a salir el sábado. "
    "💕\n\nReina, you are a menace and we love you.",
    [("NAME", "Reina Maldonado"), ("NAME", "Reina", "*")],
    note="name that is a word (queen) used in a pun; Chris and Dani are staff; Spanglish",
)
n(
    "en",
    "sponsor",
    "THANK YOU @SanAntonioFC for donating 200 soccer balls to our pediatric patients! ⚽ The hallways of "
    "2 East will never be quiet again.",
    "a sponsor's handle, not a patient's",
)
p(
    "es",
    "discharge",
    "Don Goyo ya se fue a su rancho en Devine 🐄 después de 2 semanas en el 6 Norte. Nos dejó un costal de "
    "nueces y una advertencia: «No me vuelvan a poner gelatina verde». 🟢",
    [("NAME", "Goyo"), ("GEO", "Devine")],
)
n(
    "es",
    "anonymous_story",
    "La primera vez que escuchamos mixteco en nuestra sala de partos, nadie entendía nada. 🗣️\n\n"
    "Una mamá oaxaqueña de 19 años llegó en pleno trabajo de parto. No hablaba inglés y muy poco español. "
    "Su esposo estaba en el campo, a dos horas.\n\n"
    "Una de nuestras técnicas, hija de oaxaqueños, la reconoció por su bordado y le habló en su idioma. La "
    "mamá le apretó la mano y no la soltó hasta que nació su bebé.\n\n"
    "Hoy tenemos intérpretes de mixteco por teléfono las 24 horas. Porque cada mamá merece entender lo que "
    "le pasa. 💜",
    "anonymous mother; 'oaxaqueña' names a state of origin; age under 90",
)
p(
    "es",
    "pasted_record",
    "DM recibido 11:48 p.m.: «hola buenas noches, soy la hermana de Brenda Yazmín Soto, la muchacha que "
    "trajeron del accidente en la Loop 410 y Marbach, nadie nos dice nada, mi número es 210-555-8460 "
    "porfavor»",
    [
        ("NAME", "Brenda Yazmín Soto"),
        ("GEO", "Loop 410"),
        ("GEO", "Marbach"),
        ("PHONE", "210-555-8460"),
    ],
    note="DM from a sister pasted into the queue; crash intersection is GEO",
)
n(
    "es",
    "event",
    "🌾 Feria de Salud para Trabajadores del Campo\n\n"
    "📅 Domingo 5 de octubre, 8 a.m. a 2 p.m.\n"
    "📍 Estacionamiento de la iglesia de San Antonio de Padua, Pearsall\n\n"
    "Exámenes de presión, glucosa y vista; vacunas; revisión de pies; consulta legal gratuita y ¡menudo "
    "para todos!\n\nNo se necesita seguro ni papeles. Solo traiga a su familia. 💚",
    "event venue and town, not tied to a patient",
)
p(
    "en",
    "patient_story",
    "Meet Blue. 💙 He's 6, loves monster trucks, and one month after his bike crash, he came back to our "
    "trauma team to pick up the 1,000th free helmet we've given away. Wear it every time, Blue! 🚲",
    [("NAME", "Blue", "*")],
    note="a colour word used as a name; '1,000th' is a count",
)
n(
    "es",
    "statistic",
    "Cada año, 1 de cada 3 adultos mayores de 65 se cae. Y en los mayores de 90, el riesgo es todavía más "
    "alto. 🦯 Revise su casa: tapetes, luz, barandales.",
    "population ages, including over 90, are not labelled",
)
n(
    "en",
    "public_figure",
    "Happy birthday, San Antonio! 🎂\n\n"
    "On May 1, 1718, Misión San Antonio de Valero — the future Alamo — was founded on the banks of the San "
    'Antonio River. Three hundred years later, we\'re proud to carry the word "Misión" in our name and to '
    "keep caring for this city.\n\nFeliz cumpleaños, SATX. 💙 #SanAntonioDay",
    "historical date of the city, not a patient",
)
p(
    "es",
    "patient_story",
    "Doña Fe nunca perdió la fe. 🙏\n\n"
    "Doña Fe Galindo pasó 6 semanas en nuestra UCI por COVID el invierno pasado. Hoy volvió para entregar 60 "
    "rosarios que hizo a mano, uno para cada enfermera y terapeuta que la cuidó.\n\n"
    "«Ustedes fueron mis ángeles. Ahora les toca a ustedes que alguien rece por ustedes», nos dijo.\n\n"
    "Gracias, doña Fe. 💐",
    [("NAME", "Fe Galindo"), ("NAME", "Fe", "*")],
    note="two-letter name 'Fe' beside the noun 'fe'",
)
n(
    "es",
    "staff_spotlight",
    "¡Feliz jubilación, doña Mague! 🎉🧹\n\n"
    "Después de 33 años en nuestro equipo de limpieza, Margarita «Mague» Hinojosa cuelga la escoba. Conoce "
    "cada rincón del hospital, cada elevador que se atora y cada enfermera que necesita un abrazo a las 3 de "
    "la mañana.\n\n"
    "Se va a Rio Grande City a cuidar a sus nietos y a su jardín de rosas. 🌹\n\n"
    "¡Gracias por tanto, Mague! Te vamos a extrañar.",
    "retiring staff member and her town",
)
p(
    "es",
    "pasted_record",
    "Recordatorio interno: la paciente de la cama 22 (Sra. Montelongo) NO autorizó fotos. Por favor borren "
    "la historia de IG que subieron a las 3:15.",
    [("OTHER_ID", "cama 22"), ("NAME", "Montelongo")],
    note="internal reminder that still names the patient and her bed",
)
n(
    "en",
    "recruitment",
    "Bilingual? Compassionate? Night owl? 🦉 Our ER is hiring. misiontrinidad.org/careers",
    "recruitment",
)
p(
    "es",
    "thank_you",
    "¡Gracias, San Antonio! 💌\n\n"
    "Santiaguito recibió más de 2,300 tarjetas para su cumpleaños número 5, el 25 de julio, día de Santiago "
    "Apóstol. 🎉🎂 Lleva 3 meses en nuestra unidad de trasplantes esperando un hígado, y cada tarjeta la "
    "pegamos en la pared de su cuarto.\n\n"
    "Su mamá dice que ahora Santiaguito quiere ser cartero. 📬",
    [
        ("NAME", "Santiaguito", "*"),
        ("DATE", "25 de julio"),
        ("DATE", "día de Santiago Apóstol"),
    ],
    note="birthday named twice, once through a saint whose name contains the boy's",
)
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Lyme es rara en Texas, pero no imposible. 🌲 Si va de campamento al Hill Country, revise "
    "su piel después. ¿Ronchita en forma de tiro al blanco? Vaya al médico.",
    "eponymous condition; a region, not a patient's",
)
p(
    "en",
    "discharge",
    "Major is headed home! 🎖️👶🏽\n\n"
    "Born at 28 weeks on the Fourth of July, Major Padilla spent 74 days in our NICU. His dad, Staff Sgt. "
    "Luis Padilla, came straight from his shift at JBSA-Lackland every night to do skin-to-skin, still in "
    "uniform.\n\n"
    "Today Major weighs 5 lbs 11 oz and has officially outranked everyone in the family. 😂\n\n"
    "Thank you for your service, Sergeant — and welcome to the world, Major!",
    [
        ("NAME", "Major Padilla"),
        ("NAME", "Major", "*"),
        ("DATE", "Fourth of July"),
        ("NAME", "Luis Padilla"),
        ("GEO", "JBSA-Lackland"),
    ],
    note="a baby named like a military rank; the father's rank is outside the span; his base is GEO",
)
n(
    "es",
    "crisis_update",
    "🚧 Obras en la entrada de Espada Parkway: use la entrada norte para Urgencias hasta el 30 de junio. "
    "Disculpe las molestias.",
    "hospital construction date",
)
p(
    "es",
    "patient_story",
    "Chuy y Lupita, nuestros pacientes de diálisis más enamorados, celebraron 60 años de casados entre "
    "máquina y máquina 💕 Él le llevó una rosa; ella, una torta de jamón.",
    [("NAME", "Chuy"), ("NAME", "Lupita")],
    note="two patients by diminutive only",
)
n(
    "es",
    "anonymous_story",
    "Cerramos el año con gratitud. 🙏✨\n\n"
    "Este año en Misión Trinidad nacieron 6,812 bebés, atendimos más de 90,000 visitas en Urgencias y nuestra "
    "clínica móvil recorrió 41,000 millas por los caminos del sur de Texas.\n\n"
    "Pero lo que más recordamos no son los números: es la abuelita que nos trajo tamales, el papá que durmió "
    "90 noches en un sillón, la niña que tocó la campana.\n\n"
    "Gracias, San Antonio, por confiarnos a su familia. ¡Feliz Año Nuevo! 🎆",
    "year-end summary with anonymous people; '90 noches' is not an age",
)

if __name__ == "__main__":
    S.main("phi_dev8_source")
