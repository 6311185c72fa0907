"""应急管理 Emergency Management."""
from common import *

DISASTER = "《自然灾害救助条例》"
FIREWORKS = "《烟花爆竹安全管理条例》"

ITEMS = [
    item("YJ-001", "自然灾害受灾人员生活救助（过渡期/冬春）申请", "Living assistance for disaster victims (transition period / winter-spring)", 10, None, "person",
         ["受灾救助", "自然灾害", "台风", "洪涝", "冬春救助"], [
             mat("id-card"), mat("household-register"),
             matx("damage-proof", "受灾情况证明（村委会核实意见、现场照片）", "Proof of damage (village verification, photos)"),
             mat("bank-card"),
         ], [
             radio("reliefType", "救助类型", "Relief type", O(
                 "transition|过渡期生活救助（房屋倒损无房可住）|Transition-period relief (home destroyed)",
                 "winterSpring|冬春临时生活困难救助|Winter-spring hardship relief"), True),
             sel("disasterType", "灾害类型", "Disaster", O(
                 "typhoon|台风|Typhoon", "flood|洪涝|Flood", "landslide|地质灾害|Landslide", "drought|干旱|Drought",
                 "snow|低温雨雪冰冻|Snow and ice", "other|其他|Other"), True),
             past("disasterDate", "受灾日期", "Date of the disaster", True),
             sel("houseDamage", "房屋受损程度", "House damage", O(
                 "collapsed|倒塌|Collapsed", "severe|严重损坏|Severely damaged", "minor|一般损坏|Slightly damaged",
                 "none|未受损|Not damaged"), True),
             money("lossAmount", "估计损失（元）", "Estimated loss (CNY)", True),
         ], tpl=["household-members", "bank-account"], al=["受灾人员救助"], law=[DISASTER]),
    item("YJ-002", "烟花爆竹零售点设置初审（受理转办）", "Fireworks retail outlet: preliminary review", 10, 20, "enterprise",
         ["烟花爆竹", "鞭炮零售", "烟花经营许可"], [
             mat("business-licence"), matx("premises-proof", "经营场所证明", "Proof of premises"),
             matx("safety-commitment", "安全生产承诺书", "Safety commitment", cm=True),
             matx("manager-id", "主要负责人居民身份证", "Principal's ID card"),
             matx("safety-training", "主要负责人安全培训合格证明", "Principal's safety training certificate"),
         ], [
             radio("licenceAction", "申请类型", "Application type", O(
                 "new|新设|New", "renew|延续|Renewal", "change|变更|Change"), True),
             num("storageArea", "专柜或储存间面积（平方米）", "Display or storage area (m²)", True, min=1, max=500),
             num("distanceToCrowd", "与人员密集场所距离（米）", "Distance to crowded places (m)", True, min=0, max=10000),
             DECL(),
         ], tpl=["business-premises"], al=["烟花爆竹零售许可初审"], law=[FIREWORKS, "《烟花爆竹经营许可实施办法》"]),
]

ITEMS += [
    item("YJ-003", "避灾安置场所物资申领", "Relief supplies at disaster shelters", 0, None, "person",
         ["避灾", "安置点", "救灾物资", "台风"], [mat("id-card")], [
             text("shelterName", "安置场所", "Shelter", True, maxLength=60),
             num("peopleSheltered", "安置人数", "People sheltered", True, min=1, max=20),
             multi("suppliesNeeded", "申领物资", "Supplies", O(
                 "food|食品、饮用水|Food and water", "bedding|被褥|Bedding", "clothes|衣物|Clothes", "medicine|常用药品|Medicine"), True),
         ], al=["领取救灾物资"], law=[DISASTER]),

    item("YJ-004", "自然灾害倒损住房恢复重建补助申请", "Rebuilding subsidy for homes destroyed or damaged by natural disasters", 15, None, "person",
         ["倒房重建", "受灾房屋", "台风损房"], [mat("id-card"), mat("household-register"), matx("damage-photos", "房屋受损照片", "Photos of the damage"), mat("bank-card")], [
             sel("disasterType", "灾害类型", "Disaster", O("typhoon|台风|Typhoon", "flood|洪涝|Flood", "landslide|地质灾害|Landslide", "other|其他|Other"), True),
             radio("damageLevel", "受损程度", "Damage", O("collapsed|倒塌|Collapsed", "severe|严重损坏|Severe", "general|一般损坏|General"), True),
             past("disasterDate", "受灾日期", "Date", True),
         ], tpl=["bank-account"], al=["倒损房屋补助"], law=[DISASTER]),

    item("YJ-005", "安全生产隐患举报受理", "Reporting workplace safety hazards", 5, None, "both",
         ["安全隐患", "举报", "非法生产"], [matx("report-evidence", "举报线索材料（照片等）", "Evidence (photos …)", required=False)], [
             text("reportedUnit", "被举报单位或场所", "Unit or place reported", True, maxLength=80),
             addr("hazardAddress", "隐患地点", "Location", True),
             area("hazardDescription", "隐患情况", "Description", True, maxLength=1000),
             yn("anonymous", "是否匿名", "Anonymous"),
         ], al=["安全生产举报"], law=["《中华人民共和国安全生产法》"]),
]
