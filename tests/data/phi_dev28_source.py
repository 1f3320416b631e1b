"""Blind development set d28 for the PHI scanner: tests/data/phi_dev28.jsonl.

Organisation: Wasatch Peaks Women's & Children's Hospital (phi_dev28_org.json), a women's and
children's hospital in Salt Lake City, Utah, with clinics in Provo, Ogden and St. George. Its
phone numbers, addresses, domains (wasatchpeakskids.org, wpwch.org) and handles are never PHI.
Focus: large families, twins and triplets; unusual and creatively spelled names (Brynlee,
Kaysen, LaVell, Jaxtyn, McKayla, Zaylee) and names that are ordinary words (Liberty, Journey,
Kash, Story, Sage, Ryder, Navy, Ledger, Bear, Harvest); canyon, trail and ski injuries;
church-ward volunteers; Pioneer Day and Jazz games; staff and public figures who are patients;
relatives over 89; pasted chart lines, room boards, billing and portal notes.
Language mix: 216 English, 24 Spanish (10%); 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- The named place where a patient's injury, accident or birth happened (canyon, trail, ski
  resort, road, town) is GEO, like the road of a crash; in Spanish the span keeps the generic
  word as "calle Elm" does ("cañón de Provo", "calle 3500 South"). A transport origin ("Life
  Flight from Moab") is GEO. The hospital's own clinic towns ("our Ogden clinic") are not GEO,
  but the same town as a family's home ("home to St. George", "la familia Ramírez de Ogden") is.
- States and foreign states (Utah, New York, Jalisco) are not GEO; a foreign city (Pago Pago) is.
- A church ward named after the town of a patient's relative ("Bountiful 22nd Ward"): only the
  town is GEO. Wards of volunteers are not labelled.
- Ages over 89 of a patient's relatives (great-grandparents) are AGE, as for patients
  ("95th", "92-year-old", "ONE HUNDRED AND TWO", "nonagenarian", "turns 101"). Ages of staff,
  volunteers and population groups ("women in their 80s and 90s", "centenarians") never are;
  nor is an anonymous "a patient in her 90s".
- Public figures who are patients or a patient's relatives (a TV anchor who delivered here, a
  Jazz player whose wife delivered, a Senate president who brought his granddaughter) are
  labelled; public figures visiting or speaking of their own past injuries are not.
- Staff who are patients (delivered on their own unit, living donor) or parents of a patient
  are labelled as patients / relatives; titles and credentials are excluded.
- A former volunteer who is now a patient is labelled; a volunteer in a spotlight is not.
- Holidays and named days on which the patient's (or a sibling's) birth, injury or death fell
  are DATE (Pioneer Day, Fourth of July / 4th of July, Halloween, Labor Day, Groundhog Day,
  Christmas Eve, Valentine's Day, New Year's Eve, leap day, "first day of spring", Día de los
  Reyes, día de la Virgen de Guadalupe, Cinco de Mayo); when the same day is also written as a
  date, both are labelled. "Fourth of July triplets" counts as a birth date.
- Follow-up appointment and end-of-treatment days tied to a patient are DATE. A day written
  with an ordinal and an article keeps only the date ("the 14th" -> "14th", "the twenty-third
  of March" -> "twenty-third of March").
- A date range of service ("08/14–08/19") is two DATE spans; a corrected and a wrong DOB in a
  chart line are both DATE. A bare year is never labelled, even next to "New Year's Day".
- Names that are ordinary words are NAME only where they name the patient or relative; a
  capitalised ordinary use of the same string in the same post is declared ok ("Sage advice
  from Sage"). A pun on the patient's name ("Journey's end!") is her name. Therapy dogs and
  toys with such names are not labelled.
- A quoted nickname inside a full name is one span ("Jaxon 'Jax' Moyes"); a quoted nickname
  standing before a surname ("'Peanut' Okonkwo") is two spans.
- Surnames with initials ("Jaxtyn H", "KNUDSEN B") are one NAME span; plural family surnames
  ("the Larsens", "the Hales") are NAME.
- A program named after a patient ("Ammon's Helmets") labels the patient's name only.
- Only rooms tied to a named patient are OTHER_ID; an empty room and a group range ("rooms
  301-306") are not.
- A relative's driver's licence is LICENSE, a parent's plate VEHICLE, an insulin pump serial
  DEVICE, a Medicaid / CHIP / SelectHealth id HEALTH_PLAN, family and relatives' handles and a
  portal user name OTHER_ID.
- "Four generations in one photo" is PHOTO (the attached photo shows the newborn patient).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev28.jsonl"), os.path.join(HERE, "phi_dev28_org.json"), "d28")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# 1
p(
    "en",
    "discharge",
    "brynlee went home today!!! 🎉 after 61 days in our NICU this tiny fighter is finally headed to Tooele "
    "with her 6 big brothers. we love you brynlee 💜 #NICUgrad",
    [("NAME", "brynlee", "*"), ("GEO", "Tooele")],
    note="lower-case first name twice; home town; '61 days' is a duration",
)

# 2
n(
    "en",
    "health_tip",
    "Heading up Little Cottonwood this weekend? ⛷️ Helmets cut the risk of serious head injury on the "
    "slopes, and our peds trauma team sees the difference every single winter. #SkiSmart",
    "canyon named for a general tip, not tied to any patient",
)

# 3
p(
    "en",
    "birth_announcement",
    "TRIPLETS! 👶👶👶 Please welcome Kaysen, Jaxtyn and McKayla, born 11/02 to proud parents Tanner & Shaylee. "
    "That's 3 babies in 4 minutes, a new record for our L&D team!",
    [
        ("NAME", "Kaysen"),
        ("NAME", "Jaxtyn"),
        ("NAME", "McKayla"),
        ("DATE", "11/02"),
        ("NAME", "Tanner"),
        ("NAME", "Shaylee"),
    ],
    note="triplets' creatively spelled first names, birth date, parents' first names",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Meet LaVell Christensen, RN, who has worked nights in our PICU for 31 years. LaVell says the secret is "
    "Diet Coke and a good pair of compression socks. 😂 Thank you, LaVell! #NurseSpotlight",
    "staff spotlight: the nurse's unusual name is not PHI",
)

# 5
p(
    "en",
    "patient_story",
    "Story is 7, loves dinosaurs, and just finished her last round of chemo. 🦕 Ring that bell, Story! Every "
    "kid's story is different, but this one has a very happy chapter today.",
    [("NAME", "Story", "*")],
    note="patient's first name is an ordinary word; lower-case 'story' is the word",
)

# 6
n(
    "en",
    "eponymous_condition",
    "Dec. 1–7 is Crohn's & Colitis Awareness Week. Kids get IBD too, and many people with Crohn's disease "
    "are diagnosed before age 20. Talk to your pediatrician about belly pain that won't go away. "
    "#IBDAwareness",
    "eponymous condition and awareness-week dates; population age",
)

# 7
p(
    "en",
    "pasted_record",
    "Rm 4112 - ANDERSEN, KASH T - DOB 03/19/2017 - MRN 6630418 - L femur fx, sledding, Bountiful. NPO after "
    "MN",
    [
        ("OTHER_ID", "Rm 4112"),
        ("NAME", "ANDERSEN, KASH T"),
        ("DATE", "03/19/2017"),
        ("MRN", "6630418"),
        ("GEO", "Bountiful"),
    ],
    note="chart line pasted by mistake: room, ALL-CAPS name, DOB, MRN, town of the sledding injury",
)

# 8
n(
    "en",
    "event",
    "Pioneer Day parade is Thursday, July 24! 🐂 Find our float (the giant teddy bear 🧸) on South Temple and "
    "grab a free bike-helmet fitting at our booth. #PioneerDay",
    "hospital event on a state holiday; street is the parade route",
)

# 9
p(
    "en",
    "thank_you",
    "A huge thank-you to the Sorensen family of Kaysville, who brought 200 handmade quilts to our NICU in "
    "memory of their son Ryder, who spent all 19 of his days with us. 💙 Ryder's legacy will keep 200 babies "
    "warm this winter.",
    [("NAME", "Sorensen"), ("GEO", "Kaysville"), ("NAME", "Ryder", "*")],
    note="donors introduced as the parents of a former patient: family surname, town and the baby's name",
)

# 10
n(
    "en",
    "sponsor",
    "Thank you to Bingham Family Dental and Kimball Ford of Layton for sponsoring this year's Teddy Bear "
    "Clinic! 🧸🦷 Because of you, 400 kids got a free 'checkup' for their stuffed animals.",
    "sponsors named after people; Layton is the business's town",
)

# 11
p(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Great-Grandma Verla, who came to meet her 38th great-grandchild in our "
    "Mother-Baby unit today! 🎂 She says she's still got it. 💪",
    [("NAME", "Verla"), ("AGE", "95th")],
    note="a newborn patient's great-grandmother: relative's first name and age over 89",
)

# 12
n(
    "en",
    "statistic",
    "Utah families are some of the biggest in the country, and last year our Salt Lake City campus delivered "
    "6,412 babies, including 94 sets of twins and 3 sets of triplets. 👶👶",
    "statistics; 94 is a count of twin sets, not an age",
)

# 13
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Zaylee! 💕 Nació el 2 de febrero a las 3:14 a.m. y pesó 3,2 kg. Felicidades a sus papás, "
    "Yesenia y Óscar, de West Valley City. #BebésWasatch",
    [
        ("NAME", "Zaylee"),
        ("DATE", "2 de febrero"),
        ("NAME", "Yesenia"),
        ("NAME", "Óscar"),
        ("GEO", "West Valley City"),
    ],
    note="Spanish birth post: baby and parents' first names, birth date, home city",
)

# 14
n(
    "en",
    "recruitment",
    "We're hiring! NICU RNs, pediatric RTs and a child life specialist for our St. George clinic. Sign-on "
    "bonus up to $15k. Apply at wasatchpeakskids.org/careers or call (801) 555-0100.",
    "recruitment; hospital domain and main number",
)

# 15
p(
    "en",
    "patient_story",
    "When Sage crashed her mountain bike on the Bonneville Shoreline Trail in June, she told our ER nurses "
    "she'd be back on it by fall. Spoiler: she was. 🚵‍♀️ Sage, you're a legend.",
    [("NAME", "Sage", "*"), ("GEO", "Bonneville Shoreline Trail"), ("DATE", "June")],
    note="word-name; trail where the injury happened; month of the injury",
)

# 16
n(
    "en",
    "staff_spotlight",
    "Please welcome Dr. Journey Okafor to our pediatric cardiology team! 🫀 She trained in Denver, runs "
    "ultramarathons, and has already memorized every Jazz player's jersey number. 🏀",
    "new doctor whose first name is a word; staff not PHI",
)

# 17
p(
    "en",
    "discharge",
    "Kash is going HOME 🏠 after his ski accident at Snowbird on Jan. 4th. Four surgeries, two casts and one "
    "very loud celebration later. Go Kash! #KashStrong",
    [("NAME", "#KashStrong"), ("NAME", "Kash", "*"), ("GEO", "Snowbird"), ("DATE", "Jan. 4th")],
    note="word-name, name hashtag, resort where the injury happened, injury date",
)

# 18
n(
    "en",
    "campaign_hashtag",
    "Every share of #WasatchWarriors this month = $1 for our pediatric cancer fund (up to $25,000, thanks to "
    "our friends at Deseret Peak Credit Union). Show us your warrior! 💪",
    "campaign hashtag and sponsor",
)

# 19
p(
    "en",
    "memorial",
    "We lost our sweet Liberty on 7/4, the very day she was named for. 🇺🇸 Her mom asked us to share: "
    "'Liberty taught us that 11 days can hold a lifetime.' Fly high, little one. 🕊️",
    [("NAME", "Liberty", "*"), ("DATE", "7/4")],
    note="word-name twice; date of death",
)

# 20
n(
    "en",
    "public_figure",
    "Thanks to the Utah Jazz players who stopped by the 3rd-floor playroom today! Our kids absolutely "
    "crushed them at Mario Kart. 🏀🎮 #TakeNote",
    "team visit; no patient named",
)

# 21
p(
    "en",
    "thank_you",
    "@mckaylas_mama thank you for the kind words about 4 West! Give McKayla a high five from all of us, and "
    "we'll see her at the Ogden clinic on the 14th. 💛",
    [("OTHER_ID", "@mckaylas_mama"), ("NAME", "McKayla"), ("DATE", "14th")],
    note="reply to a parent's handle; patient's name; follow-up appointment day (span without 'the')",
)

# 22
n(
    "en",
    "anonymous_story",
    "Last night a dad from one of the canyon towns drove through a blizzard with his wife in labor and made "
    "it to our doors with 6 minutes to spare. Baby girl and mom are doing great. 👏 (Shared with permission, "
    "details kept private.)",
    "anonymous birth story; no name, date or town",
)

# 23
p(
    "en",
    "pasted_record",
    "pls update whiteboard: bed 7 Jaxtyn H (twin A), bed 8 Jaxon H (twin B), both for echo tmrw. mom Kenzie "
    "cell 801-555-0172",
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "Jaxtyn H"),
        ("OTHER_ID", "bed 8"),
        ("NAME", "Jaxon H"),
        ("NAME", "Kenzie"),
        ("PHONE", "801-555-0172"),
    ],
    note="internal note: twins' beds and names with initials, mother's name and cell",
)

# 24
n(
    "en",
    "eponymous_condition",
    "Did you know? Kawasaki disease is the leading cause of acquired heart disease in U.S. children. Fever "
    "5+ days, red eyes, cracked lips, rash → call your pediatrician. It's named for Dr. Tomisaku Kawasaki, "
    "who described it in 1967.",
    "eponymous condition and the historical physician",
)

# 25
p(
    "en",
    "public_figure",
    "Channel 4 morning anchor Whitney Call welcomed baby boy Hudson here on Tuesday, and she's already back "
    "on Instagram with the sleepiest newborn pic ever. Congrats, Whitney & family! 💙 (Shared with her "
    "permission.)",
    [("NAME", "Whitney Call"), ("NAME", "Whitney", 2), ("NAME", "Hudson")],
    note="public figure who is herself a patient (delivered here) and her baby",
)

# 26
n(
    "en",
    "hospital_contact",
    "Questions about your child's upcoming surgery? Our pre-op nurses are available Mon–Fri 8–5 at (801) "
    "555-0123. After hours, call the main line, (801) 555-0100. In an emergency, call 911.",
    "hospital numbers and 911",
)

# 27
p(
    "en",
    "patient_story",
    "Meet Journey! 🌈 Born with hypoplastic left heart syndrome, she has had 3 open-heart surgeries before "
    "her 4th birthday. Her journey isn't over, but today she's off to preschool in Eagle Mountain. #JourneyOn",
    [("NAME", "Journey"), ("GEO", "Eagle Mountain"), ("NAME", "#JourneyOn")],
    note="word-name; hashtag built on her name; home town",
)

# 28
n(
    "en",
    "health_tip",
    "Sage advice from our pediatricians: at altitude, kids dehydrate faster. Pack twice the water for hikes "
    "above 8,000 ft. 🥾💧",
    "'Sage' is the ordinary word",
)

# 29
p(
    "en",
    "discharge",
    "Room 5207 is EMPTY and we couldn't be happier 😭🎉 Our girl Oaklee beat RSV and is headed home to Spanish "
    "Fork. Thank you for letting us love her for 3 weeks!",
    [("OTHER_ID", "Room 5207"), ("NAME", "Oaklee"), ("GEO", "Spanish Fork")],
    note="patient's room, first name and home town",
)

# 30
n(
    "en",
    "event",
    "Join us Saturday, Sept. 13 at Liberty Park for the Wasatch Peaks Family 5K! 🏃‍♀️ Strollers welcome. "
    "Proceeds support our NICU family housing. Register: give.wasatchpeakskids.org/5k",
    "event date and venue; 'Liberty' is a park",
)

# 31
p(
    "en",
    "milestone_birthday",
    "Little Ryder turned ONE today, on the same unit where he was born at 24 weeks on 8/15 last year. 🎂 He "
    "has 5 big sisters and every single one of them came to sing. #NICUGrad",
    [("NAME", "Ryder"), ("DATE", "8/15")],
    note="word-name; birth date",
)

# 32
n(
    "en",
    "statistic",
    "Adults over 90 are one of the fastest-growing age groups in Utah, and many of them are the "
    "great-grandparents who rock babies in our volunteer cuddler program. 👵👴 Thank you!",
    "population age, volunteers",
)

# 33
p(
    "es",
    "patient_story",
    "Valentina tiene 9 años y fue atropellada en la calle 3500 South de West Valley el 12 de octubre. Hoy "
    "dio sus primeros pasos sin andadera. 💪 ¡Eres increíble, Vale! #FuerzaValentina",
    [
        ("NAME", "Valentina"),
        ("GEO", "calle 3500 South"),
        ("GEO", "West Valley"),
        ("DATE", "12 de octubre"),
        ("NAME", "Vale"),
        ("NAME", "#FuerzaValentina"),
    ],
    note="name, nickname and name hashtag; street and city of the accident; accident date",
)

# 34
n(
    "es",
    "health_tip",
    "Protector solar, gorra y mucha agua ☀️: en Utah la altitud hace que los niños se quemen más rápido. "
    "Consulta con tu pediatra o llama a nuestra línea de enfermería, (801) 555-0123.",
    "consejo general; número del hospital",
)

# 35
p(
    "en",
    "thank_you",
    "To the Hales (Bishop Hale, Sister Hale and all 8 kids): thank you for the 400 freezer meals you "
    "organized for NICU families after baby Eliza's 102 days with us. 💕",
    [("NAME", "Hales"), ("NAME", "Hale", "*"), ("NAME", "Eliza")],
    note="a patient's family: surname with church titles (titles excluded) and the baby's name",
)

# 36
n(
    "en",
    "staff_spotlight",
    "Shout-out to the Riverton 14th Ward Relief Society, whose volunteers have sewn 1,800 burp cloths for "
    "our Mother-Baby unit this year! Special thanks to Sister Darlene Pratt (age 91!), who still "
    "hand-stitches every label. 🧵",
    "volunteers and their ward; a volunteer's age over 89 is not PHI",
)

# 37
p(
    "en",
    "patient_story",
    "Our own L&D charge nurse Brooke Tanner became a patient on her own unit this weekend, welcoming twins "
    "Maren and Milo on Labor Day (of course). 😂 Congrats, Brooke!",
    [
        ("NAME", "Brooke Tanner"),
        ("NAME", "Brooke", 2),
        ("NAME", "Maren"),
        ("NAME", "Milo"),
        ("DATE", "Labor Day"),
    ],
    note="staff member who is herself the patient; twins' names; birth on a holiday",
)

# 38
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's: autoimmune conditions named for 19th-century doctors can show "
    "up in teens too. Our pediatric endocrinology clinic in Provo is taking new patients at (801) 555-0158.",
    "eponymous conditions; hospital clinic and number",
)

# 39
p(
    "en",
    "pasted_record",
    "ADMIT 02/11 2340 — PETERSEN, ZAYLEE M, 6y F, MRN WP-4471902, SelectHealth #SH20958713, c/o RLQ pain. "
    "Mother: Kodi Petersen 385-555-0119",
    [
        ("DATE", "02/11"),
        ("NAME", "PETERSEN, ZAYLEE M"),
        ("MRN", "WP-4471902"),
        ("HEALTH_PLAN", "SH20958713"),
        ("NAME", "Kodi Petersen"),
        ("PHONE", "385-555-0119"),
    ],
    note="admission line pasted by mistake: date, name, MRN, plan id, mother's name and phone",
)

# 40
n(
    "en",
    "event",
    "Jazz Night is back! 🏀 On Feb. 20 we'll stream the game in the 2nd-floor family lounge with popcorn, "
    "foam fingers and a visit from Jazz Bear. Patients, siblings and parents welcome.",
    "hospital event date; mascot",
)

# 41
p(
    "en",
    "discharge",
    "After 147 days, we're sending our NICU's longest resident home. Kaysen, you came in at 1 lb 3 oz and "
    "you leave at 9 lbs even. Mom Tayli, Dad Brigham and 5 big siblings are waiting in the lobby. 🥹💙",
    [("NAME", "Kaysen"), ("NAME", "Tayli"), ("NAME", "Brigham")],
    note="baby and parents' first names ('Brigham' here is the dad)",
)

# 42
n(
    "en",
    "public_figure",
    "Pioneer midwife Patty Sessions delivered nearly 4,000 babies in early Utah, on horseback and in "
    "snowstorms. Today our certified nurse-midwives carry on that tradition (with much better heated cars "
    "🚗). #PioneerDay",
    "historical figure",
)

# 43
p(
    "en",
    "patient_story",
    'Everyone on 3 North knows "Tater Tot." 🥔 At 4, he has spent more birthdays here than at home, and '
    "today he rang the bell after his final transplant check. Way to go, Tater Tot!",
    [("NAME", "Tater Tot", "*")],
    note="quoted nickname used as the patient's name; unit is not an identifier",
)

# 44
n(
    "en",
    "anonymous_story",
    "A patient in her 90s once told one of our volunteers, 'I was born in this valley before there was a "
    "hospital up on the hill.' We think about that every time we drive up to work. 🏔️",
    "anonymous patient, age given only as a decade",
)

# 45
p(
    "en",
    "thank_you",
    "Thank you to Kimber, Kade and Kolt (ages 9, 7 and 5) for running a lemonade stand in Herriman all "
    "summer for the PICU that saved their baby brother Knox! 🍋 $2,316 raised!",
    [("NAME", "Kimber"), ("NAME", "Kade"), ("NAME", "Kolt"), ("GEO", "Herriman"), ("NAME", "Knox")],
    note="siblings of a patient (relatives) and the patient; family's town",
)

# 46
n(
    "en",
    "sponsor",
    "Huge thanks to the Jensen Family Foundation, whose $2M gift opens the new Jensen Pediatric Rehab Gym "
    "this fall. 🏋️ Kids recovering from ski and canyon injuries will get back on their feet here.",
    "donor family naming a facility",
)

# 47
p(
    "en",
    "patient_story",
    "Our most stylish patient this week: Ms. Afton, 97, came to her pelvic floor therapy appointment in a "
    "hot-pink tracksuit and told the front desk 'ninety-seven is the new seventy.' 💅",
    [("NAME", "Afton"), ("AGE", "97"), ("AGE", "ninety-seven")],
    note="women's-clinic patient: name and age over 89 written as digits and words",
)

# 48
n(
    "en",
    "health_tip",
    "Ski season = wrist season. 🏂 Snowboarders, wrist guards help prevent fractures. Our Ogden clinic at "
    "2880 Harrison Blvd does walk-in sports injury checks Saturdays 9–1.",
    "tip; hospital address",
)

# 49
p(
    "en",
    "patient_story",
    "Pictured: 12-year-old Ammon on the day he got his new knee brace, and 4 weeks later back on his skis. "
    "⛷️ Not bad for a kid who tore his ACL at Brighton on New Year's Eve! #AmmonStrong",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ammon"),
        ("GEO", "Brighton"),
        ("DATE", "New Year's Eve"),
        ("NAME", "#AmmonStrong"),
    ],
    note="photo of the patient; name and name hashtag; resort and holiday of the injury",
)

# 50
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is 3/21, a date chosen for the 3 copies of chromosome 21. 💛🧦 Wear your "
    "brightest mismatched socks and tag us! #LotsOfSocks",
    "eponymous condition and awareness-day date",
)

# 51
p(
    "es",
    "thank_you",
    "¡Gracias a la familia Ramírez de Ogden por las 60 cobijas tejidas para la UCIN, en honor a su hija "
    "Itzel, que nació aquí el Día de los Reyes! 🧶💕",
    [("NAME", "Ramírez"), ("GEO", "Ogden"), ("NAME", "Itzel"), ("DATE", "Día de los Reyes")],
    note="familia de una paciente: apellido, ciudad (no es la clínica), nombre y fecha de nacimiento festiva",
)

# 52
n(
    "es",
    "event",
    "📅 Sábado 18 de octubre: feria de salud gratuita en nuestra clínica de Provo, 455 N University Ave. "
    "Vacunas, exámenes de la vista y revisión de asientos de auto. ¡Trae a toda la familia!",
    "evento del hospital; dirección de la clínica",
)

# 53
p(
    "en",
    "pasted_record",
    "oops wrong chat 🙈 → 'Can someone swing by rm 3318 for the Larsens? Dad (Porter) wants d/c teaching "
    "before 1600, baby Wren's bili is 14.2'",
    [("OTHER_ID", "rm 3318"), ("NAME", "Larsens"), ("NAME", "Porter"), ("NAME", "Wren")],
    note="internal message: room, family surname, father's and baby's names",
)

# 54
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Ryder Nielsen after 38 years of delivering babies in Utah County. By his count "
    "that's 11,400 of them, including two of his own grandkids! 🎉",
    "retiring doctor; his grandchildren are not named",
)

# 55
p(
    "en",
    "birth_announcement",
    "Born on Pioneer Day 🐂🎆: meet Eliza Jane! Her parents say she'll always have a parade on her birthday. "
    "Congratulations to the Nebeker family of Heber City!",
    [("DATE", "Pioneer Day"), ("NAME", "Eliza Jane"), ("NAME", "Nebeker"), ("GEO", "Heber City")],
    note="birth on a state holiday; name, family surname and town",
)

# 56
n(
    "en",
    "event",
    "Pioneer Day closures: our Provo, Ogden and St. George clinics are closed Thursday, July 24. The Salt "
    "Lake City hospital and ER stay open 24/7 at 1200 E Wasatch Peaks Dr.",
    "holiday hours; hospital address",
)

# 57
p(
    "en",
    "patient_story",
    "kash + ryder = brothers, best friends and, as of this week, proud owners of matching arm casts 🙃 "
    "(backyard trampoline in lehi, obviously). heal up boys!",
    [("NAME", "kash"), ("NAME", "ryder"), ("GEO", "lehi")],
    note="lower-case word-names of two patients and their town",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "#TeamBrave is more than a hashtag. It's the 1,100 kids who have finished cancer treatment with us since "
    "2015. Ring the bell, share the tag, change a kid's day. 🔔",
    "campaign hashtag",
)

# 59
p(
    "en",
    "memorial",
    "It's been one year since we said goodbye to Jaxon 'Jax' Moyes. His parents, Cade and Lindsey, asked us "
    "to share his favorite joke: 'What do you call a sleeping dinosaur? A dino-snore.' 🦖 We miss you, Jax.",
    [("NAME", "Jaxon 'Jax' Moyes"), ("NAME", "Jax", 2), ("NAME", "Cade"), ("NAME", "Lindsey")],
    note="full name with nickname, nickname again, parents' names",
)

# 60
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: Power has been restored to the west tower. All NICU babies stayed on backup power the "
    "entire time and no patients were moved. Thank you to our facilities crew. Questions: (801) 555-0100.",
    "crisis update without patient identifiers",
)

# 61
p(
    "en",
    "discharge",
    "9 weeks, 4 surgeries, 1 very brave 15-year-old. Tessa was hurt in a rollover near Nephi in March, and "
    "today she WALKED out of our rehab unit. 🚶‍♀️💜",
    [("NAME", "Tessa"), ("GEO", "Nephi"), ("DATE", "March")],
    note="name; town of the crash; month of the injury",
)

# 62
n(
    "en",
    "statistic",
    "In 2024 our ER treated 2,904 winter-sports injuries. Most common: wrist fractures (snowboarders), knee "
    "sprains (skiers) and sledding head bumps (everyone 😅). Helmets on, friends.",
    "statistics",
)

# 63
p(
    "en",
    "thank_you",
    '"Our daughter Sadie was in Rm 221 at the Ogden clinic infusion center every Tuesday for a year. The '
    "nurses there became family.\" (comment from Sadie's mom) We're so proud of you, Sadie! 💛",
    [("NAME", "Sadie", "*"), ("OTHER_ID", "Rm 221")],
    note="quoted parent comment: name three times, infusion room",
)

# 64
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Elder and Sister Hatch, serving a church service mission with us, have logged "
    "2,000 hours rocking NICU babies. He's 84, she's 82, and they're the fastest swaddlers on the unit. 👶",
    "volunteers with church titles and their ages",
)

# 65
p(
    "en",
    "patient_story",
    "Remember Liberty, Justice and Honor? 🇺🇸 Our Fourth of July triplets turned 3 this week and came back to "
    "visit the NICU nurses who cared for them. Hard to believe they were born at 29 weeks!",
    [("NAME", "Liberty"), ("NAME", "Justice"), ("NAME", "Honor"), ("DATE", "Fourth of July")],
    note="triplets with word-names; 'Fourth of July triplets' gives their birth date",
)

# 66
n(
    "en",
    "hospital_contact",
    "📍 New address alert! Our St. George clinic has moved to 1065 S River Rd, St. George, UT 84790. Same "
    "great team, more parking. Call (435) 555-0189 to book.",
    "hospital address and number",
)

# 67
p(
    "en",
    "pasted_record",
    "Billing — Acct #8820-33017, guarantor Dallin Richins, pt Brinley Richins DOS 10/05, claim denied, "
    "resubmit w/ SelectHealth ID 55021884-01",
    [
        ("ACCOUNT", "8820-33017"),
        ("NAME", "Dallin Richins"),
        ("NAME", "Brinley Richins"),
        ("DATE", "10/05"),
        ("HEALTH_PLAN", "55021884-01"),
    ],
    note="billing line: account, guarantor and patient names, date of service, plan id",
)

# 68
n(
    "en",
    "research",
    "New from our neonatal team: in our study, babies born at 23–25 weeks who got early caffeine therapy "
    "needed breathing support for fewer days. Full results are out this month. 📄",
    "research news",
)

# 69
p(
    "en",
    "patient_story",
    "When 16-year-old Hazel Rasband got lost overnight near Angels Landing in October, the search-and-rescue "
    "crew brought her to our St. George clinic with hypothermia. She's home now and has a message: 'Bring a "
    "jacket, seriously.' 🧥",
    [("NAME", "Hazel Rasband"), ("GEO", "Angels Landing"), ("DATE", "October")],
    note="full name; place and month of the injury; the clinic is not GEO",
)

# 70
n(
    "en",
    "public_figure",
    "Thank you, State Senator Mara Kimball, for reading 'Goodnight Moon' to our inpatients this morning! 📚🌙",
    "politician visiting",
)

# 71
p(
    "es",
    "patient_story",
    "Mateo y Santiago, gemelos de Kearns, nacieron a las 28 semanas. Hoy, después de 74 días en la UCIN, ¡se "
    "van juntos a casa! Su mamá, Araceli, dice que ya extraña a las enfermeras. 👶👶",
    [("NAME", "Mateo"), ("NAME", "Santiago"), ("GEO", "Kearns"), ("NAME", "Araceli")],
    note="gemelos y su mamá; ciudad de la familia",
)

# 72
n(
    "es",
    "staff_spotlight",
    "Conoce a la Dra. Esperanza Villalobos, nuestra nueva ginecóloga en la clínica de Ogden. Habla español, "
    "inglés y 'lenguaje de bebé'. 😄 Citas: (801) 555-0167.",
    "doctora del hospital; número de la clínica",
)

# 73
p(
    "en",
    "thank_you",
    "Thank you, Paisley! 🎨 At 8 years old and 6 months into leukemia treatment, she painted every window on "
    "3 North for Halloween. Her little brother Bentley helped (mostly with the pumpkins).",
    [("NAME", "Paisley"), ("NAME", "Bentley")],
    note="patient and her brother; Halloween is not the patient's event date",
)

# 74
n(
    "en",
    "anonymous_story",
    "One of our NICU grads from 2019 just started kindergarten, and her mom sent us her first-day sign. We "
    "cried. We always cry. 😭",
    "anonymous former patient; bare year",
)

# 75
p(
    "en",
    "birth_announcement",
    "It's a boy! And a boy! And a girl! 💙💙💗 Welcome Stetson, Ledger and Oakley, born 12.18 at 31 weeks. Big "
    "sisters Navy and Blakely are ready to help.",
    [
        ("NAME", "Stetson"),
        ("NAME", "Ledger"),
        ("NAME", "Oakley"),
        ("DATE", "12.18"),
        ("NAME", "Navy"),
        ("NAME", "Blakely"),
    ],
    note="triplets and sisters with word-names; birth date with a dot",
)

# 76
n(
    "en",
    "health_tip",
    "Surviving the Wasatch inversion with little lungs: check the air quality index daily, keep outdoor play "
    "short on red days, and call your provider if your child's inhaler is needed more than usual.",
    "tip",
)

# 77
p(
    "en",
    "pasted_record",
    "Census 0700 — Rm 4112 Andersen (ortho) / Rm 4114 Yazzie, Kody (DKA) / Rm 4116 empty / Rm 4118 Tupou, "
    "Sione (asthma)",
    [
        ("OTHER_ID", "Rm 4112"),
        ("NAME", "Andersen"),
        ("OTHER_ID", "Rm 4114"),
        ("NAME", "Yazzie, Kody"),
        ("OTHER_ID", "Rm 4118"),
        ("NAME", "Tupou, Sione"),
    ],
    note="room list; the empty room is not tied to a patient and stays unlabelled",
)

# 78
n(
    "en",
    "eponymous_condition",
    "Hirschsprung's disease affects about 1 in 5,000 newborns. Our pediatric surgeons perform the "
    "pull-through repair right here in Salt Lake. Ask your baby's doctor if the first stool hasn't passed "
    "within 48 hours.",
    "eponymous condition",
)

# 79
p(
    "en",
    "patient_story",
    "Plot twist: our NICU nurse manager, Tarynn, spent part of her maternity leave in her own unit. Her son "
    "Beckham arrived 5 weeks early on 10/30 and stayed 9 days in the NICU she runs. 💙",
    [("NAME", "Tarynn"), ("NAME", "Beckham"), ("DATE", "10/30")],
    note="staff member who is a patient's mother (and delivered here); baby's name and birth date",
)

# 80
n(
    "en",
    "recruitment",
    "Are you an RN who loves babies AND Jazz games? 🏀 Our Mother-Baby unit is hiring, with tickets to a home "
    "game for every new hire this season. DM @WasatchPeaksKids or email careers@wasatchpeakskids.org.",
    "recruitment; hospital handle and domain",
)

# 81
p(
    "en",
    "thank_you",
    "Replying to Bodie's mom Kristi: we remember Bodie too!! 😭 Tell him the 4 East nurses still have his "
    "helicopter drawing on our wall. Happy 10th birthday on the 22nd, Bodie!",
    [("NAME", "Bodie", "*"), ("NAME", "Kristi"), ("DATE", "22nd")],
    note="reply to a patient's mother; patient's birthday (day only)",
)

# 82
n(
    "en",
    "campaign_hashtag",
    "Show your #UtahStrong colors at the Jazz game Friday! 💜 Every 3-pointer = a new car seat for a family "
    "leaving our NICU, courtesy of our friends at Summit Motors.",
    "campaign tag and sponsor",
)

# 83
p(
    "en",
    "birth_announcement",
    "Mom of 11, Aubree, just had baby number 12 with us, and every one of the 12 was born at Wasatch Peaks! "
    "👶 Welcome, Hyrum. Your siblings made you a banner taller than our front desk.",
    [("NAME", "Aubree"), ("NAME", "Hyrum")],
    note="mother and newborn first names",
)

# 84
n(
    "en",
    "event",
    "Teddy Bear Clinic is Saturday, Oct. 4, 10 am–2 pm at our Salt Lake City campus, 1200 E Wasatch Peaks "
    "Dr. Kids bring a stuffed animal for a 'checkup' and learn hospitals aren't scary. 🧸🩺",
    "event date; hospital address",
)

# 85
p(
    "en",
    "memorial",
    "Forever 14. 💐 Today we remember Addison Kay Webb, who passed away on Sept. 2 after a brave fight with "
    "Ewing sarcoma. The Webb family asks that instead of flowers, you go hug your kids. #AddisonsArmy",
    [
        ("NAME", "Addison Kay Webb"),
        ("DATE", "Sept. 2"),
        ("NAME", "Webb", 2),
        ("NAME", "#AddisonsArmy"),
    ],
    note="full name, family surname, name hashtag, date of death; Ewing is a condition",
)

# 86
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Alzheimer's and Huntington's get a lot of attention, but Duchenne muscular dystrophy is "
    "usually diagnosed in boys between ages 3 and 5. Our neuromuscular clinic can help. 💪",
    "eponymous conditions; population ages",
)

# 87
p(
    "es",
    "discharge",
    "¡Alta médica! 🎉 Después de su accidente en el cañón de Provo el 3 de enero, Brayan (17) vuelve a casa "
    "en Orem. Gracias a sus papás, don Rogelio y doña Maricela, por no despegarse de su cama ni un día.",
    [
        ("GEO", "cañón de Provo"),
        ("DATE", "3 de enero"),
        ("NAME", "Brayan"),
        ("GEO", "Orem"),
        ("NAME", "Rogelio"),
        ("NAME", "Maricela"),
    ],
    note="lugar y fecha del accidente, ciudad, nombres (sin 'don'/'doña')",
)

# 88
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestra clínica de St. George 🚗👶. Mamá y bebé están sanos "
    "y felices. ¡Gracias a nuestro equipo de seguridad por su rapidez!",
    "nacimiento anónimo en el estacionamiento del hospital",
)

# 89
p(
    "en",
    "pasted_record",
    "FYI wristband reprint needed — pt Sariah Tuilagi, WB# 0093318, DOB correction: 06/02 not 02/06 🤦‍♀️",
    [("NAME", "Sariah Tuilagi"), ("OTHER_ID", "0093318"), ("DATE", "06/02"), ("DATE", "02/06")],
    note="wristband number; both the right and the wrong DOB are date elements",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Meet our Child Life dream team: Kash, Journey and Story, three very good golden retrievers 🐕🐕🐕 who "
    "visit the PICU every Tuesday and Thursday. Treats accepted, belly rubs preferred.",
    "therapy dogs' names are words/names but not PHI",
)

# 91
p(
    "en",
    "patient_story",
    "#TeamTeague 💚 Teague, 5, was kicked by a horse on the family ranch outside Kanab last month. After 2 "
    "surgeries and a LOT of popsicles, he's ready to ride again (with a helmet this time, Mom!).",
    [("NAME", "#TeamTeague"), ("NAME", "Teague"), ("GEO", "Kanab")],
    note="name hashtag and name; town near the family ranch",
)

# 92
n(
    "en",
    "statistic",
    "Utah households are among the largest in the U.S., and on Mother-Baby we meet plenty of families with "
    "6, 8, even 12 kids. 💕 Our record this year: a mom delivering her 13th baby.",
    "statistics; anonymous mother",
)

# 93
p(
    "en",
    "birth_announcement",
    "Four generations in one photo 📸: newborn Zoey, mom Kennedy, grandma Rhonda and great-grandpa Orrin, who "
    "turns 101 next month! 💙",
    [
        ("PHOTO", "photo"),
        ("NAME", "Zoey"),
        ("NAME", "Kennedy"),
        ("NAME", "Rhonda"),
        ("NAME", "Orrin"),
        ("AGE", "101"),
    ],
    note="photo of the newborn with relatives; relatives' names; great-grandfather's age",
)

# 94
n(
    "en",
    "public_figure",
    "Special Olympics Utah Summer Games kick off this weekend! The movement grew out of Eunice Kennedy "
    "Shriver's backyard camp in 1962. Good luck to all our athletes and coaches. 🏅",
    "historical public figure",
)

# 95
p(
    "en",
    "discharge",
    "SHE'S GOING HOME!!! 🎉🎉 MCKAYLA ROSE, 2 LBS AT BIRTH ON 9/9, NOW A CHUNKY 8 LBS. THE WHOLE NICU IS "
    "CRYING. GO GET 'EM, MCKAYLA!",
    [("NAME", "MCKAYLA ROSE"), ("DATE", "9/9"), ("NAME", "MCKAYLA", 2)],
    note="ALL-CAPS names; birth date",
)

# 96
n(
    "en",
    "health_tip",
    "Hiking with kids this weekend? 🥾 Tell someone your route, pack layers (canyon temps drop fast) and "
    "remember that cell service in the Cottonwoods is spotty. Plan ahead.",
    "tip; canyons not tied to anyone",
)

# 97
p(
    "en",
    "patient_story",
    "Ted is safe! 🧸 The bear Gracie left in Rm 118 is at the front desk. Gracie's mom Tiffany, we tried "
    "tiffany.beesley83@gmail.com but it bounced, so please call us at (801) 555-0100!",
    [
        ("NAME", "Gracie", "*"),
        ("OTHER_ID", "Rm 118"),
        ("NAME", "Tiffany"),
        ("EMAIL", "tiffany.beesley83@gmail.com"),
    ],
    note="patient's name and room; mother's name and e-mail; the toy's name and hospital number are not PHI",
)

# 98
n(
    "en",
    "crisis_update",
    "Due to the I-15 closure near Farmington, ambulance transfers from our Ogden clinic are being rerouted "
    "via Highway 89. Expect delays. Patients in labor: please call ahead, (801) 555-0167.",
    "road closure, no patient",
)

# 99
p(
    "en",
    "thank_you",
    "The Tafuna family flew in from Pago Pago to be with baby Sina for her heart surgery on 1/16. ❤️ "
    "Fa'afetai tele to everyone at the Pacific Islander Cultural Center who found them a place to stay for 6 "
    "weeks!",
    [("NAME", "Tafuna"), ("GEO", "Pago Pago"), ("NAME", "Sina"), ("DATE", "1/16")],
    note="family surname, foreign home city, baby's name, surgery date",
)

# 100
n(
    "en",
    "event",
    "Mark your calendars: World Prematurity Day is Nov. 17! 💜 NICU grads & families are invited to a reunion "
    "picnic in the Ogden clinic courtyard, 4–6 pm. RSVP at wpwch.org/reunion",
    "awareness day and event",
)

# 101
p(
    "en",
    "patient_story",
    "Story time! 📚 Every night at 7, 6-year-old Ryker reads a bedtime book to the babies across the hall "
    "from his room (room 2204). The nurses say he's the best reader on the unit. 🥰",
    [("NAME", "Ryker"), ("OTHER_ID", "room 2204")],
    note="patient's name and room; 'Story time' is the ordinary phrase",
)

# 102
n(
    "en",
    "anonymous_story",
    "A 12-year-old from southern Utah asked us to share this: 'If you're scared about your surgery, ask the "
    "nurses for the glitter slime. It helps.' ✨ Wise words.",
    "anonymous patient; region only",
)

# 103
p(
    "es",
    "memorial",
    "Hoy recordamos a nuestra pequeña Guadalupe 'Lupita' Herrera, que partió el 12 de diciembre, día de la "
    "Virgen de Guadalupe. 🌹 Su familia en Midvale nos pidió compartir su canción favorita.",
    [
        ("NAME", "Guadalupe 'Lupita' Herrera"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("GEO", "Midvale"),
    ],
    note="nombre con apodo; fecha de fallecimiento nombrada dos veces; ciudad de la familia",
)

# 104
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no es una enfermedad. 💛 Este 21 de marzo celebramos a todas las familias de nuestra "
    "clínica de síndrome de Down. ¡Usa calcetines disparejos!",
    "condición epónima y día de concienciación",
)

# 105
p(
    "en",
    "pasted_record",
    "Can't find the call-back list, pasting here for charge RN:\n1) Kinley Ashby (mom Janae) 435-555-0147 "
    "re: bili recheck\n2) Crew Sorensen (dad Mitch) 801-555-0193 re: ear tubes f/u",
    [
        ("NAME", "Kinley Ashby"),
        ("NAME", "Janae"),
        ("PHONE", "435-555-0147"),
        ("NAME", "Crew Sorensen"),
        ("NAME", "Mitch"),
        ("PHONE", "801-555-0193"),
    ],
    note="call-back list: patients, parents and family phone numbers",
)

# 106
n(
    "en",
    "staff_spotlight",
    "Congrats to Kaysen Whitaker, our 2025 Unit Secretary of the Year! 🏆 Kaysen has answered the 4 North "
    "phone roughly 90,000 times and never once lost his cool.",
    "staff with a creatively spelled name; 90,000 is a count",
)

# 107
p(
    "en",
    "milestone_birthday",
    "Happy 100th, Grandma Ruby! 💯 She was one of our very first NICU cuddler volunteers back in the '80s, "
    "and this week she was back with us as a patient after a hip fracture. We sang to her in Rm 610. She "
    "sang louder.",
    [("AGE", "100th"), ("NAME", "Ruby"), ("OTHER_ID", "Rm 610")],
    note="former volunteer who is now the patient: name, age over 89, room",
)

# 108
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our longest-serving volunteer, Marjorie Beck! 🎂 Marjorie has folded baby "
    "blankets in our gift shop every Wednesday since 1979.",
    "volunteer's age over 89 is not PHI",
)

# 109
p(
    "en",
    "patient_story",
    "Dear Brigham: you came to our PICU after the avalanche near Alta on Valentine's Day. Today you carried "
    "the torch at the Special Olympics Winter Games. 🔥 We are so proud.",
    [("NAME", "Brigham"), ("GEO", "Alta"), ("DATE", "Valentine's Day")],
    note="name that is also a historical figure's; place and holiday of the injury",
)

# 110
n(
    "en",
    "public_figure",
    "Former Jazz forward 'Big Mike' Tolliver surprised our rehab gym with signed jerseys today. 🏀 He told "
    "the kids about the knee surgery that almost ended his career in 2009, and how PT got him back.",
    "public figure's own medical history; not our patient",
)

# 111
p(
    "en",
    "thank_you",
    "To the nurse who held my hand when Kenzie was born at 24 weeks on 2/29, a leap day baby: her 1st real "
    "birthday is in 4 years and we'll bring cake. 🎂 (Kenzie's dad, Trent)",
    [("NAME", "Kenzie", "*"), ("DATE", "2/29"), ("DATE", "leap day"), ("NAME", "Trent")],
    note="quoted thank-you: baby's name, birth date named twice, father's name",
)

# 112
n(
    "en",
    "health_tip",
    "Newborn jaundice check: press gently on your baby's nose or forehead in daylight. If the skin looks "
    "yellow when you lift your finger, call our 24/7 nurse line at (801) 555-0123.",
    "tip; hospital number",
)

# 113
p(
    "en",
    "discharge",
    "replying to @kaylee.dawn (zaylee's aunt!): yes she's home in springville and already bossing her 4 "
    "brothers around 😂 she was discharged 4/3 so next week is her one-month!",
    [("OTHER_ID", "@kaylee.dawn"), ("NAME", "zaylee"), ("GEO", "springville"), ("DATE", "4/3")],
    note="aunt's handle; lower-case name and town; discharge date",
)

# 114
n(
    "en",
    "statistic",
    "By the numbers, FY2025 🧮: 1,140 NICU admissions, 23,500 ER visits, 2,731 ski & snowboard injuries and 1 "
    "very tired therapy dog. 🐶",
    "statistics",
)

# 115
p(
    "en",
    "pasted_record",
    "Discharge summary draft: Pt: Sage Tuilagi-Mower | DOA 12/27 | DOD 01/09 | Dx: L tibial plateau fx "
    "(snowboarding, Park City) | PCP Dr. Hansen | f/u Ortho, Ogden clinic, 2 wks",
    [("NAME", "Sage Tuilagi-Mower"), ("DATE", "12/27"), ("DATE", "01/09"), ("GEO", "Park City")],
    note="chart draft: name, admission and discharge dates, place of injury; PCP and clinic are not PHI",
)

# 116
n(
    "en",
    "event",
    "Ward youth groups: we LOVE your service projects! 🙌 Hygiene kits, blankets and coloring books can be "
    "dropped off at the Foundation office, 1200 E Wasatch Peaks Dr, Mon–Fri 9–4. Questions: (801) 555-0145.",
    "donation drop-off; hospital address and number",
)

# 117
p(
    "es",
    "thank_you",
    "Gracias, Josué 💙. Con solo 11 años, y mientras recibía quimioterapia en la habitación 3210, organizó "
    "una colecta de juguetes para los demás niños del piso. ¡Eres nuestro héroe!",
    [("NAME", "Josué"), ("OTHER_ID", "habitación 3210")],
    note="nombre y habitación del paciente",
)

# 118
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! 💚 Every gift today is matched up to $50,000 by the Kimball & Pratt families. Give "
    "at give.wasatchpeakskids.org and help a kid get back on the slopes.",
    "campaign tag; donor families",
)

# 119
p(
    "en",
    "patient_story",
    "Meet Harvest! 🌾 Born 10 weeks early in the middle of harvest season (hence the name), he's now 6 months "
    "old and has tripled his birth weight. His 7 siblings call him 'Harv.'",
    [("NAME", "Harvest"), ("NAME", "Harv")],
    note="word-name and nickname; 'harvest season' is not a date",
)

# 120
n(
    "en",
    "anonymous_story",
    "'My son was in your NICU for 87 days in 2012. He graduated high school this spring.' We get messages "
    "like this every week, and we never get tired of them. 💙",
    "anonymous; bare year",
)

# 121
p(
    "en",
    "public_figure",
    "Utah Jazz guard Marcus Ellery and his wife Dani welcomed their daughter, Skye, at our hospital on "
    "Monday. 🏀👶 Dani and Skye are doing great, and Marcus has already asked about baby-sized jerseys. "
    "(Shared with the family's blessing.)",
    [
        ("NAME", "Marcus Ellery"),
        ("NAME", "Marcus", 2),
        ("NAME", "Dani", "*"),
        ("NAME", "Skye", "*"),
    ],
    note="public figure who is a patient's father; mother and newborn are patients",
)

# 122
n(
    "en",
    "public_figure",
    "Good luck tonight, Jazz! 🏀 Our patients made 'Take Note' signs for the game vs. Denver. Look for them "
    "behind the bench, and thanks to the team for 20 years of visits.",
    "team, no patient",
)

# 123
p(
    "en",
    "birth_announcement",
    "Twin girls born on Christmas Eve 🎄🎄: welcome Noelle and Holly! Their big brother Nicholas (born on "
    "Christmas Day 4 years ago 😳) says they're 'the best presents ever.'",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Noelle"),
        ("NAME", "Holly"),
        ("NAME", "Nicholas"),
        ("DATE", "Christmas Day"),
    ],
    note="holiday birth dates of the twins and their brother",
)

# 124
n(
    "en",
    "health_tip",
    "Holiday safety 🎄: button batteries, magnets and tiny ornaments are the top 3 swallowed objects we see "
    "in December. Keep them out of reach, and call Poison Control at 1-800-222-1222 if you're worried.",
    "tip; national line",
)

# 125
p(
    "en",
    "thank_you",
    "When 92-year-old great-grandma Lorna heard her great-grandson Tate needed blood after his surgery, she "
    "rounded up her whole ward to donate. 🩸 57 pints! Thank you, Lorna, and thank you, Bountiful 22nd Ward!",
    [("AGE", "92-year-old"), ("NAME", "Lorna", "*"), ("NAME", "Tate"), ("GEO", "Bountiful")],
    note="relative's age over 89 and name; patient's name; town in the relative's ward name",
)

# 126
n(
    "en",
    "staff_spotlight",
    "Say hi to Liberty Fonoti, NP, our newest pediatric urgent care provider in St. George! ☀️ Born and "
    "raised in Hurricane, Utah, she's been dreaming of this job since she was 9.",
    "staff; her home town is not PHI",
)

# 127
p(
    "en",
    "patient_story",
    "Ten kids, one minivan and a LOT of snacks: the Bangerter crew drives 4 hours from Blanding every month "
    "for little Maisy's dialysis. 🚐 Maisy, your fan club is the loudest in the building!",
    [("NAME", "Bangerter"), ("GEO", "Blanding"), ("NAME", "Maisy", "*")],
    note="family surname, home town, patient's name",
)

# 128
n(
    "en",
    "eponymous_condition",
    "Tetralogy of Fallot, Ebstein's anomaly, Turner syndrome... our fetal cardiology team diagnosed 212 "
    "heart conditions before birth last year, so families could plan ahead. ❤️",
    "eponymous conditions; statistics",
)

# 129
p(
    "en",
    "pasted_record",
    "ugh ignore, wrong window ↓ Consult: baby girl 'Peanut' Okonkwo, bed 14, NICU pod C. Parents request no "
    "visitors except grandma Ifeoma. Dad's truck for valet: Utah plate 7R4 9KD.",
    [
        ("NAME", "Peanut"),
        ("NAME", "Okonkwo"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Ifeoma"),
        ("VEHICLE", "7R4 9KD"),
    ],
    note="consult note: nickname and surname, bed, grandmother, father's plate",
)

# 130
n(
    "en",
    "recruitment",
    "Calling all returned missionaries who speak Spanish, Tongan or Samoan! 🌍 Our interpreter services team "
    "is hiring in Salt Lake City, Provo and St. George. Apply at wasatchpeakskids.org/careers.",
    "recruitment",
)

# 131
p(
    "es",
    "birth_announcement",
    "¡Trillizos! 👶👶👶 Nacieron el 31 de octubre (sí, en Halloween 🎃): Axel, Ximena y Emiliano. Sus papás, "
    "Karla y Jesús Medina, dicen que ya no necesitan disfraces.",
    [
        ("DATE", "31 de octubre"),
        ("DATE", "Halloween"),
        ("NAME", "Axel"),
        ("NAME", "Ximena"),
        ("NAME", "Emiliano"),
        ("NAME", "Karla"),
        ("NAME", "Jesús Medina"),
    ],
    note="trillizos: fecha nombrada dos veces, nombres, papás",
)

# 132
n(
    "es",
    "crisis_update",
    "Aviso: por la tormenta de nieve, la clínica de Provo cierra hoy a las 2 p.m. Si tiene una cita, le "
    "llamaremos para cambiarla. Emergencias: llame al 911.",
    "aviso sin pacientes",
)

# 133
p(
    "en",
    "discharge",
    "Journey's end! 🏁 (Sorry, we had to.) After 3 months on our rehab unit, Journey Baird rolled her "
    "wheelchair through a tunnel of 40 nurses and out to her dad's truck this morning. Cedar City, she's "
    "coming home!",
    [("NAME", "Journey", 1), ("NAME", "Journey Baird"), ("GEO", "Cedar City")],
    note="pun on the patient's word-name is still her name; full name; home town",
)

# 134
n(
    "en",
    "anonymous_story",
    "Some of our favorite words: 'Can I go home now?', said by a 7-year-old patient this morning, 2 days "
    "after appendix surgery. Yes, buddy. Yes you can. 🏠",
    "anonymous patient",
)

# 135
p(
    "en",
    "patient_story",
    "#LucyLoo update 💗 Lucy had her 3rd heart surgery on 5/12, and her mom Heather says she's already "
    "demanding popsicles. Send your good vibes to 2 West!",
    [("NAME", "#LucyLoo"), ("NAME", "Lucy"), ("DATE", "5/12"), ("NAME", "Heather")],
    note="name hashtag, name, surgery date, mother",
)

# 136
n(
    "en",
    "hospital_contact",
    "Looking for us on social? We're @WasatchPeaksKids on X and Instagram, and our Foundation is "
    "@WPKidsFoundation. Beware of fake fundraising pages: we'll never DM you asking for money.",
    "hospital handles",
)

# 137
p(
    "en",
    "thank_you",
    "A thank-you note from Ryder's grandpa Deloy, a proud nonagenarian (93!): 'The nurses treated my boy "
    "like their own. I'll keep knitting hats as long as my hands work.' 🧶 We'll hold you to it, Deloy!",
    [("NAME", "Ryder"), ("NAME", "Deloy", "*"), ("AGE", "nonagenarian"), ("AGE", "93")],
    note="patient's grandfather: name and age over 89 in a word and digits",
)

# 138
n(
    "en",
    "research",
    "Our pediatric sports medicine team is enrolling kids ages 10–17 with ACL tears from skiing or "
    "snowboarding in a study of early vs. delayed reconstruction. Learn more: wasatchpeakskids.org/research",
    "research recruitment",
)

# 139
p(
    "en",
    "memorial",
    "Rest easy, Cowboy. 🤠 Waylon 'Cowboy' Pectol, 4, lived every day in boots. He passed in our PICU on the "
    "first day of spring with his 6 siblings around him. His family in Torrey thanks you for the prayers.",
    [
        ("NAME", "Cowboy", 1),
        ("NAME", "Waylon 'Cowboy' Pectol"),
        ("DATE", "first day of spring"),
        ("GEO", "Torrey"),
    ],
    note="nickname and full name; named day of death; family's town",
)

# 140
n(
    "en",
    "event",
    "Moms' group: our free 'Fourth Trimester' support circle meets every Wednesday at 10 am in the "
    "Mother-Baby classroom (2nd floor). Babies welcome, judgment not. 💕",
    "recurring event",
)

# 141
p(
    "en",
    "patient_story",
    "Hold up, is that Kash?! 😍 Our former micro-preemie (1 lb 6 oz at birth on 1/1/2020, our first baby of "
    "the decade!) just visited to show off his brand-new glasses.",
    [("NAME", "Kash"), ("DATE", "1/1/2020")],
    note="word-name; full birth date",
)

# 142
n(
    "en",
    "public_figure",
    "Thank you, Miss Utah Kenadee Larsen, for spending your morning reading to our kids! 👑📚 Her platform on "
    "childhood literacy is close to our hearts.",
    "public figure visiting",
)

# 143
p(
    "en",
    "pasted_record",
    "To: Patient Relations / Re: complaint from Mr. Kent Harvey (father of Paxton Harvey, DOB 7/21/2014, MRN "
    "00718552), home 1482 W 9000 S, West Jordan 84088",
    [
        ("NAME", "Kent Harvey"),
        ("NAME", "Paxton Harvey"),
        ("DATE", "7/21/2014"),
        ("MRN", "00718552"),
        ("GEO", "1482 W 9000 S"),
        ("GEO", "West Jordan"),
        ("GEO", "84088"),
    ],
    note="complaint header: father and patient, DOB, MRN, home address",
)

# 144
n(
    "en",
    "staff_spotlight",
    "Happy work anniversary to night-shift RN Delphine Alvarez: 30 years on 3 North, an estimated 9,000 IV "
    "starts, and zero interest in retiring. 💪",
    "staff",
)

# 145
p(
    "en",
    "discharge",
    "From Rm 2210 to the football field: after beating MIS-C, Zeke is headed home to St. George, where his "
    "flag football team has a jersey waiting. 🏈 #ZekeStrong #WasatchWarriors",
    [("OTHER_ID", "Rm 2210"), ("NAME", "Zeke"), ("GEO", "St. George"), ("NAME", "#ZekeStrong")],
    note="room, name, home town (same town as a hospital clinic), name hashtag; campaign tag unlabelled",
)

# 146
n(
    "en",
    "campaign_hashtag",
    "#NICUAwarenessMonth: September is for the 1 in 10 babies born early. 💜 Share your NICU grad's story "
    "with the tag and we may feature it on our lobby wall (with your permission).",
    "campaign tag",
)

# 147
p(
    "en",
    "patient_story",
    "Not all heroes wear capes. Some wear Crocs. 🐊 PICU nurse Amber Lund donated part of her liver to "
    "2-year-old Journee, a little girl from Roy she had cared for since birth. Both are recovering on 5 "
    "East. 💕",
    [("NAME", "Amber Lund"), ("NAME", "Journee"), ("GEO", "Roy")],
    note="staff member who became a patient (living donor); recipient's name and town",
)

# 148
n(
    "en",
    "eponymous_condition",
    "Asperger's is now part of the autism spectrum diagnosis, but many families still use the term. 💙 Our "
    "developmental clinic welcomes kids and teens of every neurotype. Referrals: (801) 555-0100.",
    "eponymous term",
)

# 149
p(
    "en",
    "thank_you",
    "Comment from Janessa: 'Does anyone know how to reach the nurse who helped deliver my son Boston on "
    "Sunday? Please have her call me at 801-555-0128.' 💙 We've passed it along, Janessa!",
    [("NAME", "Janessa", "*"), ("NAME", "Boston"), ("PHONE", "801-555-0128")],
    note="mother (patient) and baby named; her phone number; 'Boston' is a name here",
)

# 150
n(
    "en",
    "staff_spotlight",
    "Run the Boston Marathon? So did our own Dr. Kade Ririe, in 2:58! 🏃 He was raising money for our NICU "
    "family housing. Congrats, Dr. Ririe!",
    "staff; Boston is the race",
)

# 151
p(
    "es",
    "patient_story",
    "«Nuestro hijo Kevin se rompió la pierna esquiando en Park City el 28 de diciembre y el equipo de "
    "ortopedia fue increíble.» Gracias por compartir, Sra. Lucero. 💙 ¡Que Kevin vuelva pronto a las pistas!",
    [("NAME", "Kevin", "*"), ("GEO", "Park City"), ("DATE", "28 de diciembre"), ("NAME", "Lucero")],
    note="comentario citado: nombre, lugar y fecha de la lesión, apellido de la mamá sin 'Sra.'",
)

# 152
n(
    "es",
    "health_tip",
    "¿Tu hijo va a esquiar por primera vez? ⛷️ Casco siempre, clases con instructor y descansos frecuentes. "
    "Nuestra clínica de medicina deportiva en Ogden atiende lesiones los sábados.",
    "consejo general; clínica del hospital",
)

# 153
p(
    "en",
    "milestone_birthday",
    "ONE HUNDRED AND TWO! 🎉 Great-great-grandma Vilate Jorgensen spent her birthday on our Mother-Baby unit "
    "meeting her newest great-great-grandbaby, born yesterday. 💕",
    [("AGE", "ONE HUNDRED AND TWO"), ("NAME", "Vilate Jorgensen")],
    note="newborn's relative: age over 89 in ALL-CAPS words, full name",
)

# 154
n(
    "en",
    "statistic",
    "Hip fracture risk rises sharply for women in their 80s and 90s. Our women's bone health clinic offers "
    "DEXA scans starting at 65. 📅 Book at (801) 555-0100.",
    "population ages",
)

# 155
p(
    "en",
    "patient_story",
    "Dad of the Year nominee: Colter Nez, who carried his 9-year-old son Tyce 2 miles down Mill Creek Canyon "
    "after a fall on Aug. 10. 🏔️ Tyce is home and healing, and Colter's shoulders are still recovering. 😂",
    [
        ("NAME", "Colter Nez"),
        ("NAME", "Colter", 2),
        ("NAME", "Tyce", "*"),
        ("GEO", "Mill Creek Canyon"),
        ("DATE", "Aug. 10"),
    ],
    note="father and patient; canyon and date of the fall",
)

# 156
n(
    "en",
    "event",
    "Jazz Bear is coming to our Provo clinic on Monday for flu-shot day! 🐻💉 Bring your kids (6 months+) for "
    "a shot and a high five. 455 N University Ave, 3–6 pm.",
    "event; hospital address",
)

# 157
p(
    "en",
    "pasted_record",
    "Hi team, for the Jan 12 case conference, is this de-ID'd?? NOPE: 'Taylee Rae Olsen, 14 mo, SSN "
    "529-88-1043, SelectHealth CHIP 48822109'. Pls fix before sending!!",
    [("NAME", "Taylee Rae Olsen"), ("SSN", "529-88-1043"), ("HEALTH_PLAN", "48822109")],
    note="name, SSN and plan id; the conference date is a hospital event",
)

# 158
n(
    "en",
    "sponsor",
    "Thank you, Cottonwood Heights Rotary, for 300 new bike helmets for kids in our trauma prevention "
    "program! 🚲 Fitting days are listed at wasatchpeakskids.org/helmets.",
    "sponsor with a place name",
)

# 159
p(
    "en",
    "thank_you",
    "Our hearts are full 💛 The Pulotu family of Taylorsville brought a Tongan feast for the whole PICU to "
    "say thanks for caring for their son Viliami after his heart transplant on Nov. 3.",
    [("NAME", "Pulotu"), ("GEO", "Taylorsville"), ("NAME", "Viliami"), ("DATE", "Nov. 3")],
    note="family surname, town, patient's name, transplant date",
)

# 160
n(
    "en",
    "anonymous_story",
    "Overheard in our pediatric ER waiting room: 'Mom, if I get stitches, can we still go to the Jazz game?' "
    "The answer was yes. 🏀🩹",
    "anonymous",
)

# 161
p(
    "en",
    "patient_story",
    "can we talk about how #teamrowan raised $14k for the cancer floor?? rowan's mom says he's 'very busy "
    "being 6' but he approved every design. 🦈 thank u rowan!!",
    [("NAME", "#teamrowan"), ("NAME", "rowan", "*")],
    note="lower-case name hashtag and name",
)

# 162
n(
    "en",
    "campaign_hashtag",
    "#TeamKaysen or #TeamJaxtyn? 😂 We see the baby-name debates in our comments! The most common names on "
    "our birth certificates last year were Oliver and Charlotte. Tell us your favorite creative spelling 👇",
    "hashtags with names that belong to no patient; aggregate name statistics",
)

# 163
p(
    "en",
    "discharge",
    "3 babies, 1 car seat at a time 😅 The Christiansen triplets (Bowen, Banks and Briar) officially left the "
    "NICU today, 58 days after arriving on Halloween. Safe travels back to Tremonton!",
    [
        ("NAME", "Christiansen"),
        ("NAME", "Bowen"),
        ("NAME", "Banks"),
        ("NAME", "Briar"),
        ("DATE", "Halloween"),
        ("GEO", "Tremonton"),
    ],
    note="triplets' surname and names; birth on a holiday; home town",
)

# 164
n(
    "en",
    "health_tip",
    "Sledding season is here! 🛷 Most sledding injuries we see happen when kids go head-first or hit trees. "
    "Feet first, sit up, and pick hills with a clear runout. (Sugar House Park hill, we're looking at you.)",
    "tip; park not tied to a patient",
)

# 165
p(
    "en",
    "pasted_record",
    "Portal help ticket: parent can't log in. Username: hadley_bugg_mom, child Hadley Bugg, email "
    "jen.bugg@outlook.com. Reset link sent ✅",
    [("OTHER_ID", "hadley_bugg_mom"), ("NAME", "Hadley Bugg"), ("EMAIL", "jen.bugg@outlook.com")],
    note="portal user name, patient name, parent's e-mail",
)

# 166
n(
    "en",
    "staff_spotlight",
    "Meet respiratory therapist Bridger Call and his wife, NICU nurse Kenna Call, who met on night shift in "
    "2014 and now have 5 kids (none born early, they're quick to point out 😂).",
    "staff couple and their own family",
)

# 167
p(
    "en",
    "milestone_birthday",
    "Our first-ever NICU baby turns 50 today! 🎉 Diane was born here on Groundhog Day in 1975 at 2 lbs, and "
    "she came back to celebrate with cupcakes and the same incubator (now in our lobby display).",
    [("NAME", "Diane"), ("DATE", "Groundhog Day")],
    note="former patient's name and birth holiday; bare year unlabelled",
)

# 168
n(
    "en",
    "public_figure",
    "Happy birthday to Florence Nightingale, born May 12, 1820! 🕯️ International Nurses Day honors her every "
    "year. Thank you to our 2,400 nurses across Salt Lake, Provo, Ogden and St. George.",
    "historical figure's birth date",
)

# 169
p(
    "en",
    "patient_story",
    "Meet Bear. 🐻 Well, his name is Beckett, but nobody on 4 West has called him that since he arrived from "
    "Vernal on 6/30 with a broken femur. Bear, you've been the toughest cub.",
    [("NAME", "Bear", "*"), ("NAME", "Beckett"), ("GEO", "Vernal"), ("DATE", "6/30")],
    note="word nickname and name; town and admission date",
)

# 170
n(
    "en",
    "event",
    "Reminder: our Sibling Class ('I'm Going to Be a Big Brother/Sister!') is Saturday, March 7, 10 am at "
    "our Salt Lake City campus. Ages 3–10. Free! Register at wasatchpeakskids.org/classes.",
    "event date",
)

# 171
p(
    "es",
    "discharge",
    "¡Se va a casa! 🏠 Camila, de 4 años, pasó 3 semanas con nosotros después de su cirugía del corazón. Su "
    "abuelita Chayo, de 91 años, vino desde Jalisco para cuidarla todos los días. ¡Gracias, Chayo! 💕",
    [("NAME", "Camila"), ("NAME", "Chayo", "*"), ("AGE", "91")],
    note="paciente y abuela; edad de la abuela mayor de 89; Jalisco es un estado (no GEO)",
)

# 172
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: «Mi bebé estuvo 40 días en la UCIN y nunca me sentí sola.» 💜 Gracias a nuestras "
    "enfermeras bilingües por hacer que cada familia se sienta en casa.",
    "historia anónima",
)

# 173
p(
    "en",
    "thank_you",
    "Shout-out to 11-year-old Ledger Hatch, who shaved his head for his little sister Nova's cancer "
    "fundraiser and raised $8,240! 🪒💜 #NovaStrong",
    [("NAME", "Ledger Hatch"), ("NAME", "Nova"), ("NAME", "#NovaStrong")],
    note="patient's brother (relative) and the patient; name hashtag",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Why is it called the Apgar score? 🤔 Dr. Virginia Apgar created it in 1952, and it's still the first "
    "test every baby born here gets, at 1 and 5 minutes of life.",
    "eponymous score; historical figure",
)

# 175
p(
    "en",
    "pasted_record",
    "Transport log 0215: Life Flight from Moab → PICU bed 9. Pt Kyrie Begay, 8y, ATV rollover on Sand Flats "
    "Rd. Parent en route: Verna Begay, cell (435) 555-0162.",
    [
        ("GEO", "Moab"),
        ("OTHER_ID", "bed 9"),
        ("NAME", "Kyrie Begay"),
        ("GEO", "Sand Flats Rd"),
        ("NAME", "Verna Begay"),
        ("PHONE", "(435) 555-0162"),
    ],
    note="transport origin, bed, names, road of the crash, parent's cell",
)

# 176
n(
    "en",
    "crisis_update",
    "Our Ogden clinic is under a city boil-water notice today. Patients and families: bottled water is "
    "available at the front desk. Appointments are NOT affected. 💧",
    "operational update",
)

# 177
p(
    "en",
    "birth_announcement",
    "First baby of 2026! 🎆 Welcome, Penelope 'Nellie' Sagers, born at 12:00:41 am on New Year's Day to Jace "
    "and Whitney Sagers of Syracuse. (Utah, not New York 😄)",
    [
        ("NAME", "Penelope 'Nellie' Sagers"),
        ("DATE", "New Year's Day"),
        ("NAME", "Jace"),
        ("NAME", "Whitney Sagers"),
        ("GEO", "Syracuse"),
    ],
    note="baby with nickname, holiday birth date, parents, home town; bare year and states unlabelled",
)

# 178
n(
    "en",
    "staff_spotlight",
    "Spotlight on our Spanish-speaking doula team: Rocío, Liberty and Maka'ala supported more than 600 "
    "births this year. 💜 'Every mom deserves someone in her corner,' says Rocío.",
    "staff with word-names",
)

# 179
p(
    "en",
    "patient_story",
    "shoutout to the kiddos in rooms 301-306 for the best pioneer day wagon parade EVER 🐂 esp. Rm 304 "
    "(that's you, McKay!)",
    [("OTHER_ID", "Rm 304"), ("NAME", "McKay")],
    note="one named patient and his room; the room range is a group, pioneer day is the event",
)

# 180
n(
    "en",
    "research",
    "Congrats to our maternal-fetal medicine team on a $3.2M NIH grant to study preeclampsia in "
    "high-altitude pregnancies! Moms living above 7,000 ft (looking at you, Park City) will be invited to "
    "join.",
    "research; place is a population",
)

# 181
p(
    "en",
    "memorial",
    "In loving memory of Sterling Rowe, born still on 11/14 and held by his parents Tanner and Kyla for 3 "
    "precious hours. 🕊️ Today would have been his first birthday. We remember.",
    [("NAME", "Sterling Rowe"), ("DATE", "11/14"), ("NAME", "Tanner"), ("NAME", "Kyla")],
    note="stillborn baby's name and date, parents",
)

# 182
n(
    "en",
    "hospital_contact",
    "📞 Save these numbers: Main (801) 555-0100 • Nurse advice 24/7 (801) 555-0123 • Provo (801) 555-0158 • "
    "Ogden (801) 555-0167 • St. George (435) 555-0189. Emergency? Call 911.",
    "hospital numbers",
)

# 183
p(
    "en",
    "thank_you",
    '"Thank you for taking care of me when I broke my arm at the skate park. Dr. Lin is the best. -Kolby, '
    'age 8, American Fork" 🛹 This card is going on our wall, Kolby!',
    [("NAME", "Kolby", "*"), ("GEO", "American Fork")],
    note="child's card: name and town; doctor not PHI",
)

# 184
n(
    "en",
    "event",
    "Calling all NICU grads! 🎓 Our 25th annual summer reunion is Saturday, June 6 at Sugar House Park, "
    "Pavilion 3. Food trucks, bounce houses and a LOT of happy tears. RSVP: wpwch.org/reunion",
    "event date and venue",
)

# 185
p(
    "en",
    "public_figure",
    "Utah Senate President Roland Fisk brought his granddaughter Ivy in after a sledding crash on Christmas "
    "Day, then stayed to thank every nurse on the floor. 🎄 Ivy is doing great. (Shared with the Fisk "
    "family's permission.)",
    [("NAME", "Roland Fisk"), ("NAME", "Ivy", "*"), ("DATE", "Christmas Day"), ("NAME", "Fisk", 2)],
    note="public figure who is a patient's grandfather; patient and injury date",
)

# 186
n(
    "en",
    "public_figure",
    "Thank you to Mayor Erin Whitmore and the Salt Lake City Council for proclaiming May 6 'Wasatch Peaks "
    "Nurses Day'! 🎉 Our nurses deserve it every day.",
    "public figure; proclamation date",
)

# 187
p(
    "es",
    "pasted_record",
    "Nota de turno (NO PUBLICAR): habitación 2108, Luna Paredes, 3 años, ingresó 02/03 por neumonía. Mamá: "
    "Rosa Paredes, tel. 801-555-0186, habla solo español.",
    [
        ("OTHER_ID", "habitación 2108"),
        ("NAME", "Luna Paredes"),
        ("DATE", "02/03"),
        ("NAME", "Rosa Paredes"),
        ("PHONE", "801-555-0186"),
    ],
    note="nota interna: habitación, nombres, fecha de ingreso, teléfono",
)

# 188
n(
    "es",
    "event",
    "¡Feliz Día del Niño! 🎈 Este 30 de abril tendremos piñatas, música y regalos en el área de juegos del "
    "3er piso para todos nuestros pacientes. ¡Los hermanitos también están invitados!",
    "evento del hospital en una fecha festiva",
)

# 189
p(
    "en",
    "patient_story",
    "Kids say the darnedest things: when our nurse asked 5-year-old Navy what happened, she said 'I jumped "
    "off the fridge to see if I could fly.' 🦸‍♀️ Navy's cast is purple and she's very proud of it. (Her mom, "
    "Alexa, is less proud.)",
    [("NAME", "Navy", "*"), ("NAME", "Alexa")],
    note="word-name; mother's name",
)

# 190
n(
    "en",
    "anonymous_story",
    "Every winter someone asks if we see a lot of ski injuries. Yes. Last Saturday alone: 3 wrists, 2 "
    "collarbones, 1 knee and a very apologetic snowboarder who ran into his own dad. 😬",
    "anonymous tally",
)

# 191
p(
    "en",
    "patient_story",
    "Sage advice from Sage: 'Always wear your helmet.' 🪖 The 13-year-old from Sandy wiped out on a black "
    "diamond at Solitude on 2/8, and her helmet cracked instead of her skull. Home today!",
    [("NAME", "Sage", 2), ("GEO", "Sandy"), ("GEO", "Solitude"), ("DATE", "2/8")],
    note="first 'Sage' is the word (declared ok); home town, resort and date of the injury",
    ok=("Sage",),
)

# 192
n(
    "en",
    "statistic",
    "Helmets work: of the 1,200+ ski and snowboard head injuries our trauma team has treated since 2015, "
    "kids without helmets were 3x more likely to need ICU care. ⛑️",
    "statistics",
)

# 193
p(
    "en",
    "thank_you",
    "Dear Grandpa LaVell: your 9 grandkids told us you drove from Richfield every single day of baby "
    "Sawyer's NICU stay. 300 miles round trip × 41 days. 🚗 You're the real MVP.",
    [("NAME", "LaVell"), ("GEO", "Richfield"), ("NAME", "Sawyer")],
    note="patient's grandfather and his town; patient's name",
)

# 194
n(
    "en",
    "staff_spotlight",
    "Our chaplain, Elder Thomas Brimhall, turns 90 this week and still visits every unit on Sundays. 🎂 Happy "
    "birthday, Elder Brimhall, and thank you for 22 years of comfort.",
    "staff age over 89 is not PHI",
)

# 195
p(
    "en",
    "pasted_record",
    "ROOM BOARD (do not post): RM 5101 KNUDSEN B | RM 5103 FAKATOU S (isolation) | RM 5104 BLEAK T",
    [
        ("OTHER_ID", "RM 5101"),
        ("NAME", "KNUDSEN B"),
        ("OTHER_ID", "RM 5103"),
        ("NAME", "FAKATOU S"),
        ("OTHER_ID", "RM 5104"),
        ("NAME", "BLEAK T"),
    ],
    note="room board: rooms and ALL-CAPS surnames with initials",
)

# 196
n(
    "en",
    "health_tip",
    "Breastfeeding at altitude: moms in Park City, Heber and other mountain towns may notice babies get "
    "thirsty faster. Our lactation consultants are a call away at (801) 555-0123. 🤱",
    "tip; towns are populations",
)

# 197
p(
    "en",
    "birth_announcement",
    "Born in the car in Parleys Canyon at 4:12 am on 1/27!! 🚗👶 Welcome to the world, Aspen, and congrats to "
    "dad Kurt, who is now an honorary L&D nurse.",
    [("GEO", "Parleys Canyon"), ("DATE", "1/27"), ("NAME", "Aspen"), ("NAME", "Kurt")],
    note="place and date of birth; baby named like a place; father",
)

# 198
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can happen to kids too! Sudden one-sided facial droop? Go to the ER to rule out a stroke "
    "first. Most children recover fully within weeks. #BrainHealth",
    "eponymous condition",
)

# 199
p(
    "en",
    "patient_story",
    "Our centenarian cuddler is back! 💕 Great-great-grandma Edna had her own checkup at our women's clinic "
    "this week, then spent 2 hours rocking babies in the NICU. Edna, you inspire us all.",
    [("AGE", "centenarian"), ("NAME", "Edna", "*")],
    note="volunteer who is also a patient here: age word and name",
)

# 200
n(
    "en",
    "event",
    "Utah's centenarians are invited to our 'Wisdom & Wonder' storytelling night on Oct. 9! 📖 Local "
    "residents 100+ will share stories with our teen patients. Refreshments provided.",
    "population ages; event date",
)

# 201
p(
    "es",
    "thank_you",
    "¡Gracias, Pablito! 🎨 Pablo Rentería, de 7 años, pintó este mural en la sala de espera mientras esperaba "
    "su trasplante. En la foto, con su hermana Dulce y su mamá, doña Leticia. #PabloValiente",
    [
        ("NAME", "Pablito"),
        ("NAME", "Pablo Rentería"),
        ("PHOTO", "En la foto"),
        ("NAME", "Dulce"),
        ("NAME", "Leticia"),
        ("NAME", "#PabloValiente"),
    ],
    note="paciente, hermana y mamá; foto del paciente; hashtag con su nombre",
)

# 202
n(
    "es",
    "statistic",
    "Uno de cada 10 bebés en Utah nace prematuro. 💜 En nuestra UCIN, el 96% de los bebés nacidos después de "
    "las 28 semanas se van a casa sanos.",
    "estadística",
)

# 203
p(
    "en",
    "discharge",
    "Twin A & Twin B = Ryder & Ridge, and they're going home to Logan together! 🚗 Thank you to grandpa Boyd "
    "for the 2 matching car seats. #RyderAndRidge",
    [
        ("NAME", "Ryder"),
        ("NAME", "Ridge"),
        ("GEO", "Logan"),
        ("NAME", "Boyd"),
        ("NAME", "#RyderAndRidge"),
    ],
    note="twins and grandfather; home town; twins' hashtag",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Congrats to Logan Ashby, BSN, RN, on passing her CCRN exam! 🎉 Logan has been with our PICU for 6 years "
    "and precepts every new grad she can get her hands on.",
    "staff named like a town",
)

# 205
p(
    "en",
    "pasted_record",
    "Hi, pasting from the billing queue so we can discuss: 'Patient: JENSEN, BRAXTON L | Acct 40019-2277 | "
    "DOS 08/14–08/19 | Guarantor: JENSEN, CODY | Plan: Medicaid ID 0047731920'",
    [
        ("NAME", "JENSEN, BRAXTON L"),
        ("ACCOUNT", "40019-2277"),
        ("DATE", "08/14"),
        ("DATE", "08/19"),
        ("NAME", "JENSEN, CODY"),
        ("HEALTH_PLAN", "0047731920"),
    ],
    note="billing line: names, account, service date range as two dates, Medicaid id",
)

# 206
n(
    "en",
    "sponsor",
    "Huge thanks to Brigham's Burgers of Provo for donating 1,000 milkshakes to our staff and families "
    "during Nurses Week! 🍔🥤",
    "sponsor named after a person",
)

# 207
p(
    "en",
    "patient_story",
    "Rylee's grandma asked us to share her email so other families facing Wilms tumor can reach out: "
    "grandmabarb.ut@gmail.com 💙 Rylee finished treatment on 10/31 and says she's 'done with hospitals, no "
    "offense.'",
    [("NAME", "Rylee", "*"), ("EMAIL", "grandmabarb.ut@gmail.com"), ("DATE", "10/31")],
    note="patient's name, grandmother's e-mail, end-of-treatment date; Wilms is a condition",
)

# 208
n(
    "en",
    "health_tip",
    "Pediatric ER or urgent care? 🤔 Urgent care: ear pain, mild fevers, small cuts. ER: trouble breathing, "
    "seizures, serious injuries. Our urgent care at 455 N University Ave, Provo, is open until 10 pm.",
    "tip; hospital address",
)

# 209
p(
    "en",
    "milestone_birthday",
    "Double celebration on 4 South! 🎂🎂 Hazel and Hattie, our longest-staying twins (born 2/14 at 25 weeks), "
    "turned 1 today in the room they've called home all year: Rm 4410.",
    [("NAME", "Hazel"), ("NAME", "Hattie"), ("DATE", "2/14"), ("OTHER_ID", "Rm 4410")],
    note="twins' names, birth date, room",
)

# 210
n(
    "en",
    "anonymous_story",
    "To the family in the waiting room last night who bought pizza for every single person there: we don't "
    "know your names, but 23 tired families do. 🍕 Thank you.",
    "anonymous donors",
)

# 211
p(
    "en",
    "thank_you",
    "Our own environmental services tech, Manu Vaifale, spent 6 nights on the other side of the door when "
    "his daughter Mele was admitted to our PICU. He asked us to thank his coworkers for the meals and "
    "covered shifts. 🙏",
    [("NAME", "Manu Vaifale"), ("NAME", "Mele")],
    note="staff member who is a patient's father; the patient",
)

# 212
n(
    "en",
    "staff_spotlight",
    "Three generations of Wasatch Peaks nurses! 👩‍⚕️ RN Carol Dunn (retired, 91 this year), her daughter "
    "Janet and granddaughter Brynn all trained on our Mother-Baby unit.",
    "staff and staff family; age over 89 of a retired nurse",
)

# 213
p(
    "en",
    "pasted_record",
    "Device recall check: need to reach the family of Ezra Holt re: insulin pump SN PX7734102A. Home: 2255 E "
    "Canyon View Dr, Cottonwood Heights. Dad: Nate Holt.",
    [
        ("NAME", "Ezra Holt"),
        ("DEVICE", "PX7734102A"),
        ("GEO", "2255 E Canyon View Dr"),
        ("GEO", "Cottonwood Heights"),
        ("NAME", "Nate Holt"),
    ],
    note="device serial, home address, patient and father",
)

# 214
n(
    "en",
    "event",
    "Today, Feb. 14, is also Congenital Heart Defect Awareness Day ❤️ (CHD Awareness Week runs Feb. 7–14). "
    "About 1 in 100 babies is born with a heart defect. Our heart kids are the bravest valentines around.",
    "awareness day dates",
)

# 215
p(
    "en",
    "patient_story",
    "GAME DAY FOR #TEAMTRUETT 🏀 Truett, 10, beat a brain tumor and tonight he's the Jazz's honorary captain! "
    "Look for his mom Keeley and brothers Tanner & Bridger in the front row. Go Truett!! #TakeNote",
    [
        ("NAME", "#TEAMTRUETT"),
        ("NAME", "Truett", "*"),
        ("NAME", "Keeley"),
        ("NAME", "Tanner"),
        ("NAME", "Bridger"),
    ],
    note="ALL-CAPS name hashtag, patient, mother and brothers; #TakeNote is a team tag",
)

# 216
n(
    "en",
    "public_figure",
    "Olympic snowboarder Cassidy Rowe stopped by our rehab gym to share how she came back from two ACL "
    "tears. 🏂 Her message to our patients: 'Your comeback is coming.'",
    "public figure's own injuries; not our patient",
)

# 217
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Sterling Wade Nuttall, born the twenty-third of March at 8 lbs 11 oz! 👶 Proud "
    "parents Kelsey and Drew say big brother Boone is 'kind of okay with it.'",
    [
        ("NAME", "Sterling Wade Nuttall"),
        ("DATE", "twenty-third of March"),
        ("NAME", "Kelsey"),
        ("NAME", "Drew"),
        ("NAME", "Boone"),
    ],
    note="full name, birth date in words (without 'the'), parents and brother",
)

# 218
n(
    "en",
    "campaign_hashtag",
    "#WasatchWarriors isn't just for patients. It's for the 600+ service missionaries, ward youth and scout "
    "troops who volunteer with us every year. 💪 Thank you!",
    "campaign tag; volunteers",
)

# 219
p(
    "en",
    "discharge",
    "Ninety-four and fabulous! 💃 After a hip replacement at our women's orthopedic center, Mrs. Adelaide "
    "Fawson is headed home to Brigham City, where her 40 grandkids are planning a parade.",
    [("AGE", "Ninety-four"), ("NAME", "Adelaide Fawson"), ("GEO", "Brigham City")],
    note="age over 89 in words, name (without Mrs.), home town named after a historical figure",
)

# 220
n(
    "en",
    "eponymous_condition",
    "Sever's disease is a top cause of heel pain in active kids ages 8–14, especially soccer and basketball "
    "players. 🏀⚽ Rest, ice and good shoes usually fix it. Our sports clinic in Ogden can help.",
    "eponymous condition; population ages",
)

# 221
p(
    "en",
    "patient_story",
    "Firecracker 🎆 That's what the NICU nurses called Kimball, born at 26 weeks on the 4th of July. Now 3, "
    "he watches the fireworks from his dad's shoulders in Riverton. #Firecracker",
    [
        ("NAME", "Firecracker", 1),
        ("NAME", "Kimball"),
        ("DATE", "4th of July"),
        ("GEO", "Riverton"),
        ("NAME", "#Firecracker"),
    ],
    note="nickname and nickname hashtag, name, holiday birth date, home town",
)

# 222
n(
    "en",
    "event",
    "Fireworks safety for the 4th of July and Pioneer Day 🎆: last year our ER treated 41 fireworks burns "
    "between July 1 and July 25. Leave it to the pros, and keep a bucket of water handy.",
    "holidays and dates not tied to a patient",
)

# 223
p(
    "en",
    "thank_you",
    "💬 'My mom is 99 and delivered all 9 of us at the old hospital. This week she got to hold her first "
    "great-great-grandson, Crue, in your NICU. Thank you!' Thank YOU for sharing, and welcome, Crue! 💙",
    [("AGE", "99"), ("NAME", "Crue", "*")],
    note="quoted comment: the newborn's great-great-grandmother's age; baby's name",
)

# 224
n(
    "en",
    "staff_spotlight",
    "Our oldest volunteer, 96-year-old Reed Tolman, has greeted families at our main entrance every Monday "
    "since he retired from the railroad in 1994. 🚂 'Keeps me young,' he says. We agree, Reed!",
    "volunteer age over 89 is not PHI",
)

# 225
p(
    "es",
    "patient_story",
    "Ayer, Fernanda cumplió 15 años en la habitación 4302 🎀. Sus enfermeras le organizaron una quinceañera "
    "con vestido, pastel y vals con su papá, don Efraín. ¡Te queremos, Fer!",
    [("NAME", "Fernanda"), ("OTHER_ID", "habitación 4302"), ("NAME", "Efraín"), ("NAME", "Fer")],
    note="nombre, apodo, habitación y papá",
)

# 226
n(
    "es",
    "recruitment",
    "¿Eres enfermera bilingüe? 💙 Estamos contratando en Salt Lake City, Provo, Ogden y St. George. Bono de "
    "contratación y horarios flexibles. Más información: wasatchpeakskids.org/empleos",
    "reclutamiento",
)

# 227
p(
    "en",
    "pasted_record",
    "Visitor badge log: 'Grandparent: Dee Ann Huish, UT DL 184493027, visiting Zaylee Huish (Rm 3117)'",
    [
        ("NAME", "Dee Ann Huish"),
        ("LICENSE", "184493027"),
        ("NAME", "Zaylee Huish"),
        ("OTHER_ID", "Rm 3117"),
    ],
    note="grandparent's name and driver's licence; patient and room",
)

# 228
n(
    "en",
    "health_tip",
    "Car seat check! 🚗 Utah law requires kids to ride in a car seat or booster until age 8. Free inspections "
    "every Thursday in our Salt Lake City campus garage, 1200 E Wasatch Peaks Dr.",
    "tip; hospital address",
)

# 229
p(
    "en",
    "memorial",
    "Twenty years ago, on the night of 3 Feb., we lost 6-year-old Ammon Kartchner after a sledding accident "
    "in Millcreek. His parents, Gil and Marnae, have since funded 4,000 helmets for Utah kids. Ammon's "
    "Helmets live on. ⛑️",
    [
        ("DATE", "3 Feb."),
        ("NAME", "Ammon Kartchner"),
        ("GEO", "Millcreek"),
        ("NAME", "Gil"),
        ("NAME", "Marnae"),
        ("NAME", "Ammon", 2),
    ],
    note="date of death, name, town of the accident, parents; program named after the patient",
)

# 230
n(
    "en",
    "campaign_hashtag",
    "#HelmetsOnUtah 🪖: post a pic of your crew in helmets on the slopes, trails or skate park and tag us for "
    "a chance to win Jazz tickets! Rules at wasatchpeakskids.org/helmets.",
    "campaign",
)

# 231
p(
    "en",
    "patient_story",
    "Every kid has a story. Kaysen's is about a cabin stove, a 3rd-degree burn, and a 9-year-old who now "
    "teaches fire safety to his whole Cub Scout den in Kamas. 🔥 Proud of you, Kaysen!",
    [("NAME", "Kaysen", "*"), ("GEO", "Kamas")],
    note="name and home town",
)

# 232
n(
    "en",
    "statistic",
    "ATV and side-by-side crashes are one of the top reasons teens land in our ER every summer. Helmets on, "
    "and no passengers on single-rider machines, please. 🏍️",
    "statistic",
)

# 233
p(
    "en",
    "discharge",
    "Replying to Tammy (Brody's mom): so happy to hear he made it home to Layton safe! 😊 For his follow-up, "
    "the clinic will call the number you gave us (801-555-0154), or you can call our Ogden clinic at (801) "
    "555-0167.",
    [("NAME", "Tammy"), ("NAME", "Brody"), ("GEO", "Layton"), ("PHONE", "801-555-0154")],
    note="mother and patient, home town, family phone; clinic number unlabelled",
)

# 234
n(
    "en",
    "hospital_contact",
    "Lost & found: a pink Jazz hoodie and a stuffed moose were left in the Provo clinic lobby this week. "
    "Call (801) 555-0158 to claim them! 🫎",
    "no patient",
)

# 235
p(
    "en",
    "birth_announcement",
    "Baby Story is here! 📖 Story Jean Ashworth arrived 7 weeks early on 5/5 (Cinco de Mayo!), fitting for "
    "the daughter of two librarians. She's already the star of the NICU's story hour. 💛",
    [
        ("NAME", "Story", 1),
        ("NAME", "Story Jean Ashworth"),
        ("DATE", "5/5"),
        ("DATE", "Cinco de Mayo"),
    ],
    note="word-name; birth date named twice",
)

# 236
n(
    "en",
    "event",
    "Cinco de Mayo fiesta in our Ogden clinic lobby! 🎉 Mon 5/5, 11–2: tacos, mariachi and free "
    "blood-pressure checks for moms-to-be.",
    "event date",
)

# 237
p(
    "en",
    "pasted_record",
    "Quick q for IT: encounter 7702291854 for Jaxtyn Quarnberg won't merge with MRN 00831577. DOB on file "
    "01/30 vs 01/03. Mom (Shaylee) says 01/30 is right.",
    [
        ("OTHER_ID", "7702291854"),
        ("NAME", "Jaxtyn Quarnberg"),
        ("MRN", "00831577"),
        ("DATE", "01/30", "*"),
        ("DATE", "01/03"),
        ("NAME", "Shaylee"),
    ],
    note="encounter number, name, MRN, both DOBs, mother",
)

# 238
n(
    "en",
    "anonymous_story",
    "A big brother (age 6) asked our nurses if his new baby sister could 'come with a remote control.' 📺 "
    "Sadly, no. But she does come with 4 older siblings who already adore her.",
    "anonymous",
)

# 239
p(
    "en",
    "thank_you",
    "THANK YOU TO THE WHOLE HANSEN CLAN 🙌 who decorated every NICU door for Christmas in honor of their "
    "twins Bo and Belle, NICU grads of 2019! Belle says hi 👋",
    [("NAME", "HANSEN"), ("NAME", "Bo"), ("NAME", "Belle", "*")],
    note="family surname in caps and former patients' names; Christmas is not their event",
)

# 240
n(
    "en",
    "statistic",
    "2025 recap 💙: 6,500+ babies born, 1,100+ NICU grads, 2,700 ski & sledding injuries treated, and 0 days "
    "without a Jazz game on the TV in the PICU lounge. Thank you, Utah!",
    "statistics",
)

if __name__ == "__main__":
    S.main("phi_dev28_source")
