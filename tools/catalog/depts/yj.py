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
