"""Blind development set d92 for the PHI scanner: tests/data/phi_dev92.jsonl.

Organisation: Niagara Lakeshore Medical Center (phi_dev92_org.json), a fictional hospital with
a main campus in Buffalo, NY, a Niagara Falls campus and a South Towns health center in
Lackawanna; its (716) 555-01xx lines, three addresses, domains and handles are never PHI.
Focus: Buffalo and Niagara Falls communities: Polish East Side (Dyngus Day, Paczki Day,
Wigilia), Yemeni and Bangladeshi East Side and Lackawanna, Somali and Karen refugees on the
West Side, Puerto Rican West Side (the Spanish posts), Irish South Buffalo, Seneca Nation
families of the Cattaraugus and Allegany Territories; lake-effect blizzards (people found in
cars), Bills games, Niagara Falls and gorge rescues, ice fishing, snowmobiles, snowblower
injuries, Juneteenth, Eid, Ramadan.
Hard cases: Karen names with Naw/Saw, Bangladeshi "Md." names, Somali three-part names, a
kunya (Umm Khaled), names that are words (Hope, Rose, Snow, Bill in a Bills post, Islam),
lower-case names and name hashtags, ALL-CAPS "LAST, FIRST" chart lines, bed boards whose bed
column has no keyword, a trauma alias, relatives reached through comment replies and
handles; dates as cultural holidays written two or three ways (Eid al-Fitr, Laylat al-Qadr,
Pohela Boishakh / Bengali New Year / April 14, Dia de Reyes / Jan. 6, Nochebuena, Wigilia,
Juneteenth, a #JuneteenthBaby hashtag, Ramadan as a birth month); ages over 89 in words,
"centenarian"/"nonagenarian"/"centenario", "90s", a relative's age; nameless posts that
become patient-specific through a road and date, a bed number, a home town or an age; a
family's Ontario number whose last seven digits equal a hospital line; employers; a staff
member who is herself the patient; a donor family introduced as a patient's relatives;
masked SSN, Medicaid CIN, tribal enrollment and referral numbers, EMS run number, VIN,
snowmobile registration, fishing and driver's licences, pump/pacemaker/hearing-aid serials,
patient IP addresses, fundraiser and update URLs.
Hard negatives: staff with the same names and surnames as patients (Kowalczyk, Jimerson,
Al-Harazi, Chowdhury, Karim, Rosario, Yesenia, Hodan, Dwayne), staff cell numbers and
birth dates pasted from rosters, a retired nurse and a volunteer over 89, a staff member's
daughter's birthday, "Karen" the people and language, "Bills"/#BillsMafia, Billy Buffalo,
the hospital's 100th anniversary, "100,000th visit", "19 or 90", ages 89 and "late 80s",
public figures (Harriet Tubman, Red Jacket, Casimir Pulaski, Roberto Clemente, Marv Levy,
Michael J. Fox, Olmsted), eponyms, event dates on the same holidays that are DATE elsewhere,
venues that are GEO elsewhere (Niagara Street, Cave of the Winds, Woodlawn Beach, the
territories, Orchard Park), donor and community-group phones and e-mails, hospital
addresses, lines, fax, Wi-Fi, IT tickets, grant, trial, requisition and PO numbers,
classroom and conference rooms, ambulance units, replies to commenters that confirm nothing.
Language mix: 240 posts, 210 English and 30 Spanish; 120 patient-specific, 120 not
(English 105 / 105, Spanish 15 / 15).
Labelling decisions taken in this set (where the rules leave room):
- Karen prefixes Naw and Saw are part of the registered name and stay in the NAME span
  ("Naw Eh Htoo", "Saw Htoo Moo", "SAW, KAW LER"); so does the Bangladeshi "Md."
  ("Md. Abdul Karim"). Honorifics stay outside: Pani, don/dona, Hajj, Capt., bhai, Aunt
  ("Hajj Abdullah Al-Ward" -> "Abdullah Al-Ward", "Aunt Dee" -> "Dee").
- A kunya is one NAME ("Umm Khaled"). Kinship words are never names, even when used as a
  form of address: babcia, abuela, hooyo, jiddah, dadu, mam, Ayeeyo ("Our patients call her
  Ayeeyo, but her name is Faduma Hirsi Guled": only the name).
- A plural family surname is labelled as written ("Can we feature the Rahmans?" ->
  "Rahmans").
- The hospital's own city is GEO when the text gives it as the patient's home ("came to
  Buffalo from the Mae La camp", "418 Prospect Ave, Buffalo 14201"), not when it is where
  care happened ("his flight to Buffalo") or a climate. "Niagara Falls" likewise: GEO as the
  patient's home or crash city, unlabelled (ok=) as the campus name.
- Neighbourhoods (East Side, West Side, Lower West Side, South Buffalo, Lovejoy, Kaisertown,
  Black Rock, Riverside, Old First Ward) are GEO when they place the patient or family; not
  when they describe a staff member, a community or an aggregate.
- The place of the patient's injury, rescue or collapse is GEO like the road of a crash:
  roads and cross streets ("Skyway", "Route 5", "Kensington Expy", "Grider", "Thruway"),
  islands, parks, attractions and small lakes ("Goat Island", "Cave of the Winds",
  "Whirlpool State Park", "Sturgeon Point", "Chautauqua Lake"). Boundary waters that span
  states or countries (Lake Erie, the Niagara River), countries and provinces are not GEO;
  the same sites named as event venues are not GEO.
- Seneca territories are GEO when they are the patient's home ("Cattaraugus Territory",
  "Cattaraugus Terr."); the Seneca Nation and a clan (Wolf Clan) are not. Refugee camps
  are GEO as a birthplace or former home ("Dadaab", "Mae La").
- OTHER_ID also covers a tribal enrollment number ("4-21877"), a referral number
  ("SNHS-25-03318"), an EMS run number ("25-008812") and a trauma alias ("TRAUMA, QUEBEC").
  On a pasted bed board the bed column is labelled as written, without a keyword ("412-A",
  "414"); empty beds are not.
- Social handles keep the "@" ("@hodan.w"). A commenter's name and handle are labelled only
  when the reply confirms that the commenter or a relative is a patient ("your hooyo's stay
  in room 618"); replies that confirm nothing ("sorry to hear about your experience") are
  negatives.
- Holidays: any named day on which the patient's event fell is DATE, every form of it
  ("Pohela Boishakh", "April 14", "Bengali New Year"); a hashtag that states the patient's
  date is one DATE span ("#JuneteenthBaby"); a holiday on which an inpatient is shown in
  hospital dates the stay ("on Dyngus Day, Zofia Kaczmarek, 96, smuggled a water pistol").
  Ramadan as the month of a birth is DATE (a month element); Lent, Easter plans and seasons
  are not; greetings (Eid Mubarak, Ramadan Kareem, Shubho Noboborsho) never are.
- Appointment, follow-up, release-signing, date-of-service, pick-up, camp, portal sign-in,
  web-form and car-left-in-the-bay dates are DATE ("f/u Dr. Shah 2/3", "DOS 12/27"). A
  default refugee birth date is still DATE ("DOB 01/01/1960").
- "in his 90s" is AGE ("90s"), like "nonagenarian". A relative's age over 89 is AGE
  ("great-grandmother Naw Dah, 96"). Ages over 89 of staff, volunteers and public figures
  are not ("Dorothy Wrobel, 93, our longest-serving volunteer", "Marv Levy").
- A masked SSN is labelled SSN as written ("xxx-xx-6612").
- Employers are NAME, including former employers and public employers ("Bethlehem Steel",
  "Trico", "Buffalo Public Schools", "Buffalo Fire Department"); the same organisation as a
  sponsor or donor is not labelled. A market where a vendor rents a stall is not an employer.
- A staff member who is the patient of the story is labelled like any patient ("Our own
  unit clerk Dorota Nowak ... nine days in our ICU").
- A donor family introduced as a patient's relatives is labelled ("the Wozniak family ...
  their babcia, Helena Wozniak, 102"); a donor foundation's or a community group's phone
  and e-mail are not PHI.
- A patient's IP address is IP; portal user names are OTHER_ID. Rescuers, neighbours,
  coaches, mascots (Billy Buffalo) and sports stars are never labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev92.jsonl"), os.path.join(HERE, "phi_dev92_org.json"), "d92")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When the snow finally stopped, our trauma team met Dwayne Pritchett, 58, who spent 31 hours "
    "in his Malibu on Genesee Street during the December blizzard.\n\n"
    "Dwayne did almost everything right. He kept his engine off except for ten minutes every hour, "
    "dug out his tailpipe twice with a windshield scraper, and cracked the window so he wouldn't "
    "breathe exhaust. He texted his sister every few hours until his phone hit 2%. Then he sang every "
    "Bills fight song he knew to stay awake.\n\n"
    "A National Guard crew found him on the second morning. His core temperature was 88 degrees. Our "
    "trauma team spent four days saving his fingers and toes, and our physical therapists spent two "
    "more weeks teaching him to trust his feet again.\n\n"
    'He went home to Cheektowaga on Jan. 6 with all ten toes. "I owe these nurses a lifetime of '
    'wings," Dwayne says. "And I owe my sister a car charger."\n\n'
    "If a travel ban is in effect, please stay home. If you're stranded: stay in the car, keep the "
    "tailpipe clear, and call 911. #BuffaloStrong",
    [
        ("NAME", "Dwayne Pritchett"),
        ("GEO", "Genesee Street"),
        ("DATE", "December"),
        ("NAME", "Dwayne", 2),
        ("GEO", "Cheektowaga"),
        ("DATE", "Jan. 6"),
        ("NAME", "Dwayne", 3),
    ],
    note="long story: blizzard survivor named, the street where he was trapped, the month of the storm, home town and discharge date; 58 and 88 degrees are not ages over 89",
)

# 2
n(
    "en",
    "health_tip",
    "Stuck in your car in a lake-effect band? Keep the tailpipe clear, run the engine 10 minutes an "
    "hour, crack a window and call 911. Every winter our ED treats carbon monoxide poisoning from "
    "buried tailpipes. Questions? Nurse Advice Line (716) 555-0167. #ClubLakeEffect",
    "safety tip: 911 and the hospital's own nurse line, numbers that are not ages",
)

# 3
p(
    "en",
    "pasted_record",
    "Thrilled to share our new 4 North team! 🎉\n\n4N BED BOARD 0700\n"
    "412-A  KOWALCZYK, STANLEY  MRN 30577142  frostbite bil feet  NPO after MN\n"
    "412-B  empty\n"
    "414  HASSAN, AMINA M  MRN 30581906  DKA  interp Somali\n#NursesWeek",
    [
        ("OTHER_ID", "412-A"),
        ("NAME", "KOWALCZYK, STANLEY"),
        ("MRN", "30577142"),
        ("OTHER_ID", "414"),
        ("NAME", "HASSAN, AMINA M"),
        ("MRN", "30581906"),
    ],
    note="bed board pasted under a staff post: occupied bed numbers, two patients' names and MRNs; the empty bed and the unit are not identifiers",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Meet Kasia Wiśniewska, RN, charge nurse on 4 North since 2009. Born in Kraków and raised on "
    "Buffalo's East Side, Kasia still makes pączki with her babcia every Fat Tuesday — and brings "
    "two dozen to the unit. Reach her team at (716) 555-0100 ext. 4412.",
    "staff spotlight: the nurse's own name, birthplace, neighbourhood and family are not patient identifiers; hospital switchboard",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Helen Dombrowski! Helen was born on Pączki Day in a house on Fillmore "
    "Avenue and has cheered for the Bills since their very first season. Our 5 West team threw her a "
    "party with chruściki and polka. Sto lat, Helen! 🎂 Pictured: Helen with her "
    "great-grandson Tyler.",
    [
        ("AGE", "100th"),
        ("NAME", "Helen Dombrowski"),
        ("NAME", "Helen", 2),
        ("DATE", "Pączki Day"),
        ("GEO", "Fillmore Avenue"),
        ("NAME", "Helen", 3),
        ("PHOTO", "Pictured"),
        ("NAME", "Helen", 4),
        ("NAME", "Tyler"),
    ],
    note="centenarian inpatient named; born on Paczki Day (a named holiday as her birth date), birth street; photo of her and her great-grandson",
)

# 6
n(
    "en",
    "event",
    "Dyngus Day is Monday, April 21! Stop by our booth at the Broadway Market from 10 am to 2 pm for "
    "free blood pressure checks and a pussy-willow photo op. Questions: (716) 555-0156. #DyngusDay",
    "community event: the date is the event's, the market is the venue, the phone is the hospital's",
)

# 7
p(
    "en",
    "thank_you",
    'A thank-you card that made our whole trauma bay cry: "To the team who caught me after the river '
    "did — I'm walking, I'm working, I'm grateful. — Marcus T., Niagara Falls.\" Marcus was "
    "pulled from the upper Niagara River near Goat Island on Aug. 14. Our Niagara Falls campus crew "
    "stabilized him before his flight to Buffalo.",
    [
        ("NAME", "Marcus T."),
        ("GEO", "Niagara Falls", 1),
        ("NAME", "Marcus", 2),
        ("GEO", "Goat Island"),
        ("DATE", "Aug. 14"),
    ],
    note="named rescue patient, his home city, the island where he was pulled out and the date; the second 'Niagara Falls' is the hospital's campus",
    ok=("Niagara Falls",),
)

# 8
n(
    "en",
    "crisis_update",
    "BLIZZARD UPDATE, 6 pm\n\n"
    "Our emergency departments have treated 41 people for cold injuries since the storm began "
    "Friday, including several found in stranded cars on the 33 and in South Buffalo. Eleven have "
    "been admitted. Our burn unit is at capacity, and we are coordinating with other regional "
    "hospitals.\n\n"
    "What you need to know:\n"
    "• Elective surgeries at 2100 Main Street are postponed through Tuesday. Your surgeon's office "
    "will call you.\n"
    "• The Niagara Falls campus remains fully open.\n"
    "• Visitors: one per patient, and only if you can travel safely. Please don't drive during the "
    "ban.\n"
    "• For information about a family member, call (716) 555-0112. We cannot share patient "
    "information on social media.\n\n"
    "Thank you to every nurse, doctor, tech, housekeeper and cook who has been here since Thursday. "
    "#BuffaloStrong",
    "aggregate crisis update: places describe many patients, none singled out; hospital address, campus and line",
)

# 9
p(
    "en",
    "birth_announcement",
    "Eid Mubarak from our Mother-Baby unit! Baby Yusuf Al-Harazi arrived on Eid al-Fitr morning, "
    "7 lb 2 oz, the first grandson for his jiddah Fatima, who flew in from Ibb to hold him. Mom "
    'Nouria says his name means "God increases." 🌙',
    [
        ("NAME", "Yusuf Al-Harazi"),
        ("DATE", "Eid al-Fitr"),
        ("NAME", "Fatima"),
        ("GEO", "Ibb"),
        ("NAME", "Nouria"),
    ],
    note="newborn named, born on Eid al-Fitr (holiday as birth date), grandmother's name and foreign home city, mother's name; the greeting 'Eid Mubarak' is not a date",
)

# 10
n(
    "en",
    "public_figure",
    "On Juneteenth we honor Harriet Tubman, who led freedom seekers across the Suspension Bridge at "
    "Niagara Falls. Join our Juneteenth wellness walk on June 19 at MLK Park, 9 am. #Juneteenth",
    "historical figure; the date and park are the hospital event's",
)

# 11
p(
    "en",
    "pasted_record",
    "Reply to comment: Hi there! For privacy we can't discuss care here. [pasted from inbox] Pt: "
    "Bogdan Nowicki DOB 03/11/1948 MRN 40263315 – callback 716-555-0247 re: snowblower "
    "laceration R hand, f/u Dr. Shah 2/3.",
    [
        ("NAME", "Bogdan Nowicki"),
        ("DATE", "03/11/1948"),
        ("MRN", "40263315"),
        ("PHONE", "716-555-0247"),
        ("DATE", "2/3"),
    ],
    note="inbox line pasted into a public reply: name, birth date, MRN, callback number, follow-up appointment date; the doctor is staff",
)

# 12
n(
    "en",
    "eponymous_condition",
    "Raynaud's phenomenon makes fingers turn white or blue in the cold. It's not frostbite — but if "
    "you have Raynaud's, lupus or Buerger's disease, Buffalo winters call for mittens, not gloves. "
    "Talk to our rheumatology clinic: (716) 555-0100.",
    "eponymous conditions, the city as climate, hospital switchboard",
)

# 13
p(
    "en",
    "patient_story",
    "Naw Eh Htoo came to Buffalo from the Mae La camp in 2016 and now helps other Karen moms find our "
    "prenatal clinic. Last month she was on the other side of the bed: her daughter Paw Say Wah was "
    "born at 29 weeks on March 2. Today Paw Say Wah goes home to the West Side. Ta blu! 💚",
    [
        ("NAME", "Naw Eh Htoo"),
        ("GEO", "Buffalo"),
        ("GEO", "Mae La"),
        ("NAME", "Paw Say Wah", 1),
        ("DATE", "March 2"),
        ("NAME", "Paw Say Wah", 2),
        ("GEO", "West Side"),
    ],
    note="NICU baby and mother named (Naw kept in the name), refugee camp and city of residence, birth date, home neighbourhood; Karen is the people, 2016 a bare year",
)

# 14
n(
    "en",
    "anonymous_story",
    "One of our NICU grads went home today after 96 days — born at 24 weeks, weighing less than a "
    "can of Genesee. Her parents asked us to share a message for every family still on the unit: "
    '"The beeping stops eventually." 💜',
    "nameless NICU story: 96 is a length of stay, not an age; Genesee is a beer; no identifier",
)

# 15
p(
    "en",
    "memorial",
    "We are heartbroken to share that our longtime dialysis patient and friend Gordon 'Gordie' "
    "Jimerson walked on Nov. 9.\n\n"
    "For 11 years, Gordie drove down from the Cattaraugus Territory three times a week, in every "
    "kind of weather Western New York could throw at him. He never once came without a lacrosse "
    'stick in the back seat, because, as he told every new tech, "you never know when somebody '
    'needs a lesson." More than a few of our staff learned to cradle a ball in the parking lot '
    "between his treatments.\n\n"
    "Gordie knew every nurse's kids by name, brought corn soup every winter, and made sure our newest "
    "patients knew they weren't alone in those chairs. When the machines beeped, he'd joke that they "
    "were calling the next play.\n\n"
    "Nya:wëh, Gordie. Thank you for everything you taught us. Our thoughts are with his wife Loretta, "
    "their children and grandchildren, and the Wolf Clan.",
    [
        ("NAME", "Gordon 'Gordie' Jimerson"),
        ("DATE", "Nov. 9"),
        ("NAME", "Gordie", 2),
        ("GEO", "Cattaraugus Territory"),
        ("NAME", "Gordie", 3),
        ("NAME", "Gordie", 4),
        ("NAME", "Loretta"),
    ],
    note="long memorial: patient with nickname, date of death, home territory, wife's name; a clan is not an identifier",
)

# 16
n(
    "en",
    "sponsor",
    "Huge thanks to the Kowalczyk Family Foundation and Chrusciki Bakery for 400 pączki for our night "
    "shift on Pączki Day, Tuesday, March 4! Stanley Kowalczyk Sr. opened the bakery on Broadway in "
    "1952. #PaczkiDay",
    "donor family and sponsor (not patients), the date of the donation event",
)

# 17
p(
    "en",
    "discharge",
    "Going home after 19 days! Md. Abdul Karim, a cab driver from Lovejoy, was hit by a plow truck "
    "on William Street on Jan. 23. Today he walked out of 6 South on his own, with his daughter "
    "Nusrat translating our discharge instructions for the whole family. Dhonnobad, Karim bhai!",
    [
        ("NAME", "Md. Abdul Karim"),
        ("GEO", "Lovejoy"),
        ("GEO", "William Street"),
        ("DATE", "Jan. 23"),
        ("NAME", "Nusrat"),
        ("NAME", "Karim", 2),
    ],
    note="named patient (Md. is part of a Bangladeshi name), home neighbourhood, street of the crash, injury date, daughter's name; 'bhai' is an honorific",
)

# 18
n(
    "en",
    "recruitment",
    "Now hiring: Bengali, Arabic, Somali and Karen medical interpreters! Full-time, days. Req "
    "#24-10318. Apply at nlmc.org/careers or fax your résumé to (716) 555-0178. Questions? "
    "careers@nlmc.org",
    "recruitment: Karen is a language, the requisition number is a job's, fax/e-mail/URL are the hospital's",
)

# 19
p(
    "en",
    "patient_story",
    "Ice is never safe ice. Just ask Ron Gallagher of South Buffalo, who went through off Sturgeon "
    "Point on Feb. 2 chasing perch. His buddies had a rope; he had our trauma team. Ron's fishing "
    "license (No. 24-0918-3376) was still in his wallet when the Coast Guard pulled him out — and "
    "he's already planning next season. 🎣",
    [
        ("NAME", "Ron Gallagher"),
        ("GEO", "South Buffalo"),
        ("GEO", "Sturgeon Point"),
        ("DATE", "Feb. 2"),
        ("NAME", "Ron", 2),
        ("LICENSE", "24-0918-3376"),
    ],
    note="ice-fishing patient named, neighbourhood, place and date of the accident, fishing licence number; 'next season' is not a date",
)

# 20
n(
    "en",
    "statistic",
    "BLIZZARD WEEK BY THE NUMBERS: 63 frostbite cases. 9 snowblower hand injuries. 22 carbon "
    "monoxide exposures. Patients aged 19 months to 89 years. 1 ED that never closed. 0 nurses who "
    "went home before the roads opened. Thank you, Buffalo. ❄️",
    "aggregate statistics; the oldest age given is 89, not over 89",
)

# 21
p(
    "en",
    "anonymous_story",
    "Our oldest blizzard survivor this year was 97 — found by a neighbor after two nights without "
    "heat, and discharged from 5 West this morning in her own snow boots. 💪 #BuffaloStrong",
    [("AGE", "97")],
    note="nameless story, but an age over 89 is an identifier on its own",
)

# 22
n(
    "es",
    "event",
    "¡Feria de salud en el Desfile Puertorriqueño e Hispano! Este sábado 2 de agosto en Niagara "
    "Street, pruebas gratis de glucosa y presión. Más información: (716) 555-0156 o "
    "comunidad@niagaralakeshore.org.",
    "evento comunitario: la fecha y la calle son del desfile; teléfono y correo del hospital",
)

# 23
p(
    "es",
    "patient_story",
    "Doña Carmen Rivera Ortiz, de 92 años, cumplió hoy 40 días de diálisis con nosotros y nos trajo "
    "pasteles para todo el turno. Nació en Utuado y vive en el Lower West Side desde 1971. ¡Gracias, "
    "doña Carmen, por su alegría! 🇵🇷",
    [
        ("NAME", "Carmen Rivera Ortiz"),
        ("AGE", "92"),
        ("GEO", "Utuado"),
        ("GEO", "Lower West Side"),
        ("NAME", "Carmen", 2),
    ],
    note="paciente de diálisis con nombre, edad mayor de 89, pueblo natal y barrio; 'doña' no es parte del nombre",
)

# 24
n(
    "es",
    "health_tip",
    "Si tiene 65 años o más, la vacuna contra la gripe de dosis alta es para usted. Los adultos "
    "mayores de 90 años corren más riesgo de complicaciones. Llame al (716) 555-0167 para una cita. "
    "#SaludBuffalo",
    "consejo de salud: edades de población, línea de enfermería del hospital",
)

# 25
p(
    "en",
    "thank_you",
    "Replying to @hodan.w: Hodan, thank you for these kind words about your hooyo's stay in room 618. "
    'We\'ll pass them to the night nurses who learned to say "mahadsanid" for her. 💙',
    [("OTHER_ID", "@hodan.w"), ("NAME", "Hodan"), ("OTHER_ID", "room 618")],
    note="reply confirms the commenter's mother was an inpatient: the commenter's handle and name (a patient's relative) and the room number",
)

# 26
n(
    "en",
    "campaign_hashtag",
    "#BillsMafia, you showed up! Our blood drive after the playoff game collected 612 units in one "
    "day, a record. Keep it going: #716Strong #GoBills. Book your next donation at "
    "nlmcfoundation.org/give.",
    "campaign hashtags (Bills is a team, not a name), a record count, the foundation's site",
)

# 27
p(
    "en",
    "patient_story",
    "Bill Szymanski never missed a Bills home opener in 52 years — until a snowblower took two "
    "fingers on Dec. 1. The retired Bethlehem Steel crane operator from Lackawanna made us promise "
    "to share his advice: turn it OFF before you clear the chute. Bill's home now, and yes, he's "
    "watching Sunday's game. #GoBills",
    [
        ("NAME", "Bill Szymanski"),
        ("DATE", "Dec. 1"),
        ("NAME", "Bethlehem Steel"),
        ("GEO", "Lackawanna"),
        ("NAME", "Bill", 2),
    ],
    note="patient named Bill in a Bills post, injury date, former employer, home town; Sunday is a weekday",
)

# 28
n(
    "en",
    "staff_spotlight",
    "Nurse practitioner Lorraine Jimerson grew up on the Allegany Territory and now runs our diabetes "
    "clinic in Salamanca every Thursday. This week Lorraine was honored by the Seneca Nation Health "
    "System for 20 years of service. Book with her team at (716) 555-0100.",
    "staff member's own home territory and name; clinic town is the hospital's; switchboard",
)

# 29
p(
    "en",
    "pasted_record",
    "FW: release for Friday post\n\nHi team — family signed the media release today (3/14). Pt is "
    "Shirin Begum, 94, MRN 51170284, daughter Rokeya (rokeya.begum88@gmail.com, 716-555-0319) is the "
    "contact. Please use first names only in the caption!\n\n— sent from NLMC Marketing",
    [
        ("DATE", "3/14"),
        ("NAME", "Shirin Begum"),
        ("AGE", "94"),
        ("MRN", "51170284"),
        ("NAME", "Rokeya"),
        ("EMAIL", "rokeya.begum88@gmail.com"),
        ("PHONE", "716-555-0319"),
    ],
    note="internal e-mail pasted: release-signing date, patient's name, age over 89, MRN, daughter's name, e-mail and phone",
)

# 30
n(
    "en",
    "pasted_record",
    'Oops — meant for the unit group chat 🙃 "Reminder: 5 West huddle moved to Conf Rm B-214 at '
    "0645. Call-outs to Maggie Flynn x4471 or page 716-555-0100 #2203. Badge 11872 found in the "
    'break room."',
    "pasted staff message: conference room, staff name and extension, hospital pager, a staff badge number",
)

# 31
p(
    "en",
    "milestone_birthday",
    "Born on St. Patrick's Day, raised on Abbott Road, and still the loudest voice at the Old "
    'Neighborhood parade: Mary Margaret "Peg" Keane turned 91 on 5 West this week, and our staff '
    "pinned green carnations on her gown. Happy birthday, Peg! ☘️",
    [
        ("DATE", "St. Patrick's Day"),
        ("GEO", "Abbott Road"),
        ("NAME", 'Mary Margaret "Peg" Keane'),
        ("AGE", "91"),
        ("NAME", "Peg", 2),
    ],
    note="inpatient named with nickname, birth date as a holiday, home street, age over 89",
)

# 32
n(
    "en",
    "hospital_contact",
    "Looking for a loved one after the storm? Call our Patient Information line at (716) 555-0112 "
    "(24/7) or e-mail patientinfo@nlmc.org. We cannot share details by DM. Niagara Falls campus: "
    "(716) 555-0189, 650 Pine Avenue, Niagara Falls, NY 14301.",
    "the hospital's own lines, e-mail and address",
)

# 33
p(
    "en",
    "pasted_record",
    "Such a great team effort today!! 👏👏\n\n[ED Triage 23:14] 44M found unresponsive in vehicle, "
    "Kensington Expy outbound near Grider, ~30 hrs snowbound. Plate HKT-4471 (NY). Core temp 29.8C. "
    "EMS run # 25-008812. Wife Tamika at bedside, cell 716-555-0263.",
    [
        ("GEO", "Kensington Expy"),
        ("GEO", "Grider"),
        ("VEHICLE", "HKT-4471"),
        ("OTHER_ID", "25-008812"),
        ("NAME", "Tamika"),
        ("PHONE", "716-555-0263"),
    ],
    note="triage note pasted: road and cross street where he was found, plate, EMS run number, wife's name and cell; 44M is not over 89",
)

# 34
n(
    "en",
    "anonymous_story",
    "A story from our night shift, shared with permission and without names:\n\n"
    "A man in his 40s was found in his car after 30 hours in the snow. He came to us with a core "
    "temperature of 84°F. Our team warmed him slowly, over hours, with heated IV fluids, warm-air "
    "blankets and a lot of patience. At 4 am his heart finally found its rhythm again.\n\n"
    "This morning he asked for two things: coffee, and the Bills score. (We gave him both.)\n\n"
    "He has a long road ahead, and he wanted every one of you to know how he ended up here: he left "
    "for a 10-minute drive to the store after the travel ban was already in place.\n\n"
    "Stories like his are why we say it every winter: stay off the roads during a travel ban. No "
    "errand is worth 30 hours in a snowbank. ❄️",
    "long nameless story: an age under 90, a temperature, durations and hours; no place or date tied to him",
)

# 35
p(
    "en",
    "birth_announcement",
    "Touchdown! 🏈 Baby Josiah Brown couldn't wait for the end of the Bills–Chiefs game and arrived in "
    "our L&D at 8:42 pm on Jan. 26, 8 lb even. Dad Terrell was wearing his Allen jersey; mom Keisha "
    "had the game on mute. Welcome to #BillsMafia, Josiah!",
    [
        ("NAME", "Josiah Brown"),
        ("DATE", "Jan. 26"),
        ("NAME", "Terrell"),
        ("NAME", "Keisha"),
        ("NAME", "Josiah", 2),
    ],
    note="newborn and parents named, birth date; Allen is a public figure, the hour is not a date",
)

# 36
n(
    "en",
    "public_figure",
    "Seneca orator Red Jacket (Sagoyewatha) is buried at Forest Lawn, a few blocks from our main "
    "campus. This Indigenous Peoples' Day our Native American Health Program hosts a talk on his "
    "life, Oct. 13 at 6 pm.",
    "historical figure; the date is the talk's",
)

# 37
p(
    "en",
    "patient_story",
    "our favorite patient of the week: 12-year-old franek, who cleared his babcia's whole driveway in "
    "Kaisertown before his glove caught in the auger. Two surgeries later, he's giving the whole hand "
    "clinic thumbs-up. #franekstrong",
    [("NAME", "franek"), ("GEO", "Kaisertown"), ("NAME", "#franekstrong")],
    note="lower-case first name and name hashtag, grandmother's neighbourhood where he lives and was injured",
)

# 38
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Graves' disease, Addison's: three eponymous endocrine conditions our Dr. Nasreen "
    "Chowdhury treats every day. Join her free talk on thyroid health at the Central Library, "
    "Thursday at 6 pm.",
    "eponyms and a staff physician; weekday and venue of a talk",
)

# 39
p(
    "en",
    "memorial",
    "We remember Mr. Otis Freeman, who passed on our palliative unit on Juneteenth, June 19 — the "
    "holiday he had celebrated at MLK Park every year since it was a neighborhood cookout. His "
    'granddaughter Aaliyah asked us to share his favorite saying: "Freedom is a daily chore."',
    [
        ("NAME", "Otis Freeman"),
        ("DATE", "Juneteenth"),
        ("DATE", "June 19"),
        ("NAME", "Aaliyah"),
    ],
    note="memorial: name, date of death written twice (holiday and calendar date), granddaughter's name; the park is a public venue",
)

# 40
n(
    "en",
    "event",
    "Eid al-Adha blood pressure screenings after prayers at Masjid an-Nur on Bailey Avenue, Friday, "
    "June 6, 10 am to 1 pm. Our Yemeni and Bangladeshi community health workers will be there. "
    "Free, no insurance needed.",
    "community event: holiday and date are the event's, the mosque is the venue",
)

# 41
p(
    "en",
    "pasted_record",
    'Posted to Stories by mistake:\nMyNLMC message from user kwozniak_1958: "Hi, this is Krystyna '
    "Woźniak, I have a colonoscopy Tues 4/8 and need to reschedule because of Dyngus Day plans. My "
    'insurance is Fidelis ID 71803356402. Call me at (716) 555-0288. Thanks!"',
    [
        ("OTHER_ID", "kwozniak_1958"),
        ("NAME", "Krystyna Woźniak"),
        ("DATE", "4/8"),
        ("HEALTH_PLAN", "71803356402"),
        ("PHONE", "(716) 555-0288"),
    ],
    note="portal message pasted: portal user name, patient's name, appointment date, health-plan ID, phone; Dyngus Day is not her appointment",
)

# 42
n(
    "en",
    "pasted_record",
    "[pasted from Teams] IT ticket INC0048213: workstation WOW-5W-07 on 5 West won't print wristbands. "
    "Printer IP 10.22.41.108, asset tag NLMC-88241. Contact Derek Sobczak, ext. 5120.",
    "IT ticket: ticket number, hospital workstation, printer IP and asset tag, staff contact; nothing about a patient",
)

# 43
p(
    "en",
    "patient_story",
    "Abdirahman Warsame was born in Dadaab, grew up on the West Side, and works nights at Lakefront "
    "Dairy Foods. On Jan. 10 he pulled his neighbor out of a burning house on Hampshire Street and "
    "came to our burn unit himself. He's home, his hands are healing, and he wants you to check your "
    "smoke detectors.",
    [
        ("NAME", "Abdirahman Warsame"),
        ("GEO", "Dadaab"),
        ("GEO", "West Side"),
        ("NAME", "Lakefront Dairy Foods"),
        ("DATE", "Jan. 10"),
        ("GEO", "Hampshire Street"),
    ],
    note="burn patient named: birthplace (refugee camp), neighbourhood, employer, injury date and street of the fire",
)

# 44
n(
    "en",
    "anonymous_story",
    "A Karen grandmother in her 80s spent last night teaching our 5 West nurses to count to ten in "
    'Sgaw Karen while she waited for hip surgery. "Ta blu," she told every one of them. We\'re '
    "grateful for the patients who teach us. 💚",
    "nameless story: Karen is a people and a language, not a name; an age range under 90",
)

# 45
p(
    "en",
    "thank_you",
    "To the family in room 512 who left 40 pounds of sambusa at the nurses' station last night: we "
    "ate every one. Eid Mubarak! 🌙",
    [("OTHER_ID", "room 512")],
    note="the room number points at one inpatient's family; 'last night' and the greeting are not dates",
)

# 46
n(
    "en",
    "research",
    "Our Lung Center enrolled the 1,000th participant in the WNY Lake Effect Asthma Study (NIH grant "
    "R01HL162294). Volunteers ages 5 to 95 are welcome; call (716) 555-0100 ext. 3300 or e-mail "
    "asthmastudy@nlmc.org.",
    "research news: participant count, grant number, eligibility ages of a population, hospital contacts",
)

# 47
p(
    "en",
    "thank_you",
    "Rahima Begum wanted the world to know: after her husband collapsed at the Broadway Fillmore "
    'mosque on Dec. 20, our cath lab had him stented in 38 minutes. "Tell everyone that Jashim is '
    "home and eating my biryani again.\" Rahima, we're so glad! 💙",
    [
        ("NAME", "Rahima Begum"),
        ("GEO", "Broadway Fillmore"),
        ("DATE", "Dec. 20"),
        ("NAME", "Jashim"),
        ("NAME", "Rahima", 2),
    ],
    note="patient and wife named, neighbourhood where he collapsed, date of the heart attack",
)

# 48
n(
    "en",
    "hospital_contact",
    "@BuffaloMomOf3 We're sorry to hear about your experience. We can't discuss anyone's care on "
    "social media, but our Patient Relations team would like to help: (716) 555-0123 or "
    "patientrelations@nlmc.org. 💙",
    "reply to a commenter that confirms no patient relationship; hospital contacts only",
)

# 49
p(
    "en",
    "pasted_record",
    'Draft caption: "Back on the ice in no time!" 🎣\n--- pasted ---\nDISCHARGE: O\'DONNELL, KEVIN P | '
    "DOB 11/02/1979 | MRN 20931574 | Acct 7700418826 | SSN xxx-xx-6612 | Dx: L tib/fib fx, fall on "
    "ice, Chautauqua Lake 2/9 | Follow-up ortho 2/24",
    [
        ("NAME", "O'DONNELL, KEVIN P"),
        ("DATE", "11/02/1979"),
        ("MRN", "20931574"),
        ("ACCOUNT", "7700418826"),
        ("SSN", "xxx-xx-6612"),
        ("GEO", "Chautauqua Lake"),
        ("DATE", "2/9"),
        ("DATE", "2/24"),
    ],
    note="discharge header pasted under a caption: name, birth date, MRN, account, masked SSN, place and date of injury, follow-up date",
)

# 50
n(
    "en",
    "statistic",
    "In 2024 our Niagara Falls campus cared for 38 people rescued from the river and the Gorge; 31 "
    "survived. Most were 18 to 29. If you or someone you love is struggling, call or text 988.",
    "aggregate statistics with an age range; 988 is a national line",
)

# 51
p(
    "en",
    "discharge",
    "From Cave of the Winds to home: 9-year-old Elijah Moreau of Welland, Ontario slipped past a "
    "railing on July 4 and spent 11 days in our PICU. His family asked us to share their number for "
    "other families who have been through the same: (905) 555-0134. Bon retour à la maison, Elijah!",
    [
        ("GEO", "Cave of the Winds"),
        ("NAME", "Elijah Moreau"),
        ("GEO", "Welland"),
        ("DATE", "July 4"),
        ("PHONE", "(905) 555-0134"),
        ("NAME", "Elijah", 2),
    ],
    note="child named, place of the fall, foreign home city, injury date (also a holiday), family's Ontario number (not the hospital's 716 line)",
)

# 52
n(
    "en",
    "event",
    "Heading to the Niagara Falls fireworks on July 4? Our Niagara Falls campus ED is open 24/7 at 650 "
    "Pine Avenue. Keep kids behind the railings at Cave of the Winds and Terrapin Point, and never "
    "leave a child alone near the water.",
    "safety message: holiday date, tourist sites and the hospital's address",
)

# 53
p(
    "en",
    "patient_story",
    "Everyone on 3 North knows Umm Khaled: she has brought cardamom tea to every patient in her "
    "husband's room since his stroke on Feb. 14. Today Ali Saleh Al-Maqtari goes to rehab, and Umm "
    "Khaled goes with him. Shukran, from all of us. ☕",
    [
        ("NAME", "Umm Khaled", 1),
        ("DATE", "Feb. 14"),
        ("NAME", "Ali Saleh Al-Maqtari"),
        ("NAME", "Umm Khaled", 2),
    ],
    note="patient named, stroke date, wife named by her kunya (the whole 'Umm Khaled' is how she is called)",
)

# 54
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Ameen Al-Harazi, our new hospitalist, who grew up above his family's deli on South Park "
    'Avenue in Lackawanna and trained at UB. "I wanted to come home," he says. Patients can reach '
    "his clinic at (716) 555-0100 or hospitalmedicine@nlmc.org.",
    "staff physician's own background; hospital contacts",
)

# 55
p(
    "en",
    "milestone_birthday",
    "Our Salamanca clinic's favorite centenarian, Clara Redeye, was born on the Allegany Territory on "
    "New Year's Day and says her secret is corn soup and never missing a lacrosse game. Happy 101st, "
    "Clara! 🎉",
    [
        ("AGE", "centenarian"),
        ("NAME", "Clara Redeye"),
        ("GEO", "Allegany Territory"),
        ("DATE", "New Year's Day"),
        ("AGE", "101st"),
        ("NAME", "Clara", 2),
    ],
    note="'centenarian' and '101st' state an age over 89; birthplace territory, birth date as a holiday",
)

# 56
n(
    "en",
    "memorial",
    'Rest in peace, Bernadette "Bernie" Kearney, RN, who worked 41 years in our ED and passed away '
    "Jan. 8 at 92. Bernie trained half the nurses in South Buffalo. Visitation Friday at McCarthy "
    "Funeral Home on Seneca Street.",
    "memorial of a retired staff nurse: her death date and age over 89 are a staff member's, not a patient's",
)

# 57
p(
    "en",
    "pasted_record",
    "Sharing with permission from Aunt Dee ❤️ → \"Please keep sharing Mikey's page "
    "gofundme.com/f/mikey-obrien-burn-recovery and follow @mikeysmiraclejourney for updates. He's "
    'still in the burn unit, bed 6, after the garage fire on Seneca Street Dec 29."',
    [
        ("NAME", "Dee"),
        ("NAME", "Mikey"),
        ("URL", "gofundme.com/f/mikey-obrien-burn-recovery"),
        ("OTHER_ID", "@mikeysmiraclejourney"),
        ("OTHER_ID", "bed 6"),
        ("GEO", "Seneca Street"),
        ("DATE", "Dec 29"),
    ],
    note="family text pasted: aunt's and patient's names, fundraiser URL, family handle, bed number, street and date of the fire",
)

# 58
n(
    "en",
    "health_tip",
    "Snowblower clogged? NEVER use your hand. Use a clearing tool, even with the engine off: the "
    "auger can spin back. Our hand surgeons saw 9 injuries after last week's storm alone. "
    "#ClubLakeEffect #SnowblowerSafety",
    "safety tip with an aggregate count",
)

# 59
p(
    "en",
    "patient_story",
    "Saw Htoo Moo drove his minivan into the storm for one reason: an elderly member of his church "
    "had run out of insulin, and the pharmacies were closed.\n\n"
    "He never made it. His van got stuck on Route 5 near Woodlawn Beach on Christmas Eve, in drifts "
    "taller than the roof. He ran the engine ten minutes an hour, prayed, and sang Karen hymns to "
    "stay awake. After 26 hours, a plow driver spotted the plate, KRN 8821, sticking out of the snow "
    "and called for help.\n\n"
    "Saw Htoo Moo came to us with frostbite on both feet. He lost two toes. He also gained what he "
    'calls "a city\'s worth of friends": the plow driver, our burn nurses, and the neighbors who made '
    "sure the insulin got delivered after all.\n\n"
    '"In the camp, we learned to help each other," he told us. "Here it is the same." Ta blu, Saw '
    "Htoo Moo. #BuffaloStrong",
    [
        ("NAME", "Saw Htoo Moo", "*"),
        ("GEO", "Route 5"),
        ("GEO", "Woodlawn Beach"),
        ("DATE", "Christmas Eve"),
        ("VEHICLE", "KRN 8821"),
    ],
    note="long story: Karen patient named three times (Saw kept in the name), road and beach where he was stranded, date, plate number; the church member and plow driver are not labelled",
)

# 60
n(
    "en",
    "sponsor",
    "Thank you to the Seneca Nation for a $250,000 gift toward our new mobile dialysis van, which "
    "will bring treatment closer to the families of the Cattaraugus and Allegany Territories starting "
    "in May.",
    "donor nation; territories describe a population served; May is the van's start",
)

# 61
p(
    "en",
    "thank_you",
    "A note from Sean and Bridget Doyle of Hamburg, whose son Liam was airlifted here after the "
    'Skyway crash on Jan. 17: "We will never be able to repay the trauma team. If any family needs '
    'to talk, write us at doyles.of.hamburg@gmail.com." Liam is home and back at St. Francis. ☘️',
    [
        ("NAME", "Sean"),
        ("NAME", "Bridget Doyle"),
        ("GEO", "Hamburg"),
        ("NAME", "Liam", 1),
        ("GEO", "Skyway"),
        ("DATE", "Jan. 17"),
        ("EMAIL", "doyles.of.hamburg@gmail.com"),
        ("NAME", "Liam", 2),
    ],
    note="parents' and patient's names, home town, road and date of the crash, family e-mail; the school is not an identifier",
)

# 62
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease, also called ALS, affects about 30,000 Americans. Join our ALS clinic at the "
    "Walk to Defeat ALS at Canalside on Sept. 20. Team captain: our neurologist Dr. Piotr Zieliński.",
    "eponym named for a public figure, event date and venue, staff physician",
)

# 63
p(
    "en",
    "pasted_record",
    "Sorry, wrong photo caption! 🙈\n\nED TRACK BOARD 02:10\nRm 7  DELGADO-VEGA, LUIS  hypothermia  "
    "RN: Kelly\nRm 9  NGUYEN, THANH  CO exp  RN: Kelly\nHall 3  TRAUMA, QUEBEC  found "
    "Broadway/Fillmore  RN: Ortiz",
    [
        ("OTHER_ID", "Rm 7"),
        ("NAME", "DELGADO-VEGA, LUIS"),
        ("OTHER_ID", "Rm 9"),
        ("NAME", "NGUYEN, THANH"),
        ("OTHER_ID", "Hall 3"),
        ("OTHER_ID", "TRAUMA, QUEBEC"),
        ("GEO", "Broadway/Fillmore"),
    ],
    note="ED board pasted: rooms and hall bed, patients' names, an unidentified patient's trauma alias and where he was found; nurses are staff",
)

# 64
n(
    "en",
    "anonymous_story",
    "Tonight's shoutout goes to a patient who, once we had warmed him up from a core temperature of "
    "82, asked his nurse to call his mother at 3 am to tell her the Sabres won. Priorities. 🏒",
    "nameless story: a temperature and an hour, no identifier",
)

# 65
p(
    "en",
    "birth_announcement",
    "Twins on Pohela Boishakh! 🌸 Ayaan and Aria Hossain arrived on April 14, the Bengali New Year, "
    "and their dadu flew in from Sylhet the next morning. Shubho Noboborsho from 2 North!",
    [
        ("DATE", "Pohela Boishakh"),
        ("NAME", "Ayaan"),
        ("NAME", "Aria Hossain"),
        ("DATE", "April 14"),
        ("DATE", "Bengali New Year"),
        ("GEO", "Sylhet"),
    ],
    note="twins named; birth date written three ways (festival, calendar date, 'Bengali New Year'); grandfather's home city; the greeting is not a date",
)

# 66
n(
    "en",
    "event",
    "Join us for Pohela Boishakh on Sunday, April 13, at the Bangladeshi community center on Sobieski "
    "Street: free diabetes screening, mehndi and mishti. Our Bengali-speaking nurses will be there.",
    "community event: festival and date are the event's, the street is the venue",
)

# 67
p(
    "en",
    "patient_story",
    "Our nonagenarian squirt-bottle champion: on Dyngus Day, Zofia Kaczmarek, 96, smuggled a water "
    "pistol past our nurses and got the whole 5 West team from her hospital bed, IV and all. "
    "Wszystkiego najlepszego, Pani Zofia! 💦",
    [
        ("AGE", "nonagenarian"),
        ("DATE", "Dyngus Day"),
        ("NAME", "Zofia Kaczmarek"),
        ("AGE", "96"),
        ("NAME", "Zofia", 2),
    ],
    note="inpatient named, age over 89 twice, the holiday that dates her stay; 'Pani' is an honorific",
)

# 68
n(
    "en",
    "campaign_hashtag",
    "#DyngusDay recap: 1,400 free blood pressure checks, 212 flu shots and one very wet CEO. Dziękujemy, "
    "Polonia! #NLMCCares #Buffalo",
    "campaign hashtags and counts; Polonia is the Polish community",
)

# 69
p(
    "en",
    "pasted_record",
    "Proud of our cardiology team! [attachment text] Device check – Pt ALI, HASSAN M – Medtronic "
    "Azure XT DR, SN RNB402817H – implanted 10/15 – home monitor paired 10/22 – next remote 1/20.",
    [
        ("NAME", "ALI, HASSAN M"),
        ("DEVICE", "RNB402817H"),
        ("DATE", "10/15"),
        ("DATE", "10/22"),
        ("DATE", "1/20"),
    ],
    note="device report pasted: patient's name, pacemaker serial, implant and follow-up dates; the model is not an identifier",
)

# 70
n(
    "en",
    "pasted_record",
    "FYI from Biomed: recall on infusion pump model 8015, serial range 1200000–1299999. Check the "
    "sticker on the back of every pump on 4 North and call Biomed at ext. 6010.",
    "equipment recall: a model and a serial range, not tied to any patient",
)

# 71
p(
    "en",
    "patient_story",
    "Three Kings Day brought the best gift to Jadiel Santiago: the 7-year-old got his new heart on "
    "Jan. 6 (Día de Reyes), and his abuela Milagros brought pasteles for the whole transplant floor. "
    "Jadiel, you're our king. 👑",
    [
        ("DATE", "Three Kings Day"),
        ("NAME", "Jadiel Santiago"),
        ("DATE", "Jan. 6"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Milagros"),
        ("NAME", "Jadiel", 2),
    ],
    note="transplant date written three ways, child and grandmother named",
)

# 72
n(
    "en",
    "health_tip",
    "Fasting for Ramadan with diabetes? Talk to your doctor before the month begins (around Feb. 28 "
    "this year). Our Arabic- and Bengali-speaking diabetes educators: (716) 555-0100 ext. 2250. "
    "Ramadan Kareem!",
    "health tip: the start of Ramadan for everyone, hospital line",
)

# 73
p(
    "en",
    "memorial",
    "Innaa lillaahi wa innaa ilayhi raaji'uun. We mourn Halima Abdi Farah, a grandmother of 23 who "
    "sewed baby blankets for our NICU for ten years, and who died on our oncology unit on Laylat "
    "al-Qadr, March 26. Her daughter Sahra asked that donations go to the Somali Community Center. 💙",
    [
        ("NAME", "Halima Abdi Farah"),
        ("DATE", "Laylat al-Qadr"),
        ("DATE", "March 26"),
        ("NAME", "Sahra"),
    ],
    note="memorial: three-part Somali name, death date as holy night and calendar date, daughter; 23 is grandchildren, not an age",
)

# 74
n(
    "en",
    "memorial",
    "On the anniversary of the Blizzard of '77 we remember the 23 people who died across Western New "
    "York. Our ED nurses from that winter still tell the stories. Jan. 28, 1977 changed how this city "
    "prepares.",
    "historical disaster: aggregate deaths, a public date",
)

# 75
p(
    "en",
    "patient_story",
    "Taslima Akter started learning English in our cancer center waiting room, on Post-it notes from "
    "our nurses. Today, after her last chemo on Feb. 20, she read us a thank-you speech in English. Her "
    "son Rafi runs a support group for Bengali-speaking families: rafi.akter.buf@gmail.com.",
    [
        ("NAME", "Taslima Akter"),
        ("DATE", "Feb. 20"),
        ("NAME", "Rafi"),
        ("EMAIL", "rafi.akter.buf@gmail.com"),
    ],
    note="patient named, last treatment date, son's name and e-mail",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Our Bengali-speaking nurses Farzana, Tahmina and Rafiq translated 2,300 discharge instructions "
    "this year. Want to join them? E-mail interpreters@nlmc.org.",
    "staff first names, a count, hospital e-mail",
)

# 77
p(
    "en",
    "discharge",
    "Congrats to Travis Halftown on going home! 🎉 [pasted] Tribal enrollment #: 4-21877 | PRC "
    "referral SNHS-25-03318 | home: Irving, NY (Cattaraugus Terr.) | d/c 2/11",
    [
        ("NAME", "Travis Halftown"),
        ("OTHER_ID", "4-21877"),
        ("OTHER_ID", "SNHS-25-03318"),
        ("GEO", "Irving"),
        ("GEO", "Cattaraugus Terr."),
        ("DATE", "2/11"),
    ],
    note="discharge caption with intake line pasted: name, tribal enrollment and referral numbers, home town and territory, discharge date",
)

# 78
n(
    "en",
    "hospital_contact",
    "Our South Towns Family Health Center at 300 Ridge Road, Lackawanna, NY 14218 is open in the "
    "snow! Walk-ins until 7 pm. Fax referrals to (716) 555-0191. Patient portal: my.nlmc.org.",
    "the hospital's own address, fax and portal",
)

# 79
p(
    "en",
    "thank_you",
    "@Danuta_Malinowski Pani Danuta, we are so glad your husband Jerzy is home from the ICU and that "
    "you liked the pierogi our kitchen made for his 90th! Our nurses loved meeting you both. 💙",
    [
        ("OTHER_ID", "@Danuta_Malinowski"),
        ("NAME", "Danuta"),
        ("NAME", "Jerzy"),
        ("AGE", "90th"),
    ],
    note="reply confirms a patient: wife's handle and name, patient's name, his 90th birthday",
)

# 80
n(
    "en",
    "recruitment",
    "Night-shift RN openings on 5 West: $10,000 sign-on bonus, a Bills tickets raffle and the best "
    "pączki on Fat Tuesday. Ask our recruiter Colleen Murphy: (716) 555-0178, cmurphy@nlmc.org. "
    "Req 25-00917.",
    "recruitment: staff recruiter, hospital contacts, requisition number",
)

# 81
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Génesis Marie Cruz Ocasio! Nació el 24 de diciembre, Nochebuena, a las 11:58 pm, en "
    "plena tormenta de nieve. Sus papás, Yarelis y Edwin, viven en Connecticut Street y llegaron al "
    "hospital en el tractor de un vecino. 🎄❄️",
    [
        ("NAME", "Génesis Marie Cruz Ocasio"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Yarelis"),
        ("NAME", "Edwin"),
        ("GEO", "Connecticut Street"),
    ],
    note="recién nacida con nombre, fecha de nacimiento escrita dos veces, nombres de los padres y su calle",
)

# 82
n(
    "en",
    "pasted_record",
    "Whoops, wrong window! ON-CALL 2/14: Trauma – Dr. Okafor 716-555-0233 (cell); Hand – Dr. Wójcik "
    "716-555-0246; Peds – Dr. Ramos 716-555-0251. Do not share outside the department.",
    "pasted on-call list: the date is a schedule's, the cell numbers are staff physicians'",
)

# 83
p(
    "en",
    "pasted_record",
    "Re: Dad's birthday\nFrom: jkowalski.southbuffalo@gmail.com\nTo: 5west@nlmc.org\n\"Hi, this is Joe "
    "Kowalski, son of Walter Kowalski (MRN 70184322, room 5114). Dad turns 93 on Sunday. Can we bring "
    'a cake? My cell is 716-555-0455."',
    [
        ("EMAIL", "jkowalski.southbuffalo@gmail.com"),
        ("NAME", "Joe Kowalski"),
        ("NAME", "Walter Kowalski"),
        ("MRN", "70184322"),
        ("OTHER_ID", "room 5114"),
        ("AGE", "93"),
        ("PHONE", "716-555-0455"),
    ],
    note="family e-mail pasted: son's address, name and cell, patient's name, MRN, room and age over 89; the unit mailbox is the hospital's",
)

# 84
n(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Maribel Ortiz Quiñones, de Aguadilla, que lleva 25 años en nuestra sala de "
    "emergencias. Su mamá, de 94 años, todavía le prepara el almuerzo todos los días. ¡Gracias, "
    "Maribel!",
    "empleada del hospital: su pueblo y la edad de su madre son de la familia de una empleada, no de un paciente",
)

# 85
p(
    "en",
    "milestone_birthday",
    'Sto lat to Stanisława "Stella" Pawlak, who turned one hundred on Feb. 11 in our rehab unit! '
    "Stella spent 38 years on the line at Trico making windshield wipers, and she still tells our "
    "therapists how to do it faster. 🎂",
    [
        ("NAME", 'Stanisława "Stella" Pawlak'),
        ("AGE", "one hundred"),
        ("DATE", "Feb. 11"),
        ("NAME", "Stella", 2),
        ("NAME", "Trico"),
    ],
    note="inpatient named with nickname, age written in words, birthday, her employer",
)

# 86
n(
    "en",
    "event",
    "Bills fans: our nurses will be in Lot 1 before Sunday's home game in Orchard Park on Jan. 12, "
    "handing out hand warmers and frostbite tips. Look for the blue tent! #GoBills",
    "event: the date is the game's, Orchard Park is the stadium's town",
)

# 87
p(
    "es",
    "pasted_record",
    'Mensaje del portal pegado por error: "Soy Luz Nereida Colón, mi MRN es 60728815 y tengo que '
    "cambiar mi cita del 12 de marzo. Mi celular es 716-555-0427 y mi correo "
    'luznereida.colon@yahoo.com. Gracias."',
    [
        ("NAME", "Luz Nereida Colón"),
        ("MRN", "60728815"),
        ("DATE", "12 de marzo"),
        ("PHONE", "716-555-0427"),
        ("EMAIL", "luznereida.colon@yahoo.com"),
    ],
    note="mensaje de paciente pegado: nombre, MRN, fecha de cita, celular y correo",
)

# 88
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down, el Alzheimer y el Parkinson no definen a nadie. Grupo de apoyo en español "
    "para familias: martes a las 6 pm en 2100 Main Street, sala 3B. Información: (716) 555-0156.",
    "condiciones epónimas, sala de reuniones y dirección y teléfono del hospital",
)

# 89
p(
    "en",
    "pasted_record",
    'Interpreter request pasted in error: "Somali interpreter needed 1400 for Faadumo Ismail Nur, MRN '
    '80231957, DOB 01/01/1960, clinic 3B. Son Abdiweli will drive, 716-555-0377."',
    [
        ("NAME", "Faadumo Ismail Nur"),
        ("MRN", "80231957"),
        ("DATE", "01/01/1960"),
        ("NAME", "Abdiweli"),
        ("PHONE", "716-555-0377"),
    ],
    note="interpreter request: patient's name, MRN, recorded birth date (a default Jan 1 birth date is still a date), son's name and phone",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Meet Dorothy Wrobel, 93, our longest-serving volunteer.\n\n"
    "Dorothy started at our information desk in 1985, the year after she retired from teaching "
    "second grade at a Catholic school on the East Side. Forty years later she still works every "
    "Tuesday and Thursday morning at the front desk at 2100 Main Street, directing lost visitors, "
    "handing out peppermints and remembering the name of every security guard's grandchild.\n\n"
    "She has outlasted four CEOs, three renovations and one pager system. Her advice for the next "
    '40? "Keep moving, say hello to everyone, and never shovel after a pierogi lunch."\n\n'
    "Want to join Dorothy? Call Volunteer Services at (716) 555-0156. 💙",
    "long volunteer spotlight: her age over 89, neighbourhood and history are a volunteer's, not a patient's; hospital address and line",
)

# 91
p(
    "en",
    "patient_story",
    "When Darnell Hughes, 29, of Niagara Falls slipped into the gorge below Whirlpool State Park on "
    "Sept. 2, it took three rescue crews to reach him. After weeks at our Niagara Falls campus and "
    "in Buffalo, he's walking. His mom Denise set up a meal train for other trauma families: "
    "denisehughes.nf@gmail.com.",
    [
        ("NAME", "Darnell Hughes"),
        ("GEO", "Niagara Falls", 1),
        ("GEO", "Whirlpool State Park"),
        ("DATE", "Sept. 2"),
        ("NAME", "Denise"),
        ("EMAIL", "denisehughes.nf@gmail.com"),
    ],
    note="patient named, home city, park and date of the fall, mother's name and e-mail; the campus named Niagara Falls and Buffalo as the hospital's city are not his",
    ok=("Niagara Falls",),
)

# 92
n(
    "es",
    "crisis_update",
    "AVISO DE TORMENTA: prohibido conducir en la ciudad de Buffalo desde el viernes 23 de diciembre. "
    "Si alguien de su familia está hospitalizado con nosotros, llame al (716) 555-0112. No venga en "
    "carro.",
    "aviso: la fecha es de la prohibición de tránsito; línea de información del hospital",
)

# 93
p(
    "en",
    "discharge",
    "Back to the shanty at 92! Walt Ostrowski of Angola went through the ice on Jan. 30, was pulled out "
    "by his grandson Tyler, and spent a week with our trauma team. Walt says he'll use a spud bar next "
    "time. We say: wear a float suit, Walt. 🎣",
    [
        ("AGE", "92"),
        ("NAME", "Walt Ostrowski"),
        ("GEO", "Angola"),
        ("DATE", "Jan. 30"),
        ("NAME", "Tyler"),
        ("NAME", "Walt", 2),
        ("NAME", "Walt", 3),
    ],
    note="ice-fishing patient named, age over 89, home town, accident date, grandson's name",
)

# 94
n(
    "en",
    "statistic",
    "This ice-fishing season our trauma center treated 14 people who went through the ice on Lake "
    "Erie, Chautauqua Lake and the Niagara River. The youngest was 8. Check ice thickness every few "
    "steps: 4 inches of clear ice to walk, 8 to 12 for a car.",
    "aggregate statistic: lakes describe many patients, an age under 90",
)

# 95
p(
    "en",
    "thank_you",
    'Shared with permission: "Dear ICU nurses, thank you for taking such good care of my mother, Eileen '
    "Fitzgerald, 98, after her fall on Jan. 3. She still talks about the Irish soda bread. — Maureen "
    '(maureen.fitz@roadrunner.com)"',
    [
        ("NAME", "Eileen Fitzgerald"),
        ("AGE", "98"),
        ("DATE", "Jan. 3"),
        ("NAME", "Maureen"),
        ("EMAIL", "maureen.fitz@roadrunner.com"),
    ],
    note="daughter's card: patient's name, age over 89, date of the fall, daughter's name and e-mail",
)

# 96
n(
    "es",
    "anonymous_story",
    "Una abuelita de 89 años llegó anoche con hipotermia después de quedarse sin calefacción. Hoy nos "
    "pidió café con leche y arroz con gandules. ¡Eso es recuperación boricua! ❤️",
    "historia anónima: 89 años no es mayor de 89; 'anoche' y 'hoy' no son fechas",
)

# 97
p(
    "en",
    "anonymous_story",
    "Does anyone know the man in the Sabres hat who dug out the family stuck on Bailey Avenue on Dec. "
    "24? Their grandmother, 90, is recovering with us and wants to thank him. Please call her grandson "
    "at 716-555-0418.",
    [
        ("GEO", "Bailey Avenue"),
        ("DATE", "Dec. 24"),
        ("AGE", "90"),
        ("PHONE", "716-555-0418"),
    ],
    note="nameless but identifiable: street and date where the family was stranded, age over 89, grandson's phone; the rescuer is not labelled",
)

# 98
n(
    "en",
    "research",
    "Dr. Hamdi Aden's team found vitamin D deficiency in 71% of 1,200 Somali and Karen adults who "
    "resettled in Buffalo, many after years in the Dadaab and Mae La camps. Free testing at our "
    "refugee clinic: (716) 555-0100.",
    "research on a population: camps and city describe a group, staff researcher, hospital line",
)

# 99
p(
    "en",
    "pasted_record",
    "Ready for Eid! 🌙 [pasted] PHARMACY PICKUP: AL-SANABANI, MOHAMMED A | MRN 30928144 | Medicaid CIN "
    "KL41732M | DOB 7/30/1952 | pick-up 4/2 | ph 716-555-0406",
    [
        ("NAME", "AL-SANABANI, MOHAMMED A"),
        ("MRN", "30928144"),
        ("HEALTH_PLAN", "KL41732M"),
        ("DATE", "7/30/1952"),
        ("DATE", "4/2"),
        ("PHONE", "716-555-0406"),
    ],
    note="pharmacy line pasted under a greeting: name, MRN, Medicaid client ID, birth and pick-up dates, phone",
)

# 100
n(
    "es",
    "event",
    "Clínica de vacunas gratis el sábado 18 de octubre en el Centro Comunitario Hispano de Niagara "
    "Street. Traiga su tarjeta del seguro; no necesita cita. ¡Los esperamos!",
    "evento: la fecha y el lugar son de la clínica",
)

# 101
p(
    "es",
    "milestone_birthday",
    'Nuestro centenario favorito, don Juan "Cheo" Maldonado, cumplió 100 años el 3 de mayo en el piso '
    "5 Oeste. Nació en Cayey y llegó a Buffalo en 1953 para trabajar en Bethlehem Steel. ¡Wepa, "
    "Cheo! 🎉",
    [
        ("AGE", "centenario"),
        ("NAME", 'Juan "Cheo" Maldonado'),
        ("AGE", "100"),
        ("DATE", "3 de mayo"),
        ("GEO", "Cayey"),
        ("GEO", "Buffalo"),
        ("NAME", "Bethlehem Steel"),
        ("NAME", "Cheo", 2),
    ],
    note="paciente centenario con apodo, edad, cumpleaños, pueblo natal, ciudad donde vive y su empleador",
)

# 102
n(
    "en",
    "crisis_update",
    "We are aware of reports about a water rescue this afternoon. We cannot release any information "
    "about any patient. Media inquiries: (716) 555-0134 or media@nlmc.org.",
    "crisis statement without any detail about the person; media line and e-mail are the hospital's",
)

# 103
p(
    "en",
    "thank_you",
    "Thank you, Eh Kaw Htoo and family, for the beautiful woven Karen bag you gave our L&D nurses after "
    "baby Hsa Mu Paw arrived on Nov. 30! We'll hang it at the nurses' station. 💚",
    [("NAME", "Eh Kaw Htoo"), ("NAME", "Hsa Mu Paw"), ("DATE", "Nov. 30")],
    note="parent and newborn named, birth date; Karen is the people",
)

# 104
n(
    "en",
    "campaign_hashtag",
    "#SaveTheDate: the Polar Plunge for the NLMC Foundation is Feb. 8 at Woodlawn Beach. Sign up at "
    "nlmcfoundation.org/plunge. #PlungeForNLMC #716",
    "event date and venue, campaign hashtags, the foundation's site",
)

# 105
p(
    "en",
    "memorial",
    "Nya:wëh to the family of Evelyn Jemison, 94, of Salamanca, who passed peacefully on our hospice "
    "unit on Jan. 19. Evelyn taught Seneca language classes for 40 years, and she taught a few of us "
    "too.",
    [
        ("NAME", "Evelyn Jemison"),
        ("AGE", "94"),
        ("GEO", "Salamanca"),
        ("DATE", "Jan. 19"),
        ("NAME", "Evelyn", 2),
    ],
    note="memorial: name, age over 89, home city, date of death",
)

# 106
n(
    "es",
    "hospital_contact",
    "@LaBoricuaDeBuffalo Hola, lamentamos lo ocurrido. Por privacidad no podemos hablar de ningún "
    "paciente aquí. Escríbanos a pacientes@nlmc.org o llame al (716) 555-0123.",
    "respuesta a un comentario sin confirmar a ningún paciente; correo y teléfono del hospital",
)

# 107
p(
    "en",
    "pasted_record",
    "So proud of our new patient portal! 🎉 [pasted] MyNLMC security alert: new sign-in to the account "
    "of OKONJO, GRACE (user gokonjo77) from IP 74.77.132.208 on 3/3. If this wasn't you, call "
    "(716) 555-0100.",
    [
        ("NAME", "OKONJO, GRACE"),
        ("OTHER_ID", "gokonjo77"),
        ("IP", "74.77.132.208"),
        ("DATE", "3/3"),
    ],
    note="portal alert pasted: patient's name, portal user name, her IP address, sign-in date; the phone is the hospital's",
)

# 108
n(
    "es",
    "public_figure",
    "Roberto Clemente murió el 31 de diciembre de 1972 llevando ayuda a Nicaragua. En su honor, este "
    "diciembre recogemos abrigos para familias del West Side en el vestíbulo de 2100 Main Street.",
    "figura pública e histórica; el barrio describe a una comunidad; dirección del hospital",
)

# 109
p(
    "en",
    "birth_announcement",
    "Hope arrived on Nov. 18 in the middle of a lake-effect warning, 6 lb 9 oz of pure sunshine. Parents "
    "Anna and Erik Lindqvist of Orchard Park say the snow can stay now. #HopeFloats",
    [
        ("NAME", "Hope"),
        ("DATE", "Nov. 18"),
        ("NAME", "Anna"),
        ("NAME", "Erik Lindqvist"),
        ("GEO", "Orchard Park"),
        ("NAME", "#HopeFloats"),
    ],
    note="newborn whose name is a word, birth date, parents, home town, hashtag with her name",
)

# 110
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease, Tourette syndrome, Tay-Sachs: our pediatric specialists see rare conditions "
    "named after the doctors who described them. Referrals: fax (716) 555-0191.",
    "eponyms; referral fax is the hospital's",
)

# 111
p(
    "es",
    "thank_you",
    "@titi_mari_716 ¡Gracias, Mari! Nos alegra mucho que tu mamá, doña Ana Rosario, ya esté en casa "
    "después de la cirugía del 14 de febrero. Las enfermeras del 4 Norte le mandan un abrazo. 💐",
    [
        ("OTHER_ID", "@titi_mari_716"),
        ("NAME", "Mari"),
        ("NAME", "Ana Rosario"),
        ("DATE", "14 de febrero"),
    ],
    note="respuesta que confirma a una paciente: usuario y nombre de la hija, nombre de la paciente, fecha de la cirugía",
)

# 112
n(
    "en",
    "sponsor",
    "Thank you to Mark and Linda Halftown, whose family fund bought 300 winter coats for kids leaving "
    "our pediatric ED this winter. #BuffaloStrong",
    "donors, not patients; a campaign hashtag",
)

# 113
p(
    "en",
    "patient_story",
    "Snowblower chute, meet Tom Murphy's right hand. Tom, a Buffalo Public Schools custodian from "
    'Kenmore, reached in on Feb. 15 "for one second." Two surgeries and a lot of hand therapy later, '
    "he's back clearing sidewalks and teaching every kid he sees the clearing-stick rule.",
    [
        ("NAME", "Tom Murphy"),
        ("NAME", "Tom", 2),
        ("NAME", "Buffalo Public Schools"),
        ("GEO", "Kenmore"),
        ("DATE", "Feb. 15"),
    ],
    note="patient named, employer (the school district he works for), home town, injury date",
)

# 114
n(
    "en",
    "pasted_record",
    "Supply order PO-5581207 for 5 West: 40 boxes nitrile gloves, size M, deliver to Dock 2, 2100 "
    "Main Street, by 3/18. Approved: K. Wiśniewska.",
    "pasted supply order: order number, delivery date and dock, staff initial; nothing about a patient",
)

# 115
p(
    "es",
    "memorial",
    'Descansa en paz, Wilfredo "Freddy" Ayala Torres, fundador del equipo de sóftbol del West Side, '
    "que falleció el 1 de noviembre, Día de Todos los Santos, en nuestra unidad de cuidados "
    "paliativos, a los 93 años. Su hija Migdalia pide oraciones por él.",
    [
        ("NAME", 'Wilfredo "Freddy" Ayala Torres'),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("AGE", "93"),
        ("NAME", "Migdalia"),
    ],
    note="memorial: nombre con apodo, fecha de muerte escrita dos veces, edad mayor de 89, hija; el equipo no es un identificador",
)

# 116
n(
    "en",
    "health_tip",
    "Ice safety 101: 4 inches of clear ice to walk, 5 to 7 for a snowmobile, 8 to 12 for a car. Carry "
    "ice picks, tell someone where you're going, and call 911 if someone goes through. #IceFishing",
    "safety tip: thickness numbers, 911",
)

# 117
p(
    "es",
    "patient_story",
    "Jorge Luis Pagán, de 47 años, pasó 20 horas atrapado en su guagua en la Ruta 33 durante la "
    "tormenta del 24 de diciembre.\n\n"
    "Iba de camino a su turno cuando la nieve lo dejó sin visibilidad. Apagó el motor, limpió el tubo "
    "de escape dos veces y se puso toda la ropa que tenía en la guagua. Su esposa Marisol nos llamó "
    "14 veces esa noche; nuestras enfermeras le contestaron todas.\n\n"
    "Cuando los bomberos lo encontraron, tenía los pies congelados. Pasó once días con nuestro equipo "
    "de cirugía. Hoy se van juntos a casa, en Lafayette Avenue, y Jorge Luis dice que ya aprendió: "
    "cuando hay prohibición de conducir, se queda en casa.\n\n"
    "Si quiere ayudar a la familia con los gastos: (716) 555-0461. 🇵🇷❄️",
    [
        ("NAME", "Jorge Luis Pagán"),
        ("GEO", "Ruta 33"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Marisol"),
        ("GEO", "Lafayette Avenue"),
        ("NAME", "Jorge Luis", 2),
        ("PHONE", "(716) 555-0461"),
    ],
    note="historia larga: paciente con nombre, carretera y fecha donde quedó atrapado, esposa, calle de su casa, teléfono de la familia; 47 no es mayor de 89",
)

# 118
n(
    "es",
    "anonymous_story",
    "Gracias a la familia que anoche le trajo a todo el turno de emergencias un caldero de arroz con "
    "pollo. No sabemos sus nombres, pero sí sabemos que cocinan con amor. 🍲",
    "agradecimiento sin ningún identificador",
)

# 119
p(
    "es",
    "pasted_record",
    "¡Pizarra de la unidad que NO era para publicar! Cama 7 – GONZÁLEZ, MARÍA DE LOS ÁNGELES – 91 a – "
    "MRN 30449120 – hija Yesenia 716-555-0392",
    [
        ("OTHER_ID", "Cama 7"),
        ("NAME", "GONZÁLEZ, MARÍA DE LOS ÁNGELES"),
        ("AGE", "91"),
        ("MRN", "30449120"),
        ("NAME", "Yesenia"),
        ("PHONE", "716-555-0392"),
    ],
    note="pizarra pegada: cama, nombre, edad mayor de 89, MRN, nombre y teléfono de la hija",
)

# 120
n(
    "en",
    "anonymous_story",
    "This summer a young visitor climbed a railing for a better view, and our Niagara Falls campus team "
    "spent a long night with her family. She's fine. Please stay behind the railings. 💙",
    "nameless story: no place of injury, no date, no age; the campus is the hospital's",
)

# 121
p(
    "en",
    "patient_story",
    "Cody Snow, 22, hit a drift at 50 mph on the trail behind his house in Steamburg on Jan. 4. His "
    "sled, registration SM4471BX, is totaled; his pelvis is held together with titanium. Cody is "
    "walking with a cane and says his helmet saved his life. Wear yours. #SnowmobileSafety",
    [
        ("NAME", "Cody Snow"),
        ("GEO", "Steamburg"),
        ("DATE", "Jan. 4"),
        ("VEHICLE", "SM4471BX"),
        ("NAME", "Cody", 2),
    ],
    note="snowmobile patient named (surname Snow in a snow post), hamlet where he lives, crash date, snowmobile registration",
)

# 122
n(
    "en",
    "pasted_record",
    "Census 0600 (pasted from huddle notes): 4N 28/30, 5W 30/30, ICU 18/20, ED boarders 14. "
    "Diversion OFF. House supervisor Brenda x6620. Next huddle 1400.",
    "pasted census: unit counts, times and a staff extension; no patient",
)

# 123
p(
    "en",
    "pasted_record",
    "[pasted from HIM queue] Records request: BRENNAN, KATHLEEN A, MRN 11840275. Release signed 1/6. "
    "Send to daughter's home fax (716) 555-0514, attn Colleen Brennan-Walsh.",
    [
        ("NAME", "BRENNAN, KATHLEEN A"),
        ("MRN", "11840275"),
        ("DATE", "1/6"),
        ("FAX", "(716) 555-0514"),
        ("NAME", "Colleen Brennan-Walsh"),
    ],
    note="records request pasted: name, MRN, release-signing date, the daughter's home fax and hyphenated name",
)

# 124
n(
    "en",
    "staff_spotlight",
    "Respiratory therapist DeShawn Williams slept at the hospital for four nights during the December "
    "blizzard.\n\n"
    "He was on shift when the travel ban started, and he stayed. He ran ventilators in the ICU, helped "
    "carry patients up from the ED when the elevators backed up, and spent one night on a cot outside "
    "the NICU so he could be there in minutes. In between, he FaceTimed home.\n\n"
    "Which means he missed his daughter Nia's fifth birthday on Dec. 25. She blew out her candles on "
    "an iPad screen while her dad sang from the break room with half of 4 North.\n\n"
    "Nia, your dad is a hero. We owe you a cake, and it's coming with a whole unit of nurses singing. 🎂",
    "long staff spotlight: the therapist and his own daughter; her name and birthday are a staff family's, never labelled",
)

# 125
p(
    "en",
    "milestone_birthday",
    'Happy 104th to Bridget "Biddy" Lynch, South Buffalo\'s own, who was born on Halloween and still '
    "beats our therapists at euchre. Biddy says the secret is a shot of Jameson and never moving more "
    "than three blocks from Cazenovia Park. ☘️",
    [
        ("AGE", "104th"),
        ("NAME", 'Bridget "Biddy" Lynch'),
        ("GEO", "South Buffalo"),
        ("DATE", "Halloween"),
        ("NAME", "Biddy", 2),
        ("GEO", "Cazenovia Park"),
    ],
    note="patient named with nickname, age over 89, neighbourhood, birth date as a holiday, the park that places her home",
)

# 126
n(
    "en",
    "public_figure",
    "General Casimir Pulaski died of his wounds on Oct. 11, 1779, after the siege of Savannah. This "
    "Pulaski Day our Polish heritage display is in the main lobby at 2100 Main Street. Zapraszamy!",
    "historical figure and his death date; hospital address",
)

# 127
p(
    "es",
    "patient_story",
    "La familia Figueroa vino desde Bayamón a ver las Cataratas y terminó en nuestra sala de "
    "emergencias: el pequeño Sebastián, de 4 años, se resbaló en las rocas de Three Sisters Islands el "
    "9 de julio. Ya está bien. Su mamá, Keila, quiere dar las gracias: keila.figueroa@hotmail.com.",
    [
        ("NAME", "Figueroa"),
        ("GEO", "Bayamón"),
        ("NAME", "Sebastián"),
        ("GEO", "Three Sisters Islands"),
        ("DATE", "9 de julio"),
        ("NAME", "Keila"),
        ("EMAIL", "keila.figueroa@hotmail.com"),
    ],
    note="apellido de la familia, ciudad de origen, nombre del niño, lugar y fecha de la caída, nombre y correo de la madre",
)

# 128
n(
    "en",
    "recruitment",
    "We're hiring Karen- and Burmese-speaking patient navigators! Questions? E-mail our navigator lead, "
    "Naw Say Paw, at navigators@nlmc.org, or apply at nlmc.org/careers.",
    "recruitment: a staff member with a Karen name, hospital e-mail and site",
)

# 129
p(
    "en",
    "pasted_record",
    "Diabetes camp was a blast! ☀️ [pasted] Pump loaner log: t:slim SN 1187342 → Amira Al-Shamiri "
    "(11) – parent e-mail alshamiri.fam@gmail.com – camp week 7/14–7/18",
    [
        ("DEVICE", "1187342"),
        ("NAME", "Amira Al-Shamiri"),
        ("EMAIL", "alshamiri.fam@gmail.com"),
        ("DATE", "7/14"),
        ("DATE", "7/18"),
    ],
    note="device log pasted: insulin pump serial, child's name, parent's e-mail, the dates she was at camp; 11 is not over 89",
)

# 130
n(
    "en",
    "hospital_contact",
    "Eid al-Fitr hours: our Bailey Avenue pharmacy closes at 2 pm on March 30. Eid Mubarak from Dr. "
    "Karim Hossain and the whole pharmacy team! Refills: (716) 555-0100.",
    "holiday hours; the pharmacist is staff; hospital line",
)

# 131
p(
    "en",
    "milestone_birthday",
    "Hajj Abdullah Al-Ward has lived on the East Side since he opened its first Yemeni deli in 1978. On "
    "March 8 he celebrated his 95th birthday on 4 North with 40 grandchildren and a tray of bint "
    "al-sahn. Kul 'am wa antum bikhair! 🎂",
    [
        ("NAME", "Abdullah Al-Ward"),
        ("GEO", "East Side"),
        ("DATE", "March 8"),
        ("AGE", "95th"),
    ],
    note="inpatient named ('Hajj' is an honorific), home neighbourhood, birthday, age over 89",
)

# 132
n(
    "en",
    "event",
    "Our mobile mammography van visits the Cattaraugus Territory on Aug. 9 and the Allegany Territory "
    "on Aug. 16. Book your spot: (716) 555-0100. Nya:wëh to the Seneca Nation Health System for "
    "hosting us!",
    "event dates and venues; territories as places the van serves, not a patient's home",
)

# 133
p(
    "en",
    "thank_you",
    "Replying to Kimberly Tran: We're so sorry, Kimberly. A patient advocate will call you today at "
    "716-555-0482 to talk about your father's care on 6 South.",
    [("NAME", "Kimberly Tran"), ("NAME", "Kimberly", 2), ("PHONE", "716-555-0482")],
    note="public reply confirms her father is an inpatient: the relative's name and phone",
)

# 134
n(
    "es",
    "event",
    "Charla gratis en español sobre la diabetes tipo 2 con la Dra. Ivelisse Rosario, el jueves 6 de "
    "marzo a las 6 pm, en el Centro Comunitario Hispano. ¡Traiga a su familia!",
    "evento: la doctora es empleada; la fecha es de la charla",
)

# 135
p(
    "en",
    "pasted_record",
    "Proud to support our refugee families! [pasted] REGISTRATION: SAW, KAW LER | DOB 06/05/1988 | NY DL "
    "718 442 905 | Lang: Sgaw Karen | Address: 418 Prospect Ave, Buffalo 14201",
    [
        ("NAME", "SAW, KAW LER"),
        ("DATE", "06/05/1988"),
        ("LICENSE", "718 442 905"),
        ("GEO", "418 Prospect Ave"),
        ("GEO", "Buffalo"),
        ("GEO", "14201"),
    ],
    note="registration pasted: name, birth date, driver's licence number, street address, city and ZIP; the language is not an identifier",
)

# 136
n(
    "en",
    "statistic",
    "Our ED welcomed its 100,000th visit of the year tonight. Thank you to every nurse, tech and doc "
    "who made it through this winter. 🎉",
    "volume milestone: 100,000th is a count, not an age",
)

# 137
p(
    "en",
    "patient_story",
    'Dave "Tailgate" Brzezinski of North Tonawanda collapsed at his tailgate before the Dec. 15 game. '
    "Strangers did CPR until the ambulance came. Today he's home, and his wife Jolene posts updates "
    "at caringbridge.org/visit/davebrzezinski. Learn CPR, Bills Mafia. 💙",
    [
        ("NAME", 'Dave "Tailgate" Brzezinski'),
        ("GEO", "North Tonawanda"),
        ("DATE", "Dec. 15"),
        ("NAME", "Jolene"),
        ("URL", "caringbridge.org/visit/davebrzezinski"),
    ],
    note="patient named with nickname, home town, date of the cardiac arrest, wife's name, family update URL; the rescuers are not labelled",
)

# 138
n(
    "en",
    "hospital_contact",
    "Need your records? Health Information Management, 2100 Main Street, Room B-120, Buffalo, NY 14214. "
    "Fax (716) 555-0191, or request online at nlmc.org/records.",
    "the hospital's own office room, address, fax and site",
)

# 139
p(
    "es",
    "pasted_record",
    'Correo pegado por error: De: yamilette.rosa@gmail.com. "Mi papá, Ángel Luis Rosa, MRN 50661038, '
    'tiene cita de cardiología el 7 de abril. ¿Me pueden llamar al 716-555-0433? Gracias, Yamilette."',
    [
        ("EMAIL", "yamilette.rosa@gmail.com"),
        ("NAME", "Ángel Luis Rosa"),
        ("MRN", "50661038"),
        ("DATE", "7 de abril"),
        ("PHONE", "716-555-0433"),
        ("NAME", "Yamilette"),
    ],
    note="correo pegado: correo y teléfono de la hija, nombre y MRN del paciente, fecha de la cita",
)

# 140
n(
    "en",
    "campaign_hashtag",
    "Show us your best snow-day scrubs! #ClubLakeEffect #SnowWeek #NLMCNurses ❄️",
    "campaign hashtags; Snow is a word here",
)

# 141
p(
    "en",
    "discharge",
    "Our patients call her Ayeeyo, but her name is Faduma Hirsi Guled, and at 102 she is the oldest "
    "Somali elder we have ever cared for. She went home to the West Side on Eid al-Adha, June 6, with "
    "a new hip and 30 grandchildren waiting.",
    [
        ("NAME", "Faduma Hirsi Guled"),
        ("AGE", "102"),
        ("GEO", "West Side"),
        ("DATE", "Eid al-Adha"),
        ("DATE", "June 6"),
    ],
    note="patient named, age over 89, neighbourhood, discharge date as holiday and date; 'Ayeeyo' (grandmother) is a kinship word, not a name",
)

# 142
n(
    "en",
    "research",
    "The WNY Centenarian Study, led by our geriatrics team, has enrolled 112 Western New Yorkers aged "
    "100 or older. What do they share? Strong social ties, daily walking, and very little sitting.",
    "population of study participants aged 100+, no individual",
)

# 143
p(
    "en",
    "patient_story",
    "Irene Gorski has sold butter lambs at the Broadway Market for 61 Easters. This year she sold them "
    "from a wheelchair, four days after our ortho team fixed her hip on April 14. Irene, you're the "
    "toughest 90-year-old on the East Side. 🐑",
    [
        ("NAME", "Irene Gorski"),
        ("DATE", "April 14"),
        ("NAME", "Irene", 2),
        ("AGE", "90-year-old"),
        ("GEO", "East Side"),
    ],
    note="patient named, surgery date, age over 89, neighbourhood; the market where she rents a stall is not an employer",
)

# 144
n(
    "es",
    "event",
    "¡Celebra el Día de Reyes con nosotros! El 6 de enero los Reyes Magos visitarán nuestro piso de "
    "pediatría con regalos para todos los niños. Donaciones de juguetes: (716) 555-0145.",
    "evento del hospital: la fecha es de la visita, no de un paciente",
)

# 145
p(
    "en",
    "pasted_record",
    'Reposting for visibility 🙏 [pasted] "Billing question: acct 5520-118-774 for Patrick Quinlan, '
    "DOS 12/27, Independent Health member ID IH884210367. Please call his wife Noreen at "
    '716-555-0539."',
    [
        ("ACCOUNT", "5520-118-774"),
        ("NAME", "Patrick Quinlan"),
        ("DATE", "12/27"),
        ("HEALTH_PLAN", "IH884210367"),
        ("NAME", "Noreen"),
        ("PHONE", "716-555-0539"),
    ],
    note="billing note pasted: account number, name, date of service, health-plan member ID, wife's name and phone",
)

# 146
n(
    "en",
    "pasted_record",
    "From: kwisniewska@nlmc.org\nTo: 4north-rn@nlmc.org\nSubject: Dyngus Day potluck 4/21\nSign up for "
    "pierogi, kielbasa or placek by Friday!",
    "pasted staff e-mail: hospital addresses and the date of a staff party",
)

# 147
p(
    "en",
    "memorial",
    'South Buffalo lost a legend. Francis X. "Frank" Doherty, 97, who never missed a Bills home game '
    "from 1960 to 2019, passed on our hospice unit on Dec. 8. Frank, the tailgate in heaven just got "
    "louder. ☘️",
    [
        ("GEO", "South Buffalo"),
        ("NAME", 'Francis X. "Frank" Doherty'),
        ("AGE", "97"),
        ("DATE", "Dec. 8"),
        ("NAME", "Frank", 2),
    ],
    note="memorial: neighbourhood, name with nickname, age over 89, death date; the bare years are not labelled",
)

# 148
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients has not missed a session in 11 years, through 14 lake-effect storms. "
    'Yesterday she told us her secret: "I leave the night before." 💙',
    "nameless story: durations and counts only",
)

# 149
p(
    "en",
    "patient_story",
    "Nazmul Haque was delivering groceries on Walden Avenue when a car slid into him on Jan. 31. He "
    "spent 12 days with us, and his coworkers at Bengal Sweets & Grocery covered every shift. His wife "
    "Shapla wants to thank them publicly: shapla.haque91@gmail.com.",
    [
        ("NAME", "Nazmul Haque"),
        ("GEO", "Walden Avenue"),
        ("DATE", "Jan. 31"),
        ("NAME", "Bengal Sweets & Grocery"),
        ("NAME", "Shapla"),
        ("EMAIL", "shapla.haque91@gmail.com"),
    ],
    note="patient named, street and date of the crash, employer, wife's name and e-mail",
)

# 150
n(
    "en",
    "eponymous_condition",
    "Like Michael J. Fox, more than a million Americans live with Parkinson's. Our movement disorders "
    "clinic offers free Rock Steady Boxing classes every Tuesday. Sign up: (716) 555-0156.",
    "public figure and an eponym; hospital line",
)

# 151
p(
    "es",
    "discharge",
    "¡A casa! El pequeño Ezequiel Morales, de 6 años, se quemó con agua hirviendo el 18 de enero en su "
    "casa de West Ferry Street. Su mamá, Glorimar, y su abuela, doña Nilda, no se separaron de la "
    "cama 12 ni un minuto. ¡Fuerza, Ezequiel!",
    [
        ("NAME", "Ezequiel Morales"),
        ("DATE", "18 de enero"),
        ("GEO", "West Ferry Street"),
        ("NAME", "Glorimar"),
        ("NAME", "Nilda"),
        ("OTHER_ID", "cama 12"),
        ("NAME", "Ezequiel", 2),
    ],
    note="niño con nombre, fecha y calle de la quemadura, madre y abuela, número de cama",
)

# 152
n(
    "en",
    "hospital_contact",
    "Save these numbers before the next storm: Poison Control 1-800-222-1222, 988 for a mental health "
    "crisis, and our Nurse Advice Line (716) 555-0167. For emergencies, always 911.",
    "national lines and the hospital's nurse line",
)

# 153
p(
    "en",
    "pasted_record",
    "Great save by our Niagara Falls team! [pasted EMS handoff] Pt WHITFIELD, TERRENCE, DOB 04/22/1971, "
    "struck by vehicle on Rainbow Blvd at 3rd St, Niagara Falls, 02:40 on 1/1. Medic 12. Mother "
    "Gloria 716-555-0591.",
    [
        ("NAME", "WHITFIELD, TERRENCE"),
        ("DATE", "04/22/1971"),
        ("GEO", "Rainbow Blvd"),
        ("GEO", "3rd St"),
        ("GEO", "Niagara Falls", 2),
        ("DATE", "1/1"),
        ("NAME", "Gloria"),
        ("PHONE", "716-555-0591"),
    ],
    note="EMS handoff pasted: name, birth date, street corner and city of the crash, date, mother's name and phone; the campus and the ambulance unit are not labelled",
    ok=("Niagara Falls",),
)

# 154
n(
    "en",
    "statistic",
    "New Year's Day by the numbers: 47 ED visits across our two campuses for fireworks burns, icy falls "
    "and frostbite. Start 2026 safer: wear cleats, skip the sparklers.",
    "aggregate statistic on a holiday, no individual",
)

# 155
p(
    "en",
    "birth_announcement",
    "Born on Juneteenth! Welcome, Zion Amari Jackson, 7 lb 4 oz, to mom Destiny and big sister Nia. "
    "💚🖤❤️ #JuneteenthBaby",
    [
        ("DATE", "Juneteenth"),
        ("NAME", "Zion Amari Jackson"),
        ("NAME", "Destiny"),
        ("NAME", "Nia"),
        ("DATE", "#JuneteenthBaby"),
    ],
    note="newborn, mother and sister named; birth date as holiday and again in a hashtag",
)

# 156
n(
    "en",
    "event",
    "Pussy willows, polka and pierogi: the Dyngus Day parade steps off Monday at 4 pm on Broadway. Our "
    "first-aid tents are at Fillmore and at Sobieski. Hydrate between the beers!",
    "event: streets are venues of first-aid tents",
)

# 157
p(
    "en",
    "patient_story",
    "When the furnace failed during the blizzard, 16-year-old Yahya Nasser carried his grandmother, "
    "Fatima Nasser, 91, through waist-deep snow to a neighbor's house on Ingham Avenue in Lackawanna. "
    "Both were treated for frostbite; both are home and warm. 💪",
    [
        ("NAME", "Yahya Nasser"),
        ("NAME", "Fatima Nasser"),
        ("AGE", "91"),
        ("GEO", "Ingham Avenue"),
        ("GEO", "Lackawanna"),
    ],
    note="two patients named, grandmother's age over 89, street and town of the family",
)

# 158
n(
    "en",
    "staff_spotlight",
    "Meet Eh Paw, our first Karen-speaking RN. She came from the Mae La camp at 12, graduated from "
    'Lafayette High, and now precepts new grads on 5 West. "I wanted to be the nurse my mother '
    'needed."',
    "staff spotlight: her own name, camp and school",
)

# 159
p(
    "en",
    "thank_you",
    "Thank you to the Wozniak family for 300 pierogi for our ED staff! The family says it's for the "
    "nurses who cared for their babcia, Helena Wozniak, 102, after her fall on Dec. 26. Dziękujemy! 🥟",
    [
        ("NAME", "Wozniak", 1),
        ("NAME", "Helena Wozniak"),
        ("AGE", "102"),
        ("DATE", "Dec. 26"),
    ],
    note="donor family introduced as a patient's relatives: family surname, patient's name, age over 89, date of the fall",
)

# 160
n(
    "es",
    "staff_spotlight",
    "Nuestra intérprete Yesenia Cintrón ayudó en más de 4,000 consultas este año. ¿Quiere unirse a su "
    "equipo? Escriba a interpretes@nlmc.org.",
    "empleada del hospital y correo del hospital",
)

# 161
p(
    "en",
    "patient_story",
    "Pictured: Jamal Pryor, back at the helm 10 weeks after a winch cable snapped across his leg at "
    "Gorge Jet Boats in Lewiston on June 28. Jamal says the whirlpools don't scare him; he's already "
    "back to giving tours. Our Niagara Falls campus team is so proud of you!",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Jamal Pryor"),
        ("NAME", "Gorge Jet Boats"),
        ("GEO", "Lewiston"),
        ("DATE", "June 28"),
        ("NAME", "Jamal", 2),
    ],
    note="photo of the patient, his name, employer, town and date of the accident",
)

# 162
n(
    "en",
    "staff_spotlight",
    "Pictured: our 5 West night shift, who worked through three days of the blizzard without going "
    "home. From left: Kasia, Tomasz, Hodan, Paw, Jen and Dwayne. Heroes, every one. ❄️",
    "photo of staff: the first names are nurses', even where they match patients elsewhere",
)

# 163
p(
    "en",
    "pasted_record",
    "So many moving parts in a hospital! 🚑 [pasted] Transport req: SOBCZAK, EUGENIA | MRN 60019487 | "
    "Rm 518-B → CT | wheelchair, O2 2L | DOB 02/29/1944",
    [
        ("NAME", "SOBCZAK, EUGENIA"),
        ("MRN", "60019487"),
        ("OTHER_ID", "Rm 518-B"),
        ("DATE", "02/29/1944"),
    ],
    note="transport request pasted: name, MRN, room, birth date",
)

# 164
n(
    "en",
    "event",
    "Join the Kowalczyk Family Foundation's Pączki Run on March 1! Register with the foundation at "
    "716-555-0702 or paczkirun@kowalczykfoundation.org. Every dollar supports our burn unit.",
    "donor foundation's event, phone and e-mail: not a patient's and not PHI",
)

# 165
p(
    "en",
    "anonymous_story",
    "To the gentleman in his 90s who shoveled his own driveway during the storm and then drove "
    "himself to our ED with chest pain: you are very lucky, sir, and we love you, but please hire the "
    "neighbor kid next time. ❤️",
    [("AGE", "90s")],
    note="nameless, but 'in his 90s' states an age over 89 (like 'nonagenarian')",
)

# 166
n(
    "en",
    "anonymous_story",
    "One of our patients gave up sweets for Lent and then handed her whole Easter basket to our night "
    "shift. Bless you, ma'am. 🐣",
    "nameless story; Lent is a season and Easter is not tied to a stay",
)

# 167
p(
    "en",
    "memorial",
    "Photo shared with permission of the Bowen family: Harold Bowen, a Seneca ironworker who walked "
    "the beams of half the bridges in Western New York, in his hard hat in 1962. Harold died on our "
    "hospice unit on Feb. 22. He was 90.",
    [
        ("PHOTO", "Photo"),
        ("NAME", "Bowen", 1),
        ("NAME", "Harold Bowen"),
        ("NAME", "Harold", 2),
        ("DATE", "Feb. 22"),
        ("AGE", "90"),
    ],
    note="memorial photo of the patient, family surname, name, date of death, age over 89",
)

# 168
n(
    "en",
    "public_figure",
    "Happy 100th birthday to our hospital! Niagara Lakeshore Medical Center opened its doors on Sept. "
    "15, 1925, with 40 beds and six nurses. Here's to the next 100 years. 🎉",
    "the hospital's own anniversary: 100th and the founding date are an institution's",
)

# 169
p(
    "en",
    "patient_story",
    "Our own unit clerk Dorota Nowak has answered 5 West's phones for 22 years. This month she was on "
    "the other side of them: nine days in our ICU after a blood clot on Feb. 6. Welcome back, Dorota. "
    "The phones missed you. ☎️",
    [("NAME", "Dorota Nowak"), ("DATE", "Feb. 6"), ("NAME", "Dorota", 2)],
    note="a staff member who is the patient in the story is labelled like any patient: name and date of the clot",
)

# 170
n(
    "en",
    "pasted_record",
    "CPR recert moved! [pasted from Education] BLS class 3/12, 0800–1200, now in Room 412, Education "
    "Building (not 4 North). Instructor: Jen Kaminski. Bring your badge.",
    "pasted class notice: a classroom number, a class date, a staff instructor",
)

# 171
p(
    "en",
    "pasted_record",
    "Handoff complete ✅ [pasted SBAR] S: LUKASIEWICZ, JADWIGA, 84F, SSN 221-58-7043, fell on ice at "
    "home, 62 Kosciuszko St, Buffalo 14212, on 2/17. B: lives alone, son Marek (POA) 716-555-0628. "
    "A: R hip fx. R: OR today.",
    [
        ("NAME", "LUKASIEWICZ, JADWIGA"),
        ("SSN", "221-58-7043"),
        ("GEO", "62 Kosciuszko St"),
        ("GEO", "Buffalo"),
        ("GEO", "14212"),
        ("DATE", "2/17"),
        ("NAME", "Marek"),
        ("PHONE", "716-555-0628"),
    ],
    note="SBAR pasted: name, SSN, home address, city and ZIP, date of the fall, son's name and phone; 84 is not over 89",
)

# 172
n(
    "en",
    "event",
    "Happy Karen New Year! Our health tent will be at the celebration on Saturday, Jan. 4, at the "
    "Karen Community Association hall. RSVP to the association: kca.buffalo@gmail.com.",
    "community event: date and venue are the celebration's; the e-mail is a community group's",
)

# 173
p(
    "en",
    "birth_announcement",
    "Four generations in one NICU photo: newborn Eh Thaw Blut, his mom Naw Ku Paw, and his "
    "great-grandmother Naw Dah, 96, who walked from Burma to Thailand in 1984 and now lives with the "
    "family in Riverside. 💚",
    [
        ("PHOTO", "photo"),
        ("NAME", "Eh Thaw Blut"),
        ("NAME", "Naw Ku Paw"),
        ("NAME", "Naw Dah"),
        ("AGE", "96"),
        ("GEO", "Riverside"),
    ],
    note="photo of a NICU patient and family, names, a relative's age over 89, home neighbourhood; countries are not GEO",
)

# 174
n(
    "en",
    "hospital_contact",
    "Guest Wi-Fi is back up: network NLMC-Guest, no password. If it drops, call the help desk at ext. "
    "4357 or check status.nlmc.org. And please don't photograph screens in patient areas!",
    "the hospital's network, extension and site",
)

# 175
p(
    "es",
    "patient_story",
    "Don Efraín Vázquez, de 95 años, veterano de Corea, se cayó en la nieve frente a su casa de "
    "Niagara Street el 2 de febrero, día de la Candelaria. Hoy ya camina con andador y su nieta "
    "Keishla lo visita todos los días. ¡Fuerza, don Efraín!",
    [
        ("NAME", "Efraín Vázquez"),
        ("AGE", "95"),
        ("GEO", "Niagara Street"),
        ("DATE", "2 de febrero"),
        ("DATE", "día de la Candelaria"),
        ("NAME", "Keishla"),
        ("NAME", "Efraín", 2),
    ],
    note="paciente con nombre, edad mayor de 89, calle de su casa, fecha de la caída escrita dos veces, nieta",
)

# 176
n(
    "en",
    "eponymous_condition",
    "Bell's palsy is not a stroke, but if half your face droops, call 911 and let us sort it out. Our "
    "stroke team, led by Dr. Grace O'Shea, has the fastest door-to-needle time in Western New York.",
    "eponym, 911, staff physician",
)

# 177
p(
    "en",
    "discharge",
    "At ninety-three, Agnes Kurzawa finished cardiac rehab on March 20, doing her last lap in a Bills "
    "jersey older than most of our therapists. Agnes lives in Sloan and plans to walk to church "
    "again by spring. 💙",
    [
        ("AGE", "ninety-three"),
        ("NAME", "Agnes Kurzawa"),
        ("DATE", "March 20"),
        ("NAME", "Agnes", 2),
        ("GEO", "Sloan"),
    ],
    note="age over 89 in words, name, discharge date, home village; a season is not a date",
)

# 178
n(
    "en",
    "recruitment",
    "Seneca Nation members: we're hiring two community health representatives for the Allegany "
    "Territory. Apply by April 30 at nlmc.org/careers.",
    "recruitment: territory is where the job is, the date a deadline",
)

# 179
p(
    "en",
    "pasted_record",
    '[pasted from Slack #comms-drafts] "Can we feature the Rahmans? Baby Ariyan Rahman, MRN 90814276, '
    "NICU bed 14, born 9/9 at 25 wks. Dad's Insta is @rahman.family.buf, he's OK with it.\"",
    [
        ("NAME", "Rahmans"),
        ("NAME", "Ariyan Rahman"),
        ("MRN", "90814276"),
        ("OTHER_ID", "bed 14"),
        ("DATE", "9/9"),
        ("OTHER_ID", "@rahman.family.buf"),
    ],
    note="internal message pasted: family surname (plural), baby's name, MRN, bed, birth date, father's handle",
)

# 180
n(
    "es",
    "health_tip",
    "La hipotermia puede llegar en minutos. Si encuentra a alguien atrapado en un carro en la nieve, "
    "llame al 911. Línea de enfermería en español: (716) 555-0167.",
    "consejo de salud: 911 y la línea del hospital",
)

# 181
p(
    "en",
    "thank_you",
    "Replying to Abdulrahman Alhadi: Abdulrahman, thank you for sharing your brother Waleed's story. "
    "Waleed's nurses on the burn unit were so happy to see him walk out on Jan. 29! 💙",
    [
        ("NAME", "Abdulrahman Alhadi"),
        ("NAME", "Abdulrahman", 2),
        ("NAME", "Waleed", 1),
        ("NAME", "Waleed", 2),
        ("DATE", "Jan. 29"),
    ],
    note="reply naming the commenter (a patient's brother) and the patient, with the discharge date",
)

# 182
n(
    "en",
    "pasted_record",
    "Shout-out to our EMS partners! [pasted from dispatch log] 02:14 Medic 31 en route; 02:22 Medic 14 "
    "on scene; 02:40 Medic 31 transporting to NLMC; units clear 03:05.",
    "dispatch times and ambulance units, no patient or place",
)

# 183
p(
    "en",
    "patient_story",
    "Asad Mohamed, 17, captain of his high school soccer team, collapsed at practice on Sept. 12. His "
    "coach grabbed the AED. Today Asad rang our cardiac unit's bell with his parents, Ubah and "
    "Hassan, cheering beside him. Learn where your school's AED is. ⚽",
    [
        ("NAME", "Asad Mohamed"),
        ("DATE", "Sept. 12"),
        ("NAME", "Asad", 2),
        ("NAME", "Ubah"),
        ("NAME", "Hassan"),
    ],
    note="patient named, date of the arrest, parents named; the coach is not labelled",
)

# 184
n(
    "en",
    "sponsor",
    "Thank you to Bengal Sweets & Grocery for sending iftar boxes to our night shift every evening of "
    "Ramadan! Ramadan Mubarak from all of us. 🌙",
    "sponsor business; Ramadan is the month for everyone",
)

# 185
p(
    "en",
    "birth_announcement",
    "Our first Ramadan baby of the year! Maryam Al-Qadhi was born on March 3, just as her family broke "
    "their fast. Dad Mohammed brought dates for the whole L&D team. 🌙",
    [
        ("DATE", "Ramadan"),
        ("NAME", "Maryam Al-Qadhi"),
        ("DATE", "March 3"),
        ("NAME", "Mohammed"),
    ],
    note="newborn and father named; birth date, and Ramadan as the month of her birth",
)

# 186
n(
    "en",
    "campaign_hashtag",
    "#LetsGoBuffalo! Sabres alumni skated with kids from our pediatric oncology clinic on Saturday. "
    "Thank you, #SabresNation! 🏒",
    "a group of kids, no individual; campaign hashtags",
)

# 187
p(
    "es",
    "pasted_record",
    "Recordatorio pegado por error: llamar a RODRÍGUEZ, NOEMÍ (MRN 71120583) al 716-555-0644 por los "
    "resultados de la biopsia del 10 de marzo.",
    [
        ("NAME", "RODRÍGUEZ, NOEMÍ"),
        ("MRN", "71120583"),
        ("PHONE", "716-555-0644"),
        ("DATE", "10 de marzo"),
    ],
    note="nota interna pegada: nombre, MRN, teléfono, fecha de la biopsia",
)

# 188
n(
    "en",
    "health_tip",
    "Heart attack symptoms don't care if you're 19 or 90. Chest pressure, jaw pain, sudden sweats: "
    "call 911. Don't drive yourself, and don't wait until after the Bills game.",
    "health tip: 90 is a general example, not anyone's age",
)

# 189
p(
    "en",
    "anonymous_story",
    "To the driver who stopped on the Skyway on Feb. 3 to pull a stranger from a burning car: the man "
    "you saved is awake and asking for your name. Please call our Media Relations line, "
    "(716) 555-0134.",
    [("GEO", "Skyway"), ("DATE", "Feb. 3")],
    note="nameless patient, but the road and date of his crash identify him; the rescuer and the phone are not labelled",
)

# 190
n(
    "en",
    "anonymous_story",
    "To every stranger who dug out a car, shared a furnace or walked a neighbor to safety during this "
    "storm: our patients are asking about you. Thank you, Buffalo. ❄️",
    "no patient singled out, no place or date",
)

# 191
p(
    "en",
    "memorial",
    'We remember Capt. Michael "Mick" Callahan, 33 years with the Buffalo Fire Department, who died in '
    "our burn ICU on Jan. 14. Mick ran into more fires than anyone can count. Our hearts are with his "
    "sons Brendan and Kieran.",
    [
        ("NAME", 'Michael "Mick" Callahan'),
        ("NAME", "Buffalo Fire Department"),
        ("DATE", "Jan. 14"),
        ("NAME", "Mick", 2),
        ("NAME", "Brendan"),
        ("NAME", "Kieran"),
    ],
    note="memorial: name with nickname (Capt. excluded), employer, date of death, sons",
)

# 192
n(
    "en",
    "public_figure",
    "Good luck to the Haudenosaunee Nationals! Our sports medicine team will tape ankles at the "
    "tryouts in Salamanca on July 12.",
    "a national team and an event date and venue",
)

# 193
p(
    "en",
    "pasted_record",
    'Sent to the wrong list 😬 "Discharge packet for NOWAK-KIM, SOPHIA (MRN 33071926): follow up with '
    'peds on 8/4; questions to mom at sophia.nk.mom@outlook.com."',
    [
        ("NAME", "NOWAK-KIM, SOPHIA"),
        ("MRN", "33071926"),
        ("DATE", "8/4"),
        ("EMAIL", "sophia.nk.mom@outlook.com"),
    ],
    note="discharge note pasted: hyphenated name, MRN, follow-up date, mother's e-mail",
)

# 194
n(
    "en",
    "pasted_record",
    "Weekend coverage (pasted): Sat 2/22 – Dr. Yusuf Adeyemi; Sun 2/23 – Dr. Clara Nowicki. Questions to "
    "the residency office, residency@nlmc.org.",
    "staff schedule: physicians' names and duty dates, hospital e-mail",
)

# 195
p(
    "en",
    "patient_story",
    "Riley Crouse of Salamanca took a shot to the chest in a lacrosse game on May 3 and his heart "
    "stopped. His coach used the AED; our team did the rest. Riley, 16, is back in goal, with a chest "
    "protector. 🥍",
    [
        ("NAME", "Riley Crouse"),
        ("GEO", "Salamanca"),
        ("DATE", "May 3"),
        ("NAME", "Riley", 2),
    ],
    note="patient named, home city, date of the cardiac arrest",
)

# 196
n(
    "es",
    "event",
    "Misa en español por los pacientes y sus familias el domingo 9 de febrero a las 11 am en la capilla "
    "del hospital, 2100 Main Street. Todos son bienvenidos.",
    "evento: la fecha es de la misa, dirección del hospital",
)

# 197
p(
    "en",
    "thank_you",
    "The Chowdhury family asked us to thank 6 South for caring for their father, Abul Kalam Chowdhury, "
    'after his stroke on Feb. 8. "If any Bengali family needs help finding their way here, call us: '
    '716-555-0657."',
    [
        ("NAME", "Chowdhury", 1),
        ("NAME", "Abul Kalam Chowdhury"),
        ("DATE", "Feb. 8"),
        ("PHONE", "716-555-0657"),
    ],
    note="family surname, patient's name, stroke date, family's phone",
)

# 198
n(
    "en",
    "eponymous_condition",
    "Living with Crohn's? Our Crohn's & Colitis support group meets the second Tuesday of each month in "
    "Conference Room 3B-210. Bring questions; we'll bring coffee.",
    "eponym, meeting schedule, conference room",
)

# 199
p(
    "en",
    "pasted_record",
    "Lost and found! [pasted] Found on 4N: hearing aid, serial 2243X7781, belongs to pt GALLAGHER, MARY "
    "in rm 421 (MRN 15502338).",
    [
        ("DEVICE", "2243X7781"),
        ("NAME", "GALLAGHER, MARY"),
        ("OTHER_ID", "rm 421"),
        ("MRN", "15502338"),
    ],
    note="lost-and-found note pasted: device serial, patient's name, room, MRN",
)

# 200
n(
    "en",
    "sponsor",
    "Thank you to the Bethlehem Steel retirees' club for 500 hand-knitted hats for our newborns this "
    "winter! 🧶",
    "sponsor group; a former employer named as a donor, not any patient's",
)

# 201
p(
    "en",
    "pasted_record",
    'Birthday wishes from 4 North! 🎂 [pasted from chart] WILK, TADEUSZ "TED" | 89 y/o | bday 1/12 | '
    "MRN 42077158 | wife Halina at bedside",
    [
        ("NAME", 'WILK, TADEUSZ "TED"'),
        ("DATE", "1/12"),
        ("MRN", "42077158"),
        ("NAME", "Halina"),
    ],
    note="chart line pasted: name with nickname, birthday, MRN, wife's name; 89 is not over 89",
)

# 202
n(
    "en",
    "public_figure",
    "Happy 100th birthday to Hall of Fame coach Marv Levy, who led the Bills to four straight Super "
    "Bowls! Born Aug. 3, 1925, and still the best quote in football. 🎉",
    "public figure: his age and birth date are public, not a patient's",
)

# 203
p(
    "en",
    "patient_story",
    "The Jama family's storm story is one we'll be telling for a long time.\n\n"
    "On Dec. 23, mom Sagal was driving her three kids home from a cousin's house when the whiteout "
    "hit. Their car stalled on Broadway near the Thruway. For 14 hours, Sagal kept the engine off, "
    "cleared the tailpipe with her hands, and wrapped the kids in the prayer rugs she keeps in the "
    "trunk. She told them the stories her own mother told her and rationed a bag of dates and two "
    "bottles of water.\n\n"
    "A snowmobiler spotted the car's flashers just after sunrise and called 911. All four came to our "
    "ED with frostbite and hypothermia. The kids, ages 4, 7 and 11, spent two days with our pediatric "
    "team; Sagal needed a little longer.\n\n"
    "Yesterday they all went home to Kensington-Bailey together. Sagal asked us to share one message: "
    '"Keep blankets, water and something to eat in your car. Every winter. Every trip." 💙',
    [
        ("NAME", "Jama"),
        ("DATE", "Dec. 23"),
        ("NAME", "Sagal", "*"),
        ("GEO", "Broadway"),
        ("GEO", "Thruway"),
        ("GEO", "Kensington-Bailey"),
    ],
    note="long story: family surname and mother's name, date, road and landmark where they were stranded, home neighbourhood; the snowmobiler is not labelled",
)

# 204
n(
    "en",
    "pasted_record",
    'Oops, this was for the OR group chat: "OR 4, Dr. Ahmed, 0730 start, 6 cases. OR 7 down for '
    'maintenance until 1200. Turnover goal 25 min."',
    "pasted OR note: rooms, staff, times and counts, no patient",
)

# 205
p(
    "en",
    "milestone_birthday",
    "Niagara Falls' own Rose Testa turned 100 at our Niagara Falls campus on Valentine's Day, her "
    "birthday and the day she married her late husband Sal. She asked for cannoli, not cake. 💕",
    [
        ("GEO", "Niagara Falls", 1),
        ("NAME", "Rose Testa"),
        ("AGE", "100"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Sal"),
    ],
    note="home city, name, age over 89, birthday as a holiday, late husband's name; the second Niagara Falls is the campus",
    ok=("Niagara Falls",),
)

# 206
n(
    "en",
    "staff_spotlight",
    "Happy 90th birthday to Dr. Jerzy Kowal, who founded our burn unit in 1971 and still visits every "
    "Friday with a box of chruściki. Sto lat, Doktorze! 🎂",
    "retired staff physician's age over 89: not a patient",
)

# 207
p(
    "es",
    "pasted_record",
    'Mensaje de MyNLMC pegado por error: el usuario jcburgos_pr escribe: "Soy José Carlos Burgos, nací '
    'el 19/11/1979 y necesito la receta de insulina antes de mi cita del 5 de enero."',
    [
        ("OTHER_ID", "jcburgos_pr"),
        ("NAME", "José Carlos Burgos"),
        ("DATE", "19/11/1979"),
        ("DATE", "5 de enero"),
    ],
    note="mensaje del portal pegado: usuario, nombre, fecha de nacimiento, fecha de la cita",
)

# 208
n(
    "en",
    "hospital_contact",
    "Lot C on Ellicott Street is closed for plowing until 3/2. Patients and visitors, please use the "
    "Main Street ramp at 2100 Main Street. Shuttle questions: (716) 555-0100.",
    "the hospital's lots, address and line; the date is the closure's",
)

# 209
p(
    "en",
    "patient_story",
    "Video: Sumaiya Islam, 8, reads her thank-you letter to the nurses who treated her frostbitten "
    "fingers after she got lost walking home from school on Jan. 22. Her father, Md. Shahidul Islam, "
    "translated for her grandmother, who watched from Dhaka.",
    [
        ("PHOTO", "Video"),
        ("NAME", "Sumaiya Islam"),
        ("DATE", "Jan. 22"),
        ("NAME", "Md. Shahidul Islam"),
        ("GEO", "Dhaka"),
    ],
    note="video of the patient, her name (surname Islam), date of the injury, father's name, grandmother's city",
)

# 210
n(
    "en",
    "crisis_update",
    "Travel bans are lifted in Erie and Niagara counties as of 6 am. Our clinics reopen at 10. If your "
    "appointment was canceled this week, call (716) 555-0100 to reschedule.",
    "crisis update: counties as a region, hospital line",
)

# 211
p(
    "en",
    "pasted_record",
    "Tow truck drivers are heroes too! [pasted from security log] Vehicle left in ED ambulance bay 1/9 "
    "02:30: gray Camry, VIN 4T1BF1FK5EU772201, plate JFX 2093, registered to ED patient Brandon Kolb.",
    [
        ("DATE", "1/9"),
        ("VEHICLE", "4T1BF1FK5EU772201"),
        ("VEHICLE", "JFX 2093"),
        ("NAME", "Brandon Kolb"),
    ],
    note="security log pasted: the date he arrived, his car's VIN and plate, his name; the ambulance bay is the hospital's",
)

# 212
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but it can follow the flu. Sudden leg weakness that climbs? Get "
    "seen. Our neuromuscular clinic, in the Szczepański Family Pavilion, takes walk-ins on Mondays.",
    "eponym; the pavilion is named for a donor family",
)

# 213
p(
    "en",
    "thank_you",
    "@seamus.odea Seamus, thank you! We'll tell the night nurses on 4 North that your mam is home in the "
    "Old First Ward and already back to baking soda bread. 💚",
    [("OTHER_ID", "@seamus.odea"), ("NAME", "Seamus"), ("GEO", "Old First Ward")],
    note="reply confirms his mother was an inpatient: his handle and name, her neighbourhood",
)

# 214
n(
    "en",
    "research",
    "Now enrolling: a study of cold-induced asthma in kids 6 to 17 (ClinicalTrials.gov NCT05512348). "
    "Families get $50 per visit. Call our research office at (716) 555-0100 ext. 3300.",
    "research: trial registry number, eligibility ages, hospital line",
)

# 215
p(
    "en",
    "patient_story",
    "Billy Buffalo stopped by 3 West to see Omar Al-Sayadi, 10, who has been with us since his sledding "
    "crash at Chestnut Ridge on Jan. 11. Omar made Billy promise him a sideline visit next season. 🦬",
    [
        ("NAME", "Omar Al-Sayadi"),
        ("GEO", "Chestnut Ridge"),
        ("DATE", "Jan. 11"),
        ("NAME", "Omar", 2),
    ],
    note="patient named, park and date of the crash; Billy Buffalo is the team mascot, not labelled",
)

# 216
n(
    "en",
    "memorial",
    'We mourn our colleague Theresa "Terry" Hanrahan, RN, 64, who died Jan. 30 after 40 years in our '
    "NICU. Her husband Dan and their kids ask that donations go to the NICU family fund.",
    "memorial of a staff nurse: her date of death and family are a staff member's",
)

# 217
p(
    "en",
    "patient_story",
    "Marlene Abrams was in a dialysis chair on Feb. 1 because her granddaughter Kaylee drove her 50 "
    "miles from Basom in a whiteout. Marlene, 71, says Kaylee is the real hero. We agree. ❄️",
    [
        ("NAME", "Marlene Abrams"),
        ("DATE", "Feb. 1"),
        ("NAME", "Kaylee", 1),
        ("GEO", "Basom"),
        ("NAME", "Marlene", 2),
        ("NAME", "Kaylee", 2),
    ],
    note="patient named, treatment date, granddaughter's name, home hamlet; 71 is not over 89",
)

# 218
n(
    "en",
    "staff_spotlight",
    "Meet Kielbasa, our newest therapy dog, and his handler Marge, a volunteer since 2011. Kielbasa "
    "visits 5 West on Tuesdays and accepts belly rubs as payment. 🐾",
    "a pet and a volunteer: neither is labelled",
)

# 219
p(
    "en",
    "pasted_record",
    '[pasted DM] From Michelle Tremblay: "My son Nathan was seen in your pediatric ED on 1/15. '
    "Insurance is Fidelis, member FC2039844-01. Please call 716-555-0671 or e-mail "
    'mtremblay.buf@gmail.com about the bill."',
    [
        ("NAME", "Michelle Tremblay"),
        ("NAME", "Nathan"),
        ("DATE", "1/15"),
        ("HEALTH_PLAN", "FC2039844-01"),
        ("PHONE", "716-555-0671"),
        ("EMAIL", "mtremblay.buf@gmail.com"),
    ],
    note="private message pasted: mother's and son's names, visit date, member ID, phone and e-mail",
)

# 220
n(
    "en",
    "statistic",
    "Since 2019 our refugee clinic has welcomed 1,200 new neighbors from 14 countries, from Somalia and "
    "Yemen to Myanmar and Bangladesh. 38 languages, one front door.",
    "aggregate statistic; countries are not GEO",
)

# 221
p(
    "en",
    "anonymous_story",
    "The patient in bed 22 of our ED hallway on Christmas night asked for only one thing: the Bills "
    "score. (They won.) 🎄🏈",
    [("OTHER_ID", "bed 22"), ("DATE", "Christmas")],
    note="nameless, but the bed number and the night he was there identify him",
)

# 222
n(
    "en",
    "anonymous_story",
    "Yesterday a grandmother walked her grandson into our ED and told triage, in three languages, "
    "exactly what was wrong. She was right. Never underestimate a grandmother. 💙",
    "nameless story, relative words and 'yesterday' only",
)

# 223
p(
    "es",
    "birth_announcement",
    "¡Nació en la ambulancia, en la Kensington Expressway, el 31 de diciembre a las 11:50 pm! Bienvenido, "
    "Luis Ángel Feliciano. Mamá Zuleyka y papá Christian dicen que ya es fanático de los Bills. 🏈",
    [
        ("GEO", "Kensington Expressway"),
        ("DATE", "31 de diciembre"),
        ("NAME", "Luis Ángel Feliciano"),
        ("NAME", "Zuleyka"),
        ("NAME", "Christian"),
    ],
    note="lugar y fecha de nacimiento, nombres del bebé y de los padres",
)

# 224
n(
    "en",
    "health_tip",
    "Eid al-Adha food safety: refrigerate meat within two hours, and keep the fridge at 40°F or below. "
    "Eid Mubarak to all our Muslim neighbors from the East Side to Lackawanna! 🐑",
    "health tip: holiday and neighbourhoods of a community, a temperature",
)

# 225
p(
    "en",
    "pasted_record",
    "Oops [pasted web form] Story submission. Name: Kateri Snyder. E-mail: kateri.snyder@yahoo.com. "
    'Submitted from IP 24.58.201.77 on 2/28. "Please share my liver transplant story!"',
    [
        ("NAME", "Kateri Snyder"),
        ("EMAIL", "kateri.snyder@yahoo.com"),
        ("IP", "24.58.201.77"),
        ("DATE", "2/28"),
    ],
    note="web form pasted: a transplant patient's name, e-mail, IP address, submission date",
)

# 226
n(
    "en",
    "hospital_contact",
    "Replying to Krystyna: Thank you for the kind words about our nurses, Krystyna! We'll share them "
    "at huddle. 💙",
    "reply to a commenter that confirms no patient relationship",
)

# 227
p(
    "en",
    "patient_story",
    "Saw Kpaw Say, 58, a welder at Niagara Frontier Fabricators, caught a spark in his eye on Aug. 5. "
    "Our eye team saved his sight, and his daughter Naw Htee Moo interpreted every appointment. He "
    "lives in Black Rock and is back at work. 👁️",
    [
        ("NAME", "Saw Kpaw Say"),
        ("NAME", "Niagara Frontier Fabricators"),
        ("DATE", "Aug. 5"),
        ("NAME", "Naw Htee Moo"),
        ("GEO", "Black Rock"),
    ],
    note="patient and daughter named (Karen prefixes kept), employer, injury date, home neighbourhood",
)

# 228
n(
    "en",
    "pasted_record",
    "Flu shot roster (pasted, sorry!): NOWICKI, ANNA | Emp# 48213 | DOB 04/09/1987 | 5W RN. "
    "ZIELINSKI, MARK | Emp# 50177 | DOB 11/30/1979 | 4N CNA.",
    "employee-health roster: staff names, employee numbers and birth dates, not patients",
)

# 229
p(
    "en",
    "memorial",
    'Stanisław "Stan" Mazur, 91, of Cheektowaga died peacefully on Wigilia, Dec. 24, after sharing '
    "opłatek with his family and his nurses. His daughter Barbara says he waited for the first star. ⭐",
    [
        ("NAME", 'Stanisław "Stan" Mazur'),
        ("AGE", "91"),
        ("GEO", "Cheektowaga"),
        ("DATE", "Wigilia"),
        ("DATE", "Dec. 24"),
        ("NAME", "Barbara"),
    ],
    note="memorial: name with nickname, age over 89, home town, death date written twice, daughter",
)

# 230
n(
    "en",
    "sponsor",
    "Thanks to the tenants of Seneca One Tower for collecting 2,000 pairs of mittens for our ED! 🧤",
    "sponsor: a building name, not a person or a place tied to a patient",
)

# 231
p(
    "en",
    "birth_announcement",
    "One each side of midnight! Eli Kaminski arrived at 11:58 pm on Dec. 31 and his twin brother Ezra "
    "at 12:03 am on Jan. 1: different birthdays, different years. #KaminskiTwins",
    [
        ("NAME", "Eli Kaminski"),
        ("DATE", "Dec. 31"),
        ("NAME", "Ezra"),
        ("DATE", "Jan. 1"),
        ("NAME", "#KaminskiTwins"),
    ],
    note="twins named, both birth dates, hashtag with the family name",
)

# 232
n(
    "en",
    "event",
    "Our first-aid tent will be at the South Buffalo St. Patrick's Day parade on March 16, Abbott Road "
    "at Cazenovia. Find us by the green balloons! ☘️",
    "event: date, holiday and streets are the parade's",
)

# 233
p(
    "en",
    "pasted_record",
    "[pasted] Interpreter log 2/19: Arabic (Yemeni) for AL-ZUBAIRI, NADIA, MRN 58812034, RM 3N-318. "
    "Husband Fuad, ph 716-555-0685.",
    [
        ("DATE", "2/19"),
        ("NAME", "AL-ZUBAIRI, NADIA"),
        ("MRN", "58812034"),
        ("OTHER_ID", "RM 3N-318"),
        ("NAME", "Fuad"),
        ("PHONE", "716-555-0685"),
    ],
    note="interpreter log pasted: date of her visit, name, MRN, room, husband's name and phone",
)

# 234
n(
    "en",
    "campaign_hashtag",
    "#NLMCStrong #BuffaloStrong #716 Three storms, zero closures. Thank you to every nurse who slept "
    "on a cot this winter.",
    "campaign hashtags only",
)

# 235
p(
    "en",
    "anonymous_story",
    "Our youngest frostbite patient this winter, a 6-year-old from Depew, went home today with all ten "
    "fingers. Mittens, not gloves, friends! 🧤",
    [("GEO", "Depew")],
    note="nameless, but the home town is an identifier",
)

# 236
n(
    "en",
    "health_tip",
    "Karen, Burmese, Somali, Arabic or Bengali? You can ask for a free interpreter at every visit. "
    "Just tell the front desk your language, or call (716) 555-0100.",
    "Karen is a language here, not a name; hospital line",
)

# 237
p(
    "en",
    "thank_you",
    "Khadra Yusuf met the moms in her prenatal group in our waiting room. Now baby Idil, born Feb. 9, "
    "has eleven aunties. Khadra asked us to share: any new Somali mom can text her at 716-555-0716. 💛",
    [
        ("NAME", "Khadra Yusuf"),
        ("NAME", "Idil"),
        ("DATE", "Feb. 9"),
        ("NAME", "Khadra", 2),
        ("PHONE", "716-555-0716"),
    ],
    note="mother and newborn named, birth date, the mother's own phone",
)

# 238
n(
    "en",
    "public_figure",
    "Frederick Law Olmsted designed Delaware, Cazenovia and MLK parks. Walk them! Our cardiologists "
    "lead free Olmsted Walks every Saturday in May at 9 am.",
    "historical figure; parks and dates of a public walking program",
)

# 239
p(
    "en",
    "patient_story",
    "Kyle Brandt, 24, of Wheatfield fell 40 feet at Devil's Hole State Park on Oct. 5. Today he walked "
    "the trail again, this time with his physical therapist and a railing. 🥾",
    [
        ("NAME", "Kyle Brandt"),
        ("GEO", "Wheatfield"),
        ("GEO", "Devil's Hole State Park"),
        ("DATE", "Oct. 5"),
    ],
    note="patient named, home town, park and date of the fall",
)

# 240
n(
    "en",
    "anonymous_story",
    "A man in his late 80s told our ED nurses he'd shoveled through every blizzard since '77 and wasn't "
    "about to stop. He's fine. His son has now bought him a snowblower. ❄️",
    "nameless story: an age under 90; '77 is a storm's year",
)

if __name__ == "__main__":
    S.main("phi_dev92_source")
