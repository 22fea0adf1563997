<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="29"/>
        <source>About %1</source>
        <translation>⁨%1⁩ کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="38"/>
        <source>Version %1</source>
        <translation>ورژن ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="40"/>
        <source>New vaults are saved in this folder unless you choose another: %1</source>
        <translation>نئی تجوریاں اسی فولڈر میں محفوظ ہوتی ہیں، جب تک آپ کوئی اور فولڈر نہ چنیں: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="43"/>
        <source>Your vault is in this folder: %1</source>
        <translation>آپ کی تجوری اس فولڈر میں ہے: ⁨%1⁩</translation>
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
        <translation>⁨%1⁩ کی چھٹی یا بیماری</translation>
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
    <name>Access</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="159"/>
        <source>whose vault this is</source>
        <translation>تجوری کے مالک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="160"/>
        <source>helper</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="161"/>
        <source>advocate</source>
        <translation>حمایتی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="166"/>
        <source>You can do everything: record and change money, receipts, hours, staff and the plan, make statements, and choose who else can open this vault.</source>
        <extracomment>What each role may do, in words for the person signed in (Settings, ``dpkeeper people``).</extracomment>
        <translation>آپ سب کچھ کر سکتے ہیں: رقم، رسیدیں، گھنٹے، اسٹاف اور پلان درج اور تبدیل کرنا، اسٹیٹمنٹس بنانا، اور یہ چننا کہ اور کون یہ تجوری کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="171"/>
        <source>You can record money in and out, correct payments, add and match receipts, record hours, make statements and back up. You cannot delete anything, change the plan, accounts or staff details, mark a return as sent, or choose who can open the vault.</source>
        <translation>آپ آنے اور جانے والی رقم درج کر سکتے ہیں، ادائیگیاں درست کر سکتے ہیں، رسیدیں شامل کر کے ملا سکتے ہیں، گھنٹے درج کر سکتے ہیں، اسٹیٹمنٹس بنا سکتے ہیں اور بیک اپ لے سکتے ہیں۔ آپ کچھ ڈیلیٹ نہیں کر سکتے، نہ پلان، اکاؤنٹس یا اسٹاف کی تفصیلات بدل سکتے ہیں، نہ کسی ریٹرن کو بھیجا ہوا لکھ سکتے ہیں، اور نہ یہ چن سکتے ہیں کہ تجوری کون کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="177"/>
        <source>You can look at everything, make, save and print statements, and back up the vault. You cannot change the records.</source>
        <translation>آپ سب کچھ دیکھ سکتے ہیں، اسٹیٹمنٹس بنا، محفوظ اور پرنٹ کر سکتے ہیں، اور تجوری کا بیک اپ لے سکتے ہیں۔ آپ ریکارڈ تبدیل نہیں کر سکتے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="186"/>
        <source>Can record spending, money in, receipts and hours. Cannot delete, change the plan or staff details, or add people.</source>
        <extracomment>One line for each role the holder can give, for the &quot;Add a person&quot; choices.</extracomment>
        <translation>خرچ، آنے والی رقم، رسیدیں اور گھنٹے درج کر سکتے ہیں۔ ڈیلیٹ نہیں کر سکتے، پلان یا اسٹاف کی تفصیلات نہیں بدل سکتے، اور لوگوں کو شامل نہیں کر سکتے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="191"/>
        <source>Can look at everything and make statements for reviews. Cannot change anything.</source>
        <translation>سب کچھ دیکھ سکتے ہیں اور ریویو کے لیے اسٹیٹمنٹس بنا سکتے ہیں۔ کچھ بھی تبدیل نہیں کر سکتے۔</translation>
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
    <name>AutomaticBackups</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/automatic_backups.py" line="33"/>
        <source>About backups</source>
        <translation>بیک اپ کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/automatic_backups.py" line="84"/>
        <source>Something unexpected got in the way (%1).</source>
        <translation>کوئی غیر متوقع رکاوٹ آ گئی (⁨%1⁩)۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/automatic_backups.py" line="89"/>
        <source>The automatic backup did not work this time. %1 The app will try again later.</source>
        <translation>اس بار خودکار بیک اپ نہیں ہو سکا۔ ⁨%1⁩ ایپ بعد میں دوبارہ کوشش کرے گی۔</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="76"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="77"/>
        <source>Made by you</source>
        <translation>آپ کا بنایا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="78"/>
        <source>Before the app was updated</source>
        <translation>ایپ اپ ڈیٹ ہونے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="79"/>
        <source>Before a backup was restored</source>
        <translation>بیک اپ واپس لانے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="80"/>
        <source>Before a bank statement was imported</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ ہونے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="81"/>
        <source>Before the passphrase was changed</source>
        <translation>پاس فریز بدلنے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="84"/>
        <source>Before a new recovery code was made</source>
        <translation>نیا ریکوری کوڈ بننے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="87"/>
        <source>When the vault was closed</source>
        <translation>جب تجوری بند ہوئی</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="34"/>
        <source>Backups</source>
        <extracomment>After a restore: the vault opened again (a new Session), or None if it did not open.</extracomment>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="43"/>
        <source>The app backs up your records by itself when something changed (at most every %1 minutes) and when the vault is locked or closed. To keep a copy somewhere else, back up to a USB stick.</source>
        <translation>جب کچھ بدلے تو ایپ آپ کے ریکارڈ کا بیک اپ خود بنا لیتی ہے (زیادہ سے زیادہ ہر ⁨%1⁩ منٹ میں ایک بار)، اور جب تجوری کو تالا لگے یا بند ہو تب بھی۔ کہیں اور کاپی رکھنے کے لیے USB اسٹک پر بیک اپ بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="49"/>
        <source>&amp;Back up now…</source>
        <translation>ابھی بیک اپ بنائیں (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="49"/>
        <source>Back up now</source>
        <translation>ابھی بیک اپ بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="53"/>
        <source>Rest&amp;ore from a backup…</source>
        <translation>بیک اپ سے واپس لائیں (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="55"/>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="58"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="62"/>
        <source>&amp;Keep it</source>
        <translation>یہی رکھیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="62"/>
        <source>Keep the restored records</source>
        <translation>واپس لایا گیا ریکارڈ رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="84"/>
        <source>A backup was put back recently. If your records look right, press Keep it. Until then, no old backups are tidied away.</source>
        <translation>حال ہی میں ایک بیک اپ واپس لایا گیا ہے۔ اگر آپ کا ریکارڈ ٹھیک لگ رہا ہے تو “یہی رکھیں” دبائیں۔ تب تک کوئی پرانا بیک اپ صاف نہیں کیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="98"/>
        <source>There is no backup yet. Backups are kept in %1.</source>
        <translation>ابھی کوئی بیک اپ نہیں ہے۔ بیک اپ ⁨%1⁩ میں رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="101"/>
        <source>The last checked backup was made on %2 (%3). Backups are kept in %1.</source>
        <translation>آخری جانچا ہوا بیک اپ ⁨%2⁩ کو بنا تھا (⁨%3⁩)۔ بیک اپ ⁨%1⁩ میں رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="135"/>
        <source>Making a backup and checking it…</source>
        <translation>بیک اپ بن رہا ہے اور اس کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="136"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="145"/>
        <source>Backed up to %1 and checked: it opens and nothing is missing.</source>
        <translation>⁨%1⁩ میں بیک اپ بن گیا اور جانچ ہو گئی: یہ کھلتا ہے اور کچھ بھی غائب نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="158"/>
        <source>The backup did not work (%1). Your records are unchanged.</source>
        <translation>بیک اپ نہیں ہو سکا (⁨%1⁩)۔ آپ کے ریکارڈ میں کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="188"/>
        <source>Restored the backup from %1. If anything looks wrong, restore the backup marked “%2”. If your records look right, press Keep it.</source>
        <translation>⁨%1⁩ کا بیک اپ واپس آ گیا۔ اگر کچھ غلط لگے تو “⁨%2⁩” والا بیک اپ واپس لائیں۔ اگر آپ کا ریکارڈ ٹھیک لگ رہا ہے تو “یہی رکھیں” دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="218"/>
        <source>Thank you. Old backups will be tidied away as usual again.</source>
        <translation>شکریہ۔ پرانے بیک اپ پھر سے معمول کے مطابق صاف کیے جائیں گے۔</translation>
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
    <name>Categories</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="29"/>
        <source>PA wages</source>
        <extracomment>(key, English name, direction, needs a note). The keys never change; names are translated.</extracomment>
        <translation>پی اے کی تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="30"/>
        <source>HMRC tax and NI</source>
        <translation>ٹیکس اور NI (HMRC)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="31"/>
        <source>Pension</source>
        <translation>پنشن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="32"/>
        <source>Payroll service</source>
        <translation>پے رول سروس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="33"/>
        <source>Agency care</source>
        <translation>ایجنسی سے دیکھ بھال</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="34"/>
        <source>Respite and short breaks</source>
        <translation>ریسپائٹ (عارضی دیکھ بھال) اور مختصر وقفے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="35"/>
        <source>Activities</source>
        <translation>سرگرمیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="36"/>
        <source>Transport</source>
        <translation>ٹرانسپورٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="37"/>
        <source>Equipment</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="38"/>
        <source>Insurance</source>
        <translation>انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="39"/>
        <source>DBS and recruitment</source>
        <translation>بھرتی اور DBS چیک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="40"/>
        <source>Bank charges</source>
        <translation>بینک چارجز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="41"/>
        <source>Other (say what)</source>
        <translation>دیگر (بتائیں کیا)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="44"/>
        <source>Refund to council</source>
        <translation>کونسل کو رقم کی واپسی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="48"/>
        <source>Council payment</source>
        <translation>کونسل کی ادائیگی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="49"/>
        <source>My contribution</source>
        <translation>میرا حصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="50"/>
        <source>NHS payment</source>
        <translation>ادائیگی (NHS)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="51"/>
        <source>Refund</source>
        <translation>واپس ملی رقم (ریفنڈ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="52"/>
        <source>Interest</source>
        <translation>بینک کا منافع (سود)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="53"/>
        <source>Other money in (say what)</source>
        <translation>دیگر آنے والی رقم (بتائیں کیا)</translation>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="32"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="40"/>
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
        <translation>⁨%1⁩ کی جانچ</translation>
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
        <translation>⁨%1⁩ کب ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="53"/>
        <source>%1 due by</source>
        <translation>⁨%1⁩ کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="56"/>
        <source>%1 note</source>
        <translation>⁨%1⁩ کا نوٹ</translation>
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
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="44"/>
        <source>Date column</source>
        <translation>تاریخ کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="45"/>
        <source>Description column</source>
        <translation>تفصیل کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="46"/>
        <source>Amount column</source>
        <translation>رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="47"/>
        <source>Money out column</source>
        <translation>جانے والی رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="48"/>
        <source>Money in column</source>
        <translation>آنے والی رقم کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="49"/>
        <source>Balance column</source>
        <translation>بیلنس کا کالم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="51"/>
        <source>Money &amp;out is shown without a minus sign</source>
        <translation>جانے والی رقم مائنس کے نشان کے بغیر لکھی ہے (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="53"/>
        <source>Money out is shown without a minus sign</source>
        <translation>جانے والی رقم مائنس کے نشان کے بغیر لکھی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="60"/>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="61"/>
        <source>Des&amp;cription (who was paid):</source>
        <translation>تفصیل (کس کو ادائیگی ہوئی) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="62"/>
        <source>&amp;Amount (in and out in one column):</source>
        <translation>رقم (آنے اور جانے والی، ایک ہی کالم میں) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="63"/>
        <source>Money ou&amp;t:</source>
        <translation>جانے والی رقم (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="64"/>
        <source>Money &amp;in:</source>
        <translation>آنے والی رقم (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="65"/>
        <source>&amp;Balance (if there is one):</source>
        <translation>بیلنس (اگر ہو) (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="71"/>
        <source>Choose either the amount column, or the money out and money in columns. Check the rows below look right before you go on.</source>
        <translation>یا تو رقم کا کالم چنیں، یا جانے والی رقم اور آنے والی رقم کے کالم۔ آگے بڑھنے سے پہلے دیکھ لیں کہ نیچے کی قطاریں ٹھیک لگ رہی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="75"/>
        <source>How the rows will read</source>
        <translation>قطاریں کیسے پڑھی جائیں گی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="84"/>
        <source>The start of the file:</source>
        <translation>فائل کا شروع کا حصہ:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="88"/>
        <source>How the first rows will read:</source>
        <translation>پہلی قطاریں کیسے پڑھی جائیں گی:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="123"/>
        <source>(not in this file)</source>
        <translation>(اس فائل میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="178"/>
        <source>Please choose the column that holds the date.</source>
        <translation>براہِ کرم وہ کالم چنیں جس میں تاریخ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="217"/>
        <source>balance %1</source>
        <translation>بیلنس ⁨%1⁩</translation>
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
        <translation>آپ کی تجوری اس فولڈر میں رکھی جائے گی: ⁨%1⁩</translation>
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
        <translation>مرحلہ ⁨%1⁩، کل 4 میں سے</translation>
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
        <translation>کچھ گڑبڑ ہو گئی اور تجوری نہیں بن سکی (⁨%1⁩)۔ کچھ بھی محفوظ نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں، شاید کسی اور فولڈر میں۔</translation>
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
    <name>DisplayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/display.py" line="21"/>
        <source>Text size and contrast</source>
        <translation>لکھائی کا سائز اور کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/display.py" line="27"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="28"/>
        <source>Text size</source>
        <translation>لکھائی کا سائز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="30"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="32"/>
        <source>%1 (usual size)</source>
        <translation>⁨%1⁩ (عام سائز)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="34"/>
        <source>&amp;Text size:</source>
        <translation>لکھائی کا سائز (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="37"/>
        <source>Hi&amp;gh contrast (light text on black)</source>
        <translation>زیادہ کنٹراسٹ (کالے پر ہلکی لکھائی) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="39"/>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="52"/>
        <source>Changes show straight away. They are kept on this computer, for every vault.</source>
        <translation>تبدیلیاں فوراً نظر آتی ہیں۔ یہ اس کمپیوٹر پر، ہر تجوری کے لیے، محفوظ رہتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="73"/>
        <source>Only the person whose vault this is, or a helper, can record money in or out. You are signed in as {who}, so nothing was changed.</source>
        <extracomment>The roles the holder can give to someone else.</extracomment>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یا کوئی مددگار، آنے یا جانے والی رقم درج کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="78"/>
        <source>Only the person whose vault this is, or a helper, can change payments. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یا کوئی مددگار، ادائیگیاں تبدیل کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="83"/>
        <source>Only the person whose vault this is can delete things, or bring deleted things back. You are signed in as {who}, so nothing was changed. If something needs deleting, please ask them.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، چیزیں ڈیلیٹ کر سکتا ہے یا ڈیلیٹ شدہ چیزیں واپس لا سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔ اگر کچھ ڈیلیٹ کرنا ہو تو براہِ کرم ان سے کہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="89"/>
        <source>Only the person whose vault this is, or a helper, can add or match receipts. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یا کوئی مددگار، رسیدیں شامل کر سکتا ہے یا ملا سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="94"/>
        <source>Only the person whose vault this is, or a helper, can record hours. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یا کوئی مددگار، گھنٹے درج کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="99"/>
        <source>Only the person whose vault this is can change PAs&apos; details, checks or pay. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، پی اے کی تفصیلات، جانچ یا تنخواہ تبدیل کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="104"/>
        <source>Only the person whose vault this is can change the support plan, accounts or categories. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، سپورٹ پلان، اکاؤنٹس یا کیٹیگریز تبدیل کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="109"/>
        <source>Only the person whose vault this is can import bank statements. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، بینک اسٹیٹمنٹس امپورٹ کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="114"/>
        <source>Statements cannot be made while you are signed in as {who}.</source>
        <translation>جب آپ ⁨{who}⁩ کے طور پر سائن ان ہوں تو اسٹیٹمنٹس نہیں بن سکتیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="118"/>
        <source>Only the person whose vault this is can mark a return as sent, or reopen a period. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، کسی ریٹرن کو بھیجا ہوا لکھ سکتا ہے یا کوئی مدت دوبارہ کھول سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="123"/>
        <source>Only the person whose vault this is can choose who else can open it. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یہ چن سکتا ہے کہ اور کون اسے کھول سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="128"/>
        <source>Your passphrase cannot be changed while you are signed in as {who}.</source>
        <translation>جب آپ ⁨{who}⁩ کے طور پر سائن ان ہوں تو آپ کا پاس فریز تبدیل نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="132"/>
        <source>Only the person whose vault this is can make a new recovery code. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، نیا ریکوری کوڈ بنا سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="137"/>
        <source>Only the person whose vault this is can change this vault&apos;s settings. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، اس تجوری کی سیٹنگز تبدیل کر سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="142"/>
        <source>Backups cannot be made while you are signed in as {who}.</source>
        <translation>جب آپ ⁨{who}⁩ کے طور پر سائن ان ہوں تو بیک اپ نہیں بن سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="146"/>
        <source>Only the person whose vault this is can put back a backup. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، کوئی بیک اپ واپس لا سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="151"/>
        <source>Only the person whose vault this is, or a helper, can undo changes. You are signed in as {who}, so nothing was changed.</source>
        <translation>صرف وہ شخص جس کی یہ تجوری ہے، یا کوئی مددگار، تبدیلیاں واپس لے سکتا ہے۔ آپ ⁨{who}⁩ کے طور پر سائن ان ہیں، اس لیے کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/dates.py" line="31"/>
        <source>“{text}” doesn&apos;t look like a date. Please type it like 03/06/2026.</source>
        <translation>“⁨{text}⁩” تاریخ نہیں لگتی۔ براہِ کرم اسے اس طرح لکھیں: 03/06/2026۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="39"/>
        <source>There is already something at {path}. Nothing was changed. Please choose a different name or folder for the new vault.</source>
        <translation>⁨{path}⁩ پر پہلے سے کچھ موجود ہے۔ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم نئی تجوری کے لیے کوئی اور نام یا فولڈر چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="65"/>
        <source>This vault was saved by a newer version of Direct Payments Keeper (records version {found}; this version understands up to {supported}). Nothing was changed. Please install the newer version to open it.</source>
        <translation>یہ تجوری Direct Payments Keeper کے نئے ورژن سے محفوظ کی گئی تھی (ریکارڈ کا ورژن ⁨{found}⁩؛ یہ ورژن صرف ⁨{supported}⁩ تک سمجھتا ہے)۔ کچھ بھی تبدیل نہیں ہوا۔ اسے کھولنے کے لیے براہِ کرم نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="95"/>
        <source>This vault is open in another window of Direct Payments Keeper, or a dpkeeper command is using it. Only one window can change a vault at a time, so nothing is lost. Close the vault there (or wait for the command to finish), then try again.</source>
        <translation>یہ تجوری Direct Payments Keeper کی کسی اور ونڈو میں کھلی ہے، یا کوئی dpkeeper کمانڈ اسے استعمال کر رہی ہے۔ ایک وقت میں صرف ایک ونڈو تجوری بدل سکتی ہے، تاکہ کچھ ضائع نہ ہو۔ وہاں تجوری بند کریں (یا کمانڈ ختم ہونے کا انتظار کریں)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="30"/>
        <source>“{text}” doesn&apos;t look like an amount of money. Please type it like 12.50 or £1,234.56.</source>
        <extracomment>The largest single amount the app accepts: far above any direct payment, well inside SQLite.</extracomment>
        <translation>“⁨{text}⁩” رقم نہیں لگتی۔ براہِ کرم اسے اس طرح لکھیں: 12.50 یا £1,234.56۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="46"/>
        <source>Please type an amount, for example 12.50.</source>
        <translation>براہِ کرم رقم لکھیں، مثلاً 12.50۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="72"/>
        <source>{amount} is more than this app can record. Please check the amount.</source>
        <translation>⁨{amount}⁩ اس سے زیادہ ہے جتنی یہ ایپ درج کر سکتی ہے۔ براہِ کرم رقم چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="79"/>
        <source>Please type the amount without a minus sign. Choose “money in” or “money out” to say which way it went.</source>
        <translation>براہِ کرم رقم مائنس کے نشان کے بغیر لکھیں۔ یہ بتانے کے لیے کہ رقم آئی یا گئی، “آنے والی رقم” یا “جانے والی رقم” چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="38"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔ براہِ کرم انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="50"/>
        <source>Please use at least {minimum} characters. A few everyday words in a row, like &apos;kettle garden blue&apos;, work well.</source>
        <translation>براہِ کرم کم از کم ⁨{minimum}⁩ حروف استعمال کریں۔ روزمرہ کے چند الفاظ ایک ساتھ، جیسے &apos;کیتلی باغ نیلا&apos;، اچھا کام کرتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="59"/>
        <source>Please use a passphrase shorter than {maximum} characters.</source>
        <translation>براہِ کرم ⁨{maximum}⁩ حروف سے چھوٹا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="85"/>
        <source>Keep going: at least {minimum} characters are needed.</source>
        <translation>لکھتے رہیں: کم از کم ⁨{minimum}⁩ حروف چاہییں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="88"/>
        <source>This will work. Adding another word would make it stronger.</source>
        <translation>یہ چل جائے گا۔ ایک اور لفظ شامل کرنے سے یہ اور مضبوط ہو جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="91"/>
        <source>Good. This is a sensible passphrase.</source>
        <translation>اچھا۔ یہ ایک مناسب پاس فریز ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="92"/>
        <source>Strong. This is a very good passphrase.</source>
        <translation>مضبوط۔ یہ بہت اچھا پاس فریز ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="132"/>
        <source>Please type the name of the council or NHS team that pays you.</source>
        <translation>براہِ کرم اس کونسل یا NHS ٹیم کا نام لکھیں جو آپ کو ادائیگی کرتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="138"/>
        <source>Please choose at least one place the money comes from.</source>
        <translation>براہِ کرم کم از کم ایک جگہ چنیں جہاں سے رقم آتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="142"/>
        <source>Please type how much is paid each time, for example 1,200.00.</source>
        <translation>براہِ کرم لکھیں کہ ہر بار کتنی رقم ملتی ہے، مثلاً 1,200.00۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="147"/>
        <source>The contribution can&apos;t be less than £0.</source>
        <translation>آپ کا حصہ £0 سے کم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="150"/>
        <source>Section 117 aftercare is free, so there is no contribution to pay. Please set the contribution to £0.</source>
        <translation>سیکشن 117 آفٹر کیئر مفت ہے، اس لیے آپ کا کوئی حصہ ادا نہیں کرنا۔ براہِ کرم اپنا حصہ £0 کر دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="158"/>
        <source>The review date is before the plan starts. Please check the dates.</source>
        <translation>ریویو کی تاریخ پلان شروع ہونے سے پہلے کی ہے۔ براہِ کرم تاریخیں چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="164"/>
        <source>Please choose a warning level between 1 and 52 weeks of money.</source>
        <translation>براہِ کرم خبردار کرنے کی حد 1 سے 52 ہفتوں کی رقم کے درمیان چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="173"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="146"/>
        <source>Each budget line needs a name, like “PA support”.</source>
        <translation>ہر بجٹ لائن کا نام ہونا چاہیے، جیسے “پی اے کی مدد”۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="177"/>
        <source>There are two budget lines called “{name}”. Please rename one.</source>
        <translation>“⁨{name}⁩” نام کی دو بجٹ لائنیں ہیں۔ براہِ کرم ایک کا نام بدل دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="186"/>
        <source>“{name}” needs hours a week and an hourly rate above zero.</source>
        <translation>“⁨{name}⁩” کے لیے ہفتے کے گھنٹے اور فی گھنٹہ شرح صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="193"/>
        <source>“{name}” needs an amount above zero.</source>
        <translation>“⁨{name}⁩” کے لیے رقم صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="150"/>
        <source>Please type the PA&apos;s name.</source>
        <translation>براہِ کرم پی اے کا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="153"/>
        <source>The end date is before the start date. Please check it.</source>
        <translation>ختم ہونے کی تاریخ شروع کی تاریخ سے پہلے کی ہے۔ براہِ کرم اسے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="159"/>
        <source>Contracted hours need to be more than 0 and no more than 168 a week. For hours that change from week to week, choose irregular hours.</source>
        <translation>کانٹریکٹ کے گھنٹے 0 سے زیادہ اور ہفتے میں 168 سے زیادہ نہیں ہونے چاہییں۔ جو گھنٹے ہر ہفتے بدلتے ہیں، ان کے لیے “غیر مقررہ گھنٹے” چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="167"/>
        <source>A PA with irregular hours builds up holiday as they work. Please choose “builds up” or “rolled-up” holiday.</source>
        <translation>غیر مقررہ گھنٹوں والے پی اے کی چھٹیاں کام کے ساتھ ساتھ جمع ہوتی ہیں۔ براہِ کرم “جمع ہوتی ہیں” یا “رولڈ اپ” والی چھٹیاں چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="176"/>
        <source>Each pay rate needs to be more than £0.</source>
        <translation>تنخواہ کی ہر شرح £0 سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="247"/>
        <source>Minutes cannot be less than 0.</source>
        <translation>منٹ 0 سے کم نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="250"/>
        <source>The break is as long as the shift. Please check the times and break.</source>
        <translation>وقفہ شفٹ جتنا لمبا ہے۔ براہِ کرم وقت اور وقفہ چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="256"/>
        <source>The time awake is longer than the sleep-in. Please check it.</source>
        <translation>جاگنے کا وقت سلیپ اِن سے زیادہ ہے۔ براہِ کرم اسے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="262"/>
        <source>Time awake is only for sleep-in shifts.</source>
        <translation>جاگنے کا وقت صرف سلیپ اِن شفٹوں کے لیے ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="331"/>
        <source>“{word}” is not a kind of shift. Use day, evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night).</source>
        <translation>“⁨{word}⁩” شفٹ کی کوئی قسم نہیں۔ یہ الفاظ انگریزی میں لکھیں: day (دن)، evening (شام)، night (رات)، weekend (ویک اینڈ)، bh (بینک ہالیڈے)، sleep (سلیپ اِن) یا waking (ویکنگ نائٹ)۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="356"/>
        <source>“{text}” doesn&apos;t look like a shift. Please type the start and end, like 9-17 or 09:00-17:30, then the break in minutes if there was one, like 9-17 30.</source>
        <translation>“⁨{text}⁩” شفٹ نہیں لگتی۔ براہِ کرم شروع اور ختم کا وقت لکھیں، جیسے 9-17 یا 09:00-17:30، پھر اگر وقفہ تھا تو منٹوں میں، جیسے 9-17 30۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="396"/>
        <source>Please give the hours for that day, more than 0.</source>
        <translation>براہِ کرم اس دن کے گھنٹے لکھیں، 0 سے زیادہ۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="426"/>
        <source>Please type the hours, like 7.5 or 7:30.</source>
        <translation>براہِ کرم گھنٹے لکھیں، جیسے 7.5 یا 7:30۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="438"/>
        <source>“{text}” doesn&apos;t look like hours. Please type them like 7.5, 7:30 or 7h 30m.</source>
        <translation>“⁨{text}⁩” گھنٹے نہیں لگتے۔ براہِ کرم اس طرح لکھیں: 7.5، 7:30 یا 7h 30m۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="447"/>
        <source>A day has at most 24 hours. Please check the hours.</source>
        <translation>ایک دن میں زیادہ سے زیادہ 24 گھنٹے ہوتے ہیں۔ براہِ کرم گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="450"/>
        <source>A week has at most 168 hours. Please check the hours.</source>
        <translation>ایک ہفتے میں زیادہ سے زیادہ 168 گھنٹے ہوتے ہیں۔ براہِ کرم گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="101"/>
        <source>Line {line} could not be read: it is not laid out like a CSV file. Nothing was imported. Please download the statement again.</source>
        <extracomment>How far down a file a header row may be (below the bank&apos;s preamble).</extracomment>
        <translation>لائن ⁨{line}⁩ پڑھی نہیں جا سکی: یہ CSV فائل کی طرح ترتیب میں نہیں ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسٹیٹمنٹ دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="170"/>
        <source>Please choose the amount column, or the money out and money in columns.</source>
        <translation>براہِ کرم رقم کا کالم چنیں، یا جانے والی رقم اور آنے والی رقم کے کالم۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="174"/>
        <source>Please choose the column that says who was paid.</source>
        <translation>براہِ کرم وہ کالم چنیں جس میں لکھا ہے کہ ادائیگی کس کو ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="180"/>
        <source>One of the chosen columns is not in this file.</source>
        <translation>چنے ہوئے کالموں میں سے ایک اس فائل میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="185"/>
        <source>Each column can only be used once. Please choose different columns.</source>
        <translation>ہر کالم صرف ایک بار استعمال ہو سکتا ہے۔ براہِ کرم الگ الگ کالم چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="332"/>
        <source>Line {line} looks cut short: it has {found} of the {expected} columns. The file may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>لائن ⁨{line}⁩ ادھوری لگتی ہے: اس میں ⁨{expected}⁩ میں سے ⁨{found}⁩ کالم ہیں۔ ہو سکتا ہے فائل پوری ڈاؤن لوڈ نہ ہوئی ہو۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسے دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="350"/>
        <source>Line {line} could not be read. Nothing was imported.</source>
        <translation>لائن ⁨{line}⁩ پڑھی نہیں جا سکی۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="376"/>
        <source>Line {line} has no amount of money. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>لائن ⁨{line}⁩ میں کوئی رقم نہیں ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم چیک کریں کہ یہ وہی فائل ہے جو آپ کے بینک نے دی تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="18"/>
        <source>This is a PDF file, not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ PDF فائل ہے، اسٹیٹمنٹ کی ایکسپورٹ فائل نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="27"/>
        <source>This is a picture (PNG), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ تصویر (PNG) ہے، اسٹیٹمنٹ کی ایکسپورٹ فائل نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="36"/>
        <source>This is a photo (JPEG), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ فوٹو (JPEG) ہے، اسٹیٹمنٹ کی ایکسپورٹ فائل نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="45"/>
        <source>This is a picture (GIF), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ تصویر (GIF) ہے، اسٹیٹمنٹ کی ایکسپورٹ فائل نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="54"/>
        <source>This is a zip file or an Excel spreadsheet. Excel can save it as CSV. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ zip فائل یا Excel اسپریڈشیٹ ہے۔ Excel اسے CSV کے طور پر محفوظ کر سکتا ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="63"/>
        <source>This is an Excel spreadsheet. Excel can save it as CSV. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ Excel اسپریڈشیٹ ہے۔ Excel اسے CSV کے طور پر محفوظ کر سکتا ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="77"/>
        <source>This file is bigger than 20 MB, far bigger than a bank statement. Nothing was imported. Please check you chose the right file, or download a shorter period.</source>
        <translation>یہ فائل 20 MB سے بڑی ہے، کسی بینک اسٹیٹمنٹ سے کہیں زیادہ بڑی۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم چیک کریں کہ آپ نے صحیح فائل چنی ہے، یا کم مدت کی اسٹیٹمنٹ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="85"/>
        <source>This file is empty. Nothing was imported. Please download the statement again.</source>
        <translation>یہ فائل خالی ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسٹیٹمنٹ دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="109"/>
        <source>This file is not a text file, so it is not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>یہ ٹیکسٹ فائل نہیں ہے، اس لیے یہ اسٹیٹمنٹ کی ایکسپورٹ فائل نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اس کی بجائے اپنی آن لائن بینکنگ سے اسٹیٹمنٹ CSV، OFX یا QIF فائل کے طور پر ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/ofx.py" line="55"/>
        <source>This OFX file stops at line {line} before its end. It may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>یہ OFX فائل اپنے آخر سے پہلے لائن ⁨{line}⁩ پر رک جاتی ہے۔ ہو سکتا ہے یہ پوری ڈاؤن لوڈ نہ ہوئی ہو۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسے دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/pdf_pages.py" line="23"/>
        <source>This PDF could not be read. It may be damaged or locked with a password.</source>
        <translation>یہ PDF پڑھی نہیں جا سکی۔ ہو سکتا ہے یہ خراب ہو یا پاس ورڈ سے بند ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/pdf_pages.py" line="65"/>
        <source>This PDF has {pages} page(s), so there is no page {page}.</source>
        <translation>اس PDF میں ⁨{pages}⁩ صفحے ہیں، اس لیے صفحہ ⁨{page}⁩ موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/qif.py" line="51"/>
        <source>This QIF file stops at line {line}, part-way through a payment. It may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>یہ QIF فائل لائن ⁨{line}⁩ پر، ایک ادائیگی کے بیچ میں، رک جاتی ہے۔ ہو سکتا ہے یہ پوری ڈاؤن لوڈ نہ ہوئی ہو۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسے دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="61"/>
        <source>{name} could not be read. It may be damaged or incomplete. Please try saving it again.</source>
        <translation>⁨{name}⁩ پڑھی نہیں جا سکی۔ ہو سکتا ہے یہ خراب یا ادھوری ہو۔ براہِ کرم اسے دوبارہ محفوظ کر کے دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="72"/>
        <source>{name} is {size} MB. Receipts can be up to 40 MB. Please take a smaller photo or scan.</source>
        <translation>⁨{name}⁩ کا سائز ⁨{size}⁩ MB ہے۔ رسیدیں 40 MB تک ہو سکتی ہیں۔ براہِ کرم چھوٹی فوٹو یا اسکین لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="84"/>
        <source>{name} is a picture of more than 100 megapixels, too large to show. Please take a smaller photo or scan.</source>
        <translation>⁨{name}⁩ کی تصویر 100 میگا پکسل سے زیادہ ہے، دکھانے کے لیے بہت بڑی۔ براہِ کرم چھوٹی فوٹو یا اسکین لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="118"/>
        <source>{name} could not be opened ({reason}). Please check the file is there.</source>
        <translation>⁨{name}⁩ کھل نہیں سکی (⁨{reason}⁩)۔ براہِ کرم چیک کریں کہ فائل وہاں موجود ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="137"/>
        <source>{name} is empty. Please choose the photo or PDF again.</source>
        <translation>⁨{name}⁩ خالی ہے۔ براہِ کرم فوٹو یا PDF دوبارہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="145"/>
        <source>{name} is not a photo or PDF this app can read. Please use a JPEG, PNG, WebP or HEIC photo, or a PDF.</source>
        <translation>⁨{name}⁩ ایسی فوٹو یا PDF نہیں جو یہ ایپ پڑھ سکے۔ براہِ کرم JPEG، PNG، WebP یا HEIC فوٹو، یا PDF استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="236"/>
        <source>{name} is locked with a password. Please save a copy without the password, or take a photo of it instead.</source>
        <translation>⁨{name}⁩ پاس ورڈ سے بند ہے۔ براہِ کرم پاس ورڈ کے بغیر اس کی کاپی محفوظ کریں، یا اس کی بجائے اس کی فوٹو لے لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="36"/>
        <source>The columns in this file were not recognised. Please say which column holds the date, the description and the amount.</source>
        <extracomment>Bank rows dated outside these years are treated as mistakes in the file.</extracomment>
        <translation>اس فائل کے کالم پہچانے نہیں جا سکے۔ براہِ کرم بتائیں کہ کس کالم میں تاریخ، تفصیل اور رقم ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="76"/>
        <source>No payments were found in this file. Nothing was imported. Please check it is the statement you meant, downloaded from your online banking as CSV, OFX or QIF.</source>
        <translation>اس فائل میں کوئی ادائیگی نہیں ملی۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم چیک کریں کہ یہ وہی اسٹیٹمنٹ ہے جو آپ چاہتے تھے، اور آن لائن بینکنگ سے CSV، OFX یا QIF کے طور پر ڈاؤن لوڈ کی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="86"/>
        <source>The payment at line {line} has no date or no amount. Nothing was imported. Please download the statement again.</source>
        <translation>لائن ⁨{line}⁩ والی ادائیگی میں تاریخ یا رقم نہیں ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم اسٹیٹمنٹ دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="109"/>
        <source>Line {line} could not be read: “{text}” is not a date. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>لائن ⁨{line}⁩ پڑھی نہیں جا سکی: “⁨{text}⁩” تاریخ نہیں ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم چیک کریں کہ یہ وہی فائل ہے جو آپ کے بینک نے دی تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="150"/>
        <source>Line {line} could not be read: “{text}” is not an amount of money. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>لائن ⁨{line}⁩ پڑھی نہیں جا سکی: “⁨{text}⁩” کوئی رقم نہیں ہے۔ کچھ بھی امپورٹ نہیں ہوا۔ براہِ کرم چیک کریں کہ یہ وہی فائل ہے جو آپ کے بینک نے دی تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="76"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation>براہِ کرم اس شخص کا نام لکھیں جسے آپ اجازت دے رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="80"/>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="65"/>
        <source>Please use a name shorter than {limit} characters.</source>
        <translation>براہِ کرم ⁨{limit}⁩ حروف سے چھوٹا نام استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="85"/>
        <source>Someone called “{name}” can already open this vault. Please add a surname or initial, so the history shows who did what.</source>
        <translation>“⁨{name}⁩” نام کا کوئی شخص پہلے سے یہ تجوری کھول سکتا ہے۔ براہِ کرم ساتھ خاندانی نام یا اس کا پہلا حرف لکھیں، تاکہ ہسٹری میں پتا چلے کہ کس نے کیا کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="100"/>
        <source>Please choose helper or advocate.</source>
        <translation>براہِ کرم مددگار یا حمایتی چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="104"/>
        <source>This vault cannot let anyone else in: it has the most ways in it can hold. Remove someone who no longer needs access first.</source>
        <translation>یہ تجوری اب کسی اور کو اجازت نہیں دے سکتی: اس میں کھولنے کے جتنے طریقے ہو سکتے ہیں، سب استعمال ہو چکے ہیں۔ پہلے کسی ایسے شخص کی رسائی ختم کریں جسے اب اس کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="112"/>
        <source>That passphrase already opens this vault. Please choose a different one for {name}, so the app knows who is signing in.</source>
        <translation>وہ پاس فریز پہلے سے یہ تجوری کھولتا ہے۔ براہِ کرم ⁨{name}⁩ کے لیے کوئی اور پاس فریز چنیں، تاکہ ایپ کو پتا ہو کہ کون سائن ان کر رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="145"/>
        <source>Nobody called “{name}” can open this vault. The people who can are: {names}.</source>
        <translation>“⁨{name}⁩” نام کا کوئی شخص یہ تجوری نہیں کھول سکتا۔ جو لوگ کھول سکتے ہیں وہ یہ ہیں: ⁨{names}⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="159"/>
        <source>You cannot remove yourself. Nothing was changed.</source>
        <translation>آپ خود کو نہیں ہٹا سکتے۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="163"/>
        <source>The person whose vault this is cannot be removed: the vault would have nobody to look after it. Nothing was changed.</source>
        <translation>جس شخص کی یہ تجوری ہے اسے ہٹایا نہیں جا سکتا: پھر تجوری کی دیکھ بھال کرنے والا کوئی نہیں رہے گا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="204"/>
        <source>There is no folder at {folder}. Nothing was saved. If it is on a USB stick, check that the stick is plugged in, then choose the folder again.</source>
        <translation>⁨{folder}⁩ پر کوئی فولڈر نہیں ہے۔ کچھ بھی محفوظ نہیں ہوا۔ اگر یہ USB اسٹک پر ہے تو چیک کریں کہ اسٹک لگی ہوئی ہے، پھر فولڈر دوبارہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="447"/>
        <source>This backup is of a different vault, so it cannot be restored into this one. Nothing was changed. Please choose a backup of this vault.</source>
        <translation>یہ بیک اپ کسی اور تجوری کا ہے، اس لیے اسے اس تجوری میں واپس نہیں لایا جا سکتا۔ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم اسی تجوری کا بیک اپ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="591"/>
        <source>The folder {folder} holds a different vault, so this backup was not put there. Nothing was changed. Please choose another folder for the restored vault.</source>
        <translation>فولڈر ⁨{folder}⁩ میں کوئی اور تجوری ہے، اس لیے یہ بیک اپ وہاں نہیں رکھا گیا۔ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم واپس لائی گئی تجوری کے لیے کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="641"/>
        <source>That didn&apos;t open this backup. Use the passphrase or recovery code that opened the vault on the day the backup was made (or today&apos;s, if the vault&apos;s key file still reads). Check that Caps Lock is off and try again.</source>
        <translation>اس سے یہ بیک اپ نہیں کھلا۔ وہ پاس فریز یا ریکوری کوڈ استعمال کریں جس سے بیک اپ بننے والے دن تجوری کھلتی تھی (یا آج والا، اگر تجوری کی چابی والی فائل ابھی پڑھی جا سکتی ہے)۔ چیک کریں کہ Caps Lock بند ہے اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="252"/>
        <source>Please choose which account this statement is for.</source>
        <translation>براہِ کرم چنیں کہ یہ اسٹیٹمنٹ کس اکاؤنٹ کی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/history.py" line="156"/>
        <source>There is nothing to undo since you opened the vault.</source>
        <translation>تجوری کھولنے کے بعد سے واپس لینے کو کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/history.py" line="162"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="364"/>
        <location filename="../../desktop/dpkeeper/services/receipts.py" line="28"/>
        <source>That payment is no longer in the records.</source>
        <translation>وہ ادائیگی اب ریکارڈ میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="54"/>
        <source>Please type a name for the new category.</source>
        <translation>براہِ کرم نئی کیٹیگری کا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="58"/>
        <source>There is already a category called “{name}”.</source>
        <translation>“⁨{name}⁩” نام کی کیٹیگری پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="72"/>
        <source>There is no category called “{name}”. The categories are: {names}.</source>
        <translation>“⁨{name}⁩” نام کی کوئی کیٹیگری نہیں ہے۔ کیٹیگریز یہ ہیں: ⁨{names}⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="107"/>
        <source>There are no accounts yet. Please add your direct payment account first.</source>
        <translation>ابھی کوئی اکاؤنٹ نہیں ہے۔ براہِ کرم پہلے اپنا ڈائریکٹ پیمنٹ اکاؤنٹ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="116"/>
        <source>There is no account called “{name}”. The accounts are: {names}.</source>
        <translation>“⁨{name}⁩” نام کا کوئی اکاؤنٹ نہیں ہے۔ اکاؤنٹس یہ ہیں: ⁨{names}⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="129"/>
        <source>Please give the account a name, like “Direct payment account”.</source>
        <translation>براہِ کرم اکاؤنٹ کا نام رکھیں، جیسے “ڈائریکٹ پیمنٹ اکاؤنٹ”۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="134"/>
        <source>Please use a shorter account name.</source>
        <translation>براہِ کرم اکاؤنٹ کا چھوٹا نام استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="138"/>
        <source>There is already an account called “{name}”.</source>
        <translation>“⁨{name}⁩” نام کا اکاؤنٹ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="169"/>
        <source>That account no longer exists.</source>
        <translation>وہ اکاؤنٹ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="175"/>
        <source>There is money recorded in this account on {day}, before {opening}. Please choose an opening date on or before {day}.</source>
        <translation>اس اکاؤنٹ میں ⁨{day}⁩ کو، یعنی ⁨{opening}⁩ سے پہلے، رقم درج ہے۔ براہِ کرم شروع کی تاریخ ⁨{day}⁩ یا اس سے پہلے کی چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="202"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="237"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="461"/>
        <source>Please type an amount above £0.00.</source>
        <translation>براہِ کرم £0.00 سے زیادہ رقم لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="209"/>
        <source>{day} looks like the wrong date. Please check the year.</source>
        <translation>⁨{day}⁩ غلط تاریخ لگتی ہے۔ براہِ کرم سال چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="223"/>
        <source>Records up to {day} are closed because a monitoring return was sent. Nothing was changed.</source>
        <translation>⁨{day}⁩ تک کا ریکارڈ بند ہے کیونکہ مانیٹرنگ ریٹرن بھیجا جا چکا ہے۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="241"/>
        <source>Please say who the money was paid to, or who it came from.</source>
        <translation>براہِ کرم بتائیں کہ رقم کس کو دی گئی، یا کس سے آئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="247"/>
        <source>Please keep names and notes under {limit} letters.</source>
        <translation>براہِ کرم نام اور نوٹ ⁨{limit}⁩ حروف سے کم رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="252"/>
        <source>Please choose which account was used.</source>
        <translation>براہِ کرم چنیں کہ کون سا اکاؤنٹ استعمال ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="255"/>
        <source>{day} is before {account} was opened in this app ({opening}). Please check the date, or change the opening date in Plan and accounts.</source>
        <translation>⁨{day}⁩ اس دن سے پہلے کی تاریخ ہے جب ⁨{account}⁩ اس ایپ میں کھولا گیا (⁨{opening}⁩)۔ براہِ کرم تاریخ چیک کریں، یا “پلان اور اکاؤنٹس” میں شروع کی تاریخ بدل دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="269"/>
        <source>That category is for money going the other way. Please choose another.</source>
        <translation>وہ کیٹیگری دوسری طرف جانے والی رقم کے لیے ہے۔ براہِ کرم کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="276"/>
        <source>Please add a note saying what this was for, when you choose “{name}”.</source>
        <translation>جب آپ “⁨{name}⁩” چنیں تو براہِ کرم ایک نوٹ لکھیں کہ یہ کس لیے تھا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="285"/>
        <source>That budget line no longer exists.</source>
        <translation>وہ بجٹ لائن اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="373"/>
        <source>This is a transfer between accounts. Delete it and record it again.</source>
        <translation>یہ اکاؤنٹس کے درمیان ٹرانسفر ہے۔ اسے ڈیلیٹ کر کے دوبارہ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="458"/>
        <source>Please choose two different accounts for a transfer.</source>
        <translation>براہِ کرم ٹرانسفر کے لیے دو الگ اکاؤنٹ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="465"/>
        <source>Please choose which accounts were used.</source>
        <translation>براہِ کرم چنیں کہ کون سے اکاؤنٹ استعمال ہوئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/periods.py" line="35"/>
        <source>A period can only be closed once it has ended. Please try after {day}.</source>
        <translation>کوئی مدت ختم ہونے کے بعد ہی بند ہو سکتی ہے۔ براہِ کرم ⁨{day}⁩ کے بعد کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/periods.py" line="51"/>
        <source>Please say why the period is being reopened, for example “the council asked me to correct a payment”. The reason is kept with your records.</source>
        <translation>براہِ کرم بتائیں کہ مدت دوبارہ کیوں کھولی جا رہی ہے، مثلاً “کونسل نے ایک ادائیگی درست کرنے کو کہا”۔ وجہ آپ کے ریکارڈ کے ساتھ رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/plan.py" line="47"/>
        <source>Please choose a spending category for the budget line “{name}”.</source>
        <translation>براہِ کرم بجٹ لائن “⁨{name}⁩” کے لیے خرچ کی کیٹیگری چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/preferences.py" line="32"/>
        <source>Please choose between {low} and {high} minutes before the vault locks.</source>
        <translation>براہِ کرم تجوری پر تالا لگنے سے پہلے کے لیے ⁨{low}⁩ سے ⁨{high}⁩ منٹ کے درمیان چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/progress.py" line="16"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>روک دیا گیا۔ کچھ بھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/receipts.py" line="20"/>
        <source>That receipt is no longer in the records.</source>
        <translation>وہ رسید اب ریکارڈ میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/recovery_sheet.py" line="27"/>
        <source>The recovery sheet could not be saved to {path} ({reason}). Please choose another folder, such as Documents.</source>
        <translation>ریکوری شیٹ ⁨{path}⁩ میں محفوظ نہیں ہو سکی (⁨{reason}⁩)۔ براہِ کرم کوئی اور فولڈر چنیں، جیسے Documents۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="87"/>
        <source>Please choose a part of the UK.</source>
        <translation>براہِ کرم برطانیہ کا کوئی حصہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="105"/>
        <source>Please choose a real day for the leave year to start.</source>
        <translation>براہِ کرم چھٹیوں کا سال شروع ہونے کے لیے کوئی اصل تاریخ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="123"/>
        <source>That PA is no longer in your records.</source>
        <translation>وہ پی اے اب آپ کے ریکارڈ میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="132"/>
        <source>There is no PA called “{name}”. Please check the name, or add them first.</source>
        <translation>“⁨{name}⁩” نام کا کوئی پی اے نہیں ہے۔ براہِ کرم نام چیک کریں، یا پہلے انہیں شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="146"/>
        <source>There is already a PA called “{name}”. Please add something to tell them apart, like a surname or initial.</source>
        <translation>“⁨{name}⁩” نام کا پی اے پہلے سے موجود ہے۔ براہِ کرم فرق بتانے کے لیے ساتھ کچھ لکھیں، جیسے خاندانی نام یا اس کا پہلا حرف۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="171"/>
        <source>{name} did not work for you on {day} (they started on {start}{ended}). Please check the date, or change their start or end date first.</source>
        <translation>⁨{name}⁩ نے ⁨{day}⁩ کو آپ کے لیے کام نہیں کیا (انہوں نے ⁨{start}⁩ کو کام شروع کیا⁨{ended}⁩)۔ براہِ کرم تاریخ چیک کریں، یا پہلے ان کی شروع یا ختم کی تاریخ بدلیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="197"/>
        <source>That shift is no longer in your records.</source>
        <translation>وہ شفٹ اب آپ کے ریکارڈ میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="430"/>
        <source>The renew-by date for the {what} is before the day it was done. Please check the dates.</source>
        <translation>⁨{what}⁩ کی تجدید کی تاریخ اس دن سے پہلے کی ہے جب یہ ہوئی تھی۔ براہِ کرم تاریخیں چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="516"/>
        <source>Please copy the amounts from the payslip: gross pay more than £0, and no amount below £0.</source>
        <translation>براہِ کرم پے سلپ سے رقمیں لکھیں: گراس تنخواہ £0 سے زیادہ، اور کوئی رقم £0 سے کم نہ ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="524"/>
        <source>Please say what each payment was for.</source>
        <translation>براہِ کرم بتائیں کہ ہر ادائیگی کس لیے تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="44"/>
        <source>Please give the file a name ending in .pdf, .csv or .json.</source>
        <extracomment>Which formats each kind can be made in.</extracomment>
        <translation>براہِ کرم فائل کا ایسا نام رکھیں جو .pdf، .csv یا .json پر ختم ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="69"/>
        <source>“{kind}” is not a kind of statement. Choose monitoring, review, audit-pack, timesheets or pay.</source>
        <translation>“⁨{kind}⁩” اسٹیٹمنٹ کی کوئی قسم نہیں۔ ان میں سے چنیں: monitoring، review، audit-pack، timesheets یا pay۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="78"/>
        <source>This statement can be saved as: {formats}.</source>
        <translation>یہ اسٹیٹمنٹ اس طرح محفوظ ہو سکتی ہے: ⁨{formats}⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="162"/>
        <source>No PAs worked for you in this period, so there are no timesheets.</source>
        <translation>اس مدت میں کسی پی اے نے آپ کے لیے کام نہیں کیا، اس لیے کوئی ٹائم شیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statements.py" line="39"/>
        <source>The period ends before it starts. Please check the dates.</source>
        <translation>مدت شروع ہونے سے پہلے ختم ہو رہی ہے۔ براہِ کرم تاریخیں چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statements.py" line="43"/>
        <source>Please choose a period of seven years or less.</source>
        <translation>براہِ کرم سات سال یا اس سے کم کی مدت چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="49"/>
        <source>That recovery code doesn&apos;t look right. Check each group of four against your recovery sheet and try again.</source>
        <translation>وہ ریکوری کوڈ ٹھیک نہیں لگتا۔ چار چار حروف کے ہر گروپ کو اپنی ریکوری شیٹ سے ملا کر دیکھیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="61"/>
        <source>Please type the name of the person these records are for.</source>
        <translation>براہِ کرم اس شخص کا نام لکھیں جس کا یہ ریکارڈ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="177"/>
        <source>That passphrase didn&apos;t open this vault. Check that Caps Lock is off and try again, or use your recovery code instead.</source>
        <translation>اس پاس فریز سے یہ تجوری نہیں کھلی۔ چیک کریں کہ Caps Lock بند ہے اور دوبارہ کوشش کریں، یا اس کی بجائے اپنا ریکوری کوڈ استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="196"/>
        <source>That recovery code didn&apos;t open this vault. If a newer recovery code was made, use that one. You can also try your passphrase.</source>
        <translation>اس ریکوری کوڈ سے یہ تجوری نہیں کھلی۔ اگر نیا ریکوری کوڈ بنایا گیا تھا تو وہ استعمال کریں۔ آپ اپنا پاس فریز بھی آزما سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="304"/>
        <source>The change was made and is already in use. Only its note in the vault&apos;s history could not be saved, because the computer could not write to the disk the vault is on. Free some space on the disk (or reconnect the drive).</source>
        <translation>تبدیلی ہو گئی ہے اور استعمال میں ہے۔ صرف تجوری کی ہسٹری میں اس کا نوٹ محفوظ نہیں ہو سکا، کیونکہ کمپیوٹر اس ڈسک پر نہیں لکھ سکا جس پر تجوری ہے۔ ڈسک پر کچھ جگہ خالی کریں (یا ڈرائیو دوبارہ لگائیں)۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="318"/>
        <source>Someone else already uses that passphrase to open this vault. Please choose a different one, so the app knows who is signing in.</source>
        <translation>کوئی اور پہلے سے یہ پاس فریز اس تجوری کو کھولنے کے لیے استعمال کرتا ہے۔ براہِ کرم کوئی اور پاس فریز چنیں، تاکہ ایپ کو پتا ہو کہ کون سائن ان کر رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="341"/>
        <source>This computer has no keychain the app can use, so it cannot remember the vault. Your passphrase still works as usual.</source>
        <translation>اس کمپیوٹر میں ایسی کوئی کی چین نہیں جو ایپ استعمال کر سکے، اس لیے یہ تجوری یاد نہیں رکھ سکتا۔ آپ کا پاس فریز پہلے کی طرح کام کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="352"/>
        <source>The computer&apos;s keychain did not accept the secret, so the vault is not remembered. Your passphrase still works as usual. You can try again later.</source>
        <translation>کمپیوٹر کی کی چین نے خفیہ معلومات قبول نہیں کیں، اس لیے تجوری یاد نہیں رکھی گئی۔ آپ کا پاس فریز پہلے کی طرح کام کرتا ہے۔ آپ بعد میں دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="44"/>
        <source>Please type the hours a week, like 12 or 7.5.</source>
        <translation>براہِ کرم ہفتے کے گھنٹے لکھیں، جیسے 12 یا 7.5۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/backup.py" line="61"/>
        <source>The backup was made but did not pass its check, so it was not kept: {detail} Your vault is unchanged. Please try again. If it happens again, part of the vault itself may be damaged: ask someone you trust to help.</source>
        <translation>بیک اپ بن گیا تھا لیکن جانچ میں پورا نہیں اترا، اس لیے رکھا نہیں گیا: ⁨{detail}⁩ آپ کی تجوری میں کوئی تبدیلی نہیں ہوئی۔ براہِ کرم دوبارہ کوشش کریں۔ اگر پھر ایسا ہو تو ہو سکتا ہے تجوری کا کوئی حصہ خود خراب ہو: کسی بھروسے والے شخص سے مدد مانگیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/backup.py" line="74"/>
        <source>The backup could not be saved: the computer could not write to {folder}. The disk may be full, or the drive may have been removed. Your vault is fine and nothing in it was changed. Free some space (or reconnect the drive), then try again.</source>
        <translation>بیک اپ محفوظ نہیں ہو سکا: کمپیوٹر ⁨{folder}⁩ میں نہیں لکھ سکا۔ ہو سکتا ہے ڈسک بھری ہوئی ہو، یا ڈرائیو نکال دی گئی ہو۔ آپ کی تجوری ٹھیک ہے اور اس میں کچھ بھی تبدیل نہیں ہوا۔ کچھ جگہ خالی کریں (یا ڈرائیو دوبارہ لگائیں)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="82"/>
        <source>This backup could not be used: {detail} Nothing was changed. Please choose another backup; an older one is fine.</source>
        <translation>یہ بیک اپ استعمال نہیں ہو سکا: ⁨{detail}⁩ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم کوئی اور بیک اپ چنیں؛ کوئی پرانا بیک اپ بھی ٹھیک ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="156"/>
        <source>it is not a Direct Payments Keeper backup, or it is damaged.</source>
        <translation>یہ Direct Payments Keeper کا بیک اپ نہیں ہے، یا خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="159"/>
        <source>it was made by a newer version of Direct Payments Keeper. Please install that version.</source>
        <translation>یہ Direct Payments Keeper کے نئے ورژن سے بنا تھا۔ براہِ کرم وہ ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="163"/>
        <source>part of it has changed since it was made (it may be damaged, or have been edited).</source>
        <translation>بننے کے بعد اس کا کچھ حصہ بدل گیا ہے (ہو سکتا ہے یہ خراب ہو، یا اس میں ردوبدل کی گئی ہو)۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="166"/>
        <source>it does not belong to this vault, or it has been changed since it was made.</source>
        <translation>یہ اس تجوری کا نہیں ہے، یا بننے کے بعد اس میں تبدیلی کی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="169"/>
        <source>the records inside it are damaged.</source>
        <translation>اس کے اندر کا ریکارڈ خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="170"/>
        <source>the copy does not hold all of the records.</source>
        <translation>اس کاپی میں پورا ریکارڈ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="60"/>
        <source>This vault could not be read: {detail} Nothing was changed. If you have a backup copy of the vault, open that instead, or ask someone you trust to help.</source>
        <extracomment>Unlocking checks every page&apos;s checksum in a records file up to this size (about a third of a second). A bigger one (years of receipt photos) would take seconds, so its pages are checked as they are read (SQLCipher refuses any page whose checksum is wrong) and by each backup, which copies and checks them all.</extracomment>
        <translation>یہ تجوری پڑھی نہیں جا سکی: ⁨{detail}⁩ کچھ بھی تبدیل نہیں ہوا۔ اگر آپ کے پاس تجوری کی بیک اپ کاپی ہے تو اس کی بجائے وہ کھولیں، یا کسی بھروسے والے شخص سے مدد مانگیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="153"/>
        <source>there is no vault folder at {path}.</source>
        <translation>⁨{path}⁩ پر تجوری کا کوئی فولڈر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="162"/>
        <source>its key file is missing or damaged.</source>
        <translation>اس کی چابی والی فائل غائب یا خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="258"/>
        <source>its records file is missing.</source>
        <translation>اس کی ریکارڈ والی فائل غائب ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="260"/>
        <source>its records file is incomplete.</source>
        <translation>اس کی ریکارڈ والی فائل ادھوری ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="273"/>
        <source>part of its records file is damaged.</source>
        <translation>اس کی ریکارڈ والی فائل کا کچھ حصہ خراب ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="312"/>
        <source>This change could not be saved: the computer could not write to the disk the vault is on. The disk may be full, or the drive may have been removed or be failing. Nothing was changed, and your records are as they were before. Free some space on the disk (or reconnect the drive), then try again.</source>
        <translation>یہ تبدیلی محفوظ نہیں ہو سکی: کمپیوٹر اس ڈسک پر نہیں لکھ سکا جس پر تجوری ہے۔ ہو سکتا ہے ڈسک بھری ہوئی ہو، یا ڈرائیو نکال دی گئی ہو یا خراب ہو رہی ہو۔ کچھ بھی تبدیل نہیں ہوا، اور آپ کا ریکارڈ پہلے جیسا ہی ہے۔ ڈسک پر کچھ جگہ خالی کریں (یا ڈرائیو دوبارہ لگائیں)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="27"/>
        <source>A quick tour</source>
        <translation>ایک مختصر تعارف</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="33"/>
        <source>Step number</source>
        <translation>مرحلہ نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="39"/>
        <source>&amp;Skip the tour</source>
        <translation>تعارف چھوڑ دیں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="39"/>
        <source>Skip the tour (Escape)</source>
        <translation>تعارف چھوڑ دیں (Escape)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="41"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="41"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="42"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="134"/>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="71"/>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="73"/>
        <source>This short tour shows you around the app. It takes about a minute. You can skip it at any time: press Escape.</source>
        <translation>یہ مختصر تعارف آپ کو ایپ دکھاتا ہے۔ اس میں تقریباً ایک منٹ لگتا ہے۔ آپ اسے کسی بھی وقت چھوڑ سکتے ہیں: Escape دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="78"/>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="80"/>
        <source>The Home page shows how things are today: the money you have, how many weeks it will last, and what to do next. Start here each time.</source>
        <translation>“ہوم” صفحہ دکھاتا ہے کہ آج حالات کیسے ہیں: آپ کے پاس کتنی رقم ہے، یہ کتنے ہفتے چلے گی، اور آگے کیا کرنا ہے۔ ہر بار یہیں سے شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="85"/>
        <source>Money and Receipts</source>
        <translation>رقم اور رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="87"/>
        <source>The Money page lists every payment in and out. Add one with Ctrl+N, or bring in a file from your bank. The Receipts page keeps photos of your receipts. A phone photo is fine.</source>
        <translation>“رقم” صفحے پر آنے اور جانے والی ہر ادائیگی کی فہرست ہوتی ہے۔ Ctrl+N سے نئی ادائیگی شامل کریں، یا اپنے بینک سے فائل لے آئیں۔ “رسیدیں” صفحہ آپ کی رسیدوں کی تصویریں رکھتا ہے۔ فون سے لی گئی تصویر بھی ٹھیک ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="93"/>
        <source>Plan and accounts</source>
        <translation>پلان اور اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="95"/>
        <source>Put in what your council agreed to pay, and your bank account. The app uses this to work out how long your money will last.</source>
        <translation>لکھیں کہ آپ کی کونسل نے کتنی رقم دینا طے کیا ہے، اور اپنا بینک اکاؤنٹ شامل کریں۔ ایپ اس سے حساب لگاتی ہے کہ آپ کی رقم کتنی دیر چلے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="100"/>
        <source>Staff, Hours and Statements</source>
        <translation>اسٹاف، گھنٹے اور اسٹیٹمنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="102"/>
        <source>If you employ a personal assistant, the Staff page keeps their details and the Hours page keeps their hours. When the council asks how the money was spent, the Statements page makes the papers for you.</source>
        <translation>اگر آپ نے کوئی ذاتی معاون (پی اے) رکھا ہے تو “اسٹاف” صفحہ ان کی تفصیلات اور “گھنٹے” صفحہ ان کے گھنٹے رکھتا ہے۔ جب کونسل پوچھے کہ رقم کیسے خرچ ہوئی، تو “اسٹیٹمنٹس” صفحہ آپ کے لیے کاغذات بنا دیتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="108"/>
        <source>Help is always here</source>
        <translation>مدد ہمیشہ موجود ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="110"/>
        <source>Press F1 on any page, or choose “What is this?”, to read about that page. The Help page has a short guide, and ideas for a bad day. You can see this tour again from the Help page.</source>
        <translation>کسی بھی صفحے کے بارے میں پڑھنے کے لیے F1 دبائیں، یا “یہ کیا ہے؟” چنیں۔ “مدد” صفحے پر ایک مختصر گائیڈ ہے، اور مشکل دن کے لیے کچھ مشورے۔ آپ یہ تعارف “مدد” صفحے سے دوبارہ دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="121"/>
        <source>Step %1 of %2</source>
        <translation>مرحلہ ⁨%1⁩، کل ⁨%2⁩ میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="133"/>
        <source>&amp;Finish</source>
        <translation>ختم کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="133"/>
        <source>&amp;Next</source>
        <translation>آگے (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="134"/>
        <source>Finish</source>
        <translation>ختم کریں</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="330"/>
        <source>Help and guide</source>
        <translation>مدد اور گائیڈ</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="135"/>
        <source>Search the guide (Ctrl+F)</source>
        <extracomment>The guide&apos;s section about each page of the workspace (&quot;What is this?&quot; and F1).</extracomment>
        <translation>گائیڈ میں تلاش کریں (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="136"/>
        <source>Search the guide</source>
        <translation>گائیڈ میں تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="138"/>
        <source>&amp;Search:</source>
        <translation>تلاش (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="140"/>
        <source>Search result</source>
        <translation>تلاش کا نتیجہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="143"/>
        <source>Topics in the guide</source>
        <translation>گائیڈ کے موضوعات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="147"/>
        <source>Guide text</source>
        <translation>گائیڈ کا متن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="151"/>
        <source>Show the &amp;tour again</source>
        <translation>تعارف دوبارہ دکھائیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="153"/>
        <source>Show the tour again</source>
        <translation>تعارف دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="279"/>
        <source>1 topic has these words.</source>
        <translation>1 موضوع میں یہ الفاظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="281"/>
        <source>%1 topics have these words.</source>
        <translation>⁨%1⁩ موضوعات میں یہ الفاظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="285"/>
        <source>Nothing in the guide has all of these words. Try fewer words, or a shorter one, like “pay” or “receipt”.</source>
        <translation>گائیڈ میں کہیں بھی یہ سارے الفاظ ایک ساتھ نہیں ملے۔ کم الفاظ آزمائیں، یا کوئی چھوٹا لفظ، جیسے “تنخواہ” یا “رسید”۔</translation>
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
        <translation>ہیلو، ⁨%1⁩</translation>
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
        <translation>ہفتے میں ⁨%1⁩ کے حساب سے، آپ کی رقم تقریباً ⁨%2⁩ ہفتے چلے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="171"/>
        <source>That is more than %1 weeks. Your council may ask about money above this, and may ask for some back. It may help to talk to them about it.</source>
        <translation>یہ ⁨%1⁩ ہفتوں سے زیادہ ہے۔ آپ کی کونسل اس سے زیادہ رقم کے بارے میں پوچھ سکتی ہے، اور کچھ رقم واپس بھی مانگ سکتی ہے۔ اس بارے میں ان سے بات کر لینا اچھا رہے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="175"/>
        <source>That is within the %1 weeks your council expects.</source>
        <translation>یہ ان ⁨%1⁩ ہفتوں کے اندر ہے جتنے کی آپ کی کونسل توقع کرتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="178"/>
        <source>%1 weeks</source>
        <translation>⁨%1⁩ ہفتے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="182"/>
        <source>Add your support plan first.</source>
        <translation>پہلے اپنا سپورٹ پلان شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="185"/>
        <source>Spent from %1 to %2, out of %3 for this period.</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک کا خرچ، اس مدت کے ⁨%3⁩ میں سے۔</translation>
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
        <translation>اگلی ادائیگی: ⁨%1⁩، جو ⁨%2⁩ کو آنی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="205"/>
        <source>The payment due on %1 arrived on %2.</source>
        <translation>جو ادائیگی ⁨%1⁩ کو آنی تھی وہ ⁨%2⁩ کو آ گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="210"/>
        <source>The payment due on %1 has not shown up yet. If it is in your bank, add it on the Money page.</source>
        <translation>جو ادائیگی ⁨%1⁩ کو آنی تھی وہ ابھی یہاں نظر نہیں آئی۔ اگر یہ آپ کے بینک میں آ چکی ہے تو اسے “رقم” صفحے پر شامل کریں۔</translation>
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
        <translation>⁨%1⁩ ادائیگیوں کے لیے رسید چاہیے، یا ایک نوٹ کہ رسید کیوں نہیں ہے۔</translation>
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
        <translation>⁨%1⁩ رسیدیں خرچ سے ملائے جانے کا انتظار کر رہی ہیں۔</translation>
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
        <translation>اور ⁨%1⁩ مزید۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="259"/>
        <source>%1 to %2</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="265"/>
        <source>Your monitoring return for %1 is due now. Make it on the Statements page, and mark the period as sent when it has gone to the council.</source>
        <translation>⁨%1⁩ کا آپ کا مانیٹرنگ ریٹرن (کونسل کو دیا جانے والا حساب) اب دینا ہے۔ اسے “اسٹیٹمنٹس” صفحے پر بنائیں، اور جب یہ کونسل کو چلا جائے تو اس مدت کو بھیجا ہوا لکھ دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="270"/>
        <source>Your next monitoring return covers %1. That time ends today, so you can make it on the Statements page from tomorrow.</source>
        <translation>آپ کا اگلا مانیٹرنگ ریٹرن ⁨%1⁩ کا ہے۔ یہ وقت آج ختم ہو رہا ہے، اس لیے آپ اسے کل سے “اسٹیٹمنٹس” صفحے پر بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="275"/>
        <source>Your next monitoring return covers %1. It is due after %2 (in %3 days): make it on the Statements page then.</source>
        <translation>آپ کا اگلا مانیٹرنگ ریٹرن ⁨%1⁩ کا ہے۔ یہ ⁨%2⁩ کے بعد دینا ہے (⁨%3⁩ دن میں): تب اسے “اسٹیٹمنٹس” صفحے پر بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="294"/>
        <source>You opened the vault with your recovery code. Choose a new passphrase in Settings.</source>
        <translation>آپ نے تجوری اپنے ریکوری کوڈ سے کھولی ہے۔ “سیٹنگز” میں نیا پاس فریز چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="299"/>
        <source>Add your direct payment account in Plan and accounts.</source>
        <translation>“پلان اور اکاؤنٹس” میں اپنا ڈائریکٹ پیمنٹ اکاؤنٹ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="301"/>
        <source>Add your support plan in Plan and accounts.</source>
        <translation>“پلان اور اکاؤنٹس” میں اپنا سپورٹ پلان شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="307"/>
        <source>Keep your recovery sheet somewhere safe, away from this computer. If you did not print it, you can make a new code in Settings.</source>
        <translation>اپنی ریکوری شیٹ کسی محفوظ جگہ رکھیں، اس کمپیوٹر سے دور۔ اگر آپ نے اسے پرنٹ نہیں کیا تو “سیٹنگز” میں نیا کوڈ بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="310"/>
        <source>Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost.</source>
        <translation>جب بھی آپ کمپیوٹر سے اٹھیں تو “تالا لگائیں” (Ctrl+L) دبائیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوگا۔</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="80"/>
        <source>◀ &amp;Previous week</source>
        <translation>▶ پچھلا ہفتہ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="80"/>
        <source>Previous week (Alt+Left)</source>
        <translation>پچھلا ہفتہ (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>&amp;This week</source>
        <translation>یہ ہفتہ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>This week</source>
        <translation>یہ ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="84"/>
        <source>&amp;Next week ▶</source>
        <translation>اگلا ہفتہ ◀ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="84"/>
        <source>Next week (Alt+Right)</source>
        <translation>اگلا ہفتہ (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="87"/>
        <source>&amp;Copy last week</source>
        <translation>پچھلا ہفتہ کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="87"/>
        <source>Copy last week (Ctrl+Shift+C)</source>
        <translation>پچھلا ہفتہ کاپی کریں (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="90"/>
        <source>Copy last week&apos;s shifts into the days of this week that have none yet</source>
        <translation>پچھلے ہفتے کی شفٹیں اس ہفتے کے ان دنوں میں کاپی کریں جن میں ابھی کوئی شفٹ نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="93"/>
        <source>Print &amp;timesheets…</source>
        <translation>ٹائم شیٹس پرنٹ کریں (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="93"/>
        <source>Print timesheets (Ctrl+P)</source>
        <translation>ٹائم شیٹس پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="96"/>
        <source>Save a timesheet PDF for each PA for the pay period of this week, to print</source>
        <translation>اس ہفتے والی تنخواہ کی مدت کے لیے ہر پی اے کی ٹائم شیٹ PDF میں محفوظ کریں، پرنٹ کرنے کے لیے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="102"/>
        <source>Shifts this week</source>
        <translation>اس ہفتے کی شفٹیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="121"/>
        <source>Type a shift into a day, like 9-17. Add the unpaid break in minutes after it (9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts that end after midnight finish the next morning.</source>
        <translation>کسی دن میں شفٹ لکھیں، جیسے 9-17۔ اس کے بعد بغیر تنخواہ کا وقفہ منٹوں میں لکھیں (9-17 30)، اور اگر شفٹ عام قسم کی نہ ہو تو اس کی قسم انگریزی میں لکھیں: evening (شام)، night (رات)، weekend (ویک اینڈ)، bh (بینک ہالیڈے)، sleep (سلیپ اِن) یا waking (ویکنگ نائٹ)۔ ایک دن کی دو شفٹوں کے بیچ کوما (,) لگائیں۔ Tab اگلے دن پر لے جاتا ہے؛ Delete دن کو خالی کر دیتا ہے۔ جو شفٹ آدھی رات کے بعد ختم ہو، وہ اگلی صبح ختم ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="128"/>
        <source>Things to check</source>
        <translation>دیکھنے والی باتیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="130"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="134"/>
        <source>Add your PAs on the Staff page first; then their weeks appear here.</source>
        <translation>پہلے اپنے پی اے “اسٹاف” صفحے پر شامل کریں؛ پھر ان کے ہفتے یہاں نظر آئیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="147"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="198"/>
        <source>Week of %1 to %2</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک کا ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="224"/>
        <source>Please check:</source>
        <translation>براہِ کرم دیکھ لیں:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="244"/>
        <source>%1 Nothing was changed on %2.</source>
        <translation>⁨%1⁩ ⁨%2⁩ کو کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="265"/>
        <source>Copied 1 shift from last week.</source>
        <translation>پچھلے ہفتے سے 1 شفٹ کاپی ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="267"/>
        <source>Copied %1 shifts from last week.</source>
        <translation>پچھلے ہفتے سے ⁨%1⁩ شفٹیں کاپی ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="271"/>
        <source>Nothing to copy: last week had no shifts on the days that are empty this week.</source>
        <translation>کاپی کرنے کو کچھ نہیں: اس ہفتے جو دن خالی ہیں، پچھلے ہفتے ان دنوں میں کوئی شفٹ نہیں تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="297"/>
        <source>Making the timesheets…</source>
        <translation>ٹائم شیٹس بن رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="307"/>
        <source>Saved %1 timesheets in %2. Open them to print and sign.</source>
        <translation>⁨%1⁩ ٹائم شیٹس ⁨%2⁩ میں محفوظ ہو گئیں۔ پرنٹ کرنے اور دستخط کرنے کے لیے انہیں کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="319"/>
        <source>The timesheets could not be saved there: %1. Please choose another folder.</source>
        <translation>ٹائم شیٹس وہاں محفوظ نہیں ہو سکیں: ⁨%1⁩۔ براہِ کرم کوئی اور فولڈر چنیں۔</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="80"/>
        <source>New</source>
        <extracomment>A statement row and a hand-typed payment this many days apart may be the same payment.</extracomment>
        <translation>نئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="81"/>
        <source>Already in your records</source>
        <translation>پہلے سے آپ کے ریکارڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="82"/>
        <source>Looks like one you typed in</source>
        <translation>آپ کی لکھی ہوئی کسی ادائیگی جیسی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="83"/>
        <source>Before the account&apos;s start date</source>
        <translation>اکاؤنٹ کی شروع کی تاریخ سے پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="84"/>
        <source>In a closed period</source>
        <translation>بند مدت میں</translation>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="498"/>
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
        <translation>فائل کھل نہیں سکی: ⁨%1⁩۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="305"/>
        <source>&amp;Back</source>
        <translation>واپس (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="305"/>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="303"/>
        <source>&amp;Import</source>
        <translation>امپورٹ کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="303"/>
        <source>Import the new rows</source>
        <translation>نئی قطاریں امپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="311"/>
        <source>Check the rows</source>
        <translation>قطاریں دیکھ لیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="317"/>
        <source>Rows that look like a payment you typed in are linked to it, so nothing is counted twice. Press Space to untick one and add it as new instead. To change a category, pick the row and press F2.</source>
        <translation>جو قطاریں آپ کی خود لکھی ہوئی کسی ادائیگی جیسی لگتی ہیں، وہ اسی سے جوڑ دی جاتی ہیں، تاکہ کچھ بھی دو بار نہ گنا جائے۔ کسی قطار کا نشان ہٹا کر اسے نئی ادائیگی کے طور پر شامل کرنے کے لیے Space دبائیں۔ کیٹیگری بدلنے کے لیے قطار چنیں اور F2 دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="346"/>
        <source>%1 rows found in this %2 file.</source>
        <translation>اس ⁨%2⁩ فائل میں ⁨%1⁩ قطاریں ملیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="349"/>
        <source>%1 new</source>
        <translation>⁨%1⁩ نئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="350"/>
        <source>%1 already in your records</source>
        <translation>⁨%1⁩ پہلے سے آپ کے ریکارڈ میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="354"/>
        <source>%1 of %2 that look like payments you typed in will be linked</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩، جو آپ کی لکھی ہوئی ادائیگیوں جیسی لگتی ہیں، جوڑ دی جائیں گی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="362"/>
        <source>%1 left out (before the account&apos;s start date, or in a closed period)</source>
        <translation>⁨%1⁩ چھوڑ دی گئیں (اکاؤنٹ کی شروع کی تاریخ سے پہلے کی، یا بند مدت میں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="370"/>
        <source>Everything in this file is already in your records.</source>
        <translation>اس فائل میں سب کچھ پہلے سے آپ کے ریکارڈ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="378"/>
        <source>Line %1 (%2): the bank&apos;s balance goes from %3 to %4, but the row is %5. The file may be missing a row.</source>
        <translation>لائن ⁨%1⁩ (⁨%2⁩): بینک کا بیلنس ⁨%3⁩ سے ⁨%4⁩ ہو جاتا ہے، لیکن قطار ⁨%5⁩ کی ہے۔ ہو سکتا ہے فائل میں کوئی قطار رہ گئی ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="390"/>
        <source>After this import your records will match your bank: %1 on %2.</source>
        <translation>اس امپورٹ کے بعد آپ کا ریکارڈ آپ کے بینک سے مل جائے گا: ⁨%2⁩ کو ⁨%1⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="397"/>
        <source>Your bank says %1 on %2; after this import your records will say %3 (a difference of %4). Some payments may be missing here, or typed with a different amount or account.</source>
        <translation>آپ کا بینک ⁨%2⁩ کو ⁨%1⁩ بتاتا ہے؛ اس امپورٹ کے بعد آپ کا ریکارڈ ⁨%3⁩ بتائے گا (⁨%4⁩ کا فرق)۔ ہو سکتا ہے کچھ ادائیگیاں یہاں درج نہ ہوں، یا کسی اور رقم یا اکاؤنٹ کے ساتھ لکھی گئی ہوں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="421"/>
        <source>Importing your statement…</source>
        <translation>آپ کی اسٹیٹمنٹ امپورٹ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="422"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="430"/>
        <source>What was imported</source>
        <translation>کیا امپورٹ ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="433"/>
        <source>&amp;Done</source>
        <translation>ہو گیا (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="433"/>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="436"/>
        <source>Imported</source>
        <translation>امپورٹ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="445"/>
        <source>Added %1 new rows.</source>
        <translation>⁨%1⁩ نئی قطاریں شامل ہو گئیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="447"/>
        <source>Added 1 new row.</source>
        <translation>1 نئی قطار شامل ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="448"/>
        <source>%1 were already in your records.</source>
        <translation>⁨%1⁩ پہلے سے آپ کے ریکارڈ میں تھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="452"/>
        <source>Linked %1 to payments you had typed in.</source>
        <translation>⁨%1⁩ کو آپ کی لکھی ہوئی ادائیگیوں سے جوڑ دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="457"/>
        <source>Your records match your bank: %1 on %2.</source>
        <translation>آپ کا ریکارڈ آپ کے بینک سے ملتا ہے: ⁨%2⁩ کو ⁨%1⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="463"/>
        <source>Your bank says %1 on %2, your records say %3.</source>
        <translation>آپ کا بینک ⁨%2⁩ کو ⁨%1⁩ بتاتا ہے، آپ کا ریکارڈ ⁨%3⁩ بتاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="470"/>
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
        <translation>⁨%2⁩ کو آپ کی ⁨%1⁩ والی ادائیگی جیسی: انہیں جوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="132"/>
        <source>Add as a new payment (%1)</source>
        <translation>نئی ادائیگی کے طور پر شامل کریں (⁨%1⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="134"/>
        <source>Add: %1</source>
        <translation>شامل کریں: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="22"/>
        <source>English</source>
        <extracomment>(code, the language&apos;s own name, its name in English for translating). &quot;&quot; is the computer&apos;s.</extracomment>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="23"/>
        <source>Welsh</source>
        <translation>ویلش</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="24"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="26"/>
        <source>Use the computer&apos;s language</source>
        <translation>کمپیوٹر کی زبان استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="115"/>
        <source>Change the language</source>
        <translation>زبان تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="116"/>
        <source>The app will show its pages again in %1. Your vault stays open. Anything typed on a page but not saved yet will be cleared.</source>
        <translation>ایپ اپنے صفحات دوبارہ ⁨%1⁩ میں دکھائے گی۔ آپ کی تجوری کھلی رہے گی۔ کسی صفحے پر لکھی ہوئی جو بات ابھی محفوظ نہیں ہوئی، وہ مٹ جائے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="125"/>
        <source>Change now</source>
        <translation>ابھی تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="128"/>
        <source>Next time the app starts</source>
        <translation>اگلی بار جب ایپ شروع ہو</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="24"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="29"/>
        <source>&amp;Use this language</source>
        <translation>یہ زبان استعمال کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="29"/>
        <source>Use this language</source>
        <translation>یہ زبان استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="33"/>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="23"/>
        <source>Bank account</source>
        <translation>بینک اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="24"/>
        <source>Prepaid card</source>
        <translation>پری پیڈ کارڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="25"/>
        <source>Petty cash</source>
        <translation>پیٹی کیش (نقدی)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="41"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="42"/>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="43"/>
        <source>Bank transfer</source>
        <translation>بینک ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="44"/>
        <source>Direct debit</source>
        <translation>ڈائریکٹ ڈیبٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="45"/>
        <source>Standing order</source>
        <translation>اسٹینڈنگ آرڈر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="46"/>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="47"/>
        <source>Cheque</source>
        <translation>چیک (Cheque)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="60"/>
        <source>Receipt kept</source>
        <translation>رسید رکھی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="61"/>
        <source>No receipt (reason given)</source>
        <translation>رسید نہیں (وجہ لکھی ہے)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="62"/>
        <source>Receipt needed</source>
        <translation>رسید چاہیے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="63"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="62"/>
        <source>&amp;Lock</source>
        <translation>تالا لگائیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="69"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="71"/>
        <source>Help and &amp;guide</source>
        <translation>مدد اور گائیڈ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="80"/>
        <source>&amp;About %1</source>
        <translation>⁨%1⁩ کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="115"/>
        <source>Opening your vault…</source>
        <translation>آپ کی تجوری کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="142"/>
        <source>Remembering this computer…</source>
        <translation>یہ کمپیوٹر یاد رکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="151"/>
        <source>Not remembered</source>
        <translation>یاد نہیں رکھا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="259"/>
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
        <translation>رسید: ⁨%1⁩</translation>
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
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="29"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="32"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="33"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="34"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="35"/>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="36"/>
        <source>Choose one account to see its running balance</source>
        <translation>کسی ایک اکاؤنٹ کا چلتا ہوا بیلنس دیکھنے کے لیے اسے چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="39"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="40"/>
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
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="78"/>
        <source>All categories</source>
        <translation>تمام کیٹیگریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="79"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="84"/>
        <source>All accounts</source>
        <translation>تمام اکاؤنٹس</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="46"/>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="47"/>
        <source>Keep it</source>
        <translation>رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>&amp;Add money in or out</source>
        <translation>آنے یا جانے والی رقم شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>Add (Ctrl+N)</source>
        <translation>شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="67"/>
        <source>Add money in or out (Ctrl+N)</source>
        <translation>آنے یا جانے والی رقم شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="69"/>
        <source>&amp;Transfer between accounts…</source>
        <translation>اکاؤنٹس کے درمیان ٹرانسفر (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="71"/>
        <source>Transfer between accounts</source>
        <translation>اکاؤنٹس کے درمیان ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="75"/>
        <source>&amp;Import bank statement…</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="77"/>
        <source>Import bank statement (Ctrl+I)</source>
        <translation>بینک اسٹیٹمنٹ امپورٹ کریں (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="80"/>
        <source>Import a CSV, OFX or QIF file from your bank (Ctrl+I)</source>
        <translation>اپنے بینک سے CSV، OFX یا QIF فائل امپورٹ کریں (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="83"/>
        <source>&amp;Change</source>
        <translation>تبدیل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="83"/>
        <source>Change (Enter)</source>
        <translation>تبدیل کریں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="86"/>
        <source>&amp;Delete</source>
        <translation>ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="86"/>
        <source>Delete (Delete key)</source>
        <translation>ڈیلیٹ کریں (Delete کی)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>آخری تبدیلی واپس لیں (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>Undo the last change you made (Ctrl+Z)</source>
        <translation>اپنی کی ہوئی آخری تبدیلی واپس لیں (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>&amp;History…</source>
        <translation>ہسٹری (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>History (Ctrl+H)</source>
        <translation>ہسٹری (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>Who changed this payment, and how (Ctrl+H)</source>
        <translation>اس ادائیگی کو کس نے اور کیسے بدلا (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="97"/>
        <source>&amp;Restore</source>
        <translation>واپس لائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="97"/>
        <source>Restore</source>
        <translation>واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="100"/>
        <source>Show deleted</source>
        <translation>ڈیلیٹ شدہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="100"/>
        <source>Show deleted payments</source>
        <translation>ڈیلیٹ شدہ ادائیگیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="107"/>
        <source>What is shown</source>
        <translation>کیا دکھایا جا رہا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="111"/>
        <source>Show all payments</source>
        <translation>تمام ادائیگیاں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="113"/>
        <source>Totals</source>
        <translation>ٹوٹل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="114"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="122"/>
        <source>Go to Plan and accounts</source>
        <translation>“پلان اور اکاؤنٹس” پر جائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="124"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="151"/>
        <source>Money</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="273"/>
        <source>Shown: money in %1, money out %2</source>
        <translation>دکھائی گئی: آنے والی رقم ⁨%1⁩، جانے والی رقم ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="264"/>
        <source>Showing spending that needs a receipt.</source>
        <translation>وہ خرچ دکھایا جا رہا ہے جس کے لیے رسید چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="315"/>
        <source>Add your direct payment account first. Then you can record money in and out here.</source>
        <translation>پہلے اپنا ڈائریکٹ پیمنٹ اکاؤنٹ شامل کریں۔ پھر آپ یہاں آنے اور جانے والی رقم درج کر سکیں گے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="321"/>
        <source>There are no deleted payments.</source>
        <translation>کوئی ڈیلیٹ شدہ ادائیگی نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="323"/>
        <source>Every payment shown has a receipt, or a reason why not. Well done.</source>
        <translation>دکھائی گئی ہر ادائیگی کے ساتھ رسید ہے، یا اس کے نہ ہونے کی وجہ۔ بہت خوب۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="326"/>
        <source>Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your first payment.</source>
        <translation>ابھی کچھ درج نہیں ہوا۔ اپنی پہلی ادائیگی درج کرنے کے لیے “آنے یا جانے والی رقم شامل کریں” (Ctrl+N) دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="330"/>
        <source>No payments match. Try another period, or clear the search.</source>
        <translation>کوئی ادائیگی نہیں ملی۔ کوئی اور مدت چن کر دیکھیں، یا تلاش خالی کر دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="391"/>
        <source>Undone: %1. Press Ctrl+Z again to undo the change before it.</source>
        <translation>واپس لے لیا: ⁨%1⁩۔ اس سے پہلے والی تبدیلی واپس لینے کے لیے دوبارہ Ctrl+Z دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="404"/>
        <source>History of this payment</source>
        <translation>اس ادائیگی کی ہسٹری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="405"/>
        <source>Every change to this payment, oldest first, with who made it.</source>
        <translation>اس ادائیگی میں ہونے والی ہر تبدیلی، پرانی سب سے پہلے، اور یہ کہ کس نے کی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="443"/>
        <source>This is a transfer between your accounts. To change it, delete it and add it again.</source>
        <translation>یہ آپ کے اکاؤنٹس کے درمیان ٹرانسفر ہے۔ اسے بدلنے کے لیے ڈیلیٹ کر کے دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="458"/>
        <source>Delete the %1 received from %2 on %3?</source>
        <translation>⁨%3⁩ والے دن ⁨%2⁩ سے ملنے والے ⁨%1⁩ ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="460"/>
        <source>Delete the %1 paid to %2 on %3?</source>
        <translation>⁨%3⁩ والے دن ⁨%2⁩ کو ادا کیے گئے ⁨%1⁩ ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="467"/>
        <source>You can get it back later with “Show deleted”.</source>
        <translation>آپ اسے بعد میں “ڈیلیٹ شدہ دکھائیں” سے واپس لا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="469"/>
        <source>Delete this payment?</source>
        <translation>یہ ادائیگی ڈیلیٹ کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="472"/>
        <source>Deleted. Tick “Show deleted” to get it back.</source>
        <translation>ڈیلیٹ ہو گئی۔ اسے واپس لانے کے لیے “ڈیلیٹ شدہ دکھائیں” پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="480"/>
        <source>Restored. It is back in your records.</source>
        <translation>واپس آ گئی۔ یہ دوبارہ آپ کے ریکارڈ میں ہے۔</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="77"/>
        <source>Jan</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="77"/>
        <source>Feb</source>
        <translation>فروری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="78"/>
        <source>Mar</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="78"/>
        <source>Apr</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="79"/>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="39"/>
        <source>May</source>
        <translation>مئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="79"/>
        <source>Jun</source>
        <translation>جون</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="80"/>
        <source>Jul</source>
        <translation>جولائی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="80"/>
        <source>Aug</source>
        <translation>اگست</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="81"/>
        <source>Sep</source>
        <translation>ستمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="81"/>
        <source>Oct</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="82"/>
        <source>Nov</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="82"/>
        <source>Dec</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="37"/>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="37"/>
        <source>February</source>
        <translation>فروری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="38"/>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="38"/>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="39"/>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="40"/>
        <source>July</source>
        <translation>جولائی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="40"/>
        <source>August</source>
        <translation>اگست</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="41"/>
        <source>September</source>
        <translation>ستمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="41"/>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="42"/>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="42"/>
        <source>December</source>
        <translation>دسمبر</translation>
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
        <translation>⁨%2⁩ کو ادا کیے گئے ⁨%1⁩ کی وجہ محفوظ ہو گئی۔</translation>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="135"/>
        <source>About this PA</source>
        <translation>اس پی اے کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="144"/>
        <source>Kinds without their own rate are paid the day rate (a waking night: the night rate). When a rate goes up, add the new rate from the day it starts: earlier shifts keep the old one.</source>
        <translation>جن قسموں کی اپنی شرح نہیں، انہیں دن کی شرح ملتی ہے (ویکنگ نائٹ کو رات کی شرح)۔ جب شرح بڑھے تو نئی شرح اس دن سے شامل کریں جس دن سے وہ لاگو ہو: پہلے کی شفٹوں پر پرانی شرح ہی رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="202"/>
        <source>a night</source>
        <translation>فی رات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="202"/>
        <source>an hour</source>
        <translation>فی گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="205"/>
        <source>%1 from %2: %3 %4</source>
        <translation>⁨%1⁩، ⁨%2⁩ سے: ⁨%3⁩ ⁨%4⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="222"/>
        <source>Please type the pay, like 12.71.</source>
        <translation>براہِ کرم تنخواہ لکھیں، جیسے 12.71۔</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="68"/>
        <source>Zoom o&amp;ut</source>
        <translation>چھوٹا کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="68"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>چھوٹا کریں (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="71"/>
        <source>Zoom &amp;in</source>
        <translation>بڑا کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="71"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>بڑا کریں (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="74"/>
        <source>Fit &amp;width</source>
        <translation>چوڑائی کے برابر (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="74"/>
        <source>Fit to the width (Ctrl+0)</source>
        <translation>چوڑائی کے برابر کریں (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="77"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>▶ پچھلا صفحہ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="77"/>
        <source>Previous page (Page Up)</source>
        <translation>پچھلا صفحہ (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="80"/>
        <source>&amp;Next page ▶</source>
        <translation>اگلا صفحہ ◀ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="80"/>
        <source>Next page (Page Down)</source>
        <translation>اگلا صفحہ (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="82"/>
        <source>Page number</source>
        <translation>صفحہ نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="83"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="90"/>
        <source>Preview</source>
        <translation>پری ویو</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="86"/>
        <source>Choose a statement and a period, then press Preview (Ctrl+Enter).</source>
        <translation>اسٹیٹمنٹ اور مدت چنیں، پھر “پری ویو” (Ctrl+Enter) دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ ⁨%1⁩، کل ⁨%2⁩ میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="148"/>
        <source>Preview, %1</source>
        <translation>پری ویو، ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="86"/>
        <source>Pay record for %1</source>
        <extracomment>The payslip&apos;s amounts, in the order of the boxes; each box is the dialog attribute of that name.</extracomment>
        <translation>⁨%1⁩ کی تنخواہ کا ریکارڈ</translation>
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
        <translation>ٹوٹل: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="262"/>
        <source>No pay rate for: %1. Add one in the PA&apos;s details.</source>
        <translation>ان کے لیے تنخواہ کی شرح نہیں ہے: ⁨%1⁩۔ پی اے کی تفصیلات میں شرح شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="288"/>
        <source>no category</source>
        <translation>کوئی کیٹیگری نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="293"/>
        <source>already with the payslip for %1</source>
        <translation>پہلے سے ⁨%1⁩ کی پے سلپ کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="312"/>
        <source>No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. Add them on the Money page, then come back to tick them.</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک آپ کے پی اے، HMRC، پنشن یا پے رول سروس کو کوئی ادائیگی درج نہیں۔ انہیں “رقم” صفحے پر شامل کریں، پھر واپس آ کر ان پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="344"/>
        <source>The payslip&apos;s gross pay matches the shifts.</source>
        <translation>پے سلپ کی گراس تنخواہ شفٹوں سے ملتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="350"/>
        <source>The payslip says %1 but the shifts come to %2: %3 less. Please check the hours with your payroll service.</source>
        <translation>پے سلپ میں ⁨%1⁩ لکھا ہے لیکن شفٹوں کے حساب سے ⁨%2⁩ بنتا ہے: ⁨%3⁩ کم۔ براہِ کرم اپنی پے رول سروس کے ساتھ گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="355"/>
        <source>The payslip says %1 but the shifts come to %2: %3 more. Please check the hours with your payroll service.</source>
        <translation>پے سلپ میں ⁨%1⁩ لکھا ہے لیکن شفٹوں کے حساب سے ⁨%2⁩ بنتا ہے: ⁨%3⁩ زیادہ۔ براہِ کرم اپنی پے رول سروس کے ساتھ گھنٹے چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="381"/>
        <source>Gross pay less tax, employee&apos;s NI and employee&apos;s pension comes to %1, but the net pay is %2. Please check the figures.</source>
        <translation>گراس تنخواہ میں سے ٹیکس، ملازم کی NI اور ملازم کی پنشن نکال کر ⁨%1⁩ بنتا ہے، لیکن نیٹ تنخواہ ⁨%2⁩ ہے۔ براہِ کرم رقمیں چیک کر لیں۔</translation>
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
        <translation>⁨%1⁩ (پہلے سے محفوظ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="68"/>
        <source>Reading %1…</source>
        <translation>⁨%1⁩ پڑھی جا رہی ہے…</translation>
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
    <name>Periods</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="31"/>
        <source>All dates</source>
        <translation>تمام تاریخیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="32"/>
        <source>This month</source>
        <translation>یہ مہینہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="33"/>
        <source>Last month</source>
        <translation>پچھلا مہینہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="34"/>
        <source>This quarter</source>
        <translation>یہ سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="35"/>
        <source>Last quarter</source>
        <translation>پچھلی سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="36"/>
        <source>Last 3 months</source>
        <translation>پچھلے 3 مہینے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="37"/>
        <source>This year (April to March)</source>
        <translation>یہ سال (اپریل سے مارچ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="38"/>
        <source>Last year (April to March)</source>
        <translation>پچھلا سال (اپریل سے مارچ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="39"/>
        <source>Choose dates…</source>
        <translation>تاریخیں چنیں…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="33"/>
        <source>Council (adult social care)</source>
        <translation>کونسل (بالغوں کی سوشل کیئر)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="34"/>
        <source>NHS personal health budget</source>
        <translation>پرسنل ہیلتھ بجٹ (NHS)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="35"/>
        <source>Section 117 aftercare</source>
        <translation>سیکشن 117 آفٹر کیئر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="36"/>
        <source>Independent Living Fund</source>
        <translation>انڈیپینڈنٹ لیونگ فنڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="37"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="57"/>
        <source>every month</source>
        <translation>ہر مہینے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="58"/>
        <source>every 3 months</source>
        <translation>ہر 3 مہینے بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="59"/>
        <source>every 6 months</source>
        <translation>ہر 6 مہینے بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="60"/>
        <source>every year</source>
        <translation>ہر سال</translation>
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
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="122"/>
        <source>No accounts yet. Press “Add an account…” and add the bank account your direct payment is paid into.</source>
        <translation>ابھی کوئی اکاؤنٹ نہیں۔ “اکاؤنٹ شامل کریں…” دبائیں اور وہ بینک اکاؤنٹ شامل کریں جس میں آپ کی ڈائریکٹ پیمنٹ آتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="128"/>
        <source>Add an &amp;account…</source>
        <translation>اکاؤنٹ شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="128"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="131"/>
        <source>C&amp;hange account…</source>
        <translation>اکاؤنٹ تبدیل کریں (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="131"/>
        <source>Change account</source>
        <translation>اکاؤنٹ تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="145"/>
        <source>Council or &amp;NHS team:</source>
        <translation>کونسل یا NHS ٹیم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="146"/>
        <source>&amp;Reference:</source>
        <translation>ریفرنس (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="147"/>
        <source>Plan &amp;starts:</source>
        <translation>پلان شروع ہوتا ہے (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="148"/>
        <source>Next re&amp;view:</source>
        <translation>اگلا ریویو (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="149"/>
        <source>&amp;Payment (£):</source>
        <translation>ادائیگی (£) (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="152"/>
        <source>&amp;First payment date:</source>
        <translation>پہلی ادائیگی کی تاریخ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="153"/>
        <source>Money comes from:</source>
        <translation>رقم کہاں سے آتی ہے:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="154"/>
        <source>Your &amp;contribution a week (£):</source>
        <translation>ہفتے میں آپ کا حصہ (£) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="156"/>
        <source>Council &amp;checks:</source>
        <translation>کونسل کب کب چیک کرتی ہے (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="157"/>
        <source>&amp;Warn me above:</source>
        <translation>اس سے زیادہ ہو تو خبردار کریں (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="158"/>
        <source>Budget lines:</source>
        <translation>بجٹ لائنیں:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="160"/>
        <source>Changes s&amp;tart on:</source>
        <translation>تبدیلیاں کب سے لاگو ہوں (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="161"/>
        <source>Your support plan</source>
        <translation>آپ کا سپورٹ پلان</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="168"/>
        <source>Earlier versions:</source>
        <translation>پچھلے ورژن:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="175"/>
        <source>Your accounts</source>
        <translation>آپ کے اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="180"/>
        <source>The places your direct payment money is kept. Moving money between your accounts is a transfer: it is not spending.</source>
        <translation>وہ جگہیں جہاں آپ کی ڈائریکٹ پیمنٹ کی رقم رکھی جاتی ہے۔ اپنے اکاؤنٹس کے درمیان رقم منتقل کرنا ٹرانسفر ہے: یہ خرچ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="191"/>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="195"/>
        <source>Plan and accounts</source>
        <translation>پلان اور اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="245"/>
        <source>Your support plan says how much the council (or the NHS) pays you, how often, and what it is for. You will find these figures in your council&apos;s letter or your support plan. Fill in what you know: you can change it later.</source>
        <translation>آپ کا سپورٹ پلان (آپ کی دیکھ بھال کا منصوبہ) بتاتا ہے کہ کونسل (یا NHS) آپ کو کتنی رقم دیتی ہے، کتنی بار، اور کس کام کے لیے۔ یہ رقمیں آپ کو کونسل کے خط یا اپنے سپورٹ پلان میں ملیں گی۔ جو معلوم ہے وہ لکھ دیں: آپ اسے بعد میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="263"/>
        <source>If your plan changes, change the figures, choose the day the changes start, and save. The earlier version is kept for statements about earlier dates.</source>
        <translation>اگر آپ کا پلان بدلے تو رقمیں بدلیں، وہ دن چنیں جس سے تبدیلیاں لاگو ہوں، اور محفوظ کریں۔ پچھلی تاریخوں کی اسٹیٹمنٹس کے لیے پرانا ورژن رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="295"/>
        <source>%1: %2 hours a week at %3 (%4 a week)</source>
        <translation>⁨%1⁩: ہفتے میں ⁨%2⁩ گھنٹے، ⁨%3⁩ کے حساب سے (ہفتے میں ⁨%4⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="303"/>
        <source>%1: %2 %3 (%4 a week)</source>
        <translation>⁨%1⁩: ⁨%2⁩ ⁨%3⁩ (ہفتے میں ⁨%4⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="382"/>
        <source>That is %1 a week, including your contribution.</source>
        <translation>یہ ہفتے میں ⁨%1⁩ بنتا ہے، آپ کے حصے سمیت۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="399"/>
        <source>Saved. This plan applies from %1.</source>
        <translation>محفوظ ہو گیا۔ یہ پلان ⁨%1⁩ سے لاگو ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="408"/>
        <source>From %1: %2 %3, %4</source>
        <translation>⁨%1⁩ سے: ⁨%2⁩ ⁨%3⁩، ⁨%4⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="432"/>
        <source>%1 (%2): %3 now. Started with %4 on %5.</source>
        <translation>⁨%1⁩ (⁨%2⁩): اب ⁨%3⁩۔ ⁨%5⁩ کو ⁨%4⁩ سے شروع ہوا۔</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="43"/>
        <source>&amp;Step up</source>
        <translation>ایک بڑھائیں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="44"/>
        <source>Step &amp;down</source>
        <translation>ایک گھٹائیں (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="29"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="30"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="31"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="32"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="33"/>
        <source>&amp;Paste</source>
        <translation>پیسٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="34"/>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="35"/>
        <source>Select All</source>
        <translation>سب چنیں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="13"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="16"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="17"/>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="18"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="19"/>
        <source>Discard</source>
        <translation>چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="22"/>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="25"/>
        <source>Restore Defaults</source>
        <translation>پہلے والی سیٹنگز واپس لائیں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>پیسٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="41"/>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="42"/>
        <source>Select All</source>
        <translation>سب چنیں</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="165"/>
        <source>Receipt: %1</source>
        <translation>رسید: ⁨%1⁩</translation>
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
        <translation>صفحہ ⁨%1⁩، کل ⁨%2⁩ میں سے</translation>
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
        <translation>⁨%1⁩، ⁨%2⁩ کے ساتھ لگی ہوئی</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="75"/>
        <source>&amp;Add photos or PDFs…</source>
        <translation>تصویریں یا PDF شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="77"/>
        <source>Add photos or PDFs</source>
        <translation>تصویریں یا PDF شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="79"/>
        <source>Choose receipt files, or drag them onto this page</source>
        <translation>رسیدوں کی فائلیں چنیں، یا انہیں کھینچ کر اس صفحے پر لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="81"/>
        <source>Also keep the &amp;original file (uses more space)</source>
        <translation>اصل فائل بھی رکھیں (زیادہ جگہ لیتی ہے) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="83"/>
        <source>Also keep the original file</source>
        <translation>اصل فائل بھی رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="86"/>
        <source>The app keeps a smaller copy that is clear enough to read. Keeping the original file as well uses more space.</source>
        <translation>ایپ ایک چھوٹی کاپی رکھتی ہے جو پڑھنے کے لیے کافی صاف ہوتی ہے۔ اصل فائل بھی رکھنے سے زیادہ جگہ لگتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="91"/>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="92"/>
        <source>All receipts</source>
        <translation>تمام رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="93"/>
        <source>Waiting to be matched</source>
        <translation>ملائے جانے کے انتظار میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="94"/>
        <source>Sho&amp;w:</source>
        <translation>دکھائیں (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="98"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="152"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="161"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="258"/>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="119"/>
        <source>&amp;View</source>
        <translation>دیکھیں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="119"/>
        <source>View (Enter)</source>
        <translation>دیکھیں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="121"/>
        <source>&amp;Match to spending…</source>
        <translation>خرچ سے ملائیں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="121"/>
        <source>Match to spending</source>
        <translation>خرچ سے ملائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="124"/>
        <source>&amp;Unmatch</source>
        <translation>الگ کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="124"/>
        <source>Unmatch from spending</source>
        <translation>خرچ سے الگ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="127"/>
        <source>&amp;Delete receipt</source>
        <translation>رسید ڈیلیٹ کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="127"/>
        <source>Delete receipt (Delete key)</source>
        <translation>رسید ڈیلیٹ کریں (Delete کی)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="129"/>
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
        <translation>بغیر رسید کا خرچ (⁨%1⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="305"/>
        <source>Reading 1 file…</source>
        <translation>1 فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="307"/>
        <source>Reading %1 files…</source>
        <translation>⁨%1⁩ فائلیں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="314"/>
        <source>Reading your receipts…</source>
        <translation>آپ کی رسیدیں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="330"/>
        <source>%1 could not be read. Please try another file.</source>
        <translation>⁨%1⁩ پڑھی نہیں جا سکی۔ براہِ کرم کوئی اور فائل آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="353"/>
        <source>Added 1 receipt. You can match it to spending now or later.</source>
        <translation>1 رسید شامل ہو گئی۔ آپ اسے ابھی یا بعد میں خرچ سے ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="356"/>
        <source>Added %1 receipts. You can match them to spending now or later.</source>
        <translation>⁨%1⁩ رسیدیں شامل ہو گئیں۔ آپ انہیں ابھی یا بعد میں خرچ سے ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="361"/>
        <source>Added 1 receipt to the payment.</source>
        <translation>ادائیگی کے ساتھ 1 رسید شامل ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="363"/>
        <source>Added %1 receipts to the payment.</source>
        <translation>ادائیگی کے ساتھ ⁨%1⁩ رسیدیں شامل ہو گئیں۔</translation>
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
        <translation>رسید “⁨%1⁩” ڈیلیٹ کریں؟ یہ آپ کی تجوری سے نکال دی جائے گی۔</translation>
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
    <name>RecordsBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="23"/>
        <source>Remove for good</source>
        <translation>ہمیشہ کے لیے ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="27"/>
        <source>Keep them</source>
        <translation>رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="37"/>
        <source>Records and history</source>
        <translation>ریکارڈ اور ہسٹری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="41"/>
        <source>See &amp;everything that changed…</source>
        <translation>جو کچھ بھی بدلا، وہ دیکھیں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="43"/>
        <source>See everything that changed</source>
        <translation>جو کچھ بھی بدلا، وہ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="49"/>
        <source>Remove old &amp;deleted payments…</source>
        <translation>پرانی ڈیلیٹ شدہ ادائیگیاں ہٹائیں (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="51"/>
        <source>Remove old deleted payments for good</source>
        <translation>پرانی ڈیلیٹ شدہ ادائیگیاں ہمیشہ کے لیے ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="54"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="75"/>
        <source>Deleted payments are kept for their financial year and six more. %1 deleted payments are dated before %2, so they can now be removed for good.</source>
        <translation>ڈیلیٹ شدہ ادائیگیاں اپنے مالی سال اور اس کے بعد مزید چھ سال تک رکھی جاتی ہیں۔ ⁨%1⁩ ڈیلیٹ شدہ ادائیگیوں کی تاریخ ⁨%2⁩ سے پہلے کی ہے، اس لیے اب انہیں ہمیشہ کے لیے ہٹایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="81"/>
        <source>Deleted payments are kept for their financial year and six more. None are old enough to remove yet (they would need to be dated before %1).</source>
        <translation>ڈیلیٹ شدہ ادائیگیاں اپنے مالی سال اور اس کے بعد مزید چھ سال تک رکھی جاتی ہیں۔ ابھی کوئی اتنی پرانی نہیں کہ ہٹائی جا سکے (ان کی تاریخ ⁨%1⁩ سے پہلے کی ہونی چاہیے)۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="105"/>
        <source>Remove for good?</source>
        <translation>ہمیشہ کے لیے ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="107"/>
        <source>%1 deleted payments dated before %2, and their receipts, will be removed from the vault for good. This cannot be undone. Backups made before today still hold them.</source>
        <translation>⁨%2⁩ سے پہلے کی ⁨%1⁩ ڈیلیٹ شدہ ادائیگیاں، اور ان کی رسیدیں، تجوری سے ہمیشہ کے لیے ہٹا دی جائیں گی۔ یہ واپس نہیں ہو سکتا۔ آج سے پہلے بنے بیک اپس میں یہ پھر بھی موجود رہیں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="121"/>
        <source>Removed %1 old deleted payments.</source>
        <translation>⁨%1⁩ پرانی ڈیلیٹ شدہ ادائیگیاں ہٹا دی گئیں۔</translation>
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
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="34"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>ریکوری شیٹ محفوظ کریں (PDF) (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="36"/>
        <source>Save recovery sheet as a PDF to print</source>
        <translation>پرنٹ کرنے کے لیے ریکوری شیٹ PDF میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="40"/>
        <source>&amp;Open it to print</source>
        <translation>پرنٹ کرنے کے لیے کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="42"/>
        <source>Open the saved sheet to print it</source>
        <translation>پرنٹ کرنے کے لیے محفوظ شدہ شیٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="46"/>
        <source>Recovery sheet status</source>
        <translation>ریکوری شیٹ کی حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="58"/>
        <source>This is your recovery code. If you ever forget your passphrase, this code opens your records. Write it down or print the recovery sheet, and keep it somewhere safe at home, away from the computer.</source>
        <translation>یہ آپ کا ریکوری کوڈ ہے۔ اگر آپ کبھی اپنا پاس فریز بھول جائیں تو یہ کوڈ آپ کا ریکارڈ کھول دیتا ہے۔ اسے لکھ لیں یا ریکوری شیٹ پرنٹ کر لیں، اور گھر میں کسی محفوظ جگہ رکھیں، کمپیوٹر سے دور۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="70"/>
        <source>Anyone with this code and your vault could read your records, so keep it private. It is shown only now.</source>
        <translation>جس کے پاس یہ کوڈ اور آپ کی تجوری ہو، وہ آپ کا ریکارڈ پڑھ سکتا ہے، اس لیے اسے کسی کو نہ بتائیں۔ یہ صرف ابھی دکھایا جا رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="85"/>
        <source>Recovery sheet.pdf</source>
        <translation>ریکوری شیٹ.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="99"/>
        <source>Saved to %1. Print it, then keep the paper safe. This file is not encrypted, so delete it once it is printed.</source>
        <translation>⁨%1⁩ میں محفوظ ہو گئی۔ اسے پرنٹ کریں، پھر کاغذ سنبھال کر رکھیں۔ یہ فائل خفیہ (انکرپٹ) نہیں ہے، اس لیے پرنٹ کرنے کے بعد اسے ڈیلیٹ کر دیں۔</translation>
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
        <translation>ریکارڈ ⁨%1⁩ تک بند ہے۔</translation>
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
    <name>Reports</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="92"/>
        <source>No receipts were kept for this period.</source>
        <translation>اس مدت کی کوئی رسید نہیں رکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="152"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="313"/>
        <source>Pay period</source>
        <translation>تنخواہ کی مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="153"/>
        <source>From shifts</source>
        <translation>شفٹوں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="154"/>
        <source>Payslip gross</source>
        <translation>پے سلپ کی گراس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="155"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="312"/>
        <source>Difference</source>
        <translation>فرق</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="156"/>
        <source>Tax</source>
        <translation>ٹیکس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="157"/>
        <source>NI (PA)</source>
        <translation>پی اے کی NI</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="158"/>
        <source>NI (employer)</source>
        <translation>ایمپلائر کی NI</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="159"/>
        <source>Pension</source>
        <translation>پنشن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="160"/>
        <source>Net pay</source>
        <translation>نیٹ تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="172"/>
        <source>Pay summary</source>
        <translation>تنخواہ کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="195"/>
        <source>%1: pay periods ending %2</source>
        <translation>%1: تنخواہ کی وہ مدتیں جو %2 میں ختم ہوئیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="211"/>
        <source>No pay periods in this time.</source>
        <translation>اس عرصے میں تنخواہ کی کوئی مدت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="228"/>
        <source>not entered</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="231"/>
        <source>matches</source>
        <translation>ملتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="251"/>
        <source>“From shifts” is worked out from the hours and pay rates recorded in the app; the payslip figures are copied from the payroll service. The app does not work out tax.</source>
        <translation>“شفٹوں سے” ایپ میں درج گھنٹوں اور تنخواہ کی شرحوں سے حساب کیا جاتا ہے؛ پے سلپ کی رقمیں پے رول سروس سے لکھی جاتی ہیں۔ ایپ ٹیکس کا حساب نہیں کرتی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="75"/>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="123"/>
        <source>Changes made</source>
        <translation>کی گئی تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="78"/>
        <source>Every change to payments dated in this period (even if made later), and everything else changed on these days: when, who, and what changed.</source>
        <translation>اس مدت کی تاریخ والی ادائیگیوں میں ہر تبدیلی (چاہے بعد میں کی گئی ہو)، اور ان دنوں میں بدلی گئی ہر دوسری چیز: کب، کس نے، اور کیا بدلا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="89"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="286"/>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="90"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="286"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="91"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="282"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="291"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="96"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="98"/>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="106"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="118"/>
        <source>No changes were made in this period.</source>
        <translation>اس مدت میں کوئی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="129"/>
        <source>Changes made: %1</source>
        <translation>کی گئی تبدیلیاں: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="83"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="421"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="176"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="279"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="84"/>
        <source>Ref</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="85"/>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="86"/>
        <source>Category</source>
        <translation>کیٹیگری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="87"/>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="88"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="89"/>
        <source>In</source>
        <translation>آمد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="90"/>
        <source>Out</source>
        <translation>خرچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="172"/>
        <source>continued</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="208"/>
        <source>Receipt kept</source>
        <translation>رسید رکھی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="210"/>
        <source>No receipt: %1</source>
        <translation>رسید نہیں: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="212"/>
        <source>No receipt yet</source>
        <translation>ابھی رسید نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="271"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="480"/>
        <source>Monitoring return</source>
        <translation>مانیٹرنگ ریٹرن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="272"/>
        <source>How the direct payment was spent</source>
        <translation>ڈائریکٹ پیمنٹ کیسے خرچ ہوئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="277"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="288"/>
        <source>Paid by</source>
        <translation>ادائیگی کرنے والا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="278"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="289"/>
        <source>No support plan recorded</source>
        <translation>کوئی سپورٹ پلان درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="280"/>
        <source>Reference</source>
        <translation>ریفرنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="280"/>
        <source>None recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="283"/>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 دن)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="289"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="290"/>
        <source>Opening balance on %1</source>
        <translation>%1 کو شروع کا بیلنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="295"/>
        <source>Money in, by where it came from</source>
        <translation>آنے والی رقم، کہاں سے آئی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="297"/>
        <source>Total money in</source>
        <translation>کل آنے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="301"/>
        <source>Money out, by category</source>
        <translation>جانے والی رقم، کیٹیگری کے حساب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="303"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="322"/>
        <source>Total money out</source>
        <translation>کل جانے والی رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="309"/>
        <source>None in this period</source>
        <translation>اس مدت میں کچھ نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="314"/>
        <source>Closing balance on %1</source>
        <translation>%1 کو آخری بیلنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="319"/>
        <source>Money out, by budget line</source>
        <translation>جانے والی رقم، بجٹ لائن کے حساب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="326"/>
        <source>Not worked out (no plan)</source>
        <translation>حساب نہیں ہوا (کوئی پلان نہیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="328"/>
        <source>%1 week</source>
        <translation>%1 ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="330"/>
        <source>%1 weeks</source>
        <translation>%1 ہفتے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="332"/>
        <source>Money in hand and receipts</source>
        <translation>موجود رقم اور رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="333"/>
        <source>Weeks of money in hand on %1, at the plan&apos;s weekly amount</source>
        <translation>%1 کو کتنے ہفتوں کی رقم موجود تھی، پلان کی ہفتہ وار رقم کے حساب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="337"/>
        <source>Payments with no receipt yet</source>
        <translation>ادائیگیاں جن کی ابھی رسید نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="340"/>
        <source>Payments with no receipt, reason given</source>
        <translation>بغیر رسید کی ادائیگیاں، وجہ لکھی ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="346"/>
        <source>Owed but not yet paid</source>
        <translation>دینا ہے لیکن ابھی ادا نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="349"/>
        <source>Total owed</source>
        <translation>کل بقایا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="356"/>
        <source>Opening %1 + money in %2 %3 money out %4</source>
        <translation>شروع کا بیلنس %1 + آنے والی رقم %2 %3 جانے والی رقم %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="364"/>
        <source>%1 = closing %2</source>
        <translation>%1 = آخری بیلنس %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="369"/>
        <source>This does not add up. %1 = %2, but the closing balance is %3, a difference of %4. Please check the records before sending this return.</source>
        <translation>یہ حساب پورا نہیں بیٹھتا۔ %1 = %2، لیکن آخری بیلنس %3 ہے، یعنی %4 کا فرق۔ براہِ کرم یہ ریٹرن بھیجنے سے پہلے ریکارڈ چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="385"/>
        <source>Every transaction</source>
        <translation>ہر لین دین</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="389"/>
        <source>%1 transaction, oldest first.</source>
        <translation>%1 لین دین، پرانا سب سے پہلے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="391"/>
        <source>%1 transactions, oldest first.</source>
        <translation>%1 لین دین، پرانے سب سے پہلے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="393"/>
        <source>Transfers between the person&apos;s own accounts are listed but not counted as money in or out.</source>
        <translation>اپنے ہی اکاؤنٹس کے درمیان ٹرانسفر فہرست میں ہیں لیکن آنے یا جانے والی رقم میں نہیں گنے گئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="401"/>
        <source>There were no transactions in this period.</source>
        <translation>اس مدت میں کوئی لین دین نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="417"/>
        <source>the council</source>
        <translation>کونسل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="419"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="420"/>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="423"/>
        <source>This return covers %1. Please sign and date below, then send the whole return to %2.</source>
        <translation>یہ ریٹرن %1 کا ہے۔ براہِ کرم نیچے دستخط کریں اور تاریخ لکھیں، پھر پورا ریٹرن %2 کو بھیج دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="429"/>
        <source>Declaration</source>
        <translation>تصدیق</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="431"/>
        <source>I confirm this is a true record of how my direct payment was spent.</source>
        <translation>میں تصدیق کرتا / کرتی ہوں کہ یہ میری ڈائریکٹ پیمنٹ کے خرچ کا سچا ریکارڈ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="445"/>
        <source>The person receiving the direct payment</source>
        <translation>ڈائریکٹ پیمنٹ لینے والا شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="449"/>
        <source>Anyone who helped keep these records</source>
        <translation>جس نے بھی یہ ریکارڈ رکھنے میں مدد کی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="451"/>
        <source>For example a family member, advocate or support worker. Leave blank if no one helped.</source>
        <translation>مثلاً خاندان کا کوئی فرد، حمایتی (ایڈووکیٹ) یا سپورٹ ورکر۔ اگر کسی نے مدد نہیں کی تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="483"/>
        <source>Monitoring return: %1</source>
        <translation>مانیٹرنگ ریٹرن: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="130"/>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="148"/>
        <source>Made on %1 with %2</source>
        <translation>%1 کو %2 سے بنایا گیا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="150"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1، کل %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="96"/>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="193"/>
        <source>Recovery sheet</source>
        <translation>ریکوری شیٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="97"/>
        <source>This sheet is for:</source>
        <translation>یہ شیٹ کس کے لیے ہے:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="98"/>
        <source>Vault:</source>
        <translation>تجوری:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="99"/>
        <source>Made on:</source>
        <translation>بنانے کی تاریخ:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="100"/>
        <source>Your recovery code</source>
        <translation>آپ کا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="101"/>
        <source>There is no letter O in the code, only the number 0.</source>
        <translation>کوڈ میں انگریزی حرف O نہیں ہے، صرف صفر کا ہندسہ 0 ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="102"/>
        <source>What this is</source>
        <translation>یہ کیا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="103"/>
        <source>This code opens your records if you forget your passphrase. It does the same job as your passphrase, so look after it in the same way.</source>
        <translation>اگر آپ اپنا پاس فریز بھول جائیں تو یہ کوڈ آپ کا ریکارڈ کھول دیتا ہے۔ یہ آپ کے پاس فریز جیسا ہی کام کرتا ہے، اس لیے اسے بھی اسی طرح سنبھال کر رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="108"/>
        <source>How to use it</source>
        <translation>اسے کیسے استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="109"/>
        <source>Open %1 and choose your vault.</source>
        <translation>%1 کھولیں اور اپنی تجوری چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="110"/>
        <source>Choose %1.</source>
        <translation>%1 چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="112"/>
        <source>Type the code. Capital or small letters are both fine, and dashes and spaces do not matter.</source>
        <translation>کوڈ لکھیں۔ بڑے یا چھوٹے حروف دونوں ٹھیک ہیں، اور ڈیش اور خالی جگہوں سے کوئی فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="117"/>
        <source>Keep it safe</source>
        <translation>اسے محفوظ رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="118"/>
        <source>Keep this paper somewhere safe at home, away from the computer.</source>
        <translation>یہ کاغذ گھر میں کسی محفوظ جگہ رکھیں، کمپیوٹر سے دور۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="121"/>
        <source>Anyone who has this code and your vault can read your records.</source>
        <translation>جس کے پاس یہ کوڈ اور آپ کی تجوری ہو، وہ آپ کا ریکارڈ پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="124"/>
        <source>After printing, do not keep a copy of this PDF file on the computer, or keep it only somewhere private.</source>
        <translation>پرنٹ کرنے کے بعد اس PDF فائل کی کاپی کمپیوٹر پر نہ رکھیں، یا صرف کسی نجی جگہ رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="129"/>
        <source>If you make a new recovery code in the app, this sheet stops working. The date at the top tells you which sheet is the newest.</source>
        <translation>اگر آپ ایپ میں نیا ریکوری کوڈ بنائیں تو یہ شیٹ کام کرنا بند کر دے گی۔ اوپر لکھی تاریخ سے پتا چلتا ہے کہ کون سی شیٹ سب سے نئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="83"/>
        <source>You spent %1.</source>
        <translation>آپ نے %1 خرچ کیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="85"/>
        <source>There is no support plan with budget lines for this period, so there is nothing to compare it with.</source>
        <translation>اس مدت کے لیے بجٹ لائنوں والا کوئی سپورٹ پلان نہیں ہے، اس لیے موازنہ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="94"/>
        <source>You spent %1 of %2.</source>
        <translation>آپ نے %2 میں سے %1 خرچ کیے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="97"/>
        <source>That is %1 less than the plan allowed.</source>
        <translation>یہ پلان کی اجازت سے %1 کم ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="100"/>
        <source>That is %1 more than the plan allowed.</source>
        <translation>یہ پلان کی اجازت سے %1 زیادہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="103"/>
        <source>That is exactly what the plan allowed.</source>
        <translation>یہ بالکل اتنا ہی ہے جتنی پلان میں اجازت تھی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="107"/>
        <source>Your PAs worked %1 of %2 planned hours.</source>
        <translation>آپ کے پی اے نے پلان کے %2 گھنٹوں میں سے %1 کام کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="110"/>
        <source>Your PAs worked %1.</source>
        <translation>آپ کے پی اے نے %1 کام کیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="111"/>
        <source>The plan sets no PA hours.</source>
        <translation>پلان میں پی اے کے گھنٹے طے نہیں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="195"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="310"/>
        <source>Planned</source>
        <translation>پلان میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="200"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="311"/>
        <source>Spent</source>
        <translation>خرچ ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="241"/>
        <source>%1 under</source>
        <translation>%1 کم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="243"/>
        <source>%1 over</source>
        <translation>%1 زیادہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="244"/>
        <source>On plan</source>
        <translation>پلان کے مطابق</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="353"/>
        <source>Care review statement</source>
        <translation>کیئر ریویو اسٹیٹمنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="278"/>
        <source>Spending and support hours against the plan</source>
        <translation>پلان کے مقابلے میں خرچ اور مدد کے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="305"/>
        <source>Planned and spent, by budget line</source>
        <translation>پلان اور خرچ، بجٹ لائن کے حساب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="314"/>
        <source>Budget line</source>
        <translation>بجٹ لائن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="316"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="232"/>
        <source>Total</source>
        <translation>ٹوٹل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="318"/>
        <source>Line by line</source>
        <translation>لائن بہ لائن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="328"/>
        <source>My own notes</source>
        <translation>میرے اپنے نوٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="330"/>
        <source>What is working, what needs to change, and what to ask at the review.</source>
        <translation>کیا ٹھیک چل رہا ہے، کیا بدلنا چاہیے، اور ریویو میں کیا پوچھنا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="355"/>
        <source>Care review statement: %1</source>
        <translation>کیئر ریویو اسٹیٹمنٹ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="84"/>
        <source>%1 +1 day</source>
        <translation>%1 +1 دن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="177"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="178"/>
        <source>Finish</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="179"/>
        <source>Break</source>
        <translation>وقفہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="180"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="221"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="181"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="219"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="182"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="220"/>
        <source>Shifts</source>
        <translation>شفٹیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="227"/>
        <source>%1 awake</source>
        <translation>%1 جاگ کر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="250"/>
        <source>Totals</source>
        <translation>ٹوٹل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="253"/>
        <source>1 sleep-in this period.</source>
        <translation>اس مدت میں 1 سلیپ اِن۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="255"/>
        <source>%1 sleep-ins this period.</source>
        <translation>اس مدت میں %1 سلیپ اِن۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="257"/>
        <source>A sleep-in is paid as a set amount for the night; its hours above are only the time the PA was woken to work.</source>
        <translation>سلیپ اِن کی ہر رات کی ایک طے شدہ رقم دی جاتی ہے؛ اوپر اس کے گھنٹے صرف وہ وقت ہیں جب پی اے کو کام کے لیے جگایا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="270"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="312"/>
        <source>PA</source>
        <translation>پی اے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="271"/>
        <source>Employer (or the person helping)</source>
        <translation>ایمپلائر (یا مدد کرنے والا شخص)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="299"/>
        <source>Signatures</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="301"/>
        <source>By signing, we agree that these are the hours worked.</source>
        <translation>دستخط کر کے ہم مانتے ہیں کہ یہی کام کے گھنٹے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="316"/>
        <source>Employer</source>
        <translation>ایمپلائر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="323"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="366"/>
        <source>Timesheet</source>
        <translation>ٹائم شیٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="329"/>
        <source>No shifts in this pay period.</source>
        <translation>تنخواہ کی اس مدت میں کوئی شفٹ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="370"/>
        <source>Timesheet: %1, %2</source>
        <translation>ٹائم شیٹ: %1، %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="274"/>
        <source>receipt %1 of %2</source>
        <translation>رسید %1، کل %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="284"/>
        <source>, page %1 of %2</source>
        <translation>، صفحہ %1، کل %2 میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="300"/>
        <source>Receipts: %1</source>
        <translation>رسیدیں: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="44"/>
        <source>%1 at %2</source>
        <translation>⁨%1⁩، ⁨%2⁩ بجے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="55"/>
        <source>Restore</source>
        <translation>واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="58"/>
        <source>Keep my records as they are</source>
        <translation>میرا ریکارڈ ویسا ہی رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="90"/>
        <source>Choose the backup to put back; the newest is at the top. Your records as they are now will be kept as a backup first, so you can change your mind.</source>
        <translation>واپس لانے کے لیے بیک اپ چنیں؛ سب سے نیا اوپر ہے۔ پہلے آپ کے موجودہ ریکارڈ کا بیک اپ رکھ لیا جائے گا، تاکہ آپ چاہیں تو اپنا فیصلہ بدل سکیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="95"/>
        <source>Your vault can be made again from a backup. Choose one (the newest is at the top), then type the passphrase or recovery code that opened the vault on the day the backup was made. The damaged files are kept aside, never deleted.</source>
        <translation>آپ کی تجوری بیک اپ سے دوبارہ بنائی جا سکتی ہے۔ ایک بیک اپ چنیں (سب سے نیا اوپر ہے)، پھر وہ پاس فریز یا ریکوری کوڈ لکھیں جس سے بیک اپ بننے والے دن تجوری کھلتی تھی۔ خراب فائلیں الگ رکھ دی جاتی ہیں، کبھی ڈیلیٹ نہیں کی جاتیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="104"/>
        <source>Backups, newest first</source>
        <translation>بیک اپ، سب سے نیا پہلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="111"/>
        <source>Look in &amp;another folder…</source>
        <translation>کسی اور فولڈر میں دیکھیں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="113"/>
        <source>Look in another folder</source>
        <translation>کسی اور فولڈر میں دیکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="119"/>
        <source>Passphrase or recovery code</source>
        <translation>پاس فریز یا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="124"/>
        <source>This is my recovery &amp;code</source>
        <translation>یہ میرا ریکوری کوڈ ہے (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="126"/>
        <source>This is my recovery code</source>
        <translation>یہ میرا ریکوری کوڈ ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="130"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>پاس فریز یا ریکوری کوڈ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="135"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="140"/>
        <source>&amp;Restore</source>
        <translation>واپس لائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="140"/>
        <source>Restore this backup</source>
        <translation>یہ بیک اپ واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="147"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="177"/>
        <source>Backups in %1</source>
        <translation>⁨%1⁩ میں بیک اپ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="199"/>
        <source>There are no backups of this vault in this folder.</source>
        <translation>اس فولڈر میں اس تجوری کا کوئی بیک اپ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="207"/>
        <source>checked</source>
        <translation>جانچا ہوا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="209"/>
        <source>cannot be used: %1</source>
        <translation>استعمال نہیں ہو سکتا: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="212"/>
        <source>%1 — %2 — %3</source>
        <translation>⁨%1⁩ — ⁨%2⁩ — ⁨%3⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="223"/>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="228"/>
        <source>No payments yet</source>
        <translation>ابھی کوئی ادائیگی نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="230"/>
        <source>1 payment, on %1</source>
        <translation>1 ادائیگی، ⁨%1⁩ کو</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="232"/>
        <source>%1 payments, %2 to %3</source>
        <translation>⁨%1⁩ ادائیگیاں، ⁨%2⁩ سے ⁨%3⁩ تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="281"/>
        <source>Put your records back as they were on %1? Your records as they are now will be kept as a backup first, so you can go back to them.</source>
        <translation>اپنا ریکارڈ ویسا کر دیں جیسا ⁨%1⁩ کو تھا؟ پہلے آپ کے موجودہ ریکارڈ کا بیک اپ رکھ لیا جائے گا، تاکہ آپ اس پر واپس جا سکیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="284"/>
        <source>Restore this backup?</source>
        <translation>یہ بیک اپ واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="293"/>
        <source>Keeping your records as they are now, then putting the backup back…</source>
        <translation>آپ کا موجودہ ریکارڈ محفوظ کیا جا رہا ہے، پھر بیک اپ واپس لایا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="294"/>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="301"/>
        <source>Please type your passphrase or recovery code first.</source>
        <translation>براہِ کرم پہلے اپنا پاس فریز یا ریکوری کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="312"/>
        <source>Making your vault again from the backup…</source>
        <translation>بیک اپ سے آپ کی تجوری دوبارہ بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="332"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>یہ نہیں ہو سکا (⁨%1⁩)۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="34"/>
        <source>every week</source>
        <translation>ہر ہفتے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="35"/>
        <source>every 2 weeks</source>
        <translation>ہر 2 ہفتے بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="36"/>
        <source>every 4 weeks</source>
        <translation>ہر 4 ہفتے بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="37"/>
        <source>every month</source>
        <translation>ہر مہینے</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="19"/>
        <source>passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="20"/>
        <source>recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="21"/>
        <source>remembered on this computer</source>
        <translation>اس کمپیوٹر کی یادداشت</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="43"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="184"/>
        <source>Remove access</source>
        <translation>رسائی ختم کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="47"/>
        <source>Keep access</source>
        <translation>رسائی رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="66"/>
        <source>Minutes before the vault locks</source>
        <translation>تجوری پر تالا لگنے سے پہلے کے منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="69"/>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>Save lock time</source>
        <translation>تالا لگنے کا وقت محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="75"/>
        <source>Change &amp;passphrase…</source>
        <translation>پاس فریز تبدیل کریں (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="77"/>
        <source>Change passphrase</source>
        <translation>پاس فریز تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="81"/>
        <source>When the recovery code was made</source>
        <translation>ریکوری کوڈ کب بنا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="84"/>
        <source>Make a new &amp;recovery code…</source>
        <translation>نیا ریکوری کوڈ بنائیں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="86"/>
        <source>Make a new recovery code</source>
        <translation>نیا ریکوری کوڈ بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="90"/>
        <source>Re&amp;member this vault on this computer</source>
        <translation>یہ تجوری اس کمپیوٹر پر یاد رکھیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="92"/>
        <source>Remember this vault on this computer</source>
        <translation>یہ تجوری اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault.</source>
        <translation>اس کمپیوٹر میں ایسی کوئی کی چین (پاس ورڈ رکھنے کی محفوظ جگہ) نہیں جو ایپ استعمال کر سکے، اس لیے یہ آپ کی تجوری یاد نہیں رکھ سکتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="101"/>
        <source>C&amp;lose this vault</source>
        <translation>یہ تجوری بند کریں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="101"/>
        <source>Close this vault</source>
        <translation>یہ تجوری بند کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="104"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="111"/>
        <source>Display</source>
        <translation>ڈسپلے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="114"/>
        <source>Locking</source>
        <translation>تالا لگنا</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="116"/>
        <source>Lock the vault after</source>
        <translation>تجوری پر تالا لگ جائے اگر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="118"/>
        <source>without use.</source>
        <translation>تک استعمال نہ ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="124"/>
        <source>Ways to open this vault</source>
        <translation>یہ تجوری کھولنے کے طریقے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="132"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="133"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="159"/>
        <source>Your recovery code was made on %1.</source>
        <translation>آپ کا ریکوری کوڈ ⁨%1⁩ کو بنا تھا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="175"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="196"/>
        <source>People who can open this vault</source>
        <translation>وہ لوگ جو یہ تجوری کھول سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>&amp;Add a person…</source>
        <translation>کسی کو شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>Add a person</source>
        <translation>کسی کو شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="184"/>
        <source>Remo&amp;ve access…</source>
        <translation>رسائی ختم کریں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="189"/>
        <source>A carer or advocate can have their own passphrase and a role. The history shows who did what. Roles stop mistakes; they are not a lock, so only share the vault with people you trust.</source>
        <translation>کسی کیئرر یا حمایتی (ایڈووکیٹ) کا اپنا پاس فریز اور کردار ہو سکتا ہے۔ ہسٹری میں دکھتا ہے کہ کس نے کیا کیا۔ کردار غلطیوں سے بچاتے ہیں؛ یہ تالا نہیں ہیں، اس لیے تجوری صرف انہی لوگوں کے ساتھ شیئر کریں جن پر آپ کو بھروسہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="195"/>
        <source>What you can do</source>
        <translation>آپ کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="222"/>
        <source>You are signed in as %1 (%2). %3</source>
        <translation>آپ ⁨%1⁩ (⁨%2⁩) کے طور پر سائن ان ہیں۔ ⁨%3⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="236"/>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="261"/>
        <source>%1 can now open this vault with their own passphrase. Please make sure they know it.</source>
        <translation>⁨%1⁩ اب اپنے پاس فریز سے یہ تجوری کھول سکتے ہیں۔ براہِ کرم یقینی بنائیں کہ انہیں یہ پاس فریز معلوم ہو۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="272"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="322"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>یہ نہیں ہو سکا (⁨%1⁩)۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="284"/>
        <source>Letting %1 in…</source>
        <translation>⁨%1⁩ کو اجازت دی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="292"/>
        <source>Take away %1&apos;s access? Their passphrase stops working at once, and so does any computer that remembers the vault for them. What they did stays in the history.</source>
        <translation>⁨%1⁩ کی رسائی ختم کریں؟ ان کا پاس فریز فوراً کام کرنا بند کر دے گا، اور وہ کمپیوٹر بھی جو ان کے لیے تجوری یاد رکھتا ہے۔ انہوں نے جو کیا وہ ہسٹری میں رہے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="295"/>
        <source>Remove access?</source>
        <translation>رسائی ختم کریں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="302"/>
        <source>%1 can no longer open this vault.</source>
        <translation>⁨%1⁩ اب یہ تجوری نہیں کھول سکتے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="340"/>
        <source>Saved. The vault will lock after 1 minute without use.</source>
        <translation>محفوظ ہو گیا۔ 1 منٹ تک استعمال نہ ہونے پر تجوری پر تالا لگ جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="342"/>
        <source>Saved. The vault will lock after %1 minutes without use.</source>
        <translation>محفوظ ہو گیا۔ ⁨%1⁩ منٹ تک استعمال نہ ہونے پر تجوری پر تالا لگ جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="354"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>آپ کا پاس فریز تبدیل ہو گیا ہے۔ اگلی بار نیا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="355"/>
        <source>Changing your passphrase…</source>
        <translation>آپ کا پاس فریز تبدیل ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="367"/>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>آپ کا نیا ریکوری کوڈ تیار ہے۔ پرانا کوڈ اب کام نہیں کرتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="368"/>
        <source>Saving your new recovery code…</source>
        <translation>آپ کا نیا ریکوری کوڈ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="377"/>
        <source>This computer will now open the vault without asking for the passphrase.</source>
        <translation>اب یہ کمپیوٹر پاس فریز پوچھے بغیر تجوری کھول دے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="382"/>
        <source>Forget this computer?</source>
        <translation>یہ کمپیوٹر بھول جائیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="383"/>
        <source>The vault will ask for the passphrase again next time. Continue?</source>
        <translation>اگلی بار تجوری دوبارہ پاس فریز مانگے گی۔ جاری رکھیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="389"/>
        <source>This computer has forgotten the vault.</source>
        <translation>یہ کمپیوٹر اب تجوری یاد نہیں رکھتا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="390"/>
        <source>Talking to the keychain…</source>
        <translation>کی چین سے رابطہ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="397"/>
        <source>Language on this computer</source>
        <translation>اس کمپیوٹر پر زبان</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="411"/>
        <source>%1 will be used the next time the app starts.</source>
        <translation>اگلی بار ایپ شروع ہونے پر ⁨%1⁩ استعمال ہوگی۔</translation>
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
        <translation>⁨%1⁩، ⁨%2⁩ نے: ⁨%3⁩ (⁨%4⁩)</translation>
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
    <name>Staff</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="39"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="40"/>
        <source>Evening</source>
        <translation>شام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="41"/>
        <source>Night</source>
        <translation>رات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="42"/>
        <source>Weekend</source>
        <translation>ویک اینڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="43"/>
        <source>Bank holiday</source>
        <translation>بینک ہالیڈے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="44"/>
        <source>Sleep-in</source>
        <translation>سلیپ اِن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="45"/>
        <source>Waking night</source>
        <translation>ویکنگ نائٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="66"/>
        <source>5.6 weeks a year (fixed hours)</source>
        <extracomment>Where a PA has no rate of a type, the rate of the next type in this list is used.</extracomment>
        <translation>سال میں 5.6 ہفتے (مقررہ گھنٹے)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="67"/>
        <source>Builds up at 12.07% of hours worked</source>
        <translation>جمع ہوتی ہیں: کام کے گھنٹوں کا 12.07%</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="68"/>
        <source>Rolled-up: 12.07% added to pay</source>
        <translation>رولڈ اپ: تنخواہ میں 12.07% شامل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="79"/>
        <source>Annual leave</source>
        <translation>سالانہ چھٹی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="80"/>
        <source>Sickness</source>
        <translation>بیماری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="93"/>
        <source>DBS check</source>
        <translation>پولیس ریکارڈ کی جانچ (DBS)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="94"/>
        <source>PVG check (Scotland)</source>
        <translation>پولیس ریکارڈ کی جانچ (PVG، اسکاٹ لینڈ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="95"/>
        <source>Right-to-work check</source>
        <translation>کام کرنے کے حق کی جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="96"/>
        <source>Contract signed</source>
        <translation>کانٹریکٹ پر دستخط ہو گئے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="97"/>
        <source>Employer&apos;s liability insurance</source>
        <translation>ایمپلائرز لائبلٹی انشورنس</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>Your PAs</source>
        <translation>آپ کے پی اے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="53"/>
        <source>&amp;Add a PA…</source>
        <translation>پی اے شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="53"/>
        <source>Add a PA (Ctrl+N)</source>
        <translation>پی اے شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="55"/>
        <source>Change &amp;details…</source>
        <translation>تفصیلات تبدیل کریں (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="55"/>
        <source>Change details (Ctrl+E)</source>
        <translation>تفصیلات تبدیل کریں (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="57"/>
        <source>C&amp;hecks…</source>
        <translation>جانچ (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="57"/>
        <source>Checks</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="59"/>
        <source>Employer&apos;s &amp;insurance…</source>
        <translation>ایمپلائر کی انشورنس (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="59"/>
        <source>Employer&apos;s insurance</source>
        <translation>ایمپلائر کی انشورنس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="63"/>
        <source>About this PA</source>
        <translation>اس پی اے کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="64"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="128"/>
        <source>Shifts</source>
        <translation>شفٹیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="68"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="69"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="70"/>
        <source>Paid hours</source>
        <translation>تنخواہ والے گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="71"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="72"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Change &amp;shift…</source>
        <translation>شفٹ تبدیل کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Change shift (Enter)</source>
        <translation>شفٹ تبدیل کریں (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="88"/>
        <source>De&amp;lete shift</source>
        <translation>شفٹ ڈیلیٹ کریں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="88"/>
        <source>Delete shift (Delete)</source>
        <translation>شفٹ ڈیلیٹ کریں (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="90"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="141"/>
        <source>Holiday</source>
        <translation>چھٹیاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="94"/>
        <source>Leave and sickness</source>
        <translation>چھٹی اور بیماری</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Add lea&amp;ve or sickness…</source>
        <translation>چھٹی یا بیماری شامل کریں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Add leave or sickness</source>
        <translation>چھٹی یا بیماری شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="99"/>
        <source>Delete the chosen day</source>
        <translation>چنا ہوا دن ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="101"/>
        <source>Payslips</source>
        <translation>پے سلپس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="103"/>
        <source>&amp;Payslip for a pay period…</source>
        <translation>تنخواہ کی مدت کی پے سلپ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="103"/>
        <source>Payslip for a pay period</source>
        <translation>تنخواہ کی مدت کی پے سلپ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="105"/>
        <source>Bank holidays for</source>
        <translation>بینک ہالیڈیز کے لیے علاقہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="107"/>
        <source>England and Wales</source>
        <translation>انگلینڈ اور ویلز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="108"/>
        <source>Scotland</source>
        <translation>اسکاٹ لینڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="109"/>
        <source>Northern Ireland</source>
        <translation>شمالی آئرلینڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="112"/>
        <source>Leave year starts</source>
        <translation>چھٹیوں کا سال شروع ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="115"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="120"/>
        <source>Add each personal assistant (PA) you employ: when they started, their hours, how often they are paid and their pay rates. Then enter their hours on the Hours page.</source>
        <translation>ہر وہ ذاتی معاون (پی اے) شامل کریں جسے آپ نے ملازم رکھا ہے: انہوں نے کب کام شروع کیا، ان کے گھنٹے، انہیں کتنی بار تنخواہ ملتی ہے اور ان کی تنخواہ کی شرحیں۔ پھر “گھنٹے” صفحے پر ان کے گھنٹے لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="134"/>
        <source>Leave and sickness days this leave year:</source>
        <translation>اس چھٹیوں کے سال میں چھٹی اور بیماری کے دن:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="142"/>
        <source>Pay</source>
        <translation>تنخواہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="145"/>
        <source>Your PAs:</source>
        <translation>آپ کے پی اے:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="158"/>
        <source>Staff</source>
        <translation>اسٹاف</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="163"/>
        <source>Bank holidays &amp;for:</source>
        <translation>بینک ہالیڈیز کے لیے علاقہ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="164"/>
        <source>Leave &amp;year starts on 1</source>
        <translation>چھٹیوں کا سال اس مہینے کی 1 تاریخ سے شروع ہوتا ہے (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="258"/>
        <source>irregular hours</source>
        <translation>غیر مقررہ گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="260"/>
        <source>%1 a week</source>
        <translation>ہفتے میں ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="264"/>
        <source>— left %1</source>
        <translation>— ⁨%1⁩ کو نوکری چھوڑ دی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="299"/>
        <source>(%1m break)</source>
        <translation>(⁨%1⁩ منٹ وقفہ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="323"/>
        <source>Leave year %1 to %2.</source>
        <translation>چھٹیوں کا سال ⁨%1⁩ سے ⁨%2⁩ تک۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="329"/>
        <source>Holiday: %1. Taken: %2. Booked: %3. Left: %4.</source>
        <translation>چھٹیاں: ⁨%1⁩۔ لی گئیں: ⁨%2⁩۔ بک ہیں: ⁨%3⁩۔ باقی: ⁨%4⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="335"/>
        <source>How this is worked out:</source>
        <translation>اس کا حساب کیسے ہوا:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="359"/>
        <source>%1: payslip gross %2; the shifts come to %3.</source>
        <translation>⁨%1⁩: پے سلپ کی گراس تنخواہ ⁨%2⁩؛ شفٹوں کے حساب سے ⁨%3⁩۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="365"/>
        <source>Different by %1: please check.</source>
        <translation>⁨%1⁩ کا فرق ہے: براہِ کرم چیک کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="371"/>
        <source>1 payment linked.</source>
        <translation>1 ادائیگی جڑی ہوئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="373"/>
        <source>%1 payments linked.</source>
        <translation>⁨%1⁩ ادائیگیاں جڑی ہوئی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="414"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="427"/>
        <source>Saved. Home will remind you before anything is due.</source>
        <translation>محفوظ ہو گیا۔ کسی چیز کی تاریخ آنے سے پہلے “ہوم” صفحہ آپ کو یاد دلائے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="444"/>
        <source>Shift saved.</source>
        <translation>شفٹ محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="457"/>
        <source>Deleted the shift on %1. Its history is kept.</source>
        <translation>⁨%1⁩ کی شفٹ ڈیلیٹ ہو گئی۔ اس کی ہسٹری محفوظ رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="503"/>
        <source>Saved. New shifts on bank holidays use this list.</source>
        <translation>محفوظ ہو گیا۔ بینک ہالیڈیز پر نئی شفٹیں یہی فہرست استعمال کریں گی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="510"/>
        <source>Saved. Holiday is now counted from this month.</source>
        <translation>محفوظ ہو گیا۔ اب چھٹیاں اسی مہینے سے گنی جائیں گی۔</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="214"/>
        <source>Monitoring return</source>
        <extracomment>kind → (what the combo says, the start of a file name)</extracomment>
        <translation>مانیٹرنگ ریٹرن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="215"/>
        <source>Care review statement</source>
        <translation>کیئر ریویو اسٹیٹمنٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="217"/>
        <source>Audit pack (return with every receipt)</source>
        <translation>آڈٹ پیک (ریٹرن، ہر رسید کے ساتھ)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="218"/>
        <source>Audit pack</source>
        <translation>آڈٹ پیک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="220"/>
        <source>Timesheets</source>
        <translation>ٹائم شیٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="221"/>
        <source>Pay summary</source>
        <translation>تنخواہ کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="223"/>
        <source>Kind of statement</source>
        <translation>اسٹیٹمنٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="226"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="228"/>
        <source>Last quarter</source>
        <translation>پچھلی سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="229"/>
        <source>This quarter</source>
        <translation>یہ سہ ماہی</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="230"/>
        <source>Since the last review</source>
        <translation>پچھلے ریویو سے اب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="231"/>
        <source>Custom</source>
        <translation>اپنی مرضی کی مدت</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="234"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="235"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="238"/>
        <source>&amp;Preview</source>
        <translation>پری ویو (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="238"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>پری ویو (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="241"/>
        <source>&amp;Save as PDF…</source>
        <translation>بطور PDF محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="241"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>بطور PDF محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="244"/>
        <source>Export &amp;CSV…</source>
        <translation>بطور CSV ایکسپورٹ کریں (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="244"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="432"/>
        <source>Export CSV for a spreadsheet</source>
        <translation>اسپریڈشیٹ کے لیے CSV ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="247"/>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="247"/>
        <source>Print (Ctrl+P)</source>
        <translation>پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="253"/>
        <source>Closed records</source>
        <translation>بند ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>&amp;Mark this period as sent…</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>Mark this period as sent</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="260"/>
        <source>Re&amp;open…</source>
        <translation>دوبارہ کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="260"/>
        <source>Reopen closed records</source>
        <translation>بند ریکارڈ دوبارہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="263"/>
        <source>Add the &amp;history of changes (who changed what, and when)</source>
        <translation>تبدیلیوں کی ہسٹری بھی شامل کریں (کس نے کیا بدلا، اور کب) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="265"/>
        <source>Add the history of changes to the audit pack</source>
        <translation>آڈٹ پیک میں تبدیلیوں کی ہسٹری شامل کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="270"/>
        <source>&amp;Kind:</source>
        <translation>قسم (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="272"/>
        <source>P&amp;eriod:</source>
        <translation>مدت (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="274"/>
        <source>&amp;From:</source>
        <translation>کب سے (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="276"/>
        <source>&amp;To:</source>
        <translation>کب تک (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="292"/>
        <source>Statements</source>
        <translation>اسٹیٹمنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="434"/>
        <source>This statement can only be saved as a PDF.</source>
        <translation>یہ اسٹیٹمنٹ صرف PDF کے طور پر محفوظ ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="450"/>
        <source>No records are closed yet.</source>
        <translation>ابھی کوئی ریکارڈ بند نہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="452"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="504"/>
        <source>Records are closed up to %1.</source>
        <translation>ریکارڈ ⁨%1⁩ تک بند ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="475"/>
        <source>Once the return has gone to the council, mark its period as sent. Records up to %1 can then only be changed after reopening, with a reason.</source>
        <translation>جب ریٹرن کونسل کو چلا جائے تو اس کی مدت کو بھیجا ہوا لکھ دیں۔ اس کے بعد ⁨%1⁩ تک کا ریکارڈ صرف دوبارہ کھول کر، وجہ بتا کر، بدلا جا سکے گا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="487"/>
        <source>Mark this period as sent?</source>
        <translation>اس مدت کو بھیجا ہوا لکھ دیں؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="489"/>
        <source>Records up to %1 will be closed. To change them later you will need to reopen the period and give a reason.</source>
        <translation>⁨%1⁩ تک کا ریکارڈ بند ہو جائے گا۔ بعد میں اسے بدلنے کے لیے آپ کو مدت دوبارہ کھولنی ہوگی اور وجہ بتانی ہوگی۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="526"/>
        <source>Reopened. Records from %1 on can be changed again.</source>
        <translation>دوبارہ کھل گیا۔ ⁨%1⁩ سے آگے کا ریکارڈ اب پھر بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="541"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="571"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="610"/>
        <source>Making the statement…</source>
        <translation>اسٹیٹمنٹ بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="588"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 سے %3 تک</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="599"/>
        <source>PDF document (*.pdf)</source>
        <translation>دستاویز (PDF) (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="621"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>اسپریڈشیٹ کے لیے CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="629"/>
        <source>Making the CSV…</source>
        <translation>آپ کی CSV فائل بن رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="637"/>
        <source>It could not be saved there: %1. Please choose another folder.</source>
        <translation>یہ وہاں محفوظ نہیں ہو سکی: ⁨%1⁩۔ براہِ کرم کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="645"/>
        <source>Saved “%1” in %2. It is not encrypted: keep it somewhere safe.</source>
        <translation>“⁨%1⁩” کو ⁨%2⁩ میں محفوظ کر دیا گیا۔ یہ خفیہ (انکرپٹ) نہیں ہے: اسے کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="659"/>
        <source>Print the statement</source>
        <translation>اسٹیٹمنٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="690"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>⁨%1⁩ صفحے پرنٹر کو بھیج دیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="692"/>
        <source>Sent 1 page to the printer.</source>
        <translation>1 صفحہ پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="696"/>
        <source>The printer could not be started. Please try again.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="699"/>
        <source>Getting the pages ready to print…</source>
        <translation>صفحے پرنٹ کے لیے تیار ہو رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="725"/>
        <source>Stopped. Nothing was made.</source>
        <translation>روک دیا گیا۔ کچھ نہیں بنا۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="730"/>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="302"/>
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
        <source>About the amount</source>
        <translation>رقم کے بارے میں</translation>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="149"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="183"/>
        <source>(choose a category)</source>
        <translation>(کیٹیگری چنیں)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="283"/>
        <source>Please wait a moment: a receipt is still being read.</source>
        <translation>براہِ کرم ذرا انتظار کریں: ایک رسید ابھی پڑھی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="312"/>
        <source>The payment is saved, but a receipt could not be kept: %1</source>
        <translation>ادائیگی محفوظ ہو گئی ہے، لیکن ایک رسید نہیں رکھی جا سکی: ⁨%1⁩</translation>
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
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="158"/>
        <source>Transfer</source>
        <translation>ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="160"/>
        <source>Not sorted yet</source>
        <translation>ابھی طے نہیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="181"/>
        <source>No receipt: %1</source>
        <translation>رسید نہیں: ⁨%1⁩</translation>
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
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="51"/>
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
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="60"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="68"/>
        <source>For example, taking petty cash out of the bank. A transfer is not spending and not income: it only moves your money from one place to another.</source>
        <translation>مثلاً، بینک سے چھوٹے موٹے خرچوں کے لیے نقدی نکالنا۔ ٹرانسفر نہ خرچ ہے نہ آمدنی: یہ صرف آپ کی رقم ایک جگہ سے دوسری جگہ منتقل کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="150"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="49"/>
        <source>&amp;Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="51"/>
        <source>Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="55"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault. Your passphrase always works.</source>
        <translation>اس کمپیوٹر میں ایسی کوئی کی چین نہیں جو ایپ استعمال کر سکے، اس لیے یہ آپ کی تجوری یاد نہیں رکھ سکتا۔ آپ کا پاس فریز ہمیشہ کام کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="61"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="111"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="69"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="154"/>
        <source>Use recovery code instead</source>
        <translation>اس کی بجائے ریکوری کوڈ استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="73"/>
        <source>&amp;Choose another vault</source>
        <translation>کوئی اور تجوری چنیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="75"/>
        <source>Choose another vault</source>
        <translation>کوئی اور تجوری چنیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="79"/>
        <source>Help (F1)</source>
        <translation>مدد (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="79"/>
        <source>Help and guide (F1)</source>
        <translation>مدد اور گائیڈ (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="83"/>
        <source>Restore from a &amp;backup…</source>
        <translation>بیک اپ سے واپس لائیں (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="85"/>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے واپس لائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="121"/>
        <source>Unlock %1</source>
        <translation>⁨%1⁩ کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="137"/>
        <source>Type the recovery code from your recovery sheet. Dashes, spaces and small letters are all fine.</source>
        <translation>اپنی ریکوری شیٹ سے ریکوری کوڈ لکھیں۔ ڈیش (-)، خالی جگہیں اور چھوٹے حروف، سب ٹھیک ہیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="141"/>
        <source>Recovery &amp;code:</source>
        <translation>ریکوری کوڈ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="142"/>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="145"/>
        <source>Use &amp;passphrase instead</source>
        <translation>اس کی بجائے پاس فریز استعمال کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="146"/>
        <source>Use passphrase instead</source>
        <translation>اس کی بجائے پاس فریز استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="148"/>
        <source>Type your passphrase to open your records.</source>
        <translation>اپنا ریکارڈ کھولنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="149"/>
        <source>&amp;Passphrase:</source>
        <translation>پاس فریز (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="153"/>
        <source>Use recovery &amp;code instead</source>
        <translation>اس کی بجائے ریکوری کوڈ استعمال کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="164"/>
        <source>Please type your recovery code first.</source>
        <translation>براہِ کرم پہلے اپنا ریکوری کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="166"/>
        <source>Please type your passphrase first.</source>
        <translation>براہِ کرم پہلے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="177"/>
        <source>Unlocking your vault…</source>
        <translation>آپ کی تجوری کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="185"/>
        <source>Unlocking…</source>
        <translation>کھل رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="202"/>
        <source>Something unexpected stopped the vault opening (%1). Nothing was changed. Please try again.</source>
        <translation>کسی غیر متوقع وجہ سے تجوری نہیں کھل سکی (⁨%1⁩)۔ کچھ بھی تبدیل نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="221"/>
        <source>You can make it again from a backup: choose “Restore from a backup”. The damaged files are kept aside, never deleted.</source>
        <translation>آپ اسے بیک اپ سے دوبارہ بنا سکتے ہیں: “بیک اپ سے واپس لائیں” چنیں۔ خراب فائلیں الگ رکھ دی جاتی ہیں، کبھی ڈیلیٹ نہیں کی جاتیں۔</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="255"/>
        <source>Your vault was made again from the backup of %1. The damaged files are kept in the vault folder, with “damaged” in their names. If your records look right, press Keep it.</source>
        <translation>آپ کی تجوری ⁨%1⁩ کے بیک اپ سے دوبارہ بن گئی ہے۔ خراب فائلیں تجوری کے فولڈر میں رکھی ہیں، اور ان کے نام میں “damaged” لکھا ہے۔ اگر آپ کا ریکارڈ ٹھیک لگ رہا ہے تو “یہی رکھیں” دبائیں۔</translation>
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
        <translation>⁨%1⁩، پلان کے ⁨%2⁩ میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="131"/>
        <source>%1 of %2</source>
        <translation>⁨%1⁩، کل ⁨%2⁩ میں سے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="137"/>
        <source>and 1 sleep-in</source>
        <translation>اور 1 سلیپ اِن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="139"/>
        <source>and %1 sleep-ins</source>
        <translation>اور ⁨%1⁩ سلیپ اِن</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="147"/>
        <source>(%1m break)</source>
        <translation>(⁨%1⁩ منٹ وقفہ)</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="39"/>
        <source>Mon</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="39"/>
        <source>Tue</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="40"/>
        <source>Wed</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="40"/>
        <source>Thu</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="41"/>
        <source>Fri</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="41"/>
        <source>Sat</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="42"/>
        <source>Sun</source>
        <translation>اتوار</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="31"/>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="67"/>
        <source>Your vaults</source>
        <translation>آپ کی تجوریاں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="34"/>
        <source>&amp;Open selected vault</source>
        <translation>چنی ہوئی تجوری کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="36"/>
        <source>Open selected vault</source>
        <translation>چنی ہوئی تجوری کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="40"/>
        <source>&amp;Create a new vault</source>
        <translation>نئی تجوری بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="42"/>
        <source>Create a new vault</source>
        <translation>نئی تجوری بنائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="46"/>
        <source>Open a vault from a &amp;folder…</source>
        <translation>کسی فولڈر سے تجوری کھولیں (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="48"/>
        <source>Open a vault from a folder</source>
        <translation>کسی فولڈر سے تجوری کھولیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="52"/>
        <source>&amp;Text size and contrast…</source>
        <translation>لکھائی کا سائز اور کنٹراسٹ (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="54"/>
        <source>Text size and contrast</source>
        <translation>لکھائی کا سائز اور کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="58"/>
        <source>Help (F1)</source>
        <translation>مدد (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="58"/>
        <source>Help and guide (F1)</source>
        <translation>مدد اور گائیڈ (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="74"/>
        <source>Direct Payments Keeper</source>
        <translation>Direct Payments Keeper</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="78"/>
        <source>Keep track of your direct payment: money in, money out, receipts and your assistants&apos; hours. Everything stays private, locked on this computer.</source>
        <translation>اپنی ڈائریکٹ پیمنٹ (کونسل سے دیکھ بھال کے لیے ملنے والی رقم) کا حساب رکھیں: آنے والی رقم، جانے والی رقم، رسیدیں اور آپ کے معاونین (پی اے) کے گھنٹے۔ سب کچھ نجی رہتا ہے، اسی کمپیوٹر پر بند۔</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="53"/>
        <source>Who is signed in</source>
        <extracomment>Pages given the current session so far (the others get it when first shown).</extracomment>
        <translation>کون سائن ان ہے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="55"/>
        <source>Lock</source>
        <translation>تالا لگائیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="55"/>
        <source>Lock (Ctrl+L)</source>
        <translation>تالا لگائیں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="57"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>ابھی تجوری پر تالا لگائیں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="60"/>
        <source>What is this?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="62"/>
        <source>What is this page? Opens the guide (F1)</source>
        <translation>یہ صفحہ کیا ہے؟ گائیڈ کھولتا ہے (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="64"/>
        <source>Read about this page in the guide (F1)</source>
        <translation>گائیڈ میں اس صفحے کے بارے میں پڑھیں (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="73"/>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="76"/>
        <source>Home</source>
        <extracomment>(key, title, page) in navigation order. Home first, then Settings and Help last.</extracomment>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="77"/>
        <source>Money</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="78"/>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="79"/>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="80"/>
        <source>Staff</source>
        <translation>اسٹاف</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="81"/>
        <source>Statements</source>
        <translation>اسٹیٹمنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="82"/>
        <source>Plan and accounts</source>
        <translation>پلان اور اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="83"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="84"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="173"/>
        <source>Vault: %1</source>
        <translation>تجوری: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="177"/>
        <source>Signed in: %1 (with %2)</source>
        <translation>سائن ان: ⁨%1⁩ (⁨%2⁩ سے)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="179"/>
        <source>Signed in as %1, %3 (with %2)</source>
        <translation>سائن ان: ⁨%1⁩، ⁨%3⁩ (⁨%2⁩ سے)</translation>
    </message>
</context>
</TS>
