### 验证问题消息,中文。变量说明见 i18n/en/issues.ftl。

## origin: p2c (为 p2c 撰写的译文)

redacted-value = 该值

issue-input-malformed_json = 输入不是格式正确的 JSON：{ $reason ->
        [eof_list] 列表未结束时输入已结束
        [eof_object] 对象未结束时输入已结束
        [eof_string] 字符串未结束时输入已结束
        [eof_value] 值出现之前输入已结束
        [expected_colon] 应为 `:`
        [expected_list_comma_or_end] 应为 `,` 或 `]`
        [expected_object_comma_or_end] 应为 `,` 或 `{"}"}`
        [expected_ident] 应为标识符
        [expected_value] 应为值
        [expected_double_quote] 应为 `"`
        [invalid_escape] 无效的转义序列
        [invalid_number] 无效的数字
        [number_out_of_range] 数字超出范围
        [invalid_unicode_code_point] 无效的 Unicode 码位
        [control_character] 字符串中有控制字符（U+0000 至 U+001F）
        [key_must_be_a_string] 键必须是字符串
        [lone_leading_surrogate] 十六进制转义中有孤立的前导代理
        [trailing_comma] 末尾多余的逗号
        [trailing_characters] 文档结束后还有字符
        [unexpected_end_of_hex_escape] 十六进制转义不完整
        [repeated_key] 对象中有重复的键
       *[other] { $detail }
    }（第 { $line } 行，第 { $column } 列）
    .title = 输入不是格式正确的 JSON。
    .guidance = 发送一个 JSON 文档（UTF-8，结尾之后不得有字符）；参数给出行号和列号。
issue-input-invalid_utf8 = 输入不是有效的 UTF-8（偏移量 { $offset } 处有无效字节）
    .title = 输入的字节不是有效的 UTF-8。
    .guidance = 将文档编码为 UTF-8；参数给出第一个无效字节的偏移量。
issue-input-too_large = 输入的字节数超过上限 { $max }（实际为 { $actual }）
    .title = 输入大于所配置的最大值。
    .guidance = 将数据拆分为较小的文档；如果这一大小属于预期，则提高 `limits.maxBytes`。
issue-input-too_deep = { $reason ->
        [parser] 输入中数组或对象的嵌套超过 { $max } 层
       *[max_depth] 嵌套深度超过上限 { $max }（实际为 { $actual }）
    }
    .title = 输入中数组或对象的嵌套深于所配置的最大值。
    .guidance = 一项承诺只有几层嵌套；请删除嵌套过深的内容。
issue-input-array_too_long = 数组长度超过上限 { $max }（实际为 { $actual }）
    .title = 数组的元素多于所配置的最大值。
    .guidance = 删除一些元素；如果这一长度属于预期，则提高 `limits.maxArrayLen`。
issue-input-string_too_long = 字符串的字节长度超过上限 { $max }（实际为 { $actual }）
    .title = 字符串长于所配置的最大值。
    .guidance = 缩短文本；如果这一长度属于预期，则提高 `limits.maxStringLen`。

issue-structure-wrong_type = 应为 { $expected } 类型，实际为 { $actual } 类型
    .title = 值的 JSON 类型不正确。
    .guidance = 给出 `expected` 中所述类型的值（例如字符串、数组或对象）。
issue-structure-missing_field = 缺少必填字段 `{ $field }`
    .title = 缺少必填字段。
    .guidance = 添加参数中指明的字段。
issue-structure-unknown_field = 未知字段 `{ $field }`{ $suggested ->
        [yes] ；是否指 `{ $suggestion }`？
       *[no] {""}
    }
    .title = 该字段不属于承诺格式。
    .guidance = 删除该字段；如果参数给出了 `suggestion`，则将其改名为该建议（字段名使用 camelCase，区分大小写）。
issue-structure-empty_list = 该列表至少需要一个值
    .title = 至少需要一个元素的列表为空。
    .guidance = 至少给出一个值。
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } 不是受支持的格式版本
       *[other] { $value } 不是代码表 `{ $codelist }` 中的代码{ $suggested ->
            [yes] ；是否指 `{ $suggestion }`？
           *[no] {""}
        }
    }
    .title = 该值不是其代码表中的代码。
    .guidance = 使用 `codelist` 所指代码表中的代码（见已发布的代码表）。
issue-structure-malformed_code = { $value } 不是{ $kind ->
        [country] 国家代码（三个大写字母）
        [currency] 货币代码（三个大写字母）
        [headquarters] 有效的总部（三个大写字母、`international` 或 `unknown`）
        [event] P2C 活动代码（大写字母、数字和连字符）
       *[target] P2C 具体目标代码（大写字母、数字和连字符）
    }
    .title = 代码的形式不符合要求。
    .guidance = 国家代码和货币代码为三个大写字母（`KEN`、`EUR`）；P2C 具体目标代码由大写字母、数字和连字符组成（`ACCESS-01`）。
issue-structure-malformed_date = { $value } 不是{ $format ->
        [partial] 写作 YYYY、YYYY-MM 或 YYYY-MM-DD 的日期
       *[full] 写作 YYYY-MM-DD 的日期
    }
    .title = 日期的写法不符合格式要求。
    .guidance = 完整日期写作 YYYY-MM-DD；期间日期也可写作 YYYY 或 YYYY-MM。
issue-structure-malformed_timestamp = { $value } 不是 RFC 3339 时间戳，例如 `2022-06-07T10:00:00Z`
    .title = 时间戳不是 RFC 3339 日期时间。
    .guidance = 时间戳采用带时区的 RFC 3339 格式，例如 `2022-06-07T10:00:00Z`。
issue-structure-malformed_decimal = { $value } 不是 "1250.50" 这样的十进制数
    .title = 金额不是普通的十进制数。
    .guidance = 金额写作十进制字符串，如 "5600000000" 或 "258.8"：不得有指数、空格、货币符号或千位分隔符。
issue-structure-inexact_number = 数字 { $value } 可能已丢失位数；请写作十进制字符串
    .title = 金额以带小数或指数的 JSON 数字给出，可能已丢失位数。
    .guidance = 将金额写作十进制字符串（"258.8"）；整数可以保留为 JSON 数字。
issue-structure-integer_out_of_range = { $kind ->
        [year] 年份超出范围
        [goal] 可持续发展目标的编号不能为负数
       *[count] 整数超出 0..={ $max } 的范围
    }
    .title = 整数超出该字段可容纳的范围。
    .guidance = 给出该字段范围内的整数。

issue-text-empty = 文本为空
    .title = 必填文本为空或只有空白。
    .guidance = 填写文本。
issue-text-blank = 文本为空白；请填写或删除该字段
    .title = 选填文本存在，但为空或只有空白。
    .guidance = 填写文本或删除该字段。
issue-text-too_long = 文本字符数：{ $actual }；最多允许 { $max }
    .title = 文本长度超过格式对该字段的限制。
    .guidance = 将文本缩短至参数中 `max` 给出的字符数。
issue-text-control_character = 文本中含有控制字符 { $codePoint }
    .title = 文本中含有控制字符。
    .guidance = 删除控制字符；换行和制表符只允许出现在长文本中（描述、备注、叙述）。
issue-text-bidi_control = 文本中含有双向控制字符 { $codePoint }
    .title = 文本中含有双向嵌入、覆盖或隔离字符，可能使其显示内容与实际内容不同。
    .guidance = 删除 U+202A–U+202E 和 U+2066–U+2069 字符；从右向左书写的文字不需要这些字符也能正确显示。
issue-identity-unusual_id = 标识符 { $value } 含有字母、数字和 `-_.:/` 以外的字符
    .title = 标识符含有空白或字母、数字和 `-_.:/` 以外的字符。
    .guidance = 标识符只使用字母、数字和 `-_.:/`，以便在 URL、CSV 文件和电子表格中保持不变。
issue-identity-malformed_email = { $value } 不是电子邮件地址
    .title = 联系人电子邮件地址的形式不是 `name@domain.tld`。
    .guidance = 给出一个普通电子邮件地址，不带显示名称或尖括号。
issue-identity-malformed_url = { $value } 不是 http 或 https URL
    .title = 链接不是绝对的 http 或 https URL。
    .guidance = 给出以 `https://` 开头的完整地址。
issue-identity-duplicate_partner = 该实体已列于 `{ $duplicateOf }`
    .title = 同一实体在承诺方中列出不止一次。
    .guidance = 每个实体只列一次；牵头方不得同时列为伙伴。
issue-identity-self_relation = 该关系指向承诺本身
    .title = 关系指向承诺本身。
    .guidance = 关系应给出另一项承诺的标识符。

issue-taxonomy-pillar_outside_focus_areas = 支柱 `{ $pillar }` 属于重点领域 `{ $focusArea }`，但该承诺未申报此领域
    .title = 某支柱所属的重点领域未在承诺中申报。
    .guidance = 将 `focusArea` 中的重点领域加入 `focusAreas`，或删除该支柱。
issue-taxonomy-duplicate_code = { $value } 列出了两次（首次位于索引 { $firstIndex }）
    .title = 某代码在列表中出现不止一次。
    .guidance = 每个代码只列一次。
issue-taxonomy-subtype_mismatch = 子类型 `{ $subtype }` 属于利益攸关方类型 `{ $expectedStakeholderType }`，而非 `{ $stakeholderType }`
    .title = 实体的子类型属于另一利益攸关方类型。
    .guidance = 选择该实体利益攸关方类型下的子类型（参数给出其所属类型）。
issue-taxonomy-unknown_target = { $value } 不是已知的 P2C 具体目标
    .title = P2C 具体目标代码格式正确，但不在 p2c 已知的具体目标列表中。
    .guidance = 核对代码；公布的具体目标列表并不完整，因此新的具体目标可能是正确的。

issue-money-missing_value = 资金承诺需要有资金价值
    .title = 资金承诺没有资金价值。
    .guidance = 给出 `financialValue`，包括宣布的金额、货币和起息日，或删除 `financial` 承诺类型。
issue-money-non_positive_value = 金额 { $value } 不是正数
    .title = 资金价值为零或负数。
    .guidance = 以正数给出宣布的金额。
issue-money-value_on_non_financial = 该承诺有资金价值，但不属于 `financial` 类型
    .title = 非 `financial` 类型的承诺有资金价值。
    .guidance = 如果该价值是资金承诺，则添加 `financial` 承诺类型；无论如何，它都会计入总额。
issue-money-negative_amount = 已交付金额 { $value } 为负数
    .title = 已交付金额为负数。
    .guidance = 报告的累计交付金额应为零或以上。
issue-money-unknown_currency = { $value } 不是 ISO 4217 货币代码
    .title = 货币代码不在 ISO 4217 中。
    .guidance = 使用 ISO 4217 字母代码，例如 `USD` 或 `EUR`。
issue-money-currency_not_in_use = `{ $currency }` 已于 { $withdrawnOn } 停用，早于 { $date }
    .title = 该货币在起息日之前已停用。
    .guidance = 以取代它的货币给出金额（例如自 2023 年起以 EUR 代替 HRK），按官方汇率换算。
issue-money-excess_precision = 金额的小数位数：{ $decimals }；`{ $currency }` 的小数位数为 { $minorUnits }
    .title = 金额的小数位数多于该货币的辅币单位。
    .guidance = 将金额四舍五入至该货币的辅币单位（参数中的 `minorUnits`）。
issue-money-implausible_amount = 对一项承诺而言，金额 { $value } 大得不合常理
    .title = 对一项承诺而言，金额大得不合常理。
    .guidance = 检查是否多写了零，或是否以辅币单位（分）填写了金额。
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] 该汇率将 `{ $currency }` 兑换为其本身
       *[non_positive] 汇率不是正数
    }
    .title = 所述汇率为零或负数，或将一种货币兑换为其本身。
    .guidance = 给出兑换为另一货币的正汇率，或删除 `explicitRate`。

issue-geography-unknown_country = { $value } 不是 ISO 3166-1 alpha-3 国家代码
    .title = 国家代码不是 p2c 已知的 ISO 3166-1 alpha-3 代码。
    .guidance = 使用该国的 ISO 3166-1 alpha-3 代码（肯尼亚为 `KEN`）。
issue-geography-duplicate_country = 国家 { $value } 列出了两次（首次位于索引 { $firstIndex }）
    .title = 某国家列出不止一次。
    .guidance = 每个国家只列一次，以免按国家统计时将该承诺计算两次。
issue-geography-country_outside_regions = { $value } 属于 ITU-D 区域 `{ $region }`，但该区域不在所列区域之中
    .title = 某国家不属于任何已申报的 ITU-D 区域。
    .guidance = 将该国所属区域（参数中的 `region`）加入 `regions`，或核对国家代码。
issue-geography-primary_region_not_declared = 主要区域 `{ $region }` 不在所列区域之中
    .title = 主要区域不是已申报的区域之一。
    .guidance = 将主要区域加入 `regions`。
issue-geography-no_location = 该承诺既未列出国家或区域，也未标记为全球性
    .title = 该承诺既未列出国家或区域，也未标记为全球性。
    .guidance = 列出实施该承诺的国家或 ITU-D 区域，或设置 `global`。
issue-geography-share_area_not_declared = { $value } 既不是已申报的国家，也不是已申报的区域
    .title = 所申报的份额针对的地区既不是已申报的国家，也不是已申报的区域。
    .guidance = 只为 `countries` 和 `regions` 中列出的国家和区域给出份额。
issue-geography-duplicate_share = { $value } 的份额已在索引 { $firstIndex } 处申报
    .title = 同一地区申报了两个份额。
    .guidance = 每个地区只给出一个份额。
issue-geography-share_out_of_range = 份额 { $value } 不在 0 到 100 之间
    .title = 份额低于 0% 或高于 100%。
    .guidance = 以 0 到 100 之间的百分比给出每个份额。
issue-geography-shares_not_hundred = 各份额之和为 { $sum }，而不是 100
    .title = 所申报份额之和不等于 100%。
    .guidance = 修正份额，使其总和恰好为 100（参数中的 `sum` 为当前总和）。

issue-lifecycle-end_before_start = 期间的结束早于开始
    .title = 期间的结束早于开始。
    .guidance = 核对开始日期和结束日期。
issue-lifecycle-implausible_period = { $reason ->
        [too_long] 期间长于 { $maxYears } 年
       *[out_of_range] 期间开始于 2000 年之前或结束于 2100 年之后
    }
    .title = 期间长得不合常理。
    .guidance = 核对日期；承诺通常最多持续十年。
issue-lifecycle-value_date_outside_period = 起息日距承诺期间超过两年
    .title = 起息日远在承诺期间之外。
    .guidance = 起息日通常是宣布日期，接近期间开始；请核对，因为换算使用该日汇率。
issue-lifecycle-published_without_validation = 该承诺已发布，但没有审核时间戳
    .title = 已发布的承诺没有审核时间戳。
    .guidance = 秘书处审核承诺时记录 `validatedAt`。
issue-lifecycle-validated_before_submitted = 该承诺在提交之前就已审核
    .title = 该承诺在提交之前就已审核。
    .guidance = 核对 `submittedAt` 和 `validatedAt`。
issue-lifecycle-timestamp_in_future = 时间戳晚于截止日期 { $asOf }
    .title = 提交或审核时间戳晚于截止日期。
    .guidance = 核对时间戳及其时区。
issue-lifecycle-completed_before_end = 该承诺标记为已完成，但结束于 { $end }，晚于 { $asOf }
    .title = 该承诺标记为已完成，但其结束日期尚未到来。
    .guidance = 核对状态，或将结束日期提前至工作完成之时。
issue-lifecycle-illegal_transition = 审核状态不能从 `{ $from }` 变为 `{ $to }`
    .title = 审核状态不能从原状态变为新状态。
    .guidance = 遵循审核流程；允许的变更见 `can_transition`。
issue-lifecycle-id_changed = 标识符从 { $old } 改为 { $new }
    .title = 更新更改了承诺的标识符。
    .guidance = 保持承诺标识符不变；改为新建一项承诺并使用 `supersedes` 关系。

issue-beneficiaries-negative_count = 数量 { $value } 为负数
    .title = 人数为负数。
    .guidance = 人数应为零或以上。
issue-beneficiaries-exceeds_world_population = { $value } 人超过世界人口（{ $max }）
    .title = 人数超过世界人口。
    .guidance = 检查是否多写了数字；统计的是人数，不是人时或连接数。
issue-beneficiaries-implausible_target_year = 目标年份 { $value } 早于 2000 年、晚于 2100 年或在承诺期间之外
    .title = 受益者的目标年份早于 2000 年、晚于 2100 年或在承诺期间之外。
    .guidance = 给出应惠及这些人的年份。

issue-reports-before_submission = 报告日期早于承诺提交日期（{ $submittedAt }）
    .title = 进展报告的日期早于承诺的提交日期。
    .guidance = 核对报告日期和 `submittedAt`。
issue-reports-after_as_of = 报告日期晚于截止日期 { $asOf }
    .title = 进展报告的日期晚于截止日期（在未来）。
    .guidance = 以报告撰写之日为报告日期。
issue-reports-out_of_order = 报告日期早于上一份报告（{ $previousDate }）
    .title = 进展报告未按日期顺序排列。
    .guidance = 按从早到晚的顺序列出进展报告。
issue-reports-people_decreased = 惠及人数低于报告 { $previousIndex } 中的 { $previous }
    .title = 某报告的累计惠及人数低于之前的报告。
    .guidance = 惠及人数是截至报告日期的累计数；请核对数字。
issue-reports-delivered_exceeds_value = 已交付金额超过宣布的 { $announced }
    .title = 报告的已交付金额超过承诺以同一货币宣布的价值。
    .guidance = 核对金额；如果承诺价值有所增加，则更新该价值（宣布的最低额请设置 `isFloor`）。

issue-batch-duplicate_id = 标识符 { $value } 已被承诺 { $firstIndex } 使用
    .title = 该批次中有两项承诺标识符相同。
    .guidance = 为每项承诺指定唯一标识符；参数中的 `firstIndex` 为较早的承诺。
issue-batch-likely_duplicate = 承诺 { $firstIndex } 的牵头方、标题和金额与此相同
    .title = 两项承诺的牵头方、标题和金额相同：很可能是同一承诺提交了两次。
    .guidance = 保留其中一项；如果两项都真实存在，则用关系将其关联。
issue-batch-unknown_relation_target = 该批次中没有标识符为 { $value } 的承诺
    .title = 关系指向的承诺标识符不在该批次中。
    .guidance = 核对标识符，或将该批次与相关承诺一起验证。
issue-batch-relation_cycle = 承诺 { $indexes } 的 supersedes 和 part_of 关系回到第一个承诺，因此其中任何关系都不能成立
    .title = 若干承诺的 `supersedes` 和 `part_of` 关系绕回其自身（A 取代 B 且 B 取代 A，或更长的循环），因此其中任何关系都不能成立。
    .guidance = 确定哪个承诺取代或包含哪个承诺，并删除闭合循环的关系；参数中的 `cycle` 按关系顺序从最小标识符开始列出标识符，`pledges` 列出所有相关承诺。
issue-batch-part_exceeds_parent = 该承诺是承诺 { $parentIndex } 的一部分，但其金额 { $amount } 超过了该承诺以同一货币计的金额
    .title = 一项承诺是另一项承诺的 `part_of`，但其金额大于另一项（仅在同一货币和同一基础上比较）。
    .guidance = 请核对两个金额或该关系：组成部分的价值不能超过整体。

## origin: p2c (为 p2c 撰写的译文：1.1 格式和电子表格)

issue-structure-requires_version = { $feature } 需要 formatVersion `{ $requires }`；本文档声明的是 `{ $declared }`（请声明 `{ $requires }`：每个 { $declared } 文档都是有效的 { $requires } 文档）
    .title = 文档使用了比其声明的格式版本更新的版本中的字段、代码或部分价值日期。
    .guidance = 在 `formatVersion` 中声明 `requires` 所指的版本（每个 1.0 文档都是有效的 1.1 文档；`migrate` 可完成此操作），或删除 `feature` 所指的内容。
issue-taxonomy-unknown_event = { $value } 不是已知的 P2C 活动或运动
    .title = 活动代码格式正确，但不在 p2c 已知的 P2C 活动和运动列表中。
    .guidance = 对照 `p2cEvent` 代码表检查代码；新活动可能是正确的，p2c 将在以后的版本中收录。
issue-taxonomy-unknown_beside_known = `unknown` 与实际值并列
    .title = 列表中 `unknown` 与实际值并列。
    .guidance = `unknown` 表示来源未提及任何值：单独保留它，或删除它并保留来源提及的值。
issue-taxonomy-value_unknown = `{ $field }` 未知：来源未说明
    .title = 必填分类为 `unknown`：来源未说明。
    .guidance = 如果来源未说明，则无需更正；仪表板将该承诺计入 `unknown`，绝不计入推测的值。来源说明后再填写。
issue-sdgs-unknown_goal = { $value } 不是可持续发展目标（1 至 17）
    .title = 可持续发展目标编号不在 1 至 17 之间。
    .guidance = 给出 17 个可持续发展目标之一的编号。
issue-sdgs-unknown_target = { $value } 不是《2030年议程》的具体目标
    .title = 可持续发展目标的具体目标不在《2030年可持续发展议程》的 169 个具体目标之中。
    .guidance = 按《2030年议程》的写法写具体目标：目标编号、一个点和具体目标的编号或字母（`9.1`、`9.c`）。
issue-sdgs-target_outside_goal = 具体目标 { $value } 属于可持续发展目标 { $goal }，而不是目标 { $listedUnder }
    .title = 可持续发展目标的具体目标属于另一个目标，而不是其所列的目标。
    .guidance = 将具体目标列在其所属目标下（参数中的 `goal`），必要时添加该目标。
issue-sdgs-duplicate_goal = 可持续发展目标 { $goal } 列出了两次（首次在索引 { $firstIndex }）
    .title = 同一可持续发展目标列出了不止一次。
    .guidance = 每个目标只列一次，并附上其所有具体目标。
issue-money-not_a_currency = `{ $currency }` 是 ISO 4217 代码，但不是货币（{ $kind ->
        [precious_metal] 贵金属
        [bond_market_unit] 债券市场单位
        [testing] 测试代码
       *[no_currency] 无货币
    }）
    .title = 货币代码属于 ISO 4217，但不是货币：测试代码、"无货币"、贵金属或债券市场单位。
    .guidance = 给出宣布金额时所用的货币；`XXX`、`XTS`、`XAU`、`XAG`、`XPD`、`XPT` 和 `XBA`–`XBD` 从来不是承诺的货币。
issue-money-no_rate_at_date = 没有内置汇率表能在 { $valueDate } 将 `{ $currency }` 换算为 `{ $to }`
    .title = 没有内置汇率表能在价值日期将该金额换算为美元。
    .guidance = 该承诺将在美元总额中列为未换算：如果来源提供，请添加换算为美元的 `explicitRate` 或以美元计的 `statedEquivalent`，或加载涵盖该货币的汇率表。
issue-money-per_year_without_period = 每年金额需要 `years`，或有起始年份和结束年份的期间
    .title = 每年金额既未说明年数，也未说明有起始年份和结束年份的期间。
    .guidance = 给出 `years`（"今后五年"：5）或承诺的 `period`；没有它们就无法推算总额，也不会编造总额。
issue-money-years_without_per_year = 为非每年金额给出了 `years`
    .title = 为非每年金额给出了年数。
    .guidance = 如果金额是每年的，将 `basis` 设为 `per_year`，否则删除 `years`。
issue-money-range_inverted = 范围的最大值 { $maxAmount } 低于其最小值 { $minAmount }
    .title = 范围的最大值低于其最小值。
    .guidance = `amount` 是范围的下限，`maxAmount` 是范围的上限。
issue-money-conflicting_bounds = 该金额同时被限定为下限、上限和范围中的不止一种（{ $qualifiers }）
    .title = 金额被限定为下限、上限和范围中的不止一种。
    .guidance = 保留来源给出的限定：`isFloor` 表示"超过"，`isCeiling` 表示"最多"，`maxAmount` 表示"从……到……"。
issue-money-approximate_floor = 该金额既是下限又是约数
    .title = 金额既是下限又是约数。
    .guidance = "超过大约"含义不清：保留来源给出的限定。
issue-money-stated_equivalent_same_currency = 申报等值使用的是金额本身的货币
    .title = 申报等值使用的是金额本身的货币。
    .guidance = 申报等值是宣布方以另一种货币给出的数字（"20 亿加元（14.6 亿美元）"）。
issue-money-components_exceed_amount = 各组成部分合计 { $componentsSum }，超过金额 { $amount }
    .title = 一揽子承诺的各组成部分合计超过其金额。
    .guidance = 组成部分包含在金额之内：请核对数字，或提高金额（如只知道部分组成部分，使用 `isFloor`）。
issue-geography-unspecified_region_not_declared = `{ $region }` 不在所列区域之中
    .title = 未具名国家所在的区域不在申报的区域之中。
    .guidance = 将该区域加入 `regions`，或将其从 `unspecifiedCountriesIn` 中删除。
issue-lifecycle-date_after_as_of = 日期 { $value } 晚于截止日 { $asOf }
    .title = 价值日期或宣布日期晚于截止日。
    .guidance = 按金额和宣布实际发生的时间标注日期；在未来日期进行换算没有汇率。
issue-lifecycle-date_before_coalition = 日期 { $value } 早于 Partner2Connect 启动（2021年3月）
    .title = 价值日期或宣布日期早于 Partner2Connect 成立（2021年3月）。
    .guidance = 请核对日期：P2C 于 2021年3月启动。重申较早承诺的承诺可保留较早的价值日期，但应在备注中说明。
issue-lifecycle-no_announcement_date = 没有宣布日期：截止日汇总按该承诺的审核日期、提交日期或起息日确定其日期；三者皆无时，该承诺在任何截止日都计入
    .title = 该承诺没有宣布日期。
    .guidance = 按来源给出的精度（年、月或日）填写 `announcedOn`；没有它，汇总以审核日期、提交日期或起息日为准，三者皆无的承诺在任何截止日都计入。
issue-lifecycle-event_after_as_of = 活动 `{ $event }` 于 { $start } 开始，晚于截止日 { $asOf }
    .title = 承诺提及的活动在截止日之后才开始。
    .guidance = 承诺不可能在尚未举行的活动上宣布：请核对活动代码和截止日。

issue-sheet-unreadable = { $what ->
        [workbook] 无法将该文件作为工作簿读取：{ $reason }
        [sheet] 无法读取工作表 `{ $sheet }`：{ $reason }
        [chart] 工作表 { $value } 是图表，不是工作表
        [encoding] 文件 `{ $sheet }` 不是 UTF-8 文本（第一个无效字节位于偏移 { $offset }）；请另存为 CSV UTF-8
       *[csv] 文件 `{ $sheet }` 不是有效的 CSV：{ $reason }
    }
    .title = 该文件不是 p2c 能读取的工作簿或 CSV 文件。
    .guidance = 将文件另存为 Excel 工作簿（.xlsx）或 UTF-8 编码的 CSV；旧式 .xls、OpenDocument 和损坏的文件无法读取（参数中的 `reason` 说明原因）。
issue-sheet-encrypted = 该工作簿受密码保护
    .title = 该工作簿受密码保护，因此无法读取其内容。
    .guidance = 删除密码（在 Excel 中：文件、信息、保护工作簿、用密码进行加密，然后清除密码），保存后重新发送文件。
issue-sheet-limit_exceeded = { $scope ->
        [workbook] 该工作簿超过 `{ $limit }` 的限值 { $max }（至少发现 { $actual }）；未读取
        [files] CSV 文件的字节大小超过 `{ $limit }` 的限值 { $max }（发现 { $actual }）
       *[sheet] `{ $sheet }` 超过 `{ $limit }` 的限值 { $max }（至少发现 { $actual }）；超出部分未读取
    }
    .title = 该工作簿超过配置的限值；未读取（或只读取到限值为止）。
    .guidance = 将数据拆分为较小的文件，如果该大小在预期之内，则提高 `limit` 所指的限值（`sheetLimits.maxBytes`、`maxUncompressedBytes`、`maxParts`、`maxSharedStrings`、`maxRows`、`maxCells`）。
issue-sheet-missing_sheet = { $table ->
        [pledges] 工作簿没有 `pledges` 工作表，因此不含任何承诺
       *[other] 工作簿没有每项承诺都需要的 `{ $table }` 工作表（{ $title }）
    }
    .title = 缺少承诺所需的工作表。
    .guidance = 添加 `table` 所指的工作表（见模板的 README 工作表），或在承诺工作表的一列中给出其值。
issue-sheet-unknown_sheet = 工作表 { $value } 不属于承诺布局；未读取{ $suggested ->
        [yes] ；是否指 `{ $suggestion }`？
       *[no] {""}
    }
    .title = 某工作表不属于承诺布局；其内容未读取。
    .guidance = 如参数给出 `suggestion`，将工作表重命名为该名称，否则删除该工作表。
issue-sheet-duplicate_sheet = 工作表 { $value } 再次包含表 `{ $table }`；只读取了第一个
    .title = 两个工作表或文件包含同一个表；只读取了第一个。
    .guidance = 将各行合并到一个按 `table` 命名的工作表中。
issue-sheet-hidden_sheet = 工作表 { $value } 已隐藏；其各行已读取
    .title = 一个隐藏的工作表包含承诺数据；已读取。
    .guidance = 取消隐藏该工作表并检查其内容，如果其各行不应导入，则删除该工作表。
issue-sheet-misspelled_column = 列 { $value } 不属于布局；是否指 `{ $suggestion }`？其值未读取
    .title = 某列标题不属于布局，但与一个缺失的标题相近；其值未读取。
    .guidance = 将标题重命名为 `suggestion`（列的路径或标题，与模板一致）。
issue-sheet-unknown_column = { $kind ->
        [headless] 一个无标题的列包含值；这些值未读取
       *[named] 列 { $value } 不属于布局；其值未读取
    }
    .title = 某列标题不属于布局；其值未读取。
    .guidance = 删除该列，或将其重命名为模板 README 工作表所列的标题之一。
issue-sheet-duplicate_column = 列 { $value } 再次包含 `{ $field }`；只读取了第一个这样的列
    .title = 一个工作表的两列包含同一字段；只读取了第一列。
    .guidance = 为 `field` 所指的字段只保留一列。
issue-sheet-missing_column = 工作表 `{ $sheet }` 没有每行都需要的列 `{ $field }`（{ $title }）
    .title = 缺少必填字段的列，因此没有任何行具有该字段。
    .guidance = 为 `field` 所指的字段添加一列（其标题和路径见模板），并在每一行填写。
issue-sheet-unknown_pledge = { $kind ->
        [no_id_column] 工作表 `{ $sheet }` 的各行无法与承诺对应：承诺工作表没有 `id` 列
       *[unknown_id] 承诺 { $value } 不在承诺工作表中；工作表 `{ $sheet }` 的第 { $row } 行未读取
    }
    .title = 某行所列的承诺标识符不在承诺工作表中；该行未读取。
    .guidance = 更正该行第一列中的标识符，或将该承诺添加到承诺工作表。
issue-sheet-missing_pledge_id = 工作表 `{ $sheet }` 的第 { $row } 行未注明其所属承诺；未读取
    .title = 列表工作表中的某行未注明其所属承诺；未读取。
    .guidance = 在该行第一列填写其所属承诺的标识符。
issue-sheet-inexact_number = 数字单元格包含 { $value }，它不是最多 { $digits } 位的精确小数；请以文本形式输入预期的值
    .title = 数字单元格包含一个不是短小数的二进制小数（例如 0.1 + 0.2 = 0.30000000000000004），因此其预期值未知。
    .guidance = 以文本形式输入该值，或在单元格中将其舍入到预期的小数；p2c 从不对金额进行舍入。
issue-sheet-formula = { $withoutValue ->
        [0] 列 { $column } 有 { $count } 个公式单元格（第一个：{ $first }）；已读取其计算值
       *[other] 列 { $column } 有 { $count } 个公式单元格（第一个：{ $first }）；已读取其计算值，另有 { $withoutValue } 个无值的单元格读作空值
    }
    .title = 某列的单元格包含公式；已读取电子表格程序最后计算的值。
    .guidance = 将公式替换为其值（复制，然后只粘贴值）；程序从未计算过的公式读作空值（参数中的 `withoutValue` 统计其数量）。
issue-sheet-merged_cells = { $kind ->
        [more] 另有 { $count } 个合并区域未列出
       *[range] 单元格 { $range } 已合并；只有 { $first } 含有值
    }
    .title = 单元格已合并；只有区域的第一个单元格含有值，其余读作空值。
    .guidance = 取消合并这些单元格（参数中的 `range`）并逐一填写。
issue-sheet-error_value = 该单元格包含错误 `{ $error }`
    .title = 单元格包含电子表格错误，例如 #N/A 或 #DIV/0!。
    .guidance = 将错误替换为应有的值。
issue-sheet-invalid_date = 该单元格的日期序列号 { $value } 不是日历日期
    .title = 日期单元格或日期序列号不是日历日期。
    .guidance = 按 YYYY-MM-DD 输入日期，或将单元格设置为日期格式。
