#!/usr/bin/env python3
"""Build tests/data/holdout/phi_holdout.jsonl: a second, independent labelled set.

Hold-out evaluation set for the PHI scanner (compliance/phi.py), written without
looking at the scanner, its data files, its tests or the first evaluation set
(tests/data/phi_eval.jsonl). It exists to show how the scanner generalises: new
writers, new regions (Texas border towns, California, Florida, New York, Puerto
Rico, Arizona, Spanish-speaking communities), new units and new phrasings.

Plain Python, standard library only, deterministic. Every post below is written by
hand as literal data; the script only computes span offsets, verifies them and
writes one JSON object per line:

    {"id": "ho-en-0001", "lang": "en"|"es", "text": ..., "patient_specific": bool,
     "spans": [{"type", "start", "end", "text"}], "category": ..., "note": ...}

Offsets are Python string indices into `text` (code points), end exclusive.
The posts are written for the same fictional hospital (../phi_eval_org.json:
Riverside Regional Medical Center, Millbrook, MN). Its phone numbers, addresses,
domains and handles are never PHI. Patients come to it from many places (seasonal
workers from the Rio Grande Valley, families who moved from Puerto Rico, visitors,
snowbirds, transfers), so their home towns are spread across the country.

Run:  cd /work/main && python3 tests/data/holdout/build.py

LABELLING RULES
===============
Exactly the rules in the docstring of tests/data/build_phi_eval.py (what is
labelled, patient_specific, span extent for NAME DATE AGE GEO PHONE FAX EMAIL URL IP
MRN SSN HEALTH_PLAN ACCOUNT LICENSE VEHICLE DEVICE OTHER_ID PHOTO, every occurrence
labelled, no overlaps). Cases those rules do not spell out were decided as follows,
each from 45 CFR 164.514(b)(2) ("identifiers of the individual or of relatives,
employers, or household members of the individual"):

  * The patient's EMPLOYER: its name is NAME (the whole business name as written,
    "Casa Paloma Grill"), its town GEO. Sponsors and donors that are not the
    patient's employer are never labelled.
  * An age over 89 of an unnamed patient ("a 96-year-old patient", "our oldest
    patient was 104") is still AGE, so the post is patient-specific.
    Ages of 89 and under never are.
  * Payment handles of a patient's family (Venmo @..., Cash App $...) are OTHER_ID,
    like social-media handles; Zelle / ATH Movil phone numbers are PHONE; fundraiser
    links are URL.
  * Puerto Rico is treated like a state (not GEO); its municipalities are GEO.
    Regions with no boundary ("the Valley", "West Texas") are avoided.
  * Place names inside disease names (Lyme disease, Valley fever), sports teams,
    foundations, event names and venues are not GEO. A crash site with no
    identified patient ("a multi-vehicle crash on I-94") is not GEO.
  * A river, highway or road where a named patient was injured is GEO, like the
    road of a crash ("Route 83", "carretera 2", "rio Crow").
  * Seasons ("last spring") are not date elements and are not labelled.
  * A staff member, volunteer or donor introduced as a patient's relative is a
    patient's relative (labelled), like the donors in the first set's rules.
  * The hospital's own city (Millbrook) is GEO when it is given as the patient's
    or family's home; in event venues, clubs and fund names it is not.
  * Room numbers in a census or whiteboard without the keyword ("401 Hollis") are
    not labelled (the number alone is not an identifier); the names are.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from phi_labels import LabelledSet  # noqa: E402

SET = LabelledSet(
    os.path.join(HERE, "phi_holdout.jsonl"),
    os.path.join(os.path.dirname(HERE), "phi_eval_org.json"),
    id_prefix="ho",
)
P = SET.P
T, F = True, False

# =============================================================================
# ENGLISH - patient-specific
# =============================================================================

# ---- patient stories --------------------------------------------------------
P(
    "en",
    "patient_story",
    T,
    "Meet Journey. At 7, she's already beaten leukemia once, and this week our pediatric oncology team rang the bell with her again. Journey, her mom Marlene and little brother Neto drove up from Harlingen, Texas for every round of chemo. #JourneyWins",
    [
        ("NAME", "Journey", "*"),
        ("NAME", "Marlene"),
        ("NAME", "Neto"),
        ("GEO", "Harlingen"),
        ("NAME", "#JourneyWins"),
    ],
    "name that is a common word; relatives; hometown; name hashtag",
)
P(
    "en",
    "patient_story",
    T,
    "Ortho update from 6 West: Chase is back on his feet! Four weeks after his crash on Route 83 outside Laredo, our rehab therapists had him walking the hall today. Chase, we're going to miss your terrible jokes.",
    [("NAME", "Chase", "*"), ("GEO", "Route 83"), ("GEO", "Laredo")],
    "name that is also a verb and a bank; road of the crash; unit 6 West not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Burn unit shoutout 🔥➡️💪 Marisol Quiñones, a line cook at Casa Paloma Grill, came to us in August with burns on both forearms. Today she walked out on her own. Her crew at Casa Paloma Grill sent tamales for the whole floor.",
    [("NAME", "Marisol Quiñones"), ("NAME", "Casa Paloma Grill", "*"), ("DATE", "August")],
    "patient's employer named twice; month of injury",
)
P(
    "en",
    "patient_story",
    T,
    "Cardiac rehab graduate alert! Frank finished 36 sessions after his triple bypass and now walks 3 miles a day with his wife Bev. Frank says the secret is 'stubbornness and Bev's meatloaf.'",
    [("NAME", "Frank", "*"), ("NAME", "Bev", "*")],
    "common-word first name; wife; possessive excluded",
)
P(
    "en",
    "patient_story",
    T,
    "When 9-year-old Camden arrived from Queens for her spinal fusion, she brought a suitcase full of slime. Six weeks later she's back in class and her slime business is booming. Camden, you're a star!",
    [("NAME", "Camden", "*"), ("GEO", "Queens")],
    "first name that is a city elsewhere; borough of origin",
)
P(
    "en",
    "patient_story",
    T,
    "Dialysis milestone: Mr. Tran has now done 500 treatments with our Tuesday-Thursday-Saturday crew. He asked us to say hi to his grandkids in Westminster, California, who follow our page.",
    [("NAME", "Tran"), ("GEO", "Westminster")],
    "surname only with honorific; relatives' city; weekdays not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "huge shoutout to jaxon in the peds unit who taught half our night shift how to floss dance 😂 get well soon buddy #jaxonstrong",
    [("NAME", "jaxon"), ("NAME", "#jaxonstrong")],
    "all lower-case name and lower-case name hashtag",
)
P(
    "en",
    "patient_story",
    T,
    "Last Saturday our ER team treated Dallas Reed, 17, after a rollover on Highway 191 near Show Low. Dallas wanted everyone to know he was wearing his seatbelt, and that's why he's here to say it.",
    [("NAME", "Dallas Reed"), ("NAME", "Dallas", 2), ("GEO", "Highway 191"), ("GEO", "Show Low")],
    "first name that is a city; crash road and Arizona town; age under 90 not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Our hospice team wants to thank the family of Imelda Whitfield-Baca for letting us share her last wish: one more ride on her 1968 Harley. Her grandson Caleb drove it right up to her window.",
    [("NAME", "Imelda Whitfield-Baca"), ("NAME", "Caleb")],
    "hyphenated surname; grandson; model year is not a date",
)
P(
    "en",
    "patient_story",
    T,
    "Paisley's mom asked us to share: you can follow Paisley's fight against neuroblastoma at caringbridge.org/visit/paisleyjune - and yes, that's Paisley in the pic, ringing the bell in her Wonder Woman cape!",
    [("NAME", "Paisley", "*"), ("URL", "caringbridge.org/visit/paisleyjune"), ("PHOTO", "pic")],
    "patient journal URL; photo cue; fictional character not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "Anyone who knew Ray Castillo from his Navy days: his daughter Teresa would love to hear from you while he's with us in the cardiac ICU. Call or text her at (915) 555-0163.",
    [("NAME", "Ray Castillo"), ("NAME", "Teresa"), ("PHONE", "(915) 555-0163")],
    "daughter's phone (El Paso area code)",
)
P(
    "en",
    "patient_story",
    T,
    "To the amazing lady in room 512 who crochets a hat for every nurse who comes in: Miss Opal, we love you. 🧶",
    [("OTHER_ID", "room 512"), ("NAME", "Opal")],
    "room number with keyword; first name with honorific",
)
P(
    "en",
    "patient_story",
    T,
    "A 96-year-old patient finished her last cardiac rehab session this morning and asked us to turn the treadmill up. Goals.",
    [("AGE", "96-year-old")],
    "unnamed patient but age over 89 is an identifier",
)
P(
    "en",
    "patient_story",
    T,
    "Remember Blessing? Two years ago her LVAD (serial HM3-88120-C) kept her alive while she waited. This week the device came out: Blessing got her new heart on Labor Day! ❤️",
    [("NAME", "Blessing", "*"), ("DEVICE", "HM3-88120-C"), ("DATE", "Labor Day")],
    "implant serial; transplant on a holiday",
)
P(
    "en",
    "patient_story",
    T,
    "Don Chuy, 91, was visiting his daughter here from Pharr, Texas when he slipped on the ice and broke his hip. Ortho had him up the next day. He says the snow is the worst part.",
    [("NAME", "Chuy"), ("AGE", "91"), ("GEO", "Pharr")],
    "honorific don excluded; age over 89; Rio Grande Valley town",
)
P(
    "en",
    "patient_story",
    T,
    "Huge thanks to the drivers who stopped to help Kevin Duarte when his delivery truck (plate 8BRT442) went off County Road 12 on Tuesday. Kevin drives for Northstar Linen Supply, and his whole crew has been up to visit.",
    [
        ("NAME", "Kevin Duarte"),
        ("NAME", "Kevin", 2),
        ("VEHICLE", "8BRT442"),
        ("GEO", "County Road 12"),
        ("NAME", "Northstar Linen Supply"),
    ],
    "licence plate; crash road; employer",
)
P(
    "en",
    "patient_story",
    T,
    "Round 4 done and our favorite 5th floor DJ is still taking requests 🎶 Keep those cards coming, friends! #TeamTeodoro",
    [("NAME", "#TeamTeodoro")],
    "name only in a hashtag",
)
P(
    "en",
    "patient_story",
    T,
    "Phoenix is a Marine from Casa Grande, Arizona who lost his lower leg in a training accident. Last week he climbed the stair tower in our rehab gym in under four minutes. Rise on, Phoenix. 🔥",
    [("NAME", "Phoenix", "*"), ("GEO", "Casa Grande")],
    "first name that is a big city; home town",
)
P(
    "en",
    "patient_story",
    T,
    "Shoutout to Grandpa Ernesto, who has slept in the chair next to his granddaughter's bed in the PICU every night for three weeks. The nurses voted him honorary staff.",
    [("NAME", "Ernesto")],
    "only a relative is named; the patient is not",
)
P(
    "en",
    "patient_story",
    T,
    "Kayden's family is collecting birthday cards for his 10th birthday on the transplant unit. Email pictures of your cards to cardsforkayden@gmail.com and we'll print them for his wall!",
    [("NAME", "Kayden"), ("EMAIL", "cardsforkayden@gmail.com")],
    "family email; 'pictures of your cards' are not photos of the patient",
)
P(
    "en",
    "patient_story",
    T,
    'PATIENT STORY | After a stroke in March left him unable to speak, retired Yonkers bus driver Salvatore "Sal" Greco spent eleven weeks on our inpatient rehab unit. On Friday he said his first full sentence to his wife, Carmela: "Let\'s go home."',
    [("DATE", "March"), ("GEO", "Yonkers"), ("NAME", 'Salvatore "Sal" Greco'), ("NAME", "Carmela")],
    "month alone tied to the stroke; quoted nickname inside the name span",
)
P(
    "en",
    "patient_story",
    T,
    "Mr. Okonkwo, your gray Camry (TX plate LKW-4821) is still in the dialysis lot with the lights on! Security has your keys at the front desk.",
    [("NAME", "Okonkwo"), ("VEHICLE", "LKW-4821")],
    "public notice to a patient with plate",
)
P(
    "en",
    "patient_story",
    T,
    "From Vieques to Millbrook: after Hurricane María, Awilda moved her family north. Last week her son Jadiel, 12, got a new kidney on our transplant unit, donated by his Tío Papo.",
    [
        ("GEO", "Vieques"),
        ("GEO", "Millbrook"),
        ("NAME", "Awilda"),
        ("NAME", "Jadiel"),
        ("NAME", "Papo"),
    ],
    "family's towns (including the hospital's own city, as their home); hurricane name not a person; Tío excluded",
)
P(
    "en",
    "patient_story",
    T,
    "The Villarreal family has set up a fund at Rio Valley Credit Union (account 7730-114-02) to help with Abril's burn care. Every dollar helps this little one heal.",
    [("NAME", "Villarreal"), ("ACCOUNT", "7730-114-02"), ("NAME", "Abril")],
    "first name that is a month in Spanish; family account number",
)
P(
    "en",
    "patient_story",
    T,
    "Shout out to Jenny from Washington Heights, who brought pastelitos for the whole dialysis unit on her last day of treatment before her transplant! Wepa! 🇩🇴",
    [("NAME", "Jenny"), ("GEO", "Washington Heights")],
    "NYC neighbourhood containing a public figure's name",
)
P(
    "en",
    "patient_story",
    T,
    "Our friends from the Minnesota Lynx visited the pediatric floor today, and Sky, 8, challenged everyone to a free-throw contest from her wheelchair. She won. 🏀",
    [("NAME", "Sky")],
    "common-word name; team name not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "On January 2, Tomasz Nowak slipped on black ice outside his apartment on 3rd Avenue and shattered his ankle. Fourteen weeks later he ran his first mile. Tomasz, see you at the Turkey Trot!",
    [("DATE", "January 2"), ("NAME", "Tomasz Nowak"), ("NAME", "Tomasz", 2), ("GEO", "3rd Avenue")],
    "injury date; street; event name not labelled",
)
P(
    "en",
    "patient_story",
    T,
    "CONGRATS ANGEL ROSARIO ON FINISHING CARDIAC REHAB!!! 🎉🎉 ANGEL YOU DID IT",
    [("NAME", "ANGEL ROSARIO"), ("NAME", "ANGEL", 2)],
    "all caps; both names are common words in Spanish",
)
P(
    "en",
    "patient_story",
    T,
    "Six months after his heart transplant, Ezra Goldfarb, 67, of Great Neck, was cleared to go back to work at the family bakery, Goldfarb & Sons. We'll take a babka, Ezra.",
    [
        ("NAME", "Ezra Goldfarb"),
        ("GEO", "Great Neck"),
        ("NAME", "Goldfarb & Sons"),
        ("NAME", "Ezra", 2),
    ],
    "employer is a family business carrying the surname",
)
P(
    "en",
    "patient_story",
    T,
    "Retired crop-duster pilot Earl Haskins, 90, still carries his pilot certificate (No. 1833402) in his wallet. He showed it to every nurse on 4 North before his knee surgery.",
    [("NAME", "Earl Haskins"), ("AGE", "90"), ("LICENSE", "1833402")],
    "age exactly 90; certificate number",
)
P(
    "en",
    "patient_story",
    T,
    "If you found a brown leather wallet near our ER entrance, it belongs to our patient Dale Sundberg. Please call his wife, Arlene, at (763) 555-0123. Thank you!",
    [("NAME", "Dale Sundberg"), ("NAME", "Arlene"), ("PHONE", "(763) 555-0123")],
    "family phone in the hospital's own area code but not a hospital number",
)
P(
    "en",
    "patient_story",
    T,
    "Hi Janet, we're so sorry your mother waited five hours in our ER on March 2. We've shared your review with the ER manager, who will call you this week.",
    [("NAME", "Janet"), ("DATE", "March 2")],
    "public reply to an online review: relative's name and visit date",
)
P(
    "en",
    "patient_story",
    T,
    "Thanks for the review, Mr. Patel. We looked into the portal login trouble you had from 192.0.2.88 and our IT team has reset your account.",
    [("NAME", "Patel"), ("IP", "192.0.2.88")],
    "review reply disclosing the patient's IP address",
)
P(
    "en",
    "research",
    T,
    "Clinical trial milestone: Carlos Benavides of Edinburg is the first patient in Minnesota to receive a new dissolvable heart stent in our cath lab.",
    [("NAME", "Carlos Benavides"), ("GEO", "Edinburg")],
    "named research participant; state not labelled",
)

# ---- birth announcements ------------------------------------------------------
P(
    "en",
    "birth_announcement",
    T,
    "She's here! Baby Autumn Vu arrived July 4th at 11:52 pm, just in time for the fireworks 🎆 Congrats to Thao and Minh!",
    [("NAME", "Autumn Vu"), ("DATE", "July 4th"), ("NAME", "Thao"), ("NAME", "Minh")],
    "first name that is a season; birth date with ordinal; time not labelled",
)
P(
    "en",
    "birth_announcement",
    T,
    "Welcome to the world, Jordan Alexander Price! Born 1/14 at 3:12 am, 8 lb 1 oz, to proud parents Keisha and Marcus of Mount Vernon. 💙",
    [
        ("NAME", "Jordan Alexander Price"),
        ("DATE", "1/14"),
        ("NAME", "Keisha"),
        ("NAME", "Marcus"),
        ("GEO", "Mount Vernon"),
    ],
    "numeric birth date; parents; town that is also a historic estate",
)
P(
    "en",
    "birth_announcement",
    T,
    "Pi Day baby! 🥧 Little Clementine was born March 14 in our Women's Center, and her two engineer parents could not be happier about it. Congrats, mom Rachel!",
    [("DATE", "Pi Day"), ("DATE", "March 14"), ("NAME", "Clementine"), ("NAME", "Rachel")],
    "same birth day named twice, both labelled; 'little' excluded",
)
P(
    "en",
    "birth_announcement",
    T,
    "Snow baby ❄️ Koa arrived at 2:10 am on 12/9, in the middle of the blizzard, after his dad drove 40 miles behind a snowplow. Welcome to parents Araceli and Bernardo Ochoa, who moved here from Watsonville last year!",
    [
        ("NAME", "Koa"),
        ("DATE", "12/9"),
        ("NAME", "Araceli"),
        ("NAME", "Bernardo Ochoa"),
        ("GEO", "Watsonville"),
    ],
    "numeric birth date; family's former home town; 'last year' not labelled",
)
P(
    "en",
    "birth_announcement",
    T,
    "Triplets! Emilia, Elías and Ezequiel Ybarra were born at 32 weeks on June 3. All three are feeding well in our NICU, and big sister Harper is already bossing them around.",
    [
        ("NAME", "Emilia"),
        ("NAME", "Elías"),
        ("NAME", "Ezequiel Ybarra"),
        ("DATE", "June 3"),
        ("NAME", "Harper"),
    ],
    "several babies and a sibling",
)
P(
    "en",
    "birth_announcement",
    T,
    "Best Mother's Day gift ever: Ana Lucía Benítez made Yesenia a mom at 6:40 this morning, on Mother's Day itself! 🌷",
    [("DATE", "Mother's Day", "*"), ("NAME", "Ana Lucía Benítez"), ("NAME", "Yesenia")],
    "birth on a named holiday, named twice",
)
P(
    "en",
    "birth_announcement",
    T,
    "Twins born on different days! Cash arrived at 11:58 pm on March 31 and his sister Dolly at 12:03 am on April 1. Congrats to the Kowalczyk family!",
    [
        ("NAME", "Cash"),
        ("DATE", "March 31"),
        ("NAME", "Dolly"),
        ("DATE", "April 1"),
        ("NAME", "Kowalczyk"),
    ],
    "common-word names; two birth dates; family surname",
)
P(
    "en",
    "birth_announcement",
    T,
    "Welcome, little one! 7 lb 7 oz of pure sweetness, and the grandparents have already ordered the onesies. #WelcomeBabyMilo",
    [("NAME", "#WelcomeBabyMilo")],
    "baby's name only inside a hashtag",
)
P(
    "en",
    "birth_announcement",
    T,
    "Born during the eclipse! Baby Solana arrived on April 8 just as the moon slid across the sun. Her parents, Jessa and Dev, say the name was an easy choice.",
    [("NAME", "Solana"), ("DATE", "April 8"), ("NAME", "Jessa"), ("NAME", "Dev")],
    "birth on a public event date is still the patient's date",
)
P(
    "en",
    "birth_announcement",
    T,
    "Pictured (left to right): Elena, her husband Rob and their newborn son Mateus, three hours old, in our Women's Center. Congratulations! 👶",
    [("PHOTO", "Pictured"), ("NAME", "Elena"), ("NAME", "Rob"), ("NAME", "Mateus")],
    "photo of the patient family",
)

# ---- discharges ---------------------------------------------------------------
P(
    "en",
    "discharge",
    T,
    "Twins Iker and Gael were born at 29 weeks on Halloween, weighing under three pounds each. After 61 days in our NICU, their parents Yaritza and Efrén are taking them home to Yuma for their first Christmas.",
    [
        ("NAME", "Iker"),
        ("NAME", "Gael"),
        ("DATE", "Halloween"),
        ("NAME", "Yaritza"),
        ("NAME", "Efrén"),
        ("GEO", "Yuma"),
    ],
    "birth on a holiday; 'first Christmas' is not the patients' event",
)
P(
    "en",
    "discharge",
    T,
    "Going home day for Ruth Ann Beaumont! After 23 days on 5 East following her hip replacement, the 94-year-old is headed back to her place on Orchard Lane. Ruth Ann, the bingo table won't be the same.",
    [
        ("NAME", "Ruth Ann Beaumont"),
        ("AGE", "94-year-old"),
        ("GEO", "Orchard Lane"),
        ("NAME", "Ruth Ann", 2),
    ],
    "age over 89 as hyphenated token; home street",
)
P(
    "en",
    "discharge",
    T,
    "Discharged today: our longest burn unit stay of the year. Deshawn spent 88 days with us after a house fire on Lindbergh Street. His mom Tasha says he's already asking for his Xbox.",
    [("NAME", "Deshawn"), ("GEO", "Lindbergh Street"), ("NAME", "Tasha")],
    "street named after a public figure; 88 days is not an age",
)
P(
    "en",
    "discharge",
    T,
    'After 3 weeks in the PICU with RSV, Valentina "Vale" Morales is going home to Hialeah just in time for her abuela\'s birthday! 💕',
    [("NAME", 'Valentina "Vale" Morales'), ("GEO", "Hialeah")],
    "quoted nickname; Florida city",
)
P(
    "en",
    "discharge",
    T,
    "Discharged 11/23, just in time for Thanksgiving! Thanks to the trauma team for putting Grandpa Arvid back together after his tractor rollover. Love, the Sorensen grandkids",
    [("DATE", "11/23"), ("NAME", "Arvid"), ("NAME", "Sorensen")],
    "discharge date labelled; Thanksgiving is not the patient's event",
)
P(
    "en",
    "discharge",
    T,
    "Bell ringer! 🔔 After 33 radiation treatments, Mercedes from Eagle Pass is officially done. Mercedes, go enjoy that trip to the beach!",
    [("NAME", "Mercedes", "*"), ("GEO", "Eagle Pass")],
    "first name that is also a Texas city and a car brand",
)
P(
    "en",
    "discharge",
    T,
    "bye bye room 3214!! lucas is finally going home after 41 days 🥹 we'll miss you kiddo",
    [("OTHER_ID", "room 3214"), ("NAME", "lucas")],
    "lower-case name and room",
)
P(
    "en",
    "discharge",
    T,
    "Heading home to Key West today: Mr. Lázaro Pérez, who came to visit his grandkids in January and left with a repaired heart valve. Safe travels, Lázaro!",
    [("GEO", "Key West"), ("NAME", "Lázaro Pérez"), ("DATE", "January"), ("NAME", "Lázaro", 2)],
    "accented names; month of admission",
)
P(
    "en",
    "discharge",
    T,
    "Nurse Paloma has cared for hundreds of babies, but today she got to send home baby Paloma, born at 24 weeks, after 97 days in the NICU. Same name, one very happy ending. 💗",
    [("NAME", "Paloma", 2)],
    "staff and patient share a name; only the patient's occurrence is labelled",
    unlabelled_ok=("Paloma",),
)
P(
    "en",
    "discharge",
    T,
    "Admitted Dec. 26 with frostbite, discharged Jan. 30 with all ten toes. 🦶 Way to go, Arturo!",
    [("DATE", "Dec. 26"), ("DATE", "Jan. 30"), ("NAME", "Arturo")],
    "abbreviated admission and discharge dates",
)
P(
    "en",
    "discharge",
    T,
    "Jonah went home today! His parents asked us to share their thanks, and anyone who wants to send him a note can reach them at the.pruitt.five@outlook.com.",
    [("NAME", "Jonah"), ("EMAIL", "the.pruitt.five@outlook.com")],
    "family email",
)
P(
    "en",
    "discharge",
    T,
    "After 19 days in our burn unit, Sierra from Sierra Vista is headed home to the desert. Sierra, keep that sunscreen on!",
    [("NAME", "Sierra", 1), ("GEO", "Sierra Vista"), ("NAME", "Sierra", 3)],
    "name identical to the first word of her home town",
)
P(
    "en",
    "discharge",
    T,
    "Home for the holidays! Little Amaya, who was admitted Nov. 28 with a rare heart rhythm problem, left the cardiac unit this afternoon with her parents and a new pacemaker.",
    [("NAME", "Amaya"), ("DATE", "Nov. 28")],
    "admission date; 'holidays' not a date of the patient",
)

# ---- thank-yous ---------------------------------------------------------------
P(
    "en",
    "thank_you",
    T,
    "A big thank-you to Mr. C, who spent 40 days in our burn unit and still found time to teach our new grads how to play dominoes.",
    [("NAME", "C")],
    "single initial used for a patient",
)
P(
    "en",
    "thank_you",
    T,
    "To the Hernández family: thank you for the 200 tamales you brought to the ER night shift after your dad's stay. Don Rigoberto, we hope you're enjoying retirement in Calexico!",
    [("NAME", "Hernández"), ("NAME", "Rigoberto"), ("GEO", "Calexico")],
    "family surname; patient's home town",
)
P(
    "en",
    "thank_you",
    T,
    '"You gave me my life back." That\'s what Priya, a heart attack survivor and cardiac rehab grad, wrote in the card she left for our team. Thank YOU, Priya.',
    [("NAME", "Priya", "*")],
    "quoted card from a patient",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you to the crew at Sandoval Pipe & Supply in Nogales, who rallied around their co-worker Raúl during his burn recovery and sent a card signed by all 42 employees!",
    [("NAME", "Sandoval Pipe & Supply"), ("GEO", "Nogales"), ("NAME", "Raúl")],
    "patient's employer and its town",
)
P(
    "en",
    "thank_you",
    T,
    "Big thanks to the Mensah family for the pizza party! Kwame, keep up the great work with that new knee.",
    [("NAME", "Mensah"), ("NAME", "Kwame")],
    "family surname and patient first name",
)
P(
    "en",
    "thank_you",
    T,
    "Gracias to Doña Pilar's familia for the flan!!! Our cardiac step-down nurses are in heaven. Feliz recuperación, Doña Pilar 💛",
    [("NAME", "Pilar", "*")],
    "Spanglish; Doña excluded",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you for your service, Sgt. Harold Begay! The 92-year-old Korea veteran from Window Rock finished pulmonary rehab today. That's him in the video, saluting every one of our therapists. 🇺🇸",
    [("NAME", "Harold Begay"), ("AGE", "92-year-old"), ("GEO", "Window Rock"), ("PHOTO", "video")],
    "rank excluded; age over 89; Navajo Nation town; video of the patient",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you @mikeys_mom_strong for the kind words about our pediatric ER staff. We're so glad Mikey is feeling better!",
    [("OTHER_ID", "@mikeys_mom_strong"), ("NAME", "Mikey")],
    "family's social handle",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you to Mrs. Baptiste, who brought her famous rum cake to the infusion center on her last day of chemo. We promise we shared it (mostly).",
    [("NAME", "Baptiste")],
    "surname only",
)
P(
    "en",
    "thank_you",
    T,
    "We got the sweetest letter from 8-year-old Rocky, who broke his arm on the monkey bars in October: 'thank you for my green cast and the stickers.' Rocky, come back anytime (but not with a broken arm).",
    [("NAME", "Rocky", "*"), ("DATE", "October")],
    "month of injury; name that is a common word",
)
P(
    "en",
    "thank_you",
    T,
    "Thank you, Nurse Joy, for the Pokémon-themed cast party on 7 South. Ethan says it was the best day of his whole hospital stay!",
    [("NAME", "Ethan")],
    "'Nurse Joy' is a cartoon character used for a theme, not a patient",
)
P(
    "en",
    "thank_you",
    T,
    "To whoever is driving the white Silverado with the 'Pray for Tyson' sticker: Tyson's mom saw it in the lot and cried happy tears. Tyson is out of the ICU! 🙏",
    [("NAME", "Tyson", "*")],
    "name inside a quoted sticker still labelled",
)

# ---- memorials ----------------------------------------------------------------
P(
    "en",
    "memorial",
    T,
    'Our hospice family is grieving the loss of Dolores "Lola" Treviño, who passed peacefully on November 2 surrounded by her 11 grandchildren. Lola taught half our nurses to make tamales. Descansa en paz.',
    [("NAME", 'Dolores "Lola" Treviño'), ("DATE", "November 2"), ("NAME", "Lola", 2)],
    "date of death; nickname reused",
)
P(
    "en",
    "memorial",
    T,
    "Forever 4. 💛 Yesterday we said goodbye to Liam, who fought DIPG for 14 months. His dad asked us to share Liam's favorite song, and this afternoon the whole peds floor sang it in the hallway. #LiamsLight",
    [("NAME", "Liam", "*"), ("NAME", "#LiamsLight")],
    "child memorial; name hashtag; 'yesterday' not labelled",
)
P(
    "en",
    "memorial",
    T,
    "Rest easy, Josiah Freeman. The 99-year-old Army Air Forces mechanic spent his last weeks in our hospice suite telling stories about the planes he fixed. He died on Juneteenth, which his family says was fitting.",
    [("NAME", "Josiah Freeman"), ("AGE", "99-year-old"), ("DATE", "Juneteenth")],
    "date of death as a holiday; age over 89",
)
P(
    "en",
    "memorial",
    T,
    "The family of firefighter Cody Marchetti, who died on our burn unit on August 14, asks that donations go to the Millbrook Firefighters Burn Fund.",
    [("NAME", "Cody Marchetti"), ("DATE", "August 14")],
    "date of death; fund name carrying the city is not GEO",
)
P(
    "en",
    "memorial",
    T,
    'Celebrating the life of Margarita "Maggie" Sosa, 1958-2025, beloved mother of Rick, Alma and Tony, who spent her final days in our hospice unit. Services will be held at St. Jude\'s in Oxnard.',
    [
        ("NAME", 'Margarita "Maggie" Sosa'),
        ("NAME", "Rick"),
        ("NAME", "Alma"),
        ("NAME", "Tony"),
        ("GEO", "Oxnard"),
    ],
    "obituary style; bare years not labelled; children; funeral town",
)
P(
    "en",
    "memorial",
    T,
    "rip to our favorite frequent flyer in dialysis, ms. pearl. 3 yrs of tues/thurs/sat and never once without a joke. we'll miss you pearl",
    [("NAME", "pearl", "*")],
    "lower-case name that is a common word",
)
P(
    "en",
    "memorial",
    T,
    "One year ago today we lost Ana Paula, 16, after a crash on I-10 near Tucson. Her parents, Gustavo and Lorena, have started a seatbelt campaign in her name: #BuckleUpForAnaPaula",
    [
        ("NAME", "Ana Paula"),
        ("GEO", "I-10"),
        ("GEO", "Tucson"),
        ("NAME", "Gustavo"),
        ("NAME", "Lorena"),
        ("NAME", "#BuckleUpForAnaPaula"),
    ],
    "crash road; parents; memorial hashtag",
)
P(
    "en",
    "memorial",
    T,
    "Abe Lindqvist, 102, passed away in our hospice house this morning, holding the hand of Marit, his wife of 71 years. Thank you for letting us care for you, Abe.",
    [("NAME", "Abe Lindqvist"), ("AGE", "102"), ("NAME", "Marit"), ("NAME", "Abe", 2)],
    "age over 89; spouse",
)

# ---- milestone birthdays --------------------------------------------------------
P(
    "en",
    "milestone_birthday",
    T,
    "Happy 100th birthday to Miss Ruby Jean Harris! 🎂 Ruby Jean celebrated on our cardiac unit with red velvet cake and a video call from her sister in Savannah.",
    [("AGE", "100th"), ("NAME", "Ruby Jean Harris"), ("NAME", "Ruby Jean", 2), ("GEO", "Savannah")],
    "ordinal age; sister's city; video call is not an attached video",
)
P(
    "en",
    "milestone_birthday",
    T,
    "HAPPY 104TH BIRTHDAY, MR. ALVIN PETTIFORD!!! The oldest patient ever on our ortho unit is recovering from a hip fracture and says he plans to dance at 105.",
    [("AGE", "104TH"), ("NAME", "ALVIN PETTIFORD"), ("AGE", "105")],
    "all caps; ages over 89 including a future age",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Our dialysis unit threw a surprise party for Mrs. Socorro Villanueva, who turned 90 on Sunday! Her great-grandkids drove up from Del Rio with mariachi on speaker.",
    [("NAME", "Socorro Villanueva"), ("AGE", "90"), ("GEO", "Del Rio")],
    "first name that is also a town; age 90; weekday not labelled",
)
P(
    "en",
    "milestone_birthday",
    T,
    "It's not every day you meet a nonagenarian who can out-walk our physical therapists. Happy birthday, Otis! 🎉",
    [("AGE", "nonagenarian"), ("NAME", "Otis")],
    "age word",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Jayla turns 6 today, May 15, and she's spending it on our burn unit, so we brought the party to her! 🎈 Staff wore tutus all day. Happy birthday, Jayla!",
    [("NAME", "Jayla", "*"), ("DATE", "May 15")],
    "birthday date of a child",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Birthday in the ER: Kenji came in with chest pain on his 50th birthday (Sept. 9). One stent later, he's celebrating on the cardiac floor.",
    [("NAME", "Kenji"), ("DATE", "Sept. 9")],
    "birthday date; age under 90",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Centenarian alert 🎉 Hattie turned one hundred in our hospice garden today, surrounded by four generations.",
    [("AGE", "Centenarian"), ("NAME", "Hattie"), ("AGE", "one hundred")],
    "age word and spelled-out age",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Happy 1st birthday to NICU graduate Mason! A year ago he weighed 1 lb 9 oz; today he's crawling everywhere. Mom Jenna sent us this photo of him with his smash cake.",
    [("NAME", "Mason"), ("NAME", "Jenna"), ("PHOTO", "photo")],
    "photo of the patient",
)
P(
    "en",
    "milestone_birthday",
    T,
    "Happy 89th birthday to Eugene, our favorite cardiac rehab regular! 🎂",
    [("NAME", "Eugene")],
    "age 89 is NOT labelled; the name is",
)
P(
    "en",
    "milestone_birthday",
    T,
    "thank u to everyone who sent cards for my grandma's 90th!! the nurses on 4 north made it so special 💕",
    [("AGE", "90th")],
    "reposted family comment; unnamed patient aged 90",
)

# ---- pasted fragments of records --------------------------------------------------
P(
    "en",
    "pasted_record",
    T,
    "Pt: RAMIREZ, TERESA A | DOB 03/14/1958 | MRN 00918273 | Adm 11/02 via ED | Dx: NSTEMI | Rm 4112-2",
    [
        ("NAME", "RAMIREZ, TERESA A"),
        ("DATE", "03/14/1958"),
        ("MRN", "00918273"),
        ("DATE", "11/02"),
        ("OTHER_ID", "Rm 4112-2"),
    ],
    "chart header pasted into a draft",
)
P(
    "en",
    "pasted_record",
    T,
    "Great day on the unit!! [pt: Wong, Kevin / bed 9 / ins Aetna W218876534 / d/c planned 6/18]",
    [
        ("NAME", "Wong, Kevin"),
        ("OTHER_ID", "bed 9"),
        ("HEALTH_PLAN", "W218876534"),
        ("DATE", "6/18"),
    ],
    "bracketed worklist fragment left in a post",
)
P(
    "en",
    "pasted_record",
    T,
    "Proud of our ED team tonight 💪 PID|1||00837261^^^RRMC^MR||GARZA^ELENA^M||19670312|F|||1412 MESQUITE DR^^BROWNSVILLE^TX^78520||(956)555-0151",
    [
        ("MRN", "00837261"),
        ("NAME", "GARZA^ELENA^M"),
        ("DATE", "19670312"),
        ("GEO", "1412 MESQUITE DR"),
        ("GEO", "BROWNSVILLE"),
        ("GEO", "78520"),
        ("PHONE", "(956)555-0151"),
    ],
    "HL7 PID segment pasted by mistake; state code not labelled",
)
P(
    "en",
    "pasted_record",
    T,
    "Patient whiteboard in room 718 today: 'Your nurse: Kim. Your goal: walk to the window! Family contact: daughter Lorraine (347) 555-0129'",
    [("OTHER_ID", "room 718"), ("NAME", "Lorraine"), ("PHONE", "(347) 555-0129")],
    "whiteboard transcription; the nurse's name is not labelled",
)
P(
    "en",
    "pasted_record",
    T,
    "Pls update her ins before tomorrow's OR case: AHCCCS ID A44718290, acct 100293847, pt Yolanda Tsosie, Kayenta",
    [
        ("HEALTH_PLAN", "A44718290"),
        ("ACCOUNT", "100293847"),
        ("NAME", "Yolanda Tsosie"),
        ("GEO", "Kayenta"),
    ],
    "internal message posted publicly; Arizona Medicaid id",
)
P(
    "en",
    "pasted_record",
    T,
    "D/C SUMMARY: 71 y/o M, Rm 622, adm 2/11 w/ CHF exacerbation, d/c 2/19 to home (Alpine, TX) w/ daughter Maribel. F/u Dr. Shah 2 wks.",
    [
        ("OTHER_ID", "Rm 622"),
        ("DATE", "2/11"),
        ("DATE", "2/19"),
        ("GEO", "Alpine"),
        ("NAME", "Maribel"),
    ],
    "discharge summary fragment; town that is a common word; doctor not labelled",
)
P(
    "en",
    "pasted_record",
    T,
    "REG NOTE: pt presented w/ TX DL 41882093, SSN 457-22-8190, self-pay, acct #77120034. Pt name Dwayne Fulton, addr 88 Pecan Hollow, San Marcos TX 78666.",
    [
        ("LICENSE", "41882093"),
        ("SSN", "457-22-8190"),
        ("ACCOUNT", "77120034"),
        ("NAME", "Dwayne Fulton"),
        ("GEO", "88 Pecan Hollow"),
        ("GEO", "San Marcos"),
        ("GEO", "78666"),
    ],
    "registration note: licence, SSN, account, address",
)
P(
    "en",
    "pasted_record",
    T,
    "Portal lockout for user ronnie.b.1977 from IP 198.51.100.23. Pt Ronald Bishop, MRN 00452218, pls reset before his 2pm appt.",
    [
        ("OTHER_ID", "ronnie.b.1977"),
        ("IP", "198.51.100.23"),
        ("NAME", "Ronald Bishop"),
        ("MRN", "00452218"),
    ],
    "portal user name and IP",
)
P(
    "en",
    "pasted_record",
    T,
    "Can someone from biomed swing by 3 North? Insulin pump SN 74A0-33918 on the patient in bed 14 keeps alarming.",
    [("DEVICE", "74A0-33918"), ("OTHER_ID", "bed 14")],
    "device serial and bed tied to a patient; unit not labelled",
)
P(
    "en",
    "pasted_record",
    T,
    "4N census for huddle: 401 Hollis, 402 empty, 403 Fuentes (NPO), 404 Adeyemi. Whiteboard pic attached.",
    [("NAME", "Hollis"), ("NAME", "Fuentes"), ("NAME", "Adeyemi")],
    "census list; bare room numbers not labelled; photo of a whiteboard is not PHOTO",
)
P(
    "en",
    "pasted_record",
    T,
    "FAX to: Lupe Castañeda (daughter) 520-555-0149 | RE: Ignacio Castañeda, DOB 10/05/1950, MRN 00733190 | From: RRMC Medical Records (763) 555-0188",
    [
        ("NAME", "Lupe Castañeda"),
        ("FAX", "520-555-0149"),
        ("NAME", "Ignacio Castañeda"),
        ("DATE", "10/05/1950"),
        ("MRN", "00733190"),
    ],
    "fax cover; daughter's fax labelled, hospital fax not",
)
P(
    "en",
    "pasted_record",
    T,
    "From: lmcallister62@yahoo.com: 'Please tell the nurses in the burn unit that my son Trey McAllister is doing better at home in Ocala.'",
    [("EMAIL", "lmcallister62@yahoo.com"), ("NAME", "Trey McAllister"), ("GEO", "Ocala")],
    "pasted email header from a parent",
)
P(
    "en",
    "pasted_record",
    T,
    "Trauma 1 activation: MVC at Hwy 60 & County Rd 9, blue F-150 VIN 1FTFW1E50KFA19432, restrained driver, trauma alias ZEBRA-412, ETA 6 min via Medic 7",
    [
        ("GEO", "Hwy 60"),
        ("GEO", "County Rd 9"),
        ("VEHICLE", "1FTFW1E50KFA19432"),
        ("OTHER_ID", "ZEBRA-412"),
    ],
    "unnamed patient but VIN, crash site and trauma alias; ambulance unit not labelled",
)
P(
    "en",
    "pasted_record",
    T,
    "Whoops, wrong window 🙈 'Patient: Lorraine Bickford / SSN 531-08-4462 / Medicare MBI 1EG4-TE5-MK72 / PCP Dr. Alvarez'",
    [("NAME", "Lorraine Bickford"), ("SSN", "531-08-4462"), ("HEALTH_PLAN", "1EG4-TE5-MK72")],
    "pasted demographics; Medicare beneficiary id; doctor not labelled",
)

# ---- patient-specific posts in other categories ------------------------------------
P(
    "en",
    "event",
    T,
    "Join us Saturday, June 21 at the Riverside Parkway trailhead for Miles for Mila, a 5K supporting 6-year-old Mila Ellison's family during her leukemia treatment. Can't make it? Venmo @MilesForMila-Ellison",
    [("NAME", "Mila", 1), ("NAME", "Mila Ellison"), ("OTHER_ID", "@MilesForMila-Ellison")],
    "event date not labelled; patient's name inside the event name; fundraiser payment handle",
)
P(
    "en",
    "crisis_update",
    T,
    "UPDATE: Xiomara Rivera, 14, of Cayey, Puerto Rico, one of the exchange students hurt in Friday's bus crash, has been upgraded to fair condition. Two other students remain in serious condition.",
    [("NAME", "Xiomara Rivera"), ("GEO", "Cayey")],
    "condition update naming a patient; Puerto Rico not GEO; other patients anonymous",
)
P(
    "en",
    "staff_spotlight",
    T,
    "Nurse spotlight: RN Tamika Jones has worked in our burn unit for 19 years. Her proudest moment? Last spring, when former patient Diego Salcido came back to visit her on his own two feet.",
    [("NAME", "Diego Salcido")],
    "staff spotlight that names a former patient; season not labelled",
)
P(
    "en",
    "campaign_hashtag",
    T,
    "This #GivingTuesday, help us fill the peds playroom in honor of our friend Elliot, who loved Legos more than anything. #RiversideTogether #ElliotsLegoLegacy",
    [("NAME", "Elliot"), ("NAME", "#ElliotsLegoLegacy")],
    "campaign hashtags not labelled, patient-name hashtag labelled",
)
P(
    "en",
    "public_figure",
    T,
    "A certain Vikings quarterback (you know who you are 😉) surprised 11-year-old Caden Lindahl in our pediatric ortho unit today. Caden hasn't stopped smiling.",
    [("NAME", "Caden Lindahl"), ("NAME", "Caden", 2)],
    "celebrity visit: the patient is named",
)
P(
    "en",
    "health_tip",
    T,
    "Burn Awareness Week tip: test bath water with your elbow. Ask Kamila's mom why. Kamila spent 3 weeks in our burn unit after a scald at 18 months. She's 4 now and thriving.",
    [("NAME", "Kamila", "*")],
    "safety tip built on a named patient",
)
P(
    "en",
    "statistic",
    T,
    "We did 1,204 hip replacements last year. The one we'll remember: Mr. Ferris, who at 97 told his surgeon 'don't dawdle, I've got a dance on Saturday.'",
    [("NAME", "Ferris"), ("AGE", "97")],
    "statistic plus a named patient aged over 89",
)
P(
    "en",
    "statistic",
    T,
    "Our hospice served 612 families this year. The average stay was 23 days, and the oldest person in our care celebrated her 107th birthday with us.",
    [("AGE", "107th")],
    "an individual's age over 89 inside a statistic",
)
P(
    "en",
    "sponsor",
    T,
    "Thank you to Frank and Delia Ostrowski for donating two new recliners to our dialysis unit in honor of Delia's mother, Irene, who received treatment here for nine years.",
    [("NAME", "Frank"), ("NAME", "Delia", "*"), ("NAME", "Ostrowski"), ("NAME", "Irene")],
    "donors introduced as relatives of a patient ARE labelled",
)
P(
    "en",
    "hospital_contact",
    T,
    "For updates on Kenny Lau's condition, media should contact our Public Relations office at (763) 555-0100. The family asks for privacy.",
    [("NAME", "Kenny Lau")],
    "hospital number not labelled; patient named",
)
P(
    "en",
    "event",
    T,
    "Pancake breakfast this Sunday at VFW Post 1142 for the Begaye family, whose son Tristan is in our burn unit. Donations: gofundme.com/f/tristan-begaye-burn-recovery",
    [
        ("NAME", "Begaye"),
        ("NAME", "Tristan"),
        ("URL", "gofundme.com/f/tristan-begaye-burn-recovery"),
    ],
    "fundraiser link; venue not GEO",
)
P(
    "en",
    "anonymous_story",
    T,
    "Cash App $HelpTheMoraFamily if you'd like to help the family of the young dad from our ICU we posted about yesterday. They said it's OK to share.",
    [("OTHER_ID", "$HelpTheMoraFamily")],
    "looks anonymous but the payment tag carries the family name",
)

# =============================================================================
# ENGLISH - not patient-specific
# =============================================================================

# ---- staff spotlights ------------------------------------------------------------
P(
    "en",
    "staff_spotlight",
    F,
    "Meet Hope Martinez, RN, our new burn unit nurse manager! Hope grew up in McAllen, Texas and has cared for burn patients for 15 years. Welcome, Hope!",
    note="staff name that is a common word; staff home town not GEO",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Happy retirement to Dr. Benjamin Ortiz, who has delivered more than 9,000 babies in our Women's Center since 1991! His very first delivery? A 9-pound boy in the middle of a blizzard.",
    note="doctor; anonymous first delivery",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Shoutout to charge nurse Angel Cruz, who was born on Christmas Day and has worked every Christmas since 2010 so the rest of us could be home. 🎄",
    note="staff birthday is not a patient date",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Spotlight: respiratory therapist Ky Do commutes 45 minutes each way from Stillwater and hasn't missed a shift in six years.",
    note="staff commute town",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Congrats to dialysis tech Precious Nwosu on earning her CCHT certification (cert #45517)! 🎓",
    note="staff certificate number is not labelled",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Our volunteer of the year, 94-year-old Bernice Holm, has rocked NICU babies every Wednesday for 22 years. 💕",
    note="volunteer aged over 89: not labelled",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Dr. Parkinson has joined our neurology team, and yes, he's heard all the jokes.",
    note="doctor whose surname is an eponymous disease",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Congrats to ER nurse Jess Kowalski, whose son Tyler just graduated from the Air Force Academy! Tyler, your mom talked about you all shift.",
    note="staff member's own family is not labelled",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Pediatric oncologist Dr. Faith Adebayo was named one of Minnesota's Top Doctors. Faith, the kids already knew. 💛",
    note="doctor with a common-word first name",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Welcome back, Chaplain Rubén! Our hospice chaplain is home from six weeks of language school in Antigua, Guatemala and back making rounds.",
    note="staff travel city not GEO",
)
P(
    "en",
    "staff_spotlight",
    F,
    'Night shift spotlight 🌙 Security officer Marcus "Tank" Williams has walked more than 3,000 patients and families to their cars after dark. Thank you, Tank!',
    note="staff nickname",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Interpreter spotlight: Yadira Colón moved here from San Juan and now interprets Spanish for more than 30 patients a day.",
    note="staff origin city",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Pictured: our burn unit team celebrating one full year without a hospital-acquired infection. So proud of this crew!",
    note="photo of staff is not PHOTO",
)
P(
    "en",
    "staff_spotlight",
    F,
    "Meet Dr. Summer Hayes, our new pediatric cardiologist from UCSF. Her favorite part of the job? The stickers.",
    note="doctor whose first name is a season",
)

# ---- health tips ------------------------------------------------------------------
P(
    "en",
    "health_tip",
    F,
    "Summer safety tip from our burn unit: keep kids 3 feet from the grill, and never use gasoline to start a fire. 🔥 #BurnAwareness",
    note="season word; campaign hashtag",
)
P(
    "en",
    "health_tip",
    F,
    "Valley fever isn't just an Arizona problem. If you traveled to the Southwest and have a cough that won't quit, tell your doctor.",
    note="place-based disease name",
)
P(
    "en",
    "health_tip",
    F,
    "Heat can be deadly for adults over 90 and babies under 1. Check on your neighbors during this week's heat wave and call 911 for confusion or fainting.",
    note="population age, national line",
)
P(
    "en",
    "health_tip",
    F,
    "Ticks are out! Lyme disease cases peak in June and July here in Minnesota. Do a tick check after every hike.",
    note="months not tied to a patient; Lyme is a place-named disease",
)
P(
    "en",
    "health_tip",
    F,
    "Will your kids' car seats pass inspection? Our Safe Kids techs check them free the first Tuesday of every month at the Children's Clinic, 410 Cedar Avenue South.",
    note="'Will' at sentence start; hospital address",
)
P(
    "en",
    "health_tip",
    F,
    "Mark your calendar: flu shots are free for all employees starting October 1. Get yours before Halloween! 💉",
    note="'Mark' as a verb; campaign date and holiday not tied to a patient",
)
P(
    "en",
    "health_tip",
    F,
    "Grace period ends soon! Enroll in MNsure by January 15 to get coverage starting February 1.",
    note="'Grace' as a common word; enrollment dates",
)
P(
    "en",
    "health_tip",
    F,
    "Planning a trip to Puerto Rico or Florida? Dengue cases are up. Use repellent with DEET, and call (763) 555-0142 to book a travel clinic visit.",
    note="territory and state; hospital appointments line",
)
P(
    "en",
    "health_tip",
    F,
    "Button batteries can burn through a child's esophagus in two hours. If you think your kid swallowed one, go straight to the ER. Don't wait.",
    note="pediatric safety tip",
)

# ---- events -----------------------------------------------------------------------
P(
    "en",
    "event",
    F,
    "Save the date! Our Hearts of Gold Gala is Saturday, February 8 at the Millbrook Grand Ballroom. Tickets at riversidehealth.org/gala.",
    note="event date and venue; hospital URL",
)
P(
    "en",
    "event",
    F,
    "Teddy Bear Clinic this Saturday from 10 to 2 at Riverside Children's Clinic! Bring your stuffed friends for a checkup. 🧸",
    note="hospital clinic event",
)
P(
    "en",
    "event",
    F,
    "The Burn Survivors Support Group meets the first Monday of every month at 6 pm in Conference Room 5, 2500 Riverside Parkway.",
    note="conference room is not a patient room; hospital address",
)
P(
    "en",
    "event",
    F,
    "Juneteenth cookout for staff and families on June 19, noon to 3, on the main campus lawn. Bring your lawn chairs!",
    note="holiday and event date not tied to a patient",
)
P(
    "en",
    "event",
    F,
    "The Tour de Millbrook charity ride is June 14! Every dollar funds cardiac rehab scholarships. Register at rrmc.org/ride.",
    note="event date; hospital domain",
)
P(
    "en",
    "event",
    F,
    "Blood drive Thursday, March 6, 8 am-3 pm in the main lobby with Memorial Blood Centers. Walk-ins welcome!",
    note="event date",
)
P(
    "en",
    "event",
    F,
    "Our NICU reunion picnic is Sunday, August 17 at Cedar Lake Park! All NICU grads and their families are invited. 🍼",
    note="venue not GEO; group of former patients",
)
P(
    "en",
    "event",
    F,
    "Flu shots for seniors 65+ every Friday in October at the Women's Center, 88 Lake Street.",
    note="hospital address; population age",
)
P(
    "en",
    "event",
    F,
    "Free sports physicals for Millbrook High School athletes on July 26, 9 am to noon.",
    note="event date; school not tied to a patient",
)
P(
    "en",
    "event",
    F,
    "Celebrating Nurses Week May 6-12! Tag a nurse who made a difference for you or your family. 💙 #NursesWeek",
    note="awareness week dates",
)
P(
    "en",
    "event",
    F,
    "Walk to End Alzheimer's: Team Riverside walks September 20 at Lake Harriet. Come walk with us!",
    note="eponymous disease; event date and venue",
)

# ---- statistics -------------------------------------------------------------------
P(
    "en",
    "statistic",
    F,
    "2024 by the numbers: 3,412 babies delivered, 118 burn patients treated, and 14 patients over 100 years old cared for on our medical floors.",
    note="population ages over 89 are not labelled",
)
P(
    "en",
    "statistic",
    F,
    "Heat-related ER visits jumped 31% in July, mostly among outdoor workers and people over 90.",
    note="month of a statistic; population age",
)
P(
    "en",
    "statistic",
    F,
    "Median ER wait time in March: 18 minutes. Busiest day: March 17. Thanks for your patience!",
    note="dates of hospital statistics",
)
P(
    "en",
    "statistic",
    F,
    "Spanish-speaking patients made up 18% of our ER visits, and our interpreters handled 41,000 calls.",
    note="population share",
)
P(
    "en",
    "statistic",
    F,
    "In 2024, 62 patients aged 90 or older had hip surgery here, with 96% one-year survival.",
    note="population age over 89; percentage not an age",
)

# ---- recruitment ------------------------------------------------------------------
P(
    "en",
    "recruitment",
    F,
    "Now hiring night-shift RNs for our burn unit. $15,000 sign-on bonus. Apply at riversidehealth.org/careers or call (763) 555-0100.",
    note="hospital URL and number",
)
P(
    "en",
    "recruitment",
    T,
    "Why I became a nurse: 'When my little brother was in the PICU here, a nurse named Beth held my hand all night.' - Carla, our newest PICU nurse",
    [("NAME", "Carla")],
    "the new nurse is introduced as a patient's sister, so her name is a relative's name; the nurse Beth is not labelled",
)
P(
    "en",
    "recruitment",
    F,
    "Join our hospice team! 'Every patient teaches me something,' says Chaplain Dolores Saldívar, who has served with us for 12 years.",
    note="staff quote",
)
P(
    "en",
    "recruitment",
    F,
    "Bilingual (English/Spanish) patient access reps wanted at our main campus. Relocating from Texas or Puerto Rico? We offer relocation help.",
    note="state and territory",
)
P(
    "en",
    "recruitment",
    F,
    "Summer internships for high schoolers are open! Apply by April 30.",
    note="deadline date",
)
P(
    "en",
    "recruitment",
    F,
    "Travel nurses from Phoenix, Tucson and El Paso: trade the heat for our lakes this winter. 13-week contracts in L&D and ICU.",
    note="cities not tied to a patient",
)

# ---- crisis updates --------------------------------------------------------------
P(
    "en",
    "crisis_update",
    F,
    "Due to the ice storm, all outpatient appointments at the main campus are canceled today, January 9. Dialysis patients will get a call with new times.",
    note="date of a hospital closure",
)
P(
    "en",
    "crisis_update",
    F,
    "Our ER is on diversion for trauma patients after a multi-vehicle crash on I-94. Walk-in patients will still be seen.",
    note="crash road with no identified patient",
)
P(
    "en",
    "crisis_update",
    F,
    "Power has been restored at the Women's Center, 88 Lake Street. Thank you to all the families for your patience.",
    note="hospital address",
)
P(
    "en",
    "crisis_update",
    F,
    "Scam alert: a phishing email pretending to be from Riverside billing is going around. We will never ask for your SSN or bank account number by email. Report it at (763) 555-0100.",
    note="SSN and account words without values",
)
P(
    "en",
    "crisis_update",
    F,
    "We are caring for 9 patients from this morning's bus crash near Elk River; 2 are in critical condition. Families can reach our family line at (763) 555-0100 ext. 2.",
    note="several anonymous patients; crash town not tied to an identified patient",
)

# ---- research -----------------------------------------------------------------------
P(
    "en",
    "research",
    F,
    "Our cardiac team published results on 212 patients who wore a wearable defibrillator vest: 98% wore it every day.",
    note="study numbers; 98% is not an age",
)
P(
    "en",
    "research",
    F,
    "Now enrolling adults 18-75 with Hashimoto's thyroiditis in a study of a new once-a-week medication. Call (763) 555-0142 to learn more.",
    note="eponymous disease; hospital number",
)
P(
    "en",
    "research",
    F,
    "Riverside researchers presented four posters at the American Burn Association meeting in Phoenix this April.",
    note="conference city and month",
)
P(
    "en",
    "research",
    F,
    "Our electrophysiologists implanted the region's first leadless pacemakers. Devices like the Micra (model MC1VR01) are smaller than a AAA battery.",
    note="device model number is not a patient device serial",
)
P(
    "en",
    "research",
    F,
    "Dr. Huang's team received a $2.1 million NIH grant to study Alzheimer's among Hmong, Somali and Latino elders.",
    note="researcher; eponymous disease; populations",
)
P(
    "en",
    "research",
    F,
    "Results from our Guillain-Barré rehab study are out: patients walked again 3 weeks sooner with early robotic gait training.",
    note="eponymous condition",
)

# ---- public figures ---------------------------------------------------------------
P(
    "en",
    "public_figure",
    F,
    "Selena Quintanilla grew up in Lake Jackson, Texas, and a lot of our patients grew up with her music. Our music therapists put together a Tejano playlist for the rehab gym.",
    note="public figure's home town",
)
P(
    "en",
    "public_figure",
    F,
    "President Jimmy Carter spent nearly two years in hospice care before he died at 100. His choice helped millions of families talk about hospice.",
    note="public figure aged over 89",
)
P(
    "en",
    "public_figure",
    F,
    "Roberto Clemente died on December 31, 1972, flying aid to earthquake survivors in Nicaragua. On Roberto Clemente Day our Puerto Rican staff shared what he means to them.",
    note="public figure date of death",
)
P(
    "en",
    "public_figure",
    F,
    "Michael J. Fox has raised more than a billion dollars for Parkinson's research. Our movement disorders clinic is proud to be part of his foundation's trial network.",
    note="public figure and eponymous disease",
)
P(
    "en",
    "public_figure",
    F,
    "Gloria Estefan broke her back when her tour bus crashed near Scranton on March 20, 1990. Her comeback still inspires the patients in our spine rehab gym.",
    note="public figure's injury date and place",
)
P(
    "en",
    "public_figure",
    F,
    "Betty White would have turned 103 today, January 17. Her love of animals inspired our pet therapy program. 🐾",
    note="public figure age and birthday",
)
P(
    "en",
    "public_figure",
    F,
    "Simone Biles talks openly about mental health. If you're struggling, call or text 988. You're not alone.",
    note="public figure; national line",
)
P(
    "en",
    "public_figure",
    F,
    "Lou Gehrig gave his 'luckiest man' speech on July 4, 1939. Today our ALS clinic cares for 140 people living with the disease that bears his name.",
    note="historical date; eponymous disease",
)
P(
    "en",
    "public_figure",
    F,
    "Florence Nightingale was born on May 12, 1820, which is why Nurses Week ends on her birthday.",
    note="historical figure's birth date",
)
P(
    "en",
    "public_figure",
    F,
    "Clara Barton founded the American Red Cross at 59. This month our volunteers, ages 16 to 93, logged 5,000 hours.",
    note="historical figure; volunteer ages not labelled",
)

# ---- eponymous conditions ------------------------------------------------------------
P(
    "en",
    "eponymous_condition",
    F,
    "April is Parkinson's Awareness Month. Our rehab team runs LSVT BIG classes every Wednesday.",
    note="month of an awareness campaign",
)
P(
    "en",
    "eponymous_condition",
    F,
    "What's the difference between Crohn's and ulcerative colitis? Our GI team explains in today's video.",
    note="video of staff is not PHOTO",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Bell's palsy can look like a stroke. If one side of your face droops, call 911 and let the ER sort it out.",
    note="eponym that is a common word",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Graves' disease and Hashimoto's are both autoimmune thyroid conditions, but they push your thyroid in opposite directions.",
    note="eponyms",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Kawasaki disease is the leading cause of acquired heart disease in kids. Watch for a fever over 5 days plus red eyes, rash and swollen hands.",
    note="eponym that is also a city",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs UCL injuries in athletes of all ages.",
    note="procedure named after a public figure",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Down syndrome, Tourette syndrome, Asperger's: these names come from doctors, not from the people living with them. Join our neurodiversity panel.",
    note="eponyms",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Our new Whipple procedure program means pancreatic cancer patients no longer need to travel to Rochester for surgery.",
    note="eponymous procedure; city not tied to a patient",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Addison's disease, Cushing's syndrome and Still's disease: three rare conditions our endocrine and rheumatology teams see every week.",
    note="eponyms that are common words",
)
P(
    "en",
    "eponymous_condition",
    F,
    "Rocky Mountain spotted fever and West Nile virus are both on the rise. Use repellent and check for ticks.",
    note="place names inside disease names",
)

# ---- sponsors -------------------------------------------------------------------------
P(
    "en",
    "sponsor",
    F,
    "Thank you to the Whitfield Family Foundation for funding our new pediatric burn dressing room!",
    note="family name on a foundation",
)
P(
    "en",
    "sponsor",
    F,
    "Huge thanks to Garza Tire & Auto for sponsoring our Teddy Bear Clinic for the 5th year!",
    note="sponsor business with a surname",
)
P(
    "en",
    "sponsor",
    F,
    "The Alvarez Family Cancer Pavilion opens this fall, thanks to a $5 million gift from Drs. Luis and Maria Alvarez.",
    note="people naming a building",
)
P(
    "en",
    "sponsor",
    F,
    "Thank you, Millbrook Rotary, for 300 fleece blankets for our dialysis patients!",
    note="club name with city",
)
P(
    "en",
    "sponsor",
    F,
    "Our donor wall has a new name: Harold and June Kim, who gave $250,000 for the hospice garden. June is a retired NICU nurse.",
    note="donors; name that is a month",
)
P(
    "en",
    "sponsor",
    F,
    "Thank you to Rosa's Cantina for feeding our night shift every Friday in May! 🌮",
    note="business named after a person",
)

# ---- hospital contacts ----------------------------------------------------------------
P(
    "en",
    "hospital_contact",
    F,
    "Questions about your bill? Call (763) 555-0100 and press 2, Monday-Friday, 8 am-5 pm.",
    note="hospital main line",
)
P(
    "en",
    "hospital_contact",
    F,
    "Need to send records? Fax (763) 555-0188 or email records@riversidehealth.org.",
    note="hospital fax and email",
)
P(
    "en",
    "hospital_contact",
    F,
    "Heads up: the ER entrance has moved to the east drive off 2500 Riverside Pkwy, next to Lot C.",
    note="hospital address abbreviation",
)
P(
    "en",
    "hospital_contact",
    F,
    "Appointments: 763.555.0142. Interpreter line: 763-555-0100, ext. 8. Se habla español.",
    note="hospital numbers in other formats",
)
P(
    "en",
    "hospital_contact",
    F,
    "Follow @RRMCKids for pediatric news and @RiversideFoundation for giving updates!",
    note="hospital handles",
)
P(
    "en",
    "hospital_contact",
    F,
    "Walk-in care is now open until 9 pm at Riverside Children's Clinic, 410 Cedar Avenue South, Millbrook, MN 55391.",
    note="hospital address with city and ZIP",
)
P(
    "en",
    "hospital_contact",
    F,
    "Media inquiries: media@rrmc.org or +1 763 555 0100.",
    note="hospital email and international-format number",
)

# ---- campaign hashtags ----------------------------------------------------------------
P(
    "en",
    "campaign_hashtag",
    F,
    "Give a little, heal a lot. #RiversideTogether #HeartsOfMillbrook",
    note="campaign hashtags with common-word names",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "This #GivingTuesday, every gift to our burn unit is matched up to $50,000. #GraceUnderFire",
    note="campaign hashtag containing a name-like word",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "Our NICU nurses are ready for #WorldPrematurityDay! 💜 #TinyButMighty #JoyOnEveryFloor",
    note="campaign hashtags",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "#FaithFamilyFitness starts Monday with free heart-healthy walking groups at three Millbrook churches.",
    note="campaign hashtag with a name-like word; city of hospital events",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "It's #HospiceMonth. Thank you to our 140 hospice volunteers. #CompassionLivesHere",
    note="campaign",
)
P(
    "en",
    "campaign_hashtag",
    F,
    "Share your story with #MyRiversideMiracle and we may feature it, with your written permission of course.",
    note="campaign inviting stories",
)

# ---- anonymous stories ------------------------------------------------------------------
P(
    "en",
    "anonymous_story",
    F,
    "A baby boy was born in an elevator between the 2nd and 3rd floors this morning. Our L&D nurses now call it the 'express elevator.' Mom and baby are doing great!",
    note="anonymous birth; 'this morning' not labelled",
)
P(
    "en",
    "anonymous_story",
    F,
    "Our tiniest NICU baby of the year (1 lb 2 oz at birth) went home today after 114 days. We'll miss those cheeks!",
    note="anonymous discharge",
)
P(
    "en",
    "anonymous_story",
    F,
    "A grandfather in his 80s told our cardiac rehab team he just wanted to dance at his granddaughter's quinceañera. Last weekend, he did.",
    note="age range under 90",
)
P(
    "en",
    "anonymous_story",
    F,
    "A patient from Texas asked our nurses where to find real tortillas up here. By dinner, three nurses had brought in their moms' recipes.",
    note="state only",
)
P(
    "en",
    "anonymous_story",
    F,
    "A young mom who spent weeks in our burn unit last winter wrote to say her hands healed well enough to braid her daughter's hair again.",
    note="season; anonymous",
)
P(
    "en",
    "anonymous_story",
    F,
    "A man in his 60s collapsed at a Twins game and a nurse in the stands started CPR. He's home now and wanted to say thank you.",
    note="anonymous; age under 90",
)
P(
    "en",
    "anonymous_story",
    F,
    "One of our dialysis patients has knitted 212 hats for the NICU. She'd rather stay anonymous, but we had to share.",
    note="anonymous",
)
P(
    "en",
    "anonymous_story",
    F,
    '"I was so scared, and the nurse just held my hand." - a recent patient, about her stay in our labor and delivery unit',
    note="anonymous quote",
)
P(
    "en",
    "anonymous_story",
    F,
    "A teenager from a small town in Arizona came to us after a rattlesnake bite while visiting family. He's recovering well and says he'll stick to the trails.",
    note="state only; unnamed town",
)
P(
    "en",
    "anonymous_story",
    F,
    "A patient in her 70s asked our hospice team for one thing: to see snow one more time. Our staff built her a snowman outside her window.",
    note="anonymous hospice story",
)
P(
    "en",
    "anonymous_story",
    F,
    "To the family that left a thank-you card and a box of conchas at the ER desk on Sunday night: you made our week.",
    note="unnamed family; weekday",
)
P(
    "en",
    "anonymous_story",
    F,
    "Today our ER treated a toddler who swallowed a button battery. He'll be OK, but please keep batteries locked up.",
    note="anonymous",
)

# ---- non-patient memorials and birthdays -------------------------------------------------
P(
    "en",
    "memorial",
    F,
    "We said goodbye to Biscuit, our beloved therapy golden retriever, who visited more than 4,000 patients over nine years. 🐾",
    note="pet's name is not labelled",
)
P(
    "en",
    "memorial",
    F,
    "We mourn Dr. Raymond Ellis, who practiced cardiology here for 38 years. He died on March 9 at 81.",
    note="staff memorial",
)
P(
    "en",
    "milestone_birthday",
    F,
    "Happy 90th birthday to our volunteer Marjorie, who has staffed the gift shop every Tuesday since 1978!",
    note="volunteer's age over 89 not labelled",
)

# =============================================================================
# SPANISH - patient-specific
# =============================================================================
P(
    "es",
    "patient_story",
    T,
    "¡Qué orgullo! Don Efraín Colón, de Mayagüez, salió hoy caminando de rehabilitación cardíaca después de su triple bypass. Su hija Marilyn viajó desde Puerto Rico para estar con él. ¡Wepa, don Efraín!",
    [("NAME", "Efraín Colón"), ("GEO", "Mayagüez"), ("NAME", "Marilyn"), ("NAME", "Efraín", 2)],
    "honorífico don excluido; municipio de Puerto Rico; Puerto Rico no es GEO",
)
P(
    "es",
    "patient_story",
    T,
    "Milagros tiene 8 años y llegó a nuestra unidad de quemados en enero, después de un accidente con una olla de agua hirviendo. Hoy Milagros volvió a la escuela. ¡Con ese nombre, no nos sorprende!",
    [("NAME", "Milagros", "*"), ("DATE", "enero")],
    "nombre que es sustantivo común; mes del accidente",
)
P(
    "es",
    "thank_you",
    T,
    "mil gracias a todas las enfermeras del 5 oeste por cuidar a mi papá chuy 🙏 ya está en casa en edinburg",
    [("NAME", "chuy"), ("GEO", "edinburg")],
    "comentario compartido, todo en minúsculas; la unidad no se etiqueta",
)
P(
    "es",
    "patient_story",
    T,
    "Hoy nuestra guerrera terminó su última quimio 💪🎗️ ¡Gracias por tantas oraciones! #FuerzaXimena",
    [("NAME", "#FuerzaXimena")],
    "nombre solo en hashtag",
)
P(
    "es",
    "birth_announcement",
    T,
    "¡Bienvenida al mundo, Luz María! Nació el 12 de diciembre, día de la Virgen de Guadalupe, a las 4:15 de la mañana. Felicidades a sus papás, Rocío y Alonso.",
    [
        ("NAME", "Luz María"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Rocío"),
        ("NAME", "Alonso"),
    ],
    "el mismo día nombrado dos veces; la Virgen no es un nombre de paciente; la hora no se etiqueta",
)
P(
    "es",
    "birth_announcement",
    T,
    "¡Llegó el bebé de la tormenta! Ian Yahir nació el 3 de febrero mientras se iba la luz en medio de la nevada. Mamá Karla y papá Osvaldo, de Caguas, dicen que ya se acostumbrará al frío.",
    [
        ("NAME", "Ian Yahir"),
        ("DATE", "3 de febrero"),
        ("NAME", "Karla"),
        ("NAME", "Osvaldo"),
        ("GEO", "Caguas"),
    ],
    "fecha de nacimiento; 'luz' es sustantivo; padres de Caguas",
)
P(
    "es",
    "discharge",
    T,
    "Después de 40 días en la UCI neonatal, los gemelos Ángel y Gabriel se van a casa con sus papás a Homestead, Florida. ¡Los vamos a extrañar!",
    [("NAME", "Ángel"), ("NAME", "Gabriel"), ("GEO", "Homestead")],
    "nombres que también son palabras religiosas; estado no se etiqueta",
)
P(
    "es",
    "memorial",
    T,
    "Con mucho dolor despedimos a doña Consuelo Ibarra, de 97 años, quien falleció el 2 de noviembre en nuestra unidad de hospicio. Su familia agradece a todo el personal. Descanse en paz.",
    [("NAME", "Consuelo Ibarra"), ("AGE", "97"), ("DATE", "2 de noviembre")],
    "edad mayor de 89 ('97 años' -> '97'); fecha de fallecimiento",
)
P(
    "es",
    "milestone_birthday",
    T,
    "¡Feliz cumpleaños número 100 a doña Rosario Lugo! La centenaria celebró en nuestra unidad de diálisis con sus bisnietos, que llegaron desde Arecibo.",
    [("AGE", "100"), ("NAME", "Rosario Lugo"), ("AGE", "centenaria"), ("GEO", "Arecibo")],
    "edad en número y palabra 'centenaria'",
)
P(
    "es",
    "pasted_record",
    T,
    "Paciente: HERNÁNDEZ LÓPEZ, MARÍA DEL CARMEN — Fecha de nac.: 15/08/1961 — Expediente 00627718 — Habitación 309 — Alergias: penicilina",
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, MARÍA DEL CARMEN"),
        ("DATE", "15/08/1961"),
        ("MRN", "00627718"),
        ("OTHER_ID", "Habitación 309"),
    ],
    "encabezado de expediente pegado; fecha en formato día/mes",
)
P(
    "es",
    "patient_story",
    T,
    "Rigo trabaja en la Panadería La Esperanza de Pharr desde hace 20 años. Después de su infarto, sus compañeros de la Panadería La Esperanza le mandaron pan dulce a toda la unidad de cardiología. 🥖",
    [("NAME", "Rigo"), ("NAME", "Panadería La Esperanza", "*"), ("GEO", "Pharr")],
    "empleador del paciente (con 'Esperanza') y su ciudad",
)
P(
    "es",
    "memorial",
    T,
    "Nuestro corazón está con la familia de Brayan, de 15 años, quien perdió la vida el 20 de julio tras un accidente en la carretera 2 cerca de Hatillo. Su familia organizó una colecta: gofundme.com/f/brayan-por-siempre",
    [
        ("NAME", "Brayan"),
        ("DATE", "20 de julio"),
        ("GEO", "carretera 2"),
        ("GEO", "Hatillo"),
        ("URL", "gofundme.com/f/brayan-por-siempre"),
    ],
    "carretera del accidente; enlace de colecta",
)
P(
    "es",
    "patient_story",
    T,
    "A sus 92 años, don Severiano sigue cantando rancheras. Esta semana le pusimos un marcapasos y ya nos cantó 'El Rey' en el pasillo. 🎶",
    [("AGE", "92"), ("NAME", "Severiano")],
    "edad mayor de 89; título de canción no es nombre",
)
P(
    "es",
    "patient_story",
    T,
    "Gracias a la señora Ofelia, que maneja todos los días desde Willmar para estar con su nieto en la UCI pediátrica. Las enfermeras ya la consideran parte del equipo.",
    [("NAME", "Ofelia"), ("GEO", "Willmar")],
    "solo se nombra a la abuela; su ciudad",
)
P(
    "es",
    "milestone_birthday",
    T,
    "¡Hoy cumple 7 años nuestro paciente favorito de ortopedia, Santiago! Nació un 15 de septiembre, víspera del Día de la Independencia de México, y hoy lo celebramos con piñata en el piso 6.",
    [("NAME", "Santiago"), ("DATE", "15 de septiembre")],
    "fecha de nacimiento; la víspera de un feriado no es el feriado; piso no se etiqueta",
)
P(
    "es",
    "patient_story",
    T,
    "Mateo, de 11 años, estrenó su primera bomba de insulina (número de serie NG-2291-47B) y ya se la enseñó a todos sus primos en Nogales.",
    [("NAME", "Mateo"), ("DEVICE", "NG-2291-47B"), ("GEO", "Nogales")],
    "número de serie de dispositivo",
)
P(
    "es",
    "pasted_record",
    T,
    "Favor de verificar cobertura: Plan Vital núm. 004417789, paciente Wilfredo Ortiz Santiago, cama 12, ingresó el 9/3.",
    [
        ("HEALTH_PLAN", "004417789"),
        ("NAME", "Wilfredo Ortiz Santiago"),
        ("OTHER_ID", "cama 12"),
        ("DATE", "9/3"),
    ],
    "nota interna pegada; número del plan de salud de PR; cama",
)
P(
    "es",
    "discharge",
    T,
    "En la foto: Xiadani y su abuelita Hortencia el día que salió de la unidad de quemados. ¡Qué sonrisas! 💛",
    [("PHOTO", "En la foto"), ("NAME", "Xiadani"), ("NAME", "Hortencia")],
    "foto de la paciente; 'abuelita' no forma parte del nombre",
)
P(
    "es",
    "event",
    T,
    "Este sábado, carne asada a beneficio de la familia Benavides para ayudar con los gastos del trasplante de Joselyn. Donaciones por Zelle al (956) 555-0172.",
    [("NAME", "Benavides"), ("NAME", "Joselyn"), ("PHONE", "(956) 555-0172")],
    "evento de recaudación para una paciente; teléfono de Zelle de la familia",
)
P(
    "es",
    "thank_you",
    T,
    "Los papás de Kevin Josué nos pidieron compartir su correo para quienes quieran mandarle ánimos: animoskevinjosue@hotmail.com. ¡Gracias, comunidad!",
    [("NAME", "Kevin Josué"), ("EMAIL", "animoskevinjosue@hotmail.com")],
    "correo de la familia",
)
P(
    "es",
    "patient_story",
    T,
    "Gracias a los vecinos que ayudaron a don Anselmo cuando su troca, placas TKR-4402, se volcó en la autopista 169. Ya está fuera de peligro en nuestra unidad de trauma.",
    [("NAME", "Anselmo"), ("VEHICLE", "TKR-4402"), ("GEO", "autopista 169")],
    "placas del vehículo; carretera del accidente",
)
P(
    "es",
    "milestone_birthday",
    T,
    "Doña Eulalia cumplió noventa y cinco años en nuestra unidad de rehabilitación ¡y bailó una cumbia con su terapeuta! 💃",
    [("NAME", "Eulalia"), ("AGE", "noventa y cinco")],
    "edad mayor de 89 escrita con palabras",
)
P(
    "es",
    "birth_announcement",
    T,
    "Mi gente, Yeidy salió de la sala de partos con su nena en brazos: Ámbar Sofía, nacida el Día de Reyes (6 de enero). ¡Bendiciones!",
    [("NAME", "Yeidy"), ("NAME", "Ámbar Sofía"), ("DATE", "Día de Reyes"), ("DATE", "6 de enero")],
    "estilo boricua; feriado y fecha del nacimiento, ambos",
)
P(
    "es",
    "memorial",
    T,
    'Hoy se cumple un año de la partida de nuestro querido paciente Teodoro "Teo" Vázquez. Su esposa, Inés, y sus hijos siguen visitando al equipo de diálisis cada mes. Te recordamos, Teo.',
    [("NAME", 'Teodoro "Teo" Vázquez'), ("NAME", "Inés"), ("NAME", "Teo", 2)],
    "apodo entre comillas dentro del nombre; 'un año' no es fecha",
)
P(
    "es",
    "pasted_record",
    T,
    "Resumen de alta: Pcte. Guadalupe Trujillo, 64 a., ingresó 03/02 por neumonía, alta 10/02, domicilio Calle 8 #412, Eagle Pass, tel. 830-555-0117.",
    [
        ("NAME", "Guadalupe Trujillo"),
        ("DATE", "03/02"),
        ("DATE", "10/02"),
        ("GEO", "Calle 8 #412"),
        ("GEO", "Eagle Pass"),
        ("PHONE", "830-555-0117"),
    ],
    "resumen de alta pegado; fechas día/mes; domicilio",
)
P(
    "es",
    "thank_you",
    T,
    "gracias a todos x sus oraciones, la bebé sigue luchando en la uci neonatal 🙏 #todosconvalentina",
    [("NAME", "#todosconvalentina")],
    "hashtag en minúsculas con el nombre de la paciente",
)
P(
    "es",
    "patient_story",
    T,
    "Toda la cuadrilla de Techos Hermanos Ruiz vino a donar sangre por su compañero Memo, que se cayó de un techo el 3 de abril. ¡Eso es ser familia!",
    [("NAME", "Techos Hermanos Ruiz"), ("NAME", "Memo"), ("DATE", "3 de abril")],
    "empleador del paciente; fecha de la lesión",
)
P(
    "es",
    "thank_you",
    T,
    "La señora M. nos escribió desde Ponce para agradecer el trato que recibió su esposo en la unidad coronaria. ¡Gracias a usted!",
    [("NAME", "M"), ("GEO", "Ponce")],
    "inicial de la esposa del paciente; ciudad de la familia",
)
P(
    "es",
    "milestone_birthday",
    T,
    "Hoy Jesús cumple 10 años y lo celebra con nosotros en oncología pediátrica. Nació en Navidad, así que este año le tocó pastel doble. ¡Feliz cumpleaños, Jesús!",
    [("NAME", "Jesús", "*"), ("DATE", "Navidad")],
    "nombre religioso; nacimiento en un feriado",
)
P(
    "es",
    "sponsor",
    T,
    "Gracias a Ramiro y Elvia Cantú por donar una silla de ruedas pediátrica en memoria de su hijo Ramirito, paciente de nuestra unidad de cuidados intensivos.",
    [("NAME", "Ramiro"), ("NAME", "Elvia Cantú"), ("NAME", "Ramirito")],
    "donantes presentados como padres de un paciente",
)
P(
    "es",
    "pasted_record",
    T,
    "Registro: pcte. Abigail Durán, licencia de conducir de Florida D650-412-88-719-0, póliza Ambetter U7781044, cuenta 3309-7712, SS 584-33-0912.",
    [
        ("NAME", "Abigail Durán"),
        ("LICENSE", "D650-412-88-719-0"),
        ("HEALTH_PLAN", "U7781044"),
        ("ACCOUNT", "3309-7712"),
        ("SSN", "584-33-0912"),
    ],
    "registro pegado: licencia, póliza, cuenta y seguro social",
)
P(
    "es",
    "crisis_update",
    T,
    "Actualización: la familia de Nayeli Torres, la niña de 9 años rescatada del río Crow el sábado, confirma que ya respira sin ayuda. Gracias por sus oraciones.",
    [("NAME", "Nayeli Torres"), ("GEO", "río Crow")],
    "actualización con nombre; río donde se lesionó la paciente",
)
P(
    "es",
    "staff_spotlight",
    T,
    "Nuestra enfermera del mes, Leticia Ramos, fue nominada por la familia de Alondra, una paciente de oncología pediátrica que la llama 'mi ángel'.",
    [("NAME", "Alondra")],
    "reconocimiento al personal que nombra a una paciente",
)
P(
    "es",
    "patient_story",
    T,
    "Sigan la recuperación de Thiago en Instagram: @thiago.guerrero.fuerte 💙 ¡Ya dio sus primeros pasos con su prótesis!",
    [("NAME", "Thiago"), ("OTHER_ID", "@thiago.guerrero.fuerte")],
    "cuenta de redes sociales de la familia",
)
P(
    "es",
    "birth_announcement",
    T,
    "¡No alcanzaron a llegar! La pequeña Valeria nació el 28 de febrero en el asiento trasero del carro de su papá, Fermín, a dos cuadras de urgencias.",
    [("NAME", "Valeria"), ("DATE", "28 de febrero"), ("NAME", "Fermín")],
    "'la pequeña' excluido; fecha de nacimiento",
)
P(
    "es",
    "patient_story",
    T,
    "Doña Socorro vive en Mercedes, Texas, pero cada verano viene a Minnesota a trabajar en el betabel con sus hijos. Este año le tocó quedarse con nosotros por una cirugía de vesícula. ¡Ya va de salida, doña Socorro!",
    [("NAME", "Socorro", "*"), ("GEO", "Mercedes")],
    "nombre que es palabra común y ciudad; ciudad tejana que es nombre de pila",
)
P(
    "es",
    "discharge",
    T,
    "Gracias por la paciencia, familia Maldonado. Don Aurelio ya está en casa en el Bronx después de 3 semanas en diálisis aguda. Pueden seguir mandando sus saludos por ATH Móvil al 787-555-0139.",
    [("NAME", "Maldonado"), ("NAME", "Aurelio"), ("GEO", "Bronx"), ("PHONE", "787-555-0139")],
    "número de ATH Móvil de la familia; barrio de Nueva York",
)

# =============================================================================
# SPANISH - not patient-specific
# =============================================================================
P(
    "es",
    "staff_spotlight",
    F,
    "¡Conozcan a Esperanza Domínguez, nuestra nueva enfermera de partos! Esperanza nació en Laredo y lleva 12 años recibiendo bebés.",
    note="nombre y ciudad natal de una empleada",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Felicidades al Dr. Luis Ángel Pacheco por sus 30 años en nuestra unidad de diálisis. 🎉",
    note="médico",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Nuestra voluntaria Carmen Delia, de 91 años, teje gorritos para todos los bebés de la UCI neonatal. 🧶",
    note="edad de una voluntaria mayor de 89: no se etiqueta",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Hoy despedimos a nuestra enfermera Socorro Méndez, que se jubila después de 35 años en el hospicio. ¡Te vamos a extrañar, Socorro!",
    note="empleada con nombre que es palabra común",
)
P(
    "es",
    "staff_spotlight",
    F,
    "Felicidades a nuestro camillero Wilfredo, cuyo hijo Jadiel se graduó de enfermería en la Universidad de Puerto Rico en Humacao. ¡Otro enfermero en la familia!",
    note="familia de un empleado; ciudad de la universidad",
)
P(
    "es",
    "health_tip",
    F,
    "Con el calor, las personas de 90 años o más y los bebés corren más riesgo. Tome agua, busque sombra y llame al 911 si alguien se confunde o se desmaya.",
    note="edad de un grupo de población",
)
P(
    "es",
    "health_tip",
    F,
    "¿Sabía que la enfermedad de Chagas se puede pasar de madre a hijo? Pregunte por la prueba en su control prenatal.",
    note="enfermedad epónima",
)
P(
    "es",
    "health_tip",
    F,
    "¿Viaja a la isla estas Navidades? Hay dengue en Puerto Rico: use repelente y duerma con mosquitero.",
    note="territorio; feriado no ligado a un paciente",
)
P(
    "es",
    "health_tip",
    F,
    "Si su hijo tiene fiebre por más de 5 días, ojos rojos y labios agrietados, podría ser enfermedad de Kawasaki. Llame a su pediatra.",
    note="enfermedad epónima",
)
P(
    "es",
    "health_tip",
    F,
    "La fiebre del valle se contagia al respirar polvo del desierto. Si vivió en Arizona y tiene tos que no se quita, dígaselo a su médico.",
    note="enfermedad con nombre de lugar; estado",
)
P(
    "es",
    "event",
    F,
    "Feria de salud gratuita el sábado 14 de junio en la Clínica Infantil, 410 Cedar Avenue South. ¡Habrá vacunas, presión arterial y piñatas!",
    note="fecha del evento; dirección del hospital",
)
P(
    "es",
    "event",
    F,
    "Clase de lactancia en español cada primer martes del mes en el Centro de la Mujer, 88 Lake Street. Informes: (763) 555-0142.",
    note="dirección y teléfono del hospital",
)
P(
    "es",
    "event",
    F,
    "Misa de sanación en la capilla del hospital el 12 de diciembre, día de la Virgen de Guadalupe, a las 7 de la tarde. Todos son bienvenidos. 🌹",
    note="fecha del evento; el mismo feriado es fecha de nacimiento en otra publicación",
)
P(
    "es",
    "event",
    F,
    "Torneo de dominó a beneficio de la unidad de diálisis: 5 de octubre en el Salón Comunitario de Millbrook. ¡Inscripciones en rrmc.org/domino!",
    note="evento, lugar, dominio del hospital",
)
P(
    "es",
    "statistic",
    F,
    "En 2024 atendimos 3,412 partos en nuestro Centro de la Mujer; el 22% de las mamás prefirió atención en español.",
    note="estadística",
)
P(
    "es",
    "statistic",
    F,
    "El año pasado, 38 pacientes de 90 años o más se recuperaron de una fractura de cadera en nuestra unidad de ortopedia.",
    note="edad de grupo mayor de 89",
)
P(
    "es",
    "recruitment",
    F,
    "¿Eres enfermera bilingüe? Buscamos personal para urgencias y partos. Solicita en riversidehealth.org/empleos.",
    note="URL del hospital",
)
P(
    "es",
    "recruitment",
    F,
    "Contratamos intérpretes médicos de español. Salario desde $24 la hora. Llama al (763) 555-0100, ext. 5.",
    note="teléfono del hospital",
)
P(
    "es",
    "recruitment",
    F,
    "¿Vienes de San Antonio, Ponce o Hialeah? Ofrecemos ayuda con la mudanza a enfermeras que se unan a nuestra unidad de quemados.",
    note="ciudades no ligadas a un paciente",
)
P(
    "es",
    "crisis_update",
    F,
    "Aviso: hay llamadas falsas que dicen ser de nuestro departamento de facturación. Nunca le pediremos su número de Seguro Social por teléfono.",
    note="'Seguro Social' sin número",
)
P(
    "es",
    "crisis_update",
    F,
    "Estamos atendiendo a 6 trabajadores heridos en el incendio de una planta empacadora cerca de Worthington. Las familias pueden llamar al (763) 555-0100.",
    note="varios pacientes anónimos; ciudad del incidente sin paciente identificado",
)
P(
    "es",
    "research",
    F,
    "Buscamos voluntarios de 40 a 70 años con diabetes tipo 2 para un estudio sobre caminar después de comer. Llame al (763) 555-0142.",
    note="rango de edades",
)
P(
    "es",
    "research",
    F,
    "Tras el brote de zika en Puerto Rico aumentaron los casos de síndrome de Guillain-Barré. Nuestro equipo de neurología presentó los resultados en San Juan.",
    note="epónimo; ciudad de una conferencia",
)
P(
    "es",
    "public_figure",
    F,
    "Rita Moreno nació en Humacao el 11 de diciembre de 1931 y a sus 93 años sigue actuando. ¡Nunca es tarde para moverse!",
    note="figura pública: fecha, ciudad y edad mayor de 89 no se etiquetan",
)
P(
    "es",
    "public_figure",
    F,
    "La poeta Julia de Burgos nació en Carolina, Puerto Rico, el 17 de febrero de 1914. Hoy nuestro grupo de lectura en hospicio leyó 'Río Grande de Loíza'.",
    note="figura histórica; título de poema con nombre de lugar",
)
P(
    "es",
    "public_figure",
    F,
    "Roberto Clemente decía: 'Si tienes la oportunidad de ayudar a otros y no lo haces, estás perdiendo tu tiempo.' Gracias a nuestros voluntarios. ⚾",
    note="figura pública",
)
P(
    "es",
    "eponymous_condition",
    F,
    "Abril es el mes de concientización sobre el Parkinson. Nuestro equipo de rehabilitación ofrece clases de baile para pacientes con Parkinson.",
    note="'Abril' como mes; enfermedad epónima",
)
P(
    "es",
    "eponymous_condition",
    F,
    "¿Qué es el linfoma de Hodgkin? Nuestra oncóloga, la Dra. Paz Medina, lo explica en este video.",
    note="epónimo; médica con nombre que es palabra común; video de personal",
)
P(
    "es",
    "eponymous_condition",
    F,
    "El mal de Alzheimer no es parte normal del envejecimiento. Si a su mamá se le olvidan las cosas seguido, hable con su médico.",
    note="epónimo; familiar genérico",
)
P(
    "es",
    "sponsor",
    F,
    "Gracias a Supermercados Ramírez por donar 500 pavos para las familias de nuestros pacientes. 🦃",
    note="empresa donante con apellido",
)
P(
    "es",
    "sponsor",
    F,
    "Gracias a Hermanos Treviño Construcción por donar la mano de obra para el nuevo jardín del hospicio. 🌻",
    note="empresa donante (no empleador de un paciente)",
)
P(
    "es",
    "hospital_contact",
    F,
    "¿Necesita un intérprete? Llame al (763) 555-0100 y marque 8. Servicio gratuito, las 24 horas.",
    note="teléfono del hospital",
)
P(
    "es",
    "hospital_contact",
    F,
    "Envíe sus expedientes médicos por fax al (763) 555-0188 o por correo a records@riversidehealth.org.",
    note="fax y correo del hospital",
)
P(
    "es",
    "campaign_hashtag",
    F,
    "¡Este #MartesDeDar, cada donación a nuestra unidad de quemados se duplica! #EsperanzaParaTodos",
    note="hashtags de campaña, uno con una palabra que es nombre",
)
P(
    "es",
    "anonymous_story",
    F,
    "Esta madrugada un papá manejó dos horas en la nieve para llegar a tiempo al parto. ¡Llegó con 10 minutos de sobra! 🚗❄️",
    note="nacimiento anónimo",
)
P(
    "es",
    "anonymous_story",
    F,
    "Un paciente de unos 70 años nos pidió escuchar a Vicente Fernández en su último día. Nuestro equipo de hospicio le cantó 'Volver, volver'.",
    note="edad menor de 90; figura pública",
)
P(
    "es",
    "anonymous_story",
    F,
    "Una abuelita de Guatemala nos enseñó a hacer tamales de chipilín durante su estancia en diálisis. ¡Gracias, abuelita!",
    note="país, no GEO",
)
P(
    "es",
    "anonymous_story",
    F,
    "Un joven de Puerto Rico que sufrió quemaduras graves nos escribió para contarnos que ya volvió a tocar el cuatro. 🎸",
    note="territorio, anónimo",
)
P(
    "es",
    "memorial",
    F,
    "Descansa, Canelo. Nuestro perro de terapia visitó a miles de pacientes durante 10 años. 🐾",
    note="nombre de mascota",
)
P(
    "es",
    "milestone_birthday",
    F,
    "¡Feliz cumpleaños 90 a nuestro voluntario don Chema, que lleva 25 años repartiendo café en la sala de espera! ☕",
    note="edad mayor de 89 de un voluntario: no se etiqueta",
)


if __name__ == "__main__":
    SET.main("phi_holdout")
