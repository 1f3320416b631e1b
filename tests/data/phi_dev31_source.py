"""Blind development set d31 for the PHI scanner: tests/data/phi_dev31.jsonl.

Organisation: Sierra del Norte Medical Center, El Paso, TX (phi_dev31_org.json): four sites (Montana
campus, Lower Valley clinic on Alameda, Northeast clinic on Dyer near Fort Bliss, Socorro clinic on
Horizon Boulevard), six (915) 555-01xx phones, domains sierradelnortehealth.org and sdnmc.org,
handles @SierraDelNorteMC, @SDNSalud, @SDNFoundation.
Focus: a border hospital: families from Ciudad Juárez, the Valle de Juárez and Las Cruces, Fort Bliss
soldiers and their families, heat illness (bridge lines, ruck marches, roofers, desert crossings),
migrant care, quinceañeras, Día de los Muertos ofrendas, Mexican and Central American names (two
surnames, Guadalupe/Lupe/Lupita, Jesús/Chuy, Concepción/Conchita, Socorro, Refugio), names that are
ordinary words or places (Reina, Nieves, Paz, Esperanza, Cielo, Luz, Dolores, Cruz, Santos, Luna,
Anthony, Socorro), Spanglish and ALL-CAPS comments, pasted ADT/billing/portal/IT/security records with
Mexican and US identifiers (CURP, INE, A-number, DoD ID, TRICARE, Medicaid, border-crossing card).
Language mix: 240 posts, 108 English and 132 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A city (El Paso, Juárez, Las Cruces...) is GEO only when it is the patient's or a relative's home,
  birthplace, workplace or the place of the injury; as the hospital's city, the weather, an event, a
  product origin ("chile from Hatch", "pan de Juárez") or the audience ("if you live in Juárez") it is not.
- Fort Bliss (a census-designated place) is GEO when it is a patient's or relative's post or the injury
  site; in recruitment, staff and community posts it is not.
- Injury sites named as roads, bridges, parks, ranges or job sites (I-10, Loop 375, Carretera 62/180,
  Juárez-Porvenir, Puente Libre, Ascarate Park, Doña Ana range, a roof in Horizon City) are GEO when tied
  to one identified patient. A mass-casualty update about a group of unnamed patients does not label the
  crash road (d31 #110); a crisis update that names one patient does (#39).
- Colonias and neighbourhoods: the name only ("colonia Bellavista" -> "Bellavista", "Col. Centro" ->
  "Centro"); streets keep their house number and type word ("212 Calle Lerdo", "calle Yandell").
- The hospital's own facilities (the Socorro clinic, the Fabens dialysis unit, the Alameda pharmacy,
  parking lot P2, the ED entrance) are never GEO, even in a post about a named patient; the clinic's town
  "Socorro" beside a patient named Socorro is declared ok.
- An unnamed single patient is still patient-specific when an identifier is given: an age over 89
  ("97 años", "noventa y cuatro", "aproximadamente 90"), a home town/colonia, or a death date
  (anonymous_story and memorial positives). Ages of 89 or less are never labelled ("Eighty-nine-year-old").
- "centenario" (a 100th birthday), "centenaria", "nonagenaria", "nonagenarian", "centenarian" are AGE;
  "centenarians" as a population count is not. Age in words: "one hundred", "Ciento un" (unit word
  excluded), "90yo" and "90TH" as single tokens.
- Dates tied to the patient include quinceañera dates, relapse months, appointment and scheduled surgery
  dates, coverage-end dates and service dates; a holiday is DATE when it is the patient's event (Día de
  Reyes, Nochebuena, Labor Day, All Saints' Day, Día de las Madres, Día del Trabajo...), with both
  expressions labelled when the day is named twice. Holidays only mentioned (Christmas plans, the coming
  Father's Day, the Día de los Muertos on which a memorial is posted, a community feast day) are not.
- Staff, volunteers and public figures who were patients are labelled; a staff member who is a
  patient's daughter is labelled as the relative (#151). A patient's relative named without the patient
  is labelled (#141, #213). Donors are labelled only when introduced as a patient's relatives (#43).
- Name suffixes Sr./Jr. are treated like honorifics and left out; "Big" in "Big Mike" and "Chiquita" in
  "Lupe Chiquita" are descriptive words and left out. Religious "Jesús" beside a patient named Jesús is
  declared ok.
- Identifier types: family social handles and portal user names -> OTHER_ID; fundraiser and family
  Facebook links -> URL; CURP, INE voter card, Mexican passport, border-crossing card (visa láser),
  US alien number, DoD ID and wristband numbers -> OTHER_ID; TRICARE DBN, Medicaid, private policy ->
  HEALTH_PLAN; Texas driver's licence -> LICENSE; plates and a truck VIN -> VEHICLE; pacemaker and
  insulin-pump serials and the MAC address of a patient's own tablet -> DEVICE; its IP -> IP;
  "NHC"/"Ref. paciente" record numbers -> MRN; "Loc: 5E-507-A", "Bay 6", "cuna 6" -> OTHER_ID with
  their keyword. The IP-geolocated city of a patient's portal login is GEO.
- PHOTO only where the attached picture/video shows the patient ("video", "En la foto", "Pictured");
  a photo placed on the hospital ofrenda or a recording that is not said to be attached is not PHOTO.
- Family phone numbers in the (915) 555-01xx range that are not the hospital's are labelled PHONE/FAX.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev31.jsonl"), os.path.join(HERE, "phi_dev31_org.json"), "d31")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Guadalupe Itzel! 💕 Our L&D team delivered this little one at 12:04 a.m. on "
    "December 12, the Día de la Virgen de Guadalupe, so of course mom Araceli already had the name picked. "
    "7 lbs 2 oz of pure joy.",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "December 12"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Araceli"),
    ],
    note="baby and mother named; birth date given twice (date and feast day), both DATE; the clock time is "
    "not a date",
)

# 2
n(
    "es",
    "staff_spotlight",
    "Conozcan a Guadalupe 'Lupe' Chávez, enfermera de parto con 22 años en Sierra del Norte. Ha recibido a "
    "más de 3,000 bebés, incluidos dos de sus propios nietos. ¡Gracias, Lupe, por tanto cariño!",
    "staff nurse; her grandchildren are mentioned without any identifier",
)

# 3
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a don Jesús 'Chuy' Armendáriz Soto, de 94 años, voluntario de nuestra "
    "capilla por 15 años y paciente de nuestra unidad de cuidados paliativos en sus últimas semanas. "
    "Falleció en paz el 2 de noviembre, Día de los Muertos, rodeado de su familia en la habitación 514. "
    "Descanse en paz, Chuy.",
    [
        ("NAME", "Jesús 'Chuy' Armendáriz Soto"),
        ("AGE", "94"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("OTHER_ID", "habitación 514"),
        ("NAME", "Chuy", 2),
    ],
    note="a volunteer who was also our patient: labelled as a patient; death date named twice",
)

# 4
n(
    "en",
    "health_tip",
    "Triple digits all week, El Paso ☀️ Heat stroke can look like confusion, hot dry skin or a pounding "
    "headache. If you're working outside on Alameda or waiting in the bridge line, drink water every 15–20 "
    "minutes, even if you're not thirsty. Call 911 for confusion or fainting.",
    "general heat advice; places are the audience's, not a patient's",
)

# 5
p(
    "es",
    "patient_story",
    "Hace tres semanas, Wilmer, de 19 años, llegó a nuestra sala de emergencias con una temperatura de "
    "107°F después de caminar por el desierto cerca de Santa Teresa. Hoy salió caminando por su propio pie. "
    "Su mamá, doña Reina, viajó desde San Pedro Sula para abrazarlo. 🙏",
    [
        ("NAME", "Wilmer"),
        ("GEO", "Santa Teresa"),
        ("NAME", "Reina"),
        ("GEO", "San Pedro Sula"),
    ],
    note="migrant patient and his mother (name is an ordinary word); place he was found and the mother's "
    "city",
)

# 6
n(
    "es",
    "anonymous_story",
    "Anoche, un joven de 23 años llegó a urgencias después de cruzar el desierto durante dos días sin agua. "
    "Gracias a nuestro equipo, hoy está estable. Compartimos su historia con su permiso y sin su nombre "
    "para recordar: el calor mata. 💧",
    "de-identified: age under 90, relative time only, no place",
)

# 7
p(
    "en",
    "thank_you",
    "To SSG Marcus Bell and his wife Tanya: thank you for the cookies and the handwritten card for 3 West! "
    "Marcus spent 9 days with us after his appendix ruptured during a field exercise at Fort Bliss, and he "
    "still found time to teach our night shift the cadence calls. Hooah! 🇺🇸",
    [
        ("NAME", "Marcus Bell"),
        ("NAME", "Tanya"),
        ("NAME", "Marcus", 2),
        ("GEO", "Fort Bliss"),
    ],
    note="soldier patient and wife; rank excluded; Fort Bliss is where he was injured and stationed",
)

# 8
n(
    "es",
    "eponymous_condition",
    "La parálisis de Bell puede aparecer de un día para otro: se cae un lado de la cara, el ojo no cierra y "
    "la sonrisa se ve chueca. Suele ser temporal, pero se parece a un derrame cerebral. Si es repentina, "
    "llame al 911. Nuestra clínica de neurología ve casos de parálisis de Bell cada semana.",
    "eponymous condition (Bell's palsy), no patient",
)

# 9
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Concepción Villalobos de Luna! 🎂 Doña Conchita nació el 8 de "
    "diciembre en Parral, Chihuahua, cruzó a El Paso de joven y hoy celebró su centenario con mariachi en "
    "el piso 6. Sus 11 nietos le cantaron Las Mañanitas.",
    [
        ("AGE", "100"),
        ("NAME", "Concepción Villalobos de Luna"),
        ("NAME", "Conchita"),
        ("DATE", "8 de diciembre"),
        ("GEO", "Parral"),
        ("GEO", "El Paso"),
        ("AGE", "centenario"),
    ],
    note="100th birthday; 'centenario' states the age too; birthplace and home city; Chihuahua is a state",
)

# 10
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 96 a nuestro voluntario más querido, don Refugio 'Cuca' Olivas! Desde 1998 reparte "
    "café y periódicos en la sala de espera de Montana. Dice que el secreto es caminar diario y no perderse "
    "una novela. 🎉",
    "volunteer's birthday: volunteers' names and ages are never labelled",
)

# 11
p(
    "en",
    "pasted_record",
    "ADT 06/14 02:17  ADMIT  ED->4N  HERNANDEZ OCHOA, MARIA GUADALUPE  MRN 00731884  DOB 03/22/1958  Rm "
    "4N-12B  Attending: Dr. K. Whitfield  Dx: heat exhaustion, AKI",
    [
        ("DATE", "06/14"),
        ("NAME", "HERNANDEZ OCHOA, MARIA GUADALUPE"),
        ("MRN", "00731884"),
        ("DATE", "03/22/1958"),
        ("OTHER_ID", "Rm 4N-12B"),
    ],
    note="pasted ADT line: admission date, name, MRN, DOB, room; attending physician not labelled",
)

# 12
n(
    "en",
    "pasted_record",
    "Ticket INC0091273 | Opened 07/02 08:41 | Caller: Rosa Delgado, RN (ext. 4417) | Issue: Pyxis on 5 West "
    "won't read badge | Device: PYX-5W-02, IP 10.44.5.21 | Priority 3 | Assigned: Biomed",
    "IT ticket about a staff member and a hospital device; no patient",
)

# 13
p(
    "es",
    "discharge",
    "¡Se nos va a casa Josué! 🎈 Después de 41 días en la UCIN, este guerrerito de Canutillo por fin conoce "
    "su cuarto. Gracias a sus papás, Yadira y Efraín, por confiar en nosotros. #FuerzaJosue",
    [
        ("NAME", "Josué"),
        ("GEO", "Canutillo"),
        ("NAME", "Yadira"),
        ("NAME", "Efraín"),
        ("NAME", "#FuerzaJosue"),
    ],
    note="NICU graduate, home town, parents, name hashtag",
)

# 14
n(
    "es",
    "campaign_hashtag",
    "Este mes de septiembre, #FuerzaFronteriza celebra a todas las familias que cruzan cada día para cuidar "
    "a sus hijos en nuestra UCIN. Comparte tu foto con el hashtag y etiqueta a @SDNSalud. 💚",
    "campaign hashtag shaped like a name hashtag; no patient",
)

# 15
p(
    "en",
    "public_figure",
    "KTXP anchor Marisol Peña-Gallegos asked us to share this: she spent last week in our cardiac unit "
    "after a mild heart attack at age 47, and she wants every woman watching to know that jaw pain and "
    "nausea ARE heart symptoms. Welcome back to the desk Friday, Marisol! ❤️",
    [("NAME", "Marisol Peña-Gallegos"), ("NAME", "Marisol", 2)],
    note="a public figure who was our patient is labelled; age under 90 and weekday are not",
)

# 16
n(
    "en",
    "public_figure",
    "KTXP meteorologist Ernesto 'Neto' Lozano joined our cardiologists live from the lobby today for Go Red "
    "Day, asking the questions you sent in about heart attack symptoms in women. Missed it? The replay is "
    "on our Facebook page.",
    "public figure at an event, not a patient",
)

# 17
p(
    "es",
    "thank_you",
    "Gracias a todas las enfermeras del 3rd floor que cuidaron a mi apá, Rogelio Treviño, en la room 318 🙏 "
    "ustedes son angels. Ya está en la casa en Sunland Park comiendo menudo like nothing happened jaja",
    [("NAME", "Rogelio Treviño"), ("OTHER_ID", "room 318"), ("GEO", "Sunland Park")],
    note="Spanglish family comment: father's name, room, home city",
)

# 18
n(
    "es",
    "thank_you",
    "Gracias, Dra. Itzel Carrasco, por 30 años cuidando a los niños del Valle Bajo. Hoy se jubila nuestra "
    "pediatra favorita y el Valle entero le dice: ¡gracias, doctora! 🌵",
    "thanks to a retiring doctor; the neighbourhood is her practice area, not a patient's",
)

# 19
p(
    "en",
    "discharge",
    "Anthony from Anthony is going home! 😄 Nine-year-old Anthony Villegas broke both wrists falling off the "
    "trampoline on Memorial Day and made our ortho team laugh every single day since. Enjoy your cast-free "
    "summer, buddy.",
    [
        ("NAME", "Anthony", 1),
        ("GEO", "Anthony", 2),
        ("NAME", "Anthony Villegas"),
        ("DATE", "Memorial Day"),
    ],
    note="first name equal to his home town (Anthony, TX): one NAME, one GEO; injury on a holiday is DATE",
)

# 20
n(
    "en",
    "sponsor",
    "Huge thanks to Rio Grande Credit Union and the Villegas Family Foundation for sponsoring 400 cooling "
    "kits for our heat-relief tent on Mesa Street this summer. Kits include electrolyte packets, cooling "
    "towels and a bilingual heat-safety card.",
    "sponsors and a family foundation (not introduced as a patient's relatives); event venue",
)

# 21
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Nieves! ❄️ Nació el 24 de diciembre, en plena Nochebuena, mientras afuera caía la primera "
    "nevada del año. Sus papás, Karina Ordóñez y Luis Enrique Baca, dicen que el nombre se escogió solito.",
    [
        ("NAME", "Nieves"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Karina Ordóñez"),
        ("NAME", "Luis Enrique Baca"),
    ],
    note="baby named with an ordinary word (snow); birth date named twice; parents",
)

# 22
n(
    "es",
    "event",
    "Altar de Muertos 2024: del 28 de octubre al 2 de noviembre, nuestro lobby principal tendrá una ofrenda "
    "para recordar a los pacientes y familias que perdimos este año. Traigan una flor de cempasúchil o una "
    "foto (sin datos personales). Bendición el 1 de noviembre a las 5 p.m.",
    "dates of a hospital event; patients remembered as a group",
)

# 23
p(
    "en",
    "memorial",
    "My abuelita Dolores Nuñez passed away peacefully in room 602 on Oct 30 surrounded by her rosary and "
    "her telenovelas 🌹 thank u to the palliative team esp. nurse Brenda. She was 91 and still bossing all "
    "of us around. Te extrañamos, Lola.",
    [
        ("NAME", "Dolores Nuñez"),
        ("OTHER_ID", "room 602"),
        ("DATE", "Oct 30"),
        ("AGE", "91"),
        ("NAME", "Lola"),
    ],
    note="family comment: name, nickname, room, death date, age over 89; the nurse is staff",
)

# 24
n(
    "en",
    "memorial",
    "We are heartbroken to share that Dr. Alfonso Ybarra, who founded our Lower Valley clinic in 1987, "
    "passed away on March 9 at age 92. He delivered half of Ysleta, by his own count. Services will be held "
    "Saturday at Mount Carmel Cemetery chapel.",
    "a staff doctor (not our patient): his death date and age over 89 are not labelled",
)

# 25
p(
    "es",
    "pasted_record",
    "Resumen de cuenta — Paciente: RAMÍREZ SOTO, JOSÉ ÁNGEL | Cuenta: 4410-2287-93 | Medicaid ID: 518 447 "
    "902 | Fecha de servicio: 11/05/2024 | Saldo: $0.00 | Dirección: 14221 Paseo del Sol, Horizon City TX "
    "79928",
    [
        ("NAME", "RAMÍREZ SOTO, JOSÉ ÁNGEL"),
        ("ACCOUNT", "4410-2287-93"),
        ("HEALTH_PLAN", "518 447 902"),
        ("DATE", "11/05/2024"),
        ("GEO", "14221 Paseo del Sol"),
        ("GEO", "Horizon City"),
        ("GEO", "79928"),
    ],
    note="billing summary: name, account, Medicaid number, service date, street, city, ZIP",
)

# 26
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Nuestro equipo de asesoría financiera habla español: (915) 555-0178, "
    "lunes a viernes de 8 a 5. También puede escribirnos por el portal en mychart.sdnmc.org. Nunca le "
    "pediremos su número de tarjeta por Facebook.",
    "hospital billing line and portal domain",
)

# 27
p(
    "en",
    "patient_story",
    "PFC Dakota Rain Whitehorse was on a 12-mile ruck march on Fort Bliss when her core temp hit 108. Her "
    "platoon packed her in ice sheets until the medevac landed. After six days in our ICU, Dakota is "
    "walking laps on 5 West and already asking when she can run again. Her mom Sharon flew in from Gallup.",
    [
        ("NAME", "Dakota Rain Whitehorse"),
        ("GEO", "Fort Bliss"),
        ("NAME", "Dakota", 2),
        ("NAME", "Sharon"),
        ("GEO", "Gallup"),
    ],
    note="soldier patient; injury site Fort Bliss; mother and her city; 5 West is a unit",
)

# 28
n(
    "en",
    "crisis_update",
    "HEAT UPDATE 4 p.m.: Our ED has treated 38 people for heat illness since Friday, including 11 from the "
    "migrant shelters downtown and 6 soldiers from training exercises. Cooling centers are open at all city "
    "rec centers until 10 p.m. Please check on neighbors over 65.",
    "counts of patients, no individual identified",
)

# 29
p(
    "es",
    "thank_you",
    "Mil gracias al equipo de cardiología!!! mi esposo Guillermo 'Memo' Castañeda llegó desde Juárez el 3 "
    "de marzo con el corazón a punto de fallar y hoy ya está de vuelta en la colonia Bellavista con su "
    "marcapasos. Dios los bendiga 🙏",
    [
        ("NAME", "Guillermo 'Memo' Castañeda"),
        ("GEO", "Juárez"),
        ("DATE", "3 de marzo"),
        ("GEO", "Bellavista"),
    ],
    note="wife's comment: name with nickname, city, admission date, colonia (name only)",
)

# 30
n(
    "es",
    "research",
    "Nuestro equipo de medicina interna publicó en el Journal of Border Health un estudio sobre enfermedad "
    "de Chagas en 1,214 donantes de sangre de la región Paso del Norte: 0.3% tuvo anticuerpos. Buscamos "
    "voluntarios mayores de 18 años para la segunda fase.",
    "research news; eponymous disease; population",
)

# 31
p(
    "es",
    "eponymous_condition",
    "A don Abelardo Ruiz Mejía le diagnosticaron enfermedad de Chagas hace un año. Con el tratamiento que "
    "empezó el 15 de enero en nuestra clínica de Alameda, su corazón está estable. Don Abelardo, oriundo de "
    "Tegucigalpa, hoy celebra su primer año sin síntomas.",
    [
        ("NAME", "Abelardo Ruiz Mejía"),
        ("DATE", "15 de enero"),
        ("NAME", "Abelardo", 2),
        ("GEO", "Tegucigalpa"),
    ],
    note="Chagas is an eponym (not labelled); the patient, treatment date and home city are",
)

# 32
n(
    "en",
    "eponymous_condition",
    "Chagas disease is named for Carlos Chagas, the Brazilian doctor who described it in 1909. It's spread "
    "by the 'kissing bug' (chinche besucona), found in parts of Mexico, Central America — and yes, West "
    "Texas. Most people have no symptoms for years. Ask us about a simple blood test.",
    "eponym and the historical figure it honours",
)

# 33
p(
    "en",
    "milestone_birthday",
    "HAPPY 90TH BIRTHDAY TO MY GRANDPA TOMAS ARREOLA!!! 🎉🎉 thank you sierra del norte for letting us bring "
    "the cake to his room, 7 East rm 14. born 8/15 in Ysleta and still lives on the same street lol. WE "
    "LOVE YOU PAPA TOMAS",
    [
        ("AGE", "90TH"),
        ("NAME", "TOMAS ARREOLA"),
        ("OTHER_ID", "rm 14"),
        ("DATE", "8/15"),
        ("GEO", "Ysleta"),
        ("NAME", "TOMAS", 2),
    ],
    note="ALL-CAPS family comment: age token with suffix, name, room (unit not labelled), birthday, "
    "neighbourhood",
)

# 34
n(
    "en",
    "statistic",
    "By the numbers, summer 2024: 1,642 heat-related ED visits; average patient age 47; 9% were 90 or "
    "older. Heat doesn't care how tough you are. Hydrate, find shade, check on your elders.",
    "population statistics, including a 90+ age band",
)

# 35
p(
    "es",
    "anonymous_story",
    "Una paciente de 97 años de San Elizario nos dio hoy la mejor lección: llegó deshidratada, pero se negó "
    "a irse sin enseñarle a la enfermera cómo hacer tortillas de harina 'como Dios manda'. Ya está "
    "recuperada y de vuelta en su casa.",
    [("AGE", "97"), ("GEO", "San Elizario")],
    note="unnamed but one patient with an age over 89 and a home town: both labelled",
)

# 36
n(
    "es",
    "anonymous_story",
    "Una abuelita de más de 80 años nos dijo hoy: 'mijo, el calor de antes no era así'. Tiene razón. Si "
    "tiene familiares mayores, llámeles dos veces al día durante la ola de calor. ☀️💧",
    "unnamed patient, age under 90, no place",
)

# 37
p(
    "es",
    "discharge",
    "ya nos vamos a casa!!! 🙌 gracias al 4to piso de peds por cuidar a mi chiquito isaiah por 2 semanas. "
    "dice que va a extrañar a la nurse Vero y la gelatina jaja. #isaiahstrong",
    [("NAME", "isaiah"), ("NAME", "#isaiahstrong")],
    note="lower-case name and lower-case name hashtag; nurse Vero is staff",
)

# 38
n(
    "en",
    "recruitment",
    "Now hiring: bilingual RNs for our Northeast clinic on Dyer Street, a five-minute drive from the Fort "
    "Bliss Cassidy gate. Military spouses welcome — we honor license transfers and offer flexible shifts "
    "around PCS moves. Apply at careers.sierradelnortehealth.org.",
    "recruitment; hospital site and domain",
)

# 39
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Los tres heridos del choque en la Carretera 62/180 cerca de Hueco Tanks siguen en "
    "nuestro hospital. Con permiso de su familia, compartimos que la niña Ximena, de 6 años, ya salió de "
    "cirugía y está estable. Los otros dos pacientes siguen en estado crítico.",
    [("GEO", "Carretera 62/180"), ("GEO", "Hueco Tanks"), ("NAME", "Ximena")],
    note="crisis update naming one patient: her crash road and its location are GEO",
)

# 40
n(
    "es",
    "crisis_update",
    "Aviso: por el corte de agua en el este de la ciudad, nuestra clínica de Alameda cerrará hoy a las 2 "
    "p.m. Los pacientes con cita serán reprogramados por teléfono. Urgencias en el campus de Montana sigue "
    "funcionando normalmente.",
    "operational notice; hospital sites",
)

# 41
p(
    "en",
    "thank_you",
    "The Lopez family from Chaparral dropped off 200 tamales for our night shift today 🫔 — their way of "
    "saying thanks for the care Grandpa Ignacio got on 6 West last month. We see you, Lopez crew, and we "
    "are FULL.",
    [("NAME", "Lopez", "*"), ("GEO", "Chaparral"), ("NAME", "Ignacio")],
    note="family surname of a patient's family, their town, the patient's first name",
)

# 42
n(
    "en",
    "sponsor",
    "Thank you to the Lopez-Aranda family, owners of La Tapatía Bakery, for donating pan dulce to every "
    "unit on Three Kings Day. The Lopez-Aranda family has supported our pediatric floor since 2010.",
    "donor family not introduced as a patient's relatives; holiday of a donation",
)

# 43
p(
    "es",
    "sponsor",
    "La familia Lopez-Aranda donó hoy 50 sillas reclinables para la UCIN en memoria de su nieto, Santiago "
    "Lopez Rivas, quien pasó aquí sus 19 días de vida en 2021. Santiago, tu nombre ahora descansa junto a "
    "cada cuna. 💙",
    [
        ("NAME", "Lopez-Aranda"),
        ("NAME", "Santiago Lopez Rivas"),
        ("NAME", "Santiago", 2),
    ],
    note="donors introduced as the grandparents of a patient: labelled; bare year not labelled",
)

# 44
n(
    "es",
    "statistic",
    "En 2024 nacieron 4,118 bebés en Sierra del Norte. El 38% de las mamás vive en Ciudad Juárez o en el "
    "Valle de Juárez y cruza para sus consultas. El nombre más popular para niña fue Valentina; para niño, "
    "Santiago.",
    "birth statistics; popular names are not anyone's name here",
)

# 45
p(
    "es",
    "birth_announcement",
    "¡Es niño! 💙 Mateo Alejandro Reyes Quiñones llegó el 6 de enero, Día de Reyes, para completar la rosca "
    "de la familia Reyes. Mamá Brenda y bebé están perfectos. #BienvenidoMateo",
    [
        ("NAME", "Mateo Alejandro Reyes Quiñones"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Reyes", 3),
        ("NAME", "Brenda"),
        ("NAME", "#BienvenidoMateo"),
    ],
    note="surname Reyes also in the holiday name (the birth date, DATE) and as family surname (NAME)",
)

# 46
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Capt. Yesenia Parra, RN, spent 8 years as an Army nurse at Fort Bliss before joining "
    "our ED. She now trains our team in heat-casualty protocols — ice sheets, cold-water immersion and all. "
    "Thank you for your service, Capt. Parra!",
    "staff member and her former post",
)

# 47
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight, but make it personal: ER tech Joaquín 'Jack' Salas collapsed from heat stroke while "
    "coaching his son's flag football game at Ascarate Park on July 13. His own coworkers cooled him down "
    "in the bay he usually cleans. Jack is back at work this week, and he has some words about water "
    "breaks.",
    [
        ("NAME", "Joaquín 'Jack' Salas"),
        ("GEO", "Ascarate Park"),
        ("DATE", "July 13"),
        ("NAME", "Jack", 2),
    ],
    note="a staff member who was our patient: name, place and date of injury labelled",
)

# 48
n(
    "es",
    "event",
    "¡Quinceañera en el hospital! Este sábado 14 de septiembre celebramos a todas nuestras pacientes de "
    "oncología que cumplieron 15 este año con vestidos donados, chambelanes voluntarios de UTEP y un vals "
    "en el auditorio. Familias, confirmen con Trabajo Social.",
    "hospital event date; patients as a group",
)

# 49
p(
    "es",
    "patient_story",
    "Valeria Sotelo Guerrero soñaba con su quinceañera desde niña. Cuando su leucemia regresó en abril, su "
    "mamá, Gabriela, pensó que tendrían que cancelarla. El 21 de junio, el salón de la 5ª planta se llenó "
    "de globos rosas y Valeria bailó el vals con su papá, con todo y suero. 💗 #QuinceDeVale",
    [
        ("NAME", "Valeria Sotelo Guerrero"),
        ("DATE", "abril"),
        ("NAME", "Gabriela"),
        ("DATE", "21 de junio"),
        ("NAME", "Valeria", 2),
        ("NAME", "#QuinceDeVale"),
    ],
    note="relapse month and quinceañera date are the patient's dates; mother; nickname hashtag",
)

# 50
n(
    "en",
    "event",
    "Join us Saturday, October 5, 9 a.m. at the Chamizal National Memorial for the Paso del Norte Heart "
    "Walk. Free blood pressure and glucose checks, folklórico by Ballet Folklórico Xóchitl, and a kids' "
    "zone with Paydirt Pete. Register: sdnmc.org/heartwalk",
    "event date and venue; mascot",
)

# 51
p(
    "en",
    "pasted_record",
    "Portal lockout: user 'lupita.ochoa85' locked after 5 failed logins from IP 187.190.33.14 (Ciudad "
    "Juárez). Patient: Guadalupe Ochoa Meraz, MRN 00918227. Callback number (656) 555-0134. Reset link sent "
    "to lupita.ochoa85@gmail.com.",
    [
        ("OTHER_ID", "lupita.ochoa85", 1),
        ("IP", "187.190.33.14"),
        ("GEO", "Ciudad Juárez"),
        ("NAME", "Guadalupe Ochoa Meraz"),
        ("MRN", "00918227"),
        ("PHONE", "(656) 555-0134"),
        ("EMAIL", "lupita.ochoa85@gmail.com"),
    ],
    note="portal ticket: user name (OTHER_ID), patient's login IP and its city, name, MRN, phone, e-mail",
)

# 52
n(
    "es",
    "pasted_record",
    "Reporte de turno UCI (sin datos de pacientes): 14 camas ocupadas, 3 ventiladores, 2 ingresos por golpe "
    "de calor, 1 traslado a otro hospital. Personal: 9 enfermeras, 1 terapeuta respiratorio. Pendiente: "
    "revisar máquina de hielo del cuarto de suministros.",
    "de-identified shift report: counts only",
)

# 53
p(
    "es",
    "memorial",
    "Pusimos la foto de mi tía Socorro Lucero en la ofrenda del hospital 🕯️🌼 ella falleció aquí en el piso "
    "5 el 17 de agosto, después de pelear tres meses. Gracias por dejarnos recordarla con su pan de muerto "
    "favorito. Tía Coco, te seguimos esperando cada año.",
    [("NAME", "Socorro Lucero"), ("DATE", "17 de agosto"), ("NAME", "Coco")],
    note="death date and names; the photo is on the ofrenda, not attached, so no PHOTO span",
)

# 54
n(
    "es",
    "health_tip",
    "¿Van a hacer tamales para Día de Muertos o Navidad? Mantengan la masa y la carne en el refri hasta "
    "cocerlos y no dejen los tamales cocidos afuera más de 2 horas. Cada diciembre nuestra sala de "
    "urgencias ve más intoxicaciones después de las reuniones familiares.",
    "food-safety tip; holidays not tied to a patient",
)

# 55
p(
    "en",
    "memorial",
    "Our hearts are with the family of Carmen Ibarra-Loya, a unit secretary on 4 North for 26 years, who "
    "died in our ICU on Sunday after a long fight with ALS. Carmen answered our phones with 'Sierra del "
    "Norte, how can I help you, mija?' Visitation for the Ibarra-Loya family will be Thursday at Martin "
    "Funeral Home.",
    [
        ("NAME", "Carmen Ibarra-Loya"),
        ("NAME", "Carmen", 2),
        ("NAME", "Ibarra-Loya", 2),
    ],
    note="a staff member who died as our patient: labelled; weekdays are not dates",
)

# 56
n(
    "en",
    "memorial",
    "Our hearts are with the family of Ramona Esquivel, a unit secretary on 4 North for 31 years, who "
    "passed away at home in Tucson after retiring there in 2019. Ramona trained half of our current charge "
    "nurses on the phones. Rest easy, Ramona.",
    "former staff member who was not our patient",
)

# 57
p(
    "es",
    "pasted_record",
    "Lista de censo 6 Oeste (turno noche): Hab. 601 — Medina, J. (golpe de calor) | Hab. 602 — vacía | Hab. "
    "603 — Quiñónez Paz, Rocío (celulitis) | Hab. 604 — Ortega, Baudelio (IC descompensada). Total: 3.",
    [
        ("OTHER_ID", "Hab. 601"),
        ("NAME", "Medina, J."),
        ("OTHER_ID", "Hab. 603"),
        ("NAME", "Quiñónez Paz, Rocío"),
        ("OTHER_ID", "Hab. 604"),
        ("NAME", "Ortega, Baudelio"),
    ],
    note="census list: occupied rooms with keyword and names; the empty room is not tied to a patient",
)

# 58
n(
    "es",
    "hospital_contact",
    "Líneas importantes de Sierra del Norte 📞 Conmutador: (915) 555-0100 · Información al paciente en "
    "español: (915) 555-0142 · Labor y Parto: (915) 555-0167 · Enlace militar (Fort Bliss): (915) 555-0115. "
    "Emergencias: 911. Crisis de salud mental: 988.",
    "hospital and national numbers",
)

# 59
p(
    "en",
    "birth_announcement",
    "Welcome baby Liberty Grace Ochoa! 🇺🇸 Born on the 4th of July at 11:52 p.m., just before the city "
    "fireworks ended. Dad, SGT Ramiro Ochoa, made it back from the field 20 minutes before she arrived. Mom "
    "Kelsey says the name was non-negotiable.",
    [
        ("NAME", "Liberty Grace Ochoa"),
        ("DATE", "4th of July"),
        ("NAME", "Ramiro Ochoa"),
        ("NAME", "Kelsey"),
    ],
    note="baby named with an ordinary word; birth on a holiday; parents (rank excluded)",
)

# 60
n(
    "en",
    "birth_announcement",
    "Special delivery! Early this morning a baby girl decided she couldn't wait and arrived in the back "
    "seat of her family's pickup in our ED drop-off lane. Mom and baby are doing great, and our security "
    "officer has a new nickname: Grandpa.",
    "anonymous birth at the hospital's own entrance",
)

# 61
p(
    "es",
    "discharge",
    "¡Jesús ya se va a casa! Después de 3 meses en rehabilitación por el accidente en la I-10, nuestro "
    "paciente Jesús Manuel Prieto volvió a caminar. Su mamá dice: 'fue Jesús quien me devolvió a mi Jesús'. "
    "¡Ánimo, Jesús, qué fuerte eres! 💪",
    [
        ("NAME", "Jesús", 1),
        ("NAME", "Jesús Manuel Prieto"),
        ("NAME", "Jesús", 4),
        ("NAME", "Jesús", 5),
        ("GEO", "I-10"),
    ],
    ok=("Jesús",),
    note="patient named Jesús; the religious 'fue Jesús' is not his name (declared ok); crash road",
)

# 62
n(
    "es",
    "public_figure",
    "Hoy el Mariachi Los Arrieros de la secundaria visitó nuestra unidad de hemodiálisis y tocó 'Amor "
    "Eterno' de Juan Gabriel, nuestro Divo de Juárez. No quedó un ojo seco en la sala. ¡Gracias, muchachos!",
    "public figure (singer) and a visiting group; no patient",
)

# 63
p(
    "es",
    "public_figure",
    "El comisionado del condado, Héctor Bustillos, nos pidió compartir que estuvo internado esta semana por "
    "una neumonía y que ya se recupera en casa. 'Vacúnense contra la influenza', dice don Héctor. ¡Pronta "
    "recuperación, comisionado!",
    [("NAME", "Héctor Bustillos"), ("NAME", "Héctor", 2)],
    note="a public official who was our patient is labelled",
)

# 64
n(
    "en",
    "public_figure",
    "County Commissioner Héctor Bustillos toured our new heat-stroke cooling unit today and announced $2.1M "
    "in county funding for two more cooling stations at the Ysleta and Paso del Norte ports of entry. Thank "
    "you, Commissioner!",
    "the same official visiting, not as a patient",
)

# 65
p(
    "en",
    "patient_story",
    "When Yoselin crossed near Anapra at 34 weeks pregnant, she had been walking for eleven days and hadn't "
    "eaten in two. Our OB team delivered her son, Kevin Josué, by emergency C-section that night. Three "
    "weeks later they're headed to her sister's home in Denver, and Yoselin wants other moms to know: there "
    "is help here.",
    [
        ("NAME", "Yoselin", "*"),
        ("GEO", "Anapra"),
        ("NAME", "Kevin Josué"),
        ("GEO", "Denver"),
    ],
    note="migrant mother and baby; crossing place and destination city",
)

# 66
n(
    "en",
    "anonymous_story",
    "A mom who crossed the border last month at 36 weeks pregnant asked us to share this, without her name: "
    "'I thought I would have my baby alone in the desert. Instead I had six nurses holding my hand.' To "
    "every mom on that journey — we are here, no questions about papers at our door.",
    "de-identified story; relative time only; no place, no age",
)

# 67
p(
    "es",
    "pasted_record",
    "Ingreso urgencias 02:40 — Paciente masculino, 27 a., Nombre: Edwin Aroldo Pérez Xiloj. Procedencia: "
    "Huehuetenango. Número A: 220-481-937. Traído por Patrulla Fronteriza desde el muro cerca de la calle "
    "Yandell. Contacto: hermana, Olga Pérez, +502 5555 0198.",
    [
        ("NAME", "Edwin Aroldo Pérez Xiloj"),
        ("GEO", "Huehuetenango"),
        ("OTHER_ID", "220-481-937"),
        ("GEO", "calle Yandell"),
        ("NAME", "Olga Pérez"),
        ("PHONE", "+502 5555 0198"),
    ],
    note="intake note: name, home town, alien number (OTHER_ID), street where found, sister and her phone",
)

# 68
n(
    "es",
    "recruitment",
    "¿Eres bilingüe y te gusta ayudar? Buscamos intérpretes médicos certificados (español, k'iche', mam) "
    "para nuestras clínicas de Alameda y Montana. Turnos de día y fin de semana. Envía tu CV a "
    "empleos@sdnmc.org.",
    "recruitment; hospital e-mail",
)

# 69
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente nonagenaria favorita de la clínica de Socorro, doña Socorro Mendiola, cumplió años el "
    "25 de julio y nos trajo bizcochitos a todo el equipo. 'Si me traen al doctor guapo, regreso el próximo "
    "año', dice doña Socorro. 😄",
    [
        ("AGE", "nonagenaria"),
        ("NAME", "Socorro Mendiola"),
        ("DATE", "25 de julio"),
        ("NAME", "Socorro", 3),
    ],
    ok=("Socorro",),
    note="'nonagenaria' is AGE; the first Socorro is our clinic's town (hospital site, declared ok)",
)

# 70
n(
    "en",
    "hospital_contact",
    "Our Socorro clinic at 1400 Horizon Boulevard now has Saturday hours (8 a.m.–noon) for walk-in vaccines "
    "and sports physicals. Questions? Call (915) 555-0100 and ask for Socorro Family Medicine, or DM us at "
    "@SierraDelNorteMC.",
    "hospital site, phone and handle",
)

# 71
p(
    "en",
    "health_tip",
    "Heat tip from someone who learned the hard way: 'I thought I was just tired,' says roofer Efrén "
    "Galindo, 58, who spent four days in our ICU after working a 10-hour shift on a roof in Horizon City in "
    "109° heat. Efrén's advice? Take the break. The roof will still be there.",
    [("NAME", "Efrén Galindo"), ("GEO", "Horizon City"), ("NAME", "Efrén", 2)],
    note="a tip told through a named patient; age under 90 not labelled; place of injury",
)

# 72
n(
    "es",
    "health_tip",
    "¿Trabaja al aire libre este verano? La regla es: agua, descanso y sombra. Tome un vaso de agua cada 15 "
    "minutos, descanse en la sombra cada hora cuando pase de 100°F, y los trabajadores nuevos deben "
    "acostumbrarse poco a poco durante la primera semana. Patrones: el agua es su responsabilidad.",
    "general tip",
)

# 73
p(
    "es",
    "discharge",
    "Alta hoy 14/03 para nuestra campeona Alma Delia Saucedo, de Las Cruces, después de su trasplante de "
    "riñón. 🏠 Su donadora fue su hermana, Irma. ¡Dos hermanas, un riñón y mucho amor! 💚",
    [
        ("DATE", "14/03"),
        ("NAME", "Alma Delia Saucedo"),
        ("GEO", "Las Cruces"),
        ("NAME", "Irma"),
    ],
    note="day/month date format; patient, city, sister",
)

# 74
n(
    "es",
    "health_tip",
    "¿Sabías que una sola persona donante puede salvar hasta 8 vidas? En Texas, puedes registrarte como "
    "donante de órganos al renovar tu licencia de manejo. En México, pregúntanos por el Centro Nacional de "
    "Trasplantes. #DonaVida",
    "general tip and campaign hashtag",
)

# 75
p(
    "es",
    "thank_you",
    "gracias a la enfermera Ana y al Dr Torres por cuidar a mi suegra Guadelupe Arguelles en el 5to piso!!! "
    "tiene 92 y es mas terca que una mula pero ustedes pudieron con ella jaja. -la familia Arguelles de "
    "Fabens",
    [
        ("NAME", "Guadelupe Arguelles"),
        ("AGE", "92"),
        ("NAME", "Arguelles", 2),
        ("GEO", "Fabens"),
    ],
    note="misspelt first name as written; age over 89; family surname and town; staff not labelled",
)

# 76
n(
    "en",
    "thank_you",
    "To the family who left an anonymous thank-you card and $400 in gift cards for our ED night shift: we "
    "don't know who you are, but we know you waited with us on a hard night. Thank you. ❤️",
    "anonymous family",
)

# 77
p(
    "es",
    "pasted_record",
    "Verificación de seguro — Paciente: ALVARADO, DIEGO R. | Fecha de nac.: 09/11/2003 | TRICARE Prime, DBN "
    "1387 4402 91 | Patrocinador: SFC Diego Alvarado Sr. | DoD ID 1502938847 | Unidad: 1st Armored "
    "Division, Fort Bliss | Tel. (915) 555-0129",
    [
        ("NAME", "ALVARADO, DIEGO R."),
        ("DATE", "09/11/2003"),
        ("HEALTH_PLAN", "1387 4402 91"),
        ("NAME", "Diego Alvarado"),
        ("OTHER_ID", "1502938847"),
        ("GEO", "Fort Bliss"),
        ("PHONE", "(915) 555-0129"),
    ],
    note="dependent's insurance check: TRICARE number, sponsor father (rank and Sr. excluded), DoD ID, "
    "post, "
    "family phone that looks like a hospital number",
)

# 78
n(
    "es",
    "sponsor",
    "Gracias a Carnicería La Reina del Valle y a Auto Partes Hermanos Gallegos por patrocinar nuestra "
    "colecta de sangre del 16 de septiembre. ¡Donamos 212 unidades en el Día de la Independencia! 🇲🇽🩸",
    "sponsors; event date",
)

# 79
p(
    "en",
    "patient_story",
    "Meet “Chato”, our longest-staying patient in the burn unit this year. The 12-year-old from the Segundo "
    "Barrio was burned by a propane tank at a family carne asada on Labor Day. He's had 7 surgeries, beat "
    "every nurse at Lotería, and goes home next week.",
    [("NAME", "Chato"), ("GEO", "Segundo Barrio"), ("DATE", "Labor Day")],
    note="quoted nickname (without quotes), neighbourhood, injury on a holiday; age under 90",
)

# 80
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Our burn unit's child life specialist, Paloma Reyes, brought Lotería night to the "
    "unit three years ago. Now every Thursday, kids, parents and nurses shout '¡El Catrín!' across the "
    "playroom. Paloma, you're la dama of our hearts.",
    "staff member",
)

# 81
p(
    "es",
    "thank_you",
    "GRACIAS A LA DOCTORA MONTES Y A TODO EL PISO 4 POR SALVARLE LA VIDA A MI HIJO BRANDON ALEXIS "
    "GÁNDARA!!! LLEGÓ EL 9 DE MAYO CON APENDICITIS Y YA ESTAMOS EN CASA EN EL VALLE DE JUÁREZ. DIOS LOS "
    "BENDIGA 🙏🙏",
    [
        ("NAME", "BRANDON ALEXIS GÁNDARA"),
        ("DATE", "9 DE MAYO"),
        ("GEO", "VALLE DE JUÁREZ"),
    ],
    note="ALL-CAPS comment: son's name, admission date, home area; the doctor is staff",
)

# 82
n(
    "es",
    "thank_you",
    "GRACIAS A TODO EL PERSONAL DE LIMPIEZA, COCINA Y SEGURIDAD QUE TRABAJÓ DURANTE LA TORMENTA DE POLVO "
    "DEL MARTES. SIN USTEDES NO FUNCIONA NADA. ❤️ #OrgulloSDN",
    "thanks to staff as a group",
)

# 83
p(
    "en",
    "milestone_birthday",
    "Cake, mariachi and exactly three candles (fire code 😅) for Mrs. Eloisa Bernal, who turned one hundred "
    "on our 6th floor on Saturday. Born January 18 in Ciudad Juárez, she crossed the border every day to "
    "work as a seamstress for 40 years. Happy birthday, Eloisa!",
    [
        ("NAME", "Eloisa Bernal"),
        ("AGE", "one hundred"),
        ("DATE", "January 18"),
        ("GEO", "Ciudad Juárez"),
        ("NAME", "Eloisa", 2),
    ],
    note="age in words, birthday, birthplace; 'three candles' and '40 years' are not ages",
)

# 84
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to US! 🎂 Sierra del Norte opened its doors on June 1, 1934 as a 40-bed clinic run "
    "by the Sisters of Charity on South Oregon Street. Ninety years, four campuses and one mission: care "
    "for everyone who crosses our door.",
    "the hospital's own 90th anniversary and founding date",
)

# 85
p(
    "es",
    "memorial",
    "Despedimos con respeto a una madre hondureña de 31 años que falleció el 19 de junio en nuestra UCI por "
    "golpe de calor tras cruzar el desierto. Su familia en Choloma nos pidió no publicar su nombre, pero sí "
    "su mensaje: que nadie más cruce en verano.",
    [("DATE", "19 de junio"), ("GEO", "Choloma")],
    note="unnamed single patient, but her death date and her family's city are identifiers",
)

# 86
n(
    "es",
    "memorial",
    "Este Día de los Muertos, nuestra capellanía encenderá 312 velas: una por cada paciente que falleció en "
    "Sierra del Norte este año. Los invitamos a la misa en la capilla el 2 de noviembre a las 6 p.m. Sin "
    "nombres, con todo el amor.",
    "group remembrance; event date",
)

# 87
p(
    "en",
    "discharge",
    "After 23 days in our trauma ICU, SPC Tyrese Coleman walked out this morning on his own two feet. "
    "Tyrese was hit by a car while jogging on Loop 375 on Aug. 2. His battle buddies from 1st Armored lined "
    "the hallway to cheer him out. 🎖️",
    [
        ("NAME", "Tyrese Coleman"),
        ("NAME", "Tyrese", 2),
        ("GEO", "Loop 375"),
        ("DATE", "Aug. 2"),
    ],
    note="soldier (rank excluded), road of the crash, injury date",
)

# 88
n(
    "en",
    "recruitment",
    "Military spouse hiring event! Tuesday, Nov. 12, 10 a.m.–2 p.m. at our Northeast clinic, 11800 Dyer "
    "Street. On-the-spot interviews for CNAs, unit secretaries and patient access reps. Bring your DD-214 "
    "or spouse ID for priority consideration.",
    "event date at a hospital address",
)

# 89
p(
    "es",
    "patient_story",
    "La historia de Ana Sofía Barraza-Holguín nos tiene llorando 🥹 A los 16, esta estudiante de Las Cruces "
    "sufrió un derrame cerebral en plena práctica de porristas. Hoy, después de 8 semanas de terapia, "
    "volvió a escribir su nombre. Su abuela, doña Chela, dice que ya quiere ir al prom. #AnaSofiaFuerte",
    [
        ("NAME", "Ana Sofía Barraza-Holguín"),
        ("GEO", "Las Cruces"),
        ("NAME", "Chela"),
        ("NAME", "#AnaSofiaFuerte"),
    ],
    note="double hyphenated surname, city, grandmother's nickname, name hashtag",
)

# 90
n(
    "es",
    "research",
    "Investigación: nuestro equipo de neurología encontró que los derrames cerebrales en adultos de 18 a 45 "
    "años aumentaron 22% en la región fronteriza entre 2015 y 2023. El estudio, con datos de 3,880 "
    "pacientes anónimos, se presentará en la conferencia de la American Stroke Association.",
    "population research",
)

# 91
p(
    "en",
    "pasted_record",
    "Device clinic note — Pt: Refugio 'Cuco' Terrazas, 93 y/o, MRN 00562091. Medtronic dual-chamber "
    "pacemaker, serial PJN884512S, implanted 02/27/2019. Remote monitor paired to home phone (575) "
    "555-0149, Chaparral NM. Battery 6.1 yrs.",
    [
        ("NAME", "Refugio 'Cuco' Terrazas"),
        ("AGE", "93"),
        ("MRN", "00562091"),
        ("DEVICE", "PJN884512S"),
        ("DATE", "02/27/2019"),
        ("PHONE", "(575) 555-0149"),
        ("GEO", "Chaparral"),
    ],
    note="device note: pacemaker serial, implant date, home phone and town; manufacturer not labelled",
)

# 92
n(
    "en",
    "research",
    "New from our cardiology team: remote pacemaker monitoring cut ED visits by 31% among 412 patients "
    "living more than 30 miles from our Montana campus — many in rural Hudspeth and Luna counties. Funded "
    "by a grant from the Paso del Norte Health Foundation.",
    "population research; counties of a patient group",
)

# 93
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! 👶👶 Paz y Esperanza llegaron el 10 de mayo, Día de las Madres, para su mamá Rocío "
    "Leyva Cordero. Las gemelas pesaron 2.1 y 2.3 kilos y ya están en casa en Clint. ¡Felicidades, Rocío!",
    [
        ("NAME", "Paz"),
        ("NAME", "Esperanza"),
        ("DATE", "10 de mayo"),
        ("DATE", "Día de las Madres"),
        ("NAME", "Rocío Leyva Cordero"),
        ("GEO", "Clint"),
        ("NAME", "Rocío", 2),
    ],
    note="twins named with ordinary words; birth date twice; mother; home town",
)

# 94
n(
    "es",
    "campaign_hashtag",
    "#EsperanzaEnLaFrontera: este mes donamos 1,200 kits de bebé a mamás recién llegadas en los albergues "
    "de El Paso. Gracias a cada voluntaria que tejió una cobija. 💛 Comparte y usa #EsperanzaEnLaFrontera.",
    "campaign hashtag containing a word that is also a name",
)

# 95
p(
    "en",
    "campaign_hashtag",
    "Our #TeamTeo shirts are officially sold out 🧡 Thanks to everyone who bought one for Teodoro 'Teo' "
    "Villanueva, the 7-year-old from Vinton fighting neuroblastoma on our peds oncology floor. All proceeds "
    "go to his family's travel costs.",
    [("NAME", "#TeamTeo"), ("NAME", "Teodoro 'Teo' Villanueva"), ("GEO", "Vinton")],
    note="patient's name hashtag, full name with nickname, home town",
)

# 96
n(
    "es",
    "campaign_hashtag",
    "¡Es #SeptiembreConSombrero! Súbenos una foto de tu familia con sombrero y bloqueador en el Sun Bowl y "
    "etiqueta a @SDNSalud para ganar una hielera familiar. #ElPasoStrong #SeptiembreConSombrero",
    "campaign hashtags and hospital handle",
)

# 97
p(
    "es",
    "pasted_record",
    "Reporte de seguridad 03:15 — Vehículo abandonado en estacionamiento P2 pertenece a familiar del "
    "paciente de la hab. 712 (Fierro Chacón, Nicolás). Pickup Ford Lobo gris, placas de Chihuahua "
    "EFP-48-21. Dueña: Lorena Chacón, tel. 656 555 0177. Se notificó a la familia.",
    [
        ("OTHER_ID", "hab. 712"),
        ("NAME", "Fierro Chacón, Nicolás"),
        ("VEHICLE", "EFP-48-21"),
        ("NAME", "Lorena Chacón"),
        ("PHONE", "656 555 0177"),
    ],
    note="security report: patient's room and name, relative's plate, name and phone; the parking lot is "
    "the hospital's",
)

# 98
n(
    "es",
    "pasted_record",
    "Reporte de seguridad 22:40 — Vehículo de contratista (camioneta blanca, Unidad 14 de Climas del "
    "Desierto) bloqueando la entrada de ambulancias en Montana. Se contactó al supervisor. Sin pacientes "
    "involucrados.",
    "contractor vehicle and hospital entrance; no patient",
)

# 99
p(
    "en",
    "memorial",
    "Our chaplain team lit a candle tonight for Mr. Rubén Arrieta, 90, who passed in our hospice unit on "
    "November 1, All Saints' Day — the day his late wife Josefina always said was 'for the angelitos and "
    "for him.' Rest now, don Rubén.",
    [
        ("NAME", "Rubén Arrieta"),
        ("AGE", "90"),
        ("DATE", "November 1"),
        ("DATE", "All Saints' Day"),
        ("NAME", "Josefina"),
        ("NAME", "Rubén", 2),
    ],
    note="death date named twice; age 90; late wife is a relative",
)

# 100
n(
    "en",
    "event",
    "This November 1–2, join our chaplains for a Día de los Muertos remembrance in the healing garden at "
    "our Montana campus. Families who lost loved ones with us this year may bring a photo for the community "
    "ofrenda. Pan de muerto and champurrado will be served.",
    "hospital event dates",
)

# 101
p(
    "es",
    "discharge",
    "¡De alta! 🎉 Después de 62 días en la unidad de quemados, Kimberly Arce regresa a su casa en la colonia "
    "Riberas del Bravo. Su familia sigue recaudando fondos para sus terapias: "
    "gofundme.com/f/kimberly-arce-quemaduras. ¡Fuerza, Kimberly!",
    [
        ("NAME", "Kimberly Arce"),
        ("GEO", "Riberas del Bravo"),
        ("URL", "gofundme.com/f/kimberly-arce-quemaduras"),
        ("NAME", "Kimberly", 2),
    ],
    note="name, Juárez colonia (name only), family fundraiser URL",
)

# 102
n(
    "es",
    "hospital_contact",
    "¿Necesita sus resultados? Entre a mychart.sdnmc.org o llame a Información al Paciente (915) 555-0142. "
    "Para donativos al fondo de pacientes quemados: sierradelnortehealth.org/donar. Nunca compartimos datos "
    "de pacientes en redes sociales.",
    "hospital URLs and phone",
)

# 103
p(
    "en",
    "eponymous_condition",
    "When Linda Graves was told she had Graves' disease, she laughed so hard her endocrinologist had to "
    "wait. 'Of course I do,' she said. After radioactive iodine treatment on April 4, Linda says her heart "
    "finally stopped racing. Yes, she's heard every joke.",
    [("NAME", "Linda Graves"), ("NAME", "Linda", 2), ("DATE", "April 4")],
    note="patient's surname equals the eponym; only the person is labelled",
)

# 104
n(
    "en",
    "eponymous_condition",
    "Down syndrome, Hashimoto's, Crohn's, Parkinson's, Alzheimer's — all named after doctors, not patients. "
    "This World Down Syndrome Day (March 21), join us for a sock-swap and meet the families of our Down "
    "syndrome clinic's parent network.",
    "eponyms and an awareness day",
)

# 105
p(
    "es",
    "eponymous_condition",
    "Hace un año, Ernesto Balderrama no podía mover ni los ojos por el síndrome de Guillain-Barré. Estuvo "
    "47 días conectado al ventilador en la cama 9 de la UCI. Este 22 de octubre, aniversario de su ingreso, "
    "volvió a correr el Medio Maratón de El Paso con el equipo que lo cuidó. 🏃‍♂️",
    [("NAME", "Ernesto Balderrama"), ("OTHER_ID", "cama 9"), ("DATE", "22 de octubre")],
    note="eponym not labelled; bed, admission anniversary date; the race is a public event",
)

# 106
n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero puede aparecer días o semanas después de una infección "
    "estomacal o respiratoria. Si siente hormigueo que sube por las piernas y debilidad, acuda a urgencias. "
    "No es contagioso.",
    "eponym, general information",
)

# 107
p(
    "en",
    "patient_story",
    "A patient we'll call Mr. C (his choice) has been coming to our dialysis unit in Fabens three times a "
    "week for 11 years. On Tuesday he brought every tech a jar of his famous chile pequín salsa. At 91, Mr. "
    "C says dialysis is 'just my part-time job.'",
    [("NAME", "C", "*"), ("AGE", "91")],
    note="initial used as the patient's name; age over 89; Fabens is our unit's site, not his address",
)

# 108
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients, a retired bus driver in his 80s, told us the secret to 11 years of "
    "Tuesday-Thursday-Saturday treatments: 'bring snacks, bring a book, and never sit by the TV remote "
    "hog.' We asked his permission to share — and he asked us not to use his name.",
    "de-identified: age band under 90",
)

# 109
p(
    "es",
    "patient_story",
    "Yo soy la hermana de Yesenya Olivas, la muchacha que trajeron de la Juárez-Porvenir después de la "
    "volcadura del 28 de agosto. Quiero decirles que ya despertó!!! 😭🙏 Gracias a todos los que rezaron por "
    "mi Yese.",
    [
        ("NAME", "Yesenya Olivas"),
        ("GEO", "Juárez-Porvenir"),
        ("DATE", "28 de agosto"),
        ("NAME", "Yese"),
    ],
    note="sister's comment: misspelt name, crash road, crash date, nickname",
)

# 110
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 18:30: Recibimos 7 pacientes del accidente de autobús en la carretera Juárez-Porvenir. "
    "Dos adultos en estado crítico, cinco menores estables. Por respeto a las familias no daremos nombres. "
    "Familiares: acudan al módulo de información de la entrada de Montana.",
    "mass-casualty update: a group of unnamed patients; the public crash site is not tied to one patient",
)

# 111
p(
    "en",
    "pasted_record",
    "Forwarding from our patient relations inbox (shared with permission): 'My father Arturo Delgado Rivas "
    "was in room 3112 from Jan 3 to Jan 9 and the care was excellent. Please send his records to me at "
    "arturo.jr.delgado@outlook.com or fax 915-555-0261. — his son, Arturo Delgado, 8841 Vista del Sol Dr, "
    "El Paso 79936'",
    [
        ("NAME", "Arturo Delgado Rivas"),
        ("OTHER_ID", "room 3112"),
        ("DATE", "Jan 3"),
        ("DATE", "Jan 9"),
        ("EMAIL", "arturo.jr.delgado@outlook.com"),
        ("FAX", "915-555-0261"),
        ("NAME", "Arturo Delgado", 2),
        ("GEO", "8841 Vista del Sol Dr"),
        ("GEO", "El Paso"),
        ("GEO", "79936"),
    ],
    note="pasted e-mail: patient, room, stay dates, son's e-mail, fax, name and home address",
)

# 112
n(
    "en",
    "pasted_record",
    "Template for patient relations replies: 'Dear [Patient Name], thank you for sharing your experience "
    "from [dates of stay] in [unit]. Your feedback has been forwarded to [manager]. Call us anytime at "
    "(915) 555-0100 ext. 2210.' — Please never paste real patient details here!",
    "template with placeholders only",
)

# 113
p(
    "es",
    "milestone_birthday",
    "¡Ciento un años! 🎂 Don Nazario Luján Valenzuela celebró hoy en nuestra sala de rehabilitación con sus "
    "4 hijos, 14 nietos y 22 bisnietos. Nació un 27 de febrero en Guadalupe Distrito Bravo y cruzó el río a "
    "los 18 años para trabajar en los campos de algodón de Ysleta.",
    [
        ("AGE", "Ciento un"),
        ("NAME", "Nazario Luján Valenzuela"),
        ("DATE", "27 de febrero"),
        ("GEO", "Guadalupe Distrito Bravo"),
        ("GEO", "Ysleta"),
    ],
    note="age 101 in words (without 'años'); birthday; birth town containing 'Guadalupe'; where he settled",
)

# 114
n(
    "es",
    "milestone_birthday",
    "¡92 años y sigue tejiendo! Doña Amparo Sifuentes, voluntaria del Club de Tejido de Sierra del Norte, "
    "ha regalado más de 3,000 gorritos a los bebés de nuestra maternidad. Hoy le cantamos las mañanitas en "
    "el lobby. 🧶",
    "volunteer aged over 89: not a patient, not labelled",
)

# 115
p(
    "en",
    "thank_you",
    "Huge thank you to everyone who shared @prayers4paulina! 💜 Because of you, Paulina Esparza's family "
    "could stay at the Ronald McDonald House while she had heart surgery on Feb. 14. Our sweetheart is home "
    "in Montwood eating all the chocolate.",
    [
        ("OTHER_ID", "@prayers4paulina"),
        ("NAME", "Paulina Esparza"),
        ("DATE", "Feb. 14"),
        ("GEO", "Montwood"),
    ],
    note="family social handle (OTHER_ID), name, surgery date, neighbourhood",
)

# 116
n(
    "en",
    "sponsor",
    "Thank you to the Ronald McDonald House Charities of Greater El Paso and to Sun City Dental for "
    "stocking our new family lounge on 4 East. Families staying with us overnight can now grab coffee, "
    "snacks and a phone charger 24/7.",
    "sponsors",
)

# 117
p(
    "es",
    "discharge",
    "¡Cielo se va a casa! ☁️ Nuestra pequeña Cielo Marisol Durán, de 4 años, pasó 12 días con nosotros por "
    "una neumonía. Hoy regresa a su casa en Cielo Vista con su perrito Tacho esperándola. ¡Te vamos a "
    "extrañar, Cielo!",
    [
        ("NAME", "Cielo", 1),
        ("NAME", "Cielo Marisol Durán"),
        ("GEO", "Cielo Vista"),
        ("NAME", "Cielo", 4),
    ],
    note="first name equal to the first word of her neighbourhood; the dog's name is not labelled",
)

# 118
n(
    "es",
    "health_tip",
    "Con el cambio de clima, llegan las neumonías. Si su hijo tiene fiebre de más de 3 días, respira rápido "
    "o se le hunden las costillas al respirar, no espere. Las vacunas contra neumococo e influenza son "
    "gratis para niños con Medicaid o CHIP.",
    "general tip",
)

# 119
p(
    "en",
    "public_figure",
    "UTEP linebacker Isaiah Montoya-Baca wants you to know he's OK. The junior collapsed with exertional "
    "heat stroke at practice on Aug. 9 and spent three nights in our ICU. 'I thought I was invincible,' "
    "Isaiah says. 'Hydrate, bro.' See you at the Sun Bowl, Isaiah. 🧡⛏️",
    [("NAME", "Isaiah Montoya-Baca"), ("NAME", "Isaiah", "*"), ("DATE", "Aug. 9")],
    note="an athlete who was our patient: name and injury date",
)

# 120
n(
    "en",
    "public_figure",
    "UTEP head coach Dana Whitfield and the Miners' defensive line visited our pediatric floor today with "
    "signed footballs and a LOT of patience for selfies. Thanks for making our kids' week, Coach! ⛏️🧡",
    "public figures visiting; children as a group",
)

# 121
p(
    "es",
    "patient_story",
    "La esposa del sargento Kevin Marrero, Yaritza, nos escribió desde Puerto Rico: 'Gracias por cuidar a "
    "mi esposo como familia mientras yo no podía llegar'. Kevin estuvo 12 días en nuestra unidad de "
    "cardiología después de un infarto en el campo de tiro de Doña Ana.",
    [
        ("NAME", "Kevin Marrero"),
        ("NAME", "Yaritza"),
        ("NAME", "Kevin", 2),
        ("GEO", "Doña Ana"),
    ],
    note="soldier and wife; 'Doña Ana' is a place (range where he collapsed), not an honorific; Puerto Rico "
    "is not sub-state",
)

# 122
n(
    "es",
    "staff_spotlight",
    "Ella es doña Ana Vega, cocinera de nuestra cafetería por 33 años. Su caldo de res de los miércoles "
    "tiene fila desde las 11. Doña Ana dice que el secreto es el cilantro fresco y mucho cariño. ¡Gracias, "
    "doña Ana! 🍲",
    "staff member (same words as the place name Doña Ana)",
)

# 123
p(
    "en",
    "pasted_record",
    "Lab label: SALCIDO, MARIA DE JESUS  F  DOB 12-12-1940  MRN 00388412  ACCT 77120439  COLL 08/03 0615  "
    "CBC/CMP  Loc: 5E-507-A",
    [
        ("NAME", "SALCIDO, MARIA DE JESUS"),
        ("DATE", "12-12-1940"),
        ("MRN", "00388412"),
        ("ACCOUNT", "77120439"),
        ("DATE", "08/03"),
        ("OTHER_ID", "Loc: 5E-507-A"),
    ],
    note="specimen label: name, DOB, MRN, account, collection date, room-bed with its 'Loc:' keyword",
)

# 124
n(
    "en",
    "pasted_record",
    "Supply order #SO-55172 for 5E: 40 cooling blankets (Arctic Sun pads, lot 2291-B), 12 cases electrolyte "
    "solution, 6 rectal temp probes. Deliver to 5E clean utility, room 512. Requested by L. Chavira, charge "
    "RN, ext. 4530.",
    "supply order: a utility room and a staff member",
)

# 125
p(
    "es",
    "thank_you",
    "ustedes son lo máximo 😭 gracias por cuidar a mi baby Aitana en la NICU, bed 22, desde el día que nació "
    "(8 de febrero) hasta hoy. sigan su progreso en ig @aitana.la.guerrera 💕 from Horizon with love",
    [
        ("NAME", "Aitana"),
        ("OTHER_ID", "bed 22"),
        ("DATE", "8 de febrero"),
        ("OTHER_ID", "@aitana.la.guerrera"),
        ("GEO", "Horizon"),
    ],
    note="Spanglish comment: name, NICU bed, birth date, family Instagram handle, home (Horizon City)",
)

# 126
n(
    "es",
    "campaign_hashtag",
    "Septiembre es el mes de concientización sobre el cáncer infantil 💛 Usa #GuerrerosDelDesierto para "
    "honrar a todos los niños que luchan en nuestra unidad de oncología pediátrica. Por cada publicación, "
    "Farmacias del Valle donará $1 a nuestro fondo familiar.",
    "campaign hashtag; sponsor",
)

# 127
p(
    "en",
    "memorial",
    "We said goodbye to our friend Big Mike — Miguel Ángel Fuentes — on Thanksgiving morning. For 3 years, "
    "Mike came to chemo with his therapy dog Lucky and a bag of Whataburger for the nurses. His daughter "
    "Cristina asked us to share: 'He'd want you to eat the fries while they're hot.'",
    [
        ("NAME", "Mike", "*"),
        ("NAME", "Miguel Ángel Fuentes"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Cristina"),
    ],
    note="nickname (descriptive 'Big' excluded), full name, death on a holiday, daughter; dog not labelled",
)

# 128
n(
    "en",
    "memorial",
    "Rest easy, Lucky. 🐾 Our beloved therapy dog, a golden retriever who visited the chemo infusion center "
    "every Tuesday for nine years, crossed the rainbow bridge on Friday. His handler, volunteer Phil "
    "Hartley, thanks everyone for the cards.",
    "a pet and a volunteer",
)

# 129
p(
    "es",
    "pasted_record",
    "Registro de admisión — Nombre: Ma. Concepción Ibarra Zamarripa · CURP: IAZC570808MCHBMN04 · Credencial "
    "INE: 0829117344512 · Domicilio: Calle Ignacio Mejía 455, Col. Centro, Cd. Juárez · Tel.: 656-555-0122 "
    "· Contacto: Rodolfo Ibarra (hijo)",
    [
        ("NAME", "Ma. Concepción Ibarra Zamarripa"),
        ("OTHER_ID", "IAZC570808MCHBMN04"),
        ("OTHER_ID", "0829117344512"),
        ("GEO", "Calle Ignacio Mejía 455"),
        ("GEO", "Centro"),
        ("GEO", "Cd. Juárez"),
        ("PHONE", "656-555-0122"),
        ("NAME", "Rodolfo Ibarra"),
    ],
    note="Mexican IDs (CURP, INE) as OTHER_ID; street named after a historical figure is GEO; son",
)

# 130
n(
    "es",
    "hospital_contact",
    "Oficina de Pacientes Internacionales: si vive en Ciudad Juárez o Chihuahua y necesita una cita, "
    "escríbanos a internacional@sierradelnortehealth.org o llame al (915) 555-0142. Aceptamos pago en pesos "
    "en nuestra caja del campus Montana.",
    "hospital contact; places of the audience",
)

# 131
p(
    "en",
    "discharge",
    "Discharge day for our favorite nonagenarian, Mrs. Winifred 'Winnie' Salazar, who charmed 6 West for "
    "two weeks with stories of dancing at the old Hotel Paso del Norte ballroom. Winnie heads home to Kern "
    "Place today with her son Daniel and a bag of our graham crackers.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Winifred 'Winnie' Salazar"),
        ("NAME", "Winnie", 2),
        ("GEO", "Kern Place"),
        ("NAME", "Daniel"),
    ],
    note="'nonagenarian' is AGE; neighbourhood; son; the old hotel is a memory, not her address",
)

# 132
n(
    "en",
    "statistic",
    "Our oldest patients are our toughest: in 2024 we cared for 1,306 adults aged 90 and older, and 41 "
    "centenarians. Average length of stay for patients over 90 dropped from 6.2 to 4.8 days thanks to our "
    "Acute Care for Elders unit.",
    "population ages and 'centenarians' as a group",
)

# 133
p(
    "es",
    "patient_story",
    "Para Dylan, el Día del Niño no fue de piñatas: el 30 de abril recibió su nuevo corazón. Cinco meses "
    "después, este niño del Chamizal ya juega fútbol con sus primos. Su papá, Omar Gallardo, nos mandó este "
    "video de su primer gol. ⚽❤️",
    [
        ("NAME", "Dylan"),
        ("DATE", "Día del Niño"),
        ("DATE", "30 de abril"),
        ("GEO", "Chamizal"),
        ("NAME", "Omar Gallardo"),
        ("PHOTO", "video"),
    ],
    note="transplant date named twice; neighbourhood; father; attached video shows the patient",
)

# 134
n(
    "es",
    "event",
    "¡Celebra el Día del Niño con nosotros! El 30 de abril de 3 a 6 p.m. tendremos brincolín, pinta caritas "
    "y revisión de asientos para el auto en el estacionamiento de la clínica de Alameda. Gratis para toda "
    "la familia.",
    "same holiday and date, as a hospital event",
)

# 135
p(
    "en",
    "pasted_record",
    "Pasted from our shared Teams channel by mistake (removed within minutes): 'bed 4 in ED pod C — Ruiz, "
    "Guadalupe, 90yo, from the Mission Valley memory care, daughter Lourdes 915-555-0138 wants a call "
    "before any transfer'",
    [
        ("OTHER_ID", "bed 4"),
        ("NAME", "Ruiz, Guadalupe"),
        ("AGE", "90yo"),
        ("GEO", "Mission Valley"),
        ("NAME", "Lourdes"),
        ("PHONE", "915-555-0138"),
    ],
    note="chat line: bed, name, age token with attached suffix, residence area, daughter and her phone "
    "(looks like a hospital number but is not)",
)

# 136
n(
    "en",
    "crisis_update",
    "IT notice: our patient portal and phone lines at the Lower Valley clinic are down due to a fiber cut "
    "on Alameda. If you have an appointment today, please come in as scheduled or call the main line, (915) "
    "555-0100. We'll post updates here.",
    "operational notice",
)

# 137
p(
    "es",
    "memorial",
    "Hoy, en el Día de los Muertos, recordamos a la pequeña Luz Elena Carreón, quien partió en nuestra UCI "
    "pediátrica el 12 de octubre, a los 3 años. Su mamá, Dulce, colocó en nuestra ofrenda su vestido de "
    "flores y sus muñecas. Luz, siempre serás luz. 🕯️",
    [
        ("NAME", "Luz Elena Carreón"),
        ("DATE", "12 de octubre"),
        ("NAME", "Dulce"),
        ("NAME", "Luz", 2),
    ],
    note="death date labelled; the Día de los Muertos of posting is not her event; lower-case 'luz' is a "
    "word",
)

# 138
n(
    "es",
    "memorial",
    "La luz de cada vela en nuestra ofrenda representa a un paciente que nos dejó este año. Gracias a las "
    "familias que compartieron pan, flores y recuerdos. Nos vemos el próximo Día de los Muertos. 🌼",
    "group remembrance",
)

# 139
p(
    "en",
    "birth_announcement",
    "Baby boy #Zubia arrived at 6:12 this morning — 8 lbs 11 oz and already louder than his three big "
    "sisters. Congrats, Zubia family! 💙 Pictured: baby Zubia meeting big sister Camila.",
    [
        ("NAME", "#Zubia"),
        ("NAME", "Zubia", "*"),
        ("PHOTO", "Pictured"),
        ("NAME", "Camila"),
    ],
    note="family surname as hashtag and as family name; photo of the baby; sister",
)

# 140
n(
    "en",
    "birth_announcement",
    "Baby boom! 🍼 Our L&D team welcomed 19 babies in 24 hours this week, including two sets of twins — a "
    "new record for the Montana campus. Congratulations to all our new families!",
    "births as a count",
)

# 141
p(
    "es",
    "thank_you",
    "Un agradecimiento especial a Mireya Quezada, hija de una de nuestras pacientes de diálisis, que cada "
    "sábado trae gorditas para todo el turno. ¡Mireya, eres un ángel!",
    [("NAME", "Mireya Quezada"), ("NAME", "Mireya", 2)],
    note="a patient's relative named without the patient is still labelled",
)

# 142
n(
    "es",
    "thank_you",
    "Un agradecimiento especial a Mireya Quintana, voluntaria de la Cruz Roja, que cada sábado trae "
    "gorditas para todo el turno de urgencias. ¡Mireya, eres un ángel!",
    "near-identical wording, but a volunteer, not a relative",
)

# 143
p(
    "es",
    "patient_story",
    "¡La Flaca ya regresó! 💃 Nuestra paciente Graciela 'Flaca' Ontiveros, que necesitó un doble trasplante "
    "de pulmón después de 30 años trabajando en una maquiladora de Juárez, acaba de bailar una cumbia en el "
    "gimnasio de terapia. Su esposo, Beto, lo grabó todo.",
    [
        ("NAME", "Flaca", 1),
        ("NAME", "Graciela 'Flaca' Ontiveros"),
        ("GEO", "Juárez"),
        ("NAME", "Beto"),
    ],
    note="ordinary-word nickname; city where she worked; husband; the recording is not said to be attached",
)

# 144
n(
    "es",
    "health_tip",
    "¿Trabajó en una maquiladora, una fundidora o una despepitadora de algodón? Dígaselo a su médico. Años "
    "de polvo y humo pueden dañar los pulmones mucho antes de que le falte el aire. Detección gratuita de "
    "cáncer de pulmón para extrabajadores de fábricas de los dos lados de la frontera.",
    "general tip",
)

# 145
p(
    "es",
    "pasted_record",
    "Recordatorio de cita (copiado del SMS): 'Sierra del Norte: Hola HILDA V., su cita con Cardiología es "
    "el 17/10 a las 09:30 en 5500 Montana Avenue, 3er piso. Confirme al (915) 555-0142. Ref. paciente "
    "00774215.'",
    [("NAME", "HILDA V."), ("DATE", "17/10"), ("MRN", "00774215")],
    note="appointment date is the patient's; patient reference number as MRN; hospital address and phone "
    "are not",
)

# 146
n(
    "es",
    "pasted_record",
    "Así se ven nuestros recordatorios de citas por SMS: 'Sierra del Norte: Hola [NOMBRE], su cita es el "
    "[FECHA] a las [HORA]. Confirme al (915) 555-0142.' Nunca le pediremos su número de seguro social por "
    "mensaje. Si recibe algo distinto, es fraude.",
    "template only",
)

# 147
p(
    "en",
    "discharge",
    "Congrats to Sr. Jesús María de la Rosa Anchondo on going home after his knee replacement! 🦵 He walked "
    "300 feet on day 1 and flirted with every PT. Back to his garden in San Elizario he goes — with strict "
    "orders to let his grandson Chuy do the digging.",
    [
        ("NAME", "Jesús María de la Rosa Anchondo"),
        ("GEO", "San Elizario"),
        ("NAME", "Chuy"),
    ],
    note="long compound name (title Sr. excluded), town, grandson",
)

# 148
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Jesús 'Chuy' Holguín, our lead respiratory therapist, has worked every Christmas Eve "
    "for 18 years so coworkers with young kids can be home. This year, the night shift surprised him with a "
    "tamalada. ¡Gracias, Chuy!",
    "staff member",
)

# 149
p(
    "es",
    "anonymous_story",
    "'No me voy a morir de calor, me voy a morir de vieja', nos dijo una señora de noventa y cuatro años "
    "del Segundo Barrio a quien trajeron deshidratada ayer. Ya está mejor y quiere su café. Revisen a sus "
    "abuelitos. ☀️",
    [("AGE", "noventa y cuatro"), ("GEO", "Segundo Barrio")],
    note="unnamed patient, but age over 89 in words and her neighbourhood",
)

# 150
n(
    "es",
    "anonymous_story",
    "'Nunca me había enfermado', nos dijo un señor de 87 años que llegó por deshidratación. Ya está en "
    "casa. Durante la ola de calor, abran las ventanas de noche y tengan agua a la mano.",
    "unnamed patient aged under 90, no place",
)

# 151
p(
    "en",
    "thank_you",
    "Thank you from our own Nurse Manager Patricia Lozoya: 'When my mom, Herminia Lozoya, was admitted to 4 "
    "North on June 2, I was terrified to be on the other side of the bed. You treated her like a queen.' "
    "Herminia is home and already back to her Sunday menudo.",
    [
        ("NAME", "Patricia Lozoya"),
        ("NAME", "Herminia Lozoya"),
        ("DATE", "June 2"),
        ("NAME", "Herminia", 2),
    ],
    note="a staff member who is a patient's daughter is labelled as the relative; admission date",
)

# 152
n(
    "en",
    "thank_you",
    "Thank you from Nurse Manager Patricia Lozoya to her 4 North team: 'You covered 41 extra shifts during "
    "the heat wave and never once complained in front of a patient. You're the best team in El Paso.' 💙",
    "the same manager as staff only",
)

# 153
p(
    "es",
    "birth_announcement",
    "Desde Kuwait, el sargento Julio César Moreno vio nacer a su hija por videollamada 📱💕 La pequeña "
    "Alondra Moreno Ávila nació el 29 de enero a las 3:40 a.m. Su mamá, Dafne, y la abuela Teresa no "
    "soltaron el teléfono ni un segundo. En la foto: Alondra con su primer gorrito camuflado.",
    [
        ("NAME", "Julio César Moreno"),
        ("NAME", "Alondra Moreno Ávila"),
        ("DATE", "29 de enero"),
        ("NAME", "Dafne"),
        ("NAME", "Teresa"),
        ("PHOTO", "En la foto"),
        ("NAME", "Alondra", 2),
    ],
    note="deployed father, baby, mother, grandmother, birth date; photo shows the baby; country not GEO",
)

# 154
n(
    "es",
    "staff_spotlight",
    "Conozcan a la sargento Daniela Ávila, técnica de laboratorio de la reserva del ejército, que hoy "
    "regresó a nuestro laboratorio después de 9 meses en Kuwait. Sus compañeros la recibieron con globos y "
    "un pastel de tres leches. ¡Bienvenida a casa, Daniela!",
    "staff member",
)

# 155
p(
    "en",
    "pasted_record",
    "Claim rejected — patient: Carrasco, Luis Fernando; SSN 461-83-2290; Texas Medicaid #523019876; DOS "
    "05/18/2024; reason: eligibility terminated 04/30. Mother/guarantor: Nohemí Carrasco, 3309 Pera Ave, El "
    "Paso TX 79903.",
    [
        ("NAME", "Carrasco, Luis Fernando"),
        ("SSN", "461-83-2290"),
        ("HEALTH_PLAN", "523019876"),
        ("DATE", "05/18/2024"),
        ("DATE", "04/30"),
        ("NAME", "Nohemí Carrasco"),
        ("GEO", "3309 Pera Ave"),
        ("GEO", "El Paso"),
        ("GEO", "79903"),
    ],
    note="claim line: SSN, Medicaid number, service and coverage-end dates, guarantor mother and address",
)

# 156
n(
    "en",
    "statistic",
    "1 in 3 children in El Paso County is covered by Medicaid or CHIP. When coverage lapses, kids miss "
    "checkups and end up in our ED. Renewal letters are going out now — update your address with Texas HHS "
    "at 2-1-1 and don't lose your child's coverage.",
    "population statistic; national/state line",
)

# 157
p(
    "es",
    "patient_story",
    "Doña Martha Elena Valles, de 68 años, se desmayó mientras hacía fila en el Puente Libre bajo 41 grados "
    "el 22 de junio. Un agente de CBP y dos desconocidos la cargaron a la sombra hasta que llegó la "
    "ambulancia. Hoy nos visitó para agradecer... y a regañarnos por no tener más sombra en la fila. 😅",
    [("NAME", "Martha Elena Valles"), ("GEO", "Puente Libre"), ("DATE", "22 de junio")],
    note="bridge where she collapsed is the injury site (GEO); date; age under 90",
)

# 158
n(
    "es",
    "crisis_update",
    "ALERTA DE CALOR: con temperaturas de 108°F, pedimos a quienes cruzan a pie por los puentes Santa Fe, "
    "Stanton y Libre que lleven agua y sombrero. Hoy atendimos a 14 personas que se desmayaron en las "
    "filas. Cruz Roja tiene carpas de hidratación del lado de Juárez.",
    "group of patients; public places; 'Cruz' is part of an organisation",
)

# 159
p(
    "en",
    "patient_story",
    "Cruz Ortega Madrid spent 19 years as a Red Cross volunteer handing out water to people crossing the "
    "border. Last month, the roles reversed: Cruz collapsed from heat on his shift, and our team returned "
    "the favor. Cruz is home in Sunset Heights, and yes, he's already asked when he can go back.",
    [("NAME", "Cruz Ortega Madrid"), ("NAME", "Cruz", "*"), ("GEO", "Sunset Heights")],
    note="first name 'Cruz' and surname 'Madrid' are ordinary words/places; neighbourhood",
)

# 160
n(
    "en",
    "crisis_update",
    "UPDATE 9:15 p.m.: Power has been restored at our Montana campus after tonight's storm. Generators kept "
    "every ICU bed, ventilator and NICU isolette running without interruption. Thank you to our facilities "
    "team and El Paso Electric crews. No patients were harmed.",
    "operational update",
)

# 161
p(
    "es",
    "pasted_record",
    "Pulsera de identificación reimpresa — NOMBRE: GONZÁLEZ DE LA O, MARÍA DEL REFUGIO · FN: 21/07/1947 · "
    "NHC: 00845530 · Pulsera #W-7781204 · ALERGIA: PENICILINA · Cama 12, Urgencias",
    [
        ("NAME", "GONZÁLEZ DE LA O, MARÍA DEL REFUGIO"),
        ("DATE", "21/07/1947"),
        ("MRN", "00845530"),
        ("OTHER_ID", "W-7781204"),
        ("OTHER_ID", "Cama 12"),
    ],
    note="wristband: name, DOB (day/month/year), record number (NHC) as MRN, wristband id, bed",
)

# 162
n(
    "es",
    "research",
    "Estudio clínico abierto: ¿tiene diabetes tipo 2 y vive en El Paso, Juárez o Las Cruces? Buscamos 300 "
    "participantes de 40 a 75 años para probar un programa de caminatas comunitarias. Inscripciones hasta "
    "el 15 de noviembre. Info: investigacion@sdnmc.org",
    "trial recruitment; deadline is not a patient's date",
)

# 163
p(
    "en",
    "hospital_contact",
    "From a reply on our post: 'my grandma Amalia Reza is still in the ER waiting for a room since 6am, "
    "she's 95 and diabetic, can someone from the hospital call me?? 915-555-0154 or amireza.elp@gmail.com' "
    "— We've reached out privately. Please don't post personal info publicly; DM us instead.",
    [
        ("NAME", "Amalia Reza"),
        ("AGE", "95"),
        ("PHONE", "915-555-0154"),
        ("EMAIL", "amireza.elp@gmail.com"),
    ],
    note="quoted reply: patient, age over 89, relative's phone and e-mail",
)

# 164
n(
    "en",
    "hospital_contact",
    "Worried about a loved one in our ED? Please don't post names or health details in the comments. Call "
    "our Patient Information line at (915) 555-0142 or send us a DM at @SierraDelNorteMC and a patient "
    "advocate will call you back within an hour.",
    "hospital phone and handle",
)

# 165
p(
    "es",
    "discharge",
    "Después de 3 semanas en nuestra unidad de quemados por las heridas del alambre de púas en el muro, "
    "Dayana, de 17 años, salió hoy rumbo a Chicago para reunirse con su tía. Las enfermeras del 4 Este le "
    "regalaron una mochila con ropa y un rosario. Buen viaje, Dayana 🙏 #DayanaValiente",
    [("NAME", "#DayanaValiente"), ("NAME", "Dayana", "*"), ("GEO", "Chicago")],
    note="migrant teen: name, name hashtag, destination city; 4 Este is a unit",
)

# 166
n(
    "es",
    "recruitment",
    "¡Únete a nuestro equipo de la unidad de quemados! Buscamos enfermeras con experiencia en cuidado de "
    "heridas. Bono de contratación de $15,000, clases de español médico y guardería para turnos nocturnos. "
    "Aplica en careers.sierradelnortehealth.org.",
    "recruitment",
)

# 167
p(
    "en",
    "birth_announcement",
    "Three's company! 🌙🌙🌙 Luna, Estrella and Sol — the Carrasco-Luna triplets — were born 11/29 at 31 weeks "
    "and graduated from our NICU this week, just in time for Christmas in Santa Teresa with big brother "
    "Emiliano.",
    [
        ("NAME", "Luna", 1),
        ("NAME", "Estrella"),
        ("NAME", "Sol"),
        ("NAME", "Carrasco-Luna"),
        ("DATE", "11/29"),
        ("GEO", "Santa Teresa"),
        ("NAME", "Emiliano"),
    ],
    note="word names (moon, star, sun); family surname; birth date; home town; Christmas is not their event",
)

# 168
n(
    "es",
    "health_tip",
    "¿Sabía que los bebés que nacen antes de las 37 semanas son prematuros? En El Paso la tasa de partos "
    "prematuros está por encima del promedio nacional. Las consultas prenatales del primer trimestre son "
    "gratis para mamás elegibles. Llame al (915) 555-0167.",
    "general tip; hospital phone",
)

# 169
p(
    "es",
    "milestone_birthday",
    "Mi abuelita Cleotilde Baeza cumple 99 el domingo y sigue en el hospital 😢 la pusieron en el 5to piso, "
    "cuarto 529, por si alguien de la familia quiere ir a cantarle las mañanitas. Tráiganle pan de Juárez "
    "que le encanta!",
    [("NAME", "Cleotilde Baeza"), ("AGE", "99"), ("OTHER_ID", "cuarto 529")],
    note="family comment: age over 89, room; weekday not a date; 'pan de Juárez' is not her address",
)

# 170
n(
    "es",
    "milestone_birthday",
    "¿Su ser querido cumple años en el hospital? Podemos ayudar: pastel sin azúcar, globos (no de látex) y "
    "mariachi hasta 20 minutos en la sala familiar. Avísele a su enfermera con 48 horas de anticipación. 🎂",
    "policy information",
)

# 171
p(
    "en",
    "pasted_record",
    "Discharge summary excerpt — Name: Sgt. Brianna N. Holloway | DOB 1997-10-06 | Admit 2024-07-19 / "
    "Discharge 2024-07-24 | Dx: exertional heat stroke, rhabdomyolysis | Unit: 2-1 ADA, Fort Bliss | "
    "Driver's license TX 39485102 | F/U: PCM at Fort Bliss in 72 hrs",
    [
        ("NAME", "Brianna N. Holloway"),
        ("DATE", "1997-10-06"),
        ("DATE", "2024-07-19"),
        ("DATE", "2024-07-24"),
        ("GEO", "Fort Bliss", "*"),
        ("LICENSE", "39485102"),
    ],
    note="ISO dates, post (both mentions), driver's licence; rank and military unit not labelled",
)

# 172
n(
    "en",
    "pasted_record",
    "Heat-stroke protocol card (ED): 1) Core temp rectal. 2) If >104°F, cold-water immersion or ice-sheet "
    "wrap immediately — cool first, transport second. 3) Target 102°F within 30 min. 4) Labs: CK, CMP, "
    "lactate, UA. Posted on 5 West & in Bay 3.",
    "protocol text; a bay number not tied to a patient",
)

# 173
p(
    "es",
    "thank_you",
    "La familia Ochoa Meraz agradece a las enfermeras del turno de noche por acompañar a su mamá, doña "
    "Lupe, en sus últimos días. 'Ustedes le cantaron Cielito Lindo cuando nosotros ya no podíamos.' Que "
    "Dios las bendiga.",
    [("NAME", "Ochoa Meraz"), ("NAME", "Lupe")],
    note="family double surname and the patient's nickname; song title not labelled",
)

# 174
n(
    "es",
    "event",
    "¡Posada navideña en Sierra del Norte! El 18 de diciembre a las 6 p.m. pediremos posada por los "
    "pasillos del piso 3 con pacientes pediátricos y sus familias. Habrá ponche, piñata y aguinaldos. Los "
    "Reyes Magos llegan el 6 de enero. 🌟",
    "hospital event dates",
)

# 175
p(
    "en",
    "patient_story",
    "Trucker Raymond 'Tex' Dubois was hauling onions up I-10 near Sierra Blanca when his heart stopped. A "
    "Border Patrol agent did CPR for 11 minutes. Ray just left our cardiac rehab, and his rig (VIN "
    "1XKYD49X9LJ412375) is back on the road with his son Cody driving for now.",
    [
        ("NAME", "Raymond 'Tex' Dubois"),
        ("GEO", "I-10"),
        ("GEO", "Sierra Blanca"),
        ("NAME", "Ray"),
        ("VEHICLE", "1XKYD49X9LJ412375"),
        ("NAME", "Cody"),
    ],
    note="nickname that is a state abbreviation; road and town of the event; VIN; son; the agent is not "
    "labelled",
)

# 176
n(
    "en",
    "public_figure",
    "Today we honored Border Patrol Agent Luis Armijo with our Community Lifesaver Award. Agent Armijo has "
    "performed CPR on three travelers on I-10 this year alone. Join us in thanking him! 👏",
    "an honoree who is not a patient; travelers unnamed",
)

# 177
p(
    "es",
    "milestone_birthday",
    "¡Felices 90, don Serapio! 🎉 El paciente más alegre de nuestra unidad de diálisis de Fabens cumplió "
    "años el 1º de mayo, Día del Trabajo, y dice que por eso nunca ha dejado de trabajar. Sus hijas Lety y "
    "Male le trajeron mariachi.",
    [
        ("AGE", "90"),
        ("NAME", "Serapio"),
        ("DATE", "1º de mayo"),
        ("DATE", "Día del Trabajo"),
        ("NAME", "Lety"),
        ("NAME", "Male"),
    ],
    note="age 90, birthday named twice, daughters (one nickname is an English word); our Fabens unit is not "
    "GEO",
)

# 178
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 90 al Dr. Rafael Ontiveros, fundador de nuestra unidad de diálisis de Fabens! Aunque "
    "se jubiló hace 15 años, todavía viene cada 1º de mayo a saludar a los pacientes y al personal.",
    "a doctor's birthday: staff age and dates not labelled",
)

# 179
p(
    "en",
    "memorial",
    "El Paso Fire Department Captain Orlando Medrano died in our trauma bay on the night of May 4 after "
    "being injured in the warehouse fire on Gateway East. He was 49. Our staff stood in silence as the "
    "procession of engines passed the Montana entrance. Rest in peace, Captain.",
    [("NAME", "Orlando Medrano"), ("DATE", "May 4"), ("GEO", "Gateway East")],
    note="a public servant who died as our patient: death date, road of the injury; age under 90",
)

# 180
n(
    "en",
    "memorial",
    "We join the El Paso Fire Department in mourning Captain Alicia Terrazas, who died Saturday after a "
    "long illness at her home in Colorado. Capt. Terrazas taught CPR to more than 600 of our employees. "
    "Services will be held May 18 at St. Patrick Cathedral.",
    "not our patient; service date is an event",
)

# 181
p(
    "es",
    "patient_story",
    "Our quinceañera queen!! 👑 Reina Berenice Zamora cumplió sus quince aquí en el piso de diálisis el 3 de "
    "agosto, esperando un riñón. Los chambelanes fueron los enfermeros (con todo y guantes jaja). Si "
    "quieres ser donante vivo, Reina te lo agradece. 💜",
    [("NAME", "Reina Berenice Zamora"), ("DATE", "3 de agosto"), ("NAME", "Reina", 2)],
    note="Spanglish; first name is a word (queen); her quince date",
)

# 182
n(
    "es",
    "event",
    "Charla informativa: ¿Quieres ser donante vivo de riñón? El jueves 7 de noviembre a las 6 p.m., en el "
    "auditorio del campus Montana, nuestro equipo de trasplantes resolverá tus dudas. Habrá traducción al "
    "inglés y estacionamiento gratis.",
    "event date",
)

# 183
p(
    "en",
    "thank_you",
    "To the family in Room 8 of our PICU — you know who you are — thank you for the pan dulce every Sunday. "
    "Little J.R. has been our sunshine for 5 weeks and we'll miss your whole crew when he goes home Friday.",
    [("OTHER_ID", "Room 8"), ("NAME", "J.R.")],
    note="room tied to a patient; initials as his name ('Little' excluded)",
)

# 184
n(
    "es",
    "thank_you",
    "¡Gracias a todos los que llenaron la Sala de Juntas 8 para la sesión académica sobre golpe de calor! "
    "Las diapositivas de la Dra. Navarro sobre inmersión en agua fría están en la intranet. El próximo mes: "
    "mordeduras de víbora en el desierto de Chihuahua. 🐍",
    "conference room and staff",
)

# 185
p(
    "es",
    "pasted_record",
    "Pizarrón de L&D, turno día: Hab. 201 — Ledezma (G2P1, 38 sem, inducción) · Hab. 202 — Camacho Rey "
    "(postparto, bebé en UCIN cuna 6) · Hab. 203 — LIMPIEZA · Hab. 204 — Tarango, Fátima (trabajo de parto "
    "activo)",
    [
        ("OTHER_ID", "Hab. 201"),
        ("NAME", "Ledezma"),
        ("OTHER_ID", "Hab. 202"),
        ("NAME", "Camacho Rey"),
        ("OTHER_ID", "cuna 6"),
        ("OTHER_ID", "Hab. 204"),
        ("NAME", "Tarango, Fátima"),
    ],
    note="L&D board: rooms, names, the baby's crib; the room being cleaned is not tied to a patient",
)

# 186
n(
    "es",
    "pasted_record",
    "Pizarrón de Limpieza, piso 2: Hab. 203 — alta pendiente de limpieza terminal · Hab. 207 — cambio de "
    "cortinas · Cuarto de suministros — reponer guantes M. Supervisora: Nereida Flores, ext. 2290.",
    "housekeeping board: rooms not tied to any patient; staff",
)

# 187
p(
    "en",
    "patient_story",
    "Shoutout to Marco Antonio Ledesma Sr., who has driven from Van Horn every single weekend for 3 months "
    "to read Harry Potter to his son in our rehab unit. Marco Jr. (we call him 'MJ') just took his first "
    "steps since the crash. #mjstrong #ElPasoStrong",
    [
        ("NAME", "Marco Antonio Ledesma"),
        ("GEO", "Van Horn"),
        ("NAME", "Marco", 2),
        ("NAME", "MJ"),
        ("NAME", "#mjstrong"),
    ],
    note="father and son (Sr./Jr. excluded), home town, initials nickname, lower-case name hashtag",
)

# 188
n(
    "en",
    "campaign_hashtag",
    "Five years later, we still stand #ElPasoStrong. Today at 10:39 a.m., our staff will pause for a moment "
    "of silence in honor of the lives lost and the survivors we were privileged to care for. #ElPasoStrong "
    "#August3",
    "community campaign hashtags; a public event date, no individual",
)

# 189
p(
    "es",
    "eponymous_condition",
    "Tomasito Rentería, nuestro paciente estrella con síndrome de Down, cumplió su sueño: ser 'doctor por "
    "un día'. Con su bata y estetoscopio, revisó a medio personal de pediatría y le recetó 'más abrazos' a "
    "todos. Gracias a su mamá, Leticia, por compartir este momento. 🩺",
    [("NAME", "Tomasito Rentería"), ("NAME", "Leticia")],
    note="patient with an eponymous condition (not labelled) and his mother",
)

# 190
n(
    "es",
    "eponymous_condition",
    "El Alzheimer no es 'cosa de la edad'. Si su papá o mamá repite preguntas, se pierde en lugares "
    "conocidos o cambia de carácter, pida una evaluación. Nuestro grupo de apoyo para cuidadores se reúne "
    "cada segundo martes en la clínica de Alameda.",
    "eponym, general information",
)

# 191
p(
    "en",
    "milestone_birthday",
    "Our first centenarian of 2025! Ms. Ofelia Portillo celebrated with her great-great-grandkids on 7 "
    "East, where she's recovering from a hip fracture. Ofelia was born on Christmas Day and says she's been "
    "'the best present' ever since.",
    [
        ("AGE", "centenarian"),
        ("NAME", "Ofelia Portillo"),
        ("NAME", "Ofelia", 2),
        ("DATE", "Christmas Day"),
    ],
    note="'centenarian' is AGE; birthday on a holiday; bare year not labelled",
)

# 192
n(
    "en",
    "milestone_birthday",
    "Happy 249th birthday to the U.S. Army! 🇺🇸 Thank you to the Fort Bliss soldiers, veterans and military "
    "families who trust us with their care — and to the 212 veterans on our own staff.",
    "an institution's birthday",
)

# 193
p(
    "es",
    "discharge",
    "ya estamos en casa!!! gracias sierra del norte por cuidar a mi niña luz maría en el 4to piso 💕 ustedes "
    "la salvaron del dengue. saludos desde anapra 🙌",
    [("NAME", "luz maría"), ("GEO", "anapra")],
    note="lower-case name and lower-case colonia",
)

# 194
n(
    "es",
    "health_tip",
    "Dengue en la frontera: si viajó a Juárez o al sur de México y tiene fiebre alta, dolor detrás de los "
    "ojos y de huesos, acuda a su médico. Evite los piquetes de mosquito: use repelente y vacíe los botes "
    "con agua estancada.",
    "general tip",
)

# 195
p(
    "en",
    "pasted_record",
    "Copied from the in-basket (oops): 'Pt Jose Luis Arriaga, MRN 00690347, called re: refill of insulin "
    "pump supplies. Pump SN: TND-3392-0418. Pref. contact: text 575-555-0119. Wife (Marisela) will pick up "
    "at Alameda pharmacy.'",
    [
        ("NAME", "Jose Luis Arriaga"),
        ("MRN", "00690347"),
        ("DEVICE", "TND-3392-0418"),
        ("PHONE", "575-555-0119"),
        ("NAME", "Marisela"),
    ],
    note="in-basket message: MRN, pump serial, phone, wife; the pharmacy is ours",
)

# 196
n(
    "en",
    "research",
    "Research update: our endocrinology team enrolled 186 teens with type 1 diabetes in a closed-loop "
    "insulin pump study across El Paso and Ciudad Juárez. Early results: 2.1 more hours per day in target "
    "range. Thank you to every family who joined!",
    "population research",
)

# 197
p(
    "es",
    "patient_story",
    "Santos Elías Hernández, de Concepción de María, Honduras, llegó con una herida de machete infectada "
    "después de 40 días de camino. Hoy, tras dos cirugías, Santos ya mueve los dedos de la mano y sueña con "
    "volver a tocar la guitarra. Lo acompaña su primo, Wilfredo.",
    [
        ("NAME", "Santos Elías Hernández"),
        ("GEO", "Concepción de María"),
        ("NAME", "Santos", 2),
        ("NAME", "Wilfredo"),
    ],
    note="name that is a word; home town that looks like a name; cousin; country not GEO",
)

# 198
n(
    "es",
    "statistic",
    "En los últimos 12 meses atendimos a 6,480 personas migrantes en nuestras salas de urgencias. Las "
    "causas principales: deshidratación (31%), lesiones por caídas del muro (18%) y complicaciones del "
    "embarazo (12%). La atención médica de urgencia es un derecho.",
    "population statistic",
)

# 199
p(
    "en",
    "thank_you",
    "Thank you to the ER team for saving my husband Gil Chacón on Sept 16 — we were at the Grito "
    "celebration in San Elizario when he started having chest pains. 🇲🇽❤️ Follow his recovery on FB: "
    "facebook.com/gilchaconrecovery",
    [
        ("NAME", "Gil Chacón"),
        ("DATE", "Sept 16"),
        ("GEO", "San Elizario"),
        ("URL", "facebook.com/gilchaconrecovery"),
    ],
    note="event date, place of onset, family page URL",
)

# 200
n(
    "en",
    "event",
    "¡Viva México! Join us Sept. 15 at 8 p.m. for our Grito celebration in the Montana campus courtyard, "
    "with mariachi, aguas frescas and free blood-pressure checks. Patients and families on our inpatient "
    "floors can watch the livestream on channel 7.",
    "hospital event",
)

# 201
p(
    "es",
    "pasted_record",
    "Agenda Clínica Socorro 10/09: 08:00 Mendiola, Socorro (control DM) · 08:20 Prieto Loya, Jesús A. (INR) "
    "· 08:40 Baca, Efrén (posop) · 09:00 — bloqueado — · Dr. Ruelas",
    [
        ("DATE", "10/09"),
        ("NAME", "Mendiola, Socorro"),
        ("NAME", "Prieto Loya, Jesús A."),
        ("NAME", "Baca, Efrén"),
    ],
    note="clinic schedule: appointment date and patients; the clinic's town name and the doctor are not "
    "labelled",
)

# 202
n(
    "es",
    "staff_spotlight",
    "Conozcan a Socorro Durán, nuestra recepcionista de la clínica de Socorro desde que abrió. Se sabe el "
    "nombre de cada abuelito que entra por la puerta y les tiene su silla favorita lista. ¡Gracias, "
    "Socorro! 🌻",
    "staff member named like the clinic's town",
)

# 203
p(
    "en",
    "anonymous_story",
    "A patient we'll just call R. asked us to share this on the anniversary of her overdose, December 28: "
    "'Two years clean. The nurse who sat with me that night in Bay 6 said I was worth saving. I believed "
    "her.' We're so proud of you, R. 💜",
    [("NAME", "R.", "*"), ("DATE", "December 28"), ("OTHER_ID", "Bay 6")],
    note="initial as the patient's name, overdose date, her ED bay",
)

# 204
n(
    "en",
    "anonymous_story",
    "A patient in recovery asked us to share this, no names: 'Two years ago I woke up in your ER after an "
    "overdose. Today I'm a peer counselor.' If you or someone you love is struggling, call or text 988. "
    "Recovery is possible.",
    "de-identified; relative time; national line",
)

# 205
p(
    "es",
    "birth_announcement",
    "¡Nació en el estacionamiento! 🚗👶 La pequeña Milagros Abigail Rosales no quiso esperar y llegó en el "
    "asiento trasero de la troca de su papá, Ezequiel, frente a la entrada de Urgencias el 2 de septiembre. "
    "Mamá Yuliana y bebé están perfectas. ¡Nuestro milagro del Labor Day!",
    [
        ("NAME", "Milagros Abigail Rosales"),
        ("NAME", "Ezequiel"),
        ("DATE", "2 de septiembre"),
        ("NAME", "Yuliana"),
        ("DATE", "Labor Day"),
    ],
    note="named version of a parking-lot birth: baby, parents, date named twice; our entrance is not GEO",
)

# 206
n(
    "es",
    "birth_announcement",
    "¡Récord! En agosto recibimos a 412 bebés en nuestra maternidad, el mes con más nacimientos en la "
    "historia de Sierra del Norte. Gracias a nuestras enfermeras obstétricas y parteras por cada desvelo. 💕",
    "births as a count; month not tied to a patient",
)

# 207
p(
    "en",
    "memorial",
    "Honoring Korean War veteran Sgt. Henry Gutiérrez Alcalá, who passed peacefully at 96 in our hospice on "
    "Veterans Day, November 11. The flag that covered him on his final walk down our hallway now hangs in "
    "his grandson Andrew's classroom.",
    [
        ("NAME", "Henry Gutiérrez Alcalá"),
        ("AGE", "96"),
        ("DATE", "Veterans Day"),
        ("DATE", "November 11"),
        ("NAME", "Andrew"),
    ],
    note="veteran patient, age over 89, death date named twice, grandson",
)

# 208
n(
    "en",
    "event",
    "This Veterans Day, November 11, our honor guard will lead a flag ceremony at 11 a.m. in front of our "
    "Northeast clinic. All veterans receive a free lunch in our cafeteria. Thank you for your service.",
    "holiday as an event date",
)

# 209
p(
    "es",
    "patient_story",
    "Dolores Pedraza llevaba 20 años con dolores de espalda hasta que le hicieron la cirugía de columna en "
    "marzo. Ahora Lolita camina 2 millas diarias por el parque de su colonia, en Pebble Hills. 'Ya no tengo "
    "dolores, nomás el nombre', dice riendo.",
    [
        ("NAME", "Dolores Pedraza"),
        ("DATE", "marzo"),
        ("NAME", "Lolita"),
        ("GEO", "Pebble Hills"),
    ],
    note="name that is a common noun (lower-case 'dolores' is not her name); surgery month; neighbourhood",
)

# 210
n(
    "es",
    "health_tip",
    "¿Dolor de espalda? La mayoría mejora en 4 a 6 semanas con movimiento, calor local y ejercicios. Busque "
    "atención urgente si hay pérdida de fuerza en las piernas, fiebre o problemas para orinar. Nuestro "
    "programa de columna atiende en español.",
    "general tip",
)

# 211
p(
    "en",
    "pasted_record",
    "Ticket INC0102284 — Caller: D. Soto (unit clerk, 3W). Issue: patient Amparo Villalba (MRN 00455902) in "
    "room 318 can't connect her own tablet to guest Wi-Fi to video-call her son in Tijuana; tablet MAC "
    "3C:22:FB:91:0A:7E, IP 172.16.40.88. Resolved: reset captive portal.",
    [
        ("NAME", "Amparo Villalba"),
        ("MRN", "00455902"),
        ("OTHER_ID", "room 318"),
        ("GEO", "Tijuana"),
        ("DEVICE", "3C:22:FB:91:0A:7E"),
        ("IP", "172.16.40.88"),
    ],
    note="IT ticket about a patient: MRN, room, son's city, her own device's MAC (DEVICE) and IP; caller is "
    "staff",
)

# 212
n(
    "en",
    "pasted_record",
    "Change CR-7719: Replace guest Wi-Fi access points on 3 West (AP-3W-01 through AP-3W-06, subnet "
    "172.16.40.0/24) on 11/14, 01:00–03:00. Expect 10-minute outages per room. Approved by: M. Castañón, IT "
    "Infrastructure.",
    "IT change: hospital equipment, subnet and date",
)

# 213
p(
    "es",
    "thank_you",
    "Gracias a Nayeli Torres-Briones, esposa de uno de nuestros pacientes de la UCI, por organizar la "
    "colecta de ropa para las familias de militares que se quedan aquí noche tras noche. Nayeli, desde Fort "
    "Bliss hasta el 6 Oeste, ¡eres familia!",
    [("NAME", "Nayeli Torres-Briones"), ("NAME", "Nayeli", 2), ("GEO", "Fort Bliss")],
    note="a patient's wife named without the patient; her home post",
)

# 214
n(
    "es",
    "staff_spotlight",
    "Conozcan a Noemí Briones, nuestra enlace con las familias militares de Fort Bliss. Ex sargento del "
    "ejército, esposa de soldado y mamá de tres, Noemí sabe lo que es una mudanza cada dos años. Llámela: "
    "(915) 555-0115.",
    "staff member; hospital phone",
)

# 215
p(
    "en",
    "discharge",
    "Going home after 97 days!!! 🎉 Our NICU family will miss you, little man. #BabyBenjamin #NICUgrad "
    "#SierraDelNorteStrong",
    [("NAME", "#BabyBenjamin")],
    note="the name appears only in a hashtag; '97 days' is not an age",
)

# 216
n(
    "en",
    "campaign_hashtag",
    "It's NICU Awareness Month! 💜 Share your NICU grad's photo (first names only, please!) with #NICUgrad "
    "and #SierraDelNorteStrong. Every preemie who goes home gets a bell ring in the hallway.",
    "campaign hashtags",
)

# 217
p(
    "es",
    "milestone_birthday",
    "La centenaria más coqueta de la frontera 💄 Doña Altagracia Mesta cumplió 103 el 15 de agosto en "
    "nuestra sala de ortopedia y pidió labial rojo antes de que le cantáramos. #Altagracia103",
    [
        ("AGE", "centenaria"),
        ("NAME", "Altagracia Mesta"),
        ("AGE", "103"),
        ("DATE", "15 de agosto"),
        ("NAME", "#Altagracia103"),
    ],
    note="'centenaria' and 103 are AGE; birthday; name hashtag with the age inside",
)

# 218
n(
    "es",
    "public_figure",
    "¡Qué sorpresa! La cantante juarense Lucero del Alba Ríos visitó hoy la unidad de oncología pediátrica "
    "y cantó 'De Colores' con los niños y sus papás. ¡Gracias por tu voz y tu tiempo, Lucero!",
    "a visiting public figure",
)

# 219
p(
    "en",
    "public_figure",
    "Retired boxing champ Manny 'El Huracán' Fierro (yes, THAT Manny Fierro) asked us to share his stroke "
    "story: he ignored his slurred speech for two hours on June 30. 'Don't be tough. Be fast,' he says. "
    "Manny is back at his gym in the Northeast doing speech therapy between rounds.",
    [
        ("NAME", "Manny 'El Huracán' Fierro"),
        ("NAME", "Manny Fierro"),
        ("DATE", "June 30"),
        ("NAME", "Manny", 3),
        ("GEO", "Northeast"),
    ],
    note="a public figure who was our patient: names, stroke date, district of his gym",
)

# 220
n(
    "en",
    "public_figure",
    "Retired boxing champ Ruben 'La Roca' Estrada stopped by our cardiac rehab gym today to spar (gently!) "
    "with patients and talk about heart-healthy training. Thanks, champ — come back anytime! 🥊",
    "public figure visiting",
)

# 221
p(
    "es",
    "pasted_record",
    "Prealta paciente internacional: DOMÍNGUEZ ESCOBEDO, LUIS ALBERTO · Pasaporte MX G48217733 · Visa láser "
    "(BCC) 4417 0928 1165 · Aseguradora: GNP Seguros, póliza 88-4411902 · Dirección: Av. de las Américas "
    "1620, Cd. Juárez, Chih. · Cirugía programada: 04/12",
    [
        ("NAME", "DOMÍNGUEZ ESCOBEDO, LUIS ALBERTO"),
        ("OTHER_ID", "G48217733"),
        ("OTHER_ID", "4417 0928 1165"),
        ("HEALTH_PLAN", "88-4411902"),
        ("GEO", "Av. de las Américas 1620"),
        ("GEO", "Cd. Juárez"),
        ("DATE", "04/12"),
    ],
    note="passport and border-crossing card (OTHER_ID), insurance policy, address, surgery date; state "
    "abbreviation not GEO",
)

# 222
n(
    "es",
    "research",
    "Publicamos en Salud Pública de México nuestro análisis de 2,300 pacientes que cruzaron desde Ciudad "
    "Juárez para cirugía programada entre 2019 y 2023. Hallazgo: la mitad pagó de su bolsillo. Proponemos "
    "un convenio binacional de aseguramiento.",
    "population research",
)

# 223
p(
    "en",
    "discharge",
    "Eighty-nine-year-old Ernestina Candelaria went home to Ysleta today after beating COVID-19 pneumonia — "
    "her third round of it! 🎉 Her granddaughter Marlene says she's ready for the feast day dances on June "
    "13.",
    [("NAME", "Ernestina Candelaria"), ("GEO", "Ysleta"), ("NAME", "Marlene")],
    note="age 89 is not labelled; the feast day is a community event, not her date",
)

# 224
n(
    "es",
    "statistic",
    "Temporada de influenza: el invierno pasado, el 73% de nuestras hospitalizaciones por influenza fueron "
    "adultos de 65 años o más, y la edad promedio en la UCI fue de 71. La vacuna de dosis alta es gratis "
    "con Medicare en nuestras cuatro sedes.",
    "population statistic",
)

# 225
p(
    "es",
    "thank_you",
    "Gracias infinitas de parte de la familia Caraveo Ríos a la UCI del 5 Este. Nuestro papá llegó el Día "
    "de las Madres sin poder respirar y hoy ya desayunó menudo. Ustedes le regalaron otro Día del Padre con "
    "nosotros. 🙏",
    [("NAME", "Caraveo Ríos"), ("DATE", "Día de las Madres")],
    note="family surname; admission on a holiday is DATE; the coming Father's Day is not his event",
)

# 226
n(
    "es",
    "thank_you",
    "En este Día del Padre, gracias a todos los papás que trabajan en Sierra del Norte: enfermeros, "
    "técnicos, camilleros, médicos y cocineros que hoy cuidan a los hijos de otros. ¡Feliz día! 👔",
    "thanks to staff on a holiday",
)

# 227
p(
    "en",
    "patient_story",
    "When 8-year-old Juanita arrived speaking only K'iche', our interpreter Sebastián recognized her "
    "village's accent and greeted her in her own language. Juanita's kidney infection cleared in a week. "
    "Her mother María asked us to thank everyone at the Casa Esperanza shelter on Oregon Street, where they "
    "are staying.",
    [("NAME", "Juanita", "*"), ("NAME", "María"), ("GEO", "Oregon Street")],
    note="patient and mother; street where they live; the interpreter is staff; shelter name not labelled",
)

# 228
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: medical interpreter Sebastián Tzul speaks Spanish, English, K'iche' and Mam — and "
    "he's taught 40 of our nurses how to greet patients in Mayan languages. 'Saqarik' means good morning. "
    "Try it!",
    "staff member",
)

# 229
p(
    "es",
    "crisis_update",
    "AYUDA A LOCALIZAR FAMILIA: Hombre de aproximadamente 90 años, ingresado anoche por golpe de calor, "
    "dice llamarse 'don Cheque' y vivir en la colonia Toribio Ortega de Juárez. No trae identificación. Si "
    "lo conoce, llame a Trabajo Social al (915) 555-0142.",
    [
        ("AGE", "90"),
        ("NAME", "Cheque"),
        ("GEO", "Toribio Ortega"),
        ("GEO", "Juárez"),
    ],
    note="approximate age 90, a nickname that is a common word, colonia named after a person, city",
)

# 230
n(
    "es",
    "crisis_update",
    "ONDA DE CALOR — DÍA 9: Los albergues del centro reportan 600 personas durmiendo afuera. Nuestras "
    "unidades móviles darán hidratación y revisión médica hoy de 6 a 10 p.m. en la calle Oregon y frente a "
    "la catedral. Voluntarios: repórtense en la entrada de Montana.",
    "operational update; event venues",
)

# 231
p(
    "es",
    "thank_you",
    "gracias a las enfermeras del 3 oeste por cuidar a mi tío REFUGIO 'CUCO' TERRASAS la semana pasada!! "
    "dice que la comida estaba mejor que la de mi tía jaja 😂 -Vanessa",
    [("NAME", "REFUGIO 'CUCO' TERRASAS"), ("NAME", "Vanessa")],
    note="ALL-CAPS misspelt name with nickname; the niece who signs is a relative",
)

# 232
n(
    "en",
    "thank_you",
    "Thank you to our 3 West volunteers — Refugio, Amparo, Cuca and Chayo — who together have logged more "
    "than 40,000 hours of holding hands, fluffing pillows and delivering newspapers. We'd be lost without "
    "you.",
    "volunteers' names",
)

# 233
p(
    "es",
    "discharge",
    "¡Se va a casa nuestro corazoncito! 💘 Emiliano Ruelas Tena nació con un defecto cardíaco y fue operado "
    "el Día de San Valentín, 14 de febrero. Hoy, a los 3 meses, se va a Horizon City con sus papás y sus 4 "
    "hermanitos. Bye bye, Emi!",
    [
        ("NAME", "Emiliano Ruelas Tena"),
        ("DATE", "Día de San Valentín"),
        ("DATE", "14 de febrero"),
        ("GEO", "Horizon City"),
        ("NAME", "Emi"),
    ],
    note="surgery date named twice; home city; nickname",
)

# 234
n(
    "es",
    "event",
    "¡Corazones Valientes! El 14 de febrero, Día de San Valentín, nuestros pacientes de cardiología "
    "pediátrica y sus familias están invitados a una fiesta en el piso 3 con manualidades, paletas y fotos "
    "con el Dr. Corazón. 💘",
    "the same date as a hospital event",
)

# 235
p(
    "en",
    "birth_announcement",
    "Three generations, one name! 💚 Great-grandma Guadalupe Ríos, 91, was in our cardiac unit on 5 East the "
    "same week her granddaughter Lupita gave birth to baby Guadalupe Itzayana down on L&D. Lupe, Lupita and "
    "Lupe Chiquita met for the first time on May 22.",
    [
        ("NAME", "Guadalupe Ríos"),
        ("AGE", "91"),
        ("NAME", "Lupita", "*"),
        ("NAME", "Guadalupe Itzayana"),
        ("NAME", "Lupe", "*"),
        ("DATE", "May 22"),
    ],
    note="three relatives and patients sharing a name and its nicknames; 'Chiquita' is descriptive; age "
    "over 89",
)

# 236
n(
    "en",
    "staff_spotlight",
    "Three generations, one name badge: Guadalupe Saucedo (retired L&D nurse, 41 years), her daughter "
    "Guadalupe 'Lupe' Saucedo (NICU charge nurse) and granddaughter Lupita Saucedo (new grad RN on 4 North) "
    "all worked the same shift on Saturday. 💚",
    "staff and staff members' own families",
)

# 237
p(
    "es",
    "pasted_record",
    "Orden de traslado — Paciente: Tovar Rentería, Juan Diego · NHC 00610274 · Origen: Urgencias, Cama 15 · "
    "Destino: su domicilio en 212 Calle Lerdo, Segundo Barrio · Unidad: Ambulancia 31 · Contacto: sobrina "
    "Karla, 915 555 0196",
    [
        ("NAME", "Tovar Rentería, Juan Diego"),
        ("MRN", "00610274"),
        ("OTHER_ID", "Cama 15"),
        ("GEO", "212 Calle Lerdo"),
        ("GEO", "Segundo Barrio"),
        ("NAME", "Karla"),
        ("PHONE", "915 555 0196"),
    ],
    note="transfer order: record number, bed, home address, niece and phone; ambulance unit not labelled",
)

# 238
n(
    "es",
    "hospital_contact",
    "¿Necesita transporte a su cita? Nuestro servicio gratuito sale cada hora de la estación de Sun Metro "
    "en el centro hacia el campus Montana y la clínica de Alameda. Para pacientes en silla de ruedas, llame "
    "un día antes al (915) 555-0100.",
    "hospital transport and phone",
)

# 239
p(
    "en",
    "patient_story",
    "Remember Salvador Quintero Sáenz, the Las Cruces farmworker we shared about in July? His family just "
    "mailed us a thank-you from 4410 Mesilla Hills Rd, Las Cruces NM 88005 — plus a box of green chile from "
    "Hatch. Chava's kidneys have fully recovered!",
    [
        ("NAME", "Salvador Quintero Sáenz"),
        ("GEO", "Las Cruces", "*"),
        ("GEO", "4410 Mesilla Hills Rd"),
        ("GEO", "88005"),
        ("NAME", "Chava"),
    ],
    note="address, city, ZIP, nickname; 'in July' dates our earlier post and Hatch is the chile's origin: "
    "not labelled",
)

# 240
n(
    "en",
    "campaign_hashtag",
    "This holiday season, #GiveLikeAFronteriza: every $25 gift to the Sierra del Norte Foundation buys a "
    "cooling kit, a car seat or a night's stay for a family traveling from Juárez, Las Cruces or Van Horn. "
    "Give at sierradelnortehealth.org/give or call (915) 555-0189.",
    "campaign hashtag; places of the audience; hospital URL and phone",
)


if __name__ == "__main__":
    S.main("phi_dev31_source")
