<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="49" />
        <source>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</source>
        <translation>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="56" />
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="60" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="63" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="63" />
        <source>Connect with this profile</source>
        <translation>Connect with this profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="66" />
        <source>Import aliyun CLI profiles</source>
        <translation>Import aliyun CLI profiles</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Add a profile</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="83" />
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="84" />
        <source>for example: work</source>
        <translation>for example: work</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="86" />
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="89" />
        <source>AccessKey Secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="92" />
        <source>STS token (optional)</source>
        <translation>STS token (optional)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="93" />
        <source>only for temporary credentials</source>
        <translation>only for temporary credentials</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="94" />
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="95" />
        <source>AccessKey ID:</source>
        <translation>AccessKey ID:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="96" />
        <source>AccessKey Secret:</source>
        <translation>AccessKey Secret:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="97" />
        <source>STS token (optional):</source>
        <translation>STS token (optional):</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="99" />
        <source>Where the secret is stored</source>
        <translation>Where the secret is stored</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="101" />
        <source>Save and connect</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="101" />
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="108" />
        <source>Try it with the sandbox</source>
        <translation>Try it with the sandbox</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="113" />
        <source>A practice cloud on this computer: no account needed.</source>
        <translation>A practice cloud on this computer: no account needed.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="117" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="120" />
        <source>Not connected yet.</source>
        <translation>Not connected yet.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="121" />
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="123" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="157" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="125" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="130" />
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="131" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="189" />
        <source>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="197" />
        <source>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</source>
        <translation>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="252" />
        <source>Imported {count} profile(s).</source>
        <translation>Imported {count} profile(s).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="254" />
        <source>Skipped: {list}</source>
        <translation>Skipped: {list}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="277" />
        <source>Checking the credentials…</source>
        <translation>Checking the credentials…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="320" />
        <source>Connected to the sandbox.</source>
        <translation>Connected to the sandbox.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="323" />
        <source>Connected with profile {name}.</source>
        <translation>Connected with profile {name}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="318" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="354" />
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
</context>
<context>
    <name>AuthorizationPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="34" />
        <source>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</source>
        <translation>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="40" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Role status</source>
        <translation>Role status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="53" />
        <source>Set it up for me</source>
        <translation>Set it up for me</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="53" />
        <source>Set up the role</source>
        <translation>Set up the role</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="55" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="55" />
        <source>Check the role again</source>
        <translation>Check the role again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="63" />
        <source>Or ask an administrator</source>
        <translation>Or ask an administrator</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="67" />
        <source>Console authorization link</source>
        <translation>Console authorization link</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="72" />
        <source>Instructions for an administrator</source>
        <translation>Instructions for an administrator</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="75" />
        <source>Copy the instructions</source>
        <translation>Copy the instructions</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="85" />
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="96" />
        <source>Open the one-click authorization in the RAM console</source>
        <translation>Open the one-click authorization in the RAM console</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="106" />
        <source>Checking the role…</source>
        <translation>Checking the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="113" />
        <source>Setting up the role…</source>
        <translation>Setting up the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="133" />
        <source>The role could not be checked or set up.</source>
        <translation>The role could not be checked or set up.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="43" />
        <source>The role exists</source>
        <translation>The role exists</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="44" />
        <source>It trusts ECS (ecs.aliyuncs.com)</source>
        <translation>It trusts ECS (ecs.aliyuncs.com)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="45" />
        <source>The import policy is attached</source>
        <translation>The import policy is attached</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The role is ready.</source>
        <translation>The role is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The role needs setting up.</source>
        <translation>The role needs setting up.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="159" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="160" />
        <source>Copy {what}</source>
        <translation>Copy {what}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="87" />
        <source>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</source>
        <translation>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="93" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="101" />
        <source>Image name</source>
        <translation>Image name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="102" />
        <source>for example: web-server-2024</source>
        <translation>for example: web-server-2024</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="104" />
        <source>Image name:</source>
        <translation>Image name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="106" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="107" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="109" />
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="115" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="116" />
        <source>Architecture:</source>
        <translation>Architecture:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="118" />
        <source>Operating system type</source>
        <translation>Operating system type</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="125" />
        <source>OS type:</source>
        <translation>OS type:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="120" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="126" />
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="128" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="129" />
        <source>Alibaba Cloud license</source>
        <translation>Alibaba Cloud license</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="130" />
        <source>Bring your own license</source>
        <translation>Bring your own license</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="133" />
        <source>License type</source>
        <translation>License type</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="135" />
        <source>License type:</source>
        <translation>License type:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="136" />
        <source>Boot mode</source>
        <translation>Boot mode</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="137" />
        <source>Boot mode:</source>
        <translation>Boot mode:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="140" />
        <source>Disk sizes</source>
        <translation>Disk sizes</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="145" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="148" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="149" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="149" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="157" />
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="157" />
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="159" />
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="159" />
        <source>Remove the selected tag</source>
        <translation>Remove the selected tag</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="162" />
        <source>An image has at most {count} tags.</source>
        <translation>An image has at most {count} tags.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="174" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="177" />
        <source>Resource group ID</source>
        <translation>Resource group ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="178" />
        <source>default resource group</source>
        <translation>default resource group</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="183" />
        <source>Resource group:</source>
        <translation>Resource group:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="185" />
        <source>NVMe support</source>
        <translation>NVMe support</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="186" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="192" />
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="186" />
        <source>Supported</source>
        <translation>Supported</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="187" />
        <source>Not supported</source>
        <translation>Not supported</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="189" />
        <source>NVMe support:</source>
        <translation>NVMe support:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="191" />
        <source>Metadata service</source>
        <translation>Metadata service</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="192" />
        <source>IMDSv2 only</source>
        <translation>IMDSv2 only</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="195" />
        <source>Metadata service:</source>
        <translation>Metadata service:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="197" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="198" />
        <source>Check the image after the import</source>
        <translation>Check the image after the import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="205" />
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="219" />
        <source>Image details</source>
        <translation>Image details</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="236" />
        <source>from the disk</source>
        <translation>from the disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="237" />
        <source>Filled from the disk</source>
        <translation>Filled from the disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="246" />
        <source>Problem with this field</source>
        <translation>Problem with this field</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="295" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="297" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="299" />
        <source>Size of {disk}</source>
        <translation>Size of {disk}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="458" />
        <source>Fix the fields marked in red.</source>
        <translation>Fix the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="460" />
        <source>Give the image a name.</source>
        <translation>Give the image a name.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="461" />
        <source>Complete the image details.</source>
        <translation>Complete the image details.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="493" />
        <source>The RAM role {role} is ready, so the authorization step is not needed.</source>
        <translation>The RAM role {role} is ready, so the authorization step is not needed.</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <source>Choose the system disk…</source>
        <translation>Choose the system disk…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="454" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="100" />
        <source>Add a data disk…</source>
        <translation>Add a data disk…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="100" />
        <source>Add a data disk</source>
        <translation>Add a data disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="123" />
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="137" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="137" />
        <source>Remove the selected disk</source>
        <translation>Remove the selected disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="103" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="104" />
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="92" />
        <source>Drop the system disk image here (then any data disks, up to 16), or choose it. Each file is checked from its own bytes, and so is the system inside.</source>
        <translation>Drop the system disk image here (then any data disks, up to 16), or choose it. Each file is checked from its own bytes, and so is the system inside.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="114" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="199" />
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="117" />
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="118" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="119" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="120" />
        <source>Virtual size</source>
        <translation>Virtual size</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="121" />
        <source>Boot mode</source>
        <translation>Boot mode</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="122" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="162" />
        <source>Problems and hints</source>
        <translation>Problems and hints</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="166" />
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="179" />
        <source>A readiness check failed: an instance made from this image may not start on ECS.</source>
        <translation>A readiness check failed: an instance made from this image may not start on ECS.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="184" />
        <source>Upload it anyway…</source>
        <translation>Upload it anyway…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="184" />
        <source>Upload the disk despite the failed check</source>
        <translation>Upload the disk despite the failed check</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="207" />
        <source>Choose the system disk image</source>
        <translation>Choose the system disk image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="212" />
        <source>Choose data disk images</source>
        <translation>Choose data disk images</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="234" />
        <source>An image has at most {count} data disks.</source>
        <translation>An image has at most {count} data disks.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="309" />
        <source>something unexpected went wrong (see the log file).</source>
        <translation>something unexpected went wrong (see the log file).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="391" />
        <source>Upload a disk that may not boot?</source>
        <translation>Upload a disk that may not boot?</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="394" />
        <source>{file} failed a readiness check. An image made from it may not start on ECS, and you would only find out after the upload and the import.</source>
        <translation>{file} failed a readiness check. An image made from it may not start on ECS, and you would only find out after the upload and the import.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="398" />
        <source>Fixing the guest first is safer.</source>
        <translation>Fixing the guest first is safer.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="399" />
        <source>Upload it anyway</source>
        <translation>Upload it anyway</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="400" />
        <source>Do not upload</source>
        <translation>Do not upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="419" />
        <source>Importable</source>
        <translation>Importable</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="421" />
        <source>Unpack first</source>
        <translation>Unpack first</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="422" />
        <source>Not a disk image</source>
        <translation>Not a disk image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="433" />
        <source>Cannot be sent</source>
        <translation>Cannot be sent</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="436" />
        <source>May not boot</source>
        <translation>May not boot</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="447" />
        <source>None found</source>
        <translation>None found</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="454" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="510" />
        <source>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</source>
        <translation>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="516" />
        <source>Sent as it is: {reason}</source>
        <translation>Sent as it is: {reason}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="531" />
        <source>The system inside could not be read: {reason}</source>
        <translation>The system inside could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="538" />
        <source>No operating system found</source>
        <translation>No operating system found</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="539" />
        <source>Inside: {summary}</source>
        <translation>Inside: {summary}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="545" />
        <source>Fix: {fix}</source>
        <translation>Fix: {fix}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="427" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="152" />
        <source>Operating system found on the disk</source>
        <translation>Operating system found on the disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="420" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="438" />
        <source>Converted while uploading</source>
        <translation>Converted while uploading</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="429" />
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="500" />
        <source>Needs a disk of at least {size} GiB.</source>
        <translation>Needs a disk of at least {size} GiB.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="96" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="101" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="103" />
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="106" />
        <source>Fix it</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="123" />
        <source>{code} (request {request})</source>
        <translation>{code} (request {request})</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="129" />
        <source>Open the authorization step</source>
        <translation>Open the authorization step</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="130" />
        <source>Change the image name</source>
        <translation>Change the image name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="131" />
        <source>Check the account</source>
        <translation>Check the account</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="132" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="82" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="86" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="89" />
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="100" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="103" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="210" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="104" />
        <source>Continue the selected job</source>
        <translation>Continue the selected job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="107" />
        <source>Import again</source>
        <translation>Import again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="108" />
        <source>Import the selected job's disks again</source>
        <translation>Import the selected job's disks again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="110" />
        <source>Cancel the import…</source>
        <translation>Cancel the import…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="111" />
        <source>Cancel the selected job</source>
        <translation>Cancel the selected job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="113" />
        <source>Clean up…</source>
        <translation>Clean up…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="115" />
        <source>Remove what the selected job left in the cloud</source>
        <translation>Remove what the selected job left in the cloud</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="118" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="119" />
        <source>Refresh the job list</source>
        <translation>Refresh the job list</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="121" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="122" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="140" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="141" />
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="142" />
        <source>Uploaded</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="143" />
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="144" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="145" />
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="146" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="147" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="167" />
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="183" />
        <source>Job {job}, image {image}</source>
        <translation>Job {job}, image {image}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="208" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="253" />
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="255" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="273" />
        <source>Cancel this import?</source>
        <translation>Cancel this import?</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="275" />
        <source>The import of {image} stops for good: a running import task is cancelled and the job cannot be continued. The uploaded disks stay in the bucket until you clean up.</source>
        <translation>The import of {image} stops for good: a running import task is cancelled and the job cannot be continued. The uploaded disks stay in the bucket until you clean up.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="279" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="284" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="290" />
        <source>The import ended: {state}.</source>
        <translation>The import ended: {state}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="299" />
        <source>the uploaded disks in the bucket {bucket}</source>
        <translation>the uploaded disks in the bucket {bucket}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="303" />
        <source>the failed image</source>
        <translation>the failed image</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="305" />
        <source>the chance to retry this job</source>
        <translation>the chance to retry this job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="307" />
        <source>Clean up this job?</source>
        <translation>Clean up this job?</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="308" />
        <source>This removes {what}.</source>
        <translation>This removes {what}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="308" />
        <source>, and </source>
        <translation>, and </translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="309" />
        <source>Clean up</source>
        <translation>Clean up</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="311" />
        <source>Cleaning up…</source>
        <translation>Cleaning up…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="327" />
        <source>Removed {count} item(s) from the cloud.</source>
        <translation>Removed {count} item(s) from the cloud.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="329" />
        <source>Nothing was left to remove.</source>
        <translation>Nothing was left to remove.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="353" />
        <source>Preparing a new import…</source>
        <translation>Preparing a new import…</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="93" />
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="103" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="370" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="381" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="103" />
        <source>Cancel the import…</source>
        <translation>Cancel the import…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="105" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="105" />
        <source>Try the import again</source>
        <translation>Try the import again</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="115" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="118" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="120" />
        <source>Image ID</source>
        <translation>Image ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="121" />
        <source>Image ID:</source>
        <translation>Image ID:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="124" />
        <source>Console link</source>
        <translation>Console link</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="127" />
        <source>Image check results</source>
        <translation>Image check results</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="128" />
        <source>Image check:</source>
        <translation>Image check:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="130" />
        <source>Delete the uploaded objects</source>
        <translation>Delete the uploaded objects</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="152" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="304" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="345" />
        <source>Open the image list in the ECS console</source>
        <translation>Open the image list in the ECS console</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="354" />
        <source>No check results (the image check was off or found nothing).</source>
        <translation>No check results (the image check was off or found nothing).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="47" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="359" />
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="80" />
        <source>What is happening now</source>
        <translation>What is happening now</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="83" />
        <source>1. Upload to OSS</source>
        <translation>1. Upload to OSS</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="88" />
        <source>2. Import into ECS</source>
        <translation>2. Import into ECS</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="91" />
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="99" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="99" />
        <source>Pause the upload</source>
        <translation>Pause the upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="101" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="215" />
        <source>Uploaded and verified.</source>
        <translation>Uploaded and verified.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="177" />
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="197" />
        <source>Already in the bucket (same size and CRC64): skipped.</source>
        <translation>Already in the bucket (same size and CRC64): skipped.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="209" />
        <source>Checking what is already on the server…</source>
        <translation>Checking what is already on the server…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="210" />
        <source>Checking what was sent before…</source>
        <translation>Checking what was sent before…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="211" />
        <source>Verifying the whole object (CRC64)…</source>
        <translation>Verifying the whole object (CRC64)…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="212" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="213" />
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="214" />
        <source>Stopped by an error.</source>
        <translation>Stopped by an error.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="220" />
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="227" />
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="229" />
        <source>{n} retried</source>
        <translation>{n} retried</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="232" />
        <source>resumed: {size} was already on the server</source>
        <translation>resumed: {size} was already on the server</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="244" />
        <source>The connection was lost; reconnecting…</source>
        <translation>The connection was lost; reconnecting…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="247" />
        <source>ECS is converting the disks into an image: {percent} %.</source>
        <translation>ECS is converting the disks into an image: {percent} %.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="251" />
        <source>About {time} left.</source>
        <translation>About {time} left.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="280" />
        <source>Following the import task…</source>
        <translation>Following the import task…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="283" />
        <source>Starts by itself when every disk is uploaded.</source>
        <translation>Starts by itself when every disk is uploaded.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="285" />
        <source>Starts when you click Import on the review step.</source>
        <translation>Starts when you click Import on the review step.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="302" />
        <source>Pausing…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="306" />
        <source>Done: the image {name} is ready.</source>
        <translation>Done: the image {name} is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="309" />
        <source>Cancelled. What was uploaded was deleted from the bucket.</source>
        <translation>Cancelled. What was uploaded was deleted from the bucket.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="310" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="312" />
        <source>Stopped: see the error below.</source>
        <translation>Stopped: see the error below.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="317" />
        <source>Paused: {done} of {total} is on the server. Resume carries on from there.</source>
        <translation>Paused: {done} of {total} is on the server. Resume carries on from there.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="320" />
        <source>Submitting the import to ECS…</source>
        <translation>Submitting the import to ECS…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="322" />
        <source>ECS is importing the image; this window can be closed meanwhile.</source>
        <translation>ECS is importing the image; this window can be closed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="324" />
        <source>Checking everything before the import…</source>
        <translation>Checking everything before the import…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="326" />
        <source>Uploading disk {n} of {count} ({done} of {total}).</source>
        <translation>Uploading disk {n} of {count} ({done} of {total}).</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="333" />
        <source>The import follows by itself.</source>
        <translation>The import follows by itself.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="340" />
        <source>The image is available.</source>
        <translation>The image is available.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="373" />
        <source>Cancel the import task? ECS stops it and the image is not created.</source>
        <translation>Cancel the import task? ECS stops it and the image is not created.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="375" />
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="377" />
        <source>Cancel this import and delete what was uploaded?</source>
        <translation>Cancel this import and delete what was uploaded?</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="379" />
        <source>To stop for now and carry on later, use Pause instead.</source>
        <translation>To stop for now and carry on later, use Pause instead.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="382" />
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="413" />
        <source>Deleted: {list}</source>
        <translation>Deleted: {list}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="52" />
        <source>Check what will be imported. A dry run checks the image name, the uploaded disks and the request without importing; Import starts the import.</source>
        <translation>Check what will be imported. A dry run checks the image name, the uploaded disks and the request without importing; Import starts the import.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="58" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="62" />
        <source>The same import with the aliyun command line</source>
        <translation>The same import with the aliyun command line</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="67" />
        <source>aliyun command</source>
        <translation>aliyun command</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="71" />
        <source>Copy the command</source>
        <translation>Copy the command</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="73" />
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="73" />
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="81" />
        <source>Dry run result</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="90" />
        <source>Review and import</source>
        <translation>Review and import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="111" />
        <source>Image name:</source>
        <translation>Image name:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="112" />
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="112" />
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="119" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="113" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="114" />
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="115" />
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="117" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>Authorization:</source>
        <translation>Authorization:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>the RAM role is ready</source>
        <translation>the RAM role is ready</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="129" />
        <source>System disk:</source>
        <translation>System disk:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="129" />
        <source>Data disk {n}:</source>
        <translation>Data disk {n}:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="151" />
        <source>{size} file</source>
        <translation>{size} file</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="154" />
        <source>{size} virtual</source>
        <translation>{size} virtual</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="158" />
        <source>{gib} GiB disk</source>
        <translation>{gib} GiB disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="169" />
        <source>Sent as it is.</source>
        <translation>Sent as it is.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="171" />
        <source>Converted to QCOW2 while uploading.</source>
        <translation>Converted to QCOW2 while uploading.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="173" />
        <source>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</source>
        <translation>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="184" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="196" />
        <source>The dry run found a problem:</source>
        <translation>The dry run found a problem:</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="199" />
        <source>The dry run passed: ECS would accept this import.</source>
        <translation>The dry run passed: ECS would accept this import.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="49" />
        <source>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</source>
        <translation>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="55" />
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="59" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="59" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="68" />
        <source>Bucket region</source>
        <translation>Bucket region</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="73" />
        <source>New bucket name</source>
        <translation>New bucket name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="74" />
        <source>new bucket name</source>
        <translation>new bucket name</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="76" />
        <source>Create bucket</source>
        <translation>Create bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="76" />
        <source>Create the bucket</source>
        <translation>Create the bucket</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="79" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="79" />
        <source>Refresh the bucket list</source>
        <translation>Refresh the bucket list</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="86" />
        <source>New bucket name problem</source>
        <translation>New bucket name problem</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="90" />
        <source>Object names</source>
        <translation>Object names</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="100" />
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="153" />
        <source>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</source>
        <translation>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="201" />
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="201" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="203" />
        <source>Object name of {disk}</source>
        <translation>Object name of {disk}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="204" />
        <source>Object name in the bucket for {file}</source>
        <translation>Object name in the bucket for {file}</translation>
    </message>
</context>
<context>
    <name>ToneRow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="74" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="75" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="76" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="77" />
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="116" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="220" />
        <source>Image Importer</source>
        <translation>Image Importer</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="130" />
        <source>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</source>
        <translation>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="134" />
        <source>Sandbox notice</source>
        <translation>Sandbox notice</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="142" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="143" />
        <source>Continue the unfinished job</source>
        <translation>Continue the unfinished job</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="145" />
        <source>Show jobs</source>
        <translation>Show jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="146" />
        <source>Show the jobs</source>
        <translation>Show the jobs</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="148" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="149" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="169" />
        <source>Background upload</source>
        <translation>Background upload</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="198" />
        <source>Why Next is not available</source>
        <translation>Why Next is not available</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="199" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="200" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="202" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="264" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="203" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="205" />
        <source>New import</source>
        <translation>New import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="206" />
        <source>Start a new import</source>
        <translation>Start a new import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="262" />
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="264" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="354" />
        <source>The system disk</source>
        <translation>The system disk</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="356" />
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="359" />
        <source>Connect to an account, or try the sandbox.</source>
        <translation>Connect to an account, or try the sandbox.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="360" />
        <source>Checking the credentials…</source>
        <translation>Checking the credentials…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="361" />
        <source>Choose a region.</source>
        <translation>Choose a region.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="362" />
        <source>Choose the system disk image.</source>
        <translation>Choose the system disk image.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="363" />
        <source>An image has at most 16 data disks.</source>
        <translation>An image has at most 16 data disks.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="364" />
        <source>{disk} is being checked…</source>
        <translation>{disk} is being checked…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="365" />
        <source>{disk} cannot be read.</source>
        <translation>{disk} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="369" />
        <source>{disk} is the same file as another disk.</source>
        <translation>{disk} is the same file as another disk.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="372" />
        <source>Choose or create a bucket.</source>
        <translation>Choose or create a bucket.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="374" />
        <source>The bucket is in {region}, not in the image's region.</source>
        <translation>The bucket is in {region}, not in the image's region.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="376" />
        <source>{disk}: the object name is not valid.</source>
        <translation>{disk}: the object name is not valid.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="379" />
        <source>Two disks have the same object name.</source>
        <translation>Two disks have the same object name.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="510" />
        <source>The image {name} ({image}) is ready.</source>
        <translation>The image {name} ({image}) is ready.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="627" />
        <source>The import is still running</source>
        <translation>The import is still running</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="630" />
        <source>If you quit, the work pauses and carries on where it stopped the next time you open the app.</source>
        <translation>If you quit, the work pauses and carries on where it stopped the next time you open the app.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="637" />
        <source>It can also go on in the background, with an icon in the tray.</source>
        <translation>It can also go on in the background, with an icon in the tray.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="640" />
        <source>Keep running in the background</source>
        <translation>Keep running in the background</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="643" />
        <source>Pause and quit</source>
        <translation>Pause and quit</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="645" />
        <source>Don't quit</source>
        <translation>Don't quit</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="670" />
        <source>Image Importer: the import goes on</source>
        <translation>Image Importer: the import goes on</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="382" />
        <source>Checking the role…</source>
        <translation>Checking the role…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="367" />
        <source>{disk} cannot be imported; see its problems and hints.</source>
        <translation>{disk} cannot be imported; see its problems and hints.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="383" />
        <source>Set up the role first.</source>
        <translation>Set up the role first.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="384" />
        <source>The dry run is running.</source>
        <translation>The dry run is running.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="424" />
        <source>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</source>
        <translation>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="452" />
        <source>Another import is running in this window.</source>
        <translation>Another import is running in this window.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="453" />
        <source>Pause it (or let it finish) first, then continue this one.</source>
        <translation>Pause it (or let it finish) first, then continue this one.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="509" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="515" />
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="548" />
        <source>Upload paused: {done} of {total}.</source>
        <translation>Upload paused: {done} of {total}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="550" />
        <source>Uploading in the background: {done} of {total}.</source>
        <translation>Uploading in the background: {done} of {total}.</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="559" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="560" />
        <source>&amp;Jobs…</source>
        <translation>&amp;Jobs…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="565" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="569" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="572" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="595" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="596" />
        <source>The new language is used for windows opened from now on; restart the app to see it everywhere.</source>
        <translation>The new language is used for windows opened from now on; restart the app to see it everywhere.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>its size changed from {old} ({old_bytes:,} bytes) to {new} ({new_bytes:,} bytes)</source>
        <translation>its size changed from {old} ({old_bytes:,} bytes) to {new} ({new_bytes:,} bytes)</translation>
    </message>
    <message>
        <source>it was replaced by another file of the same name</source>
        <translation>it was replaced by another file of the same name</translation>
    </message>
    <message>
        <source>its content changed</source>
        <translation>its content changed</translation>
    </message>
    <message>
        <source>it was modified (its modification time changed)</source>
        <translation>it was modified (its modification time changed)</translation>
    </message>
    <message>
        <source>it is now uploaded as {new} instead of {old}</source>
        <translation>it is now uploaded as {new} instead of {old}</translation>
    </message>
    <message>
        <source>its recorded identity is unreadable</source>
        <translation>its recorded identity is unreadable</translation>
    </message>
    <message>
        <source>{path} changed since the last attempt</source>
        <translation>{path} changed since the last attempt</translation>
    </message>
    <message>
        <source>the conversion settings or the data it reads changed</source>
        <translation>the conversion settings or the data it reads changed</translation>
    </message>
    <message>
        <source>its input files changed</source>
        <translation>its input files changed</translation>
    </message>
    <message>
        <source>{path} is a damaged {fmt} image: {problem}</source>
        <translation>{path} is a damaged {fmt} image: {problem}</translation>
    </message>
    <message>
        <source>Use a complete, undamaged copy of the disk image.</source>
        <translation>Use a complete, undamaged copy of the disk image.</translation>
    </message>
    <message>
        <source>its header asks for far more reading than any sane image needs.</source>
        <translation>its header asks for far more reading than any sane image needs.</translation>
    </message>
    <message>
        <source>The {fmt} block size is zero: the image is damaged.</source>
        <translation>The {fmt} block size is zero: the image is damaged.</translation>
    </message>
    <message>
        <source>The {fmt} image has a compressed block, which it cannot have.</source>
        <translation>The {fmt} image has a compressed block, which it cannot have.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The {fmt} tables are damaged.</source>
        <translation>The {fmt} tables are damaged.</translation>
    </message>
    <message>
        <source>A compressed block</source>
        <translation>A compressed block</translation>
    </message>
    <message>
        <source>A compressed block of {path} at offset {offset} does not inflate to a whole block: the image is damaged.</source>
        <translation>A compressed block of {path} at offset {offset} does not inflate to a whole block: the image is damaged.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk holding it is still attached and readable.</source>
        <translation>Check that the disk holding it is still attached and readable.</translation>
    </message>
    <message>
        <source>{what} at offset {offset} of {path} lies beyond the end of the file: the file is truncated or damaged.</source>
        <translation>{what} at offset {offset} of {path} lies beyond the end of the file: the file is truncated or damaged.</translation>
    </message>
    <message>
        <source>Use a complete copy of the disk image.</source>
        <translation>Use a complete copy of the disk image.</translation>
    </message>
    <message>
        <source>{what} at offset {offset} of {path} is cut short: the file shrank while it was read.</source>
        <translation>{what} at offset {offset} of {path} is cut short: the file shrank while it was read.</translation>
    </message>
    <message>
        <source>Do not change the disk image while it is read.</source>
        <translation>Do not change the disk image while it is read.</translation>
    </message>
    <message>
        <source>The {what} {name} cannot be opened ({path}): {reason}.</source>
        <translation>The {what} {name} cannot be opened ({path}): {reason}.</translation>
    </message>
    <message>
        <source>Put the file next to the disk that names it, under that name, and try again.</source>
        <translation>Put the file next to the disk that names it, under that name, and try again.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is a pipe</source>
        <translation>it is a pipe</translation>
    </message>
    <message>
        <source>it is a device or another special file, not a regular file</source>
        <translation>it is a device or another special file, not a regular file</translation>
    </message>
    <message>
        <source>The format of {path} cannot be told: {reason}.</source>
        <translation>The format of {path} cannot be told: {reason}.</translation>
    </message>
    <message>
        <source>The disk was closed while it was being opened.</source>
        <translation>The disk was closed while it was being opened.</translation>
    </message>
    <message>
        <source>disk image</source>
        <translation>disk image</translation>
    </message>
    <message>
        <source>{path} names its {what} as {name}, which is not a usable file name.</source>
        <translation>{path} names its {what} as {name}, which is not a usable file name.</translation>
    </message>
    <message>
        <source>The image is damaged; use another copy.</source>
        <translation>The image is damaged; use another copy.</translation>
    </message>
    <message>
        <source>The VMDK descriptor {path} names the extent {name}, which is outside the descriptor's folder: it is not opened.</source>
        <translation>The VMDK descriptor {path} names the extent {name}, which is outside the descriptor's folder: it is not opened.</translation>
    </message>
    <message>
        <source>Keep a VMDK's extent files in the descriptor's folder and name them there by relative names.</source>
        <translation>Keep a VMDK's extent files in the descriptor's folder and name them there by relative names.</translation>
    </message>
    <message>
        <source>VMDK extent</source>
        <translation>VMDK extent</translation>
    </message>
    <message>
        <source>The chain of backing files of {path} is more than {depth} files deep.</source>
        <translation>The chain of backing files of {path} is more than {depth} files deep.</translation>
    </message>
    <message>
        <source>Flatten the chain first (qemu-img convert makes one file of it).</source>
        <translation>Flatten the chain first (qemu-img convert makes one file of it).</translation>
    </message>
    <message>
        <source>backing file</source>
        <translation>backing file</translation>
    </message>
    <message>
        <source>The backing file {name} of {path} is a disk already in its own chain: the chain loops.</source>
        <translation>The backing file {name} of {path} is a disk already in its own chain: the chain loops.</translation>
    </message>
    <message>
        <source>The backing file names are wrong; fix them with qemu-img rebase -u.</source>
        <translation>The backing file names are wrong; fix them with qemu-img rebase -u.</translation>
    </message>
    <message>
        <source>{path} says its backing file {name} is a {hint} disk, but that file is a {fmt} disk.</source>
        <translation>{path} says its backing file {name} is a {hint} disk, but that file is a {fmt} disk.</translation>
    </message>
    <message>
        <source>Check that the backing file is the right one.</source>
        <translation>Check that the backing file is the right one.</translation>
    </message>
    <message>
        <source>Reading {fmt} disks is not supported yet.</source>
        <translation>Reading {fmt} disks is not supported yet.</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2 or RAW with qemu-img first.</source>
        <translation>Convert the disk to QCOW2 or RAW with qemu-img first.</translation>
    </message>
    <message>
        <source>{fmt} archives cannot be read in place.</source>
        <translation>{fmt} archives cannot be read in place.</translation>
    </message>
    <message>
        <source>Unpack it first and import the disk inside.</source>
        <translation>Unpack it first and import the disk inside.</translation>
    </message>
    <message>
        <source>{fmt} files are not virtual disks that can be read.</source>
        <translation>{fmt} files are not virtual disks that can be read.</translation>
    </message>
    <message>
        <source>Give the disk image itself.</source>
        <translation>Give the disk image itself.</translation>
    </message>
    <message>
        <source>{path} is an encrypted (LUKS) disk, which cannot be imported.</source>
        <translation>{path} is an encrypted (LUKS) disk, which cannot be imported.</translation>
    </message>
    <message>
        <source>Decrypt it first (qemu-img convert with its key) and import the result.</source>
        <translation>Decrypt it first (qemu-img convert with its key) and import the result.</translation>
    </message>
    <message>
        <source>Cluster {block}</source>
        <translation>Cluster {block}</translation>
    </message>
    <message>
        <source>its header is cut short.</source>
        <translation>its header is cut short.</translation>
    </message>
    <message>
        <source>its signature is missing.</source>
        <translation>its signature is missing.</translation>
    </message>
    <message>
        <source>its version ({version}) is unknown.</source>
        <translation>its version ({version}) is unknown.</translation>
    </message>
    <message>
        <source>its cluster size is impossible.</source>
        <translation>its cluster size is impossible.</translation>
    </message>
    <message>
        <source>The block allocation table</source>
        <translation>The block allocation table</translation>
    </message>
    <message>
        <source>The parent of the differencing {fmt} {path} ({name}) cannot be found next to it.</source>
        <translation>The parent of the differencing {fmt} {path} ({name}) cannot be found next to it.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>Put the parent disk next to the differencing disk, under that name.</source>
        <translation>Put the parent disk next to the differencing disk, under that name.</translation>
    </message>
    <message>
        <source>The parent {name} of the differencing {fmt} {path} is not the disk it was made from (its {identity} differs): it was changed or replaced.</source>
        <translation>The parent {name} of the differencing {fmt} {path} is not the disk it was made from (its {identity} differs): it was changed or replaced.</translation>
    </message>
    <message>
        <source>Use the parent disk the differencing disk was made from.</source>
        <translation>Use the parent disk the differencing disk was made from.</translation>
    </message>
    <message>
        <source>An L2 table</source>
        <translation>An L2 table</translation>
    </message>
    <message>
        <source>a data cluster at offset {offset} is not aligned to a cluster.</source>
        <translation>a data cluster at offset {offset} is not aligned to a cluster.</translation>
    </message>
    <message>
        <source>a compressed cluster does not decompress ({reason}).</source>
        <translation>a compressed cluster does not decompress ({reason}).</translation>
    </message>
    <message>
        <source>{path} is an encrypted QCOW disk, which cannot be imported.</source>
        <translation>{path} is an encrypted QCOW disk, which cannot be imported.</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>The header</translation>
    </message>
    <message>
        <source>its virtual size ({size} bytes) is absurd.</source>
        <translation>its virtual size ({size} bytes) is absurd.</translation>
    </message>
    <message>
        <source>its L1 table would be {entries} entries long.</source>
        <translation>its L1 table would be {entries} entries long.</translation>
    </message>
    <message>
        <source>The L1 table</source>
        <translation>The L1 table</translation>
    </message>
    <message>
        <source>the name of its backing file lies outside the file.</source>
        <translation>the name of its backing file lies outside the file.</translation>
    </message>
    <message>
        <source>its data is in an external data file.</source>
        <translation>its data is in an external data file.</translation>
    </message>
    <message>
        <source>it uses extended L2 entries (subclusters).</source>
        <translation>it uses extended L2 entries (subclusters).</translation>
    </message>
    <message>
        <source>an L2 table at offset {offset} is not aligned to a cluster.</source>
        <translation>an L2 table at offset {offset} is not aligned to a cluster.</translation>
    </message>
    <message>
        <source>a compressed cluster at offset {offset} lies beyond the end of the file.</source>
        <translation>a compressed cluster at offset {offset} lies beyond the end of the file.</translation>
    </message>
    <message>
        <source>{path} is an encrypted QCOW2 disk, which cannot be imported.</source>
        <translation>{path} is an encrypted QCOW2 disk, which cannot be imported.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Convert it to a plain QCOW2 with qemu-img convert first.</source>
        <translation>Convert it to a plain QCOW2 with qemu-img convert first.</translation>
    </message>
    <message>
        <source>{path} uses the QCOW2 feature {feature}, which cannot be read here.</source>
        <translation>{path} uses the QCOW2 feature {feature}, which cannot be read here.</translation>
    </message>
    <message>
        <source>its compression type is unknown ({kind}).</source>
        <translation>its compression type is unknown ({kind}).</translation>
    </message>
    <message>
        <source>its L1 table has {entries} entries where {needed} are needed.</source>
        <translation>its L1 table has {entries} entries where {needed} are needed.</translation>
    </message>
    <message>
        <source>its L1 table is not aligned to a cluster.</source>
        <translation>its L1 table is not aligned to a cluster.</translation>
    </message>
    <message>
        <source>The disk ended at {offset} bytes, before its virtual size of {size} bytes.</source>
        <translation>The disk ended at {offset} bytes, before its virtual size of {size} bytes.</translation>
    </message>
    <message>
        <source>{path} can no longer be read.</source>
        <translation>{path} can no longer be read.</translation>
    </message>
    <message>
        <source>{path} changed since it was opened (size or modification time).</source>
        <translation>{path} changed since it was opened (size or modification time).</translation>
    </message>
    <message>
        <source>{path} was written to since it was opened (its status change time moved).</source>
        <translation>{path} was written to since it was opened (its status change time moved).</translation>
    </message>
    <message>
        <source>The source disk changed while it was being converted: guest bytes at {offset} held data when it was scanned and are zeros now.</source>
        <translation>The source disk changed while it was being converted: guest bytes at {offset} held data when it was scanned and are zeros now.</translation>
    </message>
    <message>
        <source>Leave the disk unchanged (stop the virtual machine) and start again.</source>
        <translation>Leave the disk unchanged (stop the virtual machine) and start again.</translation>
    </message>
    <message>
        <source>{what} at offset {offset} is not a cluster of the file.</source>
        <translation>{what} at offset {offset} is not a cluster of the file.</translation>
    </message>
    <message>
        <source>A data cluster</source>
        <translation>A data cluster</translation>
    </message>
    <message>
        <source>its tables are {size} bytes each, more than this app reads ({limit}).</source>
        <translation>its tables are {size} bytes each, more than this app reads ({limit}).</translation>
    </message>
    <message>
        <source>The {kind} data of {path} does not decompress: {reason}.</source>
        <translation>The {kind} data of {path} does not decompress: {reason}.</translation>
    </message>
    <message>
        <source>The file is truncated or damaged; use a complete copy.</source>
        <translation>The file is truncated or damaged; use a complete copy.</translation>
    </message>
    <message>
        <source>it decompresses to more than {limit} bytes.</source>
        <translation>it decompresses to more than {limit} bytes.</translation>
    </message>
    <message>
        <source>its {kind} data ends at {end} bytes, before the disk does.</source>
        <translation>its {kind} data ends at {end} bytes, before the disk does.</translation>
    </message>
    <message>
        <source>{path} is {kind} compressed and holds a {inner} disk, which cannot be read from inside the compressed data.</source>
        <translation>{path} is {kind} compressed and holds a {inner} disk, which cannot be read from inside the compressed data.</translation>
    </message>
    <message>
        <source>the tar archive inside is cut short.</source>
        <translation>the tar archive inside is cut short.</translation>
    </message>
    <message>
        <source>it claims a virtual size of {size} bytes, more than the {limit} TiB any reader accepts.</source>
        <translation>it claims a virtual size of {size} bytes, more than the {limit} TiB any reader accepts.</translation>
    </message>
    <message>
        <source>{what} at offset {offset} ({length} bytes) lies beyond the end of the file ({size} bytes).</source>
        <translation>{what} at offset {offset} ({length} bytes) lies beyond the end of the file ({size} bytes).</translation>
    </message>
    <message>
        <source>{name} is stored sparse inside {path}: its bytes there are not the disk's.</source>
        <translation>{name} is stored sparse inside {path}: its bytes there are not the disk's.</translation>
    </message>
    <message>
        <source>Unpack it first (tar -xSf keeps it sparse) and give the disk image itself.</source>
        <translation>Unpack it first (tar -xSf keeps it sparse) and give the disk image itself.</translation>
    </message>
    <message>
        <source>{path} holds no disk image (it holds: {names}).</source>
        <translation>{path} holds no disk image (it holds: {names}).</translation>
    </message>
    <message>
        <source>{path} holds {count} disk images ({names}); one disk is imported at a time.</source>
        <translation>{path} holds {count} disk images ({names}); one disk is imported at a time.</translation>
    </message>
    <message>
        <source>Unpack it first and import each disk on its own.</source>
        <translation>Unpack it first and import each disk on its own.</translation>
    </message>
    <message>
        <source>the tar archive is cut short: a member is incomplete.</source>
        <translation>the tar archive is cut short: a member is incomplete.</translation>
    </message>
    <message>
        <source>{virtual} virtual, {send} to send</source>
        <translation>{virtual} virtual, {send} to send</translation>
    </message>
    <message>
        <source>{virtual} virtual, about {send} to send</source>
        <translation>{virtual} virtual, about {send} to send</translation>
    </message>
    <message>
        <source>{format} file holding a {inner}</source>
        <translation>{format} file holding a {inner}</translation>
    </message>
    <message>
        <source>This is not a disk ECS can import.</source>
        <translation>This is not a disk ECS can import.</translation>
    </message>
    <message>
        <source>The disk is encrypted; it cannot be read to convert it. Write a decrypted copy first.</source>
        <translation>The disk is encrypted; it cannot be read to convert it. Write a decrypted copy first.</translation>
    </message>
    <message>
        <source>The size of the disk inside this file cannot be read.</source>
        <translation>The size of the disk inside this file cannot be read.</translation>
    </message>
    <message>
        <source>The disk is {gib} GiB; ImportImage takes at most {max_gib} GiB.</source>
        <translation>The disk is {gib} GiB; ImportImage takes at most {max_gib} GiB.</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is, so it cannot be sent unchanged; leave out --as-is to convert it to QCOW2 while uploading.</source>
        <translation>ECS cannot take this {name} as it is, so it cannot be sent unchanged; leave out --as-is to convert it to QCOW2 while uploading.</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is, and it cannot be read to convert it.</source>
        <translation>ECS cannot take this {name} as it is, and it cannot be read to convert it.</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is: it is converted to QCOW2 while uploading.</source>
        <translation>ECS cannot take this {name} as it is: it is converted to QCOW2 while uploading.</translation>
    </message>
    <message>
        <source>Sent as it is, as asked (--as-is).</source>
        <translation>Sent as it is, as asked (--as-is).</translation>
    </message>
    <message>
        <source>ECS takes this {name} as it is.</source>
        <translation>ECS takes this {name} as it is.</translation>
    </message>
    <message>
        <source>Sent as QCOW2, converted while uploading: {percent} % fewer bytes than the {name} as it is.</source>
        <translation>Sent as QCOW2, converted while uploading: {percent} % fewer bytes than the {name} as it is.</translation>
    </message>
    <message>
        <source>ECS takes this {name} as it is, and QCOW2 would save less than {min_percent} % of the bytes.</source>
        <translation>ECS takes this {name} as it is, and QCOW2 would save less than {min_percent} % of the bytes.</translation>
    </message>
    <message>
        <source>Block {block}</source>
        <translation>Block {block}</translation>
    </message>
    <message>
        <source>its version ({version}) is not one that can be read.</source>
        <translation>its version ({version}) is not one that can be read.</translation>
    </message>
    <message>
        <source>its image type ({image_type}) is not one that exists.</source>
        <translation>its image type ({image_type}) is not one that exists.</translation>
    </message>
    <message>
        <source>{path} is a VirtualBox snapshot (a differencing VDI): it holds only the changes since the snapshot, and names its parent only inside VirtualBox.</source>
        <translation>{path} is a VirtualBox snapshot (a differencing VDI): it holds only the changes since the snapshot, and names its parent only inside VirtualBox.</translation>
    </message>
    <message>
        <source>VirtualBox snapshots: clone the disk in VirtualBox first (VBoxManage clonemedium disk SNAPSHOT.vdi full.vdi), then import the clone.</source>
        <translation>VirtualBox snapshots: clone the disk in VirtualBox first (VBoxManage clonemedium disk SNAPSHOT.vdi full.vdi), then import the clone.</translation>
    </message>
    <message>
        <source>its block size ({block_size}) is impossible.</source>
        <translation>its block size ({block_size}) is impossible.</translation>
    </message>
    <message>
        <source>its per-block data is larger than a block.</source>
        <translation>its per-block data is larger than a block.</translation>
    </message>
    <message>
        <source>its block map has {entries} entries, too few for a disk of {size} bytes.</source>
        <translation>its block map has {entries} entries, too few for a disk of {size} bytes.</translation>
    </message>
    <message>
        <source>The block map</source>
        <translation>The block map</translation>
    </message>
    <message>
        <source>its footer cannot be found.</source>
        <translation>its footer cannot be found.</translation>
    </message>
    <message>
        <source>its footer's checksum does not match.</source>
        <translation>its footer's checksum does not match.</translation>
    </message>
    <message>
        <source>A sector bitmap</source>
        <translation>A sector bitmap</translation>
    </message>
    <message>
        <source>A parent locator</source>
        <translation>A parent locator</translation>
    </message>
    <message>
        <source>unique id</source>
        <translation>unique id</translation>
    </message>
    <message>
        <source>The disk's data</source>
        <translation>The disk's data</translation>
    </message>
    <message>
        <source>its disk type ({disk_type}) is not one that exists.</source>
        <translation>its disk type ({disk_type}) is not one that exists.</translation>
    </message>
    <message>
        <source>The dynamic disk header</source>
        <translation>The dynamic disk header</translation>
    </message>
    <message>
        <source>its dynamic disk header is missing.</source>
        <translation>its dynamic disk header is missing.</translation>
    </message>
    <message>
        <source>its dynamic disk header's checksum does not match.</source>
        <translation>its dynamic disk header's checksum does not match.</translation>
    </message>
    <message>
        <source>its block table has {entries} entries, too few for a disk of {size} bytes.</source>
        <translation>its block table has {entries} entries, too few for a disk of {size} bytes.</translation>
    </message>
    <message>
        <source>neither of its two headers is valid.</source>
        <translation>neither of its two headers is valid.</translation>
    </message>
    <message>
        <source>The VHDX {path} has a log that was not replayed (it was not closed cleanly): its blocks cannot be trusted until the log is applied.</source>
        <translation>The VHDX {path} has a log that was not replayed (it was not closed cleanly): its blocks cannot be trusted until the log is applied.</translation>
    </message>
    <message>
        <source>Open it in Hyper-V once (attach and detach it), or run qemu-img check -r all on it, then try again.</source>
        <translation>Open it in Hyper-V once (attach and detach it), or run qemu-img check -r all on it, then try again.</translation>
    </message>
    <message>
        <source>it requires a region ({region}) no reader knows.</source>
        <translation>it requires a region ({region}) no reader knows.</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>A region</translation>
    </message>
    <message>
        <source>its region table is missing or damaged.</source>
        <translation>its region table is missing or damaged.</translation>
    </message>
    <message>
        <source>its metadata table is missing.</source>
        <translation>its metadata table is missing.</translation>
    </message>
    <message>
        <source>its metadata table is damaged.</source>
        <translation>its metadata table is damaged.</translation>
    </message>
    <message>
        <source>it requires a metadata item ({item}) no reader knows.</source>
        <translation>it requires a metadata item ({item}) no reader knows.</translation>
    </message>
    <message>
        <source>a metadata item lies outside its region.</source>
        <translation>a metadata item lies outside its region.</translation>
    </message>
    <message>
        <source>A metadata item</source>
        <translation>A metadata item</translation>
    </message>
    <message>
        <source>its metadata lacks the block size or the disk size.</source>
        <translation>its metadata lacks the block size or the disk size.</translation>
    </message>
    <message>
        <source>its parent locator is missing or of an unknown kind.</source>
        <translation>its parent locator is missing or of an unknown kind.</translation>
    </message>
    <message>
        <source>its parent locator is damaged.</source>
        <translation>its parent locator is damaged.</translation>
    </message>
    <message>
        <source>data write GUID</source>
        <translation>data write GUID</translation>
    </message>
    <message>
        <source>block {block} has an unknown state ({state}).</source>
        <translation>block {block} has an unknown state ({state}).</translation>
    </message>
    <message>
        <source>block {block} is present but has no place in the file.</source>
        <translation>block {block} is present but has no place in the file.</translation>
    </message>
    <message>
        <source>block {block} is partly present but has no sector bitmap.</source>
        <translation>block {block} is partly present but has no sector bitmap.</translation>
    </message>
    <message>
        <source>its file identifier is missing.</source>
        <translation>its file identifier is missing.</translation>
    </message>
    <message>
        <source>its sector size ({sector_size}) is impossible.</source>
        <translation>its sector size ({sector_size}) is impossible.</translation>
    </message>
    <message>
        <source>its block table is too small for a disk of {size} bytes.</source>
        <translation>its block table is too small for a disk of {size} bytes.</translation>
    </message>
    <message>
        <source>{path} is a VMware {kind} disk, a kind made for ESXi storage or raw devices that cannot be read here.</source>
        <translation>{path} is a VMware {kind} disk, a kind made for ESXi storage or raw devices that cannot be read here.</translation>
    </message>
    <message>
        <source>Export the virtual machine from vSphere (as OVF/OVA, which makes streamOptimized disks) or clone the disk with vmkfstools -d thin to a monolithicSparse one.</source>
        <translation>Export the virtual machine from vSphere (as OVF/OVA, which makes streamOptimized disks) or clone the disk with vmkfstools -d thin to a monolithicSparse one.</translation>
    </message>
    <message>
        <source>The VMDK sparse header</source>
        <translation>The VMDK sparse header</translation>
    </message>
    <message>
        <source>its sparse extent header is missing.</source>
        <translation>its sparse extent header is missing.</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>The footer</translation>
    </message>
    <message>
        <source>its grain directory is at the end of the file, and the end is missing.</source>
        <translation>its grain directory is at the end of the file, and the end is missing.</translation>
    </message>
    <message>
        <source>its grain directory is missing.</source>
        <translation>its grain directory is missing.</translation>
    </message>
    <message>
        <source>its grain size is impossible.</source>
        <translation>its grain size is impossible.</translation>
    </message>
    <message>
        <source>its grain tables have an impossible size.</source>
        <translation>its grain tables have an impossible size.</translation>
    </message>
    <message>
        <source>its grains are compressed in a way no reader knows.</source>
        <translation>its grains are compressed in a way no reader knows.</translation>
    </message>
    <message>
        <source>The grain directory</source>
        <translation>The grain directory</translation>
    </message>
    <message>
        <source>The embedded descriptor</source>
        <translation>The embedded descriptor</translation>
    </message>
    <message>
        <source>A grain table</source>
        <translation>A grain table</translation>
    </message>
    <message>
        <source>Grain {grain}</source>
        <translation>Grain {grain}</translation>
    </message>
    <message>
        <source>A grain marker</source>
        <translation>A grain marker</translation>
    </message>
    <message>
        <source>compressed grain {grain} claims an impossible size.</source>
        <translation>compressed grain {grain} claims an impossible size.</translation>
    </message>
    <message>
        <source>its compressed extents do not line up with its grains.</source>
        <translation>its compressed extents do not line up with its grains.</translation>
    </message>
    <message>
        <source>the compressed grain at offset {offset} does not inflate ({reason}).</source>
        <translation>the compressed grain at offset {offset} does not inflate ({reason}).</translation>
    </message>
    <message>
        <source>The extent {name}</source>
        <translation>The extent {name}</translation>
    </message>
    <message>
        <source>the extent is smaller than the {length} bytes its descriptor says.</source>
        <translation>the extent is smaller than the {length} bytes its descriptor says.</translation>
    </message>
    <message>
        <source>its extent type {kind} is unknown.</source>
        <translation>its extent type {kind} is unknown.</translation>
    </message>
    <message>
        <source>its descriptor lists no extents (data files).</source>
        <translation>its descriptor lists no extents (data files).</translation>
    </message>
    <message>
        <source>it is a delta disk that does not name its parent.</source>
        <translation>it is a delta disk that does not name its parent.</translation>
    </message>
    <message>
        <source>The parent {name} of the VMDK delta disk {path} was changed after the delta was made (its content id differs): reading them together would give wrong data.</source>
        <translation>The parent {name} of the VMDK delta disk {path} was changed after the delta was made (its content id differs): reading them together would give wrong data.</translation>
    </message>
    <message>
        <source>Use the parent disk as it was when the snapshot was taken.</source>
        <translation>Use the parent disk as it was when the snapshot was taken.</translation>
    </message>
    <message>
        <source>its descriptor is larger than any real one.</source>
        <translation>its descriptor is larger than any real one.</translation>
    </message>
    <message>
        <source>The descriptor</source>
        <translation>The descriptor</translation>
    </message>
    <message>
        <source>The {product} endpoint {endpoint!r} is not a valid URL.</source>
        <translation>The {product} endpoint {endpoint!r} is not a valid URL.</translation>
    </message>
    <message>
        <source>The endpoint {endpoint!r} is not a valid URL.</source>
        <translation>The endpoint {endpoint!r} is not a valid URL.</translation>
    </message>
    <message>
        <source>Give a URL such as https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>Give a URL such as https://oss-cn-hangzhou.aliyuncs.com.</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to {host}: credentials and data would cross the network unencrypted.</source>
        <translation>Refusing plain HTTP to {host}: credentials and data would cross the network unencrypted.</translation>
    </message>
    <message>
        <source>Use https://, or http:// only for this machine (127.0.0.1 or localhost).</source>
        <translation>Use https://, or http:// only for this machine (127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>A required value was not sent.</source>
        <translation>A required value was not sent.</translation>
    </message>
    <message>
        <source>Fill in every required field and try again.</source>
        <translation>Fill in every required field and try again.</translation>
    </message>
    <message>
        <source>No disk was given for the image.</source>
        <translation>No disk was given for the image.</translation>
    </message>
    <message>
        <source>Choose the system disk image.</source>
        <translation>Choose the system disk image.</translation>
    </message>
    <message>
        <source>The image name is not valid.</source>
        <translation>The image name is not valid.</translation>
    </message>
    <message>
        <source>Use 2 to 128 letters, digits, periods, colons, underscores or hyphens, starting with a letter.</source>
        <translation>Use 2 to 128 letters, digits, periods, colons, underscores or hyphens, starting with a letter.</translation>
    </message>
    <message>
        <source>The OSS object name is not valid.</source>
        <translation>The OSS object name is not valid.</translation>
    </message>
    <message>
        <source>Use another object name for the disk.</source>
        <translation>Use another object name for the disk.</translation>
    </message>
    <message>
        <source>The description is not valid.</source>
        <translation>The description is not valid.</translation>
    </message>
    <message>
        <source>Use 2 to 256 characters that do not start with http:// or https://, or leave it empty.</source>
        <translation>Use 2 to 256 characters that do not start with http:// or https://, or leave it empty.</translation>
    </message>
    <message>
        <source>The architecture is not valid.</source>
        <translation>The architecture is not valid.</translation>
    </message>
    <message>
        <source>Choose i386, x86_64 or arm64.</source>
        <translation>Choose i386, x86_64 or arm64.</translation>
    </message>
    <message>
        <source>The platform (OS distribution) is not valid.</source>
        <translation>The platform (OS distribution) is not valid.</translation>
    </message>
    <message>
        <source>Choose a platform from the list.</source>
        <translation>Choose a platform from the list.</translation>
    </message>
    <message>
        <source>The OS type is not valid.</source>
        <translation>The OS type is not valid.</translation>
    </message>
    <message>
        <source>Choose linux or windows.</source>
        <translation>Choose linux or windows.</translation>
    </message>
    <message>
        <source>An image with this name already exists in the region.</source>
        <translation>An image with this name already exists in the region.</translation>
    </message>
    <message>
        <source>Choose another name, or delete the existing image first.</source>
        <translation>Choose another name, or delete the existing image first.</translation>
    </message>
    <message>
        <source>The system disk size is not valid.</source>
        <translation>The system disk size is not valid.</translation>
    </message>
    <message>
        <source>Use 5 to 2048 GiB, and at least the disk's virtual size.</source>
        <translation>Use 5 to 2048 GiB, and at least the disk's virtual size.</translation>
    </message>
    <message>
        <source>A data disk size is not valid.</source>
        <translation>A data disk size is not valid.</translation>
    </message>
    <message>
        <source>The disk format is not one ECS accepts.</source>
        <translation>The disk format is not one ECS accepts.</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2, VHD or RAW (for example with qemu-img convert).</source>
        <translation>Convert the disk to QCOW2, VHD or RAW (for example with qemu-img convert).</translation>
    </message>
    <message>
        <source>The region does not exist.</source>
        <translation>The region does not exist.</translation>
    </message>
    <message>
        <source>Choose a region from the list.</source>
        <translation>Choose a region from the list.</translation>
    </message>
    <message>
        <source>This region does not support importing images.</source>
        <translation>This region does not support importing images.</translation>
    </message>
    <message>
        <source>Choose another region, with a bucket in that region.</source>
        <translation>Choose another region, with a bucket in that region.</translation>
    </message>
    <message>
        <source>The image is still being imported and cannot be changed.</source>
        <translation>The image is still being imported and cannot be changed.</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel its task first.</source>
        <translation>Wait for the import to finish, or cancel its task first.</translation>
    </message>
    <message>
        <source>The account has reached its custom image quota.</source>
        <translation>The account has reached its custom image quota.</translation>
    </message>
    <message>
        <source>Delete custom images you no longer need, or ask for a higher quota in the Quota Center.</source>
        <translation>Delete custom images you no longer need, or ask for a higher quota in the Quota Center.</translation>
    </message>
    <message>
        <source>The import failed on the service side.</source>
        <translation>The import failed on the service side.</translation>
    </message>
    <message>
        <source>Check that the disk boots and is in the declared format, then try again; contact Alibaba Cloud support with the RequestId if it keeps failing.</source>
        <translation>Check that the disk boots and is in the declared format, then try again; contact Alibaba Cloud support with the RequestId if it keeps failing.</translation>
    </message>
    <message>
        <source>This account is not allowed to import images.</source>
        <translation>This account is not allowed to import images.</translation>
    </message>
    <message>
        <source>Ask Alibaba Cloud support to enable image import for the account.</source>
        <translation>Ask Alibaba Cloud support to enable image import for the account.</translation>
    </message>
    <message>
        <source>ECS is not yet allowed to read your OSS bucket.</source>
        <translation>ECS is not yet allowed to read your OSS bucket.</translation>
    </message>
    <message>
        <source>Set up the AliyunECSImageImportDefaultRole role (the app can do it for you); a new role can take a minute to become usable.</source>
        <translation>Set up the AliyunECSImageImportDefaultRole role (the app can do it for you); a new role can take a minute to become usable.</translation>
    </message>
    <message>
        <source>The OSS bucket does not exist in this region.</source>
        <translation>The OSS bucket does not exist in this region.</translation>
    </message>
    <message>
        <source>Upload to a bucket in the same region as the import, or change the region.</source>
        <translation>Upload to a bucket in the same region as the import, or change the region.</translation>
    </message>
    <message>
        <source>A disk setting is not valid.</source>
        <translation>A disk setting is not valid.</translation>
    </message>
    <message>
        <source>Check the disk list (at most 16 data disks).</source>
        <translation>Check the disk list (at most 16 data disks).</translation>
    </message>
    <message>
        <source>The uploaded disk object was not found in the bucket.</source>
        <translation>The uploaded disk object was not found in the bucket.</translation>
    </message>
    <message>
        <source>Upload the disk again (the app resumes where it stopped).</source>
        <translation>Upload the disk again (the app resumes where it stopped).</translation>
    </message>
    <message>
        <source>The license type is not valid.</source>
        <translation>The license type is not valid.</translation>
    </message>
    <message>
        <source>Choose Auto, Aliyun or BYOL.</source>
        <translation>Choose Auto, Aliyun or BYOL.</translation>
    </message>
    <message>
        <source>This platform can only bring its own license.</source>
        <translation>This platform can only bring its own license.</translation>
    </message>
    <message>
        <source>Choose BYOL as the license type.</source>
        <translation>Choose BYOL as the license type.</translation>
    </message>
    <message>
        <source>The uploaded disk object is empty.</source>
        <translation>The uploaded disk object is empty.</translation>
    </message>
    <message>
        <source>Upload the disk file again; check it is not empty.</source>
        <translation>Upload the disk file again; check it is not empty.</translation>
    </message>
    <message>
        <source>The disk object is in Archive storage and cannot be read directly.</source>
        <translation>The disk object is in Archive storage and cannot be read directly.</translation>
    </message>
    <message>
        <source>Restore the object in the OSS console, or upload it again as Standard storage.</source>
        <translation>Restore the object in the OSS console, or upload it again as Standard storage.</translation>
    </message>
    <message>
        <source>The bucket's encryption is not supported by image import.</source>
        <translation>The bucket's encryption is not supported by image import.</translation>
    </message>
    <message>
        <source>Use a bucket without KMS encryption, or with OSS-managed encryption.</source>
        <translation>Use a bucket without KMS encryption, or with OSS-managed encryption.</translation>
    </message>
    <message>
        <source>ECS is not authorized to read the bucket.</source>
        <translation>ECS is not authorized to read the bucket.</translation>
    </message>
    <message>
        <source>Set up the AliyunECSImageImportDefaultRole role and its policy.</source>
        <translation>Set up the AliyunECSImageImportDefaultRole role and its policy.</translation>
    </message>
    <message>
        <source>The object name's suffix is not supported for import.</source>
        <translation>The object name's suffix is not supported for import.</translation>
    </message>
    <message>
        <source>Name the object with the disk format's suffix, such as .qcow2, .vhd or .raw.</source>
        <translation>Name the object with the disk format's suffix, such as .qcow2, .vhd or .raw.</translation>
    </message>
    <message>
        <source>This disk format is not supported in the region.</source>
        <translation>This disk format is not supported in the region.</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2, VHD or RAW.</source>
        <translation>Convert the disk to QCOW2, VHD or RAW.</translation>
    </message>
    <message>
        <source>The uploaded file is not in the disk format given for it.</source>
        <translation>The uploaded file is not in the disk format given for it.</translation>
    </message>
    <message>
        <source>Give the disk's real format, or leave the format for ECS to detect.</source>
        <translation>Give the disk's real format, or leave the format for ECS to detect.</translation>
    </message>
    <message>
        <source>ECS found the uploaded disk image damaged: its structure does not hold.</source>
        <translation>ECS found the uploaded disk image damaged: its structure does not hold.</translation>
    </message>
    <message>
        <source>Check the disk with qemu-img check, then upload it again.</source>
        <translation>Check the disk with qemu-img check, then upload it again.</translation>
    </message>
    <message>
        <source>The VHD file's size is not a whole number of MiB plus its footer.</source>
        <translation>The VHD file's size is not a whole number of MiB plus its footer.</translation>
    </message>
    <message>
        <source>Convert it again with qemu-img convert -O vpc -o subformat=fixed,force_size.</source>
        <translation>Convert it again with qemu-img convert -O vpc -o subformat=fixed,force_size.</translation>
    </message>
    <message>
        <source>The boot mode is not valid.</source>
        <translation>The boot mode is not valid.</translation>
    </message>
    <message>
        <source>Choose BIOS or UEFI.</source>
        <translation>Choose BIOS or UEFI.</translation>
    </message>
    <message>
        <source>This boot mode does not work with the architecture.</source>
        <translation>This boot mode does not work with the architecture.</translation>
    </message>
    <message>
        <source>arm64 images need UEFI.</source>
        <translation>arm64 images need UEFI.</translation>
    </message>
    <message>
        <source>The platform is not available for this architecture.</source>
        <translation>The platform is not available for this architecture.</translation>
    </message>
    <message>
        <source>Choose another platform or architecture.</source>
        <translation>Choose another platform or architecture.</translation>
    </message>
    <message>
        <source>The bucket is being read too fast right now.</source>
        <translation>The bucket is being read too fast right now.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The resource group does not exist.</source>
        <translation>The resource group does not exist.</translation>
    </message>
    <message>
        <source>Copy the ID from the Resource Management console, or leave it empty.</source>
        <translation>Copy the ID from the Resource Management console, or leave it empty.</translation>
    </message>
    <message>
        <source>The request token is not valid.</source>
        <translation>The request token is not valid.</translation>
    </message>
    <message>
        <source>This is a bug in the app; please report it.</source>
        <translation>This is a bug in the app; please report it.</translation>
    </message>
    <message>
        <source>Two tags have the same key.</source>
        <translation>Two tags have the same key.</translation>
    </message>
    <message>
        <source>Keys must differ, ignoring upper and lower case.</source>
        <translation>Keys must differ, ignoring upper and lower case.</translation>
    </message>
    <message>
        <source>The account has an overdue payment.</source>
        <translation>The account has an overdue payment.</translation>
    </message>
    <message>
        <source>Top up the account, then try again.</source>
        <translation>Top up the account, then try again.</translation>
    </message>
    <message>
        <source>OSS is not activated for the account.</source>
        <translation>OSS is not activated for the account.</translation>
    </message>
    <message>
        <source>Activate OSS in the console, then try again.</source>
        <translation>Activate OSS in the console, then try again.</translation>
    </message>
    <message>
        <source>The image check is not available for Windows images.</source>
        <translation>The image check is not available for Windows images.</translation>
    </message>
    <message>
        <source>Turn the image check off.</source>
        <translation>Turn the image check off.</translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to Alibaba Cloud.</source>
        <translation>The AccessKey ID is not known to Alibaba Cloud.</translation>
    </message>
    <message>
        <source>Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.</source>
        <translation>Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.</translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation>The AccessKey is disabled.</translation>
    </message>
    <message>
        <source>Enable it in the RAM console, or use another one.</source>
        <translation>Enable it in the RAM console, or use another one.</translation>
    </message>
    <message>
        <source>The AccessKey Secret does not match the AccessKey ID.</source>
        <translation>The AccessKey Secret does not match the AccessKey ID.</translation>
    </message>
    <message>
        <source>Enter the secret again (copy it without spaces).</source>
        <translation>Enter the secret again (copy it without spaces).</translation>
    </message>
    <message>
        <source>The temporary (STS) credentials have expired.</source>
        <translation>The temporary (STS) credentials have expired.</translation>
    </message>
    <message>
        <source>Get a new security token and update the profile.</source>
        <translation>Get a new security token and update the profile.</translation>
    </message>
    <message>
        <source>The security token is not valid.</source>
        <translation>The security token is not valid.</translation>
    </message>
    <message>
        <source>Copy the whole STS token again into the profile.</source>
        <translation>Copy the whole STS token again into the profile.</translation>
    </message>
    <message>
        <source>This RAM user is not allowed to do this.</source>
        <translation>This RAM user is not allowed to do this.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission (AliyunECSFullAccess or a custom policy for ImportImage).</source>
        <translation>Ask an administrator to grant the permission (AliyunECSFullAccess or a custom policy for ImportImage).</translation>
    </message>
    <message>
        <source>This account is not allowed to manage RAM roles.</source>
        <translation>This account is not allowed to manage RAM roles.</translation>
    </message>
    <message>
        <source>Ask an administrator to authorize ECS with the one-click link, or to create the role with the policy shown.</source>
        <translation>Ask an administrator to authorize ECS with the one-click link, or to create the role with the policy shown.</translation>
    </message>
    <message>
        <source>The RAM role does not exist.</source>
        <translation>The RAM role does not exist.</translation>
    </message>
    <message>
        <source>Set up the role.</source>
        <translation>Set up the role.</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>Too many requests right now.</translation>
    </message>
    <message>
        <source>The app retries by itself.</source>
        <translation>The app retries by itself.</translation>
    </message>
    <message>
        <source>The service is busy.</source>
        <translation>The service is busy.</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>The service had an internal error.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>The service refused the request.</translation>
    </message>
    <message>
        <source>If it keeps happening, contact Alibaba Cloud support with the code and RequestId.</source>
        <translation>If it keeps happening, contact Alibaba Cloud support with the code and RequestId.</translation>
    </message>
    <message>
        <source>A seek before the start of the volume.</source>
        <translation>A seek before the start of the volume.</translation>
    </message>
    <message>
        <source>the Btrfs superblock is damaged</source>
        <translation>the Btrfs superblock is damaged</translation>
    </message>
    <message>
        <source>a Btrfs chunk is damaged</source>
        <translation>a Btrfs chunk is damaged</translation>
    </message>
    <message>
        <source>a Btrfs address is outside every chunk</source>
        <translation>a Btrfs address is outside every chunk</translation>
    </message>
    <message>
        <source>a Btrfs tree node is damaged</source>
        <translation>a Btrfs tree node is damaged</translation>
    </message>
    <message>
        <source>a Btrfs tree is too deep or loops</source>
        <translation>a Btrfs tree is too deep or loops</translation>
    </message>
    <message>
        <source>the Btrfs subvolume {id} is missing</source>
        <translation>the Btrfs subvolume {id} is missing</translation>
    </message>
    <message>
        <source>a Btrfs inode is missing</source>
        <translation>a Btrfs inode is missing</translation>
    </message>
    <message>
        <source>a Btrfs file has too many extents</source>
        <translation>a Btrfs file has too many extents</translation>
    </message>
    <message>
        <source>a Btrfs extent is damaged</source>
        <translation>a Btrfs extent is damaged</translation>
    </message>
    <message>
        <source>a compressed Btrfs extent is damaged</source>
        <translation>a compressed Btrfs extent is damaged</translation>
    </message>
    <message>
        <source>the zstd decompressor is not installed</source>
        <translation>the zstd decompressor is not installed</translation>
    </message>
    <message>
        <source>LZO-compressed Btrfs files cannot be read</source>
        <translation>LZO-compressed Btrfs files cannot be read</translation>
    </message>
    <message>
        <source>it holds no filesystem that can be read ({content})</source>
        <translation>it holds no filesystem that can be read ({content})</translation>
    </message>
    <message>
        <source>the filesystem is cut short</source>
        <translation>the filesystem is cut short</translation>
    </message>
    <message>
        <source>the {kind} filesystem is damaged: {reason}</source>
        <translation>the {kind} filesystem is damaged: {reason}</translation>
    </message>
    <message>
        <source>the reader for {content} is not installed</source>
        <translation>the reader for {content} is not installed</translation>
    </message>
    <message>
        <source>the FAT boot sector is damaged</source>
        <translation>the FAT boot sector is damaged</translation>
    </message>
    <message>
        <source>a FAT cluster chain loops</source>
        <translation>a FAT cluster chain loops</translation>
    </message>
    <message>
        <source>it is larger than {limit} MiB</source>
        <translation>it is larger than {limit} MiB</translation>
    </message>
    <message>
        <source>it is neither a cpio archive nor compressed in a known way</source>
        <translation>it is neither a cpio archive nor compressed in a known way</translation>
    </message>
    <message>
        <source>it holds more than {limit} files</source>
        <translation>it holds more than {limit} files</translation>
    </message>
    <message>
        <source>it ends in the middle of a file</source>
        <translation>it ends in the middle of a file</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MiB</source>
        <translation>it unpacks to more than {limit} MiB</translation>
    </message>
    <message>
        <source>a cpio header is damaged</source>
        <translation>a cpio header is damaged</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>its compressed data is damaged</translation>
    </message>
    <message>
        <source>the disk's volumes</source>
        <translation>the disk's volumes</translation>
    </message>
    <message>
        <source>{volume} ({content})</source>
        <translation>{volume} ({content})</translation>
    </message>
    <message>
        <source>No operating system was found on this disk (a data disk?).</source>
        <translation>No operating system was found on this disk (a data disk?).</translation>
    </message>
    <message>
        <source>its volume {device} was not found on this disk</source>
        <translation>its volume {device} was not found on this disk</translation>
    </message>
    <message>
        <source>No installed kernel was found under /boot or /lib/modules.</source>
        <translation>No installed kernel was found under /boot or /lib/modules.</translation>
    </message>
    <message>
        <source>Kernel {version} has no {drivers} driver: it cannot find its disk or network on ECS.</source>
        <translation>Kernel {version} has no {drivers} driver: it cannot find its disk or network on ECS.</translation>
    </message>
    <message>
        <source>Install a kernel built with virtio drivers (the distribution's standard kernel has them).</source>
        <translation>Install a kernel built with virtio drivers (the distribution's standard kernel has them).</translation>
    </message>
    <message>
        <source>The module lists of kernel {version} could not be found.</source>
        <translation>The module lists of kernel {version} could not be found.</translation>
    </message>
    <message>
        <source>Kernel {version} has {drivers} as modules, and its initramfs could not be checked for them.</source>
        <translation>Kernel {version} has {drivers} as modules, and its initramfs could not be checked for them.</translation>
    </message>
    <message>
        <source>The initramfs of kernel {version} lacks {drivers}: it will not find its disk on ECS.</source>
        <translation>The initramfs of kernel {version} lacks {drivers}: it will not find its disk on ECS.</translation>
    </message>
    <message>
        <source>Kernel {version} has the virtio block, PCI and network drivers at boot.</source>
        <translation>Kernel {version} has the virtio block, PCI and network drivers at boot.</translation>
    </message>
    <message>
        <source>Kernel {version} can boot from NVMe disks, so the image can say it supports NVMe.</source>
        <translation>Kernel {version} can boot from NVMe disks, so the image can say it supports NVMe.</translation>
    </message>
    <message>
        <source>Kernel {version} cannot boot from NVMe disks: instance types with NVMe system disks will not start.</source>
        <translation>Kernel {version} cannot boot from NVMe disks: instance types with NVMe system disks will not start.</translation>
    </message>
    <message>
        <source>The guest has no /etc/fstab.</source>
        <translation>The guest has no /etc/fstab.</translation>
    </message>
    <message>
        <source>/etc/fstab mounts {devices} by kernel name: on ECS disks are /dev/vdX, so the mount fails.</source>
        <translation>/etc/fstab mounts {devices} by kernel name: on ECS disks are /dev/vdX, so the mount fails.</translation>
    </message>
    <message>
        <source>Replace each /dev/sdX or /dev/hdX in /etc/fstab with UUID=... from `blkid`.</source>
        <translation>Replace each /dev/sdX or /dev/hdX in /etc/fstab with UUID=... from `blkid`.</translation>
    </message>
    <message>
        <source>/etc/fstab names disks by UUID, LABEL or volume.</source>
        <translation>/etc/fstab names disks by UUID, LABEL or volume.</translation>
    </message>
    <message>
        <source>/etc/fstab mounts {devices}, which is not on this disk, without nofail: boot stops there.</source>
        <translation>/etc/fstab mounts {devices}, which is not on this disk, without nofail: boot stops there.</translation>
    </message>
    <message>
        <source>Add nofail to the options of those entries in /etc/fstab, or remove them.</source>
        <translation>Add nofail to the options of those entries in /etc/fstab, or remove them.</translation>
    </message>
    <message>
        <source>Every disk /etc/fstab needs at boot is on this disk.</source>
        <translation>Every disk /etc/fstab needs at boot is on this disk.</translation>
    </message>
    <message>
        <source>No GRUB configuration was found, so the kernel's root= could not be checked.</source>
        <translation>No GRUB configuration was found, so the kernel's root= could not be checked.</translation>
    </message>
    <message>
        <source>The boot loader passes root={root}: on ECS the disk is /dev/vda, so the kernel will not find its root.</source>
        <translation>The boot loader passes root={root}: on ECS the disk is /dev/vda, so the kernel will not find its root.</translation>
    </message>
    <message>
        <source>Set root=UUID=... (from `blkid`) in /etc/default/grub, then run grub2-mkconfig or update-grub.</source>
        <translation>Set root=UUID=... (from `blkid`) in /etc/default/grub, then run grub2-mkconfig or update-grub.</translation>
    </message>
    <message>
        <source>The boot loader names the root filesystem by UUID, LABEL or volume.</source>
        <translation>The boot loader names the root filesystem by UUID, LABEL or volume.</translation>
    </message>
    <message>
        <source>cloud-init or the Alibaba Cloud agent is installed ({path}).</source>
        <translation>cloud-init or the Alibaba Cloud agent is installed ({path}).</translation>
    </message>
    <message>
        <source>Neither cloud-init nor the Alibaba Cloud agent is installed: the host name, password and SSH keys set in ECS will not be applied.</source>
        <translation>Neither cloud-init nor the Alibaba Cloud agent is installed: the host name, password and SSH keys set in ECS will not be applied.</translation>
    </message>
    <message>
        <source>{files} ties the network to this machine's MAC address: the ECS network interface will not be configured.</source>
        <translation>{files} ties the network to this machine's MAC address: the ECS network interface will not be configured.</translation>
    </message>
    <message>
        <source>No network configuration is tied to a MAC address.</source>
        <translation>No network configuration is tied to a MAC address.</translation>
    </message>
    <message>
        <source>{files} gives the network a static address: on ECS it must come from DHCP.</source>
        <translation>{files} gives the network a static address: on ECS it must come from DHCP.</translation>
    </message>
    <message>
        <source>Configure the primary interface with DHCP (BOOTPROTO=dhcp, inet dhcp or dhcp4: true).</source>
        <translation>Configure the primary interface with DHCP (BOOTPROTO=dhcp, inet dhcp or dhcp4: true).</translation>
    </message>
    <message>
        <source>No network interface has a static address.</source>
        <translation>No network interface has a static address.</translation>
    </message>
    <message>
        <source>The guest reads the hardware clock as local time; ECS keeps it in UTC.</source>
        <translation>The guest reads the hardware clock as local time; ECS keeps it in UTC.</translation>
    </message>
    <message>
        <source>The guest reads the hardware clock as UTC.</source>
        <translation>The guest reads the hardware clock as UTC.</translation>
    </message>
    <message>
        <source>an LVM physical volume: {reason}</source>
        <translation>an LVM physical volume: {reason}</translation>
    </message>
    <message>
        <source>the logical volume {name}: {reason}</source>
        <translation>the logical volume {name}: {reason}</translation>
    </message>
    <message>
        <source>no LVM2 label</source>
        <translation>no LVM2 label</translation>
    </message>
    <message>
        <source>the LVM2 label is damaged</source>
        <translation>the LVM2 label is damaged</translation>
    </message>
    <message>
        <source>the LVM2 metadata area is damaged</source>
        <translation>the LVM2 metadata area is damaged</translation>
    </message>
    <message>
        <source>the LVM2 metadata has an impossible size</source>
        <translation>the LVM2 metadata has an impossible size</translation>
    </message>
    <message>
        <source>the LVM2 metadata text cannot be parsed</source>
        <translation>the LVM2 metadata text cannot be parsed</translation>
    </message>
    <message>
        <source>the LVM2 metadata nests too deeply</source>
        <translation>the LVM2 metadata nests too deeply</translation>
    </message>
    <message>
        <source>only linear logical volumes can be read (this one is {kind})</source>
        <translation>only linear logical volumes can be read (this one is {kind})</translation>
    </message>
    <message>
        <source>its segments are damaged</source>
        <translation>its segments are damaged</translation>
    </message>
    <message>
        <source>it lives on a physical volume that is not on this disk</source>
        <translation>it lives on a physical volume that is not on this disk</translation>
    </message>
    <message>
        <source>it has no segments</source>
        <translation>it has no segments</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>Could not read {path}: {reason}.</translation>
    </message>
    <message>
        <source>it is not a registry hive</source>
        <translation>it is not a registry hive</translation>
    </message>
    <message>
        <source>a registry cell points outside the hive</source>
        <translation>a registry cell points outside the hive</translation>
    </message>
    <message>
        <source>a registry cell is damaged</source>
        <translation>a registry cell is damaged</translation>
    </message>
    <message>
        <source>a registry key is damaged</source>
        <translation>a registry key is damaged</translation>
    </message>
    <message>
        <source>a registry subkey list is damaged</source>
        <translation>a registry subkey list is damaged</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>it does not exist</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>it is larger than {limit} bytes</source>
        <translation>it is larger than {limit} bytes</translation>
    </message>
    <message>
        <source>a link points outside the guest's root</source>
        <translation>a link points outside the guest's root</translation>
    </message>
    <message>
        <source>its links loop (more than {hops} hops)</source>
        <translation>its links loop (more than {hops} hops)</translation>
    </message>
    <message>
        <source>a link has no target</source>
        <translation>a link has no target</translation>
    </message>
    <message>
        <source>its links make the path too long</source>
        <translation>its links make the path too long</translation>
    </message>
    <message>
        <source>a directory disappeared while reading it</source>
        <translation>a directory disappeared while reading it</translation>
    </message>
    <message>
        <source>the partition table: {reason}</source>
        <translation>the partition table: {reason}</translation>
    </message>
    <message>
        <source>the whole disk</source>
        <translation>the whole disk</translation>
    </message>
    <message>
        <source>partition {number}</source>
        <translation>partition {number}</translation>
    </message>
    <message>
        <source>the chain of logical partitions loops or leaves the disk</source>
        <translation>the chain of logical partitions loops or leaves the disk</translation>
    </message>
    <message>
        <source>Install the virtio-win drivers (virtio-win-gt-x64.msi) in the guest before exporting the disk.</source>
        <translation>Install the virtio-win drivers (virtio-win-gt-x64.msi) in the guest before exporting the disk.</translation>
    </message>
    <message>
        <source>The SYSTEM hive could not be read, so the virtio drivers could not be checked.</source>
        <translation>The SYSTEM hive could not be read, so the virtio drivers could not be checked.</translation>
    </message>
    <message>
        <source>The virtio storage driver {name} starts at boot.</source>
        <translation>The virtio storage driver {name} starts at boot.</translation>
    </message>
    <message>
        <source>The virtio storage driver {name} is installed but does not start at boot: Windows will stop with INACCESSIBLE_BOOT_DEVICE.</source>
        <translation>The virtio storage driver {name} is installed but does not start at boot: Windows will stop with INACCESSIBLE_BOOT_DEVICE.</translation>
    </message>
    <message>
        <source>The virtio storage driver (viostor or vioscsi) is not installed: Windows will not find its disk on ECS.</source>
        <translation>The virtio storage driver (viostor or vioscsi) is not installed: Windows will not find its disk on ECS.</translation>
    </message>
    <message>
        <source>The virtio network driver netkvm is installed.</source>
        <translation>The virtio network driver netkvm is installed.</translation>
    </message>
    <message>
        <source>The virtio network driver netkvm is not installed: the instance will have no network on ECS.</source>
        <translation>The virtio network driver netkvm is not installed: the instance will have no network on ECS.</translation>
    </message>
    <message>
        <source>From the guest ({guest}): {fields}.</source>
        <translation>From the guest ({guest}): {fields}.</translation>
    </message>
    <message>
        <source>from the partition table</source>
        <translation>from the partition table</translation>
    </message>
    <message>
        <source>The guest could not be read ({reason}); the defaults are used: {fields}.</source>
        <translation>The guest could not be read ({reason}); the defaults are used: {fields}.</translation>
    </message>
    <message>
        <source>no operating system found</source>
        <translation>no operating system found</translation>
    </message>
    <message>
        <source>Not found on the guest, so the defaults are used: {fields}.</source>
        <translation>Not found on the guest, so the defaults are used: {fields}.</translation>
    </message>
    <message>
        <source>The system disk</source>
        <translation>The system disk</translation>
    </message>
    <message>
        <source>Data disk {n}</source>
        <translation>Data disk {n}</translation>
    </message>
    <message>
        <source>{what} ({path}) cannot be imported: {reason}</source>
        <translation>{what} ({path}) cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>The {kind} data does not decompress: {exc}.</source>
        <translation>The {kind} data does not decompress: {exc}.</translation>
    </message>
    <message>
        <source>A tar header is damaged.</source>
        <translation>A tar header is damaged.</translation>
    </message>
    <message>
        <source>The tar archive is cut short: a member is incomplete.</source>
        <translation>The tar archive is cut short: a member is incomplete.</translation>
    </message>
    <message>
        <source>The zip archive's directory at its end is missing: the file is truncated.</source>
        <translation>The zip archive's directory at its end is missing: the file is truncated.</translation>
    </message>
    <message>
        <source>The file's metadata asks for far more reading than any sane image needs ({exc}): it is probably damaged.</source>
        <translation>The file's metadata asks for far more reading than any sane image needs ({exc}): it is probably damaged.</translation>
    </message>
    <message>
        <source>The partition table was not checked: {exc}.</source>
        <translation>The partition table was not checked: {exc}.</translation>
    </message>
    <message>
        <source>The image's tables are damaged ({exc}); the disk cannot be read.</source>
        <translation>The image's tables are damaged ({exc}); the disk cannot be read.</translation>
    </message>
    <message>
        <source>The Parallels header is cut short: the file is truncated.</source>
        <translation>The Parallels header is cut short: the file is truncated.</translation>
    </message>
    <message>
        <source>The Parallels cluster size or block table is invalid.</source>
        <translation>The Parallels cluster size or block table is invalid.</translation>
    </message>
    <message>
        <source>The Parallels descriptor names no image file.</source>
        <translation>The Parallels descriptor names no image file.</translation>
    </message>
    <message>
        <source>The Parallels descriptor's image file {name!r} is outside the descriptor's folder: it is refused and not opened.</source>
        <translation>The Parallels descriptor's image file {name!r} is outside the descriptor's folder: it is refused and not opened.</translation>
    </message>
    <message>
        <source>The disk has snapshots: its current state is spread over {count} .hds files.</source>
        <translation>The disk has snapshots: its current state is spread over {count} .hds files.</translation>
    </message>
    <message>
        <source>This is a Parallels disk's descriptor (DiskDescriptor.xml), not the disk: its data is in {name}.</source>
        <translation>This is a Parallels disk's descriptor (DiskDescriptor.xml), not the disk: its data is in {name}.</translation>
    </message>
    <message>
        <source>The LUKS header is cut short: the file is truncated.</source>
        <translation>The LUKS header is cut short: the file is truncated.</translation>
    </message>
    <message>
        <source>The ISO 9660 descriptor is cut short.</source>
        <translation>The ISO 9660 descriptor is cut short.</translation>
    </message>
    <message>
        <source>Partition {number} ends after the end of the disk ({disk_size} bytes): the disk is truncated, or its size was changed without its partitions.</source>
        <translation>Partition {number} ends after the end of the disk ({disk_size} bytes): the disk is truncated, or its size was changed without its partitions.</translation>
    </message>
    <message>
        <source>The GPT header is damaged.</source>
        <translation>The GPT header is damaged.</translation>
    </message>
    <message>
        <source>The GPT says the disk is larger than it is: the disk is truncated, or was shrunk without its partition table.</source>
        <translation>The GPT says the disk is larger than it is: the disk is truncated, or was shrunk without its partition table.</translation>
    </message>
    <message>
        <source>The {what} header is cut short: the file is truncated or damaged.</source>
        <translation>The {what} header is cut short: the file is truncated or damaged.</translation>
    </message>
    <message>
        <source>This QCOW2 file says it is version {version}; only versions 2 and 3 exist.</source>
        <translation>This QCOW2 file says it is version {version}; only versions 2 and 3 exist.</translation>
    </message>
    <message>
        <source>The QCOW2 cluster size (2^{cluster_bits}) is invalid.</source>
        <translation>The QCOW2 cluster size (2^{cluster_bits}) is invalid.</translation>
    </message>
    <message>
        <source>The QCOW2 header length field is invalid.</source>
        <translation>The QCOW2 header length field is invalid.</translation>
    </message>
    <message>
        <source>The QCOW2 header names a backing file, but the name lies outside the file.</source>
        <translation>The QCOW2 header names a backing file, but the name lies outside the file.</translation>
    </message>
    <message>
        <source>The QCOW2 cluster table lies beyond the end of the file: the file is truncated or damaged.</source>
        <translation>The QCOW2 cluster table lies beyond the end of the file: the file is truncated or damaged.</translation>
    </message>
    <message>
        <source>The QCOW cluster sizes are invalid.</source>
        <translation>The QCOW cluster sizes are invalid.</translation>
    </message>
    <message>
        <source>The QED cluster or table size is invalid.</source>
        <translation>The QED cluster or table size is invalid.</translation>
    </message>
    <message>
        <source>The QED image was not closed cleanly and must be checked before use.</source>
        <translation>The QED image was not closed cleanly and must be checked before use.</translation>
    </message>
    <message>
        <source>The VDI header is cut short: the file is truncated.</source>
        <translation>The VDI header is cut short: the file is truncated.</translation>
    </message>
    <message>
        <source>The VDI image type ({image_type}) is not one that exists.</source>
        <translation>The VDI image type ({image_type}) is not one that exists.</translation>
    </message>
    <message>
        <source>The VDI block map is invalid or beyond the end of file.</source>
        <translation>The VDI block map is invalid or beyond the end of file.</translation>
    </message>
    <message>
        <source>raw disk</source>
        <translation>raw disk</translation>
    </message>
    <message>
        <source>QCOW2 image</source>
        <translation>QCOW2 image</translation>
    </message>
    <message>
        <source>legacy QCOW (version 1) image</source>
        <translation>legacy QCOW (version 1) image</translation>
    </message>
    <message>
        <source>QED image</source>
        <translation>QED image</translation>
    </message>
    <message>
        <source>VHD</source>
        <translation>VHD</translation>
    </message>
    <message>
        <source>VHDX (Hyper-V) disk</source>
        <translation>VHDX (Hyper-V) disk</translation>
    </message>
    <message>
        <source>VMDK (VMware) disk</source>
        <translation>VMDK (VMware) disk</translation>
    </message>
    <message>
        <source>VDI (VirtualBox) disk</source>
        <translation>VDI (VirtualBox) disk</translation>
    </message>
    <message>
        <source>Parallels disk</source>
        <translation>Parallels disk</translation>
    </message>
    <message>
        <source>LUKS-encrypted disk</source>
        <translation>LUKS-encrypted disk</translation>
    </message>
    <message>
        <source>EnCase/Expert Witness (E01) evidence file</source>
        <translation>EnCase/Expert Witness (E01) evidence file</translation>
    </message>
    <message>
        <source>Apple disk image (DMG)</source>
        <translation>Apple disk image (DMG)</translation>
    </message>
    <message>
        <source>Apple sparse disk image (ASIF)</source>
        <translation>Apple sparse disk image (ASIF)</translation>
    </message>
    <message>
        <source>Export the raw disk from the evidence file with libewf's ewfexport (Debian and Ubuntu package ewf-tools): `ewfexport -u -f raw -t {target} {path}` writes {target}.raw, a raw disk to import.</source>
        <translation>Export the raw disk from the evidence file with libewf's ewfexport (Debian and Ubuntu package ewf-tools): `ewfexport -u -f raw -t {target} {path}` writes {target}.raw, a raw disk to import.</translation>
    </message>
    <message>
        <source>Convert it to a disk the app reads: `{convert_command}` (a DMG compressed with bzip2 or LZFSE needs qemu's extra block modules, package qemu-block-extra on Debian and Ubuntu).</source>
        <translation>Convert it to a disk the app reads: `{convert_command}` (a DMG compressed with bzip2 or LZFSE needs qemu's extra block modules, package qemu-block-extra on Debian and Ubuntu).</translation>
    </message>
    <message>
        <source>On a Mac with macOS 26 or later, attach it without mounting: `diskutil image attach --noMount {path}`, then copy the device it names to a raw disk: `dd if=/dev/rdiskN of=disk.img bs=4m`, and import disk.img.</source>
        <translation>On a Mac with macOS 26 or later, attach it without mounting: `diskutil image attach --noMount {path}`, then copy the device it names to a raw disk: `dd if=/dev/rdiskN of=disk.img bs=4m`, and import disk.img.</translation>
    </message>
    <message>
        <source>Export the virtual machine from vSphere or ESXi as OVF/OVA (its disks come out as streamOptimized VMDK, which the app converts), or on the ESXi host clone the disk with its snapshots merged: `vmkfstools -i {name} -d thin whole.vmdk`, and copy whole.vmdk with its whole-flat.vmdk.</source>
        <translation>Export the virtual machine from vSphere or ESXi as OVF/OVA (its disks come out as streamOptimized VMDK, which the app converts), or on the ESXi host clone the disk with its snapshots merged: `vmkfstools -i {name} -d thin whole.vmdk`, and copy whole.vmdk with its whole-flat.vmdk.</translation>
    </message>
    <message>
        <source>Write a decrypted copy, giving the passphrase in a file: qemu-img convert -p --object secret,id=sec0,file=PASSPHRASE_FILE --image-opts driver={driver},file.filename={path},{secret_option}=sec0 -O qcow2 {converted_name}</source>
        <translation>Write a decrypted copy, giving the passphrase in a file: qemu-img convert -p --object secret,id=sec0,file=PASSPHRASE_FILE --image-opts driver={driver},file.filename={path},{secret_option}=sec0 -O qcow2 {converted_name}</translation>
    </message>
    <message>
        <source>The app reads it together with {backing_file!r} and converts the whole disk to QCOW2 while uploading; nothing to do first.</source>
        <translation>The app reads it together with {backing_file!r} and converts the whole disk to QCOW2 while uploading; nothing to do first.</translation>
    </message>
    <message>
        <source>The app converts it to QCOW2 while uploading; nothing to do first.</source>
        <translation>The app converts it to QCOW2 while uploading; nothing to do first.</translation>
    </message>
    <message>
        <source>Convert it first: {convert_command}</source>
        <translation>Convert it first: {convert_command}</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Choose the disk image itself, and check that its copy finished.</source>
        <translation>Choose the disk image itself, and check that its copy finished.</translation>
    </message>
    <message>
        <source>This is not a disk image: no known image format, partition table or file system was found in it.</source>
        <translation>This is not a disk image: no known image format, partition table or file system was found in it.</translation>
    </message>
    <message>
        <source>Export the disk from your virtualization software as QCOW2, VHD or RAW.</source>
        <translation>Export the disk from your virtualization software as QCOW2, VHD or RAW.</translation>
    </message>
    <message>
        <source>This is a CD/DVD image (ISO 9660), an installation medium, not a disk.</source>
        <translation>This is a CD/DVD image (ISO 9660), an installation medium, not a disk.</translation>
    </message>
    <message>
        <source>Install the system from it into a virtual machine, then import that machine's disk.</source>
        <translation>Install the system from it into a virtual machine, then import that machine's disk.</translation>
    </message>
    <message>
        <source>This is a disk image, an {name}: a format that neither ECS nor this app reads.</source>
        <translation>This is a disk image, an {name}: a format that neither ECS nor this app reads.</translation>
    </message>
    <message>
        <source>A DMG usually holds Mac software or files, rarely a disk an ECS instance can boot; import it only if it is a copy of such a disk.</source>
        <translation>A DMG usually holds Mac software or files, rarely a disk an ECS instance can boot; import it only if it is a copy of such a disk.</translation>
    </message>
    <message>
        <source>It can be imported as it is, as a {import_format} disk with a disk size of {min_disk_image_size_gib} GiB or more.</source>
        <translation>It can be imported as it is, as a {import_format} disk with a disk size of {min_disk_image_size_gib} GiB or more.</translation>
    </message>
    <message>
        <source>an OVA appliance (a tar archive with an OVF descriptor and its disks)</source>
        <translation>an OVA appliance (a tar archive with an OVF descriptor and its disks)</translation>
    </message>
    <message>
        <source>a {format} archive holding a fixed VHD</source>
        <translation>a {format} archive holding a fixed VHD</translation>
    </message>
    <message>
        <source>a {format} archive holding {inner}</source>
        <translation>a {format} archive holding {inner}</translation>
    </message>
    <message>
        <source>a {format} archive</source>
        <translation>a {format} archive</translation>
    </message>
    <message>
        <source>This is {what}; ECS imports the disk, not the archive.</source>
        <translation>This is {what}; ECS imports the disk, not the archive.</translation>
    </message>
    <message>
        <source>Unpack it with `{command}`, then inspect {listed}.</source>
        <translation>Unpack it with `{command}`, then inspect {listed}.</translation>
    </message>
    <message>
        <source>{name} is not in a format ECS takes; once unpacked: {advice}</source>
        <translation>{name} is not in a format ECS takes; once unpacked: {advice}</translation>
    </message>
    <message>
        <source>Unpack it with `{command}`, then inspect what comes out.</source>
        <translation>Unpack it with `{command}`, then inspect what comes out.</translation>
    </message>
    <message>
        <source>None of the files in this archive is a disk image.</source>
        <translation>None of the files in this archive is a disk image.</translation>
    </message>
    <message>
        <source>ECS imports RAW, VHD and QCOW2 disks; this is a {name}.</source>
        <translation>ECS imports RAW, VHD and QCOW2 disks; this is a {name}.</translation>
    </message>
    <message>
        <source>ECS imports RAW, VHD and QCOW2 disks; this is a {name}. (VMDK import is an invitational preview, not available everywhere.)</source>
        <translation>ECS imports RAW, VHD and QCOW2 disks; this is a {name}. (VMDK import is an invitational preview, not available everywhere.)</translation>
    </message>
    <message>
        <source>This file only describes the disk; its data is in {data_file}, a raw disk: import {extent} as a RAW disk, no conversion needed.</source>
        <translation>This file only describes the disk; its data is in {data_file}, a raw disk: import {extent} as a RAW disk, no conversion needed.</translation>
    </message>
    <message>
        <source>Inspect and import {data_file} instead; the app converts it while uploading.</source>
        <translation>Inspect and import {data_file} instead; the app converts it while uploading.</translation>
    </message>
    <message>
        <source>Delete the snapshots in Parallels Desktop first (that merges them into the disk), so that the one .hds file left holds the whole disk.</source>
        <translation>Delete the snapshots in Parallels Desktop first (that merges them into the disk), so that the one .hds file left holds the whole disk.</translation>
    </message>
    <message>
        <source>Replay the log, which writes the changes into the file (work on a copy to keep the original as it is): `qemu-img check -r all {path}` (or attach the disk once in Hyper-V). Then inspect it again.</source>
        <translation>Replay the log, which writes the changes into the file (work on a copy to keep the original as it is): `qemu-img check -r all {path}` (or attach the disk once in Hyper-V). Then inspect it again.</translation>
    </message>
    <message>
        <source>This disk holds only the changes made on top of {backing_file!r}, and that file is not there.</source>
        <translation>This disk holds only the changes made on top of {backing_file!r}, and that file is not there.</translation>
    </message>
    <message>
        <source>Put {backing_file!r} back where the disk expects it (its name is relative to this file's folder). {advice}</source>
        <translation>Put {backing_file!r} back where the disk expects it (its name is relative to this file's folder). {advice}</translation>
    </message>
    <message>
        <source>This disk holds only the changes made on top of {backing_file!r}; ECS needs the whole disk in one file.</source>
        <translation>This disk holds only the changes made on top of {backing_file!r}; ECS needs the whole disk in one file.</translation>
    </message>
    <message>
        <source>Do not convert it with qemu-img: it ignores a differencing VHD's parent and would write only the changes, an incomplete disk.</source>
        <translation>Do not convert it with qemu-img: it ignores a differencing VHD's parent and would write only the changes, an incomplete disk.</translation>
    </message>
    <message>
        <source>The disk is encrypted; ECS cannot read an encrypted image.</source>
        <translation>The disk is encrypted; ECS cannot read an encrypted image.</translation>
    </message>
    <message>
        <source>The image has {snapshots} internal snapshot(s); only the current state is imported.</source>
        <translation>The image has {snapshots} internal snapshot(s); only the current state is imported.</translation>
    </message>
    <message>
        <source>The file's size ({virtual_size} bytes) is not a whole number of 512-byte sectors: it may be cut short.</source>
        <translation>The file's size ({virtual_size} bytes) is not a whole number of 512-byte sectors: it may be cut short.</translation>
    </message>
    <message>
        <source>The start of the disk is all zeros: no partition table or file system there. Fine for an empty data disk, not for a system disk.</source>
        <translation>The start of the disk is all zeros: no partition table or file system there. Fine for an empty data disk, not for a system disk.</translation>
    </message>
    <message>
        <source>The disk boots with UEFI: import it with UEFI as the boot mode.</source>
        <translation>The disk boots with UEFI: import it with UEFI as the boot mode.</translation>
    </message>
    <message>
        <source>Inspect and import the descriptor that lists this file instead: the small text .vmdk file that came with it (usually named without the -s001 or -f001 part), with all its extents next to it.</source>
        <translation>Inspect and import the descriptor that lists this file instead: the small text .vmdk file that came with it (usually named without the -s001 or -f001 part), with all its extents next to it.</translation>
    </message>
    <message>
        <source>Inspect and import {descriptor} instead: it is the descriptor that lists this file among the disk's extents.</source>
        <translation>Inspect and import {descriptor} instead: it is the descriptor that lists this file among the disk's extents.</translation>
    </message>
    <message>
        <source>The disk is a single {volume} file system without a partition table (an image of one volume, not of a whole disk). ECS needs a whole disk with a partition table to boot a system disk; as a data disk it is fine.</source>
        <translation>The disk is a single {volume} file system without a partition table (an image of one volume, not of a whole disk). ECS needs a whole disk with a partition table to boot a system disk; as a data disk it is fine.</translation>
    </message>
    <message>
        <source>For a system disk, image the whole disk (partition table, boot partition and this volume) instead of the volume alone; for a data disk, import it as it is.</source>
        <translation>For a system disk, image the whole disk (partition table, boot partition and this volume) instead of the volume alone; for a data disk, import it as it is.</translation>
    </message>
    <message>
        <source>QEMU marked this image as corrupt.</source>
        <translation>QEMU marked this image as corrupt.</translation>
    </message>
    <message>
        <source>Try to repair it: qemu-img check -r all {quoted}</source>
        <translation>Try to repair it: qemu-img check -r all {quoted}</translation>
    </message>
    <message>
        <source>The image was not closed cleanly; its reference counts must be repaired.</source>
        <translation>The image was not closed cleanly; its reference counts must be repaired.</translation>
    </message>
    <message>
        <source>Repair it: qemu-img check -r all {quoted}</source>
        <translation>Repair it: qemu-img check -r all {quoted}</translation>
    </message>
    <message>
        <source>The image keeps its data in another file ({external_data_file!r}).</source>
        <translation>The image keeps its data in another file ({external_data_file!r}).</translation>
    </message>
    <message>
        <source>The image is compressed with zstd, which older QEMU versions cannot read.</source>
        <translation>The image is compressed with zstd, which older QEMU versions cannot read.</translation>
    </message>
    <message>
        <source>The image uses extended L2 entries (QEMU 5.2 and later), which older QEMU versions cannot read.</source>
        <translation>The image uses extended L2 entries (QEMU 5.2 and later), which older QEMU versions cannot read.</translation>
    </message>
    <message>
        <source>The image uses features unknown here ({unknown}).</source>
        <translation>The image uses features unknown here ({unknown}).</translation>
    </message>
    <message>
        <source>The disk's size is 0 bytes.</source>
        <translation>The disk's size is 0 bytes.</translation>
    </message>
    <message>
        <source>The disk is {gib} GiB; ImportImage takes at most {system_disk_max_gib} GiB for a system disk and {data_disk_max_gib} GiB for a data disk.</source>
        <translation>The disk is {gib} GiB; ImportImage takes at most {system_disk_max_gib} GiB for a system disk and {data_disk_max_gib} GiB for a data disk.</translation>
    </message>
    <message>
        <source>Shrink the file system and its partition inside the disk, then the disk itself with qemu-img resize --shrink.</source>
        <translation>Shrink the file system and its partition inside the disk, then the disk itself with qemu-img resize --shrink.</translation>
    </message>
    <message>
        <source>At {gib} GiB the disk fits a data disk (up to {data_disk_max_gib} GiB) but not a system disk (up to {system_disk_max_gib} GiB).</source>
        <translation>At {gib} GiB the disk fits a data disk (up to {data_disk_max_gib} GiB) but not a system disk (up to {system_disk_max_gib} GiB).</translation>
    </message>
    <message>
        <source>The VHD footer cannot be found.</source>
        <translation>The VHD footer cannot be found.</translation>
    </message>
    <message>
        <source>The VHD footer's checksum does not match: it is damaged.</source>
        <translation>The VHD footer's checksum does not match: it is damaged.</translation>
    </message>
    <message>
        <source>The VHD footer at the end of the file is missing: the file is truncated.</source>
        <translation>The VHD footer at the end of the file is missing: the file is truncated.</translation>
    </message>
    <message>
        <source>The VHD disk type ({disk_type}) is not one that exists.</source>
        <translation>The VHD disk type ({disk_type}) is not one that exists.</translation>
    </message>
    <message>
        <source>A fixed VHD of {current_size} bytes should be a file of {expected} bytes, this one has {size}.</source>
        <translation>A fixed VHD of {current_size} bytes should be a file of {expected} bytes, this one has {size}.</translation>
    </message>
    <message>
        <source>The VHD dynamic disk header is missing or damaged.</source>
        <translation>The VHD dynamic disk header is missing or damaged.</translation>
    </message>
    <message>
        <source>The VHD dynamic header's checksum does not match: it is damaged.</source>
        <translation>The VHD dynamic header's checksum does not match: it is damaged.</translation>
    </message>
    <message>
        <source>The VHD block table is invalid or beyond the end of file.</source>
        <translation>The VHD block table is invalid or beyond the end of file.</translation>
    </message>
    <message>
        <source>The VHDX headers are missing: the file is truncated.</source>
        <translation>The VHDX headers are missing: the file is truncated.</translation>
    </message>
    <message>
        <source>Neither VHDX header is valid.</source>
        <translation>Neither VHDX header is valid.</translation>
    </message>
    <message>
        <source>The VHDX was not closed cleanly: its log holds changes not yet written into the disk, so read as it is the disk would miss them.</source>
        <translation>The VHDX was not closed cleanly: its log holds changes not yet written into the disk, so read as it is the disk would miss them.</translation>
    </message>
    <message>
        <source>The VHDX region table is missing or damaged.</source>
        <translation>The VHDX region table is missing or damaged.</translation>
    </message>
    <message>
        <source>The VHDX metadata table is missing or damaged.</source>
        <translation>The VHDX metadata table is missing or damaged.</translation>
    </message>
    <message>
        <source>The VHDX metadata lacks the block size or the disk size.</source>
        <translation>The VHDX metadata lacks the block size or the disk size.</translation>
    </message>
    <message>
        <source>The VHDX block size or sector size is invalid.</source>
        <translation>The VHDX block size or sector size is invalid.</translation>
    </message>
    <message>
        <source>The VMDK descriptor lists no extents (data files).</source>
        <translation>The VMDK descriptor lists no extents (data files).</translation>
    </message>
    <message>
        <source>The VMDK descriptor's data file {extent!r} is outside the descriptor's folder: it is refused and not opened.</source>
        <translation>The VMDK descriptor's data file {extent!r} is outside the descriptor's folder: it is refused and not opened.</translation>
    </message>
    <message>
        <source>The VMDK descriptor's data file {extent!r} is not next to it.</source>
        <translation>The VMDK descriptor's data file {extent!r} is not next to it.</translation>
    </message>
    <message>
        <source>This is a VMware ESXi {subformat} disk (a snapshot's changes or a sparse ESXi extent): a VMDK kind that neither ECS nor this app reads.</source>
        <translation>This is a VMware ESXi {subformat} disk (a snapshot's changes or a sparse ESXi extent): a VMDK kind that neither ECS nor this app reads.</translation>
    </message>
    <message>
        <source>This file is one extent (data file) of a split VMDK: it has no descriptor of its own and holds only part of the disk.</source>
        <translation>This file is one extent (data file) of a split VMDK: it has no descriptor of its own and holds only part of the disk.</translation>
    </message>
    <message>
        <source>The VMDK header is cut short: the file is truncated.</source>
        <translation>The VMDK header is cut short: the file is truncated.</translation>
    </message>
    <message>
        <source>The VMDK's grain directory is at the end of the file, and the end is missing: the file is truncated.</source>
        <translation>The VMDK's grain directory is at the end of the file, and the end is missing: the file is truncated.</translation>
    </message>
    <message>
        <source>The VMDK grain size is invalid.</source>
        <translation>The VMDK grain size is invalid.</translation>
    </message>
    <message>
        <source>The VMDK grain directory is invalid or beyond the file.</source>
        <translation>The VMDK grain directory is invalid or beyond the file.</translation>
    </message>
    <message>
        <source>The app's folder {folder} cannot be written: {reason}.</source>
        <translation>The app's folder {folder} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds it, then try again.</source>
        <translation>Free some space on the disk that holds it, then try again.</translation>
    </message>
    <message>
        <source>Make the folder writable, or set {env} to a folder that is (the app keeps its jobs and settings there).</source>
        <translation>Make the folder writable, or set {env} to a folder that is (the app keeps its jobs and settings there).</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>Choose the disk image file itself.</source>
        <translation>Choose the disk image file itself.</translation>
    </message>
    <message>
        <source>{name} ended at byte {position:,}, before its recorded size of {size:,} bytes: it changed during the upload.</source>
        <translation>{name} ended at byte {position:,}, before its recorded size of {size:,} bytes: it changed during the upload.</translation>
    </message>
    <message>
        <source>Leave the file alone while it uploads, then run the upload again.</source>
        <translation>Leave the file alone while it uploads, then run the upload again.</translation>
    </message>
    <message>
        <source>it can no longer be read: {reason}</source>
        <translation>it can no longer be read: {reason}</translation>
    </message>
    <message>
        <source>it was written to (its status change time moved)</source>
        <translation>it was written to (its status change time moved)</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Check that the file exists and that you may read it.</translation>
    </message>
    <message>
        <source>Enter a name for the image.</source>
        <translation>Enter a name for the image.</translation>
    </message>
    <message>
        <source>The name must be {image_name_min} to {image_name_max} characters long (it has {length}).</source>
        <translation>The name must be {image_name_min} to {image_name_max} characters long (it has {length}).</translation>
    </message>
    <message>
        <source>The name cannot start with http:// or https://.</source>
        <translation>The name cannot start with http:// or https://.</translation>
    </message>
    <message>
        <source>The name cannot start with "acs:" or "aliyun".</source>
        <translation>The name cannot start with "acs:" or "aliyun".</translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation>The name must start with a letter.</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, periods (.), colons (:), underscores (_) and hyphens (-); remove {shown}.</source>
        <translation>The name can contain only letters, digits, periods (.), colons (:), underscores (_) and hyphens (-); remove {shown}.</translation>
    </message>
    <message>
        <source>The description must be {description_min} to {description_max} characters long (it has {length}), or left empty.</source>
        <translation>The description must be {description_min} to {description_max} characters long (it has {length}), or left empty.</translation>
    </message>
    <message>
        <source>The description cannot start with http:// or https://.</source>
        <translation>The description cannot start with http:// or https://.</translation>
    </message>
    <message>
        <source>{what} must be one of: {allowed}.</source>
        <translation>{what} must be one of: {allowed}.</translation>
    </message>
    <message>
        <source>The architecture</source>
        <translation>The architecture</translation>
    </message>
    <message>
        <source>The OS type</source>
        <translation>The OS type</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>The platform</translation>
    </message>
    <message>
        <source>The license type</source>
        <translation>The license type</translation>
    </message>
    <message>
        <source>The boot mode</source>
        <translation>The boot mode</translation>
    </message>
    <message>
        <source>arm64 images boot only with UEFI: choose UEFI as the boot mode.</source>
        <translation>arm64 images boot only with UEFI: choose UEFI as the boot mode.</translation>
    </message>
    <message>
        <source>The platform "{platform}" does not match the OS type "{os_type}".</source>
        <translation>The platform "{platform}" does not match the OS type "{os_type}".</translation>
    </message>
    <message>
        <source>An image can have at most {tag_max_count} tags (there are {length}).</source>
        <translation>An image can have at most {tag_max_count} tags (there are {length}).</translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation>A tag key cannot be empty.</translation>
    </message>
    <message>
        <source>A tag key can be at most {tag_key_max} characters long (it has {length}).</source>
        <translation>A tag key can be at most {tag_key_max} characters long (it has {length}).</translation>
    </message>
    <message>
        <source>A tag key cannot start with "acs:" or "aliyun".</source>
        <translation>A tag key cannot start with "acs:" or "aliyun".</translation>
    </message>
    <message>
        <source>A tag key cannot contain http:// or https://.</source>
        <translation>A tag key cannot contain http:// or https://.</translation>
    </message>
    <message>
        <source>The tag key "{key}" is used twice (tag {first} and tag {index}; keys are compared ignoring case).</source>
        <translation>The tag key "{key}" is used twice (tag {first} and tag {index}; keys are compared ignoring case).</translation>
    </message>
    <message>
        <source>A tag value can be at most {tag_value_max} characters long (it has {length}).</source>
        <translation>A tag value can be at most {tag_value_max} characters long (it has {length}).</translation>
    </message>
    <message>
        <source>A tag value cannot start with "acs:".</source>
        <translation>A tag value cannot start with "acs:".</translation>
    </message>
    <message>
        <source>A tag value cannot contain http:// or https://.</source>
        <translation>A tag value cannot contain http:// or https://.</translation>
    </message>
    <message>
        <source>A resource group ID looks like "rg-acfmxazb4ph6aiy"; copy it from the Resource Management console, or leave it empty for the default group.</source>
        <translation>A resource group ID looks like "rg-acfmxazb4ph6aiy"; copy it from the Resource Management console, or leave it empty for the default group.</translation>
    </message>
    <message>
        <source>The client token must be at most {client_token_max} ASCII characters.</source>
        <translation>The client token must be at most {client_token_max} ASCII characters.</translation>
    </message>
    <message>
        <source>NVMe support must be supported or unsupported.</source>
        <translation>NVMe support must be supported or unsupported.</translation>
    </message>
    <message>
        <source>IMDS support must be v1 or v2.</source>
        <translation>IMDS support must be v1 or v2.</translation>
    </message>
    <message>
        <source>The image check can only be Standard.</source>
        <translation>The image check can only be Standard.</translation>
    </message>
    <message>
        <source>The image check is not available for Windows images; turn it off.</source>
        <translation>The image check is not available for Windows images; turn it off.</translation>
    </message>
    <message>
        <source>Choose the OSS bucket for this disk.</source>
        <translation>Choose the OSS bucket for this disk.</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation>A bucket name has 3 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</translation>
    </message>
    <message>
        <source>Enter the OSS object name for this disk.</source>
        <translation>Enter the OSS object name for this disk.</translation>
    </message>
    <message>
        <source>An object name can be at most {oss_object_max_bytes} bytes.</source>
        <translation>An object name can be at most {oss_object_max_bytes} bytes.</translation>
    </message>
    <message>
        <source>An object name cannot start with / or \.</source>
        <translation>An object name cannot start with / or \.</translation>
    </message>
    <message>
        <source>An object name cannot contain control characters.</source>
        <translation>An object name cannot contain control characters.</translation>
    </message>
    <message>
        <source>system disk</source>
        <translation>system disk</translation>
    </message>
    <message>
        <source>data disk</source>
        <translation>data disk</translation>
    </message>
    <message>
        <source>A {kind} must be {disk_image_size_min_gib} to {maximum} GiB ({size_gib} GiB was given).</source>
        <translation>A {kind} must be {disk_image_size_min_gib} to {maximum} GiB ({size_gib} GiB was given).</translation>
    </message>
    <message>
        <source>The disk holds {needed} GiB (its virtual size), more than the {size_gib} GiB given: use at least {needed} GiB.</source>
        <translation>The disk holds {needed} GiB (its virtual size), more than the {size_gib} GiB given: use at least {needed} GiB.</translation>
    </message>
    <message>
        <source>An image has one system disk and at most {max_data_disks} data disks ({data_disks} data disks were given).</source>
        <translation>An image has one system disk and at most {max_data_disks} data disks ({data_disks} data disks were given).</translation>
    </message>
    <message>
        <source>The disk format must be one of: {accepted_import_formats}.</source>
        <translation>The disk format must be one of: {accepted_import_formats}.</translation>
    </message>
    <message>
        <source>Choose the region to import into.</source>
        <translation>Choose the region to import into.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or password ({url}); the app never stores or prints credentials in URLs.</source>
        <translation>The endpoint URL contains a user name or password ({url}); the app never stores or prints credentials in URLs.</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>The service could not be reached.</translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy settings); the app retries when asked.</source>
        <translation>Check the network connection (and the proxy settings); the app retries when asked.</translation>
    </message>
    <message>
        <source>The bucket "{name}" does not exist in this account.</source>
        <translation>The bucket "{name}" does not exist in this account.</translation>
    </message>
    <message>
        <source>Choose one of the buckets listed, or create it.</source>
        <translation>Choose one of the buckets listed, or create it.</translation>
    </message>
    <message>
        <source>Give the endpoint without them; put the AccessKey in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>Give the endpoint without them; put the AccessKey in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</translation>
    </message>
    <message>
        <source>--endpoint {endpoint} needs credentials in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>--endpoint {endpoint} needs credentials in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</translation>
    </message>
    <message>
        <source>Set them (a running sandbox prints its keys on its first line).</source>
        <translation>Set them (a running sandbox prints its keys on its first line).</translation>
    </message>
    <message>
        <source>The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <translation>The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</translation>
    </message>
    <message>
        <source>Set them, or choose a saved profile.</source>
        <translation>Set them, or choose a saved profile.</translation>
    </message>
    <message>
        <source>No Alibaba Cloud account is set up.</source>
        <translation>No Alibaba Cloud account is set up.</translation>
    </message>
    <message>
        <source>Add one with `imageimporter profiles add`, import the aliyun CLI's with `imageimporter profiles import-aliyun-cli`, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try it with --sandbox.</source>
        <translation>Add one with `imageimporter profiles add`, import the aliyun CLI's with `imageimporter profiles import-aliyun-cli`, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try it with --sandbox.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Enter a name for the profile.</translation>
    </message>
    <message>
        <source>"{name}" is reserved for the environment variables.</source>
        <translation>"{name}" is reserved for the environment variables.</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>Use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the secret cannot be read or stored.</source>
        <translation>The system keyring is locked, so the secret cannot be read or stored.</translation>
    </message>
    <message>
        <source>Unlock your keyring (log in again or open your password manager) and try again.</source>
        <translation>Unlock your keyring (log in again or open your password manager) and try again.</translation>
    </message>
    <message>
        <source>No usable system keyring was found, and secrets are never stored in plain text.</source>
        <translation>No usable system keyring was found, and secrets are never stored in plain text.</translation>
    </message>
    <message>
        <source>Install or unlock a keyring (GNOME Keyring or KWallet on Linux; macOS Keychain and Windows Credential Manager work out of the box), or use the environment variables {env_access_key_id} and {env_access_key_secret}.</source>
        <translation>Install or unlock a keyring (GNOME Keyring or KWallet on Linux; macOS Keychain and Windows Credential Manager work out of the box), or use the environment variables {env_access_key_id} and {env_access_key_secret}.</translation>
    </message>
    <message>
        <source>There is no profile named "{name}".</source>
        <translation>There is no profile named "{name}".</translation>
    </message>
    <message>
        <source>Choose one of the saved profiles, or add one.</source>
        <translation>Choose one of the saved profiles, or add one.</translation>
    </message>
    <message>
        <source>Both the AccessKey ID and the AccessKey Secret are needed.</source>
        <translation>Both the AccessKey ID and the AccessKey Secret are needed.</translation>
    </message>
    <message>
        <source>Copy them from the RAM console (AccessKey management).</source>
        <translation>Copy them from the RAM console (AccessKey management).</translation>
    </message>
    <message>
        <source>An STS profile needs its security token.</source>
        <translation>An STS profile needs its security token.</translation>
    </message>
    <message>
        <source>The secret of profile "{name}" is not in the keyring any more.</source>
        <translation>The secret of profile "{name}" is not in the keyring any more.</translation>
    </message>
    <message>
        <source>Edit the profile and enter its AccessKey Secret again.</source>
        <translation>Edit the profile and enter its AccessKey Secret again.</translation>
    </message>
    <message>
        <source>No aliyun CLI configuration was found at {path}.</source>
        <translation>No aliyun CLI configuration was found at {path}.</translation>
    </message>
    <message>
        <source>Run `aliyun configure` first, or add the profile here by hand.</source>
        <translation>Run `aliyun configure` first, or add the profile here by hand.</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration at {path} could not be read ({exc}).</source>
        <translation>The aliyun CLI configuration at {path} could not be read ({exc}).</translation>
    </message>
    <message>
        <source>Check that the file is valid JSON.</source>
        <translation>Check that the file is valid JSON.</translation>
    </message>
    <message>
        <source>its mode "{mode}" is not supported (AK, StsToken and RamRoleArn are)</source>
        <translation>its mode "{mode}" is not supported (AK, StsToken and RamRoleArn are)</translation>
    </message>
    <message>
        <source>the name cannot be used here</source>
        <translation>the name cannot be used here</translation>
    </message>
    <message>
        <source>a profile with this name exists already</source>
        <translation>a profile with this name exists already</translation>
    </message>
    <message>
        <source>it has no AccessKey</source>
        <translation>it has no AccessKey</translation>
    </message>
    <message>
        <source>it has no RAM role ARN</source>
        <translation>it has no RAM role ARN</translation>
    </message>
    <message>
        <source>The profile list at {path} could not be read ({exc}).</source>
        <translation>The profile list at {path} could not be read ({exc}).</translation>
    </message>
    <message>
        <source>Fix or remove the file; secrets are not in it.</source>
        <translation>Fix or remove the file; secrets are not in it.</translation>
    </message>
    <message>
        <source>a process that is starting</source>
        <translation>a process that is starting</translation>
    </message>
    <message>
        <source>process {pid}, since {since}</source>
        <translation>process {pid}, since {since}</translation>
    </message>
    <message>
        <source>{label}: fine ({value}).</source>
        <translation>{label}: fine ({value}).</translation>
    </message>
    <message>
        <source>{label}: fine.</source>
        <translation>{label}: fine.</translation>
    </message>
    <message>
        <source>a serious problem</source>
        <translation>a serious problem</translation>
    </message>
    <message>
        <source>a problem</source>
        <translation>a problem</translation>
    </message>
    <message>
        <source>a minor issue</source>
        <translation>a minor issue</translation>
    </message>
    <message>
        <source>{label}: {level} ({risk_code}; found {value}).</source>
        <translation>{label}: {level} ({risk_code}; found {value}).</translation>
    </message>
    <message>
        <source>an issue</source>
        <translation>an issue</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>The image {image_id} was deleted after its import task {task_id} ended; there is nothing left to wait for.</source>
        <translation>The image {image_id} was deleted after its import task {task_id} ended; there is nothing left to wait for.</translation>
    </message>
    <message>
        <source>Import it again if you still need the image.</source>
        <translation>Import it again if you still need the image.</translation>
    </message>
    <message>
        <source>ECS could not create the image {image_id}: the import did not produce a usable image.</source>
        <translation>ECS could not create the image {image_id}: the import did not produce a usable image.</translation>
    </message>
    <message>
        <source>The image {image_id} became unavailable: the import did not produce a usable image.</source>
        <translation>The image {image_id} became unavailable: the import did not produce a usable image.</translation>
    </message>
    <message>
        <source>Delete the image and import it again; check the disk if it happens again.</source>
        <translation>Delete the image and import it again; check the disk if it happens again.</translation>
    </message>
    <message>
        <source>Disk {index} (oss://{bucket}/{key}) is not the object this job uploaded: its size or CRC64 changed since (another job or program replaced it). Importing it would make an image of other data.</source>
        <translation>Disk {index} (oss://{bucket}/{key}) is not the object this job uploaded: its size or CRC64 changed since (another job or program replaced it). Importing it would make an image of other data.</translation>
    </message>
    <message>
        <source>Resume the job (imageimporter jobs resume JOB): it uploads the disk again.</source>
        <translation>Resume the job (imageimporter jobs resume JOB): it uploads the disk again.</translation>
    </message>
    <message>
        <source>The bucket "{bucket}" is in {region}, but the image is imported into {region_id}; ECS imports only from a bucket in the same region.</source>
        <translation>The bucket "{bucket}" is in {region}, but the image is imported into {region_id}; ECS imports only from a bucket in the same region.</translation>
    </message>
    <message>
        <source>Choose or create a bucket in {region_id}, or import into {region}.</source>
        <translation>Choose or create a bucket in {region_id}, or import into {region}.</translation>
    </message>
    <message>
        <source>Disk {index} ({oss_object}) is not in the bucket {oss_bucket}.</source>
        <translation>Disk {index} ({oss_object}) is not in the bucket {oss_bucket}.</translation>
    </message>
    <message>
        <source>Upload it again; the upload resumes where it stopped.</source>
        <translation>Upload it again; the upload resumes where it stopped.</translation>
    </message>
    <message>
        <source>The service accepted a DryRun request as a real one.</source>
        <translation>The service accepted a DryRun request as a real one.</translation>
    </message>
    <message>
        <source>Report this; no import was started on purpose.</source>
        <translation>Report this; no import was started on purpose.</translation>
    </message>
    <message>
        <source>The job {job_id} is being run by another process ({holder}).</source>
        <translation>The job {job_id} is being run by another process ({holder}).</translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it (Ctrl-C there, or `imageimporter jobs cancel {job_id}`).</source>
        <translation>Wait for it to end, or stop it (Ctrl-C there, or `imageimporter jobs cancel {job_id}`).</translation>
    </message>
    <message>
        <source>There is no job "{job_id}".</source>
        <translation>There is no job "{job_id}".</translation>
    </message>
    <message>
        <source>List the jobs with `imageimporter jobs list`.</source>
        <translation>List the jobs with `imageimporter jobs list`.</translation>
    </message>
    <message>
        <source>The import cannot start: {problems}</source>
        <translation>The import cannot start: {problems}</translation>
    </message>
    <message>
        <source>Fix these and run it again; nothing was uploaded.</source>
        <translation>Fix these and run it again; nothing was uploaded.</translation>
    </message>
    <message>
        <source>{path} changed since the import was prepared: {change}</source>
        <translation>{path} changed since the import was prepared: {change}</translation>
    </message>
    <message>
        <source>Start a new import of the disk as it is now; this job's object is never made of two versions of it.</source>
        <translation>Start a new import of the disk as it is now; this job's object is never made of two versions of it.</translation>
    </message>
    <message>
        <source>The image details cannot change once the job is {state}.</source>
        <translation>The image details cannot change once the job is {state}.</translation>
    </message>
    <message>
        <source>Retrying the import: deleting the failed image {image_id} and submitting again.</source>
        <translation>Retrying the import: deleting the failed image {image_id} and submitting again.</translation>
    </message>
    <message>
        <source>These credentials cannot read RAM, so the import role is not checked here; the service will say if ECS is not authorized.</source>
        <translation>These credentials cannot read RAM, so the import role is not checked here; the service will say if ECS is not authorized.</translation>
    </message>
    <message>
        <source>ECS is not yet allowed to read your OSS bucket: the RAM role {role_name} is missing or incomplete.</source>
        <translation>ECS is not yet allowed to read your OSS bucket: the RAM role {role_name} is missing or incomplete.</translation>
    </message>
    <message>
        <source>Let the app set it up (--setup-role, or the Authorization page), or ask an administrator (imageimporter role check shows what to hand over).</source>
        <translation>Let the app set it up (--setup-role, or the Authorization page), or ask an administrator (imageimporter role check shows what to hand over).</translation>
    </message>
    <message>
        <source>Setting up the RAM role {role_name}.</source>
        <translation>Setting up the RAM role {role_name}.</translation>
    </message>
    <message>
        <source>Reading {path} to convert it to QCOW2 while uploading.</source>
        <translation>Reading {path} to convert it to QCOW2 while uploading.</translation>
    </message>
    <message>
        <source>Submitting again with the same ClientToken (no second import).</source>
        <translation>Submitting again with the same ClientToken (no second import).</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <source>{path} is not the file it was (size, modification time or inode).</source>
        <translation>{path} is not the file it was (size, modification time or inode).</translation>
    </message>
    <message>
        <source>it now reads other files.</source>
        <translation>it now reads other files.</translation>
    </message>
    <message>
        <source>Your account is not allowed to manage RAM roles, so the import role cannot be set up from here.</source>
        <translation>Your account is not allowed to manage RAM roles, so the import role cannot be set up from here.</translation>
    </message>
    <message>
        <source>Ask an administrator to open the one-click authorization link, or to create the role {role} with the trust policy and attach {policy} (both shown below).</source>
        <translation>Ask an administrator to open the one-click authorization link, or to create the role {role} with the trust policy and attach {policy} (both shown below).</translation>
    </message>
    <message>
        <source>One-click authorization: {url}</source>
        <translation>One-click authorization: {url}</translation>
    </message>
    <message>
        <source>Or create the RAM role {role} with this trust policy:</source>
        <translation>Or create the RAM role {role} with this trust policy:</translation>
    </message>
    <message>
        <source>and attach the system policy {policy}, or a custom policy:</source>
        <translation>and attach the system policy {policy}, or a custom policy:</translation>
    </message>
    <message>
        <source>The role {role} does not exist.</source>
        <translation>The role {role} does not exist.</translation>
    </message>
    <message>
        <source>The role's trust policy does not let {principal} use it.</source>
        <translation>The role's trust policy does not let {principal} use it.</translation>
    </message>
    <message>
        <source>Neither {policy} nor an equivalent custom policy is attached.</source>
        <translation>Neither {policy} nor an equivalent custom policy is attached.</translation>
    </message>
    <message>
        <source>Neither an OSS endpoint nor a region was given.</source>
        <translation>Neither an OSS endpoint nor a region was given.</translation>
    </message>
    <message>
        <source>Give the bucket's region (for example cn-hangzhou) or an OSS endpoint URL.</source>
        <translation>Give the bucket's region (for example cn-hangzhou) or an OSS endpoint URL.</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an OSS endpoint: it must not have a path, query or user.</source>
        <translation>{endpoint!r} is not an OSS endpoint: it must not have a path, query or user.</translation>
    </message>
    <message>
        <source>Give only the scheme, host and port, such as https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>Give only the scheme, host and port, such as https://oss-cn-hangzhou.aliyuncs.com.</translation>
    </message>
    <message>
        <source>{endpoint!r}: IPv6 addresses are not supported as OSS endpoints.</source>
        <translation>{endpoint!r}: IPv6 addresses are not supported as OSS endpoints.</translation>
    </message>
    <message>
        <source>Use a host name or an IPv4 address.</source>
        <translation>Use a host name or an IPv4 address.</translation>
    </message>
    <message>
        <source>{bucket!r} is not a valid bucket name or {endpoint} is not a valid endpoint.</source>
        <translation>{bucket!r} is not a valid bucket name or {endpoint} is not a valid endpoint.</translation>
    </message>
    <message>
        <source>Bucket names have 3 to 63 lowercase letters, digits and hyphens.</source>
        <translation>Bucket names have 3 to 63 lowercase letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>The connection to {endpoint} failed ({summary}).</source>
        <translation>The connection to {endpoint} failed ({summary}).</translation>
    </message>
    <message>
        <source>The connection to OSS failed ({summary}).</source>
        <translation>The connection to OSS failed ({summary}).</translation>
    </message>
    <message>
        <source>Check the network connection, then try again: an upload resumes.</source>
        <translation>Check the network connection, then try again: an upload resumes.</translation>
    </message>
    <message>
        <source>The upload failed unexpectedly: {exc!r}.</source>
        <translation>The upload failed unexpectedly: {exc!r}.</translation>
    </message>
    <message>
        <source>The temporary (STS) credentials expired and no new ones could be obtained.</source>
        <translation>The temporary (STS) credentials expired and no new ones could be obtained.</translation>
    </message>
    <message>
        <source>Get new temporary credentials, then run the upload again: it resumes.</source>
        <translation>Get new temporary credentials, then run the upload again: it resumes.</translation>
    </message>
    <message>
        <source>OSS does not know the AccessKey ID {access_key_id}.</source>
        <translation>OSS does not know the AccessKey ID {access_key_id}.</translation>
    </message>
    <message>
        <source>OSS does not know the AccessKey ID.</source>
        <translation>OSS does not know the AccessKey ID.</translation>
    </message>
    <message>
        <source>Check the AccessKey ID, or create a new AccessKey in the RAM console.</source>
        <translation>Check the AccessKey ID, or create a new AccessKey in the RAM console.</translation>
    </message>
    <message>
        <source>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID {access_key_id}.</source>
        <translation>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID {access_key_id}.</translation>
    </message>
    <message>
        <source>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID.</source>
        <translation>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID.</translation>
    </message>
    <message>
        <source>Check the AccessKey secret.</source>
        <translation>Check the AccessKey secret.</translation>
    </message>
    <message>
        <source>OSS denied access to bucket {bucket}: {message}</source>
        <translation>OSS denied access to bucket {bucket}: {message}</translation>
    </message>
    <message>
        <source>OSS denied access to bucket {bucket}.</source>
        <translation>OSS denied access to bucket {bucket}.</translation>
    </message>
    <message>
        <source>OSS denied access to the bucket: {message}</source>
        <translation>OSS denied access to the bucket: {message}</translation>
    </message>
    <message>
        <source>OSS denied access to the bucket.</source>
        <translation>OSS denied access to the bucket.</translation>
    </message>
    <message>
        <source>Use an AccessKey allowed to write to this bucket (for example with the AliyunOSSFullAccess policy or a bucket policy).</source>
        <translation>Use an AccessKey allowed to write to this bucket (for example with the AliyunOSSFullAccess policy or a bucket policy).</translation>
    </message>
    <message>
        <source>This computer's clock differs too much from OSS's, so OSS rejects its requests.</source>
        <translation>This computer's clock differs too much from OSS's, so OSS rejects its requests.</translation>
    </message>
    <message>
        <source>Set the clock right (turn on automatic time), then run the upload again.</source>
        <translation>Set the clock right (turn on automatic time), then run the upload again.</translation>
    </message>
    <message>
        <source>The bucket {bucket} does not exist at {endpoint}.</source>
        <translation>The bucket {bucket} does not exist at {endpoint}.</translation>
    </message>
    <message>
        <source>The bucket does not exist in this region.</source>
        <translation>The bucket does not exist in this region.</translation>
    </message>
    <message>
        <source>Check the bucket's name and region, or create the bucket in the OSS console.</source>
        <translation>Check the bucket's name and region, or create the bucket in the OSS console.</translation>
    </message>
    <message>
        <source>The unfinished upload is gone from the server.</source>
        <translation>The unfinished upload is gone from the server.</translation>
    </message>
    <message>
        <source>No such object.</source>
        <translation>No such object.</translation>
    </message>
    <message>
        <source>OSS refused to store more data in bucket {bucket}: {message}</source>
        <translation>OSS refused to store more data in bucket {bucket}: {message}</translation>
    </message>
    <message>
        <source>OSS refused to store more data in bucket {bucket}.</source>
        <translation>OSS refused to store more data in bucket {bucket}.</translation>
    </message>
    <message>
        <source>OSS refused to store more data: {message}</source>
        <translation>OSS refused to store more data: {message}</translation>
    </message>
    <message>
        <source>OSS refused to store more data.</source>
        <translation>OSS refused to store more data.</translation>
    </message>
    <message>
        <source>Check the account's balance and the bucket's capacity in the OSS console.</source>
        <translation>Check the account's balance and the bucket's capacity in the OSS console.</translation>
    </message>
    <message>
        <source>OSS failed with HTTP {status} {code}.</source>
        <translation>OSS failed with HTTP {status} {code}.</translation>
    </message>
    <message>
        <source>OSS failed with HTTP {status}.</source>
        <translation>OSS failed with HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again later: an upload resumes where it stopped.</source>
        <translation>Try again later: an upload resumes where it stopped.</translation>
    </message>
    <message>
        <source>OSS refused the request (HTTP {status}): {message}</source>
        <translation>OSS refused the request (HTTP {status}): {message}</translation>
    </message>
    <message>
        <source>OSS refused the request (HTTP {status}).</source>
        <translation>OSS refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <source>Cannot upload {name}: {exc}.</source>
        <translation>Cannot upload {name}: {exc}.</translation>
    </message>
    <message>
        <source>check the existing object</source>
        <translation>check the existing object</translation>
    </message>
    <message>
        <source>{key} is already in the bucket but stored as {storage_class}, which ECS cannot import; uploading it again as Standard.</source>
        <translation>{key} is already in the bucket but stored as {storage_class}, which ECS cannot import; uploading it again as Standard.</translation>
    </message>
    <message>
        <source>The server keeps losing the unfinished upload.</source>
        <translation>The server keeps losing the unfinished upload.</translation>
    </message>
    <message>
        <source>Check whether something aborts multipart uploads in this bucket (a lifecycle rule), then try again.</source>
        <translation>Check whether something aborts multipart uploads in this bucket (a lifecycle rule), then try again.</translation>
    </message>
    <message>
        <source>{count} part(s) sent by an earlier attempt differ from {name} now (parts {numbers}); sending them again.</source>
        <translation>{count} part(s) sent by an earlier attempt differ from {name} now (parts {numbers}); sending them again.</translation>
    </message>
    <message>
        <source>{name} changed while it was being uploaded ({change}).</source>
        <translation>{name} changed while it was being uploaded ({change}).</translation>
    </message>
    <message>
        <source>Leave the file alone (shut the virtual machine down) and run the upload again; it starts over.</source>
        <translation>Leave the file alone (shut the virtual machine down) and run the upload again; it starts over.</translation>
    </message>
    <message>
        <source>{target} is being uploaded by another imageimporter process ({holder}).</source>
        <translation>{target} is being uploaded by another imageimporter process ({holder}).</translation>
    </message>
    <message>
        <source>Wait for that upload to end, or stop it (Ctrl-C there pauses it); then run this one again: it resumes.</source>
        <translation>Wait for that upload to end, or stop it (Ctrl-C there pauses it); then run this one again: it resumes.</translation>
    </message>
    <message>
        <source>{name} changed since the last attempt ({change}); starting the upload over.</source>
        <translation>{name} changed since the last attempt ({change}); starting the upload over.</translation>
    </message>
    <message>
        <source>start the upload</source>
        <translation>start the upload</translation>
    </message>
    <message>
        <source>list the parts already uploaded</source>
        <translation>list the parts already uploaded</translation>
    </message>
    <message>
        <source>complete the upload</source>
        <translation>complete the upload</translation>
    </message>
    <message>
        <source>check the object</source>
        <translation>check the object</translation>
    </message>
    <message>
        <source>The unfinished upload disappeared from the server before it could be completed (aborted or expired).</source>
        <translation>The unfinished upload disappeared from the server before it could be completed (aborted or expired).</translation>
    </message>
    <message>
        <source>Run the upload again; it starts over.</source>
        <translation>Run the upload again; it starts over.</translation>
    </message>
    <message>
        <source>OSS did not report the object's CRC64, so the upload cannot be verified.</source>
        <translation>OSS did not report the object's CRC64, so the upload cannot be verified.</translation>
    </message>
    <message>
        <source>Check that the endpoint is Alibaba Cloud OSS.</source>
        <translation>Check that the endpoint is Alibaba Cloud OSS.</translation>
    </message>
    <message>
        <source>The object {key} in OSS has CRC64 {server_crc}, but the file's parts add up to {expected}, although each part matched when it was sent.</source>
        <translation>The object {key} in OSS has CRC64 {server_crc}, but the file's parts add up to {expected}, although each part matched when it was sent.</translation>
    </message>
    <message>
        <source>Delete the object and upload the file again.</source>
        <translation>Delete the object and upload the file again.</translation>
    </message>
    <message>
        <source>The upload ended without an answer from the server.</source>
        <translation>The upload ended without an answer from the server.</translation>
    </message>
    <message>
        <source>Part {number} (bytes {offset:,} to {end:,}) arrived damaged {attempt} times: OSS computed CRC64 {server}, the file has {local}.</source>
        <translation>Part {number} (bytes {offset:,} to {end:,}) arrived damaged {attempt} times: OSS computed CRC64 {server}, the file has {local}.</translation>
    </message>
    <message>
        <source>Check the network (a proxy or faulty hardware may alter data), then run the upload again.</source>
        <translation>Check the network (a proxy or faulty hardware may alter data), then run the upload again.</translation>
    </message>
    <message>
        <source>Part {number} failed {attempt} times; the last time: {message}</source>
        <translation>Part {number} failed {attempt} times; the last time: {message}</translation>
    </message>
    <message>
        <source>Run the upload again when the connection is back: it resumes.</source>
        <translation>Run the upload again when the connection is back: it resumes.</translation>
    </message>
    <message>
        <source>OSS did not report the CRC64 of part {number}, so it cannot be verified.</source>
        <translation>OSS did not report the CRC64 of part {number}, so it cannot be verified.</translation>
    </message>
    <message>
        <source>The temporary credentials expired and renewing them failed: {exc}.</source>
        <translation>The temporary credentials expired and renewing them failed: {exc}.</translation>
    </message>
    <message>
        <source>Get new credentials, then run the upload again: it resumes.</source>
        <translation>Get new credentials, then run the upload again: it resumes.</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>Could not {what}: {message}</translation>
    </message>
</context>
</TS>