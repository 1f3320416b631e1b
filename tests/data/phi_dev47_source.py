"""Blind development set d47 for the PHI scanner: tests/data/phi_dev47.jsonl.

Organisation: Valle Central Community Health (phi_dev47_org.json): a community hospital
in Fresno (2750 East Ventura Avenue; Cedar clinic at 4620 North Cedar Avenue), a clinic
and birth center in Merced (1415 West 18th Street), a farmworker clinic in Mendota
(880 Santa Fe Avenue) and a mobile clinic; main line (559) 555-0100, Spanish, Hmong and
Punjabi lines, Merced clinic, foundation, records fax and mobile-clinic dispatch;
domains vallecentralhealth.org and vchfoundation.org; handles @ValleCentralHealth,
@VCHMerced, @SaludValleCentral, @VCHFoundation.
Focus: Mexican and Oaxacan (Mixteco) farmworker families, Hmong and Punjabi Sikh
families in Fresno and Merced counties: heat illness, tractor, almond-shaker and
pesticide injuries, valley fever, raisin and almond harvest, wildfire smoke, Catholic
saints' days, Hmong New Year, Vaisakhi and Gurpurab.
Hard cases: names that are words or places (Hope, Her, Lee, Lo, Soledad, Esperanza,
Socorro, Remedios, Paz, Sierra Madera, Santiago, Sunny, Bell), nicknames and
nickname-descriptors (Chema, Cuca, Peaches, la flaca, la Chaparrita), lower-case and
chart-style names ("GARCIA, M", "rm 412 nowak", "yang, chue", "mr. b"), initials
(J.R.M.), names only in hashtags (#TeamKoua, #PrayForPaz, #IKERSTRONG), relatives in
passing, patients who are staff, volunteers or public figures, town names that are words
(Tranquillity, Five Points, Delhi, Le Grand, Orange Cove, Del Rey) and towns where the
hospital itself has sites (Fresno, Merced, Mendota); dates in numeric, ordinal, Spanish,
abbreviated and day-of-month-alone forms, saints' days and holidays that are the
patient's day (San Juan, Guadalupe, San Isidro, Candelaria, Todos los Santos, Fieles
Difuntos, Día de Reyes, Vaisakhi, Hmong New Year, Valentine's Day, Año Nuevo, Cinco de
Mayo, Independencia) beside the same holidays as hospital events; ages over 89 as
digits, words (noventa y seis, ciento dos), ordinals (95TH, 101ST), chart shorthand
(F/96, 92 y/o), nonagenario/centenaria; families' phones, e-mails, handles, portal user
names and addresses next to the hospital's own; MRN, account, device, licence, plate,
wristband, encounter and health-plan numbers in odd formats. Hard negatives: staff
spotlights, volunteers (one aged 90), donors and donor families, foundations and
buildings named for families (Her Family Foundation, Sandhu Pavilion), visiting
athletes, officials, consuls, historical figures (César Chávez, Dolores Huerta, Larry
Itliong), eponyms (Bell's palsy, Lou Gehrig's disease, Parkinson, Chagas, Kawasaki,
Hodgkin, Guillain-Barré, Down syndrome), awareness days, event dates, statistics with
ages and years, campaign hashtags that look like names (#HopeForHarvest), blank
templates, anonymous stories ("a patient in her 90s", a grandfather of 86).
Language mix: 240 posts, 110 English and 130 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- The place where the patient's injury, exposure or collapse happened (field town,
  vineyard street, road of a tractor or bus crash, street of a house fire) is GEO, like
  the road of a crash; event venues, parade or tournament towns, mobile-clinic stops and
  the hospital's own sites and towns (Fresno, Merced, Mendota when they name the
  hospital's site) are not. The same town as a patient's home or history (residence
  decades ago, hometown in Oaxaca or Jalisco) is GEO; a relative's city is GEO.
- A patient's employer (ranch, farm, grower, packing house) is not labelled, following
  the brief; nor is the employer's town unless it is where the injury happened.
- Staff, volunteers and public figures are labelled when the post is about them as
  patients (their name, dates, ages); when a public figure is introduced as the son of
  a patient he is labelled as a patient's relative, like a donor who is a patient's
  relative. Staff members' own relatives, and donors and families that name buildings
  or foundations, are not labelled.
- Decade and threshold expressions ("in her 90s", "past 100", "90 años o más",
  "mayores de 90") are the Safe Harbor "90 or older" aggregate and are not AGE; an exact
  age over 89 of an unnamed patient ("the oldest was 97", "a 91-year-old raisin
  farmer") is AGE and makes the post patient-specific. Ages of staff, volunteers and
  public figures (a volunteer's 90th birthday, Dolores Huerta's 95) are not labelled.
- In chart notation only the number is AGE ("F/96" -> "96", "92 y/o" -> "92").
- A patient's appointment date and a study-enrolment anniversary are DATE (dates tied
  to the patient). A festival period or saint's day on which the patient's event
  happened (Hmong New Year, Vaisakhi, día de San Isidro Labrador) is DATE; the same
  festival as a hospital event is not. Future events a patient will attend are not
  his dates. Decades ("the '40s") and bare or two-digit years ("in '15", "en el 58")
  are not dates.
- Nicknames and nickname-descriptors used as the patient's name ("la flaca",
  "la Chaparrita", "PEACHES", "Cuquita", "Chepa") are NAME; kinship words used as
  titles (Papa, Papá, Yawg, Baba ji, bapu ji, Grandma, abuelita) are not part of a span.
- A word that equals a patient's name but is used as a word ("¡Socorro!", "esperanza",
  the pronoun "Her", the eponym in "Bell's palsy") is not labelled; the one case where
  the builder would object is declared with ok=.
- A name shown on an altar or in a photo contest is not PHOTO; PHOTO only for "Pictured"
  / "En la foto" captions of an attached image of the patient.
- Identifiers: portal user names, social handles, wristband and encounter numbers are
  OTHER_ID; a Medi-Cal CIN and an insurer's member ID are HEALTH_PLAN (with the insurer
  prefix when it is part of the printed ID); a street address with apartment is one GEO
  span; a licence number excludes the state code before it.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev47.jsonl"), os.path.join(HERE, "phi_dev47_org.json"), "d47")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    "3rd-generation raisin grower Ger Vang of Del Rey spent 11 hours turning trays before "
    "he collapsed on August 14. Core temp at our door: 106. This week he's back on his "
    "porch and wants everyone to hear it from him: water, rest, shade. #HeatSafety",
    [("NAME", "Ger Vang"), ("GEO", "Del Rey"), ("DATE", "August 14")],
    note="Patient's name, home town (Del Rey, a word-like town) and date of his heat stroke.",
)

# 2
p(
    "es",
    "patient_story",
    "Doña Tomasa llegó de San Juan Mixtepec hace 20 años y desde entonces pizca uva en los "
    "campos de Kerman. El 3 de septiembre se desmayó en la hilera por el calor y sus nietos "
    "la trajeron a urgencias. Ya recuperada, nos pidió compartir su consejo en mixteco y "
    "en español: tomen agua cada 15 minutos 💧 #CalorExtremo",
    [
        ("NAME", "Tomasa"),
        ("GEO", "San Juan Mixtepec"),
        ("GEO", "Kerman"),
        ("DATE", "3 de septiembre"),
    ],
    note="Patient's first name, Oaxacan home town, field town where she collapsed, date of the event.",
)

# 3
p(
    "en",
    "patient_story",
    "Hope Her was 19 when a tractor rolled on her on the levee road outside Dos Palos. "
    "Six surgeries later she walked across the stage at Merced College. Her mom Pa says "
    'the ICU nurses "never let her quit." #RuralTrauma',
    [("NAME", "Hope Her"), ("GEO", "Dos Palos"), ("NAME", "Pa")],
    note="Hmong surname Her (also a pronoun: the pronoun is not labelled), crash place, mother's name; the college is not an identifier.",
)

# 4
p(
    "es",
    "patient_story",
    "cuando el chuy llegó en helicóptero desde firebaugh nadie pensaba que iba a volver a "
    "caminar. lo aplastó la sacudidora de almendra el 9/10. hoy salió caminando con "
    "andadera 🙌 gracias equipo de trauma",
    [("NAME", "chuy"), ("GEO", "firebaugh"), ("DATE", "9/10")],
    note="Lower-case nickname, lower-case town and numeric date of the injury.",
)

# 5
p(
    "en",
    "patient_story",
    "When Harjinder Kaur Sandhu felt her chest tighten during kirtan at the gurdwara, her "
    "son Manpreet drove her straight to us. Door-to-balloon: 58 minutes. She's home in "
    "Livingston now & back to making roti for langar 🧡 #HeartMonth",
    [("NAME", "Harjinder Kaur Sandhu"), ("NAME", "Manpreet"), ("GEO", "Livingston")],
    note="Patient, her son, her home town.",
)

# 6
p(
    "es",
    "patient_story",
    'Rigoberto "Beto" Cruz, de Planada, sobrevivió a la fiebre del valle '
    "(coccidioidomicosis) después de 4 meses internado. Su esposa Marisol nunca se separó "
    "de su lado. Beto regresó a casa el 2 de febrero, Día de la Candelaria, y ya anda "
    "cuidando sus gallinas 🐓",
    [
        ("NAME", 'Rigoberto "Beto" Cruz'),
        ("NAME", "Beto", 2),
        ("GEO", "Planada"),
        ("NAME", "Marisol"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="Name with quoted nickname and the nickname again, town, wife; discharge date written twice (date and feast day).",
)

# 7
p(
    "en",
    "patient_story",
    "Round 4 of chemo DONE for our favorite Bulldogs fan 🐶🏈 Mom says he rang that bell "
    "so hard the whole 3rd floor heard it. Keep fighting, buddy. #TeamKoua #NoOneFightsAlone",
    [("NAME", "#TeamKoua")],
    note="The patient is named only in the #TeamKoua hashtag; the other hashtag is a campaign.",
)

# 8
p(
    "es",
    "patient_story",
    "La mañana del 22 de junio una avioneta fumigó el campo de al lado mientras Ofelia y "
    "su cuadrilla amarraban parra cerca de Caruthers. Ofelia Jiménez llegó con vómito, "
    'ardor de ojos y temblores. Dos semanas después ya está bien y dice: "si huele a '
    'químico, sálganse y avisen". Control de Envenenamientos: 1-800-222-1222.',
    [
        ("DATE", "22 de junio"),
        ("NAME", "Ofelia", 1),
        ("NAME", "Ofelia Jiménez"),
        ("GEO", "Caruthers"),
    ],
    note="Date of the pesticide exposure, patient's name twice, exposure site; Poison Control is a national line.",
)

# 9
p(
    "en",
    "patient_story",
    "Plot twist: our own ED charge nurse Lor Thao was on the other side of the bed this "
    "month. Valley fever, 3 weeks on our 5 West unit. Lor, we missed your terrible puns. "
    "Welcome back Monday! 💚",
    [("NAME", "Lor Thao"), ("NAME", "Lor", 2)],
    note="A staff member who was a patient: labelled. 5 West is a hospital unit; Monday is a weekday.",
)

# 10
p(
    "es",
    "patient_story",
    "Don Aurelio Santiago López bailó en la Guelaguetza de Fresno por 30 años. Tras su "
    "caída del tractor en agosto pensó que no volvería a bailar. Este año lo hizo, con su "
    "bastón y su nieta Yareli a su lado. Orgullosamente de Santiago Juxtlahuaca, Oaxaca ❤️",
    [
        ("NAME", "Aurelio Santiago López"),
        ("DATE", "agosto"),
        ("NAME", "Yareli"),
        ("GEO", "Santiago Juxtlahuaca"),
    ],
    note="Surname Santiago is also the first word of his Oaxacan home town; month of the fall; granddaughter. The Guelaguetza is an event.",
)

# 11
p(
    "es",
    "patient_story",
    "un saludo al sr. b (usted sabe quién es 😄) — 96 años y hoy dio 2 vueltas al pasillo "
    "de 4 Norte después de su cirugía de cadera. fisioterapia está impresionada.",
    [("NAME", "b"), ("AGE", "96")],
    note="A lower-case initial used as the patient's name, and his age over 89.",
)

# 12
p(
    "es",
    "patient_story",
    "Cuando a Pa Nhia Xiong le cayó azufre en los ojos mientras espolvoreaba la viña en "
    "Sanger, su hija Mai la trajo manejando 40 minutos. Hoy Pa Nhia ve perfectamente 👀 y "
    "nos trajo larb para todo el turno. Ua tsaug! (gracias en hmong)",
    [
        ("NAME", "Pa Nhia Xiong"),
        ("GEO", "Sanger"),
        ("NAME", "Mai"),
        ("NAME", "Pa Nhia", 2),
    ],
    note="Hmong patient named twice, exposure site, daughter.",
)

# 13
p(
    "es",
    "patient_story",
    "El humo del incendio llenó nuestra sala de pediatría de niños con asma. Una de ellas, "
    "Soledad, de 7 años, de Le Grand, pasó 3 noches en la cama 14 con nebulizaciones cada "
    "hora. Ya respira tranquila en su casa, y su soledad duró poco: sus 5 primos la "
    "visitaron todos los días.",
    [("NAME", "Soledad"), ("GEO", "Le Grand"), ("OTHER_ID", "cama 14")],
    note="Name that is also a word (the lower-case word is not labelled), home town, bed number. Age 7 is not labelled.",
)

# 14
p(
    "es",
    "patient_story",
    "Lupita Mendoza cumple 9 años con su riñón nuevo. El trasplante fue el 12 de "
    'diciembre, día de la Virgen de Guadalupe, "por eso se llama Lupita", dice su '
    "abuelita riendo (en realidad ya se llamaba así 😂). ¡Felicidades hasta Atwater!",
    [
        ("NAME", "Lupita Mendoza"),
        ("NAME", "Lupita", 2),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("GEO", "Atwater"),
    ],
    note="Transplant date written as a date and as the feast day; name twice; home town.",
)

# 15
n(
    "en",
    "patient_story",
    "A raisin picker in his 60s came in last week with a core temp of 107°F. He's alive "
    "because his crew boss knew the signs and called 911. Know them too: confusion, no "
    "sweating, hot dry skin. #HeatIllness",
    "Anonymous patient: an age bracket under 90, a relative time and a temperature identify no one.",
)

# 16
n(
    "es",
    "patient_story",
    "Un joven tractorista llegó el martes pasado con la mano atrapada en la toma de fuerza "
    "(PTO). Perdió dos dedos pero salvó la mano. Revise que las guardas estén puestas 🚜",
    "Nameless story with only a relative weekday: no identifier.",
)

# ---------------------------------------------------------------- birth_announcement

# 17
p(
    "es",
    "birth_announcement",
    "¡Bienvenido Santiago! 👶 Nació el 24 de junio, día de San Juan, a las 4:12 am, con "
    '3.4 kg. Sus papás Yesenia y Leonel, de Mendota, ya le dicen "el Juanito" 😂 '
    "#BebésValleCentral",
    [
        ("NAME", "Santiago"),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
        ("NAME", "Yesenia"),
        ("NAME", "Leonel"),
        ("GEO", "Mendota"),
        ("NAME", "Juanito"),
    ],
    note="Baby's name and nickname, birth date twice (date and saint's day), parents, home town Mendota (not the hospital's Mendota clinic here).",
)

# 18
p(
    "en",
    "birth_announcement",
    "Baby Simran Kaur Gill arrived April 14, on Vaisakhi itself 🌾🙏 Dad Jaspal says half "
    "of Delhi (yes, Delhi, CA 😄) is already at the house with sweets.",
    [
        ("NAME", "Simran Kaur Gill"),
        ("DATE", "April 14"),
        ("DATE", "Vaisakhi"),
        ("NAME", "Jaspal"),
        ("GEO", "Delhi", "*"),
    ],
    note="Birth date and the festival it fell on, father's name, home town Delhi in Merced County (twice).",
)

# 19
p(
    "en",
    "birth_announcement",
    "Our first Hmong New Year baby! 💛 Little Nou Yia was born Dec 28 to Kou and Chee Lee "
    "of Clovis. Nyob zoo xyoo tshiab!",
    [
        ("DATE", "Hmong New Year"),
        ("NAME", "Nou Yia"),
        ("DATE", "Dec 28"),
        ("NAME", "Kou"),
        ("NAME", "Chee Lee"),
        ("GEO", "Clovis"),
    ],
    note="Baby born during the festival (DATE) and the exact date, parents, town.",
)

# 20
p(
    "es",
    "birth_announcement",
    "¡¡YA NACIÓ!! 🎉 DAYANA GUADALUPE RAMÍREZ, 2.9 KG, 1 DE NOVIEMBRE, DÍA DE TODOS LOS "
    "SANTOS. LA MAMÁ DICE QUE ES SU ANGELITO. FELICIDADES FAMILIA RAMÍREZ DE DOS PALOS 💐",
    [
        ("NAME", "DAYANA GUADALUPE RAMÍREZ"),
        ("DATE", "1 DE NOVIEMBRE"),
        ("DATE", "DÍA DE TODOS LOS SANTOS"),
        ("NAME", "RAMÍREZ", 2),
        ("GEO", "DOS PALOS"),
    ],
    note="All caps: baby's name, birth date as date and feast day, family surname, town.",
)

# 21
p(
    "es",
    "birth_announcement",
    "¡Dos por uno! 😅 Los gemelos Amar y Noor llegaron a la familia Bains el día 3: Amar a "
    "las 6:01 y Noor a las 6:09. ¡Felicidades Harpreet y Gurdeep!",
    [
        ("NAME", "Amar", "*"),
        ("NAME", "Noor", "*"),
        ("NAME", "Bains"),
        ("DATE", "día 3"),
        ("NAME", "Harpreet"),
        ("NAME", "Gurdeep"),
    ],
    note="Twins named twice each, family surname, parents; a day of the month alone is the birth date.",
)

# 22
p(
    "es",
    "birth_announcement",
    "felicidades a la familia moua-yang por su bebé ka ying, nacida el 07/03 en nuestra "
    "unidad de partos de merced 🍼",
    [("NAME", "moua-yang"), ("NAME", "ka ying"), ("DATE", "07/03")],
    note="Lower-case hyphenated family name and baby's name, birth date; merced is the hospital's birth center, not GEO.",
)

# 23
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Sierra Madera Gómez! 🌄 Mom Rocío picked the name on the drive "
    "down 41 from Coarsegold at 3am. Born Friday, 8 lb 1 oz of pure sass.",
    [("NAME", "Sierra Madera Gómez"), ("NAME", "Rocío"), ("GEO", "Coarsegold")],
    note="Baby's name made of place words, mother, home town; highway 41 is the route, Friday a weekday.",
)

# 24
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del 2025 en Valle Central! Emiliano llegó a las 12:07 am de Año Nuevo "
    "🎆 Sus papás, Araceli y Tomás Hernández, viven en Orange Cove y trabajan en la cosecha "
    "de naranja.",
    [
        ("NAME", "Emiliano"),
        ("DATE", "Año Nuevo"),
        ("NAME", "Araceli"),
        ("NAME", "Tomás Hernández"),
        ("GEO", "Orange Cove"),
    ],
    note="Baby born on New Year's Day (holiday = birth date; the bare year is not labelled), parents, town.",
)

# 25
p(
    "en",
    "birth_announcement",
    "Pictured: 3-day-old Bao with big sister Yer and grandma. Bao came 5 weeks early on "
    "6/30 and heads home to Reedley today! 🐣",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Bao", "*"),
        ("NAME", "Yer"),
        ("DATE", "6/30"),
        ("GEO", "Reedley"),
    ],
    note="Photo caption of the patient, baby and sister, birth date, town.",
)

# 26
p(
    "es",
    "birth_announcement",
    "Nació el día 15, igual que su bisabuela: Isidro llegó en el día de San Isidro "
    "Labrador, patrón de los campesinos 🌽. Papá Isidro y mamá Graciela viven en Firebaugh "
    "y no caben de felicidad.",
    [
        ("DATE", "día 15"),
        ("DATE", "día de San Isidro Labrador"),
        ("NAME", "Isidro", "*"),
        ("NAME", "Graciela"),
        ("GEO", "Firebaugh"),
    ],
    note="Day of the month alone and the saint's day are the birth date (the saint's name inside the feast is part of the DATE); baby and father share the name.",
)

# 27
p(
    "es",
    "birth_announcement",
    'La bebé Yatziri ("la Yatzi") nació prematura el 19 de marzo, día de San José, en '
    "nuestro centro de Merced y pasó 61 días en la UCIN. Ayer salió con 2.3 kg. Su mamá nos "
    'escribió: "gracias por cuidar a mi muñequita".',
    [
        ("NAME", "Yatziri"),
        ("NAME", "Yatzi"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
    ],
    note="Name and nickname, birth date as date and saint's day; Merced names the hospital's site.",
)

# 28
n(
    "en",
    "birth_announcement",
    "A baby girl was born in the back seat of a pickup in our Merced parking lot last "
    'night 🚙👶 Mom and baby are doing great, and Dad says the truck is now "the family '
    'ambulance."',
    "Anonymous birth: relative time, hospital parking lot; no identifier.",
)

# ---------------------------------------------------------------- discharge

# 29
p(
    "en",
    "discharge",
    "DISCHARGED ✅ rm 412 nowak — after 23 days, Mr. Nowak (Stan to his buddies at the VFW "
    "hall in Chowchilla) is going home. Nurses lined the hall on 4 North.",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("NAME", "Nowak"),
        ("NAME", "Stan"),
        ("GEO", "Chowchilla"),
    ],
    note="Chart-style room and lower-case surname, surname again, nickname, home town; 4 North is a unit.",
)

# 30
p(
    "es",
    "discharge",
    "¡Se va a casa! 🏡 Don Chema (José María Vásquez) estuvo 19 días con nosotros por un "
    "golpe de calor que le dañó los riñones. Hoy, 27 de julio, salió por su propio pie "
    'rumbo a Huron. Su hija Nayeli: "Gracias por no rendirse con mi papá".',
    [
        ("NAME", "Chema"),
        ("NAME", "José María Vásquez"),
        ("DATE", "27 de julio"),
        ("GEO", "Huron"),
        ("NAME", "Nayeli"),
    ],
    note="Nickname and full name, discharge date, home town, daughter.",
)

# 31
p(
    "en",
    "discharge",
    "Yawg (grandpa) Tou Yang, 93, went home today to his garden in Tarpey Village, where "
    "he grows the best bitter melon in town. 3 weeks of valley fever treatment: done ✔️",
    [("NAME", "Tou Yang"), ("AGE", "93"), ("GEO", "Tarpey Village")],
    note="Name (the Hmong kinship word is not part of it), age over 89, neighbourhood.",
)

# 32
p(
    "es",
    "discharge",
    "Última quimio ✔️ y alta 🎉 Marisela García, de Winton, tocó la campana este 5 de mayo. "
    "¡Un Cinco de Mayo con doble fiesta!",
    [
        ("NAME", "Marisela García"),
        ("GEO", "Winton"),
        ("DATE", "5 de mayo"),
        ("DATE", "Cinco de Mayo"),
    ],
    note="Discharge date written as date and as the holiday.",
)

# 33
p(
    "en",
    "discharge",
    "GOING HOME TODAY: PEACHES 🍑 OUR 91-YEAR-OLD FRIEND FROM PARLIER WHO SANG RANCHERAS TO "
    "EVERY NURSE ON THE NIGHT SHIFT. WE WILL MISS YOU!!",
    [("NAME", "PEACHES"), ("AGE", "91-YEAR-OLD"), ("GEO", "PARLIER")],
    note="All caps: nickname used as the name, age over 89 as one token, home town.",
)

# 34
p(
    "es",
    "discharge",
    "hab. 208 → casita 🏠 la sra. Esperanza Ruiz se va hoy con su oxígeno portátil después "
    "de 2 semanas por el humo de los incendios. Esperanza, ¡no pierda la esperanza de ver el "
    "cielo azul otra vez!",
    [("OTHER_ID", "hab. 208"), ("NAME", "Esperanza Ruiz"), ("NAME", "Esperanza", 2)],
    note="Room number, name that is also a word (the lower-case word is not labelled).",
)

# 35
p(
    "en",
    "discharge",
    "Wheels up 🛞 Kuldeep Singh Dhillon leaves rehab today, 11 weeks after his tractor "
    "flipped on Avenue 7 near Madera on 2/19. His turban, his jokes & his left leg all made "
    "it. Sat Sri Akal from your 3 West family!",
    [
        ("NAME", "Kuldeep Singh Dhillon"),
        ("GEO", "Avenue 7"),
        ("GEO", "Madera"),
        ("DATE", "2/19"),
    ],
    note="Name, road and town of the crash, date of injury; 3 West is a unit.",
)

# 36
p(
    "es",
    "discharge",
    "El joven Eleazar, de 17 años, originario de Tlaxiaco, se va a casa hoy después de que "
    "la fiebre del valle le llegó a las meninges. Su mamá solo habla mixteco: gracias a "
    "nuestra intérprete Rosalía por acompañarlos cada día 💙",
    [("NAME", "Eleazar"), ("GEO", "Tlaxiaco")],
    note="Patient and his home town; the interpreter Rosalía is staff, not labelled.",
)

# 37
p(
    "en",
    "discharge",
    "Going home after the almond-shaker accident on the 2nd of October: Mateo, who shares "
    "a bunk at the labor camp in Mendota with his cousin Efraín. Efraín didn't leave his "
    "side for a single night ❤️",
    [
        ("DATE", "2nd of October"),
        ("NAME", "Mateo"),
        ("GEO", "Mendota"),
        ("NAME", "Efraín", "*"),
    ],
    note="Injury date as an ordinal, patient, where he lives, cousin (household member) twice.",
)

# 38
p(
    "es",
    "discharge",
    "En la foto: Don Pancho con su perrita Canela el día que por fin salió del hospital 🐕 "
    "Después de 3 meses de diálisis y una amputación, regresa a su ranchito de Stevinson.",
    [("PHOTO", "En la foto"), ("NAME", "Pancho"), ("GEO", "Stevinson")],
    note="Photo caption of the patient, nickname, home; the dog's name is not labelled.",
)

# 39
p(
    "es",
    "discharge",
    "Lista de alta ✔️ medicinas ✔️ cita de seguimiento ✔️ raite a casa ✔️ — y una tarjeta "
    "escrita a mano de la Sra. Khang para cada técnico de 2 Sur. Su cadera es nueva, su "
    'espíritu no: "Tengo 98, no tengo tiempo de quedarme en cama".',
    [("NAME", "Khang"), ("AGE", "98")],
    note="Patient's surname and age over 89; 2 Sur is a unit.",
)

# 40
n(
    "es",
    "discharge",
    "Hoy dimos de alta a nuestro paciente número 500 de rehabilitación cardíaca de este año "
    "🎉 ¡Gracias a todo el equipo de Merced!",
    "A count, not a person: no identifier; Merced names the hospital's team.",
)

# ---------------------------------------------------------------- thank_you

# 41
p(
    "en",
    "thank_you",
    "To the Moua family: thank you for the 40 lbs of Hmong sausage and sticky rice you "
    "brought the night shift after Grandma Youa's surgery. We are still full 😂",
    [("NAME", "Moua"), ("NAME", "Youa")],
    note="Family surname and the patient's first name (possessive excluded).",
)

# 42
p(
    "es",
    "thank_you",
    "Gracias, familia Sandoval de Cantua Creek, por la canasta de duraznos que nos trajeron "
    "cuando el abuelo Ramón salió del hospital 🍑",
    [("NAME", "Sandoval"), ("GEO", "Cantua Creek"), ("NAME", "Ramón")],
    note="Patient's family surname, home, patient's name.",
)

# 43
p(
    "en",
    "thank_you",
    "thank u @team_jazzy_juarez for the shoutout 🥹 we love seeing Jazzy back on the "
    "softball field in Livingston after her ACL repair!",
    [("OTHER_ID", "@team_jazzy_juarez"), ("NAME", "Jazzy"), ("GEO", "Livingston")],
    note="Family's social handle, patient's nickname, her town.",
)

# 44
p(
    "es",
    "thank_you",
    'Nos llegó esta carta y la compartimos con permiso: "Mi esposo Florencio Aguilar entró '
    "el 30 de agosto con la pierna destrozada por la máquina de almendra. Los doctores se "
    'la salvaron. Que Dios los bendiga. — Guadalupe A., Kerman"',
    [
        ("NAME", "Florencio Aguilar"),
        ("DATE", "30 de agosto"),
        ("NAME", "Guadalupe A"),
        ("GEO", "Kerman"),
    ],
    note="Pasted letter: patient, admission date, wife's name with initial, their town.",
)

# 45
p(
    "es",
    "thank_you",
    "GRACIAS A LOS HERMANOS DHALIWAL QUE TRAJERON A SU PAPÁ DESDE SELMA A LAS 2 AM CUANDO NO "
    "PODÍA RESPIRAR POR EL HUMO. HICIERON TODO BIEN. YA ESTÁ EN CASA Y MUCHO MEJOR 🙏",
    [("NAME", "DHALIWAL"), ("GEO", "SELMA")],
    note="All caps: the family surname and home town of the patient.",
)

# 46
p(
    "es",
    "thank_you",
    "Mil gracias a todos los que compartieron la cadena de oración por la Chaparrita 🙏 Ya "
    "salió de terapia intensiva. #FuerzaChaparrita #ValleCentralContigo",
    [("NAME", "Chaparrita"), ("NAME", "#FuerzaChaparrita")],
    note="Nickname as name and in a hashtag; #ValleCentralContigo is a campaign.",
)

# 47
p(
    "en",
    "thank_you",
    "Our Tuesday volunteer Bev Kasparian has greeted 30,000+ visitors at the Ventura "
    "entrance. Last month SHE was the one in the wheelchair — new knee! Thank you, Bev, for "
    "letting us return the favor 🌻",
    [("NAME", "Bev Kasparian"), ("NAME", "Bev", 2)],
    note="A volunteer who was a patient: labelled. The hospital entrance is not GEO.",
)

# 48
p(
    "es",
    "thank_you",
    "Recibimos un correo precioso de Leticia, hija de Doña Consuelo, agradeciendo al turno "
    "de noche de 3 Norte 💌 Leticia quiere conocer a la enfermera que le cantaba a su mamá: "
    "si es usted, escríbale a leti.beltran.m@gmail.com",
    [
        ("NAME", "Leticia", "*"),
        ("NAME", "Consuelo"),
        ("EMAIL", "leti.beltran.m@gmail.com"),
    ],
    note="Patient's daughter named twice, patient's name, daughter's e-mail.",
)

# 49
p(
    "en",
    "thank_you",
    "big thank you to the gill fam for the chai + pakoras 🫖 after bapu ji's stent last "
    "week. the cath lab smelled amazing.",
    [("NAME", "gill")],
    note="Lower-case family surname of the patient; 'bapu ji' is a kinship word.",
)

# 50
p(
    "es",
    "thank_you",
    "Gracias a la familia Ortiz Morales, de San Miguel el Grande, Oaxaca, y ahora de Madera, "
    "por confiarnos a su bebé Elías durante su cirugía del corazón 🫀",
    [
        ("NAME", "Ortiz Morales"),
        ("GEO", "San Miguel el Grande"),
        ("GEO", "Madera"),
        ("NAME", "Elías"),
    ],
    note="Double surname, Oaxacan home town (state not GEO), current town, patient.",
)

# 51
p(
    "en",
    "thank_you",
    "Huge thanks to Rosa Elvira and her coworkers at Bella Vista Farms, who brought 20 "
    "cases of water to our ED during the heat wave — just 2 weeks after Rosa herself was "
    "treated here for heat exhaustion 💧",
    [("NAME", "Rosa Elvira"), ("NAME", "Rosa", 2)],
    note="Former patient named twice; her employer (Bella Vista Farms) is not labelled.",
)

# 52
n(
    "es",
    "thank_you",
    "GRACIAS a cada familia campesina que llenó nuestra encuesta del calor: 812 respuestas "
    "en español, inglés, mixteco y hmong. Resultados este otoño 🌾",
    "Thanks to a population; a count and a season.",
)

# 53
n(
    "es",
    "thank_you",
    "Gracias a los Caballeros de Colón de Merced por los 300 kits de higiene para los "
    "pacientes de nuestra clínica móvil 🧼",
    "Thanks to a donor organisation; no patient.",
)

# ---------------------------------------------------------------- memorial

# 54
p(
    "en",
    "memorial",
    "Rest easy, Harbans Singh Bains. Truck farmer, grandfather of 14, patient of our "
    "dialysis unit for 11 years. He passed peacefully on March 9 with Gurbani playing and "
    "his wife Balwinder holding his hand 🕊️",
    [("NAME", "Harbans Singh Bains"), ("DATE", "March 9"), ("NAME", "Balwinder")],
    note="Deceased patient, date of death, wife.",
)

# 55
p(
    "es",
    "memorial",
    'Con profundo cariño despedimos a Doña Refugio "Cuca" Salazar, quien a los noventa y '
    "seis años seguía cortando uva en el rancho de su familia en Fowler. Falleció el "
    "domingo, rodeada de sus bisnietos. Descanse en paz, Cuquita 🌹",
    [
        ("NAME", 'Refugio "Cuca" Salazar'),
        ("AGE", "noventa y seis"),
        ("GEO", "Fowler"),
        ("NAME", "Cuquita"),
    ],
    note="Name with nickname and diminutive, age over 89 in words, town; Sunday is a weekday.",
)

# 56
p(
    "en",
    "memorial",
    "Our Merced team is heartbroken. Kia Vue, 34, mom of 4, died Oct. 3 from complications "
    "of valley fever. Her husband Yeng asked us to share so others get tested early 🕊️",
    [("NAME", "Kia Vue"), ("DATE", "Oct. 3"), ("NAME", "Yeng")],
    note="Patient, abbreviated date of death, husband; age 34 is not labelled.",
)

# 57
p(
    "es",
    "memorial",
    "En nuestro altar de Día de Muertos pusimos la foto de Jacinto, paciente de diálisis "
    "por 9 años, que se nos adelantó en julio. Los cempasúchiles los trajo su viuda, Doña "
    "Chayo 🧡",
    [("NAME", "Jacinto"), ("DATE", "julio"), ("NAME", "Chayo")],
    note="Patient, month of death, widow's nickname; the altar photo is not PHOTO and Día de Muertos is the event, not his date.",
)

# 58
p(
    "en",
    "memorial",
    'In memory of Amelia "Millie" Azevedo, 102, daughter of Azorean dairy farmers in '
    "Hilmar. Millie taught half of Hilmar to make sopas and all of 3 East to play cards. 🕯️",
    [
        ("NAME", 'Amelia "Millie" Azevedo'),
        ("NAME", "Millie", 2),
        ("AGE", "102"),
        ("GEO", "Hilmar", "*"),
    ],
    note="Name with nickname, age over 89, home town twice.",
)

# 59
p(
    "es",
    "memorial",
    "Con tristeza compartimos que Don Sabino Cortés, paciente de nuestra clínica de Mendota "
    "desde que abrió, falleció el 2 de noviembre, Día de los Fieles Difuntos. El rosario "
    "será en su casa; informes con su hijo Abel al 559-555-0194.",
    [
        ("NAME", "Sabino Cortés"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Fieles Difuntos"),
        ("NAME", "Abel"),
        ("PHONE", "559-555-0194"),
    ],
    note="Date of death as date and feast day, son and his phone; the Mendota clinic is the hospital's.",
)

# 60
p(
    "en",
    "memorial",
    "Fly high, little warrior 🦋 You taught a whole pediatric floor what brave looks like. "
    "#BeLikeLeo #ForeverFive",
    [("NAME", "#BeLikeLeo")],
    note="The patient is named only in a hashtag; #ForeverFive states an age under 90.",
)

# 61
p(
    "es",
    "memorial",
    "Se nos fue la centenaria más querida de Livingston 💐 Doña Amparo Galindo vino a "
    "todas sus citas de diabetes con sus tamales y su rosario. Que descanse en paz.",
    [("AGE", "centenaria"), ("GEO", "Livingston"), ("NAME", "Amparo Galindo")],
    note="'centenaria' states an age over 89; town; name.",
)

# 62
p(
    "es",
    "memorial",
    "Un minuto de silencio por J.R.M., trabajador de 28 años que murió por golpe de calor "
    "el 14 de julio en un campo de Stratford. Ninguna cosecha vale una vida. "
    "#JusticiaParaJRM",
    [
        ("NAME", "J.R.M."),
        ("DATE", "14 de julio"),
        ("GEO", "Stratford"),
        ("NAME", "#JusticiaParaJRM"),
    ],
    note="Initials as the name and in a hashtag, date and place of death.",
)

# 63
p(
    "en",
    "memorial",
    "We lost Gurnam last night. Gurnam Kaur Randhawa, the longest-serving patient of our "
    "Merced dialysis unit, was 91 years old. Her granddaughter Navi says she'd want you to "
    "get your flu shot. So go get your flu shot 🙏",
    [
        ("NAME", "Gurnam", 1),
        ("NAME", "Gurnam Kaur Randhawa"),
        ("AGE", "91"),
        ("NAME", "Navi"),
    ],
    note="Name twice, age over 89, granddaughter.",
)

# 64
n(
    "es",
    "memorial",
    "Hoy despedimos a la Dra. Elena Marroquín, fundadora de nuestra clínica móvil en 1989. "
    "Recorrió cada camino de tierra del condado para que nadie se quedara sin doctor. "
    "Gracias, doctora 🕊️",
    "Memorial of a staff member: not a patient; a bare year.",
)

# 65
n(
    "en",
    "memorial",
    "Today we remember the farmworkers who died of heat illness in the San Joaquin Valley "
    "last year. We won't post names — just a promise: shade, water, rest. #NeverAgain",
    "A population, no names; the valley is a region.",
)

# ---------------------------------------------------------------- milestone_birthday

# 66
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Grandma Paj! 🎉 Paj Lee was born in Laos in a year nobody wrote down, so "
    "her family picked June 1st to celebrate. Today the whole clan packed our 2nd floor "
    "lounge.",
    [
        ("AGE", "100th"),
        ("NAME", "Paj", 1),
        ("NAME", "Paj Lee"),
        ("DATE", "June 1st"),
    ],
    note="Ordinal age over 89, name twice, birthday (a country is not GEO).",
)

# 67
p(
    "es",
    "milestone_birthday",
    "¡Felices noventa y nueve, Don Eusebio! 🎂 El paciente más veterano de nuestro programa "
    "de diabetes nació un 6 de enero, Día de Reyes, en Jalostotitlán, Jalisco, y llegó a "
    "Merced con el programa bracero. Hoy partimos rosca con él.",
    [
        ("AGE", "noventa y nueve"),
        ("NAME", "Eusebio"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("GEO", "Jalostotitlán"),
        ("GEO", "Merced"),
    ],
    note="Age in words, birthday as date and holiday, birthplace, the town where he lives.",
)

# 68
p(
    "en",
    "milestone_birthday",
    "HAPPY 95TH BIRTHDAY TO THE FAVORITE PATIENT OF OUR WOUND CLINIC, MR. AUGIE DUTRA!! 🎈 "
    "STILL DRIVING HIS OWN TRUCK TO APPOINTMENTS FROM GUSTINE.",
    [("AGE", "95TH"), ("NAME", "AUGIE DUTRA"), ("GEO", "GUSTINE")],
    note="All caps ordinal age, name, town.",
)

# 69
p(
    "es",
    "milestone_birthday",
    "Nuestra paciente Petra Ocampo cumple 94 el domingo y pidió mariachi en la sala de "
    "diálisis. ¡Lo conseguimos! 🎺 Nació un 9 de noviembre allá en Michoacán y dice que la "
    "música le limpia la sangre mejor que la máquina.",
    [("NAME", "Petra Ocampo"), ("AGE", "94"), ("DATE", "9 de noviembre")],
    note="Name, age over 89, birthday; Michoacán is a state.",
)

# 70
p(
    "en",
    "milestone_birthday",
    "Three generations, one waiting room 🥰 Great-grandpa Sukhdev (90) came for his "
    "checkup, grandson Raj (61) drove, and great-granddaughter Mehar (8) handled the "
    "snacks. Happy 90th next week, Baba ji!",
    [
        ("NAME", "Sukhdev"),
        ("AGE", "90"),
        ("NAME", "Raj"),
        ("NAME", "Mehar"),
        ("AGE", "90th"),
    ],
    note="Patient's age over 89 twice; relatives named; their ages under 90 are not labelled.",
)

# 71
p(
    "es",
    "milestone_birthday",
    "feliz cumple a nuestra paisana más alegre, doña chepa, que hoy 23 cumple 97 años y "
    "sigue echando tortillas a mano 🫓 desde huron con amor",
    [("NAME", "chepa"), ("DATE", "23"), ("AGE", "97"), ("GEO", "huron")],
    note="Lower case: nickname, day of the month alone (birthday), age, town.",
)

# 72
p(
    "en",
    "milestone_birthday",
    "One year ago this week, Valentina was born at 24 weeks weighing 1 lb 6 oz. Today she "
    "turned ONE on Valentine's Day 💘 (yes, really). Love you, Vale!",
    [("NAME", "Valentina"), ("DATE", "Valentine's Day"), ("NAME", "Vale")],
    note="Birthday is the holiday; name and short form. 'One year ago this week' is relative.",
)

# 73
p(
    "es",
    "milestone_birthday",
    "Este nonagenario de Sanger no falta a ninguna clase de tai chi del centro de mayores "
    "🥋 Don Macario, ¡feliz cumpleaños el 18 de este mes!",
    [("AGE", "nonagenario"), ("GEO", "Sanger"), ("NAME", "Macario"), ("DATE", "18")],
    note="'nonagenario' states an age over 89; town; name; day of the month alone.",
)

# 74
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY 🎂 for Ms. Ethel Mae Pruitt, who picked cotton near Corcoran in the '40s "
    "and now beats everyone at dominoes on 3 East. Her nephew Calvin flew in from Tulsa!",
    [
        ("AGE", "101ST"),
        ("NAME", "Ethel Mae Pruitt"),
        ("GEO", "Corcoran"),
        ("NAME", "Calvin"),
        ("GEO", "Tulsa"),
    ],
    note="Ordinal age, name, town of her past residence, nephew and his city; the decade is not a date.",
)

# 75
p(
    "es",
    "milestone_birthday",
    "La señora Socorro Pineda cumplió ciento dos años el sábado 🎉 Cuando le preguntamos su "
    'secreto gritó: "¡Socorro, ya no me pregunten eso!" 😂',
    [("NAME", "Socorro Pineda"), ("AGE", "ciento dos")],
    note="Name and age in words; the second 'Socorro' is the word 'help!', not her name.",
)

# 76
n(
    "en",
    "milestone_birthday",
    "Happy 25th birthday to our Merced clinic! 🎂 Opened with 2 exam rooms and 1 very brave "
    "nurse. Come celebrate at 1415 West 18th Street.",
    "The clinic's anniversary and the hospital's own address.",
)

# 77
n(
    "es",
    "milestone_birthday",
    "¿Sabía que en el Valle Central viven más de 3,000 personas mayores de 90 años? Nuestra "
    "clínica geriátrica ofrece visitas a domicilio para ellas 🏡",
    "A population age threshold, not a patient's age.",
)

# ---------------------------------------------------------------- pasted_record

# 78
p(
    "en",
    "pasted_record",
    'Oops — draft from the ED board almost went out 😬 "GARCIA, M  F/96  Bed 7  CC: '
    'syncope in field, Kerman  MRN VC0048221" Please remember: never photograph the '
    "tracking board!",
    [
        ("NAME", "GARCIA, M"),
        ("AGE", "96"),
        ("OTHER_ID", "Bed 7"),
        ("GEO", "Kerman"),
        ("MRN", "VC0048221"),
    ],
    note="Chart-style name, age in F/96 shorthand (number only), bed, place of collapse, MRN.",
)

# 79
p(
    "es",
    "pasted_record",
    "Nota de enfermería (copiar al chat del turno): Pte. Hernández Ruiz, Cirilo — 67a — "
    "ingreso 08/07 — cama 22B — Dx: intoxicación por organofosforados — esposa Marta "
    "559.555.0138",
    [
        ("NAME", "Hernández Ruiz, Cirilo"),
        ("DATE", "08/07"),
        ("OTHER_ID", "cama 22B"),
        ("NAME", "Marta"),
        ("PHONE", "559.555.0138"),
    ],
    note="Chart name, admission date, bed, wife and her dotted phone number; 67a is under 90.",
)

# 80
p(
    "en",
    "pasted_record",
    "pt yang, chue | DOB 04/11/1987 | SSN 612-55-0193 | Medi-Cal CIN 91234567A | interp: "
    "Hmong (White) | lives w/ son Tou, Clovis",
    [
        ("NAME", "yang, chue"),
        ("DATE", "04/11/1987"),
        ("SSN", "612-55-0193"),
        ("HEALTH_PLAN", "91234567A"),
        ("NAME", "Tou"),
        ("GEO", "Clovis"),
    ],
    note="Lower-case chart name, DOB, SSN, Medi-Cal CIN, son, town; 'White' is the Hmong dialect.",
)

# 81
p(
    "es",
    "pasted_record",
    "ALTA – Pac: MORALES LÓPEZ, ANA ISABEL  Exp: 00-771-204  Fecha nac.: 3/mar/1958  "
    "Domicilio: Av. Olive 1450, Fresno 93728  Tel: (559) 555-0166",
    [
        ("NAME", "MORALES LÓPEZ, ANA ISABEL"),
        ("MRN", "00-771-204"),
        ("DATE", "3/mar/1958"),
        ("GEO", "Av. Olive 1450"),
        ("GEO", "Fresno"),
        ("GEO", "93728"),
        ("PHONE", "(559) 555-0166"),
    ],
    note="Pasted discharge header: name, record number, DOB, street, city (the hospital's city, but here her home), ZIP, phone.",
)

# 82
p(
    "en",
    "pasted_record",
    "Pasted from the pump log: pt Saini, Gurpreet  acct# 7781-0042-19  insulin pump SN "
    "PMX-88214-C  rm 5W-14",
    [
        ("NAME", "Saini, Gurpreet"),
        ("ACCOUNT", "7781-0042-19"),
        ("DEVICE", "PMX-88214-C"),
        ("OTHER_ID", "rm 5W-14"),
    ],
    note="Chart name, account number, device serial, room.",
)

# 83
p(
    "es",
    "pasted_record",
    "Reporte de trauma: conductor del tractor Valdovinos, Efrén, licencia CA D4471903, "
    "placa del pickup 8RTK552, choque en Hwy 59 y Sandy Mush Rd., Merced County, 10/02",
    [
        ("NAME", "Valdovinos, Efrén"),
        ("LICENSE", "D4471903"),
        ("VEHICLE", "8RTK552"),
        ("GEO", "Hwy 59"),
        ("GEO", "Sandy Mush Rd"),
        ("GEO", "Merced County"),
        ("DATE", "10/02"),
    ],
    note="Name, licence (state code excluded), plate, crash roads and county, date of the crash.",
)

# 84
p(
    "en",
    "pasted_record",
    'found on the printer on 3N 🙃 "enc 3301987442 / wristband VCH-22-09186 / pt prefers '
    "'Lencho' / family contact: daughter-in-law xee 209 555 0117\"",
    [
        ("OTHER_ID", "3301987442"),
        ("OTHER_ID", "VCH-22-09186"),
        ("NAME", "Lencho"),
        ("NAME", "xee"),
        ("PHONE", "209 555 0117"),
    ],
    note="Encounter and wristband numbers, preferred name, lower-case relative and her phone.",
)

# 85
p(
    "es",
    "pasted_record",
    "Copiado del ticket de soporte del portal: usuario jvasquez_merced77 no puede entrar; "
    "correo jaz.vasquez77@yahoo.com; IP 172.58.14.203; paciente Jazmín Vásquez, cuenta "
    "MiSalud.",
    [
        ("OTHER_ID", "jvasquez_merced77"),
        ("EMAIL", "jaz.vasquez77@yahoo.com"),
        ("IP", "172.58.14.203"),
        ("NAME", "Jazmín Vásquez"),
    ],
    note="Portal user name, e-mail, IP address, name; MiSalud is the portal's name.",
)

# 86
p(
    "en",
    "pasted_record",
    "SBAR 4/9 — S: 92 y/o M, Hmong-speaking, fall at home (Sanger) | B: hx valley fever, "
    "DM2 | A: hip fx | R: ortho consult; son Vang Neng 559-555-0152 wants a call before OR",
    [
        ("DATE", "4/9"),
        ("AGE", "92"),
        ("GEO", "Sanger"),
        ("NAME", "Vang Neng"),
        ("PHONE", "559-555-0152"),
    ],
    note="Date of the fall, age shorthand, home town, son's name and phone.",
)

# 87
p(
    "es",
    "pasted_record",
    "Ficha de intérprete — paciente: Tomás Bautista Cruz | lugar de origen: San Martín Peras "
    "| lengua: mixteco | intérprete asignada: Rosalía Ramírez (personal VCH) | cita: 17-oct "
    "9:30",
    [
        ("NAME", "Tomás Bautista Cruz"),
        ("GEO", "San Martín Peras"),
        ("DATE", "17-oct"),
    ],
    note="Patient, home town, appointment date; the interpreter is staff.",
)

# 88
p(
    "en",
    "pasted_record",
    "FAX cover (do NOT post!!) to Dr. Kahlon re: pt DEOL, AMARJIT S., DOB 12/25/1949, "
    "member ID KPX 00918273, return fax (559) 555-0102",
    [
        ("NAME", "DEOL, AMARJIT S."),
        ("DATE", "12/25/1949"),
        ("HEALTH_PLAN", "KPX 00918273"),
    ],
    note="Chart name, DOB, insurer member ID; the return fax is the hospital's records fax.",
)

# 89
n(
    "es",
    "pasted_record",
    "Plantilla para notas de alta (¡nunca pegar datos reales aquí!): Nombre: ____ Exp.: "
    "____ Fecha: __/__/____ Cama: ___ Intérprete: sí / no",
    "A blank template: field labels without values identify no one.",
)

# ---------------------------------------------------------------- staff_spotlight

# 90
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight 🌟 Meet Dr. Harpreet Gill, our Merced pulmonologist, who has diagnosed "
    "more valley fever than anyone in the county. Born in Yuba City, she speaks Punjabi, "
    'Hindi & "enough Spanish to get scolded by abuelitas." #VCHStaffSpotlight',
    "A doctor's name, birthplace and languages: staff are never labelled.",
)

# 91
n(
    "es",
    "staff_spotlight",
    "Conozcan a Rosalía Ramírez, nuestra intérprete de mixteco y triqui. Llegó de San "
    "Martín Peras a los 12 años, pizcó fresa en Oxnard y hoy acompaña a cientos de familias "
    "en sus citas. ¡Gracias, Rosa! 💜",
    "Staff interpreter's name and home town: staff are not labelled.",
)

# 92
n(
    "es",
    "staff_spotlight",
    "La enfermera Sunny Xiong cumple 20 años en nuestra unidad de partos: ¡unos 4,000 "
    "bebés! Sunny, tú ERES el sol ☀️",
    "A nurse's work anniversary.",
)

# 93
n(
    "es",
    "staff_spotlight",
    "¡Feliz cumpleaños 90 a la voluntaria más antigua del hospital, doña Lola Castañeda! 💐 "
    "Lleva 31 años tejiendo gorritos para los recién nacidos.",
    "A volunteer's name and age: volunteers' ages over 89 are not labelled.",
)

# 94
n(
    "en",
    "staff_spotlight",
    'CONGRATS TO OUR ED TEAM — DR. KAO LOR, RN MARISOL PEÑA & TECH JUAN "JJ" JIMÉNEZ — '
    "WINNERS OF THE 2024 CENTRAL VALLEY TRAUMA EXCELLENCE AWARD! 🏆",
    "All-caps staff names with titles and a nickname; an award year.",
)

# 95
n(
    "es",
    "staff_spotlight",
    "Nuestro promotor de salud Don Felipe Cruz recorre los campos de Mendota a las 5 am "
    'llevando agua y folletos sobre el calor. "¿Ya tomaste agua, mijo?" es su frase '
    "favorita. #PromotoresDeSalud",
    "A community health worker (staff) and where he works.",
)

# 96
p(
    "en",
    "staff_spotlight",
    "Spotlight with a twist 🔄 Respiratory therapist Nhia Lee has spent 15 years helping "
    "patients breathe. In March she became one — wildfire smoke + asthma landed her in our "
    "ICU for 6 days. She's back on the unit and says the view from the bed changed how she "
    "talks to families.",
    [("NAME", "Nhia Lee"), ("DATE", "March")],
    note="A staff member as a patient: her name and the month of her admission.",
)

# 97
p(
    "es",
    "staff_spotlight",
    "Nuestra cocinera estrella, Doña Chelo Arámbula, regresó a la cafetería después de su "
    "cirugía de rodilla del 4 de abril. ¡Ya extrañábamos su pozole de los viernes! 🍲",
    [("NAME", "Chelo Arámbula"), ("DATE", "4 de abril")],
    note="A staff member as a patient: name and surgery date.",
)

# 98
n(
    "en",
    "staff_spotlight",
    "Meet Gurdeep Sandhu, our new Facilities director. He grew up on his dad Balbir's almond "
    "orchard in Caruthers and still helps with harvest every fall. Welcome, Gurdeep!",
    "Staff member and his own father and home town: not patients.",
)

# 99
n(
    "es",
    "staff_spotlight",
    'Después de 38 años, la enfermera Guadalupe "Lupe" Treviño se jubila el 31 de mayo 🎉 '
    "Empezó cuando el hospital tenía 40 camas. ¡Gracias, Lupe!",
    "A nurse's retirement date: staff dates are not labelled.",
)

# 100
n(
    "en",
    "staff_spotlight",
    'Dr. Neng Thao on why he became a doctor: "My grandmother died in a refugee camp in '
    'Thailand with no doctor. Every Hmong elder I see, I see her." 💙 #HmongHeritageMonth',
    "A doctor and his own grandmother (unnamed, not our patient).",
)

# 101
p(
    "es",
    "staff_spotlight",
    "Nuestro voluntario del mes, Don Pedro Camarena, lleva 12 años empujando el carrito de "
    "café por los pasillos. Y desde su infarto del 15 de enero, ¡también es paciente de "
    "nuestra rehabilitación cardíaca! 🫀 Sigue igual de bromista.",
    [("NAME", "Pedro Camarena"), ("DATE", "15 de enero")],
    note="A volunteer who is a patient: name and date of his heart attack.",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Our Hmong Health Navigator team: Mai Nou Xiong, Chong Vang & Pa Kou Her. Call them at "
    "(559) 555-0146 for help in Hmong, Mon–Fri 8–5.",
    "Staff names (one surnamed Her) and the hospital's Hmong line.",
)

# ---------------------------------------------------------------- health_tip

# 103
n(
    "en",
    "health_tip",
    "🌡️ 100°F+ all week in Fresno & Merced. Farmworkers: water every 15 min, shade breaks, "
    "and know the signs — headache, cramps, confusion. Employers: it's the law (Cal/OSHA "
    "heat rule). Questions? (559) 555-0123",
    "A temperature, towns as a forecast area, the hospital's nurse line.",
)

# 104
n(
    "es",
    "health_tip",
    "🌫️ Humo de incendios: si el AQI pasa de 150, cierre ventanas, use mascarilla N95 en el "
    "campo y mantenga adentro a los niños y a los mayores de 65. Más info: "
    "vallecentralhealth.org/humo",
    "Advice to populations; the hospital's URL.",
)

# 105
n(
    "es",
    "health_tip",
    "Fiebre del valle (coccidioidomicosis): si después de trabajar la tierra tiene tos, "
    "fiebre y cansancio por más de una semana, pida la prueba. La causa un hongo que vive "
    "en el polvo del valle 🍄",
    "General advice.",
)

# 106
n(
    "en",
    "health_tip",
    "Pesticide drift 101: if you smell chemicals or see a plane spraying the next field, "
    "LEAVE, wash your skin & change clothes. Poison Control 1-800-222-1222 or 911. Then "
    "report it to the county ag commissioner.",
    "General advice with national lines.",
)

# 107
n(
    "es",
    "health_tip",
    "🚜 Cada año hay volcaduras de tractor en el Valle. Use SIEMPRE el cinturón con la barra "
    "antivuelco (ROPS). Y nunca le dé raite a nadie en el guardafango.",
    "General advice.",
)

# 108
n(
    "en",
    "health_tip",
    "Kev kub heev (extreme heat) tips in Hmong are now on our page! Share them with your "
    "grandparents 🧓👵 Questions in Hmong: (559) 555-0146.",
    "The hospital's Hmong line.",
)

# 109
n(
    "es",
    "health_tip",
    "¿Ayuna en Cuaresma y tiene diabetes? Hable con su médico antes del Miércoles de "
    "Ceniza, 5 de marzo, para ajustar su insulina 🙏",
    "A liturgical date that is not any patient's date.",
)

# 110
n(
    "en",
    "health_tip",
    "Yes, dogs get valley fever too 🐕 If your pup (like our therapy dog Biscuit) is "
    "coughing after digging, see your vet.",
    "A pet's name is not labelled.",
)

# 111
p(
    "es",
    "health_tip",
    'Consejo de Doña Faustina, nuestra paciente de 93 años de Biola: "Tome agua aunque no '
    'tenga sed, mijo." Lo aprendió pizcando algodón 💧 #ConsejoDeLaAbuela',
    [("NAME", "Faustina"), ("AGE", "93"), ("GEO", "Biola")],
    note="A tip quoting a named patient: name, age over 89, town.",
)

# 112
n(
    "en",
    "health_tip",
    "Raisin season = knife season 🔪 Most cuts we see in Aug–Sept are to the non-dominant "
    "hand. Wear a cut-resistant glove and keep your picking knife sharp (dull blades slip).",
    "Months of a season, not of a patient.",
)

# 113
p(
    "en",
    "health_tip",
    "Tip from our burn unit: sulfur dust + sweat = chemical burns. Ask Joaquín from "
    "Riverdale — he learned it the hard way on August 2 and wants you to wear long sleeves 👕",
    [("NAME", "Joaquín"), ("GEO", "Riverdale"), ("DATE", "August 2")],
    note="A tip that names a patient, his town and injury date.",
)

# 114
n(
    "es",
    "health_tip",
    "Calor para mañana y pasado: hasta 108°F. Si trabaja en la uva, empiece temprano y "
    "termine antes de las 2 pm. Dudas: (559) 555-0123.",
    "Forecast, relative days, the hospital's line.",
)

# ---------------------------------------------------------------- event

# 115
n(
    "es",
    "event",
    "📅 Feria de salud para trabajadores del campo: domingo 15 de septiembre, 8 am–1 pm, en "
    "880 Santa Fe Avenue, Mendota. Vacunas, presión, pruebas de fiebre del valle y tamales. "
    "¡Traiga a su familia!",
    "Event date and the hospital's own Mendota address.",
)

# 116
n(
    "en",
    "event",
    "Join us for the Vaisakhi 5K on April 13 🏃🏽‍♀️ starting at our Merced clinic, 1415 West "
    "18th Street. Free diabetes screening, chai & langar after. Register: "
    "vallecentralhealth.org/5k",
    "Festival event date, hospital address and URL.",
)

# 117
n(
    "es",
    "event",
    "🌹 Misa y kermés por el Día de la Virgen de Guadalupe, 12 de diciembre, en la capilla "
    "del hospital. Mariachi, champurrado y bendición de los enfermos. Todos bienvenidos.",
    "The feast day as a hospital event, not a patient's date.",
)

# 118
n(
    "en",
    "event",
    "Find us at Hmong New Year at the Fresno Fairgrounds, Dec 26–Jan 1! Booth #42: free "
    "blood pressure checks & flu shots. Nyob zoo xyoo tshiab! 🎊",
    "Festival dates and venue; a booth number.",
)

# 119
n(
    "es",
    "event",
    "Altar comunitario de Día de Muertos en el vestíbulo principal (2750 East Ventura "
    "Avenue) del 28 de octubre al 2 de noviembre. Traiga una foto de su ser querido 🕯️",
    "Event dates and the hospital's address.",
)

# 120
p(
    "en",
    "event",
    'Come cheer for Daniel "Dani" Rocha at Saturday\'s Run for Valley Fever in Bakersfield '
    "🏃 Two years ago he was on a ventilator in our ICU with disseminated cocci. #DaniRuns",
    [("NAME", 'Daniel "Dani" Rocha'), ("NAME", "#DaniRuns")],
    note="Former patient's name and name hashtag; the race town is an event venue.",
)

# 121
n(
    "es",
    "event",
    '31 de marzo, Día de César Chávez: caminata "Sí se puede" por la salud de los '
    "trabajadores del campo, del parque a nuestra clínica de Merced ✊",
    "A public figure's day as an event.",
)

# 122
p(
    "es",
    "event",
    "Este sábado la familia Cervantes hace una carne asada en Le Grand para pagar el funeral "
    "de su hijo Brayan, que perdimos en la UCI el 20 de agosto tras un choque en la "
    "carretera 140. Gracias por su apoyo 🙏",
    [
        ("NAME", "Cervantes"),
        ("GEO", "Le Grand"),
        ("NAME", "Brayan"),
        ("DATE", "20 de agosto"),
        ("GEO", "carretera 140"),
    ],
    note="Family fundraiser in their town for a deceased patient: surname, name, date of death, crash road.",
)

# 123
n(
    "en",
    "event",
    "Gurpurab langar & health fair at the Sikh temple on Jan. 5 — our Punjabi-speaking "
    "team (Dr. Kahlon & RN Jaswinder Bal) will do free A1C checks. Info: (559) 555-0158.",
    "Event date, staff names, hospital's Punjabi line.",
)

# 124
n(
    "es",
    "event",
    "Vacunación en la cosecha de almendra: del 19 al 23 de agosto la clínica móvil visitará "
    "los huertos de Chowchilla, Le Grand y El Nido. Informes: (209) 555-0135.",
    "Event dates and mobile-clinic stops.",
)

# 125
p(
    "es",
    "event",
    "DONACIÓN DE SANGRE ESTE VIERNES en honor de nuestro guerrero de 4 años ⚽ que necesitó "
    "11 transfusiones tras el accidente de tractor en el rancho de su familia cerca de "
    "Chowchilla. Cada bolsa cuenta. #IKERSTRONG",
    [("GEO", "Chowchilla"), ("NAME", "#IKERSTRONG")],
    note="All-caps name hashtag and the place of the accident.",
)

# 126
n(
    "es",
    "event",
    "Bendición de tractores y de los campos el 15 de mayo, Día de San Isidro Labrador, a "
    "las 7 am en el estacionamiento de la clínica de Mendota 🚜🙏",
    "A saint's day as an event at the hospital's clinic.",
)

# ---------------------------------------------------------------- statistic

# 127
n(
    "en",
    "statistic",
    "In 2024 our EDs treated 1,148 heat-related illnesses — up 31% from 2023. 72% were "
    "farmworkers, 9% were over 65 📈 #HeatIsDeadly",
    "Statistics with years and an age threshold.",
)

# 128
n(
    "es",
    "statistic",
    "Casos de fiebre del valle en el condado de Fresno el año pasado: 1,920. El 60% fueron "
    "hombres de 20 a 60 años que trabajan al aire libre.",
    "County statistic and an age range.",
)

# 129
n(
    "en",
    "statistic",
    "During last August's smoke days, asthma visits to our pediatric ED doubled: 214 kids "
    "in 3 weeks. The worst day was Aug. 21, AQI 289.",
    "A date of an air-quality event, not of a patient.",
)

# 130
n(
    "es",
    "statistic",
    "Nuestros intérpretes atendieron 38,512 consultas el año pasado: 61% español, 14% "
    "mixteco, 11% hmong, 9% punjabi y 5% otros (triqui, zapoteco, lao…).",
    "Language statistics.",
)

# 131
p(
    "en",
    "statistic",
    "Since 2019, six of our patients have lived past 100 — the oldest to 106 🎂 Their "
    "secret, they say: beans, family & no TV.",
    [("AGE", "106")],
    note="'past 100' is a threshold; the oldest patient's exact age over 89 is AGE.",
)

# 132
n(
    "es",
    "statistic",
    "Tractores: 23 volcaduras atendidas en nuestro centro de trauma este año. 19 sin "
    "cinturón. Cero con barra antivuelco Y cinturón puesto 🚜",
    "Counts.",
)

# 133
n(
    "en",
    "statistic",
    "Raisin harvest by the numbers: 6 weeks, ~30,000 pickers in the valley, 105°F average "
    "high. And zero deaths on farms that followed the shade rule 🍇",
    "Counts and temperatures.",
)

# 134
n(
    "es",
    "statistic",
    "El 4% de los pacientes de nuestra clínica geriátrica tiene 90 años o más. El grupo más "
    "grande: mujeres de 75 a 84.",
    "'90 años o más' is the aggregate age bracket, not a patient's age.",
)

# 135
n(
    "en",
    "statistic",
    "Flu shots given at Hmong New Year: 1,206. At the Gurpurab fair: 488. At the "
    "Guelaguetza: 351. Thank you, Fresno! 💉",
    "Festival counts.",
)

# 136
n(
    "es",
    "statistic",
    "Intoxicaciones por plaguicidas reportadas al estado desde nuestras clínicas: 47 en "
    "2023 y 39 en 2024. Cada caso es una familia.",
    "Counts and years.",
)

# ---------------------------------------------------------------- recruitment

# 137
n(
    "en",
    "recruitment",
    "We're hiring! Bilingual (Spanish/Mixteco) Community Health Workers for our mobile "
    "clinic. Drive the van, bring the water, save lives. Apply: "
    "vallecentralhealth.org/careers 🚐",
    "Job ad with the hospital's URL.",
)

# 138
n(
    "es",
    "recruitment",
    "¿Habla hmong, punjabi o mixteco? ¡Lo necesitamos! Buscamos intérpretes médicos "
    "certificados para Fresno y Merced, desde $28/hora. Llame al (559) 555-0100.",
    "Job ad with the hospital's main line.",
)

# 139
n(
    "en",
    "recruitment",
    "RN openings on 4 North (med-surg) & 5 West (ICU step-down). $15K sign-on bonus. Night "
    "shift = free pozole on Fridays, courtesy of Doña Chelo 😉",
    "Units and a staff cook's name (as staff here).",
)

# 140
n(
    "es",
    "recruitment",
    'Únete a nuestro equipo de promotoras 💜 "Yo pizqué uva 15 años; ahora enseño a mis '
    'compañeras a prevenir el golpe de calor." — Maricela, promotora desde 2019.',
    "A staff member's quote.",
)

# 141
n(
    "en",
    "recruitment",
    "Volunteers needed for Raisin Harvest Heat Watch (Aug 12–Sept 20): hand out water & "
    "cooling towels at field edges near Selma, Fowler & Kingsburg. Sign up: "
    "@ValleCentralHealth",
    "Program dates, towns where volunteers go, the hospital's handle.",
)

# 142
n(
    "es",
    "recruitment",
    "Residencia de Medicina Familiar Rural: 8 plazas para julio, con rotaciones en Mendota, "
    'Huron y Firebaugh. Dra. Elena Ochoa, directora del programa: "Aquí aprendes medicina '
    'de verdad".',
    "Program start month, training sites, a staff director.",
)

# 143
p(
    "en",
    "recruitment",
    "From patient to paramedic 🚑 Ricky Solorio was 16 when we flew him out of a wrecked "
    "pickup on Manning Ave. in '15. Now he's starting our EMT program & wants you to apply "
    "too.",
    [("NAME", "Ricky Solorio"), ("GEO", "Manning Ave")],
    note="Former patient's name and crash road; a two-digit year is not a date.",
)

# 144
n(
    "es",
    "recruitment",
    "Buscamos choferes para la clínica móvil con licencia clase B. Rutas: Dos Palos, Los "
    "Banos y Gustine. Beneficios completos. Informes: (209) 555-0171.",
    "Routes and the Merced clinic's line.",
)

# 145
n(
    "en",
    "recruitment",
    "Meet our nurse residency class of 2025 — 34 new grads, 19 of them first-gen college "
    "students, 11 who grew up working the fields 🎓 Come join them.",
    "Counts about staff.",
)

# 146
n(
    "es",
    "recruitment",
    "¿Eres estudiante de prepa en Planada o Le Grand? Ven a nuestro campamento de verano "
    '"Futuros Doctores" del 16 al 27 de junio. Gratis 🩺',
    "Program dates and target towns.",
)

# ---------------------------------------------------------------- crisis_update

# 147
n(
    "en",
    "crisis_update",
    "⚠️ SMOKE ALERT: AQI 212 in Merced today. Our Merced clinic at 1415 West 18th Street is "
    "open with clean-air rooms. Masks at the front desk.",
    "Air-quality alert and the hospital's address.",
)

# 148
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: por la ola de calor, urgencias de Fresno está muy lleno. Si no es "
    "emergencia, llame a la línea de enfermería (559) 555-0123 o vaya a la clínica Cedar, "
    "4620 North Cedar Avenue.",
    "Hospital status, line and address.",
)

# 149
p(
    "en",
    "crisis_update",
    "UPDATE on the farm labor bus crash on Hwy 33 near Firebaugh: we received 14 patients, "
    "12 are stable. Family members looking for Rogelio Tapia or Hilda Tapia, please call "
    "(559) 555-0100.",
    [
        ("GEO", "Hwy 33"),
        ("GEO", "Firebaugh"),
        ("NAME", "Rogelio Tapia"),
        ("NAME", "Hilda Tapia"),
    ],
    note="Crash road and town, two named patients; the number is the hospital's.",
)

# 150
p(
    "es",
    "crisis_update",
    "🔴 Familia de Abundio Pérez Méndez (aprox. 50 años, habla mixteco), traído de madrugada "
    "de un campo en Cantua Creek: comuníquese con trabajo social al (559) 555-0100 o con su "
    "sobrino, que nos dejó este número: 559-555-0111.",
    [
        ("NAME", "Abundio Pérez Méndez"),
        ("GEO", "Cantua Creek"),
        ("PHONE", "559-555-0111"),
    ],
    note="Patient's name, where he was found, nephew's phone next to the hospital's.",
)

# 151
n(
    "en",
    "crisis_update",
    "Due to the Sequoia Complex fire we are receiving transfers from Kaweah Health. "
    "Visitors: please use the east entrance on Ventura Ave.",
    "Fire name, another hospital, the hospital's entrance.",
)

# 152
n(
    "es",
    "crisis_update",
    "Apagón en Merced: el hospital funciona con generadores. Las cirugías programadas para "
    "hoy se reprogramarán y le llamaremos. No venga si no es urgente.",
    "Hospital status.",
)

# 153
p(
    "en",
    "crisis_update",
    "Drift exposure update: 9 workers from a vineyard off Jensen Ave. were seen overnight. "
    "All released except one gentleman in room 214, who is doing well. Cal/OSHA has been "
    "notified.",
    [("GEO", "Jensen Ave"), ("OTHER_ID", "room 214")],
    note="Exposure site and a patient's room number.",
)

# 154
n(
    "es",
    "crisis_update",
    "Alerta de calor extremo: 110°F hoy en Mendota y Firebaugh. Nuestras clínicas móviles "
    "tendrán estaciones de enfriamiento de 11 am a 7 pm. #CalorExtremo",
    "Forecast towns and hours.",
)

# 155
p(
    "es",
    "crisis_update",
    "Nos han preguntado por Lino Meza, el operador de la sacudidora de almendra que "
    "trasladamos en helicóptero el martes desde Dos Palos: con permiso de su familia, les "
    "contamos que está estable en la UCI. Su esposa Carmen agradece sus oraciones 🙏",
    [("NAME", "Lino Meza"), ("GEO", "Dos Palos"), ("NAME", "Carmen")],
    note="Patient, place of injury, wife; a weekday is not labelled.",
)

# 156
n(
    "es",
    "crisis_update",
    "Inundaciones en Planada: la clínica móvil está hoy en el Centro Comunitario de Planada "
    "de 9 a 5, con vacunas contra el tétanos gratis 🚐",
    "Town of a flood response site.",
)

# 157
n(
    "en",
    "crisis_update",
    "Valley fever surge: we've admitted more cocci patients this month than in all of last "
    "year. If you work in dust — wear an N95, wet the soil, and ask for testing.",
    "Counts and advice.",
)

# 158
p(
    "es",
    "crisis_update",
    "URGENTE: BUSCAMOS A LOS FAMILIARES DE UNA MENOR, DANIELA, APROX. 6 AÑOS, TRAÍDA DEL "
    "INCENDIO DE SU CASA EN LA CALLE KEARNEY EN FRESNO ESTA MADRUGADA. LLAMAR AL "
    "(559) 555-0100.",
    [("NAME", "DANIELA"), ("GEO", "CALLE KEARNEY"), ("GEO", "FRESNO")],
    note="All caps: child's name, street and city of her home fire; the phone is the hospital's.",
)

# 159
n(
    "es",
    "crisis_update",
    "Ola de calor: 47 consultas por calor en nuestras 3 salas de urgencias desde el viernes. "
    "Ningún fallecido. Centros de enfriamiento: vallecentralhealth.org/fresco",
    "Counts and the hospital's URL.",
)

# ---------------------------------------------------------------- research

# 160
n(
    "en",
    "research",
    "New study from our team with UC Merced: workers who took a 10-min shade break every 2 "
    "hrs had 52% fewer heat-illness ED visits. Out now in J Agromedicine 📄",
    "Study results.",
)

# 161
n(
    "es",
    "research",
    "¿Tiene fiebre del valle? Invitamos a adultos de 18 a 70 años a participar en un "
    "estudio de un nuevo antifúngico. Información: (559) 555-0100, ext. 4410.",
    "Recruitment for a study: age range, hospital line.",
)

# 162
n(
    "en",
    "research",
    "Dr. Gagandeep Kahlon presented our valley fever + diabetes data at IDWeek in Los "
    "Angeles on Oct 17. Proud! 🧫",
    "A staff member's presentation date.",
)

# 163
n(
    "es",
    "research",
    "Estudio sobre asma y humo en niños mixtecos: 312 familias de Madera y Merced. Los "
    "filtros HEPA redujeron las crisis un 40%.",
    "Study population by county.",
)

# 164
p(
    "en",
    "research",
    "Our case report on the 91-year-old raisin farmer from Kingsburg who beat disseminated "
    "valley fever is now out in Clinical Infectious Diseases! 🎉",
    [("AGE", "91-year-old"), ("GEO", "Kingsburg")],
    note="A case report about one unnamed patient with an exact age over 89 and his town.",
)

# 165
n(
    "es",
    "research",
    "Hmong y diabetes: nuestro equipo encontró que el 38% de los adultos hmong mayores de 50 "
    "años en Fresno tiene prediabetes.",
    "Population statistic.",
)

# 166
n(
    "en",
    "research",
    "Thanks to the 1,204 farmworkers who wore our heat-sensor wristbands this summer. The "
    "data will shape Cal/OSHA guidance 🌡️",
    "Study participants as a count.",
)

# 167
p(
    "es",
    "research",
    "¡La primera participante de nuestro estudio HEPA en Planada, la niña Itzel Ventura, "
    "cumplió un año en el estudio el 8 de julio! 🎈 Su mamá Janet dice que ya casi no usa el "
    "inhalador.",
    [
        ("GEO", "Planada"),
        ("NAME", "Itzel Ventura"),
        ("DATE", "8 de julio"),
        ("NAME", "Janet"),
    ],
    note="Named participant (surname equals the hospital's street name), town, enrolment anniversary, mother.",
)

# 168
n(
    "en",
    "research",
    "Pesticide biomonitoring study: urine samples from 400 kids in Fresno County. Results "
    "by ZIP code coming in spring.",
    "Study population.",
)

# 169
n(
    "es",
    "research",
    "Presentamos en Oaxaca de Juárez nuestro trabajo sobre la salud de migrantes mixtecos, "
    "junto con la Universidad Autónoma Benito Juárez 🇲🇽",
    "Conference city and a university named for a historical figure.",
)

# ---------------------------------------------------------------- public_figure

# 170
n(
    "en",
    "public_figure",
    "On César Chávez Day we remember his 1988 Fast for Life in Delano — 36 days, to protest "
    "pesticides poisoning farmworker children. The fight for safe fields continues ✊",
    "A historical figure.",
)

# 171
n(
    "es",
    "public_figure",
    "¡Feliz cumpleaños a Dolores Huerta, que cumple 95 años este 10 de abril! Cofundadora "
    "del sindicato campesino y ejemplo para todas nuestras promotoras. ¡Sí se puede! 💪",
    "A public figure's age and birthday are not labelled.",
)

# 172
n(
    "en",
    "public_figure",
    "Thank you, State Senator Marisela Ontiveros, for touring our Mendota clinic and "
    "hearing from farmworkers about heat protections 🏛️",
    "An official's visit.",
)

# 173
n(
    "es",
    "public_figure",
    "¡Los Bulldogs de Fresno State visitaron a nuestros niños de pediatría! 🏈 El mariscal "
    "Xavier Montaño firmó balones y se tomó fotos con el equipo de enfermería.",
    "Visiting athlete; photos of staff.",
)

# 174
p(
    "en",
    "public_figure",
    "With his blessing: County Supervisor Ray Olmedo spent the weekend with us after a bout "
    'of heat exhaustion at a parade. His words: "If it can happen to me in a suit, it can '
    'happen to you in the field." Get well, Supervisor!',
    [("NAME", "Ray Olmedo")],
    note="A public figure as a patient is labelled.",
)

# 175
p(
    "es",
    "public_figure",
    'El boxeador de Huron Erik "El Gallo" Navarrete fue operado de la mano aquí el 2 de '
    "octubre. Ya está en rehabilitación y promete volver al ring 🥊 #VamosGallo",
    [
        ("GEO", "Huron"),
        ("NAME", 'Erik "El Gallo" Navarrete'),
        ("DATE", "2 de octubre"),
        ("NAME", "#VamosGallo"),
    ],
    note="An athlete as a patient: home town, name with nickname, surgery date, nickname hashtag.",
)

# 176
n(
    "en",
    "public_figure",
    "Larry Itliong and the Filipino grape strikers of 1965 started the Delano Grape Strike. "
    "Our Filipino American History Month display is in the main lobby 🇵🇭",
    "Historical figure and year.",
)

# 177
n(
    "es",
    "public_figure",
    "Hoy, 28 de octubre, día de San Judas Tadeo, patrón de las causas difíciles: nuestra "
    "capellana, la Hna. Remedios, bendecirá a quienes cuidan a nuestros enfermos.",
    "A saint's day and the chaplain (staff).",
)

# 178
p(
    "en",
    "public_figure",
    "Our friend, Hmong radio host Txawj Vang, asked us to share: he's recovering from "
    "bypass surgery on 1/14 and plans to be back on air by Hmong New Year 📻",
    [("NAME", "Txawj Vang"), ("DATE", "1/14")],
    note="A public figure as a patient: name and surgery date; the future festival is not his date.",
)

# 179
n(
    "es",
    "public_figure",
    "El Cónsul de México en Fresno, Lic. Alfredo Tinoco, visitó nuestra clínica móvil y "
    "apoyó la entrega de 500 matrículas consulares a familias del campo.",
    "An official's visit.",
)

# 180
n(
    "en",
    "public_figure",
    "Sister Mary Imelda opened a 12-bed clinic in a Fresno farm labor camp in 1952 — that "
    "clinic became Valle Central. Her portrait hangs outside the chapel.",
    "Historical founder.",
)

# 181
p(
    "es",
    "public_figure",
    "El alcalde Rolando Castro nos pidió agradecer públicamente al equipo de cuidados "
    "paliativos que acompañó a su mamá, Doña Herminia, en sus últimos días 🕊️",
    [("NAME", "Rolando Castro"), ("NAME", "Herminia")],
    note="The patient and her son, a public figure introduced as her relative (labelled).",
)

# ---------------------------------------------------------------- eponymous_condition

# 182
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement-disorders clinic (Dr. Neng Thao) "
    "now offers visits in Hmong and Spanish 🧠",
    "Eponym, awareness month, staff.",
)

# 183
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Chagas: si nació en México o Centroamérica y vivió en casa de adobe, pida "
    "la prueba. La transmite la chinche besucona 🪳",
    "Eponym, countries.",
)

# 184
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 🧦 Wear your mismatched socks — our pediatric team will!",
    "Eponym and awareness day.",
)

# 185
n(
    "es",
    "eponymous_condition",
    "Síndrome de Guillain-Barré después de una infección: debilidad que sube desde los pies. "
    "Acuda a urgencias de inmediato.",
    "Eponym.",
)

# 186
p(
    "en",
    "eponymous_condition",
    "Yes, really: Mr. Bell came in Thursday with Bell's palsy. He laughed so hard half his "
    "face moved 😄 Full recovery expected, Lyle!",
    [("NAME", "Bell", 1), ("NAME", "Lyle")],
    note="Patient's surname equals the eponym; the eponym (second Bell) is not labelled.",
    ok=("Bell",),
)

# 187
p(
    "es",
    "eponymous_condition",
    "Don Anselmo Ríos, de Kerman, vive con Alzheimer desde hace 6 años. Su esposa Remedios "
    "lo cuida sola y dice que no hay remedios mágicos, solo paciencia. Grupo de apoyo para "
    "cuidadores: martes 6 pm.",
    [("NAME", "Anselmo Ríos"), ("GEO", "Kerman"), ("NAME", "Remedios")],
    note="Patient, town, wife (the lower-case word 'remedios' is not her name); Alzheimer is an eponym.",
)

# 188
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves', Addison's — thyroid and adrenal conditions named after doctors, "
    "all treatable. Free endocrine screening at the Cedar clinic.",
    "Eponyms.",
)

# 189
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Kawasaki: fiebre de 5 días, ojos rojos y labios partidos en niños "
    "pequeños. No tiene nada que ver con la moto 😅 Es una emergencia pediátrica.",
    "Eponym.",
)

# 190
p(
    "en",
    "eponymous_condition",
    "Crohn's didn't stop Harnoor from draining 8 threes at the Sikh Games in Yuba City last "
    "weekend 🏀 #HarnoorHoops",
    [("NAME", "Harnoor"), ("NAME", "#HarnoorHoops")],
    note="Patient name and name hashtag; tournament town is an event venue; Crohn's is an eponym.",
)

# 191
n(
    "es",
    "eponymous_condition",
    "Linfoma de Hodgkin: 9 de cada 10 pacientes jóvenes se curan. Nuestra clínica de "
    "oncología en Fresno tiene estudios clínicos en español.",
    "Eponym and statistic.",
)

# 192
p(
    "en",
    "eponymous_condition",
    'Lou Gehrig\'s disease (ALS) has taken a lot from Luis "Lou" Barajas, but not his '
    "laugh. Luis, 58, from Chowchilla, wants you to know our ALS clinic exists.",
    [
        ("NAME", 'Luis "Lou" Barajas'),
        ("NAME", "Luis", 2),
        ("GEO", "Chowchilla"),
    ],
    note="Patient's nickname equals the eponym's first name (the eponym is not labelled); age 58 not labelled.",
)

# 193
n(
    "es",
    "eponymous_condition",
    "Michael J. Fox, Muhammad Ali, el papa Juan Pablo II: todos vivieron con Parkinson. No "
    "está solo. Grupo de apoyo en español el primer jueves de cada mes.",
    "Public figures and an eponym.",
)

# ---------------------------------------------------------------- sponsor

# 194
n(
    "en",
    "sponsor",
    "Huge thanks to the Central Valley Almond Growers Association for 2,000 cooling towels "
    "& 500 cases of water for harvest season! 🌰💧",
    "Sponsor organisation.",
)

# 195
n(
    "es",
    "sponsor",
    "Gracias a Rancho Los Nogales y a la familia Bettencourt por patrocinar la clínica móvil "
    "de la cosecha. ¡Juntos cuidamos a quienes nos alimentan!",
    "Sponsor ranch and donor family.",
)

# 196
n(
    "en",
    "sponsor",
    "The Her Family Foundation has funded our Hmong-language diabetes classes for a 3rd "
    "year. Ua tsaug ntau! 🙏",
    "A foundation named for a family.",
)

# 197
p(
    "es",
    "sponsor",
    "Don Arturo y Doña Licha Gamboa donaron la nueva sala de juegos de pediatría en memoria "
    "de su nieto Fernandito, que fue nuestro paciente de oncología 💙",
    [("NAME", "Arturo"), ("NAME", "Licha Gamboa"), ("NAME", "Fernandito")],
    note="Donors introduced as grandparents of a patient are labelled, with the patient.",
)

# 198
n(
    "es",
    "sponsor",
    "El Pabellón Sandhu, nombrado por el Dr. Jasbir y Kiran Sandhu, abre el lunes con 24 "
    "sillones nuevos de diálisis.",
    "A building named for donors.",
)

# 199
n(
    "es",
    "sponsor",
    "Patrocinadores de la Carrera del Calor 5K: Farmacias del Valle, Radio Campesina, Sun "
    "Valley Raisins y Panadería La Reina. ¡Gracias!",
    "Sponsor businesses.",
)

# 200
p(
    "en",
    "sponsor",
    "Meet the Lo family, this year's Heat Run sponsor 🏃 After dad Neng collapsed in a "
    "Sanger vineyard in 2022, they vowed no family would go through that alone.",
    [("NAME", "Lo"), ("NAME", "Neng"), ("GEO", "Sanger")],
    note="Sponsor family is a patient's family: surname, patient, place of his collapse; the year is bare.",
)

# 201
n(
    "es",
    "sponsor",
    "La Fundación Valle Central agradece a los Caballeros de Colón, al Club Rotario de "
    "Merced y a la Gurdwara Sahib de Livingston por la colecta de invierno. vchfoundation.org",
    "Donor organisations and the foundation's domain.",
)

# 202
p(
    "en",
    "sponsor",
    "A $25,000 gift from grandpa Manuel Azevedo of Turlock made our new NICU family room "
    "possible — inspired by the 71 days his granddaughter Olivia spent with us. #OLIVIASROOM",
    [
        ("NAME", "Manuel Azevedo"),
        ("GEO", "Turlock"),
        ("NAME", "Olivia"),
        ("NAME", "#OLIVIASROOM"),
    ],
    note="Donor who is a patient's grandfather, his town, the patient and her hashtag.",
)

# 203
n(
    "es",
    "sponsor",
    "Gracias a Valley Tractor & Equipment por donar 50 barras antivuelco para los tractores "
    "viejitos de los pequeños agricultores 🚜",
    "Sponsor business.",
)

# 204
n(
    "en",
    "sponsor",
    "Our Gala sponsors: Sun-Maid Growers, Pacific Gas & Electric, the Kasparian Family and "
    "Fresno Pacific University 💛",
    "Sponsors, one a family.",
)

# ---------------------------------------------------------------- hospital_contact

# 205
n(
    "en",
    "hospital_contact",
    "📞 Main (559) 555-0100 | Spanish nurse line (559) 555-0123 | Hmong (559) 555-0146 | "
    "Punjabi (559) 555-0158 | Merced clinic (209) 555-0171 | vallecentralhealth.org",
    "The hospital's own numbers and domain.",
)

# 206
n(
    "es",
    "hospital_contact",
    "Dónde estamos 🗺️ Hospital: 2750 East Ventura Avenue, Fresno, CA 93721 · Clínica "
    "Merced: 1415 West 18th Street, Merced, CA 95340 · Clínica Mendota: 880 Santa Fe "
    "Avenue, Mendota, CA 93640",
    "The hospital's own addresses.",
)

# 207
p(
    "en",
    "hospital_contact",
    "Reply from @ValleCentralHealth: Hi Sandra, so sorry about the wait in the ED with your "
    "dad Ignacio. Please call our patient advocate at (559) 555-0100 — or we can call you "
    "back at the number you sent (559-555-0174).",
    [("NAME", "Sandra"), ("NAME", "Ignacio"), ("PHONE", "559-555-0174")],
    note="A patient's daughter, the patient and her phone, next to the hospital's handle and line.",
)

# 208
p(
    "es",
    "hospital_contact",
    "Hola Sra. Yolanda: recibimos su mensaje sobre los resultados de su esposo Rutilio. Por "
    "privacidad no podemos darlos aquí 🙏 Escríbanos desde yola.cardenas@hotmail.com a "
    "records@vallecentralhealth.org o llame al (559) 555-0100.",
    [("NAME", "Yolanda"), ("NAME", "Rutilio"), ("EMAIL", "yola.cardenas@hotmail.com")],
    note="Wife, patient and the wife's e-mail; the hospital's address and line are not labelled.",
)

# 209
n(
    "en",
    "hospital_contact",
    "Send medical-records requests by fax to (559) 555-0102 or through the portal at "
    "my.vallecentralhealth.org. Questions: (559) 555-0100, option 2.",
    "The hospital's fax, portal and line.",
)

# 210
n(
    "es",
    "hospital_contact",
    "Síguenos: @SaludValleCentral (español) · @VCHMerced (Merced) · @ValleCentralHealth "
    "(inglés). Donativos: @VCHFoundation · (559) 555-0189",
    "The hospital's handles and foundation line.",
)

# 211
p(
    "en",
    "hospital_contact",
    "Thanks for the tag, @prayers4papa_pedro 🙏 We can't share patient updates here, but "
    "we're so glad Papa Pedro is home in Madera! DM us if you need help with his follow-up.",
    [("OTHER_ID", "@prayers4papa_pedro"), ("NAME", "Pedro"), ("GEO", "Madera")],
    note="Family's social handle, patient's name, his town.",
)

# 212
n(
    "es",
    "hospital_contact",
    "Clínica móvil esta semana: lunes Huron, martes Five Points, miércoles Cantua Creek, "
    "jueves Tranquillity, viernes Mendota. Tel. (209) 555-0135.",
    "Mobile-clinic stops, not patients' towns.",
)

# 213
p(
    "en",
    "hospital_contact",
    "if anyone knows the family of sr. anacleto (the older gentleman from the mixteco camp "
    "in madera who left his hat & rosary in our ED lobby), his nephew's whatsapp is "
    "+1 559 555 0109 🙏",
    [("NAME", "anacleto"), ("GEO", "madera"), ("PHONE", "+1 559 555 0109")],
    note="Lower-case name and town, nephew's phone.",
)

# 214
n(
    "es",
    "hospital_contact",
    "¿Necesita intérprete de mixteco, triqui o zapoteco? Pídalo al hacer su cita: "
    "(559) 555-0123. Es gratis y es su derecho 💬",
    "The hospital's line.",
)

# 215
n(
    "en",
    "hospital_contact",
    "Lost & found: a child's pink backpack with a stuffed llama was left in the Cedar clinic "
    "waiting room (4620 North Cedar Avenue) on Tuesday. Call (559) 555-0100 to claim it.",
    "The hospital's address and line.",
)

# 216
p(
    "es",
    "hospital_contact",
    "Sr. Baltazar, ya registramos su cambio de domicilio para las facturas de su mamá: 2218 "
    "calle Tulare, apto. 6, Dinuba 93618 ✔️ Cualquier duda, (559) 555-0100.",
    [
        ("NAME", "Baltazar"),
        ("GEO", "2218 calle Tulare, apto. 6"),
        ("GEO", "Dinuba"),
        ("GEO", "93618"),
    ],
    note="Patient's son and the family's street address, town and ZIP.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 217
n(
    "en",
    "campaign_hashtag",
    "Water. Rest. Shade. Repeat. 💧🌳 #AguaDescansoSombra #ValleCentralStrong #HeatSafety",
    "Campaign hashtags only.",
)

# 218
n(
    "es",
    "campaign_hashtag",
    "Este verano usa #YoMeCuidoDelCalor y comparte cómo te proteges en el campo. ¡Los "
    "mejores consejos ganan una hielera! 🧊",
    "Campaign hashtag.",
)

# 219
p(
    "en",
    "campaign_hashtag",
    "Day 40 in the PICU. Still smiling. Still stubborn. #PrayForPaz #PazFuerte 🕊️",
    [("NAME", "#PrayForPaz"), ("NAME", "#PazFuerte")],
    note="The patient (Paz, also a word) is named only in hashtags.",
)

# 220
n(
    "es",
    "campaign_hashtag",
    "#FiebreDelValle no es gripa. #ValleyFeverAwareness #CocciWeek",
    "Awareness hashtags.",
)

# 221
p(
    "en",
    "campaign_hashtag",
    "The #TeamTouFu shirts are here! 🧡 All proceeds go to Tou Fu's family for travel to his "
    "transplant center in SF. Order: gofundme.com/f/team-tou-fu",
    [("NAME", "#TeamTouFu"), ("NAME", "Tou Fu"), ("URL", "gofundme.com/f/team-tou-fu")],
    note="Name hashtag, name and the family's fundraiser URL; the transplant city is not where he lives.",
)

# 222
n(
    "es",
    "campaign_hashtag",
    "#SiSePuede #SaludParaTodos #NiUnaMuerteMásPorCalor — hoy marchamos con la UFW en Sacramento.",
    "Campaign hashtags and a march.",
)

# 223
n(
    "en",
    "campaign_hashtag",
    "#HopeForHarvest raised $48,000 for farmworker heat kits! Thank you, Valley 🌾 #HopeLives",
    "Campaign hashtags that contain a name-like word.",
)

# 224
p(
    "es",
    "campaign_hashtag",
    "ya van 3 semanas y la flaca sigue dando guerra 💪🏽 gracias por todas sus oraciones "
    "#fuerzaflaca #ValleCentralContigo",
    [("NAME", "flaca"), ("NAME", "#fuerzaflaca")],
    note="Lower-case nickname used as the patient's name and in a hashtag.",
)

# 225
n(
    "en",
    "campaign_hashtag",
    "#SikhHeritageMonth: meet the Punjabi farmers who helped build the valley's almond "
    "industry. Story from the Fresno Bee, link in bio. #SikhsInTheValley",
    "Heritage-month hashtags.",
)

# 226
p(
    "es",
    "campaign_hashtag",
    "#TODOSCONDONGOYO 🙏 LA GENTE DE PARLIER SE UNIÓ PARA DONAR SANGRE PARA DON GOYO, "
    "ATROPELLADO EL 3 DE MARZO EN LA AVENIDA MANNING.",
    [
        ("NAME", "#TODOSCONDONGOYO"),
        ("GEO", "PARLIER"),
        ("NAME", "GOYO"),
        ("DATE", "3 DE MARZO"),
        ("GEO", "AVENIDA MANNING"),
    ],
    note="All caps: name hashtag, his town, nickname, date and road of the accident.",
)

# 227
n(
    "en",
    "campaign_hashtag",
    "#NoMoreHeatDeaths #ShadeIsAHumanRight #FarmworkerHealth — sign the petition for "
    "statewide shade funding 🔗 vallecentralhealth.org/shade",
    "Campaign hashtags and the hospital's URL.",
)

# 228
p(
    "es",
    "campaign_hashtag",
    "¡Gracias por usar #MiAbuelaMiHeroína! Este mes ganó la foto de nuestra paciente Doña "
    "Ninfa, de 104 años, de Tranquillity 💖",
    [("NAME", "Ninfa"), ("AGE", "104"), ("GEO", "Tranquillity")],
    note="A patient in a campaign: name, age over 89, word-like town; the contest photo is not PHOTO.",
)

# ---------------------------------------------------------------- anonymous_story

# 229
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our night nurse she'd picked grapes in this valley for 60 "
    "summers. Then she asked for a second pudding 🍮",
    "Decade bracket 'in her 90s' is the aggregate category, not an age; no identifier.",
)

# 230
n(
    "es",
    "anonymous_story",
    "Un señor llegó ayer con las manos quemadas por el azufre. No quiso dar su nombre por "
    "miedo a perder el trabajo. Lo atendimos igual: aquí nadie pregunta papeles 💚",
    "Anonymous; 'ayer' is relative.",
)

# 231
p(
    "en",
    "anonymous_story",
    "The oldest patient we treated for heat stroke this summer was 97. Ninety-seven. She was "
    "picking figs in her own backyard. Check on your elders 🥵",
    [("AGE", "97"), ("AGE", "Ninety-seven")],
    note="Unnamed patient's exact age over 89, in digits and words.",
)

# 232
n(
    "es",
    "anonymous_story",
    "Una joven mamá mixteca llegó a parir con su hermana de 14 años como única traductora. "
    "Gracias a nuestra intérprete, todo salió bien 👶🏽",
    "Anonymous; ages under 90.",
)

# 233
p(
    "en",
    "anonymous_story",
    "To the gentleman in room 318 who taught the whole night shift to play qeej songs on his "
    "phone: thank you. You made our week 🎶",
    [("OTHER_ID", "room 318")],
    note="Unnamed patient's room number.",
)

# 234
n(
    "es",
    "anonymous_story",
    'Un abuelito de 86 años nos dijo: "yo llegué de bracero en el 58 y nunca había entrado '
    'a un hospital". Hoy salió caminando.',
    "Age under 90 and a two-digit year.",
)

# 235
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit — now a 6-foot high school senior headed to "
    "Fresno State 🥹 Moments like this.",
    "Anonymous former patient; a university.",
)

# 236
p(
    "es",
    "anonymous_story",
    "Una señora de Tranquillity (sí, así se llama el pueblo) nos trajo tamales de rajas para "
    "agradecer la cirugía de su esposo. Tranquilos todos, ¡alcanzan para los dos turnos!",
    [("GEO", "Tranquillity")],
    note="Unnamed patient's family home town (a word-like town name).",
)

# 237
n(
    "en",
    "anonymous_story",
    "A dad drove 40 minutes from the fields with his son's hand wrapped in a t-shirt. We "
    "reattached two fingers. Dad was back at work the next morning because he couldn't "
    "afford not to be. This is the valley.",
    "Anonymous; durations only.",
)

# 238
p(
    "es",
    "anonymous_story",
    "Una paciente nonagenaria ingresó el 16 de septiembre, Día de la Independencia, y nos "
    "pidió poner el himno nacional en su celular 🇲🇽",
    [
        ("AGE", "nonagenaria"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia"),
    ],
    note="Unnamed patient's age over 89 and admission date written twice.",
)

# 239
n(
    "en",
    "anonymous_story",
    "Someone's abuela left a thank-you note in Mixteco on the 2 West whiteboard. Our "
    'interpreter translated it: "You treated me like family." ❤️',
    "Anonymous; 2 West is a unit.",
)

# 240
n(
    "es",
    "anonymous_story",
    "Una familia hmong nos enseñó la ceremonia de hu plig (llamar al alma) para su bebé en la "
    "UCIN. Gracias por compartir su cultura con nosotros 🕯️",
    "Anonymous family.",
)

if __name__ == "__main__":
    S.main("phi_dev47_source")
