"""Blind development set d50 for the PHI scanner: tests/data/phi_dev50.jsonl.

Organisation: Front Range Alpine Health (phi_dev50_org.json): Denver campus
(1600 Alpine Crest Parkway), Summit Medical Center in Frisco (340 Peak One Drive),
Breckenridge Clinic (85 Blue River Road); phones (303) 555-0100 main / nurse /
reunification line, (970) 555-0150 Summit ER, (970) 555-0122 Breckenridge,
(303) 555-0111 Spanish line, (303) 555-0175 billing, (303) 555-0188 media; domains
frontrangealpine.org and alpinehealthfoundation.org; handles @FrontRangeAlpine,
@FRAH_Summit, @AlpineHealthFdn, @FRAHenEspanol.
Focus: ski, snowboard, snowmobile and avalanche injuries, altitude sickness (HAPE,
HACE), rafting and climbing accidents, carbon monoxide and frostbite in resort-town
workforce housing; Ukrainian and Afghan refugee families; Mexican and Guatemalan
(K'iche') families; Broncos and Avalanche players (all fictional); Pikes Peak,
Colfax Marathon and other race events.
Hard cases: names that are words or places (Hope, river, Sol, Dolores, June, Aspen,
Summit, Parker, Addison, Brooks, tank, Julio next to "julio"), lower-case and
chart-style names ("rm 412 nowak", "HORBAN, DMYTRO M", "sharma, a."), initials
(J.R., Mr. O), a Cyrillic name, names only in hashtags, relatives named in passing,
patients who are staff, volunteers or public figures; dates as numbers, ordinals,
Spanish dates, holidays that are the patient's day (Día de Reyes, Nochebuena,
Thanksgiving/"turkey day", Halloween, Fourth of July, leap day), a day of the month
alone, next to event dates; ages over 89 in digits, words, ordinals and chart
shorthand (94yo, 95F, 101ST, "cien"); family phones, emails, a fax, a URL, an IP, a
portal user name, MRNs, plan, account, licence, plate, device and wristband numbers.
Hard negatives: staff spotlights (a staff birthday on the Fourth of July, a chaplain
aged 90), donors, sponsors, volunteers aged 91 and 92, a public figure aged 92,
visiting athletes and officials, historical figures, eponymous conditions (one next
to a patient with the same name), awareness days and months, event dates, statistics
(population ages over 90), campaign hashtags (#HopeOnTheSlopes), anonymous stories
("a patient in her 90s", "de 89 años"), the hospital's own phones and addresses.
Language mix: 240 posts, 160 English and 80 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A staff member, volunteer or public figure who is the patient of the post is a
  patient: their identifiers are labelled (Carla the RT, Marge the volunteer, tommy b
  who shovelled the helipad, Kenna the NICU nurse born in our NICU, the Broncos
  linebacker, the singer). In their staff, volunteer or public role they are never
  labelled, even when the same person is a patient in another post.
- Staff members' own families stay unlabelled, even a staff physician's newborn,
  as long as the post does not present them as our patient.
- A patient's employer is not labelled, also when the employer is a place ("plows
  snow for the Town of Vail", "a hotel in Keystone"); a workplace town is not GEO
  unless the post says the patient lives there. The business of a sponsor who is a
  patient's father is not labelled; the father is.
- The place of a patient's accident (road, pass, ski area, run, peak, creek, river,
  rapid, reservoir) is GEO like the road of a crash, and so is a birthplace on a road
  (born on I-70 past the Eisenhower Tunnel). A public race's course is not GEO even
  when a runner collapsed on it (Pikes Peak Ascent); a mass-casualty incident with no
  individual patient described (I-70 bus rollover) has no GEO. A river named in a
  general sentence that is also the patient's accident river is labelled.
- A date that is both a public event's date and the patient's event is labelled
  (the day a runner collapsed during the race); event dates that only honour a
  patient (a 5K for Rowan, a Posada) are not. Greetings and traditions that do not
  name the patient's day ("Reyes Magos", "el Grito", "Happy birthday") are not
  labelled; a restatement of the day is ("turkey day", "leap-day", "This Halloween"
  for a birthday). A holiday spent in the ICU is the patient's date ("Navidad").
  A month alone tied to the patient (admission "julio", illness "October") is DATE;
  a month in a statistic or a general sentence ("Clear Creek in June") is not.
- Weekdays attached to a date are left out of the span ("viernes 7" -> "7",
  "sábado 8 de junio" -> "8 de junio"); "el día 14" -> "día 14"; "on the 17th" ->
  "17th"; a range is one span ("Feb. 9-10"); chart dates as written ("9-Feb",
  "3-mar-2025", "15/01").
- Ages: a decade ("in her 90s") is not an age token and the anonymous story stays
  negative; an exact age over 89 of an unnamed patient ("turned 98", "a 97-year-old")
  is AGE and makes the post patient-specific. An age the patient reached in the
  past ("skied until he was 91") and an age the patient claims ("por lo menos cien")
  are AGE. Chart tokens keep their attached letters ("94yo", "95F", "101ST").
- Honorifics excluded from NAME also include Bibi, Haji, Abuela/abuela, Don/doña,
  Mr., Sra.; a nickname whose adjective is part of the nickname is kept whole
  ("Big Mike"); a plural family name is labelled as written ("Bergstroms").
- A name written in another script is NAME ("Лев" next to "Lev").
- Where a patient's name is also an ordinary or hospital word in the same post, only
  the name occurrences are labelled ("Summit" the baby vs Summit Medical Center,
  "Addison" vs Addison's disease: declared with ok=...); a town with the same name as
  the patient is GEO ("Parker ... from Parker, Colorado").
- Hospital sites are not GEO ("our Frisco ER", "Lakewood rehab unit"), but the same
  town is GEO when it is where a patient or family lives. A patient's former home
  city abroad (Kabul, Kharkiv, Mumbai) is GEO; a Mexican state (Tamaulipas) is not.
- A patient wristband number, a study participant number and a portal user name are
  OTHER_ID; placeholder chart data ("DOE, JANE", "MRN 0000000") is not a patient.
- A family's fundraiser URL that carries the patient's name is URL.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev50.jsonl"), os.path.join(HERE, "phi_dev50_org.json"), "d50")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- patient_story

# 1
p(
    "en",
    "patient_story",
    "When ski patrol brought Hope down off Peak 8 on Jan. 14, she couldn't feel her left leg. Today the 16-year-old from Silverthorne walked the length of our Summit Medical Center lobby on her own 💪 Never lose hope, and never lose Hope. #HopeOnTheMountain",
    [
        ("NAME", "Hope", "*"),
        ("GEO", "Peak 8"),
        ("DATE", "Jan. 14"),
        ("GEO", "Silverthorne"),
        ("NAME", "#HopeOnTheMountain"),
    ],
    note="Hope is the patient (a word-name; lower-case 'hope' is the word); the hashtag carries her name; Peak 8 is where she was hurt, Jan. 14 her injury date, Silverthorne her home.",
)

# 2
p(
    "es",
    "patient_story",
    "Don Rigoberto Tzoc llegó a Urgencias de Summit el 3 de febrero con las manos congeladas: su carro se quedó atorado en la nieve cuando iba a su turno en la cocina de un hotel de Keystone. Hoy, gracias al equipo de heridas y a nuestra intérprete de k'iche', regresó a su casa en Dillon con sus diez dedos. ¡Gracias por confiar en nosotros, familia Tzoc! 🙏",
    [
        ("NAME", "Rigoberto Tzoc"),
        ("DATE", "3 de febrero"),
        ("GEO", "Dillon"),
        ("NAME", "Tzoc", 2),
    ],
    note="Patient name (Don excluded) and family surname; admission date; home town Dillon. Keystone is only where his employer is: not labelled.",
)

# 3
p(
    "en",
    "patient_story",
    "Taras was nine days into his new life in Colorado when the altitude caught up with him. His family fled Kharkiv and landed in Breckenridge workforce housing, and by the time his mom Oksana carried him into our ER he was gray and gasping. HAPE, caught early. He's back to drawing tractors. Дякуємо, Taras! 🇺🇦",
    [
        ("NAME", "Taras", "*"),
        ("GEO", "Kharkiv"),
        ("GEO", "Breckenridge"),
        ("NAME", "Oksana"),
    ],
    note="Refugee child and his mother; former home city abroad and current home town. Colorado is a state.",
)

# 4
p(
    "en",
    "patient_story",
    "update from the peds ortho floor: little river got her cast signed by half the Avs alumni team today 🧡 7 yrs old, snowboard wrist fracture at Copper on 2/11. river's mom wants everyone to know she's already asking when she can ride again. (the answer is NOT this season, river)",
    [
        ("NAME", "river", "*"),
        ("GEO", "Copper"),
        ("DATE", "2/11"),
    ],
    note="Lower-case word-name 'river' (little excluded) three times; injury site Copper and date 2/11. Age 7 and 'this season' are not identifiers.",
)

# 5
p(
    "es",
    "patient_story",
    "Lupita tiene 11 años y es la reina del terrain park 🏂. El sábado se cayó en Keystone y se fracturó la clavícula. Su abuelita, doña Chayo, no se ha separado de su cama ni un minuto. ¡Ánimo, Lupita! #LupitaFuerte",
    [
        ("NAME", "Lupita", "*"),
        ("GEO", "Keystone"),
        ("NAME", "Chayo"),
        ("NAME", "#LupitaFuerte"),
    ],
    note="Nickname, grandmother's nickname (doña excluded), name hashtag; Keystone is the place of the fall. 'El sábado' is a weekday.",
)

# 6
p(
    "en",
    "patient_story",
    "Clear Creek in June is no joke. Dmytro Kovalenko, an engineer who came to Golden from Ukraine eight months ago, was pulled from the water below Tunnel 1 on the 9th of June and spent 11 days in our Denver ICU. He asked us to share his story so others wear a PFD. Dmytro, your guide's throw bag and your own stubbornness did the rest. 🛶",
    [
        ("GEO", "Clear Creek"),
        ("NAME", "Dmytro Kovalenko"),
        ("GEO", "Golden"),
        ("GEO", "Tunnel 1"),
        ("DATE", "9th of June"),
        ("NAME", "Dmytro", 2),
    ],
    note="Clear Creek and Tunnel 1 are his accident site; Golden his home; '9th of June' his accident date. The first 'June' is a general season remark, not his date. Ukraine is a country; 'Denver ICU' is our unit.",
)

# 7
p(
    "en",
    "patient_story",
    "Shout-out to J.R., who rang our rehab bell this morning after six weeks of work on a C6 fracture from the Loveland Pass rollover. He asked us to use his initials only, so: J.R., you earned every one of those steps. 🔔 #SpinalCordInjuryAwareness",
    [
        ("NAME", "J.R.", "*"),
        ("GEO", "Loveland Pass"),
    ],
    note="Initials used as the patient's name; Loveland Pass is the road of his crash. The awareness hashtag is not a name.",
)

# 8
p(
    "es",
    "patient_story",
    "Cuando Ixchel llegó de Huehuetenango a Frisco, nadie le explicó que a 2,800 metros el embarazo se complica. Su esposo Mateo la trajo el 22 de noviembre con la presión por las nubes. Hoy mamá y bebé están bien, y ella quiere que otras mamás sepan: en la altura, los controles prenatales importan. 💕",
    [
        ("NAME", "Ixchel"),
        ("GEO", "Huehuetenango"),
        ("GEO", "Frisco"),
        ("NAME", "Mateo"),
        ("DATE", "22 de noviembre"),
    ],
    note="Patient, husband, admission date; she came from Huehuetenango to live in Frisco (home town, although our Summit hospital is in Frisco too).",
)

# 9
p(
    "en",
    "patient_story",
    "Farhad Rahimi used to drive a taxi in Kabul. These days he plows snow for the Town of Vail, and on Dec. 30 a cornice collapse buried his truck for almost an hour. A trauma team, a Dari interpreter and a lot of warm blankets later, he's home in Avon with his wife Mahbooba and their four kids. 'America is very cold,' he told us, 'but the people are warm.'",
    [
        ("NAME", "Farhad Rahimi"),
        ("GEO", "Kabul"),
        ("DATE", "Dec. 30"),
        ("GEO", "Avon"),
        ("NAME", "Mahbooba"),
    ],
    note="Patient and wife; former home city Kabul; injury date; home Avon. The Town of Vail is his employer: not labelled.",
)

# 10
p(
    "en",
    "patient_story",
    "Many of you have asked about the climber rescued off the Third Flatiron on Sunday. We never share details without consent, but his family has given us the okay: Pete Oyelaran is awake, joking, and asking for his chalk bag. His sister Ngozi says thank you for every message. 🧗",
    [
        ("GEO", "Third Flatiron"),
        ("NAME", "Pete Oyelaran"),
        ("NAME", "Ngozi"),
    ],
    note="Climber and his sister; Third Flatiron is the accident site. Sunday is a weekday.",
)

# 11
p(
    "es",
    "patient_story",
    "¡Milagro en la montaña! Santiago Ajú, de 19 años, pasó 14 horas perdido cerca de Quandary Peak antes de que los rescatistas lo encontraran en la madrugada del 1 de enero. Su mamá, doña Petrona, nos pidió compartir esta foto de su reencuentro. 🙌 Que este 2025 sea tuyo, Santiago.",
    [
        ("NAME", "Santiago Ajú"),
        ("GEO", "Quandary Peak"),
        ("DATE", "1 de enero"),
        ("NAME", "Petrona"),
        ("PHOTO", "foto"),
        ("NAME", "Santiago", 2),
    ],
    note="Patient and mother; place and date of rescue; the photo shows the patient's reunion. 2025 is a bare year; age 19 is not labelled.",
)

# 12
p(
    "en",
    "patient_story",
    "Everyone on 5 West is wearing purple today for #ZahraTheBrave 💜 She's 6, she loves Elsa, and she has been fighting leukemia since her family arrived from Herat. Drop your good vibes below!",
    [
        ("NAME", "#ZahraTheBrave"),
        ("GEO", "Herat"),
    ],
    note="The patient is named only in the hashtag; Herat is her family's former home city. Elsa is a cartoon character; 5 West is a unit.",
)

# 13
n(
    "en",
    "patient_story",
    "A snowboarder in his 20s came in Saturday with a lacerated spleen after clipping a rail. He's going to be fine, and he asked us to pass along one message: wear the helmet AND the back protector. Two of our trauma nurses have the same advice. 🏂",
    "Anonymous patient: an age decade under 90, a weekday and an injury identify no one; no place is named.",
)

# 14
n(
    "es",
    "patient_story",
    "Una mamá guatemalteca que limpia condominios en el condado nos escribió para dar las gracias. No quiere que publiquemos su nombre, pero sí quiere que otras familias sepan que en Front Range Alpine Health hay intérpretes gratis de español y k'iche'. Línea en español: (303) 555-0111.",
    "Anonymous mother: nationality and job are not identifiers, the county is not named; the phone is the hospital's Spanish line.",
)

# 15
n(
    "en",
    "patient_story",
    "Kona, Summit County's newest avalanche rescue dog, visited our Frisco ER today to meet the crew who treated the skier she located under four feet of debris last month. Good girl, Kona. 🐕 Treats provided by the night shift.",
    "Kona is a dog (pets are not labelled); the skier is anonymous; Summit County is the dog's service area and the Frisco ER is ours; 'last month' is relative.",
)

# ----------------------------------------------------------- birth_announcement

# 16
p(
    "en",
    "birth_announcement",
    "Welcome to the world, June! 🌸 Born June 1 at 6:42 a.m. at our Summit Medical Center, 7 lb 3 oz, to proud parents Aidan and Keely Brandt of Breckenridge. Yes, they had the name picked out months ago. Happy birthday, June!",
    [
        ("DATE", "June 1"),
        ("NAME", "June", "*"),
        ("NAME", "Aidan"),
        ("NAME", "Keely Brandt"),
        ("GEO", "Breckenridge"),
    ],
    note="Baby named June born June 1: the month inside the birth date is DATE, the other two 'June' are her name; parents and home town.",
)

# 17
p(
    "es",
    "birth_announcement",
    "¡Llegó la primera bebé del Día de Reyes! 👑 Valentina Xicará nació el 6 de enero a las 3:15 a.m., pesó 3.2 kilos y ya tiene a toda la familia enamorada. Felicidades a Ana y a Lorenzo, y al hermanito Tito, que pidió una hermanita en su carta a los Reyes Magos.",
    [
        ("DATE", "Día de Reyes"),
        ("NAME", "Valentina Xicará"),
        ("DATE", "6 de enero"),
        ("NAME", "Ana"),
        ("NAME", "Lorenzo"),
        ("NAME", "Tito"),
    ],
    note="Birth on Día de Reyes = 6 de enero (both labelled); parents and brother. 'Reyes Magos' is the tradition, not the date.",
)

# 18
p(
    "en",
    "birth_announcement",
    "Double the joy on L&D! 👶👶 Twins Marta and Ostap arrived 11/28, Thanksgiving Day, five minutes apart. Mom Yuliia Shevchuk and dad Andrii came to Denver from Odesa in 2022. 'We are grateful,' Andrii wrote us, 'for a turkey day we will never forget.' #MartaAndOstap",
    [
        ("NAME", "Marta"),
        ("NAME", "Ostap"),
        ("DATE", "11/28"),
        ("DATE", "Thanksgiving Day"),
        ("NAME", "Yuliia Shevchuk"),
        ("NAME", "Andrii", "*"),
        ("GEO", "Denver"),
        ("GEO", "Odesa"),
        ("DATE", "turkey day"),
        ("NAME", "#MartaAndOstap"),
    ],
    note="Twins and parents; birth date written three ways (11/28, Thanksgiving Day, turkey day); home Denver, former home Odesa; name hashtag. 2022 is a bare year.",
)

# 19
p(
    "en",
    "birth_announcement",
    "Baby Eli couldn't wait for the hospital. He arrived at 2:10 a.m. on the 17th in the back seat of a Subaru on I-70, just past the Eisenhower Tunnel, with dad on speakerphone with 911. Mom Brianna and Eli are doing great on our Summit birthing unit, and dad Colt says he's never driving the pass at night again.",
    [
        ("NAME", "Eli", "*"),
        ("DATE", "17th"),
        ("GEO", "I-70"),
        ("GEO", "Eisenhower Tunnel"),
        ("NAME", "Brianna"),
        ("NAME", "Colt"),
    ],
    note="Baby (Baby excluded) and parents; day of the month alone is the birth date; birthplace on I-70 past the Eisenhower Tunnel (a place, not a public figure). 911 is national.",
)

# 20
p(
    "es",
    "birth_announcement",
    "Bienvenida, Guadalupe Esperanza 💗 Nació el 12 de diciembre, día de la Virgen de Guadalupe, así que sus papás no tuvieron que pensar mucho el nombre. Mamá Rocío y papá Efraín, de Silverthorne, agradecen al equipo de partos de Frisco. ¡Que nunca nos falte la esperanza!",
    [
        ("NAME", "Guadalupe Esperanza"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Rocío"),
        ("NAME", "Efraín"),
        ("GEO", "Silverthorne"),
    ],
    note="Baby named after the feast she was born on: both forms of the day are DATE; parents and home town. Frisco is our birthing unit; lower-case 'esperanza' is the word.",
)

# 21
p(
    "en",
    "birth_announcement",
    "First baby of 2025 at our Denver campus! 🎉 Meet Ahmad Zia Sultani, born at 12:04 a.m. on New Year's Day to Nazanin and Jawed Sultani, who resettled in Aurora from Kandahar. Big sister Parwana (4) has already asked to hold him 'forever.'",
    [
        ("NAME", "Ahmad Zia Sultani"),
        ("DATE", "New Year's Day"),
        ("NAME", "Nazanin"),
        ("NAME", "Jawed Sultani"),
        ("GEO", "Aurora"),
        ("GEO", "Kandahar"),
        ("NAME", "Parwana"),
    ],
    note="Baby, parents and sister; birth on New Year's Day; home Aurora and former home Kandahar. 2025 is a bare year; Denver campus is ours.",
)

# 22
p(
    "es",
    "birth_announcement",
    "bienvenido al mundo mateo!!! 💙 nació el 3/3 a las 3:33 pm, no es broma jaja. felicidades a la familia cojtí de breckenridge, los esperamos en la consulta del niño sano 🩺",
    [
        ("NAME", "mateo"),
        ("DATE", "3/3"),
        ("NAME", "cojtí"),
        ("GEO", "breckenridge"),
    ],
    note="All lower case: baby's name, family surname, home town; 3/3 is the birth date (3:33 is a time).",
)

# 23
p(
    "en",
    "birth_announcement",
    "It's a girl! Aspen Rose Whitaker made her debut on 2/29, a leap-day baby 🐸 so she'll only get a 'real' birthday every four years. Dana & Lucas Whitaker took her home to Nederland yesterday. Congratulations from everyone on L&D!",
    [
        ("NAME", "Aspen Rose Whitaker"),
        ("DATE", "2/29"),
        ("DATE", "leap-day"),
        ("NAME", "Dana"),
        ("NAME", "Lucas Whitaker"),
        ("GEO", "Nederland"),
    ],
    note="Baby whose first name is a town; birth date and its restatement 'leap-day'; parents; home Nederland.",
)

# 24
p(
    "en",
    "birth_announcement",
    "IT'S A BOY!!! 💙 WELCOME BABY BRONSON, BORN 8/14 AT 9 LBS 11 OZ. MOM KAYLEE SAYS HE'S ALREADY A BRONCOS FAN 🐴🏈 #BroncosCountry",
    [
        ("NAME", "BRONSON"),
        ("DATE", "8/14"),
        ("NAME", "KAYLEE"),
    ],
    note="ALL CAPS baby and mother names, birth date. BRONCOS and #BroncosCountry are the team.",
)

# 25
p(
    "es",
    "birth_announcement",
    "Nació con la tormenta 🌨️: la pequeña Solomiia llegó el 14 de febrero, Día de San Valentín, mientras la nevada cerraba la I-70. Sus papás, que llegaron de Járkov hace un año, dicen que su nombre significa 'ruiseñor'. ¡Bienvenida, Solomiia!",
    [
        ("NAME", "Solomiia", "*"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("GEO", "Járkov"),
    ],
    note="Ukrainian baby (la pequeña excluded); birth date in two forms; parents' former home city. The closed I-70 is not where she was born.",
)

# 26
p(
    "en",
    "birth_announcement",
    "Our Frisco nurses say it's a first: a baby named Summit, born at Summit Medical Center. 🏔️ Summit James Ochoa arrived at 8 lb even to Marisela and Joey Ochoa of Dillon. We've been told the name came from the county, not from us. We'll take it anyway.",
    [
        ("NAME", "Summit", 1),
        ("NAME", "Summit James Ochoa"),
        ("NAME", "Marisela"),
        ("NAME", "Joey Ochoa"),
        ("GEO", "Dillon"),
    ],
    note="Baby named Summit: the name is labelled, the hospital name Summit Medical Center is not (declared ok); parents and home town.",
    ok=("Summit",),
)

# 27
p(
    "es",
    "birth_announcement",
    "Papá Wilmer nos mandó este mensaje: 'Gracias al doctor Herrera y a la enfermera Kelsey por recibir a mi hija Dulce María el viernes 7. Venimos de Quetzaltenango y nunca pensamos tener a nuestra hija en un hospital tan bonito.' 🥹 ¡Felicidades, familia!",
    [
        ("NAME", "Wilmer"),
        ("NAME", "Dulce María"),
        ("DATE", "7"),
        ("GEO", "Quetzaltenango"),
    ],
    note="Father and baby; day of the month of the birth (weekday left out); former home city. Dr. Herrera and nurse Kelsey are staff.",
)

# 28
n(
    "en",
    "birth_announcement",
    "Baby boom alert 🍼 Our Summit birthing unit delivered 41 babies in March, the most in a single month since the unit opened. The nurses are calling it the powder-day effect. Congratulations to all 41 families!",
    "A monthly count of births: March belongs to a statistic, not to one patient; no one is named.",
)

# 29
n(
    "es",
    "birth_announcement",
    "Anoche un bebé decidió nacer en el estacionamiento de nuestra clínica de Breckenridge, en 85 Blue River Road. Mamá y bebé están perfectamente. ¡Gracias al guardia de seguridad que corrió por una silla de ruedas y a la enfermera que llegó en pijama! 👶",
    "Anonymous birth; 'anoche' is relative; the address is the hospital's own clinic.",
)

# 30
n(
    "en",
    "birth_announcement",
    "Congratulations to our own Dr. Lena Marchetti and her husband Paolo, who welcomed daughter Giulia on May 2! 💕 Dr. Marchetti's high-altitude clinic will be covered by Dr. Sorensen until she's back from leave.",
    "A staff physician's own family: never labelled, and the baby is not presented as our patient.",
)

# -------------------------------------------------------------------- discharge

# 31
p(
    "es",
    "discharge",
    "Hoy despedimos con aplausos a Sol, nuestra paciente más valiente del tercer piso. Llegó en pleno sol de julio, con quemaduras en el 30% del cuerpo tras el incendio de su casa rodante en Leadville. Tres injertos después, Sol se va a casa. ☀️ ¡Que brille tu sol, mija!",
    [
        ("NAME", "Sol", "*"),
        ("DATE", "julio"),
        ("GEO", "Leadville"),
    ],
    note="Patient named Sol (lower-case 'sol' is the sun); month of admission; home town of the fire.",
)

# 32
p(
    "en",
    "discharge",
    "shift report, the good kind: rm 412 nowak is going HOME 🎉 8 days post-op after an ACL + tibial plateau courtesy of the Winter Park moguls. Mr. Nowak, no more jumps at 58, please. Love, 4 East",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("NAME", "Nowak"),
        ("GEO", "Winter Park"),
    ],
    note="Chart-style lower-case room and surname, then the surname capitalised; Winter Park is the injury site. Age 58 is not labelled; 4 East is a unit.",
)

# 33
p(
    "en",
    "discharge",
    "After 19 days with us, Bibi Gul Ahmadzai, 93, is going home to her son's apartment in Montbello 🌷 Her granddaughter Shabnam translated every word and taught half the unit to say 'tashakor.' Tashakor to you, Bibi Gul!",
    [
        ("NAME", "Gul Ahmadzai"),
        ("AGE", "93"),
        ("GEO", "Montbello"),
        ("NAME", "Shabnam"),
        ("NAME", "Gul", 2),
    ],
    note="Afghan elder (Bibi is an honorific), age 93, home neighbourhood, granddaughter.",
)

# 34
p(
    "es",
    "discharge",
    "¡De alta! 🥳 Después de seis semanas en la UCI, Rosa Elvira Tuyuc regresa a su casa en Fairplay. Se intoxicó con monóxido de carbono el 28 de diciembre por un calentador dentro de su tráiler. Rosa, tu sonrisa nos alegró la temporada. Revisen su detector de CO: ¡salva vidas! 🏠",
    [
        ("NAME", "Rosa Elvira Tuyuc"),
        ("GEO", "Fairplay"),
        ("DATE", "28 de diciembre"),
        ("NAME", "Rosa", 2),
    ],
    note="Patient, home town, date of poisoning. 'la temporada' is a season.",
)

# 35
p(
    "en",
    "discharge",
    "Harold and Bernadette Yazzie went home together today, 11 days after a generator in the garage of their Kremmling cabin filled the house with carbon monoxide on Jan. 5. Married 61 years, they refused to be put in separate rooms, and our charge nurse made it happen. ❤️",
    [
        ("NAME", "Harold"),
        ("NAME", "Bernadette Yazzie"),
        ("GEO", "Kremmling"),
        ("DATE", "Jan. 5"),
    ],
    note="Two patients (a couple), their home town and the date of the poisoning.",
)

# 36
p(
    "en",
    "discharge",
    "GOING HOME DAY FOR OUR GUY WYATT!!! 🚒 After his snowmobile broke through the ice on Dillon Reservoir on 1/19, Wyatt spent 23 days with us. See you at the firehouse, bud. #WyattWarrior #SummitStrong",
    [
        ("NAME", "WYATT"),
        ("DATE", "1/19"),
        ("GEO", "Dillon Reservoir"),
        ("NAME", "Wyatt"),
        ("NAME", "#WyattWarrior"),
    ],
    note="Name in caps and in title case, name hashtag; accident site and date. #SummitStrong is a campaign hashtag.",
)

# 37
p(
    "es",
    "discharge",
    "Hoy se fue a casa don Anselmo Pérez Chuc, de 91 años 👴 Vino de Tamaulipas a visitar a sus nietos en Edwards y el mal de altura casi le gana. Gracias a su nieta Yesenia por traerlo a tiempo. ¡Buen viaje de regreso, don Anselmo!",
    [
        ("NAME", "Anselmo Pérez Chuc"),
        ("AGE", "91"),
        ("GEO", "Edwards"),
        ("NAME", "Yesenia"),
        ("NAME", "Anselmo", 2),
    ],
    note="Patient aged 91 (don excluded), granddaughter, the family's home town where he stays. Tamaulipas is a Mexican state: not GEO.",
)

# 38
p(
    "en",
    "discharge",
    "Lev went home today with a new hip and a Colorado Avalanche beanie from the team's equipment staff 🏒 He's 12. He came here from Mariupol with his grandmother Halyna, and the day after his March 3 surgery he told us he'd be skating by summer. We believe you, Lev. Слава, Лев!",
    [
        ("NAME", "Lev", "*"),
        ("GEO", "Mariupol"),
        ("NAME", "Halyna"),
        ("DATE", "March 3"),
        ("NAME", "Лев"),
    ],
    note="Patient named in Latin and Cyrillic script, grandmother, former home city, surgery date. 'by summer' is a season; the team is not a person.",
)

# 39
p(
    "en",
    "discharge",
    "The Bergstroms are heading home to Minnesota 🚙 A three-day ski vacation turned into 17 days with us after dad's HACE scare at 11,000 feet. Thank you for the cookies, Bergstrom crew, and please spend a night in Denver before you drive up next time!",
    [
        ("NAME", "Bergstroms"),
        ("NAME", "Bergstrom"),
    ],
    note="Family surname (plural and singular) of the patient dad. Minnesota is a state; Denver is general advice.",
)

# 40
p(
    "es",
    "discharge",
    "La abuela Nadia cumplió noventa y cuatro años en nuestro piso de cardiología, y hoy por fin regresa a casa con su hija Iryna en Lakewood. 🌻 Nos dejó una receta de borsch y muchísimos abrazos.",
    [
        ("NAME", "Nadia"),
        ("AGE", "noventa y cuatro"),
        ("NAME", "Iryna"),
        ("GEO", "Lakewood"),
    ],
    note="Patient (abuela excluded), age in words, daughter, home town.",
)

# 41
p(
    "en",
    "discharge",
    "'tank' (his nickname since peewee football, not ours) just walked out the front door on crutches, three weeks after a ruptured spleen in the Keystone terrain park 💥 his mom says he's grounded until 2030. go easy, tank.",
    [
        ("NAME", "tank", "*"),
        ("GEO", "Keystone"),
    ],
    note="Lower-case nickname that is a word, twice; Keystone is the injury site. 2030 is a bare year.",
)

# 42
p(
    "es",
    "discharge",
    "Doña Dolores ya no tiene dolores 😄 Después de su reemplazo de rodilla el 10 de octubre, hoy salió caminando con su andadera del brazo de su hijo Fermín. ¡A bailar en la boda de su nieta, Dolores!",
    [
        ("NAME", "Dolores", "*"),
        ("DATE", "10 de octubre"),
        ("NAME", "Fermín"),
    ],
    note="Patient Dolores (lower-case 'dolores' means pains), surgery date, son.",
)

# 43
n(
    "en",
    "discharge",
    "Our longest-staying patient of the season went home this afternoon after 64 days, two surgeries and one very patient physical therapist. We can't tell you who, but we can tell you the whole unit cried. 🥲",
    "Anonymous discharge: a length of stay and 'this afternoon' identify no one.",
)

# 44
n(
    "es",
    "discharge",
    "Salió de alta un joven escalador de 24 años que se cayó la semana pasada. Nos pidió no publicar su nombre, pero sí un consejo: revisen el nudo de su compañero, siempre. 🧗",
    "Anonymous climber aged 24; 'la semana pasada' is relative; no place.",
)

# 45
n(
    "en",
    "discharge",
    "Going home after a ski injury? Your discharge checklist: ✅ pain plan ✅ crutch training ✅ follow-up booked at our Breckenridge clinic (970) 555-0122 ✅ no driving on opioids ✅ questions? Call the nurse line any time at (303) 555-0100.",
    "General discharge advice with the hospital's own numbers.",
)

# -------------------------------------------------------------------- thank_you

# 46
p(
    "en",
    "thank_you",
    "Thank-you note of the week 💌 'To whoever was on night shift Feb. 9-10 in the Summit ER: you held my hand while they reset my shoulder and you never once laughed at my snowboard pants. — Kenji (the guy in the banana suit)' Kenji, we laughed a LITTLE. Heal up!",
    [
        ("DATE", "Feb. 9-10"),
        ("NAME", "Kenji", "*"),
    ],
    note="Patient's own note: the night of his ER visit (a range, one span) and his first name twice.",
)

# 47
p(
    "es",
    "thank_you",
    "¡Gracias, familia Xunic! 🌽 Nos trajeron tamales para todo el turno de noche para celebrar que su hijo Byron volvió a trabajar a la cocina del hotel después de su cirugía de la mano. ¡Estaban buenísimos! #GraciasXunic",
    [
        ("NAME", "Xunic"),
        ("NAME", "Byron"),
        ("NAME", "#GraciasXunic"),
    ],
    note="Family surname, patient son, hashtag with the family name. The hotel kitchen is his unnamed employer.",
)

# 48
p(
    "en",
    "thank_you",
    "To 'Big Mike' from Fairplay, who brought our infusion nurses breakfast burritos every Friday of his chemo: thank you for the green chile and the bad jokes. Ring that bell LOUD on the 21st! 🌯🔔",
    [
        ("NAME", "Big Mike"),
        ("GEO", "Fairplay"),
        ("DATE", "21st"),
    ],
    note="Patient's nickname (kept whole), home town, day of his last treatment. Friday is a weekday.",
)

# 49
p(
    "es",
    "thank_you",
    "La familia Melnyk nos mandó esta carta en ucraniano (¡gracias a nuestra intérprete Olena por traducirla!): 'Gracias por cuidar a nuestra Sofiia durante su trasplante. Llegamos de Leópolis sin nada y aquí encontramos otra familia.' 💛💙",
    [
        ("NAME", "Melnyk"),
        ("NAME", "Sofiia"),
        ("GEO", "Leópolis"),
    ],
    note="Family surname, patient, former home city (Lviv in Spanish). Olena is our interpreter (staff).",
)

# 50
p(
    "en",
    "thank_you",
    "Huge thanks to little Beckett's family for the 200 hand-knit hats they dropped off at the NICU! 🧶 Beckett was born at 25 weeks on our Denver campus on 10/4 and is now a very loud toddler. Follow along at @beckett_bravely 💙",
    [
        ("NAME", "Beckett", "*"),
        ("DATE", "10/4"),
        ("OTHER_ID", "@beckett_bravely"),
    ],
    note="Former NICU patient, birth date, the family's social-media handle (OTHER_ID).",
)

# 51
p(
    "es",
    "thank_you",
    "Mil gracias a don Lencho y doña Licha, que cada domingo traen pan dulce a la sala de espera desde que su nieto Kevin estuvo internado aquí. ¡Kevin ya está en la secundaria y metiendo goles! ⚽",
    [
        ("NAME", "Lencho"),
        ("NAME", "Licha"),
        ("NAME", "Kevin", "*"),
    ],
    note="Grandparents' nicknames (don/doña excluded) and the patient grandson.",
)

# 52
p(
    "en",
    "thank_you",
    "THANK YOU TO THE HALVORSEN FAMILY FOR THE PIZZA PARTY!!! 🍕 NOAH, WE'RE SO GLAD THAT LEG HEALED UP IN TIME FOR BASEBALL SEASON. SEE YOU AT COORS FIELD ⚾",
    [
        ("NAME", "HALVORSEN"),
        ("NAME", "NOAH"),
    ],
    note="ALL CAPS family surname and patient name. Coors Field is a stadium, baseball season is a season.",
)

# 53
p(
    "es",
    "thank_you",
    "gracias a todos los enfermeros del 5 oeste por cuidar a mi papá Chepe 🙏 cumplió 90 aquí adentro el 2 de marzo y le cantaron las mañanitas con todo y pastel. nunca lo vamos a olvidar. — Maribel",
    [
        ("NAME", "Chepe"),
        ("AGE", "90"),
        ("DATE", "2 de marzo"),
        ("NAME", "Maribel"),
    ],
    note="Patient's nickname, age 90, birthday in hospital, the daughter who signs. 5 oeste is a unit.",
)

# 54
p(
    "en",
    "thank_you",
    "From Brooks, age 8, in crayon: 'dear ski patrol thank you for the sled ride it was the best part.' 😭 Brooks broke his femur on Jan 2 at Arapahoe Basin, and the patrollers who brought him down stopped by to visit him today.",
    [
        ("NAME", "Brooks", "*"),
        ("DATE", "Jan 2"),
        ("GEO", "Arapahoe Basin"),
    ],
    note="Child patient (a surname-like first name), injury date and ski area of the accident.",
)

# 55
p(
    "es",
    "thank_you",
    "Querido equipo de la UCI pediátrica: gracias por salvar a mi Nayeli. Nunca olvidaré la noche del 24 de diciembre, cuando la trajimos convulsionando. Esa Nochebuena ustedes fueron nuestra familia. — La mamá de Nayeli 🎄",
    [
        ("NAME", "Nayeli", "*"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
    ],
    note="Patient and her admission night written twice (24 de diciembre, Nochebuena).",
)

# 56
p(
    "en",
    "thank_you",
    "A message from Hamid, one of our Afghan patients' dads: 'Thank you to the people who give money for the interpreter program. When my daughter Maryam was so sick in October, the Dari interpreter was my eyes and ears.' Passing this along to every Interpreter Fund donor 🙏",
    [
        ("NAME", "Hamid"),
        ("NAME", "Maryam"),
        ("DATE", "October"),
    ],
    note="Patient's father and the patient; the month of her illness is a date element. Donors are anonymous.",
)

# 57
p(
    "en",
    "thank_you",
    "Thank you, Zoya and Artem, for teaching our peds nurses to make varenyky while Alina recovered from her raft flip at Shoshone on the Colorado River. 🥟 The night shift has requested a second lesson.",
    [
        ("NAME", "Zoya"),
        ("NAME", "Artem"),
        ("NAME", "Alina"),
        ("GEO", "Shoshone"),
        ("GEO", "Colorado River"),
    ],
    note="Parents and patient; the rapid and river of her accident.",
)

# 58
n(
    "en",
    "thank_you",
    "Thank you, Snowmelt Brewing Co. and the Lindqvist Family Foundation, for funding 40 avalanche beacons for our teen backcountry safety classes! 🏔️ Classes start in December; sign up at frontrangealpine.org/avy.",
    "Business and family-foundation donors, a class start month and the hospital's domain.",
)

# 59
n(
    "es",
    "thank_you",
    "¡Gracias a nuestras voluntarias del Día de Muertos! 🌼💀 Doña Chelo Ramírez, de 92 años, armó el altar de la sala de espera por décimo año seguido, con papel picado hecho a mano.",
    "A volunteer's name and age over 89 are never labelled; Día de Muertos is the hospital's event.",
)

# 60
n(
    "en",
    "thank_you",
    "To the Red, White & Blue Fire crews, Summit County Rescue Group and Flight For Life: you brought us 212 patients this winter and every one of them got a fighting chance because of you. Thank you. 🚁",
    "Thanks to rescue agencies; a patient count and a season.",
)

# --------------------------------------------------------------------- memorial

# 61
p(
    "en",
    "memorial",
    "Rest easy, Walt 'Pops' Gunderson, who died on Jan. 8, just shy of his March 2 birthday. Pops served with the 10th Mountain Division, skied Ski Cooper until he was 91, and spent his last days on 4 West surrounded by great-grandkids. We'll miss the stories. 🎖️",
    [
        ("NAME", "Walt 'Pops' Gunderson"),
        ("DATE", "Jan. 8"),
        ("DATE", "March 2"),
        ("NAME", "Pops", 2),
        ("AGE", "91"),
    ],
    note="Patient with quoted nickname, death date and birthday, an age over 89 he reached. The division and the ski area are not his identifiers.",
)

# 62
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Marcos Tzunún, trabajador de mantenimiento de una estación de esquí, quien falleció en nuestra UCI el 15 de marzo tras un accidente con un telesilla. Marcos llegó de Totonicapán hace 12 años. Nuestro pésame a su esposa Marta y a sus hijos. 🕊️",
    [
        ("NAME", "Marcos Tzunún"),
        ("DATE", "15 de marzo"),
        ("NAME", "Marcos", 2),
        ("GEO", "Totonicapán"),
        ("NAME", "Marta"),
    ],
    note="Patient, date of death, former home town in Guatemala, wife. The employer is unnamed.",
)

# 63
p(
    "en",
    "memorial",
    "Kaia Lindholm-Reyes climbed like she was born on granite. On Aug. 21 she fell on Longs Peak, and on Aug. 23 she died in our Denver neuro ICU with her moms, Jess and Paula, beside her. She was 26. Her family asks that you support Rocky Mountain Rescue in her name. #ClimbForKaia",
    [
        ("NAME", "Kaia Lindholm-Reyes"),
        ("DATE", "Aug. 21"),
        ("GEO", "Longs Peak"),
        ("DATE", "Aug. 23"),
        ("NAME", "Jess"),
        ("NAME", "Paula"),
        ("NAME", "#ClimbForKaia"),
    ],
    note="Hyphenated surname, dates of fall and death, accident site, both mothers, name hashtag. Age 26 is not labelled.",
)

# 64
p(
    "es",
    "memorial",
    "Descanse en paz Abdul Wahid Karimi. Fue maestro en Mazar-i-Sharif durante 40 años y llegó a Denver con su familia en 2021. Falleció en paz el domingo en nuestra unidad de cuidados paliativos. Su nieto Idris nos pidió recordarlo como 'el hombre que nunca dejó de enseñar'.",
    [
        ("NAME", "Abdul Wahid Karimi"),
        ("GEO", "Mazar-i-Sharif"),
        ("GEO", "Denver"),
        ("NAME", "Idris"),
    ],
    note="Patient, former and current home cities, grandson. 2021 is a bare year; domingo a weekday.",
)

# 65
p(
    "en",
    "memorial",
    "The Pikes Peak running family lost one of its own. Rich Castellano of Manitou Springs collapsed near the summit during the Ascent on Aug. 17 and died two days later in our Denver cardiac ICU. He had finished that race 22 times. Rich, we hope the view is clear up there. 🏔️",
    [
        ("NAME", "Rich Castellano"),
        ("GEO", "Manitou Springs"),
        ("DATE", "Aug. 17"),
        ("NAME", "Rich", 2),
    ],
    note="Runner (a word-name), home town; the race day is also the day he collapsed, so it is DATE. The race course (Pikes Peak summit) is an event venue, not GEO.",
)

# 66
p(
    "es",
    "memorial",
    "Hoy la familia Ajcalón despidió a su bebé Josué, que nació dormido el 30 de abril. Sus papás quieren que todos sepan que su hijo existió y fue muy amado. Nuestro equipo de duelo perinatal los acompañó en cada momento. 🤍 #JosuéPorSiempre",
    [
        ("NAME", "Ajcalón"),
        ("NAME", "Josué"),
        ("DATE", "30 de abril"),
        ("NAME", "#JosuéPorSiempre"),
    ],
    note="Stillborn baby, family surname, birth date, name hashtag.",
)

# 67
p(
    "en",
    "memorial",
    "we lost our friend tommy b on thursday the 9th. 20 yrs of shoveling our helipad every storm, then 3 wks with us on 5 north when the cancer came back. tommy was our patient, but he was family first. 💔",
    [
        ("NAME", "tommy b"),
        ("DATE", "9th"),
        ("NAME", "tommy", 2),
    ],
    note="A long-time helipad worker who was our patient: lower-case name with initial, death date as a day of the month (weekday excluded).",
)

# 68
p(
    "es",
    "memorial",
    "En memoria de Oleh Hrytsenko, veterano ucraniano que vino a Colorado a rehabilitarse de sus heridas de guerra y que falleció en nuestra unidad de cuidados paliativos el 1 de noviembre, Día de Todos los Santos. Su esposa Larysa agradece a quienes lo acompañaron. 🕯️🇺🇦",
    [
        ("NAME", "Oleh Hrytsenko"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Larysa"),
    ],
    note="Patient, date of death in two forms, wife. Colorado is a state.",
)

# 69
p(
    "en",
    "memorial",
    "Edna Mae Fairweather, the oldest patient our nurses can remember, passed away Tuesday at 104. She was born in Como, back when it was a railroad town, and told every nurse she'd outlive the hospital. She very nearly did. ❤️",
    [
        ("NAME", "Edna Mae Fairweather"),
        ("AGE", "104"),
        ("GEO", "Como"),
    ],
    note="Patient (word-like surname), age 104, birthplace town. Tuesday is a weekday.",
)

# 70
p(
    "en",
    "memorial",
    "Today the whole Summit ER wore orange for #ForeverFinn 🧡 A year ago today we met a 14-year-old who loved his mountain bike more than anything. We think of him every time a kid rolls in with a helmet on.",
    [
        ("NAME", "#ForeverFinn"),
    ],
    note="The patient's name appears only in the hashtag; 'a year ago today' is relative.",
)

# 71
p(
    "es",
    "memorial",
    "QEPD Catalina 'Nina' Roybal. Se nos fue el domingo a los 97 años, rodeada de sus 31 nietos y bisnietos. Nació en San Luis, el pueblo más antiguo de Colorado, y nunca dejó de hacer tortillas a mano. Gracias, Nina, por enseñarles a nuestras enfermeras. 🌽",
    [
        ("NAME", "Catalina 'Nina' Roybal"),
        ("AGE", "97"),
        ("GEO", "San Luis"),
        ("NAME", "Nina", 2),
    ],
    note="Patient with quoted nickname, age 97, birthplace town.",
)

# 72
p(
    "en",
    "memorial",
    "One year ago, on the Fourth of July, Edwin Sicajau went into the Arkansas River at Pine Creek rapid to pull out a stranger's child. The child lived. Edwin died in our ICU two days later. His brother Óscar asked us to share this: rescuers need life jackets too. 🛶",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Edwin Sicajau"),
        ("GEO", "Arkansas River"),
        ("GEO", "Pine Creek"),
        ("NAME", "Edwin", 2),
        ("NAME", "Óscar"),
    ],
    note="Holiday that is the patient's accident day; river and rapid of the accident; brother. The rescued child is anonymous.",
)

# 73
n(
    "en",
    "memorial",
    "We lost Dr. Harold Jenks, our first flight physician, on June 3 at the age of 94. He founded our mountain rescue medicine program in 1978 and trained three generations of flight nurses. Services will be held June 14 at the Frisco Chapel. ✈️",
    "A staff physician: his date of death and age over 89 are not patient identifiers; the service is an event.",
)

# 74
n(
    "es",
    "memorial",
    "Hoy se cumple un año del alud que sepultó a tres esquiadores de travesía. Recordamos a las víctimas, a sus familias y a los rescatistas que trabajaron toda la noche. 🕯️ Antes de salir al backcountry, revisen el pronóstico de avalanchas.",
    "Anonymous victims, no place and a relative anniversary.",
)

# 75
n(
    "en",
    "memorial",
    "This Veterans Day we remember the soldiers of the 10th Mountain Division who trained at Camp Hale, near Leadville, and came home to build Colorado's ski industry. 🎖️⛷️",
    "Historical group; Veterans Day is a public holiday; Camp Hale and Leadville are history, not a patient's place.",
)

# ----------------------------------------------------------- milestone_birthday

# 76
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Ruth! 🎂 Our favorite cardiac rehab grad turned one hundred on Valentine's Day and celebrated on our Lakewood rehab unit with chocolate cake AND a Broncos jersey.",
    [
        ("AGE", "100th"),
        ("NAME", "Ruth"),
        ("AGE", "one hundred"),
        ("DATE", "Valentine's Day"),
    ],
    note="Age as ordinal and in words, her birthday as a holiday. The Lakewood rehab unit is ours: not GEO.",
)

# 77
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, doña Eulalia! 🎉 Celebró sus noventa y cinco años en nuestro piso de rehabilitación con mariachi, con su hija Concha y con su bisnieta Ximena. Nació un 16 de septiembre, así que cada año festeja con todo y el Grito. ¡Viva doña Eulalia!",
    [
        ("AGE", "95"),
        ("NAME", "Eulalia", "*"),
        ("AGE", "noventa y cinco"),
        ("NAME", "Concha"),
        ("NAME", "Ximena"),
        ("DATE", "16 de septiembre"),
    ],
    note="Age in digits and words, daughter and great-granddaughter, birth date. 'el Grito' is the national celebration, not her day.",
)

# 78
p(
    "en",
    "milestone_birthday",
    "Bday on the unit 🎈 Mr. O (92 y/o, bed 14, hip fx) turned 92 this morning and asked for a beer. He settled for root beer. Happy birthday, Mr. O!",
    [
        ("NAME", "O", "*"),
        ("AGE", "92", "*"),
        ("OTHER_ID", "bed 14"),
    ],
    note="Initial used as the patient's name (Mr. excluded), chart-style age twice, bed number.",
)

# 79
p(
    "es",
    "milestone_birthday",
    "Hoy Haji Ghulam Sakhi cumple 90 años según su tazkira, aunque él jura que tiene 'por lo menos cien'. Su nieta Farzana le llevó un pastel de pistache al cuarto 318. ¡Mubarak! 🎂",
    [
        ("NAME", "Ghulam Sakhi"),
        ("AGE", "90"),
        ("AGE", "cien"),
        ("NAME", "Farzana"),
        ("OTHER_ID", "cuarto 318"),
    ],
    note="Patient (Haji is an honorific), documented age 90 and claimed age 'cien', granddaughter, room. 'Hoy' is relative.",
)

# 80
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO OUR FAVORITE CARDIAC REHAB GRADUATE, LORRAINE KOWALCZYK OF WHEAT RIDGE!!! 🎉🎉 STILL WALKING A MILE EVERY SINGLE DAY.",
    [
        ("AGE", "101ST"),
        ("NAME", "LORRAINE KOWALCZYK"),
        ("GEO", "WHEAT RIDGE"),
    ],
    note="ALL CAPS ordinal age, name and home town.",
)

# 81
p(
    "en",
    "milestone_birthday",
    "Guess who turned 98 on 6 North today? 🎂 We're not allowed to say her name (she'd never forgive us), but she wants you to know she still does the Sunday crossword in pen.",
    [
        ("AGE", "98"),
    ],
    note="Unnamed patient, but an age over 89 is an identifier, so the post is patient-specific. 6 North is a unit.",
)

# 82
p(
    "es",
    "milestone_birthday",
    "¡Felices XV, Itzel! 👑 Nuestra paciente de diálisis celebró sus quince años aquí en la unidad el sábado 8 de junio, con vestido, chambelanes y todo. Su mamá, Reyna, organizó la fiesta con las enfermeras. #XVdeItzel",
    [
        ("NAME", "Itzel"),
        ("DATE", "8 de junio"),
        ("NAME", "Reyna"),
        ("NAME", "#XVdeItzel"),
    ],
    note="Patient, date of her quinceañera (weekday excluded), mother (a word-name), name hashtag. Age 15 is not labelled.",
)

# 83
p(
    "en",
    "milestone_birthday",
    "Carl turned ninety-six yesterday on our Summit cardiac unit. He's been skiing since the lifts were rope tows, and his daughter Pam brought in a cake shaped like a gondola 🚡",
    [
        ("NAME", "Carl"),
        ("AGE", "ninety-six"),
        ("NAME", "Pam"),
    ],
    note="Patient, hyphenated age in words, daughter. 'yesterday' is relative.",
)

# 84
p(
    "es",
    "milestone_birthday",
    "feliz cumple a nuestro paciente más joven de corazón: don beto cumplió 93 el 11 de abril en la habitación 207 y nos bailó una cumbia con todo y andadera 😂💃",
    [
        ("NAME", "beto"),
        ("AGE", "93"),
        ("DATE", "11 de abril"),
        ("OTHER_ID", "habitación 207"),
    ],
    note="Lower-case nickname, age, birthday, room number with its keyword.",
)

# 85
p(
    "en",
    "milestone_birthday",
    "One year ago on Halloween, Ruby Tran was born at 24 weeks weighing 1 lb 6 oz. 🎃 This Halloween she came back to visit the NICU dressed as a very small pumpkin. Happy first birthday, Ruby!",
    [
        ("DATE", "Halloween", "*"),
        ("NAME", "Ruby Tran"),
        ("NAME", "Ruby", 2),
    ],
    note="Birth on Halloween and her first birthday on Halloween: both are her date; name twice.",
)

# 86
p(
    "en",
    "milestone_birthday",
    "Meet Irv, 94yo, who skied 94 days last season. After his hip replacement on the 2nd, his goal is 95 days next winter. Irv, we believe you. ⛷️",
    [
        ("NAME", "Irv", "*"),
        ("AGE", "94yo"),
        ("DATE", "2nd"),
    ],
    note="Chart-style age token 94yo (the '94 days' and '95 days' are counts, not ages), surgery day of the month.",
)

# 87
p(
    "es",
    "milestone_birthday",
    "Ayer doña Carmelita celebró su cumpleaños 99 con nosotros. Nos dijo: 'el próximo lo festejo en mi casa de Commerce City, y están todos invitados'. 🏡 ¡Ahí estaremos, Carmelita!",
    [
        ("NAME", "Carmelita", "*"),
        ("AGE", "99"),
        ("GEO", "Commerce City"),
    ],
    note="Patient, age 99, home town.",
)

# 88
n(
    "en",
    "milestone_birthday",
    "Happy 50th birthday to us! 🎉 Front Range Alpine Health opened its first 12-bed clinic on Sept. 9, 1975, in a converted ski lodge. Today we care for patients from Denver to the Divide.",
    "The hospital's own anniversary and founding date.",
)

# 89
n(
    "es",
    "milestone_birthday",
    "¡Felicidades a nuestra enfermera Lucía Ortega por 30 años en Front Range Alpine Health! Empezó el 1 de marzo de 1995 en el piso de ortopedia y hoy dirige nuestra unidad de Frisco. 🎉",
    "A nurse's service anniversary: staff name and start date are not labelled.",
)

# 90
n(
    "en",
    "milestone_birthday",
    "Our Thursday lobby volunteer Bob Hendricks turns 91 today! 🎂 He's given us 22 years and roughly 40,000 cups of coffee. Stop by the information desk and wish him a happy birthday.",
    "A volunteer's name and age over 89: never labelled.",
)

# ---------------------------------------------------------------- pasted_record

# 91
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 -- PT: HORBAN, DMYTRO M | DOB 04/19/1988 | MRN FR-0042291 | Rm 5N-12 | Dx: L tib/fib fx, snowboard | Attending: Sorensen -- ignore, deleting now",
    [
        ("NAME", "HORBAN, DMYTRO M"),
        ("DATE", "04/19/1988"),
        ("MRN", "FR-0042291"),
        ("OTHER_ID", "Rm 5N-12"),
    ],
    note="Pasted chart line: chart-style name, date of birth, MRN value, room with keyword. Sorensen is the attending (staff).",
)

# 92
p(
    "es",
    "pasted_record",
    "Hoja de ingreso — Nombre: Tzoc Ajú, Rigoberto — Fecha de nac.: 12/05/1979 — Expediente: 7731-0048 — Seguro: Health First Colorado #R448812 — Tel.: (970) 555-0186 — Domicilio: 412 Lupine Ct, Dillon 80435",
    [
        ("NAME", "Tzoc Ajú, Rigoberto"),
        ("DATE", "12/05/1979"),
        ("MRN", "7731-0048"),
        ("HEALTH_PLAN", "R448812"),
        ("PHONE", "(970) 555-0186"),
        ("GEO", "412 Lupine Ct"),
        ("GEO", "Dillon"),
        ("GEO", "80435"),
    ],
    note="Pasted admission sheet: surname-first name, birth date, record number, Medicaid member id, family phone, street, town and ZIP.",
)

# 93
p(
    "en",
    "pasted_record",
    "handoff note (draft): pt sharma, a. 95F, bed 3, c/o SOB + HA after flying in from Mumbai to visit her grandson in Keystone. SpO2 84% on RA. family # 720-555-0114",
    [
        ("NAME", "sharma, a."),
        ("AGE", "95F"),
        ("OTHER_ID", "bed 3"),
        ("GEO", "Mumbai"),
        ("GEO", "Keystone"),
        ("PHONE", "720-555-0114"),
    ],
    note="Lower-case chart name with initial, age-sex token 95F, bed, home city abroad, grandson's town, family phone.",
)

# 94
p(
    "es",
    "pasted_record",
    "Nota de enfermería: Pcte. MARÍA DEL CARMEN YAX, 47 a., hab. 221-B, ingresa 15/01 por hipotermia tras quedar atrapada en un autobús en la US-6, Loveland Pass. Esposo: Juan Yax, cel. 970.555.0197.",
    [
        ("NAME", "MARÍA DEL CARMEN YAX"),
        ("OTHER_ID", "hab. 221-B"),
        ("DATE", "15/01"),
        ("GEO", "US-6"),
        ("GEO", "Loveland Pass"),
        ("NAME", "Juan Yax"),
        ("PHONE", "970.555.0197"),
    ],
    note="Nursing note: caps name, room, admission date (day/month), road and pass where she was trapped, husband and his cell. Age 47 is not labelled.",
)

# 95
p(
    "en",
    "pasted_record",
    "Lost & found 🧤 A patient wristband was turned in at the Breckenridge clinic front desk. Name on it: ELLINGSON, TY. Band # WB-88-2031-K. If it's yours, call (970) 555-0122 and we'll shred it for you.",
    [
        ("NAME", "ELLINGSON, TY"),
        ("OTHER_ID", "WB-88-2031-K"),
    ],
    note="Wristband contents: chart-style name and band number (OTHER_ID). The phone is the Breckenridge clinic's.",
)

# 96
p(
    "en",
    "pasted_record",
    "why is this in the shared social drafts folder??? 'Pt: Yuliia Bondar / SSN 078-05-1120 / Ins: Anthem BCBS ID XKP884102977 / Admit 9-Feb' @ whoever saved this, please delete",
    [
        ("NAME", "Yuliia Bondar"),
        ("SSN", "078-05-1120"),
        ("HEALTH_PLAN", "XKP884102977"),
        ("DATE", "9-Feb"),
    ],
    note="Pasted record: name, SSN, health-plan member id, admission date.",
)

# 97
p(
    "es",
    "pasted_record",
    "URGENTE borrar esta publicación: 'Paciente: Kevin Ordóñez Sic, 16 a., expediente #00-318-554, accidente en moto de nieve cerca de Georgetown, placa del remolque CO 2XK-441, mamá: Elvia (719) 555-0142'",
    [
        ("NAME", "Kevin Ordóñez Sic"),
        ("MRN", "00-318-554"),
        ("GEO", "Georgetown"),
        ("VEHICLE", "2XK-441"),
        ("NAME", "Elvia"),
        ("PHONE", "(719) 555-0142"),
    ],
    note="Pasted record: name, record number, accident site, trailer plate (value only), mother and her phone. Age 16 is not labelled.",
)

# 98
p(
    "en",
    "pasted_record",
    "Reminder from Biomed: insulin pump S/N PMP-44Q-90812 belongs to the patient in 7 North room 709 (Kolesnyk). Please stop sending it to sterile processing 😅",
    [
        ("DEVICE", "PMP-44Q-90812"),
        ("OTHER_ID", "room 709"),
        ("NAME", "Kolesnyk"),
    ],
    note="Device serial, room number with keyword, patient surname. 7 North is a unit.",
)

# 99
p(
    "es",
    "pasted_record",
    "Resumen de alta (borrador): Sra. Hortensia Lucero, 96 a., F. ingreso 3-mar-2025, F. egreso 11-mar-2025, Dx: neumonía. Vive con su hija en Alamosa. Cta. 5589-2210-7.",
    [
        ("NAME", "Hortensia Lucero"),
        ("AGE", "96"),
        ("DATE", "3-mar-2025"),
        ("DATE", "11-mar-2025"),
        ("GEO", "Alamosa"),
        ("ACCOUNT", "5589-2210-7"),
    ],
    note="Draft discharge summary: name (Sra. excluded), age 96, admission and discharge dates, home town, account number.",
)

# 100
p(
    "en",
    "pasted_record",
    "Pasted from the trauma registry, DO NOT POST: 'Driver 34M, CO DL 98-114-2276, Jeep plate BVK-7731, rollover on Hwy 9 near Hoosier Pass 12/27, transferred Summit -> Denver.'",
    [
        ("LICENSE", "98-114-2276"),
        ("VEHICLE", "BVK-7731"),
        ("GEO", "Hwy 9"),
        ("GEO", "Hoosier Pass"),
        ("DATE", "12/27"),
    ],
    note="Unnamed driver identified by licence and plate numbers, road and pass of the crash, crash date. 34M is under 90; Summit and Denver are our campuses.",
)

# 101
p(
    "en",
    "pasted_record",
    "Ticket #4471 got pasted into an FB inbox reply by mistake: 'Portal user sunnyd_1968 locked out. Email on file dee.lindgren77@yahoo.com, last login from IP 73.14.202.19.' Sorry, folks, it's been removed.",
    [
        ("OTHER_ID", "sunnyd_1968"),
        ("EMAIL", "dee.lindgren77@yahoo.com"),
        ("IP", "73.14.202.19"),
    ],
    note="Patient portal user name (OTHER_ID), email, IP address. The IT ticket number is not a patient id.",
)

# 102
p(
    "en",
    "pasted_record",
    "Scanned cover sheet that ended up in our photo queue: 'TO: Summit Ortho | RE: pt Halloran, Bridget, DOS 11/03 | FROM: daughter, fax 719-555-0171 | pages: 4'. Deleted.",
    [
        ("NAME", "Halloran, Bridget"),
        ("DATE", "11/03"),
        ("FAX", "719-555-0171"),
    ],
    note="Fax cover sheet: patient name, date of service, the daughter's fax number.",
)

# 103
n(
    "en",
    "pasted_record",
    "Nursing students: here's the sample chart for Thursday's skills lab. PT: DOE, JANE | DOB XX/XX/XXXX | MRN 0000000 | Rm TBD. Practice finding the allergies section before you touch the MAR.",
    "Placeholder training chart: DOE, JANE and the zeroed MRN are not a patient.",
)

# 104
n(
    "es",
    "pasted_record",
    "Guardia de hoy en Urgencias de Summit: Dr. Tomás Herrera (trauma), Dra. Anika Sorensen (jefa), enfermera Kelsey Ortiz y el intérprete Farid Noori. Extensión de guardia: (970) 555-0150.",
    "Pasted staff roster: staff names and the Summit ER number.",
)

# 105
n(
    "en",
    "pasted_record",
    "Pasted from our social-media policy, page 3: 'Never post a patient's name, face, room number, dates (other than year), age over 89, hometown, phone, email or record numbers without written authorization.' Read it. Live it.",
    "Policy text that lists identifier types but contains none.",
)

# -------------------------------------------------------------- staff_spotlight

# 106
p(
    "en",
    "staff_spotlight",
    "You know her voice from our overhead pages. This month respiratory therapist Carla Benavides was on the other side of the bed: a backcountry slide near Berthoud Pass on Feb 2 left her with a broken femur. Carla, the whole RT department is counting down to your return. #CarlaStrong",
    [
        ("NAME", "Carla Benavides"),
        ("GEO", "Berthoud Pass"),
        ("DATE", "Feb 2"),
        ("NAME", "Carla", 2),
        ("NAME", "#CarlaStrong"),
    ],
    note="A staff member who is the patient: her name, accident site and date, name hashtag are labelled.",
)

# 107
p(
    "en",
    "staff_spotlight",
    "Our Tuesday gift-shop volunteer Marge Dooley has sold a LOT of teddy bears. This week one came back to her: after a fall on the ice outside her Arvada home on the 3rd, she spent four nights with us on 6 North. Get well soon, Marge — the bears miss you. 🧸",
    [
        ("NAME", "Marge Dooley"),
        ("GEO", "Arvada"),
        ("DATE", "3rd"),
        ("NAME", "Marge", 2),
    ],
    note="A volunteer who became a patient: name, home town, day of her fall.",
)

# 108
p(
    "es",
    "staff_spotlight",
    "Todo el hospital conoce a Julio Tax, nuestro camillero más rápido. En julio le tocó estar del otro lado: se fracturó el tobillo jugando fútbol el día 14 y lo operamos aquí mismo. ¡Qué bueno tenerte de vuelta, Julio! Sigues siendo el más rápido. 🏃‍♂️",
    [
        ("NAME", "Julio Tax"),
        ("DATE", "julio"),
        ("DATE", "día 14"),
        ("NAME", "Julio", 2),
    ],
    note="A transporter who was our patient: 'Julio' his name, 'julio' the month of his injury, 'día 14' its day.",
)

# 109
n(
    "en",
    "staff_spotlight",
    "Staff spotlight ⭐ Dr. Anika Sorensen, medical director of our Summit ER, has climbed all 58 of Colorado's fourteeners, was born on the Fourth of July in Leadville, and still answers every page in under a minute. Thank you for 15 years, Dr. S!",
    "A physician's own birthday and birthplace: staff, never labelled.",
)

# 110
n(
    "es",
    "staff_spotlight",
    "Conozcan a Marisol Quintana, trabajadora social de nuestras clínicas de Summit. Hija de inmigrantes de Zacatecas, creció en una vivienda para trabajadores de Breckenridge y hoy ayuda a familias guatemaltecas, mexicanas, afganas y ucranianas a encontrar vivienda y seguro médico. 💛",
    "Staff social worker and her own background; population groups.",
)

# 111
n(
    "en",
    "staff_spotlight",
    "Meet Olena Bondarenko, our lead Ukrainian interpreter. Olena taught English in Kharkiv for 17 years before coming to Denver in 2022. Last year she interpreted for more than 1,200 patient visits. Дякуємо, Olena! 🇺🇦",
    "Staff interpreter: her name and cities are not patient identifiers.",
)

# 112
n(
    "en",
    "staff_spotlight",
    "Farid Noori spent eight years interpreting for U.S. forces in Kandahar. Today he's one of our Dari and Pashto interpreters, and families ask for him by name. Thank you, Farid, for being the bridge. 🌉",
    "Staff interpreter and his past; anonymous families.",
)

# 113
n(
    "es",
    "staff_spotlight",
    "Conozcan a Brent Kowalski, nuestro enlace con las patrullas de esquí de Summit. Fue patrullero en Copper durante 20 años y hoy coordina el traslado de pacientes desde las montañas hasta nuestra sala de urgencias. ⛷️🚑",
    "Staff liaison and his career; patients are anonymous.",
)

# 114
n(
    "en",
    "staff_spotlight",
    "Nurse of the Month: Kelsey Ortiz, L&D, Summit Medical Center! 🏅 Her nomination came from a mom who wrote, 'She stayed two hours past her shift so I wouldn't be alone.' Kelsey, you are why we do this.",
    "Staff nurse; the nominating mother is anonymous.",
)

# 115
n(
    "en",
    "staff_spotlight",
    "Nurse Tiana Brooks followed her dad, Ray, into emergency medicine: he flew Flight For Life helicopters for 30 years. Now she's on our flight team, and Ray still listens to the scanner every night. 🚁",
    "A nurse and her own father: staff and staff family, never labelled.",
)

# 116
n(
    "en",
    "staff_spotlight",
    "Chaplain Joseph Whitehorse turned 90 last month and still makes rounds three mornings a week. 'I'll stop when the patients tell me to,' he says. They haven't. 🙏",
    "A chaplain's age over 89: staff, not labelled.",
)

# ------------------------------------------------------------------ health_tip

# 117
p(
    "en",
    "health_tip",
    "Altitude tip 🏔️ A headache above 8,000 ft is NOT always a hangover. Just ask Yaroslav, who moved from Kyiv to Leadville (10,152 ft!) and ignored his for three days. HACE is an emergency: descend, hydrate, get seen.",
    [
        ("NAME", "Yaroslav"),
        ("GEO", "Kyiv"),
        ("GEO", "Leadville"),
    ],
    note="A tip built on a named patient: his name, former and current home towns.",
)

# 118
p(
    "es",
    "health_tip",
    "Consejo de invierno ❄️ Nunca usen el horno de la estufa para calentar la casa. El 2 de enero atendimos a los cinco integrantes de la familia Sipac, de Silverthorne, por monóxido de carbono. Todos se recuperaron. Instalen un detector de CO.",
    [
        ("DATE", "2 de enero"),
        ("NAME", "Sipac"),
        ("GEO", "Silverthorne"),
    ],
    note="A tip that names a patient family: date of their visit, surname, home town.",
)

# 119
n(
    "en",
    "health_tip",
    "UV exposure climbs roughly 10% with every 1,000 meters of elevation. On a bluebird day at 11,000 ft, snow reflects up to 80% of that. Sunscreen, SPF lip balm and goggles, people! 😎",
    "General advice with numbers only.",
)

# 120
n(
    "es",
    "health_tip",
    "Mal de altura: dolor de cabeza, náuseas, cansancio y falta de sueño en las primeras 48 horas. Si acaba de llegar a Summit, tómelo con calma, tome agua y evite el alcohol. Si le falta el aire en reposo, venga a Urgencias de inmediato.",
    "General advice; Summit is the county.",
)

# 121
n(
    "en",
    "health_tip",
    "Heading into the backcountry this weekend? Beacon, shovel, probe, and a partner who knows how to use them. Check the CAIC forecast at avalanche.state.co.us before you leave the trailhead. 🏔️ #KnowBeforeYouGo",
    "General advice; a public forecast website and a campaign hashtag.",
)

# 122
n(
    "en",
    "health_tip",
    "River season is here 🛶 Colorado's rivers run cold and fast in May and June. Wear a properly fitted PFD, never tie yourself to the raft, and scout rapids from shore. If someone goes in: reach, throw, don't go.",
    "General advice; months describe the runoff season, not a patient.",
)

# 123
n(
    "es",
    "health_tip",
    "¿Trabaja afuera en la montaña? Para prevenir la congelación: capas secas, guantes de repuesto, calcetines de lana y descansos bajo techo. Si sus dedos se ponen blancos o morados, no los frote: venga a la clínica. Para intérprete, llame al (303) 555-0111.",
    "General advice for outdoor workers; the hospital's Spanish line.",
)

# 124
n(
    "en",
    "health_tip",
    "Running the Colfax Marathon on May 18? Denver's 5,280 feet means you lose more water through breathing than at sea level. Start hydrating two days out and find our medical tents at miles 6, 13 and 20. 🏃‍♀️",
    "A race date (event) and general advice.",
)

# 125
n(
    "en",
    "health_tip",
    "Helmets reduce the risk of head injury on the slopes by 35 to 50 percent. They don't make you invincible: ski in control, and never ski alone in the trees. 🌲⛑️",
    "General advice with statistics.",
)

# 126
n(
    "en",
    "health_tip",
    "Visiting family in the mountains over the holidays? Babies and toddlers feel altitude too. Watch for fussiness, poor feeding and unusual sleepiness, and call your pediatrician or our nurse line at (303) 555-0100.",
    "General advice; the hospital's nurse line.",
)

# ------------------------------------------------------------------------ event

# 127
p(
    "en",
    "event",
    "Lace up for the 3rd annual #RunForRowan 5K, Sat. May 10 at Sloan's Lake Park! 🏃 Proceeds go to our pediatric brain tumor program, where Rowan Pettibone was treated before we lost him. His parents, Stacy and Dale, will be at the finish line with popsicles.",
    [
        ("NAME", "#RunForRowan"),
        ("NAME", "Rowan Pettibone"),
        ("NAME", "Stacy"),
        ("NAME", "Dale"),
    ],
    note="Memorial run: the patient's name hashtag and name, his parents. May 10 and the park are the event's date and venue: not labelled.",
)

# 128
p(
    "es",
    "event",
    "Este 14 de diciembre es la Posada del hospital 🌟 y este año le toca romper la piñata a Mateo Cux, el niño que pasó la Navidad pasada en nuestra UCI pediátrica. ¡Todos invitados! Lobby principal, 1600 Alpine Crest Parkway, 5 p.m.",
    [
        ("NAME", "Mateo Cux"),
        ("DATE", "Navidad"),
    ],
    note="Former patient named; the Christmas he spent in the ICU is his date. The Posada date and the hospital address are not labelled.",
)

# 129
p(
    "en",
    "event",
    "Tonight at Ball Arena the @Avalanche are honoring one of our own: 11-year-old Mykyta Savchuk, who beat leukemia after his family fled Zaporizhzhia, will drop the ceremonial puck! 🏒🇺🇦 Cheer loud for Mykyta!",
    [
        ("NAME", "Mykyta Savchuk"),
        ("GEO", "Zaporizhzhia"),
        ("NAME", "Mykyta", 2),
    ],
    note="Patient and his family's former home city. The arena and the team handle are not patient identifiers.",
)

# 130
n(
    "en",
    "event",
    "Volunteers needed! Our sports medicine team will staff aid stations at the Pikes Peak Ascent and Marathon on Aug. 16–17. Altitude, heat and 7,815 feet of climbing: we'll need every hand. Sign up at frontrangealpine.org/volunteer 🏔️",
    "Race dates and venue; hospital domain.",
)

# 131
n(
    "es",
    "event",
    "Feria de salud gratuita en español el sábado 22 de marzo en el centro recreativo de Silverthorne: presión, glucosa, vacunas y asesoría de seguro médico. ¡Traigan a toda la familia! Info: (303) 555-0111.",
    "Event date and venue (Silverthorne here is the venue, not a patient's town); hospital phone.",
)

# 132
n(
    "en",
    "event",
    "Join us June 20 for World Refugee Day at our Denver campus: Afghan bolani, Ukrainian varenyky, Guatemalan pepián and a clinic open house with interpreters in Dari, Pashto, Ukrainian, Spanish and K'iche'. 🌍",
    "Awareness day and event at the hospital; population groups.",
)

# 133
n(
    "es",
    "event",
    "Del 28 de octubre al 2 de noviembre, el altar de Día de Muertos estará en el lobby de Frisco. Las familias pueden traer la foto de un ser querido que hayamos perdido este año. 🌼🕯️",
    "Event dates and our lobby; no patient is described.",
)

# 134
n(
    "en",
    "event",
    "Thanks to the 60 nurses, docs and EMTs who staffed the Colfax Marathon medical tents on Sunday! 1,700 runners passed through our aid stations; 14 were transported. 🏅",
    "Event recap with counts only.",
)

# 135
n(
    "en",
    "event",
    "Avalanche Awareness Night is Dec. 4 at the Silverthorne Pavilion: a forecaster from the Colorado Avalanche Information Center, a beacon-search demo, and free pizza. Bring the teens. ❄️",
    "Event date and venue.",
)

# 136
n(
    "es",
    "event",
    "Clínica de vacunas gratis en la vivienda para trabajadores de Breckenridge el martes 7 de octubre, de 4 a 8 p.m. Gripe, COVID y vacunas infantiles. No se necesita seguro ni papeles.",
    "Event date and venue for a population group.",
)

# 137
n(
    "en",
    "event",
    "Broncos players visit our peds floor every December, and this year quarterback Trey Madsen and linebacker Marcus Tate brought 300 stuffed horses. Thank you for the smiles, @Broncos! 🐴",
    "Visiting athletes in their public role (fictional); patients anonymous.",
)

# -------------------------------------------------------------------- statistic

# 138
p(
    "en",
    "statistic",
    "Of the 312 head injuries from skiing and snowboarding we treated this season, 78% involved no helmet. One who WAS wearing one: Declan, 15, whose cracked helmet now hangs in our Summit ER as a reminder. ⛑️",
    [
        ("NAME", "Declan"),
    ],
    note="A statistic that names one patient. Age 15 is not labelled.",
)

# 139
p(
    "en",
    "statistic",
    "Altitude-sickness visits by the numbers, 2024: 1,140 patients; median age 41; 62% visitors in their first 48 hours. Oldest: a 97-year-old visiting her great-grandkids, who went home fine on oxygen. 🏔️",
    [
        ("AGE", "97-year-old"),
    ],
    note="The oldest patient's exact age over 89 is an identifier even without a name.",
)

# 140
n(
    "es",
    "statistic",
    "En 2024 atendimos 1,140 casos de mal de altura. El 38% eran visitantes que llevaban menos de 48 horas en la montaña. Suba despacio: duerma una noche en Denver antes de subir a Summit.",
    "Aggregate numbers and general advice.",
)

# 141
n(
    "en",
    "statistic",
    "Colorado has led the nation in avalanche deaths for most of the last 70 years, and more than half of those killed were experienced backcountry users. Training matters. So does the forecast.",
    "State-level statistic.",
)

# 142
n(
    "es",
    "statistic",
    "En 2024 hicimos 9,800 interpretaciones en español, 2,100 en k'iche', 1,450 en dari y 1,200 en ucraniano. Pedir intérprete es su derecho y es gratis.",
    "Interpreter counts by language.",
)

# 143
n(
    "en",
    "statistic",
    "July is our busiest month for river injuries: 46 rafting and kayaking patients last July alone, most between the ages of 18 and 35. Wear the PFD. 🛶",
    "A month in a statistic about many patients.",
)

# 144
n(
    "en",
    "statistic",
    "Patients aged 90 and over made up 4% of our Denver admissions last year, up from 2.5% in 2019. Our geriatric trauma team is growing to match. 👵👴",
    "A population age band, not a patient's age.",
)

# 145
n(
    "es",
    "statistic",
    "Las caídas son la causa número uno de lesiones en adultos mayores de 90 años. Quite tapetes sueltos, ponga luz en los pasillos y revise sus medicinas con su doctor.",
    "Population age ('mayores de 90 años') and advice.",
)

# 146
n(
    "en",
    "statistic",
    "Flight For Life flew 612 missions into our Denver and Summit helipads last year, including 88 from above 12,000 feet. Average time from call to landing: 23 minutes. 🚁",
    "Aggregate flight numbers.",
)

# 147
n(
    "en",
    "statistic",
    "Average ER door-to-doctor time in February: 11 minutes in Denver, 9 minutes in Frisco, even on powder days. Thank you, ER teams. ⏱️",
    "A month of operational statistics at our own sites.",
)

# ------------------------------------------------------------------ recruitment

# 148
p(
    "en",
    "recruitment",
    "We're hiring NICU nurses! 💼 Ask Kenna Holloway why she applied: she spent her first 61 days of life in our NICU after being born on Christmas Eve 2001, and now she works the very same unit. Apply at frontrangealpine.org/careers",
    [
        ("NAME", "Kenna Holloway"),
        ("DATE", "Christmas Eve 2001"),
    ],
    note="A nurse who was our NICU patient: her name and birth date (holiday with its year) as a patient are labelled.",
)

# 149
p(
    "es",
    "recruitment",
    "¿Habla dari o pastún? Buscamos intérpretes médicos. Pregúntenle a Nasrin, que fue nuestra paciente cuando llegó de Kabul y hoy estudia para ser intérprete certificada. Más información: frontrangealpine.org/empleos",
    [
        ("NAME", "Nasrin"),
        ("GEO", "Kabul"),
    ],
    note="A former patient named, with her former home city.",
)

# 150
n(
    "en",
    "recruitment",
    "Now hiring: flight paramedics and ski-patrol liaison EMTs for our Summit campus. Signing bonus, Epic pass, and workforce housing in Frisco. Apply by March 31 at frontrangealpine.org/careers 🏔️",
    "Job post: deadline date and staff housing.",
)

# 151
n(
    "es",
    "recruitment",
    "Contratamos personal de limpieza ambiental para el turno de noche en Frisco. Se habla español y k'iche'. Llame al (970) 555-0150 o visítenos en 340 Peak One Drive.",
    "Job post with the hospital's phone and street.",
)

# 152
n(
    "en",
    "recruitment",
    "Travel nurses: spend a ski season with us. 13-week contracts, housing in Breckenridge, and mornings free for first chair. DM @FrontRangeAlpine for details.",
    "Job post; the hospital's handle.",
)

# 153
n(
    "es",
    "recruitment",
    "Feria de empleo el 9 de abril en el centro comunitario de Dillon, de 10 a 2. Buscamos asistentes de enfermería, cocineros y técnicos. Traiga su currículum. ¡Le esperamos!",
    "Job-fair date and venue.",
)

# 154
n(
    "en",
    "recruitment",
    "Now hiring Ukrainian- and Russian-speaking medical interpreters for our Denver campus. Medical terminology training provided. Apply at frontrangealpine.org/careers",
    "Job post.",
)

# 155
n(
    "en",
    "recruitment",
    "Applications are open for our Wilderness & High-Altitude Medicine Fellowship, led by Dr. Lena Marchetti. Two positions for July 2026. Deadline Nov. 1.",
    "Program director (staff) and deadlines.",
)

# 156
n(
    "en",
    "recruitment",
    "Volunteers wanted at the Frisco ER: greeters, wayfinders, and warm-blanket runners. Spanish speakers especially welcome. Training is the first Saturday of every month.",
    "Volunteer recruitment.",
)

# 157
n(
    "en",
    "recruitment",
    "Our free CNA training program for refugees and new immigrants starts again in September, with classes in English and Dari support. 24 graduates last year now work on our units. 💙",
    "Program start month; population groups.",
)

# --------------------------------------------------------------- crisis_update

# 158
p(
    "en",
    "crisis_update",
    "Update on the Vail Pass pileup: among the patients we received is Tyler Okafor, 17, the Summit High goalie, whose family has asked us to share that he is in serious but stable condition. They ask for prayers and privacy. #PrayForTyler",
    [
        ("GEO", "Vail Pass"),
        ("NAME", "Tyler Okafor"),
        ("NAME", "#PrayForTyler"),
    ],
    note="Named patient of a pileup: his name, name hashtag, the road of his crash. His school is not an identifier; age 17 is not labelled.",
)

# 159
p(
    "es",
    "crisis_update",
    "Actualización: de los dos trabajadores atrapados por la avalancha en el Paso Berthoud, Héctor Batz se encuentra estable en nuestra UCI. Su esposa, Lilian, pide oraciones por su compañero, que sigue en cirugía.",
    [
        ("GEO", "Paso Berthoud"),
        ("NAME", "Héctor Batz"),
        ("NAME", "Lilian"),
    ],
    note="Named patient and wife; the pass where he was caught. The co-worker is anonymous.",
)

# 160
p(
    "en",
    "crisis_update",
    "We've had many calls about the wildfire evacuations. Pearl Abernathy, 91, of Bailey, is safe at our Denver campus. Her grandson Drew asks that family reach him directly at drew.abernathy@outlook.com rather than calling our main line.",
    [
        ("NAME", "Pearl Abernathy"),
        ("AGE", "91"),
        ("GEO", "Bailey"),
        ("NAME", "Drew"),
        ("EMAIL", "drew.abernathy@outlook.com"),
    ],
    note="Patient, age 91, home town, grandson and his email.",
)

# 161
p(
    "en",
    "crisis_update",
    "SHELTER-IN-PLACE LIFTED ON 5 NORTH. ALL PATIENTS BACK IN THEIR ROOMS EXCEPT RM 512 (MARTINEZ), WHO REMAINS IN PACU. THANK YOU FOR YOUR PATIENCE. — copied from the internal alert, sorry",
    [
        ("OTHER_ID", "RM 512"),
        ("NAME", "MARTINEZ"),
    ],
    note="Pasted alert: room number with keyword and patient surname in caps. 5 NORTH and PACU are units.",
)

# 162
n(
    "en",
    "crisis_update",
    "We are receiving 14 patients from the bus rollover on I-70. Families looking for loved ones: please call our reunification line at (303) 555-0100. Do not come to the ER. We will update here. #I70Crash",
    "Mass-casualty incident with no individual patient; hospital line.",
)

# 163
n(
    "es",
    "crisis_update",
    "Estamos recibiendo a 14 pacientes del accidente del autobús en la I-70. Si busca a un familiar, llame a nuestra línea en español: (303) 555-0111. Por favor, no venga a Urgencias. Publicaremos actualizaciones aquí.",
    "Mass-casualty incident with no individual patient; hospital Spanish line.",
)

# 164
n(
    "en",
    "crisis_update",
    "Our Summit campus is running on generator power after a transformer failure on Peak One Drive. All patient care continues normally; elective surgeries today are rescheduled. We'll update by 3 p.m.",
    "Hospital operations update; the street is the hospital's.",
)

# 165
n(
    "es",
    "crisis_update",
    "Por la tormenta, nuestras clínicas de Breckenridge y Dillon estarán cerradas hoy, 15 de enero. Urgencias de Frisco sigue abierta las 24 horas. Si es una emergencia, llame al 911.",
    "Closure date of our clinics; 911.",
)

# 166
n(
    "en",
    "crisis_update",
    "Wildfire smoke advisory for the Front Range through Thursday. If you have asthma or COPD, stay indoors, run a HEPA filter, and keep rescue inhalers handy. 🔥",
    "Public advisory.",
)

# 167
n(
    "en",
    "crisis_update",
    "Measles exposure notice: anyone in the Frisco ER waiting room on March 4 between 2 and 6 p.m. may have been exposed. Check your vaccine records and call (970) 555-0150 if you develop fever or rash.",
    "Exposure window at our ER concerns the public, not one patient; hospital phone.",
)

# 168
n(
    "es",
    "crisis_update",
    "Aviso: estamos atendiendo varios casos de norovirus relacionados con un albergue temporal del área metropolitana. Lávese las manos con agua y jabón; el gel no es suficiente contra este virus.",
    "Outbreak notice about a group; no place or person identified.",
)

# --------------------------------------------------------------------- research

# 169
p(
    "en",
    "research",
    "Our HAPE-PREVENT trial is officially underway! 🎉 Our very first participant, Gary Ulrich of Fairplay, enrolled on Nov. 4 and says he signed up 'so nobody else's vacation ends like mine did.'",
    [
        ("NAME", "Gary Ulrich"),
        ("GEO", "Fairplay"),
        ("DATE", "Nov. 4"),
    ],
    note="Named trial participant (a former patient), home town, enrolment date.",
)

# 170
p(
    "en",
    "research",
    "Our case report on severe Raynaud's phenomenon after a Ukrainian winter evacuation is out in Wilderness & Environmental Medicine. Huge thanks to Olga Petrenko, who let us tell her story so other clinicians can recognize it. 📄",
    [
        ("NAME", "Olga Petrenko"),
    ],
    note="The case-report patient is named. Raynaud's is an eponym.",
)

# 171
p(
    "es",
    "research",
    "Don Aurelio Quiej es el participante HX-001 de nuestro estudio sobre frío y salud en trabajadores de resorts. 'Si mi experiencia ayuda a otros compañeros, aquí estoy', nos dijo. ¡Gracias, don Aurelio!",
    [
        ("NAME", "Aurelio Quiej"),
        ("OTHER_ID", "HX-001"),
        ("NAME", "Aurelio", 2),
    ],
    note="Named study participant and his participant number (OTHER_ID).",
)

# 172
n(
    "en",
    "research",
    "New study from our high-altitude team: in 400 visitors to Summit County, a low dose of acetazolamide started the day before arrival cut acute mountain sickness by about half. Talk to your doctor before your trip.",
    "Aggregate research result.",
)

# 173
n(
    "es",
    "research",
    "Nuevo estudio: 1 de cada 3 trabajadores inmigrantes de los resorts de Summit no tiene médico de cabecera. Nuestro equipo de salud comunitaria usará estos datos para abrir horarios nocturnos.",
    "Population statistic.",
)

# 174
n(
    "en",
    "research",
    "Published this week: Drs. Tomás Herrera and Anika Sorensen reviewed 2,900 ski and snowboard trauma cases from 2015 to 2024. Helmet use rose from 61% to 88%, and severe brain injuries fell by a third.",
    "Staff authors and aggregate data.",
)

# 175
n(
    "en",
    "research",
    "Our study with refugee families from Afghanistan and Ukraine found that kids screened for trauma symptoms within 30 days of arrival were twice as likely to get counseling. All data were de-identified.",
    "De-identified study of population groups; countries are not GEO.",
)

# 176
n(
    "es",
    "research",
    "Investigación: nuestro equipo estudia cómo afecta la altura a niños con síndrome de Down, que tienen más riesgo de edema pulmonar de altura. Si le interesa participar, pregunte en la clínica de Denver.",
    "Eponymous condition and recruitment for a study.",
)

# 177
n(
    "en",
    "research",
    "Congratulations to Dr. Lena Marchetti, awarded a five-year NIH grant to study sleep apnea at altitude in resort workers! 🏆",
    "Staff researcher.",
)

# 178
n(
    "en",
    "research",
    "Do avalanche airbags save lives? Our review of 106 burials found survival was higher with a deployed airbag, but only when the rider was also wearing a beacon. Gear works best together.",
    "Aggregate research.",
)

# -------------------------------------------------------------- public_figure

# 179
p(
    "en",
    "public_figure",
    "Get well soon, Marcus Tate! 🏈 The Broncos linebacker had his ACL repaired by our sports medicine team on Dec. 3, and he's already asking when he can lift again. Patience, big guy. #BroncosCountry",
    [
        ("NAME", "Marcus Tate"),
        ("DATE", "Dec. 3"),
    ],
    note="A (fictional) public figure who is our patient: name and surgery date are labelled.",
)

# 180
p(
    "en",
    "public_figure",
    "The whole Summit ER is rooting for #JesseStrong 💙 Avs forward Jesse Nordberg was checked out by our team after taking a hit in his charity ski race, and we're glad to report he's home resting.",
    [
        ("NAME", "#JesseStrong"),
        ("NAME", "Jesse Nordberg"),
    ],
    note="A (fictional) Avalanche player treated by us: name hashtag and name.",
)

# 181
p(
    "es",
    "public_figure",
    "La cantante Lupe Villarreal fue atendida en nuestra sala de urgencias la noche del 12 de julio por mal de altura después de su concierto en Red Rocks. Ya está bien y nos mandó un saludo: '¡Gracias, Denver!' 🎤",
    [
        ("NAME", "Lupe Villarreal"),
        ("DATE", "12 de julio"),
    ],
    note="A (fictional) singer who was our patient: name and visit date. Red Rocks and Denver are the concert venue and her greeting.",
)

# 182
p(
    "en",
    "public_figure",
    "Our friend Kyle Brandvold, everybody's favorite weekend TV weather guy, broke his ankle at Winter Park on the 6th and spent the night with us. He says the forecast is 'partly casted with a chance of crutches.' 🌦️",
    [
        ("NAME", "Kyle Brandvold"),
        ("GEO", "Winter Park"),
        ("DATE", "6th"),
    ],
    note="A (fictional) local celebrity as patient: name, injury site, day of the month.",
)

# 183
n(
    "en",
    "public_figure",
    "In 1806, Zebulon Pike predicted no one would ever reach the summit of the peak that now bears his name. Tens of thousands run up it every August. Our Pikes Peak medical team will be there on race weekend. 🏔️",
    "Historical figure and an event.",
)

# 184
n(
    "es",
    "public_figure",
    "El gobernador de Colorado visitó hoy nuestra clínica de Frisco para hablar de vivienda para trabajadores de la salud en los pueblos de montaña. Gracias por escuchar a nuestro personal.",
    "An official's visit to our clinic.",
)

# 185
n(
    "en",
    "public_figure",
    "Katharine Lee Bates wrote 'America the Beautiful' after a trip to the top of Pikes Peak in 1893. We think of her every August when our medics are treating altitude sickness at the summit. 🎶",
    "Historical figure; anonymous patients.",
)

# 186
n(
    "es",
    "public_figure",
    "El capitán de los Avalanche, Jesse Nordberg, y su compañero Nikolai Varga visitaron a los niños del hospital y les regalaron palos de hockey firmados. 🏒 ¡Gracias por la visita!",
    "Visiting athletes in their public role (fictional); children anonymous.",
)

# 187
n(
    "en",
    "public_figure",
    "Two-time Olympic halfpipe medalist Chloe Marten will headline our helmet-safety assembly at Summit Middle School on Feb. 12. Chloe has talked openly about the concussion that ended her 2018 season. ⛑️",
    "A (fictional) athlete speaking at an event about her own public injury; not our patient.",
)

# 188
n(
    "es",
    "public_figure",
    "La marchista guatemalteca Elena Ajpop, medallista panamericana, corrió con nuestro equipo en la carrera de 5 km de la Feria de Salud. ¡Gracias por inspirar a nuestras familias!",
    "A (fictional) athlete at our event.",
)

# 189
n(
    "en",
    "public_figure",
    "Hall of Fame ski racer Birgit Aas, 92, unveiled the new trail-map mural in our Summit lobby today. She raced at the 1956 Winter Olympics and still skis every Tuesday. 🎿",
    "A (fictional) public figure's age over 89 is not labelled; she is not a patient.",
)

# ------------------------------------------------------- eponymous_condition

# 190
p(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter disease is common in growing athletes, just ask Parker, 13, a hockey player from (yes, really) Parker, Colorado, who came to our sports med clinic on Jan. 9 with aching knees. Rest, stretching and a strap later, Parker is back on the ice. 🏒",
    [
        ("NAME", "Parker", 1),
        ("GEO", "Parker", 2),
        ("NAME", "Parker", 3),
        ("DATE", "Jan. 9"),
    ],
    note="A patient named Parker from the town of Parker: first and third occurrences NAME, second GEO; visit date. Osgood-Schlatter is an eponym.",
)

# 191
p(
    "en",
    "eponymous_condition",
    "Yes, her name is Addison, and yes, she has Addison's disease. 😅 Addison Kim, 16, of Castle Rock, was diagnosed here after collapsing on the slopes on Feb. 8. She asked us to share: an adrenal crisis can look a lot like altitude sickness.",
    [
        ("NAME", "Addison", 1),
        ("NAME", "Addison Kim"),
        ("GEO", "Castle Rock"),
        ("DATE", "Feb. 8"),
    ],
    note="Patient named Addison with Addison's disease: the eponym occurrence is not labelled (declared ok); home town and date of collapse.",
    ok=("Addison",),
)

# 192
p(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare: about 1 in 100,000 people a year. Dasha, a Ukrainian teen living in Englewood, is one of them. After five weeks with us, she walked out on her own on 4/12. #DashaSteps",
    [
        ("NAME", "Dasha"),
        ("GEO", "Englewood"),
        ("DATE", "4/12"),
        ("NAME", "#DashaSteps"),
    ],
    note="Patient nickname, home town, discharge date, name hashtag. Guillain-Barré is an eponym.",
)

# 193
n(
    "en",
    "eponymous_condition",
    "Falling on an outstretched hand is the classic way to get a Colles fracture, and beginner snowboarders do it a lot. Wrist guards cut the risk in half. Buy them with your first lesson. 🏂",
    "Eponymous fracture, general advice.",
)

# 194
n(
    "es",
    "eponymous_condition",
    "Clases gratuitas de tai chi para personas con enfermedad de Parkinson todos los jueves en nuestro centro de Denver. Mejoran el equilibrio y previenen caídas. Inscripciones: (303) 555-0100.",
    "Eponymous condition; hospital phone.",
)

# 195
n(
    "en",
    "eponymous_condition",
    "October is Down Syndrome Awareness Month 💛💙 Our pediatric cardiology team follows more than 200 kids with Down syndrome, and this month they're hosting an adaptive ski day at Copper with our partners.",
    "Awareness month, eponym, event venue.",
)

# 196
n(
    "es",
    "eponymous_condition",
    "Fenómeno de Raynaud: si sus dedos se ponen blancos y luego azules con el frío, no es solo 'mala circulación'. Consulte a su médico, sobre todo si trabaja al aire libre en la montaña. 🧤",
    "Eponymous condition, general advice.",
)

# 197
n(
    "en",
    "eponymous_condition",
    "Fun fact for sports fans: Tommy John surgery and Lou Gehrig's disease are both named after ballplayers. Lou Gehrig's disease (ALS) has nothing to do with baseball, though. Our ALS clinic meets every Wednesday.",
    "Eponyms named after public figures.",
)

# 198
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma survivors, this one's for you: our oncology team's annual survivors ski day is Jan. 25 at Keystone. Free lift tickets for survivors and one guest. ⛷️",
    "Eponym; event date and venue.",
)

# 199
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki es una de las causas más comunes de problemas del corazón adquiridos en niños. Si su hijo tiene fiebre por más de 5 días con ojos rojos y labios partidos, consulte a su pediatra.",
    "Eponymous condition, general advice.",
)

# ---------------------------------------------------------------------- sponsor

# 200
p(
    "en",
    "sponsor",
    "Thank you to Greg and Linda Paulsen, who donated two new rescue toboggans to Summit County Rescue Group in memory of their son Tyler. Tyler died in our ICU after an avalanche on Jones Pass on March 12, 2019. His legacy will carry others off the mountain. 💙",
    [
        ("NAME", "Greg"),
        ("NAME", "Linda Paulsen"),
        ("NAME", "Tyler", "*"),
        ("GEO", "Jones Pass"),
        ("DATE", "March 12, 2019"),
    ],
    note="Donors introduced as a patient's parents are labelled; the patient, his accident site and date (with attached year).",
)

# 201
p(
    "en",
    "sponsor",
    "The Delacroix family donated six new cuddle chairs to our NICU in honor of their daughter Celeste, who was born here at 27 weeks on 9/9. Celeste is now a kindergartner who 'doesn't remember any of it, obviously.' 🪑💕",
    [
        ("NAME", "Delacroix"),
        ("NAME", "Celeste", "*"),
        ("DATE", "9/9"),
    ],
    note="Donor family of a former patient, the patient and her birth date.",
)

# 202
p(
    "en",
    "sponsor",
    "Big thanks to Peak Plumbing & Heating for sponsoring our Helmet Week raffle! Owner Dusty Albrecht says his son Colby's snowboard crash at Breck last season, and the three weeks Colby spent with us, made it personal. 🧰",
    [
        ("NAME", "Dusty Albrecht"),
        ("NAME", "Colby", "*"),
        ("GEO", "Breck"),
    ],
    note="Sponsor's owner is a patient's father (labelled, the business is not); the son and his crash site. 'last season' is a season.",
)

# 203
n(
    "en",
    "sponsor",
    "Thank you to the Denver Broncos Foundation for a $250,000 grant to expand our youth concussion clinic! 🐴🧠",
    "Foundation donor.",
)

# 204
n(
    "es",
    "sponsor",
    "¡Gracias a la Panadería La Guadalupana de Leadville por donar 500 conchas para nuestra feria de salud! Así da gusto vacunarse. 🍞",
    "Business sponsor; its town is not a patient's.",
)

# 205
n(
    "en",
    "sponsor",
    "Thanks to our partners at Mountain Peak Resorts for donating 150 season passes to our Summit staff. Fresh air counts as self-care. ⛷️",
    "Corporate sponsor; staff.",
)

# 206
n(
    "es",
    "sponsor",
    "La familia Whitcomb, a través de su fundación, donó 40 sillas de ruedas para la nieve a nuestra clínica de Breckenridge. ¡Gracias por su generosidad!",
    "Donor family not tied to a patient: not labelled.",
)

# 207
n(
    "en",
    "sponsor",
    "Ribbon-cutting Friday for the Harold & Ruth Engstrom Family Pavilion, home of our new pediatric rehab gym. The Engstroms have supported Front Range Alpine Health for 30 years. 🎀",
    "Donors who name a building.",
)

# 208
n(
    "es",
    "sponsor",
    "El jugador de los Avalanche Nikolai Varga donó 100 cascos para niños de familias trabajadoras en Summit. Se entregarán en nuestras clínicas durante el mes de diciembre. ⛑️",
    "A (fictional) athlete donor; a distribution month.",
)

# 209
n(
    "en",
    "sponsor",
    "We're proud to be the official medical sponsor of the Pikes Peak Ascent and Marathon again this year. Look for our tents at Barr Camp and at the summit. 🏔️",
    "Race sponsorship; venues.",
)

# ----------------------------------------------------------- hospital_contact

# 210
p(
    "en",
    "hospital_contact",
    "Lots of you asked how to send cards to the Oyelaran family. Pete's sister set up an email for them: ngozi.oyelaran.family@gmail.com 💌 Please don't mail cards to our ER; they'll get there faster this way.",
    [
        ("NAME", "Oyelaran"),
        ("NAME", "Pete"),
        ("EMAIL", "ngozi.oyelaran.family@gmail.com"),
    ],
    note="Patient family surname, patient first name, the family's email (not ours).",
)

# 211
p(
    "en",
    "hospital_contact",
    "Heads up: a family member shared their son's fundraiser link in our comments, gofundme.com/f/help-brayan-lopez-heal, which lists his surgery dates. We've hidden the comment for their privacy. Please don't repost patient info here.",
    [
        ("URL", "gofundme.com/f/help-brayan-lopez-heal"),
    ],
    note="A family's fundraiser URL carrying the patient's name.",
)

# 212
p(
    "en",
    "hospital_contact",
    "The Kuznetsov family has asked us to share Ivan's cell for anyone who wants to reach them directly: (720) 555-0139. For questions about a hospital bill, please call our billing office at (303) 555-0175 instead.",
    [
        ("NAME", "Kuznetsov"),
        ("NAME", "Ivan"),
        ("PHONE", "(720) 555-0139"),
    ],
    note="Patient family's surname, relative's name and phone, next to the hospital's billing number (not labelled).",
)

# 213
n(
    "en",
    "hospital_contact",
    "Who to call: Main line (303) 555-0100 · Summit Medical Center (970) 555-0150 · Breckenridge Clinic (970) 555-0122 · Billing (303) 555-0175 · Media (303) 555-0188. In an emergency, call 911.",
    "Hospital's own numbers and 911.",
)

# 214
n(
    "es",
    "hospital_contact",
    "¿Necesita ayuda en español? Llame a nuestra línea en español, (303) 555-0111, o visítenos en 1600 Alpine Crest Parkway, Denver, CO 80204. También puede escribirnos en @FRAHenEspanol.",
    "Hospital's phone, address and handle.",
)

# 215
n(
    "en",
    "hospital_contact",
    "Find us online: frontrangealpine.org for appointments, alpinehealthfoundation.org to give, and @FrontRangeAlpine, @FRAH_Summit and @AlpineHealthFdn for news. We never ask for your medical information in DMs.",
    "Hospital's domains and handles.",
)

# 216
n(
    "es",
    "hospital_contact",
    "Para entrar a su portal de paciente, use su correo y la contraseña que creó. Su usuario NO es su número de expediente. ¿Problemas? Llame al (303) 555-0100 y marque 3.",
    "Portal instructions without any user name; hospital phone.",
)

# 217
n(
    "en",
    "hospital_contact",
    "Our Summit ER is at 340 Peak One Drive, Frisco, CO 80443, open 24/7. Follow the blue signs from Main Street. Ski patrol transfers come in through the north entrance.",
    "Hospital's own address and entrance.",
)

# 218
n(
    "es",
    "hospital_contact",
    "La clínica de Breckenridge (85 Blue River Road) abre de 8 a 6 todos los días durante la temporada de esquí. Sin cita para lesiones leves. Tel. (970) 555-0122.",
    "Clinic address, hours and phone.",
)

# 219
n(
    "en",
    "hospital_contact",
    "Not an emergency but not sure what to do? Poison Control: 1-800-222-1222. Suicide & Crisis Lifeline: 988. Emergency: 911. Our 24/7 nurse line: (303) 555-0100.",
    "National lines and the hospital nurse line.",
)

# 220
n(
    "en",
    "hospital_contact",
    "Need an interpreter for your visit? Tell the front desk or call (303) 555-0111 before your appointment. We offer Spanish, K'iche', Dari, Pashto, Ukrainian and 200+ other languages, free.",
    "Hospital's interpreter line.",
)

# ------------------------------------------------------------ campaign_hashtag

# 221
p(
    "en",
    "campaign_hashtag",
    "Helmet Week, day 3: our Summit ER team says #BeLikeBodhi 🧠⛑️ He wore his, he walked out. #HelmetsOnFRAH",
    [
        ("NAME", "#BeLikeBodhi"),
    ],
    note="A patient named only in a hashtag; #HelmetsOnFRAH is a campaign.",
)

# 222
p(
    "en",
    "campaign_hashtag",
    "Purple lights on the Denver tower tonight for #AmiraStrong 💜 and for every kid fighting cancer this September. #ChildhoodCancerAwarenessMonth",
    [
        ("NAME", "#AmiraStrong"),
    ],
    note="Name hashtag of a patient; the awareness month hashtag is not a name.",
)

# 223
p(
    "en",
    "campaign_hashtag",
    "#MilesForMilo just passed $40,000! 🚴 Milo is still on 5 West and he's been watching the leaderboard from his bed. Keep riding, Front Range.",
    [
        ("NAME", "#MilesForMilo"),
        ("NAME", "Milo"),
    ],
    note="Fundraising hashtag with the patient's name and the name itself.",
)

# 224
n(
    "en",
    "campaign_hashtag",
    "One team, two campuses, all the way up 🏔️ #FrontRangeStrong #SummitStrong #AltitudeAware",
    "Campaign hashtags only.",
)

# 225
n(
    "es",
    "campaign_hashtag",
    "Este invierno, cuide su salud en la altura: agua, descanso y casco. #SaludEnLaAltura #UnidosPorSummit",
    "Campaign hashtags; a season.",
)

# 226
n(
    "en",
    "campaign_hashtag",
    "Avalanche Awareness Week: check the forecast, carry the gear, and go with a partner. #KnowBeforeYouGo #AvySavvy ❄️",
    "Awareness week and campaign hashtags.",
)

# 227
n(
    "en",
    "campaign_hashtag",
    "Standing with our Ukrainian neighbors, patients and staff, three years on. 💛💙 #StandWithUkraine #FRAHforAll",
    "Solidarity hashtags; population group.",
)

# 228
n(
    "en",
    "campaign_hashtag",
    "Hope doesn't take a day off, and neither do we. Our #HopeOnTheSlopes campaign raised $82,000 for adaptive ski lessons this winter. Thank you! ⛷️",
    "'Hope' is the word and #HopeOnTheSlopes a campaign, not a patient.",
)

# 229
n(
    "es",
    "campaign_hashtag",
    "Del 15 de septiembre al 15 de octubre celebramos el #MesDeLaHerenciaHispana con música, comida y ferias de salud en Denver y Summit. ¡Acompáñenos! 🎉",
    "Heritage month dates and campaign hashtag.",
)

# 230
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! Every dollar given today through alpinehealthfoundation.org is matched up to $50,000 for our interpreter program. 💙",
    "Campaign hashtag; foundation domain.",
)

# ------------------------------------------------------------ anonymous_story

# 231
p(
    "en",
    "anonymous_story",
    "A dad from Fraser carried his 6-year-old into our ER at 2 a.m. last week, both of them blue-lipped after their furnace failed. Both are fine. Please, get your furnace checked before winter. 🔥",
    [
        ("GEO", "Fraser"),
    ],
    note="Nameless, but the patients' home town is an identifier, so the story is patient-specific.",
)

# 232
n(
    "en",
    "anonymous_story",
    "A patient in her 90s asked our night nurse to braid her hair the way her mother used to. The nurse stayed after her shift to do it. That's it. That's the post. 💜",
    "An age decade ('in her 90s') is not an age token: anonymous story.",
)

# 233
n(
    "es",
    "anonymous_story",
    "Un paciente de 89 años nos dijo ayer que su secreto para llegar tan lejos es 'frijoles, caminar y no pelear con la esposa'. Tomamos nota. 😄",
    "Age 89 is not over 89; 'ayer' is relative.",
)

# 234
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back this week to deliver cookies, and she's taller than some of our nurses now. Every tiny fighter we send home, we never forget. 💕",
    "Anonymous former patient.",
)

# 235
n(
    "es",
    "anonymous_story",
    "Una familia afgana que llegó hace poco a Colorado nos trajo pan recién horneado para agradecer la atención de su bebé. No hablamos dari, pero el pan se entiende en todos los idiomas. 🫓",
    "Anonymous family; nationality and a state.",
)

# 236
n(
    "en",
    "anonymous_story",
    "A Ukrainian grandmother in our rehab unit has been teaching the physical therapists folk songs between exercises. Nobody knows the words, but everybody sings. 🎶",
    "Anonymous patient; nationality.",
)

# 237
n(
    "en",
    "anonymous_story",
    "A hotel housekeeper who works in Vail came in with frostbite after waiting 40 minutes for a bus in a blizzard. She's fine. We're now talking with employers about heated bus shelters. 🚌",
    "Anonymous patient; Vail is where her employer is, not her home.",
)

# 238
n(
    "en",
    "anonymous_story",
    "A grandpa visiting his grandkids taught our nurses to play lotería while he waited for his lab results. He won three times. 🎲",
    "Anonymous patient; no age, date or place.",
)

# 239
n(
    "en",
    "anonymous_story",
    "Last night a snowboarder was brought in hypothermic after a night lost in the trees. This morning he ate three breakfasts. Tell someone where you're riding, always. ❄️",
    "Anonymous patient; relative times only.",
)

# 240
n(
    "en",
    "anonymous_story",
    "A rafter in his 60s who'd run the same river for 40 years got caught in a hole on a high-water day. He asked us to share one line: 'the river doesn't care how experienced you are.'",
    "Anonymous patient in his 60s; the river is not named.",
)

if __name__ == "__main__":
    S.main("phi_dev50_source")
