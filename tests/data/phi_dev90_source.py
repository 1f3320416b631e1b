"""Blind development set d90 for the PHI scanner: tests/data/phi_dev90.jsonl.

Organisation: Tidewater Lowcountry Medical Center (phi_dev90_org.json), Charleston, SC, with campuses
in Mount Pleasant, Summerville and Beaufort; its numbers (843) 555-0100...0147, its three addresses
(171 Rutledge Avenue, 2100 Ribaut Road, 400 Sweetgrass Parkway), tlmc.org / tidewaterlowcountry.org /
tidewatergiving.org and its handles are never PHI.
Focus: the Lowcountry. Gullah Geechee families (sweetgrass basket makers, basket names, Akan and English
day names, church mothers and deacons), Shem Creek / McClellanville / Port Royal shrimpers and their
boats, Marine recruits and families at Parris Island and Beaufort, Hispanic landscaping workers and
their employers, old Charleston families whose surnames are given names (Ashley, Pinckney, Rutledge,
Middleton), against a background of hurricanes, king tides, boating accidents, Spoleto, the Cooper River
Bridge Run and the Gullah Festival.
Hard cases: day names next to the weekdays they name (Friday, Sunday); basket names that are words
(Sister, Tee, Pootie, Mama Lou); names that are also streets, rivers, towns or donors in the same post
(Ashley, Rutledge, Pinckney, Huger, Ladson, Ravenel); titles to strip (Mother, Deacon, Brother, Cap'n,
military ranks, doña); suffixes (IV, III, Jr., Sr.); ages as words, ordinals or in bed-board tokens
("94F", "one hundredth", "Nonagenarian"); a birth date written twice (date and holiday); month-only dates;
nameless posts made patient-specific by a home town, a depot or the place of an accident; pasted chart
lines, bed boards, ADT and lab lines, portal messages, IT tickets, e-mails, fax covers, valet and
security logs, spreadsheet rows; boat names and plates; replies that confirm a commenter's relative
was a patient; a patient name inside a hospital-domain link.
Hard negatives: staff, chaplains, volunteers and community honorees with the same old-family and Gullah
names (and ages over 89, death dates, birthplaces); donor families and donor-named rooms; public and
historical figures (Robert Smalls, Septima Clark, Philip Simmons, Mary Jackson, Carlos Chagas, Cesar
Chavez); eponyms; storm names and dates; festival, run and tide dates; rivers, streets and islands in
tips and storm updates; the hospital's own numbers, domains, addresses and ZIPs; campaign hashtags shaped
like #Team<Name>; population ages over 90; nameless stories with ages of 89 and under; a commenter
answered about an event.
Language mix: 240 posts, 210 English and 30 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Titles and forms of address stay out of NAME, including Gullah church titles and kinship titles:
  "Mother Binah Seabrook" -> "Binah Seabrook", "Deacon Elijah Seabrook", "Brother Nathaniel Smalls",
  "Cap'n June Bug", "Grandpa Earl", "Gunnery Sgt. (Ret.) Lucius ..."; given names that look like titles
  stay in ("Queen Esther Washington", "Queen Ann Bennett").
- Generational suffixes belong to the name: "Pinckney Rutledge Ravenel IV", "Marcus Gadsden Jr.",
  "Lucius Jr.", "Marcus Sr." (English Sr. after a name; Spanish Sr. before a name is a title).
- Gullah basket names and day names are NAME ("Tee", "Sister", "Pootie", "Cudjo", "Quamina",
  "Sunday Amari Heyward"); the same words used as weekdays or words are not ("Born on a Monday",
  "born on a Friday", lower-case Gullah "sabe"); where both occur only the name occurrences are labelled
  (ok=("Friday",)).
- A plural family name is labelled as written: "the Pinckneys" -> "Pinckneys", "the Ravenels".
- Employers are NAME, including a possessive that is part of the firm's name ("Delroy's Lawn & Garden",
  "Bowens Island Marine"); the armed service itself ("the Marine Corps") is a population, not an employer
  name, and a battalion name is not an id.
- GEO is where the patient or a relative lives, works (a basket stand "Highway 17", the corner "Meeting
  and Market", a home port "Shem Creek"), is stationed ("Parris Island", abbreviated "PI"; "Laurel Bay";
  "Marine Corps Air Station Beaufort"; a relative's base too), or was hurt ("Wappoo Cut", "Morris Island
  Lighthouse", "Cape Romain", "King Street", "Wando River"). The town of a patient's church or employer is
  GEO when it tells where the patient lives or works ("Mount Pleasant's Greater Goodwill AME" ->
  "Mount Pleasant"); the church, school and nursing-facility names are not labelled; places only visited
  (a theatre, a yearly festival in Beaufort where she sells) are not GEO; foreign states ("Michoacan")
  are not GEO.
- A nameless post whose only identifier is such a place is patient-specific ("one of our Parris Island
  recruits", "four patients from Saturday's boat collision on the Wando River").
- A family's boat is VEHICLE by name as well as by plate or registration ("Miss Bertha", "Lady Lou",
  "Sea Hawk", "PKR 518"); boats at the Blessing of the Fleet are not.
- OTHER_ID with its keyword: "Platoon 1042", dialysis "chair 14", ED "Bay 3", "Hall 2", bed labels
  ("5W-12"); value only for a release number ("R-2025-0417"), wristband, telehealth visit id, portal user
  name; handles keep their "@".
- Ages: the whole token in bed boards ("94F"); words ("Ninety-nine", "One hundred years ago ... was born",
  "one hundredth", "Centenarian", "Nonagenarian"); not a hoped-for age ("plans to see a hundred"), not
  89 ("89 and three quarters").
- Dates: release signing and expiry, message "Sent"/"Date:" headers, dates of service and of consent
  e-mails are DATE; a month alone tied to the stay ("his June stay", "last August"); days of public
  events when they are the patient's own event (Bridge Run "April 5", a graduation "October 10", a
  return to the stage "June 2"); a holiday spent in hospital ("Mother's Day") or on which the event
  happened, with the date when both are written ("Easter Sunday, April 20", "Veterans Day, November 11",
  "Christmas baby", "Valentine's"). Not labelled: festival weeks ("the first week of Spoleto"), storm
  names, recurring weekends ("every Memorial Day weekend"), greetings ("Happy Thanksgiving").
- Replies: a commenter's name and handle are labelled when the reply confirms their own or a relative's
  care ("your mother waited ... in our ER"); not when the reply is about an event (@tasha_runs_chs).
- A hospital-domain link is not labelled as URL, but a patient name and visit id inside it are.
- SSN last four digits are SSN; a financial number (FIN) is ACCOUNT; a TRICARE ID is HEALTH_PLAN; a
  commercial shrimping licence is LICENSE; a referring practice's fax is not PHI, a son's fax is FAX.
- Donors introduced as a patient's parents are labelled ("Ellis Pinckney"); other donors, community
  honorees, demonstrating artisans and a storyteller ("Aunt Pearlie Sue") are not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev90.jsonl"), os.path.join(HERE, "phi_dev90_org.json"), "d90")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Mother Ruthie Mae Coakley. For seventy years she has sewn sweetgrass baskets at her stand on "
    "Highway 17 in Mount Pleasant, the way her grandmother taught her on the porch in Four Mile. When she "
    "came to us by ambulance on March 9 after a stroke, her first question to our stroke team was whether "
    "her hands would still work. At 94, Mother Coakley did every minute of therapy our rehab team asked of "
    "her, and some they didn't. Her basket name is “Tee”, and that is what the whole 6th floor was calling "
    "her by the end of her stay. She went home April 2, and last weekend she sent us a bread basket she "
    "finished at her kitchen table. Thank you, Mother Tee, for reminding us what patience looks like. 🧺 "
    "#SweetgrassStrong",
    [
        ("NAME", "Ruthie Mae Coakley"),
        ("GEO", "Highway 17"),
        ("GEO", "Mount Pleasant"),
        ("GEO", "Four Mile"),
        ("DATE", "March 9"),
        ("AGE", "94"),
        ("NAME", "Coakley", "*"),
        ("NAME", "Tee", "*"),
        ("DATE", "April 2"),
    ],
    note="Gullah basket maker: full name, church title 'Mother' left out, basket name Tee, work stand and home "
    "community, admission and discharge dates, age 94",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Ashley Middleton, RN, has worked nights in our Neuro ICU for 22 years. Born and raised on the Ashley "
    "River, she says she was named for it — and yes, she's heard every joke. She rows with the Charleston "
    "Rowing Club on her days off and coaches our new grads on how to read a monitor at 3 a.m. Thank you, "
    "Ashley! #NurseSpotlight",
    "a staff nurse with an old-family name; the Ashley River is a river, not a patient's geography",
)

# 3
p(
    "en",
    "pasted_record",
    "Good morning, Lowcountry! ☀️ MAZYCK, PRIMUS L   MRN 00731184   DOB 06/02/1933   Age 91   Rm 6114-B   "
    "Att: Dr. Okafor   Dx: L MCA CVA, tPA 14:52",
    [
        ("NAME", "MAZYCK, PRIMUS L"),
        ("MRN", "00731184"),
        ("DATE", "06/02/1933"),
        ("AGE", "91"),
        ("OTHER_ID", "Rm 6114-B"),
    ],
    note="an ADT line pasted under a greeting; the attending physician is staff",
)

# 4
n(
    "en",
    "event",
    "Team Tidewater is 600 strong for the Cooper River Bridge Run on Saturday, April 5! Stop by our medical "
    "tent at the foot of the Arthur Ravenel Jr. Bridge in Mount Pleasant, or sign up for our Kids Run on "
    "April 4 at tidewaterlowcountry.org/bridgerun. Questions? (843) 555-0100. #BridgeRun2025",
    "event dates and venue, a bridge named for a public figure, the hospital's own domain and number",
)

# 5
p(
    "en",
    "birth_announcement",
    "Our first Bridge Run baby! 🏃‍♀️ Pinckney Rutledge Ravenel IV arrived at 7:42 a.m. on April 5 while his "
    "dad was supposed to be crossing the bridge. Mom Caroline says he's already got a better finish time "
    "than his father. Welcome, little Pinck! #BridgeRunBaby",
    [
        ("NAME", "Pinckney Rutledge Ravenel IV"),
        ("DATE", "April 5"),
        ("NAME", "Caroline"),
        ("NAME", "Pinck"),
    ],
    note="old-family surnames as given names, generational suffix inside the span, birth on the day of a "
    "public event (the date is the baby's)",
)

# 6
n(
    "en",
    "public_figure",
    "On May 13, 1862, Robert Smalls steered the CSS Planter out of Charleston Harbor to freedom, carrying "
    "his family and crew past Fort Sumter. Born in Beaufort, he later served five terms in Congress. This "
    "Juneteenth our Beaufort campus lobby hosts an exhibit on his life, free and open to all.",
    "a historical figure, his dates and birthplace; an awareness holiday",
)

# 7
p(
    "en",
    "thank_you",
    "Shoutout to Miss Hattie Grimball of Wadmalaw Island, who brought fried shrimp for the whole night "
    "shift on 5 West the day she went home. You spoiled us, Miss Hattie! 🍤",
    [("NAME", "Hattie Grimball"), ("GEO", "Wadmalaw Island"), ("NAME", "Hattie", "*")],
    note="a discharged patient thanked by name, with her home island",
)

# 8
n(
    "en",
    "anonymous_story",
    "Last night a shrimper in his late 70s walked into our Mount Pleasant ER with a fish-hook cut on his "
    "hand that had turned red and hot in less than a day. It was Vibrio. He's doing well after surgery, and "
    "he wanted us to share this: if a cut that touched harbor water swells or darkens, don't wait until "
    "morning. #VibrioAwareness",
    "nameless story: age under 90, relative time, the hospital's own ER",
)

# 9
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mr. Cudjo Manigault! Born on a Monday, and so named in the old Gullah way, Mr. "
    "Manigault celebrated on our Beaufort campus with his church family from St. Helena Island, a red velvet "
    "cake, and a card from the Commandant of Parris Island, where he worked as a civilian cook for 31 years. "
    "🎂💯",
    [
        ("AGE", "100th"),
        ("NAME", "Cudjo Manigault"),
        ("NAME", "Manigault", "*"),
        ("GEO", "St. Helena Island"),
        ("GEO", "Parris Island"),
    ],
    note="Akan day name Cudjo (Monday); the weekday of birth is not a date; his workplace is GEO",
)

# 10
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to our longest-serving volunteer, Mrs. Elouise Frasier! 🎉 Mrs. Frasier has greeted "
    "visitors at the Rutledge Avenue entrance every Tuesday since 1988 and still knows every elevator "
    "shortcut in the building. Stop by the front desk this morning for a slice of her famous pound cake.",
    "a volunteer's name and age over 89 are never labelled; hospital entrance",
)

# 11
p(
    "en",
    "pasted_record",
    "Fwd: Re: photo release — Hi Kim, the Pinckney family signed the release on 9/14 for the Spoleto story. "
    "Mom's cell is 843-555-0272 and her email is lauren.pinckney.chs@gmail.com if you need her. Ashley (the "
    "patient) is in 7 Tower, room 7218, until Thursday. -J",
    [
        ("NAME", "Pinckney"),
        ("DATE", "9/14"),
        ("PHONE", "843-555-0272"),
        ("EMAIL", "lauren.pinckney.chs@gmail.com"),
        ("NAME", "Ashley"),
        ("OTHER_ID", "room 7218"),
    ],
    note="internal e-mail pasted by mistake: family surname, release date, mother's cell and e-mail, room",
)

# 12
n(
    "en",
    "hospital_contact",
    "Need a copy of your records? Medical Records is open Monday–Friday, 8 a.m. to 4:30 p.m. Fax requests "
    "to (843) 555-0147, call (843) 555-0100, or request them through MyTidewater at my.tlmc.org. Please "
    "never post your medical record number, date of birth or insurance ID in the comments — we'll message "
    "you privately. 💙",
    "the hospital's numbers and portal; the words MRN / date of birth with no value",
)

# 13
p(
    "en",
    "discharge",
    "After 41 days in our NICU, twins Quamina and Abena Washington are headed home to Summerville! Born at "
    "29 weeks on Christmas Eve, the pair now weigh more than 5 pounds each. Their grandmother Queen Esther "
    "Washington crocheted hats for every baby in the unit while she waited. Go home and grow, little ones! "
    "💙💗 #NICUGrads",
    [
        ("NAME", "Quamina"),
        ("NAME", "Abena"),
        ("NAME", "Washington", 1),
        ("GEO", "Summerville"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Queen Esther Washington"),
    ],
    note="Akan day names, birth on a named holiday, grandmother whose given name starts with Queen",
)

# 14
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's thyroiditis, Addison's disease: three conditions named for doctors, and "
    "all three are more common in women. Our endocrinology team at the Summerville campus is taking new "
    "patients — call (843) 555-0127. #ThyroidAwarenessMonth",
    "eponyms and the hospital's number",
)

# 15
p(
    "en",
    "patient_story",
    "Pfc. Dontrell Gadsden collapsed from heat on the Crucible at Parris Island on July 18. Eleven days "
    "later, he walked across the parade deck with Platoon 1042. Semper Fi, Dontrell — our Beaufort ICU team "
    "is proud of you. 🇺🇸",
    [
        ("NAME", "Dontrell Gadsden"),
        ("GEO", "Parris Island"),
        ("DATE", "July 18"),
        ("OTHER_ID", "Platoon 1042"),
        ("NAME", "Dontrell", "*"),
    ],
    note="Marine recruit: rank left out, depot, injury date, platoon number (with its keyword)",
)

# 16
n(
    "en",
    "recruitment",
    "Now hiring: RNs for our Beaufort campus, with relocation help for military spouses. Married to a "
    "Marine at Parris Island or the Air Station? Your license transfers — ask us how. Hiring event "
    "Thursday, June 12, 4–7 p.m., 2100 Ribaut Road. careers@tlmc.org #MilSpouseJobs",
    "recruitment: event date, bases, hospital address and e-mail",
)

# 17
p(
    "en",
    "memorial",
    "Our Mount Pleasant campus lost a friend. Captain Junior “June Bug” Magwood, who shrimped out of Shem "
    "Creek on the Miss Bertha for 58 years and brought our cafeteria fresh shrimp every summer, died "
    "peacefully on our hospice unit on October 3. He was 92. Fair winds, Cap'n June Bug. ⚓",
    [
        ("NAME", "Junior “June Bug” Magwood"),
        ("NAME", "June Bug", "*"),
        ("GEO", "Shem Creek"),
        ("VEHICLE", "Miss Bertha"),
        ("DATE", "October 3"),
        ("AGE", "92"),
    ],
    note="shrimper with a month-like nickname, his creek and his boat, death date, age 92",
)

# 18
n(
    "en",
    "crisis_update",
    "Hurricane update, 6 p.m.: All Tidewater Lowcountry campuses remain open. Our Beaufort campus is on "
    "generator power. The Ashley River and Wappoo Cut are expected to crest with the 8:40 p.m. high tide; "
    "Rutledge Avenue and Ashley Avenue will flood. Please use the Calhoun Street garage. If you need "
    "dialysis and can't reach your center, call (843) 555-0100. For emergencies, call 911.",
    "storm update: public streets and rivers, hospital and national numbers",
)

# 19
p(
    "en",
    "thank_you",
    "@deloris_gets_it We're so sorry your mother waited that long in our Summerville ER on Sunday, Deloris. "
    "Our patient advocate, Tonya, would like to hear more about her visit: please call her directly at "
    "(843) 555-0109 or email patientrelations@tlmc.org.",
    [("OTHER_ID", "@deloris_gets_it"), ("NAME", "Deloris")],
    note="reply to a review that confirms the commenter's mother was a patient: the commenter is a relative",
)

# 20
n(
    "en",
    "event",
    "@tasha_runs_chs Yes! Kids Run packet pickup is Friday, April 4, 2–7 p.m. at the Mount Pleasant campus. "
    "Bring your registration email. See you there, Tasha! 🏃🏾‍♀️",
    "reply to a commenter about an event, nothing about anyone's care",
)

# 21
p(
    "en",
    "patient_story",
    "Ezekiel “Zeke” Bligen, 16, was fishing with his uncle near the Morris Island Lighthouse on June 21 when "
    "a wake threw him against the console of their johnboat. By the time Sea Tow and the Coast Guard "
    "reached them, his uncle Lonnie had been holding pressure on a scalp wound for twenty minutes. Zeke "
    "spent nine days with us, six of them in the Pediatric ICU. This week he came back to say thank you — "
    "and to tell our trauma team he has already signed up for the SCDNR boating safety course. Lonnie, you "
    "did everything right. Wear the kill switch lanyard, everyone. #BoatSafe",
    [
        ("NAME", "Ezekiel “Zeke” Bligen"),
        ("GEO", "Morris Island Lighthouse"),
        ("DATE", "June 21"),
        ("NAME", "Lonnie", "*"),
        ("NAME", "Zeke", "*"),
    ],
    note="boating accident: nickname inside the name span, place of the injury, injury date, uncle",
)

# 22
n(
    "en",
    "health_tip",
    "King tides are back this week. Never drive through standing water on Lockwood Drive, Calhoun Street or "
    "Crosstown — saltwater wrecks brakes, and six inches can float a small car. Walking through it? Cover "
    "any cuts: harbor water carries Vibrio. Tide times at tidesandcurrents.noaa.gov.",
    "public streets and a public agency's site",
)

# 23
p(
    "en",
    "birth_announcement",
    "Sunday born, Sunday named 💛 Welcome to the world, Sunday Amari Heyward, born 10/12 at 3:15 a.m. on our "
    "Mount Pleasant L&D unit to proud parents Keisha and Marcus of James Island. #GullahNames",
    [
        ("NAME", "Sunday Amari Heyward"),
        ("DATE", "10/12"),
        ("NAME", "Keisha"),
        ("NAME", "Marcus"),
        ("GEO", "James Island"),
    ],
    note="a day name: the weekday words are not labelled, the baby's name is",
)

# 24
n(
    "en",
    "event",
    "Join us at the Original Gullah Festival in Beaufort's Waterfront Park, May 23–25! Our team will offer "
    "free blood pressure and A1C checks next to the sweetgrass basket tent, and master basket maker Mrs. "
    "Vera Manigault will demonstrate her craft on Saturday at 11. @TLMCBeaufort #GullahFestival",
    "festival dates and venue; a demonstrating artist is not a patient",
)

# 25
p(
    "en",
    "pasted_record",
    "ED BOARD 14:05 | Bay 3 HUGER, ASHLEY P 94F CP r/o ACS | Bay 7 CHISOLM, TYRELL 23M lac R hand (shrimp "
    "knife) | Hall 2 MACK, ODESSA 91F fall, on Eliquis | Bay 9 VOSS, TANNER 19M heat inj, PI recruit",
    [
        ("OTHER_ID", "Bay 3"),
        ("NAME", "HUGER, ASHLEY P"),
        ("AGE", "94F"),
        ("OTHER_ID", "Bay 7"),
        ("NAME", "CHISOLM, TYRELL"),
        ("OTHER_ID", "Hall 2"),
        ("NAME", "MACK, ODESSA"),
        ("AGE", "91F"),
        ("OTHER_ID", "Bay 9"),
        ("NAME", "VOSS, TANNER"),
        ("GEO", "PI"),
    ],
    note="a tracking board pasted into a draft: bays, names, ages with the sex letter in the same token",
)

# 26
n(
    "en",
    "statistic",
    "Last year our teams cared for 1,214 patients over the age of 90, including 38 centenarians. The "
    "oldest? We'll never tell. 😉 Ask us about our Acute Care for Elders unit on 4 North. #AgingWell",
    "population ages and a population count of centenarians",
)

# 27
p(
    "es",
    "patient_story",
    "Don Aurelio Tzoc, de Huehuetenango, trabaja desde hace doce años con Palmetto Green Landscaping en "
    "Mount Pleasant. El 8 de agosto se desmayó por el calor mientras cortaba el césped de un campo de golf. "
    "Llegó a nuestra sala de emergencias con 41 grados de temperatura. Hoy, después de cinco días en la UCI, "
    "ya está en casa con su esposa Rosa y sus hijos. ¡Gracias por dejarnos contar tu historia, don Aurelio! "
    "Tomen agua, descansen en la sombra. ☀️💧",
    [
        ("NAME", "Aurelio Tzoc"),
        ("GEO", "Huehuetenango"),
        ("NAME", "Palmetto Green Landscaping"),
        ("GEO", "Mount Pleasant"),
        ("DATE", "8 de agosto"),
        ("NAME", "Rosa"),
        ("NAME", "Aurelio", "*"),
    ],
    note="landscaper: name, home town abroad, employer (NAME) and its town, date of the heat stroke, wife",
)

# 28
n(
    "es",
    "health_tip",
    "Calor extremo esta semana en el Lowcountry: índice de calor de hasta 110 °F. Si trabaja en jardinería "
    "o construcción, tome agua cada 15 minutos, descanse en la sombra y conozca las señales del golpe de "
    "calor. Si un compañero se confunde o deja de sudar, llame al 911. ¿Preguntas? Línea en español: "
    "(843) 555-0100, opción 2.",
    "heat tip: temperatures, national and hospital numbers",
)

# 29
p(
    "en",
    "thank_you",
    "To the Rutledge family: thank you for the 200 sweetgrass-wrapped candy jars you sent to our oncology "
    "unit in memory of your mother, Eliza Rutledge, who finished her treatment with us in December. Nurse "
    "Ashley says Miss Eliza would have approved of the peppermints. 💚",
    [
        ("NAME", "Rutledge", 1),
        ("NAME", "Eliza Rutledge"),
        ("NAME", "Eliza", "*"),
        ("DATE", "December"),
    ],
    note="family surname, late patient's name, a month tied to her treatment; Nurse Ashley is staff",
)

# 30
n(
    "en",
    "sponsor",
    "Thank you to the Middleton-Pinckney Family Foundation for the $2 million gift that will build the "
    "Eliza Middleton Pinckney Children's Garden at our downtown campus. The garden opens Oct. 1 with "
    "sweetgrass plantings from Johns Island growers. #TidewaterGiving",
    "donor family and a garden named for a historical figure; opening date",
)

# 31
p(
    "en",
    "pasted_record",
    "MyTidewater message — From: Bernice Alston (proxy for Alston, Lucius)  To: Cardiology Nurse Line  "
    "Sent 02/11 9:14 PM  IP 174.62.118.40  Msg: Daddy's pacemaker (serial PJN448129S) beeped twice after "
    "the storm knocked the power out on Edisto Beach. He's 96, please call me at (843) 555-0386.",
    [
        ("NAME", "Bernice Alston"),
        ("NAME", "Alston, Lucius"),
        ("DATE", "02/11"),
        ("IP", "174.62.118.40"),
        ("DEVICE", "PJN448129S"),
        ("GEO", "Edisto Beach"),
        ("AGE", "96"),
        ("PHONE", "(843) 555-0386"),
    ],
    note="portal message pasted: proxy daughter, sent date, IP, pacemaker serial, town, age, phone",
)

# 32
n(
    "en",
    "staff_spotlight",
    "Meet Friday Simmons, our lead environmental services tech on the Beaufort campus. Her grandmother named "
    "her for the day she was born, in the old Gullah way, and she has not missed a Friday shift in 19 "
    "years. Her sweetgrass baskets are on display in the chapel through Friday, July 11. Thank you, Friday! "
    "🧺",
    "a staff member with a Gullah day name; weekdays and an exhibit date",
)

# 33
p(
    "en",
    "birth_announcement",
    "It's a girl for the Pinckneys of Legare Street! 🎀 Middleton Grace Pinckney was born Tuesday, May 27, "
    "during the first week of Spoleto, weighing 7 lb 2 oz. Grandfather Rutledge Pinckney says she'll have "
    "season tickets by age two. #SpoletoBaby",
    [
        ("NAME", "Pinckneys"),
        ("GEO", "Legare Street"),
        ("NAME", "Middleton Grace Pinckney"),
        ("DATE", "May 27"),
        ("NAME", "Rutledge Pinckney"),
    ],
    note="old-family surnames as given names, plural family name, home street, birth date (festival week "
    "and weekday not labelled)",
)

# 34
n(
    "en",
    "public_figure",
    "Septima Poinsettia Clark was born in Charleston on May 3, 1898. A teacher who built Citizenship Schools "
    "on Johns Island, she taught thousands to read so they could vote. Today our nurse educators honor her "
    "with a free health literacy workshop at the Johns Island library, 2–4 p.m.",
    "a public figure's birth date and places; event venue",
)

# 35
p(
    "en",
    "patient_story",
    "92 and still climbing! 🌉 Mr. Wendell Ladson walked the Cooper River Bridge Run on April 5 with his "
    "great-granddaughters, eight months after his pacemaker surgery here. Cardiology is so proud of you, "
    "Mr. Ladson! #BridgeRun2025",
    [("AGE", "92"), ("NAME", "Wendell Ladson"), ("DATE", "April 5"), ("NAME", "Ladson", "*")],
    note="age over 89 as the first token, the patient's race on the day of a public event",
)

# 36
p(
    "en",
    "patient_story",
    "Yesterday one of our Parris Island recruits — 19, a long way from home — rang the bell on our Beaufort "
    "campus after finishing treatment for a heat injury. His drill instructor drove him over himself. Semper "
    "Fidelis to everyone who keeps our Marines safe in this heat. 🇺🇸",
    [("GEO", "Parris Island")],
    note="nameless, but the depot where the patient lives and trains is geography smaller than a state",
)

# 37
n(
    "en",
    "anonymous_story",
    "A young Marine recruit, 18, from a small town far from here, arrived at our ER this summer with a "
    "temperature of 107. Today he's back in training. Heat illness is preventable: hydrate, acclimatize, "
    "and speak up when a buddy stops sweating.",
    "nameless: age under 90, a season, a vague origin",
)

# 38
p(
    "en",
    "pasted_record",
    "Pls approve for 5pm post — “Happy 103rd to our favorite patient on 4 North!” (pt = Estelle Grant, Rm "
    "4021, DOB 11/19/1921, daughter Marian 843-555-0291, release on file 11/18)",
    [
        ("AGE", "103rd"),
        ("NAME", "Estelle Grant"),
        ("OTHER_ID", "Rm 4021"),
        ("DATE", "11/19/1921"),
        ("NAME", "Marian"),
        ("PHONE", "843-555-0291"),
        ("DATE", "11/18"),
    ],
    note="approval request pasted with the draft: age, name, room, DOB, daughter's phone, release date",
)

# 39
n(
    "en",
    "health_tip",
    "Shrimp season opens soon. 🦐 To our shrimpers and deckhands: gloves save hands. A puncture from a "
    "shrimp spine or crab claw that swells, blisters or turns purple needs care the same day. Call our "
    "Mount Pleasant urgent care at (843) 555-0104 or come in 7 a.m.–10 p.m.",
    "occupational tip, hospital number",
)

# 40
p(
    "en",
    "patient_story",
    "When the king tide covered the causeway to her house on Yonges Island on October 7, Mother Binah "
    "Seabrook, 97, was due for dialysis. Her grandson, Deacon Elijah Seabrook, carried her a quarter-mile "
    "through knee-deep water to his truck and drove her to our Ravenel dialysis center, an hour late but "
    "smiling. “Mother Binah don't miss church, and she don't miss dialysis,” he told our nurses. Mother "
    "Seabrook turned 98 the next week. We are honored to care for her, and we're working with the county on "
    "a flood-day transport plan for all our dialysis patients. 💙",
    [
        ("GEO", "Yonges Island"),
        ("DATE", "October 7"),
        ("NAME", "Binah Seabrook"),
        ("AGE", "97"),
        ("NAME", "Elijah Seabrook"),
        ("NAME", "Binah", "*"),
        ("NAME", "Seabrook", "*"),
        ("AGE", "98"),
    ],
    note="church mother and deacon grandson (titles left out), king tide date tied to her dialysis, ages",
)

# 41
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke. If one side of the face droops, don't guess: call 911. Our stroke "
    "team would rather see 100 cases of Bell's palsy than miss one stroke. #BEFAST",
    "an eponym and a count that looks like an age",
)

# 42
p(
    "en",
    "thank_you",
    "@ChuckRavenel Chuck, thank you for sharing your father's story. Dr. Okafor and the whole 6 Tower team "
    "remember Mr. Ravenel fondly, and we're so glad he's back on his boat in Rockville. 🙏",
    [("OTHER_ID", "@ChuckRavenel"), ("NAME", "Chuck"), ("NAME", "Ravenel"), ("GEO", "Rockville")],
    note="reply to a patient's son: his handle and name, the father's surname and home village",
)

# 43
n(
    "en",
    "event",
    "Spoleto Festival USA comes to the hospital! On Thursday, May 29, musicians from the Festival Orchestra "
    "will play in the main atrium at 12:30. Patients, families and staff welcome. Program sponsored by the "
    "Gaillard Middleton Arts Fund. #Spoleto2025",
    "event date, sponsor fund named for families",
)

# 44
p(
    "en",
    "discharge",
    "Home for Thanksgiving! 🦃 After a hip fracture on November 2, our 101-year-old friend Mrs. Phoebe Capers "
    "is back in her own house on Edisto Island, where she's promised to make her oyster dressing for 30 "
    "relatives. Happy Thanksgiving, Mrs. Capers!",
    [
        ("DATE", "November 2"),
        ("AGE", "101-year-old"),
        ("NAME", "Phoebe Capers"),
        ("GEO", "Edisto Island"),
        ("NAME", "Capers", "*"),
    ],
    note="injury date, hyphenated age, name, home island; Thanksgiving is not the day of her event",
)

# 45
n(
    "en",
    "memorial",
    "We mourn Dr. Pinckney Hay Legare, 96, who delivered more than 9,000 Lowcountry babies at our hospital "
    "between 1958 and 1994. Dr. Legare died on August 30 at his home on Sullivan's Island. Flags at all "
    "campuses fly at half-staff today. 🕊️",
    "a former staff physician: his age, death date and home are never labelled",
)

# 46
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Ximena Guadalupe López Tzul! 🎀 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en "
    "nuestro campus de Summerville. Sus papás, Yesenia y Baltazar, de Goose Creek, dicen que su nombre "
    "estaba decidido desde antes. #BebésTidewater",
    [
        ("NAME", "Ximena Guadalupe López Tzul"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yesenia"),
        ("NAME", "Baltazar"),
        ("GEO", "Goose Creek"),
    ],
    note="double surname; the birth date written twice (date and feast day); parents and their town",
)

# 47
n(
    "es",
    "event",
    "Feria de salud en la iglesia San Juan Bautista de Johns Island: sábado 14 de junio, de 9 a 1. Vacunas, "
    "presión arterial, pruebas de azúcar y asesoría sobre Medicaid. Gratis y sin preguntas sobre estatus "
    "migratorio. Información: (843) 555-0100, opción 2.",
    "event date and venue, hospital number",
)

# 48
p(
    "en",
    "pasted_record",
    "Subject: Tomorrow's patient story — Hi team, confirming the Gadsden family is OK with posting. Patient: "
    "Marcus Gadsden Jr., MRN 00884210, admitted 06/14 after the boat crash at the Wappoo Cut. His mother "
    "Tamika can be reached at tamika.gadsden@yahoo.com. Please do NOT use his school name. Thanks, Renée (PR)",
    [
        ("NAME", "Gadsden", 1),
        ("NAME", "Marcus Gadsden Jr."),
        ("MRN", "00884210"),
        ("DATE", "06/14"),
        ("GEO", "Wappoo Cut"),
        ("NAME", "Tamika"),
        ("EMAIL", "tamika.gadsden@yahoo.com"),
    ],
    note="internal e-mail pasted: suffix Jr. in the span, MRN, admission date, crash site, mother and e-mail",
)

# 49
n(
    "en",
    "campaign_hashtag",
    "#LowcountryStrong #TeamTidewater #HolyCityHeroes — thank you to every nurse, tech and housekeeper who "
    "slept at the hospital through the storm. We see you. 💙",
    "campaign hashtags shaped like #Team<Name>",
)

# 50
p(
    "en",
    "patient_story",
    "“Sister” is what everybody on Johns Island calls Mrs. Viola Fludd, and it's what she asked our team to "
    "call her during her three weeks on 5 West after her heart surgery on January 14. Sister, 90 years "
    "young, taught two of our nurses to sew a sweetgrass coaster with a sewing bone made from a spoon "
    "handle. She went home to her grandchildren February 4. 💚 #SweetgrassStrong",
    [
        ("NAME", "Sister", "*"),
        ("GEO", "Johns Island"),
        ("NAME", "Viola Fludd"),
        ("DATE", "January 14"),
        ("AGE", "90"),
        ("DATE", "February 4"),
    ],
    note="a basket name that is a kinship word, surgery and discharge dates, age 90",
)

# 51
n(
    "en",
    "statistic",
    "By the numbers, hurricane season 2024: 3 evacuations from our Beaufort campus, 212 patients moved "
    "safely, 0 lost meds, 1,100 meals from our kitchen. Hurricane Hugo made landfall on September 21, 1989; "
    "some of our nurses were here for that one too. 🌀",
    "statistics and a storm's date; a storm name is not a person",
)

# 52
p(
    "en",
    "memorial",
    "Miss Queen Ann Bennett sold sweetgrass baskets under the same umbrella at the corner of Meeting and "
    "Market for 61 years. Her basket name was “Pootie”. She was our patient many times, and in the last "
    "weeks of her life she taught our palliative care team the rice fanner stitch by the window of room "
    "8304. Miss Pootie passed on Easter Sunday, April 20, with her son Clarence and her church mothers from "
    "Mount Zion singing around her. We were blessed to know her. Services are Saturday at Mount Zion AME.",
    [
        ("NAME", "Queen Ann Bennett"),
        ("GEO", "Meeting and Market"),
        ("NAME", "Pootie", "*"),
        ("OTHER_ID", "room 8304"),
        ("DATE", "Easter Sunday"),
        ("DATE", "April 20"),
        ("NAME", "Clarence"),
    ],
    note="basket vendor: name, basket name, her corner, room, death day written twice, son; church not labelled",
)

# 53
n(
    "en",
    "public_figure",
    "Philip Simmons, the master blacksmith whose gates grace Charleston, lived to 97. His work reminds us "
    "that the hands that make beautiful things deserve care too: our hand therapy clinic sees artisans, "
    "welders and basket makers. Book at (843) 555-0100.",
    "a public figure's age over 89 is not labelled",
)

# 54
p(
    "en",
    "pasted_record",
    "Sweet moment on 3 West today 💛 [Pt: CAPERS, JONAS W | MRN 01172354 | Adm 09/27 | PCP Dr. Huger | Ins: "
    "BlueCross SC ZCS448821907 | NOK: Lottie Capers (wife) 843-555-0318]",
    [
        ("NAME", "CAPERS, JONAS W"),
        ("MRN", "01172354"),
        ("DATE", "09/27"),
        ("HEALTH_PLAN", "ZCS448821907"),
        ("NAME", "Lottie Capers"),
        ("PHONE", "843-555-0318"),
    ],
    note="chart header pasted into a caption; the PCP is staff",
)

# 55
n(
    "en",
    "staff_spotlight",
    "Congratulations to Sgt. Maj. (Ret.) Darnell Middleton, who retired from the Marine Corps after 30 years "
    "at Parris Island and Camp Lejeune and is now our new director of security at the Beaufort campus! "
    "Welcome aboard, Sergeant Major. 🇺🇸",
    "a staff member's military career and bases",
)

# 56
p(
    "en",
    "patient_story",
    "Remember Zeke from the johnboat crash in June? He's back on the water — as a boating safety "
    "instructor's helper. Proud of you, Zeke! 🚤 #BoatSafe",
    [("NAME", "Zeke", "*"), ("DATE", "June")],
    note="a nickname only, and the month of his injury",
)

# 57
n(
    "en",
    "health_tip",
    "Boating this weekend? Before you leave the dock at Shem Creek or the Wappoo Cut: life jackets for every "
    "child, the engine cut-off lanyard on your wrist, and no alcohol at the helm. Most boating deaths in "
    "South Carolina are drownings, and most victims weren't wearing a life jacket.",
    "waterways named in a safety tip, not tied to anyone",
)

# 58
p(
    "en",
    "thank_you",
    "A big thank-you to Delroy's Lawn & Garden of Summerville for giving their crew member Wilfredo Paz six "
    "paid weeks off after his mower injury on May 6 — and to Wilfredo for letting us share his recovery. "
    "Our hand surgery team says he's ahead of schedule! 💪",
    [
        ("NAME", "Delroy's Lawn & Garden"),
        ("GEO", "Summerville"),
        ("NAME", "Wilfredo Paz"),
        ("DATE", "May 6"),
        ("NAME", "Wilfredo", "*"),
    ],
    note="the patient's employer (NAME) and its town, name, injury date",
)

# 59
n(
    "en",
    "sponsor",
    "Thank you, Magwood Seafood and the Shem Creek shrimpers, for donating 400 pounds of local shrimp to our "
    "Bridge Run pasta dinner for families staying at the Ronald McDonald House! 🦐",
    "sponsors; a family business name that is also a patient surname elsewhere",
)

# 60
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 99 a doña Herminia Sánchez! 🎂 Nuestra paciente más querida del piso 4 Norte "
    "celebró con mariachi, tamales y sus 14 bisnietos. Doña Herminia llegó a Johns Island en 1978 para "
    "trabajar en los campos de tomate. ¡Que cumpla muchos más!",
    [
        ("AGE", "99"),
        ("NAME", "Herminia Sánchez"),
        ("NAME", "Herminia", "*"),
        ("GEO", "Johns Island"),
    ],
    note="age 99, name with doña left out, where she lives; the unit and a bare year are not labelled",
)

# 61
p(
    "en",
    "pasted_record",
    "Caption idea?? ↓ ---- From: Keshia Brown RN <kbrown@tlmc.org> To: Social Media Team. Our patient Mr. "
    "Isaiah Frazier (MRN 00919377) wants to thank the regatta crew who pulled him out of Bohicket Creek on "
    "7/26. His daughter Angela Frazier-Wright will send photos: angela.fwright@outlook.com / 843-555-0344.",
    [
        ("NAME", "Isaiah Frazier"),
        ("MRN", "00919377"),
        ("GEO", "Bohicket Creek"),
        ("DATE", "7/26"),
        ("NAME", "Angela Frazier-Wright"),
        ("EMAIL", "angela.fwright@outlook.com"),
        ("PHONE", "843-555-0344"),
    ],
    note="nurse's e-mail pasted: the nurse and her hospital address are not labelled; patient, MRN, place "
    "and date of the accident, daughter's hyphenated name, e-mail and phone are",
)

# 62
n(
    "en",
    "research",
    "Project SEA (Sea Island Gullah Health Study): our researchers are enrolling Gullah Geechee adults 40 "
    "and older on Johns Island, Wadmalaw, Edisto and St. Helena to study lupus and diabetes risk. Study "
    "visits take place at community churches through December 15. Learn more: research@tlmc.org or "
    "(843) 555-0100.",
    "a population group and its islands, study date, hospital contact",
)

# 63
p(
    "en",
    "birth_announcement",
    "Lance Cpl. Maria Esposito-Reyes was eight months pregnant when her husband, Sgt. Andre Reyes, deployed "
    "with his squadron. On February 29 — yes, Leap Day — their son Andre Jr. arrived in our Beaufort L&D "
    "unit with a FaceTime audience of 14 Marines in a tent overseas. Maria's mom flew in from El Paso to be "
    "her labor coach. Baby Andre gets a birthday every four years, and a whole squadron of uncles. 🇺🇸💙",
    [
        ("NAME", "Maria Esposito-Reyes"),
        ("NAME", "Andre Reyes"),
        ("DATE", "February 29"),
        ("DATE", "Leap Day"),
        ("NAME", "Andre Jr."),
        ("NAME", "Andre", "*"),
        ("NAME", "Maria", "*"),
        ("GEO", "El Paso"),
    ],
    note="Marine family: ranks left out, birth date written twice, grandmother's city",
)

# 64
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) is more common among military veterans than in the general population. Our "
    "ALS clinic in Beaufort works with the VA to coordinate care. Walk to Defeat ALS: Saturday, November 8, "
    "Henry C. Chambers Waterfront Park.",
    "an eponym, an event date, a park named for a public figure",
)

# 65
p(
    "en",
    "milestone_birthday",
    "Nonagenarian and proud of it! Happy birthday to our friend Mr. Quash Singleton, who spent his birthday, "
    "August 14, in cardiac rehab doing 20 minutes on the bike. 🚴🏾‍♂️",
    [("AGE", "Nonagenarian"), ("NAME", "Quash Singleton"), ("DATE", "August 14")],
    note="'nonagenarian' states an age over 89; Akan day name; birth date",
)

# 66
n(
    "en",
    "anonymous_story",
    "An 89-year-old great-grandmother came to our ER last week after a fall at her basket stand. She asked "
    "us to share one message: the hips you break at 89 are the ones you didn't protect at 60. "
    "Weight-bearing exercise, vitamin D, and a fall check with your doctor. #FallPrevention",
    "nameless: age 89 is not over 89, relative time, no place",
)

# 67
p(
    "en",
    "pasted_record",
    "Bed huddle 0700 — 5W-12 ROUSE, CORNELIUS (93) d/c today to Brightwater SNF, family (son Tyrone "
    "843-555-0419) picking up at 11 | 5W-14 LEGARE, ASHLEY H, MRN 01027745, post-op day 2",
    [
        ("OTHER_ID", "5W-12"),
        ("NAME", "ROUSE, CORNELIUS"),
        ("AGE", "93"),
        ("NAME", "Tyrone"),
        ("PHONE", "843-555-0419"),
        ("OTHER_ID", "5W-14"),
        ("NAME", "LEGARE, ASHLEY H"),
        ("MRN", "01027745"),
    ],
    note="huddle notes pasted: bed labels, names, age, son's phone, MRN; the nursing facility is not labelled",
)

# 68
n(
    "en",
    "hospital_contact",
    "Our Beaufort campus address for GPS is 2100 Ribaut Road, Beaufort, SC 29902. The old Boundary Street "
    "clinic closed on June 30. Call (843) 555-0123 or visit tidewaterlowcountry.org/beaufort. Follow "
    "@TLMCBeaufort for updates.",
    "the hospital's address, ZIP, closing date, number, domain and handle",
)

# 69
p(
    "en",
    "thank_you",
    "@MiddletonGrandma Mrs. Middleton, thank you for the lovely note about your grandson's stay in our "
    "pediatric unit. We will make sure Nurse Pinckney and the child life team see it! Give Rhett a high five "
    "from all of us. 🖐️",
    [("OTHER_ID", "@MiddletonGrandma"), ("NAME", "Middleton"), ("NAME", "Rhett")],
    note="reply to a patient's grandmother: handle, surname, the child's first name; the nurse is staff",
)

# 70
n(
    "en",
    "campaign_hashtag",
    "Thank you, Lowcountry! Our #MiddletonMiles run club, named for Dr. Grace Middleton, who started it in "
    "2009, logged 12,000 miles for #TeamTidewater this year. #RunChucktown #HolyCityHealthy",
    "a hashtag named for a staff physician, campaign hashtags",
)

# 71
p(
    "es",
    "discharge",
    "¡Alta! 🎉 Después de 19 días en la UCI por un accidente con una podadora, Juan Carlos “Chuy” Méndez "
    "regresó a su casa en North Charleston el 2 de octubre. Sus compañeros de Lowcountry Turf & Tree lo "
    "visitaron casi todos los días. ¡Fuerza, Chuy! #FuerzaChuy",
    [
        ("NAME", "Juan Carlos “Chuy” Méndez"),
        ("GEO", "North Charleston"),
        ("DATE", "2 de octubre"),
        ("NAME", "Lowcountry Turf & Tree"),
        ("NAME", "Chuy", "*"),
        ("NAME", "#FuerzaChuy"),
    ],
    note="nickname in the name span, home city, discharge date, employer, a name hashtag",
)

# 72
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, que lleva el nombre del médico brasileño Carlos Chagas, puede dañar el corazón "
    "años después de la picadura. Si usted creció en zonas rurales de México o Centroamérica, pregunte a su "
    "médico por la prueba. Clínica gratuita en Summerville: 18 de septiembre.",
    "an eponym and its public figure, a clinic date",
)

# 73
p(
    "en",
    "patient_story",
    "Three generations of the Ravenel family have shrimped out of McClellanville, and on August 19 the "
    "youngest nearly didn't come home. Deckhand Tucker Ravenel, 22, caught his arm in the winch of the Lady "
    "Lou about nine miles off Cape Romain. His father, Captain Buck Ravenel, radioed the Coast Guard, and a "
    "helicopter brought Tucker straight to our trauma center. After four surgeries and eleven weeks of "
    "therapy, Tucker is back on deck this season, with a brand-new winch guard that his dad says every boat "
    "in the fleet should have. 🦐 Thank you to the Ravenels for sharing this story.",
    [
        ("NAME", "Ravenel", 1),
        ("GEO", "McClellanville"),
        ("DATE", "August 19"),
        ("NAME", "Tucker Ravenel"),
        ("VEHICLE", "Lady Lou"),
        ("GEO", "Cape Romain"),
        ("NAME", "Buck Ravenel"),
        ("NAME", "Tucker", "*"),
        ("NAME", "Ravenels"),
    ],
    note="shrimping family: home town, injury date and place, the boat, father; age 22 not labelled",
)

# 74
n(
    "en",
    "event",
    "Our Bridge Run training walks start Saturday, January 11, 7 a.m. at Memorial Waterfront Park in Mount "
    "Pleasant, led by physical therapist Rutledge Ashley, DPT. All paces welcome, strollers too. Register "
    "at tidewaterlowcountry.org/walk.",
    "event date and venue; a staff therapist whose names are old-family names",
)

# 75
p(
    "en",
    "pasted_record",
    "Release #R-2025-0417 | Patient: Cuffee Mack | DOB 03/08/2019 | Guardian: Phyllis Mack (grandmother) | "
    "Signed 04/17 | Expires 04/17/2026 | Media: 3 photos, 1 video | Platforms: FB, IG",
    [
        ("OTHER_ID", "R-2025-0417"),
        ("NAME", "Cuffee Mack"),
        ("DATE", "03/08/2019"),
        ("NAME", "Phyllis Mack"),
        ("DATE", "04/17", 1),
        ("DATE", "04/17/2026"),
    ],
    note="release metadata pasted: release number, Akan day name, DOB, guardian, signing and expiry dates",
)

# 76
n(
    "en",
    "crisis_update",
    "Boil-water advisory lifted for James Island and Folly Beach as of 4 p.m. Our James Island urgent care "
    "is back to normal hours. If you drank tap water during the advisory and have stomach symptoms, call "
    "your doctor or our nurse line, (843) 555-0100.",
    "places of a public advisory, not of a patient",
)

# 77
p(
    "en",
    "memorial",
    "Mrs. Eloise “Mama Lou” Heyward, 104, the oldest member of Mount Pleasant's Greater Goodwill AME and a "
    "sweetgrass sewer since 1926, died at our hospice house on January 28, surrounded by nine of her eleven "
    "children. Her daughter Cynthia asked us to share that Mama Lou's last basket, unfinished, will be "
    "displayed at the Sweetgrass Cultural Arts Festival in June. Rest well, Mama Lou. 🕊️",
    [
        ("NAME", "Eloise “Mama Lou” Heyward"),
        ("AGE", "104"),
        ("GEO", "Mount Pleasant"),
        ("DATE", "January 28"),
        ("NAME", "Cynthia"),
        ("NAME", "Mama Lou", "*"),
    ],
    note="age, home town via her church, death date, daughter; the festival month is not her event",
)

# 78
n(
    "en",
    "staff_spotlight",
    "Meet our chaplain, the Rev. Cornelius Gadsden, 91, who still visits our Summerville patients three "
    "mornings a week. Rev. Gadsden was born on Daufuskie Island, preached for 50 years on St. Helena, and "
    "learned to sew sweetgrass from his mother. Happy work anniversary, Rev.! 🙏",
    "a staff chaplain's age over 89 and birthplace are never labelled",
)

# 79
p(
    "en",
    "pasted_record",
    "Hi Tamara — can you check why this didn't go through? Acct 4471-209-883, guarantor Jerome Whaley, pt "
    "Jerome Whaley Jr., TRICARE ID 3390172546, DOS 08/03. Dad's a Marine at Laurel Bay, number on file "
    "843-555-0457.",
    [
        ("ACCOUNT", "4471-209-883"),
        ("NAME", "Jerome Whaley", 1),
        ("NAME", "Jerome Whaley Jr."),
        ("HEALTH_PLAN", "3390172546"),
        ("DATE", "08/03"),
        ("GEO", "Laurel Bay"),
        ("PHONE", "843-555-0457"),
    ],
    note="billing message pasted: account, father and son with suffix, TRICARE number, date of service, "
    "family's housing area, phone",
)

# 80
n(
    "en",
    "recruitment",
    "Sweetgrass, shrimp and a sign-on bonus: our Mount Pleasant campus is hiring CNAs and patient care techs! "
    "Open interviews Wednesday, August 6, 9–noon, or apply any time at tidewaterlowcountry.org/careers. "
    "Questions? Call (843) 555-0136 or email careers@tlmc.org.",
    "recruitment date, hospital domain, number and e-mail",
)

# 81
p(
    "en",
    "pasted_record",
    "Security log, night shift: visitor vehicle towed from the ED ambulance bay, white F-150, SC plate PKR "
    "518, registered to Darius Pinckney, brother of pt in Bay 11 (PINCKNEY, KENDRA, MRN 01290038). Keys at "
    "the security desk.",
    [
        ("VEHICLE", "PKR 518"),
        ("NAME", "Darius Pinckney"),
        ("OTHER_ID", "Bay 11"),
        ("NAME", "PINCKNEY, KENDRA"),
        ("MRN", "01290038"),
    ],
    note="security log pasted: a relative's plate and name, the patient's bay, name and MRN",
)

# 82
n(
    "en",
    "health_tip",
    "Hurricane season starts June 1. Build your kit now: two weeks of medicines, copies of your insurance "
    "card and medication list in a zip bag, a cooler for insulin. Dialysis patients: know your backup "
    "center. Need a refill plan? Call your pharmacy or our nurse line, (843) 555-0100.",
    "a public date and the words insurance card with no value",
)

# 83
p(
    "es",
    "pasted_record",
    "¿Esto va en el post? → Paciente: Rigoberto Ajú Chávez, MRN 01344920, fecha de nacimiento 14/02/1987, "
    "ingresó el 22/07 por golpe de calor. Trabaja para Coastal Sod & Seed en Johns Island. Esposa: Marleny, "
    "tel. 843-555-0462, correo marleny.aju@gmail.com.",
    [
        ("NAME", "Rigoberto Ajú Chávez"),
        ("MRN", "01344920"),
        ("DATE", "14/02/1987"),
        ("DATE", "22/07"),
        ("NAME", "Coastal Sod & Seed"),
        ("GEO", "Johns Island"),
        ("NAME", "Marleny"),
        ("PHONE", "843-555-0462"),
        ("EMAIL", "marleny.aju@gmail.com"),
    ],
    note="record pasted in Spanish: day-first dates, employer and its place, wife's phone and e-mail",
)

# 84
n(
    "es",
    "staff_spotlight",
    "Conozcan a Guadalupe “Lupita” Hernández, nuestra intérprete médica en el campus de Beaufort desde 2011. "
    "Nacida en Oaxaca, Lupita ha acompañado a cientos de familias en sus momentos más difíciles. ¡Gracias, "
    "Lupita! #OrgulloTidewater",
    "a staff interpreter: nickname and birthplace are not labelled",
)

# 85
p(
    "en",
    "patient_story",
    "When Middleton “Mid” Huger Gaillard III slipped on the pluff mud at his family's dock on Wadmalaw Island "
    "on September 2, he knew his knee was bad. What he didn't know was that the swelling hid a blood clot. "
    "Our vascular team caught it in time. Mid, who at 91 still sails his grandfather's Sea Island "
    "One-Design, was back on the water before the first cold front. His wife, Anne Pinckney Gaillard, says "
    "next time he can wait for the tide. ⛵",
    [
        ("NAME", "Middleton “Mid” Huger Gaillard III"),
        ("GEO", "Wadmalaw Island"),
        ("DATE", "September 2"),
        ("NAME", "Mid", "*"),
        ("AGE", "91"),
        ("NAME", "Anne Pinckney Gaillard"),
    ],
    note="old-family given names, nickname and suffix in one span, injury place and date, age, wife",
)

# 86
n(
    "en",
    "public_figure",
    "Dr. Lucy Hughes Brown, the first African American woman physician in South Carolina, opened the Cannon "
    "Street Hospital in 1897 with Dr. Alonzo McClennan. We honor her legacy this Women's History Month with "
    "a scholarship for nursing students from Charleston County.",
    "historical physicians, years, a county of a scholarship",
)

# 87
p(
    "en",
    "thank_you",
    "To Mr. and Mrs. Lemuel Grant of Hollywood, SC: thank you for the 40 pounds of Hollywood-grown collards "
    "you delivered to our cafeteria on Christmas Eve, one year to the day after Mr. Grant's kidney "
    "transplant. Your donor family would be proud. 💚",
    [
        ("NAME", "Lemuel Grant"),
        ("GEO", "Hollywood", "*"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Grant", "*"),
    ],
    note="a transplant anniversary on a named holiday; his town, twice",
)

# 88
n(
    "en",
    "sponsor",
    "Thanks to the Ashley Hall Class of 1975, the Porter-Gaud Rotary, and Rutledge & Pinckney Law for "
    "sponsoring this year's Children's Miracle Network telethon! 📺 Tune in Friday, March 14, on Live 5.",
    "sponsors whose names are old-family names, event date",
)

# 89
p(
    "en",
    "pasted_record",
    "Pasting for the story approval — Patient: Essie Mae Chisolm (Miss Essie) | age 96 | DOB 07/04/1928 | "
    "Address: 2214 Maybank Hwy, Johns Island, SC 29455 | Phone 843-555-0533 | Email "
    "essiemae.baskets@gmail.com | Her granddaughter runs her page: @MissEssieSweetgrass",
    [
        ("NAME", "Essie Mae Chisolm"),
        ("NAME", "Essie", "*"),
        ("AGE", "96"),
        ("DATE", "07/04/1928"),
        ("GEO", "2214 Maybank Hwy"),
        ("GEO", "Johns Island"),
        ("GEO", "29455"),
        ("PHONE", "843-555-0533"),
        ("EMAIL", "essiemae.baskets@gmail.com"),
        ("OTHER_ID", "@MissEssieSweetgrass"),
    ],
    note="a registration block pasted: street, island, ZIP, phone, e-mail, the family's page handle",
)

# 90
n(
    "en",
    "anonymous_story",
    "She is 88, sews baskets every afternoon, and told our cardiologist she'd be back at her stand before "
    "the spring tourists. She was. 🧺 Heart failure isn't the end of the work you love. Ask about our "
    "cardiac rehab program.",
    "nameless: age 88, a season",
)

# 91
p(
    "en",
    "discharge",
    "Heading home to Beaufort after 63 days: Baby Kofi Rivers, born at 24 weeks on 8/8. Twin brother Kwame is "
    "already home waiting. #NICUGrads 💙",
    [("GEO", "Beaufort"), ("NAME", "Kofi Rivers"), ("DATE", "8/8"), ("NAME", "Kwame")],
    note="home town that is also a hospital campus town, Akan day names, birth date",
)

# 92
n(
    "en",
    "crisis_update",
    "Our Beaufort campus will move patients to Charleston ahead of the storm starting 6 a.m. Tuesday. "
    "Families: our liaison line is (843) 555-0123, staffed 24/7. We will not share patient names or room "
    "numbers on social media — please call the line instead.",
    "evacuation notice: hospital number, the words room numbers with no value",
)

# 93
p(
    "en",
    "thank_you",
    "@kimberly.seabrook.7 Hi Kimberly, we're sorry to hear your dad's bill from his June stay still isn't "
    "resolved. Please send us a DM with the best number to reach you (please don't post his account number "
    "here) and our billing lead will call you today.",
    [("OTHER_ID", "@kimberly.seabrook.7"), ("NAME", "Kimberly"), ("DATE", "June")],
    note="reply confirming a relative's hospital stay: handle, name, month of the stay",
)

# 94
n(
    "en",
    "event",
    "Mark your calendars: our Sweetgrass & Shrimp Gala benefiting the Children's Hospital is Saturday, "
    "October 18, at the Gaillard Center. Honorees: basket maker Mrs. Henrietta Pinckney Brown and Captain "
    "Rudy Toler of the Shem Creek fleet. Tickets at tidewatergiving.org/gala. @TidewaterGiving",
    "gala honorees are not patients; event date and venue",
)

# 95
p(
    "en",
    "birth_announcement",
    "Our Beaufort ED sees a lot of recruits' families, but few like Mrs. Yolanda Pettiford, who drove 14 "
    "hours from Hammond, Louisiana, to watch her son Dequan graduate from Parris Island on October 10, and "
    "went into labor during the ceremony. Baby girl Camille Pettiford was born at 4:51 p.m. that same day, "
    "with a brand-new Marine as her big brother. Welcome to the Corps family, Camille! 🇺🇸🎀",
    [
        ("NAME", "Yolanda Pettiford"),
        ("GEO", "Hammond"),
        ("NAME", "Dequan"),
        ("GEO", "Parris Island"),
        ("DATE", "October 10"),
        ("NAME", "Camille Pettiford"),
        ("NAME", "Camille", "*"),
    ],
    note="mother and newborn: home town, the brother's graduation day is the birth day",
)

# 96
n(
    "en",
    "research",
    "New study from our cardiology team: among 1,840 patients over 90 who received TAVR at Southeastern "
    "hospitals from 2015 to 2023, one-year survival was 86%. Read it in the Journal of the American Heart "
    "Association.",
    "research on a population over 90",
)

# 97
p(
    "en",
    "pasted_record",
    "DISCHARGE SUMMARY (draft) — Name: BLIGEN, HANNAH R.  MRN: 00564721  Acct: 90033817524  DOB: 01/30/1932  "
    "Admit: 03/02  D/C: 03/09  Dispo: home w/ daughter (Loretta Bligen, 1417 Rivers Ave, North Charleston)",
    [
        ("NAME", "BLIGEN, HANNAH R."),
        ("MRN", "00564721"),
        ("ACCOUNT", "90033817524"),
        ("DATE", "01/30/1932"),
        ("DATE", "03/02"),
        ("DATE", "03/09"),
        ("NAME", "Loretta Bligen"),
        ("GEO", "1417 Rivers Ave"),
        ("GEO", "North Charleston"),
    ],
    note="discharge summary header pasted: MRN, account, DOB, admit and discharge, daughter's address",
)

# 98
n(
    "en",
    "health_tip",
    "Mosquito season is here, and so are the king tides that leave standing water in every yard from "
    "Summerville to Beaufort. Dump buckets, flowerpots and boat covers weekly. West Nile and EEE have both "
    "been found in Charleston County this year.",
    "towns and a county in a public health tip",
)

# 99
p(
    "en",
    "milestone_birthday",
    "Centenarian alert! 🎉 Mrs. Pearlie Mae Washington-Jenkins of Ladson turned 100 on July 2 in our cardiac "
    "step-down unit, and her nurses threw her the biggest party 6 East has ever seen. Her secret? “Rice "
    "every day and mind your business.” #100YearsYoung",
    [
        ("AGE", "Centenarian"),
        ("NAME", "Pearlie Mae Washington-Jenkins"),
        ("GEO", "Ladson"),
        ("AGE", "100"),
        ("DATE", "July 2"),
    ],
    note="'centenarian' and the number are both ages; a town that is also a surname; birthday",
)

# 100
n(
    "en",
    "milestone_birthday",
    "Happy 100th anniversary to our School of Nursing! Founded on Rutledge Avenue in 1925 with 11 students, "
    "it has graduated 9,412 nurses. Join the celebration on Friday, September 19, in the Middleton "
    "Auditorium.",
    "an institution's 100th, not an age; hospital street and a donor-named room",
)

# 101
p(
    "es",
    "thank_you",
    "Gracias a la familia Gómez Pérez de Walterboro por traer pupusas para todo el equipo de la UCI "
    "pediátrica el día que su hija Dayana salió del hospital, el 3 de mayo. ¡Dayana, te extrañamos! 💛",
    [
        ("NAME", "Gómez Pérez"),
        ("GEO", "Walterboro"),
        ("NAME", "Dayana", "*"),
        ("DATE", "3 de mayo"),
    ],
    note="family double surname, home town, the child's name, discharge date",
)

# 102
n(
    "es",
    "recruitment",
    "¿Habla español e inglés? Buscamos intérpretes médicos certificados para nuestros campus de Charleston, "
    "Mount Pleasant y Beaufort. Beneficios completos y bono de contratación. Solicite en "
    "tidewaterlowcountry.org/empleos o llame al (843) 555-0136.",
    "recruitment, campus towns, hospital domain and number",
)

# 103
p(
    "en",
    "patient_story",
    "Rutledge, age 7, wanted everyone to know that he was very brave for his stitches after falling off the "
    "dock on Daniel Island on Saturday. 🦈 Brave, Rutledge? Braver than our whole ER team combined. (Shared "
    "with his mom's permission!)",
    [("NAME", "Rutledge", "*"), ("GEO", "Daniel Island")],
    note="a child's surname-style first name and the place of his fall; weekday not labelled",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Rutledge, Pinckney, Middleton and Ashley aren't just street names around here: they're also four of the "
    "nurses on our 5 West night shift! Meet Ashley Rutledge, Pinckney Middleton, Middleton Brown and Mary "
    "Ashley, who matched up by pure coincidence this month. 😄 #OnlyInCharleston",
    "staff nurses with old-family names",
)

# 105
p(
    "en",
    "pasted_record",
    "[iMessage] Lottie: Can y'all post a pic of Jonas with the nurses?? He leaves tomorrow 9/30!! 📸 My "
    "number is 843-555-0318 if easier. — [Reply] Sure, send it to media@tlmc.org",
    [("NAME", "Lottie"), ("NAME", "Jonas"), ("DATE", "9/30"), ("PHONE", "843-555-0318")],
    note="a text thread pasted: wife, patient, discharge date, her phone; the hospital address is not PHI",
)

# 106
n(
    "en",
    "hospital_contact",
    "Lost and found: a small sweetgrass basket with a crocheted hat inside was left in the Tower B elevator "
    "Tuesday afternoon. If it's yours, call Security at (843) 555-0100 and describe it. 🧺",
    "a lost item; no owner named",
)

# 107
p(
    "en",
    "patient_story",
    "Mother Hagar Simmons of St. Helena Island, 99, just got her first tablet so she could video-call her "
    "grandson at Parris Island. Her cardiology check-in today? Done from her porch. #TelehealthWorks",
    [
        ("NAME", "Hagar Simmons"),
        ("GEO", "St. Helena Island"),
        ("AGE", "99"),
        ("GEO", "Parris Island"),
    ],
    note="name, island, age, and the grandson's base (a relative's geography)",
)

# 108
n(
    "en",
    "public_figure",
    "Hurricane Hugo hit the Lowcountry on September 21, 1989. Decades later, our emergency managers still "
    "use lessons from that night, when nurses at our downtown campus moved 140 patients off the first floor "
    "in the dark.",
    "a storm name and date; an anonymous patient count",
)

# 109
p(
    "en",
    "memorial",
    "The Lowcountry lost a legend of the water this week. Captain Isaiah “Ikey” Wigfall, 90, ran the shrimp "
    "trawler Miss Ida out of Port Royal for half a century and pulled at least a dozen boaters out of "
    "the water over the years. He was our patient on and off since his first heart attack on July 4, "
    "1998, and he never once let us forget it. His daughter, Ida Wigfall-Brown, for whom the boat was named, "
    "says he wants his nets hung at the Port Royal dock. Fair winds, Cap'n Ikey. ⚓",
    [
        ("NAME", "Isaiah “Ikey” Wigfall"),
        ("AGE", "90"),
        ("VEHICLE", "Miss Ida"),
        ("GEO", "Port Royal", "*"),
        ("DATE", "July 4, 1998"),
        ("NAME", "Ida Wigfall-Brown"),
        ("NAME", "Ikey", "*"),
    ],
    note="shrimper: nickname, age 90, trawler, home port, an old event date with its year, daughter",
)

# 110
n(
    "en",
    "eponymous_condition",
    "Parkinson's, Alzheimer's and Huntington's: our Neuroscience Center's free caregiver support group meets "
    "the first Thursday of every month at 6 p.m. in the Rutledge Conference Room. Bring a friend. 🧠",
    "eponyms, a recurring meeting, a conference room",
)

# 111
p(
    "en",
    "pasted_record",
    "IT ticket: portal login locked for proxy user gullahgranny52 (Cora Jenkins, caregiver for Amos Jenkins, "
    "MRN 00477310). Last login from IP 98.23.171.6 on 11/02. Call back 843-555-0588.",
    [
        ("OTHER_ID", "gullahgranny52"),
        ("NAME", "Cora Jenkins"),
        ("NAME", "Amos Jenkins"),
        ("MRN", "00477310"),
        ("IP", "98.23.171.6"),
        ("DATE", "11/02"),
        ("PHONE", "843-555-0588"),
    ],
    note="IT ticket pasted: portal user name, proxy and patient, MRN, IP, login date, phone",
)

# 112
n(
    "en",
    "campaign_hashtag",
    "Every basket starts with one coil. Every recovery starts with one step. #SweetgrassStrong "
    "#OneCoilAtATime #TidewaterProud",
    "campaign hashtags only",
)

# 113
p(
    "en",
    "thank_you",
    "Thank you to Pastor and First Lady Roberts and the whole congregation of Wesley United Methodist on "
    "Johns Island for the prayer blanket you made for Brother Nathaniel Smalls during his stay in our ICU "
    "this spring. Brother Smalls went home Friday and sends his love. 🙏",
    [("GEO", "Johns Island"), ("NAME", "Nathaniel Smalls"), ("NAME", "Smalls", "*")],
    note="church brother (title left out); the church's island tells where he lives; pastor is not labelled",
)

# 114
n(
    "en",
    "anonymous_story",
    "A shrimp boat captain in his 80s was pulled from the water last week after his boat took on water in a "
    "squall. He's recovering with us and asked us to remind every boater: file a float plan and keep a VHF "
    "radio on board.",
    "nameless: age in the 80s, relative time, no place",
)

# 115
p(
    "en",
    "patient_story",
    "When soprano hopeful Ashley Drayton, 17, collapsed backstage on May 31 during a youth Spoleto "
    "performance, it was her asthma, not stage fright. After a night with us, she was back on stage for the "
    "June 2 matinee. Brava, Ashley! 🎶",
    [("NAME", "Ashley Drayton"), ("DATE", "May 31"), ("DATE", "June 2"), ("NAME", "Ashley", "*")],
    note="collapse date and the date of her return, both tied to her",
)

# 116
n(
    "en",
    "event",
    "Gullah Geechee Heritage Day at the Beaufort campus, Friday, February 21: storytelling by Aunt Pearlie "
    "Sue, sweetgrass demonstrations, red rice and a talk on sickle cell trait in Sea Island families. All "
    "are welcome.",
    "a storyteller's stage name with a kinship title; event date; a population",
)

# 117
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Refugio “Cuca” Morales, de 93 años, quien falleció en nuestra unidad "
    "de cuidados paliativos el 1 de noviembre, Día de Todos los Santos, rodeada de sus nietos. Su hija "
    "Elvira nos pidió compartir que doña Cuca trabajó 40 años en los viveros de Hollywood, SC. Descanse en "
    "paz. 🕯️",
    [
        ("NAME", "Refugio “Cuca” Morales"),
        ("AGE", "93"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Elvira"),
        ("NAME", "Cuca", "*"),
        ("GEO", "Hollywood"),
    ],
    note="death date written twice (date and feast day), age, daughter, the town where she worked",
)

# 118
n(
    "es",
    "crisis_update",
    "Aviso: por la marea alta extraordinaria (king tide), la entrada de la avenida Rutledge estará cerrada "
    "mañana de 7 a 11 a.m. Use la entrada de Calhoun Street. Si tiene una cita, llame al (843) 555-0100, "
    "opción 2.",
    "hospital entrances and number",
)

# 119
p(
    "en",
    "pasted_record",
    "07:30 — HEYWARD, MIDDLETON A. (MRN 01405562, 67M) — R TKA — Dr. Pinckney — consent signed 10/20 — DL "
    "SC 008844213 scanned for ID",
    [
        ("NAME", "HEYWARD, MIDDLETON A."),
        ("MRN", "01405562"),
        ("DATE", "10/20"),
        ("LICENSE", "008844213"),
    ],
    note="OR schedule line pasted: name, MRN, consent date, driver's licence; surgeon is staff, age 67 not",
)

# 120
n(
    "en",
    "statistic",
    "In 2024 our trauma center treated 212 boating injuries, 64 of them on the Ashley, Cooper and Wando "
    "rivers during July alone. Nearly half of the injured boaters were over 50. Boat sober, boat slow in "
    "no-wake zones.",
    "a statistic with rivers and a month, no patient",
)

# 121
p(
    "en",
    "pasted_record",
    "Draft ↓ FAX COVER — To: Tidewater HIM, fax (843) 555-0147 | From: Sea Island Family Practice | RE: "
    "records for GRIMBALL, HATTIE B., DOB 05/15/1931, SSN 247-88-1936 | Patient asks that copies also go to "
    "her son Robert's fax, 843-555-0694. Pages: 4",
    [
        ("NAME", "GRIMBALL, HATTIE B."),
        ("DATE", "05/15/1931"),
        ("SSN", "247-88-1936"),
        ("NAME", "Robert"),
        ("FAX", "843-555-0694"),
    ],
    note="fax cover pasted: the hospital's fax and the sending practice are not PHI; the patient's DOB, SSN, "
    "son and his fax are",
)

# 122
n(
    "en",
    "recruitment",
    "Calling all Navy and Marine Corps corpsmen leaving active duty: our Corpsman-to-Tech program turns your "
    "training into a civilian career. Info session at the Beaufort campus, Tuesday, September 9, 5 p.m. "
    "Email veterans@tlmc.org.",
    "recruitment date, hospital e-mail",
)

# 123
p(
    "en",
    "patient_story",
    "Friday Manigault was born on a Friday, like her great-grandmother before her, and she has been fighting "
    "sickle cell disease since before she could walk. This fall she started nursing school at Trident Tech. "
    "On Friday, November 14, Friday will receive the first Tidewater Children's Hospital “Brave Heart” "
    "scholarship, named for patients who grow up in our halls and come back to care for others. We can't "
    "wait to call you colleague, Friday! 💜 #SickleCellWarrior",
    [
        ("NAME", "Friday Manigault"),
        ("NAME", "Friday", 4),
        ("NAME", "Friday", 5),
        ("DATE", "November 14"),
    ],
    note="a day name next to the weekday it names: only the name is labelled; her award date; school not",
    ok=("Friday",),
)

# 124
n(
    "en",
    "anonymous_story",
    "One of our sickle cell warriors graduated from nursing school this month and walked back in through our "
    "doors as a new grad nurse on the same floor where she was a patient for 15 years. We are not crying, "
    "you're crying. 💜 #SickleCellAwareness",
    "nameless: 'this month', a duration",
)

# 125
p(
    "es",
    "patient_story",
    "“Pensé que era solo cansancio”, dice Ernesto Xol, de 34 años, jardinero en Kiawah Island. El 30 de "
    "junio sus compañeros lo encontraron confundido bajo un roble. Gracias a que su supervisor llamó al 911 "
    "de inmediato, hoy Ernesto está en casa en Ravenel con su esposa Ingrid y sus tres hijos. 🌳",
    [
        ("NAME", "Ernesto Xol"),
        ("GEO", "Kiawah Island"),
        ("DATE", "30 de junio"),
        ("NAME", "Ernesto", "*"),
        ("GEO", "Ravenel"),
        ("NAME", "Ingrid"),
    ],
    note="where he works and lives (Ravenel is a town here), heat-stroke date, wife; age 34 not labelled",
)

# 126
n(
    "es",
    "event",
    "Clases gratuitas de RCP en español en nuestro campus de Summerville: jueves 9 y 16 de octubre, 6 p.m. "
    "Traiga a su familia. Inscríbase al (843) 555-0127 o en tidewaterlowcountry.org/rcp.",
    "class dates, hospital number and domain",
)

# 127
p(
    "en",
    "milestone_birthday",
    "Happy 97th to our Dialysis Unit's favorite DJ, Mr. Cato Rouse! He brought his own speaker to chair 14 "
    "today and had the whole room doing the electric slide (seated). 🎶",
    [("AGE", "97th"), ("NAME", "Cato Rouse"), ("OTHER_ID", "chair 14")],
    note="ordinal age, name, his dialysis chair (a bed-like station, with its keyword)",
)

# 128
n(
    "en",
    "public_figure",
    "Mary Jackson, the Mount Pleasant basket maker whose work is in the Smithsonian, says every basket tells "
    "the story of the hands that made it. This Black History Month, our lobby exhibit features baskets by "
    "twelve Lowcountry artists. Free, through February 28.",
    "a public artist and her town, exhibit date",
)

# 129
p(
    "en",
    "pasted_record",
    "Fwd: Donations for Tucker — Hi Renée, the Ravenel family asked if we could share their fundraiser: "
    "https://www.gofundme.com/f/tucker-ravenel-recovery and Buck's email for checks is "
    "buckravenel@fishmail.net. His surgery #4 is scheduled 11/12. Thx, Meg",
    [
        ("NAME", "Tucker"),
        ("NAME", "Ravenel"),
        ("URL", "https://www.gofundme.com/f/tucker-ravenel-recovery"),
        ("NAME", "Buck"),
        ("EMAIL", "buckravenel@fishmail.net"),
        ("DATE", "11/12"),
    ],
    note="staff e-mail pasted: the family's fundraiser URL, father's e-mail, surgery date",
)

# 130
n(
    "en",
    "hospital_contact",
    "Our Mount Pleasant campus has a new text line for appointment questions: text (843) 555-0104. Please "
    "don't text photos of wounds or your insurance card — use MyTidewater at my.tlmc.org for anything "
    "private. 📱",
    "hospital number and portal",
)

# 131
p(
    "en",
    "discharge",
    "Look who's going home! Cpl. Jaylen Brooks, 21, of Parris Island's Weapons and Field Training Battalion, "
    "is heading back to duty today after 16 days with our burn team. A fuel-can flash on July 3 could have "
    "ended his career. Instead, he says he'll be at the Fourth of July fireworks next year. Semper Fi, Cpl. "
    "Brooks!",
    [
        ("NAME", "Jaylen Brooks"),
        ("GEO", "Parris Island"),
        ("DATE", "July 3"),
        ("NAME", "Brooks", "*"),
    ],
    note="Marine: his depot, injury date; next year's holiday is not his event; battalion not an id",
)

# 132
n(
    "en",
    "staff_spotlight",
    "From the flight line to the NICU: after 20 years as a Navy corpsman at Beaufort Naval Hospital, Chief "
    "(Ret.) Maribel Ocasio joined our Beaufort NICU this spring. Welcome, Chief!",
    "a staff member's military past",
)

# 133
p(
    "en",
    "thank_you",
    "@gr8grandma_odessa Ms. Odessa, we loved seeing your photo from home! 😊 Our 4 North team is so glad your "
    "hip is healing. Tell your great-grandbabies Tasha and Marquis we said hi!",
    [
        ("OTHER_ID", "@gr8grandma_odessa"),
        ("NAME", "Odessa"),
        ("NAME", "Tasha"),
        ("NAME", "Marquis"),
    ],
    note="reply to a former patient: handle, name, great-grandchildren; her own photo is in her comment",
)

# 134
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in children in the U.S. Fever for five "
    "days plus red eyes, rash, or swollen hands? See a doctor. Our pediatric cardiologists at Tidewater "
    "Children's Hospital see patients from Myrtle Beach to Savannah. (843) 555-0118",
    "an eponym, service-area cities, hospital number",
)

# 135
p(
    "en",
    "discharge",
    "Pictured: Mr. Abram Fludd, 95, and his wife of 70 years, Mrs. Doretha Fludd, on the day he went home "
    "from our cardiac unit, September 12. The Fludds live on the same Wadmalaw farm where Mr. Fludd was "
    "born. 📸",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Abram Fludd"),
        ("AGE", "95"),
        ("NAME", "Doretha Fludd"),
        ("DATE", "September 12"),
        ("NAME", "Fludds"),
        ("GEO", "Wadmalaw"),
        ("NAME", "Fludd", "*"),
    ],
    note="photo cue for a patient photo, age 95 (70 years married is not an age), discharge date, island",
)

# 136
n(
    "en",
    "campaign_hashtag",
    "We're #TeamPinckney this Saturday! Our Children's Hospital crew is running in the Pinckney Pavilion 5K "
    "to raise money for the pavilion's playroom. #RunForTheKids",
    "a team hashtag named for a donor pavilion",
)

# 137
p(
    "en",
    "patient_story",
    "She sewed her first basket at 6 and her 2,000th at 92. Happy Mother's Day to Mrs. Alberta Coakley, who "
    "spent this one with us on 6 Tower — and made sure every nurse went home with a sweetgrass rose. 🌹",
    [("AGE", "92"), ("NAME", "Alberta Coakley"), ("DATE", "Mother's Day")],
    note="age 92, name, a holiday she spent in hospital (her stay's date)",
)

# 138
n(
    "en",
    "health_tip",
    "Sweetgrass sewers, shrimpers, landscapers: if your hands go numb at night, it may be carpal tunnel. Our "
    "hand clinic offers free screenings at the Mount Pleasant Sweetgrass Festival on Saturday, June 14.",
    "occupational tip, event date",
)

# 139
p(
    "en",
    "memorial",
    "Semper Fidelis, Gunnery Sgt. (Ret.) Lucius “Gunny” Middleton, 98, a Montford Point Marine who trained "
    "at Camp Lejeune when the Corps first admitted Black recruits and later served as a drill instructor at "
    "Parris Island. Gunny died at our Beaufort campus on Veterans Day, November 11, with his son Lucius Jr. "
    "holding his hand. He was the last Montford Point Marine in Beaufort County. 🇺🇸",
    [
        ("NAME", "Lucius “Gunny” Middleton"),
        ("AGE", "98"),
        ("GEO", "Camp Lejeune"),
        ("GEO", "Parris Island"),
        ("NAME", "Gunny", "*"),
        ("DATE", "Veterans Day"),
        ("DATE", "November 11"),
        ("NAME", "Lucius Jr."),
        ("GEO", "Beaufort County"),
    ],
    note="veteran: rank left out, bases where he served, death date written twice, son, county",
)

# 140
n(
    "en",
    "memorial",
    "Today we remember the nine worshippers killed at Mother Emanuel AME Church on June 17, 2015, and the "
    "nurses and doctors of this city who cared for a grieving community. #CharlestonStrong",
    "a public tragedy's date; 'Mother' names a church",
)

# 141
p(
    "es",
    "pasted_record",
    "Mensaje del portal MyTidewater — De: Maribel Ortiz (mamá de Kevin Ortiz, 9 años) | Enviado: 05/03 8:02 "
    "p.m. | “Kevin sigue con fiebre después de la cirugía del 28 de abril. Mi número es 843-555-0702 y mi "
    "correo maribel.ortiz83@hotmail.com.”",
    [
        ("NAME", "Maribel Ortiz"),
        ("NAME", "Kevin Ortiz"),
        ("DATE", "05/03"),
        ("NAME", "Kevin", "*"),
        ("DATE", "28 de abril"),
        ("PHONE", "843-555-0702"),
        ("EMAIL", "maribel.ortiz83@hotmail.com"),
    ],
    note="portal message pasted: mother and child, sent date, surgery date, phone, e-mail",
)

# 142
n(
    "es",
    "health_tip",
    "¿Trabaja con pesticidas en los campos de Johns Island o Wadmalaw? Lávese las manos antes de comer y "
    "cámbiese de ropa antes de abrazar a sus hijos. Si siente mareo, náuseas o visión borrosa, llame al "
    "Centro de Toxicología: 1-800-222-1222.",
    "islands in a tip, the national poison line",
)

# 143
p(
    "en",
    "thank_you",
    "A note from the Singleton family that we had to share (with their blessing): “On March 22, our daddy, "
    "Deacon Roosevelt Singleton, had a heart attack on the loading dock at Sea Island Grist Mill on Edisto, "
    "where he's worked for 27 years. His boss did CPR until the EMTs got there. Your cath lab had him open "
    "in 38 minutes. He's home now, fussing about his diet. Thank you, Tidewater.” — Lorraine, Bernard and "
    "Yvette Singleton",
    [
        ("NAME", "Singleton", 1),
        ("DATE", "March 22"),
        ("NAME", "Roosevelt Singleton"),
        ("NAME", "Sea Island Grist Mill"),
        ("GEO", "Edisto"),
        ("NAME", "Lorraine"),
        ("NAME", "Bernard"),
        ("NAME", "Yvette Singleton"),
    ],
    note="family letter: heart-attack date, a president's name as given name, employer and its island, "
    "children",
)

# 144
n(
    "en",
    "thank_you",
    "A huge thank-you to Deacon Roosevelt Pinckney and the men's ministry of Greater St. Luke AME for the "
    "300 care bags for our oncology patients! 🙏 Your kindness travels the halls.",
    "donors from a church, not patients",
)

# 145
p(
    "en",
    "pasted_record",
    "Can someone fix the caption? It says “Baby Boy Gadsden-Huger, wristband 4417782, born 2/14 — our "
    "Valentine's baby!” but the family hasn't signed yet.",
    [
        ("NAME", "Gadsden-Huger"),
        ("OTHER_ID", "4417782"),
        ("DATE", "2/14"),
        ("DATE", "Valentine's"),
    ],
    note="a hyphenated surname only, wristband number, birth date written twice",
)

# 146
n(
    "en",
    "event",
    "It's Blessing of the Fleet weekend in Mount Pleasant! Our EMS team is on the pier Sunday, April 27, "
    "with sunscreen, water and free blood pressure checks. Say hi to the crews of the Miss Karen, the Winds "
    "of Fortune and the Carolina Breeze. ⛴️",
    "boat names not tied to any patient, event date",
)

# 147
p(
    "en",
    "patient_story",
    "Follow Pinck's journey! The Ravenel family has started a CaringBridge page for little Pinckney, who's "
    "back with us for heart surgery on 6/18: caringbridge.org/visit/pinckravenel4. Send the Ravenels some "
    "Lowcountry love. 💙",
    [
        ("NAME", "Pinck"),
        ("NAME", "Ravenel"),
        ("NAME", "Pinckney"),
        ("DATE", "6/18"),
        ("URL", "caringbridge.org/visit/pinckravenel4"),
        ("NAME", "Ravenels"),
    ],
    note="nickname, family surname, surgery date, the family's page URL",
)

# 148
n(
    "en",
    "research",
    "Why do Gullah Geechee families have some of the highest rates of lupus in the country? Our rheumatology "
    "team, working with Sea Island churches since 2003, has enrolled 1,200 participants in one of the "
    "longest-running lupus studies in the South. Results presented at the American College of Rheumatology "
    "on November 9.",
    "a population group, a conference date",
)

# 149
p(
    "en",
    "milestone_birthday",
    "Double celebration on 4 North! 🎂🎂 Twin sisters Phyllis and Pauline Bligen turned 93 on Tuesday, and "
    "Pauline was discharged the same afternoon. The Bligen twins of Hollywood have never spent a birthday "
    "apart, and this year wasn't going to be the first.",
    [
        ("NAME", "Phyllis"),
        ("NAME", "Pauline Bligen"),
        ("NAME", "Pauline", "*"),
        ("NAME", "Bligen", "*"),
        ("AGE", "93"),
        ("GEO", "Hollywood"),
    ],
    note="twins sharing one age token; weekday not labelled; home town",
)

# 150
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to the Sweetgrass Basket Makers Association's founding member Mrs. Geneva Brown! Our "
    "foundation is proud to sponsor the association's scholarship in her honor. 🧺",
    "a community honoree (not a patient): her age and name are not labelled",
)

# 151
p(
    "es",
    "birth_announcement",
    "¡Primer bebé del año en Beaufort! 🎉 Santiago Emmanuel Cruz Bautista nació el 1 de enero a las 12:07 "
    "a.m., hijo de Araceli Bautista y Eduardo Cruz, de Bluffton. Pesó 3.4 kilos. ¡Feliz Año Nuevo, Santi!",
    [
        ("NAME", "Santiago Emmanuel Cruz Bautista"),
        ("DATE", "1 de enero"),
        ("NAME", "Araceli Bautista"),
        ("NAME", "Eduardo Cruz"),
        ("GEO", "Bluffton"),
        ("DATE", "Año Nuevo"),
        ("NAME", "Santi"),
    ],
    note="double surnames, birth date also named as the holiday, parents' town; the campus town is not GEO",
)

# 152
n(
    "es",
    "public_figure",
    "El 31 de marzo celebramos el Día de César Chávez, líder de los trabajadores agrícolas. Este año, nuestra "
    "clínica móvil visitará los campos de tomate de Johns Island y Yonges Island del 31 de marzo al 4 de "
    "abril.",
    "a public figure's day, clinic dates and places",
)

# 153
p(
    "en",
    "pasted_record",
    "Biomed note: insulin pump returned by family, Medtronic MiniMed 780G, SN NG4482917H, pt SEABROOK, JALISA "
    "(peds, 4 West, bed 22), mom's cell 843-555-0736.",
    [
        ("DEVICE", "NG4482917H"),
        ("NAME", "SEABROOK, JALISA"),
        ("OTHER_ID", "bed 22"),
        ("PHONE", "843-555-0736"),
    ],
    note="device serial (the model name is not an id), name, bed, mother's phone",
)

# 154
n(
    "en",
    "anonymous_story",
    "This morning a Marine recruit's mom drove 11 hours to sit with her son after his appendectomy. Our "
    "nurses found her a cot, a toothbrush and a sweet tea. Sometimes care looks like that. 💙",
    "nameless, no place",
)

# 155
p(
    "en",
    "patient_story",
    "Ten-year-old Middleton “Midge” Rivers was crabbing with her grandpa off the Folly River boat landing on "
    "October 8 when she stepped on a stingray. Grandpa Earl knew to soak her foot in hot water and drive "
    "straight to our James Island urgent care. Midge is walking fine now, and she wants every kid to do the "
    "stingray shuffle. 🐟",
    [
        ("NAME", "Middleton “Midge” Rivers"),
        ("GEO", "Folly River"),
        ("DATE", "October 8"),
        ("NAME", "Earl"),
        ("NAME", "Midge", "*"),
    ],
    note="a girl with an old-family given name, place and date of injury, grandfather",
)

# 156
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Nurse Ruthie Mae Coakley-Brown, RN, after 44 years in our Mount Pleasant ER! Ruthie "
    "Mae started as a candy striper in 1977 and trained half the nurses on the unit. Enjoy the porch, Miss "
    "Ruthie! 🎉",
    "a retiring nurse, with a name like a patient's",
)

# 157
p(
    "en",
    "memorial",
    "@SummervilleSue Thank you, Sue! Your mother was one of our favorite patients. At 102, Mrs. Alma Drayton "
    "still did her crossword every morning on 4 North. We're so sorry for your loss. 💐",
    [("OTHER_ID", "@SummervilleSue"), ("NAME", "Sue"), ("AGE", "102"), ("NAME", "Alma Drayton")],
    note="reply to a late patient's daughter: handle, name, the patient's age and name",
)

# 158
n(
    "en",
    "hospital_contact",
    "Media inquiries: contact our Media Relations team at (843) 555-0112 or media@tlmc.org. For patient "
    "condition updates, we can confirm only a one-word condition, and only when the patient's full name is "
    "given and the patient has not opted out.",
    "hospital contacts; policy text about names",
)

# 159
p(
    "en",
    "patient_story",
    "Every Spoleto, Pinckney Ashley Legare, 93, has taken the same aisle seat at the Dock Street Theatre. "
    "This year, a fall on the King Street cobblestones on May 24 put that streak in doubt. Our orthopedic "
    "team repaired her wrist the next morning, her granddaughter Ashley Legare Hay brought her a cast cover "
    "in Spoleto colors, and on June 6 Miss Pinckney was back in seat G-12. 🎭",
    [
        ("NAME", "Pinckney Ashley Legare"),
        ("AGE", "93"),
        ("GEO", "King Street"),
        ("DATE", "May 24"),
        ("NAME", "Ashley Legare Hay"),
        ("DATE", "June 6"),
        ("NAME", "Pinckney", "*"),
    ],
    note="old-family names, age, street of her fall, fall date and return date; a theatre seat is not an id",
)

# 160
n(
    "en",
    "crisis_update",
    "Update 2:15 p.m.: Our trauma team is receiving patients from this afternoon's small-plane crash. We will "
    "not release names or conditions on social media; families should call (843) 555-0109. Please keep the "
    "ambulance entrance on Calhoun Street clear.",
    "a mass-casualty update with no patient detail",
)

# 161
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------- From: Gloria Huger <gloriahuger1951@bellsouth.net> Date: Mon, "
    "Sep 8 To: stories@tlmc.org Subject: My mother's story. Hello, my mother Annie Bell Huger (MRN 00398814) "
    "is 100 years old and was in your hospital Aug. 29 to Sept. 5. We would love for you to share her "
    "story on Facebook.",
    [
        ("NAME", "Gloria Huger"),
        ("EMAIL", "gloriahuger1951@bellsouth.net"),
        ("DATE", "Sep 8"),
        ("NAME", "Annie Bell Huger"),
        ("MRN", "00398814"),
        ("AGE", "100"),
        ("DATE", "Aug. 29"),
        ("DATE", "Sept. 5"),
    ],
    note="a daughter's e-mail forwarded into a draft: her address and the message date, MRN, age, stay dates",
)

# 162
n(
    "en",
    "anonymous_story",
    "A Spoleto visitor from out of state collapsed in the heat on Saturday. Two bystanders started CPR, a "
    "festival volunteer brought the AED, and today he's sitting up and asking for shrimp and grits. Learn "
    "hands-only CPR: it takes two minutes.",
    "nameless, a weekday, no place",
)

# 163
p(
    "en",
    "pasted_record",
    "Pt label: RUTLEDGE, HENRIETTA M | MR# 000-448-217 | FIN 7720094413 | 98 y/o F | Rm 5204 | Adm 12/01 | "
    "Allergies: PCN",
    [
        ("NAME", "RUTLEDGE, HENRIETTA M"),
        ("MRN", "000-448-217"),
        ("ACCOUNT", "7720094413"),
        ("AGE", "98"),
        ("OTHER_ID", "Rm 5204"),
        ("DATE", "12/01"),
    ],
    note="patient label pasted: MRN with dashes, financial number (ACCOUNT), age, room, admission date",
)

# 164
n(
    "en",
    "health_tip",
    "Heading to the Gullah Festival or the Bridge Run? Pack water, a hat and your medication list. If you're "
    "over 90 or caring for someone who is, plan for shade breaks every hour. Questions about your meds in "
    "the heat? Ask our pharmacists: (843) 555-0100.",
    "a population age over 90, hospital number",
)

# 165
p(
    "en",
    "patient_story",
    "Capt. Royal Magwood's commercial shrimp license, SCDNR #CT-44817, has hung in the wheelhouse of the Sea "
    "Hawk for 40 years. After his bypass on June 9 he'll be ashore for a few months, so his granddaughter "
    "Ke'Asia is running the boat out of Shem Creek this season, the first woman captain in the Magwood "
    "family. Proud of you both! 🦐",
    [
        ("NAME", "Royal Magwood"),
        ("LICENSE", "CT-44817"),
        ("VEHICLE", "Sea Hawk"),
        ("DATE", "June 9"),
        ("NAME", "Ke'Asia"),
        ("GEO", "Shem Creek"),
        ("NAME", "Magwood", "*"),
    ],
    note="shrimper: commercial licence number, his boat, surgery date, granddaughter, home port",
)

# 166
n(
    "es",
    "eponymous_condition",
    "Noviembre es el mes de la diabetes. La retinopatía y la neuropatía no llevan nombre de persona, pero el "
    "síndrome de Cushing y la enfermedad de Addison sí, y las dos alteran el azúcar en la sangre. Exámenes "
    "gratuitos de ojos en Beaufort el 14 de noviembre.",
    "eponyms, awareness month, screening date",
)

# 167
p(
    "es",
    "birth_announcement",
    "Gracias, Marisol Vásquez, por dejarnos contar tu historia. Marisol, de Hardeeville, tenía 38 semanas de "
    "embarazo cuando el huracán cortó la luz el 26 de septiembre. Su esposo, Óscar, la trajo en su "
    "camioneta por calles inundadas. Su hija Esperanza nació dos horas después. 🌀💗",
    [
        ("NAME", "Marisol Vásquez"),
        ("NAME", "Marisol", "*"),
        ("GEO", "Hardeeville"),
        ("DATE", "26 de septiembre"),
        ("NAME", "Óscar"),
        ("NAME", "Esperanza"),
    ],
    note="mother's name and town, the storm date that is the birth date, husband, a baby named 'Hope'",
)

# 168
n(
    "es",
    "sponsor",
    "Gracias a la Asociación de Paisajistas Hispanos del Lowcountry por donar 500 botellas de agua y 200 "
    "sombreros para los trabajadores que atendimos en nuestra feria de salud del 20 de julio. ¡Juntos "
    "cuidamos a nuestra comunidad!",
    "a sponsor and an event date",
)

# 169
p(
    "en",
    "milestone_birthday",
    "One hundred years ago this week, on a rice plantation near Adams Run, a baby girl named Mamie Lou "
    "Frasier was born. On Sunday she celebrated her one hundredth birthday in our rehab unit with 87 family "
    "members on Zoom and a sweet potato pie. Happy birthday, Miss Mamie! 🥧",
    [
        ("AGE", "One hundred"),
        ("GEO", "Adams Run"),
        ("NAME", "Mamie Lou Frasier"),
        ("AGE", "one hundredth"),
        ("NAME", "Mamie", "*"),
    ],
    note="an age written in words, twice (the first as 'years ago'), birthplace, name",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Our Gullah-speaking patient navigator, Mr. Cuffee Jenkins, helps Sea Island elders understand their care "
    "in the language they grew up with. Cuffee was named for his Friday birth, in the Akan tradition his "
    "great-grandmother kept. Need a navigator? Call (843) 555-0123.",
    "a staff navigator with an Akan day name",
)

# 171
p(
    "en",
    "crisis_update",
    "Update: We received four patients from Saturday's boat collision on the Wando River near the Paradise "
    "Island landing. Two have been released; two remain in fair condition. Our thoughts are with all the "
    "families. #BoatSafe",
    [("GEO", "Wando River"), ("GEO", "Paradise Island")],
    note="nameless, but the place of the patients' accident is geography tied to them",
)

# 172
n(
    "en",
    "public_figure",
    "Congratulations to Charleston's own Olympic rower, Pinckney Drayton, on her silver medal! Pinckney "
    "trained on the Ashley River with the Charleston Rowing Club. Watch party at our Mount Pleasant campus "
    "cafeteria tonight, 7 p.m.!",
    "a public figure (not a patient) with an old-family given name",
)

# 173
p(
    "en",
    "pasted_record",
    "Hi Marcus — please add to Thursday's content calendar: NICU reunion photo of the Washington twins "
    "(Quamina & Abena), parents OK'd via email from qewashington@gmail.com on 3/3. Twins' MRNs 01533271 / "
    "01533272 for the release file. Thanks! — Beth",
    [
        ("NAME", "Washington"),
        ("NAME", "Quamina"),
        ("NAME", "Abena"),
        ("EMAIL", "qewashington@gmail.com"),
        ("DATE", "3/3"),
        ("MRN", "01533271"),
        ("MRN", "01533272"),
    ],
    note="planning e-mail pasted: twins, family e-mail, consent date, two MRNs; Marcus and Beth are staff",
)

# 174
n(
    "en",
    "event",
    "Summerville Flowertown Festival is April 4–6! Visit our tent near Azalea Park for free skin checks — "
    "Lowcountry sun is no joke. Our dermatology team, led by Dr. Middleton Ravenel, will be there all "
    "weekend. 🌸",
    "festival dates and venue; a staff physician with old-family names",
)

# 175
p(
    "en",
    "patient_story",
    "A 6-year-old from Moncks Corner swallowed a button battery on Saturday. Her big brother Jaxon saw it "
    "happen and told their mom right away, which is why she's OK today. Jaxon, you're a hero. 🦸 Keep "
    "button batteries out of reach, everyone.",
    [("GEO", "Moncks Corner"), ("NAME", "Jaxon", "*")],
    note="the patient is unnamed, but her home town and her brother's name are identifiers",
)

# 176
n(
    "en",
    "anonymous_story",
    "A 6-year-old swallowed a button battery this weekend. Her big brother saw it happen and told their mom "
    "right away, which is why she's OK today. Big brothers are heroes too. 🦸 If a battery is swallowed, "
    "give honey on the way to the ER (age 1+) and call Poison Control, 1-800-222-1222.",
    "the same story with no identifier: age 6, relative time, national line",
)

# 177
p(
    "en",
    "thank_you",
    "Mr. B. from room 3112, thank you for the shrimp-and-grits recipe you left the night shift. We made it. "
    "We cried. 🍤",
    [("NAME", "B."), ("OTHER_ID", "room 3112")],
    note="an initial used for the patient, and his room",
)

# 178
n(
    "en",
    "hospital_contact",
    "Our Beaufort campus parking garage is closed Oct. 6–10 for repairs. Patients and visitors can park at "
    "the Ribaut Road lot and take the shuttle. Questions: (843) 555-0123.",
    "hospital parking, dates, number",
)

# 179
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles and one very stubborn lady: Mrs. Corinthia Gathers of Pineland turned ninety-nine "
    "today in our cardiac ICU and told her cardiologist she plans to see a hundred. We believe her. 🎂",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Corinthia Gathers"),
        ("GEO", "Pineland"),
        ("AGE", "ninety-nine"),
    ],
    note="age in words, twice; the hoped-for 'a hundred' is not her age",
)

# 180
n(
    "en",
    "research",
    "Our Heat Illness Research Group, with the Marine Corps Recruit Depot, is studying cooling vests for "
    "recruits on the Crucible. 400 volunteers, ages 17 to 28, enrolled this summer. Findings will be shared "
    "at the Military Health System Research Symposium in August.",
    "research volunteers as a group, conference month",
)

# 181
p(
    "en",
    "pasted_record",
    "Oops wrong window 🙃 — LAB RESULT: Patient HUGER, ASHLEY P  DOB 09/03/1930  MRN 00912648  Collected "
    "04/22 06:10  Troponin I 0.02  Ordering: Dr. Coakley",
    [
        ("NAME", "HUGER, ASHLEY P"),
        ("DATE", "09/03/1930"),
        ("MRN", "00912648"),
        ("DATE", "04/22"),
    ],
    note="lab result pasted: DOB, MRN, collection date; the ordering physician is staff",
)

# 182
n(
    "en",
    "thank_you",
    "Thank you, Ashley River Fire District and the Charleston County Rescue Squad, for the 30 new stair "
    "chairs you helped us test this year. Our EMS partners make every transfer safer. 🚒",
    "partner agencies named for a river and a county",
)

# 183
p(
    "es",
    "milestone_birthday",
    "¡Don Chepe Ramírez cumple 91 años hoy en nuestro piso de rehabilitación! Llegó a Beaufort desde "
    "Michoacán en 1985 y sembró la mitad de los jardines de Hilton Head. Sus nietos le trajeron un pastel de "
    "tres leches. ¡Felicidades, don Chepe! 🎂",
    [
        ("NAME", "Chepe Ramírez"),
        ("NAME", "Chepe", "*"),
        ("AGE", "91"),
        ("GEO", "Beaufort"),
        ("GEO", "Hilton Head"),
    ],
    note="age 91, the town he lives in and the island where he worked; a Mexican state is not GEO",
)

# 184
n(
    "es",
    "anonymous_story",
    "Un jardinero de 45 años llegó ayer a nuestra sala de emergencias con un golpe de calor. Hoy está "
    "estable. Patrones: den agua, sombra y descansos a sus trabajadores. Trabajadores: si ven a un "
    "compañero confundido, llamen al 911.",
    "nameless: age 45, 'ayer'",
)

# 185
p(
    "en",
    "discharge",
    "Home sweet home on Lady's Island! 🏡 After 33 days, 15-year-old Marley Chaplin is out of the Pediatric "
    "ICU and back with her dogs, Boots and Biscuit. Her mom Tonya says anyone who wants to send a card can "
    "write to marleyscards@gmail.com. 💌",
    [
        ("GEO", "Lady's Island"),
        ("NAME", "Marley Chaplin"),
        ("NAME", "Tonya"),
        ("EMAIL", "marleyscards@gmail.com"),
    ],
    note="home island, name, mother, the family's card e-mail; pets are not labelled",
)

# 186
n(
    "en",
    "sponsor",
    "Meet Boots and Biscuit, our newest therapy dogs, sponsored by the Gadsden & Grimball Veterinary Clinic! "
    "They'll visit our pediatric floors every Wednesday. 🐾",
    "pets and a sponsor with surnames",
)

# 187
p(
    "en",
    "pasted_record",
    "Transfer request — pt: LADSON, WENDELL T, 92, MRN 00681122, from Beaufort campus Rm 312 to downtown "
    "CVICU 10/14. Transport via Tidewater Air 2. Family contact: Gwen Ladson-Pryor, cell 843-555-0811.",
    [
        ("NAME", "LADSON, WENDELL T"),
        ("AGE", "92"),
        ("MRN", "00681122"),
        ("OTHER_ID", "Rm 312"),
        ("DATE", "10/14"),
        ("NAME", "Gwen Ladson-Pryor"),
        ("PHONE", "843-555-0811"),
    ],
    note="transfer request pasted: age, MRN, room, transfer date, relative; the aircraft unit is not an id",
)

# 188
n(
    "en",
    "event",
    "Join our King Tide Walk & Talk on Saturday, November 15, at the Battery: our public health nurses will "
    "talk flood-water safety, Vibrio and mosquito control as the tide peaks at 10:12 a.m. 🌊",
    "event date, venue, tide time",
)

# 189
p(
    "en",
    "patient_story",
    "Watch 🎥: Sgt. Keyonna Fields surprises her grandmother, Mrs. Beulah Fields, 94, with a visit from "
    "Parris Island on the day of Mrs. Fields's hip surgery, March 3. There wasn't a dry eye on 4 North. "
    "(Video shared with both their permission.)",
    [
        ("NAME", "Keyonna Fields"),
        ("NAME", "Beulah Fields"),
        ("AGE", "94"),
        ("GEO", "Parris Island"),
        ("NAME", "Fields", "*"),
        ("DATE", "March 3"),
        ("PHOTO", "Video"),
    ],
    note="a video of the patient (PHOTO cue), granddaughter and her base, age, surgery date",
)

# 190
n(
    "en",
    "staff_spotlight",
    "Sgt. Keisha Grant traded her Marine Corps uniform for scrubs: the former Parris Island drill instructor "
    "graduated from our Surgical Tech program Friday! Discipline, precision, and a voice that carries across "
    "any OR. 🇺🇸",
    "a new staff member's military past",
)

# 191
p(
    "en",
    "thank_you",
    "Big thanks to the crew at Bowens Island Marine for visiting coworker Tyrese Jenkins every day of his "
    "stay on 7 Tower after his forklift accident. That's family. 💙",
    [("NAME", "Bowens Island Marine"), ("NAME", "Tyrese Jenkins")],
    note="the patient's employer (a business named for a place) and his name",
)

# 192
n(
    "en",
    "campaign_hashtag",
    "#GullahStrong #GeecheeProud #LowcountryLove — Our Gullah Geechee Heritage Month lunch-and-learn is "
    "today at noon in the Pinckney Auditorium. All staff welcome!",
    "campaign hashtags, a donor-named auditorium",
)

# 193
p(
    "en",
    "pasted_record",
    "Verify before posting?? Registration note: pt states name is Marcus “Boo” Simmons, DOB 12/25/1931, SSN "
    "last four 8812, lives with niece on Sol Legare Road, James Island. Christmas baby! 🎄",
    [
        ("NAME", "Marcus “Boo” Simmons"),
        ("DATE", "12/25/1931"),
        ("SSN", "8812"),
        ("GEO", "Sol Legare Road"),
        ("GEO", "James Island"),
        ("DATE", "Christmas"),
    ],
    note="registration note: basket-style nickname, DOB written twice (date and holiday), partial SSN, "
    "street and island",
)

# 194
n(
    "en",
    "health_tip",
    "Did you know? The average commercial shrimper in South Carolina is over 60. Long days on deck mean sun "
    "damage: get a yearly skin check. Book with our dermatology clinic at (843) 555-0127.",
    "a population statistic, hospital number",
)

# 195
p(
    "es",
    "discharge",
    "¡Regresó a casa! Después de tres semanas, doña Juana Pec, de 96 años, ya está con su familia en "
    "Walterboro. Su nieto Brandon, que nos escribía todos los días a brandon.pec.w@gmail.com, dice que ya le "
    "pidió tortillas. 💚",
    [
        ("NAME", "Juana Pec"),
        ("AGE", "96"),
        ("GEO", "Walterboro"),
        ("NAME", "Brandon"),
        ("EMAIL", "brandon.pec.w@gmail.com"),
    ],
    note="age 96, home town, grandson and his e-mail",
)

# 196
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera María de los Ángeles Ruiz, de nuestro campus de Summerville, por sus 25 años "
    "de servicio! Nacida en Puebla, llegó a Charleston en 1998 y hoy dirige nuestro programa de enfermería "
    "bilingüe.",
    "a staff nurse's name and birthplace",
)

# 197
p(
    "en",
    "patient_story",
    "When Hurricane Ian's outer bands hit Georgetown County on September 30, Jasper and Florence Middleton "
    "were riding it out in their home on Pawleys Island. Jasper, 91, fell on the wet porch steps and broke "
    "his hip. Florence, 89, called their grandson, Staff Sgt. Dion Middleton, who was stationed at Marine "
    "Corps Air Station Beaufort. He drove through the storm to get them to us. Jasper had surgery on "
    "October 1 and went home on his 92nd birthday, October 9. Florence says he's not allowed on the porch "
    "until she says so. 🌀💙",
    [
        ("GEO", "Georgetown County"),
        ("DATE", "September 30"),
        ("NAME", "Dion Middleton"),
        ("NAME", "Jasper", "*"),
        ("NAME", "Florence", "*"),
        ("NAME", "Middleton", "*"),
        ("GEO", "Pawleys Island"),
        ("AGE", "91"),
        ("GEO", "Marine Corps Air Station Beaufort"),
        ("DATE", "October 1"),
        ("AGE", "92nd"),
        ("DATE", "October 9"),
    ],
    note="couple and grandson: county and island of home, injury date (a storm's day), ages 91 and 92nd "
    "(the wife's 89 is not labelled), the grandson's air station, surgery and discharge dates",
)

# 198
n(
    "en",
    "crisis_update",
    "Hurricane Florence, 2018. Hurricane Matthew, 2016. Hurricane Ian, 2022. Every storm teaches us "
    "something. This year our new flood barriers at the downtown campus passed their first king tide test "
    "on October 7 without a drop inside. 🌊",
    "storm names that are also given names; a test date",
)

# 199
p(
    "en",
    "thank_you",
    "@JohnsIslandJoe Joe, thanks for the kind words about your wife's care in our Labor & Delivery unit. "
    "Congratulations on baby Selah! We'll pass your note to Nurse Middleton. 👶",
    [("OTHER_ID", "@JohnsIslandJoe"), ("NAME", "Joe"), ("NAME", "Selah")],
    note="reply to a patient's husband: handle, name, newborn; the nurse is staff",
)

# 200
n(
    "en",
    "health_tip",
    "Sickle cell trait is common in families with roots in West Africa and the Sea Islands. Knowing your "
    "status matters. Free testing at our Beaufort campus during the Gullah Festival, May 23–25, or call "
    "(843) 555-0123. #SickleCellAwareness",
    "a population, event dates, hospital number",
)

# 201
p(
    "en",
    "pasted_record",
    "Comment moderation queue — hidden comment from Tonya Wigfall: “My granddaddy Cap'n Ikey's funeral is Sat "
    "at 11, call me 843-555-0925 if y'all from the hospital want to come.” [Hidden: contains phone number]",
    [("NAME", "Tonya Wigfall"), ("NAME", "Ikey"), ("PHONE", "843-555-0925")],
    note="moderation queue pasted: a late patient's granddaughter and her phone, his nickname",
)

# 202
n(
    "en",
    "staff_spotlight",
    "Happy Nurses Week to our night shift on 6 Tower, who this year sewed a sweetgrass-style garland from "
    "1,000 paper coils, one for every patient discharged from the unit since January 1. 💙 #NursesWeek",
    "a count of patients and a calendar date not tied to anyone",
)

# 203
p(
    "en",
    "memorial",
    "@ravenel_family_chs We are so sorry for the loss of your grandmother, Mrs. Sarah Ravenel Huger. It was an "
    "honor to care for her in our Summerville hospice house these last weeks. 🕊️",
    [("OTHER_ID", "@ravenel_family_chs"), ("NAME", "Sarah Ravenel Huger")],
    note="condolence reply: the family's handle and the late patient's name",
)

# 204
n(
    "en",
    "public_figure",
    "Born in 1879 on Johns Island, the Rev. Daniel Jenkins founded the Jenkins Orphanage in Charleston, whose "
    "band toured the world. His legacy lives on in the Jenkins Institute, our partner in youth mental "
    "health programs since 2019.",
    "a historical figure, his birthplace and an institute named for him",
)

# 205
p(
    "es",
    "patient_story",
    "El pequeño Mateo Ixcoy, de 4 años, se cayó al agua en el muelle de Shem Creek el 13 de abril mientras su "
    "papá descargaba camarones. Un marinero lo sacó en segundos. Después de dos noches en la cama 8 de "
    "nuestra UCI pediátrica, Mateo ya está en casa. ¡Chalecos salvavidas siempre! 🛟",
    [
        ("NAME", "Mateo Ixcoy"),
        ("GEO", "Shem Creek"),
        ("DATE", "13 de abril"),
        ("OTHER_ID", "cama 8"),
        ("NAME", "Mateo", "*"),
    ],
    note="child: 'el pequeño' left out, place and date of the fall, his bed",
)

# 206
n(
    "es",
    "crisis_update",
    "Huracán: nuestros campus de Charleston, Mount Pleasant, Summerville y Beaufort siguen abiertos. Si usted "
    "recibe diálisis o usa oxígeno en casa, llame hoy al (843) 555-0100, opción 2, para su plan de "
    "emergencia. No comparta su número de expediente en los comentarios.",
    "campus towns, hospital number, the words 'número de expediente' with no value",
)

# 207
p(
    "en",
    "thank_you",
    "Zeke's bracelet drive raised $4,120 for boating-safety kits! 🚤 Thank you, Lowcountry. #ZekeStrong "
    "#BoatSafe",
    [("NAME", "Zeke"), ("NAME", "#ZekeStrong")],
    note="a patient's nickname and a name hashtag",
)

# 208
n(
    "en",
    "campaign_hashtag",
    "#BridgeRunStrong #TidewaterTrotters #10KForKids — our 600 runners crossed the Ravenel Bridge together "
    "this morning. Proud of every one of you! 🏃‍♀️🌉",
    "campaign hashtags, a bridge named for a public figure",
)

# 209
p(
    "en",
    "discharge",
    "Going home to James Island today: Baby Sunday Heyward, 38 days old and 6 lb 1 oz! Go, Sunday! 💛",
    [("GEO", "James Island"), ("NAME", "Sunday Heyward"), ("NAME", "Sunday", "*")],
    note="a day name used alone; home island",
)

# 210
n(
    "en",
    "anonymous_story",
    "Overheard on 4 North: “I'm 89 and three quarters, young man, and I'll walk to the bathroom myself.” She "
    "did. With her walker. And our PT cheering. 💪 #FallPrevention",
    "nameless: an age under 90 written with a fraction",
)

# 211
p(
    "en",
    "pasted_record",
    "DRAFT POST — pls remove before publishing: Family contact list for the Gadsden story → Tamika Gadsden "
    "(mom) 843-555-0964, tamika.gadsden@yahoo.com; Marcus Sr. (dad) marcusgadsden.sr@gmail.com; patient DOB "
    "03/11/2009.",
    [
        ("NAME", "Gadsden", 1),
        ("NAME", "Tamika Gadsden"),
        ("PHONE", "843-555-0964"),
        ("EMAIL", "tamika.gadsden@yahoo.com"),
        ("NAME", "Marcus Sr."),
        ("EMAIL", "marcusgadsden.sr@gmail.com"),
        ("DATE", "03/11/2009"),
    ],
    note="contact list left in a draft: parents' names, phone, e-mails, the patient's DOB",
)

# 212
n(
    "en",
    "hospital_contact",
    "Beware of scams: Tidewater Lowcountry will never call or text asking for your Social Security number, "
    "bank account or Medicare number. Our only billing line is (843) 555-0142. Report suspicious calls to "
    "our compliance hotline at compliance@tlmc.org.",
    "identifier words with no values, hospital number and e-mail",
)

# 213
p(
    "en",
    "patient_story",
    "Ashley Pinckney Rhett has spent 40 years restoring Charleston's single houses for Preservation Builders, "
    "and last August the roof of a house on Tradd Street nearly took his life when a rotten joist gave way. "
    "He fell two stories on August 11. Ashley, 58, spent nine weeks with our trauma and rehab teams. His "
    "wife, Marguerite, stitched a quilt from his old work shirts while she waited. Today Ashley is walking, "
    "back at the shop part-time, and telling anyone who will listen to check their joists. 🏚️",
    [
        ("NAME", "Ashley Pinckney Rhett"),
        ("NAME", "Preservation Builders"),
        ("DATE", "August", 1),
        ("GEO", "Tradd Street"),
        ("DATE", "August 11"),
        ("NAME", "Ashley", "*"),
        ("NAME", "Marguerite"),
    ],
    note="a man with old-family given names, employer, street of the fall, the month and the day; age 58 not",
)

# 214
n(
    "en",
    "research",
    "Published this week: our team's analysis of 10 years of Vibrio vulnificus infections in Lowcountry "
    "shrimpers and oystermen. Cases rose 8% for every degree of summer water temperature. Full text in "
    "Emerging Infectious Diseases.",
    "research on an occupational group",
)

# 215
p(
    "en",
    "pasted_record",
    "name,dob,mrn,phone,email / Florence Middleton,06/30/1935,00720015,843-555-0977,flomiddleton35@aol.com",
    [
        ("NAME", "Florence Middleton"),
        ("DATE", "06/30/1935"),
        ("MRN", "00720015"),
        ("PHONE", "843-555-0977"),
        ("EMAIL", "flomiddleton35@aol.com"),
    ],
    note="a spreadsheet row pasted: identifiers without labels next to them",
)

# 216
n(
    "en",
    "event",
    "Spoleto Festival USA, May 23 – June 8: our first-aid tents at Marion Square and the Cistern Yard are "
    "staffed by Tidewater nurses all 17 days. Stay hydrated, and find us if you feel faint. 🎻",
    "festival dates and venues",
)

# 217
p(
    "en",
    "milestone_birthday",
    "101 and counting! Mr. Isaac Mazyck celebrated on Saturday with his family from Huger, SC — and yes, the "
    "Lowcountry pronounces it “YOU-gee.” Happy birthday, Mr. Mazyck! 🎉",
    [("AGE", "101"), ("NAME", "Isaac Mazyck"), ("GEO", "Huger"), ("NAME", "Mazyck", "*")],
    note="age first, a town that is also a Huguenot surname",
)

# 218
n(
    "en",
    "staff_spotlight",
    "Dr. Huger, Dr. Legare, Dr. Manigault and Dr. Ravenel walk into an OR... no joke, that was Tuesday's "
    "cardiac surgery lineup. Huguenot names, Lowcountry hands. 😄",
    "staff surgeons with surnames that are patients' elsewhere",
)

# 219
p(
    "en",
    "patient_story",
    "“Ooman, hunnuh sabe how fa mek basket?” That's what Mother Sabe Wigfall asked our nurse from Ohio on her "
    "first day on 5 West. By the time Mother Sabe went home to Hilton Head on May 19, that nurse could sew a "
    "coaster. Tenki, Mother Sabe! 🧺 #GullahGeechee",
    [("NAME", "Sabe Wigfall"), ("NAME", "Sabe", "*"), ("GEO", "Hilton Head"), ("DATE", "May 19")],
    note="a Gullah name that is also a Gullah word (lower-case 'sabe' = know), home, discharge date",
)

# 220
n(
    "en",
    "health_tip",
    "Tenki fuh come! Our Gullah-language diabetes class on St. Helena Island starts Tuesday, January 13. "
    "Free, with a red-rice-and-okra cooking demo. Sign up: (843) 555-0123.",
    "class date and place, hospital number",
)

# 221
p(
    "en",
    "thank_you",
    "A special thank-you to Sgt. Major (Ret.) Ellis Pinckney and his wife, Evangeline, who donated the new "
    "family lounge on 4 North in honor of the nurses who cared for their son, Cpl. Reginald Pinckney, after "
    "his training accident at Parris Island.",
    [
        ("NAME", "Ellis Pinckney"),
        ("NAME", "Evangeline"),
        ("NAME", "Reginald Pinckney"),
        ("GEO", "Parris Island"),
    ],
    note="donors introduced as a patient's parents are labelled; the son's name and the place of his injury",
)

# 222
n(
    "en",
    "sponsor",
    "The Ellis & Evangeline Brown Family Lounge is open on 5 West! 🛋️ Thank you to the Browns, longtime "
    "friends of Tidewater, for giving families a quiet place to rest.",
    "donors not introduced as relatives of a patient",
)

# 223
p(
    "en",
    "pasted_record",
    "Valet log: 2019 silver Camry, SC tag 8HT 472, belongs to Mrs. Odessa Mack's son (Rm 4410). Son's name "
    "Tyrell Mack, lives on Ashley Hall Road, West Ashley. Keys to 4 North desk.",
    [
        ("VEHICLE", "8HT 472"),
        ("NAME", "Odessa Mack"),
        ("OTHER_ID", "Rm 4410"),
        ("NAME", "Tyrell Mack"),
        ("GEO", "Ashley Hall Road"),
        ("GEO", "West Ashley"),
    ],
    note="a relative's plate, street and neighbourhood (both with 'Ashley'), the patient's room",
)

# 224
n(
    "en",
    "event",
    "Join us at the Sweetgrass Festival at Mount Pleasant's Laing Middle School field on Saturday, June 14. "
    "Free screenings, basket demonstrations by the Coakley, Manigault and Foreman families, and music by the "
    "Plantation Singers. 🧺",
    "artisan families at a public event, not patients",
)

# 225
p(
    "es",
    "thank_you",
    "¡Gracias, familia Ajú! Marleny y sus hijos trajeron tamales para todo el piso 3 Oeste para celebrar que "
    "don Rigoberto salió del hospital el 2 de agosto. 🫔",
    [("NAME", "Ajú"), ("NAME", "Marleny"), ("NAME", "Rigoberto"), ("DATE", "2 de agosto")],
    note="family surname, wife, patient (don left out), discharge date",
)

# 226
n(
    "es",
    "event",
    "Vacunas contra la gripe gratis después de misa en la iglesia Nuestra Señora de la Misericordia, en North "
    "Charleston, los domingos 5 y 12 de octubre. No se necesita seguro ni identificación.",
    "vaccine clinic venue and dates",
)

# 227
p(
    "en",
    "thank_you",
    "@mizzbeulah_granddaughter Thank you for reaching out! We'd love to help you plan a visit for your "
    "grandmother. We've sent you a DM, or you can call our Patient Relations team at (843) 555-0109. Please "
    "don't post her room number here.",
    [("OTHER_ID", "@mizzbeulah_granddaughter")],
    note="reply that confirms the commenter's grandmother is an inpatient: the relative's handle",
)

# 228
n(
    "en",
    "anonymous_story",
    "Someone left a handmade sweetgrass basket at our chapel yesterday with a note: “For the nurses who sat "
    "with my daddy at the end.” No name, no return address. Whoever you are: thank you. We'll keep it in the "
    "chapel for every family who needs it. 🧺",
    "an anonymous family, no identifier",
)

# 229
p(
    "en",
    "pasted_record",
    "Your telehealth visit is ready, Mr. Coakley: https://video.tlmc.org/join/8812-4471?pt=COAKLEY_ALBERT "
    "(accidentally posted to our story, deleting now!)",
    [("NAME", "Coakley"), ("OTHER_ID", "8812-4471"), ("NAME", "COAKLEY_ALBERT")],
    note="a hospital-domain link (not labelled as URL) carrying a visit id and the patient's name",
)

# 230
n(
    "en",
    "hospital_contact",
    "Telehealth tip: your video visit link always comes from video.tlmc.org and never asks for your Social "
    "Security number. Trouble connecting? Call (843) 555-0100 and say “telehealth.” 💻",
    "hospital domain and number",
)

# 231
p(
    "en",
    "patient_story",
    "Miss Ernestine “Tina” Grant has sold her benne wafers at the Original Gullah Festival in Beaufort every "
    "Memorial Day weekend since 1986. This year she sold them from a wheelchair, nine days after her knee "
    "replacement on May 15, with her great-nephew Tavon making change. Tina, you are something else. 💛",
    [
        ("NAME", "Ernestine “Tina” Grant"),
        ("DATE", "May 15"),
        ("NAME", "Tavon"),
        ("NAME", "Tina", "*"),
    ],
    note="surgery date, great-nephew; a festival venue and its recurring weekend are not her identifiers",
)

# 232
n(
    "en",
    "statistic",
    "Sweetgrass by the numbers: the Lowcountry has about 300 active basket makers today, down from more than "
    "1,500 in the 1980s. Many are over 70. Our community health workers visit basket stands along Highway 17 "
    "every month with blood pressure cuffs and glucose meters.",
    "a population statistic, a highway not tied to a patient",
)

# 233
p(
    "en",
    "discharge",
    "Home for the holidays! 🎄 After a long fall and winter with our heart failure team, Mr. Jonas Capers is "
    "going home to Edisto Island today. His wife Lottie wants to thank everyone who called her at "
    "843-555-0318 with updates and sent cards to lottie.capers@embarqmail.com. Merry Christmas, Jonas and "
    "Lottie!",
    [
        ("NAME", "Jonas Capers"),
        ("GEO", "Edisto Island"),
        ("NAME", "Lottie", "*"),
        ("PHONE", "843-555-0318"),
        ("EMAIL", "lottie.capers@embarqmail.com"),
        ("NAME", "Jonas", "*"),
    ],
    note="home island, wife's phone and e-mail; seasons and a holiday greeting are not dates",
)

# 234
n(
    "en",
    "memorial",
    "Rest in peace, Miss Henrietta Simmons, who volunteered at our gift shop every Monday for 31 years and "
    "passed away on July 9 at 94. Visitation is Friday at Fielding Home for Funerals.",
    "a volunteer's death date and age over 89 are never labelled",
)

# 235
n(
    "en",
    "anonymous_story",
    "Shoutout to the Beaufort Water Festival rescue boat crew and to the grandmother who started CPR on the "
    "beach before they got there. Her grandson is doing great on our peds floor! 🌊",
    "nameless patient and relative, an event name",
)

# 236
n(
    "en",
    "crisis_update",
    "The Mount Pleasant campus ER is on diversion for ambulance traffic from 3 to 5 p.m. today due to a power "
    "issue. Walk-in patients are still being seen. For non-emergencies, use our urgent care on Johnnie Dodds "
    "Boulevard. Call (843) 555-0104 with questions.",
    "hospital facilities and number",
)

# 237
p(
    "en",
    "pasted_record",
    "Photo for IG: Dontrell on his last day, bed 4 in the Beaufort ICU, with Drill Instructor Sgt. Harris. "
    "Release signed 7/30. Platoon 1042 graduated 7/29!",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Dontrell"),
        ("OTHER_ID", "bed 4"),
        ("DATE", "7/30"),
        ("OTHER_ID", "Platoon 1042"),
        ("DATE", "7/29"),
    ],
    note="a photo of the patient, his bed, release date, platoon and graduation date; the drill instructor "
    "is not labelled",
)

# 238
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers: our sports medicine team repairs elbow ligaments in "
    "shrimpers, roofers and landscapers too. Ask about our Saturday clinic on Daniel Island.",
    "an eponymous procedure, a clinic location",
)

# 239
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday, Mr. Quaco Smalls! Born on a Wednesday in the old Akan way, Mr. Smalls got his "
    "birthday wish on Wednesday: a discharge home to Beaufort and a plate of shrimp and grits at his "
    "daughter Delphine's table. 🦐🎂",
    [
        ("AGE", "90th"),
        ("NAME", "Quaco Smalls"),
        ("NAME", "Smalls", "*"),
        ("GEO", "Beaufort"),
        ("NAME", "Delphine"),
    ],
    note="Akan Wednesday name; weekdays not labelled; age, home town, daughter",
)

# 240
n(
    "en",
    "campaign_hashtag",
    "Every name on our Bridge Run banner is a nurse, tech or doctor who crossed the Ravenel Bridge for "
    "#TeamTidewater this morning, from Ashley to Zeke. 💙 #BridgeRun2025 #HolyCityHeroes",
    "staff first names and campaign hashtags",
)

if __name__ == "__main__":
    S.main("phi_dev90_source")
