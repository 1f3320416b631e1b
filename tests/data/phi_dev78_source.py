"""Blind development set d78 for the PHI scanner: tests/data/phi_dev78.jsonl.

Organisation: Millbach Creek Health System (phi_dev78_org.json), a fictional rural
health system with three sites: Millbach Creek Medical Center at 2400 Millbach Creek
Road, Leola (Lancaster County; ED, birthing center, Plain-community genetics clinic),
Laurel Furnace Community Hospital at 118 Furnace Hill Road, Johnstown (western
Pennsylvania steel and coal country), and the Kennett Square Community Clinic at
36 Mill Race Lane (Spanish-language care for mushroom-farm workers). Its seven
555-01xx numbers, three domains (millbachcreek.org, lfchospital.org,
mchsfoundation.org), three handles and the town names used for its campuses are never
PHI.
Focus: Amish and Mennonite families of Lancaster County (Stoltzfus, Beiler, King,
Fisher, Zook, Yoder, Esh, Lapp, Riehl, Smoker, Good, Glick...; shared first names told
apart by a father's or husband's name, "Amos's Sarah", "Dan's Katie", and by-names such
as "Cabbage Sam" or "Red Levi"); Italian, Polish and Slovak steel-town families of
western Pennsylvania; veterans; centenarians and long-married couples; farm accidents,
barn-raisings, weddings and anniversaries; Latino mushroom-farm workers writing in
Spanish.
Hard cases: ages over 89 as digits, words, ordinals, "turned 100", "nonagenarian", "in
his 90s", "in her 97th year", "92yo", "97-yr-old", "one hundred and two", ages of
relatives; person-tied dates as 9/2, 1/11/25, 11.03.2025, 02.02, 14-Jun-1941, "July the
twenty-second", "the 2nd of January", "the 27th", "3/ago", "primero de mayo", and feast
days (Second Christmas, Old Christmas, Ascension Day, Pascha, Theophany, Wigilia,
Nochebuena, Día de Muertos); names that are words or places (Christ, Good, Smoker,
Storm, Joy, Hope, Faith, Paris, Florence, Milan, Chester, Socorro, Amparo, Luz, Dulce),
names in lower case and ALL CAPS, initials, nicknames, plural family names, name
hashtags; pasted chart lines, bed boards, portal messages, fax sheets and bot replies
with MRNs, phones, e-mails, account, plan, device, licence, plate and IP values; patient
employers; towns such as Paradise, Intercourse, Blue Ball, Gap, Denver and Berlin.
Hard negatives: staff, doctors, donors and volunteers aged 90 to 101 (with their
birthdays and hashtags), staff sharing Plain surnames, staff members' own relatives,
donor and sponsor families, public and historical figures (Fred Rogers, Milton Hershey,
Roberto Clemente, Jonas Salk, César Chávez...), eponymous conditions (Crigler-Najjar,
Ellis-van Creveld, Lou Gehrig's, Chagas, Lyme), event dates and awareness days,
population ages ("adults over 90", "centenarians"), statistics, anonymous stories with
ages of 89 and under, campaign hashtags, the hospital's own phones, addresses, domains
and handles.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Amish identification by a father's or husband's name ("Amos's Sarah", "Dan's Katie",
  "Sylvan's Mary"): both first names are NAME, as separate spans (the father or husband
  is a patient's relative); the possessive 's is excluded.
- By-names that are the person's usual name ("Cabbage Sam", "Red Levi", "Sugarcreek
  Jonas", "BIG JOHN") are one NAME span including the descriptive word; the rule's
  descriptive words (little, baby, la pequeña) stay outside the span.
- Kinship and endearment words (Mammi, Dawdi, mamm, Nonna, Babcia, Baba, Pap, grandma,
  Aunt) are not part of a NAME span and are not NAME alone.
- A quoted nickname inside a full name is one span ('Stanley "Stosh" Kowalczyk',
  "jesús 'chuy' ramírez"); a quoted nickname standing before a surname alone ('"Tank"
  Hornyak') gives two spans without the quotes; 'el güero' gives "güero".
- Plural family names are NAME as written ("the Zooks" -> "Zooks", "four Katie
  Stoltzfuses", "Two Amos Kings"). A misspelling of the patient's name in a correction
  ("not Caleb") is NAME too.
- The patient's own employer, current or former, including his own business, is NAME
  ("Sunny Slope Mushrooms", "Edgar Thomson", "Gensler's TV Repair"); the employer of a
  relative (a newborn's father's farm) is not labelled.
- AGE: "in his 90s" -> "90s"; "in her 97th year" -> "97th"; "92yo", "97-yr-old",
  "102-year-old" as one token; number words as written, even over several words
  ("one hundred and two", "ninety-one"). Ages over 89 of a patient's relatives are AGE.
- DATE: dates of family events tied to the patient (a daughter's wedding, the couple's
  wedding day, the barn-raising where he fell, a month he was back on a roof) and
  appointment / date-of-service dates are DATE. A weekday before a date is left out
  ("Tuesday, January 7" -> "January 7"); qualifiers are left out ("early September" ->
  "September"). Feast days of every tradition on which the patient's event fell are
  DATE (Old Christmas, Second Christmas, Ascension Day, Pascha, Theophany, Wigilia, St.
  Stanislaus Day, Día del Niño, Polish Constitution Day), and "valentine's baby" labels
  "valentine's"; a plain "Happy New Year" greeting is not a date.
- GEO: the place where the patient's accident or injury happened (the fair's town, the
  road, Bastogne, Huế), birthplaces, relatives' towns, the town of the patient's shop or
  workplace, the town of a memorial rosary. The hospital's campus towns used as the
  hospital's name ("our Kennett Square clinic", "the Leola maternity team") are not
  GEO; countries and states (Guanajuato, Michoacán, Ohio) are not.
- "SSN ending 4471" is SSN; a Medicare or Medicaid number is HEALTH_PLAN; a wristband
  number is OTHER_ID; ED bays ("bay 3", "Bay 6") are bed numbers, OTHER_ID with the
  keyword; a bare room number without a keyword in a bed list is not labelled.
- A donor introduced as a patient's relative (the great-grandmother of a NICU graduate)
  is labelled; a staff member's own grandmother is not. Saints in feast-day names and
  the names of churches and schools are not NAME.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev78.jsonl"), os.path.join(HERE, "phi_dev78_org.json"), "d78")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When the hay wagon tipped on Amos Stoltzfus's farm outside Gordonville on August 14, his daughter Sarah was pinned for almost twenty minutes. Amos's Sarah (that's how everyone on Belmont Road knows her) came to us by helicopter, spent 19 days in our PICU, and walked out on her own two feet on 9/2. The whole church district turned out to bring her home. Thank you, Stoltzfus family, for letting us share. #SarahStrong",
    [
        ("NAME", "Amos Stoltzfus", 1),
        ("NAME", "Amos", "*"),
        ("NAME", "Stoltzfus", "*"),
        ("NAME", "Sarah", "*"),
        ("GEO", "Gordonville"),
        ("GEO", "Belmont Road"),
        ("DATE", "August 14"),
        ("DATE", "9/2"),
        ("NAME", "#SarahStrong"),
    ],
    note="farm accident; 'Amos's Sarah' gives the father's and the daughter's names as two spans; home road and town are GEO",
)

# 2
n(
    "en",
    "staff_spotlight",
    "94 years young and still here every Tuesday 🧶 our Auxiliary volunteer Miriam Zook has knit 3,100 preemie caps since 1987. happy birthday Miriam!! #MillbachCreekProud",
    "a volunteer's name, age and birthday are not patient identifiers",
)

# 3
p(
    "en",
    "pasted_record",
    "Great turnout at the flu clinic today! KING, CHRIST E  DOB 03/11/1957  MRN 7730416  Rm 312-A  ph 717-555-0134  dx: CAP  -- oops wrong paste, sorry all",
    [
        ("NAME", "KING, CHRIST E"),
        ("DATE", "03/11/1957"),
        ("MRN", "7730416"),
        ("OTHER_ID", "Rm 312-A"),
        ("PHONE", "717-555-0134"),
    ],
    note="chart line pasted into an event post; 'Christ' is an Amish first name",
)

# 4
n(
    "en",
    "eponymous_condition",
    "Maple syrup urine disease isn't eponymous, but Crigler-Najjar syndrome is: named for John Crigler and Victor Najjar, who described it in 1952. Both are more common in Plain communities here in Lancaster County. Free carrier screening info: millbachcreek.org/genetics",
    "eponyms and the physicians they are named for; a county as a population; the hospital's domain",
)

# 5
p(
    "es",
    "patient_story",
    "Don Rosendo Ávila lleva 22 años cosechando hongos en Toughkenamon. El 3 de febrero se cortó la mano con una cuchilla y llegó a urgencias envuelto en la chaqueta de su compadre. Hoy, gracias a la terapia, ya puede cargar otra vez a su nieta Yaretzi. ¡Fuerza, don Rosendo! #FuerzaRosendo",
    [
        ("NAME", "Rosendo Ávila"),
        ("NAME", "Rosendo", "*"),
        ("GEO", "Toughkenamon"),
        ("DATE", "3 de febrero"),
        ("NAME", "Yaretzi"),
        ("NAME", "#FuerzaRosendo"),
    ],
    note="'don' is an honorific outside the span; '22 años' is years of work, not an age",
)

# 6
n(
    "en",
    "milestone_birthday",
    "Happy 101st birthday to Harold Brubaker, who gave the land for our Leola campus in 1962 and still sends a card to every nurse at Christmas. The Brubaker Family Pavilion opened 40 years ago this week. Cake in the lobby at 2 p.m., 2400 Millbach Creek Road. Everyone welcome!",
    "a donor's age over 89 and birthday; a building named for a family; the hospital's address",
)

# 7
p(
    "en",
    "milestone_birthday",
    "she's 100!!! 🎂 happy birthday to Fannie Beiler of Bird-in-Hand, born Feb. 29 and finally old enough for her 25th real birthday 😂 the nurses on 2 West sang in Deitsch. #Fannie100",
    [
        ("AGE", "100"),
        ("NAME", "Fannie Beiler"),
        ("GEO", "Bird-in-Hand"),
        ("DATE", "Feb. 29"),
        ("NAME", "#Fannie100"),
    ],
    note="leap-day birthday; '25th real birthday' is not an age; 2 West is a unit",
)

# 8
n(
    "en",
    "crisis_update",
    "Flood update 6:40 a.m.: Route 340 is closed between Intercourse and White Horse. Our Leola ED remains open; if you can't reach us call (717) 555-0142. Buggy travel is NOT safe this morning. Shelter at the Pequea fire hall.",
    "road closures and shelters for the public, the hospital's ED number; no patient",
)

# 9
p(
    "en",
    "memorial",
    'We lost a legend this week. Stanley "Stosh" Kowalczyk, 96, ran the open hearth at the mill for 31 years and then spent 20 more telling our nurses how to do their jobs. He was born in Johnstown on the Fourth of July and passed on 11/19 holding the hand of his wife of 71 years, Jadwiga. Sto lat, Stosh. Eternal memory. #StoshForever',
    [
        ("NAME", 'Stanley "Stosh" Kowalczyk'),
        ("NAME", "Stosh", "*"),
        ("AGE", "96"),
        ("GEO", "Johnstown"),
        ("DATE", "Fourth of July"),
        ("DATE", "11/19"),
        ("NAME", "Jadwiga"),
        ("NAME", "#StoshForever"),
    ],
    note="birthday on a holiday is DATE; '71 years' of marriage is not an age",
)

# 10
n(
    "en",
    "public_figure",
    'Mister Rogers was born in Latrobe on March 20, 1928. This week our child life team is reading his books in every pediatric room at Laurel Furnace. "Look for the helpers." #MillbachCreekKids',
    "a public figure's birth date and town",
)

# 11
p(
    "en",
    "thank_you",
    "@kathy_zielinski Thank you for the kind words about your mom! We're so glad Helen is home in Monessen and back to her pierogi. Tell her the 4th floor says cześć 💛",
    [
        ("OTHER_ID", "@kathy_zielinski"),
        ("NAME", "Helen"),
        ("GEO", "Monessen"),
    ],
    note="reply to a patient's daughter: her handle is OTHER_ID",
)

# 12
n(
    "es",
    "health_tip",
    "🍄 Trabajadores de los hongos: el compost caliente y la humedad pueden causar golpe de calor. Tomen agua cada 20 minutos, usen guantes con la cuchilla y, si alguien se marea, llamen al 911. ¿Dudas? Línea en español: (717) 555-0163.",
    "safety advice; 911 and the hospital's Spanish line",
)

# 13
p(
    "en",
    "patient_story",
    "update on little jakey esh from paradise: off the vent as of 10/28!! his mammi has been at the bedside since the silo accident on the 9th 🙏 keep praying #PrayForJakey",
    [
        ("NAME", "jakey esh"),
        ("GEO", "paradise"),
        ("DATE", "10/28"),
        ("DATE", "9th"),
        ("NAME", "#PrayForJakey"),
    ],
    note="lower-case name and town (Paradise, PA); 'little' and 'mammi' are not part of a name; day of the month alone is DATE",
)

# 14
n(
    "en",
    "statistic",
    "Lancaster County has one of the largest Amish populations in the world, and 1 in 4 of our births at Millbach Creek last year were home-to-hospital transfers from Plain families. Residents 90 and older made up 7% of our inpatient days. #RuralHealthMatters",
    "population statistics and a population age",
)

# 15
p(
    "en",
    "pasted_record",
    "3W census for huddle: rm 301 YODER, ELI 92yo M fall | rm 302 FISHER, SADIE 89yo F CHF | rm 304 HUDAK, ZUZANA 101yo F PNA | rm 306 empty. Family for 304 is grandson Marek (412-555-0157), please call before 10.",
    [
        ("OTHER_ID", "rm 301"),
        ("NAME", "YODER, ELI"),
        ("AGE", "92yo"),
        ("OTHER_ID", "rm 302"),
        ("NAME", "FISHER, SADIE"),
        ("OTHER_ID", "rm 304"),
        ("NAME", "HUDAK, ZUZANA"),
        ("AGE", "101yo"),
        ("NAME", "Marek"),
        ("PHONE", "412-555-0157"),
    ],
    note="bed list; 89yo is not labelled; the empty room and the bare '304' are not identifiers",
)

# 16
n(
    "en",
    "event",
    "Barn-raising for the new Millbach Creek birthing center in Gap! Saturday, May 17, 7 a.m. Amish and English volunteers welcome; lunch by the Salisbury Mennonite Women. Sign up: volunteer@millbachcreek.org or (717) 555-0178.",
    "a hospital event date and venue; the hospital's e-mail domain and volunteer line",
)

# 17
p(
    "en",
    "milestone_birthday",
    "Seventy-five years ago, on a snowy November 28, Joseph and Carmela DeLuca were married at St. Rocco's in Aliquippa. This week they celebrated their anniversary in room 418 at Laurel Furnace, because Joe's new hip wasn't going to stop them. He's 98, she's \"only\" 95. Nurse Dana brought the cannoli. 💕",
    [
        ("DATE", "November 28"),
        ("NAME", "Joseph"),
        ("NAME", "Carmela DeLuca"),
        ("GEO", "Aliquippa"),
        ("OTHER_ID", "room 418"),
        ("NAME", "Joe"),
        ("AGE", "98"),
        ("AGE", "95"),
    ],
    note="wedding date of the patient is DATE; the wife's age over 89 is a relative's AGE; nurse Dana is staff",
)

# 18
n(
    "en",
    "anonymous_story",
    "A dairy farmer in his 60s came in after a bull pinned him against a gate. He asked us not to share his name, so we won't, but he wants every farmer reading this to know: never work cattle alone. #FarmSafety",
    "nameless story; an age in the 60s is not an identifier",
)

# 19
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe Itzel! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 4:10 a.m., hija de Marisol y Efraín Cortés de Avondale. Su papá trabaja en el turno de noche en Kaolin Ridge Mushrooms y llegó justo a tiempo. 💚",
    [
        ("NAME", "Guadalupe Itzel"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Marisol"),
        ("NAME", "Efraín Cortés"),
        ("GEO", "Avondale"),
    ],
    note="the same day named twice, both DATE; the father's employer is a relative's employer and is not labelled; the hour is not a date",
)

# 20
n(
    "en",
    "recruitment",
    "We're hiring RNs for our Laurel Furnace campus in Johnstown! Sign-on bonus, tuition help, and a team that includes Ruth Ann Yoder, RN, who just celebrated 50 years at the bedside. Apply at careers.millbachcreek.org or call (814) 555-0111.",
    "a staff nurse's name; the hospital's campus, domain and phone",
)

# 21
p(
    "en",
    "discharge",
    "GOING HOME!! after 41 days, ELAM KING is headed back to the farm in Kinzers 🐄🚜 discharged 1/17, walking with a cane and grinning. his wife Lizzie says the cows missed him more than she did 😂 #ElamKingStrong",
    [
        ("NAME", "ELAM KING"),
        ("GEO", "Kinzers"),
        ("DATE", "1/17"),
        ("NAME", "Lizzie"),
        ("NAME", "#ElamKingStrong"),
    ],
    note="ALL-CAPS name; 'after 41 days' is a duration",
)

# 22
n(
    "en",
    "health_tip",
    "Buggy safety tip: a reflective SMV triangle and two LED lights cut nighttime crashes by more than half. Our trauma team saw 38 buggy crashes on Route 30 and Route 340 last year. Drivers: slow down, pass wide. #ShareTheRoad",
    "roads named in a statistic, not the road of a patient's crash",
)

# 23
p(
    "en",
    "pasted_record",
    "Re: follow-up for Mrs. Weaver — pls send the wound photos to her son at mervin.weaver.farm@gmail.com, not the clinic inbox. MRN 4409127. Next appt 2/6 at 9:15.",
    [
        ("NAME", "Weaver"),
        ("EMAIL", "mervin.weaver.farm@gmail.com"),
        ("MRN", "4409127"),
        ("DATE", "2/6"),
    ],
    note="an appointment date is tied to the patient; 'wound photos' are not an attached photo",
)

# 24
n(
    "en",
    "campaign_hashtag",
    "#MillbachCreekStrong #PlainAndSimpleCare #SaludSinFronteras: thank you to everyone who shared our flood relief posts this week. Donations: mchsfoundation.org or (814) 555-0129.",
    "campaign hashtags; the foundation's domain and phone",
)

# 25
p(
    "en",
    "memorial",
    "Ammon's Annie Fisher of Strasburg went home to be with the Lord on Ascension Day, May 29, at the age of 94, surrounded by her 11 children, 73 grandchildren and 102 great-grandchildren. We were honored to care for her these last weeks on 2 West. She was the one who taught half our maternity nurses how to bathe a newborn in a dishpan. Our sympathy to Ammon and the family.",
    [
        ("NAME", "Ammon", "*"),
        ("NAME", "Annie Fisher"),
        ("GEO", "Strasburg"),
        ("DATE", "Ascension Day"),
        ("DATE", "May 29"),
        ("AGE", "94"),
    ],
    note="'Ammon's Annie': the husband's name is NAME; the feast day and the date name the same day; '102 great-grandchildren' is a count",
)

# 26
n(
    "en",
    "sponsor",
    "Thank you to Zook's Produce Auction and the Beiler Family Charitable Trust for sponsoring Saturday's mobile mammography clinic in New Holland. 212 women screened, many for the first time!",
    "sponsors named for families; an event town; a count of anonymous patients",
)

# 27
p(
    "en",
    "patient_story",
    "Sgt. Walter Pristash, 99, came ashore in France in 1944 and came home to Windber to work the mines. Yesterday our Honor Flight team pinned a quilt on him in Rm 207 while his daughter Marlene read his letters home. His birthday is Veterans Day. Of course it is. 🇺🇸 #WalterAt99",
    [
        ("NAME", "Walter Pristash"),
        ("AGE", "99"),
        ("GEO", "Windber"),
        ("OTHER_ID", "Rm 207"),
        ("NAME", "Marlene"),
        ("DATE", "Veterans Day"),
        ("NAME", "#WalterAt99"),
    ],
    note="a birthday on a holiday is DATE; a country and a bare year are not labelled",
)

# 28
n(
    "es",
    "event",
    "📢 Feria de salud para trabajadores agrícolas: domingo 8 de junio, 10 a 2, en el salón de la iglesia de Avondale. Vacunas, presión arterial, exámenes de vista y consulado móvil. Gratis. Info: @MCHS_Salud",
    "an event date and venue; the hospital's handle",
)

# 29
p(
    "en",
    "patient_story",
    'THE BIG GUY IS BACK 💪 "Tank" Hornyak walked the length of the cardiac rehab gym today, 4 weeks after his bypass on 3/3. Tank, the Ambridge VFW already has your stool saved. (Pictured: Tank and his grandkids Ava & Mikey.)',
    [
        ("NAME", "Tank", "*"),
        ("NAME", "Hornyak"),
        ("DATE", "3/3"),
        ("GEO", "Ambridge"),
        ("PHOTO", "Pictured"),
        ("NAME", "Ava"),
        ("NAME", "Mikey"),
    ],
    note="quoted nickname before a surname: two spans without quotes; the photo shows the patient",
)

# 30
n(
    "en",
    "public_figure",
    "Arnold Palmer learned the game on his father's course in Latrobe and never forgot his hometown. This Saturday, 40 golfers tee off at Latrobe Country Club for our Laurel Furnace pediatric fund. 9 a.m. shotgun start.",
    "a public figure and his hometown; an event venue",
)

# 31
p(
    "en",
    "pasted_record",
    '[Portal msg] From: rebeccalapp1962@yahoo.com | Pt: Lapp, Ezra | DOB: 14-Jun-1941 | MRN: MC-0086213 | "Dad\'s incision is red again since Sunday, can someone call me at 717.555.0147?"',
    [
        ("EMAIL", "rebeccalapp1962@yahoo.com"),
        ("NAME", "Lapp, Ezra"),
        ("DATE", "14-Jun-1941"),
        ("MRN", "MC-0086213"),
        ("PHONE", "717.555.0147"),
    ],
    note="portal message pasted by mistake; the daughter's e-mail and phone",
)

# 32
n(
    "en",
    "staff_spotlight",
    "Dr. Isaac Glick, 91, delivered more than 6,000 babies in Plain homes across eastern Lancaster County between 1958 and 1996, often by lantern. He stopped by the birthing center today to meet the nurses who keep his kerosene lamp on display. Living history! 🏮",
    "a physician's name and age over 89; anonymous births",
)

# 33
p(
    "en",
    "birth_announcement",
    "Baby boom on the farm! Congratulations to Benuel and Naomi Smoker of Narvon on the arrival of twins Levi and Lydia, born 11/30 and 12/1, eleven minutes apart on either side of midnight. That's two birthdays, one cake.",
    [
        ("NAME", "Benuel"),
        ("NAME", "Naomi Smoker"),
        ("GEO", "Narvon"),
        ("NAME", "Levi"),
        ("NAME", "Lydia"),
        ("DATE", "11/30"),
        ("DATE", "12/1"),
    ],
    note="Smoker is an Amish surname that is also a word",
)

# 34
n(
    "es",
    "statistic",
    "Más del 60% de los hongos de Estados Unidos se cultivan en el condado de Chester. En 2024 atendimos 1,140 lesiones laborales de la industria, la mayoría cortes y caídas. La prevención funciona: #SaludEnElTrabajo",
    "statistics about a county's industry; campaign hashtag",
)

# 35
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles would set off the smoke alarm, so we went with one big one. Happy birthday, Mrs. Agnes Sabatino! Born in Donora on the ninth of April, Agnes still makes the best pizzelle on the 5th floor. Her son Vincent drove in from Erie for the party.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Agnes Sabatino"),
        ("NAME", "Agnes", "*"),
        ("GEO", "Donora"),
        ("DATE", "ninth of April"),
        ("NAME", "Vincent"),
        ("GEO", "Erie"),
    ],
    note="age in words; the son's home town is a relative's GEO",
)

# 36
n(
    "en",
    "eponymous_condition",
    "Ellis-van Creveld syndrome, first described by Richard Ellis and Simon van Creveld in 1940, was traced to a single Amish couple who arrived in Lancaster County in the 1700s. Our genetics clinic offers free testing every first Thursday. Questions? (717) 555-0100.",
    "an eponym, its physicians, an anonymous historical couple",
)

# 37
p(
    "en",
    "thank_you",
    "From the Kostelnik family: Our Baba, Olga Kostelnik, was admitted on Pascha (Orthodox Easter) with a broken hip, and her 3 West nurses made sure she got her paska and blessed eggs anyway. If any of the nurses want the recipe, call us at 724-555-0183, she insists. Christos voskrese!",
    [
        ("NAME", "Olga Kostelnik"),
        ("NAME", "Kostelnik", "*"),
        ("DATE", "Pascha"),
        ("DATE", "Orthodox Easter"),
        ("PHONE", "724-555-0183"),
    ],
    note="admission day named twice; 'Baba' is a kinship word",
)

# 38
n(
    "en",
    "anonymous_story",
    "Last night a buggy horse spooked and the driver, a young mother, walked into our ED carrying her baby and holding her own broken wrist together. Both are fine. She asked for nothing but a phone to call the neighbors. Strength looks like that.",
    "nameless story with no place, date or age",
)

# 39
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Socorro Hernández Villagómez, de 91 años, originaria de Moroleón, Guanajuato, quien falleció el pasado 2 de noviembre, Día de Muertos, rodeada de sus hijas. Cosechó hongos en Kennett Square durante 30 años. Descanse en paz, doña Socorro.",
    [
        ("NAME", "Socorro Hernández Villagómez"),
        ("NAME", "Socorro", "*"),
        ("AGE", "91"),
        ("GEO", "Moroleón"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Kennett Square"),
    ],
    note="'Socorro' is also a word; a Mexican state is not GEO; where she worked is GEO",
)

# 40
n(
    "en",
    "hospital_contact",
    "Reminder: our Laurel Furnace Community Hospital main line is (814) 555-0111 and billing questions go to billing@lfchospital.org. We're at 118 Furnace Hill Road, Johnstown. We never ask for payment by text. 🚫📱",
    "the hospital's phone, e-mail domain and address",
)

# 41
p(
    "en",
    "patient_story",
    'A 102-year-old great-great-grandmother from Quarryville got her first-ever pair of hearing aids in our audiology clinic Tuesday. Her first words after the fitting: "Well, the birds are louder than I thought."',
    [("AGE", "102-year-old"), ("GEO", "Quarryville")],
    note="unnamed patient, but an age over 89 and her home town",
)

# 42
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Esther Hoover, turns 100 on Sunday! Esther started folding linens at the Leola hospital in 1961 and still comes in on the Red Rose Transit bus every Wednesday. Stop by the gift shop to sign her card. #Esther100",
    "a volunteer's age, birthday and name hashtag",
)

# 43
p(
    "en",
    "pasted_record",
    'lol who left this on the shared screen 🙈 "TRIAGE 02:14 PT: ZOOK, MALINDA S. (Mrs. Christian Zook) DOB 9/4/32 MRN 01957733 C/O fall from hayloft, husband Christian at bedside, ph (717) 555-0126"',
    [
        ("NAME", "ZOOK, MALINDA S."),
        ("NAME", "Christian Zook"),
        ("NAME", "Christian", "*"),
        ("DATE", "9/4/32"),
        ("MRN", "01957733"),
        ("PHONE", "(717) 555-0126"),
    ],
    note="triage line; the wife identified by her husband's name as 'Mrs. Christian Zook'",
)

# 44
n(
    "en",
    "research",
    "New from our Plain Community Genetics team: a study of 1,200 Old Order Amish adults, including 140 aged 90 and older, looked at a SERPINE1 variant that earlier work linked to longer life. Participants are anonymous; results this month. #Research",
    "research on an anonymous population; population ages",
)

# 45
p(
    "en",
    "discharge",
    "After 63 days in our ICU, Milan Dubovsky is going home to Portage today! Milan was hurt in a mine roof collapse on St. Nicholas Day (Dec. 6) and our team wasn't sure he'd pull through. He did. His wife Vlasta baked kolache for every shift. Ďakujem, Milan, for fighting. #MilanStrong",
    [
        ("NAME", "Milan Dubovsky"),
        ("NAME", "Milan", "*"),
        ("GEO", "Portage"),
        ("DATE", "St. Nicholas Day"),
        ("DATE", "Dec. 6"),
        ("NAME", "Vlasta"),
        ("NAME", "#MilanStrong"),
    ],
    note="Milan is a name that is also a city; injury day named twice",
)

# 46
n(
    "en",
    "crisis_update",
    "Power is back at the Kennett Square clinic, 36 Mill Race Lane. All refrigerated vaccines were moved safely to Leola overnight. Today's appointments are on as scheduled; questions (717) 555-0163 (español) or (717) 555-0100.",
    "the hospital's clinic address and phones",
)

# 47
p(
    "en",
    "patient_story",
    "shoutout to @yoder_boys_mx for sharing their dad's story 🙌 Jonas Yoder (Sugarcreek Jonas to everyone at the sale barn) got his new knee 5/5 & was back at the auction 5/19 lol don't tell his PT",
    [
        ("OTHER_ID", "@yoder_boys_mx"),
        ("NAME", "Jonas Yoder"),
        ("NAME", "Sugarcreek Jonas"),
        ("DATE", "5/5"),
        ("DATE", "5/19"),
    ],
    note="the sons' handle is OTHER_ID; the by-name built on a town is one NAME span",
)

# 48
n(
    "en",
    "thank_you",
    "A huge thank-you to EMT Daniel Stoltzfus and the New Holland Ambulance crew, who delivered a baby in the back of their rig during Monday's ice storm. Mom and baby are doing great and asked to stay private. Daniel, you're a legend. 👏",
    "an EMT's name; an anonymous birth",
)

# 49
p(
    "es",
    "discharge",
    "ya se va a casa chuy!! 🎉 después de 3 semanas por la quemadura en la planta de compost, jesús 'chuy' ramírez sale hoy. su esposa lupita nos trajo tamales a todo el piso. gracias a ti chuy 💚 #FuerzaChuy",
    [
        ("NAME", "jesús 'chuy' ramírez"),
        ("NAME", "chuy", "*"),
        ("NAME", "lupita"),
        ("NAME", "#FuerzaChuy"),
    ],
    note="lower-case names; quoted nickname inside the full name is one span",
)

# 50
n(
    "en",
    "event",
    "National Farm Safety and Health Week starts today, and September 21 is our Grain Bin Rescue demo at the Ephrata Fairgrounds. Come see how fast a grain bin can trap an adult (hint: 4 seconds).",
    "an awareness week and an event date and venue",
)

# 51
p(
    "en",
    "pasted_record",
    "Sorry folks, that last post was supposed to be our 5K flyer, not a discharge summary. Removed. (For the record, it had Mr. Petrovsky's MRN 5518204 and his daughter's email, anna.petrovsky@outlook.com, in it. We've called the family.)",
    [
        ("NAME", "Petrovsky"),
        ("MRN", "5518204"),
        ("EMAIL", "anna.petrovsky@outlook.com"),
    ],
    note="the apology repeats the identifiers it apologises for",
)

# 52
n(
    "en",
    "health_tip",
    "Farmer's lung is real. Moldy hay and silage dust can cause hypersensitivity pneumonitis. Wear an N95 when you open the silo or clean out the haymow, and see us if a cough hangs on after harvest. Wellness line: (717) 555-0100.",
    "advice; 'Farmer's lung' is not a name; the hospital's line",
)

# 53
p(
    "en",
    "milestone_birthday",
    'HAPPY 105TH BIRTHDAY TO MAMMI SADIE!!! 🎉 Sadie Riehl was born in a farmhouse near Intercourse on Christmas Day and says the secret is "shoofly pie and minding your own business." 5 West loves you Sadie!',
    [
        ("AGE", "105TH"),
        ("NAME", "SADIE"),
        ("NAME", "Sadie Riehl"),
        ("NAME", "Sadie", "*"),
        ("GEO", "Intercourse"),
        ("DATE", "Christmas Day"),
    ],
    note="'MAMMI' (grandmother) is a kinship word; birthplace is GEO",
)

# 54
n(
    "en",
    "public_figure",
    "Milton Hershey was born on September 13, 1857, in Derry Township, and the town he built still smells like chocolate. Our dietitians are marking his birthday with a cocoa-and-heart-health class Thursday at 6. Free, in the Leola Conference Center.",
    "a historical figure's birth date and birthplace",
)

# 55
p(
    "en",
    "patient_story",
    "It was the last day of oats harvest, July the twenty-second, when 14-year-old Mervin Nolt caught his sleeve in a PTO shaft on his family's farm on Hollander Road. Today Mervin is teaching the other kids in rehab how to tie a shoelace with one hand. His dad, Ivan Nolt, asked us to share one message: put the shields back on.",
    [
        ("DATE", "July the twenty-second"),
        ("NAME", "Mervin Nolt"),
        ("NAME", "Mervin", "*"),
        ("GEO", "Hollander Road"),
        ("NAME", "Ivan Nolt"),
    ],
    note="date in words; the farm's road is GEO; 14 is not an age over 89",
)

# 56
n(
    "es",
    "recruitment",
    "¿Hablas español e inglés? Buscamos intérpretes médicos para nuestras clínicas de Kennett Square y Leola. Capacitación pagada. Escríbenos a empleos@millbachcreek.org o llama al (717) 555-0163. #TrabajaConNosotros",
    "hiring; the hospital's clinics, e-mail and phone",
)

# 57
p(
    "en",
    "memorial",
    'In loving memory of Władysław "Walt" Wiśniewski, 97, retired Edgar Thomson millwright, Korean War veteran and the loudest polka fan who ever lived. He passed peacefully on 3 West on Feb 2nd. His granddaughter asked that condolence notes go to wisniewskifamily.memorial@gmail.com. Wieczny odpoczynek.',
    [
        ("NAME", 'Władysław "Walt" Wiśniewski'),
        ("AGE", "97"),
        ("NAME", "Edgar Thomson"),
        ("DATE", "Feb 2nd"),
        ("EMAIL", "wisniewskifamily.memorial@gmail.com"),
    ],
    note="former employer (the Edgar Thomson works) is NAME; diacritics in the name",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "Every buggy, every bike, every tractor. #SlowDownLancaster #SeeTheTriangle #MillbachCreekCares: 1,900 reflective kits handed out so far. Pick one up free at any of our three campuses.",
    "campaign hashtags and a count",
)

# 59
p(
    "en",
    "birth_announcement",
    "She arrived during the Pentecost Monday thunderstorm, so her parents named her Storm. Welcome, Storm Ebersol! 7 lb 2 oz, born June 9 to Sylvan and Verna Ebersol of Leacock Township. Big brothers Reuben, Amos and little Eli are smitten.",
    [
        ("DATE", "Pentecost Monday"),
        ("NAME", "Storm Ebersol"),
        ("NAME", "Storm", "*"),
        ("DATE", "June 9"),
        ("NAME", "Sylvan"),
        ("NAME", "Verna Ebersol"),
        ("GEO", "Leacock Township"),
        ("NAME", "Reuben"),
        ("NAME", "Amos"),
        ("NAME", "Eli"),
    ],
    note="a name that is a word; Pentecost Monday is the birth day (Plain families keep it as a holiday)",
)

# 60
n(
    "en",
    "statistic",
    "Pennsylvania has more than 3,000 centenarians, and our Laurel Furnace geriatrics team cares for more patients over 90 than any hospital in Cambria County. Falls remain the #1 reason nonagenarians come to our ED.",
    "'centenarians' and 'nonagenarians' as populations are not ages of a patient",
)

# 61
p(
    "en",
    "thank_you",
    "thank u Mrs. K!! 💐 the 102 yr old who crocheted blankets for every baby in our NICU this winter turns out to be Katie Kauffman from Ronks. her great-grandson (NICU grad!) brought her to meet the nurses",
    [
        ("NAME", "K"),
        ("AGE", "102"),
        ("NAME", "Katie Kauffman"),
        ("GEO", "Ronks"),
    ],
    note="a donor introduced as a former patient's great-grandmother is a patient's relative",
)

# 62
n(
    "en",
    "staff_spotlight",
    'Meet Rosa King, RN, our new Spanish-speaking charge nurse on 4 North. Rosa grew up in Toughkenamon picking mushrooms with her parents and says she became a nurse "for every abuelita who couldn\'t explain her pain." Welcome home, Rosa! 💚',
    "a nurse's name and home town",
)

# 63
p(
    "es",
    "pasted_record",
    'Perdón, se publicó por error: "Pte. Eufemia Cruz Sandoval, FN 07/03/1988, Expediente 6620914, tel. 484-555-0172, cuarto 220, esposo: Ubaldo Cruz". Ya lo borramos y avisamos a la familia.',
    [
        ("NAME", "Eufemia Cruz Sandoval"),
        ("DATE", "07/03/1988"),
        ("MRN", "6620914"),
        ("PHONE", "484-555-0172"),
        ("OTHER_ID", "cuarto 220"),
        ("NAME", "Ubaldo Cruz"),
    ],
    note="'Expediente' is the medical record number; FN = fecha de nacimiento",
)

# 64
n(
    "en",
    "sponsor",
    "Thank you, Lancaster County Farm Bureau and Fisher's Welding, for donating 40 grain-bin rescue tubes to fire companies across the county. Dennis Fisher, 92, welded the first one himself. What a gift. 🙏",
    "a donor's name and age over 89",
)

# 65
p(
    "en",
    "patient_story",
    "Private First Class Frank Sciarrino was wounded near Bastogne on Christmas Eve 1944 and came home to McKeesport with a Purple Heart and a limp he never complained about. At 100 years old, he's our newest hospice patient and our proudest. His son Sal says he still salutes the flag every morning from bed. 🇺🇸",
    [
        ("NAME", "Frank Sciarrino"),
        ("GEO", "Bastogne"),
        ("DATE", "Christmas Eve 1944"),
        ("GEO", "McKeesport"),
        ("AGE", "100"),
        ("NAME", "Sal"),
    ],
    note="injury date with its year and the foreign town of the injury; 'years old' is outside the AGE span",
)

# 66
n(
    "en",
    "eponymous_condition",
    "Our Lou Gehrig's disease (ALS) support group meets the second Tuesday of each month at our Johnstown campus. Caregivers welcome. Gehrig himself was 36 when he was diagnosed; our longtime facilitator, a retired nurse, is 91 and still drives herself. Info: (814) 555-0111.",
    "an eponym; a public figure's age; a volunteer facilitator's age",
)

# 67
p(
    "en",
    "discharge",
    "Rm 14 is EMPTY and we couldn't be happier 😭 Baby Zeke Beiler, our 26-weeker from Gordonville, went home today after 118 days. Mom Katie & dad Yonie, we'll miss those 6 a.m. visits with the egg money for the vending machine 🥚",
    [
        ("OTHER_ID", "Rm 14"),
        ("NAME", "Zeke Beiler"),
        ("GEO", "Gordonville"),
        ("NAME", "Katie"),
        ("NAME", "Yonie"),
    ],
    note="NICU room; 'Baby' is outside the span; Yonie is a Pennsylvania Dutch nickname",
)

# 68
n(
    "en",
    "event",
    "Join us Sunday, October 5, for the 40th annual Millbach Creek Quilt Auction at the Leola campus. Last year's top quilt, stitched by 94-year-old volunteer Barbara Shirk, raised $18,500 for the NICU. Doors 8 a.m.",
    "an event date; a volunteer's name and age",
)

# 69
p(
    "en",
    "anonymous_story",
    "We won't share her name, but our oldest patient this week celebrated her birthday on 3 South: 104 today, born on Groundhog Day and, yes, raised in Punxsutawney. She asked for black coffee and the sports page.",
    [("AGE", "104"), ("DATE", "Groundhog Day"), ("GEO", "Punxsutawney")],
    note="a 'nameless' story that still carries an age over 89, a birthday and a home town",
)

# 70
n(
    "en",
    "health_tip",
    "Hot week ahead: 95°F by Wednesday. Older adults (90+), babies and anyone working hay or tobacco in the field are at highest risk. Drink before you're thirsty, rest in the shade at noon, and check on your neighbors. Cooling center: Leola campus lobby, 24/7.",
    "a temperature and a population age",
)

# 71
p(
    "en",
    "patient_story",
    "Florence Hudak has been coming to our Windber dialysis unit three times a week since the spring of 2019. On 8/8 she hit her 1,000th treatment and the techs threw a pierogi party. Florence, 93, says she's aiming for 2,000. Her grandson Tomas set up a CaringBridge: caringbridge.org/visit/florencehudak",
    [
        ("NAME", "Florence Hudak"),
        ("NAME", "Florence", "*"),
        ("DATE", "8/8"),
        ("AGE", "93"),
        ("NAME", "Tomas"),
        ("URL", "caringbridge.org/visit/florencehudak"),
    ],
    note="a name that is also a city; a season with a year is not a date; the dialysis unit is the hospital's",
)

# 72
n(
    "es",
    "crisis_update",
    "⚠️ Actualización: por la ola de calor, la clínica de Kennett Square abre hasta las 10 p.m. del lunes 14 al viernes 18. Hay agua fría y aire acondicionado para todos los trabajadores. Si ve a alguien confundido o sin sudar, llame al 911.",
    "the clinic's hours and dates, not a patient's",
)

# 73
p(
    "en",
    "thank_you",
    'To the nurses on 4 North who cared for our father, Emanuel "Manny" Stoltzfus, after his tractor rollover on Hoover Road on October 2: we cannot thank you enough. Dad turns 91 next week and insists on being home for it. If anyone wants to visit the farm, our phone shanty number is 717-555-0159. (The Stoltzfus children)',
    [
        ("NAME", 'Emanuel "Manny" Stoltzfus'),
        ("NAME", "Stoltzfus", "*"),
        ("GEO", "Hoover Road"),
        ("DATE", "October 2"),
        ("AGE", "91"),
        ("PHONE", "717-555-0159"),
    ],
    note="road of the crash is GEO; the shared phone shanty is the family's phone",
)

# 74
n(
    "en",
    "public_figure",
    "Roberto Clemente died on December 31, 1972, flying relief supplies to Nicaragua. Pittsburgh still honors him every September on Roberto Clemente Day. Our Laurel Furnace volunteers are collecting baby formula in his name through the 30th.",
    "a public figure's death date; a drive's end date",
)

# 75
p(
    "en",
    "pasted_record",
    'Registration sticky note caught in a staff selfie, now deleted: "MILLER, LEVI J / DOB 1-22-1959 / Medicare 1EG4-TE5-MK72 / SSN ending 4471 / wife Esther cell 717 555 0138". We\'re re-training the team. Sorry, Miller family.',
    [
        ("NAME", "MILLER, LEVI J"),
        ("DATE", "1-22-1959"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("SSN", "4471"),
        ("NAME", "Esther"),
        ("PHONE", "717 555 0138"),
        ("NAME", "Miller"),
    ],
    note="partial SSN is SSN; the selfie shows a note, not the patient, so no PHOTO",
)

# 76
n(
    "en",
    "recruitment",
    "Now hiring: Plain-community health liaisons (part-time, no car required, we'll pick you up). Help your neighbors navigate appointments, billing and genetics visits. Talk to Lydia Stoltzfus at our New Holland table this Saturday or call (717) 555-0178.",
    "a staff recruiter's name; an event town; the hospital's number",
)

# 77
p(
    "en",
    "milestone_birthday",
    "our newest nonagenarian!! 🎈 happy 90th to pap ray kocur, who drove a steel truck out of Monessen for 40 yrs and has flirted with every nurse on 2 north since tuesday. his birthday is actually the 27th but he wanted to celebrate before discharge lol #PapRay90",
    [
        ("AGE", "nonagenarian"),
        ("AGE", "90th"),
        ("NAME", "ray kocur"),
        ("GEO", "Monessen"),
        ("DATE", "27th"),
        ("NAME", "#PapRay90"),
    ],
    note="'pap' (grandpa) is a kinship word; the hashtag holds the name",
)

# 78
n(
    "en",
    "anonymous_story",
    "This morning one of our oldest patients, a retired dairy farmer in his late 80s, asked the night nurse to help him write a letter to his wife of 65 years. She brought it to her at breakfast. We're not crying, you're crying. 💌",
    "nameless story; late 80s is not over 89",
)

# 79
p(
    "es",
    "thank_you",
    "Queremos agradecer a la familia Morales Tapia por confiar en nosotros. Su hijo Brayan, de 17 años, llegó en helicóptero desde la granja de hongos en Landenberg el pasado 4 de julio y hoy volvió a jugar fútbol. ¡Eres un campeón, Brayan! Tu mamá nos dejó su número por si alguien quiere mandarte saludos: 610-555-0165.",
    [
        ("NAME", "Morales Tapia"),
        ("NAME", "Brayan", "*"),
        ("GEO", "Landenberg"),
        ("DATE", "4 de julio"),
        ("PHONE", "610-555-0165"),
    ],
    note="the farm's town where he was hurt is GEO; the mother's phone",
)

# 80
n(
    "en",
    "hospital_contact",
    "Replying to a few of you: for appointments at our Kennett Square clinic call (717) 555-0163 (English & español) or message us at @MCHS_Salud. Please don't post personal health details here; we'll DM you.",
    "the hospital's number and handle",
)

# 81
p(
    "en",
    "patient_story",
    "Christ Esh was splitting wood for his daughter's wedding on November 13 when the maul glanced off and split his shin instead. Eleven stitches, one very stubborn patient, and a promise from our ED team: Christ, you WILL be at that wedding. Congratulations to Rachel and Omar!",
    [
        ("NAME", "Christ Esh"),
        ("NAME", "Christ", "*"),
        ("DATE", "November 13"),
        ("NAME", "Rachel"),
        ("NAME", "Omar"),
    ],
    note="'Christ' is an Amish first name; the daughter's wedding date is a family date tied to the patient",
)

# 82
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Hashimoto's, Bell's palsy, Guillain-Barré: half of neurology is named after people. Our new Laurel Furnace neuro clinic sees all of them, Mondays and Thursdays. Referrals: (814) 555-0111.",
    "eponymous conditions only",
)

# 83
p(
    "en",
    "pasted_record",
    'Auto-post error from our patient-education feed: "Discharge instructions for HORNYAK, BERNADETTE (MRN 3381706), d/c 04/11. Questions: daughter Jill, jill.hornyak.rn@comcast.net". The feed is paused while we fix it.',
    [
        ("NAME", "HORNYAK, BERNADETTE"),
        ("MRN", "3381706"),
        ("DATE", "04/11"),
        ("NAME", "Jill"),
        ("EMAIL", "jill.hornyak.rn@comcast.net"),
    ],
    note="discharge date and the daughter's e-mail",
)

# 84
n(
    "en",
    "memorial",
    "We mourn Dr. Pauline Sensenig, who died Saturday at 96. She opened our first rural outreach clinic in a converted tobacco shed in 1955 and made house calls by sleigh in the blizzard of '58. The Sensenig Outreach Fund continues her work.",
    "a physician's memorial and age; a fund named for her",
)

# 85
p(
    "en",
    "patient_story",
    "You can't find Sylvan's Mary in a phone book, but everybody in Leacock knows her quilts. Mary took a bad fall at market on the 2nd of January and has been teaching our PT staff to quilt ever since. She goes home Friday. Mary, save us a nine-patch!",
    [
        ("NAME", "Sylvan"),
        ("NAME", "Mary", "*"),
        ("GEO", "Leacock"),
        ("DATE", "2nd of January"),
    ],
    note="'Sylvan's Mary': husband's and patient's names; weekday not labelled",
)

# 86
n(
    "en",
    "statistic",
    "By the numbers, 2024: 3,412 babies born across our three campuses (418 at home with our midwives), 61 patients aged 100 or older treated, and 0 buggy-related deaths for the first time in a decade. Thank you, Lancaster and Cambria counties. 🙏",
    "counts and a population age",
)

# 87
p(
    "en",
    "milestone_birthday",
    "Anna Mae Hershberger turned 100 on March 20, and her twin sister Ada Mae turned 100 eleven minutes later in Ohio. Anna Mae celebrated on our rehab unit with whoopie pies; Ada Mae called from Berlin. #DoubleTheCake",
    [
        ("NAME", "Anna Mae Hershberger"),
        ("NAME", "Anna Mae", "*"),
        ("AGE", "100", "*"),
        ("DATE", "March 20"),
        ("NAME", "Ada Mae", "*"),
        ("GEO", "Berlin"),
    ],
    note="the twin sister's age and town (Berlin, Ohio) are a relative's identifiers",
)

# 88
n(
    "en",
    "thank_you",
    "Thank you to the Fisher and Zook families of Honey Brook, who raised $42,000 at their benefit auction for the new Plain Community Birth Center. 800 pies sold by noon! 🥧",
    "donor families and their town",
)

# 89
p(
    "en",
    "crisis_update",
    "Tornado update, 9 p.m.: 14 people treated at our Leola ED, 2 admitted. Among them is 96-year-old Eli Fisher, whose barn on Newport Road came down around him during milking; he walked out of the rubble carrying a calf. He's stable. Eli's family has asked for prayers, not visitors.",
    [
        ("AGE", "96-year-old"),
        ("NAME", "Eli Fisher"),
        ("NAME", "Eli", "*"),
        ("GEO", "Newport Road"),
    ],
    note="crisis update naming one patient",
)

# 90
n(
    "en",
    "crisis_update",
    "Update on Monday's charter-bus crash: all 11 passengers we received have been discharged or transferred. We are not able to share names or conditions. Thank you to Somerset and Bedford EMS. Families: (814) 555-0111.",
    "anonymous patients; EMS agencies",
)

# 91
p(
    "en",
    "birth_announcement",
    "valentine's baby alert 💘 welcome to the world hope zimmerman, 6 lb 11 oz, born feb 14 at 2:14 am (yes really). congrats to mom & dad matt and kristen in ephrata!",
    [
        ("DATE", "valentine's"),
        ("NAME", "hope zimmerman"),
        ("DATE", "feb 14"),
        ("NAME", "matt"),
        ("NAME", "kristen"),
        ("GEO", "ephrata"),
    ],
    note="lower case throughout; the holiday names the birth day",
)

# 92
n(
    "en",
    "health_tip",
    "Tetanus doesn't care how tough you are. If you've stepped on a nail or been cut by a haybine or a mushroom knife and can't remember your last shot, come see us. Walk-in shots at all three campuses, no appointment, $0 for uninsured farmworkers.",
    "general advice",
)

# 93
p(
    "en",
    "pasted_record",
    'Security log screenshot (posted to the wrong page, now removed): "Van in ED bay, plate PA KLM-4720, belongs to pt family (Kauffman). Driver license 29 330 714. Pt in Bay 6, DOB 10/31/1948."',
    [
        ("VEHICLE", "KLM-4720"),
        ("NAME", "Kauffman"),
        ("LICENSE", "29 330 714"),
        ("OTHER_ID", "Bay 6"),
        ("DATE", "10/31/1948"),
    ],
    note="plate and licence of the family's driver; ED bay as a bed number",
)

# 94
n(
    "en",
    "sponsor",
    "Huge thanks to Reuben & Ada Glick for their gift of a new ambulance for the Gap fire company. #ThankYouGlicks: every call it answers will carry their kindness.",
    "donors and a donor hashtag",
)

# 95
p(
    "es",
    "patient_story",
    '"Nunca había visto nieve", dice Rigoberto "Rigo" Paniagua, de 41 años, originario de Zinapécuaro, Michoacán. El 19 de enero resbaló en el hielo al salir de la granja y se fracturó la cadera. Hoy camina con andadera y ya pide tacos de canasta. ¡Vamos, Rigo!',
    [
        ("NAME", 'Rigoberto "Rigo" Paniagua'),
        ("NAME", "Rigo", "*"),
        ("GEO", "Zinapécuaro"),
        ("DATE", "19 de enero"),
    ],
    note="foreign home town is GEO; the state is not",
)

# 96
n(
    "en",
    "research",
    "Our geriatrics team is part of a national study on hip fractures in adults over 90. Early results: patients who got out of bed within 24 hours of surgery went home 3 days sooner on average. Enrollment is closed; final results are due in the spring.",
    "a population age in research",
)

# 97
p(
    "en",
    "memorial",
    "Everyone on our 3rd-floor dialysis unit called her Aunt Mim. Miriam Good of Akron, our 'candy lady' patient for more than a decade, died in March in her 97th year. The Good family asked that instead of flowers, you hug a nurse. We'll hug ours twice.",
    [
        ("NAME", "Mim"),
        ("NAME", "Miriam Good"),
        ("NAME", "Good", "*"),
        ("GEO", "Akron"),
        ("DATE", "March"),
        ("AGE", "97th"),
    ],
    note="Good is a Mennonite surname; 'in her 97th year' is an age over 89; a month alone is a date element",
)

# 98
n(
    "en",
    "event",
    "Calling all centenarians! Our 3rd annual Century Club luncheon for Lancaster County residents aged 100+ is Friday, June 20, at the Bird-in-Hand Family Restaurant. Free for honorees and one guest. RSVP (717) 555-0178.",
    "an event date and venue; a population age",
)

# 99
p(
    "en",
    "hospital_contact",
    "Replying to a comment: \"my dad was transferred from laurel furnace tues and nobody can tell me where he is. his MRN is 2207519, name is george mihalik, pls call me 412-555-0148\". We're so sorry! Please don't share health information publicly; our patient relations team will call you within the hour.",
    [
        ("MRN", "2207519"),
        ("NAME", "george mihalik"),
        ("PHONE", "412-555-0148"),
    ],
    note="reply quoting the son's comment with the patient's MRN, name and the son's phone",
)

# 100
n(
    "en",
    "staff_spotlight",
    "Three generations of nurses: Linda King, RN (1979), her daughter Dawn King-Fisher, RN (2004), and granddaughter Kayla Fisher, BSN (2024) all work nights on our mother-baby unit. Family business! 👩‍⚕️👩‍⚕️👩‍⚕️",
    "staff and their families; bare years",
)

# 101
p(
    "es",
    "pasted_record",
    'Mensaje del portal publicado por error: "Soy Araceli, hija de la Sra. Juana Téllez (expediente 7104466). ¿Pueden mandarme los resultados a araceli.tellez88@hotmail.com? Mi mamá se operó el 22 de agosto." Ya eliminamos la publicación original.',
    [
        ("NAME", "Araceli"),
        ("NAME", "Juana Téllez"),
        ("MRN", "7104466"),
        ("EMAIL", "araceli.tellez88@hotmail.com"),
        ("DATE", "22 de agosto"),
    ],
    note="portal message; surgery date; the daughter's e-mail",
)

# 102
n(
    "es",
    "public_figure",
    "Hoy, 31 de marzo, recordamos a César Chávez, quien luchó por la salud y la dignidad de los trabajadores del campo. Nuestra clínica móvil estará en Toughkenamon de 9 a 1 con vacunas gratis. #DíaDeCésarChávez",
    "a public figure's day; a clinic venue",
)

# 103
p(
    "en",
    "thank_you",
    "A letter we'll frame: \"When my husband Leroy Burkholder had his stroke on Good Friday, the ER team at Millbach Creek had him in the cath lab in 22 minutes. He's home in New Holland, cranky as ever and 92 years old on Saturday. Anyone who wants to send a card can email me at burkholder.ruth.ann@gmail.com. Ruth Ann\"",
    [
        ("NAME", "Leroy Burkholder"),
        ("DATE", "Good Friday"),
        ("GEO", "New Holland"),
        ("AGE", "92"),
        ("EMAIL", "burkholder.ruth.ann@gmail.com"),
        ("NAME", "Ruth Ann"),
    ],
    note="stroke on a holiday; the wife's e-mail and name",
)

# 104
n(
    "en",
    "campaign_hashtag",
    "#JohnstownStrong #FarmStrong #BuggySafe: whatever you're celebrating this week, celebrate safely. 🎉 Fireworks injuries jumped 30% last July in our region.",
    "campaign hashtags, a statistic",
)

# 105
p(
    "en",
    "discharge",
    "Helen Chudik, 94, came to us by ambulance on the Feast of the Assumption, the fifteenth of August, straight from the blessing of herbs at St. Mary's Byzantine. Three weeks later she's going home to Nanty Glo with her niece Maria and a bag of blessed basil for the nurses. 🌿",
    [
        ("NAME", "Helen Chudik"),
        ("AGE", "94"),
        ("DATE", "Feast of the Assumption"),
        ("DATE", "fifteenth of August"),
        ("GEO", "Nanty Glo"),
        ("NAME", "Maria"),
    ],
    note="admission day named twice; a church's name is not an identifier",
)

# 106
n(
    "en",
    "health_tip",
    "Maple syrup urine disease affects about 1 in 380 Old Order Mennonite newborns. Newborn screening catches it in the first days, before a baby gets sick. Home-birth families: our midwives can do the heel-stick at your kitchen table. (717) 555-0100.",
    "a population statistic and advice",
)

# 107
p(
    "en",
    "patient_story",
    "mr. b.z. (you know who you are 😉) just finished his LAST chemo on 6/24 and rang the bell so hard the clapper came off 🔔🔔 the cancer center crew is getting it welded at his shop in Bareville lol",
    [("NAME", "b.z."), ("DATE", "6/24"), ("GEO", "Bareville")],
    note="initials are NAME; the town of his own shop is GEO",
)

# 108
n(
    "en",
    "event",
    "On July 4, 1952, the Leola Community Hospital opened its doors. 73 years later we're still here. Join us for ice cream at 2400 Millbach Creek Road on Independence Day, 1 to 4 p.m. 🇺🇸",
    "the hospital's founding date and address",
)

# 109
p(
    "en",
    "memorial",
    'Our hearts are with the family of Concetta "Connie" Ruffo, who passed away peacefully on Tuesday, January 7, at age 101. Connie was our oldest hospice patient and our best card player. Her family will pray the rosary at St. Anthony\'s in Ambridge; notes can go to ruffo.family.notes@gmail.com. Riposa in pace, Nonna Connie.',
    [
        ("NAME", 'Concetta "Connie" Ruffo'),
        ("NAME", "Connie", "*"),
        ("DATE", "January 7"),
        ("AGE", "101"),
        ("GEO", "Ambridge"),
        ("EMAIL", "ruffo.family.notes@gmail.com"),
    ],
    note="weekday outside the DATE span; 'Nonna' is a kinship word; the rosary's town is the family's",
)

# 110
n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s drove her grandson to our ED in a hay wagon pulled by a draft horse when the roads iced over Tuesday. The boy's asthma attack is under control. The horse got carrots. 🐴",
    "nameless story; an age in the 80s",
)

# 111
p(
    "en",
    "pasted_record",
    'ED board 14:05 | bay 3: "Cabbage Sam" Stoltzfus, 67, kicked by mule | bay 4: Lapp, Rebecca, 90, SOB | bay 5: empty. (pls don\'t post the board again, this is the 2nd time 🤦)',
    [
        ("OTHER_ID", "bay 3"),
        ("NAME", "Cabbage Sam"),
        ("NAME", "Stoltzfus"),
        ("OTHER_ID", "bay 4"),
        ("NAME", "Lapp, Rebecca"),
        ("AGE", "90"),
    ],
    note="by-name 'Cabbage Sam' is one span; 67 is not labelled; the empty bay is not tied to a patient",
)

# 112
n(
    "en",
    "public_figure",
    "Two western Pennsylvanians who changed how we see the world: Rachel Carson, born in Springdale in 1907, and Andy Warhol, whose parents came from the Slovak village of Miková. Our Laurel Furnace art-therapy program is named for neither, but inspired by both. 🎨",
    "public figures and their families' villages",
)

# 113
p(
    "en",
    "birth_announcement",
    "First baby of the year at our Kennett Square birth center! Welcome, Ximena Abigail, born January 1 at 12:03 a.m. to Yesenia Galván and Ramiro Ocampo of Toughkenamon. Ramiro had just finished his shift at the mushroom house. 🎆",
    [
        ("NAME", "Ximena Abigail"),
        ("DATE", "January 1"),
        ("NAME", "Yesenia Galván"),
        ("NAME", "Ramiro Ocampo"),
        ("NAME", "Ramiro", "*"),
        ("GEO", "Toughkenamon"),
    ],
    note="the birth center's town is the hospital's; the family's town is GEO",
)

# 114
n(
    "en",
    "recruitment",
    "Are you 90 and still want to help? Our oldest active volunteer is 97! The Millbach Creek Auxiliary has roles you can do sitting down: folding, phone calls, rocking babies. Call (717) 555-0178 or email auxiliary@millbachcreek.org.",
    "ages of volunteers; the hospital's phone and e-mail",
)

# 115
p(
    "en",
    "patient_story",
    "faith lapp is 3 today 🎂 and 3 years ago this week she was our tiniest baby ever (1 lb 4 oz!). happy birthday faith from all of us in the nicu. your mom leah says you've learned to boss your 7 brothers around 😂",
    [("NAME", "faith lapp"), ("NAME", "faith", "*"), ("NAME", "leah")],
    note="lower-case name that is a word; 'today' and 'this week' are relative, not dates",
)

# 116
n(
    "es",
    "anonymous_story",
    "Un trabajador de 50 años llegó anoche con una cortada profunda en la mano. Nos pidió no publicar su nombre ni su foto, y así lo hacemos. Solo quiere recordarles: cuchillas afiladas, guantes siempre y nunca trabajar con sueño.",
    "nameless story; 50 years is not over 89",
)

# 117
p(
    "en",
    "milestone_birthday",
    'WISHING A HAPPY 101ST TO OUR FAVORITE PATIENT ON 6 EAST, STANISŁAWA "STELLA" NOWAK!!! Born on St. Stanislaus Day in a Polish Hill rowhouse, Stella has outlived 4 doctors who told her to quit the kielbasa. Sto lat, Stella! 🇵🇱',
    [
        ("AGE", "101ST"),
        ("NAME", 'STANISŁAWA "STELLA" NOWAK'),
        ("NAME", "Stella", "*"),
        ("DATE", "St. Stanislaus Day"),
        ("GEO", "Polish Hill"),
    ],
    note="ALL CAPS; a feast-day birthday; Pittsburgh neighbourhood as birthplace",
)

# 118
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for big-league pitchers. Our sports-medicine team repaired 40 elbow ligaments last year, many for farm kids who pitch hay bales all summer.",
    "a procedure named after a public figure",
)

# 119
p(
    "en",
    "thank_you",
    "@dziadzia_joe_fan We're so glad your grandpa Józef is doing well after his pacemaker! For questions about his device, please call our cardiology nurse line and have his date of birth ready (he told us it's 5/3, Polish Constitution Day 😄), not here publicly, ok?",
    [
        ("OTHER_ID", "@dziadzia_joe_fan"),
        ("NAME", "Józef"),
        ("DATE", "5/3"),
        ("DATE", "Polish Constitution Day"),
    ],
    note="grandchild's handle; the birthday given twice in two forms",
)

# 120
n(
    "en",
    "staff_spotlight",
    "#NurseAppreciation shoutout to night-shift legend Sally Beiler, 34 years in our ED, who once delivered twins in a buggy under the portico. Sally retires Friday. Nobody can replace you. 💙",
    "a nurse; anonymous twins",
)

# 121
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, don Anselmo Quiroz! Nació un 24 de junio, día de San Juan, en Tlapa de Comonfort, y vino a Kennett Square a los 60 años a cuidar a sus nietos. Hoy celebró en la sala de rehabilitación con mariachi y pastel de tres leches. 🎶",
    [
        ("AGE", "95"),
        ("NAME", "Anselmo Quiroz"),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
        ("GEO", "Tlapa de Comonfort"),
        ("GEO", "Kennett Square"),
    ],
    note="birthday named twice; birthplace and home town; '60 años' is not over 89",
)

# 122
n(
    "en",
    "hospital_contact",
    "New number alert 📞 Our Plain Community Clinic in Gap now has its own extension: (717) 555-0100 ext. 4. Phone-shanty friendly hours: 6 to 8 a.m. and 5 to 7 p.m. Fax referrals still go to the main office.",
    "the hospital's number and clinic",
)

# 123
p(
    "en",
    "patient_story",
    "Meet Ondrej Holub, 19, a welding student from Johnstown who lost two fingers in a shop-class accident on 11.03.2025 (March 11 to the rest of us). Today he picked up a welding torch for the first time with his new prosthetic hand. His sister Katarína writes his recovery newsletter; sign up at ondrejsfingers@gmail.com.",
    [
        ("NAME", "Ondrej Holub"),
        ("GEO", "Johnstown"),
        ("DATE", "11.03.2025"),
        ("DATE", "March 11"),
        ("NAME", "Katarína"),
        ("EMAIL", "ondrejsfingers@gmail.com"),
    ],
    note="European date format and its restatement, both DATE",
)

# 124
n(
    "en",
    "sponsor",
    "Thank you, Yoder's Country Market, for 300 loaves of bread for our flood volunteers, and to 96-year-old donor Margaret Hess, who drove herself over with a trunk full of homemade chicken corn soup. 🍲",
    "a sponsor and a donor aged 96",
)

# 125
p(
    "en",
    "pasted_record",
    'IT ticket pasted to our FB page by mistake (deleted): "Portal lockout: user stoltzfus.rachel47, last login from 98.221.14.77, MRN 4890253. Pt says she\'s locked out since her C-section on 9/30." Sorry about that, everyone.',
    [
        ("OTHER_ID", "stoltzfus.rachel47"),
        ("IP", "98.221.14.77"),
        ("MRN", "4890253"),
        ("DATE", "9/30"),
    ],
    note="portal user name is OTHER_ID; IP address",
)

# 126
n(
    "en",
    "crisis_update",
    "Snow emergency: our Leola and Laurel Furnace EDs are fully staffed. If you're on home oxygen and lose power, come to any ED; don't wait. Amish families with no phone: the Gap and Intercourse fire halls have warm rooms and a radio link to us.",
    "public guidance; town names as shelters",
)

# 127
p(
    "en",
    "patient_story",
    'When Paris Yoder rolled her family\'s pony cart in Strasburg on August 3, she told the paramedics her name was "Paris, like France" and asked if the pony was okay. Paris, 8, is fine. So is Buttercup the pony. 🐴',
    [
        ("NAME", "Paris Yoder"),
        ("NAME", "Paris", "*"),
        ("GEO", "Strasburg"),
        ("DATE", "August 3"),
    ],
    note="a name that is a city; the pony's name is not labelled",
)

# 128
n(
    "en",
    "event",
    "March 13 is World Kidney Day. Free kidney screening (blood pressure, urine dip, eGFR) at our Windber dialysis center, 8 a.m. to noon. Walk-ins welcome; interpreters on site for Slovak- and Spanish-speaking families.",
    "an awareness day and a hospital venue",
)

# 129
p(
    "en",
    "thank_you",
    "The Zielinski family wants to thank the Laurel Furnace ICU for taking care of Kazimierz (Kaz), 98, after his fall on Christmas Eve. Wigilia was late this year, but we had it in his room, opłatek and all. If night nurse Bri sees this, please call Kaz's daughter Teresa at (724) 555-0187; she has a plate of pierogi for you.",
    [
        ("NAME", "Zielinski"),
        ("NAME", "Kazimierz"),
        ("NAME", "Kaz", "*"),
        ("AGE", "98"),
        ("DATE", "Christmas Eve"),
        ("DATE", "Wigilia"),
        ("NAME", "Teresa"),
        ("PHONE", "(724) 555-0187"),
    ],
    note="Wigilia names the same day as the fall; nurse Bri is staff",
)

# 130
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, nombrada por el médico brasileño Carlos Chagas, puede no dar síntomas por años. Si usted vivió en zonas rurales de México o Centroamérica, pida la prueba gratis en nuestra clínica. Llame al (717) 555-0163.",
    "an eponym and the physician it is named for",
)

# 131
p(
    "en",
    "discharge",
    "room 509 going home!!! 🥳 mr. augustine petrilli, the man, the myth, the 97-yr-old who beat covid TWICE. his great-granddaughter gianna made the sign. see ya never augie (in a good way)",
    [
        ("OTHER_ID", "room 509"),
        ("NAME", "augustine petrilli"),
        ("AGE", "97-yr-old"),
        ("NAME", "gianna"),
        ("NAME", "augie"),
    ],
    note="lower case; nickname 'augie'",
)

# 132
n(
    "en",
    "statistic",
    "For Older Americans Month: 1 in 9 of our inpatients is over 85, 1 in 40 is over 95, and our Laurel Furnace campus now has a 14-bed acute-care-for-elders unit. 👵👴",
    "population ages",
)

# 133
p(
    "en",
    "memorial",
    "Jacob and Rebecca Petersheim of Gap were married 72 years, and she followed him by nine days. Jacob, 95, died on our 3 West unit on 1/9; Rebecca, 93, on 1/18, at home in the dawdi haus. Their family thanks everyone who held their hands.",
    [
        ("NAME", "Jacob", "*"),
        ("NAME", "Rebecca Petersheim"),
        ("NAME", "Rebecca", "*"),
        ("GEO", "Gap"),
        ("AGE", "95"),
        ("DATE", "1/9"),
        ("AGE", "93"),
        ("DATE", "1/18"),
    ],
    note="couple: both death dates and ages; '72 years' of marriage is not an age",
)

# 134
n(
    "en",
    "public_figure",
    "Lancaster's own James Buchanan was born April 23, 1791, and is buried at Woodward Hill. Thaddeus Stevens left money for a school that still trains welders and nurses' aides. History is local, and so is good care. #LancasterHistory",
    "historical figures' dates and places",
)

# 135
p(
    "es",
    "birth_announcement",
    "Nació el primero de mayo, Día del Trabajo, ¡y su papá estaba en la cosecha! Bienvenido Santiago Emiliano, hijo de Rocío Villanueva. La familia comparte fotos en Instagram: @santi_y_familia_kennett. 💙",
    [
        ("DATE", "primero de mayo"),
        ("DATE", "Día del Trabajo"),
        ("NAME", "Santiago Emiliano"),
        ("NAME", "Rocío Villanueva"),
        ("OTHER_ID", "@santi_y_familia_kennett"),
    ],
    note="date in words and the holiday naming the same day; the family's handle",
)

# 136
n(
    "en",
    "thank_you",
    "Gracias & thank you to our Spanish-language interpreters, Yadira, Héctor, Leticia and Don Memo, who handled 4,300 encounters last year at the Kennett Square clinic. Don Memo is 91 and says retirement is for quitters. 💚",
    "staff names and a staff member's age",
)

# 137
p(
    "en",
    "pasted_record",
    'Billing printout caught in a volunteer\'s photo, now removed: "Guarantor: Sensenig, Marvin | Acct# 00418-2276 | Fax for statements: 717-555-0113 | Pt: Sensenig, Lorraine, DOS 02/17." Volunteers, please check your backgrounds!',
    [
        ("NAME", "Sensenig, Marvin"),
        ("ACCOUNT", "00418-2276"),
        ("FAX", "717-555-0113"),
        ("NAME", "Sensenig, Lorraine"),
        ("DATE", "02/17"),
    ],
    note="guarantor (husband) is a relative; date of service is DATE; the photo shows a printout, not a patient",
)

# 138
n(
    "en",
    "anonymous_story",
    "A 6-year-old from a Plain family saw an X-ray machine for the first time this week and asked if it could see his thoughts. Our tech told him only the good ones. 🩻",
    "nameless child; age under 90",
)

# 139
p(
    "en",
    "patient_story",
    "big thanks to Sunny Slope Mushrooms for holding Ernesto Villa's job while he recovered from his back surgery on 7/15 👏 he's back on light duty monday and already bossing the pickers around",
    [
        ("NAME", "Sunny Slope Mushrooms"),
        ("NAME", "Ernesto Villa"),
        ("DATE", "7/15"),
    ],
    note="the patient's employer is NAME; weekday not labelled",
)

# 140
n(
    "en",
    "health_tip",
    "Gas lamps, kerosene heaters and generators all make carbon monoxide. Every winter we treat Plain families for CO poisoning. Battery CO alarms are $20 and need no electricity; we'll give one free to any household that asks at our Leola or Gap sites.",
    "advice; hospital sites",
)

# 141
p(
    "en",
    "milestone_birthday",
    'Albert "Bud" Gensler turns one hundred today! Bud was born in Latrobe, fixed radios in Korea, and ran Gensler\'s TV Repair on Main Street for 44 years. His nieces set up a birthday card line so he can hear your voices: call or text 724-555-0169. 📻',
    [
        ("NAME", 'Albert "Bud" Gensler'),
        ("NAME", "Bud", "*"),
        ("AGE", "one hundred"),
        ("GEO", "Latrobe"),
        ("NAME", "Gensler's TV Repair"),
        ("GEO", "Main Street"),
        ("PHONE", "724-555-0169"),
    ],
    note="age in words; his own business is his employer (NAME); its street is GEO",
)

# 142
n(
    "en",
    "crisis_update",
    "Flu update: 61 admissions this week, our highest since 2018. Adults over 90 are being hit hardest. Visitors are limited to 2 per patient, masks required on all units. Plain families: the Gap clinic has free vaccines Tuesdays.",
    "counts and a population age",
)

# 143
p(
    "en",
    "pasted_record",
    'Whoops, wrong clipboard. "Pt: Beiler, Aquilla  MRN# 000-73-1182  DOB: Sept. 5, 1955  Allergy: PCN  Contact: son Benjamin 717/555/0192" Please disregard; we\'ll repost the blood drive info.',
    [
        ("NAME", "Beiler, Aquilla"),
        ("MRN", "000-73-1182"),
        ("DATE", "Sept. 5, 1955"),
        ("NAME", "Benjamin"),
        ("PHONE", "717/555/0192"),
    ],
    note="an MRN formatted like an SSN is still MRN; phone with slashes",
)

# 144
n(
    "es",
    "event",
    "🎉 Este sábado 12 de julio: Día de la Familia en el parque de Kennett Square. Lotería, revisión de presión, pruebas de diabetes y vacunas para niños. Todo gratis, con intérpretes de náhuatl y mixteco. #SaludParaTodos",
    "an event date and venue",
)

# 145
p(
    "en",
    "thank_you",
    "The Zooks sent us a whole wagon of sweet corn to say thanks for taking care of their boy after the silo gas exposure in early September. Marlin is back at school, and his dad says the corn is 'payment in full.' 🌽",
    [("NAME", "Zooks"), ("DATE", "September"), ("NAME", "Marlin")],
    note="plural family name; a month tied to the injury, without 'early'",
)

# 146
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ammon King, 90, who still reads EKGs two mornings a week at our Leola campus. He started here in 1964 and says the secret is 'one cup of coffee, one slice of shoofly pie, and never retiring.' ☕",
    "a physician aged 90",
)

# 147
p(
    "en",
    "eponymous_condition",
    "Five-year-old Elva Martin of Denver (Pennsylvania, not Colorado 😉) is the first child in our program to get gene therapy for Crigler-Najjar syndrome. Elva was born on Thanksgiving and spent her first birthday in our NICU. Her parents, Wilmer and Arlene, write updates at elva.updates@protonmail.com. #ELVASTRONG",
    [
        ("NAME", "Elva Martin"),
        ("NAME", "Elva", "*"),
        ("GEO", "Denver"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Wilmer"),
        ("NAME", "Arlene"),
        ("EMAIL", "elva.updates@protonmail.com"),
        ("NAME", "#ELVASTRONG"),
    ],
    note="eponym is not a name; Denver, PA is GEO, the states are not; ALL-CAPS name hashtag",
)

# 148
n(
    "en",
    "research",
    "Our researchers are part of a multi-center trial of gene therapy for Crigler-Najjar syndrome, a disorder that forces some Amish and Mennonite children to sleep under blue lights 12 hours a night. 18 children enrolled; names are never shared. #RareDisease",
    "an eponym; anonymous trial participants",
)

# 149
p(
    "en",
    "discharge",
    'Wristband #A7712049 is going in the scrapbook! Giuseppe "Joe" Carfagno walked out of Laurel Furnace on the Feast of St. Joseph, his name day, after 5 weeks with us. Buon onomastico, Joe! His wife Filomena, 90, made zeppole for 5 North.',
    [
        ("OTHER_ID", "A7712049"),
        ("NAME", 'Giuseppe "Joe" Carfagno'),
        ("NAME", "Joe", "*"),
        ("DATE", "Feast of St. Joseph"),
        ("NAME", "Filomena"),
        ("AGE", "90"),
    ],
    note="wristband value; discharge on a feast day; the wife's age over 89",
)

# 150
n(
    "en",
    "memorial",
    "On May 31, 1889, the South Fork Dam failed and 2,209 people died in the Johnstown Flood. Clara Barton and the Red Cross stayed five months. Our Laurel Furnace campus sits 3 miles from where the water hit. We remember.",
    "a historical event date and a public figure",
)

# 151
p(
    "es",
    "pasted_record",
    'Captura de pantalla del sistema publicada por error: "Paciente: Ramírez Ocampo, Ma. Guadalupe | No. de expediente: 3316078 | Cel: 484 555 0121 | Correo: lupitaramirez.kennett@gmail.com | Cita: 14/10". Pedimos disculpas a la familia.',
    [
        ("NAME", "Ramírez Ocampo, Ma. Guadalupe"),
        ("MRN", "3316078"),
        ("PHONE", "484 555 0121"),
        ("EMAIL", "lupitaramirez.kennett@gmail.com"),
        ("DATE", "14/10"),
    ],
    note="screen capture; appointment date in day/month order",
)

# 152
n(
    "en",
    "event",
    "Mud sale season! Our Auxiliary table will be at the Gordonville Fire Company mud sale on Saturday, March 8, and the Strasburg sale on March 22. Stop by for free blood pressure checks and a whoopie pie. 🥧",
    "event dates and venues",
)

# 153
p(
    "en",
    "birth_announcement",
    "There are four Katie Stoltzfuses on our maternity floor this week, so the nurses have learned to do it the Amish way: Dan's Katie in room 6, Benny's Katie in room 9. Dan's Katie went home yesterday with a baby boy born on the 21st. Congratulations, Dan and Katie! 💙",
    [
        ("NAME", "Katie Stoltzfuses"),
        ("NAME", "Dan", "*"),
        ("NAME", "Katie", "*"),
        ("OTHER_ID", "room 6"),
        ("NAME", "Benny"),
        ("OTHER_ID", "room 9"),
        ("DATE", "21st"),
    ],
    note="patients told apart by their husbands' names; plural name; day of month alone",
)

# 154
n(
    "en",
    "statistic",
    "Chester County's mushroom farms employ about 9,000 workers, most from Mexico and Central America. Last year our Kennett Square clinic saw 6,800 of them, and 41% had never had a primary care visit in the U.S. #FarmworkerHealth",
    "population statistics",
)

# 155
p(
    "en",
    "milestone_birthday",
    "omg grandma dot turned 100 yesterday!!! 💯 thank u to the nurses on 3 south for the cake + tiara. dorothy kaminski, born 10-10-25 in braddock, still sharper than all of us",
    [
        ("NAME", "dot"),
        ("AGE", "100"),
        ("NAME", "dorothy kaminski"),
        ("DATE", "10-10-25"),
        ("GEO", "braddock"),
    ],
    note="lower-case nickname that is a word; two-digit year inside the DATE span",
)

# 156
n(
    "en",
    "hospital_contact",
    "Find us everywhere: @MillbachCreekHealth (English), @MCHS_Salud (español), @LaurelFurnaceHosp (Johnstown). Patient portal: mychart.millbachcreek.org. Foundation: mchsfoundation.org. We will never DM you asking for your MRN or SSN.",
    "the hospital's handles and domains",
)

# 157
p(
    "en",
    "memorial",
    'Vičnaja pamjat. Our beloved patient and friend Mária "Mary" Sopko, a nonagenarian with the best laugh on 4 North, fell asleep in the Lord on the 6th of January, Theophany, exactly 70 years after her wedding. Her son, Father Michael Sopko, will serve the panachida. Memory eternal.',
    [
        ("NAME", 'Mária "Mary" Sopko'),
        ("AGE", "nonagenarian"),
        ("DATE", "6th of January"),
        ("DATE", "Theophany"),
        ("NAME", "Michael Sopko"),
    ],
    note="the son is a priest but a relative: NAME without 'Father'",
)

# 158
n(
    "en",
    "eponymous_condition",
    "Alzheimer's disease was named for Alois Alzheimer, who described it in 1906. Today about 1 in 3 Pennsylvanians over 85 shows some sign of it. Our memory clinic in Johnstown now has Saturday hours. Caregivers: free support group Thursdays, 118 Furnace Hill Road.",
    "an eponym; a population age; the hospital's address",
)

# 159
p(
    "en",
    "patient_story",
    "Two Amos Kings, one ICU, zero room for mistakes. When Amos B. King (the harness maker, 61) and Amos S. King (the dairyman, 90) were both admitted from Paradise Township on 6/12, our nurses color-coded their charts and used middle initials at every handoff. Both are home now. 🐄🧵",
    [
        ("NAME", "Amos Kings"),
        ("NAME", "Amos B. King"),
        ("NAME", "Amos S. King"),
        ("AGE", "90"),
        ("GEO", "Paradise Township"),
        ("DATE", "6/12"),
    ],
    note="same name told apart by middle initials; 61 is not labelled",
)

# 160
n(
    "en",
    "anonymous_story",
    "A Mennonite grandmother in her 80s told our chaplain she'd never been in a hospital before this week, not even to give birth to her 11 children. She went home today and left us a jar of chow-chow. 🫙",
    "nameless story; age in the 80s",
)

# 161
p(
    "es",
    "patient_story",
    "🙏 Oremos por 'el güero' Leonel Saucedo, de 33 años, que cayó de una escalera en la granja de hongos el sábado 15 de marzo. Su esposa Maribel pide que avisemos a sus familiares en Moroleón; ella recibe mensajes al 610-555-0144.",
    [
        ("NAME", "güero"),
        ("NAME", "Leonel Saucedo"),
        ("DATE", "15 de marzo"),
        ("NAME", "Maribel"),
        ("GEO", "Moroleón"),
        ("PHONE", "610-555-0144"),
    ],
    note="nickname without the article; weekday outside the DATE; relatives' town",
)

# 162
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe Reyes, nuestra nueva pediatra en Kennett Square. Nació en Zacatecas, creció en Avondale y regresó para cuidar a los hijos de los trabajadores del hongo, como lo fue ella. ¡Bienvenida, doctora!",
    "a physician's name and towns",
)

# 163
p(
    "en",
    "event",
    "THANK YOU to everyone who came to the benefit sale for the Kurtz family on Saturday! $61,000 raised for little Hannah Kurtz's heart surgery at Children's. Hannah's mamm can't write back to everyone but wanted to share the barn phone, 717-555-0181, for anyone who still has quilts to drop off. #HannahsHeart",
    [
        ("NAME", "Hannah Kurtz"),
        ("NAME", "Kurtz", "*"),
        ("NAME", "Hannah", "*"),
        ("PHONE", "717-555-0181"),
        ("NAME", "#HannahsHeart"),
    ],
    note="benefit for a named patient; 'mamm' is a kinship word",
)

# 164
n(
    "en",
    "sponsor",
    "Thank you to the United Steelworkers Local 1288 retirees, who donated 200 handmade quilts to our Laurel Furnace hospice, and to their oldest member, 99-year-old Joe Dravecky, who delivered them himself. 🧵",
    "a donor aged 99",
)

# 165
p(
    "en",
    "pasted_record",
    'Handoff list visible in our Nurses Week pic 😬: "#1 Glick, Sylvia (99 y/o) MRN 6604218" and "#2 Esh, Aaron (44 y/o) MRN 6604377". Photo removed, families notified.',
    [
        ("NAME", "Glick, Sylvia"),
        ("AGE", "99"),
        ("MRN", "6604218"),
        ("NAME", "Esh, Aaron"),
        ("MRN", "6604377"),
    ],
    note="the photo showed a list, not a patient: no PHOTO; 44 is not labelled",
)

# 166
n(
    "en",
    "public_figure",
    "On April 12, 1955, Jonas Salk's polio vaccine, developed at the University of Pittsburgh, was declared safe and effective. 70 years later, polio is still a plane ride away from communities with low vaccination. Get your kids caught up: (814) 555-0111.",
    "a public figure and a historical date",
)

# 167
p(
    "en",
    "birth_announcement",
    "Born on the 4th of July, just as the fireworks started: welcome, Joy Fisher! 8 lb even. Her parents, Samuel and Lavina Fisher of Blue Ball, say she'll always think the fireworks are for her. 🎆",
    [
        ("DATE", "4th of July"),
        ("NAME", "Joy Fisher"),
        ("NAME", "Samuel"),
        ("NAME", "Lavina Fisher"),
        ("GEO", "Blue Ball"),
    ],
    note="a name that is a word; a town with an odd name",
)

# 168
n(
    "en",
    "health_tip",
    "Mushroom pickers: repetitive picking can cause carpal tunnel and 'trigger finger.' Stretch every hour, switch hands when you can, and don't wait until you can't grip. Free hand clinic Thursdays at 36 Mill Race Lane, Kennett Square.",
    "advice; the clinic's address",
)

# 169
p(
    "en",
    "patient_story",
    'Vietnam vet Daniel "Danny" Kopchak got his Quilt of Valor today on 2 North, 55 years to the day after he was wounded near Huế on March 3. Danny\'s wife Barbara says he cried harder today than he did then. Old unit buddies can reach him at danny.kopchak.173rd@gmail.com.',
    [
        ("NAME", 'Daniel "Danny" Kopchak'),
        ("NAME", "Danny", "*"),
        ("GEO", "Huế"),
        ("DATE", "March 3"),
        ("NAME", "Barbara"),
        ("EMAIL", "danny.kopchak.173rd@gmail.com"),
    ],
    note="injury date and foreign town; '55 years to the day' is relative",
)

# 170
n(
    "en",
    "event",
    "Save the date: our Plain Community Health Fair is Thursday, November 20, at the Leola campus, after wedding season, as our Amish neighbors requested. Hearing tests, eye exams, diabetes checks. Free. #MillbachCreekCares",
    "an event date",
)

# 171
p(
    "en",
    "discharge",
    "SHE'S HOME 🏡 after a 3-day labor, a C-section and 9 nights with us, SUSIE LAPP & baby REUBEN are back on the farm in Kirkwood. Susie, thank you for trusting us. (Reuben was born Dec 26, a Second Christmas baby! 🎄)",
    [
        ("NAME", "SUSIE LAPP"),
        ("NAME", "REUBEN"),
        ("GEO", "Kirkwood"),
        ("NAME", "Susie"),
        ("NAME", "Reuben"),
        ("DATE", "Dec 26"),
        ("DATE", "Second Christmas"),
    ],
    note="ALL CAPS and normal case; Second Christmas (Dec 26) names the birth day again",
)

# 172
n(
    "en",
    "statistic",
    "There are now more Americans over 100 than ever, about 100,000. In our service area, 214 centenarians live at home, many cared for by their grandchildren. Our home-visit program saw 37 of them last year.",
    "population ages and counts",
)

# 173
p(
    "en",
    "patient_story",
    "Chester Zawacki worked 38 years at the Johnstown steel mill, survived the '77 flood, and on Friday beat his third cancer. Chester, born on St. Patrick's Day and 'Polish every other day of the year,' rang the bell with his grandson Jakub by his side. 🔔",
    [
        ("NAME", "Chester Zawacki"),
        ("NAME", "Chester", "*"),
        ("GEO", "Johnstown"),
        ("DATE", "St. Patrick's Day"),
        ("NAME", "Jakub"),
    ],
    note="a first name that is also a county; birthday on a holiday",
)

# 174
n(
    "en",
    "recruitment",
    "We're hiring a part-time chaplain for our Laurel Furnace campus. Byzantine Catholic, Orthodox or Lutheran background welcome; Slovak or Polish a plus. Email chaplaincy@lfchospital.org. #JoinOurTeam",
    "hiring; the hospital's e-mail",
)

# 175
p(
    "en",
    "pasted_record",
    'Our scheduling bot accidentally replied publicly: "Hi Verna! Your colonoscopy with Dr. Shenk is confirmed for 10/14 at 7:30. MRN 2950471. Reply STOP or email verna.glick.quilts@gmail.com to reschedule." We\'ve fixed the setting. Sorry, Verna.',
    [
        ("NAME", "Verna", "*"),
        ("DATE", "10/14"),
        ("MRN", "2950471"),
        ("EMAIL", "verna.glick.quilts@gmail.com"),
    ],
    note="appointment date; Dr. Shenk is staff",
)

# 176
n(
    "es",
    "crisis_update",
    "Aviso: por la tormenta, la clínica de Kennett Square está cerrada hoy martes. Si tiene una emergencia, vaya a la sala de urgencias de Leola, 2400 Millbach Creek Road, o llame al 911. Línea en español: (717) 555-0163.",
    "closure notice; the hospital's address and line",
)

# 177
p(
    "en",
    "memorial",
    "They met at a Slovak dance hall in Homestead in 1948 and never spent a night apart, until this winter. George Hudacek, 93, passed in February on our palliative unit; his wife Anna, 92, followed in March. 'Where he goes, I go,' she told our nurses. Together again.",
    [
        ("GEO", "Homestead"),
        ("NAME", "George Hudacek"),
        ("AGE", "93"),
        ("DATE", "February"),
        ("NAME", "Anna"),
        ("AGE", "92"),
        ("DATE", "March"),
    ],
    note="couple's deaths by month; 'this winter' is a season",
)

# 178
n(
    "en",
    "public_figure",
    "Robert Fulton, born in Little Britain Township in 1765, built the first commercially successful steamboat. His birthplace is 20 minutes from our Quarryville clinic, where we've just added Saturday walk-in hours. Full steam ahead! 🚢",
    "a historical figure's birthplace",
)

# 179
p(
    "es",
    "thank_you",
    "Mil gracias al equipo de maternidad de Leola de parte de la familia Bautista Olvera. Nuestra hija Daniela nació el 9 de noviembre después de 30 horas y ustedes nunca nos dejaron solos. Si alguna enfermera quiere ver fotos, escríbanos a familia.bautista.olvera@yahoo.com. 💕",
    [
        ("NAME", "Bautista Olvera"),
        ("NAME", "Daniela"),
        ("DATE", "9 de noviembre"),
        ("EMAIL", "familia.bautista.olvera@yahoo.com"),
    ],
    note="the Leola maternity team is the hospital's, not GEO",
)

# 180
n(
    "en",
    "memorial",
    "We said goodbye this week to Ida Mae Fisher, 98, who volunteered at our front desk from 1979 until last summer. She greeted every visitor in English, Pennsylvania Dutch and, when needed, sign language. Rest well, Ida Mae.",
    "a volunteer's memorial and age",
)

# 181
p(
    "en",
    "patient_story",
    "buck's back on the horse 🐎 literally. after his 9/9 fall at the Ephrata fair, buck weaver (yes THAT buck, the farrier) is shoeing horses again. his daughter set up @bucksbackshoeing to post the good news",
    [
        ("NAME", "buck weaver"),
        ("NAME", "buck", "*"),
        ("DATE", "9/9"),
        ("GEO", "Ephrata"),
        ("OTHER_ID", "@bucksbackshoeing"),
    ],
    note="lower-case nickname that is a word; the town where he fell; the daughter's handle",
)

# 182
n(
    "en",
    "health_tip",
    "Hearing loss isn't just part of getting old. Among adults 90 and over, 8 in 10 have it, and untreated hearing loss raises fall risk. Free hearing screens at all three campuses every Wednesday morning.",
    "population age",
)

# 183
p(
    "en",
    "pasted_record",
    "Bed board screenshot in our #NationalNursesWeek post, now cropped out: Bed 12 DUDA, WALTER age ninety-one; Bed 14 PAVLIK, HELEN age 88; Bed 15 SZCZEPANSKI, EDWARD age ninety-six. Apologies to these families.",
    [
        ("OTHER_ID", "Bed 12"),
        ("NAME", "DUDA, WALTER"),
        ("AGE", "ninety-one"),
        ("OTHER_ID", "Bed 14"),
        ("NAME", "PAVLIK, HELEN"),
        ("OTHER_ID", "Bed 15"),
        ("NAME", "SZCZEPANSKI, EDWARD"),
        ("AGE", "ninety-six"),
    ],
    note="ages in words; 88 is not labelled",
)

# 184
n(
    "en",
    "campaign_hashtag",
    "#GoRedForWomen: heart disease is the #1 killer of women in Pennsylvania, Plain or English. Wear red Friday and post a pic with #MillbachCreekGoesRed. We'll donate $1 per photo to our cardiac rehab fund.",
    "campaign hashtags; photos of the public, not patients",
)

# 185
p(
    "en",
    "milestone_birthday",
    "Buon compleanno to Carmela \"Mel\" DiNardo, who turns 103 on 02.02! Mel was a seamstress in Aliquippa for 60 years and still hems the chaplain's robes. Her son Tony is collecting birthday messages at 724.555.0151, so let's flood his voicemail. 🎂",
    [
        ("NAME", 'Carmela "Mel" DiNardo'),
        ("NAME", "Mel", "*"),
        ("AGE", "103"),
        ("DATE", "02.02"),
        ("GEO", "Aliquippa"),
        ("NAME", "Tony"),
        ("PHONE", "724.555.0151"),
    ],
    note="dotted date; the son's phone",
)

# 186
n(
    "en",
    "thank_you",
    "Thank you to the Bird-in-Hand and Intercourse fire companies, and to the King family for letting us use their barn as a triage site during Sunday's tornado drill. 60 volunteers, 14 'patients' (all actors), zero real injuries. 🚒",
    "a host family of a drill; actors, not patients",
)

# 187
p(
    "en",
    "patient_story",
    "At the Riehl barn-raising on Leaman Road on June 7, 2024, Abner Riehl fell 22 feet from a rafter. A year and many surgeries later, Abner was back up on a roof for his cousin's barn-raising this June. His wife Lydia made us promise to say he wore a harness this time. 😅",
    [
        ("NAME", "Abner Riehl"),
        ("NAME", "Riehl", "*"),
        ("NAME", "Abner", "*"),
        ("GEO", "Leaman Road"),
        ("DATE", "June 7, 2024"),
        ("DATE", "June", "*"),
        ("NAME", "Lydia"),
    ],
    note="the barn-raising where he fell: its road and date; a month tied to him",
)

# 188
n(
    "en",
    "research",
    "Why do some people reach 100? Our Laurel Furnace team joined a study of 400 centenarians across Appalachia. Early finding: every single one walked daily well into their 80s. Participants are anonymous; results this fall.",
    "population ages in research",
)

# 189
p(
    "es",
    "discharge",
    '¡Doña Amparo se va a casa! A sus 96 años, Amparo Lugo Reyes superó una neumonía en la habitación 512 y hoy regresa a Avondale con su nieto Josué. Nos dijo: "Ya me voy, que las gallinas no se alimentan solas." 🐔',
    [
        ("NAME", "Amparo Lugo Reyes"),
        ("NAME", "Amparo", "*"),
        ("AGE", "96"),
        ("OTHER_ID", "habitación 512"),
        ("GEO", "Avondale"),
        ("NAME", "Josué"),
    ],
    note="a name that is a word; 'Doña' outside the span",
)

# 190
n(
    "es",
    "health_tip",
    "Diabetes: 1 de cada 4 adultos latinos mayores de 60 años la tiene y muchos no lo saben. La prueba es gratis en nuestra clínica de Kennett Square los miércoles. No necesita seguro ni papeles. Llame al (717) 555-0163.",
    "population age and advice",
)

# 191
p(
    "en",
    "thank_you",
    "A note came in the mail, in pencil: 'Dear nurses, thank you for taking care of our Dawdi Christian Beiler when he took sick on Old Christmas. He is 97 now and back to whittling. Come visit at 212 Musser School Road anytime. The Ben Beiler family.'",
    [
        ("NAME", "Christian Beiler"),
        ("DATE", "Old Christmas"),
        ("AGE", "97"),
        ("GEO", "212 Musser School Road"),
        ("NAME", "Ben Beiler"),
    ],
    note="'Dawdi' is a kinship word; Old Christmas (Jan 6) is the day he fell ill; street address with number",
)

# 192
n(
    "en",
    "event",
    "Raising walls, not just funds: 120 Amish and English volunteers framed our new Gap clinic in one day on April 26. Thank you to master builder Eli Lapp, 91, who supervised from a lawn chair. 🔨",
    "a hospital event date; a volunteer aged 91",
)

# 193
p(
    "en",
    "hospital_contact",
    "Replying to a comment: yes, Mrs. Nolt is the patient in yesterday's story! Her family asked us to share how to send a card: mail it to Lorraine Nolt, c/o Millbach Creek Medical Center, 2400 Millbach Creek Road, Leola, and write MRN 3170442 on the envelope so it reaches her room.",
    [
        ("NAME", "Lorraine Nolt"),
        ("NAME", "Nolt", "*"),
        ("MRN", "3170442"),
    ],
    note="the hospital's address is not GEO; the MRN is",
)

# 194
n(
    "en",
    "hospital_contact",
    "Replying to @PlainNewsLancaster: Yes! Families without phones can reach our Plain Community Liaison through the Gap fire hall radio, or by leaving a note at any of our front desks. Main line (717) 555-0100.",
    "a news outlet's handle; the hospital's number",
)

# 195
p(
    "en",
    "birth_announcement",
    "Little Luca Marino made his big debut on 1/11/25 at 11:11 a.m., 11 days early, in room 11 of our Laurel Furnace birth center. Mom Gina Marino of Latrobe is calling him her lucky charm. 🍀 #LucaOn1111",
    [
        ("NAME", "Luca Marino"),
        ("DATE", "1/11/25"),
        ("OTHER_ID", "room 11"),
        ("NAME", "Gina Marino"),
        ("GEO", "Latrobe"),
        ("NAME", "#LucaOn1111"),
    ],
    note="'Little' outside the span; the hour and '11 days' are not dates",
)

# 196
n(
    "en",
    "staff_spotlight",
    "Say hi to Hope King and Faith Zook, our newest patient-transport team, who met in nursing school and finish each other's sentences. Between them they speak English, Pennsylvania Dutch, Spanish and a little Slovak. 😄",
    "staff names that are also words",
)

# 197
p(
    "en",
    "patient_story",
    "Thank you, Amos Zook of Honey Brook, for letting us share: your pacemaker (serial PXM304472H) now sends its readings straight to our device clinic, so you don't have to hitch the buggy for checkups anymore. Your daughter Edna gets the alerts at 610-555-0196.",
    [
        ("NAME", "Amos Zook"),
        ("GEO", "Honey Brook"),
        ("DEVICE", "PXM304472H"),
        ("NAME", "Edna"),
        ("PHONE", "610-555-0196"),
    ],
    note="device serial number; the daughter's phone",
)

# 198
n(
    "en",
    "crisis_update",
    "Measles update: 9 confirmed cases in eastern Lancaster County, all in unvaccinated children, none hospitalized. Free MMR shots at our Gap and Leola sites this week, no appointment needed. Questions: (717) 555-0100.",
    "case counts; hospital sites",
)

# 199
p(
    "es",
    "memorial",
    "Descansa en paz, Eusebio Tinoco. Llegó de Jerez, Zacatecas, en 1979 y trabajó toda la vida en los hongos. Murió en nuestra unidad de cuidados paliativos el 30 de abril, Día del Niño, rodeado de sus 14 nietos. Su mamá, doña Eustolia, de 101 años, lo despidió por videollamada desde Jerez.",
    [
        ("NAME", "Eusebio Tinoco"),
        ("GEO", "Jerez", "*"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
        ("NAME", "Eustolia"),
        ("AGE", "101"),
    ],
    note="the mother's age over 89 is a relative's AGE; the state is not GEO",
)

# 200
n(
    "en",
    "public_figure",
    "Honus Wagner, 'The Flying Dutchman,' was born in Chartiers in 1874 and never lost his Pennsylvania Dutch accent. His 1909 baseball card sold for millions; our sports-medicine clinic will settle for healthy shoulders. Little League physicals $15 all April.",
    "a historical figure",
)

# 201
p(
    "en",
    "pasted_record",
    "pls ignore, testing the new scheduler 🙃 → pt yoder, lizzie b. / dob 12/08/1938 / mrn 5562093 / rm 3 / hh phone 717-555-0124 (neighbor's shanty)",
    [
        ("NAME", "yoder, lizzie b."),
        ("DATE", "12/08/1938"),
        ("MRN", "5562093"),
        ("OTHER_ID", "rm 3"),
        ("PHONE", "717-555-0124"),
    ],
    note="lower-case pasted record",
)

# 202
n(
    "es",
    "statistic",
    "En 2024 nacieron 612 bebés de familias latinas en nuestras tres sedes, 1 de cada 5 partos. El 92% de las mamás recibió atención prenatal en español. ¡Gracias por confiar en nosotros! #MillbachCreekCares",
    "counts and percentages",
)

# 203
p(
    "en",
    "patient_story",
    "When 'Red Levi' Stoltzfus (the one with the produce stand on Route 896, not the blacksmith) came in with chest pain on August 5, our cardiologist found three blockages. He's home and back at the stand, and his granddaughter Rosie takes orders at redlevisproduce@gmail.com while he rests.",
    [
        ("NAME", "Red Levi"),
        ("NAME", "Stoltzfus"),
        ("GEO", "Route 896"),
        ("DATE", "August 5"),
        ("NAME", "Rosie"),
        ("EMAIL", "redlevisproduce@gmail.com"),
    ],
    note="by-name; the road of his stand; the stand's e-mail run by his granddaughter",
)

# 204
n(
    "en",
    "event",
    "This Memorial Day, 11 a.m., our Laurel Furnace campus will honor every veteran on staff and in our volunteer corps, including 97-year-old WWII Navy veteran and gift-shop volunteer Frank Yuhas. Open to the public. 🇺🇸",
    "a holiday event; a volunteer aged 97",
)

# 205
p(
    "en",
    "milestone_birthday",
    "70 years married and still holding hands on 4 North 💞 Happy anniversary to Elmer and Barbara Zimmerman of Lititz, who said 'I do' on the 30th of October, 1955. Elmer, 94, is recovering from a hip fracture; Barbara, 91, hasn't missed a visiting hour.",
    [
        ("NAME", "Elmer", "*"),
        ("NAME", "Barbara Zimmerman"),
        ("NAME", "Barbara", "*"),
        ("GEO", "Lititz"),
        ("DATE", "30th of October, 1955"),
        ("AGE", "94"),
        ("AGE", "91"),
    ],
    note="wedding date with its year; both ages",
)

# 206
n(
    "en",
    "anonymous_story",
    "Yesterday a man in his 70s walked two miles through the snow to our Quarryville clinic because his wife's insulin had frozen. We replaced it, drove him home, and had a talk about keeping insulin in the farmhouse, not the barn fridge.",
    "nameless story; the clinic is the hospital's",
)

# 207
p(
    "en",
    "pasted_record",
    "Draft from our marketing intern (not posted, caught in review 🤞): 'Patient spotlight: Ruby Hershey, MRN LF-0402291, beat sepsis at 90! Contact her daughter for interviews: pam.hershey.lititz@aol.com.'",
    [
        ("NAME", "Ruby Hershey"),
        ("MRN", "LF-0402291"),
        ("AGE", "90"),
        ("EMAIL", "pam.hershey.lititz@aol.com"),
    ],
    note="a surname shared with a famous figure is still the patient's name",
)

# 208
n(
    "en",
    "eponymous_condition",
    "Lyme disease is named after Lyme, Connecticut, but Pennsylvania leads the nation in cases. Check for ticks after haying, gardening or hunting. Bull's-eye rash? Come in the same week. Walk-in clinic: 2400 Millbach Creek Road.",
    "an eponymous place; the hospital's address",
)

# 209
p(
    "es",
    "patient_story",
    "¡Luz ya ve! Después de su cirugía de cataratas el 2 de octubre, Luz María Ocaña, de 58 años, volvió a leer su Biblia sin lentes. Su hijo Ismael pide que quien quiera visitarla le llame al 484-555-0185. 💡",
    [
        ("NAME", "Luz María Ocaña"),
        ("NAME", "Luz", "*"),
        ("DATE", "2 de octubre"),
        ("NAME", "Ismael"),
        ("PHONE", "484-555-0185"),
    ],
    note="'Luz' is a word and a name; 58 is not labelled",
)

# 210
n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Productores de Hongos de Kennett Square y a la familia Pia, dueña de Champiñones del Valle, por donar 500 botiquines de primeros auxilios para los trabajadores. ¡Juntos cuidamos a la comunidad! 🍄",
    "sponsors",
)

# 211
p(
    "en",
    "memorial",
    "RIP BIG JOHN 🕊️ John Ferko, 92, our favorite dialysis patient and self-appointed waiting-room DJ, passed 7/27. Polka forever. #BigJohnFerko",
    [
        ("NAME", "BIG JOHN"),
        ("NAME", "John Ferko"),
        ("AGE", "92"),
        ("DATE", "7/27"),
        ("NAME", "#BigJohnFerko"),
    ],
    note="by-name in caps as one span",
)

# 212
n(
    "es",
    "health_tip",
    "Los niños menores de 16 años no deben manejar tractores, montacargas ni cuatrimotos. El año pasado atendimos a 23 niños heridos en volcaduras en los condados de Lancaster y Chester. Guarde las llaves en su bolsillo. #SeguridadEnLaGranja",
    "advice and a count",
)

# 213
p(
    "es",
    "thank_you",
    'Recibimos una tarjeta de la familia Barajas de West Grove: "Gracias por salvar a nuestro abuelo Eliseo el 29 de febrero. Dice que ahora solo va a cumplir años de susto cada cuatro años." ¡Los queremos, familia Barajas! 💕',
    [
        ("NAME", "Barajas", "*"),
        ("GEO", "West Grove"),
        ("NAME", "Eliseo"),
        ("DATE", "29 de febrero"),
    ],
    note="leap-day emergency; 'abuelo' is a kinship word",
)

# 214
n(
    "en",
    "sponsor",
    "Shoutout to Stoltzfus Meats & Deli for feeding our night shift during the tornado cleanup, and to the Beiler sisters' bakery for 40 dozen donuts. #FeedTheNurses #LancasterLoves",
    "sponsors named for families",
)

# 215
p(
    "en",
    "patient_story",
    "Quick correction to yesterday's post about our burn unit graduate: it's Kaleb with a K, not Caleb! Kaleb Sweigart, 15, of Manheim, was burned in a brush fire on the 1st and has been the bravest kid on 6 West. Sorry, Kaleb. 🔥➡️💪",
    [
        ("NAME", "Kaleb Sweigart"),
        ("NAME", "Kaleb", "*"),
        ("NAME", "Caleb"),
        ("GEO", "Manheim"),
        ("DATE", "1st"),
    ],
    note="the misspelling being corrected is still the patient's name",
)

# 216
n(
    "en",
    "event",
    "Tomorrow, October 16, is World Food Day and the 10th anniversary of our Laurel Furnace food pharmacy. Patients with diabetes or heart failure get free produce every week. Come tour it, 10 a.m. to 2 p.m.",
    "an awareness day and a program anniversary",
)

# 217
p(
    "es",
    "pasted_record",
    "Nota interna pegada por error en nuestra página: \"Sr. Tomás 'Tomasito' Guerrero Luna, 91 años, MRN 8813504, ingresó 3/ago por deshidratación; hija Nayeli: nayeli.guerrero.luna@gmail.com\". Ya fue eliminada.",
    [
        ("NAME", "Tomás 'Tomasito' Guerrero Luna"),
        ("AGE", "91"),
        ("MRN", "8813504"),
        ("DATE", "3/ago"),
        ("NAME", "Nayeli"),
        ("EMAIL", "nayeli.guerrero.luna@gmail.com"),
    ],
    note="abbreviated Spanish month in the admission date",
)

# 218
n(
    "en",
    "recruitment",
    "Volunteer EMTs wanted for the Intercourse and Gordonville ambulance companies! We'll pay for your training at our Leola campus. Amish and Mennonite volunteers welcome; we'll arrange rides. Info: ems@millbachcreek.org",
    "recruitment; towns of ambulance companies; the hospital's e-mail",
)

# 219
p(
    "en",
    "discharge",
    "Three months ago, 'Pickle' came to us after swallowing a button battery. Today Penelope Kurtz, 2, went home to Elizabethtown with her voice back, a big sister named Marigold cheering, and a whole unit of fans. Pickle's mom, Jessica, asked us to remind every parent: lock up those batteries. #PicklePower",
    [
        ("NAME", "Pickle", "*"),
        ("NAME", "Penelope Kurtz"),
        ("GEO", "Elizabethtown"),
        ("NAME", "Marigold"),
        ("NAME", "Jessica"),
        ("NAME", "#PicklePower"),
    ],
    note="quoted nickname that is a word; the hashtag holds it",
)

# 220
n(
    "en",
    "campaign_hashtag",
    "#Turn100WithUs isn't a promise, but it's a goal. 🎂 Tell us the secret of your favorite long-lived relative in the comments. We'll feature our favorites, with permission only. #MillbachCreekCares",
    "campaign hashtags with a number",
)

# 221
p(
    "en",
    "pasted_record",
    "Fax cover sheet visible in our 'new fax machine!' photo (yes, we still fax): \"TO: Dr. Shenk | RE: SHIRK, NANCY MRN 7025516 | from son's farm fax 717-555-0107 | call daughter re: hospice, joy.shirk.farm@gmail.com\" Photo deleted.",
    [
        ("NAME", "SHIRK, NANCY"),
        ("MRN", "7025516"),
        ("FAX", "717-555-0107"),
        ("EMAIL", "joy.shirk.farm@gmail.com"),
    ],
    note="the son's fax and the daughter's e-mail; the photo shows a fax sheet, not the patient",
)

# 222
n(
    "es",
    "event",
    "El 6 de enero, Día de Reyes, nuestras enfermeras compartirán rosca con las familias del piso de maternidad. El que encuentre el muñequito invita los tamales el 2 de febrero. ¡Feliz Día de Reyes!",
    "holidays that are not any patient's event",
)

# 223
p(
    "en",
    "patient_story",
    "CONGRATS to KENDRA HURST, who finished 8th grade at Groffdale School on time despite 6 weeks of leukemia treatment this winter! Kendra's mom Janet brought her in on her birthday, April 16, for her last spinal tap, and the whole clinic sang. 🎓",
    [
        ("NAME", "KENDRA HURST"),
        ("NAME", "Kendra"),
        ("NAME", "Janet"),
        ("DATE", "April 16"),
    ],
    note="a school's name is not an identifier; a season is not a date",
)

# 224
n(
    "en",
    "statistic",
    "Our interpreters handled 31,000 encounters last year: 71% Spanish, 12% Pennsylvania Dutch, 6% Slovak and Polish (mostly patients over 90!), and the rest in 22 other languages. Every patient deserves to be understood.",
    "a population age in a statistic",
)

# 225
p(
    "en",
    "milestone_birthday",
    'Happy New Year AND happy 100th birthday to Joseph "Jozo" Hvizdak of Portage, who was born Jan. 1st and credits a lifetime of pork and sauerkraut. Jozo\'s granddaughter Erin brought the sauerkraut to 3 North. 🥳',
    [
        ("AGE", "100th"),
        ("NAME", 'Joseph "Jozo" Hvizdak'),
        ("NAME", "Jozo", "*"),
        ("GEO", "Portage"),
        ("DATE", "Jan. 1st"),
        ("NAME", "Erin"),
    ],
    note="the greeting 'Happy New Year' is not labelled; the birth date is",
)

# 226
n(
    "en",
    "staff_spotlight",
    "Happy birthday to our CEO, Dr. Miriam Stoltzfus-Reyes, born on the Fourth of July and raised on a dairy farm in Paradise! She's celebrating by working a shift in our Gap clinic. 🎂🇺🇸",
    "a staff member's birthday and home town",
)

# 227
p(
    "en",
    "anonymous_story",
    "A farmer in his 90s from Strasburg came in this morning having driven his own team of mules 6 miles through the snow with a broken wrist. 'The mules knew the way,' he said. Cast on, mules fed, ride home arranged. 🐴❄️",
    [("AGE", "90s"), ("GEO", "Strasburg")],
    note="'in his 90s' is an age over 89; his home town",
)

# 228
n(
    "es",
    "hospital_contact",
    "¿Necesita una cita? Llame a la línea en español (717) 555-0163, de lunes a sábado, 7 a.m. a 7 p.m., o escríbanos por mensaje directo a @MCHS_Salud. Nunca le pediremos su número de seguro social por redes.",
    "the hospital's line and handle",
)

# 229
p(
    "en",
    "thank_you",
    "@marek_hudak_art we love the mural you painted for your grandma Zuzana in room 412; the whole floor comes by to see the Tatras. Tell her we said ďakujem for the kolache. She's the queen of 3 West. 👑",
    [
        ("OTHER_ID", "@marek_hudak_art"),
        ("NAME", "Zuzana"),
        ("OTHER_ID", "room 412"),
    ],
    note="grandson's handle; mountains in a painting are not GEO",
)

# 230
n(
    "en",
    "memorial",
    "Almost fifty years ago, the 1977 Johnstown flood took 85 lives. Our Laurel Furnace nurses worked 72 hours straight. Tonight we light candles at 6 p.m. by the flood marker on our Johnstown campus lawn. All are welcome to remember with us. 🕯️",
    "a historical disaster; a hospital event",
)

# 231
p(
    "es",
    "birth_announcement",
    "🎄 ¡Nuestro regalo de Nochebuena! La pequeña Noelia nació el 24 de diciembre a las 11:50 p.m., hija de Araceli Mondragón y Fidel Tapia, originarios de Tejupilco. Su papá dice que se llama Noelia por la Navidad. #BienvenidaNoelia",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Noelia", "*"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Araceli Mondragón"),
        ("NAME", "Fidel Tapia"),
        ("GEO", "Tejupilco"),
        ("NAME", "#BienvenidaNoelia"),
    ],
    note="'La pequeña' outside the span; Navidad is not the birth day",
)

# 232
n(
    "es",
    "campaign_hashtag",
    "#SaludSinFronteras #HongosConSalud #MillbachCreekCares: este mes regalamos 2,000 guantes anticorte a trabajadores de las granjas de hongos. Pase por su par a la clínica de 36 Mill Race Lane, Kennett Square.",
    "campaign hashtags; the clinic's address",
)

# 233
p(
    "en",
    "patient_story",
    "babcia jadzia is officially cancer-free as of 10/3 🎉🇵🇱 jadwiga wróbel, you're a warrior. her grandkids say send her a note at babciajadzia.wrobel@gmail.com, she reads every one out loud",
    [
        ("NAME", "jadzia"),
        ("DATE", "10/3"),
        ("NAME", "jadwiga wróbel"),
        ("EMAIL", "babciajadzia.wrobel@gmail.com"),
    ],
    note="'babcia' is a kinship word; lower-case Polish name and nickname",
)

# 234
n(
    "es",
    "event",
    "El 14 de noviembre es el Día Mundial de la Diabetes. Esa semana habrá pruebas gratis de glucosa en las granjas de hongos de Avondale y Toughkenamon durante el almuerzo. Gracias a los patrones que nos abren sus puertas. 💙",
    "an awareness day; event venues",
)

# 235
p(
    "en",
    "pasted_record",
    "Wrong tab!! 🤦‍♀️ We deleted a post that showed: 'Discharge call list: Kopp, Harold (MRN 1186359) 814-555-0176 / Fetterman, Ruth (MRN 1186402) 814-555-0193'. Both families have been called, and we apologize.",
    [
        ("NAME", "Kopp, Harold"),
        ("MRN", "1186359"),
        ("PHONE", "814-555-0176"),
        ("NAME", "Fetterman, Ruth"),
        ("MRN", "1186402"),
        ("PHONE", "814-555-0193"),
    ],
    note="a surname shared with a politician is still a patient's name",
)

# 236
n(
    "en",
    "thank_you",
    "Our own Dr. Aaron Yoder's grandmother, Salome Yoder, turned 100 last week, and she sent the ICU team a shoofly pie to thank them for 'borrowing' her grandson on holidays. Happy birthday, Mrs. Yoder! 🥧",
    "a staff member's own grandmother, not a patient",
)

# 237
p(
    "es",
    "discharge",
    "¡Alta para Fermín! Fermín Cázares, de 47 años, salió hoy después de 12 días por una infección en la mano que empezó con un corte el 5 de septiembre. Su esposa Dulce pide que la aseguradora deje de llamarle; su número de Medicaid es 410882735... ¡uy, eso no debía ir aquí!",
    [
        ("NAME", "Fermín Cázares"),
        ("NAME", "Fermín", "*"),
        ("DATE", "5 de septiembre"),
        ("NAME", "Dulce"),
        ("HEALTH_PLAN", "410882735"),
    ],
    note="injury date; Medicaid number is HEALTH_PLAN; 'Dulce' is a name that is a word",
)

# 238
n(
    "en",
    "research",
    "New research from our genetics team: a founder variant carried by about 1 in 8 Old Order Amish in Lancaster County lowers LDL cholesterol by 20%. Thank you to the 2,100 anonymous volunteers who gave blood samples. 🧬",
    "population research",
)

# 239
p(
    "en",
    "milestone_birthday",
    'Our oldest patient this year just turned one hundred and two! 🎉 Lucille "Lou" Bowser of Kittanning was born on Labor Day and worked 30 years at the glass plant in Ford City. Lou\'s son Dale, 79, drove her in for her checkup and got a cupcake too.',
    [
        ("AGE", "one hundred and two"),
        ("NAME", 'Lucille "Lou" Bowser'),
        ("NAME", "Lou", "*"),
        ("GEO", "Kittanning"),
        ("DATE", "Labor Day"),
        ("GEO", "Ford City"),
        ("NAME", "Dale"),
    ],
    note="multi-word age; her workplace town; the son's age of 79 is not labelled",
)

# 240
n(
    "es",
    "anonymous_story",
    "Nos pidió no decir su nombre, su edad ni su pueblo, así que solo contamos esto: una bisabuela terminó hoy su sesión número 36 de rehabilitación cardíaca y salió bailando del gimnasio. ¡La vamos a extrañar! 💃",
    "nameless story with no identifier",
)

if __name__ == "__main__":
    S.main("phi_dev78_source")
