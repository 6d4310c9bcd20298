value = "from helper"
