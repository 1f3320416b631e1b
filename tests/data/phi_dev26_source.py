"""Blind development set d26 for the PHI scanner: tests/data/phi_dev26.jsonl.

Organisation: Pine Mountain Regional Medical Center (phi_dev26_org.json), a fictional
Appalachian regional hospital in Hazard, eastern Kentucky (Perry County), with clinics
in Whitesburg (Letcher County; also the Black Lung Clinic) and Hindman (Knott County),
and a Bridge to Recovery opioid clinic on Black Gold Blvd. Its phones (606) 555-01xx,
addresses, domains and handles are never PHI.
Focus: coal miners and black lung, opioid recovery, hollers/creeks/branches as home
addresses, place names that are ordinary words or first names (Hazard, Jeff, Viper,
Dwarf, Rowdy, Jeremiah, Isom, Dema, Ary), nicknames (Bud, Sissy, Pap,
Mamaw, Bubba, Peanut, Hoss, Pudge), double first names (Billy Ray, Bobbie Jo, Alma
Jean), flood and storm rescues, high-school basketball, veterans; decoys with staff,
volunteers, donors, sheriffs and musicians who share those names, and eponymous
conditions.
Language mix: 228 English, 12 Spanish (7 patient-specific, 5 not).
Labelling decisions taken in this set (where the rules leave room):
- Kinship words used as a title or in place of a name (Mamaw, Papaw, Pap, Granny,
  Brother/Sister in church use) are NOT part of a NAME and are not labelled alone:
  "Mamaw Hazel Sturgill" -> "Hazel Sturgill", "Pap Tolliver" -> "Tolliver"; a patient
  called only "pap" gets no NAME span from that word. Real nicknames (Bud, Sissy,
  Bubba, Peanut, Hoss, Pudge, Junior) ARE names.
- Double first names are one span ("Billy Ray", "Bobbie Jo", "Alma Jean"); a later
  bare repeat of the double name is labelled too.
- A nickname quoted inside a full name is part of that one span
  ("Dwayne 'Peanut' Hurt"); a nickname with a descriptive suffix keeps only the name
  ("Addy-girl" -> "Addy").
- Creeks, branches, forks, hollers and roads where a patient lives or was hurt are GEO,
  with the capitalised generic word that is part of the proper name ("Lotts Creek",
  "Lick Branch", "Grapevine Holler", "Big Leatherwood", "Troublesome"); counties include
  "County" ("Knott County"). Highways of a patient's crash/birth are GEO as written
  ("KY-15", "Ky. 80", "Hwy 476"). A street address is split as the rules' examples:
  street with number, town, ZIP as separate spans.
- Sports team and school names (Hazard Bulldogs, "sent Hazard to the Sweet 16") are
  organisations, not GEO, even when a patient plays for them; posts avoid tying a
  patient to a school name.
- The hospital's own towns used for its campus or clinics ("our Hindman clinic",
  "Hazard ICU") are not GEO; the same town as a patient's home is GEO, and when both
  occur in one post the clinic use is declared with ok=.
- A public figure (coach, judge-executive, sheriff, fiddler, deputy) or a staff member
  or volunteer who is the PATIENT in the post is labelled like any patient.
- Donors introduced as relatives of a patient are labelled; donors who are themselves
  patients are labelled.
- Word ages are labelled as the whole number phrase as written ("ONE HUNDRED AND TWO",
  "ninety-SEVEN", "hundred and five", "one-oh-oh"); "96yo" is one token and labelled
  whole; "(92 F)" -> "92".
- An anonymous patient whose exact age over 89 is given ("A 92-year-old patient") IS
  patient-specific (AGE is an identifier); "over 90" / "adults over 90" is the Safe
  Harbor 90+ aggregate and is not labelled.
- Named days: "Christmas Eve", "Valentine's Day", "Mother's Day", "New Year's Eve",
  "Labor Day", "Fourth of July", "Halloween", "Thanksgiving", "April Fool's" are DATE
  when the patient's event fell on them; event/awareness days are not.
- Room codes with a unit prefix ("2S-208", "4N-421") are OTHER_ID as one token; room
  numbers with a keyword include it ("rm 214", "habitación 318"); an empty room in a
  pasted list is not labelled.
- Insurance claim numbers and portal user names are OTHER_ID; Medicaid/Medicare/
  Humana member IDs are HEALTH_PLAN; a patient's device serial number is DEVICE.
- Dates in pasted records that are service/visit/specimen/incident dates of a named
  patient are DATE.
- A service dog or a named device ("Trigger") is not a NAME.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev26.jsonl"), os.path.join(HERE, "phi_dev26_org.json"), "d26")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "bud's home!! 🎉 after 19 days on 3 West our favorite retired miner walked out under his own "
    "steam this morning. holler at us when you get back on that porch swing, bud 💚 #PineMountainStrong",
    [("NAME", "bud", "*")],
    note="lower-case nickname twice; 'holler' is a verb; 3 West is a unit; campaign tag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Bobbie Jo Caudill, RN, our night charge nurse on 4 North! Bobbie Jo grew up on Carr Fork, "
    "played point guard for Knott Central and has been with us 22 years. Thank you for everything, "
    "Bobbie Jo! #NurseSpotlight",
    "staff nurse with double first name and her home creek; staff are never labelled",
)

# 3
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mamaw Hazel Sturgill! 🎂 Born on Christmas Eve, she has lived her whole "
    "life up Lotts Creek and still cans her own green beans. The 2 South crew threw her a party with "
    "banana pudding.",
    [
        ("AGE", "100th"),
        ("NAME", "Hazel Sturgill"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Lotts Creek"),
    ],
    note="kinship word Mamaw excluded; birth on a named holiday; creek of residence",
)

# 4
n(
    "en",
    "eponymous_condition",
    "Parkinson's support group meets the 2nd Tuesday of every month at our Hindman clinic, 27 Court "
    "Square. Caregivers welcome. Questions? (606) 555-0122 #ParkinsonsAwareness",
    "eponymous condition; hospital clinic address and phone",
)

# 5
p(
    "en",
    "patient_story",
    "“I went underground at 18 and came out at 52 with lungs like a wet paper sack.” Earl Dean Hall "
    "of Blackey has been coming to our Black Lung Clinic every month since 2019. Thank you for "
    "letting us share your story, Mr. Hall. #BlackLung #CoalCountry",
    [("NAME", "Earl Dean Hall"), ("NAME", "Hall", 2), ("GEO", "Blackey")],
    note="miner's full name and home town; ages under 90 and bare year not labelled",
)

# 6
n(
    "en",
    "anonymous_story",
    "A miner in his late 60s told one of our respiratory therapists this week that he hadn't taken a "
    "full breath in ten years. Today he walked the whole hallway in pulmonary rehab without stopping. "
    "That's why we do this. #PulmonaryRehab",
    "anonymous miner with an age range under 90",
)

# 7
p(
    "en",
    "pasted_record",
    "oops wrong window — 2S rm 214 COMBS, BILLY RAY dob 4/9/1961 adm 10/14 COPD exac, on 3L NC, "
    "dtr Sissy (606) 555-0188 wants callback",
    [
        ("OTHER_ID", "rm 214"),
        ("NAME", "COMBS, BILLY RAY"),
        ("DATE", "4/9/1961"),
        ("DATE", "10/14"),
        ("NAME", "Sissy"),
        ("PHONE", "(606) 555-0188"),
    ],
    note="pasted chart line: room, caps name, DOB, admit date, daughter's nickname and phone",
)

# 8
n(
    "en",
    "health_tip",
    "Heading up the holler to check on Mamaw during this heat wave? Bring water, check her meds list, "
    "and make sure the fan's on. Heat hits folks over 65 hardest. #BeatTheHeat",
    "generic Mamaw, population age",
)

# 9
p(
    "en",
    "thank_you",
    "To the Slone family: thank you for the 40 pans of cornbread and soup beans you brought the night "
    "shift after Pap's surgery. We ate every crumb. 💚",
    [("NAME", "Slone")],
    note="family surname of a surgical patient; 'Pap' is a kinship word",
)

# 10
n(
    "en",
    "public_figure",
    "Loretta Lynn put Butcher Holler on the map, and this week our Whitesburg clinic staff wore their "
    "best coal miner's daughter costumes for Spirit Day. 🎶",
    "historical figure and her birthplace; staff costume day",
)

# 11
p(
    "en",
    "birth_announcement",
    "It's a boy! Welcome Ricky Dale, born 10:42 pm on Halloween, 8 lbs 1 oz. Mom Kayla says he's "
    "already got his Papaw's ears 👂🎃 #PMRMCbabies",
    [("NAME", "Ricky Dale"), ("DATE", "Halloween"), ("NAME", "Kayla")],
    note="double first name; born on a named holiday; mother's first name",
)

# 12
n(
    "en",
    "event",
    "Save the date! Our Black Lung Benefits Clinic will be at the Letcher County Courthouse on "
    "Oct. 18 from 9-3. Bring your work history and any X-rays. Call (606) 555-0133.",
    "event date and venue; hospital phone",
)

# 13
p(
    "en",
    "memorial",
    "We lost a legend. Hoss Cornett, 94, security officer here for 31 years and a patient on our "
    "hospice unit these last weeks, passed peacefully on May 2 with his grandkids singing "
    "'I'll Fly Away.' Rest easy, Hoss.",
    [("NAME", "Hoss Cornett"), ("NAME", "Hoss", 2), ("AGE", "94"), ("DATE", "May 2")],
    note="former staff member who was the patient: nickname, age over 89, date of death",
)

# 14
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Ruth Ann Napier! 🎉 After 38 years delivering babies in Perry County "
    "(she thinks it's about 6,000 of them), Dr. Napier is trading the pager for a fishing pole on "
    "Buckhorn Lake.",
    "retiring doctor; places tied to staff",
)

# 15
p(
    "en",
    "discharge",
    "Sissy rang the bell today!!! 🔔 Six rounds of chemo, one wedding planned from a recliner, and not "
    "one day without lipstick. Go get married, girl. #SissyStrong #CancerSucks",
    [("NAME", "Sissy"), ("NAME", "#SissyStrong")],
    note="nickname and name hashtag",
)

# 16
n(
    "en",
    "statistic",
    "Eastern Kentucky has some of the highest rates of COPD in the nation. In our service area, 1 in 5 "
    "adults over 45 has been diagnosed, and adults over 90 in Perry, Letcher and Knott counties now "
    "number over 400. Screening saves lives.",
    "population statistics with ages over 90",
)

# 17
p(
    "en",
    "pasted_record",
    "Billing note - do not post: Acct 44-018273 / Pt: Delmer Ison / Medicaid ID 9912044871 / svc "
    "06/03 Hindman clinic / pay plan set w wife Ona",
    [
        ("ACCOUNT", "44-018273"),
        ("NAME", "Delmer Ison"),
        ("HEALTH_PLAN", "9912044871"),
        ("DATE", "06/03"),
        ("NAME", "Ona"),
    ],
    note="billing line: account, Medicaid ID, service date, wife; Hindman clinic is the hospital's",
)

# 18
n(
    "en",
    "hospital_contact",
    "Our Whitesburg Clinic has moved! Find us at 480 Main St, Whitesburg, KY 41858. Same great team, "
    "more parking. Appointments: (606) 555-0111 or pinemountainrmc.org/whitesburg",
    "hospital address, phone and domain",
)

# 19
p(
    "en",
    "patient_story",
    "One year after the flood: Jimmy and Darlene Amburgey of Troublesome Creek spent 9 hours on their "
    "roof in Knott County before a swift-water crew got them off. Darlene came to us with hypothermia. "
    "Today they moved into their new home on higher ground in Hindman. 🏡",
    [
        ("NAME", "Jimmy"),
        ("NAME", "Darlene", "*"),
        ("NAME", "Amburgey"),
        ("GEO", "Troublesome Creek"),
        ("GEO", "Knott County"),
        ("GEO", "Hindman"),
    ],
    note="flood patient and husband; creek, county and new home town (Hindman as residence)",
)

# 20
n(
    "en",
    "crisis_update",
    "FLOOD UPDATE 7/28 6 AM: Our Hazard ER is open and taking patients. The Whitesburg clinic is CLOSED "
    "due to water on Main St. If you need oxygen refills, call (606) 555-0100. Do not drive through "
    "water. #EKYFlood",
    "operational update; hospital towns and phone",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Miss Pearl turned ONE HUNDRED AND TWO on Sunday in our long-term care wing and she wants everybody "
    "to know she still beats the aides at Rook. 🃏🎂",
    [("NAME", "Pearl"), ("AGE", "ONE HUNDRED AND TWO")],
    note="first name that is an ordinary word; caps word age",
)

# 22
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's — thyroid and adrenal conditions named after the doctors "
    "who described them are more common in women. Our endocrinology team at the Hindman clinic can "
    "help. #ThyroidAwareness",
    "eponymous conditions",
)

# 23
p(
    "en",
    "thank_you",
    "We see you, @pray4peanut family 💛 Peanut (age 6) finished her last day of radiation and her big "
    "brother Colt brought the whole 3rd grade class's cards. Thank y'all for letting us be part of her "
    "fight!",
    [("OTHER_ID", "@pray4peanut"), ("NAME", "Peanut"), ("NAME", "Colt")],
    note="family's social handle, nickname, sibling's name",
)

# 24
n(
    "en",
    "recruitment",
    "NOW HIRING: RNs, LPNs and CNAs for our Hazard campus. $10k sign-on bonus, loan repayment, and the "
    "prettiest commute in Kentucky. Apply at pinemountainrmc.org/careers or call (606) 555-0100. "
    "#NursingJobs #EKY",
    "recruitment",
)

# 25
p(
    "en",
    "patient_story",
    "Three years clean today. 💚 Tommy Gayheart walked into our Bridge clinic on Black Gold Blvd on "
    "Sept. 9 after his third overdose. Now he's a peer support specialist who meets people right where "
    "he used to be. Proud of you, Tommy.",
    [("NAME", "Tommy Gayheart"), ("NAME", "Tommy", 2), ("DATE", "Sept. 9")],
    note="recovery patient now on staff; admission date; clinic street is the hospital's",
)

# 26
n(
    "en",
    "campaign_hashtag",
    "Every shared meal, every checked-on neighbor, every ride to an appointment. That's #MountainStrong. "
    "Tag someone who shows up for their holler. 💚 #PineMountainStrong #EKYStrong",
    "campaign hashtags",
)

# 27
p(
    "en",
    "public_figure",
    "Coach Bubba Fugate, who led the Hazard Bulldogs to three regional titles, is recovering on 4 North "
    "after bypass surgery on Monday. He asked us to tell the team: 'Box out and hit your free throws.' "
    "Get well, Coach! #BubbaStrong",
    [("NAME", "Bubba Fugate"), ("NAME", "#BubbaStrong")],
    note="public figure who is the patient; team name not GEO; weekday not a date",
)

# 28
n(
    "en",
    "public_figure",
    "Honored to host State Sen. Ray Begley today at our Whitesburg clinic for the ribbon cutting on our "
    "new black lung imaging suite. Thank you to the miners who came out to tell their stories. 📸",
    "visiting politician; anonymous miners",
)

# 29
p(
    "en",
    "pasted_record",
    "ED board 0315: bed 7 - ISON, A. (92 F) fall at home, Vicco - fam at bedside; bed 9 - R. Slone "
    "34M chest pain",
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "ISON, A."),
        ("AGE", "92"),
        ("GEO", "Vicco"),
        ("OTHER_ID", "bed 9"),
        ("NAME", "R. Slone"),
    ],
    note="ED board: beds, names, age 92, home town; 34M not labelled",
)

# 30
n(
    "en",
    "event",
    "Homecoming at Lotts Creek Old Regular Baptist Church this Sunday! Our mobile health unit will be "
    "parked by the dinner-on-the-grounds tables doing free blood pressure and sugar checks from noon "
    "to 3.",
    "church homecoming venue, not a patient's address",
)

# 31
p(
    "en",
    "patient_story",
    "Army veteran Buck Holbrook, 91, served two tours in Korea and forty years in the mines. Last week "
    "he was the first patient to get his pin from our VA liaison in the new Whitesburg clinic. Thank "
    "you for your service, Mr. Holbrook 🇺🇸",
    [("NAME", "Buck Holbrook"), ("NAME", "Holbrook", 2), ("AGE", "91")],
    note="veteran patient; country not GEO",
)

# 32
n(
    "en",
    "anonymous_story",
    "Last night a family from up one of our hollers drove 50 minutes through fog to get their little "
    "girl to us with a fever of 105. She's doing fine this morning. Don't wait when your gut says go. "
    "#PediatricCare",
    "anonymous child; 105 is a temperature",
)

# 33
p(
    "es",
    "patient_story",
    "¡Gracias, familia Hernández! 💚 Don Rogelio llegó a nuestra sala de emergencias el 12 de agosto "
    "después de un accidente en la mina. Hoy, tras tres semanas en la habitación 318, regresa a casa "
    "en Jeff. #PineMountainStrong",
    [
        ("NAME", "Hernández"),
        ("NAME", "Rogelio"),
        ("DATE", "12 de agosto"),
        ("OTHER_ID", "habitación 318"),
        ("GEO", "Jeff"),
    ],
    note="family name, first name, admission date, room, home town Jeff (a first-name place)",
)

# 34
n(
    "en",
    "sponsor",
    "Huge thanks to Combs Ford of Hazard for sponsoring this year's Pink Out game and to the Napier "
    "family for the donation that built our new mammography room. 🎀",
    "sponsor business and donor family",
)

# 35
p(
    "en",
    "thank_you",
    "Replying to Debbie: Debbie, we're so glad your mama Wilma is feeling better on 2 South! Tell her the "
    "night nurses said she owes them that stack cake recipe 😄",
    [("NAME", "Debbie", "*"), ("NAME", "Wilma")],
    note="reply to a patient's daughter; patient's first name",
)

# 36
n(
    "en",
    "health_tip",
    "Naloxone (Narcan) saves lives. Free kits at all three of our locations — no questions, no names. "
    "Hazard: 310 Black Gold Blvd. Whitesburg: 480 Main St. Hindman: 27 Court Square. #NarcanSavesLives",
    "hospital addresses",
)

# 37
p(
    "en",
    "milestone_birthday",
    "Our oldest volunteer ISN'T the story today — our oldest PATIENT is! Mr. Arlie Combs celebrated his "
    "103rd in cardiac rehab this morning and did his full 20 minutes on the bike. Happy birthday, "
    "Arlie! 🚴",
    [("NAME", "Arlie Combs"), ("NAME", "Arlie", 2), ("AGE", "103rd")],
    note="ordinal age over 89",
)

# 38
n(
    "en",
    "staff_spotlight",
    "Meet volunteer Dottie Eversole, 91! Dottie has knitted more than 2,000 preemie caps for our nursery "
    "since 1998 and she still drives herself in from Vicco every Tuesday. 🧶 #VolunteerSpotlight",
    "volunteer's age and town are not labelled",
)

# 39
p(
    "en",
    "discharge",
    "from the ICU to the bleachers 🏀 Jaylen, our 16-year-old point guard who collapsed on the court "
    "Jan 6, went home yesterday with a new defibrillator and a LOT of balloons. #JaylenStrong",
    [("NAME", "Jaylen"), ("DATE", "Jan 6"), ("NAME", "#JaylenStrong")],
    note="first name, injury date, name hashtag",
)

# 40
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 1 in 50,000 people. Our neurology clinic in Hazard partners "
    "with the ALS Association for free equipment loans. Call (606) 555-0100 to learn more.",
    "eponymous condition",
)

# 41
p(
    "en",
    "pasted_record",
    "can someone fix the whiteboard pic on the FB page — it shows rm 3 'Smith, Opal - NPO after MN - "
    "son Bo 606-555-0149' 🤦",
    [("OTHER_ID", "rm 3"), ("NAME", "Smith, Opal"), ("NAME", "Bo"), ("PHONE", "606-555-0149")],
    note="whiteboard contents; photo is of a board, not the patient, so no PHOTO",
)

# 42
n(
    "en",
    "event",
    "Join us Saturday, June 14 at the Hindman Settlement School for the Knott County Health Fair: free "
    "A1c checks, Narcan training, and the fire department's bounce house! 🎈",
    "event date and venue",
)

# 43
p(
    "en",
    "memorial",
    "Our hearts are with the Caudill family. Virgie Caudill, a nonagenarian who taught half the county "
    "to read, died in our care on Thanksgiving. She asked for no flowers, just that you read to a "
    "child. 📚",
    [
        ("NAME", "Caudill", 1),
        ("NAME", "Virgie Caudill"),
        ("AGE", "nonagenarian"),
        ("DATE", "Thanksgiving"),
    ],
    note="family surname, age word, death on a holiday",
)

# 44
n(
    "en",
    "anonymous_story",
    "'They treated my husband like he was their own Pap.' — a comment we got this week that made our "
    "whole 3 West team cry. Thank you for trusting us.",
    "anonymous quoted comment",
)

# 45
p(
    "en",
    "patient_story",
    "You might know Sherry from the cafeteria register — she's worked here 17 years. Last month SHE was "
    "the patient, after a stroke on her porch in Dwarf. Today she's back behind the register, and she "
    "wanted to say thank you to the stroke team. 💜 #StrokeAwareness",
    [("NAME", "Sherry"), ("GEO", "Dwarf")],
    note="staff member who is the patient; home town that is an ordinary word",
)

# 46
n(
    "en",
    "statistic",
    "By the numbers, FY24: 1,912 babies born, 41,000 ER visits, and more than 600 patients over 90 "
    "seen in our clinics. Thank you, Perry County!",
    "aggregate numbers; population age",
)

# 47
p(
    "en",
    "birth_announcement",
    "TWINS on the Fourth of July! 🇺🇸🎆 Welcome Liberty Grace and Justice Lee, born to Amber and Cody "
    "Stidham of Chavies. Both doing great in our nursery.",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Liberty Grace"),
        ("NAME", "Justice Lee"),
        ("NAME", "Amber"),
        ("NAME", "Cody Stidham"),
        ("GEO", "Chavies"),
    ],
    note="holiday birth date; names that are words; parents; home town",
)

# 48
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our billing office is open M-F 8-4:30 at (606) 555-0166. You can also "
    "pay online at pinemountainrmc.org/pay. We will NEVER call asking for your SSN.",
    "hospital billing contact",
)

# 49
p(
    "en",
    "thank_you",
    "Shoutout to Hazel (the patient, not our Hazel in pharmacy 😂) for the crocheted blanket she made "
    "every nurse on 2 South during her stay. Y'all, it's 37 blankets.",
    [("NAME", "Hazel", 1)],
    note="patient Hazel labelled; the pharmacist Hazel is staff",
    ok=("Hazel",),
)

# 50
n(
    "en",
    "eponymous_condition",
    "Crohn's and colitis can be hard to talk about. Our GI team in Hazard sees patients from 12 "
    "counties. No one should have to plan their day around a bathroom. #CrohnsAndColitisAwareness",
    "eponymous condition",
)

# 51
p(
    "en",
    "crisis_update",
    "UPDATE from the family of Dwayne 'Peanut' Hurt, the lineman injured during the ice storm: he is out "
    "of surgery and in stable condition in our ICU. They ask for prayers and privacy. Messages can go "
    "to hurtfamilyupdates@gmail.com.",
    [("NAME", "Dwayne 'Peanut' Hurt"), ("EMAIL", "hurtfamilyupdates@gmail.com")],
    note="name with quoted nickname and a surname that is a word; family e-mail",
)

# 52
n(
    "en",
    "crisis_update",
    "Boil water advisory for Hazard and Perry County. Our hospital is on backup water and all services "
    "are running. Please don't come to the ER for bottled water — the Red Cross is at the Hazard "
    "Community Center. #BoilWater",
    "community advisory",
)

# 53
p(
    "en",
    "pasted_record",
    "FYI for whoever's posting: pt in rm 412 is Wanda Kay Sexton (MRN 00728314, DOB 11-02-1947), goes by "
    "Kay, asked NOT to be in any photos.",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "Wanda Kay Sexton"),
        ("MRN", "00728314"),
        ("DATE", "11-02-1947"),
        ("NAME", "Kay", 2),
    ],
    note="room, full name, MRN, DOB, preferred name",
)

# 54
n(
    "en",
    "research",
    "Our pulmonary team just published results from the Appalachian Lung Study: of 1,200 retired miners "
    "screened, 1 in 5 showed progressive massive fibrosis. Read it at pinemountainrmc.org/research. "
    "Thank you to every miner who took part.",
    "research, aggregate",
)

# 55
p(
    "en",
    "patient_story",
    "Gracie Mae was 2 lbs 3 oz when she was born on Valentine's Day. This week she turned one and came "
    "back to visit her NICU nurses in a ladybug costume. 🐞",
    [("NAME", "Gracie Mae"), ("DATE", "Valentine's Day")],
    note="double first name, holiday birth date",
)

# 56
n(
    "en",
    "recruitment",
    "Are you in recovery and ready to help others? Our Bridge to Recovery program is hiring Peer Support "
    "Specialists. Lived experience required. Call (606) 555-0144. #RecoveryIsPossible",
    "recruitment",
)

# 57
p(
    "en",
    "discharge",
    "HE'S HOME!!! BILLY JOE FRAZIER WALKED OUT OF 3 WEST TODAY AFTER 52 DAYS. THANK YOU JESUS AND THANK "
    "YOU PINE MOUNTAIN!!! - posted with permission from his wife Loretta",
    [("NAME", "BILLY JOE FRAZIER"), ("NAME", "Loretta")],
    note="all-caps name; wife's first name",
)

# 58
n(
    "en",
    "public_figure",
    "Patty Loveless, Dwight Yoakam, Loretta Lynn, Chris Stapleton: eastern Kentucky has given the world "
    "a lot of music. Our Music & Medicine program brings local fiddlers to play on the units every "
    "Friday. 🎻",
    "public figures",
)

# 59
p(
    "en",
    "milestone_birthday",
    "100 years of Sudie! 💐 Born 8/15 in a log house on Carr Creek, she's outlived two husbands, a mine "
    "collapse and three hospital remodels. The 2 South nurses say she's their favorite patient (don't "
    "tell the others).",
    [("AGE", "100"), ("NAME", "Sudie"), ("DATE", "8/15"), ("GEO", "Carr Creek")],
    note="age, first name, birth date, birthplace creek",
)

# 60
n(
    "en",
    "health_tip",
    "It's ramp season! 🌱 Before you head up the mountain, tell somebody where you're going, carry a "
    "charged phone, and watch for copperheads. Snakebite? Call 911, keep the limb still, and come to us.",
    "generic tip",
)

# 61
p(
    "en",
    "thank_you",
    "Pictured: Rev. Elmer Fields and his wife, Sister Opal, leading the hymn sing in our lobby the day "
    "before his discharge. 🎶 Thank you for lifting all of us up.",
    [("PHOTO", "Pictured"), ("NAME", "Elmer Fields"), ("NAME", "Opal")],
    note="photo of the patient; titles Rev. and Sister excluded",
)

# 62
n(
    "en",
    "campaign_hashtag",
    "#BlackLungAwareness isn't just a hashtag in Letcher County — it's our grandfathers, fathers and now "
    "sons. Free screening for any current or former miner: (606) 555-0133. #CoalCountry #MinersMatter",
    "campaign hashtag; county not tied to a patient",
)

# 63
p(
    "en",
    "crisis_update",
    "Mother and baby airlifted from the flood in Fleming-Neon are safe and warm in our Hazard ICU. Baby "
    "Kinsley is 3 weeks old. Her daddy asked us to thank the Kentucky National Guard crew by name: Sgt. "
    "Ramsey and Spc. Ortiz.",
    [("GEO", "Fleming-Neon"), ("NAME", "Kinsley")],
    note="rescue town and baby's name; Guard crew not labelled; Hazard ICU is the hospital",
)

# 64
n(
    "en",
    "event",
    "Memorial Day at the Hindman VFW: our Black Lung and Veterans Outreach teams will be there 10-2 with "
    "free hearing tests. Thank you to every veteran of Knott County. 🇺🇸",
    "event",
)

# 65
p(
    "en",
    "pasted_record",
    "@PineMountainRMC pls delete - nurse posted this - 'Fam of Kermit Adams (rm 206) upset about visitor "
    "policy, son Darrell threatening to call Channel 57'",
    [("NAME", "Kermit Adams"), ("OTHER_ID", "rm 206"), ("NAME", "Darrell")],
    note="pasted note: patient, room, son; hospital handle not labelled",
)

# 66
n(
    "en",
    "staff_spotlight",
    "Spotlight: Lonnie 'Hoss' Bentley has been our lead maintenance tech for 26 years. He can fix a "
    "boiler at 3 AM in a snowstorm and still make it to his grandson's ballgame. Thanks, Hoss! 🔧",
    "staff nickname Hoss",
)

# 67
p(
    "en",
    "patient_story",
    "When Jolene's daddy got his black lung diagnosis, she quit her job in Ohio and moved back home to "
    "Isom to take care of him. Our home health team sees them every Tuesday. Jolene, you are a hero. 💚",
    [("NAME", "Jolene", "*"), ("GEO", "Isom")],
    note="patient's daughter named; home town; state not GEO",
)

# 68
n(
    "en",
    "eponymous_condition",
    "Down syndrome doesn't define anyone. 💙💛 Happy World Down Syndrome Day from all of us at Pine "
    "Mountain! Our Hindman clinic hosts a family playgroup the first Saturday of each month.",
    "eponymous condition and awareness day",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Happy 90th, Pap Tolliver! 🎂 Ninety years young and he STILL says he's only here for the jello. "
    "Love, the 3 West night crew",
    [("AGE", "90th"), ("NAME", "Tolliver"), ("AGE", "Ninety")],
    note="kinship word Pap excluded; two age expressions",
)

# 70
n(
    "en",
    "sponsor",
    "Thank you to the Letcher County Coal Miners' Memorial Fund and to Gearheart Oil & Gas for "
    "sponsoring our Black Lung Benefits Day. Together we helped 112 miners file claims.",
    "sponsors",
)

# 71
p(
    "en",
    "thank_you",
    "@kaylee_b22 Aw Kaylee, tell your granny Ruby we miss her already! So glad she got home to Mayking "
    "in time for her tomatoes 🍅",
    [("OTHER_ID", "@kaylee_b22"), ("NAME", "Kaylee"), ("NAME", "Ruby"), ("GEO", "Mayking")],
    note="reply to granddaughter's handle; patient's first name and home town",
)

# 72
n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s came in last week with a stack of 30 prescription bottles in a Walmart bag. "
    "Our pharmacist spent an hour sorting them with her. Bring your bag to any of our clinics — it's "
    "free. #BrownBagCheckup",
    "anonymous, age range under 90",
)

# 73
p(
    "en",
    "patient_story",
    "Sgt. Roy Lee Pigman, Vietnam vet and retired deep miner, got the first new-generation oxygen "
    "concentrator from our Hindman clinic's loaner program. Serial #LC-44817 — already named "
    "'Trigger.' 😄",
    [("NAME", "Roy Lee Pigman"), ("DEVICE", "LC-44817")],
    note="device serial number of the patient; device nickname not a name",
)

# 74
n(
    "en",
    "health_tip",
    "Hollers and creeks flood fast. If you live near water, keep a go-bag: 7 days of meds, copies of your "
    "insurance card, phone charger, and your oxygen backup. Sign up for county alerts by texting "
    "PERRY to 888777.",
    "generic preparedness tip",
)

# 75
p(
    "en",
    "memorial",
    "Rest in peace, Bud Sizemore. Our Whitesburg clinic family has been seeing Bud every Thursday since "
    "2008. He passed at home on Lick Branch on Sunday, surrounded by his girls. He always brought us "
    "pawpaws. 💐",
    [("NAME", "Bud Sizemore"), ("NAME", "Bud", 2), ("GEO", "Lick Branch")],
    note="nickname plus surname; branch of residence",
)

# 76
n(
    "en",
    "statistic",
    "Overdose deaths in Perry County fell 31% last year. That's not a number, it's somebody's son, "
    "somebody's Mamaw, somebody's coach. Recovery works. #RecoveryIsPossible",
    "statistic",
)

# 77
p(
    "en",
    "pasted_record",
    "lol pls dont post the census 😬 '3W: rm 301 Gayheart T / rm 302 empty / rm 303 Noble, R (hospice) / "
    "rm 304 Stacy, June'",
    [
        ("OTHER_ID", "rm 301"),
        ("NAME", "Gayheart T"),
        ("OTHER_ID", "rm 303"),
        ("NAME", "Noble, R"),
        ("OTHER_ID", "rm 304"),
        ("NAME", "Stacy, June"),
    ],
    note="room list; empty room not labelled; surnames/first names that are words",
)

# 78
n(
    "en",
    "event",
    "Happy Homecoming, Hindman! Our Knott County team will be on the courthouse lawn Saturday for the "
    "Quicksand Craft Days parade. Come get your flu shot and a free fan. 🎉",
    "community event",
)

# 79
p(
    "en",
    "birth_announcement",
    "First baby of 2025! 🎉 Little Bentley Ray arrived at 12:07 am on Jan. 1 to proud parents Cheyenne "
    "and Dakota Hall of Viper. Welcome to the world, Bentley!",
    [
        ("NAME", "Bentley Ray"),
        ("DATE", "Jan. 1"),
        ("NAME", "Cheyenne"),
        ("NAME", "Dakota Hall"),
        ("GEO", "Viper"),
        ("NAME", "Bentley", 2),
    ],
    note="birth date, parents, home town that is a word; bare year not labelled",
)

# 80
n(
    "en",
    "staff_spotlight",
    "Congratulations to our own Sissy Fugate, LPN, named Kentucky Nurse of the Year! Sissy started as a "
    "CNA at 19 on our old Main Street campus. Bubba and the kids, you should be proud. 🏆",
    "staff nurse and her family",
)

# 81
p(
    "en",
    "thank_you",
    "Thank you, Hindman clinic team, from Darrell and Patsy Ritchie: 'Y'all caught Darrell's cancer early "
    "enough. We got to see our grandbaby born. There are no words.' 💚",
    [("NAME", "Darrell", "*"), ("NAME", "Patsy Ritchie")],
    note="quoted thank-you from patient and wife",
)

# 82
n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers: you are not alone. Our free caregiver support group meets at the Whitesburg "
    "Clinic, 480 Main St, on the last Thursday of each month at 6 pm. Supper provided.",
    "eponymous condition; hospital address",
)

# 83
p(
    "en",
    "crisis_update",
    "Prayers for the Napier boys — both brothers were brought in after the mine roof fall at the Rowdy "
    "portal this morning. Jesse is in surgery; Wade is stable. Family is gathering in our chapel.",
    [("NAME", "Napier"), ("GEO", "Rowdy"), ("NAME", "Jesse"), ("NAME", "Wade")],
    note="family surname, injury site town, first names",
)

# 84
n(
    "en",
    "crisis_update",
    "We are aware of the mine accident near Rowdy this morning. Out of respect for the families, we will "
    "not share patient information. Our chaplains are available in the main lobby. #PrayForOurMiners",
    "incident location without any patient identifier",
)

# 85
p(
    "en",
    "patient_story",
    "when dusty came in after the wreck on KY-15 we weren't sure he'd walk again. today he walked his "
    "sister down the aisle. 😭💍 so proud of you dusty",
    [("NAME", "dusty", "*"), ("GEO", "KY-15")],
    note="lower-case name that is a word; road of the crash",
)

# 86
n(
    "en",
    "health_tip",
    "Dusty roads + coal dust + wood smoke = tough on your lungs. If you've had a cough for more than 3 "
    "weeks, get it checked. Our Whitesburg clinic takes walk-ins: (606) 555-0111.",
    "'Dusty' is an adjective here",
)

# 87
p(
    "es",
    "discharge",
    "¡Se fue a casa! 🎉 La pequeña Xiomara salió hoy de la UCI neonatal después de 61 días. Nació el "
    "3 de marzo pesando apenas 1 libra y 14 onzas. ¡Gracias a sus papás, Yesenia y Óscar, por su "
    "fuerza! #FuerzaXiomara",
    [
        ("NAME", "Xiomara"),
        ("DATE", "3 de marzo"),
        ("NAME", "Yesenia"),
        ("NAME", "Óscar"),
        ("NAME", "#FuerzaXiomara"),
    ],
    note="Spanish NICU discharge: name, birth date, parents, name hashtag",
)

# 88
n(
    "en",
    "sponsor",
    "Thank you, Mountain Comprehensive Care and the Hazard Rotary Club, for sponsoring 400 backpacks of "
    "school supplies for the brothers and sisters of our pediatric patients. 🎒",
    "sponsors",
)

# 89
p(
    "en",
    "milestone_birthday",
    "Happy birthday to Clarice Stamper, our newest centenarian! She hit the big one-oh-oh on Sunday while "
    "recovering from hip surgery on 2 South. 💯",
    [("NAME", "Clarice Stamper"), ("AGE", "centenarian"), ("AGE", "one-oh-oh")],
    note="age stated as a word and a spelled-out number",
)

# 90
n(
    "en",
    "public_figure",
    "Mary Breckinridge rode horseback up these hollers in 1925 to deliver babies. Nearly a century later, "
    "our nurse-midwives still carry her spirit. #NursesWeek #FrontierNursing",
    "historical figure",
)

# 91
p(
    "en",
    "pasted_record",
    "From Teams (not for FB!!): 'ED: Pt Rosalee Banks 96yo, from Hardburly, brought by grandson Tanner, "
    "states fell getting out of bed 2/11, ?hip fx, ortho paged'",
    [
        ("NAME", "Rosalee Banks"),
        ("AGE", "96yo"),
        ("GEO", "Hardburly"),
        ("NAME", "Tanner"),
        ("DATE", "2/11"),
    ],
    note="age with attached suffix; home town; grandson; injury date",
)

# 92
n(
    "en",
    "hospital_contact",
    "Follow our Bridge to Recovery team at @PMRMC_Recovery for meeting times, Narcan giveaways and "
    "stories of hope. Help is a call away: (606) 555-0144. National lifeline: 988.",
    "hospital handle and phone; national line",
)

# 93
n(
    "en",
    "thank_you",
    "A giant thank-you to Brother Herschel and the whole congregation at Defeated Creek Freewill Baptist "
    "for the 200 Christmas cards you sent our cancer patients. 🎄",
    "pastor and church donors; patients anonymous",
)

# 94
p(
    "en",
    "patient_story",
    "Hope is her name and hope is what she gave us. 💛 Hope Maggard, 19, spent her senior year in and out "
    "of our oncology unit and still graduated with her class. Today she's in remission and starting "
    "nursing school in the fall.",
    [("NAME", "Hope Maggard"), ("NAME", "Hope", "*")],
    note="name that is a word; lower-case 'hope' is the word",
)

# 95
n(
    "en",
    "campaign_hashtag",
    "Hope lives here. 💛 #HopeLivesHere is our theme for Recovery Month — share a photo of what recovery "
    "looks like to you and tag @PineMountainRMC.",
    "campaign hashtag with the word Hope",
)

# 96
p(
    "en",
    "discharge",
    "After 114 days, Pudge is going home! 🐣 Born at 24 weeks on the 9th of April, our tiniest fighter "
    "now weighs a whopping 5 lbs. Pudge, the NICU won't be the same. #PudgePower",
    [("NAME", "Pudge", "*"), ("DATE", "9th of April"), ("NAME", "#PudgePower")],
    note="nickname, birth date, name hashtag",
)

# 97
n(
    "en",
    "research",
    "New study from our Bridge to Recovery program: patients who started buprenorphine in the ER were "
    "twice as likely to still be in treatment 30 days later. Read more at pmrmc.org/bridge-study.",
    "research",
)

# 98
p(
    "en",
    "thank_you",
    "Ma'am, we're so sorry your daddy's room wasn't cleaned. Please call our patient advocate at (606) "
    "555-0100 — we removed the comment with Mr. Eldon Cornett's home phone, (606) 555-0193, to protect "
    "his privacy.",
    [("NAME", "Eldon Cornett"), ("PHONE", "(606) 555-0193")],
    note="reply that repeats the patient's name and home phone; hospital phone not labelled",
)

# 99
n(
    "en",
    "event",
    "Family reunion season is here! 🍉 Our mobile unit is visiting the Combs, Fugate and Noble family "
    "reunions this summer offering blood pressure checks. Want us at yours? Message us!",
    "reunion host families are not patients",
)

# 100
p(
    "en",
    "milestone_birthday",
    "Cake, candles and a kazoo band for Mamaw Ollie's 99th in room 109! 🎉 Her great-great-grandbaby "
    "Paisley blew out the candles for her.",
    [("NAME", "Ollie"), ("AGE", "99th"), ("OTHER_ID", "room 109"), ("NAME", "Paisley")],
    note="possessive excluded; room; relative",
)

# 101
n(
    "en",
    "staff_spotlight",
    "Our Hindman clinic welcomed Dr. Priya Raman, a family physician who chose eastern Kentucky for her "
    "rural residency and decided to stay. Welcome home, Dr. Raman! 🏔️",
    "new doctor",
)

# 102
p(
    "en",
    "public_figure",
    "Our county's Judge-Executive, Wilbur Hays, asked us to share: he's recovering from his knee "
    "replacement here and will be back at the courthouse next month. He says the hospital Jell-O is "
    "'a county treasure.'",
    [("NAME", "Wilbur Hays")],
    note="public official who is the patient",
)

# 103
n(
    "en",
    "public_figure",
    "Rep. Angie Hatton toured our new flood-resilient pharmacy in Whitesburg today. Thank you for "
    "standing with eastern Kentucky's health care workers.",
    "visiting public figure",
)

# 104
p(
    "en",
    "crisis_update",
    "UPDATE: the 11-year-old boy pulled from Carr Fork Lake on Saturday has been flown to a children's "
    "hospital. His family asks for prayers for Colby. 🙏",
    [("GEO", "Carr Fork Lake"), ("NAME", "Colby")],
    note="injury site and first name",
)

# 105
n(
    "en",
    "anonymous_story",
    "One of our ER nurses pulled over on Route 15 last night to help a man having a seizure in a gas "
    "station lot. She didn't want her name used. That's who we hire. 💙",
    "anonymous bystander and nurse",
)

# 106
p(
    "en",
    "pasted_record",
    "Copy of fax (please shred): PT: TACKETT, HOBERT L   DOB: 01/30/1933   MEDICARE: 1EG4-TE5-MK72   "
    "PCP: Dr. Raman   ADDR: 114 Grapevine Rd, Chavies KY 41727",
    [
        ("NAME", "TACKETT, HOBERT L"),
        ("DATE", "01/30/1933"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("GEO", "114 Grapevine Rd"),
        ("GEO", "Chavies"),
        ("GEO", "41727"),
    ],
    note="fax header: name, DOB, Medicare ID, address; PCP is staff",
)

# 107
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers. Our oncology team at Pine Mountain offers chemo "
    "close to home so you don't have to drive to Lexington every week.",
    "eponymous condition",
)

# 108
p(
    "en",
    "thank_you",
    "To the man in the Carhartt who paid for the Hurley family's supper in our cafeteria Tuesday night "
    "while their baby was in surgery: they want you to know little Ezra is doing great. 💙",
    [("NAME", "Hurley"), ("NAME", "Ezra")],
    note="family surname and baby's name; donor anonymous",
)

# 109
n(
    "en",
    "recruitment",
    "Were you a Hazard Bulldog or a Perry Central Commodore? Come home to work! Our 'Grow Your Own' "
    "nursing scholarship pays tuition for Perry, Knott and Letcher County grads.",
    "recruitment",
)

# 110
p(
    "en",
    "memorial",
    "Fly high, #TeamBrantley 💙 Brantley fought so hard for 4 years. He loved Spider-Man, his mamaw's "
    "fried bologna, and the UK Wildcats. Our pediatric team will never forget you, buddy.",
    [("NAME", "#TeamBrantley"), ("NAME", "Brantley")],
    note="name hashtag and first name",
)

# 111
n(
    "en",
    "health_tip",
    "Bud, Sissy, Bubba, whatever they call you at home — if you're a man over 50, it's time for your "
    "colon screening. Ask about the at-home kit at any Pine Mountain clinic. #ColonCancerAwareness",
    "generic nicknames, no person",
)

# 112
p(
    "en",
    "crisis_update",
    "Still looking for the family of the older gentleman brought in from the Isom IGA parking lot this "
    "morning — he says his name is 'Junior' and his daughter is Tammy. If that's your daddy, call Patient "
    "Relations at (606) 555-0100.",
    [("GEO", "Isom"), ("NAME", "Junior"), ("NAME", "Tammy")],
    note="found patient: place found, nickname, daughter; hospital phone",
)

# 113
n(
    "en",
    "statistic",
    "In 2024 our Hospice team cared for 318 patients — the youngest in their 20s, many over 90. Every one "
    "of them mattered. Thank you to the families who trusted us.",
    "aggregate; 'over 90' is a population",
)

# 114
p(
    "en",
    "pasted_record",
    "sorry all, pasted the wrong thing 🙈 'Pink Out raffle winner: Lacey Burke 606.555.0178 - note: her "
    "dad is on 4N rm 418, deliver prize there'",
    [("NAME", "Lacey Burke"), ("PHONE", "606.555.0178"), ("OTHER_ID", "rm 418")],
    note="patient's daughter and her phone; father's room",
)

# 115
n(
    "en",
    "sponsor",
    "Special thanks to the Stacy family, whose gift in memory of their father built the new Stacy Family "
    "Chapel on our 3rd floor. 🙏 All are welcome, any hour.",
    "donor family naming a chapel",
)

# 116
p(
    "es",
    "thank_you",
    "Mil gracias a doña Maricela por los tamales que le trajo a todo el tercer piso cuando dieron de alta "
    "a su esposo, don Efraín, el 2 de noviembre. ¡Que Dios los bendiga! 🫔",
    [("NAME", "Maricela"), ("NAME", "Efraín"), ("DATE", "2 de noviembre")],
    note="Spanish: wife and patient, discharge date; doña/don excluded",
)

# 117
n(
    "en",
    "event",
    "Halloween Trunk-or-Treat in our Hazard parking lot, Oct. 31, 5-7 pm! Our pediatric nurses will be "
    "handing out candy and glow sticks. Costumes encouraged 🎃",
    "event date",
)

# 118
p(
    "en",
    "patient_story",
    "Remember the buzzer-beater that sent Hazard to the Sweet 16? The kid who hit it, Tyrese 'Moose' "
    "Combs, tore his ACL in the next game. Six months of PT at our sports medicine clinic later, he's "
    "back on the floor tonight. 🏀 #MooseIsLoose",
    [("NAME", "Tyrese 'Moose' Combs"), ("NAME", "#MooseIsLoose")],
    note="name with nickname, nickname hashtag; 'Hazard' is the team",
)

# 119
n(
    "en",
    "campaign_hashtag",
    "#HazardStrong #LetcherStrong #KnottStrong 💚 Three counties, one mountain. Thank you to every "
    "lineman, nurse, firefighter and neighbor who showed up this week.",
    "place campaign hashtags",
)

# 120
p(
    "en",
    "discharge",
    "Wanda from Viper said she'd dance out of here and she did! 💃 After a new hip and 5 days of PT, she "
    "did the two-step right past the nurses' station. Go home and rest, Miss Wanda!",
    [("NAME", "Wanda", "*"), ("GEO", "Viper")],
    note="first name and home town",
)

# 121
n(
    "en",
    "eponymous_condition",
    "Meniere's, Bell's palsy, Tourette's — our neurology and ENT teams see them all at our Hazard campus. "
    "Referrals: (606) 555-0100.",
    "eponymous conditions",
)

# 122
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO OUR FAVORITE DIALYSIS PATIENT, MR. CLOYD HOLBROOK!!! THE WHOLE UNIT SANG. 🎂🎉",
    [("AGE", "101ST"), ("NAME", "CLOYD HOLBROOK")],
    note="all caps",
)

# 123
n(
    "en",
    "staff_spotlight",
    "Happy 90th birthday to Eula Mae Francis, who volunteered at our front desk for 40 years and retired "
    "at 88! We threw her a party in the lobby. 🎈",
    "volunteer's age over 89 is not labelled",
)

# 124
p(
    "en",
    "memorial",
    "Dear Cornett family: the 3 West team wants you to know how much we loved Mamaw Ethel. Thank you for "
    "the quilt you hung in her honor outside room 311. 🧵",
    [("NAME", "Cornett"), ("NAME", "Ethel"), ("OTHER_ID", "room 311")],
    note="family surname, first name, room",
)

# 125
n(
    "en",
    "hospital_contact",
    "Lost and found: a set of keys with a UK Wildcats keychain and a pocketknife was turned in at our ER "
    "entrance, 1 Hospital Hill Dr. Call Security at (606) 555-0100 to claim.",
    "hospital address and phone",
)

# 126
p(
    "en",
    "patient_story",
    "Nobody believed Bobbie Jo would drive again after her wreck on Ky. 80 near Hindman in March. Today "
    "she drove herself to her last PT visit. 🚗💨 (and yes, she parked crooked)",
    [("NAME", "Bobbie Jo"), ("GEO", "Ky. 80"), ("GEO", "Hindman"), ("DATE", "March")],
    note="double first name; crash road and town; month of injury",
)

# 127
n(
    "en",
    "anonymous_story",
    "A veteran over 90 asked our chaplain last week to help him write a letter to the brother he hadn't "
    "spoken to since 1967. They mailed it together. This is what care looks like.",
    "anonymous; 'over 90' is the Safe Harbor aggregate",
)

# 128
p(
    "en",
    "pasted_record",
    "TEXT FROM FAMILY (ignore): 'this is Ronnie, Sheila's husband, she's in 2S-208 can yall bring her a "
    "phone charger. our # is 606-555-0131'",
    [("NAME", "Ronnie"), ("NAME", "Sheila"), ("OTHER_ID", "2S-208"), ("PHONE", "606-555-0131")],
    note="husband, patient, unit-room code, family phone",
)

# 129
n(
    "en",
    "health_tip",
    "Mamaw's remedies: honey for a cough (not for babies under 1!), salt water gargle for a sore throat. "
    "Mamaw's NOT-remedies: kerosene, turpentine, or coal oil for anything. Please. 😅 #AppalachianWisdom",
    "generic Mamaw",
)

# 130
p(
    "en",
    "thank_you",
    "This note from 8-year-old Remi made our whole oncology floor cry: 'Thank you for making my Papaw Gene "
    "not hurt anymore.' Remi, your Papaw was one of a kind. 💛",
    [("NAME", "Remi", "*"), ("NAME", "Gene")],
    note="grandchild and patient; Papaw is kinship",
)

# 131
n(
    "en",
    "event",
    "Join us for the Kentucky River Watershed Cleanup on April 26! Meet at the Hazard Farmers Market at "
    "9 AM. Gloves, trash bags and snacks provided by our wellness team. 🌊",
    "event",
)

# 132
p(
    "en",
    "discharge",
    "Twin brothers Hunter and Hayden Sturgill, born at 29 weeks on 11/3, are going home to Jeremiah "
    "today! 🍼🍼",
    [("NAME", "Hunter"), ("NAME", "Hayden Sturgill"), ("DATE", "11/3"), ("GEO", "Jeremiah")],
    note="home town that is a first name",
)

# 133
n(
    "en",
    "public_figure",
    "Author Harriette Arnow, singer Jean Ritchie and poet James Still all called these hills home. This "
    "Library Week, our pediatric clinics are giving away 500 books by Appalachian writers. 📚",
    "historical figures",
)

# 134
p(
    "en",
    "patient_story",
    "Thank you for the outpouring of love for our ER nurse Brittany, who was injured when a driver hit her "
    "car on the way to work Tuesday. She's a patient on our 4th floor now and says she's already bossing "
    "her nurses. #BrittanyStrong",
    [("NAME", "Brittany"), ("NAME", "#BrittanyStrong")],
    note="staff member who is the patient",
)

# 135
n(
    "en",
    "recruitment",
    "Calling all retired coal miners: our Black Lung Clinic needs volunteer 'lung buddies' to sit with "
    "newly diagnosed miners. Who better to understand? Call (606) 555-0133.",
    "volunteer recruitment",
)

# 136
p(
    "en",
    "pasted_record",
    "wanted to share our patient portal tip ft. Mr. Ison's real screen lol — username hazardhoss58, MRN "
    "0061182. EDIT: deleted, sorry!",
    [("NAME", "Ison"), ("OTHER_ID", "hazardhoss58"), ("MRN", "0061182")],
    note="portal user name and MRN",
)

# 137
n(
    "en",
    "health_tip",
    "Portal tip: your username should NOT be your MRN or your birthday. Set up your Pine Mountain patient "
    "portal at pinemountainrmc.org/portal or call (606) 555-0100 for help.",
    "generic tip",
)

# 138
p(
    "en",
    "milestone_birthday",
    "She's ninety-SEVEN and she just beat our physical therapist at arm wrestling. Happy birthday, Granny "
    "Belle! 💪🎂 #BelleOfTheBall",
    [("AGE", "ninety-SEVEN"), ("NAME", "Belle"), ("NAME", "#BelleOfTheBall")],
    note="word age; hashtag containing the name",
)

# 139
n(
    "en",
    "campaign_hashtag",
    "Ring in the New Year with the #OneHundredDays Wellness Challenge! 100 days, 100 steps up a holler at "
    "a time. Sign up at pinemountainrmc.org/100days",
    "campaign; 100 is not an age",
)

# 140
p(
    "en",
    "discharge",
    "One of our favorite long-timers goes home today: admitted June 2, discharged August 30, and her only "
    "complaint was the coffee. We'll miss you, Miss Ila!",
    [("DATE", "June 2"), ("DATE", "August 30"), ("NAME", "Ila")],
    note="admission and discharge dates",
)

# 141
n(
    "en",
    "anonymous_story",
    "'Home before the leaves turn' — that was the goal a patient in her 70s set with our rehab team this "
    "summer. She beat it by a week. 🏠",
    "anonymous",
)

# 142
p(
    "en",
    "thank_you",
    "'Nurse Misty held my hand the whole time they were working on my boy Cayden after the four-wheeler "
    "wreck on Big Leatherwood. I will never forget her.' — Tonya, Cayden's mom 💙 Misty, you're a gem.",
    [("NAME", "Cayden", "*"), ("GEO", "Big Leatherwood"), ("NAME", "Tonya")],
    note="quoted comment; nurse not labelled",
)

# 143
n(
    "en",
    "staff_spotlight",
    "Misty Hays, RN, is our Nurse of the Month! Misty has worked in our ER for 12 years, coaches little "
    "league in Jeff, and once delivered a baby in the ambulance bay. 👶",
    "staff; anonymous baby",
)

# 144
p(
    "en",
    "pasted_record",
    "Wrong chat!! 'Family mtg 2pm re: Arnold Combs, 4N-421, DNR discussion, POA is niece Crystal Noble "
    "(606) 555-0124, Humana ID H4428-91177'",
    [
        ("NAME", "Arnold Combs"),
        ("OTHER_ID", "4N-421"),
        ("NAME", "Crystal Noble"),
        ("PHONE", "(606) 555-0124"),
        ("HEALTH_PLAN", "H4428-91177"),
    ],
    note="patient, room code, niece and her phone, plan ID",
)

# 145
n(
    "en",
    "event",
    "Blood drive Friday, March 7, in the Stacy Family Chapel conference room, 9-3. Every donor gets a Pine "
    "Mountain t-shirt. Walk-ins welcome! 🩸",
    "event",
)

# 146
p(
    "en",
    "memorial",
    "We're lowering our flag today for Deputy Travis Fields, who died in our ER on Oct. 12 after being "
    "injured in the line of duty on Route 7 in Letcher County. He was 34. Our hearts are with his wife, "
    "Kristen, and their boys.",
    [
        ("NAME", "Travis Fields"),
        ("DATE", "Oct. 12"),
        ("GEO", "Route 7"),
        ("GEO", "Letcher County"),
        ("NAME", "Kristen"),
    ],
    note="deputy who was the patient; injury road and county; wife",
)

# 147
n(
    "en",
    "public_figure",
    "Lou Gehrig, Michael J. Fox and Muhammad Ali brought attention to ALS and Parkinson's. Locally, our "
    "movement disorders clinic sees more than 300 families a year.",
    "public figures",
)

# 148
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a doña Carmela! 🎂 La familia Ruiz vino desde Morehead para celebrarla "
    "en la habitación 212. ¡Que cumpla muchos más!",
    [
        ("AGE", "95"),
        ("NAME", "Carmela"),
        ("NAME", "Ruiz"),
        ("GEO", "Morehead"),
        ("OTHER_ID", "habitación 212"),
    ],
    note="Spanish: age, name, family, family's town, room",
)

# 149
n(
    "en",
    "health_tip",
    "Coal miners: you can get a FREE chest X-ray every 5 years under the federal black lung program, even "
    "if you're still working. Call our Black Lung Clinic at (606) 555-0133 to schedule in Whitesburg or "
    "Hazard.",
    "generic tip",
)

# 150
p(
    "en",
    "patient_story",
    "pap's been a coal miner, a deacon and a little league coach. now he's our patient on 3 west and he's "
    "teaching the night nurses to play rook. we love you ernie 🃏",
    [("NAME", "ernie")],
    note="lower-case first name; 'pap' is kinship",
)

# 151
n(
    "en",
    "anonymous_story",
    "To the family who left a thank-you note and a jar of sourwood honey at our 3 West nurses' station this "
    "weekend — we don't know who you are, but we know your daddy was loved. 🍯",
    "anonymous family",
)

# 152
p(
    "en",
    "pasted_record",
    "Schedule pasted by mistake: 8:00 Whitesburg – Donnie Boggs (new pt, DOB 7/4/55) / 8:30 – Faye "
    "Mullins (f/u) / 9:00 – Junior Hall (black lung eval)",
    [
        ("NAME", "Donnie Boggs"),
        ("DATE", "7/4/55"),
        ("NAME", "Faye Mullins"),
        ("NAME", "Junior Hall"),
    ],
    note="clinic schedule; Whitesburg is the clinic",
)

# 153
n(
    "en",
    "statistic",
    "The average age of a Kentucky coal miner filing a black lung claim is now 61. Twenty years ago it was "
    "70. Younger miners are getting sicker, faster. Get screened.",
    "statistic",
)

# 154
p(
    "en",
    "birth_announcement",
    "Welcome, baby Haven! 🌈 After three losses, Brooke and Travis Eldridge of Cornettsville finally got "
    "their rainbow baby on Mother's Day.",
    [
        ("NAME", "Haven"),
        ("NAME", "Brooke"),
        ("NAME", "Travis Eldridge"),
        ("GEO", "Cornettsville"),
        ("DATE", "Mother's Day"),
    ],
    note="birth on a named day",
)

# 155
n(
    "en",
    "event",
    "Mother's Day brunch for our moms in recovery, Sunday at the Bridge clinic, 310 Black Gold Blvd. "
    "Childcare provided. 💐 RSVP (606) 555-0144",
    "event; hospital address",
)

# 156
p(
    "en",
    "thank_you",
    "Our CNA Kendra's little boy Luke drew this for Mr. Riley Johnson in room 224, who told him stories "
    "about the mines all week. Mr. Johnson hung it right over his bed. 🖍️",
    [("NAME", "Riley Johnson"), ("OTHER_ID", "room 224"), ("NAME", "Johnson", 2)],
    note="patient and room; staff member's child not labelled",
)

# 157
n(
    "en",
    "staff_spotlight",
    "Twenty-five years, thousands of babies, one amazing team. Happy anniversary to our Labor & Delivery "
    "nurses Tina, Rhonda, Peggy Sue and Jeannie! 🎉👶",
    "staff names",
)

# 158
p(
    "en",
    "discharge",
    "Everyone on 4 North calls him “Peanut” because at 6-foot-5 he's anything but. After 3 weeks fighting "
    "COVID pneumonia, “Peanut” is headed home to Bulan. We'll miss that laugh!",
    [("NAME", "Peanut", "*"), ("GEO", "Bulan")],
    note="quoted nickname without quotes; home town",
)

# 159
n(
    "en",
    "campaign_hashtag",
    "#PeanutButterDrive 🥜 Our food pantry at the Hindman clinic is low on peanut butter, canned beans and "
    "cornmeal. Drop-offs at 27 Court Square, M-F 8-5.",
    "food drive hashtag",
)

# 160
p(
    "en",
    "crisis_update",
    "Storm update: we are treating 6 patients from last night's tornado. One, 96-year-old Lula Bentley, "
    "was pulled from her trailer on Payne Gap Road by her neighbors. She is in fair condition and asking "
    "about her cat.",
    [("AGE", "96-year-old"), ("NAME", "Lula Bentley"), ("GEO", "Payne Gap Road")],
    note="age token with suffix; road of residence",
)

# 161
n(
    "en",
    "crisis_update",
    "We are treating several patients injured in last night's storm near Jenkins. We'll share updates on "
    "road closures and shelters as we get them. Please keep calls to the ER line for emergencies.",
    "storm location, no patient identified",
)

# 162
p(
    "en",
    "patient_story",
    "Hope, grit and a new kidney. 💚 Faith Collins of Sassafras got the call at 2 AM on New Year's Eve and "
    "was in surgery by sunrise. One year later she ran her first 5K. #DonateLife",
    [("NAME", "Faith Collins"), ("GEO", "Sassafras"), ("DATE", "New Year's Eve")],
    note="name that is a word; surgery on a named day; 'Hope' is the word",
)

# 163
n(
    "en",
    "sponsor",
    "Thank you to Faith Baptist Church of Hazard and Grace Fellowship in Whitesburg for feeding our night "
    "shift all through flood week. 🙏",
    "church sponsors",
)

# 164
p(
    "en",
    "memorial",
    "Gone home: Goldie Ritchie, age 96, our beloved patient in the Hindman dialysis unit for 9 years. "
    "Visitation details are on her family's page.",
    [("NAME", "Goldie Ritchie"), ("AGE", "96")],
    note="age over 89",
)

# 165
n(
    "en",
    "research",
    "Our team is enrolling adults 40-75 who live within 5 miles of a surface mine in a new study on air "
    "quality and asthma. $50 gift card for participants. Call (606) 555-0100, option 4.",
    "research recruitment",
)

# 166
p(
    "en",
    "pasted_record",
    "Lab courier log (oops): 10/21 pickup Hindman — specimens for Sexton, Ricky J & Sexton, Tabitha "
    "(mother) — acct 7730024 & 7730025",
    [
        ("DATE", "10/21"),
        ("NAME", "Sexton, Ricky J"),
        ("NAME", "Sexton, Tabitha"),
        ("ACCOUNT", "7730024"),
        ("ACCOUNT", "7730025"),
    ],
    note="specimen date, names, accounts; Hindman is the clinic",
)

# 167
n(
    "en",
    "eponymous_condition",
    "Raynaud's, Sjögren's, lupus: autoimmune diseases affect women 3x more than men. Our rheumatologist "
    "Dr. Amos Hurt now sees patients in Whitesburg on Wednesdays.",
    "eponymous conditions; doctor",
)

# 168
p(
    "en",
    "thank_you",
    "A letter from Mrs. Jewell Noble, age 92: 'I have been to many hospitals but yours is the only one "
    "where the nurses call me honey and mean it.' Thank you, Miss Jewell. ❤️",
    [("NAME", "Jewell Noble"), ("AGE", "92"), ("NAME", "Jewell", 2)],
    note="name and age",
)

# 169
p(
    "en",
    "anonymous_story",
    "A 92-year-old patient told our chaplain this week that the secret to a long life is 'cornbread and "
    "minding your own business.' We're taking notes. 😂",
    [("AGE", "92-year-old")],
    note="unnamed patient but exact age over 89 is an identifier",
)

# 170
n(
    "en",
    "statistic",
    "Kentucky has more than 1,000 centenarians, and the nonagenarians in our Silver Sneakers classes are "
    "some of the most active seniors in the state.",
    "population words",
)

# 171
p(
    "en",
    "patient_story",
    "Rain or shine, Sunny Slone never missed a dialysis day in 6 years — not even the week of the flood. "
    "Today she got her transplant call. ☀️ Go get 'em, Sunny!",
    [("NAME", "Sunny Slone"), ("NAME", "Sunny", 2)],
    note="name that is a word",
)

# 172
n(
    "en",
    "hospital_contact",
    "Our Hindman Clinic now has Saturday hours! 8 AM–noon at 27 Court Square, Hindman, KY 41822. Call "
    "(606) 555-0122 or book at pinemountainrmc.org/hindman.",
    "hospital address",
)

# 173
p(
    "en",
    "discharge",
    "@MamawJunes yes ma'am, your grandson Kyler was discharged Tuesday and he was GRINNING 😁 Tell him the "
    "PT team says no more backflips off the porch!",
    [("OTHER_ID", "@MamawJunes"), ("NAME", "Kyler")],
    note="grandmother's handle; patient's name",
)

# 174
n(
    "en",
    "health_tip",
    "Kids + porches + trampolines = our busiest summer ER visits. Netting, one jumper at a time, and no "
    "backflips! 🦴 #SummerSafety",
    "generic tip",
)

# 175
p(
    "en",
    "pasted_record",
    "Pt called re: bill. Name: Doyle Francis. Callback: doylefrancis1949@yahoo.com. Says he was seen 12/26 "
    "in Whitesburg. Claim #8812-4409.",
    [
        ("NAME", "Doyle Francis"),
        ("EMAIL", "doylefrancis1949@yahoo.com"),
        ("DATE", "12/26"),
        ("OTHER_ID", "8812-4409"),
    ],
    note="e-mail, visit date, claim number; Whitesburg is the clinic",
)

# 176
n(
    "en",
    "recruitment",
    "Wanted: respiratory therapists who can handle mountain roads and big hearts. Full-time at our Hazard "
    "campus and Whitesburg clinic. Relocation help available. pinemountainrmc.org/careers",
    "recruitment",
)

# 177
p(
    "es",
    "patient_story",
    "Don Aurelio trabajó 30 años en las minas de carbón de Kentucky. Hoy, con 91 años, viene cada mes a "
    "nuestra clínica de pulmón negro en Whitesburg. 'Los pulmones se cansan, pero el corazón no', nos "
    "dice.",
    [("NAME", "Aurelio"), ("AGE", "91")],
    note="Spanish: name, age; state and clinic not GEO",
)

# 178
n(
    "en",
    "eponymous_condition",
    "Friday is World Parkinson's Day. Dr. Raman and our neurology team will be live at noon answering your "
    "questions about tremors, balance and Parkinson's medications. 🌷",
    "eponymous condition; doctor",
)

# 179
p(
    "en",
    "milestone_birthday",
    "Double celebration on 2 South! 🎉 Brothers Virgil (93) and Carl (90) Stacy, both admitted this week "
    "with pneumonia, shared a birthday cake in the hallway. The nurses say they argued about whose "
    "birthday it was the whole time.",
    [("NAME", "Virgil"), ("AGE", "93"), ("NAME", "Carl"), ("AGE", "90"), ("NAME", "Stacy")],
    note="two patients, two ages",
)

# 180
n(
    "en",
    "thank_you",
    "A big thank you to the Hazard Fire Department, Perry County EMS and the Kentucky State Police for "
    "1,400 runs to our ER this year. We couldn't do it without you. 🚒",
    "agencies",
)

# 181
p(
    "en",
    "patient_story",
    "'Mommy, is the helicopter for me?' Yes it was, Addy-girl. 🚁 Addison was airlifted from the lake at "
    "Buckhorn in July and spent 11 days in our PICU. Today she's back at swim lessons. #AddyStrong",
    [
        ("NAME", "Addy"),
        ("NAME", "Addison"),
        ("GEO", "Buckhorn"),
        ("DATE", "July"),
        ("NAME", "#AddyStrong"),
    ],
    note="nickname, name, injury site, month of injury, hashtag",
)

# 182
n(
    "en",
    "event",
    "Buckhorn Lake Fun Run, July 19! All proceeds benefit our pediatric unit. Register at "
    "pinemountainrmc.org/funrun. 🏃",
    "event",
)

# 183
p(
    "en",
    "pasted_record",
    "oops — from the PT schedule: '2:00 PM Gaynell Holcomb (97) - gait training - use side entrance, "
    "daughter drives white F-150 KY plate 3TR 884'",
    [("NAME", "Gaynell Holcomb"), ("AGE", "97"), ("VEHICLE", "3TR 884")],
    note="name, age, family vehicle plate",
)

# 184
n(
    "en",
    "hospital_contact",
    "Parking tip: the side entrance on Hospital Hill Dr is closest to Outpatient PT. Free valet for "
    "patients over 80, 7 AM–5 PM. Questions? (606) 555-0100.",
    "hospital entrance",
)

# 185
p(
    "en",
    "thank_you",
    "Thank you to Ray and Glenna Couch, who gave our NICU two new isolettes in honor of their granddaughter "
    "Emmy, born here at 26 weeks on Labor Day. Emmy is 2 now and running circles around everybody! 💕",
    [("NAME", "Ray"), ("NAME", "Glenna Couch"), ("NAME", "Emmy", "*"), ("DATE", "Labor Day")],
    note="donors introduced as grandparents of a patient",
)

# 186
n(
    "en",
    "sponsor",
    "Thank you to the Couch Family Foundation for funding our new mobile mammography van! 🎀 It will visit "
    "14 communities in Perry, Knott and Letcher counties this fall.",
    "foundation",
)

# 187
p(
    "en",
    "discharge",
    "OMG y'all Mr Bascum is HOME 😭😭 after 2 strokes and 40 days he walked to his truck by himself. we "
    "love u Mr Bascum, dont forget to take ur meds!!!",
    [("NAME", "Bascum", "*")],
    note="surname twice",
)

# 188
n(
    "en",
    "anonymous_story",
    "'Y'all saved my life and didn't make me feel like trash for being an addict.' — a message we got from "
    "a former patient this month. Recovery is possible. Help is here: (606) 555-0144",
    "anonymous quote",
)

# 189
p(
    "en",
    "patient_story",
    "From Hindman to the honor roll 🎓 Kasey spent her 17th birthday in our adolescent recovery program. "
    "Today she graduated from community college with a 3.8. Your mamaw would be so proud, Kase. "
    "#KaseyKeepsGoing",
    [("GEO", "Hindman"), ("NAME", "Kasey"), ("NAME", "Kase"), ("NAME", "#KaseyKeepsGoing")],
    note="home town, name, short form, hashtag",
)

# 190
n(
    "en",
    "statistic",
    "Our Bridge clinic served 612 people last year. 74% were still in treatment at 90 days. Average age: "
    "36. Oldest: in their 70s. Recovery has no age limit.",
    "statistic; 90 days is not an age",
)

# 191
p(
    "en",
    "memorial",
    "Rest in peace, Sheriff Darnell Couch. The county's longest-serving sheriff spent his final days in our "
    "hospice unit, where he told stories to every nurse who would listen. He passed on Sept. 30 at 90.",
    [("NAME", "Darnell Couch"), ("DATE", "Sept. 30"), ("AGE", "90")],
    note="public figure who was the patient",
)

# 192
n(
    "en",
    "public_figure",
    "Sheriff's deputies from across the county escorted our NICU transport team through the snow last "
    "night. Thank you, Sheriff Harlan Noble, and every deputy on duty. 🚔",
    "sheriff; anonymous transport",
)

# 193
p(
    "en",
    "patient_story",
    "Home health nurse Carla drives 2 hours round trip up Grapevine Holler every Monday to see Mr. Elbert. "
    "The road washed out in May, so she parks at the creek and walks the last mile. 💪 #HomeHealthHeroes",
    [("GEO", "Grapevine Holler"), ("NAME", "Elbert")],
    note="holler of residence; May is the washout, not a patient date",
)

# 194
n(
    "en",
    "health_tip",
    "Creek water is not drinking water, even when it runs clear. After flooding, boil or use bottled water "
    "until your well is tested. Free test kits at our Whitesburg and Hindman clinics.",
    "generic tip",
)

# 195
p(
    "en",
    "birth_announcement",
    "Surprise delivery! 😮 Baby girl Oakley couldn't wait for the hospital and arrived in the front seat of "
    "a Silverado on Hwy 476 at 3:12 AM on 5/19. Mom Destiny and Oakley are doing great on Labor & "
    "Delivery.",
    [("NAME", "Oakley", "*"), ("GEO", "Hwy 476"), ("DATE", "5/19"), ("NAME", "Destiny")],
    note="birthplace road and birth date",
)

# 196
n(
    "es",
    "event",
    "Revisión gratuita de sillas de auto para bebés el jueves 22 de mayo en el Departamento de Bomberos de "
    "Hazard, de 9 a 12. ¡Nuestras enfermeras le ayudan a instalarla bien! 🚗👶",
    "Spanish event date",
)

# 197
p(
    "en",
    "pasted_record",
    "Accidentally pasted 2S whiteboard: 'Rm 201 – Hatfield (fall precautions) | Rm 203 – McCoy (NPO) | "
    "Rm 205 – Breathitt, Lonnie (O2 4L)'",
    [
        ("OTHER_ID", "Rm 201"),
        ("NAME", "Hatfield"),
        ("OTHER_ID", "Rm 203"),
        ("NAME", "McCoy"),
        ("OTHER_ID", "Rm 205"),
        ("NAME", "Breathitt, Lonnie"),
    ],
    note="famous-feud and county surnames used by patients",
)

# 198
n(
    "en",
    "staff_spotlight",
    "The Hatfields and McCoys feuded for decades. Our Pikeville-born surgeon Dr. Leah McCoy-Hatfield says "
    "the only fighting she does now is against colon cancer. 😂 Get screened at 45!",
    "historical families and a surgeon",
)

# 199
p(
    "en",
    "thank_you",
    "Thank you to Shawna and her dad Lyle, who drove from Wheelwright every day for 6 weeks so Lyle could "
    "get radiation with us. Your dedication inspired our entire oncology team. 🎗️",
    [("NAME", "Shawna"), ("NAME", "Lyle", "*"), ("GEO", "Wheelwright")],
    note="patient, daughter, home town",
)

# 200
n(
    "en",
    "eponymous_condition",
    "Tay-Sachs, Huntington's, Marfan syndrome: some conditions run in families. Our genetic counselor can "
    "help you understand your risk. Telehealth visits available at all three locations.",
    "eponymous conditions",
)

# 201
p(
    "en",
    "public_figure",
    "Bluegrass fiddler Earl Slone, 93, a member of the Kentucky Music Hall of Fame, played 'Shady Grove' "
    "for the whole cardiac unit before his pacemaker surgery Thursday. Earl, thank you for the concert! 🎻",
    [("NAME", "Earl Slone"), ("AGE", "93"), ("NAME", "Earl", 2)],
    note="public figure who is the patient",
)

# 202
n(
    "en",
    "anonymous_story",
    "A retired fiddler played 'Amazing Grace' in our cardiac unit hallway this week and there wasn't a dry "
    "eye on the floor. Music is medicine. 🎻",
    "anonymous",
)

# 203
p(
    "en",
    "discharge",
    "Admitted 2/28/24. Discharged 4/1/24. No, that's not an April Fool's joke — Garnet beat sepsis and is "
    "going home to Ary! 🎉",
    [
        ("DATE", "2/28/24"),
        ("DATE", "4/1/24"),
        ("DATE", "April Fool's"),
        ("NAME", "Garnet"),
        ("GEO", "Ary"),
    ],
    note="admit/discharge dates; the discharge day named twice",
)

# 204
n(
    "en",
    "event",
    "April Fool's Day blood drive! No joke: every donor gets a free fish sandwich from the cafeteria. 4/1, "
    "8-4, main lobby.",
    "event date",
)

# 205
p(
    "en",
    "pasted_record",
    "PLEASE DELETE — screenshot of intake form: Name: Darlene Combs  SSN: 402-66-1187  Emergency contact: "
    "Buddy Combs (husband) 606-555-0115  Address: 88 Big Branch Rd, Vicco",
    [
        ("NAME", "Darlene Combs"),
        ("SSN", "402-66-1187"),
        ("NAME", "Buddy Combs"),
        ("PHONE", "606-555-0115"),
        ("GEO", "88 Big Branch Rd"),
        ("GEO", "Vicco"),
    ],
    note="intake form",
)

# 206
n(
    "en",
    "statistic",
    "Perry County has one of the highest rates of black lung among active miners in the U.S. Almost 1 in 5 "
    "miners with 25+ years underground now show signs of disease.",
    "statistic",
)

# 207
p(
    "en",
    "milestone_birthday",
    "Mamaw Lorene Gibson celebrated 104 years on our 2 South unit Sunday! Her secret? 'Hard work, hot "
    "biscuits, and never marrying a Democrat.' 😂🎂",
    [("NAME", "Lorene Gibson"), ("AGE", "104")],
    note="age as number before unit word",
)

# 208
n(
    "en",
    "staff_spotlight",
    "Our switchboard operator Lorene has answered (606) 555-0100 for 30 years — that's roughly 2 million "
    "calls! Thank you, Lorene! ☎️",
    "staff name; hospital phone",
)

# 209
p(
    "es",
    "crisis_update",
    "Actualización: el trabajador herido en el derrumbe de ayer, Juan Carlos Medina, de 41 años, está "
    "estable en nuestra UCI. Su esposa, Lupita, agradece sus oraciones. 🙏",
    [("NAME", "Juan Carlos Medina"), ("NAME", "Lupita")],
    note="Spanish: patient and wife; age under 90",
)

# 210
n(
    "es",
    "health_tip",
    "¿Trabaja en la construcción o en las minas? Proteja sus pulmones: use mascarilla y hágase un examen "
    "cada año. Llame a nuestra clínica de pulmón negro: (606) 555-0133. Hablamos español.",
    "Spanish tip; hospital phone",
)

# 211
p(
    "en",
    "thank_you",
    "Shout out to Mr. Frank Sexton and his service dog, Rebel, for visiting every veteran on our 4th floor "
    "during his own stay. Frank says Rebel outranks him. 🐕🇺🇸",
    [("NAME", "Frank Sexton"), ("NAME", "Frank", 2)],
    note="patient; dog's name not labelled",
)

# 212
n(
    "en",
    "campaign_hashtag",
    "Join #MountainMiles! Walk 100 miles between Memorial Day and Labor Day and earn a Pine Mountain "
    "fleece. Team captains from every department are ready. 🥾",
    "campaign",
)

# 213
p(
    "en",
    "patient_story",
    "Welcome home, Sgt. Bobby Gene Slone! 🇺🇸 Bobby Gene was injured in Afghanistan in 2011 and came to us "
    "this spring for a new prosthetic leg. Yesterday he hunted his first turkey since, on his family's "
    "land in Dema.",
    [("NAME", "Bobby Gene Slone"), ("NAME", "Bobby Gene", 2), ("GEO", "Dema")],
    note="veteran; home community",
)

# 214
n(
    "en",
    "staff_spotlight",
    "This Veterans Day we honor the 47 veterans on our own staff, including ER tech Bobby Gene Adams "
    "(Army, Iraq) and our CEO, Col. (ret.) Patricia Whitaker. Thank you for your service. 🇺🇸",
    "staff veterans",
)

# 215
p(
    "en",
    "pasted_record",
    "Biomed ticket (wrong tab): 'Insulin pump SN 88-NG-221473 returned by pt Opal Fugate, Hindman clinic, "
    "3/3 — pump alarming'",
    [("DEVICE", "88-NG-221473"), ("NAME", "Opal Fugate"), ("DATE", "3/3")],
    note="device serial, patient, return date",
)

# 216
n(
    "es",
    "health_tip",
    "¿Se le acabaron los suministros para la diabetes después de la inundación? Traiga su bomba o "
    "glucómetro viejo a cualquier clínica de Pine Mountain y le ayudamos a reemplazarlos. Sin cita.",
    "Spanish generic tip",
)

# 217
p(
    "en",
    "crisis_update",
    "The little boy found wandering on KY-7 near Isom in just his diaper Sunday morning is safe with us. If "
    "you know this child, call 911 or the sheriff's office. He calls himself 'Bubba.' 💙",
    [("GEO", "KY-7"), ("GEO", "Isom"), ("NAME", "Bubba")],
    note="place found and nickname",
)

# 218
n(
    "en",
    "anonymous_story",
    "A child was brought to our ER Sunday after being found near the highway. He has been reunited with "
    "his family. Thank you to the deputies and to everyone who shared our post.",
    "anonymous",
)

# 219
p(
    "en",
    "memorial",
    "It is with heavy hearts that the family of Alma Jean Profitt announces her passing on March 14 at our "
    "hospice. She leaves behind daughters Vonda and Rita, and 11 grandchildren. Alma Jean volunteered "
    "here 20 years before she became our patient.",
    [
        ("NAME", "Alma Jean Profitt"),
        ("DATE", "March 14"),
        ("NAME", "Vonda"),
        ("NAME", "Rita"),
        ("NAME", "Alma Jean", 2),
    ],
    note="volunteer who became the patient; daughters",
)

# 220
n(
    "en",
    "staff_spotlight",
    "Meet Rita, our Hindman clinic receptionist since 1994 and unofficial town historian. Ask her about "
    "Troublesome Creek's 1927 flood — she's got stories! 📸",
    "staff",
)

# 221
p(
    "en",
    "thank_you",
    "Photo shared with permission: Ethan, 7, and his dog Moonshine meeting Dr. Cole after Ethan's "
    "appendectomy. 🐶 Moonshine was very worried.",
    [("PHOTO", "Photo"), ("NAME", "Ethan", "*")],
    note="photo of the patient; dog and doctor not labelled",
)

# 222
n(
    "en",
    "staff_spotlight",
    "Photo: our ER team after 36 straight hours during the flood. Tired, muddy, proud. 💚 "
    "#PineMountainStrong",
    "staff photo",
)

# 223
p(
    "en",
    "thank_you",
    "Replying to @BigSandyBilly: Billy, you're right, it WAS your mom Reva's nurse who sang to her every "
    "night. We'll pass along your thanks to Brandy! 🎤",
    [("OTHER_ID", "@BigSandyBilly"), ("NAME", "Billy"), ("NAME", "Reva")],
    note="son's handle and name; patient; nurse not labelled",
)

# 224
n(
    "en",
    "hospital_contact",
    "Reminder: we will never ask you for your Social Security number, Medicaid ID or bank info by text. "
    "Questions about a bill? Call (606) 555-0166 or visit pinemountainrmc.org/billing.",
    "hospital contact",
)

# 225
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Ximena! 💕 Nació el Día de la Independencia de México, 16 de septiembre, a las 4:20 de "
    "la mañana. Sus papás, Rosa y Efrén, están felices.",
    [
        ("NAME", "Ximena"),
        ("DATE", "Día de la Independencia de México"),
        ("DATE", "16 de septiembre"),
        ("NAME", "Rosa"),
        ("NAME", "Efrén"),
    ],
    note="Spanish: same birth day named twice; parents",
)

# 226
n(
    "es",
    "event",
    "Feria de salud gratuita este sábado en el estacionamiento de la clínica de Hindman, 27 Court Square. "
    "Vacunas, presión arterial y prueba de azúcar. ¡Traiga a toda la familia!",
    "Spanish event at hospital clinic",
)

# 227
p(
    "en",
    "patient_story",
    "That's a wrap on chemo for Coach Marcus 'Hoss' Eldridge! 🏈 The longtime defensive coordinator "
    "finished treatment today and asked us to post this: 'See y'all Friday night.'",
    [("NAME", "Marcus 'Hoss' Eldridge")],
    note="coach who is the patient; title excluded",
)

# 228
n(
    "en",
    "health_tip",
    "Church homecoming season means dinner on the grounds! 🍗 Our dietitians' tips: keep the potato salad "
    "on ice, 2 hours max in the sun, and go easy on the salt in those soup beans.",
    "generic tip",
)

# 229
p(
    "en",
    "pasted_record",
    "Incident report pasted (sorry): 09/14 0220 pt Clovis Amburgey rm 322 found on floor, wife Nadine "
    "notified at 606-555-0161",
    [
        ("DATE", "09/14"),
        ("NAME", "Clovis Amburgey"),
        ("OTHER_ID", "rm 322"),
        ("NAME", "Nadine"),
        ("PHONE", "606-555-0161"),
    ],
    note="incident date, room, wife and phone",
)

# 230
n(
    "en",
    "event",
    "Hazard's annual Black Gold Festival is Sept. 12-14! Visit our booth near the courthouse for free flu "
    "shots and blood pressure checks. 🎡",
    "festival dates",
)

# 231
p(
    "en",
    "milestone_birthday",
    "A 'hundred and five' candles would've set off the sprinklers, so Miss Irene got one big one. 🎂 Happy "
    "105th from your Hindman clinic family!",
    [("AGE", "hundred and five"), ("NAME", "Irene"), ("AGE", "105th")],
    note="word age and ordinal; Hindman is the clinic",
)

# 232
n(
    "en",
    "anonymous_story",
    "One of our patients celebrated a birthday on 2 South today with her whole church choir singing in the "
    "hallway. We counted 23 singers! 🎶",
    "anonymous",
)

# 233
p(
    "en",
    "patient_story",
    "'i was the guy who stole copper from the tipple to buy pills.' billy ray, 2 yrs sober this month, now "
    "drives the van for our Bridge clinic. he said we could share. proud of u billy ray 💚",
    [("NAME", "billy ray", "*")],
    note="lower-case double name; former patient now staff",
)

# 234
n(
    "en",
    "research",
    "Thanks to 212 Letcher County families who took part in our Healthy Hollers nutrition study. Results: "
    "kids who got weekly produce boxes ate 2x more vegetables. 🥕",
    "research",
)

# 235
p(
    "en",
    "thank_you",
    "Tammy Jo, we got your Facebook message — yes, your Papaw Hiram can keep the UK blanket from the ER! "
    "Tell him to enjoy it at home on Troublesome. 💙",
    [("NAME", "Tammy Jo"), ("NAME", "Hiram"), ("GEO", "Troublesome")],
    note="granddaughter, patient, creek of residence",
)

# 236
n(
    "es",
    "statistic",
    "En Kentucky, 1 de cada 4 adultos mayores de 65 años tiene diabetes. En nuestras clínicas de Hazard, "
    "Whitesburg y Hindman ofrecemos educación gratuita en español.",
    "Spanish statistic",
)

# 237
p(
    "en",
    "pasted_record",
    "Pt message forwarded to comms by mistake: 'This is Loyd Caudill DOB 6-6-44, my portal login is "
    "lcaudill44 and it's locked. My wife Inez's is fine.'",
    [("NAME", "Loyd Caudill"), ("DATE", "6-6-44"), ("OTHER_ID", "lcaudill44"), ("NAME", "Inez")],
    note="DOB, portal user name, wife",
)

# 238
n(
    "en",
    "sponsor",
    "Thank you to Inez Deposit Bank for sponsoring the Pine Mountain Golf Scramble! $42,000 raised for gas "
    "cards for our cancer patients.",
    "sponsor bank named after a town",
)

# 239
p(
    "en",
    "thank_you",
    "Thank you, Bud & Sissy Hall, for the 14th year of donated Christmas hams to our ER staff — and "
    "congratulations, Sissy, on finishing your cardiac rehab with us last week! 💚",
    [("NAME", "Bud"), ("NAME", "Sissy Hall"), ("NAME", "Sissy", 2)],
    note="donor who is a patient, and her husband",
)

# 240
n(
    "en",
    "hospital_contact",
    "Merry Christmas from all of us at Pine Mountain Regional Medical Center! 🎄 Our ER is open 24/7 at 1 "
    "Hospital Hill Dr, Hazard, KY 41701. Clinics closed Dec. 24-25. Main line: (606) 555-0100.",
    "hospital address and phone",
)

if __name__ == "__main__":
    S.main("phi_dev26_source")
