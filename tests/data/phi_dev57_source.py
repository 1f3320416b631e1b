"""Blind development set d57 for the PHI scanner: tests/data/phi_dev57.jsonl.

Organisation: Inland Empire Valley Health (phi_dev57_org.json): Riverside campus
(4500 Magnolia Avenue), San Bernardino campus with the trauma and Regional Burn Center
(1800 Waterman Parkway), Indio clinic for the Coachella Valley and the festival tents
(45-200 Monroe Street); eight 555-01xx lines (main, Spanish line, burn center,
foundation, media, careers...), domains ievalleyhealth.org and ievhfoundation.org,
handles @IEValleyHealth, @IEVHBurnCenter, @SaludIEVH, @IEVHFoundation.
Focus: warehouse and trucking workers, Mexican, Salvadoran, Filipino and Korean
families, wildfire burns, freeway crashes on the 10, the 215 and the 15, Coachella
festival visitors, LDS and evangelical church families.
Hard cases: names that are words, places, holidays or conditions (Hope, Faith, Paz,
Lovely, Dulce, Milagro, Reina, Sunny/Sunday, Cruz, Ventura, Mercedes, Trinidad,
Salvador, Washington, Graves, Bell, Esperanza, Candelaria, Guadalupe, Brooklyn),
nicknames and Filipino/Korean kinship titles (Lola, Tita Baby, Halmeoni), lower-case,
ALL-CAPS and chart-style names, names only in hashtags, patients who are staff,
volunteers or public figures, relatives named in passing, donors who are relatives;
dates as numbers, ordinals, Spanish dates, day of month alone, holidays that are the
patient's day next to event dates and holidays that are not; ages over 89 in digits,
words, ordinals, "94yo", "#92"; family phones and e-mails next to the hospital's;
MRNs, NHC, wristband, health-plan, account, plate, licence, device serial, SSN, IP,
portal user; and hard negatives: staff spotlights with dates and ages, volunteers
over 90, donors naming wings, visiting athletes and officials, historical figures,
eponyms, awareness days, event dates, statistics, campaign hashtags that look like
name hashtags (#HopeStrong), anonymous stories ("in her 90s", "noventa y tantos").
Language mix: 240 posts, 130 English and 110 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Road of an identified patient's crash is GEO; the span is the route as written
  without the article ("215", "I-10", "la 15" -> "15", "carretera 74" -> "74").
  The town or road where an identified patient was hurt is GEO too (warehouse fire
  "in Fontana"). Event venues and the festival are not GEO ("Coachella" the festival,
  "parque Perris Hill", "escenario de Coachella"); "Coachella" the patient's home town
  IS GEO.
- In crisis updates and anonymous posts about an incident with several unnamed
  people (mass-casualty crash "on the 215 near Moreno Valley", bus "en la 15",
  evacuations) the incident location is the event's, not a patient's: not labelled.
  A freeway a patient drives for work ("driven the 10 for 30 years") is not GEO.
- Employers and their sites are not labelled ("Sunridge Freight warehouse",
  "Sunbelt Freight Lines"); a church or school name is not labelled, but the town
  in the name of the patient's own congregation is GEO, as the town of a school is
  ("Highland 4th Ward" -> "Highland", "Upland First Assembly" -> "Upland").
- Wildfire names are event names even when they hold a place name.
- Staff and volunteers who are or were our patients are labelled in the posts that
  tell their patient story (name, dates, places); a staff member named as a
  patient's relative is labelled as the relative. Public figures who are our
  patients are labelled; visiting public figures are not.
- Titles excluded from NAME spans also cover kinship and church titles: Lola, Lolo,
  Tita, Kuya, Halmeoni, Abuelo, abuelito, Brother, Sister, Hermana, Pastor, Deacon,
  Mother (church mother), Pfc., Sgto.; "Big" in "Big Tuli" is descriptive. "Baby"
  used as a Filipino given name ("Tita Baby") IS a NAME; "BABY GIRL" on a wristband
  is descriptive and not part of the span.
- Ages: decade expressions ("in her late 90s", "noventa y tantos") are not AGE (as the
  brief says of "a patient in her 90s"); an age joined to its unit in one token is
  spanned as that token ("94yo", "96-year-old", "104-year-old"); "#92" -> "92";
  "cumple 90 el sabado" is AGE (90). Counts such as "91 patients" are not ages.
- Dates: a day of the month alone is spanned with its noun and without the article
  ("el dia 12" -> "dia 12"); a month with an attached year is one span ("marzo de
  2021"); "Halloween 2022" is one span. A wedding anniversary is a person-tied date,
  and so is a holiday on which the patient was in hospital ("spent Christmas with
  us"); a holiday only near the patient's event ("home for Chuseok", born two minutes
  before "Ano Nuevo") is not. A second naming of the same day is labelled
  ("leap-day", "Dia de la Candelaria", "Seollal"). Future event dates in a
  patient's honour (walks, blood drives) are not labelled.
- An ED bay with its keyword ("Bay 3") is OTHER_ID like a room; a family's social
  handle and a portal user name are OTHER_ID even when they contain a town.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev57.jsonl"), os.path.join(HERE, "phi_dev57_org.json"), "d57")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    "Meet Hope Villanueva 💪 — 14 months after the Apple Canyon fire took her family's place in Oak Glen, she walked out of our burn unit on 9/22 with her little brother Ezra carrying the balloons. Hope says the first thing she wants is her abuela's pupusas. #HopeStrong #IEVHBurnSurvivors",
    [
        ("NAME", "Hope Villanueva"),
        ("NAME", "Hope", "*"),
        ("NAME", "#HopeStrong"),
        ("GEO", "Oak Glen"),
        ("DATE", "9/22"),
        ("NAME", "Ezra"),
    ],
    note="Patient Hope (a word-name) and brother Ezra; home town Oak Glen; discharge date 9/22; #HopeStrong is her name hashtag. The fire's name is an event name.",
)

# 2
p(
    "es",
    "patient_story",
    "Les presentamos a Chepe (José Ernesto Alvarado), trailero de San Salvador que vive en Fontana desde hace veinte años. El 3 de febrero su tráiler volcó en la 15 cerca de Cajon Pass… hoy ya camina con andadera. Su esposa Marisol nos pidió compartir: '¡Gracias a todos los del 5° piso!' 🙏 #FuerzaChepe",
    [
        ("NAME", "Chepe"),
        ("NAME", "José Ernesto Alvarado"),
        ("GEO", "San Salvador"),
        ("GEO", "Fontana"),
        ("DATE", "3 de febrero"),
        ("GEO", "15"),
        ("GEO", "Cajon Pass"),
        ("NAME", "Marisol"),
        ("NAME", "#FuerzaChepe"),
    ],
    note="Patient nickname and full name, birth city and home town, crash date, road and place of his crash, wife's name, name hashtag.",
)

# 3
p(
    "en",
    "patient_story",
    "shoutout to lil marcus from rialto who beat us all at uno during his 3 weeks on 6 west 😂 discharged thurs, back to 4th grade monday. his mom tanya says the nurses made it bearable. we'll miss you bud",
    [("NAME", "marcus"), ("GEO", "rialto"), ("NAME", "tanya")],
    note="Lower-case patient name, home town and mother's name; '6 west' is a unit, 'thurs'/'monday' weekdays, '4th grade' not a date.",
)

# 4
p(
    "en",
    "patient_story",
    "When Min-jun Park's grandmother, Halmeoni Soon-ja, saw him breathe on his own after the 10 freeway pileup, she bowed to every nurse on the floor. Min-jun is 17, a senior at Ramona High, and hopes to come back as a respiratory therapist. Neighbors back home in Moreno Valley set up a meal train.",
    [
        ("NAME", "Min-jun Park"),
        ("NAME", "Min-jun", "*"),
        ("NAME", "Soon-ja"),
        ("GEO", "10"),
        ("GEO", "Moreno Valley"),
    ],
    note="Korean patient name, grandmother's name without the kinship title Halmeoni, road of his crash, home town. Age 17 and the school name are not identifiers.",
)

# 5
p(
    "es",
    "patient_story",
    "Doña Trinidad 'Trini' Mejía llegó a urgencias el Día de la Independencia de El Salvador, 15 de septiembre, con quemaduras en las manos: cocinaba en su casa de Colton para la fiesta de la iglesia. Hoy, a sus 91 años, ya vuelve a hacer tamales. Su nieta Yesenia dice que ni el fuego la detiene 😅",
    [
        ("NAME", "Trinidad 'Trini' Mejía"),
        ("DATE", "Día de la Independencia de El Salvador"),
        ("DATE", "15 de septiembre"),
        ("GEO", "Colton"),
        ("AGE", "91"),
        ("NAME", "Yesenia"),
    ],
    note="Patient named like a country; admission day given twice (holiday and date); home town; age 91; granddaughter.",
)

# 6
p(
    "en",
    "patient_story",
    "Festival season check-in from our Indio clinic 🎡: Brooklyn Adair, 22, flew in from Halifax for Coachella weekend 2 and ended up with us on the 19th with heat stroke. She's fine now and already planning next year — with a hat. Brooklyn asked us to tag her mom @adairmama_ns so she stops worrying. Stay hydrated out there!",
    [
        ("NAME", "Brooklyn Adair"),
        ("NAME", "Brooklyn", "*"),
        ("GEO", "Halifax"),
        ("DATE", "19th"),
        ("OTHER_ID", "@adairmama_ns"),
    ],
    note="Festival visitor named like a place; home city abroad; day of month alone of her admission; mother's social handle. Coachella is the festival, Indio clinic is ours.",
)

# 7
p(
    "es",
    "patient_story",
    "El pastor Rubén Ocampo, de la Iglesia Pentecostal Monte Sion, nos visitó hoy… pero esta vez como paciente 😄. Se cayó del techo del templo el 2 de enero arreglando las luces de Navidad. Gracias, pastor, por dejarnos cuidarlo. Su hijo Isaí ya está en el púlpito mientras él se recupera.",
    [("NAME", "Rubén Ocampo"), ("DATE", "2 de enero"), ("NAME", "Isaí")],
    note="Pastor (title excluded) who is the patient, injury date, son. Navidad is not his day; the church is his employer.",
)

# 8
p(
    "en",
    "patient_story",
    "Forklift operator Dolores 'Lola' Baptiste spent 11 days with us after a rack collapse at the Sunridge Freight warehouse where she's worked since 2011. She went home to Jurupa Valley on March 30th and says she's not going back until they fix the racks. Lola, the whole 3 North crew is rooting for you.",
    [
        ("NAME", "Dolores 'Lola' Baptiste"),
        ("NAME", "Lola", "*"),
        ("GEO", "Jurupa Valley"),
        ("DATE", "March 30th"),
    ],
    note="Warehouse worker with nickname Lola (a name here, not the Filipino title); home town; discharge date. Employer and the bare year are not labelled.",
)

# 9
p(
    "es",
    "patient_story",
    "Tres hermanitos de San Bernardino —Kevin, Brayan y Génesis Portillo— salieron del incendio de su apartamento en la calle Base Line el pasado domingo. Génesis, la más chiquita, cumplió 4 años aquí en el hospital el día 12 y las enfermeras le hicieron pastel 🎂",
    [
        ("GEO", "San Bernardino"),
        ("NAME", "Kevin"),
        ("NAME", "Brayan"),
        ("NAME", "Génesis Portillo"),
        ("NAME", "Génesis", "*"),
        ("GEO", "calle Base Line"),
        ("DATE", "día 12"),
    ],
    note="Three sibling patients, their city and street; the youngest's birthday as a day of the month alone. 'domingo' is a weekday, age 4 not labelled.",
)

# 10
p(
    "en",
    "patient_story",
    "Brother Kimball Sorensen (yes, named after that Kimball 😄) has been a fixture at his ward's family history center for decades. After his stroke on Pioneer Day — July 24 — our neuro team had him sitting up in 48 hours. He's home in Mentone now and his ward's Relief Society has the casserole schedule covered through fall.",
    [
        ("NAME", "Kimball Sorensen"),
        ("DATE", "Pioneer Day"),
        ("DATE", "July 24"),
        ("GEO", "Mentone"),
    ],
    note="LDS patient (title Brother excluded); stroke date as holiday and as date; home town. 'that Kimball' is the church president he is named after (public figure); 'fall' is a season.",
)

# 11
p(
    "es",
    "patient_story",
    "A Mercedes Ayala le decían 'la del tráiler rosa' en el patio de la bodega. El 28 de agosto un montacargas le aplastó el pie. Después de tres cirugías, hoy se fue caminando a su casa en Bloomington. ¡Ánimo, Meche! #MecheEsFuerte",
    [
        ("NAME", "Mercedes Ayala"),
        ("DATE", "28 de agosto"),
        ("GEO", "Bloomington"),
        ("NAME", "Meche"),
        ("NAME", "#MecheEsFuerte"),
    ],
    note="Patient named like a car brand, injury date, home town, nickname and name hashtag.",
)

# 12
p(
    "en",
    "patient_story",
    'HUGE CONGRATS TO DANTE "BIG D" OKAFOR-REYES!!! 6 WEEKS AGO HE CAME IN OFF THE 215 AFTER A ROLLOVER NEAR BOX SPRINGS, TODAY HE RANG THE BELL IN REHAB 🔔🔔 HIS TWIN SIS DESTINY WAS FILMING — VIDEO IN COMMENTS #DANTESTRONG',
    [
        ("NAME", 'DANTE "BIG D" OKAFOR-REYES'),
        ("GEO", "215"),
        ("GEO", "BOX SPRINGS"),
        ("NAME", "DESTINY"),
        ("PHOTO", "VIDEO"),
        ("NAME", "#DANTESTRONG"),
    ],
    note="ALL-CAPS name with nickname, road and place of his crash, twin sister, video of the patient, name hashtag.",
)

# 13
p(
    "es",
    "patient_story",
    "Desde Guadalajara vino Paz Ibarra al festival, y terminó en nuestra clínica de Indio con una fractura de tobillo 🩼. Paz nos contó que era su primer Coachella. Le dimos de alta el lunes; su prima Itzel la lleva de regreso en carro. ¡Que te mejores, Paz!",
    [
        ("GEO", "Guadalajara"),
        ("NAME", "Paz Ibarra"),
        ("NAME", "Paz", "*"),
        ("NAME", "Itzel"),
    ],
    note="Festival visitor named Paz (a word), home city abroad, cousin. Indio clinic is ours, Coachella is the festival, 'lunes' a weekday.",
)

# 14
p(
    "en",
    "patient_story",
    "Ernie and Faith Kowalczyk lost the house on Skyline Drive in Running Springs to the fire, but not each other. Ernie, 93, carried Faith's oxygen tank down the driveway. Both are recovering on our burn unit — married 70 years this coming Valentine's Day.",
    [
        ("NAME", "Faith Kowalczyk"),
        ("NAME", "Ernie", "*"),
        ("NAME", "Faith", "*"),
        ("GEO", "Skyline Drive"),
        ("GEO", "Running Springs"),
        ("AGE", "93"),
        ("DATE", "Valentine's Day"),
    ],
    note="Couple, both patients; street and town of their home; his age 93; their wedding anniversary is a person-tied date.",
)

# 15
p(
    "es",
    "patient_story",
    "Lolo Bong Dizon cumplió su promesa: caminar hasta la capilla del hospital para dar gracias. Ingresó el 11/11 por un infarto mientras manejaba su camión en la I-10 cerca de Banning. Su hija, Tita Baby, nos trajo pancit para todo el piso 😋",
    [
        ("NAME", "Bong Dizon"),
        ("DATE", "11/11"),
        ("GEO", "I-10"),
        ("GEO", "Banning"),
        ("NAME", "Baby"),
    ],
    note="Filipino grandfather (Lolo is a title), admission date, road and place of the event, daughter whose given name is Baby (Tita is a title).",
)

# 16
p(
    "en",
    "patient_story",
    "Our littlest wildfire patient, 'Peanut' (real name Araceli), came to us on the 8th with burns on both hands after the evacuation. Today she painted a picture with them. Mom Jazmín says Araceli's goal is to be a firefighter 🚒",
    [
        ("NAME", "Peanut"),
        ("NAME", "Araceli", "*"),
        ("DATE", "8th"),
        ("NAME", "Jazmín"),
    ],
    note="Quoted nickname and real name, admission day of month alone, mother.",
)

# 17
p(
    "es",
    "patient_story",
    "La familia Zúñiga de Hemet llegó completa a la sala de espera —¡22 personas!— cuando don Abundio tuvo su cirugía de corazón el 6 de junio. Don Abundio ya está en casa y dice que la próxima reunión familiar la hacen en el parque, no en el hospital 😂",
    [
        ("NAME", "Zúñiga"),
        ("GEO", "Hemet"),
        ("NAME", "Abundio", "*"),
        ("DATE", "6 de junio"),
    ],
    note="Family surname, home town, patient's first name (don excluded), surgery date.",
)

# 18
p(
    "en",
    "patient_story",
    "Update from the burn unit: J.R., 15, from Yucaipa, who was hurt helping his dad clear brush, went home Saturday. J.R. asked us not to use his full name, so we won't 🙂 — but he did want us to say thanks to everyone at Calvary Chapel who brought pizza.",
    [("NAME", "J.R."), ("NAME", "J.R.", 2), ("GEO", "Yucaipa")],
    note="Initials used as the patient's name, home town. Saturday is a weekday; the church name is not an identifier.",
)

# 19
n(
    "en",
    "patient_story",
    "A truck driver in his 50s came to us after a jackknife on the freeway last month. He asked us to share one thing: please take breaks. Drowsy driving doesn't feel dangerous until it is. 🚛💤 #DriveAwake",
    "Unnamed driver, age in his 50s, no road, no date: nothing identifies him.",
)

# 20
n(
    "es",
    "patient_story",
    "¿Sabías que una de nuestras pacientes de quemaduras más jóvenes regresó este año como voluntaria? No nos dio permiso de usar su nombre, pero nos dejó este mensaje: 'Las cicatrices son mapas de lo que sobreviví.' 💛",
    "Anonymous former patient, no identifier.",
)

# ---------------------------------------------------------------- birth_announcement

# 21
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Itzayana! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 5:40 a.m. en nuestro campus de San Bernardino. Sus papás, Rosa y Efraín Tlapa, dicen que el nombre ya estaba decidido desde hace meses 😇",
    [
        ("NAME", "Guadalupe Itzayana"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín Tlapa"),
    ],
    note="Baby named after the feast on which she was born: both the date and the feast are DATE; parents. The campus is ours.",
)

# 22
p(
    "en",
    "birth_announcement",
    "Lunar New Year baby alert 🧧 Little Seo-yeon Cha arrived at 2:12am on Seollal — January 29 — weighing 7 lb 3 oz. Big brother Joon-ho (age 5) has already asked if she can come to Korean school with him. Congrats to mom Grace and dad Daniel!",
    [
        ("DATE", "Lunar New Year"),
        ("NAME", "Seo-yeon Cha"),
        ("DATE", "Seollal"),
        ("DATE", "January 29"),
        ("NAME", "Joon-ho"),
        ("NAME", "Grace"),
        ("NAME", "Daniel"),
    ],
    note="Birth day named three ways (all labelled), baby, brother and parents.",
)

# 23
p(
    "es",
    "birth_announcement",
    "Primer bebé de Nochebuena en nuestro campus de Riverside 🎄: Emmanuel Jesús, de 3.4 kg, hijo de Karla Benítez. Karla trabaja en un almacén y dice que este es el mejor 'paquete' que ha recibido 📦😂 ¡Felicidades!",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Emmanuel Jesús"),
        ("NAME", "Karla Benítez"),
        ("NAME", "Karla", "*"),
    ],
    note="Born on Christmas Eve (his day), baby and mother; her unnamed employer is not labelled.",
)

# 24
p(
    "en",
    "birth_announcement",
    "she's here!!! 7lb 12oz of pure sass 💕 welcome to the world #BabyMilagros — born 4/1 (no joke) at our riverside campus. proud parents: the Fonoti ohana of riverside 🌺",
    [
        ("NAME", "#BabyMilagros"),
        ("DATE", "4/1"),
        ("NAME", "Fonoti"),
        ("GEO", "riverside", 2),
    ],
    note="Baby named only in a hashtag, birth date, family surname, family's home city; the first 'riverside' is our campus.",
    ok=("riverside",),
)

# 25
p(
    "es",
    "birth_announcement",
    "¡Gemelitos! 👶👶 Santiago y Valentina Hernández-Cruz nacieron el 07/03/2025 con apenas 3 minutos de diferencia. Papá Óscar es trailero y llegó directo de una ruta a Arizona. Mamá Itzel está muy bien. #GemelosIEVH",
    [
        ("NAME", "Santiago"),
        ("NAME", "Valentina Hernández-Cruz"),
        ("DATE", "07/03/2025"),
        ("NAME", "Óscar"),
        ("NAME", "Itzel"),
    ],
    note="Twins with hyphenated surname, birth date with year, parents. Arizona is a state; #GemelosIEVH is a campaign tag.",
)

# 26
p(
    "en",
    "birth_announcement",
    "Maligayang pagdating, baby Jericho! 💙 Born on the Fourth of July (yes, there were fireworks over the parking lot) to Lovely and Ramil Bautista of Corona. Lola Nenita flew in from Cebu and hasn't put him down since.",
    [
        ("NAME", "Jericho"),
        ("DATE", "Fourth of July"),
        ("NAME", "Lovely"),
        ("NAME", "Ramil Bautista"),
        ("GEO", "Corona"),
        ("NAME", "Nenita"),
        ("GEO", "Cebu"),
    ],
    note="Baby born on a holiday, mother named Lovely (a word), father, home town, grandmother (Lola is a title) and her foreign city.",
)

# 27
p(
    "es",
    "birth_announcement",
    "Nació Camila Sofía a las 11:58 p.m. del 31 de diciembre — ¡dos minutos antes del Año Nuevo! 🎆 Sus abuelos vinieron de Chalatenango para conocerla. Mamá Yanira dice que ya no puede celebrar otro Año Nuevo sin pastel de cumpleaños.",
    [
        ("NAME", "Camila Sofía"),
        ("DATE", "31 de diciembre"),
        ("GEO", "Chalatenango"),
        ("NAME", "Yanira"),
    ],
    note="Baby, birth date, grandparents' home town abroad, mother. Año Nuevo is not her birthday (two minutes later) and is not labelled.",
)

# 28
p(
    "en",
    "birth_announcement",
    "Not the souvenir they planned: Skye and Marco Lindqvist were driving home to Portland after Coachella weekend 1 when Skye went into labor on the drive. Baby Juniper arrived April 15th in our Riverside L&D, 5 weeks early and perfectly fine. Name inspo? The Joshua trees, obviously 🌵",
    [
        ("NAME", "Skye", "*"),
        ("NAME", "Marco Lindqvist"),
        ("GEO", "Portland"),
        ("NAME", "Juniper"),
        ("DATE", "April 15th"),
    ],
    note="Festival-goer parents, their home city, baby and birth date. Joshua trees are plants; Coachella the festival.",
)

# 29
p(
    "es",
    "birth_announcement",
    "¡¡YA NACIÓ EL BEBÉ DE LA FAMILIA QUIÑONES!! ÁNGEL DAVID, 8 LIBRAS, 15 DE MAYO 💙 FELICIDADES A SU MAMÁ DULCE Y A SUS HERMANITOS DESDE SAN JACINTO 🙌",
    [
        ("NAME", "QUIÑONES"),
        ("NAME", "ÁNGEL DAVID"),
        ("DATE", "15 DE MAYO"),
        ("NAME", "DULCE"),
        ("GEO", "SAN JACINTO"),
    ],
    note="ALL-CAPS family surname, baby, birth date, mother named Dulce (a word), the family's town.",
)

# 30
p(
    "en",
    "birth_announcement",
    "Welcome, baby Noah Ahn! Born 10/20 — the same day as our Riverside Harvest 5K, so his dad ran the 5K in the morning and caught him in the afternoon 🏃‍♂️👶. (Next year's 5K is Oct. 18 — sign up at ievalleyhealth.org/5k.)",
    [("NAME", "Noah Ahn"), ("DATE", "10/20")],
    note="Baby and birth date; next year's race date and our URL are not labelled.",
)

# 31
p(
    "es",
    "birth_announcement",
    "Dios es fiel 🙏 Después de 4 años de oración, la hermana Noemí y el hermano Josué Sandoval de Victorville recibieron a su hija Milagro el día 9 a las 3 de la tarde. La congregación entera oró por ella durante los 21 días que pasó en la UCIN.",
    [
        ("NAME", "Noemí"),
        ("NAME", "Josué Sandoval"),
        ("GEO", "Victorville"),
        ("NAME", "Milagro"),
        ("DATE", "día 9"),
    ],
    note="Evangelical parents (hermana/hermano are titles), home town, baby named Milagro (a word), birth day of month alone.",
)

# 32
p(
    "en",
    "birth_announcement",
    "first baby of 2026 at IEVH San Bernardino: Xavier Mendoza-Lim, 12:04am Jan 1st 🎉 mom Rhea (a Cal State SB nursing student!) says he's already on her clinical schedule. Cheers from L&D!",
    [("NAME", "Xavier Mendoza-Lim"), ("DATE", "Jan 1st"), ("NAME", "Rhea")],
    note="Baby and mother, birth date; the bare year and the school are not identifiers.",
)

# 33
n(
    "en",
    "birth_announcement",
    "Our Riverside L&D welcomed 312 babies last month — including 9 sets of twins and one very impatient little guy born in the elevator 🛗. Thank you to every nurse, midwife and OB who made it happen.",
    "Counts and an unnamed, undated baby.",
)

# 34
n(
    "es",
    "birth_announcement",
    "¿Tu bebé nació en nuestro hospital? 👶 Cada año invitamos a todas las familias de la UCIN a nuestra reunión de 'graduados'. Este año será el 14 de septiembre en el parque Fairmount. ¡Traigan fotos!",
    "Event date and venue of a reunion, no patient.",
)

# 35
n(
    "en",
    "birth_announcement",
    "Congrats to our own Dr. Priya Raman (NICU) and her husband Sam on the arrival of twins Asha and Dev, born Sunday up in Sacramento where Sam's family lives! 🥳 Priya, we promise not to page you for 12 weeks.",
    "Staff member's own family, born elsewhere (not our patients): never labelled.",
)

# ---------------------------------------------------------------- discharge

# 36
p(
    "en",
    "discharge",
    "DISCHARGE DAY for rm 412 nowak!! 🎉 Mr. Teodor Nowak, 96, ran (ok, walked) the hallway one last time before heading home to Loma Linda with his daughter Agnieszka. Nurses: 'he flirted with every single one of us.'",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("NAME", "Teodor Nowak"),
        ("AGE", "96"),
        ("GEO", "Loma Linda"),
        ("NAME", "Agnieszka"),
    ],
    note="Chart-style room and lower-case surname, full name, age 96, home town, daughter.",
)

# 37
p(
    "es",
    "discharge",
    "Después de 63 días en la unidad de quemados, Wilfredo 'Wil' Arévalo se va a casa 🔥➡️🏠. Wil se quemó el 30 de abril tratando de salvar a su perro del incendio de su casa en Highland. Hoy salió con el perro esperándolo en el estacionamiento 🐶 (se llama Chiquito y también es héroe).",
    [
        ("NAME", "Wilfredo 'Wil' Arévalo"),
        ("NAME", "Wil", "*"),
        ("DATE", "30 de abril"),
        ("GEO", "Highland"),
    ],
    note="Patient with nickname, injury date, home town. The dog's name is not labelled.",
)

# 38
p(
    "en",
    "discharge",
    "Going home today: Pfc. Alondra Esquivel, 21, of March Air Reserve Base family housing, after 3 weeks with us following a rollover on the 215 on Valentine's Day. Alondra, the trauma team says stop apologizing for the chocolate you left in the trauma bay 🍫",
    [
        ("NAME", "Alondra Esquivel"),
        ("NAME", "Alondra", "*"),
        ("GEO", "March Air Reserve Base"),
        ("GEO", "215"),
        ("DATE", "Valentine's Day"),
    ],
    note="Service member (Pfc. excluded), her home on base (the word March is part of a place name), road and holiday date of her crash.",
)

# 39
p(
    "es",
    "discharge",
    "ya se fue a casa nuestro querido kuya jun-jun del 5 norte 🥲 después de su trasplante de riñón. su esposa marites nos trajo lumpia de despedida. cuídate mucho jun-jun, te vamos a extrañar",
    [("NAME", "jun-jun", "*"), ("NAME", "marites")],
    note="Lower-case Filipino nickname (kuya is a title) and wife; '5 norte' is a unit.",
)

# 40
p(
    "en",
    "discharge",
    "Discharge checklist complete ✅ for PATEL, ANIKA R (DOB 02/29/1996) — our leap-day baby finally got her birthday cake on the unit this year 🎂",
    [("NAME", "PATEL, ANIKA R"), ("DATE", "02/29/1996"), ("DATE", "leap-day")],
    note="Chart-style name, date of birth, and the same day named again ('leap-day').",
)

# 41
p(
    "es",
    "discharge",
    "¡Se va a casa el 'Toro'! 🐂 Don Eleuterio Guzmán, de 90 años, ganó su batalla contra la neumonía. Sus bisnietos lo esperaban con mariachi en la entrada de Magnolia. 🎺",
    [("NAME", "Toro"), ("NAME", "Eleuterio Guzmán"), ("AGE", "90")],
    note="Nickname, name, age 90. The Magnolia entrance is the hospital's.",
)

# 42
p(
    "en",
    "discharge",
    "Home for Chuseok! 🌕 After 19 days in our cardiac unit, Mr. Yoon Jae-sung is back with his family in Chino Hills just in time to make songpyeon with his grandkids. His daughter Esther asked us to thank 'the night nurse who sang to him in Korean.'",
    [("NAME", "Yoon Jae-sung"), ("GEO", "Chino Hills"), ("NAME", "Esther")],
    note="Korean name, home town, daughter. Chuseok is only near the discharge, not its day: not labelled.",
)

# 43
p(
    "es",
    "discharge",
    "Alta médica para la pequeña Soledad 'Chole' Reyes 🎈 ingresó el día 3 con bronquiolitis y hoy, día 17, se fue a casa a Rubidoux con sus papás. ¡Gracias por tanta paciencia, familia Reyes!",
    [
        ("NAME", "Soledad 'Chole' Reyes"),
        ("NAME", "Reyes", "*"),
        ("DATE", "día 3"),
        ("DATE", "día 17"),
        ("GEO", "Rubidoux"),
    ],
    note="Baby named Soledad (a word) with nickname; admission and discharge days of the month; home town; family surname.",
)

# 44
p(
    "en",
    "discharge",
    "You know Marjorie from the gift shop — our volunteer of 22 years. This time Marjorie Tuttle was on the other side of the counter: hip replacement on the 2nd, home on the 5th, back at the register before you know it, she says. Get well, Marj! 💐",
    [
        ("NAME", "Marjorie Tuttle"),
        ("NAME", "Marjorie", "*"),
        ("DATE", "2nd"),
        ("DATE", "5th"),
        ("NAME", "Marj"),
    ],
    note="A volunteer who was our patient: name, nickname, surgery and discharge days of the month.",
)

# 45
p(
    "es",
    "discharge",
    "Hoja de alta enviada por MyChart a la familia de Brayan Lemus (exp. 7730-218). Si no le llegó, la mamá puede llamar a la Línea en Español (951) 555-0134 — no al 951-555-0143, que es su celular y ya nos lo repitió tres veces 😅",
    [("NAME", "Brayan Lemus"), ("MRN", "7730-218"), ("PHONE", "951-555-0143")],
    note="Patient, record number, mother's cell next to our Spanish line (not labelled).",
)

# 46
p(
    "en",
    "discharge",
    "SHE'S GOING HOME!!! 🏠💗 #SIERRASTRONG #IEVHFAMILY THANK YOU FOR LETTING US BE PART OF YOUR JOURNEY",
    [("NAME", "#SIERRASTRONG")],
    note="Patient named only in an ALL-CAPS hashtag; #IEVHFAMILY is a campaign tag.",
)

# 47
p(
    "es",
    "discharge",
    "Los hermanos Chavarría (Eliseo y Benjamín), bomberos voluntarios de Forest Falls, se quemaron defendiendo su propio vecindario el 7 de septiembre. Hoy salen juntos del hospital. Benjamín ya pregunta cuándo puede volver a la brigada 🙄",
    [
        ("NAME", "Chavarría"),
        ("NAME", "Eliseo"),
        ("NAME", "Benjamín", "*"),
        ("GEO", "Forest Falls"),
        ("DATE", "7 de septiembre"),
    ],
    note="Volunteer firefighters (not our volunteers) who are our patients: surname, names, their neighbourhood, injury date.",
)

# 48
n(
    "en",
    "discharge",
    "Discharge planning tip: ask for your med list BEFORE the wheelchair ride 🧾. Our pharmacists at both campuses can review it with you — call (951) 555-0100, ext. 4, or message us @IEValleyHealth.",
    "A tip with the hospital's phone and handle.",
)

# 49
n(
    "es",
    "discharge",
    "Hoy dimos de alta a nuestro paciente número 1,000 del programa de rehabilitación cardíaca 🫀 ¡Mil corazones más fuertes en el Inland Empire! Gracias al equipo de la Dra. Hyun-ah Seo.",
    "Unnamed milestone patient; the doctor is staff.",
)

# 50
n(
    "en",
    "discharge",
    "A grandmother in her late 90s went home from our medical floor today after beating COVID for the second time. She asked for no photos and no names — just a message: 'Wash your hands, mijo.'",
    "Anonymous; a decade ('late 90s') is not an age token.",
)

# ---------------------------------------------------------------- thank_you

# 51
p(
    "es",
    "thank_you",
    "Gracias, familia Kim 🇰🇷💐 Por tercer año consecutivo, el Sr. Dong-hyun Kim y su esposa Mi-ran trajeron kimchi casero para todo el personal de diálisis, donde él recibe tratamiento tres veces por semana desde marzo de 2021.",
    [
        ("NAME", "Dong-hyun Kim"),
        ("NAME", "Kim", "*"),
        ("NAME", "Mi-ran"),
        ("DATE", "marzo de 2021"),
    ],
    note="Dialysis patient, family surname, wife; the month he started treatment with its year.",
)

# 52
p(
    "en",
    "thank_you",
    "To the Toalepai family: thank you for the ukulele concert in the lobby last night 🎶. Your dad Sione spent Christmas with us after his bypass and you turned our ICU into a luau. Fa'afetai tele lava!",
    [("NAME", "Toalepai"), ("NAME", "Sione"), ("DATE", "Christmas")],
    note="Family surname, patient; he was in hospital on Christmas (a date of his stay).",
)

# 53
p(
    "es",
    "thank_you",
    "mil gracias a la familia de don chuy (@losdelrancho_fontana en insta) por las 40 conchas que trajeron al 3er piso ☕🥐 ya sabemos de dónde sacó chuy lo bromista",
    [("NAME", "chuy", "*"), ("OTHER_ID", "@losdelrancho_fontana")],
    note="Lower-case patient nickname and the family's Instagram handle (OTHER_ID, the town inside it is not split out).",
)

# 54
p(
    "en",
    "thank_you",
    "Thank you, Pastor Dwayne Holloway and the Greater Hope Missionary Baptist choir, for singing at your mother's bedside last week. Mother Inez Holloway, 98, told us it was 'the best visit since 1955.'",
    [("NAME", "Dwayne Holloway"), ("NAME", "Inez Holloway"), ("AGE", "98")],
    note="Patient (church title Mother excluded) and her son the pastor (a relative), age 98. The church name and a bare year are not labelled.",
)

# 55
p(
    "es",
    "thank_you",
    "Gracias a Rigoberto y Ana Menjívar, que donaron 200 cobijas a nuestra unidad de quemados en memoria de su hijo Kevin, a quien atendimos en 2019. 💙",
    [("NAME", "Rigoberto"), ("NAME", "Ana Menjívar"), ("NAME", "Kevin")],
    note="Donors introduced as a patient's parents: labelled; the patient's name; bare year not.",
)

# 56
p(
    "en",
    "thank_you",
    "'Thank you to the 4 West nurses who kept me laughing through chemo. If any of you are ever in Barstow, dinner's on me. — Lorraine T. (lorrainet.quilts@yahoo.com)' Shared with permission 💜",
    [("GEO", "Barstow"), ("NAME", "Lorraine T."), ("EMAIL", "lorrainet.quilts@yahoo.com")],
    note="Patient's own note: her town, name with initial, e-mail.",
)

# 57
p(
    "es",
    "thank_you",
    "¡Gracias, Sr. Ventura! 🙏 Don Ventura Salgado, paciente de nuestro programa de diálisis, pintó el mural de la sala de espera de Waterman. Nos pidió que pusiéramos su firma: 'V.S., Apple Valley, 2025'.",
    [
        ("NAME", "Ventura Salgado"),
        ("NAME", "Ventura", "*"),
        ("NAME", "V.S."),
        ("GEO", "Apple Valley"),
    ],
    note="Patient named Ventura (also a county), his initials and town. Waterman is our campus.",
)

# 58
p(
    "en",
    "thank_you",
    "A thank-you that made our charge nurse cry: Grace Villareal's dad, Rodolfo, spent 9 days on 5 West after his fall on the 14th. Grace has worked nights on 5 West for 11 years — this time she got to be 'just the daughter.' Thank you for trusting us with your papa.",
    [
        ("NAME", "Grace Villareal"),
        ("NAME", "Grace", "*"),
        ("NAME", "Rodolfo"),
        ("DATE", "14th"),
    ],
    note="A staff nurse named as the patient's daughter is labelled as a relative; the patient and the day of his fall.",
)

# 59
p(
    "es",
    "thank_you",
    "A la familia de la habitación 218: gracias por las flores y la tarjeta tan bonita 🌷 Fue un honor cuidar a su mamá, doña Consuelo. ¡Les deseamos lo mejor!",
    [("OTHER_ID", "habitación 218"), ("NAME", "Consuelo")],
    note="Room number with keyword and the patient's first name (a word).",
)

# 60
p(
    "en",
    "thank_you",
    "Huge thanks to the Highland 4th Ward young men who mowed the lawn for Brother and Sister Pratt while Sister Pratt recovered from her knee replacement with us 🌱. Brother Pratt says the stripes are 'not regulation' but he'll allow it.",
    [("GEO", "Highland"), ("NAME", "Pratt", "*")],
    note="LDS patient and husband by surname (titles excluded); the town in their own ward's name is GEO.",
)

# 61
p(
    "es",
    "thank_you",
    "Gracias a Jennifer Pak y a sus hijos por las pupusas 😋 que trajeron para celebrar que su esposo, Rafael Pak-Guardado, ya respira sin ventilador desde el 20 de octubre.",
    [("NAME", "Jennifer Pak"), ("NAME", "Rafael Pak-Guardado"), ("DATE", "20 de octubre")],
    note="Wife and patient (double surname), extubation date.",
)

# 62
n(
    "en",
    "thank_you",
    "Thank you to @SoCalTruckersUnited for donating 500 cooling towels to our ED before festival season! 🧊 Heat illness is no joke out in the Coachella Valley.",
    "Donor organisation and a region; no patient.",
)

# 63
n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la Iglesia Cristiana Vida Nueva, que cada jueves reparten café y pan dulce en la sala de espera de urgencias. ☕ Hermana Lety, ¡su café es el mejor!",
    "Volunteers, never labelled.",
)

# 64
n(
    "en",
    "thank_you",
    "Thank you, San Bernardino County Fire Station 226, for the pancake breakfast at our burn unit! Captain Ruben Lozano, you flip a mean pancake 🥞 #FirstRespondersWeek",
    "Fire crew and captain are visitors, not patients.",
)

# 65
n(
    "es",
    "thank_you",
    "Gracias a todas las familias que nos escribieron esta semana. 💌 Cada carta se lee en voz alta en el pase de guardia. Si quieres mandar una, escribe a gracias@ievalleyhealth.org.",
    "General thanks; the e-mail is the hospital's.",
)

# ---------------------------------------------------------------- memorial

# 66
p(
    "en",
    "memorial",
    "Rest easy, Abuelo Chava. 🕊️ Salvador 'Chava' Ruelas, 101, our oldest dialysis patient, passed peacefully on All Souls' Day surrounded by 4 generations. His granddaughter Paloma says he'd have loved that timing.",
    [
        ("NAME", "Salvador 'Chava' Ruelas"),
        ("NAME", "Chava", "*"),
        ("AGE", "101"),
        ("DATE", "All Souls' Day"),
        ("NAME", "Paloma"),
    ],
    note="Patient (named like a country) with nickname, age 101, death on a holiday, granddaughter.",
)

# 67
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a nuestro compañero de lavandería y paciente, Cipriano Morán (1961–2025). Cipriano trabajó 30 años en IEVH y fue atendido en nuestra UCI hasta su fallecimiento el 4 de marzo. Descansa en paz, Cipri.",
    [
        ("NAME", "Cipriano Morán"),
        ("NAME", "Cipriano", "*"),
        ("DATE", "4 de marzo"),
        ("NAME", "Cipri"),
    ],
    note="A staff member who was our patient: name, nickname, death date. Bare years not labelled.",
)

# 68
p(
    "en",
    "memorial",
    "Forever 17. 💔 We lost Tavita Leavasa on 11/3 after a crash on the 10 near Redlands Blvd. The Carter High volleyball team wore #12 tonight. Tavita's mom asked everyone to hug their kids tonight — and to put the phone down when you drive.",
    [
        ("NAME", "Tavita Leavasa"),
        ("NAME", "Tavita", "*"),
        ("DATE", "11/3"),
        ("GEO", "10"),
        ("GEO", "Redlands Blvd"),
    ],
    note="Patient, death date, road and street of the crash. School and jersey number are not identifiers.",
)

# 69
p(
    "es",
    "memorial",
    "Hoy encendimos una vela en la capilla por la señora Hortensia Lemus Batres, quien a sus noventa y nueve años nos enseñó a hacer atol de elote. Falleció el Día de las Madres, 10 de mayo, como ella quería: con sus nueve hijos alrededor.",
    [
        ("NAME", "Hortensia Lemus Batres"),
        ("AGE", "noventa y nueve"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
    ],
    note="Patient, age in words, death day as holiday and date.",
)

# 70
p(
    "en",
    "memorial",
    "Our hearts are with the Fa'alogo family. Deacon Pita Fa'alogo, who sang at every Sunday service in our chapel for 15 years as a volunteer, died here on Easter Sunday after a long fight with Alzheimer's. He was 92.",
    [
        ("NAME", "Pita Fa'alogo"),
        ("NAME", "Fa'alogo", "*"),
        ("DATE", "Easter Sunday"),
        ("AGE", "92"),
    ],
    note="A volunteer who died as our patient: name (Deacon excluded), family, death on Easter, age 92. Alzheimer's is an eponym.",
)

# 71
p(
    "es",
    "memorial",
    "Vuela alto, guerrero 🕊️💙 Tu sonrisa iluminó el piso de pediatría durante 2 años. #SiempreConEmiliano #LuzParaEmi",
    [("NAME", "#SiempreConEmiliano"), ("NAME", "#LuzParaEmi")],
    note="Patient named only in two hashtags.",
)

# 72
p(
    "en",
    "memorial",
    "In loving memory of Mrs. Chung Ok-hee, who turned 96 on our palliative unit listening to hymns from her church choir. Her son Pastor Samuel Chung thanked our chaplains 'for praying in two languages.'",
    [("NAME", "Chung Ok-hee"), ("AGE", "96"), ("NAME", "Samuel Chung")],
    note="Korean patient (family name first), age 96, son (Pastor excluded).",
)

# 73
p(
    "es",
    "memorial",
    "Descanse en paz, Cruz. 🙏 Cruz Benavides llegó a nosotros después del incendio de su casa en Yucaipa y luchó 41 días. Sus compañeros del centro de distribución hicieron una colecta para su esposa, Maribel, y sus tres hijos: gofundme.com/f/familia-benavides-yucaipa",
    [
        ("NAME", "Cruz Benavides"),
        ("NAME", "Cruz", "*"),
        ("GEO", "Yucaipa"),
        ("NAME", "Maribel"),
        ("URL", "gofundme.com/f/familia-benavides-yucaipa"),
    ],
    note="Patient named Cruz (a word), home town, widow, family fundraiser URL.",
)

# 74
p(
    "en",
    "memorial",
    "It's been a year since we said goodbye to our little Sunny (Sunday Rose Okoro), born and lost on Mother's Day. Her parents Chidi and Ada are hosting a blood drive in her honor May 10 at our Riverside campus.",
    [
        ("NAME", "Sunny"),
        ("NAME", "Sunday Rose Okoro"),
        ("DATE", "Mother's Day"),
        ("NAME", "Chidi"),
        ("NAME", "Ada"),
    ],
    note="Baby named Sunday (a weekday word), birth/death on a holiday, parents. The blood drive date is an event date.",
)

# 75
p(
    "es",
    "memorial",
    "Q.E.P.D. Sgto. (ret.) Aurelio 'Yeyo' Candelaria, veterano de Vietnam, 94 años, de Cherry Valley. Falleció el 17 de noviembre en nuestra unidad de cuidados paliativos. Honores militares el sábado.",
    [
        ("NAME", "Aurelio 'Yeyo' Candelaria"),
        ("AGE", "94"),
        ("GEO", "Cherry Valley"),
        ("DATE", "17 de noviembre"),
    ],
    note="Veteran patient (rank excluded), age 94, town, death date; 'sábado' a weekday.",
)

# 76
n(
    "en",
    "memorial",
    "Today we remember the 11 patients and 2 staff members we lost during the Mountain Fire evacuations 10 years ago. 🕯️ A moment of silence will be held at 2pm in the Magnolia chapel.",
    "Anonymous counts; fire name is an event; chapel is the hospital's.",
)

# 77
n(
    "es",
    "memorial",
    "Hoy recordamos al Dr. Alfonso Tirado Beltrán, fundador de nuestro centro de quemados, quien falleció el 8 de enero a los 91 años. Gracias por todo, doctor. 🕊️",
    "Staff founder: his name, death date and age 91 are never labelled.",
)

# 78
n(
    "en",
    "memorial",
    "Día de los Muertos ofrenda is up in the Waterman lobby 🌼💀 Families of patients we've lost this year are welcome to bring a photo through Nov 2. Questions: chaplaincy (909) 555-0120.",
    "Holiday event, event date, hospital phone.",
)

# ---------------------------------------------------------------- milestone_birthday

# 79
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Beatrice 'Bea' Lindahl! 🎂💯 Bea celebrated on our rehab unit with a root beer float and a video call from her great-grandkids in Stockholm.",
    [
        ("AGE", "100th"),
        ("NAME", "Beatrice 'Bea' Lindahl"),
        ("NAME", "Bea", "*"),
        ("GEO", "Stockholm"),
    ],
    note="Ordinal age 100th, patient, relatives' foreign city.",
)

# 80
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, doña Eulalia! 🎉 Cumplió el 1 de noviembre, Día de Todos los Santos, y dice que por eso es tan santa 😇 Su nieto Giovanni le trajo mariachi a la sala de diálisis.",
    [
        ("AGE", "95"),
        ("NAME", "Eulalia"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Giovanni"),
    ],
    note="Age 95, patient, birthday as date and holiday, grandson.",
)

# 81
p(
    "en",
    "milestone_birthday",
    "Nursing station whiteboard today: '🎂 Bed 14 — Mr. Hal Grady, 90 TODAY!!! — no cake until after his swallow eval 😬' Happy birthday Hal, we'll save you a slice.",
    [("OTHER_ID", "Bed 14"), ("NAME", "Hal Grady"), ("NAME", "Hal", "*"), ("AGE", "90")],
    note="Bed number, patient, age 90 (TODAY is relative).",
)

# 82
p(
    "es",
    "milestone_birthday",
    "¡Maligayang kaarawan, Lola Corazon! 🎂 Doña Corazon 'Cora' Macaraeg cumplió ciento dos años el 28 de junio y lo celebró con lechón en nuestra sala de rehabilitación. #LolaCoraStrong",
    [
        ("NAME", "Corazon 'Cora' Macaraeg"),
        ("NAME", "Corazon", "*"),
        ("AGE", "ciento dos"),
        ("DATE", "28 de junio"),
        ("NAME", "#LolaCoraStrong"),
    ],
    note="Filipina patient (Lola is a title), age in words, birthday, name hashtag.",
)

# 83
p(
    "en",
    "milestone_birthday",
    "Ninety-one candles 🕯️ and not a single one blown out on the first try. Happy birthday to our favorite cardiac rehab regular, Ivan Petrosyan! His daughter Anahit brought gata for the whole class.",
    [("AGE", "Ninety-one"), ("NAME", "Ivan Petrosyan"), ("NAME", "Anahit")],
    note="Age in words, patient, daughter.",
)

# 84
p(
    "es",
    "milestone_birthday",
    "La señora Yolanda Pérez de Rosales cumplió 97 años el 15 de septiembre —el mismo Día de la Independencia, dice orgullosa— y lo celebró aquí con su familia de Ontario. 🇸🇻",
    [
        ("NAME", "Yolanda Pérez de Rosales"),
        ("AGE", "97"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia"),
        ("GEO", "Ontario"),
    ],
    note="Patient with compound surname, age 97, birthday twice named, family's city (Ontario, California).",
)

# 85
p(
    "en",
    "milestone_birthday",
    "Turning 103 in room 5118 like a boss 😎 Happy birthday, Mr. Washington! (Yes, that's his real name. No, he's not related to George. He asked.)",
    [("AGE", "103"), ("OTHER_ID", "room 5118"), ("NAME", "Washington")],
    note="Age, room, surname that is also a place and a president; 'George' is the public figure.",
)

# 86
p(
    "es",
    "milestone_birthday",
    "El 2 de febrero, Día de la Candelaria, cumplió 100 años nuestra paciente más querida del 6° piso: la centenaria Candelaria Ovando. ¡Le tocó poner los tamales! 🫔",
    [
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("AGE", "100"),
        ("AGE", "centenaria"),
        ("NAME", "Candelaria Ovando"),
    ],
    note="Patient named after the feast she was born on: feast and date are DATE, her name is NAME; age twice.",
)

# 87
p(
    "en",
    "milestone_birthday",
    "Kim Young-ja celebrated her 89th birthday on the oncology unit Tuesday — her family threw a mini-janchi with rice cakes and a hanbok for the nurses to try on 👘. Her daughter Sun-hee thanks Dr. Farah Qureshi's team.",
    [("NAME", "Kim Young-ja"), ("NAME", "Sun-hee")],
    note="Patient and daughter; 89 is not over 89, Tuesday a weekday, the doctor is staff.",
)

# 88
p(
    "es",
    "milestone_birthday",
    "Cumpleaños #92 para el abuelito Tomás 'Tommy' Gallardo en el cuarto 312-B 🎈 Le cantamos Las Mañanitas a las 6 a.m. como a él le gusta. Su hija Leticia, de Hesperia, le trajo pan de elote.",
    [
        ("AGE", "92"),
        ("NAME", "Tomás 'Tommy' Gallardo"),
        ("OTHER_ID", "cuarto 312-B"),
        ("NAME", "Leticia"),
        ("GEO", "Hesperia"),
    ],
    note="Age in a hashtag-like '#92', patient, room, daughter and her town.",
)

# 89
p(
    "en",
    "milestone_birthday",
    "A centenarian on our ortho floor? 👀 Yep. Mrs. Opal Fairweather (we call her Miss Opal) turns one hundred on Friday and wants a Dodgers cake. Her nephew is calling in a favor. Nephew, if you read this: (909) 555-0181 is NOT the bakery, it's your cell 😂",
    [
        ("AGE", "centenarian"),
        ("NAME", "Opal Fairweather"),
        ("NAME", "Opal", "*"),
        ("AGE", "one hundred"),
        ("PHONE", "(909) 555-0181"),
    ],
    note="Age as 'centenarian' and in words, patient, nephew's cell number.",
)

# 90
n(
    "en",
    "milestone_birthday",
    "Happy 95th to our longest-serving volunteer, Dorothy Almquist! 🎉 Dorothy has pushed the book cart on 3 North every Wednesday since 1986. The unit threw her a party with — what else — a library-card cake.",
    "A volunteer's age and name are never labelled.",
)

# 91
n(
    "es",
    "milestone_birthday",
    "¡IEVH cumple 90 años! 🎂 El 14 de abril de 1936 abrimos las puertas del primer hospitalito en la calle Magnolia. Celebra con nosotros el próximo 14 de abril en el campus de Riverside.",
    "The hospital's own age, founding date and event.",
)

# 92
n(
    "en",
    "milestone_birthday",
    "This Lunar New Year, our Korean-speaking volunteers visited every patient over 90 on both campuses with tangerines and sebae bows 🍊. 23 patients, 23 smiles.",
    "Population age ('over 90') and counts.",
)

# ---------------------------------------------------------------- pasted_record

# 93
p(
    "en",
    "pasted_record",
    "oops — wrong window 🙈 [Pt: OCAMPO-LEE, JUSTINE M | MRN: IEV-004-88213 | DOB: 10/31/2004 | Rm 7-214 | Dx: 2nd deg burns L forearm] — disregard, deleting now",
    [
        ("NAME", "OCAMPO-LEE, JUSTINE M"),
        ("MRN", "IEV-004-88213"),
        ("DATE", "10/31/2004"),
        ("OTHER_ID", "Rm 7-214"),
    ],
    note="Pasted chart line: name, MRN, DOB, room.",
)

# 94
p(
    "es",
    "pasted_record",
    "Nota de enfermería (no publicar): Pac. Zelaya Portillo, Ana Gabriela — NHC 0091-7734 — ingresó 13/08 por politraumatismo (choque en la 215 a la altura de Perris Blvd). Contacto: esposo Nelson, cel. 909 555 0166. Seguro: Medi-Cal 93847122A.",
    [
        ("NAME", "Zelaya Portillo, Ana Gabriela"),
        ("MRN", "0091-7734"),
        ("DATE", "13/08"),
        ("GEO", "215"),
        ("GEO", "Perris Blvd"),
        ("NAME", "Nelson"),
        ("PHONE", "909 555 0166"),
        ("HEALTH_PLAN", "93847122A"),
    ],
    note="Chart name, record number (NHC), admission date, crash road and cross street, husband and his cell, Medi-Cal ID.",
)

# 95
p(
    "en",
    "pasted_record",
    "ED board screenshot someone posted to the unit group chat (please don't): 'Bay 3 — ESPINOZA R — 94yo F — GLF at home, Moreno Vly — fam: dtr 951.555.0127'",
    [
        ("OTHER_ID", "Bay 3"),
        ("NAME", "ESPINOZA R"),
        ("AGE", "94yo"),
        ("GEO", "Moreno Vly"),
        ("PHONE", "951.555.0127"),
    ],
    note="ED bay, chart name, age token 94yo, abbreviated home town, daughter's phone.",
)

# 96
p(
    "es",
    "pasted_record",
    "copiado del formulario de la Fundación: nombre: Luz Amparo Restrepo / correo: luzamparo.r@hotmail.com / teléfono: (951) 555-0153 / paciente desde: 05-ene / cuenta #: 40-118-7702",
    [
        ("NAME", "Luz Amparo Restrepo"),
        ("EMAIL", "luzamparo.r@hotmail.com"),
        ("PHONE", "(951) 555-0153"),
        ("DATE", "05-ene"),
        ("ACCOUNT", "40-118-7702"),
    ],
    note="Pasted form: name, e-mail, phone (formatted like ours but not ours), first-visit date, account number.",
)

# 97
p(
    "en",
    "pasted_record",
    "Pacemaker clinic reminder card (sample left on printer, shredded now): Patient: H. Mbeki-Stone • Device: Medtronic Azure XT • SN: RNB884213H • Implanted 08/08 • Next check: 6 months",
    [("NAME", "H. Mbeki-Stone"), ("DEVICE", "RNB884213H"), ("DATE", "08/08")],
    note="Name with initial, device serial, implant date; the model name is not an identifier.",
)

# 98
p(
    "es",
    "pasted_record",
    "Del reporte de seguridad (sin editar): Vehículo del paciente Benítez Ruiz, Froilán: Ford F-150 placas 8XKR552, licencia CA D4471902. Dejado en el estacionamiento de urgencias desde el 22/10.",
    [
        ("NAME", "Benítez Ruiz, Froilán"),
        ("VEHICLE", "8XKR552"),
        ("LICENSE", "D4471902"),
        ("DATE", "22/10"),
    ],
    note="Chart-style name, plate, driver's licence, date of arrival.",
)

# 99
p(
    "en",
    "pasted_record",
    "Portal access log pasted by mistake in #it-help: user=ggutierrez_91 | name=Gabriel Gutierrez | ssn=611-40-2938 | ip=76.88.14.203 | status=locked",
    [
        ("OTHER_ID", "ggutierrez_91"),
        ("NAME", "Gabriel Gutierrez"),
        ("SSN", "611-40-2938"),
        ("IP", "76.88.14.203"),
    ],
    note="Patient portal user name, name, SSN, IP address.",
)

# 100
p(
    "es",
    "pasted_record",
    "RECETA — Pac: CHOI, MIN-JI | Fecha nac: 3 de abril de 1958 | Exp: 66-20-913 | Rx: metformina 500 mg c/12h | Dx: diabetes tipo 2",
    [("NAME", "CHOI, MIN-JI"), ("DATE", "3 de abril de 1958"), ("MRN", "66-20-913")],
    note="Prescription: chart name, birth date with year, record number.",
)

# 101
p(
    "en",
    "pasted_record",
    "handoff note found in the breakroom lol: 'rm 9 - gonzales, pete - 98 - dnr - son eddie at 909-555-0111 - lives w/ dtr in grand terrace - watch K+'",
    [
        ("OTHER_ID", "rm 9"),
        ("NAME", "gonzales, pete"),
        ("AGE", "98"),
        ("NAME", "eddie"),
        ("PHONE", "909-555-0111"),
        ("GEO", "grand terrace"),
    ],
    note="Lower-case handoff: room, name, age 98, son and his phone, home town.",
)

# 102
p(
    "es",
    "pasted_record",
    "Etiqueta de pulsera: MAGAÑA, BABY GIRL · 18/04 · Madre: Magaña, Perla · Brazalete #BB-20931 · IEV Riverside",
    [
        ("NAME", "MAGAÑA"),
        ("DATE", "18/04"),
        ("NAME", "Magaña, Perla"),
        ("OTHER_ID", "BB-20931"),
    ],
    note="Newborn wristband: surname (BABY GIRL is descriptive), birth date, mother, wristband number. 'IEV Riverside' is our site.",
)

# 103
p(
    "en",
    "pasted_record",
    "Insurance verification (internal): member SANTOS, EFREN J — Inland Empire Health Plan ID 4471209-01 — acct 998172-A — adm 7/4 via ED (MVC, I-215 NB at Van Buren).",
    [
        ("NAME", "SANTOS, EFREN J"),
        ("HEALTH_PLAN", "4471209-01"),
        ("ACCOUNT", "998172-A"),
        ("DATE", "7/4"),
        ("GEO", "I-215"),
        ("GEO", "Van Buren"),
    ],
    note="Chart name, plan member ID, account, admission date, crash road and cross street (named after a president). The plan's name is not an identifier.",
)

# 104
p(
    "es",
    "pasted_record",
    "Mensaje de voz transcrito: 'Hola, habla Marisela, la hija de Rosendo Tapia, cuarto 640. Mi papá cumple 90 el sábado y queremos llevarle pastel. Mi número es 760-555-0192. Gracias.'",
    [
        ("NAME", "Marisela"),
        ("NAME", "Rosendo Tapia"),
        ("OTHER_ID", "cuarto 640"),
        ("AGE", "90"),
        ("PHONE", "760-555-0192"),
    ],
    note="Daughter, patient, room, age 90, daughter's number (same area code as our Indio clinic, not ours).",
)

# 105
n(
    "en",
    "pasted_record",
    "New intake template for the burn clinic 📋: Name: ____ | MRN: ____ | DOB: __/__/____ | TBSA %: ____ | Referring facility: ____. Questions? burncenter@ievalleyhealth.org or (909) 555-0158.",
    "Empty template, hospital contacts.",
)

# 106
n(
    "es",
    "pasted_record",
    "Ejemplo de nota correctamente anonimizada para capacitación: 'Paciente [NOMBRE], [EDAD] años, exp. [XXXX], ingresó el [FECHA] por quemaduras de segundo grado.' Así deben verse TODAS las notas compartidas en las redes internas. 🔒",
    "Redacted placeholders only.",
)

# ---------------------------------------------------------------- staff_spotlight

# 107
p(
    "en",
    "staff_spotlight",
    "Staff spotlight with a twist 💙 ER tech Rommel 'Mel' Dizon has worked our San Bernardino ED for 12 years. On June 3rd, he was the one on the stretcher — appendix. Mel was discharged on the 5th and back at work two weeks later, and says the food is still bad. Welcome back, Mel!",
    [
        ("NAME", "Rommel 'Mel' Dizon"),
        ("NAME", "Mel", "*"),
        ("DATE", "June 3rd"),
        ("DATE", "5th"),
    ],
    note="A staff member who was our patient: name, nickname, admission and discharge dates.",
)

# 108
p(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Rubí Ancheta, de nuestra UCI neonatal. Lo que pocos saben: Rubí nació en esta misma UCIN el 9 de octubre de 1994, con apenas 2 libras. Treinta años después, cuida a bebés como ella fue. 💕",
    [("NAME", "Rubí Ancheta"), ("NAME", "Rubí", "*"), ("DATE", "9 de octubre de 1994")],
    note="A nurse who was a NICU patient here: name and birth date.",
)

# 109
p(
    "en",
    "staff_spotlight",
    "Meet Dr. Marcus Ellery, our new trauma chief — and a former patient of this very trauma bay. At 16 he was pulled from a rollover on the 60 near Beaumont; our surgeons saved his leg. 'I drive past that exit every day,' he says.",
    [("NAME", "Marcus Ellery"), ("GEO", "60"), ("GEO", "Beaumont")],
    note="A doctor who was our patient: name, road and place of his crash.",
)

# 110
p(
    "es",
    "staff_spotlight",
    "Ella es Esperanza Villalobos, recepcionista del campus de Riverside desde 1999. En enero fue paciente de nuestro centro de cáncer, y hoy regresó a su escritorio con el cabello cortito y la misma sonrisa. ¡Bienvenida, Espe! #EsperanzaSiempre",
    [
        ("NAME", "Esperanza Villalobos"),
        ("DATE", "enero"),
        ("NAME", "Espe"),
        ("NAME", "#EsperanzaSiempre"),
    ],
    note="Staff member who was our patient: name (a word), month of treatment, nickname, name hashtag.",
)

# 111
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight ⭐ Meet Jovelyn Tabangcura, RN, BSN — charge nurse on 4 North, Ilocos Norte native, karaoke champion of the 2024 holiday party, and mom of three. 'My lola raised me to take care of people,' she says. Jovelyn celebrates 15 years with IEVH on March 12!",
    "Staff: name, birthplace, work anniversary are never labelled.",
)

# 112
n(
    "es",
    "staff_spotlight",
    "Conozcan al Dr. Héctor Ibarra Lugo, cirujano de trauma, que nació en Mexicali y creció en Colton. Cuando no está en el quirófano, entrena al equipo de fútbol de su hija Ximena en Grand Terrace. ⚽",
    "Staff member and his own family and towns.",
)

# 113
n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week to Sgt. (ret.) Alan Whitecloud, RN, who served two tours as an Army medic before joining our burn unit in 2015. Alan, 91 patients nominated you this year. NINETY-ONE. 👏",
    "Staff; 91 is a count of patients, not an age.",
)

# 114
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a Maricela Cruz, técnica de farmacia, que hoy cumple 25 años en IEVH! Maricela empezó en la lavandería el 2 de mayo de 2000 y estudió de noche. ¡Eres inspiración! 💊",
    "Staff name and start date.",
)

# 115
n(
    "en",
    "staff_spotlight",
    "Chaplain spotlight: Elder Nathaniel Broadbent serves our LDS patients and families at both campuses, alongside Pastor Luis Aceves (Spanish-speaking evangelical) and Fr. Paul Nguyen. Need a chaplain? Ask your nurse or call (951) 555-0100.",
    "Chaplains are staff; hospital phone.",
)

# 116
n(
    "es",
    "staff_spotlight",
    "Nuestra intérprete de coreano, Sra. Hyejin Yoo, cumple 10 años con nosotros. Ha interpretado en más de 8,000 consultas — ¡y hasta en un parto a las 3 de la mañana! 🇰🇷🇲🇽",
    "Staff interpreter, anonymous birth.",
)

# 117
n(
    "en",
    "staff_spotlight",
    "Meet the Night Owls 🦉 of 6 West: Brandi, Quoc, Felipe, Aaliyah and 'Big Tony' Marsh. Combined: 74 years of night shifts and approximately 11,000 cups of coffee.",
    "Staff first names and a nickname.",
)

# ---------------------------------------------------------------- health_tip

# 118
p(
    "en",
    "health_tip",
    "Heat tip from someone who learned the hard way: warehouse picker Nataly Orozco (she said we could share!) passed out on shift on 8/14 when it was 114° out. Drink water BEFORE you're thirsty, take the breaks you're owed, and know the signs. 💧",
    [("NAME", "Nataly Orozco"), ("DATE", "8/14")],
    note="Named patient and the date of her heat collapse inside a tip.",
)

# 119
p(
    "es",
    "health_tip",
    "Consejo de nuestra paciente Guadalupe 'Lupita' Sarabia, sobreviviente de quemaduras: 'Nunca dejen la olla de frijoles sola en la estufa.' Lupita se quemó el Día de Acción de Gracias del año pasado. 🔥🍲 #PrevenciónDeQuemaduras",
    [
        ("NAME", "Guadalupe 'Lupita' Sarabia"),
        ("NAME", "Lupita", "*"),
        ("DATE", "Día de Acción de Gracias"),
    ],
    note="Named patient in a tip, injury on a holiday.",
)

# 120
n(
    "en",
    "health_tip",
    "🔥 Wildfire smoke tip: when the AQI in your zip code hits 150+, keep kids and anyone with asthma indoors, run the AC on recirculate and skip the leaf blower. Check airnow.gov for your area.",
    "General advice.",
)

# 121
n(
    "es",
    "health_tip",
    "Choferes: las estadísticas de la I-10 y la 215 no mienten 🚛 La fatiga causa 1 de cada 5 choques de camiones. Descansen, estírense, y si sienten dolor de pecho, llamen al 911.",
    "Freeways in a statistic, national line 911.",
)

# 122
n(
    "en",
    "health_tip",
    "Valley fever isn't just an Arizona thing. Dust from construction and farm work in the Inland Empire can carry the spores. Cough for more than 2 weeks? Ask about a test.",
    "Disease and region, no patient.",
)

# 123
n(
    "es",
    "health_tip",
    "¿Vas a Coachella? 🎶 Lleva agua, bloqueador, sombrero y zapatos cerrados. Nuestra clínica de Indio, en 45-200 Monroe Street, atiende 24 horas durante los dos fines de semana del festival: (760) 555-0145.",
    "Festival tip with the hospital's own address and phone.",
)

# 124
n(
    "en",
    "health_tip",
    "Fasting for Ramadan, Lent or a church fast? If you have diabetes, talk to your doctor first about adjusting insulin. Our diabetes educators speak English, Spanish, Tagalog and Korean. 📞 (951) 555-0100",
    "General advice, hospital phone.",
)

# 125
n(
    "es",
    "health_tip",
    "Los cohetes del 4 de julio y del Año Nuevo mandan a urgencias a cientos de niños cada año 🎆 Dejen los fuegos artificiales a los profesionales. #NoMásQuemaduras",
    "Holidays in general advice, not a patient's day.",
)

# 126
n(
    "en",
    "health_tip",
    "Kimchi, pupusas, adobo, menudo — all delicious, all salty 🧂 If you've got high blood pressure, try half portions of the pickled and cured stuff and load up on veggies. Our dietitian Jasmine Cho has recipes at ievalleyhealth.org/eat.",
    "Staff dietitian, hospital URL.",
)

# 127
n(
    "es",
    "health_tip",
    "El calor extremo no avisa. Señales de golpe de calor: piel caliente y seca, confusión, pulso rápido. Si un compañero de trabajo las tiene, llamen al 911 y enfríenlo con agua. No esperen. 🥵",
    "General advice.",
)

# ---------------------------------------------------------------- event

# 128
p(
    "en",
    "event",
    "Join us Saturday, Oct. 4 for the 3rd annual Walk for Wyatt 💚 honoring Wyatt Brennan-Cho, the 9-year-old heart transplant recipient from Lake Elsinore who got his new heart here on Halloween 2022. Registration: ievalleyhealth.org/walk",
    [
        ("NAME", "Wyatt Brennan-Cho"),
        ("NAME", "Wyatt", "*"),
        ("GEO", "Lake Elsinore"),
        ("DATE", "Halloween 2022"),
    ],
    note="Event named after a patient: his name, home town, transplant date (holiday with year). The walk's date is an event date.",
)

# 129
p(
    "es",
    "event",
    "Este domingo, misa y carne asada en el parque Perris Hill para recaudar fondos para Abigail 'Abi' Funes, de 7 años, que está en tratamiento de leucemia con nosotros desde el 20 de enero. Su tío Marvin organiza: 909-555-0104 📲 #TodosConAbi",
    [
        ("NAME", "Abigail 'Abi' Funes"),
        ("DATE", "20 de enero"),
        ("NAME", "Marvin"),
        ("PHONE", "909-555-0104"),
        ("NAME", "#TodosConAbi"),
    ],
    note="Fundraiser for a patient: name, treatment start date, uncle and his phone, name hashtag. The park is the venue.",
)

# 130
p(
    "en",
    "event",
    "Meet-and-greet at our Riverside lobby Friday 2-4pm: 104-year-old Tuskegee Airmen ground crew vet Elmore 'Pops' Gaines, our patient since 2009, is signing copies of his memoir. All proceeds to the veterans' clinic.",
    [("AGE", "104-year-old"), ("NAME", "Elmore 'Pops' Gaines")],
    note="A semi-public veteran who is our patient: age token and name.",
)

# 131
n(
    "en",
    "event",
    "📅 Save the date: Inland Empire Burn Survivors Picnic, Saturday June 14, Fairmount Park, Riverside. Free for survivors and families. RSVP by June 1: burnpicnic@ievalleyhealth.org",
    "Event date and venue, hospital e-mail.",
)

# 132
n(
    "es",
    "event",
    "Feria de salud GRATIS 🩺 en la Iglesia Adventista de Loma Linda, el 22 de marzo de 9 a 2. Vacunas, presión arterial, mamografías. Más info: (951) 555-0134.",
    "Event date and venue, hospital phone.",
)

# 133
n(
    "en",
    "event",
    "Fil-Am Heritage Month health fair 🇵🇭 Oct 11 at our San Bernardino campus: free BP checks, diabetes screening, and Tita Marlene's famous turon (Marlene is our unit clerk, don't @ us).",
    "Event; Marlene is staff.",
)

# 134
n(
    "es",
    "event",
    "Clínica de vacunas para trabajadores de bodegas 📦 en el centro comunitario de Mira Loma, jueves 6 de noviembre, 5–8 p.m. Traigan su credencial del trabajo; no se requiere seguro.",
    "Event date and venue.",
)

# 135
n(
    "en",
    "event",
    "Coachella Fest medical tent hours 🎪: Fri–Sun, 11am–2am, both weekends (April 10–12 and 17–19). Our Indio clinic at 45-200 Monroe Street stays open 24/7. #IEVHatFest",
    "Event dates, hospital address.",
)

# 136
n(
    "es",
    "event",
    "Caminata 'Un Paso por la Vida' en honor a los trabajadores que hemos perdido en accidentes de tránsito 🚚 Sábado 18 de octubre, salida del estacionamiento norte de Waterman a las 7 a.m.",
    "Memorial walk for unnamed workers; event date.",
)

# 137
n(
    "en",
    "event",
    "Hanbok Day at the hospital! 🇰🇷 Korean Chuseok celebration for patients and staff on 5 West, Sept 17, 2–3pm, hosted by our Korean Community Advisory Council. Songpyeon while supplies last.",
    "Holiday event date.",
)

# 138
n(
    "es",
    "event",
    "Noche de alabanza para pacientes y familias 🎤 con el coro de la Iglesia Bautista Emanuel, este viernes a las 7 p.m. en la capilla de Riverside. Todos son bienvenidos.",
    "Church choir event, weekday.",
)

# 139
n(
    "en",
    "event",
    "Blood drive with the Redlands Stake (Church of Jesus Christ of Latter-day Saints) 🩸 Sat. Jan 10, 8am–1pm, stake center on Cajon St. Walk-ins welcome. Every pint helps our burn unit.",
    "Event date and venue.",
)

# ---------------------------------------------------------------- statistic

# 140
p(
    "en",
    "statistic",
    "By the numbers 📊 our burn unit in 2025: 412 admissions, 61 from wildfires, 38 from workplace incidents. Oldest patient: 97. Youngest: 11 days. Longest stay: 84 days (you know who you are, Reggie 😉).",
    [("AGE", "97"), ("NAME", "Reggie")],
    note="Statistics carrying an unnamed patient's age over 89 and a named long-stay patient.",
)

# 141
n(
    "es",
    "statistic",
    "En 2025 atendimos a 1,284 víctimas de choques en la I-10 y la 215. El 31% eran conductores de camiones de carga. 🚛 Manejar cansado mata.",
    "Aggregate counts.",
)

# 142
n(
    "en",
    "statistic",
    "Our LDS, evangelical and Catholic chaplain volunteers made 9,400 visits last year. 🙏 23% of them were in Spanish, 6% in Tagalog and 4% in Korean.",
    "Aggregate counts.",
)

# 143
n(
    "es",
    "statistic",
    "Dato: el 18% de nuestros pacientes de diálisis tienen más de 90 años. 🧓 La edad no es barrera para el tratamiento.",
    "Population age.",
)

# 144
n(
    "en",
    "statistic",
    "Coachella by the numbers 🎶 (both weekends): 1,927 visits to our medical tents, 212 transfers to our Indio clinic, 41 admissions. Top complaint: heat exhaustion. Top item left behind: one very sparkly cowboy boot 👢.",
    "Aggregate counts.",
)

# 145
n(
    "es",
    "statistic",
    "Incendios 2025: 3 incendios forestales, 146 pacientes de quemaduras, 0 muertes en nuestra unidad. 🔥 Gracias a los bomberos del Condado de San Bernardino.",
    "Aggregate counts.",
)

# 146
n(
    "en",
    "statistic",
    "Heat-related ED visits at IEVH jumped 40% between June 1 and September 15 compared with last year. Warehouse workers made up 1 in 3. 🌡️",
    "Reporting period dates, not a patient's.",
)

# 147
n(
    "es",
    "statistic",
    "Nuestra paciente más longeva del año tenía noventa y tantos 😉 — no nos dejó decir cuántos exactamente. ¡Respeto!",
    "A decade ('noventa y tantos') is not an age token.",
)

# 148
n(
    "en",
    "statistic",
    "In 2024 our NICU cared for 603 babies. 58 weighed under 2 lbs. 12 were born to moms who drove in from the high desert. 💕",
    "Aggregate counts; a region.",
)

# ---------------------------------------------------------------- recruitment

# 149
p(
    "es",
    "recruitment",
    "¿Quieres ser enfermera? Pregúntale a Daniela Rangel 👩‍⚕️: fue nuestra paciente de quemaduras en 2012, a los 8 años, después del incendio de su casa en Muscoy. Hoy es estudiante de enfermería en nuestro programa de residencias. ¡Aplica como ella! ievalleyhealth.org/carreras",
    [("NAME", "Daniela Rangel"), ("GEO", "Muscoy")],
    note="Former patient in a recruitment post: name and home town.",
)

# 150
n(
    "en",
    "recruitment",
    "WE'RE HIRING 🚨 Burn ICU RNs, night shift, $10K sign-on. Bilingual Spanish, Tagalog or Korean a plus. Apply: ievalleyhealth.org/careers or call (909) 555-0196.",
    "Hospital URL and phone.",
)

# 151
n(
    "es",
    "recruitment",
    "Buscamos choferes de camioneta médica con licencia clase B. 🚐 Turnos en Riverside y San Bernardino. Pregunta por Alma Delgado en Recursos Humanos: (909) 555-0196.",
    "HR staff, hospital phone.",
)

# 152
n(
    "en",
    "recruitment",
    "Ex-military? Our Troops to Techs program trains veterans from March ARB and Fort Irwin as surgical techs in 12 months. Info session Feb 5, 6pm, Riverside campus.",
    "Bases as recruiting sources, event date.",
)

# 153
n(
    "es",
    "recruitment",
    "¡Feria de empleo! 🏥 Jueves 12 de febrero, 10 a.m.–3 p.m., campus de San Bernardino, 1800 Waterman Parkway. Contratación en el acto para intérpretes, camilleros y cocina.",
    "Event date, hospital address.",
)

# 154
n(
    "en",
    "recruitment",
    "'I came here as a patient's daughter and stayed as a unit secretary.' — we hear this a lot. If you've been on our side of the bed rail, come work with us. 💙 #IEVHCareers",
    "Anonymous quote.",
)

# 155
n(
    "es",
    "recruitment",
    "Becas para hijos de trabajadores de bodega y transporte que quieran estudiar enfermería 🎓 Fecha límite: 30 de abril. Solicita en ievhfoundation.org/becas.",
    "Deadline date, foundation URL.",
)

# 156
n(
    "en",
    "recruitment",
    "Seasonal staffing for Coachella weekends: paramedics, RNs and EMTs wanted at our festival tents. Flexible shifts, free shuttle from the Indio clinic.",
    "Recruitment, no patient.",
)

# ---------------------------------------------------------------- crisis_update

# 157
p(
    "en",
    "crisis_update",
    "UPDATE 6:40pm: The 2 patients from this afternoon's warehouse fire in Fontana are in our burn unit. With their families' permission: Luis Carrillo, 34, is stable; Rosalind 'Roz' Akins, 58, is in critical condition. Please respect their privacy. Media: (951) 555-0189.",
    [("GEO", "Fontana"), ("NAME", "Luis Carrillo"), ("NAME", "Rosalind 'Roz' Akins")],
    note="Two named patients; the town where they were injured is GEO. Ages under 90 and our media line are not labelled.",
)

# 158
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: El conductor del tráiler involucrado en el choque múltiple de esta mañana en la I-10 en Redlands, identificado por CHP como Arnulfo Meza Quintero, de Rialto, se encuentra en condición estable. Los otros 5 pacientes siguen en evaluación.",
    [
        ("GEO", "I-10"),
        ("GEO", "Redlands"),
        ("NAME", "Arnulfo Meza Quintero"),
        ("GEO", "Rialto"),
    ],
    note="Named driver (publicly identified, still a patient): road and town of his crash, home town.",
)

# 159
p(
    "en",
    "crisis_update",
    "Wildfire update 🔥: We are caring for 7 patients from the mountain evacuations. One of them, 90-year-old Vera, asked us to tell her neighbors on Lake Drive in Crestline that she's fine and that someone needs to feed her chickens 🐔.",
    [("AGE", "90-year-old"), ("NAME", "Vera"), ("GEO", "Lake Drive"), ("GEO", "Crestline")],
    note="One evacuee: age token, first name, street and town of her home.",
)

# 160
p(
    "es",
    "crisis_update",
    "Aviso a la familia de Pedro 'Pedrito' Alonzo, de 16 años, traído en helicóptero desde la carretera 74 esta tarde: por favor comuníquense al (951) 555-0100 o vengan a la entrada de urgencias en Magnolia. Su mamá nos dijo que su celular es 951-555-0148 pero no contesta.",
    [("NAME", "Pedro 'Pedrito' Alonzo"), ("GEO", "74"), ("PHONE", "951-555-0148")],
    note="Patient, road of his crash, mother's cell next to our main line.",
)

# 161
p(
    "en",
    "crisis_update",
    "Power outage update: all patients on our San Bernardino campus are safe. Special shoutout to Mr. Hyun-woo Bae, 95, in Rm 822, who kept the nurses calm by singing 'Arirang' by flashlight 🔦🎶",
    [("NAME", "Hyun-woo Bae"), ("AGE", "95"), ("OTHER_ID", "Rm 822")],
    note="Patient, age 95, room.",
)

# 162
n(
    "en",
    "crisis_update",
    "🚨 MASS CASUALTY ALERT: We are receiving patients from a multi-vehicle crash on the 215 near Moreno Valley. Families looking for loved ones: DO NOT come to the ED, call our family hotline (951) 555-0100.",
    "Incident location of several unnamed people is the event's, not a patient's.",
)

# 163
n(
    "es",
    "crisis_update",
    "Actualización del incendio: la calidad del aire en San Bernardino y Highland es PELIGROSA. Las cirugías programadas continúan normalmente. Si tiene asma, no salga.",
    "Air quality by city, no patient.",
)

# 164
n(
    "en",
    "crisis_update",
    "Our Indio clinic is at capacity due to extreme heat at the festival grounds. Non-emergency patients, please visit urgent care in Palm Desert or La Quinta. 🥵",
    "Operational update.",
)

# 165
n(
    "es",
    "crisis_update",
    "ALERTA: Información falsa circula en WhatsApp sobre un brote en nuestro hospital. No es cierto. Información oficial solo en @SaludIEVH y ievalleyhealth.org.",
    "Hospital handle and domain.",
)

# 166
n(
    "en",
    "crisis_update",
    "I-10 is closed at Cherry Valley Blvd due to the Banning fire. Ambulance routes have been adjusted; patients with appointments at our Riverside campus may be late — we'll accommodate you.",
    "Road closure, fire name.",
)

# 167
n(
    "es",
    "crisis_update",
    "Estamos recibiendo a 11 personas de un autobús de peregrinos que volcó en la 15. Los familiares pueden llamar a nuestra línea en español (951) 555-0134. 🙏",
    "Multi-patient incident location, hospital phone.",
)

# 168
n(
    "en",
    "crisis_update",
    "Heat advisory update: all outdoor COVID/flu tents closed today. Cooling centers open at our Riverside & San Bernardino lobbies until 9pm.",
    "Operational update.",
)

# 169
n(
    "en",
    "crisis_update",
    "ShakeOut earthquake drill this Thursday, Oct. 16 at 10:16am 🌎 Don't panic if you see stretchers lined up in the parking lot.",
    "Drill date.",
)

# ---------------------------------------------------------------- research

# 170
p(
    "en",
    "research",
    "Proud moment for our burn research team: the first patient in the IE SkinGraft trial, Lucía Montenegro of Bloomington, is 6 months out and her donor site has fully healed. Lucía enrolled on 3/18 and says 'if it helps the next kid, do it.' 🧪",
    [
        ("NAME", "Lucía Montenegro"),
        ("NAME", "Lucía", "*"),
        ("GEO", "Bloomington"),
        ("DATE", "3/18"),
    ],
    note="Trial participant: name, home town, enrolment date.",
)

# 171
p(
    "es",
    "research",
    "Gracias al Sr. Dae-jung Kwon, paciente de 91 años, por donar muestras para nuestro estudio de diabetes en adultos mayores coreanos. 🙏 Su esposa, la Sra. Bok-soon, también se inscribió.",
    [("NAME", "Dae-jung Kwon"), ("AGE", "91"), ("NAME", "Bok-soon")],
    note="Research participant, age 91, wife.",
)

# 172
n(
    "en",
    "research",
    "New study from our Trauma Research Center: truck drivers on the I-10 corridor who slept less than 5 hours had 3x the crash risk. Published in J Trauma, led by Dr. Anjali Mehta.",
    "Study finding, staff author.",
)

# 173
n(
    "es",
    "research",
    "Buscamos participantes: adultos mayores de 90 años con diabetes tipo 2 para un estudio sobre caídas. 💰 Compensación disponible. Llame al (951) 555-0100 ext. 7.",
    "Population age, hospital phone.",
)

# 174
n(
    "en",
    "research",
    "Our Valley fever study is enrolling warehouse and agricultural workers ages 18–65 in Riverside and San Bernardino counties. Learn more: ievalleyhealth.org/research",
    "Population, hospital URL.",
)

# 175
n(
    "es",
    "research",
    "Investigación: el humo de los incendios aumentó en 22% las visitas por asma infantil en Highland y Yucaipa. Estudio dirigido por la Dra. Carmen Solís.",
    "Study by city, staff author.",
)

# 176
n(
    "en",
    "research",
    "Our researchers presented the 'Coachella Heat Index' at the Western Trauma Association meeting in Big Sky, MT. Key finding: festival-goers from cooler climates arrive sicker.",
    "Conference venue, finding.",
)

# 177
n(
    "es",
    "research",
    "El doctor Min-ho Lee, de nuestro equipo de cardiología, recibió una beca de $2 millones de los NIH para estudiar hipertensión en familias filipinas y coreanas. 🎉",
    "Staff researcher.",
)

# 178
n(
    "en",
    "research",
    "Did you know? Parkland formula, Lund and Browder chart, Rule of Nines — our burn team uses all three every day. This week's journal club: updating fluid resuscitation for elderly burn patients.",
    "Eponymous tools, no patient.",
)

# ---------------------------------------------------------------- public_figure

# 179
p(
    "en",
    "public_figure",
    "We're honored that Riverside Councilmember Denise Oyelaran chose to share her story: she had her double mastectomy here on January 9th and is back at City Hall this week. 'Get your mammogram,' she says. 💗",
    [("NAME", "Denise Oyelaran"), ("DATE", "January 9th")],
    note="A public official who is our patient: name and surgery date.",
)

# 180
p(
    "es",
    "public_figure",
    "El boxeador retirado Efraín 'El Tornado' Valdivia, orgullo de Coachella, se recupera en nuestro hospital tras un accidente en su rancho el 23 de agosto. Su representante pidió privacidad para su esposa Araceli y sus hijos.",
    [
        ("NAME", "Efraín 'El Tornado' Valdivia"),
        ("GEO", "Coachella"),
        ("DATE", "23 de agosto"),
        ("NAME", "Araceli"),
    ],
    note="Retired boxer who is our patient: name with nickname, home town (Coachella the city), accident date, wife.",
)

# 181
p(
    "en",
    "public_figure",
    "Surprise visitor on 3 East? Nope — a surprise PATIENT. Former Rams lineman Big Tuli Fonoti-Vaifale had his knee replaced here Tuesday and has already signed every cast on the floor. Tuli asked us to tell his church family at Upland First Assembly he's fine 🏈🙏",
    [("NAME", "Tuli Fonoti-Vaifale"), ("NAME", "Tuli", "*"), ("GEO", "Upland")],
    note="Former athlete who is our patient ('Big' is descriptive); the town in his own congregation's name is GEO.",
)

# 182
p(
    "es",
    "public_figure",
    "La cantante de cumbia Marisol 'La Güera' Barrientos nos visitó… ¡como paciente! 😅 Se desmayó por el calor en el escenario de Coachella el 12 de abril y pasó la noche en nuestra clínica de Indio. Ya está bien y manda saludos a sus fans.",
    [("NAME", "Marisol 'La Güera' Barrientos"), ("DATE", "12 de abril")],
    note="Singer who is our patient: name and date of her collapse; the festival stage is a venue, the clinic ours.",
)

# 183
n(
    "en",
    "public_figure",
    "What a day! 🏀 Thanks to the Ontario Clippers' Jaylen Brooks and Marcus Tate for visiting the kids on our pediatric floor. They stayed an extra hour to play Mario Kart.",
    "Visiting athletes; the kids are unnamed.",
)

# 184
n(
    "es",
    "public_figure",
    "La senadora estatal Gloria Ruvalcaba visitó hoy nuestro centro de quemados para agradecer al personal que atendió a las víctimas del incendio. 🔥 Gracias por su apoyo.",
    "Visiting official.",
)

# 185
n(
    "en",
    "public_figure",
    "On this day in 1943, Dr. Charles Drew's blood banking work was saving lives overseas. 🩸 Honor his legacy: donate at our Riverside blood drive this Saturday.",
    "Historical figure.",
)

# 186
n(
    "es",
    "public_figure",
    "César Chávez nació un 31 de marzo. Hoy honramos su lucha por la salud y dignidad de los trabajadores del campo con una feria de salud gratuita en Coachella. ✊",
    "Historical figure's birth date; event town.",
)

# 187
n(
    "en",
    "public_figure",
    "Coachella headliner DJ Solaris stopped by our festival tent to thank our medics and pose for selfies 🎧. She even took a blood pressure (with supervision).",
    "Visiting performer, not a patient.",
)

# 188
n(
    "es",
    "public_figure",
    "El apóstol Nahúm Benavides, de la megaiglesia Casa del Alfarero, bendijo la nueva capilla del campus de Riverside. 🙏",
    "Visiting religious leader.",
)

# 189
n(
    "en",
    "public_figure",
    "San Bernardino Mayor Rafael Okonjo joined our EMS crews for a ride-along Friday night. He says he now has 'a whole new respect for 3am.'",
    "Visiting official.",
)

# ---------------------------------------------------------------- eponymous_condition

# 190
p(
    "en",
    "eponymous_condition",
    "Dennis Bell wants you to know that yes, he's heard every joke. 😂 Dennis, a long-haul driver from Adelanto, came in on the 21st thinking he was having a stroke — it was Bell's palsy. His face is 90% back already.",
    [
        ("NAME", "Dennis Bell"),
        ("NAME", "Dennis", "*"),
        ("GEO", "Adelanto"),
        ("DATE", "21st"),
    ],
    note="Patient whose surname is the eponym of his condition (Bell's palsy not labelled), home town, admission day; 90% is not an age.",
)

# 191
p(
    "es",
    "eponymous_condition",
    "Kawasaki no es una moto 🏍️: es una enfermedad que puede dañar el corazón de los niños. Lo aprendió la familia Tran-Mendoza cuando su hija Linh, de 3 años, tuvo fiebre 6 días seguidos en diciembre. Hoy Linh está sana.",
    [("NAME", "Tran-Mendoza"), ("NAME", "Linh", "*"), ("DATE", "diciembre")],
    note="Family surname, child, month of illness; Kawasaki is the eponym.",
)

# 192
p(
    "en",
    "eponymous_condition",
    "Meet Graves — no, not the disease 😄. Graves Whitfield, 93, has been coming to our thyroid clinic since before most of our staff were born, and he'll tell you he's the only Graves in the building who never had Graves' disease.",
    [
        ("NAME", "Graves", 1),
        ("NAME", "Graves Whitfield"),
        ("NAME", "Graves", 3),
        ("AGE", "93"),
    ],
    note="Patient's given name is an eponym: the name is labelled, the disease (4th 'Graves') is not.",
    ok=("Graves",),
)

# 193
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Chagas: muchos de nuestros pacientes de El Salvador, Honduras y Guatemala nunca se han hecho la prueba. 🪲 Es gratis en nuestras clínicas de Riverside y San Bernardino.",
    "Eponym and countries.",
)

# 194
n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers support group, first Tuesday of every month, 6pm, Riverside campus, Conference Room B. Led by social worker Tamika Hollis.",
    "Eponym, conference room, staff.",
)

# 195
n(
    "es",
    "eponymous_condition",
    "Síndrome de Guillain-Barré: debilidad que sube desde los pies después de una infección. Si la notas, ve a urgencias. 🦵",
    "Eponym.",
)

# 196
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves', Addison's — thyroid and adrenal conditions hit women 5–8x more often. Our endocrinology team is now taking new patients at both campuses.",
    "Eponyms.",
)

# 197
n(
    "es",
    "eponymous_condition",
    "Mes de concientización sobre el Parkinson 💜 Nuestro grupo de baile terapéutico para pacientes con Parkinson se reúne los miércoles en el gimnasio de rehabilitación.",
    "Eponym, awareness month.",
)

# 198
n(
    "en",
    "eponymous_condition",
    "Down Syndrome Awareness Month 💙💛 — shoutout to our cafeteria cashier Rosie Lemmon, who has Down syndrome and has been making our mornings better since 2017.",
    "Eponym; Rosie is staff, not a patient.",
)

# 199
n(
    "es",
    "eponymous_condition",
    "Tourette no es 'decir groserías' 🙅 Solo un 10% de las personas con síndrome de Tourette tienen coprolalia. Aprende más en nuestro taller para maestros del 9 de mayo.",
    "Eponym, event date.",
)

# 200
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma survival rates are now over 85%. This #WorldCancerDay, thank you to Dr. Ji-yeon Park and our oncology team for 20 years of care in the Inland Empire.",
    "Eponym, staff.",
)

# ---------------------------------------------------------------- sponsor

# 201
p(
    "en",
    "sponsor",
    "Thank you to Sunbelt Freight Lines and its owner, Gil Arrieta, for the $250,000 gift to our trauma center — in honor of his son Tomás, who survived a crash on the 215 in 2018 thanks to our team. 🚛💙",
    [("NAME", "Gil Arrieta"), ("NAME", "Tomás"), ("GEO", "215")],
    note="Donor introduced as a patient's father: labelled; the patient and the road of his crash. Company and bare year not.",
)

# 202
p(
    "es",
    "sponsor",
    "La Panadería La Salvadoreña patrocina nuestra carrera 5K por tercer año. Su dueña, doña Reina Funes, lo hace por su nieta Abi, que recibe quimioterapia aquí. 🥖💛 #TodosConAbi",
    [("NAME", "Reina Funes"), ("NAME", "Abi"), ("NAME", "#TodosConAbi")],
    note="Sponsor introduced as a patient's grandmother (Reina, a word), the patient and her name hashtag.",
)

# 203
n(
    "en",
    "sponsor",
    "Huge thanks to our Burn Camp sponsors: Inland Logistics Group, Southern California Edison and the Kim & Associates Foundation. 🏕️ 48 kids go to camp free this summer!",
    "Sponsors; summer is a season.",
)

# 204
n(
    "es",
    "sponsor",
    "Gracias a Supermercados Cardenas por donar 2,000 botellas de agua para nuestras clínicas durante la ola de calor. 💧",
    "Sponsor.",
)

# 205
n(
    "en",
    "sponsor",
    "The new Ochoa Family Pediatric Wing opens March 2! Thank you to Ray and Linda Ochoa for their generous gift. 🏥",
    "Donors naming a wing; opening date is an event.",
)

# 206
n(
    "es",
    "sponsor",
    "Gracias a la Iglesia de Jesucristo de los Santos de los Últimos Días por los 500 kits de higiene para nuestras familias desplazadas por el incendio. 🧼",
    "Church donor.",
)

# 207
n(
    "en",
    "sponsor",
    "Sponsor spotlight: Valley Korean Grocers Association donated 300 Chuseok gift boxes for our long-term patients. Thank you, President Eun-ji Hwang!",
    "Sponsor and its president.",
)

# 208
n(
    "es",
    "sponsor",
    "¡Gracias, Fil-Am Truckers of the IE! 🚚🇵🇭 Su caravana navideña trajo juguetes para 150 niños hospitalizados el 20 de diciembre.",
    "Sponsor, event date.",
)

# 209
n(
    "en",
    "sponsor",
    "Our golf tournament raised $412,000 for the burn unit ⛳ Thank you to title sponsor Pacific Coast Intermodal and to honorary chair Joe Ramos (yes, the former Angels pitcher).",
    "Sponsor and public figure.",
)

# ---------------------------------------------------------------- hospital_contact

# 210
p(
    "es",
    "hospital_contact",
    "Mensaje para la familia del paciente Agustín Solano: intentamos llamarles al 909-555-0199 sin éxito. Por favor comuníquense con trabajo social al (909) 555-0120, ext. 3.",
    [("NAME", "Agustín Solano"), ("PHONE", "909-555-0199")],
    note="Patient and family number next to our social-work line.",
)

# 211
p(
    "en",
    "hospital_contact",
    "@jessies_journey_ie we got your DM about Jessie's records! For privacy please don't post her MRN (6602-117) publicly — call our records line (951) 555-0100 and we'll take care of it 💙",
    [("OTHER_ID", "@jessies_journey_ie"), ("NAME", "Jessie"), ("MRN", "6602-117")],
    note="Family handle, patient, MRN; our line not labelled.",
)

# 212
n(
    "en",
    "hospital_contact",
    "📍 Inland Empire Valley Health — Riverside: 4500 Magnolia Avenue, Riverside, CA 92506 • (951) 555-0100. San Bernardino: 1800 Waterman Parkway, San Bernardino, CA 92408 • (909) 555-0120.",
    "Hospital addresses and phones.",
)

# 213
n(
    "es",
    "hospital_contact",
    "¿Necesitas intérprete? Llama a nuestra Línea en Español: (951) 555-0134. Atendemos en español, tagalo, coreano y lenguaje de señas.",
    "Hospital phone.",
)

# 214
n(
    "en",
    "hospital_contact",
    "Media inquiries: (951) 555-0189 or media@ievalleyhealth.org. Foundation: (951) 555-0172 / ievhfoundation.org. Follow @IEValleyHealth and @IEVHBurnCenter.",
    "Hospital contacts.",
)

# 215
n(
    "es",
    "hospital_contact",
    "Nuestra clínica de Indio (45-200 Monroe Street, Indio, CA 92201) abre de 7 a.m. a 11 p.m., y 24 horas durante el festival. 📞 (760) 555-0145",
    "Hospital address and phone.",
)

# 216
n(
    "en",
    "hospital_contact",
    "Lost & found 🧢 Someone left a Dodgers cap, a rosary and a very nice pair of Crocs in the Waterman Pkwy lobby. Claim at security, (909) 555-0120.",
    "Hospital lobby and phone.",
)

# 217
n(
    "en",
    "hospital_contact",
    "Free parking for families of burn unit patients — ask for your pass at the front desk. Enter from Magnolia Avenue, gate 3.",
    "Hospital entrance.",
)

# 218
n(
    "en",
    "hospital_contact",
    "Scam alert ⚠️ We will NEVER text you asking for payment. Our only billing number is (951) 555-0100 option 2. Real messages come from @ievalleyhealth.org addresses.",
    "Hospital phone and domain.",
)

# 219
n(
    "es",
    "hospital_contact",
    "Para pedir su expediente médico: formulario en ievalleyhealth.org/expediente o en persona en 1800 Waterman Parkway, ventanilla 4. Tarda 5 días hábiles.",
    "Hospital URL and address.",
)

# ---------------------------------------------------------------- campaign_hashtag

# 220
p(
    "en",
    "campaign_hashtag",
    "Day 30 of #BurnAwareness and our favorite survivor update: #TeamMateo is officially done with pressure garments!! 🎉 Mateo's mom Carmen: 'he already wants to go back to T-ball.' #IEStrong",
    [("NAME", "#TeamMateo"), ("NAME", "Mateo"), ("NAME", "Carmen")],
    note="Patient name hashtag among campaign tags, his name, mother.",
)

# 221
p(
    "es",
    "campaign_hashtag",
    "#FuerzaRocío 💪 sigue siendo tendencia entre sus vecinos de Hemet, y con razón: Rocío Garibay, de 15 años, salió hoy de cuidados intensivos. ¡Gracias por tanto cariño! #JuntosIE",
    [("NAME", "#FuerzaRocío"), ("GEO", "Hemet"), ("NAME", "Rocío Garibay")],
    note="Name hashtag, her town, her name; #JuntosIE is a campaign.",
)

# 222
p(
    "en",
    "campaign_hashtag",
    "#PrayForPaco trended all weekend back home in Coachella 🙏 Update from his family: Francisco 'Paco' Jimenez-Ruiz is off the vent. Keep the prayers coming. #ValleyStrong",
    [("NAME", "#PrayForPaco"), ("GEO", "Coachella"), ("NAME", "Francisco 'Paco' Jimenez-Ruiz")],
    note="Name hashtag, home town (Coachella the city), name with nickname.",
)

# 223
n(
    "es",
    "campaign_hashtag",
    "#NoMásQuemaduras 🔥 Este verano, enséñales a tus hijos: ¡alto, tírate y rueda! Comparte con el hashtag y etiqueta a @SaludIEVH.",
    "Campaign hashtag, hospital handle.",
)

# 224
n(
    "en",
    "campaign_hashtag",
    "#HopeStrong isn't about one person — it's all 146 burn survivors we treated this year. Share your story with the tag. 💪🔥",
    "Campaign hashtag made of a word, not a patient's name here.",
)

# 225
n(
    "es",
    "campaign_hashtag",
    "#JuntosIE #DonaSangre 🩸 Nuestro banco de sangre necesita donadores O negativo. Citas: ievalleyhealth.org/sangre",
    "Campaign hashtags, hospital URL.",
)

# 226
n(
    "en",
    "campaign_hashtag",
    "#215Safe: slow down in the construction zone between Perris and Moreno Valley. Our trauma team thanks you. 🚧",
    "Campaign about a road, no patient.",
)

# 227
n(
    "es",
    "campaign_hashtag",
    "#MartesDeSalud: la presión alta no duele, pero mata. Chécate gratis en cualquier farmacia de nuestros campus. 💓",
    "Campaign hashtag.",
)

# 228
n(
    "en",
    "campaign_hashtag",
    "#TeamIEVH #NursesWeek 💙 Tag a nurse who made your day better! We'll share our favorites Friday.",
    "Campaign hashtags.",
)

# 229
n(
    "es",
    "campaign_hashtag",
    "#GraciasBomberos 🚒 a todos los que lucharon contra los incendios este otoño en las montañas de San Bernardino.",
    "Campaign; season.",
)

# 230
n(
    "en",
    "campaign_hashtag",
    "#MabuhayIE 🇵🇭 Filipino American History Month: thank you to the 600+ Filipino nurses, techs and doctors who make IEVH run. #SalamatPo",
    "Campaign hashtags, staff in aggregate.",
)

# ---------------------------------------------------------------- anonymous_story

# 231
p(
    "en",
    "anonymous_story",
    "A 96-year-old great-grandmother asked our ICU nurses to curl her hair before her family's video call. They did. That's the job. 💜",
    [("AGE", "96-year-old")],
    note="Unnamed patient, but an age over 89 is an identifier.",
)

# 232
p(
    "es",
    "anonymous_story",
    "Un paciente del cuarto 517 nos dejó esta nota al irse: 'Gracias por tratarme como persona y no como número.' No sabemos su nombre completo, pero sí sabemos que nos hizo llorar. 😢",
    [("OTHER_ID", "cuarto 517")],
    note="Unnamed patient with a room number.",
)

# 233
n(
    "en",
    "anonymous_story",
    "Last night a dad walked into our ED carrying his son, still in his warehouse vest from the night shift. Both are okay. Thank you to whoever held the door. 💙",
    "Anonymous, relative time only.",
)

# 234
n(
    "es",
    "anonymous_story",
    "Una abuelita de más de 80 años llegó a urgencias con su nieta en brazos, después de manejar sola desde el desierto. Las dos están bien. Hay héroes que no usan capa. 🦸‍♀️",
    "Anonymous; age under 90.",
)

# 235
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our chaplain she had outlived three husbands, two churches and one Buick. Best visit of his week. 😂",
    "Anonymous; a decade is not an age token.",
)

# 236
n(
    "es",
    "anonymous_story",
    "Uno de nuestros bebés de la UCIN se fue a casa después de 112 días. Su mamá nos regaló una cobija tejida por ella para el próximo bebé. 🧶",
    "Anonymous; duration only.",
)

# 237
n(
    "en",
    "anonymous_story",
    "One of our trauma patients — a trucker who's driven the 10 for 30 years — asked us to pass on this: 'Wear your seatbelt, even in the sleeper berth.' We're passing it on. 🚛",
    "Anonymous; a work route is not the patient's geography.",
)

# 238
n(
    "es",
    "anonymous_story",
    "Esta semana, una familia coreana, una salvadoreña y una filipina compartieron la misma sala de espera toda la noche. Al amanecer ya compartían comida. Así es el Inland Empire. ❤️",
    "Anonymous families, region.",
)

# 239
n(
    "en",
    "anonymous_story",
    "A Coachella visitor from overseas spent her first night in America in our Indio clinic with heat exhaustion. She says she'll be back next year — with more water. 💧",
    "Anonymous; 'overseas' and a country are not GEO.",
)

# 240
n(
    "es",
    "anonymous_story",
    "Un joven de 19 años, sobreviviente de un choque en moto, nos pidió compartir: 'Usen casco. Yo no lo usaba.' 🏍️",
    "Anonymous; age under 90.",
)

if __name__ == "__main__":
    S.main("phi_dev57_source")
