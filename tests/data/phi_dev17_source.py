"""Blind development set d17 for the PHI scanner: tests/data/phi_dev17.jsonl.

Organisation: the fictional Lakeshore University Medical Center, Chicago
(phi_dev17_org.json): an academic medical center with a regional burn center, an
organ transplant program, a Level I trauma center and a children's hospital wing,
plus community clinics in Pilsen, Humboldt Park, Back of the Yards, Bronzeville and
Avondale. Its own phone numbers (312) 555-01xx, its addresses (including the clinic
on S. Ashland Avenue), domains and handles are never PHI.

Focus: burn survivors meeting the firefighters who rescued them, organ donor
families meeting recipients, gun-violence / trauma updates (anonymous ones vs. ones
that leak a name, a street corner or a bed), research news naming faculty, marathon
and Cubs / White Sox / Bulls visits, Polish names and diminutives (Kasia, Gosia,
Jadzia, Krzyś, Wojtek), Mexican and Puerto Rican families, Chicago streets that look
like names (Ashland, Western, Kedzie, Halsted, Damen, Pulaski, Stevenson) and names
that are words or places (Austin, Logan, June, Summer, Grace, Hunter, Milagros,
Esperanza, Dolores, Socorro, Dulce, Pura, Refugio), residents and fellows, and posts
pasted by mistake from the staff chat, the OR board, a census or a billing queue.
X-style threads (1/3, 2/3...) and replies, very short tweets and long Facebook stories.

Language mix: about three quarters English, one quarter Spanish (Mexican and Puerto
Rican families); a few English posts carry Polish words.

Labelling decisions of this set (where the build_phi_eval.py rules leave room):
- The street corner, expressway or road where a patient was shot, burned, crashed
  or gave birth is GEO ("47th & Damen", "Western and Belmont", "Cermak y Kedzie",
  "Dan Ryan", "I-55", "Stevenson"); an intersection is one span.
- Fire companies, fire stations, ambulances and police districts (Engine 98,
  Truck 34, Estación 18, Ambulance 47, 10th District) are never labelled, like
  ambulance units. Operating-room numbers on an OR board ("OR 3") are hospital
  rooms and are not labelled.
- Bed-like places tied to a patient are OTHER_ID with their keyword: "bed 9",
  "rm 412", "cama 4", "habitación 418", "cuarto 512", "BICU 2" (bed 2 of the burn
  ICU on a handoff sheet), "chair 4" (dialysis chair), "trauma bay 3". A trauma
  alias given to an unidentified patient ("ZULU CEDAR") is OTHER_ID.
- Deceased organ donors are patients and their families are patients' relatives,
  so both are labelled; living donors are patients. Money donors, sponsors and
  families that name a foundation or a building are not labelled, unless the post
  introduces them as a patient's family.
- Staff members who are patients (a charge nurse finishing chemo, a resident giving
  birth, a former trauma patient now working here) are labelled; a doctor whose
  child is the patient is a patient's relative and is labelled. Firefighters and
  police officers who are the injured patient are labelled; rescuers are not.
- Public figures who are the patient (an alderman, a ballplayer, a blues guitarist)
  are labelled; the same kind of figure visiting is not.
- A single, unnamed patient is still patient-specific when the post gives a
  neighbourhood, a date of the patient's event, a room/bed, or an age over 89
  ("A grandmother from Gage Park ... on Christmas Eve", "the kiddo in room 227",
  "the oldest person ... was 96"). Counts of many patients ("14 babies on New
  Year's Day") are not.
- A future birthday of a patient who is already over 89 ("her 102nd") is AGE; a
  patient who is 89 has no AGE span. "Sto lat" (the Polish birthday song, "a
  hundred years") is not an age.
- Kinship words and honorifics are not names and are left out of NAME spans:
  Babcia, Pani, Pan, Papi, Mom, doña, Don, Abuelita, Officer, Lt., Ald., Dr.;
  "Papi" used alone is not labelled.
- Schools, churches, employers and a bus route a patient drives ("King College
  Prep", "the Ashland route") are not GEO; the neighbourhood where a patient or
  relative lives is. The city inside a patient's postal address is GEO. Cities
  named only for bystanders (the CPR runners from Milwaukee and Naperville) are not.
- Administrative dates tied to one patient (payment-plan approval, the date of a
  transport list, a target discharge date on a whiteboard) are DATE. Holidays are
  DATE only when the patient's event fell on them (Pulaski Day, Wigilia,
  Nochebuena, Día de la Virgen de Guadalupe, Thanksgiving Day, Christmas Eve);
  "just in time for Easter" and Navidad gifts are not.
- A hashtag naming a place or a campaign (#PazEnLaVillita, #HopeForHumboldt) is
  not a name; a hashtag naming the patient is one NAME span.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev17.jsonl"), os.path.join(HERE, "phi_dev17_org.json"), "d17")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'Eleven months ago, Engine 98 and Truck 34 pulled 7-year-old Tomasz "Tomek" Wiśniewski '
    "out of a two-flat fire on Kedzie Avenue in Avondale. He arrived at our Regional Burn "
    "Center with burns over 40% of his body.\n\nYesterday Tomek came back, not on a stretcher "
    "this time but in a Cubs jersey, to meet the firefighters who carried him down the back "
    "stairs. Lt. Dana Okafor said she hadn't stopped thinking about him since January 9. His "
    "mom, Agnieszka, brought pączki for the whole crew (and for our 4th floor nurses, who were "
    "NOT complaining).\n\nTomek wants to be a firefighter. Lt. Okafor told him the department "
    "will be waiting. ❤️‍🔥 #BurnSurvivor #LakeshoreStrong",
    [
        ("NAME", 'Tomasz "Tomek" Wiśniewski'),
        ("NAME", "Tomek", "*"),
        ("GEO", "Kedzie Avenue"),
        ("GEO", "Avondale"),
        ("DATE", "January 9"),
        ("NAME", "Agnieszka"),
    ],
    note="burn reunion; rescuers and engine numbers unlabelled, street named like a person",
)

# 2
n(
    "en",
    "crisis_update",
    "Update: our Level I Trauma Center received 6 patients overnight from separate shootings "
    "on the South and West Sides. Two remain in critical condition. We will not be sharing "
    "names or details. Media inquiries: (312) 555-0142. #EndGunViolence",
    "anonymous crisis update; hospital media line",
)

# 3
p(
    "en",
    "crisis_update",
    "UPDATE 2: the 16yo boy shot near 47th & Damen in Back of the Yards last night is out of "
    "surgery & stable in PICU bed 9. His grandmother Loretta asked us to thank everyone "
    "praying. Please respect the family's privacy. #PeaceInTheYards",
    [
        ("GEO", "47th & Damen"),
        ("GEO", "Back of the Yards"),
        ("OTHER_ID", "bed 9"),
        ("NAME", "Loretta"),
    ],
    note="crisis update that leaks the corner, the bed and the grandmother's name",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Meet Kasia! 💙 Kasia Zielińska has been a respiratory therapist in our Burn ICU for 14 "
    "years. She grew up in Avondale, speaks Polish to half her patients' grandmas, and makes "
    "the best chruściki on the unit. Dziękujemy, Kasia! #RTWeek",
    "staff spotlight: a Polish diminutive and a neighbourhood, but she is staff",
)

# 5
p(
    "es",
    "thank_you",
    "¡Gracias, familia Ortiz! 🌻 Don Rigoberto pasó 62 días en nuestra unidad de quemados "
    "después del incendio en su taller en La Villita. Hoy regresó con tamales para todo el "
    "turno de noche. Su esposa, doña Chayo, dice que ya le prohibió cocinar con gasolina. 😅 "
    "#OrgulloLakeshore",
    [
        ("NAME", "Ortiz"),
        ("NAME", "Rigoberto"),
        ("GEO", "La Villita"),
        ("NAME", "Chayo"),
    ],
)

# 6
n(
    "es",
    "health_tip",
    "Con el calor de julio, vigile a sus abuelitos. Las personas mayores de 90 años corren más "
    "riesgo de golpe de calor. Centros de enfriamiento: llame al 311. Línea en español de "
    "Lakeshore: (312) 555-0168.",
    "population age over 90 and the hospital's Spanish line",
)

# 7
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Jadwiga "Jadzia" Kowalczyk! 🎂 Babcia Jadzia was born in '
    "Kraków, came to Back of the Yards in 1949, and has been a patient of our geriatrics "
    'clinic for 20 years. Her secret? "Pierogi on Friday, no arguing on Sunday." Sto lat, '
    "Jadzia!!",
    [
        ("AGE", "100th"),
        ("NAME", 'Jadwiga "Jadzia" Kowalczyk'),
        ("NAME", "Jadzia", "*"),
        ("GEO", "Kraków"),
        ("GEO", "Back of the Yards"),
    ],
    note="Babcia is a kinship word; 'Sto lat' is the birthday song, not an age",
)

# 8
n(
    "en",
    "event",
    "Join us Sat 6/14 for the Lakeshore Burn Survivors Picnic at the Humboldt Park boathouse, "
    "11am–3pm. Firefighters from Engine 57 will be grilling. RSVP (312) 555-0123.",
    "event date and venue; hospital burn line",
)

# 9
p(
    "en",
    "pasted_record",
    "4W huddle: rm 412 Nowicki K POD1 s/p liver tx, tacro level pending; rm 415 Baez, Y — "
    "dressing change 1400, mom at bedside wants call back 773-555-0187. pls don't forget",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "Nowicki K"),
        ("OTHER_ID", "rm 415"),
        ("NAME", "Baez, Y"),
        ("PHONE", "773-555-0187"),
    ],
    note="huddle note pasted from the staff chat",
)

# 10
n(
    "en",
    "research",
    "Congrats to Dr. Marek Lewandowski and transplant surgery fellow Dr. Aisha Bello, whose "
    "study on normothermic liver perfusion was published today. Across 212 recipients, 1-year "
    "graft survival hit 94%. 👏 #TransplantResearch",
    "research news naming faculty and a fellow; aggregate numbers",
)

# 11
p(
    "en",
    "patient_story",
    "Two families, one heartbeat. 💚 In October 2022, 19-year-old Darius Whitfield of "
    "Bronzeville became an organ donor after a car crash on the Dan Ryan. This week his "
    "mother, Yvonne, placed a stethoscope on the chest of Gerald Pruitt, 58, of Oak Lawn, and "
    "heard her son's heart. \"That's my baby,\" she said. Gerald has a message for every "
    "family considering donation: \"You're not losing them. You're sending them forward.\" "
    "#DonateLife",
    [
        ("DATE", "October 2022"),
        ("NAME", "Darius Whitfield"),
        ("GEO", "Bronzeville"),
        ("GEO", "Dan Ryan"),
        ("NAME", "Yvonne"),
        ("NAME", "Gerald Pruitt"),
        ("NAME", "Gerald", "*"),
        ("GEO", "Oak Lawn"),
    ],
    note="donor family meets recipient: donor, his mother and the recipient are all labelled",
)

# 12
n(
    "en",
    "public_figure",
    "Thanks to @ChicagoBulls forward Malik Thornton for spending his off day with our kids in "
    "the Children's Hospital playroom! 🏀 Lots of high fives, one very competitive game of Uno, "
    "and zero broken windows. #BullsNation",
    "athlete visiting; children unnamed",
)

# 13
p(
    "es",
    "patient_story",
    "Esta es la historia de Yadiel. 💙\n\nEl 3 de agosto, Yadiel Colón Santiago, de 11 años, "
    "estaba jugando básquet en Humboldt Park cuando empezó a sentir que le faltaba el aire. Su "
    "abuela Carmen lo trajo a nuestra sala de emergencias pediátricas. El diagnóstico: "
    "miocardiopatía dilatada. Después de cuatro meses esperando, el 19 de diciembre recibió un "
    "corazón nuevo.\n\nHoy Yadiel volvió a la cancha de Paseo Boricua para tirar el primer "
    "balón del torneo de verano. ¡Wepa! 🇵🇷 #CorazónBoricua #DonaVida",
    [
        ("NAME", "Yadiel Colón Santiago"),
        ("NAME", "Yadiel", "*"),
        ("DATE", "3 de agosto"),
        ("GEO", "Humboldt Park"),
        ("NAME", "Carmen"),
        ("DATE", "19 de diciembre"),
        ("GEO", "Paseo Boricua"),
    ],
    note="long Spanish story; Santiago is a surname here, #CorazónBoricua a campaign tag",
)

# 14
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestra clínica de Pilsen. 👶 Mamá y bebé "
    "están bien, gracias a la enfermera de turno que salió corriendo con guantes y una cobija. "
    "¡Bienvenido al mundo, pequeñito!",
    "anonymous birth; relative time; the clinic is the hospital's own",
)

# 15
p(
    "en",
    "discharge",
    "Going home day for Sunny! ☀️ 97 days in our NICU and she's finally headed to Cicero. "
    "Sunny skies ahead, little one.",
    [("NAME", "Sunny", 1), ("GEO", "Cicero")],
    note="name that is a word; second Sunny is the weather; 97 is days, not age",
    ok=("Sunny",),
)

# 16
n(
    "en",
    "statistic",
    "By the numbers, 2024 in our Regional Burn Center: 1,142 admissions. 38% children under 5. "
    "96 days: our longest stay. 212 skin grafts. 1 incredible team. #BurnAwarenessWeek",
    "statistics; 96 is a length of stay, not an age",
)

# 17
p(
    "en",
    "public_figure",
    "Ald. Rosa Villanueva asked us to share: she is recovering well after heart bypass surgery "
    "at Lakeshore on Monday and expects to be back at City Hall by spring. The Alderman thanks "
    'the cardiac surgery team and "every tía in the ward who sent caldo." 🙏',
    [("NAME", "Rosa Villanueva")],
    note="public figure who is the patient; weekday unlabelled",
)

# 18
n(
    "en",
    "public_figure",
    "Thank you, Mayor's Office, and Ald. Rosa Villanueva for joining the ribbon cutting of our "
    "new Pilsen Community Clinic at 1742 W. 18th Street. Bilingual primary care, pediatrics and "
    "behavioral health, open Mon–Sat. Call (312) 555-0168.",
    "same alderman as a visitor, not a patient; hospital clinic address",
)

# 19
p(
    "en",
    "memorial",
    "Rest easy, Officer Ray 'Big Ray' Dombrowski. 💙 Ray spent his last weeks on our palliative "
    "care unit surrounded by his wife Halina, his five grandkids, and a rotating cast of Sox "
    "fans from the 9th District. He passed peacefully on March 2. He was 91. We are honored to "
    "have cared for him.",
    [
        ("NAME", "Ray 'Big Ray' Dombrowski"),
        ("NAME", "Ray", "*"),
        ("NAME", "Halina"),
        ("DATE", "March 2"),
        ("AGE", "91"),
    ],
)

# 20
n(
    "es",
    "recruitment",
    "¿Eres enfermera/o bilingüe? 🩺 Estamos contratando en nuestra Unidad de Trasplantes y en "
    "la clínica de Humboldt Park (2640 W. Division Street). Residentes y fellows también "
    "bienvenidos a nuestra feria de empleo el 12 de septiembre. Informes: (312) 555-0177.",
    "recruitment; event date and the hospital's clinic address",
)

# 21
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las "
    "5:14 a.m., pesando 7 libras. Sus papás, Itzel y Fernando Morales, no tuvieron que pensar "
    "mucho el nombre. 💕 #BebésLakeshore",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Itzel"),
        ("NAME", "Fernando Morales"),
    ],
    note="the baby's name is also inside the feast-day name (same day named twice)",
)

# 22
n(
    "en",
    "eponymous_condition",
    "It's Kawasaki Disease Awareness Day. Fever for 5+ days, red eyes, strawberry tongue, "
    "swollen hands? Call your pediatrician. Our Children's Hospital cardiology team follows "
    "more than 300 kids with Kawasaki's. Questions: (312) 555-0115.",
    "eponymous condition and awareness day",
)

# 23
p(
    "en",
    "thank_you",
    "Replying to @LakeshoreUMC\nMy dad Stan was on 7 North for 3 weeks after his stroke and "
    "the nurses treated him like family. He turns 93 on the 4th of July and says he's going to "
    "the fireworks whether we like it or not 😂 thank you all",
    [("NAME", "Stan"), ("AGE", "93"), ("DATE", "4th of July")],
    note="reply from a son; the holiday is the patient's birthday",
)

# 24
n(
    "en",
    "anonymous_story",
    "A patient in his 80s told one of our night nurses he'd never seen the lake, even after 60 "
    "years in Chicago. So on his last day with us, she wheeled him to the 12th floor solarium "
    "at sunrise. Sometimes care is a window. 🌅",
    "anonymous patient, age under 90",
)

# 25
p(
    "en",
    "patient_story",
    "Our own Gosia Nowak, charge nurse on 5 East for 22 years, rang the bell today after her "
    "final round of chemo. 🔔 The whole unit lined the hallway. Gosia, you've held so many "
    "hands here; today it was our turn. #GosiaStrong",
    [("NAME", "Gosia Nowak"), ("NAME", "Gosia", "*"), ("NAME", "#GosiaStrong")],
    note="staff member who is the patient",
)

# 26
n(
    "en",
    "staff_spotlight",
    "Welcome to Chicago, interns! Our new surgery residents started today: Drs. Priya Raman, "
    "Luis Ashland, Tyler Kedzierski and Grace Oyelaran. First lesson: Halsted is NOT the same "
    "as Harrison. 🚗 #Match2025",
    "residents' names; surnames and streets that look alike",
)

# 27
p(
    "es",
    "discharge",
    "¡Alta médica para Chuy! 🎉 Jesús 'Chuy' Barragán, bombero de la Estación 18, se quemó las "
    "manos rescatando a dos niños en la calle 26 el 28 de febrero. Hoy, después de 5 cirugías, "
    "se fue a su casa en Cicero con sus compañeros haciendo sonar las sirenas. 🚒 "
    "#OrgulloBombero",
    [
        ("NAME", "Jesús 'Chuy' Barragán"),
        ("NAME", "Chuy", "*"),
        ("GEO", "calle 26"),
        ("DATE", "28 de febrero"),
        ("GEO", "Cicero"),
    ],
    note="firefighter who is the patient; fire station number unlabelled",
)

# 28
n(
    "es",
    "event",
    "🎃 Día de Muertos en el Hospital de Niños: este 2 de noviembre los pacientes y sus "
    "familias podrán decorar calaveritas y poner fotos en nuestro altar comunitario. Lobby "
    "principal, 1525 S. Lakeshore Parkway, de 3 a 6 pm.",
    "event date and hospital address",
)

# 29
p(
    "en",
    "birth_announcement",
    "She couldn't wait for the ambulance, so she arrived on Pulaski Day in the back of a Ford "
    "Escape on Lake Shore Drive. 🚗👶 Welcome to the world, Zofia Marie! Mom Ewelina and dad "
    "Piotr (who is still shaking) say hi to the @ChicagoFD paramedics who met them at our ER "
    "doors.",
    [
        ("DATE", "Pulaski Day"),
        ("GEO", "Lake Shore Drive"),
        ("NAME", "Zofia Marie"),
        ("NAME", "Ewelina"),
        ("NAME", "Piotr"),
    ],
    note="birth on a Chicago holiday named after a person, on a road",
)

# 30
n(
    "en",
    "health_tip",
    "Scald burns are the #1 burn injury we see in kids under 5. Turn pot handles in, test bath "
    "water at 100°F or lower, and keep hot coffee off the table edge. Questions? Burn Center "
    "nurse line: (312) 555-0123.",
    "tip; 100 is a temperature",
)

# 31
p(
    "en",
    "patient_story",
    "🧵 1/3 In 2019, Marcus Bell was shot four times outside a corner store on 63rd Street in "
    "Englewood. He spent 41 days in our trauma ICU.",
    [("NAME", "Marcus Bell"), ("GEO", "63rd Street"), ("GEO", "Englewood")],
    note="thread part 1; bare year unlabelled",
)

# 32
p(
    "en",
    "staff_spotlight",
    "2/3 Today Marcus works for us, as a violence-recovery specialist in our Level I Trauma "
    "Center, sitting with young men at the bedside in the hours after they're hurt. \"I tell "
    'them I was in bed 22 too."',
    [("NAME", "Marcus"), ("OTHER_ID", "bed 22")],
    note="thread part 2: a former patient now on staff; his own old bed",
)

# 33
p(
    "en",
    "thank_you",
    "3/3 Marcus asked us to share his story so the next kid knows there's a path. Thank you, "
    "Marcus. #PeaceIsPossible",
    [("NAME", "Marcus", "*")],
    note="thread part 3: first name only",
)

# 34
n(
    "en",
    "sponsor",
    "Thank you to Jewel-Osco and the Kowalski Family Foundation for funding 40 new car seats "
    "for families leaving our NICU! 🚼",
    "sponsor and a family foundation",
)

# 35
n(
    "en",
    "campaign_hashtag",
    "Every stitch, every graft, every family. #LakeshoreStrong #BurnSurvivorsWeek Share a "
    "message of hope for our current burn patients below 👇",
    "campaign hashtags only",
)

# 36
p(
    "en",
    "pasted_record",
    "Acct 7700418832 — GUTIERREZ, MARIBEL DOB 02/11/1987 — self-pay, payment plan approved 4/2. "
    "Ins BCBS IL member XJH884120077 termed. Route to fin counseling",
    [
        ("ACCOUNT", "7700418832"),
        ("NAME", "GUTIERREZ, MARIBEL"),
        ("DATE", "02/11/1987"),
        ("DATE", "4/2"),
        ("HEALTH_PLAN", "XJH884120077"),
    ],
    note="billing queue line pasted by mistake; the approval date is an administrative date",
)

# 37
n(
    "en",
    "statistic",
    "Last summer, our trauma team treated 312 gunshot victims. 1 in 4 was under 18. Our "
    "violence interruption program met 190 of them at the bedside. Help us fund it: "
    "lakeshoreumc.org/peace",
    "statistics; 312 is a count",
)

# 38
p(
    "es",
    "thank_you",
    "@LakeshoreUMC Gracias a las enfermeras del piso 6 por cuidar a mi mamá Socorro Aguilar 🙏 "
    "Tiene 94 años y salió caminando. Con ese nombre, ella dice que ustedes fueron su socorro. "
    "Son ángeles.",
    [("NAME", "Socorro Aguilar"), ("AGE", "94")],
    note="name that is also a word (lower-case 'socorro' is the word)",
)

# 39
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Milagros Rentas, fellow de cirugía de trasplante, nacida en Bayamón y "
    'criada en Humboldt Park. "Cada trasplante es un milagro compartido." ¡Orgullo boricua en '
    "Lakeshore! 🇵🇷",
    "staff fellow with birthplace and neighbourhood",
)

# 40
p(
    "es",
    "milestone_birthday",
    "Le pusieron Milagros porque nació a las 24 semanas pesando 1 libra y 3 onzas. Hoy Milagros "
    "cumple 5 años 🎂 y vino a visitar a las enfermeras de la NICU que la cuidaron durante 118 "
    'días. Su papá, Wilfredo, dice: "Los milagros existen, y trabajan en el tercer piso."',
    [("NAME", "Milagros", "*"), ("NAME", "Wilfredo")],
    note="name that is a word; lower-case 'milagros' is the word",
)

# 41
n(
    "en",
    "event",
    "Mile 19 belongs to Lakeshore! 🏃 Come cheer the 84 members of Team Lakeshore running the "
    "Chicago Marathon on Oct. 12. Our cheer station is on Halsted just south of Cermak. Every "
    "mile raises money for the Children's Hospital.",
    "event date and location; streets that look like names",
)

# 42
p(
    "en",
    "patient_story",
    "At 22, Kayla Brooks ran the Chicago Marathon on a kidney her big brother Jerome gave her in "
    "our transplant center on May 15, 2023. She crossed at 4:41:07. Jerome crossed at 4:41:08. "
    '"I let her win," he says. 💚 #DonateLife',
    [("NAME", "Kayla Brooks"), ("NAME", "Jerome", "*"), ("DATE", "May 15, 2023")],
    note="living donor brother is also a patient; finishing times are not ages",
)

# 43
n(
    "en",
    "eponymous_condition",
    "Stevens-Johnson syndrome is rare, but when it happens, our Burn Center is where many "
    "adults and kids across Illinois are sent. Dr. Helen Stevens (no relation! 😄) explains "
    "the warning signs in our new video.",
    "eponymous condition; staff surname matching it",
)

# 44
p(
    "en",
    "memorial",
    'We don\'t usually share names. Tonight, the family of Jaylen "JJ" Carter asked us to.\n\n'
    "JJ was 15. He was a sophomore at King College Prep, an honor-roll kid who played trumpet "
    "in the church band. On Sunday, he was hit by a stray bullet while walking home on 43rd "
    "Street. Our trauma team fought for him for nine hours.\n\nHis mom, Tanya Carter, wants you "
    "to know his name, and wants you to put the guns down. Bronzeville, hold his family close. "
    "🕊️ #JusticeForJJ",
    [
        ("NAME", 'Jaylen "JJ" Carter'),
        ("NAME", "JJ", "*"),
        ("GEO", "43rd Street"),
        ("NAME", "Tanya Carter"),
        ("GEO", "Bronzeville"),
        ("NAME", "#JusticeForJJ"),
    ],
    note="gun-violence memorial with family consent; school not labelled",
)

# 45
n(
    "en",
    "crisis_update",
    "Winter Storm Wanda is expected to drop 10–14 inches on Chicago tonight. All Lakeshore "
    "hospitals and clinics remain open. If you have an appointment tomorrow, we'll call you if "
    "it changes. ❄️",
    "a storm named like a person",
)

# 46
p(
    "en",
    "pasted_record",
    "OR board Tues: OR 3 07:30 DEMBINSKI, Walter 88M L hip; OR 5 08:00 Rios-Pagan, Lizette 34F "
    "c/s repeat; OR 7 09:15 TBD burn excision bed 6 BICU (Mahoney). anesthesia pls confirm",
    [
        ("NAME", "DEMBINSKI, Walter"),
        ("NAME", "Rios-Pagan, Lizette"),
        ("OTHER_ID", "bed 6"),
        ("NAME", "Mahoney"),
    ],
    note="OR board pasted by mistake; OR numbers and ages under 90 unlabelled",
)

# 47
n(
    "es",
    "statistic",
    "En 2024, el 27% de los pacientes de nuestro centro de trauma fueron atendidos en español. "
    "Por eso tenemos intérpretes 24/7. Pregunte por ellos al llegar. 🗣️",
    "statistic",
)

# 48
p(
    "en",
    "milestone_birthday",
    "Who's ready for cake? 🎂 Mr. Theodore 'Teddy' Washington turned one hundred and two today "
    "on 6 South! Teddy grew up the son of a Pullman porter in Bronzeville, trained as a "
    "mechanic in the Army, and he still beats our PTs at dominoes.",
    [
        ("NAME", "Theodore 'Teddy' Washington"),
        ("NAME", "Teddy", "*"),
        ("AGE", "one hundred and two"),
        ("GEO", "Bronzeville"),
    ],
    note="age spelled out; unit name unlabelled",
)

# 49
n(
    "en",
    "public_figure",
    "Today we remember Dr. Daniel Hale Williams, who performed one of the first successful "
    "open-heart surgeries in 1893 at Provident Hospital in Bronzeville. His legacy lives in "
    "every trauma bay on the South Side. #BlackHistoryMonth",
    "historical figure",
)

# 50
p(
    "es",
    "thank_you",
    'Queremos compartir una carta que nos dejó la familia Hernández Ruiz:\n\n"El 14 de enero, '
    "nuestra hija Ximena, de 4 años, se quemó con aceite hirviendo en la cocina de nuestra casa "
    "en la calle Damen, en Pilsen. Llegamos al Centro de Quemados llorando, sin saber inglés, "
    "sin saber nada. La enfermera Bety nos habló en español desde el primer minuto. El Dr. "
    "Kaminski nos explicó cada injerto con dibujos. Ximena pasó 33 días en la habitación 418. "
    "Hoy corre, baila y ya no le tiene miedo a la cocina (bueno, un poquito). Gracias por "
    'devolvernos a nuestra niña."\n\nRogelio y Araceli 💛',
    [
        ("NAME", "Hernández Ruiz"),
        ("DATE", "14 de enero"),
        ("NAME", "Ximena", "*"),
        ("GEO", "calle Damen"),
        ("GEO", "Pilsen"),
        ("OTHER_ID", "habitación 418"),
        ("NAME", "Rogelio"),
        ("NAME", "Araceli"),
    ],
    note="family letter; nurse and doctor unlabelled",
)

# 51
n(
    "en",
    "anonymous_story",
    "A letter arrived last week from a donor mom. She wrote to the stranger who received her "
    'daughter\'s lungs: "Breathe deep. Climb something." With her permission, we passed it '
    "along. Donor family letters stay anonymous unless both sides choose to meet. 💚",
    "anonymous donor family and recipient",
)

# 52
p(
    "en",
    "thank_you",
    "Today, the Nguyen family met Pat O'Malley, the man who received their son Danny's liver. "
    "There were a lot of tissues on the 9th floor. 💚 #DonateLife",
    [("NAME", "Nguyen"), ("NAME", "Pat O'Malley"), ("NAME", "Danny")],
)

# 53
n(
    "en",
    "event",
    "The @Cubs are coming to the Children's Hospital Thursday! ⚾ Players will visit patients in "
    "the playroom and on 3 West. Families, check with your nurse about the sign-up sheet.",
    "team visit; weekday",
)

# 54
p(
    "en",
    "public_figure",
    "Get well soon to White Sox reliever Danny Kozlowski, who thanks our orthopedic trauma team "
    "after Saturday's collision at the plate. He's out of surgery and already asking for a TV "
    "tuned to the game. (Shared with his permission.) #SoxSide",
    [("NAME", "Danny Kozlowski")],
    note="athlete who is the patient",
)

# 55
n(
    "es",
    "campaign_hashtag",
    "#FuerzaLakeshore 💪 Gracias a todas las familias que nos mandaron mensajes esta semana. "
    "Los leemos todos en voz alta en el pase de turno.",
    "campaign hashtag",
)

# 56
p(
    "es",
    "milestone_birthday",
    "Feliz cumple 92 a doña Pura, nuestra paciente más consentida de diálisis 💕 ¡Que Dios la "
    "bendiga!",
    [("AGE", "92"), ("NAME", "Pura")],
    note="very short; name that is a word",
)

# 57
n(
    "en",
    "hospital_contact",
    "Looking for a patient? Our Patient Information desk can help 24/7 at (312) 555-0100. For "
    "privacy, we can only confirm a patient is here if they have agreed to be listed. 📞",
    "hospital contact",
)

# 58
p(
    "en",
    "pasted_record",
    "lol who parked in the burn unit ambulance bay again. also FYI Kowalski in bed 11 is asking "
    "for his wife Bozena, her cell is 708-555-0134, can someone call",
    [
        ("NAME", "Kowalski"),
        ("OTHER_ID", "bed 11"),
        ("NAME", "Bozena"),
        ("PHONE", "708-555-0134"),
    ],
    note="staff chat pasted by mistake",
)

# 59
n(
    "en",
    "staff_spotlight",
    "Shoutout to Damen and Ashley from Environmental Services, who turned the 8th floor family "
    "lounge into a Bulls watch party for the playoffs! 🏀❤️",
    "staff first names, one of them a street name",
)

# 60
p(
    "en",
    "crisis_update",
    "To the family of the young man brought in from the Eisenhower crash on New Year's Eve: "
    "your son is awake and asking for you. Please call our trauma family liaison at (312) "
    "555-0136.",
    [("GEO", "Eisenhower"), ("DATE", "New Year's Eve")],
    note="no name, but the crash road and the injury date; hospital number unlabelled",
)

# 61
n(
    "en",
    "research",
    "New from Lakeshore: Dr. Esperanza Quiñones and her team found that kids in Little Village "
    "and Pilsen ZIP codes are 3x more likely to be admitted for asthma during summer ozone "
    "alerts. Full study: lakeshoreumc.org/research/asthma-ozone",
    "research on populations; neighbourhoods not tied to a patient",
)

# 62
p(
    "es",
    "patient_story",
    "Esperanza tiene 90 años, tres bisnietos y un riñón nuevo desde el 30 de abril. ¿La "
    "receptora de trasplante más mayor de nuestra historia? Sí. ¿La más contenta? También. 💚 "
    '"Nunca pierdan la esperanza", dice, y se ríe de su propio chiste.',
    [("NAME", "Esperanza"), ("AGE", "90"), ("DATE", "30 de abril")],
    note="name that is a word; age 90",
)

# 63
n(
    "en",
    "staff_spotlight",
    "Meet Pierogi, our newest facility dog! 🐶 This 2-year-old golden retriever will be making "
    "rounds in the Children's Hospital with his handler, child-life specialist Renata Sobczak.",
    "pet and staff",
)

# 64
p(
    "en",
    "patient_story",
    "Dr. Ben Adeyemi has spent 15 years as a trauma surgeon at Lakeshore. Last month he was on "
    "the other side of the bed, when his daughter Amara, 9, was admitted to our PICU with "
    "meningitis. Amara went home Friday. Ben says he'll never hear a monitor alarm the same way "
    "again.",
    [("NAME", "Ben Adeyemi"), ("NAME", "Ben", "*"), ("NAME", "Amara", "*")],
    note="surgeon who is a patient's father, so labelled",
)

# 65
n(
    "en",
    "event",
    "Zapraszamy! Free Polish-language blood pressure & diabetes screenings at the Copernicus "
    "Center this Saturday 10–2, with Dr. Krzysztof Mazur and our community health workers. 🇵🇱",
    "event venue and staff",
)

# 66
p(
    "en",
    "patient_story",
    "Little Krzyś is 3, loves garbage trucks, and as of 2:15 this afternoon has a brand-new "
    "liver. 💚 Thank you to the donor family who said yes on the worst day of their lives. "
    "#TransplantTuesday",
    [("NAME", "Krzyś")],
    note="Polish diminutive; anonymous donor family",
)

# 67
n(
    "es",
    "health_tip",
    "¿Sabía que una sola persona donante puede salvar hasta 8 vidas? Regístrese como donante de "
    "órganos al renovar su licencia de conducir de Illinois. #DonaVida",
    "tip",
)

# 68
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Los dos hermanos heridos en el incendio del sábado en la calle Cullerton, en "
    "Pilsen, siguen en nuestra Unidad de Quemados. Brayan (8) está estable; su hermanita Dulce "
    "(3) sigue en estado crítico en la cama 4. La familia Medina pide oraciones. 🙏",
    [
        ("GEO", "calle Cullerton"),
        ("GEO", "Pilsen"),
        ("NAME", "Brayan"),
        ("NAME", "Dulce"),
        ("OTHER_ID", "cama 4"),
        ("NAME", "Medina"),
    ],
    note="crisis update leaking names, street and bed",
)

# 69
n(
    "es",
    "crisis_update",
    "Informamos que recibimos a 4 personas heridas en el incendio de esta madrugada en el "
    "suroeste de la ciudad. Por respeto a las familias no daremos nombres ni detalles. Para "
    "información, llame al (312) 555-0142.",
    "anonymous crisis update",
)

# 70
p(
    "en",
    "discharge",
    "After 128 days, three surgeries and one very memorable costume party on the unit (he went "
    "as a fire truck, obviously), Deshawn is going HOME to Markham! 🚒🏠 Deshawn was burned "
    "over 55% of his body in a house fire on July 7. His firefighter, Capt. Mike Lutz of Engine "
    "62, was waiting in the lobby with the whole crew. #BurnSurvivor",
    [("NAME", "Deshawn", "*"), ("GEO", "Markham"), ("DATE", "July 7")],
)

# 71
n(
    "en",
    "recruitment",
    "Burn ICU nurses wanted! 🔥 Join the only verified adult & pediatric burn center in the "
    "region. $15K sign-on bonus, 3x12s, tuition reimbursement. Apply: lakeshoreumc.org/careers "
    "or call (312) 555-0177.",
    "recruitment",
)

# 72
p(
    "en",
    "thank_you",
    "To Mrs. Loretta Haynes, who has knitted 300 hats for our NICU babies since her grandson "
    "Malik spent his first 40 days with us: thank you. Every baby who leaves in a Loretta hat "
    "leaves a little warmer. 🧶",
    [("NAME", "Loretta Haynes"), ("NAME", "Loretta", "*"), ("NAME", "Malik")],
    note="volunteer who is a former patient's grandmother",
)

# 73
n(
    "en",
    "milestone_birthday",
    "Happy 91st birthday to Irene, who has pushed the book cart through 4 East every Tuesday "
    'since 1998! 📚 Irene says the secret to a long life is "comfortable shoes and gossip."',
    "volunteer's age over 89, not a patient",
)

# 74
p(
    "en",
    "milestone_birthday",
    "Happy 89th, Mr. Ignacy Wróbel! 🎉 Our cardiac rehab gang threw him a surprise party between "
    "treadmill sessions. Next stop: rehab graduation.",
    [("NAME", "Ignacy Wróbel")],
    note="age 89 is not labelled; the name is",
)

# 75
n(
    "en",
    "statistic",
    "Illinois has more than 80,000 residents aged 90 or older. Our geriatric trauma program is "
    "built for them: falls are the #1 reason people over 90 come to our ER.",
    "population ages",
)

# 76
p(
    "es",
    "pasted_record",
    "Chicas, la sra. Pérez del cuarto 512 (Maricela) pregunta otra vez por su hijo, él dejó su "
    "número: 773-555-0112. ¿Alguien puede hablar con ella antes del cambio de turno? porfa 🙏",
    [
        ("NAME", "Pérez"),
        ("OTHER_ID", "cuarto 512"),
        ("NAME", "Maricela"),
        ("PHONE", "773-555-0112"),
    ],
    note="staff chat in Spanish pasted by mistake",
)

# 77
n(
    "en",
    "thank_you",
    "Huge thanks to the @ChicagoFD crews of Engine 98 and Truck 34, who stopped by the Burn "
    "Center with 40 pizzas for our nurses and patients' families. 🍕🚒 You keep bringing them to "
    "us; we keep bringing them home.",
    "firefighter thank-you with no patient",
)

# 78
p(
    "en",
    "campaign_hashtag",
    "Day 40. Still fighting. Still smiling. Still demanding Portillo's. 🌭💪 #PrayForPaulie",
    [("NAME", "#PrayForPaulie")],
    note="name only in a hashtag",
)

# 79
n(
    "en",
    "campaign_hashtag",
    "#HopeForHumboldt: this weekend our mobile health van is parked at the Puerto Rican Fest. "
    "Free flu shots, BP checks and a whole lot of salsa. 🇵🇷",
    "place hashtag and event",
)

# 80
p(
    "en",
    "memorial",
    "Forever 24. Today we raised the Donate Life flag for Alexis 'Lexi' Morales-Hart, whose "
    "gifts saved five lives on August 19. Her mom Dolores and sister Bianca were here with the "
    "nurses who cared for her. 💚🕊️",
    [
        ("NAME", "Alexis 'Lexi' Morales-Hart"),
        ("DATE", "August 19"),
        ("NAME", "Dolores"),
        ("NAME", "Bianca"),
    ],
    note="organ donor memorial; 24 is under 90",
)

# 81
n(
    "es",
    "anonymous_story",
    'Una señora que recibió un riñón hace 10 años nos escribió: "Cada Navidad pongo una vela '
    'por mi donante." No sabemos su nombre ni el de la familia donante, pero hoy compartimos su '
    "mensaje con cariño.",
    "anonymous recipient and donor; holiday not an event of hers",
)

# 82
p(
    "en",
    "anonymous_story",
    "A grandmother from Gage Park walked into our ER on Christmas Eve with what she thought was "
    "heartburn. It was a heart attack. Thirty minutes later she was in our cath lab. Ladies: "
    "heart attacks don't always look like the movies. ❤️",
    [("GEO", "Gage Park"), ("DATE", "Christmas Eve")],
    note="no name, but neighbourhood and the date of her heart attack",
)

# 83
n(
    "en",
    "health_tip",
    "Pączki Day is Tuesday! 🍩 Our cardiologists say: enjoy one. Maybe two. Then take a walk "
    "along the lakefront. Happy Fat Tuesday, Chicago!",
    "holiday tip",
)

# 84
p(
    "es",
    "birth_announcement",
    "¡Llegó la primera bebé del 2025 en Lakeshore! 🎆 Amaya Lizbeth nació a las 12:03 a.m. del 1 "
    "de enero. Sus papás, Yaritza Figueroa y Kevin Soto, de Humboldt Park, dicen que ella ya "
    "sabía que quería ser famosa. 🇵🇷",
    [
        ("NAME", "Amaya Lizbeth"),
        ("DATE", "1 de enero"),
        ("NAME", "Yaritza Figueroa"),
        ("NAME", "Kevin Soto"),
        ("GEO", "Humboldt Park"),
    ],
)

# 85
n(
    "en",
    "birth_announcement",
    "Our Labor & Delivery team welcomed 14 babies on New Year's Day, including two sets of "
    "twins! 👶👶 Happy 2025 from Lakeshore.",
    "count of births, no single patient",
)

# 86
p(
    "en",
    "thank_you",
    "Shoutout to Marisol Rentería, who drove her mom from Aurora to our transplant clinic every "
    "Tuesday for two years. Mom got her kidney. Marisol got a standing ovation from the 3rd "
    "floor. 👏",
    [("NAME", "Marisol Rentería"), ("NAME", "Marisol", "*"), ("GEO", "Aurora")],
    note="relative named, patient only as 'Mom'",
)

# 87
n(
    "en",
    "event",
    "🧦 White Sox Day at Lakeshore! Southpaw the mascot visits the Children's Hospital lobby "
    "Friday 2–4pm. All kids (and grown-ups who still believe) welcome.",
    "mascot visit",
)

# 88
p(
    "en",
    "pasted_record",
    "PT note copied from Epic: 'Pt Jozef Sadowski, 90 y/o M, MRN 0048271933, ambulated 150 ft "
    "w/ RW, lives alone 3rd fl walk-up on Archer Ave, daughter Renata (POA) concerned re: d/c "
    "home 11/21.'",
    [
        ("NAME", "Jozef Sadowski"),
        ("AGE", "90"),
        ("MRN", "0048271933"),
        ("GEO", "Archer Ave"),
        ("NAME", "Renata"),
        ("DATE", "11/21"),
    ],
)

# 89
n(
    "en",
    "research",
    "Our Alport syndrome clinic, led by nephrologist Dr. Tomasz Krawczyk, enrolled its 100th "
    "family in a national gene-therapy registry this month. 🧬",
    "eponymous condition, faculty, and a count that looks like an age",
)

# 90
p(
    "en",
    "thank_you",
    "@LakeshoreKids my son Elijah was in bed 8 of your PICU 3 weeks ago, came in not breathing. "
    "Today he said 'mama' again. I don't have words. Thank you Dr. Shah, Nurse Kim and "
    "everybody on nights 🙏🏾 #ElijahStrong",
    [("NAME", "Elijah"), ("OTHER_ID", "bed 8"), ("NAME", "#ElijahStrong")],
    note="reply from a mother; staff unlabelled",
)

# 91
n(
    "es",
    "event",
    "Este sábado celebramos el Día del Niño con los pacientes del Hospital de Niños 🎈 con "
    "piñatas, lotería y una visita especial de Benny the Bull. ¡Gracias, @chicagobulls!",
    "event, mascot",
)

# 92
p(
    "es",
    "patient_story",
    "Hace un año, el 16 de septiembre, mientras veía el desfile en la calle 26, Alejandro 'Alex' "
    "Villaseñor, de 17 años, fue herido de bala en el abdomen. Pasó 3 semanas en nuestra UCI de "
    "trauma y 4 cirugías. Su mamá, Rocío, durmió cada noche en la silla junto a la cama 14.\n\n"
    'Hoy Alex estudia para técnico de emergencias médicas en el Malcolm X College. "Quiero ser '
    'el que llega primero", nos dijo.\n\nGracias, familia Villaseñor, por dejarnos contar su '
    "historia. La violencia no es normal. #PazEnLaVillita",
    [
        ("DATE", "16 de septiembre"),
        ("GEO", "calle 26"),
        ("NAME", "Alejandro 'Alex' Villaseñor"),
        ("NAME", "Alex", "*"),
        ("NAME", "Villaseñor", "*"),
        ("NAME", "Rocío"),
        ("OTHER_ID", "cama 14"),
    ],
    note="injury on Independence Day parade; college and place hashtag unlabelled",
)

# 93
n(
    "en",
    "anonymous_story",
    "One of our PICU nurses found a note taped to the break-room fridge from a 10-year-old "
    'patient: "Thank you for the popsicles and for not laughing when I cried." We\'re not '
    "crying, you're crying. 🥲",
    "anonymous child",
)

# 94
p(
    "en",
    "discharge",
    "Hunter is HOME! 🏡 After 6 weeks and 2 skin grafts, our favorite Blackhawks fan is back in "
    "Orland Park. Hunter, keep that helmet on, buddy.",
    [("NAME", "Hunter", "*"), ("GEO", "Orland Park")],
)

# 95
n(
    "en",
    "staff_spotlight",
    "Congrats to Hunter Brady, RN, Burn Unit Nurse of the Year! Hunter has precepted 23 new "
    "grads and still remembers every patient's coffee order. ☕",
    "staff with the same first name as a patient elsewhere",
)

# 96
p(
    "en",
    "thank_you",
    "Our family will never be able to thank Lakeshore enough. If you'd like to help Papi with "
    "his rehab costs after the fire, here's his page: gofundme.com/f/rebuild-for-papi-reyes 🙏 "
    "(the Reyes family)",
    [("URL", "gofundme.com/f/rebuild-for-papi-reyes"), ("NAME", "Reyes")],
    note="family fundraising URL; 'Papi' is a kinship word",
)

# 97
n(
    "en",
    "sponsor",
    "A huge thank-you to the Chicago Blackhawks Foundation for sponsoring our pediatric burn "
    "camp this summer. 62 campers, 0 mosquito bites (ok, maybe a few). 🏕️",
    "sponsor",
)

# 98
p(
    "en",
    "public_figure",
    "Chicago has lost a legend. Blues guitarist Eddie 'Slim' Harrell, who played the West Side "
    "clubs for 60 years, died peacefully at Lakeshore on Sunday at age 96, his family by his "
    "side. They asked us to share that his guitar is going to the Chicago Blues Museum.",
    [("NAME", "Eddie 'Slim' Harrell"), ("AGE", "96")],
    note="public figure who died as our patient",
)

# 99
n(
    "en",
    "public_figure",
    "Thank you to singer Marisela Duarte for the surprise concert in our Children's Hospital "
    "atrium! She sang 'Cielito Lindo' with about 40 patients and the entire Child Life team. 🎤",
    "performer visiting",
)

# 100
p(
    "es",
    "thank_you",
    "Mil gracias a Don Papo (Ángel Luis Rosario) por los 200 pasteles que trajo para Navidad a "
    "la unidad de diálisis, donde se trata 3 veces por semana desde 2019. ¡Eres un sol, Papo! "
    "🇵🇷🎄",
    [("NAME", "Papo", "*"), ("NAME", "Ángel Luis Rosario")],
    note="dialysis patient who gives gifts; Navidad is not his event",
)

# 101
n(
    "es",
    "staff_spotlight",
    "Felicidades a la Dra. Luz María Kedzierska, primera residente de cirugía polaca-mexicana de "
    "nuestro programa 🇵🇱🇲🇽. ¡Orgullo de Back of the Yards!",
    "resident and her neighbourhood",
)

# 102
p(
    "en",
    "milestone_birthday",
    "Sto lat, Pani Stasia! 🎂 Stanisława Nowak celebrated her 104th birthday at our Avondale "
    "senior clinic with her 3 daughters, 9 grandkids and a cake shaped like a pierogi.",
    [("NAME", "Stasia"), ("NAME", "Stanisława Nowak"), ("AGE", "104th")],
    note="Polish diminutive and honorific; the clinic is the hospital's",
)

# 103
n(
    "en",
    "event",
    "Tonight at 7pm we light up the Lakeshore tower green for Organ Donor Remembrance. Join us "
    "on the front plaza, 1500 S. Lakeshore Parkway. 🕯️💚",
    "event; hospital address",
)

# 104
p(
    "en",
    "pasted_record",
    "biomed FYI: pt Leszczynski R. (LVAD, serial HM3-448120), controller alarm x2 overnight; "
    "wife (Jolanta) brought backup batteries. Transplant coord aware.",
    [("NAME", "Leszczynski R."), ("DEVICE", "HM3-448120"), ("NAME", "Jolanta")],
)

# 105
n(
    "en",
    "health_tip",
    "Transplant patients: flu season is here. Get your shot, wash your hands, and skip the "
    "crowded United Center concourse for a few months. Questions? Transplant nurse line (312) "
    "555-0131.",
    "tip",
)

# 106
p(
    "en",
    "patient_story",
    "This is Lt. Marisa Dunn. 🚒 On Feb. 3, she went back into a burning three-flat on S. Throop "
    "St to find a 4-month-old. She came out with the baby, and with burns to 30% of her own "
    "body. Lt. Dunn spent 5 weeks in our Burn ICU. Today she walked out. #CFDStrong",
    [
        ("NAME", "Marisa Dunn"),
        ("NAME", "Dunn", "*"),
        ("DATE", "Feb. 3"),
        ("GEO", "S. Throop St"),
    ],
    note="firefighter who is the patient",
)

# 107
n(
    "es",
    "eponymous_condition",
    "Hoy es el Día Mundial de la Enfermedad de Chagas. En Chicago, muchas personas nacidas en "
    "México y Centroamérica pueden tenerla sin saberlo. Pregunte a su médico por la prueba. 🩸",
    "eponymous condition",
)

# 108
p(
    "es",
    "pasted_record",
    "Nota de facturación: Paciente: TORRES VEGA, JULIO C. — Fecha de servicio 08/14 — Medicaid "
    "IL #887120443 — Dirección: 2218 S. Kolin Ave, Chicago 60623 — Tel. 872-555-0166 — Llamar a "
    "la esposa, Nilda.",
    [
        ("NAME", "TORRES VEGA, JULIO C."),
        ("DATE", "08/14"),
        ("HEALTH_PLAN", "887120443"),
        ("GEO", "2218 S. Kolin Ave"),
        ("GEO", "Chicago"),
        ("GEO", "60623"),
        ("PHONE", "872-555-0166"),
        ("NAME", "Nilda"),
    ],
)

# 109
n(
    "en",
    "statistic",
    "Since our transplant program began in 1987: 4,318 kidneys, 1,960 livers, 702 hearts, 311 "
    "lungs. Every number is a family. Every family is a donor's gift. 💚 #DonateLifeMonth",
    "statistics",
)

# 110
p(
    "en",
    "patient_story",
    "Pictured: Kasia Mazur, 26, with Firefighter/EMT Luis Ocampo of Engine 106, one year to the "
    "day after he carried her from a burning CTA bus near Western and Belmont.\n\nKasia doesn't "
    "remember much about November 14. She remembers Luis's voice telling her to keep talking. "
    "She remembers waking up in our Burn ICU three weeks later, where her mom, Beata, had barely "
    "left her side.\n\nSince then: 9 surgeries, 100+ hours of physical therapy, and one very "
    "stubborn return to her kindergarten classroom. She's back home in Portage Park.\n\nToday, "
    "Kasia and Luis met again at the firehouse. She brought her students' drawings. He brought "
    "tissues. We may have needed them too. ❤️‍🔥 #BurnSurvivorReunion",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Kasia Mazur"),
        ("NAME", "Kasia", "*"),
        ("GEO", "Western and Belmont"),
        ("DATE", "November 14"),
        ("NAME", "Beata"),
        ("GEO", "Portage Park"),
    ],
    note="photo caption; rescuer's name unlabelled; streets named like people",
)

# 111
n(
    "en",
    "anonymous_story",
    'A firefighter came by the Burn ICU on his day off just to ask how "the little girl from '
    "Tuesday's fire\" was doing. We couldn't tell him (privacy rules) but we told him she has a "
    "lot of people pulling for her. He left a teddy bear in Engine 18 gear. 🧸🚒",
    "anonymous patient; weekday",
)

# 112
p(
    "es",
    "discharge",
    "Hoy le dimos de alta a Lupita después de 45 días 🥳 ¡Vuelve pronto a Blue Island, mija! "
    "(pero no al hospital 😅)",
    [("NAME", "Lupita"), ("GEO", "Blue Island")],
)

# 113
n(
    "es",
    "recruitment",
    "¡Bienvenidos a los nuevos residentes de medicina familiar! Este año 6 de los 10 hablan "
    "español y 2 hablan polaco. Rotarán en nuestras clínicas de Pilsen, Humboldt Park y Back of "
    "the Yards. 🩺",
    "residents; the hospital's clinic neighbourhoods",
)

# 114
p(
    "en",
    "thank_you",
    "@LakeshoreUMC my grandma Florence is 99 and just got her first ever CT scan at your place, "
    'she said the machine "sounded like the el train" 😂 thanks for being so patient with her',
    [("NAME", "Florence"), ("AGE", "99")],
    note="reply; name that is also a city",
)

# 115
n(
    "en",
    "hospital_contact",
    "@LakeshoreUMC parking garage on Ashland is a nightmare today, 40 min to get out. please fix "
    "the gate 😤",
    "complaint about the hospital's own garage; street named like a person",
)

# 116
p(
    "en",
    "pasted_record",
    "CHARGE RN handoff 1900: BICU 2 — Okafor, Chidi 31M, 45% TBSA, intubated, brother Emeka "
    "(312-555-0195) wants updates, NO info to anyone else per pt's sister. BICU 5 — empty. "
    "BICU 6 — Zhang L, to OR 0730.",
    [
        ("OTHER_ID", "BICU 2"),
        ("NAME", "Okafor, Chidi"),
        ("NAME", "Emeka"),
        ("PHONE", "312-555-0195"),
        ("OTHER_ID", "BICU 6"),
        ("NAME", "Zhang L"),
    ],
    note="family number shares the hospital's area code but is not the hospital's",
)

# 117
n(
    "en",
    "pasted_record",
    "ugh who took the good stapler from the 5W nurses station. also reminder potluck Fri, Gosia "
    "is bringing gołąbki, Maria is on tamales, I'm on napkins again apparently",
    "staff chat pasted by mistake with staff names only",
)

# 118
p(
    "en",
    "birth_announcement",
    "Meet June, born June 21, the longest day of the year, to mom Autumn Pierce and dad Rob. ☀️ "
    "Her big sister Summer picked the name. (Yes, we know. The Pierce family is very committed "
    "to a theme.)",
    [
        ("NAME", "June", 1),
        ("DATE", "June 21"),
        ("NAME", "Autumn Pierce"),
        ("NAME", "Pierce", "*"),
        ("NAME", "Rob"),
        ("NAME", "Summer"),
    ],
    note="names that are months and seasons",
)

# 119
n(
    "en",
    "health_tip",
    "It's officially summer, Chicago! ☀️ Before you hit North Avenue Beach: SPF 30+, water, and "
    "please, no fireworks in the backyard. Our Burn Center saw 41 fireworks injuries last July "
    "alone.",
    "tip and count",
)

# 120
p(
    "en",
    "birth_announcement",
    "Our chief resident Dr. Natalia Brzezińska delivered 200+ babies during residency. On "
    "Tuesday she delivered her own (well, Dr. Obi did 😄). Welcome, baby Leon! Mom and baby are "
    "doing great on 4 West.",
    [("NAME", "Natalia Brzezińska"), ("NAME", "Leon")],
    note="resident who is the patient",
)

# 121
n(
    "es",
    "sponsor",
    "Gracias a Panadería Nuevo León en la calle 18 por donar 500 conchas para nuestras familias "
    "en la sala de espera de trauma. 🥐❤️",
    "business donor and its street",
)

# 122
p(
    "es",
    "memorial",
    "Descansa en paz, Abuelita Chencha. 🕊️ Doña Crescencia Ibarra, de 97 años, fue voluntaria "
    "de nuestro hospital por 25 años y luego nuestra paciente en cuidados paliativos. Falleció "
    "el Día de las Madres, 10 de mayo, rodeada de sus 14 nietos.",
    [
        ("NAME", "Chencha"),
        ("NAME", "Crescencia Ibarra"),
        ("AGE", "97"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
    ],
    note="volunteer who became a patient; same day named twice",
)

# 123
n(
    "en",
    "public_figure",
    "Honored to welcome Congresswoman Denise Albright to our Level I Trauma Center today to talk "
    "about federal funding for hospital-based violence intervention. 🏛️",
    "politician visiting",
)

# 124
p(
    "en",
    "patient_story",
    "1/2 When Wojtek Pawlak's heart started failing at 34, he was told to get his affairs in "
    "order. He got an LVAD instead, then a new heart on Easter Sunday 2023.",
    [("NAME", "Wojtek Pawlak"), ("DATE", "Easter Sunday 2023")],
)

# 125
p(
    "en",
    "patient_story",
    "2/2 This week Wojtek carried the Polish flag at the Transplant Games of America. His "
    "donor's mom, Sharon, was in the stands. 🇵🇱💚",
    [("NAME", "Wojtek"), ("NAME", "Sharon")],
    note="thread part 2; the donor's mother is a patient's relative",
)

# 126
n(
    "en",
    "event",
    "Team Illinois is headed to the Transplant Games of America! 🏅 17 of our transplant "
    "recipients will compete in track, cycling, pickleball and... cornhole. Go Team!",
    "group of recipients, none named",
)

# 127
n(
    "es",
    "health_tip",
    "Los fuegos artificiales causan quemaduras graves cada 4 de julio. Si se quema, enfríe con "
    "agua (no hielo, no mantequilla) y llame al 911.",
    "holiday date not tied to a patient",
)

# 128
p(
    "es",
    "discharge",
    "Mi mamá Dolores Quintero salió hoy del hospital después de su trasplante de hígado, ya sin "
    "dolores 😅 Gracias @LakeshoreTransplant 💚💚 #DonaVida",
    [("NAME", "Dolores Quintero")],
    note="name that is a word; org handle unlabelled",
)

# 129
n(
    "en",
    "crisis_update",
    "Lakeshore is aware of a social-media post sharing a photo of a patient in our ER. That post "
    "did not come from us. Patient privacy is not optional. If you see it, please don't share "
    "it.",
    "mentions a photo of a patient but identifies no one",
)

# 130
p(
    "en",
    "discharge",
    "At 90, Mrs. Genevieve Tatum is the oldest patient to finish cardiac rehab with us this "
    "year. She did her last session in church shoes. 💪",
    [("AGE", "90"), ("NAME", "Genevieve Tatum")],
)

# 131
p(
    "en",
    "statistic",
    "Fun fact: the oldest person to finish our cardiac rehab program was 96. The youngest was 19. "
    "Heart disease doesn't check IDs. ❤️",
    [("AGE", "96")],
    note="an unnamed single patient's age over 89 is still an identifier",
)

# 132
n(
    "en",
    "anonymous_story",
    "A patient in her late 80s told us she'd never been to a Cubs game. Our social worker made "
    "some calls. She sang 'Go Cubs Go' all the way down the first-base line. ⚾💙",
    "anonymous, age under 90",
)

# 133
p(
    "en",
    "patient_story",
    "When 12-year-old Javion Reed found out he needed a heart transplant, he had one question: "
    '"Can I still play for the Bulls?" Bulls guard Marcus Tate FaceTimed him from the United '
    'Center last night. Javion\'s answer now: "Yes. Just later." 🏀💚 #JavionsHeart',
    [("NAME", "Javion Reed"), ("NAME", "Javion", "*"), ("NAME", "#JavionsHeart")],
    note="athlete unlabelled; patient hashtag",
)

# 134
n(
    "en",
    "hospital_contact",
    "Lakeshore University Medical Center, 1500 S. Lakeshore Parkway, Chicago, IL 60616. Main: "
    "(312) 555-0100 · Children's: (312) 555-0115 · Burn Center: (312) 555-0123 · Records fax: "
    "(312) 555-0189. Visiting hours 8am–9pm.",
    "hospital contact block",
)

# 135
p(
    "es",
    "campaign_hashtag",
    "Día 12 en la UCI. Gracias a todos por las oraciones. 🙏 #FuerzaNeto #NetoVaAGanar",
    [("NAME", "#FuerzaNeto"), ("NAME", "#NetoVaAGanar")],
    note="name only in hashtags",
)

# 136
n(
    "es",
    "campaign_hashtag",
    "#LakeshoreContigo: esta semana lanzamos nuestra línea de apoyo emocional en español para "
    "familias de pacientes de trauma. Llame al (312) 555-0168, de lunes a viernes.",
    "campaign hashtag and hospital line",
)

# 137
p(
    "en",
    "pasted_record",
    "can someone cover my 3pm? also heads up, the lady in rm 614 (Mrs. Grabowski) is the Sox "
    "announcer's mom so expect flowers + media calls, NO INFO per admin",
    [("OTHER_ID", "rm 614"), ("NAME", "Grabowski")],
)

# 138
n(
    "en",
    "staff_spotlight",
    "Meet Jadzia (Jadwiga) Lis, one of our 6 Polish medical interpreters. She's been translating "
    '"does this hurt?" into Polish since 2003 and still gets hugs from babcias in the hallway. '
    "🇵🇱 #InterpreterAppreciation",
    "staff interpreter with a Polish diminutive",
)

# 139
p(
    "en",
    "thank_you",
    "Thank you to the Kaczmarek family for donating 50 new bikes to our pediatric rehab gym in "
    "memory of their son Adam, who we cared for in 2021. 🚲 Adam loved riding along the "
    "lakefront. Now 50 kids will too.",
    [("NAME", "Kaczmarek"), ("NAME", "Adam", "*")],
    note="donors introduced as a patient's family",
)

# 140
n(
    "en",
    "sponsor",
    "The new Eleanor Kaczmarek Pediatric Rehab Gym opens Monday! 🎉 Thank you to the Kaczmarek "
    "Family Foundation for making it possible.",
    "room and foundation named after a family",
)

# 141
p(
    "es",
    "patient_story",
    "\"Yo no sabía si iba a volver a caminar.\" En marzo, Luis Ángel 'Wichi' Maldonado, de 23 "
    "años, sufrió una lesión de médula espinal en un accidente de moto en la avenida North. Hoy "
    "Wichi camina con andadera y entrena para el desfile puertorriqueño de junio. 🇵🇷💪 "
    "#WichiCamina",
    [
        ("DATE", "marzo"),
        ("NAME", "Luis Ángel 'Wichi' Maldonado"),
        ("NAME", "Wichi", "*"),
        ("GEO", "avenida North"),
        ("NAME", "#WichiCamina"),
    ],
    note="month of injury labelled; parade month not",
)

# 142
n(
    "es",
    "health_tip",
    "Motociclistas: el casco reduce el riesgo de muerte en un 37%. Este verano nuestro centro de "
    "trauma ha atendido a 58 motociclistas. Usa casco. 🏍️",
    "tip and count",
)

# 143
p(
    "en",
    "pasted_record",
    "Security log 0214: vehicle left in ED ambulance bay, IL plate CK 48812, belongs to pt's son "
    "(pt = Harold Biggs, trauma bay 3). Son Terrence says he'll move it after he sees his dad.",
    [
        ("VEHICLE", "CK 48812"),
        ("NAME", "Harold Biggs"),
        ("OTHER_ID", "trauma bay 3"),
        ("NAME", "Terrence"),
    ],
)

# 144
n(
    "en",
    "event",
    "Wrigley came to us! ⚾ Thanks to the @Cubs for hosting 25 of our Children's Hospital "
    "patients and their families at today's game. Special thanks to the grounds crew who let "
    "everyone run the bases.",
    "group of patients, none named",
)

# 145
p(
    "en",
    "public_figure",
    "Threw out the first pitch at Wrigley today: 9-year-old leukemia warrior #MaddieMcBride, who "
    "finished chemo at our Children's Hospital on April 3! ⚾💛 @Cubs",
    [("NAME", "#MaddieMcBride"), ("DATE", "April 3")],
    note="name only as a hashtag",
)

# 146
n(
    "en",
    "research",
    "Congrats to Dr. Olumide Adebayo and the Lakeshore Trauma Research Group on a $4.2M NIH "
    "grant to study hospital-based violence intervention in Chicago's West Side neighborhoods: "
    "Austin, North Lawndale and Garfield Park.",
    "research on neighbourhoods, no patient",
)

# 147
p(
    "en",
    "discharge",
    "Austin from Austin! 😄 Yes, our little Austin lives in the Austin neighborhood, and yes, his "
    "parents have heard every joke. He's 6 months old, 8 weeks out from heart surgery, and went "
    "home today.",
    [("NAME", "Austin", 1), ("GEO", "Austin", 2), ("NAME", "Austin", 3), ("GEO", "Austin", 4)],
    note="the same word is the name and the neighbourhood",
)

# 148
n(
    "es",
    "public_figure",
    "Gracias al boxeador Chucho Navarrete, campeón de Little Village, por visitar a nuestros "
    "pacientes de trauma y hablar de la prevención de la violencia. 🥊",
    "athlete visiting",
)

# 149
p(
    "en",
    "memorial",
    "Today we honor Yolanda Price, 67, who gave the gift of life on January 28. Her kidneys, "
    "liver and corneas went to five people. Her husband Curtis said she'd have wanted \"one more "
    'party." So we threw one. 💚 #HonorWalk',
    [("NAME", "Yolanda Price"), ("DATE", "January 28"), ("NAME", "Curtis")],
)

# 150
n(
    "en",
    "campaign_hashtag",
    "What is an #HonorWalk? When a patient becomes an organ donor, staff line the halls in "
    "silence as they're taken to the OR. It's the quietest, loudest thing we do. 💚",
    "explains a campaign; no patient",
)

# 151
p(
    "es",
    "birth_announcement",
    "¡Gemelitos! 👶👶 Santiago y Valentina nacieron el Día de San Valentín en Lakeshore. Mamá "
    "Brenda ya dice que fue idea de ellos. 💘",
    [
        ("NAME", "Santiago"),
        ("NAME", "Valentina"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Brenda"),
    ],
)

# 152
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a Santiago, nuestro técnico de farmacia del turno de noche, por 20 años en "
    "Lakeshore! 🎉",
    "staff first name",
)

# 153
p(
    "en",
    "discharge",
    "Our centenarian superstar went home today!!! 💃 Ms. Odessa Lyle, 101, beat COVID pneumonia "
    "and told the whole 6th floor she'll see them at her 102nd. 🎈",
    [
        ("AGE", "centenarian"),
        ("NAME", "Odessa Lyle"),
        ("AGE", "101"),
        ("AGE", "102nd"),
    ],
    note="three age expressions over 89",
)

# 154
n(
    "en",
    "health_tip",
    "Over 90 and still shoveling snow? Please don't. 😅 Ask a neighbor. Our ER sees heart "
    "attacks every single snowstorm. ❄️",
    "population age",
)

# 155
p(
    "en",
    "pasted_record",
    "pls repage renal: Kim, Soo-ah (MRN 0051288740) K 6.8, on HD M/W/F, in room 918, pt's "
    "daughter is an RN at Rush & asking lots of q's",
    [("NAME", "Kim, Soo-ah"), ("MRN", "0051288740"), ("OTHER_ID", "room 918")],
)

# 156
n(
    "en",
    "research",
    "Dr. Halina Wojcik's lab has found a new biomarker for early rejection in kidney transplant "
    "recipients with Alport syndrome. Published today. 🔬",
    "faculty and eponymous condition",
)

# 157
p(
    "en",
    "thank_you",
    "Thank you, Bartosz! 🙏 Three years after his double-lung transplant, Bartosz Zając biked 80 "
    "miles from his home in Schaumburg to our front doors to raise $12,000 for cystic fibrosis "
    "research.",
    [("NAME", "Bartosz Zając"), ("NAME", "Bartosz", "*"), ("GEO", "Schaumburg")],
)

# 158
n(
    "en",
    "sponsor",
    "Thanks to everyone who rode in Saturday's Lakeshore Lung Ride! 412 riders, 80 miles, "
    "$318,000 for lung transplant research. 🚴 See you next year.",
    "event thanks; numbers",
)

# 159
p(
    "es",
    "patient_story",
    "Dicen que una madre da la vida dos veces. María Elena Pacheco se la dio a su hijo Iván el 22 "
    "de junio de 1998, y otra vez el 9 de octubre pasado, cuando le donó un riñón en nuestro "
    "Centro de Trasplantes.\n\nIván, de 26 años, vive en Berwyn y es maestro de matemáticas. "
    'Tiene síndrome de Alport, igual que su abuelo. "Mi mamá siempre me ha dicho que soy parte '
    'de ella. Ahora es literal", bromea.\n\nLos dos se recuperan muy bien. Gracias, familia '
    "Pacheco, por dejarnos compartir su historia. 💚 #DonaVida #DonanteVivo",
    [
        ("NAME", "María Elena Pacheco"),
        ("NAME", "Pacheco", "*"),
        ("NAME", "Iván", "*"),
        ("DATE", "22 de junio de 1998"),
        ("DATE", "9 de octubre"),
        ("GEO", "Berwyn"),
    ],
    note="living donor mother; eponymous condition unlabelled",
)

# 160
n(
    "es",
    "statistic",
    "El 30% de las personas en la lista de espera de riñón en Illinois son latinas. Un donante "
    "vivo puede cambiarlo todo. Infórmese: (312) 555-0131.",
    "statistic",
)

# 161
p(
    "en",
    "pasted_record",
    "transport list 10/3: 0800 Wisniewski T (peds burn f/u), mom needs wheelchair van from 3324 "
    "N. Kedvale; 0930 Baptiste, J — dialysis chair 4; 1100 Herrera M — NO interpreter booked, "
    "pls fix",
    [
        ("DATE", "10/3"),
        ("NAME", "Wisniewski T"),
        ("GEO", "3324 N. Kedvale"),
        ("NAME", "Baptiste, J"),
        ("OTHER_ID", "chair 4"),
        ("NAME", "Herrera M"),
    ],
)

# 162
n(
    "en",
    "event",
    "Bronzeville community health fair this Saturday at the Lakeshore Bronzeville Clinic, 4400 "
    "S. King Drive. Free BP checks, HIV testing, and Jamaican patties. 🩺",
    "event at the hospital's clinic",
)

# 163
p(
    "en",
    "crisis_update",
    "@LakeshoreUMC hi my uncle Rafael Ortega was brought in last night after the crash on Cermak, "
    "can anyone tell us what floor he's on?? his phone is off. please call me 773-555-0121",
    [("NAME", "Rafael Ortega"), ("GEO", "Cermak"), ("PHONE", "773-555-0121")],
    note="public reply from a relative",
)

# 164
p(
    "en",
    "hospital_contact",
    "@ortega_family We're sorry you're going through this. For privacy, we can't share patient "
    "information on social media. Please call our Patient Information desk at (312) 555-0100 and "
    "they'll help you right away.",
    [("OTHER_ID", "@ortega_family")],
    note="the hospital's own reply carries the family's handle",
)

# 165
n(
    "en",
    "hospital_contact",
    "We never ask for payment over social media DMs. If someone claiming to be Lakeshore billing "
    "contacts you, hang up and call (312) 555-0100. 🚩",
    "hospital contact",
)

# 166
p(
    "en",
    "discharge",
    "Grace went home today and the 7th floor is a little quieter. 💜 After 52 days, a new heart "
    "and about 400 stickers, Grace Okonkwo-Lee is back in Evanston with her brothers, her dog "
    "Biscuit, and a very proud cardiology team. Amazing grace, indeed.",
    [("NAME", "Grace Okonkwo-Lee"), ("NAME", "Grace", "*"), ("GEO", "Evanston")],
    note="pet unlabelled; lower-case 'grace' is the word",
)

# 167
n(
    "en",
    "event",
    "Happy Casimir Pulaski Day, Chicago! 🇵🇱 Our Avondale Senior Clinic (3100 N. Milwaukee Ave) is "
    "open today with Polish-speaking staff. Zapraszamy!",
    "holiday named after a historical figure; hospital clinic",
)

# 168
p(
    "en",
    "patient_story",
    "Krzysztof Bąk has driven a CTA bus on the Ashland route for 28 years. One morning last "
    "winter he noticed a passenger slumped against the window, pulled over, and started CPR. "
    "That passenger survived.\n\nThree weeks later, on March 13, Krzysztof was the one on our "
    'cath lab table, with a 95% blockage of his own. "Karma," he says, "but the good kind."\n\n'
    "His wife Gosia and their daughters, Ola and Magda, were there when he woke up. He's back "
    "behind the wheel next month.\n\nDziękujemy, Pan Krzysztof. Chicago is lucky to have you. "
    "🚌❤️",
    [
        ("NAME", "Krzysztof Bąk"),
        ("NAME", "Krzysztof", "*"),
        ("DATE", "March 13"),
        ("NAME", "Gosia"),
        ("NAME", "Ola"),
        ("NAME", "Magda"),
    ],
    note="bus route he drives is not GEO; 95% is not an age",
)

# 169
n(
    "en",
    "recruitment",
    "Applications are open for our Burn Surgery Fellowship and Transplant Hepatology Fellowship. "
    "Current fellow Dr. Marcus Ashford: \"You will see everything here, and you'll have the best "
    'mentors in the Midwest." lakeshoreumc.org/gme',
    "recruitment quoting a fellow",
)

# 170
p(
    "es",
    "thank_you",
    "@LakeshoreKids Gracias por cuidar a mi Mateo en la habitación 322 🙏 los residentes fueron "
    "muy pacientes con nosotros y nos explicaron todo en español",
    [("NAME", "Mateo"), ("OTHER_ID", "habitación 322")],
)

# 171
n(
    "es",
    "event",
    "Feria de salud en el Paseo Boricua este domingo 🇵🇷 con pruebas de glucosa, vacunas y música "
    "de plena. Nos vemos frente a la bandera de Division Street.",
    "event venue",
)

# 172
p(
    "en",
    "pasted_record",
    "FWD from family: 'please send Mom's records to elena.dabrowski77@gmail.com. her name is "
    "Irena Dabrowski, DOB 7/30/1941, she was in your ICU in September.'",
    [
        ("EMAIL", "elena.dabrowski77@gmail.com"),
        ("NAME", "Irena Dabrowski"),
        ("DATE", "7/30/1941"),
        ("DATE", "September"),
    ],
)

# 173
n(
    "en",
    "crisis_update",
    "Thank you to everyone who donated blood after Saturday's mass shooting. Our trauma team "
    "treated 9 patients. Several remain hospitalized. Blood drives continue all week in our main "
    "lobby.",
    "anonymous crisis update",
)

# 174
p(
    "en",
    "crisis_update",
    "We can confirm that Officer Daniel Szymański of the 10th District is in serious but stable "
    "condition at Lakeshore after being shot during a traffic stop near Ogden and Pulaski early "
    "this morning. His family asks for privacy.",
    [("NAME", "Daniel Szymański"), ("GEO", "Ogden and Pulaski")],
    note="injured officer is the patient; district unlabelled",
)

# 175
n(
    "en",
    "public_figure",
    "The Mayor visited our trauma unit today to thank the nurses and surgeons who treated the "
    "victims of last weekend's shootings. No patients were photographed or identified. 🙏",
    "public figure visit",
)

# 176
p(
    "en",
    "patient_story",
    "Reunion alert! 💙 In October, Ahmed Yousef collapsed at mile 23 of the Chicago Marathon. Two "
    "runners, a nurse from Milwaukee and a dad from Naperville, did CPR until paramedics "
    "arrived. Today all three met at our cardiac ICU. This morning Ahmed finished the last 3.2 "
    "miles with them.",
    [("DATE", "October"), ("NAME", "Ahmed Yousef"), ("NAME", "Ahmed", "*")],
    note="bystanders' cities are not the patient's",
)

# 177
n(
    "en",
    "statistic",
    "Our medical tent at mile 23 treated 142 runners yesterday: mostly cramps, blisters and "
    "dehydration, one cardiac arrest (now recovering!). Thank you, volunteers! 🏃‍♀️",
    "counts; one unnamed patient with no identifier",
)

# 178
p(
    "es",
    "milestone_birthday",
    "¡Felices 90, doña Cuca! 🎂 Refugio 'Cuca' Salazar cumplió años en nuestra unidad de "
    "rehabilitación y pidió mariachi. Se lo conseguimos. 🎺",
    [("AGE", "90"), ("NAME", "Refugio 'Cuca' Salazar"), ("NAME", "Cuca", "*")],
)

# 179
n(
    "es",
    "anonymous_story",
    "Una abuelita de 88 años nos enseñó a hacer tamales de rajas en la sala de espera mientras "
    "esperaba a su esposo. Nunca supimos su nombre, pero nunca olvidaremos sus tamales. 🫔",
    "anonymous, age under 90",
)

# 180
p(
    "en",
    "pasted_record",
    "Peds 3W census 🙈 Rm 301 – Lopez, Ariana (asthma) | Rm 302 – empty | Rm 303 – Jablonski, "
    "Nikodem (burn, L hand) | Rm 304 – Baby Boy Whitaker | Rm 305 – Hussain, Zara",
    [
        ("OTHER_ID", "Rm 301"),
        ("NAME", "Lopez, Ariana"),
        ("OTHER_ID", "Rm 303"),
        ("NAME", "Jablonski, Nikodem"),
        ("OTHER_ID", "Rm 304"),
        ("NAME", "Whitaker"),
        ("OTHER_ID", "Rm 305"),
        ("NAME", "Hussain, Zara"),
    ],
    note="census pasted by mistake; the empty room is not labelled",
)

# 181
n(
    "en",
    "health_tip",
    "Grzybobranie season! 🍄 Every fall we treat Chicagoans who foraged the wrong mushroom in the "
    "forest preserves. If you're not 100% sure, don't eat it. Illinois Poison Center: "
    "1-800-222-1222.",
    "tip; national line",
)

# 182
p(
    "en",
    "thank_you",
    "Nobody fights alone on 5 East. 💪 Happy last day of radiation, Mr. Bernard 'Bernie' "
    "Fitzgerald: retired CPD, lifelong Southsider, and the only patient who has ever brought our "
    "radiation techs a box of Dunkin' every single morning for six weeks.",
    [("NAME", "Bernard 'Bernie' Fitzgerald")],
)

# 183
n(
    "en",
    "event",
    "Join the Lakeshore Polar Plunge on Jan. 25 at Montrose Beach! 🥶 Every plunge raises money "
    "for burn survivors' camp.",
    "event date",
)

# 184
p(
    "en",
    "memorial",
    "@LakeshoreUMC Thank you to the 8th floor for caring for my grandfather Tadeusz 'Tad' "
    "Majewski in his last days. He passed on Wigilia, just like he always said he would, with his "
    "rosary and a Sox game on the radio. He was 94. 🕯️",
    [("NAME", "Tadeusz 'Tad' Majewski"), ("DATE", "Wigilia"), ("AGE", "94")],
    note="Polish Christmas Eve as the date of death",
)

# 185
n(
    "es",
    "health_tip",
    "Durante las posadas y la Nochebuena, cuidado con las cazuelas de aceite caliente y los niños "
    "en la cocina. 🎄 La mayoría de las quemaduras en niños pasan en casa.",
    "holiday tip",
)

# 186
p(
    "es",
    "birth_announcement",
    "¡El mejor regalo! 🎁 Emiliano llegó en Nochebuena a las 11:52 p.m. Sus papás, Karla y Édgar "
    "Fuentes, de Little Village, ya están planeando dos fiestas cada año. 🎄👶",
    [
        ("NAME", "Emiliano"),
        ("DATE", "Nochebuena"),
        ("NAME", "Karla"),
        ("NAME", "Édgar Fuentes"),
        ("GEO", "Little Village"),
    ],
)

# 187
n(
    "en",
    "staff_spotlight",
    "This is Paramedic Rosa Ibarra of Ambulance 47, who has brought more burn patients to our "
    "doors than anyone else on the South Side. Today she got her 20-year pin, and a cake from our "
    "Burn ICU. 🚑🎂",
    "paramedic and ambulance unit",
)

# 188
p(
    "en",
    "anonymous_story",
    'The kiddo in room 227 asked for "a doctor who is also a dinosaur." Dr. Patel delivered. 🦖',
    [("OTHER_ID", "room 227")],
    note="no name, but the room number",
)

# 189
n(
    "en",
    "anonymous_story",
    'A kiddo on our peds floor asked for "a nurse who is also a unicorn." Nurse Becca delivered. '
    "🦄",
    "anonymous child; staff first name",
)

# 190
p(
    "es",
    "thank_you",
    "Gracias a la señora Gloria Benítez, mamá de uno de nuestros pacientes de quemados, por "
    "organizar la colecta de juguetes en su parroquia de Back of the Yards. 🧸",
    [("NAME", "Gloria Benítez"), ("GEO", "Back of the Yards")],
    note="relative named without the patient",
)

# 191
n(
    "es",
    "sponsor",
    "Gracias a la parroquia de San José Obrero por los 300 juguetes para nuestros pacientes del "
    "Hospital de Niños. 🎁",
    "parish named after a saint",
)

# 192
p(
    "en",
    "pasted_record",
    'BICU whiteboard, sorry wrong group 🙃 Bed 1 RIVERA-COLÓN "Tito" NPO after MN / Bed 3 '
    "Washington, L. (sister Denise only visitor) / Bed 4 unknown male, trauma alias ZULU CEDAR / "
    "Bed 5 clean",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", "RIVERA-COLÓN"),
        ("NAME", "Tito"),
        ("OTHER_ID", "Bed 3"),
        ("NAME", "Washington, L."),
        ("NAME", "Denise"),
        ("OTHER_ID", "Bed 4"),
        ("OTHER_ID", "ZULU CEDAR"),
    ],
    note="trauma alias is an identifier; empty bed not labelled",
)

# 193
n(
    "en",
    "event",
    "Tours of the new Dolores Whitfield Tower begin Monday! 🏥 It is named for the late Chicago "
    "nurse who founded our first community clinic in 1952.",
    "building named after a historical nurse",
)

# 194
p(
    "en",
    "research",
    "Research news: Lakeshore surgeons performed the Midwest's first pig-kidney "
    "xenotransplant. The recipient, Leonard Byers, 62, of Gary, Indiana, is doing well on day 10. "
    "Dr. Anjali Menon led the team.",
    [("NAME", "Leonard Byers"), ("GEO", "Gary")],
    note="research news that names the patient; state not labelled",
)

# 195
n(
    "en",
    "research",
    "Our phase II trial of a new burn-healing gel enrolled 84 patients ages 2 to 91 across 6 "
    "centers. Results are promising: healing time was 4.5 days shorter on average.",
    "population age range",
)

# 196
p(
    "en",
    "thank_you",
    "Shoutout to @TheRealJayBee_ (Jaylen Banks), former Lakeshore burn patient and 2x Burn Camp "
    "counselor, who raised $8,000 on his 21st birthday for our pediatric burn camp! 🔥🏕️",
    [("OTHER_ID", "@TheRealJayBee_"), ("NAME", "Jaylen Banks")],
    note="former patient's own handle",
)

# 197
n(
    "en",
    "recruitment",
    "Our Peer Support volunteers are burn survivors themselves. They know what the first look in "
    "the mirror feels like. Want to become one? Call (312) 555-0150.",
    "anonymous survivors; hospital line",
)

# 198
p(
    "en",
    "discharge",
    '"Discharged 4/18" 🎉 That\'s what Ana María wrote on her whiteboard on her first day in our '
    "transplant unit. She was off by two days. Went home 4/20. Close enough!",
    [("DATE", "4/18"), ("NAME", "Ana María"), ("DATE", "4/20")],
    note="target date and real discharge date",
)

# 199
n(
    "en",
    "event",
    "April is #DonateLife Month. On April 16 (National Healthcare Decisions Day) our chaplains "
    "will help anyone complete an advance directive in the main lobby, 10am-2pm.",
    "awareness dates",
)

# 200
p(
    "es",
    "pasted_record",
    "Hoja de admisión · Nombre: Ramírez Cuevas, Ofelia · Fecha de nac.: 15/03/1958 · Dirección: "
    "5132 S. Kolin Ave, Chicago IL 60632 · Teléfono: (773) 555-0144 · Seguro: Meridian "
    "#MCD-7720914",
    [
        ("NAME", "Ramírez Cuevas, Ofelia"),
        ("DATE", "15/03/1958"),
        ("GEO", "5132 S. Kolin Ave"),
        ("GEO", "Chicago"),
        ("GEO", "60632"),
        ("PHONE", "(773) 555-0144"),
        ("HEALTH_PLAN", "MCD-7720914"),
    ],
)

# 201
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Es gratis. Llame a nuestra línea en español (312) 555-0168 o "
    "escriba a espanol@lakeshoreumc.org. Estamos en 1500 S. Lakeshore Parkway, Chicago, IL 60616.",
    "hospital contact",
)

# 202
p(
    "en",
    "eponymous_condition",
    "Meet Olivia, 7, who has Hirschsprung's disease and just finished her 5th surgery at our "
    'Children\'s Hospital. Olivia wants everyone to know that "Hirschsprung" is hard to say but '
    "easy to learn about. 💜 #HirschsprungsAwareness",
    [("NAME", "Olivia", "*")],
    note="eponymous condition unlabelled; the child is",
)

# 203
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can be scary, but most people recover fully within 6 months. Sudden face "
    "drooping? Call 911 first: it could be a stroke.",
    "eponymous condition",
)

# 204
p(
    "en",
    "patient_story",
    "Mrs. Hattie Mae Coleman has lived on the same block of S. Calumet Avenue since 1953. She "
    "raised six children there, buried a husband there, and fed half of Bronzeville from her "
    "kitchen.\n\nThis spring, at 98, she fell and broke her hip. Her grandson Andre drove her to "
    "our ER and refused to leave. Our geriatric trauma team had her in surgery within 18 hours "
    'and up with a walker in two days.\n\n"I\'ve got a garden to plant," she told her PT. She '
    "planted it. 🌱 Thank you, Mrs. Coleman, for letting us share your story.",
    [
        ("NAME", "Hattie Mae Coleman"),
        ("NAME", "Coleman", "*"),
        ("GEO", "S. Calumet Avenue"),
        ("GEO", "Bronzeville"),
        ("AGE", "98"),
        ("NAME", "Andre"),
    ],
    note="season is not a date; bare year unlabelled",
)

# 205
n(
    "en",
    "event",
    "Happy Juneteenth from Lakeshore! Join our Bronzeville Clinic team at the 47th Street "
    "festival for free screenings and a whole lot of joy. ✊🏾",
    "holiday event",
)

# 206
p(
    "es",
    "milestone_birthday",
    "@LakeshoreUMC mi abuelo Don Nando cumplió 100 años el 15 de agosto y lo celebramos en el "
    "piso 7 donde se está recuperando 🇵🇷 gracias a las enfermeras por el bizcocho!!",
    [("NAME", "Nando"), ("AGE", "100"), ("DATE", "15 de agosto")],
)

# 207
n(
    "es",
    "campaign_hashtag",
    "#NoMásBalas 🕊️ Este fin de semana, 11 jóvenes llegaron heridos de bala a nuestro centro de "
    "trauma. Ninguno tenía más de 19 años. Basta.",
    "campaign and counts",
)

# 208
p(
    "en",
    "pasted_record",
    "[Teams – Burn Unit RNs] Ania W: anyone know if bed 7's mom (Mrs. Kuznetsova) got the "
    "parking voucher? she's been sleeping in her car in the garage 😢",
    [("OTHER_ID", "bed 7"), ("NAME", "Kuznetsova")],
    note="chat author is staff; mother of the patient named",
)

# 209
n(
    "en",
    "pasted_record",
    "[Teams – 4W] reminder: fire drill @ 1400, and Dr. Halsted's retirement cake is in the break "
    "room. don't let the peds residents eat it all 🎂",
    "staff chat with a staff surname that is a street",
)

# 210
p(
    "en",
    "patient_story",
    "1/2 Remember baby Noah, born at 23 weeks on Thanksgiving Day? 🦃",
    [("NAME", "Noah"), ("DATE", "Thanksgiving Day")],
)

# 211
p(
    "en",
    "discharge",
    "2/2 He's 6 lbs, breathing on his own, and heading home to Berwyn with mom Shanice just in "
    "time for Easter. 🐣 NICU nurses, you did that.",
    [("GEO", "Berwyn"), ("NAME", "Shanice")],
    note="thread part 2 names only the mother and town; Easter is not the event date",
)

# 212
n(
    "en",
    "event",
    "The Easter Bunny hopped through the Children's Hospital today with 300 baskets from "
    "Chicago Firefighters Union Local 2. 🐰",
    "holiday visit",
)

# 213
p(
    "es",
    "patient_story",
    "Esta foto nos llena el corazón. 💙 Es Jomar, de 14 años, el día que le quitaron los últimos "
    "vendajes.\n\nLa noche del 4 de julio, un cohete le explotó en la mano frente a su casa en la "
    "calle Kedzie, en Humboldt Park. Su tía Nereida lo trajo corriendo en su carro. Llegó a "
    "nuestro Centro de Quemados con lesiones en la mano derecha y la cara.\n\nDespués de 3 "
    "cirugías y meses de terapia, Jomar ya puede tocar el cuatro otra vez, el instrumento que le "
    "enseñó su abuelo en Ponce.\n\nJomar y su familia nos pidieron compartir su historia con un "
    "mensaje: este verano, dejen los fuegos artificiales a los profesionales. 🎆 #JomarToca",
    [
        ("PHOTO", "foto"),
        ("NAME", "Jomar", "*"),
        ("DATE", "4 de julio"),
        ("GEO", "calle Kedzie"),
        ("GEO", "Humboldt Park"),
        ("NAME", "Nereida"),
        ("GEO", "Ponce"),
        ("NAME", "#JomarToca"),
    ],
    note="photo of the patient; 'cuatro' is an instrument, not an age",
)

# 214
n(
    "es",
    "staff_spotlight",
    "En la foto: nuestras enfermeras del Centro de Quemados celebrando 10 años sin infecciones "
    "de línea central. ¡Orgullo! 📸",
    "photo of staff",
)

# 215
p(
    "en",
    "pasted_record",
    "oops wrong chat, ignore — for the SSDI form: Marlon D. Jefferson, SSN 412-55-0937, DOB "
    "01/09/1979, injury date 6/3, ICU 6/3-6/29",
    [
        ("NAME", "Marlon D. Jefferson"),
        ("SSN", "412-55-0937"),
        ("DATE", "01/09/1979"),
        ("DATE", "6/3", "*"),
        ("DATE", "6/29"),
    ],
)

# 216
n(
    "en",
    "hospital_contact",
    "Our Burn Center has moved! Find us on the 4th floor of the new pavilion, 1525 S. Lakeshore "
    "Parkway. Burn clinic appointments: (312) 555-0123, fax (312) 555-0189.",
    "hospital contact",
)

# 217
p(
    "en",
    "patient_story",
    "Follow @baby_ollie_fights for updates on our tiniest heart warrior 💙 Ollie's next surgery "
    "is Friday. #OllieStrong",
    [("OTHER_ID", "@baby_ollie_fights"), ("NAME", "Ollie"), ("NAME", "#OllieStrong")],
)

# 218
n(
    "en",
    "campaign_hashtag",
    "#TeamLakeshore is running the Shamrock Shuffle on March 30! Sign up to run with us: all "
    "proceeds support the Children's Hospital. ☘️",
    "campaign and event date",
)

# 219
p(
    "es",
    "patient_story",
    "Hoy se conocieron dos familias unidas para siempre. 💚\n\nEn diciembre, Rubén Castañeda, de "
    "41 años, murió tras un accidente en la I-55. Su esposa, Leticia, decidió donar sus órganos. "
    "Su hígado llegó a Lakeshore esa misma noche para salvar a Aurelio Domínguez, un abuelo de 67 "
    "años de Cicero que llevaba 3 años en lista de espera.\n\nEsta mañana, Leticia y sus hijos "
    'abrazaron a Aurelio en nuestro vestíbulo. "Rubén sigue ayudando a la gente, como siempre", '
    "dijo ella. 🙏 #DonaVida",
    [
        ("DATE", "diciembre"),
        ("NAME", "Rubén Castañeda"),
        ("NAME", "Rubén", "*"),
        ("GEO", "I-55"),
        ("NAME", "Leticia", "*"),
        ("NAME", "Aurelio Domínguez"),
        ("NAME", "Aurelio", "*"),
        ("GEO", "Cicero"),
    ],
    note="donor, donor's widow and recipient",
)

# 220
n(
    "es",
    "research",
    "La Dra. Rocío Valdez, cirujana de trasplantes, presentó hoy en Madrid los resultados de "
    "nuestro programa de donantes vivos latinos: 148 trasplantes en 5 años. 🇪🇸",
    "faculty research; foreign city of a conference",
)

# 221
p(
    "en",
    "staff_spotlight",
    "Before she was Dr. Tanisha Grant, PGY-3, she was a 12-year-old in bed 14 of our PICU after a "
    "car crash on the Stevenson. Today she's a pediatric resident on that same unit. Full circle. "
    "💙",
    [("NAME", "Tanisha Grant"), ("OTHER_ID", "bed 14"), ("GEO", "Stevenson")],
    note="resident who was a patient",
)

# 222
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Kevin Stevenson, PGY-2 in emergency medicine, who ran the Chicago Marathon in a "
    "full white coat to raise money for our ER social work fund. 🥼🏃",
    "resident whose surname is an expressway",
)

# 223
p(
    "en",
    "public_figure",
    "Get-well wishes are pouring in for Bears legend Walt 'The Wall' Gorski, 90, recovering at "
    "Lakeshore after a fall at home in Niles. Walt says he's been tackled by worse. 🐻",
    [("NAME", "Walt 'The Wall' Gorski"), ("NAME", "Walt", "*"), ("AGE", "90"), ("GEO", "Niles")],
)

# 224
n(
    "en",
    "public_figure",
    "What an honor: 92-year-old Chicago jazz legend Marvin Tate played for our patients and staff "
    "in the Children's Hospital atrium today. 🎷",
    "visiting public figure's age over 89",
)

# 225
p(
    "es",
    "birth_announcement",
    "A la mamá que dio a luz anoche en la ambulancia en la esquina de Cermak y Kedzie: "
    "¡felicidades! 👶 La ambulancia 22 y nuestras enfermeras de parto te mandan un abrazo.",
    [("GEO", "Cermak y Kedzie")],
    note="no name, but the corner where she gave birth",
)

# 226
n(
    "es",
    "birth_announcement",
    "A la mamá que dio a luz anoche en el elevador del hospital: ¡felicidades y perdón por el "
    "elevador tan lento! 😅👶",
    "anonymous birth inside the hospital",
)

# 227
p(
    "en",
    "discharge",
    "Iris Nieves-Cruz went home to Hermosa today, eight weeks after her liver transplant, with a "
    "lechón-sized thank-you party waiting on her block. 🇵🇷💚",
    [("NAME", "Iris Nieves-Cruz"), ("GEO", "Hermosa")],
    note="neighbourhood that is a Spanish word",
)

# 228
n(
    "en",
    "anonymous_story",
    "\"I was 17 when I got shot. I'm 27 now and I have a master's degree.\" One of the speakers "
    "at tonight's Trauma Survivors Night. We'll share the full video (with permission) next week. "
    "#PeaceIsPossible",
    "anonymous survivor quote",
)

# 229
p(
    "en",
    "thank_you",
    "@LakeshoreTransplant 1 year ago today I got my new liver from a 19yo donor I'll never meet. "
    "I'm Trish from Tinley Park and I think about her every day 💚 #DonateLife",
    [("NAME", "Trish"), ("GEO", "Tinley Park")],
    note="patient's own reply; relative time",
)

# 230
n(
    "en",
    "thank_you",
    "@LakeshoreTransplant 1 year ago today my wife got her new kidney. best nurses in Chicago. "
    "that's it, that's the tweet 💚",
    "reply with no identifier",
)

# 231
p(
    "es",
    "crisis_update",
    "Confirmamos que la niña de 6 años herida el domingo en La Villita, Aylin Monreal, está en "
    "condición estable. La familia agradece las oraciones y pide privacidad. #JusticiaParaAylin",
    [("GEO", "La Villita"), ("NAME", "Aylin Monreal"), ("NAME", "#JusticiaParaAylin")],
)

# 232
n(
    "es",
    "crisis_update",
    "La niña de 6 años herida el domingo en un tiroteo sigue en condición estable. Por respeto a "
    "la familia no compartiremos más detalles. Gracias a la comunidad por su apoyo. 🙏",
    "anonymous crisis update",
)

# 233
p(
    "en",
    "pasted_record",
    "hey can u check on my neighbor? Frank Lisowski, came in by ambulance from 51st & Kostner "
    "this am, no family, his cat is home alone lol. thx",
    [("NAME", "Frank Lisowski"), ("GEO", "51st & Kostner")],
)

# 234
n(
    "en",
    "staff_spotlight",
    "Thank you to Dr. Frank Oduya, Chief of Trauma, who is retiring after 31 years and an "
    "estimated 20,000 surgeries. 🎉 Frank, the trauma bay will never be this calm again.",
    "staff retirement",
)

# 235
p(
    "en",
    "birth_announcement",
    "Little Logan was born in Logan Square. 🏙️ Okay, technically he was born on our 4th floor, "
    "but his parents Kenji and Dani live two blocks from the Logan Square monument and they "
    "insist it counts. Welcome, Logan! 💙",
    [
        ("NAME", "Logan", 1),
        ("GEO", "Logan Square", "*"),
        ("NAME", "Logan", 4),
        ("NAME", "Kenji"),
        ("NAME", "Dani"),
    ],
    note="name inside the neighbourhood name",
)

# 236
n(
    "en",
    "event",
    "Catch our mobile mammography van at the Logan Square Farmers Market every Sunday in August! "
    "🎀 No appointment needed.",
    "event venue",
)

# 237
p(
    "en",
    "memorial",
    "We lost one of our own. Respiratory therapist Emmanuel 'Manny' Osei died Tuesday in our ICU, "
    "where he had worked for 19 years, after a long fight with ALS. Manny, you gave so many people "
    "their breath back. Rest now. 💙",
    [("NAME", "Emmanuel 'Manny' Osei"), ("NAME", "Manny", "*")],
    note="staff member who died as our patient",
)

# 238
n(
    "en",
    "memorial",
    "We are heartbroken by the passing of Dr. Ruth Abernathy, founder of our Regional Burn "
    "Center, who died at her home in Wisconsin at 94. She trained three generations of burn "
    "surgeons. 🕯️",
    "former staff who was not our patient; her age is not labelled",
)

# 239
p(
    "en",
    "thank_you",
    "Lily (age 8) drew this for the 3rd floor nurses after her appendix surgery: a unicorn with "
    "a stethoscope. It is now taped to the med room door forever. 🦄",
    [("NAME", "Lily")],
    note="the picture is her drawing, not a photo of her",
)

# 240
n(
    "en",
    "health_tip",
    "Appendicitis 101: pain that starts near the belly button and moves to the lower right side, "
    "fever, vomiting. Kids can't always explain it, so trust your gut (literally). ER open 24/7 "
    "at 1500 S. Lakeshore Parkway.",
    "tip; hospital address",
)

if __name__ == "__main__":
    S.main("phi_dev17_source")
