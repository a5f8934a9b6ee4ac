### 代码表,中文。`codelist-<代码表>` 是代码表的名称,`code-<代码表>-<代码>` 是一个值的标签
### (`.description` 为其说明)。代码本身不翻译。

## origin: official (国际电联,ITU-D 代表指南:世界电信发展大会,"ITU-D 的六个区域")

code-ituRegion-AFR = 非洲
    .description = ITU-D 非洲区域。
code-ituRegion-AMS = 美洲
    .description = ITU-D 美洲区域。
code-ituRegion-ARB = 阿拉伯国家
    .description = ITU-D 阿拉伯国家区域。
code-ituRegion-ASP = 亚洲和太平洋
    .description = ITU-D 亚洲和太平洋区域。
code-ituRegion-CIS = 独联体
    .description = ITU-D 独立国家联合体（独联体）区域。
code-ituRegion-EUR = 欧洲
    .description = ITU-D 欧洲区域。

## origin: official (联合国术语 UNTERM:最不发达国家、内陆发展中国家、小岛屿发展中国家;本次未与存储副本核对)

code-countryGroup-ldc = 最不发达国家
    .description = 联合国最不发达国家名单；各国会随时间从名单中毕业。
code-countryGroup-lldc = 内陆发展中国家
    .description = 联合国内陆发展中国家名单。
code-countryGroup-sids = 小岛屿发展中国家
    .description = 联合国最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办事处的小岛屿发展中国家名单。

## origin: p2c (为 p2c 撰写的译文;未找到正式译法)

codelist-focusArea = 重点领域
codelist-pillar = 支柱
codelist-pledgeType = 承诺类型
codelist-stakeholderType = 利益攸关方类型
codelist-stakeholderSubtype = 利益攸关方子类型
codelist-beneficiaryGroup = 受益群体
codelist-reviewState = 审核状态
codelist-implementationStatus = 实施状态
codelist-challenge = 挑战
codelist-solution = 解决办法
codelist-relationType = 关系类型
codelist-ituRegion = ITU-D 区域
codelist-countryGroup = 国家组别
codelist-p2cTarget = P2C 具体目标

code-focusArea-access = 接入
    .description = 让各地民众都能连通：基础设施、可负担性和网络安全。
    .tagline = 让各地民众都能连通
code-focusArea-adoption = 采用
    .description = 增强社区能力：技能、包容以及本地内容和服务。
    .tagline = 增强社区能力
code-focusArea-value_creation = 价值创造
    .description = 建设数字生态系统：创新、应用和数字经济。
    .tagline = 建设数字生态系统
code-focusArea-accelerate = 加速
    .description = 激励投资：创新融资、项目可行性和投资者。
    .tagline = 激励投资

code-pillar-infrastructure = 基础设施
    .description = 接入支柱：连接民众的网络和设施。
code-pillar-affordability = 可负担性
    .description = 接入支柱：使连通性和设备可负担。
code-pillar-cybersecurity = 网络安全
    .description = 接入支柱：安全可靠的连通性。
code-pillar-skills = 技能
    .description = 采用支柱：数字技能和数字素养。
code-pillar-inclusion = 包容
    .description = 采用支柱：让服务不足的群体上网。
code-pillar-local_content = 本地内容和服务
    .description = 采用支柱：以当地语言、适合当地情况的内容和服务。
code-pillar-innovation_entrepreneurship = 创新和创业
    .description = 价值创造支柱：创新者、初创企业和创业者。
code-pillar-apps_services = 应用和服务
    .description = 价值创造支柱：数字应用和服务。
code-pillar-digital_economy = 数字经济
    .description = 价值创造支柱：经济的数字化转型。
code-pillar-innovative_financing = 创新融资
    .description = 加速支柱：连通性的新融资模式。
code-pillar-project_viability = 项目可行性
    .description = 加速支柱：使连通性项目具备融资条件。
code-pillar-investor_constellation = 投资者联盟
    .description = 加速支柱：汇聚投资者。

code-pledgeType-financial = 资金
    .description = 为实现联盟目标提供的资金捐助。
code-pledgeType-policy = 政策
    .description = 已提出或已通过的立法、监管改革或政策变化。
code-pledgeType-advocacy = 倡导
    .description = 公开支持或宣传：研究、谅解备忘录、活动、出版物。
code-pledgeType-programmatic = 方案
    .description = 设立或扩大符合各重点领域的方案。

code-stakeholderType-government = 政府
    .description = 国家或地方政府、市政当局和监管机构。
code-stakeholderType-private_sector = 私营部门
    .description = 企业，包括慈善组织。
code-stakeholderType-un_agency = 联合国机构
    .description = 联合国系统的机构、基金和方案。
code-stakeholderType-international_organization = 国际或区域组织
    .description = 其他国际或区域组织，包括多边开发银行。
code-stakeholderType-civil_society = 民间社会、学术界和研究界
    .description = 民间社会组织、学术机构和研究协会。
code-stakeholderType-youth_media = 青年、媒体和娱乐
    .description = 青年团体、媒体和娱乐组织。
code-stakeholderType-other = 其他
    .description = 不属于任何其他类型的承诺方。

code-stakeholderSubtype-national_government = 国家政府
    .description = 国家政府或其某一部委。
code-stakeholderSubtype-local_government = 地方政府
    .description = 区域、省级或地方政府。
code-stakeholderSubtype-municipality = 市政当局
    .description = 城市或市政当局。
code-stakeholderSubtype-regulator = 监管机构
    .description = 电信或信息通信技术监管机构。
code-stakeholderSubtype-company = 公司
    .description = 商业公司。
code-stakeholderSubtype-philanthropic_organization = 慈善组织
    .description = 基金会或其他慈善组织。
code-stakeholderSubtype-multilateral_development_bank = 多边开发银行
    .description = 由多个国家拥有的开发银行。
code-stakeholderSubtype-regional_organization = 区域组织
    .description = 某一区域的政府间组织。
code-stakeholderSubtype-ngo = 非政府组织
    .description = 非营利的民间社会组织。
code-stakeholderSubtype-academia = 学术机构
    .description = 大学或其他学术机构。
code-stakeholderSubtype-research_association = 研究协会
    .description = 研究机构或研究协会。
code-stakeholderSubtype-youth_group = 青年团体
    .description = 由青年领导的组织。
code-stakeholderSubtype-media = 媒体
    .description = 媒体组织。
code-stakeholderSubtype-entertainment = 娱乐
    .description = 娱乐组织。

code-beneficiaryGroup-women_and_girls = 妇女和女童
    .description = 妇女和女童。
code-beneficiaryGroup-youth = 青年
    .description = 年轻人。
code-beneficiaryGroup-children = 儿童
    .description = 儿童，包括学童。
code-beneficiaryGroup-older_persons = 老年人
    .description = 老年人。
code-beneficiaryGroup-persons_with_disabilities = 残疾人
    .description = 残疾人。
code-beneficiaryGroup-refugees_and_displaced = 难民和流离失所者
    .description = 难民、寻求庇护者和境内流离失所者。
code-beneficiaryGroup-indigenous_peoples = 土著人民
    .description = 土著人民。
code-beneficiaryGroup-rural_communities = 农村社区
    .description = 生活在农村或偏远地区的人。
code-beneficiaryGroup-poor_communities = 贫困社区
    .description = 生活贫困或处于弱势社区的人。
code-beneficiaryGroup-smes = 中小微企业
    .description = 微型、小型和中型企业及创业者。
code-beneficiaryGroup-students = 学生
    .description = 各级学生。
code-beneficiaryGroup-teachers = 教师
    .description = 教师和教育工作者。
code-beneficiaryGroup-schools = 学校
    .description = 作为机构的学校。
code-beneficiaryGroup-households = 家庭
    .description = 家庭。
code-beneficiaryGroup-public_institutions = 公共机构
    .description = 政府办公室、社区机构、诊所和图书馆。
code-beneficiaryGroup-general = 全体民众
    .description = 全体民众，不特指某一群体。

code-reviewState-draft = 草稿
    .description = 承诺方正在撰写；尚未提交。
code-reviewState-submitted = 已提交
    .description = 承诺方已提交，等待审核。
code-reviewState-under_review = 审核中
    .description = P2C 秘书处正在审核。
code-reviewState-published = 已发布
    .description = 已审核并公开。
code-reviewState-rejected = 已拒绝
    .description = 秘书处未予接受。
code-reviewState-withdrawn = 已撤回
    .description = 承诺方已撤回。

code-implementationStatus-planning_phase = 规划阶段
    .description = 工作尚未开始，正在规划。
code-implementationStatus-in_progress = 进行中
    .description = 工作已经开始。
code-implementationStatus-completed = 已完成
    .description = 承诺已兑现。
code-implementationStatus-delayed = 延误
    .description = 工作落后于计划。
code-implementationStatus-cancelled = 已取消
    .description = 承诺将不会实施。

code-challenge-natural_disasters = 自然灾害
    .description = 风暴、洪水、地震和其他自然灾害。
code-challenge-administrative = 行政
    .description = 行政方面的挫折、许可和程序。
code-challenge-financial = 资金
    .description = 资金和投资不足。
code-challenge-technical = 技术
    .description = 技术、设备或基础设施问题。
code-challenge-regulatory = 监管
    .description = 法律或监管障碍。
code-challenge-security = 安全
    .description = 冲突、不安全或网络威胁。
code-challenge-political = 政治
    .description = 政府更迭或政局不稳。
code-challenge-health_emergency = 卫生紧急情况
    .description = 大流行病和其他公共卫生紧急情况。
code-challenge-supply_chain = 供应链
    .description = 设备和材料短缺或延误。
code-challenge-capacity = 能力
    .description = 缺乏熟练人员或机构能力。
code-challenge-other = 其他
    .description = 任何其他挑战。

code-solution-partnerships = 伙伴关系
    .description = 与国际电联、P2C 成员或其他伙伴合作。
code-solution-funding = 资金
    .description = 新增或调拨的资金。
code-solution-capacity_building = 能力建设
    .description = 培训和机构建设。
code-solution-policy_reform = 政策改革
    .description = 修改法律、法规或政策。
code-solution-technology = 技术
    .description = 采用不同的或新的技术。
code-solution-community_engagement = 社区参与
    .description = 与当地社区合作。
code-solution-rescheduling = 调整进度
    .description = 延长期限或重新安排工作阶段。
code-solution-other = 其他
    .description = 任何其他解决办法。

code-relationType-supersedes = 取代
    .description = 本承诺取代另一承诺；另一承诺不再计入。
code-relationType-part_of = 属于
    .description = 本承诺是另一承诺的组成部分；其资金包含在另一承诺之内。
code-relationType-same_funds_as = 资金相同
    .description = 本承诺宣布的资金也由另一承诺宣布；只计算一次。

## origin: p2c (为 p2c 翻译的 P2C 具体目标;说明引用英文来源)

code-p2cTarget-ACCESS-01 = 100% 的 15 岁及以上个人使用互联网
code-p2cTarget-ACCESS-02 = 100% 的 15 岁及以上个人拥有移动电话
code-p2cTarget-ACCESS-03 = 100% 的家庭接入互联网
code-p2cTarget-ACCESS-04 = 100% 的企业接入互联网
code-p2cTarget-ACCESS-05 = 100% 的学校接入互联网
code-p2cTarget-ACCESS-06 = 每所学校的最低下载速率达到 20 Mbit/s
code-p2cTarget-ACCESS-07 = 每所学校每名学生可用带宽达到每秒 50 千比特（kbit/s）
code-p2cTarget-ACCESS-08 = 每所学校应至少有 200 吉字节（GB）的数据流量额度
code-p2cTarget-ACCESS-09 = 宽带互联网用户普及率达到：（一）全球 75%；（二）中低收入国家 65%；（三）最不发达国家 35%
code-p2cTarget-ACCESS-10 = 所有固定宽带订户的速率达到每秒 10 兆比特（Mbit/s）或更高
code-p2cTarget-ACCESS-11 = 制定国家宽带计划或战略
code-p2cTarget-ACCESS-12 = 到 2025 年，中低收入国家入门级宽带服务的费用应低于月人均国民总收入（GNI）的 2%，做到可负担
code-p2cTarget-ACCESS-13 = 以关键能力（例如：制定战略、设立国家计算机事件应急响应小组、立法）提高网络安全准备和复原力
code-p2cTarget-ADOPTION-01 = 到 2025 年，60% 的青年和成人在可持续数字技能方面至少达到最低熟练水平
code-p2cTarget-ADOPTION-02 = 到 2030 年，70% 的联网个人具备基本数字技能（例如：发送电子邮件）
code-p2cTarget-ADOPTION-03 = 到 2050 年，50% 的联网个人具备中级数字技能（例如：安装新软件或应用）
code-p2cTarget-ADOPTION-04 = 到 2030 年，性别平[等……]（来源中文字被截断）
code-p2cTarget-ROUNDTABLE-1 = 到 2030 年，100% 的 15 岁及以上个人使用互联网并拥有移动电话
code-p2cTarget-ROUNDTABLE-2 = 到 2025 年，60% 的青年和成人在可持续数字技能方面至少达到最低熟练水平
code-p2cTarget-ROUNDTABLE-3 = 到 2030 年，100% 的家庭和企业接入互联网

## origin: official (联合国可持续发展目标的正式中文简称；见 data/SOURCES.md)

codelist-sdgGoal = 可持续发展目标
code-sdgGoal-1 = 无贫穷
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-2 = 零饥饿
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-3 = 良好健康与福祉
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-4 = 优质教育
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-5 = 性别平等
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-6 = 清洁饮水和卫生设施
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-7 = 经济适用的清洁能源
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-8 = 体面工作和经济增长
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-9 = 产业、创新和基础设施
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-10 = 减少不平等
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-11 = 可持续城市和社区
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-12 = 负责任消费和生产
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-13 = 气候行动
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-14 = 水下生物
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-15 = 陆地生物
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-16 = 和平、正义与强大机构
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）
code-sdgGoal-17 = 促进目标实现的伙伴关系
    .description = 联合国可持续发展目标（《2030年议程》，A/RES/70/1）

## origin: official (联合国和国际电联会议的正式中文名称；活动专名 MWC Barcelona 和 SDG Digital 在各语言中相同)

code-p2cEvent-PP-22 = 2022年国际电联全权代表大会
code-p2cEvent-LDC5 = 第五次联合国最不发达国家问题会议
code-p2cEvent-WSIS-2024 = 2024年信息社会世界峰会+20论坛高级别活动
code-p2cEvent-WSIS-2025 = 2025年信息社会世界峰会+20高级别活动
code-p2cEvent-GLOBAL-REFUGEE-FORUM-2023 = 2023年全球难民论坛
code-p2cEvent-MWC-2024 = MWC Barcelona 2024
code-p2cEvent-MWC-2025 = MWC Barcelona 2025
code-p2cEvent-MWC-2026 = MWC Barcelona 2026
code-p2cEvent-SDG-DIGITAL-2023 = SDG Digital

## origin: p2c (为 p2c 撰写的译文；未找到正式形式)

codelist-p2cEvent = P2C 活动或运动
code-p2cEvent-P2C-WEB-DIALOGUES-2022 = Partner2Connect 数字发展网络对话系列
code-p2cEvent-P2C-ROUNDTABLE-KIGALI-2022 = WTDC-22 期间的 Partner2Connect 数字发展圆桌会议
code-p2cEvent-P2C-ANNUAL-MEETING-2022 = 第一届 Partner2Connect 年会
code-p2cEvent-P2C-ANNUAL-MEETING-2023 = 第二届 Partner2Connect 年会
code-p2cEvent-REGIONAL-DEVELOPMENT-FORUMS-2023 = 2023年国际电联区域发展论坛
code-p2cEvent-AI-PLEDGE-DRIVE-2024 = Partner2Connect 与 AI for Good 承诺征集活动

code-focusArea-unknown = 未知
    .description = 来源未提及重点领域；单独列出，从不与实际重点领域并列。
    .tagline = 来源未说明
code-stakeholderType-unknown = 未知
    .description = 来源未说明承诺方属于哪类利益攸关方。
code-relationType-same_announcement = 同一次宣布
    .description = 本承诺与另一承诺一同宣布（一份声明，多项承诺）；其资金相互独立，各自计入。

codelist-partnerRole = 伙伴角色
code-partnerRole-funder = 出资方
    .description = 为承诺提供资金。
code-partnerRole-implementer = 执行方
    .description = 开展所承诺的工作。
code-partnerRole-technical_partner = 技术伙伴
    .description = 提供技术、设备或技术专长。
code-partnerRole-knowledge_partner = 知识伙伴
    .description = 提供研究、数据或咨询。
code-partnerRole-in_kind_provider = 实物提供方
    .description = 提供货物或服务（通话时长、设备、培训）而非资金。
code-partnerRole-coordinator = 协调方
    .description = 召集或协调各伙伴。
code-partnerRole-endorser = 支持方
    .description = 公开支持该承诺，未说明其他角色。

codelist-amountBasis = 金额基础
code-amountBasis-total = 总额
    .description = 该金额为整个承诺，涵盖承诺的整个期间。
code-amountBasis-per_year = 每年
    .description = 该金额每年承诺一次；总额为该金额乘以年数（`years`，或承诺期间的日历年数）。

codelist-beneficiaryUnit = 受益单位
code-beneficiaryUnit-households = 住户
    .description = 已连接或获得服务的住户（家庭）。
code-beneficiaryUnit-subscribers = 用户
    .description = 网络或服务的订购或用户。
code-beneficiaryUnit-schools = 学校
    .description = 已连接或获得服务的学校。
code-beneficiaryUnit-institutions = 机构
    .description = 公共或社区机构：政府办公室、诊所、图书馆、社区中心。
code-beneficiaryUnit-communities = 社区
    .description = 村庄、地方或社区。
code-beneficiaryUnit-enterprises = 企业
    .description = 企业、中小企业或创业者。
