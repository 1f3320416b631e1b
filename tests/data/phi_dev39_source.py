"""Blind development set d39 for the PHI scanner: tests/data/phi_dev39.jsonl.

Organisation: Biscayne Bay Health System, Miami and Hialeah, Florida (phi_dev39_org.json): the
Miami campus (1200 NW 17th Avenue, trauma, burn unit, NICU), the Hialeah campus (4300 West 16th
Avenue, maternity, rehab, dialysis) and the Little Haiti Family Health Center (5850 NE 2nd
Avenue); phones (305) 555-0100/0111/0122/0133/0144/0155/0177/0180 and records fax 555-0166;
domains biscaynebayhealth.org and bbhs.org; handles @BiscayneBayHealth, @BBHSHialeah,
@BBHSenEspanol, @BBHSFoundation.
Focus: Cuban, Venezuelan, Nicaraguan, Colombian and Haitian families in Little Havana, Hialeah,
Little Haiti, Sweetwater, Doral and Kendall; abuelas and abuelos over 90 (ages in digits, words,
ordinals, "the big 9-0", chart shorthand) next to ages of 89 and under; boat, jet-ski and
hurricane injuries; Spanglish and Kreyol phrases; names that are words, weekdays, months or
places (Milagros, Cielo, Socorro, Dulce, Victoria, Domingo, Julio, Abril, Regla, Salvador, Irma
beside Hurricane Irma); nicknames, initials, lower-case and ALL-CAPS names, "Surname, Given"
chart lines; name hashtags beside campaign hashtags; staff, volunteers, a chaplain, an officer,
officials and celebrities who are patients beside ones who only work or visit; relatives'
phones and emails beside the hospital's own; pasted bed boards, tickets, emails and chats.
Language mix: 240 posts, 96 English and 144 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Staff, volunteers and chaplains who are or were our patients (a nurse hurt in a crash, a
  housekeeper after a stroke, a nurse born in our NICU, a volunteer in palliative care) are
  patients and labelled; staff and volunteers who only work here are not, whatever their age.
- A public figure or official treated here is labelled as a patient; one introduced as a
  patient's relative is labelled as a relative; visiting and historical figures are not.
- An individual patient's age over 89 is labelled even when the patient is unnamed ("una
  abuela de 94 años", "a nonagenarian grandmother", "the oldest this year was 106"), which makes
  the post patient-specific; group ages and counts ("58 patients over age 90", "61
  centenarians") are not. Anonymous stories therefore carry no such age, place or date.
- A relative's age over 89 is labelled as AGE (a patient's relative's identifier).
- AGE spans: chart shorthand joined to the number is one token ("93F", "100a", "99TH",
  "105.º"); "102 y/o" -> "102"; "the big 9-0" -> "9-0"; "~90s" -> "90s"; number words are
  labelled whole ("noventa y nueve", "Ciento un", "noventa y un", "one hundred and second",
  "ciento y pico"); "centenario/centenaria", "nonagenarian", "centésimo" are AGE; a next
  birthday stated for the patient ("para los 101", "¡Por los cien!") is labelled.
- Kinship words and honorifics are left out of NAME spans (abuela, abuelo, Granmè, don, doña,
  Monsieur, Capt., Pastor, Officer); the Kreyol "Ti" (= little) is descriptive and left out
  ("Ti Jean" -> "Jean"), as is an article before a nickname ("la Nena", "La Mona", "El Tren de
  Maracaibo" -> "Tren de Maracaibo", the city in a nickname is not a separate GEO).
- A weekday written before a date is left out of the DATE span ("Tuesday, Feb. 11" -> "Feb. 11",
  "viernes 7 de junio" -> "7 de junio", "miércoles 5/3" -> "5/3").
- Holidays are DATE only when the patient's event fell on them (birth, injury, surgery, death,
  a due date "due on Reyes", a holiday period such as Semana Santa, like a month); when the day
  is named two or three ways all are labelled, including saints' and awareness days; holidays
  named as a habit ("cada Día de Reyes") or as a reference ("el día después del Día de la
  Independencia") are not.
- GEO: Cuban, Haitian and Colombian names that are both a city and a province (Matanzas, Pinar
  del Río, Guantánamo, Camagüey) are read as the patient's city; countries are never GEO; a
  lower-case article is left out ("la Pequeña Haití"), a capitalised article that is part of
  the place name is kept ("El Portal"); injury sites (inlets, marinas, parks, highways, the
  street where a vendor works) are GEO; relatives' cities are GEO; Hialeah and Little Haiti are
  GEO only as a patient's home, never as our campus or clinic (declared with ok where both
  occur); nursing homes, airports, restaurants, clubs and events (Mariel, Bay of Pigs) are not.
- Help-desk tickets, security incident numbers, Cuban ID and passport numbers about one patient
  or relative are OTHER_ID; a unit-bed code without keyword ("4N-17") is OTHER_ID as a whole;
  operating rooms ("Sala 3"), floors ("piso 6") and units ("5 West") are not labelled.
- A boat registration number is VEHICLE; boat, pet and toy names are not labelled.
- A photo of a whiteboard, or a photo only requested, is not PHOTO.
- Spanglish posts are counted in the language of most of the text.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev39.jsonl"), os.path.join(HERE, "phi_dev39_org.json"), "d39")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Caridad "Cachita" Menéndez! Born in Camagüey on March 19, she '
    "celebrated on 5 West with café con leche, a cake from Versailles and her 3 great-grandkids. "
    "¡Felicidades, Cachita! #BBHSCares",
    [
        ("AGE", "100th"),
        ("NAME", 'Caridad "Cachita" Menéndez'),
        ("NAME", "Cachita", "*"),
        ("GEO", "Camagüey"),
        ("DATE", "March 19"),
    ],
    note=(
        "Patient's full name with quoted nickname, and the nickname again; 100th = age over 89; "
        "birthplace Camagüey (city, decision: city/province names read as the city); birth date "
        "March 19. Versailles is a restaurant, 5 West a unit, #BBHSCares a campaign tag."
    ),
)

# 2
p(
    "es",
    "milestone_birthday",
    "¡La big 9-0! Nuestra paciente Odalys Cepero cumplió noventa años este sábado en la sala de "
    "rehabilitación de Hialeah. Llegó de Matanzas en 1980 por el Mariel y dice que el secreto es "
    "el cafecito y el dominó. 🎉",
    [
        ("AGE", "9-0"),
        ("NAME", "Odalys Cepero"),
        ("AGE", "noventa"),
        ("GEO", "Matanzas"),
    ],
    note=(
        "'9-0' and 'noventa' both state the patient's age of 90; name; hometown Matanzas. 'la "
        "sala de rehabilitación de Hialeah' is our campus, 'el Mariel' the boatlift (historical "
        "event), 1980 a bare year, 'sábado' a weekday."
    ),
)

# 3
n(
    "en",
    "staff_spotlight",
    "Meet Fabiola Saint-Fleur, RN, who has worked nights in our Little Haiti Family Health Center "
    "for 22 years. She answers in Kreyòl, Spanish and English and still bakes pen patat for every "
    "shift. Mèsi, Fabiola! #BBHSCares",
    "Staff spotlight: Fabiola is a nurse, not a patient; Little Haiti Family Health Center is our "
    "own site.",
)

# 4
n(
    "es",
    "health_tip",
    "Temporada de huracanes: si alguien en su casa usa oxígeno o diálisis, regístrese hoy en el "
    "programa de necesidades especiales del condado. Tenga 7 días de medicinas y una lista con "
    "sus dosis. Preguntas: (305) 555-0133, línea de enfermería 24/7.",
    "General hurricane tip; the number is our Spanish nurse line.",
)

# 5
p(
    "en",
    "discharge",
    "After 41 days, Yeison Ospina is going home! Yeison was pulled from the water off Haulover "
    "Inlet on July 4 when a jet ski hit his boat. Today he walked out of the trauma unit with his "
    "mom Marleny and his sister Leidy. Pictured: Yeison with the team that never gave up. 💪",
    [
        ("NAME", "Yeison Ospina"),
        ("NAME", "Yeison", "*"),
        ("GEO", "Haulover Inlet"),
        ("DATE", "July 4"),
        ("NAME", "Marleny"),
        ("NAME", "Leidy"),
        ("PHOTO", "Pictured"),
    ],
    note=(
        "Patient name (full and first); injury site Haulover Inlet; injury date July 4; relatives "
        "Marleny and Leidy; 'Pictured' says the photo shows the patient. 'After 41 days' is "
        "relative."
    ),
)

# 6
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Tránsito Aguirre, de 96 años, voluntaria de nuestra "
    "capilla por dos décadas y paciente de nuestra unidad de cuidados paliativos, quien falleció "
    "el 2 de febrero. Descanse en paz, Tránsito.",
    [
        ("NAME", "Tránsito Aguirre"),
        ("NAME", "Tránsito", "*"),
        ("AGE", "96"),
        ("DATE", "2 de febrero"),
    ],
    note=(
        "A volunteer who was also our palliative-care patient is a patient (decision): name "
        "without 'doña', age 96, date of death."
    ),
)

# 7
n(
    "en",
    "eponymous_condition",
    "Chagas disease is common in rural Central and South America and often silent for years. If "
    "you grew up in a home with thatch or adobe walls in Bolivia, Colombia or Venezuela, ask your "
    "doctor about a simple blood test. #ChagasAwareness",
    "Eponymous condition (Chagas) and countries; no patient.",
)

# 8
p(
    "es",
    "pasted_record",
    "PEGAR EN EL CHAT NO EN FACEBOOK: Pte. LLANES, EUSEBIO — MRN 40-771893 — FN 11/02/1928 — Hab. "
    "614-B — Dx: fx cadera izq tras caída en casa (calle 8 SW, Pequeña Habana). Contacto hija "
    "Mirtha 786-555-0143.",
    [
        ("NAME", "LLANES, EUSEBIO"),
        ("MRN", "40-771893"),
        ("DATE", "11/02/1928"),
        ("OTHER_ID", "Hab. 614-B"),
        ("GEO", "calle 8 SW"),
        ("GEO", "Pequeña Habana"),
        ("NAME", "Mirtha"),
        ("PHONE", "786-555-0143"),
    ],
    note=(
        "Chart line: 'Surname, Given' name, MRN value, date of birth with its year, room with "
        "keyword, home street and neighbourhood, daughter's name and cell."
    ),
)

# 9
n(
    "es",
    "event",
    "¡Feria de salud en la Calle Ocho! Este sábado 12 de octubre de 9 a 1 frente al Parque del "
    "Dominó: presión arterial, glucosa, vacunas contra la gripe y consejos para abuelos. Todo "
    "gratis, sin seguro. #BiscayneStrong",
    "Hospital event: its date and venue are not a patient's.",
)

# 10
p(
    "en",
    "thank_you",
    "The Exantus family dropped off 200 pâtés and a letter for the ICU nurses who cared for "
    "Wilner after his fall from a roof in Little Haiti in September. 'You gave him back to us,' "
    "wrote his wife Guerline. We're praying with you. #PrayForWilner",
    [
        ("NAME", "Exantus"),
        ("NAME", "Wilner"),
        ("GEO", "Little Haiti"),
        ("DATE", "September"),
        ("NAME", "Guerline"),
        ("NAME", "#PrayForWilner"),
    ],
    note=(
        "Family surname, patient's first name, neighbourhood of the fall, month of the injury, "
        "wife's name, and a hashtag containing the patient's name."
    ),
)

# 11
n(
    "es",
    "statistic",
    "En 2023 nuestro centro de trauma atendió 312 lesiones relacionadas con embarcaciones y motos "
    "acuáticas; el 64 % de los pacientes no llevaba chaleco salvavidas. Este verano, úselo "
    "siempre. #SeguridadEnElAgua",
    "Aggregate statistic; campaign hashtag.",
)

# 12
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Milagros! 🩷 La primera bebé de Nochebuena en nuestro campus de Hialeah llegó a "
    "las 11:52 p. m., 3.2 kg. Sus papás, Yusleidy y Osmany Rivero, de Miami Lakes, dicen que su "
    "nombre lo dice todo.",
    [
        ("NAME", "Milagros"),
        ("DATE", "Nochebuena"),
        ("NAME", "Yusleidy"),
        ("NAME", "Osmany Rivero"),
        ("GEO", "Miami Lakes"),
    ],
    note=(
        "Baby's name (also a word); born on Nochebuena (holiday = birth date); parents' names; "
        "family's town. The Hialeah campus is ours."
    ),
)

# 13
n(
    "en",
    "public_figure",
    "Thank you to Marlins outfielder Yordan Peraza for spending his off day with the kids on our "
    "pediatric floor, signing caps and teaching a mean bat flip. Yordan, you're welcome back "
    "anytime! #BBHSCares",
    "A visiting athlete is a public figure, not a patient; the kids are anonymous.",
)

# 14
p(
    "es",
    "patient_story",
    "Génesis llegó de Maracaibo con 7 años y una cardiopatía que allá no pudieron operar. Hoy, "
    "tras su cirugía del 14 de agosto, corre por los pasillos de Pediatría. Su mamá, Yorbelis, "
    "nos pidió compartir su historia. #GénesisValiente",
    [
        ("NAME", "Génesis"),
        ("GEO", "Maracaibo"),
        ("DATE", "14 de agosto"),
        ("NAME", "Yorbelis"),
        ("NAME", "#GénesisValiente"),
    ],
    note=(
        "Patient's first name, home city, surgery date, mother's name and a name hashtag. Age 7 "
        "is not labelled."
    ),
)

# 15
p(
    "es",
    "anonymous_story",
    "Anoche, durante la tormenta, una abuela de 94 años llegó en bote de un vecino a nuestra sala "
    "de emergencias. Nuestro equipo la atendió y hoy descansa estable. Gracias a los vecinos que "
    "se ayudan. #BiscayneStrong",
    [
        ("AGE", "94"),
    ],
    note=(
        "Unnamed, but an individual patient's age over 89 is a Safe Harbor identifier (decision): "
        "94 is labelled and the post is patient-specific. 'Anoche' is relative."
    ),
)

# 16
n(
    "en",
    "anonymous_story",
    "Last week an 89-year-old grandfather from our community came in after weeks of ignoring "
    "chest pain 'so he wouldn't bother anyone.' He's recovering now, and he wants you to know: "
    "it's never a bother. Call 911.",
    "Anonymous patient aged 89 (not over 89); no name, date or place.",
)

# 17
p(
    "es",
    "public_figure",
    "Con permiso de su familia: el cantante de konpa Fritz 'Ti Fritz' Dorval sigue recuperándose "
    "en nuestro centro de Miami tras el accidente de tránsito del 23 de noviembre en la I-95. Sus "
    "fans pueden dejarle mensajes en la página de la fundación.",
    [
        ("NAME", "Fritz 'Ti Fritz' Dorval"),
        ("DATE", "23 de noviembre"),
        ("GEO", "I-95"),
    ],
    note=(
        "A public figure who is our patient is labelled as a patient (decision): name with stage "
        "nickname, crash date, road of the crash."
    ),
)

# 18
n(
    "en",
    "public_figure",
    "Miami-Dade Commissioner Alina Roque toured our new hurricane-rated ICU at the Hialeah campus "
    "today and met the nurses who kept the lights on during Ian. Thank you for your support, "
    "Commissioner! @BBHSHialeah",
    "An official visiting, not a patient; Ian is a hurricane; our campus and handle.",
)

# 19
p(
    "es",
    "discharge",
    "¡De vuelta a casa en la Pequeña Haití! Roselaure Bien-Aimé, de 91 años, sale hoy de nuestra "
    "unidad de ortopedia tras su operación de cadera del 2 de enero, el día después del Día de la "
    "Independencia de Haití. Mèsi anpil, Roselaure. 🇭🇹",
    [
        ("GEO", "Pequeña Haití"),
        ("NAME", "Roselaure Bien-Aimé"),
        ("NAME", "Roselaure", "*"),
        ("AGE", "91"),
        ("DATE", "2 de enero"),
    ],
    note=(
        "Home neighbourhood (lower-case article excluded), name, age 91, surgery date. Haitian "
        "Independence Day is named only as the day before, not the patient's event."
    ),
)

# 20
p(
    "en",
    "pasted_record",
    "DO NOT POST - 5W bed board 0700: Bed 12 GARCIA-LUNA, JHON F 47M s/p boat prop inj L leg | "
    "Bed 14 PIERRE-LOUIS, DIEULA 93F CHF | Bed 15 empty | Bed 16 hold for ED",
    [
        ("OTHER_ID", "Bed 12"),
        ("NAME", "GARCIA-LUNA, JHON F"),
        ("OTHER_ID", "Bed 14"),
        ("NAME", "PIERRE-LOUIS, DIEULA"),
        ("AGE", "93F"),
    ],
    note=(
        "Bed board: beds tied to patients (with keyword), ALL-CAPS chart names, '93F' is an age "
        "over 89 in chart shorthand (one token). 47M is under 90; empty/held beds are tied to no "
        "patient."
    ),
)

# 21
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN HURACÁN: Nuestros tres campus están abiertos y con generadores. La clínica de "
    "la Pequeña Haití cierra hoy a las 3 p. m. y reabre el jueves. Si su familiar está "
    "hospitalizado, llame al (305) 555-0100. No venga por la US-1 inundada.",
    "Operational update; our clinic, our number, a flooded road not tied to a patient.",
)

# 22
p(
    "en",
    "crisis_update",
    "REUNIFICATION: We are caring for an elderly man brought in by Coast Guard from a capsized "
    "boat near Elliott Key on Oct. 9. He says his name is 'Nando' and he lives on NW 7th Street. "
    "If you know his family, call (305) 555-0100.",
    [
        ("GEO", "Elliott Key"),
        ("DATE", "Oct. 9"),
        ("NAME", "Nando"),
        ("GEO", "NW 7th Street"),
    ],
    note=(
        "Rescue site, rescue date, the patient's given nickname (without quotes) and his street. "
        "The number is our main line."
    ),
)

# 23
p(
    "es",
    "thank_you",
    "Gracias a la familia Cardoso-Peña por el lechón y los pastelitos de guayaba para el night "
    "shift 🐖. Don Pipo está en casa en Westchester desde el 3 de diciembre y dice que vuelve "
    "pronto... ¡pero de visita, not as a patient! 😂",
    [
        ("NAME", "Cardoso-Peña"),
        ("NAME", "Pipo"),
        ("GEO", "Westchester"),
        ("DATE", "3 de diciembre"),
    ],
    note=(
        "Spanglish, counted as Spanish. Family surname, patient's nickname without 'Don', home "
        "area, discharge date."
    ),
)

# 24
n(
    "es",
    "sponsor",
    "Gracias a Supermercados El Bodegón y a la Fundación Familia Arocena por donar 500 kits de "
    "emergencia para pacientes de diálisis de Hialeah antes de la temporada de huracanes. "
    "#BiscayneStrong @BBHSFoundation",
    "Sponsors and a family foundation name; no patient.",
)

# 25
p(
    "en",
    "sponsor",
    "This new family lounge in our NICU was funded by Ramón and Elsa Quintana, whose grandson "
    "Mateo spent 97 days with us after being born at 24 weeks on Father's Day. Today Mateo is a "
    "6-year-old who loves the Heat. Thank you, Quintana family!",
    [
        ("NAME", "Ramón"),
        ("NAME", "Elsa Quintana"),
        ("NAME", "Mateo", "*"),
        ("DATE", "Father's Day"),
        ("NAME", "Quintana", "*"),
    ],
    note=(
        "Donors introduced as the grandparents of a patient are relatives and are labelled; the "
        "patient's name; born on Father's Day (holiday = birth date). 97 days is a length of stay."
    ),
)

# 26
n(
    "en",
    "statistic",
    "By the numbers: in 2024 our trauma team treated 58 patients over age 90 after falls during "
    "hurricane cleanup. Most were on ladders or roofs. Abuelo, let the grandkids climb. "
    "#BiscayneStrong",
    "Population age ('over age 90'), aggregate count.",
)

# 27
p(
    "es",
    "milestone_birthday",
    "¡Ciento un años! Doña Concepción 'Conchita' Sandino Urbina celebró sus 101 primaveras en "
    "nuestra unidad de cardiología con sus nietos, que viajaron desde Managua y Chinandega. Nació "
    "un 8 de diciembre, día de la Purísima, y dice que por eso es tan gritona. 😄",
    [
        ("AGE", "Ciento un"),
        ("NAME", "Concepción 'Conchita' Sandino Urbina"),
        ("AGE", "101"),
        ("GEO", "Managua"),
        ("GEO", "Chinandega"),
        ("DATE", "8 de diciembre"),
        ("DATE", "día de la Purísima"),
    ],
    note=(
        "Age in words and digits; name with nickname (no 'Doña'); grandchildren's cities "
        "(relatives); birth date named twice (date and la Purísima), both labelled."
    ),
)

# 28
n(
    "en",
    "recruitment",
    "We're hiring bilingual (English/Spanish or English/Kreyòl) patient care techs for our "
    "Hialeah and Little Haiti sites. Sign-on bonus, tuition help and a team that feels like "
    "family. Apply at biscaynebayhealth.org/careers #BBHSCareers",
    "Recruitment; our sites and domain.",
)

# 29
p(
    "es",
    "pasted_record",
    "Ticket #88213 – Portal: la paciente Nubia Esther Carvajal (usuario portal: nubia.carvajal57) "
    "no puede ver sus resultados. Su hijo Hernán llama desde el 786-555-0168. Plan: Sunshine "
    "Health ID 7719048823. Favor resetear clave.",
    [
        ("OTHER_ID", "88213"),
        ("NAME", "Nubia Esther Carvajal"),
        ("OTHER_ID", "nubia.carvajal57"),
        ("NAME", "Hernán"),
        ("PHONE", "786-555-0168"),
        ("HEALTH_PLAN", "7719048823"),
    ],
    note=(
        "Help-desk ticket about one patient: ticket number as OTHER_ID (decision), name, portal "
        "user name, son's name and phone, health-plan ID."
    ),
)

# 30
n(
    "es",
    "health_tip",
    "Calor extremo en Miami: los abuelos de más de 90 años y los bebés se deshidratan rápido. "
    "Agua cada hora, ropa clara, y si ve confusión o piel caliente y seca, llame al 911. Centros "
    "de enfriamiento: biscaynebayhealth.org/calor",
    "Population age ('de más de 90 años'); tip; our domain.",
)

# 31
p(
    "en",
    "patient_story",
    "When Ketly Augustin arrived from Cap-Haïtien in April, her 4-year-old son Mackenson could "
    "barely breathe. Our pediatric cardiology team repaired his heart on May 28. This week he "
    "rode a bike for the first time. #MackensonStrong",
    [
        ("NAME", "Ketly Augustin"),
        ("GEO", "Cap-Haïtien"),
        ("DATE", "April"),
        ("NAME", "Mackenson"),
        ("DATE", "May 28"),
        ("NAME", "#MackensonStrong"),
    ],
    note=(
        "Mother's name and city of origin, month of arrival, patient's name, surgery date, name "
        "hashtag. Age 4 not labelled."
    ),
)

# 32
n(
    "es",
    "eponymous_condition",
    "¿Temblor en las manos? No siempre es Parkinson. El temblor esencial, la tiroides y algunos "
    "medicamentos también lo causan. Nuestra clínica de trastornos del movimiento atiende en "
    "español en el campus de Hialeah: (305) 555-0111.",
    "Eponymous condition; our campus and number.",
)

# 33
p(
    "es",
    "eponymous_condition",
    "A sus 92 años, Apolonio Reyes no deja que el Parkinson le quite el baile. Desde su "
    "diagnóstico en enero viene cada martes a nuestra terapia de boxeo en Hialeah, y cada Día de "
    "Reyes nos trae rosca para todos. 👑",
    [
        ("AGE", "92"),
        ("NAME", "Apolonio Reyes"),
        ("DATE", "enero"),
    ],
    note=(
        "Age 92, name (surname Reyes), month of diagnosis. 'cada Día de Reyes' is a yearly habit, "
        "not the patient's event (decision); Parkinson is eponymous; Hialeah here is our therapy "
        "site."
    ),
)

# 34
n(
    "en",
    "campaign_hashtag",
    "Share your #BiscayneStrong story! Tell us how your neighbors, your church or your dominoes "
    "club helped after the storm. Use the hashtag and tag @BiscayneBayHealth - we'll share our "
    "favorites all month.",
    "Campaign hashtag and our handle.",
)

# 35
p(
    "es",
    "campaign_hashtag",
    "#BiscayneStrong es Yoli: enfermera de nuestro campus de Hialeah que fue paciente de nuestro "
    "centro de trauma después del huracán Ian, cuando un árbol cayó sobre su carro en la calle "
    "49. Hoy volvió a su turno en la sala de emergencias. ¡Te queremos, Yoli! #FuerzaYoli",
    [
        ("NAME", "Yoli", "*"),
        ("GEO", "calle 49"),
        ("NAME", "#FuerzaYoli"),
    ],
    note=(
        "A nurse who was our trauma patient is a patient (decision): nickname, street of the "
        "crash, name hashtag. #BiscayneStrong is a campaign tag."
    ),
)

# 36
p(
    "en",
    "memorial",
    "We are heartbroken to share that Officer Danny Alcántara, the Hialeah police officer injured "
    "in the Okeechobee Road crash on Aug. 3, died in our trauma ICU this morning. His wife "
    "Vanessa and daughters ask for privacy. Rest easy, Danny. #HialeahStrong",
    [
        ("NAME", "Danny Alcántara"),
        ("NAME", "Danny", "*"),
        ("GEO", "Okeechobee Road"),
        ("DATE", "Aug. 3"),
        ("NAME", "Vanessa"),
    ],
    note=(
        "A police officer who died as our patient: name without 'Officer', crash road, injury "
        "date, wife's name. #HialeahStrong is a community tag."
    ),
)

# 37
n(
    "es",
    "staff_spotlight",
    "Conozcan a Dolores 'Lola' Quiñones, nuestra voluntaria de 93 años que lleva 30 años "
    "repartiendo café y periódicos en el campus de Miami. Dice que los dolores se le quitan "
    "cuando ve a sus pacientes sonreír. ¡Gracias, Lola! @BBHSenEspanol",
    "A volunteer, not a patient: her name and age 93 are not labelled.",
)

# 38
p(
    "es",
    "discharge",
    "¡Julio se va a casa en julio! Julio César Matamoros, pescador de Key Largo herido cuando "
    "explotó el motor de su lancha el 29 de junio, sale hoy de nuestra unidad de quemados. Su "
    "esposa Chayo le preparó su plato favorito: vaca frita. 🐟",
    [
        ("NAME", "Julio", 1),
        ("DATE", "julio"),
        ("NAME", "Julio César Matamoros"),
        ("GEO", "Key Largo"),
        ("DATE", "29 de junio"),
        ("NAME", "Chayo"),
    ],
    note=(
        "Name Julio vs month julio (discharge month); full name; home town; injury date; wife's "
        "nickname."
    ),
)

# 39
n(
    "en",
    "research",
    "Our Little Haiti clinic is joining a national study on high blood pressure in "
    "Haitian-American adults. Participants get free home blood-pressure cuffs. Info in Kreyòl and "
    "English: (305) 555-0122. #BBHSResearch",
    "Research recruitment; our clinic and number.",
)

# 40
p(
    "es",
    "research",
    "Gracias a don Edilberto Zapata, de Medellín, el primer participante de nuestro estudio de "
    "rehabilitación tras accidentes cerebrovasculares en español. Se inscribió el 6 de marzo y "
    "hoy ya camina con bastón. 'Si le ayuda a otro abuelo, vale la pena.'",
    [
        ("NAME", "Edilberto Zapata"),
        ("GEO", "Medellín"),
        ("DATE", "6 de marzo"),
    ],
    note="Named study participant (patient): name without 'don', home city, enrolment date.",
)

# 41
n(
    "es",
    "health_tip",
    "Antes de salir en bote este fin de semana: chalecos para todos, un plan de navegación con "
    "alguien en tierra y cero alcohol al timón. La mayoría de los ahogamientos que vemos en "
    "Biscayne Bay se podían prevenir. #SeguridadEnElAgua",
    "Boating tip; no patient.",
)

# 42
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\nFrom: Marisol Quevedo <marisolq.fam@gmail.com>\n"
    "Subject: my father\nHi, can you share on FB that my dad Reinerio Quevedo (room 418) is doing "
    "better? He turns 90 on 9/14. His cell is 305-555-0193. Thanks!",
    [
        ("NAME", "Marisol Quevedo"),
        ("EMAIL", "marisolq.fam@gmail.com"),
        ("NAME", "Reinerio Quevedo"),
        ("OTHER_ID", "room 418"),
        ("AGE", "90"),
        ("DATE", "9/14"),
        ("PHONE", "305-555-0193"),
    ],
    note=(
        "Forwarded email: daughter's name and email, patient's name, room with keyword, age 90, "
        "birthday, patient's cell."
    ),
)

# 43
p(
    "es",
    "pasted_record",
    "Nota enf. 02:15 – Sra. Amparo Lozano Ríos, 97 a., cama 22, desorientada, pide por su hija "
    "Luz Mery. Se llamó a la hija al (786) 555-0121 sin respuesta. Vive sola en Flagami, calle NW "
    "3 St #4410.",
    [
        ("NAME", "Amparo Lozano Ríos"),
        ("AGE", "97"),
        ("OTHER_ID", "cama 22"),
        ("NAME", "Luz Mery"),
        ("PHONE", "(786) 555-0121"),
        ("GEO", "Flagami"),
        ("GEO", "NW 3 St #4410"),
    ],
    note=(
        "Nursing note: name, age 97 ('a.' is a separate unit), bed, daughter's name and phone, "
        "neighbourhood and street address."
    ),
)

# 44
n(
    "es",
    "memorial",
    "Hoy recordamos al Dr. Armando Villalobos, cirujano de nuestro campus de Miami durante 38 "
    "años, que falleció a los 91. Formó a cientos de residentes y operó gratis a balseros recién "
    "llegados en los 90. Descanse en paz, doctor.",
    "Memorial of a staff surgeon: staff ages (91) are never labelled; 'los 90' is a decade.",
)

# 45
n(
    "en",
    "event",
    "Join us Saturday, Jan. 11, in Little Haiti for our Fèt Sante (health fair): free screenings, "
    "Kreyòl-speaking nurses, kompa music and diri ak djon djon. 5850 NE 2nd Avenue, 10 a.m.-2 "
    "p.m. #BBHSCares",
    "Hospital event: date and our clinic's address.",
)

# 46
p(
    "es",
    "birth_announcement",
    "¡Feliz primer cumpleaños a nuestra bebé del Año Nuevo! Anaïse Dorsainvil nació el 1.º de "
    "enero a las 12:03 a. m., el Día de la Independencia de Haití, y hoy volvió con sus papás "
    "Frantz y Nadège a visitar a sus enfermeras. 🇭🇹🎂",
    [
        ("DATE", "Año Nuevo"),
        ("NAME", "Anaïse Dorsainvil"),
        ("DATE", "1.º de enero"),
        ("DATE", "Día de la Independencia de Haití"),
        ("NAME", "Frantz"),
        ("NAME", "Nadège"),
    ],
    note=(
        "Birth date named three ways (Año Nuevo, 1.º de enero, Haitian Independence Day), all "
        "labelled; baby's and parents' names."
    ),
)

# 47
p(
    "en",
    "milestone_birthday",
    "Ninety-eight candles (well, 3 - fire code 😅) for Mr. Eustaquio 'Taco' Ferrer on 6 North! A "
    "Bay of Pigs veteran who still does his crossword in pen, he celebrated with his daughter "
    "Iraida, 71. Happy birthday, Taco!",
    [
        ("AGE", "Ninety-eight"),
        ("NAME", "Eustaquio 'Taco' Ferrer"),
        ("NAME", "Iraida"),
        ("NAME", "Taco", "*"),
    ],
    note=(
        "Age in words, name with nickname (no 'Mr.'), daughter's name. Her age 71 is under 90; "
        "Bay of Pigs is a historical event."
    ),
)

# 48
n(
    "es",
    "statistic",
    "Cada año en Florida más de 700 personas mayores de 90 años son hospitalizadas por caídas en "
    "casa. Alfombras sueltas, baños sin barras y zapatillas viejas son los culpables más comunes. "
    "Revise la casa de sus viejitos hoy.",
    "Population statistic and population age.",
)

# 49
p(
    "en",
    "hospital_contact",
    "DM from @fuerza_para_wilner: 'Can the hospital call us about Wilner Exantus? My number is "
    "(954) 555-0127 and my email is guerline.exantus@yahoo.com.' -> Please reply with our Patient "
    "Relations line (305) 555-0177 only; don't repost.",
    [
        ("OTHER_ID", "@fuerza_para_wilner"),
        ("NAME", "Wilner Exantus"),
        ("PHONE", "(954) 555-0127"),
        ("EMAIL", "guerline.exantus@yahoo.com"),
    ],
    note=(
        "Family's social handle, patient's name, family's phone and email. Our Patient Relations "
        "number is not labelled."
    ),
)

# 50
n(
    "es",
    "hospital_contact",
    "¿Necesita una copia de su expediente médico? Llame al (305) 555-0144 de lunes a viernes, "
    "envíe un fax al (305) 555-0166 o escriba a expedientes@biscaynebayhealth.org. Nunca publique "
    "sus datos médicos en nuestros comentarios.",
    "Our records phone, fax and email only.",
)

# 51
p(
    "en",
    "discharge",
    "Home for the holidays: Bertrand and Merilia Sainvil, both injured when Hurricane Irma tore "
    "the roof off their Little Haiti duplex, were discharged together on Dec. 20 after 3 months "
    "in our care. Bertrand is 93; Merilia says she's '29 forever.'",
    [
        ("NAME", "Bertrand", "*"),
        ("NAME", "Merilia Sainvil"),
        ("NAME", "Merilia", "*"),
        ("GEO", "Little Haiti"),
        ("DATE", "Dec. 20"),
        ("AGE", "93"),
    ],
    note=(
        "Two patients: names, home neighbourhood, discharge date, Bertrand's age 93. '29 forever' "
        "is a joke, under 90; the holidays are not their event."
    ),
)

# 52
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana compartimos recetas de nuestras abuelas con menos sal y el "
    "mismo sabor. Etiquétenos con #SazónSaludable y #BiscayneStrong. Esta semana: frijoles negros "
    "sin tocino. 🫘",
    "Campaign hashtags; no patient.",
)

# 53
p(
    "es",
    "patient_story",
    "Cielo, como su nombre, ilumina todo el piso 5. Esta niña de Kendall lleva desde marzo en "
    "tratamiento contra la leucemia y ya enseñó a media unidad a bailar cumbia. Su papá, Jhon "
    "Fredy, dice: 'el cielo nos la prestó'. #TodosConCielo",
    [
        ("NAME", "Cielo"),
        ("GEO", "Kendall"),
        ("DATE", "marzo"),
        ("NAME", "Jhon Fredy"),
        ("NAME", "#TodosConCielo"),
    ],
    note=(
        "Patient's name (also a word; lower-case 'el cielo' is the word), home area, month "
        "treatment began, father's name, name hashtag. 'piso 5' is a floor."
    ),
)

# 54
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke: sudden drooping on one side of the face. Don't guess. "
    "If the face droops, an arm is weak or speech is slurred, call 911. Our stroke team is at the "
    "Miami campus 24/7. #BEFAST",
    "Eponymous condition; general advice.",
)

# 55
p(
    "es",
    "thank_you",
    "Salvador Mejía vino de Estelí a visitar a sus hijos y terminó en nuestra sala de emergencias "
    "con un infarto el Día de la Madre. Hoy nos escribe desde Sweetwater: 'Gracias por devolverme "
    "a mi familia.' (Y no, don Salvador no es de El Salvador: es nica de pura cepa.) 🇳🇮",
    [
        ("NAME", "Salvador Mejía"),
        ("NAME", "Salvador", 2),
        ("GEO", "Estelí"),
        ("DATE", "Día de la Madre"),
        ("GEO", "Sweetwater"),
    ],
    note=(
        "Name (twice), home city, heart attack on Mother's Day (holiday = event), where he is "
        "staying. 'El Salvador' is a country, declared as not a name."
    ),
    ok=("Salvador",),
)

# 56
n(
    "es",
    "recruitment",
    "¿Habla criollo haitiano y español? Buscamos intérpretes médicos certificados para nuestra "
    "clínica de la Pequeña Haití y el campus de Hialeah. Horarios flexibles y beneficios "
    "completos. Aplique en biscaynebayhealth.org/empleos",
    "Recruitment; our sites and domain.",
)

# 57
p(
    "en",
    "public_figure",
    "Salsa legend Rey Ariel Montalvo asked us to share: he's recovering well after heart surgery "
    "here on Tuesday, Feb. 11, and plans to be back on stage at Calle Ocho Festival. Get well "
    "soon, Rey! 🎺 (Shared with his permission.)",
    [
        ("NAME", "Rey Ariel Montalvo"),
        ("NAME", "Rey", "*"),
        ("DATE", "Feb. 11"),
    ],
    note=(
        "A public figure who is our patient (decision): name and first name, surgery date "
        "(weekday excluded, decision). The festival is a public event."
    ),
)

# 58
n(
    "es",
    "public_figure",
    "El alcalde de Hialeah visitó hoy nuestro banco de sangre y donó junto a 40 empleados "
    "municipales. Cada donación puede salvar hasta tres vidas. ¡Gracias, alcalde! Citas: (305) "
    "555-0111. #DonaSangre",
    "An official donating blood, not a patient.",
)

# 59
n(
    "en",
    "health_tip",
    "Generator safety: never run a generator in a garage, carport or near a window. After every "
    "hurricane we treat whole families for carbon monoxide poisoning. Headache + nausea + "
    "everyone sick = get out and call 911.",
    "Safety tip; no patient.",
)

# 60
p(
    "es",
    "crisis_update",
    "Familia Sainvil: su abuela Yveline, de 'ciento y pico', está a salvo en nuestro campus de "
    "Miami después de la evacuación del hogar de ancianos de North Miami. Por favor llamen al "
    "(305) 555-0177 y pregunten por Servicios al Paciente.",
    [
        ("NAME", "Sainvil"),
        ("NAME", "Yveline"),
        ("AGE", "ciento y pico"),
        ("GEO", "North Miami"),
    ],
    note=(
        "Family surname, patient's name (without 'abuela'), 'ciento y pico' states an age over "
        "100 (decision), city of her nursing home. Our campus and line are not labelled."
    ),
)

# 61
p(
    "es",
    "pasted_record",
    "pt: Wuilmer Castillo Yépez, DOB 7/22/1988, MRN 50-293381, plate del carro JKR 4471, llegó by "
    "ambulance post-MVC en la Palmetto Expwy. Esposa Oriana at bedside, cel 786 555 0186. NO "
    "PUBLICAR.",
    [
        ("NAME", "Wuilmer Castillo Yépez"),
        ("DATE", "7/22/1988"),
        ("MRN", "50-293381"),
        ("VEHICLE", "JKR 4471"),
        ("GEO", "Palmetto Expwy"),
        ("NAME", "Oriana"),
        ("PHONE", "786 555 0186"),
    ],
    note=(
        "Spanglish chart note, counted as Spanish: name, date of birth, MRN, plate, crash road, "
        "wife's name and cell."
    ),
)

# 62
n(
    "en",
    "staff_spotlight",
    "Our respiratory therapist Jean-Robert Joseph rode out Hurricane Irma at the Hialeah campus "
    "for 4 straight days, keeping 11 ventilator patients breathing when the power flickered. "
    "Seven years later he's still our hero. #NurseAndRTWeek",
    "Staff member; anonymous patient count.",
)

# 63
p(
    "es",
    "memorial",
    "Hasta siempre, Esperanza Valdés Lago (1948-2025). Paciente de nuestra clínica de diálisis "
    "por 12 años, llegó a Hialeah desde Pinar del Río y nunca perdió la esperanza ni el humor. "
    "Sus hijas Mayra y Belkis agradecen tantas tardes de risas.",
    [
        ("NAME", "Esperanza Valdés Lago"),
        ("GEO", "Hialeah"),
        ("GEO", "Pinar del Río"),
        ("NAME", "Mayra"),
        ("NAME", "Belkis"),
    ],
    note=(
        "Name (also the word 'esperanza', lower-case here), the city she settled in, her home "
        "town, daughters. Bare years are not labelled."
    ),
)

# 64
n(
    "es",
    "anonymous_story",
    "Una de nuestras pacientes de diálisis, una abuelita cubana de 87 años, tejió 40 gorritos "
    "para los bebés de la UCI neonatal este invierno. No quiere que digamos su nombre, pero sí "
    "que le demos las gracias. ¡Gracias, abuela! 🧶",
    "Anonymous patient aged 87 (under 90); no name, date or place.",
)

# 65
p(
    "en",
    "eponymous_condition",
    "Guillain-Barré hit Luis Ángel 'Cheo' Barrios two weeks after a bad case of dengue he caught "
    "visiting Barranquilla. He couldn't move his arms. After 19 days in our neuro ICU (bed 7), "
    "Cheo is back home in Doral, walking with a cane.",
    [
        ("NAME", "Luis Ángel 'Cheo' Barrios"),
        ("NAME", "Cheo", "*"),
        ("GEO", "Barranquilla"),
        ("OTHER_ID", "bed 7"),
        ("GEO", "Doral"),
    ],
    note=(
        "Name and nickname, city where he fell ill, bed with keyword, home city. Guillain-Barré "
        "is eponymous."
    ),
)

# 66
n(
    "es",
    "event",
    "Clase gratuita de RCP en español para familias de Hialeah: martes 18 de marzo, 6 p. m., "
    "auditorio del campus (4300 West 16th Avenue). Aprenda a salvar la vida de un abuelo o de un "
    "bebé. Inscripciones: (305) 555-0111.",
    "Hospital event, our address and number.",
)

# 67
p(
    "en",
    "thank_you",
    "Two moms, one hallway: nurse Yanelis Cabrera's own son was born here in 2019; this week she "
    "was the one coaching Dayana Ortiz of Hialeah Gardens through a 30-hour labor. Dayana's "
    "daughter Abril arrived April 2 at 7 lbs. Thank you, Yanelis!",
    [
        ("NAME", "Dayana Ortiz"),
        ("NAME", "Dayana", "*"),
        ("GEO", "Hialeah Gardens"),
        ("NAME", "Abril"),
        ("DATE", "April 2"),
    ],
    note=(
        "The nurse and her own son are staff family, not labelled. Patient mother's name and "
        "town, baby Abril (a month name) and her birth date."
    ),
)

# 68
p(
    "es",
    "birth_announcement",
    "¡Llegaron los gemelos! Santiago y Sebastián Urdaneta nacieron el viernes 7 de junio en "
    "nuestro campus de Miami, hijos de Rosángela y Maikel, que llegaron de Valencia, Venezuela, "
    "hace dos años. ¡Bienvenidos, chamos! 💙💙",
    [
        ("NAME", "Santiago"),
        ("NAME", "Sebastián Urdaneta"),
        ("DATE", "7 de junio"),
        ("NAME", "Rosángela"),
        ("NAME", "Maikel"),
        ("GEO", "Valencia"),
    ],
    note=(
        "Twins' names, birth date (weekday excluded), parents' names, family's city of origin; "
        "the country is not GEO."
    ),
)

# 69
n(
    "en",
    "crisis_update",
    "UPDATE 6 p.m.: Tropical Storm warning for Miami-Dade. All BBHS campuses remain open. "
    "Outpatient clinics close at noon tomorrow. Dialysis patients: your center will call you to "
    "reschedule. Questions: (305) 555-0100. #BiscayneStrong",
    "Operational update.",
)

# 70
p(
    "es",
    "milestone_birthday",
    "Nuestra centenaria favorita, Regla Fonseca, de Regla, Cuba (sí, ¡como su pueblo!), celebró "
    "su centésimo cumpleaños en rehabilitación. Nació un 7 de septiembre, día de la Virgen de "
    "Regla, y ya pidió flan para los 101.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Regla Fonseca"),
        ("GEO", "Regla", 2),
        ("AGE", "centésimo"),
        ("DATE", "7 de septiembre"),
        ("DATE", "día de la Virgen de Regla"),
        ("AGE", "101"),
    ],
    note=(
        "'centenaria' and 'centésimo' state her age; name Regla, home town Regla; birth date "
        "named twice (both labelled); her next age 101 (decision)."
    ),
)

# 71
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. Este 21 de marzo, Día Mundial del Síndrome de Down, "
    "nuestra clínica pediátrica invita a familias a una tarde de juegos y orientación en español. "
    "#LotsOfSocks",
    "Eponymous condition and awareness day; no patient.",
)

# 72
p(
    "en",
    "pasted_record",
    "ED TRACKING (internal): Rm 9 - Baptiste, Marie-Ange - 102 y/o F - fall at home, Little River "
    "- daughter Nadine cell 305-555-0149 - Medicare #1EG4-TE5-MK72 - awaiting CT",
    [
        ("OTHER_ID", "Rm 9"),
        ("NAME", "Baptiste, Marie-Ange"),
        ("AGE", "102"),
        ("GEO", "Little River"),
        ("NAME", "Nadine"),
        ("PHONE", "305-555-0149"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
    ],
    note=(
        "Tracking board: room with keyword, chart name, age 102 ('y/o' is a separate token, "
        "decision), home neighbourhood, daughter's name and cell, Medicare number."
    ),
)

# 73
n(
    "es",
    "sponsor",
    "Gracias a la Panadería La Cubanita de Hialeah por regalar 300 pastelitos a nuestros "
    "trabajadores que no se fueron a casa durante el huracán. ¡Eso es comunidad! 🥐 #BiscayneStrong",
    "Sponsor; no patient.",
)

# 74
p(
    "es",
    "sponsor",
    "La nueva sala de juegos de Pediatría lleva el nombre de Daniela Rojas, que luchó aquí contra "
    "el cáncer hasta el 12 de octubre de 2021. Sus padres, Hernando y Gloria Rojas, donaron la "
    "sala para que ningún niño se aburra en el hospital. 🌈",
    [
        ("NAME", "Daniela Rojas"),
        ("DATE", "12 de octubre de 2021"),
        ("NAME", "Hernando"),
        ("NAME", "Gloria Rojas"),
    ],
    note=(
        "Room named for a former patient: her name and date of death; donor parents are a "
        "patient's relatives."
    ),
)

# 75
n(
    "en",
    "recruitment",
    "Night-shift RNs wanted in our trauma ICU, Miami campus. Boat injuries, hurricane season, big "
    "hearts. $20K sign-on for experienced critical care nurses. Hablamos español y kreyòl. "
    "biscaynebayhealth.org/careers",
    "Recruitment.",
)

# 76
p(
    "en",
    "milestone_birthday",
    "Two birthdays on 4 West today: our volunteer Ofelia, 90, brought cake - and the cake was for "
    "Mr. Fidencio Amador, who turned 104 on his third day with us after a fall at home in Coral "
    "Way. He asked Ofelia to dance. She said yes.",
    [
        ("NAME", "Fidencio Amador"),
        ("AGE", "104"),
        ("GEO", "Coral Way"),
    ],
    note=(
        "The volunteer's name and age 90 are not labelled; the patient's name, age 104 and home "
        "neighbourhood are."
    ),
)

# 77
p(
    "es",
    "patient_story",
    "El Sr. M. R., de 90 años, vendía granizados en la Calle Ocho desde 1985. Tras su derrame en "
    "febrero, volvió a su carrito la semana pasada, con bastón y todo. 'Mientras haya calor, hay "
    "trabajo,' nos dijo.",
    [
        ("NAME", "M. R."),
        ("AGE", "90"),
        ("GEO", "Calle Ocho"),
        ("DATE", "febrero"),
    ],
    note=(
        "Initials are a name; age 90; the street where he works; month of his stroke. 1985 is a "
        "bare year."
    ),
)

# 78
n(
    "es",
    "health_tip",
    "Tip del día: si su abuelo toma warfarina (Coumadin), ojo con el té de hojas verdes y los "
    "remedios caseros. Pregunte al farmacéutico antes de mezclar. Our pharmacists speak Spanish: "
    "(305) 555-0133.",
    "Spanglish tip (counted as Spanish); drug brand; our number.",
)

# 79
p(
    "en",
    "pasted_record",
    "INCIDENT 2025-0412 / Security: visitor Mario Castañeda (husband of pt Leidy Castañeda, room "
    "3112) reported his car broken into in garage B, FL tag PQD 77K. Driver lic "
    "C235-480-71-112-0. Contact 786-555-0165.",
    [
        ("OTHER_ID", "2025-0412"),
        ("NAME", "Mario Castañeda"),
        ("NAME", "Leidy Castañeda"),
        ("OTHER_ID", "room 3112"),
        ("VEHICLE", "PQD 77K"),
        ("LICENSE", "C235-480-71-112-0"),
        ("PHONE", "786-555-0165"),
    ],
    note=(
        "Security report about a patient's husband: incident number (decision), his name, plate, "
        "licence and phone; patient's name and room. Garage B is our parking."
    ),
)

# 80
p(
    "es",
    "discharge",
    "¡Alta! Valentina Ospina, la niña de 9 años de Kendall que se quemó con un generador durante "
    "el apagón del 10 de octubre, se fue hoy a casa con su perrito de peluche Tito. Su abuela "
    "Nubia dice que va a llorar hasta el domingo. 😭",
    [
        ("NAME", "Valentina Ospina"),
        ("GEO", "Kendall"),
        ("DATE", "10 de octubre"),
        ("NAME", "Nubia"),
    ],
    note=(
        "Name, home area, injury date, grandmother's name. Tito is a stuffed toy; 'domingo' a "
        "weekday."
    ),
)

# 81
n(
    "en",
    "anonymous_story",
    "A fisherman in his 50s was rescued last weekend after 9 hours in the water, clinging to a "
    "cooler. He asked us to share one thing: he was wearing a life jacket. He's going home this "
    "week. #SeguridadEnElAgua",
    "Anonymous patient in his 50s; relative time only.",
)

# 82
n(
    "es",
    "anonymous_story",
    "Hace unos días un abuelo venezolano llegó solo a nuestra emergencia, sin papeles y sin "
    "hablar inglés. Una enfermera se quedó con él tras su turno hasta que encontramos a su "
    "familia. Eso también es medicina. 💙",
    "Anonymous patient; nationality and relative time are not identifiers.",
)

# 83
p(
    "es",
    "anonymous_story",
    "Una paciente nuestra celebró ayer su cumpleaños 103 en la unidad de medicina interna. No "
    "quiso foto ni nombre, solo un cafecito cubano bien cargado y que le cantaran 'Guantanamera'. "
    "¡Felicidades, abuela!",
    [
        ("AGE", "103"),
    ],
    note="Unnamed, but an individual patient's age over 89 is labelled (decision).",
)

# 84
n(
    "en",
    "health_tip",
    "Cholera and typhoid are rare in Florida, but if a relative just arrived from Haiti with "
    "severe watery diarrhea, come in early. Oral rehydration saves lives. Our Little Haiti clinic "
    "speaks Kreyòl: (305) 555-0122.",
    "Tip; our clinic and number.",
)

# 85
p(
    "en",
    "campaign_hashtag",
    "This #BiscayneStrong is for Abuela Tata (Hortensia Lugo, 95) who rode out Hurricane Irma in "
    "her Hialeah apartment, then came to us with a broken wrist on Sept. 11 and spent the night "
    "teaching nurses to play dominoes. #TeamTata",
    [
        ("NAME", "Tata"),
        ("NAME", "Hortensia Lugo"),
        ("AGE", "95"),
        ("GEO", "Hialeah"),
        ("DATE", "Sept. 11"),
        ("NAME", "#TeamTata"),
    ],
    note=(
        "Nickname (without 'Abuela', decision), full name, age 95, home city, injury date, name "
        "hashtag; #BiscayneStrong is a campaign."
    ),
)

# 86
n(
    "es",
    "campaign_hashtag",
    "#DaleMiami: este verano enséñele a sus niños a nadar. Clases gratis en piscinas del condado "
    "para familias de Hialeah, Little Havana y la Pequeña Haití. Información: "
    "biscaynebayhealth.org/nadar #SeguridadEnElAgua",
    "Campaign; neighbourhoods not tied to a patient.",
)

# 87
p(
    "es",
    "hospital_contact",
    "Respuesta sugerida al comentario de 'Chelito Ramírez' (sobrina de la paciente Fermina "
    "Ramírez, hab. 508): 'Chelito, por privacidad no damos información aquí. Llame a Relaciones "
    "con el Paciente: (305) 555-0177.' NO responder con su cel 786-555-0198.",
    [
        ("NAME", "Chelito Ramírez"),
        ("NAME", "Chelito", "*"),
        ("NAME", "Fermina Ramírez"),
        ("OTHER_ID", "hab. 508"),
        ("PHONE", "786-555-0198"),
    ],
    note=(
        "Niece's name and cell (relative), patient's name and room; our Patient Relations number "
        "is not labelled."
    ),
)

# 88
n(
    "es",
    "hospital_contact",
    "¿Dónde estacionar? Campus de Miami: garaje de la calle 17; campus de Hialeah: "
    "estacionamiento gratis por la West 16th Avenue. Dudas: (305) 555-0100 o escríbanos por DM a "
    "@BBHSenEspanol.",
    "Parking at our own sites.",
)

# 89
n(
    "en",
    "statistic",
    "Since 2015, our Little Haiti Family Health Center has vaccinated more than 18,000 children. "
    "In 2024 alone: 2,314 flu shots, 611 first-time checkups, and 47 babies delivered by patients "
    "of our prenatal program.",
    "Aggregate statistics.",
)

# 90
p(
    "es",
    "patient_story",
    "Mercedes Alemán, de 90 años, pasó el huracán Irma abrazada a su perrita Chispa en su casa de "
    "Sweetwater. Se fracturó la cadera el 10 de septiembre y hoy, tras meses de terapia, bailó "
    "palo de mayo con las fisioterapeutas. 💃",
    [
        ("NAME", "Mercedes Alemán"),
        ("AGE", "90"),
        ("GEO", "Sweetwater"),
        ("DATE", "10 de septiembre"),
    ],
    note=(
        "Name, age 90, home city, fracture date. Chispa is a pet; 'palo de mayo' is a dance, not "
        "a date."
    ),
)

# 91
n(
    "en",
    "event",
    "Nochebuena Toy Drive: drop off new, unwrapped toys at any BBHS campus through Dec. 20. Every "
    "toy goes to a child spending the holidays in our pediatric units. Thank you, Miami! 🎁 "
    "#NochebuenaEnPediatría",
    "Hospital event dates; no patient.",
)

# 92
p(
    "es",
    "pasted_record",
    "ADMISIÓN 14/03 03:40 — Nombre: ZELEDÓN ARGÜELLO, PETRONILA — Edad: 94 — Exp. 40-618274 — "
    "Seguro: Medicaid 8841207735 — Dirección: 2714 NW 23 Ave, Allapattah, 33142 — Acompañante: "
    "nieto Kevin (786) 555-0132.",
    [
        ("DATE", "14/03"),
        ("NAME", "ZELEDÓN ARGÜELLO, PETRONILA"),
        ("AGE", "94"),
        ("MRN", "40-618274"),
        ("HEALTH_PLAN", "8841207735"),
        ("GEO", "2714 NW 23 Ave"),
        ("GEO", "Allapattah"),
        ("GEO", "33142"),
        ("NAME", "Kevin"),
        ("PHONE", "(786) 555-0132"),
    ],
    note=(
        "Admission record: admission date, chart name, age, record number (Exp.), Medicaid ID, "
        "street, neighbourhood, ZIP, grandson's name and phone."
    ),
)

# 93
n(
    "es",
    "staff_spotlight",
    "Conozcan al Dr. Ernst Jean-Louis, ortopeda nacido en Jacmel, que opera en nuestro campus de "
    "Miami y los sábados atiende gratis en la clínica de la Pequeña Haití. Habla kreyòl, francés, "
    "español e inglés. Ayibobo, doktè! 🇭🇹",
    "Staff doctor and his birthplace: not labelled.",
)

# 94
p(
    "en",
    "discharge",
    "From the ICU to the dock: Capt. Omar 'Popeye' Suárez, 63, whose charter boat exploded at the "
    "Crandon Marina fuel dock on Memorial Day, went home today. His first request? A cortadito "
    "and a fishing report. Fair winds, Popeye.",
    [
        ("NAME", "Omar 'Popeye' Suárez"),
        ("NAME", "Popeye", "*"),
        ("GEO", "Crandon Marina"),
        ("DATE", "Memorial Day"),
    ],
    note=(
        "Name with nickname (no 'Capt.'), injury site, injury on Memorial Day (holiday = event). "
        "Age 63 is under 90."
    ),
)

# 95
p(
    "es",
    "public_figure",
    "La comisionada Marta Llorente visitó hoy a los niños de Pediatría... y a su propia mamá, "
    "doña Iluminada Llorente, que se recupera de una neumonía en el piso 6. ¡Que se mejore "
    "pronto, doña Iluminada!",
    [
        ("NAME", "Marta Llorente"),
        ("NAME", "Iluminada Llorente"),
        ("NAME", "Iluminada", "*"),
    ],
    note=(
        "An official introduced as a patient's daughter is labelled as a relative (decision); the "
        "mother is the patient. 'piso 6' is a floor."
    ),
)

# 96
n(
    "en",
    "public_figure",
    "Celia Cruz recorded 'La Vida Es un Carnaval' in 1998, and our music therapy program still "
    "uses it every morning on the rehab floor. ¡Azúcar! Happy Hispanic Heritage Month from all of "
    "us at BBHS. 🎶",
    "Historical public figure.",
)

# 97
n(
    "es",
    "research",
    "Buscamos voluntarios mayores de 65 años de origen cubano o venezolano para un estudio sobre "
    "presión arterial y dieta. Compensación por su tiempo. Llame al (305) 555-0133 o visite "
    "biscaynebayhealth.org/estudios.",
    "Research recruitment; population ages.",
)

# 98
p(
    "en",
    "research",
    "Meet our 500th participant in the Haitian Heart Study: Fedner Dieujuste, 58, a taxi driver "
    "from North Miami Beach who enrolled on June 3 after his brother's stroke. 'I drive for my "
    "family, I want to keep driving,' he says.",
    [
        ("NAME", "Fedner Dieujuste"),
        ("GEO", "North Miami Beach"),
        ("DATE", "June 3"),
    ],
    note="Named participant: name, home city, enrolment date. 58 is under 90; '500th' is a count.",
)

# 99
n(
    "es",
    "crisis_update",
    "AVISO: Por el corte de luz en Hialeah, la clínica de la calle 49 reprograma todas las citas "
    "de hoy. Nuestro campus de Hialeah tiene generador y funciona con normalidad. Si usa equipo "
    "médico eléctrico y no tiene luz, venga a emergencias.",
    "Operational notice; places are our sites.",
)

# 100
p(
    "es",
    "crisis_update",
    "Lista de evacuados del hogar Los Pinos (no publicar): Ovidio Lafortune 104 – hab. 212; "
    "Cándido Porras 88 – hab. 214; Amparo Jiménez 'la Nena' 96 – hab. 215. Recibidos en Miami "
    "19:30.",
    [
        ("NAME", "Ovidio Lafortune"),
        ("AGE", "104"),
        ("OTHER_ID", "hab. 212"),
        ("NAME", "Cándido Porras"),
        ("OTHER_ID", "hab. 214"),
        ("NAME", "Amparo Jiménez"),
        ("NAME", "Nena"),
        ("AGE", "96"),
        ("OTHER_ID", "hab. 215"),
    ],
    note=(
        "Evacuee list: names, ages over 89 (88 is not), rooms with keyword, nickname without the "
        "article. The nursing home's name is not GEO (decision)."
    ),
)

# 101
p(
    "en",
    "milestone_birthday",
    "HAPPY 99TH TO OUR FAVORITE DOMINO SHARK, DON CHUCHO ESPINOSA! He beat three nurses and a "
    "resident before breakfast on 7 North. Born in Santiago de Cuba on Christmas Eve, he says "
    "'one more year and I get a letter from the President.' 🁢",
    [
        ("AGE", "99TH"),
        ("NAME", "CHUCHO ESPINOSA"),
        ("GEO", "Santiago de Cuba"),
        ("DATE", "Christmas Eve"),
    ],
    note="ALL-CAPS age and name (without 'DON'), birthplace, born on Christmas Eve.",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Shout-out to June Harper, RN, and Sunny Baptiste, CNA, who carried 14 patients down six "
    "flights of stairs when the elevators failed during Irma. June retires this month after 41 "
    "years. We'll miss you! #NursesWeek",
    "Staff named June and Sunny; Irma is a hurricane; patients anonymous.",
)

# 103
p(
    "en",
    "patient_story",
    "Irma Gutiérrez jokes that she arrived from Holguín the same week as Hurricane Irma. Seven "
    "years later the storm is long gone and Irma, 92, is still here - she finished cardiac rehab "
    "today and danced out the door to Gloria Estefan. 👏",
    [
        ("NAME", "Irma Gutiérrez"),
        ("NAME", "Irma", 3),
        ("GEO", "Holguín"),
        ("AGE", "92"),
    ],
    note=(
        "Patient Irma (full and first name), home town, age 92. 'Hurricane Irma' is a storm, "
        "declared as not a name; Gloria Estefan is a public figure."
    ),
    ok=("Irma",),
)

# 104
n(
    "en",
    "eponymous_condition",
    "Alzheimer's doesn't speak one language. Our new memory clinic offers evaluations in Spanish, "
    "English and Haitian Creole, with family support groups on Tuesday evenings in Little Havana. "
    "Call (305) 555-0100. #ENDALZ",
    "Eponymous condition; service info.",
)

# 105
p(
    "en",
    "thank_you",
    "a note left at the 3 West nurses' station, shared w/ permission: 'thank u for taking care of "
    "my abuelo pepe in room 3207 when we couldnt be there. he talked about the cuban nurse w/ the "
    "laugh all week. - nico' ❤️",
    [
        ("NAME", "pepe"),
        ("OTHER_ID", "room 3207"),
        ("NAME", "nico"),
    ],
    note=(
        "Lower-case names of the patient and his grandchild, the patient's room. 3 West is a unit."
    ),
)

# 106
n(
    "en",
    "sponsor",
    "Huge thanks to the Miami Marlins Foundation and Goya Foods for sponsoring our Summer Water "
    "Safety Days at Tropical Park. 1,200 kids got free swim lessons and life jackets! "
    "#SeguridadEnElAgua",
    "Sponsors and an event venue.",
)

# 107
p(
    "en",
    "pasted_record",
    "Sticky note (pls don't screenshot): Mr. Joseph in 4N-17 (Saint-Juste, Joseph, DOB "
    "03/30/1933) - son Wesner will bring his CPAP, serial R9-2210-4471 - hearing aid L ear. Son's "
    "email wesnersj@hotmail.com",
    [
        ("NAME", "Joseph", 1),
        ("OTHER_ID", "4N-17"),
        ("NAME", "Saint-Juste, Joseph"),
        ("DATE", "03/30/1933"),
        ("NAME", "Wesner"),
        ("DEVICE", "R9-2210-4471"),
        ("EMAIL", "wesnersj@hotmail.com"),
    ],
    note=(
        "Patient's name (no 'Mr.') and chart name, unit-bed code (decision: labelled whole), date "
        "of birth, son's name and email, CPAP serial."
    ),
)

# 108
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Our billing team speaks English, Spanish and Kreyòl: (305) 555-0100, "
    "option 3. Please never post account numbers, insurance cards or photos of wristbands in the "
    "comments - DM us instead.",
    "Our number only.",
)

# 109
n(
    "en",
    "event",
    "Little Havana Walk with a Doc: every first Saturday, 8 a.m., Máximo Gómez Park (Domino "
    "Park). Walk, talk blood pressure with our cardiologists and stay for cafecito. All ages "
    "welcome - our oldest walker last month was 97!",
    "Event; the oldest walker is an event participant, not a patient, so 97 is not labelled.",
)

# 110
p(
    "en",
    "birth_announcement",
    "It's a girl - on Valentine's Day! Congratulations to Dieumène and Wisly Charles of Little "
    "Haiti on the arrival of baby Love (yes, that's her name) at 2:14 a.m., 6 lbs 9 oz. 💕 "
    "#BBHSBabies",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Dieumène"),
        ("NAME", "Wisly Charles"),
        ("GEO", "Little Haiti"),
        ("NAME", "Love"),
    ],
    note=(
        "Born on Valentine's Day; parents' names and neighbourhood; baby named Love (without "
        "'baby')."
    ),
)

# 111
n(
    "en",
    "health_tip",
    "Dengue season is here. Dump standing water from flowerpots, buckets and old tires every "
    "week, and use repellent at dusk. Fever, headache and pain behind the eyes after a trip to "
    "the islands? See a doctor.",
    "Tip.",
)

# 112
p(
    "en",
    "memorial",
    "Our chaplaincy family mourns Pastor Élie Fortuné, who served patients at our Little Haiti "
    "clinic for 30 years and spent his last days in our hospice unit, surrounded by hymns. He "
    "passed on Good Friday at 94. Repoze an pe, Pastè.",
    [
        ("NAME", "Élie Fortuné"),
        ("DATE", "Good Friday"),
        ("AGE", "94"),
    ],
    note=(
        "A chaplain who died as our hospice patient is a patient (decision): name (no 'Pastor'), "
        "died on Good Friday, age 94."
    ),
)

# 113
n(
    "en",
    "memorial",
    "Today we remember the 23 patients and staff of our Hialeah campus lost to COVID-19. A new "
    "memorial garden opens Saturday at 10 a.m. beside the chapel. Families are welcome. 🕯️",
    "Group memorial; anonymous count.",
)

# 114
p(
    "en",
    "discharge",
    "#VamosMaikol! Maikol Briceño, 17, came to us in June after a diving accident at Matheson "
    "Hammock. Today he walked - WALKED - out of rehab to a crowd of cousins and his abuela "
    "Socorro, who flew in from Caracas. Sigue adelante, Maikol!",
    [
        ("NAME", "#VamosMaikol"),
        ("NAME", "Maikol Briceño"),
        ("NAME", "Maikol", "*"),
        ("DATE", "June"),
        ("GEO", "Matheson Hammock"),
        ("NAME", "Socorro"),
        ("GEO", "Caracas"),
    ],
    note=(
        "Name hashtag, name, month of admission, injury site, grandmother's name and city. 17 is "
        "under 90."
    ),
)

# 115
n(
    "en",
    "research",
    "New from our trauma researchers: jet-ski injuries in Miami-Dade rose 38% over five years, "
    "with most in riders aged 18-29 and most on weekends. Read the study and our water safety "
    "guide at biscaynebayhealth.org/research.",
    "Aggregate research.",
)

# 116
p(
    "en",
    "pasted_record",
    "Billing note - pt Llorente, Iluminada: acct 7700-318427, Humana member ID H4471-0938-02, DOS "
    "5/6-5/11. Daughter (Marta, the commissioner) is guarantor; cell on file. Don't reference on "
    "social!",
    [
        ("NAME", "Llorente, Iluminada"),
        ("ACCOUNT", "7700-318427"),
        ("HEALTH_PLAN", "H4471-0938-02"),
        ("DATE", "5/6"),
        ("DATE", "5/11"),
        ("NAME", "Marta"),
    ],
    note=(
        "Billing line: chart name, account, member ID, dates of service, the daughter (an "
        "official, but here a patient's relative)."
    ),
)

# 117
n(
    "en",
    "crisis_update",
    "Boil-water notice in Hialeah: our Hialeah campus is using bottled and filtered water and all "
    "services are running. Patients with weakened immune systems should boil tap water for at "
    "least 1 minute. Updates: @BBHSHialeah",
    "Operational notice.",
)

# 118
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare - but it's why 3-year-old Thiago Montes de Oca spent Thanksgiving "
    "with us instead of at his grandma's in Westchester. Five days of fever, red eyes, cracked "
    "lips. Today he's home and fine. Parents: know the signs.",
    [
        ("NAME", "Thiago Montes de Oca"),
        ("DATE", "Thanksgiving"),
        ("GEO", "Westchester"),
    ],
    note=(
        "Name, in hospital on Thanksgiving (holiday = stay), grandmother's area (relative). "
        "Kawasaki is eponymous; 3 is under 90."
    ),
)

# 119
n(
    "en",
    "recruitment",
    "Retired? Speak Spanish or Kreyòl? Our Hialeah and Little Haiti volunteer programs need you - "
    "wayfinding, reading to patients, knitting for the NICU. Our oldest volunteer is 92 and says "
    "it keeps her young! (305) 555-0100",
    "Volunteer recruitment; a volunteer's age 92 is not labelled.",
)

# 120
p(
    "en",
    "campaign_hashtag",
    "Meet the face of this year's #BayStrongWalk: 7-year-old Anthony 'Tony' Mesa of Miami "
    "Springs, who lost his leg in a boating accident on Labor Day 2023 and just ran his first 5K "
    "on his new blade. Walk with #TeamTony on Nov. 9!",
    [
        ("NAME", "Anthony 'Tony' Mesa"),
        ("GEO", "Miami Springs"),
        ("DATE", "Labor Day 2023"),
        ("NAME", "#TeamTony"),
    ],
    note=(
        "Name, home city, injury on Labor Day (with its attached year), name hashtag. "
        "#BayStrongWalk and the walk date are the campaign's."
    ),
)

# 121
p(
    "es",
    "milestone_birthday",
    "¡Noventa y nueve años y ni una cana fuera de lugar! Feliz cumpleaños a Doña Amparo 'Cuca' "
    "Villavicencio, que celebró en nuestro piso de ortopedia con sus bisnietos de Hialeah "
    "Gardens. Nació el 15 de mayo en Cienfuegos.",
    [
        ("AGE", "Noventa y nueve"),
        ("NAME", "Amparo 'Cuca' Villavicencio"),
        ("GEO", "Hialeah Gardens"),
        ("DATE", "15 de mayo"),
        ("GEO", "Cienfuegos"),
    ],
    note=(
        "Age in words, name with nickname, great-grandchildren's city (relatives), birth date and "
        "birthplace."
    ),
)

# 122
n(
    "es",
    "health_tip",
    "Después de un huracán, cuidado al limpiar: guantes, botas y nada de motosierras sin "
    "experiencia. Las heridas en agua de inundación se infectan fácil. ¿Vacuna del tétano al día? "
    "Pregunte en su clínica de BBHS.",
    "Tip.",
)

# 123
p(
    "es",
    "pasted_record",
    "Reenviado de WhatsApp: 'Hola, soy Yusmary, la hija de Wilfredo Guaita (el señor de la cama 9 "
    "en UCI). Mi papá cumple 60 el 30 de agosto, ¿pueden postear algo? Mi IG es @yusmary.guaita y "
    "mi cel 954-555-0156. Gracias!!'",
    [
        ("NAME", "Yusmary"),
        ("NAME", "Wilfredo Guaita"),
        ("OTHER_ID", "cama 9"),
        ("DATE", "30 de agosto"),
        ("OTHER_ID", "@yusmary.guaita"),
        ("PHONE", "954-555-0156"),
    ],
    note="Daughter's name, handle and cell; patient's name, bed and birthday. 60 is under 90.",
)

# 124
n(
    "es",
    "event",
    "Este domingo: misa de sanación y bendición de los enfermos en la capilla del campus de "
    "Miami, 11 a. m., con el Padre Rigoberto. Luego, café y pastelitos en el patio. Todos "
    "bienvenidos. ✝️",
    "Chapel event; the priest is staff.",
)

# 125
p(
    "es",
    "patient_story",
    "Don Domingo Herrera llegó un domingo, se operó un domingo y hoy, domingo, se va a casa en "
    "Little Havana. Dice que a sus 90 años ya no le queda duda de cuál es su día de suerte. "
    "¡Buena suerte, Domingo! 🍀",
    [
        ("NAME", "Domingo Herrera"),
        ("NAME", "Domingo", "*"),
        ("GEO", "Little Havana"),
        ("AGE", "90"),
    ],
    note=(
        "Name Domingo (weekday 'domingo' in lower case is not labelled), home neighbourhood, age "
        "90."
    ),
)

# 126
n(
    "es",
    "statistic",
    "En nuestra Clínica de la Pequeña Haití, el 41 % de los adultos atendidos en 2024 tenía "
    "presión alta y la mitad no lo sabía. Chequéese gratis los miércoles de 8 a 12. Pale kreyòl, "
    "hablamos español.",
    "Aggregate statistic.",
)

# 127
p(
    "es",
    "thank_you",
    "Marie-Lourdes Jean-Baptiste nos mandó esta carta escrita a mano desde Homestead: 'Mèsi a "
    "enfermera Ketsia y al Dr. Paredes por salvar a mi esposo Dieuseul el 17 de abril.' El "
    "sentimiento es mutuo. 💙",
    [
        ("NAME", "Marie-Lourdes Jean-Baptiste"),
        ("GEO", "Homestead"),
        ("NAME", "Dieuseul"),
        ("DATE", "17 de abril"),
    ],
    note=(
        "Wife's name and city (relative), patient's name and the date of his rescue. Nurse Ketsia "
        "and Dr. Paredes are staff."
    ),
)

# 128
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Caridad 'Cary' Lorenzo cumple 40 años de servicio en la UCI neonatal. Ha "
    "visto nacer a más de 10.000 bebés, incluidos los hijos de muchos de nuestros médicos. "
    "¡Gracias, Cary! 👶 #OrgulloBBHS",
    "Staff spotlight.",
)

# 129
p(
    "es",
    "birth_announcement",
    "¡Bebé de 4 de Julio! 🎆 Emiliano llegó a las 9:05 p. m., justo cuando empezaban los fuegos "
    "artificiales en Bayfront Park. Sus papás, Leidy Johana y Yeferson Patiño, de Doral, dicen "
    "que tenía prisa por ver el show. #BBHSBebés",
    [
        ("DATE", "4 de Julio"),
        ("NAME", "Emiliano"),
        ("NAME", "Leidy Johana"),
        ("NAME", "Yeferson Patiño"),
        ("GEO", "Doral"),
    ],
    note=(
        "Birth date (holiday), baby's and parents' names, family's city. Bayfront Park is the "
        "fireworks venue."
    ),
)

# 130
n(
    "es",
    "anonymous_story",
    "Un bebé que nació hace seis meses en el estacionamiento de nuestro campus de Hialeah vino "
    "hoy a su primer chequeo con su mamá. ¡Pesa 8 kilos y tiene una sonrisa enorme! A veces los "
    "bebés no esperan.",
    "Anonymous baby; our parking lot; relative time.",
)

# 131
p(
    "es",
    "pasted_record",
    "QX HOY: 07:30 Sala 3 – Fonseca, R. 100a – ORIF cadera; 09:00 Sala 4 – Ospina Gil, J. F. 38a "
    "– desbridamiento pierna (hélice); 11:30 Sala 3 – pendiente. Anestesia: Dr. Lam.",
    [
        ("NAME", "Fonseca, R."),
        ("AGE", "100a"),
        ("NAME", "Ospina Gil, J. F."),
    ],
    note=(
        "OR schedule: chart names with initials, '100a' (chart shorthand, one token) is an age "
        "over 89. Operating rooms (Sala 3/4) are not labelled (decision); 38a is under 90."
    ),
)

# 132
n(
    "es",
    "crisis_update",
    "Huracán: estado del campus de Miami a las 9 p. m. — Energía: normal. Emergencias: abierta. "
    "Visitas: suspendidas hasta nuevo aviso. Familias: pueden llamar a la línea de información "
    "(305) 555-0177 las 24 horas.",
    "Operational update.",
)

# 133
p(
    "es",
    "discharge",
    "¡SE VA A CASA NUESTRO GUERRERO! 💪 YOANDRI PÉREZ LLEVABA 63 DÍAS CON NOSOTROS DESDE EL "
    "ACCIDENTE EN LA AUTOPISTA 836 EL 2 DE MARZO. HOY SALE CAMINANDO RUMBO A WESTCHESTER. "
    "#YOANDRIFUERTE",
    [
        ("NAME", "YOANDRI PÉREZ"),
        ("GEO", "AUTOPISTA 836"),
        ("DATE", "2 DE MARZO"),
        ("GEO", "WESTCHESTER"),
        ("NAME", "#YOANDRIFUERTE"),
    ],
    note="ALL-CAPS name, crash road, crash date, home area, name hashtag.",
)

# 134
n(
    "es",
    "eponymous_condition",
    "¿Mal de Hansen (lepra) en Miami? Es raro, pero existe y se cura. Si tiene manchas en la piel "
    "sin sensibilidad, consulte a un dermatólogo. La detección temprana evita discapacidad. Más "
    "info: biscaynebayhealth.org/piel",
    "Eponymous condition.",
)

# 135
p(
    "es",
    "memorial",
    "En memoria de Ana Julia 'Yuya' Céspedes, paciente de nuestra unidad de hospicio, quien nos "
    "dejó el miércoles 5/3, rodeada de sus nietos, a los noventa y tres años. Su velorio será el "
    "7 de marzo. Paz, Yuya.",
    [
        ("NAME", "Ana Julia 'Yuya' Céspedes"),
        ("NAME", "Yuya", "*"),
        ("DATE", "5/3"),
        ("AGE", "noventa y tres"),
        ("DATE", "7 de marzo"),
    ],
    note="Name and nickname, date of death (weekday excluded), age in words, date of her wake.",
)

# 136
n(
    "es",
    "sponsor",
    "Gracias a los Bomberos de Hialeah y a Publix por donar 2.000 botellas de agua y 500 abanicos "
    "para nuestros pacientes en diálisis durante la ola de calor. ¡Así se cuida a la comunidad! 💧",
    "Sponsors.",
)

# 137
p(
    "es",
    "staff_spotlight",
    "Hace 27 años, Daniela Aguirre pesó 1 libra y 10 onzas al nacer en nuestra UCI neonatal, el "
    "12 de febrero. Hoy es enfermera de esa misma unidad y cuida a bebés como ella. ¡Bienvenida "
    "al equipo, Daniela! 🩺",
    [
        ("NAME", "Daniela Aguirre"),
        ("NAME", "Daniela", "*"),
        ("DATE", "12 de febrero"),
    ],
    note=(
        "A new nurse who was our NICU patient is a (former) patient (decision): name and birth "
        "date."
    ),
)

# 138
n(
    "es",
    "staff_spotlight",
    "Feliz 92 cumpleaños a Pura Betancourt, nuestra voluntaria más veterana: lleva 35 años "
    "tejiendo mantas para los bebés de la UCI neonatal y dice que no piensa jubilarse. "
    "¡Felicidades, Purita! 🧶",
    "A volunteer's birthday: her name and age 92 are not labelled.",
)

# 139
p(
    "es",
    "patient_story",
    "Victoria se llama, y victoria tuvo. 🏆 Victoria Salcedo, de 12 años, llegó de Maracay con una "
    "escoliosis severa y el 20 de enero la operamos. Ya volvió al volleyball en su escuela de "
    "Doral. Su mami, Yorlenis, no para de llorar de felicidad.",
    [
        ("NAME", "Victoria Salcedo"),
        ("NAME", "Victoria", "*"),
        ("GEO", "Maracay"),
        ("DATE", "20 de enero"),
        ("GEO", "Doral"),
        ("NAME", "Yorlenis"),
    ],
    note=(
        "Name (lower-case 'victoria' is the word), home town, surgery date, city of her school, "
        "mother's name."
    ),
)

# 140
n(
    "es",
    "health_tip",
    "¿Su abuela tiene diabetes? Ojo con los pies: revíselos todos los días, zapatos cerrados "
    "siempre (¡chancletas no!) y nunca se corte los callos sola. Our podiatry clinic in Hialeah "
    "takes walk-ins los viernes.",
    "Spanglish tip counted as Spanish.",
)

# 141
p(
    "en",
    "pasted_record",
    "DRAFT - DO NOT SEND: 'Congrats to Nelson & Dulce Araujo on baby #3, born 11/11 at 4:44! 🎉' "
    "(Dulce's MRN 40-552910 / baby MRN 40-552911 for photo consent - remove before posting)",
    [
        ("NAME", "Nelson"),
        ("NAME", "Dulce Araujo"),
        ("NAME", "Dulce", "*"),
        ("DATE", "11/11"),
        ("MRN", "40-552910"),
        ("MRN", "40-552911"),
    ],
    note="Parents' names, birth date, mother's and baby's MRNs. 'baby #3' is birth order.",
)

# 142
n(
    "en",
    "statistic",
    "Hurricane season by the numbers at BBHS last year: 1,842 ER visits in the week after "
    "landfall, 312 chainsaw and ladder injuries, 74 carbon monoxide cases, 0 generator fires at "
    "our campuses. Stay safe out there.",
    "Aggregate statistics.",
)

# 143
p(
    "en",
    "thank_you",
    "We don't usually get to say this: thank you to our own housekeeper Rosalba Quintero, who was "
    "a patient on 6 East after her stroke in February and went back to work this week - and to "
    "her daughter Kelly, who slept in the chair in room 6104 every night.",
    [
        ("NAME", "Rosalba Quintero"),
        ("DATE", "February"),
        ("NAME", "Kelly"),
        ("OTHER_ID", "room 6104"),
    ],
    note=(
        "A staff member who was our patient (decision): name, month of her stroke, daughter's "
        "name, her room. 6 East is a unit."
    ),
)

# 144
n(
    "en",
    "thank_you",
    "Thank you to the Hialeah Fire Rescue crews who brought 212 patients to our ER during last "
    "weekend's storm - and who stayed to help us move beds out of a flooded hallway. You're "
    "family. 🚒",
    "Thanks to first responders; anonymous count.",
)

# 145
p(
    "en",
    "milestone_birthday",
    "The big 9-0 for Mrs. Gladys Urquiola in the cardiac unit today! Her older sister Nena, who "
    "is 94, came from Coral Gables with a tres leches cake and said, 'She's still the baby.' "
    "Happy birthday, Gladys!",
    [
        ("AGE", "9-0"),
        ("NAME", "Gladys Urquiola"),
        ("NAME", "Gladys", "*"),
        ("NAME", "Nena"),
        ("AGE", "94"),
        ("GEO", "Coral Gables"),
    ],
    note=(
        "'9-0' is the patient's age 90 (span is the number token); name; sister's name, age 94 (a "
        "relative's age over 89 is labelled, decision) and city."
    ),
)

# 146
n(
    "en",
    "eponymous_condition",
    "What is Tourette syndrome? It's a nervous system condition that causes tics - and it's more "
    "common than you think. Join our pediatric neurology team for a bilingual Facebook Live on "
    "Thursday at 7 p.m. #TouretteAwareness",
    "Eponymous condition.",
)

# 147
p(
    "en",
    "discharge",
    "After a lightning strike on his fishing skiff off Black Point Marina on Aug. 14, Apolinar "
    "'Polo' Zamora (@polo_pesca_305) spent 3 weeks in our burn unit. Today he's home in "
    "Homestead. His words: 'The fish can wait.' 🎣",
    [
        ("GEO", "Black Point Marina"),
        ("DATE", "Aug. 14"),
        ("NAME", "Apolinar 'Polo' Zamora"),
        ("OTHER_ID", "@polo_pesca_305"),
        ("GEO", "Homestead"),
    ],
    note="Injury site and date, name with nickname, his social handle, home city.",
)

# 148
n(
    "en",
    "event",
    "Hurricane prep for seniors, in Spanish and English: Thursday, June 5, 2 p.m., at the Hialeah "
    "campus auditorium. Bring your medicine list; we'll help you make a go-bag. Cafecito on us. ☕",
    "Event date at our campus.",
)

# 149
p(
    "en",
    "hospital_contact",
    "Reply template for Facebook comment from Nubia Ospina: 'Hi Nubia, please email our patient "
    "relations team at patientrelations@biscaynebayhealth.org so we can help with Valentina's "
    "records.' (Do NOT paste her email nubiaospina71@gmail.com here.)",
    [
        ("NAME", "Nubia Ospina"),
        ("NAME", "Nubia", "*"),
        ("NAME", "Valentina"),
        ("EMAIL", "nubiaospina71@gmail.com"),
    ],
    note="Grandmother's name and email (relative), patient's name; our email is not labelled.",
)

# 150
n(
    "en",
    "hospital_contact",
    "Need us? Main line (305) 555-0100. Hialeah campus (305) 555-0111. Little Haiti Family Health "
    "Center (305) 555-0122. Nurse advice line in Spanish, 24/7: (305) 555-0133. Emergencies: 911. "
    "Crisis: 988.",
    "Our numbers and national lines.",
)

# 151
p(
    "en",
    "public_figure",
    "Former Heat forward Marcus Tillery stopped by pediatrics to sign jerseys - then went "
    "upstairs to see his old teammate Rafael 'Rafa' Domínguez, who is recovering from a knee "
    "replacement here. Get well, Rafa! (Shared with Rafa's OK.)",
    [
        ("NAME", "Rafael 'Rafa' Domínguez"),
        ("NAME", "Rafa", "*"),
    ],
    note=(
        "The visiting athlete is not labelled; the former player who is our patient is (decision)."
    ),
)

# 152
n(
    "en",
    "campaign_hashtag",
    "It's #WearRedDay! Heart disease is the #1 killer of Hispanic and Black women in Miami-Dade. "
    "Snap a pic in red, tag @BiscayneBayHealth and use #CorazónFuerte - for every post we'll "
    "donate a blood-pressure cuff to a local church.",
    "Campaign hashtags.",
)

# 153
p(
    "en",
    "patient_story",
    "Ti Jean (Jean-Wesley Désir) was 10 when he pulled his little sister from a canal in North "
    "Miami. He spent 4 days on a ventilator here after the rescue on Easter Sunday. His mom Ketly "
    "calls him her 'ti ewo' - little hero.",
    [
        ("NAME", "Jean", 1),
        ("NAME", "Jean-Wesley Désir"),
        ("GEO", "North Miami"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Ketly"),
    ],
    note=(
        "Nickname without Kreyòl 'Ti' (= little, descriptive, decision), full name, city of the "
        "rescue, rescue on Easter Sunday, mother's name."
    ),
)

# 154
n(
    "en",
    "research",
    "Can a phone app help abuelas manage diabetes? Our researchers are testing a Spanish-language "
    "app with 300 patients in Hialeah and Little Havana. Results so far: better sugar control and "
    "fewer ER visits. More at bbhs.org/research.",
    "Aggregate research.",
)

# 155
p(
    "en",
    "pasted_record",
    "Photo of whiteboard (crop before posting!!): RM 5114 - HERRERA, DOMINGO - NPO after MN - "
    "Pacer: Medtronic SN PJN418822R - Fall risk - Family: Nilda (wife) 786-555-0112",
    [
        ("OTHER_ID", "RM 5114"),
        ("NAME", "HERRERA, DOMINGO"),
        ("DEVICE", "PJN418822R"),
        ("NAME", "Nilda"),
        ("PHONE", "786-555-0112"),
    ],
    note=(
        "Room, chart name, pacemaker serial, wife's name and phone. The photo shows a whiteboard, "
        "not the patient, so no PHOTO."
    ),
)

# 156
p(
    "en",
    "staff_spotlight",
    "Dr. Yamilé Rosales grew up in Little Havana above her abuela's botánica and now leads our "
    "geriatrics program, where the average patient is 84 and the oldest this year was 106. 'These "
    "are my abuelos,' she says.",
    [
        ("AGE", "106"),
    ],
    note=(
        "The doctor is staff. 'the oldest this year was 106' is one individual patient's age over "
        "89 (decision: labelled even unnamed); the average 84 is not."
    ),
)

# 157
n(
    "en",
    "health_tip",
    "Heading out on the bay for the weekend? File a float plan, check the marine forecast, keep a "
    "VHF radio or a charged phone in a dry bag, and make sure every child wears a Coast "
    "Guard-approved life jacket.",
    "Tip.",
)

# 158
p(
    "en",
    "memorial",
    "Rest in peace, Hernán Darío Villegas, 89, our longtime dialysis patient from Kendall and the "
    "best salsa dancer in Unit 2. He passed on 7 de diciembre, Día de las Velitas, as he'd have "
    "wanted - surrounded by candles and family.",
    [
        ("NAME", "Hernán Darío Villegas"),
        ("GEO", "Kendall"),
        ("DATE", "7 de diciembre"),
        ("DATE", "Día de las Velitas"),
    ],
    note=(
        "Name, home area, date of death in a Spanish form and as the holiday (both). Age 89 is "
        "not over 89."
    ),
)

# 159
n(
    "en",
    "anonymous_story",
    "One night last winter, a family spent the whole night in our ER waiting room. Our "
    "night-shift nurses brought them lechón and moros from the staff potluck. They came back this "
    "year with a cake. That's Miami. 🎄",
    "Anonymous family; no date element.",
)

# 160
p(
    "en",
    "birth_announcement",
    "First baby of 2025 at our Hialeah campus! Welcome, Ámbar Yulieth 🎉 born at 12:01 a.m. on New "
    "Year's Day to Marleydis and Jhonatan of Hialeah. Mom says she was due on Reyes but 'ella "
    "tenía prisa.' #BienvenidaÁmbar",
    [
        ("GEO", "Hialeah", 2),
        ("NAME", "Ámbar Yulieth"),
        ("DATE", "New Year's Day"),
        ("NAME", "Marleydis"),
        ("NAME", "Jhonatan"),
        ("DATE", "Reyes"),
        ("NAME", "#BienvenidaÁmbar"),
    ],
    note=(
        "Baby's name and hashtag, birth on New Year's Day, due date on Reyes, parents' names and "
        "home city. The first 'Hialeah' is our campus, declared."
    ),
    ok=("Hialeah",),
)

# 161
p(
    "en",
    "pasted_record",
    "EMS handoff (Rescue 12): unknown M ~90s found on sea wall at NE 79th St & Biscayne Blvd, ID "
    "in wallet: FL DL D520-118-33-402-0, name Ulises Echemendía. Vitals stable. Wife Caridad en "
    "route.",
    [
        ("AGE", "90s"),
        ("GEO", "NE 79th St"),
        ("GEO", "Biscayne Blvd"),
        ("LICENSE", "D520-118-33-402-0"),
        ("NAME", "Ulises Echemendía"),
        ("NAME", "Caridad"),
    ],
    note=(
        "'90s' estimates an age over 89 (decision), where he was found, driver licence, name, "
        "wife's name. Rescue 12 is a unit."
    ),
)

# 162
n(
    "en",
    "public_figure",
    "José Martí wrote 'Ser culto es el único modo de ser libre.' This month our Little Havana "
    "library cart for patients is stocked with his poems in Spanish and English. Ask your nurse! 📚",
    "Historical figure.",
)

# 163
p(
    "en",
    "anonymous_story",
    "A nonagenarian grandmother from our Hialeah dialysis unit asked us to post this: 'Young "
    "people, get your blood pressure checked. I didn't until I was 70.' She refused a photo. We "
    "love her.",
    [
        ("AGE", "nonagenarian"),
    ],
    note=(
        "Unnamed, but 'nonagenarian' states an individual patient's age over 89 (decision). 70 is "
        "under 90; the dialysis unit is ours."
    ),
)

# 164
n(
    "en",
    "recruitment",
    "Calling all nursing students: our Summer Bilingual Nurse Extern program runs June-August at "
    "the Miami campus. Spanish or Haitian Creole a plus. Paid, with mentors and a guaranteed "
    "interview. Apply by March 31: biscaynebayhealth.org/extern",
    "Recruitment.",
)

# 165
p(
    "en",
    "milestone_birthday",
    "Her one hundred and second! Mrs. Philomène Augustin, born in Jérémie and a Little Haiti "
    "resident since 1981, celebrated today at our Little Haiti Family Health Center with a kompa "
    "band and her 14 grandchildren. Bòn fèt, Granmè!",
    [
        ("AGE", "one hundred and second"),
        ("NAME", "Philomène Augustin"),
        ("GEO", "Jérémie"),
        ("GEO", "Little Haiti", 1),
    ],
    note=(
        "Ordinal age in words, name, birthplace, home neighbourhood. The second 'Little Haiti' is "
        "our clinic's name, declared."
    ),
    ok=("Little Haiti",),
)

# 166
n(
    "en",
    "health_tip",
    "Ladder falls are the #1 reason abuelos end up in our trauma bay after a storm. If you're "
    "over 65, leave the shutters and the roof to someone else. Ask a neighbor, call your church, "
    "or call 311 for help.",
    "Tip.",
)

# 167
p(
    "en",
    "hospital_contact",
    "Lost & found: a gold medallion of the Virgen de la Caridad was found in room 2210 after Sra. "
    "Caridad Borrego's discharge. Her son Osvaldo, if you see this, please call Security at (305) "
    "555-0100 - not the number you left on the bag (786-555-0151).",
    [
        ("OTHER_ID", "room 2210"),
        ("NAME", "Caridad Borrego"),
        ("NAME", "Osvaldo"),
        ("PHONE", "786-555-0151"),
    ],
    note=(
        "Patient's room and name, son's name and phone. Virgen de la Caridad is a religious "
        "title; our Security number is not labelled."
    ),
)

# 168
n(
    "en",
    "event",
    "Dominoes & Diabetes at Máximo Gómez Park this Friday, 4 p.m.: free glucose checks, healthy "
    "pastelito taste test, and a tournament with our endocrinologists. Bring your own partner (or "
    "borrow Dr. Ferrer). 🁫",
    "Event; a staff doctor.",
)

# 169
n(
    "en",
    "statistic",
    "In 2024 our three campuses cared for 1,904 patients aged 90 or older - including 61 "
    "centenarians. Our geriatrics team made 4,200 home visits in Hialeah, Little Havana and "
    "Little Haiti. #AgingWell",
    "Population ages and counts ('centenarians' is a group here).",
)

# 170
n(
    "en",
    "campaign_hashtag",
    "#SaveTheBoaters: this summer, our trauma team and Miami-Dade Sea Patrol are handing out free "
    "kill-switch lanyards at boat ramps. Find us at Haulover, Crandon and Black Point marinas on "
    "weekends.",
    "Campaign; event venues.",
)

# 171
n(
    "en",
    "sponsor",
    "The new Rosado Family Cardiac Rehab Gym opens Monday on our Miami campus, thanks to a gift "
    "from Rolando and Teresa Rosado, longtime Little Havana business owners. Come see the view of "
    "the Miami River!",
    "Donors who are not patients' relatives.",
)

# 172
n(
    "en",
    "crisis_update",
    "Road closures: NW 17th Avenue is flooded between NW 7th and 14th Streets. Use the NW 12th "
    "Avenue entrance to reach our Miami campus ER. Valet is closed; the East Garage is open and "
    "free today.",
    "Roads around our campus.",
)

# 173
p(
    "en",
    "eponymous_condition",
    "Graves' disease left Génesis Montilla's heart racing at 160 on the night of her quinceañera, "
    "Oct. 26. Three months and one thyroid surgery later, she's back dancing in Miami Lakes. Her "
    "mom, Dulce María, says: 'Listen to your daughters.'",
    [
        ("NAME", "Génesis Montilla"),
        ("DATE", "Oct. 26"),
        ("GEO", "Miami Lakes"),
        ("NAME", "Dulce María"),
    ],
    note=(
        "Name (possessive excluded), date her symptoms began, home city, mother's name. Graves' "
        "is eponymous."
    ),
)

# 174
p(
    "en",
    "discharge",
    "huge day on 5 north: our friend manny (Manuel Ríos, 95!!) beat covid AND pneumonia and went "
    "home to his cats in allapattah this morning. see u at the cafecito window manny 😭☕",
    [
        ("NAME", "manny", "*"),
        ("NAME", "Manuel Ríos"),
        ("AGE", "95"),
        ("GEO", "allapattah"),
    ],
    note="Lower-case nickname, full name, age 95, lower-case home neighbourhood.",
)

# 175
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers in teens and young adults. Swollen lymph "
    "nodes that don't go away, night sweats, weight loss? Get checked. Our oncology navigators "
    "speak English, Spanish and Kreyòl.",
    "Eponymous condition.",
)

# 176
p(
    "es",
    "patient_story",
    "Hace 30 años Lázaro Cepero llegó a Cayo Hueso en una balsa de neumáticos. Este 11 de enero "
    "una ola tiró su lancha contra las rocas de Bill Baggs y hoy se recupera en nuestra UCI, cama "
    "4. ¡Fuerza, Lázaro! #LázaroFuerte",
    [
        ("NAME", "Lázaro Cepero"),
        ("NAME", "Lázaro", "*"),
        ("GEO", "Cayo Hueso"),
        ("DATE", "11 de enero"),
        ("GEO", "Bill Baggs"),
        ("OTHER_ID", "cama 4"),
        ("NAME", "#LázaroFuerte"),
    ],
    note="Name, where he landed, injury date and site, bed, name hashtag.",
)

# 177
n(
    "es",
    "health_tip",
    "Corrientes de resaca: si el agua lo arrastra mar adentro, no nade contra ella. Nade paralelo "
    "a la orilla hasta salir y luego regrese. Cada verano atendemos a turistas y vecinos que no "
    "conocían este consejo.",
    "Tip.",
)

# 178
n(
    "es",
    "event",
    "Este sábado 'Abuelos en Forma' en el parque de Hialeah: bailoterapia, toma de presión y "
    "charla sobre caídas, de 9 a 11 a. m. Traiga agua y gorra. ¡Los mayores de 90 tienen silla "
    "VIP! 🪑",
    "Event; population age.",
)

# 179
p(
    "es",
    "pasted_record",
    "Formulario de ayuda financiera (escaneado por error en la carpeta de Comunicaciones): "
    "Nombre: Marleny Ospina Gil / SSN 589-44-1207 / Dirección: 1450 SW 107 Ave Apt 3, Sweetwater "
    "/ Ingreso mensual $1,900 / Paciente: su hijo Yeison.",
    [
        ("NAME", "Marleny Ospina Gil"),
        ("SSN", "589-44-1207"),
        ("GEO", "1450 SW 107 Ave Apt 3"),
        ("GEO", "Sweetwater"),
        ("NAME", "Yeison"),
    ],
    note=(
        "Mother (guarantor) of a patient: name, SSN, street address with apartment, city; "
        "patient's name."
    ),
)

# 180
n(
    "es",
    "anonymous_story",
    "Una familia venezolana que perdió todo en el incendio de su apartamento nos escribió para "
    "agradecer a las enfermeras de quemados. No quieren nombres, solo que sepan que sus tres "
    "hijos ya están de vuelta en la escuela. 💙",
    "Anonymous family.",
)

# 181
p(
    "es",
    "milestone_birthday",
    "¡Un centenario en la casa! Monsieur Anselme Dorval cumplió 100 años el 1ro de noviembre, Día "
    "de Todos los Santos, en nuestra clínica de la Pequeña Haití. Llegó de Les Cayes en 1972 y "
    "sigue jugando dominó en Little Haiti todos los días.",
    [
        ("AGE", "centenario"),
        ("NAME", "Anselme Dorval"),
        ("AGE", "100"),
        ("DATE", "1ro de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("GEO", "Les Cayes"),
        ("GEO", "Little Haiti"),
    ],
    note=(
        "'centenario' and 100, name (no 'Monsieur'), birthday named twice, home town, the "
        "neighbourhood where he lives. 'la Pequeña Haití' clinic is ours."
    ),
)

# 182
n(
    "es",
    "statistic",
    "Dato: los ahogamientos son la principal causa de muerte accidental en niños de 1 a 4 años en "
    "Florida. Una piscina sin cerca es un peligro. En 2024 atendimos a 27 niños por casi "
    "ahogamiento. #SeguridadEnElAgua",
    "Statistic.",
)

# 183
p(
    "es",
    "thank_you",
    "¡Socorro! gritó Socorro Palacios cuando vio a su nieto caer de la escalera en su casa de "
    "Hialeah el 3 de junio. Hoy Brayan está bien y doña Socorro trajo flan para todo el equipo de "
    "trauma pediátrico. ¡Gracias a usted!",
    [
        ("NAME", "Socorro Palacios"),
        ("NAME", "Socorro", 3),
        ("GEO", "Hialeah"),
        ("DATE", "3 de junio"),
        ("NAME", "Brayan"),
    ],
    note=(
        "Grandmother's name (the first '¡Socorro!' is the word 'help', declared), home city, "
        "injury date, patient's name."
    ),
    ok=("Socorro",),
)

# 184
n(
    "es",
    "staff_spotlight",
    "Conozcan a Abril Fontanills, terapeuta respiratoria de Hialeah, y a Lourdes Paz, trabajadora "
    "social de la Pequeña Haití: este abril corrieron juntas el Maratón de Miami para recaudar "
    "fondos para pacientes sin seguro. 🏃‍♀️",
    "Staff named Abril and Lourdes Paz.",
)

# 185
p(
    "es",
    "discharge",
    "Alta médica 🎉: Nelson Urbina, el motociclista de 34 años atropellado en la avenida 27 el "
    "15/08, vuelve hoy a su casa en Hialeah tras 5 semanas. Su esposa Karla ya le tiene prohibida "
    "la moto. 😅",
    [
        ("NAME", "Nelson Urbina"),
        ("GEO", "avenida 27"),
        ("DATE", "15/08"),
        ("GEO", "Hialeah"),
        ("NAME", "Karla"),
    ],
    note="Name, crash road, crash date, home city, wife's name.",
)

# 186
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas la transmite el 'chipo' o 'pito' en zonas rurales de Venezuela, "
    "Colombia y Centroamérica. Puede dañar el corazón décadas después. Si creció en una casa de "
    "bahareque, pida la prueba. #Chagas",
    "Eponymous condition.",
)

# 187
p(
    "es",
    "pasted_record",
    "RV: Solicitud de publicación\nDe: Odalys Cepero <odalys.cepero1934@yahoo.com>\nPor favor "
    "publiquen mi foto del cumpleaños 90 con la enfermera Mailyn. Mi nieta Yadira me ayudó a "
    "mandar esto desde su computadora (IP 73.148.22.9).",
    [
        ("NAME", "Odalys Cepero"),
        ("EMAIL", "odalys.cepero1934@yahoo.com"),
        ("AGE", "90"),
        ("NAME", "Yadira"),
        ("IP", "73.148.22.9"),
    ],
    note=(
        "Forwarded email: patient's name, email, age 90, granddaughter's name and IP. The nurse "
        "is staff; the photo is only requested, not attached."
    ),
)

# 188
n(
    "es",
    "sponsor",
    "Gracias a Farmacia El Amigo de la Pequeña Habana por donar 1,000 pastilleros semanales con "
    "instrucciones en español para nuestros pacientes mayores. ¡Un detalle que salva vidas! 💊",
    "Sponsor.",
)

# 189
p(
    "es",
    "crisis_update",
    "URGENTE: buscamos a familiares de Wilson Garay, de unos 40 años, nicaragüense, traído a "
    "nuestro campus de Miami tras el derrumbe de la obra en Brickell del 2 de abril. Si lo "
    "conoce, llame al (305) 555-0177. Gracias por compartir.",
    [
        ("NAME", "Wilson Garay"),
        ("GEO", "Brickell"),
        ("DATE", "2 de abril"),
    ],
    note="Name, injury site and date. 40 is under 90; our number.",
)

# 190
n(
    "es",
    "crisis_update",
    "Después del tornado en Hialeah, nuestra sala de emergencias recibió a 14 heridos leves. "
    "Todos están estables. Si busca a un familiar, llame al (305) 555-0111; por privacidad no "
    "daremos nombres en redes sociales.",
    "Anonymous count; the city is that of the tornado, not of an individual.",
)

# 191
p(
    "es",
    "eponymous_condition",
    "Nuestra paciente más alegre de Cardiología, Esperancita Llanes, de 8 años y con síndrome de "
    "Down, se operó del corazón el 21 de marzo, Día Mundial del Síndrome de Down. '¡Ese día es "
    "mío!', dice. 💙💛",
    [
        ("NAME", "Esperancita Llanes"),
        ("DATE", "21 de marzo"),
        ("DATE", "Día Mundial del Síndrome de Down"),
    ],
    note=(
        "Name and surgery date, which fell on an awareness day: both expressions labelled. Down "
        "syndrome is eponymous."
    ),
)

# 192
n(
    "es",
    "recruitment",
    "¿Eres enfermero(a) graduado en Cuba, Venezuela o Colombia? Nuestro programa 'Puente' te "
    "ayuda a revalidar tu título en Florida, con clases de NCLEX en español y un puesto asegurado "
    "al aprobar. biscaynebayhealth.org/puente",
    "Recruitment.",
)

# 193
p(
    "es",
    "patient_story",
    "Chepe (José Ramón Obando) vende vigorón en la Flagler desde hace 20 años. Un camión lo "
    "golpeó allí mismo en octubre. Después de 3 cirugías, sus clientes de Little Havana le "
    "armaron una colecta: gofundme.com/f/chepe-vigoron. ¡Pronto de vuelta, Chepe!",
    [
        ("NAME", "Chepe", "*"),
        ("NAME", "José Ramón Obando"),
        ("GEO", "Flagler"),
        ("DATE", "octubre"),
        ("GEO", "Little Havana"),
        ("URL", "gofundme.com/f/chepe-vigoron"),
    ],
    note=(
        "Nickname and name, the street where he works and was hit, month of injury, his "
        "neighbourhood, fundraiser URL."
    ),
)

# 194
n(
    "es",
    "health_tip",
    "¿Sabía que el café cubano bien cargado puede subir la presión en personas sensibles? No hay "
    "que dejarlo: un cafecito al día está bien para la mayoría. Si toma pastillas para la "
    "presión, hable con su médico.",
    "Tip.",
)

# 195
p(
    "es",
    "memorial",
    "Con tristeza despedimos a Oriana Bracho, de 19 años, que luchó 14 meses contra el sarcoma en "
    "nuestra unidad de oncología. Sus amigas crearon #OrianaPorSiempre para recordar su risa. "
    "Acompañamos a sus padres, Nelson y Yajaira.",
    [
        ("NAME", "Oriana Bracho"),
        ("NAME", "#OrianaPorSiempre"),
        ("NAME", "Nelson"),
        ("NAME", "Yajaira"),
    ],
    note="Name, name hashtag, parents' names. 19 is under 90.",
)

# 196
n(
    "es",
    "memorial",
    "Hoy, en el aniversario del huracán Andrew, recordamos a las víctimas de 1992 y a los "
    "trabajadores de salud que no se fueron a casa. Nuestro campus de Hialeah fue refugio de "
    "cientos de familias. Nunca olvidamos. 🕯️",
    "Hurricane anniversary; no patient.",
)

# 197
p(
    "es",
    "milestone_birthday",
    "¡Feliz 105.º cumpleaños, abuela Nieves! 🎂 Doña Nieves Pardo, paciente de nuestra clínica de "
    "geriatría, nació en Guantánamo un 2 de febrero, Día de la Candelaria, y dice que su secreto "
    "es no haber probado nunca la nieve.",
    [
        ("AGE", "105.º"),
        ("NAME", "Nieves Pardo"),
        ("NAME", "Nieves", "*"),
        ("GEO", "Guantánamo"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="Ordinal age, name (without 'abuela'/'Doña'), birthplace, birth date named twice.",
)

# 198
n(
    "es",
    "campaign_hashtag",
    "Con #MiAbuelaMiHéroe celebramos a las abuelas que crían nietos en Miami. Cuéntanos la "
    "historia de la tuya en los comentarios (sin datos médicos, por favor) y participa por una "
    "canasta de productos cubanos. 🧺",
    "Campaign hashtag.",
)

# 199
p(
    "es",
    "hospital_contact",
    "Para el equipo de redes: la familia de don Pancho Ibarra (Francisco Ibarra Solís) pide que "
    "no publiquemos la foto. Mandaron la carta por fax desde la oficina de su hijo Álvaro, (954) "
    "555-0114, al de Expedientes (305) 555-0166.",
    [
        ("NAME", "Pancho Ibarra"),
        ("NAME", "Francisco Ibarra Solís"),
        ("NAME", "Álvaro"),
        ("FAX", "(954) 555-0114"),
    ],
    note=(
        "Patient's nickname and name, son's name and fax; our records fax is not labelled. No "
        "photo is attached."
    ),
)

# 200
n(
    "es",
    "hospital_contact",
    "Recordatorio: para preguntar por un paciente hospitalizado llame al (305) 555-0100 y tenga a "
    "mano su nombre completo. Por privacidad, no compartimos información por Facebook, Instagram "
    "ni X. Gracias por entender. 🙏",
    "Our number only.",
)

# 201
p(
    "es",
    "birth_announcement",
    "¡Último bebé del año! Jeanne-Ruth Pierre-Louis nació el 31 de diciembre a las 11:58 p. m. en "
    "nuestro campus de Miami. Su papá Fritzner, taxista de North Miami, llegó justo a tiempo tras "
    "dejar a su último pasajero. 🎆",
    [
        ("NAME", "Jeanne-Ruth Pierre-Louis"),
        ("DATE", "31 de diciembre"),
        ("NAME", "Fritzner"),
        ("GEO", "North Miami"),
    ],
    note="Baby's name and birth date, father's name and city.",
)

# 202
n(
    "es",
    "birth_announcement",
    "Anoche nació un bebé en el estacionamiento de nuestro campus de Hialeah, ¡en el asiento de "
    "atrás de un Toyota! Mamá y bebé están perfectos y el papá todavía está temblando. Gracias a "
    "nuestros guardias y enfermeras. 🚗👶",
    "Anonymous birth, relative time, our parking lot.",
)

# 203
n(
    "es",
    "birth_announcement",
    "Nuestro campus de Hialeah fue reconocido como 'Hospital Amigo del Bebé' por tercer año. En "
    "2024 nacieron aquí 3.412 bebés y el 78 % recibió lactancia materna exclusiva al alta. "
    "¡Gracias, mamás! 🤱",
    "Aggregate birth numbers.",
)

# 204
p(
    "es",
    "discharge",
    "Doña Candelaria 'Candy' Moya, de noventa y un años, pasó el huracán Ian en la cama 18 de "
    "nuestra unidad de medicina. Hoy, por fin, vuelve a su casa en Westchester, donde su vecino "
    "le reparó el techo. ¡Hasta pronto, Candy!",
    [
        ("NAME", "Candelaria 'Candy' Moya"),
        ("NAME", "Candy", "*"),
        ("AGE", "noventa y un"),
        ("OTHER_ID", "cama 18"),
        ("GEO", "Westchester"),
    ],
    note="Name with nickname, age in words, bed with keyword, home area.",
)

# 205
n(
    "es",
    "thank_you",
    "Gracias a la comunidad de Little Haiti por las 400 comidas calientes que trajeron a nuestros "
    "equipos durante el apagón. Diri, pwa, poul... ¡y mucho amor! Mèsi anpil, vwazen. 🍛",
    "Thanks to a community; no patient.",
)

# 206
p(
    "es",
    "thank_you",
    "Nos escribe Luz Amparo Giraldo (luzamparo.giraldo@hotmail.com) desde Pereira: 'Gracias por "
    "cuidar a mi hijo Andrés cuando se accidentó en Miami Beach en Semana Santa.' Andrés ya está "
    "de vuelta en Colombia. 🇨🇴",
    [
        ("NAME", "Luz Amparo Giraldo"),
        ("EMAIL", "luzamparo.giraldo@hotmail.com"),
        ("GEO", "Pereira"),
        ("NAME", "Andrés", "*"),
        ("GEO", "Miami Beach"),
        ("DATE", "Semana Santa"),
    ],
    note=(
        "Mother's name, email and city; patient's name, accident site, accident during Holy Week "
        "(holiday period treated like a month, decision). Colombia is a country."
    ),
)

# 207
n(
    "es",
    "statistic",
    "En Miami-Dade, 1 de cada 4 personas mayores de 65 vive sola. Después de un huracán, llame o "
    "visite a sus vecinos mayores. En 2024 el 30 % de nuestros pacientes con golpe de calor "
    "vivían solos.",
    "Statistic.",
)

# 208
p(
    "es",
    "pasted_record",
    "Datos de registro (NO publicar): Rafaela Barrios Llano – Carné de identidad cubano "
    "38021547892 – Pasaporte K294817 – llegó el 18/11 por Miami Intl. – Tel. de la sobrina "
    "Yordanka: +1 786 555 0139.",
    [
        ("NAME", "Rafaela Barrios Llano"),
        ("OTHER_ID", "38021547892"),
        ("OTHER_ID", "K294817"),
        ("DATE", "18/11"),
        ("NAME", "Yordanka"),
        ("PHONE", "+1 786 555 0139"),
    ],
    note=(
        "Name, Cuban ID and passport numbers (OTHER_ID, decision), arrival date, niece's name and "
        "phone. The airport is not GEO."
    ),
)

# 209
n(
    "es",
    "research",
    "Nuestro equipo de trauma publicó el primer estudio sobre lesiones por hélices de lancha en "
    "Biscayne Bay: 212 casos en 10 años, la mayoría en fines de semana y con alcohol de por "
    "medio. Lea el resumen en español en bbhs.org/estudios",
    "Aggregate research.",
)

# 210
p(
    "es",
    "research",
    "Gracias, doña Yolanda Quesada (94): fue la participante de mayor edad en nuestro estudio de "
    "marcapasos sin cables. Su dispositivo, número de serie MCX-77120-B, cumple hoy un año "
    "funcionando perfecto. 💓",
    [
        ("NAME", "Yolanda Quesada"),
        ("AGE", "94"),
        ("DEVICE", "MCX-77120-B"),
    ],
    note="Participant's name, age 94, device serial.",
)

# 211
n(
    "es",
    "research",
    "¿La música de su juventud ayuda con la demencia? Nuestro estudio con boleros, son y konpa en "
    "pacientes con Alzheimer muestra menos agitación por las tardes. Gracias a las familias de "
    "Hialeah y la Pequeña Haití que participaron.",
    "Aggregate research; eponymous condition.",
)

# 212
p(
    "es",
    "campaign_hashtag",
    "#OremosPorMaité 🙏 Nos piden compartir: Maité Cordovés, de 16 años, sigue en nuestra UCI "
    "pediátrica tras el accidente de jet ski del sábado en Haulover. Sus compañeros de la escuela "
    "de Miami Springs llevan lazos morados por ella. #BiscayneStrong",
    [
        ("NAME", "#OremosPorMaité"),
        ("NAME", "Maité Cordovés"),
        ("GEO", "Haulover"),
        ("GEO", "Miami Springs"),
    ],
    note=(
        "Name hashtag, name, accident site, her school's city. 'sábado' is a weekday; "
        "#BiscayneStrong a campaign."
    ),
)

# 213
n(
    "es",
    "campaign_hashtag",
    "#NoEsUnChiste: ahogarse es silencioso y rápido. Este verano nombra a un 'vigilante del agua' "
    "en cada fiesta con piscina: un adulto sin celular ni cerveza mirando a los niños. Comparte "
    "con tu familia.",
    "Campaign.",
)

# 214
p(
    "es",
    "patient_story",
    "La Mona (así le dicen a Luisa Fernanda Arango en su barrio de Kendall) llegó en ambulancia "
    "el 24 de diciembre con apendicitis. Pasó la Nochebuena en cirugía y la Navidad comiendo "
    "gelatina. 'Next year, buñuelos en casa,' promete.",
    [
        ("NAME", "Mona"),
        ("NAME", "Luisa Fernanda Arango"),
        ("GEO", "Kendall"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("DATE", "Navidad"),
    ],
    note=(
        "Nickname without article (decision), name, neighbourhood, admission date named twice, "
        "and Christmas Day spent in hospital."
    ),
)

# 215
n(
    "es",
    "staff_spotlight",
    "Nuestro camillero Reinaldo 'Rey' Bencomo llegó en balsa en 1994 y hoy, 30 años después, "
    "celebra su jubilación. Conoce cada pasillo del campus de Miami y el nombre de cada abuelo "
    "que ha llevado. ¡Gracias, Rey! 🎉",
    "Staff.",
)

# 216
p(
    "es",
    "pasted_record",
    "PIZARRA 6 NORTE – turno noche: Cama 1: Montoya, Hernán 78 – Cama 2: VACÍA – Cama 3: Saintil, "
    "Yolette 99 – Cama 4: Ibáñez, Caridad 'Cachita' 90 – aislamiento. Familia de cama 3 llamar a "
    "hija Roseline.",
    [
        ("OTHER_ID", "Cama 1"),
        ("NAME", "Montoya, Hernán"),
        ("OTHER_ID", "Cama 3"),
        ("NAME", "Saintil, Yolette"),
        ("AGE", "99"),
        ("OTHER_ID", "Cama 4"),
        ("NAME", "Ibáñez, Caridad 'Cachita'"),
        ("AGE", "90"),
        ("OTHER_ID", "cama 3"),
        ("NAME", "Roseline"),
    ],
    note=(
        "Bed board: beds tied to patients, chart names, ages 99 and 90 (78 is not), daughter's "
        "name. The empty bed is tied to no one."
    ),
)

# 217
n(
    "es",
    "event",
    "Vigilia por la salud de Haití: este jueves a las 7 p. m. en la Notre Dame d'Haiti de la "
    "Pequeña Haití, con nuestros capellanes y el coro Lespwa. Oraremos por los enfermos y por "
    "quienes los cuidan. 🕯️",
    "Event venue.",
)

# 218
p(
    "es",
    "discharge",
    "Dulce se fue a casa, y qué dulce es decirlo. 🍬 Dulce Carolina Méndez, la bebé prematura de "
    "26 semanas que nació en nuestro campus de Miami el 9 de mayo, salió hoy de la UCI neonatal "
    "con 2 kilos y medio. Su papá Wuilliam llora más que ella.",
    [
        ("NAME", "Dulce Carolina Méndez"),
        ("NAME", "Dulce", "*"),
        ("DATE", "9 de mayo"),
        ("NAME", "Wuilliam"),
    ],
    note="Name (lower-case 'dulce' is the word), birth date, father's name.",
)

# 219
n(
    "es",
    "thank_you",
    "A los pescadores de Key Biscayne que remolcaron una lancha volcada y llevaron a tres "
    "personas al muelle el domingo: gracias. Nuestro equipo de trauma dice que esos minutos "
    "hicieron la diferencia. Todos se recuperan. 🚤",
    "Thanks to rescuers; the place describes the fishermen; patients anonymous.",
)

# 220
p(
    "es",
    "memorial",
    "Falleció el Día de los Fieles Difuntos, 2 de noviembre, don Anastasio 'Tacho' Blandón, de 97 "
    "años, fundador del Club Nica de Sweetwater y paciente de nuestra clínica de corazón. Su hija "
    "Xiomara agradece a las enfermeras.",
    [
        ("DATE", "Día de los Fieles Difuntos"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Anastasio 'Tacho' Blandón"),
        ("AGE", "97"),
        ("GEO", "Sweetwater"),
        ("NAME", "Xiomara"),
    ],
    note="Date of death named twice, name, age 97, his city, daughter's name.",
)

# 221
n(
    "es",
    "pasted_record",
    "PLANTILLA de alta para redes (rellenar SOLO con autorización firmada): '¡[NOMBRE] se va a "
    "casa! Después de [X] días en [UNIDAD], hoy vuelve con su familia.' Autorización HIPAA: "
    "formulario 14-B en la intranet.",
    "Blank template; form number is a document, not a patient.",
)

# 222
n(
    "es",
    "pasted_record",
    "Pizarra de la UCI pediátrica, 7 a. m.: 12 camas ocupadas, 2 altas previstas, 1 ingreso desde "
    "emergencias. Personal: 6 enfermeras, 1 terapeuta respiratoria. Nota: revisar generador antes "
    "del mediodía.",
    "Counts only; no bed is tied to a patient.",
)

# 223
n(
    "es",
    "pasted_record",
    "Resumen para prensa (aprobado por Legal): 'Un hombre de 50 y tantos años y dos adolescentes "
    "fueron trasladados a nuestro centro de trauma tras el choque de dos lanchas. Su estado es "
    "estable.' No agregar nombres ni lugar.",
    "De-identified press summary; ages under 90.",
)

# 224
p(
    "es",
    "pasted_record",
    "Teams msg de Seguridad: 'La lancha del paciente Osmel Darias (FL 8823 KM) quedó en la marina "
    "de Pelican Harbor, alguien tiene que avisarle a su hermano Yunier, cel 305-555-0195.' No "
    "compartir fuera del equipo.",
    [
        ("NAME", "Osmel Darias"),
        ("VEHICLE", "FL 8823 KM"),
        ("GEO", "Pelican Harbor"),
        ("NAME", "Yunier"),
        ("PHONE", "305-555-0195"),
    ],
    note=(
        "Spanglish, counted as Spanish: name, boat registration (VEHICLE, decision), marina where "
        "his boat is, brother's name and cell."
    ),
)

# 225
n(
    "es",
    "health_tip",
    "Vacunas antes de viajar a Haití, Cuba o Colombia: fiebre tifoidea, hepatitis A y, según la "
    "zona, fiebre amarilla. Vaya a nuestra clínica del viajero al menos 4 semanas antes. Konsèy: "
    "pote dlo pwòp!",
    "Tip.",
)

# 226
p(
    "es",
    "public_figure",
    "Con su permiso: el pelotero venezolano Yorman Briceño, 'El Tren de Maracaibo', fue operado "
    "hoy del ligamento cruzado en nuestro campus de Miami. Su esposa Karelys y sus hijos le "
    "mandan besos. ¡Vuelve pronto, Tren! ⚾",
    [
        ("NAME", "Yorman Briceño"),
        ("NAME", "Tren de Maracaibo"),
        ("NAME", "Tren", "*"),
        ("NAME", "Karelys"),
    ],
    note=(
        "A public figure who is our patient (decision): name, quoted nickname without 'El' (the "
        "city inside it is part of the nickname, not a separate GEO), wife's name."
    ),
)

# 227
n(
    "es",
    "public_figure",
    "La cantante Gloria Mirabal, nacida en Little Havana, grabó un mensaje para nuestros "
    "pacientes de oncología: 'Ustedes son más fuertes que cualquier tormenta.' ¡Gracias por su "
    "cariño, Gloria! 🎤",
    "Public figure, not a patient.",
)

# 228
n(
    "es",
    "public_figure",
    "Honramos al Dr. Carlos J. Finlay, el médico cubano que descubrió que el mosquito transmite "
    "la fiebre amarilla. Su legado sigue vivo en nuestra lucha contra el dengue en Miami. 🦟",
    "Historical figure.",
)

# 229
n(
    "es",
    "eponymous_condition",
    "¿Ojos saltones, palpitaciones y pérdida de peso? Puede ser enfermedad de Graves. La de "
    "Hashimoto, en cambio, da cansancio y aumento de peso. Ambas se tratan. Consulte a nuestros "
    "endocrinólogos en Hialeah.",
    "Eponymous conditions.",
)

# 230
p(
    "es",
    "eponymous_condition",
    "Con permiso de la familia: la enfermedad de Huntington se llevó al papá de Yanitza Ferrer, y "
    "ella decidió hacerse la prueba genética aquí en abril. Yanitza nos pidió contar su historia "
    "para que otras familias cubanas hablen del tema sin vergüenza.",
    [
        ("NAME", "Yanitza Ferrer"),
        ("NAME", "Yanitza", "*"),
        ("DATE", "abril"),
    ],
    note="Patient's name and month of her test. Huntington is eponymous; her father is unnamed.",
)

# 231
n(
    "es",
    "sponsor",
    "El nuevo muelle de rescate de nuestra estación de trauma en Key Biscayne fue posible gracias "
    "a la Fundación Hermanos Pedraza y al Club de Pesca de Miami. ¡Gracias por cuidar a los que "
    "navegan! ⚓",
    "Sponsors; our facility.",
)

# 232
p(
    "es",
    "statistic",
    "Nuestros centenarios: este año atendimos a 61 pacientes de 100 años o más en los tres "
    "campus. La mayor tiene 108 años y vive en Little Havana. ¡Gracias por dejarnos cuidarlos! "
    "#EnvejecerBien",
    [
        ("AGE", "108"),
        ("GEO", "Little Havana"),
    ],
    note=(
        "The group counts are not labelled, but one individual patient's age 108 and her "
        "neighbourhood are (decision)."
    ),
)

# 233
n(
    "es",
    "crisis_update",
    "Calor extremo: el Servicio Meteorológico emitió aviso para Miami-Dade hasta el domingo. "
    "Nuestras salas de emergencia están preparadas. Los centros de enfriamiento del condado abren "
    "de 10 a 7. Índice de calor: 112 °F.",
    "Weather update.",
)

# 234
n(
    "es",
    "recruitment",
    "¡Feria de empleo en Hialeah! Sábado 8 de febrero, 9 a. m. a 1 p. m., campus de Hialeah (4300 "
    "West 16th Avenue). Entrevistas en el acto para enfermería, cocina, limpieza y transporte. "
    "Traiga su currículum.",
    "Job fair at our campus.",
)

# 235
p(
    "es",
    "patient_story",
    "Abuelo Rafael cumplió 101 años en abril y el 22 de julio se cayó en la bañera de su casa en "
    "El Portal. Dice que 'ciento uno no es nada'. Tras su prótesis de cadera ya camina con "
    "andadera y exige arepas de desayuno.",
    [
        ("NAME", "Rafael"),
        ("AGE", "101"),
        ("DATE", "abril"),
        ("DATE", "22 de julio"),
        ("GEO", "El Portal"),
        ("AGE", "ciento uno"),
    ],
    note=(
        "Name without 'Abuelo', age in digits and words, birthday month, date of the fall, home "
        "village (capitalised article part of the name, decision)."
    ),
)

# 236
n(
    "es",
    "anonymous_story",
    "Una pareja de abuelos cubanos, casados hace 65 años, compartió la misma habitación de "
    "rehabilitación este mes gracias a nuestro equipo. Ella con la cadera nueva, él con el "
    "marcapasos. Dicen que fue su segunda luna de miel. 💕",
    "Anonymous couple; years married, no room number.",
)

# 237
p(
    "es",
    "thank_you",
    "Guerline Dorvilus vino desde Port-de-Paix solo para dar las gracias en persona: su hijo "
    "Jovanny pasó 3 meses con nosotros tras quemarse en Little Haiti. Quiere que sus enfermeras "
    "la llamen al +509 3712 4488 cuando vayan a Haití. 💙",
    [
        ("NAME", "Guerline Dorvilus"),
        ("GEO", "Port-de-Paix"),
        ("NAME", "Jovanny"),
        ("GEO", "Little Haiti"),
        ("PHONE", "+509 3712 4488"),
    ],
    note="Mother's name, city and Haitian phone; patient's name and where he was burned.",
)

# 238
n(
    "es",
    "staff_spotlight",
    "Nuestra trabajadora social Mercedes Lafortune ayudó este año a 300 familias haitianas y "
    "venezolanas a solicitar Medicaid y TPS. 'La fortuna de esta comunidad es su gente', dice. "
    "¡Gracias, Mercedes! 💼",
    "Staff.",
)

# 239
n(
    "es",
    "campaign_hashtag",
    "#VacúnateAbuelo: la vacuna contra el neumococo y la del herpes zóster son gratis para "
    "mayores de 65 con Medicare. Pase por cualquiera de nuestras farmacias sin cita. "
    "#BiscayneStrong",
    "Campaign; population age.",
)

# 240
p(
    "es",
    "milestone_birthday",
    "En la foto: Celestina 'Tina' Acosta soplando las velas de sus noventa y nueve 🎂 con su "
    "bisnieta Yarelis, que vino desde Hialeah Gardens. Tina nació el 4 de octubre, día de San "
    "Francisco, en Sancti Spíritus. ¡Por los cien!",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Celestina 'Tina' Acosta"),
        ("NAME", "Tina", "*"),
        ("AGE", "noventa y nueve"),
        ("NAME", "Yarelis"),
        ("GEO", "Hialeah Gardens"),
        ("DATE", "4 de octubre"),
        ("DATE", "día de San Francisco"),
        ("GEO", "Sancti Spíritus"),
        ("AGE", "cien"),
    ],
    note=(
        "Photo cue, name, age in words, great-granddaughter's name and city, birth date named "
        "twice, birthplace, her next age (decision)."
    ),
)

if __name__ == "__main__":
    S.main("phi_dev39_source")
