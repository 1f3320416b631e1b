"""Blind development set d16 for the PHI scanner: tests/data/phi_dev16.jsonl.

Organisation: Sandhills Military & Community Hospital (fictional), Fayetteville,
North Carolina, beside a large Army installation (Fort Liberty / Fort Bragg and
Pope Army Airfield). It serves soldiers and their families, veterans and retirees,
and the rural counties around it (Cumberland, Hoke, Harnett, Moore; Raeford,
Spring Lake, Hope Mills, Lillington...). Its own numbers, streets, domains and
handles are in phi_dev16_org.json and are never labelled.

Focus: military life. Deployments and homecomings, babies born while a parent is
deployed (often watching by video from a named country), Gold Star families,
veterans of 90 and more, PTSD and TBI programmes, paratrooper training injuries,
staff who are reservists, call signs and nicknames used as names, given names that
are ranks or words (Major, Ranger, Liberty, Gunner, Chief, Doc, Hope...), "Colonel
Sanders" jokes, Korean and Filipino military spouses, Lumbee and Scottish surnames
of the Sandhills. X-style short posts with @handles and hashtags, long Facebook
stories, careless staff posts in lower case or ALL CAPS, pasted chart lines,
billing notes and room lists.

Language mix: about 80% English, 20% Spanish (Puerto Rican and Dominican soldiers'
families). About half the posts are patient-specific.

Labelling decisions taken in this set (where the rules leave room):
- Military ranks and titles (SPC, PFC, SGT, SSG, SFC, 1SG, CSM, CW2, CPT, 1LT,
  Lt. Col., Col., "(Ret.)", "(USAR)", sargento, teniente) are titles and are kept
  out of the NAME span, like Sgt. in the rules. A rank-word that is the person's
  actual given name or nickname ("Major", "Sarge", "Chief", "Doc", "Sergeant" used
  as what everyone calls him) is NAME when that person is a patient or relative.
- Call signs and unit nicknames used as a patient's name ("Bear", "Hollywood",
  "Lucky", "Tank") are NAME; a hashtag built on them (#BearStrong) is one NAME span.
- Units (82nd Airborne, 101st Airborne, 555th, 3rd Brigade, 65th Infantry /
  Borinqueneers), installations, airfields and training areas mentioned in general
  (where a unit is, where training happens, an event venue) are not labelled. An
  installation is GEO only when the text makes it where a patient or relative lives
  or comes from ("drove in from Fort Campbell"). When the text says where the
  patient was injured (a named drop zone, a road, a creek, a foreign city such as
  Kandahar or Ramadi) that place is GEO, like the road of a crash. Foreign cities
  of a patient's or relative's life (Pyeongtaek, Cebu City, Bayamón, Santiago de
  los Caballeros) are GEO; countries (Poland, Kuwait, Korea, Jordan, Dominican
  Republic) are not. The hospital's own city named in general ("Fayetteville's
  summers") is not GEO; named as a patient's home or where he moved, it is.
- Puerto Rico is treated like a state (not GEO); its municipalities (Bayamón,
  Aguadilla, Caguas) are GEO.
- A hospital clinic named after its town ("our Lillington clinic", "la clínica de
  Spring Lake") is a hospital venue and is not GEO even when the patient was seen
  there.
- A public figure who is the patient is labelled (name and the town tied to
  him/her, e.g. the town he is mayor of or comes from); a public figure who visits
  is not.
- A relative's own dated personal event (a fallen son's date of death, a father's
  homecoming date for a newborn's family) is DATE, like the patient's own events.
  A holiday on which the patient was in hospital or gave birth ("spent Christmas
  in our PICU", "born on Veterans Day") is DATE.
- A birthday still to come that follows from the patient's age ("coming back for
  the 102nd") is AGE too; "su centenario" (her hundredth birthday) is AGE like
  "centenaria".
- An age over 89 of an otherwise unnamed patient ("a 93-year-old patient") is still
  AGE (Safe Harbor) and makes the post patient-specific. Ages of 89 or less, day
  counts ("94 days in the NICU"), unit numbers (101st) and the ages of volunteers or
  staff are never labelled.
- DoD ID / EDIPI numbers and a military wristband or encounter number are OTHER_ID;
  TRICARE numbers are HEALTH_PLAN; "last four" of an SSN is SSN; a vehicle's
  plate is VEHICLE.
- Family social-media handles (@jess_and_the_jumpmaster) are OTHER_ID; hospital
  handles are not labelled.
- Rooms and beds tied to a patient include the keyword ("Rm 404", "bed 12",
  "CAMA 3", "hab. 412", "LDR 3"); hospital units ("4 North", "5 West", "piso 4")
  and empty rooms are not labelled.
- When a word-name also appears as the ordinary word in the same post ("Hope is a
  word...", "Patience is a virtue", "Justice was served", "Ranger-qualified"), only
  the name occurrences are labelled and the word is declared with ok=.
- Kinship words and honorifics used before a name (Lola, Tita, Grandma, Bà, don,
  doña, Mrs., Miss) stay outside the NAME span; a plate's state prefix ("NC") is
  outside the VEHICLE span.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev16.jsonl"), os.path.join(HERE, "phi_dev16_org.json"), "d16")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, part 1

p(
    "en",
    "birth_announcement",
    "Welcome to the world, Liberty Rose! 🇺🇸 Born 7/4 at 6:12 a.m. in our Family Birth Center while her daddy watched on FaceTime from Poland. #SandhillsBabies @SandhillsMCH",
    [("NAME", "Liberty Rose"), ("DATE", "7/4")],
    note="given name is a word (and the installation's name); Poland is a country; time is not a date",
)

n(
    "en",
    "event",
    'Is your spouse deployed and baby on the way? Our free "Deployed Parents" childbirth class meets Saturday, March 14, 10 a.m.–noon at 1400 Ramsey Street (Classroom B). Video-call links provided so the deployed parent can join. Register: (910) 555-0100. #SandhillsStrong',
    "class date, hospital address and phone; no patient",
)

p(
    "en",
    "patient_story",
    'Eleven months ago, SPC Dante Okafor\'s reserve chute opened late over Sicily Drop Zone and he hit the ground hard — two fractured vertebrae, a shattered left heel and a brain injury his team called "moderate." Dante, 23, spent 19 days in our trauma unit and another six weeks in inpatient rehab.\n\nOn Friday he walked (no cane!) back into his company area to rejoin his squad. His mom, Grace Okafor, flew in from Houston for the moment. "They gave me my son back," she told our team.\n\nThank you to our trauma, neuro and PT crews, and to Dante for letting us share his story. #AirborneAllTheWay #SandhillsStrong',
    [
        ("NAME", "Dante Okafor"),
        ("NAME", "Dante", "*"),
        ("GEO", "Sicily Drop Zone"),
        ("NAME", "Grace Okafor"),
        ("GEO", "Houston"),
    ],
    note="injury site is a drop zone named after an island; rank excluded; age 23 not labelled; mother's city",
)

n(
    "en",
    "staff_spotlight",
    'Meet Major. No, not the rank — it\'s her actual first name. Major Whitfield has been a respiratory therapist here for 14 years and is also a captain in the Army Reserve, which makes roll call at drill weekend very confusing. "Captain Major" has deployed twice and still covers nights on 3 West. Thank you, Major! #StaffSpotlight #ReserveStrong',
    "staff member whose given name is a rank; staff are never labelled",
)

p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Mr. Harold "Hal" Pruitt — WWII paratrooper, retired Cumberland County tobacco farmer, and the only patient on 3 West who still does push-ups. 🎂🪂 Cake, great-grandkids and a serenade from the 82nd Airborne Chorus this afternoon. #AllAmerican',
    [("NAME", 'Harold "Hal" Pruitt'), ("AGE", "100th"), ("GEO", "Cumberland County")],
    note="nickname inside the name span; county of his farm; unit and ward not labelled",
)

n(
    "en",
    "anonymous_story",
    "A 19-year-old paratrooper came through our ER last month after a hard landing on his first night jump. Torn ACL, a concussion, and a lot of worry about his career. Today he's back on jump status. We can't tell you his name, but we can pass on his advice: keep your feet and knees together. #PLF #SandhillsStrong",
    "anonymous patient, age under 90, relative time only",
)

p(
    "en",
    "pasted_record",
    "4N huddle 0645 — LOCKLEAR, TAMMY R  DOB 02/11/1979  MRN 00318842  Bed 14  DoD ID 1290034817  Dx L ankle fx (training)  pref contact 910-555-0347  — pls round first",
    [
        ("NAME", "LOCKLEAR, TAMMY R"),
        ("DATE", "02/11/1979"),
        ("MRN", "00318842"),
        ("OTHER_ID", "Bed 14"),
        ("OTHER_ID", "1290034817"),
        ("PHONE", "910-555-0347"),
    ],
    note="huddle note pasted by mistake; DoD ID is OTHER_ID; 4N is a unit",
)

n(
    "en",
    "health_tip",
    "Heat Cat 4 and 5 days are here. 🔥 Before a ruck or a range day: drink 1 quart per hour (no more than 1.5 quarts/hour), wear your cooling towel, and watch your battle buddy for confusion or stopped sweating. Heat stroke is a 911 call, not a nap. #HeatInjuryPrevention",
    "health tip; numbers are quantities, 911 is a national line",
)

p(
    "en",
    "thank_you",
    "Huge thanks to @jess_and_the_jumpmaster for the sweet card and the donuts 🍩 — so glad Cody is home in Raeford and back to bossing his big sisters around. NICU nurses are still talking about his mohawk. #NICUgrad @SMCH_NICU",
    [("OTHER_ID", "@jess_and_the_jumpmaster"), ("NAME", "Cody"), ("GEO", "Raeford")],
    note="family handle is OTHER_ID; hospital handle not labelled",
)

n(
    "en",
    "public_figure",
    "Look who stopped by pediatrics! ⚾ Fayetteville Woodpeckers outfielder Marcus Bell and mascot Mr. Peck signed casts, handed out foam fingers and lost a very intense game of Uno to the kids on 2 East. Thanks for making our patients' day! #WoodpeckersCare",
    "visiting athlete and mascot named; patients anonymous",
)

p(
    "en",
    "memorial",
    'With heavy hearts we share that Command Sergeant Major (Ret.) Lonnie Faircloth, 91, passed peacefully on our hospice unit on Nov. 2, holding the hand of Betty, his wife of 64 years. CSM Faircloth made three combat jumps, raised four children in Hope Mills, and told every nurse who entered his room that she was "the best one yet." Rest easy, Sergeant Major.',
    [
        ("NAME", "Lonnie Faircloth"),
        ("AGE", "91"),
        ("DATE", "Nov. 2"),
        ("NAME", "Betty"),
        ("NAME", "Faircloth", 2),
        ("GEO", "Hope Mills"),
    ],
    note="rank words not labelled; 64 years of marriage is not an age; wife is a relative",
)

n(
    "en",
    "memorial",
    "Our Sandhills family lost one of its brightest lights this week. Ann Marie Tolar served 31 years as a labor & delivery nurse here and helped bring an estimated 6,000 military babies into the world. Services will be held Saturday at 2 p.m. at Snyder Memorial Baptist. In lieu of flowers, the family asks for gifts to the Sandhills Hospital Foundation.",
    "memorial for a staff member; service details are not a patient's",
)

p(
    "en",
    "birth_announcement",
    'TWINS! 👶👶 Welcome Ranger and Ryder Hollis, born 10/17 to Staff Sgt. and Mrs. Hollis of Hope Mills. Dad is Ranger-qualified, so the name was "non-negotiable." Mom says Ryder already outranks his brother by four minutes. 💙💙',
    [
        ("NAME", "Ranger", 1),
        ("NAME", "Ryder Hollis"),
        ("NAME", "Hollis", 2),
        ("DATE", "10/17"),
        ("GEO", "Hope Mills"),
        ("NAME", "Ryder", 2),
    ],
    note="baby named Ranger next to the qualification word Ranger (declared unlabelled)",
    ok=("Ranger",),
)

n(
    "en",
    "event",
    "Veterans Day, Nov. 11: all veterans are invited to our ceremony at 11 a.m. in the Ramsey Street lobby — especially our 90+ WWII and Korea veterans, who will be seated up front. Free breakfast from the Cumberland County Veterans Council. #VeteransDay",
    "event date; a population age group (90+) is not a patient's age",
)

p(
    "en",
    "discharge",
    "After 112 days, 3 surgeries and more dirty diapers than we can count, Baby Amara went home to Lillington today at 6 lb 2 oz. 💕 Her dad, CW2 Tobias Greer, got back from Germany just in time to carry her car seat out the front door. Go get 'em, Amara!",
    [("NAME", "Amara", "*"), ("GEO", "Lillington"), ("NAME", "Tobias Greer")],
    note="day count and weight not ages; country not GEO; 'today' not a date",
)

n(
    "en",
    "research",
    "New study: Sandhills Military & Community Hospital joins a DoD-funded trial on blast-related mild TBI, enrolling 300 service members aged 18–45 at the Owen Drive center. Participants get 12 weeks of free cognitive rehab. Questions? Research office (910) 555-0155. #TBIResearch",
    "research news; population ages; hospital phone",
)

p(
    "en",
    "patient_story",
    '"Doc" is back! 🩺 The Vietnam medic everyone on 4 North just calls Doc turned 90 last week and celebrated with the PT team who got him walking again after his stroke. Happy birthday, Mr. Jernigan — you patched up a lot of soldiers; we\'re honored to return the favor. #VeteransFirst',
    [("NAME", "Doc", "*"), ("AGE", "90"), ("NAME", "Jernigan")],
    note="nickname that is a title; 'last week' not a date",
)

n(
    "en",
    "health_tip",
    "Nightmares, anger, feeling on guard all the time? Those can be signs of PTSD — and they're treatable. Our Warrior & Family Behavioral Health Center at 210 Owen Drive sees active duty, veterans and spouses. In crisis right now? Dial 988 and press 1. #PTSDAwareness",
    "tip; hospital address; national crisis line",
)

p(
    "en",
    "pasted_record",
    "billing q for Kim in PFS: Acct# 44120987 — ADAMS-NGUYEN, MINH T — TRICARE ID 8800234516 — copay waived per AD status?? address on file 417 Bonnie Doone Rd, Fayetteville 28303 — pls advise",
    [
        ("ACCOUNT", "44120987"),
        ("NAME", "ADAMS-NGUYEN, MINH T"),
        ("HEALTH_PLAN", "8800234516"),
        ("GEO", "417 Bonnie Doone Rd"),
        ("GEO", "Fayetteville"),
        ("GEO", "28303"),
    ],
    note="billing note pasted to a public post; 'Kim' is a staff member, not labelled",
)

n(
    "en",
    "sponsor",
    "THANK YOU to the 82nd Airborne Division Spouses' Club for donating 400 comfort kits for families of deployed soldiers who deliver with us. Each kit has a phone charger, a journal and a onesie that says \"Daddy's on a mission.\" 💙 @SMCHFoundation",
    "donor group; no patient",
)

p(
    "en",
    "thank_you",
    "Every Tuesday for three months, Mrs. Park Soon-ja brought kimbap for our night shift while her husband, retired Sgt. Maj. Earl Whitley, recovered on our cardiac unit. Mr. Whitley went home to Spring Lake last week, and the night crew misses her cooking — and his stories about meeting her in Pyeongtaek in 1971. 감사합니다, Mrs. Park! ❤️",
    [
        ("NAME", "Park Soon-ja"),
        ("NAME", "Earl Whitley"),
        ("NAME", "Whitley", 2),
        ("GEO", "Spring Lake"),
        ("GEO", "Pyeongtaek"),
        ("NAME", "Park", 2),
    ],
    note="Korean name order (surname first); patient's wife; foreign city; bare year not labelled",
)

n(
    "en",
    "crisis_update",
    "⚠️ Tropical Storm Debby is expected to bring 6–10 inches of rain to Cumberland, Hoke and Harnett counties through Friday. Our Raeford and Lillington clinics close at noon Thursday; the main hospital and ER remain open. Dialysis patients: your center will call you. Updates at sandhillsmch.org.",
    "storm has a person's name; counties are not tied to a patient",
)

p(
    "en",
    "public_figure",
    'Spring Lake Mayor Otis Barefoot is resting comfortably at SMCH after a heart procedure Tuesday and asked us to pass along his thanks to the cath lab team "and whoever makes the banana pudding." Get well soon, Mayor Barefoot!',
    [("GEO", "Spring Lake"), ("NAME", "Otis Barefoot"), ("NAME", "Barefoot", 2)],
    note="public figure who is the patient; the town he is mayor of ties him to a place; weekday not a date",
)

n(
    "en",
    "staff_spotlight",
    "Yes, his name really is Col. (Ret.) Dwayne Sanders, and yes, he has heard every fried chicken joke. 🍗 Our new chief of surgery spent 26 years in Army medicine, including two tours as a forward surgical team commander. Welcome to Sandhills, Dr. Sanders! #NewHire",
    "staff member with a 'Colonel Sanders' name; not a patient",
)

p(
    "en",
    "patient_story",
    'Retired Col. Jim Sanders has heard every chicken joke in the book. So when our cardiac rehab team threw him a "finger-lickin\' good" graduation party after 36 sessions, he showed up in a white suit and string tie with a bucket for the nurses. 🍗😂 Congratulations, Colonel — keep walking those 2 miles a day! #CardiacRehab',
    [("NAME", "Jim Sanders")],
    note="patient with the 'Colonel Sanders' joke; rank words not labelled",
)

n(
    "en",
    "recruitment",
    "Getting out of the Army? Your 68W skills are wanted here. 🩺 Our DoD SkillBridge program places transitioning medics in paid internships on our ER, ICU and surgical teams during their last 180 days of service. Info session Thursday, 1800, Classroom A. Apply: sandhillsmch.org/careers @SMCHCareers",
    "recruitment; 180 days not an age",
)

p(
    "en",
    "birth_announcement",
    'Little "Sarge" (officially Mateo James Kowalski) reported for duty 12/1 at 9 lb 11 oz and immediately started yelling orders. 😂 Congratulations to mom Ashlyn and dad SSG Pete Kowalski! #SandhillsBabies',
    [
        ("NAME", "Sarge"),
        ("NAME", "Mateo James Kowalski"),
        ("DATE", "12/1"),
        ("NAME", "Ashlyn"),
        ("NAME", "Pete Kowalski"),
    ],
    note="rank-word nickname of a newborn; weight not an age",
)

n(
    "en",
    "statistic",
    "Our year in numbers: 4,112 babies born (61% to military families), 1,930 of them while a parent was deployed or in the field. 212 NICU graduates. 97 babies born on Fort Liberty paydays (we checked). #SandhillsBabies",
    "statistics; 97 is a count, not an age",
)

p(
    "en",
    "milestone_birthday",
    "happy 92nd bday to our favorite dialysis patient miss ora lee mcneill!! 🎉 she said the secret is sweet tea, collard greens and minding her own business 😂 we love you miss ora!! #dialysisfam",
    [("NAME", "ora lee mcneill"), ("AGE", "92nd"), ("NAME", "ora", 2)],
    note="all lower case; name and age of a staff post",
)

n(
    "en",
    "anonymous_story",
    "An 89-year-old Korean War veteran told our chaplain last week that he'd never talked about Chosin with anyone — not even his wife. He does now, every Thursday, in our veterans' peer group. It's never too late. #PTSD #KoreanWarVeterans",
    "89 is not over 89; anonymous; weekday only",
)

p(
    "en",
    "pasted_record",
    "night shift pls see board: Rm 401 Baker (CHF, 2L NC) / Rm 402 empty / Rm 403 Delgado-Ruiz (post-op R knee) / Rm 404 MOODY T. (TBI obs, fall risk)",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "Baker"),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "Delgado-Ruiz"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "MOODY T."),
    ],
    note="room list pasted by mistake; the empty room 402 is tied to no patient",
)

n(
    "en",
    "eponymous_condition",
    "Research is still sorting out how repeated blast exposure relates to Alzheimer's and Parkinson's disease later in life. If you served in artillery, breaching or mortars and notice memory changes, ask your primary care provider about a referral to our Neuro clinic. #BrainHealth",
    "eponymous conditions; no patient",
)

p(
    "en",
    "eponymous_condition",
    "Meet Brayden. He's 7, he has Duchenne muscular dystrophy, and he has a very serious plan to fly Black Hawks like his mom, CPT Alicia Vance. Today our neuromuscular clinic gave him an honorary flight suit and a tour of the medevac helicopter. Wheels up, Brayden! 🚁 #DuchenneAwareness",
    [("NAME", "Brayden", "*"), ("NAME", "Alicia Vance")],
    note="eponymous condition not labelled; mother (relative) named with rank",
)

n(
    "en",
    "sponsor",
    "Grateful to the Gary Sinise Foundation and Bragg Mutual Federal Credit Union for funding two new adaptive bikes for our amputee rehab program. 🚲 Donors' names are on the plaque in the Ramsey Street lobby.",
    "public figure's foundation and donors; not patients",
)

p(
    "en",
    "discharge",
    'He\'s going HOME. After 61 days in our burn unit, SSG Marcus "Hollywood" Tate walked out this morning through a hallway of maroon berets. 🫡 Hollywood, you made our staff laugh every single day. See you at the next skin-graft follow-up.',
    [("NAME", 'Marcus "Hollywood" Tate'), ("NAME", "Hollywood", 2)],
    note="nickname that is a place name; day count not labelled",
)

n(
    "en",
    "campaign_hashtag",
    "💜 April is the Month of the Military Child! Wear purple on Friday, April 15, and tag us with #PurpleUp #SandhillsStrong so we can share your photos. Our pediatric clinic will have free purple cupcakes all day.",
    "campaign date and hashtags; no patient",
)

p(
    "en",
    "thank_you",
    "\"To the night nurses on 5 West: you held my hand when my husband couldn't.\" — Ashley Brandt, who delivered baby Nova on New Year's Eve while her husband, 1LT Cole Brandt, was serving in Jordan. Thank you for letting us share your words, Ashley. 💙",
    [
        ("NAME", "Ashley Brandt"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Nova"),
        ("NAME", "Cole Brandt"),
        ("NAME", "Ashley", 2),
    ],
    note="country that is also a given name (Jordan) not labelled; holiday of the birth is DATE",
)

n(
    "en",
    "anonymous_story",
    "Last night a soldier's wife delivered a healthy baby girl in the parking lot of our Spring Lake clinic — with an assist from two Army medics who were grabbing coffee next door. Mom and baby are doing great. 💕 #SpecialDelivery",
    "anonymous; the clinic's town is a hospital venue",
)

p(
    "en",
    "memorial",
    "Our hospice team was honored to care for Mrs. Gloria Ashby, a Gold Star mother whose son, PFC Darnell Ashby, was killed in Ramadi in 2006. Mrs. Ashby passed Sunday at 78, wearing the pin with his picture on it, just as she did every day for 18 years. We hope they're together now. 🕊️",
    [
        ("NAME", "Gloria Ashby"),
        ("NAME", "Darnell Ashby"),
        ("NAME", "Ashby", "*"),
        ("GEO", "Ramadi"),
    ],
    note="Gold Star son is a relative; foreign city of his death; age 78 and bare year not labelled",
)

n(
    "en",
    "event",
    "Gold Star Mother's and Family's Day is Sunday, Sept. 29. Join us at 3 p.m. in the Memorial Garden, where Gold Star mom Linda Pace will read the names of the Cumberland County soldiers honored on our wall. All are welcome.",
    "ceremony speaker and honored soldiers are not patients or relatives of patients",
)

# ---------------------------------------------------------------- English, part 2

p(
    "en",
    "health_tip",
    "Hydrate! 💧 Just ask Pvt. Kenji Ramos-Watanabe, who learned the hard way on a 12-mile ruck in July and spent two nights with us for heat stroke. He's fully recovered and asked us to tell every new soldier: drink before you're thirsty.",
    [("NAME", "Kenji Ramos-Watanabe"), ("DATE", "July")],
    note="looks like a tip; a month tied to the patient's injury is a date element",
)

n(
    "en",
    "health_tip",
    "Tick season on the training ranges is no joke. 🪲 After field time, check your scalp, waistband and behind your knees. A bullseye rash or fever in the next 30 days? Tell your provider you were in the field. Lyme disease and Rocky Mountain spotted fever are both treatable when caught early.",
    "tip; 'Rocky Mountain' is the name of a disease, not a patient's place",
)

p(
    "en",
    "birth_announcement",
    "Maligayang pagdating, baby Isabela! 🇵🇭🇺🇸 Our Family Birth Center welcomed Isabela Joy Dizon on June 12 — Philippine Independence Day! Mom Maricel (originally from Cebu City) and dad SFC Ray Dizon are over the moon, and Lola flew 20 hours from Angeles City to meet her first apo. Salamat for sharing your joy with us!",
    [
        ("NAME", "Isabela Joy Dizon"),
        ("NAME", "Isabela", "*"),
        ("DATE", "June 12"),
        ("DATE", "Philippine Independence Day"),
        ("NAME", "Maricel"),
        ("GEO", "Cebu City"),
        ("NAME", "Ray Dizon"),
        ("GEO", "Angeles City"),
    ],
    note="the birth date named twice (date and holiday); Filipino spouse; foreign cities; 'Lola' is a kinship word, not a name",
)

n(
    "en",
    "staff_spotlight",
    "Mabuhay, Lorna! 🎉 Lorna Bautista, RN, came to Fayetteville from Iloilo as a young Army wife in 1994 and has worked every unit in this building since. Today she celebrates 30 years with Sandhills. Salamat po for three decades of care, Tita Lorna!",
    "staff member's hometown and years of service are not labelled",
)

p(
    "en",
    "pasted_record",
    "@SandhillsMCH pls disregard — ED heads-up: pt Wendell Oxendine of Pembroke, DOB 04/30/1961, inbound via Hoke EMS, MVC on NC-211 near Antioch, wife Sheila on the way, her cell 910-555-0291",
    [
        ("NAME", "Wendell Oxendine"),
        ("DATE", "04/30/1961"),
        ("GEO", "Pembroke"),
        ("GEO", "NC-211"),
        ("GEO", "Antioch"),
        ("NAME", "Sheila"),
        ("PHONE", "910-555-0291"),
    ],
    note="pasted ED message; road of the crash is GEO; 'Hoke EMS' is an agency, not the patient's place",
)

n(
    "en",
    "hospital_contact",
    "Need us? 📞 Main: (910) 555-0100 | ER: (910) 555-0142 | Línea en español: (910) 555-0163 | Foundation: (910) 555-0177\n📍 1400 Ramsey Street, Fayetteville, NC 28301\n📍 Hoke County Clinic, 95 Harris Avenue, Raeford, NC 28376\n🌐 sandhillsmch.org",
    "hospital's own numbers and addresses",
)

p(
    "en",
    "patient_story",
    "Bear is out of surgery and awake! 🐻 SFC \"Bear\" Hutchins' wife, Kayla, asked us to thank everyone who has been praying since Saturday's training accident. He's got a long road ahead, but he already asked for a cheeseburger. #BearStrong",
    [("NAME", "Bear", "*"), ("NAME", "Hutchins"), ("NAME", "Kayla"), ("NAME", "#BearStrong")],
    note="call sign used as the name, also inside a hashtag",
)

n(
    "en",
    "staff_spotlight",
    "Say hello to Major! 🐶 Our newest facility dog is a 2-year-old yellow Lab trained by America's VetDogs. Major will work with our PTSD and TBI programs at Owen Drive and visit inpatients on Tuesdays. He outranks all of us and he knows it.",
    "a dog named Major; pets are not labelled",
)

p(
    "en",
    "patient_story",
    "Our own ER charge nurse, Lt. Col. (USAR) Renée Castillo, spent this month on the other side of the stretcher after a bike crash on Skibo Road. She's home, healing, and already texting the unit about the schedule. 🙄 Get well soon, Renée — we need you back (after you're cleared)!",
    [("NAME", "Renée Castillo"), ("NAME", "Renée", 2), ("GEO", "Skibo Road")],
    note="staff member who is also the patient; road of the crash; 'this month' not a date",
)

n(
    "en",
    "research",
    "Published this week in Military Medicine: our behavioral health team found that veterans paired with a service dog reported 22% fewer PTSD symptoms after 6 months than veterans on the waitlist (n=181). Congrats to Dr. Priya Natarajan and team! #PTSDResearch",
    "research with a staff author; population numbers",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO MISS EULA MAE TYNDALL OF ERWIN!!! 🎂 OUR OLDEST PATIENT AT THE LILLINGTON CLINIC AND STILL SHARPER THAN ALL OF US. SHE SAYS SHE'S ONLY COMING BACK FOR THE 102ND IF WE BRING PIE.",
    [("AGE", "101ST"), ("NAME", "EULA MAE TYNDALL"), ("GEO", "ERWIN"), ("AGE", "102ND")],
    note="all caps; the clinic's town is a hospital venue, her own town is GEO; the coming birthday is also an age over 89",
)

n(
    "en",
    "campaign_hashtag",
    "The 82nd vs. the 101st: which division can donate more blood this month? 🩸 The 101st Airborne alumni chapter has thrown down the challenge. Give at any Sandhills blood drive and tell us your unit. #AllAmericanBloodChallenge #ScreamingEagles",
    "unit numbers (101st) are not ages",
)

p(
    "en",
    "public_figure",
    'Former Carolina Panthers linebacker and Hope Mills native Terrence "T-Rex" Womack wants you to know his new knee is "better than the factory model." 🏈 Terrence had his replacement with our orthopedic team this week and gave us permission to share. Thanks for the signed jersey, T-Rex!',
    [
        ("GEO", "Hope Mills"),
        ("NAME", 'Terrence "T-Rex" Womack'),
        ("NAME", "Terrence", 2),
        ("NAME", "T-Rex", 2),
    ],
    note="public figure who is a patient; hometown tied to him",
)

n(
    "en",
    "public_figure",
    'Country star Jessie Rae Holloway stopped by our amputee rehab gym today after her USO show on post, and played "Wagon Wheel" with three of our soldiers on guitar. Thank you for showing up for our warriors, Jessie Rae! 🎸 #USO',
    "visiting celebrity named; soldiers anonymous",
)

p(
    "en",
    "discharge",
    "Ji-ho went home! 🎉 Born at 27 weeks on Lunar New Year, Ji-ho Kim-Raymond spent 94 days in our NICU while his dad was deployed to Korea — the same country where his parents met. Mom Eun-ji says he already has both of their stubborn streaks. 💙 @SMCH_NICU",
    [
        ("NAME", "Ji-ho Kim-Raymond"),
        ("NAME", "Ji-ho", "*"),
        ("DATE", "Lunar New Year"),
        ("NAME", "Eun-ji"),
    ],
    note="94 is a day count, not an age; birth on a holiday is DATE; Korea is a country",
)

n(
    "en",
    "statistic",
    "94% of the families who spent time in our NICU last year said they would recommend us to a friend. The other 6% had a lot of thoughts about the parking garage — and we heard you. New covered walkway opens in May. 🅿️",
    "percentages and a building opening date",
)

p(
    "en",
    "pasted_record",
    "D/C summary cc'd to unit — ORTIZ, BRANDON K | DOB 8/19/2001 | EDIPI 1534772901 | adm 10/29 d/c 11/08 | home: 2210 Murchison Rd Apt 6 | f/u PT + TBI clinic 2 wks",
    [
        ("NAME", "ORTIZ, BRANDON K"),
        ("DATE", "8/19/2001"),
        ("OTHER_ID", "1534772901"),
        ("DATE", "10/29"),
        ("DATE", "11/08"),
        ("GEO", "2210 Murchison Rd Apt 6"),
    ],
    note="EDIPI is OTHER_ID; admission and discharge dates",
)

n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — now a 6-foot-2 second lieutenant with the 18th Airborne Corps! His primary nurse from 2001 is still here and cried all over his uniform. 😭 This job, y'all. #NICUgrad",
    "anonymous former patient; staff unnamed; bare year",
)

p(
    "en",
    "thank_you",
    "Thank you @hopemills_heather for the cookies!! 🍪 Tell our favorite NICU grad Gunner we said happy 1st birthday — the nurses can't believe how big he is. 💪",
    [("OTHER_ID", "@hopemills_heather"), ("NAME", "Gunner")],
    note="a word-name and a family handle containing a town",
)

n(
    "en",
    "event",
    "Lace up for the 12th annual Salute 5K! 🏃‍♀️ Saturday, May 18, 8 a.m. at Festival Park in downtown Fayetteville. All proceeds support our Warrior & Family Behavioral Health Center. Register at sandhillsfoundation.org/salute5k.",
    "event date and venue",
)

p(
    "en",
    "patient_story",
    'Everybody at the VFW calls him Sergeant, even though Willie Gaddy left the Army in 1972. For 50 years Sergeant didn\'t sleep more than four hours a night. This spring, at 74, he finished our 12-week PTSD program, and last month he slept through the night for the first time since Vietnam.\n\n"I didn\'t know it could be fixed," he told us. "I figured it was just the price."\n\nWillie\'s wife, Loretta, says he\'s "a whole new grouch." They live on the same farm outside Raeford where he grew up, and they want every veteran out there to know: it\'s not too late. Call our Owen Drive center at (910) 555-0100.',
    [
        ("NAME", "Sergeant", "*"),
        ("NAME", "Willie Gaddy"),
        ("NAME", "Willie", 2),
        ("NAME", "Loretta"),
        ("GEO", "Raeford"),
    ],
    note="a rank used as the nickname; age 74 and years are not labelled; hospital phone",
)

n(
    "en",
    "staff_spotlight",
    "Reservist spotlight 🎖️ Capt. Dana Pugh, one of our L&D nurses, just got home from nine months with a combat support hospital in Iraq. Her team delivered supplies, stitched up a lot of soldiers, and — she swears — adopted a camel. Welcome home, Dana! #ReserveStrong",
    "staff member back from deployment; not a patient",
)

p(
    "en",
    "discharge",
    "Back home in Southern Pines: 97-year-old Army Nurse Corps veteran Lt. Col. (Ret.) Frances Ebersole, who served in a MASH unit in Korea, was discharged today after treatment for pneumonia. She critiqued our IV technique (kindly) and told us we'd have made fine Army nurses. High praise!",
    [("GEO", "Southern Pines"), ("AGE", "97-year-old"), ("NAME", "Frances Ebersole")],
    note="age token with suffix; country not GEO",
)

n(
    "en",
    "thank_you",
    "Meet Dorothy Haskins, our Volunteer of the Year! 🏆 Dorothy is 93, a retired Army wife, and has worked the gift shop every Tuesday since 1988. She has sold roughly one million Tootsie Rolls. Thank you, Miss Dorothy!",
    "a volunteer's age over 89 is not a patient's age",
)

p(
    "en",
    "birth_announcement",
    "Congrats to SPC Jamal Whitaker and his wife Brianna on the arrival of their little one this morning! 💙 Jamal made it back from the field with 20 minutes to spare. Welcome to the Sandhills family!",
    [("NAME", "Jamal Whitaker"), ("NAME", "Brianna"), ("NAME", "Jamal", 2)],
    note="only the parents (relatives and the mother-patient) are named, the baby is not",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to our L&D manager Tasha Greene, who became a grandma this weekend! 🎉 After 22 years of catching other people's babies, she says it's a whole different feeling on the other side. Enjoy those baby snuggles, Grandma Tasha!",
    "staff member's own family; the grandchild is not said to be our patient",
)

p(
    "en",
    "eponymous_condition",
    "At 3, Sophie was diagnosed with Kawasaki disease after a week of fevers nobody could explain. Her mom, an Army flight medic, pushed for answers, and our pediatric cardiology team caught it in time. Today Sophie is 6, heart healthy, and wants you to know that Kawasaki is also a motorcycle. 🏍️",
    [("NAME", "Sophie", "*")],
    note="eponymous condition that is also a brand; ages under 90",
)

n(
    "en",
    "eponymous_condition",
    "Did you know ALS — Lou Gehrig's disease — is diagnosed in military veterans at roughly twice the rate of the general public? The VA considers it service-connected. Our neurology clinic can help with the paperwork and the care. #ALSAwarenessMonth",
    "eponymous condition named after a public figure",
)

p(
    "en",
    "patient_story",
    '🔔 CW4 Danny "Chief" Ramirez rang the bell today after his 30th and final radiation treatment! Thirty years flying Chinooks, thirty rounds of radiation, zero complaints. We\'ll miss you, Chief. #ChiefStrong',
    [("NAME", 'Danny "Chief" Ramirez'), ("NAME", "Chief", 2), ("NAME", "#ChiefStrong")],
    note="rank-word nickname; hashtag with the nickname; counts not ages",
)

n(
    "en",
    "campaign_hashtag",
    "November is Military Family Appreciation Month. 🇺🇸 To every spouse who delivered alone, every kid who counted down the days, and every parent who waited by the phone: we see you. Share your story with #SandhillsStrong #MilitaryFamilyMonth",
    "campaign hashtags; no patient",
)

p(
    "en",
    "pasted_record",
    'Fwd from patient relations: "Please update my mother\'s address to 88 Juniper Lake Rd, Cameron NC 28326 and send bills to dlynch.family@gmail.com — Darlene Lynch (daughter of Ruth Lynch, rm 218)"',
    [
        ("GEO", "88 Juniper Lake Rd"),
        ("GEO", "Cameron"),
        ("GEO", "28326"),
        ("EMAIL", "dlynch.family@gmail.com"),
        ("NAME", "Darlene Lynch"),
        ("NAME", "Ruth Lynch"),
        ("OTHER_ID", "rm 218"),
    ],
    note="forwarded message with the daughter's email and the patient's address and room",
)

n(
    "en",
    "crisis_update",
    "Our Owen Drive behavioral health center is closed today because of a water main break on the street. All appointments will be converted to telehealth — watch for a text from (910) 555-0100. Walk-in crisis care is available at the main ER on Ramsey Street.",
    "closure; hospital streets and phone",
)

p(
    "en",
    "birth_announcement",
    'Baby Wesley made his grand entrance on Veterans Day at 11:11 a.m. — we could not make this up. 🇺🇸 His dad, 1SG Omar Haddad, watched the whole thing on a grainy Starlink call from Latvia and has requested the footage be "declassified" immediately.',
    [("NAME", "Wesley"), ("DATE", "Veterans Day"), ("NAME", "Omar Haddad")],
    note="born on a holiday; time is not a date; country not GEO",
)

n(
    "en",
    "event",
    "On Veterans Day at 11:11 a.m., every unit in our hospital will pause for a moment of silence. Veterans on staff are invited to wear their unit patches and berets all day. 🫡 #VeteransDay",
    "the same holiday as an event date, not a patient's",
)

p(
    "en",
    "memorial",
    "Fly high, Tripp. 🕊️ Our PICU family is heartbroken. Thank you to his parents for letting us love him too. #TrippStrong",
    [("NAME", "Tripp"), ("NAME", "#TrippStrong")],
    note="very short post; first name and name hashtag only",
)

n(
    "en",
    "memorial",
    "Today we remember the 2,977 lives lost on 9/11 and the soldiers from this community who deployed in the years that followed. Our flags fly at half-staff. 🇺🇸 #NeverForget",
    "anniversary of a public event; counts",
)

p(
    "en",
    "patient_story",
    'Fifteen years ago, an IED outside Kandahar took SSG Luis "Lucky" Serrano\'s left leg and gave him a brain injury he still fights every day. This week Lucky finished our TBI intensive outpatient program — and drove himself home to Spring Lake for the first time since 2009. Lucky by name. Stubborn by nature. 💪',
    [
        ("GEO", "Kandahar"),
        ("NAME", 'Luis "Lucky" Serrano'),
        ("NAME", "Lucky", "*"),
        ("GEO", "Spring Lake"),
    ],
    note="foreign city of the injury; word-nickname repeated; bare year",
)

n(
    "en",
    "anonymous_story",
    "A former Green Beret in his 40s told us he came to our TBI program because his 8-year-old asked why Daddy forgets things. He graduated this week. We can't share his name — but his daughter made him a medal out of a juice lid, and he wore it to the ceremony. 🥹",
    "anonymous patient and child; ages under 90",
)

p(
    "en",
    "thank_you",
    '200 tamales. 🫔 That\'s what the Hairston family of Linden drove to our PICU on Saturday, one year after their son spent Christmas here recovering from a ruptured appendix. "You fed us when we couldn\'t think," his mom said. "Now it\'s our turn." Thank you, Hairstons!',
    [("NAME", "Hairston"), ("GEO", "Linden"), ("DATE", "Christmas"), ("NAME", "Hairstons")],
    note="family surname and town; the holiday spent in hospital is DATE; 'one year after' is relative",
)

n(
    "en",
    "sponsor",
    "Our new Cromartie Family Pavilion for outpatient surgery opens this spring, thanks to a $4 million gift from Hal and Jeannette Cromartie of Southern Pines. Tours start Monday. 🏥 @SMCHFoundation",
    "donors naming a building; not patients",
)

# ---------------------------------------------------------------- English, part 3

p(
    "en",
    "pasted_record",
    "Pt acct 5531-0087 / Guarantor: SGT Darius Pope / Dependent: Kaylee Pope DOB 03/22/2016 / TRICARE Select 7734102856 / Home ph (910) 555-0418 / bal $35.00 — sending to collections?",
    [
        ("ACCOUNT", "5531-0087"),
        ("NAME", "Darius Pope"),
        ("NAME", "Kaylee Pope"),
        ("DATE", "03/22/2016"),
        ("HEALTH_PLAN", "7734102856"),
        ("PHONE", "(910) 555-0418"),
    ],
    note="billing line; sponsor is the patient's parent; dollar amount not an id",
)

n(
    "en",
    "event",
    "Our flight medics trained with the aircrews at Pope Army Airfield this week on loading patients into a C-130. 🛩️ Tomorrow's practice run will be loud — neighbors on the north side of post, you've been warned!",
    "Pope is an airfield here, not a person; training event",
)

p(
    "en",
    "milestone_birthday",
    "Ninety and jumping! 🪂 Arthur Bell turned ninety on Saturday and marked it with a tandem skydive with the Golden Knights — 70 years after his first jump with the 82nd. Arthur had a hip replacement here two years ago and gave our ortho team full credit for the landing.",
    [("AGE", "Ninety"), ("NAME", "Arthur Bell"), ("AGE", "ninety"), ("NAME", "Arthur", 2)],
    note="age written as a word in two cases; unit name and years are not ages",
)

n(
    "en",
    "health_tip",
    "Our new 90-Day Heart Challenge starts Monday! ❤️ Walk 30 minutes, 5 days a week, for 90 days and get a free cholesterol check at the end. Open to anyone 18 and older. Sign up at sandhillsmch.org/heart90.",
    "90 is a number of days, not an age",
)

p(
    "en",
    "patient_story",
    "Hope is a word we use a lot around here. It's also the name of the bravest 4-year-old on our pediatric oncology unit. 💛 Hope Castellanos finished her last round of chemo this morning, and her big brother, PFC Adrian Castellanos, got emergency leave from Alaska to be here when she rang the bell. We have all the hope in the world for you, Hope.",
    [
        ("NAME", "Hope Castellanos"),
        ("NAME", "Adrian Castellanos"),
        ("NAME", "Hope", 3),
    ],
    note="a given name that is also the common word; the first 'Hope' is the word (declared); state not GEO",
    ok=("Hope",),
)

n(
    "en",
    "campaign_hashtag",
    "Hope lives here. 💛 Every gift to our pediatric cancer fund this September stays right here in the Sandhills. #HopeLivesHere #ChildhoodCancerAwareness @SMCHFoundation",
    "Hope as a word and campaign hashtag",
)

p(
    "en",
    "discharge",
    'Mr. Kwame Asante, retired master sergeant and Ghana-born 82nd Airborne legend, went home to Vass today after 3 weeks with us. He left each nurse a handwritten note — in English, Twi and "jumpmaster." 🪂',
    [("NAME", "Kwame Asante"), ("GEO", "Vass")],
    note="country of birth not GEO; home town is",
)

n(
    "en",
    "recruitment",
    "Military spouse? We're hiring! 💼 Our PCS-friendly jobs let you transfer your seniority when you move, and our Spouse Career Program covers NC licensure fees for RNs, LPNs and respiratory therapists coming from another state. Apply at sandhillsmch.org/careers #MilSpouseJobs @SMCHCareers",
    "recruitment",
)

p(
    "en",
    "birth_announcement",
    "Congratulations to Sgt. Jae-won Yoon and Hana Yoon on the birth of their son, Daniel, on 8/3! Hana's parents flew in from Busan and the nurses have been learning Korean lullabies all week. 👶🇰🇷",
    [
        ("NAME", "Jae-won Yoon"),
        ("NAME", "Hana Yoon"),
        ("NAME", "Daniel"),
        ("DATE", "8/3"),
        ("NAME", "Hana", 2),
        ("GEO", "Busan"),
    ],
    note="Korean family; grandparents' foreign city",
)

n(
    "en",
    "staff_spotlight",
    "Meet the only set of twins on our ER staff: SGT (USAR) Kevin Lumpkin and SGT (USAR) Keith Lumpkin, both ER techs, both Army reservists, both drilling with the same medical company. Patients constantly think they're seeing double — because they are. 👯‍♂️",
    "staff twins; not patients",
)

p(
    "en",
    "crisis_update",
    "UPDATE 9:40 p.m.: We received 7 soldiers from tonight's vehicle rollover on Plank Road. Five are in fair condition; two are in surgery. One of them, PV2 Cody Baumgartner, has asked us to let his mom know he's okay — Mrs. Baumgartner, if you see this, please call our ER desk at (910) 555-0142.",
    [("GEO", "Plank Road"), ("NAME", "Cody Baumgartner"), ("NAME", "Baumgartner", 2)],
    note="crisis update that names one patient; road of the crash is GEO; hospital number",
)

n(
    "en",
    "crisis_update",
    "UPDATE: All patients from this afternoon's training accident have been treated and released or admitted in stable condition. Out of respect for the soldiers and their families, we will not release names. Please direct media questions to (910) 555-0188.",
    "crisis update without identifiers",
)

p(
    "en",
    "patient_story",
    'Some people wait a lifetime for a homecoming. Pvt. Teodoro "Teddy" Villanueva waited 44 days — in our ICU, on a ventilator, after his humvee slid into Drowning Creek. His wife Rosalinda read him letters from their kids in Tagalog every night. Teddy woke up on Father\'s Day. Last Friday, he walked out to his own welcome home party, balloons and all. 🎈',
    [
        ("NAME", 'Teodoro "Teddy" Villanueva'),
        ("GEO", "Drowning Creek"),
        ("NAME", "Rosalinda"),
        ("NAME", "Teddy", 2),
        ("DATE", "Father's Day"),
    ],
    note="place of the crash is a creek; holiday of waking is a patient event date; 44 days not an age",
)

n(
    "en",
    "event",
    "Father's Day brunch for NICU dads is this Sunday at 10 a.m. in the NICU family lounge. Dads who are deployed: we'll set up a video link so you can 'attend.' 🥞 Hosted by our volunteer dads' group.",
    "holiday as an event date",
)

p(
    "en",
    "pasted_record",
    "PLEASE CALL BACK — fam of pt in bed 12 (ICU) — son Travis Goins 910-555-0326 — wants update on mom (Velma Goins, 94) — says nobody called since Tues",
    [
        ("OTHER_ID", "bed 12"),
        ("NAME", "Travis Goins"),
        ("PHONE", "910-555-0326"),
        ("NAME", "Velma Goins"),
        ("AGE", "94"),
    ],
    note="message slip pasted; abbreviated weekday is not a date",
)

n(
    "en",
    "statistic",
    "Since our TBI program opened, 1,250 service members have completed treatment. Average age: 31. Most common cause: blast exposure (48%), followed by training falls and parachute landings (22%) and vehicle crashes (17%). #BrainInjuryAwarenessMonth",
    "statistics; average age",
)

p(
    "en",
    "milestone_birthday",
    "Pull up a chair for Mrs. Imelda Santos: she turns 104 today! 🎂 A war bride from Olongapo who followed her husband to North Carolina in 1952, Lola Imelda has been a patient of our geriatrics clinic for 20 years. Maligayang kaarawan po! 🇵🇭",
    [("NAME", "Imelda Santos"), ("AGE", "104"), ("GEO", "Olongapo"), ("NAME", "Imelda", 2)],
    note="'today' is not a date; state and bare year not labelled; foreign hometown",
)

n(
    "en",
    "event",
    "Celebrate Filipino American History Month with us! 🇵🇭 Join our Filipino Nurses Association for lumpia, pancit and a talk on the Filipino Scouts of WWII, Oct. 18 at noon in the main cafeteria. Mabuhay!",
    "cultural event",
)

p(
    "en",
    "thank_you",
    "A letter we'll keep forever: \"My daddy was in Afghanistan when I had my tonsils out. Nurse Kenya let me wear her stethoscope. I am 8 now and I want to be a Army nurse. Love, Aubree Jo Spivey, Linden NC.\" 💌 Aubree, we'll save you a spot.",
    [("NAME", "Aubree Jo Spivey"), ("GEO", "Linden"), ("NAME", "Aubree", 2)],
    note="child's letter; the nurse is staff and not labelled; country not GEO",
)

n(
    "en",
    "thank_you",
    'Shoutout to Nurse Kenya Doby on 2 East, who was named our DAISY Award winner this quarter! 🌼 The family who nominated her wrote that she "made a scared little girl feel brave." Thank you, Kenya!',
    "staff award; the nominating family is anonymous",
)

p(
    "en",
    "patient_story",
    "Meet Liberty. 🐾 No, not a baby this time — Liberty is the service dog who stayed by SSG Rashad Kinlaw's bed for 9 days while he recovered from spinal surgery. Rashad says she's better at PT than he is. Rashad, your dog is welcome back anytime. You too, we guess. 😉",
    [("NAME", "Rashad Kinlaw"), ("NAME", "Rashad", "*")],
    note="the dog's name is a word-name (also a baby's name elsewhere) and is not labelled",
)

n(
    "en",
    "anonymous_story",
    "A spouse called our Spanish line at 2 a.m. last week because her husband was deployed, her baby had a fever of 104, and she didn't know where to go. Our interpreter stayed on the phone until they walked through our ER doors. That's what (910) 555-0163 is for. 💙",
    "104 is a temperature, not an age; anonymous",
)

p(
    "en",
    "discharge",
    "going home today: our guy TANK from rm 322 🫡 6 weeks, 2 surgeries, 1 very loud family. stay out of trouble, tank!! #tankstrong",
    [("NAME", "TANK"), ("OTHER_ID", "rm 322"), ("NAME", "tank"), ("NAME", "#tankstrong")],
    note="call sign in caps and lower case; room number",
)

n(
    "en",
    "health_tip",
    "Training at Camp Mackall or Fort Liberty's ranges this summer? 🐍 Copperheads and timber rattlers are active. If you're bitten: stay calm, keep the limb at heart level, remove rings, and get to an ER. Don't cut, suck or ice the bite.",
    "tip; installation names not tied to a patient",
)

p(
    "en",
    "memorial",
    "We said goodbye this week to Mr. Jun Ho Lee, 95, a Korean War veteran who served alongside American troops as a KATUSA and later moved to Fayetteville to be near his daughter, Grace. He was a patient of our dialysis unit for six years and taught half the staff how to play baduk. 🕊️",
    [("NAME", "Jun Ho Lee"), ("AGE", "95"), ("GEO", "Fayetteville"), ("NAME", "Grace")],
    note="city of the patient's home; daughter is a relative",
)

n(
    "en",
    "public_figure",
    'Honored to host Gen. (Ret.) Raymond Odom, former commander of the 18th Airborne Corps, who spoke to our behavioral health team about his own journey with PTSD. "Getting help was the bravest thing I ever did." Thank you, sir. 🫡',
    "a public figure speaking about his own health, not our patient",
)

p(
    "en",
    "birth_announcement",
    "Hometown hero alert! 🦸‍♂️ Baby Bragg Thomas McLaurin, 8 lb 1 oz, born 3/30 to Spring Lake's own Tiffany and SSG Brandon McLaurin. Yes, his name is Bragg. No, mom says, it's not after the base. (It's after the base.)",
    [
        ("NAME", "Bragg Thomas McLaurin"),
        ("DATE", "3/30"),
        ("GEO", "Spring Lake"),
        ("NAME", "Tiffany"),
        ("NAME", "Brandon McLaurin"),
        ("NAME", "Bragg", 2),
    ],
    note="given name that is the old name of the installation; family's town",
)

n(
    "en",
    "statistic",
    "Fun fact: the most popular baby names at our hospital this year were Liam, Olivia, Mateo, Ava and… Ranger. 🪖 We also welcomed 3 Libertys, 2 Majors and 1 baby named Airborne. Fayetteville, never change.",
    "aggregate name statistics, not tied to any patient",
)

p(
    "en",
    "pasted_record",
    "ED triage note (pasted): 34 y/o F, Hmong interp needed, chief complaint abd pain, spouse SGT Tou Vang 910-555-0452, lives Bunce Rd, arrived 0215 POV plate NC TRL-4417",
    [
        ("NAME", "Tou Vang"),
        ("PHONE", "910-555-0452"),
        ("GEO", "Bunce Rd"),
        ("VEHICLE", "TRL-4417"),
    ],
    note="age under 90; plate number is VEHICLE (value only, without the state)",
)

n(
    "en",
    "hospital_contact",
    "Interpreters are available 24/7 at no cost in Spanish, Korean, Tagalog, Vietnamese, Hmong, Arabic, Dari and Pashto. Ask at any front desk or call (910) 555-0100. 🗣️ Our Spanish line: (910) 555-0163.",
    "hospital contact information",
)

p(
    "en",
    "patient_story",
    "When the Afghan interpreter who once saved his platoon arrived in Fayetteville with a failing kidney, retired SFC Glenn Daughtry didn't hesitate: he gave him one of his. 💙 Last week Glenn and Mohammad Rahimi, now of Hope Mills, celebrated one year post-transplant in our clinic with green tea and a lot of hugs.",
    [
        ("GEO", "Fayetteville"),
        ("NAME", "Glenn Daughtry"),
        ("NAME", "Glenn", 2),
        ("NAME", "Mohammad Rahimi"),
        ("GEO", "Hope Mills"),
    ],
    note="the donor is also a patient (living kidney donor); the recipient's city of arrival and current town",
)

n(
    "en",
    "research",
    "Our kidney transplant program just marked its 500th transplant — and 1 in 4 of our living donors is a veteran or active duty service member. 🫘 Thinking about living donation? Info session Oct. 3, 6 p.m., Classroom A.",
    "500th is a count, not an age; event date",
)

p(
    "en",
    "eponymous_condition",
    "\"Hashimoto's? Isn't that a sushi place?\" 😂 That was SPC Kiara Bethea's first reaction to her diagnosis. After 6 months of fatigue she thought was just Army life, our endocrinology team found the answer. Kiara's back to running her 2-mile in under 15. #ThyroidAwareness",
    [("NAME", "Kiara Bethea"), ("NAME", "Kiara", 2)],
    note="eponymous condition joke; time is not an age",
)

n(
    "en",
    "eponymous_condition",
    "Raynaud's, Sjögren's, Hashimoto's, Graves': autoimmune conditions are more common in women, including those in uniform. Our women's health clinic has extended hours on Thursdays for active duty women. Call (910) 555-0100 to book.",
    "eponymous conditions; no patient",
)

p(
    "en",
    "thank_you",
    'To the family of 1SG (Ret.) Clarence Bynum: thank you for the beautiful quilt made from his old uniforms. It now hangs in our hospice family room, where Clarence spent his last days in March. His daughter, Yvette, says he\'d want it somewhere "with good coffee and people who know how to salute." 🇺🇸',
    [("NAME", "Clarence Bynum"), ("NAME", "Clarence", 2), ("DATE", "March"), ("NAME", "Yvette")],
    note="a month of the patient's death is a date element",
)

n(
    "en",
    "sponsor",
    "Thank you to the Fayetteville Chapter of the Association of the U.S. Army for our new Warrior Quilt wall, with 60 quilts sewn by military spouses. 🧵 Each quilt will go home with a patient of our PTSD residential program.",
    "donors; patients unnamed",
)

# ---------------------------------------------------------------- English, part 4

p(
    "en",
    "birth_announcement",
    "Grayson James Marsh was born this week, four months after his father, SSG Eli Marsh, was killed in a training accident on April 9. 💙 His mom, Kelsey, asked us to share his first photo so Eli's soldiers can see him. Pictured: Grayson with the maroon beret his dad's platoon sent to the hospital.",
    [
        ("NAME", "Grayson James Marsh"),
        ("NAME", "Eli Marsh"),
        ("DATE", "April 9"),
        ("NAME", "Kelsey"),
        ("NAME", "Eli", 2),
        ("PHOTO", "Pictured"),
        ("NAME", "Grayson", 2),
    ],
    note="Gold Star newborn; the father's death date is a relative's date; the photo shows the patient",
)

n(
    "en",
    "eponymous_condition",
    "Meet our new equine therapy horses, Reckless and Chesty — named for Sgt. Reckless, the Korean War pack horse, and Lt. Gen. Chesty Puller. 🐴 They'll be working with veterans in our PTSD program at a farm in Moore County starting this fall.",
    "animals named after historical figures; farm location not a patient's",
)

p(
    "en",
    "milestone_birthday",
    "Chúc mừng sinh nhật! 🎂 Bà Nguyễn Thị Lan turned 96 today on our rehab unit, surrounded by three generations, including her grandson, SGT Kevin Tran, who drove in from Fort Campbell. She says the secret to a long life is phở and never retiring from gossip. 😄",
    [("NAME", "Nguyễn Thị Lan"), ("AGE", "96"), ("NAME", "Kevin Tran"), ("GEO", "Fort Campbell")],
    note="Vietnamese name with diacritics; honorific Bà excluded; the installation the grandson drove in from is where a relative lives (GEO)",
)

n(
    "en",
    "event",
    "Vietnamese Heritage Day at Sandhills! 🇻🇳 Free blood pressure checks, bánh mì and a lion dance in the Ramsey Street courtyard, Saturday, Feb. 8 at 11 a.m. Interpreters on site. #Tết",
    "cultural event date and hospital venue",
)

p(
    "en",
    "patient_story",
    "#PrayForPaxton 🙏 Update from his mom this morning: Paxton's fever finally broke overnight and he ate half a popsicle. Thank you to everyone in our PICU who hasn't left his side, and to his dad's whole battalion for the cards. 💙",
    [("NAME", "#PrayForPaxton"), ("NAME", "Paxton")],
    note="name hashtag; relatives unnamed",
)

n(
    "en",
    "anonymous_story",
    "A toddler was admitted to our PICU this week after swallowing a button battery. She's going to be okay, but please: keep remotes, key fobs and musical greeting cards out of reach. If a child swallows a battery, go to the ER immediately and give 2 teaspoons of honey on the way if they're over 1 year old. 🍯",
    "anonymous child; ages are a rule of thumb",
)

p(
    "en",
    "patient_story",
    'A 93-year-old patient on our orthopedic floor asked one of our techs if anybody had a harmonica. By dinnertime, half of 6 East had heard "Amazing Grace," "Shenandoah" and a jazzed-up "Caissons Go Rolling Along." 🎶 He\'s headed home Thursday. We\'ll miss the concerts.',
    [("AGE", "93-year-old")],
    note="an unnamed patient whose age is over 89 is still identified by the age (set decision)",
)

n(
    "en",
    "staff_spotlight",
    "Our chaplain emeritus, Father Tom Keane, 91, blessed the new interfaith chapel on Tuesday. He first served this hospital as an Army chaplain in 1968 and still visits patients twice a week. Thank you, Father Tom! 🙏",
    "a staff member's age over 89 is not labelled",
)

p(
    "en",
    "birth_announcement",
    "He made it! ✈️ SSG Tyrell Banks landed on Feb. 2 after nine months in Kuwait and drove straight to our NICU to meet his daughter, Zuri, for the first time. She was born at 30 weeks while he was gone. The nurses made sure there wasn't a dry eye on the unit. 💕",
    [("NAME", "Tyrell Banks"), ("DATE", "Feb. 2"), ("NAME", "Zuri")],
    note="a parent's homecoming date is a relative's date (set decision); country not GEO",
)

n(
    "en",
    "health_tip",
    "Homecoming is exciting — and exhausting. 🏠 Tips for reintegration: keep the kids' routines, don't plan a huge party the first weekend, and expect some irritability and poor sleep. If it doesn't ease after a few weeks, our family counselors can help: (910) 555-0100.",
    "tip",
)

p(
    "en",
    "pasted_record",
    "portal ticket — pw reset for user jmcneill_hokemom, DOB on file 5/5/1988, last login from 174.109.22.81, child MRN 2204917 — verified by phone",
    [
        ("OTHER_ID", "jmcneill_hokemom"),
        ("DATE", "5/5/1988"),
        ("IP", "174.109.22.81"),
        ("MRN", "2204917"),
    ],
    note="portal user name is OTHER_ID; IP of the family",
)

n(
    "en",
    "hospital_contact",
    "Trouble logging in to MySandhills? The patient portal help desk is open 7 a.m.–7 p.m., Monday through Friday, at (910) 555-0100, option 4. We will never ask for your password by text or email. 🔐",
    "hospital help desk",
)

p(
    "en",
    "staff_spotlight",
    "Staff turned patient: our own ER nurse Carmen Ochoa delivered her daughter, Lucía, right here on May 2 — after working a full shift the day before. 😅 Her coworkers decorated the room in ER-themed balloons. Welcome, Lucía!",
    [("NAME", "Carmen Ochoa"), ("NAME", "Lucía", "*"), ("DATE", "May 2")],
    note="a staff member who is also the patient; staff-spotlight category",
)

n(
    "en",
    "staff_spotlight",
    "Welcome back, Carmen! 🎉 After 12 weeks of maternity leave, ER nurse Carmen Ochoa is back on nights — and already showing baby pictures to anyone who stands still. #ERfamily",
    "staff returning from leave; the birth is not placed at our hospital and no date",
)

p(
    "en",
    "public_figure",
    "Fayetteville Marksmen forward Jacques Thibault took a puck to the face in Friday's game and spent the weekend with our facial trauma team. He's got 40 stitches, a new plate in his cheekbone and, he says, \"a much more interesting face.\" Heal up, Jacques! 🏒",
    [("NAME", "Jacques Thibault"), ("NAME", "Jacques", 2)],
    note="athlete who is the patient",
)

n(
    "en",
    "public_figure",
    "The Fayetteville Marksmen brought the Zamboni 🏒 (well, a toy one) to our pediatric floor today! Thanks to captain Nick Durand and the team for the visit and the 200 signed pucks.",
    "visiting athletes; patients unnamed",
)

p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Mr. Purnell Locklear of Pembroke! 🎉 Korean War veteran, Lumbee elder, deacon, and the only man on our cardiac floor who can out-tell our chaplain's stories. Nurses say the cake didn't stand a chance.",
    [("AGE", "90th"), ("NAME", "Purnell Locklear"), ("GEO", "Pembroke")],
    note="Lumbee surname and hometown",
)

n(
    "en",
    "event",
    "Find us at Lumbee Homecoming in Pembroke! 🩺 Free A1C, blood pressure and hearing screenings at our booth June 28–July 1. Bring your veteran ID for a free cooling towel.",
    "Pembroke as an event location",
)

p(
    "en",
    "discharge",
    "40 days in the ICU. Today, Staff Sgt. Reyes walked out on his own two feet. 🫡",
    [("NAME", "Reyes")],
    note="surname only, very short",
)

n(
    "en",
    "discharge",
    "Today's discharge parade 🎉: a paratrooper, two new moms, a WWII widow and a 6-year-old who insisted on leaving in his Spider-Man suit. Thanks for trusting us with your care. #GoingHome",
    "anonymous group of patients",
)

p(
    "en",
    "birth_announcement",
    "Triplets for the Oxendines! 👶👶👶 Meet Micah, Maya and Malachi, born 6/19 — Juneteenth — at 32 weeks. Mom Shanice is recovering well, and dad SPC Darnell Oxendine has officially been outnumbered. Prayers welcome as they grow in our NICU.",
    [
        ("NAME", "Oxendines"),
        ("NAME", "Micah"),
        ("NAME", "Maya"),
        ("NAME", "Malachi"),
        ("DATE", "6/19"),
        ("DATE", "Juneteenth"),
        ("NAME", "Shanice"),
        ("NAME", "Darnell Oxendine"),
    ],
    note="family plural surname; birth date written twice (numeric and holiday)",
)

n(
    "en",
    "event",
    "Juneteenth Community Health Day 🎉 June 19, 10 a.m.–2 p.m. at our Hoke County Clinic, 95 Harris Avenue, Raeford. Free screenings, food trucks and a bounce house.",
    "the same holiday as an event date; hospital address",
)

p(
    "en",
    "patient_story",
    "Yesterday, SPC Tyler Pate married his high school sweetheart, Kaitlyn, beside her grandmother's bed in room 611 so that Grandma Jewel wouldn't miss it. 💍 Our chaplain officiated, the nurses brought flowers from the gift shop, and Jewel gave the toast. Not a dry eye on 6 West.",
    [("NAME", "Tyler Pate"), ("NAME", "Kaitlyn"), ("OTHER_ID", "room 611"), ("NAME", "Jewel", "*")],
    note="the patient is the grandmother; the couple are her relatives",
)

n(
    "en",
    "staff_spotlight",
    "Love on 4 North: two of our nurses, Sgt. Eric Monroe (Army Reserve) and Jenna Price, got engaged in the break room last night. ❤️ He hid the ring in a bag of saline flushes. Congrats, you two!",
    "staff engagement; not patients",
)

p(
    "en",
    "patient_story",
    "Congratulations to the graduates of our Warrior Recovery residential PTSD program, Class 24-3! 🎓 SFC Anthony Rios, SSG Brittany Lowery, SGT Caleb Dunn, and retired MSG Walter Kemp — you did the hardest work there is. We're proud of you.",
    [
        ("NAME", "Anthony Rios"),
        ("NAME", "Brittany Lowery"),
        ("NAME", "Caleb Dunn"),
        ("NAME", "Walter Kemp"),
    ],
    note="a list of named patients completing treatment; class number is not an id",
)

n(
    "en",
    "event",
    "Class 24-4 of our Warrior Recovery residential PTSD program begins Jan. 6. Active duty, Guard, Reserve and veterans are all eligible. Referrals: (910) 555-0100 or ask your behavioral health provider. 🎖️",
    "program start date",
)

p(
    "en",
    "pasted_record",
    "device check — pt HUNT, REGINALD O, Rm 309: PPM Medtronic SN PJN884213K interrogated, batt OK. wife prefers fax 910-555-0380 for results. last 4 SSN 4471",
    [
        ("NAME", "HUNT, REGINALD O"),
        ("OTHER_ID", "Rm 309"),
        ("DEVICE", "PJN884213K"),
        ("FAX", "910-555-0380"),
        ("SSN", "4471"),
    ],
    note="device serial, family fax, SSN fragment",
)

n(
    "en",
    "research",
    "Our cardiology team will present at the Heart Rhythm Society meeting on remote pacemaker monitoring in rural Harnett and Hoke counties, where 38% of patients live more than 30 minutes from a cardiologist. 📊",
    "research; counties as population areas",
)

p(
    "en",
    "campaign_hashtag",
    "The Diaz family has been through a lot since SGT Manny Diaz's crash on I-95 near Dunn. If you'd like to help with travel costs while he's in our trauma ICU, his unit set up gofundme.com/f/help-sgt-manny-diaz 💙 #DiazStrong",
    [
        ("NAME", "Diaz"),
        ("NAME", "Manny Diaz"),
        ("GEO", "I-95"),
        ("GEO", "Dunn"),
        ("URL", "gofundme.com/f/help-sgt-manny-diaz"),
        ("NAME", "#DiazStrong"),
    ],
    note="fundraiser URL is URL; road and town of the crash",
)

n(
    "en",
    "campaign_hashtag",
    "#SandhillsStrong is more than a hashtag. It's 2,400 employees, 600 of them veterans or reservists, showing up for this community every day. 💪 Share why you're #SandhillsStrong below.",
    "campaign hashtag",
)

p(
    "en",
    "pasted_record",
    "ID verif for release of info: CLEMMONS, ODESSA — NC DL 000381274412 — DOB 1/14/1933 — requesting records for VA claim — daughter Patrice picking up",
    [
        ("NAME", "CLEMMONS, ODESSA"),
        ("LICENSE", "000381274412"),
        ("DATE", "1/14/1933"),
        ("NAME", "Patrice"),
    ],
    note="driver's licence number; a full birth date with year is a DATE (the year is attached, not bare)",
)

n(
    "en",
    "health_tip",
    "Filing a VA disability claim? Bring your DD-214, a list of your diagnoses and any private medical records. Our Health Information office can release your records to the VA within 5 business days. Fax requests: (910) 555-0199.",
    "hospital fax number",
)

# ---------------------------------------------------------------- English, part 5

p(
    "en",
    "thank_you",
    'Review of the week, from Sgt. Mike Dorsey: "Best care I ever got. 10/10 would get my appendix out here again." 😂 Thanks, Mike — but let\'s not. #PatientExperience @SandhillsMCH',
    [("NAME", "Mike Dorsey"), ("NAME", "Mike", 2)],
    note="a rating '10/10' is not a date",
)

n(
    "en",
    "crisis_update",
    "Major construction alert 🚧 Beginning Monday, the Ramsey Street entrance will be closed for 6 weeks. Use the Owen Drive side entrance or the parking deck on Level 2. Valet is free during construction.",
    "'Major' as an ordinary word",
)

p(
    "en",
    "discharge",
    "Justice was served — with sprinkles. 🍦 Justice Whitfield, 5, finished his last dose of IV antibiotics today and celebrated with the biggest sundae our cafeteria could build. Go home and be a kid, Justice!",
    [("NAME", "Justice Whitfield"), ("NAME", "Justice", 3)],
    note="given name that is a word; the first 'Justice' is the pun (declared)",
    ok=("Justice",),
)

n(
    "en",
    "crisis_update",
    "Six years ago this week, Hurricane Florence dumped 30 inches of rain on the Sandhills. Our staff slept here for 5 days and kept every unit open. Is your family's hurricane kit ready? Check the list at sandhillsmch.org/ready 🌀",
    "storm with a person's name; anniversary",
)

p(
    "en",
    "thank_you",
    'Shared with permission from a NICU mom 💌: "Thank u to every nurse who took care of my Andrei while his papa was in Syria. He is 3 months today and 11 lbs!! — Jocelyn Reyes-Park"',
    [("NAME", "Andrei"), ("NAME", "Jocelyn Reyes-Park")],
    note="quoted message; country not GEO; baby age in months",
)

n(
    "en",
    "recruitment",
    "NICU nurses: come take care of the tiniest members of the Army family. 👶 $15,000 sign-on bonus, a 12-week residency for new grads, and a team that gets it when your spouse PCSes. @SMCHCareers #NICUnurse",
    "recruitment",
)

p(
    "en",
    "milestone_birthday",
    'In 1945 the 555th Parachute Infantry Battalion — the "Triple Nickles," America\'s first Black paratroopers — was fighting forest fires out West. One of its last surviving members, Mr. Ellis "Sonny" Faison of Stedman, celebrates his 99th birthday this week as a patient on our cardiac unit.\n\nSonny told our nurses that he jumped into more fires than he can count, and that Fayetteville\'s summers are hotter. He wants young soldiers to know the Triple Nickles\' story. So do we. Happy birthday, Mr. Faison! 🎂🪂',
    [
        ("NAME", 'Ellis "Sonny" Faison'),
        ("GEO", "Stedman"),
        ("AGE", "99th"),
        ("NAME", "Sonny", 2),
        ("NAME", "Faison", 2),
    ],
    note="'555th' is a unit number (also looks like a phone prefix); 'this week' not a date; Fayetteville here is general, not his home",
)

n(
    "en",
    "event",
    'Black History Month exhibit: "The Triple Nickles: Smoke Jumpers of the 555th" is on display in our main lobby through Feb. 28, on loan from the Airborne & Special Operations Museum. 🪂',
    "historic unit; exhibit dates",
)

p(
    "en",
    "pasted_record",
    "From: ksimmons1985@yahoo.com\nTo: patientrelations@sandhillsmch.org\nSubject: my son Jaxon rm 2114\nNobody has told me when his MRI is. I'm his mother. Please call 910-555-0263. — Kendra Simmons",
    [
        ("EMAIL", "ksimmons1985@yahoo.com"),
        ("NAME", "Jaxon"),
        ("OTHER_ID", "rm 2114"),
        ("PHONE", "910-555-0263"),
        ("NAME", "Kendra Simmons"),
    ],
    note="pasted email header; the hospital's email domain is not labelled",
)

n(
    "en",
    "statistic",
    "On March 3, our ER saw 412 patients — the busiest day in our 61-year history. 😮 Flu, a bus crash, and a full moon. Thank you to every nurse, doc, tech and housekeeper who stayed late.",
    "date of a hospital event, not of a patient",
)

p(
    "en",
    "milestone_birthday",
    "90 candles, 1 breath. 💨 Happy birthday, Gus! Our favorite cardiac rehab regular blew out every single one — then asked when the next class starts. #BirthdayBoy",
    [("AGE", "90"), ("NAME", "Gus")],
    note="very short; age at the start of the post",
)

n(
    "en",
    "milestone_birthday",
    "Our cardiac rehab program turns 30 this year! 🎂 Since 1995, more than 9,000 heart patients have walked, pedaled and lifted their way back to health in our gym. Party in the gym Friday at 2.",
    "the program's anniversary; counts",
)

p(
    "en",
    "crisis_update",
    "Update on the 14 soldiers treated for heat injuries after this morning's ruck march: 13 have been released. PFC Jordan Ambrose remains in our ICU in serious condition; his family is with him and has asked for privacy. 🙏",
    [("NAME", "Jordan Ambrose")],
    note="a given name that is also a country; counts not ages",
)

n(
    "en",
    "statistic",
    "Heat injuries at a glance: last summer we treated 186 service members for heat exhaustion or heat stroke. Peak month: July. Peak time: 0900–1100. 82% were in their first year of service. Hydrate, y'all. 💧",
    "population statistics; the month is not a patient's",
)

p(
    "en",
    "staff_spotlight",
    "Our CEO, Dr. Marla Quinn, had her right knee replaced here last week — and says the food is \"actually good, I'm not just saying that.\" 🥗 She's walking the halls with her walker and insists on visiting every unit. Take it easy, boss!",
    [("NAME", "Marla Quinn")],
    note="the CEO is the patient here",
)

n(
    "en",
    "hospital_contact",
    'A message from our CEO, Dr. Marla Quinn: "Our community asked for more behavioral health beds, and we listened." 24 new beds open at 210 Owen Drive in the spring. Questions? (910) 555-0188.',
    "CEO as an executive, not a patient; hospital address",
)

p(
    "en",
    "thank_you",
    'shoutout to Mr. C in room 214 who tipped every nurse on the floor a butterscotch candy 🍬 and called each of us "darlin" for a week. we\'re gonna miss you Mr. C',
    [("NAME", "C", "*"), ("OTHER_ID", "room 214")],
    note="initial used as the name; lower-case staff post",
)

n(
    "en",
    "event",
    "Room 214 on 2 West is now our brand-new lactation and pumping room for staff and visitors 🍼 — with a fridge, a recliner and Wi-Fi. Open 24/7, badge access at night.",
    "a room tied to no patient",
)

p(
    "en",
    "memorial",
    "Shared at the family's request: Sgt. Maj. (Ret.) Harvey Lee Monk, 88, of Lillington, died Jan. 19, 2025, at Sandhills Military & Community Hospital. He served 30 years, including two tours in Vietnam. Survived by his wife, Peggy; sons Harvey Jr. and Dale; and 7 grandchildren. Visitation Friday, 6–8 p.m., Cape Funeral Home.",
    [
        ("NAME", "Harvey Lee Monk"),
        ("GEO", "Lillington"),
        ("DATE", "Jan. 19, 2025"),
        ("NAME", "Peggy"),
        ("NAME", "Harvey Jr."),
        ("NAME", "Dale"),
    ],
    note="obituary; age 88 is not labelled; death date with attached year; funeral home is a venue",
)

n(
    "en",
    "memorial",
    "Today we remember Lt. Gen. William P. Yarborough, born on this day in 1912, who designed the parachutist badge that so many of our patients and staff wear with pride. 🪂",
    "historical figure's birthday",
)

p(
    "en",
    "thank_you",
    "shoutout to the family in rm 508 who brought the whole floor bbq 🍖🍖 ms. deb you are a LEGEND and your mama is the sweetest patient we've ever had",
    [("OTHER_ID", "rm 508"), ("NAME", "deb")],
    note="lower-case; the patient is unnamed but her daughter is named and the room is given",
)

n(
    "en",
    "event",
    "Pig pickin' fundraiser 🐖 for our Child Life program! Saturday, Oct. 12, 11 a.m.–3 p.m. at the Hope Mills VFW, $12 a plate. Takeout available. All proceeds to @SMCHFoundation.",
    "event; Hope Mills is a venue here",
)

p(
    "en",
    "birth_announcement",
    'Patience is a virtue — and a 10 lb 4 oz baby girl. 😅 Patience Adeyemi arrived at 42 weeks and 1 day, which her mom says is "the only time she\'ll ever be late." Congrats to Funmi and SGT Tunde Adeyemi! 💗',
    [("NAME", "Patience Adeyemi"), ("NAME", "Funmi"), ("NAME", "Tunde Adeyemi")],
    note="a given name that is a word; the first 'Patience' is the proverb (declared)",
    ok=("Patience",),
)

n(
    "en",
    "crisis_update",
    "Patience, please! 🙏 Our parking deck elevator is out of service until Wednesday. Wheelchair assistance is available at the Ramsey Street entrance — just call (910) 555-0100 from the blue phone.",
    "Patience as a word",
)

p(
    "en",
    "patient_story",
    "Follow SGT Nate Ivey's recovery from his TBI at @ivey_strong_tbi 💪 His wife, Maddie, posts daily updates (and his very questionable hospital food reviews). We're so proud of how far he's come in our rehab gym.",
    [("NAME", "Nate Ivey"), ("OTHER_ID", "@ivey_strong_tbi"), ("NAME", "Maddie")],
    note="family's social handle is OTHER_ID",
)

n(
    "en",
    "sponsor",
    "Thank you @FisherHouseFdn! 🏡 The new Fisher House on Ramsey Street will give 16 military families a free place to stay while a loved one is in our hospital. Ribbon cutting Friday.",
    "a foundation's handle; no patient",
)

p(
    "en",
    "milestone_birthday",
    "At 98, Mr. Duncan Ferguson of Pinehurst just made a hole-in-one on No. 2 — six months after his hip replacement with our orthopedic team. ⛳ He called his surgeon from the green. We may frame the scorecard.",
    [("AGE", "98"), ("NAME", "Duncan Ferguson"), ("GEO", "Pinehurst")],
    note="age over 89 at the start; 'No. 2' is a golf course",
)

n(
    "en",
    "event",
    "Our team is proud to staff the first aid tents at the U.S. Open in Pinehurst this June. ⛳ Stay hydrated and find us near the 18th green if you need anything. #USOpen",
    "event location",
)

p(
    "en",
    "eponymous_condition",
    "Last spring, SPC Alana Brooks couldn't move her legs. Guillain-Barré syndrome had come on in 48 hours. Today she did 42 push-ups on her PT test, a personal best. 💪 Alana, your ICU and rehab families are so proud of you.",
    [("NAME", "Alana Brooks"), ("NAME", "Alana", 2)],
    note="eponymous condition; 'last spring' not a date; counts",
)

n(
    "en",
    "eponymous_condition",
    "Teen athletes with knee pain below the kneecap might have Osgood-Schlatter disease. It's common during growth spurts and usually improves with rest. Our sports medicine clinic sees kids and teens Saturday mornings. 🏀",
    "eponymous condition; no patient",
)

p(
    "en",
    "pasted_record",
    "L&D BOARD 1900: LDR 3 — MARTINEZ 39+2 G2P1 epidural in / LDR 5 — KIM-HOLT, J. 41w IOL pit @ 6 / LDR 7 — clean / OR 2 — on standby",
    [("OTHER_ID", "LDR 3"), ("NAME", "MARTINEZ"), ("OTHER_ID", "LDR 5"), ("NAME", "KIM-HOLT, J.")],
    note="room board pasted; gestational ages are not ages; empty rooms tied to nobody",
)

n(
    "en",
    "event",
    "Expecting? Tour our Family Birth Center on the first Tuesday of each month at 6 p.m. You'll see our LDR suites, the NICU family lounge and the spot where 4,000 dads have passed out (kidding… mostly). RSVP (910) 555-0100.",
    "tour; no patient",
)

p(
    "en",
    "public_figure",
    'Congressman Dale Pridgen stopped by this week — not for a photo op, but for his colonoscopy. 😂 He asked us to share: "If I can do it at 62, you can do it at 45." #ColonCancerAwareness',
    [("NAME", "Dale Pridgen")],
    note="public figure who is the patient; ages under 90",
)

n(
    "en",
    "public_figure",
    "Thank you, Senator Louise Tate, for touring our new behavioral health wing and hearing directly from our veterans' peer counselors. 🇺🇸 Access to mental health care for service members is something we can all agree on.",
    "public figure visiting",
)

p(
    "en",
    "sponsor",
    'We are deeply grateful to Marcus and Evelyn Delacroix, who gave our ICU two new family sleep rooms in memory of their son, Jean-Luc, who spent his last weeks with us in 2022. "They let us stay with him every night," Evelyn said. "Now other families can too."',
    [("NAME", "Marcus"), ("NAME", "Evelyn Delacroix"), ("NAME", "Jean-Luc"), ("NAME", "Evelyn", 2)],
    note="donors introduced as the parents of a patient are relatives and labelled; bare year",
)

n(
    "en",
    "sponsor",
    "Thank you to Ronnie and Gail Pittman of Hope Mills for their $50,000 gift to our Child Life program — the biggest gift in the program's history! 🎉 Pittman Playroom opens this summer.",
    "donors and a room named for them; not patients",
)

p(
    "en",
    "birth_announcement",
    "Some babies take the scenic route. 🚙 Baby Journey arrived in the front seat of her dad's Tahoe on the All American Freeway at 3:14 a.m. — about four minutes from our ER. Dad pulled over, Mom did the work, and a passing MP called it in. Welcome, Journey!",
    [("NAME", "Journey", "*"), ("GEO", "All American Freeway")],
    note="word-name; the road where the birth happened",
)

n(
    "en",
    "event",
    "All American Week is here! 🪂 Expect heavy traffic on the All American Freeway and Bragg Blvd during the division run on Tuesday. Patients with early appointments: give yourself 20 extra minutes.",
    "road names not tied to a patient",
)

p(
    "en",
    "patient_story",
    'On Sunday, Oct. 6, Sgt. Ben Archuleta\'s static line tangled during a jump out of a C-17. He was towed behind the aircraft for two terrifying minutes before his jumpmaster cut him free and his reserve opened. Ben broke both ankles — and says our ortho team put him back together "better than Humpty Dumpty."',
    [("DATE", "Oct. 6"), ("NAME", "Ben Archuleta"), ("NAME", "Ben", 2)],
    note="weekday is not labelled but the date is; nursery rhyme character is not a person",
)

n(
    "en",
    "event",
    "On Sunday, Oct. 6, our Airborne Medic Challenge returns: teams of four carry a litter 5 miles through downtown. Spectators welcome at the finish line on Hay Street. 🏃",
    "same date expression as an event date",
)

p(
    "en",
    "patient_story",
    "Mr. Tomás Peralta came from Santiago de los Caballeros 40 years ago to join his son, a paratrooper, in Spring Lake. This month he became the first patient in our new Spanish-language cardiac rehab class — and he's already recruited three dominoes buddies. ¡Dale, don Tomás! ❤️",
    [
        ("NAME", "Tomás Peralta"),
        ("GEO", "Santiago de los Caballeros"),
        ("GEO", "Spring Lake"),
        ("NAME", "Tomás", 2),
    ],
    note="English post with Spanish honorific 'don'; foreign city of origin",
)

n(
    "en",
    "statistic",
    "1 in 5 of our patients prefers a language other than English. The top five: Spanish, Korean, Tagalog, Vietnamese and Arabic. That's why we have 22 staff interpreters. 🗣️",
    "statistics",
)

n(
    "en",
    "recruitment",
    "Ex-Army combat medic? Our Respiratory Therapy apprenticeship pays you to train. Classes start in August. Ask for Sgt. Major (Ret.) Dale Whitlock in Education: (910) 555-0100. @SMCHCareers",
    "staff contact; month of a course",
)

p(
    "en",
    "patient_story",
    'His name is Major. He\'s 6, and the only rank he cares about is "first place." 🏆 Major Lee Thompson finished his leukemia treatment this week and celebrated by beating every nurse on 2 East in a wheelchair race. Congratulations, Major!',
    [("NAME", "Major", 1), ("NAME", "Major Lee Thompson"), ("NAME", "Major", 3)],
    note="a child whose given name is a rank",
)

# ---------------------------------------------------------------- Spanish

p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Yaretzi! 💕 Nació el 14 de febrero, Día de San Valentín, mientras su papá, el SGT Wilfredo Rosario, estaba desplegado en Kuwait. Mamá Keila y la bebé están felices y saludables. #BebésSandhills",
    [
        ("NAME", "Yaretzi"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Wilfredo Rosario"),
        ("NAME", "Keila"),
    ],
    note="birth date named twice; country not GEO; rank excluded",
)

n(
    "es",
    "event",
    "¿Vas a amamantar? 🤱 Clase gratuita de lactancia en español el martes 11 de junio a las 6 p.m. en el Aula B, 1400 Ramsey Street. Papás y abuelas bienvenidos. Inscríbete al (910) 555-0163.",
    "class date, hospital address and Spanish line",
)

p(
    "es",
    "milestone_birthday",
    '¡Felicidades, don Efraín Quiñones! 🎂 Hoy cumple 95 años este orgulloso Borinqueneer del Regimiento 65 de Infantería, natural de Aguadilla, que sirvió en Corea. Nuestro equipo de geriatría le cantó "Las Mañanitas" y él nos respondió con una plena. 🇵🇷',
    [("NAME", "Efraín Quiñones"), ("AGE", "95"), ("GEO", "Aguadilla")],
    note="honorific 'don' excluded; regiment number is not an age; hometown municipality",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a la sargento Yokasta Féliz, enfermera de nuestra sala de emergencias y reservista del Ejército. 🇩🇴 Nació en San Francisco de Macorís, lleva 11 años con nosotros y acaba de regresar de su entrenamiento anual. ¡Gracias por tu servicio, Yokasta! #ReservistasSandhills",
    "staff member's rank and birthplace are not labelled",
)

p(
    "es",
    "discharge",
    "¡Nos vamos pa' casa! 🏠 Después de 58 días en nuestra UCIN, la pequeña Xiomara Peña Batista se fue hoy a su casa en Spring Lake con 5 libras y un lazo rosado más grande que ella. Sus papás, Yesenia y el SPC Rafael Peña, no paran de sonreír. 💗",
    [
        ("NAME", "Xiomara Peña Batista"),
        ("GEO", "Spring Lake"),
        ("NAME", "Yesenia"),
        ("NAME", "Rafael Peña"),
    ],
    note="'la pequeña' excluded from the span; day count and weight not ages",
)

n(
    "es",
    "statistic",
    "El año pasado, el 18% de los bebés nacidos en nuestro hospital fueron de familias hispanas, y 1 de cada 3 de esas familias tenía a un papá o mamá desplegado. 💙 Por eso tenemos enfermeras bilingües en cada turno. #BebésSandhills",
    "statistics",
)

p(
    "es",
    "pasted_record",
    "PACIENTE: RIVERA COLÓN, YADIEL   FN: 09/03/2019   EXP: 00552781   CAMA 3 (Pediatría)   Tutor: madre, tel. 910-555-0319   Alergia: penicilina",
    [
        ("NAME", "RIVERA COLÓN, YADIEL"),
        ("DATE", "09/03/2019"),
        ("MRN", "00552781"),
        ("OTHER_ID", "CAMA 3"),
        ("PHONE", "910-555-0319"),
    ],
    note="Spanish chart header (FN = fecha de nacimiento, EXP = expediente); bed with keyword",
)

n(
    "es",
    "health_tip",
    "☀️ El golpe de calor es una emergencia. Si tu soldado, tu niño o tu abuelo está confundido, tiene la piel caliente y ya no suda, llama al 911 y enfríalo con agua mientras llega la ambulancia. ¡Tomen agua, familia! #CalorExtremo",
    "tip; national number",
)

p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Carmen Batista, madre Gold Star, natural de Moca, quien falleció en nuestra unidad de cuidados paliativos. Su hijo, el sargento Luis Ángel Batista, cayó en Afganistán el 4 de julio de 2010. Cada año ella traía flores a nuestra capilla ese día. Hoy las traemos nosotros. 🕊️",
    [
        ("NAME", "Carmen Batista"),
        ("GEO", "Moca"),
        ("NAME", "Luis Ángel Batista"),
        ("DATE", "4 de julio de 2010"),
    ],
    note="the fallen son's date of death is a relative's date; country not GEO",
)

n(
    "es",
    "event",
    "¡Llegan los Reyes Magos! 👑 El 6 de enero, Melchor, Gaspar y Baltasar visitarán nuestra unidad de pediatría con regalos para todos los niños hospitalizados. Gracias a la Asociación de Veteranos Puertorriqueños de Fayetteville. 🐪",
    "holiday event; the Three Kings are not patients",
)

p(
    "es",
    "birth_announcement",
    '¡Con nombre de rey mago! 👑 Gaspar Emilio Santana nació el Día de Reyes a las 4:40 a.m., y sus papás, Marielys y el CPL Emilio Santana, dicen que el nombre "ya estaba escogido desde el principio." ¡Bendiciones!',
    [
        ("NAME", "Gaspar Emilio Santana"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Marielys"),
        ("NAME", "Emilio Santana", 2),
    ],
    note="birth on a holiday; 'Emilio' inside the baby's name is part of that span",
)

n(
    "es",
    "anonymous_story",
    "Una paciente de 34 años, esposa de un soldado desplegado, llegó sola a nuestra sala de partos a las 3 de la mañana. Una de nuestras enfermeras se quedó con ella las 9 horas del parto y le tomó la mano como si fuera su hermana. Eso es Sandhills. 💙",
    "anonymous patient; age under 90",
)

p(
    "es",
    "anonymous_story",
    'Una paciente de 92 años nos pidió una guitarra y terminó cantando boleros con todo el personal del turno de noche. 🎸 "Sabor a mí" nunca sonó tan bonito en un pasillo de hospital.',
    [("AGE", "92")],
    note="unnamed patient whose age is over 89 (set decision)",
)

n(
    "es",
    "thank_you",
    "Gracias, doña Fela. 💛 Nuestra voluntaria más querida cumple 91 años y sigue viniendo cada miércoles a repartir café y abrazos en la sala de espera. ¡Usted es un ejemplo!",
    "a volunteer's age and nickname are not a patient's",
)

p(
    "es",
    "thank_you",
    "¡Gracias, familia Vázquez! 🍮 Los 6 flanes que trajeron para celebrar el alta de Junior desaparecieron en 10 minutos. Las enfermeras de 2 Este dicen que Junior puede volver cuando quiera (pero solo de visita 😉).",
    [("NAME", "Vázquez"), ("NAME", "Junior", "*")],
    note="family surname and the child's nickname",
)

n(
    "es",
    "recruitment",
    "¿Hablas español y te gusta ayudar? Buscamos intérpretes médicos certificados y asistentes de enfermería bilingües. 💼 Cónyuges militares: te ayudamos con la transferencia de licencias. Solicita en sandhillsmch.org/empleos @SandhillsMCH_ES",
    "recruitment",
)

p(
    "es",
    "patient_story",
    'Hace seis años, una explosión en Irak le dejó al sargento primero Héctor "Tito" Maldonado una lesión cerebral que le borró hasta el nombre de su hija. Hoy, después de nuestro programa intensivo de TCE, Tito volvió a manejar, a cocinar arroz con gandules y a leerle cuentos a Valeria antes de dormir. Su familia se mudó de Caguas para estar cerca de él. ¡Wepa, Tito! 💪',
    [
        ("NAME", 'Héctor "Tito" Maldonado'),
        ("NAME", "Tito", "*"),
        ("NAME", "Valeria"),
        ("GEO", "Caguas"),
    ],
    note="nickname; daughter is a relative; municipality of the family; country not GEO",
)

n(
    "es",
    "research",
    "Nuevo estudio: nuestro equipo de salud mental encontró que los veteranos hispanos que recibieron terapia para TEPT en español completaron el tratamiento con más frecuencia (78% vs. 61%). Felicidades a la Dra. Marisol Torres y su equipo. 📊",
    "research; staff author",
)

p(
    "es",
    "pasted_record",
    'Reenviado de Servicios al Paciente: "Soy la hija de la paciente Gladys Ortiz (hab. 412). Por favor envíen el resumen de alta a marisol.ortiz78@hotmail.com. Gracias, Marisol Ortiz"',
    [
        ("NAME", "Gladys Ortiz"),
        ("OTHER_ID", "hab. 412"),
        ("EMAIL", "marisol.ortiz78@hotmail.com"),
        ("NAME", "Marisol Ortiz"),
    ],
    note="forwarded message; abbreviated room keyword 'hab.' included",
)

n(
    "es",
    "hospital_contact",
    "📞 ¿Necesitas ayuda en español? Llama a nuestra línea directa al (910) 555-0163, de lunes a viernes de 7 a.m. a 7 p.m. Fuera de horario, llama al (910) 555-0100 y pide un intérprete. 🌐 sandhillsmch.org/espanol",
    "hospital numbers and domain",
)

p(
    "es",
    "milestone_birthday",
    '¡100 años de vida! 🎉 Doña Ana Luisa Carrasquillo, de Bayamón, celebró su centenario en nuestro hospital rodeada de sus nietos y bisnietos, y de su hijo, el coronel retirado Samuel Carrasquillo. Nos dijo que el secreto es "el café negro y no meterse en lo que no le importa." 😂',
    [
        ("AGE", "100"),
        ("NAME", "Ana Luisa Carrasquillo"),
        ("GEO", "Bayamón"),
        ("AGE", "centenario"),
        ("NAME", "Samuel Carrasquillo"),
    ],
    note="'su centenario' (her 100th birthday) states an age over 89 and is AGE like 'centenaria'; municipality of Puerto Rico is GEO",
)

n(
    "es",
    "campaign_hashtag",
    "¡Feliz Mes de la Herencia Hispana! 🇵🇷🇩🇴🇲🇽 Del 15 de septiembre al 15 de octubre celebramos a nuestros pacientes, soldados y compañeros hispanos. Comparte tu historia con #OrgulloHispano #SandhillsStrong",
    "heritage month dates; no patient",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Dylan Josué! 💙 Nació el 3/5 en nuestra Unidad de Partos, con 7 libras y mucha voz. Papá lo vio todo por videollamada desde Polonia. 🇵🇱 #BebésSandhills",
    [("NAME", "Dylan Josué"), ("DATE", "3/5")],
    note="short post; numeric date; country not GEO",
)

n(
    "es",
    "crisis_update",
    "⚠️ El huracán Helene traerá lluvias fuertes a los condados de Cumberland, Hoke y Harnett el jueves. Nuestras clínicas de Raeford y Lillington cerrarán al mediodía. La sala de emergencias permanece abierta 24 horas. Más información: (910) 555-0163.",
    "storm named like a person; counties not tied to a patient",
)

p(
    "es",
    "discharge",
    '¡El Chino se fue pa\' casa! 🎉 Francisco "Chino" Almonte, veterano dominicano de la Guerra del Golfo, salió hoy de nuestra unidad cardíaca después de 3 semanas. Nos prometió volver con un sancocho para todo el piso. ¡Te esperamos, Chino!',
    [("NAME", 'Francisco "Chino" Almonte'), ("NAME", "Chino", "*")],
    note="nickname; nationality is not GEO",
)

n(
    "es",
    "public_figure",
    '¡Qué visita! ⚾ El pelotero dominicano Rafael "Pelusa" Contreras, de los Fayetteville Woodpeckers, pasó la tarde con los niños de pediatría firmando pelotas y gorras. ¡Gracias por alegrarles el día!',
    "visiting athlete; children anonymous",
)

p(
    "es",
    "public_figure",
    'El excampeón boricua y veterano del Ejército Ángel "El Toro" Figueroa se recupera en nuestro hospital tras una cirugía de rodilla. 🥊 Nos pidió compartir este mensaje: "Gracias a los enfermeros que me aguantan las bromas." ¡Fuerza, Toro!',
    [("NAME", 'Ángel "El Toro" Figueroa'), ("NAME", "Toro", 2)],
    note="public figure who is the patient; the nickname's article is inside the combined span",
)

n(
    "es",
    "eponymous_condition",
    "El 21 de marzo es el Día Mundial del Síndrome de Down. 🧦🧦 Usa medias diferentes y acompáñanos en el vestíbulo principal a las 10 a.m. para celebrar con las familias de nuestra clínica de desarrollo infantil.",
    "eponymous condition; awareness day date",
)

p(
    "es",
    "eponymous_condition",
    'Sofía tiene síndrome de Down, 7 años y una sonrisa que ilumina toda la clínica. 💛 Hoy se graduó de terapia del habla y nos dijo, clarito: "¡Gracias, Sandhills!" Su papá, el SFC Néstor Vega, grabó todo. ¡Felicidades, Sofía!',
    [("NAME", "Sofía", "*"), ("NAME", "Néstor Vega")],
    note="eponymous condition not labelled; the hospital name inside her quote is not a name",
)

n(
    "es",
    "anonymous_story",
    'Un soldado de 22 años llegó a emergencias después de un mal aterrizaje en su salto de entrenamiento. Hoy ya camina sin muletas y quiere volver a saltar. No podemos decir su nombre, pero sí su consejo: "¡Pies y rodillas juntos!" 🪂',
    "anonymous patient; age under 90",
)

p(
    "es",
    "pasted_record",
    "lista turno noche 5 Oeste: habitación 305 — Sra. Colón (post-op cadera) / habitación 306 — vacía / habitación 307 — Sr. Pimentel (neumonía, O2 2L)",
    [
        ("OTHER_ID", "habitación 305"),
        ("NAME", "Colón"),
        ("OTHER_ID", "habitación 307"),
        ("NAME", "Pimentel"),
    ],
    note="room list pasted by mistake; the empty room is tied to no patient; unit name not labelled",
)

n(
    "es",
    "event",
    "Clases de preparación para el parto en español 🤰 los jueves 5, 12, 19 y 26 de septiembre, de 6 a 8 p.m. Gratis para familias militares. Llama al (910) 555-0163 para reservar tu espacio.",
    "class dates",
)

p(
    "es",
    "thank_you",
    "A la familia Reynoso, que viajó desde Santo Domingo para acompañar a su hija Yulissa durante sus 3 semanas en nuestra UCI: gracias por el cariño, las oraciones y el mangú de cada mañana. 🇩🇴 Yulissa, ¡te queremos ver pronto de pie!",
    [("NAME", "Reynoso"), ("GEO", "Santo Domingo"), ("NAME", "Yulissa", "*")],
    note="relatives' foreign city",
)

n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Veteranos Puertorriqueños de Fayetteville y a la Sociedad Dominicana de Carolina del Norte por donar 300 mochilas escolares para los hijos de nuestros pacientes. 🎒💙",
    "donor groups",
)

p(
    "es",
    "memorial",
    'Descansa en paz, Wichy. 🕊️ Luis "Wichy" Ocasio, paracaidista, papá de tres y el alma de cada fiesta en el piso 4, falleció anoche rodeado de su familia. Sus enfermeras nunca olvidarán su risa ni sus chistes malos.',
    [("NAME", "Wichy", 1), ("NAME", 'Luis "Wichy" Ocasio')],
    note="nickname first, then full name; 'anoche' is relative",
)

n(
    "es",
    "memorial",
    "Hoy recordamos a los Borinqueneers del Regimiento 65 de Infantería, que recibieron la Medalla de Oro del Congreso en 2016 por su valentía en Corea. 🇵🇷 Su historia vive en cada soldado puertorriqueño que sirve hoy.",
    "historical unit; no patient",
)

p(
    "es",
    "birth_announcement",
    "¡El mejor regalo de Nochebuena! 🎄 Noelia Esperanza Cruz llegó a las 11:58 p.m. del 24 de diciembre, justo antes de la medianoche. Su mamá, Arelis, dice que ya tiene nombre navideño y carácter de boricua. 🇵🇷",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Noelia Esperanza Cruz"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Arelis"),
    ],
    note="the birth date as a holiday and as a calendar date",
)

n(
    "es",
    "event",
    "¡Parranda navideña! 🎶 El 20 de diciembre a las 5 p.m., nuestro personal boricua y dominicano llevará aguinaldos y coquito (sin alcohol) por todos los pisos del hospital. ¡Únete con tu güiro!",
    "holiday event date",
)

p(
    "es",
    "pasted_record",
    "nota de facturación — Cuenta 7781-2205 / titular: SSG Ramón Ortega / dependiente: Kiara Ortega, FN 11/07/2015 / TRICARE 6610938442 / dirección 1502 Cliffdale Rd, Fayetteville 28314",
    [
        ("ACCOUNT", "7781-2205"),
        ("NAME", "Ramón Ortega"),
        ("NAME", "Kiara Ortega"),
        ("DATE", "11/07/2015"),
        ("HEALTH_PLAN", "6610938442"),
        ("GEO", "1502 Cliffdale Rd"),
        ("GEO", "Fayetteville"),
        ("GEO", "28314"),
    ],
    note="billing note; the sponsor is the patient's parent",
)

n(
    "es",
    "health_tip",
    "¿Viajas a Puerto Rico o a República Dominicana este verano? 🦟 Usa repelente, ropa de manga larga y vacía los envases con agua. Si regresas con fiebre alta y dolor de cuerpo, dile a tu médico que estuviste de viaje (podría ser dengue).",
    "tip; territory and country",
)

p(
    "es",
    "staff_spotlight",
    "Nuestra intérprete Damaris Lugo, que lleva 9 años traduciendo partos en nuestra Unidad de Partos, esta vez estuvo del otro lado: ¡dio a luz aquí mismo el 12 de octubre a su hijo Thiago! 💙 Sus compañeras dicen que fue la única paciente que se interpretó a sí misma.",
    [("NAME", "Damaris Lugo"), ("DATE", "12 de octubre"), ("NAME", "Thiago")],
    note="staff member who is the patient; her baby",
)

n(
    "es",
    "staff_spotlight",
    'Conozcan a Jennifer Soto, nuestra nueva coordinadora de pacientes hispanos. 🗣️ Hija de un sargento puertorriqueño, creció en Fort Bragg, Alemania y Corea, y habla español, inglés y "un poquito de coreano". ¡Bienvenida, Jennifer!',
    "staff member's upbringing; not a patient",
)

p(
    "es",
    "birth_announcement",
    'El sargento Wilmer Tejada regresó de Irak el 8 de marzo, Día de la Mujer, justo a tiempo: dos días después nació su hija Ámbar en nuestro hospital. 💐 Su esposa, Rosanna, dice que fue "el mejor regalo, aunque llegó dos días tarde."',
    [
        ("NAME", "Wilmer Tejada"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("NAME", "Ámbar"),
        ("NAME", "Rosanna"),
    ],
    note="father's homecoming date named twice (relative's date); 'dos días después' relative",
)

n(
    "es",
    "event",
    "Día Internacional de la Mujer: el 8 de marzo honramos a las mujeres soldado, veteranas y esposas militares con un desayuno en la cafetería principal a las 7 a.m. 💜 ¡Todas bienvenidas!",
    "the same date as an event",
)

p(
    "es",
    "milestone_birthday",
    "¡93 años y todavía juega dominó todas las tardes! 🁢 Feliz cumpleaños a don Cheo Santiago, de Lillington, veterano de Corea y paciente de nuestra clínica de diálisis. Dice que nadie en el piso le gana.",
    [("AGE", "93"), ("NAME", "Cheo Santiago"), ("GEO", "Lillington")],
    note="surname that is also a city; his own town is GEO; honorific 'don' excluded",
)

n(
    "es",
    "statistic",
    "Los pacientes mayores de 90 años son el grupo que más crece en nuestro hospital: 412 ingresos el año pasado, el doble que en 2015. 👵👴 Por eso abrimos una nueva unidad de geriatría.",
    "population age group",
)

p(
    "es",
    "thank_you",
    "¡Gracias @mami_de_3_boricuas por compartir las fotos de Adrián en su primer día de kínder! 🎒 Quién diría que ese bebé de 2 libras de nuestra UCIN ya tiene 5 años. 💙 @SMCH_NICU",
    [("OTHER_ID", "@mami_de_3_boricuas"), ("NAME", "Adrián")],
    note="family handle; ages under 90",
)

n(
    "es",
    "campaign_hashtag",
    "Somos militares, somos familia, somos comunidad. 💪 Este mes, comparte con #SandhillsFuerte por qué confías en nuestro equipo. ¡Las mejores historias saldrán en nuestra página! @SandhillsMCH_ES",
    "campaign hashtag",
)

if __name__ == "__main__":
    S.main("phi_dev16_source")
