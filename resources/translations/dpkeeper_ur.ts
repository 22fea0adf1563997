<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="29"/>
        <source>About %1</source>
        <translation>%1 کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="38"/>
        <source>Version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="40"/>
        <source>New vaults are saved in this folder unless you choose another: %1</source>
        <translation>نئی تجوریاں اسی فولڈر میں محفوظ ہوتی ہیں، جب تک آپ کوئی اور فولڈر نہ چنیں: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="43"/>
        <source>Your vault is in this folder: %1</source>
        <translation>آپ کی تجوری اس فولڈر میں ہے: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="49"/>
        <source>All rights reserved by the Direct Payments Keeper authors. Made with Qt for Python (LGPL 3), SQLCipher (BSD) and the DejaVu fonts (free licence).</source>
        <translation>جملہ حقوق Direct Payments Keeper کے مصنفین کے پاس محفوظ ہیں۔ یہ Qt for Python (LGPL 3)، SQLCipher (BSD) اور DejaVu فونٹس (مفت لائسنس) سے بنائی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="56"/>
        <source>Your records stay on this computer, locked with your passphrase. The app does not send anything over the internet.</source>
        <translation>آپ کا ریکارڈ اسی کمپیوٹر پر رہتا ہے، آپ کے پاس فریز سے بند۔ یہ ایپ انٹرنیٹ پر کچھ بھی نہیں بھیجتی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="63"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="41"/>
        <source>Leave or sickness for %1</source>
        <translation>%1 کی چھٹی یا بیماری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="44"/>
        <source>Annual leave or sickness</source>
        <translation>سالانہ چھٹی یا بیماری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="47"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="48"/>
        <source>Hours that day</source>
        <translation>اس دن کے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="49"/>
        <source>For example: 7.5, 7:30 or 7h 30m</source>
        <translation>مثلاً: 7.5، 7:30 یا 7h 30m</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="50"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="51"/>
        <source>Optional, for example: booked in June</source>
        <translation>ضروری نہیں، مثلاً: جون میں بک کی تھی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="52"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="57"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="58"/>
        <source>&amp;Hours that day:</source>
        <translation>اس دن کے گھنٹے (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="59"/>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="65"/>
        <source>Record one day off at a time, with the hours your PA would have worked that day.</source>
        <translation>ایک وقت میں ایک دن کی چھٹی درج کریں، اور ساتھ وہ گھنٹے لکھیں جو آپ کا پی اے اس دن کام کرتا۔</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Change an account</source>
        <translation>اکاؤنٹ تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="39"/>
        <source>Account name</source>
        <translation>اکاؤنٹ کا نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="40"/>
        <source>For example: Direct payment account</source>
        <translation>مثلاً: ڈائریکٹ پیمنٹ اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="41"/>
        <source>Kind of account</source>
        <translation>اکاؤنٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="44"/>
        <source>Opening balance</source>
        <translation>شروع کا بیلنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="45"/>
        <source>Opening date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="46"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="49"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="51"/>
        <source>&amp;Money in it at the start (£):</source>
        <translation>شروع میں اس میں کتنی رقم تھی (£) (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="52"/>
        <source>&amp;On this date:</source>
        <translation>اس تاریخ کو (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="57"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="65"/>
        <source>Use the balance on your bank statement (or the cash in the tin) on the day you start keeping records here.</source>
        <translation>جس دن سے آپ یہاں ریکارڈ رکھنا شروع کریں، اس دن کا بیلنس اپنی بینک اسٹیٹمنٹ سے لکھیں (یا ڈبے میں رکھی نقدی)۔</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="40"/>
        <source>Add a person</source>
        <translation>کسی کو شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="41"/>
        <source>Add a person who can open this vault</source>
        <translation>ایسے شخص کو شامل کریں جو یہ تجوری کھول سکے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="42"/>
        <source>Their name</source>
        <translation>ان کا نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>&amp;Helper</source>
        <translation>مددگار (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>Helper</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>A&amp;dvocate</source>
        <translation>حمایتی / ایڈووکیٹ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>Advocate</source>
        <translation>حمایتی / ایڈووکیٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="60"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="67"/>
        <source>Let them in</source>
        <translation>انہیں اجازت دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="68"/>
        <source>&amp;Let them in</source>
        <translation>انہیں اجازت دیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="73"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="80"/>
        <source>They will open the vault with their own passphrase, and the history will show what they did. Choose the passphrase together, or let them type it.</source>
        <translation>وہ اپنے پاس فریز سے تجوری کھولیں گے، اور ہسٹری (تبدیلیوں کا ریکارڈ) میں دکھے گا کہ انہوں نے کیا کیا۔ پاس فریز مل کر چنیں، یا انہیں خود لکھنے دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="86"/>
        <source>What may they do?</source>
        <translation>وہ کیا کیا کر سکتے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="91"/>
        <source>Roles stop mistakes and record who did what. They are not a lock: anyone who can open this vault could, with other tools, read everything in it. Only share the vault with people you trust.</source>
        <translation>کردار غلطیوں سے بچاتے ہیں اور یہ ریکارڈ رکھتے ہیں کہ کس نے کیا کیا۔ یہ تالا نہیں ہیں: جو بھی یہ تجوری کھول سکتا ہے، وہ دوسرے ٹولز سے اس میں موجود سب کچھ پڑھ سکتا ہے۔ تجوری صرف انہی لوگوں کے ساتھ شیئر کریں جن پر آپ کو بھروسہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="122"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation>براہِ کرم اس شخص کا نام لکھیں جسے آپ اجازت دے رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>AllChangesDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="28"/>
        <source>Everything that changed</source>
        <translation>جو کچھ بھی بدلا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="31"/>
        <source>Changes, newest first</source>
        <translation>تبدیلیاں، نئی سب سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="34"/>
        <source>Show &amp;older changes</source>
        <translation>پرانی تبدیلیاں دکھائیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="36"/>
        <source>Show older changes</source>
        <translation>پرانی تبدیلیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="44"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="52"/>
        <source>Every change saved in this vault, newest first: when it was made, who made it, and what changed. Nothing can be taken out of this list.</source>
        <translation>اس تجوری میں محفوظ ہر تبدیلی، نئی سب سے پہلے: کب ہوئی، کس نے کی، اور کیا بدلا۔ اس فہرست سے کچھ بھی نکالا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="71"/>
        <source>No older changes</source>
        <translation>کوئی پرانی تبدیلی نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="73"/>
        <source>No changes are recorded yet.</source>
        <translation>ابھی کوئی تبدیلی درج نہیں ہوئی۔</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/amount_field.py" line="14"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="61"/>
        <source>Budget line</source>
        <translation>بجٹ لائن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="64"/>
        <source>Name of the budget line</source>
        <translation>بجٹ لائن کا نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="65"/>
        <source>For example: PA support</source>
        <translation>مثلاً: پی اے کی مدد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="66"/>
        <source>Spending category</source>
        <translation>خرچ کی کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="71"/>
        <source>Hours of support</source>
        <translation>مدد کے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount of money</source>
        <translation>ایک طے شدہ رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="76"/>
        <source>Hours a week</source>
        <translation>ہفتے میں گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="77"/>
        <source>Hourly rate in pounds</source>
        <translation>فی گھنٹہ شرح، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>رقم، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="79"/>
        <source>How often</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="82"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="86"/>
        <source>&amp;Category:</source>
        <translation>کیٹیگری (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="88"/>
        <source>&amp;Hours a week:</source>
        <translation>ہفتے میں گھنٹے (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="89"/>
        <source>Hourly &amp;rate (£):</source>
        <translation>فی گھنٹہ شرح (£) (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="91"/>
        <source>&amp;Amount (£):</source>
        <translation>رقم (£) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="92"/>
        <source>&amp;How often:</source>
        <translation>کتنی بار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="97"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="67"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="68"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="18"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="19"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="27"/>
        <source>Change passphrase</source>
        <translation>پاس فریز تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="21"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Change passphrase</source>
        <translation>پاس فریز تبدیل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="35"/>
        <source>Your records stay as they are. Only the passphrase that opens them changes.</source>
        <translation>آپ کا ریکارڈ ویسا ہی رہے گا۔ صرف وہ پاس فریز بدلے گا جس سے یہ کھلتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="33"/>
        <source>Employer&apos;s liability insurance</source>
        <translation>ایمپلائرز لائبلٹی انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="36"/>
        <source>Checks for %1</source>
        <translation>%1 کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="44"/>
        <source>Done on</source>
        <translation>کب ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="45"/>
        <source>Renew or follow up by</source>
        <translation>تجدید یا پیروی کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="46"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="50"/>
        <source>%1 done on</source>
        <translation>%1 کب ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="53"/>
        <source>%1 due by</source>
        <translation>%1 کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="56"/>
        <source>%1 note</source>
        <translation>%1 کا نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="59"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="72"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="79"/>
        <source>Fill in the dates you know. Home reminds you 30 days before a “renew or follow up by” date. Leave a date empty if it does not apply.</source>
        <translation>جو تاریخیں آپ کو معلوم ہیں وہ لکھ دیں۔ “تجدید یا پیروی کی تاریخ” سے 30 دن پہلے “ہوم” صفحہ آپ کو یاد دلائے گا۔ جو تاریخ لاگو نہ ہو اسے خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>CodeCheckFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="18"/>
        <source>Last two groups of the recovery code</source>
        <translation>ریکوری کوڈ کے آخری دو گروپ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="21"/>
        <source>Recovery code check</source>
        <translation>ریکوری کوڈ کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="24"/>
        <source>&amp;Last two groups:</source>
        <translation>آخری دو گروپ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="30"/>
        <source>To check you have your recovery code safe, please type its last two groups of four (the 6th and 7th). Capital or small letters are both fine.</source>
        <translation>یہ دیکھنے کے لیے کہ آپ کا ریکوری کوڈ آپ کے پاس محفوظ ہے، براہِ کرم اس کے آخری دو گروپ لکھیں، جن میں چار چار حروف ہیں (6واں اور 7واں)۔ بڑے یا چھوٹے حروف، دونوں ٹھیک ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="52"/>
        <source>That doesn&apos;t match the code. Go back to look at it again, then type the last two groups.</source>
        <translation>یہ کوڈ سے نہیں ملتا۔ واپس جا کر اسے ایک بار پھر دیکھیں، پھر آخری دو گروپ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="37"/>
        <source>The start of the file</source>
        <translation>فائل کا شروع کا حصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="43"/>
        <source>Date column</source>
        <translation>تاریخ کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="44"/>
        <source>Description column</source>
        <translation>تفصیل کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="45"/>
        <source>Amount column</source>
        <translation>رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="46"/>
        <source>Money out column</source>
        <translation>جانے والی رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="47"/>
        <source>Money in column</source>
        <translation>آنے والی رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="48"/>
        <source>Balance column</source>
        <translation>بیلنس کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="50"/>
        <source>Money &amp;out is shown without a minus sign</source>
        <translation>جانے والی رقم مائنس کے نشان کے بغیر لکھی ہے (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="52"/>
        <source>Money out is shown without a minus sign</source>
        <translation>جانے والی رقم مائنس کے نشان کے بغیر لکھی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="58"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="59"/>
        <source>Des&amp;cription (who was paid):</source>
        <translation>تفصیل (کس کو ادائیگی ہوئی) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="60"/>
        <source>&amp;Amount (in and out in one column):</source>
        <translation>رقم (آنے اور جانے والی، ایک ہی کالم میں) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="61"/>
        <source>Money ou&amp;t:</source>
        <translation>جانے والی رقم (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="62"/>
        <source>Money &amp;in:</source>
        <translation>آنے والی رقم (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="63"/>
        <source>&amp;Balance (if there is one):</source>
        <translation>بیلنس (اگر ہو) (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="69"/>
        <source>Choose either the amount column, or the money out and money in columns. Check the rows below look right before you go on.</source>
        <translation>یا تو رقم کا کالم چنیں، یا جانے والی رقم اور آنے والی رقم کے کالم۔ آگے بڑھنے سے پہلے دیکھ لیں کہ نیچے کی قطاریں ٹھیک لگ رہی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="73"/>
        <source>How the rows will read</source>
        <translation>قطاریں کیسے پڑھی جائیں گی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="82"/>
        <source>The start of the file:</source>
        <translation>فائل کا شروع کا حصہ:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="86"/>
        <source>How the first rows will read:</source>
        <translation>پہلی قطاریں کیسے پڑھی جائیں گی:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="121"/>
        <source>(not in this file)</source>
        <translation>(اس فائل میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="176"/>
        <source>Please choose the column that holds the date.</source>
        <translation>براہِ کرم وہ کالم چنیں جس میں تاریخ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="215"/>
        <source>balance %1</source>
        <translation>بیلنس %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="46"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="56"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Next</source>
        <translation>آگے (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="60"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="88"/>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="91"/>
        <source>Where the vault is kept</source>
        <translation>تجوری کہاں رکھی جائے گی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>C&amp;hange folder…</source>
        <translation>فولڈر بدلیں (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>Change folder</source>
        <translation>فولڈر بدلیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="99"/>
        <source>Your &amp;name:</source>
        <translation>آپ کا نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="106"/>
        <source>A vault keeps one person&apos;s direct payment records, locked with a passphrase. Whose records will it hold? (If you help someone else, type their name.)</source>
        <translation>ایک تجوری میں ایک شخص کی ڈائریکٹ پیمنٹس (کونسل کی طرف سے دیکھ بھال کے لیے ملنے والی رقم) کا ریکارڈ رہتا ہے، جو پاس فریز (آپ کے چنے ہوئے چند خفیہ الفاظ) سے بند ہوتا ہے۔ اس میں کس کا ریکارڈ ہوگا؟ (اگر آپ کسی اور کی مدد کرتے ہیں تو ان کا نام لکھیں۔)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="134"/>
        <source>Your vault will be kept in this folder: %1</source>
        <translation>آپ کی تجوری اس فولڈر میں رکھی جائے گی: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="147"/>
        <source>Whose records are these?</source>
        <translation>یہ ریکارڈ کس کا ہے؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="148"/>
        <source>Choose a passphrase</source>
        <translation>پاس فریز چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="149"/>
        <source>Your recovery code</source>
        <translation>آپ کا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="150"/>
        <source>Check your recovery code</source>
        <translation>اپنا ریکوری کوڈ چیک کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="155"/>
        <source>Step %1 of 4</source>
        <translation>مرحلہ %1، کل 4 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Create my vault</source>
        <translation>میری تجوری بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="207"/>
        <source>Setting up your vault…</source>
        <translation>آپ کی تجوری تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="224"/>
        <source>Something went wrong and the vault was not made (%1). Nothing was saved. Please try again, perhaps in another folder.</source>
        <translation>کچھ گڑبڑ ہو گئی اور تجوری نہیں بن سکی (%1)۔ کچھ بھی محفوظ نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں، شاید کسی اور فولڈر میں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="233"/>
        <source>Stop making a vault?</source>
        <translation>تجوری بنانا روک دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="234"/>
        <source>Nothing has been saved yet. Do you want to stop?</source>
        <translation>ابھی کچھ بھی محفوظ نہیں ہوا۔ کیا آپ روکنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="20"/>
        <source>No changes are recorded yet.</source>
        <translation>ابھی کوئی تبدیلی درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="24"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="30"/>
        <source>Times are shown in UTC (British winter time).</source>
        <translation>وقت UTC میں دکھایا گیا ہے (برطانیہ میں سردیوں کا وقت)۔</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="68"/>
        <source>Money available now</source>
        <translation>اس وقت موجود رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="69"/>
        <source>Weeks of money in hand</source>
        <translation>کتنے ہفتوں کی رقم موجود ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="70"/>
        <source>Spending this payment period</source>
        <translation>ادائیگی کی اس مدت کا خرچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="71"/>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="72"/>
        <source>Council payments</source>
        <translation>کونسل کی ادائیگیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="73"/>
        <source>Staff checks</source>
        <translation>اسٹاف کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="95"/>
        <source>What to do next</source>
        <translation>آگے کیا کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="98"/>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="123"/>
        <source>Hello, %1</source>
        <translation>ہیلو، %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="141"/>
        <source>Add the account your direct payment is paid into, to see your money here.</source>
        <translation>اپنی رقم یہاں دیکھنے کے لیے وہ اکاؤنٹ شامل کریں جس میں آپ کی ڈائریکٹ پیمنٹ آتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="143"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="150"/>
        <source>See your money</source>
        <translation>اپنی رقم دیکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="159"/>
        <source>Add your support plan to see how many weeks your money would last.</source>
        <translation>یہ دیکھنے کے لیے کہ آپ کی رقم کتنے ہفتے چلے گی، اپنا سپورٹ پلان (آپ کی دیکھ بھال کا منصوبہ) شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="160"/>
        <source>Add your plan</source>
        <translation>اپنا پلان شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="165"/>
        <source>At %1 a week, your money would last about %2 weeks.</source>
        <translation>ہفتے میں %1 کے حساب سے، آپ کی رقم تقریباً %2 ہفتے چلے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="171"/>
        <source>That is more than %1 weeks. Your council may ask about money above this, and may ask for some back. It may help to talk to them about it.</source>
        <translation>یہ %1 ہفتوں سے زیادہ ہے۔ آپ کی کونسل اس سے زیادہ رقم کے بارے میں پوچھ سکتی ہے، اور کچھ رقم واپس بھی مانگ سکتی ہے۔ اس بارے میں ان سے بات کر لینا اچھا رہے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="175"/>
        <source>That is within the %1 weeks your council expects.</source>
        <translation>یہ ان %1 ہفتوں کے اندر ہے جتنے کی آپ کی کونسل توقع کرتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="178"/>
        <source>%1 weeks</source>
        <translation>%1 ہفتے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="182"/>
        <source>Add your support plan first.</source>
        <translation>پہلے اپنا سپورٹ پلان شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="185"/>
        <source>Spent from %1 to %2, out of %3 for this period.</source>
        <translation>%1 سے %2 تک کا خرچ، اس مدت کے %3 میں سے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="190"/>
        <source>See spending</source>
        <translation>خرچ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="195"/>
        <source>Add your support plan to see when payments are due.</source>
        <translation>یہ دیکھنے کے لیے کہ ادائیگیاں کب آنی ہیں، اپنا سپورٹ پلان شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="199"/>
        <source>Next payment: %1 due on %2.</source>
        <translation>اگلی ادائیگی: %1، جو %2 کو آنی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="205"/>
        <source>The payment due on %1 arrived on %2.</source>
        <translation>جو ادائیگی %1 کو آنی تھی وہ %2 کو آ گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="210"/>
        <source>The payment due on %1 has not shown up yet. If it is in your bank, add it on the Money page.</source>
        <translation>جو ادائیگی %1 کو آنی تھی وہ ابھی یہاں نظر نہیں آئی۔ اگر یہ آپ کے بینک میں آ چکی ہے تو اسے “رقم” صفحے پر شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="214"/>
        <source>Record a payment</source>
        <translation>ادائیگی درج کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="220"/>
        <source>1 payment needs a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>1 ادائیگی کے لیے رسید چاہیے، یا ایک نوٹ کہ رسید کیوں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="223"/>
        <source>%1 payments need a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>%1 ادائیگیوں کے لیے رسید چاہیے، یا ایک نوٹ کہ رسید کیوں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="226"/>
        <source>Show what needs a receipt</source>
        <translation>دکھائیں کہ کس کے لیے رسید چاہیے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="228"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>ہر ادائیگی کے ساتھ رسید یا وجہ موجود ہے۔ بہت خوب۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="232"/>
        <source>1 receipt is waiting to be matched to spending.</source>
        <translation>1 رسید خرچ سے ملائے جانے کا انتظار کر رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="234"/>
        <source>%1 receipts are waiting to be matched to spending.</source>
        <translation>%1 رسیدیں خرچ سے ملائے جانے کا انتظار کر رہی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="238"/>
        <source>Match receipts</source>
        <translation>رسیدیں ملائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <source>If you employ PAs, add them on the Staff page.</source>
        <translation>اگر آپ پی اے (ذاتی معاون) رکھتے ہیں تو انہیں “اسٹاف” صفحے پر شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="254"/>
        <source>Open Staff</source>
        <translation>اسٹاف کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="249"/>
        <source>No checks or insurance renewals are due in the next 30 days.</source>
        <translation>اگلے 30 دن میں کوئی جانچ یا انشورنس کی تجدید باقی نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="253"/>
        <source>and %1 more.</source>
        <translation>اور %1 مزید۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="259"/>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="265"/>
        <source>Your monitoring return for %1 is due now. Make it on the Statements page, and mark the period as sent when it has gone to the council.</source>
        <translation>%1 کا آپ کا مانیٹرنگ ریٹرن (کونسل کو دیا جانے والا حساب) اب دینا ہے۔ اسے “اسٹیٹمنٹس” صفحے پر بنائیں، اور جب یہ کونسل کو چلا جائے تو اس مدت کو بھیجا ہوا لکھ دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="270"/>
        <source>Your next monitoring return covers %1. It is due after %2 (in %3 days): make it on the Statements page then.</source>
        <translation>آپ کا اگلا مانیٹرنگ ریٹرن %1 کا ہے۔ یہ %2 کے بعد دینا ہے (%3 دن میں): تب اسے “اسٹیٹمنٹس” صفحے پر بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="289"/>
        <source>You opened the vault with your recovery code. Choose a new passphrase in Settings.</source>
        <translation>آپ نے تجوری اپنے ریکوری کوڈ سے کھولی ہے۔ “سیٹنگز” میں نیا پاس فریز چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="294"/>
        <source>Add your direct payment account in Plan and accounts.</source>
        <translation>“پلان اور اکاؤنٹس” میں اپنا ڈائریکٹ پیمنٹ اکاؤنٹ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="296"/>
        <source>Add your support plan in Plan and accounts.</source>
        <translation>“پلان اور اکاؤنٹس” میں اپنا سپورٹ پلان شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="302"/>
        <source>Keep your recovery sheet somewhere safe, away from this computer. If you did not print it, you can make a new code in Settings.</source>
        <translation>اپنی ریکوری شیٹ کسی محفوظ جگہ رکھیں، اس کمپیوٹر سے دور۔ اگر آپ نے اسے پرنٹ نہیں کیا تو “سیٹنگز” میں نیا کوڈ بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="305"/>
        <source>Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost.</source>
        <translation>جب بھی آپ کمپیوٹر سے اٹھیں تو “تالا لگائیں” (Ctrl+L) دبائیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوگا۔</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>◀ &amp;Previous week</source>
        <translation>▶ پچھلا ہفتہ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>Previous week (Alt+Left)</source>
        <translation>پچھلا ہفتہ (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>&amp;This week</source>
        <translation>یہ ہفتہ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>This week</source>
        <translation>یہ ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>&amp;Next week ▶</source>
        <translation>اگلا ہفتہ ◀ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>Next week (Alt+Right)</source>
        <translation>اگلا ہفتہ (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>&amp;Copy last week</source>
        <translation>پچھلا ہفتہ کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>Copy last week (Ctrl+Shift+C)</source>
        <translation>پچھلا ہفتہ کاپی کریں (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="76"/>
        <source>Copy last week&apos;s shifts into the days of this week that have none yet</source>
        <translation>پچھلے ہفتے کی شفٹیں اس ہفتے کے ان دنوں میں کاپی کریں جن میں ابھی کوئی شفٹ نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print &amp;timesheets…</source>
        <translation>ٹائم شیٹس پرنٹ کریں (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print timesheets (Ctrl+P)</source>
        <translation>ٹائم شیٹس پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>Save a timesheet PDF for each PA for the pay period of this week, to print</source>
        <translation>اس ہفتے والی تنخواہ کی مدت کے لیے ہر پی اے کی ٹائم شیٹ PDF میں محفوظ کریں، پرنٹ کرنے کے لیے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="88"/>
        <source>Shifts this week</source>
        <translation>اس ہفتے کی شفٹیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="107"/>
        <source>Type a shift into a day, like 9-17. Add the unpaid break in minutes after it (9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts that end after midnight finish the next morning.</source>
        <translation>کسی دن میں شفٹ لکھیں، جیسے 9-17۔ اس کے بعد بغیر تنخواہ کا وقفہ منٹوں میں لکھیں (9-17 30)، اور اگر شفٹ عام قسم کی نہ ہو تو اس کی قسم انگریزی میں لکھیں: evening (شام)، night (رات)، weekend (ویک اینڈ)، bh (بینک ہالیڈے)، sleep (سلیپ اِن) یا waking (ویکنگ نائٹ)۔ ایک دن کی دو شفٹوں کے بیچ کوما (,) لگائیں۔ Tab اگلے دن پر لے جاتا ہے؛ Delete دن کو خالی کر دیتا ہے۔ جو شفٹ آدھی رات کے بعد ختم ہو، وہ اگلی صبح ختم ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="114"/>
        <source>Things to check</source>
        <translation>دیکھنے والی باتیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="116"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="120"/>
        <source>Add your PAs on the Staff page first; then their weeks appear here.</source>
        <translation>پہلے اپنے پی اے “اسٹاف” صفحے پر شامل کریں؛ پھر ان کے ہفتے یہاں نظر آئیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="133"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="183"/>
        <source>Week of %1 to %2</source>
        <translation>%1 سے %2 تک کا ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="209"/>
        <source>Please check:</source>
        <translation>براہِ کرم دیکھ لیں:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="229"/>
        <source>%1 Nothing was changed on %2.</source>
        <translation>%1 %2 کو کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="250"/>
        <source>Copied 1 shift from last week.</source>
        <translation>پچھلے ہفتے سے 1 شفٹ کاپی ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="252"/>
        <source>Copied %1 shifts from last week.</source>
        <translation>پچھلے ہفتے سے %1 شفٹیں کاپی ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="256"/>
        <source>Nothing to copy: last week had no shifts on the days that are empty this week.</source>
        <translation>کاپی کرنے کو کچھ نہیں: اس ہفتے جو دن خالی ہیں، پچھلے ہفتے ان دنوں میں کوئی شفٹ نہیں تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="282"/>
        <source>Making the timesheets…</source>
        <translation>ٹائم شیٹس بن رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="292"/>
        <source>Saved %1 timesheets in %2. Open them to print and sign.</source>
        <translation>%1 ٹائم شیٹس %2 میں محفوظ ہو گئیں۔ پرنٹ کرنے اور دستخط کرنے کے لیے انہیں کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="304"/>
        <source>The timesheets could not be saved there: %1. Please choose another folder.</source>
        <translation>ٹائم شیٹس وہاں محفوظ نہیں ہو سکیں: %1۔ براہِ کرم کوئی اور فولڈر چنیں۔</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="95"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="150"/>
        <source>Import a bank statement</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="497"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="112"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="127"/>
        <source>Statement file</source>
        <translation>اسٹیٹمنٹ کی فائل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="128"/>
        <source>Choose a file, or drag it here</source>
        <translation>فائل چنیں، یا اسے کھینچ کر یہاں لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>C&amp;hoose file…</source>
        <translation>فائل چنیں (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>Choose file</source>
        <translation>فائل چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="132"/>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>&amp;Read the file</source>
        <translation>فائل پڑھیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>Read the file</source>
        <translation>فائل پڑھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="145"/>
        <source>&amp;File:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="148"/>
        <source>&amp;Account:</source>
        <translation>اکاؤنٹ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="154"/>
        <source>Download a statement file from your online banking (a CSV, OFX or QIF file) and choose it here. You will see every row before anything is saved. Rows already in your records are left out, so it is safe to import the same statement twice.</source>
        <translation>اپنی آن لائن بینکنگ سے اسٹیٹمنٹ کی فائل ڈاؤن لوڈ کریں (CSV، OFX یا QIF فائل) اور اسے یہاں چنیں۔ کچھ بھی محفوظ ہونے سے پہلے آپ ہر قطار دیکھ لیں گے۔ جو قطاریں پہلے سے آپ کے ریکارڈ میں ہیں وہ چھوڑ دی جاتی ہیں، اس لیے ایک ہی اسٹیٹمنٹ دو بار امپورٹ کرنے میں کوئی حرج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="192"/>
        <source>Please choose the statement file first.</source>
        <translation>براہِ کرم پہلے اسٹیٹمنٹ کی فائل چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="195"/>
        <source>Please add an account in Plan and accounts first.</source>
        <translation>براہِ کرم پہلے “پلان اور اکاؤنٹس” میں ایک اکاؤنٹ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="200"/>
        <source>Reading the file…</source>
        <translation>فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="213"/>
        <source>Reading the statement…</source>
        <translation>اسٹیٹمنٹ پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="227"/>
        <source>This file&apos;s columns were not recognised. Please say which column holds what. The app will remember it for this bank.</source>
        <translation>اس فائل کے کالم پہچانے نہیں جا سکے۔ براہِ کرم بتائیں کہ کس کالم میں کیا ہے۔ ایپ اس بینک کے لیے یہ یاد رکھے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="239"/>
        <source>The file could not be opened: %1. Nothing was imported.</source>
        <translation>فائل کھل نہیں سکی: %1۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>&amp;Use these columns</source>
        <translation>یہی کالم استعمال کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>Use these columns</source>
        <translation>یہی کالم استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="262"/>
        <source>Which column is which?</source>
        <translation>کون سا کالم کس چیز کا ہے؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="280"/>
        <source>What was found</source>
        <translation>کیا ملا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="282"/>
        <source>Balance check</source>
        <translation>بیلنس کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="285"/>
        <source>Rows in the statement</source>
        <translation>اسٹیٹمنٹ کی قطاریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>&amp;Import</source>
        <translation>امپورٹ کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>Import the new rows</source>
        <translation>نئی قطاریں امپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="310"/>
        <source>Check the rows</source>
        <translation>قطاریں دیکھ لیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="316"/>
        <source>Rows that look like a payment you typed in are linked to it, so nothing is counted twice. Press Space to untick one and add it as new instead. To change a category, pick the row and press F2.</source>
        <translation>جو قطاریں آپ کی خود لکھی ہوئی کسی ادائیگی جیسی لگتی ہیں، وہ اسی سے جوڑ دی جاتی ہیں، تاکہ کچھ بھی دو بار نہ گنا جائے۔ کسی قطار کا نشان ہٹا کر اسے نئی ادائیگی کے طور پر شامل کرنے کے لیے Space دبائیں۔ کیٹیگری بدلنے کے لیے قطار چنیں اور F2 دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="345"/>
        <source>%1 rows found in this %2 file.</source>
        <translation>اس %2 فائل میں %1 قطاریں ملیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="348"/>
        <source>%1 new</source>
        <translation>%1 نئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="349"/>
        <source>%1 already in your records</source>
        <translation>%1 پہلے سے آپ کے ریکارڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="353"/>
        <source>%1 of %2 that look like payments you typed in will be linked</source>
        <translation>%2 میں سے %1، جو آپ کی لکھی ہوئی ادائیگیوں جیسی لگتی ہیں، جوڑ دی جائیں گی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="361"/>
        <source>%1 left out (before the account&apos;s start date, or in a closed period)</source>
        <translation>%1 چھوڑ دی گئیں (اکاؤنٹ کی شروع کی تاریخ سے پہلے کی، یا بند مدت میں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="369"/>
        <source>Everything in this file is already in your records.</source>
        <translation>اس فائل میں سب کچھ پہلے سے آپ کے ریکارڈ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="377"/>
        <source>Line %1 (%2): the bank&apos;s balance goes from %3 to %4, but the row is %5. The file may be missing a row.</source>
        <translation>لائن %1 (%2): بینک کا بیلنس %3 سے %4 ہو جاتا ہے، لیکن قطار %5 کی ہے۔ ہو سکتا ہے فائل میں کوئی قطار رہ گئی ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="389"/>
        <source>After this import your records will match your bank: %1 on %2.</source>
        <translation>اس امپورٹ کے بعد آپ کا ریکارڈ آپ کے بینک سے مل جائے گا: %2 کو %1۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="396"/>
        <source>Your bank says %1 on %2; after this import your records will say %3 (a difference of %4). Some payments may be missing here, or typed with a different amount or account.</source>
        <translation>آپ کا بینک %2 کو %1 بتاتا ہے؛ اس امپورٹ کے بعد آپ کا ریکارڈ %3 بتائے گا (%4 کا فرق)۔ ہو سکتا ہے کچھ ادائیگیاں یہاں درج نہ ہوں، یا کسی اور رقم یا اکاؤنٹ کے ساتھ لکھی گئی ہوں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="420"/>
        <source>Importing your statement…</source>
        <translation>آپ کی اسٹیٹمنٹ امپورٹ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="421"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="429"/>
        <source>What was imported</source>
        <translation>کیا امپورٹ ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>&amp;Done</source>
        <translation>ہو گیا (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="435"/>
        <source>Imported</source>
        <translation>امپورٹ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="444"/>
        <source>Added %1 new rows.</source>
        <translation>%1 نئی قطاریں شامل ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="446"/>
        <source>Added 1 new row.</source>
        <translation>1 نئی قطار شامل ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="447"/>
        <source>%1 were already in your records.</source>
        <translation>%1 پہلے سے آپ کے ریکارڈ میں تھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="451"/>
        <source>Linked %1 to payments you had typed in.</source>
        <translation>%1 کو آپ کی لکھی ہوئی ادائیگیوں سے جوڑ دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="456"/>
        <source>Your records match your bank: %1 on %2.</source>
        <translation>آپ کا ریکارڈ آپ کے بینک سے ملتا ہے: %2 کو %1۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="462"/>
        <source>Your bank says %1 on %2, your records say %3.</source>
        <translation>آپ کا بینک %2 کو %1 بتاتا ہے، آپ کا ریکارڈ %3 بتاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="469"/>
        <source>New rows without a category show as “Not sorted yet” on the Money page.</source>
        <translation>جن نئی قطاروں کی کیٹیگری نہیں، وہ “رقم” صفحے پر “ابھی طے نہیں” کے طور پر دکھتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="68"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="69"/>
        <source>On the statement</source>
        <translation>اسٹیٹمنٹ پر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="70"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="71"/>
        <source>Bank balance</source>
        <translation>بینک بیلنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="72"/>
        <source>What happens</source>
        <translation>کیا ہوگا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="73"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="121"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="128"/>
        <source>Same as your %1 on %2: link them</source>
        <translation>%2 کو آپ کی %1 والی ادائیگی جیسی: انہیں جوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="132"/>
        <source>Add as a new payment (%1)</source>
        <translation>نئی ادائیگی کے طور پر شامل کریں (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="134"/>
        <source>Add: %1</source>
        <translation>شامل کریں: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="56"/>
        <source>&amp;Lock</source>
        <translation>تالا لگائیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="58"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="63"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="66"/>
        <source>&amp;About %1</source>
        <translation>%1 کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="100"/>
        <source>Opening your vault…</source>
        <translation>آپ کی تجوری کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="126"/>
        <source>Remembering this computer…</source>
        <translation>یہ کمپیوٹر یاد رکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="135"/>
        <source>Not remembered</source>
        <translation>یاد نہیں رکھا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="193"/>
        <source>Your vault is locked. Unlock it to carry on where you left off.</source>
        <translation>آپ کی تجوری پر تالا لگا ہے۔ جہاں چھوڑا تھا وہیں سے جاری رکھنے کے لیے اسے کھولیں۔</translation>
    </message>
</context>
<context>
    <name>MatchReceiptDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="49"/>
        <source>Match receipt to spending</source>
        <translation>رسید کو خرچ سے ملائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="56"/>
        <source>Receipt: %1</source>
        <translation>رسید: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="74"/>
        <source>Search spending</source>
        <translation>خرچ میں تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="75"/>
        <source>Search names, notes or amounts</source>
        <translation>نام، نوٹ یا رقم تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="77"/>
        <source>&amp;Search:</source>
        <translation>تلاش (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="81"/>
        <source>Spending without a receipt</source>
        <translation>بغیر رسید کا خرچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="99"/>
        <source>Nothing to match</source>
        <translation>ملانے کو کچھ نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="101"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="106"/>
        <source>&amp;Match</source>
        <translation>ملائیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="108"/>
        <source>Match to the chosen spending</source>
        <translation>چنے ہوئے خرچ سے ملائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="117"/>
        <source>Which payment is this receipt for? Newest spending first.</source>
        <translation>یہ رسید کس ادائیگی کی ہے؟ نیا خرچ سب سے پہلے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="152"/>
        <source>No spending without a receipt matches these words.</source>
        <translation>بغیر رسید کا کوئی خرچ ان الفاظ سے نہیں ملتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="156"/>
        <source>All your spending already has a receipt or a reason. If this receipt is for something new, add the spending on the Money page first.</source>
        <translation>آپ کے ہر خرچ کے ساتھ پہلے سے رسید یا وجہ موجود ہے۔ اگر یہ رسید کسی نئی چیز کی ہے تو پہلے “رقم” صفحے پر وہ خرچ شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>MoneyFilters</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="28"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="31"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="32"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="33"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="34"/>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="35"/>
        <source>Choose one account to see its running balance</source>
        <translation>کسی ایک اکاؤنٹ کا چلتا ہوا بیلنس دیکھنے کے لیے اسے چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="38"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="39"/>
        <source>Search names, notes or amounts</source>
        <translation>نام، نوٹ یا رقم تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="47"/>
        <source>&amp;Period:</source>
        <translation>مدت (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="48"/>
        <source>F&amp;rom:</source>
        <translation>کب سے (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="49"/>
        <source>T&amp;o:</source>
        <translation>کب تک (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="50"/>
        <source>Cate&amp;gory:</source>
        <translation>کیٹیگری (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="51"/>
        <source>Acco&amp;unt:</source>
        <translation>اکاؤنٹ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="79"/>
        <source>All categories</source>
        <translation>تمام کیٹیگریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="80"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="85"/>
        <source>All accounts</source>
        <translation>تمام اکاؤنٹس</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="45"/>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="46"/>
        <source>Keep it</source>
        <translation>رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>&amp;Add money in or out</source>
        <translation>آنے یا جانے والی رقم شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>Add (Ctrl+N)</source>
        <translation>شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>Add money in or out (Ctrl+N)</source>
        <translation>آنے یا جانے والی رقم شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="67"/>
        <source>&amp;Transfer between accounts…</source>
        <translation>اکاؤنٹس کے درمیان ٹرانسفر (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="69"/>
        <source>Transfer between accounts</source>
        <translation>اکاؤنٹس کے درمیان ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="73"/>
        <source>&amp;Import bank statement…</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="75"/>
        <source>Import bank statement (Ctrl+I)</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ کریں (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="78"/>
        <source>Import a CSV, OFX or QIF file from your bank (Ctrl+I)</source>
        <translation>اپنے بینک سے CSV، OFX یا QIF فائل امپورٹ کریں (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>&amp;Change</source>
        <translation>تبدیل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>Change (Enter)</source>
        <translation>تبدیل کریں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>&amp;Delete</source>
        <translation>ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>Delete (Delete key)</source>
        <translation>ڈیلیٹ کریں (Delete کی)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>آخری تبدیلی واپس لیں (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>Undo the last change you made (Ctrl+Z)</source>
        <translation>اپنی کی ہوئی آخری تبدیلی واپس لیں (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>&amp;History…</source>
        <translation>ہسٹری (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>History (Ctrl+H)</source>
        <translation>ہسٹری (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>Who changed this payment, and how (Ctrl+H)</source>
        <translation>اس ادائیگی کو کس نے اور کیسے بدلا (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>واپس لائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>Restore</source>
        <translation>واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted</source>
        <translation>ڈیلیٹ شدہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted payments</source>
        <translation>ڈیلیٹ شدہ ادائیگیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="105"/>
        <source>What is shown</source>
        <translation>کیا دکھایا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="107"/>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="109"/>
        <source>Show all payments</source>
        <translation>تمام ادائیگیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="111"/>
        <source>Totals</source>
        <translation>ٹوٹل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="112"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="120"/>
        <source>Go to Plan and accounts</source>
        <translation>“پلان اور اکاؤنٹس” پر جائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="122"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="149"/>
        <source>Money</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="263"/>
        <source>Shown: money in %1, money out %2</source>
        <translation>دکھائی گئی: آنے والی رقم %1، جانے والی رقم %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="268"/>
        <source>Showing spending that needs a receipt.</source>
        <translation>وہ خرچ دکھایا جا رہا ہے جس کے لیے رسید چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="290"/>
        <source>Add your direct payment account first. Then you can record money in and out here.</source>
        <translation>پہلے اپنا ڈائریکٹ پیمنٹ اکاؤنٹ شامل کریں۔ پھر آپ یہاں آنے اور جانے والی رقم درج کر سکیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="296"/>
        <source>There are no deleted payments.</source>
        <translation>کوئی ڈیلیٹ شدہ ادائیگی نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="298"/>
        <source>Every payment shown has a receipt, or a reason why not. Well done.</source>
        <translation>دکھائی گئی ہر ادائیگی کے ساتھ رسید ہے، یا اس کے نہ ہونے کی وجہ۔ بہت خوب۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="301"/>
        <source>Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your first payment.</source>
        <translation>ابھی کچھ درج نہیں ہوا۔ اپنی پہلی ادائیگی درج کرنے کے لیے “آنے یا جانے والی رقم شامل کریں” (Ctrl+N) دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="305"/>
        <source>No payments match. Try another period, or clear the search.</source>
        <translation>کوئی ادائیگی نہیں ملی۔ کوئی اور مدت چن کر دیکھیں، یا تلاش خالی کر دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="364"/>
        <source>Undone: %1. Press Ctrl+Z again to undo the change before it.</source>
        <translation>واپس لے لیا: %1۔ اس سے پہلے والی تبدیلی واپس لینے کے لیے دوبارہ Ctrl+Z دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="377"/>
        <source>History of this payment</source>
        <translation>اس ادائیگی کی ہسٹری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="378"/>
        <source>Every change to this payment, oldest first, with who made it.</source>
        <translation>اس ادائیگی میں ہونے والی ہر تبدیلی، پرانی سب سے پہلے، اور یہ کہ کس نے کی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="416"/>
        <source>This is a transfer between your accounts. To change it, delete it and add it again.</source>
        <translation>یہ آپ کے اکاؤنٹس کے درمیان ٹرانسفر ہے۔ اسے بدلنے کے لیے ڈیلیٹ کر کے دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="431"/>
        <source>Delete the %1 received from %2 on %3?</source>
        <translation>%3 والے دن %2 سے ملنے والے %1 ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="433"/>
        <source>Delete the %1 paid to %2 on %3?</source>
        <translation>%3 والے دن %2 کو ادا کیے گئے %1 ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="440"/>
        <source>You can get it back later with “Show deleted”.</source>
        <translation>آپ اسے بعد میں “ڈیلیٹ شدہ دکھائیں” سے واپس لا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="442"/>
        <source>Delete this payment?</source>
        <translation>یہ ادائیگی ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="445"/>
        <source>Deleted. Tick “Show deleted” to get it back.</source>
        <translation>ڈیلیٹ ہو گئی۔ اسے واپس لانے کے لیے “ڈیلیٹ شدہ دکھائیں” پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="453"/>
        <source>Restored. It is back in your records.</source>
        <translation>واپس آ گئی۔ یہ دوبارہ آپ کے ریکارڈ میں ہے۔</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="15"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="17"/>
        <source>Type the passphrase again</source>
        <translation>پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="23"/>
        <source>Show what I type</source>
        <translation>جو میں لکھوں وہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="26"/>
        <source>Passphrase hint</source>
        <translation>پاس فریز کا اشارہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="30"/>
        <source>&amp;Passphrase:</source>
        <translation>پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="31"/>
        <source>Type it &amp;again:</source>
        <translation>دوبارہ لکھیں (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="37"/>
        <source>Choose a passphrase you will remember. A few everyday words in a row, like &apos;kettle garden blue&apos;, are easy to remember and hard to guess.</source>
        <translation>ایسا پاس فریز چنیں جو آپ کو یاد رہے۔ روزمرہ کے چند الفاظ ایک ساتھ، جیسے &apos;کیتلی باغ نیلا&apos;، یاد رکھنے میں آسان اور اندازہ لگانے میں مشکل ہوتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="62"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>کم از کم %n حرف استعمال کریں۔</numerusform>
            <numerusform>کم از کم %n حروف استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="67"/>
        <source>The second box does not match yet.</source>
        <translation>دوسرا خانہ ابھی پہلے خانے سے نہیں ملتا۔</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="25"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="26"/>
        <source>Make a new recovery code</source>
        <translation>نیا ریکوری کوڈ بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Next</source>
        <translation>آگے (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="40"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="51"/>
        <source>When you finish, this new code replaces your old one. The old recovery sheet will stop working, so throw it away safely.</source>
        <translation>جب آپ مکمل کر لیں گے تو یہ نیا کوڈ پرانے کوڈ کی جگہ لے لے گا۔ پرانی ریکوری شیٹ کام کرنا بند کر دے گی، اس لیے اسے احتیاط سے ضائع کر دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Use this new code</source>
        <translation>یہ نیا کوڈ استعمال کریں (&amp;U)</translation>
    </message>
</context>
<context>
    <name>NoReceiptNotes</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="49"/>
        <source>Spending that needs a receipt</source>
        <translation>وہ خرچ جس کے لیے رسید چاہیے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="70"/>
        <source>No receipt because</source>
        <translation>رسید نہیں، کیونکہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="71"/>
        <source>For example: Bus fare – no ticket given</source>
        <translation>مثلاً: بس کا کرایہ – ٹکٹ نہیں ملا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="72"/>
        <source>No receipt &amp;because:</source>
        <translation>رسید نہیں، کیونکہ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>&amp;Save reason</source>
        <translation>وجہ محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>Save reason</source>
        <translation>وجہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="78"/>
        <source>Add a &amp;receipt for this…</source>
        <translation>اس کی رسید شامل کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="80"/>
        <source>Add a receipt for this payment</source>
        <translation>اس ادائیگی کی رسید شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="85"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="100"/>
        <source>Spending needs a receipt, or a short note saying why there isn&apos;t one. Sometimes there is no receipt, like a bus fare. Write why, and it counts as done.</source>
        <translation>ہر خرچ کے لیے رسید چاہیے، یا ایک چھوٹا سا نوٹ کہ رسید کیوں نہیں ہے۔ کبھی کبھی رسید ہوتی ہی نہیں، جیسے بس کا کرایہ۔ وجہ لکھ دیں، تو یہ مکمل مانا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="131"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>ہر ادائیگی کے ساتھ رسید یا وجہ موجود ہے۔ بہت خوب۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="153"/>
        <source>Please write a few words about why there is no receipt.</source>
        <translation>براہِ کرم چند الفاظ میں لکھیں کہ رسید کیوں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="163"/>
        <source>Saved the reason for %1 to %2.</source>
        <translation>%2 کو ادا کیے گئے %1 کی وجہ محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>PADialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Change a PA&apos;s details</source>
        <translation>پی اے کی تفصیلات تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Add a PA</source>
        <translation>پی اے شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="60"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="61"/>
        <source>Start date</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has &amp;left</source>
        <translation>نوکری چھوڑ دی ہے (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has left</source>
        <translation>نوکری چھوڑ دی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="65"/>
        <source>Last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="66"/>
        <source>Kind of hours</source>
        <translation>گھنٹوں کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="67"/>
        <source>The same hours each week</source>
        <translation>ہر ہفتے ایک جیسے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="68"/>
        <source>Irregular hours (they change week to week)</source>
        <translation>غیر مقررہ گھنٹے (ہر ہفتے بدلتے ہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="69"/>
        <source>Contracted hours a week</source>
        <translation>کانٹریکٹ کے مطابق ہفتے کے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="70"/>
        <source>For example 20 or 12.5</source>
        <translation>مثلاً 20 یا 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="71"/>
        <source>Holiday</source>
        <translation>چھٹیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="72"/>
        <source>Paid every</source>
        <translation>تنخواہ کتنے عرصے بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="76"/>
        <source>First day of a pay period</source>
        <translation>تنخواہ کی مدت کا پہلا دن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="78"/>
        <source>Payroll service</source>
        <translation>پے رول سروس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="79"/>
        <source>Who does the payslips, if anyone</source>
        <translation>پے سلپس کون بناتا ہے، اگر کوئی بناتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="81"/>
        <source>&amp;Under 21 (for the minimum wage check)</source>
        <translation>21 سال سے کم عمر (کم از کم اجرت کی جانچ کے لیے) (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="83"/>
        <source>Under 21</source>
        <translation>21 سال سے کم عمر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="85"/>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="87"/>
        <source>Pay rates</source>
        <translation>تنخواہ کی شرحیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="88"/>
        <source>Kind of shift</source>
        <translation>شفٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="91"/>
        <source>Rate from</source>
        <translation>شرح کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="92"/>
        <source>Pay (£)</source>
        <translation>تنخواہ (£)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>&amp;Add rate</source>
        <translation>شرح شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>Add rate</source>
        <translation>شرح شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>&amp;Remove rate</source>
        <translation>شرح ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>Remove rate</source>
        <translation>شرح ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="101"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="105"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="106"/>
        <source>&amp;Started on:</source>
        <translation>کام شروع کیا (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="110"/>
        <source>Left:</source>
        <translation>کام چھوڑا:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="111"/>
        <source>H&amp;ours:</source>
        <translation>گھنٹے (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="112"/>
        <source>Hours a &amp;week:</source>
        <translation>ہفتے میں گھنٹے (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="113"/>
        <source>Ho&amp;liday:</source>
        <translation>چھٹیاں (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="114"/>
        <source>&amp;Paid every:</source>
        <translation>تنخواہ کتنے عرصے بعد (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="115"/>
        <source>A pay period &amp;begins on:</source>
        <translation>تنخواہ کی مدت شروع ہوتی ہے (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="116"/>
        <source>Pa&amp;yroll service:</source>
        <translation>پے رول سروس (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="120"/>
        <source>Age:</source>
        <translation>عمر:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="123"/>
        <source>from</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="125"/>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="130"/>
        <source>Pay &amp;rates (an hour; a sleep-in is paid a set amount a night):</source>
        <translation>تنخواہ کی شرحیں (فی گھنٹہ؛ سلیپ اِن کی ہر رات کی ایک طے شدہ رقم ملتی ہے) (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="143"/>
        <source>Kinds without their own rate are paid the day rate (a waking night: the night rate). When a rate goes up, add the new rate from the day it starts: earlier shifts keep the old one.</source>
        <translation>جن قسموں کی اپنی شرح نہیں، انہیں دن کی شرح ملتی ہے (ویکنگ نائٹ کو رات کی شرح)۔ جب شرح بڑھے تو نئی شرح اس دن سے شامل کریں جس دن سے وہ لاگو ہو: پہلے کی شفٹوں پر پرانی شرح ہی رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>a night</source>
        <translation>فی رات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>an hour</source>
        <translation>فی گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="204"/>
        <source>%1 from %2: %3 %4</source>
        <translation>%1، %2 سے: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="221"/>
        <source>Please type the pay, like 12.71.</source>
        <translation>براہِ کرم تنخواہ لکھیں، جیسے 12.71۔</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom o&amp;ut</source>
        <translation>چھوٹا کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>چھوٹا کریں (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom &amp;in</source>
        <translation>بڑا کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>بڑا کریں (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit &amp;width</source>
        <translation>چوڑائی کے برابر (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit to the width (Ctrl+0)</source>
        <translation>چوڑائی کے برابر کریں (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>▶ پچھلا صفحہ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>Previous page (Page Up)</source>
        <translation>پچھلا صفحہ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>&amp;Next page ▶</source>
        <translation>اگلا صفحہ ◀ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>Next page (Page Down)</source>
        <translation>اگلا صفحہ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="81"/>
        <source>Page number</source>
        <translation>صفحہ نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="82"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="89"/>
        <source>Preview</source>
        <translation>پری ویو</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="85"/>
        <source>Choose a statement and a period, then press Preview (Ctrl+Enter).</source>
        <translation>اسٹیٹمنٹ اور مدت چنیں، پھر “پری ویو” (Ctrl+Enter) دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="145"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1، کل %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="150"/>
        <source>Preview, %1</source>
        <translation>پری ویو، %1</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="86"/>
        <source>Pay record for %1</source>
        <extracomment>The payslip&apos;s amounts, in the order of the boxes; each box is the dialog attribute of that name.</extracomment>
        <translation>%1 کی تنخواہ کا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="90"/>
        <source>Pay period</source>
        <translation>تنخواہ کی مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="95"/>
        <source>✓ payslip saved</source>
        <translation>✓ پے سلپ محفوظ ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="98"/>
        <source>Pay worked out from shifts</source>
        <translation>شفٹوں سے حساب کی گئی تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="101"/>
        <source>Total worked out</source>
        <translation>حساب کا ٹوٹل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="105"/>
        <source>Missing pay rates</source>
        <translation>جو تنخواہ کی شرحیں درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="109"/>
        <source>Gross pay</source>
        <translation>گراس تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="110"/>
        <source>Tax (PAYE)</source>
        <translation>ٹیکس (PAYE)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="111"/>
        <source>Employee&apos;s National Insurance</source>
        <translation>ملازم کی نیشنل انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="112"/>
        <source>Employee&apos;s pension</source>
        <translation>ملازم کی پنشن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="113"/>
        <source>Net pay</source>
        <translation>نیٹ تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="114"/>
        <source>Employer&apos;s National Insurance</source>
        <translation>ایمپلائر کی نیشنل انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="115"/>
        <source>Employer&apos;s pension</source>
        <translation>ایمپلائر کی پنشن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="116"/>
        <source>Holiday pay</source>
        <translation>چھٹیوں کی تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="117"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="390"/>
        <source>Payslip check</source>
        <translation>پے سلپ کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="121"/>
        <source>Payments that paid this payslip</source>
        <translation>وہ ادائیگیاں جن سے یہ پے سلپ ادا ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="123"/>
        <source>No payments found</source>
        <translation>کوئی ادائیگی نہیں ملی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="125"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="141"/>
        <source>in pounds</source>
        <translation>پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="148"/>
        <source>&amp;Pay period:</source>
        <translation>تنخواہ کی مدت (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="150"/>
        <source>Worked out from the shifts</source>
        <translation>شفٹوں سے حساب</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="157"/>
        <source>&amp;Gross pay (£):</source>
        <translation>گراس تنخواہ (£) (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="158"/>
        <source>&amp;Tax, PAYE (£):</source>
        <translation>ٹیکس، PAYE (£) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="159"/>
        <source>Employee&apos;s &amp;NI (£):</source>
        <translation>ملازم کی NI (£) (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="160"/>
        <source>Employee&apos;s pensi&amp;on (£):</source>
        <translation>ملازم کی پنشن (£) (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="161"/>
        <source>N&amp;et pay (£):</source>
        <translation>نیٹ تنخواہ (£) (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="163"/>
        <source>Emplo&amp;yer&apos;s NI (£):</source>
        <translation>ایمپلائر کی NI (£) (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="164"/>
        <source>Employe&amp;r&apos;s pension (£):</source>
        <translation>ایمپلائر کی پنشن (£) (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="165"/>
        <source>&amp;Holiday pay in it (£):</source>
        <translation>اس میں چھٹیوں کی تنخواہ (£) (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="170"/>
        <source>From the payslip</source>
        <translation>پے سلپ سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="177"/>
        <source>Tick the payments that p&amp;aid it: the net pay to your PA, and what went to HMRC and the pension.</source>
        <translation>ان ادائیگیوں پر نشان لگائیں جن سے یہ ادا ہوئی: آپ کے پی اے کو نیٹ تنخواہ، اور جو HMRC اور پنشن کو گیا۔ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="183"/>
        <source>Payments that paid it</source>
        <translation>جن ادائیگیوں سے یہ ادا ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="193"/>
        <source>Copy the figures from the payslip your payroll service sent. This app keeps a record of payslips; it does not work out tax or National Insurance.</source>
        <translation>اپنی پے رول سروس کی بھیجی ہوئی پے سلپ سے رقمیں یہاں لکھیں۔ یہ ایپ پے سلپس کا ریکارڈ رکھتی ہے؛ یہ ٹیکس یا نیشنل انشورنس کا حساب نہیں کرتی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="255"/>
        <source>No shifts or leave are recorded for this period.</source>
        <translation>اس مدت کے لیے کوئی شفٹ یا چھٹی درج نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="258"/>
        <source>Total: %1</source>
        <translation>ٹوٹل: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="262"/>
        <source>No pay rate for: %1. Add one in the PA&apos;s details.</source>
        <translation>ان کے لیے تنخواہ کی شرح نہیں ہے: %1۔ پی اے کی تفصیلات میں شرح شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="288"/>
        <source>no category</source>
        <translation>کوئی کیٹیگری نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="293"/>
        <source>already with the payslip for %1</source>
        <translation>پہلے سے %1 کی پے سلپ کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="312"/>
        <source>No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. Add them on the Money page, then come back to tick them.</source>
        <translation>%1 سے %2 تک آپ کے پی اے، HMRC، پنشن یا پے رول سروس کو کوئی ادائیگی درج نہیں۔ انہیں “رقم” صفحے پر شامل کریں، پھر واپس آ کر ان پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="344"/>
        <source>The payslip&apos;s gross pay matches the shifts.</source>
        <translation>پے سلپ کی گراس تنخواہ شفٹوں سے ملتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="350"/>
        <source>The payslip says %1 but the shifts come to %2: %3 less. Please check the hours with your payroll service.</source>
        <translation>پے سلپ میں %1 لکھا ہے لیکن شفٹوں کے حساب سے %2 بنتا ہے: %3 کم۔ براہِ کرم اپنی پے رول سروس کے ساتھ گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="355"/>
        <source>The payslip says %1 but the shifts come to %2: %3 more. Please check the hours with your payroll service.</source>
        <translation>پے سلپ میں %1 لکھا ہے لیکن شفٹوں کے حساب سے %2 بنتا ہے: %3 زیادہ۔ براہِ کرم اپنی پے رول سروس کے ساتھ گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="381"/>
        <source>Gross pay less tax, employee&apos;s NI and employee&apos;s pension comes to %1, but the net pay is %2. Please check the figures.</source>
        <translation>گراس تنخواہ میں سے ٹیکس، ملازم کی NI اور ملازم کی پنشن نکال کر %1 بنتا ہے، لیکن نیٹ تنخواہ %2 ہے۔ براہِ کرم رقمیں چیک کر لیں۔</translation>
    </message>
</context>
<context>
    <name>PendingReceipts</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="29"/>
        <source>Receipts to attach</source>
        <translation>ساتھ لگانے والی رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add &amp;receipt…</source>
        <translation>رسید شامل کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add receipt</source>
        <translation>رسید شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="34"/>
        <source>Choose a photo or PDF, or drag files here</source>
        <translation>تصویر یا PDF چنیں، یا فائلیں کھینچ کر یہاں لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remo&amp;ve</source>
        <translation>ہٹائیں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remove receipt</source>
        <translation>رسید ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="38"/>
        <source>Receipt status</source>
        <translation>رسید کی حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="104"/>
        <source>%1 (already kept)</source>
        <translation>%1 (پہلے سے محفوظ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="68"/>
        <source>Reading %1…</source>
        <translation>%1 پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="74"/>
        <source>Reading the receipt…</source>
        <translation>رسید پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="96"/>
        <source>That file could not be read. Please try another.</source>
        <translation>وہ فائل پڑھی نہیں جا سکی۔ براہِ کرم کوئی اور فائل آزمائیں۔</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="61"/>
        <source>Council or NHS team</source>
        <translation>کونسل یا NHS ٹیم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="62"/>
        <source>For example: Leeds City Council</source>
        <translation>مثلاً: لیڈز سٹی کونسل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="63"/>
        <source>Reference number</source>
        <translation>ریفرنس نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="64"/>
        <source>Plan starts</source>
        <translation>پلان کب شروع ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="65"/>
        <source>Next review</source>
        <translation>اگلا ریویو</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="66"/>
        <source>Payment amount</source>
        <translation>ادائیگی کی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="68"/>
        <source>How often it is paid</source>
        <translation>یہ کتنی بار ملتی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="73"/>
        <source>First payment date</source>
        <translation>پہلی ادائیگی کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="79"/>
        <source>Your contribution each week</source>
        <translation>ہر ہفتے آپ کا حصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="82"/>
        <source>Section 117 aftercare is free: there is no contribution.</source>
        <translation>سیکشن 117 آفٹر کیئر مفت ہے: اس میں آپ کا کوئی حصہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="85"/>
        <source>How often the council checks</source>
        <translation>کونسل کتنی بار چیک کرتی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="90"/>
        <source>Warning level in weeks</source>
        <translation>کتنے ہفتوں پر خبردار کیا جائے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="93"/>
        <source> weeks</source>
        <translation> ہفتے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="94"/>
        <source>Budget lines</source>
        <translation>بجٹ لائنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a line…</source>
        <translation>لائن شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a budget line</source>
        <translation>بجٹ لائن شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change…</source>
        <translation>تبدیل کریں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change budget line</source>
        <translation>بجٹ لائن تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove budget line</source>
        <translation>بجٹ لائن ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="105"/>
        <source>Changes start on</source>
        <translation>تبدیلیاں کب سے لاگو ہوں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="106"/>
        <source>Weekly budget</source>
        <translation>ہفتہ وار بجٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>&amp;Save the plan</source>
        <translation>پلان محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>Save the plan</source>
        <translation>پلان محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="111"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="114"/>
        <source>Earlier versions of the plan</source>
        <translation>پلان کے پچھلے ورژن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="118"/>
        <source>Accounts</source>
        <translation>اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an &amp;account…</source>
        <translation>اکاؤنٹ شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>C&amp;hange account…</source>
        <translation>اکاؤنٹ تبدیل کریں (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>Change account</source>
        <translation>اکاؤنٹ تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="138"/>
        <source>Council or &amp;NHS team:</source>
        <translation>کونسل یا NHS ٹیم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="139"/>
        <source>&amp;Reference:</source>
        <translation>ریفرنس (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="140"/>
        <source>Plan &amp;starts:</source>
        <translation>پلان شروع ہوتا ہے (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="141"/>
        <source>Next re&amp;view:</source>
        <translation>اگلا ریویو (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="142"/>
        <source>&amp;Payment (£):</source>
        <translation>ادائیگی (£) (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="145"/>
        <source>&amp;First payment date:</source>
        <translation>پہلی ادائیگی کی تاریخ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="146"/>
        <source>Money comes from:</source>
        <translation>رقم کہاں سے آتی ہے:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="147"/>
        <source>Your &amp;contribution a week (£):</source>
        <translation>ہفتے میں آپ کا حصہ (£) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="149"/>
        <source>Council &amp;checks:</source>
        <translation>کونسل کب کب چیک کرتی ہے (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="150"/>
        <source>&amp;Warn me above:</source>
        <translation>اس سے زیادہ ہو تو خبردار کریں (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="151"/>
        <source>Budget lines:</source>
        <translation>بجٹ لائنیں:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="153"/>
        <source>Changes s&amp;tart on:</source>
        <translation>تبدیلیاں کب سے لاگو ہوں (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="154"/>
        <source>Your support plan</source>
        <translation>آپ کا سپورٹ پلان</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="161"/>
        <source>Earlier versions:</source>
        <translation>پچھلے ورژن:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="168"/>
        <source>Your accounts</source>
        <translation>آپ کے اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="173"/>
        <source>The places your direct payment money is kept. Moving money between your accounts is a transfer: it is not spending.</source>
        <translation>وہ جگہیں جہاں آپ کی ڈائریکٹ پیمنٹ کی رقم رکھی جاتی ہے۔ اپنے اکاؤنٹس کے درمیان رقم منتقل کرنا ٹرانسفر ہے: یہ خرچ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="183"/>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="187"/>
        <source>Plan and accounts</source>
        <translation>پلان اور اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="237"/>
        <source>Your support plan says how much the council (or the NHS) pays you, how often, and what it is for. You will find these figures in your council&apos;s letter or your support plan. Fill in what you know: you can change it later.</source>
        <translation>آپ کا سپورٹ پلان (آپ کی دیکھ بھال کا منصوبہ) بتاتا ہے کہ کونسل (یا NHS) آپ کو کتنی رقم دیتی ہے، کتنی بار، اور کس کام کے لیے۔ یہ رقمیں آپ کو کونسل کے خط یا اپنے سپورٹ پلان میں ملیں گی۔ جو معلوم ہے وہ لکھ دیں: آپ اسے بعد میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="255"/>
        <source>If your plan changes, change the figures, choose the day the changes start, and save. The earlier version is kept for statements about earlier dates.</source>
        <translation>اگر آپ کا پلان بدلے تو رقمیں بدلیں، وہ دن چنیں جس سے تبدیلیاں لاگو ہوں، اور محفوظ کریں۔ پچھلی تاریخوں کی اسٹیٹمنٹس کے لیے پرانا ورژن رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="287"/>
        <source>%1: %2 hours a week at %3 (%4 a week)</source>
        <translation>%1: ہفتے میں %2 گھنٹے، %3 کے حساب سے (ہفتے میں %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="295"/>
        <source>%1: %2 %3 (%4 a week)</source>
        <translation>%1: %2 %3 (ہفتے میں %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="374"/>
        <source>That is %1 a week, including your contribution.</source>
        <translation>یہ ہفتے میں %1 بنتا ہے، آپ کے حصے سمیت۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="391"/>
        <source>Saved. This plan applies from %1.</source>
        <translation>محفوظ ہو گیا۔ یہ پلان %1 سے لاگو ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="400"/>
        <source>From %1: %2 %3, %4</source>
        <translation>%1 سے: %2 %3، %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="424"/>
        <source>%1 (%2): %3 now. Started with %4 on %5.</source>
        <translation>%1 (%2): اب %3۔ %5 کو %4 سے شروع ہوا۔</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="165"/>
        <source>Receipt: %1</source>
        <translation>رسید: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="51"/>
        <source>Receipt picture</source>
        <translation>رسید کی تصویر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom &amp;out</source>
        <translation>چھوٹا کریں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>چھوٹا کریں (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom &amp;in</source>
        <translation>بڑا کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>بڑا کریں (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>&amp;Fit</source>
        <translation>پورا دکھائیں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>ونڈو کے برابر کریں (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>&amp;Turn right</source>
        <translation>دائیں گھمائیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>Turn a quarter to the right (R)</source>
        <translation>چوتھائی چکر دائیں گھمائیں (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>&amp;Previous page</source>
        <translation>پچھلا صفحہ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>Previous page (Page Up)</source>
        <translation>پچھلا صفحہ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>&amp;Next page</source>
        <translation>اگلا صفحہ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>Next page (Page Down)</source>
        <translation>اگلا صفحہ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="75"/>
        <source>Page number</source>
        <translation>صفحہ نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="77"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="152"/>
        <source>This receipt could not be shown.</source>
        <translation>یہ رسید دکھائی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1، کل %2 میں سے</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="129"/>
        <source>Waiting to be matched</source>
        <translation>ملائے جانے کے انتظار میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="132"/>
        <source>Attached to a payment</source>
        <translation>ادائیگی کے ساتھ لگی ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="134"/>
        <source>Attached to %1 %2</source>
        <translation>%1، %2 کے ساتھ لگی ہوئی</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="74"/>
        <source>&amp;Add photos or PDFs…</source>
        <translation>تصویریں یا PDF شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="76"/>
        <source>Add photos or PDFs</source>
        <translation>تصویریں یا PDF شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="78"/>
        <source>Choose receipt files, or drag them onto this page</source>
        <translation>رسیدوں کی فائلیں چنیں، یا انہیں کھینچ کر اس صفحے پر لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="80"/>
        <source>Also keep the &amp;original file (uses more space)</source>
        <translation>اصل فائل بھی رکھیں (زیادہ جگہ لیتی ہے) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="82"/>
        <source>Also keep the original file</source>
        <translation>اصل فائل بھی رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="85"/>
        <source>The app keeps a smaller copy that is clear enough to read. Keeping the original file as well uses more space.</source>
        <translation>ایپ ایک چھوٹی کاپی رکھتی ہے جو پڑھنے کے لیے کافی صاف ہوتی ہے۔ اصل فائل بھی رکھنے سے زیادہ جگہ لگتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="90"/>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="91"/>
        <source>All receipts</source>
        <translation>تمام رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="92"/>
        <source>Waiting to be matched</source>
        <translation>ملائے جانے کے انتظار میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="93"/>
        <source>Sho&amp;w:</source>
        <translation>دکھائیں (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="97"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="152"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="161"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="258"/>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>&amp;View</source>
        <translation>دیکھیں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>View (Enter)</source>
        <translation>دیکھیں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>&amp;Match to spending…</source>
        <translation>خرچ سے ملائیں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>Match to spending</source>
        <translation>خرچ سے ملائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>&amp;Unmatch</source>
        <translation>الگ کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>Unmatch from spending</source>
        <translation>خرچ سے الگ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>&amp;Delete receipt</source>
        <translation>رسید ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>Delete receipt (Delete key)</source>
        <translation>رسید ڈیلیٹ کریں (Delete کی)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="128"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="153"/>
        <source>Receipts, or spending with none</source>
        <translation>رسیدیں، یا بغیر رسید کا خرچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="165"/>
        <source>Keep photos and PDFs of your receipts here, safely locked in your vault. You can add them now and match them to your spending later.</source>
        <translation>اپنی رسیدوں کی تصویریں اور PDF یہاں رکھیں، آپ کی تجوری میں محفوظ طریقے سے بند۔ آپ انہیں ابھی شامل کر سکتے ہیں اور بعد میں اپنے خرچ سے ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="247"/>
        <source>No receipts are waiting to be matched. Everything is sorted.</source>
        <translation>کوئی رسید ملائے جانے کے انتظار میں نہیں۔ سب کچھ ترتیب میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="250"/>
        <source>No receipts yet. Press “Add photos or PDFs…”, or drag files onto this page.</source>
        <translation>ابھی کوئی رسید نہیں۔ “تصویریں یا PDF شامل کریں…” دبائیں، یا فائلیں کھینچ کر اس صفحے پر لائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="260"/>
        <source>Receipts (%n waiting)</source>
        <translation>
            <numerusform>رسیدیں (%n انتظار میں)</numerusform>
            <numerusform>رسیدیں (%n انتظار میں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="264"/>
        <source>Spending with no receipt (%1)</source>
        <translation>بغیر رسید کا خرچ (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="305"/>
        <source>Reading 1 file…</source>
        <translation>1 فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="307"/>
        <source>Reading %1 files…</source>
        <translation>%1 فائلیں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="314"/>
        <source>Reading your receipts…</source>
        <translation>آپ کی رسیدیں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="330"/>
        <source>%1 could not be read. Please try another file.</source>
        <translation>%1 پڑھی نہیں جا سکی۔ براہِ کرم کوئی اور فائل آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="353"/>
        <source>Added 1 receipt. You can match it to spending now or later.</source>
        <translation>1 رسید شامل ہو گئی۔ آپ اسے ابھی یا بعد میں خرچ سے ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="356"/>
        <source>Added %1 receipts. You can match them to spending now or later.</source>
        <translation>%1 رسیدیں شامل ہو گئیں۔ آپ انہیں ابھی یا بعد میں خرچ سے ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="361"/>
        <source>Added 1 receipt to the payment.</source>
        <translation>ادائیگی کے ساتھ 1 رسید شامل ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="363"/>
        <source>Added %1 receipts to the payment.</source>
        <translation>ادائیگی کے ساتھ %1 رسیدیں شامل ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="370"/>
        <source>The files could not be read. Please try again.</source>
        <translation>فائلیں پڑھی نہیں جا سکیں۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="419"/>
        <source>Matched. The receipt is now kept with that payment.</source>
        <translation>مل گئی۔ رسید اب اس ادائیگی کے ساتھ رکھی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="429"/>
        <source>Unmatched. The receipt is waiting to be matched again.</source>
        <translation>الگ ہو گئی۔ رسید دوبارہ ملائے جانے کے انتظار میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="440"/>
        <source>Delete the receipt “%1”? It will be removed from your vault.</source>
        <translation>رسید “%1” ڈیلیٹ کریں؟ یہ آپ کی تجوری سے نکال دی جائے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="443"/>
        <source>Delete this receipt?</source>
        <translation>یہ رسید ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="447"/>
        <source>Deleted the receipt.</source>
        <translation>رسید ڈیلیٹ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="26"/>
        <source>Your recovery code</source>
        <translation>آپ کا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="37"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>ریکوری شیٹ محفوظ کریں (PDF) (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="39"/>
        <source>Save recovery sheet as a PDF to print</source>
        <translation>پرنٹ کرنے کے لیے ریکوری شیٹ PDF میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="43"/>
        <source>&amp;Open it to print</source>
        <translation>پرنٹ کرنے کے لیے کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="45"/>
        <source>Open the saved sheet to print it</source>
        <translation>پرنٹ کرنے کے لیے محفوظ شدہ شیٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="49"/>
        <source>Recovery sheet status</source>
        <translation>ریکوری شیٹ کی حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="61"/>
        <source>This is your recovery code. If you ever forget your passphrase, this code opens your records. Write it down or print the recovery sheet, and keep it somewhere safe at home, away from the computer.</source>
        <translation>یہ آپ کا ریکوری کوڈ ہے۔ اگر آپ کبھی اپنا پاس فریز بھول جائیں تو یہ کوڈ آپ کا ریکارڈ کھول دیتا ہے۔ اسے لکھ لیں یا ریکوری شیٹ پرنٹ کر لیں، اور گھر میں کسی محفوظ جگہ رکھیں، کمپیوٹر سے دور۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="73"/>
        <source>Anyone with this code and your vault could read your records, so keep it private. It is shown only now.</source>
        <translation>جس کے پاس یہ کوڈ اور آپ کی تجوری ہو، وہ آپ کا ریکارڈ پڑھ سکتا ہے، اس لیے اسے کسی کو نہ بتائیں۔ یہ صرف ابھی دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="88"/>
        <source>Recovery sheet.pdf</source>
        <translation>ریکوری شیٹ.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="102"/>
        <source>Saved to %1. Print it, then keep the paper safe. This file is not encrypted, so delete it once it is printed.</source>
        <translation>%1 میں محفوظ ہو گئی۔ اسے پرنٹ کریں، پھر کاغذ سنبھال کر رکھیں۔ یہ فائل خفیہ (انکرپٹ) نہیں ہے، اس لیے پرنٹ کرنے کے بعد اسے ڈیلیٹ کر دیں۔</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="26"/>
        <source>Reopen records</source>
        <translation>ریکارڈ دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="30"/>
        <source>Reopen from</source>
        <translation>کب سے دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="34"/>
        <source>Why it is being reopened</source>
        <translation>دوبارہ کیوں کھولا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="36"/>
        <source>For example: the council asked me to correct a payment</source>
        <translation>مثلاً: کونسل نے ایک ادائیگی درست کرنے کو کہا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="38"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="43"/>
        <source>Records are closed up to %1.</source>
        <translation>ریکارڈ %1 تک بند ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="45"/>
        <source>No records are closed.</source>
        <translation>کوئی ریکارڈ بند نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="51"/>
        <source>Records from the day you choose can be changed again; earlier ones stay closed. Your reason is kept with your records.</source>
        <translation>آپ کے چنے ہوئے دن سے ریکارڈ دوبارہ بدلا جا سکے گا؛ اس سے پہلے کا ریکارڈ بند رہے گا۔ آپ کی وجہ آپ کے ریکارڈ کے ساتھ رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="57"/>
        <source>Reopen &amp;from:</source>
        <translation>کب سے دوبارہ کھولیں (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="58"/>
        <source>&amp;Reason:</source>
        <translation>وجہ (&amp;R):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="39"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remove access</source>
        <translation>رسائی ختم کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="43"/>
        <source>Keep access</source>
        <translation>رسائی رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="62"/>
        <source>Minutes before the vault locks</source>
        <translation>تجوری پر تالا لگنے سے پہلے کے منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="65"/>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>Save lock time</source>
        <translation>تالا لگنے کا وقت محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>Change &amp;passphrase…</source>
        <translation>پاس فریز تبدیل کریں (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="73"/>
        <source>Change passphrase</source>
        <translation>پاس فریز تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="77"/>
        <source>When the recovery code was made</source>
        <translation>ریکوری کوڈ کب بنا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="80"/>
        <source>Make a new &amp;recovery code…</source>
        <translation>نیا ریکوری کوڈ بنائیں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="82"/>
        <source>Make a new recovery code</source>
        <translation>نیا ریکوری کوڈ بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="86"/>
        <source>Re&amp;member this vault on this computer</source>
        <translation>یہ تجوری اس کمپیوٹر پر یاد رکھیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="88"/>
        <source>Remember this vault on this computer</source>
        <translation>یہ تجوری اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="93"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault.</source>
        <translation>اس کمپیوٹر میں ایسی کوئی کی چین (پاس ورڈ رکھنے کی محفوظ جگہ) نہیں جو ایپ استعمال کر سکے، اس لیے یہ آپ کی تجوری یاد نہیں رکھ سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>C&amp;lose this vault</source>
        <translation>یہ تجوری بند کریں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>Close this vault</source>
        <translation>یہ تجوری بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="100"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="104"/>
        <source>Locking</source>
        <translation>تالا لگنا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="106"/>
        <source>Lock the vault after</source>
        <translation>تجوری پر تالا لگ جائے اگر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="108"/>
        <source>without use.</source>
        <translation>تک استعمال نہ ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="114"/>
        <source>Ways to open this vault</source>
        <translation>یہ تجوری کھولنے کے طریقے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="123"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="145"/>
        <source>Your recovery code was made on %1.</source>
        <translation>آپ کا ریکوری کوڈ %1 کو بنا تھا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="159"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>People who can open this vault</source>
        <translation>وہ لوگ جو یہ تجوری کھول سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>&amp;Add a person…</source>
        <translation>کسی کو شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>Add a person</source>
        <translation>کسی کو شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remo&amp;ve access…</source>
        <translation>رسائی ختم کریں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="173"/>
        <source>A carer or advocate can have their own passphrase and a role. The history shows who did what. Roles stop mistakes; they are not a lock, so only share the vault with people you trust.</source>
        <translation>کسی کیئرر یا حمایتی (ایڈووکیٹ) کا اپنا پاس فریز اور کردار ہو سکتا ہے۔ ہسٹری میں دکھتا ہے کہ کس نے کیا کیا۔ کردار غلطیوں سے بچاتے ہیں؛ یہ تالا نہیں ہیں، اس لیے تجوری صرف انہی لوگوں کے ساتھ شیئر کریں جن پر آپ کو بھروسہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="179"/>
        <source>What you can do</source>
        <translation>آپ کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="206"/>
        <source>You are signed in as %1 (%2). %3</source>
        <translation>آپ %1 (%2) کے طور پر سائن ان ہیں۔ %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="220"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="245"/>
        <source>%1 can now open this vault with their own passphrase. Please make sure they know it.</source>
        <translation>%1 اب اپنے پاس فریز سے یہ تجوری کھول سکتے ہیں۔ براہِ کرم یقینی بنائیں کہ انہیں یہ پاس فریز معلوم ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="256"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="306"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>یہ نہیں ہو سکا (%1)۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="268"/>
        <source>Letting %1 in…</source>
        <translation>%1 کو اجازت دی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="276"/>
        <source>Take away %1&apos;s access? Their passphrase stops working at once, and so does any computer that remembers the vault for them. What they did stays in the history.</source>
        <translation>%1 کی رسائی ختم کریں؟ ان کا پاس فریز فوراً کام کرنا بند کر دے گا، اور وہ کمپیوٹر بھی جو ان کے لیے تجوری یاد رکھتا ہے۔ انہوں نے جو کیا وہ ہسٹری میں رہے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="279"/>
        <source>Remove access?</source>
        <translation>رسائی ختم کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="286"/>
        <source>%1 can no longer open this vault.</source>
        <translation>%1 اب یہ تجوری نہیں کھول سکتے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="324"/>
        <source>Saved. The vault will lock after 1 minute without use.</source>
        <translation>محفوظ ہو گیا۔ 1 منٹ تک استعمال نہ ہونے پر تجوری پر تالا لگ جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="326"/>
        <source>Saved. The vault will lock after %1 minutes without use.</source>
        <translation>محفوظ ہو گیا۔ %1 منٹ تک استعمال نہ ہونے پر تجوری پر تالا لگ جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="338"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>آپ کا پاس فریز تبدیل ہو گیا ہے۔ اگلی بار نیا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="339"/>
        <source>Changing your passphrase…</source>
        <translation>آپ کا پاس فریز تبدیل ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="351"/>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>آپ کا نیا ریکوری کوڈ تیار ہے۔ پرانا کوڈ اب کام نہیں کرتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="352"/>
        <source>Saving your new recovery code…</source>
        <translation>آپ کا نیا ریکوری کوڈ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="361"/>
        <source>This computer will now open the vault without asking for the passphrase.</source>
        <translation>اب یہ کمپیوٹر پاس فریز پوچھے بغیر تجوری کھول دے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="366"/>
        <source>Forget this computer?</source>
        <translation>یہ کمپیوٹر بھول جائیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="367"/>
        <source>The vault will ask for the passphrase again next time. Continue?</source>
        <translation>اگلی بار تجوری دوبارہ پاس فریز مانگے گی۔ جاری رکھیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="373"/>
        <source>This computer has forgotten the vault.</source>
        <translation>یہ کمپیوٹر اب تجوری یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="374"/>
        <source>Talking to the keychain…</source>
        <translation>کی چین سے رابطہ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="37"/>
        <source>Change a shift</source>
        <translation>شفٹ تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="40"/>
        <source>Day it starts</source>
        <translation>شروع ہونے کا دن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="42"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="45"/>
        <source>End</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="50"/>
        <source>Unpaid break in minutes</source>
        <translation>بغیر تنخواہ کا وقفہ، منٹوں میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="54"/>
        <source>Kind of shift</source>
        <translation>شفٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="58"/>
        <source>Minutes awake and working</source>
        <translation>جاگ کر کام کرنے کے منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="61"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="62"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="65"/>
        <source>Changes to this shift</source>
        <translation>اس شفٹ میں تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="69"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1، %2 نے: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="78"/>
        <source>&amp;Day it starts:</source>
        <translation>شروع ہونے کا دن (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="79"/>
        <source>&amp;Start:</source>
        <translation>شروع (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="80"/>
        <source>&amp;End (the next day if earlier):</source>
        <translation>ختم (شروع سے پہلے کا وقت ہو تو اگلے دن) (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="81"/>
        <source>Unpaid &amp;break (minutes):</source>
        <translation>بغیر تنخواہ کا وقفہ (منٹ) (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="83"/>
        <source>Sleep-in: minutes &amp;awake and working:</source>
        <translation>سلیپ اِن: جاگ کر کام کرنے کے منٹ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="84"/>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="88"/>
        <source>Changes so far:</source>
        <translation>اب تک کی تبدیلیاں:</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="51"/>
        <source>Your PAs</source>
        <translation>آپ کے پی اے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>&amp;Add a PA…</source>
        <translation>پی اے شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>Add a PA (Ctrl+N)</source>
        <translation>پی اے شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change &amp;details…</source>
        <translation>تفصیلات تبدیل کریں (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change details (Ctrl+E)</source>
        <translation>تفصیلات تبدیل کریں (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>C&amp;hecks…</source>
        <translation>جانچ (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>Checks</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s &amp;insurance…</source>
        <translation>ایمپلائر کی انشورنس (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s insurance</source>
        <translation>ایمپلائر کی انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="61"/>
        <source>About this PA</source>
        <translation>اس پی اے کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="125"/>
        <source>Shifts</source>
        <translation>شفٹیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="65"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="66"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="67"/>
        <source>Paid hours</source>
        <translation>تنخواہ والے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="68"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="69"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change &amp;shift…</source>
        <translation>شفٹ تبدیل کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change shift (Enter)</source>
        <translation>شفٹ تبدیل کریں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>De&amp;lete shift</source>
        <translation>شفٹ ڈیلیٹ کریں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Delete shift (Delete)</source>
        <translation>شفٹ ڈیلیٹ کریں (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="87"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="137"/>
        <source>Holiday</source>
        <translation>چھٹیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="91"/>
        <source>Leave and sickness</source>
        <translation>چھٹی اور بیماری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add lea&amp;ve or sickness…</source>
        <translation>چھٹی یا بیماری شامل کریں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add leave or sickness</source>
        <translation>چھٹی یا بیماری شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Delete the chosen day</source>
        <translation>چنا ہوا دن ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="98"/>
        <source>Payslips</source>
        <translation>پے سلپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>&amp;Payslip for a pay period…</source>
        <translation>تنخواہ کی مدت کی پے سلپ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>Payslip for a pay period</source>
        <translation>تنخواہ کی مدت کی پے سلپ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="102"/>
        <source>Bank holidays for</source>
        <translation>بینک ہالیڈیز کے لیے علاقہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="104"/>
        <source>England and Wales</source>
        <translation>انگلینڈ اور ویلز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="105"/>
        <source>Scotland</source>
        <translation>اسکاٹ لینڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="106"/>
        <source>Northern Ireland</source>
        <translation>شمالی آئرلینڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="109"/>
        <source>Leave year starts</source>
        <translation>چھٹیوں کا سال شروع ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="112"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="117"/>
        <source>Add each personal assistant (PA) you employ: when they started, their hours, how often they are paid and their pay rates. Then enter their hours on the Hours page.</source>
        <translation>ہر وہ ذاتی معاون (پی اے) شامل کریں جسے آپ نے ملازم رکھا ہے: انہوں نے کب کام شروع کیا، ان کے گھنٹے، انہیں کتنی بار تنخواہ ملتی ہے اور ان کی تنخواہ کی شرحیں۔ پھر “گھنٹے” صفحے پر ان کے گھنٹے لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="130"/>
        <source>Leave and sickness days this leave year:</source>
        <translation>اس چھٹیوں کے سال میں چھٹی اور بیماری کے دن:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="138"/>
        <source>Pay</source>
        <translation>تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="141"/>
        <source>Your PAs:</source>
        <translation>آپ کے پی اے:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="154"/>
        <source>Staff</source>
        <translation>اسٹاف</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="159"/>
        <source>Bank holidays &amp;for:</source>
        <translation>بینک ہالیڈیز کے لیے علاقہ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="160"/>
        <source>Leave &amp;year starts on 1</source>
        <translation>چھٹیوں کا سال اس مہینے کی 1 تاریخ سے شروع ہوتا ہے (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="257"/>
        <source>irregular hours</source>
        <translation>غیر مقررہ گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="259"/>
        <source>%1 a week</source>
        <translation>ہفتے میں %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="263"/>
        <source>— left %1</source>
        <translation>— %1 کو نوکری چھوڑ دی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="298"/>
        <source>(%1m break)</source>
        <translation>(%1 منٹ وقفہ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="322"/>
        <source>Leave year %1 to %2.</source>
        <translation>چھٹیوں کا سال %1 سے %2 تک۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="328"/>
        <source>Holiday: %1. Taken: %2. Booked: %3. Left: %4.</source>
        <translation>چھٹیاں: %1۔ لی گئیں: %2۔ بک ہیں: %3۔ باقی: %4۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="334"/>
        <source>How this is worked out:</source>
        <translation>اس کا حساب کیسے ہوا:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="358"/>
        <source>%1: payslip gross %2; the shifts come to %3.</source>
        <translation>%1: پے سلپ کی گراس تنخواہ %2؛ شفٹوں کے حساب سے %3۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="364"/>
        <source>Different by %1: please check.</source>
        <translation>%1 کا فرق ہے: براہِ کرم چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="370"/>
        <source>1 payment linked.</source>
        <translation>1 ادائیگی جڑی ہوئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="372"/>
        <source>%1 payments linked.</source>
        <translation>%1 ادائیگیاں جڑی ہوئی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="413"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="426"/>
        <source>Saved. Home will remind you before anything is due.</source>
        <translation>محفوظ ہو گیا۔ کسی چیز کی تاریخ آنے سے پہلے “ہوم” صفحہ آپ کو یاد دلائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="443"/>
        <source>Shift saved.</source>
        <translation>شفٹ محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="456"/>
        <source>Deleted the shift on %1. Its history is kept.</source>
        <translation>%1 کی شفٹ ڈیلیٹ ہو گئی۔ اس کی ہسٹری محفوظ رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="502"/>
        <source>Saved. New shifts on bank holidays use this list.</source>
        <translation>محفوظ ہو گیا۔ بینک ہالیڈیز پر نئی شفٹیں یہی فہرست استعمال کریں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="509"/>
        <source>Saved. Holiday is now counted from this month.</source>
        <translation>محفوظ ہو گیا۔ اب چھٹیاں اسی مہینے سے گنی جائیں گی۔</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="216"/>
        <source>Monitoring return</source>
        <extracomment>kind → (what the combo says, the start of a file name)</extracomment>
        <translation>مانیٹرنگ ریٹرن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="217"/>
        <source>Care review statement</source>
        <translation>کیئر ریویو اسٹیٹمنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="219"/>
        <source>Audit pack (return with every receipt)</source>
        <translation>آڈٹ پیک (ریٹرن، ہر رسید کے ساتھ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="220"/>
        <source>Audit pack</source>
        <translation>آڈٹ پیک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="222"/>
        <source>Timesheets</source>
        <translation>ٹائم شیٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="223"/>
        <source>Pay summary</source>
        <translation>تنخواہ کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="225"/>
        <source>Kind of statement</source>
        <translation>اسٹیٹمنٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="228"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="230"/>
        <source>Last quarter</source>
        <translation>پچھلی سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="231"/>
        <source>This quarter</source>
        <translation>یہ سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="232"/>
        <source>Since the last review</source>
        <translation>پچھلے ریویو سے اب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="233"/>
        <source>Custom</source>
        <translation>اپنی مرضی کی مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="236"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="237"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>&amp;Preview</source>
        <translation>پری ویو (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>پری ویو (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>PDF کے طور پر محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV ایکسپورٹ کریں (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="435"/>
        <source>Export CSV for a spreadsheet</source>
        <translation>اسپریڈشیٹ کے لیے CSV ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>Print (Ctrl+P)</source>
        <translation>پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="251"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>Closed records</source>
        <translation>بند ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>&amp;Mark this period as sent…</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>Mark this period as sent</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Re&amp;open…</source>
        <translation>دوبارہ کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Reopen closed records</source>
        <translation>بند ریکارڈ دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="265"/>
        <source>Add the &amp;history of changes (who changed what, and when)</source>
        <translation>تبدیلیوں کی ہسٹری بھی شامل کریں (کس نے کیا بدلا، اور کب) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="267"/>
        <source>Add the history of changes to the audit pack</source>
        <translation>آڈٹ پیک میں تبدیلیوں کی ہسٹری شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="272"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="274"/>
        <source>P&amp;eriod:</source>
        <translation>مدت (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="276"/>
        <source>&amp;From:</source>
        <translation>کب سے (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="278"/>
        <source>&amp;To:</source>
        <translation>کب تک (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="295"/>
        <source>Statements</source>
        <translation>اسٹیٹمنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="437"/>
        <source>This statement can only be saved as a PDF.</source>
        <translation>یہ اسٹیٹمنٹ صرف PDF کے طور پر محفوظ ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="453"/>
        <source>No records are closed yet.</source>
        <translation>ابھی کوئی ریکارڈ بند نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="455"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="507"/>
        <source>Records are closed up to %1.</source>
        <translation>ریکارڈ %1 تک بند ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="478"/>
        <source>Once the return has gone to the council, mark its period as sent. Records up to %1 can then only be changed after reopening, with a reason.</source>
        <translation>جب ریٹرن کونسل کو چلا جائے تو اس کی مدت کو بھیجا ہوا لکھ دیں۔ اس کے بعد %1 تک کا ریکارڈ صرف دوبارہ کھول کر، وجہ بتا کر، بدلا جا سکے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="490"/>
        <source>Mark this period as sent?</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="492"/>
        <source>Records up to %1 will be closed. To change them later you will need to reopen the period and give a reason.</source>
        <translation>%1 تک کا ریکارڈ بند ہو جائے گا۔ بعد میں اسے بدلنے کے لیے آپ کو مدت دوبارہ کھولنی ہوگی اور وجہ بتانی ہوگی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="529"/>
        <source>Reopened. Records from %1 on can be changed again.</source>
        <translation>دوبارہ کھل گیا۔ %1 سے آگے کا ریکارڈ اب پھر بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="544"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="574"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="613"/>
        <source>Making the statement…</source>
        <translation>اسٹیٹمنٹ بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="591"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 سے %3 تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="602"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF دستاویز (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="624"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>اسپریڈشیٹ کے لیے CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="632"/>
        <source>Making the CSV…</source>
        <translation>CSV بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="640"/>
        <source>It could not be saved there: %1. Please choose another folder.</source>
        <translation>یہ وہاں محفوظ نہیں ہو سکی: %1۔ براہِ کرم کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="648"/>
        <source>Saved “%1” in %2. It is not encrypted: keep it somewhere safe.</source>
        <translation>“%1” کو %2 میں محفوظ کر دیا گیا۔ یہ خفیہ (انکرپٹ) نہیں ہے: اسے کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="662"/>
        <source>Print the statement</source>
        <translation>اسٹیٹمنٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="693"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 صفحے پرنٹر کو بھیج دیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="695"/>
        <source>Sent 1 page to the printer.</source>
        <translation>1 صفحہ پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="699"/>
        <source>The printer could not be started. Please try again.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="702"/>
        <source>Getting the pages ready to print…</source>
        <translation>صفحے پرنٹ کے لیے تیار ہو رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="728"/>
        <source>Stopped. Nothing was made.</source>
        <translation>روک دیا گیا۔ کچھ نہیں بنا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="733"/>
        <source>Something went wrong while making the statement. Please try again.</source>
        <translation>اسٹیٹمنٹ بناتے ہوئے کچھ گڑبڑ ہو گئی۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a category</source>
        <translation>کیٹیگری شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="46"/>
        <source>Name of the new category:</source>
        <translation>نئی کیٹیگری کا نام:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="297"/>
        <source>Change a payment</source>
        <translation>ادائیگی تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <source>Add money in or out</source>
        <translation>آنے یا جانے والی رقم شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money &amp;out (spending)</source>
        <translation>جانے والی رقم (خرچ) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money out</source>
        <translation>جانے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money &amp;in</source>
        <translation>آنے والی رقم (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money in</source>
        <translation>آنے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="77"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>رقم، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="79"/>
        <source>Amount problem</source>
        <translation>رقم میں مسئلہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="83"/>
        <source>Paid to, or paid by</source>
        <translation>کس کو ادا کیا، یا کس نے ادا کیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="84"/>
        <source>For example: First Bus</source>
        <translation>مثلاً: First Bus</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="91"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a cate&amp;gory…</source>
        <translation>کیٹیگری شامل کریں (&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="95"/>
        <source>Budget line</source>
        <translation>بجٹ لائن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="96"/>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="97"/>
        <source>How it was paid</source>
        <translation>کیسے ادا کیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="98"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="99"/>
        <source>No receipt because</source>
        <translation>رسید نہیں، کیونکہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="100"/>
        <source>For example: bus fare, no ticket given</source>
        <translation>مثلاً: بس کا کرایہ، ٹکٹ نہیں ملا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="102"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="109"/>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="121"/>
        <source>Which way:</source>
        <translation>رقم آئی یا گئی:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="123"/>
        <source>&amp;Amount (£):</source>
        <translation>رقم (£) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="125"/>
        <source>&amp;Who:</source>
        <translation>کون (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="126"/>
        <source>&amp;Category:</source>
        <translation>کیٹیگری (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="129"/>
        <source>&amp;Budget line:</source>
        <translation>بجٹ لائن (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="130"/>
        <source>A&amp;ccount:</source>
        <translation>اکاؤنٹ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="131"/>
        <source>&amp;Paid by:</source>
        <translation>ادائیگی کا طریقہ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="132"/>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="133"/>
        <source>No receipt b&amp;ecause:</source>
        <translation>رسید نہیں، کیونکہ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="136"/>
        <source>Receipts:</source>
        <translation>رسیدیں:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="143"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="178"/>
        <source>(choose a category)</source>
        <translation>(کیٹیگری چنیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="278"/>
        <source>Please wait a moment: a receipt is still being read.</source>
        <translation>براہِ کرم ذرا انتظار کریں: ایک رسید ابھی پڑھی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="307"/>
        <source>The payment is saved, but a receipt could not be kept: %1</source>
        <translation>ادائیگی محفوظ ہو گئی ہے، لیکن ایک رسید نہیں رکھی جا سکی: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="40"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="41"/>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="42"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="43"/>
        <source>Money in</source>
        <translation>آنے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="44"/>
        <source>Money out</source>
        <translation>جانے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="45"/>
        <source>Balance</source>
        <translation>بیلنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="46"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="137"/>
        <source>Transfer</source>
        <translation>ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="139"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="160"/>
        <source>No receipt: %1</source>
        <translation>رسید نہیں: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsTable</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="27"/>
        <source>Payments in and out</source>
        <translation>آنے اور جانے والی ادائیگیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="48"/>
        <source>No receipt (reason given)</source>
        <translation>رسید نہیں (وجہ لکھی ہے)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="30"/>
        <source>Move money between your accounts</source>
        <translation>اپنے اکاؤنٹس کے درمیان رقم منتقل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="34"/>
        <source>From account</source>
        <translation>کس اکاؤنٹ سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="35"/>
        <source>To account</source>
        <translation>کس اکاؤنٹ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="40"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="41"/>
        <source>Amount in pounds</source>
        <translation>رقم، پاؤنڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="42"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="43"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="46"/>
        <source>&amp;From:</source>
        <translation>کس اکاؤنٹ سے (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="47"/>
        <source>&amp;To:</source>
        <translation>کس اکاؤنٹ میں (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="48"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="49"/>
        <source>&amp;Amount (£):</source>
        <translation>رقم (£) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="50"/>
        <source>&amp;Note:</source>
        <translation>نوٹ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="55"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="63"/>
        <source>For example, taking petty cash out of the bank. A transfer is not spending and not income: it only moves your money from one place to another.</source>
        <translation>مثلاً، بینک سے چھوٹے موٹے خرچوں کے لیے نقدی نکالنا۔ ٹرانسفر نہ خرچ ہے نہ آمدنی: یہ صرف آپ کی رقم ایک جگہ سے دوسری جگہ منتقل کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="40"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="131"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="44"/>
        <source>&amp;Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="46"/>
        <source>Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="50"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault. Your passphrase always works.</source>
        <translation>اس کمپیوٹر میں ایسی کوئی کی چین نہیں جو ایپ استعمال کر سکے، اس لیے یہ آپ کی تجوری یاد نہیں رکھ سکتا۔ آپ کا پاس فریز ہمیشہ کام کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="56"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="135"/>
        <source>Use recovery code instead</source>
        <translation>اس کی بجائے ریکوری کوڈ استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="68"/>
        <source>&amp;Choose another vault</source>
        <translation>کوئی اور تجوری چنیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="70"/>
        <source>Choose another vault</source>
        <translation>کوئی اور تجوری چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="103"/>
        <source>Unlock %1</source>
        <translation>%1 کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="118"/>
        <source>Type the recovery code from your recovery sheet. Dashes, spaces and small letters are all fine.</source>
        <translation>اپنی ریکوری شیٹ سے ریکوری کوڈ لکھیں۔ ڈیش (-)، خالی جگہیں اور چھوٹے حروف، سب ٹھیک ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="122"/>
        <source>Recovery &amp;code:</source>
        <translation>ریکوری کوڈ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="123"/>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="126"/>
        <source>Use &amp;passphrase instead</source>
        <translation>اس کی بجائے پاس فریز استعمال کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="127"/>
        <source>Use passphrase instead</source>
        <translation>اس کی بجائے پاس فریز استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="129"/>
        <source>Type your passphrase to open your records.</source>
        <translation>اپنا ریکارڈ کھولنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="130"/>
        <source>&amp;Passphrase:</source>
        <translation>پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="134"/>
        <source>Use recovery &amp;code instead</source>
        <translation>اس کی بجائے ریکوری کوڈ استعمال کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="145"/>
        <source>Please type your recovery code first.</source>
        <translation>براہِ کرم پہلے اپنا ریکوری کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="147"/>
        <source>Please type your passphrase first.</source>
        <translation>براہِ کرم پہلے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="158"/>
        <source>Unlocking your vault…</source>
        <translation>آپ کی تجوری کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="166"/>
        <source>Unlocking…</source>
        <translation>کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="181"/>
        <source>Something unexpected stopped the vault opening (%1). Nothing was changed. Please try again.</source>
        <translation>کسی غیر متوقع وجہ سے تجوری نہیں کھل سکی (%1)۔ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="73"/>
        <source>Week</source>
        <extracomment>The short word typed for each kind of shift (``parse_shift`` reads these back).</extracomment>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="77"/>
        <source>All PAs</source>
        <translation>تمام پی اے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="102"/>
        <source>no shifts</source>
        <translation>کوئی شفٹ نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="107"/>
        <source>Type a shift like 9-17, or 9-17 30 for a 30-minute break</source>
        <translation>شفٹ اس طرح لکھیں: 9-17، یا 30 منٹ کے وقفے کے لیے 9-17 30</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="119"/>
        <source>%1 of %2 planned</source>
        <translation>%1، پلان کے %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="131"/>
        <source>%1 of %2</source>
        <translation>%1، کل %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="137"/>
        <source>and 1 sleep-in</source>
        <translation>اور 1 سلیپ اِن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="139"/>
        <source>and %1 sleep-ins</source>
        <translation>اور %1 سلیپ اِن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="147"/>
        <source>(%1m break)</source>
        <translation>(%1 منٹ وقفہ)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="28"/>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="49"/>
        <source>Your vaults</source>
        <translation>آپ کی تجوریاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="31"/>
        <source>&amp;Open selected vault</source>
        <translation>چنی ہوئی تجوری کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="33"/>
        <source>Open selected vault</source>
        <translation>چنی ہوئی تجوری کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="37"/>
        <source>&amp;Create a new vault</source>
        <translation>نئی تجوری بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="39"/>
        <source>Create a new vault</source>
        <translation>نئی تجوری بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="43"/>
        <source>Open a vault from a &amp;folder…</source>
        <translation>کسی فولڈر سے تجوری کھولیں (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="45"/>
        <source>Open a vault from a folder</source>
        <translation>کسی فولڈر سے تجوری کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="55"/>
        <source>Direct Payments Keeper</source>
        <translation>Direct Payments Keeper</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="59"/>
        <source>Keep track of your direct payment: money in, money out, receipts and your assistants&apos; hours. Everything stays private, locked on this computer.</source>
        <translation>اپنی ڈائریکٹ پیمنٹ (کونسل سے دیکھ بھال کے لیے ملنے والی رقم) کا حساب رکھیں: آنے والی رقم، جانے والی رقم، رسیدیں اور آپ کے معاونین (پی اے) کے گھنٹے۔ سب کچھ نجی رہتا ہے، اسی کمپیوٹر پر بند۔</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="46"/>
        <source>Who is signed in</source>
        <translation>کون سائن ان ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock</source>
        <translation>تالا لگائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock (Ctrl+L)</source>
        <translation>تالا لگائیں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="50"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>ابھی تجوری پر تالا لگائیں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="59"/>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="62"/>
        <source>Home</source>
        <extracomment>(key, title, page) in navigation order. Home first, Settings last.</extracomment>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="63"/>
        <source>Money</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="64"/>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="65"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="66"/>
        <source>Staff</source>
        <translation>اسٹاف</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="67"/>
        <source>Statements</source>
        <translation>اسٹیٹمنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="68"/>
        <source>Plan and accounts</source>
        <translation>پلان اور اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="69"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="128"/>
        <source>Vault: %1</source>
        <translation>تجوری: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="132"/>
        <source>Signed in: %1 (with %2)</source>
        <translation>سائن ان: %1 (%2 سے)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="134"/>
        <source>Signed in as %1, %3 (with %2)</source>
        <translation>سائن ان: %1، %3 (%2 سے)</translation>
    </message>
</context>
</TS>
