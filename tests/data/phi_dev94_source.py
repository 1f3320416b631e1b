#!/usr/bin/env python3
"""Build tests/data/phi_dev94.jsonl: blind development set 94 for the PHI scanner.

Written blind (without reading the scanner or any other data set), from the labelling rules
in tests/data/build_phi_eval.py (lines 1-116), the open-question decisions in
tests/data/build_phi_dev.py (lines 1-44) and ../../shared/HIPAA.md.

Run:  cd /work/main && python3 -B tests/data/phi_dev94_source.py

ORGANISATION
  Bayside Tidewater Medical Center ("Bayside", "BTMC"), fictional, Hampton Roads, Virginia
  (phi_dev94_org.json): main campus 1500 Bayside Tidewater Parkway, Norfolk; Portsmouth
  Pavilion (Mother-Baby, shipyard Occupational Health), 2 Crawford Point Road; Oceanfront
  Emergency Center, 4200 Lynnhaven Marsh Road, Virginia Beach; Peninsula campus, 800 Warwick
  Landing Boulevard, Newport News; Chincoteague Island Clinic, 4080 Main Street. Lines
  757-555-0100 ... 0111; domains baysidetidewater.org, btmc757.org; handles @BaysideTidewater,
  @BTMC757, @BaysideTidewaterKids, @BTMC_ShoreClinic. Campaign tags: #BaysideStrong,
  #TidewaterTough, #757Strong, #HomecomingHugs, #FleetFamilyFriday, #FleetBabies ...

FOCUS
  Navy and shipyard families (deployments, homecomings, ship names, ranks and rates that are
  not names, FRGs, TRICARE, DoD IDs, sponsor SSNs with FMP prefixes, Julian dates and
  DDMMMYY dates), Filipino-American families (Lola/Lolo/Tita/Tito/Kuya/Ate/Manong/Nanay/Tatay,
  nicknames Baby, Girlie, Bong, Dodong, Jojo, Bing, Boy; Simbang Gabi, Undas, All Saints'),
  Eastern Shore watermen and Chincoteague / Tangier / Saxis (Cap'n, nicknames Bunky, Skeeter,
  Tolly, boat names, commercial fishing licences, boat registrations, Pony Swim), beach rip
  currents and hurricane evacuations, Tidewater Black communities (church titles Mother,
  Deacon, Brother; kin titles Big Mama, Big Daddy, Pops; nicknames Pooh, Man-Man, Peaches,
  Cookie; Juneteenth, Watch Night; neighbourhoods Berkley, Park Place, Cavalier Manor,
  Huntersville, Campostella, Seatack, Titustown, Lake Edward), and a Spanish-speaking
  Puerto Rican / Dominican / Mexican community (Navy families, Eastern Shore poultry plants).

HARD CASES (positives)
  Names that are words or ranks (Joy, Anchor, Major, Hope, Precious, King, Honor, True,
  Autumn, Wren, Ivy, June, Sister, Baby, Outlaw, Guy, Battle, Savage, Green); lower-case names
  in comments (rommel, nening, tay'shawn, dre, batts, jaxon, tj); nicknames in quotes and
  hashtags (#USSMason, #TreysWave, #PrayersForPeanut, #LolaRemediosFan, #FuerzaChayito);
  relatives only (a reply naming the patient's daughter, a father's DoD ID at the desk);
  employers (ships, Norfolk Naval Shipyard, Newport News Shipbuilding, NAVSUP, Doumar's,
  Lake Taylor); unnamed patients identified only by a room, an incident street, an age over 89
  or a home town; pasted ADT lines, bed boards, portal tickets, fax covers, storm-line logs;
  dates as 14 MAR, 22APR79, 14-Jul-25, Julian 5152, 1996-08-30, 15/08/1949, 4th of July,
  Juneteenth, Watch Night, Pony Swim, the Navy's birthday, Marine Corps birthday, first night
  of Simbang Gabi, the 9th; ages as ninety-one, one hundred and two, 90-something, 91yo, 97F,
  nonagenarian, centenaria, noventa y cuatro.

HARD NEGATIVES
  Staff with ranks and nicknames (HM1 "Lando", Lt. Cmdr. Reyes-Tan, Dr. Leon Parkinson, a
  staff nurse's husband and his carrier), volunteers and donors with ages over 89 and home
  towns, public figures from the region (Ella Fitzgerald, Missy Elliott, Pharrell, Mary
  Jackson, Allen Iverson, Grace Hopper, Doris Miller, Roberto Clemente, Sonia Sotomayor),
  ships as event news (USS Truman homecoming, USS Bataan volunteers, battleship Wisconsin),
  pets and ponies (Misty, therapy dogs Autumn, Precious, King, the dog Captain), hurricane
  names (Isabel, Ernesto), eponyms (Raynaud's, Parkinson's, Bell's palsy,
  Chagas, Down syndrome), event dates (Pony Swim, Harborfest, Neptune Festival, Navy and
  Marine Corps birthdays, Juneteenth fair, 9/11, Pearl Harbor Day, D-Day), statistics with
  "over 90", campaign hashtags, the hospital's own numbers, addresses, domains and handles.

LANGUAGE MIX
  210 English (105 patient-specific / 105 not) and 30 Spanish (15 / 15); English posts carry
  Tagalog, Tidewater and Eastern Shore words; Spanish posts use Puerto Rican and Dominican
  forms (Nochebuena, Día de Reyes, habichuelas con dulce, don/doña).

DECISIONS (where the rules leave room)
  1. A ship, squadron or command to which the patient or a relative is assigned is that
     person's employer -> NAME, span = the ship's name as written including "USS" (hull
     numbers excluded); a hashtag of that ship (#USSMason) is one NAME span. The service
     branch ("the Navy", "Marine Corps") is a population, not an employer name. Ships in
     news, event and staff posts are never labelled. "the shipyard" without a name is not
     labelled.
  2. Military ids: DoD ID / EDIPI -> OTHER_ID; DoD Benefits Number (TRICARE) and Medicare
     beneficiary id -> HEALTH_PLAN; in "FMP/SSN 30/987-65-4312" only the SSN is labelled
     (the FMP prefix is not an identifier); the "Sponsor" is the patient's relative.
  3. Ranks, rates and titles are not part of NAME spans: ET2, HM1, Chief, Senior Chief, Master
     Chief, Cpl., Lt., Cmdr., Sgt. Maj., Cap'n/Captain, Coach, Deacon, Mother/Brother (church),
     Miss + first name, Big Mama / Big Daddy / Pops / Pop-Pop / Granddaddy, and the Filipino
     kin titles Lola, Lolo, Tita, Tito, Kuya, Ate, Manong, Nanay, Tatay; generational "Sr."/"JR"
     are excluded. When such a word IS the person's name ("Major Whitfield", "Baby Ocampo",
     "everybody calls her Sister") it is NAME.
  4. Boat names (the Miss Addie, Three Sons) and pony names are not labelled, like pets;
     boat registration numbers and vanity plates -> VEHICLE; commercial fishing licences and
     driver's licences -> LICENSE.
  5. The place of a patient's injury or rescue (24th Street, Rudee Inlet, Shore Drive, the
     Lesner Bridge, Sandbridge) is GEO, like the road of a crash; this makes an otherwise
     nameless story patient-specific.
  6. A local occasion that names one day is a date element when the patient's event happened
     on it, like a holiday: Pony Swim, Watch Night, the Navy's / Marine Corps birthday, the
     first night of Simbang Gabi, the first day of spring (one named day, not a season). When
     the same day is also written as a date, both are labelled. Hurricane names are storms,
     not dates, and "NYE" for a New Year's Day birth is not the birth date.
  7. Ages over 89 of a patient's relative (a 92-year-old husband, a 91-year-old father) are
     labelled AGE; those of volunteers, donors, speakers and staff are not. An age token with
     an attached letter on a chart line ("97F", "91yo") is labelled as the whole token.
  8. Bare bed / room codes without a keyword on a bed board ("3W-08", "6W-14") are not
     labelled (the rules: the number alone is not an identifier); with a keyword they are
     ("Rm 5W-22", "bed 8E-04", "rm 4N-12", "habitación 614", "cuarto", "Cama 7").
  9. A phone number, email or handle of a friend or commenter who is not the patient or a
     relative is not labelled; the patient's own handle, portal user name and the family's
     handle are OTHER_ID; a security case number tied to the patient's family is OTHER_ID.
 10. A staff member's relative who is himself the patient is labelled as a patient; a staff
     member's memorial (death date, crash site, widow) is never labelled.
 11. An unknown patient's trauma alias ("Zebra Tango") is NAME; the placeholder "DOE, JANE"
     and "BABY BOY" are not names.
 12. The employer span is the employer's name only ("Coca-Cola", not "bottling plant"); a
     donor's former employer is not labelled.
 13. A month with an attached year tied to the patient ("since May 2024") is one DATE span.
 14. A neighbourhood called "Bayside" where the family lives is GEO; the hospital's short name
     "Bayside" is never labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev94.jsonl"), os.path.join(HERE, "phi_dev94_org.json"), "d94")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- Navy families, births
# 1
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Marisol Bautista! Born 0412 on 14 MAR in our Portsmouth Mother-Baby unit "
    "while her daddy, ET2 Bautista, was still somewhere in the Med aboard the USS Gravely. Mom Joy says "
    "the crew already voted her honorary plank owner \U0001f602 #FleetBabies",
    [
        ("NAME", "Marisol Bautista"),
        ("DATE", "14 MAR"),
        ("NAME", "Bautista", 2),
        ("NAME", "USS Gravely"),
        ("NAME", "Joy"),
    ],
    note="baby, father (rate ET2 is a title, not part of the span) and mother named; the father's ship "
    "is his employer -> NAME; 0412 is a time; #FleetBabies is a campaign tag",
)
# 2
p(
    "en",
    "birth_announcement",
    "omg thats my cousins baby!! congrats kuya rommel \U0001f389\U0001f389 lola nening is gonna cry when she sees those cheeks",
    [("NAME", "rommel"), ("NAME", "nening")],
    note="reply: the baby's father and great-grandmother, lower-case; kuya/lola are Filipino kinship titles",
)
# 3
p(
    "en",
    "pasted_record",
    "ADT 06/02 2317 -- PT: DELA CRUZ, MA. TERESITA R  DOB: 11/09/1961  MRN 00452718  FMP/SSN 30/987-65-4312  "
    "Rm 5W-22  Sponsor: DELA CRUZ, RENATO (CMDCM, ret.)  dx NSTEMI\n\nsorry all, wrong window \U0001f648 deleting",
    [
        ("DATE", "06/02"),
        ("NAME", "DELA CRUZ, MA. TERESITA R"),
        ("DATE", "11/09/1961"),
        ("MRN", "00452718"),
        ("SSN", "987-65-4312"),
        ("OTHER_ID", "Rm 5W-22"),
        ("NAME", "DELA CRUZ, RENATO"),
    ],
    note="military ADT line: FMP 30 (spouse) prefix is not part of the sponsor's SSN; the 'Sponsor' is the "
    "patient's husband, a relative; CMDCM is a rank; 2317 is a time",
)
# 4
n(
    "en",
    "staff_spotlight",
    'Meet HM1 Rolando "Lando" Macapagal, USN (Ret.), our ED tech on nights. 22 years as a Navy corpsman, two '
    "tours with the Marines, and now he's the one who knows every Tagalog phrase our lolas need at 3am. "
    "Lando, salamat po! #BaysideStrong",
    "staff member with a nickname and rank; 'our lolas' is a population of patients",
)
# 5
p(
    "en",
    "birth_announcement",
    "Chief, if you're reading this from the Red Sea: your twins are 4 days old and already running the NICU. "
    "Ezra and Eli say hi. -- Mom (and the night shift) \U0001f499\U0001f499 #USSMason",
    [("NAME", "Ezra"), ("NAME", "Eli"), ("NAME", "#USSMason")],
    note="'Chief' is a rank used as an address; the ship hashtag names the father's command (employer) -> NAME; "
    "'4 days old' is not an age over 89; the Red Sea is not geography smaller than a state",
)
# 6
n(
    "en",
    "event",
    "Sailors from the USS Bataan spent Saturday painting our pediatric playroom. Thank you, Bataan! "
    "\U0001f3a8\u2693 #FleetFamilyFriday",
    "a ship's crew as volunteers: no patient; the ship is not anyone's employer in a patient context",
)
# 7
n(
    "en",
    "staff_spotlight",
    "Night-shift charge nurse Tasha Wimbush has counted down 214 days. Tomorrow her husband comes home on the "
    "USS Dwight D. Eisenhower and our whole unit is covering her shift so she can be on Pier 12. \U0001f499 #HomecomingHugs",
    "staff member's own family and his ship: never labelled; Pier 12 is a place on the base, not a patient's",
)
# 8
p(
    "en",
    "patient_story",
    "Pasted from the Ike's sick bay transfer sheet by mistake (recalled):\n"
    "SN RHODES, KAYLEE A / Cmd: USS Dwight D. Eisenhower (CVN 69) / EDIPI 1611470392 / Admit Julian 5152 / "
    "DC 5156 / LIMDU 30 days",
    [
        ("NAME", "RHODES, KAYLEE A"),
        ("NAME", "USS Dwight D. Eisenhower"),
        ("OTHER_ID", "1611470392"),
        ("DATE", "5152"),
        ("DATE", "5156"),
    ],
    note="the patient's command is her employer (NAME, hull number not included); EDIPI/DoD ID -> OTHER_ID; "
    "military Julian dates (YDDD) are day-level date elements; 'the Ike' is the ship's public nickname, "
    "not labelled on its own",
)
# 9
p(
    "en",
    "patient_story",
    "my husbands ID got left at the front desk last night -- DoD ID 1487702256, name on it is MORALES, ANDRES. "
    "can security hold it? he was visiting our daughter on peds \U0001f64f",
    [("OTHER_ID", "1487702256"), ("NAME", "MORALES, ANDRES")],
    note="the patient's father's DoD ID and name",
)
# 10
n(
    "en",
    "event",
    "Happy 250th birthday, U.S. Navy! On October 13 our Norfolk campus lobby hosts the ship's bell from the "
    "battleship Wisconsin and a cake from the Navy League. Join us 11:30-1. \u2693\U0001f382",
    "the Navy's birthday is an event date, '250th' is not a person's age",
)
# 11
p(
    "en",
    "birth_announcement",
    "Born on the Navy's birthday, of course. Welcome, Anchor James Whitaker! His mama Brittany is a "
    "Chief Petty Officer and his daddy Cole works at Norfolk Naval Shipyard. 8 lb even and already salty. \u2693",
    [
        ("DATE", "Navy's birthday"),
        ("NAME", "Anchor James Whitaker"),
        ("NAME", "Brittany"),
        ("NAME", "Cole"),
        ("NAME", "Norfolk Naval Shipyard"),
    ],
    note="a named day (Oct 13) on which the birth happened -> DATE; 'Anchor' is a given name that is a word; "
    "the father's employer is NAME; Chief Petty Officer is a rank",
)
# 12
p(
    "en",
    "thank_you",
    "If anyone from our FRG can give me a ride to see Nikki & baby Luca in Mother-Baby, I'm off today, call or "
    "text 757-555-0181. She's in room 3212 till Thursday \u2764\ufe0f",
    [("NAME", "Nikki"), ("NAME", "Luca"), ("OTHER_ID", "room 3212")],
    note="the phone number belongs to a friend of the family (the commenter), not to the patient or a relative: "
    "not labelled",
)
# 13
p(
    "en",
    "discharge",
    "Tita Baby Ocampo is home! \U0001f389 After 19 days on 6 West and one very stubborn pneumonia, our favorite "
    "retired Navy wife walked out on her own to the car her son Jojo drove up from Chesapeake. Salamat po!",
    [("NAME", "Baby Ocampo"), ("NAME", "Jojo"), ("GEO", "Chesapeake")],
    note="'Baby' is her Filipino given nickname (Tita is a title); the son's home city is GEO; 6 West is a unit",
)
# 14
p(
    "en",
    "thank_you",
    "To the Mother-Baby nurses in Portsmouth: I was the scared 19-year-old Navy wife in room 2217 whose husband "
    "was underway. You let my mom FaceTime from Pangasinan at 3am. Tell Nurse Carmela that Aaliyah is doing great. "
    "-- Jazmine P.",
    [("OTHER_ID", "room 2217"), ("GEO", "Pangasinan"), ("NAME", "Aaliyah"), ("NAME", "Jazmine P.")],
    note="written by the patient herself, signed with first name and initial; her baby is named; her "
    "mother's province abroad is GEO; Nurse Carmela is staff; '19-year-old' is not over 89",
)
# 15
n(
    "en",
    "recruitment",
    "Now hiring: RN, Mother-Baby, Portsmouth. Military spouse? We honor compact licenses and keep your "
    "seniority through PCS moves. Apply at careers.baysidetidewater.org or email talent@baysidetidewater.org. "
    "#MilSpouseHired",
    "recruitment; hospital domain and address",
)
# 16
n(
    "en",
    "staff_spotlight",
    "Congratulations to Lt. Cmdr. (ret.) Marisol Reyes-Tan, RN, our new Director of Military & Veteran Family "
    "Services! Marisol served 20 years in the Navy Nurse Corps, including 6 at Naval Medical Center Portsmouth. "
    "Reach her team at 757-555-0107.",
    "staff member and the hospital's own line",
)
# 17
p(
    "en",
    "pasted_record",
    "TRICARE billing question - I keep getting denied. My son's DoD Benefits Number is 10258839471 and his name is "
    "Jaylen Oduya, DOB 02/14/2016, MRN 00511864. Can someone call me? 757-555-0139 -- Renee",
    [
        ("HEALTH_PLAN", "10258839471"),
        ("NAME", "Jaylen Oduya"),
        ("DATE", "02/14/2016"),
        ("MRN", "00511864"),
        ("PHONE", "757-555-0139"),
        ("NAME", "Renee"),
    ],
    note="the DoD Benefits Number is the TRICARE member identifier -> HEALTH_PLAN",
)
# 18
n(
    "en",
    "hospital_contact",
    "TRICARE questions? Our Military & Veteran Family Services team is at 757-555-0107, Mon-Fri 8-4:30. "
    "Please never post a DoD ID, DBN or sponsor SSN in a comment -- send us a private message instead.",
    "generic advice with the hospital's line; no identifiers",
)
# 19
p(
    "en",
    "anonymous_story",
    "To whoever was in room 402 last week, the Senior Chief with the Steelers blanket: the night nurses miss "
    "your jokes. Fair winds, shipmate.",
    [("OTHER_ID", "room 402")],
    note="no name, but a room number tied to one patient makes the post patient-specific; Senior Chief is a rank",
)
# 20
p(
    "en",
    "patient_story",
    "A sailor from the USS Bataan was flown to our Norfolk trauma center this morning after a fall in the "
    "hangar bay. He's stable, his chief is with him, and his mom is on a flight from San Antonio.",
    [("NAME", "USS Bataan"), ("GEO", "San Antonio")],
    note="unnamed patient, but his command (employer) and his mother's city are identifiers",
)
# 21
n(
    "en",
    "anonymous_story",
    "Last night a sailor in his 30s walked into our Portsmouth ED with chest pain and walked out two days "
    "later with two stents. Chest pain is not 'just heartburn,' shipmates.",
    "unnamed patient, no employer, age under 90, relative dates only",
)
# 22
p(
    "en",
    "memorial",
    'Three weeks ago we said goodbye to our Nanay, Perla "Pearl" Lacson Villanueva, on 7 South. She came to '
    "Norfolk as a new Navy wife from Olongapo, raised five of us in Wards Corner, and worked 31 years in the "
    "kitchen at Lake Taylor. On the unit they called her 'Sunshine' because she sang kundiman to every nurse "
    "who came in. Tatay (Ret. MSC Bernardo Villanueva) is 92 now and still makes her pancit every Sunday. "
    "Salamat to Nurse Arlene, Nurse Bong and Dr. Feliciano -- you are family to us. \U0001f56f\ufe0f",
    [
        ("NAME", 'Perla "Pearl" Lacson Villanueva'),
        ("GEO", "Norfolk"),
        ("GEO", "Olongapo"),
        ("GEO", "Wards Corner"),
        ("NAME", "Lake Taylor"),
        ("NAME", "Sunshine"),
        ("NAME", "Bernardo Villanueva"),
        ("AGE", "92"),
    ],
    note="Nanay/Tatay are kinship titles; her employer is NAME; the husband's age over 89 is labelled "
    "(a relative's age); staff names including the nickname 'Bong' are not labelled",
)
# 23
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Lolo Ambrosio "Ambo" Santos! He joined the Navy as a steward in Cavite, served on '
    "three carriers, and retired to Ocean View where he still grows his own ampalaya. His apo say the secret is "
    "sinigang and the 6:30 mass at St. Pius X. \U0001f382\U0001f1f5\U0001f1ed\U0001f1fa\U0001f1f8",
    [
        ("AGE", "100th"),
        ("NAME", 'Ambrosio "Ambo" Santos'),
        ("GEO", "Cavite"),
        ("GEO", "Ocean View"),
    ],
    note="Lolo is a title; the parish named for a pope is not labelled",
)
# 24
n(
    "en",
    "public_figure",
    "Newport News gave the world Ella Fitzgerald, born April 25, 1917. For Jazz Appreciation Month our Peninsula "
    "campus lobby is playing her records all week. \U0001f3b6",
    "public figure's birth date and birthplace are never labelled",
)
# 25
p(
    "en",
    "milestone_birthday",
    "Our oldest flu-shot patient this season? A Portsmouth great-grandmother who turned one hundred and two in "
    "October and told our pharmacist she is 'not here to chitchat, baby, just give me the shot.'",
    [("GEO", "Portsmouth"), ("AGE", "one hundred and two"), ("DATE", "October")],
    note="unnamed, but an age over 89, her town and her birth month identify her; 'baby' is an address",
)
# ---------------------------------------------------------------- Eastern Shore, Chincoteague, watermen
# 26
p(
    "en",
    "memorial",
    'Fair winds, Cap\'n Elwood "Bunky" Tull. Ninety-one years young and crabbing off Saxis till his hands '
    "wouldn't let him. Passed peaceful on the 9th with his daughters Darlene and Faye holding on. His deadrise, "
    "the Miss Addie, will run out of Saxis harbor one more time Saturday. \U0001f980\u2693",
    [
        ("NAME", 'Elwood "Bunky" Tull'),
        ("AGE", "Ninety-one"),
        ("GEO", "Saxis", "*"),
        ("DATE", "9th"),
        ("NAME", "Darlene"),
        ("NAME", "Faye"),
    ],
    note="Cap'n is a title; a day of the month alone is a date element; the boat's name is not labelled "
    "(like a pet's)",
)
# 27
p(
    "en",
    "patient_story",
    "Chincoteague Island Clinic shout-out: Miss Hattie Birch, 96, came in for her flu shot by golf cart with her "
    "great-grandson Tripp driving. She says she's watched the ponies swim from her front porch on Ridge Road "
    "every July since Truman was president.",
    [("NAME", "Hattie Birch"), ("AGE", "96"), ("NAME", "Tripp"), ("GEO", "Ridge Road")],
    note="Miss + first name is a Southern title; the clinic is the hospital's; 'every July' is not her event; "
    "Truman is a public figure",
)
# 28
n(
    "en",
    "event",
    "Pony Swim first-aid tents: our Chincoteague Island Clinic crew will be at Memorial Park and along the "
    "Assateague Channel on Wednesday, July 30, from 6am until the last pony is ashore. Call 757-555-0106 for "
    "clinic hours that week. #PonySwimReady",
    "event date and places; the hospital's line",
)
# 29
p(
    "en",
    "birth_announcement",
    "Talk about island timing: Callie Mae Jester arrived at 7:52 the morning of Pony Swim, right about when the "
    "Saltwater Cowboys pushed the herd into the channel. Her family drove the bridge-tunnel from Chincoteague at "
    "3am. Pop-pop Dale says she's a saltwater cowgirl for sure. 6 lb 11 oz.",
    [
        ("NAME", "Callie Mae Jester"),
        ("DATE", "Pony Swim"),
        ("GEO", "Chincoteague"),
        ("NAME", "Dale"),
    ],
    note="a local one-day event on which the birth happened is a DATE (like a holiday); the family's home is GEO; "
    "Saltwater Cowboys are the pony-swim volunteers, not names",
)
# 30
p(
    "en",
    "birth_announcement",
    "Misty Birch (no relation to that other Misty \U0001f434) delivered her third baby, Colt, at 4:10 this morning. "
    "Chincoteague girl through and through. Congrats to Misty and dad Travis!",
    [
        ("NAME", "Misty Birch"),
        ("NAME", "Misty", 3),
        ("NAME", "Colt"),
        ("GEO", "Chincoteague"),
        ("NAME", "Travis"),
    ],
    note="the second 'Misty' is the famous pony, not labelled (declared); the baby's name is a word",
    ok=("Misty",),
)
# 31
p(
    "en",
    "pasted_record",
    "Pasted from ED board by mistake, deleting in 5: TRAUMA 2 - TANGIER, WM 58y, 'Skeeter' PRUITT, crab pot "
    "winch to R hand, arr via MedFlight 2 0640, VMRC lic# CF-20417, boat reg VA 8812 BK, wife Loretta on way by ferry",
    [
        ("GEO", "TANGIER"),
        ("NAME", "Skeeter"),
        ("NAME", "PRUITT"),
        ("LICENSE", "CF-20417"),
        ("VEHICLE", "VA 8812 BK"),
        ("NAME", "Loretta"),
    ],
    note="home island in caps; quoted nickname without quotes; commercial fishing licence -> LICENSE; boat "
    "registration -> VEHICLE; 58y is not over 89; MedFlight 2 is an aircraft unit",
)
# 32
n(
    "en",
    "health_tip",
    "Watermen and crabbers: Vibrio vulnificus lives in warm Bay water. A small cut from a crab shell can turn "
    "serious in hours, especially with liver disease or diabetes. Wash cuts with soap and clean water, and come "
    "in if redness spreads. Chincoteague Island Clinic: 757-555-0106.",
    "health tip; the hospital's clinic line",
)
# 33
p(
    "en",
    "patient_story",
    "Hey Bayside, I'm the wife of the waterman from Wachapreague y'all flew in Tuesday. Ricky wants his "
    "commercial license back, it was in his bibs. CF number is 31188. Please call Donna at 757-555-0152.",
    [
        ("GEO", "Wachapreague"),
        ("NAME", "Ricky"),
        ("LICENSE", "31188"),
        ("NAME", "Donna"),
        ("PHONE", "757-555-0152"),
    ],
    note="'Bayside' addresses the hospital; the patient's licence number and his wife's name and phone",
)
# 34
p(
    "en",
    "milestone_birthday",
    "Tangier Island's own Ruby Crockett Parks turned 101 on the 2nd and half the island came down to the school "
    "gym. She says the secret is 'soft crabs and minding your own business.' Her granddaughter Ashlyn brought "
    "the cake over on the mail boat, and our nurse practitioner Jen went along with a blood-pressure cuff.",
    [
        ("GEO", "Tangier Island"),
        ("NAME", "Ruby Crockett Parks"),
        ("AGE", "101"),
        ("DATE", "2nd"),
        ("NAME", "Ashlyn"),
    ],
    note="home island is GEO; staff NP not labelled",
)
# 35
n(
    "en",
    "statistic",
    "Eastern Shore by the numbers: our Chincoteague Island Clinic saw 4,318 visits last year, 612 of them "
    "watermen and their families, and 91 patients aged 90 or older. Thank you for trusting us.",
    "aggregate numbers; '91 patients aged 90 or older' is a population count",
)
# 36
p(
    "en",
    "patient_story",
    "Reply: that's my uncle Junior Lewis in the video!! he's the one in the white boots. 89 years old and still "
    "running trotlines out of Willis Wharf, he got a hook through his thumb on 7/28 and drove HIMSELF to the clinic",
    [("NAME", "Junior Lewis"), ("PHOTO", "video"), ("GEO", "Willis Wharf"), ("DATE", "7/28")],
    note="video stated to show the patient -> PHOTO cue; 89 is not over 89 and is not labelled; 'Junior' is his "
    "given name as used",
)
# 37
n(
    "en",
    "health_tip",
    "Heading out on the water? File a float plan, wear your PFD, and keep a VHF on channel 16. Our Oceanfront "
    "Emergency Center at 4200 Lynnhaven Marsh Road treated 40 boating injuries last summer.",
    "tip and the hospital's address",
)
# 38
p(
    "en",
    "pasted_record",
    "SHORE CLINIC INTAKE  |  Pt: Eldridge T. Bundick  |  Age: 93  |  Addr: 16 Birdneck Rd, Onancock  |  "
    "Ph 757-555-0166  |  Emergency contact: son Wayne Bundick 757-555-0167  |  Medicare ID 8WQ4-TE5-MK72  |  "
    "MRN 00391275  |  Pacemaker SN PJN804512S",
    [
        ("NAME", "Eldridge T. Bundick"),
        ("AGE", "93"),
        ("GEO", "16 Birdneck Rd"),
        ("GEO", "Onancock"),
        ("PHONE", "757-555-0166"),
        ("NAME", "Wayne Bundick"),
        ("PHONE", "757-555-0167"),
        ("HEALTH_PLAN", "8WQ4-TE5-MK72"),
        ("MRN", "00391275"),
        ("DEVICE", "PJN804512S"),
    ],
    note="pasted intake: every field is an identifier; Medicare beneficiary id -> HEALTH_PLAN",
)
# 39
n(
    "en",
    "public_figure",
    "Fun fact for the kids on 3 North: Marguerite Henry's 'Misty of Chincoteague' came out in 1947, and the real "
    "Misty's hoofprints are still at the old theater on the island. We have two copies in the playroom library!",
    "public figure, book, and a famous pony",
)
# 40
p(
    "en",
    "memorial",
    "Rest easy, Captain Dickie Jester. He ran the oyster boat Three Sons out of Chincoteague for fifty years and "
    "passed in our ICU on Valentine's Day with his wife of 61 years, Opal, at his side. Donations to the "
    "Chincoteague Volunteer Fire Company, which ran his ambulance more times than he'd admit.",
    [
        ("NAME", "Dickie Jester"),
        ("GEO", "Chincoteague"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Opal"),
    ],
    note="the home town is GEO; the second 'Chincoteague' is inside the fire company's name (an organisation, "
    "not his geography) and is declared unlabelled; boat name not labelled",
    ok=("Chincoteague",),
)
# ---------------------------------------------------------------- beaches, rip currents, hurricanes
# 41
n(
    "en",
    "health_tip",
    "Rip current statement in effect for Sandbridge and the Oceanfront through Sunday. If you're caught: don't "
    "fight it, swim parallel to shore, float and wave. Lifeguards are on the stands 9:30-6 from 1st to 42nd "
    "Street. #TidewaterTough",
    "beach advisory: places and hours, no patient",
)
# 42
p(
    "en",
    "patient_story",
    "Update on the 13-year-old boy pulled from a rip current off 24th Street yesterday: he's awake, talking, and "
    "asked the PICU nurses for Chick-fil-A. Thank you to the VB lifeguards and Medic 14.",
    [("GEO", "24th Street")],
    note="decision: the place of the patient's injury is GEO (as the road of a crash), which makes this unnamed "
    "story patient-specific; age 13 and the ambulance unit are not identifiers",
)
# 43
n(
    "en",
    "statistic",
    "In 2024 our Oceanfront Emergency Center treated 212 rip-current and surf injuries between Memorial Day and "
    "Labor Day; 31 were visitors under 18 and 9 were older than 90. Swim near a lifeguard.",
    "statistics; holiday names are not patient dates; 'older than 90' is a population",
)
# 44
p(
    "en",
    "memorial",
    "We lost our boy Trey at Sandbridge on August 16. He was 15 and a strong swimmer. If one parent reads this "
    "and teaches their kid to float with a rip, his life meant even more. #TreysWave -- Monica & Darnell Foreman "
    "(foremanfamily757@example.com for the swim-lesson fund)",
    [
        ("NAME", "Trey"),
        ("GEO", "Sandbridge"),
        ("DATE", "August 16"),
        ("NAME", "#TreysWave"),
        ("NAME", "Monica"),
        ("NAME", "Darnell Foreman"),
        ("EMAIL", "foremanfamily757@example.com"),
    ],
    note="name hashtag -> NAME; parents' names; age 15 is not labelled",
)
# 45
n(
    "en",
    "crisis_update",
    "Hurricane Ernesto update, 5pm: our Chincoteague Island Clinic closes at noon Thursday and reopens when "
    "Route 175 is clear. Dialysis patients from Accomack County have been rescheduled at our Norfolk campus; call "
    "757-555-0108 with questions. The ED is not a shelter.",
    "storm name, county of a patient population, the hospital's storm line",
)
# 46
p(
    "en",
    "crisis_update",
    "During last week's evacuation our team moved 41 patients from the Oceanfront to Norfolk. One of them, "
    "Mr. Alonzo Whitehurst (he asked us to say his name!), celebrated his 90th birthday in the ambulance bay with a "
    "Duck Donuts candle. Happy birthday, Mr. Whitehurst!",
    [("NAME", "Alonzo Whitehurst"), ("NAME", "Whitehurst", 2), ("AGE", "90th")],
    note="crisis post that names one patient; 90th is over 89",
)
# 47
p(
    "en",
    "patient_story",
    "20 years ago our grandmother Viola Sawyer rode out Isabel in her house on Bay Avenue and refused to leave. "
    "This time she let the Storm Team carry her out at 94 years old. Thank you Bayside for the cot, the "
    "oxygen and the peach cobbler. #IsabelCouldntMoveHer",
    [("NAME", "Viola Sawyer"), ("GEO", "Bay Avenue"), ("AGE", "94")],
    note="'Isabel' is a hurricane, not a person; the hashtag is about the storm, not a patient's name",
)
# 48
n(
    "en",
    "crisis_update",
    "Tidal flooding at high tide (7:40 pm): the Colley Avenue entrance to our Norfolk campus is closed. Use the "
    "main entrance at 1500 Bayside Tidewater Parkway. Do not drive through standing water -- it is salt water "
    "and it will ruin your car.",
    "hospital's entrances and address",
)
# 49
p(
    "en",
    "crisis_update",
    "STORM LINE LOG 09/18 - caller: daughter of pt GLADYS HOLLOMAN 97F (MRN 00299514), home O2, 118 Pinewood Dr, Poquoson, "
    "needs transport; daughter cell 757-555-0172. Routed to Peninsula campus. -- (internal, do not post)",
    [
        ("DATE", "09/18"),
        ("NAME", "GLADYS HOLLOMAN"),
        ("AGE", "97F"),
        ("MRN", "00299514"),
        ("GEO", "118 Pinewood Dr"),
        ("GEO", "Poquoson"),
        ("PHONE", "757-555-0172"),
    ],
    note="internal note posted by accident; '97F' is one token, so the sex letter stays in the AGE span; the date of the call is the "
    "patient's transport request",
)
# 50
n(
    "en",
    "crisis_update",
    "Evacuation Zone A residents of Virginia Beach and Norfolk: if a family member depends on oxygen or dialysis, "
    "register now with the Storm & Evacuation Information Line, 757-555-0108. #KnowYourZone",
    "population instructions; the hospital's line",
)
# ---------------------------------------------------------------- Tidewater Black communities
# 51
p(
    "en",
    "thank_you",
    "To the 4 North nurses: y'all took care of my mama, Mother Ernestine Boone, like she was your own. She went "
    "home to Glory on Juneteenth, the same day she was born 94 years before. We will never forget Nurse Keisha "
    "and Dr. Okafor. -- the Boone family, Cavalier Manor",
    [
        ("NAME", "Ernestine Boone"),
        ("DATE", "Juneteenth"),
        ("AGE", "94"),
        ("NAME", "Boone", 2),
        ("GEO", "Cavalier Manor"),
    ],
    note="'Mother' is a church title; death and birth on Juneteenth -> DATE; staff not labelled",
)
# 52
n(
    "en",
    "event",
    "Save the date: Juneteenth Health Fair, Thursday June 19, 10-2, at our Peninsula campus, 800 Warwick Landing "
    "Boulevard. Free BP checks, sickle cell trait info, and Miss Gloria's famous sweet tea (Gloria has "
    "volunteered with us for 22 years!).",
    "event date; the volunteer is not labelled; hospital address",
)
# 53
p(
    "en",
    "patient_story",
    "praying for my nephew tay'shawn \U0001f64f\U0001f3fe he been in the PICU since the 4th of July fireworks mess "
    "in Berkley. auntie love you lil man",
    [("NAME", "tay'shawn"), ("DATE", "4th of July"), ("GEO", "Berkley")],
    note="lower-case name with apostrophe; injury date (holiday written as a date); neighbourhood of the injury",
)
# 54
p(
    "en",
    "discharge",
    "Shout out to Pooh and Man-Man from Park Place who sat with their granddaddy every single night on 7 South. "
    "Mr. Clarence Spratley, you got some good grandbabies. Home today! \U0001f3e0",
    [("NAME", "Pooh"), ("NAME", "Man-Man"), ("GEO", "Park Place"), ("NAME", "Clarence Spratley")],
    note="grandchildren's nicknames are relatives' names; their neighbourhood is GEO",
)
# 55
p(
    "en",
    "birth_announcement",
    "Born on Juneteenth! Welcome Zion Amir Tabb, 7 lb 2 oz, to proud parents Kiara and DeShawn of Huntersville. "
    "Granddaddy says Zion is gonna be a Booker T. Washington Bookers fan just like him.",
    [
        ("DATE", "Juneteenth"),
        ("NAME", "Zion Amir Tabb"),
        ("NAME", "Zion", 2),
        ("NAME", "Kiara"),
        ("NAME", "DeShawn"),
        ("GEO", "Huntersville"),
    ],
    note="school team named for a public figure is not labelled (a school is not an identifier)",
)
# 56
p(
    "en",
    "memorial",
    "Big Mama Lula Mae Faulcon raised nine children on Dozier's Corner and fed half of Bowers Hill besides. She "
    "went home to be with the Lord on the 23rd of January, two weeks before she would have turned 99. Our "
    "chaplain Rev. Tate was honored to sit with the family. \U0001f54a\ufe0f",
    [
        ("NAME", "Lula Mae Faulcon"),
        ("GEO", "Dozier's Corner"),
        ("GEO", "Bowers Hill"),
        ("DATE", "23rd of January"),
        ("AGE", "99"),
    ],
    note="'Big Mama' is a kinship title; the chaplain is staff",
)
# 57
n(
    "en",
    "sponsor",
    'Big thanks to retired pipefitter Reginald "Reggie" Outlaw, 38 years at Newport News Shipbuilding, who gave '
    "$10,000 to our cardiac rehab gym in memory of his shipmates. The new rowing machines have his name on them!",
    "a donor (not introduced as a patient's relative): his name, nickname and former employer are not labelled",
)
# 58
n(
    "en",
    "public_figure",
    "Hampton Roads legend: Mary Jackson grew up in Hampton and became NASA's first Black female engineer. This "
    "Black History Month our STEM camp for girls is named in her honor -- register at baysidetidewater.org/stem.",
    "public figure and the hospital's domain",
)
# 59
p(
    "en",
    "patient_story",
    "Deacon Major Whitfield is 90 years old and has not missed a Sunday at Mount Olive in 60 years -- until his "
    "hip. So the choir came to him: room 617, Sunday at 2. Pastor said it's the first time the Holy Ghost had to "
    "take the elevator. \U0001f64c\U0001f3fe",
    [("NAME", "Major Whitfield"), ("AGE", "90"), ("OTHER_ID", "room 617")],
    note="'Deacon' is a church title; 'Major' is his given name, not a rank; the church is not an identifier",
)
# 60
n(
    "en",
    "anonymous_story",
    "A grandmother in her 80s told our ED nurse last week: 'Baby, I raised six and buried two, a broken wrist "
    "ain't nothing.' We see you, Tidewater grandmothers. \U0001f49c",
    "unnamed patient, age under 90, relative date",
)
# 61
p(
    "en",
    "memorial",
    'Homegoing service for Brother Cornelius "Nee" Harrell, 92, of Lake Edward will be Saturday, 11am. He '
    "passed on Watch Night, at 11:58, like he was waiting to see the new year in. His daughter Vonda says thank "
    "you to 5 West; cards to vonda.harrell@example.net.",
    [
        ("NAME", 'Cornelius "Nee" Harrell'),
        ("AGE", "92"),
        ("GEO", "Lake Edward"),
        ("DATE", "Watch Night"),
        ("NAME", "Vonda"),
        ("EMAIL", "vonda.harrell@example.net"),
    ],
    note="'Brother' is a church title; Watch Night (Dec 31) is a named day on which he died -> DATE; the service "
    "weekday and time are not labelled",
)
# 62
n(
    "en",
    "eponymous_condition",
    "Sickle cell warriors, we see you. Our hematology clinic offers same-week visits for pain crises and "
    "hydroxyurea follow-up. September is Sickle Cell Awareness Month -- #SickleCellStrong",
    "condition and an awareness month; campaign hashtag",
)
# 63
p(
    "en",
    "patient_story",
    "lmaooo who told Peaches she could walk the halls in her church hat. 4 days post-op and she's preaching to "
    "the whole 6th floor. we love you Ms. Peaches \U0001f60d #PrayForPeaches",
    [("NAME", "Peaches", "*"), ("NAME", "#PrayForPeaches")],
    note="nickname that is a word; Ms. is a title; name hashtag as one span",
)
# 64
n(
    "en",
    "campaign_hashtag",
    "Tidewater Tough means showing up for each other. Tag a neighbor who checks on you during the storm with "
    "#TidewaterTough and #757Strong.",
    "campaign hashtags only",
)
# ---------------------------------------------------------------- shipyards, employers, pasted records
# 65
p(
    "en",
    "pasted_record",
    "Occ Health intake (pls delete): Name: HOLLOWAY, DERRICK L | DoD ID 1502284917 | Employer: Norfolk Naval "
    "Shipyard, Shop 26 (welders) | DOB 22APR79 | MRN 00618830 | Cell 757-555-0163 | Email "
    "dholloway26@example.net | c/o lead exposure f/u",
    [
        ("NAME", "HOLLOWAY, DERRICK L"),
        ("OTHER_ID", "1502284917"),
        ("NAME", "Norfolk Naval Shipyard"),
        ("DATE", "22APR79"),
        ("MRN", "00618830"),
        ("PHONE", "757-555-0163"),
        ("EMAIL", "dholloway26@example.net"),
    ],
    note="military-style date with attached year; civilian DoD ID -> OTHER_ID; the shop is a department and is "
    "not labelled",
)
# 66
n(
    "en",
    "eponymous_condition",
    "Shipyard retirees: if your fingers turn white and numb in the cold, it may be Raynaud's phenomenon, and "
    "decades of pneumatic tools can cause it. Our Occupational Health clinic at 2 Crawford Point Road sees "
    "former Norfolk Naval Shipyard workers every Tuesday. Call 757-555-0110.",
    "eponymous condition; former employer of a population, not of a patient; hospital address and line",
)
# 67
n(
    "en",
    "research",
    "New from our pulmonary group with Old Dominion University: shipyard retirees with asbestos exposure had 2.3 "
    "times the rate of pleural plaques. 418 participants from Portsmouth, Chesapeake and Suffolk. Published May 2025.",
    "research on a population; publication date",
)
# 68
p(
    "en",
    "patient_story",
    "Mesothelioma awareness day hits different this year. My granddad Otis Brickhouse worked 41 years in the "
    "pipe shop at the shipyard, lived his whole life in Portsmouth, and we lost him on 9/26, the day of the walk. Wear blue for him today.",
    [("NAME", "Otis Brickhouse"), ("GEO", "Portsmouth"), ("DATE", "9/26")],
    note="'the shipyard' is not a named employer; his home city is GEO; the awareness day is not named, "
    "his death date '9/26' is labelled; 'today' is relative",
)
# 69
p(
    "en",
    "pasted_record",
    "EMAIL FWD (sent to social by mistake): From: tanisha.brickle@example.com -- 'Please update my mom's chart, "
    "CARTER, BERNICE, MRN 00720044, new address 2209 Chestnut Ave, Newport News 23607, home phone "
    "(757) 555-0158. She retired from Ferguson Enterprises last month.'",
    [
        ("EMAIL", "tanisha.brickle@example.com"),
        ("NAME", "CARTER, BERNICE"),
        ("MRN", "00720044"),
        ("GEO", "2209 Chestnut Ave"),
        ("GEO", "Newport News"),
        ("GEO", "23607"),
        ("PHONE", "(757) 555-0158"),
        ("NAME", "Ferguson Enterprises"),
    ],
    note="daughter's email (relative); the patient's former employer is NAME",
)
# 70
n(
    "en",
    "sponsor",
    "Thank you to Tidewater Tug & Barge for sponsoring this year's Harborfest Fun Run -- $25,000 for pediatric "
    "trauma! Pictured: CEO Dwayne Ferebee with our trauma team at Town Point Park.",
    "sponsor and its CEO; the photo shows staff and a donor, not a patient",
)
# 71
p(
    "en",
    "discharge",
    'Going home day for Cpl. Antwan "Twan" Mebane, USMC -- wait, Marine Corps is not a Navy thing but we\'ll allow '
    "it \U0001f602 Antwan was hurt on Route 17 in Gloucester on 4/21 and spent 26 days with us. His wife Shay and "
    "daughter Nia drove him out. Semper Fi!",
    [
        ("NAME", 'Antwan "Twan" Mebane'),
        ("NAME", "Antwan", 2),
        ("GEO", "Route 17"),
        ("GEO", "Gloucester"),
        ("DATE", "4/21"),
        ("NAME", "Shay"),
        ("NAME", "Nia"),
    ],
    note="rank Cpl. excluded; the service branch is not an employer name; crash road and county are GEO",
)
# 72
n(
    "en",
    "staff_spotlight",
    "Our own Dr. Leon Parkinson (yes, really) was named Hampton Roads Physician of the Year. He says he gets "
    "asked about the disease at least twice a week.",
    "staff member whose surname is an eponym; no patient",
)
# 73
n(
    "en",
    "eponymous_condition",
    "Parkinson's support group meets the 2nd Tuesday of each month at our Peninsula campus. Boxing-based "
    "exercise class starts September 9. All welcome.",
    "eponymous condition; event dates",
)
# 74
p(
    "en",
    "pasted_record",
    "PT PORTAL TICKET #55102 (do not post) - user 'crabcakequeen77' locked out from IP 198.51.100.23; patient "
    "GARNER, LOUISE M, DOB 3/3/41, acct 7700412238, callback 757-555-0144 (granddaughter Tiana).",
    [
        ("OTHER_ID", "crabcakequeen77"),
        ("IP", "198.51.100.23"),
        ("NAME", "GARNER, LOUISE M"),
        ("DATE", "3/3/41"),
        ("ACCOUNT", "7700412238"),
        ("PHONE", "757-555-0144"),
        ("NAME", "Tiana"),
    ],
    note="portal user name -> OTHER_ID; the ticket number is the hospital's own and not labelled",
)
# 75
n(
    "en",
    "hospital_contact",
    "New MyBayside portal! Log in at mybayside.baysidetidewater.org to see results, message your care team and "
    "pay bills. Help desk: 757-555-0100 option 4. We will never ask for your password by phone.",
    "hospital portal domain and main line",
)
# ---------------------------------------------------------------- Filipino-American families
# 76
p(
    "en",
    "patient_story",
    "Our Filipino-American nurses' choir sang for Lola Ising Manalo in room 512 last night -- her Simbang Gabi "
    "wish. She's 97 and has not missed the novena since she was a girl in San Fernando. Maraming salamat, team.",
    [("NAME", "Ising Manalo"), ("OTHER_ID", "room 512"), ("AGE", "97"), ("GEO", "San Fernando")],
    note="Lola is a title; Simbang Gabi here is a devotion, not the date of her event; her birthplace abroad is GEO",
)
# 77
p(
    "en",
    "birth_announcement",
    "Baby girl Princess Joy Macaraeg arrived Dec 16, the first night of Simbang Gabi! Her Lola Pacita flew in "
    "from Cebu and her Tito Bong made lumpia for the whole floor. Congrats Macaraeg family! \U0001f31f",
    [
        ("NAME", "Princess Joy Macaraeg"),
        ("DATE", "Dec 16"),
        ("DATE", "first night of Simbang Gabi"),
        ("NAME", "Pacita"),
        ("GEO", "Cebu"),
        ("NAME", "Bong"),
        ("NAME", "Macaraeg", 2),
    ],
    note="given names that are words; the same day named twice (Dec 16 and the first night of Simbang Gabi) -> "
    "both labelled; Lola/Tito are titles; this 'Bong' is the baby's uncle (a relative)",
)
# 78
n(
    "en",
    "event",
    "Simbang Gabi at the hospital chapel: Fr. Dennis Abad will say the dawn mass December 16-24 at 5:30am for "
    "staff, patients and families. Puto bumbong after! #BaysideStrong",
    "event dates and a priest (not a patient)",
)
# 79
p(
    "en",
    "patient_story",
    "Ate Girlie, my mom, has been in the CVICU since Nov. 2nd. Our family group chat is blowing up so please "
    "just email me instead: marivic.sarmiento@example.org. Pls don't call Tatay, he's 91 and can't hear. "
    "Salamat po sa lahat.",
    [
        ("NAME", "Girlie"),
        ("DATE", "Nov. 2nd"),
        ("EMAIL", "marivic.sarmiento@example.org"),
        ("AGE", "91"),
    ],
    note="Ate is a title, 'Girlie' a Filipino given nickname; the patient's daughter's email; the father's age "
    "over 89 is a relative's age",
)
# 80
n(
    "en",
    "health_tip",
    "Kain na! But go easy on the bagoong and the lechon skin if you're watching your blood pressure. Our "
    "dietitians can help you keep Lola's adobo on the table -- the heart-healthy way. Tagalog handouts available.",
    "tip; 'Lola' is a generic family figure here, not a patient",
)
# 81
p(
    "en",
    "thank_you",
    "thank u to the ICU team for taking care of our tatay Dodong Villaflor after his stroke on the 14th. he "
    "worked 30 yrs as a cook for the Navy then at Doumar's, and he keeps asking for his cones \U0001f366 "
    "-- the Villaflor kids, Little Creek",
    [
        ("NAME", "Dodong Villaflor"),
        ("DATE", "14th"),
        ("NAME", "Doumar's"),
        ("NAME", "Villaflor", 2),
        ("GEO", "Little Creek"),
    ],
    note="'Dodong' is a nickname used as his name; the civilian employer (a diner) is NAME; the Navy as an "
    "employer is a population, not labelled",
)
# 82
p(
    "en",
    "memorial",
    'Rest in peace, Manong Felipe "Boy" Tolentino, a Navy steward for 30 years and the first man to teach half '
    "of Virginia Beach how to make pancit. He died at 103 on the morning of All Saints' Day, surrounded by his "
    "apo. Undas will never be the same.",
    [("NAME", 'Felipe "Boy" Tolentino'), ("AGE", "103"), ("DATE", "All Saints' Day")],
    note="Manong is a title; death on a named holiday -> DATE; 'Undas' here names the season of remembrance "
    "in general, not his date",
)
# 83
p(
    "en",
    "pasted_record",
    "Bed board 0700 (posted to the wrong group, sorry): 3W-08 ESPIRITU, R. 'Bing' -- NPO for cath; 3W-09 "
    "LAGMAN, CONCHITA 90F -- fall risk; 3W-10 empty",
    [("NAME", "ESPIRITU, R."), ("NAME", "Bing"), ("NAME", "LAGMAN, CONCHITA"), ("AGE", "90F")],
    note="bare bed codes without a keyword are not labelled (the rules: the number alone is not an "
    "identifier); '90F' is one token; 'Bing' is a quoted nickname",
)
# 84
n(
    "en",
    "public_figure",
    "Proud to host Rep. Bobby Scott and Filipino-American Navy veterans at our Norfolk campus on October 25 for "
    "Filipino American History Month. Special thanks to the Filipino American Veterans Association.",
    "public figure; event date; organisation",
)
# 85
p(
    "en",
    "patient_story",
    "Shoutout to my Lola Remedios, 99 years old and still beating everyone at mahjong on the 5th floor. "
    "Tita Luz says she cheats. \U0001f602 #LolaRemediosFan",
    [("NAME", "Remedios"), ("AGE", "99"), ("NAME", "Luz"), ("NAME", "#LolaRemediosFan")],
    note="titles Lola/Tita excluded from plain names; the hashtag containing her name is one NAME span",
)
# 86
n(
    "en",
    "anonymous_story",
    "A Lola in our dialysis unit brought turon for the entire staff on her last treatment day. We will not name "
    "her because she would be embarrassed -- but thank you, Lola. \U0001f34c",
    "unnamed patient; 'Lola' is a kinship word, not a name",
)
# ---------------------------------------------------------------- more Navy: deployments, homecomings
# 87
p(
    "en",
    "thank_you",
    "My husband was on the USS Harry S. Truman when our son Mateo was born at 28 weeks on January 9. Y'all "
    "FaceTimed him into the NICU every day for 71 days. Mateo comes home today. -- Alexis Ferreira-Lynch",
    [
        ("NAME", "USS Harry S. Truman"),
        ("NAME", "Mateo", "*"),
        ("DATE", "January 9"),
        ("NAME", "Alexis Ferreira-Lynch"),
    ],
    note="the father's ship is his employer (NAME) even though it carries a president's name; double surname",
)
# 88
n(
    "en",
    "public_figure",
    "The USS Harry S. Truman returned to Norfolk on Sunday after an eight-month deployment. Welcome home, "
    "sailors -- our Military & Veteran Family Services team is at 757-555-0107 if your family needs us.",
    "ship and public figure's name in a news post; no patient",
)
# 89
p(
    "en",
    "patient_story",
    "Homecoming was supposed to be on the pier but Lamar had other plans \U0001f602 his appendix ruptured at sea "
    "and the Navy flew him straight to us. Picture: Lamar's wife Destiny and their girls (Ivy and June) with "
    "their signs in room 714!",
    [
        ("NAME", "Lamar", "*"),
        ("PHOTO", "Picture"),
        ("NAME", "Destiny"),
        ("NAME", "Ivy"),
        ("NAME", "June"),
        ("OTHER_ID", "room 714"),
    ],
    note="daughters' names that are words (Ivy, June); 'June' is a name, not a date here; photo cue",
)
# 90
n(
    "en",
    "anonymous_story",
    "Our youngest patient this week was born to a Navy family during a thunderstorm so loud the baby's big "
    "sister thought the ship was coming home early.",
    "unnamed, no identifiers",
)
# 91
p(
    "en",
    "patient_story",
    "Can't make homecoming? We got you. Little Declan (5 days old) watched his dad's ship come in on the NICU "
    "iPad. Tag @declans_navy_life for the full video \u2693 #HomecomingHugs",
    [("NAME", "Declan"), ("OTHER_ID", "@declans_navy_life")],
    note="family's social handle -> OTHER_ID; 'Little' descriptive; campaign tag not labelled; the video is "
    "of the ship, not a photo of the patient",
)
# 92
p(
    "en",
    "pasted_record",
    "Transfer note: LT (j.g.) Hanna Kowalczyk, USS Gerald R. Ford, DOB 1996-08-30, DoD ID 1620938475, DBN "
    "16209384750, MRN BT-00814422, admitted 2025-06-11 after MVA on I-264 near Witchduck Rd.",
    [
        ("NAME", "Hanna Kowalczyk"),
        ("NAME", "USS Gerald R. Ford"),
        ("DATE", "1996-08-30"),
        ("OTHER_ID", "1620938475"),
        ("HEALTH_PLAN", "16209384750"),
        ("MRN", "BT-00814422"),
        ("DATE", "2025-06-11"),
        ("GEO", "I-264"),
        ("GEO", "Witchduck Rd"),
    ],
    note="ISO dates; DoD ID (OTHER_ID) and its 11-digit Benefits Number (HEALTH_PLAN) differ by one digit; "
    "crash road and cross street are GEO",
)
# 93
n(
    "en",
    "statistic",
    "Homecoming season stats from our Portsmouth Mother-Baby unit: 63 babies born while a parent was deployed "
    "this year, and 11 dads met their babies for the first time on the pier.",
    "counts only",
)
# 94
p(
    "en",
    "patient_story",
    "Petty Officer Second Class (that's what her stripes say) Jasmine Okonkwo-Reyes donated a kidney to her "
    "brother Tobias on 5/5 -- Cinco de Mayo, they'll never forget it. Both doing great on 8 East.",
    [
        ("NAME", "Jasmine Okonkwo-Reyes"),
        ("NAME", "Tobias"),
        ("DATE", "5/5"),
        ("DATE", "Cinco de Mayo"),
    ],
    note="both donor and recipient are patients; the same day written twice -> both labelled; rank excluded",
)
# 95
n(
    "en",
    "recruitment",
    "Transitioning out of the Navy? Former corpsmen: our Corpsman-to-RN bridge pays your tuition. Info session "
    "Wednesday, August 6, 6pm, Portsmouth Pavilion. RSVP: media@baysidetidewater.org",
    "recruitment; event date; hospital email",
)
# 96
p(
    "en",
    "memorial",
    'In memory of Master Chief Isaiah "Ike" Bellamy, USN (Ret.), a plank owner of the USS Dwight D. Eisenhower, '
    "who died on Pearl Harbor Day at the age of 95. His wife Queen Esther and his sons asked us to share.",
    [
        ("NAME", 'Isaiah "Ike" Bellamy'),
        ("NAME", "USS Dwight D. Eisenhower"),
        ("DATE", "Pearl Harbor Day"),
        ("AGE", "95"),
        ("NAME", "Queen Esther"),
    ],
    note="his nickname 'Ike' coincides with the ship's nickname; his (former) ship is his employer; his wife's "
    "given name 'Queen Esther' contains a word used as a title elsewhere",
)
# 97
n(
    "en",
    "event",
    "Pearl Harbor Remembrance Day, December 7: our Norfolk campus will pause at 12:55pm for a moment of "
    "silence. The USS Wisconsin's bell will ring once for every Hampton Roads sailor lost that day.",
    "event date and historic ship",
)
# ---------------------------------------------------------------- Spanish block 1
# 98
p(
    "es",
    "birth_announcement",
    "\u00a1Bienvenida, Valentina Cruz Rivera! Naci\u00f3 el 6 de enero, D\u00eda de Reyes, en nuestro campus de "
    "Portsmouth. Su pap\u00e1, el maquinista Cruz, est\u00e1 desplegado en el USS Bataan y la conoci\u00f3 por "
    "videollamada. \U0001f451",
    [
        ("NAME", "Valentina Cruz Rivera"),
        ("DATE", "6 de enero"),
        ("DATE", "D\u00eda de Reyes"),
        ("NAME", "Cruz", 2),
        ("NAME", "USS Bataan"),
    ],
    note="el mismo d\u00eda escrito dos veces -> dos DATE; el buque del padre es su empleador (NAME)",
)
# 99
p(
    "es",
    "milestone_birthday",
    "Do\u00f1a Altagracia Pe\u00f1a cumpli\u00f3 95 a\u00f1os en la habitaci\u00f3n 614 y las enfermeras le "
    "cantaron Cumplea\u00f1os Feliz con merengue de fondo. Sus nietos de Kempsville le trajeron habichuelas con "
    "dulce. \U0001f1e9\U0001f1f4",
    [
        ("NAME", "Altagracia Pe\u00f1a"),
        ("AGE", "95"),
        ("OTHER_ID", "habitaci\u00f3n 614"),
        ("GEO", "Kempsville"),
    ],
    note="do\u00f1a es t\u00edtulo; '95 a\u00f1os' -> '95'; barrio de los nietos (familia) -> GEO",
)
# 100
n(
    "es",
    "health_tip",
    "Corrientes de resaca en la playa de Virginia Beach: no luche contra la corriente, nade paralelo a la orilla "
    "y pida ayuda. Los salvavidas est\u00e1n de 9:30 a 6. En una emergencia llame al 911.",
    "consejo de salud; l\u00ednea nacional",
)
# 101
p(
    "es",
    "patient_story",
    "Gracias a Dios y al equipo de la UCI pedi\u00e1trica: mi hijo Yadiel sali\u00f3 del agua en Sandbridge sin "
    "respirar el 12 de julio y hoy ya pide pizza. Mami (Keishla) nunca los va a olvidar. \U0001f64f",
    [("NAME", "Yadiel"), ("GEO", "Sandbridge"), ("DATE", "12 de julio"), ("NAME", "Keishla")],
    note="lugar del ahogamiento -> GEO; fecha del evento del paciente",
)
# 102
n(
    "es",
    "hospital_contact",
    "\u00bfNecesita un int\u00e9rprete? Es gratis. Ll\u00e1menos al 757-555-0100 y pida espa\u00f1ol, o escriba a "
    "interpretes@baysidetidewater.org. Tambi\u00e9n hay tagalo.",
    "l\u00ednea y correo del hospital",
)
# 103
p(
    "es",
    "pasted_record",
    'NOTA INTERNA (no publicar): Pte. MORALES GARC\u00cdA, JES\u00daS "Chuy" - expediente 00559081 - trabaja en '
    "Eastern Shore Poultry, Accomac - tel. 757-555-0185 - esposa Rosa, correo rosamorales.shore@example.com - "
    "corte con cuchillo el 3/9",
    [
        ("NAME", "MORALES GARC\u00cdA, JES\u00daS"),
        ("NAME", "Chuy"),
        ("MRN", "00559081"),
        ("NAME", "Eastern Shore Poultry"),
        ("GEO", "Accomac"),
        ("PHONE", "757-555-0185"),
        ("NAME", "Rosa"),
        ("EMAIL", "rosamorales.shore@example.com"),
        ("DATE", "3/9"),
    ],
    note="empleador -> NAME; 'Pte.' (paciente) no forma parte del nombre; apodo sin comillas",
)
# 104
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas no es com\u00fan en Virginia, pero si usted creci\u00f3 en zonas rurales de M\u00e9xico "
    "o Centroam\u00e9rica, pregunte a su m\u00e9dico por la prueba. Es gratis en nuestra cl\u00ednica de "
    "Newport News.",
    "enfermedad ep\u00f3nima; pa\u00edses, no pacientes",
)
# 105
p(
    "es",
    "memorial",
    'Descansa en paz, abuela Mercedes "Meche" Ort\u00edz Santiago, centenaria de Aguadilla que lleg\u00f3 a '
    "Norfolk con la Marina de su esposo. Se nos fue en Nochebuena, como ella quer\u00eda: con su familia y un "
    "plato de pasteles. Gracias al 5 Oeste.",
    [
        ("NAME", 'Mercedes "Meche" Ort\u00edz Santiago'),
        ("AGE", "centenaria"),
        ("GEO", "Aguadilla"),
        ("GEO", "Norfolk"),
        ("DATE", "Nochebuena"),
    ],
    note="'centenaria' indica edad > 89; ciudad natal y de residencia -> GEO; 'la Marina' no es nombre de "
    "empleador",
)
# 106
n(
    "es",
    "event",
    "Feria de salud del Mes de la Herencia Hispana: s\u00e1bado 20 de septiembre, 10 a 2, en 800 Warwick Landing "
    "Boulevard. Vacunas, presi\u00f3n arterial y m\u00fasica de la banda Sabor Tidewater.",
    "fecha del evento y direcci\u00f3n del hospital",
)
# 107
p(
    "es",
    "patient_story",
    "A la Nena (as\u00ed le dice todo Seatack a Yesenia Ortiz) la operaron del coraz\u00f3n el 14 de febrero. "
    "Su t\u00eda Milagros dice que fue el mejor regalo de San Valent\u00edn. \u2764\ufe0f",
    [
        ("NAME", "Nena"),
        ("GEO", "Seatack"),
        ("NAME", "Yesenia Ortiz"),
        ("DATE", "14 de febrero"),
        ("DATE", "San Valent\u00edn"),
        ("NAME", "Milagros"),
    ],
    note="'Nena' es apodo usado como nombre; el mismo d\u00eda nombrado dos veces -> dos DATE; 'Milagros' es "
    "nombre y palabra",
)
# ---------------------------------------------------------------- more English
# 108
p(
    "en",
    "patient_story",
    "Please share \U0001f64f Our son Bryce was hit by a car on Shore Drive by the Lesner Bridge on 8/3. He is in the "
    "trauma ICU at Bayside Tidewater. Anything helps: gofundme.example/f/bryce-strong-757 #BryceStrong",
    [
        ("NAME", "Bryce"),
        ("GEO", "Shore Drive"),
        ("GEO", "Lesner Bridge"),
        ("DATE", "8/3"),
        ("URL", "gofundme.example/f/bryce-strong-757"),
        ("NAME", "#BryceStrong"),
    ],
    note="crash road and landmark; the family's fundraiser URL; name hashtag",
)
# 109
p(
    "en",
    "patient_story",
    "Pictured: Deja-Rae Hargrove, 8, ringing the bell after her last round of chemo with her little brother Tru. "
    "Her mom Nikki gave us permission to share. \U0001f514\U0001f49c #DejaStrong",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Deja-Rae Hargrove"),
        ("NAME", "Tru"),
        ("NAME", "Nikki"),
        ("NAME", "#DejaStrong"),
    ],
    note="photo cue; hyphenated name; brother and mother",
)
# 110
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Billing: 757-555-0109, M-F 8-5. Records requests: fax Health Information at "
    "757-555-0111. Main line 757-555-0100. We will never ask for your SSN by text.",
    "the hospital's own numbers",
)
# 111
p(
    "en",
    "pasted_record",
    "FAX COVER (attached to a post by mistake) -- To: Darius Whitley (son), fax 757-555-0176 -- Re: WHITLEY, "
    "MAE FRANCES, MRN 00350471, DOB 12/25/1939, discharge 10/04 -- From: HIM, Bayside Tidewater, fax 757-555-0111",
    [
        ("NAME", "Darius Whitley"),
        ("FAX", "757-555-0176"),
        ("NAME", "WHITLEY, MAE FRANCES"),
        ("MRN", "00350471"),
        ("DATE", "12/25/1939"),
        ("DATE", "10/04"),
    ],
    note="the son's fax (relative) is FAX; the hospital's own fax is not labelled; born 1939 -> not over 89",
)
# 112
n(
    "en",
    "health_tip",
    "Heat index 108 at the Oceanfront today. Drink water before you're thirsty, take breaks in the shade, and "
    "check on older neighbors -- especially anyone over 90 living alone.",
    "tip; population age",
)
# 113
n(
    "en",
    "staff_spotlight",
    "update from 6 West: our charge nurse is back from maternity leave and already bossing the residents. "
    "bernadette ricks-fulford is BACK y'all \U0001f602\U0001f602 the Berkley girls on nights made her a banner",
    "a staff member written in lower case; the staff's neighbourhood group is not a patient's geography",
)
# 114
n(
    "en",
    "eponymous_condition",
    "Down syndrome doesn't slow down our Buddy Walk team! Join Team Bayside at Mount Trashmore on October 18.",
    "eponymous condition; event date and venue",
)
# 115
p(
    "en",
    "discharge",
    "After 112 days, NICU grad Honor Blessing Adeyemi went home to Lakeland in Suffolk on 11/14. Her brothers "
    "Noble and True held the door. \U0001f476\U0001f3fe",
    [
        ("NAME", "Honor Blessing Adeyemi"),
        ("GEO", "Lakeland"),
        ("GEO", "Suffolk"),
        ("DATE", "11/14"),
        ("NAME", "Noble"),
        ("NAME", "True"),
    ],
    note="names that are ordinary words (Honor, Blessing, Noble, True)",
)
# 116
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit in a tiny sailor suit and saluted every nurse on the unit. Born at "
    "24 weeks, now 3 and fearless. \u2693",
    "unnamed NICU grad",
)
# 117
p(
    "en",
    "pasted_record",
    "Triage Q: 'is the pt SHONTAY GREEN 91yo from Hampton still in Pod C? her grandson Marcus is in the lobby' "
    "-- reply: 'moved to rm 4N-12, MR# 2214-7789'",
    [
        ("NAME", "SHONTAY GREEN"),
        ("AGE", "91yo"),
        ("GEO", "Hampton"),
        ("NAME", "Marcus"),
        ("OTHER_ID", "rm 4N-12"),
        ("MRN", "2214-7789"),
    ],
    note="'91yo' is one token -> labelled as written; ED pod is a unit; 'GREEN' is a surname that is a word",
)
# 118
n(
    "en",
    "statistic",
    "Hampton Roads has one of the largest Filipino-American communities on the East Coast -- about 45,000 people. "
    "That's why our Tagalog interpreter line (757-555-0100, option 7) runs 24/7.",
    "population figure; hospital line",
)
# 119
p(
    "en",
    "thank_you",
    "Thank you Bayside for taking care of Big Daddy, Roosevelt Drummond Sr., on his 93rd birthday -- it was "
    "August 8th and he spent it getting a new hip. He still made it to the Hampton-Norfolk game on Labor Day. "
    "-- the Drummonds of Ocean View",
    [
        ("NAME", "Roosevelt Drummond"),
        ("AGE", "93rd"),
        ("DATE", "August 8th"),
        ("NAME", "Drummonds"),
        ("GEO", "Ocean View"),
    ],
    note="'Big Daddy' is a family title; 'Sr.' excluded; a given name shared with a president; Labor Day is "
    "not his event; plural family name 'Drummonds' labelled as written",
)
# 120
n(
    "en",
    "public_figure",
    "Virginia Beach native Pharrell Williams' hometown festival brought thousands to the Oceanfront; our medical "
    "tents treated 96 people, mostly for heat.",
    "public figure; '96' is a count",
)
# 121
p(
    "en",
    "patient_story",
    "Nobody calls him Theodore. It's Teddy Bear Haskins from the Southside, 90-something (he won't tell), "
    "getting his cast off today and flirting with every nurse on 3 North.",
    [
        ("NAME", "Teddy Bear Haskins"),
        ("NAME", "Theodore"),
        ("GEO", "Southside"),
        ("AGE", "90-something"),
    ],
    note="nickname as name; '90-something' states an age over 89; neighbourhood",
)
# 122
n(
    "en",
    "campaign_hashtag",
    "Every sailor who comes home deserves a hug from someone who missed them. Share your homecoming photos with "
    "#HomecomingHugs and tag @BaysideTidewater -- we'll feature favorites on #FleetFamilyFriday!",
    "campaign hashtags and the hospital's handle",
)
# 123
p(
    "en",
    "patient_story",
    "My daddy Booker Ames is in room 220 and he wants his boat registration card (VA 4471 BK) brought from his "
    "truck -- plate NAVYVET2. can whoever parked it in the garage call me? 757-555-0131 Cherelle",
    [
        ("NAME", "Booker Ames"),
        ("OTHER_ID", "room 220"),
        ("VEHICLE", "VA 4471 BK"),
        ("VEHICLE", "NAVYVET2"),
        ("PHONE", "757-555-0131"),
        ("NAME", "Cherelle"),
    ],
    note="boat registration and vanity plate -> VEHICLE; given name shared with a public figure",
)
# 124
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Hattie Bundick, unit clerk on 4 North for 41 years! She's 72 and says she'll be on her "
    "porch in Onancock if anyone needs a chart found.",
    "staff member's name, age and town are never labelled",
)
# 125
p(
    "en",
    "birth_announcement",
    "Two-for-one at Portsmouth Mother-Baby on Thanksgiving: Gideon and Grace Nakamura-Boyd, 5 lb 6 oz and 5 lb "
    "1 oz. Dad Kenji is an electrician at Newport News Shipbuilding and says he's never working a double again. "
    "\U0001f983",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Gideon"),
        ("NAME", "Grace Nakamura-Boyd"),
        ("NAME", "Kenji"),
        ("NAME", "Newport News Shipbuilding"),
    ],
    note="birth on a holiday -> DATE; twins; father's employer",
)
# 126
n(
    "en",
    "event",
    "Neptune Festival 8K, Saturday September 27: our Oceanfront Emergency Center team will run the medical tent "
    "at 31st Street. Last year we treated 14 runners for heat.",
    "event date and venue; counts",
)
# 127
n(
    "en",
    "event",
    "Neptune Festival 8K: Coach Ray Pettaway, 90, has handed out water at the 31st Street turn for 40 straight "
    "races, and this year our Oceanfront team handed one to him. Thank you, Coach!",
    "a volunteer's age and the race venue are not labelled; no patient",
)
# 128
n(
    "en",
    "research",
    "Our trauma team published 10 years of Chesapeake Bay boating injury data: propeller injuries fell 40% after "
    "kill-switch laws. Read it in the Virginia Journal of Emergency Care, spring issue.",
    "research; season is not a date",
)
# 129
p(
    "en",
    "pasted_record",
    'MR#: 00288107  Acct#: 88-402-117  PT: TOLIVER, JAMES E JR ("Bubba")  DOS: 14-Jul-25  Chief complaint: '
    "jellyfish? sting vs cellulitis L leg, Buckroe Beach  Home: Fox Hill",
    [
        ("MRN", "00288107"),
        ("ACCOUNT", "88-402-117"),
        ("NAME", "TOLIVER, JAMES E"),
        ("NAME", "Bubba"),
        ("DATE", "14-Jul-25"),
        ("GEO", "Buckroe Beach"),
        ("GEO", "Fox Hill"),
    ],
    note="generational suffix 'JR' excluded like 'Sr.'; date of service; place of injury and home "
    "neighbourhood",
)
# 130
n(
    "en",
    "health_tip",
    "Sea nettle season is here. Most stings need vinegar and time, not the ED. Come in if you see trouble "
    "breathing or a rash that spreads.",
    "tip; season",
)
# ---------------------------------------------------------------- comments and replies
# 131
p(
    "en",
    "thank_you",
    "Does anyone know how to reach the nurse who helped my dad Mr. Pernell Ricks on the 18th? He was in bed 14 in "
    "the ED. Please email me: ricksfamily.757@example.com or text 757-555-0127. He wants to say thank you.",
    [
        ("NAME", "Pernell Ricks"),
        ("DATE", "18th"),
        ("OTHER_ID", "bed 14"),
        ("EMAIL", "ricksfamily.757@example.com"),
        ("PHONE", "757-555-0127"),
    ],
    note="day of month alone is a date element; bed number with keyword",
)
# 132
p(
    "en",
    "thank_you",
    "Hi Shontae, we're so glad your father is doing better! For privacy please don't share details here -- call "
    "Patient Relations at 757-555-0104 and we'll pass your thanks along.",
    [("NAME", "Shontae")],
    note="the hospital's reply names the patient's daughter: a relative's name makes it patient-specific; the "
    "hospital's line is not labelled",
)
# 133
n(
    "en",
    "hospital_contact",
    "Reminder: please don't post your loved one's room number, MRN or birthday in comments. Message us or call "
    "Patient Relations at 757-555-0104.",
    "privacy reminder; hospital line",
)
# 134
p(
    "en",
    "patient_story",
    "#PrayersForPeanut #TeamKaiden \U0001f499 update from mom: he's off the vent!!! room 318 is LOUD today",
    [("NAME", "#PrayersForPeanut"), ("NAME", "#TeamKaiden"), ("OTHER_ID", "room 318")],
    note="two name hashtags for the same child (nickname and name)",
)
# 135
p(
    "en",
    "patient_story",
    "sending love to cousin dre and the whole batts family from the 757 \U0001f499 get well soon boy",
    [("NAME", "dre"), ("NAME", "batts")],
    note="lower-case nickname and family surname; '757' is an area code, not geography smaller than a state",
)
# 136
n(
    "en",
    "campaign_hashtag",
    "Drop a \U0001f499 for our NICU families this Prematurity Awareness Day, November 17. #PurpleForPreemies "
    "#BaysideStrong",
    "awareness day and campaign tags",
)
# 137
p(
    "en",
    "patient_story",
    "My grandma is 104 and she just told the Bayside nurse she wants to be discharged in time for the Chincoteague "
    "Oyster Festival. Her name is Pearline but everybody in Exmore calls her Sister.",
    [("AGE", "104"), ("NAME", "Pearline"), ("GEO", "Exmore"), ("NAME", "Sister")],
    note="'Sister' here is her nickname used as a name (not a church title); the festival is not her event",
)
# 138
n(
    "en",
    "event",
    "Chincoteague Oyster Festival, Saturday October 11: stop by our Chincoteague Island Clinic booth for free flu "
    "shots. 4080 Main Street, Chincoteague Island.",
    "event and the hospital's address",
)
# 139
p(
    "en",
    "patient_story",
    "Chincoteague folks, Miss Dot Beebe from Main Street is in our Norfolk ICU after her fall Sunday. Her son "
    "Ronnie says cards can go to the Chincoteague Island Clinic, 4080 Main Street, and he'll bring them over.",
    [("NAME", "Dot Beebe"), ("GEO", "Main Street"), ("NAME", "Ronnie")],
    note="her home street is GEO; the same street name in the clinic's address is the hospital's and is "
    "declared unlabelled; 'Chincoteague folks' addresses a community",
    ok=("Main Street",),
)
# 140
n(
    "en",
    "public_figure",
    "Admiral Grace Hopper, a Navy legend, was born December 9. On her birthday our IT team hosts a coding night "
    "for military teens at the Norfolk campus.",
    "public figure's birth date",
)
# ---------------------------------------------------------------- more pasted records and identifiers
# 141
p(
    "en",
    "pasted_record",
    'Wristband reprint request: pt ABELLERA, FLORDELIZA ("Liza"), DOB 07/04/1958, wristband WB-3391827, '
    "MRN 00640291, insurance: TRICARE For Life, DBN 30551847220",
    [
        ("NAME", "ABELLERA, FLORDELIZA"),
        ("NAME", "Liza"),
        ("DATE", "07/04/1958"),
        ("OTHER_ID", "WB-3391827"),
        ("MRN", "00640291"),
        ("HEALTH_PLAN", "30551847220"),
    ],
    note="wristband id is OTHER_ID (value only); plan name is not an identifier",
)
# 142
p(
    "en",
    "pasted_record",
    "Insulin pump swap -- pt C. Vann, age 11, pump SN 4471-KQ-0093 to replace SN 4471-KQ-0017. Mom Latoya "
    "picking up 9/12, MRN 00703318, confirm by email latoya.vann@example.com",
    [
        ("NAME", "C. Vann"),
        ("DEVICE", "4471-KQ-0093"),
        ("DEVICE", "4471-KQ-0017"),
        ("NAME", "Latoya"),
        ("DATE", "9/12"),
        ("MRN", "00703318"),
        ("EMAIL", "latoya.vann@example.com"),
    ],
    note="device serial numbers; initial + surname",
)
# 143
p(
    "en",
    "patient_story",
    "Happy 1st birthday, Wren! On 1/19 last year she was the smallest baby our NICU had ever sent home. Follow "
    "her story on her mom's blog: wrenswings.example.net/journal",
    [("NAME", "Wren"), ("DATE", "1/19"), ("URL", "wrenswings.example.net/journal")],
    note="bird-word name; the birthday '1/19' is the patient's date",
)
# 144
p(
    "en",
    "pasted_record",
    "*** internal *** Case 25-00417 (security) -- family of pt WASHINGTON, GEORGE T (not that one) in bed 8E-04 "
    "reports stolen phone; contact daughter Latrice W., latrice.w757@example.com",
    [
        ("NAME", "WASHINGTON, GEORGE T"),
        ("OTHER_ID", "bed 8E-04"),
        ("NAME", "Latrice W."),
        ("EMAIL", "latrice.w757@example.com"),
        ("OTHER_ID", "25-00417"),
    ],
    note="a patient who shares a president's name is labelled; the security case number is tied to the "
    "patient's family -> OTHER_ID (a case id, value only)",
)
# 145
n(
    "en",
    "public_figure",
    "George Washington surveyed the Great Dismal Swamp in 1763. Our Suffolk walking group hikes the Washington "
    "Ditch trail every Saturday -- bring bug spray.",
    "public figure and a trail named for him",
)
# 146
p(
    "en",
    "pasted_record",
    "Chaplain referral: PT LYDIA MAE CORPREW, 98, Rm 1104, family requests a Rev. from their church in Lambert's Point; "
    "granddaughter Shanice (757) 555-0192, shanice.corprew@example.com",
    [
        ("NAME", "LYDIA MAE CORPREW"),
        ("AGE", "98"),
        ("OTHER_ID", "Rm 1104"),
        ("GEO", "Lambert's Point"),
        ("NAME", "Shanice"),
        ("PHONE", "(757) 555-0192"),
        ("EMAIL", "shanice.corprew@example.com"),
    ],
    note="the family's neighbourhood -> GEO; 'Rm 1104' keeps its keyword",
)
# 147
p(
    "en",
    "discharge",
    'Discharged 2/29 -- yes, a leap day -- Bartholomew "Tolly" Custis, 96, back to his oysters in Nassawadox. '
    "His nephew Shep drove the truck.",
    [
        ("DATE", "2/29"),
        ("NAME", 'Bartholomew "Tolly" Custis'),
        ("AGE", "96"),
        ("GEO", "Nassawadox"),
        ("NAME", "Shep"),
    ],
    note="'a leap day' only points back at the date; GEO home town",
)
# 148
n(
    "en",
    "health_tip",
    "Leap years, birthdays and holidays are great reminders to check your smoke alarms and refill your "
    "prescriptions before storm season.",
    "tip",
)
# 149
p(
    "en",
    "patient_story",
    "Her name is Autumn and she was born on the first day of spring. Autumn Rae Spivey, March 20, our "
    "newest little Navy brat. \U0001f338",
    [
        ("NAME", "Autumn"),
        ("DATE", "first day of spring"),
        ("NAME", "Autumn Rae Spivey"),
        ("DATE", "March 20"),
    ],
    note="a season word used as a name; 'the first day of spring' is one named day (the same day as March 20), "
    "not a season -> DATE, both forms labelled; a bare season would not be",
)
# 150
n(
    "en",
    "staff_spotlight",
    "Say hi to Autumn, our new therapy dog on the pediatric floor! She's a 3-year-old golden and she already has "
    "a fan club in the playroom.",
    "a pet's name (the therapy dog); no patient",
)
# ---------------------------------------------------------------- Spanish block 2
# 151
p(
    "es",
    "pasted_record",
    "Registro pegado por error: PACIENTE: RIVERA OCASIO, LUZ M. | F. NAC.: 15/08/1949 | EXP. 00772190 | "
    "Patrocinador: RIVERA, ANGEL (SKC) | FMP/SSN 30/987-65-4021 | Cama 7",
    [
        ("NAME", "RIVERA OCASIO, LUZ M."),
        ("DATE", "15/08/1949"),
        ("MRN", "00772190"),
        ("NAME", "RIVERA, ANGEL"),
        ("SSN", "987-65-4021"),
        ("OTHER_ID", "Cama 7"),
    ],
    note="fecha dd/mm; el patrocinador militar es el esposo (familiar); 'SKC' es rango",
)
# 152
n(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Marisela Colón, ex sargento del Ejército y ahora jefa de turno en Urgencias de "
    "Portsmouth. Habla español, inglés y 'Navy'. \U0001f602",
    "personal del hospital",
)
# 153
n(
    "es",
    "anonymous_story",
    "Un abuelito de 78 a\u00f1os que pesca todos los d\u00edas nos dijo en Urgencias: 'el anzuelo sali\u00f3 "
    "f\u00e1cil, lo dif\u00edcil fue dejar la ca\u00f1a.' Use guantes y lleve un botiqu\u00edn en el bote.",
    "paciente an\u00f3nimo de menos de 90 a\u00f1os, sin lugar ni fecha",
)
# 154
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1.214 pacientes hispanohablantes en nuestras cuatro salas de urgencias; 62 de ellos "
    "trabajaban en las plantas av\u00edcolas del Eastern Shore.",
    "estad\u00edstica; empleador de una poblaci\u00f3n, no de un paciente",
)
# 155
p(
    "es",
    "birth_announcement",
    "Lleg\u00f3 Santiago Emmanuel Quispe el 24 de diciembre a las 11:40 de la noche -- \u00a1un regalo de "
    "Nochebuena! Sus pap\u00e1s, Marisol y el suboficial Edwin Quispe, son de Hampton.",
    [
        ("NAME", "Santiago Emmanuel Quispe"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Marisol"),
        ("NAME", "Edwin Quispe"),
        ("GEO", "Hampton"),
    ],
    note="mismo d\u00eda dos veces; 'suboficial' es rango; 'Santiago' es nombre, no ciudad",
)
# 156
n(
    "es",
    "crisis_update",
    "Hurac\u00e1n Ernesto: nuestra cl\u00ednica de Chincoteague cierra el jueves al mediod\u00eda. L\u00ednea de "
    "tormentas: 757-555-0108. No venga a Urgencias a buscar refugio.",
    "nombre de tormenta; l\u00ednea del hospital",
)
# 157
p(
    "es",
    "memorial",
    "Hoy despedimos a Don Rafa Colón Vega, 97 años, marinero de Ponce y pescador en Portsmouth por 50. Murió el "
    "4 de julio viendo los fuegos artificiales desde su balcón de Cradock. Su hija Wanda: 757-555-0147.",
    [
        ("NAME", "Rafa Col\u00f3n Vega"),
        ("AGE", "97"),
        ("GEO", "Ponce"),
        ("GEO", "Portsmouth"),
        ("DATE", "4 de julio"),
        ("GEO", "Cradock"),
        ("NAME", "Wanda"),
        ("PHONE", "757-555-0147"),
    ],
    note="el barrio y la ciudad de residencia; fecha de muerte en un feriado escrito como fecha",
)
# 158
n(
    "es",
    "public_figure",
    "Roberto Clemente naci\u00f3 el 18 de agosto en Carolina, Puerto Rico. Esta semana nuestra liga de "
    "b\u00e9isbol infantil juega en su honor en el parque Northside.",
    "fecha y lugar de nacimiento de una figura p\u00fablica",
)
# 159
p(
    "es",
    "thank_you",
    "Gracias a las enfermeras de la UCIN por cuidar a nuestra pequeña Milagros Esperanza durante 80 días. "
    "Nació el 2 de marzo con 26 semanas. Su papá trabaja en Newport News Shipbuilding y no faltó ni una noche. "
    "Escríbannos: familiaquintero@example.com",
    [
        ("NAME", "Milagros Esperanza"),
        ("DATE", "2 de marzo"),
        ("NAME", "Newport News Shipbuilding"),
        ("EMAIL", "familiaquintero@example.com"),
    ],
    note="'pequeña' es descriptivo; el empleador del padre -> NAME; correo de la familia",
)
# 160
n(
    "es",
    "health_tip",
    "Si usted trabaja en el agua o en la planta, lávese cualquier cortada con agua limpia y jabón. La bacteria "
    "Vibrio vive en el agua tibia de la bahía de Chesapeake.",
    "consejo de salud",
)
# ---------------------------------------------------------------- more English, mixed
# 161
p(
    "en",
    "milestone_birthday",
    'Our nonagenarian of the week: Cmdr. (ret.) Hortense "Tenny" Blackwell turned ninety-eight on Tuesday and '
    "asked 5 East for a Navy bean soup cake. Her son drove in from Smithfield with the ham.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", 'Hortense "Tenny" Blackwell'),
        ("AGE", "ninety-eight"),
        ("GEO", "Smithfield"),
    ],
    note="'nonagenarian' and 'ninety-eight' are both AGE; rank excluded; weekday not labelled; the son's town",
)
# 162
n(
    "en",
    "eponymous_condition",
    "Bell's palsy is not a stroke -- but only a doctor can tell the difference. If half your face droops, call "
    "911 first. BE FAST: Balance, Eyes, Face, Arm, Speech, Time.",
    "eponymous condition; national line",
)
# 163
n(
    "en",
    "anonymous_story",
    "Look who came back to say thank you: our 1,000th trauma patient of 2019 is now a Navy corpsman himself. He "
    "asked us not to share his name -- but he wanted every trauma nurse to know he made it.",
    "unnamed former patient; a bare year and an ordinal count are not identifiers; no photo cue",
)
# 164
n(
    "en",
    "statistic",
    "We just passed 1,000 trauma patients this year. Thank you to Medic 14, "
    "MedFlight 2 and every first responder in Hampton Roads.",
    "counts and ambulance units; no patient",
)
# 165
n(
    "en",
    "event",
    "It's been 1 year since our first Bayside Hope Walk on Military Highway raised $80,000 for trauma survivors. "
    "This year: Sunday, October 19. #HopeWalk757 #BaysideStrong",
    "event date and route; campaign hashtags",
)
# 166
n(
    "en",
    "event",
    "Bayside Hope Walk, Sunday October 19, Mount Trashmore Park. Register at btmc757.org/hopewalk. #BaysideStrong",
    "event date and the hospital's domain",
)
# 167
p(
    "en",
    "patient_story",
    "Dear Santa, my name is Kamari and I am in room 5 of the burn unit. I want a PS5 and for my sister Imani to "
    "visit. I live on Pughsville Road.",
    [("NAME", "Kamari"), ("OTHER_ID", "room 5"), ("NAME", "Imani"), ("GEO", "Pughsville Road")],
    note="Santa is not a person to label; a child's letter posted with the room",
)
# 168
n(
    "en",
    "event",
    "Santa and Mrs. Claus arrive by fireboat on December 13 at 10am. The NICU families get first photos!",
    "event date; fictional figures",
)
# 169
n(
    "en",
    "staff_spotlight",
    'JUNE 3 -- we will remember. Lt. Marcus "Doc" Abernathy, the Navy physician assistant who worked shifts in '
    "our ED for six years, died that morning in a crash on the Hampton Roads Bridge-Tunnel. His wife Carmen and "
    "kids have asked for donations to the Navy-Marine Corps Relief Society.",
    "decision: a memorial for our own staff member -- his death date, crash location and family are never "
    "labelled (he was never our patient)",
)
# 170
n(
    "en",
    "staff_spotlight",
    "Thank you, Doc! HM2 Tyrell Ashby, a reservist on our ED staff, just got orders to the USS Gravely. We'll miss "
    "you, shipmate. #BaysideStrong",
    "staff member's command is not labelled (staff)",
)
# 171
p(
    "en",
    "patient_story",
    "Ms. Cookie (Clementine Hobbs) has been coming to our wound clinic since May 2024 and today she's HEALED. "
    "She walked from her house on Holt Street and brought us a sweet potato pie. \U0001f967",
    [
        ("NAME", "Cookie"),
        ("NAME", "Clementine Hobbs"),
        ("DATE", "May 2024"),
        ("GEO", "Holt Street"),
    ],
    note="a month tied to the start of her care is a date element; the attached year stays in the span",
)
# 172
n(
    "en",
    "health_tip",
    "May is Stroke Awareness Month. Know the signs and call 911. Our stroke team in Norfolk is certified for "
    "thrombectomy 24/7.",
    "awareness month",
)
# 173
p(
    "en",
    "pasted_record",
    "RAD REQ | Pt: TRUITT, ELEANOR (Nellie) | MRN 00467329 | 94 y/o F | Rm 702B | Hx: fall at home, Wallops Island | "
    "Ordering: Dr. Sadler | Contact: husband Elmer 757-555-0134",
    [
        ("NAME", "TRUITT, ELEANOR"),
        ("NAME", "Nellie"),
        ("MRN", "00467329"),
        ("AGE", "94"),
        ("OTHER_ID", "Rm 702B"),
        ("GEO", "Wallops Island"),
        ("NAME", "Elmer"),
        ("PHONE", "757-555-0134"),
    ],
    note="'94 y/o' -> '94'; ordering doctor is staff",
)
# 174
n(
    "en",
    "sponsor",
    "Big thanks to the Crockett & Pruitt Seafood Company for donating 200 lbs of crab for our staff appreciation "
    "picnic! The Pruitt family has supported our Shore clinic for 30 years.",
    "donor family and company; not patients",
)
# 175
p(
    "en",
    "thank_you",
    "The Pruitts of Tangier want to thank the ICU for saving our daddy, Captain Lonnie Pruitt, after his heart "
    "attack on the water on September 4th. Daddy says he'll donate the first bushel of the season.",
    [("NAME", "Pruitts"), ("GEO", "Tangier"), ("NAME", "Lonnie Pruitt"), ("DATE", "September 4th")],
    note="same surname as donors in other posts, but here it is a patient's family; Captain is a title",
)
# 176
n(
    "en",
    "research",
    "Our shore clinic joined a Johns Hopkins study of heat stress in watermen: 212 volunteers from Tangier, "
    "Smith Island and Chincoteague wore sensors for one season.",
    "research population; places of a population",
)
# 177
n(
    "en",
    "staff_spotlight",
    "Still can't believe it. Precious, our NICU therapy dog, is retiring at 11, and her little brother King takes "
    "over on Monday. \U0001f451 Thank you to their handler Gail Lassiter of Sherwood Forest.",
    "pets' names that are words; a volunteer's name and neighbourhood are not labelled",
)
# 178
n(
    "en",
    "anonymous_story",
    "The King of the night shift? That's what one of our patients called our transport tech last night. A "
    "little kindness goes a long way.",
    "'King' is a word/nickname for staff; no patient identifier",
)
# 179
p(
    "en",
    "pasted_record",
    "From the huddle whiteboard (snapped by accident): 'Rm 411 Mr. Goodman -- 100 yrs old Sat!! cake from family, "
    "dtr Ruthie bringing banana pudding'",
    [("OTHER_ID", "Rm 411"), ("NAME", "Goodman"), ("AGE", "100"), ("NAME", "Ruthie")],
    note="surname that is a phrase; '100 yrs' -> '100'; the weekday is not labelled",
)
# 180
n(
    "en",
    "campaign_hashtag",
    "#ShipshapeHearts: this February, post a photo of your sailor's heart-healthy galley meal and tag "
    "@BTMC757. Winners get a Bayside Tidewater apron.",
    "campaign hashtag and hospital handle; a month of the campaign",
)
# ---------------------------------------------------------------- long stories
# 181
p(
    "en",
    "patient_story",
    "I need to tell y'all about my great-aunt Tessie. Tessaline Wiggins Drew, born on the 4th of July when "
    "Coolidge was president (do the math, she's one hundred), grew up in the Titustown section of Norfolk, "
    "shucked oysters at Bayview Seafood until it closed, then cleaned offices for Atlantic Janitorial "
    "for 35 years. Last month she fell in her kitchen on Kirby Street and broke her hip. The surgeon at Bayside "
    "said she had the bones of a 70-year-old. Her church, Garrett's Chapel, sent a van every day. She goes to "
    "rehab on the 21st and wants everyone to know she is NOT moving in with her grandson Percy in Richmond, "
    "thank you very much. #TessieTough",
    [
        ("NAME", "Tessie"),
        ("NAME", "Tessaline Wiggins Drew"),
        ("DATE", "4th of July"),
        ("AGE", "one hundred"),
        ("GEO", "Titustown"),
        ("GEO", "Norfolk"),
        ("NAME", "Bayview Seafood"),
        ("NAME", "Atlantic Janitorial"),
        ("GEO", "Kirby Street"),
        ("DATE", "21st"),
        ("NAME", "Percy"),
        ("GEO", "Richmond"),
        ("NAME", "#TessieTough"),
    ],
    note="a long story: birthday as a holiday written as a date; a president is a public figure; both "
    "former employers -> NAME; '70-year-old' is a comparison, not her age; her church is not an "
    "identifier; the grandson's city is GEO",
)
# 182
n(
    "en",
    "anonymous_story",
    "The surgeon told a 70-year-old patient last week she had the bones of a 50-year-old. Weight-bearing "
    "exercise, calcium, vitamin D. Ask us about a bone density scan.",
    "ages under 90, no identifiers",
)
# 183
p(
    "en",
    "patient_story",
    "From our Storm Team: During the Hurricane Ernesto evacuation, a volunteer firefighter from Saxis called in "
    "about his neighbor, Mr. Winfred Linton, 95, who refused to leave without his dog Captain and his hunting "
    "decoys. We sent the ambulance. All three made it -- Mr. Linton, Captain, and the decoys. Winfred is resting "
    "in room 228 and says Ernesto 'wasn't nothing compared to '33.' His niece Bernice "
    "asks that calls go to her at 757-555-0177.",
    [
        ("GEO", "Saxis"),
        ("NAME", "Winfred Linton"),
        ("AGE", "95"),
        ("NAME", "Linton", 2),
        ("NAME", "Winfred", 2),
        ("OTHER_ID", "room 228"),
        ("NAME", "Bernice"),
        ("PHONE", "757-555-0177"),
    ],
    note="the neighbour's town is the patient's town; the dog 'Captain' is a pet; Ernesto is a storm; "
    "''33' is a bare year",
)
# 184
n(
    "en",
    "crisis_update",
    "Hurricane Ernesto: all Bayside Tidewater campuses are open. The Oceanfront Emergency Center at 4200 "
    "Lynnhaven Marsh Road will stay open through the storm. Storm line: 757-555-0108.",
    "crisis update with the hospital's own address and line",
)
# 185
p(
    "en",
    "patient_story",
    "This is Gunner (yes, his daddy picked the name) at his 2-month NICU reunion. Born 11/10 -- the Marine Corps "
    "birthday -- at 25 weeks, he's now a chunky 9 lbs. His mom Aubree is a civilian at NAVSUP and his dad Tyler is "
    "deployed.",
    [
        ("NAME", "Gunner"),
        ("DATE", "11/10"),
        ("DATE", "Marine Corps birthday"),
        ("NAME", "Aubree"),
        ("NAME", "NAVSUP"),
        ("NAME", "Tyler"),
    ],
    note="the same day written twice; mother's civilian employer (a Navy command) -> NAME; a given name that is "
    "a military word",
)
# 186
n(
    "en",
    "event",
    "Happy 250th, Marines! The Marine Corps birthday ball for our staff veterans is November 10 at the Main "
    "Street Tavern in Norfolk.",
    "event; not a patient's date",
)
# 187
p(
    "en",
    "pasted_record",
    "Pt list for CM (do not forward): 1) BRINKLEY, OCTAVIA 92F 6W-14 -> SNF Thurs, dtr Gwen; 2) PHAM, "
    "MINH 68M 6W-15 -> home; 3) BABY BOY SAVAGE 6W-16 -> NICU step-down",
    [
        ("NAME", "BRINKLEY, OCTAVIA"),
        ("AGE", "92F"),
        ("NAME", "Gwen"),
        ("NAME", "PHAM, MINH"),
        ("NAME", "SAVAGE"),
    ],
    note="three patients; '92F' is one token; '68M' is not over 89; bare bed codes without a keyword are not "
    "labelled; 'BABY BOY' is a descriptive placeholder, the surname 'SAVAGE' is the name",
)
# 188
n(
    "en",
    "health_tip",
    "Case management tip: before discharge, ask who will pick you up, where your medicines are going, and who "
    "to call at 757-555-0100 if you have questions.",
    "tip and hospital line",
)
# 189
p(
    "en",
    "patient_story",
    "It was my grandaddy's 90th on December 7th and he spent it in the ER -- he's fine, just low sugar. Worked 40 "
    "years at the Coca-Cola bottling plant. Happy birthday Pop Haywood! \U0001f382",
    [("AGE", "90th"), ("DATE", "December 7th"), ("NAME", "Coca-Cola"), ("NAME", "Haywood")],
    note="the employer's name only ('bottling plant' is descriptive); December 7 is Pearl Harbor Day but the "
    "holiday is not named here; 'Pop' is a family title",
)
# 190
n(
    "en",
    "public_figure",
    "Missy Elliott grew up in Portsmouth and now has a street named after her. Our Portsmouth Pavilion staff "
    "are planning a playlist for the lobby on Friday.",
    "public figure and her city",
)
# ---------------------------------------------------------------- short one-liners and tricky negatives
# 191
p(
    "en",
    "patient_story",
    "get well soon Mr. Mack \U0001f64f\U0001f3fe room 9 ain't the same without u",
    [("NAME", "Mack"), ("OTHER_ID", "room 9")],
    note="one-liner: name and room",
)
# 192
n(
    "en",
    "anonymous_story",
    "get well soon to everybody on 9 North \U0001f64f\U0001f3fe",
    "a unit, not a patient",
)
# 193
p(
    "en",
    "patient_story",
    "sending love to baby jaxon in the nicu \U0001f499 #jaxonjourney",
    [("NAME", "jaxon"), ("NAME", "#jaxonjourney")],
    note="lower-case name and name hashtag",
)
# 194
n(
    "en",
    "campaign_hashtag",
    "sending love to all our NICU babies this Valentine's Day \U0001f499 #NICUValentines",
    "holiday, not a patient's event; campaign tag",
)
# 195
p(
    "en",
    "birth_announcement",
    "born 9/11. 6lb 4oz. her name is Hope. \U0001f1fa\U0001f1f8",
    [("DATE", "9/11"), ("NAME", "Hope")],
    note="a date that is also a national day of remembrance; name that is a word",
)
# 196
n(
    "en",
    "event",
    "On 9/11 our Norfolk campus will hold a moment of silence at 8:46am for those we lost, including the Navy "
    "personnel at the Pentagon.",
    "commemorative date",
)
# 197
p(
    "en",
    "patient_story",
    "Bubba's doing better y'all, thanks for asking. MRN is 00917733 if the Portsmouth people need it lol",
    [("NAME", "Bubba"), ("MRN", "00917733")],
    note="nickname that is a word; MRN posted in a comment",
)
# 198
n(
    "en",
    "recruitment",
    "Bubba, Skeeter, Junior and Sonny: if you know a waterman who wants a steady paycheck, our Shore clinic is "
    "hiring a boat captain for the Tangier ferry service. Call 757-555-0106.",
    "nicknames used as generic examples in recruitment; the hospital's clinic line",
)
# 199
n(
    "en",
    "staff_spotlight",
    "Shoutout to Lil Wayne (not THAT one \U0001f602) -- Wayne Hodges of Carrollton, 72, our transport volunteer, "
    "who beat all the patients at checkers today.",
    "a volunteer's name, town and age; the patients are unnamed",
)
# 200
n(
    "en",
    "public_figure",
    "Allen Iverson, Hampton's own, visited our pediatric floor today and signed every cast in sight. #BaysideStrong",
    "public figure; the kids are unnamed",
)
# 201
p(
    "en",
    "pasted_record",
    "ED tracker: Bed 22 CAPPS, LAVONNE 48F CP r/o ACS; Bed 23 DOE, JANE (trauma alias 'Zebra Tango') found near "
    "Ocean View Beach Park",
    [
        ("OTHER_ID", "Bed 22"),
        ("NAME", "CAPPS, LAVONNE"),
        ("OTHER_ID", "Bed 23"),
        ("NAME", "Zebra Tango"),
        ("GEO", "Ocean View Beach Park"),
    ],
    note="an unknown patient's trauma alias is a unique identifier used as her name -> NAME; 'DOE, JANE' is a "
    "placeholder, not a name (decision: not labelled); place where the patient was found -> GEO",
)
# 202
n(
    "en",
    "health_tip",
    "If you find someone unresponsive at the beach, call 911 and start CPR. Don't wait for a lifeguard. Learn "
    "hands-only CPR at our free class, 2nd Saturday monthly.",
    "tip",
)
# 203
p(
    "en",
    "thank_you",
    "The Whitehurst-Ballance family thanks Dr. Nguyen and the 3 North nurses for our mother, Mrs. Alma "
    "Whitehurst-Ballance, who at 101 is the oldest joint replacement patient Bayside has ever had! She went home "
    "to Knotts Island on June 26.",
    [
        ("NAME", "Whitehurst-Ballance", 1),
        ("NAME", "Alma Whitehurst-Ballance"),
        ("AGE", "101"),
        ("GEO", "Knotts Island"),
        ("DATE", "June 26"),
    ],
    note="hyphenated surname repeated; staff doctor not labelled",
)
# 204
n(
    "en",
    "statistic",
    "Joint replacement in your 90s? It happens: 23 of our hip and knee patients last year were 90 or older, and "
    "their average stay was 3.1 days.",
    "statistic with population ages",
)
# 205
p(
    "en",
    "patient_story",
    "To the patient from Ghent who left her wallet in ED room 12 on Saturday -- security has it. It has "
    "your Virginia driver's license (T61-58-2219) and a picture of your grandkids. Call 757-555-0101 and ask for Officer Tate.",
    [("GEO", "Ghent"), ("OTHER_ID", "room 12"), ("LICENSE", "T61-58-2219")],
    note="unnamed patient: neighbourhood, ED room and driver's licence number; the picture is in her wallet, "
    "not an attached photo of the patient; the ED line and the officer are the hospital's",
)
# 206
n(
    "en",
    "hospital_contact",
    "Lost and found: items left in our EDs are kept 30 days. Norfolk ED 757-555-0101. Oceanfront: "
    "4200 Lynnhaven Marsh Road.",
    "hospital's numbers and addresses",
)
# ---------------------------------------------------------------- Spanish block 3
# 207
p(
    "es",
    "milestone_birthday",
    "\u00a1Feliz cumplea\u00f1os n\u00famero noventa y cuatro a do\u00f1a Carmen Delia Figueroa! Naci\u00f3 un 25 "
    "de diciembre en Mayag\u00fcez y hoy lo celebr\u00f3 en la sala de rehabilitaci\u00f3n con sus bisnietos.",
    [
        ("AGE", "noventa y cuatro"),
        ("NAME", "Carmen Delia Figueroa"),
        ("DATE", "25 de diciembre"),
        ("GEO", "Mayag\u00fcez"),
    ],
    note="edad en palabras; fecha de nacimiento en Navidad escrita como fecha",
)
# 208
n(
    "es",
    "event",
    "Misa de Nochebuena en la capilla del hospital, 24 de diciembre a las 10 de la noche. Todos bienvenidos.",
    "fecha de un evento, no de un paciente",
)
# 209
p(
    "es",
    "pasted_record",
    "Mensaje del portal (copiado por error): usuario 'mamadelosgemelos' - paciente: ALVARADO, LIAM y ALVARADO, "
    "NOAH - nacidos 03/11/2024 - contacto: 757-555-0196, yaritza.alvarado@example.com",
    [
        ("OTHER_ID", "mamadelosgemelos"),
        ("NAME", "ALVARADO, LIAM"),
        ("NAME", "ALVARADO, NOAH"),
        ("DATE", "03/11/2024"),
        ("PHONE", "757-555-0196"),
        ("EMAIL", "yaritza.alvarado@example.com"),
    ],
    note="usuario del portal -> OTHER_ID; gemelos",
)
# 210
n(
    "es",
    "recruitment",
    "\u00bfHabla espa\u00f1ol y tagalo? Buscamos int\u00e9rpretes m\u00e9dicos para Norfolk y Portsmouth. "
    "Escriba a talent@baysidetidewater.org.",
    "reclutamiento",
)
# 211
p(
    "es",
    "thank_you",
    "Mil gracias al equipo de trauma. Mi esposo Héctor Luis trabaja en el astillero de Norfolk Naval Shipyard y "
    "se cayó de un andamio el 9 de octubre. Hoy volvió a caminar. -- Daisy, de Western Branch",
    [
        ("NAME", "H\u00e9ctor Luis"),
        ("NAME", "Norfolk Naval Shipyard"),
        ("DATE", "9 de octubre"),
        ("NAME", "Daisy"),
        ("GEO", "Western Branch"),
    ],
    note="empleador -> NAME",
)
# 212
n(
    "es",
    "public_figure",
    "La jueza Sonia Sotomayor habl\u00f3 de su diabetes tipo 1 desde los 7 a\u00f1os. En noviembre, mes de la "
    "diabetes, ofrecemos clases gratis en espa\u00f1ol.",
    "figura p\u00fablica; mes de concientizaci\u00f3n",
)
# 213
p(
    "es",
    "patient_story",
    "Oremos por Chayito \U0001f64f (Rosario Bautista de Le\u00f3n), 93 a\u00f1os, en la UCI desde el 1ro de "
    "noviembre, D\u00eda de Todos los Santos. #FuerzaChayito",
    [
        ("NAME", "Chayito"),
        ("NAME", "Rosario Bautista de Le\u00f3n"),
        ("AGE", "93"),
        ("DATE", "1ro de noviembre"),
        ("DATE", "D\u00eda de Todos los Santos"),
        ("NAME", "#FuerzaChayito"),
    ],
    note="apodo; el mismo d\u00eda dos veces; hashtag con nombre",
)
# 214
n(
    "es",
    "anonymous_story",
    "Una abuelita de 85 a\u00f1os nos dijo hoy en Urgencias: 'mija, yo sobreviv\u00ed a tres huracanes, esto no "
    "es nada.' Gracias por la lecci\u00f3n.",
    "paciente an\u00f3nima; edad menor de 90",
)
# 215
p(
    "es",
    "pasted_record",
    "Hoja de ingreso: Nombre: TOLENTINO CASTILLO, YOHANNA | Tel. casa 757-555-0129 | Correo y.tolentino@example.net "
    "| MRN 00830516 | Cuenta 551-0038-72 | Dirección: 412 Buchanan St, Chesapeake | Ingreso: 2 de agosto",
    [
        ("NAME", "TOLENTINO CASTILLO, YOHANNA"),
        ("PHONE", "757-555-0129"),
        ("EMAIL", "y.tolentino@example.net"),
        ("MRN", "00830516"),
        ("ACCOUNT", "551-0038-72"),
        ("GEO", "412 Buchanan St"),
        ("GEO", "Chesapeake"),
        ("DATE", "2 de agosto"),
    ],
    note="calle con nombre de presidente; doble apellido",
)
# 216
n(
    "es",
    "campaign_hashtag",
    "Comparta su foto de regreso a casa con #HomecomingHugs y #FuerzaTidewater. \u00a1Bienvenidos, marineros!",
    "hashtags de campa\u00f1a",
)
# ---------------------------------------------------------------- final English block
# 217
n(
    "en",
    "staff_spotlight",
    'Lord, we miss him. Deacon Ulysses "Sonny" Cuffee, 94, of Campostella, a Norfolk Naval Shipyard rigger for 38 '
    "years and our chaplaincy volunteer for 20, passed at home on Christmas Day. He prayed with thousands of "
    "our patients. Services at Providence Baptist.",
    "a volunteer who was not our patient: his age, town, employer and death date are not labelled",
)
# 218
n(
    "en",
    "event",
    "Christmas Day visiting hours: 9am-9pm on all units. Carolers from Providence Baptist will visit 6 West at 2.",
    "holiday hours",
)
# 219
n(
    "en",
    "staff_spotlight",
    "Update on Chief Hollis, our chief of security: he's on medical leave since Easter and would love cards -- drop "
    "them at the security desk, 1500 Bayside Tidewater Parkway. We miss you, Chief!",
    "staff member on leave; staff dates are not labelled; the hospital's address",
)
# 220
n(
    "en",
    "health_tip",
    "Easter egg hunt safety: watch toddlers around plastic eggs and small candies. Choking? Call 911.",
    "tip",
)
# 221
n(
    "en",
    "event",
    "Imagine surviving Pearl Harbor and still visiting veterans at 101. Mr. Thaddeus Lowery of Phoebus, a Navy mess "
    "attendant on the USS West Virginia in 1941, handed flags to every veteran patient on our wards today.",
    "a visiting guest (not a patient): his age, town and old ship are not labelled; the veterans are unnamed",
)
# 222
n(
    "en",
    "public_figure",
    "Doris Miller, a Navy mess attendant, was honored for heroism at Pearl Harbor. A new carrier will carry his "
    "name. Our Black History Month lecture on February 12 tells his story.",
    "public figure, event date",
)
# 223
p(
    "en",
    "pasted_record",
    "Discharge summary fragment (MRN 00185522): 'Pt is a 92 yo retired waterman from Cape Charles, lives with wife Ida on Bay "
    "Ave; f/u with PCP 10/14; hearing aids SN HA-77120 and HA-77121 returned to family.'",
    [
        ("MRN", "00185522"),
        ("AGE", "92"),
        ("GEO", "Cape Charles"),
        ("NAME", "Ida"),
        ("GEO", "Bay Ave"),
        ("DATE", "10/14"),
        ("DEVICE", "HA-77120"),
        ("DEVICE", "HA-77121"),
    ],
    note="unnamed patient, but age, town, wife, street, follow-up date and device serials identify him",
)
# 224
n(
    "en",
    "research",
    "Our audiology team is enrolling retired shipyard workers in a hearing study. If you worked in Portsmouth or "
    "Newport News yards for 10+ years, call 757-555-0110.",
    "research recruitment",
)
# 225
p(
    "en",
    "patient_story",
    "my son tj fell off the jetty at Rudee Inlet on the 5th and the ED doc sewed his chin up. he says thank you "
    "and that the popsicle was fire \U0001f525 (if Dr. Vu wants a card, email me tjsmom.vb@example.com). "
    "love y'all Bayside, from a Bayside family (the neighborhood not the hospital lol)",
    [
        ("NAME", "tj"),
        ("GEO", "Rudee Inlet"),
        ("DATE", "5th"),
        ("EMAIL", "tjsmom.vb@example.com"),
        ("GEO", "Bayside", 2),
    ],
    ok=("Bayside",),
    note="lower-case initials used as name; place of injury; the family's neighbourhood 'Bayside' is GEO "
    "while the same word used for the hospital is not (declared unlabelled)",
)
# 226
n(
    "en",
    "health_tip",
    "Jetties and rock walls at Rudee Inlet and Little Island are slippery. Keep kids off them, even at low tide.",
    "tip with places, no patient",
)
# 227
p(
    "en",
    "patient_story",
    "For everyone asking about our coworker's dad: Mr. Amos Rountree is in the Cardiac ICU. Gifts can be mailed "
    "to his home at 2917 Woodland Ave, Hampton 23669. No calls please.",
    [("NAME", "Amos Rountree"), ("GEO", "2917 Woodland Ave"), ("GEO", "Hampton"), ("GEO", "23669")],
    note="decision: a staff member's relative who is himself the patient is a patient and is labelled; the "
    "staff member is not named",
)
# 228
n(
    "en",
    "staff_spotlight",
    "Our coworker Tamika Rountree just finished her MSN while caring for her dad. So proud of you, Tamika!",
    "staff member; her father is unnamed and not described as a patient",
)
# 229
p(
    "en",
    "birth_announcement",
    "NYE baby! Nova Sky Pettiford arrived at 12:01 am on New Year's Day, our first baby of the year. Mom "
    "Ke'Asia is a welder at the shipyard and dad Bryan coaches at Lake Taylor High.",
    [
        ("NAME", "Nova Sky Pettiford"),
        ("DATE", "New Year's Day"),
        ("NAME", "Ke'Asia"),
        ("NAME", "Bryan"),
    ],
    note="'NYE' refers to the eve, not her birth date (she was born on New Year's Day) -- decision: not labelled; "
    "'the shipyard' is not a named employer; a school is not an identifier",
)
# 230
n(
    "en",
    "statistic",
    "First baby of the year at each of our hospitals arrived between 12:01 and 12:47 am. Happy New Year from all "
    "four Bayside Tidewater maternity teams!",
    "anonymous counts; holiday",
)
# 231
n(
    "en",
    "public_figure",
    "Our Veterans Day speaker: Sgt. Maj. (ret.) Willa Mae Battle, 99, Army nurse in Korea and Vietnam and the "
    "first Black woman to lead the nurses at Fort Monroe. November 11, 11am, Peninsula campus auditorium.",
    "a public speaker (not a patient): age over 89 not labelled; event date",
)
# 232
n(
    "en",
    "public_figure",
    "Governor's Day at the Neptune Festival: Gov. Youngkin thanked our lifeguard medics on September 27.",
    "public figure; event date",
)
# 233
n(
    "en",
    "anonymous_story",
    "The Jarvis twins from Sandbridge (Hunter and Wyatt, both 17, junior lifeguards) pulled a swimmer in his 60s "
    "out of a rip current last weekend. He's home, and so are the heroes.",
    "the rescuers are not patients; the swimmer is unnamed, no date element, age under 90, no place tied to him "
    "beyond the rescuers' home",
)
# 234
n(
    "en",
    "event",
    "Labor Day weekend: lifeguards stay on the stands through Monday, September 1. After that, the Oceanfront is "
    "unguarded -- swim with a buddy.",
    "public date, not a patient event",
)
# 235
p(
    "en",
    "patient_story",
    "email from a patient's son, shared with permission: 'My mother Leola Brown of Seatack turned 96 on 3/8 in "
    "your rehab gym. You made her day. -- Calvin Brown, calvin.brown.va@example.com'",
    [
        ("NAME", "Leola Brown"),
        ("GEO", "Seatack"),
        ("AGE", "96"),
        ("DATE", "3/8"),
        ("NAME", "Calvin Brown"),
        ("EMAIL", "calvin.brown.va@example.com"),
    ],
    note="a common surname that is a colour; son's email",
)
# 236
n(
    "en",
    "health_tip",
    "International Women's Day, March 8: book your mammogram with our mobile unit in Seatack, Berkley and "
    "Cavalier Manor.",
    "neighbourhoods of a population; awareness day",
)
# 237
p(
    "en",
    "patient_story",
    "Pops Leroy is 90 today!!! 9/30 -- shipyard crane operator 42 years, Ocean View to the bone. Thank you "
    "Bayside rehab for getting him on his feet for it \U0001f382 @LeroyGang757",
    [
        ("NAME", "Leroy"),
        ("AGE", "90"),
        ("DATE", "9/30"),
        ("GEO", "Ocean View"),
        ("OTHER_ID", "@LeroyGang757"),
    ],
    note="'Pops' is a family title; the family's handle -> OTHER_ID (not the hospital's)",
)
# 238
n(
    "en",
    "hospital_contact",
    "Follow us! @BaysideTidewater for news, @BaysideTidewaterKids for pediatrics and @BTMC_ShoreClinic for "
    "Eastern Shore updates.",
    "the hospital's handles",
)
# 239
p(
    "en",
    "memorial",
    "On June 6 we lost our Pop-Pop, Raymond Earl Guy, 97, a World War II Navy coxswain who later fished out of "
    "Hampton for 60 years. He always said Normandy was the only beach he never wanted to see again.",
    [("DATE", "June 6"), ("NAME", "Raymond Earl Guy"), ("AGE", "97"), ("GEO", "Hampton")],
    note="his death date 'June 6' (the same calendar day as D-Day, which is not named); Normandy is a "
    "historical battle site, not his geography; 'Guy' is a surname that is a word",
)
# 240
n(
    "en",
    "event",
    "June 6: D-Day remembrance at the Norfolk campus flagpole, 10am. All veterans and families welcome.",
    "historic event date",
)

if __name__ == "__main__":
    S.main("phi_dev94_source")
