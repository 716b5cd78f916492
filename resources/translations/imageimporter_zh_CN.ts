<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="49" />
        <source>Choose the Alibaba Cloud account to import into. Secrets stay in your system keyring; nothing is sent until you connect.</source>
        <translation>选择要导入到的阿里云账号。密钥只保存在系统钥匙串中；连接之前不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="56" />
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="60" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="63" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="63" />
        <source>Connect with this profile</source>
        <translation>使用此配置连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="66" />
        <source>Import aliyun CLI profiles</source>
        <translation>导入 aliyun CLI 配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="78" />
        <source>Add a profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="83" />
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="84" />
        <source>for example: work</source>
        <translation>例如：work</translation>
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
        <translation>STS 令牌（可选）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="93" />
        <source>only for temporary credentials</source>
        <translation>仅用于临时凭证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="94" />
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="95" />
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="96" />
        <source>AccessKey Secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="97" />
        <source>STS token (optional):</source>
        <translation>STS 令牌（可选）：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="99" />
        <source>Where the secret is stored</source>
        <translation>密钥的保存位置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="101" />
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="101" />
        <source>Save the profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="108" />
        <source>Try it with the sandbox</source>
        <translation>用沙箱试一试</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="113" />
        <source>A practice cloud on this computer: no account needed.</source>
        <translation>本机上的练习云：无需账号。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="117" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="120" />
        <source>Not connected yet.</source>
        <translation>尚未连接。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="121" />
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="123" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="157" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="125" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="130" />
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="131" />
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="189" />
        <source>No system keyring is available here, so a profile cannot be saved (secrets are never kept in plain text). Use the sandbox, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>此处没有可用的系统密钥环，因此无法保存配置（密钥绝不会以明文保存）。请使用沙箱，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="197" />
        <source>The AccessKey Secret and STS token are stored in: {keyring}. The profile list holds only the AccessKey ID.</source>
        <translation>AccessKey Secret 和 STS 令牌保存在：{keyring}。配置列表中只有 AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="252" />
        <source>Imported {count} profile(s).</source>
        <translation>已导入 {count} 个配置。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="254" />
        <source>Skipped: {list}</source>
        <translation>已跳过：{list}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="277" />
        <source>Checking the credentials…</source>
        <translation>正在检查凭证…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="320" />
        <source>Connected to the sandbox.</source>
        <translation>已连接到沙箱。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="323" />
        <source>Connected with profile {name}.</source>
        <translation>已使用配置 {name} 连接。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="318" />
        <location filename="../../imageimporter/gui/wizard/account_page.py" line="354" />
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
</context>
<context>
    <name>AuthorizationPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="34" />
        <source>ECS reads the uploaded disks from OSS as the RAM role {role}. It must exist, trust ECS, and have the import policy attached.</source>
        <translation>ECS 以 RAM 角色 {role} 的身份从 OSS 读取已上传的磁盘。该角色必须存在、信任 ECS，并已授予导入策略。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="40" />
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="50" />
        <source>Role status</source>
        <translation>角色状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="53" />
        <source>Set it up for me</source>
        <translation>帮我设置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="53" />
        <source>Set up the role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="55" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="55" />
        <source>Check the role again</source>
        <translation>重新检查角色</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="63" />
        <source>Or ask an administrator</source>
        <translation>或请管理员处理</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="67" />
        <source>Console authorization link</source>
        <translation>控制台授权链接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="72" />
        <source>Instructions for an administrator</source>
        <translation>给管理员的说明</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="75" />
        <source>Copy the instructions</source>
        <translation>复制说明</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="85" />
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="96" />
        <source>Open the one-click authorization in the RAM console</source>
        <translation>在 RAM 控制台中打开一键授权</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="106" />
        <source>Checking the role…</source>
        <translation>正在检查角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="113" />
        <source>Setting up the role…</source>
        <translation>正在设置角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="133" />
        <source>The role could not be checked or set up.</source>
        <translation>无法检查或设置角色。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="43" />
        <source>The role exists</source>
        <translation>角色已存在</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="44" />
        <source>It trusts ECS (ecs.aliyuncs.com)</source>
        <translation>角色信任 ECS（ecs.aliyuncs.com）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="45" />
        <source>The import policy is attached</source>
        <translation>已授予导入策略</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The role is ready.</source>
        <translation>角色已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/authorization_page.py" line="147" />
        <source>The role needs setting up.</source>
        <translation>角色需要设置。</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="159" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="160" />
        <source>Copy {what}</source>
        <translation>复制{what}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="87" />
        <source>Describe the image. The defaults come from the disks; each field says what is wrong beside it.</source>
        <translation>填写镜像信息。默认值来自磁盘检查；每个字段的问题会显示在字段旁边。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="93" />
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="101" />
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="102" />
        <source>for example: web-server-2024</source>
        <translation>例如：web-server-2024</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="104" />
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="106" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="107" />
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="109" />
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="115" />
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="116" />
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="118" />
        <source>Operating system type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="125" />
        <source>OS type:</source>
        <translation>操作系统类型：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="120" />
        <source>Platform</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="126" />
        <source>Platform:</source>
        <translation>发行版：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="128" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="129" />
        <source>Alibaba Cloud license</source>
        <translation>阿里云许可证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="130" />
        <source>Bring your own license</source>
        <translation>自带许可证</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="133" />
        <source>License type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="135" />
        <source>License type:</source>
        <translation>许可证类型：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="136" />
        <source>Boot mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="137" />
        <source>Boot mode:</source>
        <translation>启动模式：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="140" />
        <source>Disk sizes</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="145" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="148" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="149" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="149" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="157" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="157" />
        <source>Add a tag</source>
        <translation>添加一个标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="159" />
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="159" />
        <source>Remove the selected tag</source>
        <translation>删除所选标签</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="162" />
        <source>An image has at most {count} tags.</source>
        <translation>一个镜像最多有 {count} 个标签。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="174" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="177" />
        <source>Resource group ID</source>
        <translation>资源组 ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="178" />
        <source>default resource group</source>
        <translation>默认资源组</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="183" />
        <source>Resource group:</source>
        <translation>资源组：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="185" />
        <source>NVMe support</source>
        <translation>NVMe 支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="186" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="192" />
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="186" />
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="187" />
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="189" />
        <source>NVMe support:</source>
        <translation>NVMe 支持：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="191" />
        <source>Metadata service</source>
        <translation>元数据服务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="192" />
        <source>IMDSv2 only</source>
        <translation>仅 IMDSv2</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="195" />
        <source>Metadata service:</source>
        <translation>元数据服务：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="197" />
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="198" />
        <source>Check the image after the import</source>
        <translation>导入后检测镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="205" />
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="219" />
        <source>Image details</source>
        <translation>镜像信息</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="236" />
        <source>from the disk</source>
        <translation>来自磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="237" />
        <source>Filled from the disk</source>
        <translation>已根据磁盘填写</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="246" />
        <source>Problem with this field</source>
        <translation>此字段的问题</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="295" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="297" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="299" />
        <source>Size of {disk}</source>
        <translation>{disk}的大小</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="458" />
        <source>Fix the fields marked in red.</source>
        <translation>请修正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="460" />
        <source>Give the image a name.</source>
        <translation>请为镜像命名。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="461" />
        <source>Complete the image details.</source>
        <translation>请填写完整的镜像信息。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/details_page.py" line="493" />
        <source>The RAM role {role} is ready, so the authorization step is not needed.</source>
        <translation>RAM 角色 {role} 已就绪，因此无需进行授权步骤。</translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <source>Choose the system disk…</source>
        <translation>选择系统盘…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="98" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="454" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="100" />
        <source>Add a data disk…</source>
        <translation>添加数据盘…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="100" />
        <source>Add a data disk</source>
        <translation>添加数据盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="123" />
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="137" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="137" />
        <source>Remove the selected disk</source>
        <translation>移除所选磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="103" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="104" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="92" />
        <source>Drop the system disk image here (then any data disks, up to 16), or choose it. Each file is checked from its own bytes, and so is the system inside.</source>
        <translation>将系统盘镜像拖放到这里（然后是数据盘，最多 16 个），或者选择文件。每个文件都会按其自身内容检查，其中的系统也会检查。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="114" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="199" />
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="117" />
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="118" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="119" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="120" />
        <source>Virtual size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="121" />
        <source>Boot mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="122" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="162" />
        <source>Problems and hints</source>
        <translation>问题和建议</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="166" />
        <source>Conversion</source>
        <translation>转换</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="179" />
        <source>A readiness check failed: an instance made from this image may not start on ECS.</source>
        <translation>有一项就绪检查未通过：用此镜像创建的实例可能无法在 ECS 上启动。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="184" />
        <source>Upload it anyway…</source>
        <translation>仍然上传…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="184" />
        <source>Upload the disk despite the failed check</source>
        <translation>忽略未通过的检查，仍然上传该磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="207" />
        <source>Choose the system disk image</source>
        <translation>选择系统盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="212" />
        <source>Choose data disk images</source>
        <translation>选择数据盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="234" />
        <source>An image has at most {count} data disks.</source>
        <translation>一个镜像最多有 {count} 个数据盘。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="309" />
        <source>something unexpected went wrong (see the log file).</source>
        <translation>发生了意外错误（请查看日志文件）。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="391" />
        <source>Upload a disk that may not boot?</source>
        <translation>要上传可能无法启动的磁盘吗？</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="394" />
        <source>{file} failed a readiness check. An image made from it may not start on ECS, and you would only find out after the upload and the import.</source>
        <translation>{file} 未通过一项就绪检查。用它制作的镜像可能无法在 ECS 上启动，而这要到上传和导入之后才会发现。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="398" />
        <source>Fixing the guest first is safer.</source>
        <translation>先修复客户机系统更稳妥。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="399" />
        <source>Upload it anyway</source>
        <translation>仍然上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="400" />
        <source>Do not upload</source>
        <translation>不上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="419" />
        <source>Importable</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="421" />
        <source>Unpack first</source>
        <translation>需先解包</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="422" />
        <source>Not a disk image</source>
        <translation>不是磁盘镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="433" />
        <source>Cannot be sent</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="436" />
        <source>May not boot</source>
        <translation>可能无法启动</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="447" />
        <source>None found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="454" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="510" />
        <source>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</source>
        <translation>上传时转换为 QCOW2：虚拟大小 {virtual}，需发送 {send}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="516" />
        <source>Sent as it is: {reason}</source>
        <translation>按原样发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="531" />
        <source>The system inside could not be read: {reason}</source>
        <translation>无法读取其中的系统：{reason}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="538" />
        <source>No operating system found</source>
        <translation>未找到操作系统</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="539" />
        <source>Inside: {summary}</source>
        <translation>其中的系统：{summary}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="545" />
        <source>Fix: {fix}</source>
        <translation>修复方法：{fix}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="427" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="152" />
        <source>Operating system found on the disk</source>
        <translation>磁盘中找到的操作系统</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="420" />
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="438" />
        <source>Converted while uploading</source>
        <translation>上传时转换</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="429" />
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/disks_page.py" line="500" />
        <source>Needs a disk of at least {size} GiB.</source>
        <translation>需要至少 {size} GiB 的磁盘。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="96" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="101" />
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="103" />
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="106" />
        <source>Fix it</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="123" />
        <source>{code} (request {request})</source>
        <translation>{code}（请求 {request}）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="129" />
        <source>Open the authorization step</source>
        <translation>打开授权步骤</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="130" />
        <source>Change the image name</source>
        <translation>修改镜像名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="131" />
        <source>Check the account</source>
        <translation>检查账号</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/common.py" line="132" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="82" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="86" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="88" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="89" />
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="100" />
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="103" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="210" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="104" />
        <source>Continue the selected job</source>
        <translation>继续所选任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="107" />
        <source>Import again</source>
        <translation>再次导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="108" />
        <source>Import the selected job's disks again</source>
        <translation>再次导入所选任务的磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="110" />
        <source>Cancel the import…</source>
        <translation>取消导入…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="111" />
        <source>Cancel the selected job</source>
        <translation>取消所选任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="113" />
        <source>Clean up…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="115" />
        <source>Remove what the selected job left in the cloud</source>
        <translation>删除所选任务留在云端的内容</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="118" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="119" />
        <source>Refresh the job list</source>
        <translation>刷新任务列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="121" />
        <location filename="../../imageimporter/gui/jobs_window.py" line="122" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="140" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="141" />
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="142" />
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="143" />
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="144" />
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="145" />
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="146" />
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="147" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="167" />
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="183" />
        <source>Job {job}, image {image}</source>
        <translation>任务 {job}，镜像 {image}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="208" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="253" />
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="255" />
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="273" />
        <source>Cancel this import?</source>
        <translation>要取消这次导入吗？</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="275" />
        <source>The import of {image} stops for good: a running import task is cancelled and the job cannot be continued. The uploaded disks stay in the bucket until you clean up.</source>
        <translation>{image} 的导入将彻底停止：正在运行的导入任务会被取消，该任务也无法再继续。已上传的磁盘会保留在存储空间中，直到您清理。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="279" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="284" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="290" />
        <source>The import ended: {state}.</source>
        <translation>导入已结束：{state}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="299" />
        <source>the uploaded disks in the bucket {bucket}</source>
        <translation>存储空间 {bucket} 中已上传的磁盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="303" />
        <source>the failed image</source>
        <translation>失败的镜像</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="305" />
        <source>the chance to retry this job</source>
        <translation>重试此任务的机会</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="307" />
        <source>Clean up this job?</source>
        <translation>要清理此任务吗？</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="308" />
        <source>This removes {what}.</source>
        <translation>这会删除{what}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="308" />
        <source>, and </source>
        <translation>，以及</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="309" />
        <source>Clean up</source>
        <translation>清理</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="311" />
        <source>Cleaning up…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="327" />
        <source>Removed {count} item(s) from the cloud.</source>
        <translation>已从云端删除 {count} 项。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="329" />
        <source>Nothing was left to remove.</source>
        <translation>没有需要删除的内容。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/jobs_window.py" line="353" />
        <source>Preparing a new import…</source>
        <translation>正在准备新的导入…</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="93" />
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="103" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="370" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="381" />
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="103" />
        <source>Cancel the import…</source>
        <translation>取消导入…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="105" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="105" />
        <source>Try the import again</source>
        <translation>重新尝试导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="115" />
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="118" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="120" />
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="121" />
        <source>Image ID:</source>
        <translation>镜像 ID：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="124" />
        <source>Console link</source>
        <translation>控制台链接</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="127" />
        <source>Image check results</source>
        <translation>镜像检测结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="128" />
        <source>Image check:</source>
        <translation>镜像检测：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="130" />
        <source>Delete the uploaded objects</source>
        <translation>删除已上传的对象</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="152" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="304" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="345" />
        <source>Open the image list in the ECS console</source>
        <translation>在 ECS 控制台中打开镜像列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="354" />
        <source>No check results (the image check was off or found nothing).</source>
        <translation>没有检测结果（未开启镜像检测，或未发现问题）。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="47" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="359" />
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="80" />
        <source>What is happening now</source>
        <translation>当前进展</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="83" />
        <source>1. Upload to OSS</source>
        <translation>1. 上传到 OSS</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="88" />
        <source>2. Import into ECS</source>
        <translation>2. 导入到 ECS</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="91" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="99" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="99" />
        <source>Pause the upload</source>
        <translation>暂停上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="101" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="175" />
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="215" />
        <source>Uploaded and verified.</source>
        <translation>已上传并校验。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="177" />
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="197" />
        <source>Already in the bucket (same size and CRC64): skipped.</source>
        <translation>存储空间中已有（大小和 CRC64 相同）：已跳过。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="209" />
        <source>Checking what is already on the server…</source>
        <translation>正在检查服务器上已有的内容…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="210" />
        <source>Checking what was sent before…</source>
        <translation>正在检查之前已发送的部分…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="211" />
        <source>Verifying the whole object (CRC64)…</source>
        <translation>正在校验整个对象（CRC64）…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="212" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="213" />
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="214" />
        <source>Stopped by an error.</source>
        <translation>因错误而停止。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="220" />
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="227" />
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="229" />
        <source>{n} retried</source>
        <translation>已重试 {n} 次</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="232" />
        <source>resumed: {size} was already on the server</source>
        <translation>已续传：服务器上已有 {size}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="244" />
        <source>The connection was lost; reconnecting…</source>
        <translation>连接已断开；正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="247" />
        <source>ECS is converting the disks into an image: {percent} %.</source>
        <translation>ECS 正在将磁盘转换为镜像：{percent}%。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="251" />
        <source>About {time} left.</source>
        <translation>约剩 {time}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="280" />
        <source>Following the import task…</source>
        <translation>正在跟踪导入任务…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="283" />
        <source>Starts by itself when every disk is uploaded.</source>
        <translation>所有磁盘上传完成后自动开始。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="285" />
        <source>Starts when you click Import on the review step.</source>
        <translation>在“核对并导入”步骤中点击“导入”后开始。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="302" />
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="306" />
        <source>Done: the image {name} is ready.</source>
        <translation>完成：镜像 {name} 已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="309" />
        <source>Cancelled. What was uploaded was deleted from the bucket.</source>
        <translation>已取消。已上传的内容已从存储空间中删除。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="310" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="312" />
        <source>Stopped: see the error below.</source>
        <translation>已停止：请查看下方的错误。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="317" />
        <source>Paused: {done} of {total} is on the server. Resume carries on from there.</source>
        <translation>已暂停：服务器上已有 {done}/{total}。点击“继续”将从此处接着上传。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="320" />
        <source>Submitting the import to ECS…</source>
        <translation>正在向 ECS 提交导入…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="322" />
        <source>ECS is importing the image; this window can be closed meanwhile.</source>
        <translation>ECS 正在导入镜像；在此期间可以关闭本窗口。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="324" />
        <source>Checking everything before the import…</source>
        <translation>导入前正在全面检查…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="326" />
        <source>Uploading disk {n} of {count} ({done} of {total}).</source>
        <translation>正在上传第 {n} 个磁盘，共 {count} 个（{done}/{total}）。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="333" />
        <source>The import follows by itself.</source>
        <translation>上传完成后将自动开始导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="340" />
        <source>The image is available.</source>
        <translation>镜像已可用。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="373" />
        <source>Cancel the import task? ECS stops it and the image is not created.</source>
        <translation>要取消导入任务吗？ECS 会停止该任务，镜像不会被创建。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="375" />
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="377" />
        <source>Cancel this import and delete what was uploaded?</source>
        <translation>要取消这次导入并删除已上传的内容吗？</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="379" />
        <source>To stop for now and carry on later, use Pause instead.</source>
        <translation>如果只是暂时停止、稍后继续，请改用“暂停”。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="382" />
        <source>Keep going</source>
        <translation>继续进行</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/progress_page.py" line="413" />
        <source>Deleted: {list}</source>
        <translation>已删除：{list}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="52" />
        <source>Check what will be imported. A dry run checks the image name, the uploaded disks and the request without importing; Import starts the import.</source>
        <translation>请核对将要导入的内容。预检会检查镜像名称、已上传的磁盘和请求本身，但不会导入；点击“导入”开始导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="58" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="62" />
        <source>The same import with the aliyun command line</source>
        <translation>用 aliyun 命令行执行同样的导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="67" />
        <source>aliyun command</source>
        <translation>aliyun 命令</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="71" />
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="73" />
        <source>Dry run</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="73" />
        <source>&amp;Dry run</source>
        <translation>预检(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="81" />
        <source>Dry run result</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="90" />
        <source>Review and import</source>
        <translation>核对并导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="111" />
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="112" />
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="112" />
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="119" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="113" />
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="114" />
        <source>Bucket:</source>
        <translation>存储空间：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="115" />
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="117" />
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>Authorization:</source>
        <translation>授权：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="124" />
        <source>the RAM role is ready</source>
        <translation>RAM 角色已就绪</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="129" />
        <source>System disk:</source>
        <translation>系统盘：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="129" />
        <source>Data disk {n}:</source>
        <translation>数据盘 {n}：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="151" />
        <source>{size} file</source>
        <translation>文件 {size}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="154" />
        <source>{size} virtual</source>
        <translation>虚拟大小 {size}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="158" />
        <source>{gib} GiB disk</source>
        <translation>磁盘 {gib} GiB</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="169" />
        <source>Sent as it is.</source>
        <translation>按原样发送。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="171" />
        <source>Converted to QCOW2 while uploading.</source>
        <translation>上传时转换为 QCOW2。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="173" />
        <source>Converted to QCOW2 while uploading: {virtual} virtual, {send} to send.</source>
        <translation>上传时转换为 QCOW2：虚拟大小 {virtual}，需发送 {send}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="184" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="196" />
        <source>The dry run found a problem:</source>
        <translation>预检发现一个问题：</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/review_page.py" line="199" />
        <source>The dry run passed: ECS would accept this import.</source>
        <translation>预检通过：ECS 会接受这次导入。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="49" />
        <source>Choose the OSS bucket the disks are uploaded to. ECS imports only from a bucket in the same region as the image.</source>
        <translation>选择用于上传磁盘的 OSS 存储空间。ECS 只能从与镜像同一地域的存储空间导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="55" />
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="58" />
        <source>Buckets</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="59" />
        <source>Bucket</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="59" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="68" />
        <source>Bucket region</source>
        <translation>存储空间地域</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="73" />
        <source>New bucket name</source>
        <translation>新存储空间名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="74" />
        <source>new bucket name</source>
        <translation>新存储空间名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="76" />
        <source>Create bucket</source>
        <translation>创建存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="76" />
        <source>Create the bucket</source>
        <translation>创建该存储空间</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="79" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="79" />
        <source>Refresh the bucket list</source>
        <translation>刷新存储空间列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="86" />
        <source>New bucket name problem</source>
        <translation>新存储空间名称的问题</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="90" />
        <source>Object names</source>
        <translation>对象名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="100" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="153" />
        <source>The bucket {bucket} is in {bucket_region}, but the image goes to {region}: choose or create a bucket in {region}.</source>
        <translation>存储空间 {bucket} 位于 {bucket_region}，但镜像将导入到 {region}：请选择或创建位于 {region} 的存储空间。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="201" />
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="201" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="203" />
        <source>Object name of {disk}</source>
        <translation>{disk}的对象名称</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/storage_page.py" line="204" />
        <source>Object name in the bucket for {file}</source>
        <translation>{file} 在存储空间中的对象名称</translation>
    </message>
</context>
<context>
    <name>ToneRow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="74" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="75" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="76" />
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/widgets.py" line="77" />
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="116" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="220" />
        <source>Image Importer</source>
        <translation>镜像导入工具</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="130" />
        <source>Sandbox: you are using a practice cloud on this computer. Nothing is sent to Alibaba Cloud and no image is really created.</source>
        <translation>沙箱：你正在使用本机上的练习云。不会向阿里云发送任何内容，也不会真正创建镜像。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="134" />
        <source>Sandbox notice</source>
        <translation>沙箱提示</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="142" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="143" />
        <source>Continue the unfinished job</source>
        <translation>继续未完成的任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="145" />
        <source>Show jobs</source>
        <translation>查看任务</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="146" />
        <source>Show the jobs</source>
        <translation>查看任务列表</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="148" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="149" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="169" />
        <source>Background upload</source>
        <translation>后台上传</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="198" />
        <source>Why Next is not available</source>
        <translation>无法进入下一步的原因</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="199" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="200" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="202" />
        <location filename="../../imageimporter/gui/wizard/window.py" line="264" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="203" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="205" />
        <source>New import</source>
        <translation>新建导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="206" />
        <source>Start a new import</source>
        <translation>开始新的导入</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="262" />
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="264" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="354" />
        <source>The system disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="356" />
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="359" />
        <source>Connect to an account, or try the sandbox.</source>
        <translation>请连接一个账号，或者试用沙箱。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="360" />
        <source>Checking the credentials…</source>
        <translation>正在检查凭证…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="361" />
        <source>Choose a region.</source>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="362" />
        <source>Choose the system disk image.</source>
        <translation>请选择系统盘镜像。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="363" />
        <source>An image has at most 16 data disks.</source>
        <translation>一个镜像最多有 16 个数据盘。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="364" />
        <source>{disk} is being checked…</source>
        <translation>正在检查{disk}…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="365" />
        <source>{disk} cannot be read.</source>
        <translation>无法读取{disk}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="369" />
        <source>{disk} is the same file as another disk.</source>
        <translation>{disk}与另一个磁盘是同一个文件。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="372" />
        <source>Choose or create a bucket.</source>
        <translation>请选择或创建一个存储空间。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="374" />
        <source>The bucket is in {region}, not in the image's region.</source>
        <translation>该存储空间位于 {region}，不在镜像所在的地域。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="376" />
        <source>{disk}: the object name is not valid.</source>
        <translation>{disk}：对象名称无效。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="379" />
        <source>Two disks have the same object name.</source>
        <translation>两个磁盘的对象名称相同。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="510" />
        <source>The image {name} ({image}) is ready.</source>
        <translation>镜像 {name}（{image}）已就绪。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="627" />
        <source>The import is still running</source>
        <translation>导入仍在进行</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="630" />
        <source>If you quit, the work pauses and carries on where it stopped the next time you open the app.</source>
        <translation>如果退出，工作将暂停，下次打开应用时从停止处继续。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="637" />
        <source>It can also go on in the background, with an icon in the tray.</source>
        <translation>也可以在后台继续进行，托盘中会显示图标。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="640" />
        <source>Keep running in the background</source>
        <translation>在后台继续运行</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="643" />
        <source>Pause and quit</source>
        <translation>暂停并退出</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="645" />
        <source>Don't quit</source>
        <translation>不退出</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="670" />
        <source>Image Importer: the import goes on</source>
        <translation>Image Importer：导入仍在进行</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="382" />
        <source>Checking the role…</source>
        <translation>正在检查角色…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="367" />
        <source>{disk} cannot be imported; see its problems and hints.</source>
        <translation>{disk} 无法导入；请查看其问题和提示。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="383" />
        <source>Set up the role first.</source>
        <translation>请先设置角色。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="384" />
        <source>The dry run is running.</source>
        <translation>正在预检。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="424" />
        <source>{count} import(s) did not finish. The latest ({files}) stopped at: {state}.</source>
        <translation>有 {count} 个导入未完成。最近一个（{files}）停在：{state}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="452" />
        <source>Another import is running in this window.</source>
        <translation>此窗口中正在进行另一项导入。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="453" />
        <source>Pause it (or let it finish) first, then continue this one.</source>
        <translation>请先暂停它（或等它完成），再继续这一项。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="509" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="515" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="548" />
        <source>Upload paused: {done} of {total}.</source>
        <translation>上传已暂停：{done}/{total}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="550" />
        <source>Uploading in the background: {done} of {total}.</source>
        <translation>正在后台上传：{done}/{total}。</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="559" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="560" />
        <source>&amp;Jobs…</source>
        <translation>任务(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="565" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="569" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="572" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="595" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../imageimporter/gui/wizard/window.py" line="596" />
        <source>The new language is used for windows opened from now on; restart the app to see it everywhere.</source>
        <translation>新语言将用于此后打开的窗口；重启应用后全部生效。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>its size changed from {old} ({old_bytes:,} bytes) to {new} ({new_bytes:,} bytes)</source>
        <translation>其大小从 {old}（{old_bytes:,} 字节）变为 {new}（{new_bytes:,} 字节）</translation>
    </message>
    <message>
        <source>it was replaced by another file of the same name</source>
        <translation>它已被另一个同名文件替换</translation>
    </message>
    <message>
        <source>its content changed</source>
        <translation>其内容已更改</translation>
    </message>
    <message>
        <source>it was modified (its modification time changed)</source>
        <translation>它已被修改（修改时间已变）</translation>
    </message>
    <message>
        <source>it is now uploaded as {new} instead of {old}</source>
        <translation>现在以 {new} 而不是 {old} 上传</translation>
    </message>
    <message>
        <source>its recorded identity is unreadable</source>
        <translation>记录的标识无法读取</translation>
    </message>
    <message>
        <source>{path} changed since the last attempt</source>
        <translation>{path} 自上次尝试后已更改</translation>
    </message>
    <message>
        <source>the conversion settings or the data it reads changed</source>
        <translation>转换设置或所读取的数据已更改</translation>
    </message>
    <message>
        <source>its input files changed</source>
        <translation>其输入文件已更改</translation>
    </message>
    <message>
        <source>{path} is a damaged {fmt} image: {problem}</source>
        <translation>{path} 是已损坏的 {fmt} 镜像：{problem}</translation>
    </message>
    <message>
        <source>Use a complete, undamaged copy of the disk image.</source>
        <translation>请使用一份完整、未损坏的磁盘镜像副本。</translation>
    </message>
    <message>
        <source>its header asks for far more reading than any sane image needs.</source>
        <translation>其文件头要求读取的数据远超任何正常映像所需。</translation>
    </message>
    <message>
        <source>The {fmt} block size is zero: the image is damaged.</source>
        <translation>{fmt} 的块大小为零：映像已损坏。</translation>
    </message>
    <message>
        <source>The {fmt} image has a compressed block, which it cannot have.</source>
        <translation>{fmt} 映像含有压缩块，而该格式不可能有压缩块。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The {fmt} tables are damaged.</source>
        <translation>{fmt} 的映射表已损坏。</translation>
    </message>
    <message>
        <source>A compressed block</source>
        <translation>压缩块</translation>
    </message>
    <message>
        <source>A compressed block of {path} at offset {offset} does not inflate to a whole block: the image is damaged.</source>
        <translation>{path} 中偏移 {offset} 处的压缩块解压后不是一个完整的块：映像已损坏。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check that the disk holding it is still attached and readable.</source>
        <translation>请检查存放该文件的磁盘是否仍已连接且可读。</translation>
    </message>
    <message>
        <source>{what} at offset {offset} of {path} lies beyond the end of the file: the file is truncated or damaged.</source>
        <translation>{path} 中偏移 {offset} 处的{what}超出了文件末尾：文件已被截断或损坏。</translation>
    </message>
    <message>
        <source>Use a complete copy of the disk image.</source>
        <translation>请使用磁盘映像的完整副本。</translation>
    </message>
    <message>
        <source>{what} at offset {offset} of {path} is cut short: the file shrank while it was read.</source>
        <translation>{path} 中偏移 {offset} 处的{what}不完整：文件在读取期间变小了。</translation>
    </message>
    <message>
        <source>Do not change the disk image while it is read.</source>
        <translation>读取磁盘映像期间请勿修改它。</translation>
    </message>
    <message>
        <source>The {what} {name} cannot be opened ({path}): {reason}.</source>
        <translation>无法打开{what} {name}（{path}）：{reason}。</translation>
    </message>
    <message>
        <source>Put the file next to the disk that names it, under that name, and try again.</source>
        <translation>请将该文件以此名称放在引用它的磁盘旁边，然后重试。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is a pipe</source>
        <translation>它是一个管道</translation>
    </message>
    <message>
        <source>it is a device or another special file, not a regular file</source>
        <translation>它是设备或其他特殊文件，不是普通文件</translation>
    </message>
    <message>
        <source>The format of {path} cannot be told: {reason}.</source>
        <translation>无法判断 {path} 的格式：{reason}。</translation>
    </message>
    <message>
        <source>The disk was closed while it was being opened.</source>
        <translation>磁盘在打开过程中被关闭了。</translation>
    </message>
    <message>
        <source>disk image</source>
        <translation>磁盘映像</translation>
    </message>
    <message>
        <source>{path} names its {what} as {name}, which is not a usable file name.</source>
        <translation>{path} 将其{what}命名为 {name}，这不是可用的文件名。</translation>
    </message>
    <message>
        <source>The image is damaged; use another copy.</source>
        <translation>映像已损坏，请使用其他副本。</translation>
    </message>
    <message>
        <source>The VMDK descriptor {path} names the extent {name}, which is outside the descriptor's folder: it is not opened.</source>
        <translation>VMDK 描述文件 {path} 引用的数据区文件 {name} 位于描述文件所在文件夹之外：不会打开它。</translation>
    </message>
    <message>
        <source>Keep a VMDK's extent files in the descriptor's folder and name them there by relative names.</source>
        <translation>请将 VMDK 的数据区文件放在描述文件所在的文件夹中，并使用相对名称引用它们。</translation>
    </message>
    <message>
        <source>VMDK extent</source>
        <translation>VMDK 数据区文件</translation>
    </message>
    <message>
        <source>The chain of backing files of {path} is more than {depth} files deep.</source>
        <translation>{path} 的后备文件链超过 {depth} 层。</translation>
    </message>
    <message>
        <source>Flatten the chain first (qemu-img convert makes one file of it).</source>
        <translation>请先合并该链（qemu-img convert 可将其合并为一个文件）。</translation>
    </message>
    <message>
        <source>backing file</source>
        <translation>后备文件</translation>
    </message>
    <message>
        <source>The backing file {name} of {path} is a disk already in its own chain: the chain loops.</source>
        <translation>{path} 的后备文件 {name} 已在其自身的链中：链形成了循环。</translation>
    </message>
    <message>
        <source>The backing file names are wrong; fix them with qemu-img rebase -u.</source>
        <translation>后备文件名称有误，请用 qemu-img rebase -u 修正。</translation>
    </message>
    <message>
        <source>{path} says its backing file {name} is a {hint} disk, but that file is a {fmt} disk.</source>
        <translation>{path} 声明其后备文件 {name} 是 {hint} 磁盘，但该文件实际是 {fmt} 磁盘。</translation>
    </message>
    <message>
        <source>Check that the backing file is the right one.</source>
        <translation>请检查后备文件是否正确。</translation>
    </message>
    <message>
        <source>Reading {fmt} disks is not supported yet.</source>
        <translation>暂不支持读取 {fmt} 磁盘。</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2 or RAW with qemu-img first.</source>
        <translation>请先用 qemu-img 将磁盘转换为 QCOW2 或 RAW。</translation>
    </message>
    <message>
        <source>{fmt} archives cannot be read in place.</source>
        <translation>{fmt} 归档无法直接读取。</translation>
    </message>
    <message>
        <source>Unpack it first and import the disk inside.</source>
        <translation>请先解包，再导入其中的磁盘。</translation>
    </message>
    <message>
        <source>{fmt} files are not virtual disks that can be read.</source>
        <translation>{fmt} 文件不是可读取的虚拟磁盘。</translation>
    </message>
    <message>
        <source>Give the disk image itself.</source>
        <translation>请提供磁盘映像文件本身。</translation>
    </message>
    <message>
        <source>{path} is an encrypted (LUKS) disk, which cannot be imported.</source>
        <translation>{path} 是加密（LUKS）磁盘，无法导入。</translation>
    </message>
    <message>
        <source>Decrypt it first (qemu-img convert with its key) and import the result.</source>
        <translation>请先解密（使用其密钥运行 qemu-img convert），再导入解密结果。</translation>
    </message>
    <message>
        <source>Cluster {block}</source>
        <translation>簇 {block}</translation>
    </message>
    <message>
        <source>its header is cut short.</source>
        <translation>它的文件头不完整。</translation>
    </message>
    <message>
        <source>its signature is missing.</source>
        <translation>它缺少签名。</translation>
    </message>
    <message>
        <source>its version ({version}) is unknown.</source>
        <translation>它的版本（{version}）未知。</translation>
    </message>
    <message>
        <source>its cluster size is impossible.</source>
        <translation>它的簇大小不可能成立。</translation>
    </message>
    <message>
        <source>The block allocation table</source>
        <translation>块分配表</translation>
    </message>
    <message>
        <source>The parent of the differencing {fmt} {path} ({name}) cannot be found next to it.</source>
        <translation>在差异 {fmt} {path} 所在的文件夹中找不到它的父磁盘（{name}）。</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>未写明</translation>
    </message>
    <message>
        <source>Put the parent disk next to the differencing disk, under that name.</source>
        <translation>请把父磁盘以该名称放在差异磁盘所在的文件夹中。</translation>
    </message>
    <message>
        <source>The parent {name} of the differencing {fmt} {path} is not the disk it was made from (its {identity} differs): it was changed or replaced.</source>
        <translation>差异 {fmt} {path} 的父磁盘 {name} 不是创建它时所基于的磁盘（{identity} 不同）：父磁盘已被修改或替换。</translation>
    </message>
    <message>
        <source>Use the parent disk the differencing disk was made from.</source>
        <translation>请使用创建该差异磁盘时所基于的父磁盘。</translation>
    </message>
    <message>
        <source>An L2 table</source>
        <translation>L2 表</translation>
    </message>
    <message>
        <source>a data cluster at offset {offset} is not aligned to a cluster.</source>
        <translation>偏移 {offset} 处的数据簇未按簇对齐。</translation>
    </message>
    <message>
        <source>a compressed cluster does not decompress ({reason}).</source>
        <translation>压缩簇无法解压（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is an encrypted QCOW disk, which cannot be imported.</source>
        <translation>{path} 是加密的 QCOW 磁盘，无法导入。</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>its virtual size ({size} bytes) is absurd.</source>
        <translation>其虚拟大小（{size} 字节）不合理。</translation>
    </message>
    <message>
        <source>its L1 table would be {entries} entries long.</source>
        <translation>其 L1 表将有 {entries} 项之多。</translation>
    </message>
    <message>
        <source>The L1 table</source>
        <translation>L1 表</translation>
    </message>
    <message>
        <source>the name of its backing file lies outside the file.</source>
        <translation>其后备文件名超出了文件范围。</translation>
    </message>
    <message>
        <source>its data is in an external data file.</source>
        <translation>其数据位于外部数据文件中。</translation>
    </message>
    <message>
        <source>it uses extended L2 entries (subclusters).</source>
        <translation>它使用了扩展 L2 表项（子簇）。</translation>
    </message>
    <message>
        <source>an L2 table at offset {offset} is not aligned to a cluster.</source>
        <translation>偏移 {offset} 处的 L2 表未按簇对齐。</translation>
    </message>
    <message>
        <source>a compressed cluster at offset {offset} lies beyond the end of the file.</source>
        <translation>偏移 {offset} 处的压缩簇超出了文件末尾。</translation>
    </message>
    <message>
        <source>{path} is an encrypted QCOW2 disk, which cannot be imported.</source>
        <translation>{path} 是加密的 QCOW2 磁盘，无法导入。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>Convert it to a plain QCOW2 with qemu-img convert first.</source>
        <translation>请先用 qemu-img convert 将其转换为普通 QCOW2。</translation>
    </message>
    <message>
        <source>{path} uses the QCOW2 feature {feature}, which cannot be read here.</source>
        <translation>{path} 使用了 QCOW2 特性 {feature}，此处无法读取。</translation>
    </message>
    <message>
        <source>its compression type is unknown ({kind}).</source>
        <translation>其压缩类型未知（{kind}）。</translation>
    </message>
    <message>
        <source>its L1 table has {entries} entries where {needed} are needed.</source>
        <translation>其 L1 表只有 {entries} 项，而需要 {needed} 项。</translation>
    </message>
    <message>
        <source>its L1 table is not aligned to a cluster.</source>
        <translation>其 L1 表未按簇对齐。</translation>
    </message>
    <message>
        <source>The disk ended at {offset} bytes, before its virtual size of {size} bytes.</source>
        <translation>磁盘在 {offset} 字节处结束，早于其 {size} 字节的虚拟大小。</translation>
    </message>
    <message>
        <source>{path} can no longer be read.</source>
        <translation>已无法读取 {path}。</translation>
    </message>
    <message>
        <source>{path} changed since it was opened (size or modification time).</source>
        <translation>{path} 自打开后已更改（大小或修改时间）。</translation>
    </message>
    <message>
        <source>{path} was written to since it was opened (its status change time moved).</source>
        <translation>{path} 在打开后被写入过（其状态更改时间已变化）。</translation>
    </message>
    <message>
        <source>The source disk changed while it was being converted: guest bytes at {offset} held data when it was scanned and are zeros now.</source>
        <translation>源磁盘在转换过程中发生了更改：偏移 {offset} 处的数据在扫描时非零，现在为零。</translation>
    </message>
    <message>
        <source>Leave the disk unchanged (stop the virtual machine) and start again.</source>
        <translation>请保持磁盘不变（停止虚拟机）后重新开始。</translation>
    </message>
    <message>
        <source>{what} at offset {offset} is not a cluster of the file.</source>
        <translation>偏移 {offset} 处的{what}不是文件中的有效簇。</translation>
    </message>
    <message>
        <source>A data cluster</source>
        <translation>数据簇</translation>
    </message>
    <message>
        <source>its tables are {size} bytes each, more than this app reads ({limit}).</source>
        <translation>其每个表有 {size} 字节，超过了本应用可读取的上限（{limit}）。</translation>
    </message>
    <message>
        <source>The {kind} data of {path} does not decompress: {reason}.</source>
        <translation>{path} 的 {kind} 数据无法解压：{reason}。</translation>
    </message>
    <message>
        <source>The file is truncated or damaged; use a complete copy.</source>
        <translation>文件已被截断或损坏，请使用完整副本。</translation>
    </message>
    <message>
        <source>it decompresses to more than {limit} bytes.</source>
        <translation>其解压后超过 {limit} 字节。</translation>
    </message>
    <message>
        <source>its {kind} data ends at {end} bytes, before the disk does.</source>
        <translation>其 {kind} 数据在 {end} 字节处结束，早于磁盘末尾。</translation>
    </message>
    <message>
        <source>{path} is {kind} compressed and holds a {inner} disk, which cannot be read from inside the compressed data.</source>
        <translation>{path} 是 {kind} 压缩文件，其中包含 {inner} 磁盘，无法在压缩数据中直接读取。</translation>
    </message>
    <message>
        <source>the tar archive inside is cut short.</source>
        <translation>其中的 tar 归档不完整。</translation>
    </message>
    <message>
        <source>it claims a virtual size of {size} bytes, more than the {limit} TiB any reader accepts.</source>
        <translation>它声明的虚拟大小为 {size} 字节，超过了读取程序可接受的 {limit} TiB。</translation>
    </message>
    <message>
        <source>{what} at offset {offset} ({length} bytes) lies beyond the end of the file ({size} bytes).</source>
        <translation>偏移 {offset} 处的{what}（{length} 字节）超出了文件末尾（文件共 {size} 字节）。</translation>
    </message>
    <message>
        <source>{name} is stored sparse inside {path}: its bytes there are not the disk's.</source>
        <translation>{name} 以稀疏方式存储在 {path} 中：其中的字节并不是磁盘本身的内容。</translation>
    </message>
    <message>
        <source>Unpack it first (tar -xSf keeps it sparse) and give the disk image itself.</source>
        <translation>请先解包（tar -xSf 会保持稀疏），然后提供磁盘镜像本身。</translation>
    </message>
    <message>
        <source>{path} holds no disk image (it holds: {names}).</source>
        <translation>{path} 中没有磁盘映像（其中包含：{names}）。</translation>
    </message>
    <message>
        <source>{path} holds {count} disk images ({names}); one disk is imported at a time.</source>
        <translation>{path} 中有 {count} 个磁盘映像（{names}），每次只能导入一个磁盘。</translation>
    </message>
    <message>
        <source>Unpack it first and import each disk on its own.</source>
        <translation>请先解包，再分别导入每个磁盘。</translation>
    </message>
    <message>
        <source>the tar archive is cut short: a member is incomplete.</source>
        <translation>tar 归档不完整：有成员文件缺失部分内容。</translation>
    </message>
    <message>
        <source>{virtual} virtual, {send} to send</source>
        <translation>虚拟大小 {virtual}，需传输 {send}</translation>
    </message>
    <message>
        <source>{virtual} virtual, about {send} to send</source>
        <translation>虚拟大小 {virtual}，约需传输 {send}</translation>
    </message>
    <message>
        <source>{format} file holding a {inner}</source>
        <translation>内含{inner}的 {format} 文件</translation>
    </message>
    <message>
        <source>This is not a disk ECS can import.</source>
        <translation>这不是 ECS 可以导入的磁盘。</translation>
    </message>
    <message>
        <source>The disk is encrypted; it cannot be read to convert it. Write a decrypted copy first.</source>
        <translation>该磁盘已加密，无法读取以进行转换。请先写出一份解密后的副本。</translation>
    </message>
    <message>
        <source>The size of the disk inside this file cannot be read.</source>
        <translation>无法读取此文件中磁盘的大小。</translation>
    </message>
    <message>
        <source>The disk is {gib} GiB; ImportImage takes at most {max_gib} GiB.</source>
        <translation>该磁盘为 {gib} GiB；ImportImage 最多接受 {max_gib} GiB。</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is, so it cannot be sent unchanged; leave out --as-is to convert it to QCOW2 while uploading.</source>
        <translation>ECS 无法直接接受此{name}，因此不能原样发送；去掉 --as-is 即可在上传时将其转换为 QCOW2。</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is, and it cannot be read to convert it.</source>
        <translation>ECS 无法直接接受此{name}，且无法读取它以进行转换。</translation>
    </message>
    <message>
        <source>ECS cannot take this {name} as it is: it is converted to QCOW2 while uploading.</source>
        <translation>ECS 无法直接接受此{name}：将在上传时转换为 QCOW2。</translation>
    </message>
    <message>
        <source>Sent as it is, as asked (--as-is).</source>
        <translation>按要求原样发送（--as-is）。</translation>
    </message>
    <message>
        <source>ECS takes this {name} as it is.</source>
        <translation>ECS 可以直接接受此{name}。</translation>
    </message>
    <message>
        <source>Sent as QCOW2, converted while uploading: {percent} % fewer bytes than the {name} as it is.</source>
        <translation>在上传时转换为 QCOW2 发送：比原样发送此{name}少 {percent}% 的字节。</translation>
    </message>
    <message>
        <source>ECS takes this {name} as it is, and QCOW2 would save less than {min_percent} % of the bytes.</source>
        <translation>ECS 可以直接接受此{name}，而转换为 QCOW2 节省的字节不到 {min_percent}%。</translation>
    </message>
    <message>
        <source>Block {block}</source>
        <translation>块 {block}</translation>
    </message>
    <message>
        <source>its version ({version}) is not one that can be read.</source>
        <translation>无法读取它的版本（{version}）。</translation>
    </message>
    <message>
        <source>its image type ({image_type}) is not one that exists.</source>
        <translation>它的镜像类型（{image_type}）并不存在。</translation>
    </message>
    <message>
        <source>{path} is a VirtualBox snapshot (a differencing VDI): it holds only the changes since the snapshot, and names its parent only inside VirtualBox.</source>
        <translation>{path} 是 VirtualBox 快照（差异 VDI）：它只包含快照之后的改动，且只在 VirtualBox 内部记录其父磁盘。</translation>
    </message>
    <message>
        <source>VirtualBox snapshots: clone the disk in VirtualBox first (VBoxManage clonemedium disk SNAPSHOT.vdi full.vdi), then import the clone.</source>
        <translation>VirtualBox 快照：请先在 VirtualBox 中克隆该磁盘（VBoxManage clonemedium disk SNAPSHOT.vdi full.vdi），然后导入克隆出的磁盘。</translation>
    </message>
    <message>
        <source>its block size ({block_size}) is impossible.</source>
        <translation>它的块大小（{block_size}）不可能成立。</translation>
    </message>
    <message>
        <source>its per-block data is larger than a block.</source>
        <translation>它的每块附加数据比一个块还大。</translation>
    </message>
    <message>
        <source>its block map has {entries} entries, too few for a disk of {size} bytes.</source>
        <translation>它的块映射表只有 {entries} 项，不足以描述 {size} 字节的磁盘。</translation>
    </message>
    <message>
        <source>The block map</source>
        <translation>块映射表</translation>
    </message>
    <message>
        <source>its footer cannot be found.</source>
        <translation>找不到它的文件尾。</translation>
    </message>
    <message>
        <source>its footer's checksum does not match.</source>
        <translation>它的文件尾校验和不匹配。</translation>
    </message>
    <message>
        <source>A sector bitmap</source>
        <translation>一个扇区位图</translation>
    </message>
    <message>
        <source>A parent locator</source>
        <translation>一个父磁盘定位项</translation>
    </message>
    <message>
        <source>unique id</source>
        <translation>唯一 ID</translation>
    </message>
    <message>
        <source>The disk's data</source>
        <translation>磁盘数据</translation>
    </message>
    <message>
        <source>its disk type ({disk_type}) is not one that exists.</source>
        <translation>它的磁盘类型（{disk_type}）并不存在。</translation>
    </message>
    <message>
        <source>The dynamic disk header</source>
        <translation>动态磁盘头</translation>
    </message>
    <message>
        <source>its dynamic disk header is missing.</source>
        <translation>它缺少动态磁盘头。</translation>
    </message>
    <message>
        <source>its dynamic disk header's checksum does not match.</source>
        <translation>它的动态磁盘头校验和不匹配。</translation>
    </message>
    <message>
        <source>its block table has {entries} entries, too few for a disk of {size} bytes.</source>
        <translation>它的块表只有 {entries} 项，不足以描述 {size} 字节的磁盘。</translation>
    </message>
    <message>
        <source>neither of its two headers is valid.</source>
        <translation>它的两个文件头都无效。</translation>
    </message>
    <message>
        <source>The VHDX {path} has a log that was not replayed (it was not closed cleanly): its blocks cannot be trusted until the log is applied.</source>
        <translation>VHDX 文件 {path} 有未重放的日志（上次未正常关闭）：在应用日志之前，其中的数据块不可信。</translation>
    </message>
    <message>
        <source>Open it in Hyper-V once (attach and detach it), or run qemu-img check -r all on it, then try again.</source>
        <translation>请先在 Hyper-V 中打开它一次（挂载后再卸载），或对它运行 qemu-img check -r all，然后重试。</translation>
    </message>
    <message>
        <source>it requires a region ({region}) no reader knows.</source>
        <translation>它要求一个无法识别的区域（{region}）。</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>一个区域</translation>
    </message>
    <message>
        <source>its region table is missing or damaged.</source>
        <translation>它的区域表缺失或已损坏。</translation>
    </message>
    <message>
        <source>its metadata table is missing.</source>
        <translation>它缺少元数据表。</translation>
    </message>
    <message>
        <source>its metadata table is damaged.</source>
        <translation>它的元数据表已损坏。</translation>
    </message>
    <message>
        <source>it requires a metadata item ({item}) no reader knows.</source>
        <translation>它要求一个无法识别的元数据项（{item}）。</translation>
    </message>
    <message>
        <source>a metadata item lies outside its region.</source>
        <translation>有一个元数据项超出了元数据区域。</translation>
    </message>
    <message>
        <source>A metadata item</source>
        <translation>一个元数据项</translation>
    </message>
    <message>
        <source>its metadata lacks the block size or the disk size.</source>
        <translation>它的元数据缺少块大小或磁盘大小。</translation>
    </message>
    <message>
        <source>its parent locator is missing or of an unknown kind.</source>
        <translation>它的父磁盘定位信息缺失或类型未知。</translation>
    </message>
    <message>
        <source>its parent locator is damaged.</source>
        <translation>它的父磁盘定位信息已损坏。</translation>
    </message>
    <message>
        <source>data write GUID</source>
        <translation>数据写入 GUID</translation>
    </message>
    <message>
        <source>block {block} has an unknown state ({state}).</source>
        <translation>块 {block} 的状态（{state}）未知。</translation>
    </message>
    <message>
        <source>block {block} is present but has no place in the file.</source>
        <translation>块 {block} 标记为存在，但在文件中没有位置。</translation>
    </message>
    <message>
        <source>block {block} is partly present but has no sector bitmap.</source>
        <translation>块 {block} 部分存在，但没有扇区位图。</translation>
    </message>
    <message>
        <source>its file identifier is missing.</source>
        <translation>它缺少文件标识。</translation>
    </message>
    <message>
        <source>its sector size ({sector_size}) is impossible.</source>
        <translation>它的扇区大小（{sector_size}）不可能成立。</translation>
    </message>
    <message>
        <source>its block table is too small for a disk of {size} bytes.</source>
        <translation>它的块表太小，不足以描述 {size} 字节的磁盘。</translation>
    </message>
    <message>
        <source>{path} is a VMware {kind} disk, a kind made for ESXi storage or raw devices that cannot be read here.</source>
        <translation>{path} 是 VMware {kind} 磁盘，这种磁盘用于 ESXi 存储或裸设备，此处无法读取。</translation>
    </message>
    <message>
        <source>Export the virtual machine from vSphere (as OVF/OVA, which makes streamOptimized disks) or clone the disk with vmkfstools -d thin to a monolithicSparse one.</source>
        <translation>请从 vSphere 导出虚拟机（导出为 OVF/OVA，其中的磁盘为 streamOptimized 格式），或用 vmkfstools -d thin 将磁盘克隆为 monolithicSparse 磁盘。</translation>
    </message>
    <message>
        <source>The VMDK sparse header</source>
        <translation>VMDK 稀疏文件头</translation>
    </message>
    <message>
        <source>its sparse extent header is missing.</source>
        <translation>它缺少稀疏数据区段头。</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>文件尾</translation>
    </message>
    <message>
        <source>its grain directory is at the end of the file, and the end is missing.</source>
        <translation>它的数据粒目录位于文件末尾，而文件末尾缺失。</translation>
    </message>
    <message>
        <source>its grain directory is missing.</source>
        <translation>它缺少数据粒目录。</translation>
    </message>
    <message>
        <source>its grain size is impossible.</source>
        <translation>它的数据粒大小不可能成立。</translation>
    </message>
    <message>
        <source>its grain tables have an impossible size.</source>
        <translation>它的数据粒表大小不可能成立。</translation>
    </message>
    <message>
        <source>its grains are compressed in a way no reader knows.</source>
        <translation>它的数据粒使用了无法识别的压缩方式。</translation>
    </message>
    <message>
        <source>The grain directory</source>
        <translation>数据粒目录</translation>
    </message>
    <message>
        <source>The embedded descriptor</source>
        <translation>内嵌的描述文件</translation>
    </message>
    <message>
        <source>A grain table</source>
        <translation>一个数据粒表</translation>
    </message>
    <message>
        <source>Grain {grain}</source>
        <translation>数据粒 {grain}</translation>
    </message>
    <message>
        <source>A grain marker</source>
        <translation>一个数据粒标记</translation>
    </message>
    <message>
        <source>compressed grain {grain} claims an impossible size.</source>
        <translation>压缩数据粒 {grain} 声明的大小不可能成立。</translation>
    </message>
    <message>
        <source>its compressed extents do not line up with its grains.</source>
        <translation>它的压缩数据区段与数据粒不对齐。</translation>
    </message>
    <message>
        <source>the compressed grain at offset {offset} does not inflate ({reason}).</source>
        <translation>偏移 {offset} 处的压缩数据粒无法解压（{reason}）。</translation>
    </message>
    <message>
        <source>The extent {name}</source>
        <translation>数据区段 {name}</translation>
    </message>
    <message>
        <source>the extent is smaller than the {length} bytes its descriptor says.</source>
        <translation>该数据区段小于描述文件所说的 {length} 字节。</translation>
    </message>
    <message>
        <source>its extent type {kind} is unknown.</source>
        <translation>它的数据区段类型 {kind} 未知。</translation>
    </message>
    <message>
        <source>its descriptor lists no extents (data files).</source>
        <translation>它的描述文件没有列出任何数据区段（数据文件）。</translation>
    </message>
    <message>
        <source>it is a delta disk that does not name its parent.</source>
        <translation>它是增量磁盘，但没有写明父磁盘。</translation>
    </message>
    <message>
        <source>The parent {name} of the VMDK delta disk {path} was changed after the delta was made (its content id differs): reading them together would give wrong data.</source>
        <translation>VMDK 增量磁盘 {path} 的父磁盘 {name} 在增量磁盘创建之后被修改过（内容 ID 不同）：合在一起读取会得到错误的数据。</translation>
    </message>
    <message>
        <source>Use the parent disk as it was when the snapshot was taken.</source>
        <translation>请使用创建快照时的父磁盘。</translation>
    </message>
    <message>
        <source>its descriptor is larger than any real one.</source>
        <translation>它的描述文件比任何真实的描述文件都大。</translation>
    </message>
    <message>
        <source>The descriptor</source>
        <translation>描述文件</translation>
    </message>
    <message>
        <source>The {product} endpoint {endpoint!r} is not a valid URL.</source>
        <translation>{product} Endpoint {endpoint!r} 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The endpoint {endpoint!r} is not a valid URL.</source>
        <translation>Endpoint {endpoint!r} 不是有效的 URL。</translation>
    </message>
    <message>
        <source>Give a URL such as https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>请提供形如 https://oss-cn-hangzhou.aliyuncs.com 的 URL。</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to {host}: credentials and data would cross the network unencrypted.</source>
        <translation>拒绝通过明文 HTTP 连接 {host}：凭证和数据将以未加密方式在网络上传输。</translation>
    </message>
    <message>
        <source>Use https://, or http:// only for this machine (127.0.0.1 or localhost).</source>
        <translation>请使用 https://；http:// 只能用于本机（127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>A required value was not sent.</source>
        <translation>缺少必填的值。</translation>
    </message>
    <message>
        <source>Fill in every required field and try again.</source>
        <translation>请填写所有必填项后重试。</translation>
    </message>
    <message>
        <source>No disk was given for the image.</source>
        <translation>没有为镜像指定磁盘。</translation>
    </message>
    <message>
        <source>Choose the system disk image.</source>
        <translation>请选择系统盘镜像。</translation>
    </message>
    <message>
        <source>The image name is not valid.</source>
        <translation>镜像名称无效。</translation>
    </message>
    <message>
        <source>Use 2 to 128 letters, digits, periods, colons, underscores or hyphens, starting with a letter.</source>
        <translation>请使用 2 到 128 个字母、数字、英文句点、冒号、下划线或连字符，并以字母开头。</translation>
    </message>
    <message>
        <source>The OSS object name is not valid.</source>
        <translation>OSS 对象名称无效。</translation>
    </message>
    <message>
        <source>Use another object name for the disk.</source>
        <translation>请为该磁盘换一个对象名称。</translation>
    </message>
    <message>
        <source>The description is not valid.</source>
        <translation>描述无效。</translation>
    </message>
    <message>
        <source>Use 2 to 256 characters that do not start with http:// or https://, or leave it empty.</source>
        <translation>请使用 2 到 256 个字符，且不以 http:// 或 https:// 开头，或者留空。</translation>
    </message>
    <message>
        <source>The architecture is not valid.</source>
        <translation>系统架构无效。</translation>
    </message>
    <message>
        <source>Choose i386, x86_64 or arm64.</source>
        <translation>请选择 i386、x86_64 或 arm64。</translation>
    </message>
    <message>
        <source>The platform (OS distribution) is not valid.</source>
        <translation>平台（操作系统发行版）无效。</translation>
    </message>
    <message>
        <source>Choose a platform from the list.</source>
        <translation>请从列表中选择平台。</translation>
    </message>
    <message>
        <source>The OS type is not valid.</source>
        <translation>操作系统类型无效。</translation>
    </message>
    <message>
        <source>Choose linux or windows.</source>
        <translation>请选择 linux 或 windows。</translation>
    </message>
    <message>
        <source>An image with this name already exists in the region.</source>
        <translation>该地域已存在同名镜像。</translation>
    </message>
    <message>
        <source>Choose another name, or delete the existing image first.</source>
        <translation>请换一个名称，或先删除已有的镜像。</translation>
    </message>
    <message>
        <source>The system disk size is not valid.</source>
        <translation>系统盘大小无效。</translation>
    </message>
    <message>
        <source>Use 5 to 2048 GiB, and at least the disk's virtual size.</source>
        <translation>请使用 5 到 2048 GiB，并且不小于磁盘的虚拟大小。</translation>
    </message>
    <message>
        <source>A data disk size is not valid.</source>
        <translation>某个数据盘的大小无效。</translation>
    </message>
    <message>
        <source>The disk format is not one ECS accepts.</source>
        <translation>ECS 不接受该磁盘格式。</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2, VHD or RAW (for example with qemu-img convert).</source>
        <translation>请将磁盘转换为 QCOW2、VHD 或 RAW（例如使用 qemu-img convert）。</translation>
    </message>
    <message>
        <source>The region does not exist.</source>
        <translation>该地域不存在。</translation>
    </message>
    <message>
        <source>Choose a region from the list.</source>
        <translation>请从列表中选择地域。</translation>
    </message>
    <message>
        <source>This region does not support importing images.</source>
        <translation>该地域不支持导入镜像。</translation>
    </message>
    <message>
        <source>Choose another region, with a bucket in that region.</source>
        <translation>请选择其他地域，并使用该地域中的存储空间（Bucket）。</translation>
    </message>
    <message>
        <source>The image is still being imported and cannot be changed.</source>
        <translation>镜像仍在导入中，无法修改。</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel its task first.</source>
        <translation>请等待导入完成，或先取消其任务。</translation>
    </message>
    <message>
        <source>The account has reached its custom image quota.</source>
        <translation>账号的自定义镜像配额已用完。</translation>
    </message>
    <message>
        <source>Delete custom images you no longer need, or ask for a higher quota in the Quota Center.</source>
        <translation>请删除不再需要的自定义镜像，或在配额中心申请提高配额。</translation>
    </message>
    <message>
        <source>The import failed on the service side.</source>
        <translation>导入在服务端失败。</translation>
    </message>
    <message>
        <source>Check that the disk boots and is in the declared format, then try again; contact Alibaba Cloud support with the RequestId if it keeps failing.</source>
        <translation>请检查磁盘能否正常启动、格式是否与声明的一致，然后重试；如果一直失败，请带上 RequestId 联系阿里云技术支持。</translation>
    </message>
    <message>
        <source>This account is not allowed to import images.</source>
        <translation>该账号不允许导入镜像。</translation>
    </message>
    <message>
        <source>Ask Alibaba Cloud support to enable image import for the account.</source>
        <translation>请联系阿里云技术支持为该账号开通镜像导入。</translation>
    </message>
    <message>
        <source>ECS is not yet allowed to read your OSS bucket.</source>
        <translation>ECS 尚无权读取您的 OSS 存储空间。</translation>
    </message>
    <message>
        <source>Set up the AliyunECSImageImportDefaultRole role (the app can do it for you); a new role can take a minute to become usable.</source>
        <translation>请设置 AliyunECSImageImportDefaultRole 角色（本应用可以代为设置）；新角色可能需要一分钟左右才能生效。</translation>
    </message>
    <message>
        <source>The OSS bucket does not exist in this region.</source>
        <translation>该地域中不存在此 OSS 存储空间。</translation>
    </message>
    <message>
        <source>Upload to a bucket in the same region as the import, or change the region.</source>
        <translation>请上传到与导入地域相同的存储空间，或更改地域。</translation>
    </message>
    <message>
        <source>A disk setting is not valid.</source>
        <translation>某项磁盘设置无效。</translation>
    </message>
    <message>
        <source>Check the disk list (at most 16 data disks).</source>
        <translation>请检查磁盘列表（最多 16 个数据盘）。</translation>
    </message>
    <message>
        <source>The uploaded disk object was not found in the bucket.</source>
        <translation>在存储空间中找不到已上传的磁盘对象。</translation>
    </message>
    <message>
        <source>Upload the disk again (the app resumes where it stopped).</source>
        <translation>请重新上传磁盘（本应用会从中断处继续）。</translation>
    </message>
    <message>
        <source>The license type is not valid.</source>
        <translation>许可证类型无效。</translation>
    </message>
    <message>
        <source>Choose Auto, Aliyun or BYOL.</source>
        <translation>请选择 Auto、Aliyun 或 BYOL。</translation>
    </message>
    <message>
        <source>This platform can only bring its own license.</source>
        <translation>该平台只能自带许可证。</translation>
    </message>
    <message>
        <source>Choose BYOL as the license type.</source>
        <translation>请选择 BYOL 作为许可证类型。</translation>
    </message>
    <message>
        <source>The uploaded disk object is empty.</source>
        <translation>已上传的磁盘对象是空的。</translation>
    </message>
    <message>
        <source>Upload the disk file again; check it is not empty.</source>
        <translation>请重新上传磁盘文件，并确认它不是空文件。</translation>
    </message>
    <message>
        <source>The disk object is in Archive storage and cannot be read directly.</source>
        <translation>磁盘对象处于归档存储中，无法直接读取。</translation>
    </message>
    <message>
        <source>Restore the object in the OSS console, or upload it again as Standard storage.</source>
        <translation>请在 OSS 控制台中解冻该对象，或以标准存储类型重新上传。</translation>
    </message>
    <message>
        <source>The bucket's encryption is not supported by image import.</source>
        <translation>镜像导入不支持该存储空间的加密方式。</translation>
    </message>
    <message>
        <source>Use a bucket without KMS encryption, or with OSS-managed encryption.</source>
        <translation>请使用未启用 KMS 加密或使用 OSS 托管加密的存储空间。</translation>
    </message>
    <message>
        <source>ECS is not authorized to read the bucket.</source>
        <translation>ECS 未获授权读取该存储空间。</translation>
    </message>
    <message>
        <source>Set up the AliyunECSImageImportDefaultRole role and its policy.</source>
        <translation>请设置 AliyunECSImageImportDefaultRole 角色及其权限策略。</translation>
    </message>
    <message>
        <source>The object name's suffix is not supported for import.</source>
        <translation>导入不支持该对象名称的后缀。</translation>
    </message>
    <message>
        <source>Name the object with the disk format's suffix, such as .qcow2, .vhd or .raw.</source>
        <translation>请使用与磁盘格式对应的后缀命名对象，例如 .qcow2、.vhd 或 .raw。</translation>
    </message>
    <message>
        <source>This disk format is not supported in the region.</source>
        <translation>该地域不支持此磁盘格式。</translation>
    </message>
    <message>
        <source>Convert the disk to QCOW2, VHD or RAW.</source>
        <translation>请将磁盘转换为 QCOW2、VHD 或 RAW。</translation>
    </message>
    <message>
        <source>The uploaded file is not in the disk format given for it.</source>
        <translation>上传的文件与为其指定的磁盘格式不符。</translation>
    </message>
    <message>
        <source>Give the disk's real format, or leave the format for ECS to detect.</source>
        <translation>请指定磁盘的真实格式，或不指定格式，由 ECS 自动检测。</translation>
    </message>
    <message>
        <source>ECS found the uploaded disk image damaged: its structure does not hold.</source>
        <translation>ECS 发现上传的磁盘镜像已损坏：其结构不完整。</translation>
    </message>
    <message>
        <source>Check the disk with qemu-img check, then upload it again.</source>
        <translation>请用 qemu-img check 检查该磁盘，然后重新上传。</translation>
    </message>
    <message>
        <source>The VHD file's size is not a whole number of MiB plus its footer.</source>
        <translation>VHD 文件的大小不是整数 MiB 加上文件尾。</translation>
    </message>
    <message>
        <source>Convert it again with qemu-img convert -O vpc -o subformat=fixed,force_size.</source>
        <translation>请使用 qemu-img convert -O vpc -o subformat=fixed,force_size 重新转换。</translation>
    </message>
    <message>
        <source>The boot mode is not valid.</source>
        <translation>启动模式无效。</translation>
    </message>
    <message>
        <source>Choose BIOS or UEFI.</source>
        <translation>请选择 BIOS 或 UEFI。</translation>
    </message>
    <message>
        <source>This boot mode does not work with the architecture.</source>
        <translation>该启动模式不适用于此系统架构。</translation>
    </message>
    <message>
        <source>arm64 images need UEFI.</source>
        <translation>arm64 镜像需要 UEFI。</translation>
    </message>
    <message>
        <source>The platform is not available for this architecture.</source>
        <translation>该平台不支持此系统架构。</translation>
    </message>
    <message>
        <source>Choose another platform or architecture.</source>
        <translation>请选择其他平台或系统架构。</translation>
    </message>
    <message>
        <source>The bucket is being read too fast right now.</source>
        <translation>该存储空间当前的读取过于频繁。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>The resource group does not exist.</source>
        <translation>该资源组不存在。</translation>
    </message>
    <message>
        <source>Copy the ID from the Resource Management console, or leave it empty.</source>
        <translation>请从资源管理控制台复制 ID，或者留空。</translation>
    </message>
    <message>
        <source>The request token is not valid.</source>
        <translation>请求令牌无效。</translation>
    </message>
    <message>
        <source>This is a bug in the app; please report it.</source>
        <translation>这是本应用的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <source>Two tags have the same key.</source>
        <translation>有两个标签的键相同。</translation>
    </message>
    <message>
        <source>Keys must differ, ignoring upper and lower case.</source>
        <translation>标签键必须互不相同（不区分大小写）。</translation>
    </message>
    <message>
        <source>The account has an overdue payment.</source>
        <translation>该账号已欠费。</translation>
    </message>
    <message>
        <source>Top up the account, then try again.</source>
        <translation>请为账号充值后重试。</translation>
    </message>
    <message>
        <source>OSS is not activated for the account.</source>
        <translation>该账号尚未开通 OSS。</translation>
    </message>
    <message>
        <source>Activate OSS in the console, then try again.</source>
        <translation>请在控制台开通 OSS 后重试。</translation>
    </message>
    <message>
        <source>The image check is not available for Windows images.</source>
        <translation>Windows 镜像不支持镜像检测。</translation>
    </message>
    <message>
        <source>Turn the image check off.</source>
        <translation>请关闭镜像检测。</translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to Alibaba Cloud.</source>
        <translation>阿里云无法识别该 AccessKey ID。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.</source>
        <translation>请检查配置中的 AccessKey ID，或在 RAM 控制台创建新的 AccessKey。</translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation>该 AccessKey 已被禁用。</translation>
    </message>
    <message>
        <source>Enable it in the RAM console, or use another one.</source>
        <translation>请在 RAM 控制台启用它，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The AccessKey Secret does not match the AccessKey ID.</source>
        <translation>AccessKey Secret 与 AccessKey ID 不匹配。</translation>
    </message>
    <message>
        <source>Enter the secret again (copy it without spaces).</source>
        <translation>请重新输入 Secret（复制时不要带空格）。</translation>
    </message>
    <message>
        <source>The temporary (STS) credentials have expired.</source>
        <translation>临时（STS）凭证已过期。</translation>
    </message>
    <message>
        <source>Get a new security token and update the profile.</source>
        <translation>请获取新的安全令牌并更新配置。</translation>
    </message>
    <message>
        <source>The security token is not valid.</source>
        <translation>安全令牌无效。</translation>
    </message>
    <message>
        <source>Copy the whole STS token again into the profile.</source>
        <translation>请将完整的 STS 令牌重新复制到配置中。</translation>
    </message>
    <message>
        <source>This RAM user is not allowed to do this.</source>
        <translation>该 RAM 用户无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission (AliyunECSFullAccess or a custom policy for ImportImage).</source>
        <translation>请让管理员授予该权限（AliyunECSFullAccess 或允许 ImportImage 的自定义策略）。</translation>
    </message>
    <message>
        <source>This account is not allowed to manage RAM roles.</source>
        <translation>该账号无权管理 RAM 角色。</translation>
    </message>
    <message>
        <source>Ask an administrator to authorize ECS with the one-click link, or to create the role with the policy shown.</source>
        <translation>请让管理员通过一键授权链接为 ECS 授权，或按所示策略创建角色。</translation>
    </message>
    <message>
        <source>The RAM role does not exist.</source>
        <translation>该 RAM 角色不存在。</translation>
    </message>
    <message>
        <source>Set up the role.</source>
        <translation>请设置该角色。</translation>
    </message>
    <message>
        <source>Too many requests right now.</source>
        <translation>当前请求过多。</translation>
    </message>
    <message>
        <source>The app retries by itself.</source>
        <translation>本应用会自动重试。</translation>
    </message>
    <message>
        <source>The service is busy.</source>
        <translation>服务繁忙。</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>服务发生内部错误。</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服务拒绝了该请求。</translation>
    </message>
    <message>
        <source>If it keeps happening, contact Alibaba Cloud support with the code and RequestId.</source>
        <translation>如果问题持续出现，请带上错误码和 RequestId 联系阿里云技术支持。</translation>
    </message>
    <message>
        <source>A seek before the start of the volume.</source>
        <translation>定位到了卷的起始位置之前。</translation>
    </message>
    <message>
        <source>the Btrfs superblock is damaged</source>
        <translation>Btrfs 超级块已损坏</translation>
    </message>
    <message>
        <source>a Btrfs chunk is damaged</source>
        <translation>某个 Btrfs 块组映射已损坏</translation>
    </message>
    <message>
        <source>a Btrfs address is outside every chunk</source>
        <translation>某个 Btrfs 地址不在任何块组映射之内</translation>
    </message>
    <message>
        <source>a Btrfs tree node is damaged</source>
        <translation>某个 Btrfs 树节点已损坏</translation>
    </message>
    <message>
        <source>a Btrfs tree is too deep or loops</source>
        <translation>某个 Btrfs 树过深或存在循环</translation>
    </message>
    <message>
        <source>the Btrfs subvolume {id} is missing</source>
        <translation>缺少 Btrfs 子卷 {id}</translation>
    </message>
    <message>
        <source>a Btrfs inode is missing</source>
        <translation>缺少某个 Btrfs inode</translation>
    </message>
    <message>
        <source>a Btrfs file has too many extents</source>
        <translation>某个 Btrfs 文件的区段过多</translation>
    </message>
    <message>
        <source>a Btrfs extent is damaged</source>
        <translation>某个 Btrfs 区段已损坏</translation>
    </message>
    <message>
        <source>a compressed Btrfs extent is damaged</source>
        <translation>某个压缩的 Btrfs 区段已损坏</translation>
    </message>
    <message>
        <source>the zstd decompressor is not installed</source>
        <translation>未安装 zstd 解压组件</translation>
    </message>
    <message>
        <source>LZO-compressed Btrfs files cannot be read</source>
        <translation>无法读取以 LZO 压缩的 Btrfs 文件</translation>
    </message>
    <message>
        <source>it holds no filesystem that can be read ({content})</source>
        <translation>其中没有可读取的文件系统（{content}）</translation>
    </message>
    <message>
        <source>the filesystem is cut short</source>
        <translation>文件系统被截断了</translation>
    </message>
    <message>
        <source>the {kind} filesystem is damaged: {reason}</source>
        <translation>{kind} 文件系统已损坏：{reason}</translation>
    </message>
    <message>
        <source>the reader for {content} is not installed</source>
        <translation>未安装 {content} 的读取组件</translation>
    </message>
    <message>
        <source>the FAT boot sector is damaged</source>
        <translation>FAT 引导扇区已损坏</translation>
    </message>
    <message>
        <source>a FAT cluster chain loops</source>
        <translation>FAT 簇链存在循环</translation>
    </message>
    <message>
        <source>it is larger than {limit} MiB</source>
        <translation>文件大于 {limit} MiB</translation>
    </message>
    <message>
        <source>it is neither a cpio archive nor compressed in a known way</source>
        <translation>它既不是 cpio 归档，也不是已知的压缩格式</translation>
    </message>
    <message>
        <source>it holds more than {limit} files</source>
        <translation>其中的文件超过 {limit} 个</translation>
    </message>
    <message>
        <source>it ends in the middle of a file</source>
        <translation>数据在某个文件的中间就结束了</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MiB</source>
        <translation>解压后超过 {limit} MiB</translation>
    </message>
    <message>
        <source>a cpio header is damaged</source>
        <translation>某个 cpio 头已损坏</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>其压缩数据已损坏</translation>
    </message>
    <message>
        <source>the disk's volumes</source>
        <translation>磁盘的卷</translation>
    </message>
    <message>
        <source>{volume} ({content})</source>
        <translation>{volume}（{content}）</translation>
    </message>
    <message>
        <source>No operating system was found on this disk (a data disk?).</source>
        <translation>此磁盘上未找到操作系统（可能是数据盘？）。</translation>
    </message>
    <message>
        <source>its volume {device} was not found on this disk</source>
        <translation>在此磁盘上找不到它的卷 {device}</translation>
    </message>
    <message>
        <source>No installed kernel was found under /boot or /lib/modules.</source>
        <translation>在 /boot 或 /lib/modules 下未找到已安装的内核。</translation>
    </message>
    <message>
        <source>Kernel {version} has no {drivers} driver: it cannot find its disk or network on ECS.</source>
        <translation>内核 {version} 没有 {drivers} 驱动：在 ECS 上将找不到磁盘或网络。</translation>
    </message>
    <message>
        <source>Install a kernel built with virtio drivers (the distribution's standard kernel has them).</source>
        <translation>请安装包含 virtio 驱动的内核（发行版的标准内核都包含）。</translation>
    </message>
    <message>
        <source>The module lists of kernel {version} could not be found.</source>
        <translation>找不到内核 {version} 的模块列表。</translation>
    </message>
    <message>
        <source>Kernel {version} has {drivers} as modules, and its initramfs could not be checked for them.</source>
        <translation>内核 {version} 以模块形式提供 {drivers}，但无法检查其 initramfs 中是否包含它们。</translation>
    </message>
    <message>
        <source>The initramfs of kernel {version} lacks {drivers}: it will not find its disk on ECS.</source>
        <translation>内核 {version} 的 initramfs 缺少 {drivers}：在 ECS 上将找不到磁盘。</translation>
    </message>
    <message>
        <source>Kernel {version} has the virtio block, PCI and network drivers at boot.</source>
        <translation>内核 {version} 在启动时具备 virtio 块设备、PCI 和网络驱动。</translation>
    </message>
    <message>
        <source>Kernel {version} can boot from NVMe disks, so the image can say it supports NVMe.</source>
        <translation>内核 {version} 可以从 NVMe 磁盘启动，因此镜像可以声明支持 NVMe。</translation>
    </message>
    <message>
        <source>Kernel {version} cannot boot from NVMe disks: instance types with NVMe system disks will not start.</source>
        <translation>内核 {version} 无法从 NVMe 磁盘启动：使用 NVMe 系统盘的实例规格将无法启动。</translation>
    </message>
    <message>
        <source>The guest has no /etc/fstab.</source>
        <translation>该系统没有 /etc/fstab。</translation>
    </message>
    <message>
        <source>/etc/fstab mounts {devices} by kernel name: on ECS disks are /dev/vdX, so the mount fails.</source>
        <translation>/etc/fstab 按内核设备名挂载 {devices}：ECS 上的磁盘名为 /dev/vdX，因此挂载会失败。</translation>
    </message>
    <message>
        <source>Replace each /dev/sdX or /dev/hdX in /etc/fstab with UUID=... from `blkid`.</source>
        <translation>请将 /etc/fstab 中的每个 /dev/sdX 或 /dev/hdX 替换为 `blkid` 给出的 UUID=...。</translation>
    </message>
    <message>
        <source>/etc/fstab names disks by UUID, LABEL or volume.</source>
        <translation>/etc/fstab 按 UUID、LABEL 或卷名指定磁盘。</translation>
    </message>
    <message>
        <source>/etc/fstab mounts {devices}, which is not on this disk, without nofail: boot stops there.</source>
        <translation>/etc/fstab 挂载了不在此磁盘上的 {devices}，且未设置 nofail：启动会在此停止。</translation>
    </message>
    <message>
        <source>Add nofail to the options of those entries in /etc/fstab, or remove them.</source>
        <translation>请在 /etc/fstab 中为这些条目添加 nofail 选项，或删除这些条目。</translation>
    </message>
    <message>
        <source>Every disk /etc/fstab needs at boot is on this disk.</source>
        <translation>/etc/fstab 启动时需要的磁盘都在此磁盘上。</translation>
    </message>
    <message>
        <source>No GRUB configuration was found, so the kernel's root= could not be checked.</source>
        <translation>未找到 GRUB 配置，因此无法检查内核的 root= 参数。</translation>
    </message>
    <message>
        <source>The boot loader passes root={root}: on ECS the disk is /dev/vda, so the kernel will not find its root.</source>
        <translation>引导程序传入 root={root}：在 ECS 上磁盘为 /dev/vda，内核将找不到根文件系统。</translation>
    </message>
    <message>
        <source>Set root=UUID=... (from `blkid`) in /etc/default/grub, then run grub2-mkconfig or update-grub.</source>
        <translation>请在 /etc/default/grub 中设置 root=UUID=...（来自 `blkid`），然后运行 grub2-mkconfig 或 update-grub。</translation>
    </message>
    <message>
        <source>The boot loader names the root filesystem by UUID, LABEL or volume.</source>
        <translation>引导程序按 UUID、LABEL 或卷名指定根文件系统。</translation>
    </message>
    <message>
        <source>cloud-init or the Alibaba Cloud agent is installed ({path}).</source>
        <translation>已安装 cloud-init 或阿里云助手（{path}）。</translation>
    </message>
    <message>
        <source>Neither cloud-init nor the Alibaba Cloud agent is installed: the host name, password and SSH keys set in ECS will not be applied.</source>
        <translation>未安装 cloud-init 或阿里云助手：在 ECS 中设置的主机名、密码和 SSH 密钥将不会生效。</translation>
    </message>
    <message>
        <source>{files} ties the network to this machine's MAC address: the ECS network interface will not be configured.</source>
        <translation>{files} 将网络绑定到了本机的 MAC 地址：ECS 的网卡将不会被配置。</translation>
    </message>
    <message>
        <source>No network configuration is tied to a MAC address.</source>
        <translation>没有网络配置绑定到 MAC 地址。</translation>
    </message>
    <message>
        <source>{files} gives the network a static address: on ECS it must come from DHCP.</source>
        <translation>{files} 为网络配置了静态地址：在 ECS 上地址必须通过 DHCP 获取。</translation>
    </message>
    <message>
        <source>Configure the primary interface with DHCP (BOOTPROTO=dhcp, inet dhcp or dhcp4: true).</source>
        <translation>请将主网卡配置为 DHCP（BOOTPROTO=dhcp、inet dhcp 或 dhcp4: true）。</translation>
    </message>
    <message>
        <source>No network interface has a static address.</source>
        <translation>没有网卡配置了静态地址。</translation>
    </message>
    <message>
        <source>The guest reads the hardware clock as local time; ECS keeps it in UTC.</source>
        <translation>该系统将硬件时钟视为本地时间；ECS 的硬件时钟为 UTC。</translation>
    </message>
    <message>
        <source>The guest reads the hardware clock as UTC.</source>
        <translation>该系统将硬件时钟视为 UTC。</translation>
    </message>
    <message>
        <source>an LVM physical volume: {reason}</source>
        <translation>一个 LVM 物理卷：{reason}</translation>
    </message>
    <message>
        <source>the logical volume {name}: {reason}</source>
        <translation>逻辑卷 {name}：{reason}</translation>
    </message>
    <message>
        <source>no LVM2 label</source>
        <translation>没有 LVM2 标签</translation>
    </message>
    <message>
        <source>the LVM2 label is damaged</source>
        <translation>LVM2 标签已损坏</translation>
    </message>
    <message>
        <source>the LVM2 metadata area is damaged</source>
        <translation>LVM2 元数据区已损坏</translation>
    </message>
    <message>
        <source>the LVM2 metadata has an impossible size</source>
        <translation>LVM2 元数据的大小不合理</translation>
    </message>
    <message>
        <source>the LVM2 metadata text cannot be parsed</source>
        <translation>无法解析 LVM2 元数据文本</translation>
    </message>
    <message>
        <source>the LVM2 metadata nests too deeply</source>
        <translation>LVM2 元数据嵌套过深</translation>
    </message>
    <message>
        <source>only linear logical volumes can be read (this one is {kind})</source>
        <translation>只能读取线性逻辑卷（此卷为 {kind}）</translation>
    </message>
    <message>
        <source>its segments are damaged</source>
        <translation>其分段已损坏</translation>
    </message>
    <message>
        <source>it lives on a physical volume that is not on this disk</source>
        <translation>它位于不在此磁盘上的物理卷上</translation>
    </message>
    <message>
        <source>it has no segments</source>
        <translation>它没有分段</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>it is not a registry hive</source>
        <translation>它不是注册表配置单元文件</translation>
    </message>
    <message>
        <source>a registry cell points outside the hive</source>
        <translation>某个注册表单元指向了配置单元之外</translation>
    </message>
    <message>
        <source>a registry cell is damaged</source>
        <translation>某个注册表单元已损坏</translation>
    </message>
    <message>
        <source>a registry key is damaged</source>
        <translation>某个注册表项已损坏</translation>
    </message>
    <message>
        <source>a registry subkey list is damaged</source>
        <translation>某个注册表子项列表已损坏</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is larger than {limit} bytes</source>
        <translation>它大于 {limit} 字节</translation>
    </message>
    <message>
        <source>a link points outside the guest's root</source>
        <translation>某个链接指向了系统根目录之外</translation>
    </message>
    <message>
        <source>its links loop (more than {hops} hops)</source>
        <translation>其链接存在循环（超过 {hops} 次跳转）</translation>
    </message>
    <message>
        <source>a link has no target</source>
        <translation>某个链接没有目标</translation>
    </message>
    <message>
        <source>its links make the path too long</source>
        <translation>其链接使路径过长</translation>
    </message>
    <message>
        <source>a directory disappeared while reading it</source>
        <translation>读取时某个目录消失了</translation>
    </message>
    <message>
        <source>the partition table: {reason}</source>
        <translation>分区表：{reason}</translation>
    </message>
    <message>
        <source>the whole disk</source>
        <translation>整个磁盘</translation>
    </message>
    <message>
        <source>partition {number}</source>
        <translation>分区 {number}</translation>
    </message>
    <message>
        <source>the chain of logical partitions loops or leaves the disk</source>
        <translation>逻辑分区链存在循环或超出了磁盘</translation>
    </message>
    <message>
        <source>Install the virtio-win drivers (virtio-win-gt-x64.msi) in the guest before exporting the disk.</source>
        <translation>请在导出磁盘之前，在系统中安装 virtio-win 驱动（virtio-win-gt-x64.msi）。</translation>
    </message>
    <message>
        <source>The SYSTEM hive could not be read, so the virtio drivers could not be checked.</source>
        <translation>无法读取 SYSTEM 配置单元，因此无法检查 virtio 驱动。</translation>
    </message>
    <message>
        <source>The virtio storage driver {name} starts at boot.</source>
        <translation>virtio 存储驱动 {name} 会在启动时加载。</translation>
    </message>
    <message>
        <source>The virtio storage driver {name} is installed but does not start at boot: Windows will stop with INACCESSIBLE_BOOT_DEVICE.</source>
        <translation>已安装 virtio 存储驱动 {name}，但它不会在启动时加载：Windows 将因 INACCESSIBLE_BOOT_DEVICE 而停止。</translation>
    </message>
    <message>
        <source>The virtio storage driver (viostor or vioscsi) is not installed: Windows will not find its disk on ECS.</source>
        <translation>未安装 virtio 存储驱动（viostor 或 vioscsi）：在 ECS 上 Windows 将找不到磁盘。</translation>
    </message>
    <message>
        <source>The virtio network driver netkvm is installed.</source>
        <translation>已安装 virtio 网络驱动 netkvm。</translation>
    </message>
    <message>
        <source>The virtio network driver netkvm is not installed: the instance will have no network on ECS.</source>
        <translation>未安装 virtio 网络驱动 netkvm：实例在 ECS 上将没有网络。</translation>
    </message>
    <message>
        <source>From the guest ({guest}): {fields}.</source>
        <translation>根据客户机系统（{guest}）：{fields}。</translation>
    </message>
    <message>
        <source>from the partition table</source>
        <translation>按分区表确定</translation>
    </message>
    <message>
        <source>The guest could not be read ({reason}); the defaults are used: {fields}.</source>
        <translation>无法读取客户机系统（{reason}）；使用默认值：{fields}。</translation>
    </message>
    <message>
        <source>no operating system found</source>
        <translation>未找到操作系统</translation>
    </message>
    <message>
        <source>Not found on the guest, so the defaults are used: {fields}.</source>
        <translation>客户机系统中未找到，因此使用默认值：{fields}。</translation>
    </message>
    <message>
        <source>The system disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>Data disk {n}</source>
        <translation>数据盘 {n}</translation>
    </message>
    <message>
        <source>{what} ({path}) cannot be imported: {reason}</source>
        <translation>{what}（{path}）无法导入：{reason}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>The {kind} data does not decompress: {exc}.</source>
        <translation>{kind} 数据无法解压：{exc}。</translation>
    </message>
    <message>
        <source>A tar header is damaged.</source>
        <translation>某个 tar 头已损坏。</translation>
    </message>
    <message>
        <source>The tar archive is cut short: a member is incomplete.</source>
        <translation>tar 归档被截断：其中某个成员不完整。</translation>
    </message>
    <message>
        <source>The zip archive's directory at its end is missing: the file is truncated.</source>
        <translation>zip 归档末尾的目录缺失：文件被截断了。</translation>
    </message>
    <message>
        <source>The file's metadata asks for far more reading than any sane image needs ({exc}): it is probably damaged.</source>
        <translation>该文件的元数据要求读取的数据量远超任何正常镜像所需（{exc}）：文件很可能已损坏。</translation>
    </message>
    <message>
        <source>The partition table was not checked: {exc}.</source>
        <translation>未能检查分区表：{exc}。</translation>
    </message>
    <message>
        <source>The image's tables are damaged ({exc}); the disk cannot be read.</source>
        <translation>镜像的表结构已损坏（{exc}），无法读取磁盘。</translation>
    </message>
    <message>
        <source>The Parallels header is cut short: the file is truncated.</source>
        <translation>Parallels 文件头不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>The Parallels cluster size or block table is invalid.</source>
        <translation>Parallels 的簇大小或块表无效。</translation>
    </message>
    <message>
        <source>The Parallels descriptor names no image file.</source>
        <translation>该 Parallels 描述文件没有指明任何映像文件。</translation>
    </message>
    <message>
        <source>The Parallels descriptor's image file {name!r} is outside the descriptor's folder: it is refused and not opened.</source>
        <translation>该 Parallels 描述文件的映像文件 {name!r} 位于描述文件所在文件夹之外：已拒绝，且不会打开。</translation>
    </message>
    <message>
        <source>The disk has snapshots: its current state is spread over {count} .hds files.</source>
        <translation>该磁盘有快照：其当前状态分散在 {count} 个 .hds 文件中。</translation>
    </message>
    <message>
        <source>This is a Parallels disk's descriptor (DiskDescriptor.xml), not the disk: its data is in {name}.</source>
        <translation>这是 Parallels 磁盘的描述文件（DiskDescriptor.xml），而不是磁盘本身：其数据在 {name} 中。</translation>
    </message>
    <message>
        <source>The LUKS header is cut short: the file is truncated.</source>
        <translation>LUKS 文件头不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>The ISO 9660 descriptor is cut short.</source>
        <translation>ISO 9660 描述符不完整。</translation>
    </message>
    <message>
        <source>Partition {number} ends after the end of the disk ({disk_size} bytes): the disk is truncated, or its size was changed without its partitions.</source>
        <translation>分区 {number} 的结尾超出了磁盘末尾（{disk_size} 字节）：磁盘被截断了，或者改变了磁盘大小却没有调整分区。</translation>
    </message>
    <message>
        <source>The GPT header is damaged.</source>
        <translation>GPT 头已损坏。</translation>
    </message>
    <message>
        <source>The GPT says the disk is larger than it is: the disk is truncated, or was shrunk without its partition table.</source>
        <translation>GPT 记录的磁盘大小比实际更大：磁盘被截断了，或者缩小磁盘时没有调整分区表。</translation>
    </message>
    <message>
        <source>The {what} header is cut short: the file is truncated or damaged.</source>
        <translation>{what} 文件头不完整：文件被截断或已损坏。</translation>
    </message>
    <message>
        <source>This QCOW2 file says it is version {version}; only versions 2 and 3 exist.</source>
        <translation>该 QCOW2 文件声明的版本为 {version}；但只存在版本 2 和 3。</translation>
    </message>
    <message>
        <source>The QCOW2 cluster size (2^{cluster_bits}) is invalid.</source>
        <translation>QCOW2 的簇大小（2^{cluster_bits}）无效。</translation>
    </message>
    <message>
        <source>The QCOW2 header length field is invalid.</source>
        <translation>QCOW2 文件头的长度字段无效。</translation>
    </message>
    <message>
        <source>The QCOW2 header names a backing file, but the name lies outside the file.</source>
        <translation>QCOW2 文件头指定了后备文件，但该名称位于文件范围之外。</translation>
    </message>
    <message>
        <source>The QCOW2 cluster table lies beyond the end of the file: the file is truncated or damaged.</source>
        <translation>QCOW2 簇表位于文件末尾之后：文件被截断或已损坏。</translation>
    </message>
    <message>
        <source>The QCOW cluster sizes are invalid.</source>
        <translation>QCOW 的簇大小无效。</translation>
    </message>
    <message>
        <source>The QED cluster or table size is invalid.</source>
        <translation>QED 的簇大小或表大小无效。</translation>
    </message>
    <message>
        <source>The QED image was not closed cleanly and must be checked before use.</source>
        <translation>该 QED 镜像未正常关闭，使用前必须先检查。</translation>
    </message>
    <message>
        <source>The VDI header is cut short: the file is truncated.</source>
        <translation>VDI 文件头不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>The VDI image type ({image_type}) is not one that exists.</source>
        <translation>VDI 镜像类型（{image_type}）并不存在。</translation>
    </message>
    <message>
        <source>The VDI block map is invalid or beyond the end of file.</source>
        <translation>VDI 块映射无效或超出了文件末尾。</translation>
    </message>
    <message>
        <source>raw disk</source>
        <translation>RAW 磁盘</translation>
    </message>
    <message>
        <source>QCOW2 image</source>
        <translation>QCOW2 镜像</translation>
    </message>
    <message>
        <source>legacy QCOW (version 1) image</source>
        <translation>旧版 QCOW（版本 1）镜像</translation>
    </message>
    <message>
        <source>QED image</source>
        <translation>QED 镜像</translation>
    </message>
    <message>
        <source>VHD</source>
        <translation>VHD</translation>
    </message>
    <message>
        <source>VHDX (Hyper-V) disk</source>
        <translation>VHDX（Hyper-V）磁盘</translation>
    </message>
    <message>
        <source>VMDK (VMware) disk</source>
        <translation>VMDK（VMware）磁盘</translation>
    </message>
    <message>
        <source>VDI (VirtualBox) disk</source>
        <translation>VDI（VirtualBox）磁盘</translation>
    </message>
    <message>
        <source>Parallels disk</source>
        <translation>Parallels 磁盘</translation>
    </message>
    <message>
        <source>LUKS-encrypted disk</source>
        <translation>LUKS 加密磁盘</translation>
    </message>
    <message>
        <source>EnCase/Expert Witness (E01) evidence file</source>
        <translation>EnCase/Expert Witness（E01）取证文件</translation>
    </message>
    <message>
        <source>Apple disk image (DMG)</source>
        <translation>Apple 磁盘映像（DMG）</translation>
    </message>
    <message>
        <source>Apple sparse disk image (ASIF)</source>
        <translation>Apple 稀疏磁盘映像（ASIF）</translation>
    </message>
    <message>
        <source>Export the raw disk from the evidence file with libewf's ewfexport (Debian and Ubuntu package ewf-tools): `ewfexport -u -f raw -t {target} {path}` writes {target}.raw, a raw disk to import.</source>
        <translation>请用 libewf 的 ewfexport（Debian 和 Ubuntu 上的 ewf-tools 软件包）从取证文件中导出原始磁盘：`ewfexport -u -f raw -t {target} {path}` 会写出 {target}.raw，即可导入的 RAW 磁盘。</translation>
    </message>
    <message>
        <source>Convert it to a disk the app reads: `{convert_command}` (a DMG compressed with bzip2 or LZFSE needs qemu's extra block modules, package qemu-block-extra on Debian and Ubuntu).</source>
        <translation>请将其转换为本应用能读取的磁盘：`{convert_command}`（用 bzip2 或 LZFSE 压缩的 DMG 需要 qemu 的额外块设备模块，即 Debian 和 Ubuntu 上的 qemu-block-extra 软件包）。</translation>
    </message>
    <message>
        <source>On a Mac with macOS 26 or later, attach it without mounting: `diskutil image attach --noMount {path}`, then copy the device it names to a raw disk: `dd if=/dev/rdiskN of=disk.img bs=4m`, and import disk.img.</source>
        <translation>在 macOS 26 或更高版本的 Mac 上，不装载地挂接它：`diskutil image attach --noMount {path}`，然后把它给出的设备复制为 RAW 磁盘：`dd if=/dev/rdiskN of=disk.img bs=4m`，再导入 disk.img。</translation>
    </message>
    <message>
        <source>Export the virtual machine from vSphere or ESXi as OVF/OVA (its disks come out as streamOptimized VMDK, which the app converts), or on the ESXi host clone the disk with its snapshots merged: `vmkfstools -i {name} -d thin whole.vmdk`, and copy whole.vmdk with its whole-flat.vmdk.</source>
        <translation>请从 vSphere 或 ESXi 将虚拟机导出为 OVF/OVA（其磁盘会导出为 streamOptimized VMDK，本应用可以转换），或在 ESXi 主机上克隆该磁盘并合并其快照：`vmkfstools -i {name} -d thin whole.vmdk`，然后复制 whole.vmdk 及其 whole-flat.vmdk。</translation>
    </message>
    <message>
        <source>Write a decrypted copy, giving the passphrase in a file: qemu-img convert -p --object secret,id=sec0,file=PASSPHRASE_FILE --image-opts driver={driver},file.filename={path},{secret_option}=sec0 -O qcow2 {converted_name}</source>
        <translation>请生成解密后的副本，并将密码短语放在文件中提供：qemu-img convert -p --object secret,id=sec0,file=PASSPHRASE_FILE --image-opts driver={driver},file.filename={path},{secret_option}=sec0 -O qcow2 {converted_name}</translation>
    </message>
    <message>
        <source>The app reads it together with {backing_file!r} and converts the whole disk to QCOW2 while uploading; nothing to do first.</source>
        <translation>本应用会连同 {backing_file!r} 一起读取，并在上传时将整块磁盘转换为 QCOW2，无需事先处理。</translation>
    </message>
    <message>
        <source>The app converts it to QCOW2 while uploading; nothing to do first.</source>
        <translation>本应用会在上传时将其转换为 QCOW2，无需事先处理。</translation>
    </message>
    <message>
        <source>Convert it first: {convert_command}</source>
        <translation>请先转换：{convert_command}</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件是空的（0 字节）。</translation>
    </message>
    <message>
        <source>Choose the disk image itself, and check that its copy finished.</source>
        <translation>请选择磁盘镜像文件本身，并确认其复制已经完成。</translation>
    </message>
    <message>
        <source>This is not a disk image: no known image format, partition table or file system was found in it.</source>
        <translation>这不是磁盘镜像：其中没有找到任何已知的镜像格式、分区表或文件系统。</translation>
    </message>
    <message>
        <source>Export the disk from your virtualization software as QCOW2, VHD or RAW.</source>
        <translation>请从虚拟化软件中将磁盘导出为 QCOW2、VHD 或 RAW。</translation>
    </message>
    <message>
        <source>This is a CD/DVD image (ISO 9660), an installation medium, not a disk.</source>
        <translation>这是 CD/DVD 镜像（ISO 9660），属于安装介质，而不是磁盘。</translation>
    </message>
    <message>
        <source>Install the system from it into a virtual machine, then import that machine's disk.</source>
        <translation>请先用它在虚拟机中安装系统，再导入该虚拟机的磁盘。</translation>
    </message>
    <message>
        <source>This is a disk image, an {name}: a format that neither ECS nor this app reads.</source>
        <translation>这是一个磁盘映像，格式为{name}：ECS 和本应用都无法读取这种格式。</translation>
    </message>
    <message>
        <source>A DMG usually holds Mac software or files, rarely a disk an ECS instance can boot; import it only if it is a copy of such a disk.</source>
        <translation>DMG 通常装的是 Mac 软件或文件，很少是 ECS 实例能够启动的磁盘；只有当它确实是这种磁盘的副本时才导入。</translation>
    </message>
    <message>
        <source>It can be imported as it is, as a {import_format} disk with a disk size of {min_disk_image_size_gib} GiB or more.</source>
        <translation>可以直接导入：作为 {import_format} 磁盘，磁盘大小为 {min_disk_image_size_gib} GiB 或更大。</translation>
    </message>
    <message>
        <source>an OVA appliance (a tar archive with an OVF descriptor and its disks)</source>
        <translation>OVA 虚拟设备（包含 OVF 描述文件及其磁盘的 tar 归档）</translation>
    </message>
    <message>
        <source>a {format} archive holding a fixed VHD</source>
        <translation>包含固定大小 VHD 的 {format} 压缩包</translation>
    </message>
    <message>
        <source>a {format} archive holding {inner}</source>
        <translation>包含{inner}的 {format} 归档</translation>
    </message>
    <message>
        <source>a {format} archive</source>
        <translation>{format} 归档</translation>
    </message>
    <message>
        <source>This is {what}; ECS imports the disk, not the archive.</source>
        <translation>这是{what}；ECS 导入的是磁盘，而不是归档。</translation>
    </message>
    <message>
        <source>Unpack it with `{command}`, then inspect {listed}.</source>
        <translation>请用 `{command}` 解包，然后检查 {listed}。</translation>
    </message>
    <message>
        <source>{name} is not in a format ECS takes; once unpacked: {advice}</source>
        <translation>{name} 的格式 ECS 不支持；解压后：{advice}</translation>
    </message>
    <message>
        <source>Unpack it with `{command}`, then inspect what comes out.</source>
        <translation>请用 `{command}` 解包，然后检查解出的文件。</translation>
    </message>
    <message>
        <source>None of the files in this archive is a disk image.</source>
        <translation>该归档中没有任何磁盘镜像文件。</translation>
    </message>
    <message>
        <source>ECS imports RAW, VHD and QCOW2 disks; this is a {name}.</source>
        <translation>ECS 可导入 RAW、VHD 和 QCOW2 磁盘；而这是{name}。</translation>
    </message>
    <message>
        <source>ECS imports RAW, VHD and QCOW2 disks; this is a {name}. (VMDK import is an invitational preview, not available everywhere.)</source>
        <translation>ECS 可导入 RAW、VHD 和 QCOW2 磁盘；而这是{name}。（VMDK 导入处于邀测阶段，并非所有地方都可用。）</translation>
    </message>
    <message>
        <source>This file only describes the disk; its data is in {data_file}, a raw disk: import {extent} as a RAW disk, no conversion needed.</source>
        <translation>此文件只描述磁盘；数据位于 RAW 磁盘 {data_file} 中：请将 {extent} 作为 RAW 磁盘导入，无需转换。</translation>
    </message>
    <message>
        <source>Inspect and import {data_file} instead; the app converts it while uploading.</source>
        <translation>请改为检查并导入 {data_file}；本应用会在上传时转换它。</translation>
    </message>
    <message>
        <source>Delete the snapshots in Parallels Desktop first (that merges them into the disk), so that the one .hds file left holds the whole disk.</source>
        <translation>请先在 Parallels Desktop 中删除快照（这会把它们合并进磁盘），使剩下的唯一 .hds 文件包含整块磁盘。</translation>
    </message>
    <message>
        <source>Replay the log, which writes the changes into the file (work on a copy to keep the original as it is): `qemu-img check -r all {path}` (or attach the disk once in Hyper-V). Then inspect it again.</source>
        <translation>请重放日志，这会把更改写入文件（如需保留原文件，请在副本上操作）：`qemu-img check -r all {path}`（或在 Hyper-V 中挂载一次该磁盘）。然后再检查一次。</translation>
    </message>
    <message>
        <source>This disk holds only the changes made on top of {backing_file!r}, and that file is not there.</source>
        <translation>此磁盘只包含在 {backing_file!r} 之上所做的更改，而该文件不存在。</translation>
    </message>
    <message>
        <source>Put {backing_file!r} back where the disk expects it (its name is relative to this file's folder). {advice}</source>
        <translation>请把 {backing_file!r} 放回该磁盘所期望的位置（其名称相对于此文件所在的文件夹）。{advice}</translation>
    </message>
    <message>
        <source>This disk holds only the changes made on top of {backing_file!r}; ECS needs the whole disk in one file.</source>
        <translation>此磁盘只包含在 {backing_file!r} 之上所做的更改；ECS 需要整个磁盘位于同一个文件中。</translation>
    </message>
    <message>
        <source>Do not convert it with qemu-img: it ignores a differencing VHD's parent and would write only the changes, an incomplete disk.</source>
        <translation>不要用 qemu-img 转换它：qemu-img 会忽略差异 VHD 的父磁盘，只写出其中的更改，得到的是不完整的磁盘。</translation>
    </message>
    <message>
        <source>The disk is encrypted; ECS cannot read an encrypted image.</source>
        <translation>磁盘已加密；ECS 无法读取加密的镜像。</translation>
    </message>
    <message>
        <source>The image has {snapshots} internal snapshot(s); only the current state is imported.</source>
        <translation>该镜像有 {snapshots} 个内部快照；只会导入当前状态。</translation>
    </message>
    <message>
        <source>The file's size ({virtual_size} bytes) is not a whole number of 512-byte sectors: it may be cut short.</source>
        <translation>文件大小（{virtual_size} 字节）不是 512 字节扇区的整数倍：文件可能被截断了。</translation>
    </message>
    <message>
        <source>The start of the disk is all zeros: no partition table or file system there. Fine for an empty data disk, not for a system disk.</source>
        <translation>磁盘开头全部为零：那里没有分区表或文件系统。作为空数据盘没有问题，但不能作为系统盘。</translation>
    </message>
    <message>
        <source>The disk boots with UEFI: import it with UEFI as the boot mode.</source>
        <translation>该磁盘以 UEFI 方式启动：请以 UEFI 作为启动模式导入。</translation>
    </message>
    <message>
        <source>Inspect and import the descriptor that lists this file instead: the small text .vmdk file that came with it (usually named without the -s001 or -f001 part), with all its extents next to it.</source>
        <translation>请改为检查并导入列出此文件的描述文件：即随它一起提供的小型文本 .vmdk 文件（文件名通常不带 -s001 或 -f001 部分），并把它的所有数据区文件放在旁边。</translation>
    </message>
    <message>
        <source>Inspect and import {descriptor} instead: it is the descriptor that lists this file among the disk's extents.</source>
        <translation>请改为检查并导入 {descriptor}：它是把此文件列为该磁盘数据区之一的描述文件。</translation>
    </message>
    <message>
        <source>The disk is a single {volume} file system without a partition table (an image of one volume, not of a whole disk). ECS needs a whole disk with a partition table to boot a system disk; as a data disk it is fine.</source>
        <translation>该磁盘只是一个没有分区表的 {volume} 文件系统（单个卷的镜像，而不是整块磁盘的镜像）。ECS 需要带分区表的整块磁盘才能启动系统盘；作为数据盘则没有问题。</translation>
    </message>
    <message>
        <source>For a system disk, image the whole disk (partition table, boot partition and this volume) instead of the volume alone; for a data disk, import it as it is.</source>
        <translation>用作系统盘时，请制作整块磁盘（分区表、启动分区和此卷）的镜像，而不是仅制作这个卷的镜像；用作数据盘时，可直接按原样导入。</translation>
    </message>
    <message>
        <source>QEMU marked this image as corrupt.</source>
        <translation>QEMU 已将此镜像标记为损坏。</translation>
    </message>
    <message>
        <source>Try to repair it: qemu-img check -r all {quoted}</source>
        <translation>请尝试修复：qemu-img check -r all {quoted}</translation>
    </message>
    <message>
        <source>The image was not closed cleanly; its reference counts must be repaired.</source>
        <translation>镜像未正常关闭；必须修复其引用计数。</translation>
    </message>
    <message>
        <source>Repair it: qemu-img check -r all {quoted}</source>
        <translation>请修复：qemu-img check -r all {quoted}</translation>
    </message>
    <message>
        <source>The image keeps its data in another file ({external_data_file!r}).</source>
        <translation>该镜像的数据保存在另一个文件中（{external_data_file!r}）。</translation>
    </message>
    <message>
        <source>The image is compressed with zstd, which older QEMU versions cannot read.</source>
        <translation>该镜像使用 zstd 压缩，旧版 QEMU 无法读取。</translation>
    </message>
    <message>
        <source>The image uses extended L2 entries (QEMU 5.2 and later), which older QEMU versions cannot read.</source>
        <translation>该镜像使用扩展 L2 表项（QEMU 5.2 及以上），旧版 QEMU 无法读取。</translation>
    </message>
    <message>
        <source>The image uses features unknown here ({unknown}).</source>
        <translation>该镜像使用了此处未知的特性（{unknown}）。</translation>
    </message>
    <message>
        <source>The disk's size is 0 bytes.</source>
        <translation>磁盘大小为 0 字节。</translation>
    </message>
    <message>
        <source>The disk is {gib} GiB; ImportImage takes at most {system_disk_max_gib} GiB for a system disk and {data_disk_max_gib} GiB for a data disk.</source>
        <translation>磁盘大小为 {gib} GiB；ImportImage 的系统盘最大 {system_disk_max_gib} GiB，数据盘最大 {data_disk_max_gib} GiB。</translation>
    </message>
    <message>
        <source>Shrink the file system and its partition inside the disk, then the disk itself with qemu-img resize --shrink.</source>
        <translation>请先缩小磁盘内的文件系统及其分区，再用 qemu-img resize --shrink 缩小磁盘本身。</translation>
    </message>
    <message>
        <source>At {gib} GiB the disk fits a data disk (up to {data_disk_max_gib} GiB) but not a system disk (up to {system_disk_max_gib} GiB).</source>
        <translation>{gib} GiB 的磁盘可以作为数据盘（最大 {data_disk_max_gib} GiB），但不能作为系统盘（最大 {system_disk_max_gib} GiB）。</translation>
    </message>
    <message>
        <source>The VHD footer cannot be found.</source>
        <translation>找不到 VHD 文件尾。</translation>
    </message>
    <message>
        <source>The VHD footer's checksum does not match: it is damaged.</source>
        <translation>VHD 文件尾的校验和不匹配：文件尾已损坏。</translation>
    </message>
    <message>
        <source>The VHD footer at the end of the file is missing: the file is truncated.</source>
        <translation>文件末尾缺少 VHD 文件尾：文件被截断了。</translation>
    </message>
    <message>
        <source>The VHD disk type ({disk_type}) is not one that exists.</source>
        <translation>VHD 磁盘类型（{disk_type}）并不存在。</translation>
    </message>
    <message>
        <source>A fixed VHD of {current_size} bytes should be a file of {expected} bytes, this one has {size}.</source>
        <translation>{current_size} 字节的固定大小 VHD 文件应为 {expected} 字节，而此文件为 {size} 字节。</translation>
    </message>
    <message>
        <source>The VHD dynamic disk header is missing or damaged.</source>
        <translation>VHD 动态磁盘头缺失或已损坏。</translation>
    </message>
    <message>
        <source>The VHD dynamic header's checksum does not match: it is damaged.</source>
        <translation>VHD 动态磁盘头的校验和不匹配：它已损坏。</translation>
    </message>
    <message>
        <source>The VHD block table is invalid or beyond the end of file.</source>
        <translation>VHD 块表无效或超出了文件末尾。</translation>
    </message>
    <message>
        <source>The VHDX headers are missing: the file is truncated.</source>
        <translation>缺少 VHDX 文件头：文件被截断了。</translation>
    </message>
    <message>
        <source>Neither VHDX header is valid.</source>
        <translation>两个 VHDX 文件头都无效。</translation>
    </message>
    <message>
        <source>The VHDX was not closed cleanly: its log holds changes not yet written into the disk, so read as it is the disk would miss them.</source>
        <translation>该 VHDX 未被正常关闭：其日志中有尚未写入磁盘的更改，按原样读取会丢失这些更改。</translation>
    </message>
    <message>
        <source>The VHDX region table is missing or damaged.</source>
        <translation>VHDX 区域表缺失或已损坏。</translation>
    </message>
    <message>
        <source>The VHDX metadata table is missing or damaged.</source>
        <translation>VHDX 元数据表缺失或已损坏。</translation>
    </message>
    <message>
        <source>The VHDX metadata lacks the block size or the disk size.</source>
        <translation>VHDX 元数据缺少块大小或磁盘大小。</translation>
    </message>
    <message>
        <source>The VHDX block size or sector size is invalid.</source>
        <translation>VHDX 的块大小或扇区大小无效。</translation>
    </message>
    <message>
        <source>The VMDK descriptor lists no extents (data files).</source>
        <translation>VMDK 描述文件中没有列出任何数据区（数据文件）。</translation>
    </message>
    <message>
        <source>The VMDK descriptor's data file {extent!r} is outside the descriptor's folder: it is refused and not opened.</source>
        <translation>VMDK 描述文件中的数据文件 {extent!r} 位于描述文件所在文件夹之外：已拒绝，且不会打开。</translation>
    </message>
    <message>
        <source>The VMDK descriptor's data file {extent!r} is not next to it.</source>
        <translation>VMDK 描述文件的数据文件 {extent!r} 不在它旁边。</translation>
    </message>
    <message>
        <source>This is a VMware ESXi {subformat} disk (a snapshot's changes or a sparse ESXi extent): a VMDK kind that neither ECS nor this app reads.</source>
        <translation>这是 VMware ESXi 的 {subformat} 磁盘（快照的更改或 ESXi 稀疏数据区）：ECS 和本应用都无法读取这种 VMDK。</translation>
    </message>
    <message>
        <source>This file is one extent (data file) of a split VMDK: it has no descriptor of its own and holds only part of the disk.</source>
        <translation>此文件是拆分 VMDK 的一个数据区（数据文件）：它本身没有描述信息，只包含磁盘的一部分。</translation>
    </message>
    <message>
        <source>The VMDK header is cut short: the file is truncated.</source>
        <translation>VMDK 文件头不完整：文件被截断了。</translation>
    </message>
    <message>
        <source>The VMDK's grain directory is at the end of the file, and the end is missing: the file is truncated.</source>
        <translation>VMDK 的 grain 目录位于文件末尾，而文件末尾缺失：文件被截断了。</translation>
    </message>
    <message>
        <source>The VMDK grain size is invalid.</source>
        <translation>VMDK 的 grain 大小无效。</translation>
    </message>
    <message>
        <source>The VMDK grain directory is invalid or beyond the file.</source>
        <translation>VMDK 的 grain 目录无效或超出了文件范围。</translation>
    </message>
    <message>
        <source>The app's folder {folder} cannot be written: {reason}.</source>
        <translation>无法写入本应用的文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds it, then try again.</source>
        <translation>请释放该文件夹所在磁盘的空间，然后重试。</translation>
    </message>
    <message>
        <source>Make the folder writable, or set {env} to a folder that is (the app keeps its jobs and settings there).</source>
        <translation>请让该文件夹可写，或将 {env} 设置为一个可写的文件夹（本应用在其中保存任务和设置）。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>Choose the disk image file itself.</source>
        <translation>请选择磁盘镜像文件本身。</translation>
    </message>
    <message>
        <source>{name} ended at byte {position:,}, before its recorded size of {size:,} bytes: it changed during the upload.</source>
        <translation>{name} 在第 {position:,} 字节处结束，早于记录的大小 {size:,} 字节：它在上传期间被更改。</translation>
    </message>
    <message>
        <source>Leave the file alone while it uploads, then run the upload again.</source>
        <translation>上传期间请勿改动该文件，然后重新运行上传。</translation>
    </message>
    <message>
        <source>it can no longer be read: {reason}</source>
        <translation>它已无法读取：{reason}</translation>
    </message>
    <message>
        <source>it was written to (its status change time moved)</source>
        <translation>它已被写入（其状态更改时间已变）</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请检查文件是否存在以及您是否有权读取。</translation>
    </message>
    <message>
        <source>Enter a name for the image.</source>
        <translation>请输入镜像名称。</translation>
    </message>
    <message>
        <source>The name must be {image_name_min} to {image_name_max} characters long (it has {length}).</source>
        <translation>名称长度必须为 {image_name_min} 到 {image_name_max} 个字符（当前为 {length} 个）。</translation>
    </message>
    <message>
        <source>The name cannot start with http:// or https://.</source>
        <translation>名称不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The name cannot start with "acs:" or "aliyun".</source>
        <translation>名称不能以“acs:”或“aliyun”开头。</translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation>名称必须以字母开头。</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, periods (.), colons (:), underscores (_) and hyphens (-); remove {shown}.</source>
        <translation>名称只能包含字母、数字、英文句点（.）、冒号（:）、下划线（_）和连字符（-）；请删除 {shown}。</translation>
    </message>
    <message>
        <source>The description must be {description_min} to {description_max} characters long (it has {length}), or left empty.</source>
        <translation>描述长度必须为 {description_min} 到 {description_max} 个字符（当前为 {length} 个），或者留空。</translation>
    </message>
    <message>
        <source>The description cannot start with http:// or https://.</source>
        <translation>描述不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>{what} must be one of: {allowed}.</source>
        <translation>{what}必须是以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>The architecture</source>
        <translation>系统架构</translation>
    </message>
    <message>
        <source>The OS type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The license type</source>
        <translation>许可证类型</translation>
    </message>
    <message>
        <source>The boot mode</source>
        <translation>启动模式</translation>
    </message>
    <message>
        <source>arm64 images boot only with UEFI: choose UEFI as the boot mode.</source>
        <translation>arm64 镜像只能以 UEFI 启动：请选择 UEFI 作为启动模式。</translation>
    </message>
    <message>
        <source>The platform "{platform}" does not match the OS type "{os_type}".</source>
        <translation>平台“{platform}”与操作系统类型“{os_type}”不匹配。</translation>
    </message>
    <message>
        <source>An image can have at most {tag_max_count} tags (there are {length}).</source>
        <translation>一个镜像最多只能有 {tag_max_count} 个标签（当前有 {length} 个）。</translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation>标签键不能为空。</translation>
    </message>
    <message>
        <source>A tag key can be at most {tag_key_max} characters long (it has {length}).</source>
        <translation>标签键最长 {tag_key_max} 个字符（当前为 {length} 个）。</translation>
    </message>
    <message>
        <source>A tag key cannot start with "acs:" or "aliyun".</source>
        <translation>标签键不能以“acs:”或“aliyun”开头。</translation>
    </message>
    <message>
        <source>A tag key cannot contain http:// or https://.</source>
        <translation>标签键不能包含 http:// 或 https://。</translation>
    </message>
    <message>
        <source>The tag key "{key}" is used twice (tag {first} and tag {index}; keys are compared ignoring case).</source>
        <translation>标签键“{key}”重复使用了两次（标签 {first} 和标签 {index}；比较时不区分大小写）。</translation>
    </message>
    <message>
        <source>A tag value can be at most {tag_value_max} characters long (it has {length}).</source>
        <translation>标签值最长 {tag_value_max} 个字符（当前为 {length} 个）。</translation>
    </message>
    <message>
        <source>A tag value cannot start with "acs:".</source>
        <translation>标签值不能以“acs:”开头。</translation>
    </message>
    <message>
        <source>A tag value cannot contain http:// or https://.</source>
        <translation>标签值不能包含 http:// 或 https://。</translation>
    </message>
    <message>
        <source>A resource group ID looks like "rg-acfmxazb4ph6aiy"; copy it from the Resource Management console, or leave it empty for the default group.</source>
        <translation>资源组 ID 形如“rg-acfmxazb4ph6aiy”；请从资源管理控制台复制，或留空以使用默认资源组。</translation>
    </message>
    <message>
        <source>The client token must be at most {client_token_max} ASCII characters.</source>
        <translation>客户端令牌最多只能包含 {client_token_max} 个 ASCII 字符。</translation>
    </message>
    <message>
        <source>NVMe support must be supported or unsupported.</source>
        <translation>NVMe 支持只能是 supported 或 unsupported。</translation>
    </message>
    <message>
        <source>IMDS support must be v1 or v2.</source>
        <translation>IMDS 支持只能是 v1 或 v2。</translation>
    </message>
    <message>
        <source>The image check can only be Standard.</source>
        <translation>镜像检测只能是 Standard。</translation>
    </message>
    <message>
        <source>The image check is not available for Windows images; turn it off.</source>
        <translation>Windows 镜像不支持镜像检测；请将其关闭。</translation>
    </message>
    <message>
        <source>Choose the OSS bucket for this disk.</source>
        <translation>请为该磁盘选择 OSS 存储空间。</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation>存储空间名称由 3 到 63 个小写字母、数字和连字符组成，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>Enter the OSS object name for this disk.</source>
        <translation>请输入该磁盘的 OSS 对象名称。</translation>
    </message>
    <message>
        <source>An object name can be at most {oss_object_max_bytes} bytes.</source>
        <translation>对象名称最长 {oss_object_max_bytes} 字节。</translation>
    </message>
    <message>
        <source>An object name cannot start with / or \.</source>
        <translation>对象名称不能以 / 或 \ 开头。</translation>
    </message>
    <message>
        <source>An object name cannot contain control characters.</source>
        <translation>对象名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>system disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>A {kind} must be {disk_image_size_min_gib} to {maximum} GiB ({size_gib} GiB was given).</source>
        <translation>{kind}大小必须为 {disk_image_size_min_gib} 到 {maximum} GiB（填写的是 {size_gib} GiB）。</translation>
    </message>
    <message>
        <source>The disk holds {needed} GiB (its virtual size), more than the {size_gib} GiB given: use at least {needed} GiB.</source>
        <translation>磁盘的虚拟大小为 {needed} GiB，大于填写的 {size_gib} GiB：请至少使用 {needed} GiB。</translation>
    </message>
    <message>
        <source>An image has one system disk and at most {max_data_disks} data disks ({data_disks} data disks were given).</source>
        <translation>一个镜像有一个系统盘，最多 {max_data_disks} 个数据盘（当前指定了 {data_disks} 个数据盘）。</translation>
    </message>
    <message>
        <source>The disk format must be one of: {accepted_import_formats}.</source>
        <translation>磁盘格式必须是以下之一：{accepted_import_formats}。</translation>
    </message>
    <message>
        <source>Choose the region to import into.</source>
        <translation>请选择要导入到的地域。</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or password ({url}); the app never stores or prints credentials in URLs.</source>
        <translation>端点 URL 中包含用户名或密码（{url}）；本应用从不保存或显示 URL 中的凭据。</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy settings); the app retries when asked.</source>
        <translation>请检查网络连接（以及代理设置）；需要时本应用会重试。</translation>
    </message>
    <message>
        <source>The bucket "{name}" does not exist in this account.</source>
        <translation>该账号中不存在存储空间“{name}”。</translation>
    </message>
    <message>
        <source>Choose one of the buckets listed, or create it.</source>
        <translation>请从列出的存储空间中选择一个，或创建它。</translation>
    </message>
    <message>
        <source>Give the endpoint without them; put the AccessKey in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>请提供不含凭据的端点；将 AccessKey 放在 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中。</translation>
    </message>
    <message>
        <source>--endpoint {endpoint} needs credentials in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>--endpoint {endpoint} 需要在 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中提供凭证。</translation>
    </message>
    <message>
        <source>Set them (a running sandbox prints its keys on its first line).</source>
        <translation>请设置它们（运行中的沙箱会在第一行输出其密钥）。</translation>
    </message>
    <message>
        <source>The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <translation>未设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>Set them, or choose a saved profile.</source>
        <translation>请设置它们，或选择一个已保存的配置。</translation>
    </message>
    <message>
        <source>No Alibaba Cloud account is set up.</source>
        <translation>尚未设置阿里云账号。</translation>
    </message>
    <message>
        <source>Add one with `imageimporter profiles add`, import the aliyun CLI's with `imageimporter profiles import-aliyun-cli`, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try it with --sandbox.</source>
        <translation>请用 `imageimporter profiles add` 添加账号，用 `imageimporter profiles import-aliyun-cli` 导入 aliyun CLI 的配置，设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或者用 --sandbox 试用。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>"{name}" is reserved for the environment variables.</source>
        <translation>“{name}”已保留给环境变量使用。</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>请使用 1 到 64 个字母、数字、英文句点、下划线或连字符，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the secret cannot be read or stored.</source>
        <translation>系统钥匙串已锁定，无法读取或保存密钥。</translation>
    </message>
    <message>
        <source>Unlock your keyring (log in again or open your password manager) and try again.</source>
        <translation>请解锁钥匙串（重新登录或打开密码管理器）后重试。</translation>
    </message>
    <message>
        <source>No usable system keyring was found, and secrets are never stored in plain text.</source>
        <translation>未找到可用的系统钥匙串，而密钥绝不会以明文保存。</translation>
    </message>
    <message>
        <source>Install or unlock a keyring (GNOME Keyring or KWallet on Linux; macOS Keychain and Windows Credential Manager work out of the box), or use the environment variables {env_access_key_id} and {env_access_key_secret}.</source>
        <translation>请安装或解锁钥匙串（Linux 上可用 GNOME Keyring 或 KWallet；macOS 钥匙串和 Windows 凭据管理器可直接使用），或使用环境变量 {env_access_key_id} 和 {env_access_key_secret}。</translation>
    </message>
    <message>
        <source>There is no profile named "{name}".</source>
        <translation>没有名为“{name}”的配置。</translation>
    </message>
    <message>
        <source>Choose one of the saved profiles, or add one.</source>
        <translation>请选择一个已保存的配置，或添加一个。</translation>
    </message>
    <message>
        <source>Both the AccessKey ID and the AccessKey Secret are needed.</source>
        <translation>AccessKey ID 和 AccessKey Secret 都必须填写。</translation>
    </message>
    <message>
        <source>Copy them from the RAM console (AccessKey management).</source>
        <translation>请从 RAM 控制台（AccessKey 管理）复制。</translation>
    </message>
    <message>
        <source>An STS profile needs its security token.</source>
        <translation>STS 配置需要提供安全令牌。</translation>
    </message>
    <message>
        <source>The secret of profile "{name}" is not in the keyring any more.</source>
        <translation>配置“{name}”的密钥已不在钥匙串中。</translation>
    </message>
    <message>
        <source>Edit the profile and enter its AccessKey Secret again.</source>
        <translation>请编辑该配置并重新输入其 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No aliyun CLI configuration was found at {path}.</source>
        <translation>在 {path} 找不到 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>Run `aliyun configure` first, or add the profile here by hand.</source>
        <translation>请先运行 `aliyun configure`，或在此手动添加配置。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration at {path} could not be read ({exc}).</source>
        <translation>无法读取位于 {path} 的 aliyun CLI 配置（{exc}）。</translation>
    </message>
    <message>
        <source>Check that the file is valid JSON.</source>
        <translation>请检查该文件是否为有效的 JSON。</translation>
    </message>
    <message>
        <source>its mode "{mode}" is not supported (AK, StsToken and RamRoleArn are)</source>
        <translation>其模式“{mode}”不受支持（支持 AK、StsToken 和 RamRoleArn）</translation>
    </message>
    <message>
        <source>the name cannot be used here</source>
        <translation>此名称不能在这里使用</translation>
    </message>
    <message>
        <source>a profile with this name exists already</source>
        <translation>已存在同名配置</translation>
    </message>
    <message>
        <source>it has no AccessKey</source>
        <translation>它没有 AccessKey</translation>
    </message>
    <message>
        <source>it has no RAM role ARN</source>
        <translation>它没有 RAM 角色 ARN</translation>
    </message>
    <message>
        <source>The profile list at {path} could not be read ({exc}).</source>
        <translation>无法读取位于 {path} 的配置列表（{exc}）。</translation>
    </message>
    <message>
        <source>Fix or remove the file; secrets are not in it.</source>
        <translation>请修复或删除该文件；其中不包含密钥。</translation>
    </message>
    <message>
        <source>a process that is starting</source>
        <translation>一个正在启动的进程</translation>
    </message>
    <message>
        <source>process {pid}, since {since}</source>
        <translation>进程 {pid}，开始于 {since}</translation>
    </message>
    <message>
        <source>{label}: fine ({value}).</source>
        <translation>{label}：正常（{value}）。</translation>
    </message>
    <message>
        <source>{label}: fine.</source>
        <translation>{label}：正常。</translation>
    </message>
    <message>
        <source>a serious problem</source>
        <translation>严重问题</translation>
    </message>
    <message>
        <source>a problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>a minor issue</source>
        <translation>小问题</translation>
    </message>
    <message>
        <source>{label}: {level} ({risk_code}; found {value}).</source>
        <translation>{label}：{level}（{risk_code}；发现 {value}）。</translation>
    </message>
    <message>
        <source>an issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The image {image_id} was deleted after its import task {task_id} ended; there is nothing left to wait for.</source>
        <translation>导入任务 {task_id} 结束后，镜像 {image_id} 已被删除；没有可以继续等待的内容。</translation>
    </message>
    <message>
        <source>Import it again if you still need the image.</source>
        <translation>如果仍需要该镜像，请重新导入。</translation>
    </message>
    <message>
        <source>ECS could not create the image {image_id}: the import did not produce a usable image.</source>
        <translation>ECS 无法创建镜像 {image_id}：导入没有生成可用的镜像。</translation>
    </message>
    <message>
        <source>The image {image_id} became unavailable: the import did not produce a usable image.</source>
        <translation>镜像 {image_id} 已变为不可用：导入没有生成可用的镜像。</translation>
    </message>
    <message>
        <source>Delete the image and import it again; check the disk if it happens again.</source>
        <translation>请删除该镜像并重新导入；如果再次出现，请检查磁盘。</translation>
    </message>
    <message>
        <source>Disk {index} (oss://{bucket}/{key}) is not the object this job uploaded: its size or CRC64 changed since (another job or program replaced it). Importing it would make an image of other data.</source>
        <translation>磁盘 {index}（oss://{bucket}/{key}）已不是此任务上传的对象：其大小或 CRC64 在上传后发生了变化（被其他任务或程序替换）。导入它会生成内容不同的镜像。</translation>
    </message>
    <message>
        <source>Resume the job (imageimporter jobs resume JOB): it uploads the disk again.</source>
        <translation>继续该任务（imageimporter jobs resume JOB）：它会重新上传该磁盘。</translation>
    </message>
    <message>
        <source>The bucket "{bucket}" is in {region}, but the image is imported into {region_id}; ECS imports only from a bucket in the same region.</source>
        <translation>存储空间“{bucket}”位于 {region}，但镜像要导入到 {region_id}；ECS 只能从同一地域的存储空间导入。</translation>
    </message>
    <message>
        <source>Choose or create a bucket in {region_id}, or import into {region}.</source>
        <translation>请在 {region_id} 中选择或创建存储空间，或者导入到 {region}。</translation>
    </message>
    <message>
        <source>Disk {index} ({oss_object}) is not in the bucket {oss_bucket}.</source>
        <translation>磁盘 {index}（{oss_object}）不在存储空间 {oss_bucket} 中。</translation>
    </message>
    <message>
        <source>Upload it again; the upload resumes where it stopped.</source>
        <translation>请重新上传；上传会从中断处继续。</translation>
    </message>
    <message>
        <source>The service accepted a DryRun request as a real one.</source>
        <translation>服务把 DryRun 请求当作了真实请求来接受。</translation>
    </message>
    <message>
        <source>Report this; no import was started on purpose.</source>
        <translation>请报告此问题；本应用并未有意发起导入。</translation>
    </message>
    <message>
        <source>The job {job_id} is being run by another process ({holder}).</source>
        <translation>任务 {job_id} 正由另一个进程运行（{holder}）。</translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it (Ctrl-C there, or `imageimporter jobs cancel {job_id}`).</source>
        <translation>请等待其结束，或停止它（在那里按 Ctrl-C，或运行 `imageimporter jobs cancel {job_id}`）。</translation>
    </message>
    <message>
        <source>There is no job "{job_id}".</source>
        <translation>没有任务“{job_id}”。</translation>
    </message>
    <message>
        <source>List the jobs with `imageimporter jobs list`.</source>
        <translation>请用 `imageimporter jobs list` 列出任务。</translation>
    </message>
    <message>
        <source>The import cannot start: {problems}</source>
        <translation>导入无法开始：{problems}</translation>
    </message>
    <message>
        <source>Fix these and run it again; nothing was uploaded.</source>
        <translation>请修正这些问题后再次运行；尚未上传任何内容。</translation>
    </message>
    <message>
        <source>{path} changed since the import was prepared: {change}</source>
        <translation>{path} 在准备导入之后已被更改：{change}</translation>
    </message>
    <message>
        <source>Start a new import of the disk as it is now; this job's object is never made of two versions of it.</source>
        <translation>请按磁盘当前的内容重新开始一次导入；本任务的对象绝不会由它的两个版本拼成。</translation>
    </message>
    <message>
        <source>The image details cannot change once the job is {state}.</source>
        <translation>任务处于 {state} 状态后，镜像信息就不能再更改。</translation>
    </message>
    <message>
        <source>Retrying the import: deleting the failed image {image_id} and submitting again.</source>
        <translation>重试导入：删除失败的镜像 {image_id} 并重新提交。</translation>
    </message>
    <message>
        <source>These credentials cannot read RAM, so the import role is not checked here; the service will say if ECS is not authorized.</source>
        <translation>这些凭证无法读取 RAM，因此此处不检查导入角色；如果 ECS 未获授权，服务会提示。</translation>
    </message>
    <message>
        <source>ECS is not yet allowed to read your OSS bucket: the RAM role {role_name} is missing or incomplete.</source>
        <translation>ECS 尚无权读取您的 OSS 存储空间：RAM 角色 {role_name} 不存在或不完整。</translation>
    </message>
    <message>
        <source>Let the app set it up (--setup-role, or the Authorization page), or ask an administrator (imageimporter role check shows what to hand over).</source>
        <translation>请让本应用来设置（--setup-role 或“授权”页），或请管理员设置（imageimporter role check 会显示需要交给管理员的内容）。</translation>
    </message>
    <message>
        <source>Setting up the RAM role {role_name}.</source>
        <translation>正在设置 RAM 角色 {role_name}。</translation>
    </message>
    <message>
        <source>Reading {path} to convert it to QCOW2 while uploading.</source>
        <translation>正在读取 {path}，以便在上传时将其转换为 QCOW2。</translation>
    </message>
    <message>
        <source>Submitting again with the same ClientToken (no second import).</source>
        <translation>使用相同的 ClientToken 重新提交（不会产生第二次导入）。</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>{path} is not the file it was (size, modification time or inode).</source>
        <translation>{path} 已不是原来的文件（大小、修改时间或 inode 不同）。</translation>
    </message>
    <message>
        <source>it now reads other files.</source>
        <translation>它现在读取的是其他文件。</translation>
    </message>
    <message>
        <source>Your account is not allowed to manage RAM roles, so the import role cannot be set up from here.</source>
        <translation>您的账号无权管理 RAM 角色，因此无法在这里设置导入角色。</translation>
    </message>
    <message>
        <source>Ask an administrator to open the one-click authorization link, or to create the role {role} with the trust policy and attach {policy} (both shown below).</source>
        <translation>请让管理员打开一键授权链接，或按下方所示的信任策略创建角色 {role} 并为其添加 {policy}。</translation>
    </message>
    <message>
        <source>One-click authorization: {url}</source>
        <translation>一键授权：{url}</translation>
    </message>
    <message>
        <source>Or create the RAM role {role} with this trust policy:</source>
        <translation>或者使用以下信任策略创建 RAM 角色 {role}：</translation>
    </message>
    <message>
        <source>and attach the system policy {policy}, or a custom policy:</source>
        <translation>并为其添加系统策略 {policy}，或以下自定义策略：</translation>
    </message>
    <message>
        <source>The role {role} does not exist.</source>
        <translation>角色 {role} 不存在。</translation>
    </message>
    <message>
        <source>The role's trust policy does not let {principal} use it.</source>
        <translation>该角色的信任策略不允许 {principal} 使用它。</translation>
    </message>
    <message>
        <source>Neither {policy} nor an equivalent custom policy is attached.</source>
        <translation>既没有添加 {policy}，也没有添加等效的自定义策略。</translation>
    </message>
    <message>
        <source>Neither an OSS endpoint nor a region was given.</source>
        <translation>既没有指定 OSS Endpoint，也没有指定地域。</translation>
    </message>
    <message>
        <source>Give the bucket's region (for example cn-hangzhou) or an OSS endpoint URL.</source>
        <translation>请指定存储空间所在的地域（例如 cn-hangzhou）或 OSS Endpoint 的 URL。</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an OSS endpoint: it must not have a path, query or user.</source>
        <translation>{endpoint!r} 不是 OSS Endpoint：它不能包含路径、查询参数或用户名。</translation>
    </message>
    <message>
        <source>Give only the scheme, host and port, such as https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>只需提供协议、主机和端口，例如 https://oss-cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>{endpoint!r}: IPv6 addresses are not supported as OSS endpoints.</source>
        <translation>{endpoint!r}：不支持将 IPv6 地址用作 OSS Endpoint。</translation>
    </message>
    <message>
        <source>Use a host name or an IPv4 address.</source>
        <translation>请使用主机名或 IPv4 地址。</translation>
    </message>
    <message>
        <source>{bucket!r} is not a valid bucket name or {endpoint} is not a valid endpoint.</source>
        <translation>{bucket!r} 不是有效的存储空间名称，或 {endpoint} 不是有效的 Endpoint。</translation>
    </message>
    <message>
        <source>Bucket names have 3 to 63 lowercase letters, digits and hyphens.</source>
        <translation>存储空间名称由 3 到 63 个小写字母、数字和连字符组成。</translation>
    </message>
    <message>
        <source>The connection to {endpoint} failed ({summary}).</source>
        <translation>连接 {endpoint} 失败（{summary}）。</translation>
    </message>
    <message>
        <source>The connection to OSS failed ({summary}).</source>
        <translation>与 OSS 的连接失败（{summary}）。</translation>
    </message>
    <message>
        <source>Check the network connection, then try again: an upload resumes.</source>
        <translation>请检查网络连接，然后重试：上传会从中断处继续。</translation>
    </message>
    <message>
        <source>The upload failed unexpectedly: {exc!r}.</source>
        <translation>上传意外失败：{exc!r}。</translation>
    </message>
    <message>
        <source>The temporary (STS) credentials expired and no new ones could be obtained.</source>
        <translation>临时（STS）凭证已过期，且无法获取新的凭证。</translation>
    </message>
    <message>
        <source>Get new temporary credentials, then run the upload again: it resumes.</source>
        <translation>请获取新的临时凭证，然后重新上传：上传会从中断处继续。</translation>
    </message>
    <message>
        <source>OSS does not know the AccessKey ID {access_key_id}.</source>
        <translation>OSS 无法识别 AccessKey ID {access_key_id}。</translation>
    </message>
    <message>
        <source>OSS does not know the AccessKey ID.</source>
        <translation>OSS 不认识该 AccessKey ID。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID, or create a new AccessKey in the RAM console.</source>
        <translation>请检查 AccessKey ID，或在 RAM 控制台创建新的 AccessKey。</translation>
    </message>
    <message>
        <source>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID {access_key_id}.</source>
        <translation>OSS 拒绝了请求的签名：AccessKey Secret 与 AccessKey ID {access_key_id} 不匹配。</translation>
    </message>
    <message>
        <source>OSS rejected the request's signature: the AccessKey secret does not belong to the AccessKey ID.</source>
        <translation>OSS 拒绝了请求的签名：AccessKey Secret 与 AccessKey ID 不匹配。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret.</source>
        <translation>请检查 AccessKey Secret。</translation>
    </message>
    <message>
        <source>OSS denied access to bucket {bucket}: {message}</source>
        <translation>OSS 拒绝访问存储空间 {bucket}：{message}</translation>
    </message>
    <message>
        <source>OSS denied access to bucket {bucket}.</source>
        <translation>OSS 拒绝访问存储空间 {bucket}。</translation>
    </message>
    <message>
        <source>OSS denied access to the bucket: {message}</source>
        <translation>OSS 拒绝访问该存储空间：{message}</translation>
    </message>
    <message>
        <source>OSS denied access to the bucket.</source>
        <translation>OSS 拒绝访问该存储空间。</translation>
    </message>
    <message>
        <source>Use an AccessKey allowed to write to this bucket (for example with the AliyunOSSFullAccess policy or a bucket policy).</source>
        <translation>请使用有权写入该存储空间的 AccessKey（例如具有 AliyunOSSFullAccess 策略或 Bucket Policy 授权）。</translation>
    </message>
    <message>
        <source>This computer's clock differs too much from OSS's, so OSS rejects its requests.</source>
        <translation>本机时钟与 OSS 的时间相差过大，因此 OSS 拒绝了它的请求。</translation>
    </message>
    <message>
        <source>Set the clock right (turn on automatic time), then run the upload again.</source>
        <translation>请校准时钟（开启自动设置时间），然后重新上传。</translation>
    </message>
    <message>
        <source>The bucket {bucket} does not exist at {endpoint}.</source>
        <translation>存储空间 {bucket} 在 {endpoint} 上不存在。</translation>
    </message>
    <message>
        <source>The bucket does not exist in this region.</source>
        <translation>该存储空间在此地域不存在。</translation>
    </message>
    <message>
        <source>Check the bucket's name and region, or create the bucket in the OSS console.</source>
        <translation>请检查存储空间的名称和地域，或在 OSS 控制台创建该存储空间。</translation>
    </message>
    <message>
        <source>The unfinished upload is gone from the server.</source>
        <translation>服务器上未完成的上传已不存在。</translation>
    </message>
    <message>
        <source>No such object.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>OSS refused to store more data in bucket {bucket}: {message}</source>
        <translation>OSS 拒绝在存储空间 {bucket} 中存储更多数据：{message}</translation>
    </message>
    <message>
        <source>OSS refused to store more data in bucket {bucket}.</source>
        <translation>OSS 拒绝在存储空间 {bucket} 中存储更多数据。</translation>
    </message>
    <message>
        <source>OSS refused to store more data: {message}</source>
        <translation>OSS 拒绝存储更多数据：{message}</translation>
    </message>
    <message>
        <source>OSS refused to store more data.</source>
        <translation>OSS 拒绝存储更多数据。</translation>
    </message>
    <message>
        <source>Check the account's balance and the bucket's capacity in the OSS console.</source>
        <translation>请在 OSS 控制台检查账号余额和存储空间的容量。</translation>
    </message>
    <message>
        <source>OSS failed with HTTP {status} {code}.</source>
        <translation>OSS 出错：HTTP {status} {code}。</translation>
    </message>
    <message>
        <source>OSS failed with HTTP {status}.</source>
        <translation>OSS 出错：HTTP {status}。</translation>
    </message>
    <message>
        <source>Try again later: an upload resumes where it stopped.</source>
        <translation>请稍后重试：上传会从中断处继续。</translation>
    </message>
    <message>
        <source>OSS refused the request (HTTP {status}): {message}</source>
        <translation>OSS 拒绝了请求（HTTP {status}）：{message}</translation>
    </message>
    <message>
        <source>OSS refused the request (HTTP {status}).</source>
        <translation>OSS 拒绝了请求（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Cannot upload {name}: {exc}.</source>
        <translation>无法上传 {name}：{exc}。</translation>
    </message>
    <message>
        <source>check the existing object</source>
        <translation>检查已有对象</translation>
    </message>
    <message>
        <source>{key} is already in the bucket but stored as {storage_class}, which ECS cannot import; uploading it again as Standard.</source>
        <translation>{key} 已在存储空间中，但存储类型为 {storage_class}，ECS 无法导入；将以标准存储重新上传。</translation>
    </message>
    <message>
        <source>The server keeps losing the unfinished upload.</source>
        <translation>服务器不断丢失未完成的上传。</translation>
    </message>
    <message>
        <source>Check whether something aborts multipart uploads in this bucket (a lifecycle rule), then try again.</source>
        <translation>请检查是否有东西（如生命周期规则）在中止该存储空间中的分片上传，然后重试。</translation>
    </message>
    <message>
        <source>{count} part(s) sent by an earlier attempt differ from {name} now (parts {numbers}); sending them again.</source>
        <translation>之前尝试发送的 {count} 个分片与 {name} 当前内容不同（分片 {numbers}）；将重新发送。</translation>
    </message>
    <message>
        <source>{name} changed while it was being uploaded ({change}).</source>
        <translation>{name} 在上传过程中发生了变化（{change}）。</translation>
    </message>
    <message>
        <source>Leave the file alone (shut the virtual machine down) and run the upload again; it starts over.</source>
        <translation>请不要改动该文件（关闭虚拟机），然后重新上传；上传将从头开始。</translation>
    </message>
    <message>
        <source>{target} is being uploaded by another imageimporter process ({holder}).</source>
        <translation>{target} 正由另一个 imageimporter 进程上传（{holder}）。</translation>
    </message>
    <message>
        <source>Wait for that upload to end, or stop it (Ctrl-C there pauses it); then run this one again: it resumes.</source>
        <translation>请等待该上传结束，或将其停止（在那里按 Ctrl-C 可暂停）；然后重新运行本次上传：它会继续。</translation>
    </message>
    <message>
        <source>{name} changed since the last attempt ({change}); starting the upload over.</source>
        <translation>{name} 自上次尝试后已更改（{change}）；将重新开始上传。</translation>
    </message>
    <message>
        <source>start the upload</source>
        <translation>开始上传</translation>
    </message>
    <message>
        <source>list the parts already uploaded</source>
        <translation>列出已上传的分片</translation>
    </message>
    <message>
        <source>complete the upload</source>
        <translation>完成上传</translation>
    </message>
    <message>
        <source>check the object</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>The unfinished upload disappeared from the server before it could be completed (aborted or expired).</source>
        <translation>未完成的上传在完成之前就从服务器上消失了（已被中止或已过期）。</translation>
    </message>
    <message>
        <source>Run the upload again; it starts over.</source>
        <translation>请重新上传；上传将从头开始。</translation>
    </message>
    <message>
        <source>OSS did not report the object's CRC64, so the upload cannot be verified.</source>
        <translation>OSS 没有返回对象的 CRC64，因此无法校验上传结果。</translation>
    </message>
    <message>
        <source>Check that the endpoint is Alibaba Cloud OSS.</source>
        <translation>请确认该 Endpoint 是阿里云 OSS。</translation>
    </message>
    <message>
        <source>The object {key} in OSS has CRC64 {server_crc}, but the file's parts add up to {expected}, although each part matched when it was sent.</source>
        <translation>OSS 中对象 {key} 的 CRC64 为 {server_crc}，而文件各分片合计应为 {expected}，尽管每个分片在发送时都校验一致。</translation>
    </message>
    <message>
        <source>Delete the object and upload the file again.</source>
        <translation>请删除该对象并重新上传文件。</translation>
    </message>
    <message>
        <source>The upload ended without an answer from the server.</source>
        <translation>上传结束时服务器没有应答。</translation>
    </message>
    <message>
        <source>Part {number} (bytes {offset:,} to {end:,}) arrived damaged {attempt} times: OSS computed CRC64 {server}, the file has {local}.</source>
        <translation>分片 {number}（字节 {offset:,} 到 {end:,}）到达时已损坏 {attempt} 次：OSS 计算的 CRC64 为 {server}，文件中为 {local}。</translation>
    </message>
    <message>
        <source>Check the network (a proxy or faulty hardware may alter data), then run the upload again.</source>
        <translation>请检查网络（代理或故障硬件可能会篡改数据），然后重新上传。</translation>
    </message>
    <message>
        <source>Part {number} failed {attempt} times; the last time: {message}</source>
        <translation>分片 {number} 失败了 {attempt} 次；最后一次：{message}</translation>
    </message>
    <message>
        <source>Run the upload again when the connection is back: it resumes.</source>
        <translation>请在网络恢复后重新上传：上传会从中断处继续。</translation>
    </message>
    <message>
        <source>OSS did not report the CRC64 of part {number}, so it cannot be verified.</source>
        <translation>OSS 没有返回分片 {number} 的 CRC64，因此无法校验。</translation>
    </message>
    <message>
        <source>The temporary credentials expired and renewing them failed: {exc}.</source>
        <translation>临时凭证已过期，续期失败：{exc}。</translation>
    </message>
    <message>
        <source>Get new credentials, then run the upload again: it resumes.</source>
        <translation>请获取新的凭证，然后重新上传：上传会从中断处继续。</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>无法{what}：{message}</translation>
    </message>
</context>
</TS>