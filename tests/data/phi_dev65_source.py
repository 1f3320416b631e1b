"""Blind development set d65 for the PHI scanner: tests/data/phi_dev65.jsonl.

Organisation: Yakima Valley Regional Health (phi_dev65_org.json), Yakima main campus
(2100 Tieton Drive), Toppenish Community Campus and Birth Center (502 W 4th Ave) and the
Fruitvale Clinic; nine 509-555-01xx lines, yvrhealth.org / yvrhfoundation.org and four
@YVRH handles. None of these is ever labelled.
Focus: Yakama Nation families, Mexican and Guatemalan orchard, hop and packing-house
workers; ladder falls, heat stroke, wildfire smoke, rodeo and horse injuries; reservation
towns, ranches and home towns abroad; tribal names, Maya names and nicknames.
Hard cases: names that are words or places (Hope, River, Sage, Chance, Crystal, Luna,
Milagros, Paz, Reyes, Selah, Cheyenne, Austin), nicknames and names only in hashtags,
lower-case / ALL-CAPS / chart-style names, initials, double and hyphenated surnames,
relatives and household members in passing, employers, staff / volunteers / public
figures who are patients (and the same volunteer as a hard negative), holiday and
day-of-month dates, Roman-numeral and ISO dates, ages over 89 as words, ordinals and
tokens (94yo, 90F, 92y/o, #101AndFabulous), family phones next to the hospital's (same
last seven digits, other area code), MRN / claim / enrollment / wristband numbers, and
as many negatives: staff, donors, eponyms, awareness days, event dates, statistics
(90°, 94%, 100 °F), campaign hashtags that look like names (#HopeHarvest,
#MilagrosDelValle, #AskAnna), mass-casualty updates and anonymous stories.
Language mix: 240 posts, 130 English and 110 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship words used as titles (Grandma, Auntie, Uncle, Tío, Tata, Baby, Coach) are
  outside the NAME span, like Mr. / doña.
- Tribal affiliation (Yakama, Yakama Nation, the Mixtec community) is not GEO; named
  communities (White Swan, Harrah, Satus, Medicine Valley, Brownstown) and named regions
  smaller than a state where the patient lives (Lower Valley, West Valley) are GEO.
- First-level divisions abroad (Mexican states, Guatemalan departments: Michoacán,
  Jalisco, Oaxaca, Huehuetenango after a municipality) count as states: not GEO; their
  cities, municipalities and colonias are GEO.
- GEO covers where the patient lives, was born, works (the employer's town) or was
  hurt; a town inside an event or institution name (Ellensburg Rodeo, Toppenish Pow Wow &
  Rodeo, Satus Longhouse) is GEO (town only) when it ties the patient to it. A town
  named only as the hospital's campus is not GEO.
- The location of a public incident with many unnamed patients (bus crash, ammonia
  leak) is news about the event, not labelled; such posts are not patient-specific.
- Employers are NAME, including orchards, ranches and packing houses named as the
  employer, even when they share the patient's surname.
- A day of the month alone is labelled as the number / ordinal only: "9th", "27th",
  "twelfth", "3" in "el día 3".
- Person-tied dates also include funeral dates, an anniversary that names the day of
  death ("Hoy, 9 de enero" a year later) and the date of a relative's own event (a
  daughter's quinceañera). A holiday everyone shares (Mother's Day in the NICU, the
  Día de Muertos altar) is not the patient's date; the same holiday as a patient's
  birthday is (Grito, día de San Juan, Treaty Day, Juneteenth).
- Age tokens keep attached suffixes (94yo, 90F, 92y/o); "94 YO" gives "94". A hashtag
  stating only the age (#101AndFabulous) is AGE; one with the name (#Perpetua103) is
  NAME. A decade ("a patient in her 90s") is not an age token; "nonagenarian",
  "centenarian", "centenaria" are AGE as the rules say. An unnamed patient's age over 89
  makes the post patient-specific.
- Staff, volunteers and public figures who are patients are labelled as patients.
- A roommate is a household member (NAME).
- A tribal enrollment number and a workers' comp claim number are OTHER_ID (value only);
  a NICU isolette ("incubadora 7") and a regular dialysis chair ("silla 4") are like
  beds (keyword included, "Cama: 3" with its colon); an empty bed is not labelled.
- Photos of forms, whiteboards and X-rays are not PHOTO.
- A statistic that singles out one baby's holiday birth ("1 ... at midnight on New
  Year's") is patient-specific; holiday counts are not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev65.jsonl"), os.path.join(HERE, "phi_dev65_org.json"), "d65")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'When Rigoberto "Rigo" Pascual-Tzoc fell 14 feet from a picking ladder in a Cowiche orchard on Sept. 4, our trauma team had him in the OR within the hour. Six weeks later he walked out on his own, and his daughter Yesenia made the whole 3 West crew tamales. Gracias, Rigo! #OrchardSafety',
    [
        ("NAME", 'Rigoberto "Rigo" Pascual-Tzoc'),
        ("NAME", "Rigo", 2),
        ("GEO", "Cowiche"),
        ("DATE", "Sept. 4"),
        ("NAME", "Yesenia"),
    ],
    note="patient's full name with quoted nickname as one span, nickname again, injury place (Cowiche) is GEO, fall date, daughter's name; 3 West is a unit; #OrchardSafety is a campaign",
)

# 2
n(
    "es",
    "health_tip",
    "🌡️ Temporada de lúpulo = calor extremo. Si trabajas en el campo: agua cada 15 minutos, sombra y descansos. Mareo, confusión o dejar de sudar son señales de golpe de calor: llama al 911. ¿Dudas? Nuestra línea en español: 509-555-0156. #CosechaSegura",
    "heat tip; 911 and the hospital's Spanish line are not PHI; campaign hashtag",
)

# 3
p(
    "en",
    "memorial",
    'We were honored to care for Grandma Lavina Wahsise-Yallup, a Yakama elder, beadworker and Ichishkíin teacher from White Swan, in her final days. She passed peacefully at 96 on the morning of Feb. 11, surrounded by her great-grandchildren. Her family asked us to share: "She taught half the valley to bead." Lavina spent her last morning listening to her grandson sing the songs she had taught him, with the window open to the smell of sagebrush. Instead of flowers, the family asks that you sign up for a beading class or learn ten words of Ichishkíin this year. Our deepest condolences. 🪶',
    [
        ("NAME", "Lavina Wahsise-Yallup"),
        ("GEO", "White Swan"),
        ("AGE", "96"),
        ("DATE", "Feb. 11"),
        ("NAME", "Lavina", 2),
    ],
    note="kinship title Grandma is not in the span; home town, age over 89 and date of death; Yakama (tribal affiliation) and 'the valley' are not GEO",
)

# 4
n(
    "es",
    "staff_spotlight",
    '✨ Conozcan a la enfermera Esperanza Ríos, de nuestra UCI en Yakima. Lleva 22 años cuidando a familias del valle y este 3 de mayo recibió el premio DAISY. Su consejo para las nuevas enfermeras: "Escucha a la familia, ellos conocen al paciente". ¡Felicidades, Esperanza! #OrgulloYVRH',
    "staff nurse's name (also an ordinary word) and her award date are not patient identifiers",
)

# 5
p(
    "en",
    "pasted_record",
    "ED Bay 6 — KAHCLAMAT, DARRELL W  MRN 00-731-552  DOB 11/02/1958  CC: thrown from bronc @ Toppenish rodeo, L clavicle fx  //  sorry wrong window, pls delete",
    [
        ("OTHER_ID", "Bay 6"),
        ("NAME", "KAHCLAMAT, DARRELL W"),
        ("MRN", "00-731-552"),
        ("DATE", "11/02/1958"),
        ("GEO", "Toppenish"),
    ],
    note="pasted chart line: ED bay with keyword, chart-style name, MRN, DOB with year, injury town (rodeo in Toppenish) is GEO",
)

# 6
n(
    "en",
    "event",
    "Join us Saturday, Oct. 12, 9am–1pm at our Toppenish campus (502 W 4th Ave) for free flu shots, blood-pressure checks and fry bread from the Harrah Youth Council. Questions? 509-555-0112. #ValleyHealthy",
    "event date, the hospital's own address and phone; Harrah Youth Council is a community group, not a patient",
)

# 7
p(
    "es",
    "birth_announcement",
    '🌼 ¡Bienvenida, Xóchitl Itzel! Nació el 2 de noviembre, Día de Muertos, en nuestro Centro de Nacimiento de Toppenish: 3.2 kg de puro amor. Sus papás, Marisol y Efraín Tapia, dicen que su bisabuela Cruz "la mandó de regalo". 💛',
    [
        ("NAME", "Xóchitl Itzel"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Marisol"),
        ("NAME", "Efraín Tapia"),
        ("NAME", "Cruz"),
    ],
    note="baby's names; birth date written twice (date and holiday); parents and great-grandmother; Toppenish here is the hospital's birth center, not the family's home",
)

# 8
n(
    "en",
    "health_tip",
    "Summer smoke season is here. When the AQI tops 150, keep kids, elders and anyone with asthma indoors, run a HEPA filter, and skip the evening ride. N95s are free at both our Yakima and Toppenish lobbies while supplies last. #SmokeReady",
    "smoke tip; 'Summer' is the season; hospital lobbies",
)

# 9
p(
    "es",
    "discharge",
    "¡Se fue a casa! 🎉 Después de 9 días en cuidados intensivos por golpe de calor en los campos de lúpulo de Moxee, nuestro paciente salió caminando hoy con su esposa y sus tres hijos. #FuerzaChuy #CosechaSegura",
    [("GEO", "Moxee"), ("NAME", "#FuerzaChuy")],
    note="patient named only in a hashtag; injury place (Moxee hop fields) is GEO; #CosechaSegura is a campaign",
)

# 10
n(
    "en",
    "campaign_hashtag",
    "This #HopeHarvest season, 100% of gifts to the YVRH Foundation fund ladder-safety training and cooling stations for orchard crews. Give at yvrhfoundation.org or call 509-555-0145. 🍎 #HopeHarvest #ValleyStrong",
    "campaign hashtags that look like names; the foundation's domain and phone",
)

# 11
p(
    "es",
    "pasted_record",
    "Hola, soy la hija de la paciente Amparo Villaseñor Cruz, cama 14 en 4 Norte. Su número de expediente es YV2290417. Pueden llamarme al 509-555-0193 o a amparito.vc77@gmail.com para lo del alta. Gracias.",
    [
        ("NAME", "Amparo Villaseñor Cruz"),
        ("OTHER_ID", "cama 14"),
        ("MRN", "YV2290417"),
        ("PHONE", "509-555-0193"),
        ("EMAIL", "amparito.vc77@gmail.com"),
    ],
    note="portal message posted by mistake: name, bed with keyword (4 Norte is a unit), record number, daughter's phone (not a hospital line) and e-mail",
)

# 12
n(
    "en",
    "statistic",
    "By the numbers, 2024 harvest season: 212 ladder falls treated, 64 heat-illness visits, 9 patients over 90 admitted for smoke-related breathing trouble, and 0 preventable heat deaths among crews who used our cooling stations. Thank you, growers. 🍏",
    "aggregate statistics; 'patients over 90' is a population, not one patient",
)

# 13
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO ROSE ANNE McCLURE!!! 🎂 Rose Anne was born on a Naches homestead and still beats our nurses at cribbage. The 2 South team threw her a party in room 218 today. #101AndFabulous",
    [
        ("AGE", "101ST"),
        ("NAME", "ROSE ANNE McCLURE"),
        ("NAME", "Rose Anne"),
        ("GEO", "Naches"),
        ("OTHER_ID", "room 218"),
        ("AGE", "#101AndFabulous"),
    ],
    note="ALL-CAPS name and ordinal age; birthplace Naches; room with keyword; a hashtag stating her age over 89 is AGE (whole token)",
)

# 14
n(
    "es",
    "crisis_update",
    "⚠️ AVISO: Por el incendio cerca de Naches, el humo en Yakima llegó a niveles peligrosos (AQI 287). Urgencias sigue abierta las 24 horas en 2100 Tieton Drive. Si tienes asma o EPOC y te falta el aire, no esperes. Información: yvrhealth.org/humo",
    "crisis update; towns are not tied to any patient; hospital address and domain",
)

# 15
p(
    "en",
    "patient_story",
    "Plot twist: one of our own ED nurses, Shawna Lewis-Tillequots, spent the Fourth of July on the other side of the stretcher after a horse kicked her at her family's place outside Harrah. She's back on shift today and says the patient experience was \"10/10, would not recommend.\" Welcome back, Shawna! 🐴",
    [
        ("NAME", "Shawna Lewis-Tillequots"),
        ("NAME", "Shawna", 2),
        ("DATE", "Fourth of July"),
        ("GEO", "Harrah"),
    ],
    note="a staff member who was a patient is labelled as a patient; holiday is her injury date; home near Harrah; '10/10' is a rating, not a date",
)

# 16
n(
    "es",
    "sponsor",
    "Gracias a la familia de Dolores y Jesús Mendoza, dueños de Mendoza Orchards, por donar 300 sombreros y 2,000 botellas de agua para las cuadrillas de la cosecha de manzana. ¡Así se cuida a la comunidad! #CosechaSegura",
    "donors and their company are not patients",
)

# 17
n(
    "en",
    "anonymous_story",
    "Last night a dad ran into our Toppenish ER carrying his daughter after a rattlesnake bite at their orchard camp. She's doing great this morning thanks to antivenom and a very fast team. Reminder: boots, long pants, and NEVER reach where you can't see. 🐍",
    "anonymous story: no name, date, place or id of the patient; 'last night' is relative",
)

# 18
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Mateo Pérez Ixcoy, de 34 años, originario de San Juan Ixcoy, Huehuetenango, quien falleció el 19 de agosto tras caer de una escalera en una huerta de Tieton. Sus compañeros de la empacadora Cascade Crest Fruit organizan una colecta para repatriarlo. Contacto de la familia: (509) 555-0142.",
    [
        ("NAME", "Mateo Pérez Ixcoy"),
        ("GEO", "San Juan Ixcoy"),
        ("DATE", "19 de agosto"),
        ("GEO", "Tieton"),
        ("NAME", "Cascade Crest Fruit"),
        ("PHONE", "(509) 555-0142"),
    ],
    note="name (don excluded); home municipality in Guatemala is GEO, the department Huehuetenango is a first-level division like a state; date of death; fall place; employer is NAME; family phone; age 34 not labelled",
)

# 19
n(
    "en",
    "recruitment",
    "We're hiring bilingual (English/Spanish or English/Ichishkíin) patient navigators in Toppenish and Yakima! $24–$31/hr, full benefits, tuition help. Apply at yvrhealth.org/careers or text JOBS to 509-555-0167. #WorkAtYVRH",
    "recruitment; hospital domain and careers line",
)

# 20
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestro campus de Toppenish 🚗👶 ¡Mamá y bebé están perfectos! Gracias a los guardias de seguridad y al equipo de partos por su rapidez.",
    "anonymous birth; 'anoche' is relative and the parking lot is the hospital's",
)

# 21
p(
    "en",
    "pasted_record",
    "hi this is for the billing dept not sure if this is the right place. my son Tyrell Sampson-George acct 4410-22981, ProviderOne 107755312WA, seen in ER on 3/17 for a broken wrist from bull riding practice. we live at 1806 S 3rd St Apt 4 Yakima 98903. call me 509-555-0171",
    [
        ("NAME", "Tyrell Sampson-George"),
        ("ACCOUNT", "4410-22981"),
        ("HEALTH_PLAN", "107755312WA"),
        ("DATE", "3/17"),
        ("GEO", "1806 S 3rd St Apt 4"),
        ("GEO", "Yakima"),
        ("GEO", "98903"),
        ("PHONE", "509-555-0171"),
    ],
    note="parent's message pasted publicly: hyphenated name, account, Apple Health ProviderOne id, visit date, street with apt, city, ZIP, parent's phone",
)

# 22
n(
    "es",
    "eponymous_condition",
    '¿Te caíste de la escalera y te duele la muñeca? Podría ser una fractura de Colles. No esperes a que "se acomode sola": ven a Urgencias o llama a nuestra línea de enfermería 509-555-0100. #EscaleraSegura',
    "eponymous fracture, hospital line, campaign hashtag",
)

# 23
p(
    "en",
    "milestone_birthday",
    'our favorite frequent flyer in cardiac rehab turned 94yo on the 9th and brought his own cake 😂 happy bday Mr. Wilbur "Bud" Tomaskin, you\'re an inspiration to us all. #CardiacRehab',
    [("AGE", "94yo"), ("DATE", "9th"), ("NAME", 'Wilbur "Bud" Tomaskin')],
    note="age token with suffix; day of month alone is the birthday (span is the ordinal); name with quoted nickname, Mr. excluded",
)

# 24
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,348 trabajadores agrícolas en nuestras clínicas móviles de Wapato, Granger y Mabton. El 38% llegó por deshidratación. Recuerda: agua, sombra, descanso. 💧",
    "statistics; towns are clinic sites, not a patient's home",
)

# 25
n(
    "en",
    "public_figure",
    "Thank you, Rep. Dan Newhouse, for touring our Toppenish Birth Center on Monday and listening to our midwives talk about rural maternity care. 🏥 #RuralHealth",
    "visiting public figure",
)

# 26
p(
    "es",
    "patient_story",
    "mil gracias a todo el equipo de pediatría 🙏 mi gordita fernanda pasó 5 días en el cuarto 312 por neumonía con todo el humo de los incendios. hoy ya está en casa en Wapato con su hermanito uriel y su abue chela 💕",
    [
        ("NAME", "fernanda"),
        ("OTHER_ID", "cuarto 312"),
        ("GEO", "Wapato"),
        ("NAME", "uriel"),
        ("NAME", "chela"),
    ],
    note="lower-case names of the patient, her brother and grandmother (nickname Chela); room with keyword; home town",
)

# 27
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. Join Dr. Harold Sohappy and our memory-care team June 18 at the Yakima campus for a free talk on caring for a loved one with Alzheimer's or Lewy body dementia. Spanish interpretation provided.",
    "eponymous conditions, awareness month, staff doctor, event date",
)

# 28
p(
    "es",
    "discharge",
    "🎓 ¡Graduación de la UCIN! La pequeña Milagros Guadalupe Sánchez llegó el 14 de febrero con apenas 26 semanas y hoy, después de 97 días en la incubadora 7, se va a casa a Granger. Papá Isaías no deja de llorar. ¡Eres un milagro, Milagros! 💕",
    [
        ("NAME", "Milagros Guadalupe Sánchez"),
        ("DATE", "14 de febrero"),
        ("OTHER_ID", "incubadora 7"),
        ("GEO", "Granger"),
        ("NAME", "Isaías"),
        ("NAME", "Milagros", 2),
    ],
    note="NICU grad: name that is also a word (milagro), birth date, isolette number with keyword like a bed, home town, father; '97 días' is a stay, not an age",
)

# 29
n(
    "en",
    "crisis_update",
    "UPDATE 4:15 PM: Due to the power outage on the east side of Yakima, our Fruitvale clinic is closed for the rest of the day. Patients with appointments will be called to reschedule. Urgent needs: 509-555-0100 or come to the ED at 2100 Tieton Drive.",
    "operational update; hospital clinic, phone and address",
)

# 30
n(
    "es",
    "event",
    "📅 Feria de salud para trabajadores del campo — domingo 8 de junio, 10 am a 2 pm, en el estacionamiento de la clínica Fruitvale (3901 Fruitvale Blvd). Vacunas, presión, glucosa y consulta gratis. ¡Traigan a la familia! Info: 509-555-0156",
    "event date and the hospital's clinic address and phone",
)

# 31
p(
    "en",
    "thank_you",
    "The Cheney family gave our NICU three new cuddle cots in memory of their son Wyatt, who was born here on Christmas Eve 2019 and lived 11 precious days. Thank you, Dale and Korinne, for turning your grief into comfort for other families. 💙 #WyattsWings",
    [
        ("NAME", "Cheney"),
        ("NAME", "Wyatt"),
        ("DATE", "Christmas Eve 2019"),
        ("NAME", "Dale"),
        ("NAME", "Korinne"),
        ("NAME", "#WyattsWings"),
    ],
    note="donors introduced as a patient's parents are relatives and labelled; family surname (also a town); birth date as a holiday with its year; memorial hashtag",
)

# 32
n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Herencia Hispana celebramos a nuestras enfermeras, intérpretes y promotoras de salud. 💚 Cuéntanos quién te cuidó con #ManosQueSanan #OrgulloDelValle",
    "campaign hashtags and an awareness month",
)

# 33
p(
    "en",
    "pasted_record",
    "PT NAME: TOMMY JOE SWAN  |  RM 4E-402 BED B  |  INSULIN PUMP S/N TX-88213-Q  |  EMERG CONTACT: WIFE LORETTA 509.555.0186  |  NOTE: SPEAKS SAHAPTIN, USE INTERPRETER",
    [
        ("NAME", "TOMMY JOE SWAN"),
        ("OTHER_ID", "RM 4E-402 BED B"),
        ("DEVICE", "TX-88213-Q"),
        ("NAME", "LORETTA"),
        ("PHONE", "509.555.0186"),
    ],
    note="ALL-CAPS record: name, room and bed with keyword as one span, pump serial, wife's name and phone; language spoken is not an identifier",
)

# 34
n(
    "es",
    "health_tip",
    "Escalera de tres patas: 1) la pata sola hacia el árbol, nunca hacia afuera; 2) nunca te pares en el último peldaño; 3) si está mojado, espera. Cada temporada vemos más de 200 caídas en la cosecha de manzana y cereza. 🍒🍎 #EscaleraSegura",
    "ladder-safety tip with a statistic",
)

# 35
p(
    "en",
    "birth_announcement",
    "Meet Selah June Whitefoot, 7 lb 11 oz, born 6/9 — Treaty Day! Mom Tanisha says they named her after their hometown, Selah, and the month she surprised them in. 🌸",
    [
        ("NAME", "Selah June Whitefoot"),
        ("DATE", "6/9"),
        ("DATE", "Treaty Day"),
        ("NAME", "Tanisha"),
        ("GEO", "Selah", 2),
    ],
    note="baby's name contains a town and a month; birth date written twice (6/9 and Treaty Day); mother; home town Selah (second occurrence) is GEO",
)

# 36
p(
    "es",
    "milestone_birthday",
    "🎉 ¡Doña Socorro Alvarado cumple cien años! Nació el 24 de marzo en Tangancícuaro, Michoacán, llegó al valle en 1962 y crió a 11 hijos pizcando manzana. Hoy le cantamos Las Mañanitas en el piso de Medicina. ¡Que Dios la bendiga, doña Socorro!",
    [
        ("NAME", "Socorro Alvarado"),
        ("AGE", "cien"),
        ("DATE", "24 de marzo"),
        ("GEO", "Tangancícuaro"),
        ("NAME", "Socorro", 2),
    ],
    note="doña excluded; age over 89 in words; birth date; birthplace town in Mexico is GEO, the state Michoacán is not; bare year not labelled",
)

# 37
n(
    "en",
    "research",
    "New from our research team: in a study of 1,100 farmworkers in the Yakima Valley, wearing a fitted N95 on smoke days cut ED visits for asthma by 31%. Led by Dr. Alma Villalobos with Heritage University. Read more: yvrhealth.org/research",
    "research news: population, staff researcher, hospital domain",
)

# 38
p(
    "es",
    "pasted_record",
    "Paciente: GARCÍA LÓPEZ, JOSÉ ANTONIO — FN 07/15/1989 — Núm. seguro social 539-88-1420 — Dx: fractura de calcáneo por caída de escalera (huerta en Buena, WA). Empleador: Rancho Los Tres Hermanos.",
    [
        ("NAME", "GARCÍA LÓPEZ, JOSÉ ANTONIO"),
        ("DATE", "07/15/1989"),
        ("SSN", "539-88-1420"),
        ("GEO", "Buena"),
        ("NAME", "Rancho Los Tres Hermanos"),
    ],
    note="chart-style double surname; birth date; SSN; injury place Buena (WA is a state); employer is NAME",
)

# 39
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: at 93, Marjorie Kittelson still drives herself to our Yakima gift shop every Tuesday, as she has since 1988. She's knitted more than 2,000 NICU hats. Marjorie, you're a treasure! 🧶",
    "volunteer's name and age over 89 are not a patient's",
)

# 40
n(
    "es",
    "anonymous_story",
    "Hoy una abuelita nos enseñó a hacer tortillas a mano en la sala de espera mientras esperaba a su nieto. 😂 Las enfermeras ya piden la receta. Así es la familia del valle.",
    "anonymous: no name, age, date or place",
)

# 41
p(
    "en",
    "discharge",
    'Three-time PRCA bareback champ Cody "Hoss" Brightwater got the all-clear from our ortho team today after that wreck at the Ellensburg Rodeo on Labor Day. Cody, room 506 is going to miss the fan mail. Ride safe! 🤠 #HossStrong',
    [
        ("NAME", 'Cody "Hoss" Brightwater'),
        ("GEO", "Ellensburg"),
        ("DATE", "Labor Day"),
        ("NAME", "Cody", 2),
        ("OTHER_ID", "room 506"),
        ("NAME", "#HossStrong"),
    ],
    note="a public figure who is our patient is labelled; injury town inside the rodeo's name is GEO; holiday is the injury date; room; nickname hashtag",
)

# 42
n(
    "es",
    "crisis_update",
    "Actualización sobre el humo (lunes 4 pm): el aire en Toppenish, Wapato y White Swan está en nivel MUY INSALUBRE. Cierren ventanas, usen mascarilla N95 y revisen a los vecinos mayores. Clínica de respiración abierta hasta las 8 pm en 502 W 4th Ave. Si trabajas en la huerta o en el lúpulo, tienes derecho a descansos, sombra y mascarilla cuando sube el humo. Señales de alarma: falta de aire, dolor de pecho, labios morados o confusión. En esos casos llama al 911 o ven directo a Urgencias, sin importar tu estatus migratorio ni si tienes seguro. 💨",
    "air-quality update for towns, no patient; hospital address",
)

# 43
n(
    "en",
    "health_tip",
    "Ladder at the tree, not the sky. 🍎 #LadderSafety",
    "short safety tip",
)

# 44
p(
    "es",
    "thank_you",
    "Gracias infinitas a los compañeros de Valle Verde Packing que donaron sangre para Lupita Cabrera después de su accidente en la banda de empaque. 🩸 Su esposo Germán y sus hijas les mandan un abrazo enorme. #TodosConLupita",
    [
        ("NAME", "Valle Verde Packing"),
        ("NAME", "Lupita Cabrera"),
        ("NAME", "Germán"),
        ("NAME", "#TodosConLupita"),
    ],
    note="employer is NAME; patient; husband; name hashtag",
)

# 45
n(
    "en",
    "sponsor",
    "Thank you to Cascade Bine Hops and the Sundquist Orchard Foundation for sponsoring 40 cooling stations this harvest. Real shade saves lives. #CoolCrews",
    "sponsors; a family-named foundation is not labelled",
)

# 46
p(
    "es",
    "pasted_record",
    "perdón, esto era para el grupo de enfermería: la sra. del cuarto 218-B (dolores ramírez) ya firmó el consentimiento, su hijo dice que la recoge el viernes. ip del portal de la familia 73.181.44.19 bloqueada por intentos",
    [("OTHER_ID", "cuarto 218-B"), ("NAME", "dolores ramírez"), ("IP", "73.181.44.19")],
    note="lower-case name that is also a word; room with keyword; family's portal IP; weekday not labelled",
)

# 47
p(
    "en",
    "memorial",
    "Fly high, Peanut. 🕊️ Our PICU family lost a bright little cowboy on Thanksgiving morning. Thank you to his mama and papa for letting us love him for 4 years. #PeanutStrong",
    [("NAME", "Peanut"), ("DATE", "Thanksgiving"), ("NAME", "#PeanutStrong")],
    note="nickname as name; holiday is the date of death; name hashtag",
)

# 48
n(
    "es",
    "research",
    "Estudio nuevo: junto con la Universidad de Washington, buscamos voluntarios nacidos en Guatemala, El Salvador o México para detectar la enfermedad de Chagas, que puede dañar el corazón sin dar síntomas. Es gratis y confidencial. Llama al 509-555-0156.",
    "research recruitment: countries, eponymous disease, hospital line",
)

# 49
p(
    "en",
    "thank_you",
    "WE LOVE YOU MISS ELLIE!!! 💜 Eleanor Kamiakin-Ortiz rang the bell today after her last round of chemo. Her brothers Jace and Kolby made the sign. #ElliesArmy",
    [
        ("NAME", "ELLIE"),
        ("NAME", "Eleanor Kamiakin-Ortiz"),
        ("NAME", "Jace"),
        ("NAME", "Kolby"),
        ("NAME", "#ElliesArmy"),
    ],
    note="ALL-CAPS nickname (MISS excluded); hyphenated surname containing a historical figure's name; brothers; name hashtag",
)

# 50
n(
    "es",
    "staff_spotlight",
    'Nuestro pediatra, el Dr. Ernesto "Neto" Salcedo, cumple 30 años en Toppenish. Ha recibido a más de 4,000 bebés del valle. ¡Gracias, Dr. Neto! 🩺',
    "staff doctor's nickname and years of service",
)

# 51
p(
    "en",
    "pasted_record",
    "Security log (posted in error): pickup w/ WA plate CBX4471 blocking ambulance bay belongs to the husband of pt Ramona Cloud, wristband 44810977, encounter E-2291-0047. Husband notified.",
    [
        ("VEHICLE", "CBX4471"),
        ("NAME", "Ramona Cloud"),
        ("OTHER_ID", "44810977"),
        ("OTHER_ID", "E-2291-0047"),
    ],
    note="relative's plate; surname that is a word; wristband and encounter numbers (value only); ambulance bay is the hospital's",
)

# 52
n(
    "es",
    "health_tip",
    "Este 4 de julio, si van al Pow Wow y Rodeo de Toppenish: protector solar, agua y sombrero. Y los cohetes, mejor que los prendan los adultos. 🎆",
    "holiday and public event, not a patient's",
)

# 53
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our night nurse she'd picked apples in this valley for seventy harvests. Then she asked for a ladder so she could 'check the top of the tree.' We said tomorrow. 🍎❤️",
    "anonymous; a decade ('in her 90s') is not an age token",
)

# 54
p(
    "es",
    "birth_announcement",
    "🎄 El regalo más bonito llegó en Nochebuena: Ixchel Tzunún Batz, 3.4 kg, hija de Candelaria Batz y Diego Tzunún, quienes viven en el campamento de la huerta en Zillah. ¡Bienvenida, Ixchel! 🇬🇹",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Ixchel Tzunún Batz"),
        ("NAME", "Candelaria Batz"),
        ("NAME", "Diego Tzunún"),
        ("GEO", "Zillah"),
        ("NAME", "Ixchel", 2),
    ],
    note="holiday birth date; baby and parents (Maya surnames); home town (orchard camp in Zillah)",
)

# 55
n(
    "en",
    "event",
    "Our Toppenish campus outpatient clinics will be closed June 9 for Treaty Day. The emergency department stays open 24/7. 509-555-0112.",
    "holiday closure date, not a patient's event; hospital phone",
)

# 56
p(
    "es",
    "discharge",
    "Don Aurelio Medina, de noventa y dos años, se fue a casa hoy a su rancho en Tampico después de una neumonía por el humo. Llegó el día 3 y prometió regresar solo para traernos elotes. 🌽",
    [("NAME", "Aurelio Medina"), ("AGE", "noventa y dos"), ("GEO", "Tampico"), ("DATE", "3")],
    note="age over 89 in words; home community Tampico (WA); day of month alone is the admission date (span = the number)",
)

# 57
n(
    "en",
    "campaign_hashtag",
    "Tag a nurse who made your day with #GraceUnderFire, our smoke-season campaign honoring the 340 nurses who kept every unit open through the Cougar Creek fire. 🔥💛 #DawnToDusk",
    "campaign hashtags containing name-like words",
)

# 58
p(
    "es",
    "pasted_record",
    "Reenviado por error: paciente Guadalupe 'Lupe' Santiago Cruz, nac. 12-dic-1960, Apple Health 204455871WA, licencia de conducir WDL7Q9X2K41B. Vive en Naches Ave #1104, Yakima.",
    [
        ("NAME", "Guadalupe 'Lupe' Santiago Cruz"),
        ("DATE", "12-dic-1960"),
        ("HEALTH_PLAN", "204455871WA"),
        ("LICENSE", "WDL7Q9X2K41B"),
        ("GEO", "Naches Ave #1104"),
        ("GEO", "Yakima"),
    ],
    note="name with quoted nickname; birth date; Apple Health id; driver's licence; street with number; city",
)

# 59
n(
    "en",
    "eponymous_condition",
    "Rodeo season = shoulder and elbow season. Not every injury needs Tommy John surgery, but a pop, swelling or numbness in the hand deserves a real exam. Our sports medicine clinic takes walk-ins Mon–Fri at 3901 Fruitvale Blvd. 🤠",
    "eponymous surgery named after a public figure; hospital clinic address",
)

# 60
p(
    "es",
    "memorial",
    "Nuestro paciente de diálisis más querido, Tío Beto, nos dejó el sábado. 🕊️ Gracias por 8 años de chistes en la silla 4. Tu familia del 3 Oeste nunca te olvidará. #BetoPorSiempre",
    [("NAME", "Beto"), ("OTHER_ID", "silla 4"), ("NAME", "#BetoPorSiempre")],
    note="nickname (Tío excluded); his regular dialysis chair is like a bed number; memorial hashtag; weekday not labelled",
)

# 61
n(
    "en",
    "hospital_contact",
    "Media inquiries about Tuesday's Union Gap bus crash: please call 509-555-0178 or email media@yvrhealth.org. We will not release patient names or conditions. Follow @YVRHealth for updates.",
    "the hospital's media line, e-mail and handle; the crash is public news with no patient identified",
)

# 62
p(
    "es",
    "patient_story",
    "📸 En la foto: Ángel Domínguez, de 17 años, con su mamá Reyna y el equipo de trauma que lo atendió después de que el toro lo pisó en el jaripeo de Sunnyside el 28 de julio. ¡Ya volvió a entrenar (con casco)! #ÁngelDeLaGuarda",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Ángel Domínguez"),
        ("NAME", "Reyna"),
        ("GEO", "Sunnyside"),
        ("DATE", "28 de julio"),
        ("NAME", "#ÁngelDeLaGuarda"),
    ],
    note="photo cue showing the patient; name, mother, injury town, injury date; a hashtag built on his name (also a common phrase) is NAME; age 17 not labelled",
)

# 63
n(
    "en",
    "staff_spotlight",
    "Meet Wenona Shike, RN, our new Tribal Liaison at the Toppenish campus. Wenona grew up in Wapato, speaks Ichishkíin and spent 15 years in Indian Health Service clinics. Stop by and say hi! 👋",
    "staff member's name and home town are not patient identifiers",
)

# 64
n(
    "es",
    "health_tip",
    "Los adultos mayores de 90 años y los bebés son los más afectados por el calor. Revisa a tus vecinos dos veces al día cuando pase de 100 °F. ☀️",
    "population age and a temperature, not a patient's age",
)

# 65
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! 🎉 Happy birthday to Ambrose Tulee, who turned one hundred on May 31 in the same house on Lateral A Road in Wapato where he was born. His granddaughter Desiree says the secret is 'frybread and minding your own business.'",
    [
        ("AGE", "centenarian"),
        ("NAME", "Ambrose Tulee"),
        ("AGE", "one hundred"),
        ("DATE", "May 31"),
        ("GEO", "Lateral A Road"),
        ("GEO", "Wapato"),
        ("NAME", "Desiree"),
    ],
    note="'centenarian' and 'one hundred' are AGE; birthday; home road and town; granddaughter",
)

# 66
n(
    "es",
    "crisis_update",
    "Por la ola de calor, del 15 al 19 de julio abriremos un centro de enfriamiento en el lobby de Toppenish, de 11 am a 8 pm. Agua, suero y aire acondicionado gratis. Tel. 509-555-0112.",
    "dates of a hospital service, hospital lobby and phone",
)

# 67
p(
    "en",
    "thank_you",
    "A note from the family of Harvey Olney: 'Thank you to 4 North for caring for Dad in his last week. If any of his nurses want a copy of the memorial slideshow, email us at olneyfamily1951@gmail.com.' Staff: please route requests through communications@yvrhealth.org. 💐",
    [("NAME", "Harvey Olney"), ("EMAIL", "olneyfamily1951@gmail.com")],
    note="patient's name and the family's e-mail; the hospital's e-mail and the unit are not labelled",
)

# 68
p(
    "es",
    "pasted_record",
    "Buenas, favor de mandar los papeles de incapacidad de mi esposo Fidel Ochoa Bautista (fecha de la cirugía: 10/IX) por fax al 509-555-0127, es la oficina de mi cuñado Ramiro. Gracias, Yolanda.",
    [
        ("NAME", "Fidel Ochoa Bautista"),
        ("DATE", "10/IX"),
        ("FAX", "509-555-0127"),
        ("NAME", "Ramiro"),
        ("NAME", "Yolanda"),
    ],
    note="wife's message: patient, surgery date with Roman-numeral month, brother-in-law's fax, relatives' names",
)

# 69
n(
    "en",
    "health_tip",
    "Outlook for the weekend: smoke clearing Saturday, heat back Sunday. Parker, Outlook and Grandview cooling centers open noon–8pm. Drink before you're thirsty. 💧",
    "town names that are ordinary words, tied to no patient",
)

# 70
p(
    "es",
    "birth_announcement",
    "👶👶 ¡Los primeros bebés del 2025 en @YVRH_Toppenish son gemelos! Mateo y Matías Cervantes Ruiz nacieron el 1° de enero a las 12:04 y 12:09 am. Su mamá, Dulce Ruiz, es de Mabton. ¡Felicidades!",
    [
        ("NAME", "Mateo"),
        ("NAME", "Matías Cervantes Ruiz"),
        ("DATE", "1° de enero"),
        ("NAME", "Dulce Ruiz"),
        ("GEO", "Mabton"),
    ],
    note="twins' names, birth date (bare year and times not labelled), mother (name is also a word), home town; hospital handle",
)

# 71
p(
    "en",
    "pasted_record",
    "Copy for the Friday post?? 'Please support the Yallup family after the Tieton Road crash: gofundme.com/f/yallup-family-recovery' — Ruthie (mom) is still in ICU bed 9 and baby Kiona is in the NICU.",
    [
        ("NAME", "Yallup"),
        ("GEO", "Tieton Road"),
        ("URL", "gofundme.com/f/yallup-family-recovery"),
        ("NAME", "Ruthie"),
        ("OTHER_ID", "bed 9"),
        ("NAME", "Kiona"),
    ],
    note="draft pasted by mistake: family surname, road of the crash (not the hospital's Tieton Drive), family fundraiser URL, mother, bed, baby",
)

# 72
n(
    "es",
    "event",
    "🌷 Este 10 de mayo, Día de las Madres, todas las mamás que den a luz en nuestro Centro de Nacimiento recibirán una cobijita tejida por nuestras voluntarias. ¡Gracias, Club de Tejido de Zillah!",
    "holiday promotion for any mother, not one patient's event; volunteer club",
)

# 73
p(
    "en",
    "discharge",
    "After 61 days, J.R. is going HOME to the ranch! 🐄 This tough little guy came to us by helicopter from Goldendale and now he's off to give his big sister Paisley a run for her money. Love, your friends in PICU",
    [("NAME", "J.R."), ("GEO", "Goldendale"), ("NAME", "Paisley")],
    note="initials as the patient's name; town he was flown from; sister; length of stay not labelled",
)

# 74
n(
    "es",
    "statistic",
    "En 2024 nacieron 2,031 bebés en nuestros dos centros de nacimiento; 58 fueron prematuros y 12 nacieron antes de llegar al hospital. El nombre más popular: Mateo. 😄",
    "statistics; the most popular baby name is not tied to a patient",
)

# 75
p(
    "en",
    "memorial",
    "Our hospice team was privileged to walk alongside Uncle Virgil 'Smokey' Eneas, 91, a Korean War veteran and longtime Satus Longhouse song leader, who passed Sunday. Services will be at the longhouse on the 2nd. Rest easy, Smokey.",
    [
        ("NAME", "Virgil 'Smokey' Eneas"),
        ("AGE", "91"),
        ("GEO", "Satus"),
        ("NAME", "Smokey", 2),
        ("DATE", "2nd"),
    ],
    note="Uncle excluded; age over 89; his community (Satus, inside the longhouse's name) is GEO; funeral day of month is a person-tied date; weekday not labelled",
)

# 76
n(
    "es",
    "anonymous_story",
    "Un señor de 89 años llegó caminando desde la parada del autobús para su cita de cataratas… ¡y nos trajo duraznos de su huerta! 🍑 Gracias, vecino.",
    "anonymous; age 89 is not over 89",
)

# 77
n(
    "en",
    "public_figure",
    "Today we remember Dr. Martin Luther King Jr. and honor the 40 YVRH volunteers spending their day of service painting the Toppenish pediatric clinic. 💜 #MLKDay",
    "historical figure and holiday; hospital clinic",
)

# 78
p(
    "es",
    "pasted_record",
    "Usuario del portal: chayo.mendez88 — no puede entrar para ver resultados de su papá, Rosendo Méndez Lara, hab. 507. Le dijimos que llame a soporte. (ESTO NO IBA AQUÍ, BORRAR)",
    [("OTHER_ID", "chayo.mendez88"), ("NAME", "Rosendo Méndez Lara"), ("OTHER_ID", "hab. 507")],
    note="daughter's portal user name; patient; abbreviated room keyword with number",
)

# 79
n(
    "en",
    "eponymous_condition",
    "Our neurology team is joining a national registry on Guillain-Barré syndrome after West Nile virus infections. West Nile cases in Benton and Yakima counties are up this year, so use repellent at dusk. 🦟",
    "eponymous syndrome, virus named for a place, counties as public-health areas",
)

# 80
p(
    "es",
    "discharge",
    "¡¡YA SE VA A CASA DOÑA CHONITA!! 🎉 A sus 98 años venció el COVID y la neumonía. Sus nietos vinieron desde Moxee con mariachi. #ChonitaInvencible",
    [("NAME", "CHONITA"), ("AGE", "98"), ("GEO", "Moxee"), ("NAME", "#ChonitaInvencible")],
    note="ALL-CAPS nickname (DOÑA excluded); age over 89; grandchildren's home town; name hashtag",
)

# 81
n(
    "en",
    "event",
    "Rodeo legend Trevor Brazile will sign autographs at our Sports Medicine booth at the Central Washington State Fair, Sept. 27, 2–4pm. Free helmet fittings for kids! 🤠",
    "public figure and event date",
)

# 82
p(
    "es",
    "thank_you",
    "Gracias a Sunrise Hop Ranch por darle a don Chuy Rangel tres meses de permiso pagado mientras se recupera de la quemadura en la planta de secado. Su hija Araceli nos pidió publicarlo. #fuerzadonchuy",
    [
        ("NAME", "Sunrise Hop Ranch"),
        ("NAME", "Chuy Rangel"),
        ("NAME", "Araceli"),
        ("NAME", "#fuerzadonchuy"),
    ],
    note="employer thanked as employer is NAME; patient (don excluded), daughter, lower-case name hashtag",
)

# 83
n(
    "en",
    "health_tip",
    "smoke day = indoor recess. keep inhalers handy and check the AQI before practice 🏈",
    "short lower-case tip",
)

# 84
p(
    "es",
    "memorial",
    "Descansa en paz, Juana Ajanel Coj (8 de diciembre de 1991 – 3 de octubre). Trabajó 6 temporadas en las bodegas de fruta de Wapato. Sus restos viajarán a Santa Cruz del Quiché, donde la esperan sus hijos Kevin y Brenda. 🕯️",
    [
        ("NAME", "Juana Ajanel Coj"),
        ("DATE", "8 de diciembre de 1991"),
        ("DATE", "3 de octubre"),
        ("GEO", "Wapato"),
        ("GEO", "Santa Cruz del Quiché"),
        ("NAME", "Kevin"),
        ("NAME", "Brenda"),
    ],
    note="name; birth date with year and death date; town where she worked; foreign home town; children",
)

# 85
p(
    "en",
    "pasted_record",
    "ICU handoff (pls ignore, wrong chat): Bed 12 = Ethel Marguerite Voss, 90F, MRN#0044-8813-2, adm 11/30, from Lake Cle Elum area. Daughter Pam at 425-555-0148 wants updates by text only.",
    [
        ("OTHER_ID", "Bed 12"),
        ("NAME", "Ethel Marguerite Voss"),
        ("AGE", "90F"),
        ("MRN", "0044-8813-2"),
        ("DATE", "11/30"),
        ("GEO", "Lake Cle Elum"),
        ("NAME", "Pam"),
        ("PHONE", "425-555-0148"),
    ],
    note="handoff line: bed, name, age-sex token 90F, MRN after #, admission date, home area, daughter and her phone",
)

# 86
n(
    "es",
    "recruitment",
    "¿Hablas español, q'anjob'al o mam? Buscamos intérpretes médicos para Yakima y Toppenish. Capacitación pagada. Manda JOBS al 509-555-0167 o entra a yvrhealth.org/empleos 💼",
    "recruitment; languages and hospital contacts",
)

# 87
p(
    "en",
    "patient_story",
    "Chance Morningowl was 11 when a calf-roping run at the Toppenish Pow Wow & Rodeo went sideways on the 4th. Today he's 12, cast-free, and back on his horse, Biscuit. Chance, we're not taking chances: wear the helmet! 🐎",
    [("NAME", "Chance Morningowl"), ("GEO", "Toppenish"), ("DATE", "4th"), ("NAME", "Chance", 2)],
    note="first name that is a word; injury town inside the rodeo's name is GEO; day of month alone is the injury date; the horse's name is not labelled",
)

# 88
n(
    "es",
    "eponymous_condition",
    "Grupo de apoyo para familias con Parkinson: primer martes de cada mes, 6 pm, sala de conferencias B del campus de Yakima. Con la Dra. Rosario Nieves. Entrada libre. ☕",
    "eponymous disease, staff doctor, recurring event, conference room",
)

# 89
p(
    "en",
    "milestone_birthday",
    "Happy birthday to our favorite nonagenarian, grace whitney! (she insisted we write her name in lowercase 'like e.e. cummings') Our rehab team says she's walking laps like a 60-year-old. 🎈",
    [("AGE", "nonagenarian"), ("NAME", "grace whitney")],
    note="'nonagenarian' is AGE; lower-case name that is a word; the poet is a public figure; 60-year-old is a comparison",
)

# 90
n(
    "es",
    "event",
    "El 12 de diciembre celebramos a la Virgen de Guadalupe con una misa en la capilla del hospital a las 7 am. Todos son bienvenidos: pacientes, familias y personal. 🌹",
    "religious holiday and hospital event",
)

# 91
p(
    "en",
    "pasted_record",
    "Draft reply to comment: 'Hi @prayers4pops_k, we're so glad Mr. K in 3W bed 22 is improving since his 8/14 surgery...' wait, can't post this. HIPAA. Deleting.",
    [("OTHER_ID", "@prayers4pops_k"), ("NAME", "K"), ("OTHER_ID", "bed 22"), ("DATE", "8/14")],
    note="family's social handle; initial used for the patient (Mr. excluded); bed (3W is a unit); surgery date",
)

# 92
n(
    "es",
    "campaign_hashtag",
    "Este invierno, #LuzParaTodos: gracias a sus donaciones instalamos 120 lámparas solares en los campamentos de trabajadores. 💡 Dona en yvrhfoundation.org",
    "campaign hashtag with a word that is also a name; foundation domain",
)

# 93
p(
    "en",
    "patient_story",
    "Our longtime gift-shop volunteer Marjorie Kittelson was on the OTHER side of the counter this week, admitted after a fall at home in West Valley. She's 93 and already asking when she can come back to work. Get well, Marjorie! 💐",
    [
        ("NAME", "Marjorie Kittelson"),
        ("GEO", "West Valley"),
        ("AGE", "93"),
        ("NAME", "Marjorie", 2),
    ],
    note="a volunteer who became a patient is labelled as a patient: name, neighbourhood, age over 89",
)

# 94
n(
    "es",
    "staff_spotlight",
    "Felicidades a Blanca Cruz, técnica de rayos X, originaria de Zamora, Michoacán, por 25 años con nosotros. ¡Blanca es la que siempre tiene dulces en la recepción! 🍬",
    "staff member's name and home town are not labelled",
)

# 95
n(
    "en",
    "crisis_update",
    "Statement on this morning's packing-house ammonia leak in Wapato: we received 14 patients; 11 have been treated and released. Families looking for loved ones can call our reunification line, 509-555-0100. We will not share names.",
    "public incident with counts only; the hospital's line",
)

# 96
p(
    "es",
    "pasted_record",
    "NOTA INTERNA: la camioneta de la familia del paciente Nicanor Ventura (VIN 1FTFW1ET5DFC10312) quedó en el estacionamiento de Urgencias desde el choque del 22 de junio en la US-97 cerca de Satus Pass. Avisar a su hermana Leticia.",
    [
        ("NAME", "Nicanor Ventura"),
        ("VEHICLE", "1FTFW1ET5DFC10312"),
        ("DATE", "22 de junio"),
        ("GEO", "US-97"),
        ("GEO", "Satus Pass"),
        ("NAME", "Leticia"),
    ],
    note="family's vehicle VIN; crash date; road and place of the crash; sister; the ED parking lot is the hospital's",
)

# 97
n(
    "en",
    "eponymous_condition",
    "Addison, Graves and Cushing: no, not a law firm. Three conditions our endocrine clinic treats every day. Addison's disease, Graves' disease and Cushing's syndrome can all start with fatigue. 🧪",
    "eponyms that look like people's names",
)

# 98
p(
    "es",
    "milestone_birthday",
    "🎂 ¡Feliz cumpleaños número 95, Tata Lencho! Don Lorenzo Calixto nació un 1° de mayo, Día del Trabajo, y dice que por eso nunca dejó de trabajar en su rancho de Cowiche. Con cariño, tu equipo de Medicina Interna y tu nieta Yuridia. 💛",
    [
        ("AGE", "95"),
        ("NAME", "Lencho"),
        ("NAME", "Lorenzo Calixto"),
        ("DATE", "1° de mayo"),
        ("DATE", "Día del Trabajo"),
        ("GEO", "Cowiche"),
        ("NAME", "Yuridia"),
    ],
    note="age over 89; nickname (Tata excluded) and full name; birth date written twice; home ranch town; granddaughter",
)

# 99
n(
    "en",
    "staff_spotlight",
    "Congrats to respiratory therapist Lonnie Spencer-Jim on 20 years! Lonnie's mom, Evangeline, was one of our first Yakama nurses back in 1974, and his daughter Kaylee starts nursing school at YVC this fall. A true YVRH family. 🫁",
    "staff member and his own family are not patients",
)

# 100
n(
    "es",
    "anonymous_story",
    "El sábado 14 de septiembre nuestro equipo atendió a 23 personas en la clínica móvil del Centro Comunitario de Granger. Muchos nos dijeron que era la primera vez en años que se checaban el azúcar. 🩺",
    "date and venue of a hospital event; nobody singled out",
)

# 101
p(
    "en",
    "pasted_record",
    "Intake form (scan posted by mistake): Name: OCHOA-WAHPAT, DESTINY M. | DL# WDL88K2TQ510 | email d.ochoawahpat@outlook.com | Home: 4411 Tieton Dr, Yakima | Emergency contact: grandmother Viola Wahpat, 509-555-0164",
    [
        ("NAME", "OCHOA-WAHPAT, DESTINY M."),
        ("LICENSE", "WDL88K2TQ510"),
        ("EMAIL", "d.ochoawahpat@outlook.com"),
        ("GEO", "4411 Tieton Dr"),
        ("GEO", "Yakima"),
        ("NAME", "Viola Wahpat"),
        ("PHONE", "509-555-0164"),
    ],
    note="chart-style hyphenated name; licence; e-mail; home on the same road as the hospital's Tieton Drive campus but her own house number; city; grandmother and phone",
)

# 102
n(
    "es",
    "health_tip",
    "¡HIDRÁTATE! 💧 AGUA ANTES, DURANTE Y DESPUÉS DE LA PIZCA.",
    "short ALL-CAPS tip",
)

# 103
p(
    "en",
    "birth_announcement",
    "River Sky Hoptowit couldn't wait for the drive from Brownstown: she arrived in the back of her dad's pickup at 3:12 a.m. on New Year's Day, right outside our Toppenish ED doors. Mom Jolene and River are both doing great! 🛻❄️",
    [
        ("NAME", "River Sky Hoptowit"),
        ("GEO", "Brownstown"),
        ("DATE", "New Year's Day"),
        ("NAME", "Jolene"),
        ("NAME", "River", 2),
    ],
    note="name that is a word; home town; holiday is the birth date; mother; the hospital's ED is not GEO",
)

# 104
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Zavala y a Radio KDNA por ayudarnos a repartir 5,000 mascarillas N95 en Granger, Sunnyside y Mabton durante los días de humo. 🙏",
    "sponsors; distribution towns",
)

# 105
p(
    "en",
    "patient_story",
    "Shout-out to a young firefighter who came in Tuesday with smoke inhalation after a long shift on the fire line. His grandma Bernadine drove 40 minutes from White Swan with a cooler of huckleberry pie for the whole unit. 🥧🔥",
    [("NAME", "Bernadine"), ("GEO", "White Swan")],
    note="patient unnamed, but his grandmother's name and her town are identifiers of a relative",
)

# 106
p(
    "es",
    "pasted_record",
    "DM que se publicó por error: 'Hola, soy Karina, la esposa de Omar Ibarra (habitación 221). ¿Me pueden mandar la foto de su radiografía a mi Insta @karinaibarra.nails? Gracias 🙏'",
    [
        ("NAME", "Karina"),
        ("NAME", "Omar Ibarra"),
        ("OTHER_ID", "habitación 221"),
        ("OTHER_ID", "@karinaibarra.nails"),
    ],
    note="wife's name and social handle; patient; room; the X-ray 'foto' is not a photo of the patient",
)

# 107
n(
    "en",
    "research",
    "Study alert: adults 90 and older who live in rural Yakima County reach an ED 47 minutes later, on average, than city residents. Our team presents the data at the WSHA conference in Spokane on Oct. 3.",
    "population age and area; conference date and city",
)

# 108
p(
    "es",
    "discharge",
    "🍼 ¡Graduada de la UCIN! Ixmucané, nuestra guerrera de 1 libra 9 onzas, llegó el día 5 de un mes que sus papás no quieren recordar 😅 y hoy se va a casa a Sunnyside. #ixmucanefuerte",
    [("NAME", "Ixmucané"), ("DATE", "5"), ("GEO", "Sunnyside"), ("NAME", "#ixmucanefuerte")],
    note="Maya name; day of month alone is the birth date (span = number); home town; lower-case name hashtag",
)

# 109
n(
    "en",
    "event",
    "Join us March 31 for our César Chávez Day of Service: volunteers will pack 800 heat-safety kits for orchard crews at the Fruitvale clinic. Sign up: yvrhealth.org/volunteer",
    "historical figure's day, event date, hospital clinic and domain",
)

# 110
p(
    "es",
    "memorial",
    "Hoy despedimos con honores a doña Esperanza Tovar Luna, la paciente de mayor edad que hemos atendido: 103 años. Nació el 5/V en un rancho de Jalisco y vivió sus últimos 40 años en Union Gap con su hija Remedios. Gracias por confiar en nosotros. 🌹",
    [
        ("NAME", "Esperanza Tovar Luna"),
        ("AGE", "103"),
        ("DATE", "5/V"),
        ("GEO", "Union Gap"),
        ("NAME", "Remedios"),
    ],
    note="name (doña excluded); age over 89; birth date with Roman month; home town (Jalisco is a state); daughter whose name is also a word",
)

# 111
n(
    "en",
    "health_tip",
    "Pesticide exposure? Rinse skin for 15 min, remove clothes, and call Poison Control at 1-800-222-1222 or 911. Our ED takes calls 24/7 at 509-555-0123.",
    "national lines and the hospital's ED line",
)

# 112
p(
    "es",
    "thank_you",
    "Una familia de Harrah nos mandó esta carta: 'Gracias a la enfermera Lucía y al Dr. Tomás Aguilar por no dejar sola a mi mamá ni un minuto.' 💌 ¡Orgullosos de nuestro equipo!",
    [("GEO", "Harrah")],
    note="staff names are not labelled, but the patient's family's home town is: a nameless story with one identifier is patient-specific",
)

# 113
n(
    "en",
    "statistic",
    "In 2024, our two EDs saw 1,912 rodeo and horse-related injuries. Most common: wrist (31%), collarbone (18%), concussion (14%). Helmets cut concussions by half. 🤠",
    "aggregate statistics",
)

# 114
p(
    "es",
    "pasted_record",
    "Mensaje de Facturación (interno): la Sra. Benítez llamó por la cuenta 88-41027-3 de su hijo Bryan (póliza Molina 7720013458). Llamar al 509-555-0103 en la tarde.",
    [
        ("NAME", "Benítez"),
        ("ACCOUNT", "88-41027-3"),
        ("NAME", "Bryan"),
        ("HEALTH_PLAN", "7720013458"),
        ("PHONE", "509-555-0103"),
    ],
    note="mother's surname (Sra. excluded), account, patient, insurance policy, mother's phone (not a hospital line)",
)

# 115
n(
    "en",
    "campaign_hashtag",
    "Every purchase at our Apple Blossom Bake Sale supports #TeamTieton, the YVRH staff team riding in the Tour de Yakima on Aug. 10. 🚴 Go #TeamTieton!",
    "staff team hashtag that looks like a name hashtag; event date",
)

# 116
n(
    "es",
    "public_figure",
    "Gracias al cónsul de México en Seattle por visitar nuestro campus de Yakima y anunciar el consulado móvil para trabajadores agrícolas del 6 al 8 de marzo. 🇲🇽",
    "public official; event dates",
)

# 117
p(
    "en",
    "discharge",
    "going home day for our little sissy!!! 🎀 thank u 2 the 5 west nurses for every braid. #sissystrong",
    [("NAME", "sissy"), ("NAME", "#sissystrong")],
    note="lower-case nickname and its hashtag; 5 west is a unit",
)

# 118
n(
    "es",
    "eponymous_condition",
    "¿A tu hijo le duele la rodilla después del fútbol? Podría ser Osgood-Schlatter, muy común en adolescentes que crecen rápido. Hielo, descanso y consulta con tu pediatra. ⚽",
    "eponymous condition",
)

# 119
p(
    "en",
    "pasted_record",
    "note to self for Mon post: DON'T mention that Mrs. Tallbull is in ICU bed 7 or that her surgery was March 3rd. family only OK'd 'a grandmother from Parker'.",
    [("NAME", "Tallbull"), ("OTHER_ID", "bed 7"), ("DATE", "March 3rd"), ("GEO", "Parker")],
    note="a note posted by mistake leaks exactly what it warns about: surname, bed, surgery date, home town",
)

# 120
n(
    "es",
    "crisis_update",
    "🚨 Incendio en Cowiche Canyon: si tienes que evacuar y usas oxígeno en casa, llama a nuestra línea 509-555-0100 y te ayudamos a conseguir tanques. Refugio de la Cruz Roja en la secundaria de Naches.",
    "evacuation notice; places tied to no patient; hospital line",
)

# 121
p(
    "en",
    "birth_announcement",
    "Cheyenne Autumn Sampson made her grand entrance on 9/22 weighing 8 lb 1/2 oz, and big brother Dakota picked her name. 🍂 Pictured: Cheyenne with mom Brandi in room 4 of our Toppenish Birth Center.",
    [
        ("NAME", "Cheyenne Autumn Sampson"),
        ("DATE", "9/22"),
        ("NAME", "Dakota"),
        ("PHOTO", "Pictured"),
        ("NAME", "Cheyenne", 2),
        ("NAME", "Brandi"),
        ("OTHER_ID", "room 4"),
    ],
    note="names that are a tribe, a season and a state; birth date; '1/2' is a weight fraction, not a date; photo cue; mother; room in the birth center",
)

# 122
p(
    "es",
    "anonymous_story",
    'Una paciente de 97 años nos pidió que le pusiéramos su canción favorita antes de la cirugía de cadera. Salió cantando "Cielito Lindo". 🎶 Así da gusto trabajar.',
    [("AGE", "97")],
    note="unnamed patient, but an age over 89 is AGE, so the post is patient-specific",
)

# 123
n(
    "en",
    "campaign_hashtag",
    "#AutumnWellness tip: fall is flu-shot season. Walk-in flu clinics every Thursday in October at both campuses. Ages 6 months and up. 💉",
    "campaign hashtag with a word that is also a name; season and clinic days",
)

# 124
p(
    "es",
    "pasted_record",
    "Copiado del sistema: Nombre: TZOC CHAVAJAY, ROSALINDA | NHC: 2024-118736 | F. ingreso: 17-ago | Cama: 3 | Dirección: 611 S Wapato Ave, Wapato WA 98951 | Tel. esposo: 509 555 0196",
    [
        ("NAME", "TZOC CHAVAJAY, ROSALINDA"),
        ("MRN", "2024-118736"),
        ("DATE", "17-ago"),
        ("OTHER_ID", "Cama: 3"),
        ("GEO", "611 S Wapato Ave"),
        ("GEO", "Wapato", 2),
        ("GEO", "98951"),
        ("PHONE", "509 555 0196"),
    ],
    note="chart-style Maya double surname; clinical record number that starts like a year; admission date; bed with keyword; street, town, ZIP; husband's phone",
)

# 125
n(
    "en",
    "public_figure",
    "On this day in 1855, Kamiakin and other leaders signed the Treaty with the Yakama at Walla Walla. We honor the 14 confederated tribes and bands, and the Yakama families we serve every day. 🪶",
    "historical figure and historical date; tribes as population groups",
)

# 126
p(
    "es",
    "milestone_birthday",
    "👑 ¡Feliz cumpleaños, doña Reyes Valdovinos! Nuestra paciente centenaria cumplió años el 6 de enero, Día de Reyes, en la unidad de rehabilitación. Su bisnieto Jairo le llevó rosca. 🎂",
    [
        ("NAME", "Reyes Valdovinos"),
        ("AGE", "centenaria"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Jairo"),
    ],
    note="first name equal to the holiday's name; 'centenaria' is AGE; birthday as date and holiday; great-grandson",
)

# 127
n(
    "en",
    "staff_spotlight",
    "#MeetDrSage: Dr. Sage Whitehorse is our first Yakama-born trauma surgeon. She trained at OHSU and came home to Toppenish, where her grandmother was a midwife. 🪶 #MeetDrSage",
    "staff doctor, her home town and her own grandmother; a hashtag with a staff name is not a patient name",
)

# 128
p(
    "es",
    "discharge",
    "Después de 3 semanas por quemaduras en la bodega de Pacific Northwest Cold Storage, Efrén Lucas ya está en casa. Su compañero de cuarto, Baltazar, lo cuidará mientras sana. ¡Ánimo, Efrén! 💪",
    [
        ("NAME", "Pacific Northwest Cold Storage"),
        ("NAME", "Efrén Lucas"),
        ("NAME", "Baltazar"),
        ("NAME", "Efrén", 2),
    ],
    note="employer is NAME; patient; a roommate is a household member and is labelled",
)

# 129
p(
    "en",
    "pasted_record",
    "Registration note (wrong tab, sorry): pt SOHAPPY-JIM, LEVI  Yakama enrollment # 4410-0987  IHS benefits verified  Room 2W-16  DOB 02/29/2012",
    [
        ("NAME", "SOHAPPY-JIM, LEVI"),
        ("OTHER_ID", "4410-0987"),
        ("OTHER_ID", "Room 2W-16"),
        ("DATE", "02/29/2012"),
    ],
    note="chart-style name; a tribal enrollment number is an identifying number (OTHER_ID, value only); room; leap-day birth date",
)

# 130
n(
    "es",
    "health_tip",
    "Este 30 de abril, Día del Niño, regálale a tu hijo un casco para la bici o el caballo. 🐴 El 60% de las lesiones graves en la cabeza que vemos en niños se podían prevenir.",
    "holiday that is no patient's event; statistic",
)

# 131
p(
    "en",
    "memorial",
    "The family of Nettie 'Little Deer' Showaway asked us to thank the ICU for letting them hold a song ceremony at her bedside on the evening of the twelfth. She was 94. Her sisters Agnes and Irene were with her.",
    [
        ("NAME", "Nettie 'Little Deer' Showaway"),
        ("DATE", "twelfth"),
        ("AGE", "94"),
        ("NAME", "Agnes"),
        ("NAME", "Irene"),
    ],
    note="name with quoted Yakama nickname; day of month in words is the date of her last ceremony; age over 89; sisters",
)

# 132
n(
    "es",
    "research",
    "Investigación: de 312 pacientes con picadura de alacrán o de araña viuda negra atendidos entre 2019 y 2024, ninguno murió. El estudio lo presentará la Dra. Paz Carrillo el 2 de mayo en Seattle.",
    "aggregate research; staff researcher whose name is a word; conference date",
)

# 133
p(
    "en",
    "discharge",
    "Discharge day for the toughest hop farmer in Moxee! Walt Brueggeman, ninety-nine, beat pneumonia and wants everyone to know he'll be back on the tractor by harvest. Thank you to his son Dale and daughter-in-law Kim for every visit. 🚜",
    [
        ("GEO", "Moxee"),
        ("NAME", "Walt Brueggeman"),
        ("AGE", "ninety-nine"),
        ("NAME", "Dale"),
        ("NAME", "Kim"),
    ],
    note="home town; hyphenated age in words; son and daughter-in-law; 'harvest' is a season",
)

# 134
n(
    "es",
    "crisis_update",
    "Hoy a las 6:40 am hubo un choque de un autobús de trabajadores en la carretera 22 cerca de Buena. Recibimos 9 pacientes en Toppenish y 4 en Yakima. Familias: llamen al 509-555-0112. No daremos nombres por redes sociales.",
    "public incident with 13 unnamed patients: its location is news about the event, not an identifier of any one patient",
)

# 135
p(
    "en",
    "thank_you",
    "From Marcus Yellowash's mom: 'Please tell Dr. Ruiz and the 3 West nurses thank you for getting my boy home for his 16th birthday on the 20th. You can reach me at 509-555-0153 if you ever need a parent speaker.' We sure will! For our Family Advisory Council call 509-555-0100.",
    [("NAME", "Marcus Yellowash"), ("DATE", "20th"), ("PHONE", "509-555-0153")],
    note="patient (possessive excluded); his birthday as day of month; mother's phone next to the hospital's line; age 16 and staff not labelled",
)

# 136
n(
    "es",
    "event",
    "🩸 Donación de sangre este jueves 7 de noviembre en 2100 Tieton Drive, sala A, de 8 am a 3 pm. Cada donación puede salvar hasta 3 vidas. Regístrate: yvrhealth.org/sangre",
    "event date, hospital address and domain",
)

# 137
p(
    "en",
    "pasted_record",
    "Portal support ticket (public by accident): user 'kwhitefoot_rez' can't pair her grandson Tristan's glucose monitor (SN 3MH-0047-221) to his account. Contact: kwhitefoot@rez-net.org",
    [
        ("OTHER_ID", "kwhitefoot_rez"),
        ("NAME", "Tristan"),
        ("DEVICE", "3MH-0047-221"),
        ("EMAIL", "kwhitefoot@rez-net.org"),
    ],
    note="grandmother's portal user name and e-mail; patient; device serial",
)

# 138
n(
    "es",
    "statistic",
    "Datos de la temporada 2024: 47 niños atendidos por ahogamiento en canales de riego, 6 en estado grave. Nunca dejes a los niños solos cerca de un canal. 🌊",
    "aggregate statistics",
)

# 139
p(
    "en",
    "anonymous_story",
    "A grandpa from the Lower Valley brought our ED team a flat of cherries yesterday, one year after we treated him for a heart attack in the middle of harvest. 🍒 Best thank-you ever.",
    [("GEO", "Lower Valley")],
    note="unnamed patient, but his home area (the Lower Valley, a named region smaller than a state) is GEO",
)

# 140
n(
    "es",
    "sponsor",
    "Gracias a las Damas Guadalupanas de la parroquia Santa Rosa de Lima por las 150 cobijas para la sala de espera de Urgencias. 🙏",
    "donor group and a parish named after a saint",
)

# 141
p(
    "en",
    "milestone_birthday",
    "Boo! 🎃 Our favorite Halloween baby, Mrs. Opal Fenwick, celebrates her 90th today on the med-surg floor, costume and all. Her grandkids drove in from Kennewick to trick-or-treat the nurses' station.",
    [("DATE", "Halloween"), ("NAME", "Opal Fenwick"), ("AGE", "90th"), ("GEO", "Kennewick")],
    note="holiday that is her birthday; Mrs. excluded; ordinal age 90; grandchildren's home town",
)

# 142
p(
    "es",
    "pasted_record",
    "Se publicó una foto del formulario de ingreso: 'Nombre: Juan Carlos Hernández Sis / Seguro Social: 611 40 9823 / Fecha del accidente: 17 de agosto del 2023 / Empleador: Hernández Orchards LLC (no es familiar)'",
    [
        ("NAME", "Juan Carlos Hernández Sis"),
        ("SSN", "611 40 9823"),
        ("DATE", "17 de agosto del 2023"),
        ("NAME", "Hernández Orchards LLC"),
    ],
    note="name; SSN with spaces; accident date with 'del' year; employer is NAME even when it shares his surname; a photo of a form is not PHOTO",
)

# 143
n(
    "en",
    "event",
    "Our 2025 Golden Ladder Gala raised $412,000 for trauma care! Special thanks to honorary chair Evelyn Sundquist, 95, who has chaired the gala every year since 1979. 🍾",
    "donor's name and age over 89 are not a patient's",
)

# 144
p(
    "es",
    "discharge",
    "🇲🇽 ¡Qué manera de cumplir 8 años! Santiago Ortiz Paz salió hoy del hospital justo en su cumpleaños, el 5 de mayo. Su tía Paz dice que este Cinco de Mayo se festeja doble. 🎉",
    [
        ("NAME", "Santiago Ortiz Paz"),
        ("DATE", "5 de mayo"),
        ("NAME", "Paz", 2),
        ("DATE", "Cinco de Mayo"),
    ],
    note="birthday and discharge date written twice (date and holiday); aunt whose name is a word and also his surname; age 8 not labelled",
)

# 145
n(
    "en",
    "eponymous_condition",
    "Face drooping? It could be Bell's palsy, or it could be a stroke. Don't guess: BE FAST and call 911. Every minute counts. 🧠",
    "eponymous condition and 911",
)

# 146
p(
    "es",
    "memorial",
    "Hace un año nuestro querido compañero de mantenimiento, Rutilio 'Don Ruti' Zamora, murió aquí en la UCI después de 41 días de lucha contra el COVID. Hoy, 9 de enero, plantamos un manzano en su honor. #SiempreRuti",
    [("NAME", "Rutilio 'Don Ruti' Zamora"), ("DATE", "9 de enero"), ("NAME", "#SiempreRuti")],
    note="an employee who died as our patient is labelled; the anniversary date is his date of death; memorial hashtag",
)

# 147
n(
    "en",
    "sponsor",
    "Construction begins this spring on the Abraham & Rosa Esparza Family Birth Center in Toppenish, made possible by a $3 million gift from the Esparza family, who have farmed in the valley for four generations. 🏗️",
    "donor family naming a building",
)

# 148
p(
    "es",
    "pasted_record",
    "Reenviado: 'Aquí les mando la foto de mi papá Genaro ya sentado en la silla 🙌 hab. 4105, le operaron la cadera el 2/10. Mi WhatsApp es +52 443 555 0178 por si ocupan algo.'",
    [
        ("PHOTO", "foto"),
        ("NAME", "Genaro"),
        ("OTHER_ID", "hab. 4105"),
        ("DATE", "2/10"),
        ("PHONE", "+52 443 555 0178"),
    ],
    note="photo of the patient; name; room; surgery date (day/month as written); the son's Mexican number shares its last seven digits with the media line but is not the hospital's",
)

# 149
n(
    "en",
    "recruitment",
    "Nurse residency applications open Feb 1! Last year's cohort: 24 new grads, 9 from Heritage University, 6 who grew up picking cherries right here in the valley. 🍒 yvrhealth.org/residency",
    "recruitment date and statistics",
)

# 150
p(
    "es",
    "patient_story",
    "¡Nuestro paciente más famoso! El locutor de Radio KDNA, Chalo 'El Gallo' Mendívil, se rompió la pierna bailando en los XV años de su sobrina Kimberly en Granger. Ya está en casa y dice que el 'Gallo' vuelve al aire el lunes. 🎙️",
    [
        ("NAME", "Chalo 'El Gallo' Mendívil"),
        ("NAME", "Kimberly"),
        ("GEO", "Granger"),
        ("NAME", "Gallo", 2),
    ],
    note="a local celebrity who is our patient is labelled; niece; injury town; nickname again",
)

# 151
p(
    "en",
    "anonymous_story",
    "Our ED saw a 92y/o grandma this week who drove herself in with chest pain because she 'didn't want to bother anyone.' Please, call 911. We are never bothered. ❤️",
    [("AGE", "92y/o")],
    note="unnamed patient with an age over 89 (token with suffix)",
)

# 152
n(
    "es",
    "staff_spotlight",
    "🌎 30 de septiembre, Día Internacional de la Traducción: gracias a Floridalma Cux, nuestra intérprete de k'iche', que este año ayudó a más de 600 familias. ¡Maltyox, Floridalma!",
    "staff interpreter; awareness day",
)

# 153
p(
    "en",
    "pasted_record",
    "Census (posted in error):  BED 3 – MARTINEZ-TORRES, ALMA D. – CHF – fam @ bedside  |  BED 4 – (empty)  |  BED 5 – PIO, GORDON – 96 – DNR",
    [
        ("OTHER_ID", "BED 3"),
        ("NAME", "MARTINEZ-TORRES, ALMA D."),
        ("OTHER_ID", "BED 5"),
        ("NAME", "PIO, GORDON"),
        ("AGE", "96"),
    ],
    note="two patients' beds and chart-style names; age over 89; an empty bed is tied to no patient",
)

# 154
n(
    "es",
    "campaign_hashtag",
    "Este Día del Trabajo, #FuerzaCampesina: gracias a las y los trabajadores del campo que alimentan al país. Hoy tenemos clínica gratis de 9 a 3 en Fruitvale. 🍎🌽",
    "campaign hashtag shaped like a #Fuerza name hashtag; holiday",
)

# 155
p(
    "en",
    "patient_story",
    "Mother's Day in the NICU hits different. 💐 Our #NICUmoms got handmade cards from our nurses, and one very proud dad asked us to share this: 'Happy first Mother's Day, babe. Love, Luis & baby Sofía.' 👶 #TeamSofia",
    [("NAME", "Luis"), ("NAME", "Sofía"), ("NAME", "#TeamSofia")],
    note="father and NICU baby; name hashtag; Mother's Day is a holiday, not the patient's event",
)

# 156
n(
    "es",
    "health_tip",
    "29 de septiembre: Día Mundial del Corazón ❤️ Si eres mayor de 40, revisa tu presión cada año. Toma de presión gratis en el lobby de Yakima toda la semana.",
    "awareness day; population age",
)

# 157
p(
    "en",
    "pasted_record",
    "Discharge summary snippet someone pasted in the staff FB group (now deleted): 'Sage Wolfe, adm 2024-08-17, dc 2024-08-29, ladder fall at Zillah orchard, f/u ortho 2 wks.'",
    [("NAME", "Sage Wolfe"), ("DATE", "2024-08-17"), ("DATE", "2024-08-29"), ("GEO", "Zillah")],
    note="name that is a word; ISO admission and discharge dates; injury town",
)

# 158
n(
    "es",
    "anonymous_story",
    "Ayer un papá de Guatemala nos contó que su hijo nació aquí hace 15 años, en esta misma sala. Hoy volvió como voluntario. 🥹 Así crecen las familias del valle.",
    "anonymous; country and relative expressions only",
)

# 159
p(
    "en",
    "thank_you",
    "Thank you @the_bluehorse_fam for the 60 star quilts you dropped off for our oncology patients in honor of your dad, Curtis Bluehorse, who finished treatment here in April. Tag @YVRHFoundation to learn how to give! ⭐",
    [("OTHER_ID", "@the_bluehorse_fam"), ("NAME", "Curtis Bluehorse"), ("DATE", "April")],
    note="donors introduced as a patient's family: their handle is OTHER_ID; patient; month alone tied to his treatment; the foundation's handle is not labelled",
)

# 160
n(
    "es",
    "sponsor",
    "Gracias a la Cooperativa Frutícola del Valle por donar 2 ambulancias nuevas para la zona de Mabton y Bickleton. 🚑",
    "sponsor; service area",
)

# 161
p(
    "en",
    "patient_story",
    "This #HopeHarvest, meet Hope. Hope Saluskin was 6 when a fall from the family's hop trellis broke her arm in two places. Today she's 9, and she wants you to know that ladders are for grown-ups. 🍏 #HopeHarvest",
    [("NAME", "Hope", 1), ("NAME", "Hope Saluskin")],
    note="patient named Hope; the #HopeHarvest campaign hashtag is not her name; ages under 90",
)

# 162
p(
    "es",
    "thank_you",
    "La familia Tinoco agradece a todos los que preguntan por don Efraín: sigue en recuperación. Para visitas o ayuda, hablen con su hijo Rubén al 509-555-0184, no al hospital (509-555-0100). 🙏",
    [("NAME", "Tinoco"), ("NAME", "Efraín"), ("NAME", "Rubén"), ("PHONE", "509-555-0184")],
    note="family surname, patient, son and son's phone; the hospital's main line is not labelled",
)

# 163
n(
    "en",
    "statistic",
    "Wildfire smoke season, by the numbers: 19 days over AQI 200 in Yakima, 3,410 free N95s handed out, 288 asthma visits, 1 very tired respiratory therapy team. 💨",
    "aggregate statistics",
)

# 164
p(
    "es",
    "pasted_record",
    "Error de publicación: 'Los papás de Valentina Guzmán pidieron que actualicemos su página caringbridge.org/visit/valentinaguzman. Acceso bloqueado desde 2601:1c0:8b00:4e::1a.'",
    [
        ("NAME", "Valentina Guzmán"),
        ("URL", "caringbridge.org/visit/valentinaguzman"),
        ("IP", "2601:1c0:8b00:4e::1a"),
    ],
    note="patient; family's CaringBridge URL; IPv6 address",
)

# 165
n(
    "en",
    "event",
    "Fourth of July fireworks safety demo with Dr. Brent Whitney, 10 am July 3 at the Toppenish fire station. Every year we treat hand and eye burns from backyard fireworks. Leave it to the pros! 🎆",
    "holiday and event date; staff doctor",
)

# 166
p(
    "es",
    "memorial",
    "🕯️ En nuestro altar de Día de Muertos recordamos a los pacientes que nos dejaron este año. Con permiso de sus familias, hoy nombramos a don Porfirio Lemus, a la niña Daniela Xiloj y a la señora Concepción 'Conchita' Arreola. Siempre en nuestro corazón. 💐",
    [
        ("NAME", "Porfirio Lemus"),
        ("NAME", "Daniela Xiloj"),
        ("NAME", "Concepción 'Conchita' Arreola"),
    ],
    note="three deceased patients named; Día de Muertos is the hospital's observance, not a patient's date",
)

# 167
n(
    "en",
    "health_tip",
    "Cleaning out the hop barn or orchard shed this spring? Mouse droppings can carry hantavirus. Wet them down with bleach first, wear gloves and an N95, and never sweep dry. 🐭",
    "health tip",
)

# 168
p(
    "es",
    "discharge",
    "Doña Tomasa Ixcotoyac regresa hoy a su casa en Harrah (98933) después de su cirugía de vesícula. Para dudas sobre su cuidado, su hija Marleny puede llamar a nuestra línea en español, 509-555-0156, o venir a 502 W 4th Ave, Toppenish 98948.",
    [("NAME", "Tomasa Ixcotoyac"), ("GEO", "Harrah"), ("GEO", "98933"), ("NAME", "Marleny")],
    note="patient's home town and ZIP next to the hospital's address, town and ZIP (not labelled); daughter",
)

# 169
p(
    "en",
    "milestone_birthday",
    "Our 100-year-old sweetheart! 💘 Happy birthday to Clarence 'Tiny' Lindquist of Selah, born on February 14 and married to his sweetheart Marian for 71 years. Room 318 is full of red balloons today.",
    [
        ("AGE", "100-year-old"),
        ("NAME", "Clarence 'Tiny' Lindquist"),
        ("GEO", "Selah"),
        ("DATE", "February 14"),
        ("NAME", "Marian"),
        ("OTHER_ID", "Room 318"),
    ],
    note="hyphenated age token; name with nickname; home town; birthday; wife; room",
)

# 170
n(
    "es",
    "event",
    "5 de mayo: hoy vestimos de rojo por el Día Nacional de Concientización sobre Personas Indígenas Desaparecidas y Asesinadas (MMIP). 🟥 Si necesitas apoyo, nuestra trabajadora social Yolanda Sampson está en el 509-555-0112.",
    "awareness day date; staff social worker and hospital line",
)

# 171
p(
    "en",
    "pasted_record",
    "EMS report attached to the wrong post: 34 y/o M, fell ~12 ft from orchard ladder, Cowiche. Pt ID from wallet: ELISEO RAMOS VELASCO, WA DL RAMOSEV512QD. Truck left at scene: plate C74209F.",
    [
        ("GEO", "Cowiche"),
        ("NAME", "ELISEO RAMOS VELASCO"),
        ("LICENSE", "RAMOSEV512QD"),
        ("VEHICLE", "C74209F"),
    ],
    note="injury place; ALL-CAPS name; licence; the patient's truck plate; age 34 not labelled",
)

# 172
n(
    "es",
    "health_tip",
    "Embarazadas en la pizca: el calor aumenta el riesgo de parto prematuro. Descansa a la sombra, toma agua y si sientes contracciones llama al 509-555-0134. — Partera Rocío Maldonado, Centro de Nacimiento de Toppenish 🤰",
    "tip signed by a staff midwife; birth center line",
)

# 173
n(
    "en",
    "anonymous_story",
    "Someone left a bag of Rainier cherries and a note at our ED desk: 'For the night shift that stayed with my husband. You know who you are.' We do now. 🍒",
    "anonymous note; Rainier is a cherry variety",
)

# 174
p(
    "es",
    "birth_announcement",
    "🇲🇽🇺🇸 Nació en pleno Grito: Itzayana Villa Cortés llegó la noche del 15 de septiembre a nuestro Centro de Nacimiento. Sus papás, de Sunnyside, ya le compraron su vestido de china poblana. ¡Bienvenida!",
    [
        ("DATE", "Grito"),
        ("NAME", "Itzayana Villa Cortés"),
        ("DATE", "15 de septiembre"),
        ("GEO", "Sunnyside"),
    ],
    note="birth date written as the Grito holiday and as a date; surname that is a word; parents' home town",
)

# 175
n(
    "en",
    "research",
    "Dr. Ngozi Eze's team found that 1 in 5 farmworkers with a 'summer cold' in August actually had Valley fever or pertussis. Her study is out now in the Journal of Agromedicine. 🔬",
    "staff researcher; month tied to a population, not a patient",
)

# 176
p(
    "es",
    "pasted_record",
    'respuesta que se publicó sin querer: "hola sra. yesica, su niño (brayan, cama 8 de pediatría) ya comió y está dormido. le marcamos al 509 555 0162 si hay cambios"',
    [("NAME", "yesica"), ("NAME", "brayan"), ("OTHER_ID", "cama 8"), ("PHONE", "509 555 0162")],
    note="lower-case names of mother and child; bed; mother's phone",
)

# 177
n(
    "en",
    "hospital_contact",
    "Phones are back! Our main line (509) 555-0100 and ED line 509.555.0123 are working again after this morning's outage. Thank you for your patience.",
    "the hospital's own numbers in other formats",
)

# 178
p(
    "es",
    "memorial",
    "Con tristeza les compartimos que don Isidro Cuevas, nuestro paciente de cardiología por 20 años y el campesino que cada año nos traía la primera canasta de espárragos, falleció el Día de Acción de Gracias a los 90 años en su casa de Grandview. Gracias, don Chilo. 🌾",
    [
        ("NAME", "Isidro Cuevas"),
        ("DATE", "Día de Acción de Gracias"),
        ("AGE", "90"),
        ("GEO", "Grandview"),
        ("NAME", "Chilo"),
    ],
    note="patient and his nickname; holiday is the date of death; age 90; home town",
)

# 179
n(
    "en",
    "milestone_birthday",
    "Happy 91st birthday to our oldest volunteer, Harold 'Hal' Pettibone, who has greeted visitors at the Yakima main entrance every Wednesday since 1992! 🎂",
    "a volunteer's name, age and birthday are not a patient's",
)

# 180
n(
    "es",
    "public_figure",
    "Hoy recordamos a Dolores Huerta y a César Chávez, que lucharon por la salud de los trabajadores del campo. Su legado vive en cada una de nuestras clínicas móviles. ✊ #SíSePuede",
    "public and historical figures; slogan hashtag",
)

# 181
p(
    "en",
    "patient_story",
    "Two Floreses, one save: when 7-year-old Marisa Flores was thrown from a horse near Wiley City on Aug. 2, our flight nurse Javier Flores (no relation!) was on the helicopter that brought her in. Marisa is home and already asking to ride again. 🚁",
    [("NAME", "Marisa Flores"), ("GEO", "Wiley City"), ("DATE", "Aug. 2"), ("NAME", "Marisa", 2)],
    note="patient and a staff nurse share a surname: only the patient's name is labelled; injury place; injury date; age 7 not labelled",
)

# 182
n(
    "en",
    "event",
    "Pancakes with the Pediatrics team! Sunnyside Up Breakfast, Sat. Nov. 9, 8–11am at the Sunnyside Community Center. Proceeds go to our Child Life program. 🥞",
    "event name, date and venue",
)

# 183
p(
    "es",
    "patient_story",
    "Gracias a la comunidad mixteca del valle por las oraciones para Evaristo Merino. Evaristo, originario de Santiago Juxtlahuaca, Oaxaca, sigue en terapia intensiva después de la caída en la huerta. Su esposa Natividad está con él. 🙏",
    [
        ("NAME", "Evaristo Merino"),
        ("NAME", "Evaristo", 2),
        ("GEO", "Santiago Juxtlahuaca"),
        ("NAME", "Natividad"),
    ],
    note="patient; home town in Mexico (the state Oaxaca is not GEO); wife whose name is a word; the Mixtec community is a population group",
)

# 184
n(
    "en",
    "health_tip",
    "Harvest tip: pick from dawn to early afternoon and rest in the shade when it hits 90°. Heat cramps → water + shade. Confusion or no sweat → 911. 🍏",
    "a temperature of 90° is not an age",
)

# 185
p(
    "en",
    "pasted_record",
    "COPY OF REFERRAL FAXED TO SUNNYSIDE HOME HEALTH (why is this on our page??): PT: BLACKWOLF, ISADORE   AGE: 94 YO   ADDR: 231 Meyers Rd, White Swan   PCP: Dr. K. Ahtone   INS: Medicare 1EG4-TE5-MK72",
    [
        ("NAME", "BLACKWOLF, ISADORE"),
        ("AGE", "94"),
        ("GEO", "231 Meyers Rd"),
        ("GEO", "White Swan"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
    ],
    note="chart-style name; age over 89 with a separate unit token; street and town; Medicare number; the home-health agency and the doctor are not labelled",
)

# 186
n(
    "es",
    "health_tip",
    "🧓 Golpes de calor en adultos mayores: revisa que tengan agua, ventilador y un teléfono a la mano. Comparte con tu familia. #AbuelitosSeguros",
    "population tip; campaign hashtag",
)

# 187
p(
    "en",
    "thank_you",
    "We're not crying, you're crying. 😭 The firefighters who pulled him from the irrigation canal in June came back to visit today. #liamstrong",
    [("DATE", "June"), ("NAME", "#liamstrong")],
    note="patient named only in a lower-case hashtag; month alone of the rescue",
)

# 188
n(
    "en",
    "recruitment",
    "Now hiring: CNAs for our Toppenish skilled nursing unit (night shift, $2/hr differential). Spanish or Sahaptin a plus. Open house Thursday 3–6pm at 502 W 4th Ave. 🩺",
    "recruitment; hospital address",
)

# 189
p(
    "es",
    "pasted_record",
    "Mensaje interno publicado por error: el Sr. Anselmo Rojas (exp. YVR-00913-C) pide que no le digan a su hija Griselda lo del diagnóstico antes del 16 de septiembre, porque es su quinceañera. Cuarto 112.",
    [
        ("NAME", "Anselmo Rojas"),
        ("MRN", "YVR-00913-C"),
        ("NAME", "Griselda"),
        ("DATE", "16 de septiembre"),
        ("OTHER_ID", "Cuarto 112"),
    ],
    note="Sr. excluded; record number; daughter; the date of a relative's own event (her quinceañera) is labelled; room",
)

# 190
n(
    "en",
    "anonymous_story",
    "Yesterday a man walked 3 miles from an orchard camp with a deep chainsaw cut, wrapped in his own shirt. He's stitched up and resting. Orchard managers: please make sure every crew has a first-aid kit and a phone. ⛑️",
    "anonymous story with no identifier",
)

# 191
p(
    "en",
    "discharge",
    "Heading home to Medicine Valley today: Tiichám 'Earth' Jim, 17, after a month with us following a rodeo wreck. His Auntie Georgette says the whole longhouse is cooking. 🪶",
    [("GEO", "Medicine Valley"), ("NAME", "Tiichám 'Earth' Jim"), ("NAME", "Georgette")],
    note="home community on the reservation; Ichishkíin name with quoted English nickname; aunt (Auntie excluded); age 17 not labelled",
)

# 192
n(
    "es",
    "statistic",
    "En 2024 nuestro equipo de trauma atendió a 186 personas por caídas de escalera: 41% en la cosecha de manzana, 28% en cereza y 12% en pera. La edad promedio: 38 años.",
    "aggregate statistics",
)

# 193
p(
    "en",
    "pasted_record",
    "Heads up, team: the TikTok video a visitor posted from our lobby shows Mr. Alvarez-Yallup in his wheelchair with his wristband visible (#77120451). Please ask them to take it down.",
    [("PHOTO", "video"), ("NAME", "Alvarez-Yallup"), ("OTHER_ID", "77120451")],
    note="internal note posted publicly: a video showing the patient; hyphenated surname; wristband number",
)

# 194
n(
    "en",
    "event",
    "Find our mobile health van at the Yakama Nation Treaty Days Pow Wow in Toppenish, June 6–9: free blood sugar checks, sunscreen, and water. 🪶☀️",
    "public event and dates",
)

# 195
p(
    "es",
    "discharge",
    "¡DE ALTA! 🎉 Nuestro campeón de jaripeo Yahir 'El Potrillo' Salgado, de 19 años, ya va de regreso a su casa en la colonia Las Flores de Zamora, Michoacán, con su mamá Lorena. ¡Cuídate, Potrillo! #ElPotrilloVuelve",
    [
        ("NAME", "Yahir 'El Potrillo' Salgado"),
        ("GEO", "Las Flores"),
        ("GEO", "Zamora"),
        ("NAME", "Lorena"),
        ("NAME", "Potrillo", 2),
        ("NAME", "#ElPotrilloVuelve"),
    ],
    note="name with nickname; foreign neighbourhood and city (the state is not GEO); mother; nickname and its hashtag",
)

# 196
n(
    "en",
    "public_figure",
    "Thanks to Yakama Nation Tribal Council members and Gov. Bob Ferguson for joining the ribbon-cutting of our new dialysis unit in Toppenish. 24 chairs, 0 more 2-hour drives. 🎀",
    "public officials; hospital unit",
)

# 197
p(
    "en",
    "pasted_record",
    "Auto-reply pasted into our story by mistake: 'Your message to billing@yvrhealth.org about account 5521-0034-88 (patient: Crystal Tahkeal) was received. We'll reply to crystal.tahkeal+bills@gmail.com within 2 business days.'",
    [
        ("ACCOUNT", "5521-0034-88"),
        ("NAME", "Crystal Tahkeal"),
        ("EMAIL", "crystal.tahkeal+bills@gmail.com"),
    ],
    note="account; patient whose name is a word; her e-mail next to the hospital's billing address",
)

# 198
n(
    "es",
    "event",
    "2 de febrero, Día de la Candelaria: ¡los tamales los ponen los de Urgencias! 🫔 Feliz día a todo nuestro personal.",
    "holiday for staff",
)

# 199
p(
    "en",
    "memorial",
    "Pictured: 'Buck' and his daughters Rayna and Shay at our Yakima ICU, the week before we lost him on October 3rd. Wayne 'Buck' Sigo rode broncs for 30 years and never once wore a helmet. Happy trails, cowboy. 🤠",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Buck", 1),
        ("NAME", "Rayna"),
        ("NAME", "Shay"),
        ("DATE", "October 3rd"),
        ("NAME", "Wayne 'Buck' Sigo"),
    ],
    note="photo cue; nickname; daughters; date of death; full name with nickname",
)

# 200
n(
    "es",
    "crisis_update",
    "🔥 Actualización 8 de agosto, 6 pm: el incendio de Cowiche Canyon sigue activo. Nuestro campus de Yakima tiene energía de respaldo y Urgencias funciona normal. Si necesitas ayuda con oxígeno en casa: 509-555-0100.",
    "dated crisis update; hospital line",
)

# 201
n(
    "en",
    "staff_spotlight",
    "Say hi to 'Baby' Ruth Tallman, our longest-serving NICU nurse (she got the nickname as the youngest hire in 1989!). Ruth has rocked more than 6,000 preemies. 👶💙",
    "staff nurse with a nickname",
)

# 202
p(
    "es",
    "pasted_record",
    "Nota para la publicación del martes (NO PUBLICAR ESTO): bebé varón de Leydi Sontay, nacido 17/03, incubadora 12, Apple Health 105588204WA. Mamá pidió solo 'un bebé prematuro de Granger'.",
    [
        ("NAME", "Leydi Sontay"),
        ("DATE", "17/03"),
        ("OTHER_ID", "incubadora 12"),
        ("HEALTH_PLAN", "105588204WA"),
        ("GEO", "Granger"),
    ],
    note="mother; birth date; isolette; Apple Health id; home town",
)

# 203
n(
    "en",
    "eponymous_condition",
    "3/21 is World Down Syndrome Day! 🧦🧦 Wear mismatched socks and swing by our Yakima lobby for info on our Down syndrome clinic, open every other Friday.",
    "awareness day written as a date; eponymous condition",
)

# 204
p(
    "en",
    "milestone_birthday",
    "happy 103rd to the sweetest lady on 4 north 💕 mrs. perpetua yallup turned 103 yesterday, the 27th, and requested salmon & huckleberries for dinner. #Perpetua103",
    [
        ("AGE", "103rd"),
        ("NAME", "perpetua yallup"),
        ("AGE", "103"),
        ("DATE", "27th"),
        ("NAME", "#Perpetua103"),
    ],
    note="lower-case; ordinal and plain age; day of month alone is the birthday; a hashtag with her name is NAME",
)

# 205
p(
    "es",
    "thank_you",
    "Gracias a los hijos de doña Herminia Zaragoza Pulido, que en memoria de su mamá donaron 20 sillas reclinables para la sala de diálisis, donde ella pasó 6 años. Herminia trabajó 30 años en Monte Verde Fresh de Wapato. 💜",
    [
        ("NAME", "Herminia Zaragoza Pulido"),
        ("NAME", "Herminia", 2),
        ("NAME", "Monte Verde Fresh"),
        ("GEO", "Wapato"),
    ],
    note="donors are a patient's children; patient; employer is NAME; town where she worked",
)

# 206
n(
    "en",
    "eponymous_condition",
    "ALS, often called Lou Gehrig's disease, affects about 30,000 Americans. Our new ALS clinic opens Sept. 5 with Dr. Marisol Quintana-Fry. Referrals: 509-555-0100.",
    "eponym named after a public figure; clinic date; staff doctor",
)

# 207
p(
    "en",
    "pasted_record",
    "The whiteboard in our Nurses Week post shows more than we meant: 'Rm#412b  R.T.  DOB 12-25-49  NPO p MN  fall risk'. Reposting without it. Sorry!",
    [("OTHER_ID", "Rm#412b"), ("NAME", "R.T."), ("DATE", "12-25-49")],
    note="room in odd format; initials; birth date with two-digit year; a whiteboard photo is not PHOTO",
)

# 208
n(
    "es",
    "campaign_hashtag",
    "Cada bebé prematuro que se va a casa es uno de nuestros #MilagrosDelValle. 💕 Este 17 de noviembre, Día Mundial del Prematuro, iluminaremos de morado el campus de Toppenish.",
    "campaign hashtag containing a word that is also a name; awareness day",
)

# 209
n(
    "en",
    "sponsor",
    "Thank you to the Yakima Valley Hop Growers for the $50,000 grant that put AEDs in 30 packing houses. 💓",
    "sponsor",
)

# 210
p(
    "en",
    "patient_story",
    "Married 70 years and still holding hands from bed 2 and bed 3! Our ICU moved Ardith and Leroy Cheshier side by side after both came in with RSV. Ardith is ninety, Leroy is 93, and they want you to get your RSV shot. 💞",
    [
        ("OTHER_ID", "bed 2"),
        ("OTHER_ID", "bed 3"),
        ("NAME", "Ardith", "*"),
        ("NAME", "Leroy Cheshier"),
        ("NAME", "Leroy", 2),
        ("AGE", "ninety"),
        ("AGE", "93"),
    ],
    note="two patients (a couple): beds, names, ages over 89 in words and digits",
)

# 211
n(
    "en",
    "research",
    "Our clinical trial of a heat-warning smartwatch for farmworkers is enrolling! Adults 18–65 who work outdoors in Yakima County. $150 for 6 weeks. Info: yvrhealth.org/heatstudy or 509-555-0100.",
    "research recruitment; population",
)

# 212
p(
    "es",
    "memorial",
    "Con el permiso de su familia: nuestro paciente Faustino Pop Caal, de 22 años, falleció el lunes tras el accidente en la US-12. Para ayudar a repatriarlo a Cobán, pueden depositar en la cuenta 4471-002219 del Banco Rural a nombre de su hermano Abelino Pop.",
    [
        ("NAME", "Faustino Pop Caal"),
        ("GEO", "US-12"),
        ("GEO", "Cobán"),
        ("ACCOUNT", "4471-002219"),
        ("NAME", "Abelino Pop"),
    ],
    note="patient; road of the crash; foreign home town; the brother's bank account; weekday not labelled",
)

# 213
n(
    "en",
    "anonymous_story",
    "Our youngest patient went home today after 43 days in the NICU. Mom told us she'd practiced buckling the car seat every night for a month. 🚗💙",
    "nameless story: 'today' and a length of stay are not identifiers",
)

# 214
n(
    "es",
    "staff_spotlight",
    "Nuestra primera enfermera bilingüe, la señora Rosario Tello, cumplió 90 años y vino a visitarnos. Trabajó aquí de 1961 a 1999. ¡Gracias por abrir camino, Rosario! 🌹",
    "retired staff member visiting; her age is not a patient's",
)

# 215
p(
    "en",
    "discharge",
    "Austin Kamkoff is going home! 🎈 admitted on Juneteenth with a ruptured appendix, discharged 11 days later to his grandparents' farm outside Mabton. fly, little buddy.",
    [("NAME", "Austin Kamkoff"), ("DATE", "Juneteenth"), ("GEO", "Mabton")],
    note="first name that is a city; holiday is the admission date; home near Mabton",
)

# 216
n(
    "en",
    "health_tip",
    "WILDFIRE SMOKE + ASTHMA = STAY INSIDE. #SmokeReady",
    "short ALL-CAPS tip",
)

# 217
p(
    "en",
    "pasted_record",
    "Form letter draft (oops): 'Dear Mr. and Mrs. Ortega-Sohappy, thank you for choosing YVRH for Luna's birth on 04.11. We have your contact number as 5095550174; please let us know if it changes.'",
    [("NAME", "Ortega-Sohappy"), ("NAME", "Luna"), ("DATE", "04.11"), ("PHONE", "5095550174")],
    note="parents' hyphenated surname; baby's name that is a word; birth date with dots; family phone without separators",
)

# 218
n(
    "es",
    "research",
    "Nuevo estudio de la Dra. Carmen Ixcot: las familias que viven a menos de 100 metros de huertas fumigadas reportan más asma infantil. Presentación gratuita el 21 de marzo, Centro Comunitario de Wapato.",
    "staff researcher; population; event date and venue",
)

# 219
p(
    "en",
    "patient_story",
    "Get well soon, Coach Ray Sampson! 🏈 He spent Friday night's homecoming game in our ED with chest pain instead of on the sideline. His wife Tina says he was mostly mad they lost.",
    [("NAME", "Ray Sampson"), ("NAME", "Tina")],
    note="a local public figure who is our patient; Coach excluded; wife",
)

# 220
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad: es una condición. Este 21 de marzo, ponte calcetines disparejos y celebra con nosotros en el lobby de Toppenish. 🧦",
    "eponymous condition; awareness day",
)

# 221
p(
    "en",
    "thank_you",
    "To the orchard crew who carried Ladybug's mom 2 miles to the road after her fall near Gleed, and to Ladybug herself, age 9, who called 911: you are heroes. 🐞 #LadybugHero",
    [("NAME", "Ladybug", "*"), ("GEO", "Gleed"), ("NAME", "#LadybugHero")],
    note="the patient is the mother; her daughter's nickname (a word) and hashtag are a relative's name; injury place",
)

# 222
p(
    "es",
    "pasted_record",
    "¿Quién publicó esto? 'Familiares de Rosaura Quiej: su carro (placas BWT9032, Honda gris) está en el lote de grúas desde el accidente del 3 de marzo.' BORRAR.",
    [("NAME", "Rosaura Quiej"), ("VEHICLE", "BWT9032"), ("DATE", "3 de marzo")],
    note="patient; her car's plate; accident date",
)

# 223
p(
    "en",
    "statistic",
    "In 2024 we welcomed 2,031 babies. 14 were born on the Fourth of July, 9 on Christmas, and 1 very punctual young man arrived at exactly midnight on New Year's. 🎆🎄🎉",
    [("DATE", "New Year's")],
    note="aggregate holiday counts are not labelled, but the one baby born at midnight on New Year's has a person-tied date",
)

# 224
n(
    "es",
    "health_tip",
    "Si te pica un alacrán: lava con agua y jabón, pon hielo y llama a Control de Envenenamientos 1-800-222-1222. Si es un niño pequeño, ven directo a Urgencias. 🦂",
    "national poison line",
)

# 225
n(
    "en",
    "event",
    "Happy 75th birthday to us! 🎂 Yakima Valley Regional Health opened its doors on March 1, 1950, with 40 beds and 6 nurses. Join us for cake in the main lobby Friday at 2pm.",
    "the hospital's own anniversary date",
)

# 226
p(
    "en",
    "pasted_record",
    "Please remove: the screenshot in our Safety Week post shows an L&I claim form for worker Dionisio Ajtún, claim # BK-441902, injury date 10/14, employer Cascade Crest Fruit, Tieton.",
    [
        ("NAME", "Dionisio Ajtún"),
        ("OTHER_ID", "BK-441902"),
        ("DATE", "10/14"),
        ("NAME", "Cascade Crest Fruit"),
        ("GEO", "Tieton"),
    ],
    note="patient; workers' comp claim number; injury date; employer and its town; a screenshot of a form is not PHOTO",
)

# 227
n(
    "en",
    "staff_spotlight",
    "Meet our Yakama language interpreter team: Winona, Delphine and Marcus. Last year they interpreted for 1,200 visits in Ichishkíin. Ask for them at any front desk! 🪶",
    "staff first names",
)

# 228
p(
    "en",
    "discharge",
    "After a chlorine exposure on a Wapato packing line on July 5, Ernesto Jacinto is heading home to his wife Yazmin and their four kids. Huge thanks to his supervisors at Columbia Ridge Packing, who visited every day. 💙",
    [
        ("GEO", "Wapato"),
        ("DATE", "July 5"),
        ("NAME", "Ernesto Jacinto"),
        ("NAME", "Yazmin"),
        ("NAME", "Columbia Ridge Packing"),
    ],
    note="injury town and date; patient; wife; employer",
)

# 229
n(
    "en",
    "anonymous_story",
    "To the family who brought their abuela to our Toppenish ED during the smoke last week: she asked us to tell you she's fine, she just wants her rosary back. 📿 We've got it at the front desk.",
    "anonymous; relative expressions; the hospital's ED",
)

# 230
p(
    "es",
    "patient_story",
    "q bonito ver a mi apá Chencho Beltrán caminar otra ves despues de la cirujía del 12 de julio 😭 gracias al 3 oeste. ya quiere regresar a la huerta en parker jajaja",
    [("NAME", "Chencho Beltrán"), ("DATE", "12 de julio"), ("GEO", "parker")],
    note="family comment with typos: nickname and surname; surgery date; lower-case home town",
)

# 231
p(
    "es",
    "milestone_birthday",
    "¡Felicidades a don Juan de Dios Cárdenas, que festejó sus noventa años el día de San Juan en la sala de diálisis! Su hija Eréndira trajo pastel para todos. 🎂",
    [
        ("NAME", "Juan de Dios Cárdenas"),
        ("AGE", "noventa"),
        ("DATE", "día de San Juan"),
        ("NAME", "Eréndira"),
    ],
    note="name containing a preposition; age over 89 in words; a saint's day that is his birthday; daughter",
)

# 232
p(
    "es",
    "discharge",
    "Eulalia Chun regresó hoy a su casa en Outlook. Su mamá en Nebaj nos pidió compartir su número para quien quiera ayudar: +502 5555 0142. 🇬🇹💛",
    [("NAME", "Eulalia Chun"), ("GEO", "Outlook"), ("GEO", "Nebaj"), ("PHONE", "+502 5555 0142")],
    note="patient; home town that is an English word; mother's town and Guatemalan phone",
)

# 233
p(
    "es",
    "pasted_record",
    "pegado del sistema x error: 'cortez ramos, maría de la luz – 83 a – f. nac. 8/12/1941 – alergia a penicilina'",
    [("NAME", "cortez ramos, maría de la luz"), ("DATE", "8/12/1941")],
    note="lower-case chart-style name; birth date; age 83 is not over 89",
)

# 234
n(
    "es",
    "event",
    "Taller gratuito de primeros auxilios para mayordomos y capataces de huerta: miércoles 19 de febrero, 6 pm, Centro Comunitario de Zillah. Cupo limitado. Inscríbete al 509-555-0156.",
    "event date and venue; hospital line",
)

# 235
p(
    "en",
    "pasted_record",
    "Oops: our 'thank you nurses' collage includes a sticky note that reads 'Mrs. D — MRN 0072 1189 — wants her daughter Claudette called at 206-555-0131 after 7pm.' Fixed version below.",
    [("NAME", "D"), ("MRN", "0072 1189"), ("NAME", "Claudette"), ("PHONE", "206-555-0131")],
    note="initial used for the patient; MRN with a space; daughter and her phone",
)

# 236
p(
    "en",
    "memorial",
    "Our hearts are with the Yakama Nation on the passing of elder and language keeper Mildred Sampson-Umtuch, who was cared for by our hospice team until her death on March 8. Like Chief Kamiakin before her, she spent her life defending her people's land and language.",
    [("NAME", "Mildred Sampson-Umtuch"), ("DATE", "March 8")],
    note="a well-known elder who was our patient; date of death; the historical leader is not labelled",
)

# 237
p(
    "en",
    "thank_you",
    "Mail for our NICU grad Baby Elías Rocha keeps coming to us at 2100 Tieton Drive! His family asked us to share their new address for cards: 908 N 1st St, Selah. Thank you for the love! 💌",
    [("NAME", "Elías Rocha"), ("GEO", "908 N 1st St"), ("GEO", "Selah")],
    note="Baby excluded; the family's street and town next to the hospital's address",
)

# 238
n(
    "en",
    "campaign_hashtag",
    "Questions at 2am? #AskAnna, our new bilingual nurse chatbot, answers 24/7 at yvrhealth.org/anna. (Anna is not a real person, but the nurses behind her are!) 🤖",
    "a chatbot's name and campaign hashtag; hospital domain",
)

# 239
n(
    "en",
    "public_figure",
    "Our new Kamiakin Conference Center is named for the 19th-century Yakama leader. First event: Grand Rounds with Dr. Lena Tulee on wildfire smoke and pregnancy, Jan. 15 at noon.",
    "historical figure naming a room; staff doctor; event date",
)

# 240
n(
    "en",
    "statistic",
    "1 in 4 of our ED visits during harvest are people who work in orchards, hop yards or packing houses. 94% are treated and released the same day. 🍎",
    "aggregate statistics; 94% is not an age",
)

if __name__ == "__main__":
    S.main("phi_dev65_source")
