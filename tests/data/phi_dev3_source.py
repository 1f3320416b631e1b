"""Third development set of labelled hospital social-media posts (phi_dev3).

320 posts written by hand, blind to the detector and to the other sets, for an
adult urban academic hospital -- the fictional Calloway University Medical
Center in Columbus, Ohio (trauma, cardiology, transplant, oncology, maternity,
ICU, rehab).  About half the posts are patient-specific; about a quarter are in
Spanish; at least half are X-length (under 280 characters) and the rest are
longer Facebook stories that often name a patient, relatives and staff together.
The hospital's own identifiers are in phi_dev3_org.json.

Labelling conventions (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)):
- patient_specific is true iff the post carries at least one identifier of a
  patient or of a patient's relative, household member or employer.
- Staff, volunteers, donors, board members, public and historical figures, pets,
  the hospital's own phones/addresses/domains/handles and campaign hashtags are
  never labelled -- unless that person is the patient of the post.
- NAME excludes honorifics and kinship words ("Mr.", "Doña", "grandma"); middle
  names, suffixes and quoted nicknames inside a full name are inside the span;
  a hashtag carrying the patient's name is one NAME span; initials are names;
  every occurrence is labelled.
- DATE: named dates, weekdays, months, holidays, clock times and
  "yesterday"/"last night"/"ayer"/"anoche" tied to a patient event (the span
  omits a leading "el"/"on"); publication-relative words (today, this week,
  hoy, "X years ago") and hospital event dates are not labelled; a bare year
  only when it reveals an age over 89.
- AGE: the age expression with its unit words ("7-year-old", "92 years old",
  "8 años", "age 4", "92 y/o"); a bare number when the age is bare ("turns
  100" -> "100"); gestational ages and durations are not ages.
- PHONE, EMAIL, MRN, HEALTH_PLAN, URL: the value only ("MRN 00482913" ->
  "00482913").  GEO: street address, ZIP, or a city/town smaller than a state
  tied to the patient.  OTHER_ID: the room/bed number itself, the patient's (or
  relative's) school or employer, the patient's social handle, trauma aliases.
- Eponymous conditions (Parkinson's, Crohn's, Hodgkin...) are not names.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev3.jsonl"), os.path.join(HERE, "phi_dev3_org.json"), "d3")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# ---------------------------------------------------------------------------
# English, patient-specific, X-length
# ---------------------------------------------------------------------------

p(
    "en",
    "discharge",
    "After 41 days in our Cardiac ICU, Terrence Okafor walked out the front doors on his own two feet this afternoon. Go get 'em, Terrence! 💙 #CallowayStrong",
    [("NAME", "Terrence Okafor"), ("NAME", "Terrence", 2)],
)

p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Mrs. Edna Pruitt, who is recovering on 7 West after hip surgery! 🎂 The nurses brought cake (she says the frosting was "acceptable").',
    [("NAME", "Edna Pruitt"), ("AGE", "100th")],
)

p(
    "en",
    "patient_story",
    "huge shoutout to marcus in bed 14 who finished his first lap around the unit post-LVAD today!! 🚶‍♂️💪",
    [("NAME", "marcus"), ("OTHER_ID", "14")],
    "lower-case patient first name and bed number",
)

p(
    "en",
    "birth_announcement",
    "Please welcome Aurora Skye Bennington, born 3/14/25 at 6:02 a.m., 7 lb 9 oz! Mom Jasmine and dad Theo are over the moon. 🌙 #CallowayBabies",
    [
        ("NAME", "Aurora Skye Bennington"),
        ("DATE", "3/14/25"),
        ("DATE", "6:02 a.m."),
        ("NAME", "Jasmine"),
        ("NAME", "Theo"),
    ],
)

p(
    "en",
    "pasted_record",
    "Pt Rosalind Achterberg, MRN 00482913, consented for the 'new heart, new start' feature — photos later this wk in rm 912. pls confirm w/ daughter 614-555-2198",
    [
        ("NAME", "Rosalind Achterberg"),
        ("MRN", "00482913"),
        ("OTHER_ID", "912"),
        ("PHONE", "614-555-2198"),
    ],
    "internal details pasted into a draft: name, MRN, room, relative's phone",
)

p(
    "en",
    "discharge",
    "Hope is going HOME! 🏠 After a double lung transplant and 63 days with us, our girl Hope Adeyemi-Clarke rang the bell this morning. #TransplantTuesday",
    [("NAME", "Hope", 1), ("NAME", "Hope Adeyemi-Clarke")],
    "name that is also a word; campaign hashtag not labelled",
)

p(
    "en",
    "thank_you",
    "Thank you to the Nakamura family for the lovely card and the mountain of mochi you dropped off for 5 North. Your dad was a joy to care for. 💕",
    [("NAME", "Nakamura")],
    "relatives only: family surname of a former patient",
)

p(
    "en",
    "memorial",
    'Rest easy, Earl "Big Earl" Washington. Born in 1931, a regular in dialysis chair 6 for eleven years, and the best storyteller on the unit. 🕊️',
    [("NAME", 'Earl "Big Earl" Washington'), ("DATE", "1931"), ("OTHER_ID", "6")],
    "birth year reveals age over 89; nickname inside the full name; chair number",
)

p(
    "en",
    "staff_spotlight",
    "Our own charge nurse Danielle Fuentes-Marsh, RN was on the other side of the bed this month — she got her new kidney on Jan 9 and is back home recovering. Love you, Dani! 💚",
    [("NAME", "Danielle Fuentes-Marsh"), ("DATE", "Jan 9"), ("NAME", "Dani")],
    "staff member who became the patient",
)

p(
    "en",
    "discharge",
    "Shoutout to 104-year-old Mr. Clarence who told our PT team he's 'not done dancing yet.' 💃 Cleared for discharge! #RehabWorks",
    [("AGE", "104-year-old"), ("NAME", "Clarence")],
)

p(
    "en",
    "patient_story",
    "our 97 y/o patient just beat me at checkers for the 3rd time today 😂 respect",
    [("AGE", "97 y/o")],
    "age only",
)

p(
    "en",
    "patient_story",
    "Congrats to Summer! After 14 rounds of chemo she rang the bell on 4 East this afternoon. 🔔 #SummerStrong",
    [("NAME", "Summer"), ("NAME", "#SummerStrong")],
    "name that is also a word, plus name hashtag",
)

p(
    "en",
    "birth_announcement",
    "Say hi to Baby Boy Ortiz-Quiñones 👶 born on Christmas Eve at 11:58pm, 2 minutes shy of being a Christmas baby! Congrats Yesenia & Rafa!",
    [
        ("NAME", "Ortiz-Quiñones"),
        ("DATE", "Christmas Eve"),
        ("DATE", "11:58pm"),
        ("NAME", "Yesenia"),
        ("NAME", "Rafa"),
    ],
)

p(
    "en",
    "pasted_record",
    "Reminder for the social team: King's mom asked that we DM her at @kingsmama_ohio before posting his graduation video. Do not tag him by full name.",
    [("NAME", "King"), ("OTHER_ID", "@kingsmama_ohio")],
    "name that is a word; relative's social handle",
)

p(
    "en",
    "patient_story",
    "Five years ago today, firefighters pulled Lt. Ray Dombrowski from a burning warehouse. Today he came back to thank the Level I trauma team that never gave up on him. 🚒❤️",
    [("NAME", "Ray Dombrowski")],
    "patient name; 'five years ago today' is publication-relative",
)

p(
    "en",
    "patient_story",
    "Little reminder that Grandpa Joe is the reason 6 South has the best playlist. Get well soon Joe, we're saving your Sinatra CD for when you're back 🎶",
    [("NAME", "Joe", "*")],
    "kinship word outside the span; Sinatra is a public figure",
)

p(
    "en",
    "pasted_record",
    "📸 Hi team! Family of patient in 5214 says ok to share the wedding photos. bride's email is kellyannmoss@gmail.com if you need the originals.",
    [("OTHER_ID", "5214"), ("EMAIL", "kellyannmoss@gmail.com")],
    "room number and relative's email pasted in",
)

p(
    "en",
    "birth_announcement",
    "Congratulations to Faith and Daniel Mbeki on the arrival of twins Noah and Naomi (5 lb 2 oz + 4 lb 15 oz) on Saturday night! Mom and babies are doing great. 👶👶",
    [
        ("NAME", "Faith"),
        ("NAME", "Daniel Mbeki"),
        ("NAME", "Noah"),
        ("NAME", "Naomi"),
        ("DATE", "Saturday night"),
    ],
)

p(
    "en",
    "patient_story",
    "Ms. Ivy Tran-Harris, 34, from Grove City, wanted everyone to know: 'Get your mammogram. It saved my life.' Thank you for sharing your story, Ivy 💗 #BreastCancerAwareness",
    [("NAME", "Ivy Tran-Harris"), ("AGE", "34"), ("GEO", "Grove City"), ("NAME", "Ivy", 2)],
)

p(
    "en",
    "milestone_birthday",
    "HAPPY BIRTHDAY PEARL!!! 🎉🎉 93 years young and still correcting our grammar on the whiteboard. Room 418 is the place to be today.",
    [("NAME", "PEARL"), ("AGE", "93"), ("OTHER_ID", "418")],
    "all-caps name, age, room",
)

p(
    "en",
    "birth_announcement",
    "last night at 2:14am, our L&D team delivered baby Willa in the back seat of a Honda Civic in the ED bay 😳🚗 Mom, Keturah, says she's naming the car too.",
    [("DATE", "last night"), ("DATE", "2:14am"), ("NAME", "Willa"), ("NAME", "Keturah")],
)

p(
    "en",
    "thank_you",
    'From our inbox 💌 "Please thank the 8th floor nurses who cared for my husband Dev Chaudhary in March. You made the worst month bearable."',
    [("NAME", "Dev Chaudhary"), ("DATE", "March")],
)

p(
    "en",
    "crisis_update",
    "Update for media: the 17-year-old driver injured in Sunday's I-71 crash remains in critical condition. No further details at the family's request.",
    [("AGE", "17-year-old"), ("DATE", "Sunday")],
    "unnamed but identified patient: age and injury date",
)

p(
    "en",
    "patient_story",
    "J.R. is off the vent!!! 🫁 Six weeks of ECMO, two lung infections, and a whole lot of stubborn. Proud of you, kid. #TeamJR",
    [("NAME", "J.R."), ("NAME", "#TeamJR")],
    "initials as name, name hashtag",
)

p(
    "en",
    "patient_story",
    "Welcome back to the 9th floor, Bishop! 👋 (Yes, that's his first name, and yes, he will tell you about it.) Heart cath went smoothly this morning.",
    [("NAME", "Bishop")],
    "name that is also a title/word",
)

p(
    "en",
    "thank_you",
    "Rose Marie Castellano-DiNapoli, thank you for 40 years of Sunday gravy for the ICU night shift — even while your husband Sal was our patient. We'll miss you both. 🍝",
    [("NAME", "Rose Marie Castellano-DiNapoli"), ("NAME", "Sal")],
    "patient's wife and the patient",
)

p(
    "en",
    "pasted_record",
    "Can someone from comms call back Mr. Abernathy's son re: the memorial post? His cell is (380) 555-0419. He'd like his dad's photo removed. Thx",
    [("NAME", "Abernathy"), ("PHONE", "(380) 555-0419")],
)

p(
    "en",
    "patient_story",
    "Our youngest heart transplant recipient this year is 19 and our oldest is 71. 💓 Meet them both at the Heart Walk on Saturday!",
    [("AGE", "19"), ("AGE", "71")],
    "ages of two specific (unnamed) patients; the walk date is a hospital event",
)

p(
    "en",
    "patient_story",
    "Sending love to Coach Darnell Pope of Eastmoor Academy, who is recovering with us after a cardiac arrest on the sidelines Friday. His players made this banner 🏀❤️",
    [("NAME", "Darnell Pope"), ("OTHER_ID", "Eastmoor Academy"), ("DATE", "Friday")],
    "local figure who is the patient: name, employer, event date",
)

p(
    "en",
    "pasted_record",
    "Visitor note: Mrs. Gladys Obuya (DOB 04/22/1938) on 6 East has a new great-grandbaby and would LOVE a card. 💌",
    [("NAME", "Gladys Obuya"), ("DATE", "04/22/1938")],
)

p(
    "en",
    "discharge",
    "Tiny fighter alert 🥊: Mateo was born at 26 weeks and weighed 1 lb 11 oz. Today he goes home with mom Luz at a whopping 6 lbs!",
    [("NAME", "Mateo"), ("NAME", "Luz")],
    "gestational age is not an age",
)

p(
    "en",
    "patient_story",
    "He came in as trauma patient 'Zebra-14' and left as Kwame Asante-Boateng, college sophomore, future engineer. 🎓 Thank you, Kwame, for letting us share your story.",
    [("OTHER_ID", "Zebra-14"), ("NAME", "Kwame Asante-Boateng"), ("NAME", "Kwame", 2)],
    "trauma alias is an identifier",
)

p(
    "en",
    "patient_story",
    "from our NICU grad reunion: 💙 Joy (born 2019 at 23 weeks) now 5, and her brother Caspian, 3. Thanks for coming back to see us, Adebayo family!",
    [("NAME", "Joy"), ("AGE", "5"), ("NAME", "Caspian"), ("AGE", "3"), ("NAME", "Adebayo")],
)

p(
    "en",
    "pasted_record",
    "Pls DON'T post yet — family still notifying. decedent: Harold Vance Jr., exp. 11/02 @ 0341, rm 7-22. Will update.",
    [("NAME", "Harold Vance Jr."), ("DATE", "11/02"), ("DATE", "0341"), ("OTHER_ID", "7-22")],
)

p(
    "en",
    "discharge",
    "Shout-out to Sky, our favorite frequent flyer in the infusion suite, who finished her LAST round of immunotherapy today! 💉➡️🎉",
    [("NAME", "Sky")],
)

p(
    "en",
    "discharge",
    "We're so proud of Officer Tamika Reyes of Columbus PD, discharged today after being shot in the line of duty 11 days ago. Welcome home, Officer Reyes. 🚓💙",
    [("NAME", "Tamika Reyes"), ("NAME", "Reyes", 2), ("OTHER_ID", "Columbus PD")],
    "patient name and employer",
)

p(
    "en",
    "patient_story",
    "Meet Rev. Thaddeus Young III, 88, who preached his Easter sermon from our cardiac rehab gym via Zoom 🙏 'The Lord and my nurses kept me going.'",
    [("NAME", "Thaddeus Young III"), ("AGE", "88"), ("DATE", "Easter")],
)

p(
    "en",
    "discharge",
    "Grace went home! Grace went home! GRACE WENT HOME! 🎉 (sorry, we're a little excited. 89 days in the SICU will do that.)",
    [("NAME", "Grace", "*"), ("NAME", "GRACE")],
)

p(
    "en",
    "patient_story",
    "Nurse Practitioner Leah Goldfarb here: my own dad, Marty Goldfarb, 76, got his TAVR here Tuesday and is already bossing around the PT team. 😂",
    [("NAME", "Marty Goldfarb"), ("AGE", "76"), ("DATE", "Tuesday")],
    "staff member's father is the patient; the staff member is not labelled",
)

p(
    "en",
    "pasted_record",
    "Anyone have the release form for Wanjiru K.? She signed for the survivor video but I can't find it in the drive. Her MRN is 20-448-193.",
    [("NAME", "Wanjiru K."), ("MRN", "20-448-193")],
)

p(
    "en",
    "pasted_record",
    "Quick fyi for whoever's running the holiday card drive: Mr. Pham in 1107 asked for cards in Vietnamese if possible 🇻🇳 his granddaughter's email for pics: linhpham.2001@gmail.com",
    [("NAME", "Pham"), ("OTHER_ID", "1107"), ("EMAIL", "linhpham.2001@gmail.com")],
)

p(
    "en",
    "birth_announcement",
    "Welcome to the world, River James Kowalczyk! Born Feb. 2 — Groundhog Day — at 4:47 p.m. We predict six more weeks of snuggles. 🦫",
    [
        ("NAME", "River James Kowalczyk"),
        ("DATE", "Feb. 2"),
        ("DATE", "Groundhog Day"),
        ("DATE", "4:47 p.m."),
    ],
)

p(
    "en",
    "thank_you",
    "Thank you to Leticia's mom for the 200 knitted chemo caps! Leticia was our patient on 4 East in 2021 and her mom hasn't stopped knitting since. 🧶",
    [("NAME", "Leticia", "*")],
)

p(
    "en",
    "patient_story",
    "#PrayForTyrell 🙏 Our trauma team is still fighting alongside Tyrell and his family. Thank you for all the love in the comments.",
    [("NAME", "#PrayForTyrell"), ("NAME", "Tyrell")],
)

p(
    "en",
    "pasted_record",
    "Can somebody call Analisa's dad back at 614 555 7720 re: the photo release? He's ok with first name only.",
    [("NAME", "Analisa"), ("PHONE", "614 555 7720")],
)

p(
    "en",
    "patient_story",
    "Patient ambassador spotlight ✨ Will Harrington, 2x heart transplant survivor (1999 & 2018), now visits our pre-transplant clinic every Thursday. Will, you're the best.",
    [("NAME", "Will Harrington"), ("NAME", "Will", 2)],
    "name that is a word; transplant years alone are not labelled",
)

p(
    "en",
    "staff_spotlight",
    "IT'S A GIRL!!! 💗 Congrats to our own L&D nurse Brianna Kessler, RN, who delivered baby Harper right here on her home unit on Wednesday!",
    [("NAME", "Brianna Kessler"), ("NAME", "Harper"), ("DATE", "Wednesday")],
    "staff member who is the patient (delivering mother)",
)

p(
    "en",
    "pasted_record",
    "Bed 3 on 5W pls note: Mr. D. Okonkwo-Baptiste's daughter is the contact (Ngozi, 614-555-0863), NOT the son.",
    [
        ("OTHER_ID", "3"),
        ("NAME", "D. Okonkwo-Baptiste"),
        ("NAME", "Ngozi"),
        ("PHONE", "614-555-0863"),
    ],
)

p(
    "en",
    "patient_story",
    "The day Deacon Milo Sandoval was told he'd never walk again was June 12th. Today he walked his daughter down the aisle. 👰🚶 #RehabWorks",
    [("NAME", "Milo Sandoval"), ("DATE", "June 12th")],
)

p(
    "en",
    "patient_story",
    "Say it with us: Ms. Lorraine St. Clair is CANCER FREE. 🎗️🎉 Her oncologist Dr. Yusuf Haddad broke the news on 10/03 and we've been crying happy tears since.",
    [("NAME", "Lorraine St. Clair"), ("DATE", "10/03")],
)

p(
    "en",
    "milestone_birthday",
    "omg the Ferraro-Lindqvist triplets are 1 today 🥹 they spent their first 5 weeks in our NICU. happy birthday Luca, Elsa and Bo!!",
    [
        ("NAME", "Ferraro-Lindqvist"),
        ("AGE", "1"),
        ("NAME", "Luca"),
        ("NAME", "Elsa"),
        ("NAME", "Bo"),
    ],
)

p(
    "en",
    "pasted_record",
    "Lovely note from patient Anand Venkataraman (anand.venkat@outlook.com) — he wants to volunteer once cleared by cardiology. Forwarding to volunteer services!",
    [("NAME", "Anand Venkataraman"), ("EMAIL", "anand.venkat@outlook.com")],
)

p(
    "en",
    "patient_story",
    "to the man in room 622 who sings Motown every morning — the night shift says thank you 😂🎤",
    [("OTHER_ID", "622")],
    "room number only",
)

p(
    "en",
    "patient_story",
    'Honoring Staff Sgt. (Ret.) Albert "Al" Nwosu, 92, a Korean War vet and our patient on 3 North, this #VeteransDay. Thank you for your service, Al. 🇺🇸',
    [("NAME", 'Albert "Al" Nwosu'), ("NAME", "Al", 2), ("AGE", "92")],
)

p(
    "en",
    "patient_story",
    "Transplant anniversary 🫀 Ten years ago on 8/8/15, Rochelle Ng got the call. Her donor's mother, Patrice, came to celebrate with her today.",
    [("DATE", "8/8/15"), ("NAME", "Rochelle Ng"), ("NAME", "Patrice")],
)

p(
    "en",
    "memorial",
    "We'll miss you, Tuesday Mae Holloway. Our longest-serving volunteer became our patient last spring, and passed peacefully on 9 North Thursday surrounded by family. 💐",
    [("NAME", "Tuesday Mae Holloway"), ("DATE", "last spring"), ("DATE", "Thursday")],
    "volunteer who became the patient; first name is a weekday",
)

p(
    "en",
    "milestone_birthday",
    "Psst: patient in 8-14 is 100 today!! Stop by and say happy bday 🎂 (she said we could)",
    [("OTHER_ID", "8-14"), ("AGE", "100")],
)

p(
    "en",
    "thank_you",
    "Thank you, Hernández-Oyelowo family, for the 40 pizzas 🍕 Your mom's ICU nurses are fed and grateful.",
    [("NAME", "Hernández-Oyelowo")],
    "relatives only",
)

p(
    "en",
    "crisis_update",
    "🚑 LifeFlight landed on our helipad at 3:52 this morning with a 24-year-old motorcyclist. He's out of surgery and stable.",
    [("DATE", "3:52"), ("AGE", "24-year-old")],
)

p(
    "en",
    "patient_story",
    "Meet Kenji, 68, who got a new liver in September and then hiked 2 miles with his transplant coordinator on the trail behind campus! 🥾 #DonateLife",
    [("NAME", "Kenji"), ("AGE", "68"), ("DATE", "September")],
)

p(
    "en",
    "patient_story",
    "Missed connection 💔: the daughter of our patient Mr. Ferdinand Osei left her car keys at the 3rd floor nurses' station. Call us at (614) 555-0177 and we'll hold them!",
    [("NAME", "Ferdinand Osei")],
    "hospital main line is not labelled",
)

p(
    "en",
    "pasted_record",
    "Patient feature approved ✅ — Lt. Col. (ret.) Naomi Bright-Eagle, DOB 11/30/1947, HP member ID ZQH448120977, consent on file. Schedule w/ her at nbrighteagle@gmail.com.",
    [
        ("NAME", "Naomi Bright-Eagle"),
        ("DATE", "11/30/1947"),
        ("HEALTH_PLAN", "ZQH448120977"),
        ("EMAIL", "nbrighteagle@gmail.com"),
    ],
)

p(
    "en",
    "patient_story",
    "3 yrs ago Jamal couldn't breathe without a machine. this weekend he ran the Columbus Half Marathon with his lung transplant surgeon cheering at mile 12 🏃‍♂️🫁 #TeamJamal",
    [("NAME", "Jamal"), ("NAME", "#TeamJamal")],
)

p(
    "en",
    "patient_story",
    "Our Wall of Fame just got a new photo: Delphine Aucoin, 29, our 500th kidney transplant recipient (transplanted 6/6/24). 🎉",
    [("NAME", "Delphine Aucoin"), ("AGE", "29"), ("DATE", "6/6/24")],
)

p(
    "en",
    "patient_story",
    "Honey, is that you?? 🍯 Yes — the famous 'Honey' Mae Robichaux, 90, is back on 6 North for a knee replacement and already knows every nurse by name.",
    [("NAME", "Honey", 1), ("NAME", "'Honey' Mae Robichaux"), ("AGE", "90")],
)

p(
    "en",
    "thank_you",
    "the Dubois-Nkemelu crew came back to visit for Papa's 1-year heart-iversary ❤️ (yes we cried)",
    [("NAME", "Dubois-Nkemelu")],
    "family surname only; duration is not an age",
)

p(
    "en",
    "birth_announcement",
    "Welcoming our 2nd set of quadruplets EVER! 👶👶👶👶 Congrats to Ayesha & Omar Siddiqui on Zara, Zain, Zoya and Zayd, born Monday at 30 weeks.",
    [
        ("NAME", "Ayesha"),
        ("NAME", "Omar Siddiqui"),
        ("NAME", "Zara"),
        ("NAME", "Zain"),
        ("NAME", "Zoya"),
        ("NAME", "Zayd"),
        ("DATE", "Monday"),
    ],
)

p(
    "en",
    "staff_spotlight",
    "So many of you asked: yes, Angel is doing great 😇 Our ED security officer Angel Medina-Cruz is home recovering after his appendectomy last Thursday. Miss you at the door, Angel!",
    [("NAME", "Angel Medina-Cruz"), ("NAME", "Angel", "*"), ("DATE", "last Thursday")],
    "staff member who became the patient",
)

p(
    "en",
    "birth_announcement",
    "Meet the baby from last night's storm delivery — officially named Stormy Rain Whitcomb by her very funny parents Cody and Jo. ⛈️💕",
    [("DATE", "last night"), ("NAME", "Stormy Rain Whitcomb"), ("NAME", "Cody"), ("NAME", "Jo")],
)

p(
    "en",
    "pasted_record",
    "Confirmed w/ family: OK to use first name only for Mr. Gutierrez (Bed 22, CVICU) — he goes by 'Tito.' DO NOT use his full name or MRN 8812-0043.",
    [("NAME", "Gutierrez"), ("OTHER_ID", "22"), ("NAME", "Tito"), ("MRN", "8812-0043")],
)

p(
    "en",
    "thank_you",
    "Love this note from a granddaughter: 'My grandma Oluwaseun Adeyinka was on your 7th floor in April and the nurses were angels.' Thank you for sharing! 🙏",
    [("NAME", "Oluwaseun Adeyinka"), ("DATE", "April")],
)

p(
    "en",
    "patient_story",
    "⚡ Lightning survivor ⚡ Golfer Trent Abernathy-Cole, 45, was struck on the 14th hole at Muirfield Village on Saturday. He's now talking, joking, and asking about his scorecard.",
    [("NAME", "Trent Abernathy-Cole"), ("AGE", "45"), ("DATE", "Saturday")],
)

p(
    "en",
    "thank_you",
    "Sharing with permission 💙 'Thank you Dr. Castellanos and team for saving my son Jaylen's life on 9/14.' — Renita B.",
    [("NAME", "Jaylen"), ("DATE", "9/14"), ("NAME", "Renita B.")],
    "patient and relative named; the surgeon is not labelled",
)

p(
    "en",
    "birth_announcement",
    "Big welcome to Baby Young! 👶 Parents Sasha and Devontae Young welcomed little Ezra at 3:33 p.m. Friday. Grandma Bev says he already has the Young family chin.",
    [
        ("NAME", "Devontae Young"),
        ("NAME", "Young", "*"),
        ("NAME", "Sasha"),
        ("NAME", "Ezra"),
        ("DATE", "3:33 p.m."),
        ("DATE", "Friday"),
        ("NAME", "Bev"),
    ],
    "surname that is a word, every occurrence",
)

p(
    "en",
    "pasted_record",
    "Patient & family liaison pls reach out to Mr. Ansel Lindgren's wife Margit (+1 614 555 0831) — she wants copies of the photos from his 90th birthday party on 5W.",
    [("NAME", "Ansel Lindgren"), ("NAME", "Margit"), ("PHONE", "+1 614 555 0831"), ("AGE", "90th")],
)

# ---------------------------------------------------------------------------
# English, patient-specific, Facebook-length stories
# ---------------------------------------------------------------------------

p(
    "en",
    "patient_story",
    "When Darius \"D-Money\" Whitfield came through our trauma bay doors on October 3rd, he had been shot four times. He was 22.\n\nDr. Helen Castellanos and the Level I trauma team worked on him for nine hours. Trauma nurse Keisha Boateng, NP held his mother's hand in the family room the whole night. \"I just kept telling Mrs. Whitfield, he's still fighting,\" Keisha remembers.\n\nSeven surgeries and 58 days later, Darius is walking, talking, and planning to finish his HVAC certificate at Columbus State. His mom, Loretta, says she'll bring the team a sweet potato pie every Thanksgiving for the rest of her life. 🥧\n\nDarius, we're so proud of you. #TraumaSurvivor #CallowayStrong",
    [
        ("NAME", 'Darius "D-Money" Whitfield'),
        ("DATE", "October 3rd"),
        ("AGE", "22"),
        ("NAME", "Whitfield", 2),
        ("NAME", "Darius", "*"),
        ("OTHER_ID", "Columbus State"),
        ("NAME", "Loretta"),
    ],
    "patient, mother and school named alongside staff (staff not labelled)",
)

p(
    "en",
    "birth_announcement",
    "🎉 First baby of 2025! 🎉\n\nAt 12:07 a.m. on New Year's Day, Amara Celeste Idowu-Park made her grand entrance at 7 lbs 4 oz, 20 inches. Parents Chidinma Idowu and Jonathan Park of Hilliard were expecting her on January 9th, but Amara had other plans!\n\n\"She's already running the show,\" laughed Jonathan. Huge thanks to midwife Carmen Ruiz-Tate, CNM and the whole Labor & Delivery team on 4 South.\n\nWelcome to the world, little one! 💕 #NewYearsBaby",
    [
        ("DATE", "12:07 a.m."),
        ("DATE", "New Year's Day"),
        ("NAME", "Amara Celeste Idowu-Park"),
        ("NAME", "Chidinma Idowu"),
        ("NAME", "Jonathan Park"),
        ("GEO", "Hilliard"),
        ("DATE", "January 9th"),
        ("NAME", "Amara", 2),
        ("NAME", "Jonathan", 2),
    ],
)

p(
    "en",
    "memorial",
    'It is with heavy hearts that we share the passing of Bernadette "Bernie" Kowalski-Haynes, who died peacefully on March 2 at the age of 91 in the same hospice suite where she volunteered for 25 years.\n\nBernie knitted more than 3,000 baby hats for our NICU. Her daughters, Colleen and Maureen, asked that we share her favorite saying: "Kindness is free, so spend it everywhere."\n\nA memorial mass will be held at St. Agatha\'s on Saturday at 10 a.m. In lieu of flowers, the family requests donations to the Calloway NICU Family Fund. 🕊️',
    [
        ("NAME", 'Bernadette "Bernie" Kowalski-Haynes'),
        ("DATE", "March 2"),
        ("AGE", "91"),
        ("NAME", "Bernie", 2),
        ("NAME", "Colleen"),
        ("NAME", "Maureen"),
        ("DATE", "Saturday"),
        ("DATE", "10 a.m."),
    ],
    "volunteer who died as a patient; funeral date is tied to the patient",
)

p(
    "en",
    "thank_you",
    "\"I don't remember the ambulance. I don't remember the cath lab. I remember Nurse Oyelaran's voice telling me to squeeze his hand.\"\n\nOn Labor Day weekend, Patrick Brennan-Ostrowski, 54, collapsed while coaching his son's Little League game in Worthington. A bystander in the bleachers started CPR. Our STEMI team had his artery open 41 minutes after he hit our doors.\n\nThis week Patrick came back to cardiac rehab on his own, and he brought his son Declan to meet the team: interventional cardiologist Dr. Anjali Raman, cath lab RN Marcus Oyelaran, and rehab specialist Tom Beaulieu, CEP.\n\nPatrick, keep squeezing those hands. ❤️ #HeartMonth",
    [
        ("DATE", "Labor Day weekend"),
        ("NAME", "Patrick Brennan-Ostrowski"),
        ("AGE", "54"),
        ("GEO", "Worthington"),
        ("NAME", "Patrick", "*"),
        ("NAME", "Declan"),
    ],
)

p(
    "en",
    "pasted_record",
    "Team — draft for Friday's #TransplantTuesday post below, pending family sign-off. DO NOT PUBLISH.\n\n---\nPatient: Yolanda Beaumont-Reyes\nMRN: 0071-3349-2\nDOB: 7/19/1961\nTx date: 2/11/2024 (bilateral lung)\nFamily contact: son Andre, andre.beaumont@icloud.com / 614.555.3307\n---\n\n\"Two years ago I couldn't walk to my mailbox. Last month I walked my first 5K,\" says Yolanda. Our lung transplant team, led by Dr. Tomasz Wierzbicki, couldn't be prouder. 🫁💙",
    [
        ("NAME", "Yolanda Beaumont-Reyes"),
        ("MRN", "0071-3349-2"),
        ("DATE", "7/19/1961"),
        ("DATE", "2/11/2024"),
        ("NAME", "Andre"),
        ("EMAIL", "andre.beaumont@icloud.com"),
        ("PHONE", "614.555.3307"),
        ("NAME", "Yolanda", 2),
    ],
)

p(
    "en",
    "staff_spotlight",
    'Some of you know her as the voice on the overhead pager. For 19 years, Gwendolyn "Gwen" Abara-Stokes has run our operator desk with the calmest voice in Ohio.\n\nIn November, Gwen became our patient when a routine screening found stage II colon cancer. Surgeon Dr. Priya Nandakumar removed the tumor on December 4th, and Gwen finished chemo on Valentine\'s Day with a pink tiara and her husband Curtis by her side.\n\n"I\'ve paged a thousand codes," Gwen told us. "I never thought I\'d be the one in the bed. These people are the real deal."\n\nWelcome back to the desk, Gwen! 📞💗',
    [
        ("NAME", 'Gwendolyn "Gwen" Abara-Stokes'),
        ("NAME", "Gwen", "*"),
        ("DATE", "November"),
        ("DATE", "December 4th"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Curtis"),
    ],
    "employee who became the patient",
)

p(
    "en",
    "milestone_birthday",
    'Y\'all. Mr. Otis Fairweather turned 105 on Sunday. 🎂🎈\n\nOtis was born in 1920 in Greenville, Mississippi, moved to Columbus to work at the rail yard, and has been coming to our cardiology clinic since before most of our staff were born. He\'s had a pacemaker since 1998 and (in his words) "outlasted three of my cardiologists."\n\nHis current cardiologist, Dr. Samuel Oduya, and clinic nurse Bettina Marsh threw him a party with his granddaughter Renée and great-grandson Tariq. Otis\'s birthday wish? "A Buckeyes win and a decent cup of coffee." ☕🏈',
    [
        ("NAME", "Otis Fairweather"),
        ("NAME", "Otis", "*"),
        ("AGE", "105"),
        ("DATE", "Sunday"),
        ("DATE", "1920"),
        ("GEO", "Greenville"),
        ("GEO", "Columbus"),
        ("NAME", "Renée"),
        ("NAME", "Tariq"),
    ],
    "birth year over 89 labelled; pacemaker year alone is not",
)

p(
    "en",
    "patient_story",
    'Day 1: Sepsis. Intubated. Family told to prepare for the worst.\nDay 12: Eyes open.\nDay 19: First words: "Where\'s my dog?"\nDay 34: Home.\n\nAt 39, Priscilla "Cilla" Montgomery-Achebe never expected to spend a month in our Medical ICU. Her wife, Ronnie, slept in the family lounge for 21 nights straight. Her dog Biscuit waited at home with the neighbors.\n\nThis week Cilla came back with Ronnie (and Biscuit!) to thank the MICU team — intensivist Dr. Farouk Al-Sayed, respiratory therapist Jenna Kowal, RRT, and the night nurses who learned all of Biscuit\'s tricks from her photo wall. 🐶💙',
    [
        ("AGE", "39"),
        ("NAME", 'Priscilla "Cilla" Montgomery-Achebe'),
        ("NAME", "Cilla", 2),
        ("NAME", "Ronnie", "*"),
    ],
    "patient and spouse named; the dog and the staff are not labelled",
)

p(
    "en",
    "patient_story",
    "On July 4th, 2023, 19-year-old Brayden Lutz died after a dirt-bike accident near Circleville. His parents, Mark and Tammy Lutz, made the decision to donate his organs.\n\nBrayden's heart went to a father of three in Kentucky. His kidneys went to two women who had waited more than five years. His liver saved a 50-year-old teacher right here at Calloway.\n\nToday, Tammy met that teacher — Ms. Lorna Fitzgibbon — for the first time in our Transplant Center lobby. There wasn't a dry eye in the building, including transplant coordinator Alexis Vuong, RN. 💚 #DonateLife",
    [
        ("DATE", "July 4th, 2023"),
        ("AGE", "19-year-old"),
        ("NAME", "Brayden Lutz"),
        ("GEO", "Circleville"),
        ("NAME", "Mark"),
        ("NAME", "Tammy Lutz"),
        ("NAME", "Brayden", 2),
        ("AGE", "50-year-old"),
        ("NAME", "Tammy", 2),
        ("NAME", "Lorna Fitzgibbon"),
    ],
    "donor, donor's parents and recipient",
)

p(
    "en",
    "discharge",
    'Marisol Vega-Thornton drives a forklift at the Kroger distribution center in Groveport. On May 16th, a pallet rack collapsed on her, crushing her pelvis and both legs.\n\nSix surgeries. Eleven weeks on our inpatient rehab unit. Countless hours with physical therapist Devon Aguirre, DPT and occupational therapist Sunny Park, OTR/L (yes, Sunny is her real name and yes, she is as sunny as it sounds ☀️).\n\nLast Friday, Marisol walked out of rehab with a walker, her two boys, and a plan to get back on that forklift by spring. "Tell everybody at Kroger I\'m coming back," she said. 😄',
    [
        ("NAME", "Marisol Vega-Thornton"),
        ("OTHER_ID", "Kroger", "*"),
        ("GEO", "Groveport"),
        ("DATE", "May 16th"),
        ("DATE", "Last Friday"),
        ("NAME", "Marisol", 2),
    ],
    "patient's employer and its town; staff named Sunny is not labelled",
)

p(
    "en",
    "patient_story",
    'Ding ding ding! 🔔\n\nAfter 6 cycles of chemo and 28 rounds of radiation, Hakeem Farouk-Lewis rang the bell at the Calloway Cancer Institute this morning. His fiancée, Zuri, surprised him by bringing the entire wedding party to the infusion room, all wearing "HAKEEM BEAT HODGKIN" shirts.\n\nHakeem was diagnosed with Hodgkin lymphoma on his 30th birthday. His oncologist Dr. Meredith Kaplan-Shaw says his scans are clear. The wedding is still on! 💍\n\n#HakeemStrong #CancerSurvivor',
    [
        ("NAME", "Hakeem Farouk-Lewis"),
        ("NAME", "Zuri"),
        ("NAME", "HAKEEM"),
        ("NAME", "Hakeem", 2),
        ("AGE", "30th"),
        ("NAME", "#HakeemStrong"),
    ],
    "Hodgkin is an eponymous condition, not a name",
)

p(
    "en",
    "pasted_record",
    "📣 We're looking for patients who'd like to share their story for our 2025 Grateful Patient Calendar! Email stories@callowaymed.org or call our Patient Experience office at 614.555.0150.\n\n(Note to self before posting: follow up with Mrs. Abigail Thornbury re: her photo — her cell is 614-555-9941, MRN 3318840.)",
    [("NAME", "Abigail Thornbury"), ("PHONE", "614-555-9941"), ("MRN", "3318840")],
    "patient details pasted into an otherwise ordinary recruitment post; hospital contacts not labelled",
)

p(
    "en",
    "thank_you",
    "To the Okonjo-Whitaker family: thank you. 💛\n\nFor 47 days, you turned our 10th floor family lounge into a living room. You brought crockpots of jollof rice for the night shift, a karaoke machine for the holidays, and more kindness than we knew what to do with.\n\nYour dad would be so proud of you. We are too.\n\n— The nurses of 10 North",
    [("NAME", "Okonjo-Whitaker")],
    "relatives only, by family surname",
)

p(
    "en",
    "patient_story",
    'Our ED had a very special visitor Tuesday.\n\nEight months ago, 66-year-old Vernon "Pops" Ellery came through our doors in cardiac arrest after collapsing at the Easton Town Center Macy\'s, where he\'s worked as a greeter for twelve years. Emergency physician Dr. Ikechukwu Obi and charge nurse Paula Sandström, RN ran the code. Pops got his pulse back after 27 minutes.\n\nOn Tuesday he walked back in — with a tray of cookies, his wife Dolores, and a framed photo of his new grandson, Vernon III. ❤️ "They gave me this," he said, pointing at the baby. "This is what you saved."',
    [
        ("DATE", "Tuesday", "*"),
        ("AGE", "66-year-old"),
        ("NAME", 'Vernon "Pops" Ellery'),
        ("OTHER_ID", "Easton Town Center Macy's"),
        ("NAME", "Pops", 2),
        ("NAME", "Dolores"),
        ("NAME", "Vernon III"),
    ],
    "patient, employer, wife and grandson",
)

p(
    "en",
    "patient_story",
    "When Destiny Okafor-Lyle's blood pressure spiked at 33 weeks, our Maternal-Fetal Medicine team moved fast. Baby Josiah was delivered by emergency C-section on August 30 at 9:41 p.m., weighing just 3 lb 14 oz.\n\nDestiny spent four days in our ICU with severe preeclampsia. Josiah spent five weeks in the NICU. Her partner, Marcus Lyle, split his time between two floors, two waiting rooms, and one very tired heart.\n\nThis month the family came back for Josiah's 6-month checkup, and Destiny asked us to share one message: \"Know the signs of preeclampsia. Headache, swelling, vision changes — speak up.\" 💜 #PreeclampsiaAwareness\n\nMFM specialist Dr. Rukmini Sastry and NICU nurse Abe Castellanos-Wright, RN, we love you!",
    [
        ("NAME", "Destiny Okafor-Lyle"),
        ("NAME", "Destiny", "*"),
        ("NAME", "Josiah", "*"),
        ("DATE", "August 30"),
        ("DATE", "9:41 p.m."),
        ("NAME", "Marcus Lyle"),
        ("AGE", "6-month"),
    ],
)

p(
    "en",
    "staff_spotlight",
    'Our latest DAISY Award 🌼 goes to Cardiac ICU nurse Tomás Lindqvist, RN!\n\nTomás was nominated by the family of Mr. Reginald Oyewole, who spent three weeks in CVICU after bypass surgery. His daughter Simone wrote: "On the night my father nearly died, Tomás sat with my mother until 4 a.m. and explained every beep. On the night he turned the corner, Tomás was the first one to tell us."\n\nCongratulations, Tomás, and thank you to the Oyewole family for sharing. Nurse manager Felicia Grant-Obi presented the award at this morning\'s huddle.',
    [("NAME", "Reginald Oyewole"), ("NAME", "Simone"), ("DATE", "4 a.m."), ("NAME", "Oyewole", 2)],
    "staff award post that names the patient and his daughter; staff not labelled",
)

p(
    "en",
    "patient_story",
    'He fell 22 feet from a scaffold on a job site on Long Street in January. Today, ironworker Esteban "Teban" Mbatha-Ruiz stood on our rehab gym\'s parallel bars and said, "Put me back to work." 💪\n\nEsteban, 41, works for Buckeye Steel Erectors and has been an ironworker for 18 years. His crew signed a hard hat for him and his wife Leilani hung it over his bed in room 1418.\n\nThank you to trauma surgeon Dr. Ngozi Eze-Hartmann, spine surgeon Dr. Paul Lindahl, and the whole rehab team. #RehabWorks #TraumaSurvivor',
    [
        ("DATE", "January"),
        ("NAME", 'Esteban "Teban" Mbatha-Ruiz'),
        ("NAME", "Esteban", 2),
        ("AGE", "41"),
        ("OTHER_ID", "Buckeye Steel Erectors"),
        ("NAME", "Leilani"),
        ("OTHER_ID", "1418"),
    ],
    "employer and room number; the injury site's street is not the patient's address",
)

p(
    "en",
    "patient_story",
    "BE FAST saved Harold Nguyen-Burke's life. 🧠\n\nOn a Sunday morning in March, his wife Celeste noticed his smile drooping over pancakes. She remembered the BE FAST poster from our lobby — Balance, Eyes, Face, Arms, Speech, Time — and called 911 at 8:17 a.m.\n\nOur stroke team, led by neurologist Dr. Aliyu Bankole, had the clot out by 9:30. Harold, 72, went home four days later with no lasting weakness.\n\nCeleste, you're the real hero here. ❤️ #StrokeAwareness",
    [
        ("NAME", "Harold Nguyen-Burke"),
        ("NAME", "Harold", 2),
        ("DATE", "Sunday morning in March"),
        ("NAME", "Celeste", "*"),
        ("DATE", "8:17 a.m."),
        ("DATE", "9:30"),
        ("AGE", "72"),
    ],
)

p(
    "en",
    "discharge",
    "100 days post transplant!!! 🎉🫀\n\nYou might know her online as @hearts.by.hannah — Hannah Oyelowo-Pratt, 28, documented every single day of her wait for a new heart, from the LVAD to the 2 a.m. phone call on March 19 to her first steps on 8 North.\n\nToday she hit the 100-day milestone, and her mom Adaeze and sister Chioma brought cupcakes for the entire transplant clinic. Heart failure cardiologist Dr. Benjamin Osei-Tutu and coordinator Rachel Frankel, RN say her biopsies look perfect.\n\nFollow her journey (she said we could share!) and please, register as an organ donor. 💚",
    [
        ("OTHER_ID", "@hearts.by.hannah"),
        ("NAME", "Hannah Oyelowo-Pratt"),
        ("AGE", "28"),
        ("DATE", "2 a.m."),
        ("DATE", "March 19"),
        ("NAME", "Adaeze"),
        ("NAME", "Chioma"),
    ],
    "patient's social handle is an identifier",
)

p(
    "en",
    "patient_story",
    'A wedding in the ICU 💍\n\nGeorge Papadakis and Wanda Lee-Papadakis have been married 51 years. But George always regretted that they had a courthouse wedding, with no music and no cake. When George was admitted to our Cardiac ICU with heart failure, Wanda had an idea.\n\nOn Saturday afternoon, chaplain Rev. Denise Holloway-Grant renewed their vows at George\'s bedside. Nurse Imani Sutton, RN baked the cake, and their grandson Nikos played "Unchained Melody" on his violin.\n\n"Fifty-one years and he still cried," Wanda told us. Congratulations, you two! 💕',
    [
        ("NAME", "George Papadakis"),
        ("NAME", "Wanda Lee-Papadakis"),
        ("NAME", "George", "*"),
        ("NAME", "Wanda", "*"),
        ("DATE", "Saturday afternoon"),
        ("NAME", "Nikos"),
    ],
    "chaplain and nurse are staff; patient, wife and grandson labelled",
)

p(
    "en",
    "pasted_record",
    "FYI social team — here's the info from the family for the GoFundMe share. Please double check before we link it:\n\nPt: Keanu Pahinui, 31\nRm: CVICU 12\nFundraiser: gofundme.com/f/keanu-heart-journey\nMom (Malia) cell: 808-555-0193\nEmail: malia.pahinui@gmail.com\n\nWe usually don't share fundraisers, but his mom flew in from Hilo and has asked for help with lodging. Let's talk at 2.",
    [
        ("NAME", "Keanu Pahinui"),
        ("AGE", "31"),
        ("OTHER_ID", "12"),
        ("URL", "gofundme.com/f/keanu-heart-journey"),
        ("NAME", "Malia"),
        ("PHONE", "808-555-0193"),
        ("EMAIL", "malia.pahinui@gmail.com"),
        ("GEO", "Hilo"),
    ],
)

p(
    "en",
    "milestone_birthday",
    'Two sisters, one floor, one birthday. 🎂🎂\n\nTwins Dorothy Kessinger and Ruth Ann Pulaski turned 94 on Wednesday — both of them on our orthopedic unit, in rooms right across the hall from each other, after Dorothy broke her hip and Ruth Ann, not to be outdone, broke hers a week later. 🙄\n\nTheir nurses, led by charge nurse Omar Haddad-Shields, RN, wheeled them together for a party with their children Linda, Ray and Patty. "She always has to copy me," Dorothy said. "I was born first," Ruth Ann replied. "Nine minutes."',
    [
        ("NAME", "Dorothy Kessinger"),
        ("NAME", "Ruth Ann Pulaski"),
        ("AGE", "94"),
        ("DATE", "Wednesday"),
        ("NAME", "Dorothy", "*"),
        ("NAME", "Ruth Ann", "*"),
        ("NAME", "Linda"),
        ("NAME", "Ray"),
        ("NAME", "Patty"),
    ],
)

p(
    "en",
    "patient_story",
    'Meet the brothers who share more than a last name. 🧬\n\nWhen Hassan Abdi-Warsame, 44, needed a stem cell transplant for acute myeloid leukemia, his little brother Yusuf flew in from Minneapolis to be tested. A perfect match.\n\nYusuf\'s cells were collected on June 2nd and infused into Hassan the next morning at 10:15. Today Hassan is in remission, and the brothers came back to thank Dr. Carolyn Mwangi and the Blood & Marrow Transplant team on 11 West. "He\'s always been taking my stuff," Hassan joked. "This time I asked."\n\n#BeTheMatch',
    [
        ("NAME", "Hassan Abdi-Warsame"),
        ("NAME", "Hassan", "*"),
        ("AGE", "44"),
        ("NAME", "Yusuf", "*"),
        ("DATE", "June 2nd"),
        ("DATE", "10:15"),
    ],
)

p(
    "en",
    "memorial",
    'Jerome Whitlock-Baines was 36, a husband, a father of three, and a youth football coach at Linden-McKinley High School. He died on 9 North on April 11th after a long fight with sickle cell disease.\n\nJerome spent a lot of time with us — more than 60 admissions over the years — and he knew our nurses by their first names, their kids\' names, and their coffee orders. His wife Tanisha asked us to share that he "never once complained about the needles, only about the Browns."\n\nOur sickle cell team, including Dr. Oluwaseyi Bamidele and nurse navigator Kira Jablonski, RN, will hold a moment of silence at noon Friday. Rest easy, Coach. 🏈🕊️',
    [
        ("NAME", "Jerome Whitlock-Baines"),
        ("NAME", "Jerome", 2),
        ("AGE", "36"),
        ("OTHER_ID", "Linden-McKinley High School"),
        ("DATE", "April 11th"),
        ("NAME", "Tanisha"),
    ],
    "patient's employer; the staff memorial moment is a hospital event, not labelled",
)

p(
    "en",
    "thank_you",
    'THIS is why we do what we do. 🥹\n\nLast spring, Colette Brassard-Oyinlola was a 30-year-old bride-to-be with a brain tumor. Neurosurgeon Dr. Viktor Halvorsen removed it on April 22, and neuro-oncology nurse practitioner Gloria Estévez, NP walked her through six weeks of radiation.\n\nOn Saturday, Colette married her fiancé Benoît in Cincinnati — and she sent us this photo of her bouquet, with a ribbon that says "Calloway 4 West." Her mother, Hélène, wrote: "You gave us our daughter back for the best day of her life."\n\nWe\'re framing this one. 💐',
    [
        ("DATE", "Last spring"),
        ("NAME", "Colette Brassard-Oyinlola"),
        ("NAME", "Colette", 2),
        ("AGE", "30-year-old"),
        ("DATE", "April 22"),
        ("NAME", "Benoît"),
        ("NAME", "Hélène"),
    ],
    "'Last spring' dates the diagnosis; the wedding date is not a care event",
)

p(
    "en",
    "patient_story",
    "If you've been to our cardiac rehab gym, you've met Wilhelmina \"Billie\" Oduya-Frost. She's the one on the rowing machine yelling at everyone to keep up.\n\nBillie had a heart attack at 58, triple bypass at 59, and now, at 63, holds the unofficial rehab record for most consecutive sessions: 212. Exercise physiologist Jordan Whitaker-Lee says she has outlasted \"four of my interns and one treadmill.\"\n\nOn Thursday Billie's grandkids, Kofi and Ama, surprised her with a cake shaped like a dumbbell. 🏋️‍♀️ Keep rowing, Billie!",
    [
        ("NAME", 'Wilhelmina "Billie" Oduya-Frost'),
        ("NAME", "Billie", "*"),
        ("AGE", "58"),
        ("AGE", "59"),
        ("AGE", "63"),
        ("DATE", "Thursday"),
        ("NAME", "Kofi"),
        ("NAME", "Ama"),
    ],
    "several ages of the same patient",
)

p(
    "en",
    "patient_story",
    "Road warrior story 🚛 This one is about Joaquín Delacroix, who came to us on a snowy night in February after a semi truck jackknifed on I-270.\n\nJoaquín, a long-haul driver for Werner, spent 23 days in our trauma ICU. His daughter Isabela read him Harry Potter every night on FaceTime from her dorm at Ohio University. Trauma ICU nurses Kelsey Ambrose, RN and Tom Nakashima, RN say they now know far too much about Hufflepuff.\n\nJoaquín goes home to Zanesville this weekend. Drive safe, friend. 🚛",
    [
        ("NAME", "Joaquín Delacroix"),
        ("NAME", "Joaquín", "*"),
        ("DATE", "February"),
        ("OTHER_ID", "Werner"),
        ("NAME", "Isabela"),
        ("OTHER_ID", "Ohio University"),
        ("GEO", "Zanesville"),
    ],
    "employer of the patient and school of his daughter; Harry Potter is fiction",
)

p(
    "en",
    "patient_story",
    "Meet the Calloway Heart Failure Clinic's newest graduate: Mr. Augustin Mbeki-Laurent, 67, of 1140 Oak Hollow Dr, Reynoldsburg, OH 43068. 🎓\n\n...okay, our social media intern got a little too excited copying from the welcome packet — we've since fixed it on our other channels! But the graduation was real: after 14 months of therapy, Augustin's ejection fraction went from 15% to 45%, and his cardiologist Dr. Nadia Petrosyan says he no longer needs an ICD.\n\nHis son Émile brought the whole clinic croissants. 🥐",
    [
        ("NAME", "Augustin Mbeki-Laurent"),
        ("AGE", "67"),
        ("GEO", "1140 Oak Hollow Dr"),
        ("GEO", "Reynoldsburg"),
        ("GEO", "43068"),
        ("NAME", "Augustin", 2),
        ("NAME", "Émile"),
    ],
    "patient's street address, town and ZIP pasted in",
)

p(
    "en",
    "patient_story",
    "\"I'm a nurse. I know better.\" 🫀\n\nThat's what Mariah Dunleavy-Osei, RN, one of our own cardiac step-down nurses, kept telling herself the week she ignored her jaw pain and fatigue. On Monday, October 21, she collapsed in the break room at 3:40 a.m. Her coworkers, led by charge nurse Andre St. Hilaire, RN, called a code on one of their own.\n\nMariah had a SCAD — a spontaneous coronary artery dissection — at 37. Today she's back on the unit in a new role: teaching our women's heart classes. Her husband Kwesi and son Eli made the sign on her locker. 💗 #GoRedForWomen",
    [
        ("NAME", "Mariah Dunleavy-Osei"),
        ("NAME", "Mariah", 2),
        ("DATE", "Monday, October 21"),
        ("DATE", "3:40 a.m."),
        ("AGE", "37"),
        ("NAME", "Kwesi"),
        ("NAME", "Eli"),
    ],
    "staff member who became the patient; colleague not labelled",
)

p(
    "en",
    "thank_you",
    "Thank-you notes don't get much better than this one. 💌\n\n\"Dear 6 East,\nOn November 17th you took care of my father, Bohdan Kravchenko, during his last night. He was 89 years old and had been through a war, two countries and three heart attacks. You held his hand when I couldn't get there from Chicago in time. Nurse Jessamyn and Dr. Abiodun — I will never forget you.\nWith love, Oksana Kravchenko-Reid\"\n\nOksana, thank you. We will never forget him either. 🕯️",
    [
        ("DATE", "November 17th"),
        ("NAME", "Bohdan Kravchenko"),
        ("AGE", "89 years old"),
        ("NAME", "Oksana Kravchenko-Reid"),
        ("NAME", "Oksana", 2),
    ],
    "letter from daughter naming the late patient; staff first names not labelled",
)

p(
    "en",
    "patient_story",
    'Long post, grab a coffee ☕\n\nThis week our Nurses Week committee asked staff to share a patient who changed them. We got 140 answers. Most were anonymous — a man who taught a new grad to play cribbage, a mother who sang to every baby in the NICU, a teenager who gave his pudding cups to the nurse who looked tired.\n\nBut one name came up again and again: Mrs. Constance Ocampo, who was on 7 West for most of last year and made 31 nurses a crocheted owl. Nurse educator Rhiannon Blaylock, MSN, said Mrs. Ocampo "taught more new grads about dignity than our entire orientation."\n\nThank you to every nurse who shared — Dana, Kofi, Esperanza, Miguel, Trish, and so many more. Happy #NursesWeek. 💙',
    [("NAME", "Constance Ocampo"), ("NAME", "Ocampo", 2)],
    "long staff post in which the only patient is named (surname twice); staff names not labelled",
)

p(
    "en",
    "patient_story",
    'Big news from the cath lab! 🎉\n\nOur new $6.2 million hybrid cardiovascular suite is officially open, thanks to the generosity of the Hargrove Family Foundation and more than 900 community donors. Board chair Lillian Hargrove cut the ribbon with CEO Patricia Whitcombe-Hale and chief of cardiology Dr. Emmanuel Adeyemi.\n\nThe very first patient treated in the new suite was 81-year-old Sister Mary Benedicta Flynn, a retired Catholic school principal, who received a TAVR and was walking the halls by dinner. "I prayed for the donors," she said. "Then I took a nap."',
    [("AGE", "81-year-old"), ("NAME", "Mary Benedicta Flynn")],
    "donors, board chair, CEO and physicians not labelled; the one patient is",
)

p(
    "en",
    "thank_you",
    'Volunteer spotlight 🌟\n\nEvery Tuesday and Thursday for the past 15 years, Margarethe Vos has staffed our ALS clinic\'s front desk. She says she started because of her husband, Pieter, who was treated here for Lou Gehrig\'s disease until he passed in 2009.\n\n"Pieter loved this clinic. The least I can do is say hello to the people who come through the door." Clinic director Dr. Samira Toure-Gallagher calls Margarethe "the heart of our team." Thank you, Margarethe! 💐',
    [("NAME", "Pieter", "*")],
    "volunteer spotlight: the volunteer is not labelled, but her late husband was a patient and is",
)

p(
    "en",
    "patient_story",
    "when i tell you this man is a LEGEND 😂 chester (he insists on lowercase, it's a whole thing) has been our patient on 5 south for 3 weeks and has taught half the unit to play spades. today he went home with a new hip and $14 of our nurses' money. we'll get you next time, chester.",
    [("NAME", "chester", "*")],
    "lower-case name, twice",
)

p(
    "en",
    "patient_story",
    'Shoutout to Jean-Baptiste "JB" Ouattara, 52, the Uber driver who drove himself to our ED mid-shift with chest pain, parked, walked in, and said "I think I\'m having a heart attack" — and was right. 🚗❤️\n\nJB got two stents in our cath lab 38 minutes later. His wife Aminata and daughter Fatou brought the team attiéké and grilled fish to say thank you on Sunday. Cath lab tech Brent Horvath, RCIS, says it\'s the best thing he\'s ever eaten at work.',
    [
        ("NAME", 'Jean-Baptiste "JB" Ouattara'),
        ("NAME", "JB", 2),
        ("AGE", "52"),
        ("OTHER_ID", "Uber"),
        ("NAME", "Aminata"),
        ("NAME", "Fatou"),
    ],
    "patient's employer; the thank-you visit date is not a care event",
)

p(
    "en",
    "anonymous_story",
    "A patient delivered her baby in our main lobby elevator yesterday at 4:55 p.m. 🛗👶 Security officer Lamar Fitch and two L&D nurses who happened to be on board got mom and baby to 4 South in record time. Everyone is healthy!",
    [("DATE", "yesterday"), ("DATE", "4:55 p.m.")],
    "unnamed patient, but the birth date and time are identifiers",
)

p(
    "en",
    "patient_story",
    'Forty years after she first worked here as a candy striper, Mrs. Beatriz "Bea" Albuquerque-Stanton came back to Calloway — this time as our patient, for a kidney transplant on August 8.\n\nHer donor? Her niece, Paloma, who drove up from Chillicothe and told no one until the match came back. Transplant surgeon Dr. Rashid Kamau and living-donor coordinator Brooke Jessup, RN say both are recovering beautifully.\n\n"I used to deliver flowers to these rooms," Bea said from room 1022. "Now I get them." 🌷',
    [
        ("NAME", 'Beatriz "Bea" Albuquerque-Stanton'),
        ("NAME", "Bea", 2),
        ("DATE", "August 8"),
        ("NAME", "Paloma"),
        ("GEO", "Chillicothe"),
        ("OTHER_ID", "1022"),
    ],
    "former volunteer who became the patient; living donor relative and her town",
)

p(
    "en",
    "discharge",
    "76 days. 2 lungs. 1 very determined grandmother. 🫁\n\nMs. Evangeline Toussaint-Boyd, age 70, went home Friday after a double lung transplant for pulmonary fibrosis. Her grandson Marcel set up a playlist for her discharge walk (Earth, Wind & Fire, obviously) and the 8 North staff lined the hallway.\n\nIf you want to send Ms. Evangeline a card, her family asked that you mail it to our Transplant Center and we'll pass it on. 💌",
    [
        ("NAME", "Evangeline Toussaint-Boyd"),
        ("AGE", "age 70"),
        ("DATE", "Friday"),
        ("NAME", "Marcel"),
        ("NAME", "Evangeline", 2),
    ],
    "Earth, Wind & Fire is a band, not a person",
)

p(
    "en",
    "crisis_update",
    "UPDATE 6:30 PM: Calloway received 9 patients from this afternoon's bus crash on SR-315. Four remain in serious condition.\n\nThe driver, identified by Columbus Police as Russell Tate, 58, of Westerville, is in critical condition in our Trauma ICU. Families looking for loved ones should call our Family Information Center at 614-555-0123. We will not release further patient details.",
    [("NAME", "Russell Tate"), ("AGE", "58"), ("GEO", "Westerville")],
    "crisis update with counts that also names one patient; hospital number not labelled",
)

p(
    "en",
    "patient_story",
    "What does 100 look like? 💯\n\nIt looks like Mrs. Mabel Oyenusi-Harper, who turned 100 on Christmas Day while recovering from pneumonia on our medical floor. It looks like her five children, 14 grandchildren, and 9 great-grandchildren packing the 6 West family lounge (sorry, fire marshal). It looks like her son Kunle, 74, doing the electric slide with nurse manager Bridget O'Rourke-Chan.\n\nHappy birthday, Mama Mabel. 🎂",
    [
        ("NAME", "Mabel Oyenusi-Harper"),
        ("AGE", "100", "*"),
        ("DATE", "Christmas Day"),
        ("NAME", "Kunle"),
        ("AGE", "74"),
        ("NAME", "Mabel", 2),
    ],
    "both 100s are her age; relative's age is also labelled",
)

p(
    "en",
    "pasted_record",
    'hey can someone post this to the story? the family asked 🙏\n\n"Please keep Ebony Sterling-Wade (rm 5-31) in your prayers. She\'s fighting hard after her surgery on 3/2. Updates at caringbridge.org/visit/ebonysterlingwade — Love, Aunt Trish"',
    [
        ("NAME", "Ebony Sterling-Wade"),
        ("OTHER_ID", "5-31"),
        ("DATE", "3/2"),
        ("URL", "caringbridge.org/visit/ebonysterlingwade"),
        ("NAME", "Trish"),
    ],
    "family message pasted in: name, room, surgery date, personal page",
)

p(
    "en",
    "pasted_record",
    "Heads up for Monday's post: Mr. Lucius Amankwah-Reed's daughter Pamela wants to approve the wording first. pamela.reed.1975@yahoo.com / 614-555-4410. MRN for the consent form: 00917245.",
    [
        ("NAME", "Lucius Amankwah-Reed"),
        ("NAME", "Pamela"),
        ("EMAIL", "pamela.reed.1975@yahoo.com"),
        ("PHONE", "614-555-4410"),
        ("MRN", "00917245"),
    ],
)

p(
    "en",
    "pasted_record",
    "@ whoever made the ICU survivor reel — pls blur the whiteboard at 0:14, it shows 'Pt: Marguerite Ansah DOB 2/9/52 MRN E4471029' 😬",
    [("NAME", "Marguerite Ansah"), ("DATE", "2/9/52"), ("MRN", "E4471029")],
    "identifiers visible in a video, quoted in the post; 0:14 is a video timestamp",
)

p(
    "en",
    "patient_story",
    "Re-posting for a family: if you were at the Polaris Fashion Place food court Sat. around 1pm and helped a man named Dmitri who collapsed — his wife Svetlana wants to thank you. svetlana.k.volkova@mail.com 🙏",
    [
        ("DATE", "Sat."),
        ("DATE", "1pm"),
        ("NAME", "Dmitri"),
        ("NAME", "Svetlana"),
        ("EMAIL", "svetlana.k.volkova@mail.com"),
    ],
)

p(
    "en",
    "pasted_record",
    "transplant team: the kidney pt asking about the mentor program is Oyebanji, Tunde — MR# 55-10-293. his email is tunde.oyebanji@protonmail.com if peer support wants to reach out",
    [("NAME", "Oyebanji, Tunde"), ("MRN", "55-10-293"), ("EMAIL", "tunde.oyebanji@protonmail.com")],
    "surname-first name, MRN and email pasted in",
)

p(
    "en",
    "thank_you",
    "Text from a patient's wife, shared w/ permission 💬 'Tell the 4am nurse on 9S, Kelechi, that Reuben finally slept. You're a gift.' — we'll make sure she sees this, Mrs. Abramowitz!",
    [("NAME", "Reuben"), ("NAME", "Abramowitz")],
    "nurse Kelechi is staff; patient and wife labelled",
)

p(
    "en",
    "pasted_record",
    "Heart Month swag bag winner is patient Celestine Moreau! 🎉 Celestine, please call our Patient Experience office at 614.555.0150 — we tried you at 740-555-0128 and got voicemail 📦",
    [("NAME", "Celestine Moreau"), ("NAME", "Celestine", 2), ("PHONE", "740-555-0128")],
    "patient's phone labelled; hospital office number is not",
)

p(
    "en",
    "thank_you",
    "Photo day 📸 with the Vasquez-Holt family, who stopped by to thank the billing team for working out a payment plan 😅 (internal: acct 88301-772, pls crop the statement out of pic 3)",
    [("NAME", "Vasquez-Holt"), ("ACCOUNT", "88301-772")],
)

p(
    "en",
    "patient_story",
    "Our device rep asked us to share: LVAD patient Orrin Blackfeather's pump (SN HM3-448120) just hit 5 years of flawless function! 🎉 Orrin says he named it 'Thumper.'",
    [("NAME", "Orrin Blackfeather"), ("DEVICE", "HM3-448120"), ("NAME", "Orrin", 2)],
)

# ---------------------------------------------------------------------------
# English, not patient-specific, X-length
# ---------------------------------------------------------------------------

n(
    "en",
    "staff_spotlight",
    "Please join us in congratulating Dr. Anjali Raman, our new Chief of Interventional Cardiology! 🎉 Dr. Raman trained at Johns Hopkins and has been with Calloway since 2011.",
    "staff physician with title",
)

n(
    "en",
    "staff_spotlight",
    "Meet Marcus Oyelaran, RN, BSN, CCRN — cath lab nurse, marathon runner, and dad of three. Marcus has been part of our STEMI team for 9 years. 💙 #NursesWeek",
    "staff nurse; campaign hashtag",
)

n(
    "en",
    "staff_spotlight",
    "Happy retirement, Dr. Francine Albrecht! 32 years of cardiothoracic surgery, more than 6,000 operations, and one legendary mustache-shaped cake at her party today. 🎂",
    "retiring surgeon",
)

n(
    "en",
    "staff_spotlight",
    "Welcome Keisha Boateng, MSN, APRN, ACNP-BC to our Trauma Surgery team! Keisha joins us from Grady in Atlanta. 👋",
    "new staff nurse practitioner",
)

n(
    "en",
    "staff_spotlight",
    "Shoutout to nurse manager Rosa Delgado-Pike, who just earned her DNP! Dr. Delgado-Pike, we are so proud. 🎓",
    "staff achievement",
)

n(
    "en",
    "staff_spotlight",
    "Our CEO Patricia Whitcombe-Hale spent Thursday night shadowing the 7 West night shift. Her review: 'I need a nap and a raise for all of you.' 😂",
    "CEO; the weekday is her shadowing shift, not a patient event",
)

n(
    "en",
    "staff_spotlight",
    "Meet Luis Ferreira, PA-C! Luis works in our transplant clinic and makes the best pão de queijo on the 11th floor. #PAWeek",
    "staff physician assistant",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to Grace Liu, PharmD, named Pharmacist of the Year by the Ohio Society of Health-System Pharmacists! 💊",
    "staff pharmacist whose first name is a word",
)

n(
    "en",
    "staff_spotlight",
    "Will Okonkwo, RRT has been a respiratory therapist at Calloway for 25 years today. Will, thank you for every breath. 🫁 #RTWeek",
    "staff therapist whose first name is a word",
)

n(
    "en",
    "event",
    "Chaplain Rev. Denise Holloway-Grant leads our interfaith Blessing of the Hands at 7 a.m. and 7 p.m. Wednesday in the main chapel. All staff welcome. 🙏",
    "staff chaplain; event times",
)

n(
    "en",
    "staff_spotlight",
    "Our Environmental Services team is the backbone of this place. Big thanks to supervisor Hope Anyanwu and her crew, who turned over 212 rooms yesterday during the surge! 🧹",
    "staff name that is a word; 'yesterday' is not a patient event",
)

n(
    "en",
    "event",
    "Dr. Yusuf Haddad, medical oncologist at @CallowayCancer, will answer your questions about colorectal cancer screening LIVE on Facebook Thursday at noon. Drop your questions below! 👇",
    "staff physician, hospital handle, event time",
)

n(
    "en",
    "sponsor",
    "THANK YOU to the Hargrove Family Foundation for its $2 million gift to our Cardiac Rehab expansion! ❤️ Lillian and Thomas Hargrove have supported Calloway for over 30 years.",
    "donors by name",
)

n(
    "en",
    "thank_you",
    "Volunteer of the month: Stanley 'Stan' Feld, 81, has pushed the book cart through our halls every Monday since 2004. Thanks Stan! 📚",
    "volunteer (not a patient) with an age; volunteers are never labelled",
)

n(
    "en",
    "sponsor",
    "Huge thanks to the Columbus Blue Jackets Foundation for donating 300 teddy bears to our Maternity unit! 🐻🏒",
    "sports team foundation donation",
)

n(
    "en",
    "sponsor",
    "Our 2025 Gala raised $1.4 million for the Calloway Cancer Institute! Thank you to presenting sponsor Huntington, emcee Jenna Ortiz of NBC4, and honorary chairs Drs. Ray and Anita Kulkarni. ✨",
    "sponsor, TV host and honorary chairs",
)

n(
    "en",
    "thank_you",
    "Girl Scout Troop 4418 delivered 600 boxes of cookies to our night shift. 🍪 Troop leader Amanda Birch, you're a hero.",
    "community donor by name",
)

n(
    "en",
    "staff_spotlight",
    "Meet our therapy dog team! 🐾 Duke, a 7-year-old golden retriever, and his handler Carol Ainsworth visit 6 North every Wednesday.",
    "therapy animal's age and volunteer handler are not PHI",
)

n(
    "en",
    "public_figure",
    "Happy birthday to Florence Nightingale, born May 12, 1820! 🕯️ Her data-driven approach to sanitation still shapes how we care for patients today. #NursesWeek",
    "historical figure's birth date",
)

n(
    "en",
    "public_figure",
    "70 years ago, Jonas Salk's polio vaccine was declared safe and effective. Today our adult immunization clinic still gives polio boosters to travelers. 💉",
    "historical figure",
)

n(
    "en",
    "public_figure",
    "Thank you, Gov. Ellen Brightwater, for visiting our new Level I Trauma Center today and meeting the staff who keep Central Ohio safe. 🏥",
    "governor visiting",
)

n(
    "en",
    "public_figure",
    "Buckeyes running back DeShawn Atterbury and linebacker Cole Matthiessen surprised our 10 West patients with signed footballs this afternoon! 🏈 O-H!",
    "visiting athletes; patients unnamed",
)

n(
    "en",
    "public_figure",
    "On this day in 1967, Dr. Christiaan Barnard performed the world's first human heart transplant in Cape Town. Today Calloway performs 60+ heart transplants a year. 🫀",
    "historical figure and date",
)

n(
    "en",
    "public_figure",
    '"Of all the forms of inequality, injustice in health is the most shocking and the most inhuman." — Dr. Martin Luther King Jr. #MLKDay',
    "public figure quote",
)

n(
    "en",
    "public_figure",
    "Fun fact: our hospital is named for Dr. Eliza Calloway (1851–1919), one of Ohio's first women surgeons. 🩺 #WomensHistoryMonth",
    "historical founder with life dates",
)

n(
    "en",
    "public_figure",
    "Country star Kellie Dawn Rivers stopped by our cancer center to sing for infusion patients and staff. 🎤🎸 Thank you, Kellie!",
    "visiting celebrity, not a patient",
)

n(
    "en",
    "eponymous_condition",
    "April is #ParkinsonsAwarenessMonth. Early signs of Parkinson's include tremor, small handwriting, and loss of smell. Talk to your doctor. 🧠",
    "eponymous condition",
)

n(
    "en",
    "eponymous_condition",
    "Crohn's disease and ulcerative colitis affect 3 million Americans. Our IBD Center offers same-week appointments. #IBDAwareness",
    "eponymous condition",
)

n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers: join our free support group, 2nd Tuesday of each month, 6 p.m., Conference Room B. ☕",
    "eponymous condition; recurring event",
)

n(
    "en",
    "eponymous_condition",
    "What's the difference between Hodgkin and non-Hodgkin lymphoma? Our hematologist Dr. Carolyn Mwangi explains in 60 seconds ⬇️",
    "eponymous condition; staff physician",
)

n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, thyroid nodules — our endocrinology team sees them all. Book at callowaymed.org/endo 🦋",
    "eponymous conditions; hospital domain",
)

n(
    "en",
    "eponymous_condition",
    "Down syndrome is not a disease to outgrow — adults with Down syndrome deserve expert primary care. Our Adult Down Syndrome Clinic now accepts new patients. 💛💙 #WorldDownSyndromeDay",
    "eponymous condition",
)

n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) walk this Saturday! Team Calloway is 200 strong. 💪 #ALSAwareness",
    "eponymous condition; event date",
)

n(
    "en",
    "eponymous_condition",
    "Cushing's syndrome, Addison's disease, Tourette syndrome, Bell's palsy — what do they have in common? They're all named after doctors. 🤓 #MedicalHistory",
    "eponymous conditions",
)

n(
    "en",
    "event",
    "🩸 Blood drive TOMORROW! 7 a.m.–3 p.m., Calloway Conference Center, 2200 Meridian Parkway. Walk-ins welcome, free T-shirt while supplies last.",
    "hospital event and address",
)

n(
    "en",
    "event",
    "Free flu shots for adults 18+ this Saturday, Oct. 12, 9 a.m.–1 p.m. in the Larch St garage. No appointment needed! 💉",
    "hospital event date; general age threshold",
)

n(
    "en",
    "event",
    "Join us for the Heart Walk 5K on Sunday, Sept. 21 at Genoa Park! Registration opens at 7:30 a.m. ❤️🏃‍♀️ #HeartWalk",
    "hospital event date",
)

n(
    "en",
    "event",
    "Maternity tours are back! 2nd and 4th Saturdays at 10 a.m. & 1 p.m. Register at callowaymed.org/tour 🍼",
    "recurring event",
)

n(
    "en",
    "event",
    "Save the date: Cancer Survivors Day picnic, Sunday June 1, 11–3 at Schiller Park. Survivors, families, and staff welcome! 🎗️",
    "hospital event date",
)

n(
    "en",
    "event",
    "Stop the Bleed class Thursday at 6 p.m. Learn to pack a wound and apply a tourniquet from our trauma surgeons. Free, ages 12 and up.",
    "event; general age threshold",
)

n(
    "en",
    "event",
    "Our Board of Trustees meets Tuesday, March 11 at 4 p.m. The public session is open to community members. Agenda at callowaymed.org/board",
    "board meeting date",
)

n(
    "en",
    "statistic",
    "By the numbers, 2024: 🫀 64 heart transplants 🫁 41 lung transplants 🩺 118 kidney transplants 👶 4,212 babies. Thank you, Central Ohio!",
    "aggregate statistics",
)

n(
    "en",
    "statistic",
    "Our ED saw 102,000 visits last year — about 280 a day. Average door-to-doctor time: 14 minutes. ⏱️",
    "aggregate statistics",
)

n(
    "en",
    "statistic",
    "Since 2010, our Level I Trauma Center has treated more than 48,000 patients. 93% of our most severely injured patients survive. #TraumaAwarenessMonth",
    "aggregate statistics",
)

n(
    "en",
    "health_tip",
    "1 in 5 adults over 50 has never had a colonoscopy. Be the 4 in 5. 📅",
    "general age group",
)

n(
    "en",
    "statistic",
    "Our cardiac rehab graduates average a 31% improvement in exercise capacity. Ask your cardiologist if cardiac rehab is right for you!",
    "aggregate outcome",
)

n(
    "en",
    "campaign_hashtag",
    "It's #NursesWeek! To our 3,100 nurses: you are the heartbeat of Calloway. 💙",
    "campaign hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "Wearing red today for #GoRedForWomen ❤️ Heart disease is the #1 killer of women.",
    "campaign hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#DonateLife Month: 1 donor can save 8 lives. Register at donatelifeohio.org 💚",
    "campaign hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#CallowayStrong is trending thanks to YOU. Thank you for 10,000 messages to our staff this month 💙",
    "hospital campaign hashtag",
)

n("en", "campaign_hashtag", "Happy #DoctorsDay to our 1,400 physicians! 🩺", "campaign hashtag")

n(
    "en",
    "campaign_hashtag",
    "#TransplantTuesday: Did you know a living kidney donor can give a kidney to a stranger? Learn more at our monthly info session. 🫘",
    "campaign hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#ThankfulThursday for our EVS team, our food service team, and our parking attendants who brave the snow. ❄️",
    "campaign hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "#TeamCalloway crushed the Capital City Half Marathon — 212 staff runners! 🏃",
    "hospital hashtag",
)

n(
    "en",
    "hospital_contact",
    "Need a doctor? Call our physician referral line at (614) 555-0177 or visit callowaymed.org/find 🩺",
    "hospital phone and domain",
)

n(
    "en",
    "hospital_contact",
    "Media inquiries: please contact our media relations team at 614-555-0123. We cannot share patient information by phone.",
    "hospital phone",
)

n(
    "en",
    "hospital_contact",
    "📍 Our main campus is at 2200 Meridian Parkway, Columbus, OH 43210. Visitor parking is in Garage C off Meridian.",
    "hospital address",
)

n(
    "en",
    "hospital_contact",
    "Calloway Cancer Institute has moved! Find us at 85 E Larch St, Columbus, OH 43215. Same great team, more parking. 🚗",
    "hospital address",
)

n(
    "en",
    "hospital_contact",
    "Have a compliment or concern about your care? Our Patient Experience office is here for you: 614.555.0150 or feedback@callowaymed.org",
    "hospital phone and email",
)

n(
    "en",
    "hospital_contact",
    "Follow @CallowayCancer for survivorship stories and @CallowayMed for everything else! 👋",
    "hospital handles",
)

n(
    "en",
    "anonymous_story",
    "One of our patients went home today after 40 days in the ICU. The nurses lined the hallway and clapped. Not a dry eye on the unit. 💙",
    "anonymous patient; 'today' is publication-relative",
)

n(
    "en",
    "anonymous_story",
    "A mom told us her son made her promise to thank 'the nurse with the purple shoes.' Purple shoes, you know who you are. 💜",
    "anonymous family",
)

n(
    "en",
    "anonymous_story",
    "Sometimes the best medicine is a grilled cheese in the middle of the night. Thank you to the night shift nurse who made one for a patient who hadn't eaten in days. 🧀",
    "anonymous patient",
)

n(
    "en",
    "anonymous_story",
    "A patient's husband asked us how to say thank you. We told him: you just did. ❤️",
    "anonymous relative",
)

n(
    "en",
    "anonymous_story",
    "To the family who left 50 cupcakes at our cardiac step-down desk with no name: THANK YOU. 🧁",
    "anonymous family",
)

n(
    "en",
    "anonymous_story",
    "A transplant recipient wrote to her donor's family this month. We can't share her words, but we can share this: it took her 3 years to find them. 💌",
    "anonymous patient; duration",
)

n(
    "en",
    "anonymous_story",
    "One of our trauma survivors came back to ring the bell in the ED. He asked us not to share his name — he just wanted the team to know he's OK. 🔔",
    "anonymous patient",
)

n(
    "en",
    "anonymous_story",
    "Patients tell us all the time that the little things matter most: a warm blanket, a nurse who remembers your dog's name, a doctor who sits down. 🪑",
    "general",
)

n(
    "en",
    "health_tip",
    "Adults over 65 should get a high-dose flu vaccine. Ask your pharmacist! 💉",
    "general age group",
)

n(
    "en",
    "health_tip",
    "Women 40 and older: it's time to schedule your yearly mammogram. 🎀",
    "general age group",
)

n(
    "en",
    "health_tip",
    "Chest pain? Shortness of breath? Don't drive yourself. CALL 911. Every minute counts. ❤️",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Most adults need 7–9 hours of sleep. How many did you get last night? 😴",
    "'last night' not tied to a patient",
)

n(
    "en",
    "health_tip",
    "Colorectal cancer screening now starts at age 45 for average-risk adults. Don't wait! 📅",
    "general age threshold",
)

n(
    "en",
    "health_tip",
    "Heat advisory 🌡️: older adults, infants, and people with heart disease are at highest risk. Check on your neighbors.",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Know the signs of stroke: BE FAST 🧠 Balance, Eyes, Face, Arms, Speech, Time to call 911.",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Men over 50: talk to your doctor about prostate cancer screening. #Movember 🥸",
    "general age group; campaign hashtag",
)

n(
    "en",
    "recruitment",
    "We're hiring! 🩺 Night shift RNs for our Cardiac ICU — $15K sign-on bonus. Apply at callowaymed.org/careers",
    "job posting",
)

n(
    "en",
    "recruitment",
    "Now hiring: Surgical Technologists, Level I Trauma OR. 2+ years experience. Join #TeamCalloway!",
    "job posting",
)

n(
    "en",
    "recruitment",
    "Are you a new grad RN? Our 12-month Nurse Residency starts in February. Apply by Dec. 1! 🎓",
    "job posting with deadline",
)

n(
    "en",
    "recruitment",
    "Job fair Thursday 4–7 p.m. in the Calloway Conference Center. On-the-spot interviews for patient care techs, EVS, and food service. Bring your resume! 📄",
    "job fair",
)

n(
    "en",
    "recruitment",
    "Transplant coordinator opening (RN, BSN required). Help patients through the most important phone call of their lives. 📞",
    "job posting",
)

n(
    "en",
    "crisis_update",
    "We are treating 12 patients from the I-70 pileup this morning. Please avoid the ED area unless you are seeking emergency care.",
    "counts only",
)

n(
    "en",
    "crisis_update",
    "Due to a water main break, our Larch St entrance is closed. Cancer Institute patients, please use the Meridian entrance.",
    "operations update",
)

n(
    "en",
    "crisis_update",
    "Calloway has activated our mass casualty plan. We have received 7 patients from the apartment fire on the Near East Side; 2 are in critical condition. Families: please call 614-555-0123.",
    "counts only; hospital phone",
)

n(
    "en",
    "crisis_update",
    "Code Orange has been lifted. All clinics will resume normal operations at 1 p.m. Thank you for your patience.",
    "operations update",
)

n(
    "en",
    "crisis_update",
    "Severe weather: our outpatient clinics will close at noon. ED and inpatient units remain open. Stay safe! ❄️",
    "operations update",
)

n(
    "en",
    "research",
    "New study from our cardiology team: patients who completed cardiac rehab were 26% less likely to be readmitted. Published in JACC. 📊",
    "aggregate research",
)

n(
    "en",
    "research",
    "Now enrolling: adults 18–75 with newly diagnosed type 2 diabetes for a 12-week lifestyle study. Compensation provided. Call (614) 555-0177 and ask for the research office.",
    "eligibility ages; hospital phone",
)

n(
    "en",
    "research",
    "Congrats to Dr. Carolyn Mwangi and Dr. Viktor Halvorsen on their $3.2M NIH grant to study CAR-T therapy in older adults! 🔬",
    "staff researchers",
)

# ---------------------------------------------------------------------------
# English, not patient-specific, Facebook-length
# ---------------------------------------------------------------------------

n(
    "en",
    "staff_spotlight",
    "After 38 years at the bedside, Carol Ngata, RN is hanging up her stethoscope. 💙\n\nCarol started on 5 North in 1987, when we still charted on paper and the nurses' lounge had an ashtray. She precepted more than 200 new grads — including her own daughter, Mele Ngata-Brooks, RN, who now works two doors down in the Cardiac ICU.\n\n\"Mom taught me to always warm the stethoscope first,\" Mele says. Nurse manager Tasha Greenlee-Ortiz, MSN says Carol's retirement party on Friday at 3 p.m. in the Atrium is open to all staff. Bring tissues. 🥲",
    "staff and staff's daughter (also staff); party is a staff event",
)

n(
    "en",
    "campaign_hashtag",
    'Happy #NursesWeek from all of us at Calloway! 💙\n\nWe asked a few of our nurses why they do what they do:\n\n🩺 "Because nurses raised me — my mom was one." — Kwabena Asare, RN, Trauma ICU\n🩺 "The 3 a.m. conversations. That\'s when people tell you the truth." — Bridget O\'Rourke-Chan, RN, 6 West\n🩺 "I like puzzles, and every patient is a puzzle." — Hye-jin Park, RN, Neuro ICU\n🩺 "Honestly? The snacks." — Faith Adebayo-Lowe, RN, Labor & Delivery 😂\n\nThank you to all 3,100 of our nurses. You are the heartbeat of this hospital.',
    "staff quotes",
)

n(
    "en",
    "sponsor",
    "What a night! ✨\n\nThe 2025 Calloway Heart Ball raised $2.3 million for our new Women's Heart Center. Thank you to our presenting sponsor Nationwide, our table sponsors American Electric Power, Huntington and Bath & Body Works, and our honorary chairs Dr. Raymond and Mrs. Anita Kulkarni.\n\nSpecial thanks to emcee Jenna Ortiz of NBC4, auctioneer Doug Pemberton, and the OSU Marching Band drumline for an unforgettable entrance. And to our CEO Patricia Whitcombe-Hale — yes, we all saw that dance-off. 💃\n\nSee you next year!",
    "sponsors, donors, emcee and CEO",
)

n(
    "en",
    "public_figure",
    "#ThrowbackThursday 📜\n\nIn 1892, Dr. Eliza Calloway opened a 12-bed infirmary above a dry goods store on High Street. She was 41, had been refused admission to two medical schools, and had graduated from the Woman's Medical College of Pennsylvania in 1876.\n\nHer first year, she treated 311 patients — railroad workers, washerwomen, children with diphtheria — and charged whatever they could pay. Today, the hospital that bears her name has 1,050 beds and 14,000 employees.\n\nWe think she'd be proud. And probably a little exhausted.",
    "historical founder's age and dates; anonymous historical patients",
)

n(
    "en",
    "public_figure",
    'A proud day for Central Ohio. 🏥\n\nThis morning we officially opened the Eliza Calloway Trauma Pavilion — 64 ICU beds, 4 hybrid ORs and a rooftop helipad built for two aircraft. Gov. Ellen Brightwater, Mayor Tobias Okafor-Grant, and Congresswoman Lydia Hsu joined CEO Patricia Whitcombe-Hale and trauma medical director Dr. Helen Castellanos to cut the ribbon.\n\n"Every minute matters for an injured patient," Dr. Castellanos said. "This building gives us minutes back." Construction took 31 months and was led by Turner Construction.',
    "public officials and staff at a dedication",
)

n(
    "en",
    "recruitment",
    "💼 NOW HIRING: Cardiac ICU Registered Nurses (nights, 36 hrs/week)\n\nWhat you'll do:\n• Care for post-op open heart, LVAD, ECMO and transplant patients\n• Work with a 1:1 or 1:2 ratio\n• Join a unit with a 92% retention rate\n\nWhat we offer:\n• $15,000 sign-on bonus\n• Tuition reimbursement up to $5,250/yr\n• Free parking (yes, really)\n\nQuestions? Our recruiter Danae Whitford would love to talk. Apply at callowaymed.org/careers #NursingJobs #TeamCalloway",
    "job posting with recruiter named",
)

n(
    "en",
    "crisis_update",
    "UPDATE, 9:15 p.m.: Calloway University Medical Center has received a total of 14 patients from this afternoon's tornado in Licking County.\n\n• 3 patients are in critical condition\n• 6 are in fair condition\n• 5 have been treated and released\n\nWe are not able to release names or other information about individual patients. Families searching for loved ones should call our Family Information Line at 614-555-0123. Thank you to Columbus Fire, Licking County EMS and MedFlight for their incredible work today.",
    "counts only; hospital phone",
)

n(
    "en",
    "research",
    "🔬 Now enrolling: the HEART-FIT trial\n\nCan a 12-week home exercise program, guided by a smartwatch, help people with heart failure stay out of the hospital? That's what Dr. Nadia Petrosyan and Dr. Emmanuel Adeyemi want to find out.\n\nWho can join:\n✔️ Adults 40–85 with heart failure\n✔️ Able to walk without a walker\n✔️ Have a smartphone\n\nParticipants receive a free smartwatch and up to $300. Learn more at callowaymed.org/heartfit or ask your cardiologist.",
    "trial eligibility ages; investigators are staff",
)

n(
    "en",
    "anonymous_story",
    "A man walked into our ED with a wool hat, a grocery bag, and a cough he'd had for months. He didn't have a doctor. He didn't have insurance. He almost didn't come in.\n\nHe had lung cancer.\n\nOur social workers got him coverage. Our nurse navigators got him to every appointment. Our oncologists got him into a clinical trial. He wrote us a letter this month — he asked us not to share his name, but said we could share one line:\n\n\"You treated me like I was somebody.\"\n\nHe is somebody. Everyone who walks through our doors is. 💙",
    "anonymous patient",
)

n(
    "en",
    "health_tip",
    'Heart attack symptoms in women can look different. ❤️\n\nYes, chest pain is still the most common sign. But women are more likely than men to also have:\n• Shortness of breath\n• Nausea or vomiting\n• Jaw, neck or back pain\n• Extreme fatigue\n\n"Too many women wait because they don\'t want to bother anyone," says our women\'s heart program director, Dr. Simone Achterberg-Nolan. "Please — bother us."\n\nIf you think you\'re having a heart attack, call 911. #GoRedForWomen #HeartMonth',
    "health tip quoting staff physician",
)

n(
    "en",
    "public_figure",
    "We had some VERY tall visitors today! 🏀\n\nColumbus Crew defender Álvaro Benítez and Ohio State women's basketball guard Taylor Mikesell-Ward spent the afternoon with patients and staff in our inpatient rehab unit. They signed jerseys, shot baskets on the rehab gym's mini-hoop, and lost (badly) at cornhole to our physical therapists.\n\nThank you to the Crew and to Buckeye Athletics for making so many people smile. Rehab director Dr. Moses Adjei-Brown says the therapists are \"unbearable now.\" 😂",
    "visiting athletes; patients unnamed",
)

n(
    "en",
    "staff_spotlight",
    "Happy #DoctorsDay! 🩺\n\nToday we're celebrating the 1,400 physicians of Calloway — including a few who've been here a long time:\n\n⭐ Dr. Harriet Mbeki-Stone, cardiothoracic surgery, 41 years\n⭐ Dr. Lawrence Fiorentino, anesthesiology, 37 years\n⭐ Dr. June Takahashi-Reyes, family medicine, 35 years\n⭐ Dr. Abdirahman Jama, nephrology, 33 years\n\nDr. Mbeki-Stone did her first heart surgery here in 1984. She says the secret to longevity is \"good shoes and bad coffee.\"",
    "staff physicians; 'June' is a staff first name",
)

n(
    "en",
    "thank_you",
    'Meet the Tuesday Knitters 🧶\n\nEvery Tuesday morning for the past 11 years, a group of retired teachers — led by Gloria Haskins, 78, and Dolores Ferreira-Platt, 83 — meets in our volunteer office to knit chemo caps, preemie blankets and prayer shawls.\n\nThis year alone they donated 2,410 items. "We have a rule," Gloria says. "No gossip until the first row is done."\n\nThank you, ladies. 💕 Want to join? Call Volunteer Services at (614) 555-0177.',
    "volunteers with ages; volunteers are never labelled",
)

n(
    "en",
    "staff_spotlight",
    'From Lagos to Level I. 💪\n\nDr. Ngozi Eze-Hartmann grew up in Lagos and came to Ohio for college. In her residency interview she was asked why trauma surgery. "Because when I was 12, a visiting surgeon fixed the hands of a carpenter in our town that everyone had given up on," she said. "I wanted to be that person for someone."\n\nThis month Dr. Eze-Hartmann was named Trauma Surgeon of the Year by the Ohio Chapter of the American College of Surgeons. Congratulations, Dr. E! 🏆',
    "staff member's own story; the carpenter is anonymous",
)

n(
    "en",
    "eponymous_condition",
    "Parkinson's doesn't have to stop you from moving. 🥊\n\nOur Rock Steady Boxing class for people with Parkinson's disease meets Mondays and Thursdays at 10 a.m. in the Outpatient Rehab gym. It's led by physical therapist Jamal Okonkwo, DPT and certified coach Reggie Whitlow.\n\nResearch shows that high-intensity exercise can help with balance, gait and quality of life in Parkinson's. No experience needed — just a doctor's OK and a sense of humor. Call (614) 555-0177 to sign up. 💪",
    "eponymous condition, staff instructors, class schedule",
)

n(
    "en",
    "event",
    '🎗️ National Cancer Survivors Day — you\'re invited!\n\nSunday, June 1 · 11 a.m.–3 p.m. · Schiller Park Pavilion\n\nJoin survivors, caregivers and the Calloway Cancer Institute team for a picnic, live music by The Velvet Elevators, face painting, and our annual "Wall of Hope" where survivors can sign their name.\n\nParking is free at the German Village lot. Questions? Email survivors@callowaymed.org or call 614.555.0150. See you there! 💜',
    "hospital event; hospital email and phone; 'Hope' here is a word",
)

n(
    "en",
    "statistic",
    "2024 Annual Report: a year in numbers 📊\n\n🏥 61,400 inpatient admissions\n🚑 102,000 ED visits\n🫀 64 heart transplants (a record!)\n👶 4,212 babies born — including 61 sets of twins and 2 sets of triplets\n🧪 1,120 patients enrolled in clinical trials\n💙 14,012 employees and 1,600 volunteers\n\nThank you to every patient who trusted us with their care. Read the full report at callowaymed.org/report2024.",
    "aggregate statistics",
)

n(
    "en",
    "campaign_hashtag",
    "❤️ Today is #WearRedDay! ❤️\n\nOur Women's Heart Center team is wearing red to raise awareness that heart disease kills more women than all cancers combined. Swipe to see cardiologist Dr. Simone Achterberg-Nolan, nurse practitioner Aisha Delacroix-Ward, and the entire cath lab team showing off their best red scrubs.\n\nWant to know your numbers? Free blood pressure and cholesterol checks in our main lobby until 2 p.m. #GoRedForWomen",
    "campaign hashtags; staff names",
)

n(
    "en",
    "hospital_contact",
    "🚗 Visiting someone at Calloway? Here's what you need to know:\n\n• Visiting hours: 7 a.m.–9 p.m. (ICUs: 2 visitors at a time)\n• Main entrance: 2200 Meridian Parkway\n• Cancer Institute: 85 E Larch St\n• Parking: Garage C (main) and Garage L (Cancer Institute), $3/day with validation\n• Questions: call (614) 555-0177\n\nPlease stay home if you are sick. Masks are available at every entrance. Thank you for helping us keep patients safe. 💙",
    "hospital addresses and phone",
)

n(
    "en",
    "staff_spotlight",
    "Meet the newest member of the team: Maple! 🐶\n\nMaple is a 2-year-old goldendoodle and our first full-time facility dog. She'll work Monday through Friday on our inpatient rehab and oncology units with her handler, child life specialist Courtney Benavides, CCLS.\n\nMaple was trained by Canine Companions and was funded by a generous gift from the Stroud Family in memory of their grandfather. She likes belly rubs, tennis balls and sitting on the feet of nervous people. Say hi if you see her!",
    "dog's age and donor family not PHI; the donors' late grandfather is not said to be a patient",
)

n(
    "en",
    "sponsor",
    'Thank you, Columbus! 🙌\n\nThe 12th annual Calloway Cancer Institute Pedal for Hope ride raised $418,000 for cancer research this weekend. 1,250 riders, 42 teams, and one very brave CEO on a tandem bike.\n\nTop fundraising team: the "Chemo Sabes" from Westerville Rotary, who raised $31,000. Top individual fundraiser: retired firefighter Gus Petrakis, who rode 100 miles on his 70th birthday. 🚴‍♂️\n\nPresenting sponsor: Cardinal Health. See you next year!',
    "fundraiser rider is a donor, not a patient; his age is not PHI here",
)

n(
    "en",
    "anonymous_story",
    "We get a lot of letters. This one stopped us in our tracks. 💌\n\n\"Dear ICU nurses,\nI don't know all your names. I was too scared to remember anything during those weeks. But I remember a hand on my shoulder, and a voice that said 'you're not alone tonight.' I'm writing this from my kitchen table, which I wasn't sure I'd ever see again. Thank you for my kitchen table.\"\n\nWhoever you are — thank you for writing. And to our ICU nurses: this is for you. 💙",
    "anonymous patient letter",
)

n(
    "en",
    "anonymous_story",
    'Organ donation is a gift that ripples outward. 💚\n\nRecently, one donor at Calloway gave the gift of life to six people: two kidneys, a liver, a heart, and two lungs. Their family asked that we not share their name, but they did want people to know their loved one "was the kind of person who\'d give you the shirt off his back."\n\nToday, six people in three states are alive because of him. Register to be a donor at donatelifeohio.org. #DonateLife',
    "anonymous donor",
)

n(
    "en",
    "staff_spotlight",
    '🎓 Congratulations to our Nurse Residency Class of 2025!\n\n64 new grad nurses completed our 12-month program this week. Special shout-outs to:\n\n🏆 Rising Star Award: Joy Ekwueme-Hart, RN (Neuro ICU)\n🏆 Preceptor of the Year: Faith Onwuachi, RN (5 North)\n🏆 Evidence-Based Practice Award: Summer Nguyen-Holt, RN (Cardiac Step-Down)\n\nProgram director Dr. Kendra Lowry-Baptiste, DNP says this class "made me believe in the future of nursing." Welcome to the team, officially! 💙',
    "staff whose names are words (Joy, Faith, Summer)",
)

n(
    "en",
    "memorial",
    "With great sadness we share that Dr. Reginald Ofori-Mensah, our chief of nephrology from 1994 to 2019, passed away at home last week.\n\nDr. Ofori-Mensah built our kidney transplant program from the ground up and trained more than 90 nephrology fellows. Colleagues remember his bow ties, his laugh, and his rule that no fellow ever went home without eating.\n\nHis family will hold a celebration of life next month. A memorial scholarship in his name is being established through the Calloway Foundation. 🕊️",
    "former staff physician who died at home, not a patient of the post",
)

n(
    "en",
    "thank_you",
    "To the EMS crews of Columbus Division of Fire, Franklin Township and Mifflin Township: thank you. 🚑\n\nLast year your medics brought more than 38,000 patients through our ambulance bay. You worked through blizzards, heat waves and the worst traffic on I-71. This #EMSWeek, our ED team — led by medical director Dr. Ikechukwu Obi and nurse manager Veronica Staley-Park — is buying lunch for every station that brings us a patient this week. 🍕\n\nMedic Heather Kowalczyk from Station 18, we're looking at you. 😉",
    "EMS crews and staff; counts only",
)

n(
    "en",
    "research",
    '📰 Published this week in the New England Journal of Medicine: results from a 14-hospital trial co-led by Calloway cardiologist Dr. Emmanuel Adeyemi.\n\nThe study followed 4,800 adults aged 55 and older who had a heart attack. Those who received a polypill — one daily pill combining three heart medicines — had 24% fewer repeat cardiac events over three years than those taking separate pills.\n\n"Simplicity saves lives," said Dr. Adeyemi. Calloway enrolled 612 of the study\'s participants. Thank you to every one of them. 🙏',
    "aggregate research results; general age group",
)

# ---------------------------------------------------------------------------
# Spanish, patient-specific
# ---------------------------------------------------------------------------

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Valentina Sofía Ramírez Ochoa! 👶💕 Nació el 14 de febrero a las 3:20 a.m., ¡nuestra bebé de San Valentín! Felicidades a sus papás, Yuridia y Fernando.",
    [
        ("NAME", "Valentina Sofía Ramírez Ochoa"),
        ("DATE", "14 de febrero"),
        ("DATE", "3:20 a.m."),
        ("DATE", "San Valentín"),
        ("NAME", "Yuridia"),
        ("NAME", "Fernando"),
    ],
)

p(
    "es",
    "milestone_birthday",
    "Don Aurelio cumplió 101 años ayer en el piso 6 Oeste 🎂 y pidió mariachi. ¡Y llegó el mariachi! 🎺 Gracias a su nieta Marisela por organizarlo.",
    [("NAME", "Aurelio"), ("AGE", "101 años"), ("DATE", "ayer"), ("NAME", "Marisela")],
)

p(
    "es",
    "discharge",
    "Doña Remedios Villanueva salió hoy de la UCI después de 52 días. 💙 Sus hijos Rigoberto y Lupita le trajeron sus tamales favoritos. ¡Fuerza, doña Remedios!",
    [
        ("NAME", "Remedios Villanueva"),
        ("NAME", "Remedios", 2),
        ("NAME", "Rigoberto"),
        ("NAME", "Lupita"),
    ],
)

p(
    "es",
    "pasted_record",
    "Favor de llamar a la hija del paciente de la cama 9 (Sra. Gómez) al 614-555-3871 antes de publicar las fotos. Gracias 🙏",
    [("OTHER_ID", "9"), ("NAME", "Gómez"), ("PHONE", "614-555-3871")],
)

p(
    "es",
    "pasted_record",
    "Paciente: Héctor Manuel Saldaña, expediente 7781-22, autorizó su historia para el video de trasplante. Contacto: hsaldana.hm@gmail.com",
    [("NAME", "Héctor Manuel Saldaña"), ("MRN", "7781-22"), ("EMAIL", "hsaldana.hm@gmail.com")],
)

p(
    "es",
    "patient_story",
    "¡Esperanza ya camina! 🚶‍♀️ Después de su trasplante de riñón el 3 de marzo, nuestra querida Esperanza Ibarra dio su primera vuelta por el pasillo. #EsperanzaFuerte",
    [
        ("NAME", "Esperanza", 1),
        ("DATE", "3 de marzo"),
        ("NAME", "Esperanza Ibarra"),
        ("NAME", "#EsperanzaFuerte"),
    ],
    "name that is also a word, plus name hashtag",
)

p(
    "es",
    "patient_story",
    "Nuestro paciente de 96 años nos enseñó a jugar dominó esta tarde 😂 ¡Nos ganó a todos!",
    [("AGE", "96 años")],
    "age only",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Céspedes-Montoya por los 30 litros de horchata para la UCI cardíaca. Su papá nos robó el corazón ❤️",
    [("NAME", "Céspedes-Montoya")],
    "relatives only",
)

p(
    "es",
    "birth_announcement",
    "Anoche a las 11:47 p.m. nació Santiago, el primer bebé de nuestra nueva sala de partos 🎉 Mamá Araceli y papá Beto están felices.",
    [
        ("DATE", "Anoche"),
        ("DATE", "11:47 p.m."),
        ("NAME", "Santiago"),
        ("NAME", "Araceli"),
        ("NAME", "Beto"),
    ],
)

p(
    "es",
    "memorial",
    'Descansa en paz, don Chuy 🕊️ Jesús "Chuy" Barragán, 88 años, fue paciente de nuestra clínica de diálisis por 9 años y siempre traía pan dulce para las enfermeras.',
    [("NAME", "Chuy", 1), ("NAME", 'Jesús "Chuy" Barragán'), ("AGE", "88 años")],
    "nickname and full name; '9 años' is a duration",
)

p(
    "es",
    "patient_story",
    "#TodosConLupe 💜 Nuestra paciente Lupe sigue luchando en la UCI. Gracias por todos sus mensajes.",
    [("NAME", "#TodosConLupe"), ("NAME", "Lupe")],
)

p(
    "es",
    "pasted_record",
    "Recordatorio interno: la Sra. Xóchitl Tlapa (fecha de nac. 09/05/1958) pidió que la foto se publique sin su apellido. Su correo: xochitl.tlapa58@hotmail.com",
    [("NAME", "Xóchitl Tlapa"), ("DATE", "09/05/1958"), ("EMAIL", "xochitl.tlapa58@hotmail.com")],
)

p(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Marisol Pineda, RN, que dio a luz a su bebé Emiliano aquí mismo el martes! 👶💙",
    [("NAME", "Marisol Pineda"), ("NAME", "Emiliano"), ("DATE", "martes")],
    "staff member who is the patient",
)

p(
    "es",
    "patient_story",
    "Cuando llegó a nuestro centro de trauma el 4 de julio, a Luis Ángel Ocampo le dieron pocas esperanzas. Hoy, a sus 19 años, salió caminando. 🙌 #SobrevivienteDeTrauma",
    [("DATE", "4 de julio"), ("NAME", "Luis Ángel Ocampo"), ("AGE", "19 años")],
)

p(
    "es",
    "pasted_record",
    "Urgente para comunicación: el hijo de doña Petra Alcántara quiere que retiremos la foto. Su cel: +52 1 55 5555 0187. Expediente CUMC-2291847.",
    [("NAME", "Petra Alcántara"), ("PHONE", "+52 1 55 5555 0187"), ("MRN", "CUMC-2291847")],
)

p(
    "es",
    "thank_you",
    "Gracias, Sra. Fe Arriaga, por sus palabras: «Aquí no me trataron como un número, me trataron como una persona». 🙏 Fue un honor cuidarla en el piso de oncología.",
    [("NAME", "Fe Arriaga")],
    "first name that is a word (faith)",
)

p(
    "es",
    "patient_story",
    '¡Sol salió de la UCI! ☀️ Marisol "Sol" Quintanilla, 42, pasó 3 semanas en ECMO y hoy ya respira por sí sola.',
    [("NAME", "Sol", 1), ("NAME", 'Marisol "Sol" Quintanilla'), ("AGE", "42")],
)

p(
    "es",
    "pasted_record",
    "Para el equipo de redes: el Sr. Arnulfo Ríos (hab. 814, n.º de expediente 0049213) firmó el consentimiento. Su esposa, Maribel, prefiere que la contacten al 380-555-0274.",
    [
        ("NAME", "Arnulfo Ríos"),
        ("OTHER_ID", "814"),
        ("MRN", "0049213"),
        ("NAME", "Maribel"),
        ("PHONE", "380-555-0274"),
    ],
)

p(
    "es",
    "thank_you",
    "la sra. paz (así, en minúsculas, como ella firma) nos dejó esta notita al salir del hospital: «gracias por las risas» 🥹",
    [("NAME", "paz")],
    "lower-case name that is a word",
)

p(
    "es",
    "memorial",
    "Lamentamos informar el fallecimiento de nuestro querido voluntario y paciente, don Rogelio Santana, el domingo 2 de noviembre. Tenía 93 años. 🕊️",
    [("NAME", "Rogelio Santana"), ("DATE", "domingo 2 de noviembre"), ("AGE", "93 años")],
    "volunteer who was also a patient",
)

p(
    "es",
    "pasted_record",
    "¿Alguien tiene el formulario de la Sra. Ximena R.? Su número de afiliada es MBX-4481-2209 y lo necesitamos para la historia de maternidad.",
    [("NAME", "Ximena R."), ("HEALTH_PLAN", "MBX-4481-2209")],
)

p(
    "es",
    "pasted_record",
    "Mándenle las fotos a la mamá de Yaretzi a yaretzi.mama@gmail.com, dice que sí podemos usar el nombre 😊",
    [("NAME", "Yaretzi"), ("EMAIL", "yaretzi.mama@gmail.com")],
)

p(
    "es",
    "crisis_update",
    "Rezando por Gerardo Cisneros, el joven de 24 años herido en el accidente del sábado en la I-70 🙏 Su familia agradece sus oraciones.",
    [("NAME", "Gerardo Cisneros"), ("AGE", "24 años"), ("DATE", "sábado")],
)

p(
    "es",
    "pasted_record",
    "Nota para el equipo: la Sra. Imelda Coronado (exp. 4490-17) quiere saludar por video a las enfermeras del 5 Norte. Su correo es imelda.coronado@outlook.es",
    [("NAME", "Imelda Coronado"), ("MRN", "4490-17"), ("EMAIL", "imelda.coronado@outlook.es")],
)

p(
    "es",
    "pasted_record",
    "Corrijan el pie de foto, por favor: el paciente es Nicanor Ledesma y su expediente es 1187-3342-0 (para el permiso). 🙏",
    [("NAME", "Nicanor Ledesma"), ("MRN", "1187-3342-0")],
)

p(
    "es",
    "birth_announcement",
    "Los papás de la bebé Itzayana (nacida el 30/06 a las 5:12 a.m.) mandaron esta foto 😍 Si quieren más, escríbanle a la mamá: karina.mtz.92@gmail.com",
    [
        ("NAME", "Itzayana"),
        ("DATE", "30/06"),
        ("DATE", "5:12 a.m."),
        ("EMAIL", "karina.mtz.92@gmail.com"),
    ],
)

p(
    "es",
    "pasted_record",
    "Pendiente: devolverle la llamada al Sr. Tadeo Quiroga sobre su historia de rehabilitación, tel. (614) 555-9012, exp. RH-20831.",
    [("NAME", "Tadeo Quiroga"), ("PHONE", "(614) 555-9012"), ("MRN", "RH-20831")],
)

p(
    "es",
    "patient_story",
    "Don Faustino, nuestro paciente de 90 años en la cama 4 de la UCI coronaria, nos pidió que pusiéramos a Vicente Fernández. ¡Y el piso entero cantó! 🎶",
    [("NAME", "Faustino"), ("AGE", "90 años"), ("OTHER_ID", "4")],
    "Vicente Fernández is a public figure",
)

p(
    "es",
    "pasted_record",
    "Mensaje para el equipo de redes: la nieta de doña Jovita (exp. 559-2208-4) nos pide no etiquetar a su abuela en Facebook. Su correo por si hay dudas: vale.jovita.nieta@icloud.com",
    [("NAME", "Jovita"), ("MRN", "559-2208-4"), ("EMAIL", "vale.jovita.nieta@icloud.com")],
)

p(
    "es",
    "patient_story",
    "Si alguien encontró una cadena de oro con una medalla de la Virgen en el estacionamiento C, es de la esposa de nuestro paciente Sr. Benito Aranda. Llamen a su hija Rocío: 614-555-3390 🙏",
    [("NAME", "Benito Aranda"), ("NAME", "Rocío"), ("PHONE", "614-555-3390")],
)

p(
    "es",
    "patient_story",
    'Esta es la historia de Guadalupe "Lupita" Contreras Reyes. 💕\n\nEl 17 de agosto, Lupita, de 34 años, llegó a nuestra sala de partos con 32 semanas de embarazo y la presión arterial por las nubes. La Dra. Fernanda Salgado y el equipo de Medicina Materno-Fetal la operaron de emergencia esa misma noche a las 10:05 p.m.\n\nSu hijo, Mateo Alejandro, pasó 6 semanas en la UCI neonatal. Su esposo, Ramiro, no faltó ni un solo día. "Las enfermeras nos trataron como familia", dice Lupita.\n\nHoy Mateo Alejandro ya tiene 4 meses y vino a visitar a la enfermera Ana Belén Torres, RN. 🥹 #MesDeLaPrematuridad',
    [
        ("NAME", 'Guadalupe "Lupita" Contreras Reyes'),
        ("DATE", "17 de agosto"),
        ("NAME", "Lupita", "*"),
        ("AGE", "34 años"),
        ("DATE", "10:05 p.m."),
        ("NAME", "Mateo Alejandro", "*"),
        ("NAME", "Ramiro"),
        ("AGE", "4 meses"),
    ],
    "gestational age and NICU stay are not ages; staff not labelled",
)

p(
    "es",
    "discharge",
    'Don Efraín Olmedo trabaja desde hace 20 años en Ruscilli Construction. El 9 de mayo cayó de un andamio de 6 metros en una obra en Dublin.\n\nPasó 18 días en nuestra UCI de trauma y 5 semanas en rehabilitación. Su esposa Carmela y sus tres hijos — Efraín Jr., Noemí y Brandon — lo visitaban todos los días después del trabajo.\n\nAyer, don Efraín salió caminando con su bastón y le dijo a su fisioterapeuta, Daniela Ruiz, DPT: "Nos vemos en la obra". 💪 ¡Felicidades, don Efraín!',
    [
        ("NAME", "Efraín Olmedo"),
        ("OTHER_ID", "Ruscilli Construction"),
        ("DATE", "9 de mayo"),
        ("NAME", "Carmela"),
        ("NAME", "Efraín Jr."),
        ("NAME", "Noemí"),
        ("NAME", "Brandon"),
        ("DATE", "Ayer"),
        ("NAME", "Efraín", "*"),
    ],
    "employer labelled; the accident site is not the patient's address",
)

p(
    "es",
    "memorial",
    'Con mucho cariño despedimos a doña Carmen Rosa Méndez de Aguilar, quien falleció el 28 de diciembre a los 97 años en nuestra unidad de cuidados paliativos, rodeada de sus 11 nietos. 🕊️\n\nDoña Carmen llegó a Columbus desde Atlixco, Puebla, en 1971 y trabajó 30 años en la cocina del hospital antes de jubilarse. Muchos de nuestros empleados todavía recuerdan su arroz con leche.\n\nSu hija, Socorro Aguilar, nos pidió compartir: "Mi mamá decía que este hospital era su segunda casa. Aquí se despidió en paz". Gracias a la Dra. Inés Cabrera y a la enfermera Patricia Molina por acompañarla.',
    [
        ("NAME", "Carmen Rosa Méndez de Aguilar"),
        ("DATE", "28 de diciembre"),
        ("AGE", "97 años"),
        ("NAME", "Carmen", 2),
        ("GEO", "Columbus"),
        ("GEO", "Atlixco"),
        ("NAME", "Socorro Aguilar"),
    ],
    "former employee who died as a patient",
)

p(
    "es",
    "pasted_record",
    'BORRADOR — no publicar todavía ⚠️\n\nPaciente: Rubén Darío Estrada Lozano\nExpediente: 00-551-872\nFecha de nacimiento: 22/11/1949\nCirugía: bypass triple, 3 de abril\nContacto familiar: hija Yolanda, 614 555 6098, yoli.estrada@yahoo.com.mx\n\n"Gracias a Dios y al Dr. Alonso Treviño, hoy puedo cargar a mi nieta", dice don Rubén. ❤️',
    [
        ("NAME", "Rubén Darío Estrada Lozano"),
        ("MRN", "00-551-872"),
        ("DATE", "22/11/1949"),
        ("DATE", "3 de abril"),
        ("NAME", "Yolanda"),
        ("PHONE", "614 555 6098"),
        ("EMAIL", "yoli.estrada@yahoo.com.mx"),
        ("NAME", "Rubén", 2),
    ],
    "Rubén Darío is the patient's given name, not the poet",
)

p(
    "es",
    "staff_spotlight",
    'Muchos la conocen como la sonrisa de la recepción de Urgencias. Durante 14 años, Maricela "Chela" Benavides ha recibido a miles de pacientes con un "buenos días, mi amor".\n\nEn septiembre, Chela se convirtió en nuestra paciente: un cáncer de mama detectado en una mamografía de rutina. Su oncóloga, la Dra. Liliana Ferreira, y el equipo de cirugía la operaron el 15 de octubre. Su esposo Javier y su hija Daniela la acompañaron en cada quimioterapia.\n\n¡Bienvenida de regreso, Chela! 💗 #MesRosa',
    [
        ("NAME", 'Maricela "Chela" Benavides'),
        ("NAME", "Chela", "*"),
        ("DATE", "septiembre"),
        ("DATE", "15 de octubre"),
        ("NAME", "Javier"),
        ("NAME", "Daniela"),
    ],
    "employee who became the patient",
)

p(
    "es",
    "milestone_birthday",
    '¡Feliz cumpleaños número 100, doña Altagracia! 🎂🎉\n\nDoña Altagracia Peña Familia nació en Santiago de los Caballeros, República Dominicana, el 6 de enero de 1925 — Día de Reyes. Hoy celebró su centenario en nuestro piso de rehabilitación, donde se recupera de una fractura de cadera.\n\nSu bisnieto Adrián le tocó la güira, su hija Mercedes le cantó, y nuestra terapeuta ocupacional Keila Santos, OTR/L le regaló una corona de papel. "Todavía me faltan muchos merengues", dijo doña Altagracia. 💃',
    [
        ("AGE", "100"),
        ("NAME", "Altagracia Peña Familia"),
        ("NAME", "Altagracia", "*"),
        ("GEO", "Santiago de los Caballeros"),
        ("DATE", "6 de enero de 1925"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Adrián"),
        ("NAME", "Mercedes"),
    ],
    "surname that is a word (Familia); birth date over 89",
)

p(
    "es",
    "patient_story",
    "El 2 de febrero, Cristian Alvarado Tejeda, de 27 años, murió después de un accidente de moto en Lancaster. Sus papás, Norma y Alfonso, decidieron donar sus órganos.\n\nGracias a Cristian, cinco personas recibieron una segunda oportunidad. Una de ellas es la Sra. Beatriz Lugo, de 58 años, quien recibió su hígado aquí en Calloway.\n\nEsta semana, Norma y Beatriz se conocieron por primera vez en el lobby del Centro de Trasplantes. La coordinadora Adriana Velasco, RN no pudo contener las lágrimas. 💚 #DonaVida",
    [
        ("DATE", "2 de febrero"),
        ("NAME", "Cristian Alvarado Tejeda"),
        ("AGE", "27 años"),
        ("GEO", "Lancaster"),
        ("NAME", "Norma", "*"),
        ("NAME", "Alfonso"),
        ("NAME", "Cristian", 2),
        ("NAME", "Beatriz Lugo"),
        ("AGE", "58 años"),
        ("NAME", "Beatriz", 2),
    ],
)

p(
    "es",
    "staff_spotlight",
    '¡Feliz Semana de la Enfermería! 💙\n\nEste año queremos reconocer a nuestras enfermeras bilingües que hacen posible que nuestros pacientes hispanohablantes se sientan en casa: Ana Belén Torres, Rocío Sepúlveda, José Luis Pacheco, Itzel Moreno y Guadalupe Ríos.\n\nUna paciente, la Sra. Consuelo Barajas, nos escribió: "Por primera vez en un hospital entendí todo lo que me decían". Eso es lo que hacen ustedes todos los días. Gracias. 🙏 #SemanaDeLaEnfermeria',
    [("NAME", "Consuelo Barajas")],
    "long staff post naming one patient once",
)

p(
    "es",
    "pasted_record",
    'Nos pidió la familia que compartamos esto 🙏\n\n"Nuestro hermano Wilfredo Pacheco Lara (habitación 7-15, UCI cardíaca) necesita un trasplante de corazón. Si pueden ayudar con los gastos de hospedaje: gofundme.com/f/wilfredo-corazon. Cualquier duda: 614.555.2847 — Familia Pacheco Lara"\n\nAclaración: Calloway no organiza ni administra esta recaudación.',
    [
        ("NAME", "Wilfredo Pacheco Lara"),
        ("OTHER_ID", "7-15"),
        ("URL", "gofundme.com/f/wilfredo-corazon"),
        ("PHONE", "614.555.2847"),
        ("NAME", "Pacheco Lara", 2),
    ],
)

p(
    "es",
    "memorial",
    "Este Día de Muertos 🌼💀 nuestro equipo de cuidados paliativos montó una ofrenda en la capilla para recordar a los pacientes que acompañamos este año. Con permiso de sus familias, incluimos las fotos de don Anselmo Rivas, doña Teófila Mares y el joven Kevin Ulises Paredes, de 22 años.\n\nLa capellana Hna. Rosalba Ibáñez bendijo la ofrenda el sábado. Si perdiste a un ser querido en Calloway este año, estás invitado a traer su foto. 🕯️",
    [
        ("NAME", "Anselmo Rivas"),
        ("NAME", "Teófila Mares"),
        ("NAME", "Kevin Ulises Paredes"),
        ("AGE", "22 años"),
    ],
    "deceased patients named; chaplain and blessing date not labelled",
)

p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Calloway recibió 6 pacientes del incendio en un edificio de apartamentos en Hilltop. Dos están en estado crítico.\n\nLa familia de la Sra. Ofelia Cárdenas, de 71 años, nos autorizó a informar que ella está estable y fuera de peligro. Su hija, Marta, agradece a los bomberos que la rescataron del tercer piso de su edificio. Para información de familiares llamen al 614-555-0123.",
    [("GEO", "Hilltop"), ("NAME", "Ofelia Cárdenas"), ("AGE", "71 años"), ("NAME", "Marta")],
    "counts plus one named patient; her home neighbourhood; hospital number not labelled",
)

p(
    "es",
    "discharge",
    '¡Misión cumplida! 🎓\n\nA Brenda Itzel Sánchez, estudiante de enfermería en Columbus State, le diagnosticaron leucemia a los 20 años, en pleno segundo semestre. Después de un trasplante de médula ósea — con células de su hermano mayor, Omar — y 100 días de aislamiento, Brenda volvió a clases.\n\nEl viernes se graduó. Y adivinen dónde va a trabajar: en nuestro piso de trasplante de médula, junto a la enfermera que la cuidó, Rocío Sepúlveda, RN. 💙 "Quiero ser para otros lo que Rocío fue para mí", dice Brenda.',
    [
        ("NAME", "Brenda Itzel Sánchez"),
        ("OTHER_ID", "Columbus State"),
        ("AGE", "20 años"),
        ("NAME", "Omar"),
        ("NAME", "Brenda", "*"),
    ],
    "patient's school; graduation date is not a care event; the nurse is staff",
)

# ---------------------------------------------------------------------------
# Spanish, not patient-specific
# ---------------------------------------------------------------------------

n(
    "es",
    "staff_spotlight",
    "La Dra. Marisela Quintero, cardióloga intervencionista, fue nombrada Jefa del Laboratorio de Cateterismo. ¡Felicidades, doctora! 🎉",
    "staff physician",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a José Luis Pacheco, RN, enfermero de la UCI de trauma y traductor no oficial del piso. 💙 #SemanaDeLaEnfermeria",
    "staff nurse",
)

n(
    "es",
    "sponsor",
    "Gracias a la Fundación Hispana de Ohio por donar 500 cobijas para nuestros pacientes de oncología. 🧣",
    "donor organisation",
)

n(
    "es",
    "health_tip",
    "Los adultos mayores de 65 años deben vacunarse contra la influenza y el neumococo. ¡Pregunte en su clínica! 💉",
    "general age group",
)

n(
    "es",
    "event",
    "Feria de salud gratuita: sábado 12 de abril, de 9 a.m. a 1 p.m., en la Iglesia San Cristóbal. Presión arterial, glucosa y mamografías. 🩺",
    "hospital event date",
)

n(
    "es",
    "eponymous_condition",
    "¿Sabía que el Alzheimer no es parte normal del envejecimiento? Si nota pérdida de memoria en un familiar, consulte a su médico. 🧠",
    "eponymous condition",
)

n(
    "es",
    "eponymous_condition",
    "El Parkinson afecta a casi un millón de personas en EE. UU. Nuestra clínica de trastornos del movimiento tiene citas en español. Llame al (614) 555-0177.",
    "eponymous condition; hospital phone",
)

n(
    "es",
    "statistic",
    "En 2024 atendimos a más de 9,800 pacientes hispanohablantes y realizamos 42,000 interpretaciones en español. ¡Gracias por su confianza! 📊",
    "aggregate statistics",
)

n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español certificados. Solicite en callowaymed.org/empleos 💼",
    "job posting",
)

n(
    "es",
    "campaign_hashtag",
    "¡Feliz #MesDeLaHerenciaHispana! 🇲🇽🇵🇷🇩🇴🇬🇹🇸🇻🇨🇴 Celebramos a los más de 900 empleados hispanos de Calloway.",
    "campaign hashtag",
)

n(
    "es",
    "public_figure",
    "Frida Kahlo pasó gran parte de su vida en cama tras un accidente de autobús a los 18 años, y aun así pintó obras maestras. 🎨 Hoy inauguramos una exposición de arte de pacientes inspirada en ella.",
    "historical figure's age; patients anonymous",
)

n(
    "es",
    "health_tip",
    "Las mujeres a partir de los 40 años deben hacerse una mamografía cada año. #OctubreRosa 🎀",
    "general age group",
)

n(
    "es",
    "anonymous_story",
    "Una paciente nos dijo: «Cuando escuché a la enfermera hablarme en español, dejé de tener miedo». Por eso tenemos intérpretes las 24 horas. 💙",
    "anonymous patient",
)

n(
    "es",
    "anonymous_story",
    "Un papá nos pidió que agradeciéramos a 'la doctora de los aretes de colibrí'. Doctora, usted sabe quién es. 🐦",
    "anonymous relative",
)

n(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Estamos atendiendo a 8 pacientes del accidente múltiple en la I-71. Les pedimos a las familias llamar al 614-555-0123.",
    "counts only; hospital phone",
)

n(
    "es",
    "health_tip",
    "Día Mundial del Corazón ❤️: 30 minutos de caminata al día reducen el riesgo de infarto. ¡Muévase!",
    "health tip",
)

n(
    "es",
    "event",
    "Clase gratuita para futuras mamás en español: todos los martes a las 6 p.m. en el 4 Sur. Regístrese en callowaymed.org/bebe 🤰",
    "recurring class",
)

n(
    "es",
    "hospital_contact",
    "Nuestro campus principal está en 2200 Meridian Parkway, Columbus, OH 43210. ¡Estacionamiento gratis para pacientes de quimioterapia!",
    "hospital address",
)

n(
    "es",
    "public_figure",
    "Selena Quintanilla sigue inspirando a millones. 🎤💜 Hoy nuestro equipo de cardiología bailó 'Bidi Bidi Bom Bom' para celebrar el #DíaDelCorazón.",
    "public figure; campaign hashtag",
)

n(
    "es",
    "staff_spotlight",
    "El Dr. Alonso Treviño, cirujano cardiotorácico, explica en este video qué es un bypass coronario. 🎥 ¡Véalo completo!",
    "staff physician",
)

n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la Iglesia Santa Cecilia, encabezados por doña Amparo Villalobos, por traer café y conchas al personal nocturno ☕🥐",
    "volunteer with honorific, not a patient",
)

n(
    "es",
    "health_tip",
    "¿Síntomas de derrame cerebral? Recuerde RÁPIDO: Rostro caído, Alteración del equilibrio, Pérdida de fuerza, Impedimento al hablar, Dificultad para ver, Obtenga ayuda llamando al 911. 🧠",
    "health tip",
)

n(
    "es",
    "public_figure",
    "Hoy recibimos la visita del cónsul de México, Lic. Rodrigo Almanza, quien recorrió nuestro nuevo centro de trauma. 🇲🇽",
    "public official",
)

n(
    "es",
    "event",
    "Más de 300 personas participaron en nuestra Caminata por la Donación de Órganos. ¡Gracias! 💚 #DonaVida",
    "hospital event, counts",
)

n(
    "es",
    "anonymous_story",
    "Un paciente de nuestra UCI salió hoy después de 2 meses. Nos pidió no compartir su nombre, pero sí su mensaje: «Nunca se rindan».",
    "anonymous patient; duration",
)

n(
    "es",
    "eponymous_condition",
    "La enfermedad de Crohn y la colitis ulcerosa pueden tratarse. Nuestro Centro de EII ofrece consultas con intérpretes. #DíaMundialEII",
    "eponymous condition",
)

n(
    "es",
    "research",
    "Estudio clínico: buscamos adultos de 18 a 65 años con asma para un estudio de 6 meses. Compensación disponible. Info: investigacion@callowaymed.org",
    "eligibility ages; hospital email",
)

n(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Esperanza Gallardo, RN cumplió 30 años en Calloway. ¡Gracias, Esperanza, por tanta entrega! 🎉",
    "staff member whose name is a word; '30 años' is years of service",
)

n(
    "es",
    "staff_spotlight",
    "La Dra. Consuelo Ávila y el Dr. Ramón Fuentes recibieron el premio a la Excelencia Docente. 🏆 ¡Felicidades!",
    "staff physicians",
)

n(
    "es",
    "hospital_contact",
    "Síganos en @CallowayMed para consejos de salud en español todos los miércoles. 📲 #MiércolesDeSalud",
    "hospital handle",
)

n(
    "es",
    "staff_spotlight",
    'Detrás de cada consulta en español hay un héroe silencioso: nuestro equipo de intérpretes médicos. 🗣️💙\n\nEl año pasado, Yesenia Carrillo, Óscar Benítez, Maritza Olvera y Jorge "Coco" Lemus interpretaron en más de 42,000 citas, cirugías y partos. Yesenia lleva 19 años con nosotros y dice que su momento favorito es "cuando una mamá escucha por primera vez, en su idioma, que su bebé está bien".\n\nGracias a nuestra directora de Servicios Lingüísticos, Lic. Adela Fonseca, por construir este equipo desde cero. #DíaDelIntérprete',
    "staff names, including a nickname",
)

n(
    "es",
    "health_tip",
    "La diabetes tipo 2 se puede prevenir. 🍎🥗\n\nSi usted tiene más de 35 años, sobrepeso o antecedentes familiares de diabetes, pídale a su médico una prueba de A1C. Estos son algunos consejos de nuestra nutrióloga, Lic. Paulina Orozco:\n\n✅ Cambie el refresco por agua de jamaica sin azúcar\n✅ Camine 30 minutos después de la cena\n✅ Prefiera tortillas de maíz en lugar de harina\n✅ No se salte el desayuno\n\nNuestro programa de prevención de diabetes es gratuito y en español. Llame al (614) 555-0177.",
    "general age threshold; staff nutritionist; hospital phone",
)

n(
    "es",
    "event",
    "📣 ¡Gran Feria de Salud Latina 2025!\n\n🗓️ Sábado 26 de julio\n🕙 10 a.m. a 3 p.m.\n📍 Estacionamiento C, 2200 Meridian Parkway\n\nHabrá:\n• Vacunas gratis para adultos\n• Pruebas de presión y glucosa\n• Mamografías (con cita)\n• Asesoría sobre seguros médicos\n• ¡Tacos, música y rifas! 🌮🎶\n\nCon la participación del Consulado de México, la Cruz Roja y la Iglesia San Cristóbal. Más información en callowaymed.org/feria",
    "hospital event date and address",
)

n(
    "es",
    "anonymous_story",
    'A veces el tratamiento más importante no sale de la farmacia. 💛\n\nUna señora llevaba semanas en nuestra UCI, y no quería comer. Las enfermeras notaron que siempre miraba la foto de su jardín en el teléfono. Así que una enfermera del turno de noche trajo una maceta con una rosa de su propia casa y la puso junto a la ventana.\n\nEsa mañana, la señora pidió desayuno por primera vez en diez días.\n\nNo compartimos su nombre, pero ella quiso que supieran: "Las flores también curan". 🌹',
    "anonymous patient; 'rosa' is a flower",
)

n(
    "es",
    "recruitment",
    "💼 ¿Hablas español y quieres trabajar en salud?\n\nCalloway University Medical Center está contratando:\n\n🩺 Enfermeras(os) registradas(os) bilingües — bono de contratación de $10,000\n🗣️ Intérpretes médicos certificados\n🧑‍⚕️ Asistentes de atención al paciente (no se requiere experiencia)\n🍽️ Personal de cocina y limpieza\n\nOfrecemos seguro médico desde el primer día, pago de colegiatura y clases de inglés gratis. Solicita en callowaymed.org/empleos o ven a nuestra feria de empleo el jueves a las 4 p.m. #TeamCalloway",
    "job posting",
)

n(
    "es",
    "crisis_update",
    "⚠️ AVISO IMPORTANTE ⚠️\n\nDebido a la tormenta de nieve, todas las clínicas ambulatorias de Calloway estarán cerradas mañana martes. Las citas serán reprogramadas; un miembro de nuestro equipo le llamará.\n\nLa sala de Urgencias, el Centro de Trauma y las unidades de hospitalización siguen abiertas las 24 horas. Si tiene una emergencia, llame al 911. Para preguntas generales llame al (614) 555-0177.\n\nPor favor, no maneje si no es necesario. ¡Cuídense mucho! ❄️",
    "operations update",
)

n(
    "es",
    "public_figure",
    "#MesDeLaHerenciaHispana 🌎 Hoy recordamos a la Dra. Helen Rodríguez Trías (1929–2001), pediatra puertorriqueña y primera presidenta latina de la Asociación Americana de Salud Pública.\n\nLa Dra. Rodríguez Trías luchó toda su vida por el derecho de las mujeres a decidir sobre su salud y por el acceso a la atención médica de las comunidades pobres. En 2001 recibió la Medalla Presidencial del Ciudadano.\n\nSu legado inspira a nuestras más de 300 doctoras y enfermeras latinas. 💜",
    "historical figure with life dates",
)

n(
    "es",
    "statistic",
    'Nuestro Centro de Trasplantes en números, 2024 🫀🫁\n\n• 118 trasplantes de riñón (31 de donante vivo)\n• 64 trasplantes de corazón\n• 41 trasplantes de pulmón\n• 57 trasplantes de hígado\n• 1 de cada 6 de nuestros pacientes de trasplante es hispano\n\nDetrás de cada número hay una familia donante que dijo "sí". Gracias. Regístrese como donante en donatelifeohio.org 💚 #DonaVida',
    "aggregate statistics",
)


if __name__ == "__main__":
    S.main("phi_dev3_source")
