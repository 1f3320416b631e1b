"""A second development set for the PHI scanner, written independently of the detector.

Run `python -m tests.data.phi_dev2_source` from the repository root: it writes
`tests/data/phi_dev2.jsonl` (ids d2-0001...) with the shared machinery of
`phi_labels.py`, which turns each quoted span into offsets and fails loudly when a
span is not found, is ambiguous, overlaps another, or leaves an occurrence of a
labelled string unlabelled.

Labelling conventions of this set (beyond the Safe Harbor list):
- Spans cover identifiers about a patient or the patient's relatives, household or
  employer. Staff, volunteers, donors, board members, public and historical figures,
  pets and therapy animals, the hospital's own contacts and campaign hashtags are
  never labelled. An employee, volunteer or local celebrity who is the patient is a
  patient.
- NAME: the name without honorifics or kinship words ("Mr.", "Doña", "Grandpa",
  "mom" are outside the span); middle names, suffixes and quoted nicknames inside a
  full name are inside it. Hashtags carrying the name are labelled as a whole token.
  Initials ("J.D.", "K") are names.
- DATE: named dates, weekdays, months, holidays and clock times tied to a patient
  event (birth, admission, surgery, discharge, death, visit), plus "yesterday" /
  "last night" / "ayer". Publication-relative words (today, this morning, tonight,
  tomorrow, this week, next week, "X years ago") are not labelled, so a nameless
  "went home today" story is not patient-specific. A year alone is not labelled unless
  it reveals an age over 89.
- AGE: every age of a patient or relative ("7-year-old", "turns 100", "in her
  nineties", "8 años"); gestational ages ("born at 24 weeks") and durations are not.
- OTHER_ID: room/bed numbers, the patient's school or employer, social handles.
"""

import os
import random

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev2.jsonl"), os.path.join(HERE, "phi_dev2_org.json"), "d2")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# ---------------------------------------------------------------- English, patient-specific

p(
    "en",
    "birth_announcement",
    "Welcome to the world, Baby Amara! 💕 Born 1/1 at 12:04 a.m., Amara Okonkwo-Bello is Riverside Health's first baby of 2025. Congrats to mom Chidinma and dad Tunde! #FirstBabyOfTheYear",
    [
        ("NAME", "Amara", 1),
        ("DATE", "1/1"),
        ("DATE", "12:04 a.m."),
        ("NAME", "Amara Okonkwo-Bello"),
        ("NAME", "Chidinma"),
        ("NAME", "Tunde"),
    ],
    "first baby of the year: birth date and time, parents; year alone and campaign hashtag unlabelled",
)
p(
    "en",
    "discharge",
    "43 days. 2 surgeries. 1 very brave little guy. Mateo went home from our NICU on Friday and the 3rd floor is still crying happy tears 😭💙 #MateoStrong",
    [("NAME", "Mateo"), ("DATE", "Friday"), ("NAME", "#MateoStrong")],
)
p(
    "en",
    "thank_you",
    '"We couldn\'t have done it without 4 West," said mom Keisha Duncan, whose son DeShawn, 16, spent three weeks with us after a spinal cord injury at football practice at Central High on Sept. 12. Keisha asked us to share her note to the nurses — read it below ⬇️',
    [
        ("NAME", "Keisha Duncan"),
        ("NAME", "Keisha", 2),
        ("NAME", "DeShawn"),
        ("AGE", "16"),
        ("OTHER_ID", "Central High"),
        ("DATE", "Sept. 12"),
    ],
    "relative quoted; patient's school as OTHER_ID; unit name 4 West unlabelled",
)
p(
    "en",
    "milestone_birthday",
    'HAPPY 100TH BIRTHDAY MISS HAZEL!!! 🎂🎉 Our Maple Wing resident Hazel Whitfield turns 100 today and says the secret is "buttermilk and minding my own business." Born Feb. 9, 1925 in Tupelo, Mississippi.',
    [
        ("NAME", "HAZEL"),
        ("AGE", "100TH"),
        ("NAME", "Hazel Whitfield"),
        ("AGE", "100"),
        ("DATE", "Feb. 9, 1925"),
        ("GEO", "Tupelo"),
    ],
    "all-caps name, age over 89, full birth date, birth city; state unlabelled",
)
p(
    "en",
    "memorial",
    'Rest easy, Sgt. Walter "Walt" Kowalczyk (1931–2025). A Korean War veteran and the heart of our Veterans Wing for six years, Walt passed peacefully on Sunday surrounded by his daughters Ann and Theresa. We salute you, sir. 🇺🇸',
    [
        ("NAME", 'Walter "Walt" Kowalczyk'),
        ("NAME", "Walt", 2),
        ("DATE", "1931–2025"),
        ("DATE", "Sunday"),
        ("NAME", "Ann"),
        ("NAME", "Theresa"),
    ],
    "birth year reveals age over 89, so the year range is a DATE",
)
p(
    "en",
    "staff_spotlight",
    "Some of you know our ED charge nurse Tanya Brooks as the calmest person in any room. In March she became our patient — breast cancer, stage 2. This morning Tanya rang the bell on 6 North with her whole unit cheering 🔔💗 #TanyaTough",
    [("NAME", "Tanya Brooks"), ("DATE", "March"), ("NAME", "Tanya", 2), ("NAME", "#TanyaTough")],
    "employee who became a patient is a patient; 'This morning' unlabelled by convention",
)
p(
    "en",
    "pasted_record",
    "Pls remove before posting!! → Pt: GUTIERREZ, ROBERTO A. MRN 004417829 DOB 07/22/1958 Rm 512-B. Great pic of Roberto with the rehab team though, can we use it?",
    [
        ("NAME", "GUTIERREZ, ROBERTO A."),
        ("MRN", "004417829"),
        ("DATE", "07/22/1958"),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Roberto"),
    ],
)
p(
    "en",
    "crisis_update",
    "UPDATE on last night's crash on Route 30: the driver of the silver Honda Civic (plate KTX-4471) is in stable condition in our Trauma ICU. The two passengers, ages 19 and 21, were treated and released. Media inquiries: 555-0100.",
    [("DATE", "last night"), ("VEHICLE", "KTX-4471"), ("AGE", "19"), ("AGE", "21")],
    "plate and ages of crash patients; road name and hospital media line unlabelled",
)
p(
    "en",
    "patient_story",
    "Last April, 34-year-old Marcus Bell Jr. arrived at our Level I trauma center with 14 broken bones after a motorcycle crash on I-55. Yesterday he walked back in — on his own two feet — to hug the team that saved him. 'They never gave up on me,' Marcus said. 🧡",
    [
        ("DATE", "Last April"),
        ("AGE", "34-year-old"),
        ("NAME", "Marcus Bell Jr."),
        ("DATE", "Yesterday"),
        ("NAME", "Marcus", 2),
    ],
    "trauma survivor reunion; suffix inside the name span",
)
p(
    "en",
    "memorial",
    "Because of Javier Morales, five people are alive today. Javier, 27, was a Riverside Health patient and a registered organ donor. On Thursday his family walked with him through our Honor Walk. Thank you, Javier. 💚 #DonateLife",
    [("NAME", "Javier Morales"), ("NAME", "Javier", "*"), ("AGE", "27"), ("DATE", "Thursday")],
    "deceased organ donor was our patient; #DonateLife is a campaign",
)
p(
    "en",
    "patient_story",
    "Heart recipient Linh Tran got her new heart 2 years ago on Valentine's Day ❤️ This week she ran her first 5K. Linh, you are unstoppable!",
    [("NAME", "Linh Tran"), ("NAME", "Linh", "*"), ("DATE", "Valentine's Day")],
    "transplant date given as a holiday",
)
p(
    "en",
    "discharge",
    "NICU GRADUATE 🎓 born at 24 weeks weighing 1 lb 6 oz, baby Nasir is going home 117 days later at 6 lbs 2 oz. Mama Fatima and baba Youssef, we are going to miss you three!",
    [("NAME", "Nasir"), ("NAME", "Fatima"), ("NAME", "Youssef")],
    "gestational age and weights are not identifiers",
)
p(
    "en",
    "patient_story",
    "shoutout to our favorite frequent flyer lol 😂 little jaxon has been coming to peds onc every tuesday for 2 yrs and today was his LAST chemo!!! ring it buddy 🔔🔔",
    [("NAME", "jaxon"), ("DATE", "tuesday")],
    "lower-case name; recurring treatment day",
)
p(
    "en",
    "patient_story",
    "Married 60 years and not even the ICU could stop them 💍 Earl and Dorothy Pruitt renewed their vows in room 3112 on Saturday, with chaplain Mike officiating and nurses as bridesmaids. Earl, 84, has been with us since Labor Day.",
    [
        ("NAME", "Earl", "*"),
        ("NAME", "Dorothy Pruitt"),
        ("OTHER_ID", "room 3112"),
        ("DATE", "Saturday"),
        ("AGE", "84"),
        ("DATE", "Labor Day"),
    ],
    "ICU vow renewal; chaplain Mike is staff",
)
p(
    "en",
    "patient_story",
    "Guess who came to visit Grandpa Joe in the CCU? His 12-year-old beagle Biscuit! 🐶 Joe Delgado, 88, says Biscuit is better than any medicine. (Sorry, Dr. Shah.)",
    [("NAME", "Joe Delgado"), ("NAME", "Joe", "*"), ("AGE", "88")],
    "the dog's name and age are not a person's; Dr. Shah is staff",
)
p(
    "en",
    "public_figure",
    'Get well soon, Coach! 🏈 Legendary Lakeview High coach Ray "Bulldog" Hennessey is recovering in our cardiac unit after bypass surgery on Monday. Ray\'s family thanks you for all the cards.',
    [
        ("OTHER_ID", "Lakeview High"),
        ("NAME", 'Ray "Bulldog" Hennessey'),
        ("NAME", "Ray", 2),
        ("DATE", "Monday"),
    ],
    "local celebrity who is our patient; employer as OTHER_ID",
)
p(
    "en",
    "milestone_birthday",
    "Mr. Alvin Begay, a Navajo Nation elder and Army veteran, celebrated his 96th birthday with us on 3 West this week. Ahéhee’ for your service, Mr. Begay!",
    [("NAME", "Alvin Begay"), ("NAME", "Begay", 2), ("AGE", "96th")],
    "veteran; tribal nation spans states, not labelled",
)
p(
    "en",
    "patient_story",
    "From an ACL tear in October to the starting lineup on Friday night 🏀 Congrats to Jefferson High senior Brianna Lowe, 17, who did all her rehab with our sports medicine team!",
    [
        ("DATE", "October"),
        ("DATE", "Friday night"),
        ("OTHER_ID", "Jefferson High"),
        ("NAME", "Brianna Lowe"),
        ("AGE", "17"),
    ],
)
p(
    "en",
    "milestone_birthday",
    "🎈It's a PARTY on 5 South! Sophia turned 7 yesterday, and her room (5S-14) is now 90% balloons. Happy birthday, Princess Sophia 👑",
    [("NAME", "Sophia", "*"), ("AGE", "7"), ("DATE", "yesterday"), ("OTHER_ID", "5S-14")],
)
p(
    "en",
    "memorial",
    "Our hearts are heavy. Pat O'Donnell, a patient in our hospice unit and the man who taught half our staff to play cribbage, died Tuesday at 91. Pat's wife, Maureen, asked that donations go to the Springfield Food Bank.",
    [
        ("NAME", "Pat O'Donnell"),
        ("NAME", "Pat", "*"),
        ("DATE", "Tuesday"),
        ("AGE", "91"),
        ("NAME", "Maureen"),
    ],
)
p(
    "en",
    "crisis_update",
    "Many of you have asked how to help the Ramírez family after Sunday's fire. Little Valentina (4) is still in our burn unit. Her aunt set up a fundraiser: gofundme.com/f/valentina-ramirez-burns 🙏",
    [
        ("NAME", "Ramírez"),
        ("DATE", "Sunday"),
        ("NAME", "Valentina"),
        ("AGE", "4"),
        ("URL", "gofundme.com/f/valentina-ramirez-burns"),
    ],
)
p(
    "en",
    "thank_you",
    "A note from the Adeyemi family: 'To the 7th floor nurses who held our father Olusegun's hand every night — thank you. If any of you want to come to his celebration of life, call me at (217) 555-0148 or email bisi.adeyemi@gmail.com. — Bisi'",
    [
        ("NAME", "Adeyemi"),
        ("NAME", "Olusegun"),
        ("PHONE", "(217) 555-0148"),
        ("EMAIL", "bisi.adeyemi@gmail.com"),
        ("NAME", "Bisi"),
    ],
    "relative's phone and email in a published thank-you",
)
p(
    "en",
    "discharge",
    "Hope is home! 💛 After 61 days in the PICU, Hope Castillo went home to Riverbend with her big brothers Hunter and King. We hope (sorry, had to) to see her at our summer reunion!",
    [
        ("NAME", "Hope", 1),
        ("NAME", "Hope Castillo"),
        ("GEO", "Riverbend"),
        ("NAME", "Hunter"),
        ("NAME", "King"),
    ],
    "word-names: Hope, Hunter, King; lower-case 'hope' is the verb",
)
p(
    "en",
    "birth_announcement",
    "Twins Faith and Grace arrived 3.14.2025 — Pi Day babies! 🥧 Congrats to Summer and Will Abernathy. Faith weighed 5 lb 1 oz and Grace 4 lb 12 oz.",
    [
        ("NAME", "Faith", "*"),
        ("NAME", "Grace", "*"),
        ("DATE", "3.14.2025"),
        ("DATE", "Pi Day"),
        ("NAME", "Summer"),
        ("NAME", "Will Abernathy"),
    ],
    "word-names for babies and parents; birth date twice in two forms",
)
p(
    "en",
    "patient_story",
    "CONGRATULATIONS RIVER!!! 🎓 FIVE YEARS CANCER FREE AS OF JUNE 3RD. RIVER WAS DIAGNOSED WITH HODGKIN LYMPHOMA AT AGE 14 RIGHT HERE ON OUR PEDS FLOOR.",
    [("NAME", "RIVER", "*"), ("DATE", "JUNE 3RD"), ("AGE", "14")],
    "all caps; Hodgkin is an eponymous condition",
)
p(
    "en",
    "milestone_birthday",
    "Patient J.D. (he asked us to keep it to initials!) is 102 and still does the crossword in pen ✍️ Happy birthday from everyone on 2 East.",
    [("NAME", "J.D."), ("AGE", "102")],
)
p(
    "en",
    "patient_story",
    "Mrs. K has been bringing homemade pierogi to our dialysis unit every Wednesday since her husband Stan started treatment here in 2019. Stan, 79, says they're the real reason he shows up. 🥟",
    [("NAME", "K"), ("DATE", "Wednesday"), ("NAME", "Stan", "*"), ("AGE", "79")],
    "wife known only by an initial; dialysis day tied to the patient",
)
p(
    "en",
    "patient_story",
    "Congratulations to Theodore James Van Dyke III on completing cardiac rehab! Teddy, 71, logged 36 sessions and never missed one — not even during the January ice storm.",
    [("NAME", "Theodore James Van Dyke III"), ("NAME", "Teddy"), ("AGE", "71")],
    "middle name, two-word surname and suffix; the ice storm is a public event",
)
p(
    "en",
    "patient_story",
    "Marisol De la Cruz came to our ER on Christmas Eve in labor with no one to call. Our nurses became her family. Baby Noel was born at 11:58 p.m. 🎄 — one year later, Marisol brought him back to say thank you.",
    [
        ("NAME", "Marisol De la Cruz"),
        ("NAME", "Marisol", 2),
        ("DATE", "Christmas Eve"),
        ("NAME", "Noel"),
        ("DATE", "11:58 p.m."),
    ],
)
p(
    "en",
    "patient_story",
    "Bà Nguyễn Thị Lan, 93, spent 40 years as a seamstress in Saigon and now teaches our activity room to sew. Her granddaughter Vy translated for us: 'She says the nurses here are too skinny.' 😄",
    [("NAME", "Nguyễn Thị Lan"), ("AGE", "93"), ("GEO", "Saigon"), ("NAME", "Vy")],
    "Vietnamese name with diacritics; title Bà outside the span",
)
p(
    "en",
    "discharge",
    "Welcome home, Omar! 🏠 Omar Haddad, 8, received a kidney from his uncle Khalil on Oct. 3 — both are doing great. Team Haddad, you inspire us.",
    [
        ("NAME", "Omar Haddad"),
        ("NAME", "Omar", "*"),
        ("NAME", "Haddad", "*"),
        ("AGE", "8"),
        ("NAME", "Khalil"),
        ("DATE", "Oct. 3"),
    ],
    "living donor uncle is a relative and a patient",
)
p(
    "en",
    "birth_announcement",
    "Priya and Arjun Raghunathan welcomed baby Anika on Diwali morning 🪔✨ — our L&D team says she's the brightest light on the unit.",
    [
        ("NAME", "Priya"),
        ("NAME", "Arjun Raghunathan"),
        ("NAME", "Anika"),
        ("DATE", "Diwali morning"),
    ],
)
p(
    "en",
    "discharge",
    'Dziękujemy! Stanisław "Stash" Wójcik, 90, is back home in Hamtramck after hip surgery and sent our ortho floor a tray of paczki. Na zdrowie! 🍩',
    [("NAME", 'Stanisław "Stash" Wójcik'), ("AGE", "90"), ("GEO", "Hamtramck")],
)
p(
    "en",
    "patient_story",
    "Siobhan Fitzgerald-Byrne was 28 weeks pregnant when she had a stroke. Today, she and daughter Aoife (born 9/9, now 6 months old) came to visit the neuro ICU team. Miracles happen.",
    [
        ("NAME", "Siobhan Fitzgerald-Byrne"),
        ("NAME", "Aoife"),
        ("DATE", "9/9"),
        ("AGE", "6 months old"),
    ],
)
p(
    "en",
    "discharge",
    "Big congrats to Dakota Running Bear, who left our rehab unit yesterday after relearning to walk. Dakota is heading home to the Pine Ridge area with his mom, Winona. 🪶",
    [
        ("NAME", "Dakota Running Bear"),
        ("NAME", "Dakota", 2),
        ("DATE", "yesterday"),
        ("GEO", "Pine Ridge"),
        ("NAME", "Winona"),
    ],
)
p(
    "en",
    "campaign_hashtag",
    "keep the prayers coming for our friend Luis 🙏 surgery #2 went well this morning. #prayersforluis #RiversideStrong",
    [("NAME", "Luis"), ("NAME", "#prayersforluis")],
    "lower-case name hashtag next to a campaign hashtag",
)
p(
    "en",
    "campaign_hashtag",
    "Day 200 of #SofiaBrave 💜 Sofia's mom says she finally ate a whole popsicle today. Small wins are BIG wins on 5 North.",
    [("NAME", "#SofiaBrave"), ("NAME", "Sofia")],
)
p(
    "en",
    "discharge",
    "These tiny toes belong to Ezekiel 'Zeke' Washington, born 4/20 at 26 weeks. 👣 Zeke graduates from our NICU on Monday!",
    [
        ("NAME", "Ezekiel 'Zeke' Washington"),
        ("NAME", "Zeke", 2),
        ("DATE", "4/20"),
        ("DATE", "Monday"),
    ],
)
p(
    "en",
    "patient_story",
    "Shoutout to the crew at Hartwell Tool & Die, who packed our waiting room for coworker Dale Simmons when he woke up from his coma on Thursday. Dale, 52, fell 20 feet on the job Sept. 28.",
    [
        ("OTHER_ID", "Hartwell Tool & Die"),
        ("NAME", "Dale Simmons"),
        ("DATE", "Thursday"),
        ("NAME", "Dale", 2),
        ("AGE", "52"),
        ("DATE", "Sept. 28"),
    ],
    "patient's employer named",
)
p(
    "en",
    "pasted_record",
    "draft — confirm w/ family: Mrs. Evelyn Marsh, Medicare ID 1EG4-TE5-MK73, acct #88120394, discharged 11/14 to Brookhaven Senior Living. Photo consent?? Evelyn is 97!",
    [
        ("NAME", "Evelyn Marsh"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("ACCOUNT", "88120394"),
        ("DATE", "11/14"),
        ("GEO", "Brookhaven Senior Living"),
        ("NAME", "Evelyn", 2),
        ("AGE", "97"),
    ],
)
p(
    "en",
    "pasted_record",
    "Meet Carl Jensen, the first patient in our region to get a leadless pacemaker implanted under the new protocol (device serial PX-20931-7 for our records team — delete before posting!).",
    [("NAME", "Carl Jensen"), ("DEVICE", "PX-20931-7")],
)
p(
    "en",
    "patient_story",
    "Rhonda Pierce has lived with an LVAD for 1,000 days as of this week! 🎉 Rhonda, a retired 911 dispatcher from Oakdale, says her pump 'HM3-118842' is named Elvis because it keeps her heart rockin'.",
    [
        ("NAME", "Rhonda Pierce"),
        ("NAME", "Rhonda", 2),
        ("GEO", "Oakdale"),
        ("DEVICE", "HM3-118842"),
    ],
    "device serial; Elvis is the pump's nickname",
)
p(
    "en",
    "milestone_birthday",
    "Music therapy Monday with Ms. Opal, who is in her nineties and can still out-sing every one of us 🎶 Her daughter Loretta joined in on 'Amazing Grace.'",
    [("NAME", "Opal"), ("AGE", "nineties"), ("NAME", "Loretta")],
    "'Music therapy Monday' is a program name; 'Grace' is a hymn",
)
p(
    "en",
    "milestone_birthday",
    "Doña Carmen Reyes Ortiz is 104 years young!!! 🎂 Born in Ponce, Puerto Rico, she came to our city in 1952. Happy birthday, Doña Carmen!",
    [("NAME", "Carmen Reyes Ortiz"), ("AGE", "104 years"), ("GEO", "Ponce"), ("NAME", "Carmen", 2)],
    "1952 is a migration year, not a birth year",
)
p(
    "en",
    "crisis_update",
    "Our thoughts are with the family of the 3 children injured in the house fire at 418 Elm St. in Oakdale early Saturday. Two remain in our pediatric burn unit; the youngest is 2.",
    [("GEO", "418 Elm St."), ("GEO", "Oakdale"), ("DATE", "Saturday"), ("AGE", "2")],
    "nameless but the patients' street address, date and an age",
)
p(
    "en",
    "research",
    "Our oncology trial enrolled its 100th participant! Participant Gloria Amankwah, 58, of Cedar Falls says joining was 'the easiest yes I ever said.'",
    [("NAME", "Gloria Amankwah"), ("AGE", "58"), ("GEO", "Cedar Falls")],
)
p(
    "en",
    "birth_announcement",
    "Nothing says Mother's Day like becoming a mother on Mother's Day 💐 Welcome, baby Journee, born 7 lb 9 oz to first-time mom Shanice Carter!",
    [("DATE", "Mother's Day", "*"), ("NAME", "Journee"), ("NAME", "Shanice Carter")],
    "both mentions of Mother's Day denote the birth date",
)
p(
    "en",
    "birth_announcement",
    "Our 10,000th delivery arrived at 2:13 a.m. on June 1 💙 Welcome, Rafael! Parents Ana and Luis Pereira say the name was decided 'about 30 seconds before he arrived.'",
    [
        ("DATE", "2:13 a.m."),
        ("DATE", "June 1"),
        ("NAME", "Rafael"),
        ("NAME", "Ana"),
        ("NAME", "Luis Pereira"),
    ],
)
p(
    "en",
    "milestone_birthday",
    "Jack turned one on the 3rd of May and we couldn't let the day go by without a cupcake 🧁 Jack has spent his whole first year in our PICU waiting for a new liver.",
    [("NAME", "Jack", "*"), ("AGE", "one"), ("DATE", "3rd of May")],
)
p(
    "en",
    "patient_story",
    "At 12 weeks old, baby Dawn is finally breathing on her own! 🌅 Dawn's parents Joy and Brook thank the NICU respiratory team.",
    [("AGE", "12 weeks old"), ("NAME", "Dawn", "*"), ("NAME", "Joy"), ("NAME", "Brook")],
)
p(
    "en",
    "patient_story",
    "Our team at Children's ER treated a 1-year-old named Bubba (real name Bartholomew — his big sister insists) who swallowed a magnet on Easter Sunday. Bubba is fine and the magnet is now framed.",
    [
        ("AGE", "1-year-old"),
        ("NAME", "Bubba", "*"),
        ("NAME", "Bartholomew"),
        ("DATE", "Easter Sunday"),
    ],
)
p(
    "en",
    "patient_story",
    "Major Thompson — yes, that's his first name — is a 68-year-old Vietnam vet who spent his birthday, Nov. 11, in our cath lab. He says Veterans Day is the best birthday. We agree, Major! 🎖️",
    [
        ("NAME", "Major Thompson"),
        ("NAME", "Major", 2),
        ("AGE", "68-year-old"),
        ("DATE", "Nov. 11"),
        ("DATE", "Veterans Day"),
    ],
    "Veterans Day here is the patient's birthday",
)
p(
    "en",
    "milestone_birthday",
    "sky (she spells it lowercase!) is 5 today 🎂 our chemo buddy picked rainbow cupcakes for the whole infusion room",
    [("NAME", "sky"), ("AGE", "5")],
)
p(
    "en",
    "patient_story",
    "Bill and Pat Hernandez met in this very hospital — as candy stripers in 1961. On Tuesday they were back as patients, side by side in the cardiac unit. Bill's on the mend; Pat goes home tomorrow.",
    [("NAME", "Bill", "*"), ("NAME", "Pat Hernandez"), ("NAME", "Pat", "*"), ("DATE", "Tuesday")],
    "former volunteers now patients; 'tomorrow' unlabelled by convention",
)
p(
    "en",
    "birth_announcement",
    "Big brother Kwame (10) drew this for his baby sister Adaeze, who was born 10 weeks early on Halloween. She's 'the best trick AND treat,' he says. 🎃",
    [("NAME", "Kwame"), ("AGE", "10", 1), ("NAME", "Adaeze"), ("DATE", "Halloween")],
    "sibling's age labelled; '10 weeks early' is gestational",
    ok=("10",),
)
p(
    "en",
    "milestone_birthday",
    "Twin sisters Ruth and Naomi Feldstein turn 95 on Sunday — and they've shared a room on our Cedar Unit since the spring. Mazel tov, ladies! 🎂🎂",
    [("NAME", "Ruth"), ("NAME", "Naomi Feldstein"), ("AGE", "95"), ("DATE", "Sunday")],
)
p(
    "en",
    "thank_you",
    "Dear Dr. Alvarez and the 4th floor team, thank you for taking care of my husband George Papadopoulos from Aug. 2 to Aug. 19. You treated him like family. With love, Eleni P.",
    [
        ("NAME", "George Papadopoulos"),
        ("DATE", "Aug. 2"),
        ("DATE", "Aug. 19"),
        ("NAME", "Eleni P."),
    ],
    "family letter; Dr. Alvarez is staff",
)
p(
    "en",
    "patient_story",
    "Nurse-turned-patient: Angela Russo, an RN at Mercy Oakdale for 25 years, spent 11 days on the other side of the bed with us after COVID pneumonia in January. Welcome back to work, Angela!",
    [
        ("NAME", "Angela Russo"),
        ("OTHER_ID", "Mercy Oakdale"),
        ("DATE", "January"),
        ("NAME", "Angela", 2),
    ],
    "RN title, but she is the patient; employer named",
)
p(
    "en",
    "thank_you",
    "To the patient in Room 4107 who drew the nurses a thank-you card on a napkin: it's on our fridge forever. 💙",
    [("OTHER_ID", "Room 4107")],
    "nameless, but a room number identifies the patient",
)
p(
    "en",
    "anonymous_story",
    "Our oldest patient this year? A 106-year-old great-great-grandmother who walked out of cardiac rehab on her own. 🙌",
    [("AGE", "106-year-old")],
    "nameless, but age over 89",
)
p(
    "en",
    "birth_announcement",
    "The first baby born in our new birthing center arrived on May 3 at 4:41 p.m. — 8 lb 1 oz of pure joy. Welcome, little one!",
    [("DATE", "May 3"), ("DATE", "4:41 p.m.")],
    "nameless, but birth date and time; 'joy' is a word",
)
p(
    "en",
    "patient_story",
    "Bed 12 in our ICU got a very special visitor today: a miniature horse named Pickles, who was the patient's own therapy animal for 14 years.",
    [("OTHER_ID", "Bed 12")],
    "bed number identifies the patient; the horse's name is not PHI",
)
p(
    "en",
    "patient_story",
    "Caps off to Isaiah Okoro! 🎓 Isaiah couldn't make it to Westbrook High's graduation because of his transplant, so his principal brought the ceremony to room 7204.",
    [
        ("NAME", "Isaiah Okoro"),
        ("NAME", "Isaiah", 2),
        ("OTHER_ID", "Westbrook High"),
        ("OTHER_ID", "room 7204"),
    ],
)
p(
    "en",
    "pasted_record",
    "Pasted from the ED log, please DON'T post: Pt arrived via EMS from MVC at Elm & 5th, driver lic D412-7789-3301, veh plate 8KLM392, pt name Tran, Quoc — family (son Bao) waiting in the lobby.",
    [
        ("GEO", "Elm & 5th"),
        ("LICENSE", "D412-7789-3301"),
        ("VEHICLE", "8KLM392"),
        ("NAME", "Tran, Quoc"),
        ("NAME", "Bao"),
    ],
)
p(
    "en",
    "pasted_record",
    "??? someone put this in the caption field: 'Lopez, Daniela — SSN 078-05-1120 — DOB 2/2/88 — ins BCBS XJH448201993.' Deleting now, do not share.",
    [
        ("NAME", "Lopez, Daniela"),
        ("SSN", "078-05-1120"),
        ("DATE", "2/2/88"),
        ("HEALTH_PLAN", "XJH448201993"),
    ],
)
p(
    "en",
    "thank_you",
    "From the Nowak family: please send the signed photo release for grandma Irena to our home fax, 414-555-0187, not the nurses' station. Thanks!",
    [("NAME", "Nowak"), ("NAME", "Irena"), ("FAX", "414-555-0187")],
)
p(
    "en",
    "pasted_record",
    "FYI for IT before we reply: the comment claiming to be patient Derek Hollis's brother came from IP 203.0.113.57 — flagging for review.",
    [("NAME", "Derek Hollis"), ("IP", "203.0.113.57")],
)
p(
    "en",
    "birth_announcement",
    "👶💙🎉 IT'S A BOY 🎉💙👶\nElijah Marcus Freeman\n📅 10.12.24\n⏰ 6:22 PM\n⚖️ 7 lb 14 oz\n📏 20.5 in\nCongrats Jasmine & Terrence!!",
    [
        ("NAME", "Elijah Marcus Freeman"),
        ("DATE", "10.12.24"),
        ("DATE", "6:22 PM"),
        ("NAME", "Jasmine"),
        ("NAME", "Terrence"),
    ],
    "line-broken birth card",
)
p(
    "en",
    "discharge",
    "Things Gabriel accomplished in 19 days on our rehab unit:\n✅ first steps since the accident\n✅ climbed 12 stairs\n✅ beat Dr. Kim at Uno (47 times)\n✅ went home Thursday!!\nProud of you, Gabe. 💪",
    [("NAME", "Gabriel"), ("DATE", "Thursday"), ("NAME", "Gabe")],
    "list format; Dr. Kim is staff",
)
p(
    "en",
    "campaign_hashtag",
    "When 9-year-old Aaliyah needed a bone marrow donor, her grandmother Bernice, 71, turned out to be the match. Both are recovering beautifully. #TeamAaliyah",
    [
        ("AGE", "9-year-old"),
        ("NAME", "Aaliyah"),
        ("NAME", "Bernice"),
        ("AGE", "71"),
        ("NAME", "#TeamAaliyah"),
    ],
)
p(
    "en",
    "public_figure",
    "Channel 6 meteorologist Dana Whitaker thanks our stroke team after her on-air stroke last Thursday. 'Act FAST saved my life,' said Dana, who is recovering at home.",
    [
        ("OTHER_ID", "Channel 6"),
        ("NAME", "Dana Whitaker"),
        ("DATE", "last Thursday"),
        ("NAME", "Dana", 2),
    ],
    "local TV personality who is our patient",
)
p(
    "en",
    "patient_story",
    "Cedar Falls Comets shortstop Miguel Santana, 24, is back on the field after Tommy John surgery with our ortho team in April!",
    [
        ("OTHER_ID", "Cedar Falls Comets"),
        ("NAME", "Miguel Santana"),
        ("AGE", "24"),
        ("DATE", "April"),
    ],
    "athlete returning to play; 'Tommy John' names a procedure",
)
p(
    "en",
    "memorial",
    "In loving memory of Baby Grace Elizabeth Moreno, born and died on April 7. Her parents, Luz and Ramon, asked us to share that 'Grace was here, and she was loved.' 🕊️ #OctoberIsPregnancyAndInfantLossAwarenessMonth",
    [
        ("NAME", "Grace Elizabeth Moreno"),
        ("NAME", "Grace", "*"),
        ("DATE", "April 7"),
        ("NAME", "Luz"),
        ("NAME", "Ramon"),
    ],
)
p(
    "en",
    "patient_story",
    "“Mama Bear” — that’s what the whole 6th floor calls Ruby Jean Tolliver, 89, who knit 212 hats for our NICU while she was a patient here this winter.",
    [("NAME", "Mama Bear"), ("NAME", "Ruby Jean Tolliver"), ("AGE", "89")],
    "nickname in curly quotes",
)
p(
    "en",
    "patient_story",
    "Ms. Ortega’s 2nd grade class at Lincoln Elementary made 40 cards for their classmate Mia, who’s been with us since Feb. 2. Mia says hi back!! 👋",
    [("OTHER_ID", "Lincoln Elementary"), ("NAME", "Mia", "*"), ("DATE", "Feb. 2")],
    "the teacher is not a patient or relative",
)
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight, with a twist: our own environmental services tech Rogelio Fuentes was admitted to our ICU with sepsis on Dec. 30. Today he's back mopping 5 North — and says 'I finally know what the floor looks like from the bed.'",
    [("NAME", "Rogelio Fuentes"), ("DATE", "Dec. 30")],
    "employee as patient",
)
p(
    "en",
    "patient_story",
    "Siblings Kenji and Hiro Tanaka: one kidney, two brothers, one very good Wednesday in our transplant OR. 🫘 Hiro (32) donated to Kenji (29).",
    [
        ("NAME", "Kenji", "*"),
        ("NAME", "Hiro Tanaka"),
        ("NAME", "Hiro", "*"),
        ("DATE", "Wednesday"),
        ("AGE", "32"),
        ("AGE", "29"),
    ],
)
p(
    "en",
    "milestone_birthday",
    "Mr. B turned 98 on the 4th and celebrated with a root beer float and a Cubs game on the TV in room 218. ⚾",
    [("NAME", "B"), ("AGE", "98"), ("DATE", "4th"), ("OTHER_ID", "room 218")],
)
p(
    "en",
    "crisis_update",
    "Update from Tyler's family: surgery #3 is scheduled for Monday. If you'd like to help with travel costs: https://gofund.me/4b2c9e1a 💙",
    [("NAME", "Tyler"), ("DATE", "Monday"), ("URL", "https://gofund.me/4b2c9e1a")],
)
p(
    "en",
    "patient_story",
    "Follow along with Zara's recovery journey at @zarastrongbeats (her mom's account) — Zara, 15, goes home from 8 West next week!",
    [("NAME", "Zara", "*"), ("OTHER_ID", "@zarastrongbeats"), ("AGE", "15")],
    "family's social handle",
)
p(
    "en",
    "discharge",
    "Dad Abdirahman Warsame has read 'Goodnight Moon' to his twins Hodan and Liban every night of their 83 days in our NICU. Tonight is the last one here — they go home tomorrow. 📚",
    [("NAME", "Abdirahman Warsame"), ("NAME", "Hodan"), ("NAME", "Liban")],
)
p(
    "en",
    "patient_story",
    "Shoutout to ASL interpreter Becky, who has been at Mr. Oyelaran's side through every appointment since his diagnosis in June. Mr. Oyelaran says she’s the best interpreter in the state.",
    [("NAME", "Oyelaran", "*"), ("DATE", "June")],
    "Becky is staff",
)
p(
    "en",
    "patient_story",
    "🔔 ring ring 🔔\nMaggie O'Shea, 8, is DONE with chemo!!\nTreatment started 3/5/24 ended 9/30/25 🎉",
    [("NAME", "Maggie O'Shea"), ("AGE", "8"), ("DATE", "3/5/24"), ("DATE", "9/30/25")],
)
p(
    "en",
    "patient_story",
    "They got engaged in our cafeteria. 💍 Congrats to Derrick (patient on 6 West since the 14th) and his now-fiancée Latoya! She said YES over chicken tenders.",
    [("NAME", "Derrick"), ("DATE", "14th"), ("NAME", "Latoya")],
)
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles! 🎂 Happy birthday to Mr. Rosario Esposito, our longest-staying resident at Riverside Health Senior Care.",
    [("AGE", "Ninety-nine"), ("NAME", "Rosario Esposito")],
    "age in words",
)
p(
    "en",
    "patient_story",
    "Camila was born with half a heart. Three surgeries later she is starting kindergarten 💗 Read Camila's full story: riversidehealth.org/stories/camila-flores-heart-warrior",
    [("NAME", "Camila", "*"), ("NAME", "camila-flores")],
    "the patient's full name inside the hospital's own URL path is still a name; the domain is not labelled",
)
p(
    "en",
    "patient_story",
    "Happy 10th liver-versary to Deepa Krishnan! 🎉 Deepa got her transplant here on 11 Nov 2015 and now volunteers with our transplant support group.",
    [("NAME", "Deepa Krishnan"), ("NAME", "Deepa", 2), ("DATE", "11 Nov 2015")],
    "a volunteer who was a patient",
)
p(
    "en",
    "patient_story",
    "Our longtime volunteer Harold Greene, 91, is now on the receiving end — he's recovering from a fall on our 3rd floor and the gift shop ladies visit him daily.",
    [("NAME", "Harold Greene"), ("AGE", "91")],
    "volunteer who is now a patient",
)
p(
    "en",
    "staff_spotlight",
    "Dr. Samuel Osei has delivered over 3,000 babies at Riverside Health. In September he was the patient — a heart attack in our own parking garage. Welcome back, Dr. Osei! Your team missed you.",
    [("NAME", "Samuel Osei"), ("NAME", "Osei", 2), ("DATE", "September")],
    "a doctor who became a patient; the Dr. title does not make him staff-only here",
)
p(
    "en",
    "patient_story",
    "16yo Trinity from Millbrook wanted one thing for her birthday in the hospital: a Taylor Swift dance party. Our child life team delivered. 💜 (Taylor, if you see this…)",
    [("AGE", "16yo"), ("NAME", "Trinity"), ("GEO", "Millbrook")],
    "Taylor Swift is a public figure",
)
p(
    "en",
    "birth_announcement",
    "Faith Okafor (yes, the 'Faith' from our 2019 Faith & Healing series) is back — this time as a patient. Faith had a healthy baby boy, Chukwuemeka, on Saturday.",
    [
        ("NAME", "Faith Okafor"),
        ("NAME", "Faith", 2),
        ("NAME", "Faith", 4),
        ("NAME", "Chukwuemeka"),
        ("DATE", "Saturday"),
    ],
    "'Faith & Healing' is a series title, not her name",
    ok=("Faith",),
)
p(
    "en",
    "memorial",
    "We lost Brother Anthony today. Anthony Jerome Price, 61, spent his last weeks in our palliative unit singing gospel with anyone who'd listen. His sister Cynthia says he'd want you to hum along.",
    [
        ("NAME", "Anthony Jerome Price"),
        ("NAME", "Anthony", "*"),
        ("AGE", "61"),
        ("NAME", "Cynthia"),
    ],
)
p(
    "en",
    "patient_story",
    "Among the patients transferred to us after the tornado: Mr. and Mrs. Ebenezer Asante of Greenville, both 87. They asked to share a room, and our bed team made it happen. ❤️",
    [("NAME", "Ebenezer Asante"), ("GEO", "Greenville"), ("AGE", "87")],
)
p(
    "en",
    "crisis_update",
    "Please keep Westfield Academy junior Caleb Strickland in your thoughts. Caleb, 16, is in critical condition after Friday night's crash on County Road 12. His family asks for privacy.",
    [
        ("OTHER_ID", "Westfield Academy"),
        ("NAME", "Caleb Strickland"),
        ("NAME", "Caleb", 2),
        ("AGE", "16"),
        ("DATE", "Friday night"),
    ],
)
p(
    "en",
    "discharge",
    "cant stop smiling today our sweet Rosie who came in by helicopter back in august after the farm accident walked down the hall to the elevator all by herself and her grandpa Walt cried and then we all cried",
    [("NAME", "Rosie"), ("DATE", "august"), ("NAME", "Walt")],
    "no punctuation, lower-case month",
)
p(
    "en",
    "milestone_birthday",
    'WWII veteran Lt. Col. Frances "Frankie" Dunmore (Ret.), one of the first women to fly for the Army Air Forces, turns 101 on Saturday at our Heritage Care Center. Happy birthday, Colonel! ✈️',
    [("NAME", 'Frances "Frankie" Dunmore'), ("AGE", "101"), ("DATE", "Saturday")],
)
p(
    "en",
    "discharge",
    "Nia’s first word was “nurse.” 🥹 After 7 months in our NICU, Nia Blackwell, age 1, heads home to Eastport next Tuesday.",
    [
        ("NAME", "Nia Blackwell"),
        ("NAME", "Nia", "*"),
        ("AGE", "age 1"),
        ("GEO", "Eastport"),
        ("DATE", "next Tuesday"),
    ],
)
p(
    "en",
    "patient_story",
    "Min-jun Park, 6, got to 'drive' his own toy car to the OR on Tuesday for his ear tube surgery 🚗 Mom Ji-woo says he's already asking when he can do it again.",
    [("NAME", "Min-jun Park"), ("AGE", "6"), ("DATE", "Tuesday"), ("NAME", "Ji-woo")],
)
p(
    "en",
    "patient_story",
    "Reunited! 💙 Paramedics Jenna Cole and Luis Ortega got to meet Hunter Gaines, the 45-year-old they brought back with CPR on the night of July 4. Hunter's wife Amber brought cookies.",
    [
        ("NAME", "Hunter Gaines"),
        ("AGE", "45-year-old"),
        ("DATE", "July 4"),
        ("NAME", "Hunter", 2),
        ("NAME", "Amber"),
    ],
    "paramedics are care team, not labelled",
)
p(
    "en",
    "patient_story",
    "Ten-year-old YouTuber Kai 'KaiPlays' Matagi filmed his whole appendectomy recovery from room 5N-22 — with permission! Check out his channel youtube.com/@KaiPlaysOfficial 🎮",
    [
        ("AGE", "Ten-year-old"),
        ("NAME", "Kai 'KaiPlays' Matagi"),
        ("OTHER_ID", "room 5N-22"),
        ("URL", "youtube.com/@KaiPlaysOfficial"),
    ],
)
p(
    "en",
    "patient_story",
    "Meet Benedita Alves. In 2021, she was a 44-year-old mom of three from Fall River who thought her headaches were stress. They weren't. After brain surgery on August 9 and a long year of rehab, Benedita is back teaching 4th grade at St. Anne's School. Her kids — Lucas, Bia and Pedro — say she's 'back to being strict.' 📚",
    [
        ("NAME", "Benedita Alves"),
        ("AGE", "44-year-old"),
        ("GEO", "Fall River"),
        ("DATE", "August 9"),
        ("NAME", "Benedita", 2),
        ("OTHER_ID", "St. Anne's School"),
        ("NAME", "Lucas"),
        ("NAME", "Bia"),
        ("NAME", "Pedro"),
    ],
    "long Facebook story: employer, hometown, children",
)
p(
    "en",
    "discharge",
    "Welcome home, Mr. Abernathy-Cole 🏡 #discharged #cardiology",
    [("NAME", "Abernathy-Cole")],
)
p(
    "en",
    "crisis_update",
    "Power is back on after tonight's storm. All patients are safe, including 3-day-old Jonah, who was born during the outage by flashlight! 🔦",
    [("AGE", "3-day-old"), ("NAME", "Jonah")],
)
p(
    "en",
    "patient_story",
    "Forever family day! 💕 Foster mom Teresa Lindqvist officially adopted Micah, the little boy she met in our NICU 2 years ago. Micah is now 2 and runs the whole house.",
    [("NAME", "Teresa Lindqvist"), ("NAME", "Micah", "*"), ("AGE", "2", 2)],
    "'2 years ago' is a duration",
    ok=("2",),
)
p(
    "en",
    "patient_story",
    "Burn survivor Dominique Baptiste, 12, is heading to Camp Phoenix this summer for the first time since her accident on New Year's Day. We're so proud of you, Dom! 🔥",
    [("NAME", "Dominique Baptiste"), ("AGE", "12"), ("DATE", "New Year's Day"), ("NAME", "Dom")],
)
p(
    "en",
    "birth_announcement",
    "Baby Eden (the 3rd of 4 sisters!) was born in our elevator on Tuesday at 7:02 a.m. 🛗 Yes, really. Mom Priscilla and Eden are both great.",
    [("NAME", "Eden", "*"), ("DATE", "Tuesday"), ("DATE", "7:02 a.m."), ("NAME", "Priscilla")],
    "'3rd of 4' is not a date",
)
p(
    "en",
    "patient_story",
    "Olena Shevchenko, 34, and her son Maksym, 5, arrived from Kharkiv in March. On Friday, Maksym had surgery to repair his heart — free of charge, thanks to our charity care program. Дякуємо! 💙💛",
    [
        ("NAME", "Olena Shevchenko"),
        ("AGE", "34"),
        ("NAME", "Maksym", "*"),
        ("AGE", "5"),
        ("GEO", "Kharkiv"),
        ("DATE", "March"),
        ("DATE", "Friday"),
    ],
)
p(
    "en",
    "milestone_birthday",
    "Manman Rose-Marie Jean-Baptiste (as everyone on 4 East calls her) celebrated 90 years with konpa music and cake. Bon fèt, Manman! 🎶",
    [("NAME", "Rose-Marie Jean-Baptiste"), ("AGE", "90 years")],
    "'Manman' is a kinship word",
)
p(
    "en",
    "patient_story",
    "Trey Whitlock was baling hay on the Kessler Dairy farm in Boone County when his arm got caught. Four surgeries later, Trey is back to work at Kessler — and sent us a cooler of cheese curds. 🧀",
    [
        ("NAME", "Trey Whitlock"),
        ("NAME", "Trey", 2),
        ("OTHER_ID", "Kessler Dairy"),
        ("OTHER_ID", "Kessler", "*"),
        ("GEO", "Boone County"),
    ],
)
p(
    "en",
    "patient_story",
    "A box arrived for patient Loretta Haines on 7 from her church back home in ZIP 62704 — 300 prayer cards inside 🙏",
    [("NAME", "Loretta Haines"), ("GEO", "62704")],
)
p(
    "en",
    "patient_story",
    "Cards for Mateo can be mailed to 1200 Riverside Ave, Springfield, Attn: PICU bed 8. He's collecting stickers! ✉️",
    [("NAME", "Mateo"), ("OTHER_ID", "bed 8")],
    "hospital address is not labelled; the bed number is",
)
p(
    "en",
    "patient_story",
    "Reply to comment: Hi Sharon! We passed your message to your dad's nurse on 5 West. Mr. Lutz says thank you for the crossword books.",
    [("NAME", "Sharon"), ("NAME", "Lutz")],
    "relative and patient in a comment reply",
)
p(
    "en",
    "eponymous_condition",
    "Jordan Akers, 13, has Tourette syndrome and just won the regional spelling bee — with our neuro team cheering from row 3. Jordan’s winning word: 'chrysanthemum.' 🐝",
    [("NAME", "Jordan Akers"), ("AGE", "13"), ("NAME", "Jordan", 2)],
    "Tourette is eponymous, the patient is named",
)
p(
    "en",
    "eponymous_condition",
    "Boxing for Parkinson's: 74-year-old Gene Mancuso throws a mean left hook 🥊 Gene joined our Rock Steady class in January after his diagnosis.",
    [("AGE", "74-year-old"), ("NAME", "Gene Mancuso"), ("NAME", "Gene", 2), ("DATE", "January")],
)
p(
    "en",
    "eponymous_condition",
    "Meet Leo! 💙 Leo has Down syndrome, a big laugh, and as of Monday, a fully repaired heart. Leo’s parents, Rachel and Sam Goldberg, want every new parent to know: 'It gets so good.'",
    [("NAME", "Leo", "*"), ("DATE", "Monday"), ("NAME", "Rachel"), ("NAME", "Sam Goldberg")],
)
p(
    "en",
    "eponymous_condition",
    "Brooke W., 19, was diagnosed with Crohn's at 12. This fall she's starting nursing school — 'because of the nurses who took care of me,' she says. 💜",
    [("NAME", "Brooke W."), ("AGE", "19"), ("AGE", "12")],
)
p(
    "en",
    "eponymous_condition",
    "Every afternoon at 3, Mr. Hughes (who has Alzheimer's) 'conducts' our lobby piano player. His wife, Marjorie, says he led the Eastside Community Orchestra for 30 years.",
    [("NAME", "Hughes"), ("NAME", "Marjorie"), ("OTHER_ID", "Eastside Community Orchestra")],
    "patient's former employer",
)
p(
    "en",
    "patient_story",
    "Five years ago, Ricardo Salas was our first COVID patient to go home from the ICU. We called him 'Patient Zero Hero.' Ricardo, now 66, still sends us tamales every Christmas. 🫔",
    [
        ("NAME", "Ricardo Salas"),
        ("NAME", "Patient Zero Hero"),
        ("NAME", "Ricardo", 2),
        ("AGE", "66"),
    ],
    "nickname given by staff",
)
p(
    "en",
    "thank_you",
    "From the Cho family: 'Thank you for the care you gave our mother, Soon-ja, in her final days. Staff who'd like a copy of the memorial program can email us at chofamily.memorial@outlook.com.'",
    [("NAME", "Cho"), ("NAME", "Soon-ja"), ("EMAIL", "chofamily.memorial@outlook.com")],
)
p(
    "en",
    "birth_announcement",
    "Rainbow baby alert 🌈 After three losses, Amy and Jake Schultz welcomed Willow Rae on 8/8 at 8:08 p.m. We can't make this up.",
    [
        ("NAME", "Amy"),
        ("NAME", "Jake Schultz"),
        ("NAME", "Willow Rae"),
        ("DATE", "8/8"),
        ("DATE", "8:08 p.m."),
    ],
)
p(
    "en",
    "patient_story",
    "SO PROUD OF OUR GIRL DESTINY 💪 3 MONTHS AGO SHE COULDN'T LIFT HER HEAD. TODAY SHE DANCED AT HER QUINCEAÑERA. TE QUEREMOS MIJA",
    [("NAME", "DESTINY")],
    "all caps name; 'MIJA' is a term of endearment",
)
p(
    "en",
    "patient_story",
    "92 years young and still sharp as a tack: Mr. Desmond Achterberg beat our entire PT team at chess this morning. Checkmate, Desmond. ♟️",
    [("AGE", "92 years"), ("NAME", "Desmond Achterberg"), ("NAME", "Desmond", 2)],
)
p(
    "en",
    "patient_story",
    "Hannah Sokolowski's coworkers at Prairie State Bank raised $4,000 for her family after she was admitted in March with a brain bleed. Hannah, you have a great team!",
    [
        ("NAME", "Hannah Sokolowski"),
        ("NAME", "Hannah", 2),
        ("OTHER_ID", "Prairie State Bank"),
        ("DATE", "March"),
    ],
)
p(
    "en",
    "patient_story",
    "Patient Ibrahim Diallo hadn't seen his cat Minou in 6 weeks. On Sunday, our pet-visit volunteers made it happen. 🐈",
    [("NAME", "Ibrahim Diallo"), ("DATE", "Sunday")],
    "the cat's name is not labelled",
)
p(
    "en",
    "birth_announcement",
    "Four generations in one photo: great-grandma Inez (97), grandma Patricia, mom Alexis and baby Rowan, born Monday. 💕",
    [
        ("NAME", "Inez"),
        ("AGE", "97"),
        ("NAME", "Patricia"),
        ("NAME", "Alexis"),
        ("NAME", "Rowan"),
        ("DATE", "Monday"),
    ],
)
p(
    "en",
    "staff_spotlight",
    "When our security officer Tom Baxter's wife, Linda, needed a liver, he didn't hesitate: Tom donated part of his on Oct. 21. Both are home and doing well. 💪",
    [("NAME", "Tom Baxter"), ("NAME", "Linda"), ("NAME", "Tom", 2), ("DATE", "Oct. 21")],
    "employee who is a living donor, and his wife the recipient",
)
p(
    "en",
    "memorial",
    "Today we say goodbye to a legend. Mr. Clarence 'Sugar' Ray Holloway — boxer, deacon, grandfather of 14 — passed away in our hospice on the morning of February 1st at the age of 88. He told every nurse the same joke. We'll never forget it, Sugar.",
    [
        ("NAME", "Clarence 'Sugar' Ray Holloway"),
        ("DATE", "February 1st"),
        ("AGE", "88"),
        ("NAME", "Sugar", 2),
    ],
)
p(
    "en",
    "patient_story",
    "Say yes to the dress... in Room 6219! 👰 Yesenia Paredes married her sweetheart Andre Carter on Saturday so her dad, Hector, could walk her down the hall.",
    [
        ("OTHER_ID", "Room 6219"),
        ("NAME", "Yesenia Paredes"),
        ("NAME", "Andre Carter"),
        ("DATE", "Saturday"),
        ("NAME", "Hector"),
    ],
    "the patient is the father; daughter and son-in-law are relatives",
)
p(
    "en",
    "patient_story",
    "At just 9 days old, Baby Aurora became the youngest heart transplant recipient in our hospital’s history. She's now 9 months and thriving. 💓",
    [("AGE", "9 days old"), ("NAME", "Aurora"), ("AGE", "9 months")],
)
p(
    "en",
    "staff_spotlight",
    "Congrats to our L&D nurse Kelsey Tran, who delivered her own baby on our unit Tuesday — baby boy Hudson, 8 lb 2 oz! The team says she 'tried to chart her own labor.' 😂",
    [("NAME", "Kelsey Tran"), ("DATE", "Tuesday"), ("NAME", "Hudson")],
    "a nurse who gave birth here is a patient",
)
p(
    "en",
    "anonymous_story",
    "A 45-year-old runner collapsed at mile 22 of Sunday's marathon. Bystander CPR + our cath lab = he's walking out today. Learn CPR. It works.",
    [("AGE", "45-year-old"), ("DATE", "Sunday")],
    "nameless, but age and event date of the patient",
)
p(
    "en",
    "pasted_record",
    "Caption draft v2: 'Congrats Tomás!' — (internal: Tomás Aguilar, MR# RH-0099812, bed 3, PICU, d/c 6/14) ← delete the parentheses before this goes out lol",
    [
        ("NAME", "Tomás Aguilar"),
        ("NAME", "Tomás", "*"),
        ("MRN", "RH-0099812"),
        ("OTHER_ID", "bed 3"),
        ("DATE", "6/14"),
    ],
)
p(
    "en",
    "patient_story",
    "Patient Wendell Marsh asked us to share that he'd love to hear from his old Army buddies: wendell.marsh.vet@yahoo.com 🎖️",
    [("NAME", "Wendell Marsh"), ("EMAIL", "wendell.marsh.vet@yahoo.com")],
    "the patient's own email",
)
p(
    "en",
    "patient_story",
    'Our Grandpa Bob club is growing 👴 Robert "Bob" Lindgren, 86, taught the 3 West night shift to whittle. His grandson Cody drove up from Eau Claire to see the birdhouse he made.',
    [
        ("NAME", "Bob", 1),
        ("NAME", 'Robert "Bob" Lindgren'),
        ("AGE", "86"),
        ("NAME", "Cody"),
        ("GEO", "Eau Claire"),
    ],
    "'Grandpa Bob' refers to this patient",
)
p(
    "en",
    "discharge",
    "WE DID IT 🎉🎉 after 5 months, 2 transplants and a LOT of jello, Aryan Mehta (age 11) rings the bell and walks out of 9 East on Diwali!!",
    [("NAME", "Aryan Mehta"), ("AGE", "11"), ("DATE", "Diwali")],
)
p(
    "en",
    "patient_story",
    "Pro wrestler \"The Mountain\" Tavita Faleolo, a Cedar Falls native, spent 3 nights with us after a knee injury at Saturday's show. Tavita's mom Losa says he's a big baby about needles. 💉",
    [
        ("NAME", '"The Mountain" Tavita Faleolo'),
        ("GEO", "Cedar Falls"),
        ("DATE", "Saturday"),
        ("NAME", "Tavita", 2),
        ("NAME", "Losa"),
    ],
    "local celebrity as patient; ring name inside the name span",
)
p(
    "en",
    "thank_you",
    "To Nurse Dee and the whole 2 North team — you made my wife's last Christmas feel like home. Marguerite loved the tree you put up in 214. Forever grateful, Lou Brennan",
    [("NAME", "Marguerite"), ("OTHER_ID", "214"), ("NAME", "Lou Brennan"), ("DATE", "Christmas")],
    "bare room number; Nurse Dee is staff",
)
p(
    "en",
    "discharge",
    "Summer Nakamura, 7, spent her whole summer with us after a near-drowning in July. Tomorrow she starts 2nd grade at Oak Ridge Elementary! ☀️",
    [
        ("NAME", "Summer Nakamura"),
        ("AGE", "7"),
        ("DATE", "July"),
        ("OTHER_ID", "Oak Ridge Elementary"),
    ],
    "word-name Summer vs the season 'summer'",
)
p(
    "en",
    "patient_story",
    "The Kaur-Sandhu family brought langar for our whole ED staff to thank us for caring for their grandfather, Gurdev Singh, after his fall on Vaisakhi. 🙏",
    [("NAME", "Kaur-Sandhu"), ("NAME", "Gurdev Singh"), ("DATE", "Vaisakhi")],
)
p(
    "en",
    "patient_story",
    "Meet Amani, 14. She has sickle cell disease and has spent 31 birthdays' worth of days in our hospital (she counted). This year Amani is the face of our #SickleCellStrong campaign — with her permission and her dad Jabari's!",
    [("NAME", "Amani", "*"), ("AGE", "14"), ("NAME", "Jabari")],
    "campaign hashtag not labelled even when the patient fronts it",
)
p(
    "en",
    "anonymous_story",
    "To our patient in bed 22B: the Cubs won. You were right. The whole unit owes you a hot dog. 🌭",
    [("OTHER_ID", "bed 22B")],
)
p(
    "en",
    "memorial",
    "Dr. Evelyn Acheampong, retired pediatrician and our patient for the last chapter of her life, died peacefully on 5 October at age 94. She asked that we remember her as 'a doctor who became a grateful patient.'",
    [("NAME", "Evelyn Acheampong"), ("DATE", "5 October"), ("AGE", "94")],
    "retired physician who was our patient",
)
p(
    "en",
    "patient_story",
    "Little Brooklyn Mae, born 11/22 at just 1 lb 9 oz, is now 1 year old and 20 pounds of sass 😂 Her mom Kendra says thank you to every NICU nurse.",
    [("NAME", "Brooklyn Mae"), ("DATE", "11/22"), ("AGE", "1 year old"), ("NAME", "Kendra")],
)
p(
    "en",
    "patient_story",
    "Ahmad Al-Rashid, 67, is back to running his bakery on Main after heart surgery on Feb. 11. His son Yusuf brought us 200 ka'ak! 🥯",
    [("NAME", "Ahmad Al-Rashid"), ("AGE", "67"), ("DATE", "Feb. 11"), ("NAME", "Yusuf")],
    "'Main' is too vague to be labelled; the bakery is unnamed",
)
p(
    "en",
    "patient_story",
    "Thank you, Officer Dave 🚓 Our patient Marcus — who was kidnapped by his own pajamas this morning (okay, he got stuck in the sleeve) — says you're his hero.",
    [("NAME", "Marcus")],
    "Officer Dave is not a patient",
)

# ---------------------------------------------------------------- English, not patient-specific

n(
    "en",
    "staff_spotlight",
    "Nurse Rosa Delgado, 62, retires Friday after 40 years on our night shift. She started on June 3, 1985 and has trained more than 300 nurses. We love you, Rosa! 💐",
    "staff name, age and dates",
)
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ben! 👋 Dr. Benjamin Adeyemi joined our pediatric cardiology team this month. Fun fact: he was born in Lagos and still makes the best jollof on the unit.",
    "doctor's birthplace is not PHI",
)
n(
    "en",
    "sponsor",
    "Thank you to the Garza family, whose $2 million gift will build the new Garza Family Cancer Pavilion, opening in spring 2026.",
    "donor family",
)
n(
    "en",
    "staff_spotlight",
    "Volunteer spotlight: Bill Foster, 84, has logged 12,000 hours at our information desk since 1998. Ask him for directions; stay for the stories. 🧭",
    "volunteer with age",
)
n(
    "en",
    "public_figure",
    "Thanks, Governor Hale, for visiting our new trauma center on Tuesday and meeting the team that treats more than 4,000 injured patients a year.",
    "public figure visit, event date",
)
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement disorders clinic offers free Rock Steady Boxing classes Mondays at 10 a.m. Call 555-0100 to sign up.",
    "eponymous condition, hospital phone",
)
n(
    "en",
    "event",
    "Join us Saturday, Oct. 18, 8 a.m., for the Riverside 5K for Breast Cancer Awareness! Register at riversidehealth.org/5k 🎀",
    "event date, hospital URL",
)
n(
    "en",
    "statistic",
    "Adults over 65 are the fastest-growing group of patients in our ED — up 18% since 2019. Here's how we're adapting. 🧵",
    "statistic with an age bracket",
)
n(
    "en",
    "health_tip",
    "Heat advisory through Thursday ☀️ Stay hydrated, check on elderly neighbors, and never leave kids or pets in a car — even for a minute.",
    "weather date",
)
n(
    "en",
    "recruitment",
    "NOW HIRING: RNs for our NICU, night shift, $10K sign-on bonus. Walk-in interviews Wednesday 3/12, 9–4, 1200 Riverside Ave. Questions? (555) 010-0199",
    "job fair date, hospital address and number",
)
n(
    "en",
    "anonymous_story",
    "Our youngest patient went home today after 120 days in the NICU. The whole unit lined the hallway. 💙",
    "nameless, no identifier",
)
n(
    "en",
    "anonymous_story",
    "A patient told one of our nurses this week: 'You made the worst day of my life bearable.' That's why we do this.",
    "anonymous quote",
)
n(
    "en",
    "campaign_hashtag",
    "Every nurse, every tech, every volunteer: thank you. #RiversideStrong #NursesWeek",
    "campaign hashtags",
)
n(
    "en",
    "public_figure",
    "On this day in 1847, Elizabeth Blackwell was admitted to Geneva Medical College — the first woman to attend medical school in the US. #WomensHistoryMonth",
    "historical figure 'admitted' to a college",
)
n(
    "en",
    "public_figure",
    "Springfield Sliders pitcher Jake Morrow stopped by to sign casts on the ortho unit Monday. Thanks, Jake! ⚾",
    "athlete visitor, not a patient",
)
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call Patient Financial Services at (555) 010-0199, Mon–Fri 8–5, or visit riversidehealth.org/billing.",
    "hospital contacts",
)
n(
    "en",
    "eponymous_condition",
    "Crohn's disease and ulcerative colitis affect more than 3 million Americans. Dr. Priya Natarajan explains the difference in our latest video.",
    "eponymous condition, staff doctor",
)
n(
    "en",
    "eponymous_condition",
    "What's the difference between Alzheimer's and other types of dementia? Join neurologist Dr. Hugh Carmody, Tues. 6/10 at 6 p.m., for a free talk.",
    "event date and staff",
)
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — rock your mismatched socks! 🧦 Our Down syndrome clinic sees families from across the region.",
    "awareness day",
)
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers, with 5-year survival above 85%. Learn the signs. #LymphomaAwareness",
    "eponymous condition, statistic",
)
n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week to Joy, Faith, Hope and Grace — yes, all four work on 3 North, and yes, we checked. 😂 #NursesWeek",
    "word-names belonging to staff",
)
n(
    "en",
    "health_tip",
    "Hope is a powerful medicine. Grace under pressure is our ED's middle name. And faith? That's what our chaplains are for. 💙",
    "words that look like names",
)
n(
    "en",
    "crisis_update",
    "Due to the ice storm, all outpatient clinics are closed Tuesday, Jan. 21. The ED remains open 24/7. Drive safe.",
    "closure date",
)
n(
    "en",
    "health_tip",
    "Recipe of the week from our dietitians: Grandma's lentil soup, lightened up 🥣 1 cup lentils, 2 carrots, 1 onion, 4 cups low-sodium broth, simmer 30 min.",
    "recipe; 'Grandma' is no one in particular",
)
n(
    "en",
    "research",
    "Our cardiology team published new findings in JAMA: patients ages 50–70 who walked 7,000 steps a day had 40% fewer heart attacks.",
    "research statistic with ages",
)
n(
    "en",
    "staff_spotlight",
    "Happy 30th work anniversary to Dr. Grace Kim, who started here on Sept. 9, 1995! She's delivered an estimated 6,000 babies. 🎉",
    "staff name and start date",
)
n(
    "en",
    "health_tip",
    "Dr. Mike says: wash your hands for 20 seconds — about two rounds of 'Happy Birthday.' 🎶",
    "doctor's first name",
)
n(
    "en",
    "memorial",
    "In memory of longtime board member Eleanor Whitcomb (1932–2025), whose generosity built our hospice garden. Her family asks that gifts go to the Riverside Health Foundation.",
    "board member, not a patient, despite years over 89",
)
n(
    "en",
    "staff_spotlight",
    "Happy 100th birthday to our founding nurse, Margaret 'Peggy' Lyle, who worked here from 1948 to 1990! Peggy is celebrating at home with family today.",
    "former staff aged 100, not a patient",
)
n(
    "en",
    "health_tip",
    "Today is World Kidney Day. 1 in 7 US adults has chronic kidney disease — and most don't know it. Ask your doctor for a simple test.",
    "awareness day, statistic",
)
n(
    "en",
    "recruitment",
    "Job fair TOMORROW! 📣 Thursday, 9/18, 10–3 in the Riverside Ave lobby. Bring your résumé. Positions in nursing, EVS, food service and IT.",
    "job fair",
)
n(
    "en",
    "staff_spotlight",
    "Meet River, our new facility dog! 🐕 River is a 2-year-old lab who will visit patients in peds and oncology. Follow his adventures with #RiverTheLab",
    "therapy dog's name, age and hashtag",
)
n(
    "en",
    "staff_spotlight",
    "Fun fact: our NICU nurses have a combined 1,200 years of experience. The longest-serving, Dawn Mitchell, started here in 1981.",
    "staff word-name",
)
n(
    "en",
    "event",
    "Our chaplain, Rev. Jesse King, will lead a Blue Christmas service for anyone grieving this season: Dec. 21, 7 p.m., main chapel.",
    "staff, event date",
)
n(
    "en",
    "public_figure",
    "Former first lady Michelle Obama's 'Let's Move' initiative inspired our school garden program, now in 14 Springfield schools.",
    "public figure",
)
n(
    "en",
    "event",
    "Thank you to the Springfield Fire Department, who brought the ladder truck to wave at our pediatric patients on Friday! 🚒",
    "event with patients in general",
)
n(
    "en",
    "anonymous_story",
    "One patient. 14 specialists. 3 surgeries. 0 giving up. Sometimes it takes a village — and our village is amazing. #TeamworkTuesday",
    "anonymous; numbers are not ages",
)
n(
    "en",
    "sponsor",
    "Huge thanks to Kessler Dairy for donating 500 gallons of milk to our food pantry!",
    "business as sponsor",
)
n(
    "en",
    "public_figure",
    "Author Toni Morrison once wrote, 'If there's a book that you want to read, but it hasn't been written yet, then you must write it.' Our Reach Out and Read volunteers gave away 5,000 books this year.",
    "quotation from a public figure",
)
n(
    "en",
    "statistic",
    "Kids ages 6 to 12 need 9–12 hours of sleep a night. Teens 13–18? 8–10. How does your family measure up?",
    "age brackets",
)
n(
    "en",
    "staff_spotlight",
    "'I became a nurse because a nurse held my hand when my mom was dying,' says Keisha Martin, RN, 4 West. Keisha has been with us 11 years.",
    "staff; the mother is unnamed and not identified",
)
n(
    "en",
    "staff_spotlight",
    "Please welcome our new CEO, Dr. Amanda Reyes-Whitfield, who joins Riverside Health from Boston on Nov. 1.",
    "executive",
)
n(
    "en",
    "crisis_update",
    "Update 4:30 p.m.: Our ED is treating multiple patients from the I-72 pileup. Families looking for loved ones should call our family line, 555-0100. Please do not come to the ED.",
    "mass-casualty update with no patient identifiers",
)
n(
    "en",
    "anonymous_story",
    "To the dad who brought donuts to the 2 a.m. shift in the PICU last week: you didn't leave a name, but you left a lot of smiles. 🍩",
    "unidentified relative",
)
n(
    "en",
    "event",
    "Mark your calendars: our NICU Reunion picnic is Sunday, Aug. 24, 11–2 at Riverside Park. All NICU grads and families welcome! 🎈",
    "event",
)
n(
    "en",
    "research",
    "Enrollment is open for our Alzheimer's prevention study for adults 60–85. Call 555-0100 to see if you qualify.",
    "study recruitment",
)
n(
    "en",
    "event",
    "Grand Rounds this Wednesday: 'Tourette Syndrome in Adolescents' with Dr. Farah Haddad, 7:30 a.m., Auditorium B.",
    "staff with a surname used by patients elsewhere",
)
n(
    "en",
    "staff_spotlight",
    "Everyone on 6 South knows Mrs. K — our unit secretary Krystyna Kowalski, who has answered 1 million call lights (estimated) in 27 years. Happy retirement! 🎉",
    "'Mrs. K' is staff here",
)
n(
    "en",
    "public_figure",
    "Florence Nightingale was born on May 12, 1820 — which is why #NursesWeek ends on her birthday. Happy International Nurses Day!",
    "historical birth date",
)
n(
    "en",
    "event",
    "Clara Barton founded the American Red Cross at age 59. It's never too late to start something new — like donating blood at our drive this Friday, 7 a.m.–1 p.m.",
    "historical figure's age",
)
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 30,000 Americans. Our ALS clinic team walks in the Walk to Defeat ALS on Sept. 27 — join Team Riverside!",
    "eponymous condition named after a public figure",
)
n(
    "en",
    "staff_spotlight",
    "Shoutout to Will from our IT team for fixing the Wi-Fi in the family lounge at midnight. Hero. 🦸",
    "staff word-name",
)
n(
    "en",
    "event",
    "Flu shots for staff: Mon 10/6–Fri 10/10 in the cafeteria. No appointment needed. #FightFlu",
    "event dates",
)
n(
    "en",
    "anonymous_story",
    "A card came in the mail today with no return address: 'Thank you for saving my husband's life.' We don't know which unit — so we're thanking all of you. 💙",
    "anonymous thank-you",
)
n(
    "en",
    "staff_spotlight",
    "Brooke, Hunter and Summer — our three new pharmacy residents — start Monday! Say hi if you see them in the halls. 💊",
    "staff word-names",
)
n(
    "en",
    "health_tip",
    "Babies under 12 months should sleep on their backs, alone, in a crib. ABCs of safe sleep 👶 #SafeSleep",
    "age bracket in a tip",
)
n(
    "en",
    "public_figure",
    "The Rev. Dr. Martin Luther King Jr. said, 'Of all the forms of inequality, injustice in health is the most shocking and inhumane.' Today we honor his legacy. #MLKDay",
    "historical figure with suffix",
)
n(
    "en",
    "public_figure",
    "Congrats to Mayor Linda Okafor, who cut the ribbon on our Eastside Community Clinic on Thursday! 🎀",
    "public official",
)
n(
    "en",
    "statistic",
    "In 2024, our trauma team treated 3,812 patients. 61% were injured in car crashes. Buckle up. Every time.",
    "statistic",
)
n(
    "en",
    "anonymous_story",
    "Some of our long-term care residents have been with us for over a decade. This week they taught our new grads how to play canasta. Guess who won? 🃏",
    "residents not identified",
)
n(
    "en",
    "sponsor",
    "The Nguyen Family Foundation has funded 40 scholarships for nursing students since 2015. Applications for 2026 open Jan. 5.",
    "foundation named after a family",
)
n(
    "en",
    "campaign_hashtag",
    "#GoRedForWomen Friday! Wear red Feb. 7 to raise awareness of heart disease, the #1 killer of women.",
    "campaign",
)
n(
    "en",
    "crisis_update",
    "Parking Garage B will be closed Saturday 11/8 and Sunday 11/9 for repairs. Use the Riverside Ave entrance. 🚗",
    "closure dates",
)
n(
    "en",
    "campaign_hashtag",
    "#AskDrSam: 'Is it a cold or allergies?' Dr. Sam Patel breaks it down in 60 seconds. 🤧",
    "hashtag with a doctor's name",
)
n(
    "en",
    "staff_spotlight",
    "Our youngest nurse is 21. Our most experienced is 74. Together they make 4 West the best unit in the building. 💪",
    "staff ages",
)
n(
    "en",
    "staff_spotlight",
    "Meet the Pinkerton twins — Laura and Lisa — both respiratory therapists on our COVID unit since day one. #RTWeek",
    "staff twins",
)
n(
    "en",
    "event",
    "Born to be wild? 🏍️ Join our trauma surgeons for Motorcycle Safety Day, May 3, 10 a.m.–2 p.m., Riverside Park.",
    "'Born' plus a date, but an event",
)
n(
    "en",
    "recruitment",
    "Our Patient & Family Advisory Council is recruiting! Former patients and family members: share your voice. Apply at riversidehealth.org/pfac",
    "recruitment",
)
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare — about 1 in 100,000 people a year — but knowing the early signs matters.",
    "eponymous condition",
)
n(
    "en",
    "eponymous_condition",
    "Asperger's, Hashimoto's, Bell's palsy, Graves' disease — what do these have in common? They're named after doctors. Our neurology residents host trivia night tonight. 🧠",
    "several eponyms",
)
n(
    "en",
    "staff_spotlight",
    "Our own ER doc, Dr. Tasha Greene, finished the Boston Marathon on Monday in 3:12:40! 🏃‍♀️",
    "staff with date and time",
)
n(
    "en",
    "hospital_contact",
    "Holiday hours 🎄 Our urgent care clinics close at 2 p.m. on Christmas Eve and reopen Dec. 26 at 8 a.m.",
    "holiday hours",
)
n(
    "en",
    "anonymous_story",
    "To every mom spending Mother's Day in our hospital — as a patient, a visitor, or on shift — we see you. 💐",
    "holiday, no patient",
)
n(
    "en",
    "birth_announcement",
    "New Year's baby countdown is on! 🎉 Who will be Riverside Health's first baby of 2026? Stay tuned…",
    "no baby yet",
)
n(
    "en",
    "event",
    "Happy Veterans Day to the 212 veterans on our staff, and to every veteran we have the honor of caring for. 🇺🇸",
    "holiday",
)
n(
    "en",
    "staff_spotlight",
    "Pickles the miniature therapy horse visits our memory care unit every 2nd Tuesday. Yes, he fits in the elevator. 🐴",
    "therapy animal",
)
n(
    "en",
    "hospital_contact",
    "Follow @RiversideHealth for weather closures, flu clinic dates and more. Main line: 555-0100.",
    "hospital handle and phone",
)
n(
    "en",
    "research",
    "Dr. Ifeoma Chukwu's team received a $3.2M NIH grant to study sickle cell disease in children ages 2–17.",
    "research grant",
)
n(
    "en",
    "hospital_contact",
    "Heads up: scammers are calling patients pretending to be from our billing office. We will NEVER ask for your SSN or card number by phone. Real calls come from (555) 010-0199.",
    "mentions SSN as a word only",
)
n(
    "en",
    "event",
    "Blood drive Friday 9/26! Donors must be at least 17 (16 with parental consent) and weigh 110 lbs. Walk-ins welcome.",
    "donor age rules",
)
n(
    "en",
    "health_tip",
    "Did you know? Our lactation consultants are available 24/7 for new parents — just ask your nurse or call 555-0100.",
    "service info",
)
n(
    "en",
    "anonymous_story",
    "Our trauma team got a surprise visit from a former patient this week — a motorcycle crash survivor who wanted to say thanks. He asked us not to share his name, but he said: 'Wear the helmet.' 🪖",
    "anonymous survivor",
)
n(
    "en",
    "anonymous_story",
    "Somebody rang the bell on 6 North this morning and the whole floor cheered. 🔔 That sound never gets old.",
    "anonymous",
)
n(
    "en",
    "staff_spotlight",
    "Nurse Jordan's daughter drew this picture of 'mommy at work' — we're framing it for the break room 🖍️",
    "staff family, not a patient",
)
n(
    "en",
    "staff_spotlight",
    "After 33 years, our beloved cafeteria cook Ms. Pearl is hanging up her apron. Her peach cobbler recipe is now officially hospital property. 🍑",
    "staff",
)
n(
    "en",
    "memorial",
    "Today we remember Dr. Harold Fenwick (1928–2024), founder of our cardiology program. His patients called him 'the heart whisperer.'",
    "staff memorial with years",
)
n(
    "en",
    "health_tip",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team explains UCL repair for high school athletes. ⚾",
    "eponymous procedure",
)
n(
    "en",
    "public_figure",
    "Like Céline Dion, thousands of Americans live with stiff person syndrome. Here's what our neurologists want you to know.",
    "public figure's condition, not our patient",
)
n(
    "en",
    "statistic",
    "Calling all Liams and Olivias! 📛 The most popular baby names at Riverside Health in 2024 were Liam and Olivia, followed by Mateo and Sophia.",
    "names as statistics",
)
n(
    "en",
    "statistic",
    "Last year we delivered 4,112 babies. 57 sets of twins. 2 sets of triplets. 1 very tired L&D team. 😴",
    "statistics",
)
n(
    "en",
    "event",
    "Construction update: the new tower at 1200 Riverside Ave tops out on Friday, June 20! 🏗️",
    "hospital address, event date",
)
n(
    "en",
    "sponsor",
    "Thank you to Prairie State Bank employees for volunteering 300 hours at our food pantry this year!",
    "business as sponsor",
)
n(
    "en",
    "public_figure",
    "Grammy winner Leon Bridges played an acoustic set in our pediatric playroom on Friday. The kids have requests for next time. 🎸",
    "public figure visit",
)
n(
    "en",
    "staff_spotlight",
    "Welcome to our newest board members: Frank DeLuca, retired CFO of Hartwell Tool & Die, and Dr. Nadia Rahman of Springfield University.",
    "board members and their employers",
)
n(
    "en",
    "staff_spotlight",
    "Two of our ICU nurses, Ashley and Brandon, got married on Saturday — they met on a night shift right here. Congrats! 💍",
    "staff wedding",
)
n(
    "en",
    "health_tip",
    "'Grace is the face love wears when it meets imperfection.' — Joseph R. Cooke. Happy Monday from all of us at Riverside Health.",
    "quotation",
)
n(
    "en",
    "health_tip",
    "Concussion season is here. If your athlete takes a hit to the head, 'when in doubt, sit them out.' Free baseline testing for students ages 11–18 on Aug. 9.",
    "event with age range",
)
n(
    "en",
    "statistic",
    "We ranked #1 in patient satisfaction in the state for 2025! Thank you to the 18,000 patients who filled out our survey.",
    "statistic",
)
n(
    "en",
    "hospital_contact",
    "Our Cedar Falls clinic moves to 45 Main St. on Monday, Feb. 3. Same doctors, new address, more parking.",
    "hospital's own clinic address",
)
n(
    "en",
    "staff_spotlight",
    "Meet our newest volunteer, 15-year-old Aiden, who plays piano in the lobby every Saturday morning. 🎹",
    "teen volunteer with age",
)
n(
    "en",
    "hospital_contact",
    "Lost and found: a blue teddy bear was found near the main entrance Tuesday. Call security at 555-0100 to claim. 🧸",
    "lost and found",
)
n(
    "en",
    "statistic",
    "Did you know? The number of Americans over 90 is expected to quadruple by 2050. Our geriatrics team is getting ready.",
    "over-90 as a statistic",
)
n(
    "en",
    "event",
    "125 years ago today, Riverside Health opened with 12 beds and 3 nurses. Here's a photo of our first ward, 1900.",
    "hospital history",
)
n(
    "en",
    "event",
    "Lunch & Learn: 'Living with Crohn's' with GI nurse Faith Obi, Thursday noon, Conference Room 2B.",
    "conference room, staff word-name",
)
n(
    "en",
    "memorial",
    "We are heartbroken by the loss of our colleague Officer Dwayne Little, 47, who died Sunday in an off-duty accident. Dwayne was the first face many visitors saw. 💔",
    "staff death, not a patient of ours",
)
n(
    "en",
    "event",
    "National Cancer Survivors Day is June 1. To every survivor who walked our halls: we're cheering for you. 💜",
    "awareness day",
)
n(
    "en",
    "staff_spotlight",
    "Our therapy dog Biscuit turns 10 today! 🎂🐶 He's visited an estimated 40,000 patients.",
    "therapy dog's birthday",
)
n(
    "en",
    "hospital_contact",
    "Try MyRiverside, our patient portal: see test results, message your care team and pay bills at riversidehealth.org/myriverside.",
    "portal",
)
n(
    "en",
    "sponsor",
    "The Kowalski Golf Classic raised $180,000 for our NICU this year. Thank you to everyone who played!",
    "fundraiser named after a family",
)
n(
    "en",
    "health_tip",
    "Kids need their MMR by age 1 and again at 4–6. Back-to-school vaccine clinic Saturday, Aug. 2, 9–noon.",
    "ages in a schedule",
)
n(
    "en",
    "event",
    "Santa and Mrs. Claus visited every room on our pediatric floor this morning — even the kids who were asleep got a stocking. 🎅",
    "visitors, patients in general",
)
n(
    "en",
    "staff_spotlight",
    "#TeamRosa is a thing now. Our charge nurse Rosa Jimenez ran her 10th half-marathon Sunday, and her whole unit wore matching shirts.",
    "hashtag of a staff member",
)
n(
    "en",
    "eponymous_condition",
    "Muhammad Ali lived with Parkinson's for 32 years. Our Parkinson's support group meets every 2nd Thursday at 6 p.m.",
    "public figure and eponym",
)
n(
    "en",
    "health_tip",
    "Stroke? Think BE FAST: Balance, Eyes, Face, Arm, Speech, Time to call 911.",
    "tip",
)
n(
    "en",
    "statistic",
    "NICU graduation cap count this month: 23 🎓 Every single one of them a fighter.",
    "count",
)
n(
    "en",
    "anonymous_story",
    "After 211 days, 3 surgeries and more ice pops than we can count, one of our longest-staying patients went home this week. 💙 We're not crying, you're crying.",
    "anonymous discharge",
)
n(
    "en",
    "health_tip",
    "Device safety notice: If you have a Medtronic MiniMed 600-series insulin pump, check the retainer ring. Questions? Call our diabetes center at 555-0100.",
    "device model, not a serial",
)
n(
    "en",
    "public_figure",
    "Wishing a speedy recovery to Senator Tom Hale, who had knee surgery in Washington this week. Knee pain slowing you down? Our ortho team can help.",
    "public figure treated elsewhere, not our patient",
)
n(
    "en",
    "event",
    "Blessing of the Hands ceremony for nurses and staff, Wednesday, May 7, 7 a.m. and 7 p.m., in the chapel. All faiths welcome.",
    "event",
)
n(
    "en",
    "event",
    "Happy birthday to our hospital! 🎂 Riverside Health turns 125 today. Born in 1900, still growing.",
    "the hospital's 'age'",
)
n(
    "en",
    "staff_spotlight",
    "This Thanksgiving, our kitchen will serve 1,400 turkey dinners to patients, families and staff. 🦃 Shoutout to Chef Marcus and crew.",
    "staff",
)
n(
    "en",
    "staff_spotlight",
    "Who's the best? Our EVS team! Special shoutout to Doña Maria, who's kept our ER spotless for 22 years. 🧹",
    "staff with title",
)
n(
    "en",
    "staff_spotlight",
    "Welcome Dr. Nguyen Van Minh, our new interventional cardiologist, who trained at Johns Hopkins.",
    "staff",
)
n(
    "en",
    "sponsor",
    "Meet Hope, Faith and Joy — the three new ultrasound machines funded by the Garza Foundation! Yes, our sonographers named them. 💕",
    "machines with word-names",
)
n(
    "en",
    "research",
    "Thank you to the 1,200 patients who joined our COVID vaccine trials. Science works because of you.",
    "aggregate",
)
n(
    "en",
    "statistic",
    "SEXTUPLETS? No. But we did have 4 sets of twins born on the same day last week. The L&D team needs a nap.",
    "aggregate births",
)
n(
    "en",
    "staff_spotlight",
    "Happy Doctors' Day to Dr. Amir Hosseini, 71, who still sees patients three days a week and remembers every one of their names. 🩺",
    "doctor with age",
)
n(
    "en",
    "event",
    "Our Pumpkin Patch party for patients and siblings is Oct. 30, 3–5 p.m., in the peds playroom. Costumes encouraged! 🎃",
    "event date",
)
n(
    "en",
    "health_tip",
    "Fall prevention tip: 1 in 4 adults 65 and older falls each year. Remove throw rugs, add night lights, and ask about our free balance class.",
    "statistic",
)
n(
    "en",
    "public_figure",
    "Did you know Dr. Charles Drew pioneered blood banking in the 1940s? This Black History Month, we honor his legacy at our Drew Blood Donor Center.",
    "historical figure",
)
n(
    "en",
    "recruitment",
    "Calling all high schoolers 16+: our summer volunteer program application opens May 1. Email volunteer@riversidehealth.org.",
    "hospital email",
)
n(
    "en",
    "anonymous_story",
    "A grandmother in our oncology unit taught three nurses to crochet this month. The scarf is now 14 feet long. 🧶",
    "anonymous, no age",
)
n(
    "en",
    "crisis_update",
    "Boil-water advisory for our Oakdale campus through Wednesday. Bottled water is available for patients and visitors in every lobby.",
    "campus location, not a patient's",
)
n(
    "en",
    "staff_spotlight",
    "Congrats to Sky Whitehorse, RN, and Jordan Ellis, RN, winners of this year's DAISY Award! 🌼",
    "staff word-names",
)
n(
    "en",
    "event",
    "Veterans: join us Nov. 11 at 11 a.m. for a flag ceremony in the Healing Garden, led by chaplain Maj. (Ret.) Don Whitfield.",
    "event, staff with titles",
)

# ---------------------------------------------------------------- Spanish, patient-specific

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Valeria! 💕 Nació el 3 de mayo a las 4:15 a.m. en nuestra unidad de maternidad. Felicidades a sus papás, Guadalupe y Ernesto Salinas.",
    [
        ("NAME", "Valeria"),
        ("DATE", "3 de mayo"),
        ("DATE", "4:15 a.m."),
        ("NAME", "Guadalupe"),
        ("NAME", "Ernesto Salinas"),
    ],
)
p(
    "es",
    "milestone_birthday",
    "Don Aurelio cumplió 100 años ayer en nuestra unidad de cuidados prolongados 🎂 Don Aurelio Benítez nació en Jalisco y llegó a Estados Unidos en 1947. ¡Feliz cumpleaños!",
    [("NAME", "Aurelio Benítez"), ("NAME", "Aurelio", "*"), ("AGE", "100 años"), ("DATE", "ayer")],
    "'Don' outside the span; Jalisco is a state",
)
p(
    "es",
    "patient_story",
    "Sofía, de 8 años, terminó su quimioterapia el martes 🔔 ¡Toca esa campana, campeona! #SofiaValiente",
    [("NAME", "Sofía"), ("AGE", "8 años"), ("DATE", "martes"), ("NAME", "#SofiaValiente")],
)
p(
    "es",
    "thank_you",
    "Gracias a la familia Hernández López por sus palabras: 'Los enfermeros del cuarto piso cuidaron a nuestro papá, Don Ramiro, como si fuera de su familia.' 💙",
    [("NAME", "Hernández López"), ("NAME", "Ramiro")],
    "the patient's family, not donors",
)
p(
    "es",
    "milestone_birthday",
    "Doña Esperanza tiene 97 años y cada mañana le canta a las enfermeras 'Cielito Lindo'. ¡Qué alegría tenerla en el 3 Oeste!",
    [("NAME", "Esperanza"), ("AGE", "97 años")],
    "word-name Esperanza",
)
p(
    "es",
    "memorial",
    "Recordamos con cariño a Ignacio 'Nacho' Robles (1929-2025), paciente de nuestro hospicio y veterano de Corea. Falleció el domingo rodeado de sus nietos. Descanse en paz, Don Nacho.",
    [
        ("NAME", "Ignacio 'Nacho' Robles"),
        ("DATE", "1929-2025"),
        ("DATE", "domingo"),
        ("NAME", "Nacho", 2),
    ],
    "birth year implies age over 89",
)
p(
    "es",
    "birth_announcement",
    "¡Gemelos! Mateo y Santiago nacieron el 24 de diciembre, en Nochebuena 🎄 Su mamá, Yesenia, dice que son su mejor regalo.",
    [
        ("NAME", "Mateo"),
        ("NAME", "Santiago"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Yesenia"),
    ],
)
p(
    "es",
    "pasted_record",
    "Aviso interno, NO publicar: Paciente MARTÍNEZ, JOSÉ LUIS — expediente (MRN) 7734-221-09 — hab. 412 — fecha de ingreso 15/08/2025.",
    [
        ("NAME", "MARTÍNEZ, JOSÉ LUIS"),
        ("MRN", "7734-221-09"),
        ("OTHER_ID", "hab. 412"),
        ("DATE", "15/08/2025"),
    ],
)
p(
    "es",
    "discharge",
    "Después de 92 días en la UCI neonatal, la pequeña Ximena se fue a casa el viernes con sus papás. ¡Te vamos a extrañar, Xime! 💗",
    [("NAME", "Ximena"), ("DATE", "viernes"), ("NAME", "Xime")],
    "'92 días' is a duration",
)
p(
    "es",
    "patient_story",
    "Don Chuy, de 91 años, volvió a caminar después de su cirugía de cadera. Su hija Lupita nos trajo tamales para todo el piso. 🫔",
    [("NAME", "Chuy"), ("AGE", "91 años"), ("NAME", "Lupita")],
)
p(
    "es",
    "crisis_update",
    "Si desean ayudar a la familia de Brayan, de 6 años, herido en el incendio del sábado en la calle Maple 220, pueden donar aquí: gofundme.com/f/ayuda-para-brayan",
    [
        ("NAME", "Brayan"),
        ("AGE", "6 años"),
        ("DATE", "sábado"),
        ("GEO", "calle Maple 220"),
        ("URL", "gofundme.com/f/ayuda-para-brayan"),
    ],
)
p(
    "es",
    "patient_story",
    "¡Felicidades a la señora Rosa Elena Quispe, sobreviviente de cáncer de mama por 10 años! Rosa Elena nos visitó el 8 de marzo, Día de la Mujer, para agradecer a su equipo. 🎗️",
    [
        ("NAME", "Rosa Elena Quispe"),
        ("NAME", "Rosa Elena", "*"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
    ],
    "visit date given twice",
)
p(
    "es",
    "staff_spotlight",
    "Nuestro propio enfermero, Julio César Ramírez, fue paciente en la UCI por COVID en enero. Hoy regresa a trabajar con nosotros. ¡Bienvenido de vuelta, Julio! 💪",
    [("NAME", "Julio César Ramírez"), ("NAME", "Julio", "*"), ("DATE", "enero")],
    "employee as patient; name Julio vs month 'julio'",
)
p(
    "es",
    "discharge",
    "La bebé Milagros nació con 25 semanas y hoy, con 4 meses de edad, sale del hospital. Su nombre lo dice todo. 🙏 #MilagrosFuerte",
    [("NAME", "Milagros"), ("AGE", "4 meses"), ("NAME", "#MilagrosFuerte")],
    "gestational age unlabelled",
)
p(
    "es",
    "thank_you",
    "Mensaje de la familia Chávez: 'Gracias por cuidar a mi esposo Armando en la habitación 5120. Si algún enfermero quiere venir a la misa, llámenme al (773) 555-0162. — Teresa'",
    [
        ("NAME", "Chávez"),
        ("NAME", "Armando"),
        ("OTHER_ID", "habitación 5120"),
        ("PHONE", "(773) 555-0162"),
        ("NAME", "Teresa"),
    ],
)
p(
    "es",
    "milestone_birthday",
    "Abuelita Consuelo, de 88 años, conoció a su bisnieto Emiliano el domingo desde su cama en el 4 Este. ¡Cuatro generaciones! 👵👶",
    [("NAME", "Consuelo"), ("AGE", "88 años"), ("NAME", "Emiliano"), ("DATE", "domingo")],
)
p(
    "es",
    "patient_story",
    "ÚLTIMO DÍA DE QUIMIO PARA ALEJANDRO!!! 🔔🎉 16 AÑOS Y MÁS FUERTE QUE TODOS NOSOTROS",
    [("NAME", "ALEJANDRO"), ("AGE", "16 AÑOS")],
)
p(
    "es",
    "patient_story",
    "El pequeño Thiago, de 3 años, recibió un corazón nuevo el 2 de febrero gracias a una familia donante anónima. 💚 #DonaVida",
    [("NAME", "Thiago"), ("AGE", "3 años"), ("DATE", "2 de febrero")],
)
p(
    "es",
    "milestone_birthday",
    "Doña Refugio Torres de la Garza (nacida el 12 de octubre de 1924) celebró 101 años con mariachi en el patio del hospital. 🎺",
    [
        ("NAME", "Refugio Torres de la Garza"),
        ("DATE", "12 de octubre de 1924"),
        ("AGE", "101 años"),
    ],
)
p(
    "es",
    "patient_story",
    "Jorge Ibarra, jugador de los Tigres de Oakdale, regresó a la cancha después de su lesión de rodilla en abril. ¡Arriba, Jorge! ⚽",
    [
        ("NAME", "Jorge Ibarra"),
        ("OTHER_ID", "Tigres de Oakdale"),
        ("DATE", "abril"),
        ("NAME", "Jorge", 2),
    ],
)
p(
    "es",
    "discharge",
    "Gracias, Carmencita 💐 Nuestra paciente más consentida del 5 Norte se fue a casa ayer a Villa Esperanza con su nieta Daniela.",
    [("NAME", "Carmencita"), ("DATE", "ayer"), ("GEO", "Villa Esperanza"), ("NAME", "Daniela")],
)
p(
    "es",
    "anonymous_story",
    "la bebé de la cama 14 en neonatos ya pesa 2 kilos!!! 🎉 sus papás lloraron de felicidad",
    [("OTHER_ID", "cama 14")],
    "nameless, bed number",
)
p(
    "es",
    "anonymous_story",
    "Nuestro paciente de 103 años nos dio su consejo para una vida larga: 'frijoles, baile y nada de chismes.' 😄",
    [("AGE", "103 años")],
    "nameless, age over 89",
)
p(
    "es",
    "patient_story",
    "¿Recuerdan a Mariana? Llegó en helicóptero el 4 de julio tras un accidente en la carretera 41 (placa del auto: JKR-7731). Hoy camina otra vez. 💙",
    [("NAME", "Mariana"), ("DATE", "4 de julio"), ("VEHICLE", "JKR-7731")],
)
p(
    "es",
    "patient_story",
    "Doña Lucha y Don Fermín Castañeda celebraron 65 años de casados en la habitación 2208 🥂 Don Fermín, de 90 años, se recupera de neumonía.",
    [
        ("NAME", "Lucha"),
        ("NAME", "Fermín Castañeda"),
        ("NAME", "Fermín", "*"),
        ("OTHER_ID", "habitación 2208"),
        ("AGE", "90 años"),
    ],
    "'65 años de casados' is a duration",
)
p(
    "es",
    "patient_story",
    "Gracias a los compañeros de Empacadora del Valle por donar sangre para su compañero Wilfredo, herido en la planta el lunes. 🩸",
    [("OTHER_ID", "Empacadora del Valle"), ("NAME", "Wilfredo"), ("DATE", "lunes")],
    "employer of the patient",
)

# ---------------------------------------------------------------- Spanish, not patient-specific

n(
    "es",
    "event",
    "Este sábado 14 de junio, de 9 a.m. a 1 p.m., vacunas gratis para niños de 4 a 18 años en 1200 Riverside Ave. Informes: 555-0100.",
    "event, hospital address and phone",
)
n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Rosa María Gutiérrez, de 62 años, se jubila después de 40 años en Riverside Health. ¡Gracias, Rosa! 🌹",
    "staff with age",
)
n(
    "es",
    "sponsor",
    "La familia Garza donó $50,000 para la nueva sala de juegos pediátrica. ¡Gracias por su generosidad!",
    "donor family",
)
n(
    "es",
    "statistic",
    "1 de cada 8 mujeres será diagnosticada con cáncer de mama. Octubre es el Mes de Concientización sobre el Cáncer de Mama. Agende su mamografía: (555) 010-0199.",
    "statistic, hospital phone",
)
n(
    "es",
    "eponymous_condition",
    "¿Qué es la enfermedad de Parkinson? El Dr. Andrés Villalobos explica los síntomas tempranos en nuestro Facebook Live del jueves a las 6 p.m.",
    "eponym, staff, event",
)
n(
    "es",
    "health_tip",
    "Receta saludable: caldo de pollo con verduras 🥕 Ideal para los días fríos. Por nuestra nutrióloga Lucía.",
    "recipe, staff",
)
n(
    "es",
    "recruitment",
    "Feria de empleo: ¡Estamos contratando enfermeras, técnicos y personal de limpieza! Martes 3 de junio, 10 a.m.–2 p.m. riversidehealth.org/empleos",
    "job fair",
)
n(
    "es",
    "anonymous_story",
    "Hoy una paciente muy valiente salió de nuestra UCI después de 60 días. No podemos decir su nombre, pero sí podemos decir: ¡lo logró! 💙",
    "anonymous",
)
n(
    "es",
    "health_tip",
    "El Día Mundial del Corazón es el 29 de septiembre. Los adultos mayores de 65 años deben revisar su presión arterial con regularidad.",
    "awareness day, age bracket",
)
n(
    "es",
    "public_figure",
    "Visita especial: la alcaldesa Patricia Olmos recorrió hoy nuestra nueva unidad de maternidad. ¡Gracias por su apoyo, alcaldesa!",
    "public official",
)
n(
    "es",
    "eponymous_condition",
    "¿Sabías que el síndrome de Down ocurre en aproximadamente 1 de cada 700 nacimientos? Este 21 de marzo, Día Mundial del Síndrome de Down, ¡usa calcetines dispares! 🧦",
    "eponym, awareness day",
)
n(
    "es",
    "crisis_update",
    "Aviso: por la tormenta de nieve, nuestras clínicas de Oakdale y Cedar Falls cerrarán el martes 21 de enero. La sala de emergencias sigue abierta las 24 horas.",
    "closure; clinic towns are the hospital's",
)
n(
    "es",
    "staff_spotlight",
    "Conoce a Esperanza, nuestra perrita de terapia 🐾 Visita la unidad pediátrica los lunes y miércoles.",
    "therapy dog",
)
n(
    "es",
    "staff_spotlight",
    "Felicidades a la Dra. Guadalupe Ríos, nombrada Médica del Año 2025 por la Asociación Médica Estatal. 🏆",
    "staff award",
)
n(
    "es",
    "staff_spotlight",
    "Nuestro voluntario Don Beto, de 80 años, lleva 20 años repartiendo café en la sala de espera. ¡Gracias, Don Beto! ☕",
    "volunteer with title and age",
)
n(
    "es",
    "public_figure",
    "#MesDeLaHerenciaHispana: Hoy recordamos al Dr. Severo Ochoa, Premio Nobel de Medicina en 1959. 🧬",
    "historical figure",
)
n(
    "es",
    "event",
    "Clases gratuitas de preparación para el parto, en español, todos los jueves de 6 a 8 p.m. Inscríbete al 555-0100.",
    "class schedule",
)
n(
    "es",
    "statistic",
    "Esta semana nacieron 42 bebés en Riverside Health. ¡Bienvenidos al mundo, pequeños! 👶",
    "aggregate births",
)
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Crohn y la colitis ulcerosa afectan a más de 3 millones de adultos en EE. UU. Hable con su médico si tiene síntomas.",
    "eponym, statistic",
)
n(
    "es",
    "sponsor",
    "Gracias a Los Tigres del Norte por el concierto benéfico del 5 de mayo a favor de nuestro hospital infantil 🎶",
    "public figures, event date",
)
n(
    "es",
    "research",
    "¿Tienes entre 18 y 45 años? Buscamos voluntarios sanos para un estudio sobre el sueño. Más información: riversidehealth.org/estudios",
    "study recruitment",
)
n(
    "es",
    "health_tip",
    "Un recordatorio de nuestra pediatra, la Dra. Paloma Reyes: los niños menores de 2 años no deben usar pantallas. 📵",
    "staff, age bracket",
)
n(
    "es",
    "event",
    "Día de Muertos: este 2 de noviembre pondremos un altar en el vestíbulo. Las familias pueden traer fotos de sus seres queridos. 🕯️",
    "holiday event",
)
n(
    "es",
    "anonymous_story",
    "Un abuelito de nuestro piso de cardiología nos enseñó a bailar cumbia esta semana. ¡Nuestros enfermeros todavía están practicando! 💃",
    "anonymous, no age",
)


def main():
    random.Random(20250602).shuffle(S.posts)
    S.main("phi_dev2_source")


if __name__ == "__main__":
    main()
