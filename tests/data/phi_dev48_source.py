"""Blind development set d48 for the PHI scanner: tests/data/phi_dev48.jsonl.

Organisation: Desert Neon Medical Center (phi_dev48_org.json): Flamingo campus
(3900 West Flamingo Road, Las Vegas, NV 89103; Level I trauma, burn unit), Henderson
campus (2450 Sunset Lantern Parkway, Henderson, NV 89074; women's and children's,
dialysis, infusion) and its outpatient lab (2470 Sunset Lantern Parkway); eighteen
(702) 555-01xx lines (switchboard, reunification line, HIM fax, Spanish and Tagalog
lines, international patient office...); domains desertneonmed.org and
dnmcfoundation.org; handles @DesertNeonMC, @DNMCFoundation, @DNMCenEspanol.
Focus: casino and hotel workers (Culinary union), Filipino and Mexican families,
performers and showgirls, tourists hurt on the Strip, heat illness and pool
drownings, mass-casualty drills and incidents, Golden Knights and Raiders players,
wedding-chapel births.
Hard cases: patient names that are words, months or places (Sunny, Chance, Lucky,
Faith, Summer, Paris, Reno, Vegas, Trinidad, Abril, Paz, Cruz, Milagros),
nicknames and quoted nicknames, initials, lower-case and chart-style names, names only
in hashtags, relatives named in passing, patients who are staff, volunteers, athletes
or performers; dates as numbers, ordinals, ISO, dotted, Spanish words, holidays that
are the patient's day next to holidays and event dates that are not; ages over 89 as
digits, words, ordinals, chart tokens ("93yo", "91M"), "centenaria"; family phones,
fax and e-mails next to the hospital's own; MRNs, accounts, plans, plates, device
serials, portal names, IPs, CURP and passport numbers. Hard negatives: staff and
volunteer spotlights (including a 95-year-old volunteer and a staff memorial at 92),
donors and foundations named for families, visiting athletes and officials,
historical figures, eponymous conditions, awareness days, event dates, statistics,
campaign hashtags that look like names (#TeamMARIA, #FuerzaVegas), anonymous stories
("a patient in her 90s", an 89-year-old), closed rooms, durations ("97 dias").
Language mix: 240 posts, 150 English and 90 Spanish; 120 patient-specific, 120 not
(English 75/75, Spanish 45/45).
Labelling decisions taken in this set (where the rules leave room):
- A patient's employer is NOT labelled (this brief overrides the holdout set's
  "employers are NAME"): casinos, hotels, shows, the Culinary union / Local 226, a
  team or a school. The workplace location that only describes the job ("a Strip
  hotel", "a downtown casino") is part of the employer and not GEO.
- Staff, volunteers, athletes and performers are labelled when the post is about their
  own care as patients (they are then the patient: name, dates, ages); in their role
  (caring, volunteering, visiting, donating) they are never labelled. A public
  figure's name used as a patient's name ("little Elvis") is a patient NAME; the
  public figure Elvis himself is not.
- Places: a road, street, intersection, neighbourhood, town, lake or foreign city
  where a patient lives, comes from or was hurt is GEO (including "the Strip" when it
  is where a named patient fell, "Henderson" when it is the patient's home, a
  relative's city). Named venues (a casino, buffet, arena, hotel pool, wedding chapel,
  church, T-Mobile) are not GEO, nor are vague locations ("a Strip property", "a
  resort pool", "overseas", "Europe"). Anonymous negatives never name the place of a
  specific injury, because a place tied to a patient would make the post specific.
- Filipino and Spanish kinship words used as titles (Lolo, Lola, Nanay, Tito, Ate,
  Kuya, abuela, don, dona, Sr., Sra., senora) are not part of a NAME span, like the
  honorifics in the rules; "Big" and "little" are descriptive.
- Ages: an age over 89 of an unnamed patient is AGE and makes the post specific; a
  relative's age over 89 (a patient's twin) is AGE; chart tokens are labelled as the
  whole token ("93yo", "91M"); "94 a" -> "94". Decade ranges ("in her 90s", "in
  their 80s"), exactly 89, durations ("97 dias", "41 days"), blood pressures, years
  of service and ages of staff, volunteers and historical figures are not labelled.
- Dates: a day of the month alone is labelled without "the"/"el dia" ("3rd", "15");
  a holiday that is the patient's day is labelled as its name ("Christmas" from
  "Christmas morning", "Easter Sunday", "Dia de Reyes", "Nochebuena"), and a numeric
  date for the same day is labelled too; a general holiday in the same post that is
  not the patient's day ("regalo de Navidad") is not. A quinceanera date is the
  patient's event. "last June 30" -> "June 30". Weekdays ("Thu", "Sunday"), times, "today",
  "last night" and seasons ("EL VERANO") are not dates.
- ED-board bed shorthand ("B12") is OTHER_ID with its keyword letter; rooms not tied
  to a patient (rooms closed for maintenance) are not labelled;
  ambulance units (Medic 14) and units (4 West, 5 Tower, 6 Pedi) are not.
- Foreign national identifiers (a Mexican CURP, a passport number) and a hospital
  portal user name are OTHER_ID; a family's social handle is OTHER_ID including "@".
- A photo of a form or checklist is not PHOTO; PHOTO only where the text says the
  attached picture/video shows the patient.
- Pets (a dog called Canela), mascots (Chance the Knights mascot) and foundations or
  trusts named for families are not labelled unless the family is introduced as a
  patient's relatives (then their names are).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev48.jsonl"), os.path.join(HERE, "phi_dev48_org.json"), "d48")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- English, patient

p(
    "en",
    "patient_story",
    "Meet Sunny Abalos 🌞 She's 26, a cocktail server, and on July 19 she collapsed from heat stroke walking to her car after a double shift. Core temp 107°F when she hit our ED. Eleven days later she walked out of the Flamingo campus ICU holding her husband Dodong's hand. Sunny days ahead! #HeatKills",
    [("NAME", "Sunny Abalos"), ("DATE", "July 19"), ("NAME", "Dodong")],
    note="Patient name (a word), date of collapse, husband's name. 'Sunny days' is a pun, not her name; the job is not an identifier.",
)

p(
    "en",
    "birth_announcement",
    "Talk about a plus-one 💍👶 Mom and dad were mid-vows at a chapel downtown when baby Chapel Reyes-Manalo decided to crash the ceremony. Born 3:12 a.m. on Valentine's Day in the back of Medic 14 and now resting with parents Kristine and Marco. #VegasBorn",
    [
        ("NAME", "Chapel Reyes-Manalo"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Kristine"),
        ("NAME", "Marco"),
    ],
    note="Baby named Chapel (lower-case 'chapel' is the venue), birth holiday, parents. Medic 14 is an ambulance unit; #VegasBorn is a campaign.",
)

p(
    "en",
    "public_figure",
    "Going home! Knights winger Teemu Halvorsen spent four nights with us after taking a puck to the face at T-Mobile on 11/23. Fractured orbital, repaired by Dr. Leilani Ocampo and team. Thanks for signing every cast on 6 Pedi on your way out, Teemu 🏒",
    [("NAME", "Teemu Halvorsen"), ("DATE", "11/23"), ("NAME", "Teemu", 2)],
    note="A hockey player who is the patient: his name and injury date are labelled. The surgeon, the arena and the unit are not.",
)

p(
    "en",
    "pasted_record",
    "ugh wrong window 🙈 -> DELA CRUZ, ROSALINDA M | DOB 02/11/1958 | MRN 004-71-9935 | rm 512-B | dx: NSTEMI | Culinary Health Fund ID CHF0044817 | cell 702-555-0263",
    [
        ("NAME", "DELA CRUZ, ROSALINDA M"),
        ("DATE", "02/11/1958"),
        ("MRN", "004-71-9935"),
        ("OTHER_ID", "rm 512-B"),
        ("HEALTH_PLAN", "CHF0044817"),
        ("PHONE", "702-555-0263"),
    ],
    note="Pasted chart line: chart-style name, DOB, MRN in SSN-like format, room, union health-fund member id, cell.",
)

p(
    "en",
    "milestone_birthday",
    "Happy 101ST birthday to Lola Pacita, who has been coming to our Henderson dialysis unit three mornings a week since she was 94! Her grandson Jomar brought pancit for the whole team 🎂 #DialysisFamily",
    [("AGE", "101ST"), ("NAME", "Pacita"), ("AGE", "94"), ("NAME", "Jomar")],
    note="ALL-CAPS ordinal age, name after the kinship title Lola, an earlier age over 89, grandson.",
)

p(
    "en",
    "memorial",
    "Rest easy, Ace. Horacio 'Ace' Villanueva dealt blackjack downtown for 41 years and was one of our first heart-failure clinic patients. He passed peacefully on the 3rd with his daughters Mylene and Gracie beside him. Services Saturday at St. Anne's. 🃏🕊️",
    [
        ("NAME", "Ace", 1),
        ("NAME", "Horacio 'Ace' Villanueva"),
        ("DATE", "3rd"),
        ("NAME", "Mylene"),
        ("NAME", "Gracie"),
    ],
    note="Nickname alone and full name with nickname, day of death as a bare ordinal, daughters. Employer years, the church and Saturday are not labelled.",
)

p(
    "en",
    "thank_you",
    "A huge thank-you to the Magbanua family (and cousin Tito Boy's lumpia 🥟) for the 200 care packages you dropped off in memory of your mom, Erlinda, who spent her last weeks on our 4 West oncology floor.",
    [("NAME", "Magbanua"), ("NAME", "Boy"), ("NAME", "Erlinda")],
    note="Donors introduced as the family of a patient: family surname, a cousin's nickname (Tito is a title), the patient's first name.",
)

p(
    "en",
    "crisis_update",
    "UPDATE 9:40pm: We have received 6 patients from the bus rollover on I-15 near Primm. Families looking for loved ones can call our reunification line (702) 555-0144. Confirmed here and stable: BENITEZ, Arturo (rm 308); a minor, family has been notified.",
    [("GEO", "I-15"), ("GEO", "Primm"), ("NAME", "BENITEZ, Arturo"), ("OTHER_ID", "rm 308")],
    note="Named patient in a crisis update: road and town of his crash, chart-style name, room. The reunification line is the hospital's.",
)

p(
    "en",
    "hospital_contact",
    "To the family of Mr. Jae-won Park, a visitor from Busan who came to us after a fall at his hotel Tuesday: we've tried the number on file. Please call our International Patient Office at (702) 555-0166 or email intl@desertneonmed.org. If you are his son, Min-jun, we also left a voicemail at +82 10-5550-3827.",
    [
        ("NAME", "Jae-won Park"),
        ("GEO", "Busan"),
        ("NAME", "Min-jun"),
        ("PHONE", "+82 10-5550-3827"),
    ],
    note="Tourist patient, his home city, his son and the family's foreign number, next to the hospital's office line and e-mail.",
)

p(
    "en",
    "birth_announcement",
    "welcome to the world reno james tupaz!! 7 lb 2 oz of pure cuteness born 10/1 at our henderson campus. big sis aurora is already obsessed 💕",
    [("NAME", "reno james tupaz"), ("DATE", "10/1"), ("NAME", "aurora")],
    note="Lower-case name that starts with a city (Reno), birth date, sister. 'henderson campus' is the hospital.",
)

p(
    "en",
    "staff_spotlight",
    "Our own charge nurse Maribel Tolentino, RN spent 9 days on the OTHER side of the bed after a rollover on Boulder Highway on May 30. She's heading home today to recover, and we can't wait to have her back on 3 East. Love you, Bel! ❤️ #NurseStrong",
    [
        ("NAME", "Maribel Tolentino"),
        ("GEO", "Boulder Highway"),
        ("DATE", "May 30"),
        ("NAME", "Bel"),
    ],
    note="A nurse who is the patient: name, nickname, road and date of her crash.",
)

p(
    "en",
    "pasted_record",
    "rm 412 nowak - 93yo F s/p fall at the Orleans buffet, R hip fx, ortho consult called, dtr (Bev) at 702.555.0291 wants callback after 5",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
        ("AGE", "93yo"),
        ("NAME", "Bev"),
        ("PHONE", "702.555.0291"),
    ],
    note="Lower-case chart note: room, surname, age token, daughter and her number. The casino buffet is a venue.",
)

p(
    "en",
    "patient_story",
    "Chance is 8, loves the Raiders, and had never seen the ocean. After his third round of chemo he told our child life team he wanted to 'see a wave,' so we brought the wave pool to him 🌊 (well, a kiddie pool on the 5th floor balcony). Keep fighting, buddy. #ChanceStrong",
    [("NAME", "Chance"), ("NAME", "#ChanceStrong")],
    note="A first name that is a word, and the name hashtag. Age 8 and '5th floor' are not identifiers.",
)

p(
    "en",
    "memorial",
    'FOREVER IN OUR HEARTS: DOLORES "LOLI" ARMENTA, 96, THE SHOWGIRL WHO DANCED AT THE DUNES IN THE 50s AND LATER VOLUNTEERED AT OUR GIFT SHOP FOR 22 YEARS. SHE PASSED IN OUR CARE ON NEW YEAR\'S DAY. 🕊️',
    [("NAME", 'DOLORES "LOLI" ARMENTA'), ("AGE", "96"), ("DATE", "NEW YEAR'S DAY")],
    note="A former volunteer who died as our patient: ALL-CAPS name with nickname, age, holiday of death.",
)

p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles would have set off the sprinklers, so we went with one big sparkler 🎇 Happy birthday to Mr. Ernesto Gallardo, retired Culinary Local 226 cook and the pride of our rehab gym. His great-granddaughter Yesenia made the sign!",
    [("AGE", "Ninety-nine"), ("NAME", "Ernesto Gallardo"), ("NAME", "Yesenia")],
    note="Age in words, name, great-granddaughter. The union local is an employer detail, not labelled.",
)

p(
    "en",
    "eponymous_condition",
    "Living with Crohn's at 19 isn't easy — but Jade Okonkwo just finished her first semester at UNLV while doing infusions in our Henderson clinic every 8 weeks. #CrohnsAndColitisAwarenessWeek is Dec 1–7; thank you for sharing your story, Jade!",
    [("NAME", "Jade Okonkwo"), ("NAME", "Jade", 2)],
    note="Patient name twice. Crohn's, the school, the awareness week dates and age 19 are not labelled.",
)

p(
    "en",
    "thank_you",
    "Shoutout to Marisol's mom for the sweetest email 😭 'Thank you NICU for 62 days and for teaching me to be her mom.' Want to send one too? Notes for our nurses go to thanks@desertneonmed.org — (Marisol's mom, we'll reply to your gmail, lupitaf.lv@gmail.com, this week!)",
    [("NAME", "Marisol", "*"), ("EMAIL", "lupitaf.lv@gmail.com")],
    note="NICU baby's name twice and the mother's personal e-mail, next to the hospital's own address.",
)

p(
    "en",
    "patient_story",
    "You might know him as 'Mr. T.' from the Fremont Street zipline crew. On Labor Day he came off a scooter and broke both wrists; last week he zipped again — with a cast signed by all of 2 South. 💪",
    [("NAME", "T."), ("DATE", "Labor Day")],
    note="Initial used as the patient's name, holiday of his injury. The zipline crew is his employer, not GEO.",
)

p(
    "en",
    "birth_announcement",
    "Born on the 4th of July with fireworks going off over the Strip, meet Liberty Anne Salonga ✨🇺🇸 Mom Jhoanna says the name was decided 'around minute 3 of pushing.' #NeonBabies",
    [("DATE", "4th of July"), ("NAME", "Liberty Anne Salonga"), ("NAME", "Jhoanna")],
    note="Birth date written as a holiday-style ordinal, baby's name (a word), mother. The fireworks over the Strip are not the baby's place.",
)

p(
    "en",
    "discharge",
    "After 41 days in our burn unit, Kaleo Makoa is going home to Pahrump! 🔥➡️🏠 His family's GoFundMe is still open for his rehab: gofundme.com/f/kaleo-burn-recovery. Mahalo, Kaleo, for teaching us the shaka.",
    [
        ("NAME", "Kaleo Makoa"),
        ("GEO", "Pahrump"),
        ("URL", "gofundme.com/f/kaleo-burn-recovery"),
        ("NAME", "Kaleo", 2),
    ],
    note="Name, home town, the family's fundraiser URL. '41 days' is a duration.",
)

p(
    "en",
    "pasted_record",
    "Pt ALCANTARA, Benigno 'Benny' — ICD Medtronic SN PJN881204S implanted 8/14, DC'd to home 8/16. Wife Perla driving, silver Tacoma NV plate 829-KLT, pick up at Flamingo entrance.",
    [
        ("NAME", "ALCANTARA, Benigno 'Benny'"),
        ("DEVICE", "PJN881204S"),
        ("DATE", "8/14"),
        ("DATE", "8/16"),
        ("NAME", "Perla"),
        ("VEHICLE", "829-KLT"),
    ],
    note="Chart name with nickname, device serial, implant and discharge dates, wife, plate. The Flamingo entrance is the hospital's.",
)

p(
    "en",
    "staff_spotlight",
    "Volunteer spotlight 🌟 Every Thursday, Rudy Esparza pushes the coffee cart through our cardiac floor. Twelve years ago he was on it as a patient — his heart transplant was on March 8 — and he says the cart is his way of paying it back.",
    [("NAME", "Rudy Esparza"), ("DATE", "March 8")],
    note="A volunteer spotlight that tells his own care: as the patient, his name and transplant date are labelled.",
)

p(
    "en",
    "hospital_contact",
    "Records requests: Family of patient Trinidad Ochoa, we received your request to send her discharge summary to fax (702) 555-0238 — our HIM team uses fax (702) 555-0130 only for outgoing. Please confirm by calling HIM at (702) 555-0131.",
    [("NAME", "Trinidad Ochoa"), ("FAX", "(702) 555-0238")],
    note="Patient name that begins with a place name, the family's fax, next to the hospital's HIM fax and phone.",
)

p(
    "en",
    "public_figure",
    "Cirque acrobat Anouk Delacroix-Baptiste is back in the air 🤸 after a 20-ft fall during rehearsal on Oct. 2 fractured two vertebrae. She did her PT with us in Henderson and sent this video of her first full run — thank you for letting us share, Anouk!",
    [
        ("NAME", "Anouk Delacroix-Baptiste"),
        ("DATE", "Oct. 2"),
        ("PHOTO", "video"),
        ("NAME", "Anouk", 2),
    ],
    note="A performer who was our patient: name, date of the fall, the attached video of her. Henderson is the hospital's site; the show is her employer.",
)

p(
    "en",
    "anonymous_story",
    "Our oldest ED patient this year? A 104-year-old great-great-grandmother who came in by ambulance after a fall and insisted on doing her own lipstick before x-rays 💄 She's home and doing great.",
    [("AGE", "104-year-old")],
    note="Unnamed patient, but an age over 89 is an identifier.",
)

p(
    "en",
    "birth_announcement",
    "Twins on Halloween 🎃👻! Please welcome Mateo and Matías Ybarra, born 11 minutes apart on 10/31 — 'one trick, one treat' says Dad, Joaquín. Both went home in matching pumpkin onesies.",
    [
        ("DATE", "Halloween"),
        ("NAME", "Mateo"),
        ("NAME", "Matías Ybarra"),
        ("DATE", "10/31"),
        ("NAME", "Joaquín"),
    ],
    note="Birth day as holiday and as numeric date (both labelled), twins' names, father.",
)

p(
    "en",
    "pasted_record",
    "ED board 0300: B12 LUMAUIG J 91M syncope casino floor | B14 'baby boy Quiroga' 6wk fever | B07 (tourist) SCHMIDT-HOFER, Anke 34F pool near-drown → ICU",
    [
        ("OTHER_ID", "B12"),
        ("NAME", "LUMAUIG J"),
        ("AGE", "91M"),
        ("OTHER_ID", "B14"),
        ("NAME", "Quiroga"),
        ("OTHER_ID", "B07"),
        ("NAME", "SCHMIDT-HOFER, Anke"),
    ],
    note="ED board: bed shorthand, chart names, chart age token over 89. '34F' and '6wk' are not labelled.",
)

p(
    "en",
    "thank_you",
    "Paris, your dad wanted us to tell the world: you were the bravest 7-year-old to ever get stitches in our Henderson ER. He also says sorry for the ugly crying. 😂 Stay fierce, P!",
    [("NAME", "Paris"), ("NAME", "P")],
    note="A child named after a city, and her initial.",
)

p(
    "en",
    "milestone_birthday",
    "Maligayang kaarawan to our 90th birthday girl, Nanay Conching! 🎉 She's been an inpatient on 5 Tower since her stroke on the 2nd, and the nurses threw her a surprise with her favorite ube cake. Her son Rodel flew in from Cebu for it.",
    [("AGE", "90th"), ("NAME", "Conching"), ("DATE", "2nd"), ("NAME", "Rodel"), ("GEO", "Cebu")],
    note="Ordinal age, nickname after the title Nanay, day of stroke, son and the son's city.",
)

p(
    "en",
    "research",
    "Grateful to Ramona Quintero, 92, the first participant enrolled in our heat-stroke cooling trial at the Flamingo campus. She joined after being brought in from her North Las Vegas apartment when her AC failed on August 9. 'If it helps somebody's abuela, sign me up.'",
    [("NAME", "Ramona Quintero"), ("AGE", "92"), ("GEO", "North Las Vegas"), ("DATE", "August 9")],
    note="A named trial participant: age over 89, home city, date she was brought in.",
)

p(
    "en",
    "campaign_hashtag",
    "Lighting up the Henderson tower gold tonight for #TeamIsabeau 💛 and every kid fighting cancer this September. #GoldInSeptember #ChildhoodCancerAwarenessMonth",
    [("NAME", "#TeamIsabeau")],
    note="The patient is named only in a hashtag; the other hashtags and September are campaign/awareness.",
)

p(
    "en",
    "crisis_update",
    "HEAT ALERT day 6: our EDs have treated 212 heat-related illnesses since the 1st. Cooling centers are listed at desertneonmed.org/heat. We're also asking for help finding the family of an older man brought in from the Trop & Koval bus stop — he tells us his name is Wendell and his daughter's name is Cherise. Call (702) 555-0170.",
    [("GEO", "Trop & Koval"), ("NAME", "Wendell"), ("NAME", "Cherise")],
    note="Patient's first name, daughter's name, the intersection where he was found. 'the 1st' is the alert's start, not his date.",
)

p(
    "en",
    "discharge",
    "Nicknamed 'Peanut' by the whole NICU crew 🥜, little Esperanza Lizárraga went home Thursday weighing 5 lbs even. mom @lizarraga.fam says thank you to every nurse who sang to her at 3am",
    [("NAME", "Peanut"), ("NAME", "Esperanza Lizárraga"), ("OTHER_ID", "@lizarraga.fam")],
    note="Quoted nickname, full name (Esperanza is a word), the family's social handle.",
)

p(
    "en",
    "memorial",
    "Silver and Black forever 🏴‍☠️ We lost our friend Big Lou Santangelo on Sunday, 11/17, after a long fight with ALS. Lou never missed a Raiders home game, even with his vent. His wife Carmela asked us to share that donations can go to the ALS association.",
    [("NAME", "Lou Santangelo"), ("DATE", "11/17"), ("NAME", "Lou", 2), ("NAME", "Carmela")],
    note="Name without the descriptive 'Big', date of death (Sunday is not labelled), wife.",
)

p(
    "en",
    "pasted_record",
    "Billing flagged: acct# 55-0193-8841 / guarantor SORIANO, Gilbert / last 4 SSN 7720 / ins: Prominence member 9XK-33821-01 — pls call Gil back at (725) 555-0219 re payment plan",
    [
        ("ACCOUNT", "55-0193-8841"),
        ("NAME", "SORIANO, Gilbert"),
        ("SSN", "7720"),
        ("HEALTH_PLAN", "9XK-33821-01"),
        ("NAME", "Gil"),
        ("PHONE", "(725) 555-0219"),
    ],
    note="Billing paste: account, guarantor name and nickname, partial SSN, plan member id, phone.",
)

p(
    "en",
    "birth_announcement",
    "Meet Vegas Marie Dumlao, born 2:22 a.m. on 2/22 🎰 (yes, her parents are dealers). 6 lbs 9 oz, Henderson campus. #VegasBorn",
    [("NAME", "Vegas Marie Dumlao"), ("DATE", "2/22")],
    note="A baby named Vegas; birth date. The time, the parents' jobs and #VegasBorn are not labelled.",
)

p(
    "en",
    "discharge",
    "Discharge day for Mr. Florentino Basa! 🎈 After his triple bypass he's headed home to 89121 where his wife of 60 years, Luzviminda, has been 'cleaning the house for two weeks.'",
    [("NAME", "Florentino Basa"), ("GEO", "89121"), ("NAME", "Luzviminda")],
    note="Name, home ZIP, wife.",
)

p(
    "en",
    "thank_you",
    "Thank you @jcm_lv_dad for the kind words about our peds ER last night! For everyone asking: J.C. is doing great and already back on his scooter (with a helmet this time 😅).",
    [("OTHER_ID", "@jcm_lv_dad"), ("NAME", "J.C.")],
    note="A parent's social handle and the child's initials.",
)

p(
    "en",
    "event",
    "Join us Saturday, April 12 at 9am at the Henderson campus for the 3rd annual Run for Remy 5K 🏃 Remy Castellanos was 11 when he drowned in a backyard pool in Summerlin; his parents, Dana and Luis, started this race to fund free swim lessons.",
    [
        ("NAME", "Remy", 1),
        ("NAME", "Remy Castellanos"),
        ("GEO", "Summerlin"),
        ("NAME", "Dana"),
        ("NAME", "Luis"),
    ],
    note="A memorial race named for a patient: his name, neighbourhood of the drowning, parents. The race date is an event date.",
)

p(
    "en",
    "health_tip",
    "Heat tip from someone who learned the hard way: 'Drink before you're thirsty.' — Gus Pantaleon, 58, valet at a Strip resort, treated in our ED on July 3 for heat exhaustion. Gus says: pre-hydrate, wear the hat, take the break.",
    [("NAME", "Gus Pantaleon"), ("DATE", "July 3"), ("NAME", "Gus", 2)],
    note="A tip quoting a named patient with his ED date. Age 58 and his employer are not labelled.",
)

p(
    "en",
    "staff_spotlight",
    "Staff spotlight x baby spotlight 👶 Our L&D nurse Kimberly Ng delivered HERSELF a new coworker... kidding. She delivered baby Theo on 1/9 in room 214 of the very unit she works in. Congrats Kim and husband Darren!",
    [
        ("NAME", "Kimberly Ng"),
        ("NAME", "Theo"),
        ("DATE", "1/9"),
        ("OTHER_ID", "room 214"),
        ("NAME", "Kim"),
        ("NAME", "Darren"),
    ],
    note="A nurse who gave birth here is the patient: her name and nickname, the baby, birth date, room, husband.",
)

p(
    "en",
    "patient_story",
    "They call him 'Lucky' at the craps tables, and after surviving a cardiac arrest on the casino floor — a security guard started CPR within a minute — the name fits. Lucky (Bernard Oyelaran to his mom) spent 6 days with us. #HandsOnlyCPR",
    [("NAME", "Lucky", "*"), ("NAME", "Bernard Oyelaran")],
    note="Nickname that is a word, twice, and the legal name.",
)

p(
    "en",
    "milestone_birthday",
    "Happy birthday to our favorite frequent flyer in the wound clinic 🥳 Mrs. Hazel Oduya turns 97 today (pic shared with her permission!) and she asked for exactly one gift: 'don't make me take my shoes off.' Her twin sister Opal turns 97 too, obviously.",
    [("NAME", "Hazel Oduya"), ("AGE", "97", "*"), ("PHOTO", "pic"), ("NAME", "Opal")],
    note="Name, age over 89 (also her twin's), the attached picture of her, sister. Both names are also words.",
)

p(
    "en",
    "crisis_update",
    "Update on the boating accident at Lake Mead: two patients remain with us. The family of Isaiah Tuilagi has asked us to share that he is awake and talking. Please respect their privacy. Media inquiries: (702) 555-0177.",
    [("GEO", "Lake Mead"), ("NAME", "Isaiah Tuilagi")],
    note="Named patient and the lake where he was hurt; the media line is the hospital's.",
)

p(
    "en",
    "public_figure",
    "Get well soon to Raiders long snapper Cody Wheelwright, who had his appendix out at our Flamingo campus on Dec. 28 and says he'll be back for the playoff game 🏈 (Cody, our surgeons say: no long snapping for 2 weeks.)",
    [("NAME", "Cody Wheelwright"), ("DATE", "Dec. 28"), ("NAME", "Cody", 2)],
    note="A football player as our patient: name and surgery date.",
)

p(
    "en",
    "discharge",
    "SHE RANG THE BELL!!! 🔔 Six months of chemo and today our girl Xiomara 'Xio' Pagdanganan is officially DONE. Xio, the Henderson infusion nurses already miss your playlists. #XioStrong #NoMoreChemo",
    [("NAME", "Xiomara 'Xio' Pagdanganan"), ("NAME", "Xio", 2), ("NAME", "#XioStrong")],
    note="Full name with nickname, nickname alone, name hashtag.",
)

p(
    "en",
    "sponsor",
    "Thank you to Gerald and Pam Whitcomb for funding two new cooling beds for our burn unit, in honor of their grandson Tanner, who was treated here after a house fire on Tropicana Avenue.",
    [("NAME", "Gerald"), ("NAME", "Pam Whitcomb"), ("NAME", "Tanner"), ("GEO", "Tropicana Avenue")],
    note="Donors introduced as a patient's grandparents are labelled, with the grandson and the street of the fire.",
)

p(
    "en",
    "pasted_record",
    "Security log: MyNeon portal user 'gloria.mabini58' locked out after 6 attempts from IP 172.16.88.203. Patient GLORIA MABINI called from 702-555-0274 to reset. Closed.",
    [
        ("OTHER_ID", "gloria.mabini58"),
        ("IP", "172.16.88.203"),
        ("NAME", "GLORIA MABINI"),
        ("PHONE", "702-555-0274"),
    ],
    note="Portal user name, the patient's IP, ALL-CAPS name, phone.",
)

p(
    "en",
    "hospital_contact",
    "Lost & found 🧳: a wedding ring and a rosary were turned in at our Henderson ED. If they belong to your grandmother, Corazon Bautista (she was seen Tuesday), please call Security at (702) 555-0155 — or we'll call you back at the number you left, 725-555-0246.",
    [("NAME", "Corazon Bautista"), ("PHONE", "725-555-0246")],
    note="Patient's name and the family's number next to the hospital security line.",
)

p(
    "en",
    "memorial",
    "We said goodbye to little Noel Parreño on Christmas morning, the day he was named for. He was 4 and loved the Golden Knights, the Chance mascot, and his big brother Enzo. Our PICU family will miss you, Noel. 🎄💙",
    [("NAME", "Noel Parreño"), ("DATE", "Christmas"), ("NAME", "Enzo"), ("NAME", "Noel", 2)],
    note="Child's name, day of death as a holiday, brother. The mascot Chance is not a person.",
)

p(
    "en",
    "staff_spotlight",
    "Meet Ed 'Eddie' Marasigan, 31 years in our EVS department and, since his kidney transplant on April 2nd, our loudest organ-donation advocate. 'Sign up at the DMV,' he says. 'It takes ten seconds.'",
    [("NAME", "Ed 'Eddie' Marasigan"), ("DATE", "April 2nd")],
    note="A staff member's own transplant makes him the patient: name and transplant date. Years of service are not an age.",
)

p(
    "en",
    "discharge",
    "Discharge checklist photo for Mr. Yusuf Karaca — MRN: DN/00-58/1123 — all boxes ticked ✅ Go home, rest, and please stop trying to carry your own suitcase.",
    [("NAME", "Yusuf Karaca"), ("MRN", "DN/00-58/1123")],
    note="Name and an MRN in an odd slash format. The photo is of a checklist, not of him: not PHOTO.",
)

p(
    "en",
    "pasted_record",
    "Consent form scan: Patient: Tomasa Icaza Lugo  DOB: 1938-05-17  Procedure date: Thu 2024-03-07  Witness: R. Ybañez, RN",
    [("NAME", "Tomasa Icaza Lugo"), ("DATE", "1938-05-17"), ("DATE", "2024-03-07")],
    note="ISO dates of birth and procedure; the weekday and the witnessing nurse are not labelled.",
)

p(
    "en",
    "patient_story",
    "Jun-Jun is 12 and was the only one in his family who could speak English at the ED desk when his lola collapsed at their Paradise apartment. He translated for our team for three hours. Lola Remedios is recovering; Jun-Jun got an honorary badge. 🏅",
    [("NAME", "Jun-Jun", "*"), ("GEO", "Paradise"), ("NAME", "Remedios")],
    note="The patient's grandson (nickname), their town (Paradise, NV, a word), the patient's name after the title Lola.",
)

p(
    "en",
    "birth_announcement",
    "Married at 4 p.m. at the Graceland chapel, in labor by 6, parents of a baby boy by 11:15 p.m. 💒➡️👶 Congrats to the Ferrer-Ilagan family on little Elvis (yes, really) — born the same night as his parents' wedding. Mom posts the whole saga at @ferrer_ilagan_weds",
    [("NAME", "Ferrer-Ilagan"), ("NAME", "Elvis"), ("OTHER_ID", "@ferrer_ilagan_weds")],
    note="Family surname, a baby named Elvis, the family's handle. The chapel is a venue; no calendar date is given.",
)

p(
    "en",
    "memorial",
    "In loving memory of Mrs. Opaline Whitaker, who celebrated her hundredth birthday in our rehab dining room in May and passed on Sept 21. Her son Russell says she 'out-lived three casinos she worked at.'",
    [
        ("NAME", "Opaline Whitaker"),
        ("AGE", "hundredth"),
        ("DATE", "May"),
        ("DATE", "Sept 21"),
        ("NAME", "Russell"),
    ],
    note="Name, ordinal age in words, birthday month, date of death, son.",
)

p(
    "en",
    "hospital_contact",
    "Media: for interviews about the Henderson pool-safety program, email media@desertneonmed.org. The Ortiz-Bell family has agreed to speak about their son Caleb's near-drowning; please reach them only through us, not at ortizbellfam@outlook.com.",
    [("NAME", "Ortiz-Bell"), ("NAME", "Caleb"), ("EMAIL", "ortizbellfam@outlook.com")],
    note="Family surname, the patient, the family's e-mail, next to the hospital's media address.",
)

p(
    "en",
    "pasted_record",
    "Insurance verification: pt QUINTANILLA-REY, Soledad  Medicare MBI 1EG4-TE5-MK73  secondary: Culinary Health Fund 0007781204  DOB 07.04.49",
    [
        ("NAME", "QUINTANILLA-REY, Soledad"),
        ("HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("HEALTH_PLAN", "0007781204"),
        ("DATE", "07.04.49"),
    ],
    note="Chart name, Medicare and union health-fund ids, dotted DOB.",
)

p(
    "en",
    "patient_story",
    "Faith got her new heart on Easter Sunday. Her mom says their faith got them through 14 months on the transplant list; Faith says it was the slushies. 🫀 #DonateLife",
    [("NAME", "Faith", "*"), ("DATE", "Easter Sunday")],
    note="A name that is also a word (lower-case 'faith' is the word), transplant day as a holiday.",
)

p(
    "en",
    "public_figure",
    "Yes, Elvis has left the building 🕺 — our favorite impersonator, Dwayne 'The King' Pruitt, went home from 7 North today after his knee replacement. He sang 'Love Me Tender' to the nurse who took out his staples. Thank you, thank you very much, Dwayne.",
    [("NAME", "Dwayne 'The King' Pruitt"), ("NAME", "Dwayne", 2)],
    note="An Elvis impersonator as our patient: his name is labelled; Elvis, the public figure, is not.",
)

p(
    "en",
    "patient_story",
    "Bell's palsy hit Ximena 'Mena' Lozano three days before her quinceañera, on the 9th. Her face had mostly recovered by the big day — the 24th — and she danced the vals with her dad, Rigo. 💃 Bell's palsy usually improves in weeks; see a doctor fast.",
    [("NAME", "Ximena 'Mena' Lozano"), ("DATE", "9th"), ("DATE", "24th"), ("NAME", "Rigo")],
    note="Name with nickname, days of the month of onset and of her quinceanera, father. Bell's palsy is an eponym.",
)

p(
    "en",
    "thank_you",
    "Thank you, Miss Genevieve Sato, for the feathers! 🪶 After her ankle reconstruction here in March, the Jubilee-era showgirl came back to teach our pediatric patients a dance number. Genevieve turned 91 last month and still does the kicks.",
    [("NAME", "Genevieve Sato"), ("DATE", "March"), ("NAME", "Genevieve", 2), ("AGE", "91")],
    note="A former patient who now volunteers: name, month of her surgery, age over 89.",
)

p(
    "en",
    "pasted_record",
    "From an EMS run sheet (now deleted): pt found on Koval Ln, NV DL# 1503227789, name on license HALLORAN, TERRENCE, est 40s, no wallet otherwise.",
    [("GEO", "Koval Ln"), ("LICENSE", "1503227789"), ("NAME", "HALLORAN, TERRENCE")],
    note="Street where the patient was found, driver's licence number, chart-style name. 'est 40s' is not an age over 89.",
)

p(
    "en",
    "milestone_birthday",
    "Our NICU grad reunion is next month, but one grad can't wait: Happy 1st birthday, Zaylee Ramos-Ubaldo! 🎂 Born at 24 weeks last June 30, she's now walking along the couch. Love, the NICU.",
    [("NAME", "Zaylee Ramos-Ubaldo"), ("DATE", "June 30")],
    note="Name and birth date written after 'last'. The reunion and '1st birthday' are not labelled.",
)

p(
    "en",
    "campaign_hashtag",
    "🎰 Every dollar from this weekend's Poker Run goes to pediatric trauma — and this year we're riding for #RollinForRomeo 🏍️ #DesertNeonCares",
    [("NAME", "#RollinForRomeo")],
    note="A patient named only inside a hashtag; #DesertNeonCares is the campaign.",
)

p(
    "en",
    "crisis_update",
    "This is NOT a drill: a tour bus fire on Las Vegas Blvd this morning. We received 9 patients, the oldest 93. All families are being contacted. Do not come to the ED; call (702) 555-0144.",
    [("GEO", "Las Vegas Blvd"), ("AGE", "93")],
    note="An unnamed patient's age over 89 makes it specific; the road of that patient's injury is GEO.",
)

p(
    "en",
    "patient_story",
    "Summer in Vegas means pool season, and pool season means we meet kids like Summer Delacruz, 4, who slipped under at a neighbor's party in Spring Valley on Memorial Day. Summer's fine now — because her uncle Jun knew CPR. Learn it: free class every 2nd Tuesday.",
    [
        ("NAME", "Summer Delacruz"),
        ("NAME", "Summer", 3),
        ("GEO", "Spring Valley"),
        ("DATE", "Memorial Day"),
        ("NAME", "Jun"),
    ],
    note="The first 'Summer' is the season (declared ok); the girl's name, the neighbourhood and holiday of the drowning, her uncle.",
    ok=("Summer",),
)

p(
    "en",
    "birth_announcement",
    "Our first Día de los Muertos baby 💀🌼: Catrina Luz Velarde, born Nov. 2 at 6:50 a.m. to mom Araceli, who works the buffet line at a downtown casino. Papá Beto painted his face for the occasion.",
    [
        ("DATE", "Día de los Muertos"),
        ("NAME", "Catrina Luz Velarde"),
        ("DATE", "Nov. 2"),
        ("NAME", "Araceli"),
        ("NAME", "Beto"),
    ],
    note="Birth day as holiday and date, baby, parents. The mother's employer is not labelled.",
)

p(
    "en",
    "eponymous_condition",
    "Hashimoto's at 30, Graves' at 45 — and now Teodora 'Teddy' Balmaceda is thyroid-free after surgery on the 18th. Teddy asked us to post this for every woman told 'it's just stress.' 🦋",
    [("NAME", "Teodora 'Teddy' Balmaceda"), ("DATE", "18th"), ("NAME", "Teddy", 2)],
    note="Name and nickname, surgery day of the month. The eponymous diseases are not labelled.",
)

p(
    "en",
    "eponymous_condition",
    "Parkinson's didn't stop Manny 'Hands' Ocampo from dealing baccarat for 8 more years. Since his deep brain stimulator (serial NS-7741-0032) went in here on 2/5, his hands are steady again. 🃏",
    [("NAME", "Manny 'Hands' Ocampo"), ("DEVICE", "NS-7741-0032"), ("DATE", "2/5")],
    note="Name with nickname, implant serial, implant date. Parkinson's is an eponym.",
)

p(
    "en",
    "campaign_hashtag",
    "Knights fans, we see you 👀 The whole 5 Tower crew wore jerseys today for #MilesOfMiles, our patient who has watched every period from his bed since the 12th. Go Knights go! #KnightsCare",
    [("NAME", "#MilesOfMiles"), ("DATE", "12th")],
    note="A patient named only in a hashtag, and the day of the month of his admission.",
)

p(
    "en",
    "crisis_update",
    "Mass-casualty drill recap: thank you to the 140 volunteer 'victims' — and a real-life twist: drill volunteer Celestine Mbeki actually fainted in the heat at 9:12 a.m. and became our only true patient of the day (room 17, she's fine!).",
    [("NAME", "Celestine Mbeki"), ("OTHER_ID", "room 17")],
    note="A drill volunteer who became a real patient: her name and room are labelled. The drill volunteers as a group are not.",
)

p(
    "en",
    "research",
    "Meet our 100th enrollee in the Vegas Lifeguard CPR study: pool attendant Tavita Faleolo, who did 4 minutes of compressions on a guest before EMS arrived — and then became a patient himself with chest pain on 8/2. Tavita, you're a legend.",
    [("NAME", "Tavita Faleolo"), ("DATE", "8/2"), ("NAME", "Tavita", 2)],
    note="'100th enrollee' is not an age. The enrollee became a patient: name and date.",
)

p(
    "en",
    "research",
    "Thank you to the Delos Santos family for letting us share that baby Mirasol, born at 23 weeks on 3/30, is part of our NICU cooling-blanket trial. Dad Emil says 'if she can help the next baby, that's her first job.'",
    [("NAME", "Delos Santos"), ("NAME", "Mirasol"), ("DATE", "3/30"), ("NAME", "Emil")],
    note="Two-word family surname, baby's name, birth date, father.",
)

p(
    "en",
    "anonymous_story",
    "Night shift on 6 West: the gentleman in room 622 has now taught four nurses to play pinochle. He says he'll be discharged 'when I win.' 🃏",
    [("OTHER_ID", "room 622")],
    note="An unnamed patient tied to a room number: the room is an identifier.",
)

# ---------------------------------------------------------------- English, other

n(
    "en",
    "staff_spotlight",
    "Meet Dr. Rosalind Achterberg, our new Chief of Trauma Surgery, who trained at Shock Trauma in Baltimore and ran a trauma bay after the 1 October shooting. Outside work she's a marathoner and a terrible karaoke singer (her words). Welcome, Dr. A! #NeonFamily",
    "A surgeon's name, training city, a public event date and her initial: staff, not a patient.",
)

n(
    "en",
    "health_tip",
    "🌡️ It's going to hit 116°F this weekend. If you work outside — valet, landscaping, construction, pool deck — take your breaks in the shade, drink 8 oz of water every 15–20 minutes, and know the signs: confusion, no sweating, hot red skin = call 911.",
    "General heat advice; 911 is a national line.",
)

n(
    "en",
    "event",
    "Mass-casualty drill this Thursday, March 13, 7–11 a.m. at our Flamingo campus. You'll see ambulances, 'patients' in moulage and a lot of people in yellow vests. It's a drill! Questions: (702) 555-0100.",
    "An event date and the hospital's campus and main line; the drill 'patients' are actors.",
)

n(
    "en",
    "statistic",
    "In 2023, Clark County recorded 294 heat-associated deaths — most of them adults over 60, and many unhoused. Our EDs saw a 38% rise in heat stroke from June to August. #ExtremeHeat",
    "Population statistics; the county and months describe everyone, not a patient.",
)

n(
    "en",
    "recruitment",
    "Now hiring: bilingual (Tagalog/English) patient access reps at our Henderson campus! Night shift differential, Culinary-friendly schedules, tuition help. Apply at careers.desertneonmed.org or text NEON to (702) 555-0199.",
    "Recruitment with the hospital's own domain and text line.",
)

n(
    "en",
    "public_figure",
    "Huge thanks to Golden Knights captain Marcus Lindqvist and goalie Pelle Ström for spending the afternoon on our pediatric floor 🏒⚔️ The kids got autographs; the nurses got selfies. #KnightsCare",
    "Visiting athletes are public figures, not patients; no child is identified.",
)

n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement disorders clinic in Henderson offers free Rock Steady Boxing classes on Wednesdays for anyone living with Parkinson's disease. Call (702) 555-0125.",
    "Eponymous condition, awareness month, hospital clinic line.",
)

n(
    "en",
    "anonymous_story",
    "A patient in her 90s told our night nurse she'd survived the Depression, two husbands and the Stardust closing, so 'a little pneumonia' wasn't going to get her. She went home Friday. 💪",
    "Anonymous; 'in her 90s' is a decade range, not an age (decision), and Friday is a weekday.",
)

n(
    "en",
    "sponsor",
    "Thank you to the Culinary Union Local 226 and the Tropicana Avenue Merchants Association for sponsoring 500 free cooling kits for hotel workers this summer! ☀️🧊",
    "Sponsors; the street is part of an association's name, not a patient's place.",
)

n(
    "en",
    "memorial",
    "Our hearts are broken. Charge nurse Felicitas 'Fely' Dizon, who worked nights in our ICU for 27 years, passed away on Feb. 3. Fely trained half the nurses in this building. Services will be held at Our Lady of Las Vegas on Feb. 10.",
    "Memorial of a staff member: her name and dates are not a patient's.",
)

n(
    "en",
    "campaign_hashtag",
    "Sun's out, lifeguards out 🏊 Share your family's water-watcher pledge with #NeonSafeSplash and #WatchTheWater — every share = $1 toward free swim lessons in East Las Vegas.",
    "Campaign hashtags; the neighbourhood is where lessons are funded, not a patient's.",
)

n(
    "en",
    "crisis_update",
    "Due to a water main break on our Flamingo campus, elective surgeries for Tuesday are postponed. The ED remains open. Patients with appointments will be called; questions to (702) 555-0100.",
    "Operational update; no patient identified.",
)

n(
    "en",
    "research",
    "New from our heat research team, led by Dr. Amani Castillo-Vogt: cold-water immersion within 30 minutes of arrival cut heat-stroke deaths by half among 412 patients treated 2019–2023. Published this week in Annals of Emergency Medicine.",
    "Researcher's name and aggregate results.",
)

n(
    "en",
    "hospital_contact",
    "Need us? Main: (702) 555-0100 · Henderson: (702) 555-0123 · Nurse line 24/7: (702) 555-0150 · 3900 West Flamingo Road, Las Vegas, NV 89103 · desertneonmed.org · @DesertNeonMC",
    "Only the hospital's own numbers, address, domain and handle.",
)

n(
    "en",
    "birth_announcement",
    "Did you know? 31 babies were born at our two campuses on 2/22/22 — 'Twosday.' This year we're expecting another rush on 7/7, the most popular wedding date on the Strip. 💒👶",
    "Aggregate births on a date, and a popular wedding date: no individual baby.",
)

n(
    "en",
    "discharge",
    "Our 'Discharge Before Noon' project is working: average time from discharge order to ride home is down 47 minutes. Shout out to 6 West for leading the way! 🚗",
    "Quality-improvement news about a unit.",
)

n(
    "en",
    "thank_you",
    "Thank you to the Clark County Fire Department Station 18 crew for the 40 pizzas 🍕 and to Battalion Chief Renata Olvera for speaking at our EMS appreciation lunch on May 21.",
    "Thanks to first responders; the lunch date is an event date.",
)

n(
    "en",
    "memorial",
    "Remembering Dr. Mary Rendón-Hale, who opened the first Spanish-language prenatal clinic in Las Vegas in 1962 — the clinic that grew into our Women's Pavilion. Born on March 2, she'd have been 103 today.",
    "A historical figure: her birthday and age over 89 are not a patient's.",
)

n(
    "en",
    "milestone_birthday",
    "Desert Neon turns 45 today! 🎂 On June 4, 1979, we opened with 80 beds and one ambulance bay on Flamingo Road. Thank you, Las Vegas.",
    "The hospital's own birthday and founding date.",
)

n(
    "en",
    "pasted_record",
    "Reminder to all staff: never post screenshots like this → 'NAME: ______ DOB: __/__/____ MRN: ________ RM: ___'. If it has a chart field in it, it doesn't go on social. #HIPAA",
    "An empty chart template; no values.",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Week spotlight 💙 Ate Joy Manansala (ICU), Kuya Randy Sisante (ED) and Maria Dolores Ventura (L&D) have more than 90 years of combined service at Desert Neon. Salamat po for everything!",
    "Staff names with Filipino honorifics; '90 years' is combined service, not an age.",
)

n(
    "en",
    "health_tip",
    "Wedding in Vegas and 36 weeks pregnant? 🤰💒 Congrats! Bring your prenatal records, know where the nearest L&D is (our Henderson campus is 12 min from most chapels), and skip the 3 a.m. buffet.",
    "General advice to any pregnant visitor.",
)

n(
    "en",
    "event",
    "Save the date: Saturday, Oct. 18 is our Día de los Muertos ofrenda night in the Henderson lobby. Bring a photo of a loved one you've lost — staff, families, community all welcome. 🕯️🌼",
    "Event date and a holiday; the photo is of anyone's loved one.",
)

n(
    "en",
    "statistic",
    "Pool drownings are the #1 cause of death for Nevada kids ages 1–4. Last year our PICUs treated 37 submersion injuries — 29 of them in backyard pools. Fence it. Alarm it. Watch it.",
    "Aggregate numbers only.",
)

n(
    "en",
    "recruitment",
    "Showgirl to scrub tech? 💃➡️🩺 Our Surgical Tech apprenticeship is paid, 12 months, and open to career changers from the entertainment and hospitality industries. Info session Monday 6/2, 5 p.m., Henderson Auditorium.",
    "Recruitment with an event date.",
)

n(
    "en",
    "public_figure",
    "Thanks to Raiders defensive end Malik Oyelowo-Grant and Mayor Delphine Arceneaux for cutting the ribbon on our new pediatric ED on 12/5. Malik's mom was a nurse here in the '90s, so this one was personal. 🏈",
    "A player, an official and a staff member's family; the ribbon-cutting date is an event date.",
)

n(
    "en",
    "sponsor",
    "Our new NICU family lounge is open thanks to the Castellanos-Ward Family Foundation and the Henderson Silver Knights. Named for the late Trini Castellanos-Ward, who chaired our foundation board for 20 years. 💙",
    "A foundation and the board chair it is named for: donors, not patients.",
)

n(
    "en",
    "crisis_update",
    "We are aware of the incident at a Strip property this evening. Our Level I trauma center has activated its mass-casualty plan. Please do NOT come to our EDs looking for loved ones — call the family reunification line at (702) 555-0144. Updates here every hour.",
    "No patient identified; 'a Strip property' is vague; the line is the hospital's.",
)

n(
    "en",
    "anonymous_story",
    "Last night a couple got married at a wedding chapel, felt the first contraction at the reception, and met their daughter at 2 a.m. in our L&D. Congrats, newlyweds! 💍👶",
    "Nameless birth story: 'last night' is relative, the chapel is unnamed.",
)

n(
    "en",
    "health_tip",
    "Casino floors are cold, the walk to the parking garage is 110°F. Big temperature swings are rough on hearts. If you have heart failure, ask your cardiologist about a summer plan before July.",
    "General advice; July is not tied to anyone.",
)

n(
    "en",
    "staff_spotlight",
    "Meet Reynaldo 'Rey' Cabatingan, Henderson ED security for 15 years and a former Golden Gloves boxer. Rey has calmed more tense moments in our waiting room than anyone can count. Happy work anniversary, Rey — June 16 is your day! 🥊",
    "A security officer's name, nickname and work anniversary: staff.",
)

n(
    "en",
    "event",
    "Free sports physicals for Clark County middle schoolers, Saturday July 26, 8 a.m.–noon at our Henderson campus, 2450 Sunset Lantern Parkway. Bring your school ID and a parent!",
    "Event date and the hospital's own address.",
)

n(
    "en",
    "statistic",
    "By the numbers, Culinary members in our care last year: 11,482 ED visits, 2,210 surgeries, 614 babies. Thank you for trusting us with your health, Local 226. 💙",
    "Aggregate numbers for a union population.",
)

n(
    "en",
    "research",
    "Enrolling now: the HEAT-SHIELD study for outdoor hospitality workers (valets, bellhops, pool attendants). Ages 18–65, English/Spanish/Tagalog. Contact the research coordinator, Alana Ruiz, at research@desertneonmed.org or (702) 555-0181.",
    "Study recruitment with a coordinator's name and hospital contacts.",
)

n(
    "en",
    "public_figure",
    "Fun fact for #NationalDoctorsDay: one of the first physicians in Las Vegas, Dr. Augustus Pennington, saw patients in a canvas tent near the railroad depot. We've come a long way. 🏥",
    "A historical physician.",
)

n(
    "en",
    "eponymous_condition",
    "Kawasaki disease mostly hits kids under 5: fever 5+ days, red eyes, rash, cracked lips, swollen hands. Dr. Tomisaku Kawasaki first described it in 1967. Our pediatric cardiologists see ~20 cases a year.",
    "Eponymous condition and the historical physician it is named for.",
)

n(
    "en",
    "sponsor",
    "Shoutout to the Silverline Resort & Casino for sponsoring CPR training for all 3,000 of its employees this spring! 🫀 Want your workplace certified? Email cpr@desertneonmed.org.",
    "Corporate sponsor, hospital e-mail; spring is a season.",
)

n(
    "en",
    "hospital_contact",
    "Facebook friends: our Henderson outpatient lab has moved to 2470 Sunset Lantern Parkway, Suite 110. Same hours, same great phlebotomists. Questions? (702) 555-0123.",
    "The hospital's own new address and line.",
)

n(
    "en",
    "campaign_hashtag",
    "#VegasStrong means showing up. Blood drive Friday, 9–3 in the Flamingo campus atrium. O-neg donors especially needed. #GiveBlood #NeonStrong",
    "Campaign hashtags and an event.",
)

n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — now a 6-foot-2 freshman linebacker. His mom brought the tiny hat he wore in the isolette. We cried. Obviously. 🏈🥹",
    "Anonymous NICU graduate; no identifier.",
)

n(
    "en",
    "anonymous_story",
    "A tourist from Europe (her words: 'I didn't know the sidewalk could burn you') came in with second-degree burns on both feet after walking barefoot by a pool deck. Pavement in July can hit 160°F. Wear shoes! 🔥👣",
    "Anonymous; a continent is not GEO, July is general.",
)

n(
    "en",
    "crisis_update",
    "Excessive Heat Warning through Sunday. Our EDs treated 61 heat-related patients yesterday, including two tourists in their 80s and a 15-year-old football player. Cooling centers: desertneonmed.org/heat.",
    "Aggregate counts; ages in the 80s and 15 are not over 89.",
)

n(
    "en",
    "discharge",
    "Discharged today: one 89-year-old grandpa who says our Jell-O is 'better than the buffet at the Golden Nugget.' We'll take it. 🍮",
    "Age 89 is not over 89; no other identifier.",
)

n(
    "en",
    "birth_announcement",
    "#BabyBoom alert: 14 babies in 24 hours at our Henderson campus, including two sets of twins! The full moon strikes again. 🌕 Congrats to all our new families.",
    "Aggregate births.",
)

n(
    "en",
    "thank_you",
    "To the anonymous guest who left a $5,000 chip in our ED tip jar (we don't have a tip jar — it was a coffee can): thank you. It's going to the Patient Emergency Fund. 🎰",
    "Anonymous donor.",
)

n(
    "en",
    "milestone_birthday",
    "Ninety years ago this week, the dam workers' hospital in Boulder City opened its doors — one of the first hospitals in our region. Happy 90th birthday to the idea of care in the desert!",
    "An institution's 90th anniversary, not a person's age.",
)

n(
    "en",
    "event",
    "Golden Knights Pediatric Hockey Night is 11/14! Kids from our oncology clinic get to ride the Zamboni. Thanks to the Vegas Golden Knights Foundation for making it happen.",
    "Event date; the children are not identified.",
)

n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Agnes Pulaski, is 95 years young and still works the information desk every Monday. Agnes started volunteering here in 1981. Stop by and say hi! 💐",
    "A volunteer's age over 89 is not labelled: she is not a patient here.",
)

n(
    "en",
    "health_tip",
    "Tourists: the sun at 2 p.m. in June is no joke. The Strip is about 4 miles long — that's a lot of walking. Carry water, reapply sunscreen, and know our closest ED: 3900 West Flamingo Road.",
    "General advice; the Strip is not tied to a patient; the address is the hospital's.",
)

n(
    "en",
    "statistic",
    "Nevada has one of the fastest-growing populations of adults over 90 in the country. Our geriatric ED program saw 1,106 patients age 90+ last year. 👵👴",
    "Population ages.",
)

n(
    "en",
    "recruitment",
    "Calling all Filipino-trained nurses! 🇵🇭 We're hosting an NCLEX review and visa info night on Saturday, Aug 9 at the Henderson campus. Bring your questions — Chief Nursing Officer Teresita Lualhati, RN, MSN will be there.",
    "Recruitment event date and an executive's name.",
)

n(
    "en",
    "research",
    "Why do pool drownings spike on holidays? Our pediatric EM team found that 41% of submersion injuries in Clark County happened on Memorial Day, the Fourth of July or Labor Day weekends. Full study in Pediatrics this month.",
    "Holidays in aggregate research, not any patient's day.",
)

n(
    "en",
    "eponymous_condition",
    "Down syndrome, Asperger's, Tourette syndrome: our developmental pediatrics team is hosting a sensory-friendly family movie night on World Down Syndrome Day, March 21. 🧦🧦",
    "Eponyms and an awareness day.",
)

n(
    "en",
    "sponsor",
    "Big thank you to our Night of Neon Gala sponsors: Silverline Resort & Casino, Boulder Highway Credit Union, Mariposa Tortillería and the Lim Family Trust. You raised $1.2M for the NICU! ✨",
    "Sponsors, including a family trust; no patient.",
)

n(
    "en",
    "hospital_contact",
    "Our Spanish-language line is (702) 555-0161 and our Tagalog-speaking patient navigator is at (702) 555-0162. Visiting from out of the country? International Patient Office: (702) 555-0166. Interpreter services are free, 24/7.",
    "The hospital's own lines.",
)

n(
    "en",
    "campaign_hashtag",
    "Every time a Golden Knights player scores at home this season, our foundation donates $100 to pediatric trauma. Track it with #GoalsForKids and #KnightsCare ⚔️ @DNMCFoundation",
    "Campaign hashtags and the foundation's handle.",
)

n(
    "en",
    "crisis_update",
    "Power outage at our Henderson campus this afternoon: generators are on and all patients are safe. Please avoid the east parking lot while utility crews work.",
    "Operational update.",
)

n(
    "en",
    "public_figure",
    "Thank you, Dr. Imogen Vashti, Nevada's Chief Medical Officer, for touring our heat-illness unit Friday and talking cooling tubs with our ED team 🧊",
    "A state official visiting.",
)

n(
    "en",
    "eponymous_condition",
    "Alzheimer's doesn't take the summer off. Caregivers: people with dementia may not feel thirst. Offer water every hour, keep blinds closed, and call our memory clinic at (702) 555-0125 with questions.",
    "Eponymous condition, general advice, hospital line.",
)

n(
    "en",
    "staff_spotlight",
    "DAISY Award winner 🌼: Kristoffer Balagtas, RN, from our burn unit, nominated by a patient's family who wrote that he 'sang Sinatra during every dressing change.' Congrats, Kris!",
    "A nurse and a public figure's name; the nominating family is anonymous.",
)

n(
    "en",
    "memorial",
    "Today we pause to honor the 60 lives lost on October 1, 2017, and the hundreds our teams cared for that night. #VegasStrong #Remember1October",
    "A public tragedy's date; no individual patient.",
)

n(
    "en",
    "anonymous_story",
    "A grandma visiting from overseas fell at a buffet, broke her wrist, and insisted on finishing her crab legs before letting EMS take her. Priorities. 🦀 She's doing great.",
    "Anonymous; 'overseas' and 'a buffet' are vague.",
)

n(
    "en",
    "event",
    "Join Culinary Union members and our cardiology team for a free blood pressure screening at the Culinary Academy on Tuesday, Sept. 9. No appointment needed.",
    "Event date and venue.",
)

n(
    "en",
    "statistic",
    "2,841 tourists were treated in our EDs last summer, from 63 countries. Top 3 reasons: heat, feet (blisters, burns, fractures), and 'I tried the zip line.' 🌵",
    "Aggregate counts.",
)

n(
    "en",
    "campaign_hashtag",
    "#TeamMaria? Nope — #TeamMARIA: our Medical Assistant Recognition & Internship Academy just graduated 22 MAs! 🎓 #NeonFamily",
    "A hashtag that looks like a name but is a program acronym.",
)

n(
    "en",
    "pasted_record",
    "Tip for new staff from our privacy officer: this is what a safe handoff post looks like → 'Rm ___: 80s M, CHF, stable, family updated.' No names, no MRNs, no room numbers on social. Ever.",
    "A blank room field, a decade range: nothing identifying.",
)

n(
    "en",
    "recruitment",
    "Respiratory therapists wanted, Flamingo campus, nights. $15K sign-on. DM @DesertNeonMC or call (702) 555-0185.",
    "Recruitment with the hospital's handle and line.",
)

n(
    "en",
    "research",
    "Our trauma team co-authored a review of 1 October injury patterns with colleagues across the valley, led by Dr. Hollis Greyeyes. Lessons learned are now part of every mass-casualty drill we run.",
    "A public event and a researcher.",
)

n(
    "en",
    "thank_you",
    "Thank you to Chef Arnel Dimaculangan and the students of the Culinary Academy for cooking Thanksgiving dinner for our night shift! 🦃",
    "A chef and students: not patients; Thanksgiving is a general holiday.",
)

n(
    "en",
    "event",
    "Henderson Half Marathon is Sunday, Nov. 9 — our medical tents will be at miles 4, 8 and the finish. Runners: hydrate the week before, not the morning of.",
    "Event date.",
)

n(
    "en",
    "crisis_update",
    "Code Red in the Flamingo campus parking garage this morning was a car fire — no patients or staff were injured. Level 2 is closed until further notice.",
    "Operational update.",
)

n(
    "en",
    "public_figure",
    "Showbiz legend Vivienne LaRue (who headlined at the Sands for 14 years!) stopped by to cut the ribbon on our new Performing Artists' Clinic, dedicated to dancers, acrobats and musicians. Thank you, Vivienne! 🎭",
    "A performer visiting, not treated.",
)

n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare — about 1 in 100,000 people a year — but it can follow a simple stomach bug. Weakness that starts in the feet and climbs? Go to the ED.",
    "Eponymous condition and a rate.",
)

n(
    "en",
    "campaign_hashtag",
    "We're #VegasBorn and proud. Share your baby's birth story (no last names, please!) with #BornAtNeon for a chance to win a year of diapers. 🍼",
    "Campaign hashtags.",
)

n(
    "en",
    "patient_story",
    "Every patient has a story. This week a retired pit boss told us about the night in the '70s he saw Sinatra tip a cocktail waitress $1,000. He's recovering from hip surgery and, in his words, 'still a better tipper than Frank.'",
    "A nameless story; Sinatra is a public figure, the '70s a decade.",
)

# ---------------------------------------------------------------- Spanish, patient

p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe Itzel Barraza! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en nuestro campus de Henderson. Sus papás, Yadira y Chuy, dicen que el nombre 'ya estaba escrito.'",
    [
        ("NAME", "Guadalupe Itzel Barraza"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yadira"),
        ("NAME", "Chuy"),
    ],
    note="Baby's name, birth date written twice (date and feast day), parents. 'Guadalupe' inside the feast name is part of the DATE.",
)

p(
    "es",
    "discharge",
    "Después de 23 días en nuestra unidad de quemados, don Efraín Solorio, cocinero de línea en un hotel del Strip, se va hoy a su casa en Laughlin. Su esposa Rosaura dice que ya le tiene listo el menudo. 🍲",
    [("NAME", "Efraín Solorio"), ("GEO", "Laughlin"), ("NAME", "Rosaura")],
    note="Name without 'don', home town, wife. His employer (a Strip hotel) is not labelled.",
)

p(
    "es",
    "pasted_record",
    "ROMERO VDA. DE LEÓN, MA. DEL CARMEN | F. NAC.: 03/05/1941 | EXP. 0088-4412 | HAB. 621 | Alergias: penicilina",
    [
        ("NAME", "ROMERO VDA. DE LEÓN, MA. DEL CARMEN"),
        ("DATE", "03/05/1941"),
        ("MRN", "0088-4412"),
        ("OTHER_ID", "HAB. 621"),
    ],
    note="Chart line: full chart name with 'viuda de', birth date, expediente number, room.",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Refugio 'Cuca' Anaya! 🎂 Cuca celebró sus cien años en nuestra sala de rehabilitación con mariachi y pastel de tres leches. Su nieta Brenda organizó todo.",
    [
        ("AGE", "100"),
        ("NAME", "Refugio 'Cuca' Anaya"),
        ("NAME", "Cuca", 2),
        ("AGE", "cien"),
        ("NAME", "Brenda"),
    ],
    note="Age in digits and in words, name with nickname, granddaughter.",
)

p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Chelo Ibarra, quien trabajó 30 años de camarera de piso y fue paciente de nuestra clínica de diálisis. Falleció el pasado 2 de noviembre, Día de Muertos, rodeada de sus hijos. Descanse en paz. 🕯️",
    [("NAME", "Chelo Ibarra"), ("DATE", "2 de noviembre"), ("DATE", "Día de Muertos")],
    note="Nickname and surname, date of death written as date and holiday.",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Ruvalcaba por las 80 conchas que trajeron al piso 5 para celebrar que Toñito ya salió de la UCI pediátrica. 🥐 ¡Échale ganas, Toñito! #FuerzaToñito",
    [("NAME", "Ruvalcaba"), ("NAME", "Toñito", "*"), ("NAME", "#FuerzaToñito")],
    note="Family surname, child's diminutive twice, name hashtag. 'piso 5' is a floor.",
)

p(
    "es",
    "patient_story",
    "Valentina, de 6 años, vino de vacaciones desde Monterrey y casi se ahoga en la alberca del hotel el 27 de julio. Su hermano Iker, de 11, la sacó del agua. Hoy Valentina ya está de alta y Iker tiene un diploma de héroe de nuestro equipo de urgencias. 🏊‍♀️🦸",
    [
        ("NAME", "Valentina", "*"),
        ("GEO", "Monterrey"),
        ("DATE", "27 de julio"),
        ("NAME", "Iker", "*"),
    ],
    note="Tourist child: name twice, home city, date of the near-drowning, brother twice.",
)

p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Recibimos a 4 pacientes del choque en la I-215. La familia de Ramiro Zepeda nos pidió informar que está estable. Para información sobre familiares llame al (702) 555-0144.",
    [("GEO", "I-215"), ("NAME", "Ramiro Zepeda")],
    note="Road of the named patient's crash, his name; the line is the hospital's.",
)

p(
    "es",
    "pasted_record",
    "pte: ramírez j., 94 a, cama 7, dx deshidratación, hija (marisela) tel 702-555-0296, llegó 15/08 del centro de enfriamiento",
    [
        ("NAME", "ramírez j."),
        ("AGE", "94"),
        ("OTHER_ID", "cama 7"),
        ("NAME", "marisela"),
        ("PHONE", "702-555-0296"),
        ("DATE", "15/08"),
    ],
    note="Lower-case chart note: name, age, bed, daughter, phone, day/month of arrival.",
)

p(
    "es",
    "birth_announcement",
    "¡Se casaron a las 5 y a las 9 ya eran papás! 💒👶 Felicidades a Areli y Brandon por la llegada de Milagros, nacida el 14 de febrero en nuestro campus Flamingo, con el velo de novia todavía puesto. #NacidoEnVegas",
    [("NAME", "Areli"), ("NAME", "Brandon"), ("NAME", "Milagros"), ("DATE", "14 de febrero")],
    note="Wedding-chapel birth: parents, a baby named Milagros (a word), birth date.",
)

p(
    "es",
    "public_figure",
    "¡Se fue a casa el campeón! 🥊 El boxeador Saúl 'Canelito' Baeza, de 19 años, pasó 10 días con nosotros tras una conmoción cerebral en su pelea del 6 de septiembre. Canelito, nuestro equipo de neurología te manda un abrazo.",
    [("NAME", "Saúl 'Canelito' Baeza"), ("DATE", "6 de septiembre"), ("NAME", "Canelito", 2)],
    note="A boxer as our patient: name with nickname, date of the injury.",
)

p(
    "es",
    "patient_story",
    "Rosa María Téllez lleva 22 años como bartender. El 3 de agosto se desmayó por el calor en el estacionamiento de empleados. Hoy nos pidió compartir su historia: 'Tomen agua aunque no tengan sed.' Su papá, don Fermín, no se le despegó ni un día.",
    [("NAME", "Rosa María Téllez"), ("DATE", "3 de agosto"), ("NAME", "Fermín")],
    note="Name, date of collapse, father. Her job is not labelled.",
)

p(
    "es",
    "memorial",
    "Hoy recordamos a Esmeralda Quiñones, bailarina de los grandes shows de los 70 y paciente de nuestro programa de cuidados paliativos. Murió el 8 de marzo, Día Internacional de la Mujer, a los 91 años. ✨",
    [
        ("NAME", "Esmeralda Quiñones"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día Internacional de la Mujer"),
        ("AGE", "91"),
    ],
    note="Former showgirl as patient: name, date of death twice, age.",
)

p(
    "es",
    "milestone_birthday",
    "¡Noventa y tres años y sigue bailando cumbia! 💃 Feliz cumpleaños a doña Socorro Jáuregui, paciente de nuestra clínica de corazón desde 2015. Sus bisnietos le cantaron las mañanitas por videollamada desde Hermosillo.",
    [("AGE", "Noventa y tres"), ("NAME", "Socorro Jáuregui"), ("GEO", "Hermosillo")],
    note="Age in words, name, the relatives' city. The bare year is not labelled.",
)

p(
    "es",
    "campaign_hashtag",
    "Hoy todo el piso de oncología pediátrica se vistió de morado por #TodosConDanna 💜 ¡Te queremos, campeona!",
    [("NAME", "#TodosConDanna")],
    note="Patient named only in a hashtag.",
)

p(
    "es",
    "pasted_record",
    "Paciente extranjero: NAVARRETE SOTO, HUGO — CURP NASH700412HSRVTG09 — pasaporte G28814471 — favor de avisar al consulado.",
    [
        ("NAME", "NAVARRETE SOTO, HUGO"),
        ("OTHER_ID", "NASH700412HSRVTG09"),
        ("OTHER_ID", "G28814471"),
    ],
    note="Chart name, Mexican CURP and passport number (other unique ids).",
)

p(
    "es",
    "thank_you",
    "Querida familia Arredondo: gracias por su carta. Si desean enviar más fotos de Jazmín para el mural de la UCIN, pueden mandarlas a ucin@desertneonmed.org. Ya respondimos a su correo (arredondo.jaz@hotmail.com). 💌",
    [("NAME", "Arredondo"), ("NAME", "Jazmín"), ("EMAIL", "arredondo.jaz@hotmail.com")],
    note="Family surname, baby's name, the family's e-mail next to the hospital's.",
)

p(
    "es",
    "eponymous_condition",
    "A Lucía Benavides le diagnosticaron enfermedad de Crohn a los 15. Hoy, con 20 y su tratamiento en nuestra clínica de Henderson, acaba de terminar su primer medio maratón. 🏃‍♀️ ¡Felicidades, Lucía!",
    [("NAME", "Lucía Benavides"), ("NAME", "Lucía", 2)],
    note="Patient name twice; Crohn is an eponym.",
)

p(
    "es",
    "public_figure",
    "El cantante Ramón 'El Güero' Araiza tuvo que cancelar su show del viernes: lo atendimos por una deshidratación severa el 30 de junio. Ya está en su casa en Phoenix y nos mandó saludos para las enfermeras. 🎤",
    [("NAME", "Ramón 'El Güero' Araiza"), ("DATE", "30 de junio"), ("GEO", "Phoenix")],
    note="A singer treated here: name with nickname, date, home city.",
)

p(
    "es",
    "discharge",
    "En la foto: Anahí y su mamá, Griselda, el día que Anahí salió de la UCIN después de 97 días. ¡Gracias por dejarnos compartirla! 🍼",
    [("PHOTO", "En la foto"), ("NAME", "Anahí", "*"), ("NAME", "Griselda")],
    note="Photo cue, baby's name twice, mother. '97 días' is a duration, not an age.",
)

p(
    "es",
    "hospital_contact",
    "Para la familia del Sr. Teodoro Pinzón: su celular (702) 555-0231 no acepta mensajes. Por favor comuníquese con Trabajo Social al (702) 555-0170. Gracias.",
    [("NAME", "Teodoro Pinzón"), ("PHONE", "(702) 555-0231")],
    note="Patient name and the family's cell next to the hospital's social-work line.",
)

p(
    "es",
    "patient_story",
    "Doña Paz Orozco, de 98 años, llegó caminando a urgencias porque 'no quería molestar a la ambulancia.' Tenía un infarto. Hoy está en la habitación 418 contando chistes. 😄",
    [("NAME", "Paz Orozco"), ("AGE", "98"), ("OTHER_ID", "habitación 418")],
    note="Name that is a word, age, room.",
)

p(
    "es",
    "birth_announcement",
    "Nuestro regalo de Navidad llegó en Nochebuena: Jesús Emmanuel Villaseñor, 3.4 kg, hijo de Karla y Omar. 🎄 ¡Feliz Navidad a toda la familia!",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Jesús Emmanuel Villaseñor"),
        ("NAME", "Karla"),
        ("NAME", "Omar"),
    ],
    note="Born on Christmas Eve (labelled); 'Navidad' is the general holiday, not his birth day.",
)

p(
    "es",
    "pasted_record",
    "Nota de enfermería 22:00 — Sr. Olegario Fuentes, cuarto 7-B, MRN 33-08-117, presión 160/95, esposa (Amparo) pide llamar al 725 555 0258.",
    [
        ("NAME", "Olegario Fuentes"),
        ("OTHER_ID", "cuarto 7-B"),
        ("MRN", "33-08-117"),
        ("NAME", "Amparo"),
        ("PHONE", "725 555 0258"),
    ],
    note="Name, room, MRN, wife, phone. The blood pressure 160/95 is not a date or age.",
)

p(
    "es",
    "staff_spotlight",
    "Nuestra enfermera Lety Carrasco pasó de cuidar pacientes a ser paciente: el 19 de enero recibió un trasplante de riñón de su hermana Norma, en nuestro propio quirófano. ¡Ya volvió al turno de noche! 💙",
    [("NAME", "Lety Carrasco"), ("DATE", "19 de enero"), ("NAME", "Norma")],
    note="A nurse who is the patient: name, transplant date, sister (also a patient, the donor).",
)

p(
    "es",
    "anonymous_story",
    "Una abuelita en la habitación 512 nos pidió que pusiéramos rancheras toda la noche. ¿Cómo decirle que no? 🎶",
    [("OTHER_ID", "habitación 512")],
    note="Unnamed patient, but the room number tied to her is an identifier.",
)

p(
    "es",
    "birth_announcement",
    "Llegó el día 15, justo como lo calculó el doctor: ¡bienvenido, Santiago Tolentino Rubio! 👶 Su mamá, Fabiola, dice que es el primer bebé puntual de la familia.",
    [("DATE", "15"), ("NAME", "Santiago Tolentino Rubio"), ("NAME", "Fabiola")],
    note="Day of the month alone (without 'el día'), baby's name, mother.",
)

p(
    "es",
    "campaign_hashtag",
    "Este sábado corremos por #ElRegaloDeEmilio 🏃 Cada kilómetro se convierte en un donativo para la unidad de trasplantes. #DesertNeonCorre",
    [("NAME", "#ElRegaloDeEmilio")],
    note="A patient named only inside a hashtag; the other hashtag is the campaign.",
)

p(
    "es",
    "memorial",
    "Descansa en paz, Lupita. Guadalupe 'Lupita' Carmona murió el 1 de enero después de pelear tres años contra la leucemia. Gracias a su tía Mirna por compartir su historia con nosotros.",
    [
        ("NAME", "Lupita", 1),
        ("NAME", "Guadalupe 'Lupita' Carmona"),
        ("DATE", "1 de enero"),
        ("NAME", "Mirna"),
    ],
    note="Nickname and full name, date of death, aunt.",
)

p(
    "es",
    "thank_you",
    "¡MIL GRACIAS A LA FAMILIA ZAVALA-PEÑA POR DONAR 50 VENTILADORES PORTÁTILES EN HONOR DE SU ABUELO DON CHEMA, QUIEN ESTUVO AQUÍ EN EL VERANO! ☀️",
    [("NAME", "ZAVALA-PEÑA"), ("NAME", "CHEMA")],
    note="Donors who are a patient's family, and the patient's nickname, in capitals. 'EL VERANO' is a season.",
)

p(
    "es",
    "discharge",
    "Después de su cirugía de cadera, la señora Ofelia Garza regresa hoy a Tijuana con su hijo Gerardo. Llegó el 2/10 tras caerse en la banqueta del Strip. ¡Buen viaje, doña Ofelia!",
    [
        ("NAME", "Ofelia Garza"),
        ("GEO", "Tijuana"),
        ("NAME", "Gerardo"),
        ("DATE", "2/10"),
        ("GEO", "Strip"),
        ("NAME", "Ofelia", 2),
    ],
    note="Name, home city, son, arrival date, the Strip as the place of her fall (decision).",
)

p(
    "es",
    "research",
    "Don Aurelio Bañuelos, de 90 años, es el primer participante de nuestro estudio sobre golpe de calor en adultos mayores. 'Si sirve para otros viejitos, aquí estoy,' nos dijo.",
    [("NAME", "Aurelio Bañuelos"), ("AGE", "90")],
    note="Named study participant and his age.",
)

p(
    "es",
    "event",
    "Gran torneo de lotería a beneficio de Mateíto Guerrero, nuestro pequeño paciente de trasplante de hígado 🃏 Sábado 20 de septiembre, 6 pm, salón de eventos del campus Henderson.",
    [("NAME", "Mateíto Guerrero")],
    note="Benefit for a named patient; the event date is not his.",
)

p(
    "es",
    "crisis_update",
    "Ola de calor: atendimos ayer a 48 personas por golpe de calor. Entre ellas, una señora de 96 años que vivía sola sin aire acondicionado. Revise a sus vecinos mayores. 🌡️",
    [("AGE", "96")],
    note="An unnamed patient's age over 89 is an identifier.",
)

p(
    "es",
    "public_figure",
    "El portero de los Golden Knights, Adrián Kovalenko-Ruiz, fue operado de la rodilla en nuestro campus Flamingo el 4 de abril. ¡Te esperamos en el hielo, Adrián! ⚔️",
    [("NAME", "Adrián Kovalenko-Ruiz"), ("DATE", "4 de abril"), ("NAME", "Adrián", 2)],
    note="A player as our patient: name and surgery date.",
)

p(
    "es",
    "eponymous_condition",
    "Mal de Parkinson a los 48: así lo vive Heriberto 'Beto' Saldívar, crupier por 25 años. Desde su cirugía de estimulación cerebral profunda el 17 de octubre, volvió a barajar las cartas. 🃏 #Parkinson",
    [("NAME", "Heriberto 'Beto' Saldívar"), ("DATE", "17 de octubre")],
    note="Name with nickname, surgery date. Parkinson is an eponym; the job is not labelled.",
)

p(
    "es",
    "pasted_record",
    "Facturación: cuenta 0044-7781-A, titular Marcelino Ayala, seguro Medicaid NV #00091377265 — favor de llamar al esposo de la paciente al 702.555.0265.",
    [
        ("ACCOUNT", "0044-7781-A"),
        ("NAME", "Marcelino Ayala"),
        ("HEALTH_PLAN", "00091377265"),
        ("PHONE", "702.555.0265"),
    ],
    note="Account, the patient's husband (account holder), Medicaid id, his phone.",
)

p(
    "es",
    "discharge",
    "Ayer dimos de alta a una señora centenaria que vino de visita a ver a sus nietos y se cayó en el hotel. ¡Qué ganas de vivir! 💐",
    [("AGE", "centenaria")],
    note="'centenaria' states an age over 89 of the (unnamed) patient.",
)

p(
    "es",
    "milestone_birthday",
    "¡Felices 102 años, don Cruz Manzano! Don Cruz es el paciente más veterano de nuestra clínica de heridas y cumple años el mismo día que su hospital favorito: el 4 de junio. 🎉",
    [("AGE", "102"), ("NAME", "Cruz Manzano"), ("NAME", "Cruz", 2), ("DATE", "4 de junio")],
    note="Age, a name that is a word, birthday (also the hospital's anniversary, but here his).",
)

p(
    "es",
    "thank_you",
    "¡Gracias, @lafamiliabecerra_lv, por las fotos del bautizo de Abril! Nació en nuestra UCIN hace un año y ahora está enorme. 😍",
    [("OTHER_ID", "@lafamiliabecerra_lv"), ("NAME", "Abril")],
    note="The family's handle and a baby named Abril (a month). The photos are not attached: not PHOTO.",
)

p(
    "es",
    "patient_story",
    "Cuando cerró la alberca de su edificio en el Este de Las Vegas, Kevin, de 9 años, se metió a nadar a un canal. Lo rescató un vecino. Su abuela, doña Herminia, quiere que todas las familias sepan: los canales no son para nadar.",
    [("GEO", "Este de Las Vegas"), ("NAME", "Kevin"), ("NAME", "Herminia")],
    note="Neighbourhood where the child lives, his name, grandmother.",
)

p(
    "es",
    "discharge",
    "¡Alta después de 5 semanas! Don Pancho (Francisco Leyva) se va a Henderson con su hija Sandra y su perrita Canela. 🐕",
    [("NAME", "Pancho"), ("NAME", "Francisco Leyva"), ("GEO", "Henderson"), ("NAME", "Sandra")],
    note="Nickname and name, home city (Henderson, also a hospital site, here his home), daughter. The dog is not labelled.",
)

p(
    "es",
    "pasted_record",
    "Resumen de alta — Paciente: Itzel Bermúdez. Ingreso: quince de marzo. Egreso: veintidós de marzo. Seguimiento: clínica de Henderson, (702) 555-0123.",
    [("NAME", "Itzel Bermúdez"), ("DATE", "quince de marzo"), ("DATE", "veintidós de marzo")],
    note="Name, admission and discharge dates in words; the follow-up line is the hospital's.",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Rey! 👑 Rey Dionisio Magsino Cárdenas nació el Día de Reyes (6 de enero) y sus papás, Analyn y Octavio, no tuvieron que pensar mucho el nombre. Rosca de Reyes para todo el piso.",
    [
        ("NAME", "Rey", 1),
        ("NAME", "Rey Dionisio Magsino Cárdenas"),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Analyn"),
        ("NAME", "Octavio"),
    ],
    note="Name twice, birth day as feast and date, parents. 'Rosca de Reyes' is the cake.",
)

p(
    "es",
    "patient_story",
    "Marilou Dimaano es filipina, trabaja en la lavandería de un casino y aprendió español con sus compañeras. Cuando llegó con apendicitis el 11/3, fue ella quien tradujo para otra paciente. ¡Salamat y gracias, Marilou!",
    [("NAME", "Marilou Dimaano"), ("DATE", "11/3"), ("NAME", "Marilou", 2)],
    note="Name and admission date; her employer is not labelled.",
)

# ---------------------------------------------------------------- Spanish, other

n(
    "es",
    "health_tip",
    "¿Trabajas en la cocina, la lavandería o como valet? Con 45 °C, toma agua cada 15 minutos, descansa en la sombra y avisa a tu supervisor si te sientes mareado. El golpe de calor es una emergencia: llama al 911. 🌡️",
    "Consejo general; el 911 es una línea nacional.",
)

n(
    "es",
    "event",
    "Jornada de salud gratuita para familias del Sindicato Culinario: sábado 14 de junio, de 8 a 1, en el campus Henderson. Vacunas, presión, glucosa y mamografías. 🩺",
    "Fecha de un evento del hospital.",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Graciela Montaño, jefa de Pediatría, nacida en Culiacán y formada en la UNAM. Lleva 18 años en Desert Neon y habla con cada familia en su idioma. ¡Gracias, doctora! 💙",
    "Una doctora del hospital y su ciudad natal: personal, no paciente.",
)

n(
    "es",
    "statistic",
    "En 2024, el 38 % de los partos en nuestro hospital fueron de mamás latinas, y 1 de cada 5 bebés nació de padres que trabajan en casinos u hoteles. 👶",
    "Estadística de población.",
)

n(
    "es",
    "recruitment",
    "¡Estamos contratando! Intérpretes médicos de español para turno nocturno en el campus Flamingo. Envía tu currículum a empleos@desertneonmed.org o llama al (702) 555-0185.",
    "Reclutamiento con el correo y la línea del hospital.",
)

n(
    "es",
    "crisis_update",
    "AVISO: Por el simulacro de víctimas masivas del jueves 13 de marzo verán muchas ambulancias en el campus Flamingo. No se alarmen, es un ejercicio. 🚑",
    "Fecha de un simulacro.",
)

n(
    "es",
    "research",
    "Nuestro equipo de investigación, dirigido por el Dr. Esteban Arriaga, publicó un estudio con 900 trabajadores hoteleros: quienes usaron chalecos de enfriamiento tuvieron 60 % menos visitas a urgencias por calor.",
    "Investigador y resultados agregados.",
)

n(
    "es",
    "public_figure",
    "¡Gracias a Los Tigres de la Frontera por visitar a nuestros pacientes de oncología! Cantaron tres canciones en la sala de juegos y firmaron autógrafos. 🎸",
    "Músicos de visita; ningún paciente identificado.",
)

n(
    "es",
    "eponymous_condition",
    "La enfermedad de Alzheimer afecta a más de 49,000 personas en Nevada. Únase a nuestro grupo de apoyo para cuidadores en español, el primer martes de cada mes.",
    "Epónimo y estadística.",
)

n(
    "es",
    "sponsor",
    "Gracias a Panadería La Guadalupana y a Supermercados Mariposa por patrocinar nuestra feria de salud. 🥖",
    "Patrocinadores (negocios).",
)

n(
    "es",
    "hospital_contact",
    "Línea en español: (702) 555-0161 · Campus Flamingo: 3900 West Flamingo Road, Las Vegas, NV 89103 · Campus Henderson: 2450 Sunset Lantern Parkway, Henderson, NV 89074 · @DNMCenEspanol",
    "Solo datos del hospital.",
)

n(
    "es",
    "campaign_hashtag",
    "Este verano, únete a #CuidaTuCorazón y #NeonContraElCalor: comparte cómo te mantienes fresco en el trabajo y gana una hielera. ❄️",
    "Hashtags de campaña.",
)

n(
    "es",
    "anonymous_story",
    "Una pareja llegó a urgencias vestida de novios: se habían casado una hora antes y la novia ya tenía contracciones. Hoy tienen una niña preciosa. ¡Felicidades! 💍",
    "Historia anónima sin identificadores.",
)

n(
    "es",
    "birth_announcement",
    "¿Sabías que el 12 de diciembre es uno de los días con más nacimientos en nuestro hospital? Muchas familias lo consideran de buena suerte. 🌹",
    "Fecha de población, no de un bebé.",
)

n(
    "es",
    "discharge",
    "Nuestro programa de alta temprana ha reducido la estancia promedio a 3.8 días. Gracias al equipo de trabajo social y a los intérpretes que lo hacen posible.",
    "Dato de calidad.",
)

n(
    "es",
    "thank_you",
    "Gracias a los voluntarios del Club Rotario de Henderson por las 300 cobijas que donaron a la sala de espera de urgencias. 🧣",
    "Donantes y voluntarios.",
)

n(
    "es",
    "memorial",
    "Con tristeza despedimos al Dr. Arturo Villalpando, cirujano de trauma por 35 años, fallecido el 9 de abril a los 92 años. Salvó miles de vidas en esta ciudad.",
    "Memorial de un médico: su fecha y su edad no son de un paciente.",
)

n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90 a nuestra voluntaria más querida, doña Chayo Lerma! Lleva 30 años tejiendo gorritos para los bebés de la UCIN. 🧶",
    "Edad de una voluntaria, no de una paciente.",
)

n(
    "es",
    "pasted_record",
    "Ejemplo de lo que NUNCA se debe publicar: 'Paciente: ______, Hab: ___, Expediente: _______'. Si tiene datos del expediente, no va en redes. 🔒",
    "Plantilla vacía.",
)

n(
    "es",
    "eponymous_condition",
    "Día Mundial del Síndrome de Down, 21 de marzo: celebramos a todas las familias de nuestra clínica de desarrollo infantil con calcetines disparejos. 🧦",
    "Epónimo y día de concientización.",
)

n(
    "es",
    "health_tip",
    "Niños y albercas: un ahogamiento puede pasar en 20 segundos y sin ruido. Asigne un 'vigilante del agua' en cada fiesta. 🏊",
    "Consejo general.",
)

n(
    "es",
    "event",
    "Clase gratuita de RCP en español: martes 2 de septiembre, 6 pm, auditorio del campus Henderson. Inscríbase al (702) 555-0161.",
    "Fecha de evento y línea del hospital.",
)

n(
    "es",
    "staff_spotlight",
    "Enfermera del mes: Marisol Cantú, de la UCI, quien organizó la colecta de uniformes para enfermeras nuevas. ¡Felicidades, Marisol! 🌟",
    "Una enfermera del hospital.",
)

n(
    "es",
    "public_figure",
    "El alcalde de Henderson, Rigoberto Sanabria, y el jugador de los Raiders Julio Ebanks visitaron nuestro nuevo centro de quemados. 🏈",
    "Un funcionario y un jugador de visita.",
)

n(
    "es",
    "sponsor",
    "Los Vegas Golden Knights y el Sindicato Culinario Local 226 patrocinan la carrera 'Corre por la Niñez' del 5 de octubre. ¡Inscríbete!",
    "Patrocinadores y fecha de evento.",
)

n(
    "es",
    "crisis_update",
    "Debido a la tormenta, el estacionamiento norte del campus Flamingo está inundado. Use la entrada sur. Urgencias sigue abierto.",
    "Aviso operativo.",
)

n(
    "es",
    "research",
    "Buscamos voluntarios sanos de 18 a 65 años que trabajen al aire libre para un estudio sobre hidratación. Compensación: $200. Informes: investigacion@desertneonmed.org.",
    "Reclutamiento de estudio.",
)

n(
    "es",
    "campaign_hashtag",
    "#FuerzaVegas 💪 Gracias a todos los que donaron sangre después del accidente del fin de semana. Juntos somos más fuertes.",
    "Hashtag de campaña con forma de hashtag de nombre.",
)

n(
    "es",
    "anonymous_story",
    "Un señor de 88 años nos contó que llegó a Nevada en los años 60 para trabajar en la construcción de los hoteles. Hoy se fue a casa caminando. 🧡",
    "88 años no es mayor de 89; Nevada es un estado.",
)

n(
    "es",
    "memorial",
    "Hace 50 años nació la primera bebé en nuestro hospital. Hoy recordamos también a la enfermera Amalia Benítez, quien la recibió y trabajó aquí hasta 1998.",
    "Una enfermera histórica; la bebé no está identificada.",
)

n(
    "es",
    "milestone_birthday",
    "¡Nuestra UCIN cumple 25 años! Desde 2000 hemos cuidado a más de 14,000 bebés prematuros. 🎂",
    "Aniversario de una unidad.",
)

n(
    "es",
    "pasted_record",
    "Recordatorio: la habitación 310 y la 312 están cerradas por mantenimiento esta semana.",
    "Habitaciones no ligadas a ningún paciente.",
)

n(
    "es",
    "eponymous_condition",
    "¿Sabías que la enfermedad de Chagas afecta a miles de personas nacidas en América Latina que hoy viven en EE. UU.? Hacemos la prueba gratis en nuestra clínica de Henderson.",
    "Epónimo y población.",
)

n(
    "es",
    "thank_you",
    "¡Gracias a las enfermeras filipinas de nuestro hospital, que celebraron el Día de la Independencia de Filipinas (12 de junio) compartiendo lechón con todo el turno! 🇵🇭",
    "Fecha de una fiesta nacional, no de un paciente.",
)

n(
    "es",
    "hospital_contact",
    "¿Dudas sobre su factura? Llame a Servicios Financieros al (702) 555-0135 de lunes a viernes. Nunca le pediremos su número de seguro social por redes sociales.",
    "Línea del hospital.",
)

n(
    "es",
    "recruitment",
    "¿Eres técnico de farmacia? Únete al equipo del campus Henderson. Bono de contratación de $5,000. Más info: desertneonmed.org/empleos",
    "Reclutamiento con el dominio del hospital.",
)

n(
    "es",
    "statistic",
    "Los ahogamientos en albercas de casa subieron 20 % en el condado de Clark este año. La mayoría de las víctimas tenía menos de 5 años.",
    "Estadística de población.",
)

n(
    "es",
    "anonymous_story",
    "Una niña de 7 años nos regaló un dibujo de su enfermera favorita con alas de ángel. Ya está pegado en la estación de enfermería. 👼",
    "Historia anónima.",
)

n(
    "es",
    "crisis_update",
    "Actualización: los 12 pacientes del accidente de autobús turístico siguen en observación; ninguno en estado crítico. Las familias ya fueron notificadas.",
    "Conteo agregado sin identificadores.",
)

n(
    "es",
    "staff_spotlight",
    "Hoy despedimos con una fiesta a Tere Alcalá, secretaria de Admisiones por 40 años, que se jubila el 30 de junio. ¡Te vamos a extrañar, Tere! 🎉",
    "Una empleada y la fecha de su jubilación.",
)

n(
    "es",
    "event",
    "Posada navideña para los pacientes de pediatría: 16 de diciembre, 4 pm. Habrá piñatas, ponche y visita de Santa. 🎄",
    "Fecha de un evento.",
)

n(
    "es",
    "public_figure",
    "En el Mes de la Herencia Hispana recordamos a la Dra. Helen Rodríguez Trías, pionera de la salud pública y de los derechos de las mujeres.",
    "Figura histórica.",
)

n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Orozco por financiar intérpretes de lenguas indígenas (mixteco y zapoteco) en nuestras urgencias.",
    "Fundación familiar donante.",
)

n(
    "es",
    "campaign_hashtag",
    "Comparte tu foto con el hashtag #MiBebéNeon y participa por una carriola. (Sin apellidos ni fechas de nacimiento, por favor. 😉)",
    "Hashtag de campaña; la foto no es de un paciente identificado.",
)

n(
    "es",
    "health_tip",
    "Si tu bebé nació en una capilla de bodas o en el taxi (¡pasa más de lo que crees!), tráelo a revisión en las primeras 24 horas.",
    "Consejo general.",
)

if __name__ == "__main__":
    S.main("phi_dev48_source")
