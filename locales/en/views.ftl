# views: what is still shown in English otherwise (trends, products, company, invoice
# history, subscriptions edits, score grades); see docs/i18n.md.

## report trends (render/trends.rs)
views-trends-title = Trends on { $date }, month by month
views-trends-delays = DMP and DSO (days)
views-trends-cash = Invoiced vs collected
views-trends-invoiced = invoiced
views-trends-collected = collected
views-trends-grades = Customers by score grade

## Score grades (render/score.rs): A to E stay letters
views-grade-new = new

## Products (render/product.rs)
views-product-goods = goods
views-product-service = service
views-product-unit = unit
views-product-unit_price = unit_price
views-product-vat_rate = vat_rate
