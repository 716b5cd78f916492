<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="33" />
        <source>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</source>
        <translation>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="40" />
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="43" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="46" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="46" />
        <source>Connect with this profile</source>
        <translation>Connect with this profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="49" />
        <source>Import aliyun CLI profiles</source>
        <translation>Import aliyun CLI profiles</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="57" />
        <source>Add a profile</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="60" />
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="61" />
        <source>for example: work</source>
        <translation>for example: work</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="63" />
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="66" />
        <source>AccessKey Secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="69" />
        <source>STS token (optional)</source>
        <translation>STS token (optional)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="70" />
        <source>only for temporary credentials</source>
        <translation>only for temporary credentials</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="71" />
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="72" />
        <source>AccessKey ID:</source>
        <translation>AccessKey ID:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="73" />
        <source>AccessKey Secret:</source>
        <translation>AccessKey Secret:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="74" />
        <source>STS token (optional):</source>
        <translation>STS token (optional):</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="76" />
        <source>Where the secret is stored</source>
        <translation>Where the secret is stored</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Save and connect</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="85" />
        <source>Try it with the sandbox</source>
        <translation>Try it with the sandbox</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="90" />
        <source>A practice cloud on this computer: no account needed.</source>
        <translation>A practice cloud on this computer: no account needed.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="95" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="97" />
        <source>Not connected yet.</source>
        <translation>Not connected yet.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="98" />
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="100" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="118" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="102" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="107" />
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="108" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="144" />
        <source>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="152" />
        <source>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</source>
        <translation>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="207" />
        <source>Imported {count} profile(s).</source>
        <translation>Imported {count} profile(s).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="209" />
        <source>Skipped: {list}</source>
        <translation>Skipped: {list}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="232" />
        <source>Checking the credentials…</source>
        <translation>Checking the credentials…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="258" />
        <source>Connected to the sandbox.</source>
        <translation>Connected to the sandbox.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="261" />
        <source>Connected with profile {name}.</source>
        <translation>Connected with profile {name}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="283" />
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
</context>
<context>
    <name>AuthorizationPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="33" />
        <source>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</source>
        <translation>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="39" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="47" />
        <source>Role status</source>
        <translation>Role status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Set it up for me</source>
        <translation>Set it up for me</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Set up the role</source>
        <translation>Set up the role</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="52" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="52" />
        <source>Check the role again</source>
        <translation>Check the role again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="60" />
        <source>Or ask an administrator</source>
        <translation>Or ask an administrator</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="64" />
        <source>Console authorization link</source>
        <translation>Console authorization link</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="69" />
        <source>Instructions for an administrator</source>
        <translation>Instructions for an administrator</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="72" />
        <source>Copy the instructions</source>
        <translation>Copy the instructions</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="82" />
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="93" />
        <source>Open the one-click authorization in the RAM console</source>
        <translation>Open the one-click authorization in the RAM console</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="101" />
        <source>Checking the role…</source>
        <translation>Checking the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="108" />
        <source>Setting up the role…</source>
        <translation>Setting up the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="128" />
        <source>The role could not be checked or set up.</source>
        <translation>The role could not be checked or set up.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="137" />
        <source>The role exists</source>
        <translation>The role exists</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="142" />
        <source>It trusts ECS (ecs.aliyuncs.com)</source>
        <translation>It trusts ECS (ecs.aliyuncs.com)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The import policy is attached</source>
        <translation>The import policy is attached</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="152" />
        <source>The role is ready.</source>
        <translation>The role is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="152" />
        <source>The role needs setting up.</source>
        <translation>The role needs setting up.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="153" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="154" />
        <source>Copy {what}</source>
        <translation>Copy {what}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="68" />
        <source>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</source>
        <translation>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="74" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="80" />
        <source>Image name</source>
        <translation>Image name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="81" />
        <source>for example: web-server-2024</source>
        <translation>for example: web-server-2024</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="83" />
        <source>Image name:</source>
        <translation>Image name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="85" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="86" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="88" />
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="93" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="94" />
        <source>Architecture:</source>
        <translation>Architecture:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="96" />
        <source>Operating system type</source>
        <translation>Operating system type</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="98" />
        <source>OS type:</source>
        <translation>OS type:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="99" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="101" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="103" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="104" />
        <source>Alibaba Cloud license</source>
        <translation>Alibaba Cloud license</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="105" />
        <source>Bring your own license</source>
        <translation>Bring your own license</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="108" />
        <source>License type</source>
        <translation>License type</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="110" />
        <source>License type:</source>
        <translation>License type:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="111" />
        <source>Boot mode</source>
        <translation>Boot mode</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="112" />
        <source>Boot mode:</source>
        <translation>Boot mode:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="115" />
        <source>Disk sizes</source>
        <translation>Disk sizes</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="120" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="123" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="124" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="124" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="132" />
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="132" />
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="134" />
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="134" />
        <source>Remove the selected tag</source>
        <translation>Remove the selected tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="144" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="147" />
        <source>Resource group ID</source>
        <translation>Resource group ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="148" />
        <source>default resource group</source>
        <translation>default resource group</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="152" />
        <source>Resource group:</source>
        <translation>Resource group:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="154" />
        <source>NVMe support</source>
        <translation>NVMe support</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="155" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="161" />
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="155" />
        <source>Supported</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="156" />
        <source>Not supported</source>
        <translation>Not supported</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="158" />
        <source>NVMe support:</source>
        <translation>NVMe support:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="160" />
        <source>Metadata service</source>
        <translation>Metadata service</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="161" />
        <source>IMDSv2 only</source>
        <translation>IMDSv2 only</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="164" />
        <source>Metadata service:</source>
        <translation>Metadata service:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="166" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="167" />
        <source>Check the image after the import</source>
        <translation>Check the image after the import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="177" />
        <source>Image details</source>
        <translation>Image details</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="193" />
        <source>Problem with this field</source>
        <translation>Problem with this field</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="242" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="244" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="246" />
        <source>Size of {disk}</source>
        <translation>Size of {disk}</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="46" />
        <source>Choose the system disk image, then any data disks (up to 16). You can also drop files here. Each file is checked from its own bytes.</source>
        <translation>Choose the system disk image, then any data disks (up to 16). You can also drop files here. Each file is checked from its own bytes.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="53" />
        <source>Choose the system disk…</source>
        <translation>Choose the system disk…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="53" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="241" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="55" />
        <source>Add a data disk…</source>
        <translation>Add a data disk…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="55" />
        <source>Add a data disk</source>
        <translation>Add a data disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="57" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="57" />
        <source>Remove the selected disk</source>
        <translation>Remove the selected disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="60" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="61" />
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="72" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="75" />
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="76" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="77" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="78" />
        <source>Virtual size</source>
        <translation>Virtual size</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="79" />
        <source>Boot mode</source>
        <translation>Boot mode</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="80" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="81" />
        <source>Subformat</source>
        <translation>Subformat</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="92" />
        <source>Problems and hints</source>
        <translation>Problems and hints</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="102" />
        <source>Choose the system disk image</source>
        <translation>Choose the system disk image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="107" />
        <source>Choose data disk images</source>
        <translation>Choose data disk images</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="129" />
        <source>An image has at most {count} data disks.</source>
        <translation>An image has at most {count} data disks.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="230" />
        <source>Importable</source>
        <translation>Importable</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="231" />
        <source>Convert first</source>
        <translation>Convert first</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="232" />
        <source>Unpack first</source>
        <translation>Unpack first</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="233" />
        <source>Not a disk image</source>
        <translation>Not a disk image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="241" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="244" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="246" />
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="283" />
        <source>Needs a disk of at least {size} GiB.</source>
        <translation>Needs a disk of at least {size} GiB.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="90" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="95" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="97" />
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="100" />
        <source>Fix it</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="117" />
        <source>{code} (request {request})</source>
        <translation>{code} (request {request})</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="123" />
        <source>Open the authorization step</source>
        <translation>Open the authorization step</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="124" />
        <source>Change the image name</source>
        <translation>Change the image name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="125" />
        <source>Check the account</source>
        <translation>Check the account</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="126" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="34" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="38" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="87" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="41" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="51" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="52" />
        <source>Continue the selected job</source>
        <translation>Continue the selected job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="54" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="55" />
        <source>Refresh the job list</source>
        <translation>Refresh the job list</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="57" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="58" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="70" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="71" />
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="72" />
        <source>Uploaded</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="73" />
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="74" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="75" />
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="76" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="77" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="47" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="50" />
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="51" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="53" />
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="54" />
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="56" />
        <source>Image progress</source>
        <translation>Image progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="57" />
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="59" />
        <source>Remaining time per disk</source>
        <translation>Remaining time per disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="60" />
        <source>Remaining:</source>
        <translation>Remaining:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="62" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="69" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="71" />
        <source>Image ID</source>
        <translation>Image ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="72" />
        <source>Image ID:</source>
        <translation>Image ID:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="75" />
        <source>Console link</source>
        <translation>Console link</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="78" />
        <source>Image check results</source>
        <translation>Image check results</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="79" />
        <source>Image check:</source>
        <translation>Image check:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="81" />
        <source>Delete the uploaded objects</source>
        <translation>Delete the uploaded objects</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="97" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="138" />
        <source>Submitting the import…</source>
        <translation>Submitting the import…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="155" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="165" />
        <source>Connection lost; reconnecting…</source>
        <translation>Connection lost; reconnecting…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="168" />
        <source>Importing: task {task}, image {image}.</source>
        <translation>Importing: task {task}, image {image}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="188" />
        <source>The import could not go on.</source>
        <translation>The import could not go on.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="204" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="230" />
        <source>The image is ready.</source>
        <translation>The image is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="237" />
        <source>Open the image list in the ECS console</source>
        <translation>Open the image list in the ECS console</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="245" />
        <source>No check results (the image check was off or found nothing).</source>
        <translation>No check results (the image check was off or found nothing).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="249" />
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="251" />
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="263" />
        <source>Deleted: {list}</source>
        <translation>Deleted: {list}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="40" />
        <source>Check what will be imported. A dry run asks ECS to check the request without importing; Import starts the import.</source>
        <translation>Check what will be imported. A dry run asks ECS to check the request without importing; Import starts the import.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="46" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="49" />
        <source>The same import with the aliyun command line</source>
        <translation>The same import with the aliyun command line</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="54" />
        <source>aliyun command</source>
        <translation>aliyun command</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="58" />
        <source>Copy the command</source>
        <translation>Copy the command</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="60" />
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="68" />
        <source>Dry run result</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="75" />
        <source>Review and import</source>
        <translation>Review and import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="96" />
        <source>Image name:</source>
        <translation>Image name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="97" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="98" />
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="100" />
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="108" />
        <source>System disk:</source>
        <translation>System disk:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="108" />
        <source>Data disk {n}:</source>
        <translation>Data disk {n}:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="136" />
        <source>The dry run found a problem:</source>
        <translation>The dry run found a problem:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="139" />
        <source>The dry run passed: ECS would accept this import.</source>
        <translation>The dry run passed: ECS would accept this import.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="48" />
        <source>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</source>
        <translation>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="54" />
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="57" />
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="67" />
        <source>Bucket region</source>
        <translation>Bucket region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="72" />
        <source>New bucket name</source>
        <translation>New bucket name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="73" />
        <source>new bucket name</source>
        <translation>new bucket name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="75" />
        <source>Create bucket</source>
        <translation>Create bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="75" />
        <source>Create the bucket</source>
        <translation>Create the bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="78" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="78" />
        <source>Refresh the bucket list</source>
        <translation>Refresh the bucket list</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="85" />
        <source>New bucket name problem</source>
        <translation>New bucket name problem</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="89" />
        <source>Object names</source>
        <translation>Object names</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="99" />
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="152" />
        <source>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</source>
        <translation>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="200" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="200" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="202" />
        <source>Object name of {disk}</source>
        <translation>Object name of {disk}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="203" />
        <source>Object name in the bucket for {file}</source>
        <translation>Object name in the bucket for {file}</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="54" />
        <source>The disks are uploaded in parts, checked with CRC64 and resumed where they stopped if the app is closed. You can pause at any time.</source>
        <translation>The disks are uploaded in parts, checked with CRC64 and resumed where they stopped if the app is closed. You can pause at any time.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="60" />
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="64" />
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="68" />
        <source>Overall upload progress</source>
        <translation>Overall upload progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="70" />
        <source>Upload status</source>
        <translation>Upload status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="75" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="75" />
        <source>Pause the upload</source>
        <translation>Pause the upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="77" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="77" />
        <source>Resume the upload</source>
        <translation>Resume the upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="79" />
        <source>Cancel upload…</source>
        <translation>Cancel upload…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="79" />
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="200" />
        <source>Cancel the upload</source>
        <translation>Cancel the upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="86" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="97" />
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="124" />
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="246" />
        <source>Uploaded and verified.</source>
        <translation>Uploaded and verified.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="173" />
        <source>Preparing the upload…</source>
        <translation>Preparing the upload…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="201" />
        <source>Keep what was uploaded so far, to resume it later?</source>
        <translation>Keep what was uploaded so far, to resume it later?</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="202" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="203" />
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="216" />
        <source>Pausing…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="216" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="245" />
        <source>Skipped: already in the bucket with the same size and CRC64.</source>
        <translation>Skipped: already in the bucket with the same size and CRC64.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="248" />
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="250" />
        <source>Checking what was sent before…</source>
        <translation>Checking what was sent before…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="252" />
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="254" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="256" />
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="258" />
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="263" />
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="265" />
        <source>retrying</source>
        <translation>retrying</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="274" />
        <source>{done} of {total} uploaded</source>
        <translation>{done} of {total} uploaded</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="292" />
        <source>Every disk is uploaded and verified.</source>
        <translation>Every disk is uploaded and verified.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="298" />
        <source>The upload stopped.</source>
        <translation>The upload stopped.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="312" />
        <source>Paused. Resume continues where it stopped.</source>
        <translation>Paused. Resume continues where it stopped.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="315" />
        <source>Cancelled. What was uploaded is kept: the Jobs window can resume it.</source>
        <translation>Cancelled. What was uploaded is kept: the Jobs window can resume it.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="318" />
        <source>Removing what was uploaded…</source>
        <translation>Removing what was uploaded…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="336" />
        <source>Cancelled. The uploaded parts were removed from the bucket.</source>
        <translation>Cancelled. The uploaded parts were removed from the bucket.</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="67" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="163" />
        <source>Image Importer</source>
        <translation>Image Importer</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="81" />
        <source>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</source>
        <translation>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="85" />
        <source>Sandbox notice</source>
        <translation>Sandbox notice</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="93" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="94" />
        <source>Continue the unfinished job</source>
        <translation>Continue the unfinished job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="96" />
        <source>Show jobs</source>
        <translation>Show jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="97" />
        <source>Show the jobs</source>
        <translation>Show the jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="99" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="100" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="140" />
        <source>Why Next is not available</source>
        <translation>Why Next is not available</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="141" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="142" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="144" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="193" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="145" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="148" />
        <source>New import</source>
        <translation>New import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="149" />
        <source>Start a new import</source>
        <translation>Start a new import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="191" />
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="193" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="245" />
        <source>The system disk</source>
        <translation>The system disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="247" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="250" />
        <source>Connect to an account, or try the sandbox.</source>
        <translation>Connect to an account, or try the sandbox.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="251" />
        <source>Checking the credentials…</source>
        <translation>Checking the credentials…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="252" />
        <source>Choose a region.</source>
        <translation>Choose a region.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="253" />
        <source>Choose the system disk image.</source>
        <translation>Choose the system disk image.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="254" />
        <source>An image has at most 16 data disks.</source>
        <translation>An image has at most 16 data disks.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="255" />
        <source>{disk} is being checked…</source>
        <translation>{disk} is being checked…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="256" />
        <source>{disk} cannot be read.</source>
        <translation>{disk} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="258" />
        <source>{disk} cannot be imported as it is; see its problems and hints.</source>
        <translation>{disk} cannot be imported as it is; see its problems and hints.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="260" />
        <source>{disk} is the same file as another disk.</source>
        <translation>{disk} is the same file as another disk.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="263" />
        <source>Choose or create a bucket.</source>
        <translation>Choose or create a bucket.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="265" />
        <source>The bucket is in {region}, not in the image's region.</source>
        <translation>The bucket is in {region}, not in the image's region.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="267" />
        <source>{disk}: the object name is not valid.</source>
        <translation>{disk}: the object name is not valid.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="270" />
        <source>Two disks have the same object name.</source>
        <translation>Two disks have the same object name.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="271" />
        <source>The upload is running.</source>
        <translation>The upload is running.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="272" />
        <source>The upload has not finished.</source>
        <translation>The upload has not finished.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="273" />
        <source>Fix the fields marked in red.</source>
        <translation>Fix the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="274" />
        <source>Checking the role…</source>
        <translation>Checking the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="275" />
        <source>Set up the role first.</source>
        <translation>Set up the role first.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="276" />
        <source>The dry run is running.</source>
        <translation>The dry run is running.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="307" />
        <source>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</source>
        <translation>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="365" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="366" />
        <source>The image {image} is ready.</source>
        <translation>The image {image} is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="369" />
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="378" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="379" />
        <source>&amp;Jobs…</source>
        <translation>&amp;Jobs…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="384" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="388" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="391" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="414" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="415" />
        <source>The new language is used for windows opened from now on; restart the app to see it everywhere.</source>
        <translation>The new language is used for windows opened from now on; restart the app to see it everywhere.</translation>
    </message>
</context>
</TS>