"""Blind development set d86 for the PHI scanner: tests/data/phi_dev86.jsonl.

Organisation: Riverwards Regional Medical Center (phi_dev86_org.json): main campus in
Port Richmond (2600 East Allegheny Avenue), South Philly Pavilion (1900 South Broad
Street), Delaware County campus in Chester (600 Edgmont Avenue); its ten switchboard,
ED, relations, recovery-intake, recruitment and fax numbers, three domains and four
handles are never PHI.
Focus: Philadelphia posts - South Philly Italian-American families (Nonna, 'Uncle Sal',
Joey Bag), Puerto Rican families in Kensington / Fairhill / Hunting Park (Spanish posts,
diminutives, double and hyphenated surnames), Vietnamese and Cambodian families
(diacritics, honorifics such as ong / chu / Lok Yeay, Tet and Khmer New Year), Black
families in Nicetown, Southwest, Germantown, Point Breeze and Chester, Irish Catholic
Northeast (Mayfair, Fox Chase, Holmesburg, Tacony); Mummers Parade, Eagles games and
the Super Bowl run, rowhouse fires, SEPTA crashes, gun-violence survivors, overdose
recovery, centenarians in rowhouse nursing homes and home care.
Hard cases: nicknames inside and outside full names ("Dominic 'Dom' Scarpelli" ...
"Dom"), nickname-only posts ("Joey Bag", "#JoeyBagStrong"), kinship titles around
names, employers (SEPTA, Boeing, Amazon, a cheesesteak shop, a pho restaurant),
named days (Tet, Khmer New Year, Super Bowl Sunday, Feast of the Seven Fishes, St.
Stephen's Day, Juneteenth, Nochebuena, Dia de Reyes), day-of-month dates ("the 14th",
"dia 3"), ages as words ("One hundred and two", "Cien", "Noventa", "nonagenarian",
"90s"), nameless patients made specific by one identifier (a 101-year-old, a
grandmother from Upper Darby, three bare room numbers), hundred-block locations,
bed boards, whiteboards, portal messages, release trackers, referral faxes, pharmacy
queues, billing drafts and e-mails pasted by mistake, MRNs without a label, SSN last
four, PA ID numbers, vanity plates, pump serials, GoFundMe / CaringBridge / YouTube
URLs, family Instagram and Cash App handles, relatives' towns (Marlton, Long Beach,
Olney), a staff member who is a patient's granddaughter.
Hard negatives: staff, volunteers (a 92- and a 93-year-old, a 97-year-old), staff
members' own grandmothers turning 100 or 94, donors and sponsors with patient-like
surnames, public figures (Jalen Hurts, Cecil B. Moore, Roberto Clemente, Rocky),
eponyms (Alzheimer's, Bell's palsy, Hodgkin, Kawasaki), the hospital's own numbers,
fax, addresses, domains and handles, national lines (911, 988, 1-800-662-4357), crisis
updates naming the place of a multi-casualty incident, event and awareness dates
(Mummers Day, Super Bowl parade, Juneteenth, Pi Day, All Saints' Day), a patient of 89,
population ages ("adults over 90"), conference rooms, ambulance units, trial and IRB
ids, error codes that look like IPs, scam Cash App handles, near-duplicates of positive
posts with the one identifier removed.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not
(English 100 / 100, Spanish 20 / 20).
Labelling decisions taken in this set (where the rules leave room):
- Kinship and respect titles are excluded like honorifics, in every language: "Nonna
  Carmela" -> "Carmela", "Uncle Sal" -> "Sal", "Titi Carmen" -> "Carmen", "Abuela
  Tonita" -> the name only, "Chu Huy" / "ong Duc" / "chi Huong" / "anh Minh" -> the
  name, "Lok Yeay Kim Sarun" -> "Kim Sarun", "Mother Lockett", "Deacon Clarence
  Whitfield", "Sister Mary Agnes Devlin" -> the name. Used alone ("Nonna is in room
  305", "Bà Nội", "Abuelo") a kinship word is not a name.
- A nickname quoted inside a full name belongs to the one NAME span ("Francis X.
  'Frankie' Mulligan", "Carmine 'the Needle' Esposito"); every later use of the
  nickname alone is its own NAME span ("Frankie"). A multi-word nickname used as the
  person's name is one span ("Joey Bag", "Bobby D").
- Generational suffixes are part of the name ("Joseph Bagnato Jr", "Dontae Jenkins
  Jr.").
- Employers of a patient are NAME (holdout decision), written as the business names
  itself, its 's included ("Castaldi's Steaks", "SEPTA" for a bus driver, "Sun Ship",
  "Amazon"); the street of the patient's own shop is GEO ("Snyder Avenue" for his
  salon). SEPTA as the agency of a crash, bus routes and trolley lines ("Route 47",
  "the 101 trolley to Media") are not labelled.
- Named days are DATE when the patient's event happened on them, span = the whole day
  name ("Super Bowl Sunday", "Easter Sunday", "Feast of the Seven Fishes", "Khmer New
  Year", "Tết", "Día de las Madres"); event names that are not day names ("the Mummers
  Parade", "the NFC Championship") are never DATE even when they fix the day.
- Day-of-month spans leave out the article but keep the word for day: "on the 14th"
  -> "14th", "el día 3" -> "día 3".
- Dates about the patient's own record are DATE: release signed "4/18", payment plan
  approved "9/12", refill due "7/15", the date heading a pre-op list "12/19"; so are
  dates of the patient's life events (graduation "June 12").
- Location of an injury or collapse is GEO in a post about one patient, named or not,
  with a hundred-block included ("3700 block of North 17th Street", "2nd and Mifflin",
  "Kensington Avenue and Allegheny"); the place of a multi-casualty incident in a
  crisis update that singles out nobody is not labelled ("the SEPTA incident at
  Allegheny station", "the fire in Port Richmond").
- Names of nursing homes, churches, parishes, Mummers clubs and schools are not
  identifiers; the street or neighbourhood where the patient lives is GEO ("Casa Santa
  Lucia ... on Wolf Street" -> "Wolf Street"); a place name inside a school name is GEO
  when it tells where the patient lives ("Chester High" -> "Chester").
- The hospital's own sites named by neighbourhood are not GEO ("our Fox Chase infusion
  suite", "our Drexel Hill infusion center", "the loudest waiting room in Kensington");
  population phrases are not GEO ("every kid in North Philly", "the girls in
  Kensington").
- A city is GEO when it is the patient's address ("Filadelfia" in a pasted address);
  "Philadelphia" in general text is not.
- A patient's decade over 89 is AGE ("in her 90s" -> "90s"); number words are AGE
  ("One hundred and two", "Cien", "Noventa"); numbers over 89 that are not ages ("97
  días" in the NICU, "90 seconds", "101 trolley") are not.
- A staff member introduced as a patient's relative is labelled ("Angela Ruggiero"
  at her grandmother's bedside); staff members' relatives who are not our patients are
  never labelled (a nurse's Nonna turning 100 at home).
- A commenter's handle and name are OTHER_ID / NAME only when the commenter is the
  patient or a relative ("@tonyp_southphilly"), never for a race runner or a fan.
- SSN last four is SSN ("last 4 of SSN 4471" -> "4471"); a PA ID-card number is
  LICENSE; an insurance group number is not labelled (shared by the employer group);
  Medicare and Medicaid member numbers are HEALTH_PLAN; payment handles of a family
  ("$HelpBirdFly") are OTHER_ID; a hallway bed ("Hall 3") is OTHER_ID like "Rm 12".
- Birth counts on a date ("9 babies were born here on July 4th alone") are
  statistics, not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev86.jsonl"), os.path.join(HERE, "phi_dev86_org.json"), "d86")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "milestone_birthday",
    "Buon compleanno, Nonna Carmela! 🎂 Carmela Iannucci turned 100 on March 9 at Casa Santa Lucia, the little rowhouse nursing home on Wolf Street where she's lived since her hip surgery with us. Her grandson Vinnie drove in from Marlton with two trays of cannoli. Cent'anni, Nonna! #CarmelaAt100",
    [
        ("NAME", "Carmela", 1),
        ("NAME", "Carmela Iannucci"),
        ("AGE", "100"),
        ("DATE", "March 9"),
        ("GEO", "Wolf Street"),
        ("NAME", "Vinnie"),
        ("GEO", "Marlton"),
        ("NAME", "#CarmelaAt100"),
    ],
    note="centenarian patient: name, age 100, birthday date, nursing-home street, grandson and his town; 'Cent'anni' is a wish, not an age",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: meet Gina 'the Hammer' Benedetto, RN, 31 years on 5 South and the only nurse who can get Uncle Sal from Environmental Services to sing Sinatra on the night shift. Gina grew up on Shunk Street and still goes to 9 a.m. Mass at St. Monica's. Reach her team at (215) 555-0101.",
    "staff nurse and a staff nickname ('Uncle Sal' of Environmental Services), staff member's street, hospital number",
)

# 3
p(
    "en",
    "patient_story",
    "He's been strutting up Broad Street with the Froggy Carr wench brigade since he was 16, and this New Year's Day Dominic 'Dom' Scarpelli almost didn't make it: cardiac arrest at 2nd and Mifflin, CPR from two strangers in sequins, and 11 days on our cardiac unit. Dom went home Friday to Jackson Street with a new defibrillator and a gold parasol. See you on Broad Street next year, Dom! 🎉 #DomStrong",
    [
        ("DATE", "New Year's Day"),
        ("NAME", "Dominic 'Dom' Scarpelli"),
        ("NAME", "Dom", "*"),
        ("GEO", "2nd and Mifflin"),
        ("GEO", "Jackson Street"),
        ("NAME", "#DomStrong"),
    ],
    note="Mummer's arrest: name with nickname, the day of the arrest, where he collapsed, home street; parade route and club not labelled",
)

# 4
n(
    "en",
    "event",
    "Happy New Year from Riverwards! Our Mummers first-aid tents will be staffed along Broad Street from 8 a.m. on January 1. Last year our teams treated 61 marchers and spectators, mostly for cold and falls. Strut safe, stay hydrated, and call 911 for emergencies. #RiverwardsStrong",
    "hospital event date and place, aggregate count, 911, campaign hashtag",
)

# 5
p(
    "en",
    "pasted_record",
    "Reminder for tomorrow's Eagles watch party on 6 East!! 🦅\nRm 614-A  CAPUTO, SALVATORE  MRN 40018273  NPO after MN\nRm 614-B  NGUYEN, VAN THANH  MRN 40021955  fall risk\nRm 617  WASHINGTON, DELORES  MRN 40009342  d/c AM\nGo Birds!",
    [
        ("OTHER_ID", "Rm 614-A"),
        ("NAME", "CAPUTO, SALVATORE"),
        ("MRN", "40018273"),
        ("OTHER_ID", "Rm 614-B"),
        ("NAME", "NGUYEN, VAN THANH"),
        ("MRN", "40021955"),
        ("OTHER_ID", "Rm 617"),
        ("NAME", "WASHINGTON, DELORES"),
        ("MRN", "40009342"),
    ],
    note="bed board pasted under a party reminder: rooms, names, MRNs",
)

# 6
n(
    "en",
    "public_figure",
    "Jalen Hurts stopped by the pediatric floor today with Swoop and signed about 200 footballs. Huge thanks to the Eagles Autism Foundation for the visit. Patients' faces are blurred in our photos because privacy matters. 💚 #FlyEaglesFly",
    "public figure and mascot visit, no patient identified",
)

# 7
p(
    "en",
    "patient_story",
    "Two years ago today, Marisol 'Mari' Quiñones-Ortiz was brought into our ED from Kensington Avenue and Allegheny after her third overdose that winter. Today she's a certified recovery specialist with a chip that says 730 days. Mari asked us to share her story with her blessing and her daughter Aaliyah's permission. If you're ready, our Recovery Center intake is (267) 555-0115, any hour.",
    [
        ("NAME", "Marisol 'Mari' Quiñones-Ortiz"),
        ("NAME", "Mari", "*"),
        ("GEO", "Kensington Avenue and Allegheny"),
        ("NAME", "Aaliyah"),
    ],
    note="recovery story: hyphenated surname with nickname, where she was found, daughter; 'two years ago today' and the hospital intake line not labelled",
)

# 8
n(
    "en",
    "health_tip",
    "Narcan is free at every Philadelphia library branch and at our Allegheny Avenue ED. If someone isn't breathing: call 911, give naloxone, start rescue breaths. Worried about a loved one? Call 1-800-662-4357 (free, confidential, 24/7). #KensingtonCares #NarcanSavesLives",
    "overdose tip: hospital site, national helpline, campaign hashtags",
)

# 9
p(
    "en",
    "memorial",
    "With heavy hearts we share that Margaret 'Peg' Dougherty, 96, the unofficial mayor of our Fox Chase infusion suite, passed away on Ash Wednesday, February 14. Peg taught third grade for 40 years and never once let a nurse leave without a Butterscotch Krimpet. Rest easy, Peg. ☘️ Pictured: Peg with her infusion crew, green beads and all.",
    [
        ("NAME", "Margaret 'Peg' Dougherty"),
        ("NAME", "Peg", "*"),
        ("AGE", "96"),
        ("DATE", "Ash Wednesday"),
        ("DATE", "February 14"),
        ("PHOTO", "Pictured"),
    ],
    note="memorial: name and nickname, age 96, day of death as holiday and date, photo of the patient; the hospital's Fox Chase suite is not GEO",
)


# 10
n(
    "en",
    "memorial",
    "Our hospital family lost a legend. Bernadette 'Bernie' McGlinchey, 92, volunteered at the Mayfair front desk for 27 years and knitted more than 3,000 hats for our newborns. She passed peacefully at home on October 3. Services at Our Lady of Consolation, Tacony. Thank you, Bernie. 🕊️",
    "volunteer, not a patient: her name, age 92, date of death and parish are never labelled",
)

# 11
p(
    "en",
    "thank_you",
    "@tonyp_southphilly Tony, we're so glad your mom is back home on Ritner Street! Please have her call our Patient Relations team at (215) 555-0102 about the bill, or reply with the best number and we'll call her. — RRMC Social Team",
    [("OTHER_ID", "@tonyp_southphilly"), ("NAME", "Tony"), ("GEO", "Ritner Street")],
    note="reply to a patient's son: his handle and name, the patient's home street; hospital number not labelled",
)

# 12
p(
    "en",
    "thank_you",
    "Replying to Mrs. Huynh's comment: yes, your husband's belongings from room 508 are at Security. Ms. Huynh, our team tried the number you left, 267-555-0142, but the mailbox was full. Please call (215) 555-0100 and ask for Lost & Found.",
    [("NAME", "Huynh", "*"), ("OTHER_ID", "room 508"), ("PHONE", "267-555-0142")],
    note="patient's wife by surname, patient's room, her phone; hospital switchboard not labelled",
)

# 13
n(
    "en",
    "eponymous_condition",
    "November is Alzheimer's Awareness Month. Our Memory Care clinic in Mayfair sees more than 1,400 families a year living with Alzheimer's, Lewy body dementia and Parkinson's. Free caregiver class on November 12 at 6 p.m. — register at riverwardsmed.org/memory or (215) 555-0100.",
    "eponyms, hospital clinic site, event date, hospital domain and number",
)

# 14
p(
    "en",
    "birth_announcement",
    "Chúc mừng! Baby Bảo Ngọc arrived at 4:12 a.m. on Tết, February 10, the first baby of the Year of the Dragon at our South Philly Pavilion. Proud parents Trần Minh Khoa and Lê Thị Hạnh say big sister Vy already picked out her red áo dài. 🧧 #WelcomeBaoNgoc",
    [
        ("NAME", "Bảo Ngọc"),
        ("DATE", "Tết"),
        ("DATE", "February 10"),
        ("NAME", "Trần Minh Khoa"),
        ("NAME", "Lê Thị Hạnh"),
        ("NAME", "Vy"),
        ("NAME", "#WelcomeBaoNgoc"),
    ],
    note="birth on Tet: baby, parents and sister with diacritics, birth day twice, name hashtag without diacritics",
)

# 15
n(
    "en",
    "event",
    "Join us for our Lunar New Year celebration on February 8 in the South Philly Pavilion lobby: lion dancers from the Vietnamese Lutheran youth group, bánh chưng donated by Saigon Corner Bakery on Washington Avenue, and flu shots for anyone 6 months and up. Chúc mừng năm mới!",
    "hospital event date, sponsor bakery and its street, age range of a vaccine offer",
)

# 16
p(
    "en",
    "patient_story",
    "Sokha Chea, 47, has driven a SEPTA Route 47 bus for 19 years. After a stroke at the wheel in May, his passengers called 911 and held his hand until Medic 9 arrived. This week Sokha walked out of rehab to his family's rowhouse near Mifflin Square, where his wife Sophal made num banh chok for the whole 3rd floor. អរគុណ Sokha, for letting us tell your story.",
    [
        ("NAME", "Sokha Chea"),
        ("NAME", "Sokha", "*"),
        ("NAME", "SEPTA"),
        ("DATE", "May"),
        ("GEO", "Mifflin Square"),
        ("NAME", "Sophal"),
    ],
    note="bus driver: name, employer SEPTA, month of the stroke, home near Mifflin Square, wife; age 47, route number and ambulance unit not labelled",
)

# 17
n(
    "en",
    "crisis_update",
    "UPDATE 7:40 p.m.: We have received 9 patients from this afternoon's SEPTA Market-Frankford Line incident at Allegheny station. All are in stable condition. Families looking for loved ones: call our Family Information line at (215) 555-0102 — do not come to the ED entrance. Please share.",
    "multi-casualty crisis update: incident place of nine unnamed patients is not labelled, hospital number",
)

# 18
p(
    "en",
    "crisis_update",
    "Families of the Kensington Avenue rowhouse fire: Mrs. Delgado in bed 12 is asking for her son Papo and her cat. Papo, if you see this, call the nurses' station at (215) 555-0101 or text your cousin Yesenia at 215-555-0153.",
    [
        ("GEO", "Kensington Avenue"),
        ("NAME", "Delgado"),
        ("OTHER_ID", "bed 12"),
        ("NAME", "Papo", "*"),
        ("NAME", "Yesenia"),
        ("PHONE", "215-555-0153"),
    ],
    note="one named patient: her burned home street, surname, bed, son's nickname, cousin's name and phone; hospital number not labelled",
)

# 19
p(
    "en",
    "milestone_birthday",
    "One of our hospice patients turned 101 today and asked for exactly three things: a soft pretzel, a Yuengling, and the Eagles game on loud. Done, done and done. 🥨🍺🦅",
    [("AGE", "101")],
    note="nameless patient made specific by an age over 89",
)

# 20
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients turned 89 today and celebrated with a soft pretzel and the Phillies on the radio. 89 years young and still beats our nurses at pinochle. 🎉",
    "nameless patient aged 89: ages of 89 and under are not identifiers",
)

# 21
p(
    "en",
    "pasted_record",
    "From: Rosemarie DiNardo <rdinardo1954@comcast.net>\nSent: Tuesday 9:14 AM\nSubject: my father Vincent\nHi, my dad Vincent DiNardo (DOB 07/22/1933) was in 4 North last week. Can someone tell the nurse Kathy he says thank you for the ice cream? My cell is 610-555-0176. God bless. Ro",
    [
        ("NAME", "Rosemarie DiNardo"),
        ("EMAIL", "rdinardo1954@comcast.net"),
        ("NAME", "Vincent DiNardo"),
        ("NAME", "Vincent", "*"),
        ("DATE", "07/22/1933"),
        ("PHONE", "610-555-0176"),
        ("NAME", "Ro"),
    ],
    note="pasted family e-mail: daughter's name, e-mail, phone and signature nickname, patient's name and DOB; nurse Kathy and the unit are not labelled",
)

# 22
n(
    "en",
    "event",
    "Questions about the Mummers 5K? Email our event lead Theresa Kowalski at tkowalski@riverwardsmed.org or call (215) 555-0107. Packet pickup is January 2 and 3 at the Port Richmond campus. All proceeds support the Nguyen Family Pediatric Wing.",
    "staff e-mail on the hospital domain, hospital number, event dates, donor family that names a wing",
)

# 23
p(
    "en",
    "discharge",
    "After 52 days, three surgeries and more Tastykakes than we could count, Jaylen Whitaker is going home to Nicetown! Jaylen was shot on his way home from a rec league game on the 3700 block of North 17th Street back in August. He wants every kid in North Philly to know: you can come back from this. #JaylenStrong 💙",
    [
        ("NAME", "Jaylen Whitaker"),
        ("NAME", "Jaylen", "*"),
        ("GEO", "Nicetown"),
        ("GEO", "3700 block of North 17th Street"),
        ("DATE", "August"),
        ("NAME", "#JaylenStrong"),
    ],
    note="gun-violence survivor: name, home neighbourhood, block where he was shot, month; 'every kid in North Philly' is a population",
)

# 24
n(
    "en",
    "statistic",
    "Last year our trauma team cared for 412 people with gunshot wounds, 61 of them under 18. Behind every number is a family from Kensington, Strawberry Mansion, Southwest or Chester. Our Violence Intervention Program meets survivors at the bedside. Learn more: riverwardsmed.org/hvip",
    "aggregate statistics; neighbourhoods as population groups; hospital URL",
)

# 25
p(
    "en",
    "patient_story",
    "Ms. Odessa Brightwell has lived on Greenway Avenue since 1961 and raised nine kids and 'more grandbabies than the Eagles have Super Bowls' — so, at least two. At 93 she came to us after a fall in her kitchen on Christmas Eve, and her granddaughter Keisha drove up from Chester every night to read her the Tribune. Home now and bossing everyone around. ❤️",
    [
        ("NAME", "Odessa Brightwell"),
        ("GEO", "Greenway Avenue"),
        ("AGE", "93"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Keisha"),
        ("GEO", "Chester"),
    ],
    note="name, street, age 93, day of the fall, granddaughter and her town; the bare year 1961 is not labelled",
)

# 26
n(
    "en",
    "sponsor",
    "Thank you to Patti's Pies of Germantown and the Chester Upland School District marching band for bringing the holiday cheer to our Delaware County campus! 🥧🎺 And shoutout to Mayor Cherelle Parker for stopping by the toy drive.",
    "sponsors, a school band, the mayor (public figure), hospital campus",
)

# 27
p(
    "en",
    "pasted_record",
    "Portal message (MyRiverwards) from user joeybag_215:\n'Hi it's Joseph Bagnato Jr, my mother Antoinette Bagnato was admitted 11/28 thru the ED, room 722. Her Medicare # is 1EG4-TE5-MK73. Can the social worker call me at (215) 555-0189 or joeybag215@yahoo.com? Thx'",
    [
        ("OTHER_ID", "joeybag_215"),
        ("NAME", "Joseph Bagnato Jr"),
        ("NAME", "Antoinette Bagnato"),
        ("DATE", "11/28"),
        ("OTHER_ID", "room 722"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("PHONE", "(215) 555-0189"),
        ("EMAIL", "joeybag215@yahoo.com"),
    ],
    note="portal message: son's portal user name, name with Jr, phone, e-mail; mother's name, admission date, room, Medicare number",
)

# 28
n(
    "en",
    "recruitment",
    "We're hiring! Night-shift RNs for our Kensington campus, $15K sign-on bonus. Questions? Text our recruiter Danielle Ortiz-Reyes at (267) 555-0118 or email careers@riverwardsmed.org. Se habla español. #NursingJobs #PhillyNurses",
    "recruiter (staff) with a double surname, hospital text line and e-mail",
)

# 29
p(
    "en",
    "pasted_record",
    "🚑 Trauma team = heroes.\nED tracking 0214: BED 9 — O'CONNELL, KEVIN P — 34M — MVC Roosevelt Blvd & Cottman — MRN 40031187 — wife Colleen (215) 555-0164 — EtOH?",
    [
        ("OTHER_ID", "BED 9"),
        ("NAME", "O'CONNELL, KEVIN P"),
        ("GEO", "Roosevelt Blvd & Cottman"),
        ("MRN", "40031187"),
        ("NAME", "Colleen"),
        ("PHONE", "(215) 555-0164"),
    ],
    note="ED tracking line under a caption: bed, name, crash location, MRN, wife and her phone; age 34 not labelled",
)

# 30
n(
    "en",
    "health_tip",
    "Roosevelt Boulevard sees more serious crashes than almost any road in the city. The new speed cameras start ticketing June 1. Slow down, buckle up, and never drive after drinking. #VisionZeroPhilly",
    "road safety tip: a road and a public date, no patient",
)

# 31
p(
    "en",
    "discharge",
    "Sláinte to Francis X. 'Frankie' Mulligan, who beat COVID, pneumonia AND the Cowboys this season! Frankie, a retired Philadelphia Gas Works lineman from Holmesburg, went home on Thanksgiving morning to his wife Maureen and 14 grandkids. #MulliganStrong ☘️🦃",
    [
        ("NAME", "Francis X. 'Frankie' Mulligan"),
        ("NAME", "Frankie", "*"),
        ("NAME", "Philadelphia Gas Works"),
        ("GEO", "Holmesburg"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Maureen"),
        ("NAME", "#MulliganStrong"),
    ],
    note="name with initial and nickname, employer, neighbourhood, discharge holiday, wife, name hashtag",
)

# 32
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Graves' disease, Crohn's, Hodgkin lymphoma — a lot of conditions carry a person's name. None of those people were our patients 😉. If half your face suddenly droops, though, don't assume it's Bell's palsy: call 911, it could be a stroke. BE FAST.",
    "eponymous conditions only",
)

# 33
p(
    "en",
    "patient_story",
    "Every morning for 30 years, Mr. Phan Văn Đức opened his nail salon on Snyder Avenue at 8 sharp. After his bypass on October 17, his daughter Tina and son-in-law Sophea Keo kept 'Đức Nails' running — and sent our CCU team free manicures. Cảm ơn, ông Đức! 💅",
    [
        ("NAME", "Phan Văn Đức"),
        ("GEO", "Snyder Avenue"),
        ("DATE", "October 17"),
        ("NAME", "Tina"),
        ("NAME", "Sophea Keo"),
        ("NAME", "Đức Nails"),
        ("NAME", "Đức", "*"),
    ],
    note="Vietnamese name, his own salon (employer) and its street, surgery date, daughter and son-in-law; honorific 'ông' excluded",
)

# 34
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Nguyễn Thị Mai, our new geriatrician, who grew up above her parents' phở shop on Washington Avenue and still helps out on Sundays. She speaks Vietnamese, some Khmer and 'enough Italian to survive Nonna's kitchen.' Book with Dr. Mai at (215) 555-0100.",
    "doctor, her parents' shop and street (staff family), hospital number",
)

# 35
p(
    "en",
    "thank_you",
    "Thank you, Mr. and Mrs. Gaines! Reading that Darnell is back on the court at Chester High after his spleen surgery made our whole trauma team's week. Give our love to his little brother Tyrese too. 🏀 #DarnellGaines",
    [
        ("NAME", "Gaines"),
        ("GEO", "Chester"),
        ("NAME", "Darnell"),
        ("NAME", "Tyrese"),
        ("NAME", "#DarnellGaines"),
    ],
    note="parents' surname, patient and brother, the town inside his school's name tells where he lives",
)

# 36
n(
    "en",
    "thank_you",
    "Thank you to the Mastroianni family and Mastroianni's Bakery on 9th Street for 600 cannoli for Nurses Week! The Mastroianni family has supported our South Philly Pavilion since 1982. 🇮🇹❤️",
    "donor family and their bakery, not patients",
)

# 37
p(
    "en",
    "memorial",
    "Our hearts are with the family of Reginald 'Reggie' Boone, the SEPTA trolley operator who died at our Delaware County campus on June 3 after the crash at 69th Street. Reggie drove the 101 trolley to Media for 22 years. His wife Lorraine asked us to thank the ICU nurses who sang to him. 🕊️",
    [
        ("NAME", "Reginald 'Reggie' Boone"),
        ("NAME", "Reggie", "*"),
        ("NAME", "SEPTA"),
        ("DATE", "June 3"),
        ("GEO", "69th Street"),
        ("NAME", "Lorraine"),
    ],
    note="name and nickname, employer, date of death, crash location, wife; the trolley route and its terminus are not his geography",
)

# 38
n(
    "en",
    "crisis_update",
    "Traffic advisory: Because of the water main break at Castor and Cottman, use the Bustleton Avenue entrance to our Northeast outpatient center until further notice. Dialysis patients: your rides have been rerouted. Questions: (215) 555-0100.",
    "street names of a public incident and a hospital entrance",
)

# 39
p(
    "es",
    "patient_story",
    "¡Bendiciones para doña Carmen Rivera Colón! A sus 91 años, Titi Carmen salió caminando del hospital el 6 de enero, Día de Reyes, rumbo a su casa en la calle Lawrence, en Fairhill. Su nieto Luisito le trajo arroz con gandules y un coquí de peluche. ¡Wepa, Carmen! 🇵🇷",
    [
        ("NAME", "Carmen Rivera Colón"),
        ("NAME", "Carmen", "*"),
        ("AGE", "91"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("GEO", "calle Lawrence"),
        ("GEO", "Fairhill"),
        ("NAME", "Luisito"),
    ],
    note="double surname, 'doña' and 'Titi' excluded, age 91, discharge day twice, street and neighbourhood, grandson's diminutive",
)

# 40
n(
    "es",
    "health_tip",
    "¿Sabía que el Día de Reyes también es buen día para ponerse al día con las vacunas? Nuestra clínica de la calle Allegheny ofrece vacunas gratis para niños del 6 al 10 de enero. Llame al (215) 555-0100. ¡Felices Reyes!",
    "holiday and clinic dates of a hospital event, hospital site and number",
)

# 41
p(
    "es",
    "patient_story",
    "¡Felicidades a Yadiel Ortiz Maldonado! Este campeón de 8 años de Hunting Park volvió a la escuela después de su trasplante de riñón del 14 de febrero. Su mamá, Keishla Maldonado, dice que el mejor regalo de San Valentín fue el riñón de su tío Edwin. 💚 #FuerzaYadiel",
    [
        ("NAME", "Yadiel Ortiz Maldonado"),
        ("GEO", "Hunting Park"),
        ("DATE", "14 de febrero"),
        ("NAME", "Keishla Maldonado"),
        ("DATE", "San Valentín"),
        ("NAME", "Edwin"),
        ("NAME", "#FuerzaYadiel"),
    ],
    note="transplant date written twice (date and San Valentín), neighbourhood, mother and donor uncle; age 8 not labelled",
)

# 42
n(
    "es",
    "event",
    "Este 14 de febrero celebramos el Día Nacional de la Donación de Órganos con una misa en la capilla y una charla en español sobre trasplantes de riñón. Más información: (215) 555-0100 o riverwardsmed.org/donacion. ¡Sea donante, salve vidas!",
    "awareness day and hospital event date, hospital contact",
)

# 43
p(
    "es",
    "pasted_record",
    "Mensaje del portal de Sra. Iris Negrón Vélez:\n'Buenas, mi papá Ángel Luis Negrón (MRN 40062218) está en la habitación 411 desde el 2 de noviembre. Por favor llámeme al 267-555-0193 o escriba a irisnegron.pr@gmail.com. Bendiciones.'",
    [
        ("NAME", "Iris Negrón Vélez"),
        ("NAME", "Ángel Luis Negrón"),
        ("MRN", "40062218"),
        ("OTHER_ID", "habitación 411"),
        ("DATE", "2 de noviembre"),
        ("PHONE", "267-555-0193"),
        ("EMAIL", "irisnegron.pr@gmail.com"),
    ],
    note="portal message: daughter's name, phone, e-mail; father's name, MRN, room, admission date",
)

# 44
n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestra enfermera Migdalia 'Millie' Torres Rosario, nacida en Bayamón y criada en la calle Lehigh. Lleva 25 años en la sala de partos y ha recibido a más de 4.000 bebés. ¡Gracias, Millie! Para citas: (215) 555-0100.",
    "staff nurse with nickname, her birthplace and street are not labelled",
)

# 45
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a don Francisco 'Paquito' Medina, de 94 años, líder del barrio y paciente de nuestra clínica de diálisis por 11 años. Paquito falleció el 30 de diciembre, justo antes de su parranda de Año Viejo. Su esposa Gladys y sus nietos agradecen las oraciones. 🕊️",
    [
        ("NAME", "Francisco 'Paquito' Medina"),
        ("NAME", "Paquito", "*"),
        ("AGE", "94"),
        ("DATE", "30 de diciembre"),
        ("NAME", "Gladys"),
    ],
    note="name with nickname, age 94, date of death, wife; Año Viejo (the next day) is not his event",
)

# 46
n(
    "es",
    "event",
    "¡Parranda navideña en el lobby! El 20 de diciembre a las 5 p.m. el Grupo Coquí de Fairhill trae cuatro, güiro y pasteles. Entrada gratis para pacientes y familias. Pregunten por nuestra voluntaria doña Tata en la recepción. 🎄🇵🇷",
    "hospital event date, a music group, a volunteer's nickname",
)

# 47
p(
    "es",
    "discharge",
    "Hoy dimos de alta a Génesis, la bebé prematura de la familia Cruz Santiago, después de 97 días en la NICU. Nació el 4 de julio con 1 libra y 9 onzas, ¡y hoy pesa 6 libras! Su papá Jonathan dice que los fuegos artificiales de ese día fueron por ella. 🎆",
    [
        ("NAME", "Génesis"),
        ("NAME", "Cruz Santiago"),
        ("DATE", "4 de julio"),
        ("NAME", "Jonathan"),
    ],
    note="baby, family double surname, birth date, father; '97 días' is a stay, not an age; 'ese día' only points back",
)

# 48
n(
    "es",
    "anonymous_story",
    "Una bebé que nació con apenas 1 libra y 9 onzas se fue a casa hoy, después de 97 días en nuestra NICU. Sus papás nos pidieron no publicar su nombre, pero sí su mensaje: '¡Gracias, enfermeras!' 💕",
    "nameless NICU story: no date, no place, 97 is a stay",
)

# 49
p(
    "en",
    "milestone_birthday",
    "🎉 100 years young! Mrs. Angelina 'Angie' Falcone celebrated her 100th birthday on Saturday at Villa Santa Rita, surrounded by four generations and a tray of pizzelles. Angie was born on Christmas Day and says the secret is 'a glass of red and minding your own business.' Happy birthday from your Riverwards home care team!",
    [
        ("AGE", "100"),
        ("AGE", "100th"),
        ("NAME", "Angelina 'Angie' Falcone"),
        ("NAME", "Angie", "*"),
        ("DATE", "Christmas Day"),
    ],
    note="centenarian: age twice, name and nickname, birth on Christmas Day; Saturday and the residence's name are not labelled",
)

# 50
n(
    "en",
    "milestone_birthday",
    "Our 5 South unit clerk Danielle brought in the best news: her Nonna, Assunta, turns 100 this Sunday in Bella Vista! Danielle has worked here 12 years and says Nonna's pizzelle recipe is a state secret. Buon compleanno from all of us, Nonna! 🎂",
    "a staff member's own grandmother, not our patient: her name, age 100 and neighbourhood are never labelled",
)

# 51
p(
    "en",
    "pasted_record",
    "Pls post the thank-you card pic for 7 West 🙏\nDISCHARGE SUMMARY — Pt: TRUONG, KIM LY  DOB: 02/29/1948  MRN: 40044710  Adm: 03/14  D/C: 03/21  Dx: NSTEMI  F/u Dr. Patel 2 wks  Home: 1418 S. 7th St, Phila 19147",
    [
        ("NAME", "TRUONG, KIM LY"),
        ("DATE", "02/29/1948"),
        ("MRN", "40044710"),
        ("DATE", "03/14"),
        ("DATE", "03/21"),
        ("GEO", "1418 S. 7th St"),
        ("GEO", "Phila"),
        ("GEO", "19147"),
    ],
    note="discharge summary pasted: name, DOB, MRN, admission and discharge dates, street address, city and ZIP; the doctor is staff",
)

# 52
n(
    "en",
    "hospital_contact",
    "Need your records? Medical Records is on the ground floor at 2600 East Allegheny Avenue, Philadelphia, PA 19134. Fax requests to (215) 555-0110 or use the portal at riverwardsportal.org. Include your full name, DOB and MRN — but please never post them here in the comments!",
    "hospital address, fax and portal domain; the words DOB and MRN without values",
)

# 53
p(
    "en",
    "thank_you",
    "We're so sorry, Ms. Washington-Bey. We've sent you a private message — please don't post your father's MRN (40051276) or his room number publicly. Our Patient Relations team will call you at the number you shared.",
    [("NAME", "Washington-Bey"), ("MRN", "40051276")],
    note="reply repeats the daughter's hyphenated surname and the patient's MRN",
)

# 54
n(
    "en",
    "hospital_contact",
    "Hi there! We can't discuss any patient's care on social media, even with family. Please call Patient & Family Relations at (215) 555-0102 (Mon–Fri, 8–4:30) or email feedback@riverwardsmed.org and someone will get back to you within one business day.",
    "generic reply with hospital number, hours and e-mail",
)

# 55
p(
    "en",
    "patient_story",
    "When the rowhouse fire on Tyson Avenue started at 3 a.m. on February 2, 11-year-old Connor Fitzpatrick woke his little sisters Siobhan and Maeve and got them out the back. Connor spent 9 days in our burn unit. The firefighters of Engine 38 visited him today with a helmet and an honorary badge. Hero. 🚒 #ConnorTheBrave",
    [
        ("GEO", "Tyson Avenue"),
        ("DATE", "February 2"),
        ("NAME", "Connor Fitzpatrick"),
        ("NAME", "Connor", "*"),
        ("NAME", "Siobhan"),
        ("NAME", "Maeve"),
        ("NAME", "#ConnorTheBrave"),
    ],
    note="boy hurt in his home fire: street, date, name, sisters, hashtag; fire company and age 11 not labelled",
)

# 56
n(
    "en",
    "crisis_update",
    "We are caring for 4 residents and 2 firefighters injured in this morning's 3-alarm fire in Port Richmond. Out of respect for their privacy we won't share names or conditions. The Red Cross shelter is at Cione Rec Center. Donations: rrmcgiving.org/fire-relief",
    "multi-casualty crisis update: neighbourhood of the fire and shelter venue not labelled",
)

# 57
p(
    "en",
    "patient_story",
    "So many of you asked how to help Baby Amara's family after her heart surgery on 10/9. Her mom Shanice is posting updates on Instagram at @amaras_heartjourney and their fundraiser is gofundme.com/f/amara-heart-warrior. Please keep this little Germantown girl in your prayers 💜",
    [
        ("NAME", "Amara"),
        ("DATE", "10/9"),
        ("NAME", "Shanice"),
        ("OTHER_ID", "@amaras_heartjourney"),
        ("URL", "gofundme.com/f/amara-heart-warrior"),
        ("GEO", "Germantown"),
    ],
    note="baby's name, surgery date, mother, family Instagram handle, fundraiser URL, neighbourhood",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "#PhillyStrong #RiverwardsProud #GoBirds — This Sunday every nurse on our floors will be wearing midnight green scrubs. Share a picture of your own Eagles gear with #GreenForGood and we'll donate $1 to the Kensington Violence Intervention Fund. 🦅",
    "campaign hashtags and a fund name",
)

# 59
p(
    "en",
    "pasted_record",
    "Sign-out 5S nights (DO NOT POST): Rm 512 — Salvatore 'Sally Boy' Marchetti, wants TV on Eagles pregame; Rm 514 — Mrs. Pham, daughter Linh at 484-555-0181 to be called for any change; Rm 516 — Bobby D (Robert Donnelly), EtOH w/d, CIWA q4.",
    [
        ("OTHER_ID", "Rm 512"),
        ("NAME", "Salvatore 'Sally Boy' Marchetti"),
        ("OTHER_ID", "Rm 514"),
        ("NAME", "Pham"),
        ("NAME", "Linh"),
        ("PHONE", "484-555-0181"),
        ("OTHER_ID", "Rm 516"),
        ("NAME", "Bobby D"),
        ("NAME", "Robert Donnelly"),
    ],
    note="night sign-out: rooms, names and nicknames, daughter and her phone",
)

# 60
n(
    "en",
    "event",
    "Eagles watch party sign-up for the 5S break room: Team A (Gina, Theresa, Luis) brings wings, Team B brings hoagies from Primo's, night shift brings the noise. Kickoff 8:15 p.m., huddle at the nurses' station at 7:45. 🦅",
    "staff first names, a unit, times; looks like a sign-out sheet",
)

# 61
p(
    "en",
    "discharge",
    "Kensington's own Hector 'Tito' Santiago Rosado rang the bell this morning after 6 rounds of chemo for Hodgkin lymphoma! Tito's wife Nilda and his nena Yamilet brought a bomba drum and the whole oncology floor danced. ¡Wepa! 🔔🇵🇷 #TitoStrong",
    [
        ("GEO", "Kensington"),
        ("NAME", "Hector 'Tito' Santiago Rosado"),
        ("NAME", "Tito", "*"),
        ("NAME", "Nilda"),
        ("NAME", "Yamilet"),
        ("NAME", "#TitoStrong"),
    ],
    note="neighbourhood (possessive excluded), double surname with nickname, wife, daughter; the eponym is not labelled",
)

# 62
n(
    "en",
    "public_figure",
    "Roberto Clemente died delivering aid to Nicaragua, and every December our Puerto Rican Heritage Committee packs relief boxes in his honor. This year: 1,200 boxes for families in Loíza and Utuado recovering from the storm. Thank you, volunteers Wanda, Migdalia and Raúl! 🇵🇷",
    "public figure, towns of a relief drive, volunteers",
)

# 63
p(
    "en",
    "milestone_birthday",
    "Mother Hattie Mae Lockett of Strawberry Mansion turned 102 on April 4, and she wants the whole internet to know she still drives (don't tell her cardiologist). The deaconesses from Zion Hill Baptist brought a cake that said 102 & Blessed. Happy birthday, Mother Lockett! Pictured with her great-grandson Marcus.",
    [
        ("NAME", "Hattie Mae Lockett"),
        ("NAME", "Lockett", "*"),
        ("GEO", "Strawberry Mansion"),
        ("AGE", "102", "*"),
        ("DATE", "April 4"),
        ("PHOTO", "Pictured"),
        ("NAME", "Marcus"),
    ],
    note="church title excluded, neighbourhood, age twice, birthday, photo of the patient, great-grandson; the church is not labelled",
)

# 64
n(
    "en",
    "statistic",
    "Thousands of Philadelphians are over 90, and the number of Pennsylvanians aged 100+ keeps climbing. Our Geriatrics team's tips for the 90-and-up crowd: hydrate, keep moving, and keep a list of your meds on the fridge.",
    "population ages over 90 and 100 are not labelled",
)

# 65
p(
    "en",
    "memorial",
    "At the request of his mother Denise, we're sharing the memory of Kyle Brennan, 27, who fought his addiction for 9 years and was three weeks from 1 year clean when he died on May 12. Kyle grew up on Jasper Street and loved the Flyers, his dog Rocco and his nephew Liam. Denise wants you to know there's no shame in calling: 1-800-662-4357. 💙",
    [
        ("NAME", "Denise", "*"),
        ("NAME", "Kyle Brennan"),
        ("NAME", "Kyle", "*"),
        ("DATE", "May 12"),
        ("GEO", "Jasper Street"),
        ("NAME", "Liam"),
    ],
    note="overdose memorial: mother, name, date of death, street, nephew; the dog, age 27 and the national helpline are not labelled",
)

# 66
n(
    "en",
    "anonymous_story",
    "Last night one of our ED nurses reversed her third overdose of the week — in the parking lot, on her way to her car. She asked us not to use her name. Kensington, we see you, and we're not going anywhere. Free Narcan at every entrance. 💙",
    "staff story, nameless, the neighbourhood addressed as a community",
)

# 67
p(
    "en",
    "patient_story",
    "Joe 'Joey Bag' Bagliani from Marcus Hook is the first patient at our Chester campus to get the new leadless pacemaker — and he asked us to post the serial number (PJN-448120) 'so the Eagles can track my heart rate during the playoffs.' Joey, we love you, but please don't post your device serial online! ❤️",
    [
        ("NAME", "Joe 'Joey Bag' Bagliani"),
        ("NAME", "Joey", "*"),
        ("GEO", "Marcus Hook"),
        ("DEVICE", "PJN-448120"),
    ],
    note="name with nickname, home town, pacemaker serial",
)

# 68
n(
    "en",
    "research",
    "New study from our cardiology team: patients with leadless pacemakers had 40% fewer infections at 12 months than those with traditional devices (n=312). Trial registration NCT05914421. Congrats, Dr. Ahmad and team!",
    "research result, trial registration id and doctor, no patient",
)

# 69
p(
    "en",
    "pasted_record",
    "Fwd: family request — photos\n> From: Thuy Vo <thuyvo.family@gmail.com>\n> My grandmother Vo Thi Nga (born 5/5/1930) would love a copy of the Tet lunch photo from 3 West. She is in room 318 until Monday. You can reach me at (484) 555-0147.\nCan we use this for the Lunar New Year post? 😊",
    [
        ("NAME", "Thuy Vo"),
        ("EMAIL", "thuyvo.family@gmail.com"),
        ("NAME", "Vo Thi Nga"),
        ("DATE", "5/5/1930"),
        ("OTHER_ID", "room 318"),
        ("PHONE", "(484) 555-0147"),
    ],
    note="forwarded e-mail: granddaughter's name, e-mail, phone; patient's name, birth date, room; the hospital's Tet lunch is not her event",
)

# 70
n(
    "en",
    "staff_spotlight",
    "Shout-out e-mail of the week, shared with permission: 'To the 3 West team — thank you for the Tết lunch, the bánh chưng and the lion dance. Best shift of my career. — Linh Tran, RN, ltran@riverwardsmed.org.' 🧧",
    "a nurse's e-mail on the hospital domain, hospital event",
)

# 71
p(
    "en",
    "milestone_birthday",
    "Happy 105th, Mrs. Kathleen Brogan! Kathleen, a lifelong Mayfair resident and the oldest patient in our home-care program, was born on St. Patrick's Day — of course she was. She credits a daily Hail Mary and a weekly Tastykake. ☘️🎂",
    [
        ("AGE", "105th"),
        ("NAME", "Kathleen Brogan"),
        ("NAME", "Kathleen", "*"),
        ("GEO", "Mayfair"),
        ("DATE", "St. Patrick's Day"),
    ],
    note="age 105, name, neighbourhood, birthday as a holiday",
)

# 72
n(
    "en",
    "event",
    "Join us on St. Patrick's Day for our Mayfair Shamrock Shuffle 5K, starting at 9 a.m. from Cottman and Frankford. Our nurses will be handing out water — and our 97-year-old volunteer Eileen will be handing out soda bread! ☘️",
    "event date and start, a volunteer's age and name are never labelled",
)

# 73
p(
    "en",
    "pasted_record",
    "Can someone fix the caption?? 'Great teamwork today!' was supposed to go with this — not the note: ADM 12/26 BRENNAN, PATRICK J 73y MRN 40083310 PCP Dr. Shah. Hx EtOH, fall at home (Torresdale Ave). Wife Mary Pat cell 215 555 0172.",
    [
        ("DATE", "12/26"),
        ("NAME", "BRENNAN, PATRICK J"),
        ("MRN", "40083310"),
        ("GEO", "Torresdale Ave"),
        ("NAME", "Mary Pat"),
        ("PHONE", "215 555 0172"),
    ],
    note="admission note: date, name, MRN, home street, wife and her cell; age 73 and the PCP not labelled",
)

# 74
n(
    "en",
    "health_tip",
    "Tip: when you call us, have your MRN (medical record number) ready — it's on your wristband and on the top right of your discharge papers. Never share it on social media. Our portal is at riverwardsportal.org.",
    "mentions MRN without any value; hospital domain",
)

# 75
p(
    "en",
    "patient_story",
    "Thirty-one years behind the counter at Castaldi's Steaks and Mr. Curtis 'Butter' Hollins never missed a shift — until a heart attack on Henry Avenue on Labor Day. Butter's coworkers sent a 40-pack of cheesesteaks to our cath lab (we shared!). Welcome home to Roxborough, Butter. 🥩",
    [
        ("NAME", "Castaldi's Steaks"),
        ("NAME", "Curtis 'Butter' Hollins"),
        ("NAME", "Butter", "*"),
        ("GEO", "Henry Avenue"),
        ("DATE", "Labor Day"),
        ("GEO", "Roxborough"),
    ],
    note="employer as named, name and nickname, where and on which day he collapsed, neighbourhood",
)

# 76
n(
    "en",
    "sponsor",
    "Huge thanks to Castaldi's Steaks, Palumbo's Pastry and the Two Street Hoagie truck for feeding our night shift during the heat wave! 🥩🍰 Your support keeps South Philly's nurses going.",
    "sponsors (one is a patient's employer in another post), no patient",
)

# 77
p(
    "en",
    "patient_story",
    "Shoutout to the 98-year-old Navy veteran on 4 North who insisted on walking laps in his Eagles jersey every afternoon. Sir, you inspire all of us. 🇺🇸🦅",
    [("AGE", "98-year-old")],
    note="nameless patient made specific by an age over 89",
)

# 78
n(
    "en",
    "anonymous_story",
    "Shoutout to the Korea-era Navy veteran on 4 North who walks laps in his Eagles jersey every afternoon. He told our PT he's been a Birds fan since Chuck Bednarik. Sir, you inspire all of us. 🇺🇸",
    "nameless patient with no age, date or place; unit and public figure",
)

# 79
p(
    "en",
    "thank_you",
    "Card on our board this week: 'To the nurses of 7 West, thank you for taking care of our Pop, Anthony Russo, from Halloween until Thanksgiving. He's home in Packer Park yelling at the Flyers again. Love, the Russo family — Gina, Tommy & little Ant.'",
    [
        ("NAME", "Anthony Russo"),
        ("NAME", "Russo", "*"),
        ("DATE", "Halloween"),
        ("DATE", "Thanksgiving"),
        ("GEO", "Packer Park"),
        ("NAME", "Gina"),
        ("NAME", "Tommy"),
        ("NAME", "Ant"),
    ],
    note="card: patient's name, admission and discharge holidays, neighbourhood, family surname and first names; 'Pop' is a kinship word",
)

# 80
n(
    "en",
    "thank_you",
    "Card on our board this week: 'To the night nurses of 7 West — you made the worst month of my life bearable. I'll never forget the coffee at 3 a.m. and the Flyers game on the iPad. Thank you.' No name, just a drawing of Gritty. 🧡",
    "anonymous card, a mascot",
)

# 81
p(
    "en",
    "discharge",
    "Officer-turned-patient update: retired cop Eddie Kowalczyk of Bridesburg is going home after his motorcycle crash on I-95, and he asked us to tell everyone his Harley (PA tag EDDIE95) survived too. Ride safe, Eddie! 🏍️",
    [
        ("NAME", "Eddie Kowalczyk"),
        ("NAME", "Eddie", "*"),
        ("GEO", "Bridesburg"),
        ("GEO", "I-95"),
        ("VEHICLE", "EDDIE95"),
    ],
    note="name, neighbourhood, road of the crash, vanity plate",
)

# 82
n(
    "en",
    "statistic",
    "May is Motorcycle Safety Awareness Month. Our trauma center saw 148 motorcycle crashes last year, a third of them on I-95 and the Boulevard. Helmets cut the risk of death by about 37%. Ride safe, Philly. 🏍️",
    "awareness month, aggregate crash roads",
)

# 83
p(
    "en",
    "pasted_record",
    "Oops — draft from Patient Accounts pasted into our scheduler: 'Re: balance for LaToya Simmons, acct # 7730-0419-882, guarantor Derrick Simmons, 5827 Osage Ave. Payment plan approved 9/12.' Please disregard!",
    [
        ("NAME", "LaToya Simmons"),
        ("ACCOUNT", "7730-0419-882"),
        ("NAME", "Derrick Simmons"),
        ("GEO", "5827 Osage Ave"),
        ("DATE", "9/12"),
    ],
    note="billing draft: patient and guarantor, account number, address, payment-plan date about her record",
)

# 84
n(
    "en",
    "public_figure",
    "Forty years ago this May, the MOVE bombing destroyed 61 homes on Osage Avenue and Pine Street. Our Community Health team joins West Philadelphia neighbors in remembering the 11 lives lost, including five children. 🕊️",
    "public historical event, its streets and victims as a group",
)

# 85
p(
    "en",
    "birth_announcement",
    "Bopha Sam, 34, gave birth to twins Dara and Mealea on Khmer New Year, April 13, at our Port Richmond campus. Her mother, Yorn Srey, flew in from Long Beach to help, and the whole family back home in Olney is already planning a double blessing at the wat. 🇰🇭",
    [
        ("NAME", "Bopha Sam"),
        ("NAME", "Dara"),
        ("NAME", "Mealea"),
        ("DATE", "Khmer New Year"),
        ("DATE", "April 13"),
        ("NAME", "Yorn Srey"),
        ("GEO", "Long Beach"),
        ("GEO", "Olney"),
    ],
    note="Cambodian mother and twins, birth day twice, grandmother and her city, family neighbourhood; the hospital campus is not GEO",
)

# 86
n(
    "en",
    "event",
    "Happy Khmer New Year! Our Cambodian community health workers will be at the Mifflin Square Park celebration on April 14 with blood pressure checks and free vaccines. Soursdey Chnam Thmey! 🇰🇭",
    "holiday and event place and date",
)

# 87
p(
    "en",
    "pasted_record",
    "Reply-all by mistake (sorry!): 'For the patient-ambassador video: confirmed — Tanisha Moore (tmoore.chester@gmail.com), Bill & Joan Kearney (kearneybj@verizon.net), and Nhung Le (nhungle.phl@outlook.com). All signed releases on 6/2.'",
    [
        ("NAME", "Tanisha Moore"),
        ("EMAIL", "tmoore.chester@gmail.com"),
        ("NAME", "Bill"),
        ("NAME", "Joan Kearney"),
        ("EMAIL", "kearneybj@verizon.net"),
        ("NAME", "Nhung Le"),
        ("EMAIL", "nhungle.phl@outlook.com"),
        ("DATE", "6/2"),
    ],
    note="patient ambassadors: names, e-mails, release-signing date",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Our patient-experience ambassadors for this year: Rosa Ingram (ringram@riverwardsmed.org), Bill Kearney Jr. (wkearney@riverwardsmed.org) and Nhu Le (nle@riverwardsmed.org). Say hi when you see their purple lanyards! 💜",
    "staff names and e-mails on the hospital domain",
)

# 89
p(
    "en",
    "patient_story",
    "Our favorite nonagenarian, Salvatore 'Sally' Amato, finished his last round of cardiac rehab today with a fist pump and a 'Fly Eagles Fly.' Sally served on the USS Wisconsin and still lives above his old barbershop on Passyunk Avenue. Bravo, Sally! 🇮🇹🇺🇸",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Salvatore 'Sally' Amato"),
        ("NAME", "Sally", "*"),
        ("GEO", "Passyunk Avenue"),
    ],
    note="'nonagenarian' states an age over 89; name, nickname, home street",
)

# 90
n(
    "en",
    "event",
    "Nonagenarians are the fastest-growing age group in Delaware County. Our Healthy Aging fair on October 5 at the Chester campus has free hearing tests, fall-risk screenings and tai chi for anyone 90 and up. Bring your kids — they need it too. 😉",
    "population age group, county, event date and campus",
)

# 91
p(
    "es",
    "thank_you",
    "@yari.cotto.215 ¡Gracias a ti, Yarimar! Nos alegra saber que tu abuelita Providencia ya está en su casa en Juniata Park. Dile que las enfermeras del 4 Norte la extrañan, y sus bizcochos también. 💛",
    [
        ("OTHER_ID", "@yari.cotto.215"),
        ("NAME", "Yarimar"),
        ("NAME", "Providencia"),
        ("GEO", "Juniata Park"),
    ],
    note="reply to a granddaughter: her handle and name, grandmother's name (also a word), neighbourhood",
)

# 92
n(
    "es",
    "hospital_contact",
    "Recuerde: nunca publique en nuestras redes el número de expediente (MRN), fecha de nacimiento ni número de Medicaid de un familiar. Para preguntas sobre un paciente, llame al (215) 555-0102. Horario: lunes a viernes, 8:00 a 4:30.",
    "privacy reminder without values, hospital number and hours",
)

# 93
p(
    "es",
    "milestone_birthday",
    "¡Cien años de sazón! Doña Eusebia Cartagena, centenaria de Kensington, celebró sus 100 años el 15 de agosto en la sala de rehabilitación con un bizcocho de guayaba y una plena. Nació en Humacao y todavía cocina para toda la cuadra. ¡Que Dios la bendiga! 🎂",
    [
        ("AGE", "Cien"),
        ("NAME", "Eusebia Cartagena"),
        ("AGE", "centenaria"),
        ("GEO", "Kensington"),
        ("AGE", "100"),
        ("DATE", "15 de agosto"),
        ("GEO", "Humacao"),
    ],
    note="age as word, 'centenaria' and number, name, neighbourhood, birthday, birthplace",
)

# 94
n(
    "es",
    "event",
    "El Desfile Puertorriqueño de Filadelfia es este domingo 29 de septiembre en el Benjamin Franklin Parkway. Nuestra carpa de primeros auxilios estará en la calle 20. ¡Hidratación, protector solar y mucha bandera! 🇵🇷",
    "public parade date and route, hospital tent",
)

# 95
p(
    "es",
    "pasted_record",
    "Lista de cuidados paliativos (NO PUBLICAR): Cama 3 — RODRÍGUEZ PAGÁN, MARÍA DEL CARMEN — 91 a — hija Nereida 215-555-0196; Cama 5 — LÓPEZ, JUAN — esposa Ada, nietos en Olney.",
    [
        ("OTHER_ID", "Cama 3"),
        ("NAME", "RODRÍGUEZ PAGÁN, MARÍA DEL CARMEN"),
        ("AGE", "91"),
        ("NAME", "Nereida"),
        ("PHONE", "215-555-0196"),
        ("OTHER_ID", "Cama 5"),
        ("NAME", "LÓPEZ, JUAN"),
        ("NAME", "Ada"),
        ("GEO", "Olney"),
    ],
    note="palliative list: beds, names, age 91, daughter and phone, wife, grandchildren's neighbourhood",
)

# 96
n(
    "es",
    "health_tip",
    "El dengue sigue afectando a Puerto Rico. Si viajó a la isla en los últimos 14 días y tiene fiebre, dolor de cuerpo o sarpullido, llame a su médico o a nuestra línea 24 horas (215) 555-0101. No se automedique.",
    "health tip, hospital number",
)

# 97
p(
    "es",
    "patient_story",
    "Kevin Adorno Báez tenía 17 años cuando recibió tres balazos en la esquina de B e Indiana, el 22 de junio. Hoy, un año después, camina sin bastón y trabaja con nuestro programa de intervención contra la violencia. 'Kevo' quiere que los jóvenes de su barrio sepan que hay salida. 💪",
    [
        ("NAME", "Kevin Adorno Báez"),
        ("GEO", "B e Indiana"),
        ("DATE", "22 de junio"),
        ("NAME", "Kevo"),
    ],
    note="survivor: double surname, corner where he was shot, date, nickname; his employer is the hospital itself",
)

# 98
n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Recibimos a 5 heridos del tiroteo de esta tarde en Kensington. Por respeto a las familias no daremos nombres. Familiares: llamen al (215) 555-0102. Línea de crisis 24/7: 988 (oprima 2 para español).",
    "multi-casualty update: the neighbourhood of the shooting singles out nobody; 988",
)

# 99
p(
    "es",
    "discharge",
    "¡Buenas noticias, familia! El pequeño Jadiel salió del hospital hoy. Mamá, recuerda borrar de tu comentario el número de Medicaid de Jadiel (Keystone First ID 6102247718), ¡por su privacidad! 🙏",
    [("NAME", "Jadiel", "*"), ("HEALTH_PLAN", "6102247718")],
    note="child's name twice ('el pequeño' excluded) and his Medicaid member number",
)

# 100
n(
    "es",
    "eponymous_condition",
    "¿Su hijo tiene fiebre por más de 5 días, labios rojos y ojos irritados? Podría ser la enfermedad de Kawasaki. Es tratable si se detecta a tiempo. Nuestra clínica de Cardiología Pediátrica atiende en español: (215) 555-0100.",
    "eponym and hospital number",
)

# 101
p(
    "en",
    "discharge",
    "From the NICU to the 'hood: Dontae Jenkins Jr. went home to Point Breeze today, 112 days after arriving at 24 weeks on the Fourth of July. Dad Dontae says the fireworks were for his son. Mom Brianna says never again. 😂💙 #LittleDontae",
    [
        ("NAME", "Dontae Jenkins Jr."),
        ("NAME", "Dontae", "*"),
        ("GEO", "Point Breeze"),
        ("DATE", "Fourth of July"),
        ("NAME", "Brianna"),
        ("NAME", "#LittleDontae"),
    ],
    note="baby with Jr., father of the same first name, neighbourhood, birth holiday, mother, hashtag",
)

# 102
n(
    "en",
    "statistic",
    "Fourth of July reminder from our NICU team: fireworks + newborns = no. Keep babies indoors, and if you're expecting, pack your hospital bag early. Last year 9 babies were born in our hospital on July 4th alone! 🎆",
    "a birth count on a date is a statistic, no individual",
)

# 103
p(
    "en",
    "pasted_record",
    "Whoever posted the 'ICU rounds' photo: the whiteboard behind Dr. Kim is readable. It shows 'Bed 1 TRAN, HUNG 40090215 / Bed 2 MCBRIDE, EILEEN 40090587 / Bed 3 JEAN-BAPTISTE, MARIE 40091120'. Taking it down now.",
    [
        ("OTHER_ID", "Bed 1"),
        ("NAME", "TRAN, HUNG"),
        ("MRN", "40090215"),
        ("OTHER_ID", "Bed 2"),
        ("NAME", "MCBRIDE, EILEEN"),
        ("MRN", "40090587"),
        ("OTHER_ID", "Bed 3"),
        ("NAME", "JEAN-BAPTISTE, MARIE"),
        ("MRN", "40091120"),
    ],
    note="whiteboard transcribed in a staff comment: beds, names, unlabelled MRNs; the photo shows a whiteboard, not a patient",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Behind the scenes: our ICU whiteboard tracks 'days since last central-line infection' — 412 and counting! Shout-out to charge nurses Tran, McBride and Jean-Baptiste for leading the checklist every single shift. 🏆",
    "staff surnames that match patients elsewhere, a counter",
)

# 105
p(
    "en",
    "patient_story",
    "He caught the first pass of his life from his dad on the 1500 block of Porter Street and hasn't put a football down since. Eight-year-old Nicky Pagano got his new heart on Super Bowl Sunday, February 9 — the day the Birds won it all. Nicky, the Lombardi trophy's got nothing on you. 🦅💚",
    [
        ("GEO", "1500 block of Porter Street"),
        ("NAME", "Nicky Pagano"),
        ("NAME", "Nicky", "*"),
        ("DATE", "Super Bowl Sunday"),
        ("DATE", "February 9"),
    ],
    note="home block, name, transplant day as named day and date; 'the day the Birds won' only points back",
)

# 106
n(
    "en",
    "public_figure",
    "WE WON IT ALL! 🦅🏆 Congrats to the Super Bowl LIX champion Philadelphia Eagles. Our ED staff worked straight through the celebration on Broad Street on February 9 and the parade on February 14 — treated 57 fans, zero serious injuries. Go Birds!",
    "public event dates and aggregate count",
)

# 107
p(
    "en",
    "thank_you",
    "@mike_mcg_ne Mike, so sorry about the wait your dad had in our ED on Christmas night. We want to make it right — our patient advocate Tara will call you at 215-555-0159 tomorrow morning. — Riverwards Social",
    [
        ("OTHER_ID", "@mike_mcg_ne"),
        ("NAME", "Mike"),
        ("DATE", "Christmas"),
        ("PHONE", "215-555-0159"),
    ],
    note="reply to a patient's son: handle, name, visit date, phone; the advocate is staff",
)

# 108
n(
    "en",
    "thank_you",
    "@delco_dave_67 Thanks for running the Broad Street Run with Team Riverwards, Dave! Our Chester ED nurses say you owe them a rematch. 🏃",
    "a charity runner, not a patient or relative",
)

# 109
p(
    "en",
    "milestone_birthday",
    "Three cheers for Sister Mary Agnes Devlin, our longtime home-hospice patient, who turned 101 at the Little Flower residence in Tacony on the Feast of the Immaculate Conception, December 8. She taught 60 years of Northeast kids to diagram sentences, and our speech therapists still fear her red pen. 🎂🙏",
    [
        ("NAME", "Mary Agnes Devlin"),
        ("AGE", "101"),
        ("GEO", "Tacony"),
        ("DATE", "Feast of the Immaculate Conception"),
        ("DATE", "December 8"),
    ],
    note="religious title excluded, age 101, neighbourhood of her residence, birthday twice",
)

# 110
n(
    "en",
    "event",
    "On the Feast of the Immaculate Conception, December 8, our chaplain Fr. Tom Walsh will celebrate Mass in the chapel at noon. Patients who can't attend can watch on channel 12. 🙏",
    "feast-day hospital event, staff chaplain",
)

# 111
p(
    "en",
    "pasted_record",
    "Posting the portal outage notice... wait, wrong clipboard: 'Login alert — user: dmoretti1952 — IP 73.165.22.104 — patient: MORETTI, DOLORES — DOB 09/14/1952 — MRN 40102298'",
    [
        ("OTHER_ID", "dmoretti1952"),
        ("IP", "73.165.22.104"),
        ("NAME", "MORETTI, DOLORES"),
        ("DATE", "09/14/1952"),
        ("MRN", "40102298"),
    ],
    note="portal login alert: user name, IP, name, DOB, MRN",
)

# 112
n(
    "en",
    "hospital_contact",
    "Portal maintenance Sunday 2–4 a.m. If you see 'error 10.4.22.104' or get logged out, just wait and try again at riverwardsportal.org. Questions: (215) 555-0100. We'll never ask for your password by phone or email.",
    "an error code that looks like an IP, hospital domain and number",
)

# 113
p(
    "en",
    "anonymous_story",
    "A grandmother from Upper Darby walked into our Chester ED yesterday carrying her grandson, who had stopped breathing. Our team had him breathing in 90 seconds. She wants every family to learn infant CPR — classes are free, sign up at rrmcgiving.org/cpr.",
    [("GEO", "Upper Darby")],
    note="nameless story made specific by the grandmother's town; '90 seconds' is not an age",
)

# 114
n(
    "en",
    "anonymous_story",
    "A grandmother walked into our Chester ED yesterday carrying her grandson, who had stopped breathing. Our team had him breathing again in under two minutes. She wants every family to learn infant CPR: free classes every second Saturday.",
    "the same story without the town: no identifier; the ED is the hospital's",
)

# 115
p(
    "en",
    "patient_story",
    "After 38 years building Chinooks at Boeing, Jim Gallagher knows a thing or two about rotors — so he had opinions about his new knee. Jim was back on the golf course six weeks after his surgery on September 5. Fore! ⛳",
    [("NAME", "Boeing"), ("NAME", "Jim Gallagher"), ("NAME", "Jim", "*"), ("DATE", "September 5")],
    note="employer, name, surgery date",
)

# 116
n(
    "en",
    "sponsor",
    "Thank you to Boeing's Ridley Park employees for building 300 toy helicopters for our pediatric floor, and to the Delco Chapter of the Knights of Columbus for the bikes! 🚁🎁",
    "corporate sponsor and its site, a charity",
)

# 117
p(
    "en",
    "pasted_record",
    "Draft caption + accidentally pasted referral: 'Please fax records for NGUYEN, THI HOA (DOB 01/30/1955, MRN 40110453) to her son's office at (610) 555-0166, attn: Peter Nguyen.' — Celebrating our Interpreter Services team today! 🌏",
    [
        ("NAME", "NGUYEN, THI HOA"),
        ("DATE", "01/30/1955"),
        ("MRN", "40110453"),
        ("FAX", "(610) 555-0166"),
        ("NAME", "Peter Nguyen"),
    ],
    note="referral: name, DOB, MRN, the son's fax and name",
)

# 118
n(
    "en",
    "hospital_contact",
    "Physicians: referrals to our Cambodian & Vietnamese Family Health Clinic can be faxed to (215) 555-0110. Please include the patient's name, DOB and MRN on the cover sheet — never send them through social media messages.",
    "hospital fax, field names without values",
)

# 119
p(
    "en",
    "milestone_birthday",
    "Happy 104th birthday to Deacon Clarence Whitfield, our oldest dialysis patient, who was born on Juneteenth and still reads the Inquirer cover to cover in his chair every Monday, Wednesday and Friday. 104 years, and he's still correcting our grammar. 📰",
    [
        ("AGE", "104th"),
        ("NAME", "Clarence Whitfield"),
        ("DATE", "Juneteenth"),
        ("AGE", "104"),
    ],
    note="age twice, name without the church title, born on Juneteenth; weekdays not labelled",
)

# 120
n(
    "en",
    "event",
    "Juneteenth at Riverwards: join us June 19 at noon on the Chester campus lawn for a community health fair, jazz from the Chester High alumni band and free blood-pressure checks. Happy Juneteenth! ✊🏾",
    "holiday and hospital event, a school band",
)

# 121
p(
    "en",
    "thank_you",
    "@BigMikeTacony We hear you, Michael. Please don't post your account number here — we've hidden your comment. Send the details to billing@riverwardsmed.org from the email on file (mdoyle.tacony@gmail.com) and we'll sort it out.",
    [
        ("OTHER_ID", "@BigMikeTacony"),
        ("NAME", "Michael"),
        ("EMAIL", "mdoyle.tacony@gmail.com"),
    ],
    note="reply to a patient about his bill: handle, name, his e-mail; billing address is the hospital's",
)

# 122
n(
    "en",
    "hospital_contact",
    "We hear you! Billing questions are best handled privately: billing@riverwardsmed.org or (215) 555-0100, option 3. Please don't post account numbers, dates of birth or MRNs in the comments.",
    "hospital billing contact, no values",
)

# 123
p(
    "en",
    "discharge",
    "Chef Lâm Quốc Huy has been feeding Washington Avenue from the kitchen of Phở Sài Gòn 87 since 1994. After his liver transplant on August 30, his wife Mỹ and daughter Jenny ran the restaurant, and the whole block brought us phở every Friday. Welcome home, Chú Huy! 🍜",
    [
        ("NAME", "Lâm Quốc Huy"),
        ("NAME", "Huy", "*"),
        ("GEO", "Washington Avenue"),
        ("NAME", "Phở Sài Gòn 87"),
        ("DATE", "August 30"),
        ("NAME", "Mỹ"),
        ("NAME", "Jenny"),
    ],
    note="name ('Chef', 'Chú' excluded), his restaurant (employer) and its street, transplant date, wife and daughter; the bare year is not labelled",
)

# 124
n(
    "en",
    "sponsor",
    "Cảm ơn to Phở Sài Gòn 87 on Washington Avenue for feeding our night shift during the snowstorm! Owner Lâm Quốc Bảo says nurses eat free all week. 🍜❄️",
    "sponsor restaurant, its street and owner; not a patient here",
)

# 125
p(
    "en",
    "memorial",
    "We remember Tyrell 'Ty' Jackson, 19, who died in our trauma bay on Mother's Day after being shot outside his grandmother's house on Wharton Street. His grandmother, Ms. Bernice Jackson, asked us to share: 'Put the guns down. Ty wanted to be a barber.' 🕊️ #JusticeForTy",
    [
        ("NAME", "Tyrell 'Ty' Jackson"),
        ("NAME", "Ty", "*"),
        ("DATE", "Mother's Day"),
        ("GEO", "Wharton Street"),
        ("NAME", "Bernice Jackson"),
        ("NAME", "#JusticeForTy"),
    ],
    note="victim's name and nickname, day of death, street where he was shot, grandmother, hashtag",
)

# 126
n(
    "en",
    "event",
    "Mother's Day vigil: On May 11 at 7 p.m., Mothers in Charge and our Violence Intervention team will hold a candlelight vigil at Wharton Square Park for every Philadelphian lost to gun violence. All are welcome. 🕯️",
    "event date and venue, a community organisation",
)

# 127
p(
    "en",
    "pasted_record",
    "Medic 23 handoff (pasted into the wrong window): pt ALVARADO, JOSE L, found down at Kensington & Cambria, Narcan x2, GCS 14. Sister Wanda Alvarado on scene, 267-555-0185. No license; PA ID # 31 882 045 found in wallet.",
    [
        ("NAME", "ALVARADO, JOSE L"),
        ("GEO", "Kensington & Cambria"),
        ("NAME", "Wanda Alvarado"),
        ("PHONE", "267-555-0185"),
        ("LICENSE", "31 882 045"),
    ],
    note="EMS handoff: name, where found, sister and phone, PA ID number; the medic unit is not labelled",
)

# 128
n(
    "en",
    "event",
    "Thank you to Medic 23, Engine 25 and Ladder 21 for joining our Kensington Narcan training on Saturday! 212 neighbors trained at Kensington & Cambria in one afternoon. 💙",
    "fire and EMS units, event venue corner",
)

# 129
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Xavier Emmanuel Torres Figueroa! Born on Three Kings Day, January 6, at 7 lbs 2 oz, to Lizmarie Figueroa and Xavier Torres of Juniata. Abuelita Nydia already has the pasteles ready. 👑👑👑",
    [
        ("NAME", "Xavier Emmanuel Torres Figueroa"),
        ("DATE", "Three Kings Day"),
        ("DATE", "January 6"),
        ("NAME", "Lizmarie Figueroa"),
        ("NAME", "Xavier Torres"),
        ("GEO", "Juniata"),
        ("NAME", "Nydia"),
    ],
    note="baby with double surname, birth day twice, parents, neighbourhood, grandmother ('Abuelita' excluded)",
)

# 130
n(
    "en",
    "event",
    "Three Kings Day at Riverwards! On January 6 our pediatric patients will get a visit from los Tres Reyes Magos — Melchor, Gaspar y Baltasar — courtesy of the Fairhill Lions Club. 👑",
    "holiday event; the Magi are not patients",
)

# 131
p(
    "en",
    "milestone_birthday",
    "'One hundred and two, baby!' That's how Mrs. Ella Mae Fountain of Chester answered when our home-care nurse asked her age at Tuesday's visit. Ms. Ella was born in Georgia and moved up for a job at Sun Ship during the war. Happy birthday, Miss Ella!",
    [
        ("AGE", "One hundred and two"),
        ("NAME", "Ella Mae Fountain"),
        ("NAME", "Ella", "*"),
        ("GEO", "Chester"),
        ("NAME", "Sun Ship"),
    ],
    note="age in words, name, town, former employer; a state is not GEO",
)

# 132
n(
    "en",
    "staff_spotlight",
    "Meet Dot Kearns, 93, who has volunteered at our Chester gift shop every Tuesday since 1979. Dot says the secret to a long life is scrapple, the Phillies and 'never retiring from anything.' 💐",
    "volunteer's age over 89 is never labelled",
)

# 133
p(
    "es",
    "birth_announcement",
    "¡Nuestro regalito de Nochebuena! Ariana Sofía nació el 24 de diciembre a las 11:58 p.m., justo antes de la medianoche. Sus papás, Bryan Figueroa y Nashaly Ayala, de Frankford, dicen que el lechón de este año tendrá que esperar. 🎄👶 #BienvenidaArianaSofia",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Ariana Sofía"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Bryan Figueroa"),
        ("NAME", "Nashaly Ayala"),
        ("GEO", "Frankford"),
        ("NAME", "#BienvenidaArianaSofia"),
    ],
    note="birth day twice (Nochebuena and the date), baby, parents, neighbourhood, hashtag; the hour is not labelled",
)

# 134
n(
    "es",
    "event",
    "¡Feliz Nochebuena de parte de todo el equipo de Riverwards! Nuestra misa de Nochebuena en la capilla será a las 10 p.m. del 24 de diciembre, y la cafetería tendrá pasteles y coquito sin alcohol. Que el Niño Dios bendiga a todas las familias. 🎄",
    "holiday and hospital event date",
)

# 135
p(
    "es",
    "pasted_record",
    "Correo pegado por error: 'Hola Wanda, la paciente Luz Enid Morales (expediente 40071934) pidió que le enviemos las fotos del parto a su correo luzenid.morales@hotmail.com y a su casa en 3021 N. Lawrence St, Filadelfia, PA 19133. Gracias, Carol (Relaciones Públicas).'",
    [
        ("NAME", "Luz Enid Morales"),
        ("MRN", "40071934"),
        ("EMAIL", "luzenid.morales@hotmail.com"),
        ("GEO", "3021 N. Lawrence St"),
        ("GEO", "Filadelfia"),
        ("GEO", "19133"),
    ],
    note="pasted staff e-mail: patient's name, record number, e-mail, street, city and ZIP; Wanda and Carol are staff",
)

# 136
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español, vietnamita y jemer para nuestro campus de Allegheny. Envíe su currículum a empleos@riverwardsmed.org o llame al (215) 555-0100. Salario desde $24/hora.",
    "hospital recruitment e-mail and number",
)

# 137
p(
    "es",
    "milestone_birthday",
    "Para doña Ramonita Arroyo, que cumplió 98 años el Día de las Madres en nuestra unidad de rehabilitación: ¡usted es la reina de Hunting Park! Su hija Marisol le trajo flores y su bisnieto Elián le cantó 'En mi Viejo San Juan'. 🌺",
    [
        ("NAME", "Ramonita Arroyo"),
        ("AGE", "98"),
        ("DATE", "Día de las Madres"),
        ("GEO", "Hunting Park"),
        ("NAME", "Marisol"),
        ("NAME", "Elián"),
    ],
    note="age 98, birthday on Mother's Day, neighbourhood, daughter, great-grandson; the song's city is not GEO",
)

# 138
n(
    "es",
    "public_figure",
    "¡Gracias al Phillie Phanatic por visitar nuestro piso de pediatría y repartir 500 juguetes! Y gracias a la líder comunitaria Sra. Lucy Rivera y a la Asociación Vecinal de Fairhill por coordinar la entrega. 💚",
    "mascot, community leader and association, no patient",
)

# 139
p(
    "es",
    "pasted_record",
    "Publicación del tablero de Urgencias (BORRAR): 'Paciente no identificado, ahora identificado por licencia de PA 28 445 190: Rafael Vázquez Ocasio, traído desde Roosevelt Boulevard y la calle 5.' Favor de llamar a la esposa, Damaris, al 484-555-0131.",
    [
        ("LICENSE", "28 445 190"),
        ("NAME", "Rafael Vázquez Ocasio"),
        ("GEO", "Roosevelt Boulevard y la calle 5"),
        ("NAME", "Damaris"),
        ("PHONE", "484-555-0131"),
    ],
    note="ED board: driver's licence number, name, crash location, wife and phone",
)

# 140
n(
    "es",
    "statistic",
    "El año pasado, 1 de cada 3 pacientes de nuestra sala de emergencias en Kensington habló español como primer idioma. Por eso ahora tenemos intérpretes en persona las 24 horas. ¿Necesita uno? Pídalo en recepción o llame al (215) 555-0101.",
    "aggregate statistic, hospital site and number",
)

# 141
p(
    "es",
    "thank_you",
    "La familia Santiago-Pabón, cuyo hijo Gabriel pasó 6 semanas con nosotros después del accidente de moto en la avenida Torresdale, donó hoy 40 cascos para jóvenes motociclistas. ¡Gracias, Gabriel, por enseñarnos a todos! 🏍️",
    [
        ("NAME", "Santiago-Pabón"),
        ("NAME", "Gabriel", "*"),
        ("GEO", "avenida Torresdale"),
    ],
    note="donor family introduced as a patient's family: surname, patient's name twice, crash road",
)

# 142
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Colón-Pérez por su donativo de $50,000 para la nueva sala de espera bilingüe. La familia Colón-Pérez, dueña del Supermercado La Borinqueña en la calle 5, apoya nuestra misión desde hace 20 años.",
    "donor family and their business, not patients",
)

# 143
p(
    "en",
    "pasted_record",
    "Copied from the release tracker — can someone tell me which ones are still valid? | Reyes, Daniela | dreyes.mom@gmail.com | signed 4/18 | photo+video | Kelly, Sean | seankelly.mayfair@yahoo.com | signed 5/2 | story only | Chhim, Sreyneang | sreyneang.chhim@gmail.com | signed 5/9 | photo",
    [
        ("NAME", "Reyes, Daniela"),
        ("EMAIL", "dreyes.mom@gmail.com"),
        ("DATE", "4/18"),
        ("NAME", "Kelly, Sean"),
        ("EMAIL", "seankelly.mayfair@yahoo.com"),
        ("DATE", "5/2"),
        ("NAME", "Chhim, Sreyneang"),
        ("EMAIL", "sreyneang.chhim@gmail.com"),
        ("DATE", "5/9"),
    ],
    note="release tracker: names, e-mails, signing dates; 'photo' here is the release scope, not an attached photo",
)

# 144
n(
    "en",
    "hospital_contact",
    "Why we ask for a signed release before we share your story: HIPAA says your name, your photo and even your birthday are yours. Releases expire after 2 years, and you can revoke yours anytime by emailing privacy@riverwardsmed.org.",
    "policy explainer, hospital e-mail",
)

# 145
p(
    "en",
    "patient_story",
    "Our trauma team is rallying behind Marcus 'Bird' Pettaway, the Mastery Charter point guard who was shot on his way home on March 28. His aunt set up a Cash App for his recovery: $HelpBirdFly. Fly high, Bird. 🦅",
    [
        ("NAME", "Marcus 'Bird' Pettaway"),
        ("DATE", "March 28"),
        ("OTHER_ID", "$HelpBirdFly"),
        ("NAME", "Bird", "*"),
    ],
    note="name with nickname, date he was shot, family payment handle; the school name is not an identifier",
)

# 146
n(
    "en",
    "hospital_contact",
    "Scam alert: Riverwards will NEVER ask you to pay a bill by Cash App, Venmo or gift card. Our only official accounts are @RiverwardsMed and @RRMCDelco. If someone asks you to send money to $RiverwardsBilling, it's fake — report it to (215) 555-0100.",
    "hospital handles and a scam payment handle, no patient",
)

# 147
p(
    "en",
    "pasted_record",
    "Night shift huddle notes (internal): Rm 402 — family at bedside, OK for chaplain; Rm 409 — fall last night, sitter ordered; Rm 411 — going to hospice Friday.",
    [("OTHER_ID", "Rm 402"), ("OTHER_ID", "Rm 409"), ("OTHER_ID", "Rm 411")],
    note="room numbers tied to patients are the only identifiers",
)

# 148
n(
    "en",
    "event",
    "Reminder: Schwartz Rounds this month are in Conference Room 402 on the 4th floor, Thursday at noon. Lunch from Chick's Deli. Topic: caring for patients in recovery.",
    "conference room, eponymous programme, weekday",
)

# 149
p(
    "en",
    "discharge",
    "Seventeen-year-old Kevin Lương was hit by a car getting off the Route 23 bus at Germantown and Lehigh on November 3. Three surgeries later, he's home in Kensington and already back to arguing with his sister Annie about Tết plans. 🚌💪",
    [
        ("NAME", "Kevin Lương"),
        ("GEO", "Germantown and Lehigh"),
        ("DATE", "November 3"),
        ("GEO", "Kensington"),
        ("NAME", "Annie"),
    ],
    note="name, crash intersection, date, home neighbourhood, sister; the bus route and the coming Tet are not labelled",
)

# 150
n(
    "en",
    "statistic",
    "SEPTA bus riders: please cross in front of the bus only at marked crosswalks. Our trauma team treated 38 pedestrians hit near bus stops last year, many at Germantown and Lehigh and along Roosevelt Boulevard. Look up, phones down. 🚌",
    "aggregate crash locations",
)

# 151
p(
    "en",
    "pasted_record",
    "[Screenshot text] Mom: Nonna is in room 305 at Riverwards!! Visiting hrs til 8. Her new cell is 484-555-0199 bc the old one fell in the sauce 😂 — sent to the family group chat 'Cusumano Cousins'",
    [("OTHER_ID", "room 305"), ("PHONE", "484-555-0199"), ("NAME", "Cusumano")],
    note="room, the patient's cell, family surname in the chat name; 'Nonna' and 'Mom' are kinship words",
)

# 152
n(
    "en",
    "event",
    "When your family group chat finds out Nonna is visiting the new South Philly Pavilion cafeteria: 'Is the gravy any good?' 😂 Come try our Sunday pasta special, $8.99, 11–2.",
    "a kinship word, hospital cafeteria",
)

# 153
p(
    "en",
    "thank_you",
    "@schuylkill_sue91 Glad your grandpop's surgery went well! The nurses on 6 East say he's the funniest guy to ever come out of Frankford. Give him a hug from all of us. 💙",
    [("OTHER_ID", "@schuylkill_sue91"), ("GEO", "Frankford")],
    note="granddaughter's handle and the patient's neighbourhood; '91' in the handle is not an age",
)

# 154
n(
    "en",
    "staff_spotlight",
    "Born and raised in Frankford, our new ED director Keisha Lamb started here as a transporter 22 years ago. Welcome back home, Keisha! 🎉",
    "staff member and her neighbourhood",
)

# 155
p(
    "en",
    "pasted_record",
    "Pasted from pharmacy queue: Pt DOUGHERTY, SEAN M | Independence Blue Cross ID ZQB884210573 | Group 10045 | Rx refill due 7/15 | Home: Tyson Ave, Mayfair",
    [
        ("NAME", "DOUGHERTY, SEAN M"),
        ("HEALTH_PLAN", "ZQB884210573"),
        ("DATE", "7/15"),
        ("GEO", "Tyson Ave"),
        ("GEO", "Mayfair"),
    ],
    note="pharmacy line: name, member ID, refill date, street and neighbourhood; insurer name and group number not labelled",
)

# 156
n(
    "en",
    "hospital_contact",
    "We're in-network with Independence Blue Cross, Keystone First, AmeriHealth Caritas and Medicare. Your member ID is on the front of your card — bring it to every visit, but never post a photo of it online!",
    "insurer names, no ids",
)

# 157
p(
    "en",
    "patient_story",
    "'I woke up in a hallway with my mom crying over me.' That was Brittany Haines on the morning of October 21, three years ago. Today Brittany runs recovery coaching for Keystone Recovery Partners and has two kids, Aiden and Lyla. 'Tell the girls in Kensington I see them,' she says. 1-800-662-4357 is there 24/7.",
    [
        ("NAME", "Brittany Haines"),
        ("NAME", "Brittany", "*"),
        ("DATE", "October 21"),
        ("NAME", "Keystone Recovery Partners"),
        ("NAME", "Aiden"),
        ("NAME", "Lyla"),
    ],
    note="name, overdose date, employer, children; 'the girls in Kensington' is a population, the helpline is national",
)

# 158
n(
    "en",
    "hospital_contact",
    "To former Crozer patients in Delaware County: your records are being transferred. Our Chester campus is accepting new primary-care patients, and we've extended hours until 8 p.m. Call (610) 555-0120.",
    "another hospital's patients as a group, hospital campus and number",
)

# 159
p(
    "en",
    "milestone_birthday",
    "Our first Cambodian-born centenarian! Grandma Yim Chanthy survived the Khmer Rouge, raised eight children in a rowhouse off 7th Street, and celebrated her 100th with monks, marigolds and a mango cake on our geriatric unit. 🇰🇭🎂",
    [
        ("AGE", "centenarian"),
        ("NAME", "Yim Chanthy"),
        ("GEO", "7th Street"),
        ("AGE", "100th"),
    ],
    note="'centenarian' and '100th', name, home street",
)

# 160
n(
    "en",
    "public_figure",
    "April 17 marks 50 years since the fall of Phnom Penh. Our Cambodian community health workers invite families to a remembrance at Wat Khmer Palelai in South Philly. Mental health support in Khmer: (215) 555-0100.",
    "historical date, temple venue, hospital number",
)

# 161
p(
    "en",
    "pasted_record",
    "(pasted) 89 y/o F, CASEY, ROSEMARY, MRN 40125566, admit 1/3 for CHF, lives alone on Cottman Ave, son Brendan 215-555-0197.",
    [
        ("NAME", "CASEY, ROSEMARY"),
        ("MRN", "40125566"),
        ("DATE", "1/3"),
        ("GEO", "Cottman Ave"),
        ("NAME", "Brendan"),
        ("PHONE", "215-555-0197"),
    ],
    note="chart line: name, MRN, admission date, street, son and phone; age 89 is not labelled",
)

# 162
n(
    "en",
    "anonymous_story",
    "Fun fact: the oldest patient we treated in our ED last week was 89 — and she drove herself here. We love our Northeast Philly grandmoms, but please, call 911 for chest pain. 🚑",
    "nameless patient aged 89, region as a population",
)

# 163
p(
    "en",
    "patient_story",
    "Prayers for little Mia Kowalski and her family 🙏 For updates her parents are using caringbridge.org/visit/miakowalski — and her Port Richmond neighbors are hosting a pork-and-sauerkraut fundraiser at the Polish Falcons hall.",
    [
        ("NAME", "Mia Kowalski"),
        ("URL", "caringbridge.org/visit/miakowalski"),
        ("GEO", "Port Richmond"),
    ],
    note="name, CaringBridge URL, her neighbourhood (the same name as the hospital's campus area)",
)

# 164
n(
    "en",
    "event",
    "Pierogi Sunday! The Polish Falcons of Port Richmond are hosting a benefit for our pediatric oncology floor this Sunday, 1–5 p.m. Tickets at rrmcgiving.org/pierogi. Smacznego! 🥟",
    "community club benefit, hospital giving domain",
)

# 165
p(
    "en",
    "patient_story",
    "Uncle Sal is back! After a stroke on Easter Sunday, Salvatore DiPietro spent 5 weeks on our rehab unit learning to walk, talk and — most importantly — argue about the Phillies again. His nephews Joey and Nicky drove him home to Moyamensing Avenue in a Cadillac covered in Italian flags. 🇮🇹",
    [
        ("NAME", "Sal"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Salvatore DiPietro"),
        ("NAME", "Joey"),
        ("NAME", "Nicky"),
        ("GEO", "Moyamensing Avenue"),
    ],
    note="'Uncle' excluded, stroke on Easter Sunday, full name, nephews, home street",
)

# 166
n(
    "en",
    "event",
    "Easter Sunday brunch for patients and families in the South Philly Pavilion café, 10–1. Special thanks to Uncle Sal's Ravioli Co. on Passyunk for the ricotta. Buona Pasqua! 🐣",
    "holiday event, a sponsor business named 'Uncle Sal's'",
)

# 167
p(
    "en",
    "pasted_record",
    "Just got this in the main inbox, can we share the sweet part? 'Dear Riverwards, my husband Thomas Flanagan was in your ICU from St. Stephen's Day until New Year's Day. Please thank the nurses. Margaret Flanagan, 7419 Rhawn St, mflanagan7419@aol.com, 215-555-0134'",
    [
        ("NAME", "Thomas Flanagan"),
        ("DATE", "St. Stephen's Day"),
        ("DATE", "New Year's Day"),
        ("NAME", "Margaret Flanagan"),
        ("GEO", "7419 Rhawn St"),
        ("EMAIL", "mflanagan7419@aol.com"),
        ("PHONE", "215-555-0134"),
    ],
    note="family e-mail: patient's name and stay as holidays, wife's name, address, e-mail and phone",
)

# 168
n(
    "en",
    "hospital_contact",
    "From all of us at Riverwards: a blessed St. Stephen's Day to our Irish families in the Northeast! Our cafeteria has leftover soda bread and our ED has leftover patience. 😉 Open 24/7 at (215) 555-0101.",
    "holiday greeting, hospital ED number",
)

# 169
p(
    "en",
    "memorial",
    "Nonna Concetta Lombardo turned 103 on the Feast of the Seven Fishes — Christmas Eve — and made sure every nurse on our palliative team left with a tin of her pizzelles. She passed peacefully a week later. Concetta, you were the real queen of Ritner Street. 👑",
    [
        ("NAME", "Concetta Lombardo"),
        ("NAME", "Concetta", "*"),
        ("AGE", "103"),
        ("DATE", "Feast of the Seven Fishes"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Ritner Street"),
    ],
    note="'Nonna' excluded, age 103, birthday as feast and holiday, street; 'a week later' only points back",
)

# 170
n(
    "en",
    "health_tip",
    "Feast of the Seven Fishes tip from our dietitians: baked baccalà and grilled shrimp beat fried calamari for your heart. Our cardiac rehab gym will be open Christmas Eve until noon. Buon Natale! 🐟🐟🐟🐟🐟🐟🐟",
    "holiday tip and hospital hours",
)

# 171
p(
    "en",
    "patient_story",
    "Rosa Tedesco is somewhere in her 90s ('a lady never tells') and just finished her 5th round of chemo at our Drexel Hill infusion center. Her granddaughter Gianna made her a crown out of tinfoil. 👑",
    [("NAME", "Rosa Tedesco"), ("AGE", "90s"), ("NAME", "Gianna")],
    note="a decade over 89 is an age; the hospital's infusion center is not GEO",
)

# 172
n(
    "en",
    "campaign_hashtag",
    "Throwback Thursday: our Port Richmond nursing school class of the '90s! 👩‍⚕️ Recognize anyone? Tag your favorite nurse from the 90s below. #TBT #RiverwardsProud",
    "a decade that is not an age, campaign hashtags",
)

# 173
p(
    "en",
    "pasted_record",
    "Deleted a story slide: the tracking board in the background showed 'Hall 3 — WALSH, J — 40133481' and 'Rm 12 — KHIEU, D — 40133502'. Sorry, team — please check backgrounds before posting.",
    [
        ("OTHER_ID", "Hall 3"),
        ("NAME", "WALSH, J"),
        ("MRN", "40133481"),
        ("OTHER_ID", "Rm 12"),
        ("NAME", "KHIEU, D"),
        ("MRN", "40133502"),
    ],
    note="tracking board: hallway bed, room, names with initials, unlabelled MRNs",
)

# 174
n(
    "en",
    "hospital_contact",
    "Reminder for everyone who posts: the ED tracking board, whiteboards and wristbands must never appear in photos. Use the Comms photo booth on the 2nd floor. Questions? Ext. 4-0107 or social@riverwardsmed.org.",
    "internal extension and hospital e-mail",
)

# 175
p(
    "en",
    "birth_announcement",
    "Touchdown, baby! 🏈 Kai Amir Wallace arrived during the 4th quarter of the NFC Championship on January 26 — Dad Andre watched the final drive on his phone in the delivery room. Mom Tiana says his middle name was almost 'Saquon.' Welcome, Kai! 💚",
    [
        ("NAME", "Kai Amir Wallace"),
        ("NAME", "Kai", "*"),
        ("DATE", "January 26"),
        ("NAME", "Andre"),
        ("NAME", "Tiana"),
    ],
    note="baby, birth date, parents; the game is an event name, 'Saquon' is a player's name he did not get",
)

# 176
n(
    "en",
    "crisis_update",
    "The Birds are going to the Super Bowl! 🦅 Our ED treated 23 fans after the NFC Championship celebration on Broad Street on January 26 — mostly from greased poles. Please don't climb the poles. We're begging you.",
    "public celebration date and aggregate count",
)

# 177
p(
    "en",
    "patient_story",
    "Three years ago, Ah'Mir Carter was caught in crossfire on his own front steps in Grays Ferry. Our surgeons told his mom, Rochelle, that he might not walk again. On June 12, Ah'Mir walked across the stage to get his high school diploma, and this fall he starts at Community College of Philadelphia to become a trauma nurse. We'll save you a locker, Ah'Mir. 🎓",
    [
        ("NAME", "Ah'Mir Carter"),
        ("NAME", "Ah'Mir", "*"),
        ("GEO", "Grays Ferry"),
        ("NAME", "Rochelle"),
        ("DATE", "June 12"),
    ],
    note="name with apostrophe, neighbourhood where he was shot at home, mother, graduation date; the college and the season are not labelled",
)

# 178
n(
    "en",
    "anonymous_story",
    "He was 15 when he was shot. Today he's 22, a certified peer counselor, and the first person our violence-intervention team calls when a teenager comes into the trauma bay. He asked us not to use his name: 'It's not about me.' 💙",
    "nameless survivor, ages under 90 only",
)

# 179
p(
    "en",
    "pasted_record",
    "Interpreter request (pasted): Pt speaks Khmer only. SOK, PHALLA, 67F, DOB 03/03/1958, arrived from Battambang 2 weeks ago to visit her son in Olney. Son: Vuthy Sok, vuthy.sok@gmail.com.",
    [
        ("NAME", "SOK, PHALLA"),
        ("DATE", "03/03/1958"),
        ("GEO", "Battambang"),
        ("GEO", "Olney"),
        ("NAME", "Vuthy Sok"),
        ("EMAIL", "vuthy.sok@gmail.com"),
    ],
    note="name, DOB, foreign home city, son's neighbourhood, name and e-mail; age 67 not labelled",
)

# 180
n(
    "en",
    "hospital_contact",
    "We now have in-person Khmer, Vietnamese, Spanish and Haitian Creole interpreters at all three campuses. Ask for one at registration — it's free and it's your right. Sok sabay! 🙏",
    "a greeting that contains a common surname",
)

# 181
p(
    "en",
    "patient_story",
    "The Jenkins-Okafor family lost their rowhouse on Elmwood Avenue in the March 14 fire, but all five kids made it out. Chidi, 9, and Amina, 6, are still with us on the pediatric burn unit; their mom, Grace, has been sleeping in the family lounge. Donations can go through the family's church — message us for details.",
    [
        ("NAME", "Jenkins-Okafor"),
        ("GEO", "Elmwood Avenue"),
        ("DATE", "March 14"),
        ("NAME", "Chidi"),
        ("NAME", "Amina"),
        ("NAME", "Grace"),
    ],
    note="family surname, burned home street, date of the fire, children and mother",
)

# 182
n(
    "en",
    "event",
    "Happy Pi Day! 🥧 On March 14 our cafeteria is serving $3.14 slices of apple pie, and our cardiac rehab team wants you to know a small slice counts as dessert, not dinner.",
    "awareness day and cafeteria event",
)

# 183
p(
    "es",
    "patient_story",
    "Mi amor, Wilfredo, hoy hace un mes de tu cirugía del corazón. Gracias al equipo del piso 6 por cuidarlo desde el día 3 hasta el día 19. — comentario de Evelyn, esposa de Wilfredo, compartido con su permiso 💙",
    [("NAME", "Wilfredo", "*"), ("DATE", "día 3"), ("DATE", "día 19"), ("NAME", "Evelyn")],
    note="name twice, admission and discharge days of the month, wife; 'hace un mes' only points back",
)

# 184
n(
    "es",
    "statistic",
    "Ayer, martes, nuestro equipo de cardiología completó su cirugía número 1,000 del año. ¡Gracias a todos los pacientes y familias que confían en nosotros! El próximo martes, charla gratis sobre salud del corazón a las 6 p.m.",
    "weekdays, relative days and a count",
)

# 185
p(
    "es",
    "pasted_record",
    "Formulario pegado: Nombre: Orlando Figueroa Ríos | Seguro Social: 178-42-9931 | Fecha de nacimiento: 12 de marzo de 1961 | Dirección: 4522 N. 5th St, Filadelfia | Teléfono: (215) 555-0138 | Correo: orlfigueroa61@yahoo.com",
    [
        ("NAME", "Orlando Figueroa Ríos"),
        ("SSN", "178-42-9931"),
        ("DATE", "12 de marzo de 1961"),
        ("GEO", "4522 N. 5th St"),
        ("GEO", "Filadelfia"),
        ("PHONE", "(215) 555-0138"),
        ("EMAIL", "orlfigueroa61@yahoo.com"),
    ],
    note="registration form: name, SSN, full birth date, street and city, phone, e-mail",
)

# 186
n(
    "es",
    "hospital_contact",
    "¿Necesita una copia de su expediente? Escriba a expedientes@riverwardsmed.org, envíe un fax al (215) 555-0110 o visite 2600 East Allegheny Avenue, Philadelphia, PA 19134. Traiga una identificación con foto.",
    "hospital e-mail, fax and address",
)

# 187
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos a Abuela Toñita (Antonia Ocasio), que cumplió 90 años el 8 de marzo, Día de la Mujer. ¡Noventa años y todavía baila salsa los viernes! 💃",
    [
        ("NAME", "Toñita"),
        ("NAME", "Antonia Ocasio"),
        ("AGE", "90"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("AGE", "Noventa"),
    ],
    note="diminutive and full name ('Abuela' excluded), age as number and word, birthday twice",
)

# 188
p(
    "en",
    "patient_story",
    "The whole 6th floor is rooting for Joey Bag tonight! 🦅 He's watching the Birds from bed with a hoagie he definitely didn't get from us. #JoeyBagStrong",
    [("NAME", "Joey Bag"), ("NAME", "#JoeyBagStrong")],
    note="a nickname and a nickname hashtag are enough",
)

# 189
n(
    "en",
    "staff_spotlight",
    "Fan favorite alert: our transporter Joey 'Bag of Donuts' Marino brought 12 dozen from Federal Donuts for the night shift. Joey has pushed more than 40,000 stretchers in 19 years. Legend. 🍩",
    "staff member with a 'Joey Bag'-like nickname",
)

# 190
p(
    "en",
    "pasted_record",
    "(pasted from chat) 'Caller verified: name Gerald Walsh, last 4 of SSN 4471, DOB 8/19/1947, callback 610-555-0138'",
    [
        ("NAME", "Gerald Walsh"),
        ("SSN", "4471"),
        ("DATE", "8/19/1947"),
        ("PHONE", "610-555-0138"),
    ],
    note="call verification: name, SSN last four, DOB, callback number",
)

# 191
n(
    "en",
    "hospital_contact",
    "Phone tip: our billing team will ask you to verify your identity with your date of birth and the last 4 of your account number — never your full SSN. If someone asks for that, hang up and call (215) 555-0100.",
    "verification policy without values",
)

# 192
p(
    "en",
    "thank_you",
    "Dạ, cảm ơn chị Hương! We're so happy Bà Nội is home in Upper Darby after her hip surgery on the Mid-Autumn Festival. The 4 West nurses still have the mooncakes you brought. 🥮",
    [("NAME", "Hương"), ("GEO", "Upper Darby"), ("DATE", "Mid-Autumn Festival")],
    note="granddaughter's name ('chị' excluded), grandmother's town, surgery day as a festival; 'Bà Nội' is a kinship word",
)

# 193
n(
    "en",
    "event",
    "Mid-Autumn Festival at the South Philly Pavilion! Lantern-making for pediatric patients on September 17, mooncakes from Bánh Mì Washington, and a lion dance at 4 p.m. Trung Thu vui vẻ! 🏮",
    "festival event date and a vendor",
)

# 194
p(
    "en",
    "pasted_record",
    "Pasted into caption by mistake: 'Pt KEO, SOPHEAP, age 15, insulin pump SN NG4421187 — mom Channary Keo, channary.keo@yahoo.com — DKA admit 2/22'",
    [
        ("NAME", "KEO, SOPHEAP"),
        ("DEVICE", "NG4421187"),
        ("NAME", "Channary Keo"),
        ("EMAIL", "channary.keo@yahoo.com"),
        ("DATE", "2/22"),
    ],
    note="teen's name, pump serial, mother's name and e-mail, admission date",
)

# 195
n(
    "en",
    "health_tip",
    "Insulin pump users: if your pump is part of the recent recall, check the serial number on the back against the FDA list at fda.gov, and call our diabetes educators at (215) 555-0100 before changing anything.",
    "device recall tip without any serial",
)

# 196
p(
    "en",
    "birth_announcement",
    "Triplets! 👶👶👶 Fiona, Declan and Rory Murphy were born on All Saints' Day, November 1, at our Delaware County campus to Colleen and Brendan Murphy of Drexel Hill. Big brother Finn wants to know when they can play hockey. 🏒☘️",
    [
        ("NAME", "Fiona"),
        ("NAME", "Declan"),
        ("NAME", "Rory Murphy"),
        ("DATE", "All Saints' Day"),
        ("DATE", "November 1"),
        ("NAME", "Colleen"),
        ("NAME", "Brendan Murphy"),
        ("GEO", "Drexel Hill"),
        ("NAME", "Finn"),
    ],
    note="triplets, birth day twice, parents, town, brother",
)

# 197
n(
    "en",
    "memorial",
    "On All Saints' Day, November 1, we remember the patients who died in our care this year, and their families. Join our interfaith memorial service in the chapel at 4 p.m. 🕯️",
    "remembrance of patients as a group, event date",
)

# 198
p(
    "en",
    "pasted_record",
    "For the Mummers photo album: 'Hi! My dad Richie Gallo was the guy who passed out on 2nd Street on New Year's Day and your EMTs saved him. He's 71 now and healthy as a horse. Can you send him the photo? richiegallo.mummer@gmail.com — Theresa Gallo-Romano'",
    [
        ("NAME", "Richie Gallo"),
        ("GEO", "2nd Street"),
        ("DATE", "New Year's Day"),
        ("EMAIL", "richiegallo.mummer@gmail.com"),
        ("NAME", "Theresa Gallo-Romano"),
    ],
    note="family message: patient's name, where and when he collapsed, his e-mail, daughter; age 71 not labelled",
)

# 199
n(
    "en",
    "event",
    "New Year's Day = Mummers Day! 🎭 Our EMTs will be at Broad and Washington and 2nd and Mifflin all day. Tips: layer up, eat before you drink, and know where the first-aid tents are. Happy New Year, Philly!",
    "public event day and hospital posts",
)

# 200
p(
    "en",
    "pasted_record",
    "Portal inbox (shared by mistake): 'From: Darlene Whitaker-Moss. Re: my son Jamal Moss, discharged 4/9 from 3 North. He needs a work note for Amazon by Friday. Cell (484) 555-0172, dwmoss@comcast.net.'",
    [
        ("NAME", "Darlene Whitaker-Moss"),
        ("NAME", "Jamal Moss"),
        ("DATE", "4/9"),
        ("NAME", "Amazon"),
        ("PHONE", "(484) 555-0172"),
        ("EMAIL", "dwmoss@comcast.net"),
    ],
    note="mother's name, phone and e-mail; son's name, discharge date, employer",
)

# 201
n(
    "en",
    "sponsor",
    "Thanks to the Amazon warehouse team in Chester for packing 1,500 hygiene kits for our recovery center! 📦 Every kit has socks, Narcan and a list of free services.",
    "corporate sponsor and its site",
)

# 202
p(
    "en",
    "patient_story",
    "At 95, Lok Yeay Kim Sarun has lived through a war, a refugee camp and 40 winters here. This week she came to our Olney clinic for her first-ever cataract surgery and saw her great-granddaughter Bopha's face clearly for the first time. Tears everywhere. 🙏",
    [("AGE", "95"), ("NAME", "Kim Sarun"), ("NAME", "Bopha")],
    note="age 95, name ('Lok Yeay' excluded), great-granddaughter; the hospital's Olney clinic is not GEO",
)

# 203
n(
    "en",
    "health_tip",
    "Lok Yeay, Bà, Nonna, Abuela, Grandmom — whatever you call her, bring her to our free Healthy Bones screening on May 3 at the Olney clinic. Osteoporosis is silent until it isn't. 🦴",
    "kinship words, hospital event date and clinic",
)

# 204
p(
    "en",
    "pasted_record",
    "Our new 'Welcome Home' board in Rehab got a little too detailed 😬 It listed 'Mr. Brogan, Rm 210, going home Tues!' and 'Doña Luz, Rm 214, home 3/2!' We've taken it down and will redo it without names or rooms.",
    [
        ("NAME", "Brogan"),
        ("OTHER_ID", "Rm 210"),
        ("NAME", "Luz"),
        ("OTHER_ID", "Rm 214"),
        ("DATE", "3/2"),
    ],
    note="board text: surnames/first names, rooms, a discharge date; 'Tues' is a weekday",
)

# 205
n(
    "en",
    "staff_spotlight",
    "Our Rehab 'Wall of Fame' is up! Congrats to PTs Kathleen Brogan-Hughes and Luz Marte, and OT Dara Sok, for the most patient compliments this quarter. 🏆",
    "staff names that echo patient names",
)

# 206
p(
    "en",
    "memorial",
    "Rest in peace, John 'Jack' McHale, 90, of Fox Chase, a Korea veteran, retired firefighter and the best storyteller our hospice team ever met. Jack passed on March 17 surrounded by his seven kids. His daughter Nora asked us to thank Nurse Patty. ☘️",
    [
        ("NAME", "John 'Jack' McHale"),
        ("NAME", "Jack", "*"),
        ("AGE", "90"),
        ("GEO", "Fox Chase"),
        ("DATE", "March 17"),
        ("NAME", "Nora"),
    ],
    note="name with nickname, age 90, neighbourhood, date of death, daughter; Nurse Patty is staff",
)

# 207
n(
    "en",
    "memorial",
    "Today we honor the more than 300 Philadelphia firefighters who have died in the line of duty. Our burn unit team will lay a wreath at the Fallen Firefighters memorial on October 6. 🚒",
    "firefighters as a group, memorial event date",
)

# 208
p(
    "en",
    "patient_story",
    "Pictured: Mr. Otis Redd, 99, of Germantown, holding the Phillies bobblehead our cardiac rehab staff gave him for his last session. Otis saw Jackie Robinson play at Shibe Park. 'Best day of my life until today,' he said. ⚾",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Otis Redd"),
        ("NAME", "Otis", "*"),
        ("AGE", "99"),
        ("GEO", "Germantown"),
    ],
    note="photo of the patient, name, age 99, neighbourhood; a public figure and a ballpark",
)

# 209
n(
    "en",
    "staff_spotlight",
    "Pictured: our cardiac rehab team — Otis, Renée, Dr. Fabian and Bao — with the 'Best Rehab in Philly' award from the Inquirer readers' poll. 🏅",
    "photo of staff is not PHOTO",
)

# 210
p(
    "en",
    "memorial",
    "@lorraine.b.delco Lorraine, we're so sorry for the loss of your brother Mike. We removed your comment because it had his date of birth (April 2) and your number in it — we don't want anyone misusing them. Our bereavement coordinator will reach out privately. 💙",
    [
        ("OTHER_ID", "@lorraine.b.delco"),
        ("NAME", "Lorraine"),
        ("NAME", "Mike"),
        ("DATE", "April 2"),
    ],
    note="reply to a patient's sister: handle, her name, the patient's name and birth date",
)

# 211
n(
    "en",
    "thank_you",
    "@kensington_kay Thank you for the kind words about your daughter, Nurse Kayla! She's one of the best we have on 3 North, and she still talks about your Sunday pernil. 💙",
    "mother of a staff nurse, not a patient or relative",
)

# 212
p(
    "en",
    "pasted_record",
    "OMG pasted the wrong thing: 'Patient Tommy Đặng (room 622) asked if we could share his recovery vlog at youtube.com/@tommydangrecovers — he's also tommyd.fishtown@gmail.com.' Real post coming soon!",
    [
        ("NAME", "Tommy Đặng"),
        ("OTHER_ID", "room 622"),
        ("URL", "youtube.com/@tommydangrecovers"),
        ("EMAIL", "tommyd.fishtown@gmail.com"),
    ],
    note="name, room, personal video URL, e-mail",
)

# 213
n(
    "en",
    "health_tip",
    "New episode on our YouTube channel, youtube.com/@RiverwardsMed: Dr. Đặng Văn Long explains why Fishtown's favorite foods can be good for your gut (yes, pierogi count). 🎥",
    "hospital channel URL and a doctor",
)

# 214
p(
    "en",
    "pasted_record",
    "Found in a draft (pls delete): 'Pre-op list 12/19: CIPRIANI, VINCENT (Vinny) MRN 40147720 — R knee; DOAN, THI LAN MRN 40147981 — L hip, husband requests call to (267) 555-0164 after.'",
    [
        ("DATE", "12/19"),
        ("NAME", "CIPRIANI, VINCENT"),
        ("NAME", "Vinny"),
        ("MRN", "40147720"),
        ("NAME", "DOAN, THI LAN"),
        ("MRN", "40147981"),
        ("PHONE", "(267) 555-0164"),
    ],
    note="pre-op list: surgery date, names and nickname, MRNs, husband's phone",
)

# 215
n(
    "en",
    "statistic",
    "Our orthopedic team did 1,214 joint replacements last year, and on December 19 we hit 10,000 since the South Philly Pavilion opened. Thanks to Dr. Cipriani and Dr. Doan for leading the way! 🦴",
    "hospital milestone date, doctors whose surnames echo patients",
)

# 216
p(
    "en",
    "patient_story",
    "Ryan Doyle of Holmesburg celebrated five years in recovery this week. He was one of the first patients in our ED bridge program, and now he drives one of our recovery vans three nights a week. Proud of you, Ryan. 💙 (Shared with Ryan's permission.)",
    [("NAME", "Ryan Doyle"), ("NAME", "Ryan", "*"), ("GEO", "Holmesburg")],
    note="former patient: name and neighbourhood; his employer is the hospital itself",
)

# 217
n(
    "en",
    "anonymous_story",
    "Our recovery van is out in Kensington Monday, Wednesday and Friday nights with Narcan, wound care and a ride to treatment. Driver and peer coach Ryan says: 'Just wave.' 💙",
    "staff driver, outreach area, weekdays",
)

# 218
p(
    "en",
    "milestone_birthday",
    "Miss Loretta Pinkney has seen every Eagles championship — 1948, 1949, 1960, 2018 and now 2025 — and she turned 100 in January to prove it. Our home-care team brought a cake shaped like a football to her rowhouse on Cecil B. Moore Avenue. 🦅🎂",
    [
        ("NAME", "Loretta Pinkney"),
        ("AGE", "100"),
        ("DATE", "January"),
        ("GEO", "Cecil B. Moore Avenue"),
    ],
    note="name, age 100, birthday month, home street named after a public figure; championship years are not labelled",
)

# 219
n(
    "en",
    "public_figure",
    "Black History Month: Cecil B. Moore led the 1965 fight to integrate Girard College, not far from our North Philly clinic. Join us February 20 for a talk with historians from Temple. ✊🏾",
    "public figure, event date",
)

# 220
p(
    "en",
    "patient_story",
    "Brought to you by the loudest waiting room in Kensington: the Rosado family came 32 strong to see Abuelo Cheo come out of surgery on Tuesday. Cheo, 76, says he's ready for dominoes. 🇵🇷",
    [("NAME", "Rosado"), ("NAME", "Cheo", "*")],
    note="family surname and the patient's nickname ('Abuelo' excluded); the hospital's waiting room place and age 76 not labelled",
)

# 221
n(
    "en",
    "health_tip",
    "Abuelo, Grandpop, Ông, Nonno: June is Men's Health Month. Get your blood pressure checked free at any of our three campuses this Saturday. 🩺",
    "kinship words, awareness month",
)

# 222
p(
    "en",
    "pasted_record",
    "(draft) 'Discharge packet for PHAM, QUOC VIET — Keystone First member #7210098845 — Acct 11092271 — home health to 2417 S. Hutchinson St, 19148'",
    [
        ("NAME", "PHAM, QUOC VIET"),
        ("HEALTH_PLAN", "7210098845"),
        ("ACCOUNT", "11092271"),
        ("GEO", "2417 S. Hutchinson St"),
        ("GEO", "19148"),
    ],
    note="name, Medicaid member number, account number, street and ZIP",
)

# 223
n(
    "en",
    "hospital_contact",
    "Keystone First and AmeriHealth Caritas members: you can now book rides to your appointments through the plan app. Have your member number ready, or call us at (215) 555-0100 and we'll help.",
    "plan names, hospital number",
)

# 224
p(
    "en",
    "thank_you",
    "Cảm ơn anh Minh for the kind review! We passed it on to the 5 South team who cared for your grandfather, Ông Trương Văn Sáu. Please call us at (215) 555-0102 if the phone number we have, 267-555-0148, has changed.",
    [("NAME", "Minh"), ("NAME", "Trương Văn Sáu"), ("PHONE", "267-555-0148")],
    note="grandson's name ('anh' excluded), patient's name ('Ông' excluded), family phone; hospital number not labelled",
)

# 225
n(
    "en",
    "hospital_contact",
    "Thank you for the 5-star review! We'll share it with the 5 South team. (Reminder: to protect your privacy, we never confirm whether someone was a patient here.) ⭐⭐⭐⭐⭐",
    "generic review reply",
)

# 226
p(
    "en",
    "birth_announcement",
    "Baby born on the Route 14 bus! 🚌 Little Aaliyah Grace Monroe couldn't wait for the hospital on August 14 — her mom Jasmine delivered with help from driver Mr. Lenny and two nurses who happened to be riding. Mom and baby are doing great on our 4th floor.",
    [("NAME", "Aaliyah Grace Monroe"), ("DATE", "August 14"), ("NAME", "Jasmine")],
    note="baby ('Little' excluded), birth date, mother; the bus driver is a helper and the route is not labelled",
)

# 227
n(
    "en",
    "staff_spotlight",
    "Hero alert: SEPTA operator Lenny Baptiste stopped his Route 14 bus and helped deliver a baby last month. Today our labor & delivery nurses gave him an honorary 'Stork Squad' badge. 🚌👶",
    "bus driver (helper, not patient), nameless mother and baby",
)

# 228
p(
    "en",
    "patient_story",
    "Mr. Willie Fuller says he's '101 and a half,' and we're not going to argue. The Chester resident came to our Edgmont Avenue ED with a cut finger and left with 14 new fans. 🩹",
    [("NAME", "Willie Fuller"), ("AGE", "101"), ("GEO", "Chester")],
    note="name, age 101, town; the hospital's Edgmont Avenue ED is not GEO",
)

# 229
n(
    "en",
    "hospital_contact",
    "Our Edgmont Avenue ED in Chester now has a dedicated geriatric bay for patients 65 and up, with hearing amplifiers, reading glasses and warm blankets. 👓",
    "hospital site and a population age",
)

# 230
p(
    "en",
    "patient_story",
    "Thirty-eight years of Mummers costumes, four grandkids and one very stubborn heart valve: Carmine 'the Needle' Esposito of the Whitman section got his new valve on the 14th and was sewing sequins by the 20th. 🧵🎭",
    [
        ("NAME", "Carmine 'the Needle' Esposito"),
        ("GEO", "Whitman"),
        ("DATE", "14th"),
        ("DATE", "20th"),
    ],
    note="name with nickname, neighbourhood, surgery and recovery days of the month",
)

# 231
n(
    "en",
    "event",
    "Mark your calendars: our Heart Valve Clinic open house is on the 14th, 5–7 p.m., at the South Philly Pavilion. Free echo screenings and cannoli (one each, cardiologist's orders). 🫀",
    "day of the month of a hospital event",
)

# 232
p(
    "en",
    "memorial",
    "Our own 4 West charge nurse Angela Ruggiero was by her grandmother's side when Nonna Filomena Ruggiero, 97, passed peacefully in our palliative care unit on Sunday. Angela, we are holding you and your whole family close. ❤️",
    [
        ("NAME", "Angela Ruggiero"),
        ("NAME", "Angela", "*"),
        ("NAME", "Filomena Ruggiero"),
        ("AGE", "97"),
    ],
    note="patient's name and age 97; the staff nurse is named as the patient's granddaughter and is labelled",
)

# 233
n(
    "en",
    "staff_spotlight",
    "Congrats to our 4 West charge nurse Angela on her wedding to Marco on June 8 in Bella Vista! Her Nonna, 94, danced the tarantella. 💍",
    "staff member's wedding; her grandmother is not our patient, so age 94 is not labelled",
)

# 234
n(
    "en",
    "public_figure",
    "Rocky Balboa ran up the Art Museum steps in 1976, and so can you — after your cardiac rehab clearance. 😉 Join our 'Rocky Steps' walking group Saturdays at 8 a.m. with Dr. Stallone (no relation).",
    "fictional public figure, a doctor",
)

# 235
n(
    "en",
    "research",
    "Our Kensington wound study enrolled 240 patients with xylazine wounds between March 1 and August 31. A new dressing protocol cut healing time by 30%. Study ID RRMC-IRB-2024-118. Congrats to the team! 📊",
    "study dates and IRB id, patients as a group",
)

# 236
n(
    "es",
    "eponymous_condition",
    "El párkinson y el alzhéimer afectan a miles de adultos mayores de 90 años en Filadelfia. Nuestro grupo de apoyo para cuidadores se reúne el primer jueves de cada mes en la capilla. ¡Todos son bienvenidos!",
    "eponyms, population age, city in general",
)

# 237
p(
    "es",
    "discharge",
    "En la foto: Nelson 'Chino' Class con su nieta Kiara, el día de su alta, 17 de mayo. ¡Chino ya volvió a su dominó en la calle Mascher! 🁢",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Nelson 'Chino' Class"),
        ("NAME", "Chino", "*"),
        ("NAME", "Kiara"),
        ("DATE", "17 de mayo"),
        ("GEO", "calle Mascher"),
    ],
    note="photo of the patient, name and nickname, granddaughter, discharge date, street",
)

# 238
n(
    "es",
    "staff_spotlight",
    "En la foto: nuestra enfermera Xiomara Class con el Phillie Phanatic durante el Día de Puerto Rico en el estadio. ¡Qué orgullo! 🇵🇷⚾",
    "photo of a staff nurse and a mascot is not PHOTO",
)

# 239
p(
    "es",
    "patient_story",
    "Para quienes preguntan cómo ayudar a la familia de Josué tras el incendio en Fairhill: su mamá, Zuleika Reyes, abrió una campaña en gofundme.com/f/ayuda-familia-reyes-fairhill. ¡Josué sigue mejorando en la unidad de quemados! 🙏",
    [
        ("NAME", "Josué", "*"),
        ("GEO", "Fairhill"),
        ("NAME", "Zuleika Reyes"),
        ("URL", "gofundme.com/f/ayuda-familia-reyes-fairhill"),
    ],
    note="child's name twice, neighbourhood of his home fire, mother, fundraiser URL",
)

# 240
n(
    "es",
    "health_tip",
    "Seguridad en SEPTA: nunca camine por las vías de la línea Market-Frankford. Si ve a alguien en peligro, llame al 911 o use el botón de emergencia de la estación. Nuestra sala de emergencias de la avenida Allegheny está abierta 24/7.",
    "transit safety tip, 911, hospital site",
)

if __name__ == "__main__":
    S.main("phi_dev86_source")
