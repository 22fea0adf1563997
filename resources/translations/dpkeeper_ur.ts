<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="29"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="38"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="40"/>
        <source>New vaults are saved in this folder unless you choose another: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="43"/>
        <source>Your vault is in this folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="49"/>
        <source>All rights reserved by the Direct Payments Keeper authors. Made with Qt for Python (LGPL 3), SQLCipher (BSD) and the DejaVu fonts (free licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="56"/>
        <source>Your records stay on this computer, locked with your passphrase. The app does not send anything over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/about.py" line="63"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="41"/>
        <source>Leave or sickness for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="44"/>
        <source>Annual leave or sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="48"/>
        <source>Hours that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="49"/>
        <source>For example: 7.5, 7:30 or 7h 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="51"/>
        <source>Optional, for example: booked in June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="52"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="57"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="58"/>
        <source>&amp;Hours that day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="59"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/absence.py" line="65"/>
        <source>Record one day off at a time, with the hours your PA would have worked that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Change an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="36"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="39"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="40"/>
        <source>For example: Direct payment account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="41"/>
        <source>Kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="44"/>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="45"/>
        <source>Opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="46"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="49"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="51"/>
        <source>&amp;Money in it at the start (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="52"/>
        <source>&amp;On this date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="57"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/account.py" line="65"/>
        <source>Use the balance on your bank statement (or the cash in the tin) on the day you start keeping records here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="40"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="41"/>
        <source>Add a person who can open this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="42"/>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>&amp;Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="44"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>A&amp;dvocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="46"/>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="60"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="67"/>
        <source>Let them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="68"/>
        <source>&amp;Let them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="73"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="80"/>
        <source>They will open the vault with their own passphrase, and the history will show what they did. Choose the passphrase together, or let them type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="86"/>
        <source>What may they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="91"/>
        <source>Roles stop mistakes and record who did what. They are not a lock: anyone who can open this vault could, with other tools, read everything in it. Only share the vault with people you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/add_person.py" line="122"/>
        <source>Please type the name of the person you are letting in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllChangesDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="28"/>
        <source>Everything that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="31"/>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="34"/>
        <source>Show &amp;older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="36"/>
        <source>Show older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="44"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="52"/>
        <source>Every change saved in this vault, newest first: when it was made, who made it, and what changed. Nothing can be taken out of this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="71"/>
        <source>No older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/all_changes.py" line="73"/>
        <source>No changes are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/amount_field.py" line="14"/>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="61"/>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="64"/>
        <source>Name of the budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="65"/>
        <source>For example: PA support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="66"/>
        <source>Spending category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="71"/>
        <source>Hours of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="74"/>
        <source>An amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="76"/>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="77"/>
        <source>Hourly rate in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="78"/>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="79"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="82"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="86"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="88"/>
        <source>&amp;Hours a week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="89"/>
        <source>Hourly &amp;rate (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="91"/>
        <source>&amp;Amount (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="92"/>
        <source>&amp;How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/budget_line.py" line="97"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="68"/>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="18"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="19"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="27"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="21"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="28"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/change_passphrase.py" line="35"/>
        <source>Your records stay as they are. Only the passphrase that opens them changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="33"/>
        <source>Employer&apos;s liability insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="36"/>
        <source>Checks for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="44"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="45"/>
        <source>Renew or follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="46"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="50"/>
        <source>%1 done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="53"/>
        <source>%1 due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="56"/>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="59"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="72"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/checks.py" line="79"/>
        <source>Fill in the dates you know. Home reminds you 30 days before a “renew or follow up by” date. Leave a date empty if it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCheckFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="18"/>
        <source>Last two groups of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="21"/>
        <source>Recovery code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="24"/>
        <source>&amp;Last two groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="30"/>
        <source>To check you have your recovery code safe, please type its last two groups of four (the 6th and 7th). Capital or small letters are both fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/code_check.py" line="52"/>
        <source>That doesn&apos;t match the code. Go back to look at it again, then type the last two groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="37"/>
        <source>The start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="43"/>
        <source>Date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="44"/>
        <source>Description column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="45"/>
        <source>Amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="46"/>
        <source>Money out column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="47"/>
        <source>Money in column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="48"/>
        <source>Balance column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="50"/>
        <source>Money &amp;out is shown without a minus sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="52"/>
        <source>Money out is shown without a minus sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="58"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="59"/>
        <source>Des&amp;cription (who was paid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="60"/>
        <source>&amp;Amount (in and out in one column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="61"/>
        <source>Money ou&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="62"/>
        <source>Money &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="63"/>
        <source>&amp;Balance (if there is one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="69"/>
        <source>Choose either the amount column, or the money out and money in columns. Check the rows below look right before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="73"/>
        <source>How the rows will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="82"/>
        <source>The start of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="86"/>
        <source>How the first rows will read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="121"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="176"/>
        <source>Please choose the column that holds the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/column_mapping.py" line="215"/>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="46"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="56"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="58"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="59"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="88"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="91"/>
        <source>Where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>C&amp;hange folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="95"/>
        <source>Change folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="99"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="106"/>
        <source>A vault keeps one person&apos;s direct payment records, locked with a passphrase. Whose records will it hold? (If you help someone else, type their name.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="134"/>
        <source>Your vault will be kept in this folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="147"/>
        <source>Whose records are these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="148"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="149"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="150"/>
        <source>Check your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="155"/>
        <source>Step %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="158"/>
        <source>&amp;Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="207"/>
        <source>Setting up your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="224"/>
        <source>Something went wrong and the vault was not made (%1). Nothing was saved. Please try again, perhaps in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="233"/>
        <source>Stop making a vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/create_vault.py" line="234"/>
        <source>Nothing has been saved yet. Do you want to stop?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="20"/>
        <source>No changes are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/history.py" line="30"/>
        <source>Times are shown in UTC (British winter time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="68"/>
        <source>Money available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="69"/>
        <source>Weeks of money in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="70"/>
        <source>Spending this payment period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="71"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="72"/>
        <source>Council payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="73"/>
        <source>Staff checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="95"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="98"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="123"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="141"/>
        <source>Add the account your direct payment is paid into, to see your money here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="143"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="150"/>
        <source>See your money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="159"/>
        <source>Add your support plan to see how many weeks your money would last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="160"/>
        <source>Add your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="165"/>
        <source>At %1 a week, your money would last about %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="171"/>
        <source>That is more than %1 weeks. Your council may ask about money above this, and may ask for some back. It may help to talk to them about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="175"/>
        <source>That is within the %1 weeks your council expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="178"/>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="182"/>
        <source>Add your support plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="185"/>
        <source>Spent from %1 to %2, out of %3 for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="190"/>
        <source>See spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="195"/>
        <source>Add your support plan to see when payments are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="199"/>
        <source>Next payment: %1 due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="205"/>
        <source>The payment due on %1 arrived on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="210"/>
        <source>The payment due on %1 has not shown up yet. If it is in your bank, add it on the Money page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="214"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="220"/>
        <source>1 payment needs a receipt, or a note saying why there isn&apos;t one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="223"/>
        <source>%1 payments need a receipt, or a note saying why there isn&apos;t one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="226"/>
        <source>Show what needs a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="228"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="232"/>
        <source>1 receipt is waiting to be matched to spending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="234"/>
        <source>%1 receipts are waiting to be matched to spending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="238"/>
        <source>Match receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <source>If you employ PAs, add them on the Staff page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="245"/>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="254"/>
        <source>Open Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="249"/>
        <source>No checks or insurance renewals are due in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="253"/>
        <source>and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="259"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="265"/>
        <source>Your monitoring return for %1 is due now. Make it on the Statements page, and mark the period as sent when it has gone to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="270"/>
        <source>Your next monitoring return covers %1. It is due after %2 (in %3 days): make it on the Statements page then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="289"/>
        <source>You opened the vault with your recovery code. Choose a new passphrase in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="294"/>
        <source>Add your direct payment account in Plan and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="296"/>
        <source>Add your support plan in Plan and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="302"/>
        <source>Keep your recovery sheet somewhere safe, away from this computer. If you did not print it, you can make a new code in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/home.py" line="305"/>
        <source>Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="66"/>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="68"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="70"/>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>&amp;Copy last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="73"/>
        <source>Copy last week (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="76"/>
        <source>Copy last week&apos;s shifts into the days of this week that have none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print &amp;timesheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="79"/>
        <source>Print timesheets (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="82"/>
        <source>Save a timesheet PDF for each PA for the pay period of this week, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="88"/>
        <source>Shifts this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="107"/>
        <source>Type a shift into a day, like 9-17. Add the unpaid break in minutes after it (9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh (bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts that end after midnight finish the next morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="114"/>
        <source>Things to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="116"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="120"/>
        <source>Add your PAs on the Staff page first; then their weeks appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="133"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="183"/>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="209"/>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="229"/>
        <source>%1 Nothing was changed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="250"/>
        <source>Copied 1 shift from last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="252"/>
        <source>Copied %1 shifts from last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="256"/>
        <source>Nothing to copy: last week had no shifts on the days that are empty this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="282"/>
        <source>Making the timesheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="292"/>
        <source>Saved %1 timesheets in %2. Open them to print and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/hours.py" line="304"/>
        <source>The timesheets could not be saved there: %1. Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="95"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="150"/>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="109"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="497"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="127"/>
        <source>Statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="128"/>
        <source>Choose a file, or drag it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="130"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="132"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>&amp;Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="138"/>
        <source>Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="145"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="148"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="154"/>
        <source>Download a statement file from your online banking (a CSV, OFX or QIF file) and choose it here. You will see every row before anything is saved. Rows already in your records are left out, so it is safe to import the same statement twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="192"/>
        <source>Please choose the statement file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="195"/>
        <source>Please add an account in Plan and accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="200"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="213"/>
        <source>Reading the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="227"/>
        <source>This file&apos;s columns were not recognised. Please say which column holds what. The app will remember it for this bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="239"/>
        <source>The file could not be opened: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>&amp;Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="252"/>
        <source>Use these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="255"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="304"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="262"/>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="280"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="282"/>
        <source>Balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="285"/>
        <source>Rows in the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="302"/>
        <source>Import the new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="310"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="316"/>
        <source>Rows that look like a payment you typed in are linked to it, so nothing is counted twice. Press Space to untick one and add it as new instead. To change a category, pick the row and press F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="345"/>
        <source>%1 rows found in this %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="348"/>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="349"/>
        <source>%1 already in your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="353"/>
        <source>%1 of %2 that look like payments you typed in will be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="361"/>
        <source>%1 left out (before the account&apos;s start date, or in a closed period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="369"/>
        <source>Everything in this file is already in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="377"/>
        <source>Line %1 (%2): the bank&apos;s balance goes from %3 to %4, but the row is %5. The file may be missing a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="389"/>
        <source>After this import your records will match your bank: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="396"/>
        <source>Your bank says %1 on %2; after this import your records will say %3 (a difference of %4). Some payments may be missing here, or typed with a different amount or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="420"/>
        <source>Importing your statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="421"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="429"/>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="432"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="435"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="444"/>
        <source>Added %1 new rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="446"/>
        <source>Added 1 new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="447"/>
        <source>%1 were already in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="451"/>
        <source>Linked %1 to payments you had typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="456"/>
        <source>Your records match your bank: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="462"/>
        <source>Your bank says %1 on %2, your records say %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/bank_import.py" line="469"/>
        <source>New rows without a category show as “Not sorted yet” on the Money page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="69"/>
        <source>On the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="70"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="71"/>
        <source>Bank balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="72"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="73"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="121"/>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="128"/>
        <source>Same as your %1 on %2: link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="132"/>
        <source>Add as a new payment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/import_preview.py" line="134"/>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="56"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="58"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="63"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="66"/>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="100"/>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="126"/>
        <source>Remembering this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="135"/>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/main_window.py" line="193"/>
        <source>Your vault is locked. Unlock it to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchReceiptDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="49"/>
        <source>Match receipt to spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="56"/>
        <source>Receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="74"/>
        <source>Search spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="75"/>
        <source>Search names, notes or amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="77"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="81"/>
        <source>Spending without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="99"/>
        <source>Nothing to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="101"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="106"/>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="108"/>
        <source>Match to the chosen spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="117"/>
        <source>Which payment is this receipt for? Newest spending first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="152"/>
        <source>No spending without a receipt matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/match_receipt.py" line="156"/>
        <source>All your spending already has a receipt or a reason. If this receipt is for something new, add the spending on the Money page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyFilters</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="28"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="31"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="32"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="33"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="34"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="35"/>
        <source>Choose one account to see its running balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="38"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="39"/>
        <source>Search names, notes or amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="47"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="48"/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="49"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="50"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="51"/>
        <source>Acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="79"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="80"/>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/money_filters.py" line="85"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="45"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="46"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>&amp;Add money in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="63"/>
        <source>Add (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="65"/>
        <source>Add money in or out (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="67"/>
        <source>&amp;Transfer between accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="69"/>
        <source>Transfer between accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="73"/>
        <source>&amp;Import bank statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="75"/>
        <source>Import bank statement (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="78"/>
        <source>Import a CSV, OFX or QIF file from your bank (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="81"/>
        <source>Change (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="84"/>
        <source>Delete (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="87"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="89"/>
        <source>Undo the last change you made (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="91"/>
        <source>History (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="93"/>
        <source>Who changed this payment, and how (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="95"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="98"/>
        <source>Show deleted payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="105"/>
        <source>What is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="107"/>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="109"/>
        <source>Show all payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="111"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="112"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="120"/>
        <source>Go to Plan and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="122"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="149"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="263"/>
        <source>Shown: money in %1, money out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="268"/>
        <source>Showing spending that needs a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="290"/>
        <source>Add your direct payment account first. Then you can record money in and out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="296"/>
        <source>There are no deleted payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="298"/>
        <source>Every payment shown has a receipt, or a reason why not. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="301"/>
        <source>Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your first payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="305"/>
        <source>No payments match. Try another period, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="364"/>
        <source>Undone: %1. Press Ctrl+Z again to undo the change before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="377"/>
        <source>History of this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="378"/>
        <source>Every change to this payment, oldest first, with who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="416"/>
        <source>This is a transfer between your accounts. To change it, delete it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="431"/>
        <source>Delete the %1 received from %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="433"/>
        <source>Delete the %1 paid to %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="440"/>
        <source>You can get it back later with “Show deleted”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="442"/>
        <source>Delete this payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="445"/>
        <source>Deleted. Tick “Show deleted” to get it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/money.py" line="453"/>
        <source>Restored. It is back in your records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="15"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="17"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="23"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="26"/>
        <source>Passphrase hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="30"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="31"/>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="37"/>
        <source>Choose a passphrase you will remember. A few everyday words in a row, like &apos;kettle garden blue&apos;, are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="62"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/new_passphrase.py" line="67"/>
        <source>The second box does not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="25"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="26"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="35"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="38"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="51"/>
        <source>When you finish, this new code replaces your old one. The old recovery sheet will stop working, so throw it away safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/new_recovery_code.py" line="63"/>
        <source>&amp;Use this new code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoReceiptNotes</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="49"/>
        <source>Spending that needs a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="70"/>
        <source>No receipt because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="71"/>
        <source>For example: Bus fare – no ticket given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="72"/>
        <source>No receipt &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>&amp;Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="75"/>
        <source>Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="78"/>
        <source>Add a &amp;receipt for this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="80"/>
        <source>Add a receipt for this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="85"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="100"/>
        <source>Spending needs a receipt, or a short note saying why there isn&apos;t one. Sometimes there is no receipt, like a bus fare. Write why, and it counts as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="131"/>
        <source>Every payment has a receipt or a reason. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="153"/>
        <source>Please write a few words about why there is no receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/no_receipt_notes.py" line="163"/>
        <source>Saved the reason for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PADialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Change a PA&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="56"/>
        <source>Add a PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="61"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="63"/>
        <source>Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="65"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="66"/>
        <source>Kind of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="67"/>
        <source>The same hours each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="68"/>
        <source>Irregular hours (they change week to week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="69"/>
        <source>Contracted hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="70"/>
        <source>For example 20 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="71"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="72"/>
        <source>Paid every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="76"/>
        <source>First day of a pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="78"/>
        <source>Payroll service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="79"/>
        <source>Who does the payslips, if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="81"/>
        <source>&amp;Under 21 (for the minimum wage check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="83"/>
        <source>Under 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="85"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="87"/>
        <source>Pay rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="88"/>
        <source>Kind of shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="91"/>
        <source>Rate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="92"/>
        <source>Pay (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>&amp;Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="94"/>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>&amp;Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="97"/>
        <source>Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="101"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="105"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="106"/>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="110"/>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="111"/>
        <source>H&amp;ours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="112"/>
        <source>Hours a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="113"/>
        <source>Ho&amp;liday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="114"/>
        <source>&amp;Paid every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="115"/>
        <source>A pay period &amp;begins on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="116"/>
        <source>Pa&amp;yroll service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="120"/>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="123"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="125"/>
        <source>£</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="130"/>
        <source>Pay &amp;rates (an hour; a sleep-in is paid a set amount a night):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="143"/>
        <source>Kinds without their own rate are paid the day rate (a waking night: the night rate). When a rate goes up, add the new rate from the day it starts: earlier shifts keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>a night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="201"/>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="204"/>
        <source>%1 from %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pa.py" line="221"/>
        <source>Please type the pay, like 12.71.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="67"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="70"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="73"/>
        <source>Fit to the width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>◀ Pre&amp;vious page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="76"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>&amp;Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="79"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="81"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="82"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="89"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="85"/>
        <source>Choose a statement and a period, then press Preview (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="145"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="150"/>
        <source>Preview, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="86"/>
        <source>Pay record for %1</source>
        <extracomment>The payslip&apos;s amounts, in the order of the boxes; each box is the dialog attribute of that name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="90"/>
        <source>Pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="95"/>
        <source>✓ payslip saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="98"/>
        <source>Pay worked out from shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="101"/>
        <source>Total worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="105"/>
        <source>Missing pay rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="109"/>
        <source>Gross pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="110"/>
        <source>Tax (PAYE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="111"/>
        <source>Employee&apos;s National Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="112"/>
        <source>Employee&apos;s pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="113"/>
        <source>Net pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="114"/>
        <source>Employer&apos;s National Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="115"/>
        <source>Employer&apos;s pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="116"/>
        <source>Holiday pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="117"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="390"/>
        <source>Payslip check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="121"/>
        <source>Payments that paid this payslip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="123"/>
        <source>No payments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="125"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="141"/>
        <source>in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="148"/>
        <source>&amp;Pay period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="150"/>
        <source>Worked out from the shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="157"/>
        <source>&amp;Gross pay (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="158"/>
        <source>&amp;Tax, PAYE (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="159"/>
        <source>Employee&apos;s &amp;NI (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="160"/>
        <source>Employee&apos;s pensi&amp;on (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="161"/>
        <source>N&amp;et pay (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="163"/>
        <source>Emplo&amp;yer&apos;s NI (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="164"/>
        <source>Employe&amp;r&apos;s pension (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="165"/>
        <source>&amp;Holiday pay in it (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="170"/>
        <source>From the payslip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="177"/>
        <source>Tick the payments that p&amp;aid it: the net pay to your PA, and what went to HMRC and the pension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="183"/>
        <source>Payments that paid it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="193"/>
        <source>Copy the figures from the payslip your payroll service sent. This app keeps a record of payslips; it does not work out tax or National Insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="255"/>
        <source>No shifts or leave are recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="258"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="262"/>
        <source>No pay rate for: %1. Add one in the PA&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="288"/>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="293"/>
        <source>already with the payslip for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="312"/>
        <source>No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. Add them on the Money page, then come back to tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="344"/>
        <source>The payslip&apos;s gross pay matches the shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="350"/>
        <source>The payslip says %1 but the shifts come to %2: %3 less. Please check the hours with your payroll service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="355"/>
        <source>The payslip says %1 but the shifts come to %2: %3 more. Please check the hours with your payroll service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/pay_record.py" line="381"/>
        <source>Gross pay less tax, employee&apos;s NI and employee&apos;s pension comes to %1, but the net pay is %2. Please check the figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingReceipts</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="29"/>
        <source>Receipts to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="32"/>
        <source>Add receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="34"/>
        <source>Choose a photo or PDF, or drag files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="36"/>
        <source>Remove receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="38"/>
        <source>Receipt status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="59"/>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="104"/>
        <source>%1 (already kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="68"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="74"/>
        <source>Reading the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/pending_receipts.py" line="96"/>
        <source>That file could not be read. Please try another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="61"/>
        <source>Council or NHS team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="62"/>
        <source>For example: Leeds City Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="63"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="64"/>
        <source>Plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="65"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="66"/>
        <source>Payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="68"/>
        <source>How often it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="73"/>
        <source>First payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="79"/>
        <source>Your contribution each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="82"/>
        <source>Section 117 aftercare is free: there is no contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="85"/>
        <source>How often the council checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="90"/>
        <source>Warning level in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="93"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="94"/>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="97"/>
        <source>Add a budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="100"/>
        <source>Change budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="103"/>
        <source>Remove budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="105"/>
        <source>Changes start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="106"/>
        <source>Weekly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>&amp;Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="109"/>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="111"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="114"/>
        <source>Earlier versions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="118"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="121"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>C&amp;hange account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="124"/>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="138"/>
        <source>Council or &amp;NHS team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="139"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="140"/>
        <source>Plan &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="141"/>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="142"/>
        <source>&amp;Payment (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="145"/>
        <source>&amp;First payment date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="146"/>
        <source>Money comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="147"/>
        <source>Your &amp;contribution a week (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="149"/>
        <source>Council &amp;checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="150"/>
        <source>&amp;Warn me above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="151"/>
        <source>Budget lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="153"/>
        <source>Changes s&amp;tart on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="154"/>
        <source>Your support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="161"/>
        <source>Earlier versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="168"/>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="173"/>
        <source>The places your direct payment money is kept. Moving money between your accounts is a transfer: it is not spending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="183"/>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="187"/>
        <source>Plan and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="237"/>
        <source>Your support plan says how much the council (or the NHS) pays you, how often, and what it is for. You will find these figures in your council&apos;s letter or your support plan. Fill in what you know: you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="255"/>
        <source>If your plan changes, change the figures, choose the day the changes start, and save. The earlier version is kept for statements about earlier dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="287"/>
        <source>%1: %2 hours a week at %3 (%4 a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="295"/>
        <source>%1: %2 %3 (%4 a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="374"/>
        <source>That is %1 a week, including your contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="391"/>
        <source>Saved. This plan applies from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="400"/>
        <source>From %1: %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/plan.py" line="424"/>
        <source>%1 (%2): %3 now. Started with %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="165"/>
        <source>Receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="51"/>
        <source>Receipt picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="58"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="61"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="64"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>&amp;Turn right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="67"/>
        <source>Turn a quarter to the right (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="70"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="73"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="75"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="77"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="152"/>
        <source>This receipt could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/receipt_viewer.py" line="155"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="129"/>
        <source>Waiting to be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="132"/>
        <source>Attached to a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/receipts.py" line="134"/>
        <source>Attached to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="74"/>
        <source>&amp;Add photos or PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="76"/>
        <source>Add photos or PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="78"/>
        <source>Choose receipt files, or drag them onto this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="80"/>
        <source>Also keep the &amp;original file (uses more space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="82"/>
        <source>Also keep the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="85"/>
        <source>The app keeps a smaller copy that is clear enough to read. Keeping the original file as well uses more space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="90"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="91"/>
        <source>All receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="92"/>
        <source>Waiting to be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="93"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="97"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="152"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="161"/>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="258"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="118"/>
        <source>View (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>&amp;Match to spending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="120"/>
        <source>Match to spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>&amp;Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="123"/>
        <source>Unmatch from spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>&amp;Delete receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="126"/>
        <source>Delete receipt (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="128"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="153"/>
        <source>Receipts, or spending with none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="165"/>
        <source>Keep photos and PDFs of your receipts here, safely locked in your vault. You can add them now and match them to your spending later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="247"/>
        <source>No receipts are waiting to be matched. Everything is sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="250"/>
        <source>No receipts yet. Press “Add photos or PDFs…”, or drag files onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="260"/>
        <source>Receipts (%n waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="264"/>
        <source>Spending with no receipt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="305"/>
        <source>Reading 1 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="307"/>
        <source>Reading %1 files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="314"/>
        <source>Reading your receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="330"/>
        <source>%1 could not be read. Please try another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="353"/>
        <source>Added 1 receipt. You can match it to spending now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="356"/>
        <source>Added %1 receipts. You can match them to spending now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="361"/>
        <source>Added 1 receipt to the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="363"/>
        <source>Added %1 receipts to the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="370"/>
        <source>The files could not be read. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="419"/>
        <source>Matched. The receipt is now kept with that payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="429"/>
        <source>Unmatched. The receipt is waiting to be matched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="440"/>
        <source>Delete the receipt “%1”? It will be removed from your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="443"/>
        <source>Delete this receipt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/receipts.py" line="447"/>
        <source>Deleted the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="26"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="37"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="39"/>
        <source>Save recovery sheet as a PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="43"/>
        <source>&amp;Open it to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="45"/>
        <source>Open the saved sheet to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="49"/>
        <source>Recovery sheet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="61"/>
        <source>This is your recovery code. If you ever forget your passphrase, this code opens your records. Write it down or print the recovery sheet, and keep it somewhere safe at home, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="73"/>
        <source>Anyone with this code and your vault could read your records, so keep it private. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="88"/>
        <source>Recovery sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/recovery_code_panel.py" line="102"/>
        <source>Saved to %1. Print it, then keep the paper safe. This file is not encrypted, so delete it once it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="26"/>
        <source>Reopen records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="30"/>
        <source>Reopen from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="34"/>
        <source>Why it is being reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="36"/>
        <source>For example: the council asked me to correct a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="38"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="43"/>
        <source>Records are closed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="45"/>
        <source>No records are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="51"/>
        <source>Records from the day you choose can be changed again; earlier ones stay closed. Your reason is kept with your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="57"/>
        <source>Reopen &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/reopen_period.py" line="58"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="39"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="43"/>
        <source>Keep access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="62"/>
        <source>Minutes before the vault locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="65"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="67"/>
        <source>Save lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="71"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="73"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="77"/>
        <source>When the recovery code was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="80"/>
        <source>Make a new &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="82"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="86"/>
        <source>Re&amp;member this vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="88"/>
        <source>Remember this vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="93"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>C&amp;lose this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="97"/>
        <source>Close this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="100"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="104"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="106"/>
        <source>Lock the vault after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="108"/>
        <source>without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="114"/>
        <source>Ways to open this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="123"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="145"/>
        <source>Your recovery code was made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="159"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="180"/>
        <source>People who can open this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="164"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="168"/>
        <source>Remo&amp;ve access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="173"/>
        <source>A carer or advocate can have their own passphrase and a role. The history shows who did what. Roles stop mistakes; they are not a lock, so only share the vault with people you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="179"/>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="206"/>
        <source>You are signed in as %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="220"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="245"/>
        <source>%1 can now open this vault with their own passphrase. Please make sure they know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="256"/>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="306"/>
        <source>That did not work (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="268"/>
        <source>Letting %1 in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="276"/>
        <source>Take away %1&apos;s access? Their passphrase stops working at once, and so does any computer that remembers the vault for them. What they did stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="279"/>
        <source>Remove access?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="286"/>
        <source>%1 can no longer open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="324"/>
        <source>Saved. The vault will lock after 1 minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="326"/>
        <source>Saved. The vault will lock after %1 minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="338"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="339"/>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="351"/>
        <source>Your new recovery code is ready. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="352"/>
        <source>Saving your new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="361"/>
        <source>This computer will now open the vault without asking for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="366"/>
        <source>Forget this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="367"/>
        <source>The vault will ask for the passphrase again next time. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="373"/>
        <source>This computer has forgotten the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/settings.py" line="374"/>
        <source>Talking to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="37"/>
        <source>Change a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="40"/>
        <source>Day it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="42"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="45"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="50"/>
        <source>Unpaid break in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="54"/>
        <source>Kind of shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="58"/>
        <source>Minutes awake and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="61"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="62"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="65"/>
        <source>Changes to this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="69"/>
        <source>%1 by %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="78"/>
        <source>&amp;Day it starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="79"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="80"/>
        <source>&amp;End (the next day if earlier):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="81"/>
        <source>Unpaid &amp;break (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="82"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="83"/>
        <source>Sleep-in: minutes &amp;awake and working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="84"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/shift.py" line="88"/>
        <source>Changes so far:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="51"/>
        <source>Your PAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>&amp;Add a PA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="52"/>
        <source>Add a PA (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="54"/>
        <source>Change details (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>C&amp;hecks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="56"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s &amp;insurance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="58"/>
        <source>Employer&apos;s insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="61"/>
        <source>About this PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="125"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="66"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="67"/>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="69"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change &amp;shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="82"/>
        <source>Change shift (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>De&amp;lete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="85"/>
        <source>Delete shift (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="87"/>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="137"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="91"/>
        <source>Leave and sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add lea&amp;ve or sickness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="93"/>
        <source>Add leave or sickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="96"/>
        <source>Delete the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="98"/>
        <source>Payslips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>&amp;Payslip for a pay period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="100"/>
        <source>Payslip for a pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="102"/>
        <source>Bank holidays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="104"/>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="105"/>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="106"/>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="109"/>
        <source>Leave year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="112"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="117"/>
        <source>Add each personal assistant (PA) you employ: when they started, their hours, how often they are paid and their pay rates. Then enter their hours on the Hours page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="130"/>
        <source>Leave and sickness days this leave year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="138"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="141"/>
        <source>Your PAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="154"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="159"/>
        <source>Bank holidays &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="160"/>
        <source>Leave &amp;year starts on 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="257"/>
        <source>irregular hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="259"/>
        <source>%1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="263"/>
        <source>— left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="298"/>
        <source>(%1m break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="322"/>
        <source>Leave year %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="328"/>
        <source>Holiday: %1. Taken: %2. Booked: %3. Left: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="334"/>
        <source>How this is worked out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="358"/>
        <source>%1: payslip gross %2; the shifts come to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="364"/>
        <source>Different by %1: please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="370"/>
        <source>1 payment linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="372"/>
        <source>%1 payments linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="413"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="426"/>
        <source>Saved. Home will remind you before anything is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="443"/>
        <source>Shift saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="456"/>
        <source>Deleted the shift on %1. Its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="502"/>
        <source>Saved. New shifts on bank holidays use this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/staff.py" line="509"/>
        <source>Saved. Holiday is now counted from this month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="216"/>
        <source>Monitoring return</source>
        <extracomment>kind → (what the combo says, the start of a file name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="217"/>
        <source>Care review statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="219"/>
        <source>Audit pack (return with every receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="220"/>
        <source>Audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="222"/>
        <source>Timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="223"/>
        <source>Pay summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="225"/>
        <source>Kind of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="228"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="230"/>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="231"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="232"/>
        <source>Since the last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="233"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="236"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="237"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="240"/>
        <source>Preview (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="243"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="246"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="435"/>
        <source>Export CSV for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="249"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="251"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="255"/>
        <source>Closed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>&amp;Mark this period as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="257"/>
        <source>Mark this period as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="262"/>
        <source>Reopen closed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="265"/>
        <source>Add the &amp;history of changes (who changed what, and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="267"/>
        <source>Add the history of changes to the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="272"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="274"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="276"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="278"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="295"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="437"/>
        <source>This statement can only be saved as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="453"/>
        <source>No records are closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="455"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="507"/>
        <source>Records are closed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="478"/>
        <source>Once the return has gone to the council, mark its period as sent. Records up to %1 can then only be changed after reopening, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="490"/>
        <source>Mark this period as sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="492"/>
        <source>Records up to %1 will be closed. To change them later you will need to reopen the period and give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="529"/>
        <source>Reopened. Records from %1 on can be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="544"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="574"/>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="613"/>
        <source>Making the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="591"/>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="602"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="624"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="632"/>
        <source>Making the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="640"/>
        <source>It could not be saved there: %1. Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="648"/>
        <source>Saved “%1” in %2. It is not encrypted: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="662"/>
        <source>Print the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="693"/>
        <source>Sent %1 pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="695"/>
        <source>Sent 1 page to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="699"/>
        <source>The printer could not be started. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="702"/>
        <source>Getting the pages ready to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="728"/>
        <source>Stopped. Nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/statements.py" line="733"/>
        <source>Something went wrong while making the statement. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="45"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="46"/>
        <source>Name of the new category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="297"/>
        <source>Change a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="62"/>
        <source>Add money in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money &amp;out (spending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="68"/>
        <source>Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="71"/>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="78"/>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="79"/>
        <source>Amount problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="83"/>
        <source>Paid to, or paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="84"/>
        <source>For example: First Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="91"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="93"/>
        <source>Add a cate&amp;gory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="95"/>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="96"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="97"/>
        <source>How it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="99"/>
        <source>No receipt because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="100"/>
        <source>For example: bus fare, no ticket given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="102"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="109"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="121"/>
        <source>Which way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="122"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="123"/>
        <source>&amp;Amount (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="125"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="126"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="129"/>
        <source>&amp;Budget line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="130"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="131"/>
        <source>&amp;Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="132"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="133"/>
        <source>No receipt b&amp;ecause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="136"/>
        <source>Receipts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="143"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="178"/>
        <source>(choose a category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="278"/>
        <source>Please wait a moment: a receipt is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transaction.py" line="307"/>
        <source>The payment is saved, but a receipt could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="41"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="42"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="43"/>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="44"/>
        <source>Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="46"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="137"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="139"/>
        <source>Not sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/transactions.py" line="160"/>
        <source>No receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsTable</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="27"/>
        <source>Payments in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/widgets/transactions_table.py" line="48"/>
        <source>No receipt (reason given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="30"/>
        <source>Move money between your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="34"/>
        <source>From account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="35"/>
        <source>To account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="41"/>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="42"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="43"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="46"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="47"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="48"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="49"/>
        <source>&amp;Amount (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="50"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="55"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/dialogs/transfer.py" line="63"/>
        <source>For example, taking petty cash out of the bank. A transfer is not spending and not income: it only moves your money from one place to another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="40"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="131"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="44"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="46"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="50"/>
        <source>This computer has no keychain the app can use, so it cannot remember your vault. Your passphrase always works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="56"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="59"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="64"/>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="135"/>
        <source>Use recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="68"/>
        <source>&amp;Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="70"/>
        <source>Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="103"/>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="118"/>
        <source>Type the recovery code from your recovery sheet. Dashes, spaces and small letters are all fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="122"/>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="123"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="126"/>
        <source>Use &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="127"/>
        <source>Use passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="129"/>
        <source>Type your passphrase to open your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="130"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="134"/>
        <source>Use recovery &amp;code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="145"/>
        <source>Please type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="147"/>
        <source>Please type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="158"/>
        <source>Unlocking your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="166"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/unlock.py" line="181"/>
        <source>Something unexpected stopped the vault opening (%1). Nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="73"/>
        <source>Week</source>
        <extracomment>The short word typed for each kind of shift (``parse_shift`` reads these back).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="77"/>
        <source>All PAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="102"/>
        <source>no shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="107"/>
        <source>Type a shift like 9-17, or 9-17 30 for a 30-minute break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="119"/>
        <source>%1 of %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="131"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="137"/>
        <source>and 1 sleep-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="139"/>
        <source>and %1 sleep-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/models/week.py" line="147"/>
        <source>(%1m break)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="28"/>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="49"/>
        <source>Your vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="31"/>
        <source>&amp;Open selected vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="33"/>
        <source>Open selected vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="37"/>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="39"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="43"/>
        <source>Open a vault from a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="45"/>
        <source>Open a vault from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="55"/>
        <source>Direct Payments Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/welcome.py" line="59"/>
        <source>Keep track of your direct payment: money in, money out, receipts and your assistants&apos; hours. Everything stays private, locked on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="46"/>
        <source>Who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="48"/>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="50"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="59"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="62"/>
        <source>Home</source>
        <extracomment>(key, title, page) in navigation order. Home first, Settings last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="63"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="64"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="65"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="66"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="67"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="68"/>
        <source>Plan and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="69"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="128"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="132"/>
        <source>Signed in: %1 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dpkeeper/ui/pages/workspace.py" line="134"/>
        <source>Signed in as %1, %3 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
