<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="29"/>
        <source>About %1</source>
        <translation>Ynghylch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="38"/>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="40"/>
        <source>New vaults are saved in this folder unless you choose another: %1</source>
        <translation>Mae claddgelloedd newydd yn cael eu cadw yn y ffolder hwn oni bai eich bod yn dewis un arall: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="43"/>
        <source>Your vault is in this folder: %1</source>
        <translation>Mae eich claddgell yn y ffolder hwn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="49"/>
        <source>All rights reserved by the Direct Payments Keeper authors. Made with Qt for Python (LGPL 3), SQLCipher (BSD) and the DejaVu fonts (free licence).</source>
        <translation>Cedwir pob hawl gan awduron Direct Payments Keeper. Wedi&apos;i wneud gyda Qt for Python (LGPL 3), SQLCipher (BSD) a ffontiau DejaVu (trwydded rydd).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="56"/>
        <source>Your records stay on this computer, locked with your passphrase. The app does not send anything over the internet.</source>
        <translation>Mae eich cofnodion yn aros ar y cyfrifiadur hwn, wedi&apos;u cloi â&apos;ch cyfrinymadrodd. Dydy&apos;r ap ddim yn anfon dim byd dros y rhyngrwyd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="63"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="41"/>
        <source>Leave or sickness for %1</source>
        <translation>Gwyliau neu salwch i %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="44"/>
        <source>Annual leave or sickness</source>
        <translation>Gwyliau blynyddol neu salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="47"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="48"/>
        <source>Hours that day</source>
        <translation>Oriau&apos;r diwrnod hwnnw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="49"/>
        <source>For example: 7.5, 7:30 or 7h 30m</source>
        <translation>Er enghraifft: 7.5, 7:30 neu 7h 30m</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="50"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="51"/>
        <source>Optional, for example: booked in June</source>
        <translation>Dewisol, er enghraifft: wedi&apos;i drefnu ym mis Mehefin</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="52"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="57"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="58"/>
        <source>&amp;Hours that day:</source>
        <translation>&amp;Oriau&apos;r diwrnod hwnnw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="59"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="65"/>
        <source>Record one day off at a time, with the hours your PA would have worked that day.</source>
        <translation>Cofnodwch un diwrnod i ffwrdd ar y tro, gyda&apos;r oriau y byddai eich CP wedi&apos;u gweithio&apos;r diwrnod hwnnw.</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="159"/>
        <source>whose vault this is</source>
        <translation>perchennog y gladdgell</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="160"/>
        <source>helper</source>
        <translation>helpwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="161"/>
        <source>advocate</source>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="166"/>
        <source>You can do everything: record and change money, receipts, hours, staff and the plan, make statements, and choose who else can open this vault.</source>
        <extracomment>What each role may do, in words for the person signed in (Settings, ``dpkeeper people``).</extracomment>
        <translation>Gallwch chi wneud popeth: cofnodi a newid arian, derbynebion, oriau, staff a&apos;r cynllun, gwneud datganiadau, a dewis pwy arall sy&apos;n gallu agor y gladdgell hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="171"/>
        <source>You can record money in and out, correct payments, add and match receipts, record hours, make statements and back up. You cannot delete anything, change the plan, accounts or staff details, mark a return as sent, or choose who can open the vault.</source>
        <translation>Gallwch chi gofnodi arian i mewn ac allan, cywiro taliadau, ychwanegu a pharu derbynebion, cofnodi oriau, gwneud datganiadau a gwneud copïau wrth gefn. Allwch chi ddim dileu dim byd, newid y cynllun, y cyfrifon na manylion staff, nodi bod ffurflen wedi&apos;i hanfon, na dewis pwy sy&apos;n gallu agor y gladdgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="177"/>
        <source>You can look at everything, make, save and print statements, and back up the vault. You cannot change the records.</source>
        <translation>Gallwch chi edrych ar bopeth, gwneud, cadw ac argraffu datganiadau, a gwneud copi wrth gefn o&apos;r gladdgell. Allwch chi ddim newid y cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="186"/>
        <source>Can record spending, money in, receipts and hours. Cannot delete, change the plan or staff details, or add people.</source>
        <extracomment>One line for each role the holder can give, for the &quot;Add a person&quot; choices.</extracomment>
        <translation>Yn gallu cofnodi gwariant, arian i mewn, derbynebion ac oriau. Ddim yn gallu dileu, newid y cynllun na manylion staff, nac ychwanegu pobl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="191"/>
        <source>Can look at everything and make statements for reviews. Cannot change anything.</source>
        <translation>Yn gallu edrych ar bopeth a gwneud datganiadau ar gyfer adolygiadau. Ddim yn gallu newid dim byd.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Change an account</source>
        <translation>Newid cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="39"/>
        <source>Account name</source>
        <translation>Enw&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="40"/>
        <source>For example: Direct payment account</source>
        <translation>Er enghraifft: Cyfrif taliadau uniongyrchol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="41"/>
        <source>Kind of account</source>
        <translation>Math o gyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="44"/>
        <source>Opening balance</source>
        <translation>Balans agoriadol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="45"/>
        <source>Opening date</source>
        <translation>Dyddiad agor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="46"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="49"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="51"/>
        <source>&amp;Money in it at the start (£):</source>
        <translation>&amp;Arian ynddo ar y dechrau (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="52"/>
        <source>&amp;On this date:</source>
        <translation>A&amp;r y dyddiad hwn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="57"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="65"/>
        <source>Use the balance on your bank statement (or the cash in the tin) on the day you start keeping records here.</source>
        <translation>Defnyddiwch y balans ar eich cyfriflen banc (neu&apos;r arian parod yn y tun) ar y diwrnod rydych chi&apos;n dechrau cadw cofnodion yma.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="40"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="41"/>
        <source>Add a person who can open this vault</source>
        <translation>Ychwanegu person sy&apos;n gallu agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="42"/>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helpwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>Helper</source>
        <translation>Helpwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>A&amp;dvocate</source>
        <translation>&amp;Eiriolwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>Advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="60"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="67"/>
        <source>Let them in</source>
        <translation>Gadael iddyn nhw ddod i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="68"/>
        <source>&amp;Let them in</source>
        <translation>&amp;Gadael iddyn nhw ddod i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="73"/>
        <source>&amp;Name:</source>
        <translation>E&amp;nw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="80"/>
        <source>They will open the vault with their own passphrase, and the history will show what they did. Choose the passphrase together, or let them type it.</source>
        <translation>Byddan nhw&apos;n agor y gladdgell â&apos;u cyfrinymadrodd eu hunain, a bydd yr hanes yn dangos beth wnaethon nhw. Dewiswch y cyfrinymadrodd gyda&apos;ch gilydd, neu gadewch iddyn nhw ei deipio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="86"/>
        <source>What may they do?</source>
        <translation>Beth gawn nhw ei wneud?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="91"/>
        <source>Roles stop mistakes and record who did what. They are not a lock: anyone who can open this vault could, with other tools, read everything in it. Only share the vault with people you trust.</source>
        <translation>Mae rolau&apos;n atal camgymeriadau ac yn cofnodi pwy wnaeth beth. Nid clo ydyn nhw: gallai unrhyw un sy&apos;n gallu agor y gladdgell hon, gydag offer eraill, ddarllen popeth sydd ynddi. Rhannwch y gladdgell â phobl rydych chi&apos;n ymddiried ynddyn nhw yn unig.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="122"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation>Teipiwch enw&apos;r person rydych chi&apos;n gadael i mewn.</translation>
    </message>
</context>
<context>
    <name>AllChangesDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="28"/>
        <source>Everything that changed</source>
        <translation>Popeth a newidiodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="31"/>
        <source>Changes, newest first</source>
        <translation>Newidiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="34"/>
        <source>Show &amp;older changes</source>
        <translation>Dangos newidiadau &amp;hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="36"/>
        <source>Show older changes</source>
        <translation>Dangos newidiadau hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="44"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="52"/>
        <source>Every change saved in this vault, newest first: when it was made, who made it, and what changed. Nothing can be taken out of this list.</source>
        <translation>Pob newid sydd wedi&apos;i gadw yn y gladdgell hon, y diweddaraf yn gyntaf: pryd y cafodd ei wneud, pwy a&apos;i gwnaeth, a beth a newidiodd. Does dim modd tynnu dim o&apos;r rhestr hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="71"/>
        <source>No older changes</source>
        <translation>Dim newidiadau hŷn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="73"/>
        <source>No changes are recorded yet.</source>
        <translation>Does dim newidiadau wedi&apos;u cofnodi eto.</translation>
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
        <translation>Am gopïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/automatic_backups.py" line="84"/>
        <source>Something unexpected got in the way (%1).</source>
        <translation>Daeth rhywbeth annisgwyl yn y ffordd (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/automatic_backups.py" line="89"/>
        <source>The automatic backup did not work this time. %1 The app will try again later.</source>
        <translation>Wnaeth y copi wrth gefn awtomatig ddim gweithio y tro hwn. %1 Bydd yr ap yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="76"/>
        <source>Automatic</source>
        <translation>Awtomatig</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="77"/>
        <source>Made by you</source>
        <translation>Wedi&apos;i wneud gennych chi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="78"/>
        <source>Before the app was updated</source>
        <translation>Cyn i&apos;r ap gael ei ddiweddaru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="79"/>
        <source>Before a backup was restored</source>
        <translation>Cyn i gopi wrth gefn gael ei adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="80"/>
        <source>Before a bank statement was imported</source>
        <translation>Cyn i gyfriflen banc gael ei mewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="81"/>
        <source>Before the passphrase was changed</source>
        <translation>Cyn i&apos;r cyfrinymadrodd gael ei newid</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="84"/>
        <source>Before a new recovery code was made</source>
        <translation>Cyn i god adfer newydd gael ei wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="87"/>
        <source>When the vault was closed</source>
        <translation>Pan gafodd y gladdgell ei chau</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="34"/>
        <source>Backups</source>
        <extracomment>After a restore: the vault opened again (a new Session), or None if it did not open.</extracomment>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="43"/>
        <source>The app backs up your records by itself when something changed (at most every %1 minutes) and when the vault is locked or closed. To keep a copy somewhere else, back up to a USB stick.</source>
        <translation>Mae&apos;r ap yn gwneud copi wrth gefn o&apos;ch cofnodion ar ei ben ei hun pan fydd rhywbeth wedi newid (dim mwy nag unwaith bob %1 munud) a phan fydd y gladdgell yn cael ei chloi neu ei chau. I gadw copi yn rhywle arall, gwnewch gopi wrth gefn ar gof bach USB.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="49"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Gwneud copi wrth gefn nawr…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="49"/>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="53"/>
        <source>Rest&amp;ore from a backup…</source>
        <translation>Adfe&amp;r o gopi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="55"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="58"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="62"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="62"/>
        <source>Keep the restored records</source>
        <translation>Cadw&apos;r cofnodion sydd wedi&apos;u hadfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="84"/>
        <source>A backup was put back recently. If your records look right, press Keep it. Until then, no old backups are tidied away.</source>
        <translation>Cafodd copi wrth gefn ei roi&apos;n ôl yn ddiweddar. Os yw eich cofnodion yn edrych yn iawn, pwyswch Ei gadw. Tan hynny, fydd dim hen gopïau wrth gefn yn cael eu clirio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="98"/>
        <source>There is no backup yet. Backups are kept in %1.</source>
        <translation>Does dim copi wrth gefn eto. Mae copïau wrth gefn yn cael eu cadw yn %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="101"/>
        <source>The last checked backup was made on %2 (%3). Backups are kept in %1.</source>
        <translation>Cafodd y copi wrth gefn diwethaf a wiriwyd ei wneud ar %2 (%3). Mae copïau wrth gefn yn cael eu cadw yn %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="135"/>
        <source>Making a backup and checking it…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn a&apos;i wirio…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="136"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="145"/>
        <source>Backed up to %1 and checked: it opens and nothing is missing.</source>
        <translation>Wedi gwneud copi wrth gefn yn %1 a&apos;i wirio: mae&apos;n agor a does dim byd ar goll.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="158"/>
        <source>The backup did not work (%1). Your records are unchanged.</source>
        <translation>Wnaeth y copi wrth gefn ddim gweithio (%1). Mae eich cofnodion heb eu newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="188"/>
        <source>Restored the backup from %1. If anything looks wrong, restore the backup marked “%2”. If your records look right, press Keep it.</source>
        <translation>Wedi adfer y copi wrth gefn o %1. Os oes unrhyw beth yn edrych yn anghywir, adferwch y copi wrth gefn sydd wedi&apos;i nodi “%2”. Os yw eich cofnodion yn edrych yn iawn, pwyswch Ei gadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/backups_box.py" line="218"/>
        <source>Thank you. Old backups will be tidied away as usual again.</source>
        <translation>Diolch. Bydd hen gopïau wrth gefn yn cael eu clirio fel arfer eto.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="61"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="64"/>
        <source>Name of the budget line</source>
        <translation>Enw&apos;r llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="65"/>
        <source>For example: PA support</source>
        <translation>Er enghraifft: Cymorth CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="66"/>
        <source>Spending category</source>
        <translation>Categori gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="71"/>
        <source>Hours of support</source>
        <translation>Oriau o gymorth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount of money</source>
        <translation>Swm o arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="76"/>
        <source>Hours a week</source>
        <translation>Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="77"/>
        <source>Hourly rate in pounds</source>
        <translation>Cyfradd yr awr mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="79"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="82"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="86"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="88"/>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Oriau&apos;r wythnos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="89"/>
        <source>Hourly &amp;rate (£):</source>
        <translation>Cyf&amp;radd yr awr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="91"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="92"/>
        <source>&amp;How often:</source>
        <translation>&amp;Pa mor aml:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="97"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="29"/>
        <source>PA wages</source>
        <extracomment>(key, English name, direction, needs a note). The keys never change; names are translated.</extracomment>
        <translation>Cyflogau CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="30"/>
        <source>HMRC tax and NI</source>
        <translation>Treth ac YG CThEF</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="31"/>
        <source>Pension</source>
        <translation>Pensiwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="32"/>
        <source>Payroll service</source>
        <translation>Gwasanaeth cyflogres</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="33"/>
        <source>Agency care</source>
        <translation>Gofal asiantaeth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="34"/>
        <source>Respite and short breaks</source>
        <translation>Seibiant a seibiannau byr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="35"/>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="36"/>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="37"/>
        <source>Equipment</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="38"/>
        <source>Insurance</source>
        <translation>Yswiriant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="39"/>
        <source>DBS and recruitment</source>
        <translation>DBS a recriwtio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="40"/>
        <source>Bank charges</source>
        <translation>Ffioedd banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="41"/>
        <source>Other (say what)</source>
        <translation>Arall (dywedwch beth)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="44"/>
        <source>Refund to council</source>
        <translation>Ad-daliad i&apos;r cyngor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="48"/>
        <source>Council payment</source>
        <translation>Taliad y cyngor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="49"/>
        <source>My contribution</source>
        <translation>Fy nghyfraniad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="50"/>
        <source>NHS payment</source>
        <translation>Taliad GIG</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="51"/>
        <source>Refund</source>
        <translation>Ad-daliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="52"/>
        <source>Interest</source>
        <translation>Llog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/categories.py" line="53"/>
        <source>Other money in (say what)</source>
        <translation>Arian arall i mewn (dywedwch beth)</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="67"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="68"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="18"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="19"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="27"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="21"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="32"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="40"/>
        <source>Your records stay as they are. Only the passphrase that opens them changes.</source>
        <translation>Mae eich cofnodion yn aros fel y maen nhw. Dim ond y cyfrinymadrodd sy&apos;n eu hagor sy&apos;n newid.</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="33"/>
        <source>Employer&apos;s liability insurance</source>
        <translation>Yswiriant atebolrwydd cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="36"/>
        <source>Checks for %1</source>
        <translation>Gwiriadau ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="44"/>
        <source>Done on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="45"/>
        <source>Renew or follow up by</source>
        <translation>Adnewyddu neu ddilyn i fyny erbyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="46"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="50"/>
        <source>%1 done on</source>
        <translation>%1 wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="53"/>
        <source>%1 due by</source>
        <translation>%1 yn ddyledus erbyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="56"/>
        <source>%1 note</source>
        <translation>Nodyn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="59"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="72"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="79"/>
        <source>Fill in the dates you know. Home reminds you 30 days before a “renew or follow up by” date. Leave a date empty if it does not apply.</source>
        <translation>Llenwch y dyddiadau rydych chi&apos;n eu gwybod. Bydd Hafan yn eich atgoffa 30 diwrnod cyn dyddiad “adnewyddu neu ddilyn i fyny erbyn”. Gadewch ddyddiad yn wag os nad yw&apos;n berthnasol.</translation>
    </message>
</context>
<context>
    <name>CodeCheckFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="18"/>
        <source>Last two groups of the recovery code</source>
        <translation>Dau grŵp olaf y cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="21"/>
        <source>Recovery code check</source>
        <translation>Gwirio&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="24"/>
        <source>&amp;Last two groups:</source>
        <translation>&amp;Dau grŵp olaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="30"/>
        <source>To check you have your recovery code safe, please type its last two groups of four (the 6th and 7th). Capital or small letters are both fine.</source>
        <translation>I wirio bod eich cod adfer yn ddiogel gennych, teipiwch ei ddau grŵp olaf o bedwar (y 6ed a&apos;r 7fed). Mae priflythrennau neu lythrennau bach yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="52"/>
        <source>That doesn&apos;t match the code. Go back to look at it again, then type the last two groups.</source>
        <translation>Dydy hynny ddim yn cyfateb i&apos;r cod. Ewch yn ôl i edrych arno eto, yna teipiwch y ddau grŵp olaf.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="37"/>
        <source>The start of the file</source>
        <translation>Dechrau&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="44"/>
        <source>Date column</source>
        <translation>Colofn y dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="45"/>
        <source>Description column</source>
        <translation>Colofn y disgrifiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="46"/>
        <source>Amount column</source>
        <translation>Colofn y swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="47"/>
        <source>Money out column</source>
        <translation>Colofn arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="48"/>
        <source>Money in column</source>
        <translation>Colofn arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="49"/>
        <source>Balance column</source>
        <translation>Colofn y balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="51"/>
        <source>Money &amp;out is shown without a minus sign</source>
        <translation>Mae arian &amp;allan yn cael ei ddangos heb arwydd minws</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="53"/>
        <source>Money out is shown without a minus sign</source>
        <translation>Mae arian allan yn cael ei ddangos heb arwydd minws</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="60"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="61"/>
        <source>Des&amp;cription (who was paid):</source>
        <translation>Dis&amp;grifiad (pwy gafodd ei dalu):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="62"/>
        <source>&amp;Amount (in and out in one column):</source>
        <translation>&amp;Swm (i mewn ac allan mewn un golofn):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="63"/>
        <source>Money ou&amp;t:</source>
        <translation>Arian a&amp;llan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="64"/>
        <source>Money &amp;in:</source>
        <translation>Arian i &amp;mewn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="65"/>
        <source>&amp;Balance (if there is one):</source>
        <translation>&amp;Balans (os oes un):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="71"/>
        <source>Choose either the amount column, or the money out and money in columns. Check the rows below look right before you go on.</source>
        <translation>Dewiswch naill ai golofn y swm, neu&apos;r colofnau arian allan ac arian i mewn. Gwiriwch fod y rhesi isod yn edrych yn iawn cyn mynd ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="75"/>
        <source>How the rows will read</source>
        <translation>Sut bydd y rhesi&apos;n edrych</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="84"/>
        <source>The start of the file:</source>
        <translation>Dechrau&apos;r ffeil:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="88"/>
        <source>How the first rows will read:</source>
        <translation>Sut bydd y rhesi cyntaf yn edrych:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="123"/>
        <source>(not in this file)</source>
        <translation>(ddim yn y ffeil hon)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="178"/>
        <source>Please choose the column that holds the date.</source>
        <translation>Dewiswch y golofn sy&apos;n dal y dyddiad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="217"/>
        <source>balance %1</source>
        <translation>balans %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="46"/>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="56"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="60"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="88"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="91"/>
        <source>Where the vault is kept</source>
        <translation>Ble mae&apos;r gladdgell yn cael ei chadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>C&amp;hange folder…</source>
        <translation>Newid y &amp;ffolder…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>Change folder</source>
        <translation>Newid y ffolder</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="99"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="106"/>
        <source>A vault keeps one person&apos;s direct payment records, locked with a passphrase. Whose records will it hold? (If you help someone else, type their name.)</source>
        <translation>Mae claddgell yn cadw cofnodion taliadau uniongyrchol un person, wedi&apos;u cloi â chyfrinymadrodd. Cofnodion pwy fydd ynddi? (Os ydych chi&apos;n helpu rhywun arall, teipiwch eu henw nhw.)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="134"/>
        <source>Your vault will be kept in this folder: %1</source>
        <translation>Bydd eich claddgell yn cael ei chadw yn y ffolder hwn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="147"/>
        <source>Whose records are these?</source>
        <translation>Cofnodion pwy yw&apos;r rhain?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="148"/>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="149"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="150"/>
        <source>Check your recovery code</source>
        <translation>Gwiriwch eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="155"/>
        <source>Step %1 of 4</source>
        <translation>Cam %1 o 4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Create my vault</source>
        <translation>&amp;Creu fy nghladdgell</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="207"/>
        <source>Setting up your vault…</source>
        <translation>Wrthi&apos;n paratoi eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="224"/>
        <source>Something went wrong and the vault was not made (%1). Nothing was saved. Please try again, perhaps in another folder.</source>
        <translation>Aeth rhywbeth o&apos;i le, a doedd dim modd creu&apos;r gladdgell (%1). Chafodd dim byd ei gadw. Rhowch gynnig arall arni, efallai mewn ffolder arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="233"/>
        <source>Stop making a vault?</source>
        <translation>Rhoi&apos;r gorau i greu claddgell?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="234"/>
        <source>Nothing has been saved yet. Do you want to stop?</source>
        <translation>Does dim byd wedi&apos;i gadw eto. Ydych chi eisiau stopio?</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/display.py" line="21"/>
        <source>Text size and contrast</source>
        <translation>Maint testun a chyferbyniad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/display.py" line="27"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="28"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="30"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="32"/>
        <source>%1 (usual size)</source>
        <translation>%1 (maint arferol)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="34"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Maint y testun:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="37"/>
        <source>Hi&amp;gh contrast (light text on black)</source>
        <translation>&amp;Cyferbyniad uchel (testun golau ar ddu)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="39"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/display_options.py" line="52"/>
        <source>Changes show straight away. They are kept on this computer, for every vault.</source>
        <translation>Mae&apos;r newidiadau&apos;n dangos ar unwaith. Maen nhw&apos;n cael eu cadw ar y cyfrifiadur hwn, ar gyfer pob claddgell.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="73"/>
        <source>Only the person whose vault this is, or a helper, can record money in or out. You are signed in as {who}, so nothing was changed.</source>
        <extracomment>The roles the holder can give to someone else.</extracomment>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon, neu helpwr, sy&apos;n gallu cofnodi arian i mewn neu allan. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="78"/>
        <source>Only the person whose vault this is, or a helper, can change payments. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon, neu helpwr, sy&apos;n gallu newid taliadau. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="83"/>
        <source>Only the person whose vault this is can delete things, or bring deleted things back. You are signed in as {who}, so nothing was changed. If something needs deleting, please ask them.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu dileu pethau, neu ddod â phethau sydd wedi&apos;u dileu yn ôl. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid. Os oes angen dileu rhywbeth, gofynnwch iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="89"/>
        <source>Only the person whose vault this is, or a helper, can add or match receipts. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon, neu helpwr, sy&apos;n gallu ychwanegu neu baru derbynebion. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="94"/>
        <source>Only the person whose vault this is, or a helper, can record hours. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon, neu helpwr, sy&apos;n gallu cofnodi oriau. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="99"/>
        <source>Only the person whose vault this is can change PAs&apos; details, checks or pay. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu newid manylion, gwiriadau neu gyflog CPau. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="104"/>
        <source>Only the person whose vault this is can change the support plan, accounts or categories. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu newid y cynllun cymorth, y cyfrifon neu&apos;r categorïau. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="109"/>
        <source>Only the person whose vault this is can import bank statements. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu mewnforio cyfriflenni banc. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="114"/>
        <source>Statements cannot be made while you are signed in as {who}.</source>
        <translation>Does dim modd gwneud datganiadau tra byddwch chi wedi mewngofnodi fel {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="118"/>
        <source>Only the person whose vault this is can mark a return as sent, or reopen a period. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu nodi bod ffurflen wedi&apos;i hanfon, neu ailagor cyfnod. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="123"/>
        <source>Only the person whose vault this is can choose who else can open it. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu dewis pwy arall sy&apos;n gallu ei hagor. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="128"/>
        <source>Your passphrase cannot be changed while you are signed in as {who}.</source>
        <translation>Does dim modd newid eich cyfrinymadrodd tra byddwch chi wedi mewngofnodi fel {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="132"/>
        <source>Only the person whose vault this is can make a new recovery code. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu gwneud cod adfer newydd. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="137"/>
        <source>Only the person whose vault this is can change this vault&apos;s settings. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu newid gosodiadau&apos;r gladdgell. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="142"/>
        <source>Backups cannot be made while you are signed in as {who}.</source>
        <translation>Does dim modd gwneud copïau wrth gefn tra byddwch chi wedi mewngofnodi fel {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="146"/>
        <source>Only the person whose vault this is can put back a backup. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon sy&apos;n gallu rhoi copi wrth gefn yn ôl. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/access.py" line="151"/>
        <source>Only the person whose vault this is, or a helper, can undo changes. You are signed in as {who}, so nothing was changed.</source>
        <translation>Dim ond y person sydd biau&apos;r gladdgell hon, neu helpwr, sy&apos;n gallu dadwneud newidiadau. Rydych chi wedi mewngofnodi fel {who}, felly chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/dates.py" line="31"/>
        <source>“{text}” doesn&apos;t look like a date. Please type it like 03/06/2026.</source>
        <translation>Dydy “{text}” ddim yn edrych fel dyddiad. Teipiwch ef fel 03/06/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="39"/>
        <source>There is already something at {path}. Nothing was changed. Please choose a different name or folder for the new vault.</source>
        <translation>Mae rhywbeth yn {path} yn barod. Chafodd dim byd ei newid. Dewiswch enw neu ffolder gwahanol ar gyfer y gladdgell newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="65"/>
        <source>This vault was saved by a newer version of Direct Payments Keeper (records version {found}; this version understands up to {supported}). Nothing was changed. Please install the newer version to open it.</source>
        <translation>Cafodd y gladdgell hon ei chadw gan fersiwn fwy newydd o Direct Payments Keeper (fersiwn cofnodion {found}; mae&apos;r fersiwn hon yn deall hyd at {supported}). Chafodd dim byd ei newid. Gosodwch y fersiwn fwy newydd i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/errors.py" line="95"/>
        <source>This vault is open in another window of Direct Payments Keeper, or a dpkeeper command is using it. Only one window can change a vault at a time, so nothing is lost. Close the vault there (or wait for the command to finish), then try again.</source>
        <translation>Mae&apos;r gladdgell hon ar agor mewn ffenestr arall o Direct Payments Keeper, neu mae gorchymyn dpkeeper yn ei defnyddio. Dim ond un ffenestr sy&apos;n gallu newid claddgell ar y tro, fel nad oes dim yn cael ei golli. Caewch y gladdgell yno (neu arhoswch i&apos;r gorchymyn orffen), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="30"/>
        <source>“{text}” doesn&apos;t look like an amount of money. Please type it like 12.50 or £1,234.56.</source>
        <extracomment>The largest single amount the app accepts: far above any direct payment, well inside SQLite.</extracomment>
        <translation>Dydy “{text}” ddim yn edrych fel swm o arian. Teipiwch ef fel 12.50 neu £1,234.56.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="46"/>
        <source>Please type an amount, for example 12.50.</source>
        <translation>Teipiwch swm, er enghraifft 12.50.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="72"/>
        <source>{amount} is more than this app can record. Please check the amount.</source>
        <translation>Mae {amount} yn fwy nag y gall yr ap hwn ei gofnodi. Gwiriwch y swm.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/money.py" line="79"/>
        <source>Please type the amount without a minus sign. Choose “money in” or “money out” to say which way it went.</source>
        <translation>Teipiwch y swm heb arwydd minws. Dewiswch “arian i mewn” neu “arian allan” i ddweud pa ffordd yr aeth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="38"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="50"/>
        <source>Please use at least {minimum} characters. A few everyday words in a row, like &apos;kettle garden blue&apos;, work well.</source>
        <translation>Defnyddiwch o leiaf {minimum} nod. Mae ambell air bob dydd yn olynol, fel &apos;tegell gardd glas&apos;, yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="59"/>
        <source>Please use a passphrase shorter than {maximum} characters.</source>
        <translation>Defnyddiwch gyfrinymadrodd sy&apos;n fyrrach na {maximum} nod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="85"/>
        <source>Keep going: at least {minimum} characters are needed.</source>
        <translation>Daliwch ati: mae angen o leiaf {minimum} nod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="88"/>
        <source>This will work. Adding another word would make it stronger.</source>
        <translation>Bydd hwn yn gweithio. Byddai ychwanegu gair arall yn ei wneud yn gryfach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="91"/>
        <source>Good. This is a sensible passphrase.</source>
        <translation>Da. Mae hwn yn gyfrinymadrodd synhwyrol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/passphrase.py" line="92"/>
        <source>Strong. This is a very good passphrase.</source>
        <translation>Cryf. Mae hwn yn gyfrinymadrodd da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="132"/>
        <source>Please type the name of the council or NHS team that pays you.</source>
        <translation>Teipiwch enw&apos;r cyngor neu&apos;r tîm GIG sy&apos;n eich talu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="138"/>
        <source>Please choose at least one place the money comes from.</source>
        <translation>Dewiswch o leiaf un lle mae&apos;r arian yn dod ohono.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="142"/>
        <source>Please type how much is paid each time, for example 1,200.00.</source>
        <translation>Teipiwch faint sy&apos;n cael ei dalu bob tro, er enghraifft 1,200.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="147"/>
        <source>The contribution can&apos;t be less than £0.</source>
        <translation>Does dim modd i&apos;r cyfraniad fod yn llai na £0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="150"/>
        <source>Section 117 aftercare is free, so there is no contribution to pay. Please set the contribution to £0.</source>
        <translation>Mae ôl-ofal Adran 117 am ddim, felly does dim cyfraniad i&apos;w dalu. Rhowch y cyfraniad fel £0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="158"/>
        <source>The review date is before the plan starts. Please check the dates.</source>
        <translation>Mae dyddiad yr adolygiad cyn i&apos;r cynllun ddechrau. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="164"/>
        <source>Please choose a warning level between 1 and 52 weeks of money.</source>
        <translation>Dewiswch lefel rhybudd rhwng 1 a 52 wythnos o arian.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="173"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="146"/>
        <source>Each budget line needs a name, like “PA support”.</source>
        <translation>Mae angen enw ar bob llinell gyllideb, fel “Cymorth CP”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="177"/>
        <source>There are two budget lines called “{name}”. Please rename one.</source>
        <translation>Mae dwy linell gyllideb o&apos;r enw “{name}”. Rhowch enw newydd i un ohonyn nhw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="186"/>
        <source>“{name}” needs hours a week and an hourly rate above zero.</source>
        <translation>Mae angen oriau&apos;r wythnos a chyfradd yr awr uwchlaw sero ar “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="193"/>
        <source>“{name}” needs an amount above zero.</source>
        <translation>Mae angen swm uwchlaw sero ar “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="150"/>
        <source>Please type the PA&apos;s name.</source>
        <translation>Teipiwch enw&apos;r CP.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="153"/>
        <source>The end date is before the start date. Please check it.</source>
        <translation>Mae&apos;r dyddiad gorffen cyn y dyddiad dechrau. Gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="159"/>
        <source>Contracted hours need to be more than 0 and no more than 168 a week. For hours that change from week to week, choose irregular hours.</source>
        <translation>Mae angen i&apos;r oriau dan gontract fod yn fwy na 0 a dim mwy na 168 yr wythnos. Ar gyfer oriau sy&apos;n newid o wythnos i wythnos, dewiswch oriau afreolaidd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="167"/>
        <source>A PA with irregular hours builds up holiday as they work. Please choose “builds up” or “rolled-up” holiday.</source>
        <translation>Mae CP ag oriau afreolaidd yn cronni gwyliau wrth weithio. Dewiswch wyliau sy&apos;n “cronni” neu sydd “wedi&apos;u rholio i mewn”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="176"/>
        <source>Each pay rate needs to be more than £0.</source>
        <translation>Mae angen i bob cyfradd cyflog fod yn fwy na £0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="247"/>
        <source>Minutes cannot be less than 0.</source>
        <translation>Does dim modd i&apos;r munudau fod yn llai na 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="250"/>
        <source>The break is as long as the shift. Please check the times and break.</source>
        <translation>Mae&apos;r egwyl mor hir â&apos;r shifft. Gwiriwch yr amseroedd a&apos;r egwyl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="256"/>
        <source>The time awake is longer than the sleep-in. Please check it.</source>
        <translation>Mae&apos;r amser effro yn hirach na&apos;r cyfnod cysgu i mewn. Gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="262"/>
        <source>Time awake is only for sleep-in shifts.</source>
        <translation>Dim ond ar gyfer shifftiau cysgu i mewn mae amser effro.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="331"/>
        <source>“{word}” is not a kind of shift. Use day, evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night).</source>
        <translation>Dydy “{word}” ddim yn fath o shifft. Defnyddiwch day (dydd), evening (gyda&apos;r nos), night (nos), weekend (penwythnos), bh (gŵyl banc), sleep (cysgu i mewn) neu waking (noson effro).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="356"/>
        <source>“{text}” doesn&apos;t look like a shift. Please type the start and end, like 9-17 or 09:00-17:30, then the break in minutes if there was one, like 9-17 30.</source>
        <translation>Dydy “{text}” ddim yn edrych fel shifft. Teipiwch yr amser dechrau a gorffen, fel 9-17 neu 09:00-17:30, yna&apos;r egwyl mewn munudau os oedd un, fel 9-17 30.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="396"/>
        <source>Please give the hours for that day, more than 0.</source>
        <translation>Rhowch yr oriau ar gyfer y diwrnod hwnnw, mwy na 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="426"/>
        <source>Please type the hours, like 7.5 or 7:30.</source>
        <translation>Teipiwch yr oriau, fel 7.5 neu 7:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="438"/>
        <source>“{text}” doesn&apos;t look like hours. Please type them like 7.5, 7:30 or 7h 30m.</source>
        <translation>Dydy “{text}” ddim yn edrych fel oriau. Teipiwch nhw fel 7.5, 7:30 neu 7h 30m.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="447"/>
        <source>A day has at most 24 hours. Please check the hours.</source>
        <translation>Mae 24 awr ar y mwyaf mewn diwrnod. Gwiriwch yr oriau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="450"/>
        <source>A week has at most 168 hours. Please check the hours.</source>
        <translation>Mae 168 awr ar y mwyaf mewn wythnos. Gwiriwch yr oriau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="101"/>
        <source>Line {line} could not be read: it is not laid out like a CSV file. Nothing was imported. Please download the statement again.</source>
        <extracomment>How far down a file a header row may be (below the bank&apos;s preamble).</extracomment>
        <translation>Doedd dim modd darllen llinell {line}: dydy hi ddim wedi&apos;i gosod fel ffeil CSV. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="170"/>
        <source>Please choose the amount column, or the money out and money in columns.</source>
        <translation>Dewiswch golofn y swm, neu&apos;r colofnau arian allan ac arian i mewn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="174"/>
        <source>Please choose the column that says who was paid.</source>
        <translation>Dewiswch y golofn sy&apos;n dweud pwy gafodd ei dalu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="180"/>
        <source>One of the chosen columns is not in this file.</source>
        <translation>Dydy un o&apos;r colofnau a ddewiswyd ddim yn y ffeil hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="185"/>
        <source>Each column can only be used once. Please choose different columns.</source>
        <translation>Dim ond unwaith mae modd defnyddio pob colofn. Dewiswch golofnau gwahanol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="332"/>
        <source>Line {line} looks cut short: it has {found} of the {expected} columns. The file may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>Mae&apos;n edrych fel bod llinell {line} wedi&apos;i thorri&apos;n fyr: mae ganddi {found} o&apos;r {expected} colofn. Efallai nad yw&apos;r ffeil wedi&apos;i lawrlwytho&apos;n llawn. Chafodd dim byd ei fewnforio. Lawrlwythwch hi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="350"/>
        <source>Line {line} could not be read. Nothing was imported.</source>
        <translation>Doedd dim modd darllen llinell {line}. Chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/csv_mapping.py" line="376"/>
        <source>Line {line} has no amount of money. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>Does dim swm o arian ar linell {line}. Chafodd dim byd ei fewnforio. Gwiriwch mai dyma&apos;r ffeil a roddodd eich banc i chi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="18"/>
        <source>This is a PDF file, not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Ffeil PDF yw hon, nid allforiad cyfriflen. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="27"/>
        <source>This is a picture (PNG), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Llun (PNG) yw hwn, nid allforiad cyfriflen. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="36"/>
        <source>This is a photo (JPEG), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Ffotograff (JPEG) yw hwn, nid allforiad cyfriflen. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="45"/>
        <source>This is a picture (GIF), not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Llun (GIF) yw hwn, nid allforiad cyfriflen. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="54"/>
        <source>This is a zip file or an Excel spreadsheet. Excel can save it as CSV. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Ffeil zip neu daenlen Excel yw hon. Gall Excel ei chadw fel CSV. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="63"/>
        <source>This is an Excel spreadsheet. Excel can save it as CSV. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Taenlen Excel yw hon. Gall Excel ei chadw fel CSV. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="77"/>
        <source>This file is bigger than 20 MB, far bigger than a bank statement. Nothing was imported. Please check you chose the right file, or download a shorter period.</source>
        <translation>Mae&apos;r ffeil hon yn fwy na 20 MB, yn llawer mwy na chyfriflen banc. Chafodd dim byd ei fewnforio. Gwiriwch eich bod wedi dewis y ffeil gywir, neu lawrlwythwch gyfnod byrrach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="85"/>
        <source>This file is empty. Nothing was imported. Please download the statement again.</source>
        <translation>Mae&apos;r ffeil hon yn wag. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/decode.py" line="109"/>
        <source>This file is not a text file, so it is not a statement export. Nothing was imported. Please download the statement from your online banking as a CSV, OFX or QIF file instead.</source>
        <translation>Dydy&apos;r ffeil hon ddim yn ffeil testun, felly dydy hi ddim yn allforiad cyfriflen. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen o&apos;ch bancio ar-lein fel ffeil CSV, OFX neu QIF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/ofx.py" line="55"/>
        <source>This OFX file stops at line {line} before its end. It may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>Mae&apos;r ffeil OFX hon yn stopio ar linell {line} cyn ei diwedd. Efallai nad yw wedi&apos;i lawrlwytho&apos;n llawn. Chafodd dim byd ei fewnforio. Lawrlwythwch hi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/pdf_pages.py" line="23"/>
        <source>This PDF could not be read. It may be damaged or locked with a password.</source>
        <translation>Doedd dim modd darllen y PDF hwn. Efallai ei fod wedi&apos;i ddifrodi neu wedi&apos;i gloi â chyfrinair.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/pdf_pages.py" line="65"/>
        <source>This PDF has {pages} page(s), so there is no page {page}.</source>
        <translation>Mae gan y PDF hwn {pages} tudalen, felly does dim tudalen {page}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/qif.py" line="51"/>
        <source>This QIF file stops at line {line}, part-way through a payment. It may not have downloaded completely. Nothing was imported. Please download it again.</source>
        <translation>Mae&apos;r ffeil QIF hon yn stopio ar linell {line}, hanner ffordd drwy daliad. Efallai nad yw wedi&apos;i lawrlwytho&apos;n llawn. Chafodd dim byd ei fewnforio. Lawrlwythwch hi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="61"/>
        <source>{name} could not be read. It may be damaged or incomplete. Please try saving it again.</source>
        <translation>Doedd dim modd darllen {name}. Efallai ei fod wedi&apos;i ddifrodi neu&apos;n anghyflawn. Ceisiwch ei gadw eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="72"/>
        <source>{name} is {size} MB. Receipts can be up to 40 MB. Please take a smaller photo or scan.</source>
        <translation>Mae {name} yn {size} MB. Gall derbynebion fod hyd at 40 MB. Tynnwch lun neu sgan llai.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="84"/>
        <source>{name} is a picture of more than 100 megapixels, too large to show. Please take a smaller photo or scan.</source>
        <translation>Mae {name} yn llun o fwy na 100 megapicsel, sy&apos;n rhy fawr i&apos;w ddangos. Tynnwch lun neu sgan llai.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="118"/>
        <source>{name} could not be opened ({reason}). Please check the file is there.</source>
        <translation>Doedd dim modd agor {name} ({reason}). Gwiriwch fod y ffeil yno.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="137"/>
        <source>{name} is empty. Please choose the photo or PDF again.</source>
        <translation>Mae {name} yn wag. Dewiswch y llun neu&apos;r PDF eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="145"/>
        <source>{name} is not a photo or PDF this app can read. Please use a JPEG, PNG, WebP or HEIC photo, or a PDF.</source>
        <translation>Dydy {name} ddim yn llun nac yn PDF y gall yr ap hwn ei ddarllen. Defnyddiwch lun JPEG, PNG, WebP neu HEIC, neu PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/receipt_files.py" line="236"/>
        <source>{name} is locked with a password. Please save a copy without the password, or take a photo of it instead.</source>
        <translation>Mae {name} wedi&apos;i gloi â chyfrinair. Cadwch gopi heb y cyfrinair, neu tynnwch lun ohono yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="36"/>
        <source>The columns in this file were not recognised. Please say which column holds the date, the description and the amount.</source>
        <extracomment>Bank rows dated outside these years are treated as mistakes in the file.</extracomment>
        <translation>Doedd colofnau&apos;r ffeil hon ddim yn gyfarwydd. Dywedwch pa golofn sy&apos;n dal y dyddiad, y disgrifiad a&apos;r swm.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="76"/>
        <source>No payments were found in this file. Nothing was imported. Please check it is the statement you meant, downloaded from your online banking as CSV, OFX or QIF.</source>
        <translation>Chafwyd dim taliadau yn y ffeil hon. Chafodd dim byd ei fewnforio. Gwiriwch mai dyma&apos;r gyfriflen roeddech chi&apos;n ei meddwl, wedi&apos;i lawrlwytho o&apos;ch bancio ar-lein fel CSV, OFX neu QIF.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="86"/>
        <source>The payment at line {line} has no date or no amount. Nothing was imported. Please download the statement again.</source>
        <translation>Does dim dyddiad neu ddim swm gan y taliad ar linell {line}. Chafodd dim byd ei fewnforio. Lawrlwythwch y gyfriflen eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="109"/>
        <source>Line {line} could not be read: “{text}” is not a date. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>Doedd dim modd darllen llinell {line}: dydy “{text}” ddim yn ddyddiad. Chafodd dim byd ei fewnforio. Gwiriwch mai dyma&apos;r ffeil a roddodd eich banc i chi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/importers/statement.py" line="150"/>
        <source>Line {line} could not be read: “{text}” is not an amount of money. Nothing was imported. Please check the file is the one your bank gave you.</source>
        <translation>Doedd dim modd darllen llinell {line}: dydy “{text}” ddim yn swm o arian. Chafodd dim byd ei fewnforio. Gwiriwch mai dyma&apos;r ffeil a roddodd eich banc i chi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="76"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation>Teipiwch enw&apos;r person rydych chi&apos;n gadael i mewn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="80"/>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="65"/>
        <source>Please use a name shorter than {limit} characters.</source>
        <translation>Defnyddiwch enw sy&apos;n fyrrach na {limit} nod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="85"/>
        <source>Someone called “{name}” can already open this vault. Please add a surname or initial, so the history shows who did what.</source>
        <translation>Mae rhywun o&apos;r enw “{name}” yn gallu agor y gladdgell hon yn barod. Ychwanegwch gyfenw neu lythyren gyntaf, fel bod yr hanes yn dangos pwy wnaeth beth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="100"/>
        <source>Please choose helper or advocate.</source>
        <translation>Dewiswch helpwr neu eiriolwr.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="104"/>
        <source>This vault cannot let anyone else in: it has the most ways in it can hold. Remove someone who no longer needs access first.</source>
        <translation>Does dim modd i&apos;r gladdgell hon adael neb arall i mewn: mae ganddi&apos;r nifer mwyaf o ffyrdd i mewn y gall eu dal. Tynnwch fynediad rhywun sydd ddim ei angen bellach yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="112"/>
        <source>That passphrase already opens this vault. Please choose a different one for {name}, so the app knows who is signing in.</source>
        <translation>Mae&apos;r cyfrinymadrodd hwnnw&apos;n agor y gladdgell hon yn barod. Dewiswch un gwahanol ar gyfer {name}, fel bod yr ap yn gwybod pwy sy&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="145"/>
        <source>Nobody called “{name}” can open this vault. The people who can are: {names}.</source>
        <translation>Does neb o&apos;r enw “{name}” yn gallu agor y gladdgell hon. Y bobl sy&apos;n gallu yw: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="159"/>
        <source>You cannot remove yourself. Nothing was changed.</source>
        <translation>Allwch chi ddim tynnu eich hun. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/access.py" line="163"/>
        <source>The person whose vault this is cannot be removed: the vault would have nobody to look after it. Nothing was changed.</source>
        <translation>Does dim modd tynnu&apos;r person sydd biau&apos;r gladdgell: fyddai gan y gladdgell neb i ofalu amdani. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="204"/>
        <source>There is no folder at {folder}. Nothing was saved. If it is on a USB stick, check that the stick is plugged in, then choose the folder again.</source>
        <translation>Does dim ffolder yn {folder}. Chafodd dim byd ei gadw. Os yw ar gofbin USB, gwiriwch fod y cofbin wedi&apos;i blygio i mewn, yna dewiswch y ffolder eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="447"/>
        <source>This backup is of a different vault, so it cannot be restored into this one. Nothing was changed. Please choose a backup of this vault.</source>
        <translation>Copi wrth gefn o gladdgell wahanol yw hwn, felly does dim modd ei adfer i&apos;r un yma. Chafodd dim byd ei newid. Dewiswch gopi wrth gefn o&apos;r gladdgell hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="591"/>
        <source>The folder {folder} holds a different vault, so this backup was not put there. Nothing was changed. Please choose another folder for the restored vault.</source>
        <translation>Mae&apos;r ffolder {folder} yn dal claddgell wahanol, felly chafodd y copi wrth gefn hwn ddim ei roi yno. Chafodd dim byd ei newid. Dewiswch ffolder arall ar gyfer y gladdgell sy&apos;n cael ei hadfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/backups.py" line="641"/>
        <source>That didn&apos;t open this backup. Use the passphrase or recovery code that opened the vault on the day the backup was made (or today&apos;s, if the vault&apos;s key file still reads). Check that Caps Lock is off and try again.</source>
        <translation>Wnaeth hynny ddim agor y copi wrth gefn hwn. Defnyddiwch y cyfrinymadrodd neu&apos;r cod adfer a oedd yn agor y gladdgell ar y diwrnod y cafodd y copi wrth gefn ei wneud (neu&apos;r un heddiw, os oes modd darllen ffeil allwedd y gladdgell o hyd). Gwiriwch fod Caps Lock i ffwrdd a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="252"/>
        <source>Please choose which account this statement is for.</source>
        <translation>Dewiswch ar gyfer pa gyfrif mae&apos;r gyfriflen hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/history.py" line="156"/>
        <source>There is nothing to undo since you opened the vault.</source>
        <translation>Does dim byd i&apos;w ddadwneud ers i chi agor y gladdgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/history.py" line="162"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="364"/>
        <location filename="../../desktop/dpkeeper/services/receipts.py" line="28"/>
        <source>That payment is no longer in the records.</source>
        <translation>Dydy&apos;r taliad hwnnw ddim yn y cofnodion bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="54"/>
        <source>Please type a name for the new category.</source>
        <translation>Teipiwch enw ar gyfer y categori newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="58"/>
        <source>There is already a category called “{name}”.</source>
        <translation>Mae categori o&apos;r enw “{name}” yn barod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="72"/>
        <source>There is no category called “{name}”. The categories are: {names}.</source>
        <translation>Does dim categori o&apos;r enw “{name}”. Y categorïau yw: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="107"/>
        <source>There are no accounts yet. Please add your direct payment account first.</source>
        <translation>Does dim cyfrifon eto. Ychwanegwch eich cyfrif taliadau uniongyrchol yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="116"/>
        <source>There is no account called “{name}”. The accounts are: {names}.</source>
        <translation>Does dim cyfrif o&apos;r enw “{name}”. Y cyfrifon yw: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="129"/>
        <source>Please give the account a name, like “Direct payment account”.</source>
        <translation>Rhowch enw i&apos;r cyfrif, fel “Cyfrif taliadau uniongyrchol”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="134"/>
        <source>Please use a shorter account name.</source>
        <translation>Defnyddiwch enw byrrach ar gyfer y cyfrif.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="138"/>
        <source>There is already an account called “{name}”.</source>
        <translation>Mae cyfrif o&apos;r enw “{name}” yn barod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="169"/>
        <source>That account no longer exists.</source>
        <translation>Dydy&apos;r cyfrif hwnnw ddim yn bodoli bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="175"/>
        <source>There is money recorded in this account on {day}, before {opening}. Please choose an opening date on or before {day}.</source>
        <translation>Mae arian wedi&apos;i gofnodi yn y cyfrif hwn ar {day}, cyn {opening}. Dewiswch ddyddiad agor ar {day} neu cyn hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="202"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="237"/>
        <location filename="../../desktop/dpkeeper/services/money.py" line="461"/>
        <source>Please type an amount above £0.00.</source>
        <translation>Teipiwch swm sy&apos;n fwy na £0.00.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="209"/>
        <source>{day} looks like the wrong date. Please check the year.</source>
        <translation>Mae {day} yn edrych fel y dyddiad anghywir. Gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="223"/>
        <source>Records up to {day} are closed because a monitoring return was sent. Nothing was changed.</source>
        <translation>Mae cofnodion hyd at {day} wedi cau oherwydd bod ffurflen fonitro wedi&apos;i hanfon. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="241"/>
        <source>Please say who the money was paid to, or who it came from.</source>
        <translation>Dywedwch i bwy y talwyd yr arian, neu o ble daeth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="247"/>
        <source>Please keep names and notes under {limit} letters.</source>
        <translation>Cadwch enwau a nodiadau o dan {limit} llythyren.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="252"/>
        <source>Please choose which account was used.</source>
        <translation>Dewiswch pa gyfrif a ddefnyddiwyd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="255"/>
        <source>{day} is before {account} was opened in this app ({opening}). Please check the date, or change the opening date in Plan and accounts.</source>
        <translation>Mae {day} cyn i {account} gael ei agor yn yr ap hwn ({opening}). Gwiriwch y dyddiad, neu newidiwch y dyddiad agor yn Cynllun a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="269"/>
        <source>That category is for money going the other way. Please choose another.</source>
        <translation>Mae&apos;r categori hwnnw ar gyfer arian sy&apos;n mynd y ffordd arall. Dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="276"/>
        <source>Please add a note saying what this was for, when you choose “{name}”.</source>
        <translation>Ychwanegwch nodyn yn dweud beth oedd hwn, pan fyddwch chi&apos;n dewis “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="285"/>
        <source>That budget line no longer exists.</source>
        <translation>Dydy&apos;r llinell gyllideb honno ddim yn bodoli bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="373"/>
        <source>This is a transfer between accounts. Delete it and record it again.</source>
        <translation>Trosglwyddiad rhwng cyfrifon yw hwn. Dilëwch ef a&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="458"/>
        <source>Please choose two different accounts for a transfer.</source>
        <translation>Dewiswch ddau gyfrif gwahanol ar gyfer trosglwyddiad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/money.py" line="465"/>
        <source>Please choose which accounts were used.</source>
        <translation>Dewiswch pa gyfrifon a ddefnyddiwyd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/periods.py" line="35"/>
        <source>A period can only be closed once it has ended. Please try after {day}.</source>
        <translation>Dim ond ar ôl iddo orffen mae modd cau cyfnod. Rhowch gynnig arni ar ôl {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/periods.py" line="51"/>
        <source>Please say why the period is being reopened, for example “the council asked me to correct a payment”. The reason is kept with your records.</source>
        <translation>Dywedwch pam mae&apos;r cyfnod yn cael ei ailagor, er enghraifft “gofynnodd y cyngor i mi gywiro taliad”. Mae&apos;r rheswm yn cael ei gadw gyda&apos;ch cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/plan.py" line="47"/>
        <source>Please choose a spending category for the budget line “{name}”.</source>
        <translation>Dewiswch gategori gwariant ar gyfer y llinell gyllideb “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/preferences.py" line="32"/>
        <source>Please choose between {low} and {high} minutes before the vault locks.</source>
        <translation>Dewiswch rhwng {low} a {high} munud cyn i&apos;r gladdgell gloi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/progress.py" line="16"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>Wedi stopio. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/receipts.py" line="20"/>
        <source>That receipt is no longer in the records.</source>
        <translation>Dydy&apos;r dderbynneb honno ddim yn y cofnodion bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/recovery_sheet.py" line="27"/>
        <source>The recovery sheet could not be saved to {path} ({reason}). Please choose another folder, such as Documents.</source>
        <translation>Doedd dim modd cadw&apos;r daflen adfer yn {path} ({reason}). Dewiswch ffolder arall, fel Dogfennau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="87"/>
        <source>Please choose a part of the UK.</source>
        <translation>Dewiswch ran o&apos;r DU.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="105"/>
        <source>Please choose a real day for the leave year to start.</source>
        <translation>Dewiswch ddiwrnod go iawn i&apos;r flwyddyn wyliau ddechrau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="123"/>
        <source>That PA is no longer in your records.</source>
        <translation>Dydy&apos;r CP hwnnw ddim yn eich cofnodion bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="132"/>
        <source>There is no PA called “{name}”. Please check the name, or add them first.</source>
        <translation>Does dim CP o&apos;r enw “{name}”. Gwiriwch yr enw, neu ychwanegwch nhw yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="146"/>
        <source>There is already a PA called “{name}”. Please add something to tell them apart, like a surname or initial.</source>
        <translation>Mae CP o&apos;r enw “{name}” yn barod. Ychwanegwch rywbeth i&apos;w gwahaniaethu, fel cyfenw neu lythyren gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="171"/>
        <source>{name} did not work for you on {day} (they started on {start}{ended}). Please check the date, or change their start or end date first.</source>
        <translation>Doedd {name} ddim yn gweithio i chi ar {day} (dechreuon nhw ar {start}{ended}). Gwiriwch y dyddiad, neu newidiwch eu dyddiad dechrau neu orffen yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="197"/>
        <source>That shift is no longer in your records.</source>
        <translation>Dydy&apos;r shifft honno ddim yn eich cofnodion bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="430"/>
        <source>The renew-by date for the {what} is before the day it was done. Please check the dates.</source>
        <translation>Mae&apos;r dyddiad adnewyddu erbyn ar gyfer {what} cyn y diwrnod y cafodd ei wneud. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="516"/>
        <source>Please copy the amounts from the payslip: gross pay more than £0, and no amount below £0.</source>
        <translation>Copïwch y symiau o&apos;r slip cyflog: cyflog gros yn fwy na £0, a dim swm o dan £0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/staff.py" line="524"/>
        <source>Please say what each payment was for.</source>
        <translation>Dywedwch ar gyfer beth oedd pob taliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="44"/>
        <source>Please give the file a name ending in .pdf, .csv or .json.</source>
        <extracomment>Which formats each kind can be made in.</extracomment>
        <translation>Rhowch enw i&apos;r ffeil sy&apos;n gorffen gyda .pdf, .csv neu .json.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="69"/>
        <source>“{kind}” is not a kind of statement. Choose monitoring, review, audit-pack, timesheets or pay.</source>
        <translation>Dydy “{kind}” ddim yn fath o ddatganiad. Dewiswch monitoring, review, audit-pack, timesheets neu pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="78"/>
        <source>This statement can be saved as: {formats}.</source>
        <translation>Mae modd cadw&apos;r datganiad hwn fel: {formats}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="162"/>
        <source>No PAs worked for you in this period, so there are no timesheets.</source>
        <translation>Doedd dim CPau yn gweithio i chi yn y cyfnod hwn, felly does dim taflenni amser.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statements.py" line="39"/>
        <source>The period ends before it starts. Please check the dates.</source>
        <translation>Mae&apos;r cyfnod yn gorffen cyn iddo ddechrau. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statements.py" line="43"/>
        <source>Please choose a period of seven years or less.</source>
        <translation>Dewiswch gyfnod o saith mlynedd neu lai.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="49"/>
        <source>That recovery code doesn&apos;t look right. Check each group of four against your recovery sheet and try again.</source>
        <translation>Dydy&apos;r cod adfer hwnnw ddim yn edrych yn iawn. Gwiriwch bob grŵp o bedwar yn erbyn eich taflen adfer a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="61"/>
        <source>Please type the name of the person these records are for.</source>
        <translation>Teipiwch enw&apos;r person mae&apos;r cofnodion hyn ar ei gyfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="177"/>
        <source>That passphrase didn&apos;t open this vault. Check that Caps Lock is off and try again, or use your recovery code instead.</source>
        <translation>Wnaeth y cyfrinymadrodd hwnnw ddim agor y gladdgell hon. Gwiriwch fod Caps Lock i ffwrdd a rhowch gynnig arall arni, neu defnyddiwch eich cod adfer yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="196"/>
        <source>That recovery code didn&apos;t open this vault. If a newer recovery code was made, use that one. You can also try your passphrase.</source>
        <translation>Wnaeth y cod adfer hwnnw ddim agor y gladdgell hon. Os cafodd cod adfer mwy newydd ei wneud, defnyddiwch hwnnw. Gallwch chi hefyd roi cynnig ar eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="304"/>
        <source>The change was made and is already in use. Only its note in the vault&apos;s history could not be saved, because the computer could not write to the disk the vault is on. Free some space on the disk (or reconnect the drive).</source>
        <translation>Cafodd y newid ei wneud ac mae&apos;n cael ei ddefnyddio&apos;n barod. Dim ond ei nodyn yn hanes y gladdgell oedd ddim modd ei gadw, oherwydd doedd y cyfrifiadur ddim yn gallu ysgrifennu i&apos;r ddisg mae&apos;r gladdgell arni. Rhyddhewch ychydig o le ar y ddisg (neu ailgysylltwch y gyriant).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="318"/>
        <source>Someone else already uses that passphrase to open this vault. Please choose a different one, so the app knows who is signing in.</source>
        <translation>Mae rhywun arall yn defnyddio&apos;r cyfrinymadrodd hwnnw i agor y gladdgell hon yn barod. Dewiswch un gwahanol, fel bod yr ap yn gwybod pwy sy&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="341"/>
        <source>This computer has no keychain the app can use, so it cannot remember the vault. Your passphrase still works as usual.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall yr ap ei defnyddio, felly dydy e ddim yn gallu cofio&apos;r gladdgell. Mae eich cyfrinymadrodd yn dal i weithio fel arfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/vault_access.py" line="352"/>
        <source>The computer&apos;s keychain did not accept the secret, so the vault is not remembered. Your passphrase still works as usual. You can try again later.</source>
        <translation>Wnaeth cadwyn allweddi&apos;r cyfrifiadur ddim derbyn y gyfrinach, felly dydy&apos;r gladdgell ddim wedi&apos;i chofio. Mae eich cyfrinymadrodd yn dal i weithio fel arfer. Gallwch chi roi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="44"/>
        <source>Please type the hours a week, like 12 or 7.5.</source>
        <translation>Teipiwch yr oriau bob wythnos, fel 12 neu 7.5.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/backup.py" line="61"/>
        <source>The backup was made but did not pass its check, so it was not kept: {detail} Your vault is unchanged. Please try again. If it happens again, part of the vault itself may be damaged: ask someone you trust to help.</source>
        <translation>Cafodd y copi wrth gefn ei wneud ond wnaeth e ddim pasio ei wiriad, felly chafodd e ddim ei gadw: {detail} Mae eich claddgell heb ei newid. Rhowch gynnig arall arni. Os bydd yn digwydd eto, efallai fod rhan o&apos;r gladdgell ei hun wedi&apos;i difrodi: gofynnwch i rywun rydych chi&apos;n ymddiried ynddo am help.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/backup.py" line="74"/>
        <source>The backup could not be saved: the computer could not write to {folder}. The disk may be full, or the drive may have been removed. Your vault is fine and nothing in it was changed. Free some space (or reconnect the drive), then try again.</source>
        <translation>Doedd dim modd cadw&apos;r copi wrth gefn: doedd y cyfrifiadur ddim yn gallu ysgrifennu i {folder}. Efallai fod y ddisg yn llawn, neu fod y gyriant wedi&apos;i dynnu allan. Mae eich claddgell yn iawn a does dim byd ynddi wedi newid. Rhyddhewch ychydig o le (neu ailgysylltwch y gyriant), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="82"/>
        <source>This backup could not be used: {detail} Nothing was changed. Please choose another backup; an older one is fine.</source>
        <translation>Doedd dim modd defnyddio&apos;r copi wrth gefn hwn: {detail} Chafodd dim byd ei newid. Dewiswch gopi wrth gefn arall; mae un hŷn yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="156"/>
        <source>it is not a Direct Payments Keeper backup, or it is damaged.</source>
        <translation>dydy e ddim yn gopi wrth gefn Direct Payments Keeper, neu mae wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="159"/>
        <source>it was made by a newer version of Direct Payments Keeper. Please install that version.</source>
        <translation>cafodd ei wneud gan fersiwn fwy newydd o Direct Payments Keeper. Gosodwch y fersiwn honno.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="163"/>
        <source>part of it has changed since it was made (it may be damaged, or have been edited).</source>
        <translation>mae rhan ohono wedi newid ers iddo gael ei wneud (efallai ei fod wedi&apos;i ddifrodi, neu wedi&apos;i olygu).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="166"/>
        <source>it does not belong to this vault, or it has been changed since it was made.</source>
        <translation>dydy e ddim yn perthyn i&apos;r gladdgell hon, neu mae wedi newid ers iddo gael ei wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="169"/>
        <source>the records inside it are damaged.</source>
        <translation>mae&apos;r cofnodion y tu mewn iddo wedi&apos;u difrodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/bundle.py" line="170"/>
        <source>the copy does not hold all of the records.</source>
        <translation>dydy&apos;r copi ddim yn dal pob un o&apos;r cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="60"/>
        <source>This vault could not be read: {detail} Nothing was changed. If you have a backup copy of the vault, open that instead, or ask someone you trust to help.</source>
        <extracomment>Unlocking checks every page&apos;s checksum in a records file up to this size (about a third of a second). A bigger one (years of receipt photos) would take seconds, so its pages are checked as they are read (SQLCipher refuses any page whose checksum is wrong) and by each backup, which copies and checks them all.</extracomment>
        <translation>Doedd dim modd darllen y gladdgell hon: {detail} Chafodd dim byd ei newid. Os oes gennych chi gopi wrth gefn o&apos;r gladdgell, agorwch hwnnw yn lle hynny, neu gofynnwch i rywun rydych chi&apos;n ymddiried ynddo am help.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="153"/>
        <source>there is no vault folder at {path}.</source>
        <translation>does dim ffolder claddgell yn {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="162"/>
        <source>its key file is missing or damaged.</source>
        <translation>mae ei ffeil allwedd ar goll neu wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="258"/>
        <source>its records file is missing.</source>
        <translation>mae ei ffeil cofnodion ar goll.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="260"/>
        <source>its records file is incomplete.</source>
        <translation>mae ei ffeil cofnodion yn anghyflawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="273"/>
        <source>part of its records file is damaged.</source>
        <translation>mae rhan o&apos;i ffeil cofnodion wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/vault/store.py" line="312"/>
        <source>This change could not be saved: the computer could not write to the disk the vault is on. The disk may be full, or the drive may have been removed or be failing. Nothing was changed, and your records are as they were before. Free some space on the disk (or reconnect the drive), then try again.</source>
        <translation>Doedd dim modd cadw&apos;r newid hwn: doedd y cyfrifiadur ddim yn gallu ysgrifennu i&apos;r ddisg mae&apos;r gladdgell arni. Efallai fod y ddisg yn llawn, neu fod y gyriant wedi&apos;i dynnu allan neu&apos;n methu. Chafodd dim byd ei newid, ac mae eich cofnodion fel yr oedden nhw o&apos;r blaen. Rhyddhewch ychydig o le ar y ddisg (neu ailgysylltwch y gyriant), yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="27"/>
        <source>A quick tour</source>
        <translation>Taith fer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="33"/>
        <source>Step number</source>
        <translation>Rhif y cam</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="39"/>
        <source>&amp;Skip the tour</source>
        <translation>&amp;Hepgor y daith</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="39"/>
        <source>Skip the tour (Escape)</source>
        <translation>Hepgor y daith (Escape)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="41"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="41"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="42"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="134"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="71"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="73"/>
        <source>This short tour shows you around the app. It takes about a minute. You can skip it at any time: press Escape.</source>
        <translation>Mae&apos;r daith fer hon yn dangos yr ap i chi. Mae&apos;n cymryd tua munud. Gallwch chi ei hepgor unrhyw bryd: pwyswch Escape.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="78"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="80"/>
        <source>The Home page shows how things are today: the money you have, how many weeks it will last, and what to do next. Start here each time.</source>
        <translation>Mae&apos;r dudalen Hafan yn dangos sut mae pethau heddiw: yr arian sydd gennych chi, am faint o wythnosau y bydd yn para, a beth i&apos;w wneud nesaf. Dechreuwch yma bob tro.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="85"/>
        <source>Money and Receipts</source>
        <translation>Arian a Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="87"/>
        <source>The Money page lists every payment in and out. Add one with Ctrl+N, or bring in a file from your bank. The Receipts page keeps photos of your receipts. A phone photo is fine.</source>
        <translation>Mae&apos;r dudalen Arian yn rhestru pob taliad i mewn ac allan. Ychwanegwch un gyda Ctrl+N, neu dewch â ffeil i mewn o&apos;ch banc. Mae&apos;r dudalen Derbynebion yn cadw lluniau o&apos;ch derbynebion. Mae llun ffôn yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="93"/>
        <source>Plan and accounts</source>
        <translation>Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="95"/>
        <source>Put in what your council agreed to pay, and your bank account. The app uses this to work out how long your money will last.</source>
        <translation>Rhowch yr hyn gytunodd eich cyngor i&apos;w dalu, a&apos;ch cyfrif banc. Mae&apos;r ap yn defnyddio hyn i gyfrifo am faint y bydd eich arian yn para.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="100"/>
        <source>Staff, Hours and Statements</source>
        <translation>Staff, Oriau a Datganiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="102"/>
        <source>If you employ a personal assistant, the Staff page keeps their details and the Hours page keeps their hours. When the council asks how the money was spent, the Statements page makes the papers for you.</source>
        <translation>Os ydych chi&apos;n cyflogi cynorthwyydd personol, mae&apos;r dudalen Staff yn cadw eu manylion ac mae&apos;r dudalen Oriau yn cadw eu horiau. Pan fydd y cyngor yn gofyn sut cafodd yr arian ei wario, mae&apos;r dudalen Datganiadau yn gwneud y papurau i chi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="108"/>
        <source>Help is always here</source>
        <translation>Mae help yma bob amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="110"/>
        <source>Press F1 on any page, or choose “What is this?”, to read about that page. The Help page has a short guide, and ideas for a bad day. You can see this tour again from the Help page.</source>
        <translation>Pwyswch F1 ar unrhyw dudalen, neu dewiswch “Beth yw hwn?”, i ddarllen am y dudalen honno. Mae gan y dudalen Help ganllaw byr, a syniadau ar gyfer diwrnod gwael. Gallwch chi weld y daith hon eto o&apos;r dudalen Help.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="121"/>
        <source>Step %1 of %2</source>
        <translation>Cam %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="133"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="133"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/tour.py" line="134"/>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="330"/>
        <source>Help and guide</source>
        <translation>Help a chanllaw</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="135"/>
        <source>Search the guide (Ctrl+F)</source>
        <extracomment>The guide&apos;s section about each page of the workspace (&quot;What is this?&quot; and F1).</extracomment>
        <translation>Chwilio&apos;r canllaw (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="136"/>
        <source>Search the guide</source>
        <translation>Chwilio&apos;r canllaw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="138"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="140"/>
        <source>Search result</source>
        <translation>Canlyniad chwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="143"/>
        <source>Topics in the guide</source>
        <translation>Pynciau yn y canllaw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="147"/>
        <source>Guide text</source>
        <translation>Testun y canllaw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="151"/>
        <source>Show the &amp;tour again</source>
        <translation>Dangos y &amp;daith eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="153"/>
        <source>Show the tour again</source>
        <translation>Dangos y daith eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="279"/>
        <source>1 topic has these words.</source>
        <translation>Mae&apos;r geiriau hyn mewn 1 pwnc.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="281"/>
        <source>%1 topics have these words.</source>
        <translation>Mae&apos;r geiriau hyn mewn %1 pwnc.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/help.py" line="285"/>
        <source>Nothing in the guide has all of these words. Try fewer words, or a shorter one, like “pay” or “receipt”.</source>
        <translation>Does dim byd yn y canllaw sydd â&apos;r holl eiriau hyn. Rhowch gynnig ar lai o eiriau, neu un byrrach, fel “pay” neu “receipt” (mae&apos;r canllaw yn Saesneg).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="20"/>
        <source>No changes are recorded yet.</source>
        <translation>Does dim newidiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="24"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="68"/>
        <source>Money available now</source>
        <translation>Arian sydd ar gael nawr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="69"/>
        <source>Weeks of money in hand</source>
        <translation>Wythnosau o arian wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="70"/>
        <source>Spending this payment period</source>
        <translation>Gwariant yn y cyfnod talu hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="71"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="72"/>
        <source>Council payments</source>
        <translation>Taliadau&apos;r cyngor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="73"/>
        <source>Staff checks</source>
        <translation>Gwiriadau staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="95"/>
        <source>What to do next</source>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="98"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="123"/>
        <source>Hello, %1</source>
        <translation>Helo, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="141"/>
        <source>Add the account your direct payment is paid into, to see your money here.</source>
        <translation>Ychwanegwch y cyfrif mae eich taliad uniongyrchol yn cael ei dalu iddo, i weld eich arian yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="143"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="150"/>
        <source>See your money</source>
        <translation>Gweld eich arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="159"/>
        <source>Add your support plan to see how many weeks your money would last.</source>
        <translation>Ychwanegwch eich cynllun cymorth i weld am faint o wythnosau y byddai eich arian yn para.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="160"/>
        <source>Add your plan</source>
        <translation>Ychwanegu eich cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="165"/>
        <source>At %1 a week, your money would last about %2 weeks.</source>
        <translation>Ar %1 yr wythnos, byddai eich arian yn para tua %2 wythnos.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="171"/>
        <source>That is more than %1 weeks. Your council may ask about money above this, and may ask for some back. It may help to talk to them about it.</source>
        <translation>Mae hynny&apos;n fwy na %1 wythnos. Efallai y bydd eich cyngor yn holi am arian dros hyn, ac efallai y bydd yn gofyn am gael peth ohono&apos;n ôl. Gallai helpu i siarad â nhw am y peth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="175"/>
        <source>That is within the %1 weeks your council expects.</source>
        <translation>Mae hynny o fewn y %1 wythnos mae eich cyngor yn ei ddisgwyl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="178"/>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="182"/>
        <source>Add your support plan first.</source>
        <translation>Ychwanegwch eich cynllun cymorth yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="185"/>
        <source>Spent from %1 to %2, out of %3 for this period.</source>
        <translation>Wedi&apos;i wario rhwng %1 a %2, allan o %3 ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="190"/>
        <source>See spending</source>
        <translation>Gweld y gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="195"/>
        <source>Add your support plan to see when payments are due.</source>
        <translation>Ychwanegwch eich cynllun cymorth i weld pryd mae taliadau&apos;n ddyledus.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="199"/>
        <source>Next payment: %1 due on %2.</source>
        <translation>Y taliad nesaf: %1 yn ddyledus ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="205"/>
        <source>The payment due on %1 arrived on %2.</source>
        <translation>Cyrhaeddodd y taliad oedd yn ddyledus ar %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="210"/>
        <source>The payment due on %1 has not shown up yet. If it is in your bank, add it on the Money page.</source>
        <translation>Dydy&apos;r taliad oedd yn ddyledus ar %1 ddim wedi ymddangos eto. Os yw yn eich banc, ychwanegwch ef ar y dudalen Arian.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="214"/>
        <source>Record a payment</source>
        <translation>Cofnodi taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="220"/>
        <source>1 payment needs a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>Mae angen derbynneb ar 1 taliad, neu nodyn yn dweud pam nad oes un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="223"/>
        <source>%1 payments need a receipt, or a note saying why there isn&apos;t one.</source>
        <translation>Mae angen derbynneb ar %1 taliad, neu nodyn yn dweud pam nad oes un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="226"/>
        <source>Show what needs a receipt</source>
        <translation>Dangos beth sydd angen derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="228"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>Mae gan bob taliad dderbynneb neu reswm. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="232"/>
        <source>1 receipt is waiting to be matched to spending.</source>
        <translation>Mae 1 derbynneb yn aros i gael ei pharu â gwariant.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="234"/>
        <source>%1 receipts are waiting to be matched to spending.</source>
        <translation>Mae %1 derbynneb yn aros i gael eu paru â gwariant.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="238"/>
        <source>Match receipts</source>
        <translation>Paru derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <source>If you employ PAs, add them on the Staff page.</source>
        <translation>Os ydych chi&apos;n cyflogi CPau, ychwanegwch nhw ar y dudalen Staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="254"/>
        <source>Open Staff</source>
        <translation>Agor Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="249"/>
        <source>No checks or insurance renewals are due in the next 30 days.</source>
        <translation>Does dim gwiriadau nac yswiriant i&apos;w hadnewyddu yn ystod y 30 diwrnod nesaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="253"/>
        <source>and %1 more.</source>
        <translation>a %1 arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="259"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="265"/>
        <source>Your monitoring return for %1 is due now. Make it on the Statements page, and mark the period as sent when it has gone to the council.</source>
        <translation>Mae eich ffurflen fonitro ar gyfer %1 yn ddyledus nawr. Gwnewch hi ar y dudalen Datganiadau, a nodwch fod y cyfnod wedi&apos;i anfon pan fydd wedi mynd i&apos;r cyngor.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="270"/>
        <source>Your next monitoring return covers %1. That time ends today, so you can make it on the Statements page from tomorrow.</source>
        <translation>Mae eich ffurflen fonitro nesaf yn cwmpasu %1. Mae&apos;r cyfnod hwnnw&apos;n dod i ben heddiw, felly gallwch ei gwneud ar y dudalen Datganiadau o yfory ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="275"/>
        <source>Your next monitoring return covers %1. It is due after %2 (in %3 days): make it on the Statements page then.</source>
        <translation>Mae eich ffurflen fonitro nesaf yn cwmpasu %1. Mae&apos;n ddyledus ar ôl %2 (ymhen %3 diwrnod): gwnewch hi ar y dudalen Datganiadau bryd hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="294"/>
        <source>You opened the vault with your recovery code. Choose a new passphrase in Settings.</source>
        <translation>Fe agoroch chi&apos;r gladdgell â&apos;ch cod adfer. Dewiswch gyfrinymadrodd newydd yn Gosodiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="299"/>
        <source>Add your direct payment account in Plan and accounts.</source>
        <translation>Ychwanegwch eich cyfrif taliadau uniongyrchol yn Cynllun a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="301"/>
        <source>Add your support plan in Plan and accounts.</source>
        <translation>Ychwanegwch eich cynllun cymorth yn Cynllun a chyfrifon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="307"/>
        <source>Keep your recovery sheet somewhere safe, away from this computer. If you did not print it, you can make a new code in Settings.</source>
        <translation>Cadwch eich taflen adfer rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Os na wnaethoch chi ei hargraffu, gallwch chi wneud cod newydd yn Gosodiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="310"/>
        <source>Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost.</source>
        <translation>Pwyswch Cloi (Ctrl+L) pryd bynnag y byddwch chi&apos;n camu i ffwrdd. Fydd dim byd rydych chi wedi&apos;i deipio yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="80"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Yr wythnos &amp;flaenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="80"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Yr wythnos flaenorol (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>&amp;This week</source>
        <translation>&amp;Yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="84"/>
        <source>&amp;Next week ▶</source>
        <translation>Yr wythnos &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="84"/>
        <source>Next week (Alt+Right)</source>
        <translation>Yr wythnos nesaf (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="87"/>
        <source>&amp;Copy last week</source>
        <translation>&amp;Copïo&apos;r wythnos ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="87"/>
        <source>Copy last week (Ctrl+Shift+C)</source>
        <translation>Copïo&apos;r wythnos ddiwethaf (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="90"/>
        <source>Copy last week&apos;s shifts into the days of this week that have none yet</source>
        <translation>Copïo shifftiau&apos;r wythnos ddiwethaf i ddiwrnodau&apos;r wythnos hon sydd heb rai eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="93"/>
        <source>Print &amp;timesheets…</source>
        <translation>Argraffu &amp;taflenni amser…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="93"/>
        <source>Print timesheets (Ctrl+P)</source>
        <translation>Argraffu taflenni amser (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="96"/>
        <source>Save a timesheet PDF for each PA for the pay period of this week, to print</source>
        <translation>Cadw PDF taflen amser i bob CP ar gyfer cyfnod cyflog yr wythnos hon, i&apos;w argraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="102"/>
        <source>Shifts this week</source>
        <translation>Shifftiau&apos;r wythnos hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="121"/>
        <source>Type a shift into a day, like 9-17. Add the unpaid break in minutes after it (9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts that end after midnight finish the next morning.</source>
        <translation>Teipiwch shifft i mewn i ddiwrnod, fel 9-17. Ychwanegwch yr egwyl heb dâl mewn munudau ar ei hôl (9-17 30), a math os nad yr un arferol yw hi: evening (gyda&apos;r nos), night (nos), weekend (penwythnos), bh (gŵyl banc), sleep (cysgu i mewn) neu waking (noson effro). Rhowch goma rhwng dwy shifft ar un diwrnod. Mae Tab yn symud i&apos;r diwrnod nesaf; mae Delete yn clirio diwrnod. Mae shifftiau sy&apos;n gorffen ar ôl hanner nos yn gorffen y bore wedyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="128"/>
        <source>Things to check</source>
        <translation>Pethau i&apos;w gwirio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="130"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="134"/>
        <source>Add your PAs on the Staff page first; then their weeks appear here.</source>
        <translation>Ychwanegwch eich CPau ar y dudalen Staff yn gyntaf; yna bydd eu hwythnosau&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="147"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="198"/>
        <source>Week of %1 to %2</source>
        <translation>Wythnos %1 i %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="224"/>
        <source>Please check:</source>
        <translation>Gwiriwch hyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="244"/>
        <source>%1 Nothing was changed on %2.</source>
        <translation>%1 Chafodd dim byd ei newid ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="265"/>
        <source>Copied 1 shift from last week.</source>
        <translation>Wedi copïo 1 shifft o&apos;r wythnos ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="267"/>
        <source>Copied %1 shifts from last week.</source>
        <translation>Wedi copïo %1 shifft o&apos;r wythnos ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="271"/>
        <source>Nothing to copy: last week had no shifts on the days that are empty this week.</source>
        <translation>Dim i&apos;w gopïo: doedd dim shifftiau yr wythnos ddiwethaf ar y diwrnodau sy&apos;n wag yr wythnos hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="297"/>
        <source>Making the timesheets…</source>
        <translation>Wrthi&apos;n gwneud y taflenni amser…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="307"/>
        <source>Saved %1 timesheets in %2. Open them to print and sign.</source>
        <translation>Wedi cadw %1 taflen amser yn %2. Agorwch nhw i&apos;w hargraffu a&apos;u llofnodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="319"/>
        <source>The timesheets could not be saved there: %1. Please choose another folder.</source>
        <translation>Doedd dim modd cadw&apos;r taflenni amser yno: %1. Dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="80"/>
        <source>New</source>
        <extracomment>A statement row and a hand-typed payment this many days apart may be the same payment.</extracomment>
        <translation>Newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="81"/>
        <source>Already in your records</source>
        <translation>Eisoes yn eich cofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="82"/>
        <source>Looks like one you typed in</source>
        <translation>Yn edrych fel un y gwnaethoch chi ei deipio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="83"/>
        <source>Before the account&apos;s start date</source>
        <translation>Cyn dyddiad dechrau&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/bank_import.py" line="84"/>
        <source>In a closed period</source>
        <translation>Mewn cyfnod sydd wedi cau</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="95"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="150"/>
        <source>Import a bank statement</source>
        <translation>Mewnforio cyfriflen banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="498"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="112"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="127"/>
        <source>Statement file</source>
        <translation>Ffeil y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="128"/>
        <source>Choose a file, or drag it here</source>
        <translation>Dewiswch ffeil, neu ei llusgo yma</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>Choose file</source>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="132"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>&amp;Read the file</source>
        <translation>Da&amp;rllen y ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>Read the file</source>
        <translation>Darllen y ffeil</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="145"/>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="148"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cyfrif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="154"/>
        <source>Download a statement file from your online banking (a CSV, OFX or QIF file) and choose it here. You will see every row before anything is saved. Rows already in your records are left out, so it is safe to import the same statement twice.</source>
        <translation>Lawrlwythwch ffeil cyfriflen o&apos;ch bancio ar-lein (ffeil CSV, OFX neu QIF) a&apos;i dewis yma. Byddwch chi&apos;n gweld pob rhes cyn i ddim byd gael ei gadw. Mae rhesi sydd eisoes yn eich cofnodion yn cael eu gadael allan, felly mae&apos;n ddiogel mewnforio&apos;r un gyfriflen ddwywaith.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="192"/>
        <source>Please choose the statement file first.</source>
        <translation>Dewiswch ffeil y gyfriflen yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="195"/>
        <source>Please add an account in Plan and accounts first.</source>
        <translation>Ychwanegwch gyfrif yn Cynllun a chyfrifon yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="200"/>
        <source>Reading the file…</source>
        <translation>Wrthi&apos;n darllen y ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="213"/>
        <source>Reading the statement…</source>
        <translation>Wrthi&apos;n darllen y gyfriflen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="227"/>
        <source>This file&apos;s columns were not recognised. Please say which column holds what. The app will remember it for this bank.</source>
        <translation>Doedd colofnau&apos;r ffeil hon ddim yn gyfarwydd. Dywedwch pa golofn sy&apos;n dal beth. Bydd yr ap yn cofio hyn ar gyfer y banc hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="239"/>
        <source>The file could not be opened: %1. Nothing was imported.</source>
        <translation>Doedd dim modd agor y ffeil: %1. Chafodd dim byd ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>&amp;Use these columns</source>
        <translation>Defnyddio&apos;r colofnau &amp;hyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>Use these columns</source>
        <translation>Defnyddio&apos;r colofnau hyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="305"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="305"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="262"/>
        <source>Which column is which?</source>
        <translation>Pa golofn yw pa un?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="280"/>
        <source>What was found</source>
        <translation>Beth gafodd ei ganfod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="282"/>
        <source>Balance check</source>
        <translation>Gwirio&apos;r balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="285"/>
        <source>Rows in the statement</source>
        <translation>Rhesi yn y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="303"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="303"/>
        <source>Import the new rows</source>
        <translation>Mewnforio&apos;r rhesi newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="311"/>
        <source>Check the rows</source>
        <translation>Gwirio&apos;r rhesi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="317"/>
        <source>Rows that look like a payment you typed in are linked to it, so nothing is counted twice. Press Space to untick one and add it as new instead. To change a category, pick the row and press F2.</source>
        <translation>Mae rhesi sy&apos;n edrych fel taliad y gwnaethoch chi ei deipio yn cael eu cysylltu ag ef, fel nad oes dim yn cael ei gyfrif ddwywaith. Pwyswch Space i ddad-dicio un a&apos;i ychwanegu fel un newydd yn lle hynny. I newid categori, dewiswch y rhes a phwyso F2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="346"/>
        <source>%1 rows found in this %2 file.</source>
        <translation>Cafwyd %1 rhes yn y ffeil %2 hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="349"/>
        <source>%1 new</source>
        <translation>%1 newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="350"/>
        <source>%1 already in your records</source>
        <translation>%1 eisoes yn eich cofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="354"/>
        <source>%1 of %2 that look like payments you typed in will be linked</source>
        <translation>Bydd %1 o&apos;r %2 sy&apos;n edrych fel taliadau y gwnaethoch chi eu teipio yn cael eu cysylltu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="362"/>
        <source>%1 left out (before the account&apos;s start date, or in a closed period)</source>
        <translation>%1 wedi&apos;u gadael allan (cyn dyddiad dechrau&apos;r cyfrif, neu mewn cyfnod sydd wedi cau)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="370"/>
        <source>Everything in this file is already in your records.</source>
        <translation>Mae popeth yn y ffeil hon eisoes yn eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="378"/>
        <source>Line %1 (%2): the bank&apos;s balance goes from %3 to %4, but the row is %5. The file may be missing a row.</source>
        <translation>Llinell %1 (%2): mae balans y banc yn mynd o %3 i %4, ond %5 yw&apos;r rhes. Efallai fod rhes ar goll o&apos;r ffeil.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="390"/>
        <source>After this import your records will match your bank: %1 on %2.</source>
        <translation>Ar ôl y mewnforio hwn, bydd eich cofnodion yn cyfateb i&apos;ch banc: %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="397"/>
        <source>Your bank says %1 on %2; after this import your records will say %3 (a difference of %4). Some payments may be missing here, or typed with a different amount or account.</source>
        <translation>Mae eich banc yn dweud %1 ar %2; ar ôl y mewnforio hwn bydd eich cofnodion yn dweud %3 (gwahaniaeth o %4). Efallai fod rhai taliadau ar goll yma, neu wedi&apos;u teipio gyda swm neu gyfrif gwahanol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="421"/>
        <source>Importing your statement…</source>
        <translation>Wrthi&apos;n mewnforio eich cyfriflen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="422"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="430"/>
        <source>What was imported</source>
        <translation>Beth gafodd ei fewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="433"/>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="433"/>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="436"/>
        <source>Imported</source>
        <translation>Wedi mewnforio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="445"/>
        <source>Added %1 new rows.</source>
        <translation>Wedi ychwanegu %1 rhes newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="447"/>
        <source>Added 1 new row.</source>
        <translation>Wedi ychwanegu 1 rhes newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="448"/>
        <source>%1 were already in your records.</source>
        <translation>Roedd %1 eisoes yn eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="452"/>
        <source>Linked %1 to payments you had typed in.</source>
        <translation>Wedi cysylltu %1 â thaliadau roeddech chi wedi&apos;u teipio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="457"/>
        <source>Your records match your bank: %1 on %2.</source>
        <translation>Mae eich cofnodion yn cyfateb i&apos;ch banc: %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="463"/>
        <source>Your bank says %1 on %2, your records say %3.</source>
        <translation>Mae eich banc yn dweud %1 ar %2, mae eich cofnodion yn dweud %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="470"/>
        <source>New rows without a category show as “Not sorted yet” on the Money page.</source>
        <translation>Mae rhesi newydd heb gategori yn ymddangos fel “Heb ei drefnu eto” ar y dudalen Arian.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="68"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="69"/>
        <source>On the statement</source>
        <translation>Ar y gyfriflen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="70"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="71"/>
        <source>Bank balance</source>
        <translation>Balans y banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="72"/>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="73"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="121"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="128"/>
        <source>Same as your %1 on %2: link them</source>
        <translation>Yr un fath â&apos;ch %1 ar %2: eu cysylltu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="132"/>
        <source>Add as a new payment (%1)</source>
        <translation>Ychwanegu fel taliad newydd (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="134"/>
        <source>Add: %1</source>
        <translation>Ychwanegu: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="22"/>
        <source>English</source>
        <extracomment>(code, the language&apos;s own name, its name in English for translating). &quot;&quot; is the computer&apos;s.</extracomment>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="23"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="24"/>
        <source>Urdu</source>
        <translation>Wrdw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="26"/>
        <source>Use the computer&apos;s language</source>
        <translation>Defnyddio iaith y cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="115"/>
        <source>Change the language</source>
        <translation>Newid yr iaith</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="116"/>
        <source>The app will show its pages again in %1. Your vault stays open. Anything typed on a page but not saved yet will be cleared.</source>
        <translation>Bydd yr ap yn dangos ei dudalennau eto yn yr iaith hon: %1. Mae eich claddgell yn aros ar agor. Bydd unrhyw beth sydd wedi&apos;i deipio ar dudalen ond heb ei gadw eto yn cael ei glirio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="125"/>
        <source>Change now</source>
        <translation>Newid nawr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/language.py" line="128"/>
        <source>Next time the app starts</source>
        <translation>Y tro nesaf y bydd yr ap yn dechrau</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="24"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="29"/>
        <source>&amp;Use this language</source>
        <translation>Ne&amp;wid i&apos;r iaith hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="29"/>
        <source>Use this language</source>
        <translation>Newid i&apos;r iaith hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/language_choice.py" line="33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="23"/>
        <source>Bank account</source>
        <translation>Cyfrif banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="24"/>
        <source>Prepaid card</source>
        <translation>Cerdyn rhagdaledig</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="25"/>
        <source>Petty cash</source>
        <translation>Arian mân</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="41"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="42"/>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="43"/>
        <source>Bank transfer</source>
        <translation>Trosglwyddiad banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="44"/>
        <source>Direct debit</source>
        <translation>Debyd uniongyrchol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="45"/>
        <source>Standing order</source>
        <translation>Archeb sefydlog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="46"/>
        <source>Cash</source>
        <translation>Arian parod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="47"/>
        <source>Cheque</source>
        <translation>Siec</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="60"/>
        <source>Receipt kept</source>
        <translation>Derbynneb wedi&apos;i chadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="61"/>
        <source>No receipt (reason given)</source>
        <translation>Dim derbynneb (rheswm wedi&apos;i roi)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/ledger.py" line="62"/>
        <source>Receipt needed</source>
        <translation>Angen derbynneb</translation>
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
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="64"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="69"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="71"/>
        <source>Help and &amp;guide</source>
        <translation>Help a chan&amp;llaw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="80"/>
        <source>&amp;About %1</source>
        <translation>&amp;Ynghylch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="115"/>
        <source>Opening your vault…</source>
        <translation>Wrthi&apos;n agor eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="142"/>
        <source>Remembering this computer…</source>
        <translation>Wrthi&apos;n cofio&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="151"/>
        <source>Not remembered</source>
        <translation>Heb ei gofio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="259"/>
        <source>Your vault is locked. Unlock it to carry on where you left off.</source>
        <translation>Mae eich claddgell wedi&apos;i chloi. Datglowch hi i barhau o&apos;r lle y gwnaethoch chi adael.</translation>
    </message>
</context>
<context>
    <name>MatchReceiptDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="49"/>
        <source>Match receipt to spending</source>
        <translation>Paru derbynneb â gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="56"/>
        <source>Receipt: %1</source>
        <translation>Derbynneb: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="74"/>
        <source>Search spending</source>
        <translation>Chwilio&apos;r gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="75"/>
        <source>Search names, notes or amounts</source>
        <translation>Chwilio enwau, nodiadau neu symiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="77"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="81"/>
        <source>Spending without a receipt</source>
        <translation>Gwariant heb dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="99"/>
        <source>Nothing to match</source>
        <translation>Dim i&apos;w baru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="101"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="106"/>
        <source>&amp;Match</source>
        <translation>&amp;Paru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="108"/>
        <source>Match to the chosen spending</source>
        <translation>Paru â&apos;r gwariant a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="117"/>
        <source>Which payment is this receipt for? Newest spending first.</source>
        <translation>I ba daliad mae&apos;r dderbynneb hon? Y gwariant diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="152"/>
        <source>No spending without a receipt matches these words.</source>
        <translation>Does dim gwariant heb dderbynneb yn cyfateb i&apos;r geiriau hyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="156"/>
        <source>All your spending already has a receipt or a reason. If this receipt is for something new, add the spending on the Money page first.</source>
        <translation>Mae gan eich holl wariant dderbynneb neu reswm yn barod. Os yw&apos;r dderbynneb hon ar gyfer rhywbeth newydd, ychwanegwch y gwariant ar y dudalen Arian yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MoneyFilters</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="29"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="32"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="33"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="34"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="35"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="36"/>
        <source>Choose one account to see its running balance</source>
        <translation>Dewiswch un cyfrif i weld ei falans rhedegol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="39"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="40"/>
        <source>Search names, notes or amounts</source>
        <translation>Chwilio enwau, nodiadau neu symiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="47"/>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="48"/>
        <source>F&amp;rom:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="49"/>
        <source>T&amp;o:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="50"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="51"/>
        <source>Acco&amp;unt:</source>
        <translation>Cy&amp;frif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="78"/>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="79"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="84"/>
        <source>All accounts</source>
        <translation>Pob cyfrif</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="46"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="47"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>&amp;Add money in or out</source>
        <translation>&amp;Ychwanegu arian i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>Add (Ctrl+N)</source>
        <translation>Ychwanegu (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="67"/>
        <source>Add money in or out (Ctrl+N)</source>
        <translation>Ychwanegu arian i mewn neu allan (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="69"/>
        <source>&amp;Transfer between accounts…</source>
        <translation>&amp;Trosglwyddo rhwng cyfrifon…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="71"/>
        <source>Transfer between accounts</source>
        <translation>Trosglwyddo rhwng cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="75"/>
        <source>&amp;Import bank statement…</source>
        <translation>&amp;Mewnforio cyfriflen banc…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="77"/>
        <source>Import bank statement (Ctrl+I)</source>
        <translation>Mewnforio cyfriflen banc (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="80"/>
        <source>Import a CSV, OFX or QIF file from your bank (Ctrl+I)</source>
        <translation>Mewnforio ffeil CSV, OFX neu QIF o&apos;ch banc (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="83"/>
        <source>&amp;Change</source>
        <translation>&amp;Newid</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="83"/>
        <source>Change (Enter)</source>
        <translation>Newid (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="86"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="86"/>
        <source>Delete (Delete key)</source>
        <translation>Dileu (bysell Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>Undo the last change you made (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf a wnaethoch chi (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>History (Ctrl+H)</source>
        <translation>Hanes (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>Who changed this payment, and how (Ctrl+H)</source>
        <translation>Pwy newidiodd y taliad hwn, a sut (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="97"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="97"/>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="100"/>
        <source>Show deleted</source>
        <translation>Dangos y rhai wedi&apos;u dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="100"/>
        <source>Show deleted payments</source>
        <translation>Dangos taliadau wedi&apos;u dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="107"/>
        <source>What is shown</source>
        <translation>Beth sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="111"/>
        <source>Show all payments</source>
        <translation>Dangos pob taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="113"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="114"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="122"/>
        <source>Go to Plan and accounts</source>
        <translation>Mynd i Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="124"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="151"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="273"/>
        <source>Shown: money in %1, money out %2</source>
        <translation>Yn y golwg: arian i mewn %1, arian allan %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="264"/>
        <source>Showing spending that needs a receipt.</source>
        <translation>Yn dangos gwariant sydd angen derbynneb.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="315"/>
        <source>Add your direct payment account first. Then you can record money in and out here.</source>
        <translation>Ychwanegwch eich cyfrif taliadau uniongyrchol yn gyntaf. Yna gallwch chi gofnodi arian i mewn ac allan yma.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="321"/>
        <source>There are no deleted payments.</source>
        <translation>Does dim taliadau wedi&apos;u dileu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="323"/>
        <source>Every payment shown has a receipt, or a reason why not. Well done.</source>
        <translation>Mae gan bob taliad sydd yn y golwg dderbynneb, neu reswm pam ddim. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="326"/>
        <source>Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your first payment.</source>
        <translation>Does dim wedi&apos;i gofnodi eto. Pwyswch “Ychwanegu arian i mewn neu allan” (Ctrl+N) i gofnodi eich taliad cyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="330"/>
        <source>No payments match. Try another period, or clear the search.</source>
        <translation>Does dim taliadau&apos;n cyfateb. Rhowch gynnig ar gyfnod arall, neu cliriwch y chwiliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="391"/>
        <source>Undone: %1. Press Ctrl+Z again to undo the change before it.</source>
        <translation>Wedi dadwneud: %1. Pwyswch Ctrl+Z eto i ddadwneud y newid cyn hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="404"/>
        <source>History of this payment</source>
        <translation>Hanes y taliad hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="405"/>
        <source>Every change to this payment, oldest first, with who made it.</source>
        <translation>Pob newid i&apos;r taliad hwn, yr hynaf yn gyntaf, gyda phwy a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="443"/>
        <source>This is a transfer between your accounts. To change it, delete it and add it again.</source>
        <translation>Trosglwyddiad rhwng eich cyfrifon yw hwn. I&apos;w newid, dilëwch ef a&apos;i ychwanegu eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="458"/>
        <source>Delete the %1 received from %2 on %3?</source>
        <translation>Dileu&apos;r %1 a gafwyd gan %2 ar %3?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="460"/>
        <source>Delete the %1 paid to %2 on %3?</source>
        <translation>Dileu&apos;r %1 a dalwyd i %2 ar %3?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="467"/>
        <source>You can get it back later with “Show deleted”.</source>
        <translation>Gallwch chi ei gael yn ôl yn nes ymlaen gyda “Dangos y rhai wedi&apos;u dileu”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="469"/>
        <source>Delete this payment?</source>
        <translation>Dileu&apos;r taliad hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="472"/>
        <source>Deleted. Tick “Show deleted” to get it back.</source>
        <translation>Wedi dileu. Ticiwch “Dangos y rhai wedi&apos;u dileu” i&apos;w gael yn ôl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="480"/>
        <source>Restored. It is back in your records.</source>
        <translation>Wedi adfer. Mae yn ôl yn eich cofnodion.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="77"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="77"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="78"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="78"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="79"/>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="39"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="79"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="80"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="80"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="81"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="81"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="82"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="82"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="37"/>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="37"/>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="38"/>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="38"/>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="39"/>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="40"/>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="40"/>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="41"/>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="41"/>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="42"/>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="42"/>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="15"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="17"/>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="23"/>
        <source>Show what I type</source>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="26"/>
        <source>Passphrase hint</source>
        <translation>Awgrym am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="30"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="31"/>
        <source>Type it &amp;again:</source>
        <translation>Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="37"/>
        <source>Choose a passphrase you will remember. A few everyday words in a row, like &apos;kettle garden blue&apos;, are easy to remember and hard to guess.</source>
        <translation>Dewiswch gyfrinymadrodd y byddwch chi&apos;n ei gofio. Mae ambell air bob dydd yn olynol, fel &apos;tegell gardd glas&apos;, yn hawdd i&apos;w cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="62"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="67"/>
        <source>The second box does not match yet.</source>
        <translation>Dydy&apos;r ail flwch ddim yn cyfateb eto.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="25"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="26"/>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="40"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="51"/>
        <source>When you finish, this new code replaces your old one. The old recovery sheet will stop working, so throw it away safely.</source>
        <translation>Pan fyddwch chi&apos;n gorffen, bydd y cod newydd hwn yn cymryd lle&apos;r hen un. Bydd yr hen daflen adfer yn stopio gweithio, felly taflwch hi&apos;n ddiogel.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Use this new code</source>
        <translation>&amp;Defnyddio&apos;r cod newydd hwn</translation>
    </message>
</context>
<context>
    <name>NoReceiptNotes</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="49"/>
        <source>Spending that needs a receipt</source>
        <translation>Gwariant sydd angen derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="70"/>
        <source>No receipt because</source>
        <translation>Dim derbynneb oherwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="71"/>
        <source>For example: Bus fare – no ticket given</source>
        <translation>Er enghraifft: Taith bws – chafwyd dim tocyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="72"/>
        <source>No receipt &amp;because:</source>
        <translation>Dim derbynneb &amp;oherwydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>&amp;Save reason</source>
        <translation>&amp;Cadw&apos;r rheswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>Save reason</source>
        <translation>Cadw&apos;r rheswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="78"/>
        <source>Add a &amp;receipt for this…</source>
        <translation>Ychwanegu &amp;derbynneb ar gyfer hwn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="80"/>
        <source>Add a receipt for this payment</source>
        <translation>Ychwanegu derbynneb ar gyfer y taliad hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="85"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="100"/>
        <source>Spending needs a receipt, or a short note saying why there isn&apos;t one. Sometimes there is no receipt, like a bus fare. Write why, and it counts as done.</source>
        <translation>Mae angen derbynneb ar wariant, neu nodyn byr yn dweud pam nad oes un. Weithiau does dim derbynneb, fel ar gyfer taith bws. Ysgrifennwch pam, ac mae&apos;n cyfrif fel wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="131"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation>Mae gan bob taliad dderbynneb neu reswm. Da iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="153"/>
        <source>Please write a few words about why there is no receipt.</source>
        <translation>Ysgrifennwch ychydig eiriau am pam nad oes derbynneb.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="163"/>
        <source>Saved the reason for %1 to %2.</source>
        <translation>Wedi cadw&apos;r rheswm am y %1 i %2.</translation>
    </message>
</context>
<context>
    <name>PADialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Change a PA&apos;s details</source>
        <translation>Newid manylion CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Add a PA</source>
        <translation>Ychwanegu CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="60"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="61"/>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has &amp;left</source>
        <translation>Wedi &amp;gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="65"/>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="66"/>
        <source>Kind of hours</source>
        <translation>Math o oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="67"/>
        <source>The same hours each week</source>
        <translation>Yr un oriau bob wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="68"/>
        <source>Irregular hours (they change week to week)</source>
        <translation>Oriau afreolaidd (maen nhw&apos;n newid o wythnos i wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="69"/>
        <source>Contracted hours a week</source>
        <translation>Oriau dan gontract yr wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="70"/>
        <source>For example 20 or 12.5</source>
        <translation>Er enghraifft 20 neu 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="71"/>
        <source>Holiday</source>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="72"/>
        <source>Paid every</source>
        <translation>Yn cael ei dalu bob</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="76"/>
        <source>First day of a pay period</source>
        <translation>Diwrnod cyntaf cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="78"/>
        <source>Payroll service</source>
        <translation>Gwasanaeth cyflogres</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="79"/>
        <source>Who does the payslips, if anyone</source>
        <translation>Pwy sy&apos;n gwneud y slipiau cyflog, os oes rhywun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="81"/>
        <source>&amp;Under 21 (for the minimum wage check)</source>
        <translation>&amp;Dan 21 (ar gyfer gwirio&apos;r isafswm cyflog)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="83"/>
        <source>Under 21</source>
        <translation>Dan 21</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="85"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="87"/>
        <source>Pay rates</source>
        <translation>Cyfraddau cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="88"/>
        <source>Kind of shift</source>
        <translation>Math o shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="91"/>
        <source>Rate from</source>
        <translation>Cyfradd o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="92"/>
        <source>Pay (£)</source>
        <translation>Cyflog (£)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>&amp;Add rate</source>
        <translation>&amp;Ychwanegu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>Add rate</source>
        <translation>Ychwanegu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>&amp;Remove rate</source>
        <translation>&amp;Tynnu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>Remove rate</source>
        <translation>Tynnu cyfradd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="101"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="105"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="106"/>
        <source>&amp;Started on:</source>
        <translation>Wedi dechrau a&amp;r:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="110"/>
        <source>Left:</source>
        <translation>Wedi gadael:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="111"/>
        <source>H&amp;ours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="112"/>
        <source>Hours a &amp;week:</source>
        <translation>Oriau&apos;r &amp;wythnos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="113"/>
        <source>Ho&amp;liday:</source>
        <translation>Gwy&amp;liau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="114"/>
        <source>&amp;Paid every:</source>
        <translation>Yn cael ei d&amp;alu bob:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="115"/>
        <source>A pay period &amp;begins on:</source>
        <translation>Mae cyfnod cyflog yn &amp;cychwyn ar:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="116"/>
        <source>Pa&amp;yroll service:</source>
        <translation>Gwa&amp;sanaeth cyflogres:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="120"/>
        <source>Age:</source>
        <translation>Oed:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="123"/>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="125"/>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="130"/>
        <source>Pay &amp;rates (an hour; a sleep-in is paid a set amount a night):</source>
        <translation>Cyfraddau cy&amp;flog (yr awr; mae cysgu i mewn yn cael swm penodol y noson):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="135"/>
        <source>About this PA</source>
        <translation>Am y CP hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="144"/>
        <source>Kinds without their own rate are paid the day rate (a waking night: the night rate). When a rate goes up, add the new rate from the day it starts: earlier shifts keep the old one.</source>
        <translation>Mae mathau heb eu cyfradd eu hunain yn cael y gyfradd ddydd (noson effro: y gyfradd nos). Pan fydd cyfradd yn codi, ychwanegwch y gyfradd newydd o&apos;r diwrnod mae&apos;n dechrau: mae shifftiau cynharach yn cadw&apos;r hen un.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="202"/>
        <source>a night</source>
        <translation>y noson</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="202"/>
        <source>an hour</source>
        <translation>yr awr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="205"/>
        <source>%1 from %2: %3 %4</source>
        <translation>%1 o %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="222"/>
        <source>Please type the pay, like 12.71.</source>
        <translation>Teipiwch y cyflog, fel 12.71.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="68"/>
        <source>Zoom o&amp;ut</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="68"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Chwyddo allan (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="71"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="71"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Chwyddo i mewn (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="74"/>
        <source>Fit &amp;width</source>
        <translation>Ffitio&apos;r &amp;lled</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="74"/>
        <source>Fit to the width (Ctrl+0)</source>
        <translation>Ffitio i&apos;r lled (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="77"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Y dudalen &amp;flaenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="77"/>
        <source>Previous page (Page Up)</source>
        <translation>Y dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="80"/>
        <source>&amp;Next page ▶</source>
        <translation>Y dudalen &amp;nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="80"/>
        <source>Next page (Page Down)</source>
        <translation>Y dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="82"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="83"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="90"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="86"/>
        <source>Choose a statement and a period, then press Preview (Ctrl+Enter).</source>
        <translation>Dewiswch ddatganiad a chyfnod, yna pwyswch Rhagolwg (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="143"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="148"/>
        <source>Preview, %1</source>
        <translation>Rhagolwg, %1</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="86"/>
        <source>Pay record for %1</source>
        <extracomment>The payslip&apos;s amounts, in the order of the boxes; each box is the dialog attribute of that name.</extracomment>
        <translation>Cofnod cyflog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="90"/>
        <source>Pay period</source>
        <translation>Cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="95"/>
        <source>✓ payslip saved</source>
        <translation>✓ slip cyflog wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="98"/>
        <source>Pay worked out from shifts</source>
        <translation>Cyflog wedi&apos;i gyfrifo o&apos;r shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="101"/>
        <source>Total worked out</source>
        <translation>Cyfanswm wedi&apos;i gyfrifo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="105"/>
        <source>Missing pay rates</source>
        <translation>Cyfraddau cyflog sydd ar goll</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="109"/>
        <source>Gross pay</source>
        <translation>Cyflog gros</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="110"/>
        <source>Tax (PAYE)</source>
        <translation>Treth (TWE)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="111"/>
        <source>Employee&apos;s National Insurance</source>
        <translation>Yswiriant Gwladol y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="112"/>
        <source>Employee&apos;s pension</source>
        <translation>Pensiwn y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="113"/>
        <source>Net pay</source>
        <translation>Cyflog net</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="114"/>
        <source>Employer&apos;s National Insurance</source>
        <translation>Yswiriant Gwladol y cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="115"/>
        <source>Employer&apos;s pension</source>
        <translation>Pensiwn y cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="116"/>
        <source>Holiday pay</source>
        <translation>Tâl gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="117"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="390"/>
        <source>Payslip check</source>
        <translation>Gwirio&apos;r slip cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="121"/>
        <source>Payments that paid this payslip</source>
        <translation>Taliadau a dalodd y slip cyflog hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="123"/>
        <source>No payments found</source>
        <translation>Dim taliadau wedi&apos;u canfod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="125"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="141"/>
        <source>in pounds</source>
        <translation>mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="148"/>
        <source>&amp;Pay period:</source>
        <translation>&amp;Cyfnod cyflog:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="150"/>
        <source>Worked out from the shifts</source>
        <translation>Wedi&apos;i gyfrifo o&apos;r shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="157"/>
        <source>&amp;Gross pay (£):</source>
        <translation>Cyflog &amp;gros (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="158"/>
        <source>&amp;Tax, PAYE (£):</source>
        <translation>&amp;Treth, TWE (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="159"/>
        <source>Employee&apos;s &amp;NI (£):</source>
        <translation>&amp;YG y gweithiwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="160"/>
        <source>Employee&apos;s pensi&amp;on (£):</source>
        <translation>&amp;Pensiwn y gweithiwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="161"/>
        <source>N&amp;et pay (£):</source>
        <translation>Cyflog &amp;net (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="163"/>
        <source>Emplo&amp;yer&apos;s NI (£):</source>
        <translation>YG y cyf&amp;logwr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="164"/>
        <source>Employe&amp;r&apos;s pension (£):</source>
        <translation>Pensiwn y cyflog&amp;wr (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="165"/>
        <source>&amp;Holiday pay in it (£):</source>
        <translation>Tâl gwyl&amp;iau ynddo (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="170"/>
        <source>From the payslip</source>
        <translation>O&apos;r slip cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="177"/>
        <source>Tick the payments that p&amp;aid it: the net pay to your PA, and what went to HMRC and the pension.</source>
        <translation>Ticiwch y taliadau a&apos;i t&amp;alodd: y cyflog net i&apos;ch CP, a&apos;r hyn a aeth i CThEF a&apos;r pensiwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="183"/>
        <source>Payments that paid it</source>
        <translation>Taliadau a&apos;i talodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="193"/>
        <source>Copy the figures from the payslip your payroll service sent. This app keeps a record of payslips; it does not work out tax or National Insurance.</source>
        <translation>Copïwch y ffigurau o&apos;r slip cyflog a anfonodd eich gwasanaeth cyflogres. Mae&apos;r ap hwn yn cadw cofnod o slipiau cyflog; dydy e ddim yn cyfrifo treth nac Yswiriant Gwladol.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="255"/>
        <source>No shifts or leave are recorded for this period.</source>
        <translation>Does dim shifftiau na gwyliau wedi&apos;u cofnodi ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="258"/>
        <source>Total: %1</source>
        <translation>Cyfanswm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="262"/>
        <source>No pay rate for: %1. Add one in the PA&apos;s details.</source>
        <translation>Dim cyfradd cyflog ar gyfer: %1. Ychwanegwch un ym manylion y CP.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="288"/>
        <source>no category</source>
        <translation>dim categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="293"/>
        <source>already with the payslip for %1</source>
        <translation>eisoes gyda&apos;r slip cyflog ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="312"/>
        <source>No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. Add them on the Money page, then come back to tick them.</source>
        <translation>Dim taliadau i&apos;ch CP, CThEF, pensiwn na gwasanaeth cyflogres rhwng %1 a %2. Ychwanegwch nhw ar y dudalen Arian, yna dewch yn ôl i&apos;w ticio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="344"/>
        <source>The payslip&apos;s gross pay matches the shifts.</source>
        <translation>Mae cyflog gros y slip cyflog yn cyfateb i&apos;r shifftiau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="350"/>
        <source>The payslip says %1 but the shifts come to %2: %3 less. Please check the hours with your payroll service.</source>
        <translation>Mae&apos;r slip cyflog yn dweud %1 ond mae&apos;r shifftiau&apos;n dod i %2: %3 yn llai. Gwiriwch yr oriau gyda&apos;ch gwasanaeth cyflogres.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="355"/>
        <source>The payslip says %1 but the shifts come to %2: %3 more. Please check the hours with your payroll service.</source>
        <translation>Mae&apos;r slip cyflog yn dweud %1 ond mae&apos;r shifftiau&apos;n dod i %2: %3 yn fwy. Gwiriwch yr oriau gyda&apos;ch gwasanaeth cyflogres.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="381"/>
        <source>Gross pay less tax, employee&apos;s NI and employee&apos;s pension comes to %1, but the net pay is %2. Please check the figures.</source>
        <translation>Mae cyflog gros llai treth, YG y gweithiwr a phensiwn y gweithiwr yn dod i %1, ond %2 yw&apos;r cyflog net. Gwiriwch y ffigurau.</translation>
    </message>
</context>
<context>
    <name>PendingReceipts</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="29"/>
        <source>Receipts to attach</source>
        <translation>Derbynebion i&apos;w hatodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add &amp;receipt…</source>
        <translation>Ychwanegu &amp;derbynneb…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add receipt</source>
        <translation>Ychwanegu derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="34"/>
        <source>Choose a photo or PDF, or drag files here</source>
        <translation>Dewiswch lun neu PDF, neu llusgwch ffeiliau yma</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remove receipt</source>
        <translation>Tynnu derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="38"/>
        <source>Receipt status</source>
        <translation>Statws y dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="104"/>
        <source>%1 (already kept)</source>
        <translation>%1 (wedi&apos;i chadw&apos;n barod)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="68"/>
        <source>Reading %1…</source>
        <translation>Wrthi&apos;n darllen %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="74"/>
        <source>Reading the receipt…</source>
        <translation>Wrthi&apos;n darllen y dderbynneb…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="96"/>
        <source>That file could not be read. Please try another.</source>
        <translation>Doedd dim modd darllen y ffeil honno. Rhowch gynnig ar un arall.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="31"/>
        <source>All dates</source>
        <translation>Pob dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="32"/>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="33"/>
        <source>Last month</source>
        <translation>Y mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="34"/>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="35"/>
        <source>Last quarter</source>
        <translation>Y chwarter diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="36"/>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="37"/>
        <source>This year (April to March)</source>
        <translation>Eleni (Ebrill i Fawrth)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="38"/>
        <source>Last year (April to March)</source>
        <translation>Y llynedd (Ebrill i Fawrth)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/periods.py" line="39"/>
        <source>Choose dates…</source>
        <translation>Dewis dyddiadau…</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="33"/>
        <source>Council (adult social care)</source>
        <translation>Cyngor (gofal cymdeithasol oedolion)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="34"/>
        <source>NHS personal health budget</source>
        <translation>Cyllideb iechyd bersonol y GIG</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="35"/>
        <source>Section 117 aftercare</source>
        <translation>Ôl-ofal Adran 117</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="36"/>
        <source>Independent Living Fund</source>
        <translation>Cronfa Byw&apos;n Annibynnol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="37"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="57"/>
        <source>every month</source>
        <translation>bob mis</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="58"/>
        <source>every 3 months</source>
        <translation>bob 3 mis</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="59"/>
        <source>every 6 months</source>
        <translation>bob 6 mis</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/plan.py" line="60"/>
        <source>every year</source>
        <translation>bob blwyddyn</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="61"/>
        <source>Council or NHS team</source>
        <translation>Cyngor neu dîm GIG</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="62"/>
        <source>For example: Leeds City Council</source>
        <translation>Er enghraifft: Cyngor Caerdydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="63"/>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="64"/>
        <source>Plan starts</source>
        <translation>Y cynllun yn dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="65"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="66"/>
        <source>Payment amount</source>
        <translation>Swm y taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="68"/>
        <source>How often it is paid</source>
        <translation>Pa mor aml mae&apos;n cael ei dalu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="73"/>
        <source>First payment date</source>
        <translation>Dyddiad y taliad cyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="79"/>
        <source>Your contribution each week</source>
        <translation>Eich cyfraniad bob wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="82"/>
        <source>Section 117 aftercare is free: there is no contribution.</source>
        <translation>Mae ôl-ofal Adran 117 am ddim: does dim cyfraniad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="85"/>
        <source>How often the council checks</source>
        <translation>Pa mor aml mae&apos;r cyngor yn gwirio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="90"/>
        <source>Warning level in weeks</source>
        <translation>Lefel rhybudd mewn wythnosau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="93"/>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="94"/>
        <source>Budget lines</source>
        <translation>Llinellau cyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a line…</source>
        <translation>Ychwanegu llinell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a budget line</source>
        <translation>Ychwanegu llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change budget line</source>
        <translation>Newid llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove budget line</source>
        <translation>Tynnu llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="105"/>
        <source>Changes start on</source>
        <translation>Newidiadau&apos;n dechrau ar</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="106"/>
        <source>Weekly budget</source>
        <translation>Cyllideb wythnosol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>&amp;Save the plan</source>
        <translation>&amp;Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>Save the plan</source>
        <translation>Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="111"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="114"/>
        <source>Earlier versions of the plan</source>
        <translation>Fersiynau cynharach o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="118"/>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="122"/>
        <source>No accounts yet. Press “Add an account…” and add the bank account your direct payment is paid into.</source>
        <translation>Dim cyfrifon eto. Pwyswch “Ychwanegu cyfrif…” ac ychwanegwch y cyfrif banc y mae eich taliad uniongyrchol yn cael ei dalu iddo.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="128"/>
        <source>Add an &amp;account…</source>
        <translation>&amp;Ychwanegu cyfrif…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="128"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="131"/>
        <source>C&amp;hange account…</source>
        <translation>N&amp;ewid cyfrif…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="131"/>
        <source>Change account</source>
        <translation>Newid cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="145"/>
        <source>Council or &amp;NHS team:</source>
        <translation>Cyngor neu dîm G&amp;IG:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="146"/>
        <source>&amp;Reference:</source>
        <translation>Cyfeir&amp;nod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="147"/>
        <source>Plan &amp;starts:</source>
        <translation>Y cynllun yn &amp;dechrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="148"/>
        <source>Next re&amp;view:</source>
        <translation>&amp;Adolygiad nesaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="149"/>
        <source>&amp;Payment (£):</source>
        <translation>&amp;Taliad (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="152"/>
        <source>&amp;First payment date:</source>
        <translation>Dyddiad y ta&amp;liad cyntaf:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="153"/>
        <source>Money comes from:</source>
        <translation>Daw&apos;r arian o:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="154"/>
        <source>Your &amp;contribution a week (£):</source>
        <translation>Eich cyf&amp;raniad yr wythnos (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="156"/>
        <source>Council &amp;checks:</source>
        <translation>&amp;Gwiriadau&apos;r cyngor:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="157"/>
        <source>&amp;Warn me above:</source>
        <translation>Rhy&amp;buddio fi dros:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="158"/>
        <source>Budget lines:</source>
        <translation>Llinellau cyllideb:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="160"/>
        <source>Changes s&amp;tart on:</source>
        <translation>Newidiadau&apos;n dechra&amp;u ar:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="161"/>
        <source>Your support plan</source>
        <translation>Eich cynllun cymorth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="168"/>
        <source>Earlier versions:</source>
        <translation>Fersiynau cynharach:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="175"/>
        <source>Your accounts</source>
        <translation>Eich cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="180"/>
        <source>The places your direct payment money is kept. Moving money between your accounts is a transfer: it is not spending.</source>
        <translation>Y lleoedd lle mae arian eich taliadau uniongyrchol yn cael ei gadw. Trosglwyddiad yw symud arian rhwng eich cyfrifon: nid gwariant yw hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="191"/>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="195"/>
        <source>Plan and accounts</source>
        <translation>Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="245"/>
        <source>Your support plan says how much the council (or the NHS) pays you, how often, and what it is for. You will find these figures in your council&apos;s letter or your support plan. Fill in what you know: you can change it later.</source>
        <translation>Mae eich cynllun cymorth yn dweud faint mae&apos;r cyngor (neu&apos;r GIG) yn ei dalu i chi, pa mor aml, ac ar gyfer beth. Byddwch chi&apos;n dod o hyd i&apos;r ffigurau hyn yn llythyr eich cyngor neu yn eich cynllun cymorth. Llenwch yr hyn rydych chi&apos;n ei wybod: gallwch chi ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="263"/>
        <source>If your plan changes, change the figures, choose the day the changes start, and save. The earlier version is kept for statements about earlier dates.</source>
        <translation>Os bydd eich cynllun yn newid, newidiwch y ffigurau, dewiswch y diwrnod mae&apos;r newidiadau&apos;n dechrau, a chadwch. Mae&apos;r fersiwn gynharach yn cael ei chadw ar gyfer datganiadau am ddyddiadau cynharach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="295"/>
        <source>%1: %2 hours a week at %3 (%4 a week)</source>
        <translation>%1: %2 awr yr wythnos ar %3 (%4 yr wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="303"/>
        <source>%1: %2 %3 (%4 a week)</source>
        <translation>%1: %2 %3 (%4 yr wythnos)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="382"/>
        <source>That is %1 a week, including your contribution.</source>
        <translation>Mae hynny&apos;n %1 yr wythnos, gan gynnwys eich cyfraniad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="399"/>
        <source>Saved. This plan applies from %1.</source>
        <translation>Wedi cadw. Mae&apos;r cynllun hwn yn berthnasol o %1 ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="408"/>
        <source>From %1: %2 %3, %4</source>
        <translation>O %1: %2 %3, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="432"/>
        <source>%1 (%2): %3 now. Started with %4 on %5.</source>
        <translation>%1 (%2): %3 nawr. Wedi dechrau gyda %4 ar %5.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="43"/>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="44"/>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="29"/>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="30"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="31"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="32"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="33"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="34"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="35"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="13"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="15"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="16"/>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="17"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="18"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="19"/>
        <source>Discard</source>
        <translation>Peidio â chadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="22"/>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="25"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="41"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/qt_strings.py" line="42"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="165"/>
        <source>Receipt: %1</source>
        <translation>Derbynneb: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="51"/>
        <source>Receipt picture</source>
        <translation>Llun y dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Chwyddo allan (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Chwyddo i mewn (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>&amp;Fit</source>
        <translation>&amp;Ffitio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ffitio i&apos;r ffenestr (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>&amp;Turn right</source>
        <translation>&amp;Troi i&apos;r dde</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>Turn a quarter to the right (R)</source>
        <translation>Troi chwarter i&apos;r dde (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>&amp;Previous page</source>
        <translation>Y dudalen f&amp;laenorol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>Previous page (Page Up)</source>
        <translation>Y dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>&amp;Next page</source>
        <translation>Y dudalen &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>Next page (Page Down)</source>
        <translation>Y dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="75"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="77"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="152"/>
        <source>This receipt could not be shown.</source>
        <translation>Doedd dim modd dangos y dderbynneb hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="129"/>
        <source>Waiting to be matched</source>
        <translation>Yn aros i gael ei pharu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="132"/>
        <source>Attached to a payment</source>
        <translation>Wedi&apos;i hatodi i daliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="134"/>
        <source>Attached to %1 %2</source>
        <translation>Wedi&apos;i hatodi i %1 %2</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="75"/>
        <source>&amp;Add photos or PDFs…</source>
        <translation>&amp;Ychwanegu lluniau neu PDFs…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="77"/>
        <source>Add photos or PDFs</source>
        <translation>Ychwanegu lluniau neu PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="79"/>
        <source>Choose receipt files, or drag them onto this page</source>
        <translation>Dewiswch ffeiliau derbynebion, neu eu llusgo i&apos;r dudalen hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="81"/>
        <source>Also keep the &amp;original file (uses more space)</source>
        <translation>Cadw&apos;r ffeil &amp;wreiddiol hefyd (yn defnyddio mwy o le)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="83"/>
        <source>Also keep the original file</source>
        <translation>Cadw&apos;r ffeil wreiddiol hefyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="86"/>
        <source>The app keeps a smaller copy that is clear enough to read. Keeping the original file as well uses more space.</source>
        <translation>Mae&apos;r ap yn cadw copi llai sy&apos;n ddigon clir i&apos;w ddarllen. Mae cadw&apos;r ffeil wreiddiol hefyd yn defnyddio mwy o le.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="91"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="92"/>
        <source>All receipts</source>
        <translation>Pob derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="93"/>
        <source>Waiting to be matched</source>
        <translation>Yn aros i gael eu paru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="94"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="98"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="152"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="161"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="258"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="119"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="119"/>
        <source>View (Enter)</source>
        <translation>Gweld (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="121"/>
        <source>&amp;Match to spending…</source>
        <translation>&amp;Paru â gwariant…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="121"/>
        <source>Match to spending</source>
        <translation>Paru â gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="124"/>
        <source>&amp;Unmatch</source>
        <translation>Dad&amp;baru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="124"/>
        <source>Unmatch from spending</source>
        <translation>Dadbaru o&apos;r gwariant</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="127"/>
        <source>&amp;Delete receipt</source>
        <translation>D&amp;ileu&apos;r dderbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="127"/>
        <source>Delete receipt (Delete key)</source>
        <translation>Dileu&apos;r dderbynneb (bysell Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="129"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="153"/>
        <source>Receipts, or spending with none</source>
        <translation>Derbynebion, neu wariant heb un</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="165"/>
        <source>Keep photos and PDFs of your receipts here, safely locked in your vault. You can add them now and match them to your spending later.</source>
        <translation>Cadwch luniau a PDFs o&apos;ch derbynebion yma, wedi&apos;u cloi&apos;n ddiogel yn eich claddgell. Gallwch chi eu hychwanegu nawr a&apos;u paru â&apos;ch gwariant yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="247"/>
        <source>No receipts are waiting to be matched. Everything is sorted.</source>
        <translation>Does dim derbynebion yn aros i gael eu paru. Mae popeth yn ei le.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="250"/>
        <source>No receipts yet. Press “Add photos or PDFs…”, or drag files onto this page.</source>
        <translation>Dim derbynebion eto. Pwyswch “Ychwanegu lluniau neu PDFs…”, neu llusgwch ffeiliau i&apos;r dudalen hon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="260"/>
        <source>Receipts (%n waiting)</source>
        <translation>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
            <numerusform>Derbynebion (%n yn aros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="264"/>
        <source>Spending with no receipt (%1)</source>
        <translation>Gwariant heb dderbynneb (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="305"/>
        <source>Reading 1 file…</source>
        <translation>Wrthi&apos;n darllen 1 ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="307"/>
        <source>Reading %1 files…</source>
        <translation>Wrthi&apos;n darllen %1 ffeil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="314"/>
        <source>Reading your receipts…</source>
        <translation>Wrthi&apos;n darllen eich derbynebion…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="330"/>
        <source>%1 could not be read. Please try another file.</source>
        <translation>Doedd dim modd darllen %1. Rhowch gynnig ar ffeil arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="353"/>
        <source>Added 1 receipt. You can match it to spending now or later.</source>
        <translation>Wedi ychwanegu 1 derbynneb. Gallwch chi ei pharu â gwariant nawr neu yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="356"/>
        <source>Added %1 receipts. You can match them to spending now or later.</source>
        <translation>Wedi ychwanegu %1 derbynneb. Gallwch chi eu paru â gwariant nawr neu yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="361"/>
        <source>Added 1 receipt to the payment.</source>
        <translation>Wedi ychwanegu 1 derbynneb at y taliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="363"/>
        <source>Added %1 receipts to the payment.</source>
        <translation>Wedi ychwanegu %1 derbynneb at y taliad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="370"/>
        <source>The files could not be read. Please try again.</source>
        <translation>Doedd dim modd darllen y ffeiliau. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="419"/>
        <source>Matched. The receipt is now kept with that payment.</source>
        <translation>Wedi paru. Mae&apos;r dderbynneb bellach yn cael ei chadw gyda&apos;r taliad hwnnw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="429"/>
        <source>Unmatched. The receipt is waiting to be matched again.</source>
        <translation>Wedi dadbaru. Mae&apos;r dderbynneb yn aros i gael ei pharu eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="440"/>
        <source>Delete the receipt “%1”? It will be removed from your vault.</source>
        <translation>Dileu&apos;r dderbynneb “%1”? Bydd yn cael ei thynnu o&apos;ch claddgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="443"/>
        <source>Delete this receipt?</source>
        <translation>Dileu&apos;r dderbynneb hon?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="447"/>
        <source>Deleted the receipt.</source>
        <translation>Wedi dileu&apos;r dderbynneb.</translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="23"/>
        <source>Remove for good</source>
        <translation>Tynnu am byth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="27"/>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="37"/>
        <source>Records and history</source>
        <translation>Cofnodion a hanes</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="41"/>
        <source>See &amp;everything that changed…</source>
        <translation>Gweld &amp;popeth a newidiodd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="43"/>
        <source>See everything that changed</source>
        <translation>Gweld popeth a newidiodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="49"/>
        <source>Remove old &amp;deleted payments…</source>
        <translation>Tynnu hen daliadau wedi&apos;u &amp;dileu…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="51"/>
        <source>Remove old deleted payments for good</source>
        <translation>Tynnu hen daliadau wedi&apos;u dileu am byth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="54"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="75"/>
        <source>Deleted payments are kept for their financial year and six more. %1 deleted payments are dated before %2, so they can now be removed for good.</source>
        <translation>Mae taliadau wedi&apos;u dileu yn cael eu cadw am eu blwyddyn ariannol a chwe blynedd arall. Mae %1 taliad wedi&apos;u dileu wedi&apos;u dyddio cyn %2, felly mae modd eu tynnu am byth nawr.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="81"/>
        <source>Deleted payments are kept for their financial year and six more. None are old enough to remove yet (they would need to be dated before %1).</source>
        <translation>Mae taliadau wedi&apos;u dileu yn cael eu cadw am eu blwyddyn ariannol a chwe blynedd arall. Does dim un yn ddigon hen i&apos;w dynnu eto (byddai angen iddyn nhw fod wedi&apos;u dyddio cyn %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="105"/>
        <source>Remove for good?</source>
        <translation>Tynnu am byth?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="107"/>
        <source>%1 deleted payments dated before %2, and their receipts, will be removed from the vault for good. This cannot be undone. Backups made before today still hold them.</source>
        <translation>Bydd %1 taliad wedi&apos;u dileu sydd wedi&apos;u dyddio cyn %2, a&apos;u derbynebion, yn cael eu tynnu o&apos;r gladdgell am byth. Does dim modd dadwneud hyn. Mae copïau wrth gefn a wnaed cyn heddiw yn dal i&apos;w cadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/records_box.py" line="121"/>
        <source>Removed %1 old deleted payments.</source>
        <translation>Wedi tynnu %1 hen daliad wedi&apos;u dileu.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="26"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="34"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Cadw&apos;r daflen adfer (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="36"/>
        <source>Save recovery sheet as a PDF to print</source>
        <translation>Cadw&apos;r daflen adfer fel PDF i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="40"/>
        <source>&amp;Open it to print</source>
        <translation>&amp;Agor hi i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="42"/>
        <source>Open the saved sheet to print it</source>
        <translation>Agor y daflen sydd wedi&apos;i chadw i&apos;w hargraffu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="46"/>
        <source>Recovery sheet status</source>
        <translation>Statws y daflen adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="58"/>
        <source>This is your recovery code. If you ever forget your passphrase, this code opens your records. Write it down or print the recovery sheet, and keep it somewhere safe at home, away from the computer.</source>
        <translation>Dyma eich cod adfer. Os byddwch chi byth yn anghofio eich cyfrinymadrodd, mae&apos;r cod hwn yn agor eich cofnodion. Ysgrifennwch ef i lawr neu argraffwch y daflen adfer, a&apos;i chadw rywle diogel gartref, i ffwrdd o&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="70"/>
        <source>Anyone with this code and your vault could read your records, so keep it private. It is shown only now.</source>
        <translation>Gallai unrhyw un sydd â&apos;r cod hwn a&apos;ch claddgell ddarllen eich cofnodion, felly cadwch ef yn breifat. Dim ond nawr mae&apos;n cael ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="85"/>
        <source>Recovery sheet.pdf</source>
        <translation>Taflen adfer.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="99"/>
        <source>Saved to %1. Print it, then keep the paper safe. This file is not encrypted, so delete it once it is printed.</source>
        <translation>Wedi&apos;i chadw yn %1. Argraffwch hi, yna cadwch y papur yn ddiogel. Dydy&apos;r ffeil hon ddim wedi&apos;i hamgryptio, felly dilëwch hi ar ôl ei hargraffu.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="26"/>
        <source>Reopen records</source>
        <translation>Ailagor cofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="30"/>
        <source>Reopen from</source>
        <translation>Ailagor o</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="34"/>
        <source>Why it is being reopened</source>
        <translation>Pam mae&apos;n cael ei ailagor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="36"/>
        <source>For example: the council asked me to correct a payment</source>
        <translation>Er enghraifft: gofynnodd y cyngor i mi gywiro taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="38"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="43"/>
        <source>Records are closed up to %1.</source>
        <translation>Mae cofnodion wedi cau hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="45"/>
        <source>No records are closed.</source>
        <translation>Does dim cofnodion wedi cau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="51"/>
        <source>Records from the day you choose can be changed again; earlier ones stay closed. Your reason is kept with your records.</source>
        <translation>Bydd modd newid cofnodion o&apos;r diwrnod rydych chi&apos;n ei ddewis eto; bydd rhai cynharach yn aros ar gau. Mae eich rheswm yn cael ei gadw gyda&apos;ch cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="57"/>
        <source>Reopen &amp;from:</source>
        <translation>Ailagor &amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="58"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="92"/>
        <source>No receipts were kept for this period.</source>
        <translation>Chafodd dim derbynebion eu cadw ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="152"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="313"/>
        <source>Pay period</source>
        <translation>Cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="153"/>
        <source>From shifts</source>
        <translation>O&apos;r shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="154"/>
        <source>Payslip gross</source>
        <translation>Gros y slip cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="155"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="312"/>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="156"/>
        <source>Tax</source>
        <translation>Treth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="157"/>
        <source>NI (PA)</source>
        <translation>YG (CP)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="158"/>
        <source>NI (employer)</source>
        <translation>YG (cyflogwr)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="159"/>
        <source>Pension</source>
        <translation>Pensiwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="160"/>
        <source>Net pay</source>
        <translation>Cyflog net</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="172"/>
        <source>Pay summary</source>
        <translation>Crynodeb cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="195"/>
        <source>%1: pay periods ending %2</source>
        <translation>%1: cyfnodau cyflog sy&apos;n gorffen yn y cyfnod %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="211"/>
        <source>No pay periods in this time.</source>
        <translation>Does dim cyfnodau cyflog yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="228"/>
        <source>not entered</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="231"/>
        <source>matches</source>
        <translation>yn cyfateb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/evidence.py" line="251"/>
        <source>“From shifts” is worked out from the hours and pay rates recorded in the app; the payslip figures are copied from the payroll service. The app does not work out tax.</source>
        <translation>Mae “O&apos;r shifftiau” yn cael ei gyfrifo o&apos;r oriau a&apos;r cyfraddau cyflog sydd wedi&apos;u cofnodi yn yr ap; mae ffigurau&apos;r slip cyflog wedi&apos;u copïo o&apos;r gwasanaeth cyflogres. Dydy&apos;r ap ddim yn cyfrifo treth.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="75"/>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="123"/>
        <source>Changes made</source>
        <translation>Newidiadau a wnaed</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="78"/>
        <source>Every change to payments dated in this period (even if made later), and everything else changed on these days: when, who, and what changed.</source>
        <translation>Pob newid i daliadau sydd wedi&apos;u dyddio yn y cyfnod hwn (hyd yn oed os cafodd ei wneud yn nes ymlaen), a phopeth arall a newidiodd ar y dyddiau hyn: pryd, pwy, a beth newidiodd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="89"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="286"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="90"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="286"/>
        <source>Person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="91"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="282"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="291"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="96"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="98"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="106"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="118"/>
        <source>No changes were made in this period.</source>
        <translation>Chafodd dim newidiadau eu gwneud yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/history.py" line="129"/>
        <source>Changes made: %1</source>
        <translation>Newidiadau a wnaed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="83"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="421"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="176"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="279"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="84"/>
        <source>Ref</source>
        <translation>Cyf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="85"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="86"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="87"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="88"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="89"/>
        <source>In</source>
        <translation>I mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="90"/>
        <source>Out</source>
        <translation>Allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="172"/>
        <source>continued</source>
        <translation>parhad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="208"/>
        <source>Receipt kept</source>
        <translation>Derbynneb wedi&apos;i chadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="210"/>
        <source>No receipt: %1</source>
        <translation>Dim derbynneb: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="212"/>
        <source>No receipt yet</source>
        <translation>Dim derbynneb eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="271"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="480"/>
        <source>Monitoring return</source>
        <translation>Ffurflen fonitro</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="272"/>
        <source>How the direct payment was spent</source>
        <translation>Sut cafodd y taliad uniongyrchol ei wario</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="277"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="288"/>
        <source>Paid by</source>
        <translation>Wedi&apos;i dalu gan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="278"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="289"/>
        <source>No support plan recorded</source>
        <translation>Dim cynllun cymorth wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="280"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="280"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="283"/>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 diwrnod)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="289"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="290"/>
        <source>Opening balance on %1</source>
        <translation>Balans agoriadol ar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="295"/>
        <source>Money in, by where it came from</source>
        <translation>Arian i mewn, yn ôl o ble daeth e</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="297"/>
        <source>Total money in</source>
        <translation>Cyfanswm arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="301"/>
        <source>Money out, by category</source>
        <translation>Arian allan, yn ôl categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="303"/>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="322"/>
        <source>Total money out</source>
        <translation>Cyfanswm arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="309"/>
        <source>None in this period</source>
        <translation>Dim yn y cyfnod hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="314"/>
        <source>Closing balance on %1</source>
        <translation>Balans cau ar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="319"/>
        <source>Money out, by budget line</source>
        <translation>Arian allan, yn ôl llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="326"/>
        <source>Not worked out (no plan)</source>
        <translation>Heb ei gyfrifo (dim cynllun)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="328"/>
        <source>%1 week</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="330"/>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="332"/>
        <source>Money in hand and receipts</source>
        <translation>Arian wrth gefn a derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="333"/>
        <source>Weeks of money in hand on %1, at the plan&apos;s weekly amount</source>
        <translation>Wythnosau o arian wrth gefn ar %1, ar swm wythnosol y cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="337"/>
        <source>Payments with no receipt yet</source>
        <translation>Taliadau heb dderbynneb eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="340"/>
        <source>Payments with no receipt, reason given</source>
        <translation>Taliadau heb dderbynneb, gyda rheswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="346"/>
        <source>Owed but not yet paid</source>
        <translation>Yn ddyledus ond heb ei dalu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="349"/>
        <source>Total owed</source>
        <translation>Cyfanswm sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="356"/>
        <source>Opening %1 + money in %2 %3 money out %4</source>
        <translation>Balans agoriadol %1 + arian i mewn %2 %3 arian allan %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="364"/>
        <source>%1 = closing %2</source>
        <translation>%1 = balans cau %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="369"/>
        <source>This does not add up. %1 = %2, but the closing balance is %3, a difference of %4. Please check the records before sending this return.</source>
        <translation>Dydy hyn ddim yn adio i fyny. %1 = %2, ond y balans cau yw %3, gwahaniaeth o %4. Gwiriwch y cofnodion cyn anfon y ffurflen hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="385"/>
        <source>Every transaction</source>
        <translation>Pob trafodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="389"/>
        <source>%1 transaction, oldest first.</source>
        <translation>%1 trafodyn, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="391"/>
        <source>%1 transactions, oldest first.</source>
        <translation>%1 trafodyn, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="393"/>
        <source>Transfers between the person&apos;s own accounts are listed but not counted as money in or out.</source>
        <translation>Mae trosglwyddiadau rhwng cyfrifon y person ei hun wedi&apos;u rhestru, ond dydyn nhw ddim yn cael eu cyfrif fel arian i mewn nac allan.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="401"/>
        <source>There were no transactions in this period.</source>
        <translation>Doedd dim trafodion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="417"/>
        <source>the council</source>
        <translation>y cyngor</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="419"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="420"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="423"/>
        <source>This return covers %1. Please sign and date below, then send the whole return to %2.</source>
        <translation>Mae&apos;r ffurflen hon ar gyfer %1. Llofnodwch a rhowch y dyddiad isod, yna anfonwch y ffurflen gyfan at %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="429"/>
        <source>Declaration</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="431"/>
        <source>I confirm this is a true record of how my direct payment was spent.</source>
        <translation>Rwy&apos;n cadarnhau bod hwn yn gofnod cywir o sut cafodd fy nhaliad uniongyrchol ei wario.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="445"/>
        <source>The person receiving the direct payment</source>
        <translation>Y person sy&apos;n cael y taliad uniongyrchol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="449"/>
        <source>Anyone who helped keep these records</source>
        <translation>Unrhyw un a helpodd i gadw&apos;r cofnodion hyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="451"/>
        <source>For example a family member, advocate or support worker. Leave blank if no one helped.</source>
        <translation>Er enghraifft aelod o&apos;r teulu, eiriolwr neu weithiwr cymorth. Gadewch yn wag os na wnaeth neb helpu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/monitoring.py" line="483"/>
        <source>Monitoring return: %1</source>
        <translation>Ffurflen fonitro: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="130"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="148"/>
        <source>Made on %1 with %2</source>
        <translation>Wedi&apos;i wneud ar %1 gyda %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/pdf_common.py" line="150"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="96"/>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="193"/>
        <source>Recovery sheet</source>
        <translation>Taflen adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="97"/>
        <source>This sheet is for:</source>
        <translation>Mae&apos;r daflen hon ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="98"/>
        <source>Vault:</source>
        <translation>Claddgell:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="99"/>
        <source>Made on:</source>
        <translation>Wedi&apos;i gwneud ar:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="100"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="101"/>
        <source>There is no letter O in the code, only the number 0.</source>
        <translation>Does dim llythyren O yn y cod, dim ond y rhif 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="102"/>
        <source>What this is</source>
        <translation>Beth yw hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="103"/>
        <source>This code opens your records if you forget your passphrase. It does the same job as your passphrase, so look after it in the same way.</source>
        <translation>Mae&apos;r cod hwn yn agor eich cofnodion os byddwch chi&apos;n anghofio eich cyfrinymadrodd. Mae&apos;n gwneud yr un gwaith â&apos;ch cyfrinymadrodd, felly edrychwch ar ei ôl yn yr un ffordd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="108"/>
        <source>How to use it</source>
        <translation>Sut i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="109"/>
        <source>Open %1 and choose your vault.</source>
        <translation>Agorwch %1 a dewiswch eich claddgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="110"/>
        <source>Choose %1.</source>
        <translation>Dewiswch “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="112"/>
        <source>Type the code. Capital or small letters are both fine, and dashes and spaces do not matter.</source>
        <translation>Teipiwch y cod. Mae priflythrennau neu lythrennau bach yn iawn, a does dim ots am linellau toriad a bylchau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="117"/>
        <source>Keep it safe</source>
        <translation>Cadwch ef yn ddiogel</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="118"/>
        <source>Keep this paper somewhere safe at home, away from the computer.</source>
        <translation>Cadwch y papur hwn yn rhywle diogel gartref, i ffwrdd o&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="121"/>
        <source>Anyone who has this code and your vault can read your records.</source>
        <translation>Gall unrhyw un sydd â&apos;r cod hwn a&apos;ch claddgell ddarllen eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="124"/>
        <source>After printing, do not keep a copy of this PDF file on the computer, or keep it only somewhere private.</source>
        <translation>Ar ôl argraffu, peidiwch â chadw copi o&apos;r ffeil PDF hon ar y cyfrifiadur, neu cadwch hi mewn lle preifat yn unig.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="129"/>
        <source>If you make a new recovery code in the app, this sheet stops working. The date at the top tells you which sheet is the newest.</source>
        <translation>Os byddwch chi&apos;n gwneud cod adfer newydd yn yr ap, bydd y daflen hon yn stopio gweithio. Mae&apos;r dyddiad ar y brig yn dweud wrthych chi pa daflen yw&apos;r un fwyaf newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="83"/>
        <source>You spent %1.</source>
        <translation>Fe wnaethoch chi wario %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="85"/>
        <source>There is no support plan with budget lines for this period, so there is nothing to compare it with.</source>
        <translation>Does dim cynllun cymorth gyda llinellau cyllideb ar gyfer y cyfnod hwn, felly does dim byd i&apos;w gymharu ag ef.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="94"/>
        <source>You spent %1 of %2.</source>
        <translation>Fe wnaethoch chi wario %1 allan o %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="97"/>
        <source>That is %1 less than the plan allowed.</source>
        <translation>Mae hynny %1 yn llai na&apos;r hyn roedd y cynllun yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="100"/>
        <source>That is %1 more than the plan allowed.</source>
        <translation>Mae hynny %1 yn fwy na&apos;r hyn roedd y cynllun yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="103"/>
        <source>That is exactly what the plan allowed.</source>
        <translation>Dyna&apos;n union yr hyn roedd y cynllun yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="107"/>
        <source>Your PAs worked %1 of %2 planned hours.</source>
        <translation>Gweithiodd eich CPau %1 allan o %2 o oriau wedi&apos;u cynllunio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="110"/>
        <source>Your PAs worked %1.</source>
        <translation>Gweithiodd eich CPau %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="111"/>
        <source>The plan sets no PA hours.</source>
        <translation>Dydy&apos;r cynllun ddim yn nodi oriau CP.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="195"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="310"/>
        <source>Planned</source>
        <translation>Yn y cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="200"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="311"/>
        <source>Spent</source>
        <translation>Wedi&apos;i wario</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="241"/>
        <source>%1 under</source>
        <translation>%1 yn llai</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="243"/>
        <source>%1 over</source>
        <translation>%1 yn fwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="244"/>
        <source>On plan</source>
        <translation>Yn ôl y cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="275"/>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="353"/>
        <source>Care review statement</source>
        <translation>Datganiad adolygiad gofal</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="278"/>
        <source>Spending and support hours against the plan</source>
        <translation>Gwariant ac oriau cymorth o&apos;u cymharu â&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="305"/>
        <source>Planned and spent, by budget line</source>
        <translation>Yn y cynllun ac wedi&apos;i wario, yn ôl llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="314"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="316"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="232"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="318"/>
        <source>Line by line</source>
        <translation>Llinell wrth linell</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="328"/>
        <source>My own notes</source>
        <translation>Fy nodiadau fy hun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="330"/>
        <source>What is working, what needs to change, and what to ask at the review.</source>
        <translation>Beth sy&apos;n gweithio, beth sydd angen newid, a beth i&apos;w ofyn yn yr adolygiad.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/review.py" line="355"/>
        <source>Care review statement: %1</source>
        <translation>Datganiad adolygiad gofal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="84"/>
        <source>%1 +1 day</source>
        <translation>%1 +1 diwrnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="177"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="178"/>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="179"/>
        <source>Break</source>
        <translation>Egwyl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="180"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="221"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="181"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="219"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="182"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="220"/>
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="227"/>
        <source>%1 awake</source>
        <translation>%1 yn effro</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="250"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="253"/>
        <source>1 sleep-in this period.</source>
        <translation>1 noson cysgu i mewn yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="255"/>
        <source>%1 sleep-ins this period.</source>
        <translation>%1 noson cysgu i mewn yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="257"/>
        <source>A sleep-in is paid as a set amount for the night; its hours above are only the time the PA was woken to work.</source>
        <translation>Mae noson cysgu i mewn yn cael ei thalu fel swm penodol am y noson; dim ond yr amser y cafodd y CP ei ddeffro i weithio yw ei horiau uchod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="270"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="312"/>
        <source>PA</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="271"/>
        <source>Employer (or the person helping)</source>
        <translation>Cyflogwr (neu&apos;r person sy&apos;n helpu)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="299"/>
        <source>Signatures</source>
        <translation>Llofnodion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="301"/>
        <source>By signing, we agree that these are the hours worked.</source>
        <translation>Drwy lofnodi, rydyn ni&apos;n cytuno mai dyma&apos;r oriau a weithiwyd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="316"/>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="323"/>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="366"/>
        <source>Timesheet</source>
        <translation>Taflen amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="329"/>
        <source>No shifts in this pay period.</source>
        <translation>Dim shifftiau yn y cyfnod cyflog hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="370"/>
        <source>Timesheet: %1, %2</source>
        <translation>Taflen amser: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="274"/>
        <source>receipt %1 of %2</source>
        <translation>derbynneb %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="284"/>
        <source>, page %1 of %2</source>
        <translation>, tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/statement_files.py" line="300"/>
        <source>Receipts: %1</source>
        <translation>Derbynebion: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="44"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="55"/>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="58"/>
        <source>Keep my records as they are</source>
        <translation>Cadw fy nghofnodion fel y maen nhw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="84"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="90"/>
        <source>Choose the backup to put back; the newest is at the top. Your records as they are now will be kept as a backup first, so you can change your mind.</source>
        <translation>Dewiswch y copi wrth gefn i&apos;w roi&apos;n ôl; mae&apos;r un mwyaf newydd ar y brig. Bydd eich cofnodion fel y maen nhw nawr yn cael eu cadw fel copi wrth gefn yn gyntaf, felly gallwch chi newid eich meddwl.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="95"/>
        <source>Your vault can be made again from a backup. Choose one (the newest is at the top), then type the passphrase or recovery code that opened the vault on the day the backup was made. The damaged files are kept aside, never deleted.</source>
        <translation>Mae modd gwneud eich claddgell eto o gopi wrth gefn. Dewiswch un (mae&apos;r un mwyaf newydd ar y brig), yna teipiwch y cyfrinymadrodd neu&apos;r cod adfer a oedd yn agor y gladdgell ar y diwrnod y cafodd y copi wrth gefn ei wneud. Mae&apos;r ffeiliau sydd wedi&apos;u difrodi yn cael eu cadw o&apos;r neilltu, a byth yn cael eu dileu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="104"/>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="111"/>
        <source>Look in &amp;another folder…</source>
        <translation>Edrych mewn &amp;ffolder arall…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="113"/>
        <source>Look in another folder</source>
        <translation>Edrych mewn ffolder arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="119"/>
        <source>Passphrase or recovery code</source>
        <translation>Cyfrinymadrodd neu god adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="124"/>
        <source>This is my recovery &amp;code</source>
        <translation>&amp;Cod adfer yw hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="126"/>
        <source>This is my recovery code</source>
        <translation>Cod adfer yw hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="130"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>C&amp;yfrinymadrodd neu god adfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="135"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="140"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="140"/>
        <source>Restore this backup</source>
        <translation>Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="147"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="177"/>
        <source>Backups in %1</source>
        <translation>Copïau wrth gefn yn %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="199"/>
        <source>There are no backups of this vault in this folder.</source>
        <translation>Does dim copïau wrth gefn o&apos;r gladdgell hon yn y ffolder hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="207"/>
        <source>checked</source>
        <translation>wedi&apos;i wirio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="209"/>
        <source>cannot be used: %1</source>
        <translation>does dim modd ei ddefnyddio: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="212"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="223"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="228"/>
        <source>No payments yet</source>
        <translation>Dim taliadau eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="230"/>
        <source>1 payment, on %1</source>
        <translation>1 taliad, ar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="232"/>
        <source>%1 payments, %2 to %3</source>
        <translation>%1 taliad, %2 i %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="281"/>
        <source>Put your records back as they were on %1? Your records as they are now will be kept as a backup first, so you can go back to them.</source>
        <translation>Rhoi eich cofnodion yn ôl fel yr oedden nhw ar %1? Bydd eich cofnodion fel y maen nhw nawr yn cael eu cadw fel copi wrth gefn yn gyntaf, felly gallwch chi fynd yn ôl atyn nhw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="284"/>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="293"/>
        <source>Keeping your records as they are now, then putting the backup back…</source>
        <translation>Wrthi&apos;n cadw eich cofnodion fel y maen nhw nawr, yna&apos;n rhoi&apos;r copi wrth gefn yn ôl…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="294"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="301"/>
        <source>Please type your passphrase or recovery code first.</source>
        <translation>Teipiwch eich cyfrinymadrodd neu eich cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="312"/>
        <source>Making your vault again from the backup…</source>
        <translation>Wrthi&apos;n gwneud eich claddgell eto o&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/restore.py" line="332"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>Wnaeth hynny ddim gweithio (%1). Chafodd dim byd ei newid.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="34"/>
        <source>every week</source>
        <translation>bob wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="35"/>
        <source>every 2 weeks</source>
        <translation>bob 2 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="36"/>
        <source>every 4 weeks</source>
        <translation>bob 4 wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/schedule.py" line="37"/>
        <source>every month</source>
        <translation>bob mis</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="19"/>
        <source>passphrase</source>
        <translation>cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="20"/>
        <source>recovery code</source>
        <translation>cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/services/session.py" line="21"/>
        <source>remembered on this computer</source>
        <translation>wedi&apos;i chofio ar y cyfrifiadur hwn</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="43"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="184"/>
        <source>Remove access</source>
        <translation>Tynnu mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="47"/>
        <source>Keep access</source>
        <translation>Cadw mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="66"/>
        <source>Minutes before the vault locks</source>
        <translation>Munudau cyn i&apos;r gladdgell gloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="69"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>Save lock time</source>
        <translation>Cadw&apos;r amser cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="75"/>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y cyfri&amp;nymadrodd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="77"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="81"/>
        <source>When the recovery code was made</source>
        <translation>Pryd cafodd y cod adfer ei wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="84"/>
        <source>Make a new &amp;recovery code…</source>
        <translation>Gwneud cod &amp;adfer newydd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="86"/>
        <source>Make a new recovery code</source>
        <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="90"/>
        <source>Re&amp;member this vault on this computer</source>
        <translation>C&amp;ofio&apos;r gladdgell hon ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="92"/>
        <source>Remember this vault on this computer</source>
        <translation>Cofio&apos;r gladdgell hon ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall yr ap ei defnyddio, felly dydy e ddim yn gallu cofio eich claddgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="101"/>
        <source>C&amp;lose this vault</source>
        <translation>Ca&amp;u&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="101"/>
        <source>Close this vault</source>
        <translation>Cau&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="104"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="111"/>
        <source>Display</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="114"/>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="116"/>
        <source>Lock the vault after</source>
        <translation>Cloi&apos;r gladdgell ar ôl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="118"/>
        <source>without use.</source>
        <translation>heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="124"/>
        <source>Ways to open this vault</source>
        <translation>Ffyrdd o agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="132"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="133"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="159"/>
        <source>Your recovery code was made on %1.</source>
        <translation>Cafodd eich cod adfer ei wneud ar %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="175"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="196"/>
        <source>People who can open this vault</source>
        <translation>Pobl sy&apos;n gallu agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="184"/>
        <source>Remo&amp;ve access…</source>
        <translation>&amp;Tynnu mynediad…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="189"/>
        <source>A carer or advocate can have their own passphrase and a role. The history shows who did what. Roles stop mistakes; they are not a lock, so only share the vault with people you trust.</source>
        <translation>Gall gofalwr neu eiriolwr gael ei gyfrinymadrodd ei hun a rôl. Mae&apos;r hanes yn dangos pwy wnaeth beth. Mae rolau&apos;n atal camgymeriadau; nid clo ydyn nhw, felly rhannwch y gladdgell â phobl rydych chi&apos;n ymddiried ynddyn nhw yn unig.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="195"/>
        <source>What you can do</source>
        <translation>Beth gallwch chi ei wneud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="222"/>
        <source>You are signed in as %1 (%2). %3</source>
        <translation>Rydych chi wedi mewngofnodi fel %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="261"/>
        <source>%1 can now open this vault with their own passphrase. Please make sure they know it.</source>
        <translation>Mae %1 yn gallu agor y gladdgell hon nawr â&apos;u cyfrinymadrodd eu hunain. Gwnewch yn siŵr eu bod nhw&apos;n ei wybod.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="272"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="322"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation>Wnaeth hynny ddim gweithio (%1). Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="284"/>
        <source>Letting %1 in…</source>
        <translation>Wrthi&apos;n gadael %1 i mewn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="292"/>
        <source>Take away %1&apos;s access? Their passphrase stops working at once, and so does any computer that remembers the vault for them. What they did stays in the history.</source>
        <translation>Tynnu mynediad %1? Bydd eu cyfrinymadrodd yn stopio gweithio ar unwaith, a hefyd unrhyw gyfrifiadur sy&apos;n cofio&apos;r gladdgell ar eu cyfer. Bydd yr hyn a wnaethon nhw yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="295"/>
        <source>Remove access?</source>
        <translation>Tynnu mynediad?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="302"/>
        <source>%1 can no longer open this vault.</source>
        <translation>Dydy %1 ddim yn gallu agor y gladdgell hon bellach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="340"/>
        <source>Saved. The vault will lock after 1 minute without use.</source>
        <translation>Wedi cadw. Bydd y gladdgell yn cloi ar ôl 1 munud heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="342"/>
        <source>Saved. The vault will lock after %1 minutes without use.</source>
        <translation>Wedi cadw. Bydd y gladdgell yn cloi ar ôl %1 munud heb ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="354"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="355"/>
        <source>Changing your passphrase…</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="367"/>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation>Mae eich cod adfer newydd yn barod. Dydy&apos;r hen un ddim yn gweithio mwyach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="368"/>
        <source>Saving your new recovery code…</source>
        <translation>Wrthi&apos;n cadw eich cod adfer newydd…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="377"/>
        <source>This computer will now open the vault without asking for the passphrase.</source>
        <translation>Bydd y cyfrifiadur hwn nawr yn agor y gladdgell heb ofyn am y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="382"/>
        <source>Forget this computer?</source>
        <translation>Anghofio&apos;r cyfrifiadur hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="383"/>
        <source>The vault will ask for the passphrase again next time. Continue?</source>
        <translation>Bydd y gladdgell yn gofyn am y cyfrinymadrodd eto y tro nesaf. Parhau?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="389"/>
        <source>This computer has forgotten the vault.</source>
        <translation>Mae&apos;r cyfrifiadur hwn wedi anghofio&apos;r gladdgell.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="390"/>
        <source>Talking to the keychain…</source>
        <translation>Wrthi&apos;n siarad â&apos;r gadwyn allweddi…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="397"/>
        <source>Language on this computer</source>
        <translation>Iaith ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="411"/>
        <source>%1 will be used the next time the app starts.</source>
        <translation>Bydd %1 yn cael ei defnyddio y tro nesaf y bydd yr ap yn dechrau.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="37"/>
        <source>Change a shift</source>
        <translation>Newid shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="40"/>
        <source>Day it starts</source>
        <translation>Y diwrnod mae&apos;n dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="42"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="45"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="50"/>
        <source>Unpaid break in minutes</source>
        <translation>Egwyl heb dâl mewn munudau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="54"/>
        <source>Kind of shift</source>
        <translation>Math o shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="58"/>
        <source>Minutes awake and working</source>
        <translation>Munudau&apos;n effro ac yn gweithio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="61"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="62"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="65"/>
        <source>Changes to this shift</source>
        <translation>Newidiadau i&apos;r shifft hon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="69"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation>%1 gan %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="78"/>
        <source>&amp;Day it starts:</source>
        <translation>Y &amp;diwrnod mae&apos;n dechrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="79"/>
        <source>&amp;Start:</source>
        <translation>D&amp;echrau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="80"/>
        <source>&amp;End (the next day if earlier):</source>
        <translation>Di&amp;wedd (y diwrnod wedyn os yw&apos;n gynharach):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="81"/>
        <source>Unpaid &amp;break (minutes):</source>
        <translation>E&amp;gwyl heb dâl (munudau):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="83"/>
        <source>Sleep-in: minutes &amp;awake and working:</source>
        <translation>Cysgu i mewn: munudau&apos;n eff&amp;ro ac yn gweithio:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="84"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="88"/>
        <source>Changes so far:</source>
        <translation>Newidiadau hyd yma:</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="39"/>
        <source>Day</source>
        <translation>Dydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="40"/>
        <source>Evening</source>
        <translation>Gyda&apos;r nos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="41"/>
        <source>Night</source>
        <translation>Nos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="42"/>
        <source>Weekend</source>
        <translation>Penwythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="43"/>
        <source>Bank holiday</source>
        <translation>Gŵyl banc</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="44"/>
        <source>Sleep-in</source>
        <translation>Cysgu i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="45"/>
        <source>Waking night</source>
        <translation>Noson effro</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="66"/>
        <source>5.6 weeks a year (fixed hours)</source>
        <extracomment>Where a PA has no rate of a type, the rate of the next type in this list is used.</extracomment>
        <translation>5.6 wythnos y flwyddyn (oriau penodol)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="67"/>
        <source>Builds up at 12.07% of hours worked</source>
        <translation>Yn cronni ar 12.07% o&apos;r oriau a weithiwyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="68"/>
        <source>Rolled-up: 12.07% added to pay</source>
        <translation>Wedi&apos;i rolio i mewn: 12.07% wedi&apos;i ychwanegu at y cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="79"/>
        <source>Annual leave</source>
        <translation>Gwyliau blynyddol</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="80"/>
        <source>Sickness</source>
        <translation>Salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="93"/>
        <source>DBS check</source>
        <translation>Gwiriad DBS</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="94"/>
        <source>PVG check (Scotland)</source>
        <translation>Gwiriad PVG (Yr Alban)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="95"/>
        <source>Right-to-work check</source>
        <translation>Gwiriad hawl i weithio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="96"/>
        <source>Contract signed</source>
        <translation>Contract wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/domain/staff.py" line="97"/>
        <source>Employer&apos;s liability insurance</source>
        <translation>Yswiriant atebolrwydd cyflogwr</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>Your PAs</source>
        <translation>Eich CPau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="53"/>
        <source>&amp;Add a PA…</source>
        <translation>&amp;Ychwanegu CP…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="53"/>
        <source>Add a PA (Ctrl+N)</source>
        <translation>Ychwanegu CP (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="55"/>
        <source>Change &amp;details…</source>
        <translation>Newid &amp;manylion…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="55"/>
        <source>Change details (Ctrl+E)</source>
        <translation>Newid manylion (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="57"/>
        <source>C&amp;hecks…</source>
        <translation>&amp;Gwiriadau…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="57"/>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="59"/>
        <source>Employer&apos;s &amp;insurance…</source>
        <translation>Yswiriant &amp;cyflogwr…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="59"/>
        <source>Employer&apos;s insurance</source>
        <translation>Yswiriant cyflogwr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="63"/>
        <source>About this PA</source>
        <translation>Am y CP hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="64"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="128"/>
        <source>Shifts</source>
        <translation>Shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="68"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="69"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="70"/>
        <source>Paid hours</source>
        <translation>Oriau â thâl</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="71"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="72"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Change &amp;shift…</source>
        <translation>Newid &amp;shifft…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Change shift (Enter)</source>
        <translation>Newid shifft (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="88"/>
        <source>De&amp;lete shift</source>
        <translation>&amp;Dileu shifft</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="88"/>
        <source>Delete shift (Delete)</source>
        <translation>Dileu shifft (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="90"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="141"/>
        <source>Holiday</source>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="94"/>
        <source>Leave and sickness</source>
        <translation>Gwyliau a salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Add lea&amp;ve or sickness…</source>
        <translation>Ychwanegu g&amp;wyliau neu salwch…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Add leave or sickness</source>
        <translation>Ychwanegu gwyliau neu salwch</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="99"/>
        <source>Delete the chosen day</source>
        <translation>Dileu&apos;r diwrnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="101"/>
        <source>Payslips</source>
        <translation>Slipiau cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="103"/>
        <source>&amp;Payslip for a pay period…</source>
        <translation>S&amp;lip cyflog ar gyfer cyfnod cyflog…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="103"/>
        <source>Payslip for a pay period</source>
        <translation>Slip cyflog ar gyfer cyfnod cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="105"/>
        <source>Bank holidays for</source>
        <translation>Gwyliau banc ar gyfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="107"/>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="108"/>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="109"/>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="112"/>
        <source>Leave year starts</source>
        <translation>Y flwyddyn wyliau&apos;n dechrau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="115"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="120"/>
        <source>Add each personal assistant (PA) you employ: when they started, their hours, how often they are paid and their pay rates. Then enter their hours on the Hours page.</source>
        <translation>Ychwanegwch bob cynorthwyydd personol (CP) rydych chi&apos;n ei gyflogi: pryd dechreuon nhw, eu horiau, pa mor aml maen nhw&apos;n cael eu talu a&apos;u cyfraddau cyflog. Yna rhowch eu horiau ar y dudalen Oriau.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="134"/>
        <source>Leave and sickness days this leave year:</source>
        <translation>Diwrnodau gwyliau a salwch y flwyddyn wyliau hon:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="142"/>
        <source>Pay</source>
        <translation>Cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="145"/>
        <source>Your PAs:</source>
        <translation>Eich CPau:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="158"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="163"/>
        <source>Bank holidays &amp;for:</source>
        <translation>Gwyliau &amp;banc ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="164"/>
        <source>Leave &amp;year starts on 1</source>
        <translation>Mae&apos;r flwyddyn wyliau&apos;n dechrau a&amp;r 1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="258"/>
        <source>irregular hours</source>
        <translation>oriau afreolaidd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="260"/>
        <source>%1 a week</source>
        <translation>%1 yr wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="264"/>
        <source>— left %1</source>
        <translation>— wedi gadael %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="299"/>
        <source>(%1m break)</source>
        <translation>(egwyl %1 mun)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="323"/>
        <source>Leave year %1 to %2.</source>
        <translation>Blwyddyn wyliau %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="329"/>
        <source>Holiday: %1. Taken: %2. Booked: %3. Left: %4.</source>
        <translation>Gwyliau: %1. Wedi&apos;u cymryd: %2. Wedi&apos;u trefnu: %3. Ar ôl: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="335"/>
        <source>How this is worked out:</source>
        <translation>Sut mae hyn yn cael ei gyfrifo:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="359"/>
        <source>%1: payslip gross %2; the shifts come to %3.</source>
        <translation>%1: gros y slip cyflog %2; mae&apos;r shifftiau&apos;n dod i %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="365"/>
        <source>Different by %1: please check.</source>
        <translation>Gwahaniaeth o %1: gwiriwch hyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="371"/>
        <source>1 payment linked.</source>
        <translation>1 taliad wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="373"/>
        <source>%1 payments linked.</source>
        <translation>%1 taliad wedi&apos;u cysylltu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="414"/>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="427"/>
        <source>Saved. Home will remind you before anything is due.</source>
        <translation>Wedi cadw. Bydd Hafan yn eich atgoffa cyn i unrhyw beth fod yn ddyledus.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="444"/>
        <source>Shift saved.</source>
        <translation>Wedi cadw&apos;r shifft.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="457"/>
        <source>Deleted the shift on %1. Its history is kept.</source>
        <translation>Wedi dileu&apos;r shifft ar %1. Mae ei hanes yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="503"/>
        <source>Saved. New shifts on bank holidays use this list.</source>
        <translation>Wedi cadw. Mae shifftiau newydd ar wyliau banc yn defnyddio&apos;r rhestr hon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="510"/>
        <source>Saved. Holiday is now counted from this month.</source>
        <translation>Wedi cadw. Mae gwyliau bellach yn cael eu cyfrif o&apos;r mis hwn.</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="214"/>
        <source>Monitoring return</source>
        <extracomment>kind → (what the combo says, the start of a file name)</extracomment>
        <translation>Ffurflen fonitro</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="215"/>
        <source>Care review statement</source>
        <translation>Datganiad adolygiad gofal</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="217"/>
        <source>Audit pack (return with every receipt)</source>
        <translation>Pecyn archwilio (ffurflen gyda phob derbynneb)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="218"/>
        <source>Audit pack</source>
        <translation>Pecyn archwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="220"/>
        <source>Timesheets</source>
        <translation>Taflenni amser</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="221"/>
        <source>Pay summary</source>
        <translation>Crynodeb cyflog</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="223"/>
        <source>Kind of statement</source>
        <translation>Math o ddatganiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="226"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="228"/>
        <source>Last quarter</source>
        <translation>Y chwarter diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="229"/>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="230"/>
        <source>Since the last review</source>
        <translation>Ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="231"/>
        <source>Custom</source>
        <translation>Dewis eich dyddiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="234"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="235"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="238"/>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="238"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation>Rhagolwg (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="241"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="241"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Cadw fel PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="244"/>
        <source>Export &amp;CSV…</source>
        <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="244"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="432"/>
        <source>Export CSV for a spreadsheet</source>
        <translation>Allforio CSV ar gyfer taenlen</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="247"/>
        <source>P&amp;rint…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="247"/>
        <source>Print (Ctrl+P)</source>
        <translation>Argraffu (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="253"/>
        <source>Closed records</source>
        <translation>Cofnodion wedi cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>&amp;Mark this period as sent…</source>
        <translation>&amp;Nodi bod y cyfnod hwn wedi&apos;i anfon…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>Mark this period as sent</source>
        <translation>Nodi bod y cyfnod hwn wedi&apos;i anfon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="260"/>
        <source>Re&amp;open…</source>
        <translation>Ail&amp;agor…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="260"/>
        <source>Reopen closed records</source>
        <translation>Ailagor cofnodion sydd wedi cau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="263"/>
        <source>Add the &amp;history of changes (who changed what, and when)</source>
        <translation>Ychwanegu &amp;hanes y newidiadau (pwy newidiodd beth, a phryd)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="265"/>
        <source>Add the history of changes to the audit pack</source>
        <translation>Ychwanegu hanes y newidiadau at y pecyn archwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="270"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="272"/>
        <source>P&amp;eriod:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="274"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="276"/>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="292"/>
        <source>Statements</source>
        <translation>Datganiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="434"/>
        <source>This statement can only be saved as a PDF.</source>
        <translation>Dim ond fel PDF mae modd cadw&apos;r datganiad hwn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="450"/>
        <source>No records are closed yet.</source>
        <translation>Does dim cofnodion wedi cau eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="452"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="504"/>
        <source>Records are closed up to %1.</source>
        <translation>Mae cofnodion wedi cau hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="475"/>
        <source>Once the return has gone to the council, mark its period as sent. Records up to %1 can then only be changed after reopening, with a reason.</source>
        <translation>Unwaith y bydd y ffurflen wedi mynd i&apos;r cyngor, nodwch fod ei chyfnod wedi&apos;i anfon. Wedyn, dim ond ar ôl eu hailagor, gyda rheswm, y bydd modd newid cofnodion hyd at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="487"/>
        <source>Mark this period as sent?</source>
        <translation>Nodi bod y cyfnod hwn wedi&apos;i anfon?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="489"/>
        <source>Records up to %1 will be closed. To change them later you will need to reopen the period and give a reason.</source>
        <translation>Bydd cofnodion hyd at %1 yn cael eu cau. I&apos;w newid yn nes ymlaen, bydd angen i chi ailagor y cyfnod a rhoi rheswm.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="526"/>
        <source>Reopened. Records from %1 on can be changed again.</source>
        <translation>Wedi ailagor. Mae modd newid cofnodion o %1 ymlaen eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="541"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="571"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="610"/>
        <source>Making the statement…</source>
        <translation>Wrthi&apos;n gwneud y datganiad…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="588"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 i %3</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="599"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="621"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV ar gyfer taenlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="629"/>
        <source>Making the CSV…</source>
        <translation>Wrthi&apos;n gwneud y CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="637"/>
        <source>It could not be saved there: %1. Please choose another folder.</source>
        <translation>Doedd dim modd ei chadw yno: %1. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="645"/>
        <source>Saved “%1” in %2. It is not encrypted: keep it somewhere safe.</source>
        <translation>Wedi cadw “%1” yn %2. Dydy hi ddim wedi&apos;i hamgryptio: cadwch hi rywle diogel.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="659"/>
        <source>Print the statement</source>
        <translation>Argraffu&apos;r datganiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="690"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Wedi anfon %1 tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="692"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Wedi anfon 1 tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="696"/>
        <source>The printer could not be started. Please try again.</source>
        <translation>Doedd dim modd dechrau&apos;r argraffydd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="699"/>
        <source>Getting the pages ready to print…</source>
        <translation>Wrthi&apos;n paratoi&apos;r tudalennau i&apos;w hargraffu…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="725"/>
        <source>Stopped. Nothing was made.</source>
        <translation>Wedi stopio. Chafodd dim byd ei wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="730"/>
        <source>Something went wrong while making the statement. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth wneud y datganiad. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a category</source>
        <translation>Ychwanegu categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="46"/>
        <source>Name of the new category:</source>
        <translation>Enw&apos;r categori newydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="302"/>
        <source>Change a payment</source>
        <translation>Newid taliad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <source>Add money in or out</source>
        <translation>Ychwanegu arian i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money &amp;out (spending)</source>
        <translation>Arian &amp;allan (gwariant)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money &amp;in</source>
        <translation>Arian i &amp;mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="77"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="78"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="79"/>
        <source>About the amount</source>
        <translation>Am y swm</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="83"/>
        <source>Paid to, or paid by</source>
        <translation>Wedi&apos;i dalu i, neu wedi&apos;i dalu gan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="84"/>
        <source>For example: First Bus</source>
        <translation>Er enghraifft: First Cymru</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="91"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a cate&amp;gory…</source>
        <translation>Ychwanegu cate&amp;gori…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="95"/>
        <source>Budget line</source>
        <translation>Llinell gyllideb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="96"/>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="97"/>
        <source>How it was paid</source>
        <translation>Sut cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="98"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="99"/>
        <source>No receipt because</source>
        <translation>Dim derbynneb oherwydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="100"/>
        <source>For example: bus fare, no ticket given</source>
        <translation>Er enghraifft: taith bws, chafwyd dim tocyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="102"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="109"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="121"/>
        <source>Which way:</source>
        <translation>I mewn neu allan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="123"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="125"/>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="126"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="129"/>
        <source>&amp;Budget line:</source>
        <translation>&amp;Llinell gyllideb:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="130"/>
        <source>A&amp;ccount:</source>
        <translation>Cy&amp;frif:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="131"/>
        <source>&amp;Paid by:</source>
        <translation>Dull &amp;talu:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="132"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="133"/>
        <source>No receipt b&amp;ecause:</source>
        <translation>Dim derbynneb &amp;oherwydd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="136"/>
        <source>Receipts:</source>
        <translation>Derbynebion:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="143"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="149"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="183"/>
        <source>(choose a category)</source>
        <translation>(dewiswch gategori)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="283"/>
        <source>Please wait a moment: a receipt is still being read.</source>
        <translation>Arhoswch eiliad: mae derbynneb yn dal i gael ei darllen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="312"/>
        <source>The payment is saved, but a receipt could not be kept: %1</source>
        <translation>Mae&apos;r taliad wedi&apos;i gadw, ond doedd dim modd cadw derbynneb: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="40"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="41"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="42"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="43"/>
        <source>Money in</source>
        <translation>Arian i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="44"/>
        <source>Money out</source>
        <translation>Arian allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="45"/>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="46"/>
        <source>Receipt</source>
        <translation>Derbynneb</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="158"/>
        <source>Transfer</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="160"/>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="181"/>
        <source>No receipt: %1</source>
        <translation>Dim derbynneb: %1</translation>
    </message>
</context>
<context>
    <name>TransactionsTable</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="27"/>
        <source>Payments in and out</source>
        <translation>Taliadau i mewn ac allan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="51"/>
        <source>No receipt (reason given)</source>
        <translation>Dim derbynneb (rheswm wedi&apos;i roi)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="30"/>
        <source>Move money between your accounts</source>
        <translation>Symud arian rhwng eich cyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="34"/>
        <source>From account</source>
        <translation>O&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="35"/>
        <source>To account</source>
        <translation>I&apos;r cyfrif</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="40"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="41"/>
        <source>Amount in pounds</source>
        <translation>Swm mewn punnoedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="42"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="43"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="46"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="47"/>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="48"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="49"/>
        <source>&amp;Amount (£):</source>
        <translation>&amp;Swm (£):</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="50"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="55"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="60"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="68"/>
        <source>For example, taking petty cash out of the bank. A transfer is not spending and not income: it only moves your money from one place to another.</source>
        <translation>Er enghraifft, tynnu arian mân o&apos;r banc. Nid gwariant nac incwm yw trosglwyddiad: dim ond symud eich arian o un lle i&apos;r llall mae&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="150"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="49"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Cofio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="51"/>
        <source>Remember on this computer</source>
        <translation>Cofio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="55"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault. Your passphrase always works.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall yr ap ei defnyddio, felly dydy e ddim yn gallu cofio eich claddgell. Mae eich cyfrinymadrodd bob amser yn gweithio.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="61"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/recovery_sheet.py" line="111"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="69"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="154"/>
        <source>Use recovery code instead</source>
        <translation>Defnyddio&apos;r cod adfer yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="73"/>
        <source>&amp;Choose another vault</source>
        <translation>Dewis claddgell &amp;arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="75"/>
        <source>Choose another vault</source>
        <translation>Dewis claddgell arall</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="79"/>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="79"/>
        <source>Help and guide (F1)</source>
        <translation>Help a chanllaw (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="83"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Adfer o gopi wrth &amp;gefn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="85"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="121"/>
        <source>Unlock %1</source>
        <translation>Datgloi %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="137"/>
        <source>Type the recovery code from your recovery sheet. Dashes, spaces and small letters are all fine.</source>
        <translation>Teipiwch y cod adfer o&apos;ch taflen adfer. Mae llinellau toriad, bylchau a llythrennau bach i gyd yn iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="141"/>
        <source>Recovery &amp;code:</source>
        <translation>C&amp;od adfer:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="142"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="145"/>
        <source>Use &amp;passphrase instead</source>
        <translation>Defnyddio&apos;r c&amp;yfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="146"/>
        <source>Use passphrase instead</source>
        <translation>Defnyddio&apos;r cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="148"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich cofnodion.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="149"/>
        <source>&amp;Passphrase:</source>
        <translation>Cyfri&amp;nymadrodd:</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="153"/>
        <source>Use recovery &amp;code instead</source>
        <translation>Defnyddio&apos;r cod adf&amp;er yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="164"/>
        <source>Please type your recovery code first.</source>
        <translation>Teipiwch eich cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="166"/>
        <source>Please type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="177"/>
        <source>Unlocking your vault…</source>
        <translation>Wrthi&apos;n datgloi eich claddgell…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="185"/>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="202"/>
        <source>Something unexpected stopped the vault opening (%1). Nothing was changed. Please try again.</source>
        <translation>Fe wnaeth rhywbeth annisgwyl atal y gladdgell rhag agor (%1). Chafodd dim byd ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="221"/>
        <source>You can make it again from a backup: choose “Restore from a backup”. The damaged files are kept aside, never deleted.</source>
        <translation>Gallwch chi ei gwneud eto o gopi wrth gefn: dewiswch “Adfer o gopi wrth gefn”. Mae&apos;r ffeiliau sydd wedi&apos;u difrodi yn cael eu cadw o&apos;r neilltu, a byth yn cael eu dileu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="255"/>
        <source>Your vault was made again from the backup of %1. The damaged files are kept in the vault folder, with “damaged” in their names. If your records look right, press Keep it.</source>
        <translation>Cafodd eich claddgell ei gwneud eto o&apos;r copi wrth gefn o %1. Mae&apos;r ffeiliau sydd wedi&apos;u difrodi yn cael eu cadw yn ffolder y gladdgell, gyda “damaged” (wedi&apos;i ddifrodi) yn eu henwau. Os yw eich cofnodion yn edrych yn iawn, pwyswch Ei gadw.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="73"/>
        <source>Week</source>
        <extracomment>The short word typed for each kind of shift (``parse_shift`` reads these back).</extracomment>
        <translation>Wythnos</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="77"/>
        <source>All PAs</source>
        <translation>Pob CP</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="102"/>
        <source>no shifts</source>
        <translation>dim shifftiau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="107"/>
        <source>Type a shift like 9-17, or 9-17 30 for a 30-minute break</source>
        <translation>Teipiwch shifft fel 9-17, neu 9-17 30 ar gyfer egwyl 30 munud</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="119"/>
        <source>%1 of %2 planned</source>
        <translation>%1 o %2 wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="131"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="137"/>
        <source>and 1 sleep-in</source>
        <translation>ac 1 noson cysgu i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="139"/>
        <source>and %1 sleep-ins</source>
        <translation>a %1 noson cysgu i mewn</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="147"/>
        <source>(%1m break)</source>
        <translation>(egwyl %1 mun)</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="39"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="39"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="40"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="40"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="41"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="41"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/reports/timesheet.py" line="42"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="31"/>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="67"/>
        <source>Your vaults</source>
        <translation>Eich claddgelloedd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="34"/>
        <source>&amp;Open selected vault</source>
        <translation>&amp;Agor y gladdgell a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="36"/>
        <source>Open selected vault</source>
        <translation>Agor y gladdgell a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="40"/>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Creu claddgell newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="42"/>
        <source>Create a new vault</source>
        <translation>Creu claddgell newydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="46"/>
        <source>Open a vault from a &amp;folder…</source>
        <translation>Agor claddgell o &amp;ffolder…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="48"/>
        <source>Open a vault from a folder</source>
        <translation>Agor claddgell o ffolder</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="52"/>
        <source>&amp;Text size and contrast…</source>
        <translation>&amp;Maint testun a chyferbyniad…</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="54"/>
        <source>Text size and contrast</source>
        <translation>Maint testun a chyferbyniad</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="58"/>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="58"/>
        <source>Help and guide (F1)</source>
        <translation>Help a chanllaw (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="74"/>
        <source>Direct Payments Keeper</source>
        <translation>Direct Payments Keeper</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="78"/>
        <source>Keep track of your direct payment: money in, money out, receipts and your assistants&apos; hours. Everything stays private, locked on this computer.</source>
        <translation>Cadwch olwg ar eich taliad uniongyrchol: arian i mewn, arian allan, derbynebion ac oriau eich cynorthwywyr. Mae popeth yn aros yn breifat, wedi&apos;i gloi ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="53"/>
        <source>Who is signed in</source>
        <extracomment>Pages given the current session so far (the others get it when first shown).</extracomment>
        <translation>Pwy sydd wedi mewngofnodi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="55"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="55"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Cloi (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="57"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Cloi&apos;r gladdgell nawr (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="60"/>
        <source>What is this?</source>
        <translation>Beth yw hwn?</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="62"/>
        <source>What is this page? Opens the guide (F1)</source>
        <translation>Beth yw&apos;r dudalen hon? Mae&apos;n agor y canllaw (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="64"/>
        <source>Read about this page in the guide (F1)</source>
        <translation>Darllen am y dudalen hon yn y canllaw (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="73"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="76"/>
        <source>Home</source>
        <extracomment>(key, title, page) in navigation order. Home first, then Settings and Help last.</extracomment>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="77"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="78"/>
        <source>Receipts</source>
        <translation>Derbynebion</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="79"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="80"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="81"/>
        <source>Statements</source>
        <translation>Datganiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="82"/>
        <source>Plan and accounts</source>
        <translation>Cynllun a chyfrifon</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="83"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="84"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="173"/>
        <source>Vault: %1</source>
        <translation>Claddgell: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="177"/>
        <source>Signed in: %1 (with %2)</source>
        <translation>Wedi mewngofnodi: %1 (dull: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="179"/>
        <source>Signed in as %1, %3 (with %2)</source>
        <translation>Wedi mewngofnodi fel %1, %3 (dull: %2)</translation>
    </message>
</context>
</TS>
