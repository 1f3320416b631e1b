"""Blind development set d89 for the PHI scanner: tests/data/phi_dev89.jsonl.

Organisation: Crossroads Regional Medical Center, Southport / Indianapolis, Indiana
(phi_dev89_org.json): main campus on S Emerson Avenue, a Near Eastside Family Health
Center on E 10th Street, an outpatient center in Franklin; a Hakha Chin and Burmese
language line and a Spanish line.
Focus: Burmese Chin refugee families of Southport and Perry Township, Hoosier farm
families (grain bins, augers, PTO shafts, the State Fair), Black families of the Near
Eastside, Mexican families (Spanish posts), Amish families from LaGrange, Elkhart and
Adams counties, and the Indy 500 (drivers, pit crews, spotters, fans).
Hard cases: Chin names with no surname and system-forced "SURNAME, GIVEN" order
("THANG, VAN LAL", "ZI, PAR THA"), lower-case names, names that are words (Hope,
Summer, Justice, Faith, Indy, Peanut), names only in hashtags, Amish "Yonie's Katie"
naming, honorifics (Pu, Pi, Pa, Mother, Deacon, doña), employers, named single days
(Carb Day, Race Day, Chin National Day, Juneteenth, Día de la Candelaria) next to
numeric dates, county roads and townships, towns that are words (Speedway, Nashville,
Topeka), ages over 89 in chart shorthand and words, and pasted bed boards, OR boards,
portal messages, e-mails, registration notes, DME orders and specimen labels.
Hard negatives: Chin and Amish-named staff, staff families and staff memorials with
dates, volunteers and public figures over 89, drivers treated after crashes (public
figures), car numbers and track sections, the hospital's own numbers, addresses,
e-mails and extensions, third-party organisations' numbers and e-mails, event and
awareness dates (Chin National Day, Thingyan, Race Day, State Fair, Juneteenth, Día de
Muertos), population ages and ZIPs, eponyms, donors and donor-named rooms, therapy
animals, test patients, trial and NPI numbers, anonymous stories with ages of 89 and
under, weekdays and durations.
Language mix: 240 posts, 205 English and 35 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Indy 500: drivers are public figures and are never labelled, even when the post
  reports their injury or surgery ("driver Nico Varga was evaluated ... released",
  "Tate Kimball fractured his left foot": not patient-specific). Pit-crew members,
  spotters, fans and fair vendors are not public figures ("Tyler Brandt, the rear-tire
  changer"). Car numbers ("No. 18") are not VEHICLE, and track sections and venues
  (Turn 3 grandstand, pit lane, the Paddock, infield care center, the fairgrounds) are
  not GEO; unnamed spectators treated at the track are not patient-specific.
- Named single days are DATE when the patient's event fell on them, next to any numeric
  form of the same day: "Race Day, May 25", "February 20, Chin National Day", "Carb Day",
  "Juneteenth", "Thanksgiving", "12 de diciembre, Día de la Virgen de Guadalupe",
  "14 de febrero ... San Valentín". The same names as event dates are not labelled
  ("Race Day is Sunday, May 25!"). Multi-day festivals and fair runs are treated like
  seasons and are never DATE: "turned 100 during Thingyan", "at the State Fair".
- Chin names have no surname: the whole name is one NAME ("Van Lal Thang"), a shortened
  form is its own span ("Van Lal"), and system-forced surname order is labelled as written
  ("THANG, VAN LAL", "ZI, PAR THA"). Chin and Burmese honorifics Pu, Pi and Pa, church
  titles Mother, Deacon, Brother and Sister, and don/doña are titles outside the span
  ("Pu Thawng Hlei" -> "Thawng Hlei"); an honorific used alone as a form of address
  ("Happy 100th, Pi!") is not labelled.
- Amish naming: "Yonie's Katie" is two NAME spans ("Yonie", "Katie"). Plural family
  surnames are labelled as written ("The Yoders", "the Grabers", "the Reeses").
- The patient's or family's home city is GEO even when it is Indianapolis or Franklin,
  where the hospital has sites ("arrived in Indianapolis", "his farm outside Franklin");
  only the hospital's own street addresses and ZIPs are excluded. Townships ("Perry
  Township"), Amish church districts named for a town ("the Topeka district" ->
  "Topeka"), county-road addresses ("2245 N 850 W") and the street of the patient's own
  shop ("the barber shop on East 10th Street") are GEO. A town named in the name of a
  patient's team tells where he lives ("his Southport team" -> "Southport").
- The town, road or county where a patient's injury happened is GEO, like a crash road,
  also for unnamed patients, which makes the post patient-specific: "a 16-year-old
  pulled from a soybean bin near Greensburg", "Shelby County crews cut the bin walls",
  "a buggy struck on County Road 1000 N near Bremen". Counties, roads and towns in
  posts about no particular patient (tips, training events, weather warnings,
  population studies) are not labelled.
- Employers are NAME (holdout rule): "Mid-West Pallet Supply", "Eastside Cold Storage",
  "Borkholder Harness" (his own shop), and a coach's school "Franklin Central"; a
  student's school is not labelled ("a sophomore at Arsenal Tech").
- Household and helpers: a fiancée is household and labelled ("Jenna Kowalski"). The
  Amish family's own phone shanty number is their PHONE. People who are neither patient,
  relative nor household are not labelled: the hired driver who e-mails for an Amish
  family ("Sharon Beechy <sbeechy.rides@outlook.com>"), neighbours, rescuers and
  firefighters ("Capt. Mike Roell"). Third-party organisations' numbers and e-mails are
  not labelled ("Chin Community of Indiana at (317) 555-0178 or rides@chinindiana.org").
- Replies: a commenter's handle is OTHER_ID once the reply ties the commenter to a
  patient's care ("@sarahbeth_in_shelbyville ... your grandpa Lloyd"); a generic reply
  with no care details is not patient-specific ("@IndyMom2018 We're sorry to hear
  that!"). Numbers the hospital repeats from a hidden comment are labelled ("your
  comment with 6600194837" -> ACCOUNT).
- Chart ids: bed-board cells without a keyword are OTHER_ID as written ("412A"); isolette
  numbers are bed numbers ("isolette 14"); Epic CSN is an encounter id (OTHER_ID), HAR
  an account (ACCOUNT); an Indiana Medicaid RID is HEALTH_PLAN; an alien registration
  number is OTHER_ID ("A213-774-905"); a trauma alias is OTHER_ID ("Trauma Doe Delta"
  -> "Delta"); a masked SSN that shows its last four is SSN, whole token ("***-**-4471").
  The form name "I-94" is not an identifier.
- Ages in chart shorthand keep the attached unit as one token ("94yo"); a separate unit
  is not part of the span ("92 y/o" -> "92"). "nonagenarian", "centenarian",
  "centenaria" and "one hundred" are AGE. Group ages ("patients over 100", "mayores de
  90 años") and ages of volunteers and public figures over 89 are not labelled.
- Any date of a patient's care is DATE: registration ("REG NOTE 03/02"), OR board date,
  device transmission, specimen collection, appointment, release signed and release
  expiry ("signed 9/30 ... expires 9/30/2026"). A month alone ("born in January") and a
  day of the month alone ("set for the 14th" -> "14th") are DATE. A birth date makes an
  unnamed baby's post patient-specific ("nació ... el 16 de septiembre").
- Staff members' own families are never labelled, even a staff nurse's new baby
  ("baby Amara on October 12"); staff birth dates, death dates and birthplaces are not
  labelled. Donor families and donor-named rooms are not labelled ("Kessler Family
  Foundation", "Yoder Family Conference Room"). A fictitious test patient in a training
  screenshot ("ZZTEST, PATIENT | MRN 99999999") is not a patient.
- Word-names: when a name is also used as an ordinary word or pun in the same post, only
  the name uses are labelled and the word is declared ok ("Hope is a powerful thing, and
  so is Hope Stringer"; "Summer is finally here"; "Justice was served"). A town that is
  a word is GEO when it is the patient's home ("Kevin Dunlap of Speedway, Indiana"), not
  when it means the track ("at the Speedway for the 500").
- Spanish: a county keeps its generic word, like "calle Elm" ("condado de Hamilton"); a
  quoted nickname inside the full name is one span ("Ximena 'Mena' Salgado"), a quoted
  nickname alone is its own span ("'Cuca'" -> "Cuca"); a foreign birthplace city is GEO,
  its state is not ("Salvatierra, Guanajuato" -> "Salvatierra").
- PHOTO only when the text says an image shows the patient ("Pictured:", "Photo shows
  Brayden", "Foto:"); a whiteboard picture, photos of a garden and a staff video are not
  PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev89.jsonl"), os.path.join(HERE, "phi_dev89_org.json"), "d89")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient-specific

# 1
p(
    "en",
    "patient_story",
    "Update from our trauma team: Tyler Brandt, the rear-tire changer who was struck on pit lane during Sunday's stop, is out of the ICU. Tyler, 34, grew up in Greenwood and says he'll be back over the wall next year. Driver Nico Varga stopped by room 614 this morning with a signed helmet. #CrossroadsStrong",
    [
        ("NAME", "Tyler Brandt"),
        ("NAME", "Tyler", 2),
        ("GEO", "Greenwood"),
        ("OTHER_ID", "room 614"),
    ],
    note="an injured pit-crew member is a patient, not a public figure; the driver is a public figure and is not labelled; 34 is not an age over 89",
)

# 2
p(
    "en",
    "patient_story",
    "A year ago this week, Dwayne Kessler was buried to his chest in shelled corn inside a grain bin on the family farm outside Shelbyville. His son Cody kept him talking while Shelby County crews cut the bin walls. Dwayne came home from our trauma unit on October 30 and is back in the combine this harvest. Thank you for letting us share your story, Kessler family. Bin safety tips: link in bio.",
    [
        ("NAME", "Dwayne Kessler"),
        ("GEO", "Shelbyville"),
        ("NAME", "Cody"),
        ("GEO", "Shelby County"),
        ("NAME", "Dwayne", 2),
        ("DATE", "October 30"),
        ("NAME", "Kessler", 2),
    ],
    note="grain-bin survivor, his son, home town and county, discharge date; 'a year ago this week' and 'this harvest' are not dates",
)

# 3
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Cing Sian! She was born February 20, Chin National Day, at 6:12 a.m. weighing 7 lb 2 oz. Mom Par Tha Zi and dad Mang Hre chose a name that means 'gentle.' Thank you to our Hakha Chin interpreter Sui Hnem for staying through the night. #CrossroadsBabies",
    [
        ("NAME", "Cing Sian"),
        ("DATE", "February 20"),
        ("DATE", "Chin National Day"),
        ("NAME", "Par Tha Zi"),
        ("NAME", "Mang Hre"),
    ],
    note="birth on Chin National Day: both the numeric date and the named day; the staff interpreter is not labelled",
)

# 4
p(
    "en",
    "discharge",
    "After 19 days with us, Eli Yoder is going home to LaGrange County. Eli was flown to us on June 3 after a pickup struck his buggy on State Road 5 south of Shipshewana. His wife Lizzie and their eight children mailed this card to the 7 West nurses. The Yoders asked us not to share photos, so the card will have to do.",
    [
        ("NAME", "Eli Yoder"),
        ("GEO", "LaGrange County"),
        ("NAME", "Eli", 2),
        ("DATE", "June 3"),
        ("GEO", "State Road 5"),
        ("GEO", "Shipshewana"),
        ("NAME", "Lizzie"),
        ("NAME", "Yoders"),
    ],
    note="Amish buggy crash: home county, crash road and town, injury date, wife, plural family surname",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 102nd birthday to Mother Odessa Whitlow! Born April 9 in Kentucky, she moved to Martindale-Brightwood after the war and has ushered at her church longer than most of us have been alive. Our 4 South team celebrated with her (and sweet potato pie) this morning. Pictured: Mother Whitlow with her grandson Marcus.",
    [
        ("AGE", "102nd"),
        ("NAME", "Odessa Whitlow"),
        ("DATE", "April 9"),
        ("GEO", "Martindale-Brightwood"),
        ("PHOTO", "Pictured"),
        ("NAME", "Whitlow", 2),
        ("NAME", "Marcus"),
    ],
    note="church title 'Mother' is an honorific and not part of the name; Kentucky is a state",
)

# 6
p(
    "en",
    "pasted_record",
    "oops wrong window 😬 4N BED BOARD 0700 | 412A THANG, VAN LAL M 58 CHF exac, Hakha Chin interp | 412B HOCHSTETLER, MIRIAM F 91 hip fx POD2 | 414 clean/ready",
    [
        ("OTHER_ID", "412A"),
        ("NAME", "THANG, VAN LAL"),
        ("OTHER_ID", "412B"),
        ("NAME", "HOCHSTETLER, MIRIAM"),
        ("AGE", "91"),
    ],
    note="pasted bed board: bed cells tied to patients, names in system order, an age over 89; 58 is not labelled, bed 414 is empty",
)

# 7
p(
    "en",
    "patient_story",
    "Replying to @ngaihte_family: Ms. Ngaihte, we're so sorry about the long wait at registration with your father on Tuesday. Our patient relations team would like to call you. Is 317-555-0163 still the best number? You can also reach them directly at (317) 555-0102.",
    [("OTHER_ID", "@ngaihte_family"), ("NAME", "Ngaihte"), ("PHONE", "317-555-0163")],
    note="public reply to a patient's daughter: her handle, surname and phone; the Patient Relations number is the hospital's",
)

# 8
p(
    "en",
    "pasted_record",
    "FW: release for Mang Hre story | From: Lalmuan Sang <lalmuan.sang88@gmail.com> To: media@crossroadsregional.org | My father Mang Hre (DOB 11/02/1961, MRN 40017725) agrees to the video. Please call me 463-555-0171 with questions. Thank you.",
    [
        ("NAME", "Mang Hre", 1),
        ("NAME", "Lalmuan Sang"),
        ("EMAIL", "lalmuan.sang88@gmail.com"),
        ("NAME", "Mang Hre", 2),
        ("DATE", "11/02/1961"),
        ("MRN", "40017725"),
        ("PHONE", "463-555-0171"),
    ],
    note="forwarded release e-mail from a patient's son; the media address is the hospital's",
)

# 9
p(
    "en",
    "memorial",
    'We lost a legend this week. Walter "Bud" Ramsey, 94, did cardiac rehab with us three mornings a week after his bypass on Valentine\'s Day 2019, and he never missed a session. He always brought the nurses sweet corn from his farm outside Franklin in Johnson County. He passed away at home on Saturday. Rest easy, Bud.',
    [
        ("NAME", 'Walter "Bud" Ramsey'),
        ("AGE", "94"),
        ("DATE", "Valentine's Day 2019"),
        ("GEO", "Franklin"),
        ("GEO", "Johnson County"),
        ("NAME", "Bud", 2),
    ],
    note="surgery on a named holiday with attached year; home town is GEO even though the hospital has a Franklin center; Saturday is a weekday",
)

# 10
p(
    "en",
    "anonymous_story",
    "Our oldest patient this week just walked two laps around 5 West with her physical therapist. She's 98! Her secret: a big garden, church choir, and never, ever retiring.",
    [("AGE", "98")],
    note="unnamed patient, but an age over 89 is an identifier",
)

# 11
p(
    "en",
    "pasted_record",
    "Pt: Rosalind Tate | DOB: 08/14/1951 | MRN: 40022918 | Adm: 01/09 | Dx: CAP, hx Alzheimer's | Addr: 2418 N Dearborn St, Indianapolis 46218 | Emerg contact: dtr Denise Tate-Holloway 317-555-0148 ... sorry, wrong tab!!",
    [
        ("NAME", "Rosalind Tate"),
        ("DATE", "08/14/1951"),
        ("MRN", "40022918"),
        ("DATE", "01/09"),
        ("GEO", "2418 N Dearborn St"),
        ("GEO", "Indianapolis"),
        ("GEO", "46218"),
        ("NAME", "Denise Tate-Holloway"),
        ("PHONE", "317-555-0148"),
    ],
    note="pasted chart header; Alzheimer's is an eponym",
)

# 12
p(
    "en",
    "patient_story",
    "Meet Van Lal Thang. In 2008 he walked out of Chin State with his wife Cing Sian and their two boys, spent four years in Kuala Lumpur, and arrived in Indianapolis with one suitcase. For twelve years he has worked nights at Mid-West Pallet Supply. On January 14 his heart stopped in the parking lot at work. A coworker started CPR, and our cath lab team opened the blocked artery within the hour. 'I want my sons to know Indiana was good to us,' Van Lal told our interpreter. He went home to Perry Township last week. #VanLalStrong",
    [
        ("NAME", "Van Lal Thang"),
        ("NAME", "Cing Sian"),
        ("GEO", "Kuala Lumpur"),
        ("GEO", "Indianapolis"),
        ("NAME", "Mid-West Pallet Supply"),
        ("DATE", "January 14"),
        ("NAME", "Van Lal", 2),
        ("GEO", "Perry Township"),
        ("NAME", "#VanLalStrong"),
    ],
    note="Chin refugee story: wife, foreign city, home city and township, employer, cardiac-arrest date, name hashtag; Chin State is a state, 2008 a bare year",
)

# 13
p(
    "en",
    "discharge",
    "Little Mose Bontrager, 3 lb 1 oz when he was born on Christmas Eve, graduated from our NICU today! His parents Menno and Ruby made the trip down from Topeka (LaGrange County, not Kansas) every weekend by hired van. Mose, we'll miss your Christmas Eve stocking hanging on isolette 14.",
    [
        ("NAME", "Mose Bontrager"),
        ("DATE", "Christmas Eve", 1),
        ("NAME", "Menno"),
        ("NAME", "Ruby"),
        ("GEO", "Topeka"),
        ("GEO", "LaGrange County"),
        ("NAME", "Mose", 2),
        ("DATE", "Christmas Eve", 2),
        ("OTHER_ID", "isolette 14"),
    ],
    note="Amish NICU graduate born on a named holiday (both mentions), parents, home town Topeka, Indiana; an isolette number is a bed number",
)

# 14
p(
    "en",
    "thank_you",
    "Shout-out to Ms. Bernice Cheatham of Windsor Park, who has baked a pound cake for our dialysis unit every Friday since her first treatment here on 9/12/2016. Ms. B, you are the sweetest. 💜",
    [("NAME", "Bernice Cheatham"), ("GEO", "Windsor Park"), ("DATE", "9/12/2016"), ("NAME", "B")],
    note="dialysis patient, Near Eastside neighbourhood, first-treatment date; the initial 'B' used for her is NAME",
)

# 15
p(
    "en",
    "pasted_record",
    "MyCrossroads message | From: jsimmons_1960 | Subject: my mom Hattie's meds | Hi, this is Janice Simmons, Hattie Simmons' daughter. Mama is 93 and the new water pill makes her dizzy. Please call me at 317-555-0189 or write janice.simmons@yahoo.com.",
    [
        ("OTHER_ID", "jsimmons_1960"),
        ("NAME", "Hattie", 1),
        ("NAME", "Janice Simmons"),
        ("NAME", "Hattie Simmons"),
        ("AGE", "93"),
        ("PHONE", "317-555-0189"),
        ("EMAIL", "janice.simmons@yahoo.com"),
    ],
    note="pasted portal message from a patient's daughter: portal user name, names, age over 89, phone, e-mail",
)

# 16
p(
    "en",
    "anonymous_story",
    "Our trauma team cared for a 16-year-old pulled from a soybean bin near Greensburg last night. He is in fair condition this morning. Please: never enter a bin alone, and never while the auger is running.",
    [("GEO", "Greensburg")],
    note="unnamed patient, but the town where his injury happened is GEO, like a crash road; 16 and 'last night' are not identifiers",
)

# 17
p(
    "en",
    "birth_announcement",
    "We've seen a lot on Carb Day, but this was a first: Kayla Brunswick of Plainfield went into labor in the Turn 3 infield and delivered baby Indy in our track medical center 40 minutes later. Indy Rose Brunswick, 6 lb 9 oz, already has a checkered onesie. (Shared with Kayla's blessing!)",
    [
        ("DATE", "Carb Day"),
        ("NAME", "Kayla Brunswick"),
        ("GEO", "Plainfield"),
        ("NAME", "Indy", 1),
        ("NAME", "Indy Rose Brunswick"),
        ("NAME", "Kayla", 2),
    ],
    note="birth on Carb Day (a named single day); the baby's name Indy is a name, not the city; Turn 3 is a venue",
)

# 18
p(
    "en",
    "milestone_birthday",
    "Ninety-six years young! Great-grandma Lavina Miller from near Middlebury had cataract surgery with us on March 11 and told our OR team she has outlived three draft horses and two eye doctors. #AmishCountry",
    [("AGE", "Ninety-six"), ("NAME", "Lavina Miller"), ("GEO", "Middlebury"), ("DATE", "March 11")],
    note="age written in words; #AmishCountry is a tourism hashtag",
)

# 19
p(
    "en",
    "pasted_record",
    "REG NOTE 03/02 0915 | PT: ESPARZA, JOSE LUIS | DOB 07/22/1979 | SSN ***-**-4471 | Ins: Anthem HIP 2.0 ID YRK884021937 | Acct 7700412983 | Arr via IFD Medic 7, fall from ladder at jobsite",
    [
        ("DATE", "03/02"),
        ("NAME", "ESPARZA, JOSE LUIS"),
        ("DATE", "07/22/1979"),
        ("SSN", "***-**-4471"),
        ("HEALTH_PLAN", "YRK884021937"),
        ("ACCOUNT", "7700412983"),
    ],
    note="registration note: registration date, DOB, masked SSN with its last four, plan and account numbers; the ambulance unit is not labelled",
)

# 20
p(
    "en",
    "pasted_record",
    "Pasted from the device clinic log: Remote transmission rec'd 10/04 | ABERNATHY, CLEO | Medtronic ICD SN PZX603118H | 2 episodes VT, therapy delivered | call pt at home 317-555-0155",
    [
        ("DATE", "10/04"),
        ("NAME", "ABERNATHY, CLEO"),
        ("DEVICE", "PZX603118H"),
        ("PHONE", "317-555-0155"),
    ],
    note="device clinic line: date of the patient's transmission, name, ICD serial, home phone",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Pi Hniang Cer turned 100 during Thingyan, and her family brought the celebration to 6 North: a water blessing, mohinga, and forty grandchildren on a video call from Tedim and Kalay. Happy 100th, Pi! 🎉",
    [("NAME", "Hniang Cer"), ("AGE", "100"), ("GEO", "Tedim"), ("GEO", "Kalay"), ("AGE", "100th")],
    note="Chin honorific Pi is not part of the name nor labelled alone; Thingyan is a multi-day festival, not a date; relatives' foreign cities are GEO",
)

# 22
p(
    "en",
    "patient_story",
    'Jaylen "JJ" Porter, a sophomore at Arsenal Tech, was shot on East 25th Street on April 22. Three surgeries later, he walked out of our doors with his grandmother Lorraine at his side. JJ wants to be a trauma nurse, and we\'ll save him a badge. #JJStrong',
    [
        ("NAME", 'Jaylen "JJ" Porter'),
        ("GEO", "East 25th Street"),
        ("DATE", "April 22"),
        ("NAME", "Lorraine"),
        ("NAME", "JJ", 2),
        ("NAME", "#JJStrong"),
    ],
    note="injury street and date, grandmother, name hashtag; his school is not an identifier",
)

# 23
p(
    "en",
    "pasted_record",
    "sorry all, meant for the trauma group chat: TRAUMA ACTIVATION 1642 | MVC vs semi, I-65 SB near Southport Rd | Pt 1 KOVACH, DENNIS, MRN 40031187, driver of Silverado, IN plate TK 4419 | Pt 2 unk female, Trauma Doe Delta, MRN 40031188",
    [
        ("GEO", "I-65"),
        ("GEO", "Southport Rd"),
        ("NAME", "KOVACH, DENNIS"),
        ("MRN", "40031187"),
        ("VEHICLE", "TK 4419"),
        ("OTHER_ID", "Delta"),
        ("MRN", "40031188"),
    ],
    note="trauma page: crash roads, names, MRNs, plate, trauma alias",
)

# 24
p(
    "en",
    "discharge",
    "Remember Hadley Shuck, the 4-H member from Rush County whose steer stepped on her foot in the show ring at the State Fair? Hadley had surgery with our ortho team on August 8, and she's back in the barn showing again at the county fair. Pictured: Hadley and her steer, Biscuit, with a very fancy boot.",
    [
        ("NAME", "Hadley Shuck"),
        ("GEO", "Rush County"),
        ("NAME", "Hadley", 2),
        ("DATE", "August 8"),
        ("PHOTO", "Pictured"),
        ("NAME", "Hadley", 3),
    ],
    note="4-H patient: home county, surgery date, photo of her; the steer's name and the State Fair are not labelled",
)

# 25
p(
    "en",
    "thank_you",
    "The Schwartz family from Berne asked us to thank everyone who prayed for their little Rosie after her fall from the hayloft on July 19. Rosie is home and running barefoot again. Cards can be mailed to Amos Schwartz, 3879 E County Road 1100 S, Berne.",
    [
        ("NAME", "Schwartz", 1),
        ("GEO", "Berne", 1),
        ("NAME", "Rosie", 1),
        ("DATE", "July 19"),
        ("NAME", "Rosie", 2),
        ("NAME", "Amos Schwartz"),
        ("GEO", "3879 E County Road 1100 S"),
        ("GEO", "Berne", 2),
    ],
    note="Amish family: surname, town, child's name, injury date, father's name and county-road address",
)

# 26
p(
    "en",
    "pasted_record",
    "From: Brenda Lutes <lutesfarms@frontier.com> | To: stories@crossroadsregional.org | Subject: Re: Greg's story | Greg is OK with you using his name and the helmet-cam video from the rescue. He'd rather you not say Decatur County though. Our cell is 812-555-0133. Brenda",
    [
        ("NAME", "Brenda Lutes"),
        ("EMAIL", "lutesfarms@frontier.com"),
        ("NAME", "Greg", 1),
        ("NAME", "Greg", 2),
        ("GEO", "Decatur County"),
        ("PHONE", "812-555-0133"),
        ("NAME", "Brenda", 2),
    ],
    note="pasted e-mail from a patient's wife: her name, farm e-mail, his name, their county, their cell",
)

# 27
p(
    "en",
    "milestone_birthday",
    "Our Golden Hearts volunteers sang 'Happy Birthday' outside room 508 for a patient turning 90 today. Her encore request: 'Back Home Again in Indiana.'",
    [("OTHER_ID", "room 508"), ("AGE", "90")],
    note="unnamed patient: room number and an age over 89",
)

# 28
p(
    "en",
    "memorial",
    "Our hearts are with the family of Pu Thawng Hlei, 91, a founding elder of the Chin church community on the Southside, who died peacefully in our care on March 28. He taught a generation of Chin kids their first English words.",
    [("NAME", "Thawng Hlei"), ("AGE", "91"), ("DATE", "March 28")],
    note="Chin honorific Pu is not part of the name; date of death",
)

# 29
p(
    "en",
    "pasted_record",
    "Caption draft for IG: 'Going home!' Photo shows Brayden holding his wristband (MRN 40044512, DOB 02/27/2019) so we NEED to blur before posting.",
    [("PHOTO", "Photo"), ("NAME", "Brayden"), ("MRN", "40044512"), ("DATE", "02/27/2019")],
    note="caption draft: the photo shows the patient and his wristband",
)

# 30
p(
    "en",
    "patient_story",
    "Spotter Ray Dombrowski spent 11 days with us after a heart attack atop the Turn 1 stand during practice on May 14. Ray has spotted in 31 Indy 500s and fully intends to make it 32. His wife Carol says he's already asking for his radio back. Driver Tate Kimball sent a get-well video for the whole unit.",
    [("NAME", "Ray Dombrowski"), ("DATE", "May 14"), ("NAME", "Ray", 2), ("NAME", "Carol")],
    note="a spotter is crew, not a public figure; the driver is; Turn 1 stand is a venue",
)

# 31
p(
    "en",
    "patient_story",
    "Biak Tha Lian's church has started a fundraiser for his rehab after his fall from scaffolding on a roofing job in Greenwood: gofundme.com/f/biak-tha-lian-recovery. His wife Ngun Hnem says every dollar helps bring him home to their three kids.",
    [
        ("NAME", "Biak Tha Lian"),
        ("GEO", "Greenwood"),
        ("URL", "gofundme.com/f/biak-tha-lian-recovery"),
        ("NAME", "Ngun Hnem"),
    ],
    note="Chin patient, town of his injury, fundraiser URL, wife",
)

# 32
p(
    "en",
    "thank_you",
    "@sarahbeth_in_shelbyville We're so glad your grandpa Lloyd is feeling stronger! Give Mr. Lloyd a fist bump from the whole 3 East crew. 👊",
    [("OTHER_ID", "@sarahbeth_in_shelbyville"), ("NAME", "Lloyd", 1), ("NAME", "Lloyd", 2)],
    note="reply ties the commenter to a patient (her grandpa): her handle is a relative's OTHER_ID",
)

# 33
p(
    "en",
    "birth_announcement",
    "Double checkered flag! 🏁 Twins Carter and Camden Whitaker arrived on Race Day, May 25, between laps (okay, between contractions). Mom Ashley and dad Trent of Beech Grove already have them in matching firesuits.",
    [
        ("NAME", "Carter"),
        ("NAME", "Camden Whitaker"),
        ("DATE", "Race Day"),
        ("DATE", "May 25"),
        ("NAME", "Ashley"),
        ("NAME", "Trent"),
        ("GEO", "Beech Grove"),
    ],
    note="twins born on Race Day: both the named day and the date",
)

# 34
p(
    "en",
    "pasted_record",
    "Subj: ED huddle | Heads up: the Hochstetler family (Amish, no phone at home) is calling from the phone shanty at the end of their lane, 260-555-0147, asking about Joni. Please route to charge. Kelsey, charge RN",
    [("NAME", "Hochstetler"), ("PHONE", "260-555-0147"), ("NAME", "Joni")],
    note="the family's phone shanty is their household phone; the charge nurse is staff",
)

# 35
p(
    "en",
    "patient_story",
    "When Deacon Harold Banks' kidneys failed, his whole congregation lined up to get tested. On November 2, his nephew Curtis gave him one of his. Both are home now, and both are bossing everyone around from matching recliners. Register to be a donor at donatelifeindiana.org.",
    [("NAME", "Harold Banks"), ("DATE", "November 2"), ("NAME", "Curtis")],
    note="transplant date, recipient and living-donor nephew; 'Deacon' is a title; the registry URL is an organisation's",
)

# 36
p(
    "en",
    "pasted_record",
    "DME order: deliver hospital bed to pt home, 5516 Wexford Rd, Apt 2B, Indianapolis IN 46227. Pt SUI PAR (Hakha Chin speaker) 317-555-0192. Daughter-in-law Rem Sung speaks English: 317-555-0194.",
    [
        ("GEO", "5516 Wexford Rd, Apt 2B"),
        ("GEO", "Indianapolis"),
        ("GEO", "46227"),
        ("NAME", "SUI PAR"),
        ("PHONE", "317-555-0192"),
        ("NAME", "Rem Sung"),
        ("PHONE", "317-555-0194"),
    ],
    note="equipment order: home address, city, ZIP, phones, daughter-in-law",
)

# 37
p(
    "en",
    "milestone_birthday",
    "Mr. Clarence Oyler turned 101 on our rehab unit on September 4, and he celebrated by beating his therapist at euchre. Clarence farmed outside Mooresville for 70 years and says he still wants to see one more Indy 500 from his old seat in the Paddock. Happy birthday, sir!",
    [
        ("NAME", "Clarence Oyler"),
        ("AGE", "101"),
        ("DATE", "September 4"),
        ("NAME", "Clarence", 2),
        ("GEO", "Mooresville"),
    ],
    note="birthday date and age over 89, farm town; the Paddock is a grandstand",
)

# 38
p(
    "en",
    "discharge",
    "A centenarian from Brown County beat pneumonia on our 6 North unit and went home yesterday with a Purdue blanket and a standing ovation from the nurses.",
    [("AGE", "centenarian"), ("GEO", "Brown County")],
    note="unnamed, but 'centenarian' states an age over 89 and the home county is GEO",
)

# 39
p(
    "en",
    "pasted_record",
    "meant to text this, not post: CRIT VALUE 0340 K+ 6.9 | pt LIAN UK rm 705 | MRN 40052201 | read back to Dr. Patel",
    [("NAME", "LIAN UK"), ("OTHER_ID", "rm 705"), ("MRN", "40052201")],
    note="critical lab call: patient name, room, MRN; the physician is staff",
)

# 40
p(
    "en",
    "pasted_record",
    "ED TRACK 2215 | Rm 12 M.H. 94yo F fall, on blood thinners | Rm 14 J.R. 7yo M asthma | Rm 15 open",
    [
        ("OTHER_ID", "Rm 12"),
        ("NAME", "M.H."),
        ("AGE", "94yo"),
        ("OTHER_ID", "Rm 14"),
        ("NAME", "J.R."),
    ],
    note="tracking board: rooms, initials, age over 89 in shorthand; 7yo is under 90; Rm 15 is empty",
)

# 41
p(
    "en",
    "thank_you",
    "lol mikey from the 4th floor peds unit says thank you for the hot wheels!! he's been drawing race cars all week and wants everyone to know his surgery went great 🏎️ #mikeystrong",
    [("NAME", "mikey"), ("NAME", "#mikeystrong")],
    note="lower-case first name and name hashtag",
)

# 42
p(
    "en",
    "birth_announcement",
    "Katie Hershberger, known back home near Nappanee as Yonie's Katie, delivered her eleventh baby with us on October 2 after being transferred for a placenta previa. Baby Levi and Mom are doing well, and Yonie has already gone home to do the milking.",
    [
        ("NAME", "Katie Hershberger"),
        ("GEO", "Nappanee"),
        ("NAME", "Yonie", 1),
        ("NAME", "Katie", 2),
        ("DATE", "October 2"),
        ("NAME", "Levi"),
        ("NAME", "Yonie", 2),
    ],
    note="Amish 'Yonie's Katie' naming: husband and patient are two NAME spans; birth date, baby, home town",
)

# 43
p(
    "en",
    "patient_story",
    "Forklift operator Darnell Hughes was back at work at Eastside Cold Storage this week, six months after the fall that broke his back. Darnell, from Irvington, credits his physical therapist Jenna and 'a whole lot of stubborn.' #BackToWork",
    [
        ("NAME", "Darnell Hughes"),
        ("NAME", "Eastside Cold Storage"),
        ("NAME", "Darnell", 2),
        ("GEO", "Irvington"),
    ],
    note="the patient's employer is NAME; his neighbourhood is GEO; the therapist is staff",
)

# 44
p(
    "en",
    "pasted_record",
    "Pasted from diabetes ed notes: Ava-Grace Lindley, age 9, new Omnipod 5, PDM serial 1A7C44902, mom Whitney cell 317-555-0176, school nurse notified.",
    [
        ("NAME", "Ava-Grace Lindley"),
        ("DEVICE", "1A7C44902"),
        ("NAME", "Whitney"),
        ("PHONE", "317-555-0176"),
    ],
    note="hyphenated first name, pump controller serial, mother's cell",
)

# 45
p(
    "en",
    "pasted_record",
    "Security log pasted in error: visitor badge issued to patient's husband Ray Lantz, Indiana DL 4417-52-0193, visiting wife Tamara Lantz on 8 South. Badge returned 2140.",
    [("NAME", "Ray Lantz"), ("LICENSE", "4417-52-0193"), ("NAME", "Tamara Lantz")],
    note="husband's driver's licence and the patient's name",
)

# 46
p(
    "en",
    "pasted_record",
    "Portal audit line (why is this in the draft??): user cingsian.p logged in from 98.222.40.17 and viewed results for dependent Zo Tha Par.",
    [("OTHER_ID", "cingsian.p"), ("IP", "98.222.40.17"), ("NAME", "Zo Tha Par")],
    note="a parent's portal user name and IP address, and the child patient's name",
)

# 47
p(
    "en",
    "patient_story",
    "Reply to comment: Mr. Rathburn, we can't discuss your wife's care here, but our records office received the fax from your farm office (765-555-0128) and is processing Ardith's request. Please call us at (317) 555-0100.",
    [("NAME", "Rathburn"), ("FAX", "765-555-0128"), ("NAME", "Ardith")],
    note="husband's surname, the family farm's fax, the patient's name; the switchboard is the hospital's",
)

# 48
p(
    "en",
    "patient_story",
    "Lost & found from the ED: keys and a wallet were left in the 2011 F-150 (VIN 1FTFW1EF5BFA43822) belonging to trauma patient Gary Slusher, whose truck was towed from the ambulance bay. His brother Ron can pick them up at security.",
    [("VEHICLE", "1FTFW1EF5BFA43822"), ("NAME", "Gary Slusher"), ("NAME", "Ron")],
    note="patient's VIN and name, brother",
)

# 49
p(
    "en",
    "patient_story",
    "Prayers up for our littlest warrior in the PICU tonight. 🙏 #PrayForParThaZi #CrossroadsKids",
    [("NAME", "#PrayForParThaZi")],
    note="a Chin name only inside a hashtag; #CrossroadsKids is the hospital's",
)

# 50
p(
    "en",
    "discharge",
    "Hope is a powerful thing, and so is Hope Stringer. Hope spent 57 days in our NICU after arriving at 24 weeks on the Fourth of July. Today she's a kindergartner in Franklin and came back to see the nurses who called her their firecracker. 🎆",
    [
        ("NAME", "Hope Stringer"),
        ("NAME", "Hope", 3),
        ("DATE", "Fourth of July"),
        ("GEO", "Franklin"),
    ],
    note="word-name: the first 'Hope' is the word (declared ok); birth on a named holiday; home town",
    ok=("Hope",),
)

# 51
p(
    "en",
    "pasted_record",
    "Draft for Monday: 'A grateful family in 46203 wants you to know...' Kim, can we use the ZIP? They said yes to the story but not the name.",
    [("GEO", "46203")],
    note="the family's ZIP is GEO even without a name",
)

# 52
p(
    "en",
    "patient_story",
    "Summer is finally here, and so is Summer Reese's new heart! Summer got the call at 2 a.m. on June 21 and her transplant went perfectly. Her mom Danielle says the Reeses will be at the Speedway for the 500 next year.",
    [
        ("NAME", "Summer Reese"),
        ("NAME", "Summer", 3),
        ("DATE", "June 21"),
        ("NAME", "Danielle"),
        ("NAME", "Reeses"),
    ],
    note="word-name: the season in the first sentence is declared ok; the Speedway here is the track, not a home town",
    ok=("Summer",),
)

# 53
p(
    "en",
    "milestone_birthday",
    "Happy 97th to Grandpa Joas Lehman, who told our cardiology team he'd rather be planting oats. Joas came down from Berne with his son Dan for a new pacemaker on April 2. 97 and still driving a team of Belgians!",
    [
        ("AGE", "97th"),
        ("NAME", "Joas Lehman"),
        ("NAME", "Joas", 2),
        ("GEO", "Berne"),
        ("NAME", "Dan"),
        ("DATE", "April 2"),
        ("AGE", "97"),
    ],
    note="Amish elder: age twice, son, home town, procedure date; Belgians are horses",
)

# 54
p(
    "en",
    "pasted_record",
    "From the interpreter request queue: Pt MANG HRE, MRN 40061149, Hakha Chin, appt 04/11 0930 cardiology. Son's email for reminders: hre.family2012@gmail.com. Son cell 317-555-0181.",
    [
        ("NAME", "MANG HRE"),
        ("MRN", "40061149"),
        ("DATE", "04/11"),
        ("EMAIL", "hre.family2012@gmail.com"),
        ("PHONE", "317-555-0181"),
    ],
    note="appointment date, MRN, son's e-mail and cell",
)

# 55
p(
    "en",
    "memorial",
    "Rest in power, Mr. Otis Gaines. For 40 years he ran the barber shop on East 10th Street, and for the last three months he let us take care of him. His daughters Renee and Tasha asked us to share his favorite words: 'Keep your edges sharp and your heart open.' Services will be at Eastern Star Church on Friday.",
    [("NAME", "Otis Gaines"), ("GEO", "East 10th Street"), ("NAME", "Renee"), ("NAME", "Tasha")],
    note="the street of the patient's own business is GEO (not the clinic address); the church is an event venue",
)

# 56
p(
    "en",
    "discharge",
    'Everyone on 5 East knows "Peanut." At 4 lb 11 oz she was the smallest baby in the unit; now she\'s headed home to Haughville with her big brothers Mateo and Isaiah. Bye, Peanut! 💕',
    [
        ("NAME", "Peanut", 1),
        ("GEO", "Haughville"),
        ("NAME", "Mateo"),
        ("NAME", "Isaiah"),
        ("NAME", "Peanut", 2),
    ],
    note="quoted nickname used as the patient's name; neighbourhood; siblings",
)

# 57
p(
    "en",
    "memorial",
    "The Heckman family of rural Tipton County has asked us to share this: Jared Heckman, 19, died on November 8 after being engulfed in a corn bin on the home place. Jared's mom Lisa wants every farm kid to hear it: lock out the auger, and never go in alone. We love you, Jared.",
    [
        ("NAME", "Heckman", 1),
        ("GEO", "Tipton County"),
        ("NAME", "Jared Heckman"),
        ("DATE", "November 8"),
        ("NAME", "Jared", 2),
        ("NAME", "Lisa"),
        ("NAME", "Jared", 3),
    ],
    note="grain-bin death: family surname, county, date of death, mother",
)

# 58
p(
    "en",
    "pasted_record",
    "Financial counseling note pasted by mistake: Van Lal Thang, Indiana Medicaid RID 100248773109, HIP Plus. Wife Cing Sian to bring I-94 and A-Number A213-774-905 on Thursday.",
    [
        ("NAME", "Van Lal Thang"),
        ("HEALTH_PLAN", "100248773109"),
        ("NAME", "Cing Sian"),
        ("OTHER_ID", "A213-774-905"),
    ],
    note="Medicaid recipient id is a health-plan number; an alien registration number is another unique id",
)

# 59
p(
    "en",
    "patient_story",
    "Goal! 17-year-old Tial Cin scored twice for his Southport team just four months after his ACL reconstruction here. His dad Lian Thang watched from the same bleacher seat he's had since Tial was six.",
    [("NAME", "Tial Cin"), ("GEO", "Southport"), ("NAME", "Lian Thang"), ("NAME", "Tial", 2)],
    note="the team's town tells where he lives (GEO); ages 17 and six are not identifiers",
)

# 60
p(
    "en",
    "thank_you",
    "Thank you to the Stutzman family for the most beautiful quilt! Their son Wyatt was hurt in a PTO shaft accident on Thanksgiving morning, and his mom Anna and grandma stitched 22 hearts, one for each nurse on his care team.",
    [("NAME", "Stutzman"), ("NAME", "Wyatt"), ("DATE", "Thanksgiving"), ("NAME", "Anna")],
    note="injury on a named holiday",
)

# 61
p(
    "en",
    "patient_story",
    "With his family's blessing: Coach Dale Ferrell of Franklin Central is awake and talking after his stroke on the sideline Friday night. His wife Marla posts updates at caringbridge.org/visit/daleferrell. Keep the prayers coming, Flashes fans.",
    [
        ("NAME", "Dale Ferrell"),
        ("NAME", "Franklin Central"),
        ("NAME", "Marla"),
        ("URL", "caringbridge.org/visit/daleferrell"),
    ],
    note="a coach's school is his employer (NAME); wife and CaringBridge URL; Friday is a weekday",
)

# 62
p(
    "en",
    "birth_announcement",
    "Justice was served at 3:17 a.m.! 😄 Baby Justice Amari Coleman arrived on Juneteenth weighing 8 lb 4 oz, and her grandma Gloria says the name was never in doubt. Welcome to Cottage Home, little one.",
    [
        ("NAME", "Justice Amari Coleman"),
        ("DATE", "Juneteenth"),
        ("NAME", "Gloria"),
        ("GEO", "Cottage Home"),
    ],
    note="word-name (the pun is declared ok); birth on a named holiday; neighbourhood",
    ok=("Justice",),
)

# 63
p(
    "en",
    "patient_story",
    "@TerrellM_317 We're sorry about the confusing bill! Please don't post your account number publicly (we've hidden your comment with 6600194837 in it). Our financial counselors are at (317) 555-0107.",
    [("OTHER_ID", "@TerrellM_317"), ("ACCOUNT", "6600194837")],
    note="the reply itself repeats the patient's account number",
)

# 64
p(
    "en",
    "discharge",
    "One of our 6 North patients, a grandmother who is 94, went home during Thingyan and insisted on blessing each of her nurses with a splash of water first. 💦",
    [("AGE", "94")],
    note="unnamed patient with an age over 89; Thingyan is not a date",
)

# 65
p(
    "en",
    "pasted_record",
    "---- Forwarded ---- From: Sharon Beechy <sbeechy.rides@outlook.com> | 'Mahlon's wife Edna asked me to email for them (no phones). Mahlon's surgery is 5/16 and they need a driver from Shipshewana. Their address is 2245 N 850 W.'",
    [
        ("NAME", "Mahlon", 1),
        ("NAME", "Edna"),
        ("NAME", "Mahlon", 2),
        ("DATE", "5/16"),
        ("GEO", "Shipshewana"),
        ("GEO", "2245 N 850 W"),
    ],
    note="the hired driver who writes for the Amish family is not a relative: her name and e-mail are not labelled",
)

# 66
p(
    "en",
    "birth_announcement",
    "Birth announcement (family approved): Ngun Par Thang, born 12/26 at 4:40 a.m., 6 lb 15 oz, to Za Hlei and Biak Tin of Southport. 'Christmas came a day late for us,' says dad Za Hlei.",
    [
        ("NAME", "Ngun Par Thang"),
        ("DATE", "12/26"),
        ("NAME", "Za Hlei", 1),
        ("NAME", "Biak Tin"),
        ("GEO", "Southport"),
        ("NAME", "Za Hlei", 2),
    ],
    note="Chin baby, parents, town; 'a day late' only points back",
)

# 67
p(
    "en",
    "pasted_record",
    "OR BOARD 05/09 | 0730 YODER, ELI M 71 ORIF L femur | 0800 GARCIA-LOPEZ, ANA F 45 lap chole | 0830 TBD",
    [("DATE", "05/09"), ("NAME", "YODER, ELI"), ("NAME", "GARCIA-LOPEZ, ANA")],
    note="the OR board date is the patients' surgery date",
)

# 68
p(
    "en",
    "patient_story",
    "Kevin Dunlap of Speedway, Indiana was hit by debris in the Turn 4 stands on the last lap on May 25. Kevin is recovering with us and wants to thank the IMS medical team and every fan who helped him. 🙏",
    [("NAME", "Kevin Dunlap"), ("GEO", "Speedway"), ("DATE", "May 25"), ("NAME", "Kevin", 2)],
    note="a fan: the town of Speedway is his home; Turn 4 stands are a venue",
)

# 69
p(
    "en",
    "patient_story",
    "Brother Rich and Sister Faith Gentry celebrated 60 years of marriage on Sunday in room 332, where Faith is recovering from a broken hip. Their pastor renewed their vows and the 3 West nurses served cake. Faith says, 'He still makes me laugh.'",
    [
        ("NAME", "Rich"),
        ("NAME", "Faith Gentry"),
        ("OTHER_ID", "room 332"),
        ("NAME", "Faith", 2),
        ("NAME", "Faith", 3),
    ],
    note="church titles Brother/Sister excluded; patient and husband; room number",
)

# 70
p(
    "en",
    "patient_story",
    "Barn raising, hospital style. When 8-year-old Reuben Graber of Goshen was pinned under a hay wagon on May 2, his father Marvin and the neighbors lifted it off by hand. Reuben was flown to our pediatric trauma center with a crushed pelvis. Six weeks and two surgeries later he walked out holding a wooden horse his grandfather carved. The Grabers asked us to thank the Elkhart County first responders and everyone who left casseroles at the Ronald McDonald House.",
    [
        ("NAME", "Reuben Graber"),
        ("GEO", "Goshen"),
        ("DATE", "May 2"),
        ("NAME", "Marvin"),
        ("NAME", "Reuben", 2),
        ("NAME", "Grabers"),
        ("GEO", "Elkhart County"),
    ],
    note="Amish child: home town, injury date and county, father, plural surname",
)

# 71
p(
    "en",
    "patient_story",
    "Hi Tonya, we're so sorry your mom's hearing aids went missing during her stay on 4 North. Our patient advocate will reach out today, and we've also sent a note to the address you gave us, tonyarbell@gmail.com.",
    [("NAME", "Tonya"), ("EMAIL", "tonyarbell@gmail.com")],
    note="reply to a patient's daughter with her e-mail",
)

# 72
p(
    "en",
    "pasted_record",
    "sorry, wrong clipboard: THANG, PAR ZI | MRN 40077310 | CSN 1928374650 | HAR 8800217734 | Adm 02/11/2025 | Att: Oyelaran",
    [
        ("NAME", "THANG, PAR ZI"),
        ("MRN", "40077310"),
        ("OTHER_ID", "1928374650"),
        ("ACCOUNT", "8800217734"),
        ("DATE", "02/11/2025"),
    ],
    note="Epic header: CSN is an encounter id (OTHER_ID), HAR the hospital account (ACCOUNT); the attending is staff",
)

# 73
p(
    "en",
    "milestone_birthday",
    "Ms. Loretta Simms is raising four grandkids in Brookside, and last month she became the 1,000th person to finish our diabetes prevention program. She lost 31 pounds and says her secret is chasing a 3-year-old. We're proud of you, Ms. Loretta!",
    [("NAME", "Loretta Simms"), ("GEO", "Brookside"), ("NAME", "Loretta", 2)],
    note="named patient and neighbourhood; 1,000th is a count, not an age",
)

# 74
p(
    "en",
    "anonymous_story",
    "A nonagenarian grain farmer just finished his last round of radiation with us and rang the bell so hard the clapper came loose. He says he's going home to watch the corn come in.",
    [("AGE", "nonagenarian")],
    note="unnamed, but 'nonagenarian' states an age over 89",
)

# 75
p(
    "en",
    "milestone_birthday",
    "Mrs. Ella Mae Bostic turned one hundred on our cardiac unit on Tuesday, surrounded by her church family. She told us she has outlived two husbands, three pastors and every doctor who ever told her to stop eating bacon.",
    [("NAME", "Ella Mae Bostic"), ("AGE", "one hundred")],
    note="age in words; Tuesday is a weekday",
)

# 76
p(
    "en",
    "pasted_record",
    "Pasted from social work note: Pt Hnin Wai (Burmese, from Mandalay), DOB 04/14/1988. Husband Kyaw Zin, cell 317-555-0158. Needs Burmese interpreter, not Chin.",
    [
        ("NAME", "Hnin Wai"),
        ("GEO", "Mandalay"),
        ("DATE", "04/14/1988"),
        ("NAME", "Kyaw Zin"),
        ("PHONE", "317-555-0158"),
    ],
    note="Burmese patient: foreign home city, DOB, husband's name and cell",
)

# 77
p(
    "en",
    "patient_story",
    "Driver Rory Castellano made 8-year-old Malik Dorsey's whole year when he stopped by the peds floor today. Malik, who has been with us since his bone marrow transplant on March 3, got to sit in the (very clean) show car. Malik's mom Keisha: 'He hasn't stopped smiling.'",
    [
        ("NAME", "Malik Dorsey"),
        ("NAME", "Malik", 2),
        ("DATE", "March 3"),
        ("NAME", "Malik", 3),
        ("NAME", "Keisha"),
    ],
    note="the driver is a public figure; the child patient, his transplant date and mother are labelled",
)

# 78
p(
    "en",
    "pasted_record",
    "why is this in the scheduler?? 'Hi this is Maria's husband, her SSN is 318-44-9027 for the insurance form, DOB 2/8/1990' Dolores, please delete and re-upload the graphic",
    [("NAME", "Maria"), ("SSN", "318-44-9027"), ("DATE", "2/8/1990")],
    note="a husband's text with the patient's SSN and DOB; Dolores is staff",
)

# 79
p(
    "en",
    "crisis_update",
    "We're caring for three members of an Amish family whose buggy was struck on County Road 1000 N near Bremen on Sunday evening. Please slow down and pass wide.",
    [("GEO", "County Road 1000 N"), ("GEO", "Bremen")],
    note="unnamed patients, but the crash road and town are GEO",
)

# 80
p(
    "en",
    "thank_you",
    "Thank you, Mr. Leon Spradlin! At 99, the Korean War veteran from Mooresville is the oldest graduate of our pulmonary rehab program. Leon says the secret is 'walking to the mailbox twice a day, rain or shine.'",
    [("NAME", "Leon Spradlin"), ("AGE", "99"), ("GEO", "Mooresville"), ("NAME", "Leon", 2)],
    note="age over 89 and home town",
)

# 81
p(
    "en",
    "patient_story",
    "Pi Cing Hlawn, 92, came to her follow-up today in a traditional Chin puan and told us her new knee 'dances better than the old one.' Her grandson Thang Za Lian translated and says she's already practicing for Chin National Day.",
    [("NAME", "Cing Hlawn"), ("AGE", "92"), ("NAME", "Thang Za Lian")],
    note="Chin honorific excluded; Chin National Day here is a community event, not her date",
)

# 82
p(
    "en",
    "pasted_record",
    "Release log (internal): Cing Sian / Van Lal Thang family story, signed 9/30 by spouse, expires 9/30/2026, contact cingsian.thang@gmail.com, 317-555-0166.",
    [
        ("NAME", "Cing Sian"),
        ("NAME", "Van Lal Thang"),
        ("DATE", "9/30", 1),
        ("DATE", "9/30/2026"),
        ("EMAIL", "cingsian.thang@gmail.com"),
        ("PHONE", "317-555-0166"),
    ],
    note="release-signing and expiry dates are tied to the patient",
)

# 83
p(
    "en",
    "thank_you",
    "@RuthAnnK Thank you for the kind words about your dad's care! Our patient experience team would love to hear more, so we've emailed you at ruthann.kaufman@icloud.com. Give Harold our best!",
    [("OTHER_ID", "@RuthAnnK"), ("EMAIL", "ruthann.kaufman@icloud.com"), ("NAME", "Harold")],
    note="daughter's handle and e-mail, the patient's first name",
)

# 84
p(
    "en",
    "pasted_record",
    "Fwd: referral | Patient: DeShawn Mitchell, DOB 10/03/2009, MRN 40081234 | Mom: Tanisha Mitchell, tanisha.mitchell85@gmail.com, 317-555-0139 | Reason: asthma action plan, lives in Martindale-Brightwood near the old rail yard.",
    [
        ("NAME", "DeShawn Mitchell"),
        ("DATE", "10/03/2009"),
        ("MRN", "40081234"),
        ("NAME", "Tanisha Mitchell"),
        ("EMAIL", "tanisha.mitchell85@gmail.com"),
        ("PHONE", "317-555-0139"),
        ("GEO", "Martindale-Brightwood"),
    ],
    note="referral e-mail with the child's and mother's identifiers",
)

# 85
p(
    "en",
    "pasted_record",
    "Pasted from Teams by mistake: 'Can someone call Roger Bixler's wife back? She emailed from bixlerfarms@gmail.com asking for his records (MRN 40090417). He was the auger injury from Hancock County on 10/21.'",
    [
        ("NAME", "Roger Bixler"),
        ("EMAIL", "bixlerfarms@gmail.com"),
        ("MRN", "40090417"),
        ("GEO", "Hancock County"),
        ("DATE", "10/21"),
    ],
    note="staff chat about a farm patient: family e-mail, MRN, county, injury date",
)

# 86
p(
    "en",
    "pasted_record",
    "Specimen label reprint: ZI, PAR THA | MRN 40093382 | DOB 06/30/1996 | Coll 07/02 0610 | Bed 17",
    [
        ("NAME", "ZI, PAR THA"),
        ("MRN", "40093382"),
        ("DATE", "06/30/1996"),
        ("DATE", "07/02"),
        ("OTHER_ID", "Bed 17"),
    ],
    note="Chin name forced into surname order; collection date is a care date",
)

# 87
p(
    "en",
    "thank_you",
    "Thank you, Mrs. Geraldine Foust! After her knee replacement on 2/14, Geraldine emailed our orthopedic team from geri.foust@att.net with photos of her garden to say she's dancing at church again.",
    [
        ("NAME", "Geraldine Foust"),
        ("DATE", "2/14"),
        ("NAME", "Geraldine", 2),
        ("EMAIL", "geri.foust@att.net"),
    ],
    note="surgery date and the patient's own e-mail; the photos show a garden, not the patient",
)

# 88
p(
    "en",
    "patient_story",
    "@bigmike_hoosier For your privacy we've hidden your comment, since it included your MRN (40102256). Please call Patient Relations at (317) 555-0102 and we'll help with your records request.",
    [("OTHER_ID", "@bigmike_hoosier"), ("MRN", "40102256")],
    note="the reply repeats the patient's MRN",
)

# 89
p(
    "en",
    "pasted_record",
    "whiteboard pic from 6N for the 'teamwork' post, zoomed in you can read: rm 602 cing sian, npo after midnight, interp 0800",
    [("OTHER_ID", "rm 602"), ("NAME", "cing sian")],
    note="a photo of a whiteboard (not PHOTO of the patient) showing a room and a lower-case name",
)

# 90
p(
    "en",
    "patient_story",
    "Fair food vendor Bobby Ray Hines of Mitchell was burned by fryer oil at his lemon shake-up stand at the State Fair on August 10. Bobby Ray is healing well in our burn unit, and his wife Darla is keeping the stand open. Go buy a shake-up!",
    [
        ("NAME", "Bobby Ray Hines"),
        ("GEO", "Mitchell"),
        ("DATE", "August 10"),
        ("NAME", "Bobby Ray", 2),
        ("NAME", "Darla"),
    ],
    note="injury date at the fair; the State Fair itself is not a date or place label",
)

# 91
p(
    "en",
    "pasted_record",
    "Can the web team take this down? Our 'Nurse of the Month' graphic shows the sticky note on Janelle's monitor: 'Call back Mr. Earl Hutchins re: MRN 40110583, son's email hutchins.j@frontier.com.'",
    [("NAME", "Earl Hutchins"), ("MRN", "40110583"), ("EMAIL", "hutchins.j@frontier.com")],
    note="staff photo exposes a sticky note; Janelle is staff",
)

# 92
p(
    "en",
    "birth_announcement",
    "Three generations, one birthday: Grandma Yvonne Kirk was born on March 17, her daughter Nicole on March 17, and now baby Nia Kirk arrived on March 17 too! Nicole delivered Nia in our birthing center and says St. Patrick's Day is officially a Kirk family holiday. 🍀",
    [
        ("NAME", "Yvonne Kirk"),
        ("DATE", "March 17", 1),
        ("NAME", "Nicole", 1),
        ("DATE", "March 17", 2),
        ("NAME", "Nia Kirk"),
        ("DATE", "March 17", 3),
        ("NAME", "Nicole", 2),
        ("NAME", "Nia", 2),
        ("DATE", "St. Patrick's Day"),
        ("NAME", "Kirk", 3),
    ],
    note="the same birth date three times and again as a named holiday",
)

# 93
p(
    "en",
    "thank_you",
    "Sharing a note from a patient's dad (with permission): 'Thank you 4 East for taking care of my son Sang Bawi Lian after his appendix surgery on December 5. Contact me anytime, bawilian.tedim@gmail.com.' Pa Khai Thang",
    [
        ("NAME", "Sang Bawi Lian"),
        ("DATE", "December 5"),
        ("EMAIL", "bawilian.tedim@gmail.com"),
        ("NAME", "Khai Thang"),
    ],
    note="Chin father's e-mail; honorific Pa excluded",
)

# 94
p(
    "en",
    "discharge",
    "Little Everly Sutton has been with us since she was born in January, and today she finally went home to Bargersville! Her big sister Piper made the banner.",
    [("NAME", "Everly Sutton"), ("DATE", "January"), ("GEO", "Bargersville"), ("NAME", "Piper")],
    note="a birth month alone is a date element",
)

# 95
p(
    "en",
    "patient_story",
    "Update on Mr. Abner Troyer: the family says surgery is set for the 14th, and they'd welcome visitors from the Topeka district after that. Abner's daughter Esther is with him every day.",
    [
        ("NAME", "Abner Troyer"),
        ("DATE", "14th"),
        ("GEO", "Topeka"),
        ("NAME", "Abner", 2),
        ("NAME", "Esther"),
    ],
    note="a day of the month alone is a date element; an Amish church district named for a town tells where he lives",
)

# 96
p(
    "en",
    "pasted_record",
    "Pasted from an email: 'This is Jenna Kowalski, fiancée of Nate Becker (the fueler hurt in Sunday's pit fire). Nate says yes to the interview. Reach me at jkowalski.indy@gmail.com or 317-555-0172.'",
    [
        ("NAME", "Jenna Kowalski"),
        ("NAME", "Nate Becker"),
        ("NAME", "Nate", 2),
        ("EMAIL", "jkowalski.indy@gmail.com"),
        ("PHONE", "317-555-0172"),
    ],
    note="a fiancée is household: her name, e-mail and phone are labelled",
)

# 97
p(
    "en",
    "patient_story",
    "Trucker Wes Ashby's CDL (IN 2289-14-5561) was recovered from the cab after the I-70 rollover near Greenfield on January 30 and is at our security desk. Wes, your sister Dawn can pick it up for you.",
    [
        ("NAME", "Wes Ashby"),
        ("LICENSE", "2289-14-5561"),
        ("GEO", "I-70"),
        ("GEO", "Greenfield"),
        ("DATE", "January 30"),
        ("NAME", "Wes", 2),
        ("NAME", "Dawn"),
    ],
    note="licence number, crash road and town, crash date, sister",
)

# 98
p(
    "en",
    "patient_story",
    "Harness maker Ezra Borkholder, 93, was back at his bench at Borkholder Harness in Nappanee just three weeks after his hernia repair with us. 'Horses don't wait,' he says.",
    [
        ("NAME", "Ezra Borkholder"),
        ("AGE", "93"),
        ("NAME", "Borkholder Harness"),
        ("GEO", "Nappanee"),
    ],
    note="the employer (his own shop) is NAME; age over 89; town",
)

# 99
p(
    "en",
    "pasted_record",
    "Morgue log (posted in error, please remove): Decedent HARLAN PIERCE, 92 y/o, DOD 12/02 at 2250, released to Eastgate Funeral Home. NOK son Dean, 765-555-0144.",
    [
        ("NAME", "HARLAN PIERCE"),
        ("AGE", "92"),
        ("DATE", "12/02"),
        ("NAME", "Dean"),
        ("PHONE", "765-555-0144"),
    ],
    note="date of death, age over 89, next of kin",
)

# 100
p(
    "en",
    "discharge",
    "Paris, Kentucky is lovely, but Paris Wembley-Cole just went somewhere better: home! Born at 25 weeks on November 19, she spent 88 days in our NICU. Her dad Andre says the next trip is to Kings Island.",
    [("NAME", "Paris Wembley-Cole"), ("DATE", "November 19"), ("NAME", "Andre")],
    note="the first Paris is a town not tied to the family; the double-barrelled name is labelled",
)

# 101
p(
    "en",
    "patient_story",
    "The family of our patient Bawi Hnem Thang asks anyone who saw the crash at Madison Ave and Stop 11 Road on Saturday to contact IMPD. His silver Corolla, plate 622 WKT, was towed to the county lot.",
    [
        ("NAME", "Bawi Hnem Thang"),
        ("GEO", "Madison Ave"),
        ("GEO", "Stop 11 Road"),
        ("VEHICLE", "622 WKT"),
    ],
    note="crash roads and the patient's plate",
)

# 102
p(
    "en",
    "discharge",
    "Three weeks ago Maddox Pelfrey couldn't lift his head after his ATV flipped in a creek bed near Nashville. Today he high-fived every therapist on the rehab unit on his way out. #TeamMaddox #CrossroadsRehab",
    [("NAME", "Maddox Pelfrey"), ("GEO", "Nashville"), ("NAME", "#TeamMaddox")],
    note="Nashville, Indiana (Brown County) is the injury town; name hashtag",
)

# ---------------------------------------------------------------- English, not patient-specific

# 103
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Bawi Cung came to Indianapolis from Hakha in 2011 speaking no English. Today she's a charge nurse on 6 North and the reason half our Chin patients ask for 'Nurse Bawi.' Thank you, Bawi! #NursesWeek",
    "a Chin-named nurse and her home town: staff are never labelled",
)

# 104
n(
    "en",
    "public_figure",
    "Statement from IndyCar medical and Crossroads Regional: driver Nico Varga was evaluated at our trauma center after his Turn 2 contact in today's race, has been cleared, and has been released. Nico thanks the AMR safety team and the fans.",
    "an IndyCar driver is a public figure, even when the post reports his treatment",
)

# 105
n(
    "en",
    "public_figure",
    "On May 30, 1911, Ray Harroun won the first Indianapolis 500 at an average speed of 74.6 mph. 114 years later, our trauma surgeons still staff the infield care center on every race day.",
    "a historical figure and his date",
)

# 106
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease, Parkinson's and Huntington's all affect movement, but in very different ways. Join Dr. Ilana Feld for a free Q&A in the Yoder Family Conference Room on Thursday at noon.",
    "eponyms, a staff neurologist, a donor-named room",
)

# 107
n(
    "en",
    "event",
    "Chin National Day health fair! Saturday, February 22, 10 a.m. to 2 p.m. at Southport Chin Baptist Church: free blood pressure and hepatitis B screening, Hakha Chin and Falam interpreters on site. Questions: (317) 555-0104.",
    "event date and venue; the Chin language line is the hospital's",
)

# 108
n(
    "en",
    "statistic",
    "Last year our trauma center treated six people caught in grain bins, ages 14 to 71. Five of them were working alone. If you farm, please share our five bin rules with someone you love.",
    "population statistics; ages under 90",
)

# 109
n(
    "en",
    "staff_spotlight",
    "Meet Dorothy Pfenninger, 93, our longest-serving volunteer! Dorothy has knitted more than 4,000 hats for babies born at Crossroads since 1988. Happy 93rd birthday, Dot! 🧶",
    "a volunteer's name and age over 89 are not labelled",
)

# 110
n(
    "en",
    "staff_spotlight",
    "We mourn our colleague Patricia Goins, RN, who died on March 3 after 38 years on our Near Eastside dialysis unit. Pat trained half the nurses who work there today. Visitation Friday at Eastgate Funeral Home.",
    "a staff memorial: the date of death of a colleague is not a patient date",
)

# 111
n(
    "en",
    "hospital_contact",
    "Need to reach us? Main: (317) 555-0100. Spanish line: (317) 555-0105. Hakha Chin & Burmese line: (317) 555-0104. Near Eastside Family Health Center: 2950 E 10th Street, Indianapolis, IN 46201.",
    "the hospital's own numbers and address",
)

# 112
n(
    "en",
    "anonymous_story",
    "An 89-year-old great-grandmother walked into our ED last night with chest pain and walked out this morning with two stents and a lecture for the cardiologist about his posture. We love our Hoosier grandmas.",
    "89 is not an age over 89; no other identifier",
)

# 113
n(
    "en",
    "statistic",
    "Adults over 90 are the fastest-growing age group in Marion County. Our geriatric clinic now offers home visits for patients 90 and older in Perry and Franklin townships.",
    "population ages and places",
)

# 114
n(
    "en",
    "campaign_hashtag",
    "Harvest is here. Look twice for slow-moving tractors and buggies, especially on County Road 400 S by the Amish schoolhouse, and pass wide. 🚜🐴 #HarvestSafeIndiana #BuggySafety #CrossroadsCares",
    "campaign hashtags and a road tied to no patient",
)

# 115
n(
    "en",
    "sponsor",
    "Thank you to Miller's Farm & Feed of Middlebury for donating 200 grain-bin rescue tubes to fire departments across LaGrange and Elkhart counties!",
    "a sponsor with a family-name business and its town",
)

# 116
n(
    "en",
    "event",
    "Say hi to Biscuit, our newest therapy dog! Biscuit is a 3-year-old golden retriever who loves belly rubs and visits the peds floor every Tuesday.",
    "a therapy dog's name",
)

# 117
n(
    "en",
    "event",
    "Race Day is Sunday, May 25! Our trauma and medical teams will staff the IMS infield care center from 6 a.m. Stay hydrated, wear sunscreen, and text your crew a meeting spot. #Indy500",
    "the race date is an event date",
)

# 118
n(
    "en",
    "recruitment",
    "Now hiring: Hakha Chin, Falam Chin and Burmese medical interpreters. Full-time, benefits from day one. Apply at crossroadsregional.org/careers or email interpreters@crossroadsregional.org.",
    "the hospital's URL and e-mail",
)

# 119
n(
    "en",
    "research",
    "New from our research team: in a study of 1,240 Chin adults in Perry Township, 1 in 9 had chronic hepatitis B, most without knowing it. Free testing Thursdays at our Southport campus.",
    "a population group and its township",
)

# 120
n(
    "en",
    "crisis_update",
    "Due to a power outage on Emerson Avenue, our main campus is running on generator power. All patients are safe. Outpatient appointments before noon are being rescheduled, and we will call you at the number we have on file.",
    "operations update with no patient",
)

# 121
n(
    "en",
    "staff_spotlight",
    "Our ED nurse Marcus Whitfield spends May weekends as a rear-tire changer on a Race Day pit crew. Ask him about the time he changed a tire in 2.9 seconds (he will tell you anyway). #StaffSpotlight",
    "a staff member who is also pit crew",
)

# 122
n(
    "en",
    "event",
    "Thingyan blood drive! April 13-16 in the main lobby. Give blood and enjoy Chin and Burmese snacks from Kalay Kitchen. Book your slot at crossroadsregional.org/give.",
    "festival dates and a restaurant named for a town",
)

# 123
n(
    "en",
    "event",
    "Find us at the Indiana State Fair, August 1-17, in Pioneer Village! Free hearing screenings for farmers and a chance to meet our farm safety team.",
    "event dates and venue",
)

# 124
n(
    "en",
    "public_figure",
    "Madam C.J. Walker built her business a few blocks from where our Near Eastside clinic first opened. Join us at the Madam Walker Legacy Center on February 15 for a free community health fair.",
    "a historical figure, a venue, an event date",
)

# 125
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in U.S. kids. Know the signs: fever for five days or more, red eyes, rash, swollen hands and feet. Call your pediatrician.",
    "an eponym",
)

# 126
n(
    "en",
    "anonymous_story",
    "Last night a baby girl decided she couldn't wait and arrived in the back seat of a minivan in our ED drop-off lane. Mom and baby are doing great, and so is Dad, eventually.",
    "no identifier: relative time, hospital location",
)

# 127
n(
    "en",
    "sponsor",
    "The Kessler Family Foundation's gift of $250,000 will fund a rural trauma telehealth link to 12 county hospitals. Thank you, Jim and Barb Kessler!",
    "donors are not labelled",
)

# 128
n(
    "en",
    "statistic",
    "Our trauma center treated 3,412 patients last year. Busiest day: July 4. Busiest hour: 11 p.m. Most common cause: falls.",
    "a date not tied to any patient",
)

# 129
n(
    "en",
    "staff_spotlight",
    "Nurse Amber Stoltzfus grew up on a dairy farm near Shipshewana, and her grandpa Levi taught her to milk before she could read. Now she teaches new grads on 7 West. #StaffSpotlight",
    "a staff member's family and home town",
)

# 130
n(
    "en",
    "public_figure",
    "Thank you, Tate Kimball! The No. 18 driver spent his afternoon signing hats and pit passes for our pediatric patients and their siblings.",
    "a driver and a car number",
)

# 131
n(
    "en",
    "health_tip",
    "Some insulin pumps are part of a manufacturer notice. If you use one, check the serial number on the back against the list on the manufacturer's site, or call our diabetes educators at (317) 555-0100 ext. 4417.",
    "no serial given; the hospital's number and extension",
)

# 132
n(
    "en",
    "pasted_record",
    "oops, pasted from the staff huddle: '7W is at 28/32, two pending admits from ED, need 1 float RN for nights, call staffing at x4417.'",
    "census and staffing only; no patient",
)

# 133
n(
    "en",
    "anonymous_story",
    "A farmer in his 60s walked into our ED with his hand wrapped in a feed sack after a corn-picker accident. Thanks to our hand surgeons, he'll be back in the field by planting.",
    "anonymous: an age range and a season",
)

# 134
n(
    "en",
    "anonymous_story",
    "Last Tuesday, one of our Amish patients asked if she could sing a hymn for the nurses before she went home. There wasn't a dry eye on 5 East.",
    "a weekday and a unit; no identifier",
)

# 135
n(
    "en",
    "hospital_contact",
    "Free rides to appointments for Chin elders! Contact the Chin Community of Indiana at (317) 555-0178 or rides@chinindiana.org. Hakha, Falam, Tedim and Mizo spoken.",
    "a community organisation's phone and e-mail are not a patient's",
)

# 136
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs the UCL in high school athletes too, most of them between 15 and 18.",
    "an eponymous procedure; population ages",
)

# 137
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Thawng Za Lian, our new family medicine physician at the Southport clinic! Dr. Thawng grew up in Falam, trained at IU, and speaks Hakha Chin, Falam and Burmese.",
    "a Chin-named physician and his home town",
)

# 138
n(
    "en",
    "hospital_contact",
    "Have a story about great care at Crossroads? We'd love to hear it. Email stories@crossroadsregional.org or DM @CrossroadsRMC. We never share a patient's story without a signed release.",
    "the hospital's e-mail and handle",
)

# 139
n(
    "en",
    "event",
    "National Cancer Survivors Day is June 1! Join us at 10 a.m. on the main campus lawn for a survivors' walk. All survivors, families and caregivers welcome.",
    "an awareness day",
)

# 140
n(
    "en",
    "statistic",
    "By the numbers: 4,118 babies born, 612 NICU graduates, and 37 patients over 100 cared for on our units last year. Thank you for trusting us, Southport.",
    "population counts; 'over 100' describes a group",
)

# 141
n(
    "en",
    "public_figure",
    "A member of the No. 7 team's pit crew was evaluated at the infield care center after today's pit lane incident and released. We wish the whole team a safe rest of the race.",
    "an unnamed crew member; car numbers and track sections are not identifiers",
)

# 142
n(
    "en",
    "health_tip",
    "Heat index of 104 this weekend at the State Fair! Drink water before you're thirsty, take breaks in the shade, and check on older neighbors, especially anyone over 90 who lives alone.",
    "a temperature and a population age",
)

# 143
n(
    "en",
    "health_tip",
    "Grain bin safety: 1) Lock out, tag out. 2) Never enter alone. 3) Wear a harness tied to a lifeline. 4) Flowing grain can bury you in seconds. Questions? Our Farm Safety team: (317) 555-0110. #BinSafety",
    "a tip and the hospital's farm safety line",
)

# 144
n(
    "en",
    "pasted_record",
    "From: Kelsey Brandt <kbrandt@crossroadsregional.org> To: 7W-nurses | Reminder: fire drill Wednesday 0930, please close all patient room doors. Thanks! Kelsey",
    "a staff e-mail at the hospital's domain",
)

# 145
n(
    "en",
    "event",
    "Juneteenth Health & Heritage Festival, June 19, at Brookside Park: blood pressure checks, flu shots, and free haircuts from our barber partners. See you there!",
    "an event date and park",
)

# 146
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 (3-21, for three copies of chromosome 21). Rock your mismatched socks, team! 🧦",
    "an eponym and an awareness day",
)

# 147
n(
    "en",
    "hospital_contact",
    "@IndyMom2018 We're sorry to hear that! For your privacy, please don't share details here. Send us a DM or call Patient Relations at (317) 555-0102 and we'll look into it.",
    "a generic reply to a commenter not tied to any patient's care; the number is the hospital's",
)

# 148
n(
    "en",
    "anonymous_story",
    "One of our NICU grads turned 18 this year and came back to volunteer on the unit where she spent her first 101 days. Full circle. 💜",
    "a duration and an age under 90",
)

# 149
n(
    "en",
    "event",
    "The Pit Stop Challenge is Friday, May 23, Carb Day! Our sports medicine team will be on the wall with ice, tape and water for every crew.",
    "Carb Day as an event date",
)

# 150
n(
    "en",
    "staff_spotlight",
    "Congratulations to ED nurse Tasha Reynolds and her husband Andre on the birth of baby Amara on October 12! Tasha's coworkers have already filled her locker with tiny scrubs.",
    "a staff member's own family is never labelled",
)

# 151
n(
    "en",
    "research",
    "Our farm safety study with Purdue surveyed 310 Amish households in LaGrange and Elkhart counties: fewer than 1 in 5 had a first-aid kit in the barn. Kits are free at our Farm Safety booth.",
    "a population sample and counties",
)

# 152
n(
    "en",
    "public_figure",
    "On February 20, 1948, Chin leaders gathered in Falam and chose an elected government over rule by hereditary chiefs. Happy Chin National Day to our Chin patients, families and colleagues!",
    "a historical date and place",
)

# 153
n(
    "en",
    "event",
    "Happy Thingyan! To everyone celebrating the Burmese New Year this April 13-16: may the water wash away the troubles of the old year. Our lobby water station is open all week.",
    "festival dates",
)

# 154
n(
    "en",
    "hospital_contact",
    "Our new Southport Family Medicine clinic opens Monday at 8810 S Emerson Avenue, Suite 200! Walk-ins welcome, including Medicaid and HIP members. Call (317) 555-0100.",
    "the hospital's own address and number",
)

# 155
n(
    "en",
    "health_tip",
    "Residents of 46227 and 46217: free lead testing for kids under 6 at the Perry Township library every Saturday in March.",
    "population ZIPs and an event month",
)

# 156
n(
    "en",
    "staff_spotlight",
    "Dr. Rachel Oyelaran, MD (NPI 1487629035) is now accepting new patients at our Franklin center. She loves farm families, fishing, and her two rescue mutts.",
    "a physician's NPI is a staff identifier",
)

# 157
n(
    "en",
    "health_tip",
    "Feeling hopeless? Call or text 988 any time. Farmers can also call the Farm Aid hotline at 1-800-FARM-AID. You are not alone.",
    "national lines",
)

# 158
n(
    "en",
    "anonymous_story",
    "Sunday morning a horse and buggy pulled up to our ED entrance and a dad asked for 'the baby doctor.' Twenty minutes later his wife delivered their ninth child. Congratulations to the whole family!",
    "a weekday and counts only",
)

# 159
n(
    "en",
    "pasted_record",
    "oops pasted: ON CALL 3/14 | Trauma: Whitfield x4412 | Ortho: Nguyen x4420 | Peds surg: Castillo x4431 | Chaplain: Rev. Bingham x4400",
    "a staff call schedule and its date",
)

# 160
n(
    "en",
    "event",
    "Our new da Vinci surgical robot (serial SK4102) arrived today, and the OR team has already named it Hoosier. Tours for the public on Saturday!",
    "the hospital's own device serial; a device nickname",
)

# 161
n(
    "en",
    "event",
    "Our mobile mammography coach (Indiana plate MED 2025) will be at the Shipshewana Flea Market on Tuesday from 9 to 3. No appointment needed.",
    "the hospital's vehicle plate and an event venue",
)

# 162
n(
    "en",
    "hospital_contact",
    "Read the full story of our Harvest Heroes rescue team, shared with permission, at crossroadsregional.org/stories/harvest-heroes.",
    "the hospital's URL",
)

# 163
n(
    "en",
    "anonymous_story",
    "A 72-year-old grandfather and his grandson came in together after a grain wagon tipped. Both went home today. Grandpa says next time the grandson drives.",
    "age under 90; no identifier",
)

# 164
n(
    "en",
    "crisis_update",
    "Following today's incident in the Turn 3 grandstand, three spectators were evaluated at our infield care center. Two were treated and released; one was transported to our main campus in good condition.",
    "unnamed spectators at an event venue",
)

# 165
n(
    "en",
    "event",
    "Peanut the miniature therapy horse visited our rehab gym today and stole every heart on the unit. 🐴",
    "an animal's name",
)

# 166
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Alejandra Cervantes, named Indiana's Rural Physician of the Year! She drives to our Amish outreach clinics twice a week.",
    "a physician",
)

# 167
n(
    "en",
    "statistic",
    "Our LaGrange County outreach midwives attended 212 home births last year, and not one family had to drive to the city for an emergency.",
    "population count and county",
)

# 168
n(
    "en",
    "event",
    "Flu shot clinic: Saturday, October 11, 9 a.m. to 1 p.m. at the Near Eastside Family Health Center. No insurance needed.",
    "an event date",
)

# 169
n(
    "en",
    "event",
    "Our diabetes support group meets the second Tuesday of every month in Conference Room 412 at 6 p.m. Bring a friend!",
    "a conference room number is not a patient room",
)

# 170
n(
    "en",
    "anonymous_story",
    "Our youngest patient this year went home today after 143 days in the NICU. She was born weighing less than a can of soda.",
    "nameless story: duration and weight only",
)

# 171
n(
    "en",
    "staff_spotlight",
    "Shout-out to Perry Township Fire's Medic 51 crew, who brought in three trauma patients in under an hour on Saturday night. We're lucky to work with you.",
    "an ambulance unit; no patient identifier",
)

# 172
n(
    "en",
    "staff_spotlight",
    "Honoring firefighters Capt. Mike Roell and Lt. Dana Steinbarger of Station 2, who spent four hours inside a corn bin last fall to free a trapped farmer.",
    "rescuers are neither patients nor relatives; a season",
)

# 173
n(
    "en",
    "campaign_hashtag",
    "The #SouthportStrong 5K raised $18,000 for our cancer center! See you next year. #CrossroadsCares",
    "campaign hashtags with a town name",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis support group: third Thursday of every month, 6:30 p.m., main campus. Dr. Hla Myint leads this month's talk on diet.",
    "an eponym and a Burmese-named physician",
)

# 175
n(
    "en",
    "research",
    "Now enrolling: adults with heart failure for trial NCT05512345 comparing home monitoring with clinic visits. Call our research office at (317) 555-0100 to learn more.",
    "a trial registry number is not a patient id",
)

# 176
n(
    "en",
    "public_figure",
    "Racing legend Buck Tolliver, who won the 500 in 1962, turned 95 this week. Happy birthday from all of us, Buck!",
    "a public figure's age over 89 is not labelled",
)

# 177
n(
    "en",
    "recruitment",
    "Do you speak Pennsylvania Dutch? Our LaGrange County outreach clinic is hiring a bilingual medical assistant. Questions? Recruiter Lydia Beachy, lbeachy@crossroadsregional.org.",
    "an Amish-named recruiter at the hospital's domain",
)

# 178
n(
    "en",
    "staff_spotlight",
    "Happy 30th work anniversary to Deb Raker, who started on 4 West on June 6, 1995! Deb has welcomed thousands of new nurses.",
    "a staff anniversary date",
)

# 179
n(
    "en",
    "crisis_update",
    "Tornado warning for Johnson County until 7:45 p.m. All patients and visitors at Crossroads Franklin are sheltering in place. We'll update here when it's lifted.",
    "a weather warning for a county",
)

# 180
n(
    "en",
    "crisis_update",
    "Flu season visitor restrictions begin December 1: no visitors under 14 on inpatient units, and please stay home if you're sick.",
    "a policy date",
)

# 181
n(
    "en",
    "hospital_contact",
    "Media inquiries about today's Indy 500 incident: please contact media@crossroadsregional.org or (317) 555-0103. We will not release patient information.",
    "the hospital's media contacts",
)

# 182
n(
    "en",
    "event",
    "Farm Safety Day Camp, June 14 at the Hancock County Fairgrounds, for kids ages 8 to 13. Lunch provided by the Hancock County Farm Bureau.",
    "an event date and venue",
)

# 183
n(
    "en",
    "pasted_record",
    "Re: interpreter schedule | Sui Hnem (Hakha) M/W/F, Lian Cung (Falam) T/Th, Kyaw Htet (Burmese) weekends. Questions to language.services@crossroadsregional.org",
    "staff interpreters' Chin and Burmese names",
)

# 184
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but it can follow a simple stomach bug. If weakness starts in your feet and climbs, get to an ED.",
    "an eponym",
)

# 185
n(
    "en",
    "staff_spotlight",
    "Congratulations to our 2025 family medicine residents: Dr. Hre Lian Thang, Dr. Maria Esquivel and Dr. Jacob Yoder! Graduation is June 27.",
    "residents are staff; a graduation date",
)

# 186
n(
    "en",
    "anonymous_story",
    "A patient who turned 89 on Tuesday asked for one thing: a window seat to watch the cardinals at the feeder. Our 6 North team made it happen.",
    "89 is not over 89; a weekday",
)

# 187
n(
    "en",
    "pasted_record",
    "Training screenshot for new hires (test patient only): ZZTEST, PATIENT | MRN 99999999 | DOB 01/01/1900 | Rm TEST-1",
    "a fictitious test patient is not a person",
)

# 188
n(
    "en",
    "health_tip",
    "Buggy crashes are up this year in northern Indiana. Amish families ask drivers to slow down when cresting hills and to never honk near a horse.",
    "a population group and region",
)

# 189
n(
    "en",
    "event",
    "Walk to End Alzheimer's: Saturday, September 27, Military Park. Join Team Crossroads and walk with our memory care nurses!",
    "an eponym and an event date",
)

# 190
n(
    "en",
    "public_figure",
    "IndyCar's medical director confirms Tate Kimball fractured his left foot in Sunday's crash. Tate had surgery at Crossroads this morning and is expected to miss two races.",
    "a driver's injury: public figure, not labelled",
)

# 191
n(
    "en",
    "sponsor",
    "Thank you, Hoosier Lift & Crane, for sponsoring the Amish buggy reflector giveaway at the Topeka Auction Barn. 1,400 reflectors and counting!",
    "a sponsor and an event venue",
)

# 192
n(
    "en",
    "health_tip",
    "Hepatitis B is common in people born in Myanmar. If you or your parents were born there, ask your doctor for a simple blood test. Hakha Chin help: (317) 555-0104.",
    "a population group and the hospital's language line",
)

# 193
n(
    "en",
    "staff_spotlight",
    "Rev. Delores Bingham has been our Near Eastside chaplain for 22 years. Her mother, Mother Ruth Bingham, was a chaplain here before her.",
    "a chaplain and her family are staff",
)

# 194
n(
    "en",
    "campaign_hashtag",
    "Every bin. Every time. Lock it out, like Dale Ruhl from our Farm Safety team shows in this video. #BinSafetyWeek #HoosierFarmStrong #GrainSafe",
    "campaign hashtags; the video shows a staff member, not a patient",
)

# 195
n(
    "en",
    "anonymous_story",
    "An Amish dad drove his buggy two hours through snow to bring us a pie after his son's surgery last winter. We still talk about that pie.",
    "a season and a duration",
)

# 196
n(
    "en",
    "recruitment",
    "Join our trauma team for Race Day! We need RNs, paramedics and athletic trainers for the infield care center on Sunday, May 25. Email events@crossroadsregional.org.",
    "an event date and the hospital's e-mail",
)

# 197
n(
    "en",
    "event",
    "Bin rescue training for volunteer fire departments, May 3, at the Shelby County Fairgrounds, with our trauma surgeons and the Purdue Ag Safety team.",
    "an event date, county and venue",
)

# 198
n(
    "en",
    "statistic",
    "Our Hakha Chin interpreters handled 18,410 visits last year, more than any other language except Spanish. Lead interpreter Ngun Cer Par: 'Every visit is somebody's mom or dad.'",
    "a statistic and a Chin-named staff interpreter",
)

# 199
n(
    "en",
    "eponymous_condition",
    "Hirschsprung's disease affects about 1 in 5,000 newborns. Our pediatric surgeons explain the signs, and why a baby who hasn't pooped in 48 hours needs a call.",
    "an eponym and a statistic",
)

# 200
n(
    "en",
    "hospital_contact",
    "Lost something at the hospital? Call Security at (317) 555-0100 and ask for lost & found. Items are kept for 30 days.",
    "the hospital's number",
)

# 201
n(
    "en",
    "anonymous_story",
    "Yesterday a 9-year-old patient asked our child life specialist if the helicopter could 'do a loop.' It could not. But it did fly him home to his family safely.",
    "relative date and an age under 90",
)

# 202
n(
    "en",
    "research",
    "Crossroads researchers led by Dr. Aaron Gingerich found that farmers over 60 who use hearing protection keep their hearing years longer. Read the study in the Journal of Agromedicine (link in bio).",
    "a staff researcher and a population age",
)

# 203
n(
    "en",
    "staff_spotlight",
    "Our Amish outreach nurse Mary Yoder Schrock is retiring after 41 years. She was born in a farmhouse near Goshen on April 1 and says her career was no joke.",
    "a staff member's birth date and birthplace are not labelled",
)

# 204
n(
    "en",
    "event",
    "Indy 500 Fan Fest kids' zone: free helmet fittings and car seat checks, Saturday, May 24, on the Georgia Street plaza.",
    "an event date and venue",
)

# 205
n(
    "en",
    "health_tip",
    "Fireworks are for the pros. Every Fourth of July our ED sees hand and eye injuries from backyard fireworks. Keep your fingers for next year.",
    "a holiday not tied to a patient",
)

# ---------------------------------------------------------------- Spanish, patient-specific

# 206
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! La pequeña Guadalupe Ramírez Soto nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 5:40 a.m. Sus papás, Rosa Soto y Efraín Ramírez, de Lafayette Square, dicen que el nombre estaba escrito desde el cielo. 🌹",
    [
        ("NAME", "Guadalupe", 1),
        ("NAME", "Guadalupe Ramírez Soto"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa Soto"),
        ("NAME", "Efraín Ramírez"),
        ("GEO", "Lafayette Square"),
    ],
    note="birth on a named feast day (both forms); 'Guadalupe' in the feast's name is covered by the DATE span",
)

# 207
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 93, doña Refugio Villalobos! 'Cuca', como la conocen todos, celebró sus 93 años en el piso 4 Norte con mariachi (bajito, por los demás pacientes) y tamales de su nieta Araceli. Nació en Salvatierra, Guanajuato, el 2 de febrero, Día de la Candelaria.",
    [
        ("AGE", "93", 1),
        ("NAME", "Refugio Villalobos"),
        ("NAME", "Cuca"),
        ("AGE", "93", 2),
        ("NAME", "Araceli"),
        ("GEO", "Salvatierra"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="age twice, nickname, granddaughter, foreign birthplace (Guanajuato is a state), birthday in both forms",
)

# 208
p(
    "es",
    "pasted_record",
    "Nota de intérprete (pegada por error): Paciente: HERNÁNDEZ LUNA, JOSÉ ÁNGEL | MRN 40123345 | FN 03/15/1984 | Esposa: Martha Luna, tel. 317-555-0151 | Prefiere español.",
    [
        ("NAME", "HERNÁNDEZ LUNA, JOSÉ ÁNGEL"),
        ("MRN", "40123345"),
        ("DATE", "03/15/1984"),
        ("NAME", "Martha Luna"),
        ("PHONE", "317-555-0151"),
    ],
    note="double surname in system order, MRN, DOB, wife and phone",
)

# 209
p(
    "es",
    "discharge",
    "¡Hoy se va a casa Santiago Morales! Después de 26 días en terapia intensiva por un accidente en la obra el 9 de octubre, 'Santi' salió caminando con su esposa Yesenia y sus tres hijos. Gracias, familia Morales, por dejarnos compartir su historia. #FuerzaSantiago",
    [
        ("NAME", "Santiago Morales"),
        ("DATE", "9 de octubre"),
        ("NAME", "Santi"),
        ("NAME", "Yesenia"),
        ("NAME", "Morales", 2),
        ("NAME", "#FuerzaSantiago"),
    ],
    note="injury date, nickname, wife, family surname, name hashtag",
)

# 210
p(
    "es",
    "patient_story",
    "@lupita.indy Hola Lupita, sentimos mucho lo de la factura de su mamá, la señora Ofelia. Le escribimos a lupitagarza77@hotmail.com con el número directo de consejería financiera: (317) 555-0107.",
    [
        ("OTHER_ID", "@lupita.indy"),
        ("NAME", "Lupita"),
        ("NAME", "Ofelia"),
        ("EMAIL", "lupitagarza77@hotmail.com"),
    ],
    note="reply to a patient's daughter: handle, names, e-mail; the counseling number is the hospital's",
)

# 211
p(
    "es",
    "memorial",
    "Descanse en paz, don Aurelio Cisneros, 95 años, jardinero de Haughville durante medio siglo. Falleció el 30 de noviembre rodeado de sus hijos. Su hija Maricela nos pidió compartir: 'Mi papá sembraba flores donde nadie las esperaba.'",
    [
        ("NAME", "Aurelio Cisneros"),
        ("AGE", "95"),
        ("GEO", "Haughville"),
        ("DATE", "30 de noviembre"),
        ("NAME", "Maricela"),
    ],
    note="'don' is an honorific; age over 89, neighbourhood, date of death, daughter",
)

# 212
p(
    "es",
    "anonymous_story",
    "Una abuelita de 91 años en la cama 8 de urgencias nos pidió rancheras mientras esperaba. Hoy se fue a casa cantando. 🎶",
    [("AGE", "91"), ("OTHER_ID", "cama 8")],
    note="unnamed patient with an age over 89 and a bed number",
)

# 213
p(
    "es",
    "pasted_record",
    "Mensaje del portal: 'Soy Claudia Reyes, mamá de Emiliano Reyes (MRN 40131172). Emiliano nació el 4/7/2021 y tiene cita el 5 de junio. Mi correo es claudia.reyes.indy@gmail.com.'",
    [
        ("NAME", "Claudia Reyes"),
        ("NAME", "Emiliano Reyes"),
        ("MRN", "40131172"),
        ("NAME", "Emiliano", 2),
        ("DATE", "4/7/2021"),
        ("DATE", "5 de junio"),
        ("EMAIL", "claudia.reyes.indy@gmail.com"),
    ],
    note="portal message: mother, child, MRN, DOB, appointment date, e-mail",
)

# 214
p(
    "es",
    "birth_announcement",
    "Nació el 5 de mayo, así que ese Cinco de Mayo siempre será doble fiesta: ¡bienvenido, Mateo Delgado Ruiz! Mamá Itzel y papá Hugo, de Southport, ya le compraron su primer sombrero.",
    [
        ("DATE", "5 de mayo"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Mateo Delgado Ruiz"),
        ("NAME", "Itzel"),
        ("NAME", "Hugo"),
        ("GEO", "Southport"),
    ],
    note="the birth date and the same day as a named holiday",
)

# 215
p(
    "es",
    "milestone_birthday",
    "¡Una quinceañera en el piso de oncología! Daniela Ochoa cumplió 15 el 18 de agosto y sus enfermeras le organizaron vals, corona y pastel. Su papá, don Rigoberto, bailó con ella entre sueros. #DanielaFuerte",
    [
        ("NAME", "Daniela Ochoa"),
        ("DATE", "18 de agosto"),
        ("NAME", "Rigoberto"),
        ("NAME", "#DanielaFuerte"),
    ],
    note="birthday date, father, name hashtag; 15 is not an age over 89",
)

# 216
p(
    "es",
    "patient_story",
    "Gracias a todos los que rezaron por Javier Pacheco, trabajador de un establo lechero en el condado de Hamilton que quedó atrapado en un silo el 3 de marzo. Javier ya respira solo y su esposa Lorena dice que pronto volverá a casa en Noblesville.",
    [
        ("NAME", "Javier Pacheco"),
        ("GEO", "condado de Hamilton"),
        ("DATE", "3 de marzo"),
        ("NAME", "Javier", 2),
        ("NAME", "Lorena"),
        ("GEO", "Noblesville"),
    ],
    note="dairy worker: county of the injury, date, wife, home town",
)

# 217
p(
    "es",
    "patient_story",
    "Sr. Beltrán, lamentamos mucho lo que vivió su esposa Carmen en urgencias. Una trabajadora social le llamará hoy al 317-555-0143, el número que nos dejó en su mensaje.",
    [("NAME", "Beltrán"), ("NAME", "Carmen"), ("PHONE", "317-555-0143")],
    note="public reply with the husband's surname and phone and the patient's name",
)

# 218
p(
    "es",
    "milestone_birthday",
    "¡Una centenaria en nuestra unidad de rehabilitación! Doña Esperanza Gallegos cumplió 100 años el 24 de junio, día de San Juan, y nos enseñó a bailar 'El Son de la Negra' con andadera.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Esperanza Gallegos"),
        ("AGE", "100"),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
    ],
    note="'centenaria' and '100' are both AGE; birthday on a named saint's day",
)

# 219
p(
    "es",
    "pasted_record",
    "Lista de citas de mañana (¡no publicar!): 09:00 VARGAS PEÑA, ROSALBA, MRN 40140018, tel. 463-555-0168 | 09:30 TREJO, LUIS, MRN 40140022 | 10:00 cancelada",
    [
        ("NAME", "VARGAS PEÑA, ROSALBA"),
        ("MRN", "40140018"),
        ("PHONE", "463-555-0168"),
        ("NAME", "TREJO, LUIS"),
        ("MRN", "40140022"),
    ],
    note="appointment list: names, MRNs, phone; 'mañana' is relative",
)

# 220
p(
    "es",
    "discharge",
    "Después de 62 días en la UCIN, la pequeña Ximena 'Mena' Salgado se va a casa en Eagle Creek. Nació el 14 de febrero con solo 1 libra y 9 onzas: ¡nuestro regalo de San Valentín más bonito! Foto: Ximena con su mamá Brenda.",
    [
        ("NAME", "Ximena 'Mena' Salgado"),
        ("GEO", "Eagle Creek"),
        ("DATE", "14 de febrero"),
        ("DATE", "San Valentín"),
        ("PHOTO", "Foto"),
        ("NAME", "Ximena", 2),
        ("NAME", "Brenda"),
    ],
    note="quoted nickname inside the name; birth date and the same day as a holiday; photo of the patient",
)

# 221
p(
    "es",
    "patient_story",
    "Objetos perdidos: encontramos la licencia de conducir de Indiana #7731-08-2246 a nombre de Rogelio Fuentes, paciente del piso 5. Su hermano Abel puede recogerla en seguridad.",
    [("LICENSE", "7731-08-2246"), ("NAME", "Rogelio Fuentes"), ("NAME", "Abel")],
    note="licence number, patient, brother",
)

# 222
p(
    "es",
    "pasted_record",
    "Reenviado: 'Buenas tardes, soy Norma Castañeda, hija de Rafael Castañeda. Autorizamos la historia de mi papá. Vivimos en el 46241. Escríbanos a normacast@outlook.com.'",
    [
        ("NAME", "Norma Castañeda"),
        ("NAME", "Rafael Castañeda"),
        ("GEO", "46241"),
        ("EMAIL", "normacast@outlook.com"),
    ],
    note="forwarded e-mail: daughter, patient, ZIP, e-mail",
)

# 223
p(
    "es",
    "birth_announcement",
    "Un bebé nació en el estacionamiento del hospital la madrugada del 16 de septiembre, Día de la Independencia. ¡Viva México y viva este pequeño!",
    [("DATE", "16 de septiembre"), ("DATE", "Día de la Independencia")],
    note="unnamed baby, but its birth date (in both forms) identifies it",
)

# ---------------------------------------------------------------- Spanish, not patient-specific

# 224
n(
    "es",
    "hospital_contact",
    "¿Necesita ayuda en español? Llame a nuestra línea en español al (317) 555-0105, de lunes a viernes de 8 a.m. a 6 p.m., o escriba a espanol@crossroadsregional.org. Síganos en @CRMCenEspanol.",
    "the hospital's Spanish line, e-mail and handle",
)

# 225
n(
    "es",
    "health_tip",
    "Trabajadores del campo: con este calor, tomen agua cada 15 minutos aunque no tengan sed, descansen en la sombra y vigilen a los compañeros mayores de 60 años.",
    "a tip with a population age",
)

# 226
n(
    "es",
    "event",
    "Del 28 de octubre al 2 de noviembre, visite nuestro altar de Día de Muertos en el vestíbulo principal, dedicado a los trabajadores agrícolas de Indiana que perdimos este año.",
    "event dates; an unnamed group",
)

# 227
n(
    "es",
    "staff_spotlight",
    "Conozca a la Dra. Alejandra Cervantes, pediatra nacida en Celaya, Guanajuato, que atiende a familias de Southport desde hace 12 años. ¡Gracias, doctora!",
    "a physician and her birthplace",
)

# 228
n(
    "es",
    "statistic",
    "El año pasado atendimos a 1,820 pacientes mayores de 90 años. Cada año llegan más, y muchos todavía caminan solitos a su cita.",
    "population ages; an unnamed person with a vague age",
)

# 229
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por la chinche 'besucona' y puede dañar el corazón años después. Si creció en una casa de adobe en México o Centroamérica, pida la prueba.",
    "an eponym and countries",
)

# 230
n(
    "es",
    "anonymous_story",
    "Anoche un papá llegó corriendo a urgencias con su hija de 4 años en brazos, después de que se tragó una pila de botón. Hoy ella está bien. Guarde las pilas bajo llave.",
    "relative time and an age under 90",
)

# 231
n(
    "es",
    "event",
    "Clínica de vacunas gratis el sábado 9 de agosto en la parroquia de San Patricio, de 9 a 1. No se necesita seguro ni número de Seguro Social.",
    "an event date and venue",
)

# 232
n(
    "es",
    "public_figure",
    "¡Gracias, Diego Arriaga! El piloto regiomontano visitó a nuestros pacientes de pediatría antes de las 500 Millas y firmó cascos para todos.",
    "a driver is a public figure",
)

# 233
n(
    "es",
    "recruitment",
    "¡Estamos contratando intérpretes médicos de español! Tiempo completo, beneficios desde el primer día. Envíe su solicitud a empleos@crossroadsregional.org.",
    "the hospital's e-mail",
)

# 234
n(
    "es",
    "campaign_hashtag",
    "Este mes la nutrióloga Mariela Téllez nos habla de diabetes en familia: una caminata corta después de la cena sí hace diferencia. #FuerzaLatinaIndy #SaludParaTodos #CrossroadsCares",
    "campaign hashtags and a staff dietitian",
)

# 235
n(
    "es",
    "sponsor",
    "Gracias a Panadería Ortiz, de la calle Lafayette, por donar 300 conchas para las familias de la UCIN este Día de Reyes. ¡Qué rico!",
    "a sponsor business, its street and a holiday",
)

# 236
n(
    "es",
    "crisis_update",
    "Aviso: por la tormenta, el centro de Franklin (1100 N Main Street) cerrará hoy a las 3 p.m. Si tenía cita, le llamaremos para cambiarla. Urgencias sigue abierta en el campus principal.",
    "operations update with the hospital's own address",
)

# 237
n(
    "es",
    "event",
    "¡Feliz Día del Niño! El 30 de abril tendremos piñatas, lotería y chequeos de asientos de auto en el vestíbulo de pediatría.",
    "an event date",
)

# 238
n(
    "es",
    "anonymous_story",
    "Una paciente de 89 años nos dijo ayer que su secreto para la buena salud es el café de olla y no preocuparse por lo que no se puede cambiar.",
    "89 is not over 89; 'ayer' is relative",
)

# 239
n(
    "es",
    "staff_spotlight",
    "Con profundo dolor despedimos a nuestra compañera de limpieza, doña Leticia Barajas, quien falleció el 7 de enero después de 25 años en Crossroads. Siempre tenía una sonrisa para todos.",
    "a staff memorial and its date",
)

# 240
n(
    "es",
    "research",
    "Nuestro estudio con 400 familias mexicanas del Westside de Indianápolis encontró que 1 de cada 3 adultos tiene prediabetes sin saberlo. Gracias a todas las familias que participaron.",
    "a population sample and area",
)

if __name__ == "__main__":
    S.main("phi_dev89_source")
