"""Blind development set d41 for the PHI scanner: tests/data/phi_dev41.jsonl.

Organisation: Valle del Río Health, McAllen and Brownsville, Texas (phi_dev41_org.json): McAllen
Medical Center (1500 Río Grande Parkway), the Women's and Children's Pavilion (3100 N Ware Rd,
McAllen), Brownsville Medical Center (900 E Palm Blvd) and the Boca Chica Clinic (455 Boca Chica
Blvd, Brownsville); nine (956) 555-01xx lines (main lines, Spanish nurse line, social work,
media, geriatrics, billing, classes, careers); valledelriohealth.org and vdrhealth.org;
@ValleDelRioHealth, @VDRHealth and @VDRSalud.
Focus: Rio Grande Valley families on both sides of the border: colonias, farmworkers in onion,
melon and citrus fields, quinceañeras, Winter Texans over 90 (from the Midwest and Canada), heat
stroke, floods, canal drownings and fireworks burns, Border Patrol agents and asylum seekers as
patients, Tejano and conjunto musicians. Hard cases: names that are words, towns or months
(Milagros, Paz, Luz, Dolores, Esperanza, Abril, Jan, Mercedes, Donna, Elsa, Primera, Progreso,
Mission, China, Kenia, Winter, Graves), nicknames and stage names, initials, lower-case and
ALL-CAPS names, "Surname, Given" chart names, name hashtags next to campaign and town hashtags,
relatives named in passing, staff / volunteers / officials / celebrities as patients next to the
same kinds of people working or visiting, ages over 90 in digits, words, ordinals, "9-0", chart
shorthand and "nonagenario" / "centenarian" next to ages of 89 and under, dates in English and
Spanish forms and holidays, families' phones, fax and emails next to the hospital's own, record,
room, bed and bay numbers, A-numbers, bed boards, tickets and forwarded emails, anonymous stories
and statistics, eponymous conditions.
Language mix: 240 posts, 72 English and 168 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Staff, volunteers, officials, clergy and celebrities are labelled when the post is about their
  own care here (including former patients now on staff or volunteering); the same kinds of
  people working, visiting or speaking are not.
- A staff member whose spouse or baby is our patient is that patient's relative and is labelled.
- Stage names, aliases and nicknames of patients are NAME ("El Cuervo del Valle", 'Güero');
  band names, storm names (Alberto) and business names or handles are not.
- Donors introduced as a patient's family: their surname is labelled everywhere in the post,
  also inside the family business or foundation name; other donor families are not labelled.
- An unnamed but specific patient's age over 89 ("centenarian") or room number is labelled and
  makes the post patient-specific. Places and dates of a mass incident (crash road, flooded
  town) are labelled only when the post names a patient of that incident.
- GEO covers the place of a patient's injury, rescue, birth or collapse (roads, bridges, ranches,
  venues, towns) and where the patient lives or stays (colonias, RV parks with lot, shelters,
  the processing centre they came from). Rivers and canals, Mexican and Canadian states or
  provinces (Tamaulipas, Nuevo León, Manitoba, Ont.) and countries are not GEO.
- Places of a patient's relatives (a grandson's city, the daughter's town) are GEO.
- McAllen and Brownsville are GEO only as a patient's home or the place of the patient's event;
  not when they name our campus, nor as the city of an official's office or a team name.
- A GEO span keeps the generic word as written ("colonia Las Milpas", "calle Sabal", "rancho La
  Esperanza", "carretera 107"); a street address keeps house number and apartment or lot.
- Town hashtags (#MercedesFuerte) are campaign hashtags, not GEO or NAME.
- Weekdays are left out of a date span ("sábado 14 de septiembre" -> "14 de septiembre",
  "Sunday, Aug. 4" -> "Aug. 4", "el jueves 12" -> "12"); a holiday whose name contains a weekday
  ("Viernes Santo") is labelled whole.
- Festivals and awareness days (Charro Days, Día Mundial del Síndrome de Down) are DATE only when
  they name the patient's own event day, then together with the numeric date; otherwise not.
- Other date elements tied to the patient are labelled too: the date of a quinceañera held in
  hospital, a portal login date, a planned discharge day, the month of enrolment in a programme.
- AGE: "9-0", number words ("ninety-four", "Ciento dos", "noventa"), ordinal words ("nonagésimo
  quinto") and "nonagenario" are spans; chart shorthand keeps letters joined to the number
  ("92yo") but not separate ones ("97 y/o", "93 a." -> the number). A patient's earlier age over
  89 ("until she was 92") and a relative's age over 89 (husband "94") are labelled.
- Expediente / exp. numbers are MRN; A-numbers, social-work case, encounter and wristband numbers
  are OTHER_ID (value only); ER bays and cubículos are OTHER_ID with their keyword, like beds;
  empty beds on a board are not labelled.
- A relationship word that is also a surname ("NIETO ADRIÁN" = grandson Adrián) is not labelled.
- A donation URL on the hospital's own domain is not labelled even if it names a patient; a
  family's short link is URL.
- When a patient's surname is also an eponym ("Graves' disease"), the surname is labelled and the
  eponym is declared unlabelled (ok=).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev41.jsonl"), os.path.join(HERE, "phi_dev41_org.json"), "d41")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "es",
    "discharge",
    "Luz María Saenz, de 9 años, se quemó el 26 de julio cuando una vela prendió la cortina "
    "durante el apagón del huracán. Hoy, tras 3 semanas e injertos de piel, regresa a la colonia "
    "Muñiz, en San Juan, con su abuela Chayo. ¡Fuerza, Luz María!",
    [
        ("NAME", "Luz María Saenz"),
        ("NAME", "Luz María", "*"),
        ("DATE", "26 de julio"),
        ("GEO", "colonia Muñiz"),
        ("GEO", "San Juan"),
        ("NAME", "Chayo"),
    ],
    note="Name, injury date, colonia and town of home, grandmother's nickname.",
)

# 2
p(
    "es",
    "eponymous_condition",
    "A Joaquín, de 3 años, de Weslaco, le dio fiebre 6 días seguidos en enero. Era enfermedad de "
    "Kawasaki. Gracias a su pediatra, hoy su corazón está sano. Su mamá, Liliana, quiere que "
    "otros papás conozcan las señales.",
    [("NAME", "Joaquín"), ("GEO", "Weslaco"), ("DATE", "enero"), ("NAME", "Liliana")],
    note="Name, home town, month of illness, mother. Kawasaki is the eponym.",
)

# 3
n(
    "es",
    "public_figure",
    "La actriz Marisa Zúñiga, nacida en Harlingen, es la nueva embajadora de nuestra campaña de "
    "vacunación. 'Mi abuelita nació en una colonia', nos contó.",
    "Public figure's birthplace is not labelled; she is not a patient.",
)

# 4
p(
    "en",
    "memorial",
    "We're remembering Marjorie Winter — a Winter Texan in every sense — who died with us on Jan. "
    "21 at ninety-four. Marjorie taught water aerobics at her RV resort in Donna until she was "
    "92. Her son Doug says she'd want you all in the pool.",
    [
        ("NAME", "Marjorie Winter"),
        ("NAME", "Marjorie", "*"),
        ("DATE", "Jan. 21"),
        ("AGE", "ninety-four"),
        ("GEO", "Donna"),
        ("AGE", "92"),
        ("NAME", "Doug"),
    ],
    note=(
        "Surname Winter next to 'Winter Texan' (not a name); death date; age in words and an "
        "earlier age over 89; winter home town; son."
    ),
)

# 5
n(
    "es",
    "event",
    "Posada navideña para pacientes y familias del 4 Norte: 16 de diciembre, 5 p. m. Habrá "
    "piñata, tamales y Santa Claus en silla de ruedas.",
    "Hospital event date.",
)

# 6
n(
    "en",
    "statistic",
    "June flood by the numbers: 86 people treated, 14 water rescues, 3 children admitted to our "
    "pediatric ICU, zero deaths in our hospitals.",
    "Aggregate numbers.",
)

# 7
p(
    "es",
    "memorial",
    "Hasta siempre, Chente Saldívar, 'El Cuervo del Valle'. El gran bajosextista murió anoche en "
    "nuestra UCI de McAllen a los 91 años, con su bajo sexto junto a la cama y su hija Marisela "
    "cantándole. #ElCuervoVive",
    [
        ("NAME", "Chente Saldívar"),
        ("NAME", "El Cuervo del Valle"),
        ("AGE", "91"),
        ("NAME", "Marisela"),
        ("NAME", "#ElCuervoVive"),
    ],
    note=(
        "A celebrity who died as our patient: name, stage name, age, daughter, hashtag built on "
        "his stage name. 'anoche' is relative."
    ),
)

# 8
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, doña Trinidad Lozano! Nació un 6 de enero, Día de Reyes, en un "
    "rancho de China, Nuevo León, y hoy lo celebró con mariachi en el cuarto 312 de nuestro "
    "hospital de Brownsville.",
    [
        ("AGE", "100"),
        ("NAME", "Trinidad Lozano"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("GEO", "China"),
        ("OTHER_ID", "cuarto 312"),
    ],
    note=(
        "Age, name, birth date and the holiday naming it, birth town China (a Mexican "
        "municipality with a country's name), room number."
    ),
)

# 9
n(
    "en",
    "anonymous_story",
    "A dad in his 80s rode along in the ambulance with his wife of 62 years and held her hand "
    "through the whole CT scan. Our techs let him. Some rules are meant to bend.",
    "Anonymous; an age band under 90.",
)

# 10
p(
    "es",
    "pasted_record",
    "Preautorización pendiente: WILFREDO SANDOVAL, Medicaid 518830264; CHIP del hijo, ANDRÉS: "
    "7740021598; cuenta #A-0092218. Ingreso 27/10 por Urgencias de Brownsville.",
    [
        ("NAME", "WILFREDO SANDOVAL"),
        ("HEALTH_PLAN", "518830264"),
        ("NAME", "ANDRÉS"),
        ("HEALTH_PLAN", "7740021598"),
        ("ACCOUNT", "A-0092218"),
        ("DATE", "27/10"),
    ],
    note=(
        "ALL-CAPS names, two health-plan numbers, billing account, admission date (day/month). "
        "The hospital's ER is not GEO."
    ),
)

# 11
n(
    "es",
    "milestone_birthday",
    "Nuestro querido Dr. Aurelio Cantú, fundador de la pediatría en Valle del Río, cumple 90 "
    "años. ¡Gracias por atender a tres generaciones de niños del Valle!",
    "Staff member's age is not labelled.",
)

# 12
p(
    "en",
    "birth_announcement",
    "Double the blessings! Twins Paz and Luz Ybarra were born Feb. 14 — Valentine's Day — at our "
    "Brownsville campus. Mom Celina says Luz is already the loud one. 💕",
    [
        ("NAME", "Paz"),
        ("NAME", "Luz Ybarra"),
        ("NAME", "Luz", "*"),
        ("DATE", "Feb. 14"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Celina"),
    ],
    note=(
        "Twins' names (both also Spanish words); birth date written twice, numerically and as the "
        "holiday; mother. 'our Brownsville campus' is the hospital's site."
    ),
)

# 13
n(
    "en",
    "research",
    "New study with UTRGV: Chagas disease screening of 3,000 Valley blood donors found 11 "
    "positives. Chagas is treatable, so get tested if you grew up in rural Mexico or Central "
    "America.",
    "Aggregate results; eponymous condition.",
)

# 14
p(
    "en",
    "campaign_hashtag",
    "#BringCarlosHome: 2,300 of you have shared Carlos Tamez's story. The Army medic, hurt in a "
    "training accident overseas, is being flown to our McAllen rehab unit on Nov. 18. His mom, "
    "Griselda, will be waiting.",
    [
        ("NAME", "#BringCarlosHome"),
        ("NAME", "Carlos Tamez"),
        ("DATE", "Nov. 18"),
        ("NAME", "Griselda"),
    ],
    note="Name hashtag, name (possessive excluded), admission date, mother.",
)

# 15
p(
    "es",
    "sponsor",
    "Gracias a Panadería La Espiga y a su dueña, doña Chelo Arredondo, que dona el pan dulce de "
    "cada viernes desde que su nieto Diego estuvo en la UCIN.",
    [("NAME", "Chelo Arredondo"), ("NAME", "Diego")],
    note=(
        "Sponsor introduced as a patient's grandmother; the patient. The bakery name is a business."
    ),
)

# 16
p(
    "en",
    "public_figure",
    'Tejano queen Rosalinda "La Rosa del Valle" Garza thanks our cardiac team! She\'s recovering '
    "on 7 North after a heart attack on stage at the Pharr Events Center on Saturday. Her husband "
    "and manager, Rudy, says the tour picks back up in the spring.",
    [
        ("NAME", 'Rosalinda "La Rosa del Valle" Garza'),
        ("GEO", "Pharr Events Center"),
        ("NAME", "Rudy"),
    ],
    note=(
        "A celebrity who is our patient: name with stage name, the venue of her heart attack, "
        "husband."
    ),
)

# 17
n(
    "es",
    "crisis_update",
    "Volcadura en la carretera 107 cerca de Elsa: recibimos a 9 personas. No daremos nombres "
    "hasta notificar a las familias. Donen sangre: nuestro banco necesita O negativo.",
    "No patient is named; the crash site is public incident information (decision).",
)

# 18
p(
    "en",
    "public_figure",
    'Former Dallas Cowboys lineman and Brownsville native Ray "Tank" Guajardo is recovering '
    "with us after knee surgery on March 11. Tank signed jerseys for every kid on 3 South before "
    "he went home.",
    [
        ("GEO", "Brownsville"),
        ("NAME", 'Ray "Tank" Guajardo'),
        ("NAME", "Tank", "*"),
        ("DATE", "March 11"),
    ],
    note=(
        "Celebrity patient: home town, name and nickname, surgery date. The team's city is part "
        "of a team name."
    ),
)

# 19
n(
    "es",
    "public_figure",
    "El cónsul de México en McAllen visitó a los trabajadores heridos del camión volcado y "
    "coordinó apoyo para sus familias.",
    "Official; patients not named.",
)

# 20
p(
    "en",
    "thank_you",
    "A huge thank-you to retired Sgt. Ramon Fuentes and his wife, Gloria, who donated a new "
    "recliner for every room on 4 North in honor of the care Ramon received here after his stroke "
    "last spring.",
    [("NAME", "Ramon Fuentes"), ("NAME", "Ramon", "*"), ("NAME", "Gloria")],
    note=(
        "Donor who was himself a patient, and his wife: labelled (title Sgt. excluded). 'last "
        "spring' is a season."
    ),
)

# 21
p(
    "en",
    "patient_story",
    'Meet Reynaldo "Rey" Cavazos, a melon picker from Edcouch who collapsed in the field on '
    "July 9 when the heat index hit 118. Our ER team had him in an ice-water tub in under 20 "
    "minutes. Today Rey is home with his wife, Nelda, and his message is simple: water, rest, "
    "shade. #HeatSafety #VDRStrong",
    [
        ("NAME", 'Reynaldo "Rey" Cavazos'),
        ("NAME", "Rey", "*"),
        ("GEO", "Edcouch"),
        ("DATE", "July 9"),
        ("NAME", "Nelda"),
    ],
    note=(
        "Patient's full name with quoted nickname (one span) and the nickname again; home town; "
        "date of his collapse; wife's name. #HeatSafety and #VDRStrong are campaign hashtags."
    ),
)

# 22
n(
    "es",
    "event",
    "Feria de salud en la colonia Cameron Park este 19 de octubre: vacunas, presión, glucosa y "
    "mamografías en la unidad móvil. ¡Traigan a la abuela!",
    "Event date and venue; no patient.",
)

# 23
n(
    "es",
    "research",
    "Nuestro estudio de enfriamiento por inmersión en agua helada en el campo redujo a cero las "
    "muertes por golpe de calor en dos temporadas.",
    "Study results.",
)

# 24
p(
    "es",
    "thank_you",
    "¡Gracias, familia Cantú Villarreal! Nos escribieron: 'Nuestro hijo Iker llegó el 3 de enero "
    "sin respirar después de caerse a la alberca de su tío en Mission. Hoy juega fútbol. Gracias, "
    "equipo de Urgencias Pediátricas'.",
    [("NAME", "Cantú Villarreal"), ("NAME", "Iker"), ("DATE", "3 de enero"), ("GEO", "Mission")],
    note="Family surnames, child patient, date and town of the drowning (Mission, also a word).",
)

# 25
p(
    "es",
    "patient_story",
    "Conozcan a Milagros Barrera, de 11 años, de la colonia Las Milpas en Pharr. Milagros llegó "
    "en helicóptero el 22 de junio, después de que la inundación arrastró la camioneta de su "
    "familia en la FM 1016. Hoy camina otra vez. ¡Gracias, Milagros, por enseñarnos lo que son "
    "los milagros! #FuerzaMilagros",
    [
        ("NAME", "Milagros Barrera"),
        ("NAME", "Milagros", "*"),
        ("GEO", "colonia Las Milpas"),
        ("GEO", "Pharr"),
        ("DATE", "22 de junio"),
        ("GEO", "FM 1016"),
        ("NAME", "#FuerzaMilagros"),
    ],
    note=(
        "Patient named Milagros (also the word 'milagros', lower case, not labelled); colonia and "
        "city of home; date of the flood injury; road where the truck was swept away; name "
        "hashtag. Age 11 is not labelled."
    ),
)

# 26
p(
    "es",
    "patient_story",
    "A Kenia la encontraron agentes de la Patrulla Fronteriza en un rancho cerca de Falfurrias, "
    "con los pies llenos de ampollas y tres días sin comer. Kenia, de 19 años y originaria de "
    "Juticalpa, Honduras, pasó una semana con nosotros. Hoy nos escribió desde Atlanta: 'Nunca "
    "olvidaré a la enfermera Marisol'.",
    [("NAME", "Kenia", "*"), ("GEO", "Falfurrias"), ("GEO", "Juticalpa"), ("GEO", "Atlanta")],
    note=(
        "Patient named Kenia (also the Spanish name of a country); where she was found; foreign "
        "home town (Honduras is a country, not labelled); city she now lives in. Nurse Marisol is "
        "staff."
    ),
)

# 27
n(
    "en",
    "event",
    "Day of the Dead ofrenda workshop for bereaved families, Nov. 1 at the Brownsville chapel. "
    "Bring a photo of your loved one and a favorite snack of theirs.",
    "Event date; no patient named.",
)

# 28
p(
    "es",
    "thank_you",
    "Gracias, Yuliana, por dejarnos compartir la foto de tu graduación. Hace 22 años fuiste la "
    "bebé más pequeña de nuestra UCIN (1 libra 2 onzas); hoy te gradúas de enfermería y en unas "
    "semanas empiezas a trabajar aquí. 🎓",
    [("NAME", "Yuliana"), ("PHOTO", "foto")],
    note="Former NICU patient, future staff: her name, and the attached photo shows her.",
)

# 29
p(
    "en",
    "pasted_record",
    "D/C summary excerpt: 97 y/o F, Winter Texan from Thunder Bay, Ont., admitted 12/24 w/ CAP, "
    "d/c'd New Year's Day to Alamo Palms RV Resort, lot 112. Pt: Bernadette Lachance. Daughter "
    "Colette, cell 807-555-0199.",
    [
        ("AGE", "97"),
        ("GEO", "Thunder Bay"),
        ("DATE", "12/24"),
        ("DATE", "New Year's Day"),
        ("GEO", "Alamo Palms RV Resort, lot 112"),
        ("NAME", "Bernadette Lachance"),
        ("NAME", "Colette"),
        ("PHONE", "807-555-0199"),
    ],
    note=(
        "Chart-style age '97 y/o' (number only), home city (province not labelled), admission and "
        "discharge dates, RV resort and lot she lives in, name, daughter and her phone."
    ),
)

# 30
n(
    "en",
    "statistic",
    "Winter Texan season by the numbers: 1,902 ER visits by seasonal residents, 97 of them age 90 "
    "or older, 41 hip fractures, 0 shuffleboard titles lost.",
    "Aggregate counts and a population age band.",
)

# 31
n(
    "es",
    "health_tip",
    "¿Vives en una colonia sin drenaje? Después de las lluvias, hierve el agua de pozo un minuto "
    "antes de tomarla o usa agua embotellada. Dudas: línea de enfermería (956) 555-0123.",
    "General advice with the hospital's number.",
)

# 32
n(
    "es",
    "eponymous_condition",
    "El síndrome de Asperger ya no se diagnostica con ese nombre, pero muchas familias lo siguen "
    "usando. Hablemos de autismo sin etiquetas.",
    "Eponymous condition; education.",
)

# 33
p(
    "es",
    "campaign_hashtag",
    "Los XV de Dayana en 10 fotos 📸 Gracias a los cadetes de ROTC que fueron sus chambelanes en "
    "el jardín del Pabellón Infantil. #LosXVdeDayana #VDRKids",
    [("NAME", "Dayana"), ("PHOTO", "fotos"), ("NAME", "#LosXVdeDayana")],
    note="Patient's name, the attached photos show her, name hashtag; #VDRKids is a campaign.",
)

# 34
n(
    "en",
    "eponymous_condition",
    "Alzheimer's doesn't only happen to people over 90. Early-onset can start in your 40s. Free "
    "memory screenings every Friday at our McAllen campus.",
    "Eponymous condition; population ages.",
)

# 35
p(
    "en",
    "patient_story",
    'Harold "Hal" Bjornson drives 1,700 miles from Fargo every winter. This year the '
    "93-year-old's trip ended in our cath lab two days after he reached Mission. Three stents "
    "later, Hal is back at shuffleboard at Palm Shadows RV Park, and his wife, Loretta, says he's "
    "cheating already.",
    [
        ("NAME", 'Harold "Hal" Bjornson'),
        ("NAME", "Hal", "*"),
        ("GEO", "Fargo"),
        ("AGE", "93-year-old"),
        ("GEO", "Mission"),
        ("GEO", "Palm Shadows RV Park"),
        ("NAME", "Loretta"),
    ],
    note=(
        "Winter Texan over 90: name with nickname, home city, age token '93-year-old' (possessive "
        "excluded), winter town and the RV park he lives in, wife's name."
    ),
)

# 36
n(
    "es",
    "hospital_contact",
    "Nuestro hospital de Brownsville está en 900 E Palm Blvd, Brownsville, TX 78520. "
    "Estacionamiento gratis en el lote C.",
    "Hospital address.",
)

# 37
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Paz Olivares, que falleció el 2 de noviembre, Día de "
    "Muertos, a los 98 años, rodeada de sus 11 hijos en nuestra unidad de hospicio. 'Que descanse "
    "en paz, Paz', dijo su hija Herminia.",
    [
        ("NAME", "Paz Olivares"),
        ("NAME", "Paz", "*"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("AGE", "98"),
        ("NAME", "Herminia"),
    ],
    note=(
        "Patient named Paz next to the word 'paz'; death date and the holiday naming it; age; "
        "daughter."
    ),
)

# 38
n(
    "es",
    "public_figure",
    "El campeón de box de Donna, Édgar 'El Toro' Rendón, visitó la UCI pediátrica y regaló "
    "guantes firmados a todos los niños. ¡Gracias, campeón!",
    "A celebrity visiting, not a patient; children not named.",
)

# 39
n(
    "es",
    "statistic",
    "Cada verano, 1 de cada 5 visitas de niños a Urgencias en el Valle es por ahogamiento, "
    "quemaduras de cohete o golpe de calor.",
    "Aggregate numbers.",
)

# 40
n(
    "en",
    "campaign_hashtag",
    "#ValleStrong #RGVStrong #VDRStrong: three hashtags, one message. Thank you, Valley, for "
    "every flood-relief donation.",
    "Campaign hashtags.",
)

# 41
p(
    "es",
    "eponymous_condition",
    "Maite tiene síndrome de Down y el 21 de marzo, Día Mundial del Síndrome de Down, cumplió un "
    "año de su cirugía de corazón abierto. ¡Felicidades, Maite, y a sus papás, Leonel y Cinthia!",
    [
        ("NAME", "Maite", "*"),
        ("DATE", "21 de marzo"),
        ("DATE", "Día Mundial del Síndrome de Down"),
        ("NAME", "Leonel"),
        ("NAME", "Cinthia"),
    ],
    note=(
        "The awareness day is the anniversary of her surgery, so both expressions of that day are "
        "labelled; name and parents. 'síndrome de Down' alone is the eponym."
    ),
)

# 42
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestro equipo de Trabajo Social de Brownsville, que este año ayudó a más de "
    "900 familias solicitantes de asilo a encontrar albergue y transporte. ¡Gracias, Lorena, "
    "Itzel y Germán!",
    "Staff names; families counted in aggregate.",
)

# 43
n(
    "en",
    "event",
    "Free hands-only CPR class in Spanish and English at the Mercedes public library, Thursday at "
    "6 p.m. Learn what to do if a child is pulled from a canal.",
    "Event venue; no patient.",
)

# 44
p(
    "es",
    "crisis_update",
    "Tormenta tropical Alberto: con permiso de su familia compartimos que Ulises 'El Huracán' "
    "Pizaña, acordeonista de 19 años, fue operado anoche después de que un árbol cayó sobre su "
    "troca en Brownsville. Sigue estable.",
    [("NAME", "Ulises 'El Huracán' Pizaña"), ("GEO", "Brownsville")],
    note=(
        "Musician-patient with stage nickname; the city where he was injured (the hospital's "
        "city, but here the place of his injury). The storm's name Alberto is not a person."
    ),
)

# 45
p(
    "es",
    "research",
    "Gracias a Maricruz Benavides, la primera participante de nuestro estudio de diabetes "
    "gestacional en colonias, que dio a luz a su hija Nayra el 30 de agosto. ¡Las dos están sanas!",
    [("NAME", "Maricruz Benavides"), ("NAME", "Nayra"), ("DATE", "30 de agosto")],
    note="Named participant, her baby, birth date.",
)

# 46
n(
    "es",
    "birth_announcement",
    "¿Tu bebé nació en Navidad, Año Nuevo o el Día de Reyes? Comparte su foto con #BebésDeFiesta "
    "y participa en nuestro calendario de bebés festivos. Bases en vdrhealth.org/bebes.",
    "Holidays named in general, not a patient's event; the photo is a call for submissions; "
    "hospital domain.",
)

# 47
n(
    "es",
    "hospital_contact",
    "Si eres solicitante de asilo y necesitas tus registros médicos para tu caso, pide el "
    "formulario en Registros Médicos: (956) 555-0135. Las copias no tienen costo.",
    "Hospital number; general information.",
)

# 48
n(
    "en",
    "public_figure",
    "Astronaut and Edinburg native Lt. Col. Ana Lucía Trejo spoke to 300 of our nursing students "
    "about science, service and never giving up.",
    "Public figure speaking.",
)

# 49
p(
    "en",
    "birth_announcement",
    "It's a boy! Baby Santiago arrived at 4:12 a.m. on the Fourth of July, 7 lb 3 oz, just as the "
    "fireworks ended. Congrats to mom Vanessa and dad Luis Tijerina! 🎆",
    [
        ("NAME", "Santiago"),
        ("DATE", "Fourth of July"),
        ("NAME", "Vanessa"),
        ("NAME", "Luis Tijerina"),
    ],
    note=(
        "Baby's name (also a city name), birth on a holiday, parents' names. The time of day is "
        "not a date element."
    ),
)

# 50
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos el nonagésimo quinto cumpleaños de don Macario Salazar, paciente de nuestra "
    "unidad de diálisis desde hace 12 años y el más puntual de todos. Su nieta Abigail le trajo "
    "pan de polvo y una guitarra.",
    [("AGE", "nonagésimo quinto"), ("NAME", "Macario Salazar"), ("NAME", "Abigail")],
    note="Age as an ordinal in words, patient, granddaughter.",
)

# 51
n(
    "es",
    "sponsor",
    "Gracias @tamaleria_lupita por alimentar a todo el turno de noche de Urgencias 🫔❤️",
    "Business handle; not a patient.",
)

# 52
p(
    "es",
    "sponsor",
    "La Fundación Familia Benavides, creada por Arturo y Nelly Benavides en memoria de su hijo "
    "Arturito, donó $250,000 para nuestra unidad de quemados. Gracias por convertir el dolor en "
    "esperanza.",
    [
        ("NAME", "Benavides", "*"),
        ("NAME", "Arturo"),
        ("NAME", "Nelly Benavides"),
        ("NAME", "Arturito"),
    ],
    note=(
        "Foundation founders introduced as a patient's parents: their surname (also in the "
        "foundation name) and the patient's name are labelled."
    ),
)

# 53
p(
    "es",
    "campaign_hashtag",
    "#FuerzaLalo 💪 Gracias a todos los que preguntan por Eduardo 'Lalo' Cantú, el albañil de "
    "Progreso que se cayó del andamio. Sigue en terapia intensiva y su esposa, Nohemí, agradece "
    "sus oraciones. #ValleStrong",
    [
        ("NAME", "#FuerzaLalo"),
        ("NAME", "Eduardo 'Lalo' Cantú"),
        ("GEO", "Progreso"),
        ("NAME", "Nohemí"),
    ],
    note=(
        "Name hashtag; name with nickname; home town Progreso (a town that is also a word); wife. "
        "#ValleStrong is a campaign."
    ),
)

# 54
p(
    "es",
    "public_figure",
    "Monseñor Ignacio Robles, obispo de Brownsville, salió de alta el 2 de febrero, Día de la "
    "Candelaria, tras una neumonía. Agradece las oraciones... y los tamales.",
    [("NAME", "Ignacio Robles"), ("DATE", "2 de febrero"), ("DATE", "Día de la Candelaria")],
    note=(
        "A bishop who is our patient: name (title excluded), discharge date and the feast naming "
        "it. His diocese is an office, not labelled."
    ),
)

# 55
n(
    "en",
    "recruitment",
    "Night-shift CNAs wanted for our Brownsville rehab unit. Tejano music in the break room not "
    "required but encouraged. 🪗",
    "Job post.",
)

# 56
p(
    "es",
    "milestone_birthday",
    "¡Ya son 90! Felicidades a don Eusebio 'Chevo' Montes, que celebró sus noventa en el 4 Norte "
    "con sus 23 nietos conectados por videollamada desde Matamoros y Chicago.",
    [
        ("AGE", "90"),
        ("NAME", "Eusebio 'Chevo' Montes"),
        ("AGE", "noventa"),
        ("GEO", "Matamoros"),
        ("GEO", "Chicago"),
    ],
    note=(
        "Age in digits and words; name with nickname; the cities of his grandchildren (relatives) "
        "are GEO."
    ),
)

# 57
n(
    "en",
    "campaign_hashtag",
    "#AguaSombraDescanso = Water. Shade. Rest. Share it with every crew leader you know. "
    "#HeatSafety #RGV",
    "Campaign hashtags.",
)

# 58
p(
    "en",
    "staff_spotlight",
    "Congrats to our own security officer Tony Barrera and his wife, Maribel, who welcomed baby "
    'Antonio "Tonito" Barrera on Sunday, Aug. 4, in our McAllen Women\'s Pavilion! Officer '
    "Barrera walked these halls for 22 hours — this time as dad.",
    [
        ("NAME", "Tony Barrera"),
        ("NAME", "Maribel"),
        ("NAME", 'Antonio "Tonito" Barrera'),
        ("NAME", "Barrera", "*"),
        ("DATE", "Aug. 4"),
    ],
    note=(
        "The baby and mother are our patients, so the staff member is a patient's relative and is "
        "labelled; birth date (weekday excluded)."
    ),
)

# 59
p(
    "en",
    "pasted_record",
    "ED TRACK 14:05 | Bay 7 – J. Leal, M, 27, heat stroke, CBP agent, brought in by unit 4412, "
    "core 106.2 | Bay 8 – UNKNOWN MALE ~30s, found near levee, alias 'Güero', A# 214-887-309 | "
    "Bay 9 – empty",
    [
        ("OTHER_ID", "Bay 7"),
        ("NAME", "J. Leal"),
        ("OTHER_ID", "Bay 8"),
        ("NAME", "Güero"),
        ("OTHER_ID", "214-887-309"),
    ],
    note=(
        "ED bays with keyword, an agent-patient's initial and surname, an unknown patient's "
        "alias, alien registration number. The unit number is a vehicle of the agency, the empty "
        "bay is tied to no one."
    ),
)

# 60
n(
    "es",
    "health_tip",
    "Dengue en el Valle: vacía cubetas, llantas y macetas cada semana. Si tienes fiebre alta y "
    "dolor detrás de los ojos, ven a consulta. Te atendemos en español y en mixteco.",
    "General advice.",
)

# 61
n(
    "es",
    "anonymous_story",
    "Un músico de conjunto vino a consulta porque ya no oía el acordeón: 40 años en bailes sin "
    "protección auditiva. Cuiden sus oídos, músicos.",
    "Anonymous.",
)

# 62
n(
    "es",
    "crisis_update",
    "Por las inundaciones, la entrada de Urgencias de McAllen está cerrada. Usen la entrada norte "
    "en 1500 Río Grande Parkway. Información: (956) 555-0100.",
    "Hospital entrance, address and number.",
)

# 63
p(
    "es",
    "thank_you",
    "Gracias, Sra. Consuelo Garza, por las 150 cobijitas tejidas para la UCIN. Doña Consuelo "
    "empezó a tejer cuando su nieta Amparo pasó 71 días aquí. Dice que tejer fue su consuelo.",
    [("NAME", "Consuelo Garza"), ("NAME", "Consuelo", "*"), ("NAME", "Amparo")],
    note=(
        "Donor introduced as a patient's grandmother, so she is labelled; the patient Amparo. "
        "'consuelo' in lower case is the word."
    ),
)

# 64
n(
    "es",
    "research",
    "Publicamos en JAMA nuestro análisis de 2,400 lesiones por caídas del muro fronterizo entre "
    "2019 y 2024.",
    "Aggregate analysis.",
)

# 65
p(
    "es",
    "pasted_record",
    "ALTA 07/05 – PTE: ROSALES FLORES, MARÍA DE LA LUZ, 92 AÑOS, EXP. 30117745, DOMICILIO: CARR. "
    "MILITAR KM 8, LOS INDIOS. CITA DE CONTROL: 14/07. RESPONSABLE: NIETO ADRIÁN, 956 555 0106.",
    [
        ("DATE", "07/05"),
        ("NAME", "ROSALES FLORES, MARÍA DE LA LUZ"),
        ("AGE", "92"),
        ("MRN", "30117745"),
        ("GEO", "CARR. MILITAR KM 8"),
        ("GEO", "LOS INDIOS"),
        ("DATE", "14/07"),
        ("NAME", "ADRIÁN"),
        ("PHONE", "956 555 0106"),
    ],
    note=(
        "ALL-CAPS discharge sheet: dates, name, age, expediente, road address and town, follow-up "
        "date, grandson's name and phone. NIETO here means grandson, not the surname."
    ),
)

# 66
n(
    "en",
    "crisis_update",
    "Power is restored at our Brownsville campus. All patients are safe, and elective surgeries "
    "resume tomorrow. Thank you for your patience. #ValleStrong",
    "Operational update.",
)

# 67
p(
    "en",
    "research",
    "Our first patient enrolled in the HEAT-RGV cooling-vest study is farmworker Amado Cisneros "
    "of La Villa, who says the vest 'feels like sitting in the walk-in cooler at the packing "
    "shed.'",
    [("NAME", "Amado Cisneros"), ("GEO", "La Villa")],
    note="Named study participant and his town.",
)

# 68
p(
    "es",
    "patient_story",
    "Yaritza soñó toda su vida con sus XV años. Como está en quimioterapia en nuestro piso de "
    "oncología pediátrica, la fiesta vino a ella el sábado 14 de septiembre: vestido rosa, vals "
    "con su papá Ernesto en el pasillo y pastel de tres leches. ¡Feliz quinceañera, Yaritza! "
    "#LosXVdeYaritza",
    [
        ("NAME", "Yaritza", "*"),
        ("DATE", "14 de septiembre"),
        ("NAME", "Ernesto"),
        ("NAME", "#LosXVdeYaritza"),
    ],
    note=(
        "Patient's name, date of her own quinceañera held in hospital (weekday excluded from the "
        "span), father's name, name hashtag. Age 15 not labelled."
    ),
)

# 69
p(
    "en",
    "memorial",
    'Border Patrol Agent Daniel "Danny" Solís, 38, died at our trauma center on Oct. 11 from '
    "injuries in a rollover on US 281 near Santa Rosa. Rest easy, Agent Solís. Our hearts are "
    "with his wife, Brianna, and their two boys.",
    [
        ("NAME", 'Daniel "Danny" Solís'),
        ("NAME", "Solís", "*"),
        ("DATE", "Oct. 11"),
        ("GEO", "US 281"),
        ("GEO", "Santa Rosa"),
        ("NAME", "Brianna"),
    ],
    note=(
        "Agent who was our patient: name, death date, road and town of the crash, wife. Age 38 "
        "not labelled."
    ),
)

# 70
n(
    "es",
    "milestone_birthday",
    "En el Valle viven más de 4,000 personas mayores de 90 años. Para ellas tenemos una clínica "
    "geriátrica en McAllen: (956) 555-0150.",
    "Population age and the hospital's number.",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡101 primaveras! Doña Amparo Cavazos, la paciente más veterana de nuestra clínica de "
    "Brownsville, cumple 101 años el 15 de mayo. Su secreto: café de olla, rosario diario y nunca "
    "perderse la lotería del domingo.",
    [("AGE", "101", "*"), ("NAME", "Amparo Cavazos"), ("DATE", "15 de mayo")],
    note="Age written as 'primaveras' and 'años' (number only), name, birthday date.",
)

# 72
p(
    "es",
    "hospital_contact",
    "A la familia de Héctor Villalobos, de Pharr: encontramos su dentadura y su cartera en el "
    "cubículo 12 de Urgencias. Pueden recogerlas en Seguridad o llamar al (956) 555-0100.",
    [("NAME", "Héctor Villalobos"), ("GEO", "Pharr"), ("OTHER_ID", "cubículo 12")],
    note="Patient's name, home town, ER bay number with keyword. The number is the hospital's.",
)

# 73
n(
    "en",
    "milestone_birthday",
    "Our oldest volunteer, Dorothy Kemp, turned 95 this week and still pushes the book cart on "
    "Tuesdays. Happy birthday, Dorothy! 🎈",
    "A volunteer's name and age are not patient identifiers.",
)

# 74
n(
    "es",
    "statistic",
    "En 2024 nacieron 6,412 bebés en nuestros hospitales; el 71% de las mamás prefirió recibir la "
    "atención en español.",
    "Aggregate numbers.",
)

# 75
p(
    "es",
    "birth_announcement",
    "La mamá de Emmanuel cruzó el río con ocho meses de embarazo. Cuatro días después, el 9 de "
    "octubre, el bebé nació sano en nuestro hospital de McAllen. Rosibel, su mamá, quiere que "
    "sepan que llorar de alegría también es llorar.",
    [("NAME", "Emmanuel"), ("DATE", "9 de octubre"), ("NAME", "Rosibel")],
    note=(
        "Baby's name, birth date, mother's name. The river is not labelled (decision); 'nuestro "
        "hospital de McAllen' names the hospital's site."
    ),
)

# 76
p(
    "es",
    "event",
    "¡Este sábado, colecta de sangre #LatidosPorBenny en nuestro hospital de Brownsville! Benny "
    "Arizpe, de 14 años, necesita plaquetas dos veces por semana por anemia aplásica. Cada "
    "donador se lleva la camiseta de 'La Banda de Benny'.",
    [("NAME", "#LatidosPorBenny"), ("NAME", "Benny Arizpe"), ("NAME", "Benny", "*")],
    note="Name hashtag, patient's name, his name in the T-shirt slogan.",
)

# 77
p(
    "en",
    "pasted_record",
    "IT TICKET – patient portal lockout. User: mperez_mission84 | IP 172.16.40.223 | last login "
    "3/14. Pt Mónica Pérez says she can't see her son Diego's lab results. Callback (956) "
    "555-0149.",
    [
        ("OTHER_ID", "mperez_mission84"),
        ("IP", "172.16.40.223"),
        ("DATE", "3/14"),
        ("NAME", "Mónica Pérez"),
        ("NAME", "Diego"),
        ("PHONE", "(956) 555-0149"),
    ],
    note=(
        "Portal user name, IP address, the patient's login date, patient and son, the family's "
        "callback number (not a hospital number)."
    ),
)

# 78
n(
    "es",
    "public_figure",
    "El gobernador visitó nuestro centro de trauma de McAllen tras la volcadura de la carretera "
    "107 y agradeció al personal.",
    "Official visit; no patient named.",
)

# 79
p(
    "en",
    "crisis_update",
    "UPDATE 6:40 p.m.: The two Border Patrol agents injured in this morning's crash on FM 1015 "
    "are at our trauma center. Agent Marco Zavala is in stable condition; Agent Trent Holloway is "
    "in surgery. A third agent was treated at the scene and not brought here.",
    [("GEO", "FM 1015"), ("NAME", "Marco Zavala"), ("NAME", "Trent Holloway")],
    note=(
        "Agents who are our patients: names and the road of their crash. The third agent is not "
        "our patient and not named."
    ),
)

# 80
n(
    "es",
    "thank_you",
    "Gracias, don Tomás Ybarra, por 31 años como voluntario en el mostrador de información. A sus "
    "92 años, sigue llegando a las 7 en punto. ¡Es usted un ejemplo!",
    "Volunteer's name and age are not patient identifiers (he is not a patient here).",
)

# 81
p(
    "es",
    "pasted_record",
    "Resultados de laboratorio de Iván Zúñiga (exp. 40029913) listos. Su mamá puede verlos en el "
    "portal con el usuario ivanz_mama o en el enlace que nos mandó: bit.ly/ivan-labs-0922. Fecha "
    "de toma: 22/09.",
    [
        ("NAME", "Iván Zúñiga"),
        ("MRN", "40029913"),
        ("OTHER_ID", "ivanz_mama"),
        ("URL", "bit.ly/ivan-labs-0922"),
        ("DATE", "22/09"),
    ],
    note="Name, expediente, portal user name, the family's short link, specimen date.",
)

# 82
p(
    "es",
    "staff_spotlight",
    "Nuestro voluntario más querido, don Lázaro Peña, de 90 años, cumplió 25 años en el mostrador "
    "de información... y la semana pasada fue nuestro paciente por una neumonía. ¡Qué gusto "
    "tenerlo de vuelta, don Lázaro!",
    [("NAME", "Lázaro Peña"), ("NAME", "Lázaro", "*"), ("AGE", "90")],
    note="A volunteer who was our patient: name and age over 89 are labelled.",
)

# 83
n(
    "en",
    "birth_announcement",
    "Our Labor & Delivery teams in McAllen and Brownsville welcomed 6,412 babies last year, "
    "including 38 sets of twins and one set of triplets. Thank you for trusting us with your "
    "biggest day. #ValleBabies",
    "Aggregate birth numbers; no baby or family identified.",
)

# 84
p(
    "en",
    "pasted_record",
    "PT: GARZA, ESTELA M | MRN 20483391 | DOB 11/02/1961 | Rm 612-B | Adm 06/18 heat exhaustion, "
    "onion field nr Elsa | Emerg contact: son Jaime 956-555-0172",
    [
        ("NAME", "GARZA, ESTELA M"),
        ("MRN", "20483391"),
        ("DATE", "11/02/1961"),
        ("OTHER_ID", "Rm 612-B"),
        ("DATE", "06/18"),
        ("GEO", "Elsa"),
        ("NAME", "Jaime"),
        ("PHONE", "956-555-0172"),
    ],
    note=(
        "Chart line: 'Surname, Given' name, MRN value, DOB with year, room with keyword, "
        "admission date, place of injury (Elsa, a town that is also a given name), son's name and "
        "phone."
    ),
)

# 85
n(
    "es",
    "public_figure",
    "El conjunto Los Gavilanes del Valle tocó 'Las Mañanitas' para nuestros pacientes de diálisis "
    "en McAllen. ¡Gracias por la visita!",
    "Band visiting; patients not identified.",
)

# 86
p(
    "es",
    "pasted_record",
    "Trabajo Social – caso 24-0917: Yorgelis Marcano (Venezuela), 31 a, A-Number 219 554 870, "
    "llegó del Centro de Procesamiento Ursula el 15/08, embarazo de 32 semanas. Contacto: hermano "
    "Yonaiker en Denver, tel. 720-555-0114.",
    [
        ("OTHER_ID", "24-0917"),
        ("NAME", "Yorgelis Marcano"),
        ("OTHER_ID", "219 554 870"),
        ("GEO", "Centro de Procesamiento Ursula"),
        ("DATE", "15/08"),
        ("NAME", "Yonaiker"),
        ("GEO", "Denver"),
        ("PHONE", "720-555-0114"),
    ],
    note=(
        "Case number, name, alien registration number, the processing centre she came from, "
        "arrival date, brother's name, city and phone."
    ),
)

# 87
p(
    "es",
    "pasted_record",
    "Reimpresión de brazalete: RN NIÑA HINOJOSA (gemela B), Enc# 8830041772, brazalete WB-55120, "
    "madre HINOJOSA, YESSICA, L&D hab. 214, nacida 03/09 a las 04:12.",
    [
        ("NAME", "HINOJOSA, YESSICA"),
        ("NAME", "HINOJOSA", "*"),
        ("OTHER_ID", "8830041772"),
        ("OTHER_ID", "WB-55120"),
        ("OTHER_ID", "hab. 214"),
        ("DATE", "03/09"),
    ],
    note=(
        "Newborn's surname and mother's chart name, encounter and wristband numbers, room, birth "
        "date. 'RN NIÑA' is not a name."
    ),
)

# 88
n(
    "en",
    "thank_you",
    "Thank you to the Pharr Fire Department for 40 cases of water and electrolyte drinks for our "
    "ER waiting rooms. Stay cool, Valley. #HeatWave",
    "Thanks to a public agency; no patient.",
)

# 89
p(
    "es",
    "discharge",
    "¡ALTA! NUESTRA GUERRERA DOLORES 'LOLA' MEDRANO SE VA HOY A CASA, 5 DE AGOSTO, DESPUÉS DE 40 "
    "DÍAS EN LA UCI. ¡TE QUEREMOS, LOLA! #FUERZALOLA",
    [
        ("NAME", "DOLORES 'LOLA' MEDRANO"),
        ("NAME", "LOLA", "*"),
        ("DATE", "5 DE AGOSTO"),
        ("NAME", "#FUERZALOLA"),
    ],
    note="ALL-CAPS name with nickname, discharge date, name hashtag.",
)

# 90
n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Productores de Cebolla del Valle por donar 500 termos y sombreros "
    "para los trabajadores de sus campos.",
    "Sponsor.",
)

# 91
n(
    "en",
    "hospital_contact",
    "Main line McAllen: (956) 555-0100 · Brownsville: (956) 555-0111 · 24/7 nurse line in "
    "Spanish: (956) 555-0123 · Media: (956) 555-0145",
    "Hospital numbers only.",
)

# 92
p(
    "es",
    "campaign_hashtag",
    "Hoy el piso de oncología se vistió de amarillo por #ElSolDeSoledad. Soledad Ybarra, de 12 "
    "años, termina hoy su última quimio. ¡Ya no más soledad, mija: aquí estamos todos!",
    [("NAME", "#ElSolDeSoledad"), ("NAME", "Soledad Ybarra")],
    note="Name hashtag and name; 'soledad' in lower case is the word.",
)

# 93
n(
    "es",
    "crisis_update",
    "#MercedesFuerte: nuestra unidad móvil está en la plaza de Mercedes con vacunas contra el "
    "tétanos y agua limpia para los afectados por la inundación.",
    "Town hashtag is a campaign, not a patient; no patient named.",
)

# 94
n(
    "es",
    "statistic",
    "El 38% de nuestros pacientes con diabetes vive en colonias sin drenaje. Por eso la clínica "
    "móvil ya visita 24 colonias de Hidalgo County.",
    "Aggregate; the county is a service area.",
)

# 95
n(
    "en",
    "sponsor",
    "Huge thanks to H-E-B for 10,000 bottles of water for our heat-relief stations this summer! "
    "#ValleStrong",
    "Corporate sponsor.",
)

# 96
n(
    "en",
    "health_tip",
    "Heat index over 110 today in the Valley. Know the signs of heat stroke: confusion, hot dry "
    "skin, no sweating. Cool first, transport second. Call 911. #HeatSafety",
    "General advice.",
)

# 97
n(
    "es",
    "campaign_hashtag",
    "Usa #MiValleMiSalud para contarnos cómo te cuidas del calor. Las mejores ideas ganarán una "
    "hielera.",
    "Campaign hashtag.",
)

# 98
n(
    "en",
    "sponsor",
    "This year's Valle del Río Gala raised $1.2 million for the Brownsville NICU. Thank you to "
    "our presenting sponsor, Rio Grande Citrus Growers.",
    "Sponsor and fundraising total.",
)

# 99
n(
    "es",
    "sponsor",
    "Radio KTEX 100.3 y el grupo Los Gavilanes del Valle juntaron 2,000 juguetes para nuestros "
    "pacientes de pediatría. ¡Gracias!",
    "Sponsors; patients not identified.",
)

# 100
n(
    "es",
    "anonymous_story",
    "Un agente de la Patrulla Fronteriza y un migrante llegaron en la misma ambulancia, los dos "
    "con golpe de calor. Salieron compartiendo una gelatina de limón.",
    "Anonymous.",
)

# 101
n(
    "es",
    "memorial",
    "Para el Día de Muertos pusimos un altar en el lobby de Brownsville en honor a los 214 "
    "pacientes que fallecieron con nosotros este año. Las familias pueden traer una foto o una "
    "flor de cempasúchil.",
    "Aggregate remembrance; the holiday is not a patient's event date.",
)

# 102
n(
    "es",
    "research",
    "Investigación en el Valle: los casos de dengue local subieron 40% en Cameron County. El Dr. "
    "Samuel Ortiz presentará los datos el 12 de noviembre.",
    "Staff name and a presentation date.",
)

# 103
p(
    "es",
    "discharge",
    "¡Se va de alta don Refugio Chapa! Después de su amputación del 17 de octubre, don Cuco ya "
    "camina con su prótesis y regresa a su casa en la calle Sabal, en Primera. Gracias, familia "
    "Chapa, por su confianza.",
    [
        ("NAME", "Refugio Chapa"),
        ("NAME", "Chapa", "*"),
        ("DATE", "17 de octubre"),
        ("NAME", "Cuco"),
        ("GEO", "calle Sabal"),
        ("GEO", "Primera"),
    ],
    note=(
        "Name (Refugio, also a word), nickname Cuco, family surname; surgery date; street and "
        "town of home (Primera, a town whose name is also 'first')."
    ),
)

# 104
n(
    "es",
    "sponsor",
    "Nuestro patrocinador del 5K, Farmacias del Río, dará hidratación gratis en la meta. ¡Nos "
    "vemos en la carrera!",
    "Sponsor.",
)

# 105
n(
    "es",
    "recruitment",
    "¡Buscamos enfermeras bilingües para Urgencias en Brownsville! Bono de contratación de "
    "$15,000. Aplica en vdrhealth.org/empleos o llama al (956) 555-0188.",
    "Hospital domain and number.",
)

# 106
n(
    "es",
    "statistic",
    "De enero a septiembre atendimos 312 lesiones en solicitantes de asilo por caídas del muro "
    "fronterizo; la mayoría, fracturas de tobillo y de columna.",
    "Aggregate numbers over months.",
)

# 107
n(
    "en",
    "statistic",
    "In 2024 our ERs treated 1,143 heat-related illnesses — 62% in outdoor workers. The busiest "
    "single day brought 47 cases. #HeatSafety",
    "Aggregate numbers.",
)

# 108
n(
    "es",
    "event",
    "Taller de lactancia en español todos los martes en el Pabellón de Mujeres y Niños, 3100 N "
    "Ware Rd, McAllen. Regístrate: (956) 555-0164.",
    "Hospital address and number.",
)

# 109
n(
    "es",
    "recruitment",
    "Contratamos técnicos de diálisis para Harlingen y Weslaco. Ofrecemos capacitación pagada y "
    "horario de lunes a sábado.",
    "Job post.",
)

# 110
p(
    "es",
    "staff_spotlight",
    "Esta semana reconocemos a Yolanda Cerda, enfermera de Urgencias desde hace 22 años. En "
    "julio, Yolanda estuvo del otro lado de la camilla: la atendimos por un golpe de calor el 27 "
    "de julio, en su huerta de Palmhurst. Hoy regresa a su turno y dice que ahora entiende a los "
    "pacientes mejor que nunca.",
    [
        ("NAME", "Yolanda Cerda"),
        ("NAME", "Yolanda", "*"),
        ("DATE", "27 de julio"),
        ("DATE", "julio", "*"),
        ("GEO", "Palmhurst"),
    ],
    note=(
        "A nurse who was our patient: her name, the month and date of her heat stroke, the place "
        "of injury."
    ),
)

# 111
n(
    "es",
    "statistic",
    "Nuestra línea en español (956) 555-0123 recibió 48,000 llamadas el año pasado; la espera "
    "promedio fue de 42 segundos.",
    "Hospital number and aggregate numbers.",
)

# 112
p(
    "en",
    "staff_spotlight",
    "Dr. Priya Raman, our NICU medical director, usually gives the updates. Today we're giving "
    "one about her: Dr. Raman is recovering on 7 East after donating a kidney to her brother, "
    "Vikram, on Oct. 3rd. Both are doing great.",
    [("NAME", "Priya Raman"), ("NAME", "Raman", "*"), ("NAME", "Vikram"), ("DATE", "Oct. 3rd")],
    note=(
        "A doctor who is our patient (kidney donor) and her brother the recipient; surgery date "
        "with ordinal."
    ),
)

# 113
n(
    "en",
    "research",
    "Our Guillain-Barré registry now includes 140 Valley patients, making it the largest in South "
    "Texas.",
    "Aggregate; eponymous condition.",
)

# 114
n(
    "es",
    "staff_spotlight",
    "Conozcan a Rosario Villanueva, intérprete médica de mixteco y español, que de niña pizcó "
    "cebolla en los campos de Hargill con sus papás. Hoy es la voz de cientos de familias "
    "jornaleras.",
    "Staff member's own background; not a patient.",
)

# 115
n(
    "es",
    "event",
    "Charro Days: busquen nuestra carpa de primeros auxilios en la calle Elizabeth durante el "
    "desfile del 27 de febrero. Bloqueador solar gratis.",
    "Festival and parade date are a public event, not a patient's.",
)

# 116
p(
    "es",
    "pasted_record",
    "---------- Mensaje reenviado ----------\nDe: Norma Treviño <normatrevino72@gmail.com>\n"
    "Asunto: mi papá en el cuarto 227\nBuenas tardes, mi papá Rodolfo Treviño (expediente "
    "10558274) está desde el 9 de abril esperando su cirugía de vesícula. ¿Me pueden llamar al "
    "956-555-0193? Gracias.",
    [
        ("NAME", "Norma Treviño"),
        ("EMAIL", "normatrevino72@gmail.com"),
        ("OTHER_ID", "cuarto 227"),
        ("NAME", "Rodolfo Treviño"),
        ("MRN", "10558274"),
        ("DATE", "9 de abril"),
        ("PHONE", "956-555-0193"),
    ],
    note=(
        "Forwarded email: daughter's name, email and phone; room; patient's name; expediente "
        "(MRN); admission date."
    ),
)

# 117
n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a las promotoras de salud de Valle del Río, que tocan puertas en 38 colonias "
    "de Hidalgo y Cameron para checar la presión y el azúcar. ¡Sin ustedes no llegaríamos!",
    "Community health workers; counties named as service area, not tied to a patient.",
)

# 118
p(
    "es",
    "thank_you",
    "'A las enfermeras del cuarto 418: gracias por cuidar a mi mamá, Socorro Rangel, como si "
    "fuera suya. — Su hija Nora, de Peñitas'. Esta carta nos llegó ayer y la compartimos con "
    "permiso. 💐",
    [("OTHER_ID", "cuarto 418"), ("NAME", "Socorro Rangel"), ("NAME", "Nora"), ("GEO", "Peñitas")],
    note="Room number with keyword, patient (Socorro, also a word), daughter and her town.",
)

# 119
p(
    "es",
    "pasted_record",
    "nota de enfermería pegada por error: pte lópez-cantú, alma r., 89 a, hab 305, dolor torácico "
    "desde las 0200. esposo (94) a pie de cama, muy sordo. hijo rubén devuelve llamada al "
    "956.555.0131",
    [
        ("NAME", "lópez-cantú, alma r."),
        ("OTHER_ID", "hab 305"),
        ("AGE", "94"),
        ("NAME", "rubén"),
        ("PHONE", "956.555.0131"),
    ],
    note=(
        "Lower-case chart name; room; the husband's age 94 (a relative over 89); son and his "
        "phone. The patient's own age 89 is not labelled."
    ),
)

# 120
n(
    "en",
    "health_tip",
    "Quinceañera season tip: new heels + 8 hours of dancing = blisters and sprained ankles. Break "
    "in the shoes, pack flats, and keep the damas hydrated! 👗💃",
    "General advice.",
)

# 121
n(
    "es",
    "thank_you",
    "Gracias al agente de la Patrulla Fronteriza Julián Escobedo, que cargó durante 2 millas a "
    "una niña deshidratada hasta nuestra ambulancia. La niña ya está estable. Agente Escobedo: "
    "usted es la razón de este final feliz.",
    "The agent is the rescuer, not a patient; the child is anonymous.",
)

# 122
p(
    "es",
    "crisis_update",
    "Actualización de la volcadura en la carretera 107 cerca de Elsa: recibimos a 9 trabajadores "
    "agrícolas del camión. Con permiso de sus familias confirmamos que Anastasio Rivas y su hijo "
    "Eleazar siguen en estado crítico.",
    [("GEO", "carretera 107"), ("GEO", "Elsa"), ("NAME", "Anastasio Rivas"), ("NAME", "Eleazar")],
    note=(
        "Named patients, so the road and town of their crash are labelled (Elsa is also a given "
        "name)."
    ),
)

# 123
p(
    "es",
    "eponymous_condition",
    "Don Isidro Paredes, nonagenario de Lyford, empezó con hormigueo en los pies el Viernes "
    "Santo. Era síndrome de Guillain-Barré. Después de 4 meses de terapia, ayer caminó sin "
    "andadera por el pasillo de rehabilitación.",
    [
        ("NAME", "Isidro Paredes"),
        ("AGE", "nonagenario"),
        ("GEO", "Lyford"),
        ("DATE", "Viernes Santo"),
    ],
    note=(
        "Name, 'nonagenario' states an age over 89, home town, the holiday his symptoms began (a "
        "holiday, though it contains a weekday)."
    ),
)

# 124
p(
    "es",
    "pasted_record",
    "FAX – Referencia a Ortopedia\nPaciente: Jorge Alberto 'Coco' Méndez, 16 a.\nLesión: fractura "
    "de fémur, accidente de cuatrimoto en el rancho La Esperanza, Raymondville, 23/03\nSeguro: "
    "Medicaid 771204455\nFax de la casa (papá Rogelio): 956-555-0158",
    [
        ("NAME", "Jorge Alberto 'Coco' Méndez"),
        ("GEO", "rancho La Esperanza"),
        ("GEO", "Raymondville"),
        ("DATE", "23/03"),
        ("HEALTH_PLAN", "771204455"),
        ("NAME", "Rogelio"),
        ("FAX", "956-555-0158"),
    ],
    note=(
        "Referral: name with nickname, ranch and town of the injury, injury date, Medicaid "
        "number, father's name and the family's fax number."
    ),
)

# 125
p(
    "es",
    "crisis_update",
    "Incendio en los departamentos de la calle Jackson, en Pharr: atendimos a 6 personas. Doña "
    "Guadalupe Ochoa, de 93 años, fue rescatada por su nieto Brandon y está estable en nuestra "
    "unidad de quemados.",
    [
        ("GEO", "calle Jackson"),
        ("GEO", "Pharr"),
        ("NAME", "Guadalupe Ochoa"),
        ("AGE", "93"),
        ("NAME", "Brandon"),
    ],
    note="A named patient's home street and city, her age over 89, grandson's name.",
)

# 126
n(
    "es",
    "eponymous_condition",
    "¿Qué es la enfermedad de Chagas? Una infección que transmite la chinche besucona, común en "
    "casas de adobe y ranchos del sur de Texas. Si la ves, no la aplastes con la mano.",
    "Eponymous condition; education.",
)

# 127
p(
    "es",
    "milestone_birthday",
    "Cumpleañero del día en la cama 14 de Medicina Interna: Sr. Baltazar Hdz., 93 a. ¡Pásenle a "
    "cantarle Las Mañanitas a las 10!",
    [("OTHER_ID", "cama 14"), ("NAME", "Baltazar Hdz."), ("AGE", "93")],
    note="Bed number, name with abbreviated surname, chart-style age '93 a.' (number only).",
)

# 128
n(
    "es",
    "campaign_hashtag",
    "#DonaVida: un donador de órganos puede salvar 8 vidas. Regístrate hoy al renovar tu licencia "
    "de Texas.",
    "Campaign hashtag.",
)

# 129
n(
    "es",
    "recruitment",
    "Se buscan promotoras de salud que vivan en las colonias de Hidalgo y Cameron. Si conoces tu "
    "comunidad, te queremos en nuestro equipo.",
    "Job post; areas, not patients.",
)

# 130
p(
    "es",
    "event",
    "¡Este sábado es la carrera 5K 'Corre por Emi', en honor a Emiliano 'Emi' Ramírez, nuestro "
    "paciente de 9 años con leucemia! La meta está en nuestro hospital de McAllen y su mamá, "
    "Elvia, estará en la mesa de registro.",
    [("NAME", "Emiliano 'Emi' Ramírez"), ("NAME", "Emi", "*"), ("NAME", "Elvia")],
    note=(
        "Event named for a patient: the nickname inside the race name is labelled too; mother's "
        "name."
    ),
)

# 131
n(
    "es",
    "recruitment",
    "¿Eres paramédico? Únete a nuestro equipo de transporte aéreo. Turnos de 24 horas desde "
    "nuestra base de Brownsville.",
    "Job post.",
)

# 132
n(
    "en",
    "crisis_update",
    "We are aware of the mass-casualty incident at the Pharr–Reynosa bridge. Our trauma teams are "
    "ready. Families looking for loved ones: call (956) 555-0145, not the ER.",
    "No patient named; hospital number.",
)

# 133
n(
    "es",
    "eponymous_condition",
    "Linfoma de Hodgkin en adolescentes: 9 de cada 10 se curan. Si tu hijo tiene un ganglio que "
    "no baja en 3 semanas, llévalo a consulta.",
    "Eponymous condition; statistic.",
)

# 134
p(
    "es",
    "public_figure",
    "Nuestra paciente más famosa de la semana: la congresista Irma Solano, que llegó el domingo "
    "con apendicitis y salió ayer. Dice que desde la cama 9 ya estaba haciendo llamadas por el "
    "proyecto de agua para las colonias.",
    [("NAME", "Irma Solano"), ("OTHER_ID", "cama 9")],
    note="A congresswoman as patient: name and bed number.",
)

# 135
p(
    "es",
    "memorial",
    "Nuestro corazón está con la familia Guerra, de Mercedes. El pequeño Ángel, de 6 años, murió "
    "el 19 de junio, arrastrado por el agua de un canal de riego durante la inundación. Quien "
    "desee apoyar puede donar en valledelriohealth.org/angel.",
    [("NAME", "Guerra"), ("GEO", "Mercedes"), ("NAME", "Ángel"), ("DATE", "19 de junio")],
    note=(
        "Family surname (also a word), home town, child's name, date of death. The donation link "
        "is on the hospital's own domain, not labelled."
    ),
)

# 136
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Mr. Wendell Haskins! 🎂 The Army vet and Winter Texan from Ames, Iowa, "
    "celebrated on our 6 North rehab unit with a video from his great-grandkids. Born on Flag "
    "Day, June 14 — and still flirting with every nurse on the floor.",
    [
        ("AGE", "100th"),
        ("NAME", "Wendell Haskins"),
        ("GEO", "Ames"),
        ("DATE", "Flag Day"),
        ("DATE", "June 14"),
    ],
    note=(
        "Ordinal age, name, home city (Iowa is a state), birth date as holiday and as date. The "
        "video is of the great-grandkids, not PHOTO."
    ),
)

# 137
n(
    "es",
    "eponymous_condition",
    "Crohn y colitis: nuestro nuevo grupo de apoyo en español se reúne el primer sábado de cada "
    "mes en Brownsville.",
    "Eponymous condition; meeting schedule.",
)

# 138
n(
    "es",
    "health_tip",
    "Agua, sombra y descanso: un vaso de agua cada 15 minutos si trabajas bajo el sol. Si un "
    "compañero se ve confundido o deja de sudar, llama al 911. #AguaSombraDescanso",
    "General advice; campaign hashtag.",
)

# 139
n(
    "es",
    "statistic",
    "Muertes por calor en trabajadores agrícolas del Valle: 19 en 2023 y 11 en 2024. Menos, pero "
    "no cero. #AguaSombraDescanso",
    "Aggregate numbers by year.",
)

# 140
n(
    "es",
    "crisis_update",
    "Actualización del huracán: todos los bebés de la UCIN de Brownsville fueron trasladados con "
    "éxito a McAllen. Papás: llamen al (956) 555-0111.",
    "Operational update; hospital number.",
)

# 141
p(
    "es",
    "health_tip",
    "Consejo de calor de parte de don Porfirio Leal, que estuvo con nosotros en junio por un "
    "golpe de calor en la pizca de chile: 'Lleven un galón de agua al surco, no una botellita'. "
    "#CalorExtremo",
    [("NAME", "Porfirio Leal"), ("DATE", "junio")],
    note="A tip quoted from a named former patient, with the month of his admission.",
)

# 142
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Hansen (lepra): sí, todavía hay casos en Texas, y se cura. Nuestra clínica de "
    "Boca Chica da tratamiento gratuito y confidencial.",
    "Eponymous condition; hospital clinic.",
)

# 143
p(
    "es",
    "hospital_contact",
    "Mensaje para los familiares de la paciente de la habitación 221 (Sra. Ofelia C.): su hijo "
    "dejó el número 956-555-0178 y no contesta. Llámennos al (956) 555-0111.",
    [("OTHER_ID", "habitación 221"), ("NAME", "Ofelia C."), ("PHONE", "956-555-0178")],
    note="Room, name with initial, the son's phone; the second number is the hospital's.",
)

# 144
p(
    "es",
    "patient_story",
    "Hace un año, Jesús 'Chuy' Olivares llegó a Urgencias con un golpe de calor mientras techaba "
    "una casa en Edinburg. Hoy Chuy regresó, pero como voluntario, para repartir botellas de agua "
    "a los trabajadores. Gracias, Chuy. #AguaSombraDescanso",
    [("NAME", "Jesús 'Chuy' Olivares"), ("NAME", "Chuy", "*"), ("GEO", "Edinburg")],
    note=(
        "Former patient who now volunteers: his story is about his own care, so name and place of "
        "injury are labelled. 'Hace un año' is relative; #AguaSombraDescanso is a campaign "
        "hashtag."
    ),
)

# 145
p(
    "es",
    "birth_announcement",
    "¡Bienvenida a casa, Abril! La pequeña Abril Zamora nació en abril con 26 semanas y 1 libra 9 "
    "onzas. Hoy, después de 98 días en la UCIN, se va a Los Fresnos con sus papás, Itzel y Omar. "
    "#GraduadaDeLaUCIN",
    [
        ("NAME", "Abril Zamora"),
        ("NAME", "Abril", "*"),
        ("DATE", "abril"),
        ("GEO", "Los Fresnos"),
        ("NAME", "Itzel"),
        ("NAME", "Omar"),
    ],
    note=(
        "Baby named Abril (capitalised) born in abril (the month, lower case, a birth date "
        "element); home town; parents. 'la pequeña' is descriptive, not part of the name."
    ),
)

# 146
p(
    "en",
    "discharge",
    "Jan Kowalczyk, 92, drives down from Winnipeg, Manitoba, every winter. This year he spent "
    "Christmas with us after a fall at the Weslaco flea market. Jan went home Jan. 3, and his "
    "wife, Irene, and their schnauzer, Pierogi, say the flea market is off limits until he's off "
    "the walker.",
    [
        ("NAME", "Jan Kowalczyk"),
        ("AGE", "92"),
        ("GEO", "Winnipeg"),
        ("DATE", "Christmas"),
        ("GEO", "Weslaco"),
        ("DATE", "Jan. 3"),
        ("NAME", "Jan", "*"),
        ("NAME", "Irene"),
    ],
    note=(
        "Patient named Jan next to the month abbreviation in 'Jan. 3' (date span); age; home city "
        "(province not labelled); holiday spent in hospital; town of the fall; wife. The dog's "
        "name is not labelled."
    ),
)

# 147
p(
    "en",
    "eponymous_condition",
    "Yes, really: Winter Texan Leonard Graves, 90, of Duluth, came to us with Graves' disease. "
    "'Figured I'd finally get my own disease looked at,' Mr. Graves joked. His thyroid is under "
    "control and he's back on the pickleball courts.",
    [("NAME", "Leonard Graves"), ("AGE", "90"), ("GEO", "Duluth"), ("NAME", "Graves", 3)],
    note=(
        "The patient's surname is labelled; the same word in 'Graves' disease' is the eponym and "
        "is declared unlabelled."
    ),
    ok=("Graves",),
)

# 148
p(
    "en",
    "pasted_record",
    "Registration screenshot – DO NOT POST: Quintanilla, Nayeli A. | SSN 461-55-0938 | TX DL "
    "40918837 | Plate JRX-4471 (gray F-150) | 2210 Boca Chica Blvd, Apt 4, Brownsville TX 78526",
    [
        ("NAME", "Quintanilla, Nayeli A."),
        ("SSN", "461-55-0938"),
        ("LICENSE", "40918837"),
        ("VEHICLE", "JRX-4471"),
        ("GEO", "2210 Boca Chica Blvd, Apt 4"),
        ("GEO", "Brownsville"),
        ("GEO", "78526"),
    ],
    note=(
        "Registration: name, SSN, driver's licence, plate, home street with number and apartment "
        "on the same boulevard as a hospital clinic (different number), city and ZIP."
    ),
)

# 149
n(
    "en",
    "event",
    "Free heat-illness screenings for farmworkers at the Edinburg farmers market this Saturday, "
    "7–11 a.m. Water, hats and cooling towels on us. Info: (956) 555-0100.",
    "Hospital event, venue and hospital number; no patient.",
)

# 150
p(
    "en",
    "patient_story",
    "Border Patrol Agent Cody Ybarra was pinned under his ATV during a pursuit near Los Ebanos on "
    "March 2. Six weeks and two surgeries later, Cody walked out of our rehab gym on his own. His "
    "partner, Agent Dana Whitfield, who rode with him in the ambulance, was there to cheer. "
    "Welcome back, Cody!",
    [("NAME", "Cody Ybarra"), ("NAME", "Cody", "*"), ("GEO", "Los Ebanos"), ("DATE", "March 2")],
    note=(
        "An agent who is himself the patient: name, place and date of his injury are labelled. "
        "His partner Dana Whitfield is a colleague, not a patient or relative: not labelled."
    ),
)

# 151
p(
    "es",
    "patient_story",
    "La señora Esperanza Salinas, de 91 años, vive sola en Rio Grande City. Cuando su hijo "
    "Rolando no pudo llegar por ella durante la tormenta, nuestro equipo de salud en casa la "
    "encontró deshidratada y la trajo al hospital. Hoy está de vuelta en su casa y nos devolvió a "
    "todos la esperanza.",
    [
        ("NAME", "Esperanza Salinas"),
        ("AGE", "91"),
        ("GEO", "Rio Grande City"),
        ("NAME", "Rolando"),
    ],
    note=(
        "Patient's name (Esperanza, also the word 'esperanza', lower case, not labelled); age "
        "over 89; home city; son's name."
    ),
)

# 152
n(
    "en",
    "recruitment",
    "Hiring: medical interpreters (Spanish, Mixteco, Haitian Creole) for our McAllen campus. Help "
    "asylum-seeking families be understood. vdrhealth.org/careers",
    "Job post.",
)

# 153
p(
    "es",
    "milestone_birthday",
    "Felicidades a la señora Victoria Leal, que cumple 104 años este 16 de septiembre, Día de la "
    "Independencia. Dice que el desfile es para ella. Victoria vive con su hija en la colonia La "
    "Presa, en Edinburg, y no falta a su cita de cardiología.",
    [
        ("NAME", "Victoria Leal"),
        ("NAME", "Victoria", "*"),
        ("AGE", "104"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia"),
        ("GEO", "colonia La Presa"),
        ("GEO", "Edinburg"),
    ],
    note="Name, age, birthday date and the holiday naming it, colonia and city.",
)

# 154
p(
    "en",
    "recruitment",
    "We're hiring nurses! Just ask Ariadna Flores, who joined our NICU this spring — 20 years "
    "after spending her first 94 days in it as a 1 lb 13 oz preemie. Apply: vdrhealth.org/careers",
    [("NAME", "Ariadna Flores")],
    note=(
        "A former NICU patient, now staff, is named in connection with her own care. '94 days' is "
        "a length of stay, not an age."
    ),
)

# 155
n(
    "en",
    "health_tip",
    "After the flood: turn around, don't drown. Six inches of moving water can knock you down; "
    "two feet can float a pickup. Stay out of the canals and resacas. #TurnAroundDontDrown",
    "General flood safety advice.",
)

# 156
n(
    "es",
    "campaign_hashtag",
    "#VoltéateNoTeAhogues: si el agua cubre la calle, da la vuelta. Ningún mandado vale tu vida.",
    "Campaign hashtag.",
)

# 157
p(
    "es",
    "event",
    "Baile de quinceañeras en el Pabellón Infantil: este viernes celebramos los XV de cinco "
    "pacientes de oncología, entre ellas Marisol, Itzayana y Fátima. ¡Se buscan chambelanes "
    "voluntarios!",
    [("NAME", "Marisol"), ("NAME", "Itzayana"), ("NAME", "Fátima")],
    note="Three patients named by first name (Fátima is also a place).",
)

# 158
p(
    "es",
    "birth_announcement",
    "¡Nació en la troca! Mateo no quiso esperar: llegó al mundo el 2 de mayo en el acotamiento de "
    "la Expressway 83, a la altura de Weslaco. Su papá, Gilberto, lo recibió con instrucciones "
    "del 911 por teléfono. Mamá y bebé, perfectos.",
    [
        ("NAME", "Mateo"),
        ("DATE", "2 de mayo"),
        ("GEO", "Expressway 83"),
        ("GEO", "Weslaco"),
        ("NAME", "Gilberto"),
    ],
    note=(
        "Baby's name, birth date, the road and town where he was born (place of the patient's "
        "event), father's name. 911 is a national line."
    ),
)

# 159
p(
    "es",
    "discharge",
    "Alta de hoy en el 3 Norte: el Sr. R. G. B., de 90 años, paciente de cuidados paliativos, "
    "regresó a su rancho de Hargill para pasar sus últimos días con sus vacas. Su familia nos "
    "pidió compartirlo.",
    [("NAME", "R. G. B."), ("AGE", "90"), ("GEO", "Hargill")],
    note="Initials used for a patient are NAME; age 90; town of his ranch.",
)

# 160
p(
    "es",
    "birth_announcement",
    "Nació el 12 de diciembre, Día de la Virgen, y sus papás no lo dudaron: se llama Guadalupe. "
    "Lupita pesó 6 libras 14 onzas y ya está en casa, en San Juan, con su hermanito Tadeo.",
    [
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen"),
        ("NAME", "Guadalupe"),
        ("NAME", "Lupita"),
        ("GEO", "San Juan"),
        ("NAME", "Tadeo"),
    ],
    note=(
        "Birth date and the feast day naming it (both); baby's name and nickname; home town San "
        "Juan; brother's name."
    ),
)

# 161
n(
    "es",
    "research",
    "Buscamos voluntarios mayores de 90 años para un estudio sobre caídas y vitamina D. Informes: "
    "(956) 555-0150.",
    "Population age; hospital number.",
)

# 162
p(
    "es",
    "memorial",
    "Un año sin ti, Neto. Ernesto 'Neto' Garza Peña llegó a nuestra unidad de quemados tras la "
    "explosión de cohetes del 4 de julio en Alton y luchó 19 días. Sus papás, Ernesto y Olga, hoy "
    "enseñan a otras familias a usar los fuegos artificiales con cuidado.",
    [
        ("NAME", "Ernesto 'Neto' Garza Peña"),
        ("NAME", "Neto", "*"),
        ("NAME", "Ernesto", "*"),
        ("DATE", "4 de julio"),
        ("GEO", "Alton"),
        ("NAME", "Olga"),
    ],
    note="Patient with nickname, injury date and town, parents (father shares his name).",
)

# 163
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Guadalupe 'Lupe' Tijerina, de 71 años, se jubila después de 50 años en la "
    "UCIN de McAllen. Calcula que cargó a más de 10,000 bebés. ¡Gracias, Lupe!",
    "Retiring nurse; staff name and age are not labelled.",
)

# 164
n(
    "es",
    "event",
    "Jornada de vacunación para trabajadores agrícolas en el empaque de cítricos de Mission: "
    "sábado 8 de marzo, Día de la Mujer. Tétanos, influenza y COVID, sin costo.",
    "Event date and holiday not tied to a patient.",
)

# 165
p(
    "es",
    "patient_story",
    "El acordeonista Beto Quintero, de Los Gavilanes del Valle, sufrió un infarto en pleno baile "
    "en San Benito el sábado. Hoy nos pidió decirles: 'Sigo aquí, y la próxima polka va para las "
    "enfermeras del 4 Sur'. ¡Recupérese pronto, Beto!",
    [("NAME", "Beto Quintero"), ("NAME", "Beto", "*"), ("GEO", "San Benito")],
    note=(
        "Tejano musician as patient: name and the town of the dance where he had the heart "
        "attack. The band name is not a person's identifier; Saturday is a weekday."
    ),
)

# 166
n(
    "es",
    "staff_spotlight",
    "Conozcan a Abril Monsivais, técnica de farmacia en Brownsville, que en abril ganó el premio "
    "estatal a la técnica del año. ¡Felicidades, Abril!",
    "Staff member named Abril and the month of her award: neither is a patient identifier.",
)

# 167
p(
    "es",
    "birth_announcement",
    "¡Los Charro Days llegaron antes para la familia Solís! Ximena nació el 27 de febrero, justo "
    "cuando pasaba el desfile. Su mamá, Karla, dice que el año que entra ya la veremos vestida de "
    "china poblana.",
    [
        ("DATE", "Charro Days"),
        ("NAME", "Solís"),
        ("NAME", "Ximena"),
        ("DATE", "27 de febrero"),
        ("NAME", "Karla"),
    ],
    note=(
        "The festival on which the baby was born and the numeric date (both); family surname; "
        "baby and mother."
    ),
)

# 168
p(
    "es",
    "discharge",
    "Después de 61 días, dos intubaciones y un pulmón muy terco, Marcos Villarreal tocó la "
    "campana del 6 Oeste esta mañana. Se va a su casa en Sullivan City. Marcos, tu equipo de "
    "dominó de la sala de descanso de la UCI ya te extraña.",
    [("NAME", "Marcos Villarreal"), ("NAME", "Marcos", "*"), ("GEO", "Sullivan City")],
    note="Patient's name and home town. 6 Oeste is a unit; 'esta mañana' is relative.",
)

# 169
n(
    "en",
    "discharge",
    "Discharge before noon = a bed for the next patient waiting in our ER. Thanks to 5 West for "
    "hitting 62% pre-noon discharges in June! #PatientFlow",
    "Unit statistic; June is not tied to a patient.",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Spotlight: paramedic Luis Ochoa and Border Patrol EMT Kristen Vale, who co-teach our Desert "
    "Heat Response course for agents and ranch hands. 120 trained so far this summer. 🌵",
    "Staff and an agency instructor at work; no patient.",
)

# 171
p(
    "es",
    "pasted_record",
    "PIZARRÓN 4 SUR – turno noche\nCama 1: Villarreal, Tomasa – 91 a – postop cadera – ayuno\n"
    "Cama 2: Ochoa, Lupe – 58 a – cetoacidosis\nCama 3: VACÍA\nCama 4: Benavides, Ma. Elena – 90 "
    "a – caída en casa, colonia Cuevitas",
    [
        ("OTHER_ID", "Cama 1"),
        ("NAME", "Villarreal, Tomasa"),
        ("AGE", "91"),
        ("OTHER_ID", "Cama 2"),
        ("NAME", "Ochoa, Lupe"),
        ("OTHER_ID", "Cama 4"),
        ("NAME", "Benavides, Ma. Elena"),
        ("AGE", "90"),
        ("GEO", "colonia Cuevitas"),
    ],
    note=(
        "Bed board: occupied beds with keyword, chart names, ages over 89 only (58 not labelled), "
        "home colonia. The empty bed 3 is tied to no patient."
    ),
)

# 172
n(
    "en",
    "patient_story",
    "A farmworker in his 50s came to our ER last week with a core temperature of 107°F. He "
    "survived because his crew leader knew the signs. Know them too: confusion, hot dry skin, "
    "collapse. Call 911.",
    "Anonymous: no name, an age band under 90, a relative time only. 911 is a national line.",
)

# 173
n(
    "es",
    "health_tip",
    "Los bebés y las mascotas nunca deben quedarse en la troca, ni 'un minutito'. En julio, el "
    "interior de un vehículo en el Valle llega a 60 °C en 20 minutos.",
    "July is general climate, not a patient's date.",
)

# 174
p(
    "es",
    "thank_you",
    "Gracias a Rosario y a su esposo, Efraín, de la colonia Olivarez: después del trasplante de "
    "riñón de Rosario en noviembre, organizaron la primera colecta de donadores en su parroquia. "
    "Juntaron 64 registros y rezaron un rosario por cada uno.",
    [
        ("NAME", "Rosario", "*"),
        ("NAME", "Efraín"),
        ("GEO", "colonia Olivarez"),
        ("DATE", "noviembre"),
    ],
    note=(
        "Transplant patient (Rosario; 'rosario' lower case is the prayer), husband, colonia, "
        "month of the transplant."
    ),
)

# 175
p(
    "es",
    "campaign_hashtag",
    "todos con #fuerzachuyito 🙏 nuestro chuyito, de 4 años, ya respira solo después de casi "
    "ahogarse en el canal de riego de la colonia las palmas en edcouch",
    [
        ("NAME", "#fuerzachuyito"),
        ("NAME", "chuyito"),
        ("GEO", "colonia las palmas"),
        ("GEO", "edcouch"),
    ],
    note="Lower-case name hashtag, nickname, colonia and town of the near-drowning.",
)

# 176
n(
    "es",
    "crisis_update",
    "Ola de calor: abrimos centros de enfriamiento en los lobbies de nuestros dos hospitales, de "
    "10 a 8. Traigan a sus mayores, agua y sus medicinas. #CalorExtremo",
    "Operational update.",
)

# 177
p(
    "en",
    "patient_story",
    "When the canal flooded on Memorial Day, 8-year-old Isaiah Peña of Mercedes went under for "
    "almost a minute. His big sister Dulce pulled him out and did CPR exactly like she learned in "
    "4th-grade health class. Isaiah went home from our PICU today. Dulce, you're our hero. 💙",
    [
        ("DATE", "Memorial Day"),
        ("NAME", "Isaiah Peña"),
        ("NAME", "Isaiah", "*"),
        ("GEO", "Mercedes"),
        ("NAME", "Dulce", "*"),
    ],
    note=(
        "Holiday on which the drowning happened; patient's name; home town Mercedes (a town that "
        "is also a given name); sister's name (also a word). Age 8 not labelled."
    ),
)

# 178
p(
    "en",
    "hospital_contact",
    "Calling the family of Mr. Eliseo Barrientos (92yo), room 716: please call our nursing "
    "station at (956) 555-0100 ext. 7160. His daughter Araceli listed a number that is no longer "
    "in service.",
    [
        ("NAME", "Eliseo Barrientos"),
        ("AGE", "92yo"),
        ("OTHER_ID", "room 716"),
        ("NAME", "Araceli"),
    ],
    note=(
        "Patient's name, chart-style age as one token, room, daughter. The number is the "
        "hospital's."
    ),
)

# 179
p(
    "es",
    "memorial",
    "Por siempre 4 años. Kaleb Rosales, nuestro Batman del 3 Sur, murió el 9 de noviembre tras 20 "
    "meses luchando contra el tumor de Wilms. Su mamá, Deyanira, nos pidió usar capa hoy. Lo "
    "haremos. #LaCapaDeKaleb",
    [
        ("NAME", "Kaleb Rosales"),
        ("DATE", "9 de noviembre"),
        ("NAME", "Deyanira"),
        ("NAME", "#LaCapaDeKaleb"),
    ],
    note="Name, date of death, mother, name hashtag. Wilms tumor is an eponymous condition.",
)

# 180
n(
    "es",
    "hospital_contact",
    "¿Perdiste tu tarjeta de cita? Escríbenos a citas@vdrhealth.org o mándanos DM a @VDRSalud. "
    "Nunca publiques tu número de expediente en los comentarios.",
    "Hospital email and handle.",
)

# 181
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles and one very loud 'woohoo!' Happy birthday to Frank Ostrowski of Sault "
    "Ste. Marie, Michigan, who spent his 99th on 5 North after a fall at his winter place in Port "
    "Isabel. Frank, you're grounded from ladders.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Frank Ostrowski"),
        ("NAME", "Frank", "*"),
        ("GEO", "Sault Ste. Marie"),
        ("AGE", "99th"),
        ("GEO", "Port Isabel"),
    ],
    note="Age in words and as an ordinal; name; home city (Michigan is a state) and winter town.",
)

# 182
p(
    "es",
    "patient_story",
    "En la colonia Cameron Park todos conocen a doña Cuca Villegas por sus tamales. Lo que no "
    "sabían es que Cuca traía el azúcar en 400. Desde que entró a nuestro programa de diabetes en "
    "marzo ya bajó a 130, y sigue vendiendo tamales... ahora también de pollo sin manteca.",
    [
        ("GEO", "colonia Cameron Park"),
        ("NAME", "Cuca Villegas"),
        ("NAME", "Cuca", "*"),
        ("DATE", "marzo"),
    ],
    note=(
        "Colonia where the patient lives (span includes 'colonia'); name and nickname; the month "
        "she enrolled in care is a date element tied to her."
    ),
)

# 183
p(
    "en",
    "thank_you",
    "To the nurses on 5 South who sang 'De Colores' with Mrs. Amalia Bazán, 97, every night "
    "before bed: her granddaughter Crystal wants you to know Grandma talked about you until the "
    "very end. Thank you.",
    [("NAME", "Amalia Bazán"), ("AGE", "97"), ("NAME", "Crystal")],
    note="Patient's name and age over 89, granddaughter's name. The nurses are not named.",
)

# 184
p(
    "es",
    "hospital_contact",
    "¿Alguien conoce a la familia de este señor? Lo trajeron el 5 de agosto de la central de "
    "autobuses; dice llamarse 'Nacho' y ser de Matehuala, San Luis Potosí. Si lo conocen, llamen "
    "a Trabajo Social: (956) 555-0135.",
    [("DATE", "5 de agosto"), ("NAME", "Nacho"), ("GEO", "Matehuala")],
    note=(
        "Admission date, the nickname he gives, home town (the Mexican state is not labelled). "
        "The number is the hospital's."
    ),
)

# 185
p(
    "es",
    "discharge",
    "¡Ya se va a casa! Después de 4 meses en la UCIN, Thiago (nació el 1.º de marzo, con 24 "
    "semanas) sale hoy con su mamá, Brenda, rumbo a Río Bravo, Tamaulipas. ¡Buen viaje, campeón!",
    [("NAME", "Thiago"), ("DATE", "1.º de marzo"), ("NAME", "Brenda"), ("GEO", "Río Bravo")],
    note=(
        "Baby's name, ordinal birth date, mother, home city in Mexico; Tamaulipas is a state and "
        "not labelled."
    ),
)

# 186
n(
    "es",
    "birth_announcement",
    "Anoche nació un bebé en el estacionamiento de nuestra sala de emergencias de Brownsville. "
    "Mamá y bebé están bien. ¡Gracias a los guardias de seguridad que corrieron por una camilla!",
    "Anonymous birth; 'anoche' is relative; the parking lot is the hospital's own.",
)

# 187
p(
    "es",
    "discharge",
    "Alta médica: Darlin y su hijo Josué, de Venezuela, salieron hoy del hospital. Josué, de 9 "
    "años, se fracturó las dos piernas al caer del muro en Hidalgo el 28 de agosto. Van a un "
    "albergue en San Antonio mientras sigue su caso de asilo.",
    [
        ("NAME", "Darlin"),
        ("NAME", "Josué", "*"),
        ("GEO", "Hidalgo"),
        ("DATE", "28 de agosto"),
        ("GEO", "San Antonio"),
    ],
    note=(
        "Patient and his mother; the town where he fell from the wall; injury date; city they are "
        "moving to. Venezuela is a country."
    ),
)

# 188
n(
    "es",
    "hospital_contact",
    "Clínica Boca Chica: 455 Boca Chica Blvd, Brownsville, TX 78521. Abierta de lunes a sábado. "
    "Se habla español y mixteco.",
    "Hospital clinic address.",
)

# 189
p(
    "es",
    "public_figure",
    "El alcalde de Brownsville, Tomás Villalón, nos autorizó compartir que se recupera de su "
    "cirugía de vesícula del 10 de abril en nuestro hospital. 'Gracias al equipo de cirugía, y "
    "sí, ya puedo comer barbacoa', dijo.",
    [("NAME", "Tomás Villalón"), ("DATE", "10 de abril")],
    note=(
        "An official who is our patient: name and surgery date. The city he governs is his "
        "office, not labelled."
    ),
)

# 190
n(
    "es",
    "recruitment",
    "Voluntarios: buscamos abuelitos y abuelitas que mezan bebés en la UCIN. Si tienes 90 años y "
    "buena salud, ¡también eres bienvenido!",
    "Age of hypothetical volunteers, not a patient.",
)

# 191
p(
    "en",
    "discharge",
    "Going home at 101! Evelyn Marsh broke her wrist line dancing at her RV park in Harlingen on "
    "New Year's Eve. Today the 101-year-old headed home in a purple cast, promising to be back on "
    "the dance floor by spring.",
    [
        ("AGE", "101-year-old"),
        ("AGE", "101", "*"),
        ("NAME", "Evelyn Marsh"),
        ("GEO", "Harlingen"),
        ("DATE", "New Year's Eve"),
    ],
    note=(
        "Age over 89 in two forms, name, town of her RV park, holiday of the injury. 'by spring' "
        "is a season."
    ),
)

# 192
n(
    "es",
    "event",
    "Concierto tejano para pediatría: Los Gavilanes del Valle tocarán en el lobby de McAllen el 5 "
    "de diciembre a las 4 p. m. ¡Traigan a los niños en pijama!",
    "Band performing; event date.",
)

# 193
n(
    "es",
    "campaign_hashtag",
    "#OrgulloDelValle: este mes nuestras enfermeras vacunaron a 3,000 niños en las escuelas de "
    "Hidalgo y Cameron.",
    "Campaign hashtag; aggregate.",
)

# 194
n(
    "es",
    "pasted_record",
    "PLANTILLA DE ALTA – Paciente: ____ | Expediente: ____ | Cuarto: ____ | Fecha de alta: __/__ "
    "| Responsable: ____ | Tel.: ____. Llene todos los campos antes de imprimir.",
    "Blank template: labels with no values.",
)

# 195
n(
    "es",
    "hospital_contact",
    "Visitas en la UCI: de 8 a. m. a 8 p. m., dos personas por paciente. Niños menores de 12 solo "
    "con permiso de la enfermera.",
    "Visiting hours.",
)

# 196
p(
    "es",
    "birth_announcement",
    "Nuestro regalo de Nochebuena: Noelia Guadalupe nació el 24 de diciembre a las 11:58 p. m. en "
    "el Pabellón de Mujeres y Niños. Sus papás, Yesenia Cantú y Ramiro Leal, de Donna, dicen que "
    "el nombre estaba decidido desde siempre.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Noelia Guadalupe"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Yesenia Cantú"),
        ("NAME", "Ramiro Leal"),
        ("GEO", "Donna"),
    ],
    note=(
        "Holiday and numeric date name the same birth day: both labelled. Parents' names and home "
        "town Donna (a town that is also a given name). The pavilion is the hospital's."
    ),
)

# 197
p(
    "es",
    "memorial",
    "En memoria de Efrén Tovar, de 47 años, jornalero de La Joya, que murió el 14 de julio por un "
    "golpe de calor tras una jornada en los campos de sandía. Su esposa, Leticia, pide a los "
    "patrones: agua, sombra y descanso para todos. #JusticiaParaEfrén",
    [
        ("NAME", "Efrén Tovar"),
        ("GEO", "La Joya"),
        ("DATE", "14 de julio"),
        ("NAME", "Leticia"),
        ("NAME", "#JusticiaParaEfrén"),
    ],
    note=(
        "Farmworker patient who died: name, town, date of death, wife, name hashtag. Age 47 not "
        "labelled."
    ),
)

# 198
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down: este 21 de marzo celebramos a todas las familias de nuestra clínica con "
    "calcetines disparejos. #DíaMundialDelSíndromeDeDown",
    "Awareness day, not a patient's event.",
)

# 199
p(
    "es",
    "anonymous_story",
    "Al caballero del cuarto 512 que cada mañana le canta 'Cielito Lindo' a su enfermera: usted "
    "nos alegra el turno.",
    [("OTHER_ID", "cuarto 512")],
    note="Unnamed patient, but his room number is an identifier.",
)

# 200
n(
    "en",
    "health_tip",
    "Winter Texans: falls are the #1 reason people over 90 end up in our ER. Night lights, no "
    "loose rugs, and keep the walker within reach. Free fall-risk checks at our McAllen campus "
    "every Thursday.",
    "Population age, not a patient's.",
)

# 201
p(
    "en",
    "patient_story",
    "Maricela's hands are how her family eats. The 34-year-old citrus picker from Alton lost two "
    "fingers in a packing-shed conveyor on Jan. 17. Our hand surgery team reattached one, and "
    "this week she squeezed a grapefruit for the first time since.",
    [("NAME", "Maricela"), ("GEO", "Alton"), ("DATE", "Jan. 17")],
    note="First name (possessive excluded), home town, injury date. Age 34 not labelled.",
)

# 202
p(
    "es",
    "crisis_update",
    "Rescate en el río cerca de Los Ebanos: de las 7 personas migrantes que sacó la Patrulla "
    "Fronteriza, 5 están en nuestro hospital. Un niño hondureño, Kevin, de 7 años, está grave; su "
    "mamá, Dilcia, ya está con él.",
    [("GEO", "Los Ebanos"), ("NAME", "Kevin"), ("NAME", "Dilcia")],
    note=(
        "A named child patient and his mother; the town of the rescue is tied to him. The river "
        "and the nationality are not labelled."
    ),
)

# 203
n(
    "es",
    "sponsor",
    "El Pabellón Infantil Guadalupe y Ernesto Saldívar abre sus puertas el lunes. Gracias a la "
    "familia Saldívar por su generosidad de tres generaciones.",
    "Building named after donors; not patients.",
)

# 204
p(
    "en",
    "discharge",
    "going home day for lil santi!! 🥳 his appendix burst on thanksgiving and he spent 9 days on "
    "our peds floor. mom yaneli says the nurses' jokes were the best medicine. see you never (in "
    "a good way), santi 💚",
    [("NAME", "santi", "*"), ("DATE", "thanksgiving"), ("NAME", "yaneli")],
    note=(
        "Lower-case nickname and mother's name labelled as written; the holiday on which his "
        "appendix burst. 'lil' is descriptive."
    ),
)

# 205
n(
    "es",
    "patient_story",
    "Una mamá joven de una colonia del Valle llegó a Urgencias con su bebé de 2 meses envuelto en "
    "tres cobijas en pleno verano. El bebé tenía fiebre por el calor, no por infección. Los bebés "
    "se sobrecalientan rápido: ropa ligera, sombra y pecho o fórmula a libre demanda.",
    "Anonymous story: 'una colonia del Valle' is a region, not a named place; a season is not a "
    "date.",
)

# 206
p(
    "es",
    "crisis_update",
    "Día 9 de la alerta por calor: nuestras salas de Urgencias reciben más de 30 casos diarios. "
    "Sigan orando por #TeamTeodoro: Teodoro Ruiz, el techador de Pharr que se desplomó el 15 de "
    "julio, sigue conectado al respirador.",
    [
        ("NAME", "#TeamTeodoro"),
        ("NAME", "Teodoro Ruiz"),
        ("GEO", "Pharr"),
        ("DATE", "15 de julio"),
    ],
    note="Name hashtag, patient's name, home city, date of collapse.",
)

# 207
n(
    "es",
    "crisis_update",
    "Aviso: por la llegada de más de 400 solicitantes de asilo a la central de autobuses de "
    "McAllen, reforzamos el personal de Urgencias. Pedimos paciencia.",
    "Population group.",
)

# 208
n(
    "es",
    "anonymous_story",
    "Un abuelito Winter Texan nos contó que lleva 30 inviernos viniendo al Valle y que nuestros "
    "tamales de hospital son los mejores. No le creímos, pero se lo agradecimos.",
    "Anonymous; no age over 89.",
)

# 209
n(
    "es",
    "research",
    "Estudio de salud auditiva en músicos de conjunto: si tocas acordeón o bajo sexto, te hacemos "
    "una audiometría gratis.",
    "Recruitment for a study.",
)

# 210
p(
    "es",
    "milestone_birthday",
    "¡Alguien cumple 94 en el cuarto 508! Feliz cumpleaños, Sr. O.: las enfermeras ya firmaron la "
    "tarjeta y la cocina le manda flan a las 3.",
    [("AGE", "94"), ("OTHER_ID", "cuarto 508"), ("NAME", "O")],
    note="Age over 89, room number, initial used for the patient.",
)

# 211
n(
    "es",
    "anonymous_story",
    "Una quinceañera llegó a Urgencias el día de su fiesta con el tobillo torcido... y bailó el "
    "vals en silla de ruedas. El Valle no se rinde.",
    "Anonymous; 'el día de su fiesta' is relative.",
)

# 212
p(
    "es",
    "pasted_record",
    "Nota de enfermería 03:40: Pte. Hermelinda Cuéllar, marcapasos Medtronic serie PJN448812H, "
    "refiere palpitaciones. Hija (Sandra) al tel. +52 868 555 0127 desde Matamoros.",
    [
        ("NAME", "Hermelinda Cuéllar"),
        ("DEVICE", "PJN448812H"),
        ("NAME", "Sandra"),
        ("PHONE", "+52 868 555 0127"),
        ("GEO", "Matamoros"),
    ],
    note=(
        "Patient, pacemaker serial, daughter's name, Mexican phone and city. The manufacturer and "
        "the time are not identifiers."
    ),
)

# 213
p(
    "en",
    "eponymous_condition",
    "When half of Karina's face stopped moving on Christmas Eve, she was sure it was a stroke. It "
    "was Bell's palsy. Three months later, the Brownsville teacher's smile is back, and she wants "
    "you to know: sudden face drooping = call 911 first.",
    [("NAME", "Karina"), ("DATE", "Christmas Eve"), ("GEO", "Brownsville")],
    note="Name, the holiday her symptoms began, her home city. Bell's palsy is the eponym.",
)

# 214
n(
    "es",
    "discharge",
    "¿Te dieron de alta y no entiendes tus medicinas? Llama a nuestra línea de farmacia en "
    "español al (956) 555-0123, de lunes a viernes de 8 a 5.",
    "General advice with the hospital's own number.",
)

# 215
p(
    "es",
    "thank_you",
    "Gracias a la familia Longoria por las 300 paletas de hielo que trajeron a Urgencias en "
    "memoria de su papá, don Aurelio, que estuvo con nosotros en mayo. ¡Con este calor, fueron "
    "oro!",
    [("NAME", "Longoria"), ("NAME", "Aurelio"), ("DATE", "mayo")],
    note=(
        "The donors are introduced as the family of a patient: family surname and the patient's "
        "name are labelled; the month of his stay is a date element."
    ),
)

# 216
n(
    "es",
    "health_tip",
    "¿Mordedura de víbora de cascabel en el monte? No cortes, no chupes, no pongas hielo. "
    "Inmoviliza el brazo o la pierna y llama al 911 o al Centro de Envenenamientos, "
    "1-800-222-1222.",
    "General advice; national poison line.",
)

# 217
p(
    "es",
    "patient_story",
    "Wilmer, de 24 años, salió de San Pedro Sula hace cuatro meses. Lo trajeron del Puente "
    "Gateway con deshidratación severa y una pierna infectada. Después de 12 días con nosotros, "
    "Wilmer recibió el alta y va camino a Houston con su prima Keyla. Historia compartida con su "
    "permiso.",
    [
        ("NAME", "Wilmer", "*"),
        ("GEO", "San Pedro Sula"),
        ("GEO", "Puente Gateway"),
        ("GEO", "Houston"),
        ("NAME", "Keyla"),
    ],
    note=(
        "Asylum-seeker patient: first name, foreign home city, the bridge where he was picked up "
        "(place of his event), the city he is going to live in, his cousin's name. Permission "
        "does not remove the labels."
    ),
)

# 218
n(
    "en",
    "hospital_contact",
    "Follow @ValleDelRioHealth for updates in English and @VDRSalud en español. Billing "
    "questions: (956) 555-0160.",
    "Hospital handles and number.",
)

# 219
n(
    "es",
    "research",
    "Resultados del estudio de agua de pozo en 40 colonias: 1 de cada 4 muestras con nitratos por "
    "encima del límite.",
    "Aggregate results.",
)

# 220
p(
    "en",
    "milestone_birthday",
    "Somebody on 3 West just hit the big 9-0! 🎉 Happy birthday, Mrs. Herlinda Pruneda: 90 years "
    "of tamales, telenovelas and bossing around six sons. She says 90 is the new 70.",
    [("AGE", "9-0"), ("AGE", "90", "*"), ("NAME", "Herlinda Pruneda")],
    note=(
        "'the big 9-0' (span '9-0') and every '90' about her age; name. 70 is not an age over 89."
    ),
)

# 221
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Cavazos Longoria por su donativo para la nueva sala de lactancia de "
    "Brownsville.",
    "Foundation named after a family not introduced as a patient's relatives.",
)

# 222
p(
    "es",
    "patient_story",
    "Don Anselmo Treviño tiene 96 años y cada invierno atiende a los Winter Texans en su puesto "
    "de elotes en Alamo. Se fracturó la cadera y hoy, tras su cirugía del 3 de febrero, ya da "
    "vueltas por el pasillo del 5 Norte con su andadera. '¡A los 96 todavía bailo cumbia!', nos "
    "dijo.",
    [("NAME", "Anselmo Treviño"), ("AGE", "96", "*"), ("GEO", "Alamo"), ("DATE", "3 de febrero")],
    note=(
        "Patient's name (without 'Don'); age 96 both times; the town where he works and lives "
        "(Alamo, also a famous name); surgery date. 5 Norte is a hospital unit."
    ),
)

# 223
n(
    "en",
    "anonymous_story",
    "A grandmother walked 3 miles in 104° heat to bring her grandson to our clinic for his asthma "
    "inhaler. Our social workers now have her on a free ride program. Nobody should have to "
    "choose between heat and medicine.",
    "Anonymous; 104° is a temperature, not an age.",
)

# 224
p(
    "en",
    "sponsor",
    "Thank you to the Escamilla family and Escamilla Produce for funding a new pediatric heart "
    "monitor in honor of their daughter Rubí, whose heart transplant was here last December.",
    [("NAME", "Escamilla", "*"), ("NAME", "Rubí"), ("DATE", "December")],
    note=(
        "Donors introduced as a patient's family: their surname is labelled everywhere, also in "
        "the family business name; the patient and the month of her transplant."
    ),
)

# 225
n(
    "en",
    "eponymous_condition",
    "Parkinson's support group meets the 2nd Tuesday of every month in McAllen Conference Room B. "
    "Caregivers welcome.",
    "Eponymous condition and a meeting room.",
)

# 226
p(
    "en",
    "campaign_hashtag",
    "#PrayersForPaloma: Paloma, 6, of Harlingen, is out of surgery after a golf-cart crash on the "
    "Fourth of July. Her dad, Javier, asks for privacy. #VDRStrong",
    [
        ("NAME", "#PrayersForPaloma"),
        ("NAME", "Paloma"),
        ("GEO", "Harlingen"),
        ("DATE", "Fourth of July"),
        ("NAME", "Javier"),
    ],
    note="Name hashtag, name, home city, injury holiday, father.",
)

# 227
n(
    "es",
    "anonymous_story",
    "Una trabajadora de la cebolla nos dijo: 'Si paro a tomar agua, pierdo el surco'. Por eso "
    "apoyamos los descansos obligatorios. #AguaSombraDescanso",
    "Anonymous quote.",
)

# 228
p(
    "es",
    "milestone_birthday",
    "¡Feliz XV, Rubí! Después de su trasplante de corazón en diciembre, Rubí Escamilla celebró "
    "sus quince años con un vals en el jardín del Pabellón Infantil. Su chambelán: su hermano, "
    "Axel. #XVdeRubí",
    [
        ("NAME", "Rubí Escamilla"),
        ("NAME", "Rubí", "*"),
        ("DATE", "diciembre"),
        ("NAME", "Axel"),
        ("NAME", "#XVdeRubí"),
    ],
    note=(
        "Quinceañera patient: name, month of transplant, brother, name hashtag. Fifteen is not an "
        "age over 89."
    ),
)

# 229
n(
    "es",
    "recruitment",
    "Programa de verano para estudiantes de preparatoria de Roma, Rio Grande City y La Grulla: 6 "
    "semanas en el hospital, con pago de $12 la hora.",
    "Towns named as recruitment areas.",
)

# 230
p(
    "es",
    "milestone_birthday",
    "Ciento dos años y sigue bordando: feliz cumpleaños a la Sra. Felícitas Guzmán, paciente de "
    "nuestro programa de cuidado en casa en Rio Grande City. Felícitas nació un 5 de mayo y dice "
    "que por eso es tan peleonera.",
    [
        ("AGE", "Ciento dos"),
        ("NAME", "Felícitas Guzmán"),
        ("NAME", "Felícitas", "*"),
        ("GEO", "Rio Grande City"),
        ("DATE", "5 de mayo"),
    ],
    note="Age in words, name, the city where she receives home care (her home), birth date.",
)

# 231
n(
    "en",
    "public_figure",
    "Congresswoman Irma Solano toured our Brownsville NICU today and heard from nurses about "
    "staffing along the border.",
    "An official on a visit, not as a patient.",
)

# 232
n(
    "es",
    "campaign_hashtag",
    "#Guadalupana 🌹 Hoy, 12 de diciembre, el capellán bendecirá a pacientes y personal en la "
    "capilla de McAllen a las 12 del día.",
    "Feast-day hashtag and date of a hospital blessing; no patient.",
)

# 233
p(
    "es",
    "crisis_update",
    "Inundaciones en Mercedes: la familia Saldaña, rescatada del techo de su casa en la colonia "
    "Tierra Bella, está estable. La bebé Esmeralda, de 4 meses, sigue en observación en la UCI "
    "pediátrica, cama 6.",
    [
        ("GEO", "Mercedes"),
        ("NAME", "Saldaña"),
        ("GEO", "colonia Tierra Bella"),
        ("NAME", "Esmeralda"),
        ("OTHER_ID", "cama 6"),
    ],
    note="The family's home city and colonia, surname, baby's name, bed number.",
)

# 234
n(
    "es",
    "staff_spotlight",
    "Conozcan al Dr. Efraín Garza, cirujano de trauma que creció en la colonia Las Milpas y hoy "
    "dirige nuestro programa de prevención de ahogamientos en canales.",
    "Staff member's neighbourhood is not a patient identifier.",
)

# 235
n(
    "es",
    "anonymous_story",
    "Un joven hondureño llegó a Urgencias con los pies destrozados después de caminar días por el "
    "monte. Lo primero que pidió no fue comida: fue un teléfono para decirle a su mamá que estaba "
    "vivo.",
    "Anonymous; nationality is not an identifier.",
)

# 236
p(
    "en",
    "anonymous_story",
    "Our newest centenarian patient told the nurses her secret is 'tortillas de harina and "
    "minding your own business.' We won't argue.",
    [("AGE", "centenarian")],
    note=(
        "Unnamed but specific patient: 'centenarian' states an age over 89, so it is labelled "
        "(decision)."
    ),
)

# 237
p(
    "es",
    "thank_you",
    "Gracias a Gael Hinojosa, de 12 años, y a su tropa de scouts de Edinburg, que juntaron 1,200 "
    "libros para la sala de juegos de pediatría. Gael organizó la colecta después de pasar 3 "
    "semanas con nosotros por leucemia el otoño pasado. #LeerTambiénCura",
    [("NAME", "Gael Hinojosa"), ("NAME", "Gael", "*"), ("GEO", "Edinburg")],
    note=(
        "Former patient: name and home town (his troop's). Age 12 and 'el otoño pasado' are not "
        "labelled."
    ),
)

# 238
n(
    "en",
    "memorial",
    "Today at 2 p.m. we'll hold our annual Service of Remembrance in the McAllen chapel for "
    "families who lost a loved one with us this year. All faiths welcome. Details: (956) 555-0100.",
    "Hospital event with the hospital's number; no patient named.",
)

# 239
p(
    "es",
    "pasted_record",
    "Captura de chat (NO PUBLICAR): 'Doctora, mi mamá Cristina Alanís sigue en la habitación 509, "
    "¿la dan de alta el jueves 12? Mi correo es chris.alanis.rgv@hotmail.com y vivimos en 1407 "
    "Calle Nogal, Pharr 78577.'",
    [
        ("NAME", "Cristina Alanís"),
        ("OTHER_ID", "habitación 509"),
        ("DATE", "12"),
        ("EMAIL", "chris.alanis.rgv@hotmail.com"),
        ("GEO", "1407 Calle Nogal"),
        ("GEO", "Pharr"),
        ("GEO", "78577"),
    ],
    note=(
        "Patient, room, planned discharge date (weekday excluded, day number labelled), family "
        "email, home address, city and ZIP."
    ),
)

# 240
n(
    "en",
    "staff_spotlight",
    "Meet Reyna Alvarado, RN, charge nurse in our Brownsville ER and a state accordion champion. "
    "When she's not triaging, she's playing polkas at the Narciso Martínez Cultural Arts Center. "
    "#NursesWeek",
    "Staff member at work; the arts centre is named after a historical figure.",
)

if __name__ == "__main__":
    S.main("phi_dev41_source")
