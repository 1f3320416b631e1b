"""Blind development set d87 for the PHI scanner: tests/data/phi_dev87.jsonl.

Organisation: Natural State Regional Medical Center (NSRMC), Little Rock, with a
Springdale Clinic and Birthing Center and a Rogers campus in Northwest Arkansas and a
Delta Campus in Helena-West Helena (phi_dev87_org.json). Its numbers, addresses,
domains and handles are never PHI.
Focus: Little Rock, the Arkansas Delta and Springdale/Rogers. Marshallese church
families (Jabwe, Litokwa, Kinoj, Lani, Anjain, Laijo, Jibas...), Black Delta families,
Hispanic and Guatemalan poultry-plant workers (the Spanish posts), white Ozark families
with nicknames (Tater, Bubba, Dolly, Pappy, Skeeter, Sissy). Poultry-plant and farm
injuries, tornadoes, duck-hunting accidents, Razorback games, Toad Suck Daze,
Marshallese Constitution Day, keemem (first-birthday) parties, dialysis and diabetes.
Hard cases: Marshallese given names that are English words or titles (Senator,
Justice, Lucky, Hope, Hilly) and Ozark nicknames that are words (Tater, Pappy, Icy,
Sparky); a patient's name inside a phrase-like hashtag (#JusticeForAll); towns and
neighbourhoods that look like names or words (John Barrow, Johnson, Gentry, Dumas,
Fifty-Six, Toad Suck, Hope, Heights); atolls and Guatemalan towns; injury places
(Bayou Meto, White River, Highway 412); employers and their fax/e-mail; pasted bed
boards, EMS hand-offs, lab slips, e-mails, portal and security logs, visitor logs, fax
covers, WhatsApp and Teams messages; masked SSNs, ITINs, Medicare MBIs, boat
registrations, hunting licences, VINs, pump and prosthesis serials; ages over 89 as
"91F", "101ST", "ninety-two", "Ninety-four-year-old", "one hundred", "nonagenarian",
"centenarian"; holidays that are a patient's day (Juneteenth, Día de Reyes, Leap Day,
Constitution Day); a bare room number as the only identifier.
Hard negatives: staff, interpreters, pastors and volunteers with the same Marshallese,
Delta and Hispanic names as patients; staff and volunteers over 90; donors, sponsors
and foundations named like patient families (Hollis, Ozark Valley Poultry, Delta Rice
Milling); public and historical figures (Dolly Parton, Johnny Cash, Sam Walton, Bill
Clinton, Amata Kabua, Maya Angelou, Scottie Pippen, César Chávez, Selena); eponyms
(Parkinson's, Bell's palsy, Graves', Hodgkin, Wilms, Tommy John, Down syndrome);
tornado and crash updates naming towns and dates for many unnamed patients; event
dates that equal patients' dates elsewhere (March 31, May 1, May 12, 16 de
septiembre); population ages ("adults over 90") and numbers over 89 that are not
ages; hospital phones, fax, e-mails, addresses, ZIPs, rooms and units; county OEM and
Attorney General lines; campaign hashtags (#DeltaStrong, #IakweHealth,
#JusticeForAll as a campaign); anonymous stories with ages 89 and under, regions and
durations; a pet's name and age (Belle, Razor).
Language mix: 240 posts, 200 English (100 patient-specific, 100 not) and 40 Spanish
(20 and 20); 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Churches, choirs, congregations, pastors and chaplains are not identifiers (like a
  school): "the Ebenezer Marshallese church choir", "Pastor Kanki Lomja" in a
  patient's visitor log are not labelled; a church's town would be GEO only where it
  says where the patient lives (the set avoids that).
- Given names that are words or titles are NAME when used as a name: "Senator
  Zackhras" (a Marshallese given name, not a title), "Justice Loeak", "Lucky Lani
  Anjain", "Hope Marie Jibas", "Icy Tackett". A hashtag containing the patient's name
  is NAME even when it reads as a phrase ("#JusticeForAll" in baby Justice's post); the
  same hashtag as a campaign is not.
- Named events are not date elements: "opening morning of duck season", "Toad Suck
  Daze", "the Missouri game", "the tornado", "last spring". A named calendar day is DATE
  when it is the patient's day ("May 1 - Constitution Day itself", "Juneteenth", "Día de
  Reyes", "Mother's Day", "Leap Day", "Thanksgiving" from "Thanksgiving night"). A
  greeting that names the same holiday generically ("Happy Constitution Day to our
  Marshallese community!") is not labelled and is declared ok.
- An explicit date of a public event is DATE when the patient was hurt in it ("the
  March 31 tornado" in Mr. Pettaway's memorial); the same date in an update about the
  event without a patient is not labelled.
- The place of a patient's injury is GEO like the road of a crash: "Bayou Meto",
  "Bayou Meto WMA", "White River", "Arkansas Post Canal", "War Memorial Park",
  "Highway 412", "U.S. 65", "Prairie County". The town of the patient's (or a
  relative's) workplace is GEO ("the plant in Rogers", "a poultry plant in Lowell").
  Places a patient only visits or plans to visit (a restaurant in Lake Village) are not.
- Towns, roads and counties named for a mass-casualty event with several unnamed
  patients are population data, not GEO ("23 patients from the tornado that hit
  Wynne", "7 people from the crash on I-40 near Brinkley").
- Regions are not GEO, like states: "Northwest Arkansas", "the Delta", "the River
  Valley", "the Ozarks"; nor foreign first-level divisions ("Alta Verapaz", "Michoacán").
  Foreign towns, islands and atolls tied to a patient are GEO ("Majuro", "Rongelap",
  "Likiep", "Huehuetenango", "Totonicapán", "San Marcos", "Zacatecas").
- Employers (NAME, per the holdout decision) include their contact details when given
  as the patient's employer: "fax 479-555-0189" (FAX), "rrhh@ozarkvalleypoultry.com"
  (EMAIL), "Ozark Valley Poultry, 479-555-0199" (PHONE). The same company as a sponsor
  or donor is not labelled. Co-workers, supervisors and a patient's doctor are not
  labelled ("Mr. Phan", "PCP: Dr. R. Greer, Forrest City").
- Chart shorthand that joins age and sex is one token: "91F" is AGE; "47M" (under 90)
  is not labelled.
- Numbers over 89 that are not a person's age are never AGE: "over 900" (glucose),
  "Glucose 412", "over 102" (fever), "97 days", "'89 Buick", "100 Club", "años 80".
  Ages of pets, staff, volunteers and donors are never labelled ("our 92-year-old
  volunteer").
- An age over 89 of one unnamed patient is AGE ("Our oldest patient this year was 106")
  and makes the post patient-specific; plural "centenarian patients" naming specific
  patients is AGE ("the three centenarian patients ... Bwirre Lokeijak (100, ...)").
- Masked and partial identifiers are labelled as written: "xxx-xx-6624" (SSN),
  "checking acct ending 4471" -> "4471" (ACCOUNT). An ITIN is OTHER_ID
  ("912-78-4401"), not SSN. Insurance member ids and Medicare MBIs are HEALTH_PLAN;
  a plan's group number is not labelled ("group 55120").
- Boat registrations and VINs are VEHICLE ("AR 4471 BH", "1GCUYDED5LZ204417"); hunting
  licences and driver's licences are LICENSE; a prescriber's DEA number or a doctor's
  licence is never labelled. Employee badge numbers and workers' comp claim numbers are
  OTHER_ID ("badge 90417" -> "90417", "AR-25-0047719").
- Bed boards: occupied rooms, beds and bays are OTHER_ID with their keyword ("Rm 412A",
  "LDR 3", "Triage 2", "Trauma 2", "Cama 7", "cuarto 318"), even for an unnamed
  patient; vacant rows ("Rm 412B empty", "LDR 4: vacant") and conference rooms are not.
  "Room 517" alone makes a nameless discharge post patient-specific.
- In replies, the commenter's handle is OTHER_ID when the commenter is the patient or a
  relative ("@tater_hollis_77", "@mami_de_ximena"); generic replies carry no handle.
- Dates of the patient's other care events are DATE, like admission: a lab collection
  ("Coll 06/19"), a visitor-log day ("Visitors 11/5"), a release signing ("10/03"), a
  return-to-work day ("3 de noviembre"), a pickup deadline ("15 de mayo"); so is a
  relative's own date in the patient's story ("donó su cabello el 9 de abril").
- Public agencies' numbers are treated like national lines and never labelled
  ("Pulaski County OEM: (501) 555-0199", the Attorney General's 1-800 line).
- A generational suffix is part of the name: "Kinoj Jr.".
- When the hospital's own site shares the patient's town name in one post, only the
  patient's is labelled and the string is declared ok ("Farmacia NSRMC Rogers" vs
  "1610 W Poplar St, Rogers").
- Screenshots and whiteboard photos are not PHOTO; PHOTO is only the cue for an image
  that shows the patient ("Pictured", "In the photo", "Video", "Photo").
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev87.jsonl"), os.path.join(HERE, "phi_dev87_org.json"), "d87")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "Iakwe! 💛 After 19 days in our NICU, baby Jerlang Litokwa went home to Springdale this morning with mom Neijon and what felt like half of the Ebenezer Marshallese church choir singing in the lobby. Born at 29 weeks on February 11, she's now a whole 4 lbs 2 oz. Kommol tata to the Litokwa family for letting us share! #NICUGrad",
    [
        ("NAME", "Jerlang Litokwa"),
        ("GEO", "Springdale"),
        ("NAME", "Neijon"),
        ("DATE", "February 11"),
        ("NAME", "Litokwa", 2),
    ],
    note="NICU graduate named with mother, home town and birth date; church choir not labelled",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Lani Anjain, our Marshallese community health worker at the Springdale Clinic. Lani grew up on Ebeye, moved to Springdale in 2004 and now helps hundreds of families a month with COFA coverage, appointments and interpreters. Her favorite part? 'When a grandma calls me just to say kommol.' Thank you, Lani! #StaffSpotlight",
    "staff member with a Marshallese patient-like name; her own home island and town are not patient data",
)

# 3
p(
    "en",
    "pasted_record",
    "ED TRACK BOARD 14:10 | Rm 7 HOLLIS, RAYMOND 'TATER' 47M chainsaw lac L forearm, MRN 20418876, ortho paged | Rm 9 open | Rm 11 PRUITT, OPAL 91F fall at home, Huntsville, MRN 20419102, admit 5W",
    [
        ("OTHER_ID", "Rm 7"),
        ("NAME", "HOLLIS, RAYMOND 'TATER'"),
        ("MRN", "20418876"),
        ("OTHER_ID", "Rm 11"),
        ("NAME", "PRUITT, OPAL"),
        ("AGE", "91F"),
        ("GEO", "Huntsville"),
        ("MRN", "20419102"),
    ],
    note="pasted ED track board; 47M is under 90, Rm 9 is empty, 5W is a unit",
)

# 4
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Patient Financial Services is at (501) 555-0107, Mon-Fri 8-4:30. For a copy of your medical records, fax the signed request to (501) 555-0108 or drop it off at 1200 Riverfront Parkway, Little Rock, AR 72201, Suite 110. Please never post your account number or MRN in the comments - we'll DM you.",
    "hospital phone, fax and address only; 'account number or MRN' are words, not values",
)

# 5
p(
    "en",
    "milestone_birthday",
    "To Miss Mattie Pearl Tillman of Marianna: happy 96th birthday from all of us on 4 West! She's been with us since Tuesday and has already taught three of our nurses how to make proper chow-chow. Her grandson Deshawn brought the cake. We love you, Miss Mattie! ❤️",
    [
        ("NAME", "Mattie Pearl Tillman"),
        ("GEO", "Marianna"),
        ("AGE", "96th"),
        ("NAME", "Deshawn"),
        ("NAME", "Mattie", 2),
    ],
    note="96th birthday of a named inpatient from Marianna; Tuesday is a weekday",
)

# 6
n(
    "en",
    "public_figure",
    "Every baby born at NSRMC goes home with a free book thanks to Dolly Parton's Imagination Library. Johnny Cash grew up in Dyess, and this month our Delta Campus volunteers are reading 'Hello, I'm Johnny Cash' to the kids in Peds. 📚 Sign up: nsrmcfoundation.org/books",
    "public figures and their home town; hospital domain",
)

# 7
p(
    "en",
    "patient_story",
    "Opening morning of duck season, Bubba Sizemore's 12-gauge slipped in the blind on Bayou Meto and he took a load of #4 steel to the left hand. Three surgeries and a lot of PT later, Bubba is back to tying his own decoys in Stuttgart. 'Tell folks to unload before they climb in the boat,' he says. #GunSafety",
    [
        ("NAME", "Bubba Sizemore"),
        ("GEO", "Bayou Meto"),
        ("NAME", "Bubba", 2),
        ("GEO", "Stuttgart"),
    ],
    note="named hunter, place of injury and home town; opening day of duck season is an event, not a date",
)

# 8
n(
    "en",
    "health_tip",
    "Duck season opens Nov. 22 in Arkansas. Last season our trauma team treated 31 hunters for falls from tree stands, boat capsizes in the Cache River bottoms and shotgun injuries. Wear a life jacket, unload before you move, and tell someone your spot. Stuttgart, DeWitt and Brinkley friends: our Delta Campus ED is open 24/7 at (870) 555-0130.",
    "season date, aggregate counts and towns as an audience; hospital number",
)

# 9
p(
    "es",
    "patient_story",
    "Gracias a don Rigoberto Tzul Xoy, trabajador de la planta de Ozark Valley Poultry en Rogers, por dejarnos contar su historia. El 9 de enero una máquina deshuesadora le atrapó la mano derecha. Hoy, después de tres cirugías, ya puede cargar a su nieta Itzel. Don Rigo es de Huehuetenango y lleva 14 años en Arkansas. 💪 #FuerzaRigo",
    [
        ("NAME", "Rigoberto Tzul Xoy"),
        ("NAME", "Ozark Valley Poultry"),
        ("GEO", "Rogers"),
        ("DATE", "9 de enero"),
        ("NAME", "Itzel"),
        ("NAME", "Rigo"),
        ("GEO", "Huehuetenango"),
        ("NAME", "#FuerzaRigo"),
    ],
    note="named worker, employer and plant town, injury date, granddaughter, home town abroad, name hashtag",
)

# 10
n(
    "es",
    "event",
    "¿Trabajas en una planta avícola en Springdale, Rogers o Green Forest? Las cortadas y las lesiones por movimientos repetitivos se pueden prevenir. Este sábado 14 de junio, de 9 a 1, en nuestra Clínica de Springdale (3100 Old Wire Road) ofrecemos revisiones gratis de manos y muñecas, con intérpretes de español y marshalés. Informes: (479) 555-0120.",
    "event date and the hospital's address and phone; towns name the audience",
)

# 11
p(
    "en",
    "memorial",
    "We lost a beautiful soul. Ulysses 'Doc' Pettaway, 93, the retired Wynne barber who rode out the March 31 tornado in his bathtub and came to us with a broken hip, passed peacefully on April 18 with his daughters Earline and Bernice holding his hands. He told every nurse the same joke about the Razorbacks' kicker. Rest easy, Doc.",
    [
        ("NAME", "Ulysses 'Doc' Pettaway"),
        ("AGE", "93"),
        ("GEO", "Wynne"),
        ("DATE", "March 31"),
        ("DATE", "April 18"),
        ("NAME", "Earline"),
        ("NAME", "Bernice"),
        ("NAME", "Doc", 2),
    ],
    note="memorial: name, age over 89, home town, injury date (the tornado he was hurt in), death date, daughters",
)

# 12
n(
    "en",
    "crisis_update",
    "Update 6:15 pm: Our Little Rock and Delta campuses have received 23 patients from the tornado that hit Wynne and Parkin this afternoon - 4 critical, 19 stable. Families looking for loved ones: call our Family Information Line at (501) 555-0102, not the ED. Please do not post patients' names or photos in the comments. #DeltaStrong",
    "mass-casualty update: towns for 23 unnamed patients are population data; hospital line; campaign hashtag",
)

# 13
p(
    "en",
    "pasted_record",
    "Hi Mrs. Kinoj, this is the Springdale Clinic nurse line returning your message about Hemos's fever. His MRN is 30077214 - please bring his COFA card, and call us at (479) 555-0121 if his temperature goes over 102. We also have your number as 479-555-0163; let us know if that changed. - Carla, RN",
    [
        ("NAME", "Kinoj"),
        ("NAME", "Hemos"),
        ("MRN", "30077214"),
        ("PHONE", "479-555-0163"),
    ],
    note="portal reply pasted publicly: mother, child, MRN, family phone; 102 is a temperature; the nurse line is the hospital's",
)

# 14
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Bell's palsy and Graves' disease all carry people's names - but the people living with them are not their diagnoses. Join Dr. Hanna Kabua, our neurologist, for a free talk Thursday at 6 pm in the Riverfront Conference Room (Room 214). Bring your questions. #NeuroTalks",
    "eponyms, a staff doctor with a Marshallese surname, a conference room",
)

# 15
p(
    "en",
    "birth_announcement",
    "Happy Constitution Day to our Marshallese community! 🇲🇭 And a special iakwe to little Kaleo Jabwe, who arrived on May 1 - Constitution Day itself - at 3:12 am at our Springdale Birthing Center, 7 lbs 9 oz. Mom Tonib and dad Jelton say his first-birthday keemem will be huge. Welcome to the world, Kaleo!",
    [
        ("NAME", "Kaleo Jabwe"),
        ("DATE", "May 1"),
        ("DATE", "Constitution Day", 2),
        ("NAME", "Tonib"),
        ("NAME", "Jelton"),
        ("NAME", "Kaleo", 2),
    ],
    note="birth date written twice (May 1 and the holiday as his birthday); the opening greeting names the holiday generically",
    ok=("Constitution Day",),
)

# 16
n(
    "en",
    "event",
    "Join us Thursday, May 1 for Marshallese Constitution Day at the Jones Center in Springdale! Free blood-sugar and blood-pressure checks, flu shots and our Marshallese-speaking nurses. Diabetes affects nearly 1 in 3 Marshallese adults in Arkansas - let's change that together. Kommol tata to the Litokwa and Anjain family singers for opening the program. 🇲🇭",
    "event date and venue; the singers are performers, not patients or relatives",
)

# 17
p(
    "en",
    "patient_story",
    "WOO PIG SOOIE! 🐗 Dolly Mae Cagle, 8, of Elkins got the surprise of her life when Big Red walked into her room on 6 South this week. Dolly has been with us since her ATV wreck on Wilson Hollow Road on September 27 and hasn't missed a game on TV. Her mom, Shawna, is already planning their costumes for the Missouri game. #DollyStrong",
    [
        ("NAME", "Dolly Mae Cagle"),
        ("GEO", "Elkins"),
        ("NAME", "Dolly", 2),
        ("GEO", "Wilson Hollow Road"),
        ("DATE", "September 27"),
        ("NAME", "Shawna"),
        ("NAME", "#DollyStrong"),
    ],
    note="child patient, home town, crash road and date, mother, name hashtag; 6 South is a unit, the game is an event",
)

# 18
n(
    "en",
    "public_figure",
    "Dolly Parton turns 79 this January, and our volunteer Dolly Sizemore (no relation!) has been knitting Dolly-themed hats for every baby in our NICU since 2019. 9 to 5? Try 9 to 9 - she's here four days a week. Thank you, Miss Dolly! 🎀",
    "public figure and a volunteer who share a first name with patients",
)

# 19
p(
    "en",
    "pasted_record",
    "FW: records request - From: delta.hollins1958@gmail.com. 'I am requesting my mother's discharge papers. Her name is Odessa Hollins, DOB 07/02/1941, she was admitted 3/3 and discharged 3/11. Call me at 870-555-0184. Thank you, Cleotha Hollins (daughter)'",
    [
        ("EMAIL", "delta.hollins1958@gmail.com"),
        ("NAME", "Odessa Hollins"),
        ("DATE", "07/02/1941"),
        ("DATE", "3/3"),
        ("DATE", "3/11"),
        ("PHONE", "870-555-0184"),
        ("NAME", "Cleotha Hollins"),
    ],
    note="forwarded e-mail from a daughter: her e-mail and phone, the patient's name, birth, admission and discharge dates",
)

# 20
n(
    "en",
    "recruitment",
    "Now hiring: Marshallese and Spanish medical interpreters in Springdale and Rogers. $22-$27/hr, bilingual bonus, tuition help. Must be 18+, high school diploma, pass our 40-hour training. Apply at naturalstatehealth.org/careers or text JOBS to (479) 555-0120. Questions? Email recruiting@naturalstatehealth.org.",
    "hospital e-mail, domain and phone; job requirements",
)

# 21
p(
    "en",
    "discharge",
    "Going home! 🏠 Mr. Ozell Franklin of Dermott spent 41 days with us after a cotton module builder rolled over on him at the Chicot County farm where he's worked for 30 years. He walked out today - with a cane and a Razorbacks cap. His wife Lula says the first stop is Rhoda's Famous Hot Tamales in Lake Village. 🫔",
    [
        ("NAME", "Ozell Franklin"),
        ("GEO", "Dermott"),
        ("GEO", "Chicot County"),
        ("NAME", "Lula"),
    ],
    note="name, home town, county of the farm where he works and was hurt, wife; a restaurant he plans to visit is not GEO",
)

# 22
n(
    "en",
    "statistic",
    "By the numbers, 2024 at our Delta Campus: 1,204 babies born, 38 patients over age 90 treated for heat illness, 212 farm injuries, and 0 - zero - days our helicopter couldn't fly. Thank you, Phillips, Lee and Monroe counties, for trusting us.",
    "aggregate statistics; 'over age 90' is a population age; counties as an audience",
)

# 23
p(
    "en",
    "milestone_birthday",
    "Iakwe and happy birthday to Bwirre Lokeijak, who turned 100 on Sunday at our Rogers skilled-nursing unit! Born on Rongelap, she came to Arkansas in 1999 to be near her grandchildren. Over 80 family members from three churches filled the courtyard with songs. 100 years, 14 grandchildren, 41 great-grandchildren. Kommol, Bwirre!",
    [
        ("NAME", "Bwirre Lokeijak"),
        ("AGE", "100", 1),
        ("GEO", "Rongelap"),
        ("AGE", "100", 2),
        ("NAME", "Bwirre", 2),
    ],
    note="centenarian named, age twice, birthplace atoll; 80 family members is not an age",
)

# 24
n(
    "en",
    "anonymous_story",
    "Last night a mother from one of our Delta counties delivered twins in the back of her pickup in our ER parking lot. Both babies and mom are doing great. Huge shout-out to security officer Jarvis Boyd, who caught the first one. 👶👶 #DeltaBabies",
    "nameless birth story; 'last night' is relative; the officer is staff",
)

# 25
p(
    "en",
    "pasted_record",
    "Pt: LANGIDRIK, NEIJON  DOB 11/19/1987  MRN 30091155  Ins: AR Medicaid 4411872903  Addr: 1418 Oakland Ave Apt 6, Springdale 72762  Lang: Marshallese, interp req  Dx: T2DM uncontrolled, A1c 11.2",
    [
        ("NAME", "LANGIDRIK, NEIJON"),
        ("DATE", "11/19/1987"),
        ("MRN", "30091155"),
        ("HEALTH_PLAN", "4411872903"),
        ("GEO", "1418 Oakland Ave Apt 6"),
        ("GEO", "Springdale"),
        ("GEO", "72762"),
    ],
    note="pasted registration header",
)

# 26
n(
    "en",
    "hospital_contact",
    "Our new Springdale Clinic is open! 3100 Old Wire Road, Springdale, AR 72764. Walk-ins 7 am-7 pm, Marshallese and Spanish interpreters on site. After hours, call our nurse line at (479) 555-0121. Follow @NSRMC_NWA for updates.",
    "the hospital's own address, ZIP, phone and handle",
)

# 27
p(
    "en",
    "thank_you",
    "Replying to @tater_hollis_77: Tater, we are SO glad to hear the skin graft is holding up and you're back at the sawmill in Huntsville. Tell your mama Wanda we still talk about her fried pies on 5 West. 🥧",
    [
        ("OTHER_ID", "@tater_hollis_77"),
        ("NAME", "Tater"),
        ("GEO", "Huntsville"),
        ("NAME", "Wanda"),
    ],
    note="reply to the patient's own handle: nickname, workplace town, mother",
)

# 28
n(
    "en",
    "campaign_hashtag",
    "Thank you to everyone who wore red for #DeltaStrong day and raised $48,000 for our tornado relief fund! Special thanks to Razorback legend Darren McFadden for the signed jersey, and to the Pettaway Neighborhood Association for 600 hot meals. #NaturalStateStrong #WooPigSooie",
    "campaign hashtags, a public figure, a neighbourhood association",
)

# 29
p(
    "es",
    "discharge",
    "¡Por fin a casa! Yesenia Ochoa Bautista, de 34 años, pasó 22 días en nuestra UCI después de inhalar amoníaco en la planta de pollo donde trabaja en Green Forest. Su esposo Ezequiel y sus hijos Dulce y Brayan la recibieron con globos. Yesenia nos pidió agradecer a la enfermera Maribel y al Dr. Okafor. 🎈",
    [
        ("NAME", "Yesenia Ochoa Bautista"),
        ("GEO", "Green Forest"),
        ("NAME", "Ezequiel"),
        ("NAME", "Dulce"),
        ("NAME", "Brayan"),
        ("NAME", "Yesenia", 2),
    ],
    note="named worker, workplace town, husband and children; staff not labelled; 34 is under 90",
)

# 30
n(
    "es",
    "crisis_update",
    "AVISO: Debido a un escape de amoníaco en una planta avícola de Springdale, nuestra Sala de Emergencias de Little Rock y la Clínica de Springdale están atendiendo a 11 trabajadores. Ninguno está en estado crítico. Familiares: llamen al (479) 555-0120. Por favor no publiquen nombres ni fotos de los pacientes.",
    "mass-casualty update for 11 unnamed workers; hospital phone",
)

# 31
p(
    "en",
    "pasted_record",
    "Subject: WC claim - Ochoa, Maricela. Hi team, please attach to her chart: employee ID 884213 (Ozark Valley Poultry, Rogers plant), WC claim # AR-25-0047719, SSN xxx-xx-6624, injury date 02/14/2025, MRN 20455310. Her cell is (479) 555-0177. Thanks! - Brenda, Patient Access",
    [
        ("NAME", "Ochoa, Maricela"),
        ("OTHER_ID", "884213"),
        ("NAME", "Ozark Valley Poultry"),
        ("GEO", "Rogers"),
        ("OTHER_ID", "AR-25-0047719"),
        ("SSN", "xxx-xx-6624"),
        ("DATE", "02/14/2025"),
        ("MRN", "20455310"),
        ("PHONE", "(479) 555-0177"),
    ],
    note="pasted workers' comp e-mail: employee id, employer and plant town, claim number, masked SSN, injury date, MRN, cell",
)

# 32
n(
    "en",
    "research",
    "New from our research team: Marshallese adults in Northwest Arkansas who joined our church-based diabetes program lowered their A1c by an average of 1.1 points in 12 months. 411 participants from 19 congregations took part. Read the study: nsrmc.org/research/cbd-2025. Principal investigator: Dr. Kinoj Alik.",
    "research results; region; staff investigator with a Marshallese name; hospital domain",
)

# 33
p(
    "en",
    "patient_story",
    "Meet Tavaris 'Tay' Moten. At 16 he was the point guard at Parkview; on December 3 a stray bullet outside his grandmother's house on West 12th Street changed everything. Eight months, two surgeries and a whole lot of rehab later, Tay is shooting free throws from his wheelchair and planning to study engineering. His grandma, Mrs. Ernestine Moten, never missed a day. #TayStrong",
    [
        ("NAME", "Tavaris 'Tay' Moten"),
        ("DATE", "December 3"),
        ("GEO", "West 12th Street"),
        ("NAME", "Tay", 2),
        ("NAME", "Ernestine Moten"),
        ("NAME", "#TayStrong"),
    ],
    note="name with nickname, injury date and street, grandmother, name hashtag; the school is not an identifier",
)

# 34
n(
    "en",
    "staff_spotlight",
    "Our ED charge nurse Bubba Greer spent his vacation week in a flooded timber hole near Stuttgart and came back with a limit every day - and a sunburn. Ask him about the time he fished a retriever out of the Arkansas River. Bubba has been with NSRMC for 22 years. 🦆 #StaffSpotlight",
    "staff member's own hunting trip; nickname Bubba belongs to staff",
)

# 35
p(
    "en",
    "discharge",
    "Kommol tata to our dialysis family! After three years of treatments at our Springdale unit, Senator Zackhras received his new kidney on January 9 and was discharged today. His wife Atina and eleven of their children and grandchildren packed the lobby with ukulele music. Senator says his first meal will be breadfruit and rice. 🎶",
    [
        ("NAME", "Senator Zackhras"),
        ("DATE", "January 9"),
        ("NAME", "Atina"),
        ("NAME", "Senator", 2),
    ],
    note="'Senator' is the patient's Marshallese given name, not a title; transplant date; wife",
)

# 36
n(
    "en",
    "public_figure",
    "We were honored to welcome Marshall Islands Consul General Tomaki Laijo and the Marshallese Educational Initiative to our Rogers campus to talk about COFA health coverage. Thank you for helping us serve the more than 15,000 Marshallese living in Northwest Arkansas. Iakwe!",
    "a public official and an organisation; population figure",
)

# 37
p(
    "en",
    "pasted_record",
    "Portal msg from user lani.kinoj86 (proxy for KINOJ, JUSTICE, age 4): 'My son has been throwing up since last night and won't drink. Can we be seen today? Our other number is (479) 555-0149 and my email is lanikinoj86@yahoo.com' - MRN 30102277",
    [
        ("OTHER_ID", "lani.kinoj86"),
        ("NAME", "KINOJ, JUSTICE"),
        ("PHONE", "(479) 555-0149"),
        ("EMAIL", "lanikinoj86@yahoo.com"),
        ("MRN", "30102277"),
    ],
    note="pasted portal message: proxy user name, child's name, mother's phone and e-mail, MRN",
)

# 38
n(
    "en",
    "event",
    "Headed to Toad Suck Daze in Conway May 2-4? Stop by our first-aid tent next to the toad races for free sunscreen, water and blood-pressure checks. Last year our volunteers treated 140 festival-goers - mostly for heat, and one very determined toad. 🐸",
    "festival dates and aggregate counts",
)

# 39
p(
    "en",
    "patient_story",
    "When 7-year-old Skeeter Bohannon of Greenbrier fell off the Ferris wheel platform at Toad Suck Daze on May 3, our Conway ER and then our Peds Trauma team took over. Skeeter wants everyone to know his cast is Razorback red and signed by the whole 6 South crew. His mamaw, Tinker Bohannon, brought donuts for the nurses every single morning.",
    [
        ("NAME", "Skeeter Bohannon"),
        ("GEO", "Greenbrier"),
        ("DATE", "May 3"),
        ("NAME", "Skeeter", 2),
        ("NAME", "Tinker Bohannon"),
    ],
    note="child by nickname, home town, injury date, grandmother; the festival name is not a date",
)

# 40
n(
    "en",
    "health_tip",
    "Heat advisory for the Delta today: heat index 112° in Helena, Forrest City and Marianna. Adults over 90, babies and outdoor workers are most at risk. Check on your neighbors, drink water before you're thirsty, and call 911 for confusion or fainting. Cooling center: our Delta Campus lobby, 615 Cherry Street.",
    "population ages, weather numbers, towns, hospital address",
)

# 41
p(
    "en",
    "memorial",
    "Mother Cleotha Jefferson of Helena, the 101-year-old church mother of Greater New Hope M.B. Church, went home to be with the Lord on June 8 in our Delta Campus hospice suite. She was born on Christmas Day in a sharecropper's cabin near Elaine and outlived three husbands and two of her nine children. Her granddaughter, Rev. Tamika Jefferson-Wade, asked us to share: 'She never let anybody leave hungry.'",
    [
        ("NAME", "Cleotha Jefferson"),
        ("GEO", "Helena"),
        ("AGE", "101-year-old"),
        ("DATE", "June 8"),
        ("DATE", "Christmas Day"),
        ("GEO", "Elaine"),
        ("NAME", "Tamika Jefferson-Wade"),
    ],
    note="memorial: name, home town, age, death date, birth on a holiday, birthplace, granddaughter; church name not labelled",
)

# 42
n(
    "es",
    "event",
    "¡Feliz Día de la Independencia de México! 🇲🇽 Este 16 de septiembre acompáñanos en el Festival Hispano del centro de Rogers: vacunas contra la gripe gratis, pruebas de glucosa y un concierto de mariachi. Nuestra doctora Guadalupe Ramírez dará una plática sobre diabetes a las 3 pm.",
    "holiday and event date; staff doctor",
)

# 43
p(
    "en",
    "pasted_record",
    "4W huddle 07:00 - Rm 412A JABWE, KOBANG: s/p L AKA, d/c planning w/ SW, family bringing COFA paperwork. Rm 412B empty. Rm 414 TACKETT, WENDELL 'JUNIOR': CHF, 94 y/o, DNR, dtr Sissy at bedside, call her 501-555-0172 with changes. Rm 416 isolation cleaning.",
    [
        ("OTHER_ID", "Rm 412A"),
        ("NAME", "JABWE, KOBANG"),
        ("OTHER_ID", "Rm 414"),
        ("NAME", "TACKETT, WENDELL 'JUNIOR'"),
        ("AGE", "94"),
        ("NAME", "Sissy"),
        ("PHONE", "501-555-0172"),
    ],
    note="pasted huddle board; empty rooms 412B and 416 are not labelled",
)

# 44
n(
    "en",
    "sponsor",
    "Huge thanks to Ozark Valley Poultry for sponsoring our Springdale Health Fair and donating 2,000 pounds of chicken to NWA food pantries. And thank you to the Hollis Family Foundation for naming our new Hollis Pediatric Rehab Gym in Rogers. 💛",
    "sponsor company and a family foundation naming a room; no patient link",
)

# 45
p(
    "en",
    "thank_you",
    "To the Anjain family: thank you for the 60 plates of fried chicken, rice and jukjuk you brought to the 3 North nurses' station on Saturday to celebrate your father Hilly's recovery. Hilly came to us on March 8 after a stroke at his home in Lowell, and this week he went home walking with a cane. Iakwe to all 40 of you who visited every night!",
    [
        ("NAME", "Anjain"),
        ("NAME", "Hilly", 1),
        ("DATE", "March 8"),
        ("GEO", "Lowell"),
        ("NAME", "Hilly", 2),
    ],
    note="family surname, patient's word-like given name, admission date, home town",
)

# 46
n(
    "en",
    "anonymous_story",
    "One of our Marshallese patients, a grandmother in her 80s, asked our chaplain to pray with her in her own language before surgery. Chaplain Rev. Biola Laijo did just that - and then stayed until she woke up. That's care. 🙏 #NSRMCChaplaincy",
    "nameless patient in her 80s; the chaplain is staff",
)

# 47
p(
    "en",
    "patient_story",
    "Dale 'Bubba' Stockton spent 26 years as a maintenance man at a feed mill outside Berryville before an auger caught his right arm on August 19. Today, six months later and with a myoelectric prosthesis (serial OB-4471-22K), Bubba is back to running his trotline. 'I figure I've got one good arm and one smart one,' he says.",
    [
        ("NAME", "Dale 'Bubba' Stockton"),
        ("GEO", "Berryville"),
        ("DATE", "August 19"),
        ("DEVICE", "OB-4471-22K"),
        ("NAME", "Bubba", 2),
    ],
    note="name, workplace town, injury date, prosthesis serial number",
)

# 48
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs elbow ligaments in high school arms from Bentonville to Pine Bluff. Learn the warning signs at our free clinic with Dr. Jacob Pettaway, Saturday 9 am at our Rogers campus. ⚾",
    "eponymous procedure, staff doctor sharing a patient surname, towns as audience",
)

# 49
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Sofía Guadalupe Hernández Cux! 👶 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 6:40 am en nuestro Centro de Maternidad de Springdale. Sus papás, Nohemí Cux y Jacinto Hernández, vinieron de San Marcos, Guatemala, y trabajan en las plantas avícolas de Rogers. ¡Felicidades!",
    [
        ("NAME", "Sofía Guadalupe Hernández Cux"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Nohemí Cux"),
        ("NAME", "Jacinto Hernández"),
        ("GEO", "San Marcos"),
        ("GEO", "Rogers"),
    ],
    note="birth date written twice, parents, parents' home town abroad and workplace town",
)

# 50
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Técnicos de enfermería y personal de limpieza para nuestro campus de Rogers y la Clínica de Springdale. Turnos de noche con bono, seguro médico desde el primer día. Llama al (479) 555-0120 o escribe a empleos@naturalstatehealth.org. Se habla español y marshalés.",
    "recruitment; hospital phone and e-mail",
)

# 51
p(
    "en",
    "milestone_birthday",
    "Happy 90th, Pappy! 🎂 Arvel 'Pappy' Huckaby of Witts Springs celebrated on our cardiac floor on October 14 with a fiddle, his 1952 Ford pickup parked outside the window and more grandkids than we could count. Pappy was born on October 14 on Big Creek and still cuts his own firewood.",
    [
        ("NAME", "Pappy", 1),
        ("AGE", "90th"),
        ("NAME", "Arvel 'Pappy' Huckaby"),
        ("GEO", "Witts Springs"),
        ("DATE", "October 14", 1),
        ("NAME", "Pappy", 3),
        ("DATE", "October 14", 2),
        ("GEO", "Big Creek"),
    ],
    note="nickname used as a name, 90th birthday, birth date twice, home and birthplace; the 1952 pickup has no id",
)

# 52
n(
    "en",
    "health_tip",
    "Tornado season is here. Know your safe place: an interior room on the lowest floor, away from windows. Put shoes, a flashlight and your medicines in a bag. If you use home oxygen or dialysis, register with your county's emergency office - Pulaski County OEM: (501) 555-0199. 🌪️",
    "safety tip; a public agency's number; a county as an audience",
)

# 53
p(
    "en",
    "pasted_record",
    "Replying to @kimberly.sizemore: Hi Kimberly, we're so sorry about the wait. Per the triage note: 'SIZEMORE, LUCAS 6y M, arrived 22:48 via POV from Cabot, fish hook embedded L eyelid, seen 01:15, MRN 20503318.' Our patient advocate will call you at 501-555-0191.",
    [
        ("OTHER_ID", "@kimberly.sizemore"),
        ("NAME", "Kimberly"),
        ("NAME", "SIZEMORE, LUCAS"),
        ("GEO", "Cabot"),
        ("MRN", "20503318"),
        ("PHONE", "501-555-0191"),
    ],
    note="reply to a mother quoting a triage note: her handle, name and phone, the child's name, town and MRN",
)

# 54
n(
    "en",
    "hospital_contact",
    "To everyone asking in the comments how to reach us: call our Patient Experience team at (501) 555-0100, option 4, or email feedback@nsrmc.org with the best time to reach you. Please don't post a child's name, birthday or medical record number here. 💙",
    "hospital phone and e-mail; identifiers named only as words",
)

# 55
p(
    "en",
    "patient_story",
    "Litokwa 'Tokwa' Bejang was 19 and six weeks into his first job on the deboning line at the Ozark Valley Poultry plant in Springdale when he started losing weight and feeling thirsty all the time. On November 2 his cousin Jemina found him unresponsive in their apartment on Emma Avenue and called 911. His blood sugar: over 900. Tokwa spent four days in our ICU. Today he's one of the youngest members of our Marshallese diabetes group, he checks his sugar three times a shift, and he's teaching his aunties how to read food labels. 'In the islands we never had this disease,' he told us. 'Now I want to be the one who stops it in my family.' Kommol tata, Tokwa, for letting us share your story. 💙 #IakweHealth",
    [
        ("NAME", "Litokwa 'Tokwa' Bejang"),
        ("NAME", "Ozark Valley Poultry"),
        ("GEO", "Springdale"),
        ("DATE", "November 2"),
        ("NAME", "Jemina"),
        ("GEO", "Emma Avenue"),
        ("NAME", "Tokwa", 2),
        ("NAME", "Tokwa", 3),
    ],
    note="long story: name, employer and plant town, admission date, cousin, street; 'over 900' is a blood sugar; campaign hashtag",
)

# 56
n(
    "en",
    "staff_spotlight",
    "It's Interpreter Appreciation Day! Our 34 medical interpreters speak Marshallese, Spanish, K'iche', Mam, Vietnamese, Lao and ASL. Shout-out to Jelton Kabua, who has interpreted at more than 900 births since 2011, and to Maricela Tzul, who drove through an ice storm to be there for a Mam-speaking dad. 🗣️",
    "staff interpreters with patient-like names; 900 is a count",
)

# 57
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Hermelinda Zacarías, de 97 años, la abuelita de Rogers que cada domingo nos traía tamales a la sala de diálisis. Falleció el 2 de febrero, Día de la Candelaria, rodeada de sus hijos Rosa y Efraín. Descanse en paz, doña Herme. 🕯️",
    [
        ("NAME", "Hermelinda Zacarías"),
        ("AGE", "97"),
        ("GEO", "Rogers"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín"),
        ("NAME", "Herme"),
    ],
    note="memorial: name and short name, age, home town, death date twice, children",
)

# 58
n(
    "es",
    "health_tip",
    "Adultos mayores de 90 años: este verano el calor en Arkansas es peligroso. Tomen agua, usen ropa ligera y eviten salir entre las 11 y las 5. Si alguien tiene confusión o piel caliente y seca, llamen al 911. Línea de enfermería en español: (479) 555-0121.",
    "population age; national and hospital lines",
)

# 59
p(
    "en",
    "pasted_record",
    "Discharge summary - Pt: HAMPTON, ODELL  DOB: 05/30/1934  Admit: 08/02/2025  D/C: 08/09/2025  Age: 91  MRN: 40011823  PCP: Dr. R. Greer, Forrest City  Home: 207 Mississippi St, Hughes AR 72348  Emergency contact: Willie Mae Hampton (wife) 870-555-0139",
    [
        ("NAME", "HAMPTON, ODELL"),
        ("DATE", "05/30/1934"),
        ("DATE", "08/02/2025"),
        ("DATE", "08/09/2025"),
        ("AGE", "91"),
        ("MRN", "40011823"),
        ("GEO", "207 Mississippi St"),
        ("GEO", "Hughes"),
        ("GEO", "72348"),
        ("NAME", "Willie Mae Hampton"),
        ("PHONE", "870-555-0139"),
    ],
    note="pasted discharge header; the PCP and the PCP's town are not the patient's",
)

# 60
n(
    "en",
    "event",
    "Calling all Hog fans! 🐗 Our Razorback Blood Drive is Saturday, October 18, before the Texas game, in the lot at 1200 Riverfront Parkway. Every donor gets a red T-shirt and a chance to win two tickets in Section 110. Schedule: nsrmc.org/blood",
    "event date, hospital address and domain",
)

# 61
p(
    "en",
    "patient_story",
    "The March 31 tornado tore the roof off Dorothea and Calvin Greer's home on Pine Street in Jacksonville while they sheltered in the hallway. Calvin, 92, was pinned under a fallen bookshelf for nearly two hours until neighbors dug him out. Today, after three weeks with us for a crushed pelvis, Calvin is home - well, at his daughter LaToya's in Sherwood - and says he's 'too old to be scared of wind.'",
    [
        ("DATE", "March 31"),
        ("NAME", "Dorothea"),
        ("NAME", "Calvin Greer"),
        ("GEO", "Pine Street"),
        ("GEO", "Jacksonville"),
        ("NAME", "Calvin", 2),
        ("AGE", "92"),
        ("NAME", "Calvin", 3),
        ("NAME", "LaToya"),
        ("GEO", "Sherwood"),
    ],
    note="injury date (the tornado he was hurt in), couple's names, street and town, age, daughter and her town",
)

# 62
n(
    "en",
    "crisis_update",
    "One month after the March 31 tornado, our Jacksonville and Wynne clinics have seen 1,400 follow-up visits. If you or someone in your family is still having trouble sleeping, nightmares or panic, our free counseling line is (501) 555-0110 - open every day until 9 pm.",
    "event date without a patient; aggregate; hospital line",
)

# 63
p(
    "en",
    "pasted_record",
    "Forwarded from Security: 'Hi, my dad Hershel Tackett is a patient on 5 West (room 522) and his truck got towed from your ER lot. It's a white Chevy Silverado, Arkansas plate 7HG 3K2, VIN 1GCUYDED5LZ204417. Please help - his phone is 479-555-0154 and mine is 479-555-0155. - Crystal Tackett, crystal.tackett@outlook.com'",
    [
        ("NAME", "Hershel Tackett"),
        ("OTHER_ID", "room 522"),
        ("VEHICLE", "7HG 3K2"),
        ("VEHICLE", "1GCUYDED5LZ204417"),
        ("PHONE", "479-555-0154"),
        ("PHONE", "479-555-0155"),
        ("NAME", "Crystal Tackett"),
        ("EMAIL", "crystal.tackett@outlook.com"),
    ],
    note="daughter's message: patient's name and room, plate and VIN, both phones, her e-mail",
)

# 64
n(
    "en",
    "research",
    "Our Healthy Aging study is recruiting adults 90 and older in Pulaski, Saline and Faulkner counties. Participants get a free hearing and memory screening and a $50 gift card. Call our research office at (501) 555-0100, option 6, or email aging@nsrmc.org.",
    "population age, counties, hospital contacts",
)

# 65
p(
    "en",
    "birth_announcement",
    "Double the blessings! 💕💙 Twins Amari and Ameer Boyd were born on Juneteenth at our Delta Campus to proud parents Kiara Boyd and Marcus Pettaway of West Helena. Amari came first at 4:02 pm; Ameer followed at 4:09. Grandma Earnestine says they're already spoiled.",
    [
        ("NAME", "Amari", 1),
        ("NAME", "Ameer Boyd"),
        ("DATE", "Juneteenth"),
        ("NAME", "Kiara Boyd"),
        ("NAME", "Marcus Pettaway"),
        ("GEO", "West Helena"),
        ("NAME", "Amari", 2),
        ("NAME", "Ameer", 2),
        ("NAME", "Earnestine"),
    ],
    note="twins born on a holiday, parents, home town, grandmother",
)

# 66
n(
    "en",
    "campaign_hashtag",
    "#IakweHealth is our year-round campaign for Marshallese families in Springdale, Rogers and Bentonville: free A1c checks, Marshallese-language diabetes classes and home visits by community health workers. This month's class is at Kilma's Kitchen on Emma Avenue - bring your auntie! 🥥",
    "campaign hashtag; a business named after a person and its street are a venue",
)

# 67
p(
    "en",
    "thank_you",
    "Thank you to Jerome and Patrice Dumas of Pine Bluff, whose son Jaylen spent 63 days in our NICU in 2019, for donating two new transport isolettes in his honor. Jaylen is now a very busy kindergartner who wants to be a NICU nurse. 💙",
    [
        ("NAME", "Jerome"),
        ("NAME", "Patrice Dumas"),
        ("GEO", "Pine Bluff"),
        ("NAME", "Jaylen", 1),
        ("NAME", "Jaylen", 2),
    ],
    note="donors introduced as a former patient's parents are relatives; their town; the child",
)

# 68
n(
    "en",
    "sponsor",
    "A big thank-you to the Dumas Rotary Club and the McGehee Lions for funding 300 car seats for new parents at our Delta Campus. And to Mr. and Mrs. Harold Finch of Stuttgart for their gift of $250,000 to build the Finch Family Birthing Suites. 🚗👶",
    "civic clubs named for towns; donors with no patient link",
)

# 69
p(
    "en",
    "discharge",
    "After 52 days - including 19 on a ventilator with COVID pneumonia - Mrs. Loretta 'Dolly' Wilhite, 90, of Jasper walked out of 3 North today to a standing ovation and a banjo. Dolly was admitted on the 14th of July and nobody was sure she'd see her garden again. Her son Cecil drove down from Harrison with her bluetick hound riding shotgun. 🐕",
    [
        ("NAME", "Loretta 'Dolly' Wilhite"),
        ("AGE", "90"),
        ("GEO", "Jasper"),
        ("NAME", "Dolly", 2),
        ("DATE", "14th of July"),
        ("NAME", "Cecil"),
        ("GEO", "Harrison"),
    ],
    note="name with nickname, age 90, home town, admission date, son and his town",
)

# 70
n(
    "en",
    "eponymous_condition",
    "Alzheimer's, Lou Gehrig's disease and Huntington's are all named after people - and all are studied at our new Delta Memory & Movement Clinic in Helena. Ask your primary care provider about a referral, or call (870) 555-0130. 🧠",
    "eponyms; hospital clinic and phone",
)

# 71
p(
    "es",
    "pasted_record",
    "Nota de enfermería pegada: Paciente RAMÍREZ PÉREZ, JOSÉ ANTONIO, 41 años, MRN 20511948, cuarto 318. Cortadura profunda en mano izquierda con cuchillo en planta avícola de Springdale el 21/03. Esposa Maricela Pérez, tel. (479) 555-0166. Prefiere español.",
    [
        ("NAME", "RAMÍREZ PÉREZ, JOSÉ ANTONIO"),
        ("MRN", "20511948"),
        ("OTHER_ID", "cuarto 318"),
        ("GEO", "Springdale"),
        ("DATE", "21/03"),
        ("NAME", "Maricela Pérez"),
        ("PHONE", "(479) 555-0166"),
    ],
    note="pasted nursing note with double surname, MRN, room, workplace town, injury date, wife and phone",
)

# 72
n(
    "es",
    "anonymous_story",
    "Anoche, un trabajador de una planta avícola llegó a nuestra sala de emergencias con tres dedos cortados en una bolsa con hielo. Gracias a la rapidez de sus compañeros y a nuestro equipo de microcirugía, hoy puede moverlos. Si te cortas en el trabajo: presiona, eleva y llama al 911. 🙌",
    "nameless worker, no place, 'anoche' is relative",
)

# 73
p(
    "en",
    "patient_story",
    "She was born on Likiep before there were airplanes on the atoll. Today Mama Kilma Jorkan - 103, grandmother of 38, great-grandmother of more than 60 - is recovering from pneumonia at our Rogers campus, and her family holds a hymn sing in the family lounge every evening at 7. Our nurses say the singing makes the whole floor calmer. Iakwe, Mama Kilma! 🎶",
    [
        ("GEO", "Likiep"),
        ("NAME", "Kilma Jorkan"),
        ("AGE", "103"),
        ("NAME", "Kilma", 2),
    ],
    note="birthplace atoll, name without the honorific 'Mama', age 103",
)

# 74
n(
    "en",
    "public_figure",
    "Sam Walton opened his first store in nearby Rogers in 1962, and today the Walton Family Foundation helps keep our Northwest Arkansas trauma helicopter in the air. Thank you for this year's grant for rural EMS training. 🚁",
    "public figure, his town, a foundation",
)

# 75
p(
    "en",
    "pasted_record",
    "Medic 12 to NSRMC ED: en route with 68 y/o male, Tater Villines, from a duck blind on the White River near Clarendon, shotgun pellet injuries to face and neck, alert, BP 142/88, HR 104, ETA 18 min. Wife Bonnie Villines following by car, 870-555-0117.",
    [
        ("NAME", "Tater Villines"),
        ("GEO", "White River"),
        ("GEO", "Clarendon"),
        ("NAME", "Bonnie Villines"),
        ("PHONE", "870-555-0117"),
    ],
    note="EMS hand-off: name, place of injury, wife and her phone; Medic 12 is a unit, 104 a heart rate",
)

# 76
n(
    "en",
    "hospital_contact",
    "Media: for interviews with our trauma team about duck-hunting safety, contact Media Relations at (501) 555-0104 or media@nsrmc.org. Patient condition updates are released only with the patient's or family's written consent.",
    "hospital media contacts",
)

# 77
p(
    "en",
    "milestone_birthday",
    "Mrs. Ora Lee Tillman of Marvell turned 105 on Friday, and our Delta Campus rehab team threw her a party with sweet potato pie and a Bobby 'Blue' Bland record. Born on February 28 on a cotton farm in Phillips County, Miss Ora Lee picked cotton, raised 11 children and voted in every election since 1965. Happy birthday, Miss Ora Lee!",
    [
        ("NAME", "Ora Lee Tillman"),
        ("GEO", "Marvell"),
        ("AGE", "105"),
        ("DATE", "February 28"),
        ("GEO", "Phillips County"),
        ("NAME", "Ora Lee", 2),
        ("NAME", "Ora Lee", 3),
    ],
    note="name, home town, age, birth date and birthplace county; the singer is a public figure; 1965 a bare year",
)

# 78
n(
    "en",
    "statistic",
    "In 2024 our Springdale Clinic cared for 9,812 patients who prefer Marshallese and 14,330 who prefer Spanish. 412 of them were over 90. Our interpreters handled 61,000 encounters. Language access isn't extra - it's care. 🗣️",
    "aggregate counts and a population age",
)

# 79
p(
    "en",
    "patient_story",
    "Six-year-old Zion Hampton from the John Barrow neighborhood had never seen snow before January 10, when he sledded right into a light pole on a cookie sheet. 🛷 Forty stitches and one concussion later, Zion wants everyone to know that cookie sheets do not have brakes. Thank you to his mom, Ayesha, for letting us share his very good helmet advice.",
    [
        ("NAME", "Zion Hampton"),
        ("GEO", "John Barrow"),
        ("DATE", "January 10"),
        ("NAME", "Zion", 2),
        ("NAME", "Ayesha"),
    ],
    note="child, a Little Rock neighbourhood that reads like a person's name, injury date, mother",
)

# 80
n(
    "en",
    "anonymous_story",
    "This week a 14-year-old from Northwest Arkansas gave his grandfather CPR after he collapsed in the chicken house - and kept going for 9 minutes until the ambulance came. His grandpa is recovering on our cardiac unit. The teen asked us not to use his name, so: thank you, young man. Learn hands-only CPR: nsrmc.org/cpr",
    "nameless story; a region is not GEO; ages under 90",
)

# 81
p(
    "en",
    "pasted_record",
    "From an IT ticket, pasted by mistake: 'Patient portal lockout - user: jabwe.carlina (CARLINA JABWE, MRN 30118842), 6 failed logins from IP 73.214.88.19, account recovery email carlinaj@hotmail.com, callback 479-555-0128.'",
    [
        ("OTHER_ID", "jabwe.carlina"),
        ("NAME", "CARLINA JABWE"),
        ("MRN", "30118842"),
        ("IP", "73.214.88.19"),
        ("EMAIL", "carlinaj@hotmail.com"),
        ("PHONE", "479-555-0128"),
    ],
    note="pasted IT ticket: portal user name, name, MRN, IP address, e-mail, phone",
)

# 82
n(
    "en",
    "hospital_contact",
    "Locked out of MyNSRMC? Reset your password at portal.nsrmc.org or call the portal help desk at (501) 555-0100, option 3. We will never ask for your password, your Social Security number or your MRN by phone, text or Facebook message. 🔒",
    "hospital portal and phone; identifiers named only as words",
)

# 83
p(
    "en",
    "thank_you",
    "A very special Hog call to Bentley 'Bubba' Cagle of Prairie Grove, who rang the bell on 6 South on Monday after his last round of chemo for Hodgkin lymphoma. His diagnosis came on his 9th birthday, April 22, and he never once stopped calling the Hogs. His sisters Kaylee and Brynn made the sign. #BubbaBeatCancer",
    [
        ("NAME", "Bentley 'Bubba' Cagle"),
        ("GEO", "Prairie Grove"),
        ("DATE", "April 22"),
        ("NAME", "Kaylee"),
        ("NAME", "Brynn"),
        ("NAME", "#BubbaBeatCancer"),
    ],
    note="child with nickname, home town, birthday/diagnosis date, sisters, name hashtag; Hodgkin is an eponym",
)

# 84
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 - 3/21, for three copies of chromosome 21. Wear your mismatched socks and join our Down syndrome clinic families for a picnic at Murray Park in Little Rock. 🧦🧦",
    "awareness day date, eponym, event venue",
)

# 85
p(
    "es",
    "patient_story",
    "El 31 de marzo el tornado destruyó la casa móvil de la familia Ixcoy en la calle Pershing de North Little Rock. La pequeña Adela, de 5 años, sufrió una fractura de fémur. Hoy ya camina con andadera y su papá, don Marvin Ixcoy, nos dijo: 'Aquí nos trataron como familia.' 💛",
    [
        ("DATE", "31 de marzo"),
        ("NAME", "Ixcoy", 1),
        ("GEO", "calle Pershing"),
        ("GEO", "North Little Rock"),
        ("NAME", "Adela"),
        ("NAME", "Marvin Ixcoy"),
    ],
    note="injury date, family surname, street and city, child, father",
)

# 86
n(
    "es",
    "event",
    "Feria de salud gratis en la iglesia San Vicente de Paúl de Rogers, domingo 12 de octubre, de 10 a 2: vacunas, presión arterial, glucosa y asesoría sobre ARKids First. Traiga a toda la familia. Informes: (479) 555-0120.",
    "event date and venue; a saint's name; hospital phone",
)

# 87
p(
    "en",
    "pasted_record",
    "Can someone from Marketing call Mrs. Dolly Pruitt back? She signed the release for her husband Virgil's story on 10/03 but wants to change the photo. Her email is dollypruitt1961@gmail.com, home phone (479) 555-0133. Virgil's MRN is 20488705. She says he's been home in Gravette since the 28th. - Front desk",
    [
        ("NAME", "Dolly Pruitt"),
        ("NAME", "Virgil", 1),
        ("DATE", "10/03"),
        ("EMAIL", "dollypruitt1961@gmail.com"),
        ("PHONE", "(479) 555-0133"),
        ("NAME", "Virgil", 2),
        ("MRN", "20488705"),
        ("GEO", "Gravette"),
        ("DATE", "28th"),
    ],
    note="internal note: wife's name, e-mail and phone, release-signing date, patient, MRN, home town, discharge day",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dolly Pruitt-Hayes, RN, our Nurse of the Year! Dolly started as a unit secretary on 5 West in 1998 and now leads our Wound Care team. She's known for her pimento cheese and for never, ever losing a patient's glasses. 🏆",
    "staff member whose name resembles patients' names",
)

# 89
p(
    "en",
    "patient_story",
    "Jorge Tiul was riding in the back of a chicken-catching crew's van on Highway 412 near Siloam Springs at 3 am on October 30 when it rolled. He and four co-workers were brought to us. Jorge, 23, had a spinal fracture and now walks with a brace. His girlfriend Araceli started a fundraiser: gofundme.com/f/ayuda-para-jorge-tiul",
    [
        ("NAME", "Jorge Tiul"),
        ("GEO", "Highway 412"),
        ("GEO", "Siloam Springs"),
        ("DATE", "October 30"),
        ("NAME", "Jorge", 2),
        ("NAME", "Araceli"),
        ("URL", "gofundme.com/f/ayuda-para-jorge-tiul"),
    ],
    note="crash road and town, date, girlfriend, fundraiser URL",
)

# 90
n(
    "en",
    "crisis_update",
    "Avian flu has been confirmed in two commercial poultry flocks in Benton County. If you work in poultry and develop red, irritated eyes, fever or cough within 10 days of exposure, call our Springdale nurse line at (479) 555-0121 before coming in. Free testing at 3100 Old Wire Road.",
    "public-health alert; county of flocks; hospital phone and address",
)

# 91
p(
    "en",
    "memorial",
    "Our hearts are with the Kabua-Loeak family of Springdale. Justice Loeak, 27, a dialysis patient and worship leader at Ebenezer Marshallese Church of the Nazarene, passed away on December 19 after a long fight with kidney disease. Justice was the first face many of our new dialysis patients saw. Iakwe, Justice. We'll miss your ukulele.",
    [
        ("NAME", "Kabua-Loeak"),
        ("GEO", "Springdale"),
        ("NAME", "Justice Loeak"),
        ("DATE", "December 19"),
        ("NAME", "Justice", 2),
        ("NAME", "Justice", 3),
    ],
    note="hyphenated family name, town, word-like given name, death date; church not labelled",
)

# 92
n(
    "en",
    "public_figure",
    "Happy Constitution Day, Marshall Islands! 🇲🇭 On May 1, 1979, the RMI's constitution took effect and Amata Kabua became its first president. Today more Marshallese live in Springdale than in any other city outside the islands - and we're proud to be your hospital. Join us for the parade on Emma Avenue!",
    "national holiday and historical date, a public figure, population, parade route",
)

# 93
p(
    "en",
    "birth_announcement",
    "Born on New Year's Day at 12:04 am, our first baby of 2025 is Lucky Lani Anjain, 6 lbs 11 oz, at our Springdale Birthing Center! 🎉 Mom Melisa and dad Rubon say the name was easy. The Rogers Marshallese Women's Club brought the traditional first-baby basket.",
    [
        ("DATE", "New Year's Day"),
        ("NAME", "Lucky Lani Anjain"),
        ("NAME", "Melisa"),
        ("NAME", "Rubon"),
    ],
    note="birth on a holiday, word-like given name, parents; the women's club is not an identifier",
)

# 94
n(
    "en",
    "event",
    "Who will be our first baby of 2026? 🍼 Every New Year's Day baby born at our Little Rock, Springdale or Delta campuses gets a car seat, a year of diapers from the Lions Club and a onesie that says 'Natural State Native.' Due around January 1? Ask your nurse how to enter.",
    "holiday that is not any patient's event yet; hospital sites",
)

# 95
p(
    "en",
    "pasted_record",
    "LAB - PETTAWAY, CLARICE  MRN 40029917  Acct 7704418832  Coll 06/19 07:45  Ord: Dr. Nguyen  Glucose 412 H  K 5.9 H - call pt at 870-555-0106 re: results; no VM (pt in Lexa, hard of hearing)",
    [
        ("NAME", "PETTAWAY, CLARICE"),
        ("MRN", "40029917"),
        ("ACCOUNT", "7704418832"),
        ("DATE", "06/19"),
        ("PHONE", "870-555-0106"),
        ("GEO", "Lexa"),
    ],
    note="pasted lab slip: collection date is a care date; glucose 412 is a value; the ordering doctor is staff",
)

# 96
n(
    "en",
    "health_tip",
    "Did you know? A can of sweetened condensed milk has about 1,300 calories. If your family drinks it in coffee or over rice, try evaporated milk instead. Our Marshallese diabetes educators, Hemos Langidrik and Daisy Lokeijak, will show you how at Thursday's class - 6 pm at the Springdale Clinic. 🥥",
    "staff educators with patient-like names; a weekday",
)

# 97
p(
    "en",
    "patient_story",
    "Ozzie Moten has guided duck hunters in the flooded timber near DeWitt for 40 years. On December 12 his johnboat flipped in the ice-cold water of the Arkansas Post Canal and he spent 45 minutes holding on to a cypress. 'Hypothermia was winning,' he says. His hunting partner, his nephew Darnell Moten, kept him talking until the Game and Fish boat came. Ozzie is home now, and his waders are in the trash.",
    [
        ("NAME", "Ozzie Moten"),
        ("GEO", "DeWitt"),
        ("DATE", "December 12"),
        ("GEO", "Arkansas Post Canal"),
        ("NAME", "Darnell Moten"),
        ("NAME", "Ozzie", 2),
    ],
    note="guide's name and work area, injury date and place, nephew",
)

# 98
n(
    "en",
    "anonymous_story",
    "A duck hunter in his 50s was pulled from a flooded river bottom on Saturday after 40 minutes in 38° water. He is recovering in our ICU, and his family asked us to share one message: wear a float coat, even in the blind. 🦆",
    "nameless hunter, no place, weekday only",
)

# 99
n(
    "en",
    "anonymous_story",
    "Going-home day! 🏡 A poultry worker who came to us eleven weeks ago with a crushed hand walked out today after two surgeries and 46 therapy sessions. She asked us not to share her name - just this: 'Wear the cut-resistant glove, even when the line is fast.' Gracias for letting us celebrate with you.",
    "nameless worker; durations and 'today' are not identifiers",
)

# 100
n(
    "en",
    "campaign_hashtag",
    "Every life saved by our trauma team gets a star on the #NWAStrong wall in the Rogers ED. This year: 412 stars. Thank you, EMS crews from Benton, Washington, Carroll and Madison counties. ⭐ #TraumaSurvivorsWeek",
    "campaign hashtags, counts, counties of EMS crews",
)

# 101
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Amparo Chacón! 🎂 Nació el 8 de septiembre en Zacatecas y hoy celebró sus 100 años en nuestra unidad de rehabilitación de Rogers con mariachi, pastel de tres leches y sus 23 nietos. Su hija Lupita dice que el secreto es 'frijoles y no hacer corajes.'",
    [
        ("AGE", "100", 1),
        ("NAME", "Amparo Chacón"),
        ("DATE", "8 de septiembre"),
        ("GEO", "Zacatecas"),
        ("AGE", "100", 2),
        ("NAME", "Lupita"),
    ],
    note="centenarian, birth date, birthplace abroad, daughter; the rehab unit's town is the hospital's",
)

# 102
n(
    "es",
    "eponymous_condition",
    "El mal de Parkinson, la enfermedad de Alzheimer y el síndrome de Down llevan nombres de médicos, no de pacientes. Este mes nuestro neurólogo, el Dr. Hernández, ofrece charlas gratuitas en español en Springdale. Llame al (479) 555-0120 para reservar.",
    "eponyms; staff doctor; hospital phone",
)

# 103
p(
    "es",
    "pasted_record",
    "Mensaje de WhatsApp reenviado al equipo: 'Buenas, soy Dulce Tzul, hija de Francisco Tzul Ajú (expediente 20533461). Mi papá salió de cirugía el 5 de agosto y queremos saber cuándo le dan de alta. Mi número es 479-555-0142 y mi correo dulce.tzul.aju@gmail.com. Vivimos en Decatur pero él trabaja en la planta de Gentry.'",
    [
        ("NAME", "Dulce Tzul"),
        ("NAME", "Francisco Tzul Ajú"),
        ("MRN", "20533461"),
        ("DATE", "5 de agosto"),
        ("PHONE", "479-555-0142"),
        ("EMAIL", "dulce.tzul.aju@gmail.com"),
        ("GEO", "Decatur"),
        ("GEO", "Gentry"),
    ],
    note="forwarded WhatsApp: daughter's phone and e-mail, patient, record number, surgery date, home and workplace towns",
)

# 104
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia Ramírez, nuestra intérprete certificada en la Clínica de Springdale. Yesenia llegó de Michoacán a los 12 años, trabajó en una planta avícola para pagar sus estudios y hoy acompaña a familias en sus momentos más difíciles. ¡Gracias, Yesenia! #OrgulloNSRMC",
    "staff interpreter's own story; a Mexican state",
)

# 105
p(
    "en",
    "pasted_record",
    "L&D board 23:00 - LDR 3: ANJAIN, EMLAIN G5P4 39w active, Marshallese interp, husband Kanki at bedside | LDR 4: vacant | LDR 5: LOKEIJAK, DAISY G1 41w IOL, mom Atina cell 479-555-0170 | Triage 2: r/o PTL 31w, per Dr. Kabua",
    [
        ("OTHER_ID", "LDR 3"),
        ("NAME", "ANJAIN, EMLAIN"),
        ("NAME", "Kanki"),
        ("OTHER_ID", "LDR 5"),
        ("NAME", "LOKEIJAK, DAISY"),
        ("NAME", "Atina"),
        ("PHONE", "479-555-0170"),
        ("OTHER_ID", "Triage 2"),
    ],
    note="pasted L&D board: occupied rooms including an unnamed triage patient; vacant LDR 4 and the doctor not labelled",
)

# 106
n(
    "en",
    "hospital_contact",
    "Our Labor & Delivery triage lines are open 24/7: (501) 555-0101 in Little Rock and (479) 555-0121 in Springdale, with Marshallese and Spanish interpreters. For tours of our Springdale Birthing Center, email birth@naturalstatehealth.org.",
    "hospital phones and e-mail",
)

# 107
p(
    "en",
    "patient_story",
    "When the EF-2 hit Mountain View on April 2, Bubba and Tina Gentry's house on Sylamore Lane was picked up and set down 40 feet away. Tina, 71, broke her arm; Bubba, 74, had a head injury and was flown to us. Six weeks later they're staying with their son Cody in Fifty-Six while they rebuild. 'Tell everybody to get a weather radio,' Tina says.",
    [
        ("GEO", "Mountain View"),
        ("DATE", "April 2"),
        ("NAME", "Bubba", 1),
        ("NAME", "Tina Gentry"),
        ("GEO", "Sylamore Lane"),
        ("NAME", "Tina", 2),
        ("NAME", "Bubba", 2),
        ("NAME", "Cody"),
        ("GEO", "Fifty-Six"),
        ("NAME", "Tina", 3),
    ],
    note="couple hurt on a named date, town and street, son in a town whose name is a number",
)

# 108
n(
    "en",
    "crisis_update",
    "The storms that moved through Stone County overnight damaged homes in Mountain View and Fifty-Six. Our Little Rock trauma center received 6 patients by helicopter and ground. We are not able to share names or conditions. Red Cross shelter: Stone County Fairgrounds. Donations: nsrmcfoundation.org/storm",
    "disaster update for 6 unnamed patients; towns and county of the storm",
)

# 109
p(
    "en",
    "thank_you",
    "Pictured: Neijon and Tarlang Lani with their son Kobe, 2, and the three NICU nurses who cared for him after his birth on August 3 at 25 weeks. Kobe came back this week for his follow-up and brought each nurse a wut (flower crown). 🌺 Kommol tata, Lani family!",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Neijon"),
        ("NAME", "Tarlang Lani"),
        ("NAME", "Kobe", 1),
        ("DATE", "August 3"),
        ("NAME", "Kobe", 2),
        ("NAME", "Lani", 2),
    ],
    note="photo of the patient and parents, birth date, family name",
)

# 110
n(
    "en",
    "staff_spotlight",
    "Pictured: our new Springdale L&D nurses, Hilda Zackhras, Kinoj Bejang and Maribel Ochoa, at graduation from our Marshallese Nurse Pathway. Three years ago they were CNAs on our night shift. Today they're RNs. 🎓 #GrowOurOwn",
    "photo of staff, not patients; staff names shared with patient families",
)

# 111
p(
    "en",
    "pasted_record",
    "Sorry, pasting the wrong thing - this was supposed to go to billing: 'Pt BOHANNON, WALTER E. (Skeeter's grandpa), DOB 10/12/1947 - BCBS AR member ID ZGH884103221, group 55120. Secondary: Medicare MBI 1EG4-TE5-MK73. Address 1122 Shiloh Rd, Greenbrier. Call Tinker at 501-555-0187.'",
    [
        ("NAME", "BOHANNON, WALTER E."),
        ("NAME", "Skeeter"),
        ("DATE", "10/12/1947"),
        ("HEALTH_PLAN", "ZGH884103221"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("GEO", "1122 Shiloh Rd"),
        ("GEO", "Greenbrier"),
        ("NAME", "Tinker"),
        ("PHONE", "501-555-0187"),
    ],
    note="pasted billing note: member id and MBI labelled, plan group number not",
)

# 112
n(
    "en",
    "recruitment",
    "Poultry plant nurses wanted! We're partnering with three Northwest Arkansas poultry processors to staff on-site clinics in Springdale, Rogers and Green Forest. RN or LPN, Spanish or Marshallese a plus. $5,000 sign-on bonus. Apply: naturalstatehealth.org/careers/occhealth",
    "recruitment; clinic towns; hospital domain",
)

# 113
p(
    "en",
    "milestone_birthday",
    "Our Delta Campus dialysis unit has a new nonagenarian! Mr. Booker T. Hollins of Brinkley celebrated on Tuesday with his wife of 68 years, Mrs. Vernell Hollins, and a cake shaped like a catfish. Mr. Hollins still drives himself to dialysis three times a week in his '89 Buick. Happy birthday, Mr. Booker!",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Booker T. Hollins"),
        ("GEO", "Brinkley"),
        ("NAME", "Vernell Hollins"),
        ("NAME", "Hollins", 3),
        ("NAME", "Booker", 2),
    ],
    note="'nonagenarian' states his age; '89 is a car model year, 68 years a marriage",
)

# 114
n(
    "en",
    "health_tip",
    "Fun fact from our geriatrics team: Arkansas has more than 700 residents over 100. Want to be one of them? Walk 20 minutes a day, keep your hands busy, stay connected to church or friends, and get your flu and RSV shots. Our 92-year-old volunteer Hazel Cagle says gardening is her secret. 🌱",
    "population age; a volunteer's own age is never labelled",
)

# 115
p(
    "en",
    "pasted_record",
    "Caption draft for Thursday: 'Meet Kinoj Laijo (MRN 30144620), our 1,000th Marshallese patient to finish the Iakwe Health diabetes program!' Kinoj joined after a foot ulcer in January and has lost 38 lbs; his wife Lijon cooks every class recipe. ✂️ remove MRN before posting",
    [
        ("NAME", "Kinoj Laijo"),
        ("MRN", "30144620"),
        ("NAME", "Kinoj", 2),
        ("DATE", "January"),
        ("NAME", "Lijon"),
    ],
    note="caption draft with MRN; month of his ulcer is a date element",
)

# 116
n(
    "en",
    "research",
    "Published today in the Journal of Rural Health: our team followed 2,400 poultry-processing workers in Benton and Washington counties from January 2022 to June 2024 and found that on-site clinics cut lost-work days from hand injuries by 31%. Congratulations to lead author Dr. Itzel Cux! nsrmc.org/research",
    "study period dates, counties of a cohort, staff author",
)

# 117
p(
    "es",
    "pasted_record",
    "Traspaso de turno pegado por error: Cama 7 - ZACARÍAS, EFRAÍN, 58 años, quemadura química en antebrazos (planta de Siloam Springs, 11/11), MRN 20561204. Placa de su carro: Arkansas BXK-452 - la grúa lo tiene. Esposa Rosa, cel. 479 555 0158.",
    [
        ("OTHER_ID", "Cama 7"),
        ("NAME", "ZACARÍAS, EFRAÍN"),
        ("GEO", "Siloam Springs"),
        ("DATE", "11/11"),
        ("MRN", "20561204"),
        ("VEHICLE", "BXK-452"),
        ("NAME", "Rosa"),
        ("PHONE", "479 555 0158"),
    ],
    note="pasted hand-off: bed, name, plant town, injury date, MRN, plate, wife and phone",
)

# 118
n(
    "es",
    "hospital_contact",
    "Las clínicas de Rogers y Springdale estarán cerradas el jueves 27 de noviembre por el Día de Acción de Gracias. Para emergencias, acuda a nuestra Sala de Emergencias de Rogers, abierta 24 horas. Línea de enfermería: (479) 555-0121.",
    "holiday closure date; hospital sites and phone",
)

# 119
p(
    "en",
    "birth_announcement",
    "Meet Dolly Jo Tackett, born November 27 - Thanksgiving Day! - at 9:58 pm at our Rogers campus, all 8 lbs 4 oz of her. Mom Brandi and dad Cody Tackett of Ponca say she's the best thing they've ever been thankful for. Big brother Bubba wanted to name her Turkey. 🦃",
    [
        ("NAME", "Dolly Jo Tackett"),
        ("DATE", "November 27"),
        ("DATE", "Thanksgiving Day"),
        ("NAME", "Brandi"),
        ("NAME", "Cody Tackett"),
        ("GEO", "Ponca"),
        ("NAME", "Bubba"),
    ],
    note="birth date written twice, parents, home town, brother's nickname",
)

# 120
n(
    "en",
    "public_figure",
    "Hope, Arkansas gave the world a president and the world's biggest watermelons. This weekend our mobile mammography unit will be at the Hope Watermelon Festival. Bill Clinton was born in Hope in 1946 - our nurses would like to know who had the night shift. 🍉",
    "a public figure's birthplace; 'Hope' is a town, not a patient",
)

# 121
p(
    "en",
    "thank_you",
    "Hope Marie Jibas was only 3 days old when she came to us from Springdale with a heart defect. On her first birthday, March 9, the Jibas family threw her keemem right here in our cafeteria - 150 guests, 12 pans of rice and one very tired little girl. Happy birthday, Hope! 💗",
    [
        ("NAME", "Hope Marie Jibas"),
        ("GEO", "Springdale"),
        ("DATE", "March 9"),
        ("NAME", "Jibas", 2),
        ("NAME", "Hope", 2),
    ],
    note="word-like given name, home town, birthday",
)

# 122
n(
    "en",
    "anonymous_story",
    "What's a keemem? 🎉 In Marshallese culture, a baby's first birthday is a huge celebration - because not long ago, many babies didn't make it to one. This week one of our NICU families invited our whole team to theirs. We cried. Then we ate. #IakweHealth",
    "nameless family; 'this week' is relative; campaign hashtag",
)

# 123
p(
    "en",
    "pasted_record",
    "FAX COVER (scanned to the shared drive and posted by mistake): To: Ozark Valley Poultry Occupational Health, fax 479-555-0189. Re: return-to-work for employee OCHOA, MARICELA, badge 90417, DOI 02/14/2025. From: NSRMC Health Information Management, fax (501) 555-0108.",
    [
        ("NAME", "Ozark Valley Poultry"),
        ("FAX", "479-555-0189"),
        ("NAME", "OCHOA, MARICELA"),
        ("OTHER_ID", "90417"),
        ("DATE", "02/14/2025"),
    ],
    note="fax cover: employer and its fax, employee name, badge number, injury date; the hospital fax is not labelled",
)

# 124
n(
    "en",
    "hospital_contact",
    "Sending records to us? Our Health Information Management fax is (501) 555-0108. Employers: workers' compensation paperwork goes to the same fax, with the claim number on the cover sheet - never in an email or Facebook message.",
    "hospital fax; claim number named only as a word",
)

# 125
p(
    "en",
    "discharge",
    "Mr. Carl 'Tater' Broadnax, 88, spent 5 weeks on our cardiac unit after a heart attack on the golf course at War Memorial Park. This morning he went home to his wife Norma in the Heights - and yes, he's already asked when he can play again. Thank you, Tater, for teaching half our nurses the proper way to putt.",
    [
        ("NAME", "Carl 'Tater' Broadnax"),
        ("GEO", "War Memorial Park"),
        ("NAME", "Norma"),
        ("GEO", "Heights"),
        ("NAME", "Tater", 2),
    ],
    note="age 88 is not labelled; place of the heart attack and the neighbourhood are GEO",
)

# 126
p(
    "en",
    "statistic",
    "Our oldest patient this year was 106. Our youngest weighed 1 lb 2 oz. In between: 31,877 ER visits, 4,412 births and 1,093 flights by our Natural State Air crews. Thank you for trusting us with your lives in 2024. 💙",
    [("AGE", "106")],
    note="the age over 89 of one unnamed patient is AGE (holdout decision); the rest is aggregate",
)

# 127
n(
    "en",
    "event",
    "Hogs vs. LSU watch party in the Peds playroom Saturday at 6:30! 🐗 Big Red will stop by at halftime thanks to Arkansas Athletics. Kids on 6 South, 6 North and our Rogers Peds unit will get Razorback blankets from the Bentonville Rotary.",
    "event; units; a sponsor club",
)

# 128
p(
    "en",
    "patient_story",
    "Ninety-four-year-old Razorback superfan Ruby Nell Faulkner of Searcy hadn't missed a home game since 1964 - until a fall on September 6 broke her hip. So our 4 West nurses brought the game to her: pom-poms, a Hog hat and the radio call on her bedside speaker. 'Woo Pig!' said Miss Ruby Nell. 'Now get me home for the Texas game.'",
    [
        ("AGE", "Ninety-four-year-old"),
        ("NAME", "Ruby Nell Faulkner"),
        ("GEO", "Searcy"),
        ("DATE", "September 6"),
        ("NAME", "Ruby Nell", 2),
    ],
    note="age spelled out, name, home town, injury date; 1964 is a bare year and not a birth year",
)

# 129
n(
    "es",
    "public_figure",
    "Selena Quintanilla habría cumplido 54 años este 16 de abril. En su honor, nuestra Clínica de Springdale ofrece mamografías gratis todo el mes a mujeres de 40 años o más. Llame al (479) 555-0120. 💜",
    "a public figure's birthday; population age; hospital phone",
)

# 130
p(
    "es",
    "thank_you",
    "Gracias a la familia Xoy de Springdale por las 200 pupusas que trajeron al piso 5 Oeste para celebrar que su abuelo, don Tomás Xoy, salió caminando después de su cirugía de cadera. Don Tomás cumple 92 años el 30 de noviembre y ya nos invitó a la fiesta. 🫓",
    [
        ("NAME", "Xoy", 1),
        ("GEO", "Springdale"),
        ("NAME", "Tomás Xoy"),
        ("NAME", "Tomás", 2),
        ("AGE", "92"),
        ("DATE", "30 de noviembre"),
    ],
    note="family name and town, patient, upcoming age and birthday; 200 pupusas is a count",
)

# 131
p(
    "en",
    "pasted_record",
    "Pasted from the trauma registry intake: Hunting incident, Prairie County. Patient: HOLLOWAY, RANDALL 'BUBBA' - AGFC hunting license #0044718263, boat reg. AR 4471 BH. Injury 11/23 approx 06:40 in flooded timber off Hwy 11. Contact: Sherry Holloway (wife), sherry.holloway79@gmail.com",
    [
        ("GEO", "Prairie County"),
        ("NAME", "HOLLOWAY, RANDALL 'BUBBA'"),
        ("LICENSE", "0044718263"),
        ("VEHICLE", "AR 4471 BH"),
        ("DATE", "11/23"),
        ("GEO", "Hwy 11"),
        ("NAME", "Sherry Holloway"),
        ("EMAIL", "sherry.holloway79@gmail.com"),
    ],
    note="registry intake: county and road of injury, hunting licence, boat registration, injury date, wife's e-mail",
)

# 132
n(
    "en",
    "health_tip",
    "Before you head to the duck woods: your AGFC hunting license, federal duck stamp, life jacket and a charged phone in a dry bag. Last season 9 of the hunters our trauma team treated had fallen out of a boat. Save our number: (870) 555-0130. 🦆 #SafeHunt",
    "licence named only as a word; aggregate; hospital phone",
)

# 133
p(
    "en",
    "patient_story",
    "Three weeks ago Anjain 'AJ' Laijo's new insulin pump (serial MMT-780G-NG4127733) alarmed at 2 am while he was asleep in his Rogers apartment. The low-sugar alarm woke his roommate, who called 911. AJ, 31, is fine - and now he's the biggest pump advocate in our Marshallese diabetes class. 'This little machine saved me,' he says.",
    [
        ("NAME", "Anjain 'AJ' Laijo"),
        ("DEVICE", "MMT-780G-NG4127733"),
        ("GEO", "Rogers"),
        ("NAME", "AJ", 2),
    ],
    note="name with initials nickname, pump serial, home town; 'three weeks ago' is relative",
)

# 134
n(
    "en",
    "sponsor",
    "Thanks to a grant from the Arkansas Minority Health Commission, 40 Marshallese and Hispanic patients with Type 1 diabetes will receive continuous glucose monitors this year at no cost. Model: Dexcom G7. Enrollment: talk to your Springdale Clinic diabetes educator or call (479) 555-0120.",
    "grant; a device model, not a serial; hospital phone",
)

# 135
p(
    "en",
    "memorial",
    "In the photo: Vernon 'Tater' Pruitt on his tractor last spring, the way his family wants him remembered. Tater was a cattleman from Osage who came to us three times in his 96 years and charmed every nurse on 4 West. He passed on October 2 with his wife Imogene and their old coonhound at his side. Rest easy, Tater.",
    [
        ("PHOTO", "photo"),
        ("NAME", "Vernon 'Tater' Pruitt"),
        ("NAME", "Tater", 2),
        ("GEO", "Osage"),
        ("AGE", "96"),
        ("DATE", "October 2"),
        ("NAME", "Imogene"),
        ("NAME", "Tater", 3),
    ],
    note="memorial photo of the patient, name, home town, age, death date, wife; 'last spring' is a season",
)

# 136
n(
    "en",
    "anonymous_story",
    "An 89-year-old great-grandmother from the River Valley came to our ED this week after her great-grandson noticed her face drooping on a video call. Because he called 911 fast, she got clot-busting medicine in time and went home talking. Know the signs: BE FAST. 🧠",
    "age 89 is not labelled; a region is not GEO; the video call is not a photo of her",
)

# 137
p(
    "en",
    "thank_you",
    "Replying to Rubon Jibas: Hi Rubon, we've passed your message about your grandmother Lijon Jibas (room 308) to our patient advocate, Rose. She'll email you at rubon.jibas@icloud.com today. Please don't post her medical details here, for her privacy. 💙",
    [
        ("NAME", "Rubon Jibas"),
        ("NAME", "Rubon", 2),
        ("NAME", "Lijon Jibas"),
        ("OTHER_ID", "room 308"),
        ("EMAIL", "rubon.jibas@icloud.com"),
    ],
    note="reply naming a grandson, the patient and her room, his e-mail; the advocate is staff",
)

# 138
n(
    "en",
    "hospital_contact",
    "Have a concern about your care? Our patient advocates - Rose Tillman in Little Rock and Kanki Bejang in Springdale - can help. Email advocate@nsrmc.org or call (501) 555-0100. Please don't share medical details in the comments; we'll reach out privately.",
    "staff names shared with patient families; hospital contacts",
)

# 139
p(
    "en",
    "birth_announcement",
    "Welcome, Nevaeh Grace Pettaway! 💗 Nevaeh arrived on Mother's Day at our Delta Campus, and mom Destiny Pettaway of Elaine says she's the best gift she's ever gotten. Grandma Lula Pettaway drove in from Marvell with a pound cake for the nurses.",
    [
        ("NAME", "Nevaeh Grace Pettaway"),
        ("NAME", "Nevaeh", 2),
        ("DATE", "Mother's Day"),
        ("NAME", "Destiny Pettaway"),
        ("GEO", "Elaine"),
        ("NAME", "Lula Pettaway"),
        ("GEO", "Marvell"),
    ],
    note="birth on a holiday, mother and her town, grandmother and her town",
)

# 140
n(
    "en",
    "event",
    "Happy Mother's Day to every mom in our NICU, on our L&D floors and behind every nurses' station! 💐 Moms who deliver with us today get a rose from our volunteers and a free photo session from the NSRMC Foundation. #MothersDay",
    "holiday greeting; no patient",
)

# 141
p(
    "en",
    "patient_story",
    "Cotton and rice farmer Earl Dean McKissic has worked the same 600 acres outside Marianna since he was 14. On October 9, in the middle of harvest, his shirt sleeve caught in the PTO shaft of his grain cart. His son Terrell, 22, shut down the tractor and used his belt as a tourniquet until the ambulance arrived. Earl Dean lost his left arm below the elbow. What he didn't lose: his sense of humor ('I always said I'd give my right arm for a good rice crop. Guess the Lord heard me wrong.'), his faith, or his farm. This spring, with a prosthetic arm fitted by our Helena team, Earl Dean planted his 51st crop. Terrell drove the tractor. Earl Dean rode along. We asked him what he wants other farmers to know: 'Shut it down before you touch it. Every single time.' 🌾 #FarmSafety",
    [
        ("NAME", "Earl Dean McKissic"),
        ("GEO", "Marianna"),
        ("DATE", "October 9"),
        ("NAME", "Terrell", 1),
        ("NAME", "Earl Dean", 2),
        ("NAME", "Earl Dean", 3),
        ("NAME", "Terrell", 2),
        ("NAME", "Earl Dean", 4),
    ],
    note="long story: farmer, farm town, injury date, son; 'this spring' is a season",
)

# 142
n(
    "en",
    "health_tip",
    "Harvest season in the Delta means long days and tired farmers. Our trauma surgeons see the same injuries every fall: PTO shafts, grain bins, augers and rollovers. Shut it down before you touch it. Farm safety kits are free at our Delta Campus, 615 Cherry Street, Helena-West Helena. 🌾",
    "seasons, a region, hospital address",
)

# 143
p(
    "es",
    "patient_story",
    "Doña Rigoberta Cux Ajtún tiene 93 años y llegó de Totonicapán hace dos décadas para cuidar a sus nietos en Springdale. El 2 de mayo se cayó en la cocina y se fracturó la muñeca. Hoy, con su yeso color morado, nos enseñó a echar tortillas. Sus nietos Kevin y Yoselin no se le despegan. 🫓",
    [
        ("NAME", "Rigoberta Cux Ajtún"),
        ("AGE", "93"),
        ("GEO", "Totonicapán"),
        ("GEO", "Springdale"),
        ("DATE", "2 de mayo"),
        ("NAME", "Kevin"),
        ("NAME", "Yoselin"),
    ],
    note="name, age, home town abroad and here, injury date, grandchildren",
)

# 144
n(
    "es",
    "health_tip",
    "¿Tiene 65 años o más? Las caídas en casa son la principal causa de fracturas de cadera en Arkansas. Quite los tapetes sueltos, ponga luz en los pasillos y use zapatos cerrados. Nuestra fisioterapeuta Rigoberta Morales ofrece revisiones gratis de equilibrio cada martes en Rogers.",
    "population age; staff therapist; weekday",
)

# 145
p(
    "en",
    "pasted_record",
    "From: tonib.jabwe@gmail.com | To: nicu-parents@naturalstatehealth.org | Subject: Kaleo pictures - 'Hi! This is Tonib, Kaleo Jabwe's mom (bed 14 in the NICU). Can you send me the photos from his 1-month birthday on June 1? My phone is broken so please use my sister Jemima's number, 479-555-0193. Kommol!'",
    [
        ("EMAIL", "tonib.jabwe@gmail.com"),
        ("NAME", "Kaleo", 1),
        ("NAME", "Tonib"),
        ("NAME", "Kaleo Jabwe"),
        ("OTHER_ID", "bed 14"),
        ("DATE", "June 1"),
        ("NAME", "Jemima"),
        ("PHONE", "479-555-0193"),
    ],
    note="parent e-mail pasted: her address, baby's name and bed, a dated milestone, aunt and her phone; hospital address not labelled",
)

# 146
n(
    "en",
    "hospital_contact",
    "NICU families: you can now request photo updates through nicu-parents@naturalstatehealth.org. Our NICU photographers, Kinoj Lani and Hilda Zackhras, send pictures only to the parents listed in your baby's chart. Questions: (501) 555-0100.",
    "hospital e-mail and phone; staff names",
)

# 147
p(
    "en",
    "milestone_birthday",
    "Our Springdale campus has a new centenarian! 🎉 Dolly Faye Sizemore of Elkins, who spent 31 years on a chicken-plant line, turned one hundred on Wednesday with coconut cake and a phone call from the Governor. Happy birthday, Miss Dolly Faye!",
    [
        ("AGE", "centenarian"),
        ("NAME", "Dolly Faye Sizemore"),
        ("GEO", "Elkins"),
        ("AGE", "one hundred"),
        ("NAME", "Dolly Faye", 2),
    ],
    note="'centenarian' and 'one hundred' state her age; home town",
)

# 148
n(
    "en",
    "public_figure",
    "Thank you, Governor Sanders, for visiting our Rogers campus today to announce new funding for rural trauma care. The Governor toured our ED and met our flight crews. 🚁",
    "public figure visit",
)

# 149
p(
    "en",
    "thank_you",
    "Replying to Bernice Pettaway: Miss Bernice, thank you for the kind words about your father's care. We'd love to add Mr. Ulysses to our Delta Campus memorial wall. Our Foundation will call you this week at the number you gave us, 870-555-0112. 💐",
    [
        ("NAME", "Bernice Pettaway"),
        ("NAME", "Bernice", 2),
        ("NAME", "Ulysses"),
        ("PHONE", "870-555-0112"),
    ],
    note="reply to a patient's daughter with her phone; the father by first name",
)

# 150
n(
    "en",
    "sponsor",
    "Our Foundation's new Memorial Wall in the Delta Campus lobby honors the Helena doctors and nurses who served our community, beginning with Dr. Eliza Moten (1921-2009), the first Black woman to practice medicine in Phillips County. Sponsored by the Phillips County Medical Society. 🕊️",
    "historical physician; sponsor; bare years",
)

# 151
p(
    "en",
    "pasted_record",
    "⚠️ Posted to the wrong group chat - please delete: 'Need prior auth for JEFFERSON, DOROTHEA L., SSN 431-55-0198, Medicare 5TW2-KP8-RJ44, DOB 02/19/1930, age 95, home 1907 W 14th St, Little Rock 72202.'",
    [
        ("NAME", "JEFFERSON, DOROTHEA L."),
        ("SSN", "431-55-0198"),
        ("HEALTH_PLAN", "5TW2-KP8-RJ44"),
        ("DATE", "02/19/1930"),
        ("AGE", "95"),
        ("GEO", "1907 W 14th St"),
        ("GEO", "Little Rock"),
        ("GEO", "72202"),
    ],
    note="pasted prior-auth request",
)

# 152
n(
    "en",
    "hospital_contact",
    "SCAM ALERT: Someone is calling patients pretending to be from NSRMC and asking for Social Security numbers and Medicare ID numbers. We will never do that. Real calls from us come from (501) 555-0100 or (479) 555-0120. Report scams to the Arkansas Attorney General at 1-800-482-8982.",
    "hospital numbers and a state hotline",
)

# 153
p(
    "en",
    "patient_story",
    "When Hilda Kinoj's kidneys failed in 2021, the doctors on Majuro told her family there was no dialysis for her on the island. So her son Jelton, who works nights at a poultry plant in Lowell, flew her to Arkansas. For three years Hilda has come to our Rogers dialysis center every Monday, Wednesday and Friday. On July 22 she got the call: a kidney. 'In my language we say jerbal ippa - work with me,' Hilda told her nurses. 'You did.' 🌺",
    [
        ("NAME", "Hilda Kinoj"),
        ("GEO", "Majuro"),
        ("NAME", "Jelton"),
        ("GEO", "Lowell"),
        ("NAME", "Hilda", 2),
        ("DATE", "July 22"),
        ("NAME", "Hilda", 3),
    ],
    note="name, home atoll, son and his workplace town, transplant date; the dialysis center is the hospital's",
)

# 154
n(
    "en",
    "event",
    "Iakwe! Our Marshallese Health Day is Saturday, March 1 - Nuclear Victims Remembrance Day - at the Springdale Civic Center. We'll remember the families of Bikini, Rongelap and Enewetak, and offer free thyroid and cancer screenings. Interpreters: Hemos Langidrik and Lani Anjain.",
    "commemoration date, atolls as history, staff interpreters",
)

# 155
p(
    "en",
    "discharge",
    "Home sweet Helena! 🏡 Mr. Otis Greer, 99, was discharged today after 11 days with pneumonia. His granddaughter Keisha says the first thing he wants is fried catfish from his favorite spot on Cherry Street. #DeltaStrong",
    [
        ("GEO", "Helena"),
        ("NAME", "Otis Greer"),
        ("AGE", "99"),
        ("NAME", "Keisha"),
    ],
    note="home town, age, granddaughter; a restaurant street he wants to visit is not GEO",
)

# 156
n(
    "en",
    "anonymous_story",
    "Our oldest flu-shot customer at Saturday's drive-through clinic in Helena brought her own folding chair and a thermos of coffee. 'I've had one every year since they invented them,' she told us. 1,140 shots given. Thank you, volunteers! 💉",
    "nameless, no age; the clinic's town is the event's",
)

# 157
p(
    "es",
    "pasted_record",
    "Correo pegado por error: 'Para: rrhh@ozarkvalleypoultry.com - Asunto: Incapacidad de Juan Carlos Bautista Mejía, gafete #55217. El Sr. Bautista fue atendido el 17 de octubre en nuestra sala de emergencias por amputación parcial del dedo índice. Puede regresar a labores ligeras el 3 de noviembre. Su teléfono: 479-555-0124.'",
    [
        ("EMAIL", "rrhh@ozarkvalleypoultry.com"),
        ("NAME", "Juan Carlos Bautista Mejía"),
        ("OTHER_ID", "55217"),
        ("NAME", "Bautista", 2),
        ("DATE", "17 de octubre"),
        ("DATE", "3 de noviembre"),
        ("PHONE", "479-555-0124"),
    ],
    note="e-mail to the patient's employer: employer address, name, badge, visit and return-to-work dates, phone",
)

# 158
n(
    "es",
    "sponsor",
    "¡Gracias a Ozark Valley Poultry por donar 500 botiquines de primeros auxilios para las familias de sus trabajadores! Los entregaremos en la feria de salud del 12 de octubre en Rogers. Contacto de la empresa para donaciones: donaciones@ozarkvalleypoultry.com.",
    "the company as a sponsor, with its own e-mail; event date",
)

# 159
p(
    "en",
    "pasted_record",
    "Security log (pasted in Teams by mistake): MyNSRMC login for patient TILLMAN, MATTIE P (MRN 40017742) from IP 172.58.201.44; proxy access: grandson Deshawn Tillman, dtillman.marianna@gmail.com.",
    [
        ("NAME", "TILLMAN, MATTIE P"),
        ("MRN", "40017742"),
        ("IP", "172.58.201.44"),
        ("NAME", "Deshawn Tillman"),
        ("EMAIL", "dtillman.marianna@gmail.com"),
    ],
    note="security log: name, MRN, IP, proxy grandson and his e-mail",
)

# 160
n(
    "en",
    "hospital_contact",
    "Share your story! If you or a loved one had a great experience at NSRMC, tell us at naturalstatehealth.org/share. We'll never post your name, photo or story without your signed permission. 💙",
    "hospital URL",
)

# 161
p(
    "en",
    "patient_story",
    "Video: Tater Hollis, 47, of Huntsville, riding on our Toad Suck Daze parade float three months after his chainsaw injury. Tater's arm has healed so well he's back to cutting hickory for the family smokehouse. Thanks to his wife, Renee, for filming! 🐸",
    [
        ("PHOTO", "Video"),
        ("NAME", "Tater Hollis"),
        ("GEO", "Huntsville"),
        ("NAME", "Tater", 2),
        ("NAME", "Renee"),
    ],
    note="video of the patient, nickname, home town, wife; the festival is not a date",
)

# 162
n(
    "en",
    "event",
    "Our float won 'Best Hoppin' Entry' at the Toad Suck Daze parade on Saturday! 🐸 Thanks to the 40 nurses, techs and kids from our Conway staff who built it, and to Kermit, our unofficial mascot. See you May 1-3 next year!",
    "festival, staff, a puppet mascot, event dates",
)

# 163
p(
    "en",
    "pasted_record",
    "Pasting from intake: MOTEN, TAVARIS D. DOB 04/09/2009. Guardian: Ernestine Moten (grandmother), AR DL 912455873. ARKids First B ID 8855013349. Address 2214 W 12th St, Little Rock. Home phone 501-555-0146. MRN 20399881.",
    [
        ("NAME", "MOTEN, TAVARIS D."),
        ("DATE", "04/09/2009"),
        ("NAME", "Ernestine Moten"),
        ("LICENSE", "912455873"),
        ("HEALTH_PLAN", "8855013349"),
        ("GEO", "2214 W 12th St"),
        ("GEO", "Little Rock"),
        ("PHONE", "501-555-0146"),
        ("MRN", "20399881"),
    ],
    note="pasted intake: guardian's driver's licence, ARKids id, address",
)

# 164
n(
    "en",
    "research",
    "Research participants: our new study app never asks for your driver's license number, Social Security number or insurance ID. If an app claiming to be from NSRMC does, delete it and call (501) 555-0100. Study info: nsrmc.org/research/apps",
    "identifier types named as words; hospital contacts",
)

# 165
p(
    "en",
    "memorial",
    "We are heartbroken. Guadalupe 'Lupe' Saucedo, a mother of four from De Queen and a 19-year veteran of the poultry line, died on August 24 from injuries in a crash on Highway 70 on her way home from a night shift. Her co-workers filled our chapel. Her oldest daughter, Jazmín, asked us to share a message: 'Drive careful for the night-shift moms.' 🕯️",
    [
        ("NAME", "Guadalupe 'Lupe' Saucedo"),
        ("GEO", "De Queen"),
        ("DATE", "August 24"),
        ("GEO", "Highway 70"),
        ("NAME", "Jazmín"),
    ],
    note="memorial: name, home town, death date, crash road, daughter",
)

# 166
n(
    "en",
    "crisis_update",
    "Update: Our Little Rock and Delta trauma teams are caring for 7 people from this morning's multi-vehicle crash on I-40 near Brinkley. Families, please call (501) 555-0102. We will share updates only with family members listed by the patients. Please drive safe in this fog.",
    "mass-casualty crash: road and town for 7 unnamed patients are not GEO",
)

# 167
p(
    "en",
    "thank_you",
    "Kommol tata to the Laijo family, who turned their home at 807 N 8th St, Rogers, into a hymn-singing, breadfruit-baking thank-you party for our home-health nurses on Saturday. Grandpa Tarlang Laijo, 90, has been on home oxygen since March and says the nurses 'are my children now.' 🎶",
    [
        ("NAME", "Laijo", 1),
        ("GEO", "807 N 8th St"),
        ("GEO", "Rogers"),
        ("NAME", "Tarlang Laijo"),
        ("AGE", "90"),
        ("DATE", "March"),
    ],
    note="family name, home address, patient, age 90, month his oxygen started",
)

# 168
n(
    "en",
    "staff_spotlight",
    "Our home-health nurses drove 412,000 miles last year - from Pea Ridge to Eudora. Meet one of them: Carlina Bejang, RN, who covers Rogers, Lowell and Bentonville and speaks Marshallese, English and 'a little Spanish and a lot of hand signals.' 🚗 #HomeHealthWeek",
    "staff nurse and her territory",
)

# 169
p(
    "en",
    "birth_announcement",
    "It's a boy! 💙 Braxton Lee Huckaby arrived on July 4th at 11:59 pm, just in time for the fireworks. Mom Kaylin and dad Bubba Huckaby of Cabot say he'll go by 'Sparky.' Welcome to the world, Sparky! 🎆",
    [
        ("NAME", "Braxton Lee Huckaby"),
        ("DATE", "July 4th"),
        ("NAME", "Kaylin"),
        ("NAME", "Bubba Huckaby"),
        ("GEO", "Cabot"),
        ("NAME", "Sparky", 1),
        ("NAME", "Sparky", 2),
    ],
    note="birth date, parents and town, quoted nickname",
)

# 170
n(
    "en",
    "event",
    "Happy 4th of July from all of us at NSRMC! 🎆 Our ERs see more hand and eye injuries today than on any other day of the year. Leave the fireworks to the professionals at the Little Rock riverfront show, and keep a bucket of water handy.",
    "holiday greeting and tip",
)

# 171
p(
    "es",
    "discharge",
    "¡Alta médica! Después de 40 días en la unidad de quemados, Ezequiel Tiul, de 29 años, regresó a su casa en Siloam Springs. Se quemó el 19 de junio limpiando un tanque en la planta de procesamiento. Su esposa Marleny y su bebé Ximena lo esperaban con carteles. ¡Fuerza, Eze! 🔥",
    [
        ("NAME", "Ezequiel Tiul"),
        ("GEO", "Siloam Springs"),
        ("DATE", "19 de junio"),
        ("NAME", "Marleny"),
        ("NAME", "Ximena"),
        ("NAME", "Eze"),
    ],
    note="name and short name, home town, injury date, wife and baby",
)

# 172
n(
    "es",
    "anonymous_story",
    "Hoy se fue a casa el bebé más pequeño que ha nacido en nuestra unidad de Springdale: pesó apenas 490 gramos al nacer. Sus papás, trabajadores de la industria avícola, nos pidieron no publicar su nombre, pero sí su mensaje: 'Nunca pierdan la fe.' 💛",
    "nameless baby; 'hoy' is relative; the unit is the hospital's",
)

# 173
p(
    "en",
    "pasted_record",
    "Text from the charge nurse (posted to the unit page by mistake): 'Heads up - Mr. Hollins in Rm 22 is Booker T., the dialysis guy from Brinkley. Wife Vernell is bringing the cake at 3. His nephew keeps calling from 870-555-0161 - don't give out anything, he's not on the list.'",
    [
        ("NAME", "Hollins"),
        ("OTHER_ID", "Rm 22"),
        ("NAME", "Booker T."),
        ("GEO", "Brinkley"),
        ("NAME", "Vernell"),
        ("PHONE", "870-555-0161"),
    ],
    note="pasted text: surname, room, first name, town, wife, nephew's phone",
)

# 174
n(
    "en",
    "health_tip",
    "Kidney disease is 3x more common in Black Arkansans and 4x more common among Marshallese. Ask your doctor for a simple urine test. Free screenings at our Brinkley, Helena and Springdale clinics this month - call (870) 555-0130 or (479) 555-0120.",
    "population statistics; hospital clinics and phones",
)

# 175
p(
    "en",
    "patient_story",
    "Eleven-year-old Ava-Grace Wilhite of Hillcrest has raised $14,000 for our Children's Cancer Fund with a lemonade stand in her front yard - one year after finishing her own treatment for Wilms tumor, diagnosed on her 10th birthday, September 15. Want to help? Her mom, Jennifer, takes orders at avagrace.lemonade@gmail.com. 🍋",
    [
        ("NAME", "Ava-Grace Wilhite"),
        ("GEO", "Hillcrest"),
        ("DATE", "September 15"),
        ("NAME", "Jennifer"),
        ("EMAIL", "avagrace.lemonade@gmail.com"),
    ],
    note="hyphenated name, neighbourhood, birthday, mother, family e-mail; Wilms is an eponym",
)

# 176
n(
    "en",
    "eponymous_condition",
    "Wilms tumor is the most common kidney cancer in children, usually found before age 5. Most kids are cured. Our pediatric oncology team, led by Dr. Marcus Huckaby, treats children from all 75 Arkansas counties. Learn more: nsrmc.org/kids-cancer 🎗️",
    "eponym; staff doctor sharing a patient surname",
)

# 177
p(
    "en",
    "pasted_record",
    "Can someone take this off the Facebook page ASAP - a visitor uploaded the 4 West visitor log: 'Pt: Kobang Jabwe, Rm 412A. Visitors 11/5: Litokwa Jabwe (son) 479-555-0178; Daisy Jabwe (dtr); Pastor Kanki Lomja; Rubon Jabwe (grandson) rjabwe92@gmail.com.'",
    [
        ("NAME", "Kobang Jabwe"),
        ("OTHER_ID", "Rm 412A"),
        ("DATE", "11/5"),
        ("NAME", "Litokwa Jabwe"),
        ("PHONE", "479-555-0178"),
        ("NAME", "Daisy Jabwe"),
        ("NAME", "Rubon Jabwe"),
        ("EMAIL", "rjabwe92@gmail.com"),
    ],
    note="visitor log: patient and room, visit date, relatives with phone and e-mail; the pastor is not a relative",
)

# 178
n(
    "en",
    "staff_spotlight",
    "Thank you to the 26 Marshallese pastors who volunteer as chaplains at our Springdale and Rogers campuses. This month we honor Pastor Kanki Lomja of Ebenezer Marshallese Church, who has prayed with more than 2,000 patients and families since 2015. 🙏",
    "volunteer chaplain and his church",
)

# 179
p(
    "en",
    "discharge",
    "Baby Justice Kabua-Laijo is going home to Springdale after 97 days in our NICU! 🎉 Born on Valentine's Day at 24 weeks and 1 lb 6 oz. #NICUGrad #JusticeForAll",
    [
        ("NAME", "Justice Kabua-Laijo"),
        ("GEO", "Springdale"),
        ("DATE", "Valentine's Day"),
        ("NAME", "#JusticeForAll"),
    ],
    note="the phrase-like hashtag carries the baby's name; 97 days is a stay, not an age",
)

# 180
n(
    "en",
    "campaign_hashtag",
    "#JusticeForAll: our health equity report is out. Marshallese, Black and Hispanic Arkansans still wait longer for kidney transplants. Here's what we're doing about it - and how you can help: nsrmc.org/equity #HealthEquity",
    "the same hashtag as a campaign; no patient",
)

# 181
p(
    "en",
    "pasted_record",
    "Billing note pasted into a Facebook reply: 'Guarantor: Cleotha Hollins, acct #6610029347, balance $1,284.16 for Odessa Hollins (admit 3/3). Autopay from checking acct ending 4471.'",
    [
        ("NAME", "Cleotha Hollins"),
        ("ACCOUNT", "6610029347"),
        ("NAME", "Odessa Hollins"),
        ("DATE", "3/3"),
        ("ACCOUNT", "4471"),
    ],
    note="guarantor daughter, hospital account, admission date, partial bank account",
)

# 182
n(
    "en",
    "hospital_contact",
    "Paying your bill? Pay online at naturalstatehealth.org/pay with the account number on your statement, or call Patient Financial Services at (501) 555-0107. Never type your account number in a comment or a message on Facebook. 💳",
    "hospital URL and phone",
)

# 183
p(
    "en",
    "patient_story",
    "Meet 15-year-old Kamryn Boyd from Osceola, who got her new heart on Thanksgiving night and watched the Arkansas-LSU game from our Peds ICU with the Razorback spirit squad on FaceTime. Follow Kamryn's journey at caringbridge.org/visit/kamrynsheart - her mom Tasha posts updates every Sunday. #KamrynsHeart",
    [
        ("NAME", "Kamryn Boyd"),
        ("GEO", "Osceola"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Kamryn", 2),
        ("URL", "caringbridge.org/visit/kamrynsheart"),
        ("NAME", "Tasha"),
        ("NAME", "#KamrynsHeart"),
    ],
    note="name, town, transplant on a holiday, family URL, mother, name hashtag; the game is an event",
)

# 184
n(
    "en",
    "public_figure",
    "NBA legend and Hamburg, Arkansas native Scottie Pippen stopped by our Peds unit today and shot hoops with the kids on the rooftop court. Thank you, Scottie! 🏀",
    "public figure and his home town",
)

# 185
p(
    "es",
    "patient_story",
    "Luis Ángel Mejía, de 8 años, se cayó del trampolín en su casa de Bentonville el 4 de julio y se fracturó el codo. Hoy salió de cirugía y ya pide volver a la escuela. Su mamá, Nohemí, nos dijo: 'Gracias por hablarle en español a mi hijo.' Si desea enviarle una tarjeta, escriba a nohemi.mejia.bv@gmail.com.",
    [
        ("NAME", "Luis Ángel Mejía"),
        ("GEO", "Bentonville"),
        ("DATE", "4 de julio"),
        ("NAME", "Nohemí"),
        ("EMAIL", "nohemi.mejia.bv@gmail.com"),
    ],
    note="child, home town, injury date, mother and her e-mail",
)

# 186
n(
    "es",
    "event",
    "El 4 de julio nuestras salas de emergencia atienden más quemaduras por fuegos artificiales que cualquier otro día. Este año, disfruten del espectáculo profesional en el centro de Rogers y dejen los cohetes a los expertos. 🎆",
    "holiday date not tied to a patient",
)

# 187
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO MISS EULA MAE BOHANNON!!! 🎂🎈 Our Conway rehab crew celebrated with Eula Mae, her 7 kids, 22 grandkids and her whole church choir. Born in a dogtrot house near Toad Suck, she says the secret is 'cornbread, buttermilk and minding my own business.'",
    [
        ("AGE", "101ST"),
        ("NAME", "EULA MAE BOHANNON"),
        ("NAME", "Eula Mae"),
        ("GEO", "Toad Suck"),
    ],
    note="all-caps name and age token, birthplace community named Toad Suck",
)

# 188
n(
    "en",
    "event",
    "Toad Suck Daze turns 44 this year! 🐸 Find our first-aid tent on Front Street in downtown Conway, May 2-4. Our EMS volunteers - including 91-year-old retired paramedic Floyd Cagle - will be handing out water and sunscreen.",
    "festival dates and venue; a volunteer's age is never labelled",
)

# 189
p(
    "en",
    "pasted_record",
    "From the ER whiteboard photo someone posted: 'Trauma 2 - DUMAS, LeROY, 62, GSW L leg, duck blind, Bayou Meto WMA. Truck: blue F-250, Ark plate 5KJ 771, keys w/ security. Son Marcus 501-555-0186. Hunting lic 0031856712.'",
    [
        ("OTHER_ID", "Trauma 2"),
        ("NAME", "DUMAS, LeROY"),
        ("GEO", "Bayou Meto WMA"),
        ("VEHICLE", "5KJ 771"),
        ("NAME", "Marcus"),
        ("PHONE", "501-555-0186"),
        ("LICENSE", "0031856712"),
    ],
    note="whiteboard (not a photo of the patient): bay, name, place of injury, plate, son and phone, hunting licence",
)

# 190
n(
    "en",
    "anonymous_story",
    "An Arkansas duck guide's quick thinking saved a client's life on opening weekend: when the man collapsed in the blind, the guide started CPR and used the AED he keeps in his boat. The hunter is recovering in our cardiac unit. Want an AED for your hunting club? nsrmcfoundation.org/aed",
    "nameless hunter; opening weekend is an event; state only",
)

# 191
p(
    "en",
    "thank_you",
    "Kommol tata to Atina Zackhras, whose husband Senator received his kidney here in January, for organizing 30 Marshallese women to weave 200 jaki-ed mats for our dialysis waiting room. Want to join them? Atina says email her: atinaz.weaves@gmail.com. 🌺",
    [
        ("NAME", "Atina Zackhras"),
        ("NAME", "Senator"),
        ("DATE", "January"),
        ("NAME", "Atina", 2),
        ("EMAIL", "atinaz.weaves@gmail.com"),
    ],
    note="patient's wife, patient's word-like name, transplant month, her e-mail",
)

# 192
n(
    "en",
    "sponsor",
    "Thank you to the Marshallese Women's Association of Arkansas for the beautiful hand-woven mats now hanging in our Springdale lobby, and to Walmart for funding our new interpreter video carts. Iakwe! 🌺",
    "organisations and a sponsor",
)

# 193
p(
    "en",
    "patient_story",
    "Mrs. Lucille Franklin of Eudora turned 91 in our cardiac ICU on September 30, two days after her heart attack. She asked for three things: her Bible, her reading glasses and 'somebody to turn on the Braves game.' Her son, Rev. Darryl Franklin, drove up from Lake Village every night to read Psalms with her. Today she's home, and the Braves are still losing. ⚾",
    [
        ("NAME", "Lucille Franklin"),
        ("GEO", "Eudora"),
        ("AGE", "91"),
        ("DATE", "September 30"),
        ("NAME", "Darryl Franklin"),
        ("GEO", "Lake Village"),
    ],
    note="name, town, age, birthday, son (title excluded) and his town",
)

# 194
n(
    "en",
    "public_figure",
    "'People will forget what you said, people will forget what you did, but people will never forget how you made them feel.' - Maya Angelou, who grew up in Stamps, Arkansas. Our nurses live this every shift. Happy Nurses Week! 💙",
    "public figure quote and her home town",
)

# 195
p(
    "en",
    "pasted_record",
    "Oops - wrong tab. 'From: Lomja, Kanki <kanki.lomja@nsrmc.org> To: SW team. Re: Mrs. Emlain Anjain, MRN 30150233 - husband Kanki Anjain requesting Marshallese interpreter for d/c teaching tomorrow; home 2601 S Thompson St Lot 44, Springdale. His cell 479-555-0131.'",
    [
        ("NAME", "Emlain Anjain"),
        ("MRN", "30150233"),
        ("NAME", "Kanki Anjain"),
        ("GEO", "2601 S Thompson St Lot 44"),
        ("GEO", "Springdale"),
        ("PHONE", "479-555-0131"),
    ],
    note="staff e-mail pasted: the staff sender and hospital address are not labelled; patient, MRN, husband, home, his cell",
)

# 196
n(
    "en",
    "staff_spotlight",
    "Meet our Springdale social work team: Kanki Lomja, Maribel Cux and Dolly Hampton. Last year they helped 1,900 families find rides, rent help, COFA coverage and car seats. They also make a mean pot of chicken and rice. 🍲 #SocialWorkMonth",
    "staff names shared with patient families",
)

# 197
p(
    "en",
    "discharge",
    "Gentry's own Junior Stockton is headed home! 🚜 The 17-year-old FFA president rolled his grandpa's tractor on a hillside on May 17 and spent 18 days with us. His grandpa, Dale 'Bubba' Stockton, says the tractor's fine and Junior's grounded.",
    [
        ("GEO", "Gentry"),
        ("NAME", "Junior Stockton"),
        ("DATE", "May 17"),
        ("NAME", "Dale 'Bubba' Stockton"),
        ("NAME", "Junior", 2),
    ],
    note="a town that reads like a surname, teen patient, injury date, grandfather",
)

# 198
n(
    "en",
    "recruitment",
    "Join our team in Gentry, Siloam Springs and Gravette! Our new Western Benton County Clinic is hiring RNs, MAs and front-desk staff. Meet our clinic manager, Gentry Pruitt, at Thursday's job fair, 4-7 pm. Apply: naturalstatehealth.org/careers",
    "clinic towns and a staff manager named Gentry",
)

# 199
p(
    "es",
    "pasted_record",
    "Captura de pantalla enviada por error al grupo de Facebook: 'Farmacia NSRMC Rogers - Paciente: ITZEL ROSARIO CUX, Fecha de nac.: 03/08/1996, Medicaid AR 5530184476, Dirección: 1610 W Poplar St, Rogers. Insulina glargina, recoger antes del 15 de mayo.'",
    [
        ("NAME", "ITZEL ROSARIO CUX"),
        ("DATE", "03/08/1996"),
        ("HEALTH_PLAN", "5530184476"),
        ("GEO", "1610 W Poplar St"),
        ("GEO", "Rogers", 2),
        ("DATE", "15 de mayo"),
    ],
    note="pharmacy screenshot: the pharmacy's town is the hospital's, the patient's city is GEO; pickup deadline is a care date",
    ok=("Rogers",),
)

# 200
n(
    "es",
    "hospital_contact",
    "Farmacia NSRMC Rogers: abierta de lunes a sábado, de 8 am a 8 pm. Para surtir recetas llame al (479) 555-0120, opción 2. No comparta su fecha de nacimiento ni su número de Medicaid en los comentarios. 💊",
    "hospital pharmacy and phone",
)

# 201
p(
    "en",
    "pasted_record",
    "Forwarded (please don't post): 'Family meeting for Mr. Otis Greer (MRN 40022516), 99, room 214, Delta Campus, Thursday at 2. Granddaughter Keisha Greer will call in from Memphis: keisha.greer@yahoo.com / 901-555-0135.'",
    [
        ("NAME", "Otis Greer"),
        ("MRN", "40022516"),
        ("AGE", "99"),
        ("OTHER_ID", "room 214"),
        ("NAME", "Keisha Greer"),
        ("GEO", "Memphis"),
        ("EMAIL", "keisha.greer@yahoo.com"),
        ("PHONE", "901-555-0135"),
    ],
    note="forwarded e-mail: name, MRN, age, patient room, granddaughter's city, e-mail and phone",
)

# 202
n(
    "en",
    "health_tip",
    "Visiting someone in the hospital? Check in at the front desk for a visitor badge. Our Little Rock visiting hours are 7 am-9 pm; ICU visitors are limited to 2 at a time. For room numbers, call Patient Information at (501) 555-0102 - we can't share them on Facebook. 🏥",
    "visitor tips; hospital phone",
)

# 203
p(
    "en",
    "patient_story",
    "Dolly Ramos has been deboning chickens in Springdale for 23 years. On the night of November 14 she felt her face go numb on the line, and her supervisor, Mr. Phan, called 911 within a minute. That quick call meant Dolly got stroke treatment in 38 minutes. She's back home in Johnson with her husband Rey, and she wants every plant supervisor to know the signs. 💪",
    [
        ("NAME", "Dolly Ramos"),
        ("GEO", "Springdale"),
        ("DATE", "November 14"),
        ("NAME", "Dolly", 2),
        ("GEO", "Johnson"),
        ("NAME", "Rey"),
    ],
    note="name, workplace town, stroke date, home town that reads like a surname, husband; the supervisor is not labelled",
)

# 204
n(
    "en",
    "anonymous_story",
    "A poultry worker in her 50s had a stroke on the line last week. Her supervisor recognized the signs and called 911 in under a minute. She got clot-busting treatment in 38 minutes and went home talking. BE FAST: Balance, Eyes, Face, Arm, Speech, Time. 🧠",
    "nameless worker, no place, relative time",
)

# 205
p(
    "es",
    "memorial",
    "Hasta siempre, don Anselmo Bautista. 🕊️ Don Anselmo, de 94 años, fue uno de los primeros trabajadores mexicanos en la planta de pollo de Rogers en los años 80. Murió en paz el 6 de enero, Día de Reyes, en nuestra unidad de cuidados paliativos, acompañado por su esposa Refugio y sus bisnietos.",
    [
        ("NAME", "Anselmo Bautista"),
        ("NAME", "Anselmo", 2),
        ("AGE", "94"),
        ("GEO", "Rogers"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Refugio"),
    ],
    note="memorial: name, age, workplace town, death date twice, wife with a word-like name; 'años 80' is a decade",
)

# 206
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, quien luchó por la salud y la dignidad de los trabajadores del campo. Nació el 31 de marzo de 1927. En su honor, nuestra clínica móvil visitará las granjas avícolas del condado de Benton con vacunas y revisiones gratis.",
    "a public figure's birth date; a county for an outreach visit",
)

# 207
p(
    "en",
    "pasted_record",
    "Reply-all mistake: 'Hi all, the three centenarian patients from this year's birthday stories are confirmed for the Foundation's 100 Club luncheon: Bwirre Lokeijak (100, Rogers), Ora Lee Tillman (105, Marvell) and Eula Mae Bohannon (101, Greenbrier). Please RSVP to Dolly in Marketing by Friday.'",
    [
        ("AGE", "centenarian"),
        ("NAME", "Bwirre Lokeijak"),
        ("AGE", "100", 2),
        ("GEO", "Rogers"),
        ("NAME", "Ora Lee Tillman"),
        ("AGE", "105"),
        ("GEO", "Marvell"),
        ("NAME", "Eula Mae Bohannon"),
        ("AGE", "101"),
        ("GEO", "Greenbrier"),
    ],
    note="three named patients with ages and towns; '100 Club' is a club name; Dolly is staff",
    ok=("100",),
)

# 208
n(
    "en",
    "event",
    "Our Foundation's 100 Club luncheon honors donors who have given for 100 consecutive months. This year's luncheon is Friday, October 24 at the Clinton Presidential Center. 96 members, 3 of them over 100 years young! RSVP: foundation@nsrmcfoundation.org or (501) 555-0109.",
    "donors' ages are not labelled; event date; hospital contacts",
)

# 209
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Kinoj Jr.! 👶 Born 2/29 - a Leap Day baby! - to Lani and Kinoj Jabwe of Springdale. He'll only have a real birthday every four years, but his 12 aunties say they'll party every year anyway. 🎉",
    [
        ("NAME", "Kinoj Jr."),
        ("DATE", "2/29"),
        ("DATE", "Leap Day"),
        ("NAME", "Lani"),
        ("NAME", "Kinoj Jabwe"),
        ("GEO", "Springdale"),
    ],
    note="name with suffix, birth date twice, parents, town",
)

# 210
n(
    "en",
    "statistic",
    "Leap Day babies are rare - about 1 in 1,461. At our three birthing centers, 9 babies were born on February 29, 2024. To all our 'leaplings': happy birthday, whenever you celebrate it! 🐸",
    "a date shared by 9 unnamed babies is aggregate",
)

# 211
p(
    "en",
    "pasted_record",
    "Nursing note (pasted into the reply box): 'Pt is a ninety-two y/o Marshallese female, Lijon Jibas, alert, pleasant, speaks via interpreter. Grandson Rubon at bedside. Rm 308. Daughter Biola requests a call at (479) 555-0114 before any procedure.'",
    [
        ("AGE", "ninety-two"),
        ("NAME", "Lijon Jibas"),
        ("NAME", "Rubon"),
        ("OTHER_ID", "Rm 308"),
        ("NAME", "Biola"),
        ("PHONE", "(479) 555-0114"),
    ],
    note="pasted note: spelled-out age, name, relatives, room, daughter's phone",
)

# 212
n(
    "en",
    "staff_spotlight",
    "After 52 years, our beloved unit clerk Earline Moten is retiring at 76! 🎉 Earline has answered the phone on 4 West since 1973 - 'Four West, this is Earline' - and knows every doctor's coffee order. Join us for cake Friday at 2 in the 4 West break room.",
    "staff retirement; staff age",
)

# 213
p(
    "en",
    "thank_you",
    "A box of 60 fried pies showed up at our Springdale ED this morning with a note: 'For the nurses who saved my Bubba - from Wanda Hollis, Route 2, Huntsville AR 72740.' Bubba is Wanda's son, Raymond 'Tater' Hollis, and he says the apricot ones are the best. 🥧",
    [
        ("NAME", "Bubba", 1),
        ("NAME", "Wanda Hollis"),
        ("GEO", "Route 2"),
        ("GEO", "Huntsville"),
        ("GEO", "72740"),
        ("NAME", "Bubba", 2),
        ("NAME", "Wanda", 2),
        ("NAME", "Raymond 'Tater' Hollis"),
    ],
    note="mother's note with rural-route address and ZIP; patient by nickname and full name",
)

# 214
n(
    "en",
    "health_tip",
    "ZIP codes 72205, 72209 and 72204 have the highest rates of uncontrolled high blood pressure in Little Rock. That's why our mobile health van will be parked at the Southwest Community Center every Tuesday in September. Free checks, no appointment. 🚐",
    "population ZIP codes and a venue",
)

# 215
p(
    "en",
    "patient_story",
    "Trucker Reginald 'Reggie' Pettaway of Pine Bluff was hauling rice on U.S. 65 near Gould on April 29 when a tire blew and his rig went into the ditch. Reggie, 58, crawled out with a broken collarbone and four broken ribs. Two weeks later he's home with his wife, Carolyn - and already asking when he can get his CDL medical card renewed. Stay safe out there, Reggie. 🚛",
    [
        ("NAME", "Reginald 'Reggie' Pettaway"),
        ("GEO", "Pine Bluff"),
        ("GEO", "U.S. 65"),
        ("GEO", "Gould"),
        ("DATE", "April 29"),
        ("NAME", "Reggie", 2),
        ("NAME", "Carolyn"),
        ("NAME", "Reggie", 3),
    ],
    note="name, home town, crash road, town and date, wife",
)

# 216
n(
    "en",
    "public_figure",
    "Before there was a Pettaway neighborhood in Little Rock, there was Pettaway's store - a 19th-century grocery whose owner gave the area its name. Learn more about the history of our campus neighborhood at our Black History Month exhibit in the main lobby. 📜",
    "historical namesake of a neighbourhood",
)

# 217
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Mateo Tiul Pop! 💙 Nació el 16 de septiembre - ¡Día de la Independencia de México! - aunque sus papás son de Alta Verapaz, Guatemala. Mamá Ana Pop y papá Erwin Tiul, trabajadores de una planta avícola en Rogers, dicen que lo van a celebrar con mariachi y marimba.",
    [
        ("NAME", "Mateo Tiul Pop"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia de México"),
        ("NAME", "Ana Pop"),
        ("NAME", "Erwin Tiul"),
        ("GEO", "Rogers"),
    ],
    note="birth date twice, parents and their workplace town; a Guatemalan department is like a state",
)

# 218
n(
    "es",
    "campaign_hashtag",
    "#OrgulloAvícola: este mes celebramos a los más de 20,000 trabajadores hispanos y marshaleses de la industria avícola del noroeste de Arkansas. Comparta una foto de su equipo de trabajo con el hashtag y gane una canasta de la Fundación NSRMC. 🐔 (No comparta fotos de pacientes.)",
    "campaign hashtag; region; population",
)

# 219
p(
    "en",
    "pasted_record",
    "Posted to the volunteer group by mistake: 'Sunday's Marshallese hymn-visit list, 3 North - Bwirre Lokeijak (Rm 318, 100, loves the old hymns), Lijon Jibas (Rm 308) and Kilma Jorkan (Rm 322, turns 104 on 12/9). Please sing softly.'",
    [
        ("NAME", "Bwirre Lokeijak"),
        ("OTHER_ID", "Rm 318"),
        ("AGE", "100"),
        ("NAME", "Lijon Jibas"),
        ("OTHER_ID", "Rm 308"),
        ("NAME", "Kilma Jorkan"),
        ("OTHER_ID", "Rm 322"),
        ("AGE", "104"),
        ("DATE", "12/9"),
    ],
    note="visit list: names, rooms, ages, birthday",
)

# 220
n(
    "en",
    "event",
    "Our Marshallese volunteer choir sings on every Rogers campus floor the first Sunday of each month. This week's song leaders: Bwirre Lani and Jemina Langidrik. Want to join? Call Volunteer Services at (479) 555-0120. 🎶",
    "volunteers with patient-like names",
)

# 221
p(
    "es",
    "thank_you",
    "Respondiendo a @mami_de_ximena: ¡Qué alegría ver a Eze cargando otra vez a Ximena! Todo el equipo de la unidad de quemados les manda saludos desde Little Rock. 💛",
    [
        ("OTHER_ID", "@mami_de_ximena"),
        ("NAME", "Eze"),
        ("NAME", "Ximena"),
    ],
    note="reply to the patient's wife's handle; patient and baby by first name; Little Rock is the hospital's city",
)

# 222
p(
    "es",
    "pasted_record",
    "Hoja de registro pegada por error: Nombre: Jacinto Hernández Ortiz. Fecha de ingreso: 28/01. ITIN: 912-78-4401. Seguro: ninguno (programa de caridad, cuenta #4400938172). Dirección: 402 Park St, Springdale. Tel. del trabajo: Ozark Valley Poultry, 479-555-0199.",
    [
        ("NAME", "Jacinto Hernández Ortiz"),
        ("DATE", "28/01"),
        ("OTHER_ID", "912-78-4401"),
        ("ACCOUNT", "4400938172"),
        ("GEO", "402 Park St"),
        ("GEO", "Springdale"),
        ("NAME", "Ozark Valley Poultry"),
        ("PHONE", "479-555-0199"),
    ],
    note="pasted registration: admission date, ITIN (OTHER_ID), charity account, address, employer and its phone",
)

# 223
p(
    "es",
    "patient_story",
    "Marisol Castañeda, de 16 años, estudiante de la preparatoria de De Queen, donó su cabello el 9 de abril para pelucas de niños con cáncer - en honor a su hermanito Iker, que terminó su quimioterapia con nosotros en marzo. ¡Gracias, Marisol! 💇‍♀️ #IkerValiente",
    [
        ("NAME", "Marisol Castañeda"),
        ("GEO", "De Queen"),
        ("DATE", "9 de abril"),
        ("NAME", "Iker"),
        ("DATE", "marzo"),
        ("NAME", "Marisol", 2),
        ("NAME", "#IkerValiente"),
    ],
    note="patient's sister, her school's town (where the family lives), her date, patient, month of his last chemo, name hashtag",
)

# 224
n(
    "es",
    "event",
    "Corte de cabello solidario este sábado en la preparatoria de Springdale: cada trenza donada se convertirá en una peluca para un niño con cáncer de nuestro hospital. Organiza la maestra Marisol Treviño. ✂️",
    "event; a teacher, not a relative",
)

# 225
p(
    "en",
    "birth_announcement",
    "Our NICU's 1-lb wonder turned 1 today! 🎂 Photo: Harmony Jefferson of Forrest City, born May 12 at 23 weeks and 1 lb 3 oz, now 17 lbs of pure sass. Her parents, Jamal and Tiana Jefferson, brought cupcakes for the nurses who 'raised her first.' #HarmonyStrong",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Harmony Jefferson"),
        ("GEO", "Forrest City"),
        ("DATE", "May 12"),
        ("NAME", "Jamal"),
        ("NAME", "Tiana Jefferson"),
        ("NAME", "#HarmonyStrong"),
    ],
    note="photo of the patient, name, town, birth date, parents, name hashtag",
)

# 226
n(
    "en",
    "statistic",
    "Our Delta Campus NICU turns 10 this year! Since it opened, 2,871 babies from Phillips, Lee, Monroe, St. Francis and Desha counties have been cared for close to home instead of 2 hours away. Celebrate with us May 12 at 10 am in the Delta Campus lobby. 💕",
    "event date and aggregate; counties as the service area",
)

# 227
p(
    "en",
    "discharge",
    "The whole 5 West team lined the hall this morning for the patient in Room 517 - 61 days, 3 surgeries, 1 very stubborn Razorback fan. Go home and call those Hogs! 🐗 #5WestProud",
    [("OTHER_ID", "Room 517")],
    note="nameless, but the patient's room number is an identifier",
)

# 228
n(
    "en",
    "event",
    "5 West is moving! Starting Monday, our orthopedic unit will be on the 6th floor in Rooms 601-640 while we renovate. Visitors: follow the red Razorback signs from the Riverfront entrance. 🐗",
    "unit move; a room range not tied to a patient",
)

# 229
p(
    "en",
    "pasted_record",
    "Lost & found post gone wrong: 'Did anyone find a gray Ford Ranger key fob in the ED lot? It belongs to Tammy Cagle, whose husband Lonnie is in ICU bed 9. Plate 9TR 224. Please call her at 479-555-0144 or email tammycagle@aol.com.'",
    [
        ("NAME", "Tammy Cagle"),
        ("NAME", "Lonnie"),
        ("OTHER_ID", "bed 9"),
        ("VEHICLE", "9TR 224"),
        ("PHONE", "479-555-0144"),
        ("EMAIL", "tammycagle@aol.com"),
    ],
    note="wife's name, phone, e-mail and plate; patient and his bed",
)

# 230
n(
    "es",
    "hospital_contact",
    "¿Perdió algo en nuestro campus de Little Rock? Objetos perdidos de Seguridad está en el sótano, junto a la entrada Riverfront, abierto 24/7, o llame al (501) 555-0100 y pida hablar con Seguridad. Guardamos los objetos por 30 días. 🔑",
    "hospital contact",
)

# 231
p(
    "en",
    "milestone_birthday",
    "Ninety-seven years young! 🎈 Mrs. Icy Tackett of Pettigrew came to our Springdale campus with a broken wrist on her birthday, August 2, and told the ER doctor she'd 'been through worse - 97 years of it.' Happy belated birthday, Miss Icy! Her granddaughter Tonya made sure the whole floor got a slice of cake.",
    [
        ("AGE", "Ninety-seven"),
        ("NAME", "Icy Tackett"),
        ("GEO", "Pettigrew"),
        ("DATE", "August 2"),
        ("AGE", "97"),
        ("NAME", "Icy", 2),
        ("NAME", "Tonya"),
    ],
    note="age in words and digits, word-like given name, home town, birthday, granddaughter",
)

# 232
n(
    "en",
    "health_tip",
    "Icy roads + Ozark hills = busy ERs. If you must drive this morning in Madison, Newton or Carroll County, go slow and leave room. Our Springdale ER treated 41 people for falls on ice yesterday - wear shoes with grip and use the handrail. ❄️",
    "'Icy' as a word; counties as an audience; aggregate",
)

# 233
p(
    "en",
    "thank_you",
    "A huge thank-you to the supervisors and crew at Delta Rice Milling in Stuttgart, who donated blood in honor of their co-worker Jerome Boyd after his grain-bin accident on September 4. Jerome is out of the ICU and asked us to say: 'Y'all are my family.' 🩸",
    [
        ("NAME", "Delta Rice Milling"),
        ("GEO", "Stuttgart"),
        ("NAME", "Jerome Boyd"),
        ("DATE", "September 4"),
        ("NAME", "Jerome", 2),
    ],
    note="patient's employer and its town, name, accident date; co-workers not labelled",
)

# 234
n(
    "en",
    "sponsor",
    "Thank you, Delta Rice Milling of Stuttgart, for sponsoring this year's Farm Safety Day at our Delta Campus! 220 farmers and their kids learned grain-bin rescue, PTO safety and first aid. 🌾",
    "the same company as a sponsor; no patient",
)

# 235
n(
    "en",
    "anonymous_story",
    "A duck hunter in his 60s owes his life to Belle, his 9-year-old Lab. When he slipped off a levee into the icy water of a rice-field reservoir last weekend, Belle barked until a neighbor came running. He spent 6 days with us for hypothermia. Belle got a steak. 🐕🦆",
    "nameless hunter; the dog's name and age are not identifiers; no place or date",
)

# 236
n(
    "en",
    "staff_spotlight",
    "Meet Razor, our 9-year-old therapy dog, and his handler Paula Gentry! Razor visits 6 South every Tuesday and has a standing appointment with the kids in the Peds playroom. He's a big Hogs fan, obviously. 🐾",
    "a therapy dog and a staff handler",
)

# 237
p(
    "en",
    "pasted_record",
    "Screenshot posted by mistake: 'e-Rx: LITOKWA, JERLANG (infant) DOB 02/11/2025 MRN 30201164 - Poly-Vi-Sol w/ iron 1 mL daily. Parent: Neijon Litokwa, 2010 Emma Ave Apt 3, Springdale AR 72762, ph 479-555-0151. Prescriber: Dr. H. Kabua, DEA BK4417729.'",
    [
        ("NAME", "LITOKWA, JERLANG"),
        ("DATE", "02/11/2025"),
        ("MRN", "30201164"),
        ("NAME", "Neijon Litokwa"),
        ("GEO", "2010 Emma Ave Apt 3"),
        ("GEO", "Springdale"),
        ("GEO", "72762"),
        ("PHONE", "479-555-0151"),
    ],
    note="e-prescription screenshot: the prescriber and the DEA number are not labelled",
)

# 238
n(
    "en",
    "hospital_contact",
    "You can verify any NSRMC doctor's license with the Arkansas State Medical Board. Our Chief Medical Officer, Dr. Renee Whitfield (AR license E-4417), answers your questions live on Facebook this Thursday at noon. Send questions to askthedoc@nsrmc.org. 🩺",
    "a staff licence number and hospital e-mail",
)

# 239
p(
    "en",
    "memorial",
    "Iakwe, Tarlang. Our Springdale dialysis family is grieving Tarlang Langidrik, who died on May 1 - Constitution Day, the holiday he loved most - just after leading the hymns at his church's celebration. His wife Emlain and their 9 children ask that you remember him by getting your kidneys checked. 🌺",
    [
        ("NAME", "Tarlang", 1),
        ("NAME", "Tarlang Langidrik"),
        ("DATE", "May 1"),
        ("DATE", "Constitution Day"),
        ("NAME", "Emlain"),
    ],
    note="memorial: name, death date written twice, wife",
)

# 240
n(
    "en",
    "crisis_update",
    "Our Springdale Clinic will close at noon on Thursday, May 1, so our Marshallese staff and interpreters can celebrate Constitution Day with their families. The nurse line, (479) 555-0121, stays open 24/7. Iakwe! 🇲🇭",
    "closure on a holiday; no patient",
)

if __name__ == "__main__":
    S.main("phi_dev87_source")
