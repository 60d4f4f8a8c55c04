"""China's provinces and major cities, for a policy's region and level."""

PROVINCES = [
    "Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei",
    "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Sichuan",
    "Yunnan", "Zhejiang", "Guangxi", "Inner Mongolia", "Ningxia", "Xinjiang", "Tibet", "Xizang", "Taiwan",
]
# Municipalities under the central government and prefecture-level cities: policies at city level.
CITIES = [
    "Beijing", "Shanghai", "Tianjin", "Chongqing", "Hong Kong", "Macau", "Macao",
    "Shenzhen", "Guangzhou", "Hangzhou", "Suzhou", "Nanjing", "Wuhan", "Chengdu", "Xi'an", "Hefei", "Changsha",
    "Zhengzhou", "Jinan", "Qingdao", "Ningbo", "Xiamen", "Fuzhou", "Dongguan", "Foshan", "Wuxi", "Changzhou",
    "Shenyang", "Dalian", "Harbin", "Changchun", "Kunming", "Nanning", "Guiyang", "Taiyuan", "Shijiazhuang",
    "Nanchang", "Lanzhou", "Urumqi", "Hohhot", "Yinchuan", "Xining", "Haikou", "Sanya", "Zhuhai", "Huizhou",
    "Zhongshan", "Jiaxing", "Shaoxing", "Wenzhou", "Yantai", "Weifang", "Xuzhou", "Nantong", "Yangzhou",
    "Kunshan", "Yichang", "Xiangyang", "Luoyang", "Mianyang", "Wuhu", "Quanzhou", "Tangshan", "Baoding",
    "Xiong'an", "Lingang", "Pudong", "Zhangjiang", "Nansha", "Qianhai", "Hengqin", "Shunde", "Yuhang",
]
