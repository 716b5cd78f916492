<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="33" />
        <source>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</source>
        <translation>选择要导入到的阿里云账号。密钥只保存在系统钥匙串中；连接之前不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="40" />
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="43" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="46" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="46" />
        <source>Connect with this profile</source>
        <translation>使用此配置连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="49" />
        <source>Import aliyun CLI profiles</source>
        <translation>导入 aliyun CLI 配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="57" />
        <source>Add a profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="60" />
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="61" />
        <source>for example: work</source>
        <translation>例如：work</translation>
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
        <translation>STS 令牌（可选）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="70" />
        <source>only for temporary credentials</source>
        <translation>仅用于临时凭证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="71" />
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="72" />
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="73" />
        <source>AccessKey Secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="74" />
        <source>STS token (optional):</source>
        <translation>STS 令牌（可选）：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="76" />
        <source>Where the secret is stored</source>
        <translation>密钥的保存位置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Save the profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="85" />
        <source>Try it with the sandbox</source>
        <translation>用沙箱试一试</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="90" />
        <source>A practice cloud on this computer: no account needed.</source>
        <translation>本机上的练习云：无需账号。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="95" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="97" />
        <source>Not connected yet.</source>
        <translation>尚未连接。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="98" />
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="100" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="118" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="102" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="107" />
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="108" />
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="144" />
        <source>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>此处没有可用的系统密钥环，因此无法保存配置（密钥绝不会以明文保存）。请使用沙箱，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="152" />
        <source>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</source>
        <translation>AccessKey Secret 和 STS 令牌保存在：{keyring}。配置列表中只有 AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="207" />
        <source>Imported {count} profile(s).</source>
        <translation>已导入 {count} 个配置。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="209" />
        <source>Skipped: {list}</source>
        <translation>已跳过：{list}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="232" />
        <source>Checking the credentials…</source>
        <translation>正在检查凭证…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="258" />
        <source>Connected to the sandbox.</source>
        <translation>已连接到沙箱。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="261" />
        <source>Connected with profile {name}.</source>
        <translation>已使用配置 {name} 连接。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="283" />
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>AuthorizationPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="33" />
        <source>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</source>
        <translation>ECS 以 RAM 角色 {role} 的身份从 OSS 读取已上传的磁盘。该角色必须存在、信任 ECS，并已授予导入策略。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="39" />
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="47" />
        <source>Role status</source>
        <translation>角色状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Set it up for me</source>
        <translation>帮我设置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Set up the role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="52" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="52" />
        <source>Check the role again</source>
        <translation>重新检查角色</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="60" />
        <source>Or ask an administrator</source>
        <translation>或请管理员处理</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="64" />
        <source>Console authorization link</source>
        <translation>控制台授权链接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="69" />
        <source>Instructions for an administrator</source>
        <translation>给管理员的说明</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="72" />
        <source>Copy the instructions</source>
        <translation>复制说明</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="82" />
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="93" />
        <source>Open the one-click authorization in the RAM console</source>
        <translation>在 RAM 控制台中打开一键授权</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="101" />
        <source>Checking the role…</source>
        <translation>正在检查角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="108" />
        <source>Setting up the role…</source>
        <translation>正在设置角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="128" />
        <source>The role could not be checked or set up.</source>
        <translation>无法检查或设置角色。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="137" />
        <source>The role exists</source>
        <translation>角色已存在</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="142" />
        <source>It trusts ECS (ecs.aliyuncs.com)</source>
        <translation>角色信任 ECS（ecs.aliyuncs.com）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The import policy is attached</source>
        <translation>已授予导入策略</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="152" />
        <source>The role is ready.</source>
        <translation>角色已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="152" />
        <source>The role needs setting up.</source>
        <translation>角色需要设置。</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="153" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="154" />
        <source>Copy {what}</source>
        <translation>复制{what}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="68" />
        <source>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</source>
        <translation>填写镜像信息。默认值来自磁盘检查；每个字段的问题会显示在字段旁边。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="74" />
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="80" />
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="81" />
        <source>for example: web-server-2024</source>
        <translation>例如：web-server-2024</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="83" />
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="85" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="86" />
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="88" />
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="93" />
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="94" />
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="96" />
        <source>Operating system type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="98" />
        <source>OS type:</source>
        <translation>操作系统类型：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="99" />
        <source>Platform</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="101" />
        <source>Platform:</source>
        <translation>发行版：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="103" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="104" />
        <source>Alibaba Cloud license</source>
        <translation>阿里云许可证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="105" />
        <source>Bring your own license</source>
        <translation>自带许可证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="108" />
        <source>License type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="110" />
        <source>License type:</source>
        <translation>许可证类型：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="111" />
        <source>Boot mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="112" />
        <source>Boot mode:</source>
        <translation>启动模式：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="115" />
        <source>Disk sizes</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="120" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="123" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="124" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="124" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="132" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="132" />
        <source>Add a tag</source>
        <translation>添加一个标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="134" />
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="134" />
        <source>Remove the selected tag</source>
        <translation>删除所选标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="144" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="147" />
        <source>Resource group ID</source>
        <translation>资源组 ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="148" />
        <source>default resource group</source>
        <translation>默认资源组</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="152" />
        <source>Resource group:</source>
        <translation>资源组：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="154" />
        <source>NVMe support</source>
        <translation>NVMe 支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="155" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="161" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="155" />
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="156" />
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="158" />
        <source>NVMe support:</source>
        <translation>NVMe 支持：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="160" />
        <source>Metadata service</source>
        <translation>元数据服务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="161" />
        <source>IMDSv2 only</source>
        <translation>仅 IMDSv2</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="164" />
        <source>Metadata service:</source>
        <translation>元数据服务：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="166" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="167" />
        <source>Check the image after the import</source>
        <translation>导入后检测镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="177" />
        <source>Image details</source>
        <translation>镜像信息</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="193" />
        <source>Problem with this field</source>
        <translation>此字段的问题</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="242" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="244" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="246" />
        <source>Size of {disk}</source>
        <translation>{disk}的大小</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="46" />
        <source>Choose the system disk image, then any data disks (up to 16). You can also drop files here. Each file is checked from its own bytes.</source>
        <translation>选择系统盘镜像，然后选择数据盘（最多 16 个）。也可以把文件拖放到这里。每个文件都会根据其自身内容进行检查。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="53" />
        <source>Choose the system disk…</source>
        <translation>选择系统盘…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="53" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="241" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="55" />
        <source>Add a data disk…</source>
        <translation>添加数据盘…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="55" />
        <source>Add a data disk</source>
        <translation>添加数据盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="57" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="57" />
        <source>Remove the selected disk</source>
        <translation>移除所选磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="60" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="61" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="72" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="75" />
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="76" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="77" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="78" />
        <source>Virtual size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="79" />
        <source>Boot mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="80" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="81" />
        <source>Subformat</source>
        <translation>子格式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="92" />
        <source>Problems and hints</source>
        <translation>问题和建议</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="102" />
        <source>Choose the system disk image</source>
        <translation>选择系统盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="107" />
        <source>Choose data disk images</source>
        <translation>选择数据盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="129" />
        <source>An image has at most {count} data disks.</source>
        <translation>一个镜像最多有 {count} 个数据盘。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="230" />
        <source>Importable</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="231" />
        <source>Convert first</source>
        <translation>需先转换</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="232" />
        <source>Unpack first</source>
        <translation>需先解包</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="233" />
        <source>Not a disk image</source>
        <translation>不是磁盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="241" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="244" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="246" />
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="283" />
        <source>Needs a disk of at least {size} GiB.</source>
        <translation>需要至少 {size} GiB 的磁盘。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="90" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="95" />
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="97" />
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="100" />
        <source>Fix it</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="117" />
        <source>{code} (request {request})</source>
        <translation>{code}（请求 {request}）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="123" />
        <source>Open the authorization step</source>
        <translation>打开授权步骤</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="124" />
        <source>Change the image name</source>
        <translation>修改镜像名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="125" />
        <source>Check the account</source>
        <translation>检查账号</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="126" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="34" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="38" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="87" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="40" />
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="41" />
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="51" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="52" />
        <source>Continue the selected job</source>
        <translation>继续所选任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="54" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="55" />
        <source>Refresh the job list</source>
        <translation>刷新任务列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="57" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="58" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="70" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="71" />
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="72" />
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="73" />
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="74" />
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="75" />
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="76" />
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="77" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="47" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="50" />
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="51" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="53" />
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="54" />
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="56" />
        <source>Image progress</source>
        <translation>镜像进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="57" />
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="59" />
        <source>Remaining time per disk</source>
        <translation>每个磁盘的剩余时间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="60" />
        <source>Remaining:</source>
        <translation>剩余：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="62" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="69" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="71" />
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="72" />
        <source>Image ID:</source>
        <translation>镜像 ID：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="75" />
        <source>Console link</source>
        <translation>控制台链接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="78" />
        <source>Image check results</source>
        <translation>镜像检测结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="79" />
        <source>Image check:</source>
        <translation>镜像检测：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="81" />
        <source>Delete the uploaded objects</source>
        <translation>删除已上传的对象</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="97" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="138" />
        <source>Submitting the import…</source>
        <translation>正在提交导入…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="155" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="165" />
        <source>Connection lost; reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="168" />
        <source>Importing: task {task}, image {image}.</source>
        <translation>正在导入：任务 {task}，镜像 {image}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="188" />
        <source>The import could not go on.</source>
        <translation>导入无法继续。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="204" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="230" />
        <source>The image is ready.</source>
        <translation>镜像已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="237" />
        <source>Open the image list in the ECS console</source>
        <translation>在 ECS 控制台中打开镜像列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="245" />
        <source>No check results (the image check was off or found nothing).</source>
        <translation>没有检测结果（未开启镜像检测，或未发现问题）。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="249" />
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="251" />
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="263" />
        <source>Deleted: {list}</source>
        <translation>已删除：{list}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="40" />
        <source>Check what will be imported. A dry run asks ECS to check the request without importing; Import starts the import.</source>
        <translation>请核对将要导入的内容。预检会请 ECS 检查请求而不真正导入；点击“导入”开始导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="46" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="49" />
        <source>The same import with the aliyun command line</source>
        <translation>用 aliyun 命令行执行同样的导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="54" />
        <source>aliyun command</source>
        <translation>aliyun 命令</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="58" />
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="60" />
        <source>Dry run</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="68" />
        <source>Dry run result</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="75" />
        <source>Review and import</source>
        <translation>核对并导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="96" />
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="97" />
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="98" />
        <source>Bucket:</source>
        <translation>存储空间：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="100" />
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="108" />
        <source>System disk:</source>
        <translation>系统盘：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="108" />
        <source>Data disk {n}:</source>
        <translation>数据盘 {n}：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="136" />
        <source>The dry run found a problem:</source>
        <translation>预检发现一个问题：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="139" />
        <source>The dry run passed: ECS would accept this import.</source>
        <translation>预检通过：ECS 会接受这次导入。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="48" />
        <source>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</source>
        <translation>选择用于上传磁盘的 OSS 存储空间。ECS 只能从与镜像同一地域的存储空间导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="54" />
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="57" />
        <source>Buckets</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Bucket</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="67" />
        <source>Bucket region</source>
        <translation>存储空间地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="72" />
        <source>New bucket name</source>
        <translation>新存储空间名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="73" />
        <source>new bucket name</source>
        <translation>新存储空间名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="75" />
        <source>Create bucket</source>
        <translation>创建存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="75" />
        <source>Create the bucket</source>
        <translation>创建该存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="78" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="78" />
        <source>Refresh the bucket list</source>
        <translation>刷新存储空间列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="85" />
        <source>New bucket name problem</source>
        <translation>新存储空间名称的问题</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="89" />
        <source>Object names</source>
        <translation>对象名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="99" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="152" />
        <source>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</source>
        <translation>存储空间 {bucket} 位于 {bucket_region}，但镜像将导入到 {region}：请选择或创建位于 {region} 的存储空间。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="200" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="200" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="202" />
        <source>Object name of {disk}</source>
        <translation>{disk}的对象名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="203" />
        <source>Object name in the bucket for {file}</source>
        <translation>{file} 在存储空间中的对象名称</translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="54" />
        <source>The disks are uploaded in parts, checked with CRC64 and resumed where they stopped if the app is closed. You can pause at any time.</source>
        <translation>磁盘分片上传并用 CRC64 校验；如果关闭了应用，下次会从中断处继续。可以随时暂停。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="60" />
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="64" />
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="68" />
        <source>Overall upload progress</source>
        <translation>总体上传进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="70" />
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="75" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="75" />
        <source>Pause the upload</source>
        <translation>暂停上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="77" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="77" />
        <source>Resume the upload</source>
        <translation>继续上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="79" />
        <source>Cancel upload…</source>
        <translation>取消上传…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="79" />
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="200" />
        <source>Cancel the upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="86" />
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="97" />
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="124" />
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="246" />
        <source>Uploaded and verified.</source>
        <translation>已上传并校验。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="173" />
        <source>Preparing the upload…</source>
        <translation>正在准备上传…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="201" />
        <source>Keep what was uploaded so far, to resume it later?</source>
        <translation>保留已上传的部分，以便稍后继续吗？</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="202" />
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="203" />
        <source>Discard it</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="216" />
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="216" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="245" />
        <source>Skipped: already in the bucket with the same size and CRC64.</source>
        <translation>已跳过：存储空间中已有大小和 CRC64 都相同的对象。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="248" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="250" />
        <source>Checking what was sent before…</source>
        <translation>正在检查之前已发送的部分…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="252" />
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="254" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="256" />
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="258" />
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="263" />
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="265" />
        <source>retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="274" />
        <source>{done} of {total} uploaded</source>
        <translation>已上传 {done}，共 {total}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="292" />
        <source>Every disk is uploaded and verified.</source>
        <translation>所有磁盘均已上传并校验。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="298" />
        <source>The upload stopped.</source>
        <translation>上传已停止。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="312" />
        <source>Paused. Resume continues where it stopped.</source>
        <translation>已暂停。点击“继续”将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="315" />
        <source>Cancelled. What was uploaded is kept: the Jobs window can resume it.</source>
        <translation>已取消。已上传的部分会保留：可以在“任务”窗口中继续。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="318" />
        <source>Removing what was uploaded…</source>
        <translation>正在删除已上传的部分…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/upload_page.py" line="336" />
        <source>Cancelled. The uploaded parts were removed from the bucket.</source>
        <translation>已取消。已上传的分片已从存储空间中删除。</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="67" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="163" />
        <source>Image Importer</source>
        <translation>镜像导入工具</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="81" />
        <source>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</source>
        <translation>沙箱：你正在使用本机上的练习云。不会向阿里云发送任何内容，也不会真正创建镜像。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="85" />
        <source>Sandbox notice</source>
        <translation>沙箱提示</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="93" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="94" />
        <source>Continue the unfinished job</source>
        <translation>继续未完成的任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="96" />
        <source>Show jobs</source>
        <translation>查看任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="97" />
        <source>Show the jobs</source>
        <translation>查看任务列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="99" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="100" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="140" />
        <source>Why Next is not available</source>
        <translation>无法进入下一步的原因</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="141" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="142" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="144" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="193" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="145" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="148" />
        <source>New import</source>
        <translation>新建导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="149" />
        <source>Start a new import</source>
        <translation>开始新的导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="191" />
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="193" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="245" />
        <source>The system disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="247" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="250" />
        <source>Connect to an account, or try the sandbox.</source>
        <translation>请连接一个账号，或者试用沙箱。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="251" />
        <source>Checking the credentials…</source>
        <translation>正在检查凭证…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="252" />
        <source>Choose a region.</source>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="253" />
        <source>Choose the system disk image.</source>
        <translation>请选择系统盘镜像。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="254" />
        <source>An image has at most 16 data disks.</source>
        <translation>一个镜像最多有 16 个数据盘。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="255" />
        <source>{disk} is being checked…</source>
        <translation>正在检查{disk}…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="256" />
        <source>{disk} cannot be read.</source>
        <translation>无法读取{disk}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="258" />
        <source>{disk} cannot be imported as it is; see its problems and hints.</source>
        <translation>{disk}无法直接导入；请查看问题和建议。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="260" />
        <source>{disk} is the same file as another disk.</source>
        <translation>{disk}与另一个磁盘是同一个文件。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="263" />
        <source>Choose or create a bucket.</source>
        <translation>请选择或创建一个存储空间。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="265" />
        <source>The bucket is in {region}, not in the image's region.</source>
        <translation>该存储空间位于 {region}，不在镜像所在的地域。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="267" />
        <source>{disk}: the object name is not valid.</source>
        <translation>{disk}：对象名称无效。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="270" />
        <source>Two disks have the same object name.</source>
        <translation>两个磁盘的对象名称相同。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="271" />
        <source>The upload is running.</source>
        <translation>正在上传。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="272" />
        <source>The upload has not finished.</source>
        <translation>上传尚未完成。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="273" />
        <source>Fix the fields marked in red.</source>
        <translation>请修正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="274" />
        <source>Checking the role…</source>
        <translation>正在检查角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="275" />
        <source>Set up the role first.</source>
        <translation>请先设置角色。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="276" />
        <source>The dry run is running.</source>
        <translation>正在预检。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="307" />
        <source>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</source>
        <translation>有 {count} 个导入未完成。最近一个（{files}）停在：{state}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="365" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="366" />
        <source>The image {image} is ready.</source>
        <translation>镜像 {image} 已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="369" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="378" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="379" />
        <source>&amp;Jobs…</source>
        <translation>任务(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="384" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="388" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="391" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="414" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="415" />
        <source>The new language is used for windows opened from now on; restart the app to see it everywhere.</source>
        <translation>新语言将用于此后打开的窗口；重启应用后全部生效。</translation>
    </message>
</context>
</TS>