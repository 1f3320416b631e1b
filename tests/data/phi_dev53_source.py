"""Blind development set d53 for the PHI scanner: tests/data/phi_dev53.jsonl.

Organisation: Lake Country Children's and Family Hospital (phi_dev53_org.json): a
children's hospital with a family-medicine clinic, two campuses (2400 West Lakeshore
Drive, Milwaukee, WI 53233 and 710 University Parkway, Madison, WI 53705) and an
outpatient Burn Clinic (1815 South Kinnickinnic Avenue, Milwaukee, WI 53207); phones
(414) 555-0100 main, (608) 555-0150 Madison, (414) 555-0142 NICU family line,
(414) 555-0163 burn unit, (414) 555-0119 media, (414) 555-0188 Línea en español,
(608) 555-0105 foundation/billing, (414) 555-0124 careers; domain lakecountrykids.org;
handles @LakeCountryKids, @LCKidsNICU, @LCKidsFoundation.
Focus: NICU and burn unit; Hmong, Puerto Rican, Polish, German, Menominee and Amish
families; Packers and Bucks players visiting (all player names are fictional);
deer-hunting, ice-fishing, snowmobile/ATV, buggy and fireworks injuries.
Hard cases: patient names that are words, places or months (Hunter, Madison, Winter,
Aurora, faith, Peanut, June, Santiago, Esperanza, "Her" as a Hmong surname); lower-case
and chart-style names ("rm 412 nowak", "GARCIA, M", "rivera, j"); names only in
hashtags or puns on them (#TeamBrody, #TeddyBearHugs); patients who are staff,
volunteers or public figures, and public figures who are a patient's relatives; dates
as numbers, ordinals, Spanish dates, a day of the month alone, holidays that are the
patient's day next to the same holiday as a hospital event; ages over 89 as digits,
words, ordinals, "94yo", "centenaria", "nonagenarian"; family phones, e-mails,
handles, portal names, IPs, plates, licences, device serials, MRNs in odd formats.
Hard negatives: staff spotlights (staff named Madison, Autumn, Santiago), donors and
sponsors with family names, volunteers aged 91-100, visiting athletes and officials,
historical figures, eponyms (Lund and Browder, Apgar, Kawasaki, Hirschsprung,
Fallot), awareness days, event dates, percentages and numbers like "90%",
"97.3 FM", "97 días", "100 años", campaign and mascot hashtags, anonymous stories
("a patient in her 90s"), the hospital's own phones, addresses, domain and handles.
Language mix: 240 posts, 180 English and 60 Spanish; 120 patient-specific, 120 not
(English 90/90, Spanish 30/30).
Labelling decisions taken in this set (where the rules leave room):
- Relatives: every identifier of a patient's relative is labelled, including a
  relative's age over 89 (a great-grandparent's "100th", "101") and a relative's
  birthday or birthplace ("ON THE 12TH", "Fond du Lac"). A relative's age of 89 or
  under is never labelled.
- Staff, volunteers, donors and public figures are labelled when the post makes them
  a patient (a nurse who was a burn patient, a lab tech who was a NICU baby, a
  retired Packers player having a hip replaced, a Bucks rookie born in the NICU) or
  a patient's relative (a staff mother of NICU twins, a NICU director whose son was
  our patient, a volunteer grandmother, a Packers kicker or alderwoman whose child is
  our patient, a sponsor's owner introduced as a patient's grandfather).
- A patient's or relative's employer or business is never labelled, even when the
  business name contains the family surname ("Kowalski's Market", "Panadería La
  Borinqueña", "Kettle Moraine Ford").
- GEO: the place of a patient's injury smaller than a state is GEO like the road of a
  crash (lake, harbor, highway, county road, county); a reservation or community
  where the family lives is GEO ("Menominee Reservation", "Zoar"); Puerto Rico is
  treated like a state (not GEO), its towns are GEO (Caguas, Ponce, Mayagüez). The
  hospital's own cities, when they only say where care happened ("From Mayagüez to
  Milwaukee", "our Madison campus"), are not GEO; a patient named Madison is NAME and
  the campus beside it is declared ok. A memorial gathering's park and a church of a
  visitation are venues, not GEO. A settlement named only as a study population or
  as donors' home is not GEO.
- DATE: a hospital stay on a holiday is the patient's date ("spent Christmas with
  us", "pasó el Día de Reyes"), as are a patient's visitation date and a
  great-grandparent's birthday; when the same holiday also appears as a hospital
  event in the post, only the patient's mention is labelled and the other is
  declared ok. "Opening weekend" of deer season and the multi-day Hmong New Year
  celebrations are periods, like seasons, and are not labelled. A day of the month
  alone is labelled as written: English ordinal only ("9th", "23rd", "12TH"),
  Spanish with its noun ("día 14"), and "día de San Valentín" as the whole holiday
  phrase. A weekday, "day 3", "the 3rd day of her stay" and durations are not dates.
- AGE: "Noventa y dos" (several words) is one AGE span; "94yo" and "100th" are one
  token; "99 y/o" labels "99" only. Decades ("in her 90s"), percentages ("90%", "96%"),
  a radio frequency ("97.3"), durations ("97 días") and an institution's anniversary
  ("turns 90", "100 años") are never AGE.
- NAME: kinship or honorific words are not part of a name ("Niam Tais Xiong" ->
  "Xiong", "doña Nilda" -> "Nilda", "Great-Grandma Hedwig" -> "Hedwig"); a hashtag
  that puns on the patient's name (#TeddyBearHugs, #AuroraBorealis) is NAME; a
  foundation named for the patient in the same post gets the name token labelled
  ("Alas de Ana" -> "Ana"); a mascot's or therapy dog's name and its hashtag
  (#ReadWithRosie, Tucker) are not names; initials "Mr. K." -> "K".
- OTHER_ID: room, bed, isolette, "habitación", "Hab." and "cama" numbers with their
  keyword; portal user names and family social handles; a case number. Pods, floors
  and units ("pod B", "piso 4", "6 South") are not labelled. A DNR customer ID is
  LICENSE; a state Medicaid/ForwardHealth ID or "póliza Medicaid" is HEALTH_PLAN;
  "NHC" (número de historia clínica) is MRN.
- PHOTO: only a cue that the attached picture shows the patient ("Pictured:",
  "En la foto"); a photo essay with no babies, a signed photo of a public figure and
  a staff member in the same picture do not make a PHOTO span of their own.
- Nameless stories stay negative unless they carry an identifier: a room number or an
  age over 89 makes them patient-specific; a ward, a duration, "up north" do not. A
  measles-exposure date of an unidentified visitor is not labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev53.jsonl"), os.path.join(HERE, "phi_dev53_org.json"), "d53")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Hunter! 🦌 This 11-year-old from Shawano was helping his dad drag a buck out of the woods on Nov 23 when he slipped and his knife went places knives shouldn't go. Our trauma team had him patched up by supper. Hunter says next year he's sticking to hot cocoa duty. #DeerSeasonSafety",
    [
        ("NAME", "Hunter", "*"),
        ("GEO", "Shawano"),
        ("DATE", "Nov 23"),
    ],
    note="Hunter is the patient's name (a word that also fits the topic); Shawano his home town; Nov 23 his injury date.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight ⭐ Meet Madison Kowalczyk, RN, who has worked nights on our burn unit for 15 years. Madison grew up in Hales Corners, coaches U10 hockey and makes the best kolaczki on 5 West. Thank you, Madison!",
    "A nurse's name and home town: staff are never labelled.",
)

# 3
p(
    "en",
    "discharge",
    "She's HOME!!! 💕 Our tiniest warrior Pa Nhia Vang came into the world at 24 weeks on 2/9, weighing 1 lb 6 oz. After 131 days in the NICU, her mom Yer and grandma Chue carried her out the front doors. Follow @LCKidsNICU for more grad stories! #PaNhiaStrong #NICUgrad",
    [
        ("NAME", "Pa Nhia Vang"),
        ("DATE", "2/9"),
        ("NAME", "Yer"),
        ("NAME", "Chue"),
        ("NAME", "#PaNhiaStrong"),
    ],
    note="Hmong patient's name, birth date, mother's and grandmother's names and the name hashtag; the NICU handle is the hospital's.",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Say nyob zoo to Pa Kou Vang, our Hmong patient navigator! 🌸 Pa Kou explains surgery consents, sets up shaman visits and interprets about 40 family conversations a week. She's been with us since 2016.",
    "Staff member with a Hmong name like a patient's; staff are never labelled.",
)

# 5
p(
    "en",
    "birth_announcement",
    "Our New Year's baby is here! 🎉 Winter Schmitt arrived at 12:07 a.m. on January 1 at the Madison birth center, 7 lb 2 oz. Proud parents Katie and Dale of Sun Prairie say with a name like that she'll be a Packers fan who doesn't mind Lambeau in December ❄️",
    [
        ("DATE", "New Year's"),
        ("NAME", "Winter Schmitt"),
        ("DATE", "January 1"),
        ("NAME", "Katie"),
        ("NAME", "Dale"),
        ("GEO", "Sun Prairie"),
    ],
    note="Birth day named as holiday and as date; baby named Winter; parents and their town. December and Lambeau are not the patient's.",
)

# 6
n(
    "en",
    "health_tip",
    "Deer season opens Saturday 🦌 Before you climb: wear a full-body harness, use a haul line for your bow or gun, and tell someone which stand you're in. Last year we treated 23 kids for tree stand falls. #HuntSafeWI",
    "Safety tip with a count; weekday and season are not dates; no patient.",
)

# 7
p(
    "en",
    "memorial",
    'It is with heavy hearts that we share that our friend Theodore "Teddy" Grabowski passed away on the evening of October 14. Teddy spent most of his 9 years on 6 South, and he knew every nurse by their coffee order. Rest easy, buddy. 💙 #TeddyBearHugs',
    [
        ("NAME", 'Theodore "Teddy" Grabowski'),
        ("NAME", "Teddy", "*"),
        ("DATE", "October 14"),
        ("NAME", "#TeddyBearHugs"),
    ],
    note="Patient's full name with nickname, the nickname again, death date and a hashtag punning on his name; 6 South is a unit.",
)

# 8
n(
    "en",
    "health_tip",
    'Ice fishing tip 🎣: clear blue ice 4" thick holds one person on foot. White or slushy ice? Double it. Never go out alone, and spud the ice every few steps. #IceSafety',
    "General ice-safety tip; no patient.",
)

# 9
p(
    "en",
    "milestone_birthday",
    "Happy 100th to Great-Grandma Hedwig! 🎂 Hedwig Kraus drove down from Manitowoc with her granddaughter to hold her newest great-grandson, Otto, on his first day in our NICU. Same stubborn chin.",
    [
        ("AGE", "100th"),
        ("NAME", "Hedwig Kraus"),
        ("NAME", "Hedwig", "*"),
        ("GEO", "Manitowoc"),
        ("NAME", "Otto"),
    ],
    note="The NICU patient Otto's great-grandmother: her name, age over 89 and town are a relative's identifiers; the patient's name.",
)

# 10
n(
    "en",
    "statistic",
    "Our NICUs by the numbers this year: 1,486 babies, 212 under 1,500 grams, 96% survival for babies born at 28 weeks or later, and 11,400 pounds of donor milk 💧",
    "Aggregate statistics; 96% is not an age.",
)

# 11
p(
    "en",
    "pasted_record",
    "Pls disregard, posted to wrong page!! --> ADMIT NOTE 4N: GARCIA, M  MRN 00-7731-442  DOB 03/11/2019  Rm 4112-B  dx: partial thickness burn L forearm, scald (pressure cooker)  guardian: Rosa Garcia (414) 555-0137",
    [
        ("NAME", "GARCIA, M"),
        ("MRN", "00-7731-442"),
        ("DATE", "03/11/2019"),
        ("OTHER_ID", "Rm 4112-B"),
        ("NAME", "Rosa Garcia"),
        ("PHONE", "(414) 555-0137"),
    ],
    note="Pasted admission note: chart-style name, MRN, DOB, room, guardian's name and phone. 4N is a unit.",
)

# 12
n(
    "en",
    "event",
    "Save the date! 🏒 Bucks & Packers Celebrity Skate for Kids, Sunday, Feb. 16, 1–4 pm at the Pettit National Ice Center. All proceeds go to our burn unit. Tickets: lakecountrykids.org/skate",
    "Hospital event date and venue; no patient.",
)

# 13
p(
    "en",
    "thank_you",
    "A HUGE thank you to the Yoder family of Cashton, who brought 40 loaves of homemade bread and three quilts to the burn unit this week. Their son Eli spent five weeks with us after a lantern fire in the barn last winter and they've never forgotten the nurses. Danki! 🍞",
    [
        ("NAME", "Yoder"),
        ("GEO", "Cashton"),
        ("NAME", "Eli"),
    ],
    note="Donor family introduced as a patient's family: surname, their town, the patient's name. 'last winter' is a season.",
)

# 14
n(
    "en",
    "public_figure",
    "Big smiles on 4 North today: Bucks forward Malik Dunmore and Bango stopped by to sign jerseys and play Mario Kart with our patients. Malik lost every race. 🏀😂",
    "Visiting athlete and mascot; patients unnamed.",
)

# 15
p(
    "en",
    "discharge",
    "rm 412 nowak is going HOME today 🎈🎈 the whole 4th floor lined the hall for her clap-out. 63 days, 2 surgeries, about a thousand popsicles. go get 'em kiddo",
    [
        ("OTHER_ID", "rm 412"),
        ("NAME", "nowak"),
    ],
    note="Lower-case room number and surname of the discharged patient; 4th floor is a floor, not a room.",
)

# 16
n(
    "en",
    "public_figure",
    "Lt. Governor Teresa Blackwolf visited our Madison campus on Monday to announce $4 million in state funding for rural NICU transport. Thank you for standing up for Wisconsin's smallest patients! 🚑",
    "Public official's visit; no patient.",
)

# 17
p(
    "en",
    "patient_story",
    "Cold-water lesson from 14-year-old Jaylen: the ice off Stockbridge Harbor on Lake Winnebago looked solid on Jan. 4. It wasn't. His cousin Marcus pulled him out with the rope from the shanty and drove him to us wrapped in a sleeping bag. Jaylen's core temp on arrival: 88.9°F. He's fine now and says the rope lives in the truck forever. 🧊",
    [
        ("NAME", "Jaylen", "*"),
        ("GEO", "Stockbridge Harbor"),
        ("GEO", "Lake Winnebago"),
        ("DATE", "Jan. 4"),
        ("NAME", "Marcus"),
    ],
    note="Patient's name, where and when he went through the ice, his cousin's name. 88.9 is a temperature.",
)

# 18
n(
    "en",
    "eponymous_condition",
    "Down syndrome awareness isn't just for October. Our Down Syndrome Clinic, named for Dr. John Langdon Down and his 1866 paper, sees 400 families a year. Call (608) 555-0150 to schedule. 💙💛",
    "Eponym and historical physician; hospital number.",
)

# 19
p(
    "en",
    "thank_you",
    "Post from a grateful dad (shared w/ permission): 'To the night nurses on the burn unit who sat with my boy Kaleb after the fireworks accident on the 4th of July, I can't repay you. If any of you ever need anything call me, Brent Hoffmann, 262-555-0193.' 🇺🇸❤️ Messages for staff can also go through our main line, (414) 555-0100.",
    [
        ("NAME", "Kaleb"),
        ("DATE", "4th of July"),
        ("NAME", "Brent Hoffmann"),
        ("PHONE", "262-555-0193"),
    ],
    note="Patient's name, injury date (a holiday), father's name and phone; the hospital's main line is not labelled.",
)

# 20
n(
    "en",
    "eponymous_condition",
    "What is Lund and Browder? It's the chart our burn team uses to estimate how much of a child's body is burned, because kids' heads are bigger in proportion than adults'. Named for Drs. Charles Lund and Newton Browder, 1944. 🔥📊",
    "Eponymous burn chart and its historical authors.",
)

# 21
p(
    "en",
    "memorial",
    "Our hearts are with the Waukau family of Keshena. Little Nakoma walked on March 2 surrounded by her grandmothers, drums and songs. She taught our PICU what strength looks like. 🕊️ #NakomasLight",
    [
        ("NAME", "Waukau"),
        ("GEO", "Keshena"),
        ("NAME", "Nakoma"),
        ("DATE", "March 2"),
        ("NAME", "#NakomasLight"),
    ],
    note="Menominee family surname and town, patient's name, death date and memorial hashtag.",
)

# 22
n(
    "en",
    "anonymous_story",
    "A patient in her 90s at our Family Medicine clinic told us she has outlived three doctors and plans to outlive a fourth. We believe her. 😄",
    "Anonymous; a decade range is not an age identifier.",
)

# 23
p(
    "en",
    "pasted_record",
    "lol autocorrect strikes again. meant to send this to the charge nurse not the FB page 🙈 >> pt: Brzezinski, Lukas J | MRN: LC0048822-1 | DOB 11.22.2016 | Bed 3, PICU | allergies: PCN",
    [
        ("NAME", "Brzezinski, Lukas J"),
        ("MRN", "LC0048822-1"),
        ("DATE", "11.22.2016"),
        ("OTHER_ID", "Bed 3"),
    ],
    note="Pasted chart line: name, MRN, dotted DOB, bed number.",
)

# 24
n(
    "en",
    "anonymous_story",
    "A dad called 911 at 3 a.m. from the shoulder of the freeway: his wife was in labor in the passenger seat. Our ED team met them at the door with a warmer, and the baby arrived four minutes later. Everyone's doing great. 🚗👶",
    "Nameless story with no date, place or other identifier; 911 is a national line.",
)

# 25
p(
    "en",
    "milestone_birthday",
    "Happy FIRST birthday to our NICU grad Aurora! 🎂 Born Sept. 30 at 26 weeks and 1 lb 11 oz, she came back to visit today with a tutu and opinions. Pictured: Aurora with primary nurse Deb, who was there the night she was born. #AuroraBorealis",
    [
        ("NAME", "Aurora", "*"),
        ("DATE", "Sept. 30"),
        ("PHOTO", "Pictured"),
        ("NAME", "#AuroraBorealis"),
    ],
    note="Patient's name (also a Wisconsin city and health system), birth date, a photo cue for a picture showing her, hashtag punning on her name; the nurse is staff.",
)

# 26
n(
    "en",
    "recruitment",
    "We're hiring! Pediatric burn nurses, NICU RNs and a Hmong-English medical interpreter. Sign-on bonus up to $15,000. Apply at lakecountrykids.org/careers or call (414) 555-0124.",
    "Recruitment with hospital contacts.",
)

# 27
p(
    "en",
    "patient_story",
    "From Mayagüez to Milwaukee: when 7-year-old Yadiel Colón needed a skin graft after the kitchen fire, his abuela Carmen flew up with one suitcase and a bag of pasteles. Six weeks later he's teaching the 5 West nurses dominoes. 🇵🇷 #YadielFuerte",
    [
        ("GEO", "Mayagüez"),
        ("NAME", "Yadiel Colón"),
        ("NAME", "Carmen"),
        ("NAME", "#YadielFuerte"),
    ],
    note="Family's home city in Puerto Rico, patient's and grandmother's names, name hashtag. Milwaukee is only where care happened.",
)

# 28
n(
    "en",
    "crisis_update",
    "⚠️ Because of the blizzard, all outpatient clinics at both campuses are closed today, Jan. 12. Emergency departments remain open. NICU families: please call the family line at (414) 555-0142 before driving in.",
    "Closure date and hospital line; no patient.",
)

# 29
p(
    "en",
    "discharge",
    "Going home by van, not buggy, this time 😊 Ruth Ann Hochstetler, 6, was thrown from her family's buggy when a pickup clipped it on County Road D near Kingston on June 18. After a broken femur and two weeks with our ortho team, she's headed home to her eight siblings.",
    [
        ("NAME", "Ruth Ann Hochstetler"),
        ("GEO", "County Road D"),
        ("GEO", "Kingston"),
        ("DATE", "June 18"),
    ],
    note="Amish patient's name, road and town of the crash, crash date.",
)

# 30
n(
    "en",
    "research",
    "New from our research team: babies who got skin-to-skin care within an hour of birth went home 4.2 days sooner on average (n=318). Published this month in Pediatrics. 🔬",
    "Research summary; no patient.",
)

# 31
p(
    "en",
    "public_figure",
    "Milwaukee Ald. Janelle Pruitt asked us to share this: her son Desmond is recovering on our burn unit after a grease fire at home, and she wants every family to keep a lid next to the stove. Get well soon, Desmond. 💪",
    [
        ("NAME", "Janelle Pruitt"),
        ("NAME", "Desmond", "*"),
    ],
    note="A public official introduced as a patient's mother: her name is a relative's; the patient's name twice.",
)

# 32
n(
    "en",
    "sponsor",
    "Thank you to Northwoods Cheese Co. for sponsoring our Polar Plunge team! 🧀🥶 Founder Greta Lindahl jumped in first, in a full cheesehead.",
    "Sponsor and its founder; not a patient or relative.",
)

# 33
p(
    "en",
    "staff_spotlight",
    "Staff spotlight with a twist: respiratory therapist Kim Thao was on the other side of the bed this spring. Kim delivered her twins, Lia and Neng, at 31 weeks on April 27 and they spent 5 weeks in the NICU she's worked in for 12 years. Welcome back, Kim! 💜",
    [
        ("NAME", "Kim Thao"),
        ("NAME", "Kim", "*"),
        ("NAME", "Lia"),
        ("NAME", "Neng"),
        ("DATE", "April 27"),
    ],
    note="A staff member who was a patient (delivery) and mother of the NICU twins: her name, the twins' names and birth date. 'this spring' is a season.",
)

# 34
n(
    "en",
    "hospital_contact",
    "Need us? 📞 Milwaukee campus: (414) 555-0100, 2400 West Lakeshore Drive, Milwaukee, WI 53233. Madison campus: (608) 555-0150, 710 University Parkway, Madison, WI 53705. Línea en español: (414) 555-0188.",
    "The hospital's own phones and addresses.",
)

# 35
p(
    "en",
    "campaign_hashtag",
    "Day 40. Still fighting. Still smiling. 🥊 Thank you to everyone who wore gold for him on Friday. #TeamBrody #LakeCountryStrong #ChildhoodCancerAwareness",
    [
        ("NAME", "#TeamBrody"),
    ],
    note="The patient's name appears only in the hashtag; the other hashtags are campaigns; Friday and 'Day 40' are not dates.",
)

# 36
n(
    "en",
    "campaign_hashtag",
    "This #GivingTuesday, every gift to #LakeCountryStrong is matched up to $50,000 by the Brandt Family Foundation. Tag a NICU nurse who changed your life! 💚 #NICUnurse",
    "Campaign hashtags and a donor foundation.",
)

# 37
p(
    "en",
    "eponymous_condition",
    "Meet Oskar. He has Hirschsprung's disease, which means part of his colon was born without nerve cells. After his pull-through surgery on 8/14, Oskar is eating his babcia's pierogi like a champ. #HirschsprungsAwareness",
    [
        ("NAME", "Oskar", "*"),
        ("DATE", "8/14"),
    ],
    note="Patient's name and surgery date; Hirschsprung's is an eponym.",
)

# 38
n(
    "en",
    "birth_announcement",
    "Our birth center welcomed 11 babies in 24 hours this weekend, including two sets of twins! Congratulations to all the new families. 👶👶👶",
    "Unnamed births, no date element.",
)

# 39
p(
    "en",
    "crisis_update",
    "UPDATE 6:40 pm: The three children brought in from the house fire on N. 27th St are in stable condition. At the family's request we can share that 4-year-old Amani is out of surgery. Media questions: (414) 555-0119. Please do not call the unit.",
    [
        ("GEO", "N. 27th St"),
        ("NAME", "Amani"),
    ],
    note="Street of the patients' home fire and one patient's name; media line is the hospital's.",
)

# 40
n(
    "en",
    "discharge",
    "One of our longest-staying NICU babies went home today after 187 days. The whole unit lined the hallway to clap the family out. 👏",
    "Nameless discharge with a duration only.",
)

# 41
p(
    "en",
    "health_tip",
    "Safety tip from a mom who learned the hard way: 'Tou grabbed the handle of the pot of boiling water for the rice steamer while I turned around for two seconds.' Tou (3) spent 19 days with our burn team. Turn handles inward, every time. 🍲",
    [
        ("NAME", "Tou", "*"),
    ],
    note="The patient's first name, twice.",
)

# 42
n(
    "en",
    "memorial",
    "We are saddened by the passing of Dr. Harold Schaefer, who founded our burn unit in 1979 and treated more than 9,000 children. Dr. Schaefer died Sunday at 94. Visitation is April 4 at Schmidt & Bartelt Funeral Home.",
    "Staff memorial: a doctor's age, death and visitation date are not labelled.",
)

# 43
p(
    "en",
    "research",
    "Thank you to Mateo and his parents for letting us share this: Mateo was the first child in our spray-on skin graft trial at the Madison campus, treated on Dec. 3. Results from the full study are due next year. 🔬",
    [
        ("NAME", "Mateo", "*"),
        ("DATE", "Dec. 3"),
    ],
    note="Research participant's name and treatment date.",
)

# 44
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Marian Zellner, our longest-serving volunteer! Marian has rocked NICU babies every Thursday since 1988. 🎂",
    "A volunteer's age over 89 is not labelled.",
)

# 45
p(
    "en",
    "event",
    "Join us Saturday, May 17 for the 10th annual Lake Country Family Fun Run! This year's honorary starter is 8-year-old Sawyer Lindqvist, who was in our PICU after an ATV rollover last fall. 🏃‍♀️ Register at lakecountrykids.org/funrun",
    [
        ("NAME", "Sawyer Lindqvist"),
    ],
    note="Former patient's name; May 17 is the event date, 'last fall' a season.",
)

# 46
n(
    "en",
    "pasted_record",
    "Reminder for staff: when charting, use LAST, FIRST  MRN ########  DOB MM/DD/YYYY. And never, ever post a screenshot of the chart to social media. 🙅",
    "A template with placeholders, no real identifier.",
)

# 47
p(
    "en",
    "sponsor",
    "Huge thanks to Kettle Moraine Ford for sponsoring our car seat checks this fall! Owner Dave Brandt says it's personal: his granddaughter Ellie was in our NICU for 9 weeks. 🚗 Free checks every second Tuesday, call (608) 555-0150.",
    [
        ("NAME", "Dave Brandt"),
        ("NAME", "Ellie"),
    ],
    note="Sponsor's owner introduced as a patient's grandfather (relative); the patient's name. The dealership is not labelled.",
)

# 48
n(
    "en",
    "thank_you",
    "Thank you to the Menominee Nation Veterans Honor Guard and Keshena Boy Scout Troop 31 for presenting the colors at our Veterans Day ceremony. 🇺🇸",
    "Community groups and a holiday event; no patient.",
)

# 49
p(
    "en",
    "hospital_contact",
    "Mrs. Lor, we found Kou's blue stuffed elephant in the 3rd-floor family lounge! 🐘 Please call Security at (414) 555-0100 ext. 4 or DM @LakeCountryKids and we'll get it back to him.",
    [
        ("NAME", "Lor"),
        ("NAME", "Kou"),
    ],
    note="Patient's mother's surname and the patient's first name; hospital phone and handle.",
)

# 50
n(
    "en",
    "statistic",
    "Fireworks injuries in Wisconsin kids: 140 ER visits last July, 1 in 3 under age 10. Sparklers burn at about 2,000°F. Leave it to the pros. 🎆",
    "Statistics; a month of aggregate data is not a patient date.",
)

# 51
p(
    "en",
    "statistic",
    "By the numbers 📊: 1,214 babies cared for in our two NICUs this year, 38 under 1 lb. Number 1,000 was Zofia Nowicki of Cudahy, born 11/2 at 27 weeks. 🎀",
    [
        ("NAME", "Zofia Nowicki"),
        ("GEO", "Cudahy"),
        ("DATE", "11/2"),
    ],
    note="One named patient inside a statistics post: name, town, birth date.",
)

# 52
n(
    "en",
    "eponymous_condition",
    "Kids with Crohn's disease can still play ball. Our IBD clinic's summer camp, Aug. 4–8, is free for patients ages 8–17. 🏕️ Info: lakecountrykids.org/ibd",
    "Eponym, event dates, age range.",
)

# 53
p(
    "en",
    "recruitment",
    "We're hiring NICU nurses! Still on the fence? Read what Harper's mom wrote us: 'The nurses in pod C learned Harper's cry before I did.' Apply at lakecountrykids.org/careers 💼",
    [
        ("NAME", "Harper", "*"),
    ],
    note="A named NICU patient quoted in a recruitment post; pod C is a unit area.",
)

# 54
n(
    "en",
    "public_figure",
    "Did you know? The first incubator baby shows came to the Midwest thanks to Dr. Martin Couney, who displayed premature babies to paying crowds around 1901. Today's NICUs owe him a strange debt. 🍼",
    "Historical figure; anonymous historical babies.",
)

# 55
p(
    "en",
    "anonymous_story",
    "One of our Family Medicine patients turned 103 this week and still walks to Mass every morning. Her secret? 'Sauerkraut and minding my own business.' 🥬",
    [
        ("AGE", "103"),
    ],
    note="An unnamed patient's age over 89 is an identifier.",
)

# 56
n(
    "en",
    "event",
    "Hmong New Year at State Fair Park, Nov. 29–30! Stop by our booth for free car seat checks and to meet our Hmong patient navigators. 🎊",
    "Community event dates; no patient.",
)

# 57
p(
    "en",
    "pasted_record",
    "copied from intake by mistake, pls delete: WAUPOSE, DARIUS  DOB 7/19/2012  ForwardHealth ID 4410098231  addr: W2904 Bear Trail Rd, Neopit  ph 715-555-0166  pcp: Menominee Tribal Clinic",
    [
        ("NAME", "WAUPOSE, DARIUS"),
        ("DATE", "7/19/2012"),
        ("HEALTH_PLAN", "4410098231"),
        ("GEO", "W2904 Bear Trail Rd"),
        ("GEO", "Neopit"),
        ("PHONE", "715-555-0166"),
    ],
    note="Intake line: name, DOB, Wisconsin Medicaid (ForwardHealth) ID, address, town, phone. The clinic is a provider.",
)

# 58
n(
    "en",
    "event",
    "Casimir Pulaski Day means paczki, polka and our Polish Fest fundraiser at Serb Hall, March 3. Proceeds help NICU families with gas and parking. 🇵🇱",
    "Holiday and event date; historical figure; no patient.",
)

# 59
p(
    "en",
    "patient_story",
    "Packers linebacker Trey Okafor stopped by 5 West on Tuesday and met 10-year-old Brooklyn, who is recovering from a snowmobile crash near Eagle River. She made him sign her cast AND her little brother Tanner's forehead. 🏈💚💛",
    [
        ("NAME", "Brooklyn"),
        ("GEO", "Eagle River"),
        ("NAME", "Tanner"),
    ],
    note="Patient (name that is a place), crash location, brother's name; the player is not labelled.",
)

# 60
n(
    "en",
    "crisis_update",
    "Our Madison emergency department has long waits because of a surge in RSV and flu. If your child is breathing fast, has blue lips or won't drink, come in. For milder symptoms call the nurse line at (608) 555-0150.",
    "Crisis update with a hospital number.",
)

# 61
p(
    "en",
    "birth_announcement",
    "Twins born on Pi Day! 🥧 Milo and Margo Krueger arrived 3/14 at 8:12 and 8:19 am at our Madison campus. Dad Jeff says they're already asking for seconds.",
    [
        ("DATE", "Pi Day"),
        ("NAME", "Milo"),
        ("NAME", "Margo Krueger"),
        ("DATE", "3/14"),
        ("NAME", "Jeff"),
    ],
    note="Birth day written twice (Pi Day, 3/14); twins' and father's names.",
)

# 62
n(
    "en",
    "research",
    "Is venison safe for toddlers? Our nutrition researchers tested deer meat from 120 Wisconsin hunters for lead from bullet fragments. Bottom line: use copper ammo and trim wide around the wound channel. 🦌",
    "Research with anonymous hunters.",
)

# 63
p(
    "en",
    "discharge",
    'After 212 days, the longest NICU stay of the year, baby Joseph "Joey" Nakamura-Rivera goes home to Racine tomorrow. Mom Lorena, we will miss your 3 a.m. playlists. 🎶',
    [
        ("NAME", 'Joseph "Joey" Nakamura-Rivera'),
        ("GEO", "Racine"),
        ("NAME", "Lorena"),
    ],
    note="Patient's name with nickname and double surname, home city, mother's name.",
)

# 64
n(
    "en",
    "recruitment",
    "Now hiring: Certified Child Life Specialist, Madison campus. You'll help kids understand surgery with puppets and play. Our team lead, Autumn Reyes, says it's the best job in the building. 🧸",
    "Staff member whose first name is a season; not labelled.",
)

# 65
p(
    "en",
    "thank_you",
    "Looking for a family! 📣 A grandmother left a hand-stitched paj ntaub story cloth at our NICU desk with a note signed 'Niam Tais Xiong, for the nurses who saved Ntxhi.' We'd love to thank her properly. If this is your family, email stories@lakecountrykids.org.",
    [
        ("NAME", "Xiong"),
        ("NAME", "Ntxhi"),
    ],
    note="Grandmother's clan name (Niam Tais is a kinship term) and the patient's name; the e-mail is the hospital's.",
)

# 66
n(
    "en",
    "sponsor",
    "Thank you, Milwaukee Bucks Foundation, for donating 200 copies of a picture book about Bango's first hospital visit for our waiting rooms! 📚",
    "Sponsor and mascot.",
)

# 67
p(
    "en",
    "memorial",
    "Today would have been Gus Pfeiffer's 9th birthday. 🎈 Gus was born on Halloween and never let anyone forget it. His family is asking everyone to wear orange today and do something kind. #GusDay",
    [
        ("NAME", "Gus Pfeiffer"),
        ("NAME", "Gus", "*"),
        ("DATE", "Halloween"),
        ("NAME", "#GusDay"),
    ],
    note="Deceased patient's name, birth day as holiday, name hashtag; '9th birthday' is an age under 90.",
)

# 68
n(
    "en",
    "hospital_contact",
    "Parking tip: NICU families park free in Lot C at our Milwaukee campus. Ask the front desk for a pass or message @LCKidsNICU. 🅿️",
    "Hospital parking and handle.",
)

# 69
p(
    "en",
    "milestone_birthday",
    "Our Family Medicine clinic in Madison threw a small party for Mrs. Adelheid Baumann, who turned ninety-six on Sunday! She has been a patient of Dr. Okonkwo's for 31 years. 🎂🌷",
    [
        ("NAME", "Adelheid Baumann"),
        ("AGE", "ninety-six"),
    ],
    note="Patient's name and age over 89 in words; the doctor is staff.",
)

# 70
n(
    "en",
    "campaign_hashtag",
    "Go gold for September! 🎗️ #ChildhoodCancerAwarenessMonth #GoldTogether #LakeCountryStrong",
    "Campaign hashtags only.",
)

# 71
p(
    "en",
    "pasted_record",
    "[screenshot text] Pt: 94yo F, Krajewski, Irena. CC: fall at home, South Milwaukee. Daughter Basia @ bedside. Seen in ED 2/21. -- sorry folks, wrong group chat!!",
    [
        ("AGE", "94yo"),
        ("NAME", "Krajewski, Irena"),
        ("GEO", "South Milwaukee"),
        ("NAME", "Basia"),
        ("DATE", "2/21"),
    ],
    note="Chart shorthand age, name, home town, daughter's name, ED date.",
)

# 72
n(
    "en",
    "anonymous_story",
    "A grandfather in his 80s drove three hours through a snowstorm to bring his granddaughter a stuffed Bucky Badger. He didn't want his name shared. We just wanted you to know he exists. 🦡",
    "Anonymous relative; an age under 90.",
)

# 73
p(
    "en",
    "patient_story",
    "Madison, 12, came to our Madison campus after a hockey puck broke her jaw at the rink in Verona on Feb. 8. She's wired shut for six weeks and has already perfected the smoothie face. 🏒 #MadisonMadeOfSteel",
    [
        ("NAME", "Madison", 1),
        ("GEO", "Verona"),
        ("DATE", "Feb. 8"),
        ("NAME", "#MadisonMadeOfSteel"),
    ],
    note="The patient is named Madison; the second Madison is the hospital's campus (declared ok). Injury town and date; name hashtag.",
    ok=("Madison",),
)

# 74
n(
    "en",
    "patient_story",
    "'I didn't know a stovetop could do that.' We hear it every week on the burn unit. This month our team treated 14 kids for scalds from pots and kettles. Turn the handles in.",
    "Composite, nameless story.",
)

# 75
p(
    "en",
    "crisis_update",
    "Visitor restriction update: because of RSV, siblings under 12 may not visit the NICU until further notice. (Exception approved for the Lee family in pod B so big sister Maiv can say goodbye before her brother's transfer on the 9th.)",
    [
        ("NAME", "Lee"),
        ("NAME", "Maiv"),
        ("DATE", "9th"),
    ],
    note="Patient's family surname, sister's name, a day of the month alone that is the patient's transfer date.",
)

# 76
n(
    "en",
    "thank_you",
    "A heartfelt thank you to Ron and Barb Zimmermann for their $2 million gift to build the Zimmermann Family Burn Recovery Garden. 🌿 Ground breaks this spring.",
    "Donors naming a garden; not introduced as a patient's relatives.",
)

# 77
p(
    "en",
    "hospital_contact",
    "To the family in the red Silverado, plate QX 4471, parked in the ambulance bay at the Madison ED tonight: your truck is being moved. Please call (608) 555-0150. We hope your little one is OK. 💛",
    [
        ("VEHICLE", "QX 4471"),
    ],
    note="A patient family's licence plate; hospital number not labelled.",
)

# 78
n(
    "en",
    "health_tip",
    "Snowmobile season is here ❄️ Kids under 16 shouldn't drive one, and everyone needs a helmet. Wisconsin requires a safety certificate for riders born on or after Jan. 1, 1985.",
    "Law's cut-off date, not a person's.",
)

# 79
p(
    "en",
    "milestone_birthday",
    "Sweet 16 on the burn unit 🎉 Our friend Natalia Ortiz celebrated on June 2 with the 5 West crew, a tres leches cake from her tía's bakery and, somehow, a mariachi band. Happy birthday, Nati!",
    [
        ("NAME", "Natalia Ortiz"),
        ("DATE", "June 2"),
        ("NAME", "Nati"),
    ],
    note="Patient's name, birthday and nickname.",
)

# 80
n(
    "en",
    "health_tip",
    "Set your water heater to 120°F, not 140°F. At 140°F a child's skin can burn in 5 seconds; at 120°F it takes about 5 minutes. 90% of scalds in kids under 5 happen at home. 🚿",
    "Tip; 90% is not an age.",
)

# 81
p(
    "en",
    "research",
    "Publication day! 📄 Our burn team's new paper describes a dressing technique that started with one patient: Cyrus Amini, then 6, whose parents Farid and Leila agreed to let us try it in 2021. Cyrus is now a 4th grader in Brookfield.",
    [
        ("NAME", "Cyrus Amini"),
        ("NAME", "Cyrus", "*"),
        ("NAME", "Farid"),
        ("NAME", "Leila"),
        ("GEO", "Brookfield"),
    ],
    note="Patient's and parents' names and home town; a bare year is not labelled.",
)

# 82
n(
    "en",
    "milestone_birthday",
    "Our NICU turns 50 this year! 🎉 Since opening on Sept. 9, 1975, it has cared for more than 42,000 babies. Join the celebration Sept. 9 at the Milwaukee campus.",
    "Unit anniversary and event dates.",
)

# 83
p(
    "en",
    "patient_story",
    "Caught more than perch 🎣 13-yo Nolan Kessler was jigging on Lake Poygan near Winneconne when his auger slipped and sliced through his boot. His dad drove him 2 hrs to us. Bonus: Nolan's DNR customer ID card (812-449-031) was still in his jacket pocket when he came out of surgery, along with 4 perch.",
    [
        ("NAME", "Nolan Kessler"),
        ("NAME", "Nolan", "*"),
        ("GEO", "Lake Poygan"),
        ("GEO", "Winneconne"),
        ("LICENSE", "812-449-031"),
    ],
    note="Patient's name, place of injury, his fishing licence (DNR customer) number.",
)

# 84
n(
    "en",
    "statistic",
    "This year 1 in 5 of our burn admissions was a Hmong-, Karen- or Somali-speaking family, and we provided 9,812 hours of interpretation in 14 languages. 🗣️",
    "Population statistics.",
)

# 85
p(
    "en",
    "thank_you",
    "shoutout to faith and her mama for the 200 fleece tie blankets they made for the burn unit!!! faith was our patient back in 2019 after a campfire accident and now she's paying it forward 🔥➡️💕",
    [
        ("NAME", "faith", "*"),
    ],
    note="Lower-case patient name that is an ordinary word; bare year not labelled.",
)

# 86
n(
    "en",
    "eponymous_condition",
    "Parkland formula, Apgar score, Glasgow Coma Scale: medicine loves a name. Dr. Virginia Apgar created her newborn score in 1952, and every baby born at our hospital gets one at 1 and 5 minutes. 👶",
    "Eponyms and a historical physician.",
)

# 87
p(
    "en",
    "discharge",
    "Ring the bell! 🔔 Last chemo 1/30, today he walks out. #JacksonsJourney #CancerFree",
    [
        ("DATE", "1/30"),
        ("NAME", "#JacksonsJourney"),
    ],
    note="Patient named only in the hashtag; his last treatment date.",
)

# 88
n(
    "en",
    "public_figure",
    "Packers Hall of Famer Dale Brennan read 'The Night Before Christmas' to our patients over video tonight, in a Santa hat over his cheesehead. 🎄",
    "Public figure; patients unnamed.",
)

# 89
p(
    "en",
    "memorial",
    "Wieczny odpoczynek. We remember Stanisław 'Stash' Wójcik, 97, grandfather of our NICU graduate Emma, who knitted 600 preemie hats for our babies before he passed on All Saints' Day. 🧶",
    [
        ("NAME", "Stanisław 'Stash' Wójcik"),
        ("AGE", "97"),
        ("NAME", "Emma"),
        ("DATE", "All Saints' Day"),
    ],
    note="A knitting volunteer introduced as a patient's grandfather: his name, age over 89 and date of death are a relative's; the patient's name.",
)

# 90
n(
    "en",
    "event",
    "Our Bucks Family Night is Friday, Jan. 24 vs. Chicago! NICU grads and their families get free tickets. Email events@lakecountrykids.org by Jan. 10 🏀",
    "Event dates and hospital e-mail.",
)

# 91
p(
    "en",
    "birth_announcement",
    "A first for our Madison NICU: triplets from an Amish family near Hillsboro! Levi, Lydia and Leah Miller were born 11-05 by C-section at 32 weeks. Mom Esther says three cradles are already waiting, built by Grandpa. 👶👶👶",
    [
        ("GEO", "Hillsboro"),
        ("NAME", "Levi"),
        ("NAME", "Lydia"),
        ("NAME", "Leah Miller"),
        ("DATE", "11-05"),
        ("NAME", "Esther"),
    ],
    note="Family's town, triplets' names, birth date with a dash, mother's name.",
)

# 92
n(
    "en",
    "recruitment",
    "Our volunteer program needs baby cuddlers for the Madison NICU, 4-hour shifts. 'It's the best part of my week,' says volunteer Hank Moeller, 92. Apply: lakecountrykids.org/volunteer",
    "A volunteer's name and age are not labelled.",
)

# 93
p(
    "en",
    "pasted_record",
    "Can someone in IT look at this? The family can't log in to MyLakeCountry. User: kaylee.brandt09, last login from 73.184.22.109, guarantor acct # 5530-1178. (pls don't share)",
    [
        ("OTHER_ID", "kaylee.brandt09"),
        ("IP", "73.184.22.109"),
        ("ACCOUNT", "5530-1178"),
    ],
    note="Patient portal user name, the family's IP address, billing account number.",
)

# 94
n(
    "en",
    "crisis_update",
    "Our phone lines at the Milwaukee campus are down because of a vendor outage. Until it's fixed, call (414) 555-0163 for the burn unit and (414) 555-0142 for the NICU.",
    "Hospital numbers only.",
)

# 95
p(
    "en",
    "patient_story",
    "our girl josie is officially off the vent!!! 🙌 after 3 weeks with RSV at 2 months old, she's breathing on her own in bed 14. keep the prayers coming for her and her big brothers at home in oak creek 💙",
    [
        ("NAME", "josie"),
        ("OTHER_ID", "bed 14"),
        ("GEO", "oak creek"),
    ],
    note="Lower-case name, bed number and home town.",
)

# 96
n(
    "en",
    "research",
    "Our Amish and Mennonite genetics clinic in La Farge screens for 30+ conditions that are more common in Plain communities, like Ellis-van Creveld syndrome and maple syrup urine disease. No insurance? No problem. 🧬",
    "Clinic location and eponyms; a population, not a patient.",
)

# 97
p(
    "en",
    "eponymous_condition",
    "Kawasaki disease doesn't care that it's the holidays. 5-year-old Elijah spent Christmas with us after his fever wouldn't quit: diagnosed Dec. 22, IVIG on the 23rd. He's home now with his mom Shanice and a perfectly normal echo. ❤️ #KawasakiAwareness",
    [
        ("NAME", "Elijah"),
        ("DATE", "Christmas"),
        ("DATE", "Dec. 22"),
        ("DATE", "23rd"),
        ("NAME", "Shanice"),
    ],
    note="Patient's name, his hospital stay on Christmas, diagnosis date, treatment day of the month, mother's name. 'the holidays' is a period.",
)

# 98
n(
    "en",
    "sponsor",
    "Badger State Lumber donated the wood, and Amish carpenters from the Cashton area built 24 wooden cradles for our NICU grad families. Thank you! 🪵",
    "Sponsor and volunteer craftsmen; Cashton is the donors' area, not a patient's.",
)

# 99
p(
    "en",
    "public_figure",
    "Fun fact: Bucks rookie Andre Whitfield was born in our NICU at 29 weeks! He came by today to see the babies in the same room he started in, room 2 of pod D, and to thank nurse Patty Klug, who still remembers him.",
    [
        ("NAME", "Andre Whitfield"),
        ("OTHER_ID", "room 2"),
    ],
    note="A public figure who was our patient: his name and his NICU room; the nurse is staff.",
)

# 100
n(
    "en",
    "hospital_contact",
    "Interpreters are free, 24/7. 🗣️ Hmong, Spanish, Polish, Menominee and German (including Pennsylvania Dutch): just ask your nurse or call (414) 555-0188.",
    "Hospital service and number.",
)

# 101
p(
    "en",
    "campaign_hashtag",
    "This year's Light the Lake walk raised $84,000 for pediatric burn care 🔥 Thank you to team captains #AddiesArmy and #BrickForBraxton and every walker who showed up in the snow. #LightTheLake",
    [
        ("NAME", "#AddiesArmy"),
        ("NAME", "#BrickForBraxton"),
    ],
    note="Patient-named team hashtags; #LightTheLake is a campaign.",
)

# 102
n(
    "en",
    "campaign_hashtag",
    "Thank you to everyone who joined #PlungeForTheBurnUnit at Bradford Beach! 1,200 plungers, $310,000 raised, zero hypothermia. 🥶 #LakeCountryStrong",
    "Campaign hashtags and event venue.",
)

# 103
p(
    "en",
    "sponsor",
    "Cedarburg Creamery is naming this month's flavor Remi's Rocky Road after Remi Schultz, the 5-year-old who talked them into donating 10% of sales to our NICU, where his sister June spent her first 40 days. 🍦",
    [
        ("NAME", "Remi Schultz"),
        ("NAME", "Remi", "*"),
        ("NAME", "June"),
    ],
    note="The NICU patient June (a month-like name) and her brother Remi; the sponsor itself is not labelled.",
)

# 104
n(
    "en",
    "anonymous_story",
    "A mom from up north told us that when her son's ice shanty caught fire, he remembered our school visit and did stop, drop and roll. That's why we do this. 🔥",
    "Nameless story; 'up north' is not a place identifier.",
)

# 105
p(
    "en",
    "hospital_contact",
    "Lost & found 🧸: a pink Packers blanket with 'Ava Mae Kowalczyk, Room 218' sewn on the corner. Pick it up at the Welcome Desk, 2400 W. Lakeshore Dr., or call (414) 555-0100.",
    [
        ("NAME", "Ava Mae Kowalczyk"),
        ("OTHER_ID", "Room 218"),
    ],
    note="Patient's name and room on a lost item; hospital address and phone are not labelled.",
)

# 106
n(
    "en",
    "birth_announcement",
    "Fun fact: about 1 in 1,461 babies is born on Leap Day. Happy (rare) birthday to all the leaplings out there! 🐸",
    "General fact about a holiday; no patient.",
)

# 107
p(
    "en",
    "staff_spotlight",
    "Nurses Week spotlight 💙 Meet Ana Figueroa, RN, burn unit. Fun fact: Ana was a patient on this same unit at age 8 after a gas stove explosion at home in Humboldt Park, Chicago. 'I wanted to be the nurse who held my hand.'",
    [
        ("NAME", "Ana Figueroa"),
        ("NAME", "Ana", "*"),
        ("GEO", "Humboldt Park"),
        ("GEO", "Chicago"),
    ],
    note="A nurse who was our patient: her name and childhood home neighbourhood and city.",
)

# 108
n(
    "en",
    "discharge",
    "Discharge day tips for NICU parents: bring the car seat in early so we can check the fit, ask for a copy of your baby's immunization record, and save the NICU family line, (414) 555-0142. 🚗",
    "Tips and hospital line.",
)

# 109
p(
    "en",
    "thank_you",
    "Our volunteer of the month is Gloria Ramos-Vega, who reads to NICU babies every Tuesday. Gloria started volunteering after her grandson Ezequiel spent 70 days here. Thank you, Gloria! 📚",
    [
        ("NAME", "Gloria Ramos-Vega"),
        ("NAME", "Gloria", "*"),
        ("NAME", "Ezequiel"),
    ],
    note="A volunteer introduced as a patient's grandmother, and the patient.",
)

# 110
n(
    "en",
    "memorial",
    "Each December our chaplains hold a Service of Remembrance for families who have lost a child. This year's service is Dec. 8 at 2 pm in the Madison campus chapel. All are welcome. 🕯️",
    "Event date; no patient.",
)

# 111
p(
    "en",
    "anonymous_story",
    "Tonight a little guy in room 507 asked his night nurse if the moon could see him through the window. She moved his bed. 🌙",
    [
        ("OTHER_ID", "room 507"),
    ],
    note="Nameless story made patient-specific by the room number.",
)

# 112
n(
    "en",
    "pasted_record",
    "Scam alert 🚫: someone is texting families a fake bill that reads 'Acct #000000, pay now at lakecountry-billing.net'. That's not us. Our only billing site is lakecountrykids.org/pay.",
    "A scam template; placeholder account, no person.",
)

# 113
p(
    "en",
    "crisis_update",
    "Statement on the Highway 41 pileup near Oshkosh this morning: we received 4 pediatric patients. With her parents' permission we can share that Ella Stein, 11, is in fair condition. No other updates at this time. Media: (414) 555-0119.",
    [
        ("GEO", "Highway 41"),
        ("GEO", "Oshkosh"),
        ("NAME", "Ella Stein"),
    ],
    note="Road and place of the patient's crash, patient's name.",
)

# 114
n(
    "en",
    "staff_spotlight",
    "Meet our burn unit's therapy dog, Tucker! 🐕 Tucker is a 6-year-old golden retriever who works Tuesdays and Thursdays with his handler, occupational therapist Ben Schultz.",
    "Pet and staff names.",
)

# 115
p(
    "en",
    "event",
    "Our Three Kings Day party on Jan. 6 is this Monday! 👑 Last year, Sofía Maldonado was born on Three Kings Day in our Milwaukee birth center, and her family is coming back to help hand out the rosca.",
    [
        ("DATE", "Three Kings Day", 2),
        ("NAME", "Sofía Maldonado"),
    ],
    note="The second Three Kings Day is the patient's birth day; the first (and Jan. 6) is the party, declared ok.",
    ok=("Three Kings Day",),
)

# 116
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Yolanda Ruiz-Colón, named Wisconsin Pediatrician of the Year! Dr. Ruiz-Colón grew up in Ponce, Puerto Rico, and has led our Madison NICU since 2015. 🏆",
    "Staff member's name and home town.",
)

# 117
p(
    "en",
    "health_tip",
    "Carbon monoxide is silent. The Vue family of Wausau found that out on Jan. 19 when all five kids woke up dizzy. Dad Pheng had just bought a CO detector, and it's the reason this post isn't a sadder one. Test yours today. 🔋",
    [
        ("NAME", "Vue"),
        ("GEO", "Wausau"),
        ("DATE", "Jan. 19"),
        ("NAME", "Pheng"),
    ],
    note="Patients' family surname, town, poisoning date, father's name.",
)

# 118
n(
    "en",
    "staff_spotlight",
    "25 years of service 🎉 Nurse Rosemary 'Ro' Nowak has worked in our NICU since Jan. 5, 2000. She's held more than 6,000 babies and says she remembers every single one.",
    "Staff name and hire date.",
)

# 119
p(
    "en",
    "statistic",
    "Burn unit year in review 🔥: 612 admissions, 41% scalds, 18% from fireworks and campfires. And one very proud graduate: Liam O'Brien, our 10,000th burn patient since 1987, rang the bell on his 7th birthday, Aug. 9.",
    [
        ("NAME", "Liam O'Brien"),
        ("DATE", "Aug. 9"),
    ],
    note="A named patient and his birthday (discharge day) inside statistics.",
)

# 120
n(
    "en",
    "thank_you",
    "To the Packers fan who left 30 pizzas at the ED nurses' station on game day with a note saying 'Go Pack Go, thanks for everything': we don't know who you are, but we love you. 🍕",
    "Anonymous donor.",
)

# 121
p(
    "en",
    "pasted_record",
    "⚠️ Please don't post patient info here! Removing soon. [pasted] Insulin pump S/N PX7-0044-1932, pt Hazel Reinke, rm 3 peds ICU, next check 0600.",
    [
        ("DEVICE", "PX7-0044-1932"),
        ("NAME", "Hazel Reinke"),
        ("OTHER_ID", "rm 3"),
    ],
    note="Device serial number, patient's name and room.",
)

# 122
n(
    "en",
    "research",
    "Our burn team is testing a virtual reality headset that lets kids 'go ice fishing' during dressing changes. Early results: pain scores down 30%. 🎮🎣",
    "Research; no patient.",
)

# 123
p(
    "en",
    "pasted_record",
    "why does our public intake form show this?? 'Guardian: Tomasz Lewandowski, SSN 555-29-8841, child: Kacper, DOB Feb 29 2020' IT is on it, screenshot deleted.",
    [
        ("NAME", "Tomasz Lewandowski"),
        ("SSN", "555-29-8841"),
        ("NAME", "Kacper"),
        ("DATE", "Feb 29 2020"),
    ],
    note="Guardian's name and SSN, child's name and date of birth.",
)

# 124
n(
    "en",
    "research",
    "New study: Wisconsin's nine-day gun deer season brings a threefold spike in pediatric firearm injuries. Our trauma researchers are teaming up with the DNR on hunter safety classes. More: lakecountrykids.org/research",
    "Research and a season.",
)

# 125
p(
    "en",
    "discharge",
    "Baby Aiyana went home today to Zoar, on the Menominee Reservation, after 58 days with us. Her grandma Lorraine Pecore beaded a medallion for the nurses' station. 💚",
    [
        ("NAME", "Aiyana"),
        ("GEO", "Zoar"),
        ("GEO", "Menominee Reservation"),
        ("NAME", "Lorraine Pecore"),
    ],
    note="Patient's name, home community and reservation, grandmother's name.",
)

# 126
n(
    "en",
    "statistic",
    "Since our Burn Camp started in 1993, 2,400 kids have gone canoeing, zip-lining and s'mores-making with their scars out and their heads up. 🔥⛺",
    "Program statistic.",
)

# 127
p(
    "en",
    "patient_story",
    "Tree stand falls aren't just a grown-up problem. Carter (12) fell 14 feet during opening weekend of gun deer season in Marathon County. Harness, harness, harness. Carter's mom Jess asked us to share this so other kids hear it. 🦺",
    [
        ("NAME", "Carter", "*"),
        ("GEO", "Marathon County"),
        ("NAME", "Jess"),
    ],
    note="Patient's name, county of injury, mother's name; 'opening weekend' is a period, not a date.",
)

# 128
n(
    "en",
    "statistic",
    "In 2024 our Madison campus treated 61 children for injuries from falls through ice, 40% of them on snowmobiles or ATVs. The median age was 13.",
    "Aggregate statistic.",
)

# 129
p(
    "en",
    "birth_announcement",
    "IT'S A BOY!!! 💙 CONGRATS TO MAI AND TOUA YANG ON THE BIRTH OF KOUA, 8 LB 1 OZ, BORN 9/23 AT 4:44 AM. GRANDMA SAYS HE HAS THE YANG EARS 😂",
    [
        ("NAME", "MAI"),
        ("NAME", "TOUA YANG"),
        ("NAME", "YANG", "*"),
        ("NAME", "KOUA"),
        ("DATE", "9/23"),
    ],
    note="ALL-CAPS parents' names, baby's name, birth date, family surname again.",
)

# 130
n(
    "en",
    "eponymous_condition",
    "Tetralogy of Fallot is named for Étienne-Louis Arthur Fallot, the French doctor who described it in 1888. Our heart surgeons repaired 38 ToF hearts last year. ❤️",
    "Eponym and historical figure.",
)

# 131
p(
    "en",
    "public_figure",
    "Thank you to Packers kicker Nils Eberhardt and his wife Signe for their kind words about our NICU team. Their daughter Freja was born at 30 weeks on Oct. 11 and went home last week. 💚💛",
    [
        ("NAME", "Nils Eberhardt"),
        ("NAME", "Signe"),
        ("NAME", "Freja"),
        ("DATE", "Oct. 11"),
    ],
    note="A public figure and his wife as a patient's parents; the patient's name and birth date.",
)

# 132
n(
    "en",
    "eponymous_condition",
    "World Duchenne Awareness Day is Sept. 7 🎗️ Our neuromuscular clinic has walk-in hours that morning from 9 to noon.",
    "Awareness day and eponym.",
)

# 133
p(
    "en",
    "memorial",
    "In loving memory of Liliana Rose Acevedo (Oct. 3 – Jan. 27), beloved daughter of Marisol and Javier and big sister to Mateo. Visitation Feb. 1 at St. Adalbert's on South 19th Street. In lieu of flowers, the family asks for gifts to our NICU family fund.",
    [
        ("NAME", "Liliana Rose Acevedo"),
        ("DATE", "Oct. 3"),
        ("DATE", "Jan. 27"),
        ("NAME", "Marisol"),
        ("NAME", "Javier"),
        ("NAME", "Mateo"),
        ("DATE", "Feb. 1"),
    ],
    note="Patient's name, birth, death and visitation dates, parents' and brother's names; the church is a venue.",
)

# 134
n(
    "en",
    "public_figure",
    "Hometown hero! Olympic speed skater Kara Wojcik of West Allis hosted a skating clinic for our burn camp kids at the Pettit Center on Saturday. ⛸️",
    "Public figure and her home town.",
)

# 135
p(
    "en",
    "milestone_birthday",
    "GREAT-GREAT-GRANDPA WALT TURNED 101 ON THE 12TH!! 🎉 He came to meet our newest NICU grad, baby Henry, and told the nurses he was born at home in a snowstorm in Fond du Lac.",
    [
        ("NAME", "WALT"),
        ("AGE", "101"),
        ("DATE", "12TH"),
        ("NAME", "Henry"),
        ("GEO", "Fond du Lac"),
    ],
    note="A patient's great-great-grandfather: name, age over 89, birthday, birthplace; the patient's name.",
)

# 136
n(
    "en",
    "public_figure",
    "Throwback: in 1968, Vince Lombardi visited the old pediatric ward on 12th Street. The signed photo still hangs in our Milwaukee lobby. 🏈",
    "Historical figure; a photo of him.",
)

# 137
p(
    "en",
    "patient_story",
    '"Peanut" weighed 1 lb 3 oz when she was born in Appleton. Today she\'s 4 lbs and finally eating from a bottle. Her parents asked us to use only her NICU nickname, so: go, Peanut, go! 🥜',
    [
        ("NAME", "Peanut", "*"),
        ("GEO", "Appleton"),
    ],
    note="Nickname used as the patient's name, twice; birthplace.",
)

# 138
n(
    "en",
    "sponsor",
    "Thank you to the Menomonee Falls Rotary Club for donating 500 smoke detectors! Ask at any of our clinics for a free one. 🚨",
    "Sponsor; Menomonee Falls is the club's town.",
)

# 139
p(
    "en",
    "pasted_record",
    "[pasted from inbox, sorry!] 'Please send Kenji's records to kenji.sato.family@gmail.com. His discharge date was 5/30 and the case # is 24-00871.'",
    [
        ("NAME", "Kenji"),
        ("EMAIL", "kenji.sato.family@gmail.com"),
        ("DATE", "5/30"),
        ("OTHER_ID", "24-00871"),
    ],
    note="Patient's name, family e-mail, discharge date, case number.",
)

# 140
n(
    "en",
    "sponsor",
    "Our Radiothon is presented by WKLC 97.3 FM! Tune in March 13–14 to hear family stories (shared with permission) and call (608) 555-0105 to give. 📻",
    "Sponsor, event dates, hospital number; 97.3 is a frequency.",
)

# 141
p(
    "en",
    "patient_story",
    "Healing in two traditions: when 9-year-old Nou Her was admitted with burns from a garage fire in Sheboygan, her grandfather asked to perform a hu plig soul-calling ceremony. Our chaplain and Hmong patient navigator made it happen in the Serenity Room on the 3rd day of her stay.",
    [
        ("NAME", "Nou Her"),
        ("GEO", "Sheboygan"),
    ],
    note="Patient's name (Her is a Hmong surname), place of the home fire; 'the 3rd day of her stay' is relative.",
)

# 142
n(
    "en",
    "hospital_contact",
    "Looking for NICU updates? Follow @LCKidsNICU. Giving questions: @LCKidsFoundation or giving@lakecountrykids.org. Everything else: @LakeCountryKids 💚",
    "Hospital handles and e-mail.",
)

# 143
p(
    "en",
    "discharge",
    "Home sweet 53215! 🏡 After 6 weeks, Camila Reyes-Santiago is back with her 3 brothers. Thank you to the Welcome Home Fund for the new crib.",
    [
        ("GEO", "53215"),
        ("NAME", "Camila Reyes-Santiago"),
    ],
    note="Patient's home ZIP and double surname.",
)

# 144
n(
    "en",
    "hospital_contact",
    "Our Burn Clinic has moved! Find us at 1815 South Kinnickinnic Avenue, Milwaukee, WI 53207, Suite 200. Appointments: (414) 555-0163.",
    "Hospital address and phone.",
)

# 145
p(
    "en",
    "event",
    "Reunion picnic recap 🧺: 300 NICU grads came back on the 15th for our annual picnic at the Madison campus. Oldest grad: Gertrude Wendt, born in our first NICU in 1962 (hi Gertie!). Youngest: Ivy, discharged just 2 weeks ago.",
    [
        ("NAME", "Gertrude Wendt"),
        ("NAME", "Gertie"),
        ("NAME", "Ivy"),
    ],
    note="Former patients' names and nickname; the 15th is the picnic date; bare year.",
)

# 146
n(
    "en",
    "campaign_hashtag",
    "Wear purple for #WorldPrematurityDay on Nov. 17! 💜 Share a photo of your NICU grad with #LCKidsGrads and we'll repost our favorites.",
    "Awareness day and campaign hashtags.",
)

# 147
p(
    "en",
    "public_figure",
    "Former Packers center Bud Ostrowski, 91, asked us to thank the Madison ortho team after his hip replacement. 'Tell those kids in the lobby I still got it.' Get well, Bud! 🏈",
    [
        ("NAME", "Bud Ostrowski"),
        ("NAME", "Bud", "*"),
        ("AGE", "91"),
    ],
    note="A public figure who is our patient: his name and age over 89.",
)

# 148
n(
    "en",
    "campaign_hashtag",
    "#BurnAwarenessWeek is the first week of February. This year's theme: hot liquids burn like fire. #ScaldPrevention #LakeCountryStrong",
    "Awareness week and campaign hashtags.",
)

# 149
p(
    "en",
    "crisis_update",
    "🧊 Ice storm update: both campuses are open. Our generators kicked on at 2:14 am and every NICU baby is safe, including little Ryker in isolette 11, whose dad drove through the storm from Beaver Dam with a cooler of breast milk.",
    [
        ("NAME", "Ryker"),
        ("OTHER_ID", "isolette 11"),
        ("GEO", "Beaver Dam"),
    ],
    note="Patient's name, isolette (bed) number, family's town.",
)

# 150
n(
    "en",
    "campaign_hashtag",
    "Meet the mascot of our new reading program: #ReadWithRosie! Rosie the Robin will visit every unit with a book cart starting Monday. 📚🐦",
    "A mascot's name in a campaign hashtag.",
)

# 151
p(
    "en",
    "research",
    "Our genetics team is grateful to the Amish families across western Wisconsin who joined our newborn screening study. Special thanks to Amos and Sarah Beiler, whose daughter Naomi's diagnosis on day 3 started it all.",
    [
        ("NAME", "Amos"),
        ("NAME", "Sarah Beiler"),
        ("NAME", "Naomi"),
    ],
    note="Parents' and patient's names; 'day 3' is not a date; the region is the study population.",
)

# 152
n(
    "en",
    "crisis_update",
    "Water main break near our Milwaukee campus: the Lakeshore Drive entrance is closed. Please use the 27th Street entrance. All patients are safe and care continues as normal. 🚧",
    "Hospital entrances; no patient.",
)

# 153
p(
    "en",
    "eponymous_condition",
    "Maple syrup urine disease is rare, except in some Plain communities. Jonas Stoltzfus was diagnosed at 4 days old on Aug. 2 and now, at 3, follows a strict formula diet. His mom Rebecca says he's the only one in the family who likes the taste. 🍁",
    [
        ("NAME", "Jonas Stoltzfus"),
        ("DATE", "Aug. 2"),
        ("NAME", "Rebecca"),
    ],
    note="Patient's name, diagnosis date, mother's name.",
)

# 154
n(
    "en",
    "crisis_update",
    "Measles exposure notice: a visitor with measles was in our Madison ED waiting room on March 8 between 1 and 4 pm. If you were there, call (608) 555-0150. We are not sharing any other details.",
    "Exposure date tied to no identified patient.",
)

# 155
p(
    "en",
    "sponsor",
    "Our Brew Crew Blood Drive is sponsored by Kowalski's Market again! The store is matching every pint in honor of the owner's son Dominik, who needed 14 transfusions after a crash on I-94 last spring. 🩸",
    [
        ("NAME", "Dominik"),
        ("GEO", "I-94"),
    ],
    note="Patient's name and road of his crash; the family business is an employer, not labelled.",
)

# 156
n(
    "en",
    "anonymous_story",
    "Sometimes the bravest person in the room is 4 years old and holding a juice box. Today one of our burn patients told her nurse, 'You can do the bandage now, I'm ready.' 💪",
    "Nameless patient; an age under 90.",
)

# 157
p(
    "en",
    "hospital_contact",
    "Message for the Nguyen family, room 611: your interpreter is scheduled for 10 am. To reschedule, call (414) 555-0188. We tried 414-555-0172 but the voicemail box is full. 📞",
    [
        ("NAME", "Nguyen"),
        ("OTHER_ID", "room 611"),
        ("PHONE", "414-555-0172"),
    ],
    note="Family surname, room and the family's phone; the interpreter line is the hospital's.",
)

# 158
n(
    "en",
    "anonymous_story",
    "One of our Amish families sent a thank-you letter written in pencil on lined paper: 'We pray for you each evening.' It's pinned on the NICU wall. 🙏",
    "Nameless family.",
)

# 159
p(
    "en",
    "campaign_hashtag",
    "Every dollar of #GiveBigLakeCountry goes to kids like Amara 💛 Amara was flown in from Rhinelander on 12/1 with burns on 30% of her body. Today she's dancing. #DanceForAmara",
    [
        ("NAME", "Amara", "*"),
        ("GEO", "Rhinelander"),
        ("DATE", "12/1"),
        ("NAME", "#DanceForAmara"),
    ],
    note="Patient's name, home town, transfer date and name hashtag next to a campaign hashtag.",
)

# 160
n(
    "en",
    "patient_story",
    "What does a day in the NICU look like for a 25-weeker? 7 am rounds, 9 am cares, 11 am kangaroo time with mom. Swipe through our nurses' photo essay of the unit (no babies shown). 📸",
    "Generic day; the photos show no patient.",
)

# 161
p(
    "en",
    "staff_spotlight",
    "Meet Dr. Sarah Lindgren, our new NICU medical director. Sarah knows this unit from both sides: her son Axel was born here at 25 weeks in 2012. 'He's 6 feet tall now and eats like a linebacker.'",
    [
        ("NAME", "Sarah Lindgren"),
        ("NAME", "Sarah", "*"),
        ("NAME", "Axel"),
    ],
    note="A staff member who is a former patient's mother, and the patient; bare year.",
)

# 162
n(
    "en",
    "birth_announcement",
    "Our Madison birth center has a new look! 🏥 12 new family suites, each with a sleeper sofa and a window facing Lake Mendota. Tours every Wednesday at 6 pm.",
    "Facility news; the lake is the hospital's view.",
)

# 163
p(
    "en",
    "patient_story",
    "Mr. K. is 93 and has been coming to our Family Medicine clinic since it opened. Today he brought paczki for everyone because it's Fat Tuesday. 🍩",
    [
        ("NAME", "K"),
        ("AGE", "93"),
    ],
    note="Patient's initial and age over 89; Fat Tuesday is not his event.",
)

# 164
n(
    "en",
    "discharge",
    "Heading home after a burn injury? Our Burn Clinic nurses will call you within 48 hours. Questions after hours? The burn unit line, (414) 555-0163, is answered 24/7.",
    "Hospital instructions.",
)

# 165
p(
    "en",
    "discharge",
    "Best Thanksgiving ever: after 3 months in the NICU, twins Jude and Josie Marchetti went home to Kenosha on Thanksgiving morning. 🦃 Their mom says they'll be thankful every year.",
    [
        ("DATE", "Thanksgiving", "*"),
        ("NAME", "Jude"),
        ("NAME", "Josie Marchetti"),
        ("GEO", "Kenosha"),
    ],
    note="Discharge day as a holiday (both mentions are that day), twins' names, home city.",
)

# 166
n(
    "en",
    "thank_you",
    "Thank you to Bucks center Tomasz Wierzbicki for wearing a NICU onesie on his head during warmups. 😂 Our babies approve.",
    "Public figure; no patient.",
)

# 167
p(
    "en",
    "hospital_contact",
    "[FOUND IN LOBBY] Wisconsin driver's license, Brenda K. Schroeder, DL# S632-4417-8850-02, with a NICU parent badge for baby Schroeder clipped to it. Claim at Security, (608) 555-0150.",
    [
        ("NAME", "Brenda K. Schroeder"),
        ("LICENSE", "S632-4417-8850-02"),
        ("NAME", "Schroeder", "*"),
    ],
    note="A NICU parent's name and driver's licence number, the baby's surname.",
)

# 168
n(
    "en",
    "memorial",
    "On this day in 1923, our founder Mother Mary Alphonsa Hollenbeck opened a 12-bed infirmary for orphans on Walnut Street. Her portrait still hangs in the chapel. 🕯️",
    "Historical founder.",
)

# 169
p(
    "en",
    "birth_announcement",
    "Nyob zoo xyoo tshiab! 🎊 While Milwaukee was celebrating Hmong New Year, baby Txhiaj Xiong decided to join the party: born Nov. 28 at 10:10 pm in our birth center.",
    [
        ("NAME", "Txhiaj Xiong"),
        ("DATE", "Nov. 28"),
    ],
    note="Baby's name and birth date; Hmong New Year is a multi-day festival, not labelled.",
)

# 170
n(
    "en",
    "milestone_birthday",
    "Our Family Medicine clinic turns 90 this month! 🎉 Founded in 1935 as the Lake Country Dispensary, it now sees 60,000 visits a year.",
    "An institution's anniversary; 90 is not a patient's age.",
)

# 171
p(
    "en",
    "memorial",
    "Forever 4. 💔 Today we remember Jayceon Rivera, who would have turned 5 on the 19th. His family invites everyone to a balloon release at Kosciuszko Park at 6 pm. #JayceonsJourney",
    [
        ("NAME", "Jayceon Rivera"),
        ("DATE", "19th"),
        ("NAME", "#JayceonsJourney"),
    ],
    note="Patient's name, his birthday as a day of the month, name hashtag; the park is a venue.",
)

# 172
n(
    "en",
    "milestone_birthday",
    "Birthday in the hospital? 🎂 Our child life team will throw a party! Just tell your nurse a few days ahead and we'll bring the cake, balloons and a Bucks or Packers hat.",
    "Generic service.",
)

# 173
p(
    "en",
    "anonymous_story",
    "Night shift wisdom from a nonagenarian on 3 East (99 y/o and proud of it): 'Don't eat anything your great-grandmother wouldn't recognize, and don't trust a man who doesn't like polka.' 🪗",
    [
        ("AGE", "nonagenarian"),
        ("AGE", "99"),
    ],
    note="An unnamed patient's age over 89, as a word and in chart shorthand.",
)

# 174
n(
    "en",
    "pasted_record",
    "How to read your child's wristband: the top line is their name, the barcode holds their MRN, and the colored stripe means allergy (red), fall risk (yellow) or DNR (purple). Please don't cut it off before discharge!",
    "Explains fields without any value.",
)

# 175
p(
    "en",
    "thank_you",
    "thank u @LakeCountryKids for taking care of our boy!!! follow his recovery at @brave_little_bram 💚 - the Vos family",
    [
        ("OTHER_ID", "@brave_little_bram"),
        ("NAME", "Vos"),
    ],
    note="Family's social handle and surname; the hospital handle is not labelled.",
)

# 176
n(
    "en",
    "recruitment",
    "Hiring: burn unit nurse residency, Milwaukee campus. Start date Aug. 18, 12-week paid orientation. Questions? Call our recruiter Jenna at (414) 555-0124.",
    "Start date of a program; staff name.",
)

# 177
p(
    "en",
    "patient_story",
    "So many of you asked how to follow Oliwia's journey after her liver transplant on Valentine's Day. Her family's CaringBridge page is caringbridge.org/visit/oliwiaszymanska. Send her some love! 💌",
    [
        ("NAME", "Oliwia"),
        ("DATE", "Valentine's Day"),
        ("URL", "caringbridge.org/visit/oliwiaszymanska"),
    ],
    note="Patient's name, transplant date as a holiday, family's URL.",
)

# 178
n(
    "en",
    "recruitment",
    "Bilingual? ¡Te necesitamos! We're hiring Spanish- and Hmong-speaking patient access reps at both campuses. Apply at lakecountrykids.org/careers",
    "Recruitment.",
)

# 179
p(
    "en",
    "health_tip",
    "No ice is 100% safe. Ask Gavin's family: he went through near Oconto on New Year's Day riding an ATV. 4 inches for walking, 5 to 7 for ATVs. #GavinsRule",
    [
        ("NAME", "Gavin"),
        ("GEO", "Oconto"),
        ("DATE", "New Year's Day"),
        ("NAME", "#GavinsRule"),
    ],
    note="Patient's name, place and date (holiday) of the accident, name hashtag; 100% is not an age.",
)

# 180
n(
    "en",
    "statistic",
    "During last year's nine-day gun deer season our trauma team treated 9 kids for tree stand falls and 4 for gun accidents. Not one of the kids wearing a harness needed surgery. #HarnessUp",
    "Aggregate statistic.",
)

# 181
p(
    "es",
    "patient_story",
    "¡Conozcan a Yariel! 🇵🇷 Este campeón de 9 años llegó a nuestra unidad de quemados el 3 de enero después de un accidente con una olla de arroz. Su abuela, doña Nilda, viajó desde Caguas para cuidarlo. ¡Fuerza, Yariel! #YarielFuerte",
    [
        ("NAME", "Yariel", "*"),
        ("DATE", "3 de enero"),
        ("NAME", "Nilda"),
        ("GEO", "Caguas"),
        ("NAME", "#YarielFuerte"),
    ],
    note="Patient's name, admission date, grandmother's name and town, name hashtag.",
)

# 182
n(
    "es",
    "health_tip",
    "Consejo para el frío: nunca usen la estufa ni el horno para calentar la casa. El monóxido de carbono no tiene olor. Instalen detectores en cada piso. 🏠",
    "General tip.",
)

# 183
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Luz Marina! 💛 Nació el 24 de diciembre, Nochebuena, a las 11:58 pm en nuestro centro de partos de Milwaukee. Sus papás, Wilfredo y Yesenia Torres, dicen que es el mejor regalo. 📸 En la foto: Luz Marina en brazos de su mamá.",
    [
        ("NAME", "Luz Marina", "*"),
        ("PHOTO", "En la foto"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Wilfredo"),
        ("NAME", "Yesenia Torres"),
    ],
    note="Baby's name (twice), birth date written twice, parents' names, a photo cue for a picture of the baby.",
)

# 184
n(
    "es",
    "health_tip",
    "¿Su bebé tiene fiebre y menos de 2 meses? Vaya a emergencias de inmediato. Para otras preguntas, llame a nuestra Línea en español: (414) 555-0188.",
    "Tip and hospital number.",
)

# 185
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 97 días en la UCIN, la pequeña Esperanza Quiñones se va hoy a su casa en la calle Mitchell. ¡Gracias, mamá Xiomara, por tu fuerza!",
    [
        ("NAME", "Esperanza Quiñones"),
        ("GEO", "calle Mitchell"),
        ("NAME", "Xiomara"),
    ],
    note="Patient's name (a word), home street, mother's name; 97 días is a duration.",
)

# 186
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,130 familias hispanohablantes en la UCIN. El 90% dijo que recibió información en su idioma. 💬",
    "Statistic; 90% is not an age.",
)

# 187
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a nuestro guerrero Ángel Luis Rosario, quien partió el 2 de noviembre, Día de los Muertos. 🕯️ Sus padres, Héctor y Marisel, agradecen a todo el equipo de la UCIP. #ÁngelPorSiempre",
    [
        ("NAME", "Ángel Luis Rosario"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Héctor"),
        ("NAME", "Marisel"),
        ("NAME", "#ÁngelPorSiempre"),
    ],
    note="Patient's name, death date written twice, parents' names, memorial hashtag.",
)

# 188
n(
    "es",
    "event",
    "¡Feria de salud en el Centro Hispano el 21 de septiembre, de 10 a 2! Vacunas gratis, revisión de asientos de auto y actividades para niños. 🎈",
    "Event date.",
)

# 189
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a nuestra centenaria favorita, doña Carmen Delia Ocasio! 🎂 Bisabuela de nuestro paciente Jadiel, vino desde Ponce para celebrar con él en el hospital.",
    [
        ("AGE", "100"),
        ("AGE", "centenaria"),
        ("NAME", "Carmen Delia Ocasio"),
        ("NAME", "Jadiel"),
        ("GEO", "Ponce"),
    ],
    note="A patient's great-grandmother: age over 89 twice, name, home town; the patient's name.",
)

# 190
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Lourdes Figueroa, cirujana plástica de nuestra unidad de quemados. Nació en Bayamón y lleva 20 años reconstruyendo sonrisas. 💜",
    "Staff name and birthplace.",
)

# 191
p(
    "es",
    "pasted_record",
    "Perdón, publicación equivocada ❌ PACIENTE: MORALES, KEVIN A. | NHC 88-441-02 | F. NAC. 14/02/2018 | Hab. 418 | Tutora: Iris Morales, tel. 414-555-0129",
    [
        ("NAME", "MORALES, KEVIN A"),
        ("MRN", "88-441-02"),
        ("DATE", "14/02/2018"),
        ("OTHER_ID", "Hab. 418"),
        ("NAME", "Iris Morales"),
        ("PHONE", "414-555-0129"),
    ],
    note="Chart-style name, record number, DOB, room, guardian's name and phone.",
)

# 192
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español e inglés para nuestras dos sedes. Solicite en lakecountrykids.org/careers o llame al (414) 555-0124.",
    "Recruitment.",
)

# 193
p(
    "es",
    "thank_you",
    "Gracias a la familia Santiago de Waukegan por donar 50 mantitas tejidas a la UCIN, en honor a su hija Aitana, que estuvo aquí 4 meses. 💕",
    [
        ("NAME", "Santiago"),
        ("GEO", "Waukegan"),
        ("NAME", "Aitana"),
    ],
    note="Donor family introduced as the patient's family: surname (also a city), town, patient's name.",
)

# 194
n(
    "es",
    "crisis_update",
    "Aviso: por la tormenta de nieve, las clínicas de Madison cierran hoy a las 3 pm. La sala de emergencias sigue abierta las 24 horas.",
    "Closure notice.",
)

# 195
p(
    "es",
    "patient_story",
    "Mateo, de 12 años, se cayó a través del hielo en el lago Mendota el 9 de febrero mientras pescaba con su tío Rubén. Gracias a la rápida reacción de su tío, hoy está en casa. 🧊 Recuerden: ¡nunca pesquen solos!",
    [
        ("NAME", "Mateo"),
        ("GEO", "lago Mendota"),
        ("DATE", "9 de febrero"),
        ("NAME", "Rubén"),
    ],
    note="Patient's name, place and date of the accident, uncle's name.",
)

# 196
n(
    "es",
    "research",
    "Nuestro estudio sobre quemaduras por líquidos calientes encontró que el 62% ocurrieron en la cocina, la mayoría en niños menores de 3 años.",
    "Research statistic.",
)

# 197
p(
    "es",
    "discharge",
    "Hoy despedimos a Valentina 'Vale' Cruz, que llegó el día de San Valentín con quemaduras en las manos. ¡Se va a casa con sus deditos sanos! 🙌",
    [
        ("NAME", "Valentina 'Vale' Cruz"),
        ("DATE", "día de San Valentín"),
    ],
    note="Patient's name with nickname and admission date as a holiday.",
)

# 198
n(
    "es",
    "public_figure",
    "¡Qué visita! Jugadores de los Packers leyeron cuentos en español a nuestros pacientes. El liniero Carlos Benítez prometió volver con más libros. 📚🏈",
    "Public figure; patients unnamed.",
)

# 199
p(
    "es",
    "pasted_record",
    "¡Ojo! Esto no debía publicarse: 'Enviar factura a familiaortiz.pr@gmail.com, póliza Medicaid 7732019845, paciente Dylan Ortiz, fecha de cirugía 22/7.'",
    [
        ("EMAIL", "familiaortiz.pr@gmail.com"),
        ("HEALTH_PLAN", "7732019845"),
        ("NAME", "Dylan Ortiz"),
        ("DATE", "22/7"),
    ],
    note="Family e-mail, health plan number, patient's name, surgery date.",
)

# 200
n(
    "es",
    "eponymous_condition",
    "Síndrome de Down, enfermedad de Crohn, tumor de Wilms: muchas condiciones llevan el nombre de un médico. Nuestra clínica de genética explica cada diagnóstico en español.",
    "Eponyms.",
)

# 201
p(
    "es",
    "patient_story",
    "La pequeña sofi cumple hoy 30 días en la UCIN 💪 Su mami nos pidió compartir esto para toda la familia en Aguadilla. #fuerzasofi",
    [
        ("NAME", "sofi"),
        ("GEO", "Aguadilla"),
        ("NAME", "#fuerzasofi"),
    ],
    note="Lower-case name, family's town, lower-case name hashtag.",
)

# 202
n(
    "es",
    "sponsor",
    "Gracias a Supermercados La Estrella por patrocinar nuestra colecta de juguetes para el Día de Reyes. 🎁",
    "Sponsor and a holiday event.",
)

# 203
p(
    "es",
    "birth_announcement",
    "¡ES NIÑO! 💙 DAMOS LA BIENVENIDA A SANTIAGO JOSÉ VEGA, NACIDO EL 1 DE MAYO, DÍA DEL TRABAJADOR. ¡FELICIDADES A SUS PAPÁS, NORMA Y EFRAÍN!",
    [
        ("NAME", "SANTIAGO JOSÉ VEGA"),
        ("DATE", "1 DE MAYO"),
        ("DATE", "DÍA DEL TRABAJADOR"),
        ("NAME", "NORMA"),
        ("NAME", "EFRAÍN"),
    ],
    note="ALL-CAPS baby's name, birth date written twice, parents' names.",
)

# 204
n(
    "es",
    "hospital_contact",
    "Sede Milwaukee: 2400 West Lakeshore Drive, Milwaukee, WI 53233, tel. (414) 555-0100. Sede Madison: 710 University Parkway, Madison, WI 53705, tel. (608) 555-0150.",
    "Hospital addresses and phones.",
)

# 205
p(
    "es",
    "thank_you",
    "Mensaje de una mamá agradecida: 'Gracias a las enfermeras del piso 5 por cuidar a mi Jandel. Si alguna vez necesitan algo, llámenme: 262-555-0147. —Wanda.' ❤️",
    [
        ("NAME", "Jandel"),
        ("PHONE", "262-555-0147"),
        ("NAME", "Wanda"),
    ],
    note="Patient's name, mother's phone and name; piso 5 is a floor.",
)

# 206
n(
    "es",
    "campaign_hashtag",
    "Este Mes de la Prematuridad, usa #MoradoPorLosPrematuros y comparte tu apoyo a las familias de la UCIN. 💜 #LakeCountryStrong",
    "Campaign hashtags.",
)

# 207
p(
    "es",
    "memorial",
    "Hoy, día 14, se cumple un año desde que nuestro querido Josué nos dejó. Su familia nos pide que lo recordemos con una sonrisa. 🕊️",
    [
        ("DATE", "día 14"),
        ("NAME", "Josué"),
    ],
    note="Day of the month of the patient's death, patient's name.",
)

# 208
n(
    "es",
    "anonymous_story",
    "Una abuela de unos 80 años pasó todas las noches durante dos meses meciendo a su nieto en la UCIN. No quiso que publicáramos su nombre, pero sí su consejo: 'Cántenles.' 🎶",
    "Anonymous relative; age under 90; duration only.",
)

# 209
p(
    "es",
    "milestone_birthday",
    "¡Noventa y dos años! 🎉 El abuelo Fermín celebró su cumpleaños en nuestra clínica de Medicina Familiar en Madison, con su bisnieta Daniela tocando la guitarra.",
    [
        ("AGE", "Noventa y dos"),
        ("NAME", "Fermín"),
        ("NAME", "Daniela"),
    ],
    note="Patient's age over 89 in words, his name, great-granddaughter's name; the clinic city is the hospital's.",
)

# 210
n(
    "es",
    "birth_announcement",
    "¡Nuestro centro de partos de Madison recibió 14 bebés en un solo día esta semana! Felicidades a todas las familias nuevas. 👶",
    "Unnamed births.",
)

# 211
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Los dos niños heridos en el incendio de la calle Greenfield el sábado están estables. Con permiso de la familia, compartimos que Kiara, de 6 años, ya salió de cirugía.",
    [
        ("GEO", "calle Greenfield"),
        ("NAME", "Kiara"),
    ],
    note="Street of the patients' home fire, a patient's name; sábado is a weekday.",
)

# 212
n(
    "es",
    "discharge",
    "Consejos para el día del alta: traigan la silla del auto, pidan el registro de vacunas y guarden el número de la UCIN: (414) 555-0142.",
    "Tips and hospital line.",
)

# 213
p(
    "es",
    "hospital_contact",
    "Familia Rodríguez (habitación 309): su intérprete llega a las 2 pm. Si necesitan cambiar la hora, llamen a la Línea en español, (414) 555-0188. 📞",
    [
        ("NAME", "Rodríguez"),
        ("OTHER_ID", "habitación 309"),
    ],
    note="Family surname and room; hospital line.",
)

# 214
n(
    "es",
    "memorial",
    "Nuestro servicio anual de recuerdo para familias que han perdido a un hijo será el 7 de diciembre a las 2 pm en la capilla de Milwaukee. 🕯️",
    "Event date.",
)

# 215
p(
    "es",
    "event",
    "Nuestra fiesta de Día de Reyes es el 6 de enero en la cafetería de Milwaukee 👑 Este año, los Reyes Magos vendrán acompañados por Isabella Colón, que pasó el Día de Reyes del año pasado en nuestra unidad de quemados.",
    [
        ("DATE", "Día de Reyes", 2),
        ("NAME", "Isabella Colón"),
    ],
    note="The second Día de Reyes is the patient's hospital stay; the first (and 6 de enero) is the party, declared ok.",
    ok=("Día de Reyes",),
)

# 216
n(
    "es",
    "milestone_birthday",
    "Hoy celebramos 100 años de la enfermería pediátrica en Wisconsin. 🎉 Gracias a todas las enfermeras que han cuidado a nuestros niños desde 1925.",
    "An anniversary; 100 años is not a person's age.",
)

# 217
p(
    "es",
    "staff_spotlight",
    "Conozcan a Marisol Vélez, técnica de laboratorio en nuestra sede de Madison. Marisol fue paciente de nuestra UCIN en 1995, ¡pesó solo 900 gramos! Hoy analiza las muestras de los bebés más pequeños.",
    [
        ("NAME", "Marisol Vélez"),
        ("NAME", "Marisol", "*"),
    ],
    note="A staff member who was our patient; bare year.",
)

# 218
n(
    "es",
    "pasted_record",
    "Así se lee la pulsera de su hijo: nombre, fecha de nacimiento y número de expediente. Nunca publique fotos de la pulsera en redes sociales. 📵",
    "Field names without values.",
)

# 219
p(
    "es",
    "public_figure",
    "El jugador de los Bucks Adrián Quiles visitó hoy a su sobrino Gael, quien se recupera en el piso 4 tras una cirugía de corazón. ¡Gracias por los balones firmados para todos los niños! 🏀",
    [
        ("NAME", "Adrián Quiles"),
        ("NAME", "Gael"),
    ],
    note="A public figure who is a patient's uncle, and the patient; piso 4 is a floor.",
)

# 220
n(
    "es",
    "thank_you",
    "Gracias a los voluntarios de la parroquia San Adalberto por las 200 comidas calientes para familias de la UCIN esta Navidad. 🎄",
    "Volunteers and a holiday.",
)

# 221
p(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki no avisa. Emiliano, de 3 años, tuvo fiebre por 6 días antes de llegar a nuestra sala de emergencias el 28 de agosto. Hoy su corazón está perfecto. ❤️",
    [
        ("NAME", "Emiliano"),
        ("DATE", "28 de agosto"),
    ],
    note="Patient's name and arrival date; Kawasaki is an eponym.",
)

# 222
n(
    "es",
    "patient_story",
    "Cada invierno vemos a niños con quemaduras por calentadores portátiles. Este año ya van 9. Manténganlos a un metro de camas y cortinas.",
    "Composite story.",
)

# 223
p(
    "es",
    "health_tip",
    "Consejo de seguridad de parte de la familia Pagán: 'Nuestro hijo Nelson se quemó con el aceite de los tostones el Día de Acción de Gracias.' Mantengan a los niños lejos de la estufa. 🍳",
    [
        ("NAME", "Pagán"),
        ("NAME", "Nelson"),
        ("DATE", "Día de Acción de Gracias"),
    ],
    note="Family surname, patient's name, injury date as a holiday.",
)

# 224
n(
    "es",
    "statistic",
    "Cada año, 1 de cada 10 bebés nace prematuro en Wisconsin. Nuestras dos UCIN atienden a más de 1,400 bebés al año.",
    "Statistic.",
)

# 225
p(
    "es",
    "research",
    "Gracias a la familia Beltrán por permitir que su hija Ximena, nacida el 5 de marzo a las 23 semanas, participe en nuestro estudio sobre leche materna donada. 🍼🔬",
    [
        ("NAME", "Beltrán"),
        ("NAME", "Ximena"),
        ("DATE", "5 de marzo"),
    ],
    note="Family surname, participant's name and birth date.",
)

# 226
n(
    "es",
    "event",
    "Noche de Lotería para familias de la UCIN, el jueves 13 de marzo a las 6 pm. ¡Premios, pan dulce y café! ☕",
    "Event date.",
)

# 227
p(
    "es",
    "sponsor",
    "¡Gracias, Panadería La Borinqueña! Su dueño, don Rafael Irizarry, donó 300 quesitos a la UCIN en agradecimiento por el cuidado de su nieta Amaia. 🥐",
    [
        ("NAME", "Rafael Irizarry"),
        ("NAME", "Amaia"),
    ],
    note="A sponsor's owner introduced as the patient's grandfather, and the patient; the bakery is not labelled.",
)

# 228
n(
    "es",
    "crisis_update",
    "Restricción de visitas: por el aumento de casos de influenza, los menores de 12 años no pueden visitar la UCIN hasta nuevo aviso.",
    "Visitor policy.",
)

# 229
p(
    "es",
    "campaign_hashtag",
    "¡Gracias por caminar con nosotros! 💛 Los equipos #LosLeonesDeLeo y #TeamCamila recaudaron más de $12,000 para la unidad de quemados. #LakeCountryStrong",
    [
        ("NAME", "#LosLeonesDeLeo"),
        ("NAME", "#TeamCamila"),
    ],
    note="Team hashtags with patients' names; the campaign hashtag is not labelled.",
)

# 230
n(
    "es",
    "research",
    "¿Sabía que la leche materna donada reduce el riesgo de enterocolitis necrotizante? Nuestro banco de leche recibió 5,200 litros el año pasado. 🍼",
    "Research fact.",
)

# 231
p(
    "es",
    "discharge",
    "Después de 3 meses, Bryan Maldonado regresa a su casa en 2217 S. 14th St., 53204. ¡Tus vecinos te esperan con globos, Bryan! 🎈",
    [
        ("NAME", "Bryan Maldonado"),
        ("NAME", "Bryan", "*"),
        ("GEO", "2217 S. 14th St"),
        ("GEO", "53204"),
    ],
    note="Patient's name, street address and ZIP.",
)

# 232
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra voluntaria Carmen Rosa Santiago, de 91 años, por 30 años meciendo bebés en la UCIN! 💕",
    "A volunteer's name and age are not labelled.",
)

# 233
p(
    "es",
    "pasted_record",
    "Nota del turno de noche, compartida con permiso: 'cama 6, rivera, j., durmió toda la noche por primera vez desde el 30/9.' 😴 ¡Pequeñas victorias!",
    [
        ("OTHER_ID", "cama 6"),
        ("NAME", "rivera, j"),
        ("DATE", "30/9"),
    ],
    note="Bed number, lower-case chart-style name, date.",
)

# 234
n(
    "es",
    "campaign_hashtag",
    "#SemanaDePrevencionDeQuemaduras: el agua del calentador debe estar a 120°F o menos. #LakeCountryStrong #NiñosSeguros",
    "Campaign hashtags.",
)

# 235
p(
    "es",
    "anonymous_story",
    "Una paciente de 98 años de nuestra clínica familiar nos enseñó a hacer pasteles puertorriqueños. ¡Dice que el secreto es la paciencia! 🍌",
    [
        ("AGE", "98"),
    ],
    note="An unnamed patient's age over 89.",
)

# 236
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Escríbanos a facturacion@lakecountrykids.org o llame al (608) 555-0105. Nunca le pediremos pagos por mensaje de texto.",
    "Hospital e-mail and phone.",
)

# 237
p(
    "es",
    "memorial",
    "Recordamos hoy a Ana Sofía Medina (12 de junio de 2019 – 8 de octubre de 2023). Su mamá, Glorimar, creó la fundación Alas de Ana para apoyar a otras familias. 🦋",
    [
        ("NAME", "Ana Sofía Medina"),
        ("NAME", "Ana", "*"),
        ("DATE", "12 de junio de 2019"),
        ("DATE", "8 de octubre de 2023"),
        ("NAME", "Glorimar"),
    ],
    note="Patient's name (also in the foundation named for her), birth and death dates, mother's name.",
)

# 238
n(
    "es",
    "public_figure",
    "Hoy recordamos a Roberto Clemente, quien murió el 31 de diciembre de 1972 llevando ayuda a Nicaragua. Su legado de servicio inspira a nuestros voluntarios. ⚾",
    "Historical public figure and his date of death.",
)

# 239
p(
    "es",
    "hospital_contact",
    "Seguridad: el auto gris con placas de Illinois ZR 58812, de la familia del paciente de la habitación 210, está bloqueando la entrada de ambulancias. Favor de moverlo. 🚗",
    [
        ("VEHICLE", "ZR 58812"),
        ("OTHER_ID", "habitación 210"),
    ],
    note="A patient family's plate and the patient's room.",
)

# 240
n(
    "es",
    "anonymous_story",
    "Un papá amish nos preguntó si podía dormir en el piso junto a la incubadora de su hija. Le trajimos un catre y una cobija. Algunas cosas no necesitan traducción. 🙏",
    "Nameless family.",
)

if __name__ == "__main__":
    S.main("phi_dev53_source")
