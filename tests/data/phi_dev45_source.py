"""Blind development set d45 for the PHI scanner: tests/data/phi_dev45.jsonl.

Organisation: Red Earth Health (phi_dev45_org.json): Oklahoma City main campus
(1200 Red Earth Parkway), Tulsa campus (4500 South Peoria Avenue) and the Classen
clinic in OKC's Asia District (2900 North Classen Boulevard); ten 555-01xx numbers
(switchboards, Patient & Family line, Spanish/reunification line, Vietnamese
interpreter line, records fax, Tulsa ED, foundation, media, recruitment); domains
redearthhealth.org and redearthgives.org; handles @RedEarthHealth, @RedEarthKids,
@RedEarthTulsa, @SaludRedEarth.
Focus: Cherokee, Muscogee (Creek) and Choctaw families; Vietnamese families in the
Asia District; Hispanic families (quinceaneras, posadas, Dia de Muertos);
tornado season and ice storms; rodeo and oil-field injuries; Thunder players and
other public figures visiting; church prayer chains.
Hard cases: names that are words, places or tribes (Dakota, Shawnee, Cheyenne,
Kiowa, Storm, Hope, Sunny, Deer, Soap, Tiger, Billy, An, Le, Mai, Julio, Socorro,
Milagros, Paz); Vietnamese names with and without diacritics; lower-case, ALL-CAPS
and chart-style names; names only in hashtags (one looks like a month); relatives
in passing; staff, a volunteer, a public figure and a former NICU baby who are
themselves the patient; towns that are first names (Ada, Hugo, Norman); dates as
numbers (3/9, 10.31, 1-14, 30/9), ordinals, a day of the month alone, Spanish dates,
holidays that are the patient's day (Christmas Eve, Tet, Mother's Day, Halloween,
Thanksgiving, Nochebuena, Dia de la Virgen de Guadalupe, Dia de Muertos) next to
the same holidays as events; ages over 89 in digits, words, ordinals, "97yo", "93M";
an 89-year-old beside a 91-year-old; family phones, fax and emails beside the
hospital's own; MRN, IHS chart, SoonerCare, tribal citizenship, account, licence,
plate, device, portal user, IP. Hard negatives: staff spotlights with hometowns,
volunteers aged 90+, donors and sponsors whose surnames are patient surnames
elsewhere, fictional Thunder players and officials, Wilma Mankiller, Jim Thorpe,
Sequoyah, Cesar Chavez, eponyms (Tommy John, Lou Gehrig, Kawasaki, Bell's palsy,
Graves', Guillain-Barre, Osgood-Schlatter, Down syndrome, Parkinson's), awareness
days, event dates, statistics with 90+ figures, campaign hashtags, anonymous stories.
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer is NOT labelled (brief for this set, overriding the holdout
  set's "employers are NAME"): Tinker, a drilling company, a ranch boss, a relative's
  own business that sponsors us (its owner is labelled as the patient's relative).
- An individual's age given only as the 90+ band ("a patient in her 90s", "una
  paciente de mas de 90 anos") is the Safe Harbor aggregate category and is NOT AGE;
  an exact age over 89 of an unnamed patient (or of a patient's relative) is AGE and
  makes the post patient-specific. Ages of volunteers, staff and public figures
  are never labelled, even over 89; a patient aged exactly 89 is not AGE.
- AGE in chart shorthand takes the whole token when the suffix is glued on ("97yo",
  "93M", "102nd"); a separate "y/o" is not included ("91 y/o" -> "91"). Number words
  are AGE ("Ninety-two", "noventa y seis", "one hundred", "Cien"); the candles joke
  "Ninety-two candles" states her age and is labelled.
- Tribal nations (Cherokee Nation, Choctaw Nation, Nacion Muscogee) are not GEO (treated
  like states/nations, i.e. citizenship); a tribal citizenship number is OTHER_ID, an
  IHS chart number is MRN, a SoonerCare (Medicaid) ID is HEALTH_PLAN, a research
  participant number is OTHER_ID.
- The place of a patient's injury (rig near a town, highway and town of a crash,
  rodeo town) is GEO; so is the town of the patient's church or parish, of the
  patient's school, of a relative's home or mailing address, a rural route address,
  and a county. Locations of mass-casualty events given for a group, event venues,
  sponsors' and donors' towns, and staff hometowns are not GEO.
- Public figures, staff and volunteers who are themselves the patient in the post are
  labelled like any patient; in their roles elsewhere they are not.
- Person-tied dates include the date of a patient's quinceanera, a patient's due
  date and a scheduled scan; "last June" -> "June" (the month is given); "the 14th"
  -> "14th" and "el dia 9" -> "dia 9" (article excluded, "dia" kept).
- A quoted nickname inside a full name is one span including the quotes
  ("Ramiro 'Miro' Castaneda"); a standalone nickname is its own NAME; a nickname plus
  name written side by side ("'Kid Relampago' Ernesto Fajardo") is two NAME spans.
- Vietnamese honorifics (Ba, Ong), church honorifics (Brother, Bro., Deacon), Don,
  Dona, Sra., sr., lt., Rev., Abuela, Grandma and Aunt are not part of NAME spans.
- Pets, service dogs and toys are not labelled; a referring doctor's fax would not
  be, a patient's daughter's fax is FAX. Vehicle plates are the value only without
  the state ("tag OK JRF-604" -> "JRF-604").
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev45.jsonl"), os.path.join(HERE, "phi_dev45_org.json"), "d45")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Dakota Sixkiller 🏀 11 yrs old, Cherokee Nation citizen, and the only kid in our peds rehab gym who can beat Coach T at HORSE. Dakota came to us from Tahlequah on 3/9 after a trampoline fall broke both wrists. Casts off, jump shot back. #DakotaStrong #RedEarthKids",
    [
        ("NAME", "Dakota Sixkiller"),
        ("NAME", "Dakota", "*"),
        ("GEO", "Tahlequah"),
        ("DATE", "3/9"),
        ("NAME", "#DakotaStrong"),
    ],
    note="Patient name (a place/tribe word), hometown, injury date, name hashtag; Coach T is staff, Cherokee Nation is not GEO, #RedEarthKids is the hospital's.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight ✨ Meet Nurse Manager Linh Tran, RN, BSN, who grew up in the Asia District, started here as a unit clerk in 2008 and now runs our 40-bed med-surg floor. Her mom's pho recipe is a break-room legend.",
    "Staff member, her hometown neighbourhood and her mother: staff and staff families are never labelled.",
)

# 3
p(
    "en",
    "patient_story",
    "When the sirens went off in Moore, Shawnee Harjo grabbed her two little ones and climbed into the bathtub. That's where firefighters found all three of them. Shawnee spent 9 days with us on 6 West; her boys Tiger and Cub (family nicknames, not ours!) were home in 2. She asked us to share one thing: get a helmet for every kid in your house. #TornadoReady",
    [
        ("GEO", "Moore"),
        ("NAME", "Shawnee Harjo"),
        ("NAME", "Shawnee", "*"),
        ("NAME", "Tiger"),
        ("NAME", "Cub"),
    ],
    note="Patient named like a town/tribe, her home town (Moore), her sons' nicknames; 6 West is a unit, #TornadoReady a campaign.",
)

# 4
n(
    "en",
    "health_tip",
    "🌪️ Tornado season is here. Put shoes, a helmet, meds and a phone charger in your safe room NOW. Kids' bike helmets save lives. #TornadoReady #RedEarthStrong",
    "General safety tip; seasons and campaign hashtags are not identifiers.",
)

# 5
p(
    "en",
    "patient_story",
    "roughneck life is no joke. Travis Beaver was 30 ft up the derrick on a Cimarron Drilling rig outside Woodward when the line snapped. Flown to our OKC trauma center, 4 surgeries, and today he walked the hallway with his daughter Kaylee pushing the IV pole. Travis says tell the crew at Cimarron he'll be back before they miss him 😂",
    [
        ("NAME", "Travis Beaver"),
        ("NAME", "Travis", "*"),
        ("GEO", "Woodward"),
        ("NAME", "Kaylee"),
    ],
    note="Patient, place of his injury (GEO), daughter; the employer (Cimarron Drilling) is not labelled.",
)

# 6
n(
    "en",
    "staff_spotlight",
    "Say hi to Dr. Joseph Sixkiller, our new pediatric hospitalist! Dr. Sixkiller is a Cherokee Nation citizen from Tahlequah, trained at OU, and speaks conversational Cherokee. He starts on our Tulsa campus on July 1. ᎣᏏᏲ!",
    "New doctor: staff name, hometown and start date are not patient identifiers (same surname as a patient elsewhere).",
)

# 7
p(
    "en",
    "patient_story",
    "Bareback rider, 19, from Okmulgee: Colt Fixico took a hoof to the elbow at the Cowboy Christmas rodeo on Dec 6 and needed what everyone calls Tommy John surgery. Colt is already asking our hand therapist when he can get back on. Not yet, cowboy. 🤠",
    [
        ("GEO", "Okmulgee"),
        ("NAME", "Colt Fixico"),
        ("NAME", "Colt", "*"),
        ("DATE", "Dec 6"),
    ],
    note="Rodeo patient, home town, injury date; Tommy John is an eponym, age 19 is not labelled, 'Cowboy Christmas' is the rodeo's name.",
)

# 8
n(
    "en",
    "health_tip",
    "Rodeo moms & dads: a bull-riding vest is not optional. Our Tulsa trauma team saw 37 rodeo injuries in kids under 18 last summer. Helmets, vests, mouthguards. Every ride. 🤠",
    "Statistic-based tip; no person.",
)

# 9
p(
    "en",
    "patient_story",
    'Bà Lê Thị An has run a pho stand for 30 years. When her sugar got out of control this spring, her granddaughter Vy brought her to our Classen clinic, where our Vietnamese-speaking diabetes educator sat with them for two hours. "Now An checks her sugar before she tastes the broth," Vy laughs. 🍜',
    [
        ("NAME", "Lê Thị An"),
        ("NAME", "An", "*"),
        ("NAME", "Vy", "*"),
    ],
    note="Vietnamese patient (given name An, a common word) and granddaughter; Bà is an honorific; 'this spring' is a season.",
)

# 10
n(
    "en",
    "health_tip",
    "Heat advisory 🔥 Oil-field and roofing crews: drink water every 15 minutes, take shade breaks, and know the signs of heat stroke: confusion, hot dry skin, no sweat. Call 911 immediately.",
    "General tip; 911 is a national line.",
)

# 11
p(
    "en",
    "patient_story",
    "update from the prayer chain at Okemah First Baptist 🙏 brother wendell harjo came thru his bypass fine on the 14th and is sitting up eating jello in CVICU. his wife Loretta says thank u to the Red Earth heart team and asks for prayers for her own knees lol",
    [
        ("GEO", "Okemah"),
        ("NAME", "wendell harjo"),
        ("DATE", "14th"),
        ("NAME", "Loretta"),
    ],
    note="Lower-case patient name, surgery day of month alone, wife; the town of his church tells where he lives (GEO).",
)

# 12
n(
    "en",
    "event",
    "Join us Saturday, April 26 at 9 am for the Red Earth 5K Color Run at Scissortail Park in OKC! All proceeds support our pediatric oncology unit. Register: redearthgives.org/5k 🏃‍♀️",
    "Event date and venue, hospital domain.",
)

# 13
p(
    "en",
    "patient_story",
    "Choctaw Nation elder Mr. Noah Billy drove up from Durant for cataract surgery with our Dr. Hannah Billy (no relation, they checked 😄). He says he can read his Bible without a magnifier for the first time in years.",
    [
        ("NAME", "Noah Billy"),
        ("GEO", "Durant"),
    ],
    note="Patient and his home town; the surgeon shares his surname and is not labelled; Choctaw Nation is not GEO.",
)

# 14
n(
    "en",
    "event",
    "Red Earth Health is proud to be medical sponsor of the Red Earth Festival, June 6-8 at the Cox Convention Center. Stop by our booth for free blood-pressure checks and a Cherokee-language health guide. 🪶",
    "Festival dates and venue, not any patient's.",
)

# 15
p(
    "en",
    "patient_story",
    "Pictured: Ruby Walkingstick, 7, with the quilt her great-grandma Nell stitched while Ruby was in treatment at our Tulsa campus. Ruby rang the bell on 4/22. Nell made one for every kid on the floor, too. 🧵",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ruby Walkingstick"),
        ("NAME", "Ruby", "*"),
        ("NAME", "Nell", "*"),
        ("DATE", "4/22"),
    ],
    note="Photo of the patient, patient and great-grandmother, end-of-treatment date.",
)

# 16
p(
    "en",
    "patient_story",
    "Everyone at Tinker knows him as 'Bulldog.' His mama named him Khanh Vo. Either way, he's the guy who drove himself to our ER with a burst appendix because he 'didn't want to bother anybody.' Khanh is home in Midwest City now and already bothering his wife Mai about when he can mow. 🙄",
    [
        ("NAME", "Bulldog"),
        ("NAME", "Khanh Vo"),
        ("NAME", "Khanh", "*"),
        ("GEO", "Midwest City"),
        ("NAME", "Mai"),
    ],
    note="Nickname, name, home town, wife; the employer (Tinker) is not labelled.",
)

# 17
p(
    "en",
    "patient_story",
    "on the 2nd of Feb our Tulsa ED got a walk-in: a 9-yr-old girl carrying her little brother Eli, who'd swallowed a button battery. They'd walked 6 blocks from home in 74127 because mom was at work. Eli is fine. His sister Jazmine is our hero of the month 🦸‍♀️",
    [
        ("DATE", "2nd of Feb"),
        ("NAME", "Eli", "*"),
        ("GEO", "74127"),
        ("NAME", "Jazmine"),
    ],
    note="Child patient, his sister, visit date, home ZIP.",
)

# 18
p(
    "en",
    "patient_story",
    'PRAYER REQUEST FROM THE FAMILY OF JOSEPH "JOJO" PROCTOR: JOJO WAS HURT IN THE WRECK ON HWY 51 NEAR COWETA AND IS IN OUR NEURO ICU. THE FAMILY ASKS FOR PRAYERS AND PRIVACY. #JOJOSTRONG',
    [
        ("NAME", 'JOSEPH "JOJO" PROCTOR'),
        ("NAME", "JOJO", "*"),
        ("GEO", "HWY 51"),
        ("GEO", "COWETA"),
        ("NAME", "#JOJOSTRONG"),
    ],
    note="ALL-CAPS name with quoted nickname, road and town of the crash, name hashtag.",
)

# 19
n(
    "en",
    "health_tip",
    "Diabetes runs high in many Native families, and it's preventable. Free A1C checks at our Classen clinic, Mon-Fri 8-4. Walk-ins welcome at 2900 North Classen Boulevard. 🩸",
    "Tip with the hospital's own clinic address and hours.",
)

# 20
p(
    "en",
    "patient_story",
    "Six weeks ago he couldn't lift his head. This morning he roped a dummy steer in the PT courtyard while half of 5 North cheered. Stubborn, funny, and 100% cowboy. We're going to miss you, partner. 🐂 #RopeLikeRhett #RedEarthRehab",
    [
        ("NAME", "#RopeLikeRhett"),
    ],
    note="The patient is named only in the hashtag #RopeLikeRhett; #RedEarthRehab is a hospital tag, 100% is not an age.",
)

# 21
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Hope Nguyen-Sixkiller! 7 lb 2 oz, born 11:52 pm on Christmas Eve at our OKC campus. Big brother Bao says she is 'too small to play Roblox.' Hope you're all as happy as we are! 🎄👶",
    [
        ("NAME", "Hope Nguyen-Sixkiller"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Bao"),
    ],
    note="Baby with a word name and double surname, born on Christmas Eve, brother; the second 'Hope' is the verb.",
)

# 22
n(
    "en",
    "health_tip",
    "Bánh chưng, tamales and frybread are all on the table this season 😋 Tips for diabetes-friendly holiday plates from our dietitian Nhung Le, RD: fill half the plate with veggies, watch the rice, and take a walk after dinner.",
    "Tip from a named staff dietitian.",
)

# 23
p(
    "en",
    "birth_announcement",
    "First baby of the Year of the Snake at Red Earth! Minh Thư arrived at 12:07 am on Tết, and her grandparents drove in from Garden Grove to hand out lì xì envelopes to the whole L&D team. Chúc mừng năm mới! 🧧",
    [
        ("NAME", "Minh Thư"),
        ("DATE", "Tết"),
        ("GEO", "Garden Grove"),
    ],
    note="Baby born on Tet (holiday as birth date), grandparents' home city.",
)

# 24
n(
    "en",
    "event",
    "Thunder Fan Fest comes to our pediatric floor! Former Thunder center Mark 'Big Red' Ellison and Rumble the Bison will visit on Dec 12 at 3 pm. Sorry, no public tickets: this one's for our patients. ⚡🏀",
    "Visiting former player (public figure) and event date.",
)

# 25
p(
    "en",
    "birth_announcement",
    "She couldn't wait for the all-clear. Baby Storm Wildcat was born in the 3rd-floor hallway of our OKC campus during Tuesday's tornado warning, with nurses shielding mom Kayla with pillows. 6 lb 11 oz of pure thunder. ⛈️",
    [
        ("NAME", "Storm Wildcat"),
        ("NAME", "Kayla"),
    ],
    note="Baby named with two ordinary words, mother; Tuesday is a weekday.",
)

# 26
n(
    "en",
    "event",
    "Tết celebration at our Classen clinic 🧧 Saturday Feb 1, 10-2: lion dance, bánh chưng, free flu shots, and Vietnamese-speaking providers. Call (405) 555-0115 for interpreter info.",
    "Tet as a hospital event, not a patient's day; hospital number.",
)

# 27
p(
    "en",
    "birth_announcement",
    "TWINS! 👶👶 Born 5/5 to the Deerinwater family of Sallisaw. A.J. came first at 4:10 am, and his sister Rae followed at 4:13 because she's polite. #TwinTuesday",
    [
        ("DATE", "5/5"),
        ("NAME", "Deerinwater"),
        ("GEO", "Sallisaw"),
        ("NAME", "A.J."),
        ("NAME", "Rae"),
    ],
    note="Birth date, family surname, home town, initials and first name of the twins.",
)

# 28
n(
    "en",
    "event",
    "Blood drive at the Muskogee Civic Center Thursday, 1-6 pm. After the May tornadoes, Oklahoma's supply is critically low. Every donor gets a Red Earth t-shirt. 🩸",
    "Event venue and a month of public storms; no patient.",
)

# 29
p(
    "en",
    "birth_announcement",
    "Talk about timing. Aaliyah Chupco made Tasha a mom on Mother's Day morning, and dad Marcus had the flowers already in the car (he swears). Welcome, little one 💐",
    [
        ("NAME", "Aaliyah Chupco"),
        ("NAME", "Tasha"),
        ("DATE", "Mother's Day"),
        ("NAME", "Marcus"),
    ],
    note="Baby, parents, and the holiday that is her birth date.",
)

# 30
n(
    "en",
    "statistic",
    "By the numbers, 2024 🧮: 41,806 ER visits, 3,912 babies born, 611 trauma activations, and 17 patients over the age of 100 cared for across our two campuses.",
    "Aggregate counts; 'over the age of 100' describes a group.",
)

# 31
p(
    "en",
    "birth_announcement",
    "Boo! 🎃 Our Halloween baby, Wren Ortiz-Tiger, arrived 10.31 at 8 lb even. Mom Celeste asked us to say her costume this year is 'exhausted.'",
    [
        ("DATE", "Halloween"),
        ("NAME", "Wren Ortiz-Tiger"),
        ("DATE", "10.31"),
        ("NAME", "Celeste"),
    ],
    note="The same birth day written twice (holiday and 10.31), baby, mother.",
)

# 32
n(
    "en",
    "statistic",
    "Oklahoma has one of the highest rates of heart disease in the country. In our service area, 1 in 3 adults over 45 has high blood pressure, and half don't know it. ❤️",
    "Population statistic.",
)

# 33
p(
    "en",
    "birth_announcement",
    "Cheyenne Bearpaw, 6 lb 9 oz, born 8/19 in our Tulsa birth center. Dad is from Cheyenne, Wyoming, mom is from Broken Arrow, and they swear the name is a coincidence. 🤷",
    [
        ("NAME", "Cheyenne Bearpaw"),
        ("DATE", "8/19"),
        ("GEO", "Cheyenne", 2),
        ("GEO", "Broken Arrow"),
    ],
    note="Baby's name is also a city; the parents' home cities are GEO; Wyoming is a state; the birth center is the hospital's.",
)

# 34
n(
    "en",
    "statistic",
    "Rodeo season recap: our Tulsa ortho team fixed 58 broken collarbones between March and August. Riders ranged from 8 to 74 years old. Please, y'all, wear the vest.",
    "Aggregate figures and months of a season, ages under 90.",
)

# 35
p(
    "en",
    "birth_announcement",
    "Seven pounds of sweet tea 🍑 welcome to the world, little one! Born this morning on 2 West to a mama who labored through a thunderstorm and a power blip. #WelcomeBabyJune",
    [
        ("NAME", "#WelcomeBabyJune"),
    ],
    note="The baby's name (June, also a month) appears only in the hashtag.",
)

# 36
n(
    "en",
    "statistic",
    "Since 2019, our Asia District clinic has served 6,200 Vietnamese-speaking patients. 92% said they'd recommend us to family. Cảm ơn! 🙏",
    "Aggregate figures; 92% is not an age.",
)

# 37
p(
    "en",
    "discharge",
    "GOING HOME DAY for Mr. Ezekiel Chaney, 96, who told every nurse on 7 North he was 'too ornery to die.' Admitted 1/3 with pneumonia, discharged today to his farm outside Ada. Go get 'em, Zeke.",
    [
        ("NAME", "Ezekiel Chaney"),
        ("AGE", "96"),
        ("DATE", "1/3"),
        ("GEO", "Ada"),
        ("NAME", "Zeke"),
    ],
    note="Name, nickname, age over 89, admission date, home town (also a first name).",
)

# 38
n(
    "en",
    "statistic",
    "Patients 90 and older made up 4% of our admissions last year, a number that has doubled since 2015. Our geriatric ED is built for them. 👵👴",
    "Population ages are not labelled.",
)

# 39
p(
    "en",
    "discharge",
    "After 112 days in our NICU, micro-preemie Nova is HOME 🏠💜 She was 1 lb 3 oz when she was born on the 4th of July. Mom Leilani & dad Kimo: you two are the toughest people we know. #NICUGrad",
    [
        ("NAME", "Nova"),
        ("DATE", "4th of July"),
        ("NAME", "Leilani"),
        ("NAME", "Kimo"),
    ],
    note="Baby, birth date on a holiday, parents; 112 days is a duration.",
)

# 40
n(
    "en",
    "statistic",
    "Tornado season 2025 so far: 3 mass-casualty alerts, 212 patients seen, 0 lost. Thank you to every EMT, nurse and volunteer. #OKStrong",
    "Aggregate counts, campaign hashtag.",
)

# 41
p(
    "en",
    "discharge",
    "discharge board this am 🎉: rm 618 bigpond → home w/ home health. rm 621 → rehab. rm 603 → still with us, keep the cookies coming",
    [
        ("OTHER_ID", "rm 618"),
        ("NAME", "bigpond"),
        ("OTHER_ID", "rm 621"),
        ("OTHER_ID", "rm 603"),
    ],
    note="Chart-style lower-case name; each room number is tied to a patient.",
)

# 42
n(
    "en",
    "recruitment",
    "NOW HIRING 🚨 Travel & staff RNs for our Tulsa ICU. $15,000 sign-on bonus. Apply at redearthhealth.org/careers or call our recruiter, Kim Pham, at (405) 555-0150.",
    "Recruiter (staff), hospital domain and number.",
)

# 43
p(
    "en",
    "discharge",
    'Sunshine Factor ("Sunny" to everyone on our burn unit) goes home today after a month with us. Her church is running a meal train; sign up with her aunt Debra at 918-555-0247. We\'ll miss that laugh.',
    [
        ("NAME", "Sunshine Factor"),
        ("NAME", "Sunny"),
        ("NAME", "Debra"),
        ("PHONE", "918-555-0247"),
    ],
    note="Word-names, aunt and the aunt's phone.",
)

# 44
n(
    "en",
    "recruitment",
    "Hablas español? Nói tiếng Việt? Do you speak Mvskoke or Cherokee? We're hiring medical interpreters in OKC and Tulsa. Bilingual pay differential. #RedEarthCareers",
    "Job ad.",
)

# 45
p(
    "en",
    "discharge",
    "Discharged: one very impatient welder. Ramiro 'Miro' Castañeda was burned in a flash fire at a well site near Kingfisher on Sept. 30. Today he walked out on his own two feet, his boys carrying the balloons. Miro, stay off the scaffold for six more weeks, we mean it.",
    [
        ("NAME", "Ramiro 'Miro' Castañeda"),
        ("NAME", "Miro", "*"),
        ("GEO", "Kingfisher"),
        ("DATE", "Sept. 30"),
    ],
    note="Name with nickname, place and date of the injury.",
)

# 46
n(
    "en",
    "recruitment",
    "New grads! 🎓 Our 12-month nurse residency starts in February and July. Info session Tuesday 6 pm in the Sequoyah Conference Room, Tulsa campus.",
    "Program months; Sequoyah is a historical figure naming a room.",
)

# 47
p(
    "en",
    "discharge",
    "HE'S HOME!!! 🏠 Pastor asked us to share: Bro. Leon Tiger was discharged from Red Earth Tulsa MARCH 28 after his stroke and is already back in his recliner in Henryetta watching the Thunder game. THANK YOU RED EARTH STROKE TEAM",
    [
        ("NAME", "Leon Tiger"),
        ("DATE", "MARCH 28"),
        ("GEO", "Henryetta"),
    ],
    note="Name (Bro. is a church honorific), discharge date in caps, home town.",
)

# 48
n(
    "en",
    "recruitment",
    "We're looking for volunteers 55+ for our No One Dies Alone program. Training on the first Saturday of each month. Our oldest volunteer is 96 and says it's the best thing she's ever done. 💜",
    "A volunteer's age is never labelled.",
)

# 49
p(
    "en",
    "discharge",
    "Our longtime gift-shop volunteer Opal Hummingbird was on the OTHER side of the bed this month 😮 Hip replacement on the 9th, discharged yesterday, and she's already asking when she can come back to run the register. Heal up, Opal!",
    [
        ("NAME", "Opal Hummingbird"),
        ("NAME", "Opal", "*"),
        ("DATE", "9th"),
    ],
    note="A volunteer who is herself the patient; surgery day of the month alone.",
)

# 50
n(
    "en",
    "recruitment",
    "Former oilfield medic? Army combat medic? Your skills transfer. Our ER tech apprenticeship pays while you train. DM @RedEarthHealth 🛢️🩺",
    "Job ad, hospital handle.",
)

# 51
p(
    "en",
    "discharge",
    "Leaving us today: 15-yr-old bull rider Jace Colbert, after a scary head injury at the Guthrie rodeo. His mom asked us to share her email for anyone who wants to send cards: colbertfam4@yahoo.com. Jace, wear the helmet. ALWAYS.",
    [
        ("NAME", "Jace Colbert"),
        ("NAME", "Jace", "*"),
        ("GEO", "Guthrie"),
        ("EMAIL", "colbertfam4@yahoo.com"),
    ],
    note="Patient, town of the injury, mother's email.",
)

# 52
n(
    "en",
    "crisis_update",
    "⚠️ TORNADO WARNING for Oklahoma County. Patients and visitors at 1200 Red Earth Parkway, please follow staff to interior hallways. Do not go to the parking garage.",
    "Hospital address and a county-wide warning.",
)

# 53
p(
    "en",
    "thank_you",
    "To the Pham family: thank you for the 200 bánh mì you brought to our 4 West staff after your grandpa Ông Sáu went home. Nobody on night shift went hungry. 🥖🙏",
    [
        ("NAME", "Pham"),
        ("NAME", "Sáu"),
    ],
    note="Family surname and the patient's name (a birth-order number word); Ông is an honorific.",
)

# 54
n(
    "en",
    "crisis_update",
    "UPDATE 11:20 pm: Our OKC ED has received 31 patients from tonight's storms, 6 in critical condition. Families seeking loved ones, please call (405) 555-0199. Do NOT come to the ED entrance.",
    "Counts only; reunification line is the hospital's.",
)

# 55
p(
    "en",
    "thank_you",
    "Thank you, Grandma Bea! 💕 At 101 she's the oldest patient our hip team has ever fixed, and she sent the whole OR a thank-you card in perfect cursive. She wrote: 'Y'all were gentle.'",
    [
        ("NAME", "Bea"),
        ("AGE", "101"),
    ],
    note="Patient's first name and age over 89.",
)

# 56
n(
    "en",
    "crisis_update",
    "Due to the ice storm, our Tulsa campus (4500 South Peoria Avenue) outpatient clinics are closed Thursday. The ER remains open 24/7. Stay safe, Green Country. ❄️",
    "Hospital address and closure notice.",
)

# 57
p(
    "en",
    "thank_you",
    "A note from the family of Gerald Wolfe, on 8 North last week: 'Nurse Priya and tech DeShawn treated Dad like he was their own grandpa. We'll never forget it.' Shout out to Priya Raman RN and DeShawn Ellis PCT! 👏",
    [
        ("NAME", "Gerald Wolfe"),
    ],
    note="Patient named; the nurse and tech are staff.",
)

# 58
n(
    "en",
    "crisis_update",
    "Water main break near our Classen clinic: services moved to the OKC main campus today. Questions? (405) 555-0100.",
    "Operations notice.",
)

# 59
p(
    "en",
    "thank_you",
    "Thank you @okie_mama_of5 for the 60 blankets you crocheted for our NICU in memory of your son Brody's stay with us. Every baby on the unit is wrapped in one tonight. 🧶",
    [
        ("OTHER_ID", "@okie_mama_of5"),
        ("NAME", "Brody"),
    ],
    note="A former patient's mother's social handle and the patient's name.",
)

# 60
n(
    "en",
    "crisis_update",
    "A patient in her 80s was hurt when the roof came down on her home last night. Our thoughts are with everyone in the storm's path. Donations of shoes and clothing: drop off at our Tulsa main lobby.",
    "Anonymous patient, age under 90, relative time.",
)

# 61
p(
    "en",
    "thank_you",
    "THANK YOU to the Fixico-Lee family, who raised $14,000 at the Creek Nation Festival for our pediatric cancer fund in honor of their son TANNER, diagnosed here last June. 🪶",
    [
        ("NAME", "Fixico-Lee"),
        ("NAME", "TANNER"),
        ("DATE", "June"),
    ],
    note="Donors are a patient's family; month of diagnosis; the festival is an event.",
)

# 62
n(
    "en",
    "crisis_update",
    "Code Black drill today at 10 am on both campuses. You may hear overhead announcements. This is ONLY a drill.",
    "Drill notice.",
)

# 63
p(
    "en",
    "thank_you",
    "Thank you, Mrs. Eloise Proctor (94!), for knitting hats for every baby born at our Tulsa campus this year, even while you were our patient on 5 West in October. You are a legend. 🧶👑",
    [
        ("NAME", "Eloise Proctor"),
        ("AGE", "94"),
        ("DATE", "October"),
    ],
    note="She was a patient: name, age over 89, month of stay.",
)

# 64
n(
    "en",
    "research",
    "New study from our Tulsa research team and Cherokee Nation Health Services: community health workers cut A1C by 1.2 points in 412 adults over 18 months. Published today in JAMA Network Open.",
    "Research result, aggregate.",
)

# 65
p(
    "en",
    "thank_you",
    "Shoutout to Marisol and her service dog Biscuit, who visited our peds floor on her last day of chemo to hand out stickers. Biscuit got more hugs than anyone. Marisol got the bell. 🔔",
    [
        ("NAME", "Marisol", "*"),
    ],
    note="Patient's first name; the dog's name is not labelled.",
)

# 66
n(
    "en",
    "research",
    "Enrolling now 🔬: adults 18-65 with type 2 diabetes for a 12-week study of a Cherokee Nation-developed nutrition program. $200 compensation. Info: research@redearthhealth.org",
    "Study recruitment, hospital email.",
)

# 67
p(
    "en",
    "thank_you",
    "To everyone on the Antioch Baptist prayer chain who called (405) 555-0123 asking about Brother Amos Deere: thank you! Our Patient & Family line can't share details, but Amos wanted you to know he's sitting up and fussing about the coffee. ☕",
    [
        ("NAME", "Amos Deere"),
        ("NAME", "Amos", "*"),
    ],
    note="Patient named; the number is the hospital's Patient & Family line.",
)

# 68
n(
    "en",
    "research",
    "Our neurology team is part of a national trial testing a new drug for early Alzheimer's disease. Dr. Alan Gutierrez is the site lead. Ask your doctor if you qualify.",
    "Eponym and staff doctor.",
)

# 69
p(
    "en",
    "memorial",
    "We are heartbroken. Former ER charge nurse and lifelong patient advocate Vivian Cloud passed away in our ICU on Feb. 11, surrounded by her husband Ray and three grandkids. She trained half of our ER. Rest easy, Viv. 🕊️",
    [
        ("NAME", "Vivian Cloud"),
        ("DATE", "Feb. 11"),
        ("NAME", "Ray"),
        ("NAME", "Viv"),
    ],
    note="A former nurse who died as our patient: name, date of death, husband, nickname.",
)

# 70
n(
    "en",
    "research",
    "Why do Vietnamese-American women in Oklahoma get screened for cervical cancer less often? Dr. Quynh Do and our Asia District outreach team surveyed 300 families to find out. Results ➡️ redearthhealth.org/research",
    "Research by staff; a surveyed population.",
)

# 71
p(
    "en",
    "memorial",
    "In loving memory of Mr. Trương Văn Lộc, 98, who spent his last weeks on our palliative unit surrounded by his 11 grandchildren. He came to OKC in 1979 with nothing and built three nail salons. We were honored to care for him.",
    [
        ("NAME", "Trương Văn Lộc"),
        ("AGE", "98"),
    ],
    note="Vietnamese name with diacritics, age over 89; the bare year is not labelled.",
)

# 72
n(
    "en",
    "research",
    "Research Day 2025 🧪: 64 posters, 12 podium talks, and one very competitive chili cook-off. Congrats to Dr. Wes Bearpaw on best poster for his work on concussion recovery in teen rodeo athletes.",
    "Staff researcher; no patient.",
)

# 73
p(
    "en",
    "memorial",
    "Fly high, little warrior. 🦋 Our hearts are with your mama and daddy tonight. #ForeverFive #LiamsLight",
    [
        ("NAME", "#LiamsLight"),
    ],
    note="Patient named only in a hashtag; #ForeverFive gives an age under 90.",
)

# 74
n(
    "en",
    "public_figure",
    "Thunder forward Jalen Okafor and guard Trey Whitman stopped by our pediatric floor today to sign autographs and lose at Mario Kart. #ThunderUp ⚡🏀",
    "Visiting athletes are public figures.",
)

# 75
p(
    "en",
    "memorial",
    "Two years ago tonight the storm took Grandpa Walter Bigpond from us, hours after our team fought for him. His granddaughter sent us this: 'May 6 is a hard day in Moore, but we still see him in every sunset.' 🌅",
    [
        ("NAME", "Walter Bigpond"),
        ("DATE", "May 6"),
        ("GEO", "Moore"),
    ],
    note="Patient's date of death (also a storm date) and the family's town.",
)

# 76
n(
    "en",
    "public_figure",
    "Honored to welcome Principal Chief Daniel Waters of the Cherokee Nation to our Tulsa campus to open our new Cherokee-language wayfinding signs. ᏩᏙ!",
    "Tribal official, public figure.",
)

# 77
p(
    "en",
    "memorial",
    "Rest in peace to Thunder season-ticket holder & Loud City legend Earl 'Big E' Washington, 93, who died here on 4/12. The team sent a jersey with his name on it for the family. Earl, Loud City will be a little quieter tonight. ⚡",
    [
        ("NAME", "Earl 'Big E' Washington"),
        ("NAME", "Earl", "*"),
        ("AGE", "93"),
        ("DATE", "4/12"),
    ],
    note="Superfan who died as our patient: name with nickname, age, date of death.",
)

# 78
n(
    "en",
    "public_figure",
    "Today we remember Wilma Mankiller, the first woman elected Principal Chief of the Cherokee Nation. Her lifelong fight for rural health care still guides our community health work. 🪶",
    "Historical figure.",
)

# 79
p(
    "en",
    "memorial",
    "rip miss dorothea. 99 yrs old, sharpest mind on 3 north, told us every night about picking cotton near hugo. we'll miss you 💔",
    [
        ("NAME", "dorothea"),
        ("AGE", "99"),
        ("GEO", "hugo"),
    ],
    note="Lower-case name, age, and the town she came from (also a first name).",
)

# 80
n(
    "en",
    "public_figure",
    "Rodeo hall-of-famer Buck Rainwater visited our rehab gym to tell young riders about his own comeback from a broken neck in 1988. 🤠 Thanks, Buck!",
    "Public figure's own old injury; he is not our patient here.",
)

# 81
p(
    "en",
    "memorial",
    "We remember Coach Gene Harkins, who fought Lou Gehrig's disease with the same grit he taught three generations of high-school linemen. He was our patient for six years, and he never once missed a chance to tell us we were doing great. 🏈",
    [
        ("NAME", "Gene Harkins"),
    ],
    note="Patient named (Coach is a title); Lou Gehrig is an eponym.",
)

# 82
n(
    "en",
    "public_figure",
    "State Senator Marla Greene toured our rural telehealth hub in Tahlequah today and heard from nurses about staffing. Thank you for listening, Senator.",
    "Official's visit.",
)

# 83
p(
    "en",
    "memorial",
    "Our chaplain asked us to share: the family of Ms. Ora Lee Swimmer, who died on our hospice unit Thanksgiving night, invites the staff who cared for her to the wake. She was 104 and still beat everyone at dominoes. 🕯️",
    [
        ("NAME", "Ora Lee Swimmer"),
        ("DATE", "Thanksgiving"),
        ("AGE", "104"),
    ],
    note="Name, holiday that is her date of death, age.",
)

# 84
n(
    "en",
    "public_figure",
    "Today we honor Jim Thorpe, the Sac and Fox athlete from near Prague, Oklahoma, whose 1912 Olympic gold medals still inspire every young athlete in our sports medicine clinic. 🏅",
    "Historical figure and his birthplace.",
)

# 85
n(
    "en",
    "memorial",
    "Our hearts are with the Redcorn family. EMSA paramedic Dustin Redcorn brought hundreds of patients through our Tulsa ED doors, and he was killed on the 23rd when his rig was hit on the Broken Arrow Expressway. Services will be held Saturday at 2 pm. 💙",
    "A paramedic partner who died elsewhere; he is not described as our patient, so his name, date and crash site are not labelled.",
)

# 86
n(
    "en",
    "eponymous_condition",
    "Parkinson's isn't just a tremor. Our movement disorders clinic offers Rock Steady Boxing for patients with Parkinson's, Tuesdays & Thursdays at our OKC campus. 🥊",
    "Eponym.",
)

# 87
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Lurline Cornsilk, who celebrated today in our Tulsa rehab gym with frybread cake and a Cherokee hymn sung by her great-grandkids. 💯🎂",
    [
        ("AGE", "100th"),
        ("NAME", "Lurline Cornsilk"),
    ],
    note="Ordinal age and name.",
)

# 88
n(
    "en",
    "eponymous_condition",
    "April is Autism Acceptance Month 💙 Did you know Asperger's is no longer a separate diagnosis? Our developmental peds team explains the change.",
    "Eponym and awareness month.",
)

# 89
p(
    "en",
    "milestone_birthday",
    "Birthday on 6 East! Our 91 y/o pt in bed 14 (aka Mr. Pete) says the secret to a long life is 'Folgers and minding your business.' Happy birthday Pete 🎂",
    [
        ("AGE", "91"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Pete", "*"),
    ],
    note="Chart-shorthand age, bed number, first name.",
)

# 90
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves' disease, Addison's: what do these three have in common? They're autoimmune conditions named after the doctors who described them. 🧠 #ThyroidAwarenessMonth",
    "Eponyms.",
)

# 91
p(
    "en",
    "milestone_birthday",
    "Ninety-two candles was a fire hazard, so Ms. Juanita Lovato got two: a 9 and a 2. 🕯️🕯️ She turned ninety-two on 11/30 while recovering from hip surgery with us. Happy birthday, Miss Juanita!",
    [
        ("AGE", "Ninety-two"),
        ("AGE", "ninety-two"),
        ("NAME", "Juanita Lovato"),
        ("NAME", "Juanita", "*"),
        ("DATE", "11/30"),
    ],
    note="Age in words (twice), name, birthday.",
)

# 92
n(
    "en",
    "eponymous_condition",
    "Osgood-Schlatter is super common in young barrel racers and basketball players. Knee pain below the kneecap? Our sports medicine clinic can help. 🏀🐎",
    "Eponym.",
)

# 93
p(
    "en",
    "milestone_birthday",
    "Double birthday on 7 North! Sisters Inez (turning 89) and Clara (turning 91) are roommates this week after both came down with the flu. They insist on one cake. 'She's older, she blows first,' says Inez.",
    [
        ("NAME", "Inez", "*"),
        ("NAME", "Clara"),
        ("AGE", "91"),
    ],
    note="Two patients; only the age over 89 is AGE (89 is not).",
)

# 94
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is 3/21, chosen for the 3 copies of chromosome 21. Wear your mismatched socks! 🧦 #WDSD",
    "Eponym and awareness day date.",
)

# 95
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! Deacon Harold Beaver turned one hundred on the 21st, right here on our cardiac step-down unit. He asked for a Sonic cherry limeade. He got two. 🍒",
    [
        ("AGE", "centenarian"),
        ("NAME", "Harold Beaver"),
        ("AGE", "one hundred"),
        ("DATE", "21st"),
    ],
    note="Centenarian, age in words, birthday as a day of the month; Deacon is a title.",
)

# 96
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers: we see UCL tears in team ropers too. Dr. Reyes explains why rest matters more than you think.",
    "Eponym and staff doctor.",
)

# 97
p(
    "en",
    "milestone_birthday",
    "WHO'S 102?!? THIS GUY 👴🎉 Mr. Fred Wildcat celebrated his 102nd in our ER waiting on a cast (don't worry, just a wrist). Staff sang, and the whole waiting room joined in.",
    [
        ("AGE", "102"),
        ("NAME", "Fred Wildcat"),
        ("AGE", "102nd"),
    ],
    note="Age twice (number and ordinal), name.",
)

# 98
n(
    "en",
    "sponsor",
    "Huge thanks to Prairie Wind Energy, Sooner Travel Stops and OkiePower for sponsoring our Tornado-Ready Kids program: 5,000 safe-room kits handed out across central Oklahoma. 🌪️",
    "Corporate sponsors.",
)

# 99
p(
    "en",
    "milestone_birthday",
    "Chúc mừng sinh nhật! Bà Hoàng Thị Mai turns 95 this week on our geriatric unit, and her family brought a whole roast pig to the family lounge. (We asked them to save the crackling for the nurses.) 🐷",
    [
        ("NAME", "Hoàng Thị Mai"),
        ("AGE", "95"),
    ],
    note="Vietnamese name and age.",
)

# 100
n(
    "en",
    "sponsor",
    "The new Walter & Ida Bigheart Family Cancer Pavilion opens in March, made possible by a $12M gift from the Bigheart Foundation. Thank you! 🎗️",
    "Donor family naming a building.",
)

# 101
p(
    "en",
    "milestone_birthday",
    "Pt update for the prayer chain: Aunt Tootsie (97yo) celebrated her bday 1-14 on 4 West with banana pudding and a visit from her pastor. Send cards c/o her niece Rhonda at 1816 N Osage Ave, Muskogee OK.",
    [
        ("NAME", "Tootsie"),
        ("AGE", "97yo"),
        ("DATE", "1-14"),
        ("NAME", "Rhonda"),
        ("GEO", "1816 N Osage Ave"),
        ("GEO", "Muskogee"),
    ],
    note="Nickname, glued age token, birthday, niece and her mailing address.",
)

# 102
n(
    "en",
    "sponsor",
    "Thank you, Saigon Noodle House, for feeding our night shift all week during the storms! 🍜 Support local: they're at 2617 N Classen Blvd.",
    "A restaurant's address is not a patient's.",
)

# 103
p(
    "en",
    "pasted_record",
    "ADMIT NOTE (pls don't post lol): SIXKILLER, JOHN R  MRN RE-00418273  DOB 04/02/1961  Rm 7N-22  Dx: crush inj L hand, oilfield",
    [
        ("NAME", "SIXKILLER, JOHN R"),
        ("MRN", "RE-00418273"),
        ("DATE", "04/02/1961"),
        ("OTHER_ID", "Rm 7N-22"),
    ],
    note="Pasted chart line.",
)

# 104
n(
    "en",
    "sponsor",
    "Our Thunder Kids Corner is sponsored by the Oklahoma City Thunder Foundation. Every Thunder home win = $500 to our child life program. #ThunderUp",
    "Sponsor.",
)

# 105
p(
    "en",
    "pasted_record",
    "Patient: Tran, Bao Q. | SoonerCare ID: 100482731A | Arrived via private vehicle, tag OK JRF-604, parked in ED lot | Contact: wife Linh 405.555.0283",
    [
        ("NAME", "Tran, Bao Q."),
        ("HEALTH_PLAN", "100482731A"),
        ("VEHICLE", "JRF-604"),
        ("NAME", "Linh"),
        ("PHONE", "405.555.0283"),
    ],
    note="Pasted registration line.",
)

# 106
n(
    "en",
    "sponsor",
    "Presenting sponsor of our Cowboy Up for Kids rodeo: Redbird Trucking of Okmulgee. Owner Lonnie Redbird has donated the arena for 12 straight years. 🐂",
    "Sponsor, its owner and its town.",
)

# 107
p(
    "en",
    "pasted_record",
    "transfer from W.W. Hastings (IHS): pt Mary Walkingstick, CN citizen # 448217, IHS chart 00-38-1192, arrived 0340 on 12/26, 3-South bed 9",
    [
        ("NAME", "Mary Walkingstick"),
        ("OTHER_ID", "448217"),
        ("MRN", "00-38-1192"),
        ("DATE", "12/26"),
        ("OTHER_ID", "bed 9"),
    ],
    note="Tribal citizenship number (OTHER_ID), IHS chart number (MRN), arrival date, bed; 3-South is a unit, W.W. Hastings a hospital.",
)

# 108
n(
    "en",
    "sponsor",
    "Thank you to the Harjo family and First Creek Baptist Church for 400 handmade quilts for our cancer infusion center.",
    "Donor family not described as a patient's family.",
)

# 109
p(
    "en",
    "pasted_record",
    "From the portal error log (IT pls delete): user 'cherokeerose77' locked out at 02:14 from 172.16.40.212, recovery email rose.swimmer77@gmail.com. pt says she's been trying to see her biopsy results since 3/3",
    [
        ("OTHER_ID", "cherokeerose77"),
        ("IP", "172.16.40.212"),
        ("EMAIL", "rose.swimmer77@gmail.com"),
        ("DATE", "3/3"),
    ],
    note="Portal user name, IP, email, biopsy date.",
)

# 110
n(
    "en",
    "hospital_contact",
    "📞 Need us? OKC main: (405) 555-0100 | Tulsa: (918) 555-0140 | Patient & Family line: (405) 555-0123 | Media: (405) 555-0188",
    "Hospital numbers.",
)

# 111
p(
    "en",
    "pasted_record",
    "Referral rec'd: 93M, HARJO W., from Eufaula. daughter's fax for records: 918-555-0311. CC: falls x3. Acct# 7720-0418-55",
    [
        ("AGE", "93M"),
        ("NAME", "HARJO W."),
        ("GEO", "Eufaula"),
        ("FAX", "918-555-0311"),
        ("ACCOUNT", "7720-0418-55"),
    ],
    note="Chart shorthand age, name, town, daughter's fax, account.",
)

# 112
n(
    "en",
    "hospital_contact",
    "Medical records requests: fax (405) 555-0131 or email records@redearthhealth.org. Please don't post personal information in the comments!",
    "Hospital fax and email.",
)

# 113
p(
    "en",
    "pasted_record",
    "Trauma log: unknown male ID'd by OK DL D0841-7723 as DEWAYNE KEMP, Chickasha. Pacemaker interrogated, device SN PMX229817Q.",
    [
        ("LICENSE", "D0841-7723"),
        ("NAME", "DEWAYNE KEMP"),
        ("GEO", "Chickasha"),
        ("DEVICE", "PMX229817Q"),
    ],
    note="Driver's licence, name, town, device serial.",
)

# 114
n(
    "en",
    "hospital_contact",
    "Visiting hours at 4500 South Peoria Avenue, Tulsa, OK 74105 are 7 am - 9 pm. Overnight guests: one per patient. Questions: @RedEarthTulsa",
    "Hospital address and handle.",
)

# 115
p(
    "en",
    "pasted_record",
    "Copying from the reg sheet so finance can fix it: Pt name Lucy Fourkiller, SSN 431-55-0926, DOB 9/17, guarantor is her dad Ronnie.",
    [
        ("NAME", "Lucy Fourkiller"),
        ("SSN", "431-55-0926"),
        ("DATE", "9/17"),
        ("NAME", "Ronnie"),
    ],
    note="Name, SSN, birth date, father.",
)

# 116
n(
    "en",
    "hospital_contact",
    "Need a Vietnamese interpreter for your appointment? Gọi (405) 555-0115. Clinic: 2900 North Classen Boulevard, Oklahoma City, OK 73106.",
    "Hospital number and address.",
)

# 117
p(
    "en",
    "pasted_record",
    "whiteboard 5N: bed 7 - lt. fixico (mrn 0091 2284 55) - NPO after mn - fam calling every hr from 539-555-0219",
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "fixico"),
        ("MRN", "0091 2284 55"),
        ("PHONE", "539-555-0219"),
    ],
    note="Whiteboard line: bed, lower-case name, spaced MRN, family phone.",
)

# 118
n(
    "en",
    "hospital_contact",
    "Our new Tulsa urgent care is open! It's inside the Tulsa campus, entrance C, off 45th St. Open 8 am - 10 pm. Parking lot B is closest.",
    "Hospital entrance and parking.",
)

# 119
p(
    "en",
    "staff_spotlight",
    "Staff spotlight... with a twist: our own respiratory therapist Marcus Goingsnake was a patient in our ICU this winter after a bad case of flu. Today Marcus is back on the unit he was admitted to on January 8th, teaching new RTs. 💪 #RTWeek",
    [
        ("NAME", "Marcus Goingsnake"),
        ("NAME", "Marcus", "*"),
        ("DATE", "January 8th"),
    ],
    note="A staff member who was himself the patient; admission date; 'this winter' is a season.",
)

# 120
n(
    "en",
    "staff_spotlight",
    "ALL CAPS SHOUTOUT TO OUR ENVIRONMENTAL SERVICES TEAM LEAD, MS. GLORIA MENDEZ, WHO HAS NOT MISSED A SHIFT IN 22 YEARS. 90 DAYS OF PERFECT INSPECTIONS ON 5 NORTH. LEGEND. 👑",
    "Staff; 90 days is not an age.",
)

# 121
p(
    "en",
    "staff_spotlight",
    "Welcome back, Dr. Samuel Redcorn! 🎉 Our chief of surgery spent a week as a patient on 9 North after his appendix decided to quit on 3/17. He says the food is better than he thought. He is NOT allowed to operate until cleared.",
    [
        ("NAME", "Samuel Redcorn"),
        ("DATE", "3/17"),
    ],
    note="The surgeon was the patient: name and date of his illness.",
)

# 122
n(
    "en",
    "staff_spotlight",
    "Meet our volunteer of the year: Mr. Harlan Beaver, 94, who has greeted visitors at our OKC main entrance every Tuesday morning since 1999. Harlan says the secret is 'a good hat and a better attitude.' 🎩",
    "Volunteer's name and age are never labelled.",
)

# 123
p(
    "en",
    "public_figure",
    "Former OU quarterback and Hall of Famer Billy Ray Ketchum, 90, thanks our cardiology team after his valve replacement on Oct 2. 'Better than any comeback I ever led.' #Boomer",
    [
        ("NAME", "Billy Ray Ketchum"),
        ("AGE", "90"),
        ("DATE", "Oct 2"),
    ],
    note="A public figure who is our patient: name, age, surgery date.",
)

# 124
n(
    "en",
    "staff_spotlight",
    "#NurseWeek spotlight: Travis 'Tank' Yellowfish, flight nurse with our Red Earth air ambulance, was a roughneck in Woodward before nursing school. 'The oil field taught me trauma. Nursing taught me what to do about it.'",
    "Staff nickname and past workplace.",
)

# 125
p(
    "en",
    "public_figure",
    "Oklahoma's own country star Tawny Redbird says thanks 🎤 Tawny was treated in our Tulsa ED after a fall on stage on the 12th. Her team asked us to share she'll be back on tour soon. #TawnyStrong",
    [
        ("NAME", "Tawny Redbird"),
        ("NAME", "Tawny", "*"),
        ("DATE", "12th"),
        ("NAME", "#TawnyStrong"),
    ],
    note="A public figure who is our patient: name, injury day, name hashtag.",
)

# 126
n(
    "en",
    "staff_spotlight",
    "Our interpreter team handles 31 languages. Meet Thanh Pham (Vietnamese), Araceli Soto (Spanish) and Dustin Harjo (Mvskoke): three of the voices patients hear when they call (405) 555-0115. 🗣️",
    "Staff interpreters, hospital line.",
)

# 127
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease is rare, and easy to miss. Ask Mateo Lowe's mom, Brianna, who knew something was wrong when her 4-year-old's tongue turned 'strawberry red.' Mateo got IVIG here within 24 hours and is back at pre-K. #KawasakiDiseaseAwareness",
    [
        ("NAME", "Mateo Lowe"),
        ("NAME", "Mateo", "*"),
        ("NAME", "Brianna"),
    ],
    note="Patient and mother next to the Kawasaki eponym.",
)

# 128
n(
    "en",
    "campaign_hashtag",
    "#RedEarthStrong isn't just a hashtag. It's 7,000 employees who showed up after the storm. Thank you. 💪",
    "Campaign hashtag.",
)

# 129
p(
    "en",
    "eponymous_condition",
    "Down syndrome doesn't define Ollie Hummingbird, but he will happily tell you all about it. Ollie, our heart-surgery patient from Claremore, is the new face of our #RockYourSocks campaign! 🧦",
    [
        ("NAME", "Ollie Hummingbird"),
        ("NAME", "Ollie", "*"),
        ("GEO", "Claremore"),
    ],
    note="Patient, home town; Down syndrome is an eponym.",
)

# 130
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! Every dollar to redearthgives.org is matched up to $50,000 by the Cornsilk Family Foundation. 🎁",
    "Donor foundation (surname shared with a patient elsewhere).",
)

# 131
p(
    "en",
    "eponymous_condition",
    "Bell's palsy at 17, two weeks before prom. Kaitlyn Bell (yes, really) says the irony was not funny at the time. With steroids, eye care and a lot of patience from our neuro team, she smiled for her prom pics on May 3.",
    [
        ("NAME", "Kaitlyn Bell"),
        ("DATE", "May 3"),
    ],
    note="Surname equals the eponym; the eponym is not labelled. 'prom pics' are not an attached photo.",
)

# 132
n(
    "en",
    "campaign_hashtag",
    "Hope lives here. 💛 #HopeHasAHome #RedEarthKids",
    "Campaign hashtags; Hope is a word.",
)

# 133
p(
    "en",
    "campaign_hashtag",
    "Tulsa, show up for our girl! Wear purple Friday for #PurpleForPaisley 💜 and help us cheer on one of our bravest oncology patients. #RedEarthStrong",
    [
        ("NAME", "#PurpleForPaisley"),
    ],
    note="Patient named only in the hashtag.",
)

# 134
n(
    "en",
    "campaign_hashtag",
    "Show us your #ThunderUp 🏀 gear for #BlueOutFriday: every photo shared = $1 for our child life program!",
    "Campaign hashtags; fans' photos are not patient photos.",
)

# 135
p(
    "en",
    "campaign_hashtag",
    "Day 30 of #MilesForMaxine: Team Red Earth walked 412 miles this month in honor of the grandma who spent 3 weeks in our ICU. 🥾",
    [
        ("NAME", "#MilesForMaxine"),
    ],
    note="Patient's name in a hashtag.",
)

# 136
n(
    "en",
    "campaign_hashtag",
    "#TornadoReady tip of the day: practice your drill with kids so it's routine, not scary. Tag us @RedEarthHealth with your family's plan!",
    "Campaign hashtag, hospital handle.",
)

# 137
p(
    "en",
    "campaign_hashtag",
    "#BraveLikeBrantley 🦁 is trending in Bixby! Thanks for the love, y'all. Brantley's next scan is on the 20th, so keep those prayers coming. Family updates: caringbridge.org/site/bravebrantley",
    [
        ("NAME", "#BraveLikeBrantley"),
        ("GEO", "Bixby"),
        ("NAME", "Brantley"),
        ("DATE", "20th"),
        ("URL", "caringbridge.org/site/bravebrantley"),
    ],
    note="Name hashtag, home town, patient, scheduled scan date, the family's update page.",
)

# 138
n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our chaplain yesterday that she'd survived the Dust Bowl, two husbands and a tornado, 'so a little pneumonia won't get me.' It didn't. She went home today. 🌾",
    "Anonymous; 'in her 90s' is the 90+ aggregate band, not an exact age.",
)

# 139
p(
    "en",
    "crisis_update",
    "STORM UPDATE 10:45 pm: We've received 23 patients from the Tushka/Atoka tornado. Families looking for a loved one: call our reunification line (405) 555-0199. If you're looking for Kenneth or Darla Sampson, they are HERE and safe; your sister asked us to post this.",
    [
        ("NAME", "Kenneth"),
        ("NAME", "Darla Sampson"),
    ],
    note="Two named patients; the tornado location is an event, the line is the hospital's.",
)

# 140
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today, now a 6-foot high school senior headed to OSU on a wrestling scholarship. We cried. 🧡",
    "Anonymous former patient.",
)

# 141
p(
    "en",
    "crisis_update",
    "Update on the I-44 pileup near Stroud: the driver airlifted to our OKC trauma center, Kyle Deer, 24, is in stable condition. His family asked us to share and to thank the Stroud volunteer firefighters.",
    [
        ("GEO", "I-44"),
        ("GEO", "Stroud", "*"),
        ("NAME", "Kyle Deer"),
    ],
    note="Road and town of the crash (every 'Stroud' labelled), patient; age 24 not labelled.",
)

# 142
n(
    "en",
    "anonymous_story",
    "Last night a roughneck in his 40s drove himself 2 hours to our ER with a crushed hand wrapped in a shop towel because 'the ambulance would take too long.' Please, call 911.",
    "Anonymous; age band under 90; relative time.",
)

# 143
p(
    "en",
    "crisis_update",
    "Ice storm update: power is back at our Tulsa campus. Our generators kept every ventilator running, including Mr. Abe Colbert's in ICU bed 6, whose daughter was watching our page all night. Thank you, @RedEarthTulsa facilities crew!",
    [
        ("NAME", "Abe Colbert"),
        ("OTHER_ID", "bed 6"),
    ],
    note="Patient and bed number.",
)

# 144
n(
    "en",
    "anonymous_story",
    "A grandmother from one of our rural counties asked our nurses to teach her how to use her new glucose monitor in Cherokee. They found a way. ᎠᎵᎮᎵᏍᏗ.",
    "Anonymous.",
)

# 145
p(
    "en",
    "hospital_contact",
    "Hi all: we're trying to reach the family of a patient named Wanda Tall Bear who left a walker and glasses at our Classen clinic. Wanda, if you see this, call us at (405) 555-0100 or reply here. Or if your grandson Tyler is still at 405-555-0274, we'll try him again!",
    [
        ("NAME", "Wanda Tall Bear"),
        ("NAME", "Wanda", "*"),
        ("NAME", "Tyler"),
        ("PHONE", "405-555-0274"),
    ],
    note="Patient, grandson and his number next to the hospital's number.",
)

# 146
n(
    "en",
    "anonymous_story",
    "Overheard in peds: 'Are you a doctor or a nurse?' 'I'm a nurse.' 'Cool. My grandpa says nurses run everything.' He's right. 😂",
    "Anonymous child.",
)

# 147
p(
    "en",
    "hospital_contact",
    "To the family in room 1108 who asked for the Mvskoke-speaking chaplain: Rev. Fixico is on his way. For anyone else needing traditional healing or language support, call (405) 555-0123.",
    [
        ("OTHER_ID", "room 1108"),
    ],
    note="Room number tied to a patient; the chaplain is staff.",
)

# 148
n(
    "en",
    "anonymous_story",
    "This week a 2-year-old swallowed a magnet from a fridge toy. She's fine after a scope by our GI team. Please keep small magnets away from little ones! 🧲",
    "Anonymous; age under 90.",
)

# 149
p(
    "en",
    "hospital_contact",
    "Lost & found 🧸: a stuffed armadillo named Dilly was left in our Tulsa ED waiting room. It belongs to a little boy named Rowan who was here Tuesday night with his grandma. DM @RedEarthTulsa or call (918) 555-0140!",
    [
        ("NAME", "Rowan"),
    ],
    note="Patient's first name; the toy's name and the weekday are not labelled.",
)

# 150
n(
    "en",
    "discharge",
    "Discharge math from our cardiac unit this week: 47 patients home, 12 to rehab, 0 bounce-backs. Proud of this team. 📉",
    "Counts.",
)

# 151
p(
    "en",
    "event",
    "You're invited! 🎓 Our hospital school teachers are throwing a graduation party for Kiowa 'Kiki' Stands on 11 West Thursday at 2 pm. She finished her senior year from a hospital bed. Her diploma from Anadarko High is being hand-delivered by the principal himself.",
    [
        ("NAME", "Kiowa 'Kiki' Stands"),
        ("GEO", "Anadarko"),
    ],
    note="Patient (first name is a tribe's name), her school's town; event time is not hers.",
)

# 152
n(
    "en",
    "discharge",
    "Going home day for one of our longest-stay patients! After 7 months, a lot of tears and more Sonic runs than we can count, our friend left 8 North this morning. You know who you are. 💙",
    "No identifier: unit and duration only.",
)

# 153
p(
    "en",
    "event",
    "Quinceañera on 6 West! 👑 Our patient Daniela Ruiz was supposed to celebrate her quince on August 9 in Lawton. Chemo had other plans, so our Child Life team threw it here: dress, waltz, tiara and all.",
    [
        ("NAME", "Daniela Ruiz"),
        ("DATE", "August 9"),
        ("GEO", "Lawton"),
    ],
    note="Patient, her quinceanera date and home town.",
)

# 154
n(
    "en",
    "birth_announcement",
    "During Sunday's tornado warning, 3 babies were born at our OKC campus while families sheltered in the hallways. All doing great! 🌪️👶👶👶",
    "Anonymous births.",
)

# 155
p(
    "en",
    "sponsor",
    "Thank you to Okie Tire & Lube and its owner Dale Pruitt, whose grandson Cody spent 40 days in our NICU. Dale's company just funded a new family sleep room. 💙",
    [
        ("NAME", "Dale Pruitt"),
        ("NAME", "Dale", "*"),
        ("NAME", "Cody"),
    ],
    note="A sponsor who is a patient's grandfather, and the patient; the business is not labelled.",
)

# 156
n(
    "en",
    "thank_you",
    "Thank you to the Moore and Norman fire departments for the 200 pizzas delivered to our ER after the storm. You fed us while we fed everybody else. 🍕🚒",
    "Fire departments' towns are not patient geography.",
)

# 157
p(
    "en",
    "anonymous_story",
    "A guy came into our Tulsa ED at 2 am on New Year's Day with a firework injury and his 92-year-old grandpa as his ride. Grandpa fell asleep in the waiting room. Be safe tonight, Tulsa. 🎆",
    [
        ("DATE", "New Year's Day"),
        ("AGE", "92-year-old"),
    ],
    note="Unnamed patient but a person-tied injury date and his grandfather's age over 89.",
)

# 158
n(
    "en",
    "thank_you",
    "A big thank-you to our volunteer Mrs. Bettye Long, 91, who just logged her 10,000th volunteer hour! ❤️ #VolunteerAppreciation",
    "Volunteer's age is not labelled.",
)

# 159
p(
    "en",
    "anonymous_story",
    "One of our dialysis patients is 97 and still drives herself to her treatments from out past Okemah. We've asked her to stop. She has declined. 🚗",
    [
        ("AGE", "97"),
        ("GEO", "Okemah"),
    ],
    note="Unnamed, but an exact age over 89 and her home area.",
)

# 160
n(
    "en",
    "memorial",
    "Rest in peace, Dr. Lawrence Tiger, founder of our Tulsa family medicine clinic, who died Sunday at 88. He delivered more than 4,000 Okmulgee County babies. 🕊️",
    "A staff doctor, not described as our patient.",
)

# 161
p(
    "en",
    "health_tip",
    "Heat tip from Cherokee County: when roofer Wade Soap collapsed on a job in July, his crew knew to cool him with ice towels before the ambulance came. Wade is fine. Know the signs of heat stroke 🌡️👇",
    [
        ("GEO", "Cherokee County"),
        ("NAME", "Wade Soap"),
        ("NAME", "Wade", "*"),
        ("DATE", "July"),
    ],
    note="Patient (surname a word), county and month of injury.",
)

# 162
n(
    "en",
    "memorial",
    "Today we remember the Oklahomans lost in the May 3, 1999 tornado, and thank the responders who brought hundreds more to us. 🕯️",
    "A public disaster date.",
)

# 163
p(
    "en",
    "statistic",
    "By the numbers: 1,284 babies born at our Tulsa campus this year. The first was Ava Chuculate, born Jan 1 at 12:31 am. The biggest was 11 lb 4 oz (sorry, mama). 🍼",
    [
        ("NAME", "Ava Chuculate"),
        ("DATE", "Jan 1"),
    ],
    note="A statistic post that names one baby and her birth date.",
)

# 164
n(
    "en",
    "milestone_birthday",
    "Happy 50th birthday to Red Earth Health! 🎂 On Oct 1, 1975 we opened with 40 beds and 11 nurses. Today: two campuses, 1,100 beds and one very big family.",
    "The hospital's anniversary.",
)

# 165
p(
    "en",
    "research",
    "Thanks to our trial volunteers! Participant #RE-1047, Ms. Hattie Deere of Pawhuska, was the first person enrolled in our rural telehealth heart-failure study. She's 90 and she taught our coordinator how to use Zoom.",
    [
        ("OTHER_ID", "RE-1047"),
        ("NAME", "Hattie Deere"),
        ("GEO", "Pawhuska"),
        ("AGE", "90"),
    ],
    note="Study participant number, name, town, age.",
)

# 166
n(
    "en",
    "milestone_birthday",
    "Happy 90th to our beloved volunteer chaplain Brother Eli Proctor! 🎉 30 years of Sunday services in our chapel. Cake in the chapel at 2!",
    "Volunteer's age and name are not labelled.",
)

# 167
p(
    "en",
    "recruitment",
    "Why I became a NICU nurse: 'I was born here at 26 weeks on March 2. My mom still has the tiny hat.' (Chloe Birdshead, RN, who joined our NICU team this month.) Now hiring: redearthhealth.org/careers",
    [
        ("DATE", "March 2"),
        ("NAME", "Chloe Birdshead"),
    ],
    note="A new nurse who was our NICU patient: her birth date and name.",
)

# 168
n(
    "en",
    "pasted_record",
    "Template for the new discharge form: Name: ______ | MRN: __________ | DOB: __/__/____ | Room: ____. Please print clearly. 📝",
    "Blank form.",
)

# 169
n(
    "en",
    "pasted_record",
    "Reminder from Compliance: never paste chart lines like 'LASTNAME, FIRST  MRN 00000000  DOB 00/00/0000' into a post or text. Use the secure chat.",
    "Placeholder values only.",
)

# 170
n(
    "en",
    "patient_story",
    "Every story we share is shared with permission. If you'd like to tell yours, email stories@redearthhealth.org or call (405) 555-0188.",
    "Hospital contact details.",
)

# ---------------- Spanish ----------------

# 171
p(
    "es",
    "patient_story",
    "Conozcan a Esperanza Ramírez, de 16 años, que llegó a urgencias de nuestro campus de Tulsa el 3 de abril tras un choque en la carretera 412 cerca de Siloam Springs. Hoy volvió a caminar sin andadera. Esperanza: de nombre y de actitud. 💪",
    [
        ("NAME", "Esperanza Ramírez"),
        ("NAME", "Esperanza", "*"),
        ("DATE", "3 de abril"),
        ("GEO", "carretera 412"),
        ("GEO", "Siloam Springs"),
    ],
    note="Paciente con nombre que es palabra, fecha y lugar del choque.",
)

# 172
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe Sánchez, nuestra nueva ginecóloga en el campus de Tulsa. Nació en Guymon, hija de trabajadores del campo, y es la primera de su familia en ir a la universidad. ¡Bienvenida, doctora! 🩺",
    "Doctora (personal): su nombre y su pueblo no se etiquetan.",
)

# 173
n(
    "es",
    "staff_spotlight",
    "Ella es Marisela Ortiz, intérprete médica desde hace 15 años. Su frase favorita: 'Aquí nadie se queda sin entender a su doctor.' Línea en español: (405) 555-0199.",
    "Personal y línea del hospital.",
)

# 174
p(
    "es",
    "patient_story",
    "¡Una quinceañera en el hospital! 👑 Ximena Torres cumplió 15 años el 22 de marzo en nuestra unidad de trasplantes. Sus chambelanes manejaron desde su pueblo, Guymon, y bailaron el vals en el pasillo. Gracias a la familia Torres por dejarnos ser parte.",
    [
        ("NAME", "Ximena Torres"),
        ("NAME", "Torres", "*"),
        ("DATE", "22 de marzo"),
        ("GEO", "Guymon"),
    ],
    note="Paciente, su cumpleaños, su pueblo, apellido de la familia.",
)

# 175
n(
    "es",
    "staff_spotlight",
    "Reconocimiento a nuestro equipo de la UCI pediátrica, encabezado por la enfermera Rocío Domínguez y el enfermero Huy Nguyen, por 1.000 días sin infecciones de catéter. 👏",
    "Personal de enfermería.",
)

# 176
p(
    "es",
    "patient_story",
    "cadena de oración 🙏: por favor oren por mi suegro rogelio mendoza, lo operaron del corazón ayer en red earth okc. está en el cuarto 714. gracias hermanos",
    [
        ("NAME", "rogelio mendoza"),
        ("OTHER_ID", "cuarto 714"),
    ],
    note="Nombre en minúsculas y número de cuarto; 'ayer' es relativo.",
)

# 177
n(
    "es",
    "health_tip",
    "🌪️ Temporada de tornados: prepare su refugio con zapatos, casco, agua, medicinas y un cargador. Si no tiene refugio, llame al 211 para conocer los refugios públicos de su comunidad. #TornadoReady",
    "Consejo general; 211 es una línea pública.",
)

# 178
p(
    "es",
    "patient_story",
    "Lupita Nguyen, hija de mamá michoacana y papá vietnamita, llegó a nuestra UCI pediátrica con una crisis de asma en Nochebuena. Hoy ya come pho y pozole en su casa de Del City. 🍜",
    [
        ("NAME", "Lupita Nguyen"),
        ("DATE", "Nochebuena"),
        ("GEO", "Del City"),
    ],
    note="Paciente, fecha de ingreso (Nochebuena), ciudad.",
)

# 179
n(
    "es",
    "health_tip",
    "¿Calor extremo en el campo o en la construcción? Tome agua cada 15 minutos aunque no tenga sed, descanse en la sombra y conozca los signos del golpe de calor. Si alguien está confundido y no suda, llame al 911. 🥵",
    "Consejo general.",
)

# 180
p(
    "es",
    "patient_story",
    "Tres semanas en terapia intensiva y hoy Güero se sentó solo por primera vez. Sus compañeros del rancho le mandaron un video cantándole una canción. ¡Vamos, campeón! #FuerzaGüero",
    [
        ("NAME", "Güero"),
        ("NAME", "#FuerzaGüero"),
    ],
    note="Apodo del paciente y hashtag con su apodo; el rancho (empleador) no se etiqueta.",
)

# 181
n(
    "es",
    "health_tip",
    "Para las quinceañeras y sus familias 💃: bailar con tacones toda la noche puede causar esguinces. Estiren antes del vals, lleven zapatos de repuesto y tomen agua. Nuestro equipo de medicina deportiva les desea una fiesta inolvidable.",
    "Consejo general.",
)

# 182
p(
    "es",
    "patient_story",
    "Tres generaciones de la familia Lê en nuestra clínica Classen: la bisabuela Út, de 96 años, vino con su nieta y su bisnieto para la vacuna de la gripe. Út dice que nunca ha faltado a una. 💉",
    [
        ("NAME", "Lê"),
        ("NAME", "Út", "*"),
        ("AGE", "96"),
    ],
    note="Apellido familiar, nombre vietnamita corto, edad mayor de 89.",
)

# 183
n(
    "es",
    "event",
    "Feria de salud gratuita en la Iglesia de San Andrés, Tulsa, el sábado 17 de mayo de 9 a 1: presión arterial, vacunas, azúcar y consultas en español. Información: (918) 555-0162. 🩺",
    "Fecha y lugar de un evento.",
)

# 184
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 Nació el Día de la Virgen de Guadalupe a las 5:40 am en nuestro campus de OKC. Sus papás, Rosa y Efraín, dicen que no había otro nombre posible.",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín"),
    ],
    note="Bebé, fiesta que es su fecha de nacimiento (contiene su nombre), papás.",
)

# 185
n(
    "es",
    "event",
    "Posada navideña para familias de pacientes pediátricos el 19 de diciembre a las 6 pm en el vestíbulo principal de OKC. ¡Habrá piñata, ponche y Santa Claus! 🎄",
    "Fecha de un evento.",
)

# 186
p(
    "es",
    "birth_announcement",
    "Nacieron los trillizos de la familia Ochoa-Lê 👶👶👶 el 30/9: Mateo, Marco y Mía. Mamá Thảo y papá Julio están agotados y felices. #TrillizosRedEarth",
    [
        ("NAME", "Ochoa-Lê"),
        ("DATE", "30/9"),
        ("NAME", "Mateo"),
        ("NAME", "Marco"),
        ("NAME", "Mía"),
        ("NAME", "Thảo"),
        ("NAME", "Julio"),
    ],
    note="Apellido doble, fecha, bebés y papás (Julio es también un mes).",
)

# 187
n(
    "es",
    "event",
    "Celebramos el Día de Muertos con un altar en nuestro vestíbulo de Tulsa, del 28 de octubre al 2 de noviembre. Las familias pueden traer fotos de sus seres queridos. 🌼",
    "Fechas de un evento; fotos de familiares de la comunidad, no de pacientes.",
)

# 188
p(
    "es",
    "birth_announcement",
    "Nació en el estacionamiento 🚗👶: Paz Herrera no quiso esperar y llegó en la camioneta de su papá, placas de Oklahoma KWZ-118, frente a la entrada de urgencias de Tulsa. Mamá y bebé están perfectas.",
    [
        ("NAME", "Paz Herrera"),
        ("VEHICLE", "KWZ-118"),
    ],
    note="Bebé y placas del vehículo familiar; la entrada es del hospital.",
)

# 189
n(
    "es",
    "statistic",
    "En 2024 atendimos a 9,840 pacientes que prefieren hablar español, un 18% más que el año anterior. El 95% calificó a sus intérpretes como 'excelentes'. ¡Gracias!",
    "Cifras agregadas; 95% no es una edad.",
)

# 190
p(
    "es",
    "birth_announcement",
    "Santiago Ávila llegó el día 9 a las 3:15 de la madrugada, con 4 kilos exactos. Su abuela Chabela viajó desde Ciudad Juárez para conocerlo. ¡Bienvenido, Santi! 💙",
    [
        ("NAME", "Santiago Ávila"),
        ("DATE", "día 9"),
        ("NAME", "Chabela"),
        ("GEO", "Ciudad Juárez"),
        ("NAME", "Santi"),
    ],
    note="Bebé, día del mes, abuela y su ciudad, apodo.",
)

# 191
n(
    "es",
    "statistic",
    "Dato: las personas mayores de 90 años representan el 3% de nuestras hospitalizaciones, pero el 11% de las caídas. Por eso creamos una unidad geriátrica especial. 👵",
    "Edad de una población.",
)

# 192
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 52 días en la UCIN, la pequeña Milagros Cruz se fue hoy con su mamá Karina rumbo a Okmulgee. Nació el 1° de enero con 680 gramos. A Milagros le queda bien el nombre. 💜",
    [
        ("NAME", "Milagros Cruz"),
        ("NAME", "Milagros", "*"),
        ("NAME", "Karina"),
        ("GEO", "Okmulgee"),
        ("DATE", "1° de enero"),
    ],
    note="Bebé (nombre que es palabra), mamá, ciudad, fecha de nacimiento.",
)

# 193
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos técnicos de farmacia y asistentes de enfermería bilingües en OKC y Tulsa. Solicite en redearthhealth.org/empleos o llame al (405) 555-0150.",
    "Oferta de empleo.",
)

# 194
p(
    "es",
    "discharge",
    "ALTA MÉDICA 🎉 Don Refugio Salinas, de 93 años, regresó hoy a su casa en Seminole después de tres semanas con neumonía. Sus nietos lo esperaban con mariachi en el estacionamiento.",
    [
        ("NAME", "Refugio Salinas"),
        ("AGE", "93"),
        ("GEO", "Seminole"),
    ],
    note="Nombre, edad, ciudad (también nombre de una tribu).",
)

# 195
n(
    "es",
    "recruitment",
    "¿Quieres ser voluntario? Necesitamos voluntarios que hablen español para acompañar a familias en la sala de espera de urgencias. Nuestra voluntaria más veterana, Doña Chayo, tiene 92 años y ¡no se pierde un turno! 💜",
    "Voluntaria: su nombre y edad no se etiquetan.",
)

# 196
p(
    "es",
    "discharge",
    "La Sra. Nguyễn Thị Hoa ('Doña Flor', como le dicen en su iglesia) se fue a casa ayer tras su cirugía de rodilla. Su hijo nos dejó su correo para que le mandemos las tarjetas de las enfermeras: hoa.nguyen.family@outlook.com",
    [
        ("NAME", "Nguyễn Thị Hoa"),
        ("NAME", "Flor"),
        ("EMAIL", "hoa.nguyen.family@outlook.com"),
    ],
    note="Nombre vietnamita, apodo en español, correo del hijo.",
)

# 197
n(
    "es",
    "crisis_update",
    "AVISO: Por el tornado, el campus de Tulsa solo atiende emergencias hoy. Si busca a un familiar herido, llame al (918) 555-0162. No venga a la entrada de urgencias.",
    "Aviso con número del hospital.",
)

# 198
p(
    "es",
    "discharge",
    "alta de hoy en 5 oeste: cama 12 - sr. ibarra, se va con oxígeno a su casa en Sand Springs. su nieta dice que ya le compró un sillón reclinable nuevo 😂",
    [
        ("OTHER_ID", "cama 12"),
        ("NAME", "ibarra"),
        ("GEO", "Sand Springs"),
    ],
    note="Cama, apellido en minúsculas, ciudad.",
)

# 199
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN 2:00 am: hemos recibido 19 pacientes del tornado, incluidos 4 niños. Ninguno en estado crítico. Gracias a los bomberos de Moore y de Oklahoma City. 🙏",
    "Cifras; ciudades de los bomberos.",
)

# 200
p(
    "es",
    "thank_you",
    "Gracias a la familia Sixkiller-Morales por los 300 tamales que trajeron al piso de oncología en Navidad, en agradecimiento por el tratamiento de su hijo Beto. 🫔 ¡Estaban deliciosos!",
    [
        ("NAME", "Sixkiller-Morales"),
        ("NAME", "Beto"),
    ],
    note="Familia de un paciente; la Navidad es la fecha de la donación, no del paciente.",
)

# 201
n(
    "es",
    "research",
    "Estudio nuevo: nuestro equipo de investigación encontró que las familias hispanas que reciben llamadas de seguimiento en español tienen 30% menos readmisiones. Lea más en redearthhealth.org/investigacion.",
    "Resultado agregado.",
)

# 202
p(
    "es",
    "thank_you",
    "Querida Abuela Chela: gracias por enseñarle a nuestras enfermeras a hacer atole mientras estuvo internada con nosotros en octubre. ¡A sus 90 años tiene más energía que todo el turno de noche! ☕",
    [
        ("NAME", "Chela"),
        ("DATE", "octubre"),
        ("AGE", "90"),
    ],
    note="Paciente, mes de su internación, edad.",
)

# 203
n(
    "es",
    "research",
    "Buscamos participantes: mujeres hispanas de 40 a 70 años para un estudio sobre diabetes gestacional y riesgo de diabetes tipo 2. Compensación de $150. Escriba a estudios@redearthhealth.org.",
    "Reclutamiento para estudio.",
)

# 204
p(
    "es",
    "thank_you",
    "Un agradecimiento especial a Rocío Beltrán y a su esposo Lalo, que donaron una silla de ruedas a nuestra clínica en honor de su hija Itzel, paciente nuestra desde 2019. 🙏",
    [
        ("NAME", "Rocío Beltrán"),
        ("NAME", "Lalo"),
        ("NAME", "Itzel"),
    ],
    note="Donantes que son padres de una paciente; el año solo no se etiqueta.",
)

# 205
n(
    "es",
    "public_figure",
    "¡El jugador del Thunder Diego Marín visitó a nuestros pacientes de pediatría y habló con ellos en español! Firmó balones y gorras. #ThunderUp ⚡",
    "Figura pública.",
)

# 206
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Don Aurelio Quiñones, de 101 años, quien falleció en paz en nuestra unidad de cuidados paliativos el 2 de noviembre, Día de Muertos, rodeado de su familia. 🕯️🌼",
    [
        ("NAME", "Aurelio Quiñones"),
        ("AGE", "101"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
    ],
    note="Nombre, edad, fecha de muerte escrita dos veces.",
)

# 207
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, que luchó por la salud y la dignidad de los trabajadores del campo. En su honor, ofrecemos exámenes gratis a trabajadores agrícolas este mes. 🌾",
    "Figura histórica.",
)

# 208
p(
    "es",
    "memorial",
    "QEPD 🕊️ nuestra paciente y amiga Socorro Lara, que perdió su batalla contra el cáncer el martes. Sus hijas piden oraciones en la parroquia de San José en Norman.",
    [
        ("NAME", "Socorro Lara"),
        ("GEO", "Norman"),
    ],
    note="Paciente; el pueblo de la parroquia de la familia es GEO; el martes es un día de la semana.",
)

# 209
n(
    "es",
    "eponymous_condition",
    "¿Qué es la enfermedad de Parkinson? No es solo temblor: también afecta el equilibrio, el sueño y el ánimo. Nuestro equipo de neurología tiene un grupo de apoyo en español cada segundo martes.",
    "Epónimo.",
)

# 210
p(
    "es",
    "memorial",
    "Hoy hace un año que se nos fue el pequeño Ángel. Sus papás plantaron un árbol frente a nuestra clínica de Tulsa. Siempre te recordaremos, campeón. #ÁngelPorSiempre",
    [
        ("NAME", "Ángel"),
        ("NAME", "#ÁngelPorSiempre"),
    ],
    note="Nombre y hashtag con su nombre.",
)

# 211
n(
    "es",
    "eponymous_condition",
    "Marzo es el mes de concientización sobre el síndrome de Down, y el 21 de marzo es el Día Mundial. ¡Usa calcetines desparejados y comparte! 🧦",
    "Epónimo y día de concientización.",
)

# 212
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a Doña Eusebia Rangel! 🎂 Lo celebró en nuestro gimnasio de rehabilitación con mariachi, pastel de tres leches y 40 bisnietos. ¡Cien años y sigue bailando!",
    [
        ("AGE", "100"),
        ("NAME", "Eusebia Rangel"),
        ("AGE", "Cien"),
    ],
    note="Edad en cifra y en palabra, nombre.",
)

# 213
n(
    "es",
    "sponsor",
    "Gracias a Supermercado Mi Tierra por patrocinar nuestra feria de salud y regalar 500 despensas a las familias. 🛒",
    "Patrocinador.",
)

# 214
p(
    "es",
    "milestone_birthday",
    "Nuestro paciente más sabio, Don Cirilo, cumplió noventa y seis años el 12 de diciembre en el piso de cardiología. Nos contó que llegó a Oklahoma en un tren de carga.",
    [
        ("NAME", "Cirilo"),
        ("AGE", "noventa y seis"),
        ("DATE", "12 de diciembre"),
    ],
    note="Nombre, edad en palabras, cumpleaños.",
)

# 215
n(
    "es",
    "sponsor",
    "La Fundación Familia Ortega donó $250,000 para nuestra nueva sala de maternidad bilingüe. ¡Gracias por creer en las familias de Oklahoma! 👶",
    "Fundación donante.",
)

# 216
p(
    "es",
    "milestone_birthday",
    "Cumple 99 la señora Trinh, nuestra paciente de diálisis desde hace 10 años. Su nieta dice que en el Asia District todos la conocen por su sopa. ¡Chúc mừng sinh nhật! 🎉",
    [
        ("AGE", "99"),
        ("NAME", "Trinh"),
        ("GEO", "Asia District"),
    ],
    note="Edad, apellido, barrio donde vive.",
)

# 217
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame a nuestra línea en español: (405) 555-0199, de lunes a viernes de 8 a 6. También puede escribirnos por DM a @SaludRedEarth.",
    "Número y cuenta del hospital.",
)

# 218
p(
    "es",
    "pasted_record",
    "Nota de triaje (copiada por error): Paciente: LÓPEZ HERNÁNDEZ, MARÍA G. / Exp. 00-774-219 / F. nac. 14/07/1958 / Tel. 405-555-0261 / Vive en Capitol Hill, OKC.",
    [
        ("NAME", "LÓPEZ HERNÁNDEZ, MARÍA G."),
        ("MRN", "00-774-219"),
        ("DATE", "14/07/1958"),
        ("PHONE", "405-555-0261"),
        ("GEO", "Capitol Hill"),
        ("GEO", "OKC"),
    ],
    note="Línea de expediente pegada: nombre, expediente, nacimiento, teléfono, barrio y ciudad.",
)

# 219
n(
    "es",
    "hospital_contact",
    "Nuestra clínica de la calle Classen está en 2900 North Classen Boulevard, Oklahoma City, OK 73106. Atendemos en español y vietnamita. 🗺️",
    "Dirección del hospital.",
)

# 220
p(
    "es",
    "pasted_record",
    "hoja de ingreso: pte. Vo Thanh Tùng, seguro SoonerCare #200391874B, cuenta 55-1029-3381, cuarto 5N-08, contacto esposa Lan (918) 555-0235",
    [
        ("NAME", "Vo Thanh Tùng"),
        ("HEALTH_PLAN", "200391874B"),
        ("ACCOUNT", "55-1029-3381"),
        ("OTHER_ID", "cuarto 5N-08"),
        ("NAME", "Lan"),
        ("PHONE", "(918) 555-0235"),
    ],
    note="Hoja de ingreso: nombre, seguro, cuenta, cuarto, esposa y su teléfono.",
)

# 221
n(
    "es",
    "campaign_hashtag",
    "#FuerzaOklahoma 💪 Después de los tornados, nuestra comunidad se levantó unida. Gracias a todos los que donaron sangre esta semana.",
    "Hashtag de campaña.",
)

# 222
p(
    "es",
    "pasted_record",
    "REGISTRO: Nombre: Tomasa Yahola | Edad: 94 | Nación Muscogee, ciudadanía # MN-30817 | Domicilio: Rt 2 Box 118, Okfuskee County",
    [
        ("NAME", "Tomasa Yahola"),
        ("AGE", "94"),
        ("OTHER_ID", "MN-30817"),
        ("GEO", "Rt 2 Box 118"),
        ("GEO", "Okfuskee County"),
    ],
    note="Nombre, edad, número de ciudadanía tribal, ruta rural y condado.",
)

# 223
n(
    "es",
    "campaign_hashtag",
    "Este mes de la herencia hispana, comparte tu historia con #OrgulloRedEarth y cuéntanos qué significa para ti la salud en familia. 🇲🇽🇸🇻🇬🇹",
    "Hashtag de campaña.",
)

# 224
p(
    "es",
    "pasted_record",
    "Mensaje del portal reenviado por error: 'Soy la hija de Amado Gallegos, MRN 3320-4471. Mi papá se cayó el 5/10 y necesito su expediente. Mi fax es 405-555-0316.' (Equipo: ¡esto NO se publica! 🙈)",
    [
        ("NAME", "Amado Gallegos"),
        ("MRN", "3320-4471"),
        ("DATE", "5/10"),
        ("FAX", "405-555-0316"),
    ],
    note="Nombre, MRN, fecha de la caída, fax de la hija.",
)

# 225
n(
    "es",
    "anonymous_story",
    "Una paciente de más de 90 años nos enseñó a hacer tortillas a mano en la cocina de rehabilitación. Dice que el secreto es la paciencia. 🌮",
    "Anónima; 'más de 90 años' es la categoría agregada 90+.",
)

# 226
p(
    "es",
    "staff_spotlight",
    "¡Bienvenida de regreso, enfermera Carmen Yazzie! Después de su propio tratamiento contra el cáncer de mama aquí en Red Earth, y de tocar la campana el 18 de junio, Carmen regresa hoy a cuidar a nuestros pacientes de oncología. 🎀",
    [
        ("NAME", "Carmen Yazzie"),
        ("NAME", "Carmen", "*"),
        ("DATE", "18 de junio"),
    ],
    note="Enfermera que fue paciente: nombre y fecha de fin de tratamiento.",
)

# 227
n(
    "es",
    "anonymous_story",
    "Un trabajador de un rancho llegó anoche a urgencias con la mano herida por una reata. Hoy ya está en casa. Recuerden usar guantes. 🧤",
    "Anónimo, tiempo relativo.",
)

# 228
p(
    "es",
    "public_figure",
    "El boxeador 'Kid Relámpago' Ernesto Fajardo agradece a nuestro equipo de trauma por su cirugía de mano del 7 de febrero. ¡Pronto de vuelta al ring! 🥊",
    [
        ("NAME", "Kid Relámpago"),
        ("NAME", "Ernesto Fajardo"),
        ("DATE", "7 de febrero"),
    ],
    note="Figura pública que es nuestro paciente: apodo, nombre, fecha de cirugía.",
)

# 229
n(
    "es",
    "anonymous_story",
    "Una mamá primeriza nos escribió: 'Nunca olvidaré a la enfermera que me cantó en español mientras esperaba la cesárea.' Nos pidió que no publicáramos su nombre. 💛",
    "Anónima.",
)

# 230
p(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré la dejó sin caminar, pero Yaretzi Campos, de Stillwater, volvió a bailar folklórico seis meses después, en la fiesta de su prima Nayeli. 💃",
    [
        ("NAME", "Yaretzi Campos"),
        ("GEO", "Stillwater"),
        ("NAME", "Nayeli"),
    ],
    note="Paciente, su ciudad y su prima junto a un epónimo.",
)

# 231
n(
    "es",
    "patient_story",
    "¿Tiene una historia con Red Earth que quiera compartir? Escríbanos a historias@redearthhealth.org. Solo publicamos con su permiso.",
    "Correo del hospital.",
)

# 232
p(
    "es",
    "campaign_hashtag",
    "¡Oklahoma, ayúdennos a llenar de mensajes el cuarto de nuestra guerrera! Usen #TodosConValentina y compartan. 💗 #FuerzaRedEarth",
    [
        ("NAME", "#TodosConValentina"),
    ],
    note="Nombre de la paciente solo en el hashtag.",
)

# 233
n(
    "es",
    "birth_announcement",
    "En el Día de las Madres nacieron 9 bebés en nuestros dos campus. ¡Felicidades a todas las mamás! 💐",
    "Nacimientos anónimos.",
)

# 234
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN TORNADO 🌪️: Hemos recibido 14 heridos del tornado de esta tarde. La familia de Joaquín y Araceli Benítez nos pidió avisar que ambos están estables. Información para familias: (405) 555-0199.",
    [
        ("NAME", "Joaquín"),
        ("NAME", "Araceli Benítez"),
    ],
    note="Dos pacientes nombrados; número del hospital.",
)

# 235
n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la parroquia de Nuestra Señora de Guadalupe en Oklahoma City por las 500 cobijas para la sala de urgencias. 🙏",
    "Voluntarios y parroquia.",
)

# 236
p(
    "es",
    "hospital_contact",
    "Buscamos a la familia de la señora Consuelo Ríos: olvidó su bolsa y sus lentes en la sala de espera de Tulsa. Intentamos llamar al 918-555-0292 sin éxito. Llámennos al (918) 555-0140 o escríbannos por DM a @SaludRedEarth.",
    [
        ("NAME", "Consuelo Ríos"),
        ("PHONE", "918-555-0292"),
    ],
    note="Paciente y teléfono familiar junto al del hospital.",
)

# 237
n(
    "es",
    "memorial",
    "Con tristeza despedimos al Dr. Ramón Villalobos, pediatra de nuestro campus de Tulsa durante 35 años, quien falleció el 3 de enero a los 91 años. Gracias por tanto, doctor. 🕊️",
    "Médico del personal (no descrito como paciente): su edad y fecha no se etiquetan.",
)

# 238
p(
    "es",
    "event",
    "¡Baby shower en el piso de alto riesgo! 🎀 Nuestra paciente Yolanda Pérez lleva 8 semanas internada y su fecha de parto es el 15 de septiembre, Día de la Independencia de Centroamérica… ¡y de su país, Guatemala! 🇬🇹",
    [
        ("NAME", "Yolanda Pérez"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Centroamérica"),
    ],
    note="Paciente y su fecha de parto escrita dos veces; el país no es GEO.",
)

# 239
p(
    "es",
    "sponsor",
    "Gracias a Panadería La Michoacana y a su dueño, Don Benito Ortega, abuelo de nuestra paciente Fernanda, por patrocinar la posada navideña de pediatría. 🎄",
    [
        ("NAME", "Benito Ortega"),
        ("NAME", "Fernanda"),
    ],
    note="Patrocinador que es abuelo de una paciente, y la paciente.",
)

# 240
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a nuestra voluntaria Doña Carmelita! Lleva 20 años llevando café a las familias en la sala de espera. 🎂☕",
    "Voluntaria: edad y nombre no se etiquetan.",
)

if __name__ == "__main__":
    S.main("phi_dev45_source")
