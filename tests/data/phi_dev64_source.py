"""Blind development set d64 for the PHI scanner: tests/data/phi_dev64.jsonl.

Organisation: Sunshine Coast Senior Health, a geriatric system with a main campus in
The Villages (1500 Morse Boulevard), a campus in Hialeah (3400 West 12th Avenue) and the
Sunshine House hospice in Lady Lake (phi_dev64_org.json: 9 lines 555-01xx, 3 addresses,
2 domains, 4 handles). Its numbers, addresses, domains and handles are never PHI.
Focus: geriatrics - centenarians and nonagenarians (patients, but also volunteers, staff,
donors and public figures whose ages are never labelled), Cuban and Puerto Rican retirees,
snowbirds, WWII and Korea veterans, hurricanes, falls and golf carts, memory care,
hospice, wedding anniversaries and birthdays written in every form.
Hard cases: names that are words, months, states or cities (Hope, Will, Faith, Norm,
Dot, June, May, Florida, Savannah, Georgia, Esperanza, Benigno, Socorro, Piedad,
Caridad); nicknames with don/doña and quoted nicknames; names only in hashtags or in pun
hashtags; lower-case and ALL-CAPS names; LAST, FIRST chart lines; initials (Mr. C, R.J.);
double and hyphenated surnames; relatives named in passing, including a doctor who is the
patient's daughter; patients who are volunteers, staff or public figures; employers;
dates as numbers, ordinals, day alone, Spanish dates, holidays that are the patient's
day (also written twice); ages over 89 in digits, words, ordinals, 94yo, 93M,
centenarian/nonagenarian/supercentenarian/centenaria; family phones, faxes, e-mails,
handles and URLs next to the hospital's own; MRNs, encounter, wristband, ticket, room,
bed, bay and hall ids; golf-cart decals. Hard negatives: staff, volunteers (90+), donors
(90+), visiting public figures, staff members' own families, historical figures,
eponymous conditions, awareness days, event dates and venues, statistics, campaign
hashtags shaped like name hashtags, decades ("in her late 90s"), age 88/89, counts
("100th family"), the hospital's own age, the hospital's addresses, numbers and towns.
Language mix: 240 posts, 142 English and 98 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- The Villages, Hialeah, Lady Lake are GEO only as a patient's or relative's home,
  birthplace or place of injury; as the location of a campus they are never labelled.
- Places and events of history the patient took part in (Pearl Harbor, Omaha Beach,
  Chosin Reservoir, Iwo Jima, the Mariel boatlift) are not GEO; military branches, units
  and ranks (US Army, USMC, WAC, 442nd, 1st Cavalry, Regimiento 65) are not labelled.
  A named day that is the patient's own date is DATE even when it is historical
  (a birthday on 6/6 called "D-DAY").
- Person-tied dates also include wedding dates (with their year), the date of the
  patient's funeral services and note/encounter dates in pasted records. A day of the
  month alone is labelled without article or preposition: "9th", "22nd", "día 5".
- Decades ("in her late 90s", "90-something", "noventa y tantos", "noventa y pico",
  "~90s") are not AGE (they say no more than 90+). A specific age over 89 of an unnamed
  patient is AGE and makes the post patient-specific, also inside a statistic or staff
  post ("our oldest patient this year was 108", "un paciente de 100 años").
  "centenarian", "nonagenarian", "supercentenarian", "centenaria" and "su centenario"
  (her 100th) are AGE. Ages in words span the whole number ("One hundred and two",
  "noventa y siete", "Ciento un"); ages over 89 of relatives are AGE; years married,
  unit numbers, counts and the hospital's own age are not.
- Periods of initials and suffixes belong to the NAME ("Gary M.", "R.J.", "GOLDBERG, S.",
  "Morty Jr."); "Vda. de" is left out like a title; ranks and titles (Sgt., Capt.,
  Commissioner, Nurse, Dra., don, doña, mister) are left out.
- A staff member, volunteer or public figure presented as our patient is a patient; a
  staff member named as a patient's relative is labelled as that relative. Staff
  members' own relatives are never labelled.
- A patient's current or former employer is NAME (Eastern Air Lines, Pan Am, Dorado
  Fashions, Bacardí); the hospital itself as employer is never labelled.
- A relative's home city is GEO (grandson from Pensacola). Puerto Rico is treated as a
  state (not GEO); its towns and barrios are GEO.
- The place of a patient's accident is GEO (a road, a market, a village) while event
  venues and churches are not.
- Ids tied to a patient: IT ticket, encounter and wristband numbers are OTHER_ID (value
  only); hallway beds, ED bays and observation beds keep their keyword ("Hall 3",
  "Bay 6", "Obs 6"); a golf-cart decal or a relative's car plate is VEHICLE.
- When a name string is also used as a word, month or state in the same post, only the
  name uses are labelled (Florida, May, the chaplain Grace), declared with ok.
- A pun hashtag containing the patient's name is a name hashtag (#GraceUnderPressure);
  hashtags quoted as examples in a campaign post (#TeamHarold) are not.
- PHOTO: alt text that says a patient is shown counts ("Image description"); a photo of
  a whiteboard does not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev64.jsonl"), os.path.join(HERE, "phi_dev64_org.json"), "d64")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday, Miss Opal! 🎂 Opal Wainwright was born July 4th — yes, the Fourth of July — in a farmhouse outside Macon, and today she blew out candles with her Rehab team on 3 West. #Opal100",
    [
        ("AGE", "100th"),
        ("NAME", "Opal Wainwright"),
        ("NAME", "Opal", "*"),
        ("DATE", "July 4th"),
        ("DATE", "Fourth of July"),
        ("GEO", "Macon"),
        ("NAME", "#Opal100"),
    ],
    note="patient's name, name hashtag, age 100th; birthday written twice (July 4th / Fourth of July) both DATE; birthplace Macon GEO; 3 West is a hospital unit",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Dolores, 96, our longest-serving volunteer. Every Tuesday since 1989 she has pushed the book cart through 4 North at the Morse Boulevard campus. Volunteer with us: (352) 555-0166. #VolunteerSpotlight",
    "volunteer's name and age over 89 are never labelled; hospital unit, street and volunteer line",
)

# 3
p(
    "es",
    "milestone_birthday",
    "¡Don Cheo cumplió 101 años! 🇵🇷 José 'Cheo' Rivera Santiago nació en Cayey un 15 de agosto y llegó a Hialeah en 1961. Hoy celebró con sus bisnietos en nuestro piso de rehabilitación. ¡Wepa!",
    [
        ("NAME", "José 'Cheo' Rivera Santiago"),
        ("NAME", "Cheo", "*"),
        ("AGE", "101"),
        ("GEO", "Cayey"),
        ("DATE", "15 de agosto"),
        ("GEO", "Hialeah"),
    ],
    note="nickname with don, full name with quoted nickname and double surname; 101 años -> 101; birthplace Cayey and home town Hialeah GEO; birthday 15 de agosto; bare year 1961 not labelled",
)

# 4
n(
    "en",
    "health_tip",
    "Falls are the #1 cause of injury for adults over 65. One in four Floridians 90 and older will fall this year. Clear the path, light the hallway, and call our Fall Prevention Clinic at (305) 555-0188. #FallsFreeFL",
    "population ages and statistics; hospital clinic number",
)

# 5
p(
    "en",
    "pasted_record",
    "Pt: HENDRICKS, WALLACE T  DOB 02/11/1929  MRN 4471-0938  Rm 214-B  Dx: R hip fx s/p fall from golf cart  Contact: dtr Peggy (352) 555-0191",
    [
        ("NAME", "HENDRICKS, WALLACE T"),
        ("DATE", "02/11/1929"),
        ("MRN", "4471-0938"),
        ("OTHER_ID", "Rm 214-B"),
        ("NAME", "Peggy"),
        ("PHONE", "(352) 555-0191"),
    ],
    note="pasted chart line: LAST, FIRST name, DOB with year, MRN value, room with keyword, daughter's name and phone (not a hospital line)",
)

# 6
n(
    "es",
    "health_tip",
    "🌀 Temporada de huracanes: si tiene un familiar mayor de 90 años que usa oxígeno, inscríbalo en el registro de necesidades especiales de su condado. ¿Dudas? Línea en español: (305) 555-0155. #ListosParaElHuracán",
    "population age (mayor de 90 años) and the hospital's Spanish line",
)

# 7
p(
    "en",
    "memorial",
    'We said goodbye to Sgt. Elmer "Dutch" Kowalczyk on Veterans Day, the same day he had marched in every parade since he came home from Korea. Dutch was 94. Our Sunshine House hospice team was honored to care for him. 🇺🇸',
    [
        ("NAME", 'Elmer "Dutch" Kowalczyk'),
        ("NAME", "Dutch", "*"),
        ("DATE", "Veterans Day"),
        ("AGE", "94"),
    ],
    note="name with quoted nickname (title Sgt. excluded); died on Veterans Day -> holiday is his date; age 94; Korea is a country",
)

# 8
n(
    "en",
    "public_figure",
    "On this day in 1944, Allied troops landed in Normandy. We are proud to serve more than 1,200 veterans of WWII and Korea every year across our two campuses. Thank you for your service. #DDay81",
    "historical event date, population of veterans, campaign hashtag",
)

# 9
p(
    "es",
    "milestone_birthday",
    "Feliz cumpleaños número 95 a nuestra querida Ofelia 💐 Nacida en Camagüey, Cuba, Ofelia cumple hoy, día de San Valentín. ¡Sus hijas Marisol y Teresita la sorprendieron con un mariachi! #Ofelia95",
    [
        ("AGE", "95"),
        ("NAME", "Ofelia", "*"),
        ("GEO", "Camagüey"),
        ("DATE", "día de San Valentín"),
        ("NAME", "Marisol"),
        ("NAME", "Teresita"),
        ("NAME", "#Ofelia95"),
    ],
    note="birthday number 95 is AGE; birthplace Camagüey GEO (Cuba is a country); birthday is Valentine's Day -> DATE; daughters' names; name hashtag",
)

# 10
n(
    "en",
    "event",
    "Join us Saturday, March 8 for the Sunshine Strut 5K on the Brownwood Paddock Square! All proceeds support memory care. Register at sunshinecoastgiving.org/strut #SunshineStrut",
    "event date and venue, hospital giving domain, campaign hashtag",
)

# 11
p(
    "en",
    "discharge",
    "Golf cart's fixed, hip's fixed, and Bud is headed home to the Village of Pinellas! 🏌️ Bud Ferraro, 92, came in 3/14 after a tumble on the cart path and walked out today with his walker and a grin. Fore! #BudIsBack",
    [
        ("NAME", "Bud Ferraro"),
        ("NAME", "Bud", "*"),
        ("GEO", "Village of Pinellas"),
        ("AGE", "92"),
        ("DATE", "3/14"),
        ("NAME", "#BudIsBack"),
    ],
    note="patient's name and name hashtag; home neighbourhood (a village of The Villages) GEO; age 92; admission 3/14",
)

# 12
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Caridad Fonseca, geriatra de nuestro campus de Hialeah desde hace 20 años. Su abuela vivió hasta los 104 y de ahí su vocación. ¡Gracias, doctora! #OrgulloSunshine",
    "doctor's name (Caridad is also a word) and her own grandmother's age are staff family, not a patient",
)

# 13
n(
    "en",
    "anonymous_story",
    "A patient in her late 90s told our night nurse she'd never seen the ocean. Last week, our team took her — wheelchair, oxygen and all — to the beach. She cried. So did we. 🌊 #WhyWeCare",
    "anonymous story; a decade (late 90s) is not a specific age",
)

# 14
p(
    "en",
    "thank_you",
    "THANK YOU to the family of MARGARET \"PEG\" O'SULLIVAN for the handmade quilts donated to our hospice rooms in her memory. Peg spent her final days in Room 7 at Sunshine House, and her daughter Kathleen says she'd have loved knowing they're keeping someone warm. ❤️",
    [
        ("NAME", 'MARGARET "PEG" O\'SULLIVAN'),
        ("NAME", "Peg"),
        ("OTHER_ID", "Room 7"),
        ("NAME", "Kathleen"),
    ],
    note="all-caps patient name with nickname; donors are the patient's family so the daughter is labelled; hospice room number",
)

# 15
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana celebramos a nuestros pacientes cubanos, puertorriqueños y dominicanos que llenan los pasillos de café, dominó y bolero. #HialeahFuerte #AbuelosConOrgullo #SunshineCoastSenior",
    "population groups and campaign hashtags",
)

# 16
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 ---- pt portal msg from dtr: 'hi this is Linda, mom (Irene Baptiste) is in bed 3 on the memory unit, can someone call me at 352.555.0149 or lindab1958@aol.com, she was admitted on the 9th'",
    [
        ("NAME", "Linda"),
        ("NAME", "Irene Baptiste"),
        ("OTHER_ID", "bed 3"),
        ("PHONE", "352.555.0149"),
        ("EMAIL", "lindab1958@aol.com"),
        ("DATE", "9th"),
    ],
    note="pasted portal message: daughter's name, phone and e-mail, patient's name, bed number, admission day of month alone",
)

# 17
n(
    "en",
    "hospital_contact",
    "Our Hialeah campus has moved its main entrance to 3400 West 12th Avenue, Hialeah, FL 33012. Parking is free. Questions? (305) 555-0144 or visit sunshinecoastsenior.org/hialeah",
    "the hospital's own address, ZIP, phone and domain",
)

# 18
p(
    "es",
    "memorial",
    "Con profundo cariño despedimos a doña Nilda Ortiz-Maldonado, maestra boricua de Ponce, quien falleció en paz el 2 de noviembre, Día de los Difuntos, rodeada de sus nietos. Tenía 98 años. QEPD 🕊️",
    [
        ("NAME", "Nilda Ortiz-Maldonado"),
        ("GEO", "Ponce"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Difuntos"),
        ("AGE", "98"),
    ],
    note="hyphenated surname (doña excluded); home town Ponce; death date written twice (2 de noviembre, Día de los Difuntos); age 98",
)

# 19
n(
    "en",
    "public_figure",
    "Honored to host Florida's Secretary of Elder Affairs, who toured our memory care unit today and thanked our 300+ nurses. Fun fact: the Secretary's own grandmother turned 103 this spring!",
    "public figure and her own grandmother, not a patient",
)

# 20
p(
    "en",
    "milestone_birthday",
    "ninety-nine and still beating everyone at dominoes 😂 happy birthday to our favorite rehab patient, mister rocco! love, the 2nd floor PT crew",
    [("AGE", "ninety-nine"), ("NAME", "rocco")],
    note="lower-case name and age in words",
)

# 21
n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Alzheimer afecta a 1 de cada 3 personas mayores de 85 años? Pregunte por nuestro grupo de apoyo para cuidadores, cada jueves a las 10 a.m. Info: (352) 555-0122.",
    "eponymous condition, statistic, hospital helpline",
)

# 22
p(
    "en",
    "discharge",
    "After 19 days and two hurricanes' worth of paperwork 😅, Mr. and Mrs. Abernathy are going home together to Sumter County. Herb (91) and June (90) were admitted the same night their roof came off. Married 68 years and counting!",
    [
        ("NAME", "Abernathy"),
        ("GEO", "Sumter County"),
        ("NAME", "Herb"),
        ("AGE", "91"),
        ("NAME", "June"),
        ("AGE", "90"),
    ],
    note="two patients: family surname, first names (June is also a month), ages 91 and 90, home county; years married is not an age",
)

# 23
n(
    "en",
    "eponymous_condition",
    "Parkinson's Awareness Month: tremor isn't the only sign. Small handwriting, soft voice and shuffling steps matter too. Dr. James Parkinson described it in 1817 — our Movement Disorders Clinic treats it today. (352) 555-0111",
    "eponymous condition, historical figure, hospital line",
)

# 24
p(
    "es",
    "thank_you",
    "Gracias a la familia Figueroa por los pastelitos de guayaba 🥐 que trajeron al equipo de la UCI después de que su papá, Ramón, salió de la habitación 412 el viernes. ¡Qué rico! #GraciasFamilia",
    [("NAME", "Figueroa"), ("NAME", "Ramón"), ("OTHER_ID", "habitación 412")],
    note="family surname, patient's first name, room number with keyword; weekday not labelled; campaign hashtag",
)

# 25
n(
    "en",
    "recruitment",
    "Now hiring CNAs for our memory care unit in The Villages! Our oldest CNA, Gladys, is 91 and says the secret is 'purpose and prune juice.' Apply: sunshinecoastsenior.org/careers",
    "staff member's name and age are never labelled; hospital domain",
)

# 26
p(
    "en",
    "patient_story",
    'Meet Hurricane Survivor #1: Augustina "Gussie" Mae Pruitt, 103, rode out Andrew in \'92 in a bathtub in Homestead and rode out Milton last fall in our Hialeah rehab gym. "I\'m not scared of wind," Gussie says. "I\'m scared of Jell-O."',
    [
        ("NAME", 'Augustina "Gussie" Mae Pruitt'),
        ("NAME", "Gussie", "*"),
        ("AGE", "103"),
        ("GEO", "Homestead"),
    ],
    note="name with nickname, age 103, her home town then (Homestead); hurricane names are not people; '92 is a bare year; the Hialeah gym is the hospital",
)

# 27
n(
    "es",
    "event",
    "🎉 Baile de San Valentín para residentes y familias: viernes 14 de febrero, 3 p.m., en el salón del campus de Hialeah. ¡Habrá danzón, bolero y flan! Reservas: (305) 555-0144.",
    "event date and hospital venue",
)

# 28
p(
    "en",
    "pasted_record",
    "ADMIT NOTE 10/07 2215 — 97yo F, fall at home (Lady Lake), found by neighbor. Acct# 7720-551-03. Hx CHF, AFib. Code status DNR. Family: son Gary M. 555-0114.",
    [
        ("DATE", "10/07"),
        ("AGE", "97yo"),
        ("GEO", "Lady Lake"),
        ("ACCOUNT", "7720-551-03"),
        ("NAME", "Gary M."),
        ("PHONE", "555-0114"),
    ],
    note="unnamed patient but admission date, age token 97yo, home town (Lady Lake, also the hospice's town), account number, son's name with initial and phone",
)

# 29
n(
    "en",
    "statistic",
    "By the numbers, 2024: 41 centenarians cared for, 612 falls prevented through home visits, 1,900 golf-cart safety checks, and one 104-year-old volunteer who still folds every newsletter. 💛",
    "population counts; a volunteer's age is never labelled",
)

# 30
p(
    "es",
    "discharge",
    "¡De alta! Después de 3 semanas, Papo regresa a su casa en la calle 49 de Hialeah 🏠. Su esposa Wanda lo esperaba con un sancocho. ¡Buen viaje, Papo!",
    [("NAME", "Papo", "*"), ("GEO", "calle 49"), ("GEO", "Hialeah"), ("NAME", "Wanda")],
    note="nickname, home street and city (the patient's, though also the hospital's city), wife's name",
)

# 31
n(
    "en",
    "crisis_update",
    "HURRICANE UPDATE 6 PM: Both campuses are on generator power and all patients are safe. Families: please do not drive in. For patient status call (352) 555-0100 (The Villages) or (305) 555-0144 (Hialeah). #SunshineCoastStrong",
    "crisis update with hospital numbers and campus towns",
)

# 32
p(
    "en",
    "memorial",
    'Rest easy, Chief. Master Chief Petty Officer (ret.) Lonnie Birdsong, 100, passed Dec 7 — the very day, in 1941, he survived the attack on Pearl Harbor as a 17-year-old sailor. His granddaughter Shay sang "Anchors Aweigh" at his bedside. 🇺🇸',
    [("NAME", "Lonnie Birdsong"), ("AGE", "100"), ("DATE", "Dec 7"), ("NAME", "Shay")],
    note="rank and 'Chief' are titles; age 100; death date Dec 7; granddaughter; Pearl Harbor names a historical event, 1941 a bare year, 17 an age under 90",
)

# 33
n(
    "es",
    "research",
    "Nuestro estudio sobre caídas en personas mayores de 90 años ya tiene 350 participantes en Hialeah y The Villages. Resultados preliminares: el tai chi reduce las caídas un 30%. Publicado en J Am Geriatr Soc.",
    "research news about a population",
)

# 34
p(
    "en",
    "thank_you",
    "Shoutout to Grace — not our chaplain Grace, the OTHER Grace 😄 — who at 90 just finished cardiac rehab and baked the whole unit a pound cake. Chaplain Grace says it's the best she's had. #GraceUnderPressure",
    [("NAME", "Grace", 1), ("NAME", "Grace", 3), ("AGE", "90"), ("NAME", "#GraceUnderPressure")],
    note="patient Grace labelled, chaplain Grace (2nd and 4th) is staff and not labelled; age 90; pun hashtag contains the patient's name",
    ok=("Grace",),
)

# 35
n(
    "en",
    "campaign_hashtag",
    "It's #GolfCartSafetyWeek! 🛺 Seatbelts aren't just for cars. Last year our ER saw 212 golf-cart injuries in riders 80 and up. Buckle up, slow down. #BuckleUpBuddy #SunshineCoastStrong",
    "campaign hashtags (#BuckleUpBuddy is not a person), statistics",
)

# 36
p(
    "es",
    "pasted_record",
    "Paciente: GONZÁLEZ DE LA CRUZ, MARÍA DEL CARMEN — F. nac. 12/03/1931 — NHC 0088213-4 — Cama 12, Unidad de Memoria — Seguro: Medicare 1EG4-TE5-MK72 — Contacto: nieta Yarelis, yare.gdlc@gmail.com",
    [
        ("NAME", "GONZÁLEZ DE LA CRUZ, MARÍA DEL CARMEN"),
        ("DATE", "12/03/1931"),
        ("MRN", "0088213-4"),
        ("OTHER_ID", "Cama 12"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("NAME", "Yarelis"),
        ("EMAIL", "yare.gdlc@gmail.com"),
    ],
    note="pasted chart line: compound surname LAST, FIRST; birth date; record number (NHC); bed; Medicare number; granddaughter's name and e-mail",
)

# 37
n(
    "en",
    "staff_spotlight",
    "Dr. Hiram Goldstein, 92, retired from our cardiology department this week after 61 years in medicine. He's not slowing down — he's joining our volunteer corps Monday. Mazel tov, Dr. G! 🎉",
    "retiring doctor; staff ages are never labelled",
)

# 38
p(
    "en",
    "patient_story",
    "Snowbird season is here ❄️➡️☀️ and so is Walt! Every fall Walter Lindqvist, 95, drives down from Duluth with his late wife's roses in a cooler, and every year he stops by Cardiac Rehab to say hi to the nurses who saw him through his bypass on 1/6/2019.",
    [
        ("NAME", "Walt"),
        ("NAME", "Walter Lindqvist"),
        ("AGE", "95"),
        ("GEO", "Duluth"),
        ("DATE", "1/6/2019"),
    ],
    note="nickname and full name, age 95, northern home town, surgery date; a season is not a date",
)

# 39
n(
    "es",
    "staff_spotlight",
    "Nuestro voluntario más veterano, Don Eusebio, cumple 97 años este domingo y sigue tocando el tres cubano cada miércoles en la sala de espera. ¡Felicidades de parte de todo el equipo de voluntarios! (352) 555-0166",
    "volunteer's birthday and age are never labelled",
)

# 40
p(
    "en",
    "milestone_birthday",
    "104 candles? The fire marshal said no, so Miss Ethel got 1 candle and 104 kisses. 😘 Ethel Pryor turned 104 on Tuesday in our Palm Court memory care neighborhood. Her great-great-grandson Mason, 3, helped blow it out.",
    [("AGE", "104", "*"), ("NAME", "Ethel Pryor"), ("NAME", "Ethel", "*"), ("NAME", "Mason")],
    note="age 104 in every mention; patient's name; great-great-grandson's name (his age is under 90); weekday and unit not labelled",
)

# 41
n(
    "es",
    "anonymous_story",
    "Una paciente de noventa y tantos años nos pidió escuchar a Celia Cruz antes de su cirugía. Todo el quirófano terminó cantando 'La vida es un carnaval'. 💃 #AzúcarEnElQuirófano",
    "anonymous patient, decade not a specific age, public figure",
)

# 42
p(
    "en",
    "discharge",
    "Corporal Thaddeus Okafor-Bell, 99, US Army, is going HOME to Wildwood today after 3 weeks with us for pneumonia. Thad, you outlasted Omaha Beach and you outlasted this. Salute! 🫡",
    [("NAME", "Thaddeus Okafor-Bell"), ("AGE", "99"), ("GEO", "Wildwood"), ("NAME", "Thad")],
    note="hyphenated surname and short name, age 99, home town; Omaha Beach names a historical battle, US Army a service branch",
)

# 43
n(
    "en",
    "sponsor",
    "Huge thanks to the Hartwell Family Foundation for funding 40 new hi-lo beds at the Hartwell Pavilion. Marion Hartwell, who celebrated her 95th birthday this year, cut the ribbon herself! ✂️",
    "donor family naming a building; a donor's age is never labelled",
)

# 44
p(
    "es",
    "memorial",
    "Hasta siempre, Tata 💔 Así llamaban todos en el piso 3 a Eulalia Pagán Vda. de Cruz, que nos dejó el Día de Reyes a los 102 años. Su hijo Papi Cruz nos pidió compartir su frase favorita: 'Pa'lante, siempre pa'lante'.",
    [
        ("NAME", "Tata"),
        ("NAME", "Eulalia Pagán"),
        ("NAME", "Cruz", 1),
        ("NAME", "Papi Cruz"),
        ("AGE", "102"),
        ("DATE", "Día de Reyes"),
    ],
    note="nickname, name with 'Vda. de' (the words 'Vda. de' are not name tokens), son's nickname and surname, death on Día de Reyes, age 102",
)

# 45
n(
    "en",
    "event",
    "📅 Memory Café returns Thursday, Oct 2, 2–4 PM at our Morse Boulevard campus. Live music by the Sumter Swing Band, coffee, and no judgment. Caregivers welcome! RSVP (352) 555-0122.",
    "event date and venue, hospital helpline",
)

# 46
p(
    "en",
    "pasted_record",
    "Great job team on today's safety huddle! 👏 (whiteboard reads: Rm 508 BEATRICE K. — NPO after MN — FALL RISK — DOB 4-22-33 — ride home: grandson TJ)",
    [("OTHER_ID", "Rm 508"), ("NAME", "BEATRICE K."), ("DATE", "4-22-33"), ("NAME", "TJ")],
    note="whiteboard text in a staff post: room, patient name with initial, birth date, grandson's initials-name",
)

# 47
p(
    "es",
    "thank_you",
    "Mil gracias a Migdalia y Roberto Cintrón, hijos de nuestro paciente don Tito, por organizar la serenata de boleros en el pasillo de hospicio. Don Tito, con sus 96 años, cantó 'Sabor a mí' completita. 🎶",
    [("NAME", "Migdalia"), ("NAME", "Roberto Cintrón"), ("NAME", "Tito", "*"), ("AGE", "96")],
    note="patient's children named, patient's nickname with don, age 96",
)

# 48
n(
    "en",
    "health_tip",
    "Heat index today: 108°F. If you're caring for someone in their 90s, check on them twice a day, keep water within reach, and never leave anyone in a parked golf cart. Questions? (352) 555-0111",
    "general tip; decade of age for a population",
)

# 49
p(
    "en",
    "patient_story",
    "He flew 35 missions over Germany in a B-17 and today he flew down our rehab hallway on a rollator. 💨 Lt. Col. Ray Summers turns 101 on the 22nd and says he plans to 'buzz the tower' at his party. Wife Dot, 97, says absolutely not.",
    [("NAME", "Ray Summers"), ("AGE", "101"), ("DATE", "22nd"), ("NAME", "Dot"), ("AGE", "97")],
    note="rank excluded; birthday as day of month alone; wife's name (Dot is also a word) and age",
)

# 50
n(
    "es",
    "event",
    "Charla gratuita: 'Cómo prevenir caídas en casa' con la fisioterapeuta Lourdes Méndez. Martes 18 de marzo, 10 a.m., campus de Hialeah (3400 West 12th Avenue). Cupo limitado: (305) 555-0188.",
    "staff speaker, event date, hospital address and number",
)

# 51
p(
    "en",
    "memorial",
    "in loving memory of frances 'frankie' delvecchio, age 99, who taught half of The Villages to play canasta. frankie died peacefully on mother's day with her three daughters beside her. 🌸",
    [
        ("NAME", "frances 'frankie' delvecchio"),
        ("NAME", "frankie", "*"),
        ("AGE", "99"),
        ("GEO", "The Villages"),
        ("DATE", "mother's day"),
    ],
    note="lower-case name and nickname, age 99, her community (The Villages) as home town, died on Mother's Day",
)

# 52
n(
    "en",
    "public_figure",
    "Happy birthday to Betty White, who would have turned 103 today! 🐶 Our therapy dogs are celebrating with #BettyWhiteChallenge treats — donate pet food at either campus.",
    "public figure's birthday and age; name hashtag of a public figure",
)

# 53
p(
    "es",
    "patient_story",
    "Benigno llegó por el Mariel con una maleta y un dominó. Hoy, a sus 93, es el campeón invicto del torneo de dominó de nuestra unidad de rehabilitación. 🁢 ¡Capicúa, Benigno! (Su doctora dice que es lo más benigno que ha visto esta semana.)",
    [("NAME", "Benigno", "*"), ("AGE", "93")],
    note="name that is also a word (the lower-case adjective 'benigno' is not the name); age 93; the Mariel boatlift is a historical event",
)

# 54
n(
    "en",
    "hospital_contact",
    "New number alert ☎️ Sunshine House hospice admissions now has a direct line: (352) 555-0133. Our address hasn't changed: 2200 Palm Ridge Parkway, Lady Lake, FL 32159.",
    "the hospice's own number and address",
)

# 55
p(
    "en",
    "thank_you",
    "To Mr. Wen from bed 14: your origami cranes are hanging in every nurses' station on 2 South. 1,000 cranes at 96 years old — we're in awe. 🕊️",
    [("NAME", "Wen"), ("OTHER_ID", "bed 14"), ("AGE", "96")],
    note="surname with Mr., bed number, age 96; 2 South is a unit",
)

# 56
n(
    "es",
    "crisis_update",
    "⚠️ AVISO: Por el huracán, las citas del martes y miércoles en el campus de Hialeah se reprograman. Los pacientes hospitalizados están seguros. Información para familias: (305) 555-0155 (español) o (305) 555-0144.",
    "crisis update, hospital numbers",
)

# 57
n(
    "en",
    "anonymous_story",
    "One of our hospice patients, a Korean War vet in his 90s, asked for one last round of golf. Our chaplain drove him to the 9th hole at sunset. He made par. ⛳ #SunshineHouse",
    "anonymous story; '9th hole' is not a date; decade of age",
)

# 58
p(
    "en",
    "milestone_birthday",
    "🎈 HAPPY 90TH, HAROLD! 🎈 Our longtime Tuesday volunteer Harold Feeney is spending this birthday on the other side of the bed — he's with us recovering from knee surgery — so the volunteer office threw the party in Room 330. Get well, Harold!",
    [
        ("AGE", "90TH"),
        ("NAME", "HAROLD"),
        ("NAME", "Harold Feeney"),
        ("NAME", "Harold", "*"),
        ("OTHER_ID", "Room 330"),
    ],
    note="a volunteer who is here as a patient is a patient: all-caps name and ordinal age, full name, room",
)

# 59
n(
    "es",
    "campaign_hashtag",
    "¿Conoce a alguien que cumple 100 años? 🎂 Cuéntenos su historia con #CentenariosSunshine y lo invitamos al almuerzo anual de centenarios el 1 de octubre, Día Internacional de las Personas de Edad.",
    "campaign hashtag, event date, awareness day",
)

# 60
p(
    "en",
    "pasted_record",
    "Reminder for tmrw: transport pickup for Mrs. Adelaide Fontenot, 2417 Clubhouse Loop, Village of Fenney, 8:15a, wheelchair van, Medicaid ID 99-3017-442. Call granddaughter at (352) 555-0183 on arrival.",
    [
        ("NAME", "Adelaide Fontenot"),
        ("GEO", "2417 Clubhouse Loop"),
        ("GEO", "Village of Fenney"),
        ("HEALTH_PLAN", "99-3017-442"),
        ("PHONE", "(352) 555-0183"),
    ],
    note="pasted transport note: name, street address, neighbourhood, Medicaid ID, granddaughter's phone",
)

# 61
p(
    "es",
    "milestone_birthday",
    "🎂 ¡CIEN AÑOS! Doña Asunción Rodríguez Vélez, nacida el primero de mayo en Mayagüez, celebró su centenario rodeada de 4 generaciones. 'El secreto es el café colao y no pelear con nadie', dice. #Asunción100",
    [
        ("AGE", "CIEN"),
        ("NAME", "Asunción Rodríguez Vélez"),
        ("DATE", "primero de mayo"),
        ("GEO", "Mayagüez"),
        ("AGE", "centenario"),
        ("NAME", "#Asunción100"),
    ],
    note="age in capital words (CIEN) and 'su centenario' (her 100th) are AGE; name (Asunción is also a city) and name hashtag; birthday 'primero de mayo'; birthplace",
)

# 62
n(
    "en",
    "event",
    "Veterans Day Honor Flight send-off 🇺🇸 Friday, Nov 11 at 7 AM, Spanish Springs Town Square. 14 WWII and Korea vets, ages 89 to 101, are flying to D.C. with our nurses as escorts. Come wave a flag!",
    "event date and venue; an age range of an unnamed group is not a patient's age",
)

# 63
p(
    "en",
    "pasted_record",
    "Discharge summary draft (DO NOT POST) — Castellanos, Aurelio — adm 08/29, d/c 09/04 — pacemaker Medtronic SN PJN447281H — f/u Dr. Patel 2 wks — pt lives alone, 118 NW 37th St, Miami Springs 33166 — SSN 512-40-7781",
    [
        ("NAME", "Castellanos, Aurelio"),
        ("DATE", "08/29"),
        ("DATE", "09/04"),
        ("DEVICE", "PJN447281H"),
        ("GEO", "118 NW 37th St"),
        ("GEO", "Miami Springs"),
        ("GEO", "33166"),
        ("SSN", "512-40-7781"),
    ],
    note="pasted discharge summary: name, admission and discharge dates, pacemaker serial, home street, city and ZIP, SSN; the doctor is staff",
)

# 64
n(
    "es",
    "health_tip",
    "Señales de un derrame cerebral: cara caída, brazo débil, habla arrastrada. ¡Llame al 911 de inmediato! No espere a que 'se le pase'. En personas mayores de 90 años cada minuto cuenta. #RápidoEsVida",
    "general tip, national emergency number, population age",
)

# 65
p(
    "es",
    "discharge",
    "Después de 40 días en la UCI por COVID, ¡Fefa se va a casa! 🎉 Josefa 'Fefa' Alvarado, de 91 años, salió aplaudida por todo el personal. Su nieto Kevin la lleva a Miami Lakes. #FefaGuerrera",
    [
        ("NAME", "Josefa 'Fefa' Alvarado"),
        ("NAME", "Fefa", "*"),
        ("AGE", "91"),
        ("NAME", "Kevin"),
        ("GEO", "Miami Lakes"),
        ("NAME", "#FefaGuerrera"),
    ],
    note="nickname, full name, age 91, grandson, home town, name hashtag; duration not a date",
)

# 66
n(
    "en",
    "research",
    "New from our Longevity Lab: centenarians in our cohort who walked daily had 40% fewer hip fractures. Thanks to the 212 participants aged 95 to 108 who made this study possible. 📊 Read more: sunshinecoastsenior.org/research",
    "research on a population; hospital domain",
)

# 67
p(
    "en",
    "patient_story",
    "Meet Florida. No, really — her name is Florida Mae Boone, she's 97, and she's lived in Florida her whole life except 'two miserable winters in Ohio.' Florida is with us in Rehab after a fall and wants you to know the food is 'fine, I guess.' 😂",
    [("NAME", "Florida Mae Boone"), ("NAME", "Florida", 1), ("NAME", "Florida", 4), ("AGE", "97")],
    note="a patient named Florida: the name is labelled, the state (3rd occurrence) and Ohio are not",
    ok=("Florida",),
)

# 68
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera Milagros Quiñones por 40 años de servicio! Milagros empezó en 1985 y ha cuidado a más de 5,000 pacientes. Su mamá, doña Chela, de 99 años, vino a la celebración. 💐",
    "nurse and her own mother (staff family): never labelled",
)

# 69
p(
    "en",
    "thank_you",
    "Thank you to everyone who has followed Grandpa Lou's journey on his family's blog — his grandkids post updates at caringbridge.org/visit/louisbrennan. Lou, 93, finished his last radiation session today! 🔔",
    [("NAME", "Lou", "*"), ("URL", "caringbridge.org/visit/louisbrennan"), ("AGE", "93")],
    note="patient's first name (Grandpa excluded), family's blog URL, age 93",
)

# 70
n(
    "en",
    "crisis_update",
    "Power is back at the Hialeah campus. Thank you to FPL crews and to our 94-year-old volunteer greeter, Mr. Sosa, who handed out cafecitos to linemen all night. ☕ #SunshineCoastStrong",
    "volunteer's name and age; utility; crisis update",
)

# 71
p(
    "es",
    "pasted_record",
    "Nota de enfermería 03/02 — Pte. MEDINA, RAFAEL A. (Hab. 221, cama B) refiere dolor 6/10. Hija Ivelisse al 786-555-0127. Placa del carrito de golf: GC 4471 (estacionado en la entrada).",
    [
        ("DATE", "03/02"),
        ("NAME", "MEDINA, RAFAEL A."),
        ("OTHER_ID", "Hab. 221"),
        ("OTHER_ID", "cama B"),
        ("NAME", "Ivelisse"),
        ("PHONE", "786-555-0127"),
        ("VEHICLE", "GC 4471"),
    ],
    note="pasted nursing note: note date, LAST, FIRST name, room and bed, daughter's name and phone, golf-cart plate; pain score 6/10 is not a date",
)

# 72
n(
    "en",
    "statistic",
    "Florida has more centenarians than any state but one. In Sumter County alone there are 180+ residents over 100. Our geriatric team sees about 9 of them every week. 📈",
    "population statistics",
)

# 73
p(
    "en",
    "milestone_birthday",
    "Someone on 4 North is turning 100 today and wants NO fuss. So we're keeping it quiet. Just cake. And balloons. And a kazoo band. 🎺🎂 #HappyBirthdayMillie #SunshineCoastStrong",
    [("AGE", "100"), ("NAME", "#HappyBirthdayMillie")],
    note="patient named only in a hashtag; age 100; unit and campaign hashtag not labelled",
)

# 74
n(
    "es",
    "event",
    "🎶 Noche de bolero en el campus de Hialeah este jueves 20 de junio. Invitado especial: el trío Los Compadres del Cerro. Entrada libre para pacientes y familias.",
    "event date, band, hospital venue",
)

# 75
p(
    "en",
    "memorial",
    "Pfc. Aloysius \"Wish\" Wisniewski, Chosin Reservoir survivor, passed Christmas Eve at Sunshine House at age 95. He used to say he'd been cold enough for one lifetime — so he retired to Leesburg. Services Jan 3 at St. Timothy's. 🕯️",
    [
        ("NAME", 'Aloysius "Wish" Wisniewski'),
        ("DATE", "Christmas Eve"),
        ("AGE", "95"),
        ("GEO", "Leesburg"),
        ("DATE", "Jan 3"),
    ],
    note="name with nickname, died Christmas Eve, age 95, home town, date of his funeral services; Chosin Reservoir names a battle, the church is a venue",
)

# 76
n(
    "en",
    "sponsor",
    "Thank you, Publix Super Markets Charities, for sponsoring our Meals-on-Wheels cart for homebound seniors! 🛒 Over 12,000 meals delivered to neighbors 90+ this year.",
    "sponsor; population age",
)

# 77
p(
    "es",
    "patient_story",
    "Cuarenta años cosiendo en la fábrica Dorado Fashions y todavía enhebra la aguja sin espejuelos 🧵 Doña Caridad Betancourt, 94, le está haciendo un cojín a cada enfermera de la unidad. ¡Gracias, Caridad!",
    [
        ("NAME", "Dorado Fashions"),
        ("NAME", "Caridad Betancourt"),
        ("NAME", "Caridad", "*"),
        ("AGE", "94"),
    ],
    note="the patient's employer is NAME; patient's name (Caridad is also a word) and age",
)

# 78
n(
    "es",
    "hospital_contact",
    "📍 Nuestras sedes: Campus The Villages, 1500 Morse Boulevard, The Villages, FL 32162 · Campus Hialeah, 3400 West 12th Avenue, Hialeah, FL 33012 · Hospicio Sunshine House, 2200 Palm Ridge Pkwy, Lady Lake. Citas: (352) 555-0111",
    "the hospital's own addresses and number",
)

# 79
p(
    "en",
    "pasted_record",
    "Please remove the post from 10 min ago 🙏 — it showed Mr. Delacroix's referral: DOB 11/30/1930, Humana ID H8821-04417, 'fax records to his daughter at 352-555-0162,' sent from Dr. Amos's office fax 352-555-0158.",
    [
        ("NAME", "Delacroix"),
        ("DATE", "11/30/1930"),
        ("HEALTH_PLAN", "H8821-04417"),
        ("FAX", "352-555-0162"),
    ],
    note="surname, birth date, insurance ID, daughter's fax; the referring doctor's office fax is not the patient's",
)

# 80
n(
    "en",
    "anonymous_story",
    "A 'snowbird' couple from Michigan, married 71 years, were admitted the same week to rooms across the hall. Every afternoon our aides wheel them together for cribbage. ♠️ Love wins. #SunshineCoastStrong",
    "anonymous couple; a state and years married are not identifiers",
)

# 81
p(
    "es",
    "memorial",
    "Descansa en paz, abuelo Pipo 🕊️ Nuestro querido paciente de hospicio, Felipe 'Pipo' Arencibia, falleció en Nochebuena, como él quería: con lechón, dominó y toda la familia. Tenía noventa y siete años y una sonrisa de veinte.",
    [
        ("NAME", "Felipe 'Pipo' Arencibia"),
        ("NAME", "Pipo", "*"),
        ("DATE", "Nochebuena"),
        ("AGE", "noventa y siete"),
    ],
    note="nickname, full name, died on Nochebuena, age in words",
)

# 82
n(
    "en",
    "health_tip",
    "Golf cart tip of the week: your cart is a motor vehicle on county roads. Get the registration decal, keep your lights working, and never let Grandpa drive after his evening meds. 😉 #CartSmart",
    "general tip; 'Grandpa' is generic",
)

# 83
p(
    "en",
    "discharge",
    "Discharge day for R.J.! 🎉 Our friend R.J. (he wouldn't let us use his name) beat sepsis at 98 and is back at his condo in Brownwood. We'll miss the dad jokes.",
    [("NAME", "R.J.", "*"), ("AGE", "98"), ("GEO", "Brownwood")],
    note="initials are NAME; age 98; home neighbourhood Brownwood",
)

# 84
n(
    "es",
    "research",
    "Investigación: invitamos a cuidadores de personas con demencia a participar en un estudio sobre música y memoria. Compensación de $50. Requisitos: cuidar a un familiar de 80 años o más. Info: (352) 555-0122 · sunshinecoastsenior.org/musica",
    "study recruitment; hospital line and domain",
)

# 85
p(
    "en",
    "milestone_birthday",
    "HAPPY 102ND BIRTHDAY TO OUR VERY OWN \"SARGE\" — MILDRED HOLLOWAY, WAC, 1943-45! 🎖️ BORN 6/6 (SHE SAYS SHE WAS 'THE ORIGINAL D-DAY'). PARTY IN THE 3 WEST DAY ROOM AT 2!",
    [
        ("AGE", "102ND"),
        ("NAME", "SARGE"),
        ("NAME", "MILDRED HOLLOWAY"),
        ("DATE", "6/6"),
        ("DATE", "D-DAY"),
    ],
    note="all caps: ordinal age, nickname, name, birthday 6/6 and the same day named again (D-DAY); years of service are bare years; WAC is a service branch",
)

# 86
n(
    "en",
    "public_figure",
    "What an afternoon! Astronaut and Villages resident Col. (ret.) Frank Mercer, 91, visited our memory care residents to talk about the Gemini program. He brought moon-rock replicas and a LOT of stories. 🚀",
    "visiting public figure, not a patient; his age and town are not labelled",
)

# 87
p(
    "es",
    "thank_you",
    "Recibimos esta carta preciosa de la familia Colón-Ríos: 'Gracias por cuidar a mami en la habitación 118 hasta el final.' Si quieren escribirles, nos pidieron compartir su correo: familiacolonrios@yahoo.com 💌",
    [
        ("NAME", "Colón-Ríos"),
        ("OTHER_ID", "habitación 118"),
        ("EMAIL", "familiacolonrios@yahoo.com"),
    ],
    note="family surname, the patient's room, the family's e-mail",
)

# 88
n(
    "en",
    "recruitment",
    "Hospice volunteers needed! 🌻 No experience required — our oldest hospice volunteer, Bernice, started at 88 and is still going strong at 93. Call (352) 555-0166 or email volunteers@sunshinecoastsenior.org",
    "volunteer's name and age; hospital number and e-mail",
)

# 89
n(
    "es",
    "crisis_update",
    "Actualización Huracán Ian: el campus de The Villages funciona con normalidad. Todos los pacientes trasladados desde la costa ya tienen cama. Familias con preguntas: (305) 555-0155. #SunshineCoastStrong",
    "crisis update; hurricane name; hospital line",
)

# 90
p(
    "en",
    "patient_story",
    "Before he was our patient, Sal Genovese spent 38 years driving an Eastern Air Lines fuel truck. Now 96, he's teaching our PT interns to play bocce — and his son Vinnie swears he cheats. 😂",
    [("NAME", "Sal Genovese"), ("NAME", "Eastern Air Lines"), ("AGE", "96"), ("NAME", "Vinnie")],
    note="name, former employer (NAME), age 96, son's name",
)

# 91
n(
    "es",
    "campaign_hashtag",
    "Esta semana es #SemanaDeLosAbuelos 👵👴 ¡Etiqueta a tu abuelo o abuela con #MiAbueloEsUnSol y comparte su mejor consejo! Los más votados ganan una cena en The Villages.",
    "campaign hashtags; no patient",
)

# 92
p(
    "en",
    "pasted_record",
    "[IT] Portal lockout ticket #55120 — user: gramma_ruthie41, last login from IP 73.118.42.9, patient RUTH ANN KESSLER, DOB 09/17/1932. Pls reset & notify grandson Tyler.",
    [
        ("OTHER_ID", "55120"),
        ("OTHER_ID", "gramma_ruthie41"),
        ("IP", "73.118.42.9"),
        ("NAME", "RUTH ANN KESSLER"),
        ("DATE", "09/17/1932"),
        ("NAME", "Tyler"),
    ],
    note="pasted IT ticket: ticket number about the patient, portal user name, IP, name, DOB, grandson",
)

# 93
n(
    "en",
    "eponymous_condition",
    "Did you know? Lewy body dementia, named for Dr. Friedrich Lewy, is the second most common form of progressive dementia. Join our Lewy Body caregiver circle, 1st Monday of each month. (352) 555-0122",
    "eponymous condition and historical figure; recurring event",
)

# 94
p(
    "es",
    "milestone_birthday",
    "¡Felices 90, abuela Toña! 🎉 Antonia Maldonado celebró ayer en nuestra sala de diálisis con sus 12 nietos. Nació un 25 de diciembre en Aguadilla, así que ¡doble fiesta en Navidad! #ToñaCumple90",
    [
        ("AGE", "90"),
        ("NAME", "Toña"),
        ("NAME", "Antonia Maldonado"),
        ("DATE", "25 de diciembre"),
        ("GEO", "Aguadilla"),
        ("DATE", "Navidad"),
        ("NAME", "#ToñaCumple90"),
    ],
    note="age 90, nickname and name, birthday written twice (25 de diciembre / Navidad), birthplace, name hashtag",
)

# 95
n(
    "en",
    "staff_spotlight",
    "Our Pet Therapy volunteer Rosemary and her golden retriever, Winston, logged 1,000 visits this year! Rosemary is 90, Winston is 9, and both get treats after every shift. 🐕 #PetTherapy",
    "volunteer and her dog; ages not labelled",
)

# 96
p(
    "es",
    "discharge",
    "Regresa a Puerto Rico 🇵🇷 Don Guillermo Torres Ocasio, 92 años, se va hoy a su casa en el barrio Jájome de Cayey después de su cirugía de cadera. Su hija Nereida lo acompaña en el vuelo. ¡Buen viaje, don Guille!",
    [
        ("NAME", "Guillermo Torres Ocasio"),
        ("AGE", "92"),
        ("GEO", "Jájome"),
        ("GEO", "Cayey"),
        ("NAME", "Nereida"),
        ("NAME", "Guille"),
    ],
    note="double surname, age, home barrio and town (Puerto Rico itself is treated like a state), daughter, short name",
)

# 97
n(
    "en",
    "event",
    "Save the date 💛 Sunshine Coast Foundation Gala, Saturday, February 21, at the Savannah Center. Honoring Dr. Ruth Kagan, 90, founder of our geriatrics program. Tickets: sunshinecoastgiving.org/gala or (352) 555-0177",
    "event date and venue; honoree is staff",
)

# 98
p(
    "en",
    "memorial",
    "The flag at our Hialeah campus flies at half-staff today for Staff Sgt. Ernesto Villalobos, 1st Cavalry, Korea, who died on the 14th at 93. Ernesto was our patient, and for 20 years before that, our security guard. 🇺🇸 #ErnestoPresente",
    [
        ("NAME", "Ernesto Villalobos"),
        ("DATE", "14th"),
        ("AGE", "93"),
        ("NAME", "Ernesto", "*"),
        ("NAME", "#ErnestoPresente"),
    ],
    note="former staff member who died as a patient: name, day of death alone, age, name hashtag; 1st Cavalry is a unit",
)

# 99
n(
    "es",
    "anonymous_story",
    "Hoy una pareja de 70 años de casados renovó sus votos en la capilla del hospital. Ella tiene Alzheimer; él nunca falta a la hora de visita. ❤️ Gracias a nuestro capellán por hacerlo posible.",
    "anonymous couple; years married are not an age",
)

# 100
p(
    "en",
    "pasted_record",
    "Security log, 7 PM: vehicle blocking ER bay — white Buick, FL tag QKR-7784, belongs to the daughter of the pt in Rm 612 (Okonkwo). Driver lic on file D452-118-33-901-0. Moved by 1900.",
    [
        ("VEHICLE", "QKR-7784"),
        ("OTHER_ID", "Rm 612"),
        ("NAME", "Okonkwo"),
        ("LICENSE", "D452-118-33-901-0"),
    ],
    note="the patient's daughter's plate and driver licence, patient's room and surname",
)

# 101
n(
    "es",
    "health_tip",
    "El Día Mundial de la Prevención de Caídas es el 22 de septiembre, el primer día de otoño. Tenga en cuenta: alfombras sueltas, chancletas y gatos son los enemigos número uno de los mayores de 90. 🐈",
    "awareness day, population age",
)

# 102
p(
    "en",
    "thank_you",
    'To "Peaches" in Memory Care: thank you for teaching our whole night shift the Charleston. At 99 you\'ve got better moves than all of us. Your cat Biscuit says hi (via FaceTime with your son). 💃',
    [("NAME", "Peaches"), ("AGE", "99")],
    note="quoted nickname used as the patient's name, age 99; the cat's name is not labelled",
)

# 103
p(
    "es",
    "statistic",
    "En 2024 atendimos a 87 pacientes centenarios en nuestros dos campus, la mayoría mujeres cubanas y puertorriqueñas. La mayor tenía 109 años. 🎂",
    [("AGE", "109")],
    note="a statistic, but the oldest patient is one person and her age over 89 is AGE (unnamed patient); 'centenarios' is a population",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Nurse Practitioner Joy Almeida just earned her gerontology certification — at 63! She says her 101-year-old grandmother in Ponce was her study buddy over FaceTime. 📚 Congrats, Joy!",
    "staff member and her own grandmother: never labelled",
)

# 105
p(
    "es",
    "patient_story",
    "Orgullosamente Borinqueneer 🇵🇷 Don Efraín Lugo Negrón sirvió en el Regimiento 65 de Infantería en Corea. Hoy, a los 95, recibió en nuestra unidad de cuidados paliativos la Medalla de Oro del Congreso que le entregó su nieta, la sargento Dayanara Lugo.",
    [("NAME", "Efraín Lugo Negrón"), ("AGE", "95"), ("NAME", "Dayanara Lugo")],
    note="name, age 95, granddaughter (her rank excluded); 'Regimiento 65' is a unit number, not an age",
)

# 106
n(
    "en",
    "campaign_hashtag",
    "#MaeStrong? #TeamHarold? Nope — our hashtag this month is #NoFallNovember. Share your best home-safety tip and tag a grandparent! 🏠",
    "hashtags shaped like name hashtags given as examples, no patient",
)

# 107
p(
    "en",
    "pasted_record",
    "ED tracking board screenshot 10:42 — Hall 3: 'GOLDBERG, S. 93M CP'; Bay 6: '??, UNK F ~90s, found in golf cart, Village of Sabal Chase'",
    [
        ("OTHER_ID", "Hall 3"),
        ("NAME", "GOLDBERG, S."),
        ("AGE", "93M"),
        ("OTHER_ID", "Bay 6"),
        ("GEO", "Village of Sabal Chase"),
    ],
    note="tracking board: hallway bed and bay with keyword, name with initial, age token 93M; second patient's decade (~90s) not an age but where she was found is GEO",
)

# 108
n(
    "es",
    "event",
    "🏌️ Torneo de golf benéfico 'Swing por la Memoria' — sábado 8 de noviembre, Glenview Championship Golf Course. Todo lo recaudado apoya a nuestra unidad de memoria. Inscripciones: sunshinecoastgiving.org/golf",
    "event date and venue, giving domain",
)

# 109
p(
    "en",
    "discharge",
    "Remember Clementine? She came to us in January barely able to stand. Today she walked the length of the Rehab gym — twice — and goes home to Fruitland Park tomorrow. 🍊 We're so proud, Clem!",
    [("NAME", "Clementine"), ("DATE", "January"), ("GEO", "Fruitland Park"), ("NAME", "Clem")],
    note="name that is also a fruit, admission month alone, home town, short name",
)

# 110
n(
    "es",
    "sponsor",
    "Gracias a Farmacia La Económica de Hialeah por donar 500 pastilleros semanales para nuestros pacientes de la tercera edad. Don Pedro, el dueño, tiene 90 años y sigue atendiendo el mostrador. 💊",
    "sponsor and its owner's age; not a patient",
)

# 111
p(
    "en",
    "milestone_birthday",
    "75 years ago today — June 14, 1950 — Charles and Evelyn Whitlock said 'I do' in a tiny church in Ocala. Today they renewed their vows in our chapel: Evelyn, our patient on 2 West, from her wheelchair, Charles (98!) in his Navy dress blues. 💍",
    [
        ("DATE", "June 14, 1950"),
        ("NAME", "Charles", "*"),
        ("NAME", "Evelyn Whitlock"),
        ("NAME", "Evelyn", "*"),
        ("GEO", "Ocala"),
        ("AGE", "98"),
    ],
    note="patient and her husband: wedding date with year, names, wedding town, husband's age 98 (a relative's age over 89)",
)

# 112
n(
    "es",
    "public_figure",
    "Hoy recordamos a José Martí, nacido el 28 de enero de 1853. Nuestros pacientes de la unidad de memoria recitaron 'Versos sencillos' de memoria. 🇨🇺 ¡Qué emoción!",
    "historical figure's birth date",
)

# 113
p(
    "en",
    "patient_story",
    "Will is 92, Faith is 91, and after a scary week with the flu they're both on the mend side by side in room 210. Will says he's only staying because the pudding is good. Faith says Will has never been sick a day in his life, 'just dramatic.' 🥰",
    [
        ("NAME", "Will", "*"),
        ("NAME", "Faith", "*"),
        ("AGE", "92"),
        ("AGE", "91"),
        ("OTHER_ID", "room 210"),
    ],
    note="names that are ordinary words (Will, Faith), ages, room",
)

# 114
n(
    "es",
    "hospital_contact",
    "¿Necesita una cita con geriatría en español? Llame al (305) 555-0155 de lunes a viernes, 8 a.m. a 5 p.m., o escriba a citas@sunshinecoastsenior.org. También en Instagram: @SCSH_Hialeah",
    "hospital line, e-mail domain and handle",
)

# 115
n(
    "en",
    "anonymous_story",
    "A gentleman in our memory unit thinks it's still 1962 and that our charge nurse is his first sweetheart. She's learned every Beny Moré song so she can sing along. 🎶",
    "anonymous story; a public figure; a bare year",
)

# 116
p(
    "es",
    "pasted_record",
    "Mensaje del portal (enviado por error a nuestra página): 'Buenas, soy Yolanda, la hija de Bienvenido Cárdenas, hab. 304. Mi papá cumple 100 el 8/9 y queremos traerle un cake. Mi cel es (786) 555-0109.'",
    [
        ("NAME", "Yolanda"),
        ("NAME", "Bienvenido Cárdenas"),
        ("OTHER_ID", "hab. 304"),
        ("AGE", "100"),
        ("DATE", "8/9"),
        ("PHONE", "(786) 555-0109"),
    ],
    note="pasted portal message: daughter, patient (Bienvenido is also a word), room, age, birthday, daughter's cell",
)

# 117
n(
    "en",
    "health_tip",
    "Hurricane prep for caregivers 🌀: a 7-day supply of meds, copies of insurance cards, a list of doctors, and a plan for oxygen. Our Memory Care helpline (352) 555-0122 can help you make a plan. #HurricaneReady",
    "general tip, hospital helpline",
)

# 118
p(
    "es",
    "milestone_birthday",
    "¡101 primaveras! 🌸 Nuestra paciente más coqueta, Gloria Estévez, pidió que en la foto se le vieran bien los aretes. En la foto: Gloria con su bisnieta Daniela y la enfermera Rosa.",
    [
        ("AGE", "101"),
        ("NAME", "Gloria Estévez"),
        ("NAME", "Gloria", "*"),
        ("PHOTO", "En la foto"),
        ("PHOTO", "foto", 1),
        ("NAME", "Daniela"),
    ],
    note="age (primaveras), name, photo cues (the photo shows the patient), great-granddaughter; the nurse is staff",
)

# 119
n(
    "en",
    "recruitment",
    "Work where every day is someone's 100th birthday (well, almost 😉). We're hiring RNs, PTs and activity directors at both campuses. Sign-on bonus up to $10k. sunshinecoastsenior.org/careers #JoinTheSunshine",
    "recruitment; no person",
)

# 120
n(
    "es",
    "eponymous_condition",
    "Noviembre es el Mes de la Concientización sobre el Alzheimer. Acompáñenos a la caminata del sábado en Hialeah y lleve una flor morada en honor a su ser querido. 💜 #FinAlAlzheimer",
    "eponymous condition, awareness month, event",
)

# 121
p(
    "en",
    "patient_story",
    "We don't usually name our patients, but former county commissioner Lula Mae Prescott, 96, insisted: 'Tell them I'm here and tell them I'm FINE.' Commissioner Prescott is recovering from a fall and already campaigning for better cafeteria grits. 🗳️",
    [("NAME", "Lula Mae Prescott"), ("NAME", "Prescott", "*"), ("AGE", "96")],
    note="a public figure presented as our patient is a patient: name (title excluded) and age",
)

# 122
n(
    "es",
    "health_tip",
    "Ojo con los carritos de golf 🛺: en 2024 más de 300 personas mayores de 80 años se lesionaron en The Villages. Use el cinturón, no maneje de noche y revise los frenos. Clínica de caídas: (305) 555-0188.",
    "statistic about a population; hospital clinic",
)

# 123
p(
    "es",
    "memorial",
    "Nos despedimos de Carmen Luisa Otero, nacida el 3 de julio de 1928 en Santiago de Cuba y fallecida ayer en nuestro hospicio. La sobreviven su hermana Nena, de 94 años, y su esposo de 70 años, Rigoberto. Q.E.P.D.",
    [
        ("NAME", "Carmen Luisa Otero"),
        ("DATE", "3 de julio de 1928"),
        ("GEO", "Santiago de Cuba"),
        ("NAME", "Nena"),
        ("AGE", "94"),
        ("NAME", "Rigoberto"),
    ],
    note="name, birth date with year, birthplace (foreign city), sister's name and age over 89, husband's name; 'esposo de 70 años' counts years of marriage",
)

# 124
n(
    "en",
    "statistic",
    "Sunshine Coast Senior Health turns 90 this year! 🎉 Founded as a 12-bed cottage hospital in 1935, we now care for 40,000 seniors a year. Here's to the next 90.",
    "the hospital's own age, not a person's",
)

# 125
p(
    "en",
    "discharge",
    "Golf cart vs. mailbox on Buena Vista Boulevard: mailbox lost. 📫 Our trauma team patched up Norm, 91, and he's home today. Norm wants everyone to know he 'was NOT speeding, it was the mailbox's fault.' #BuckleUp",
    [("GEO", "Buena Vista Boulevard"), ("NAME", "Norm", "*"), ("AGE", "91")],
    note="road of the patient's crash, name that is a word, age",
)

# 126
n(
    "es",
    "staff_spotlight",
    "Conozcan a Fidel, nuestro camillero del turno de noche en Hialeah. Tiene 90 años, trabaja desde los 15 y dice que caminar 10,000 pasos por noche es su secreto. 🚶‍♂️ ¡Gracias, Fidel!",
    "staff member's name and age over 89 are not labelled",
)

# 127
p(
    "en",
    "pasted_record",
    "Lab callback list (pls don't post!!): 1) Med Rec No. SCSH*00419  PRUETT, ALVIN  K+ 6.1  2) MRN#: 00-77-1942-3  Nakamura-Silva, Beatriz  INR 4.2 — call dtr Keiko 352 555 0175",
    [
        ("MRN", "SCSH*00419"),
        ("NAME", "PRUETT, ALVIN"),
        ("MRN", "00-77-1942-3"),
        ("NAME", "Nakamura-Silva, Beatriz"),
        ("NAME", "Keiko"),
        ("PHONE", "352 555 0175"),
    ],
    note="two pasted lab lines: MRNs in odd formats, LAST, FIRST names, daughter's name and phone; lab values not labelled",
)

# 128
n(
    "en",
    "event",
    "🎃 Trunk-or-treat in the Morse Boulevard campus lot, Oct 31, 4–6 PM! Our centenarian volunteer Agnes will be handing out full-size candy bars (she insists). Costumes encouraged!",
    "event; 'centenarian' describes a volunteer, never labelled",
)

# 129
p(
    "es",
    "patient_story",
    "Ciento un años y todavía hace crucigramas con pluma ✍️ Doña Piedad Santiesteban, paciente de nuestra unidad de memoria (sí, ¡de memoria!), se sabe de memoria el himno de Cuba y el de Puerto Rico. Su hijo Chucho dice que ella le gana en todo.",
    [("AGE", "Ciento un"), ("NAME", "Piedad Santiesteban"), ("NAME", "Chucho")],
    note="age in Spanish words (ciento un), name that is a word (Piedad), son's nickname",
)

# 130
n(
    "en",
    "public_figure",
    "Thank you to Miami Dolphins legend and Hialeah native Marcus Ellery for reading to our memory care residents today! 🐬 He says his own grandmother, 96, made him promise.",
    "visiting public figure and his grandmother; not patients",
)

# 131
p(
    "en",
    "milestone_birthday",
    "Born on Thanksgiving Day 1925 and turning 100 on Thanksgiving Day 2025 — what are the odds?! 🦃 Happy birthday, Ida Mae Throckmorton! The 2 West crew is bringing pie to room 219.",
    [
        ("DATE", "Thanksgiving Day 1925"),
        ("AGE", "100"),
        ("DATE", "Thanksgiving Day 2025"),
        ("NAME", "Ida Mae Throckmorton"),
        ("OTHER_ID", "room 219"),
    ],
    note="holiday birth date with its attached year and the holiday of the 100th birthday, age, name, room",
)

# 132
n(
    "es",
    "event",
    "Día de Reyes 👑: juguetes para los bisnietos de nuestros pacientes. Traiga un juguete nuevo sin envolver al lobby del campus de Hialeah antes del 6 de enero. ¡Gracias, Melchor, Gaspar y Baltasar!",
    "holiday event, not a patient's date; the three kings are not people here",
)

# 133
p(
    "en",
    "anonymous_story",
    "A 100-year-old patient asked our pharmacist why her pills were 'so tiny these days.' He explained. She said, 'Young man, everything is tiny these days.' 💊😂",
    [("AGE", "100-year-old")],
    note="unnamed patient, but a specific age over 89 is AGE",
)

# 134
n(
    "en",
    "anonymous_story",
    "Our 89-year-old patient on 3 West told us she's 'not old enough for a walker.' We negotiated: she gets a walker with tennis balls in her favorite color. 🎾💜",
    "age 89 is not labelled; a unit is not an identifier",
)

# 135
p(
    "es",
    "thank_you",
    "¡Gracias a @abuela_chela_100 (la cuenta que manejan los nietos de nuestra paciente Graciela) por compartir su recuperación con tanto cariño! Chela ya camina con andador. 💪",
    [("OTHER_ID", "@abuela_chela_100"), ("NAME", "Graciela"), ("NAME", "Chela")],
    note="family's social handle is OTHER_ID; patient's name and nickname",
)

# 136
n(
    "es",
    "research",
    "Publicamos en la revista Age and Ageing nuestro estudio con 1,024 personas de 90 a 104 años en Hialeah: las que tomaban café cubano a diario tenían mejor memoria. ☕ ¿Coincidencia? La Dra. Nilda Carrasco, autora principal, dice que no.",
    "research on a population; the author is staff",
)

# 137
p(
    "en",
    "pasted_record",
    "Copy/paste fail 🤦 → 'Enc 20250317-0042 | WB 7731920 | ABERCROMBIE JR, THEODORE \"TEDDY\" | 100 y/o M | adm from Village of Hadley | NOK: Mrs. Abercrombie (wife) 352-555-0138'",
    [
        ("OTHER_ID", "20250317-0042"),
        ("OTHER_ID", "7731920"),
        ("NAME", 'ABERCROMBIE JR, THEODORE "TEDDY"'),
        ("AGE", "100"),
        ("GEO", "Village of Hadley"),
        ("NAME", "Abercrombie"),
        ("PHONE", "352-555-0138"),
    ],
    note="encounter and wristband numbers (values), name with suffix and nickname, age, home village, wife's surname and phone",
)

# 138
n(
    "en",
    "sponsor",
    "Meet our newest donors: Bill and Alma Vasquez of Lake Panasoffkee, both 94, who gave $50,000 to our hospice 'because we plan to need it someday, and we want it nice.' 😂 Thank you!",
    "donors (not patients or patients' relatives): names, ages and town not labelled",
)

# 139
p(
    "es",
    "discharge",
    "¡Alta médica! Don Arsenio Quevedo, ingresado el 2/10 tras una caída en su casa de Palm Springs North, se va hoy caminando. Sus hijas, Maritza y Lisette, ya le prepararon la mesa de dominó. 🁢",
    [
        ("NAME", "Arsenio Quevedo"),
        ("DATE", "2/10"),
        ("GEO", "Palm Springs North"),
        ("NAME", "Maritza"),
        ("NAME", "Lisette"),
    ],
    note="name, admission date, home community, daughters",
)

# 140
n(
    "en",
    "health_tip",
    "Hearing aids can cut dementia risk. If Mom keeps saying 'what?', it's time for a hearing test. Book at our Audiology clinic: (352) 555-0111. #HearingMatters",
    "general tip; 'Mom' is generic",
)

# 141
p(
    "en",
    "thank_you",
    "To our longtime dialysis patient Hope, 90, who knits a hat for every new hospice admit: your hats have now warmed 1,000 heads. 🧶 #HopeKnits #SunshineHouse",
    [("NAME", "Hope"), ("AGE", "90"), ("NAME", "#HopeKnits")],
    note="name that is a word, age, name hashtag; #SunshineHouse is the hospice",
)

# 142
n(
    "es",
    "campaign_hashtag",
    "Cada abuelo tiene una historia. Este mes compartimos las suyas (con permiso y sin nombres) bajo #HistoriasDeOro y #AbueloValiente. ¿Tiene una historia? Escríbanos a historias@sunshinecoastsenior.org",
    "campaign hashtags; hospital e-mail",
)

# 143
p(
    "es",
    "memorial",
    "Mamá Nena se fue al cielo el Día de las Madres, con 100 años cumplidos y la casa en Westchester llena de flores. Gracias por dejarnos cuidarla. — Equipo de Hospicio Sunshine House 🌷",
    [("NAME", "Nena"), ("DATE", "Día de las Madres"), ("AGE", "100"), ("GEO", "Westchester")],
    note="nickname, died on Mother's Day, age, home neighbourhood",
)

# 144
n(
    "en",
    "crisis_update",
    "Boil water notice for the City of Hialeah does NOT affect our campus — we have our own filtration. Patients and visitors, drink up! 💧 Questions: (305) 555-0144",
    "city notice; hospital line",
)

# 145
p(
    "en",
    "patient_story",
    "At 111, Mrs. Henrietta Loving is officially a supercentenarian — and officially the oldest patient we've ever cared for. Her advice? 'Mind your business and eat your greens.' Her son Clarence, 88, agrees. 🥬",
    [
        ("AGE", "111"),
        ("NAME", "Henrietta Loving"),
        ("AGE", "supercentenarian"),
        ("NAME", "Clarence"),
    ],
    note="age and 'supercentenarian' (states an age over 89); name; son's name, his age 88 is not labelled",
)

# 146
n(
    "es",
    "hospital_contact",
    "Recordatorio: el único número oficial de nuestra línea en español es el (305) 555-0155. Si recibe llamadas pidiendo su número de Medicare, ¡cuelgue! Es una estafa. 🚫 #AlertaEstafa",
    "hospital line; scam warning",
)

# 147
p(
    "en",
    "milestone_birthday",
    "IT'S OFFICIAL: OUR ROSE IS 101! 🌹 rose kaminski, who still calls every nurse 'doll,' celebrates her 101ST today on 2 South. rose, we love you, doll.",
    [
        ("NAME", "ROSE"),
        ("AGE", "101"),
        ("NAME", "rose kaminski"),
        ("NAME", "rose", "*"),
        ("AGE", "101ST"),
    ],
    note="all-caps and lower-case name, age and ordinal age",
)

# 148
n(
    "es",
    "statistic",
    "Dato: Florida tiene más de 6,000 centenarios. 🇺🇸 En nuestra clínica de geriatría, 1 de cada 20 pacientes tiene más de 95 años. ¡Aquí la vejez se celebra!",
    "population statistics",
)

# 149
n(
    "en",
    "research",
    "Our Sleep & Aging study is recruiting adults 90+ who live in The Villages or Lady Lake. Participants get a free sleep assessment and a $100 gift card. Call (352) 555-0111 or visit sunshinecoastsenior.org/sleep",
    "study recruitment for a population",
)

# 150
p(
    "es",
    "pasted_record",
    "Resumen de alta — Paciente: VALDÉS DE ARMAS, ISIDRO — Edad: 93 a — Ingreso: 14-feb — Alta: 2-mar — Dirección: 1540 W 44 Pl, Hialeah, FL 33016 — Seguro: Sunshine Health ID 7713-0048-22",
    [
        ("NAME", "VALDÉS DE ARMAS, ISIDRO"),
        ("AGE", "93"),
        ("DATE", "14-feb"),
        ("DATE", "2-mar"),
        ("GEO", "1540 W 44 Pl"),
        ("GEO", "Hialeah"),
        ("GEO", "33016"),
        ("HEALTH_PLAN", "7713-0048-22"),
    ],
    note="pasted discharge summary: compound surname, age, admission and discharge dates, home street/city/ZIP, plan ID",
)

# 151
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Sister Mary Agnes! 🙏 After 52 years as our hospice chaplain, she's moving to the motherhouse in Dubuque. At 91 she says she's 'finally old enough to rest.'",
    "retiring chaplain: staff name, age and town not labelled",
)

# 152
p(
    "en",
    "discharge",
    "Lost & found: a Phonak hearing aid, serial 2219X4471, left in the Rehab gym yesterday. It belongs to Mr. Pinkney, who went home Friday — Mr. P, we'll drop it off at your place on Mulberry Lane! 🦻",
    [("DEVICE", "2219X4471"), ("NAME", "Pinkney"), ("NAME", "P"), ("GEO", "Mulberry Lane")],
    note="patient's device serial, surname and initial, home street",
)

# 153
n(
    "es",
    "anonymous_story",
    "Un señor de 85 años llegó a urgencias manejando su carrito de golf... con la cadera fracturada. 'No quería molestar a nadie', nos dijo. Por favor: ¡llame al 911! 🚑",
    "anonymous patient aged 85 (not over 89)",
)

# 154
n(
    "en",
    "eponymous_condition",
    "Sjögren's, Ménière's, Paget's — three conditions with names as tricky as their symptoms, all common after 70. Our specialists at both campuses can help. (352) 555-0111 · (305) 555-0144",
    "eponymous conditions; hospital numbers",
)

# 155
p(
    "es",
    "milestone_birthday",
    "¡Nuestro pequeño gran patriota cumple 96! 🇺🇸 Bartolo nació un 4 de julio en Matanzas y dice que por eso los fuegos artificiales son para él. ¡Feliz cumpleaños, Bartolo!",
    [("AGE", "96"), ("NAME", "Bartolo", "*"), ("DATE", "4 de julio"), ("GEO", "Matanzas")],
    note="age, name, birthday, birthplace",
)

# 156
n(
    "en",
    "recruitment",
    "Memory Care nurses: come work where your patients will teach YOU something every day. We're hiring at The Villages campus, 1500 Morse Boulevard. Apply at sunshinecoastsenior.org/careers or call (352) 555-0100.",
    "recruitment; hospital address, domain and number",
)

# 157
p(
    "en",
    "patient_story",
    "This nonagenarian just out-planked our PT. 😤 Sheldon Fishbein came to us after a golf-cart rollover on the 11th and he's been showing off ever since. His wife Roz says he was 'always a show-off.'",
    [("AGE", "nonagenarian"), ("NAME", "Sheldon Fishbein"), ("DATE", "11th"), ("NAME", "Roz")],
    note="'nonagenarian' is AGE; name; injury day of month alone; wife's name",
)

# 158
n(
    "es",
    "public_figure",
    "Hoy, Día de la Cultura Cubana, nuestros pacientes celebraron con música de Benny Moré y dulces de guayaba. 🇨🇺 El más entusiasta fue nuestro voluntario Armando, de 93 años, que recitó 'La rosa blanca' de Martí.",
    "awareness day, public figures, volunteer's age",
)

# 159
p(
    "en",
    "pasted_record",
    "FWD from family: 'Hi, please send Dad's (Morton Feldstein, Rm 402) discharge papers to mort.feld.jr@comcast.net, not the hospital address records@sunshinecoastsenior.org. Thanks, Morty Jr.'",
    [
        ("NAME", "Morton Feldstein"),
        ("OTHER_ID", "Rm 402"),
        ("EMAIL", "mort.feld.jr@comcast.net"),
        ("NAME", "Morty Jr."),
    ],
    note="patient's name and room, son's e-mail and name; the hospital's records address is not labelled",
)

# 160
n(
    "es",
    "event",
    "¿Cuidas a un familiar con demencia? Grupo de apoyo en español todos los martes, 6 p.m., campus de Hialeah. Facilitado por la trabajadora social Xiomara Peña. Info: (305) 555-0155.",
    "recurring event led by staff",
)

# 161
p(
    "en",
    "memorial",
    "Sunshine House lost a bright light. Dorothy 'Dot' Vanderhoek, 97, died Sept. 3rd — the same date her beloved Henry passed in 1999. She always said she'd 'meet him there.' 💛",
    [("NAME", "Dorothy 'Dot' Vanderhoek"), ("AGE", "97"), ("DATE", "Sept. 3rd"), ("NAME", "Henry")],
    note="name with nickname, age, death date, late husband's name; 'the same date' only points back",
)

# 162
n(
    "es",
    "crisis_update",
    "🌀 Huracán Milton: el campus de The Villages recibe pacientes evacuados de la costa. Si su ser querido fue trasladado, llame a la línea en español (305) 555-0155. No venga en persona hasta que pase la tormenta.",
    "crisis update; hospital line",
)

# 163
p(
    "en",
    "thank_you",
    "The family of our late hospice patient Stan Jablonski asked us to share: if you were one of Stan's golf buddies and want to send a card, call his granddaughter Amy at (352) 555-0192 — NOT our main line (352) 555-0100. 💌",
    [
        ("NAME", "Stan Jablonski"),
        ("NAME", "Stan", "*"),
        ("NAME", "Amy"),
        ("PHONE", "(352) 555-0192"),
    ],
    note="patient's name, granddaughter's name and phone next to the hospital's main line (not labelled)",
)

# 164
n(
    "es",
    "health_tip",
    "Ola de calor 🌡️: a los mayores de 90 años les cuesta sentir la sed. Ofrezca agua cada hora, aunque digan que no. Y no, el cafecito no cuenta. ☕😉",
    "general tip; population age",
)

# 165
p(
    "en",
    "patient_story",
    "Savannah Beaumont-Reyes, 93, has lived in every time zone in the continental US and has never once been on time. 😂 She's with us recovering from pneumonia and already late for PT. Love you, Savannah!",
    [("NAME", "Savannah Beaumont-Reyes"), ("NAME", "Savannah", "*"), ("AGE", "93")],
    note="first name that is a city, hyphenated surname, age",
)

# 166
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Hermanos Sánchez-Peña por la donación de 30 sillas de ruedas nuevas. Don Ignacio Sánchez, de 95 años, vino personalmente a entregarlas. ¡Qué ejemplo! ♿",
    "donor foundation and donor's age; not a patient",
)

# 167
p(
    "en",
    "birth_announcement",
    "Four generations in one photo! 📸 Our patient Mabel Oyelaran, 99, met her great-grandson Theo today. Theo was born 5/5 — Mabel's own birthday. Pictured: Mabel, Theo, his mom Keisha and grandma Lorraine.",
    [
        ("PHOTO", "photo"),
        ("NAME", "Mabel Oyelaran"),
        ("NAME", "Mabel", "*"),
        ("AGE", "99"),
        ("NAME", "Theo", "*"),
        ("DATE", "5/5"),
        ("PHOTO", "Pictured"),
        ("NAME", "Keisha"),
        ("NAME", "Lorraine"),
    ],
    note="photo of the patient (two cues), patient's name and age, relatives' names, great-grandson's birth date (= the patient's birthday)",
)

# 168
p(
    "es",
    "staff_spotlight",
    "Nuestra recepcionista Dulce María cumple 25 años con nosotros. Dice que su mejor momento fue cuando un paciente de 100 años le pidió matrimonio. 💍😂 ¡Felicidades, Dulce!",
    [("AGE", "100")],
    note="staff spotlight, but it mentions one unnamed patient with a specific age over 89 (AGE); the receptionist is staff",
)

# 169
n(
    "en",
    "event",
    "🎖️ Veterans Day ceremony, Nov 11, 11 AM, Hialeah campus flagpole. Our WWII and Korea veterans — patients, volunteers and staff — will lead the Pledge. All welcome.",
    "event date; groups of veterans",
)

# 170
p(
    "en",
    "pasted_record",
    "pt list 4N — rm 401: okafor, grace (adm 2025-02-14) | rm 402: empty | rm 403: reyes-dunn, harold mrn 880194 | rm 404: vacant",
    [
        ("OTHER_ID", "rm 401"),
        ("NAME", "okafor, grace"),
        ("DATE", "2025-02-14"),
        ("OTHER_ID", "rm 403"),
        ("NAME", "reyes-dunn, harold"),
        ("MRN", "880194"),
    ],
    note="lower-case census list: occupied rooms, names, ISO admission date, MRN; empty rooms are not tied to a patient",
)

# 171
n(
    "es",
    "anonymous_story",
    "Una paciente nos contó que llegó de Cuba en 1962 con dos vestidos y una foto de su mamá. Hoy tiene 14 nietos y 9 bisnietos. Historias como la suya nos recuerdan por qué hacemos esto. 💛",
    "anonymous story; country and bare year; no attached photo",
)

# 172
p(
    "en",
    "milestone_birthday",
    "One hundred and two years young! 💘 Born on Valentine's Day, our Valentina Cruz-Ibarra says her mother 'had no imagination with names.' Happy birthday, Val!",
    [
        ("AGE", "One hundred and two"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Valentina Cruz-Ibarra"),
        ("NAME", "Val"),
    ],
    note="age in words, holiday birthday, hyphenated name, short name",
)

# 173
p(
    "es",
    "discharge",
    "¡BIENVENIDO A CASA, DON PANCHO! 🏡 Francisco 'Pancho' Herrera, de 90 años, regresa a Hialeah Gardens después de su marcapasos. Sus nietos le hicieron un cartel gigante. ¡Qué orgullo!",
    [
        ("NAME", "PANCHO"),
        ("NAME", "Francisco 'Pancho' Herrera"),
        ("AGE", "90"),
        ("GEO", "Hialeah Gardens"),
    ],
    note="all-caps nickname, full name, age, home city (Hialeah Gardens, not the hospital's Hialeah)",
)

# 174
n(
    "en",
    "health_tip",
    "Sundowning is real. If your loved one with dementia gets agitated late in the day, try more light, less noise and a steady routine. Our Memory Care helpline is here: (352) 555-0122. #DementiaCare",
    "general tip; hospital helpline",
)

# 175
p(
    "es",
    "pasted_record",
    "Correo interno (publicado por error): 'La Sra. Dolores Ugarte, cama 15-A, se cayó el día 5 en el baño. Avisar a su sobrino Ramiro: ramiro.ugarte@hotmail.com. Su póliza: MCR 4TY8-UJ2-QK91.'",
    [
        ("NAME", "Dolores Ugarte"),
        ("OTHER_ID", "cama 15-A"),
        ("DATE", "día 5"),
        ("NAME", "Ramiro"),
        ("EMAIL", "ramiro.ugarte@hotmail.com"),
        ("HEALTH_PLAN", "4TY8-UJ2-QK91"),
    ],
    note="pasted e-mail: name, bed, injury day of month alone (día 5), nephew's name and e-mail, insurance number",
)

# 176
n(
    "en",
    "sponsor",
    "Thanks to Villages Golf Cars for donating 3 accessible golf carts to shuttle patients from the parking lot! 🛺 Owner Gene Bittner, 90, delivered them himself — and parked them better than we could.",
    "sponsor and its owner's age",
)

# 177
p(
    "en",
    "anonymous_story",
    "The patient in bed 9 on our Memory Care unit has one request every morning: 'Play me some Sinatra.' So we do. Every morning. 🎶 #SmallThings",
    [("OTHER_ID", "bed 9")],
    note="unnamed patient, but the bed number is an identifier",
)

# 178
n(
    "es",
    "campaign_hashtag",
    "#FuerzaAbuela #TodosConLosAbuelos 💪 Gracias a los 300 voluntarios que llamaron a nuestros pacientes solos durante el huracán. ¡Ustedes son familia!",
    "generic campaign hashtags; volunteers",
)

# 179
p(
    "en",
    "staff_spotlight",
    "Get well soon, Nurse Bev! 💐 Beverly Ransome, our night charge nurse for 30 years, is on the other side of the call light this week — admitted Tuesday to 4 North after a fall on the ice in Asheville. We need you back, Bev!",
    [("NAME", "Bev", "*"), ("NAME", "Beverly Ransome"), ("GEO", "Asheville")],
    note="a staff member admitted as a patient is a patient: name, short name, place of her fall; weekday and unit not labelled",
)

# 180
n(
    "es",
    "health_tip",
    "¿Su papá de 92 años todavía maneja? 🚗 Hable con su médico sobre una evaluación de manejo. Nuestra clínica ofrece evaluaciones en español: (305) 555-0155.",
    "hypothetical reader's father, not a patient; hospital line",
)

# 181
p(
    "en",
    "milestone_birthday",
    "May is Older Americans Month, and who better to kick it off than May herself? 🌼 May Fong, 94, retired Pan Am flight attendant and our Rehab unit's unofficial social director, turns 95 on the 1st. Happy May Day, May!",
    [
        ("NAME", "May", 2),
        ("NAME", "May Fong"),
        ("AGE", "94"),
        ("NAME", "Pan Am"),
        ("AGE", "95"),
        ("DATE", "1st"),
        ("DATE", "May Day"),
        ("NAME", "May", 5),
    ],
    note="patient named May: the month (1st occurrence) is not labelled, the name is; former employer; ages; birthday as day alone and again as May Day",
    ok=("May",),
)

# 182
n(
    "en",
    "event",
    "Room 100 in our hospice wing just got a makeover thanks to the Villages Quilters Guild 🧵 — new quilts, new curtains, and a view of the lake. Every room should feel like home.",
    "a room not tied to any patient; a community group",
)

# 183
p(
    "es",
    "patient_story",
    "Hoy nuestra Dra. Marisela Ruiz estuvo del otro lado: su mamá, doña Esther Ruiz, de 98 años, fue operada de la cadera en nuestro campus de Hialeah y ya está caminando. ¡Gracias al equipo de ortopedia!",
    [("NAME", "Marisela Ruiz"), ("NAME", "Esther Ruiz"), ("AGE", "98")],
    note="the patient's daughter is a doctor here; named as the patient's relative she is labelled; patient's name and age",
)

# 184
n(
    "es",
    "event",
    "El 17 de diciembre muchos de nuestros pacientes cubanos celebran a San Lázaro, Babalú Ayé. 🕯️ La capilla del campus de Hialeah estará abierta todo el día para quien quiera rezar.",
    "religious feast day, not a patient's date; population",
)

# 185
p(
    "en",
    "anonymous_story",
    "A 90-something gentleman from Okahumpka brought our ED nurses a bucket of fresh-caught specks this morning — two days after we treated him for a fishhook in the thumb. 🎣 Don't change, sir.",
    [("GEO", "Okahumpka")],
    note="unnamed patient, a decade only (90-something, not labelled), but his home town is GEO",
)

# 186
n(
    "en",
    "statistic",
    "Milestone! 🎉 Our new Hialeah hospice wing welcomed its 100th family this week. Thank you to every nurse, aide, chaplain and volunteer who made 100 families feel at home.",
    "'100th family' is a count, not an age",
)

# 187
p(
    "es",
    "patient_story",
    "Muchos nos han preguntado cómo ayudar a don Tony Acevedo, que perdió su casa en el huracán mientras estaba hospitalizado con nosotros. Su familia abrió esta página: gofundme.com/f/ayuda-abuelo-tony 🙏",
    [("NAME", "Tony Acevedo"), ("URL", "gofundme.com/f/ayuda-abuelo-tony")],
    note="patient's name and the family's fundraising URL",
)

# 188
n(
    "en",
    "public_figure",
    "President Jimmy Carter showed the world what 100 looks like: faith, service and hammering nails into his 90s. 🔨 This #CentenarianDay, we celebrate every neighbor who's made it to triple digits.",
    "public figure's age; campaign hashtag",
)

# 189
p(
    "es",
    "milestone_birthday",
    "¡70 años de casados! 💍 Rogelio y Mercedes Laborde se casaron el 12 de octubre de 1955 en la iglesia de Güines. Hoy Rogelio, de 96, le cantó 'Contigo en la distancia' desde su cama de rehabilitación, habitación 207. 🥹",
    [
        ("NAME", "Rogelio", "*"),
        ("NAME", "Mercedes Laborde"),
        ("DATE", "12 de octubre de 1955"),
        ("GEO", "Güines"),
        ("AGE", "96"),
        ("OTHER_ID", "habitación 207"),
    ],
    note="patient and wife: names, wedding date with year, wedding town, age, room; years married not an age",
)

# 190
n(
    "en",
    "sponsor",
    "Thank you to the Nguyen Family Foundation for the new Nguyen Family Memory Garden 🌿 — 12 raised beds, a koi pond and shaded benches. Founders Thanh and Lien Nguyen, 91 and 89, dug the first shovel themselves.",
    "donor family naming a garden; donors' ages not labelled",
)

# 191
n(
    "es",
    "hospital_contact",
    "¿Es usted cuidador de un familiar mayor? Tiene derecho a descanso. Nuestro programa de relevo ofrece hasta 5 días de cuidado en el hospicio Sunshine House (2200 Palm Ridge Parkway, Lady Lake). Llame al (352) 555-0133.",
    "hospice's own address and number",
)

# 192
p(
    "en",
    "pasted_record",
    "lol someone left their golf cart running in the ER drop-off again 🙃 cart decal V-88412 belongs to our 94yo friend in Obs 6 — Mr. Haskins, your keys are at the front desk",
    [("VEHICLE", "V-88412"), ("AGE", "94yo"), ("OTHER_ID", "Obs 6"), ("NAME", "Haskins")],
    note="golf-cart decal (vehicle id), age token, observation bed with keyword, surname",
)

# 193
p(
    "es",
    "discharge",
    "Esperanza tiene 99 años y un nombre que le queda perfecto 💚 Después de tres semanas en cuidados intensivos, Esperanza Lugo salió hoy de alta hacia la casa de su hija Magaly en Miami Springs. ¡Nunca perdamos la esperanza!",
    [
        ("NAME", "Esperanza Lugo"),
        ("NAME", "Esperanza", "*"),
        ("AGE", "99"),
        ("NAME", "Magaly"),
        ("GEO", "Miami Springs"),
    ],
    note="name that is a word (the lower-case noun 'esperanza' is not labelled), age, daughter, the town where she will live",
)

# 194
n(
    "en",
    "crisis_update",
    "Seven years ago today, Hurricane Irma knocked out power to both campuses for 5 days. Not one patient was harmed. We'll never forget the staff who slept on cots for a week. #IrmaAnniversary",
    "hospital event anniversary; hurricane name",
)

# 195
p(
    "en",
    "thank_you",
    "To the Castellano family: the hospice team has your mother's reading glasses and rosary. We kept them safe. Please call us at (352) 555-0133 whenever you're ready. 🙏",
    [("NAME", "Castellano")],
    note="family surname identifies the patient; the hospice number is the hospital's",
)

# 196
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down y envejecimiento: hoy las personas con síndrome de Down viven hasta los 60 y más. Nuestra clínica de Hialeah ofrece evaluaciones de memoria para adultos con discapacidad intelectual. (305) 555-0144",
    "eponymous condition; population",
)

# 197
p(
    "en",
    "anonymous_story",
    "To the gentleman we admitted on Christmas morning with chest pain: your cardiac cath went great, and the cookies you sent back to the cath lab were even better. 🎄",
    [("DATE", "Christmas")],
    note="unnamed patient, but his admission day (Christmas) is a date",
)

# 198
n(
    "en",
    "event",
    "Christmas morning brunch for patients who can't go home for the holidays — served by our leadership team in Santa hats. 🎅 Dec 25, 9 AM, all inpatient units.",
    "holiday event date, not a patient's",
)

# 199
p(
    "es",
    "patient_story",
    "La centenaria más joven de espíritu: Rosario 'Charo' Batista bailó salsa con su fisioterapeuta en la sala de rehabilitación. 💃 ¡Charo, usted es una inspiración! #CharoBaila",
    [
        ("AGE", "centenaria"),
        ("NAME", "Rosario 'Charo' Batista"),
        ("NAME", "Charo", "*"),
        ("NAME", "#CharoBaila"),
    ],
    note="'centenaria' is AGE; name (Rosario is also a city) with nickname; name hashtag",
)

# 200
n(
    "en",
    "staff_spotlight",
    "Meet Biscuit and Gravy, our two new therapy rabbits 🐇🐇 who will be visiting Memory Care every Thursday. Their handler, volunteer Edna Whitcomb, is 92 and 'allergic to nothing.'",
    "pets and a volunteer's name and age",
)

# 201
p(
    "es",
    "pasted_record",
    "Lista de llamadas pendientes (NO PUBLICAR): Sra. Luz Divina Roque — hija Odalys +1 786 555 0131 — paciente ingresó 31/12 (Nochevieja) por neumonía — cuarto 318",
    [
        ("NAME", "Luz Divina Roque"),
        ("NAME", "Odalys"),
        ("PHONE", "+1 786 555 0131"),
        ("DATE", "31/12"),
        ("DATE", "Nochevieja"),
        ("OTHER_ID", "cuarto 318"),
    ],
    note="call list: name, daughter and her phone, admission date written twice (31/12, Nochevieja), room",
)

# 202
n(
    "en",
    "recruitment",
    "We're hiring bilingual (English/Spanish) CNAs at our Hialeah campus! ¡Se busca! 💬 Our patients come from Havana, San Juan, Santo Domingo and Caracas — and so does our team. sunshinecoastsenior.org/careers",
    "cities of a population, not of a patient",
)

# 203
p(
    "en",
    "milestone_birthday",
    "happpy 100th bday to grandma jean from all of us on 2 south!!! 🎂 her grandson tommy drove all the way from pensacola to surprise her 😭 #jeanturns100",
    [
        ("AGE", "100th"),
        ("NAME", "jean"),
        ("NAME", "tommy"),
        ("GEO", "pensacola"),
        ("NAME", "#jeanturns100"),
    ],
    note="lower case with typos: age, name, grandson and his home city, name hashtag",
)

# 204
n(
    "es",
    "staff_spotlight",
    "Nuestro jardinero don Cundo, de 91 años, lleva 30 años cuidando las rosas del hospicio. Dice que las flores, como los abuelos, solo necesitan sol y cariño. 🌹",
    "staff member's name and age",
)

# 205
p(
    "en",
    "milestone_birthday",
    'Technician 5th Grade Yoshio "Yosh" Tanaka, 442nd Regimental Combat Team, turned 100 yesterday in our Rehab unit. His daughter Naomi flew in from Honolulu with a lei and a cake shaped like a Purple Heart. 🎖️',
    [("NAME", 'Yoshio "Yosh" Tanaka'), ("AGE", "100"), ("NAME", "Naomi"), ("GEO", "Honolulu")],
    note="rank and unit not labelled; name with nickname, age, daughter and her home city",
)

# 206
n(
    "es",
    "statistic",
    "En 2024, nuestro equipo de hospicio acompañó a 1,312 familias. El 40% de nuestros pacientes tenía más de 90 años. Gracias por confiarnos a sus seres queridos. 🕊️",
    "statistics about a population",
)

# 207
p(
    "en",
    "pasted_record",
    "Story hour on 3 West 📖 [Image description: a volunteer reading to a patient; the intake clipboard on the bed reads EDNA MAE COLTRANE · Medicare 7KT2-HN4-PW83 · FL DL C634-510-29-788-0 · 9 Sandpiper Ct, Bushnell]",
    [
        ("PHOTO", "Image description"),
        ("NAME", "EDNA MAE COLTRANE"),
        ("HEALTH_PLAN", "7KT2-HN4-PW83"),
        ("LICENSE", "C634-510-29-788-0"),
        ("GEO", "9 Sandpiper Ct"),
        ("GEO", "Bushnell"),
    ],
    note="alt text says the image shows a patient (PHOTO cue) and transcribes her intake form: name, Medicare number, driver licence, street and town",
)

# 208
p(
    "es",
    "milestone_birthday",
    "feliz cumple a la abuela de todos, doña chela! 99 abriles 🎉🎉 nacida en guanabacoa, criada en hialeah, y la mejor cocinera del piso 2",
    [("NAME", "chela"), ("AGE", "99"), ("GEO", "guanabacoa"), ("GEO", "hialeah")],
    note="lower case: nickname, age (abriles), birthplace and home town",
)

# 209
n(
    "en",
    "campaign_hashtag",
    "September 22 is National Centenarian's Day! 🎂 Did you know Florida is home to more than 6,000 people aged 100+? Tell us about the centenarian in your life using #SunshineCentenarians.",
    "awareness day, population, campaign hashtag",
)

# 210
p(
    "es",
    "discharge",
    "Don Arcadio Pellot llegó a nuestro hospital el 12 de octubre, Día de la Hispanidad, y hoy sale caminando con su bastón de caoba. 'A los 93 años uno no se rinde', dice. ¡Wepa, don Arcadio!",
    [
        ("NAME", "Arcadio Pellot"),
        ("NAME", "Arcadio", "*"),
        ("DATE", "12 de octubre"),
        ("DATE", "Día de la Hispanidad"),
        ("AGE", "93"),
    ],
    note="name, admission date written twice (12 de octubre, Día de la Hispanidad), age",
)

# 211
n(
    "en",
    "eponymous_condition",
    "Happy birthday, Dr. Alois Alzheimer! Born June 14, 1864, he first described the disease that bears his name in 1906. Today, our Memory Care team carries on the work. 💜",
    "historical figure's birth date; eponymous condition",
)

# 212
p(
    "en",
    "patient_story",
    "Ninety-one years old and just got her first tattoo (a tiny golf flag ⛳) — then a trip over a curb at the Lake Sumter Landing farmers market landed Marjorie Kettering in our ER. She's fine. The tattoo is fine. Her son Doug is 'not fine.' 😂",
    [
        ("AGE", "Ninety-one"),
        ("GEO", "Lake Sumter Landing"),
        ("NAME", "Marjorie Kettering"),
        ("NAME", "Doug"),
    ],
    note="age in words, place of her fall, name, son's name",
)

# 213
n(
    "es",
    "staff_spotlight",
    "¡Nuestra voluntaria Luz María cumplió 100 años y sigue viniendo cada lunes a doblar toallas! 🎂 Dice que el día que deje de venir es porque se mudó a Tampa. ¡La queremos, Luz!",
    "volunteer's birthday and age are never labelled",
)

# 214
p(
    "en",
    "patient_story",
    "During the storm, Room 118 became a ballroom. 💃 Our patient Gus Papadakis, 97, and his wife Eleni, 95, danced to Sinatra on a phone speaker while the generators hummed. 70 years married and still leading.",
    [
        ("OTHER_ID", "Room 118"),
        ("NAME", "Gus Papadakis"),
        ("AGE", "97"),
        ("NAME", "Eleni"),
        ("AGE", "95"),
    ],
    note="room, patient's name and age, wife's name and age over 89",
)

# 215
n(
    "es",
    "crisis_update",
    "Por la alerta de tornado, los pacientes del piso 4 fueron trasladados temporalmente al pasillo central. Todos están bien. Visitas suspendidas hasta las 8 p.m. Información: (305) 555-0144.",
    "crisis update; a floor is not an identifier",
)

# 216
n(
    "en",
    "staff_spotlight",
    "Nurse Tamika Greene has held the hand of more than 400 hospice patients in their final hours. Tonight she received the DAISY Award. Her own great-grandmother lived to 106 in Ocala — 'that's where I learned patience.' 🌼",
    "nurse and her own great-grandmother (staff family)",
)

# 217
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos el cumpleaños número cien de doña Socorro Villafañe 🎉 Socorro nació en Humacao, trabajó 35 años en la fábrica de Bacardí y todavía recuerda cada receta. ¡Que vivan los cien!",
    [
        ("AGE", "cien", "*"),
        ("NAME", "Socorro Villafañe"),
        ("NAME", "Socorro", "*"),
        ("GEO", "Humacao"),
        ("NAME", "Bacardí"),
    ],
    note="age in words (both mentions), name that is a word, birthplace, former employer",
)

# 218
n(
    "en",
    "event",
    "Golf Cart Parade for Memory Care! 🛺🎈 Decorate your cart and join us Saturday, April 12, from Spanish Springs to Lake Sumter Landing. Prizes for best costume. Register: sunshinecoastgiving.org/parade",
    "event date and venues; giving domain",
)

# 219
p(
    "es",
    "pasted_record",
    "Por favor, eliminen la publicación anterior: mostraba la orden de traslado de la paciente Maribel Saavedra (F. nac. 07/08/1933), con el fax de su hijo, 305-555-0176, y su número de Medicaid 2290417736.",
    [
        ("NAME", "Maribel Saavedra"),
        ("DATE", "07/08/1933"),
        ("FAX", "305-555-0176"),
        ("HEALTH_PLAN", "2290417736"),
    ],
    note="name, birth date, son's fax, Medicaid number",
)

# 220
p(
    "en",
    "anonymous_story",
    "A patient told us today that she's outlived two husbands, three hurricanes and one HMO. 😂 She's 88, and her third husband, Walt, 91, says she's 'just getting started.'",
    [("NAME", "Walt"), ("AGE", "91")],
    note="unnamed patient aged 88 (not labelled), but her husband's name and his age over 89 are labelled",
)

# 221
p(
    "en",
    "patient_story",
    "Mr. C, our favorite Korean War vet on 3 West, asked us not to use his name — so here's his advice for the new interns instead: 'Wash your hands, call your mother, and never trust a second lieutenant.' 🫡 He turns 95 Sunday.",
    [("NAME", "C"), ("AGE", "95")],
    note="initial used as the patient's name, age; weekday not labelled",
)

# 222
n(
    "es",
    "public_figure",
    "¡Qué visita! La cantante Marisol Vidal envió un video saludando a nuestros pacientes cubanos en el Día de las Madres. 💐 Más de 200 mamás y abuelas lo vieron en la cafetería.",
    "public figure; holiday that is not a patient's date",
)

# 223
p(
    "en",
    "pasted_record",
    "Whiteboard photo from today's Rehab huddle (oops): 'MONTGOMERY, GEORGIA L. — 98 — PT BID — d/c plan: home w/ niece Tallulah, Wildwood — DOB 10.2.26'",
    [
        ("NAME", "MONTGOMERY, GEORGIA L."),
        ("AGE", "98"),
        ("NAME", "Tallulah"),
        ("GEO", "Wildwood"),
        ("DATE", "10.2.26"),
    ],
    note="name made of place names, age, niece, discharge town, DOB; a photo of a whiteboard is not PHOTO",
)

# 224
n(
    "es",
    "health_tip",
    "Si usted o un ser querido está pasando por una crisis emocional, llame o envíe un texto al 988. Hay ayuda en español las 24 horas. La soledad en los mayores es real; hablemos de ella. 💙",
    "national crisis line",
)

# 225
p(
    "en",
    "statistic",
    "Our oldest patient this year was 108. Our youngest volunteer was 14. Our oldest volunteer was 97. The age gap? Zero when they're playing Uno together. 🃏",
    [("AGE", "108")],
    note="the oldest patient is one person: age 108 is AGE; volunteers' ages are not labelled",
)

# 226
p(
    "es",
    "discharge",
    "Nació un 1ro de enero, 'el mismo día que la Revolución pero mucho antes', según él 😅. Don Nicolás 'Colacho' Ferrer, de 95 años, se fue hoy de alta a su casa en Hialeah Gardens.",
    [
        ("DATE", "1ro de enero"),
        ("NAME", "Nicolás 'Colacho' Ferrer"),
        ("AGE", "95"),
        ("GEO", "Hialeah Gardens"),
    ],
    note="birthday, name with nickname, age, home town",
)

# 227
n(
    "en",
    "hospital_contact",
    "Follow us! 📲 The Villages news: @SunshineCoastSH · Hialeah en español: @SCSH_Hialeah · Hospice stories: @SunshineHouseHospice · Volunteer life: @SCSHVolunteers",
    "the hospital's own handles",
)

# 228
p(
    "es",
    "memorial",
    "Con tristeza compartimos que don Wilfredo Sepúlveda, veterano de Corea, falleció el Día de Acción de Gracias en Sunshine House a los 92 años. Su esposa, doña Iris, nos dijo: 'Se fue dando gracias, como vivió.'",
    [
        ("NAME", "Wilfredo Sepúlveda"),
        ("DATE", "Día de Acción de Gracias"),
        ("AGE", "92"),
        ("NAME", "Iris"),
    ],
    note="name, died on Thanksgiving, age, wife's name",
)

# 229
n(
    "en",
    "research",
    "Congratulations to Dr. Evelyn Tso, 90, our emeritus research director, whose 50-year study of golf and longevity was just published. Her finding: walking the course beats riding the cart. ⛳",
    "researcher (staff) and her age",
)

# 230
n(
    "es",
    "anonymous_story",
    "Una bisabuela de noventa y pico nos pidió que le pintaran las uñas antes de su cirugía de cataratas. 'Si me van a ver de cerca, que me vean bonita.' 💅",
    "anonymous patient; 'noventa y pico' is a decade, not a specific age",
)

# 231
p(
    "en",
    "memorial",
    'IN MEMORIAM: CAPT. HOWARD "HOWIE" BLAKESLEE, USMC, IWO JIMA, AGE 99. DIED THE TWELFTH OF MARCH, SURROUNDED BY HIS GRANDSONS. SEMPER FI, HOWIE.',
    [
        ("NAME", 'HOWARD "HOWIE" BLAKESLEE'),
        ("NAME", "HOWIE", "*"),
        ("AGE", "99"),
        ("DATE", "TWELFTH OF MARCH"),
    ],
    note="all caps: name with nickname, age, death date in words; Iwo Jima names a battle, USMC a branch",
)

# 232
n(
    "es",
    "public_figure",
    "El doctor Carlos J. Finlay, cubano, descubrió que el mosquito transmite la fiebre amarilla. Este 3 de diciembre, Día de la Medicina Latinoamericana, honramos a nuestros médicos. 🩺",
    "historical figure; awareness day",
)

# 233
p(
    "en",
    "thank_you",
    "Thank you, Dolores and Frank from Summerfield, for the 200 pounds of citrus from your grove! 🍊 Your dad, Mr. Ambrose, says the grapefruit is better than ours. (He's right.)",
    [("NAME", "Dolores"), ("NAME", "Frank"), ("GEO", "Summerfield"), ("NAME", "Ambrose")],
    note="donors who are the patient's children: names (Frank is also a word) and town; patient's surname",
)

# 234
n(
    "en",
    "crisis_update",
    "UPDATE: The water main break on Morse Boulevard is repaired. All clinics at our main campus are open. Thank you for your patience! ☎️ (352) 555-0111",
    "the hospital's street; hospital number",
)

# 235
p(
    "es",
    "patient_story",
    "📸 En la foto: Doña Consuelo Abreu, de 104 años, con el casco que le regalaron los bomberos que la rescataron durante la inundación de su casa en la calle 8. ¡Qué valiente!",
    [("PHOTO", "En la foto"), ("NAME", "Consuelo Abreu"), ("AGE", "104"), ("GEO", "calle 8")],
    note="photo of the patient, name, age, home street",
)

# 236
n(
    "en",
    "event",
    "Thank you for being a friend 🎶 Tonight's Golden Girls trivia night in the Hialeah campus family lounge: 7 PM. Prizes for anyone who can name Sophia's hometown. (Hint: it's in Sicily.)",
    "fictional character; event",
)

# 237
p(
    "es",
    "pasted_record",
    "Aviso para la familia de Ángel Luis Cordero (hab. 512): su sobrina Yadira nos escribió a través de Facebook (@yadi.cordero.pr) preguntando por la fecha de alta del 15/9. Por favor, comuníquese con nosotros por privado.",
    [
        ("NAME", "Ángel Luis Cordero"),
        ("OTHER_ID", "hab. 512"),
        ("NAME", "Yadira"),
        ("OTHER_ID", "@yadi.cordero.pr"),
        ("DATE", "15/9"),
    ],
    note="name, room, niece's name and social handle, discharge date",
)

# 238
n(
    "en",
    "staff_spotlight",
    "Shout-out to our night shift: Hope, Faith, Joy, Grace and Chip. Yes, those are their real names. Yes, it's a great team. ☀️🌙 #NightShiftHeroes",
    "staff names that are ordinary words",
)

# 239
p(
    "es",
    "discharge",
    "De vuelta a casa en su carrito de golf (¡manejado por su hijo, por favor!) 🛺 Don Aurelio Mestre, de 97 años, regresa a su villa en The Villages, código postal 32163, después de su cirugía. ¡Despacito, don Aurelio!",
    [
        ("NAME", "Aurelio Mestre"),
        ("NAME", "Aurelio", "*"),
        ("AGE", "97"),
        ("GEO", "The Villages"),
        ("GEO", "32163"),
    ],
    note="name, age, home town and ZIP (not the hospital's 32162)",
)

# 240
n(
    "en",
    "statistic",
    "From all of us at Sunshine Coast Senior Health: thank you to the 2,400 patients and families who trusted us this year — from our youngest (a spry 61) to our oldest (well, she asked us not to say). 💛 #SunshineCoastStrong",
    "counts; age 61; the oldest patient's age is not given",
)


if __name__ == "__main__":
    S.main("phi_dev64_source")
