"""Blind development set d21 for the PHI scanner: tests/data/phi_dev21.jsonl.

Organisation: the fictional Queens Harbor Public Hospital (phi_dev21_org.json), a large
public safety-net hospital in Elmhurst, Queens, New York City, with a psychiatric
emergency program (CPEP), a dialysis unit, a busy trauma center and community clinics
in Jackson Heights, Flushing, Corona and Jamaica. Its own phone numbers, the five
street addresses and ZIP codes of its campus and clinics, its domains and handles
are never PHI.

Focus: subway, construction and delivery-worker e-bike injuries, heat emergencies,
mental health, dialysis, interpreters, transliterated names (Md., Nusrat, Xiaoming,
Ji-woo, Yesenia, Bukharian and Haitian names, some in their own script), staff
who are patients, public figures visiting or treated, streets and neighbourhoods that
look like people's names (Roosevelt Avenue, Junction Boulevard, Jackson Heights), and
internal notes pasted by mistake (bed boards, rounding lists, interpreter requests,
billing notes). Short X posts and long Facebook stories. About 30% of the posts are
in Spanish.

Labelling decisions of this set (where the build_phi_eval.py rules leave room):
- "Md." / "MD" / "Mohd." before a Bangladeshi name is an abbreviation of Mohammad,
  part of the name, not a doctor's title: it is inside the NAME span
  ("Md. Shahidul Alam", "RAHMAN MD HABIBUR"). Korean and Chinese names are labelled
  as written, family name first or last, hyphenated given names as one token
  ("Park Ji-woo", "Kim Soon-ja"); a name repeated in Chinese or Korean script is a
  second NAME span.
- A dialysis chair number tied to a named or unnamed patient ("chair 9") is treated
  like a bed: OTHER_ID including the keyword. So are an ED "bay 12" and a hallway
  stretcher position "Hall 2" on a pasted bed board.
- A masked Social Security number that shows its last four digits ("SSN ending 4471")
  is labelled SSN on the digits shown.
- A first name used for a patient that is also an ordinary word or a place (Hope,
  Brooklyn, Junior, Roosevelt, Destiny) is NAME. When the same string also occurs as
  part of a hospital clinic or a street name that is not the patient's
  (the Jackson Heights clinic), that occurrence is declared unlabelled with ok=.
- Roosevelt Avenue, Junction Boulevard, Queens Boulevard, Northern Boulevard, subway
  stations and construction sites are GEO only when they are the place of the
  patient's injury or home; as venues of hospital events or clinic locations they
  are not labelled.
- The place where a named patient was injured (a subway station, a street corner) is
  GEO; the US Open grounds and Citi Field as event venues are not labelled.
- A clinical-trial enrollment date and a date written on a pasted record
  (admission, discharge, DOB) are DATE; dates of health fairs, walks, games and
  awareness days are not, even in a post that also names a patient.
- Dates with a weekday ("Saturday, June 14") of hospital events are not labelled.
- Staff members' own family news (a resident adopting a child) is not labelled; staff
  who are themselves patients are labelled like any patient.
- A donor who is introduced as a patient's relative is labelled; donor foundations
  and families that name buildings are not.
- Bukharian, Haitian and Colombian honorifics (Mme., Madame, doña, don, Auntie,
  Uncle, Tía, Abuela used as a title, Papa before a name) are outside the NAME span.
- A social-media handle of a patient or family is OTHER_ID; handles of community
  organisations, teams and the hospital are not labelled.
- Elmhurst, Corona, Jackson Heights, Flushing and Jamaica are GEO when they are a
  patient's or family's home or injury site, even though the hospital or one of its
  clinics is in the same neighbourhood; as the clinic's name ("our Jamaica clinic")
  they are not labelled. No patient is given one of the hospital's own ZIP codes.
- A holiday that names a birth day is labelled without a trailing adjective
  ("Día de la Independencia" in "Día de la Independencia dominicana").
- A public figure's treatment date is DATE even when it is also the date of their
  concert; a Mets game or US Open date that is not the patient's event is not.
- A hoped-for future age ("a los 90 llega bailando" of a man who just turned 89) is
  not the patient's age and is not labelled; gestational ages (25 weeks), lengths
  of stay, temperatures, counts and anniversaries are never AGE.
- A pet that shares its owner's (the patient's) name: only the owner's occurrence is
  NAME, the pet's is declared unlabelled with ok=.
- An empty bed on a pasted bed board is not tied to a patient and is not labelled.
- A living organ donor who is the patient's mother is labelled (relative and patient).
- Language mix: 167 English and 73 Spanish posts (about 30% Spanish); 123 posts
  are patient-specific, 117 are not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev21.jsonl"), os.path.join(HERE, "phi_dev21_org.json"), "d21")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient-specific

p(
    "en",
    "patient_story",
    "Ask anyone who orders dinner after 10 p.m. and they probably know Md. Shahidul Alam by his orange jacket. "
    "On August 14 he was riding his e-bike down Roosevelt Avenue when a turning van clipped his back wheel under "
    "the 7 train. Our trauma team met him in the bay with a broken pelvis and a collapsed lung. Shahidul spent 19 "
    "days with us, six of them in the SICU, and worked with a Bangla-speaking interpreter every single day because, "
    "as he told us, “I want to understand everything, not half.” Today he walked out on crutches to his wife "
    "Rokeya and their two boys. He asked us to tell every delivery worker: wear the helmet, use the lights, and "
    "slow down at the pillars. #QueensHarborTrauma",
    [
        ("NAME", "Md. Shahidul Alam"),
        ("DATE", "August 14"),
        ("GEO", "Roosevelt Avenue"),
        ("NAME", "Shahidul", "*"),
        ("NAME", "Rokeya"),
    ],
    note="Md. is part of the name; Roosevelt Avenue is the crash road; 19 days is a duration",
)

p(
    "en",
    "discharge",
    "Nusrat is going home today after 3 weeks on 5 North and she made every single nurse a friendship bracelet 💛 "
    "we'll miss you kiddo #QHPHPeds",
    [("NAME", "Nusrat")],
    note="first name only in a short post; 5 North is a unit",
)

p(
    "en",
    "birth_announcement",
    "First baby of the new year at Queens Harbor! Little Emilio Andrés arrived at 12:04 a.m. on January 1, "
    "7 lbs 2 oz, to proud parents Yesenia and Darwin of Corona. Feliz año nuevo to the whole family and to our "
    "L&D night crew who rang it in between contractions.",
    [
        ("NAME", "Emilio Andrés"),
        ("DATE", "January 1"),
        ("NAME", "Yesenia"),
        ("NAME", "Darwin"),
        ("GEO", "Corona"),
    ],
    note="New Year's Day is the birth date; parents' home neighbourhood shares its name with a clinic",
)

p(
    "en",
    "milestone_birthday",
    "Happy 102nd birthday to Mrs. Esther Yusupova! Esther was born in Samarkand, raised four children in "
    "Tashkent and moved to Rego Park in 1992, where she still bakes non for the whole building. She has been a "
    "patient at our Flushing clinic since the day it opened and says the secret is “soup, walking, and not "
    "listening to doctors too much.” We'll let that one slide. 🎂",
    [
        ("AGE", "102nd"),
        ("NAME", "Esther Yusupova"),
        ("NAME", "Esther", "*"),
        ("GEO", "Samarkand"),
        ("GEO", "Tashkent"),
        ("GEO", "Rego Park"),
    ],
    note="age over 89 with ordinal suffix; foreign cities; the clinic is not GEO; bare year not labelled",
)

p(
    "en",
    "thank_you",
    "To the Persaud family of Richmond Hill, who showed up at 2 a.m. with a cooler of roti and curry for night "
    "shift after Auntie Savitri's surgery: we felt that. Thank you. 🙏",
    [("NAME", "Persaud"), ("GEO", "Richmond Hill"), ("NAME", "Savitri")],
    note="family surname, Guyanese honorific Auntie excluded",
)

p(
    "en",
    "pasted_record",
    "ED BED BOARD 0700 — Bed 3: CHOWDHURY, FARHANA 34F abd pain, CT pending | Bed 4: ZHANG, WEI 67M CP r/o ACS | "
    "Bed 7: ORTIZ, KEVIN 19M e-bike vs car, ortho c/s | Hall 2: boarding, CPEP aware",
    [
        ("OTHER_ID", "Bed 3"),
        ("NAME", "CHOWDHURY, FARHANA"),
        ("OTHER_ID", "Bed 4"),
        ("NAME", "ZHANG, WEI"),
        ("OTHER_ID", "Bed 7"),
        ("NAME", "ORTIZ, KEVIN"),
        ("OTHER_ID", "Hall 2"),
    ],
    note="bed board pasted by mistake; ages under 90 not labelled; hallway stretcher is a bed id",
)

p(
    "en",
    "pasted_record",
    "@QueensHarborHosp pls disregard, wrong window — INTERPRETER REQ: Korean, pt Park Ji-woo, 7 West rm 712, "
    "family mtg 3pm w/ daughter Park Soo-min (cell 347-555-0162). Call 718-555-0122 to confirm.",
    [
        ("NAME", "Park Ji-woo"),
        ("OTHER_ID", "rm 712"),
        ("NAME", "Park Soo-min"),
        ("PHONE", "347-555-0162"),
    ],
    note="interpreter request pasted into the hospital account; the interpreter line is the hospital's",
)

p(
    "en",
    "memorial",
    "Our dialysis family lost a gentle soul. For eleven years Mr. Roosevelt Pierre took the Q4 from his place on "
    "Linden Boulevard three mornings a week, settled into chair 9, and did the Haitian Creole crossword out loud so "
    "the techs could “learn something.” He passed away peacefully on October 2 with his daughters beside him. "
    "Repoze an pè, Papa Roosevelt. Our Jamaica clinic will hold a small gathering for the staff who cared for him.",
    [
        ("NAME", "Roosevelt Pierre"),
        ("NAME", "Roosevelt", "*"),
        ("GEO", "Linden Boulevard"),
        ("OTHER_ID", "chair 9"),
        ("DATE", "October 2"),
    ],
    note="first name Roosevelt looks like the avenue; dialysis chair treated like a bed; Q4 is a bus",
)

p(
    "en",
    "public_figure",
    "Thank you @Mets and outfielder Danny Ocasio for spending the afternoon on 4 South! Mateo (age 9) had his "
    "cast signed and has informed us he is never washing that arm again. ⚾",
    [("NAME", "Mateo")],
    note="visiting athlete not labelled; the child patient is",
)

p(
    "en",
    "public_figure",
    "We were glad to care for tennis pro Anika Sorensen after she was brought to our ED with heat exhaustion from "
    "the US Open grounds on August 29. She is rehydrated, resting, and asked us to pass on a message: drink water, "
    "Queens. With her permission.",
    [("NAME", "Anika Sorensen"), ("DATE", "August 29")],
    note="public figure who is the patient is labelled; the venue is not GEO",
)

p(
    "en",
    "staff_spotlight",
    "Most of you know Charge Nurse Dolores “Lola” Rivas from her 25 years on Labor & Delivery. Last month Lola was "
    "on the other side of the bed, after a stroke on the Q32 bus on her way in. Today she came back to visit the "
    "stroke unit that took care of her, walking with a cane and bossing everybody around, which is how we knew "
    "she was fine. Welcome back, Lola. NYSNA strong. 💜",
    [("NAME", "Dolores “Lola” Rivas"), ("NAME", "Lola", "*")],
    note="staff member who is a patient; nickname inside the full name",
)

p(
    "en",
    "eponymous_condition",
    "When Xiaoming Li (李晓明) couldn't feel his feet one morning in March, his daughter drove him from their "
    "apartment in Flushing straight to us. The diagnosis was Guillain-Barré syndrome. Five days of IVIG and seven "
    "weeks of rehab later, Xiaoming is back to his tai chi group, slower but steady.",
    [
        ("NAME", "Xiaoming Li"),
        ("NAME", "李晓明"),
        ("DATE", "March"),
        ("GEO", "Flushing"),
        ("NAME", "Xiaoming", "*"),
    ],
    note="eponym not labelled; name also in Chinese script; month alone tied to onset",
)

p(
    "en",
    "patient_story",
    "shoutout to jayden from astoria who told our triage nurse he was “fine” with a bone sticking out of his arm. "
    "u were not fine. u are now tho 💪",
    [("NAME", "jayden"), ("GEO", "astoria")],
    note="all lower case",
)

p(
    "en",
    "discharge",
    "WELCOME HOME NELSON!!! 41 DAYS IN THE ICU AFTER THE SCAFFOLD COLLAPSE ON JAMAICA AVENUE AND TODAY HE WALKED "
    "OUT ON HIS OWN TWO FEET. #NELSONSTRONG",
    [("NAME", "NELSON"), ("GEO", "JAMAICA AVENUE"), ("NAME", "#NELSONSTRONG")],
    note="all caps; Jamaica Avenue is the injury site, not the clinic",
)

p(
    "en",
    "campaign_hashtag",
    "Round 6 of chemo: done ✅ The whole 8th floor is rooting for you. #TeamIbrahim #QHPHCancerCare",
    [("NAME", "#TeamIbrahim")],
    note="name only inside a hashtag",
)

p(
    "en",
    "thank_you",
    "To Doña Carmen, who has slept in the chair next to her grandson for 23 nights and still asks the night nurses "
    "if THEY have eaten: you are the heart of 6 West. 💛",
    [("NAME", "Carmen")],
    note="only the patient's grandmother is named; doña excluded",
)

p(
    "en",
    "staff_spotlight",
    "NYSNA sister Marisol Quiñones, RN, is back on 3 East this week after her own open-heart surgery here in June. "
    "The unit hung a banner, the cardiac team sent cake, and Mari told everyone to get their cholesterol checked. "
    "Welcome back, Mari!",
    [("NAME", "Marisol Quiñones"), ("DATE", "June"), ("NAME", "Mari", "*")],
    note="nurse who was our patient; month of her surgery",
)

p(
    "en",
    "pasted_record",
    "BILLING NOTE — acct 7710-448-2019 — self-pay → Emergency Medicaid pending. Pt RAHMAN MD HABIBUR, DOB "
    "03/11/1961, SSN ending 4471, addr 41-06 61st St Apt 4F, Woodside 11377. Needs Bengali interpreter for "
    "financial counseling.",
    [
        ("ACCOUNT", "7710-448-2019"),
        ("NAME", "RAHMAN MD HABIBUR"),
        ("DATE", "03/11/1961"),
        ("SSN", "4471"),
        ("GEO", "41-06 61st St Apt 4F"),
        ("GEO", "Woodside"),
        ("GEO", "11377"),
    ],
    note="MD here is Mohammad, not a doctor; masked SSN last four labelled",
)

p(
    "en",
    "discharge",
    "Pictured: Ji-ho and his mom Eun-young on discharge day, after 10 weeks in our NICU. Born at 25 weeks on "
    "March 8, now 5 lbs and absolutely furious about his car seat.",
    [("PHOTO", "Pictured"), ("NAME", "Ji-ho"), ("NAME", "Eun-young"), ("DATE", "March 8")],
    note="photo cue for a patient photo; gestational weeks are not ages",
)

p(
    "en",
    "memorial",
    "The Ozone Park mandir has lost its oldest pandit and we have lost a friend. Uncle Baldeo Ramnarine, 94, taught "
    "half our Jamaica clinic staff how to say “take your medicine” in Guyanese Creole. He died at home, as he "
    "wished, with his great-grandchildren singing. Om shanti.",
    [("GEO", "Ozone Park"), ("NAME", "Baldeo Ramnarine"), ("AGE", "94")],
    note="age over 89; Uncle excluded; clinic not GEO",
)

p(
    "en",
    "milestone_birthday",
    "Happy 89th birthday to Grandpa Wen on 9 East! He requested dumplings, a Mets game on the TV and no singing. "
    "He got two out of three.",
    [("NAME", "Wen")],
    note="age 89 is not labelled; Grandpa is a title",
)

p(
    "en",
    "patient_story",
    "It was 101°F on the sidewalk at 103rd Street when Franklin Guamán collapsed beside his fruit cart on July 23. "
    "A customer called 911 and poured her own water over his head. Franklin, who grew up in Cuenca and has sold "
    "mango on a stick in Queens for 14 years, arrived with a core temperature of 106. Ice, IV fluids and two days "
    "in our ICU later, he is home and under orders from his wife to take the afternoon off during heat waves. "
    "Vendors: shade, water, breaks. Please.",
    [
        ("GEO", "103rd Street"),
        ("NAME", "Franklin Guamán"),
        ("DATE", "July 23"),
        ("NAME", "Franklin", "*"),
        ("GEO", "Cuenca"),
    ],
    note="temperatures 101 and 106 are not ages; 911 is a national line",
)

p(
    "en",
    "patient_story",
    "Rosa Mejía caught her foot in the gap at the 74th St–Broadway station and went down hard. Three screws and one "
    "very patient physical therapist later, she is back on the 7 — stepping over the gap like it owes her money.",
    [("NAME", "Rosa Mejía"), ("GEO", "74th St–Broadway")],
    note="subway station where she was injured is GEO",
)

p(
    "en",
    "patient_story",
    "Wilson Tejada, a carpenter from Washington Heights, fell two stories at a Long Island City job site on May 2. "
    "He asked us to share his story for Construction Safety Week: “I didn't clip in because it was one minute of "
    "work. One minute.” Tie off, every time.",
    [
        ("NAME", "Wilson Tejada"),
        ("GEO", "Washington Heights"),
        ("GEO", "Long Island City"),
        ("DATE", "May 2"),
    ],
    note="awareness week is not a date; injury date and site are",
)

p(
    "en",
    "patient_story",
    "For Mental Health Awareness Month, Darnell asked us to share this: “I walked into the psych ER at 3 in the "
    "morning because I didn't trust myself to be alone. Nobody made me feel crazy. They made me feel like "
    "somebody who needed help, which I was.” If you are struggling, call or text 988, or walk in: our CPEP is "
    "open 24/7, 718-555-0111.",
    [("NAME", "Darnell")],
    note="consented first name; 988 and the CPEP number are not PHI",
)

p(
    "en",
    "milestone_birthday",
    "Ms. Gloria turned 100 on 4 East today and put in two requests: (1) bandeja paisa and (2) that we stop "
    "calling her “young lady.” We complied with (1).",
    [("NAME", "Gloria"), ("AGE", "100")],
    note="first name after Ms.; (1) and (2) are not ages",
)

p(
    "en",
    "pasted_record",
    "@QHPH_IT who can unlock the chart for MRN 50021784?? pt in ED bay 12 has been waiting on consent since 0600",
    [("MRN", "50021784"), ("OTHER_ID", "bay 12")],
    note="bare MRN and ED bay; no name",
)

p(
    "en",
    "crisis_update",
    "We are trying to reach the family of Jean-Baptiste Michel, 64, of Cambria Heights, who is being cared for at "
    "Queens Harbor. If you know his relatives, please ask them to call our social work office at (718) 555-0100.",
    [("NAME", "Jean-Baptiste Michel"), ("GEO", "Cambria Heights")],
    note="age under 90; the hospital switchboard is not PHI",
)

p(
    "en",
    "pasted_record",
    "Security log 22:40 — pt Orlando Méndez's car (NY plate JRT-6620) towed from ambulance bay, family notified, "
    "keys at front desk.",
    [("NAME", "Orlando Méndez"), ("VEHICLE", "JRT-6620")],
    note="licence plate of the patient's car",
)

p(
    "en",
    "pasted_record",
    "Pt brought own insulin pump SN NG2248871H from home — endo ok'd continued use, document in flowsheet. "
    "CHEN, MEILING, 9 East rm 914.",
    [("DEVICE", "NG2248871H"), ("NAME", "CHEN, MEILING"), ("OTHER_ID", "rm 914")],
    note="device serial; 9 East is a unit, the room is labelled",
)

p(
    "en",
    "milestone_birthday",
    "Our favourite nonagenarian, Mme. Odile Baptiste, celebrated on 9 East with griot, pikliz and a speech in "
    "three languages. Bon fèt, Madame Odile!",
    [("AGE", "nonagenarian"), ("NAME", "Odile Baptiste"), ("NAME", "Odile", "*")],
    note="nonagenarian states an age over 89",
)

p(
    "en",
    "patient_story",
    "1,000 treatments! Mr. Deonarine Singh hit the milestone in our dialysis unit this morning, 3 days a week, "
    "4 hours a chair, since 2018. He celebrated with a box of mithai for the techs and a reminder that he is "
    "still waiting on that kidney. Register as a donor, Queens.",
    [("NAME", "Deonarine Singh")],
    note="1,000 and 4 are not ages; bare year not labelled",
)

p(
    "en",
    "pasted_record",
    "Portal lockout ticket #88213: user yesenia.c88 locked after 5 attempts from IP 74.108.22.19, pt says she "
    "changed phones. Reset sent.",
    [("OTHER_ID", "yesenia.c88"), ("IP", "74.108.22.19")],
    note="portal user name and IP of the patient; ticket number is the help desk's",
)

p(
    "en",
    "patient_story",
    "Yes, that's our 7 West rehab team in the reel @seoyeon.rises posted this week! Seo-yeon, we are so proud of "
    "those first steps. See you at outpatient PT.",
    [("OTHER_ID", "@seoyeon.rises"), ("NAME", "Seo-yeon")],
    note="patient's own handle",
)

p(
    "en",
    "patient_story",
    "Lin Feng (林峰) has delivered noodles for six years and lives above a bakery on 41st Avenue in Flushing. A "
    "car door opened in front of him on Main Street on a rainy night in October. His helmet split in two. His "
    "skull did not. He'd like every rider to see a picture of that helmet.",
    [
        ("NAME", "Lin Feng"),
        ("NAME", "林峰"),
        ("GEO", "41st Avenue"),
        ("GEO", "Flushing"),
        ("GEO", "Main Street"),
        ("DATE", "October"),
    ],
    note="home street and crash street; month of the crash; the picture is of a helmet, not PHOTO",
)

p(
    "en",
    "patient_story",
    "Update on the young fan hurt at Citi Field on Tuesday night: Tommy Reyes (12, from Maspeth) is doing great, "
    "got a signed ball from the team, and wants everyone to know he did NOT cry. Our ED team confirms. Mostly.",
    [("NAME", "Tommy Reyes"), ("GEO", "Maspeth")],
    note="venue and weekday not labelled; age under 90",
)

p(
    "en",
    "recruitment",
    "We're hiring dialysis techs! Come work with people like Mr. Hamid Yusufov, who has taught every new tech on "
    "our unit to play nardy between alarms. Apply at queensharborhospital.org/careers.",
    [("NAME", "Hamid Yusufov")],
    note="a recruitment post that names a patient",
)

p(
    "en",
    "event",
    "Join us Saturday, June 14 at the Corona clinic, 104-10 National Street, for our kidney health fair. "
    "Brianna, who got her new kidney here when she was 11, will cut the ribbon!",
    [("NAME", "Brianna")],
    note="event date and clinic address not labelled; the patient's name is",
)

p(
    "en",
    "statistic",
    "Last year our trauma center treated 412 e-bike and moped riders. One of them, Yeison, now volunteers at our "
    "helmet giveaways. 412 is not a statistic to him.",
    [("NAME", "Yeison")],
    note="statistics post with one named patient",
)

p(
    "en",
    "research",
    "The first participant in our sickle cell gene therapy trial is Kezia Thomas, 23, of Laurelton, who enrolled "
    "on May 5. “I want to be the reason the next kid doesn't hurt,” she told our research nurses.",
    [("NAME", "Kezia Thomas"), ("GEO", "Laurelton"), ("DATE", "May 5")],
    note="enrollment date is a patient date",
)

p(
    "en",
    "crisis_update",
    "Update on the bus crash on the Grand Central Parkway: we received 9 patients; 2 remain in critical condition. "
    "At his family's request we can share that the driver, Anselmo Figueroa, is out of surgery and awake.",
    [("GEO", "Grand Central Parkway"), ("NAME", "Anselmo Figueroa")],
    note="crash road of a named patient; counts are not identifiers",
)

p(
    "en",
    "sponsor",
    "Thank you to Dina and Yakov Davydov, who donated 40 new recliners to our dialysis unit in honor of their "
    "father Boris, a patient here since 2019. Boris says he's testing all of them personally.",
    [("NAME", "Dina"), ("NAME", "Yakov Davydov"), ("NAME", "Boris", "*")],
    note="donors who are the patient's children are labelled",
)

p(
    "en",
    "hospital_contact",
    "To the family of Ana Lucía Paredes: our patient relations office is holding belongings for you. Please call "
    "(718) 555-0100 and ask for Patient Relations, or stop by 88-40 Harbor Boulevard, lobby desk.",
    [("NAME", "Ana Lucía Paredes")],
    note="hospital phone and address not labelled",
)

p(
    "en",
    "campaign_hashtag",
    "Walk with #TeamKhadija this Sunday at Flushing Meadows! All proceeds go to our dialysis patient fund. "
    "Khadija is 11 and has been on dialysis since she was 7. #QHPHKidneyWalk",
    [("NAME", "#TeamKhadija"), ("NAME", "Khadija")],
    note="name hashtag and name; campaign hashtag and event venue not labelled",
)

p(
    "en",
    "patient_story",
    "The gentleman in room 418 who keeps asking the night nurse for the Mets score: they won, 6-2. Please go to "
    "sleep, sir. 😂",
    [("OTHER_ID", "room 418")],
    note="room number is the only identifier",
)

p(
    "en",
    "patient_story",
    "We call him R.J. because he asked us to. R.J. has been in our psych ED for nine days waiting for a bed "
    "upstate, and every morning he makes his stretcher with hospital corners. Some things the Army doesn't let "
    "you forget.",
    [("NAME", "R.J.", "*")],
    note="initials used as the patient's name",
)

p(
    "en",
    "milestone_birthday",
    "Happy Chuseok from 9 East! Mrs. Kim Soon-ja, 93, taught our nurses to fold songpyeon this afternoon and "
    "graded us all harshly.",
    [("NAME", "Kim Soon-ja"), ("AGE", "93")],
    note="holiday is not the patient's event; age over 89",
)

p(
    "en",
    "crisis_update",
    "Dialysis patient Jahangir Alam waded through knee-deep water on 94th Street to make his 6 a.m. treatment "
    "during Tropical Storm Dolores. Please, please: if flooding hits, call us at 718-555-0133 and we will "
    "reschedule. Nobody should swim to dialysis.",
    [("NAME", "Jahangir Alam"), ("GEO", "94th Street")],
    note="storm named like a person not labelled; the dialysis number is the hospital's",
)

p(
    "en",
    "patient_story",
    "Miriam Gavrielov, 90, was crossing Queens Blvd at 63rd Drive on November 3 when a turning SUV hit her. She "
    "broke a hip and three ribs. She also, she would like you to know, had the light. Drivers: yield.",
    [
        ("NAME", "Miriam Gavrielov"),
        ("AGE", "90"),
        ("GEO", "Queens Blvd"),
        ("GEO", "63rd Drive"),
        ("DATE", "November 3"),
    ],
    note="age exactly 90; the Boulevard is the crash road",
)

p(
    "en",
    "memorial",
    "We mourn Security Officer Desmond Alleyne, who died in our ICU on January 19 after a long fight with COVID. "
    "Desmond stood at the ED door for 17 years. He knew everyone's name. We will say his.",
    [("NAME", "Desmond Alleyne"), ("DATE", "January 19"), ("NAME", "Desmond", "*")],
    note="staff member who died as our patient",
)

p(
    "en",
    "patient_story",
    "“Peanut” hit 4 lbs today in the NICU 🥜💪 mom says the nickname is staying forever.",
    [("NAME", "Peanut")],
    note="quoted nickname used as the baby's name",
)

p(
    "en",
    "thank_you",
    "We framed this one: “Dear nurses of 6 West, thank you for taking care of my husband Ming-Hua while he was "
    "here from Oct 3 to Oct 19. You were kind to him even when he was not kind to you. — Mei-Ling Tsai, Bayside”",
    [
        ("NAME", "Ming-Hua"),
        ("DATE", "Oct 3"),
        ("DATE", "Oct 19"),
        ("NAME", "Mei-Ling Tsai"),
        ("GEO", "Bayside"),
    ],
    note="a card from the patient's wife, with admission and discharge dates",
)

p(
    "en",
    "birth_announcement",
    "Welcome to the world, baby Widlyne! Born 9/14 at 3:12 a.m. to Junior and Fabienne Joseph of Springfield "
    "Gardens. Byenvini, ti cheri. 🎀",
    [
        ("NAME", "Widlyne"),
        ("DATE", "9/14"),
        ("NAME", "Junior"),
        ("NAME", "Fabienne Joseph"),
        ("GEO", "Springfield Gardens"),
    ],
    note="father named Junior; time of birth is not a date",
)

p(
    "en",
    "patient_story",
    "Tanvir Hossain was a pre-med student when the voices started. In November 2022 his mother walked him into our "
    "psychiatric emergency program, holding his hand like he was six years old again. “I thought my life was "
    "over,” Tanvir says. It wasn't. With medication, therapy, and a family that learned everything they could "
    "about psychosis — his sister translated the pamphlets into Bangla for their grandmother — Tanvir went back "
    "to school part-time. This spring he co-founded a peer support group that meets at our Jamaica clinic on "
    "Thursday evenings. He wants other families in Queens and beyond to hear this: psychosis is an illness, not a "
    "curse, and it is treatable. Tanvir, thank you for letting us tell your story. #MentalHealthMatters",
    [
        ("NAME", "Tanvir Hossain"),
        ("DATE", "November 2022"),
        ("NAME", "Tanvir", "*"),
    ],
    note="long story; month with year; 'six years old' is a simile, not an age; the Jamaica clinic is a venue",
)

p(
    "en",
    "birth_announcement",
    "Intern year milestone: Dr. Priya Raman delivered her very first baby on our L&D unit last night! Welcome, "
    "Aarav, and congratulations to Sunita and Raj Mehta. Dr. Raman may still be crying.",
    [("NAME", "Aarav"), ("NAME", "Sunita"), ("NAME", "Raj Mehta")],
    note="the intern is staff; baby and parents are labelled",
)

p(
    "en",
    "thank_you",
    "Ji-hoon's parents just dropped off 200 kimbap rolls for the trauma team and said “you saved our son, so we "
    "feed you forever.” We accept these terms.",
    [("NAME", "Ji-hoon")],
    note="patient named only through his parents' gift",
)

p(
    "en",
    "patient_story",
    "When the heat index hit 108 on July 16, Abuela Marleny Ospina was in her fourth-floor walk-up in Jackson "
    "Heights with the windows painted shut and no AC. Her granddaughter Daniela found her confused on the kitchen "
    "floor and called 911. By the time she reached us her temperature was 105. Marleny is 86, Colombian, and "
    "stubborn as anything — she survived, and she now has an air conditioner from the city's cooling program, "
    "which she will use, because Daniela will be checking. Check on your elders, especially the ones who say "
    "they are fine.",
    [
        ("DATE", "July 16"),
        ("NAME", "Marleny Ospina"),
        ("GEO", "Jackson Heights"),
        ("NAME", "Daniela", "*"),
        ("NAME", "Marleny", "*"),
    ],
    note="86 is not labelled; heat index and temperature are not ages; Abuela as a title",
)

p(
    "en",
    "pasted_record",
    "D/C summary: ABREU, YOKASTA — DOB 07/22/1988 — Adm 6/1 DC 6/4 — f/u Corona clinic 718-555-0177 — pt cell "
    "929-555-0134",
    [
        ("NAME", "ABREU, YOKASTA"),
        ("DATE", "07/22/1988"),
        ("DATE", "6/1"),
        ("DATE", "6/4"),
        ("PHONE", "929-555-0134"),
    ],
    note="the clinic number is the hospital's; the cell is the patient's",
)

p(
    "en",
    "pasted_record",
    "Can someone in HIM email Mr. Toussaint's work note to his daughter Marie-Claude (mc.toussaint77@gmail.com)? "
    "He's in Rm 814-B till Friday.",
    [
        ("NAME", "Toussaint"),
        ("NAME", "Marie-Claude"),
        ("EMAIL", "mc.toussaint77@gmail.com"),
        ("OTHER_ID", "Rm 814-B"),
    ],
    note="relative's email; weekday not labelled",
)

p(
    "en",
    "eponymous_condition",
    "Aiden Liu woke up on his 8th birthday and half his face wouldn't smile. His parents feared a stroke; it was "
    "Bell's palsy. Six weeks later, the smile is fully back, and so is the attitude.",
    [("NAME", "Aiden Liu")],
    note="Bell's palsy is an eponym; birthday without a date",
)

p(
    "en",
    "eponymous_condition",
    "Three-year-old Camila had a fever for six days, red eyes and cracked lips. Our pediatric team recognised "
    "Kawasaki disease early, and Camila's heart scan this month came back perfect. Know the signs, parents.",
    [("NAME", "Camila", "*")],
    note="eponym not labelled; age under 90",
)

p(
    "en",
    "patient_story",
    "Farzana rang the bell this morning. 🔔 Hodgkin lymphoma, 12 rounds, one wedding postponed and now "
    "un-postponed. Mubarak, Farzana!",
    [("NAME", "Farzana", "*")],
    note="eponym; 12 rounds is not an age",
)

p(
    "en",
    "milestone_birthday",
    "The Tiwari twins (Aarohi + Aanya) turned 1 today and came back to visit the NICU that raised them 🎂🎂",
    [("NAME", "Tiwari"), ("NAME", "Aarohi"), ("NAME", "Aanya")],
    note="'today' is relative; age 1 not labelled",
)

p(
    "en",
    "milestone_birthday",
    "Mr. Yosef Khaimov celebrated his 90th birthday in chair 4 of our dialysis unit with his grandchildren on "
    "FaceTime from Tel Aviv and Forest Hills. Mazel tov!",
    [
        ("NAME", "Yosef Khaimov"),
        ("AGE", "90th"),
        ("OTHER_ID", "chair 4"),
        ("GEO", "Tel Aviv"),
        ("GEO", "Forest Hills"),
    ],
    note="grandchildren's cities are relatives' geography",
)

p(
    "en",
    "memorial",
    "Remembering Shirley “Shirl” Ramdass (June 3, 1951 – March 30, 2025), a Jamaica clinic patient for 20 years "
    "who brought our front desk pepper sauce every Phagwah. Walk good, Shirl.",
    [
        ("NAME", "Shirley “Shirl” Ramdass"),
        ("DATE", "June 3, 1951"),
        ("DATE", "March 30, 2025"),
        ("NAME", "Shirl", "*"),
    ],
    note="birth and death dates with years; Phagwah is not her event",
)

p(
    "en",
    "pasted_record",
    "7W census — Rm 701 Huang, Xiaoming (CHF) · Rm 702 DaSilva, Marcos (POD2) · Rm 708 Ramírez, Yesenia (DKA) — "
    "pls update whiteboard before 0800",
    [
        ("OTHER_ID", "Rm 701"),
        ("NAME", "Huang, Xiaoming"),
        ("OTHER_ID", "Rm 702"),
        ("NAME", "DaSilva, Marcos"),
        ("OTHER_ID", "Rm 708"),
        ("NAME", "Ramírez, Yesenia"),
    ],
    note="rounding list pasted by mistake",
)

p(
    "en",
    "discharge",
    "Hope went home today. Yes, that is really her name, and yes, the whole unit made every possible joke about "
    "it. Be well, kiddo.",
    [("NAME", "Hope")],
    note="name that is an ordinary word",
)

p(
    "en",
    "birth_announcement",
    "Baby Brooklyn was born on the Fourth of July and her dad, a lifelong Bronx guy, says the name is “a whole "
    "situation” with his Queens in-laws. 🎆",
    [("NAME", "Brooklyn"), ("DATE", "Fourth of July"), ("GEO", "Bronx")],
    note="name that is a place; holiday is the birth date; father's borough",
)

p(
    "en",
    "public_figure",
    "Council Member Rosa Benítez has asked us to thank our trauma team publicly after her fall on the stairs at the "
    "Junction Boulevard station. Her wrist is in a cast; her schedule, she says, is not.",
    [("NAME", "Rosa Benítez"), ("GEO", "Junction Boulevard")],
    note="public figure who is the patient; station of the fall",
)

p(
    "en",
    "patient_story",
    "Mrs. Rahima Begum speaks only Sylheti. For 11 days our interpreters sat with her through every consent, every "
    "scan, every visit. Yesterday she held our interpreter Shapla's hand and said the first English word she has "
    "learned here: “thank.” Close enough.",
    [("NAME", "Rahima Begum")],
    note="the interpreter is staff and not labelled",
)

p(
    "en",
    "thank_you",
    "Mèsi anpil to the Jean-Louis family of Canarsie for the soup joumou on New Year's Day — and to Grandmè "
    "Philomène for going home stronger than she came in. 🇭🇹",
    [("NAME", "Jean-Louis"), ("GEO", "Canarsie"), ("NAME", "Philomène")],
    note="New Year's Day is not the patient's event; family surname with hyphen",
)

p(
    "en",
    "thank_you",
    "@bukharian_queens thank you for the Shabbat meals for Mr. Abramov on 9E 🙏",
    [("NAME", "Abramov")],
    note="community handle not labelled; surname after Mr.",
)

p(
    "en",
    "health_tip",
    "Heat tip from someone who learned the hard way: “Drink before you're thirsty,” says Edwin Cárdenas, a roofer "
    "from Elmhurst we treated for heat stroke in August. Take breaks in the shade and know the signs: confusion, "
    "hot dry skin, no sweating.",
    [("NAME", "Edwin Cárdenas"), ("GEO", "Elmhurst"), ("DATE", "August")],
    note="health tip with a named patient; Elmhurst is also the hospital's neighbourhood but here it is his home",
)

p(
    "en",
    "birth_announcement",
    "Year of the Snake baby! 🐍 Wen-Qi arrived on Lunar New Year, January 29, weighing 7 lbs even. Her grandmother "
    "brought red envelopes for every nurse on the floor.",
    [("NAME", "Wen-Qi"), ("DATE", "Lunar New Year"), ("DATE", "January 29")],
    note="holiday and date name the same birth day; both labelled",
)

p(
    "en",
    "hospital_contact",
    "Found in the ED waiting room: a red leather wallet. If it's yours, Mr. Gómez, please call security at "
    "(718) 555-0100.",
    [("NAME", "Gómez")],
    note="surname alone; hospital number",
)

p(
    "en",
    "pasted_record",
    "ID verified — NYS DL 723 481 506, exp 2027 — pt SANTOS, JEFFREY — consent witnessed by J. Ortiz RN",
    [("LICENSE", "723 481 506"), ("NAME", "SANTOS, JEFFREY")],
    note="driver's licence number; the witnessing nurse is staff",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST, MR. ZHOU GUOLIANG!!! 9 EAST THROWS THE BEST PARTIES AND WE WILL FIGHT ANYONE WHO SAYS OTHERWISE",
    [("AGE", "101ST"), ("NAME", "ZHOU GUOLIANG")],
    note="all caps age with suffix",
)

p(
    "en",
    "campaign_hashtag",
    "Our trauma nurses are running the Queens 10K for Kevin Ortiz's rehab. Donate at "
    "gofundme.com/f/kevin-ortiz-walks #QHPHNursesRun",
    [("NAME", "Kevin Ortiz"), ("URL", "gofundme.com/f/kevin-ortiz-walks")],
    note="fundraiser URL of a patient",
)

p(
    "en",
    "patient_story",
    "Destiny spent her summer break learning to walk again after she was dragged by a Q train at Union Turnpike. "
    "She starts junior year next week — with a cane she decorated herself.",
    [("NAME", "Destiny"), ("GEO", "Union Turnpike")],
    note="name that is a word; station of the injury",
)

p(
    "en",
    "discharge",
    "Going home after 63 days: Mr. Segundo Chimbo, the ironworker who fell from the 14th floor of a tower on Queens "
    "Plaza South. He shook every hand on 5 West on his way out. Every. Single. One.",
    [("NAME", "Segundo Chimbo"), ("GEO", "Queens Plaza South")],
    note="Segundo is also the Spanish word 'second'; 63 days and 14th floor are not ages",
)

p(
    "en",
    "thank_you",
    "Thank you to our volunteer Joyce and to the grandmother of the little guy in bed 14, who together knitted 40 "
    "hats for the NICU this winter. 🧶",
    [("OTHER_ID", "bed 14")],
    note="volunteer name not labelled; only the patient's bed",
)

p(
    "en",
    "patient_story",
    "Six months after the crane accident on 38th Street in Long Island City, Hyun-woo Cho came back to our trauma "
    "bay — this time to drop off a thank-you banner his kids painted. Pictured: Hyun-woo with the team that met "
    "him on day one.",
    [
        ("GEO", "38th Street"),
        ("GEO", "Long Island City"),
        ("NAME", "Hyun-woo Cho"),
        ("PHOTO", "Pictured"),
        ("NAME", "Hyun-woo", "*"),
    ],
    note="photo of the patient; injury site",
)

p(
    "en",
    "pasted_record",
    "Medicaid CIN AB12345C verified for pt ESPINAL, DAURY (DOB 11/02/2004). Auth # for MRI pending. Do not "
    "schedule until cleared.",
    [("HEALTH_PLAN", "AB12345C"), ("NAME", "ESPINAL, DAURY"), ("DATE", "11/02/2004")],
    note="Medicaid client ID is a health plan number; auth # has no value",
)

p(
    "en",
    "patient_story",
    "the guy in the ED with the parrot on his shoulder is named Ezequiel and the parrot is named Ezequiel Jr and "
    "we have no further questions",
    [("NAME", "Ezequiel", 1)],
    note="the parrot shares the patient's name; the pet's name is declared unlabelled",
    ok=("Ezequiel",),
)

p(
    "en",
    "discharge",
    "Md. Arif went home today with a new hip, a new walker and our strongest possible advice to stop climbing the "
    "fig tree in his backyard in Hollis.",
    [("NAME", "Md. Arif"), ("GEO", "Hollis")],
    note="Md. plus given name only",
)

p(
    "en",
    "patient_story",
    "A retired NYPD detective, a Queens Harbor ED nurse for 30 years, and now our patient: Maureen Fitzgerald "
    "Okafor said yes when we asked to share her breast cancer journey. Maureen finished radiation on April 11 and "
    "is back leading our Pink Walk team.",
    [("NAME", "Maureen Fitzgerald Okafor"), ("DATE", "April 11"), ("NAME", "Maureen", "*")],
    note="staff member who is a patient; Fitzgerald looks like a surname of a public figure",
)

# ---------------------------------------------------------------- English, not patient-specific

n(
    "en",
    "staff_spotlight",
    "Meet Ji-woo, our newest respiratory therapist! Ji-woo grew up in Bayside, trained at Stony Brook, and can "
    "explain a BiPAP mask in English, Korean and “grandma Korean.” Welcome to the team!",
    "staff spotlight: a staff member's first name and hometown are not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Yesenia from Interpreter Services speaks Spanish, Kichwa and “a little Korean from K-dramas.” Last month she "
    "covered 212 encounters. If you need her team: 718-555-0122, 24/7.",
    "interpreter is staff; the number is the hospital's",
)

n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Mr. Abdul Karim, 91, has pushed the library cart through every floor of this "
    "hospital every Tuesday since 2009. He says the secret to a long life is “walking and gossip.”",
    "a volunteer's age over 89 is not a patient's age",
)

n(
    "en",
    "event",
    "Say hi to Biscuit, our newest therapy dog! 🐶 Biscuit visits 4 South on Mondays and the dialysis unit on "
    "Thursdays. He accepts belly rubs from patients, staff and visitors alike.",
    "a pet's name is not labelled",
)

n(
    "en",
    "public_figure",
    "Mets players Danny Ocasio and Rafi Delgado stopped by 4 South today, signed 14 casts, and lost a very "
    "competitive game of Uno to a group of 10-year-olds. Thank you @Mets! ⚾",
    "visiting athletes; no patient named",
)

n(
    "en",
    "public_figure",
    "Before the first serve of the US Open, our ED team taught CPR to 60 ball kids and line judges at the USTA "
    "Billie Jean King National Tennis Center. Hands-only CPR: push hard, push fast, center of the chest.",
    "a venue named after a public figure; no patient",
)

n(
    "en",
    "crisis_update",
    "Tropical Storm Dolores update, 6:00 a.m.: Queens Harbor is fully operational on generator power. The dialysis "
    "unit is open and running all shifts. If you cannot get to your treatment, call 718-555-0133 — do NOT walk "
    "through flood water.",
    "a storm named like a person; hospital number",
)

n(
    "en",
    "sponsor",
    "The Esther Liang Dialysis Pavilion opens its doors on May 5! Twenty-four new chairs, windows that actually "
    "open, and a kitchenette for families. Our deepest thanks to the Liang family for making it possible.",
    "a building and a donor family, not patients; the opening date is a hospital event",
)

n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s came into our Flushing clinic last week for a blood pressure check and left with a "
    "diabetes diagnosis, a glucometer and a Mandarin-speaking nurse's cell-phone photo of exactly how to use it. "
    "That's what a community clinic is for.",
    "anonymous patient: an age range and a clinic are not identifiers",
)

n(
    "en",
    "anonymous_story",
    "Last night a baby was born in the back of a yellow cab outside our ED entrance. Mom and baby are doing great. "
    "The cab driver has been offered a job in L&D. (He declined.)",
    "anonymous birth at the hospital's own entrance",
)

n(
    "en",
    "event",
    "Parkinson's support group: first Wednesday of every month, 6 p.m., Jackson Heights clinic, 74-15 37th Road. "
    "Interpreters in Spanish, Bangla and Mandarin. Care partners welcome.",
    "eponymous condition and the clinic's address",
)

n(
    "en",
    "event",
    "Our mobile health van will be parked on Roosevelt Avenue at 82nd Street every Friday in July, 10 a.m.–2 p.m. "
    "Free blood pressure checks, HIV testing and heat safety kits. No insurance needed.",
    "Roosevelt Avenue is the event site, not a patient's",
)

n(
    "en",
    "public_figure",
    "Thank you, Mayor, for visiting our trauma center this morning to announce the city's new e-bike battery "
    "swap program. Lithium-ion fires are real: never charge a damaged battery overnight.",
    "public official visiting; no patient",
)

n(
    "en",
    "sponsor",
    "With gratitude to the Chen Family Foundation of Flushing, whose gift funded 12 new Mandarin- and "
    "Cantonese-speaking community health workers this year. 谢谢!",
    "donor family foundation; not patients or relatives",
)

n(
    "en",
    "staff_spotlight",
    "Congratulations to PGY-2 Dr. Hyun-woo Park and his husband Daniel on adopting their son, Leo! The residents' "
    "lounge is now 40% baby photos.",
    "a resident's own family news; not a patient event",
)

n(
    "en",
    "staff_spotlight",
    "Interns of the week: Nusrat, Carlos and Wei, who covered 31 admissions on a single night during the heat "
    "wave and still remembered to eat. Proud of you, doctors.",
    "interns with first names only; no patients",
)

n(
    "en",
    "staff_spotlight",
    "After 41 years, Nurse Gloria Pagán is hanging up her clogs. She started on 6 West in 1984, trained half our "
    "charge nurses, and has promised to come back for every holiday potluck. Feliz retiro, Gloria!",
    "retiring nurse with name; no patient",
)

n(
    "en",
    "recruitment",
    "1199SEIU and Queens Harbor are hiring patient care techs — $2,000 sign-on bonus, tuition support and "
    "evening classes at our Jamaica clinic, 164-30 Archer Avenue. Apply: queensharborhospital.org/careers",
    "union recruitment with the clinic's address",
)

n(
    "en",
    "statistic",
    "By the numbers, last summer: 412 e-bike injuries, 96 heat-related ED visits, 18 subway platform falls, and "
    "2,300 interpreter sessions in 41 languages. Every number is someone's person.",
    "aggregate counts; 96 is not an age",
)

n(
    "en",
    "event",
    "Celebrating 100 years of nursing at Queens Harbor! Join us for a photo exhibit in the main lobby, 88-40 "
    "Harbor Boulevard, through Friday.",
    "100 is an anniversary; the hospital's address",
)

n(
    "en",
    "staff_spotlight",
    "Happy 100th birthday to Mrs. Ida Feldman, our longest-serving volunteer! Ida still folds 300 pamphlets a week "
    "and insists on doing the crossword in pen.",
    "a volunteer's 100th birthday is not a patient's age",
)

n(
    "en",
    "memorial",
    "We are saddened by the passing of retired nurse Bernadette Clarke, who died at home in Florida last week at "
    "88. Bernie trained our first dialysis nurses in 1979. Services will be held in Cambria Heights on Saturday.",
    "a retired staff member who died at home, not our patient",
)

n(
    "en",
    "anonymous_story",
    "A young man walked into our psychiatric emergency program at 3 a.m. last week and said, “I don't want to die, "
    "but I don't know how to live like this.” That sentence is the bravest thing most of us will ever hear. If "
    "that's you: 988, or walk in. CPEP: 718-555-0111.",
    "anonymous patient; hospital and national lines",
)

n(
    "en",
    "anonymous_story",
    "One of our dialysis patients has been coming to us for 22 years. He has outlasted three unit managers, two "
    "renovations and one very bad coffee machine.",
    "anonymous long-term patient",
)

n(
    "en",
    "health_tip",
    "Heat wave this week. Signs of heat stroke: confusion, hot dry skin, fast pulse. Call 911, move them to shade, "
    "cool them with water. Cooling centers: call 311.",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Delivery riders: a helmet is $30. A traumatic brain injury is forever. Free helmets this Saturday at our "
    "Corona clinic, 104-10 National Street, while supplies last. #QueensHarborTrauma",
    "health tip and the clinic's address",
)

n(
    "en",
    "health_tip",
    "Mind the gap is not just a sign. Most subway platform injuries we see happen during rush hour when people run "
    "for a closing door. The next train is coming. Let it.",
    "subway safety tip",
)

n(
    "en",
    "health_tip",
    "Fasting this Ramadan and on dialysis? Talk to your nephrologist before the month starts — fluid and "
    "potassium limits change when you eat after sunset. Our dietitians speak Bangla, Urdu and Arabic: "
    "718-555-0133.",
    "health tip; hospital number",
)

n(
    "en",
    "health_tip",
    "Lunar New Year tip from our diabetes educators: one nian gao slice is about 30 grams of carbs. Enjoy it, "
    "count it, walk after dinner. 新年快乐!",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Fireworks are for professionals. Every Fourth of July our ED treats hand and eye injuries from backyard "
    "fireworks. Watch the Macy's show instead.",
    "a holiday that is not a patient's event",
)

n(
    "en",
    "event",
    "Free flu shots at the Flushing clinic, 136-20 Sanford Avenue, Saturday, October 4, 9 a.m.–1 p.m. Mandarin, "
    "Cantonese and Korean interpreters on site. Questions? 718-555-0166.",
    "event date and clinic address and phone",
)

n(
    "en",
    "event",
    "Phagwah health fair this Sunday on Liberty Avenue in Richmond Hill! Blood sugar checks, eye screening and "
    "kidney health info from our Jamaica clinic team. Bring the whole family (and the abeer).",
    "event venue, not a patient's neighbourhood",
)

n(
    "en",
    "research",
    "New from our research team in the Journal of Urban Health: e-bike crash patients who wore helmets had 60% "
    "fewer head CTs showing bleeding. The study followed 1,140 riders treated here from 2021 to 2024.",
    "aggregate research; bare years",
)

n(
    "en",
    "research",
    "We are enrolling adults with type 2 diabetes who speak Bengali, Mandarin or Spanish in a study of "
    "text-message coaching. Compensation provided. Info: research@queensharborhospital.org",
    "research recruitment; hospital email",
)

n(
    "en",
    "crisis_update",
    "Code Orange lifted. We received 14 patients from this morning's subway derailment near Jackson Heights–"
    "Roosevelt Avenue; 11 have been treated and released. Families looking for loved ones: (718) 555-0100.",
    "mass-casualty counts; station not tied to an identified patient",
)

n(
    "en",
    "crisis_update",
    "Power outage update: the ED remains open. Elevators in the West tower are out until further notice; "
    "visitors to 5 West and 7 West please use the East tower. Thank you for your patience.",
    "hospital operations",
)

n(
    "en",
    "hospital_contact",
    "Need us? Main: (718) 555-0100 · Psychiatric Emergency (24/7): 718-555-0111 · Interpreters: 718-555-0122 · "
    "Dialysis: 718-555-0133 · Media: 718-555-0144",
    "the hospital's own numbers",
)

n(
    "en",
    "hospital_contact",
    "Our community clinics: Jackson Heights (74-15 37th Road), Flushing (136-20 Sanford Avenue), Corona (104-10 "
    "National Street) and Jamaica (164-30 Archer Avenue). Walk-ins welcome, everyone is welcome, no matter your "
    "immigration status.",
    "the hospital's own addresses",
)

n(
    "en",
    "hospital_contact",
    "Requesting medical records? Fax HIM at 718-555-0199 or use the portal at qhph.nyc/records. We cannot accept "
    "requests by DM. Please don't send us your date of birth here!",
    "hospital fax and domain",
)

n(
    "en",
    "campaign_hashtag",
    "This Mental Health Awareness Month, we're asking Queens to #AskTwice: “How are you? No, really, how are "
    "you?” #QueensHarborStrong",
    "campaign hashtags",
)

n(
    "en",
    "campaign_hashtag",
    "#HelmetsOnQueens is back! Snap a pic of your helmet on your delivery route and tag us. Best photo wins a "
    "year of free bike tune-ups from our partners at Junction Bike Co.",
    "campaign hashtag; a shop named after a street",
)

n(
    "en",
    "staff_spotlight",
    "Huge thanks to Ji-hoon and Carlos on 6 West, who caught a failing IV pump at 4 a.m. and had it swapped before "
    "anyone noticed. Quiet heroes.",
    "staff with first names and no title",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Rokeya Akter is our DAISY Award winner for March! A patient's daughter wrote: “She explained every "
    "medicine to my mother in Bangla, twice, and then a third time without sighing.”",
    "award month and nurse; the patient and daughter are unnamed",
)

n(
    "en",
    "recruitment",
    "Now hiring medical interpreters: Bengali/Sylheti, Mandarin, Cantonese, Korean, Haitian Creole, Kichwa, "
    "Bukhori and Russian. Part-time and per diem. Email careers@queensharborhospital.org",
    "recruitment; hospital email",
)

n(
    "en",
    "recruitment",
    "Match Day! 🎉 Welcome to the 34 new residents joining Queens Harbor in internal medicine, emergency medicine, "
    "psychiatry and surgery this June. You picked the best hospital in Queens. (We're biased.)",
    "match announcement; June is a hospital event",
)

n(
    "en",
    "staff_spotlight",
    "Our chief resident Dr. Elmhurst… just kidding. But Dr. Marcus Jackson did just finish his 100th overnight "
    "call without a single missed sign-out. Jackson, go home and sleep.",
    "a staff surname that looks like a place; 100th is a count",
)

n(
    "en",
    "event",
    "The US Open comes to Queens this month and so does the heat. Our first aid tents at the tennis center are "
    "staffed by Queens Harbor EMTs from 10 a.m. daily. Hydrate between sets!",
    "event; no patient",
)

n(
    "en",
    "public_figure",
    "Thank you to tennis legend Marisa Kovač for recording a message in five languages for our heat safety "
    "campaign. “Water first, tennis second,” she says.",
    "public figure, not a patient",
)

n(
    "en",
    "eponymous_condition",
    "Alzheimer's caregivers: our free support group now meets in Korean at the Flushing clinic on the second "
    "Tuesday of the month. You don't have to do this alone.",
    "eponymous condition",
)

n(
    "en",
    "eponymous_condition",
    "Tourette syndrome is not a joke or a punchline. June 5 – July 5 is Tourette Awareness Month. Our pediatric "
    "neurology team sees kids from all five boroughs.",
    "eponym and awareness dates",
)

n(
    "en",
    "eponymous_condition",
    "Chagas disease affects an estimated 300,000 people in the US, many from Latin America. Free screening this "
    "month at our Corona clinic — ask for the test in Spanish or Portuguese.",
    "eponym; population statistic",
)

n(
    "en",
    "statistic",
    "Our dialysis unit ran 38,402 treatments last year. Average patient age: 61. Oldest: over 90. Longest on "
    "dialysis with us: 22 years. Thank you to every tech, nurse and driver who made that possible.",
    "aggregate unit statistics; 'over 90' is a population description",
)

n(
    "en",
    "statistic",
    "Heat kills more New Yorkers than any other weather event. Adults over 90 are at greatest risk. Check on "
    "your neighbors.",
    "population ages over 90 are not labelled",
)

n(
    "en",
    "event",
    "Junction Boulevard Open Street festival this Saturday! Find our Corona clinic team at 96th Street for blood "
    "pressure checks and kids' helmet fittings.",
    "a street that looks like a name, as an event venue",
)

n(
    "en",
    "thank_you",
    "Thank you to the Bangladeshi American Community Council for 600 iftar boxes for our night staff this Ramadan. "
    "Jazakallah khair. 🌙",
    "community organisation donors",
)

n(
    "en",
    "thank_you",
    "To the woman who left a tray of pastelitos at the ED triage desk with a note that said only “for whoever was "
    "working on Christmas”: thank you. We ate them all.",
    "anonymous visitor; Christmas is not a patient event",
)

n(
    "en",
    "anonymous_story",
    "A dad from our NICU just told us his daughter, born at 24 weeks, started kindergarten today. He cried. We "
    "cried. Nobody got any work done for ten minutes.",
    "anonymous NICU graduate; 24 weeks is gestational age",
)

n(
    "en",
    "anonymous_story",
    "Patient at the front desk this morning, in his 70s, asking for “the nurse with the purple hair who saved my "
    "life in 2019.” We found her. There were hugs.",
    "anonymous patient, age range",
)

n(
    "en",
    "staff_spotlight",
    "Meet Xiaoming Zhao, the pharmacist who built our multilingual medication labels in Chinese, Korean, Bengali "
    "and Spanish. Since launch, medication questions at the Flushing clinic have dropped by a third.",
    "staff member with a name that appears elsewhere as a patient",
)

n(
    "en",
    "staff_spotlight",
    "Today we say goodbye to Mango, our beloved therapy cat, who retired to a farm upstate. She comforted "
    "thousands of patients on 9 East over 8 years. Good girl, Mango. 🐈",
    "a pet, not a patient",
)

n(
    "en",
    "research",
    "Our CPEP team presented data at APA: patients who received a follow-up call in their own language within "
    "48 hours were 35% less likely to return to the ED within 30 days.",
    "research",
)

n(
    "en",
    "crisis_update",
    "Heat emergency declared by the city through Thursday. The Queens Harbor ED is seeing a rise in heat illness "
    "among construction workers and delivery riders. Shade, water, rest — every hour.",
    "heat emergency advisory",
)

n(
    "en",
    "sponsor",
    "Thank you to Flushing Savings & Loan for sponsoring our summer water-bottle giveaway — 10,000 bottles for "
    "delivery workers across Flushing, Elmhurst and Corona.",
    "sponsor; neighbourhoods of a campaign",
)

n(
    "en",
    "sponsor",
    "Shoutout to the Queens Bukharian Jewish Women's League, who have knit blankets for every baby born at Queens "
    "Harbor this year. 1,204 so far!",
    "community donors; aggregate count",
)

n(
    "en",
    "event",
    "Citi Field Community Day is Sunday, September 14: Queens Harbor nurses will be at Gate C with free blood "
    "pressure checks. Let's go Mets!",
    "event date and venue",
)

n(
    "en",
    "health_tip",
    "Carbon monoxide is invisible. Never run a generator or a grill inside, even in a basement apartment, even "
    "for a few minutes. Install a CO alarm near every sleeping area.",
    "health tip",
)

n(
    "en",
    "health_tip",
    "Working on a scaffold? Harness, lanyard, anchor point — every time. Falls are the #1 killer on construction "
    "sites in New York City.",
    "health tip",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Practitioner Guerline Désir has been running our Haitian Creole diabetes class at the Jamaica clinic "
    "for 10 years. 1,000 graduates, 0 boring classes.",
    "staff with a name in a community clinic",
)

n(
    "en",
    "recruitment",
    "Are you a nurse who speaks Korean, Mandarin or Bengali? Our Flushing and Jackson Heights clinics need you. "
    "NYSNA contract, loan forgiveness. DM @QHPHNurses.",
    "recruitment with the hospital's handle",
)

n(
    "en",
    "campaign_hashtag",
    "#StopTheBleed trainings every Tuesday at the main campus, 88-40 Harbor Boulevard. 90 minutes could save a life. "
    "Sign up at qhph.nyc/bleed.",
    "campaign hashtag; 90 minutes is not an age",
)

n(
    "en",
    "anonymous_story",
    "The e-bike rider we treated last Tuesday asked us to pass this on: he wasn't wearing a helmet because he "
    "left it at home “just this once.” He's going to be okay. Please don't have a just-this-once.",
    "anonymous patient, weekday",
)

n(
    "en",
    "public_figure",
    "Olympic boxer and Corona native Yamileth Ortega visited our pediatric rehab gym today to spar (gently) with "
    "our young patients. Thank you, champ!",
    "a public figure's hometown is not a patient's",
)

n(
    "en",
    "event",
    "Korean Harvest Festival at the Flushing clinic on Chuseok weekend: free hepatitis B screening, blood pressure "
    "checks and songpyeon for everyone who gets screened.",
    "event",
)

n(
    "en",
    "statistic",
    "Our interpreters handled 94,000 encounters last year. Top five languages after English: Spanish, Bengali, "
    "Mandarin, Korean, Haitian Creole.",
    "aggregate statistic",
)

n(
    "en",
    "staff_spotlight",
    "Today is the last shift of our transport lead, Mr. Roosevelt Alvarado, after 33 years of pushing wheelchairs "
    "through this building at exactly the right speed. Enjoy Puerto Rico, Roosevelt!",
    "staff named like the avenue; no patient",
)

n(
    "en",
    "crisis_update",
    "We are aware of the fire at a lithium-ion battery shop on Northern Boulevard. We have received several "
    "patients and are in contact with FDNY. No further information at this time.",
    "incident without identified patients",
)

n(
    "en",
    "research",
    "Study launch: our nephrology team will test home hemodialysis with patients across Queens who work night "
    "shifts. Target enrollment: 120 adults by December.",
    "research; month is a study target",
)

n(
    "en",
    "thank_you",
    "Thank you to Harbor Pizza on 37th Avenue for feeding the trauma team after Saturday's 14-patient night. You "
    "know what you did. Pepperoni, mostly.",
    "a business named like the hospital; no patient",
)

n(
    "en",
    "event",
    "Diwali blood drive at the main lobby, November 1, 8 a.m.–4 p.m. Every donor gets a box of mithai. Light a "
    "diya, save a life. 🪔",
    "event date",
)

n(
    "en",
    "hospital_contact",
    "Reminder: patient information cannot be shared on social media or by phone to callers who can't be verified. "
    "Press inquiries: 718-555-0144.",
    "hospital policy and number",
)

n(
    "en",
    "anonymous_story",
    "At 2 a.m. an ambulance brought us a construction worker with a rebar injury, and our Spanish-speaking trauma "
    "surgeon talked him through the whole thing in his own language while we worked. Language is medicine.",
    "anonymous trauma patient",
)

# ---------------------------------------------------------------- Spanish, patient-specific

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Valentina! 💕 Nació el 14 de febrero, Día de San Valentín, a las 6:40 a.m., con 3,2 "
    "kilos. Felicidades a sus papás Yuliana y Jhon Fredy, de Elmhurst.",
    [
        ("NAME", "Valentina"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Yuliana"),
        ("NAME", "Jhon Fredy"),
        ("GEO", "Elmhurst"),
    ],
    note="date and holiday name the same birth day; weight and time are not identifiers",
)

p(
    "es",
    "patient_story",
    "Don Wilmer Quishpe llevaba ocho años repartiendo comida en su bicicleta eléctrica cuando, el 3 de septiembre, "
    "una camioneta se pasó la luz roja en el Northern Boulevard y la calle 90. Llegó a nuestro centro de trauma "
    "con el fémur roto y una hemorragia interna. Pasó dos cirugías, doce días en cuidados intensivos y muchas "
    "noches de videollamadas con sus hijas en Cuenca. Hoy Wilmer salió caminando con andador y con un mensaje "
    "para sus compañeros repartidores: “El pedido puede esperar. Uno no.” Gracias a nuestro equipo de trauma, a "
    "las enfermeras del 5 oeste y a los intérpretes que lo acompañaron en español y en kichwa. #QueensHarborTrauma",
    [
        ("NAME", "Wilmer Quishpe"),
        ("DATE", "3 de septiembre"),
        ("GEO", "Northern Boulevard"),
        ("GEO", "calle 90"),
        ("GEO", "Cuenca"),
        ("NAME", "Wilmer", "*"),
    ],
    note="long story; crash intersection; daughters' foreign city; 'ocho años' is a duration",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 98 a doña Altagracia Peña! Nacida en San Francisco de Macorís, llegó a Corona en los "
    "años 70 y todavía cocina el mejor sancocho del edificio, según sus nietos. ¡Bendiciones, doña Altagracia! 🎂",
    [
        ("AGE", "98"),
        ("NAME", "Altagracia Peña"),
        ("GEO", "San Francisco de Macorís"),
        ("GEO", "Corona"),
        ("NAME", "Altagracia", "*"),
    ],
    note="age over 89; doña excluded; a decade is not a date",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Restrepo por las arepas con queso para el turno de noche. ¡Y don Hernán ya está en "
    "casa! 🇨🇴",
    [("NAME", "Restrepo"), ("NAME", "Hernán")],
    note="family surname and patient's first name",
)

p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Rosaura Tenesaca, paciente de nuestra unidad de diálisis durante nueve años, "
    "que falleció el 2 de marzo. Rosaura nos enseñó a decir “alli puncha” (buenos días) en kichwa y nunca llegó "
    "sin pan para los técnicos. Descanse en paz.",
    [("NAME", "Rosaura Tenesaca"), ("DATE", "2 de marzo"), ("NAME", "Rosaura", "*")],
    note="death date; Kichwa words are not names",
)

p(
    "es",
    "patient_story",
    "Hoy Yesenia dio sus primeros pasos después del accidente en la estación 90 St–Elmhurst Av. ¡Vamos que se "
    "puede! #FuerzaYesenia",
    [("NAME", "Yesenia"), ("GEO", "90 St–Elmhurst Av"), ("NAME", "#FuerzaYesenia")],
    note="name and name hashtag; station of the accident",
)

p(
    "es",
    "pasted_record",
    "Solicitud intérprete KICHWA — Sra. María Lojano — habitación 508 — mañana 10am consentimiento cirugía — "
    "hijo Luis 646-555-0147",
    [
        ("NAME", "María Lojano"),
        ("OTHER_ID", "habitación 508"),
        ("NAME", "Luis"),
        ("PHONE", "646-555-0147"),
    ],
    note="interpreter request pasted by mistake; son's phone",
)

p(
    "es",
    "discharge",
    "brayan ya camina sin andador!!! 💃 te vamos a extrañar en el 5 norte",
    [("NAME", "brayan")],
    note="lower-case name in a short post",
)

p(
    "es",
    "patient_story",
    "Don Efraín Ramírez vende helados en el bulevar Junction desde hace 20 años. El 13 de julio, con 38 grados a "
    "la sombra, se desplomó junto a su carrito. Llegó a urgencias con golpe de calor. Hoy, recuperado, nos pide "
    "que les recordemos a todos: agua, sombra y descanso. 🌡️",
    [("NAME", "Efraín Ramírez"), ("GEO", "bulevar Junction"), ("DATE", "13 de julio")],
    note="the boulevard named like a person is where he collapsed; 38 grados is a temperature",
)

p(
    "es",
    "patient_story",
    "El pequeño Santiago, de 6 años, se resbaló entre el tren y el andén en la estación Woodhaven Boulevard. Gracias "
    "a un pasajero que lo sostuvo y a nuestro equipo de trauma pediátrico, Santiago solo necesitó un yeso. Papás: "
    "tomen la mano de sus hijos en el andén.",
    [("NAME", "Santiago", "*"), ("GEO", "Woodhaven Boulevard")],
    note="'el pequeño' excluded; Santiago is also a city name",
)

p(
    "es",
    "patient_story",
    "“Llegué al CPEP pensando que me iban a encerrar. Me escucharon.” — Jhonatan, de Corona, nos autorizó a "
    "compartir sus palabras en el Mes de la Salud Mental. Si necesitas ayuda: 988 o 718-555-0111.",
    [("NAME", "Jhonatan"), ("GEO", "Corona")],
    note="awareness month is not a date; hospital and national numbers",
)

p(
    "es",
    "public_figure",
    "El salsero Héctor “El Flaco” Villamar agradece a nuestro equipo de urgencias, que lo atendió por "
    "deshidratación tras su concierto del 15 de agosto. ¡Ya está en casa y listo para el próximo show!",
    [("NAME", "Héctor “El Flaco” Villamar"), ("DATE", "15 de agosto")],
    note="public figure who is the patient; the concert date is the date he was treated",
)

p(
    "es",
    "thank_you",
    "A la abuela Fermina, que todos los días trae sancocho al 6 oeste para su nieto y para “los muchachos de la "
    "noche”: usted ya es de la familia. 🧡",
    [("NAME", "Fermina")],
    note="only the patient's grandmother is named",
)

p(
    "es",
    "birth_announcement",
    "¡Un regalo de Nochebuena! 🎄 Emmanuel nació a las 11:52 p.m. y su mamá Yokasta dice que ya venía con nombre "
    "navideño. Bendiciones a la familia Almonte, de Corona.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Emmanuel"),
        ("NAME", "Yokasta"),
        ("NAME", "Almonte"),
        ("GEO", "Corona"),
    ],
    note="holiday as birth date",
)

p(
    "es",
    "birth_announcement",
    "Nació el 27 de febrero, Día de la Independencia dominicana, ¡y sus papás le pusieron Duarte! 🇩🇴 Felicidades "
    "a la familia Santana, de Inwood.",
    [
        ("DATE", "27 de febrero"),
        ("DATE", "Día de la Independencia"),
        ("NAME", "Duarte"),
        ("NAME", "Santana"),
        ("GEO", "Inwood"),
    ],
    note="the baby is named after a national hero; two expressions of the same birth day",
)

p(
    "es",
    "pasted_record",
    "ALTA: QUISPE, NORMA — ingreso 5/9 — egreso 12/9 — seguimiento clínica Corona 718-555-0177 — trae su propio "
    "glucómetro",
    [("NAME", "QUISPE, NORMA"), ("DATE", "5/9"), ("DATE", "12/9")],
    note="day/month dates on a discharge note; clinic number is the hospital's",
)

p(
    "es",
    "milestone_birthday",
    "Nuestra centenaria favorita, doña Eusebia, celebró en el 9 este con merengue, bizcocho dominicano y una "
    "lista de consejos para las enfermeras solteras. 😂",
    [("AGE", "centenaria"), ("NAME", "Eusebia")],
    note="centenaria states an age over 89",
)

p(
    "es",
    "eponymous_condition",
    "Ernesto, de 52 años, descubrió que tenía la enfermedad de Chagas en una prueba gratuita de nuestra clínica. "
    "Hoy está en tratamiento y su corazón está sano. Si naciste en Bolivia, Ecuador o Centroamérica, pregunta por "
    "la prueba.",
    [("NAME", "Ernesto")],
    note="eponym not labelled; age under 90; countries not GEO",
)

p(
    "es",
    "patient_story",
    "El obrero Luis Alberto Sisalima cayó de un andamio en Astoria el 18 de octubre. Hoy vino a darle las gracias "
    "a nuestro equipo de trauma, con casco puesto, “por si acaso.”",
    [("NAME", "Luis Alberto Sisalima"), ("GEO", "Astoria"), ("DATE", "18 de octubre")],
    note="construction fall site and date",
)

p(
    "es",
    "public_figure",
    "¡Qué visita! El cantante vallenato Andrés Pumarejo pasó por pediatría y le cantó “Las mañanitas” a Dayana, "
    "que cumplía 9 años en el hospital. Gracias por tanto cariño.",
    [("NAME", "Dayana")],
    note="visiting singer not labelled; the child patient is",
)

p(
    "es",
    "campaign_hashtag",
    "Para ayudar con la rehabilitación de Yeison, pueden escribirle a su hermana Lina: lina.caceres88@gmail.com "
    "#TodosConYeison",
    [
        ("NAME", "Yeison"),
        ("NAME", "Lina"),
        ("EMAIL", "lina.caceres88@gmail.com"),
        ("NAME", "#TodosConYeison"),
    ],
    note="sister's email; name hashtag",
)

p(
    "es",
    "crisis_update",
    "Buscamos a familiares de Luz Marina Castaño, de 67 años, vecina de Woodside, que está siendo atendida en "
    "Queens Harbor. Por favor comuníquense con trabajo social al (718) 555-0100.",
    [("NAME", "Luz Marina Castaño"), ("GEO", "Woodside")],
    note="age under 90; hospital number",
)

p(
    "es",
    "pasted_record",
    "Pizarra urgencias 19:00 — Cama 5: GUZMÁN, ALEXANDER (fx muñeca, moto) — Cama 6: PEÑA, ROSA (espera psiq) — "
    "Cama 9: vacía, limpiar",
    [
        ("OTHER_ID", "Cama 5"),
        ("NAME", "GUZMÁN, ALEXANDER"),
        ("OTHER_ID", "Cama 6"),
        ("NAME", "PEÑA, ROSA"),
    ],
    note="an empty bed is not tied to a patient",
)

p(
    "es",
    "thank_you",
    "“Gracias por cuidar a mi papá, don Álvaro, del 2 de mayo al 9 de mayo. Nunca lo dejaron solo.” — la familia "
    "Zuluaga. Esta tarjeta ya está en la pared del 7 oeste. 💚",
    [("NAME", "Álvaro"), ("DATE", "2 de mayo"), ("DATE", "9 de mayo"), ("NAME", "Zuluaga")],
    note="admission and discharge dates in a family's card",
)

p(
    "es",
    "milestone_birthday",
    "En la foto: Dulce María con las enfermeras que la cuidaron durante 40 días en la UCI neonatal. ¡Hoy cumple "
    "su primer añito! 🎂",
    [("PHOTO", "En la foto"), ("NAME", "Dulce María")],
    note="photo of the patient; the birthday is relative",
)

p(
    "es",
    "staff_spotlight",
    "Nuestra compañera Ingrid Valencia, de servicios ambientales, fue operada del corazón aquí mismo en mayo. Hoy "
    "regresó a trabajar y el equipo le tenía globos, pastel y un carrito nuevo. ¡Bienvenida, Ingrid!",
    [("NAME", "Ingrid Valencia"), ("DATE", "mayo"), ("NAME", "Ingrid", "*")],
    note="staff member who was our patient; surname is also a city",
)

p(
    "es",
    "public_figure",
    "El lanzador de los Mets Ramón Estévez fue atendido en nuestra sala de emergencias el 22 de junio tras un "
    "pelotazo en la cabeza. Con su permiso compartimos que está bien y agradecido. ⚾",
    [("NAME", "Ramón Estévez"), ("DATE", "22 de junio")],
    note="athlete who is the patient",
)

p(
    "es",
    "campaign_hashtag",
    "¡Último día de quimio! 🎉🔔 #FuerzaMateito #QHPHcontraelcáncer",
    [("NAME", "#FuerzaMateito")],
    note="nickname only in a hashtag; the campaign hashtag is not a name",
)

p(
    "es",
    "pasted_record",
    "Seguridad: moto del paciente CANGO, BYRON (placa 21A-4Q7) quedó en la bahía de ambulancias. Avisar a la "
    "familia.",
    [("NAME", "CANGO, BYRON"), ("VEHICLE", "21A-4Q7")],
    note="patient's moped plate",
)

p(
    "es",
    "milestone_birthday",
    "Don Julio cumplió 89 en el 4 este y dice que a los 90 llega bailando. ¡Lo esperamos con la música lista!",
    [("NAME", "Julio")],
    note="Julio is a name and a month; age 89 is not labelled and 90 is a hoped-for future age, not labelled",
)

p(
    "es",
    "patient_story",
    "Cuando a Jefferson Yupa le dijeron que necesitaba un riñón, su mamá, Rosa Elvira, no lo pensó dos veces. "
    "“Yo le di la vida una vez; se la doy otra vez,” nos dijo antes de la cirugía. El trasplante se hizo aquí el "
    "11 de noviembre. Madre e hijo se recuperaron juntos, en habitaciones vecinas, peleándose por el control "
    "remoto. Hoy, seis meses después, Jefferson volvió a jugar ecuavóley con sus amigos en East Elmhurst y Rosa "
    "Elvira volvió a vender tamales los domingos. Gracias a nuestro equipo de trasplante y a los intérpretes que "
    "los acompañaron en cada paso. Hazte donante: queensharborhospital.org/donar",
    [
        ("NAME", "Jefferson Yupa"),
        ("NAME", "Rosa Elvira", "*"),
        ("DATE", "11 de noviembre"),
        ("NAME", "Jefferson", "*"),
        ("GEO", "East Elmhurst"),
    ],
    note="living donor mother is both relative and patient; 'seis meses después' is relative",
)

p(
    "es",
    "patient_story",
    "La familia de Isabella vive en Jackson Heights y por eso eligió nuestra clínica para sus controles del "
    "embarazo. Hoy Isabella volvió con su bebé en brazos para agradecer a las parteras. 👶",
    [("NAME", "Isabella", "*"), ("GEO", "Jackson Heights")],
    note="Jackson Heights is her family's home here, not just the clinic",
)

p(
    "es",
    "patient_story",
    "Jackson, de 8 años, se hizo su chequeo en nuestra clínica de Jackson Heights y salió con casco nuevo para la "
    "bici. ⛑️",
    [("NAME", "Jackson", 1)],
    note="a child named like the clinic's neighbourhood; the clinic occurrence is declared unlabelled",
    ok=("Jackson",),
)

p(
    "es",
    "memorial",
    "Hasta siempre, Yuli. Tus enfermeras del 8 piso no te olvidan. #YuliEnNuestrosCorazones",
    [("NAME", "Yuli"), ("NAME", "#YuliEnNuestrosCorazones")],
    note="nickname and a name hashtag",
)

p(
    "es",
    "milestone_birthday",
    "Don Teófilo Maldonado, 91 años, lleva 12 años viniendo a diálisis tres veces por semana y jamás ha llegado "
    "tarde. Hoy le cantamos cumpleaños en la silla 3. 🎉",
    [("NAME", "Teófilo Maldonado"), ("AGE", "91"), ("OTHER_ID", "silla 3")],
    note="age over 89; the dialysis chair is treated like a bed",
)

p(
    "es",
    "patient_story",
    "Sigan la recuperación de Dayanara en Instagram: @dayanara.sigue.adelante 🙏 ¡Ya casi vuelve a bailar!",
    [("NAME", "Dayanara"), ("OTHER_ID", "@dayanara.sigue.adelante")],
    note="the family's handle",
)

p(
    "es",
    "pasted_record",
    "Nota: paciente VERA, MILTON — HC 60177342 — Medicaid CIN XZ98765K — sin intérprete asignado, pedir español",
    [("NAME", "VERA, MILTON"), ("MRN", "60177342"), ("HEALTH_PLAN", "XZ98765K")],
    note="historia clínica number is an MRN",
)

# ---------------------------------------------------------------- Spanish, not patient-specific

n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia, intérprete de español y kichwa en nuestro departamento de Servicios de Interpretación. "
    "Nació en Cañar, Ecuador, y dice que su trabajo es “que nadie firme algo que no entiende.” ¡Gracias, Yesenia!",
    "a staff interpreter's name and birthplace are not labelled",
)

n(
    "es",
    "staff_spotlight",
    "Felicitamos a la enfermera Lucía Henao, ganadora del premio DAISY de abril. Una familia escribió: “Nos "
    "explicó todo en español, con paciencia, a las 3 de la mañana.”",
    "nurse award; the family is anonymous; April is the award month",
)

n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria más querida, doña Carmen Rosario, cumple 92 años y sigue repartiendo revistas en el 9 este "
    "todos los jueves. ¡Feliz cumpleaños, doña Carmen!",
    "a volunteer's age over 89 is not a patient's age",
)

n(
    "es",
    "event",
    "¡Les presentamos a Canela, nuestra nueva perrita de terapia! 🐕 Visitará pediatría los lunes y la unidad de "
    "diálisis los jueves.",
    "a pet's name",
)

n(
    "es",
    "public_figure",
    "Los jugadores de los Mets Danny Ocasio y Rafi Delgado visitaron pediatría y firmaron yesos, gorras y hasta un "
    "andador. ¡Gracias, @Mets! ⚾",
    "visiting athletes; no patient named",
)

n(
    "es",
    "crisis_update",
    "Tormenta tropical Ernesto: Queens Harbor sigue funcionando con normalidad. La unidad de diálisis abre en todos "
    "los turnos. Si no puede llegar a su tratamiento, llame al 718-555-0133. No camine por calles inundadas.",
    "a storm with a person's name; hospital number",
)

n(
    "es",
    "sponsor",
    "El nuevo Pabellón Materno Rosa y Jaime Ordóñez abrirá sus puertas el 1 de septiembre gracias a la generosidad "
    "de la familia Ordóñez. ¡Mil gracias!",
    "a building named after donors; the opening date is a hospital event",
)

n(
    "es",
    "anonymous_story",
    "Una señora de ochenta y tantos llegó a nuestra clínica de Corona para tomarse la presión y salió con un "
    "diagnóstico de diabetes, un glucómetro y una enfermera que le explicó todo en español. Para eso existimos.",
    "anonymous patient, age range",
)

n(
    "es",
    "anonymous_story",
    "Anoche un repartidor llegó a urgencias con el brazo fracturado y lo primero que preguntó fue si alguien podía "
    "entregar el pedido que llevaba. Lo entregamos nosotros. No nos dieron propina. 😅",
    "anonymous delivery worker",
)

n(
    "es",
    "health_tip",
    "Ola de calor: tome agua aunque no tenga sed, busque sombra y nunca deje a niños ni mascotas en el carro. "
    "Señales de golpe de calor: confusión, piel caliente y seca. Llame al 911.",
    "health tip",
)

n(
    "es",
    "health_tip",
    "Repartidores: el casco cuesta $30, una lesión cerebral dura toda la vida. Cascos gratis este sábado en la "
    "clínica de Corona, 104-10 National Street. #CascoPuestoQueens",
    "health tip with the clinic address",
)

n(
    "es",
    "health_tip",
    "En el metro: no corra detrás de un tren que está cerrando las puertas. La mayoría de las caídas en el andén "
    "que atendemos ocurren en hora pico. Ya viene otro.",
    "subway safety tip",
)

n(
    "es",
    "health_tip",
    "¿Viaja a República Dominicana o Colombia estas vacaciones? Use repelente contra el dengue y, si regresa con "
    "fiebre y dolor de cuerpo, consulte en su clínica de Queens Harbor.",
    "travel health tip; countries are not GEO",
)

n(
    "es",
    "health_tip",
    "Salud mental también es salud. Si usted o alguien que conoce está en crisis, llame o envíe un texto al 988 "
    "(hay atención en español) o venga a nuestro programa de emergencias psiquiátricas, abierto 24/7: "
    "718-555-0111.",
    "mental health tip; national and hospital lines",
)

n(
    "es",
    "health_tip",
    "Pacientes de diálisis: en las fiestas cuidado con el pernil, el sancocho y las bebidas. Sal y líquidos con "
    "moderación. Nuestras nutricionistas hablan español: 718-555-0133.",
    "health tip; hospital number",
)

n(
    "es",
    "event",
    "Feria de salud del 20 de julio en la clínica de Jackson Heights, 74-15 37th Road: presión, azúcar, vacunas y "
    "empanadas. ¡Viva Colombia! 🇨🇴",
    "Colombian Independence Day is an event date; clinic address",
)

n(
    "es",
    "event",
    "Vacunación gratuita contra la gripe en la clínica de Jamaica, 164-30 Archer Avenue, el sábado 11 de octubre, "
    "de 9 a 1. Sin cita y sin seguro.",
    "event date and clinic address",
)

n(
    "es",
    "event",
    "Este domingo, caminata “Riñones Sanos” en Flushing Meadows Corona Park. Salida a las 9 a.m. frente a la "
    "Unisphere. ¡Traiga a toda la familia! #QHPHKidneyWalk",
    "event venue",
)

n(
    "es",
    "statistic",
    "En números, el verano pasado: 412 lesiones en bicicletas eléctricas, 96 visitas por golpe de calor y 2.300 "
    "sesiones de interpretación en español. Detrás de cada número hay una familia.",
    "aggregate counts",
)

n(
    "es",
    "statistic",
    "El 38% de nuestros pacientes habla español como primer idioma. Por eso el 100% de nuestras clínicas tiene "
    "intérpretes disponibles las 24 horas.",
    "percentages, not ages",
)

n(
    "es",
    "recruitment",
    "¡Estamos contratando enfermeras y enfermeros bilingües! Contrato sindical NYSNA, ayuda con préstamos "
    "estudiantiles y horarios flexibles. Aplique en queensharborhospital.org/empleos",
    "recruitment",
)

n(
    "es",
    "recruitment",
    "Buscamos intérpretes médicos de kichwa, quechua, mixteco y garífuna. Medio tiempo y por turno. Escriba a "
    "careers@queensharborhospital.org",
    "recruitment; hospital email",
)

n(
    "es",
    "crisis_update",
    "Emergencia por calor declarada hasta el jueves. Nuestra sala de urgencias está viendo más casos entre obreros "
    "de construcción y repartidores. Descansos, agua y sombra cada hora.",
    "heat advisory",
)

n(
    "es",
    "crisis_update",
    "Actualización: recibimos 14 pacientes del descarrilamiento del tren 7 cerca de la estación 74 St–Broadway. "
    "11 ya fueron dados de alta. Familiares: (718) 555-0100.",
    "mass-casualty counts; the station is not tied to an identified patient",
)

n(
    "es",
    "research",
    "Nuestro equipo publicó un estudio con 1.140 repartidores atendidos en Queens Harbor: quienes usaban casco "
    "tuvieron 60% menos sangrados cerebrales. El casco salva vidas.",
    "aggregate research",
)

n(
    "es",
    "research",
    "¿Tiene diabetes tipo 2 y habla español? Participe en nuestro estudio de mensajes de texto. Compensación por su "
    "tiempo. Información: research@queensharborhospital.org",
    "research recruitment; hospital email",
)

n(
    "es",
    "hospital_contact",
    "Nuestras clínicas comunitarias: Jackson Heights (74-15 37th Road), Flushing (136-20 Sanford Avenue), Corona "
    "(104-10 National Street) y Jamaica (164-30 Archer Avenue). Atendemos a todos, sin importar su estatus "
    "migratorio.",
    "the hospital's own addresses",
)

n(
    "es",
    "hospital_contact",
    "Por favor, no nos envíe su fecha de nacimiento, número de historia clínica ni datos médicos por mensaje "
    "privado. Para su expediente: fax 718-555-0199 o qhph.nyc/records.",
    "hospital fax and domain",
)

n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Herencia Hispana celebramos a las abuelas que cuidan, a los repartidores que no paran y a los "
    "intérpretes que nos unen. #OrgulloQueens #QueensHarborStrong",
    "campaign hashtags",
)

n(
    "es",
    "campaign_hashtag",
    "#PregúntaleDosVeces: “¿Cómo estás? No, en serio, ¿cómo estás?” Una pregunta puede salvar una vida. "
    "@QHPH_Espanol",
    "campaign hashtag and the hospital's handle",
)

n(
    "es",
    "sponsor",
    "Gracias a la Panadería La Esperanza de la Roosevelt por los 300 pandebonos para el turno de noche. ¡Así "
    "cualquiera trabaja 12 horas!",
    "a bakery on Roosevelt Avenue as sponsor; 'La Esperanza' is not a person",
)

n(
    "es",
    "sponsor",
    "Agradecemos a la Liga de Fútbol Ecuatoriana de Queens por donar 500 botellas de agua para nuestros "
    "repartidores durante la ola de calor.",
    "community sponsor",
)

n(
    "es",
    "public_figure",
    "La boxeadora olímpica Yamileth Ortega, hija de Corona, visitó nuestro gimnasio de rehabilitación pediátrica "
    "y le enseñó a los niños a “pegar suavecito.” ¡Gracias, campeona!",
    "a public figure's hometown is not a patient's",
)

n(
    "es",
    "eponymous_condition",
    "Grupo de apoyo para familias que cuidan a un ser querido con Alzheimer: segundo martes de cada mes, 6 p.m., "
    "en la clínica de Corona. En español. No está solo.",
    "eponymous condition",
)

n(
    "es",
    "eponymous_condition",
    "¿Nació en Bolivia, Ecuador o Centroamérica? Pregunte por la prueba gratuita de la enfermedad de Chagas en "
    "nuestras clínicas. Detectarla a tiempo protege su corazón.",
    "eponym; countries",
)

n(
    "es",
    "anonymous_story",
    "Un papá de la UCI neonatal nos contó hoy que su hija, que nació con 24 semanas, empezó el kínder. Él lloró. "
    "Nosotros lloramos. Nadie trabajó por diez minutos.",
    "anonymous NICU graduate",
)

if __name__ == "__main__":
    S.main("phi_dev21_source")
