"""Dev set 4: hand-written social-media posts of a bilingual (English/Spanish) children's hospital.

Every post in this file was written by hand, blind to the PHI detector and to the other
labelled sets, for a fictional hospital, Río Claro Children's Hospital / Hospital Infantil
Río Claro (McAllen and Brownsville, Texas; its own phones, addresses, domains and handles are
in phi_dev4_org.json and are never labelled). The focus is paediatric: NICU
graduates, birthdays in hospital, "ring the bell" moments, wish visits, teens, school returns,
child-life staff, clowns, therapy dogs, siblings and grandparents, and parents quoted; about half
the posts are in English and half in (US / Latin American) Spanish, with some Spanglish.

Labelling conventions (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)):
- patient_specific is true when the post carries at least one identifier of a patient or of a
  patient's relative, household member or employer; an anonymous story is false.
- Staff, doctors, nurses, volunteers, clowns, donors, board members, public and historical
  figures, therapy animals and pets, the hospital's own contacts and campaign hashtags are never
  labelled; a staff member or volunteer who is the patient in the post is labelled.
- NAME: the name without honorifics or kinship words ("Mr.", "doña", "don", "abuelita", "tía",
  "mom", "Grandma", "baby", "la bebé" are outside); middle names, double surnames, suffixes and a
  quoted nickname inside a full name are inside. "Baby Girl Castañeda" labels the surname only.
  A hashtag carrying the patient's name ("#FuerzaSofi", "#TeamX") is one NAME span over the whole
  token; initials are names; every occurrence of a labelled name is labelled, lower-case ones too.
  "la familia Ramírez" / "the Okafor family" label the surname.
- DATE: the date expression itself, without a leading article or preposition ("14 de febrero",
  "3/14", "lunes", "Thursday", "August", "3:15 a.m.", "Christmas Eve", "Día de la Virgen de
  Guadalupe"), when it is tied to a patient event (birth, admission, surgery, diagnosis, scan
  result, discharge, death, wish trip or visit, birthday, including a relative's birthday); "yesterday", "last night",
  "ayer", "anoche" are labelled when tied to such an event; today / tonight / this morning /
  tomorrow / this week / hoy / mañana / "X years ago" are not. Hospital event dates are not PHI.
  A year alone is not labelled unless it reveals an age over 89 ("born in 1925").
- AGE: every age of a patient or relative, as the number with its unit when it has one
  ("9-year-old", "14 y/o", "8 años", "5 añitos", "3 meses", "18 months", "1 year" in "1 year
  old"), the bare number otherwise ("turned 6", "Theo, 4", "Cumple 9"), the number word of
  "sweet sixteen", and the ordinal of a birthday ("1st", "3rd", "90th", "first", "primer").
  A newborn's age in days or weeks is labelled AGE, since it is the child's age ("3-day-old";
  "since he was 2 weeks old" -> "2 weeks"; "a los 5 días de nacida" -> "5 días"); gestational
  ages ("born at 24 weeks", "a las 26 semanas") and durations ("112 days with us", "98 días",
  "lleva 2 años") are not.
- PHONE, EMAIL, MRN, HEALTH_PLAN, SSN, URL: the value only, without the label word ("MRN",
  "exp.", "tel.", "cel").  OTHER_ID: room and bed numbers (the number only), the patient's
  school or employer, the patient's own social handle.  GEO: a city, town or ZIP of the patient
  or relative, or a street address.
- Eponymous conditions (Kawasaki disease, Hodgkin lymphoma, Down syndrome, Wilms tumor,
  Crohn's, Alzheimer's, Parkinson) are not names.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev4.jsonl"), os.path.join(HERE, "phi_dev4_org.json"), "d4")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# ---------------------------------------------------------------- part 1

p(
    "en",
    "birth_announcement",
    "Welcome to the world, Amara Joy Okonkwo-Reyes! 💕 Born 3/14 at 6:02 a.m., 7 lbs 4 oz, and already the boss of Labor & Delivery. Congrats to mom Chidinma and dad Luis! #RioClaroBabies",
    [
        ("NAME", "Amara Joy Okonkwo-Reyes"),
        ("DATE", "3/14"),
        ("DATE", "6:02 a.m."),
        ("NAME", "Chidinma"),
        ("NAME", "Luis"),
    ],
)

p(
    "en",
    "discharge",
    'NICU GRADUATE ALERT 🎓🍼 After 112 days with us, baby Kai is going HOME! Kai was born at 25 weeks weighing just 1 lb 9 oz. His mom Tran says the nurses on 4 West "became family." Go get \'em, little man! #NICUgrad',
    [("NAME", "Kai", "*"), ("NAME", "Tran")],
)

n(
    "en",
    "statistic",
    "Last year our NICU team cared for 1,184 babies, including 212 born before 28 weeks. Every single one of them had a team in their corner. 💙 #NICUAwarenessMonth",
    "aggregate NICU counts and gestational ages, no individual",
)

p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday to our favorite NICU alum, Summer! ☀️ Summer spent her first 3 months in our unit after being born on June 2, 2023 at just 24 weeks. Look at her now!! Her parents, Jess and Andre Whitfield, stopped by the unit to bring cupcakes for the night shift 🧁",
    [
        ("AGE", "1st"),
        ("NAME", "Summer", "*"),
        ("DATE", "June 2, 2023"),
        ("NAME", "Jess"),
        ("NAME", "Andre Whitfield"),
    ],
)

n(
    "en",
    "staff_spotlight",
    'Meet Summer Nguyen, RN, BSN, one of our NICU night nurses for 11 years. 🌙 "The babies teach me patience every shift," she says. Summer also leads our breastfeeding support group on Tuesdays. Thank you, Summer! #NurseAppreciation',
    "staff spotlight: a nurse whose first name is a word; staff are not labelled",
)

p(
    "en",
    "pasted_record",
    'Social team: photo release signed for the NICU grad feature. Pt: Baby Girl Castañeda ("Luna"), MRN 00482913, DOB 01/07/2025, mom\'s cell 956-555-0187. Please use first name only in the caption!!',
    [
        ("NAME", "Castañeda"),
        ("NAME", "Luna"),
        ("MRN", "00482913"),
        ("DATE", "01/07/2025"),
        ("PHONE", "956-555-0187"),
    ],
)

n(
    "en",
    "event",
    "Join us Saturday, Oct. 12 from 9 a.m. to noon for our NICU Reunion Picnic at Bicentennial Park! 🎈 Face painting, therapy dogs Biscuit and Maple, and a visit from the McAllen Fire Dept. RSVP at rioclarokids.org/reunion",
    "hospital event date and time, therapy dogs by name",
)

p(
    "en",
    "patient_story",
    "When little hearts need big help, our cardiac team shows up.\n\nThis summer our pediatric cardiology team performed the Rio Grande Valley's first minimally invasive valve repair on an infant, a procedure that until now meant a 5-hour drive to Houston or San Antonio. The surgery took just under four hours. Recovery, which used to be measured in weeks, now takes days.\n\nDr. Priya Raman, our chief of pediatric cardiac surgery, says the program has been years in the making. \"We built this so families would never have to choose between their jobs and their baby's heart.\"\n\nOur first patient, Ezequiel, is now home and gaining weight like a champ. 💪❤️\n\n#CongenitalHeartDefectAwareness #RioClaroKids",
    [("NAME", "Ezequiel")],
    "long programme story; the patient is named once near the end; the surgeon is staff",
)

p(
    "en",
    "thank_you",
    "A huge THANK YOU to the Okafor family, who dropped off 300 handmade hats for our NICU babies in honor of their son's first birthday. 🧶 He spent 61 days with us and they haven't stopped giving back since!",
    [("NAME", "Okafor"), ("AGE", "first")],
    "relatives only (family surname) and the former patient's age via his first birthday",
)

n(
    "en",
    "sponsor",
    "A huge thank you to Ray and Linda Castellanos for their gift of $250,000 to expand our Family Resource Center! 🙏 Ray and Linda have supported Río Claro for 20 years, and we are so grateful. #Philanthropy",
    "donors by name are not patients",
)

p(
    "en",
    "milestone_birthday",
    "happy birthday to our sweet friend hope!! 🎂 she turned 6 on 4 West yesterday and the whole floor sang to her. Child life made her a unicorn crown. we love you hope 💜",
    [("NAME", "hope", "*"), ("AGE", "6"), ("DATE", "yesterday")],
    "lower-case name that is also a word; age and birthday date",
)

n(
    "en",
    "health_tip",
    "Safe sleep reminder 💤 Babies under 1 year should sleep on their backs, alone, in a crib with no pillows, bumpers or blankets. Questions? Call our Nurse Advice Line at (956) 555-0140. #SafeSleep",
    "general age range and the hospital's own number",
)

p(
    "en",
    "discharge",
    "Ring that bell, Xavier!!! 🔔🔔🔔 After 2 1/2 years of treatment for acute lymphoblastic leukemia, our 9-year-old warrior rang the end-of-treatment bell on Thursday with his abuela, his three sisters and half of the 5th floor cheering. #TeamX #GoldSeptember",
    [("NAME", "Xavier"), ("AGE", "9-year-old"), ("DATE", "Thursday"), ("NAME", "#TeamX")],
)

n(
    "en",
    "campaign_hashtag",
    "September is Childhood Cancer Awareness Month 🎗️ Wear gold this Friday to honor the kids who fight every day — and the families and nurses fighting alongside them. Share your #GoGold selfies and tag @RioClaroKids! #ChildhoodCancerAwareness",
    "campaign hashtags and the hospital handle",
)

n(
    "en",
    "eponymous_condition",
    "What is Kawasaki disease? It causes inflammation in blood vessels and is most common in children under 5. Warning signs: fever for 5+ days, red eyes, rash, swollen hands and feet, cracked lips. Early treatment protects the heart. 🫀 Learn more: rioclarokids.org/kawasaki",
    "eponymous condition and a general age range",
)

p(
    "en",
    "patient_story",
    'Some of you know Marisol Treviño as the voice that answers our main line every morning. ☎️ What you may not know is that in March, Marisol was diagnosed with breast cancer — and she kept coming in between chemo sessions because "the families need a friendly voice." Today she finished her last round. We are so proud of you, Mari! 💗',
    [("NAME", "Marisol Treviño"), ("NAME", "Marisol", "*"), ("DATE", "March"), ("NAME", "Mari")],
    "an employee who is the patient: name, nickname and diagnosis month",
)

n(
    "en",
    "staff_spotlight",
    "Staff Spotlight ⭐ Dr. Joy Bishop-Young, MD, joined our pediatric hematology/oncology team this fall after 8 years at Texas Children's. When she's not in clinic, Dr. Bishop-Young coaches her daughter's soccer team and bakes terrible (her words!) sourdough. Welcome, Dr. Joy! 🍞",
    "new physician; her family is not a patient's",
)

p(
    "en",
    "pasted_record",
    "Hi all! The Mendoza-Park family said yes to being featured for Giving Tuesday 🎉 Mom (Grace) prefers email: gracemp.family@gmail.com. Kiddo is Theo, 4, our little heart warrior. Can someone from comms reach out this week?",
    [
        ("NAME", "Mendoza-Park"),
        ("NAME", "Grace"),
        ("EMAIL", "gracemp.family@gmail.com"),
        ("NAME", "Theo"),
        ("AGE", "4"),
    ],
)

n(
    "en",
    "event",
    "🎃 Trunk-or-Treat is BACK! Thursday, Oct. 31, 4–6 p.m., in the north parking garage. Costumes encouraged for kids, staff AND parents. Candy donations can be dropped at the main lobby through Oct. 28.",
    "hospital event dates",
)

p(
    "en",
    "patient_story",
    "A wish come true ✨ 12-year-old Santiago \"Santi\" Delgado has been dreaming of meeting the San Antonio Spurs since before his kidney transplant. Yesterday, thanks to Make-A-Wish South Texas, he did — and got a signed jersey from the whole team! Santi's mom, Yolanda, said it was the first time she'd seen him laugh like that since his transplant in February. 🏀",
    [
        ("AGE", "12-year-old"),
        ("NAME", 'Santiago "Santi" Delgado'),
        ("NAME", "Santi", "*"),
        ("DATE", "Yesterday"),
        ("NAME", "Yolanda"),
        ("DATE", "February"),
    ],
)

n(
    "en",
    "public_figure",
    "What an afternoon! 🏀 Players from the San Antonio Spurs visited our playroom today, signed casts, shot hoops on the mini court and stayed for a round of Uno. Thank you for making so many kids smile! @spurs",
    "sports team visit, no patient named",
)

n(
    "en",
    "anonymous_story",
    "One of our teen patients told a nurse last week: \"You're the first adult who explained my diagnosis to ME instead of to my parents.\" That's why we train every clinician in adolescent-centered communication. 💬",
    "anonymous patient quote",
)

p(
    "en",
    "patient_story",
    'Our 15-year-old patient asked us to share this: "Being in the hospital for your birthday is not the end of the world. The nurses made it pretty great actually." 🎂💙 We love our teens!',
    [("AGE", "15-year-old")],
    "age only",
)

n(
    "en",
    "recruitment",
    "We're hiring! 🩺 Pediatric ICU RNs (nights, 36 hrs/wk), Child Life Specialist (CCLS required), and bilingual Patient Access Reps. Sign-on bonus up to $15,000 for RNs. Apply: rioclarokids.org/careers #NursingJobs #RGVjobs",
    "job posting",
)

p(
    "en",
    "thank_you",
    "Grandma Ruth has been knitting blankets for our NICU every month since her granddaughter Willow graduated from our unit in 2019. This month she brought #500!! 🧶💕 Thank you, Ruth!",
    [("NAME", "Ruth", "*"), ("NAME", "Willow")],
    "grandmother of a former patient and the patient's name; a year alone is not labelled",
)

n(
    "en",
    "memorial",
    "Today we remember Dr. Harold Stein (1931–2024), founding chief of pediatrics at Río Claro, who opened our first 40-bed unit in 1968. His kindness shaped generations of doctors. 🕊️",
    "memorial of a former physician, not a patient",
)

p(
    "en",
    "memorial",
    'It is with heavy hearts that we share that our friend Jaylen "JJ" Brooks passed away peacefully on Sunday, surrounded by his mom, Keisha, and his little brother Marcus. JJ was 11 and had been fighting neuroblastoma since he was 3. He loved Pokémon, his dog Tank, and every single one of our nurses. Fly high, JJ. 💙 #JJStrong',
    [
        ("NAME", 'Jaylen "JJ" Brooks'),
        ("NAME", "#JJStrong"),
        ("NAME", "JJ", "*"),
        ("DATE", "Sunday"),
        ("NAME", "Keisha"),
        ("NAME", "Marcus"),
        ("AGE", "11"),
        ("AGE", "3"),
    ],
)

n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month 🧠 Many of our families are caring for a grandparent with Alzheimer's while also caring for a sick child. Our social workers can connect you with respite and caregiver support — call 1-888-555-0162.",
    "eponymous condition, hospital phone",
)

p(
    "en",
    "pasted_record",
    "reminder for whoever is on the comms phone: call Maria's mom back at 555-201-8812 re: the photo consent for the bell video 🔔 thx!!",
    [("NAME", "Maria"), ("PHONE", "555-201-8812")],
    "patient name and a parent's phone in an internal reminder",
)

p(
    "en",
    "pasted_record",
    "can someone send the photo to jlopez84@gmail.com? it's the dad from the superhero window washers visit, he wants the one with his son on the window 🦸",
    [("EMAIL", "jlopez84@gmail.com")],
    "a patient's father's email in a casual request",
)

p(
    "en",
    "pasted_record",
    "pt MRN#4471029 ready for the feature — mom ok'd first name + age only. Room 5112 discharge planned Fri. 👍",
    [("MRN", "4471029"), ("OTHER_ID", "5112"), ("DATE", "Fri")],
)

n(
    "en",
    "sponsor",
    "Thank you to H-E-B for sponsoring our Back-to-School Backpack Drive! 🎒 More than 1,500 backpacks stuffed with supplies went home with patients and siblings this year. #HEBcares",
    "corporate sponsor",
)

n(
    "en",
    "hospital_contact",
    "📞 New number alert! Our Spanish-language scheduling line is now (956) 555-0199, open Mon–Sat 7am–7pm. Appointments in English: 1-888-555-0162. Main campus: 3300 Camino Real Pkwy, McAllen, TX 78503.",
    "the hospital's own phones and address",
)

p(
    "en",
    "milestone_birthday",
    "It's not every day you get to celebrate a 100th birthday in a children's hospital! 🎉\n\nGreat-great-grandma Esperanza Villarreal turned 100 on Saturday, and since her great-great-grandson Mateo is currently one of our patients on 6 North, the family threw the party right here in our family lounge. Esperanza was born in 1925 in Reynosa and has 41 great-grandchildren (we counted!). Mateo, 7, made her a crown out of tongue depressors. 👑\n\nFeliz cumpleaños, Doña Esperanza!",
    [
        ("AGE", "100th"),
        ("NAME", "Esperanza Villarreal"),
        ("NAME", "Esperanza", "*"),
        ("AGE", "100"),
        ("DATE", "Saturday"),
        ("NAME", "Mateo", "*"),
        ("DATE", "1925"),
        ("GEO", "Reynosa"),
        ("AGE", "7"),
    ],
    "a patient's great-great-grandmother: her name, age over 89, birth year and birthplace; the patient's name and age",
)

n(
    "en",
    "statistic",
    "By the numbers (2024) 📊\n12,400 kids seen in our ER\n3,215 surgeries\n847 NICU babies\n96 kids rang the bell 🔔\n1 incredible team. Thank you, RGV!",
    "annual statistics",
)

p(
    "en",
    "discharge",
    "Going home day!! 🏠 Faith, 14, spent 23 days with us after a car accident on I-2 in August. Today she walked out on her own two feet. Her dad Tomás says: \"We came in not knowing if she'd wake up. We're leaving with our girl.\" 😭❤️",
    [("NAME", "Faith"), ("AGE", "14"), ("DATE", "August"), ("NAME", "Tomás")],
)

n(
    "en",
    "health_tip",
    "Summer safety tip ☀️ Kids ages 1–4 drown more than from any other cause. Never leave a child alone near water, not even for a minute. Hope you all have a safe and joyful summer! #WaterSafety",
    "words that are also names (Summer, Hope) used as words; general ages",
)

n(
    "en",
    "staff_spotlight",
    "Meet Dr. Giggles (aka Ramón Salinas), our resident hospital clown for 9 years! 🤡 Ramón visits every floor on Tuesdays and Thursdays with his ukulele and a rubber chicken named Gertrude. Kids and nurses agree: nobody does bubble tricks better.",
    "hospital clown (staff) by name",
)

p(
    "en",
    "patient_story",
    "Back to school! 📚 After 8 months of treatment, Adaeze is back in 3rd grade at Bonham Elementary and her classmates lined the hallway to welcome her. Her teacher, Ms. Garza, sent us this picture and we may have cried a little. 🥹 #SchoolReentry",
    [("NAME", "Adaeze"), ("OTHER_ID", "Bonham Elementary")],
    "patient name and school; the teacher is not labelled",
)

n(
    "en",
    "event",
    "Save the date! 🏃 Río Claro Kids 5K + Fun Run, Saturday, March 8, 2025, 7:30 a.m. at Quinta Mazatlán. Registration $35, kids under 12 free. All proceeds support our Pediatric Cancer Center.",
    "hospital fundraiser date and time",
)

# Spanish, part 1

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Rocío Guadalupe! 💗 Nació el 14 de febrero a las 3:15 a.m., pesó 3.2 kg y ya nos robó el corazón. ¡Muchas felicidades a su mamá Dulce y a su papá Everardo! #BebésRíoClaro",
    [
        ("NAME", "Rocío Guadalupe"),
        ("DATE", "14 de febrero"),
        ("DATE", "3:15 a.m."),
        ("NAME", "Dulce"),
        ("NAME", "Everardo"),
    ],
)

n(
    "es",
    "statistic",
    "En 2024 atendimos a más de 3,200 niños en nuestra clínica de especialidades en Brownsville. 💙 Gracias, Valle, por confiar en nosotros para cuidar a sus hijos.",
    "aggregate count",
)

p(
    "es",
    "discharge",
    '¡GRADUADO DE LA UCIN! 🎓👶 Después de 98 días, nuestro pequeño Juanito por fin se va a casa. Nació a las 26 semanas y pesaba apenas 800 gramos. Su mamá, Yesenia, nos dijo: "Aquí aprendí a ser mamá entre máquinas y alarmas, pero nunca me sentí sola." ¡Te vamos a extrañar, Juanito! 🥹',
    [("NAME", "Juanito", "*"), ("NAME", "Yesenia")],
)

n(
    "es",
    "health_tip",
    "👶 Los bebés menores de 6 meses no deben tomar agua ni jugos, solo leche materna o fórmula. Los niños de 1 a 3 años necesitan entre 11 y 14 horas de sueño al día. ¿Dudas? Llama a nuestra línea en español: (956) 555-0199.",
    "general ages and the hospital's own line",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños, Sofí! 🎂🎈 Nuestra princesa cumplió 5 añitos el sábado aquí en el piso de hematología y las enfermeras le organizaron una fiesta de Frozen. Su abuelita Chela vino desde Matamoros con tamales para todos 🫔❤️ #FuerzaSofi",
    [
        ("NAME", "Sofí"),
        ("AGE", "5 añitos"),
        ("DATE", "sábado"),
        ("NAME", "Chela"),
        ("GEO", "Matamoros"),
        ("NAME", "#FuerzaSofi"),
    ],
)

n(
    "es",
    "staff_spotlight",
    'Conozcan a la Dra. Luz María Paz, nuestra nueva jefa de neonatología 👩‍⚕️ La Dra. Paz estudió en la UNAM y trabajó 12 años en Monterrey. "Cada bebé merece una oportunidad," nos dice. ¡Bienvenida, doctora!',
    "new physician whose names are also words",
)

p(
    "es",
    "patient_story",
    "Hoy queremos compartir la historia de Milagros. 💛\n\nMilagros llegó a urgencias el 3 de enero con una fiebre que no bajaba. Tenía 2 años. Después de muchos estudios, el equipo de reumatología confirmó enfermedad de Kawasaki. Gracias al tratamiento a tiempo, su corazoncito está sano.\n\nSu mamá, Araceli Fuentes Ibarra, quiere que otras familias sepan las señales: fiebre de más de 5 días, ojos rojos, labios partidos, manos hinchadas.\n\n¡Milagros, eres nuestro milagro! ✨",
    [
        ("NAME", "Milagros", "*"),
        ("DATE", "3 de enero"),
        ("AGE", "2 años"),
        ("NAME", "Araceli Fuentes Ibarra"),
    ],
    "patient named three times, admission date, age, mother's full name; Kawasaki is a condition",
)

n(
    "es",
    "eponymous_condition",
    "Síndrome de Down: el 21 de marzo celebramos el Día Mundial del Síndrome de Down 💙💛 En nuestra Clínica de Síndrome de Down atendemos a más de 400 niños y jóvenes. ¡Usa calcetines disparejos y comparte tu foto! #DíaMundialDelSíndromeDeDown",
    "eponymous condition and an awareness day",
)

p(
    "es",
    "pasted_record",
    "Buenas, equipo de comunicación: la mamá de Ximena (exp. 7781-22) autorizó la foto para el post del Día del Niño. Su correo es ximena.mama.rgv@hotmail.com y su cel 956 555 0134. Ximena tiene 8 años, está en la cama 12 de oncología.",
    [
        ("NAME", "Ximena", "*"),
        ("MRN", "7781-22"),
        ("EMAIL", "ximena.mama.rgv@hotmail.com"),
        ("PHONE", "956 555 0134"),
        ("AGE", "8 años"),
        ("OTHER_ID", "12"),
    ],
)

n(
    "es",
    "event",
    "📢 ¡Feria de Salud Familiar! Sábado 26 de abril, de 10 a.m. a 2 p.m., en el estacionamiento del hospital. Vacunas gratis, revisión dental, cortes de pelo y juegos para los niños. Trae la cartilla de vacunación de tus hijos. #SaludRGV",
    "hospital event date",
)

p(
    "es",
    "thank_you",
    "Gracias de todo corazón a la familia Ramírez Saldívar por donar 200 juguetes para el piso de oncología en memoria de su hijo Diego. 🧸 Diego estuvo con nosotros de 2021 a 2023 y siempre decía que cuando fuera grande iba a ser enfermero. Su legado sigue aquí. 💙",
    [("NAME", "Ramírez Saldívar"), ("NAME", "Diego", "*")],
    "family surname and the late patient's name; years alone not labelled",
)

n(
    "es",
    "anonymous_story",
    'Una mamá nos contó esta semana: "Llegué a las 2 de la mañana con mi hijo ardiendo en fiebre y la enfermera me habló en español, me explicó todo y me trajo un café." 😭 Esto es Río Claro. Gracias, equipo de urgencias.',
    "anonymous mother's quote; the clock time identifies no one",
)

p(
    "es",
    "patient_story",
    "Mi'jo, you did it!! 🙌 Así gritó don Rigoberto cuando su hijo Iván, de 16 años, tocó la campana el viernes después de 14 meses de quimio contra el linfoma de Hodgkin. Iván quiere estudiar ingeniería en UTRGV. ¡Vamos, campeón! 🔔",
    [("NAME", "Rigoberto"), ("NAME", "Iván", "*"), ("AGE", "16 años"), ("DATE", "viernes")],
    "Spanglish bell story; Hodgkin is a condition",
)

n(
    "es",
    "public_figure",
    "¡Qué visita tan especial! ⚽ Jugadores del Club de Fútbol Monterrey Rayados vinieron a saludar a nuestros pacientes, firmaron balones y jugaron futbolito en el patio. ¡Gracias por tanto cariño!",
    "sports team visit",
)

n(
    "es",
    "staff_spotlight",
    "🐶 Les presentamos a Canela, nuestra perrita de terapia, y a su guía, la voluntaria Consuelo Herrera. Canela visita los pisos de pediatría los martes y jueves y es experta en recibir abrazos. ¡Canela cumple 6 años esta semana! 🎂",
    "therapy dog (and its age) and a volunteer",
)

p(
    "es",
    "milestone_birthday",
    "Hoy nuestro querido Emiliano cumple 10 años 🎉🎂 y aunque le tocó celebrarlo en el hospital, sus hermanitos Leo y Abril vinieron con globos y pastel de tres leches. ¡Feliz cumple, Emi! 🎈",
    [("NAME", "Emiliano"), ("AGE", "10 años"), ("NAME", "Leo"), ("NAME", "Abril"), ("NAME", "Emi")],
    "patient, age, siblings (one named like a month), nickname",
)

n(
    "es",
    "health_tip",
    "¿Sabías que los niños de 6 a 12 años deben hacer al menos 60 minutos de actividad física al día? 🏃‍♀️🚴 Apaga las pantallas y sal a jugar en familia. #NiñosSanos",
    "general age range",
)

p(
    "es",
    "discharge",
    '¡Lupita se va a casa! 🏡 Después de su cirugía de columna el 2 de septiembre, Guadalupe "Lupita" Cantú Treviño, de 13 años, ya camina por los pasillos como si nada. Su tía Norma dice que la primera comida que quiere es una tlayuda. ¡Buen provecho, Lupita! 🌮',
    [
        ("NAME", 'Guadalupe "Lupita" Cantú Treviño'),
        ("NAME", "Lupita", "*"),
        ("DATE", "2 de septiembre"),
        ("AGE", "13 años"),
        ("NAME", "Norma"),
    ],
)

n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN ⚠️ Debido a la tormenta, atendimos a 37 niños en urgencias durante la noche, la mayoría con cortaduras y golpes leves. 4 permanecen hospitalizados en condición estable. Las consultas de hoy en Brownsville se reprograman. Info: (956) 555-0199.",
    "crisis update with counts",
)

n(
    "es",
    "recruitment",
    "¡Estamos contratando! 💼 Buscamos enfermeras bilingües para la UCIN, técnicos de farmacia y especialistas en vida infantil (Child Life). Excelentes prestaciones. Aplica en rioclarokids.org/empleos #EmpleosRGV",
    "job posting",
)

p(
    "es",
    "memorial",
    "Con profunda tristeza despedimos a nuestra guerrera Valentina Sarahí Ortiz, quien partió al cielo el 28/10/2024 a los 7 años. 🕊️ Valentina amaba pintar, bailar cumbia con las enfermeras y cuidar a su hermanito Kevin. Abrazamos con mucho amor a su mamá Brenda y a toda la familia Ortiz. Siempre serás nuestra luz, Vale. 💜",
    [
        ("NAME", "Valentina Sarahí Ortiz"),
        ("NAME", "Valentina", "*"),
        ("NAME", "Ortiz", "*"),
        ("DATE", "28/10/2024"),
        ("AGE", "7 años"),
        ("NAME", "Kevin"),
        ("NAME", "Brenda"),
        ("NAME", "Vale"),
    ],
)

n(
    "es",
    "campaign_hashtag",
    "Este mes de septiembre nos vestimos de dorado 💛 por todos los niños que luchan contra el cáncer. Comparte tu foto con el lazo dorado y usa #SeptiembreDorado y #CáncerInfantil. ¡Juntos somos más fuertes!",
    "campaign hashtags",
)

p(
    "es",
    "pasted_record",
    'Para el post de mañana: paciente Rocío Amparo Beltrán, F. nac. 05/11/2012, expediente RC-0093321, hab. 508. Mamá (doña Amparo) pide que NO pongamos apellido, solo "Rocío". 🙏',
    [
        ("NAME", "Rocío Amparo Beltrán"),
        ("NAME", "Amparo", "*"),
        ("NAME", "Rocío", "*"),
        ("DATE", "05/11/2012"),
        ("MRN", "RC-0093321"),
        ("OTHER_ID", "508"),
    ],
)

n(
    "es",
    "event",
    "🎄 Posada navideña para pacientes y familias: martes 17 de diciembre, 5 p.m., en el auditorio. ¡Habrá piñatas, villancicos, ponche y la visita de Santa Clos! Donativos de juguetes nuevos hasta el 13 de diciembre.",
    "hospital event dates",
)

p(
    "es",
    "patient_story",
    'El abuelito Chuy no se ha separado ni un día de su nieta Maite desde que llegó a terapia intensiva. 💕 Todos los días le lee el mismo cuento, "El principito", y ella ya se lo sabe de memoria. Maite tiene 4 años y es la niña más valiente del piso.',
    [("NAME", "Chuy"), ("NAME", "Maite", "*"), ("AGE", "4 años")],
)

n(
    "es",
    "staff_spotlight",
    'Hoy reconocemos a la enfermera Esperanza "Pera" Villanueva, RN, quien se jubila después de 35 años en nuestra UCIN. 💐 Más de 5,000 bebés pasaron por sus manos. ¡Gracias por todo, Pera!',
    "retiring nurse with a nickname",
)

p(
    "es",
    "patient_story",
    "¡La Reina del Baile de Graduación del hospital es Dayana Flores! 👑 Dayana, de 17 años, lleva 6 meses en diálisis, pero el viernes se puso su vestido azul y bailó toda la noche con su hermano Adrián en nuestro Prom del hospital. ✨",
    [
        ("NAME", "Dayana Flores"),
        ("NAME", "Dayana", "*"),
        ("AGE", "17 años"),
        ("DATE", "viernes"),
        ("NAME", "Adrián"),
    ],
)

n(
    "es",
    "public_figure",
    "Hace 70 años, Jonas Salk anunció que su vacuna contra la polio era segura y eficaz. 💉 Gracias a la vacunación, la polio casi desapareció del mundo. ¡Vacuna a tus hijos! #SemanaDeVacunación",
    "historical figure",
)

n(
    "es",
    "hospital_contact",
    "¿Necesitas cita? 📅 Llámanos al 1-888-555-0162 o escríbenos en Facebook. Nuestro hospital principal está en 3300 Camino Real Pkwy, McAllen, TX 78503, y la clínica en 1200 Boca Chica Blvd, Brownsville. ¡Hablamos español!",
    "the hospital's own phone and addresses",
)

p(
    "es",
    "discharge",
    "Nuestra paciente más pequeñita de la UCIN, la bebé Paz, se fue a casa ayer con 2.5 kg 🎀 ¡Paz, que tengas una vida llena de paz! 🕊️ Felicidades a mamá Itzel y papá Rubén.",
    [("NAME", "Paz", "*"), ("DATE", "ayer"), ("NAME", "Itzel"), ("NAME", "Rubén")],
    "a name that is also a word (the lower-case word is not the name)",
)

n(
    "es",
    "research",
    "Nuestro equipo de investigación participa en un estudio nacional sobre el uso de leche materna donada en bebés prematuros menores de 32 semanas. 🍼 Si tu bebé está en la UCIN y quieres saber más, pregunta a tu enfermera.",
    "research recruitment, gestational ages in general",
)

p(
    "es",
    "pasted_record",
    "ojo equipo: en la foto del evento se ve la pulsera de Brayan Alexis Muñoz, se alcanza a leer el número de Medicaid 5521903347 y su fecha de nacimiento 2/9/2016. Hay que borrarla antes de publicar!!",
    [("NAME", "Brayan Alexis Muñoz"), ("HEALTH_PLAN", "5521903347"), ("DATE", "2/9/2016")],
)

n(
    "es",
    "anonymous_story",
    '"Mi hija me preguntó si los doctores también tienen miedo." Una mamá de nuestro piso de oncología nos compartió esta pregunta y nuestros médicos respondieron en un video. Véanlo completo en nuestro canal 🎥',
    "anonymous mother",
)

p(
    "es",
    "patient_story",
    "miren quién vino a visitar!! 😍 nuestro ex paciente santiago, que nació aquí a las 27 semanas, ahora tiene 5 años, ya va al kínder y quiere ser doctor como la dra. Méndez 🩺 te queremos santi!!",
    [("NAME", "santiago"), ("AGE", "5 años"), ("NAME", "santi")],
    "lower-case names; the doctor is staff",
)

n(
    "es",
    "sponsor",
    "Gracias a Rotary Club McAllen por donar 3 cunas térmicas para nuestra UCIN. 💙 Su generosidad ayudará a cientos de bebés prematuros cada año.",
    "donor organisation",
)

p(
    "es",
    "thank_you",
    '"Ustedes no solo salvaron a mi hijo, también me salvaron a mí." — Leticia, mamá de Josué 💬 Josué pasó 3 semanas en cuidados intensivos en diciembre por una neumonía muy grave. Hoy está en casa jugando con sus primos. Gracias, Leticia, por dejarnos compartir su historia. 🙏',
    [("NAME", "Leticia", "*"), ("NAME", "Josué", "*"), ("DATE", "diciembre")],
)

n(
    "es",
    "event",
    '🎭 Este jueves a las 4 p.m. nos visitan los Payasos de Hospital "Risaterapia RGV" en el piso 3. Nariz roja obligatoria 🔴 ¡Pacientes, hermanos y papás son bienvenidos!',
    "clown visit announcement",
)

p(
    "es",
    "pasted_record",
    "Si alguien ve este mensaje: la señora que llamó por las fotos de la graduación de la UCIN de su bebé Alexa es Marlene Zúñiga, tel. (956) 555-0112, correo marlenez.1990@yahoo.com. Le prometimos respuesta hoy 🙏",
    [
        ("NAME", "Alexa"),
        ("NAME", "Marlene Zúñiga"),
        ("PHONE", "(956) 555-0112"),
        ("EMAIL", "marlenez.1990@yahoo.com"),
    ],
)

n(
    "es",
    "eponymous_condition",
    "Abril es el Mes de Concientización sobre el Autismo y también sobre el Parkinson. 🧩 En nuestra clínica de neurodesarrollo evaluamos a niños desde los 18 meses. Más info: rioclarokids.org/autismo",
    "month named Abril, eponymous condition, general age",
)

n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra especialista en vida infantil, Gracie Soto, CCLS, por recibir el premio Estrella Río Claro 2025! ⭐ Gracie prepara a los niños antes de sus cirugías con muñecos, juegos y mucha paciencia. ¡Te lo mereces!",
    "child life specialist award",
)

# ---------------------------------------------------------------- part 2

p(
    "en",
    "patient_story",
    "Meet King! 👑 This 8-year-old from Edinburg has spent more birthdays in our dialysis unit than anywhere else, but he never stops smiling. King's favorite nurse is \"Miss Bea\" and his favorite food is hot Cheetos (don't tell his nephrologist 🤫). #KidneyKids",
    [("NAME", "King", "*"), ("AGE", "8-year-old"), ("GEO", "Edinburg")],
    "a name that is also a word; age and home town; the nurse is staff",
)

n(
    "en",
    "event",
    "Our King's Day celebration is Monday, Jan. 6 at 3 p.m. in the atrium 👑 Rosca de Reyes for patients and families (and yes, whoever gets the baby brings tamales on Feb. 2!)",
    "hospital holiday event; King and Reyes are not names here",
)

p(
    "en",
    "pasted_record",
    "FYI from the front desk — the grandma of the baby in Bed 14 (Baby Boy Hernández-Lugo, DOB 11/02/24) left her number for the chaplain: 956.555.0123. She speaks Spanish only. Her name is Ofelia.",
    [
        ("OTHER_ID", "14"),
        ("NAME", "Hernández-Lugo"),
        ("DATE", "11/02/24"),
        ("PHONE", "956.555.0123"),
        ("NAME", "Ofelia"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week to our amazing 6 North crew! 💐 Special shout-out to charge nurse Hope Delacroix-Ybarra, RN, who has precepted 43 new grads, and to Will Okafor, NP, for running our new asthma education clinic. We couldn't do it without you!",
    "staff whose names are words or shared with patient families",
)

p(
    "en",
    "patient_story",
    "Teen takeover! 📱 Today our Instagram is being run by 16-year-old Jordan Castillo-Reyes (@jordy.c.reyes), who has been with us since his bone marrow transplant on Oct. 3. Ask him anything about hospital food, Fortnite or surviving isolation. 😂",
    [
        ("AGE", "16-year-old"),
        ("NAME", "Jordan Castillo-Reyes"),
        ("OTHER_ID", "@jordy.c.reyes"),
        ("DATE", "Oct. 3"),
    ],
    "teen patient: name, age, own social handle, transplant date",
)

n(
    "en",
    "anonymous_story",
    'One of our little ones once told our anesthesiologist that the sleepy mask smelled like "strawberry dreams." We\'ve called it that ever since. 🍓😴 #PediatricAnesthesia',
    "anonymous anecdote",
)

p(
    "en",
    "discharge",
    "There are days in the PICU that stay with you forever.\n\nIn late January, a little boy came to us by helicopter after nearly drowning in a backyard pool. For six days, our team and his parents sat by his bed, waiting. On day seven, he squeezed his mom's hand.\n\nThis week Benjamín walked out of our rehab unit holding that same hand. 🙏\n\nPlease, please: fence your pools, learn CPR, and never look away. #DrowningPrevention",
    [("DATE", "January"), ("NAME", "Benjamín")],
    "long story, the patient named once near the end; admission month",
)

n(
    "en",
    "health_tip",
    "🌡️ When to call the doctor: babies under 3 months with a temp of 100.4°F or higher should be seen right away. Older kids: call if fever lasts more than 3 days. Nurse line 24/7: (956) 555-0140.",
    "general ages, hospital line",
)

p(
    "en",
    "milestone_birthday",
    "sweet sixteen on 7 South!! 🎉 cake, karaoke and a surprise video from her cousins in Puerto Rico. happy birthday Luz Marina, we love u!!! 💖 #LuzMarinaStrong",
    [("AGE", "sixteen"), ("NAME", "Luz Marina"), ("NAME", "#LuzMarinaStrong")],
)

n(
    "en",
    "public_figure",
    "State Senator Ana Lucía Benavides toured our new adolescent Behavioral Health unit today and met the team that will open its 24 beds this spring. Thank you for championing kids' mental health in the Valley! 🧠💚",
    "elected official visit",
)

p(
    "en",
    "pasted_record",
    "⚠️ Heads up — the consent form scanned into the shared drive for the Hernandez twins feature still shows dad's SSN (512-48-7730) and the twins' DOB 4/22/2021. Please redact before it goes to the agency!",
    [("NAME", "Hernandez"), ("SSN", "512-48-7730"), ("DATE", "4/22/2021")],
)

n(
    "en",
    "event",
    "Reading Buddies is back 📚 Every Wednesday 3:30–4:30 p.m. volunteers from the McAllen Public Library read to kids on every inpatient floor. Want to volunteer? Email volunteer@rioclarokids.org.",
    "recurring programme, hospital email",
)

p(
    "en",
    "thank_you",
    "\"I was 19, alone, and terrified when my son was born at 27 weeks. Nurse Patty held my hand through every alarm.\" \n\nFive years later, Ashanti came back to the NICU with her son Malik — now a loud, happy kindergartner — to say thank you. 💙 We're not crying, you're crying. #NICUstrong",
    [("AGE", "19"), ("NAME", "Ashanti"), ("NAME", "Malik")],
    "the mother's age and name, the former patient's name; the nurse is staff",
)

n(
    "en",
    "staff_spotlight",
    "Meet Sky, our newest facility dog! 🐾 Sky is a 2-year-old golden retriever trained by Canine Companions, and she works alongside child life specialist Brianna Faith Holloway, CCLS. Sky's job: calm nerves before IVs and pose for selfies. 📸",
    "facility dog with an age, child life specialist",
)

p(
    "en",
    "patient_story",
    "Chemo brain is real, but so is Jade's memory for Taylor Swift lyrics. 🎤 Our 13-year-old patient has been performing the entire Eras Tour setlist for the 8th floor nurses, one song per chemo day. Jade's mom Nicole says she's up to \"All Too Well (10 Minute Version).\" Swifties, send her some love! 💜 #JadeTheEra",
    [("NAME", "Jade", "*"), ("AGE", "13-year-old"), ("NAME", "Nicole"), ("NAME", "#JadeTheEra")],
    "patient, age, mother, name hashtag; the singer is a public figure",
)

n(
    "en",
    "research",
    "New study from our Division of Neonatology, published in Pediatrics: babies born at 23–25 weeks who received delayed cord clamping had 30% fewer brain bleeds. Congrats to Dr. Alejandro Ruiz-Montes and team! 🔬",
    "research result, investigator named",
)

p(
    "en",
    "pasted_record",
    "From: social media desk\nTo: photo team\nSubject: bell ringing Thurs\n\nFamily contact for Ava Grace Thibodeaux (MRN: 3309-4417): dad Jean-Luc, jlthibodeaux@outlook.com, 281-555-0166. Ava turns 6 on the 19th so maybe combine?",
    [
        ("DATE", "Thurs"),
        ("NAME", "Ava Grace Thibodeaux"),
        ("NAME", "Ava", "*"),
        ("MRN", "3309-4417"),
        ("NAME", "Jean-Luc"),
        ("EMAIL", "jlthibodeaux@outlook.com"),
        ("PHONE", "281-555-0166"),
        ("AGE", "6"),
        ("DATE", "19th"),
    ],
)

n(
    "en",
    "crisis_update",
    "UPDATE 8:45 p.m.: Power has been restored to all inpatient units after tonight's storm. Generators worked as designed and no patients were affected. Outpatient clinics will open on time tomorrow. Thank you to our facilities team! ⚡",
    "operational update with a clock time",
)

p(
    "en",
    "discharge",
    "He's HOME! 🏠 After 201 days, our longest NICU stay of 2024, Dominic \"Dom\" Rosales-Kim went home on Christmas Eve. Dom's big sisters Mia and Sage decorated his car seat with tinsel. Merry Christmas, Rosales-Kim family! 🎄",
    [
        ("NAME", 'Dominic "Dom" Rosales-Kim'),
        ("NAME", "Dom", "*"),
        ("NAME", "Rosales-Kim", "*"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Mia"),
        ("NAME", "Sage"),
    ],
)

n(
    "en",
    "sponsor",
    "Shout-out to the Rio Grande Valley Vipers for donating 500 tickets to our patients and families! 🏀 Go Vipers!",
    "sports team donation",
)

p(
    "en",
    "patient_story",
    "Many of you have asked how to help the Villanueva family after Camila's accident. Her family set up a fundraiser here: gofundme.com/f/camila-villanueva-recovery 💛 Camila, 10, is out of surgery and resting. Keep the prayers coming!",
    [
        ("NAME", "Villanueva"),
        ("NAME", "Camila", "*"),
        ("URL", "gofundme.com/f/camila-villanueva-recovery"),
        ("AGE", "10"),
    ],
)

n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis don't take summer vacation 🏖️ Our IBD clinic offers weekend infusion slots so kids don't miss camp. Ask your GI team! #CrohnsAndColitisAwareness",
    "eponymous condition",
)

p(
    "en",
    "birth_announcement",
    "Twins!! 👶👶 Welcome Brooks and Bishop, born Tuesday night at 11:48 and 11:53 p.m. to proud parents Kiara and DeShawn Mitchell. Brooks is already the loud one. 😂",
    [
        ("NAME", "Brooks", "*"),
        ("NAME", "Bishop"),
        ("DATE", "Tuesday"),
        ("DATE", "11:48"),
        ("DATE", "11:53 p.m."),
        ("NAME", "Kiara"),
        ("NAME", "DeShawn Mitchell"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to Rose King-Bishop, MSN, RN, our new Chief Nursing Officer! 🌹 Rose started here as a unit clerk in 1998. From the front desk to the C-suite — we love a Río Claro story.",
    "executive appointment; names that are words",
)

p(
    "en",
    "pasted_record",
    'lol who left this on the printer 😅 "Pt: Marco A. Esquivel Jr., 14 y/o M, Rm 3-214, MRN 00917734, ins: BCBS TX member ID XJH881207553, mom cell (956)555-0193" — shredding now, but please be careful with the shared printer!',
    [
        ("NAME", "Marco A. Esquivel Jr."),
        ("AGE", "14 y/o"),
        ("OTHER_ID", "3-214"),
        ("MRN", "00917734"),
        ("HEALTH_PLAN", "XJH881207553"),
        ("PHONE", "(956)555-0193"),
    ],
)

n(
    "en",
    "statistic",
    "Since opening in 2019, our Pediatric Sleep Center has completed 4,800 sleep studies. 😴 Average wait time is now under 3 weeks, down from 4 months.",
    "programme statistics",
)

p(
    "en",
    "patient_story",
    "The whole #TeamAbuelaRosa crew showed up in matching shirts for grandma's 90th birthday — visiting her grandson on 5 West, because that's where the party is. 🎂💛",
    [("NAME", "#TeamAbuelaRosa"), ("AGE", "90th")],
    "a patient's grandmother, named only in a hashtag, with an age over 89",
)

n(
    "en",
    "event",
    "🎓 Congrats to the 42 graduates of our Pediatric Nurse Residency Program, Class of 2025! Ceremony Friday, June 13, 2 p.m., Auditorium B. Families welcome!",
    "staff graduation event",
)

p(
    "en",
    "milestone_birthday",
    'Happy heart-iversary, Journey! ❤️ One year ago today Journey got her new heart, and she celebrated by running (yes RUNNING) laps around the cardiac clinic. Journey is 5 now and wants everyone to know she\'s "basically a superhero." Thank you to her donor family, forever. 🕊️',
    [("NAME", "Journey", "*"), ("AGE", "5")],
    "a name that is a word; age; 'one year ago today' is publication-relative",
)

n(
    "en",
    "anonymous_story",
    '"Can my dog come visit?" is the #1 question we get from kids who\'ve been here a while. The answer: sometimes! Ask your nurse about our Pet Visitation policy. 🐕',
    "general question",
)

p(
    "en",
    "thank_you",
    "Thanks for the lovely post about my daughter!! Could you please change her name to just 'Bree' instead of Breanna Lopez-Whitaker? Her school (St. Anthony's Academy) saw it. You can reach me at mlopezwhitaker@icloud.com. — Melissa",
    [
        ("NAME", "Bree"),
        ("NAME", "Breanna Lopez-Whitaker"),
        ("OTHER_ID", "St. Anthony's Academy"),
        ("EMAIL", "mlopezwhitaker@icloud.com"),
        ("NAME", "Melissa"),
    ],
    "a parent's message: the patient's name and school, the mother's email and name",
)

n(
    "en",
    "health_tip",
    "Back-to-school checklist ✅ Kids entering kindergarten need their 4–6 year shots (DTaP, IPV, MMR, varicella). Teens 11–12 need Tdap, HPV and MenACWY. Walk-in vaccine clinic Mon–Fri 8–5!",
    "general ages",
)

p(
    "en",
    "memorial",
    'Rest in peace, Mr. Willie "Pops" Jefferson (March 2, 1932 – May 9, 2025). 💐 For 14 years Pops drove his granddaughter Keandra to every single dialysis appointment, three times a week, and kept our waiting room stocked with peppermints. Our hearts are with Keandra and the Jefferson family.',
    [
        ("NAME", 'Willie "Pops" Jefferson'),
        ("NAME", "Pops", "*"),
        ("NAME", "Jefferson", "*"),
        ("DATE", "March 2, 1932"),
        ("DATE", "May 9, 2025"),
        ("NAME", "Keandra", "*"),
    ],
    "a patient's grandfather: name, birth and death dates; the patient's name",
)

n(
    "en",
    "memorial",
    "Five years ago today we lost Dr. Carmen Ávila, our beloved pediatric oncologist. Every September we hold the Carmen Ávila Memorial Walk in her honor. 🎗️",
    "memorial of a physician",
)

p(
    "en",
    "milestone_birthday",
    "Will has been our patient since he was 2 weeks old. Now he's 12, he's 6 feet tall (?!) and he just got his driver's— no wait, his LEARNER'S permit is 3 years away. 😂 Happy birthday, Will, from all of us in Pulmonology!",
    [("NAME", "Will", "*"), ("AGE", "2 weeks"), ("AGE", "12")],
    "a name that is a word; his age as a newborn and now",
)

n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our Patient Financial Services team is available at 1-888-555-0162 (option 3) or billing@rioclarokids.org. Hablamos español. 💬",
    "hospital phone and email",
)

p(
    "en",
    "discharge",
    "Discharge photo for the wall of fame! 📸 (note to self: Emmanuel Oyelaran-Cruz, MRN 55-20-981, d/c 02/28, follow-up w/ ortho in 2 wks — tag mom @mama_oyelaran when posting)",
    [
        ("NAME", "Emmanuel Oyelaran-Cruz"),
        ("MRN", "55-20-981"),
        ("DATE", "02/28"),
        ("OTHER_ID", "@mama_oyelaran"),
    ],
    "pasted note: name, MRN, discharge date, the mother's handle",
)

n(
    "en",
    "campaign_hashtag",
    "It's #NICUAwarenessMonth 💜 Share a photo of your NICU grad (first names only, please!) in the comments and tell us how they're doing today. We love watching you grow!",
    "campaign hashtag, call for comments",
)

p(
    "en",
    "patient_story",
    "Pack your bags, Grayson! ✈️🏰 Make-A-Wish surprised our 7-year-old friend with a trip to Disney World during his clinic visit on Wednesday. Grayson's little brother Hudson screamed so loud the whole hallway heard. Have the BEST time, boys! #WishGranted",
    [("NAME", "Grayson", "*"), ("AGE", "7-year-old"), ("DATE", "Wednesday"), ("NAME", "Hudson")],
)

n(
    "en",
    "staff_spotlight",
    'Volunteer of the Month 🌟 Mr. Hank Goldberg, 84, has rocked babies in our NICU every Tuesday morning for 12 years. "They don\'t care that I\'m slow," he says. "They just want a warm shoulder." Thank you, Hank!',
    "volunteer with his age; not a patient",
)

# Spanish, part 2

p(
    "es",
    "patient_story",
    'Doña Socorro lleva 40 días durmiendo en el sillón del cuarto 412 junto a su nieto Kevin Alejandro, de 11 años. 💛 "Yo de aquí no me muevo hasta que salgamos juntos," nos dijo. Abuelas como ella son el corazón de este hospital.',
    [("NAME", "Socorro"), ("OTHER_ID", "412"), ("NAME", "Kevin Alejandro"), ("AGE", "11 años")],
)

n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a nuestras enfermeras de la UCIN 💜 En especial a Socorro Garza, RN, que cumple 30 años de servicio, y a Milagros Peña, enfermera jefe del turno de noche. ¡Gracias por cuidar a nuestros bebés!",
    "nurses by name",
)

p(
    "es",
    "pasted_record",
    "Datos para la nota del Día de las Madres: mamá Rosa Elvia Cárdenas, cel. 956-555-0158, correo rosaelvia.cardenas@gmail.com. Su bebé Santiago nació el 10 de mayo aquí en el hospital 🌹 (exp. 2024-118834).",
    [
        ("NAME", "Rosa Elvia Cárdenas"),
        ("PHONE", "956-555-0158"),
        ("EMAIL", "rosaelvia.cardenas@gmail.com"),
        ("NAME", "Santiago"),
        ("DATE", "10 de mayo"),
        ("MRN", "2024-118834"),
    ],
)

n(
    "es",
    "event",
    "🎉 ¡Celebración del Día del Niño! Miércoles 30 de abril, 11 a.m. a 1 p.m., en el jardín del hospital. Habrá payasos, el perrito de terapia Chispa, paletas de hielo y un show de magia. ¡Los esperamos!",
    "hospital event, therapy dog",
)

p(
    "es",
    "thank_you",
    '"Mi hija Esmeralda cumplió sus 15 años en el hospital y ustedes le hicieron una fiesta con vals y todo, que nunca vamos a olvidar 👗✨ Gracias a las enfermeras del 5° piso y al chef Ramiro por el pastel." — Con cariño, la familia Olvera Ríos',
    [("NAME", "Esmeralda"), ("AGE", "15 años"), ("NAME", "Olvera Ríos")],
    "a family's message: the patient's name and age, the family surname; the chef is staff",
)

n(
    "es",
    "health_tip",
    "🦷 Los niños deben ir al dentista por primera vez antes de cumplir 1 año o cuando les salga el primer diente. Cepilla sus dientes dos veces al día con una pizca de pasta con flúor.",
    "general age advice",
)

p(
    "es",
    "discharge",
    "¡Hoy se va a casa nuestro guerrero Ángel Gabriel Reyes! 💙 Ángel llegó el 17/03/2025 con una apendicitis complicada y después de 2 cirugías ya está listo para volver a la Primaria Benito Juárez en San Juan. ¡Te vamos a extrañar, Ángel!",
    [
        ("NAME", "Ángel Gabriel Reyes"),
        ("NAME", "Ángel", "*"),
        ("DATE", "17/03/2025"),
        ("OTHER_ID", "Primaria Benito Juárez"),
        ("GEO", "San Juan"),
    ],
)

n(
    "es",
    "public_figure",
    '"La enfermería es un arte." — Florence Nightingale 🕯️ Feliz Día Internacional de la Enfermería a todas las enfermeras y enfermeros de Río Claro. ¡Gracias por su vocación!',
    "historical figure quote",
)

p(
    "es",
    "pasted_record",
    "Porfa alguien que le regrese la llamada a la mamá de Yareli al 55 1234 8890, quiere saber a qué hora es la posada del piso 🎄",
    [("NAME", "Yareli"), ("PHONE", "55 1234 8890")],
    "a patient's mother's (Mexican) phone in an internal request",
)

n(
    "es",
    "anonymous_story",
    'Un papá nos escribió: "Mi hijo tiene miedo a las agujas, pero la especialista de Child Life le enseñó a respirar como dragón 🐉 y ya ni lloró." ¡Gracias por compartir! 💚',
    "anonymous father",
)

p(
    "es",
    "patient_story",
    "Conozcan a Luz 💡 Tiene 9 años, nació con espina bífida y hoy dio sus primeros pasos con su nuevo andador en terapia física. Su papá, don Efraín, grabó todo el video llorando de emoción. ¡Tú sí brillas, Luz! ✨",
    [("NAME", "Luz", "*"), ("AGE", "9 años"), ("NAME", "Efraín")],
)

n(
    "es",
    "staff_spotlight",
    "Nuestro payaso de hospital, el Dr. Chistorete (Martín Ocampo en la vida real), celebra 10 años haciendo reír a nuestros pacientes. 🤡🎈 ¡Gracias por tanta alegría, Martín!",
    "hospital clown",
)

p(
    "es",
    "memorial",
    "Hoy se cumple un año de que el pequeño Tadeo nos dejó. Tenía apenas 3 años. 🕊️ Su mamá, Fernanda Aguilar, sigue viniendo cada mes a traer libros para la sala de juegos. Tadeo, siempre vivirás en nuestros corazones. #TadeoPorSiempre",
    [
        ("NAME", "Tadeo", "*"),
        ("AGE", "3 años"),
        ("NAME", "Fernanda Aguilar"),
        ("NAME", "#TadeoPorSiempre"),
    ],
)

n(
    "es",
    "crisis_update",
    "⚠️ Aviso: por el cierre del puente internacional, las citas de pacientes que vienen de Reynosa y Matamoros se pueden reprogramar sin costo. Llama al (956) 555-0199. Les pedimos paciencia. 🙏",
    "cities named for all patients, not one",
)

p(
    "es",
    "pasted_record",
    "Recordatorio para el equipo de redes: NO publicar la foto de la cama 7 😬 Es la niña Kimberly Yaretzi Salas, 6 años, y la familia no firmó el consentimiento. Su papá dice que le marquemos al +1 956 555 0172 si hay dudas.",
    [
        ("OTHER_ID", "7"),
        ("NAME", "Kimberly Yaretzi Salas"),
        ("AGE", "6 años"),
        ("PHONE", "+1 956 555 0172"),
    ],
)

n(
    "es",
    "sponsor",
    "Muchísimas gracias a la Fundación Esperanza del Valle por donar 50 tabletas para que nuestros pacientes puedan hacer tarea y ver a sus familias por videollamada. 📱💙",
    "donor foundation",
)

p(
    "es",
    "birth_announcement",
    "¡Llegaron los trillizos! 👶👶👶 Mateo, Lucas y Regina nacieron el 5 de mayo por cesárea. Su mamá, Karla Domínguez, y su papá, Héctor, dicen que ahora necesitan 3 cunas, 3 carriolas y mucho café ☕",
    [
        ("NAME", "Mateo"),
        ("NAME", "Lucas"),
        ("NAME", "Regina"),
        ("DATE", "5 de mayo"),
        ("NAME", "Karla Domínguez"),
        ("NAME", "Héctor"),
    ],
)

n(
    "es",
    "event",
    "¡Campamento de verano para niños con diabetes tipo 1! 🏕️ Del 14 al 18 de julio para niños de 7 a 14 años. Inscripciones abiertas en rioclarokids.org/campamento. Cupo limitado.",
    "camp dates and general ages",
)

p(
    "es",
    "thank_you",
    "Gracias a todo el staff del PICU que cuidó a mi bebé Jazmín cuando llegó con RSV en noviembre. You guys are angels 😇🙏 — Mensaje de su mamá, Ivonne, que quiso compartirlo con todos.",
    [("NAME", "Jazmín"), ("DATE", "noviembre"), ("NAME", "Ivonne")],
)

n(
    "es",
    "eponymous_condition",
    "El tumor de Wilms es el cáncer de riñón más común en niños, normalmente entre los 3 y 4 años. 🎗️ Si notas una bolita o hinchazón en el abdomen de tu hijo, consulta a su pediatra. #CáncerInfantil",
    "eponymous condition, general ages",
)

p(
    "es",
    "patient_story",
    "¡Qué orgullo! 🏆 Nuestra paciente del programa de implantes cocleares, Abigail Quintanilla, ganó el concurso de deletreo de la escuela Sam Houston Elementary en Pharr. Abigail recibió su implante el 9 de agosto de 2022, cuando tenía 18 meses. 👂💜",
    [
        ("NAME", "Abigail Quintanilla"),
        ("NAME", "Abigail", "*"),
        ("OTHER_ID", "Sam Houston Elementary"),
        ("GEO", "Pharr"),
        ("DATE", "9 de agosto de 2022"),
        ("AGE", "18 meses"),
    ],
)

n(
    "es",
    "statistic",
    "📊 En 2024: 8,915 consultas en español, 1,240 cirugías pediátricas, 312 bebés en la UCIN y 64 niños que tocaron la campana. ¡Gracias por confiar en Río Claro!",
    "annual statistics",
)

p(
    "es",
    "milestone_birthday",
    "feliz primer cumpleaños a nuestra bebé milagro camila rose 🎂🌹 la recibimos en la ucin con 680 gramos y hoy ya gatea por toda la casa!! mil gracias a sus papás por la foto",
    [("AGE", "primer"), ("NAME", "camila rose")],
    "lower-case name, first birthday",
)

n(
    "es",
    "staff_spotlight",
    "Conoce a nuestro equipo de Child Life 💚 Karen Villarreal, Julio Esparza y Rocío Montemayor ayudan a los niños a entender sus procedimientos con juegos y muñecos. ¡Son magia pura!",
    "child life staff",
)

p(
    "es",
    "pasted_record",
    "Nota para biomédica y redes: en el video del post sale el número de serie de la bomba de insulina de Emilio Garza Tijerina (SN: TZ4481-0093). Emilio tiene 12 años. ¡Hay que difuminarlo antes de subirlo!",
    [
        ("NAME", "Emilio Garza Tijerina"),
        ("NAME", "Emilio", "*"),
        ("DEVICE", "TZ4481-0093"),
        ("AGE", "12 años"),
    ],
)

n(
    "es",
    "research",
    "¿Tu hijo tiene asma? 🌬️ Buscamos familias con niños de 5 a 17 años para un estudio sobre inhaladores inteligentes. Compensación por tu tiempo. Más información: investigacion@rioclarokids.org",
    "study recruitment, general ages",
)

p(
    "es",
    "discharge",
    'Después de 3 meses, ¡Nayeli por fin regresa a Río Bravo con su abuelita Cuca! 🏡🌵 Nayeli, de 8 añitos, tuvo un trasplante de hígado el 22 de enero y hoy le dieron de alta. "Dios nos mandó ángeles vestidos de azul," dice doña Cuca.',
    [
        ("NAME", "Nayeli", "*"),
        ("GEO", "Río Bravo"),
        ("NAME", "Cuca", "*"),
        ("AGE", "8 añitos"),
        ("DATE", "22 de enero"),
    ],
)

n(
    "es",
    "anonymous_story",
    'Un niño de nuestro piso de oncología le pidió a su enfermera que le pintara las uñas "del color de la valentía". Ella escogió dorado. 💛 Historias como esta nos recuerdan por qué hacemos lo que hacemos.',
    "anonymous child",
)

p(
    "es",
    "pasted_record",
    "Hola! soy la mamá de Derek, el niño de la foto del Halloween (estaba vestido de Spiderman). Me podrían mandar la foto original a mi correo? derekmom.gzz@gmail.com 🕷️ Muchas gracias!!",
    [("NAME", "Derek"), ("EMAIL", "derekmom.gzz@gmail.com")],
)

n(
    "es",
    "hospital_contact",
    "📍 ¡Nos mudamos! A partir del 1 de julio, la Clínica de Especialidades de Brownsville estará en 1200 Boca Chica Blvd, Brownsville, TX 78520. Mismo teléfono: (956) 555-0199.",
    "hospital address and phone",
)

p(
    "es",
    "patient_story",
    "¡De regreso a clases! 🎒 Después de 6 meses de tratamiento para leucemia, Rafa regresó a la Secundaria Lincoln y sus compañeros le hicieron una pancarta gigante. Su maestra nos mandó la foto: Rafael Treviño Leal, 2° B, ¡el alumno más aplaudido del día! 👏",
    [("NAME", "Rafa"), ("OTHER_ID", "Secundaria Lincoln"), ("NAME", "Rafael Treviño Leal")],
)

n(
    "es",
    "campaign_hashtag",
    "¡Es #MesDeLaLactancia! 🤱 Nuestras consultoras de lactancia ofrecen asesoría gratis a todas las mamás, sean o no pacientes. Agenda tu cita al 1-888-555-0162.",
    "campaign hashtag, hospital phone",
)

p(
    "es",
    "patient_story",
    "Hay historias que nos recuerdan por qué elegimos esta profesión. 💙\n\nHace unos meses llegó a nuestra sala de urgencias una niña con dificultad para respirar. Su familia había manejado más de dos horas desde la sierra. El equipo actuó rápido: intubación, traslado a terapia intensiva, días largos, noches más largas.\n\nSus papás no se separaron de ella ni un momento. Su papá dormía en la camioneta para que su mamá pudiera quedarse en el cuarto. Los hermanitos mandaban dibujos todos los días.\n\nHoy, después de 27 días, Itzayana salió caminando de la mano de sus papás. Nuestro equipo de terapia respiratoria le hizo un túnel de globos. 🎈\n\nGracias a todos los que la cuidaron. #OrgulloRíoClaro",
    [("NAME", "Itzayana")],
    "long story, patient named once",
)

n(
    "es",
    "public_figure",
    "¡Gracias, Selena Quintanilla! 🌹 Bueno, no en persona 😅 pero sus canciones sonaron todo el día en la fiesta de la UCIN. ¿Cuál es tu canción favorita de Selena?",
    "late singer, public figure",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 91 a la bisabuela Amparo! 🎂 Cada semana viene desde Weslaco a acompañar a su bisnieto Joaquín en sus quimios. ¡Usted es un ejemplo, doña Amparo! 💐",
    [("AGE", "91"), ("NAME", "Amparo", "*"), ("GEO", "Weslaco"), ("NAME", "Joaquín")],
)

n(
    "es",
    "health_tip",
    "😷 Temporada de influenza: todos los niños mayores de 6 meses deben vacunarse cada año. Vacunas gratis los sábados de 9 a 12 en el lobby principal. ¡Sin cita!",
    "general ages",
)

p(
    "es",
    "discharge",
    "¡Gracias a la familia Okafor-Gutiérrez por confiar en nosotros durante estos 45 días! 💛 Hoy se llevan a casa a su bebé y nos dejaron una caja de conchas para todo el turno. 🥐",
    [("NAME", "Okafor-Gutiérrez")],
    "relatives only: family surname",
)

n(
    "es",
    "staff_spotlight",
    "¡Bienvenida, Paz Rodríguez, nuestra nueva coordinadora de voluntarios! 🙌 Paz trabajó 10 años en la Cruz Roja y ahora organizará a los más de 300 voluntarios del hospital.",
    "new staff member",
)

p(
    "es",
    "pasted_record",
    "Paciente: HERNÁNDEZ ZAVALA, JOSÉ LUIS / FN: 1-feb-2019 / Exp: 00-77-3152 / Alergias: penicilina / Cuarto: 221-B — perdón, esto no era para este grupo!! 🙈 bórrenlo porfa",
    [
        ("NAME", "HERNÁNDEZ ZAVALA, JOSÉ LUIS"),
        ("DATE", "1-feb-2019"),
        ("MRN", "00-77-3152"),
        ("OTHER_ID", "221-B"),
    ],
)

n(
    "es",
    "event",
    'Este domingo 9 de marzo, de 8 a 11 a.m., corre con nosotros en la carrera "Pasos de Esperanza" 🏃‍♀️ a beneficio de la UCIN. Inscripción: fundacionrioclaro.org/pasos',
    "fundraiser run",
)

# ---------------------------------------------------------------- part 3

p(
    "en",
    "pasted_record",
    "Photo day reminder 📸 Zoe Ramírez-Hart (MRN 100-447-2913) in the playroom w/ therapy dog Pickles after lunch, then the sibling visit in Bed 22. Consent on file, contact: zoe.rh.mom@gmail.com",
    [
        ("NAME", "Zoe Ramírez-Hart"),
        ("MRN", "100-447-2913"),
        ("OTHER_ID", "22"),
        ("EMAIL", "zoe.rh.mom@gmail.com"),
    ],
    "photo schedule with a patient's name, MRN, a bed number and a parent's email; the dog is not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Please welcome our new nurse manager for the PICU, Kwame Asante-Boateng, MSN, RN, CCRN! Kwame comes to us from Children's Mercy Kansas City and has 15 years of critical care experience. 🎉",
    "new nurse manager",
)

p(
    "en",
    "pasted_record",
    "Sophia's grandpa called again 😂 he wants 10 copies of the birthday poster. If anyone has a sec, his number is 210-555-0147. (He's the sweetest.) 🎈",
    [("NAME", "Sophia"), ("PHONE", "210-555-0147")],
    "a patient's name and her grandfather's phone in a light-hearted note",
)

n(
    "en",
    "statistic",
    "Child Life by the numbers, 2024 🎨\n• 18,600 procedural support sessions\n• 2,300 birthday celebrations\n• 97 therapy dog visits per month\n• 1 very tired bubble machine",
    "programme statistics",
)

p(
    "en",
    "patient_story",
    "Our mobile asthma van visited the Cantú family in ZIP 78577 this week after little Elías, 6, had his 4th ER visit since September. 🚐 Nurse Lorena swapped out their carpets for a washable rug and set up an air purifier. Small changes, big difference!",
    [("NAME", "Cantú"), ("GEO", "78577"), ("NAME", "Elías"), ("AGE", "6"), ("DATE", "September")],
    "family surname, home ZIP, the child's name and age; the nurse is staff",
)

n(
    "en",
    "eponymous_condition",
    "Myth vs fact: Tourette syndrome is NOT just about swearing. 🧠 Most kids with Tourette have motor and vocal tics that start between ages 5 and 10. Our neurology clinic offers CBIT therapy. #TouretteAwarenessMonth",
    "eponymous condition, general ages",
)

p(
    "en",
    "discharge",
    'After 9 weeks on our adolescent eating disorders unit, Rowan (they/them) went home yesterday with a plan, a team, and a playlist. Rowan asked us to share: "Recovery isn\'t a straight line but it IS a line." 💚',
    [("NAME", "Rowan", "*"), ("DATE", "yesterday")],
)

n(
    "en",
    "recruitment",
    "Now hiring: Pediatric Physician Assistant (PA-C) for our Urgent Care in Edinburg. Bilingual strongly preferred. Competitive salary, CME allowance, and the cutest patients in Texas. 😄 rioclarokids.org/careers",
    "job posting",
)

p(
    "en",
    "memorial",
    'Our hearts are broken. 💔 Yesterday we said goodbye to Ignacio "Nacho" Paredes, age 4, after a long, brave fight with a brain tumor. Nacho loved trucks, Paw Patrol and his tía Maribel\'s flan. We hold his parents, Óscar and Lucía, close. 🚒',
    [
        ("DATE", "Yesterday"),
        ("NAME", 'Ignacio "Nacho" Paredes'),
        ("NAME", "Nacho", "*"),
        ("AGE", "4"),
        ("NAME", "Maribel"),
        ("NAME", "Óscar"),
        ("NAME", "Lucía"),
    ],
)

n(
    "en",
    "public_figure",
    'Astronaut Dr. Ellen Ochoa joined our hospital school by video today to answer kids\' questions about space 🚀 Best question: "Do you get sick in space?" (Answer: sometimes, yes!)',
    "public figure",
)

p(
    "en",
    "patient_story",
    'Our own child life specialist, Priscilla "Cilla" Moreno, spent last week on the OTHER side of the bed after an emergency appendectomy 😅 Cilla says the playroom stickers really DO help. Get well soon, Cilla! We miss you in the playroom 💕',
    [("NAME", 'Priscilla "Cilla" Moreno'), ("NAME", "Cilla", "*")],
    "a staff member who became a patient",
)

n(
    "en",
    "anonymous_story",
    'A dad in our NICU family lounge told us he\'d learned to braid hair from YouTube so his preemie daughter would have "the same pigtails as her big sister" at her graduation. 🎀 NICU dads are the best.',
    "anonymous father",
)

p(
    "en",
    "milestone_birthday",
    "Happy 3rd birthday to our NICU grad Nevaeh Rose Tillman! 🎂 Born at 23 weeks on 2/2/2022 at just 1 lb 1 oz, Nevaeh is now obsessed with Bluey and bossing around her brother Josiah. ❤️ Thank you to mom Destiny for the update!",
    [
        ("AGE", "3rd"),
        ("NAME", "Nevaeh Rose Tillman"),
        ("NAME", "Nevaeh", "*"),
        ("DATE", "2/2/2022"),
        ("NAME", "Josiah"),
        ("NAME", "Destiny"),
    ],
)

n(
    "en",
    "event",
    "🐾 PAWS Day! Our therapy dogs Biscuit, Maple, Sky and Pancho will be in the lobby Friday, April 11, from 10–11:30 a.m. for a photo booth. Staff, patients and families welcome!",
    "therapy dogs, event date",
)

p(
    "en",
    "pasted_record",
    'Pasting the text the family sent so we can reply: "hi this is Carlos, Daniela\'s dad, the 11 yr old in PICU rm 6, u can call me at 956-555-0119 or email carlitos.garza77@yahoo.com, thank u for the video!!"',
    [
        ("NAME", "Carlos"),
        ("NAME", "Daniela"),
        ("AGE", "11 yr old"),
        ("OTHER_ID", "6"),
        ("PHONE", "956-555-0119"),
        ("EMAIL", "carlitos.garza77@yahoo.com"),
    ],
)

n(
    "en",
    "health_tip",
    "Car seat check ✅ Kids should ride rear-facing until at least age 2, and in a booster until they're 4'9\" (usually ages 8–12). Free car seat checks every 2nd Saturday at our Edinburg clinic!",
    "general ages",
)

p(
    "en",
    "patient_story",
    '"Mama, the bell is SO loud!" 🔔😂 — 4-year-old Aurora after ringing it on Monday to mark the end of her treatment for Wilms tumor. Aurora\'s big brother Caleb held her up so she could reach. #WilmsWarrior #EndOfTreatment',
    [("AGE", "4-year-old"), ("NAME", "Aurora", "*"), ("DATE", "Monday"), ("NAME", "Caleb")],
    "bell story; Wilms tumor is a condition",
)

n(
    "en",
    "sponsor",
    "Thank you, Whataburger McAllen, for feeding our night shift during the ice storm! 🍔 Our nurses, RTs and housekeeping staff were SO grateful.",
    "sponsor",
)

p(
    "en",
    "birth_announcement",
    "Congratulations to the Nakamura-Ruiz family on the arrival of baby #4! 💙 Big sisters Hana, Sakura and Itzel are already fighting over who gets to hold him first.",
    [("NAME", "Nakamura-Ruiz"), ("NAME", "Hana"), ("NAME", "Sakura"), ("NAME", "Itzel")],
    "family surname and siblings' names",
)

n(
    "en",
    "staff_spotlight",
    "Spotlight on our Interpreter Services team! 🗣️ Yesenia Lugo, Abdul Rahman and Trinh Pham interpret in Spanish, Arabic and Vietnamese around the clock. Led by manager Faith O'Connell, the team handled 61,000 encounters last year.",
    "interpreters by name",
)

p(
    "en",
    "pasted_record",
    "@comms ps for the Hope Week post — mom asked us to NOT use her kid's last name, just first name. Kid = Hope Marie Adeyemi, DOB 09.09.2015, acct #88120443. Thx!",
    [("NAME", "Hope Marie Adeyemi"), ("DATE", "09.09.2015"), ("ACCOUNT", "88120443")],
    "the campaign 'Hope Week' is not labelled; the patient Hope is",
)

n(
    "en",
    "crisis_update",
    "Measles update: we have treated 6 children with confirmed measles this month, all unvaccinated, ages 11 months to 9 years. 2 remain hospitalized. Please check your kids' vaccine records! 💉",
    "outbreak counts and an age range of a group",
)

p(
    "en",
    "milestone_birthday",
    "Sweet 13 for our friend Octavio! 🎮 Octavio celebrated on Saturday with a surprise visit from his favorite YouTuber and a brand-new gaming chair from Make-A-Wish. His abuelito Fermín says he hasn't stopped smiling. 🥳",
    [("AGE", "13"), ("NAME", "Octavio", "*"), ("DATE", "Saturday"), ("NAME", "Fermín")],
)

n(
    "en",
    "campaign_hashtag",
    "Tomorrow is #GivingTuesday! 💛 Every dollar donated to @RioClaroFoundation will be matched up to $100,000 by our board. Help us build the Valley's first pediatric cancer infusion center. fundacionrioclaro.org/give",
    "campaign hashtag, hospital handle and domain",
)

p(
    "en",
    "thank_you",
    "shoutout to abuela rocío who has made tamales for the WHOLE 4th floor every friday since her grandson got admitted 🫔🫔🫔 we are not worthy",
    [("NAME", "rocío")],
    "a patient's grandmother, lower case; her weekly visits are not a dated patient event",
)

n(
    "en",
    "eponymous_condition",
    "Did you know? Dr. Virginia Apgar created the Apgar score in 1952 — and every baby born at Río Claro still gets one at 1 and 5 minutes of life. 👶 #WomenInMedicine",
    "historical figure and an eponymous score",
)

p(
    "en",
    "discharge",
    'BIG day on 3 North 🎉 Thaddeus "T-Bone" Williams, 15, got his trach out this morning after 2 years! T-Bone\'s first words with his new voice: "Where\'s my phone?" 😂 Teenagers. We love him.',
    [("NAME", 'Thaddeus "T-Bone" Williams'), ("NAME", "T-Bone", "*"), ("AGE", "15")],
)

n(
    "en",
    "event",
    "Join our free Grief Support Circle for families who have lost a child, the first Thursday of each month at 6 p.m. in the Chapel Conference Room. Facilitated by chaplain Rev. Grace Okoro. 🕯️",
    "support group schedule, chaplain",
)

p(
    "en",
    "pasted_record",
    "FYI the mom of the 2 y/o in room 318 (Baby Liam) is asking about the video from the clown visit. Her email is kristenmbaker@gmail.com, phone 832 555 0121. She's lovely, just anxious.",
    [
        ("AGE", "2 y/o"),
        ("OTHER_ID", "318"),
        ("NAME", "Liam"),
        ("EMAIL", "kristenmbaker@gmail.com"),
        ("PHONE", "832 555 0121"),
    ],
)

n(
    "en",
    "research",
    "We're enrolling teens ages 13–17 with type 1 diabetes in a study testing a new closed-loop insulin system. 📲 Participants receive a device at no cost. Contact our research team at (956) 555-0140, ext. 4420.",
    "study recruitment, hospital phone",
)

p(
    "en",
    "thank_you",
    "To the grandma in the purple cardigan who brought pan dulce to the NICU night shift every Friday for 3 months — Mrs. Graciela Ybarra, we finally learned your name! 💜 Your granddaughter's nurses miss you.",
    [("NAME", "Graciela Ybarra")],
    "a patient's grandmother named once",
)

n(
    "en",
    "anonymous_story",
    'Overheard in the playroom: "My IV pole is named Steve and he\'s my best friend." 😂 Our kids name EVERYTHING. What would you name yours?',
    "anonymous quote",
)

p(
    "en",
    "birth_announcement",
    "Meet Major! 🎖️ This little guy (yes, that's his real name!) was born 3 weeks early on Veterans Day, and his dad, Staff Sgt. Terrell Owens-Bey, was deployed. Thanks to the Red Cross, Dad met Major over FaceTime at 2:14 a.m. from Kuwait. 🇺🇸",
    [
        ("NAME", "Major", "*"),
        ("DATE", "Veterans Day"),
        ("NAME", "Terrell Owens-Bey"),
        ("DATE", "2:14 a.m."),
    ],
    "a name that is a word, birth holiday, father's name",
)

n(
    "en",
    "staff_spotlight",
    "Our CEO, Dr. Marcus Whitfield-Reyes, and Board Chair Patricia King walked the halls today delivering thank-you cards to every unit for Hospital Week. 🏥💙",
    "executives",
)

p(
    "en",
    "milestone_birthday",
    "Big shoutout to 17-year-old Makayla from Mission, who just got her acceptance letter to Texas A&M — while sitting in an infusion chair on 5 East! 🎓👍 Gig 'em, Makayla!",
    [("AGE", "17-year-old"), ("NAME", "Makayla", "*"), ("GEO", "Mission")],
)

n(
    "en",
    "health_tip",
    "Teens and sleep 😴 Adolescents ages 13–18 need 8–10 hours a night. Try a phone curfew, cool dark room, and the same wake-up time on weekends. (Yes, even Saturdays.)",
    "general ages",
)

p(
    "en",
    "pasted_record",
    'fwd from Security: "Visitor badge issued to Mr. Gilberto Sáenz (grandfather) for patient Sáenz, Ariana — DOB 6/30/2018 — Rm 4-102. Contact 956-555-0179." — ok to share the pic of them with the therapy dog? please confirm 🙏',
    [
        ("NAME", "Gilberto Sáenz"),
        ("NAME", "Sáenz, Ariana"),
        ("DATE", "6/30/2018"),
        ("OTHER_ID", "4-102"),
        ("PHONE", "956-555-0179"),
    ],
)

n(
    "en",
    "hospital_contact",
    "Parking update 🚗 Our main entrance at 3300 Camino Real Pkwy is under construction through June. Please use the east entrance off Dove Ave. Questions? (956) 555-0140.",
    "hospital address and phone",
)

p(
    "en",
    "patient_story",
    "Sibling Day! 👫 When Cruz was diagnosed with sickle cell disease, his twin sister Paloma became his biggest cheerleader. Today, the 10-year-old twins ran our hallway relay together. #NationalSiblingsDay",
    [("NAME", "Cruz"), ("NAME", "Paloma"), ("AGE", "10-year-old")],
)

n(
    "en",
    "eponymous_condition",
    "Graves' disease and Hashimoto's can both show up in kids. 🦋 Signs include weight changes, fatigue, and a swelling in the neck. Our pediatric endocrinologists can help. #ThyroidAwarenessMonth",
    "eponymous conditions",
)

# Spanish, part 3

p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Maximiliano! 💙 Nació el lunes 14/04/2025 a las 11:20 p.m., pesó 3.6 kg y midió 51 cm. Sus papás, Lorena y Julián Garza-Montemayor, no dejan de sonreír. ¡Felicidades!",
    [
        ("NAME", "Maximiliano"),
        ("DATE", "lunes"),
        ("DATE", "14/04/2025"),
        ("DATE", "11:20 p.m."),
        ("NAME", "Lorena"),
        ("NAME", "Julián Garza-Montemayor"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la Dra. Rocío Consuelo Esparza por su certificación en Cuidados Paliativos Pediátricos! 🌷 La Dra. Esparza acompaña a las familias en los momentos más difíciles con una ternura enorme.",
    "physician certification",
)

p(
    "es",
    "pasted_record",
    "Hey team, la tía de Brandon (el de 9 años, cuarto 227) dejó su número para que le mandemos el video de la campana: 956-555-0164. Se llama Gloria. 🙏",
    [
        ("NAME", "Brandon"),
        ("AGE", "9 años"),
        ("OTHER_ID", "227"),
        ("PHONE", "956-555-0164"),
        ("NAME", "Gloria"),
    ],
)

n(
    "es",
    "event",
    '🧸 Teddy Bear Clinic: el sábado 12 de octubre de 10 a 1, los niños traen a su peluche para que nuestros doctores lo "curen". ¡Así pierden el miedo al hospital! Entrada libre.',
    "hospital event",
)

p(
    "es",
    "patient_story",
    "Renata tiene 14 años y una meta: volver a nadar. 🏊‍♀️ Después de su cirugía de escoliosis el 8 de julio, hoy se metió a la alberca de terapia por primera vez. Su entrenadora de natación vino a verla. ¡Vas, Renata!",
    [("NAME", "Renata", "*"), ("AGE", "14 años"), ("DATE", "8 de julio")],
)

n(
    "es",
    "statistic",
    "Gracias a ustedes, este año la UCIN recibió 1,100 litros de leche materna donada 🍼 que alimentaron a más de 250 bebés prematuros. ¡Las mamás donadoras son heroínas!",
    "aggregate statistic",
)

p(
    "es",
    "memorial",
    "Descansa en paz, Sebastián Ignacio Lozano (12/06/2013 – 03/01/2025). 🕊️ Sebas nunca dejó de hacer bromas, ni en sus días más difíciles. A su mamá Patricia, a su papá Arturo y a su hermana Ximena: aquí siempre tendrán una familia. #SebasPorSiempre",
    [
        ("NAME", "Sebastián Ignacio Lozano"),
        ("DATE", "12/06/2013"),
        ("DATE", "03/01/2025"),
        ("NAME", "Sebas"),
        ("NAME", "Patricia"),
        ("NAME", "Arturo"),
        ("NAME", "Ximena"),
        ("NAME", "#SebasPorSiempre"),
    ],
)

n(
    "es",
    "recruitment",
    "📣 Vacante: Enfermera/o Gerente de Piso (nurse manager) para Hematología-Oncología. Requisitos: licencia RN de Texas, 5 años de experiencia, bilingüe. Aplica: rioclarokids.org/empleos",
    "job posting",
)

p(
    "es",
    "pasted_record",
    "para el boletín: la familia de Dulce María Arriaga (exp. 0045-8812) aceptó salir en la foto. Contacto: su mamá, Sra. Reyna Arriaga, reyna.arriaga@outlook.com, 956-555-0108. Dulce cumple 7 años el 2 de junio 🎂",
    [
        ("NAME", "Dulce María Arriaga"),
        ("NAME", "Dulce", "*"),
        ("MRN", "0045-8812"),
        ("NAME", "Reyna Arriaga"),
        ("EMAIL", "reyna.arriaga@outlook.com"),
        ("PHONE", "956-555-0108"),
        ("AGE", "7 años"),
        ("DATE", "2 de junio"),
    ],
)

n(
    "es",
    "health_tip",
    "¡Cuidado con el calor! 🌡️ Nunca dejes a un niño solo en el carro, ni por un minuto. En 10 minutos la temperatura dentro del auto puede subir 11 grados. #NiñosSeguros",
    "safety tip",
)

p(
    "es",
    "thank_you",
    "Mil gracias a don Anselmo y doña Refugio, los abuelitos de Yahir, que trajeron menudo para todo el turno de noche el domingo para celebrar que su nieto salió de terapia intensiva. 🍲❤️",
    [("NAME", "Anselmo"), ("NAME", "Refugio"), ("NAME", "Yahir"), ("DATE", "domingo")],
)

n(
    "es",
    "anonymous_story",
    'Una abuelita nos dejó esta nota en el buzón de sugerencias: "Gracias por el café a las 3 de la mañana y por llamarme por mi nombre." ☕💛 Pequeños detalles, gran diferencia.',
    "anonymous grandmother",
)

p(
    "es",
    "patient_story",
    'Nuestro pequeño Gael, de 3 meses, es el paciente más joven en recibir el nuevo tratamiento de terapia génica para atrofia muscular espinal en el Valle. 💉💙 Su mamá, Cristina Lara, nos dice: "Hoy mi hijo tiene futuro."',
    [("NAME", "Gael"), ("AGE", "3 meses"), ("NAME", "Cristina Lara")],
)

n(
    "es",
    "eponymous_condition",
    "La enfermedad de Crohn puede empezar en la niñez. 🩺 Si tu hijo tiene dolor abdominal frecuente, diarrea o baja de peso sin explicación, consulta a un gastroenterólogo pediatra.",
    "eponymous condition",
)

p(
    "es",
    "discharge",
    "¡De alta! 🎉 Alondra, de 5 años, llegó el 02/01/2025 con quemaduras en el 20% del cuerpo. Hoy, tras 6 injertos, sale caminando con su muñeca favorita. Gracias a la Unidad de Quemados y a su abuelita Chayo por nunca rendirse. 🧡",
    [("NAME", "Alondra"), ("AGE", "5 años"), ("DATE", "02/01/2025"), ("NAME", "Chayo")],
)

n(
    "es",
    "staff_spotlight",
    "Con mucho cariño despedimos a nuestra perrita de terapia Luna, que se jubila después de 8 años de visitas. 🐕💕 Luna y su guía, el voluntario Don Beto Salinas, visitaron más de 20,000 pacientes. ¡Disfruta tu retiro, Luna!",
    "therapy dog and volunteer",
)

p(
    "es",
    "pasted_record",
    "Oigan, la mamá de Kenia Itzel (la niña del video del baile) dice que le manden el link a kenia.itzel.mom@gmail.com, y que su fecha de nacimiento está mal en el post, es 19/07/2017, no 2016 😬",
    [("NAME", "Kenia Itzel"), ("EMAIL", "kenia.itzel.mom@gmail.com"), ("DATE", "19/07/2017")],
    "name, mother's email and date of birth; a bare year is not labelled",
)

n(
    "es",
    "event",
    "🎃 ¡Día de Muertos en el hospital! El 1 de noviembre armaremos un altar en el lobby para recordar a los niños que ya no están con nosotros. Las familias pueden traer fotos y flores de cempasúchil. 🕯️",
    "remembrance event without names",
)

p(
    "es",
    "patient_story",
    "nuestro paciente favorito del 6to piso, joaquín alberto, hizo un tiktok con las enfermeras bailando y ya tiene 50k views 😂💃 sígalo en @joaco.vence.al.cancer (con permiso de su mamá!!)",
    [("NAME", "joaquín alberto"), ("OTHER_ID", "@joaco.vence.al.cancer")],
    "lower-case name and the patient's own handle",
)

n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: El accidente del autobús escolar en la carretera 83 dejó 14 niños atendidos en nuestra sala de urgencias. 11 ya fueron dados de alta y 3 siguen en observación, estables. Familias: línea de información (956) 555-0199.",
    "crisis counts, hospital line",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumple, Consuelo! 🎂 Nuestra paciente de trasplante cumplió 12 añitos el miércoles y su hermanito Tito le regaló un dibujo de los dos juntos en la playa. 🏖️ ¡Que se cumplan todos tus deseos, Chelo!",
    [
        ("NAME", "Consuelo"),
        ("AGE", "12 añitos"),
        ("DATE", "miércoles"),
        ("NAME", "Tito"),
        ("NAME", "Chelo"),
    ],
)

n(
    "es",
    "public_figure",
    "¡Gracias al Sheriff del Condado Hidalgo y a la Patrulla Fronteriza por la donación de 300 juguetes para la Navidad! 🎁🚓",
    "public agencies",
)

p(
    "es",
    "pasted_record",
    "Recordatorio: en la hoja que vamos a escanear para el video de la graduación de la UCIN aparece el número de póliza de Medicaid de la bebé Ayelén Mora (No. 7730215589) y el celular del papá (956) 555-0155. ¡Tápenlos!",
    [("NAME", "Ayelén Mora"), ("HEALTH_PLAN", "7730215589"), ("PHONE", "(956) 555-0155")],
)

n(
    "es",
    "staff_spotlight",
    '¡Conoce a Sonrisas! 🤡 El payaso hospitalario Erick Villalobos visita cada martes el área de oncología con su nariz roja, su ukulele y mil burbujas. "La risa también es medicina," dice.',
    "hospital clown",
)

p(
    "es",
    "patient_story",
    'Esta es Fe 🙏 Fe nació el 24/12/2024 con una cardiopatía congénita y a los 5 días de nacida ya estaba en cirugía. Hoy, a los 4 meses, pesa casi 6 kilos y sonríe a todo el que pasa. Su papá, Humberto, le dice "mi milagrito de Navidad". 🎄❤️',
    [
        ("NAME", "Fe", "*"),
        ("DATE", "24/12/2024"),
        ("AGE", "5 días"),
        ("AGE", "4 meses"),
        ("NAME", "Humberto"),
        ("DATE", "Navidad"),
    ],
    "a name that is a word; birth date (and the holiday it fell on); newborn age in days and current age",
)

n(
    "es",
    "health_tip",
    "Los niños menores de 2 años no deben usar pantallas, excepto videollamadas con la familia. 📵 De 2 a 5 años, máximo 1 hora al día de contenido de calidad. #CrianzaSaludable",
    "general ages",
)

p(
    "es",
    "discharge",
    "¡Lo logramos, Tomasito! 💪 Después de 72 días en la UCIN, Tomás Eduardo Villa se va a casa con su mamá Rosalinda y su papá Genaro. Nació a las 25 semanas pesando 690 g y ya pesa 2.4 kg 🎉",
    [
        ("NAME", "Tomasito"),
        ("NAME", "Tomás Eduardo Villa"),
        ("NAME", "Rosalinda"),
        ("NAME", "Genaro"),
    ],
)

n(
    "es",
    "campaign_hashtag",
    "Este noviembre, #MesDeLaPrematurez 💜 Iluminamos de morado la fachada del hospital por los 1 de cada 10 bebés que nacen antes de tiempo. Comparte tu historia con #PrematurosRGV",
    "campaign hashtags",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Villarreal de la Garza por pintar el mural del pasillo de pediatría en honor a su hija. 🎨🌈 ¡Quedó precioso!",
    [("NAME", "Villarreal de la Garza")],
    "relatives only: the family's compound surname",
)

n(
    "es",
    "sponsor",
    'La Fundación Río Claro agradece al Sr. Alberto Zambrano y familia por su donativo para la nueva sala de juegos "El Rincón de Alberto". 💙 ¡Gracias por creer en nuestros niños!',
    "donor and his family",
)

p(
    "es",
    "patient_story",
    '"Cuando mi hija Marisol dejó de respirar en mis brazos, pensé que la perdía." Así empieza la historia de doña Carmen, mamá de Marisol Esquivel, de 2 añitos, quien sobrevivió a un ahogamiento el pasado 4 de julio en Alamo. 💙 Hoy Marisol ya corre por el parque.',
    [
        ("NAME", "Marisol Esquivel"),
        ("NAME", "Marisol", "*"),
        ("NAME", "Carmen"),
        ("AGE", "2 añitos"),
        ("DATE", "4 de julio"),
        ("GEO", "Alamo"),
    ],
)

n(
    "es",
    "anonymous_story",
    '"¿Mi hijo va a perder el año escolar?" es una pregunta que escuchamos mucho. 📚 Nuestra escuela dentro del hospital trabaja con los maestros de cada niño para que nadie se quede atrás.',
    "general question",
)

p(
    "es",
    "pasted_record",
    "pregunta rápida: ¿ya se puede publicar la foto de la cuna 18 de la UCIN? la bebé es Itzel Ramos Guerra, nació el 30 de marzo, la mamá firmó ayer. 👍",
    [("OTHER_ID", "18"), ("NAME", "Itzel Ramos Guerra"), ("DATE", "30 de marzo")],
    "crib number, name and birth date; the day the consent was signed is not a patient event",
)

n(
    "es",
    "staff_spotlight",
    "Hoy nuestra directora general, la Lic. Rocío Paz Montalvo, firmó un convenio con la UTRGV para formar a 60 nuevas enfermeras pediátricas cada año. 🎓",
    "hospital executive",
)

p(
    "es",
    "patient_story",
    'Nuestra abuelita de honor, doña Guadalupe "Lupe" Saldaña, nació en 1930 en Río Grande City y sigue viniendo cada jueves a tejer gorritos con su bisnieta Ailén, paciente de nuestro programa de oncología. 🧶💕',
    [
        ("NAME", 'Guadalupe "Lupe" Saldaña'),
        ("NAME", "Lupe", "*"),
        ("DATE", "1930"),
        ("GEO", "Río Grande City"),
        ("NAME", "Ailén"),
    ],
    "a patient's great-grandmother: birth year revealing age over 89, birthplace",
)

n(
    "es",
    "event",
    "🎶 Concierto del Mariachi Juvenil de Edinburg este viernes 7 de marzo a las 5 p.m. en el atrio del hospital. ¡Los pacientes pueden verlo desde sus cuartos por la tele interna!",
    "hospital event",
)

p(
    "es",
    "patient_story",
    "Los hermanitos Bruno y Valeria Cisneros, de 6 y 8 años, se hicieron cabezas rapadas para acompañar a su hermana mayor, Yaretzi, en su quimioterapia. 💇‍♂️💇‍♀️ ¡Eso es amor de hermanos!",
    [
        ("NAME", "Bruno"),
        ("NAME", "Valeria Cisneros"),
        ("AGE", "6"),
        ("AGE", "8 años"),
        ("NAME", "Yaretzi"),
    ],
    "siblings' names and ages, the patient's name",
)

n(
    "es",
    "health_tip",
    "🥵 La deshidratación en bebés es peligrosa. Señales: pañales secos por más de 6 horas, llanto sin lágrimas, boca seca. Si tu bebé tiene menos de 6 meses y vomita o tiene diarrea, ve a urgencias.",
    "general advice",
)

p(
    "es",
    "patient_story",
    "¡Se cumplió el deseo de Josué Emanuel! ✨🐬 Nuestro paciente de 10 años viajó ayer a San Diego para nadar con delfines gracias a Make-A-Wish. Su mamá, Nohemí, nos mandó fotos desde el avión. ¡Disfruta, campeón!",
    [("NAME", "Josué Emanuel"), ("AGE", "10 años"), ("DATE", "ayer"), ("NAME", "Nohemí")],
)

n(
    "es",
    "public_figure",
    "Hoy recordamos al Dr. Héctor P. García, médico y defensor de los derechos civiles, que atendió a miles de familias del sur de Texas. 🇺🇸 Su legado vive en cada consulta gratuita que ofrecemos.",
    "historical figure",
)

# ---------------------------------------------------------------- part 4

p(
    "en",
    "pasted_record",
    "Quick q for the Child Life team — is the kiddo in the Buzz Lightyear costume from Friday's parade Nico Estrada (MRN 0067-3381)? His mom emailed nestrada.familia@gmail.com asking for the video. 🚀",
    [("NAME", "Nico Estrada"), ("MRN", "0067-3381"), ("EMAIL", "nestrada.familia@gmail.com")],
    "patient name, MRN, mother's email; the parade is a hospital event",
)

n(
    "en",
    "event",
    "🎄 Holiday Parade of Lights through the hospital halls Friday, Dec. 20 at 6 p.m.! Child life specialists, nurses, clowns and therapy dogs in costume. Patients can watch from their doorways. #RioClaroHolidays",
    "hospital event",
)

p(
    "en",
    "patient_story",
    'Two years ago, Jazlyn\'s parents heard the words no parent wants to hear: stage 4 neuroblastoma.\n\nShe was 18 months old.\n\nSince then, Jazlyn has had 6 rounds of chemo, surgery, a stem cell transplant, radiation and immunotherapy. She has learned to walk, to talk, to say "no more pokes" — and to boss around every nurse on 5 East.\n\nOn Tuesday, her scans came back clear. 🙌\n\nHer mom, Brittany, wrote to us: "We don\'t know what the future holds, but we know who held us."\n\nWe love you, Jazzy. 💛 #NeuroblastomaAwareness #ChildhoodCancerAwareness',
    [
        ("NAME", "Jazlyn", "*"),
        ("AGE", "18 months"),
        ("DATE", "Tuesday"),
        ("NAME", "Brittany"),
        ("NAME", "Jazzy"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Meet our Pediatric Hospitalist team! 🩺 Dr. Hannah Goldstein, Dr. Obinna Eze, Dr. Lucía Ferrer-Paz and Nurse Practitioner Dakota Rivers, NP, cover our inpatient floors 24/7. Say hi if you see them!",
    "physicians and an NP",
)

p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday, Liberty! 🎆 Born on the 4th of July at 28 weeks, now 1 year old and showing off those fireworks-worthy cheeks. 🇺🇸 #NICUgrad",
    [("AGE", "1st"), ("NAME", "Liberty"), ("DATE", "4th of July"), ("AGE", "1 year")],
)

n(
    "en",
    "public_figure",
    "Gov. visit today 🏛️ The Governor of Texas toured our new Level IV NICU and announced $12 million in state funding for rural neonatal transport. Thank you for investing in the smallest Texans!",
    "governor visit",
)

p(
    "en",
    "pasted_record",
    "Can we get a consent form to the family in PICU bed 9 before 3pm? Dad's name is Anh Tran, phone +1 (713) 555-0102, he'd love the clown video for his daughter Mai's scrapbook 🤡",
    [("OTHER_ID", "9"), ("NAME", "Anh Tran"), ("PHONE", "+1 (713) 555-0102"), ("NAME", "Mai")],
    "bed number, father's name and phone, patient's name; the deadline is not a patient event",
)

n(
    "en",
    "anonymous_story",
    '"Will my hair grow back curly?" Lots of our oncology patients ask this! 💇 The answer: sometimes it comes back totally different — curlier, straighter, even a new color. Chemo curls are real!',
    "'Will' is a verb here; anonymous question",
)

p(
    "en",
    "patient_story",
    "Grace is 11, loves slime, and has Crohn's disease. 💚 Diagnosed in April, she's now helping our GI team design a kid-friendly guide to colonoscopy prep (her words: \"it's gross but you'll live\"). Thank you, Grace!",
    [("NAME", "Grace", "*"), ("AGE", "11"), ("DATE", "April")],
    "a name that is a word; Crohn's is a condition",
)

n(
    "en",
    "hospital_contact",
    "Reminder: the ONLY official pages for Río Claro Children's are @RioClaroKids, @HospitalRioClaro and @RioClaroFoundation. We will never ask for payment by DM. Scam? Report it to (956) 555-0140.",
    "the hospital's own handles and phone",
)

p(
    "en",
    "milestone_birthday",
    "Happy 5th birthday to our brave girl Sky Nakamura! 🎈 Sky spent her 2nd, 3rd and 4th birthdays in the hospital, but this one she's celebrating at HOME, with a bounce house. 🥳 Love from all of us on the Heme/Onc floor. #SkyIsTheLimit",
    [
        ("AGE", "5th"),
        ("NAME", "Sky Nakamura"),
        ("NAME", "#SkyIsTheLimit"),
        ("NAME", "Sky", "*"),
        ("AGE", "2nd"),
        ("AGE", "3rd"),
        ("AGE", "4th"),
    ],
)

n(
    "en",
    "staff_spotlight",
    'Meet Brooks Young, our newest respiratory therapist! 🌬️ Brooks grew up in Brownsville and says he chose pediatrics because "kids are the most honest patients."',
    "new respiratory therapist",
)

p(
    "en",
    "discharge",
    "From 1 lb 3 oz to 6 lbs 11 oz 😭💙 Baby Amelia Consuelo Ruiz graduated from the NICU on Feb. 14 — the best Valentine's Day present her parents, Miguel and Jenna, could ask for. 💝",
    [
        ("NAME", "Amelia Consuelo Ruiz"),
        ("DATE", "Feb. 14"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Miguel"),
        ("NAME", "Jenna"),
    ],
)

n(
    "en",
    "research",
    "Our hematology team is part of a national trial of gene therapy for sickle cell disease in kids 12 and older. 🧬 Families interested can email research@rioclarokids.org.",
    "trial recruitment, hospital email",
)

p(
    "en",
    "pasted_record",
    "@RioClaroKids hi!! my son Diego Alvarado was the one in the dinosaur costume in your Halloween video 🦖 can you DM me the full clip? my email is alvarado.tere@gmail.com, thank u!!!",
    [("NAME", "Diego Alvarado"), ("EMAIL", "alvarado.tere@gmail.com")],
    "a parent's reply: the patient's name and her email; the hospital handle is not labelled",
)

n(
    "en",
    "statistic",
    "Our Mobile Pediatric Clinic drove 21,000 miles last year and saw 4,310 kids in colonias across Hidalgo and Cameron counties. 🚐💙",
    "programme statistics",
)

p(
    "en",
    "patient_story",
    'Say hi to Rev! 👋 Reverend Isaiah Mensah, our hospital chaplain for 15 years, is trading places for a bit: he\'s recovering at home after knee surgery on Monday. Rev says the food at home is "better than advertised." Get well soon!',
    [("NAME", "Rev", "*"), ("NAME", "Isaiah Mensah"), ("DATE", "Monday")],
    "a staff member who is the patient: name and surgery day",
)

n(
    "en",
    "event",
    "Congrats to the Class of 2025 of our Hospital School! 🎓 12 students graduated from high school while receiving treatment this year. Ceremony is Thursday, May 29, 4 p.m., Auditorium A.",
    "graduation count and ceremony date",
)

p(
    "en",
    "thank_you",
    "A very special thank you to Mr. and Mrs. Abernathy-Soto, who drove 6 hours every weekend for 4 months to be with their grandson in our NICU. ❤️ Grandparents like you are the reason we believe in miracles.",
    [("NAME", "Abernathy-Soto")],
    "relatives only: grandparents' surname",
)

n(
    "en",
    "health_tip",
    "Is it RSV or a cold? 🤧 Watch for fast breathing, ribs pulling in with each breath, or fewer wet diapers — especially in babies under 6 months. Call your pediatrician or our nurse line: (956) 555-0140.",
    "general advice, hospital line",
)

p(
    "en",
    "pasted_record",
    "Internal — do not post: Pt Okonjo, Chiamaka | DOB 03-15-2011 | MRN RC7740218 | Rm 512B | Allergies: NKDA | Guardian: Ngozi Okonjo (aunt) 956-555-0131 | Interp: Igbo/English",
    [
        ("NAME", "Okonjo, Chiamaka"),
        ("DATE", "03-15-2011"),
        ("MRN", "RC7740218"),
        ("OTHER_ID", "512B"),
        ("NAME", "Ngozi Okonjo"),
        ("PHONE", "956-555-0131"),
    ],
)

n(
    "en",
    "staff_spotlight",
    "Meet Rocky, Max and Bella — our three facility dogs — and their handlers, nurse Summer Lee and child life specialist Will Thompson! 🐶🐶🐶 Together they visit 200+ kids every week.",
    "dogs and handlers",
)

p(
    "en",
    "patient_story",
    "Our 17-year-old patient Leilani works at the Sonic on 10th Street in McAllen, and her whole crew came by with a cooler of cherry limeades after her surgery yesterday. 🥤❤️ Leilani says she'll be back on roller skates by summer.",
    [
        ("AGE", "17-year-old"),
        ("NAME", "Leilani", "*"),
        ("OTHER_ID", "Sonic on 10th Street in McAllen"),
        ("DATE", "yesterday"),
    ],
    "teen patient: age, name, employer, surgery day",
)

n(
    "en",
    "crisis_update",
    "Due to the boil-water notice in Brownsville, our Boca Chica clinic will close early today at 2 p.m. All patients have been contacted. Urgent needs: main campus ER, 3300 Camino Real Pkwy.",
    "operational update",
)

p(
    "en",
    "pasted_record",
    "Reminder from the family: it's Jo-Jo (Josephine) Bautista-Lim, not Josie! She turns 8 on Nov. 30 and mom asked us to spell it right on the birthday banner 🎉",
    [
        ("NAME", "Jo-Jo (Josephine) Bautista-Lim"),
        ("NAME", "Josie"),
        ("AGE", "8"),
        ("DATE", "Nov. 30"),
    ],
)

n(
    "en",
    "eponymous_condition",
    "Meet the condition: Hirschsprung's disease affects about 1 in 5,000 newborns. 🩺 Our pediatric surgeons perform the pull-through procedure laparoscopically, so most babies go home in days. #RareDiseaseDay",
    "eponymous condition",
)

p(
    "en",
    "memorial",
    "Forever 6. 💛\n\nToday we say goodbye to Amani Joy Mwangi, who lit up our Heme/Onc floor for three years with dance parties, glitter (so much glitter), and a laugh you could hear from the elevators.\n\nAmani passed away Saturday evening in her mom's arms, with her dad Peter and baby sister Zuri beside her.\n\nIf you met Amani, you know. If you didn't — wear something sparkly today for her. ✨\n\n#AmaniSparkles",
    [
        ("AGE", "6"),
        ("NAME", "Amani Joy Mwangi"),
        ("NAME", "Amani", "*"),
        ("DATE", "Saturday"),
        ("NAME", "Peter"),
        ("NAME", "Zuri"),
        ("NAME", "#AmaniSparkles"),
    ],
)

n(
    "en",
    "campaign_hashtag",
    "💛 #GoldInSeptember: Our staff are wearing gold ribbons all month for #ChildhoodCancerAwareness. Snap a pic with your ribbon and tag us!",
    "campaign hashtags",
)

p(
    "en",
    "patient_story",
    "Abuelo Beto y his grandson Matías have a deal: every time Matías finishes a dialysis session, they add one Hot Wheels car to the track on his windowsill. 🏎️ They're up to 142. Matías is 7 and says he's going for 1,000. 😂",
    [("NAME", "Beto"), ("NAME", "Matías", "*"), ("AGE", "7")],
)

n(
    "en",
    "sponsor",
    "Thank you to @HEB, @SpaceX Starbase volunteers and the Brownsville Rotary for building 40 new playroom kits! 🧱 Our Child Life team is thrilled.",
    "corporate and civic donors",
)

p(
    "en",
    "pasted_record",
    "Note for Monday's story: the 3-day-old twins in NICU pods 11 & 12 are the Vo-Castillo babies (mom: Linh Vo, linh.vo.castillo@gmail.com). Parents ok'd a first-names-only post: Kai and Koa. 🌺",
    [
        ("AGE", "3-day-old"),
        ("OTHER_ID", "11"),
        ("OTHER_ID", "12"),
        ("NAME", "Vo-Castillo"),
        ("NAME", "Linh Vo"),
        ("EMAIL", "linh.vo.castillo@gmail.com"),
        ("NAME", "Kai"),
        ("NAME", "Koa"),
    ],
    "newborn age in days, pod numbers, surname, mother's name and email, first names",
)

n(
    "en",
    "recruitment",
    "Volunteer opportunity! 🙋 Our NICU Cuddler program needs adults 21+ who can commit to one 3-hour shift per week. Background check and flu shot required. Apply at rioclarokids.org/volunteer",
    "volunteer recruitment",
)

p(
    "en",
    "patient_story",
    "mateo is 6 and he got to push the elevator buttons ALL DAY on his last day of chemo 🛗😂 best day ever. congrats buddy!!",
    [("NAME", "mateo"), ("AGE", "6")],
    "lower-case name, age",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Yusuf Al-Amin, PGY-3, and nurse practitioner Joy Castañeda-Blake, DNP, on winning the Texas Pediatric Society's Excellence in Teaching award! 🏆",
    "staff award",
)

p(
    "en",
    "thank_you",
    '"She called every night at 9 to check on him, even on her days off." 🥹 Thanks to Lupe Rodríguez-Vance, grandmother of our patient Eli, for nominating night nurse Tasha Greene for a DAISY Award. Congrats, Tasha!',
    [("NAME", "Lupe Rodríguez-Vance"), ("NAME", "Eli")],
    "the patient's grandmother and the patient; the nurse is staff",
)

n(
    "en",
    "anonymous_story",
    'A teenager on our Behavioral Health unit painted this mural of the Rio Grande at sunrise. 🎨 They asked to stay anonymous, but wanted everyone to know: "It gets better. I promise." 💚 988 is there 24/7.',
    "anonymous teen",
)

p(
    "en",
    "pasted_record",
    "Who has the signed consent for Liam O'Brien-Cruz (MRN 4417-09-33)? The 🎸 music therapy video goes up Thursday and mom (Siobhan) just texted from 347-555-0190 asking. Thx!",
    [
        ("NAME", "Liam O'Brien-Cruz"),
        ("MRN", "4417-09-33"),
        ("NAME", "Siobhan"),
        ("PHONE", "347-555-0190"),
    ],
    "the publication day is not a patient event",
)

n(
    "en",
    "event",
    "📅 Flu Shot Clinic for kids 6 months and older: Saturdays in October, 9 a.m.–1 p.m., Edinburg Clinic. No appointment needed. Bring your child's insurance card!",
    "vaccine clinic",
)

p(
    "en",
    "birth_announcement",
    "Baby's first snow ❄️ — okay, it's just the NICU bubble machine, but Winter Rose Okafor, born Jan. 9 at 31 weeks, LOVED it. Mom Adaora and dad Emeka say she's already a Texan who's never seen real snow. 😂",
    [("NAME", "Winter Rose Okafor"), ("DATE", "Jan. 9"), ("NAME", "Adaora"), ("NAME", "Emeka")],
)

n(
    "en",
    "statistic",
    "This year, 312 volunteers gave 28,450 hours to Río Claro kids — rocking babies, reading books, and running the gift shop. 💙 That's 3+ years of love, in hours. #NationalVolunteerWeek",
    "volunteer statistics",
)

# Spanish, part 4

p(
    "es",
    "pasted_record",
    "Buenas tardes, soy Mayra, mamá de la niña Alexa Sofía Benavides (expediente 118-220-7). Quería pedirles la foto del día que tocó la campana, el 15 de agosto. Mi correo: mayra.benavides82@hotmail.com 💛",
    [
        ("NAME", "Mayra"),
        ("NAME", "Alexa Sofía Benavides"),
        ("MRN", "118-220-7"),
        ("DATE", "15 de agosto"),
        ("EMAIL", "mayra.benavides82@hotmail.com"),
    ],
)

n(
    "es",
    "event",
    '¡Noche de Cine en la UCIN para papás! 🎬🍿 Este viernes a las 7 p.m. en la sala de familias. Pizza gratis y la película "Coco". Los bebés se quedan con nuestras enfermeras. 💜',
    "family event",
)

p(
    "es",
    "milestone_birthday",
    "¡Hoy cumple 6 años nuestra guerrera Esperanza! 🎂🦋 Esperanza lleva 2 años luchando contra la leucemia y nunca pierde la sonrisa. Su mamá Rocío y su abuelita Toña le trajeron mariachis al piso. ¡Felicidades, Esperanza! #EsperanzaGuerrera",
    [
        ("AGE", "6 años"),
        ("NAME", "Esperanza", "*"),
        ("NAME", "Rocío"),
        ("NAME", "Toña"),
        ("NAME", "#EsperanzaGuerrera"),
    ],
)

n(
    "es",
    "staff_spotlight",
    '🌟 Enfermera del mes: Luz Elena Garza Cantú, RN, del piso de Oncología. "Luz es la persona que los niños buscan cuando tienen miedo," dice su jefa, la enfermera gerente Alma Rosa Treviño. ¡Felicidades, Luz!',
    "nurse of the month",
)

p(
    "es",
    "patient_story",
    'Queremos presentarles a Santiago Emiliano, pero todos le dicen "Chago". 🦁\n\nChago tiene 9 años, vive en Progreso con su abuelita Herminia y sueña con ser bombero. El 3 de marzo llegó a nuestra sala de urgencias después de un choque en la carretera. Tenía fracturas en las dos piernas.\n\nDespués de tres cirugías y muchas, muchas sesiones de terapia física, ¡hoy dio sus primeros pasos sin andadera!\n\nLos bomberos de Weslaco vinieron a festejarlo y lo nombraron "bombero honorario". 🚒\n\n¡Échale ganas, Chago!',
    [
        ("NAME", "Santiago Emiliano"),
        ("NAME", "Chago", "*"),
        ("AGE", "9 años"),
        ("GEO", "Progreso"),
        ("NAME", "Herminia"),
        ("DATE", "3 de marzo"),
    ],
)

n(
    "es",
    "health_tip",
    "🧴 Protector solar para niños: úsalo desde los 6 meses, SPF 30 o más, y vuelve a aplicar cada 2 horas. Los bebés menores de 6 meses deben estar en la sombra. ☀️ #VeranoSeguro",
    "general ages",
)

p(
    "es",
    "pasted_record",
    "Pásenle este dato a la trabajadora social: la abuelita de Jonathan (cuarto 634) se llama Maricela Aguirre y su teléfono es 011 52 899 123 4567, vive en Reynosa y no tiene WhatsApp.",
    [
        ("NAME", "Jonathan"),
        ("OTHER_ID", "634"),
        ("NAME", "Maricela Aguirre"),
        ("PHONE", "011 52 899 123 4567"),
        ("GEO", "Reynosa"),
    ],
)

n(
    "es",
    "public_figure",
    "¡Visita de lujo! ⚾ Los Tecolotes de los Dos Laredos vinieron a firmar gorras y pelotas con nuestros pacientes. ¡Gracias por tanto cariño, equipo!",
    "sports team visit",
)

p(
    "es",
    "discharge",
    "¡Se va a casa nuestra campeona Alma Victoria Ruelas, de 15 años! 🏆 Después de su trasplante de riñón el 11 de noviembre, hoy sale con un riñón nuevo y muchas ganas de volver a la secundaria. ¡Victoria, eres un ejemplo!",
    [
        ("NAME", "Alma Victoria Ruelas"),
        ("NAME", "Victoria", "*"),
        ("AGE", "15 años"),
        ("DATE", "11 de noviembre"),
    ],
)

n(
    "es",
    "statistic",
    "En 2024, nuestra Clínica de Labio y Paladar Hendido operó a 138 niños, muchos de ellos de México y Centroamérica. 💙 Gracias a Smile Train por su apoyo.",
    "programme statistics",
)

p(
    "es",
    "thank_you",
    "Gracias, familia Pérez-Okafor 🙏 Nos trajeron 50 cobijitas tejidas por la bisabuela Celestina, que cumplió 96 años en enero y sigue tejiendo para los bebés de la UCIN donde estuvo su bisnieto. 🧶",
    [("NAME", "Pérez-Okafor"), ("NAME", "Celestina"), ("AGE", "96 años"), ("DATE", "enero")],
    "a former patient's family and great-grandmother, whose age is over 89",
)

n(
    "es",
    "staff_spotlight",
    "¡Feliz Día del Médico! 👩‍⚕️👨‍⚕️ Gracias al Dr. Ramiro Cuéllar, la Dra. Amparo Villegas, la Dra. Soledad Reyes y a todos los médicos que cuidan a nuestros niños día y noche.",
    "physicians",
)

p(
    "es",
    "pasted_record",
    'urge!! alguien borre el comentario de la tía que puso la dirección de la casa de la niña: "Vivimos en 412 Calle Naranjo, San Benito, TX 78586, manden tarjetas para Yuritzi!!" 😬',
    [("GEO", "412 Calle Naranjo, San Benito, TX 78586"), ("NAME", "Yuritzi")],
    "home street address pasted from a comment",
)

n(
    "es",
    "anonymous_story",
    'Una adolescente de nuestro programa de salud mental nos regaló este dibujo: un sol saliendo entre nubes. ☀️ Con permiso, lo compartimos sin su nombre. "Para los que hoy no ven el sol: ya viene."',
    "anonymous teen",
)

p(
    "es",
    "birth_announcement",
    'Nació en el elevador 😱🛗 La pequeña Milagros Guadalupe llegó al mundo a las 4:47 a.m. del domingo entre el piso 2 y el 3. Su papá, Refugio "Cuco" Benítez, dice que de apodo le van a decir "Mila Elevadora". 😂 ¡Felicidades!',
    [
        ("NAME", "Milagros Guadalupe"),
        ("DATE", "4:47 a.m."),
        ("DATE", "domingo"),
        ("NAME", 'Refugio "Cuco" Benítez'),
        ("NAME", "Mila Elevadora"),
    ],
)

n(
    "es",
    "event",
    "📚 ¡Feria del Libro Infantil! Del 22 al 26 de septiembre en el lobby. Cada paciente se lleva un libro gratis gracias a la Biblioteca Pública de Brownsville.",
    "hospital event",
)

p(
    "es",
    "pasted_record",
    "Le dejo mis datos para el video de graduación de la UCIN de mi hija: Daniela Reyes Olvera, daniela.reyes.o@gmail.com, 956 555 0185. La bebé se llama Paz Valentina y salió el 09/05. Gracias!! 💕",
    [
        ("NAME", "Daniela Reyes Olvera"),
        ("EMAIL", "daniela.reyes.o@gmail.com"),
        ("PHONE", "956 555 0185"),
        ("NAME", "Paz Valentina"),
        ("DATE", "09/05"),
    ],
)

n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro en niños, pero puede aparecer después de una infección. ⚠️ Señales: debilidad en las piernas que sube, hormigueo y dificultad para caminar. Busca atención médica de inmediato.",
    "eponymous condition",
)

p(
    "es",
    "patient_story",
    "Orgullo total 🎓 Nuestra paciente Yamileth, de 18 años, se graduó de la preparatoria PSJA North con honores, ¡mientras recibía diálisis tres veces por semana! Su mamá, Sonia, no paró de llorar en la ceremonia.",
    [("NAME", "Yamileth"), ("AGE", "18 años"), ("OTHER_ID", "PSJA North"), ("NAME", "Sonia")],
)

n(
    "es",
    "recruitment",
    "Únete a nuestro equipo de voluntarios 🙌 Buscamos jóvenes de 16 años o más para el programa de verano. Ayudarás en la sala de juegos, la biblioteca y eventos. Info: voluntarios@rioclarokids.org",
    "volunteer recruitment, general age",
)

p(
    "es",
    "memorial",
    "Hoy celebramos la vida de Ángela Rubí Castañón (2015–2025), que partió el 7 de febrero después de 4 años de lucha. 🕊️ Ángela amaba los caballos, el color morado y a su perrito Chiquito. A sus papás, Jaime y Rosario, y a su hermanita Itzia, les mandamos todo nuestro amor. 💜",
    [
        ("NAME", "Ángela Rubí Castañón"),
        ("NAME", "Ángela", "*"),
        ("DATE", "7 de febrero"),
        ("NAME", "Jaime"),
        ("NAME", "Rosario"),
        ("NAME", "Itzia"),
    ],
    "the pet's name is not labelled; bare years are not",
)

n(
    "es",
    "campaign_hashtag",
    "🎗️ #JuntosContraElCáncerInfantil Este 15 de febrero, Día Internacional del Cáncer Infantil, encenderemos 100 velas por nuestros niños. Acompáñanos a las 7 p.m. en el jardín.",
    "campaign hashtag and awareness day",
)

p(
    "es",
    "pasted_record",
    "Equipo, mañana es el cumpleaños de la paciente de la cama 3 del 7mo piso — Regina Paola Salinas, FN 22/06/2016 — su mamá pidió pastel de chocolate sin nueces (alergia!). Cumple 9 🎂",
    [("OTHER_ID", "3"), ("NAME", "Regina Paola Salinas"), ("DATE", "22/06/2016"), ("AGE", "9")],
)

n(
    "es",
    "staff_spotlight",
    "¡Bienvenidos los nuevos residentes de pediatría! 👩‍⚕️ Este año se unen 14 médicos de México, Puerto Rico, Colombia y Texas. Entre ellos, la Dra. Fe Almonte y el Dr. Ángel Reyes Paz. ¡Mucho éxito!",
    "new residents",
)

p(
    "es",
    "discharge",
    '"¡Mi hermanito ya viene a la casa!" gritó Sofía, de 7 años, cuando vio salir a su hermano Iker, de 2 meses, de la UCIN. 🍼💙 Iker nació el 1 de enero, ¡el primer bebé del año en Río Claro!',
    [
        ("NAME", "Sofía"),
        ("AGE", "7 años"),
        ("NAME", "Iker", "*"),
        ("AGE", "2 meses"),
        ("DATE", "1 de enero"),
    ],
)

n(
    "es",
    "health_tip",
    "🚲 ¡Usa casco! Los niños de todas las edades deben usar casco al andar en bici, patineta o scooter. Un casco reduce en 85% el riesgo de lesión cerebral. #SeguridadInfantil",
    "safety tip",
)

p(
    "es",
    "pasted_record",
    "Nota interna (NO publicar): Pac. Leonardo Ibarra Gámez, No. de expediente: 2025-00341, nac. 3 de marzo de 2020, Dx: leucemia linfoblástica aguda. Mamá: Karina Gámez, kgamez.rgv@yahoo.com",
    [
        ("NAME", "Leonardo Ibarra Gámez"),
        ("MRN", "2025-00341"),
        ("DATE", "3 de marzo de 2020"),
        ("NAME", "Karina Gámez"),
        ("EMAIL", "kgamez.rgv@yahoo.com"),
    ],
)

n(
    "es",
    "anonymous_story",
    "Un papá nos preguntó cómo explicarles a sus hijos pequeños que su hermano está en terapia intensiva. 💬 Nuestra especialista de Child Life preparó esta guía para familias. Descárgala gratis en rioclarokids.org/hermanos",
    "anonymous father",
)

p(
    "es",
    "milestone_birthday",
    "OMG miren a Rubí!! 😍 Our little NICU grad came back a visitar a sus enfermeras for her 2nd birthday, con su vestido de Encanto y todo. Rubí nació a las 24 semanas el 10/03/2023. Gracias a su mamá Yadira por la sorpresa! 💖",
    [("NAME", "Rubí", "*"), ("AGE", "2nd"), ("DATE", "10/03/2023"), ("NAME", "Yadira")],
    "Spanglish birthday visit",
)

n(
    "es",
    "sponsor",
    "Gracias a Grupo Bimbo por donar 2,000 panes y pastelitos para las familias que se quedan con sus hijos hospitalizados. 🍞💙",
    "corporate donor",
)

p(
    "es",
    "thank_you",
    "gracias a la abuelita de la cama 5 que nos trajo empanadas de calabaza!! 🥧 doña chona, usted es la mejor",
    [("OTHER_ID", "5"), ("NAME", "chona")],
    "a patient's grandmother, lower case, and the bed number",
)

n(
    "es",
    "crisis_update",
    "Aviso importante ⚠️: Debido al aumento de casos de influenza, a partir del lunes solo se permiten 2 visitantes por paciente y no se permiten visitas de niños menores de 12 años. Gracias por ayudarnos a proteger a nuestros pacientes.",
    "visitor policy",
)

p(
    "es",
    "patient_story",
    "¡Hoy Luis Fernando regresa a su escuela, la Primaria Escandón en Rio Grande City! 🎒 Nos contó que lo que más extrañó en los 4 meses que estuvo con nosotros fueron los tacos de la cafetería 😂 ¡Buena suerte, Luisfer!",
    [
        ("NAME", "Luis Fernando"),
        ("OTHER_ID", "Primaria Escandón"),
        ("GEO", "Rio Grande City"),
        ("NAME", "Luisfer"),
    ],
)

n(
    "es",
    "staff_spotlight",
    "Hoy despedimos con mucho cariño a la Dra. Milagros Esperanza Salas, nuestra jefa de cirugía pediátrica, que se jubila después de 30 años. 💐 ¡Gracias por tanto, doctora!",
    "retiring surgeon",
)

p(
    "es",
    "pasted_record",
    'porfa alguien confirme: la señora que dejó este mensaje en el buzón es la mamá del bebé Mateo Arellano (UCIN, cuna 21)? Dice: "me pueden llamar al 956-555-0138 o al 52-868-555-1234" 🙏',
    [
        ("NAME", "Mateo Arellano"),
        ("OTHER_ID", "21"),
        ("PHONE", "956-555-0138"),
        ("PHONE", "52-868-555-1234"),
    ],
)

n(
    "es",
    "public_figure",
    'En 1955, el Dr. Jonas Salk se negó a patentar la vacuna contra la polio: "¿Se puede patentar el sol?" 🌞 Hoy 9 de cada 10 niños del Valle están vacunados. ¡Sigamos así!',
    "historical figure",
)

p(
    "es",
    "milestone_birthday",
    "¡Doble festejo en el 4° piso! 🎉 Los gemelos Caleb y Josías Moreno cumplieron 4 añitos el 12 de diciembre, ¡el Día de la Virgen de Guadalupe! Su abuelito don Tacho trajo un pastel gigante de Spider-Man. 🕷️",
    [
        ("NAME", "Caleb"),
        ("NAME", "Josías Moreno"),
        ("AGE", "4 añitos"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Tacho"),
    ],
)

n(
    "es",
    "health_tip",
    "¿Sabías que los adolescentes de 13 a 18 años deben recibir la vacuna contra el meningococo? 💉 Consulta el calendario de vacunación en rioclarokids.org/vacunas",
    "general ages",
)

p(
    "es",
    "thank_you",
    "A la familia Hernández Treviño: gracias por confiar en nosotros durante los 5 meses más difíciles de su vida. 💙 Hoy la UCIN se queda un poco más vacía, pero nuestros corazones más llenos.",
    [("NAME", "Hernández Treviño")],
    "relatives only: the family surname",
)

n(
    "es",
    "event",
    '🏃‍♂️ Carrera "Corre por Ellos" el domingo 16 de noviembre, 7 a.m., en el Parque Bicentenario. Inscríbete en fundacionrioclaro.org/corre. ¡Los niños de 12 años o menos corren gratis!',
    "fundraiser run",
)


if __name__ == "__main__":
    S.main("phi_dev4_source")
